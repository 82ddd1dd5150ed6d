//! Precision, recall and F1, and one-to-one matching of spans.

use std::fmt;

/// Counts behind precision / recall / F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prf {
    /// System items that matched.
    pub matched_system: usize,
    /// Gold items that matched.
    pub matched_gold: usize,
    /// All system items.
    pub system: usize,
    /// All gold items.
    pub gold: usize,
}

#[allow(clippy::cast_precision_loss)]
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl Prf {
    /// Counts for a one-to-one matching: `matched` pairs.
    #[must_use]
    pub const fn new(matched: usize, system: usize, gold: usize) -> Self {
        Self {
            matched_system: matched,
            matched_gold: matched,
            system,
            gold,
        }
    }

    /// Precision.
    #[must_use]
    pub fn precision(&self) -> f64 {
        ratio(self.matched_system, self.system)
    }

    /// Recall.
    #[must_use]
    pub fn recall(&self) -> f64 {
        ratio(self.matched_gold, self.gold)
    }

    /// F1, the harmonic mean.
    #[must_use]
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

impl std::ops::AddAssign for Prf {
    fn add_assign(&mut self, o: Self) {
        self.matched_system += o.matched_system;
        self.matched_gold += o.matched_gold;
        self.system += o.system;
        self.gold += o.gold;
    }
}

impl fmt::Display for Prf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:5.1}  R {:5.1}  F1 {:5.1}   (sys {}, gold {})",
            100.0 * self.precision(),
            100.0 * self.recall(),
            100.0 * self.f1(),
            self.system,
            self.gold
        )
    }
}

/// A labelled byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Item<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Type label (empty for untyped scoring).
    pub label: &'a str,
}

/// Pairs of (gold index, system index), strict: identical range and label, one-to-one.
#[must_use]
pub fn match_strict(gold: &[Item<'_>], system: &[Item<'_>]) -> Vec<(usize, usize)> {
    let mut used = vec![false; system.len()];
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if let Some(si) = (0..system.len()).find(|&si| !used[si] && system[si] == *g) {
            used[si] = true;
            pairs.push((gi, si));
        }
    }
    pairs
}

/// Pairs of (gold index, system index) sharing at least one byte and the label,
/// largest overlap first (ties: closer length), one-to-one.
#[must_use]
pub fn match_overlap(gold: &[Item<'_>], system: &[Item<'_>]) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (si, s) in system.iter().enumerate() {
            let overlap = g.end.min(s.end).saturating_sub(g.start.max(s.start));
            if overlap > 0 && g.label == s.label {
                let len_diff = (g.end - g.start).abs_diff(s.end - s.start);
                candidates.push((std::cmp::Reverse(overlap), len_diff, gi, si));
            }
        }
    }
    candidates.sort_unstable();
    let (mut gold_used, mut sys_used) = (vec![false; gold.len()], vec![false; system.len()]);
    let mut pairs = Vec::new();
    for (_, _, gi, si) in candidates {
        if !gold_used[gi] && !sys_used[si] {
            gold_used[gi] = true;
            sys_used[si] = true;
            pairs.push((gi, si));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn it(start: usize, end: usize, label: &str) -> Item<'_> {
        Item { start, end, label }
    }

    #[test]
    fn strict_and_overlap_matching_are_one_to_one() {
        let gold = [it(0, 5, "PER"), it(10, 20, "LOC")];
        let sys = [
            it(0, 5, "PER"),
            it(0, 5, "PER"),
            it(12, 25, "LOC"),
            it(14, 16, "LOC"),
        ];
        assert_eq!(match_strict(&gold, &sys).len(), 1);
        let pairs = match_overlap(&gold, &sys);
        assert_eq!(pairs.len(), 2);
        assert!(pairs.contains(&(1, 2)), "largest overlap wins: {pairs:?}");
    }

    #[test]
    fn prf_numbers() {
        let p = Prf::new(3, 4, 6);
        assert!((p.precision() - 0.75).abs() < 1e-9);
        assert!((p.recall() - 0.5).abs() < 1e-9);
        assert!((p.f1() - 0.6).abs() < 1e-9);
        assert!(Prf::default().f1().abs() < f64::EPSILON);
    }
}
