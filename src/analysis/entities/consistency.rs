//! Document-level consistency: a name tagged once is tagged everywhere.

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::fasthash::{FastMap, FastSet};
use super::gazetteer::List;
use super::names::strength;
use super::tokens::is_capitalized;

/// Adds mentions for untagged repeats of names already found in `doc`.
#[must_use]
pub fn complete(doc: &Doc<'_>, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut mentions = complete_names(doc, mentions);
    headline_words(doc, &mut mentions);
    mentions
}

/// "German Coalition Collapses as Scholz Fires Finance Minister": in a
/// title-case headline every word is capitalised, so a tagged word that is
/// in no list and never capitalised in the body is no name ("Collapses",
/// the "Fires" of "Scholz Fires").
fn headline_words(doc: &Doc<'_>, mentions: &mut Vec<Mention>) {
    let head = (0..doc.len())
        .take_while(|&i| doc.caps_line[i] && doc.toks[i].line == doc.toks[0].line)
        .count();
    let all_caps = (0..head)
        .filter(|&k| super::tokens::is_all_caps(doc.word(k)))
        .count()
        * 2
        > head;
    if head == 0 || head == doc.len() || all_caps {
        return;
    }
    let listed = |k: usize| doc.gaz[k] != 0 || doc.gspan[k].0 != 0;
    // The unlisted headline words inside weak mentions; then which of them
    // the body capitalises.
    let mut wanted: Vec<u32> = mentions
        .iter()
        .filter(|m| m.start < doc.toks[head - 1].end && strength(&m.rule) <= 2)
        .flat_map(|m| doc.tokens_in(m.start, m.end))
        .filter(|&k| k < head && !listed(k))
        .map(|k| doc.ids[k])
        .collect();
    if wanted.is_empty() {
        return;
    }
    wanted.sort_unstable();
    wanted.dedup();
    let body: FastSet<u32> = (head..doc.len())
        .filter(|&k| wanted.binary_search(&doc.ids[k]).is_ok() && is_capitalized(doc.word(k)))
        .map(|k| doc.ids[k])
        .collect();
    let known = |k: usize| body.contains(&doc.ids[k]) || listed(k);
    mentions.retain_mut(|m| {
        let r = doc.tokens_in(m.start, m.end);
        if r.start >= head || strength(&m.rule) > 2 || r.is_empty() {
            return true;
        }
        let (mut a, mut b) = (r.start, r.end);
        while a < b && !known(a) {
            a += 1;
        }
        while b > a && !known(b - 1) {
            b -= 1;
        }
        if a == b {
            return false;
        }
        m.start = doc.toks[a].start;
        m.end = doc.toks[b - 1].end;
        true
    });
}

fn complete_names(doc: &Doc<'_>, mut mentions: Vec<Mention>) -> Vec<Mention> {
    mentions.sort_by_key(|m| m.start);
    whole_names(doc, &mut mentions);
    let known = known_names(doc, &mentions);
    if known.is_empty() {
        return mentions;
    }
    let max = known.keys().map(|k| k.len()).max().unwrap_or(1);
    let covered = coverage(doc, &mentions);
    let mut added = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        if covered[i] || !is_capitalized(doc.word(i)) {
            i += 1;
            continue;
        }
        // (A name never runs over a line break: "São \n President".)
        let line = doc.toks[i].line;
        let free = (i..doc.len())
            .take(max)
            .take_while(|&k| !covered[k] && doc.toks[k].line == line)
            .count();
        let hit = (1..=free)
            .rev()
            .find_map(|n| known.get(&doc.ids[i..i + n]).map(|&(kind, src)| (n, kind, src)));
        if let Some((n, kind, src)) = hit {
            let m = Mention {
                start: doc.toks[i].start,
                end: doc.toks[i + n - 1].end,
                kind,
                rule: format!("consistency:{}", mentions[src].rule),
                role: None,
            };
            // Not the first word of a holiday ("Labor Day" where "Labor" is
            // the party elsewhere).
            if !super::tails::holiday(doc, &m) {
                added.push(m);
            }
            i += n;
        } else {
            i += 1;
        }
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.start);
    vote(doc, &mut mentions);
    mentions
}

/// "… on first day of Paris Air Show": a name of several words found by a
/// firm rule replaces the weaker pieces the tagger cut another occurrence
/// of the same words into ("Paris" + "Air").
fn whole_names(doc: &Doc<'_>, mentions: &mut Vec<Mention>) {
    let mut whole: FastMap<&[u32], (EntityKind, String)> = FastMap::default();
    for m in mentions.iter() {
        let r = doc.tokens_in(m.start, m.end);
        let exact = r.start < r.end && doc.toks[r.start].start == m.start && doc.toks[r.end - 1].end == m.end;
        if r.len() >= 2 && exact && strength(&m.rule) >= 3 {
            let e = whole
                .entry(&doc.ids[r])
                .or_insert_with(|| (m.kind, m.rule.clone()));
            if strength(&m.rule) > strength(&e.1) {
                *e = (m.kind, m.rule.clone());
            }
        }
    }
    let Some(max) = whole.keys().map(|k| k.len()).max() else {
        return;
    };
    // Word ids are dense per document: a flag per id beats hashing every token.
    let mut firsts = vec![false; doc.ids.iter().max().map_or(0, |&m| m as usize + 1)];
    for k in whole.keys() {
        firsts[k[0] as usize] = true;
    }
    let mut added = Vec::new();
    let mut j = 0;
    let mut i = 0;
    while i < doc.len() {
        if !firsts[doc.ids[i] as usize] {
            i += 1;
            continue;
        }
        let free = (i + 1..doc.len().min(i + max))
            .take_while(|&k| doc.toks[k].line == doc.toks[i].line)
            .count()
            + 1;
        let hit = (2..=free.min(max))
            .rev()
            .find_map(|n| whole.get(&doc.ids[i..i + n]).map(|k| (n, k)));
        let Some((n, (kind, rule))) = hit else {
            i += 1;
            continue;
        };
        let (a, b) = (doc.toks[i].start, doc.toks[i + n - 1].end);
        // `mentions` is sorted by start: skip those that end before this name.
        while j < mentions.len() && mentions[j].end <= a {
            j += 1;
        }
        let pieces: Vec<&Mention> = mentions[j..].iter().take_while(|m| m.start < b).collect();
        let split = pieces.len() >= 2 || pieces.iter().any(|m| m.start != a || m.end != b);
        let firm = strength(rule).max(2);
        let fits = pieces
            .iter()
            .all(|m| m.start >= a && m.end <= b && strength(&m.rule) <= firm);
        if split && fits && !pieces.is_empty() {
            added.push(Mention {
                start: a,
                end: b,
                kind: *kind,
                rule: format!("consistency:{rule}"),
                role: None,
            });
        }
        i += n;
    }
    if added.is_empty() {
        return;
    }
    // `added` is sorted and free of overlaps: one binary search per mention.
    mentions.retain(|m| {
        let j = added.partition_point(|w| w.end <= m.start);
        added.get(j).is_none_or(|w| w.start >= m.end)
    });
    mentions.extend(added);
    mentions.sort_by_key(|m| m.start);
}

/// Gives every weakly typed mention of the same name the kind most mentions
/// of that name have (a stronger rule counts double and is never changed).
pub fn vote(doc: &Doc<'_>, mentions: &mut [Mention]) {
    let key = |m: &Mention| &doc.ids[doc.tokens_in(m.start, m.end)];
    let mut votes: FastMap<&[u32], [u32; 4]> = FastMap::default();
    let keys: Vec<&[u32]> = mentions.iter().map(key).collect();
    // A headline's guess ("… as Shas quits") follows the body's, not the reverse.
    let lines = doc.toks.last().is_some_and(|t| t.line > 0);
    let headline = |m: &Mention| {
        let r = doc.tokens_in(m.start, m.end);
        lines && !r.is_empty() && doc.toks[r.start].line == 0
    };
    for (m, &k) in mentions.iter().zip(&keys) {
        let w = match strength(&m.rule) {
            3.. => 2,
            // "the Sudanese city of El Fasher": a place noun around the name
            // outweighs the tagger's guesses elsewhere.
            _ if m.rule.starts_with("place-of:") || m.rule.starts_with("place-before:") => 4,
            _ if headline(m) => 0,
            _ => 1,
        };
        if placed_person(doc, m) {
            votes.entry(k).or_default()[kind_index(EntityKind::Place)] += 2;
            continue;
        }
        votes.entry(k).or_default()[kind_index(m.kind)] += w;
        if m.kind == EntityKind::Person && k.len() >= 2 {
            let surname = &k[k.len() - 1..];
            votes.entry(surname).or_default()[kind_index(m.kind)] += 3;
        }
    }
    for (m, &k) in mentions.iter_mut().zip(&keys) {
        if strength(&m.rule) >= 3 {
            continue;
        }
        let v = votes.get(k).copied().unwrap_or_default();
        let best = (0..4)
            .max_by_key(|&x| (v[x], x == kind_index(m.kind)))
            .unwrap_or(0);
        let total: u32 = v.iter().sum();
        if best != kind_index(m.kind) && v[best] * 2 > total {
            m.kind = EntityKind::ALL[best];
            m.rule = format!("vote:{}", m.rule);
        }
    }
}

/// Prepositions that put a weakly typed multi-word "person" on the map
/// ("the dam at Salto Cerrito"); "from" and "to" also take people.
const PLACE_PREPS: &[&str] = &["in", "at", "near", "outside", "across", "into", "throughout"];

/// A multi-word person name that only the tagger's guess made a person,
/// after a place preposition and not possessive: a vote for a place.
fn placed_person(doc: &Doc<'_>, m: &Mention) -> bool {
    let r = doc.tokens_in(m.start, m.end);
    m.kind == EntityKind::Person
        && strength(&m.rule) <= 2
        && m.role.is_none()
        && r.len() >= 2
        && r.start > 0
        && !doc.is(r.start, List::Given)
        && PLACE_PREPS.contains(&&doc.folded[r.start - 1])
        && doc.folded.get(r.end).is_none_or(|w| w != "'s")
}

fn kind_index(k: EntityKind) -> usize {
    EntityKind::ALL.iter().position(|&x| x == k).unwrap_or(0)
}

/// Known names by word ids: kind and the index of the mention that decided it.
type Known<'d> = FastMap<&'d [u32], (EntityKind, usize)>;

fn known_names<'d>(doc: &'d Doc<'_>, mentions: &[Mention]) -> Known<'d> {
    let mut known = Known::default();
    for (src, m) in mentions.iter().enumerate() {
        let r = doc.tokens_in(m.start, m.end);
        let a = r.start + usize::from(r.start < r.end && doc.toks[r.start].start < m.start);
        let b = r.end - usize::from(r.end > a && doc.toks[r.end - 1].end > m.end);
        if a >= b {
            continue;
        }
        insert(&mut known, &doc.ids[a..b], m.kind, src, mentions);
        if m.kind == EntityKind::Person && b - a >= 2 {
            for k in a..b {
                let particle = doc.word(k).chars().next().is_some_and(char::is_lowercase);
                if !particle && !doc.is(k, List::Stop) {
                    insert(&mut known, &doc.ids[k..=k], m.kind, src, mentions);
                }
            }
        }
    }
    known
}

fn insert<'d>(known: &mut Known<'d>, key: &'d [u32], kind: EntityKind, src: usize, mentions: &[Mention]) {
    let e = known.entry(key).or_insert((kind, src));
    if strength(&mentions[src].rule) > strength(&mentions[e.1].rule) {
        *e = (kind, src);
    }
}

fn coverage(doc: &Doc<'_>, mentions: &[Mention]) -> Vec<bool> {
    let mut covered = vec![false; doc.len()];
    for m in mentions {
        for k in doc.tokens_in(m.start, m.end) {
            covered[k] = true;
        }
    }
    covered
}
