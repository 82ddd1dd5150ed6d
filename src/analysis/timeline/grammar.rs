//! Grammar entry point and the rules for calendar names and numbers:
//! written dates, months, years, decades, centuries, quarters, clock times.

use super::expr::{Expr, Hit, P, Shift, YearSpec};
use super::lexicon::{Lex, Unit, W};
use super::tokens::Kind;
use super::{named, numeric, relative, shift};

/// Recognises the longest temporal expression starting at token `i`.
pub fn parse_at(pr: &P, i: usize) -> Option<Hit> {
    if !super::tokens::may_start(pr.t.get(i)?) {
        return None;
    }
    if let Some(j) = modifier(pr, i) {
        if let Some(h) = core(pr, j).filter(|h| !matches!(h.expr, Expr::Skip | Expr::Ref(_))) {
            return Some(Hit::new(i, h.end, edge(pr, i, h.expr)));
        }
    }
    core(pr, i)
}

/// Skips "early", "late", "mid-", "the end of" … ; returns the core start.
fn modifier(pr: &P, i: usize) -> Option<usize> {
    let j = if pr.w(i, W::The) { i + 1 } else { i };
    match pr.lex(j) {
        // "Earlier Friday, …": the day is the date, "earlier" stays outside
        // as in TimeML.
        Lex::Word(W::Earlier | W::Later) if matches!(pr.lex(j + 1), Lex::Weekday(_)) => None,
        Lex::Word(W::Earlier | W::Later | W::Approx) if j == i => Some(j + 1),
        Lex::Word(W::Early | W::Late) if pr.p(j + 1, b'-') && pr.glued(j + 1) => Some(j + 2),
        Lex::Word(W::Early | W::Late) => Some(j + 1),
        Lex::Word(W::Mid) => Some(if pr.p(j + 1, b'-') { j + 2 } else { j + 1 }),
        Lex::Word(W::Beginning | W::End | W::Middle | W::Start) if pr.w(j + 1, W::Of) => Some(j + 2),
        _ => None,
    }
}

/// "since the start of the year", "from the beginning of April": the
/// first day, where a range starts. Other edges keep the period's value
/// with TIMEX3 conventions ("by the end of May" = 2024-05, mod END).
fn edge(pr: &P, i: usize, e: Expr) -> Expr {
    let j = if pr.w(i, W::The) { i + 1 } else { i };
    let opens = i > 0 && (pr.is_word(i - 1, "since") || pr.w(i - 1, W::From));
    if !opens || !matches!(pr.lex(j), Lex::Word(W::Beginning | W::Start)) {
        return e;
    }
    let period = match &e {
        Expr::Month { .. } | Expr::MonthOfYear { .. } => true,
        Expr::Rel { unit, n, .. } => matches!(unit, Unit::Year | Unit::Month) && *n == 0,
        _ => false,
    };
    if period { Expr::Edge(Box::new(e), false) } else { e }
}

/// The longest expression of any rule at `i`.
pub fn core(pr: &P, i: usize) -> Option<Hit> {
    let hit = match pr.lex(i) {
        Lex::Month(m) => month(pr, i, m),
        Lex::Weekday(_) | Lex::Holiday(_) => named::named_day(pr, i, Shift::Auto, i),
        Lex::Weekdays => Some(Hit::new(i, i + 1, Expr::Skip)),
        Lex::Season(s) => season_alone(pr, i, s),
        Lex::Ord(_) | Lex::Card(_) => best(
            ordinal(pr, i),
            best(spelled_year(pr, i), relative::quantity(pr, i)),
        ),
        Lex::DecadeWord(d) => Some(Hit::new(i, i + 1, Expr::Decade(190 + i16::from(d)))),
        Lex::Word(W::Noon | W::Midnight) if !(i > 0 && pr.is_word(i - 1, "high")) => numeric::clock(pr, i),
        Lex::Word(W::Fiscal) => fiscal(pr, i),
        Lex::Word(_) => relative::word_rule(pr, i),
        Lex::Unit(Unit::Year) => shift::year_word(pr, i),
        _ => None,
    };
    best(
        hit,
        match pr.t.get(i)?.kind {
            Kind::Num => best(numeric::numeric(pr, i), relative::quantity(pr, i)),
            Kind::Word if pr.lex(i) == Lex::None => {
                best(numeric::letter_period(pr, i), named::holiday_phrase(pr, i))
            }
            Kind::Punct => numeric::apostrophe_decade(pr, i),
            Kind::Word => None,
        },
    )
}

/// The longer of two hits.
pub fn best(a: Option<Hit>, b: Option<Hit>) -> Option<Hit> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// A four-digit number that reads as a year at token `i`.
pub fn year_at(pr: &P, i: usize) -> Option<i16> {
    let y = i16::try_from(pr.t.get(i)?.num_digits(4)?).ok()?;
    if !(1000..=2199).contains(&y) {
        return None;
    }
    let next = pr.t.get(i + 1);
    if next.is_some_and(|n| n.start == pr.t[i].end && (n.kind != Kind::Punct || n.is(b'%'))) {
        return None;
    }
    if matches!(pr.lex(i + 1), Lex::CountNoun) || pr.p(i + 1, b'%') {
        return None;
    }
    Some(y)
}

/// A year number standing alone: also checks what precedes it.
pub fn year_alone(pr: &P, i: usize) -> Option<i16> {
    let y = year_at(pr, i)?;
    if i > 0 {
        let prev = &pr.t[i - 1];
        let money = prev.kind == Kind::Punct && (matches!(prev.head, b'$' | b'#') || prev.head == 0);
        // ("His 2026 budget": a capitalised determiner opening the sentence is no name.)
        let determiner = [
            "his", "her", "its", "their", "our", "my", "your", "the", "this", "that", "a", "an",
        ]
        .iter()
        .any(|w| pr.is_word(i - 1, w));
        let name = prev.capitalized() && prev.lex == Lex::None && !pr.glued(i) && !determiner;
        if money || name || prev.lex == Lex::IdWord || pr.is_word(i - 1, "about") {
            return None;
        }
    }
    if y < 1800 && !(i > 0 && matches!(pr.lex(i - 1), Lex::Word(W::In | W::Since | W::Of))) {
        return None;
    }
    Some(y)
}

fn month(pr: &P, i: usize, m: u8) -> Option<Hit> {
    let j = pr.after_month(i);
    if let Some((d, k)) = pr.day_num(j) {
        return Some(month_then_day(pr, i, m, d, k));
    }
    if let Lex::Ord(d) = pr.lex(j) {
        return Hit::some(i, j + 1, Expr::month_day(m, d, YearSpec::Auto));
    }
    let k = if pr.w(j, W::Of) || pr.p(j, b',') { j + 1 } else { j };
    if let Some(y) = year_at(pr, k) {
        return Hit::some(i, k + 1, Expr::MonthOfYear { year: y, month: m });
    }
    if let Some((Expr::Year(y), end)) = spelled_year(pr, j).map(|h| (h.expr, h.end)) {
        return Hit::some(i, end, Expr::MonthOfYear { year: y, month: m });
    }
    if let Some((rel, e)) = named::year_suffix(pr, j) {
        return Hit::some(i, e, Expr::month(m, Shift::Auto, YearSpec::Rel(rel)));
    }
    let abbreviated = pr.s(i).len() < 5 && !matches!(m, 5..=7);
    (month_alone_ok(pr, i, m) && !abbreviated)
        .then(|| Hit::new(i, i + 1, Expr::month(m, Shift::Auto, YearSpec::Auto)))
}

/// "March 7", "March 7, 2023", "March 7 last year" (day at `k - 1`).
fn month_then_day(pr: &P, i: usize, m: u8, d: u8, k: usize) -> Hit {
    let k2 = pr.comma(k);
    if let Some(y) = year_at(pr, k2) {
        return Hit::new(i, k2 + 1, Expr::date(y, m, d));
    }
    if let Some((rel, e)) = named::year_suffix(pr, k) {
        return Hit::new(i, e, Expr::month_day(m, d, YearSpec::Rel(rel)));
    }
    Hit::new(i, k, Expr::month_day(m, d, YearSpec::Auto))
}

/// The year of a year expression.
pub fn year_of(e: &Expr) -> Option<i16> {
    match e {
        Expr::Year(y) => Some(*y),
        _ => None,
    }
}

/// A bare month name must be capitalized; "May" and "March" need a
/// preposition or modifier before them.
fn month_alone_ok(pr: &P, i: usize, m: u8) -> bool {
    if !pr.t[i].capitalized() {
        return false;
    }
    let prev_ok = i > 0
        && (pr.p(i - 1, b'-')
            || [
                "in", "since", "until", "by", "during", "before", "after", "from", "through", "early",
                "late", "mid", "of", "last", "this", "next", "that", "between", "and", "or", "to", "till",
                "each", "every",
            ]
            .iter()
            .any(|w| pr.is_word(i - 1, w)));
    // "sets March trial", "the May election": an event noun after the month.
    let event_next = [
        "trial",
        "election",
        "elections",
        "vote",
        "deadline",
        "summit",
        "meeting",
        "talks",
        "referendum",
        "poll",
        "polls",
        "runoff",
        "hearing",
        "session",
        "recess",
        "ruling",
        "budget",
        "visit",
        "conference",
        "offensive",
        "report",
        "launch",
    ]
    .iter()
    .any(|w| pr.is_word(i + 1, w));
    if matches!(m, 3 | 5) {
        // "for March" (not "for May", a name as often as a month).
        // "Theresa May visit": after a capitalised word "May" is a name.
        let after_name = m == 5 && i > 0 && pr.t[i - 1].capitalized() && pr.lex(i - 1) == Lex::None;
        return prev_ok || (event_next && !after_name) || (m == 3 && i > 0 && pr.is_word(i - 1, "for"));
    }
    prev_ok
        || !pr
            .t
            .get(i + 1)
            .is_some_and(|n| n.capitalized() && n.lex == Lex::None)
}

fn season_alone(pr: &P, i: usize, s: u8) -> Option<Hit> {
    let k = if pr.w(i + 1, W::Of) { i + 2 } else { i + 1 };
    if let Some(y) = year_at(pr, k) {
        return Some(Hit::new(
            i,
            k + 1,
            Expr::Season {
                season: s,
                shift: Shift::Auto,
                year: YearSpec::Explicit(y),
            },
        ));
    }
    if let Some((y, end)) = spelled_year(pr, k).and_then(|h| year_of(&h.expr).map(|y| (y, h.end))) {
        return Some(Hit::new(
            i,
            end,
            Expr::Season {
                season: s,
                shift: Shift::Auto,
                year: YearSpec::Explicit(y),
            },
        ));
    }
    // "before winter", "until spring" (lowercase and closing its phrase: not
    // "after Spring Festival", "fed by spring water").
    let closes = pr.t.get(i + 1).is_none_or(|t| t.kind == Kind::Punct)
        || [
            "as", "and", "or", "when", "while", "sets", "arrives", "begins", "comes", "ends",
        ]
        .iter()
        .any(|w| pr.is_word(i + 1, w));
    let bare = pr.t[i].head.is_ascii_lowercase()
        && closes
        && ["before", "after", "until", "till", "by", "through", "during"]
            .iter()
            .any(|w| pr.is_word(i - 1, w));
    let prev_ok = i > 0
        && (matches!(
            pr.lex(i - 1),
            Lex::Word(W::In | W::The | W::Early | W::Late | W::Mid | W::Since | W::Of)
        ) || bare);
    (prev_ok && !pr.w(i + 1, W::Of)).then(|| {
        Hit::new(
            i,
            i + 1,
            Expr::Season {
                season: s,
                shift: Shift::Auto,
                year: YearSpec::Auto,
            },
        )
    })
}

/// "first quarter [of] [1990]", "second half", "twentieth century".
pub fn ordinal(pr: &P, i: usize) -> Option<Hit> {
    let (n, j) = match (pr.lex(i), pr.lex(pr.hyphen(i + 1))) {
        (Lex::Card(20), Lex::Ord(o)) => (20 + o, pr.hyphen(i + 1) + 1),
        (Lex::Ord(o), _) => (o, i + 1),
        _ => return None,
    };
    period_after_ordinal(pr, i, n, j)
}

/// Completes "<ordinal> quarter/half/century" with an optional year.
pub fn period_after_ordinal(pr: &P, i: usize, n: u8, j: usize) -> Option<Hit> {
    let j = if pr.p(j, b'-') { j + 1 } else { j };
    let j = if pr.w(j, W::Fiscal) { j + 1 } else { j };
    let (is_half, k) = match pr.lex(j) {
        Lex::Unit(Unit::Quarter) if (1..=4).contains(&n) => (false, j + 1),
        Lex::Word(W::Half) if (1..=2).contains(&n) => (true, j + 1),
        Lex::Unit(Unit::Century) => {
            return Some(Hit::new(i, j + 1, Expr::Century(i16::from(n) - 1)));
        }
        _ => return None,
    };
    let (year, end) = match (year_at(pr, k), named::year_suffix(pr, k), pr.w(k, W::Of)) {
        (Some(yr), _, _) => (YearSpec::Explicit(yr), k + 1),
        (None, Some((rel, suffix_end)), _) => (YearSpec::Rel(rel), suffix_end),
        (None, None, true) => match year_at(pr, k + 1) {
            Some(yr) => (YearSpec::Explicit(yr), k + 2),
            None if is_half => return Hit::some(i, k, Expr::Skip),
            None => (YearSpec::Auto, k),
        },
        _ if is_half => return Hit::some(i, k, Expr::Skip),
        _ => (YearSpec::Auto, k),
    };
    Some(Hit::new(
        i,
        end,
        if is_half {
            Expr::Half { h: n, year }
        } else {
            Expr::Quarter { q: n, year }
        },
    ))
}

/// "nineteen ninety-six", "two thousand (and) one".
pub fn spelled_year(pr: &P, i: usize) -> Option<Hit> {
    match (pr.lex(i), pr.lex(i + 1)) {
        (Lex::Card(hundreds @ 11..=20), Lex::Card(tens @ 10..=90)) if tens % 10 == 0 || tens < 20 => {
            let k = pr.hyphen(i + 2);
            let (units, end) = match pr.lex(k) {
                Lex::Card(units @ 1..=9) if k > i + 2 && tens >= 20 => (units, k + 1),
                _ => (0, i + 2),
            };
            let y = i16::try_from(hundreds * 100 + tens + units).ok()?;
            Some(Hit::new(i, end, Expr::Year(y)))
        }
        (Lex::Card(2), Lex::Word(W::Thousand)) => {
            let k = if pr.w(i + 2, W::And) { i + 3 } else { i + 2 };
            match pr.lex(k) {
                Lex::Card(units @ 1..=19) => {
                    Some(Hit::new(i, k + 1, Expr::Year(2000 + i16::try_from(units).ok()?)))
                }
                _ => Some(Hit::new(i, i + 2, Expr::Year(2000))),
            }
        }
        _ => None,
    }
}

/// "fiscal 2023", "fiscal first quarter".
fn fiscal(pr: &P, i: usize) -> Option<Hit> {
    if let Some(y) = year_at(pr, i + 1) {
        return Some(Hit::new(i, i + 2, Expr::Year(y)));
    }
    let h = best(ordinal(pr, i + 1), numeric::ordinal_num(pr, i + 1))?;
    Some(Hit::new(i, h.end, h.expr))
}
