//! Article search: every word of the query must appear (case- and
//! accent-insensitive) in the title or the body; titles weigh more.
//! Pure, shared by the list filter and `dateline search`.

use crate::index::fold;
use crate::store::Article;

/// The words of a query, folded.
#[must_use]
pub fn terms(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .map(fold)
        .filter(|t| !t.is_empty())
        .collect()
}

/// How well an article matches; `None` when a word is missing.
#[must_use]
pub fn score(article: &Article, terms: &[String]) -> Option<u32> {
    if terms.is_empty() {
        return Some(0);
    }
    let title = fold(&article.title);
    let body = fold(&article.body);
    let mut total = 0u32;
    for term in terms {
        let in_title = u32::try_from(title.matches(term.as_str()).count()).unwrap_or(u32::MAX);
        let in_body = u32::try_from(body.matches(term.as_str()).count()).unwrap_or(u32::MAX);
        if in_title + in_body == 0 {
            return None;
        }
        total = total
            .saturating_add(in_title.saturating_mul(20))
            .saturating_add(in_body.min(10));
    }
    Some(total)
}

/// Byte ranges of `text` where any term occurs (case- and accent-insensitive), for highlighting.
#[must_use]
pub fn find_all(text: &str, terms: &[String]) -> Vec<(usize, usize)> {
    if terms.is_empty() {
        return Vec::new();
    }
    // Fold character by character so folded offsets map back to the original text.
    let mut folded = String::new();
    let mut origin = Vec::new();
    for (i, c) in text.char_indices() {
        for f in fold_char(c).chars() {
            origin.extend(std::iter::repeat_n(i, f.len_utf8()));
            folded.push(f);
        }
    }
    origin.push(text.len());
    let mut ranges = Vec::new();
    for term in terms {
        for (at, m) in folded.match_indices(term.as_str()) {
            let start = origin[at];
            let end_char = origin[at + m.len() - 1];
            let end = end_char + text[end_char..].chars().next().map_or(0, char::len_utf8);
            ranges.push((start, end));
        }
    }
    ranges.sort_unstable();
    ranges.dedup();
    ranges
}

fn fold_char(c: char) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let s: String = c
        .to_string()
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let s = if s.is_empty() { c.to_string() } else { s };
    s.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_accented_text_with_plain_queries() {
        let text = "Talks in São Paulo; SAO PAULO again.";
        let ranges = find_all(text, &terms("sao paulo"));
        let found: Vec<&str> = ranges.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["São", "Paulo", "SAO", "PAULO"]);
    }
}
