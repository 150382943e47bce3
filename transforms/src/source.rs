//! Source text, positions, detected style, and parsing with tree-sitter-python.
//!
//! Files that cannot be analysed (not UTF-8, syntax errors, nesting deeper than the analysis
//! supports) are *skipped with a reason*, never a panic: the caller reports them.

use std::fmt;

use tree_sitter::Parser;

use crate::ast::{Node, Tree};

/// Deepest syntax tree the analysis walks. Deeper files are skipped: every walk below this depth
/// is bounded, so no input can overflow the stack.
pub const MAX_DEPTH: usize = 400;

/// Why a file was not analysed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SkipReason {
    NotUtf8 { offset: usize },
    SyntaxError { line: usize, column: usize },
    TooDeep { depth: usize },
    ParserFailed,
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::NotUtf8 { offset } => {
                write!(f, "not valid UTF-8 (first bad byte at offset {offset})")
            }
            SkipReason::SyntaxError { line, column } => {
                write!(f, "syntax error at {line}:{column}")
            }
            SkipReason::TooDeep { depth } => write!(
                f,
                "syntax tree nested deeper than {MAX_DEPTH} levels (found {depth})"
            ),
            SkipReason::ParserFailed => write!(f, "the parser gave up on this file"),
        }
    }
}

/// The file's formatting conventions, reused by rewrites so they look native.
#[derive(Debug, Clone)]
pub struct Style {
    /// One indentation level (e.g. four spaces, or a tab).
    pub indent: String,
    /// `"\n"` or `"\r\n"`.
    pub newline: &'static str,
}

/// A parsed Python file.
pub struct Parsed {
    pub text: String,
    pub tree: Tree,
    pub lines: LineIndex,
    pub style: Style,
}

impl Parsed {
    pub fn root(&self) -> Node<'_> {
        self.tree.root_node()
    }

    /// Text of a node (empty string if the range is not on char boundaries, which tree-sitter
    /// never produces for UTF-8 input).
    pub fn text_of(&self, node: Node<'_>) -> &str {
        self.text.get(node.byte_range()).unwrap_or("")
    }
}

/// Maps byte offsets to 1-based line and column (columns count characters).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based (line, column) of a byte offset; the column counts characters.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let col = text
            .get(start..offset.min(text.len()))
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line + 1, col + 1)
    }

    /// Byte offset where the line containing `offset` starts.
    pub fn line_start(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => self.starts[i],
            Err(i) => self.starts[i - 1],
        }
    }

    /// Byte offset just past the line containing `offset` (after its newline, or end of text).
    pub fn line_end(&self, offset: usize, text_len: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => self.starts.get(i + 1).copied().unwrap_or(text_len),
            Err(i) => self.starts.get(i).copied().unwrap_or(text_len),
        }
    }
}

fn python_language() -> tree_sitter::Language {
    tree_sitter_python::LANGUAGE.into()
}

/// Parse Python source bytes.
pub fn parse(bytes: &[u8]) -> Result<Parsed, SkipReason> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_owned(),
        Err(e) => {
            return Err(SkipReason::NotUtf8 {
                offset: e.valid_up_to(),
            })
        }
    };
    parse_str(text)
}

/// Parse Python source text.
pub fn parse_str(text: String) -> Result<Parsed, SkipReason> {
    let mut parser = Parser::new();
    parser
        .set_language(&python_language())
        .map_err(|_| SkipReason::ParserFailed)?;
    let tree = parser.parse(&text, None).ok_or(SkipReason::ParserFailed)?;
    let lines = LineIndex::new(&text);
    let root = tree.root_node();
    if root.has_error() {
        let (line, column) = first_error(root)
            .map(|n| lines.line_col(&text, n.start_byte()))
            .unwrap_or((1, 1));
        return Err(SkipReason::SyntaxError { line, column });
    }
    let tree = Tree::copy(&tree, &text, MAX_DEPTH).map_err(|_| SkipReason::TooDeep {
        depth: max_depth(root),
    })?;
    let style = detect_style(&text, tree.root_node());
    Ok(Parsed {
        text,
        tree,
        lines,
        style,
    })
}

/// Depth of the deepest node, walked with a cursor (no recursion).
fn max_depth(root: tree_sitter::Node<'_>) -> usize {
    let mut cursor = root.walk();
    let mut depth = 0usize;
    let mut max = 0usize;
    loop {
        if cursor.goto_first_child() {
            depth += 1;
            max = max.max(depth);
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return max;
            }
            depth -= 1;
        }
    }
}

/// First node that is an error or missing, in document order (cursor walk, no recursion).
fn first_error(root: tree_sitter::Node<'_>) -> Option<tree_sitter::Node<'_>> {
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            return Some(node);
        }
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return None;
            }
        }
    }
}

fn detect_style(text: &str, root: Node<'_>) -> Style {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    // The indentation of the first indented block decides the unit.
    let mut indent = String::from("    ");
    let mut cursor = root.walk();
    let mut stack = vec![root];
    'outer: while let Some(node) = stack.pop() {
        for child in node.named_children(&mut cursor) {
            if child.kind() == "block" {
                let start = child.start_byte();
                let line_start = text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
                let prefix = &text[line_start..start];
                if !prefix.is_empty() && prefix.chars().all(|c| c == ' ' || c == '\t') {
                    indent = prefix.to_owned();
                    break 'outer;
                }
            }
            if stack.len() < 64 {
                stack.push(child);
            }
        }
    }
    Style { indent, newline }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_syntax_errors_with_position() {
        let err = parse(b"x = 1\ndef f(:\n    pass\n").err();
        assert!(matches!(err, Some(SkipReason::SyntaxError { line: 2, .. })));
    }

    #[test]
    fn reports_non_utf8() {
        let err = parse(b"x = '\xff'\n").err();
        assert_eq!(err, Some(SkipReason::NotUtf8 { offset: 5 }));
    }

    #[test]
    fn deep_nesting_is_skipped_not_crashed() {
        let src = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
        let err = parse(src.as_bytes()).err();
        assert!(matches!(err, Some(SkipReason::TooDeep { .. })), "{err:?}");
    }

    #[test]
    fn detects_tab_indent_and_crlf() {
        let p = parse(b"def f():\r\n\treturn 1\r\n").ok().map(|p| p.style);
        let style = p.expect("parses");
        assert_eq!(style.indent, "\t");
        assert_eq!(style.newline, "\r\n");
    }

    #[test]
    fn line_col_counts_characters() {
        let text = "é = 1\nab = 2\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, text.find("= 1").unwrap_or(0)), (1, 3));
        assert_eq!(idx.line_col(text, text.find("ab").unwrap_or(0)), (2, 1));
    }
}
