//! Deciding the kind of a name: gazetteers, organisation words, titles,
//! given names and context; plus splitting "US-Canada" into two places.

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::gazetteer::{List, PLACE_MASK, first_list, fold, gazetteer};
use super::tokens::is_all_caps;

/// Verbs that, after a name, suggest a person.
const SPEECH: &[&str] = &[
    "said", "says", "told", "added", "stated", "argued", "insisted", "warned", "asked", "wrote",
];

/// Words that, before a single name, suggest a place.
const PLACE_PREPS: &[&str] = &["in", "near", "outside", "across", "throughout"];

/// Institution words that open a name with "of" ("Ministry of Defence").
const OPENING_HEADS: &[&str] = &[
    "ministry",
    "department",
    "university",
    "bank",
    "court",
    "office",
    "council",
    "commission",
    "institute",
    "agency",
    "bureau",
    "board",
    "committee",
    "federation",
    "association",
    "union",
    "party",
    "church",
    "museum",
    "school",
    "college",
    "academy",
    "foundation",
    "fund",
    "organization",
    "organisation",
    "league",
    "society",
    "chamber",
    "house",
    "senate",
    "assembly",
    "parliament",
    "secretariat",
    "directorate",
    "directorate-general",
    "authority",
    "service",
    "corps",
    "command",
    "port",
    "government",
    "state",
    "republic",
    "kingdom",
    "province",
    "city",
    "central",
    "national",
    "federal",
    "royal",
];

/// "US-Canada": a hyphenated token made only of places names each place.
pub fn split_hyphen(doc: &Doc<'_>, i: usize, out: &mut Vec<Mention>) -> bool {
    let w = doc.word(i);
    if !w.contains('-') {
        return false;
    }
    let g = gazetteer();
    let parts: Vec<(usize, &str)> = w
        .split('-')
        .scan(0usize, |off, p| {
            let r = (*off, p);
            *off += p.len() + 1;
            Some(r)
        })
        .collect();
    // "US-Canada", "EU-Mercosur", "German-Brazilian": every part a listed
    // place, nationality or organisation, and at least one a place or an organisation.
    let listed = PLACE_MASK | List::Demonym.bit() | List::Org.bit();
    let masks: Vec<u16> = parts.iter().map(|(_, p)| g.get(&fold(p)) & listed).collect();
    let named = masks.iter().any(|m| m & (PLACE_MASK | List::Org.bit()) != 0);
    if parts.len() < 2 || masks.contains(&0) || !(named || masks.iter().all(|m| m & List::Demonym.bit() != 0))
    {
        return false;
    }
    for ((off, p), mask) in parts.into_iter().zip(masks) {
        let start = doc.toks[i].start + off;
        let (kind, list) = if mask & List::Org.bit() != 0 {
            (EntityKind::Organization, Some(List::Org))
        } else if mask & PLACE_MASK != 0 {
            (EntityKind::Place, first_list(mask & PLACE_MASK))
        } else {
            (EntityKind::Other, Some(List::Demonym))
        };
        out.push(Mention {
            start,
            end: start + p.len(),
            kind,
            rule: format!("gazetteer:{}", list.map_or("places", List::name)),
            role: None,
        });
    }
    true
}

/// The kind of the name `[a, b)` and the rule that decided it.
#[must_use]
pub fn decide(doc: &Doc<'_>, a: usize, b: usize, role: Option<&str>) -> (EntityKind, String) {
    if let Some(r) = by_gazetteer(doc, a, b) {
        return r;
    }
    // "Construction of Salto Cerrito began": a firm's head word opening a
    // sentence before "of" is a common noun, not an institution's name.
    let common_head = |k: usize| {
        k == a
            && doc.toks[k].sent_start
            && doc.folded.get(k + 1).is_some_and(|w| w == "of")
            && !OPENING_HEADS.contains(&&doc.folded[k])
    };
    if let Some(k) = (a..b)
        .rev()
        .find(|&k| doc.is(k, List::OrgWord) && !common_head(k))
    {
        return (EntityKind::Organization, format!("org-suffix:{}", doc.word(k)));
    }
    if let Some(r) = role {
        return (EntityKind::Person, format!("title:{r}"));
    }
    let first = doc.word(a);
    let initials = first.ends_with('.') && first.chars().all(|c| c == '.' || c.is_uppercase());
    if b - a >= 2 && initials {
        return (EntityKind::Person, format!("initials:{first}"));
    }
    // ("Sabah UMNO": a given name that is also a listed place, before an
    // acronym or a listed organisation, is that place's branch.)
    let branch = doc.gaz[a] & PLACE_MASK != 0
        && (is_all_caps(doc.word(a + 1))
            || doc.is(a + 1, List::Org)
            || doc.gspan[a + 1].1 & List::Org.bit() != 0);
    if b - a >= 2 && doc.is(a, List::Given) && !branch {
        return (EntityKind::Person, format!("given-name:{}", doc.word(a)));
    }
    by_context(doc, a, b)
}

fn by_gazetteer(doc: &Doc<'_>, a: usize, b: usize) -> Option<(EntityKind, String)> {
    let g = gazetteer();
    let (n, mask) = g.longest(&doc.gids[..b], a, 0)?;
    if n != b - a {
        return None;
    }
    let only = |l: List| mask & !l.bit() == 0;
    if only(List::Stop) || only(List::Title) || only(List::Opener) {
        return Some((EntityKind::Other, "drop".into()));
    }
    let mask = mask & !List::Stop.bit() & !List::Title.bit() & !List::Opener.bit();
    let list = first_list(mask)?;
    let kind = match list {
        List::Country | List::City | List::State | List::Region => EntityKind::Place,
        List::Org | List::OrgWord => EntityKind::Organization,
        List::Given | List::Person | List::Surname => EntityKind::Person,
        _ => EntityKind::Other,
    };
    let list = if mask & List::Org.bit() != 0 {
        List::Org
    } else {
        list
    };
    let list = if mask & List::Person.bit() != 0 {
        List::Person
    } else {
        list
    };
    let kind = match list {
        List::Org => EntityKind::Organization,
        List::Person => EntityKind::Person,
        _ => kind,
    };
    Some((kind, format!("gazetteer:{}", list.name())))
}

fn by_context(doc: &Doc<'_>, a: usize, b: usize) -> (EntityKind, String) {
    let next = doc.folded.get(b).unwrap_or("");
    let prev = if a > 0 { &doc.folded[a - 1] } else { "" };
    if SPEECH.contains(&next) {
        return (EntityKind::Person, format!("context:{next}"));
    }
    if b - a == 1 && PLACE_PREPS.contains(&prev) {
        return (EntityKind::Place, format!("context:{prev}"));
    }
    let w = doc.word(a);
    if b - a == 1 && is_all_caps(w) && !doc.caps_line[a] && w.len() <= 6 {
        return (EntityKind::Organization, "acronym".into());
    }
    if b - a >= 2 {
        return (EntityKind::Person, "shape:capitalised words".into());
    }
    (EntityKind::Person, "default".into())
}
