//! Where the store and Dateline's own data live: `--store`, `$DATELINE_STORE`,
//! else the platform data directory.

use super::{Origin, Store, StoreError};
use directories::ProjectDirs;
use std::path::{Path, PathBuf};

/// The environment variable that names the store directory.
pub const STORE_ENV: &str = "DATELINE_STORE";

/// How the store directory was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocationSource {
    /// `--store DIR`.
    Flag,
    /// `$DATELINE_STORE`.
    Env,
    /// The platform data directory.
    Default,
}

/// The store directory and how it was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The directory.
    pub dir: PathBuf,
    /// Why this directory.
    pub source: LocationSource,
}

/// Dateline's platform data directory (`~/.local/share/dateline` on Linux).
#[must_use]
pub fn data_dir() -> Option<PathBuf> {
    ProjectDirs::from("", "", "dateline").map(|d| d.data_dir().to_path_buf())
}

/// Dateline's platform config directory (`~/.config/dateline` on Linux).
#[must_use]
pub fn config_dir() -> Option<PathBuf> {
    ProjectDirs::from("", "", "dateline").map(|d| d.config_dir().to_path_buf())
}

impl Location {
    /// Picks the store directory: the flag, else the environment, else the default.
    ///
    /// # Errors
    /// When no flag or variable is given and there is no home directory.
    pub fn resolve(flag: Option<&Path>) -> Result<Self, StoreError> {
        if let Some(dir) = flag {
            return Ok(Self {
                dir: dir.to_path_buf(),
                source: LocationSource::Flag,
            });
        }
        if let Some(dir) = std::env::var_os(STORE_ENV).filter(|v| !v.is_empty()) {
            return Ok(Self {
                dir: PathBuf::from(dir),
                source: LocationSource::Env,
            });
        }
        let dir = data_dir().ok_or(StoreError::NoDataDir)?.join("articles");
        Ok(Self {
            dir,
            source: LocationSource::Default,
        })
    }

    /// Opens the store. The default directory falls back to the embedded
    /// samples when it is missing or empty; a directory the user named must exist.
    ///
    /// # Errors
    /// A named directory that is missing or unreadable.
    pub fn open(&self) -> Result<Store, StoreError> {
        if self.source == LocationSource::Default {
            if !self.dir.exists() {
                return Ok(Store::samples(format!(
                    "sample articles: {} does not exist (`dateline init` creates it)",
                    self.dir.display()
                )));
            }
            let store = Store::open_dir(&self.dir)?;
            if store.list().is_empty() && store.problems().is_empty() {
                return Ok(Store::samples(format!(
                    "sample articles: {} holds no articles (`dateline init` copies the samples there)",
                    self.dir.display()
                )));
            }
            return Ok(store);
        }
        Store::open_dir(&self.dir)
    }
}

/// The file that keeps read/starred state for a store, inside the data directory.
#[must_use]
pub fn state_file(data: &Path, origin: &Origin) -> PathBuf {
    let name = match origin {
        Origin::Samples(_) => "samples".to_string(),
        Origin::Directory(dir) => {
            let full = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
            format!("store-{:016x}", fnv1a(full.to_string_lossy().as_bytes()))
        }
    };
    data.join("state").join(format!("{name}.json"))
}

/// A small stable hash, so each store directory gets its own state file.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
