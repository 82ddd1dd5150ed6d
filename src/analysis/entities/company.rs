//! Company names and their short forms: with "Kestrel Data AG" in the
//! article, a bare "Kestrel" is that company and "Kestrel Route" (tagged as
//! a person) is one of its products.

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::fasthash::FastMap;
use super::gazetteer::{List, PLACE_MASK};

/// Corporate endings that mark a full company name.
const TAILS: &[&str] = &[
    "ag", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "sa", "nv", "llc", "gmbh", "se", "spa",
];

/// Corporate endings that never close anything but a company's name.
const LEGAL_FORMS: &[&str] = &[
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "l.l.c.", "gmbh",
];

/// "Make America Great Again Inc.", "Skyfront Dynamics Inc.": a name of
/// two or more words closed by a legal form is a company, whatever the
/// tagger thought of its first words.
pub fn legal_form(doc: &Doc<'_>, m: &mut Mention) {
    let r = doc.tokens_in(m.start, m.end);
    if r.len() < 2 || m.kind == EntityKind::Organization || !LEGAL_FORMS.contains(&&doc.folded[r.end - 1]) {
        return;
    }
    if !doc.word(r.end - 1).starts_with(char::is_uppercase) {
        return;
    }
    m.kind = EntityKind::Organization;
    m.rule = format!("org-suffix:{}", doc.word(r.end - 1));
    m.role = None;
}

/// Retypes the short forms and products of the article's companies.
pub fn companies(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let full: Vec<Vec<u32>> = ms
        .iter()
        .filter(|m| m.kind == EntityKind::Organization && (m.rule.starts_with("cue") || legal(doc, m)))
        .map(|m| (doc.tokens_in(m.start, m.end), m.rule.starts_with("cue")))
        .filter(|(r, cued)| r.len() >= 2 && (*cued || TAILS.contains(&&doc.folded[r.end - 1])))
        .map(|(r, _)| r)
        .filter(|r| !super::tokens::is_all_caps(doc.word(r.start)))
        .filter(|r| doc.gaz[r.start] & (PLACE_MASK | List::Given.bit() | List::Stop.bit()) == 0)
        .map(|r| doc.ids[r].to_vec())
        .collect();
    // One entry per distinct name: a company named a thousand times is one name,
    // and the checks below scan every mention for each name.
    let mut full = full;
    full.sort_unstable();
    full.dedup();
    if full.is_empty() {
        return;
    }
    let bare = bare_counts(doc, ms);
    let placed = |f: &Vec<u32>| bare.get(&f[0]).is_some_and(|&(places, n)| places * 2 > n);
    let full: Vec<Vec<u32>> = full.into_iter().filter(|f| !placed(f)).collect();
    if full.is_empty() {
        return;
    }
    // The first full name (in sorted order) starting with each word id.
    let mut by_first: FastMap<u32, usize> = FastMap::default();
    for (i, f) in full.iter().enumerate() {
        by_first.entry(f[0]).or_insert(i);
    }
    for m in ms.iter_mut() {
        let ids = &doc.ids[doc.tokens_in(m.start, m.end)];
        let Some(f) = ids.first().and_then(|id| by_first.get(id)).map(|&i| &full[i]) else {
            continue;
        };
        if f.starts_with(ids) {
            m.kind = EntityKind::Organization;
            m.rule = "company".into();
        } else if m.kind == EntityKind::Person {
            m.kind = EntityKind::Other;
            m.rule = "product".into();
        }
    }
    let mut heads: Vec<Vec<u32>> = full.iter().map(|f| f[..1].to_vec()).collect();
    heads.sort_unstable();
    heads.dedup();
    add_repeats(doc, ms, &heads, EntityKind::Organization, "company");
}

/// Nouns for things a company sells, named in apposition ("its platform,
/// Kestrel Route," / "Orbis Pay, the bank's payment app,").
const PRODUCT_NOUNS: &[&str] = &[
    "platform",
    "software",
    "app",
    "application",
    "chatbot",
    "browser",
    "smartphone",
    "phone",
    "device",
    "chip",
    "processor",
    "product",
    "brand",
    "game",
    "drug",
    "vaccine",
    "car",
    "sedan",
    "aircraft",
    "jet",
    "console",
    "headset",
    "tool",
    "service",
    "engine",
];

/// Words that make the noun phrase a possession ("its", "the bank's").
fn possessive(doc: &Doc<'_>, k: usize) -> bool {
    matches!(&doc.folded[k], "its" | "their" | "his" | "her") || doc.folded[k].ends_with("'s")
}

/// True when tokens `a..b` are "<possessive> [lowercase words] <noun>" with
/// the noun one of `nouns` ("its flagship planning platform", "Brazil's
/// national weather institute").
pub fn possessed(doc: &Doc<'_>, a: usize, b: usize, nouns: &[&str]) -> bool {
    if b <= a + 1 || b - a > 5 || !nouns.contains(&&doc.folded[b - 1]) {
        return false;
    }
    let start = (a..b - 1).find(|&k| possessive(doc, k));
    start.is_some_and(|s| (s + 1..b).all(|k| doc.word(k).starts_with(char::is_lowercase)))
}

/// "Brazil's weather institute, Inmet,": a name right after a comma that
/// closes a possessed noun phrase ending in one of `nouns`; the noun's index.
pub fn possessed_before(doc: &Doc<'_>, start: usize, nouns: &[&str]) -> Option<usize> {
    if start < 2 || doc.word(start - 1) != "," {
        return None;
    }
    let b = start - 1;
    (b.saturating_sub(5)..b.saturating_sub(1))
        .any(|a| possessed(doc, a, b, nouns))
        .then_some(b - 1)
}

/// Names set off by commas as a product ("its platform, Kestrel Route, …")
/// are products (other), and so is every other mention of the same name.
pub fn products(doc: &Doc<'_>, ms: &mut [Mention]) {
    let comma = |k: usize| k < doc.len() && doc.word(k) == ",";
    let mut names: Vec<&[u32]> = Vec::new();
    for m in ms.iter() {
        let r = doc.tokens_in(m.start, m.end);
        if super::names::strength(&m.rule) > 2 || r.is_empty() {
            continue;
        }
        // "<possessive …noun>, NAME": the phrase ends right before the comma.
        let before = possessed_before(doc, r.start, PRODUCT_NOUNS).is_some();
        // "NAME, <possessive …noun>,": the phrase runs to the next comma.
        let after = comma(r.end) && {
            let a = r.end + 1;
            (a + 2..=(a + 5).min(doc.len())).any(|b| {
                possessed(doc, a, b, PRODUCT_NOUNS)
                    && (b == doc.len() || !doc.word(b).starts_with(char::is_alphanumeric))
            })
        };
        // "its NAME platform": a possessive before, a product noun after.
        let inside = r.start > 0
            && possessive(doc, r.start - 1)
            && r.end < doc.len()
            && PRODUCT_NOUNS.contains(&&doc.folded[r.end])
            && doc.word(r.end).starts_with(char::is_lowercase);
        if before || after || inside {
            names.push(&doc.ids[r]);
        }
    }
    if names.is_empty() {
        return;
    }
    let names: super::fasthash::FastSet<&[u32]> = names.into_iter().collect();
    for m in ms.iter_mut() {
        let ids = &doc.ids[doc.tokens_in(m.start, m.end)];
        if super::names::strength(&m.rule) <= 2 && names.contains(ids) {
            m.kind = EntityKind::Other;
            m.rule = "product".into();
        }
    }
}

/// Per word id of a one-token mention: (place mentions, all mentions).
fn bare_counts(doc: &Doc<'_>, ms: &[Mention]) -> FastMap<u32, (usize, usize)> {
    let mut out: FastMap<u32, (usize, usize)> = FastMap::default();
    for m in ms {
        let r = doc.tokens_in(m.start, m.end);
        if r.len() == 1 {
            let e = out.entry(doc.ids[r.start]).or_default();
            e.0 += usize::from(m.kind == EntityKind::Place);
            e.1 += 1;
        }
    }
    out
}

/// True when the mention's text ends in a legal form ("AG", "Inc.").
fn legal(doc: &Doc<'_>, m: &Mention) -> bool {
    let last = doc.text[m.start..m.end].rsplit(' ').next().unwrap_or("");
    TAILS.iter().any(|t| last.eq_ignore_ascii_case(t))
}

/// Adds a mention of `kind` for every capitalised untagged occurrence of one
/// of `names` (word-id sequences).
pub fn add_repeats(doc: &Doc<'_>, ms: &mut Vec<Mention>, names: &[Vec<u32>], kind: EntityKind, rule: &str) {
    let mut covered = vec![false; doc.len()];
    for m in ms.iter() {
        doc.tokens_in(m.start, m.end).for_each(|k| covered[k] = true);
    }
    // Candidate names (indices, in order) per first word id.
    let mut by_first: FastMap<u32, Vec<usize>> = FastMap::default();
    for (j, n) in names.iter().enumerate() {
        if let Some(&id) = n.first() {
            by_first.entry(id).or_default().push(j);
        }
    }
    let mut i = 0;
    while i < doc.len() {
        let cands = by_first.get(&doc.ids[i]).map_or(&[][..], Vec::as_slice);
        let hit = cands.iter().map(|&j| &names[j]).find(|n| {
            let r = i..i + n.len();
            r.end <= doc.len() && doc.ids[r.clone()] == n[..] && !covered[r].iter().any(|&c| c)
        });
        match hit {
            Some(n) if doc.word(i).starts_with(char::is_uppercase) => {
                ms.push(Mention {
                    start: doc.toks[i].start,
                    end: doc.toks[i + n.len() - 1].end,
                    kind,
                    rule: rule.into(),
                    role: None,
                });
                i += n.len();
            }
            _ => i += 1,
        }
    }
}
