//! Errors the library returns. Each names the file and, where there is one, the place in it.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax { path: String, line: usize, column: usize, message: String },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

impl InputError {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        InputError::Io { path: path.into().display().to_string(), source }
    }

    pub fn invalid(path: impl Into<String>, message: impl Into<String>) -> Self {
        InputError::Invalid { path: path.into(), message: message.into() }
    }

    /// A syntax error at a byte offset of `text`.
    pub fn at(path: impl Into<String>, text: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, column) = crate::text::LineIndex::new(text).line_col(text, offset);
        InputError::Syntax { path: path.into(), line, column, message: message.into() }
    }
}
