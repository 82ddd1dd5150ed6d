//! One article as Dateline knows it, whatever file format it came from.

use jiff::civil::Date;
use serde::Serialize;
use std::fmt;

/// Stable identifier of an article: its `id` field, else its file name without extension.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ArticleId(pub String);

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ArticleId {
    /// The id as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A parsed article. The file it came from is never written to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Identifier, unique within the store.
    pub id: ArticleId,
    /// Headline.
    pub title: String,
    /// Publication date (the date part, as written in the file).
    pub published: Option<Date>,
    /// Outlet or agency.
    pub source: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// Free-form tags.
    pub tags: Vec<String>,
    /// The text that is shown and analysed.
    pub body: String,
    /// True for a bare text file whose first body line is the headline.
    pub title_in_body: bool,
    /// Where the article came from, for messages (`store/x.md`, `embedded:x.md`).
    pub origin: String,
}

impl Article {
    /// `YYYY-MM-DD`, or an empty string when the date is unknown.
    #[must_use]
    pub fn published_label(&self) -> String {
        self.published.map(|d| d.to_string()).unwrap_or_default()
    }
}
