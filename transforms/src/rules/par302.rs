//! PAR302: pandas rows visited one by one (`iterrows`, `itertuples`, `apply(axis=1)`) to
//! compute a column that column arithmetic computes at once.

use crate::ast::Node;

use super::declare_rule;
use crate::context::FileContext;
use crate::finding::{Finding, Safety, Strategy, Workload};
use crate::loops;
use crate::py::{self, field, kids, text, unparen};
use crate::reason::Reason;
use crate::rewrite;
use crate::scope;

declare_rule! {
    /// ## What it does
    /// Finds pandas code that visits a DataFrame row by row to compute one value per row from
    /// the row's columns with arithmetic: `for idx, row in df.iterrows(): df.at[idx, "total"]
    /// = row["price"] * row["qty"]`, loops over `df.itertuples()` that `append` such a value,
    /// the same as list comprehensions, and `df.apply(lambda r: r["price"] * r["qty"],
    /// axis=1)`. It proposes the column arithmetic that computes the whole column at once:
    /// `df["total"] = df["price"] * df["qty"]`.
    ///
    /// ## Why
    /// `iterrows` builds a Series object for every row and `apply(axis=1)` calls Python once
    /// per row; column arithmetic runs in compiled code over whole columns, typically a
    /// hundred times faster or more on large frames.
    ///
    /// ## Example
    /// ```python
    /// def add_totals(df):
    ///     for idx, row in df.iterrows():
    ///         df.at[idx, "total"] = row["price"] * row["qty"] + row["shipping"]
    ///     return df
    /// ```
    /// is reported with the proposal
    /// ```python
    ///     df["total"] = df["price"] * df["qty"] + df["shipping"]
    /// ```
    ///
    /// ## When it is not applied
    /// Never applied automatically: this rule only reports, with the proposed code in the
    /// message. Whether the column arithmetic gives the same values and types depends on the
    /// frame's columns at run time, which the code does not show: `iterrows` hands each row
    /// over as one Series of a common dtype (in a frame mixing integer and float columns every
    /// value arrives as a float), object columns (strings, `None`, mixed types) fail or give
    /// `NaN` differently per row than per column, a column written cell by cell with `df.at`
    /// starts as float64 filled with `NaN`, and `apply(axis=1)` on an empty frame returns a
    /// DataFrame instead of a Series. Only row expressions made of the row's columns, numbers,
    /// other names and arithmetic (`+ - * / // % **`) are reported.
    pub struct Par302 {
        code: "PAR302",
        name: "row-loop-to-column-arithmetic",
        summary: "pandas rows visited one by one to compute a column"
    }
}

/// How rows are visited.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    /// `for idx, row in df.iterrows()`: columns read as `row["name"]`.
    Iterrows,
    /// `for row in df.itertuples()`: columns read as `row.name`.
    Itertuples,
    /// `df.apply(lambda row: ..., axis=1)`: columns read as `row["name"]`.
    Apply,
}

impl Visit {
    fn describe(self) -> &'static str {
        match self {
            Visit::Iterrows => "`iterrows` loop",
            Visit::Itertuples => "`itertuples` loop",
            Visit::Apply => "`apply(axis=1)`",
        }
    }
}

/// The frame visited and how, from `df.iterrows()` / `df.itertuples()` with the loop target.
fn rows_of<'t>(
    src: &str,
    target: Node<'t>,
    iter: Node<'t>,
) -> Option<(Node<'t>, Visit, Node<'t>, Option<Node<'t>>)> {
    let iter = unparen(iter);
    if iter.kind() != "call" {
        return None;
    }
    let func = field(iter, "function").filter(|f| f.kind() == "attribute")?;
    let frame = field(func, "object").filter(|o| py::is_name_chain(*o))?;
    let method = text(src, field(func, "attribute")?);
    let args = kids(field(iter, "arguments")?);
    match (method, target.kind()) {
        ("iterrows", "pattern_list" | "tuple_pattern") if args.is_empty() => {
            let [idx, row]: [Node<'_>; 2] = kids(target).as_slice().try_into().ok()?;
            (idx.kind() == "identifier" && row.kind() == "identifier").then_some((
                frame,
                Visit::Iterrows,
                row,
                Some(idx),
            ))
        }
        ("itertuples", "identifier") => {
            // Only `index=` may be given: `name=None` gives plain tuples without field names.
            let ok = args.iter().all(|a| {
                a.kind() == "keyword_argument"
                    && field(*a, "name").is_some_and(|n| text(src, n) == "index")
            });
            ok.then_some((frame, Visit::Itertuples, target, None))
        }
        _ => None,
    }
}

/// The row expression rewritten for whole columns (`row["a"] * 2` -> `df["a"] * 2`), when it
/// is made only of the row's columns, numbers, other names and arithmetic.
fn column_expression(
    src: &str,
    expr: Node<'_>,
    row: &str,
    index: Option<&str>,
    visit: Visit,
    frame: &str,
) -> Option<String> {
    let mut columns = Columns {
        src,
        row,
        index,
        visit,
        frame,
        edits: Vec::new(),
    };
    if !columns.convert(expr) || columns.edits.is_empty() {
        return None;
    }
    let base = expr.start_byte();
    let mut out = text(src, expr).to_owned();
    columns.edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    for (s, e, with) in columns.edits {
        out.replace_range(s - base..e - base, &with);
    }
    Some(out)
}

/// What [`column_expression`] collects: each column read and the column expression for it.
struct Columns<'a> {
    src: &'a str,
    row: &'a str,
    index: Option<&'a str>,
    visit: Visit,
    frame: &'a str,
    edits: Vec<(usize, usize, String)>,
}

impl Columns<'_> {
    /// Whether `node` is made only of column reads, numbers, names and arithmetic; records the
    /// column reads.
    fn convert(&mut self, node: Node<'_>) -> bool {
        let src = self.src;
        match node.kind() {
            "integer" | "float" => true,
            "parenthesized_expression" => kids(node).into_iter().all(|k| self.convert(k)),
            "unary_operator" => {
                matches!(
                    field(node, "operator").map(|o| text(src, o)),
                    Some("-" | "+")
                ) && field(node, "argument").is_some_and(|a| self.convert(a))
            }
            "binary_operator" => {
                matches!(
                    field(node, "operator").map(|o| text(src, o)),
                    Some("+" | "-" | "*" | "/" | "//" | "%" | "**")
                ) && field(node, "left").is_some_and(|l| self.convert(l))
                    && field(node, "right").is_some_and(|r| self.convert(r))
            }
            "identifier" => {
                // A name other than the row or its index: a value the same for every row.
                let t = text(src, node);
                t != self.row && Some(t) != self.index
            }
            "subscript" if self.visit != Visit::Itertuples => {
                let Some((value, keys)) = py::subscript_parts(node) else {
                    return false;
                };
                let [key] = keys.as_slice() else { return false };
                let k = text(src, *key);
                if value.kind() != "identifier"
                    || text(src, value) != self.row
                    || py::string_value(src, *key).is_none()
                    || k.starts_with(['f', 'F', 'b', 'B'])
                {
                    return false;
                }
                self.read(node, k.to_owned());
                true
            }
            "attribute" if self.visit == Visit::Itertuples => {
                let (Some(obj), Some(attr)) = (field(node, "object"), field(node, "attribute"))
                else {
                    return false;
                };
                let name = text(src, attr);
                // `Index` is the row's label, `_1`-style fields are renamed columns.
                if obj.kind() != "identifier"
                    || text(src, obj) != self.row
                    || name == "Index"
                    || name.starts_with('_')
                {
                    return false;
                }
                self.read(node, format!("\"{name}\""));
                true
            }
            _ => false,
        }
    }

    /// `node` reads column `key` (a string literal's source text).
    fn read(&mut self, node: Node<'_>, key: String) {
        let with = format!("{}[{key}]", self.frame);
        self.edits.push((node.start_byte(), node.end_byte(), with));
    }
}

fn reasons(ctx: &FileContext<'_>, frame: &str, visit: Visit, cell_writes: bool) -> Vec<Reason> {
    let mut out = vec![Reason::NotNumericFrame {
        frame: frame.to_owned(),
    }];
    match visit {
        Visit::Iterrows => out.push(Reason::Iterrows),
        Visit::Apply => out.push(Reason::ApplyAxis),
        Visit::Itertuples => out.push(Reason::Itertuples),
    }
    if cell_writes {
        out.push(Reason::CellWrites);
    }
    if !ctx.settings.dependencies.contains("pandas") {
        out.push(Reason::NoPandasDependency);
    }
    out
}

fn finding(
    ctx: &FileContext<'_>,
    report: Node<'_>,
    visit: Visit,
    proposed: String,
    reasons: Vec<Reason>,
) -> Finding {
    let src = ctx.src();
    let (line, column) = ctx.parsed.lines.line_col(src, report.start_byte());
    let (end_line, end_column) = ctx.parsed.lines.line_col(src, report.end_byte());
    let (scope, _) = scope::enclosing_scope(report);
    Finding {
        rule: "PAR302",
        name: Par302::INFO.name,
        path: ctx.path.to_owned(),
        line,
        column,
        end_line,
        end_column,
        workload: Workload::Data,
        strategy: Strategy::Vectorize,
        safety: Safety::Review,
        reasons: crate::reason::render(&reasons),
        message: format!(
            "{} computes a column row by row; proposed: `{proposed}`",
            visit.describe()
        ),
        fix: None,
        cost: None,
        function: scope.function_name(src),
        rationale: String::new(),
        checklist: vec![],
        start_byte: report.start_byte(),
        end_byte: report.end_byte(),
    }
}

/// `for idx, row in df.iterrows(): df.at[idx, "c"] = <expr>` and `out.append(<expr>)` loops.
pub fn check_for(ctx: &FileContext<'_>, node: Node<'_>) -> Option<Finding> {
    let src = ctx.src();
    if py::is_async(node) || field(node, "alternative").is_some() {
        return None;
    }
    let (frame, visit, row, idx) = rows_of(src, field(node, "left")?, field(node, "right")?)?;
    let frame_t = text(src, frame);
    let row_t = text(src, row);
    let idx_t = idx.map(|i| text(src, i));
    let stmts: Vec<Node<'_>> = py::statements(field(node, "body")?)
        .into_iter()
        .filter(|s| s.kind() != "comment")
        .collect();
    let [stmt] = stmts.as_slice() else {
        return None;
    };
    if let Some(loops::Accumulation::Append { acc, value }) = loops::accumulation(src, *stmt) {
        let out = text(src, acc);
        let prev = rewrite::previous_statement(node)?;
        if acc.kind() != "identifier" || !rewrite::is_empty_init(src, prev, out, "list") {
            return None;
        }
        let expr = column_expression(src, value, row_t, idx_t, visit, frame_t)?;
        let proposed = format!("{out} = ({expr}).tolist()");
        return Some(finding(
            ctx,
            node,
            visit,
            proposed,
            reasons(ctx, frame_t, visit, false),
        ));
    }
    // df.at[idx, "col"] = <expr> / df.loc[idx, "col"] = <expr>
    let assign = py::expression_of_statement(*stmt).filter(|e| e.kind() == "assignment")?;
    let (left, right) = (field(assign, "left")?, field(assign, "right")?);
    if visit != Visit::Iterrows {
        return None;
    }
    let (accessor, keys) = py::subscript_parts(left)?;
    if accessor.kind() != "attribute" {
        return None;
    }
    let target_frame = field(accessor, "object")?;
    let how = text(src, field(accessor, "attribute")?);
    let [i, col] = keys.as_slice() else {
        return None;
    };
    if !matches!(how, "at" | "loc")
        || text(src, target_frame) != frame_t
        || Some(text(src, *i)) != idx_t
        || py::string_value(src, *col).is_none()
    {
        return None;
    }
    let expr = column_expression(src, right, row_t, idx_t, visit, frame_t)?;
    let proposed = format!("{frame_t}[{}] = {expr}", text(src, *col));
    Some(finding(
        ctx,
        node,
        visit,
        proposed,
        reasons(ctx, frame_t, visit, true),
    ))
}

/// `[<expr> for idx, row in df.iterrows()]` and statements holding
/// `df.apply(lambda row: <expr>, axis=1)`.
pub fn check_statement(ctx: &FileContext<'_>, stmt: Node<'_>) -> Option<Finding> {
    let src = ctx.src();
    let value = py::statement_value(stmt).or_else(|| py::expression_of_statement(stmt))?;
    let value = unparen(value);
    if value.kind() == "list_comprehension" {
        let (body, clause) = py::only_clause(value)?;
        let (frame, visit, row, idx) =
            rows_of(src, field(clause, "left")?, field(clause, "right")?)?;
        let frame_t = text(src, frame);
        let expr = column_expression(
            src,
            body,
            text(src, row),
            idx.map(|i| text(src, i)),
            visit,
            frame_t,
        )?;
        // Assigned to a column of the same frame: the Series itself fits.
        let into_column = py::expression_of_statement(stmt)
            .and_then(|e| field(e, "left"))
            .and_then(|l| {
                (l.kind() == "subscript")
                    .then(|| field(l, "value"))
                    .flatten()
            })
            .is_some_and(|v| text(src, v) == frame_t);
        let with = if into_column {
            expr
        } else {
            format!("({expr}).tolist()")
        };
        let proposed = replace_in_statement(src, stmt, value, &with);
        return Some(finding(
            ctx,
            stmt,
            visit,
            proposed,
            reasons(ctx, frame_t, visit, false),
        ));
    }
    // df.apply(lambda row: <expr>, axis=1)
    let call = value;
    if call.kind() != "call" {
        return None;
    }
    let func = field(call, "function").filter(|f| f.kind() == "attribute")?;
    let frame = field(func, "object").filter(|o| py::is_name_chain(*o))?;
    if text(src, field(func, "attribute")?) != "apply" {
        return None;
    }
    let args = kids(field(call, "arguments")?);
    let [lambda, axis] = args.as_slice() else {
        return None;
    };
    let axis_ok = axis.kind() == "keyword_argument"
        && field(*axis, "name").is_some_and(|n| text(src, n) == "axis")
        && field(*axis, "value")
            .is_some_and(|v| matches!(text(src, v), "1" | "'columns'" | "\"columns\""));
    if lambda.kind() != "lambda" || !axis_ok {
        return None;
    }
    let params = kids(field(*lambda, "parameters")?);
    let [param] = params.as_slice() else {
        return None;
    };
    if param.kind() != "identifier" {
        return None;
    }
    let frame_t = text(src, frame);
    let expr = column_expression(
        src,
        field(*lambda, "body")?,
        text(src, *param),
        None,
        Visit::Apply,
        frame_t,
    )?;
    let proposed = replace_in_statement(src, stmt, call, &expr);
    Some(finding(
        ctx,
        stmt,
        Visit::Apply,
        proposed,
        reasons(ctx, frame_t, Visit::Apply, false),
    ))
}

/// The statement's text with `part` replaced by `with`.
fn replace_in_statement(src: &str, stmt: Node<'_>, part: Node<'_>, with: &str) -> String {
    let s = &src[stmt.start_byte()..part.start_byte()];
    let e = &src[part.end_byte()..stmt.end_byte()];
    format!("{s}{with}{e}")
}
