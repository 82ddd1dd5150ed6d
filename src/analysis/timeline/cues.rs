//! The words and word classes behind tense cues: present and past
//! auxiliaries, schedules, plans and intentions, event nouns, and the
//! verbs of perception after which "could" is the past of "can".

use super::super::Span;
use super::expr::P;
use super::lexicon::{Lex, W};
use super::tokens::Kind;

/// Event nouns that a date may modify ("the November election").
pub const EVENTS: &[&str] = &[
    "election",
    "elections",
    "vote",
    "referendum",
    "summit",
    "poll",
    "polls",
    "deadline",
    "runoff",
    "primary",
    "primaries",
    "ballot",
    "talks",
    "conference",
    "showdown",
    "contest",
];

/// A present-tense verb right before "on" and the expression ("speaks on
/// Wednesday", "ends on Monday", "is on Friday"): a scheduled event, hence
/// the future.
pub fn scheduled_present(pr: &P, a: usize) -> bool {
    // "The vote is on Sunday", "the deadline is midnight Friday": a present
    // copula states a schedule.
    let copula = |k: usize| ["is", "are"].iter().any(|w| pr.is_word(k, w));
    if (a >= 2 && pr.w(a - 1, W::On) && copula(a - 2)) || (a >= 1 && copula(a - 1)) {
        return true;
    }
    if a < 3 || !pr.w(a - 1, W::On) || pr.t[a - 3].kind == Kind::Num {
        return false;
    }
    // "fired tear gas at demonstrators on Monday": after a preposition or a
    // determiner the "-s" word is a noun.
    // "passed amendments on Tuesday": after a past verb, its object.
    // "in-person ballots on", "clashed over taxes on": after a hyphenated
    // adjective, or an object's preposition, too.
    let noun = a >= 4
        && (determiner(pr, a - 3)
            || PREPOSITIONS
                .iter()
                .chain(OBJECT_PREPOSITIONS)
                .any(|w| pr.is_word(a - 3, w))
            || pr.lex(a - 3) == Lex::PastVerb
            || (pr.s(a - 3).len() > 4 && pr.s(a - 3).ends_with("ed"))
            || (pr.t[a - 3].head.is_ascii_lowercase() && hyphenated(pr, a - 3)));
    present_s(pr, a - 2) && !noun && !counted(pr, a - 2) && !object_of_past(pr, a - 2)
}

/// The word at `k` ends a hyphenated compound ("in-person", "long-range").
pub fn hyphenated(pr: &P, k: usize) -> bool {
    k >= 2 && pr.p(k - 1, b'-') && pr.t[k - 1].end == pr.t[k].start && pr.t[k - 2].end == pr.t[k - 1].start
}

/// Prepositions that open an object ("clashed over taxes") besides
/// [`PREPOSITIONS`].
const OBJECT_PREPOSITIONS: &[&str] = &["over", "into", "across", "under", "during", "through", "on"];

/// "passed six bills on", "trounced his alliance in European Parliament
/// elections on": an "-ed" verb a few words before the "-s" word at `k`, in
/// the same clause, makes that word its object.
fn object_of_past(pr: &P, k: usize) -> bool {
    // (Over a list of objects: "clashed over taxes, schools and job cuts on";
    // not over a clause break such as ", and" or "who".)
    (k.saturating_sub(8)..k)
        .rev()
        .take_while(|&j| {
            let list_comma = pr.p(j, b',') && !pr.is_word(j + 1, "and");
            let list_and = pr.is_word(j, "and") && j >= 1 && !pr.p(j - 1, b',');
            list_comma
                || list_and
                || (pr.t[j].kind == Kind::Word
                    && !["who", "which", "that", "and", "but"]
                        .iter()
                        .any(|w| pr.is_word(j, w)))
        })
        .any(|j| {
            pr.lex(j) == Lex::PastVerb
                || (pr.t[j].head.is_ascii_lowercase() && pr.s(j).len() > 4 && pr.s(j).ends_with("ed"))
        })
}

/// "69.2 U.S. cents", "3,000 troops": a number shortly before an "-s" word
/// makes it a counted noun, not a verb.
pub fn counted(pr: &P, k: usize) -> bool {
    // At most "U.S." (four tokens) between the number and the noun, no other
    // punctuation: "Sales fell 3 percent. The summit opens …" counts nothing.
    let mut j = k;
    let mut steps = 0;
    while j > 0 && steps < 5 {
        j -= 1;
        steps += 1;
        match pr.t[j].kind {
            Kind::Num => return true,
            // "six bills", "several reports".
            Kind::Word if matches!(pr.lex(j), Lex::Card(_)) || pr.w(j, W::Several) => return true,
            Kind::Punct if !pr.p(j, b'.') || steps > 4 => return false,
            Kind::Punct => {}
            Kind::Word if pr.t[j].capitalized() && pr.s(j).len() <= 2 => {}
            Kind::Word if steps == 1 => {}
            Kind::Word => return false,
        }
    }
    false
}

/// Prepositions before which an "-s" word is a noun.
pub const PREPOSITIONS: &[&str] = &[
    "at", "of", "for", "with", "to", "in", "from", "among", "between", "against", "by", "about",
];

/// A lowercase word in "-s" that may be a present verb ("speaks", "faces").
pub fn present_s(pr: &P, k: usize) -> bool {
    let Some(t) = pr.t.get(k) else { return false };
    let s = pr.s(k);
    t.kind == Kind::Word
        && t.lex == Lex::None
        && t.head.is_ascii_lowercase()
        && s.len() > 3
        && s.ends_with('s')
        && !s.ends_with("ss")
        && !s.ends_with("ous")
        && s != "says"
}

/// "ahead of (the) Sunday's vote", "in the run-up to Monday's debate": an
/// event still to come.
pub fn ahead_of(pr: &P, a: usize) -> bool {
    let k = if a >= 1 && pr.is_word(a - 1, "the") {
        a - 1
    } else {
        a
    };
    let lead = |j: usize| ["run", "lead"].iter().any(|w| pr.is_word(j, w));
    let run_up = k >= 4 && pr.is_word(k - 2, "up") && (lead(k - 3) || lead(k - 4));
    if k >= 2 && (pr.is_word(k - 1, "of") && pr.is_word(k - 2, "ahead") || pr.is_word(k - 1, "to") && run_up)
    {
        return true;
    }
    // "ahead of a deadline at 12:01 a.m. on Saturday": an event between.
    let ahead = a >= 5
        && ["at", "on"].iter().any(|w| pr.is_word(a - 1, w))
        && (a.saturating_sub(6)..a - 2).any(|j| {
            pr.is_word(j, "ahead")
                && pr.is_word(j + 1, "of")
                && determiner(pr, j + 2)
                && (j + 3..a - 1).all(|i| pr.t[i].kind == Kind::Word && pr.t[i].head.is_ascii_lowercase())
        });
    // "before a confidence vote in the National Assembly on Monday": an
    // event still to come, named a few words before its date.
    let before_event = a >= 4
        && pr.is_word(a - 1, "on")
        && (a.saturating_sub(9)..a - 2).any(|j| {
            pr.is_word(j, "before")
                && determiner(pr, j + 1)
                && (j + 2..a - 1).all(|i| pr.t[i].kind == Kind::Word)
                && (j + 2..a - 1).any(|i| EVENTS.iter().any(|w| pr.is_word(i, w)))
        });
    ahead || before_event
}

/// "launched his campaign for the April 12 parliamentary election": an
/// event still to come, unless a past verb follows ("was marred").
pub fn campaign_for(pr: &P, a: usize) -> bool {
    let k = if a >= 1 && pr.is_word(a - 1, "the") {
        a - 1
    } else {
        a
    };
    const CAMPAIGN: &[&str] = &[
        "campaign",
        "campaigning",
        "preparations",
        "candidate",
        "candidates",
        "candidacy",
    ];
    k >= 2 && pr.is_word(k - 1, "for") && CAMPAIGN.iter().any(|w| pr.is_word(k - 2, w))
}

/// "a vote could come Wednesday", "they may trigger sanctions in October": a
/// possibility ahead, unless negated
/// ("could not be reached Monday", "neither … could") or perfect ("could have").
pub fn possible_ahead(pr: &P, k: usize, sentence: Span) -> bool {
    let modal = pr.is_word(k, "could") || pr.is_word(k, "may") || pr.is_word(k, "might");
    if !modal || SENSES.iter().any(|w| pr.is_word(k + 1, w)) {
        return false;
    }
    // Negation is looked for in the same 20-token window as the cues, so a
    // long sentence full of "could" stays linear.
    let negated = ["not", "n't", "never", "have", "hardly"]
        .iter()
        .any(|w| pr.is_word(k + 1, w))
        || (k.saturating_sub(20)..k)
            .rev()
            .take_while(|&j| pr.t[j].start >= sentence.start)
            .any(|j| pr.is_word(j, "neither") || pr.is_word(j, "nor"));
    !negated
}

/// Verbs of perception and thought after which "could" is the past of
/// "can" ("residents said they could hear explosions on Monday").
pub const SENSES: &[&str] = &[
    "hear",
    "see",
    "feel",
    "smell",
    "taste",
    "tell",
    "remember",
    "recall",
    "understand",
    "watch",
    "only",
    "barely",
    "still",
];

/// Irregular past forms that are never participles: "spoke by phone" is
/// no passive.
pub fn past_only(s: &str) -> bool {
    [
        "was", "were", "did", "began", "came", "went", "took", "gave", "rose", "fell", "saw", "became",
        "ran", "spoke", "knew", "grew", "drew", "threw", "flew", "chose", "broke", "drove", "wrote",
    ]
    .iter()
    .any(|w| s.eq_ignore_ascii_case(w))
}

/// An adverb that makes a plan a former one ("originally scheduled").
pub fn formerly(pr: &P, k: usize) -> bool {
    ["originally", "initially", "previously", "first", "once"]
        .iter()
        .any(|w| pr.is_word(k, w))
}

/// Future cues that are participles: "had been scheduled" is a past plan.
pub fn participle(s: &str) -> bool {
    ["scheduled", "expected", "due", "supposed"]
        .iter()
        .any(|w| s.eq_ignore_ascii_case(w))
}

/// "plan"/"plans" not followed by "to": the noun.
pub fn is_plan_noun(pr: &P, k: usize) -> bool {
    (pr.is_word(k, "plan") || pr.is_word(k, "plans")) && !pr.is_word(k + 1, "to")
}

/// A determiner: what follows is a noun.
pub fn determiner(pr: &P, k: usize) -> bool {
    ["the", "a", "an", "its", "their", "his", "her", "our", "this"]
        .iter()
        .any(|w| pr.is_word(k, w))
}

/// An auxiliary that makes a following participle passive or perfect,
/// not past.
pub fn present_aux(pr: &P, k: usize) -> bool {
    // "will remain closed", "stay shut": a state, not a past event.
    [
        "is", "are", "be", "being", "been", "has", "have", "remain", "remains", "stay", "stays",
    ]
    .iter()
    .any(|w| pr.is_word(k, w))
}

pub fn past_aux(pr: &P, k: usize) -> bool {
    ["had", "was", "were", "been"].iter().any(|w| pr.is_word(k, w))
}

/// "is set for", "slated to", "to be held": a schedule, unless a past
/// auxiliary precedes it ("was set for", "was to be held").
pub fn scheduled(pr: &P, k: usize) -> bool {
    let s = pr.s(k);
    let set = (s == "set" || s == "slated") && (pr.is_word(k + 1, "for") || pr.is_word(k + 1, "to"));
    // "to be held", "guidelines to be published": a passive infinitive.
    let participle = |j: usize| {
        pr.lex(j) == Lex::PastVerb || {
            let w = pr.s(j);
            w.len() > 4 && w.ends_with("ed") && pr.t.get(j).is_some_and(|t| t.head.is_ascii_lowercase())
        }
    };
    let to_be = s == "to" && pr.is_word(k + 1, "be") && participle(k + 2);
    (set || to_be) && !(k >= 1 && past_aux(pr, k - 1))
}

/// Words of commitment or intention that take an infinitive whose event
/// lies ahead of them ("agreed to buy", "a deal to sell").
#[rustfmt::skip]
pub const INTENT: &[&str] = &[
    "agreed", "agreement", "decided", "decision", "voted", "promised", "pledged", "vowed",
    "offered", "offer", "proposed", "proposal", "bid", "deal", "ready", "poised", "prepared",
    "preparing", "threatened", "sought", "seeks", "seeking", "wants", "wanted", "aims", "aimed",
    "hoped", "likely", "pact", "plan", "due",
];

/// Verbs that ask someone else to act.
const URGE: &[&str] = &[
    "urged",
    "urges",
    "asked",
    "asks",
    "pressed",
    "presses",
    "invited",
    "encouraged",
    "summoned",
    "summons",
    "ordered",
    "orders",
    "instructed",
    "directed",
];

/// "to" + a verb after a word of intention ("agreed to sell the unit in
/// March"): the event is planned, hence the future; not after a past
/// auxiliary ("had agreed to").
pub fn intended_infinitive(pr: &P, k: usize) -> bool {
    if k < 1 || !pr.is_word(k, "to") {
        return false;
    }
    // "urged negotiators to present a deal", "asked the court to rule":
    // the act urged lies ahead of the urging.
    // (Not "had asked officials to report": settled.)
    let urged = (2..=3).any(|d| {
        k >= d
            && URGE.iter().any(|w| pr.is_word(k - d, w))
            && (k - d + 1..k).all(|j| pr.t[j].kind == Kind::Word && pr.t[j].head.is_ascii_lowercase())
            && !(k > d && past_aux(pr, k - d - 1))
    });
    if !urged && !INTENT.iter().any(|w| pr.is_word(k - 1, w)) {
        return false;
    }
    // ("to present": a verb that is also a time word.)
    let verb = pr.t.get(k + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && (t.lex == Lex::None || pr.s(k + 1) == "present")
            && t.head.is_ascii_lowercase()
            && pr.s(k + 1) != "the"
    });
    // ("had agreed to", "had been due to": settled; "were due to meet":
    // still ahead of them.)
    let due = pr.is_word(k - 1, "due") && k >= 2 && (pr.is_word(k - 2, "was") || pr.is_word(k - 2, "were"));
    verb && !(k >= 2 && past_aux(pr, k - 2) && !due)
}

/// Verbs that introduce a reported clause.
pub const REPORTED: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "expect",
    "expects",
    "expected",
    "warned",
    "predicted",
];

/// Verbs of reporting whose date is the date of the report.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "added",
    "reported",
    "confirmed",
    "stated",
];

/// The expression at `i` dates a report: "said on Monday", "said Monday",
/// "told reporters on Monday", "said in a statement on Monday".
pub fn reporting(pr: &P, i: usize) -> bool {
    let mut k = i;
    if k > 0 && pr.is_word(k - 1, "on") {
        k -= 1;
    }
    (1..=4).any(|d| {
        k >= d
            && REPORTING.iter().any(|w| pr.is_word(k - d, w))
            && (1..d).all(|e| pr.t[k - e].kind == Kind::Word)
    })
}
