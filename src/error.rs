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
    /// The page has more elements than the configured limit.
    #[error("page has at least {count} elements, over the limit of {limit}")]
    TooManyNodes { count: usize, limit: usize },
    /// A text page has more lines than the configured limit.
    #[error("text page has at least {count} lines, over the limit of {limit}")]
    TooManyLines { count: usize, limit: usize },
    /// The page nests elements deeper than the configured limit.
    #[error("page nests elements at least {depth} deep, over the limit of {limit}")]
    TooDeep { depth: usize, limit: usize },
    /// The page took longer than the configured time limit.
    #[error("extraction took over the limit of {limit_ms} ms (stopped during {stage})")]
    Timeout { limit_ms: u64, stage: &'static str },
    /// An archive or stream ends in the middle of a record.
    #[error("{path}: truncated or corrupt at byte offset {offset}: {message}")]
    Truncated {
        path: String,
        offset: u64,
        message: String,
    },
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
            Error::TooManyNodes { .. } => "too-many-nodes",
            Error::TooManyLines { .. } => "too-many-lines",
            Error::TooDeep { .. } => "too-deep",
            Error::Timeout { .. } => "timeout",
            Error::Truncated { .. } => "truncated",
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
