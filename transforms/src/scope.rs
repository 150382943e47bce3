//! Scope queries the loop rules ask: which names a scope binds, where a name is read, whether
//! a node sits inside `try`/`with`, and fresh names for rewrites.

use std::collections::BTreeSet;

use crate::ast::Node;

use crate::py::{self, field, kids, text};

/// The code unit a loop lives in: a function body or the module's top level.
#[derive(Clone, Copy)]
pub struct Scope<'t> {
    /// `function_definition` or `module`.
    pub node: Node<'t>,
}

impl<'t> Scope<'t> {
    pub fn is_module(&self) -> bool {
        self.node.kind() == "module"
    }

    pub fn body(&self) -> Node<'t> {
        if self.is_module() {
            self.node
        } else {
            field(self.node, "body").unwrap_or(self.node)
        }
    }

    pub fn function_name(&self, src: &str) -> Option<String> {
        if self.is_module() {
            None
        } else {
            field(self.node, "name").map(|n| text(src, n).to_owned())
        }
    }

    pub fn params(&self, src: &str) -> Vec<String> {
        if self.is_module() {
            return vec![];
        }
        field(self.node, "parameters")
            .map(|p| py::parameter_names(src, p))
            .unwrap_or_default()
    }

    /// The parameter list of a function scope.
    pub fn parameters(&self) -> Option<Node<'t>> {
        if self.is_module() {
            None
        } else {
            field(self.node, "parameters")
        }
    }

    /// Whether the function body yields (a generator) — its loops run lazily.
    pub fn is_generator(&self) -> bool {
        !self.is_module() && field(self.node, "body").is_some_and(crate::module::contains_yield)
    }
}

/// Innermost scope (function or module) containing `node`, and whether a class body sits
/// between them (loops directly in class bodies are not analysed).
pub fn enclosing_scope<'t>(node: Node<'t>) -> (Scope<'t>, bool) {
    let mut cur = node.parent();
    let mut in_class = false;
    while let Some(n) = cur {
        match n.kind() {
            "function_definition" => return (Scope { node: n }, in_class),
            "class_definition" => in_class = true,
            "lambda"
            | "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression" => in_class = true, // not a statement context
            "module" => return (Scope { node: n }, in_class),
            _ => {}
        }
        cur = n.parent();
    }
    (Scope { node }, true)
}

/// Names bound in a scope's own code (assignment/for/with/import/def/class targets, params),
/// not counting nested scopes.
pub fn bound_names(
    src: &str,
    scope: Scope<'_>,
    exclude: Option<(usize, usize)>,
) -> BTreeSet<String> {
    names_bound_outside(scope.params(src), &bindings(src, scope), exclude)
}

/// Parameters and the names of `bindings` bound outside `exclude`.
pub fn names_bound_outside(
    params: Vec<String>,
    bindings: &[Binding],
    exclude: Option<(usize, usize)>,
) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = params.into_iter().collect();
    out.extend(
        bindings
            .iter()
            .filter(|b| exclude.is_none_or(|(s, e)| !(b.start >= s && b.end <= e)))
            .map(|b| b.name.clone()),
    );
    out
}

/// A name bound in a scope's own code, with the byte range of the statement or expression that
/// binds it.
#[derive(Debug, Clone)]
pub struct Binding {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// Every binding in a scope's own code (assignment/for/with/import/def/class targets), not
/// counting nested scopes; parameters are not included.
pub fn bindings(src: &str, scope: Scope<'_>) -> Vec<Binding> {
    let mut out = Vec::new();
    let body = scope.body();
    py::walk(body, false, &mut |n| {
        let mut names = Vec::new();
        match n.kind() {
            "assignment" | "augmented_assignment" | "for_statement" => {
                if let Some(l) = field(n, "left") {
                    py::target_names(src, l, &mut names);
                }
            }
            "named_expression" => {
                if let Some(l) = field(n, "name") {
                    py::target_names(src, l, &mut names);
                }
            }
            "as_pattern_target" => {
                for k in kids(n) {
                    py::target_names(src, k, &mut names);
                }
            }
            "function_definition" | "class_definition" => {
                if let Some(nm) = field(n, "name") {
                    names.push((text(src, nm).to_owned(), nm));
                }
            }
            "aliased_import" => {
                if let Some(a) = field(n, "alias") {
                    names.push((text(src, a).to_owned(), a));
                }
            }
            "import_statement" => {
                for k in kids(n).into_iter().filter(|k| k.kind() == "dotted_name") {
                    let t = text(src, k);
                    names.push((t.split('.').next().unwrap_or(t).to_owned(), k));
                }
            }
            "import_from_statement" => {
                let module = field(n, "module_name").map(|m| m.id());
                for k in kids(n).into_iter().filter(|k| k.kind() == "dotted_name") {
                    if Some(k.id()) != module {
                        names.push((text(src, k).to_owned(), k));
                    }
                }
            }
            _ => {}
        }
        out.extend(names.into_iter().map(|(name, _)| Binding {
            name,
            start: n.start_byte(),
            end: n.end_byte(),
        }));
    });
    out
}

/// Whether an identifier node is written (an assignment/for/with target), not read.
pub fn is_store(ident: Node<'_>) -> bool {
    let mut child = ident;
    let mut cur = ident.parent();
    while let Some(p) = cur {
        match p.kind() {
            "pattern_list" | "tuple_pattern" | "list_pattern" | "list_splat_pattern"
            | "as_pattern_target" => {}
            "assignment" | "for_statement" | "for_in_clause" => {
                return field(p, "left").map(|l| l.id()) == Some(child.id());
            }
            "named_expression" => return field(p, "name").map(|l| l.id()) == Some(child.id()),
            "as_pattern" => return child.kind() == "as_pattern_target",
            "tuple" | "list" | "parenthesized_expression" | "expression_list" => {}
            _ => return false,
        }
        child = p;
        cur = p.parent();
    }
    false
}

/// Reads of `name` in `scope` (nested scopes included: closures read it too) outside the byte
/// range `[start, end)`. Reads inside the body of another `for` loop that rebinds the same name
/// as its target (and does not enclose the range) are not counted: they see that loop's value.
pub fn reads_outside(src: &str, scope: Scope<'_>, name: &str, range: (usize, usize)) -> Vec<usize> {
    let mut found = Vec::new();
    let body = scope.body();
    py::walk(body, true, &mut |n| {
        if n.kind() != "identifier" || text(src, n) != name {
            return;
        }
        if n.start_byte() >= range.0 && n.end_byte() <= range.1 {
            return;
        }
        // A read before the range sees its values only through a loop around both, or from a
        // function or lambda defined there and called later.
        if n.end_byte() <= range.0 && !in_loop_around(n, range) && !in_nested_scope(n, scope.node) {
            return;
        }
        let mut loads = Vec::new();
        py::identifier_loads(n, &mut loads);
        if loads.is_empty() || is_store(n) {
            return;
        }
        if rebound_by_enclosing_for(src, n, name, range)
            || bound_by_nested_scope(src, n, name, scope.node)
        {
            return;
        }
        found.push(n.start_byte());
    });
    found
}

/// Whether `n` is inside a function, lambda or class nested in `scope`.
fn in_nested_scope(n: Node<'_>, scope: Node<'_>) -> bool {
    let mut cur = n.parent();
    while let Some(p) = cur {
        if p.id() == scope.id() {
            return false;
        }
        // A generator expression runs its body when it is consumed, maybe after the loop.
        if matches!(
            p.kind(),
            "function_definition" | "lambda" | "class_definition" | "generator_expression"
        ) {
            return true;
        }
        cur = p.parent();
    }
    false
}

/// Whether a `for`/`while` loop of the same scope contains both `n` and `range`.
fn in_loop_around(n: Node<'_>, range: (usize, usize)) -> bool {
    let mut cur = n.parent();
    while let Some(p) = cur {
        match p.kind() {
            "for_statement" | "while_statement"
                if p.start_byte() <= range.0 && p.end_byte() >= range.1 =>
            {
                return true;
            }
            "function_definition" | "lambda" | "class_definition" => return false,
            _ => {}
        }
        cur = p.parent();
    }
    false
}

fn rebound_by_enclosing_for(src: &str, n: Node<'_>, name: &str, range: (usize, usize)) -> bool {
    let mut cur = n.parent();
    while let Some(p) = cur {
        if p.kind() == "for_statement" {
            let encloses_loop = p.start_byte() <= range.0 && p.end_byte() >= range.1;
            let in_body = field(p, "body").is_some_and(|b| b.start_byte() <= n.start_byte());
            if !encloses_loop && in_body {
                let mut names = Vec::new();
                if let Some(l) = field(p, "left") {
                    py::target_names(src, l, &mut names);
                }
                if names.iter().any(|(t, _)| t == name) {
                    return true;
                }
            }
        }
        if matches!(
            p.kind(),
            "function_definition" | "lambda" | "class_definition"
        ) {
            return false;
        }
        cur = p.parent();
    }
    false
}

/// Whether `node` sits inside a `try` or `with` statement (or an `except`) of its own scope:
/// partial results could then be observed after an exception.
pub fn inside_try_or_with(node: Node<'_>) -> bool {
    let mut cur = node.parent();
    while let Some(p) = cur {
        match p.kind() {
            "try_statement" | "with_statement" | "except_clause" => return true,
            "function_definition" | "module" => return false,
            _ => {}
        }
        cur = p.parent();
    }
    false
}

/// Whether `node` is inside an `if __name__ == "__main__":` block at module level.
pub fn inside_main_guard(src: &str, node: Node<'_>) -> bool {
    let mut cur = node.parent();
    while let Some(p) = cur {
        if p.kind() == "if_statement" && py::is_main_guard(src, p) {
            return true;
        }
        if p.kind() == "function_definition" {
            return false;
        }
        cur = p.parent();
    }
    false
}

/// Every identifier spelled anywhere in the file (for choosing names that cannot clash).
pub fn all_identifiers(src: &str, root: Node<'_>) -> BTreeSet<String> {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    py::walk(root, true, &mut |n| {
        if n.kind() == "identifier" {
            seen.insert(text(src, n));
        }
    });
    seen.into_iter().map(str::to_owned).collect()
}

/// First candidate not used anywhere in the file.
pub fn fresh_name(used: &BTreeSet<String>, candidates: &[&str]) -> String {
    for c in candidates {
        if !used.contains(*c) {
            return (*c).to_owned();
        }
    }
    let base = candidates.first().copied().unwrap_or("value");
    (2..)
        .map(|i| format!("{base}_{i}"))
        .find(|n| !used.contains(n))
        .unwrap_or_else(|| format!("{base}_parallelize"))
}

/// Whether a nested scope around `n` (comprehension, lambda, def) binds `name` itself, so the
/// read sees that binding rather than the enclosing scope's variable.
fn bound_by_nested_scope(src: &str, n: Node<'_>, name: &str, outer: Node<'_>) -> bool {
    let mut cur = n.parent();
    while let Some(p) = cur {
        if p.id() == outer.id() {
            return false;
        }
        match p.kind() {
            "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression" => {
                let binds = kids(p)
                    .into_iter()
                    .filter(|k| k.kind() == "for_in_clause")
                    .any(|c| {
                        let mut names = Vec::new();
                        if let Some(l) = field(c, "left") {
                            py::target_names(src, l, &mut names);
                        }
                        names.iter().any(|(t, _)| t == name)
                    });
                if binds {
                    return true;
                }
            }
            "lambda" | "function_definition" => {
                let params = field(p, "parameters")
                    .map(|ps| py::parameter_names(src, ps))
                    .unwrap_or_default();
                if params.iter().any(|x| x == name) {
                    return true;
                }
                if p.kind() == "function_definition" {
                    // a local of the nested function (assigned anywhere in it, not declared global/nonlocal)
                    let scope = Scope { node: p };
                    if bound_names(src, scope, None).contains(name) {
                        let mut declared = false;
                        py::walk(scope.body(), false, &mut |d| {
                            if matches!(d.kind(), "global_statement" | "nonlocal_statement")
                                && kids(d).iter().any(|k| text(src, *k) == name)
                            {
                                declared = true;
                            }
                        });
                        if !declared {
                            return true;
                        }
                    }
                }
                return false;
            }
            "module" => return false,
            _ => {}
        }
        cur = p.parent();
    }
    false
}

/// Whether `scope` declares `name` `global` or `nonlocal` (in its own code).
pub fn declares(src: &str, scope: Scope<'_>, name: &str) -> bool {
    declared_names(src, scope).contains(name)
}

/// The names `scope` declares `global` or `nonlocal` (in its own code).
pub fn declared_names(src: &str, scope: Scope<'_>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    py::walk(scope.body(), false, &mut |n| {
        if matches!(n.kind(), "global_statement" | "nonlocal_statement") {
            found.extend(kids(n).iter().map(|k| text(src, *k).to_owned()));
        }
    });
    found
}
