//! The header fields every format shares, and their validation into an [`Article`].

use super::article::{Article, ArticleId};
use jiff::civil::Date;

/// The field names a header may use (aliases: `date` for `published`, `author` for `authors`).
pub const KNOWN_FIELDS: &[&str] = &["title", "published", "source", "url", "authors", "tags", "id"];

/// Header fields as read from a file, before validation.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RawFields {
    /// `id`.
    pub id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `published`, as written.
    pub published: Option<String>,
    /// 1-based line of the `published` field, for messages.
    pub published_line: Option<usize>,
    /// `source`.
    pub source: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `authors`.
    pub authors: Vec<String>,
    /// `tags`.
    pub tags: Vec<String>,
}

/// Maps a header key (any case, with aliases) to its canonical field name.
#[must_use]
pub fn canonical_field(key: &str) -> Option<&'static str> {
    let key = key.trim().to_ascii_lowercase();
    match key.as_str() {
        "date" => Some("published"),
        "author" => Some("authors"),
        other => KNOWN_FIELDS.iter().copied().find(|k| *k == other),
    }
}

/// Splits a comma-separated list, dropping empty items.
#[must_use]
pub fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Parses `YYYY-MM-DD` or an RFC 3339 timestamp, keeping the date as written.
///
/// # Errors
/// A message naming the bad value and the accepted forms.
pub fn parse_published(value: &str) -> Result<Date, String> {
    let value = value.trim();
    if let Ok(date) = value.parse::<Date>() {
        if value.len() == 10 {
            return Ok(date);
        }
    }
    // RFC 3339: validate the whole timestamp, then keep the date as written
    // (the local date of the newsroom, not the UTC one).
    if value.parse::<jiff::Timestamp>().is_ok() {
        if let Some(Ok(date)) = value.get(..10).map(str::parse::<Date>) {
            return Ok(date);
        }
    }
    Err(format!(
        "unknown date {value:?} in 'published' (expected YYYY-MM-DD or RFC 3339, e.g. 2024-03-07 or 2024-03-07T09:30:00Z)"
    ))
}

/// Where an article's text came from, for building it.
pub struct Source<'a> {
    /// The file name without extension: the default id.
    pub stem: &'a str,
    /// The file as shown in messages.
    pub origin: &'a str,
}

/// Validates fields and body into an article, or returns `(line, reason)`.
///
/// # Errors
/// An unknown date or an empty body.
pub fn build_article(
    fields: RawFields,
    body: &str,
    body_line: usize,
    src: &Source<'_>,
) -> Result<Article, (Option<usize>, String)> {
    let body = body.trim_matches(|c: char| c == '\n' || c == '\r').to_string();
    if body.trim().is_empty() {
        return Err((Some(body_line), "the article has no body text".into()));
    }
    let published = match fields.published.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(p) => Some(parse_published(p).map_err(|e| (fields.published_line, e))?),
    };
    let id = fields
        .id
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| src.stem.to_string());
    let title = fields
        .title
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| first_line(&body));
    Ok(Article {
        id: ArticleId(id),
        title,
        published,
        source: fields.source.filter(|s| !s.trim().is_empty()),
        url: fields.url.filter(|s| !s.trim().is_empty()),
        authors: fields.authors,
        tags: fields.tags,
        body,
        title_in_body: false,
        origin: src.origin.to_string(),
    })
}

/// The first non-empty line, trimmed: the headline of a bare text.
#[must_use]
pub fn first_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_accepts_day_and_rfc3339() {
        assert_eq!(parse_published("2024-03-07").unwrap().to_string(), "2024-03-07");
        let d = parse_published("2024-03-07T23:30:00-05:00").unwrap();
        assert_eq!(d.to_string(), "2024-03-07");
        assert_eq!(
            parse_published("2024-03-07T09:30:00Z").unwrap().to_string(),
            "2024-03-07"
        );
    }

    #[test]
    fn published_rejects_nonsense() {
        for bad in [
            "2024-13-01",
            "March 7",
            "07/03/2024",
            "2024-02-30",
            "2024-03-07T25:00:00Z",
        ] {
            let err = parse_published(bad).unwrap_err();
            assert!(err.contains("unknown date"), "{bad}: {err}");
        }
    }

    #[test]
    fn field_aliases() {
        assert_eq!(canonical_field("Date"), Some("published"));
        assert_eq!(canonical_field("AUTHOR"), Some("authors"));
        assert_eq!(canonical_field("publshed"), None);
    }
}
