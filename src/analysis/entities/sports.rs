//! Sports reports: a city, state or county that plays is a team, which news
//! annotation treats as an organisation ("homered for Cleveland", "Milan
//! drew with Torino"); "in Seattle" stays a place.

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::fasthash::FastSet;
use super::gazetteer::List;
use std::sync::OnceLock;

/// Words that only sports reports use often.
const CUES: &[&str] = &[
    "homered",
    "homer",
    "homers",
    "inning",
    "innings",
    "pitcher",
    "pitched",
    "strikeouts",
    "batting",
    "wicket",
    "wickets",
    "bowled",
    "bowler",
    "goalkeeper",
    "striker",
    "midfielder",
    "penalty",
    "halftime",
    "half-time",
    "quarterback",
    "touchdown",
    "touchdowns",
    "rebounds",
    "playoff",
    "playoffs",
    "seeded",
    "tiebreak",
    "tie-break",
    "laps",
    "podium",
    "league",
    "standings",
    "scored",
    "goals",
    "goal",
    "match",
    "matches",
    "championship",
    "coach",
    "club",
    "victory",
    "beat",
    "defeated",
    "drew",
    "draw",
    "equaliser",
    "equalizer",
    "unbeaten",
    "relegated",
    "runs",
    "game",
    "games",
    "season",
    "title",
    "cup",
    "champions",
    "win",
    "won",
    "lead",
    "points",
    "striker",
];

/// Words before a team ("homered for Cleveland", "a win over Seattle").
const BEFORE: &[&str] = &[
    "for", "over", "against", "beat", "beating", "defeated", "vs", "vs.", "v",
];

/// Words after a team ("Milwaukee has won", "Cleveland's lead").
const AFTER: &[&str] = &[
    "beat", "beats", "defeated", "drew", "won", "lost", "rallied", "scored", "led", "leads", "has", "have",
    "'s", "were", "was", "clinched", "trail", "trailed", "edged", "routed", "swept",
];

/// True when at least one word in 40 is sports vocabulary (and a dozen in all).
pub fn sports_report(doc: &Doc<'_>) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| CUES.iter().copied().collect());
    let hits = doc.folded.iter().filter(|w| set.contains(w)).count();
    hits >= 12 && hits * 40 >= doc.len()
}

/// Turns cities, US states and counties that play in a sports report into teams.
pub fn teams(doc: &Doc<'_>, ms: &mut [Mention]) {
    if ms.is_empty() || !sports_report(doc) {
        return;
    }
    for m in ms.iter_mut().filter(|m| m.kind == EntityKind::Place) {
        let r = doc.tokens_in(m.start, m.end);
        if r.is_empty() {
            continue;
        }
        let town =
            (doc.is(r.start, List::City) || doc.is(r.start, List::State)) && !doc.is(r.start, List::Country);
        let before = r.start > 0 && BEFORE.contains(&&doc.folded[r.start - 1]);
        let after = doc.folded.get(r.end).is_some_and(|w| AFTER.contains(&w));
        let plays = (before || after) && !m.rule.starts_with("dateline");
        if town && plays && !doc.caps_line[r.start] {
            m.kind = EntityKind::Organization;
            m.rule = "sports:team".into();
        }
    }
}
