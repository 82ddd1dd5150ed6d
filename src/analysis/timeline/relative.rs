//! Grammar rules for relative, anaphoric and reference expressions:
//! "yesterday", "last week", "next Monday", "two days ago", "the next day",
//! "that night", "now", "the past", plus durations and sets to skip.

use super::expr::{Base, Expr, Hit, P, RefKind};
use super::lexicon::{Lex, Part, Unit, W};
use super::shift;

/// Rules that start with a named function word.
pub fn word_rule(pr: &P, i: usize) -> Option<Hit> {
    let Lex::Word(w) = pr.lex(i) else { return None };
    let one = |e| Some(Hit::new(i, i + 1, e));
    match w {
        // "USA Today", "VOA Today": a title after a name.
        W::Today
            if pr.t[i].capitalized() && i > 0 && pr.t[i - 1].capitalized() && pr.lex(i - 1) == Lex::None =>
        {
            one(Expr::Skip)
        }
        W::Today => Some(day_word(pr, i, 0)),
        W::Yesterday => Some(day_word(pr, i, -1)),
        W::Tomorrow => Some(day_word(pr, i, 1)),
        W::Tonight => one(Expr::WithPart(Box::new(Expr::DayOffset(0)), Part::Night)),
        // "Speaking to reporters in the afternoon": that part of the day the
        // narrative is at (not "every day in the morning", a set).
        W::The if part_in_the(pr, i).is_some() => {
            let part = part_in_the(pr, i)?;
            let today = Expr::Rel {
                unit: Unit::Day,
                n: 0,
                base: Base::Anchor,
            };
            Some(Hit::new(i, i + 2, Expr::WithPart(Box::new(today), part)))
        }
        // "announced overnight", "overnight losses": the night before publication;
        // not "overnight on Monday" (the weekday says which) nor the overnight rate.
        W::Overnight => {
            let rate = [
                "rate",
                "rates",
                "lending",
                "repo",
                "interbank",
                "deposit",
                "index",
                "stay",
                "stays",
            ]
            .iter()
            .any(|w| pr.is_word(i + 1, w));
            // "worked overnight on the draft": "on" with no date after it.
            let dated_on = |k: usize| matches!(pr.lex(k), Lex::Weekday(_) | Lex::Month(_) | Lex::Holiday(_));
            let dated = (pr.is_word(i + 1, "on") && dated_on(i + 2)) || dated_on(i + 1);
            if rate || dated {
                one(Expr::Skip)
            } else {
                // "…, while the army said fighters attacked overnight": a report
                // after the date names its own night, the last one.
                let reported = (i.saturating_sub(15)..i)
                    .rev()
                    .take_while(|&k| !pr.p(k, b'.'))
                    .any(|k| {
                        pr.p(k, b';')
                            || ["said", "says", "while", "but", "reported"]
                                .iter()
                                .any(|w| pr.is_word(k, w))
                    });
                if reported {
                    one(Expr::WithPart(Box::new(Expr::DayOffset(-1)), Part::Night))
                } else {
                    one(Expr::Overnight)
                }
            }
        }
        // "Now, he says, …": a sentence-opening discourse marker, not a time.
        W::Now if pr.t[i].capitalized() && pr.p(i + 1, b',') => one(Expr::Skip),
        W::Now | W::Currently | W::Presently | W::Nowadays => one(Expr::Ref(RefKind::Present)),
        W::Recently | W::Formerly => one(Expr::Ref(RefKind::Past)),
        W::A | W::Several | W::Few => quantity(pr, i),
        W::Soon
            if i > 0
                && (matches!(pr.lex(i - 1), Lex::Future)
                    || ["may", "might", "could", "should", "to", "must"]
                        .iter()
                        .any(|w| pr.is_word(i - 1, w))) =>
        {
            one(Expr::Ref(RefKind::Future))
        }
        W::Recent if matches!(pr.lex(i + 1), Lex::Units(_)) => {
            Some(Hit::new(i, i + 2, Expr::Ref(RefKind::Past)))
        }
        W::Current => match unit_skipping_fiscal(pr, i + 1) {
            Some((u, k)) => Hit::some(i, k, rel_or_quarter(u, 0, Base::Dct)),
            None => one(Expr::Ref(RefKind::Present)),
        },
        // "days" is in the lexicon as a unit plural first, so `W::Days` never comes up.
        W::These if pr.lex(i + 1) == Lex::Units(Unit::Day) => {
            Some(Hit::new(i, i + 2, Expr::Ref(RefKind::Present)))
        }
        W::The => shift::the_rule(pr, i),
        W::Last
        | W::Next
        | W::This
        | W::Coming
        | W::Past
        | W::Previous
        | W::That
        | W::Same
        | W::Following
        | W::Latest => shift::shift_rule(pr, i, i, false),
        W::Every | W::Each => set_rule(pr, i),
        W::Daily => one(Expr::Skip),
        W::For => quantity(pr, i + 1).map(|h| Hit::new(i, h.end, Expr::Skip)),
        W::In => in_rule(pr, i),
        _ => None,
    }
}

/// Nouns that make "in today's …" generic.
const GENERIC_NOUNS: [&str; 8] = [
    "world",
    "society",
    "youth",
    "generation",
    "economy",
    "children",
    "culture",
    "times",
];

/// today / yesterday / tomorrow with an optional part of day.
fn day_word(pr: &P, i: usize, n: i32) -> Hit {
    let after_of = i > 0 && pr.w(i - 1, W::Of);
    let possessive = pr.p(i + 1, b'\'') && pr.is_word(i + 2, "s");
    let generic_noun = GENERIC_NOUNS.iter().any(|w| pr.is_word(i + 3, w));
    // "in today's world", "many of today's computers", "the people of
    // tomorrow": generic, which TimeML news annotation leaves out.
    if (after_of && (possessive || n != 0)) || (possessive && generic_noun) {
        return Hit::new(i, i + 1, Expr::Skip);
    }
    let e = Expr::DayOffset(n);
    match pr.lex(i + 1) {
        Lex::Part(part) => Hit::new(i, i + 2, Expr::WithPart(Box::new(e), part)),
        _ => Hit::new(i, i + 1, e),
    }
}

/// "in two weeks": a future date counted from publication.
fn in_rule(pr: &P, i: usize) -> Option<Hit> {
    if pr.w(i + 1, W::A) {
        return None;
    }
    let (count, j) = pr.quantity(i + 1)?;
    let (unit, after) = unit_at(pr, j)?;
    // "was sworn in three days later": "in" belongs to the verb; the
    // quantity is counted from the narrative ("three days later").
    if matches!(pr.lex(after), Lex::Word(W::Later | W::Earlier | W::Ago)) {
        return None;
    }
    match (count, unit) {
        (_, Unit::Hour | Unit::Minute) | (None, _) => Some(Hit::new(i + 1, after, Expr::Skip)),
        (Some(count), u) => Some(Hit::new(i + 1, after, rel_or_quarter(u, count, Base::Dct))),
    }
}

/// A unit word after an optional "fiscal"/"full": "current fiscal year".
pub fn unit_skipping_fiscal(pr: &P, j: usize) -> Option<(Unit, usize)> {
    let j = if pr.w(j, W::Fiscal) || pr.is_word(j, "full") {
        j + 1
    } else {
        j
    };
    match pr.lex(j) {
        Lex::Unit(u) => Some((u, j + 1)),
        _ => None,
    }
}

/// A unit word (singular or plural, also glued with a hyphen: "two-year").
pub fn unit_at(pr: &P, j: usize) -> Option<(Unit, usize)> {
    let j = if pr.p(j, b'-') && pr.glued(j) { j + 1 } else { j };
    match pr.lex(j) {
        Lex::Unit(u) | Lex::Units(u) => Some((u, j + 1)),
        _ => None,
    }
}

/// The part of the day in "in the morning / afternoon / evening" at `i`
/// ("the"), unless "every" comes shortly before.
fn part_in_the(pr: &P, i: usize) -> Option<Part> {
    // (Nor a clock time: "4 in the morning".)
    let clock =
        i >= 2 && (pr.t[i - 2].kind == super::tokens::Kind::Num || matches!(pr.lex(i - 2), Lex::Card(_)));
    let habit = clock || (i.saturating_sub(4)..i).any(|k| pr.w(k, W::Every));
    match pr.lex(i + 1) {
        Lex::Part(part @ (Part::Morning | Part::Afternoon | Part::Evening))
            if i > 0 && pr.w(i - 1, W::In) && !habit =>
        {
            Some(part)
        }
        _ => None,
    }
}

/// "two days ago", "a year earlier", "three weeks later", or a duration.
pub fn quantity(pr: &P, i: usize) -> Option<Hit> {
    let (count, j) = pr.quantity(i)?;
    let (unit, after) = unit_at(pr, j)?;
    if pr.p(after, b'-') && pr.glued(after) {
        return None;
    }
    let dir = match pr.lex(after) {
        Lex::Word(W::Ago) => Some((-1, Base::Dct, after + 1)),
        Lex::Word(W::Earlier) => Some((-1, Base::Anchor, after + 1)),
        Lex::Word(W::Later) => Some((1, Base::Anchor, after + 1)),
        Lex::Word(W::Before | W::After) if !noun_follows(pr, after + 1) => {
            let sign = if pr.w(after, W::Before) { -1 } else { 1 };
            Some((sign, Base::Anchor, after + 1))
        }
        Lex::Word(W::From) if pr.w(after + 1, W::Now) => Some((1, Base::Dct, after + 2)),
        Lex::Word(W::Hence) => Some((1, Base::Dct, after + 1)),
        _ => None,
    };
    let Some((sign, base, end)) = dir else {
        return Some(Hit::new(i, after, Expr::Skip));
    };
    let expr = match (count, unit) {
        (_, Unit::Hour | Unit::Minute) => Expr::Skip,
        (None, _) => Expr::Ref(if sign < 0 { RefKind::Past } else { RefKind::Future }),
        (Some(1), Unit::Year) if sign < 0 => Expr::YearAgo { base, quarter: false },
        // "two weeks ago": a day, as precise as it is said; "six weeks ago" a week.
        // "the runoff a week later": the day a week after the last one.
        (Some(count @ 1..=2), Unit::Week) if (sign < 0 && base == Base::Dct) || base == Base::Anchor => {
            rel_or_quarter(Unit::Day, sign * 7 * count, base)
        }
        (Some(count), Unit::Decade) => rel_or_quarter(Unit::Year, sign * count * 10, base),
        (Some(count), u) => rel_or_quarter(u, sign * count, base),
    };
    Some(Hit::new(i, end, expr))
}

/// True when a word (not punctuation) follows: "two days before the vote".
pub fn noun_follows(pr: &P, k: usize) -> bool {
    pr.t.get(k).is_some_and(|t| t.kind != super::tokens::Kind::Punct)
}

fn rel_or_quarter(u: Unit, n: i32, base: Base) -> Expr {
    Expr::Rel { unit: u, n, base }
}

/// "every Tuesday", "each week": sets, skipped.
fn set_rule(pr: &P, i: usize) -> Option<Hit> {
    let j = match pr.lex(i + 1) {
        Lex::Unit(_) | Lex::Weekday(_) | Lex::Month(_) | Lex::Season(_) | Lex::Part(_) => i + 2,
        _ => pr
            .quantity(i + 1)
            .and_then(|(_, j)| unit_at(pr, j))
            .map(|(_, k)| k)?,
    };
    let j = if matches!(pr.lex(j), Lex::Part(_)) {
        j + 1
    } else {
        j
    };
    Some(Hit::new(i, j, Expr::Skip))
}
