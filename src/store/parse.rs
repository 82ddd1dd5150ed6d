//! Turns the bytes of one article file into articles, or problems.

use super::article::Article;
use super::fields::{RawFields, Source, build_article, first_line};
use super::header::split;
use super::json_file::parse_json;
use super::problem::Problem;

/// Files larger than this are not articles (and would slow everything down).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// The kinds of file the store reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.md`, `.markdown`, `.txt`: optional front matter, then the body.
    Text,
    /// `.json`: one article object or an array.
    Json,
}

impl Format {
    /// The format of a file name, or `None` for files the store ignores.
    #[must_use]
    pub fn of(name: &str) -> Option<Self> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" | "txt" => Some(Self::Text),
            "json" => Some(Self::Json),
            _ => None,
        }
    }
}

/// Parses one file. `name` is its file name; `origin` how messages show it.
#[must_use]
pub fn parse_file(name: &str, origin: &str, bytes: &[u8]) -> (Vec<Article>, Vec<Problem>) {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return (Vec::new(), vec![too_large(origin, bytes.len() as u64)]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
            let reason = format!("invalid UTF-8 at byte {at} (article files must be UTF-8 text)");
            return (Vec::new(), vec![Problem::at(origin, line, reason)]);
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    match Format::of(name) {
        Some(Format::Json) => parse_json(text, stem, origin),
        _ => match parse_text(text, stem, origin) {
            Ok(a) => (vec![a], Vec::new()),
            Err(p) => (Vec::new(), vec![p]),
        },
    }
}

/// The problem for a file over [`MAX_FILE_BYTES`].
#[must_use]
pub fn too_large(origin: &str, len: u64) -> Problem {
    #[allow(clippy::cast_precision_loss)]
    let mb = len as f64 / 1_000_000.0;
    Problem::new(
        origin,
        format!("file is {mb:.1} MB, over the 10 MB limit for one article file"),
    )
}

fn parse_text(text: &str, stem: &str, origin: &str) -> Result<Article, Problem> {
    let parts = split(text).map_err(|(line, reason)| Problem::at(origin, line, reason))?;
    let src = Source { stem, origin };
    let fail = |(line, reason): (Option<usize>, String)| Problem {
        file: origin.to_string(),
        line,
        reason,
    };
    if parts.bare {
        // A bare text: the whole file is the body, its first line the headline.
        let fields = RawFields {
            title: Some(first_line(text)),
            ..RawFields::default()
        };
        let mut article = build_article(fields, text, 1, &src).map_err(fail)?;
        article.body = text.to_string();
        article.title_in_body = true;
        return Ok(article);
    }
    build_article(parts.fields, parts.body, parts.body_line, &src).map_err(fail)
}
