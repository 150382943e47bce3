//! Small helpers over tree-sitter-python nodes, shared by the analysis and the rules.

use crate::ast::Node;

/// A node's children, on the stack for the usual few.
pub type Kids<'t> = smallvec::SmallVec<[Node<'t>; 6]>;

/// Named children of a node, skipping comments.
pub fn kids<'t>(node: Node<'t>) -> Kids<'t> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|n| n.kind() != "comment")
        .collect()
}

/// All children (named and anonymous), skipping comments.
pub fn all_kids<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.children(&mut cursor)
        .filter(|n| n.kind() != "comment")
        .collect()
}

#[inline(always)]
pub fn field<'t>(node: Node<'t>, name: &str) -> Option<Node<'t>> {
    node.child_by_field_name(name)
}

pub fn text<'s>(src: &'s str, node: Node<'_>) -> &'s str {
    src.get(node.byte_range()).unwrap_or("")
}

/// Whether a `for`, `with` or `def` node carries the `async` keyword.
pub fn is_async(node: Node<'_>) -> bool {
    let mut cursor = node.walk();
    let found = node
        .children(&mut cursor)
        .take_while(|c| !c.is_named() || c.kind() == "comment")
        .any(|c| c.kind() == "async");
    found
}

/// Statements of a `block` or `module`.
pub fn statements<'t>(block: Node<'t>) -> Kids<'t> {
    kids(block)
}

/// A subscript's object and its index expressions (`m[i, j]` gives `m` and `[i, j]`).
pub fn subscript_parts(node: Node<'_>) -> Option<(Node<'_>, Vec<Node<'_>>)> {
    if node.kind() != "subscript" {
        return None;
    }
    let value = field(node, "value")?;
    let indices = kids(node)
        .into_iter()
        .filter(|k| k.id() != value.id())
        .collect();
    Some((value, indices))
}

/// The element and the only clause of a comprehension with exactly one `for` and no `if`.
pub fn only_clause(comp: Node<'_>) -> Option<(Node<'_>, Node<'_>)> {
    let body = field(comp, "body")?;
    let clauses: Vec<Node<'_>> = kids(comp)
        .into_iter()
        .filter(|k| k.id() != body.id())
        .collect();
    match clauses.as_slice() {
        [clause] if clause.kind() == "for_in_clause" && !is_async(*clause) => Some((body, *clause)),
        _ => None,
    }
}

/// A name or an attribute chain of names (`xs`, `self.frame.rows`).
pub fn is_name_chain(node: Node<'_>) -> bool {
    match node.kind() {
        "identifier" => true,
        "attribute" => field(node, "object").is_some_and(is_name_chain),
        _ => false,
    }
}

/// The value a statement assigns (`x = <value>`) or returns (`return <value>`).
pub fn statement_value(stmt: Node<'_>) -> Option<Node<'_>> {
    if stmt.kind() == "return_statement" {
        return kids(stmt).into_iter().next();
    }
    let e = expression_of_statement(stmt)?;
    (e.kind() == "assignment")
        .then(|| field(e, "right"))
        .flatten()
}

/// Strip redundant parentheses.
pub fn unparen(mut node: Node<'_>) -> Node<'_> {
    while node.kind() == "parenthesized_expression" {
        match kids(node).as_slice() {
            [inner] => node = *inner,
            _ => break,
        }
    }
    node
}

/// The single expression of an `expression_statement`, if it holds exactly one.
pub fn expression_of_statement(stmt: Node<'_>) -> Option<Node<'_>> {
    if stmt.kind() != "expression_statement" {
        return None;
    }
    match kids(stmt).as_slice() {
        [e] => Some(*e),
        _ => None,
    }
}

/// A dotted name for `a`, `a.b.c` (identifiers and attributes only).
pub fn dotted(src: &str, node: Node<'_>) -> Option<String> {
    match node.kind() {
        "identifier" => Some(text(src, node).to_owned()),
        "attribute" => {
            // Written without spaces, comments or line breaks (nearly always), the source text
            // is the dotted name itself.
            let whole = text(src, node);
            if dotted_head(node).is_some()
                && whole
                    .bytes()
                    .all(|b| b == b'.' || b == b'_' || b.is_ascii_alphanumeric())
            {
                return Some(whole.to_owned());
            }
            let obj = dotted(src, field(node, "object")?)?;
            let attr = text(src, field(node, "attribute")?);
            let mut out = String::with_capacity(obj.len() + 1 + attr.len());
            out.push_str(&obj);
            out.push('.');
            out.push_str(attr);
            Some(out)
        }
        _ => None,
    }
}

/// The identifier a dotted name starts with (`np` of `np.linalg.norm`), without building the
/// name; `None` when the node is not a dotted name.
pub fn dotted_head(node: Node<'_>) -> Option<Node<'_>> {
    let mut n = node;
    loop {
        match n.kind() {
            "identifier" => return Some(n),
            "attribute" => {
                field(n, "attribute").filter(|a| a.kind() == "identifier")?;
                n = field(n, "object")?;
            }
            _ => return None,
        }
    }
}

/// The text of a plain string literal (`"pkg.mod.NAME"`), without quotes; `None` for f-strings
/// and implicit concatenations.
pub fn string_value<'s>(src: &'s str, node: Node<'_>) -> Option<&'s str> {
    if node.kind() != "string" {
        return None;
    }
    let parts = kids(node);
    if parts.iter().any(|k| k.kind() == "interpolation") {
        return None;
    }
    match parts
        .iter()
        .filter(|k| k.kind() == "string_content")
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => Some(""),
        [content] => Some(text(src, **content)),
        _ => None,
    }
}

/// Names bound by an assignment target (`a`, `a, b`, `[a, *b]`); attribute and subscript targets
/// are not names and are returned separately by [`target_bases`].
pub fn target_names<'t>(src: &str, target: Node<'t>, out: &mut Vec<(String, Node<'t>)>) {
    match target.kind() {
        "identifier" => out.push((text(src, target).to_owned(), target)),
        "pattern_list"
        | "tuple_pattern"
        | "list_pattern"
        | "expression_list"
        | "tuple"
        | "list"
        | "list_splat_pattern"
        | "parenthesized_expression"
        | "list_splat" => {
            for k in kids(target) {
                target_names(src, k, out);
            }
        }
        _ => {}
    }
}

/// Attribute/subscript targets inside an assignment target (their base objects are mutated).
pub fn target_bases<'t>(target: Node<'t>, out: &mut Vec<Node<'t>>) {
    match target.kind() {
        "attribute" | "subscript" => out.push(target),
        "pattern_list"
        | "tuple_pattern"
        | "list_pattern"
        | "expression_list"
        | "tuple"
        | "list"
        | "list_splat_pattern"
        | "parenthesized_expression"
        | "list_splat" => {
            for k in kids(target) {
                target_bases(k, out);
            }
        }
        _ => {}
    }
}

/// Attribute/subscript targets of a `del` statement (`del a.b, c[k]`).
pub fn delete_targets<'t>(stmt: Node<'t>) -> Vec<Node<'t>> {
    let mut targets = Vec::new();
    for k in kids(stmt) {
        target_bases(k, &mut targets);
        if k.kind() == "expression_list" {
            for kk in kids(k) {
                target_bases(kk, &mut targets);
            }
        }
    }
    targets
}

/// The base identifier of `a.b[c].d` (here `a`), if the chain starts with a name.
pub fn base_name<'t>(mut node: Node<'t>) -> Option<Node<'t>> {
    loop {
        match node.kind() {
            "identifier" => return Some(node),
            "attribute" => node = field(node, "object")?,
            "subscript" => node = field(node, "value")?,
            "parenthesized_expression" => node = unparen(node),
            "call" => node = field(node, "function")?,
            _ => return None,
        }
        if node.kind() == "parenthesized_expression" && kids(node).len() != 1 {
            return None;
        }
    }
}

/// Nodes that open a new scope: their bodies are analysed separately.
pub fn is_scope(kind: &str) -> bool {
    crate::ast::is_scope_kind(kind)
}

/// Parameter names of a `parameters` / `lambda_parameters` node, in order.
/// `*args` and `**kwargs` are included with their names.
pub fn parameter_names(src: &str, params: Node<'_>) -> Vec<String> {
    let mut names = Vec::new();
    for p in kids(params) {
        let name = match p.kind() {
            "identifier" => Some(p),
            "default_parameter" | "typed_default_parameter" => field(p, "name"),
            "typed_parameter" => kids(p).into_iter().find(|k| {
                matches!(
                    k.kind(),
                    "identifier" | "list_splat_pattern" | "dictionary_splat_pattern"
                )
            }),
            "list_splat_pattern" | "dictionary_splat_pattern" => Some(p),
            _ => None,
        };
        if let Some(mut n) = name {
            if matches!(n.kind(), "list_splat_pattern" | "dictionary_splat_pattern") {
                match kids(n).first() {
                    Some(inner) => n = *inner,
                    None => continue,
                }
            }
            if n.kind() == "identifier" {
                names.push(text(src, n).to_owned());
            }
        }
    }
    names
}

/// Whether a parameter list has `*args`, `**kwargs`, keyword-only or positional-only markers.
pub fn has_star_params(params: Node<'_>) -> bool {
    kids(params).iter().any(|p| {
        matches!(
            p.kind(),
            "list_splat_pattern"
                | "dictionary_splat_pattern"
                | "keyword_separator"
                | "positional_separator"
        ) || (p.kind() == "typed_parameter"
            && kids(*p)
                .iter()
                .any(|k| matches!(k.kind(), "list_splat_pattern" | "dictionary_splat_pattern")))
    })
}

/// `if __name__ == "__main__":` (either operand order, either quote style).
pub fn is_main_guard(src: &str, stmt: Node<'_>) -> bool {
    if stmt.kind() != "if_statement" {
        return false;
    }
    let Some(cond) = field(stmt, "condition") else {
        return false;
    };
    let cond = unparen(cond);
    if cond.kind() != "comparison_operator" {
        return false;
    }
    let parts = kids(cond);
    let ops: Vec<&str> = all_kids(cond)
        .iter()
        .filter(|c| !c.is_named())
        .map(|c| c.kind())
        .collect();
    if parts.len() != 2 || ops != ["=="] {
        return false;
    }
    let is_name = |n: Node<'_>| n.kind() == "identifier" && text(src, n) == "__name__";
    let is_main = |n: Node<'_>| {
        n.kind() == "string" && {
            let t = text(src, n);
            t == "\"__main__\"" || t == "'__main__'"
        }
    };
    (is_name(parts[0]) && is_main(parts[1])) || (is_main(parts[0]) && is_name(parts[1]))
}

/// Pre-order visit of every node below `node` (not `node` itself), named and anonymous. With
/// `enter_scopes` false, the bodies of nested functions, lambdas, classes and comprehensions
/// are not entered (the scope nodes themselves are still visited). The walk is a scan of the
/// node's stretch of the tree's arena (see [`Node::visit_descendants`]).
pub fn walk<'t>(node: Node<'t>, enter_scopes: bool, f: &mut dyn FnMut(Node<'t>)) {
    node.visit_descendants(&mut |n| {
        f(n);
        enter_scopes || !n.is_scope()
    });
}

/// Identifiers read (loaded) anywhere below `node`, including nested scopes.
/// Keyword-argument names and attribute names are not reads.
pub fn identifier_loads<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    if node.kind() == "identifier" {
        if !is_non_load_identifier(node) {
            out.push(node);
        }
        return;
    }
    walk(node, true, &mut |n| {
        if n.is_named() && n.kind() == "identifier" && !is_non_load_identifier(n) {
            out.push(n);
        }
    });
}

/// Identifiers that are not variable references: attribute names, keyword names, parameter names,
/// def/class names, import names.
fn is_non_load_identifier(node: Node<'_>) -> bool {
    let Some(parent) = node.parent() else {
        return false;
    };
    match parent.kind() {
        "attribute" => field(parent, "attribute").map(|a| a.id()) == Some(node.id()),
        "keyword_argument" => field(parent, "name").map(|a| a.id()) == Some(node.id()),
        "function_definition" | "class_definition" => {
            field(parent, "name").map(|a| a.id()) == Some(node.id())
        }
        "parameters"
        | "lambda_parameters"
        | "default_parameter"
        | "typed_parameter"
        | "typed_default_parameter"
        | "list_splat_pattern"
        | "dictionary_splat_pattern" => match parent.kind() {
            "default_parameter" | "typed_default_parameter" => {
                field(parent, "name").map(|a| a.id()) == Some(node.id())
            }
            "list_splat_pattern" | "dictionary_splat_pattern" => parent
                .parent()
                .map(|g| {
                    matches!(
                        g.kind(),
                        "parameters" | "lambda_parameters" | "typed_parameter"
                    )
                })
                .unwrap_or(false),
            _ => true,
        },
        "dotted_name" | "aliased_import" | "global_statement" | "nonlocal_statement" => true,
        _ => false,
    }
}

/// `name = ` or `name: T = `, the start of an assignment to `name` (annotated with `ty`) as a
/// rewrite spells it.
pub fn assignment_prefix(src: &str, name: Node<'_>, ty: Option<Node<'_>>) -> String {
    match ty {
        Some(t) => format!("{}: {} = ", text(src, name), text(src, t)),
        None => format!("{} = ", text(src, name)),
    }
}
