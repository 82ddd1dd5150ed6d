//! Problems found while reading the store: reported, never fatal.

use std::fmt;
use std::path::PathBuf;

/// A file (or one article of a file) that could not be read and was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as shown to the user.
    pub file: String,
    /// 1-based line of the problem, when known.
    pub line: Option<usize>,
    /// What is wrong, in one sentence.
    pub reason: String,
}

impl Problem {
    /// A problem without a line number.
    #[must_use]
    pub fn new(file: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line: None,
            reason: reason.into(),
        }
    }

    /// A problem at a 1-based line.
    #[must_use]
    pub fn at(file: impl Into<String>, line: usize, reason: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line: Some(line),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.reason),
            None => write!(f, "{}: {}", self.file, self.reason),
        }
    }
}

/// Errors that stop the store from opening at all (unlike [`Problem`]s).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The store directory given by the user does not exist.
    #[error(
        "store directory {0} does not exist (create it, or run `dateline init` to fill it with the sample articles)"
    )]
    Missing(PathBuf),
    /// The store path is not a directory.
    #[error("store path {0} is not a directory")]
    NotADirectory(PathBuf),
    /// The directory could not be listed.
    #[error("cannot read store directory {path}: {source}")]
    Unreadable {
        /// The directory.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// No platform data directory could be determined (no home directory).
    #[error("cannot find a data directory for Dateline (is $HOME set?); use --store DIR")]
    NoDataDir,
    /// Writing a file failed.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}
