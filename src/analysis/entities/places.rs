//! Places the tagger took for organisations or people ("the Vistula near
//! Kraków", "the Sihl, the river that …") and foreign-language institution
//! names with lowercase words ("École polytechnique fédérale de Lausanne").

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::gazetteer::List;
use super::names::strength;
use super::persons::apposed;
use super::tokens::is_all_caps;

/// Prepositions of position after "the X".
const NEAR: &[&str] = &["near", "below", "above", "outside", "past"];

/// Verbs and nouns of motion before "to" and a place.
const MOTION: &[&str] = &[
    "travel",
    "travels",
    "traveled",
    "travelled",
    "traveling",
    "travelling",
    "return",
    "returns",
    "returned",
    "returning",
    "fly",
    "flies",
    "flew",
    "flown",
    "flying",
    "head",
    "heads",
    "headed",
    "heading",
    "move",
    "moved",
    "moving",
    "relocated",
    "deported",
    "evacuated",
    "drove",
    "sailed",
    "went",
    "trip",
    "trips",
    "visit",
    "journey",
    "flight",
    "flights",
    "route",
    "road",
    "march",
    "marched",
    "fled",
    "emigrated",
    "arrive",
    "back",
];

/// Apposition nouns that make a name a place.
const PLACE_APPOS: &[&str] = &[
    "river", "lake", "city", "town", "village", "region", "province", "mountain",
];

/// Institution words that open a foreign name continued in lowercase.
const FOREIGN_HEADS: &[&str] = &[
    "ecole",
    "universite",
    "universidad",
    "universidade",
    "universita",
    "universitat",
    "instituto",
    "institut",
    "banco",
    "banque",
    "escuela",
    "hochschule",
    "museo",
    "musee",
];

/// Particles that close a foreign institution name before its place.
const OF: &[&str] = &["de", "di", "du", "des", "der", "do", "da", "del"];

/// Retypes a weak name that its context makes a place.
pub fn place_context(doc: &Doc<'_>, m: &mut Mention) {
    let given = m.rule == "gazetteer:given_names";
    if m.kind == EntityKind::Place || (strength(&m.rule) >= 3 && !given) {
        return;
    }
    let r = doc.tokens_in(m.start, m.end);
    // "aid to households in the Coastal Bend": a weak organisation without an
    // organisation word, right after "in the", is a region.
    let in_the = r.start >= 2 && &doc.folded[r.start - 1] == "the" && &doc.folded[r.start - 2] == "in";
    if in_the
        && m.kind == EntityKind::Organization
        && strength(&m.rule) < 3
        && r.len() <= 3
        && !(r.start..r.end).any(|k| doc.is(k, List::OrgWord) || is_all_caps(doc.word(k)))
    {
        m.kind = EntityKind::Place;
        m.rule = "place-context".into();
        return;
    }
    let word = |j: usize| doc.folded.get(j).unwrap_or("");
    let lower = |j: usize| j < doc.len() && doc.word(j).starts_with(char::is_lowercase);
    if r.len() != 1 || r.start == 0 || m.kind == EntityKind::Place || (strength(&m.rule) >= 3 && !given) {
        return;
    }
    let the_near = word(r.start - 1) == "the" && lower(r.end) && NEAR.contains(&word(r.end));
    let appos = apposed(doc, r.end, PLACE_APPOS).is_some();
    // "outside Pretoria", "visited Pretoria": what one is near or visits is a place.
    let org_near = m.kind == EntityKind::Organization
        && lower(r.start - 1)
        && (NEAR.contains(&word(r.start - 1))
            || matches!(word(r.start - 1), "visited" | "visiting" | "toured"));
    // "travel to Livingstone", "a trip to Warwickshire": motion towards a place.
    let towards = m.kind == EntityKind::Organization
        && r.start >= 2
        && word(r.start - 1) == "to"
        && MOTION.contains(&word(r.start - 2));
    if the_near || appos || org_near || towards {
        m.kind = EntityKind::Place;
        m.rule = "place-context".into();
    }
}

/// Extends "École" over "polytechnique fédérale de Lausanne" into one organisation.
pub fn foreign_org(doc: &Doc<'_>, m: &mut Mention) {
    if doc.text[m.start..m.end].contains(' ') {
        return;
    }
    let r = doc.tokens_in(m.start, m.end);
    if r.len() != 1 || !FOREIGN_HEADS.contains(&&doc.folded[r.start]) {
        return;
    }
    let line = doc.toks[r.start].line;
    let same = |j: usize| j < doc.len() && doc.toks[j].line == line;
    let lower = |j: usize| same(j) && doc.word(j).chars().all(char::is_lowercase);
    let mut k = r.end;
    while lower(k) && !OF.contains(&&doc.folded[k]) && k - r.end < 4 {
        k += 1;
    }
    let named = same(k + 1) && OF.contains(&&doc.folded[k]);
    if k > r.end && named && doc.word(k + 1).starts_with(char::is_uppercase) {
        m.end = doc.toks[k + 1].end;
        m.kind = EntityKind::Organization;
        m.rule = "org-suffix:foreign".into();
    }
}

/// "Port of Corpus Christi", "General Court of the European Union": an
/// organisation head word, "of" (and "the") and a name.
#[must_use]
pub fn head_of(doc: &Doc<'_>, last: &Mention, m: &Mention) -> bool {
    let (a, b) = (doc.tokens_in(last.start, last.end), doc.tokens_in(m.start, m.end));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let k = a.end - 1;
    let head = doc.is(k, List::OrgWord) || (a.len() == 1 && &doc.folded[k] == "port");
    let the = doc.folded.get(a.end + 1).is_some_and(|w| w == "the");
    let gap = if the { 2 } else { 1 };
    head && (last.kind == EntityKind::Organization || a.len() == 1)
        && b.start == a.end + gap
        && &doc.folded[a.end] == "of"
        && doc.toks[a.start].line == doc.toks[b.start].line
        && (m.kind == EntityKind::Organization || (a.len() == 1 && m.kind == EntityKind::Place))
}
