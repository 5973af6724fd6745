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

/// Runs `f`, turning a panic inside it (a bug in proofile) into an error that names `what` (the file or
/// record), so that a batch reports it for that input and goes on with the next instead of stopping.
pub fn guard<T>(what: &str, f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let cause = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".into());
        format!("{what}: internal error in proofile while checking it ({cause}); please report it with this input")
    })
}

#[cfg(test)]
mod tests {
    use super::guard;

    #[test]
    fn a_panic_becomes_an_error_naming_the_input() {
        assert_eq!(guard("a.md", || 7), Ok(7));
        let e = guard("b.md", || -> u8 { panic!("index out of bounds") }).unwrap_err();
        assert!(e.starts_with("b.md: internal error") && e.contains("index out of bounds"), "{e}");
        let owned = guard("stdin:3", || -> u8 { panic!("{} left", 2) }).unwrap_err();
        assert!(owned.starts_with("stdin:3: ") && owned.contains("2 left"), "{owned}");
    }
}
