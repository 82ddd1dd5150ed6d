//! The article body wrapped to the reader's width, with each line's byte range
//! in the body so mentions and dates can be located and highlighted.

use crate::store::Article;
use textwrap::{Options, WordSplitter};

/// What a reader line shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The headline.
    Title,
    /// Byline, source and date.
    Byline,
    /// An empty line.
    Blank,
    /// A slice `[start, end)` of the body.
    Body {
        /// First byte in the body.
        start: usize,
        /// One past the last byte.
        end: usize,
    },
}

/// One display line of the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    /// What the line is.
    pub kind: LineKind,
    /// Its text (for body lines, the slice of the body).
    pub text: String,
}

/// The wrapped article for one width. Built once per (article, width).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderDoc {
    /// The width it was wrapped to.
    pub width: u16,
    /// Every display line, headline first.
    pub lines: Vec<DocLine>,
}

impl ReaderDoc {
    /// Wraps an article to `width` columns.
    #[must_use]
    pub fn build(article: &Article, width: u16) -> Self {
        let w = usize::from(width.max(8));
        let mut lines = Vec::new();
        if !article.title_in_body {
            for t in textwrap::wrap(&article.title, options(w)) {
                lines.push(DocLine {
                    kind: LineKind::Title,
                    text: t.into_owned(),
                });
            }
        }
        let byline = byline(article);
        if !byline.is_empty() {
            for t in textwrap::wrap(&byline, options(w)) {
                lines.push(DocLine {
                    kind: LineKind::Byline,
                    text: t.into_owned(),
                });
            }
        }
        if !lines.is_empty() {
            lines.push(DocLine {
                kind: LineKind::Blank,
                text: String::new(),
            });
        }
        wrap_body(&article.body, w, &mut lines);
        Self { width, lines }
    }

    /// The index of the line that holds body byte `offset`.
    #[must_use]
    pub fn line_of(&self, offset: usize) -> Option<usize> {
        self.lines.iter().position(|l| match l.kind {
            LineKind::Body { start, end } => start <= offset && offset < end.max(start + 1),
            _ => false,
        })
    }
}

fn options(width: usize) -> Options<'static> {
    Options::new(width).word_splitter(WordSplitter::NoHyphenation)
}

/// "By A, B · Source · 2024-03-07".
fn byline(article: &Article) -> String {
    let mut parts = Vec::new();
    if !article.authors.is_empty() {
        parts.push(format!("By {}", article.authors.join(", ")));
    }
    if let Some(source) = &article.source {
        parts.push(source.clone());
    }
    if let Some(date) = article.published {
        parts.push(date.strftime("%A, %-d %B %Y").to_string());
    }
    parts.join(" · ")
}

/// Wraps each paragraph line, keeping byte offsets into `body`.
fn wrap_body(body: &str, width: usize, out: &mut Vec<DocLine>) {
    let mut offset = 0;
    for raw in body.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            out.push(DocLine {
                kind: LineKind::Blank,
                text: String::new(),
            });
        } else {
            let mut cursor = 0;
            for piece in textwrap::wrap(line, options(width)) {
                let piece = piece.trim_end();
                let found = line[cursor..].find(piece).map(|i| cursor + i);
                let start = found.unwrap_or(cursor);
                let end = if found.is_some() {
                    start + piece.len()
                } else {
                    line.len()
                };
                cursor = end;
                out.push(DocLine {
                    kind: LineKind::Body {
                        start: offset + start,
                        end: offset + end,
                    },
                    text: line[start..end].to_string(),
                });
            }
        }
        offset += raw.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::ArticleId;

    fn article(body: &str) -> Article {
        Article {
            id: ArticleId("a".into()),
            title: "Title".into(),
            published: None,
            source: None,
            url: None,
            authors: vec![],
            tags: vec![],
            body: body.into(),
            title_in_body: false,
            origin: "a.md".into(),
        }
    }

    #[test]
    fn body_lines_map_back_to_the_body() {
        let body = "São Paulo and Zürich are cities.\n\n東京 is Tokyo, a very large city indeed.";
        let doc = ReaderDoc::build(&article(body), 12);
        for line in &doc.lines {
            if let LineKind::Body { start, end } = line.kind {
                assert_eq!(&body[start..end], line.text);
                assert!(
                    unicode_width::UnicodeWidthStr::width(line.text.as_str()) <= 12,
                    "{:?}",
                    line.text
                );
            }
        }
        let tokyo = body.find("Tokyo").unwrap();
        let idx = doc.line_of(tokyo).unwrap();
        assert!(doc.lines[idx].text.contains("Tokyo"));
    }
}
