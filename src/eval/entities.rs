//! Entity scores: strict and overlap mention P/R/F1 per type, micro over
//! PER+LOC+ORG and over all four, untyped spans, and document-level unique names;
//! for the whole set and its prose subset.

use super::gold::GoldDoc;
use super::score::{Item, Prf, match_overlap, match_strict};
use crate::analysis::{EntityKind, analyze_text};
use std::collections::BTreeSet;
use std::fmt::Write as _;

const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

/// The CoNLL type of an entity kind.
#[must_use]
pub const fn conll_type(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PER",
        EntityKind::Place => "LOC",
        EntityKind::Organization => "ORG",
        EntityKind::Other => "MISC",
    }
}

/// Summed counts for one subset of documents.
#[derive(Debug, Default, Clone)]
pub struct EntityScores {
    /// Documents scored.
    pub docs: usize,
    /// Strict counts per type, in `TYPES` order.
    pub strict: [Prf; 4],
    /// Overlap counts per type.
    pub overlap: [Prf; 4],
    /// Untyped strict and overlap.
    pub untyped: [Prf; 2],
    /// Document-level unique PER/LOC/ORG names: typed, untyped.
    pub unique: [Prf; 2],
}

impl EntityScores {
    fn micro(counts: &[Prf; 4], types: &[usize]) -> Prf {
        let mut sum = Prf::default();
        for &t in types {
            sum += counts[t];
        }
        sum
    }

    /// Strict micro over PER+LOC+ORG: the headline number.
    #[must_use]
    pub fn headline(&self) -> Prf {
        Self::micro(&self.strict, &[0, 1, 2])
    }

    /// A printable report.
    #[must_use]
    pub fn report(&self, name: &str) -> String {
        let mut out = format!("{name}: {} documents\n", self.docs);
        for (label, counts) in [("strict", &self.strict), ("overlap", &self.overlap)] {
            let _ = writeln!(out, "  {label}");
            for (i, t) in TYPES.iter().enumerate() {
                let _ = writeln!(out, "    {t:<13} {}", counts[i]);
            }
            let _ = writeln!(
                out,
                "    {:<13} {}",
                "PER+LOC+ORG",
                Self::micro(counts, &[0, 1, 2])
            );
            let _ = writeln!(
                out,
                "    {:<13} {}",
                "all four",
                Self::micro(counts, &[0, 1, 2, 3])
            );
        }
        let _ = writeln!(out, "  untyped spans strict   {}", self.untyped[0]);
        let _ = writeln!(out, "  untyped spans overlap  {}", self.untyped[1]);
        let _ = writeln!(out, "  unique names (doc)     {}", self.unique[0]);
        let _ = writeln!(out, "  unique names untyped   {}", self.unique[1]);
        out
    }
}

/// The analysis of `doc` with its system and gold mentions as labelled spans.
#[must_use]
pub fn mention_items(doc: &GoldDoc) -> (Vec<Item<'static>>, Vec<Item<'_>>) {
    let analysis = analyze_text(&doc.text, doc.published());
    let system: Vec<Item> = analysis
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions.iter().map(|m| Item {
                start: m.start,
                end: m.end,
                label: conll_type(e.kind),
            })
        })
        .collect();
    let gold: Vec<Item> = doc
        .gold
        .mentions
        .iter()
        .flatten()
        .map(|m| Item {
            start: m.start,
            end: m.end,
            label: m.kind.as_str(),
        })
        .collect();
    (system, gold)
}

fn score_doc(doc: &GoldDoc, into: &mut EntityScores) {
    let (system, gold) = mention_items(doc);
    into.docs += 1;
    for (i, t) in TYPES.iter().enumerate() {
        let g: Vec<Item> = gold.iter().copied().filter(|x| x.label == *t).collect();
        let s: Vec<Item> = system.iter().copied().filter(|x| x.label == *t).collect();
        into.strict[i] += Prf::new(match_strict(&g, &s).len(), s.len(), g.len());
        into.overlap[i] += Prf::new(match_overlap(&g, &s).len(), s.len(), g.len());
    }
    let untyped = |v: &[Item]| v.iter().map(|x| Item { label: "", ..*x }).collect::<Vec<_>>();
    let (ug, us) = (untyped(&gold), untyped(&system));
    into.untyped[0] += Prf::new(match_strict(&ug, &us).len(), us.len(), ug.len());
    into.untyped[1] += Prf::new(match_overlap(&ug, &us).len(), us.len(), ug.len());
    for (slot, typed) in [(0, true), (1, false)] {
        let g = unique_names(&doc.text, &gold, typed);
        let s = unique_names(&doc.text, &system, typed);
        into.unique[slot] += Prf::new(g.intersection(&s).count(), s.len(), g.len());
    }
}

/// The README's normalisation of a name for document-level scoring.
#[must_use]
pub fn normalise_name(surface: &str) -> String {
    let folded: String = surface
        .replace('\u{2019}', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let mut s = folded.as_str();
    s = s.strip_prefix("the ").unwrap_or(s);
    s = s.strip_suffix("'s").or_else(|| s.strip_suffix('\'')).unwrap_or(s);
    s.trim_matches(|c: char| ".,;:!?\"'()[]-".contains(c)).to_string()
}

fn unique_names(text: &str, items: &[Item<'_>], typed: bool) -> BTreeSet<(String, String)> {
    items
        .iter()
        .filter(|i| i.label != "MISC")
        .filter_map(|i| {
            text.get(i.start..i.end).map(|s| {
                (
                    if typed { i.label.to_string() } else { String::new() },
                    normalise_name(s),
                )
            })
        })
        .collect()
}

/// Scores every document; returns (all documents, prose subset).
#[must_use]
pub fn evaluate(docs: &[GoldDoc]) -> (EntityScores, EntityScores) {
    let mut all = EntityScores::default();
    let mut prose = EntityScores::default();
    for doc in docs.iter().filter(|d| d.gold.mentions.is_some()) {
        score_doc(doc, &mut all);
        if doc.gold.prose.unwrap_or(true) {
            score_doc(doc, &mut prose);
        }
    }
    (all, prose)
}
