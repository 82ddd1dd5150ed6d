//! Per-article reading state (read, starred), kept in Dateline's data
//! directory, never in the articles. Written atomically; a corrupt file is
//! backed up and replaced by a fresh state.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Which articles are read and starred, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadState {
    /// Ids of read articles.
    #[serde(default)]
    pub read: BTreeSet<String>,
    /// Ids of starred articles.
    #[serde(default)]
    pub starred: BTreeSet<String>,
}

impl ReadState {
    /// Loads the state file. A missing file is a fresh state; a corrupt one is
    /// renamed to `*.corrupt` and reported in the returned message.
    #[must_use]
    pub fn load(path: &Path) -> (Self, Option<String>) {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Self::default(), None),
            Err(e) => {
                return (
                    Self::default(),
                    Some(format!(
                        "cannot read {}: {e}; starting with a fresh reading state",
                        path.display()
                    )),
                );
            }
        };
        match serde_json::from_slice(&bytes) {
            Ok(state) => (state, None),
            Err(e) => {
                let backup = backup_path(path);
                let moved = std::fs::rename(path, &backup).is_ok();
                let kept = if moved {
                    format!("kept as {}", backup.display())
                } else {
                    "could not back it up".into()
                };
                (
                    Self::default(),
                    Some(format!(
                        "reading state {} was corrupt ({e}); {kept}; starting fresh",
                        path.display()
                    )),
                )
            }
        }
    }

    /// Writes the state atomically: a temporary file in the same directory, then a rename.
    ///
    /// # Errors
    /// When the directory cannot be created or the file cannot be written.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        write_atomically(path, &json)
    }

    /// True when the article was opened before.
    #[must_use]
    pub fn is_read(&self, id: &str) -> bool {
        self.read.contains(id)
    }

    /// True when the article is starred.
    #[must_use]
    pub fn is_starred(&self, id: &str) -> bool {
        self.starred.contains(id)
    }
}

/// Writes `bytes` to `path` through a temporary file and a rename, so a crash
/// never leaves a half-written file.
///
/// # Errors
/// Any I/O error on the way.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn backup_path(path: &Path) -> PathBuf {
    let stamp = jiff::Timestamp::now().as_second();
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".corrupt-{stamp}"));
    path.with_file_name(name)
}
