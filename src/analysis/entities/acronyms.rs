//! Acronyms written in parentheses after a name: "Kenya National Commission
//! on Human Rights (KNCHR)" makes one name of the words its initials spell,
//! and "Party for Freedom (PVV)" gives the acronym the name's kind.

use super::super::EntityKind;
use super::doc::{Doc, Mention, insert_sorted, remove_overlapping};
use super::fasthash::FastMap;
use super::gazetteer::{List, PLACE_MASK};
use super::kinds::decide;
use super::names::strength;
use super::tokens::{is_all_caps, is_capitalized};

/// Words that may sit between the capitalised words of a name its acronym spells.
const MINOR: &[&str] = &[
    "of", "on", "for", "and", "the", "de", "do", "da", "del", "&", "in", "'s", "’s",
];

/// "Kenya National Commission on Human Rights (KNCHR)": when the initials of
/// the capitalised words before an all-caps acronym in parentheses spell it,
/// those words are one name, whatever pieces the tagger made of them.
pub fn defined_names(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let opens: Vec<usize> = (1..doc.len().saturating_sub(2))
        .filter(|&p| doc.word(p) == "(" && doc.word(p + 2) == ")" && is_all_caps(doc.word(p + 1)))
        .collect();
    let mut defined = Vec::new();
    for p in opens {
        let acr: Vec<char> = doc.word(p + 1).chars().filter(|c| c.is_alphabetic()).collect();
        let Some(s) = spelled_from(doc, p, &acr) else {
            continue;
        };
        let (a, b) = (doc.toks[s].start, doc.toks[p - 1].end);
        let first = ms.partition_point(|m| m.end <= a);
        let pieces: Vec<&Mention> = ms[first..]
            .iter()
            .take_while(|m| m.start < b)
            .filter(|m| m.end > a)
            .collect();
        if pieces.len() == 1 && pieces[0].start == a && pieces[0].end == b {
            continue;
        }
        let org = pieces.iter().any(|m| m.kind == EntityKind::Organization)
            || (s..p).any(|k| doc.is(k, List::OrgWord));
        // "Christian Democratic Appeal (CDA)": a name spelled by its acronym is
        // a person's only when a title or the people list says so (AMLO).
        let person = pieces.iter().any(|m| {
            m.kind == EntityKind::Person && (m.rule.starts_with("title:") || m.rule == "gazetteer:people")
        });
        let kind = match decide(doc, s, p, None).0 {
            _ if org => EntityKind::Organization,
            EntityKind::Person if !person => EntityKind::Organization,
            k => k,
        };
        if defined.last().is_some_and(|d: &Mention| d.end > a) {
            continue;
        }
        defined.push(Mention {
            start: a,
            end: b,
            kind,
            rule: format!("defined:{}", doc.word(p + 1)),
            role: None,
        });
    }
    let cut: Vec<(usize, usize)> = defined.iter().map(|m| (m.start, m.end)).collect();
    remove_overlapping(ms, &cut);
    insert_sorted(ms, defined);
}

/// The first token of the name before the "(" at `p` whose capitalised
/// words' initials spell `acr` (at least two), or spell it up to a closing
/// complement ("United Nations Relief and Works Agency for Palestine
/// Refugees (UNRWA)").
fn spelled_from(doc: &Doc<'_>, p: usize, acr: &[char]) -> Option<usize> {
    let line = doc.toks[p].line;
    let mut s = p;
    while s > 0 && p - s < 14 && doc.toks[s - 1].line == line {
        s -= 1;
        let w = doc.word(s);
        if !is_capitalized(w) {
            if MINOR.contains(&&doc.folded[s]) {
                continue;
            }
            return None;
        }
        let caps: Vec<usize> = (s..p).filter(|&k| is_capitalized(doc.word(k))).collect();
        let ini: Vec<char> = caps.iter().filter_map(|&k| doc.word(k).chars().next()).collect();
        if caps.len() < 2 || !ini.starts_with(acr) {
            continue;
        }
        let whole = ini.len() == acr.len();
        let complement = !whole && {
            let after = caps[acr.len() - 1] + 1;
            ["for", "of", "in", "on"].contains(&&doc.folded[after])
        };
        if whole || complement {
            return Some(s);
        }
    }
    None
}

/// "Party for Freedom (PVV)", "Farmer-Citizen Movement (BBB)": an all-caps
/// word in parentheses right after a name, and no mention yet, is that
/// name's acronym (in any language), of the same kind.
pub fn bracketed(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for p in 1..doc.len().saturating_sub(2) {
        let w = doc.word(p + 1);
        // ASCII only: "(宮城県)" glosses a name, it is no acronym.
        let short = (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_alphanumeric());
        if doc.word(p) != "(" || doc.word(p + 2) != ")" || !short || !is_all_caps(w) {
            continue;
        }
        let (at, end) = (doc.toks[p + 1].start, doc.toks[p + 1].end);
        let i = ms.partition_point(|m| m.start < at);
        let taken = ms.get(i).is_some_and(|m| m.start < end);
        let Some(name) = i
            .checked_sub(1)
            .map(|j| &ms[j])
            .filter(|m| m.end == doc.toks[p - 1].end)
        else {
            continue;
        };
        if !taken && name.end > name.start && doc.text[name.start..name.end].contains(' ') {
            found.push((i, at, end, name.kind));
        }
    }
    let new = found
        .into_iter()
        .map(|(_, start, end, kind)| {
            let rule = format!("acronym:({})", &doc.text[start..end]);
            Mention {
                start,
                end,
                kind,
                rule,
                role: None,
            }
        })
        .collect();
    insert_sorted(ms, new);
}

/// "New Left (Nowa Lewica)": a name of several words in parentheses right
/// after an organisation, weakly taken for a person, is its name in
/// another language.
pub fn translated(doc: &Doc<'_>, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let (prev, m) = (&ms[i - 1], &ms[i]);
        let enclosed = doc.text.get(prev.end..m.start) == Some(" (") && doc.text[m.end..].starts_with(')');
        let weak = m.kind == EntityKind::Person && super::names::strength(&m.rule) < 3 && m.role.is_none();
        if enclosed && weak && prev.kind == EntityKind::Organization && doc.text[m.start..m.end].contains(' ')
        {
            ms[i].kind = EntityKind::Organization;
            ms[i].rule = "acronym:translation".into();
        }
    }
}

/// "the North American Free Trade Agreement (NAFTA) … NAFTA rules": every
/// mention of an acronym defined in parentheses right after a name takes
/// that name's kind.
pub fn defined_kinds(doc: &Doc<'_>, ms: &mut [Mention]) {
    let mut kinds: FastMap<u32, EntityKind> = FastMap::default();
    for w in ms.windows(2) {
        let r = doc.tokens_in(w[1].start, w[1].end);
        let defined = r.len() == 1
            && r.start >= 2
            && r.end < doc.len()
            && doc.word(r.start - 1) == "("
            && doc.word(r.end) == ")"
            && doc.toks[r.start - 2].end == w[0].end
            && is_all_caps(doc.word(r.start))
            && w[0].kind != w[1].kind
            // ("Pete Sampras (U.S.)" in a results table gives a country, no
            // acronym; "ABU DHABI (AP)" opens a dateline.)
            && w[0].kind != EntityKind::Person
            && !w[0].rule.starts_with("dateline")
            && doc.gaz[r.start] & PLACE_MASK == 0
            && doc.text[w[0].start..w[0].end].contains(' ');
        if !defined {
            continue;
        }
        // The initials of the name spell the acronym.
        let acr: Vec<char> = doc.word(r.start).chars().filter(|c| c.is_alphabetic()).collect();
        if spelled_from(doc, r.start - 1, &acr).is_some() {
            kinds.entry(doc.ids[r.start]).or_insert(w[0].kind);
        }
    }
    if kinds.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let r = doc.tokens_in(m.start, m.end);
        if r.len() != 1 || strength(&m.rule) >= 3 && !m.rule.starts_with("defined:") {
            continue;
        }
        if let Some(&kind) = kinds.get(&doc.ids[r.start]) {
            m.kind = kind;
            m.rule = format!("defined:{}", doc.word(r.start));
        }
    }
}
