//! `dateline init`: copies the embedded samples into the store directory,
//! never overwriting a file that exists.

use super::StoreError;
use super::samples::SAMPLES;
use super::state::write_atomically;
use std::path::Path;

/// What `init` did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct InitReport {
    /// Files written.
    pub written: Vec<String>,
    /// Files left alone because they existed.
    pub kept: Vec<String>,
}

/// Copies every sample article into `dir`, creating it if needed.
///
/// # Errors
/// When the directory or a file cannot be written.
pub fn copy_samples(dir: &Path) -> Result<InitReport, StoreError> {
    let err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| StoreError::Write { path, source }
    };
    std::fs::create_dir_all(dir).map_err(err(dir))?;
    let mut report = InitReport::default();
    for (name, bytes) in SAMPLES {
        let path = dir.join(name);
        if path.exists() {
            report.kept.push((*name).to_string());
            continue;
        }
        write_atomically(&path, bytes).map_err(err(&path))?;
        report.written.push((*name).to_string());
    }
    Ok(report)
}
