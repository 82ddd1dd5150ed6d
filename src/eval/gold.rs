//! Reading a directory of gold documents.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// One gold entity mention.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldMention {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `PER`, `LOC`, `ORG` or `MISC`.
    #[serde(rename = "type")]
    pub kind: String,
}

/// One gold temporal expression.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldTimex {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

/// The gold file of one document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFile {
    /// Publication date to resolve against.
    pub published: Option<String>,
    /// True when the document is running text (not a table).
    pub prose: Option<bool>,
    /// Entity mentions, when annotated.
    pub mentions: Option<Vec<GoldMention>>,
    /// Temporal expressions, when annotated.
    pub timexes: Option<Vec<GoldTimex>>,
}

/// A document: its text and its gold.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    /// File name without `.txt`.
    pub name: String,
    /// The text.
    pub text: String,
    /// The annotations.
    pub gold: GoldFile,
}

impl GoldDoc {
    /// The publication date, when the gold file has a valid one.
    #[must_use]
    pub fn published(&self) -> Option<jiff::civil::Date> {
        self.gold
            .published
            .as_deref()
            .and_then(|p| crate::store::fields::parse_published(p).ok())
    }
}

/// Loads every `NAME.txt` that has a `NAME.gold.json` beside it, sorted by name.
///
/// # Errors
/// A missing directory, or an unreadable or malformed file (named in the message).
pub fn load_dir(dir: &Path) -> Result<Vec<GoldDoc>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut golds: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    let mut docs = Vec::with_capacity(golds.len());
    for gold_path in golds {
        let shown = gold_path.display().to_string();
        let name = shown
            .trim_end_matches(".gold.json")
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string();
        let text_path = gold_path.with_file_name(format!("{name}.txt"));
        let text = std::fs::read_to_string(&text_path)
            .map_err(|e| format!("cannot read {}: {e}", text_path.display()))?;
        let raw = std::fs::read_to_string(&gold_path).map_err(|e| format!("cannot read {shown}: {e}"))?;
        let gold: GoldFile = serde_json::from_str(&raw).map_err(|e| format!("{shown}: {e}"))?;
        docs.push(GoldDoc { name, text, gold });
    }
    if docs.is_empty() {
        return Err(format!("no NAME.gold.json files in {}", dir.display()));
    }
    Ok(docs)
}
