//! State of the store-wide entity list: a fuzzy filter, a kind filter and a selection.

use crate::analysis::EntityKind;
use crate::index::EntityIndex;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// The entity list view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntityList {
    /// Typed filter (fuzzy).
    pub query: String,
    /// Only this kind, if set.
    pub kind: Option<EntityKind>,
    /// Selected row.
    pub selected: usize,
    /// Index slots shown, best first.
    pub rows: Vec<usize>,
}

impl EntityList {
    /// Recomputes the rows for the current filters, keeping the selection in range.
    pub fn refresh(&mut self, index: &EntityIndex) {
        let ranked = index.ranked();
        let kind_ok = |slot: &usize| {
            self.kind
                .is_none_or(|k| index.get(*slot).is_some_and(|e| e.kind == k))
        };
        if self.query.trim().is_empty() {
            self.rows = ranked.into_iter().filter(kind_ok).collect();
        } else {
            let pattern = Pattern::parse(&self.query, CaseMatching::Ignore, Normalization::Smart);
            let mut matcher = Matcher::new(Config::DEFAULT);
            let mut buf = Vec::new();
            let mut scored: Vec<(u32, usize, usize)> = ranked
                .into_iter()
                .enumerate()
                .filter(kind_ok_pair(&kind_ok))
                .filter_map(|(rank, slot)| {
                    let entry = index.get(slot)?;
                    let best = std::iter::once(&entry.name)
                        .chain(entry.aliases.iter())
                        .filter_map(|name| pattern.score(Utf32Str::new(name, &mut buf), &mut matcher))
                        .max()?;
                    Some((best, rank, slot))
                })
                .collect();
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            self.rows = scored.into_iter().map(|(_, _, slot)| slot).collect();
        }
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    /// Cycles the kind filter: all → people → organizations → places → other → all.
    pub fn cycle_kind(&mut self) {
        self.kind = match self.kind {
            None => Some(EntityKind::Person),
            Some(EntityKind::Person) => Some(EntityKind::Organization),
            Some(EntityKind::Organization) => Some(EntityKind::Place),
            Some(EntityKind::Place) => Some(EntityKind::Other),
            Some(EntityKind::Other) => None,
        };
        self.selected = 0;
    }
}

fn kind_ok_pair<'a>(kind_ok: &'a impl Fn(&usize) -> bool) -> impl Fn(&(usize, usize)) -> bool + 'a {
    move |(_, slot)| kind_ok(slot)
}
