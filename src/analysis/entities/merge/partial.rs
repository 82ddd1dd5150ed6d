//! Merging helpers: a shorter name inside a person's full name, and an
//! organisation's head word ("the Commission" → "European Commission").

use super::super::super::EntityKind;
use super::super::doc::Mention;
use super::super::names::strength;
use super::{Group, Merger};

impl Merger {
    /// A person whose full name contains this shorter name.
    pub(super) fn partial(&self, m: &Mention, key: &str, own: u8) -> Option<usize> {
        if m.kind != EntityKind::Person && own >= 3 {
            return None;
        }
        let first = key.split(' ').next().unwrap_or("");
        let listed = self.by_word.get(first)?;
        let words: Vec<&str> = key.split(' ').collect();
        let groups = &self.groups;
        let cands: Vec<usize> = (listed.iter().copied())
            .filter(|&g| groups[g].kind == EntityKind::Person && groups[g].words.len() > words.len())
            .filter(|&g| m.kind == EntityKind::Person || own < groups[g].strength)
            .filter(|&g| contains_run(&groups[g].words, &words))
            .collect();
        if cands.len() <= 1 {
            return cands.first().copied();
        }
        let last = words.last().copied().unwrap_or("");
        let by_surname: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&g| groups[g].words.last().is_some_and(|w| w == last))
            .collect();
        let pool = if by_surname.is_empty() { cands } else { by_surname };
        nearest_before(groups, &pool, m.start)
    }
}

fn contains_run(hay: &[String], needle: &[&str]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.iter().zip(needle).all(|(a, b)| a == b))
}

/// The group (of `pool`) mentioned most often before `pos` (ties: most
/// recently), else the first.
fn nearest_before(groups: &[Group], pool: &[usize], pos: usize) -> Option<usize> {
    pool.iter()
        .copied()
        .filter_map(|g| {
            let before = groups[g].mentions.iter().filter(|s| s.start < pos);
            let count = before.clone().count();
            before.map(|s| s.start).max().map(|last| (count, last, g))
        })
        .max()
        .map(|x| x.2)
        .or_else(|| pool.first().copied())
}

impl Merger {
    /// The organisation whose last word (or head before "of") is this
    /// one-word organisation name; the most mentioned before it when several.
    pub(super) fn head(&self, m: &Mention, key: &str) -> Option<usize> {
        if m.kind != EntityKind::Organization {
            return None;
        }
        if key.contains(' ') {
            return self.before_of(key);
        }
        let own = strength(&m.rule);
        let pool: Vec<usize> = (self.by_head.get(key)?.iter().copied())
            .filter(|&g| self.groups[g].kind == EntityKind::Organization && own <= self.groups[g].strength)
            .collect();
        nearest_before(&self.groups, &pool, m.start)
    }

    /// "General Court" → "General Court of the European Union": the
    /// organisation whose name continues this one with "of".
    fn before_of(&self, key: &str) -> Option<usize> {
        let words: Vec<&str> = key.split(' ').collect();
        let cands = self.by_first.get(words[0])?;
        cands.iter().copied().find(|&g| {
            let gw = &self.groups[g].words;
            self.groups[g].kind == EntityKind::Organization
                && gw.len() > words.len() + 1
                && gw[words.len()] == "of"
                && gw.iter().zip(&words).all(|(a, b)| a == b)
        })
    }
}
