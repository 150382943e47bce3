//! PAR301: nested numeric loops over sequences (outer products, elementwise arithmetic, dot
//! products, row and column sums) that NumPy computes in one call.

use std::collections::BTreeSet;

use crate::ast::Node;

use super::declare_rule;
use crate::context::FileContext;
use crate::finding::{CheckItem, Edit, Finding, Fix, ImportNeed, Safety, Strategy, Workload};
use crate::fix;
use crate::loops;
use crate::module::Resolved;
use crate::py::{self, field, kids, text, unparen};
use crate::reason::Reason;
use crate::rewrite;
use crate::scope::{self, Scope};

declare_rule! {
    /// ## What it does
    /// Finds numeric loops over sequences that NumPy computes in one call: outer products
    /// (`[[a[i] * b[j] for j in range(len(b))] for i in range(len(a))]`, or the same with
    /// nested `for` loops and `append`), elementwise arithmetic (`[x + y for x, y in zip(a, b)]`,
    /// and its two-dimensional form), dot products (`total += a[i] * b[i]`,
    /// `sum(x * y for x, y in zip(a, b))`), and row or column sums of a matrix
    /// (`[sum(row) for row in m]`). It proposes `np.outer` (or `np.add.outer`, ...), array
    /// arithmetic, `np.dot` and `.sum(axis=...)`.
    ///
    /// ## Why
    /// Every step of such a loop runs in the interpreter: an index, a lookup, an arithmetic
    /// object, an `append`. NumPy runs the same arithmetic in compiled code over the whole
    /// array; for a 300 x 300 outer product that is tens of times faster.
    ///
    /// ## Example
    /// ```python
    /// import numpy as np
    ///
    /// def grid(n):
    ///     xs = np.linspace(0.0, 1.0, n)
    ///     ys = np.linspace(-1.0, 1.0, n)
    ///     table = []
    ///     for i in range(len(xs)):
    ///         row = []
    ///         for j in range(len(ys)):
    ///             row.append(xs[i] * ys[j])
    ///         table.append(row)
    ///     return table
    /// ```
    /// becomes
    /// ```python
    ///     table = [list(row) for row in np.outer(xs, ys)]
    /// ```
    /// The result is still a list of lists holding the same NumPy numbers (`np.float64`),
    /// computed by the same single multiplication each; a caller that can take an array can
    /// drop the `list(...)` conversion and gain more.
    ///
    /// ## When it is not applied
    /// The rewrite is applied only to outer products (`+`, `-` or `*`) of two arrays that are
    /// proven one-dimensional NumPy arrays of bounded values: created in the same function by
    /// `np.linspace`, `np.arange`, `np.zeros`, `np.ones`, `np.full`, `np.array` of number
    /// literals, or `np.random.rand`/`np.random.random`, with sizes that are integer literals
    /// or `len(...)`, and not used between their creation and the loop; only then do the
    /// result's type, its element types (`np.float64`/`np.int64`) and the absence of overflow
    /// warnings stay exactly as they were, and only when the project declares `numpy` as a
    /// dependency. Everything else is `review`, with the proposed code in the message: Python
    /// lists (NumPy computes with 64-bit numbers, where Python integers never overflow, and
    /// returns NumPy numbers or, through `.tolist()`, Python ones), arrays of unknown shape or
    /// values (an annotated `np.ndarray` may be two-dimensional; an overflow warns differently
    /// in scalar and array arithmetic), sequences of different lengths (`zip` stops at the
    /// shorter one, NumPy broadcasts or raises), and every sum and dot product of floats
    /// (NumPy adds in a different order, so the last bits of the result can change). Loops
    /// whose variables are read afterwards, or with an `else`, are left alone.
    pub struct Par301 {
        code: "PAR301",
        name: "numeric-loop-to-numpy",
        summary: "nested numeric loop that NumPy computes in one call"
    }
}

/// `import numpy` when the module has no `import numpy [as np]` yet.
pub const NUMPY: ImportNeed = ImportNeed {
    module: "numpy",
    name: "",
};

/// How a loop (or a comprehension's `for`) walks its sequence.
#[derive(Clone, Copy)]
enum Iter<'t> {
    /// `for i in range(len(seq))`: the element is `seq[i]`.
    Index { var: Node<'t>, seq: Node<'t> },
    /// `for x in seq`.
    Each { var: Node<'t>, seq: Node<'t> },
    /// `for x, y in zip(a, b)`.
    Zip {
        vars: [Node<'t>; 2],
        seqs: [Node<'t>; 2],
    },
}

impl<'t> Iter<'t> {
    fn vars(&self) -> Vec<Node<'t>> {
        match *self {
            Iter::Index { var, .. } | Iter::Each { var, .. } => vec![var],
            Iter::Zip { vars, .. } => vars.to_vec(),
        }
    }
}

/// What the loop computes.
#[derive(Clone, Copy)]
enum Shape<'t> {
    /// `result[i][j] = a[i] op b[j]`.
    Outer {
        op: &'static str,
        a: Node<'t>,
        b: Node<'t>,
    },
    /// `result[i] = a[i] op b[i]`.
    Elementwise {
        op: &'static str,
        a: Node<'t>,
        b: Node<'t>,
    },
    /// `result[i][j] = a[i][j] op b[i][j]`.
    Elementwise2d {
        op: &'static str,
        a: Node<'t>,
        b: Node<'t>,
    },
    /// `result[i] = sum(m[i])`.
    RowSums { m: Node<'t> },
    /// `result[j] = sum(m[i][j] for i ...)`.
    ColumnSums { m: Node<'t> },
    /// `total = sum(a[i] * b[i])`.
    Dot { a: Node<'t>, b: Node<'t> },
}

/// A recognised loop or comprehension, with the text it replaces.
struct Candidate<'t> {
    shape: Shape<'t>,
    /// The node reported (the loop, or the comprehension's statement).
    report: Node<'t>,
    /// Replaced range: the loop with its initialisation, or the comprehension / `sum(...)`.
    start: usize,
    end: usize,
    /// `table = ` before the replacement (loop forms), or empty (expression forms).
    assign_to: Option<String>,
    /// The outer `for` statement (loop forms): its variables must be dead after it.
    for_node: Option<Node<'t>>,
    /// Every loop variable and per-row temporary the loop form binds.
    bound: BTreeSet<String>,
}

/// A `for` statement this rule recognises.
pub fn check_for(ctx: &FileContext<'_>, node: Node<'_>) -> Option<Finding> {
    let c = loop_candidate(ctx.src(), node)?;
    Some(finding(ctx, c))
}

/// An assignment or `return` of a comprehension (or `sum(...)`) this rule recognises.
pub fn check_comprehension(ctx: &FileContext<'_>, stmt: Node<'_>) -> Option<Finding> {
    let src = ctx.src();
    let value = py::statement_value(stmt)?;
    let value = unparen(value);
    let shape = match value.kind() {
        "list_comprehension" => comprehension_shape(src, value)?,
        "call" => dot_of_sum(src, value)?,
        _ => return None,
    };
    let c = Candidate {
        shape,
        report: stmt,
        start: value.start_byte(),
        end: value.end_byte(),
        assign_to: None,
        for_node: None,
        bound: BTreeSet::new(),
    };
    Some(finding(ctx, c))
}

// ---- recognising the patterns -------------------------------------------------------------

fn same(src: &str, a: Node<'_>, b: Node<'_>) -> bool {
    text(src, a) == text(src, b)
}

/// The only argument of a call to `name` (`len(x)`, `range(n)`).
fn single_arg<'t>(src: &str, call: Node<'t>, name: &str) -> Option<Node<'t>> {
    let call = unparen(call);
    if call.kind() != "call" || field(call, "function").map(|f| text(src, f)) != Some(name) {
        return None;
    }
    let args = field(call, "arguments")?;
    if args.kind() != "argument_list" {
        return None;
    }
    match kids(args).as_slice() {
        [one]
            if !matches!(
                one.kind(),
                "keyword_argument" | "list_splat" | "dictionary_splat"
            ) =>
        {
            Some(*one)
        }
        _ => None,
    }
}

fn iteration<'t>(src: &str, target: Node<'t>, iter: Node<'t>) -> Option<Iter<'t>> {
    let iter = unparen(iter);
    if target.kind() == "identifier" {
        if let Some(seq) = single_arg(src, iter, "range").and_then(|a| single_arg(src, a, "len")) {
            // `range(len(m[0]))` / `range(len(m[i]))`: the length of a row.
            let ok = py::is_name_chain(seq) || (seq.kind() == "subscript" && row_of(seq).is_some());
            return ok.then_some(Iter::Index { var: target, seq });
        }
        if py::is_name_chain(iter) {
            return Some(Iter::Each {
                var: target,
                seq: iter,
            });
        }
        return None;
    }
    if matches!(target.kind(), "pattern_list" | "tuple_pattern") {
        let vars = kids(target);
        let (Some(call), [x, y]) = (Some(iter).filter(|c| c.kind() == "call"), vars.as_slice())
        else {
            return None;
        };
        if field(call, "function").map(|f| text(src, f)) != Some("zip") {
            return None;
        }
        let args = kids(field(call, "arguments")?);
        let [a, b] = args.as_slice() else { return None };
        if x.kind() != "identifier"
            || y.kind() != "identifier"
            || !py::is_name_chain(*a)
            || !py::is_name_chain(*b)
        {
            return None;
        }
        return Some(Iter::Zip {
            vars: [*x, *y],
            seqs: [*a, *b],
        });
    }
    None
}

/// `m[i]` / `m[0]`: the matrix `m` whose row this is.
fn row_of<'t>(sub: Node<'t>) -> Option<Node<'t>> {
    let (value, idx) = py::subscript_parts(sub)?;
    match idx.as_slice() {
        [i] if matches!(i.kind(), "identifier" | "integer") && py::is_name_chain(value) => {
            Some(value)
        }
        _ => None,
    }
}

/// `seq[var]` with `seq` a plain sequence: returns `seq`.
fn indexed<'t>(src: &str, e: Node<'t>, var: Node<'_>) -> Option<Node<'t>> {
    let (value, idx) = py::subscript_parts(unparen(e))?;
    match idx.as_slice() {
        [i] if i.kind() == "identifier" && same(src, *i, var) && py::is_name_chain(value) => {
            Some(value)
        }
        _ => None,
    }
}

/// `m[i][j]` or `m[i, j]`: returns `m`.
fn indexed2<'t>(src: &str, e: Node<'t>, i: Node<'_>, j: Node<'_>) -> Option<Node<'t>> {
    let (value, idx) = py::subscript_parts(unparen(e))?;
    match idx.as_slice() {
        [a, b] if a.kind() == "identifier" && b.kind() == "identifier" => {
            (same(src, *a, i) && same(src, *b, j) && py::is_name_chain(value)).then_some(value)
        }
        [jj] if jj.kind() == "identifier" && same(src, *jj, j) => indexed(src, value, i),
        _ => None,
    }
}

/// The sequence whose element `e` is in iteration `it` (`xs[i]` for `range(len(xs))`, `x`
/// for `for x in xs`, `x` for `zip(xs, ys)`).
fn element<'t>(src: &str, e: Node<'t>, it: &Iter<'t>) -> Option<Node<'t>> {
    let e = unparen(e);
    match *it {
        Iter::Index { var, seq } => indexed(src, e, var).filter(|s| same(src, *s, seq)),
        Iter::Each { var, seq } => (e.kind() == "identifier" && same(src, e, var)).then_some(seq),
        Iter::Zip { vars, seqs } => {
            if e.kind() != "identifier" {
                return None;
            }
            (0..2).find(|k| same(src, e, vars[*k])).map(|k| seqs[k])
        }
    }
}

/// `a op b` with an arithmetic operator.
fn arithmetic<'t>(src: &str, e: Node<'t>) -> Option<(&'static str, Node<'t>, Node<'t>)> {
    let e = unparen(e);
    if e.kind() != "binary_operator" {
        return None;
    }
    let op = match text(src, field(e, "operator")?) {
        "+" => "+",
        "-" => "-",
        "*" => "*",
        "/" => "/",
        _ => return None,
    };
    Some((op, field(e, "left")?, field(e, "right")?))
}

/// The shape of a one- or two-level computation with element expression `expr`.
fn shape_of<'t>(
    src: &str,
    outer: &Iter<'t>,
    inner: Option<&Iter<'t>>,
    expr: Node<'t>,
) -> Option<Shape<'t>> {
    let expr = unparen(expr);
    let Some(inner) = inner else {
        // One level: elementwise, or the sum of each row or column.
        if expr.kind() == "call" && field(expr, "function").is_some_and(|f| text(src, f) == "sum") {
            if let Some(gen) =
                field(expr, "arguments").filter(|a| a.kind() == "generator_expression")
            {
                return column_sums(src, outer, gen);
            }
        }
        if let Some(m) = single_arg(src, expr, "sum") {
            if let Iter::Each { var, seq } = *outer {
                if unparen(m).kind() == "identifier" && same(src, unparen(m), var) {
                    return Some(Shape::RowSums { m: seq });
                }
            }
            if let Iter::Index { var, seq } = *outer {
                if indexed(src, m, var).is_some_and(|s| same(src, s, seq)) {
                    return Some(Shape::RowSums { m: seq });
                }
            }
            return column_sums(src, outer, m);
        }
        let (op, l, r) = arithmetic(src, expr)?;
        return match *outer {
            Iter::Zip { vars, seqs } => (same(src, unparen(l), vars[0])
                && same(src, unparen(r), vars[1]))
            .then_some(Shape::Elementwise {
                op,
                a: seqs[0],
                b: seqs[1],
            }),
            Iter::Index { var, seq } => {
                let a = indexed(src, l, var)?;
                let b = indexed(src, r, var)?;
                (same(src, a, seq) || same(src, b, seq)).then_some(Shape::Elementwise { op, a, b })
            }
            Iter::Each { .. } => None,
        };
    };
    let (op, l, r) = arithmetic(src, expr)?;
    // Outer product: one operand from each loop.
    if !matches!(outer, Iter::Zip { .. }) && !matches!(inner, Iter::Zip { .. }) {
        if let (Some(a), Some(b)) = (element(src, l, outer), element(src, r, inner)) {
            if !inner_depends_on_outer(src, outer, inner) {
                return Some(Shape::Outer { op, a, b });
            }
        }
    }
    // Two-dimensional elementwise.
    match (*outer, *inner) {
        (Iter::Index { var: i, seq: rows }, Iter::Index { var: j, seq: cols }) => {
            let a = indexed2(src, l, i, j)?;
            let b = indexed2(src, r, i, j)?;
            let row_of_a = cols.kind() == "subscript"
                && row_of(cols).is_some_and(|m| same(src, m, a) || same(src, m, b));
            (same(src, rows, a) && row_of_a).then_some(Shape::Elementwise2d { op, a, b })
        }
        (Iter::Zip { vars: rv, seqs: rs }, Iter::Zip { vars: _, seqs: cs }) => {
            let (x, y) = (element(src, l, inner)?, element(src, r, inner)?);
            let rows_match = same(src, cs[0], rv[0]) && same(src, cs[1], rv[1]);
            (rows_match && same(src, x, cs[0]) && same(src, y, cs[1])).then_some(
                Shape::Elementwise2d {
                    op,
                    a: rs[0],
                    b: rs[1],
                },
            )
        }
        _ => None,
    }
}

/// Whether the inner loop's sequence is taken from the outer loop's item (`for v in row`).
fn inner_depends_on_outer(src: &str, outer: &Iter<'_>, inner: &Iter<'_>) -> bool {
    let seqs: Vec<Node<'_>> = match *inner {
        Iter::Index { seq, .. } | Iter::Each { seq, .. } => vec![seq],
        Iter::Zip { seqs, .. } => seqs.to_vec(),
    };
    outer
        .vars()
        .iter()
        .any(|v| seqs.iter().any(|s| loops::mentions(src, *s, text(src, *v))))
}

/// `sum(m[i][j] for i in range(len(m)))` / `sum(row[j] for row in m)` inside
/// `for j in range(len(m[0]))`: column sums.
fn column_sums<'t>(src: &str, outer: &Iter<'t>, arg: Node<'t>) -> Option<Shape<'t>> {
    let Iter::Index { var: j, seq: cols } = *outer else {
        return None;
    };
    let m_of_cols = row_of(cols)?;
    let (inner, expr) = single_clause(src, arg, "generator_expression")?;
    let m = match inner {
        Iter::Index { var: i, seq } => indexed2(src, expr, i, j).filter(|m| same(src, *m, seq))?,
        Iter::Each { var, seq } => {
            let row = indexed(src, expr, j)?;
            (same(src, row, var)).then_some(seq)?
        }
        Iter::Zip { .. } => return None,
    };
    same(src, m, m_of_cols).then_some(Shape::ColumnSums { m })
}

/// A comprehension with exactly one `for` and no `if`: its iteration and element.
fn single_clause<'t>(src: &str, comp: Node<'t>, kind: &str) -> Option<(Iter<'t>, Node<'t>)> {
    let comp = unparen(comp);
    if comp.kind() != kind {
        return None;
    }
    let (body, clause) = py::only_clause(comp)?;
    let it = iteration(src, field(clause, "left")?, field(clause, "right")?)?;
    Some((it, body))
}

fn comprehension_shape<'t>(src: &str, comp: Node<'t>) -> Option<Shape<'t>> {
    let (outer, body) = single_clause(src, comp, "list_comprehension")?;
    match single_clause(src, body, "list_comprehension") {
        Some((inner, expr)) => shape_of(src, &outer, Some(&inner), expr),
        None => shape_of(src, &outer, None, body),
    }
}

/// `sum(a[i] * b[i] for i in range(len(a)))`, `sum(x * y for x, y in zip(a, b))`.
fn dot_of_sum<'t>(src: &str, call: Node<'t>) -> Option<Shape<'t>> {
    let args = field(call, "arguments")?;
    if field(call, "function").map(|f| text(src, f)) != Some("sum")
        || args.kind() != "generator_expression"
    {
        return None;
    }
    let (it, expr) = single_clause(src, args, "generator_expression")?;
    dot_shape(src, &it, expr)
}

fn dot_shape<'t>(src: &str, it: &Iter<'t>, expr: Node<'t>) -> Option<Shape<'t>> {
    match shape_of(src, it, None, expr)? {
        Shape::Elementwise { op: "*", a, b } => Some(Shape::Dot { a, b }),
        _ => None,
    }
}

/// `name = []` / `name = 0` right before the loop.
fn init_before<'t>(src: &str, for_node: Node<'t>, name: &str, zero: bool) -> Option<Node<'t>> {
    let prev = rewrite::previous_statement(for_node)?;
    if zero {
        let e = py::expression_of_statement(prev)?;
        let (l, r) = (field(e, "left")?, field(e, "right")?);
        let ok = e.kind() == "assignment"
            && field(e, "type").is_none()
            && l.kind() == "identifier"
            && text(src, l) == name
            && matches!(text(src, r), "0" | "0.0");
        ok.then_some(prev)
    } else {
        rewrite::is_empty_init(src, prev, name, "list").then_some(prev)
    }
}

/// `acc.append(value)`: (acc, value).
fn append_of<'t>(src: &str, stmt: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
    match loops::accumulation(src, stmt)? {
        loops::Accumulation::Append { acc, value } if acc.kind() == "identifier" => {
            Some((acc, value))
        }
        _ => None,
    }
}

/// `acc += value`: (acc, value).
fn add_to<'t>(src: &str, stmt: Node<'t>) -> Option<(Node<'t>, Node<'t>)> {
    let e = py::expression_of_statement(stmt)?;
    if e.kind() != "augmented_assignment"
        || field(e, "operator").map(|o| text(src, o)) != Some("+=")
    {
        return None;
    }
    let acc = field(e, "left")?;
    (acc.kind() == "identifier").then_some((acc, field(e, "right")?))
}

fn body_statements(node: Node<'_>) -> Option<Vec<Node<'_>>> {
    if field(node, "alternative").is_some() {
        return None;
    }
    Some(
        py::statements(field(node, "body")?)
            .into_iter()
            .filter(|s| s.kind() != "comment")
            .collect(),
    )
}

fn for_iteration<'t>(src: &str, node: Node<'t>) -> Option<Iter<'t>> {
    if node.kind() != "for_statement" || py::is_async(node) {
        return None;
    }
    iteration(src, field(node, "left")?, field(node, "right")?)
}

fn loop_candidate<'t>(src: &str, node: Node<'t>) -> Option<Candidate<'t>> {
    let outer = for_iteration(src, node)?;
    let stmts = body_statements(node)?;
    let mut bound: BTreeSet<String> = outer
        .vars()
        .iter()
        .map(|v| text(src, *v).to_owned())
        .collect();
    let (result, shape) = match stmts.as_slice() {
        // total += a[i] * b[i]
        [one] if add_to(src, *one).is_some() => {
            let (acc, value) = add_to(src, *one)?;
            (acc, dot_shape(src, &outer, value)?)
        }
        // result.append(<element>) / result.append([<element> for j ...])
        [one] => {
            let (acc, value) = append_of(src, *one)?;
            let shape = match single_clause(src, value, "list_comprehension") {
                Some((inner, expr)) => shape_of(src, &outer, Some(&inner), expr)?,
                None => shape_of(src, &outer, None, value)?,
            };
            (acc, shape)
        }
        // row = [] / for j ...: row.append(<element>) / result.append(row)
        // t = 0    / for v in row: t += v             / result.append(t)
        [init, inner_for, push] => {
            let (acc, pushed) = append_of(src, *push)?;
            let inner = for_iteration(src, *inner_for)?;
            let inner_stmts = body_statements(*inner_for)?;
            let [inner_stmt] = inner_stmts.as_slice() else {
                return None;
            };
            let tmp = text(src, pushed);
            if pushed.kind() != "identifier" {
                return None;
            }
            bound.insert(tmp.to_owned());
            bound.extend(inner.vars().iter().map(|v| text(src, *v).to_owned()));
            let shape = if let Some((row, value)) = append_of(src, *inner_stmt) {
                if text(src, row) != tmp || !rewrite::is_empty_init(src, *init, tmp, "list") {
                    return None;
                }
                shape_of(src, &outer, Some(&inner), value)?
            } else {
                let (t, value) = add_to(src, *inner_stmt)?;
                let e = py::expression_of_statement(*init)?;
                let zero = e.kind() == "assignment"
                    && field(e, "left").is_some_and(|l| text(src, l) == tmp)
                    && field(e, "right").is_some_and(|r| matches!(text(src, r), "0" | "0.0"));
                if text(src, t) != tmp || !zero {
                    return None;
                }
                // for row in m: t = 0; for v in row: t += v
                match (outer, inner) {
                    (Iter::Each { var: row, seq: m }, Iter::Each { var: v, seq: r })
                        if same(src, r, row)
                            && unparen(value).kind() == "identifier"
                            && same(src, unparen(value), v) =>
                    {
                        Shape::RowSums { m }
                    }
                    _ => return None,
                }
            };
            (acc, shape)
        }
        _ => return None,
    };
    let name = text(src, result);
    if bound.contains(name) {
        return None;
    }
    let zero = matches!(shape, Shape::Dot { .. });
    let init = init_before(src, node, name, zero)?;
    Some(Candidate {
        shape,
        report: node,
        start: init.start_byte(),
        end: node.end_byte(),
        assign_to: Some(name.to_owned()),
        for_node: Some(node),
        bound,
    })
}

// ---- proving the safe case ----------------------------------------------------------------

/// What is proven about an array operand.
#[derive(Debug, Clone, Copy)]
struct ArrayFact {
    /// Integer dtype (else float64).
    int: bool,
    /// Largest absolute value an element can have.
    bound: f64,
}

/// Why an operand is not a proven one-dimensional array with bounded values.
fn array_fact(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    c: &Candidate<'_>,
    seq: Node<'_>,
) -> Result<ArrayFact, Reason> {
    let src = ctx.src();
    let name = text(src, seq);
    let not_created = || Reason::ArrayNotCreated {
        name: name.to_owned(),
    };
    if seq.kind() != "identifier" || scope.is_module() {
        return Err(not_created());
    }
    if scope.params(src).iter().any(|p| p == name) {
        let name = name.to_owned();
        return Err(if looks_like_array(ctx, scope, seq) {
            Reason::ArrayParameterAnnotated { name }
        } else {
            Reason::ArrayParameter { name }
        });
    }
    let mut creation: Option<Node<'_>> = None;
    let mut problem: Option<Reason> = None;
    let enclosing_loop = has_enclosing_loop(c.report, scope);
    py::walk(scope.node, true, &mut |n| {
        if problem.is_some() || n.kind() != "identifier" || text(src, n) != name {
            return;
        }
        if n.start_byte() >= c.start && n.end_byte() <= c.end {
            return;
        }
        if n.start_byte() >= c.end && !enclosing_loop {
            return;
        }
        let parent = n.parent();
        let is_creation = parent.is_some_and(|p| {
            p.kind() == "assignment"
                && field(p, "left").map(|l| l.id()) == Some(n.id())
                && field(p, "type").is_none()
        });
        if is_creation && creation.is_none() && n.start_byte() < c.start {
            creation = parent;
            return;
        }
        // `len(name)` only reads the array's length.
        let in_len = parent
            .and_then(|p| p.parent())
            .is_some_and(|call| single_arg(src, call, "len").is_some_and(|a| a.id() == n.id()));
        if in_len {
            return;
        }
        let (line, _) = ctx.parsed.lines.line_col(src, n.start_byte());
        problem = Some(Reason::ArrayUsed {
            name: name.to_owned(),
            line,
            outer_loop: n.start_byte() >= c.end,
        });
    });
    if let Some(p) = problem {
        return Err(p);
    }
    let Some(assign) = creation else {
        return Err(not_created());
    };
    // The creation must run before the loop every time: its statement is in a block that
    // contains the loop.
    let stmt = assign
        .parent()
        .filter(|p| p.kind() == "expression_statement")
        .ok_or_else(not_created)?;
    let block = stmt.parent().ok_or_else(not_created)?;
    let mut cur = c.report.parent();
    let mut dominates = false;
    while let Some(p) = cur {
        if p.id() == block.id() {
            dominates = true;
            break;
        }
        if p.id() == scope.node.id() {
            break;
        }
        cur = p.parent();
    }
    if !dominates {
        return Err(Reason::ArrayNotDominating {
            name: name.to_owned(),
        });
    }
    let call = field(assign, "right")
        .map(unparen)
        .filter(|r| r.kind() == "call")
        .ok_or_else(not_created)?;
    creation_fact(ctx, scope, call).ok_or_else(|| Reason::ArrayNotBounded {
        name: name.to_owned(),
        call: short(text(src, call)),
    })
}

/// Names bound (assignment, loop and comprehension targets) inside `[start, end)`.
fn names_bound_in(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    start: usize,
    end: usize,
) -> BTreeSet<String> {
    let src = ctx.src();
    let mut names = Vec::new();
    py::walk(scope.node, true, &mut |n| {
        if n.start_byte() < start || n.end_byte() > end {
            return;
        }
        let target = match n.kind() {
            "assignment" | "augmented_assignment" | "for_statement" | "for_in_clause" => {
                field(n, "left")
            }
            "named_expression" => field(n, "name"),
            _ => None,
        };
        if let Some(t) = target {
            py::target_names(src, t, &mut names);
        }
    });
    names.into_iter().map(|(n, _)| n).collect()
}

fn has_enclosing_loop(node: Node<'_>, scope: Scope<'_>) -> bool {
    let mut cur = node.parent();
    while let Some(p) = cur {
        if p.id() == scope.node.id() {
            return false;
        }
        if matches!(p.kind(), "for_statement" | "while_statement") {
            return true;
        }
        cur = p.parent();
    }
    false
}

/// A number literal (`3`, `-2.5`, `1_000`): its value and whether it is an integer.
fn number(src: &str, node: Node<'_>) -> Option<(f64, bool)> {
    let node = unparen(node);
    match node.kind() {
        "unary_operator" => {
            let op = field(node, "operator").map(|o| text(src, o))?;
            let (v, int) = number(src, field(node, "argument")?)?;
            match op {
                "-" => Some((-v, int)),
                "+" => Some((v, int)),
                _ => None,
            }
        }
        "integer" => {
            let t: String = text(src, node).chars().filter(|c| *c != '_').collect();
            if !t.chars().all(|c| c.is_ascii_digit()) || t.len() > 15 {
                return None;
            }
            t.parse::<f64>().ok().map(|v| (v, true))
        }
        "float" => {
            let t: String = text(src, node).chars().filter(|c| *c != '_').collect();
            if t.ends_with(['j', 'J']) {
                return None;
            }
            t.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .map(|v| (v, false))
        }
        _ => None,
    }
}

/// A size that makes a one-dimensional array: an integer literal or `len(...)`.
fn is_length(src: &str, node: Node<'_>) -> bool {
    number(src, node).is_some_and(|(_, int)| int) || single_arg(src, node, "len").is_some()
}

fn creation_fact(ctx: &FileContext<'_>, scope: Scope<'_>, call: Node<'_>) -> Option<ArrayFact> {
    let src = ctx.src();
    let func = field(call, "function")?;
    let dotted = py::dotted(src, func)?;
    let head = dotted.split('.').next().unwrap_or(&dotted);
    if scope::bound_names(src, scope, None).contains(head) {
        return None;
    }
    let Resolved::Qualified(q) = ctx.module.resolve_dotted(&dotted) else {
        return None;
    };
    let args = kids(field(call, "arguments").filter(|a| a.kind() == "argument_list")?);
    if args.iter().any(|a| {
        matches!(
            a.kind(),
            "keyword_argument" | "list_splat" | "dictionary_splat"
        )
    }) {
        return None;
    }
    let numbers = |nodes: &[Node<'_>]| {
        nodes
            .iter()
            .map(|a| number(src, *a))
            .collect::<Option<Vec<_>>>()
    };
    let fact = |vals: &[(f64, bool)]| ArrayFact {
        int: vals.iter().all(|(_, int)| *int),
        bound: vals.iter().map(|(v, _)| v.abs()).fold(0.0, f64::max),
    };
    match (q.as_str(), args.as_slice()) {
        ("numpy.linspace", [start, stop]) | ("numpy.linspace", [start, stop, _]) => {
            let vals = numbers(&[*start, *stop])?;
            Some(ArrayFact {
                int: false,
                ..fact(&vals)
            })
        }
        ("numpy.zeros" | "numpy.ones", [n]) if is_length(src, *n) => Some(ArrayFact {
            int: false,
            bound: 1.0,
        }),
        ("numpy.full", [n, v]) if is_length(src, *n) => Some(fact(&numbers(&[*v])?)),
        ("numpy.random.rand" | "numpy.random.random", [n]) if is_length(src, *n) => {
            Some(ArrayFact {
                int: false,
                bound: 1.0,
            })
        }
        ("numpy.arange", [_] | [_, _] | [_, _, _]) => {
            let vals = numbers(&args)?;
            let step = if args.len() == 3 {
                vals[2].0.abs()
            } else {
                1.0
            };
            let f = fact(&vals);
            Some(ArrayFact {
                bound: f.bound + step,
                ..f
            })
        }
        ("numpy.array", [list]) if list.kind() == "list" => {
            let items = kids(*list);
            if items.is_empty() {
                return None;
            }
            let vals = numbers(&items)?;
            Some(fact(&vals))
        }
        _ => None,
    }
}

/// Whether `a op b` can overflow for elements within the bounds.
fn may_overflow(op: &str, a: ArrayFact, b: ArrayFact) -> bool {
    let worst = match op {
        "*" => a.bound * b.bound,
        _ => a.bound + b.bound,
    };
    // Integers: the default integer of NumPy 1.x on Windows is 32 bits.
    let limit = if a.int && b.int { 2.0e9 } else { 1.0e300 };
    worst.partial_cmp(&limit) != Some(std::cmp::Ordering::Less)
}

// ---- the finding ---------------------------------------------------------------------------

fn ufunc(op: &str) -> &'static str {
    match op {
        "+" => "add",
        "-" => "subtract",
        "*" => "multiply",
        _ => "divide",
    }
}

/// The NumPy expression (for arrays, `as_lists` false) or its list-returning form.
fn proposal(src: &str, np: &str, shape: Shape<'_>, arrays: bool, row: &str) -> String {
    let t = |n: Node<'_>| text(src, n).to_owned();
    let outer_call = |op: &str, a: Node<'_>, b: Node<'_>| {
        if op == "*" {
            format!("{np}.outer({}, {})", t(a), t(b))
        } else {
            format!("{np}.{}.outer({}, {})", ufunc(op), t(a), t(b))
        }
    };
    match (shape, arrays) {
        (Shape::Outer { op, a, b }, true) => {
            format!("[list({row}) for {row} in {}]", outer_call(op, a, b))
        }
        (Shape::Outer { op, a, b }, false) => format!("{}.tolist()", outer_call(op, a, b)),
        (Shape::Elementwise { op, a, b }, true) => format!("list({} {op} {})", t(a), t(b)),
        (Shape::Elementwise2d { op, a, b }, true) => {
            format!("[list({row}) for {row} in {} {op} {}]", t(a), t(b))
        }
        (Shape::Elementwise { op, a, b } | Shape::Elementwise2d { op, a, b }, false) => {
            format!(
                "({np}.asarray({}) {op} {np}.asarray({})).tolist()",
                t(a),
                t(b)
            )
        }
        (Shape::RowSums { m }, true) => format!("list({}.sum(axis=1))", t(m)),
        (Shape::RowSums { m }, false) => format!("{np}.sum({}, axis=1).tolist()", t(m)),
        (Shape::ColumnSums { m }, true) => format!("list({}.sum(axis=0))", t(m)),
        (Shape::ColumnSums { m }, false) => format!("{np}.sum({}, axis=0).tolist()", t(m)),
        (Shape::Dot { a, b }, true) => format!("{np}.dot({}, {})", t(a), t(b)),
        (Shape::Dot { a, b }, false) => format!("{np}.dot({}, {}).item()", t(a), t(b)),
    }
}

fn operands<'t>(shape: Shape<'t>) -> Vec<Node<'t>> {
    match shape {
        Shape::Outer { a, b, .. }
        | Shape::Elementwise { a, b, .. }
        | Shape::Elementwise2d { a, b, .. }
        | Shape::Dot { a, b } => vec![a, b],
        Shape::RowSums { m } | Shape::ColumnSums { m } => vec![m],
    }
}

/// Whether an operand is at least known to be an array (created with NumPy, or annotated
/// `np.ndarray`): the proposal then keeps NumPy numbers instead of converting to lists.
fn looks_like_array(ctx: &FileContext<'_>, scope: Scope<'_>, seq: Node<'_>) -> bool {
    let src = ctx.src();
    if seq.kind() != "identifier" || scope.is_module() {
        return false;
    }
    let name = text(src, seq);
    let annotated = field(scope.node, "parameters").is_some_and(|ps| {
        kids(ps).into_iter().any(|p| {
            matches!(p.kind(), "typed_parameter" | "typed_default_parameter")
                && kids(p).first().is_some_and(|n| text(src, *n) == name)
                && field(p, "type").is_some_and(|ty| {
                    matches!(
                        ctx.module.resolve_dotted(text(src, ty).trim()),
                        Resolved::Qualified(q) if q == "numpy.ndarray" || q == "numpy.typing.NDArray"
                    )
                })
        })
    });
    if annotated {
        return true;
    }
    let mut created = false;
    py::walk(scope.body(), false, &mut |n| {
        if n.kind() == "assignment" && field(n, "left").is_some_and(|l| text(src, l) == name) {
            if let Some(f) = field(n, "right")
                .map(unparen)
                .filter(|r| r.kind() == "call")
                .and_then(|r| field(r, "function"))
            {
                if let Some(d) = py::dotted(src, f) {
                    created |= matches!(ctx.module.resolve_dotted(&d), Resolved::Qualified(q) if q.starts_with("numpy."));
                }
            }
        }
    });
    created
}

fn describe(shape: Shape<'_>) -> &'static str {
    match shape {
        Shape::Outer { .. } => "an outer product",
        Shape::Elementwise { .. } | Shape::Elementwise2d { .. } => "elementwise arithmetic",
        Shape::RowSums { .. } => "row sums",
        Shape::ColumnSums { .. } => "column sums",
        Shape::Dot { .. } => "a dot product",
    }
}

fn short(s: &str) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 80 {
        format!("{}...", one_line.chars().take(77).collect::<String>())
    } else {
        one_line
    }
}

fn finding(ctx: &FileContext<'_>, c: Candidate<'_>) -> Finding {
    let src = ctx.src();
    let (scope, _) = scope::enclosing_scope(c.report);
    let mut reasons: Vec<Reason> = Vec::new();
    // The shape's own limits.
    match c.shape {
        Shape::Outer { op: "/", .. } => reasons.push(Reason::Division),
        Shape::Outer { .. } => {}
        Shape::Elementwise { .. } | Shape::Elementwise2d { .. } => {
            reasons.push(Reason::LengthsMayDiffer)
        }
        Shape::RowSums { .. } | Shape::ColumnSums { .. } => reasons.push(Reason::RowSumsOrder),
        Shape::Dot { .. } => reasons.push(Reason::DotOrder),
    }
    if !ctx.settings.dependencies.contains("numpy") {
        reasons.push(Reason::NoNumpyDependency);
    }
    let ops = operands(c.shape);
    // `exec("a[0] = 1e308")` and frame access change a local without naming it.
    if !scope.is_module() {
        let mut frame_calls = BTreeSet::new();
        py::walk(scope.node, true, &mut |n| {
            if n.kind() != "call" {
                return;
            }
            let Some(f) = field(n, "function").map(|f| text(src, f)) else {
                return;
            };
            let name = f.rsplit('.').next().unwrap_or(f);
            let frame =
                crate::outline::FRAME_SENSITIVE.contains(&f) && !matches!(f, "dir" | "super");
            if frame || matches!(name, "_getframe" | "currentframe") {
                frame_calls.insert(f.to_owned());
            }
        });
        for f in frame_calls {
            reasons.push(Reason::FrameChangesArray { call: f });
        }
    }
    // A loop variable, row temporary or result named like an operand rebinds it: the loop then
    // reads the new value where the rewrite would read the array.
    let rebound = names_bound_in(ctx, scope, c.start, c.end);
    for op in &ops {
        let name = text(src, *op);
        if rebound.contains(name) {
            reasons.push(Reason::OperandRebound {
                name: name.to_owned(),
            });
        }
    }
    let arrays = ops.iter().all(|o| looks_like_array(ctx, scope, *o));
    if let Shape::Outer { op, a, b } = c.shape {
        match (array_fact(ctx, scope, &c, a), array_fact(ctx, scope, &c, b)) {
            (Ok(fa), Ok(fb)) => {
                if may_overflow(op, fa, fb) {
                    reasons.push(Reason::MayOverflow {
                        a: text(src, a).to_owned(),
                        b: text(src, b).to_owned(),
                    });
                }
            }
            (fa, fb) => {
                reasons.extend(fa.err());
                if !same(src, a, b) {
                    reasons.extend(fb.err());
                }
                if !arrays {
                    reasons.push(Reason::PythonLists);
                }
            }
        }
    }
    // Loop forms: their variables must not be read afterwards.
    if let Some(for_node) = c.for_node {
        let live = loops::live_after(src, scope, for_node, &c.bound);
        if !live.is_empty() {
            reasons.push(Reason::NumpyLiveAfter {
                names: live.iter().map(|n| n.to_string()).collect(),
            });
        }
    }
    // Spelling.
    let spelled = fix::spell_module(ctx.module, ctx.parsed, &NUMPY);
    let np = match &spelled {
        Ok((alias, _)) => alias.clone(),
        Err(_) => "np".to_owned(),
    };
    let locals = scope::bound_names(src, scope, None);
    if !scope.is_module() && locals.contains(&np) {
        reasons.push(Reason::NumpyLocal { name: np.clone() });
    }
    for builtin in ["list", "range", "len", "zip", "sum"] {
        let used_here =
            builtin == "list" || scope::all_identifiers(src, c.report).contains(builtin);
        let is_builtin = !locals.contains(builtin)
            && matches!(ctx.module.resolve(builtin), Resolved::Qualified(q) if q == format!("builtins.{builtin}"));
        if used_here && !is_builtin {
            reasons.push(Reason::NotBuiltin {
                name: builtin.to_owned(),
            });
        }
    }
    let used: BTreeSet<&str> = ops
        .iter()
        .map(|o| text(src, *o))
        .chain([np.as_str(), "list"])
        .collect();
    let row = ["row", "row_", "r"]
        .into_iter()
        .find(|r| !used.contains(r))
        .unwrap_or("row__");
    let expr = proposal(src, &np, c.shape, arrays, row);
    let code = match &c.assign_to {
        Some(name) => format!("{name} = {expr}"),
        None => expr.clone(),
    };
    if let Err(e) = &spelled {
        reasons.push(Reason::CannotRewrite(e.clone()));
    }
    crate::reason::dedup(&mut reasons);

    let (line, column) = ctx.parsed.lines.line_col(src, c.report.start_byte());
    let (end_line, end_column) = ctx.parsed.lines.line_col(src, c.report.end_byte());
    let function = scope.function_name(src);
    let mut finding = Finding {
        rule: "PAR301",
        name: Par301::INFO.name,
        path: ctx.path.to_owned(),
        line,
        column,
        end_line,
        end_column,
        workload: Workload::Data,
        strategy: Strategy::Numpy,
        safety: Safety::Review,
        reasons: vec![],
        message: format!(
            "{} computed element by element in Python; proposed: `{}`",
            describe(c.shape),
            short(&code)
        ),
        fix: None,
        cost: None,
        function,
        rationale: String::new(),
        checklist: vec![],
        start_byte: c.report.start_byte(),
        end_byte: c.report.end_byte(),
    };
    if reasons.is_empty() {
        if let (Shape::Outer { op, a, b }, Ok((_, add))) = (c.shape, spelled) {
            match build_fix(ctx, &c, &code, add) {
                Ok(fix) => {
                    finding.fix = Some(fix);
                    finding.safety = Safety::Safe;
                    finding.rationale = format!(
                        "Each element is one `{op}` of an element of `{a}` and one of `{b}`, computed in the interpreter. `{a}` and `{b}` are one-dimensional NumPy arrays created in this function, so NumPy's compiled loop computes exactly the same numbers, and `list(...)` of each row gives back the same NumPy scalars the loop produced.",
                        a = text(src, a),
                        b = text(src, b)
                    );
                    finding.checklist = vec![
                        CheckItem { item: "Operands are arrays", evidence: format!("`{}` and `{}` are created by NumPy in `{}` and not used in between", text(src, a), text(src, b), finding.function.clone().unwrap_or_default()) },
                        CheckItem { item: "Same numbers", evidence: format!("each element is one `{op}` of two float64/int64 values, which NumPy computes with the same rounding") },
                        CheckItem { item: "No overflow", evidence: "the arrays' values are bounded by their literals, so no element can overflow (and no warning can differ)".to_owned() },
                        CheckItem { item: "Result type kept", evidence: "a list of lists of the same NumPy scalars, in the same order".to_owned() },
                        CheckItem { item: "Dependency", evidence: "`numpy` is declared by the project".to_owned() },
                    ];
                    return finding;
                }
                Err(e) => reasons.push(Reason::CannotRewrite(e)),
            }
        } else {
            reasons.push(Reason::OnlyOuterProducts);
        }
    }
    finding.reasons = crate::reason::render(&reasons);
    finding
}

fn build_fix(
    ctx: &FileContext<'_>,
    c: &Candidate<'_>,
    code: &str,
    add_import: bool,
) -> Result<Fix, fix::FixError> {
    let mut content = String::new();
    if c.assign_to.is_some() {
        // Loop form: keep the loop's comments above the new statement.
        fix::whole_lines(ctx.parsed, c.start, c.end)?;
        let indent = fix::indent_at(ctx.parsed, c.start);
        for (_, comment) in fix::comments_in(ctx.parsed, c.start, c.end) {
            content.push_str(&comment);
            content.push('\n');
            content.push_str(&indent);
        }
        content.push_str(code);
    } else {
        content.push_str(code);
    }
    let body = Edit {
        start: c.start,
        end: c.end,
        content,
    };
    let mut edits = Vec::new();
    let mut imports = Vec::new();
    if add_import {
        edits.extend(fix::import_edits(
            ctx.parsed,
            &[NUMPY].into_iter().collect(),
        ));
        imports.push(NUMPY);
    }
    edits.push(body.clone());
    edits.sort_by_key(|e| (e.start, e.end));
    Ok(Fix {
        applicability: "safe",
        edits,
        body_edits: vec![body],
        imports,
        helpers: vec![],
    })
}
