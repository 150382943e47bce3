//! Byte offsets to 1-based line and column numbers.

use std::ops::Range;

/// Maps byte offsets of one text to 1-based `(line, column)` pairs.
///
/// Columns count Unicode scalar values (characters), not bytes, so a key after
/// `é = 1` on the same line is reported where an editor shows it.
#[derive(Debug)]
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset at which each line starts; always starts with `0`.
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Self { text, line_starts }
    }

    /// The 1-based line and column of byte `offset` (clamped to the text length).
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        // Number of line starts at or before `offset`; at least 1 because of the leading 0.
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let column = match self.text.get(start..offset) {
            Some(prefix) => prefix.chars().count(),
            // Not on a character boundary (never produced by the parser): count bytes.
            None => offset - start,
        };
        (line, column + 1)
    }

    /// The text covered by `span`, if it is a valid range of the text.
    pub(crate) fn slice(&self, span: Range<usize>) -> Option<&'a str> {
        self.text.get(span)
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn line_and_column_are_one_based() {
        let index = LineIndex::new("ab\ncd\n\né = 1\n");
        assert_eq!(index.line_col(0), (1, 1));
        assert_eq!(index.line_col(1), (1, 2));
        assert_eq!(index.line_col(2), (1, 3));
        assert_eq!(index.line_col(3), (2, 1));
        assert_eq!(index.line_col(6), (3, 1));
        assert_eq!(index.line_col(7), (4, 1));
        // `=` is after the two-byte `é` and a space: character column 3.
        assert_eq!(index.line_col(10), (4, 3));
        // End of text (after the final newline) and beyond.
        assert_eq!(index.line_col(14), (5, 1));
        assert_eq!(index.line_col(99), (5, 1));
    }
}
