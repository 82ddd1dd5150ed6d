//! Datelines such as "FOZ DO IGUAÇU, Brazil —" or "WASHINGTON (AP) -": the
//! all-caps words opening a prose line are the place the story was filed from.

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::gazetteer::{List, fold, gazetteer};
use super::tokens::{is_all_caps, is_capitalized};

/// Dash tokens that close a dateline.
const DASHES: &[&str] = &["—", "–", "-", "--"];

/// Replaces the mentions inside a dateline place (first two lines) with one
/// place, and makes the news agency in its parentheses an organisation.
pub fn datelines(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut i = 0;
    for _ in 0..2 {
        if i >= doc.len() {
            break;
        }
        let line = doc.toks[i].line;
        let end = i + doc.toks[i..].iter().take_while(|t| t.line == line).count();
        if let Some((b, agency)) = place_end(doc, i, end) {
            // ("UNITED NATIONS 1996-08-31": a listed organisation stays one.)
            let name = &doc.text[doc.toks[i].start..doc.toks[b - 1].end];
            let org = gazetteer().get(&fold(name)) & List::Org.bit() != 0;
            let kind = if org {
                EntityKind::Organization
            } else {
                EntityKind::Place
            };
            replace(doc, ms, (i, b), kind, "dateline");
            if let Some(r) = agency {
                replace(doc, ms, r, EntityKind::Organization, "dateline:agency");
            }
            ms.sort_by_key(|m| m.start);
        }
        i = end;
    }
}

/// Puts one mention of `kind` over tokens `[a, b)`, dropping those inside.
fn replace(doc: &Doc<'_>, ms: &mut Vec<Mention>, (a, b): (usize, usize), kind: EntityKind, rule: &str) {
    let (s, e) = (doc.toks[a].start, doc.toks[b - 1].end);
    ms.retain(|m| m.end <= s || m.start >= e);
    ms.push(Mention {
        start: s,
        end: e,
        kind,
        rule: rule.into(),
        role: None,
    });
}

/// One past the last all-caps place token when line `[a, end)` opens with a
/// dateline followed by prose (on the same line or the next), plus the
/// tokens of a capitalised agency name in parentheses ("(Reuters)").
fn place_end(doc: &Doc<'_>, a: usize, end: usize) -> Option<(usize, Option<(usize, usize)>)> {
    let caps = |k: usize| is_all_caps(doc.word(k)) && doc.word(k).chars().any(char::is_alphabetic);
    let b = a + (a..end).take_while(|&k| caps(k)).take(5).count();
    if b == a || b >= end {
        return None;
    }
    // "NAIROBI 2024-03-07": an ISO date closes the line.
    let rest = &doc.text[doc.toks[b].start..doc.toks[end - 1].end];
    let iso = rest.len() == 10
        && rest.bytes().enumerate().all(|(n, c)| {
            if n == 4 || n == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if iso {
        return Some((b, None));
    }
    let mut k = b;
    if doc.word(k) == "," {
        k += 1;
        let date_or_name = |j: usize| {
            let w = doc.word(j);
            is_capitalized(w)
                || w == "."
                || w == ","
                || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
        };
        k += (k..end).take_while(|&j| date_or_name(j)).take(6).count();
    }
    let mut agency = None;
    if k < end && doc.word(k) == "(" {
        let close = k + (k..end).take(6).position(|j| doc.word(j) == ")")?;
        // "(Reuters)", "(Kyodo News)"; "(dpa)" and "(apa)" write themselves in lowercase.
        let lower = close == k + 2 && matches!(doc.word(k + 1), "dpa" | "apa");
        let named = close > k + 1 && ((k + 1..close).all(|j| is_capitalized(doc.word(j))) || lower);
        agency = named.then_some((k + 1, close));
        k = close + 1;
    }
    let dash = k < end && DASHES.contains(&doc.word(k));
    let words = |from: usize, to: usize| {
        (from..to)
            .filter(|&j| doc.word(j).starts_with(char::is_lowercase))
            .count()
    };
    let next_line = end < doc.len() && k + 1 == end && {
        let line = doc.toks[end].line;
        let to = end + doc.toks[end..].iter().take_while(|t| t.line == line).count();
        words(end, to) >= 3
    };
    (dash && (words(k + 1, end) >= 3 || next_line)).then_some((b, agency))
}

/// "told the dpa news agency": the German agency writes its name in
/// lowercase, in the body too.
pub fn lowercase_agencies(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    super::doc::add_free_tokens(doc, ms, EntityKind::Organization, "cue:agency", |k| {
        doc.word(k) == "dpa"
    });
}
