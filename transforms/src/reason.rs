//! Why a rewrite is not proven safe: the typed vocabulary of `review` reasons.
//!
//! The analysis (loops, outlining, the boundary checks, the rules) pushes [`Reason`] values,
//! each naming one cause and holding only the data its message needs: names, code and counts
//! as written in the program, and the typed vocabulary that already exists for effects and
//! program facts ([`Effect`], [`Hazard`], [`Setting`], [`CostEvidence`], [`FixError`],
//! [`SkipReason`]). Small enums carry the parts several reasons share: who hands a value back
//! ([`ResultSource`], [`Returner`]), what crosses to a worker ([`Crossing`]), who reads module
//! state in a worker ([`Reader`]), where lazily produced items come from ([`SourceKind`]), why
//! a value may be shared with another task ([`Shared`]) and how two coroutines conflict
//! ([`Conflict`]).
//!
//! Text is made only at the crate's edge: when a rule fills [`crate::Finding::reasons`] (a
//! `Vec<String>`, the stable JSON output), each reason is rendered with its `Display`
//! implementation ([`render`]), the one place the wording lives. The JSON output, the
//! snapshots and the pull-request text all quote it, so a changed word is a changed snapshot.
//!
//! Code that needs to know *which* reason it holds matches the variant
//! (`r != Reason::AwaitInLoop`), never the text.
//!
//! Order: reasons are reported in the order the analysis finds them, except where it sorts
//! them ([`sort_dedup`], [`sorted`]) or drops repeats ([`dedup`]); those compare the rendered
//! text, so the order stays what it was when reasons were strings and does not depend on how
//! the variants are declared.
//!
//! To add a reason: add a variant to the group it belongs to, with a doc line saying when it is
//! given, holding the values its message quotes rather than the message; add its arm to the
//! `Display` implementation; push it where the analysis finds the cause. Prefer an existing
//! vocabulary type (an [`Effect`], a [`Setting`]) to a rendered string. A few variants hold a
//! detail the analysis itself describes in words: the `site` of [`Reason::Peer`] (a
//! `vocab::TaskGroup` site such as `asyncio.gather at line 12`) and of
//! [`Reason::CancelsCall`]/[`Reason::CancelsGathered`] (`boundary::cancellation`).

use std::fmt;

use crate::effects::Effect;
use crate::fix::FixError;
use crate::source::SkipReason;
use crate::vocab::{CostEvidence, Hazard, Setting};

/// Why one rewrite is not proven to behave like the original. See the module documentation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reason {
    // ---- loop shape and control flow ---------------------------------------------------
    /// The loop has an `else` clause.
    LoopElse,
    /// `break` at the loop's own level.
    Break,
    /// `continue` at the loop's own level.
    Continue,
    /// `return` inside the loop.
    Return,
    /// `yield` inside the loop.
    Yield,
    /// `await` inside the loop (PAR211's case; PAR211 drops it).
    AwaitInLoop,
    /// `global`/`nonlocal` declared inside the loop (`keyword` is the word used).
    Declaration {
        keyword: String,
    },
    /// The collected value is not the last statement of an outlined body.
    ResultCollectedEarly,
    /// A body of several statements without one result per item.
    NoResultPerItem {
        statements: usize,
    },
    /// A one-statement body that is neither a call nor an accumulation.
    NotCallOrAccumulation,
    /// A comprehension element that is not one call of a module-level function.
    ElementNotOneCall,
    /// The awaited value is part of a larger expression (PAR211).
    AwaitInExpression,
    /// A PAR211 loop body of several statements.
    AwaitBodyStatements {
        statements: usize,
    },
    /// A PAR211 loop body that does not collect or discard `await call(...)`.
    AwaitBodyNotOneStatement,
    /// The dict key a PAR211 loop stores is not its loop variable.
    KeyNotLoopVariable {
        acc: String,
    },
    /// A PAR211 dict rebuild would read a possibly one-shot iterable twice.
    OneShotIterable {
        iterable: String,
    },
    /// The loop unpacks each item (PAR211 needs one loop variable).
    Unpacking,
    /// The accumulator is not a new empty container made right before the loop.
    NotNewEmpty {
        name: String,
        kind: &'static str,
    },
    /// A dict key computed by more than reading the loop variables.
    KeyComputed {
        acc: String,
    },
    /// A literal iterable too small for a pool.
    FewItems {
        count: u64,
    },

    // ---- carried and shared state --------------------------------------------------------
    /// A value flows from one iteration to the next.
    Carried {
        name: String,
    },
    /// The accumulator is read inside the loop body.
    AccumulatorRead {
        acc: String,
    },
    /// The accumulator is used inside an outlined loop body.
    AccumulatorUsed {
        acc: String,
    },
    /// The loop iterates over the accumulator it fills.
    FillsIterable {
        acc: String,
    },
    /// A name the loop assigns is read after it.
    LiveAfter {
        name: String,
    },
    /// The accumulator is declared `global`/`nonlocal`.
    AccumulatorDeclared {
        acc: String,
    },
    /// A PAR202 target is declared `global`/`nonlocal`.
    TargetDeclared {
        name: String,
    },
    /// The loop variable is a module variable.
    ModuleLoopVariable {
        name: String,
    },
    /// The work mutates its item (pools).
    MutatesItem {
        name: String,
    },
    /// The work mutates its item (tasks interleaved).
    MutatesItemInterleaved {
        name: String,
    },
    /// The loop body mutates a value shared between iterations.
    MutatesShared {
        name: String,
    },
    /// A comprehension element mutates a value shared between items.
    MutatesSharedItems {
        name: String,
    },
    /// Awaited items mutate a value they share.
    MutatesSharedInterleaved {
        name: String,
    },
    /// A PAR202 statement mutates a name.
    StatementMutates {
        statement: String,
        name: String,
    },
    /// The enclosing function is a generator (loops).
    LazyGenerator,
    /// The enclosing function is an async generator (PAR211).
    LazyAsyncGenerator,
    /// The enclosing function is a generator (PAR202's statements).
    LazyGeneratorStatements,

    // ---- effects -------------------------------------------------------------------------
    /// An effect of the work forbidden where it would run.
    Effect(Effect),
    /// A string-like method called on a value of unknown type handed to the code.
    UntypedDuckCall {
        method: String,
    },
    /// A duck-typed method that a class of the project also defines.
    ProjectDuckCall {
        method: String,
        class: String,
    },
    /// A program fact (runtime hazard) found in `module`.
    Hazard {
        module: String,
        hazard: Hazard,
    },
    /// The function hands its own variables to someone (`locals()`, `vars()`, `dir()`).
    Reflection {
        call: String,
    },
    /// Coroutines running together whose effects conflict.
    Peer {
        function: String,
        peer: Option<String>,
        site: String,
        module: String,
        why: Box<Conflict>,
    },
    /// Awaited items read module state changed at run time.
    ReadsChangedInterleaved {
        name: String,
    },

    // ---- the process boundary: what crosses and comes back --------------------------------
    /// The value handed back does not pickle or comes back as another object.
    ResultUnpicklable {
        from: ResultSource,
        ty: String,
    },
    /// The value handed back is a set, rebuilt in another order.
    ResultReorders {
        from: ResultSource,
        ty: String,
    },
    /// A value sent to every worker is of a type known not to pickle.
    UnpicklableCrossing {
        value: Crossing,
        ty: String,
    },
    /// A value sent to every worker is built here and not known to pickle.
    CrossingNotKnownToPickle {
        value: Crossing,
        ty: Option<String>,
    },
    /// A project class customises pickling and a crossing value's type is unknown.
    CustomPickling {
        class: String,
        hook: &'static str,
    },
    /// A callee returns its argument (or a part of it).
    ReturnsArgument {
        subject: Returner,
    },
    /// An outlined helper returns some of its parameters (or parts of them).
    ReturnsParameters {
        subject: Returner,
        names: Vec<String>,
    },
    /// What comes back may be module-level objects.
    ReturnsModuleObjects {
        subject: Returner,
        names: Vec<String>,
    },
    /// The mapped callee is a local value.
    LocalCallee {
        callee: String,
    },
    /// The callee calls back into the enclosing function.
    CallsBack {
        callee: String,
        enclosing: String,
    },
    /// The callee is decorated (process pools).
    DecoratedCallee {
        callee: String,
    },
    /// The callee is `async def`.
    AsyncCallee {
        callee: String,
    },
    /// The callee is a generator function.
    GeneratorCallee {
        callee: String,
    },
    /// The callee is defined conditionally or more than once.
    RedefinedCallee {
        callee: String,
    },
    /// The callee is not a module-level function of the project.
    NotProjectFunction {
        callee: String,
    },
    /// A value passed to an outlined helper is a function, import, `with` target or lambda.
    UnpicklableParameter {
        name: String,
        kind: &'static str,
    },
    /// The program patches `path` outside the project (in `module`).
    Patched {
        path: String,
        module: String,
    },
    /// The program changes a setting every call depends on.
    SettingEveryCall(Setting),
    /// The program uses the `decimal` module, whose context belongs to each thread.
    DecimalContextPerThread,
    /// More program facts than the ones listed.
    MoreHazards {
        count: usize,
    },

    // ---- what a worker inherits, and import time -------------------------------------------
    /// Worker code reads module state changed at run time.
    ReadsChangedState {
        reader: Reader,
        name: String,
    },
    /// Objects of a record class cross to workers, and the class is re-bound at run time.
    RecordClassChanged {
        class: String,
    },
    /// Worker code reads a value computed with an effect at import.
    ReadsImportTimeValue {
        reader: Reader,
        name: String,
        why: Effect,
    },
    /// Worker code reads a name only set under the `__main__` guard.
    ReadsMainOnly {
        reader: Reader,
        name: String,
    },
    /// An outlined body uses a function or class only defined under the `__main__` guard.
    DefinedMainOnly {
        name: String,
    },
    /// Importing a module again in each worker repeats an effect.
    Reimport {
        module: String,
        effect: Effect,
    },
    /// A module-level loop outside the `__main__` guard.
    ModuleLevelLoop,
    /// A module-level comprehension outside the `__main__` guard.
    ModuleLevelComprehension,
    /// Module-level statements outside the `__main__` guard (PAR202).
    ModuleLevelStatements,
    /// The enclosing function runs at import (process pools).
    CalledAtImport {
        function: String,
    },
    /// The enclosing function runs at import (threads).
    CalledAtImportThreads {
        function: String,
    },
    /// The function measures its own process's CPU time.
    /// A function that calls this one measures the process's CPU time.
    CallerCpuTime {
        caller: String,
    },
    CpuTime {
        call: String,
    },

    // ---- outlining into a module-level helper -----------------------------------------------
    /// No body to outline.
    NoBody,
    /// No module-level statement holds the loop.
    NoTopStatement,
    /// A loop in a nested function.
    NestedLoop,
    /// A comprehension in a nested function.
    NestedComprehension,
    /// The loop target is not plain names.
    LoopTargetNotNames {
        target: String,
    },
    /// The comprehension target is not plain names.
    ComprehensionTargetNotNames {
        target: String,
    },
    /// The body declares `global`/`nonlocal`.
    BodyDeclares,
    /// The body deletes names.
    BodyDeletes,
    /// The body assigns with `:=`.
    BodyWalrus {
        name: String,
    },
    /// The body defines a function or class.
    BodyDefines,
    /// The body creates a lambda.
    BodyLambda,
    /// The body calls a frame-sensitive builtin.
    BodyFrameCall {
        call: String,
    },
    /// Statements of the body share a line.
    BodySharesLine,
    /// The body holds a multi-line string.
    BodyMultilineString,
    /// The loop variable is also read from the enclosing scope.
    ItemAlsoOuter {
        name: String,
    },
    /// The comprehension's target or statement was not found.
    NoComprehensionTarget,
    /// A module-level comprehension over a tuple target.
    ModuleLevelTupleComprehension,
    /// The element creates a lambda.
    ElementLambda,
    /// The element holds `:=`, `await` or `yield`.
    ElementSuspends {
        code: String,
    },
    /// The element holds a multi-line string.
    ElementMultilineString,
    /// The element uses a frame-sensitive name.
    ElementFrame {
        name: String,
    },
    /// The element reads a local of the enclosing function.
    ElementReadsLocal {
        name: String,
    },

    // ---- ordering and exceptions ----------------------------------------------------------
    /// Reading every item up front moves what producing them does.
    Source {
        shown: String,
        kind: SourceKind,
    },
    /// An `except` block reads the traceback.
    HandlerTraceback,
    /// An `except` block reads an exception attribute a rebuilt copy loses.
    HandlerAttribute {
        object: String,
        attr: String,
    },
    /// An `except` block reports the traceback.
    HandlerReports {
        call: String,
    },
    /// Results collected before a failing item may be observed (PAR211).
    ExceptionsObserved,
    /// A comprehension filter may raise or do more than compare.
    FilterMayRaise {
        filter: String,
    },

    // ---- cost ------------------------------------------------------------------------------
    /// The only cost evidence is weak.
    WeakCost(CostEvidence),
    /// No cost evidence.
    NoCost,

    // ---- async: blocking calls in coroutines --------------------------------------------------
    /// `open()` in a coroutine.
    OpenInCoroutine,
    /// A `time.sleep` delay that is not a non-negative number literal.
    SleepDelay {
        call: String,
    },
    /// A blocking callee mutates an argument.
    ThreadMutatesArgument {
        callee: String,
    },
    /// A process pool for one call.
    OneCallPool,
    /// A blocking or heavy callee is decorated.
    DecoratedBlocking {
        callee: String,
    },
    /// `requires-python` below 3.9.
    ToThreadPython {
        major: u32,
        minor: u32,
    },
    /// No `requires-python`.
    NoRequiresPython,
    /// An argument handed to a thread may be shared.
    HandedToThread {
        value: String,
        why: Shared,
    },
    /// Inside a `with` block (not `async with`).
    InsideWithBlock,
    /// The coroutine has another effect.
    CoroutineAlso(Effect),
    /// The coroutine mutates a parameter.
    CoroutineMutates {
        name: String,
    },
    /// A name read after the call another task could change.
    ReadsShared {
        name: String,
        line: usize,
        why: Shared,
    },
    /// The project cancels tasks (a blocking call now interruptible).
    CancelsCall {
        site: String,
    },
    /// The project cancels tasks (gathered items).
    CancelsGathered {
        site: String,
    },

    // ---- statement runs (PAR202) ---------------------------------------------------------------
    /// A bare sleep paces the statements around it.
    Paces {
        statement: String,
    },
    /// A statement contains `yield` or `await`.
    StatementControl {
        statement: String,
        keyword: &'static str,
    },
    /// A statement assigns with `:=`.
    StatementWalrus {
        statement: String,
    },
    /// A statement uses `super()`.
    StatementSuper {
        statement: String,
    },
    /// The run is inside a `with` block that may be a lock or thread-local state.
    InsideWith {
        value: String,
    },

    // ---- NumPy (PAR301) ------------------------------------------------------------------------
    Division,
    LengthsMayDiffer,
    RowSumsOrder,
    DotOrder,
    NoNumpyDependency,
    /// A frame-sensitive call can change a local array.
    FrameChangesArray {
        call: String,
    },
    /// An operand is rebound inside the loop.
    OperandRebound {
        name: String,
    },
    /// Values may overflow.
    MayOverflow {
        a: String,
        b: String,
    },
    /// Python lists compute differently from NumPy.
    PythonLists,
    /// Loop variables read after the loop.
    NumpyLiveAfter {
        names: Vec<String>,
    },
    /// NumPy's name is a local.
    NumpyLocal {
        name: String,
    },
    /// A builtin is shadowed.
    NotBuiltin {
        name: String,
    },
    /// Only outer products are rewritten.
    OnlyOuterProducts,
    /// An operand not proven an array created in the function.
    ArrayNotCreated {
        name: String,
    },
    /// An operand is a parameter annotated as an array.
    ArrayParameterAnnotated {
        name: String,
    },
    /// An operand is a parameter.
    ArrayParameter {
        name: String,
    },
    /// An operand is used elsewhere where it may be changed.
    ArrayUsed {
        name: String,
        line: usize,
        outer_loop: bool,
    },
    /// An operand is not assigned on every path.
    ArrayNotDominating {
        name: String,
    },
    /// An operand's creation is not a known bounded array.
    ArrayNotBounded {
        name: String,
        call: String,
    },

    // ---- pandas (PAR302) ---------------------------------------------------------------------
    NotNumericFrame {
        frame: String,
    },
    Iterrows,
    ApplyAxis,
    Itertuples,
    CellWrites,
    NoPandasDependency,

    // ---- the rewrite itself ------------------------------------------------------------------
    /// The fix could not be built.
    CannotRewrite(FixError),
    /// PAR202: the statements share a line with other code.
    RunSharesLine,
    /// PAR202: the rewritten file would not parse.
    RunDoesNotParse(SkipReason),
    /// A test file, which is not rewritten.
    TestCode {
        path: String,
    },
}

/// How two coroutines running together could see each other ([`Reason::Peer`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Conflict {
    /// What one of them does is not known (no summary).
    NotKnown,
    /// One of them does something unknown.
    Unknown(Effect),
    BothOutput,
    ChangesGlobal {
        name: String,
    },
    Files,
    ChangesSetting(Setting),
}

/// Whose result crosses back: a mapped callee, or an outlined loop body.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResultSource {
    Callee(String),
    LoopBody { result: String },
}

/// Whose returned objects are judged: a mapped callee, or an outlined helper's per-item result.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Returner {
    Callee(String),
    PerItem { result: String },
}

/// What crosses to a worker: the item (of the iterable `of`), or a value as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Crossing {
    Item { of: String },
    Value(String),
}

/// Who reads module state in a worker: an outlined loop body, or a callee.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Reader {
    LoopBody,
    Callee(String),
}

/// Where lazily produced items come from ([`Reason::Source`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// Nested too deep to judge.
    Deep,
    GeneratorExpression,
    Iterator,
    Lazy,
    Generator,
    IteratorName,
}

/// Why a value may be changed by another task while a call waits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Shared {
    Receiver { name: String },
    FromCaller { name: String },
    UnknownOrigin { name: String },
    HoldsParameter { name: String, param: String },
    ChangedGlobal { global: String },
    ChangedModuleState { global: String },
}

const UP_FRONT: &str = "the pool reads every item before the first result, so what producing them does (output, files, an exception part-way, a reused object) moves before the work";

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Conflict::NotKnown => write!(f, "what it does is not known"),
            Conflict::Unknown(e) => write!(f, "one of them {}", e.describe()),
            Conflict::BothOutput => write!(f, "both write output, whose order would change"),
            Conflict::ChangesGlobal { name } => {
                write!(f, "one of them changes `{name}`, which the other uses")
            }
            Conflict::Files => write!(f, "one of them writes files the other reads or writes"),
            Conflict::ChangesSetting(s) => write!(
                f,
                "one of them changes {} the other depends on",
                s.describe()
            ),
        }
    }
}

impl fmt::Display for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shared::Receiver { name } => write!(
                f,
                "`{name}` is the object the method was called on, which other tasks may hold too"
            ),
            Shared::FromCaller { name } => write!(
                f,
                "`{name}` comes from the caller, who may share it with other tasks (annotate it with an immutable type such as `str` if it is one)"
            ),
            Shared::UnknownOrigin { name } => write!(f, "where `{name}` comes from is unknown"),
            Shared::HoldsParameter { name, param } => write!(
                f,
                "`{name}` holds the caller's `{param}`, which other tasks may share"
            ),
            Shared::ChangedGlobal { global } => write!(f, "`{global}` is changed at run time"),
            Shared::ChangedModuleState { global } => {
                write!(f, "module state `{global}` is changed at run time")
            }
        }
    }
}

impl fmt::Display for ResultSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResultSource::Callee(c) => write!(f, "`{c}`"),
            ResultSource::LoopBody { result } => {
                write!(f, "the loop body (its per-item result `{result}`)")
            }
        }
    }
}

impl fmt::Display for Returner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Returner::Callee(c) => write!(f, "`{c}` may return"),
            Returner::PerItem { result } => write!(f, "the per-item result `{result}` may be"),
        }
    }
}

impl fmt::Display for Reader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reader::LoopBody => write!(f, "the loop body"),
            Reader::Callee(c) => write!(f, "`{c}`"),
        }
    }
}

fn backticked(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Reason as R;
        match self {
            // loop shape and control flow
            R::LoopElse => write!(f, "the loop has an `else` clause, which depends on how the loop ended"),
            R::Break => write!(f, "`break` ends the loop early: later items depend on earlier ones"),
            R::Continue => write!(f, "`continue` skips part of the body for some items"),
            R::Return => write!(f, "`return` inside the loop ends it on some item"),
            R::Yield => write!(f, "`yield` inside the loop hands items out one at a time"),
            R::AwaitInLoop => write!(f, "`await` inside the loop (see PAR211)"),
            R::Declaration { keyword } => write!(f, "`{keyword}` declaration inside the loop"),
            R::ResultCollectedEarly => write!(f, "the result is collected before the last statement of the loop body: outlining needs it at the end"),
            R::NoResultPerItem { statements } => write!(f, "the loop body has {statements} statements and does not end with one `acc.append(...)`, `acc[item] = ...`, `acc.add(...)` or reduction: there is no one result per item to collect"),
            R::NotCallOrAccumulation => write!(f, "the loop body is not a single call or accumulation: there is no one result per item to collect"),
            R::ElementNotOneCall => write!(f, "the element is not one call of a module-level function with the item as an argument; it would need outlining (PAR104)"),
            R::AwaitInExpression => write!(f, "the awaited value is used inside a larger expression: only `await call(...)` as the whole collected value is rewritten"),
            R::AwaitBodyStatements { statements } => write!(f, "the loop body has {statements} statements: only one statement that collects or discards `await call(...)` is rewritten"),
            R::AwaitBodyNotOneStatement => write!(f, "the loop body is not one statement that collects or discards `await call(...)`"),
            R::KeyNotLoopVariable { acc } => write!(f, "the key stored in `{acc}` is not the loop variable itself"),
            R::OneShotIterable { iterable } => write!(f, "`{iterable}` may be a one-shot iterator; rebuilding the dict needs to read it twice"),
            R::Unpacking => write!(f, "the loop unpacks each item: the rewrite needs one loop variable"),
            R::NotNewEmpty { name, kind } => write!(f, "cannot prove `{name}` is a new empty {kind} created right before the loop"),
            R::KeyComputed { acc } => write!(f, "the key stored in `{acc}` is computed by more than reading the loop variables"),
            R::FewItems { count } => write!(f, "iterates over only {count} items: starting a pool costs more than it saves"),

            // carried and shared state
            R::Carried { name } => write!(f, "value carried between iterations (`{name}`)"),
            R::AccumulatorRead { acc } => write!(f, "the accumulator `{acc}` is also read inside the loop body"),
            R::AccumulatorUsed { acc } => write!(f, "the accumulator `{acc}` is also used inside the loop body"),
            R::FillsIterable { acc } => write!(f, "the loop iterates over `{acc}`, which it also fills"),
            R::LiveAfter { name } => write!(f, "`{name}` is read after the loop, which would lose its last value"),
            R::AccumulatorDeclared { acc } => write!(f, "`{acc}` is declared `global`/`nonlocal`: other code can see it fill up"),
            R::TargetDeclared { name } => write!(f, "`{name}` is declared `global`/`nonlocal`: other code can see it assigned"),
            R::ModuleLoopVariable { name } => write!(f, "the loop variable `{name}` is a module variable: each item is stored in module state the work may read, and worker processes or threads would not see those stores in order"),
            R::MutatesItem { name } => write!(f, "mutates the item `{name}` in place: workers would change copies or race on shared items"),
            R::MutatesItemInterleaved { name } => write!(f, "mutates the item `{name}` in place: interleaved, the items would change it in another order"),
            R::MutatesShared { name } => write!(f, "mutates `{name}`, which is shared between iterations"),
            R::MutatesSharedItems { name } => write!(f, "mutates `{name}`, which is shared between items"),
            R::MutatesSharedInterleaved { name } => write!(f, "mutates `{name}`, which every item shares: interleaved, they would change it in another order"),
            R::StatementMutates { statement, name } => write!(f, "`{statement}` mutates `{name}`: the other statements, or the code around them, may see it change"),
            R::LazyGenerator => write!(f, "the enclosing function is a generator: its loop runs lazily, interleaved with the consumer"),
            R::LazyAsyncGenerator => write!(f, "the enclosing function is an async generator: its loop runs lazily, interleaved with the consumer"),
            R::LazyGeneratorStatements => write!(f, "the enclosing function is a generator: its statements run lazily, interleaved with the consumer"),

            // effects
            R::Effect(e) => f.write_str(&e.describe()),
            R::UntypedDuckCall { method } => write!(f, "calls `.{method}()` on a value whose type is not known: it is judged as {}, which it may not be (annotate the value's type)", crate::kb::duck_methods(method)),
            R::ProjectDuckCall { method, class } => write!(f, "calls `.{method}()` on a value of unknown type, and class `{class}` of this project defines `{method}`: what runs is not known"),
            R::Hazard { module, hazard } => f.write_str(&hazard.describe(module)),
            R::Reflection { call } => write!(f, "the function calls `{call}()`: it would see the names the rewrite adds"),
            R::Peer { function, peer, site, module, why } => write!(
                f,
                "`{function}` runs at the same time as `{}` ({site} in `{module}`), and {why}: running its work alongside changes what they see",
                peer.as_deref().unwrap_or("an awaitable the analysis cannot follow")
            ),
            R::ReadsChangedInterleaved { name } => write!(f, "reads module state `{name}`, which is changed at run time: started together, the items would read it at other moments"),

            // the process boundary
            R::ResultUnpicklable { from, ty } => write!(f, "{from} returns `{ty}`, which cannot be sent back from a worker process (pickling fails or gives another object)"),
            R::ResultReorders { from, ty } => write!(f, "{from} returns `{ty}`: a set sent back from a worker process is rebuilt and may iterate in another order"),
            R::UnpicklableCrossing { value, ty } => {
                let shown = match value {
                    Crossing::Item { .. } => "the item".to_owned(),
                    Crossing::Value(v) => format!("`{v}`"),
                };
                write!(f, "{shown} (`{ty}`) is sent to every worker process, and it cannot be pickled (or comes back as another object)")
            }
            R::CrossingNotKnownToPickle { value, ty } => {
                let what = match ty {
                    Some(t) => format!("is a `{t}` whose parts are not all known types"),
                    None => "is of a type the analysis does not know".to_owned(),
                };
                match value {
                    Crossing::Item { of } => write!(f, "each item of `{of}` {what}")?,
                    Crossing::Value(v) => write!(f, "`{v}` {what}")?,
                }
                write!(f, ", and it is sent to every worker process: it is built here, not passed in by a caller, so it is not known to pickle (locks, generators, open files and objects of local classes do not)")
            }
            R::CustomPickling { class, hook } => write!(f, "`{class}` customises how its objects pickle or are finalised (`{hook}`), and what is sent to the workers is not known not to be such an object"),
            R::ReturnsArgument { subject } => write!(f, "{subject} its argument itself (or a part of it); a worker process would return a copy, breaking aliasing"),
            R::ReturnsParameters { subject, names } => {
                let (itself, part, objects) = if names.len() == 1 {
                    ("itself", "a part of it", "an object")
                } else {
                    ("themselves", "parts of them", "objects")
                };
                write!(f, "{subject} {} {itself} (or {part}), {objects} the caller holds; a worker process would return a copy, breaking aliasing", backticked(names))
            }
            R::ReturnsModuleObjects { subject, names } => {
                let (noun, part, that) = if names.len() == 1 {
                    ("object", "a part of it", "that object")
                } else {
                    ("objects", "parts of them", "those objects")
                };
                write!(f, "{subject} the module-level {noun} {} (or {part}); a worker process would return a copy, not {that}", backticked(names))
            }
            R::LocalCallee { callee } => write!(f, "`{callee}` is a local value (a nested function, lambda or argument): it cannot be sent to a worker process"),
            R::CallsBack { callee, enclosing } => write!(f, "`{callee}` calls back into `{enclosing}`: every worker process would start a pool of its own"),
            R::DecoratedCallee { callee } => write!(f, "`{callee}` is decorated: cannot prove the decorator keeps it picklable and pure"),
            R::AsyncCallee { callee } => write!(f, "`{callee}` is `async def`: calling it returns a coroutine (see PAR211)"),
            R::GeneratorCallee { callee } => write!(f, "`{callee}` is a generator function: its results cannot be sent back from a worker process"),
            R::RedefinedCallee { callee } => write!(f, "`{callee}` is defined conditionally or more than once: worker processes may see another definition"),
            R::NotProjectFunction { callee } => write!(f, "`{callee}` is not a module-level function of this project"),
            R::UnpicklableParameter { name, kind } => write!(f, "`{name}` is {kind} in the enclosing function: it cannot be sent to a worker process"),
            R::Patched { path, module } => write!(f, "the program changes `{path}` (in `{module}`): a worker process imports it afresh and does not see the change"),
            R::SettingEveryCall(s) => write!(f, "the program changes {}, which every call depends on: a worker process starts with the default", s.describe()),
            R::DecimalContextPerThread => write!(f, "the program uses the `decimal` module, whose context (precision, rounding) belongs to each thread: a pool's workers start from the default context, not the one the caller may have set, and a `Decimal` may reach the work where its type is not known"),
            R::MoreHazards { count } => write!(f, "and {count} more things the program does while it runs that a worker process would not see"),

            // what a worker inherits, and import time
            R::RecordClassChanged { class } => write!(f, "objects of `{class}` are sent to worker processes, and `{class}` is re-bound at run time: a worker would rebuild them with the class as imported"),
            R::ReadsChangedState { reader, name } => write!(f, "{reader} reads module state `{name}` that is changed at run time; worker processes would see its value at import"),
            R::ReadsImportTimeValue { reader, name, why } => write!(f, "{reader} reads `{name}`, whose value is computed when the module is imported and {}: each worker process imports the module again and computes its own", why.describe()),
            R::ReadsMainOnly { reader, name } => write!(f, "{reader} reads `{name}`, which is only set under `if __name__ == \"__main__\":` and is missing in worker processes"),
            R::DefinedMainOnly { name } => write!(f, "`{name}` is only defined under `if __name__ == \"__main__\":` and is missing in worker processes"),
            R::Reimport { module, effect } => write!(f, "importing `{module}` {}: every worker process imports it again", effect.describe()),
            R::ModuleLevelLoop => write!(f, "module-level loop outside `if __name__ == \"__main__\":`: it runs on import (and again in every worker process)"),
            R::ModuleLevelComprehension => write!(f, "module-level comprehension outside `if __name__ == \"__main__\":`: it runs on import (and again in every worker process)"),
            R::ModuleLevelStatements => write!(f, "module-level statements outside `if __name__ == \"__main__\":`: they run on import, and threads started during an import can deadlock on the import lock"),
            R::CalledAtImport { function } => write!(f, "`{function}` is called when a module is imported; worker processes re-import it and would start pools of their own"),
            R::CalledAtImportThreads { function } => write!(f, "`{function}` is called when a module is imported: threads started during an import can deadlock on the import lock"),
            R::CallerCpuTime { caller } => write!(f, "`{caller}`, which calls this function, measures this process's CPU time (`time.process_time`): the work done in worker processes would not be counted"),
            R::CpuTime { call } => write!(f, "the function measures this process's CPU time (`{call}`): the work done in worker processes would not be counted"),

            // outlining
            R::NoBody => write!(f, "the loop has no body to outline"),
            R::NoTopStatement => write!(f, "cannot find the module-level statement holding the loop"),
            R::NestedLoop => write!(f, "the loop is in a nested function: the names it closes over cannot be passed to a module-level helper yet"),
            R::NestedComprehension => write!(f, "the comprehension is in a nested function: the names it closes over cannot be passed to a module-level helper yet"),
            R::LoopTargetNotNames { target } => write!(f, "the loop assigns to `{target}`, not to plain names"),
            R::ComprehensionTargetNotNames { target } => write!(f, "the comprehension assigns to `{target}`, not to plain names"),
            R::BodyDeclares => write!(f, "the loop body declares `global`/`nonlocal` names"),
            R::BodyDeletes => write!(f, "the loop body deletes names (`del`)"),
            R::BodyWalrus { name } => write!(f, "the loop body assigns `{name}` with `:=`, which binds it in the enclosing function: inside a helper it would not"),
            R::BodyDefines => write!(f, "the loop body defines a function or class: it would capture different variables inside a helper"),
            R::BodyLambda => write!(f, "the loop body creates a lambda: it would capture different variables inside a helper"),
            R::BodyFrameCall { call } => write!(f, "the loop body calls `{call}()`, which depends on the frame it runs in"),
            R::BodySharesLine => write!(f, "statements of the loop body share a line: outlining needs one statement per line"),
            R::BodyMultilineString => write!(f, "the loop body holds a multi-line string literal, which re-indenting would change"),
            R::ItemAlsoOuter { name } => write!(f, "`{name}` is both the loop variable and read from the enclosing scope"),
            R::NoComprehensionTarget => write!(f, "cannot find the comprehension's target or statement"),
            R::ModuleLevelTupleComprehension => write!(f, "a module-level comprehension over a tuple target is not outlined"),
            R::ElementLambda => write!(f, "the element creates a lambda: it would capture different variables inside a helper"),
            R::ElementSuspends { code } => write!(f, "the element holds `{code}`, which would bind or suspend in the helper instead"),
            R::ElementMultilineString => write!(f, "the element holds a multi-line string literal, which re-indenting would change"),
            R::ElementFrame { name } => write!(f, "the element uses `{name}`, which depends on the frame it runs in"),
            R::ElementReadsLocal { name } => write!(f, "the element reads `{name}` of the enclosing function: outlining it would need the value passed"),

            // ordering and exceptions
            R::Source { shown, kind } => match kind {
                SourceKind::Deep => write!(f, "the items come from `{shown}`: {UP_FRONT}"),
                SourceKind::GeneratorExpression => write!(f, "the items are computed by the generator expression `{shown}`: {UP_FRONT}"),
                SourceKind::Iterator => write!(f, "the items come from `{shown}`, an iterator: {UP_FRONT}"),
                SourceKind::Lazy => write!(f, "the items are produced lazily by `{shown}`: {UP_FRONT}"),
                SourceKind::Generator => write!(f, "the items come from the generator `{shown}`: {UP_FRONT}"),
                SourceKind::IteratorName => write!(f, "`{shown}` is an iterator: {UP_FRONT}"),
            },
            R::HandlerTraceback => write!(f, "the `except` block reads the exception's traceback, which would show the pool's frames"),
            R::HandlerAttribute { object, attr } => write!(f, "the `except` block reads `{object}.{attr}`: an exception from a worker process is a copy rebuilt from its arguments"),
            R::HandlerReports { call } => write!(f, "the `except` block reports the traceback (`{call}`), which would show the pool's frames"),
            R::ExceptionsObserved => write!(f, "inside a `try` block or a `with` that may observe the results collected before a failing item: the rewrite collects all of them or none"),
            R::FilterMayRaise { filter } => write!(f, "the filter `{filter}` may raise or do more than compare: evaluated for every item before the calls, it could raise before a call that failed first"),

            // cost
            R::WeakCost(c) => write!(f, "the per-item work's only cost is {}: on short values that is microseconds, and a process pool costs tens of milliseconds to start and pickles every item; not rewritten without a measurement (`parallelize propose` measures it against the tests)", c.describe()),
            R::NoCost => write!(f, "no call in the per-item work is known to be expensive: a process pool costs tens of milliseconds to start and pickles every item"),

            // async
            R::OpenInCoroutine => write!(f, "`open()` returns a file whose reads and writes block as well: move the whole `with` block into a function and run that with `asyncio.to_thread`"),
            R::SleepDelay { call } => write!(f, "the delay of `{call}` is not a number literal: `asyncio.sleep` returns at once for a negative delay where `time.sleep` raises `ValueError`"),
            R::ThreadMutatesArgument { callee } => write!(f, "`{callee}` mutates an argument, which another thread would then change while other tasks run"),
            R::OneCallPool => write!(f, "a process pool for one call starts a process each time, and a shared pool needs a lifetime the project decides (created and shut down with the application): review the proposed code and choose"),
            R::DecoratedBlocking { callee } => write!(f, "`{callee}` is decorated: the decorator may change what calling it does, or where it may run"),
            R::ToThreadPython { major, minor } => write!(f, "`asyncio.to_thread` needs Python 3.9; the project supports {major}.{minor} (`requires-python`)"),
            R::NoRequiresPython => write!(f, "the project does not declare `requires-python`: `asyncio.to_thread` needs Python 3.9"),
            R::HandedToThread { value, why } => write!(f, "`{value}` is handed to another thread while other tasks run, and {why}"),
            R::InsideWithBlock => write!(f, "inside a `with` block: whatever it holds (a lock, a redirected output, a transaction) would stay held while other tasks run, and would not apply to a worker thread"),
            R::CoroutineAlso(e) => write!(f, "the coroutine also {}, and other tasks would now run in the middle of it", e.describe()),
            R::CoroutineMutates { name } => write!(f, "the coroutine mutates `{name}`, which other tasks may share: they would now run in the middle of that"),
            R::ReadsShared { name, line, why } => write!(f, "reads `{name}` (line {line}): {why}; another task could change it while the call waits"),
            R::CancelsCall { site } => write!(f, "the project cancels tasks or limits their time ({site}): a timeout could now interrupt the call where the blocked event loop used to let it finish late"),
            R::CancelsGathered { site } => write!(f, "the project cancels tasks or limits their time ({site}): awaited together, the items finish at other moments, so a time limit that fired may no longer (or the other way round)"),

            // statement runs
            R::Paces { statement } => write!(f, "`{statement}` paces the statements around it (rate limiting, waiting for something to happen); running it alongside them removes the pause"),
            R::StatementControl { statement, keyword } => write!(f, "`{statement}` contains {keyword}: it cannot move into a thread"),
            R::StatementWalrus { statement } => write!(f, "`{statement}` assigns with `:=`: the name it binds would be assigned in another thread"),
            R::StatementSuper { statement } => write!(f, "`{statement}` uses `super()`, which does not work inside the lambda the rewrite needs"),
            R::InsideWith { value } => write!(f, "runs inside `with {value}:`: if it is a lock or sets thread-local state, the worker threads would not hold it"),

            // NumPy
            R::Division => write!(f, "division: a zero divisor gives `ZeroDivisionError` for Python numbers and a warning with `inf`/`nan` in NumPy"),
            R::LengthsMayDiffer => write!(f, "the sequences may differ in length: the loop stops at the shorter one (`zip`) or raises `IndexError`, while NumPy broadcasts a length-1 operand or raises `ValueError`"),
            R::RowSumsOrder => write!(f, "NumPy adds floats in a different order (pairwise), so sums can differ in the last bits; rows of different lengths become an error"),
            R::DotOrder => write!(f, "NumPy adds the products in a different order (pairwise and blocked), so a float result can differ in the last bits"),
            R::NoNumpyDependency => write!(f, "the project does not declare `numpy` as a dependency (pyproject.toml, requirements*.txt, setup.cfg or setup.py)"),
            R::FrameChangesArray { call } => write!(f, "the function calls `{call}()`, which can change a local array without naming it"),
            R::OperandRebound { name } => write!(f, "`{name}` is assigned inside the loop (as a loop variable, a row or the result), so the loop does not read the same `{name}` throughout"),
            R::MayOverflow { a, b } => write!(f, "the values of `{a}` and `{b}` may overflow: NumPy scalar arithmetic warns on every overflow, array arithmetic does not (or with another message)"),
            R::PythonLists => write!(f, "for Python lists NumPy computes with 64-bit numbers (Python integers never overflow; mixed integers and floats all become floats), and `.tolist()` returns Python numbers where NumPy arrays would give NumPy ones"),
            R::NumpyLiveAfter { names } => write!(f, "{} read after the loop, which the rewrite no longer sets", backticked(names)),
            R::NumpyLocal { name } => write!(f, "`{name}` is a local name in this function"),
            R::NotBuiltin { name } => write!(f, "`{name}` is not the builtin here"),
            R::OnlyOuterProducts => write!(f, "only outer products of proven arrays are rewritten"),
            R::ArrayNotCreated { name } => write!(f, "`{name}` is not proven to be a NumPy array created in this function"),
            R::ArrayParameterAnnotated { name } => write!(f, "`{name}` is a parameter annotated as an array, which may have any number of dimensions (`np.outer` flattens) and any values"),
            R::ArrayParameter { name } => write!(f, "`{name}` is a parameter, not proven to be a NumPy array"),
            R::ArrayUsed { name, line, outer_loop } => write!(
                f,
                "`{name}` is also used on line {line}{}, where it may be changed",
                if *outer_loop { " (in a loop around this one)" } else { "" }
            ),
            R::ArrayNotDominating { name } => write!(f, "`{name}` is not assigned on every path to the loop"),
            R::ArrayNotBounded { name, call } => write!(f, "`{name}` = `{call}`: not proven to be a one-dimensional array of bounded numbers (only `np.linspace`, `np.arange`, `np.zeros`, `np.ones`, `np.full`, `np.array` of number literals and `np.random.rand`/`random` with literal or `len(...)` sizes are)"),

            // pandas
            R::NotNumericFrame { frame } => write!(f, "`{frame}` is not proven to be a DataFrame whose columns hold numbers: with object columns (strings, `None`, mixed types) a value the loop computed (or failed on) row by row can fail or become `NaN` for the whole column"),
            R::Iterrows => write!(f, "`iterrows` hands each row over as one Series of a common dtype: in a frame mixing integer and float columns every value arrives as a float, so column arithmetic can give another dtype (and integer division or overflow can differ)"),
            R::ApplyAxis => write!(f, "`apply(axis=1)` converts each row to one common dtype too, and on an empty frame it returns an empty DataFrame, not a Series"),
            R::Itertuples => write!(f, "`itertuples` hands over Python numbers: integer arithmetic on them never overflows, where an int64 column wraps"),
            R::CellWrites => write!(f, "the loop writes the new column cell by cell (a new column starts as float64 filled with `NaN`; with duplicate index labels `at` writes every matching row); assigning the whole column keeps the arithmetic's own dtype"),
            R::NoPandasDependency => write!(f, "the project does not declare `pandas` as a dependency"),

            // the rewrite itself
            R::CannotRewrite(e) => write!(f, "cannot rewrite: {e}"),
            R::RunSharesLine => write!(f, "cannot rewrite: the statements share a line with other code"),
            R::RunDoesNotParse(error) => write!(f, "cannot rewrite: the rewritten file would not parse ({error})"),
            R::TestCode { path } => write!(f, "`{path}` is test code, which is not rewritten: tests rarely spend their time where a pool pays off (set `rewrite-tests = true` in `[tool.parallelize]` to include it)"),
        }
    }
}

/// Sort by rendered text and drop repeated texts (what sorting and deduplicating the strings
/// did, and what collecting them into a `BTreeSet<String>` did).
pub fn sort_dedup(reasons: &mut Vec<Reason>) {
    let mut keyed: Vec<(String, Reason)> = reasons.drain(..).map(|r| (r.to_string(), r)).collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    reasons.extend(keyed.into_iter().map(|(_, r)| r));
}

/// [`sort_dedup`] of an iterator's reasons.
pub fn sorted(reasons: impl IntoIterator<Item = Reason>) -> Vec<Reason> {
    let mut out: Vec<Reason> = reasons.into_iter().collect();
    sort_dedup(&mut out);
    out
}

/// Drop reasons whose text an earlier one already gave, keeping the first of each.
pub fn dedup(reasons: &mut Vec<Reason>) {
    let mut seen = std::collections::BTreeSet::new();
    reasons.retain(|r| seen.insert(r.to_string()));
}

/// The reasons as the text a [`crate::Finding`] carries.
pub fn render(reasons: &[Reason]) -> Vec<String> {
    reasons.iter().map(Reason::to_string).collect()
}
