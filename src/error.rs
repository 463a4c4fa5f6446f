//! Typed library errors.

use std::path::PathBuf;

/// Everything the library can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The input is larger than the configured per-page limit.
    #[error("input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    /// A bug in the extractor (a panic) caught for one page.
    #[error("internal error: {message}")]
    Internal { message: String },
    /// A structured input (JSON, fixture, dataset) is malformed.
    #[error("{what}: {message}")]
    Format { what: String, message: String },
}

impl Error {
    /// A short stable name for the error, used in records' `error.kind`.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::TooLarge { .. } => "too-large",
            Error::Format { .. } => "format",
            Error::Internal { .. } => "internal",
        }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// Library result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
