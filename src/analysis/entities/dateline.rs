//! Datelines such as "FOZ DO IGUAÇU, Brazil —" or "WASHINGTON (AP) -": the
//! all-caps words opening a prose line are the place the story was filed from.

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::tokens::{is_all_caps, is_capitalized};

/// Dash tokens that close a dateline.
const DASHES: &[&str] = &["—", "–", "-", "--"];

/// Replaces the mentions inside a dateline place (first two lines) with one place.
pub fn datelines(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut i = 0;
    for _ in 0..2 {
        if i >= doc.len() {
            break;
        }
        let line = doc.toks[i].line;
        let end = i + doc.toks[i..].iter().take_while(|t| t.line == line).count();
        if let Some(b) = place_end(doc, i, end) {
            let (s, e) = (doc.toks[i].start, doc.toks[b - 1].end);
            ms.retain(|m| m.end <= s || m.start >= e);
            ms.push(Mention {
                start: s,
                end: e,
                kind: EntityKind::Place,
                rule: "dateline".into(),
                role: None,
            });
            ms.sort_by_key(|m| m.start);
        }
        i = end;
    }
}

/// One past the last all-caps place token when line `[a, end)` opens with a
/// dateline followed by prose.
fn place_end(doc: &Doc<'_>, a: usize, end: usize) -> Option<usize> {
    let caps = |k: usize| is_all_caps(doc.word(k)) && doc.word(k).chars().any(char::is_alphabetic);
    let b = a + (a..end).take_while(|&k| caps(k)).take(5).count();
    if b == a || b >= end {
        return None;
    }
    let mut k = b;
    if doc.word(k) == "," {
        k += 1;
        k += (k..end)
            .take_while(|&j| is_capitalized(doc.word(j)) || doc.word(j) == ".")
            .take(4)
            .count();
    }
    if k < end && doc.word(k) == "(" {
        k += (k..end).take(6).position(|j| doc.word(j) == ")")? + 1;
    }
    let dash = k < end && DASHES.contains(&doc.word(k));
    let prose = (k + 1..end)
        .filter(|&j| doc.word(j).starts_with(char::is_lowercase))
        .count()
        >= 3;
    (dash && prose).then_some(b)
}
