//! The error type of this crate and the helper that positions errors in a file.

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::span::LineIndex;

/// Why a configuration could not be loaded.
///
/// `Display` is always a single line: `path:line:column: message` (1-based line and
/// column), or `path: cannot read: reason` for I/O errors.
#[derive(thiserror::Error, Debug)]
pub enum ConfigError {
    /// The file could not be read (missing, unreadable, not UTF-8).
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file that could not be read.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not valid TOML.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        /// The file with the error.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column (in characters).
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The file is valid TOML but a key or value is not allowed.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Invalid {
        /// The file with the error.
        path: PathBuf,
        /// 1-based line of the offending key or value.
        line: usize,
        /// 1-based column (in characters) of the offending key or value.
        column: usize,
        /// What is wrong and what is allowed.
        message: String,
    },
}

impl ConfigError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Io { path, .. } | Self::Syntax { path, .. } | Self::Invalid { path, .. } => path,
        }
    }

    /// The 1-based `(line, column)` of the error, if it has one.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        match self {
            Self::Io { .. } => None,
            Self::Syntax { line, column, .. } | Self::Invalid { line, column, .. } => {
                Some((*line, *column))
            }
        }
    }
}

/// One file being parsed: its path (for messages) and its line index.
pub(crate) struct Ctx<'a> {
    path: &'a Path,
    pub(crate) index: LineIndex<'a>,
}

impl<'a> Ctx<'a> {
    /// A context for `text`, the contents of `path`.
    pub(crate) fn new(path: &'a Path, text: &'a str) -> Self {
        Self {
            path,
            index: LineIndex::new(text),
        }
    }

    /// An [`ConfigError::Invalid`] at the start of `span` (1:1 when unknown).
    pub(crate) fn invalid(&self, span: Option<Range<usize>>, message: String) -> ConfigError {
        let (line, column) = self.index.line_col(span.map_or(0, |s| s.start));
        ConfigError::Invalid {
            path: self.path.to_path_buf(),
            line,
            column,
            message: one_line(&message),
        }
    }

    /// A [`ConfigError::Syntax`] for a TOML parse error.
    pub(crate) fn syntax(&self, error: &toml_edit::TomlError) -> ConfigError {
        let span = error.span();
        let mut message = format!("invalid TOML: {}", error.message());
        if error.message() == "duplicate key" {
            if let Some(key) = span.clone().and_then(|s| self.index.slice(s)) {
                message = format!("invalid TOML: duplicate key `{key}`");
            }
        }
        let (line, column) = self.index.line_col(span.map_or(0, |s| s.start));
        ConfigError::Syntax {
            path: self.path.to_path_buf(),
            line,
            column,
            message: one_line(&message),
        }
    }
}

/// Collapses line breaks so that an error stays on one line.
fn one_line(message: &str) -> String {
    message
        .split(['\r', '\n'])
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
