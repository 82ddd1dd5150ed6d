//! `.json` articles: one article object, or an array of them.

use super::article::Article;
use super::fields::{RawFields, Source, build_article};
use super::problem::Problem;
use serde::Deserialize;

/// A list field that may be written as one string or as an array.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            Self::One(s) => super::fields::split_list(&s),
            Self::Many(v) => v
                .into_iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect(),
        }
    }
}

/// One article object as written in JSON.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonArticle {
    id: Option<String>,
    title: Option<String>,
    #[serde(alias = "date")]
    published: Option<String>,
    source: Option<String>,
    url: Option<String>,
    #[serde(alias = "author")]
    authors: Option<OneOrMany>,
    tags: Option<OneOrMany>,
    body: Option<String>,
}

/// Parses a JSON article file; each bad article is a problem, the others are kept.
pub fn parse_json(text: &str, stem: &str, origin: &str) -> (Vec<Article>, Vec<Problem>) {
    let is_array = text.trim_start().starts_with('[');
    let parsed: Result<Vec<JsonArticle>, serde_json::Error> = if is_array {
        serde_json::from_str(text)
    } else {
        serde_json::from_str::<JsonArticle>(text).map(|a| vec![a])
    };
    let items = match parsed {
        Ok(items) => items,
        Err(e) => {
            return (
                Vec::new(),
                vec![Problem::at(
                    origin,
                    e.line().max(1),
                    format!("invalid JSON article: {}", strip_position(&e)),
                )],
            );
        }
    };
    if items.is_empty() {
        return (
            Vec::new(),
            vec![Problem::new(origin, "the JSON array holds no articles")],
        );
    }
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    for (index, item) in items.into_iter().enumerate() {
        let item_stem = if is_array {
            format!("{stem}-{}", index + 1)
        } else {
            stem.to_string()
        };
        let label = if is_array {
            format!("{origin} (article {})", index + 1)
        } else {
            origin.to_string()
        };
        let body = item.body.unwrap_or_default();
        let fields = RawFields {
            id: item.id,
            title: item.title,
            published: item.published,
            published_line: None,
            source: item.source,
            url: item.url,
            authors: item.authors.map(OneOrMany::into_vec).unwrap_or_default(),
            tags: item.tags.map(OneOrMany::into_vec).unwrap_or_default(),
        };
        let src = Source {
            stem: &item_stem,
            origin,
        };
        match build_article(fields, &body, 0, &src) {
            Ok(article) => articles.push(article),
            Err((_, reason)) => problems.push(Problem::new(label, reason)),
        }
    }
    (articles, problems)
}

/// serde_json messages end with "at line L column C"; the line is reported separately.
fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => format!("{} (column {})", &text[..i], e.column()),
        None => text,
    }
}
