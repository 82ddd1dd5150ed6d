//! Name normalisation and rule strength shared by the consistency and merge
//! steps.

use super::gazetteer::fold;

/// How much a rule is trusted when mentions disagree about a kind.
#[must_use]
pub fn strength(rule: &str) -> u8 {
    let head = rule
        .bytes()
        .position(|b| b == b':')
        .map_or(rule, |at| &rule[..at]);
    match head {
        "gazetteer" | "title" | "org-suffix" | "given-name" | "initials" | "dateline" | "storm"
        | "company" | "airline" | "product" | "cue" | "modifier" | "law" | "prefix" | "sports" | "event"
        | "index" | "defined" | "speaker" => 3,
        "tagger" | "joined" | "place-tail" | "place-head" | "place-prep" | "place-context" | "place-of"
        | "place-compass" | "place-coordinated" | "org-coordinated" | "place-before" | "place-example"
        | "compound" | "role-as" | "pronoun-surname" | "party-before-title" | "place-site"
        | "title-coordinated" => 2,
        "context" | "acronym" | "shape" | "consistency" | "vote" => 1,
        _ => 0,
    }
}

/// The comparison form of a name: folded, dots dropped from all-caps forms.
#[must_use]
pub fn norm(name: &str) -> String {
    let mut f = fold(name);
    if f.contains("  ") || f.contains(|c: char| c != ' ' && c.is_whitespace()) {
        f = f.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let acronym = !name.chars().any(char::is_lowercase) || (name.contains('.') && name.len() <= 6);
    if acronym && f.contains('.') {
        f.retain(|c| c != '.');
    }
    f
}
