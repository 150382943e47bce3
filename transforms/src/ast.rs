//! The syntax tree the analysis walks: tree-sitter's tree copied once, by one cursor walk, into
//! an arena of compact nodes (20 bytes each, parent and sibling links as indices), after which
//! tree-sitter's own tree is dropped. Walking it is plain array indexing: every analysis pass
//! over a file costs a fraction of what moving a tree-sitter cursor costs, and a node's parent
//! is one load away.
//!
//! `Node` mirrors the part of tree-sitter's node API the engine uses (`kind`, `child_by_field_name`,
//! `named_children`, `parent`, positions...), so code reads the same either way.

use std::ops::Range;
use std::sync::OnceLock;

const NONE: u32 = u32::MAX;

/// 20 bytes a node: a file of source keeps its tree in about 3.5 times its size. Nodes are
/// stored in document order (pre-order), so a node's first child, when it has one, is the next
/// node: no link is stored for it.
#[derive(Debug, Clone, Copy)]
struct Data {
    start: u32,
    end: u32,
    parent: u32,
    next_sibling: u32,
    kind: u16,
    field: u8,
    named: bool,
}

/// A file's syntax tree.
#[derive(Debug, Clone)]
pub struct Tree {
    nodes: Vec<Data>,
    /// Byte offsets where lines start (for positions).
    line_starts: Vec<u32>,
}

/// A (0-based) row and byte column, as tree-sitter reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub row: usize,
    pub column: usize,
}

/// Node kinds and field names of the Python grammar, by id.
struct Grammar {
    kinds: Vec<String>,
    /// (name, id), sorted by name.
    fields: Vec<(String, u16)>,
    /// Kinds not copied: punctuation (`(`, `,`, `:`...), which no analysis reads (operators
    /// and keywords are kept).
    dropped: Vec<bool>,
    /// Kinds that open a scope ([`is_scope_kind`]), by id.
    scopes: Vec<bool>,
}

/// Kinds whose nodes open a scope: functions, lambdas, classes and comprehensions.
pub fn is_scope_kind(kind: &str) -> bool {
    matches!(
        kind,
        "function_definition"
            | "class_definition"
            | "lambda"
            | "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression"
    )
}

fn grammar() -> &'static Grammar {
    static GRAMMAR: OnceLock<Grammar> = OnceLock::new();
    GRAMMAR.get_or_init(|| {
        let language: tree_sitter::Language = tree_sitter_python::LANGUAGE.into();
        let kinds: Vec<String> = (0..language.node_kind_count())
            .map(|id| {
                language
                    .node_kind_for_id(id as u16)
                    .unwrap_or("")
                    .to_owned()
            })
            .collect();
        let mut fields: Vec<(String, u16)> = (1..=language.field_count())
            .filter_map(|id| {
                language
                    .field_name_for_id(id as u16)
                    .map(|name| (name.to_owned(), id as u16))
            })
            .collect();
        fields.sort();
        const PUNCTUATION: [&str; 12] =
            ["(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "->"];
        let dropped = (0..language.node_kind_count())
            .map(|id| {
                let id = id as u16;
                !language.node_kind_is_named(id)
                    && language
                        .node_kind_for_id(id)
                        .is_some_and(|k| PUNCTUATION.contains(&k))
            })
            .collect();
        let scopes = kinds.iter().map(|k| is_scope_kind(k)).collect();
        Grammar {
            kinds,
            fields,
            dropped,
            scopes,
        }
    })
}

/// The field names the engine asks for, looked up once: `field(n, "body")` is then a `match` on
/// the name and an array load, not a search.
const COMMON_FIELDS: [&str; 22] = [
    "left",
    "attribute",
    "right",
    "name",
    "function",
    "value",
    "body",
    "object",
    "subscript",
    "arguments",
    "parameters",
    "alias",
    "type",
    "operator",
    "argument",
    "key",
    "module_name",
    "definition",
    "condition",
    "alternative",
    "superclasses",
    "consequence",
];

fn common_field_ids() -> &'static [u16; 22] {
    static IDS: OnceLock<[u16; 22]> = OnceLock::new();
    IDS.get_or_init(|| COMMON_FIELDS.map(|name| search_field(name).unwrap_or(u16::MAX)))
}

fn search_field(name: &str) -> Option<u16> {
    let fields = &grammar().fields;
    fields
        .binary_search_by(|(n, _)| n.as_str().cmp(name))
        .ok()
        .map(|i| fields[i].1)
}

// Inlined into each call, the `match` on a literal name folds to its slot at compile time.
#[inline(always)]
fn field_id(name: &str) -> Option<u16> {
    let slot = match name {
        "left" => 0,
        "attribute" => 1,
        "right" => 2,
        "name" => 3,
        "function" => 4,
        "value" => 5,
        "body" => 6,
        "object" => 7,
        "subscript" => 8,
        "arguments" => 9,
        "parameters" => 10,
        "alias" => 11,
        "type" => 12,
        "operator" => 13,
        "argument" => 14,
        "key" => 15,
        "module_name" => 16,
        "definition" => 17,
        "condition" => 18,
        "alternative" => 19,
        "superclasses" => 20,
        "consequence" => 21,
        other => return search_field(other),
    };
    Some(common_field_ids()[slot]).filter(|id| *id != u16::MAX)
}

impl Tree {
    /// Copy a tree-sitter tree of `text`.
    pub fn from_tree_sitter(tree: &tree_sitter::Tree, text: &str) -> Tree {
        match Self::copy(tree, text, usize::MAX) {
            Ok(t) => t,
            // Unreachable with no depth limit.
            Err(_) => Tree {
                nodes: vec![],
                line_starts: vec![0],
            },
        }
    }

    /// Copy a tree-sitter tree of `text`, or give up with the depth reached as soon as the
    /// tree is deeper than `max_depth` (the analysis walks are bounded by it).
    pub fn copy(tree: &tree_sitter::Tree, text: &str, max_depth: usize) -> Result<Tree, usize> {
        let mut nodes: Vec<Data> = Vec::with_capacity(text.len() / 5 + 16);
        let dropped = &grammar().dropped;
        let mut cursor = tree.walk();
        // Per depth, the last child added under the node at that depth.
        let mut parents: Vec<u32> = Vec::new();
        let mut last_child: Vec<u32> = Vec::new();
        loop {
            let node = cursor.node();
            // Punctuation is a leaf: skipped, the walk goes on with its next sibling.
            let skip = cursor.field_id().is_none()
                && dropped
                    .get(node.kind_id() as usize)
                    .copied()
                    .unwrap_or(false);
            if skip {
                if cursor.goto_next_sibling() {
                    continue;
                }
                loop {
                    if !cursor.goto_parent() {
                        return Ok(Tree::finish(nodes, text));
                    }
                    parents.pop();
                    last_child.pop();
                    if cursor.goto_next_sibling() {
                        break;
                    }
                }
                continue;
            }
            let index = nodes.len() as u32;
            let parent = parents.last().copied().unwrap_or(NONE);
            let prev = last_child.last().copied().unwrap_or(NONE);
            nodes.push(Data {
                start: node.start_byte() as u32,
                end: node.end_byte() as u32,
                parent,
                next_sibling: NONE,
                kind: node.kind_id(),
                field: cursor.field_id().map_or(0, |f| f.get() as u8),
                named: node.is_named(),
            });
            if prev != NONE {
                nodes[prev as usize].next_sibling = index;
            }
            if let Some(l) = last_child.last_mut() {
                *l = index;
            }
            if cursor.goto_first_child() {
                parents.push(index);
                last_child.push(NONE);
                if parents.len() > max_depth {
                    return Err(parents.len());
                }
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return Ok(Tree::finish(nodes, text));
                }
                parents.pop();
                last_child.pop();
            }
        }
    }

    fn finish(mut nodes: Vec<Data>, text: &str) -> Tree {
        let mut line_starts = vec![0u32];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        nodes.shrink_to_fit();
        Tree { nodes, line_starts }
    }

    pub fn root_node(&self) -> Node<'_> {
        Node { tree: self, i: 0 }
    }

    /// Number of nodes (for memory accounting).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    fn point(&self, offset: u32) -> Point {
        let row = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        Point {
            row,
            column: (offset - self.line_starts[row]) as usize,
        }
    }
}

/// A node of a [`Tree`].
#[derive(Clone, Copy)]
pub struct Node<'t> {
    tree: &'t Tree,
    i: u32,
}

impl std::fmt::Debug for Node<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} [{}..{}]",
            self.kind(),
            self.start_byte(),
            self.end_byte()
        )
    }
}

impl PartialEq for Node<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.tree, other.tree) && self.i == other.i
    }
}

impl Eq for Node<'_> {}

impl<'t> Node<'t> {
    fn data(&self) -> &'t Data {
        &self.tree.nodes[self.i as usize]
    }

    /// Visit every node below this one in document order (not this node itself); when
    /// `descend(n)` is false, the nodes below `n` are skipped. The nodes below a node are the
    /// ones stored right after it, up to the end of its subtree: no links are followed.
    pub fn visit_descendants(&self, descend: &mut dyn FnMut(Node<'t>) -> bool) {
        let end = self.subtree_end();
        let mut i = self.i + 1;
        while i < end {
            let n = Node { tree: self.tree, i };
            i = if descend(n) { i + 1 } else { n.subtree_end() };
        }
    }

    /// The index just past this node's subtree: the next sibling of the node or of its nearest
    /// ancestor that has one, or the end of the tree.
    fn subtree_end(&self) -> u32 {
        let mut cur = self.i;
        loop {
            let d = &self.tree.nodes[cur as usize];
            if d.next_sibling != NONE {
                return d.next_sibling;
            }
            if d.parent == NONE {
                return self.tree.nodes.len() as u32;
            }
            cur = d.parent;
        }
    }

    /// The index of the first child (the next node in document order when its parent is this
    /// one), or `NONE`.
    fn first_child_index(&self) -> u32 {
        let next = self.i + 1;
        match self.tree.nodes.get(next as usize) {
            Some(d) if d.parent == self.i => next,
            _ => NONE,
        }
    }

    fn at(&self, i: u32) -> Option<Node<'t>> {
        (i != NONE).then_some(Node { tree: self.tree, i })
    }

    /// Whether the node opens a scope ([`is_scope_kind`] of its kind), by a table lookup.
    pub fn is_scope(&self) -> bool {
        grammar()
            .scopes
            .get(self.data().kind as usize)
            .copied()
            .unwrap_or(false)
    }

    pub fn kind(&self) -> &'static str {
        grammar()
            .kinds
            .get(self.data().kind as usize)
            .map_or("", String::as_str)
    }

    pub fn id(&self) -> usize {
        self.i as usize
    }

    pub fn is_named(&self) -> bool {
        self.data().named
    }

    pub fn start_byte(&self) -> usize {
        self.data().start as usize
    }

    pub fn end_byte(&self) -> usize {
        self.data().end as usize
    }

    pub fn byte_range(&self) -> Range<usize> {
        self.start_byte()..self.end_byte()
    }

    pub fn start_position(&self) -> Point {
        self.tree.point(self.data().start)
    }

    pub fn end_position(&self) -> Point {
        self.tree.point(self.data().end)
    }

    pub fn parent(&self) -> Option<Node<'t>> {
        self.at(self.data().parent)
    }

    pub fn next_sibling(&self) -> Option<Node<'t>> {
        self.at(self.data().next_sibling)
    }

    pub fn prev_sibling(&self) -> Option<Node<'t>> {
        let parent = self.parent()?;
        let mut prev = None;
        for c in parent.all_children() {
            if c == *self {
                return prev;
            }
            prev = Some(c);
        }
        None
    }

    pub fn prev_named_sibling(&self) -> Option<Node<'t>> {
        let mut cur = self.prev_sibling();
        while let Some(n) = cur {
            if n.is_named() {
                return Some(n);
            }
            cur = n.prev_sibling();
        }
        None
    }

    /// Every child, named and anonymous, in order.
    pub fn all_children(&self) -> Children<'t> {
        Children {
            tree: self.tree,
            next: self.first_child_index(),
        }
    }

    pub fn children(&self, _cursor: &mut Cursor<'t>) -> Children<'t> {
        self.all_children()
    }

    pub fn named_children(&self, _cursor: &mut Cursor<'t>) -> impl Iterator<Item = Node<'t>> + 't {
        self.all_children().filter(Node::is_named)
    }

    #[inline(always)]
    pub fn child_by_field_name(&self, name: &str) -> Option<Node<'t>> {
        let id = field_id(name)?;
        self.all_children()
            .find(|c| u16::from(c.data().field) == id)
    }

    pub fn children_by_field_name(
        &self,
        name: &str,
        _cursor: &mut Cursor<'t>,
    ) -> impl Iterator<Item = Node<'t>> + 't {
        let id = field_id(name).unwrap_or(u16::MAX);
        self.all_children()
            .filter(move |c| u16::from(c.data().field) == id)
    }

    pub fn walk(&self) -> Cursor<'t> {
        Cursor {
            node: *self,
            depth: 0,
        }
    }

    /// The smallest node that spans `start..end`.
    pub fn descendant_for_byte_range(&self, start: usize, end: usize) -> Option<Node<'t>> {
        if start < self.start_byte() || end > self.end_byte() {
            return None;
        }
        let mut node = *self;
        'down: loop {
            for c in node.all_children() {
                if c.start_byte() <= start && end <= c.end_byte() && c.start_byte() < c.end_byte() {
                    node = c;
                    continue 'down;
                }
            }
            return Some(node);
        }
    }
}

/// The children of a node.
pub struct Children<'t> {
    tree: &'t Tree,
    next: u32,
}

impl<'t> Iterator for Children<'t> {
    type Item = Node<'t>;

    fn next(&mut self) -> Option<Node<'t>> {
        if self.next == NONE {
            return None;
        }
        let node = Node {
            tree: self.tree,
            i: self.next,
        };
        self.next = node.data().next_sibling;
        Some(node)
    }
}

/// A cursor over the subtree of the node it was made from, with tree-sitter's movements: it
/// never leaves that subtree (its root has no parent or siblings for the cursor).
pub struct Cursor<'t> {
    node: Node<'t>,
    depth: u32,
}

impl<'t> Cursor<'t> {
    pub fn node(&self) -> Node<'t> {
        self.node
    }

    /// Depth below the node the cursor started from.
    pub fn depth(&self) -> u32 {
        self.depth
    }

    pub fn reset(&mut self, node: Node<'t>) {
        self.node = node;
        self.depth = 0;
    }

    pub fn goto_first_child(&mut self) -> bool {
        match self.node.at(self.node.first_child_index()) {
            Some(c) => {
                self.node = c;
                self.depth += 1;
                true
            }
            None => false,
        }
    }

    pub fn goto_next_sibling(&mut self) -> bool {
        if self.depth == 0 {
            return false;
        }
        match self.node.next_sibling() {
            Some(s) => {
                self.node = s;
                true
            }
            None => false,
        }
    }

    pub fn goto_parent(&mut self) -> bool {
        if self.depth == 0 {
            return false;
        }
        match self.node.parent() {
            Some(p) => {
                self.node = p;
                self.depth -= 1;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(src: &str) -> Tree {
        let mut parser = tree_sitter::Parser::new();
        let language: tree_sitter::Language = tree_sitter_python::LANGUAGE.into();
        parser.set_language(&language).expect("language");
        let ts = parser.parse(src, None).expect("parses");
        Tree::from_tree_sitter(&ts, src)
    }

    /// The copy has the same shape as tree-sitter's tree: kinds, ranges, fields, order.
    #[test]
    fn the_copy_matches_tree_sitter() {
        let src = "import os\n\ndef f(a, b=1):\n    x = [i * 2 for i in a]  # c\n    return x\n";
        let mut parser = tree_sitter::Parser::new();
        let language: tree_sitter::Language = tree_sitter_python::LANGUAGE.into();
        parser.set_language(&language).expect("language");
        let ts = parser.parse(src, None).expect("parses");
        let ours = Tree::from_tree_sitter(&ts, src);
        fn compare(a: tree_sitter::Node<'_>, b: Node<'_>) {
            assert_eq!(a.kind(), b.kind());
            assert_eq!(a.byte_range(), b.byte_range());
            assert_eq!(a.is_named(), b.is_named());
            assert_eq!(a.start_position().row, b.start_position().row);
            assert_eq!(a.start_position().column, b.start_position().column);
            for field in ["name", "body", "left", "right", "parameters", "function"] {
                assert_eq!(
                    a.child_by_field_name(field).map(|n| n.byte_range()),
                    b.child_by_field_name(field).map(|n| n.byte_range()),
                    "{field} of {}",
                    a.kind()
                );
            }
            // Punctuation without a field is not copied.
            let mut cursor = a.walk();
            let mut theirs = Vec::new();
            if cursor.goto_first_child() {
                loop {
                    let c = cursor.node();
                    let punctuation = !c.is_named()
                        && ["(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "->"]
                            .contains(&c.kind());
                    if cursor.field_id().is_some() || !punctuation {
                        theirs.push(c);
                    }
                    if !cursor.goto_next_sibling() {
                        break;
                    }
                }
            }
            let mine: Vec<_> = b.all_children().collect();
            assert_eq!(theirs.len(), mine.len());
            for (x, y) in theirs.into_iter().zip(mine) {
                assert_eq!(y.parent().map(|p| p.byte_range()), Some(b.byte_range()));
                compare(x, y);
            }
        }
        compare(ts.root_node(), ours.root_node());
    }

    #[test]
    fn field_ids_fit_in_a_byte() {
        let language: tree_sitter::Language = tree_sitter_python::LANGUAGE.into();
        assert!(language.field_count() < 256);
    }

    #[test]
    fn every_common_field_exists_in_the_grammar() {
        for (i, name) in COMMON_FIELDS.iter().enumerate() {
            assert_eq!(field_id(name), search_field(name), "{name}");
            assert_ne!(common_field_ids()[i], u16::MAX, "{name} is not a field");
        }
    }

    #[test]
    fn siblings_and_descendants() {
        let t = tree("a = 1\nb = 2\n");
        let root = t.root_node();
        let kids: Vec<_> = root.all_children().collect();
        assert_eq!(kids.len(), 2);
        assert_eq!(kids[1].prev_named_sibling(), Some(kids[0]));
        let two = root.descendant_for_byte_range(10, 11).expect("found");
        assert_eq!(two.kind(), "integer");
        assert_eq!(two.start_position(), Point { row: 1, column: 4 });
    }
}
