//! The knowledge base: what calls into the standard library and common packages do, as data.
//!
//! One file per module under `transforms/kb/` (`heapq.kb`, `builtins.kb`, ...) states, for each
//! function or method the engine may allow, exactly what it does: which argument it mutates,
//! which process, thread or interpreter setting it reads or writes, whether it does I/O, prints,
//! draws from the shared random generator, reads the clock or returns a per-process value, what
//! it returns (a new object of a type, or something holding or being its arguments) and what one
//! call costs. `types.kb` says which types are immutable and which pickle.
//!
//! It is an allow-list: a callable that is not listed is *unknown*, and unknown makes a finding
//! `review`. Every entry carries an example call, and `transforms/tests/kb_claims.rs` runs each
//! one with the real interpreter to check its claims (the arguments it does and does not mutate,
//! the result's type, freshness and pickle round trip, output, determinism).
//!
//! Line format (see `transforms/kb/README.md`):
//!
//! ```text
//! heapq.heappush(heap, item) -> None ; mutates heap ; e.g. [5, 1], 3
//! str.encode(encoding='utf-8', errors='strict') -> new bytes ; cost data ; e.g. 'héllo' :: 'utf-8'
//! ```

mod files;
mod table;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::vocab::{Cost, IoKind, Setting, Stream};

pub use table::ParseError;

/// One argument of a call, as an entry names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// The object a method is called on.
    Receiver,
    /// A declared parameter, by position in the signature.
    Param(usize),
    /// Every argument (`*`).
    Every,
}

/// How a parameter is passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// Positional or keyword.
    Normal,
    /// Before `/`: positional only.
    PositionalOnly,
    /// After `*` or `*args`: keyword only.
    KeywordOnly,
    /// `*args`.
    Star,
    /// `**kwargs`.
    DoubleStar,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub kind: ParamKind,
    pub has_default: bool,
}

/// What a call does besides returning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Spec {
    /// Changes this argument in place.
    Mutates(Arg),
    /// Depends on this setting.
    Reads(Setting),
    /// Changes this setting for the whole process (or thread).
    Writes(Setting),
    /// Blocks on I/O of this kind.
    Io(IoKind),
    /// Writes to this stream: the order of the output is visible.
    Output(Stream),
    /// Draws from the shared module-level random generator.
    Rng,
    /// Reads the clock: results depend on when it runs.
    Clock,
    /// Returns a value specific to the process or thread (`os.getpid`, `id`).
    Identity,
    /// Calls this argument (a callback such as `key=` or `map`'s function).
    Calls(Arg),
    /// Returns a lazy iterator: the work (and the callbacks) happen when it is consumed.
    Lazy,
}

/// A type as the knowledge base spells it: `str`, `list[str]`, `re.Match|None`, `?`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ty {
    Named(String, Vec<Ty>),
    Union(Vec<Ty>),
    /// Whatever the function's parameter at this position is (in summaries: a function that
    /// returns its argument returns the argument's type; resolved at each call).
    Param(usize),
    /// An object of a record class of the project (a frozen `@dataclass`, a `NamedTuple`),
    /// with the types of the values its constructor was given.
    Record(Box<Record>),
    /// The attribute `.1` of a value of type `.0` (in summaries: `order.sku` of a parameter,
    /// resolved at each call once the parameter's type is known).
    Field(Box<Ty>, String),
    /// Not known.
    Unknown,
}

/// The type of an object of a record class: a module-level class whose objects hold only the
/// fields the class declares, set by a constructor that runs no code of the project
/// (`module::RecordClass`), so what its fields hold is what the constructor was given.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Record {
    /// Qualified class name (`pkg.mod.Order`).
    pub class: String,
    /// Each field with the type of the value it holds.
    pub fields: Vec<(String, Ty)>,
    /// Its fields cannot be re-bound (`frozen=True`, a `NamedTuple`).
    pub frozen: bool,
    /// A `NamedTuple`: iterating and unpacking it gives its fields in order.
    pub tuple: bool,
}

impl Record {
    /// The type of the field `name`, when the class declares it.
    pub fn field(&self, name: &str) -> Option<&Ty> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, t)| t)
    }

    fn map(&self, f: impl Fn(&Ty) -> Ty) -> Ty {
        Ty::Record(Box::new(Record {
            fields: self.fields.iter().map(|(n, t)| (n.clone(), f(t))).collect(),
            ..self.clone()
        }))
    }

    fn types(&self) -> impl Iterator<Item = &Ty> {
        self.fields.iter().map(|(_, t)| t)
    }
}

impl Ty {
    pub fn named(name: &str) -> Ty {
        Ty::Named(name.to_owned(), vec![])
    }

    /// No value at all: the element type of an empty display (`[]`, `{}`), which joining with
    /// what is put in later leaves as that (`list[nothing]` ⊔ `list[str]` = `list[str]`).
    pub fn nothing() -> Ty {
        Ty::Union(vec![])
    }

    /// The one outer type name, when the type is not a union or unknown.
    pub fn name(&self) -> Option<&str> {
        match self {
            Ty::Named(n, _) => Some(n.as_str()),
            _ => None,
        }
    }

    /// Element type of a container (`list[str]` -> `str`), when stated.
    pub fn element(&self) -> Option<&Ty> {
        match self {
            Ty::Named(_, args) => args.first(),
            _ => None,
        }
    }

    /// Every named alternative (`str|None` -> `str`, `None`).
    pub fn alternatives(&self) -> Vec<&Ty> {
        match self {
            Ty::Union(alts) => alts.iter().flat_map(|a| a.alternatives()).collect(),
            other => vec![other],
        }
    }

    /// This type with parameter types replaced by the arguments' at a call (`None`: unknown).
    pub fn substitute(&self, args: &dyn Fn(usize) -> Option<Ty>) -> Ty {
        match self {
            Ty::Param(i) => args(*i).unwrap_or(Ty::Unknown),
            Ty::Named(n, inner) => Ty::Named(
                n.clone(),
                inner.iter().map(|t| t.substitute(args)).collect(),
            ),
            Ty::Union(alts) => alts
                .iter()
                .map(|t| t.substitute(args))
                .reduce(|a, b| a.join(&b))
                .unwrap_or(Ty::Unknown),
            Ty::Record(r) => r.map(|t| t.substitute(args)),
            Ty::Field(of, name) => of.substitute(args).attribute(name),
            Ty::Unknown => Ty::Unknown,
        }
    }

    /// The qualified names of the record classes whose objects a value of this type may hold.
    pub fn record_classes(&self, out: &mut std::collections::BTreeSet<String>) {
        match self {
            Ty::Record(r) => {
                out.insert(r.class.clone());
                r.types().for_each(|t| t.record_classes(out));
            }
            Ty::Named(_, args) | Ty::Union(args) => args.iter().for_each(|t| t.record_classes(out)),
            Ty::Field(of, _) => of.record_classes(out),
            Ty::Param(_) | Ty::Unknown => {}
        }
    }

    /// The type of the attribute `name` of a value of this type: a record's field, or a
    /// [`Ty::Field`] to resolve once a parameter's type is known; `Unknown` otherwise.
    pub fn attribute(&self, name: &str) -> Ty {
        match self {
            Ty::Record(r) => r.field(name).cloned().unwrap_or(Ty::Unknown),
            Ty::Param(_) | Ty::Field(..) => Ty::Field(Box::new(self.clone()), name.to_owned()),
            _ => Ty::Unknown,
        }
    }

    /// The type of one element when iterating over a value of this type (`list[str]` -> `str`,
    /// `str` -> `str`, `bytes` -> `int`, `dict[K, V]` -> `K`, `range` -> `int`).
    pub fn iterated(&self) -> Ty {
        match self {
            Ty::Named(n, args) => match (n.as_str(), args.as_slice()) {
                ("str" | "io.TextIOWrapper", _) => Ty::named("str"),
                ("io.BufferedReader", _) => Ty::named("bytes"),
                ("bytes" | "bytearray" | "range", _) => Ty::named("int"),
                ("tuple", [first, rest @ ..]) => rest.iter().fold(first.clone(), |a, b| a.join(b)),
                ("list" | "set" | "frozenset" | "dict" | "iterator" | "dict_view", [first, ..]) => {
                    first.clone()
                }
                _ => Ty::Unknown,
            },
            Ty::Union(alts) => alts
                .iter()
                .map(Ty::iterated)
                .reduce(|a, b| a.join(&b))
                .unwrap_or(Ty::Unknown),
            Ty::Record(r) if r.tuple => r
                .types()
                .cloned()
                .reduce(|a, b| a.join(&b))
                .unwrap_or(Ty::Unknown),
            _ => Ty::Unknown,
        }
    }

    /// The union of two types (`Unknown` absorbs everything).
    pub fn join(&self, other: &Ty) -> Ty {
        if self == other {
            return self.clone();
        }
        if matches!(self, Ty::Unknown) || matches!(other, Ty::Unknown) {
            return Ty::Unknown;
        }
        // `list[str]` or `list[Lock]` is a `list[str|Lock]`: one container type whose elements
        // are the union, so a container that grows stays one type.
        if let (Ty::Named(a, xs), Ty::Named(b, ys)) = (self, other) {
            if a == b && xs.len() == ys.len() && !xs.is_empty() {
                let args = xs.iter().zip(ys).map(|(x, y)| x.join(y)).collect();
                return Ty::of(a, args);
            }
        }
        if let (Ty::Record(a), Ty::Record(b)) = (self, other) {
            if a.class == b.class && a.fields.len() == b.fields.len() {
                let fields = a
                    .fields
                    .iter()
                    .zip(&b.fields)
                    .map(|((n, x), (_, y))| (n.clone(), x.join(y)))
                    .collect();
                let joined = Ty::Record(Box::new(Record {
                    fields,
                    ..(**a).clone()
                }));
                return if joined.depth() > 5 {
                    Ty::Unknown
                } else {
                    joined
                };
            }
        }
        let mut alts: Vec<Ty> = self
            .alternatives()
            .into_iter()
            .chain(other.alternatives())
            .cloned()
            .collect();
        alts.sort();
        alts.dedup();
        if alts.len() == 1 {
            return alts.remove(0);
        }
        // Bounded, so that flow-insensitive fixed points (`x = [x]`) terminate.
        if alts.len() > 6 || alts.iter().any(|a| a.depth() > 4) {
            return Ty::Unknown;
        }
        Ty::Union(alts)
    }

    fn depth(&self) -> usize {
        match self {
            Ty::Named(_, args) => 1 + args.iter().map(Ty::depth).max().unwrap_or(0),
            Ty::Union(alts) => alts.iter().map(Ty::depth).max().unwrap_or(0),
            Ty::Record(r) => 1 + r.types().map(Ty::depth).max().unwrap_or(0),
            Ty::Field(of, _) => 1 + of.depth(),
            _ => 0,
        }
    }

    /// A container type of `name` holding `element`, or unknown when too deep to track.
    pub fn of(name: &str, args: Vec<Ty>) -> Ty {
        let t = Ty::Named(name.to_owned(), args);
        if t.depth() > 5 {
            Ty::Unknown
        } else {
            t
        }
    }

    /// Whether a value of this type survives a pickle round trip as an equal value: every
    /// alternative and element is a known type that pickles.
    pub fn pickles(&self) -> bool {
        match self {
            Ty::Unknown | Ty::Param(_) => false,
            Ty::Union(alts) => alts.iter().all(Ty::pickles),
            Ty::Named(name, args) => type_info(name).is_some_and(|t| {
                t.picklable && (!t.container || !args.is_empty()) && args.iter().all(Ty::pickles)
            }),
            // By reference to its module-level class, with its fields' values.
            Ty::Record(r) => r.types().all(Ty::pickles),
            Ty::Field(..) => false,
        }
    }

    /// Whether some part of a value of this type is known not to survive a pickle round trip
    /// (`re.Match`, a generator, a lock, a lambda). Unknown parts are not counted: they come
    /// from the arguments, which cross the boundary themselves.
    pub fn has_unpicklable(&self) -> bool {
        match self {
            Ty::Unknown | Ty::Param(_) => false,
            Ty::Union(alts) => alts.iter().any(Ty::has_unpicklable),
            Ty::Named(name, args) => {
                type_info(name).is_some_and(|t| !t.picklable)
                    || args.iter().any(Ty::has_unpicklable)
            }
            Ty::Record(r) => r.types().any(Ty::has_unpicklable),
            Ty::Field(..) => false,
        }
    }

    /// Whether some part of a value of this type comes back from a pickle round trip equal but
    /// iterating in another order (a set).
    pub fn reorders(&self) -> bool {
        match self {
            Ty::Unknown | Ty::Param(_) => false,
            Ty::Union(alts) => alts.iter().any(Ty::reorders),
            Ty::Named(name, args) => {
                type_info(name).is_some_and(|t| t.reorders) || args.iter().any(Ty::reorders)
            }
            Ty::Record(r) => r.types().any(Ty::reorders),
            Ty::Field(..) => false,
        }
    }

    /// Whether some part of this type is not known (`?`, a parameter's type, a container
    /// without element types).
    pub fn has_unknown(&self) -> bool {
        match self {
            Ty::Unknown | Ty::Param(_) => true,
            Ty::Union(alts) => alts.iter().any(Ty::has_unknown),
            Ty::Named(name, args) => {
                type_info(name).is_some_and(|t| t.container) && args.is_empty()
                    || args.iter().any(Ty::has_unknown)
            }
            Ty::Record(r) => r.types().any(Ty::has_unknown),
            Ty::Field(..) => true,
        }
    }

    /// Immutable, and not a number that may be NaN (a NaN is not equal to its copy): a copy
    /// made by pickling cannot be told from the original but by identity (`is`, `id`).
    pub fn is_value(&self) -> bool {
        self.is_immutable()
            && !self.alternatives().iter().any(|a| {
                matches!(
                    a.name(),
                    Some("float" | "complex" | "number" | "decimal.Decimal")
                ) || matches!(a, Ty::Named(_, args) if args.iter().any(|e| !e.is_value()))
                    || matches!(a, Ty::Record(r) if r.types().any(|e| !e.is_value()))
            })
    }

    /// Whether values of this type are immutable all the way down.
    pub fn is_immutable(&self) -> bool {
        match self {
            Ty::Unknown | Ty::Param(_) => false,
            Ty::Union(alts) => alts.iter().all(Ty::is_immutable),
            Ty::Named(name, args) => type_info(name).is_some_and(|t| {
                t.immutable
                    && (!t.container || !args.is_empty())
                    && args.iter().all(Ty::is_immutable)
            }),
            Ty::Record(r) => r.frozen && r.types().all(Ty::is_immutable),
            Ty::Field(..) => false,
        }
    }
}

impl std::fmt::Display for Ty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ty::Unknown => f.write_str("?"),
            Ty::Param(i) => write!(f, "${i}"),
            Ty::Named(n, args) if args.is_empty() => f.write_str(n),
            Ty::Named(n, args) => {
                let inner: Vec<String> = args.iter().map(Ty::to_string).collect();
                write!(f, "{n}[{}]", inner.join(", "))
            }
            Ty::Union(alts) => {
                let inner: Vec<String> = alts.iter().map(Ty::to_string).collect();
                f.write_str(&inner.join("|"))
            }
            Ty::Record(r) => {
                let inner: Vec<String> =
                    r.fields.iter().map(|(n, t)| format!("{n}: {t}")).collect();
                write!(f, "{}({})", r.class, inner.join(", "))
            }
            Ty::Field(of, name) => write!(f, "{of}.{name}"),
        }
    }
}

/// What a call returns, for aliasing and for what may cross a process boundary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Returns {
    /// `None`.
    Nothing,
    /// A new object of this type that holds none of the arguments' mutable objects.
    New(Ty),
    /// A new object of this type that may hold (elements of) these arguments (`sorted`).
    Holds(Ty, Vec<Arg>),
    /// May be one of these arguments or a part of one (`max`, `dict.get`, `next`).
    Part(Ty, Vec<Arg>),
    /// The receiver itself (`self`).
    Receiver,
}

impl Returns {
    pub fn ty(&self) -> Ty {
        match self {
            Returns::Nothing => Ty::named("None"),
            Returns::New(t) | Returns::Holds(t, _) | Returns::Part(t, _) => t.clone(),
            Returns::Receiver => Ty::Unknown,
        }
    }
}

/// One callable the engine knows.
#[derive(Debug, Clone)]
pub struct Entry {
    /// `heapq.heappush`, `builtins.len`, or `str.encode` for a method of a type.
    pub name: String,
    /// For a method, the type it belongs to (`str`); `None` for a function.
    pub owner: Option<String>,
    pub params: Vec<Param>,
    pub returns: Returns,
    pub effects: Vec<Spec>,
    pub cost: Cost,
    /// Arguments of a call that shows the claims (`[5, 1], 3`; for methods `receiver :: args`).
    pub example: Option<String>,
    /// Why no example runs here (network, interactive input).
    pub untested: Option<String>,
    /// `file.kb:line`, for messages.
    pub at: String,
}

impl Entry {
    pub fn mutates(&self) -> impl Iterator<Item = Arg> + '_ {
        self.effects.iter().filter_map(|e| match e {
            Spec::Mutates(a) => Some(*a),
            _ => None,
        })
    }

    pub fn io(&self) -> Option<IoKind> {
        self.effects.iter().find_map(|e| match e {
            Spec::Io(k) => Some(*k),
            _ => None,
        })
    }

    /// The parameter index an argument of a call binds to: `position` for positional
    /// arguments, `keyword` for keyword ones. `None` when the signature has no such parameter
    /// (the call would fail) or it lands in `*args`/`**kwargs`.
    pub fn param_index(&self, position: Option<usize>, keyword: Option<&str>) -> Option<usize> {
        if let Some(k) = keyword {
            return self.params.iter().position(|p| {
                p.name == k && matches!(p.kind, ParamKind::Normal | ParamKind::KeywordOnly)
            });
        }
        let pos = position?;
        let positional: Vec<usize> = self
            .params
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                matches!(
                    p.kind,
                    ParamKind::Normal | ParamKind::PositionalOnly | ParamKind::Star
                )
            })
            .map(|(i, _)| i)
            .collect();
        match positional.get(pos) {
            Some(i) => Some(*i),
            // Extra positional arguments go to `*args` when there is one.
            None => positional
                .last()
                .copied()
                .filter(|i| self.params[*i].kind == ParamKind::Star),
        }
    }
}

/// What the knowledge base says about a type.
#[derive(Debug, Clone)]
pub struct TypeInfo {
    pub name: String,
    pub immutable: bool,
    pub picklable: bool,
    /// Not documented as safe to use from several threads at once (`requests.Session`).
    pub thread_unsafe: bool,
    /// Pickles and is immutable only when its element types are known to (`list[str]`).
    pub container: bool,
    /// A copy made by pickling is equal but may iterate in another order (sets: the copy is
    /// rebuilt from its elements).
    pub reorders: bool,
    /// A Python expression naming the class, for the claim tests (`str`, `re.Match`).
    pub python: Option<String>,
}

/// The whole knowledge base.
#[derive(Debug, Default)]
pub struct Kb {
    functions: BTreeMap<String, Entry>,
    /// type -> method -> entry (nested, so a lookup borrows both names instead of allocating)
    methods: BTreeMap<String, BTreeMap<String, Entry>>,
    types: BTreeMap<String, TypeInfo>,
    /// Method name -> the types whose method of that name any receiver of unknown type is
    /// judged by (`strip` -> str, bytes, bytearray).
    duck: BTreeMap<String, Vec<String>>,
    /// Duck methods trusted only where the value is known to be of one of the listed types
    /// (`duck-checked` lines): names some common class uses for something stateful.
    duck_checked: std::collections::BTreeSet<String>,
}

impl Kb {
    /// Parse every data file. Errors name the file and line.
    pub fn load() -> Result<Kb, ParseError> {
        let mut kb = Kb::default();
        for (file, text) in files::FILES {
            table::parse_into(&mut kb, file, text)?;
        }
        table::validate(&kb)?;
        Ok(kb)
    }

    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.functions
            .values()
            .chain(self.methods.values().flat_map(BTreeMap::values))
    }

    pub fn types(&self) -> impl Iterator<Item = &TypeInfo> {
        self.types.values()
    }

    pub fn duck_types(&self) -> impl Iterator<Item = (&String, &Vec<String>)> {
        self.duck.iter()
    }
}

fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    // The data is compiled in and checked by `tests::the_data_parses`: a failure here is a bug
    // in a shipped file, never a property of the code being analysed.
    KB.get_or_init(|| match Kb::load() {
        Ok(kb) => kb,
        Err(e) => panic!("knowledge base: {e}"),
    })
}

/// The knowledge base (parsed once).
pub fn get() -> &'static Kb {
    kb()
}

/// Whether some type's method of this name waits (I/O), costs more than a lookup, or calls a
/// callback: on a receiver whose type is known it may be work, so a region calling it needs its
/// names typed before it can be judged cheap.
pub fn method_may_work(name: &str) -> bool {
    static NAMES: OnceLock<std::collections::BTreeSet<String>> = OnceLock::new();
    NAMES
        .get_or_init(|| {
            kb().methods
                .values()
                .flat_map(BTreeMap::values)
                .filter(|e| {
                    e.io().is_some()
                        || e.cost != Cost::Cheap
                        || e.effects.iter().any(|s| matches!(s, Spec::Calls(_)))
                })
                .filter_map(|e| e.name.rsplit('.').next().map(str::to_owned))
                .collect()
        })
        .contains(name)
}

/// A function by qualified name (`heapq.heappush`, `builtins.len`).
pub fn function(q: &str) -> Option<&'static Entry> {
    kb().functions.get(q)
}

/// A method of a known type (`str`, `hashlib.HASH`).
pub fn method(ty: &str, name: &str) -> Option<&'static Entry> {
    kb().methods.get(ty)?.get(name)
}

/// The entries a method call on a receiver of unknown type is judged by: the method of that name
/// on every type `types.kb` lists for it, or `None` when the name is not one the knowledge base
/// lets through untyped (`get` is `dict.get` but also `queue.Queue.get`, which takes the item).
pub fn duck(name: &str) -> Option<Vec<&'static Entry>> {
    let types = kb().duck.get(name)?;
    types.iter().map(|t| method(t, name)).collect()
}

/// Whether a duck method of this name holds only where the value is known to be of one of its
/// types (`duck-checked` in `types.kb`).
pub fn duck_is_checked(name: &str) -> bool {
    kb().duck_checked.contains(name)
}

/// The types whose method of this name a duck-judged call is judged by (`strip` -> str, bytes,
/// bytearray); `None` when the name is not a duck entry.
pub fn duck_types(name: &str) -> Option<&'static [String]> {
    kb().duck.get(name).map(Vec::as_slice)
}

/// The methods a duck-judged call is judged as: "`str.strip`, `bytes.strip` or `bytearray.strip`".
pub fn duck_methods(method: &str) -> String {
    let names: Vec<String> = duck_types(method)
        .unwrap_or_default()
        .iter()
        .map(|t| format!("`{t}.{method}`"))
        .collect();
    match names.split_last() {
        None => "a string method".to_owned(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// Whether a method of this name, on whatever type the knowledge base lists it for, may change
/// its receiver: `Some(false)` when every listed method of that name leaves it alone, `None`
/// when no type lists it.
pub fn mutates_receiver(name: &str) -> Option<bool> {
    let mut listed = kb()
        .methods
        .values()
        .filter_map(|by_name| by_name.get(name))
        .peekable();
    listed.peek()?;
    Some(listed.any(|e| e.mutates().any(|a| matches!(a, Arg::Receiver | Arg::Every))))
}

/// Builtins whose presence means the analysis cannot see which names are read or written.
pub fn is_dynamic_builtin(name: &str) -> bool {
    matches!(
        name,
        "eval"
            | "exec"
            | "globals"
            | "locals"
            | "vars"
            | "setattr"
            | "delattr"
            | "__import__"
            | "compile"
            | "breakpoint"
    )
}

pub fn type_info(name: &str) -> Option<&'static TypeInfo> {
    kb().types.get(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_parses() {
        let kb = Kb::load().unwrap_or_else(|e| panic!("{e}"));
        assert!(kb.entries().count() > 10);
    }

    #[test]
    fn heappush_mutates_its_heap() {
        let e = function("heapq.heappush").expect("listed");
        assert_eq!(e.mutates().collect::<Vec<_>>(), vec![Arg::Param(0)]);
        assert_eq!(e.returns, Returns::Nothing);
    }

    #[test]
    fn keyword_and_positional_arguments_find_their_parameter() {
        let e = method("str", "encode").expect("listed");
        assert_eq!(e.param_index(Some(0), None), Some(0));
        assert_eq!(e.param_index(None, Some("errors")), Some(1));
        assert_eq!(e.param_index(None, Some("nope")), None);
    }

    #[test]
    fn unlisted_is_unknown() {
        assert!(function("somelib.do_it").is_none());
        assert!(function("heapq.frobnicate").is_none());
        assert!(method("str", "frobnicate").is_none());
    }

    #[test]
    fn types_say_what_pickles() {
        assert!(Ty::named("str").pickles());
        assert!(!Ty::named("re.Match").pickles());
        assert!(!Ty::Unknown.pickles());
        let list_of_match = Ty::Named("list".into(), vec![Ty::named("re.Match")]);
        assert!(!list_of_match.pickles());
    }
}
