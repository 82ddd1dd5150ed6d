//! Timeline scores: span P/R/F1 (strict and overlap), value accuracy on matched
//! pairs, end-to-end P/R/F1, and a breakdown per gold granularity.

use super::gold::GoldDoc;
use super::score::{Item, Prf, match_overlap, match_strict};
use crate::analysis::analyze_text;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Summed counts over a set of documents.
#[derive(Debug, Default, Clone)]
pub struct TimelineScores {
    /// Documents scored.
    pub docs: usize,
    /// Strict span matching.
    pub strict: Prf,
    /// Overlap span matching.
    pub overlap: Prf,
    /// Matched pairs with the exact value.
    pub exact: usize,
    /// Matched pairs equal up to the time part.
    pub date_prefix: usize,
    /// Correct system items (overlap and exact value).
    pub end_to_end: Prf,
    /// Per granularity: (gold, found, exact).
    pub by_granularity: BTreeMap<&'static str, (usize, usize, usize)>,
}

/// The granularity of a gold TIMEX3 value, for the breakdown.
#[must_use]
pub fn granularity_of(value: &str) -> &'static str {
    let v = value.trim();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if v.ends_with("_REF") {
        return "reference";
    }
    if v.contains('T') && v.len() > 10 {
        return "time";
    }
    let parts: Vec<&str> = v.split('-').collect();
    match parts.as_slice() {
        [y] if digits(y) && y.len() == 4 => "year",
        [y] if digits(y) && y.len() == 3 => "decade",
        [y] if digits(y) && y.len() == 2 => "century",
        [_, p] if p.starts_with('W') => "week",
        [_, p] if p.starts_with('Q') => "quarter",
        [_, p] if p.starts_with('H') => "half",
        [_, p] if ["SP", "SU", "FA", "WI"].contains(p) => "season",
        [_, m] if digits(m) => "month",
        [_, _, d] if d.len() == 2 => "day",
        _ => "other",
    }
}

fn value_matches(system: &str, gold: &str, published: Option<&str>, prefix_only: bool) -> bool {
    let (s, g) = (
        system.trim().to_ascii_uppercase(),
        gold.trim().to_ascii_uppercase(),
    );
    if !prefix_only {
        return s == g;
    }
    let cut = |v: &str| v.split('T').next().unwrap_or_default().to_string();
    cut(&s) == cut(&g) || (g == "PRESENT_REF" && published.is_some_and(|p| cut(&s) == p))
}

fn score_doc(doc: &GoldDoc, into: &mut TimelineScores) {
    let published_text = doc.gold.published.as_deref();
    let published = doc.published();
    let analysis = analyze_text(&doc.text, published);
    let timexes = doc.gold.timexes.as_deref().unwrap_or_default();
    let (dated, other): (Vec<_>, Vec<_>) = timexes.iter().partition(|t| t.kind == "DATE" || t.kind == "TIME");
    let item = |start, end| Item {
        start,
        end,
        label: "",
    };
    let gold: Vec<Item> = dated.iter().map(|t| item(t.start, t.end)).collect();
    let overlaps = |a: &Item, s: usize, e: usize| a.start < e && s < a.end;
    // System items that only overlap a DURATION or SET are neither right nor wrong.
    let entries: Vec<_> = analysis
        .timeline
        .iter()
        .filter(|t| {
            let it = item(t.span.start, t.span.end);
            gold.iter().any(|g| overlaps(&it, g.start, g.end))
                || !other.iter().any(|o| overlaps(&it, o.start, o.end))
        })
        .collect();
    let system: Vec<Item> = entries.iter().map(|t| item(t.span.start, t.span.end)).collect();
    into.docs += 1;
    into.strict += Prf::new(match_strict(&gold, &system).len(), system.len(), gold.len());
    let pairs = match_overlap(&gold, &system);
    into.overlap += Prf::new(pairs.len(), system.len(), gold.len());
    let mut correct = 0;
    for g in &dated {
        into.by_granularity.entry(granularity_of(&g.value)).or_default().0 += 1;
    }
    for &(gi, si) in &pairs {
        let (g, s) = (dated[gi], entries[si]);
        let slot = into.by_granularity.entry(granularity_of(&g.value)).or_default();
        slot.1 += 1;
        if value_matches(&s.value, &g.value, published_text, false) {
            correct += 1;
            slot.2 += 1;
        }
        if value_matches(&s.value, &g.value, published_text, true) {
            into.date_prefix += 1;
        }
    }
    into.exact += correct;
    into.end_to_end += Prf::new(correct, system.len(), gold.len());
}

/// Scores every document that has `timexes`.
#[must_use]
pub fn evaluate(docs: &[GoldDoc]) -> TimelineScores {
    let mut scores = TimelineScores::default();
    for doc in docs.iter().filter(|d| d.gold.timexes.is_some()) {
        score_doc(doc, &mut scores);
    }
    scores
}

impl TimelineScores {
    /// A printable report.
    #[must_use]
    pub fn report(&self) -> String {
        #[allow(clippy::cast_precision_loss)]
        let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
        let matched = self.overlap.matched_gold;
        let mut out = format!("timeline: {} documents (gold = DATE + TIME timexes)\n", self.docs);
        let _ = writeln!(out, "  span strict     {}", self.strict);
        let _ = writeln!(out, "  span overlap    {}", self.overlap);
        let _ = writeln!(
            out,
            "  value exact     {:5.1} % of {matched} matched",
            pct(self.exact, matched)
        );
        let _ = writeln!(
            out,
            "  value date part {:5.1} % of {matched} matched",
            pct(self.date_prefix, matched)
        );
        let _ = writeln!(out, "  end-to-end      {}", self.end_to_end);
        let _ = writeln!(
            out,
            "  {:<12} {:>5} {:>6} {:>6}",
            "granularity", "gold", "found", "exact"
        );
        for (g, (gold, found, exact)) in &self.by_granularity {
            let _ = writeln!(out, "  {g:<12} {gold:>5} {found:>6} {exact:>6}");
        }
        out
    }
}
