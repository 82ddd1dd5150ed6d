//! Rules for modified and anaphoric expressions: "last week", "next
//! Monday", "this summer", "the following day", "that night", "the
//! weekend", "the year-ago quarter".

use super::expr::{Base, Expr, Hit, P, RefKind, Shift, YearSpec};
use super::grammar::{best, core, year_at};
use super::lexicon::{Lex, Unit, W};
use super::named::named_day;
use super::relative::{noun_follows, quantity, unit_at, unit_skipping_fiscal};

/// "last year", "next Monday", "this summer", "that night", "the following
/// day" (`anaphoric` after "the"). `start` is where the span begins.
pub fn shift_rule(pr: &P, i: usize, start: usize, the: bool) -> Option<Hit> {
    let Lex::Word(w) = pr.lex(i) else { return None };
    let (mut shift, mut j) = (shift_of(w, the)?, i + 1);
    if w == W::This && pr.w(j, W::Coming) {
        (shift, j) = (Shift::Coming, j + 1);
    } else if w == W::This && pr.w(j, W::Past) {
        (shift, j) = (Shift::Last, j + 1);
    } else if w == W::That && pr.w(j, W::Same) {
        j += 1;
    }
    let sh = Shifted { w, shift, start };
    if let Some(h) = last_part_of(pr, w, j, start) {
        return Some(h);
    }
    match pr.lex(j) {
        Lex::Weekday(_) | Lex::Holiday(_) => named_day(pr, j, shift, start),
        Lex::Month(_) | Lex::Season(_) | Lex::Part(_) => shifted_calendar(pr, j, &sh),
        Lex::Unit(_) | Lex::Word(W::Fiscal | W::Period) => shifted_unit(pr, j, &sh),
        Lex::Units(_) if matches!(shift, Shift::Coming | Shift::Next) => {
            Hit::some(start, j + 1, Expr::Ref(RefKind::Future))
        }
        Lex::Units(_) if w == W::Past => Hit::some(start, j + 1, Expr::Ref(RefKind::Past)),
        _ => {
            let (count, after) = pr.quantity(j)?;
            let (_, after) = unit_at(pr, after)?;
            let e = match (count, shift) {
                (None, Shift::Last) => Expr::Ref(RefKind::Past),
                (None, Shift::Next | Shift::Coming) => Expr::Ref(RefKind::Future),
                _ => Expr::Skip,
            };
            Hit::some(start, after, e)
        }
    }
}

/// "the last half of 1989", "the last quarter of the year": the final
/// part of a named period, as its ordinal.
fn last_part_of(pr: &P, w: W, j: usize, start: usize) -> Option<Hit> {
    let n = match pr.lex(j) {
        Lex::Word(W::Half) => 2,
        Lex::Unit(Unit::Quarter) => 4,
        _ => return None,
    };
    if w != W::Last || !pr.w(j + 1, W::Of) {
        return None;
    }
    let h = super::grammar::period_after_ordinal(pr, start, n, j)?;
    (h.end > j + 1).then_some(h)
}

/// A modifier word, its shift and where the expression starts.
struct Shifted {
    w: W,
    shift: Shift,
    start: usize,
}

/// "last March", "last Oct. 23", "this summer", "this morning".
fn shifted_calendar(pr: &P, j: usize, s: &Shifted) -> Option<Hit> {
    match pr.lex(j) {
        Lex::Month(_) if !pr.t.get(j)?.capitalized() => None,
        Lex::Month(m) => match core(pr, j) {
            Some(sub) if matches!(sub.expr, Expr::MonthDay { .. } | Expr::Date { .. }) => {
                Hit::some(s.start, sub.end, sub.expr)
            }
            _ => Hit::some(
                s.start,
                pr.after_month(j),
                Expr::month(m, s.shift, YearSpec::Auto),
            ),
        },
        Lex::Season(season) => Hit::some(s.start, j + 1, Expr::season(season, s.shift, YearSpec::Auto)),
        Lex::Part(part) => {
            let day = day_of_shift(s.shift, s.w)?;
            Hit::some(s.start, j + 1, Expr::WithPart(Box::new(day), part))
        }
        _ => None,
    }
}

/// "last week", "the latest quarter", "next year's first quarter".
fn shifted_unit(pr: &P, j: usize, s: &Shifted) -> Option<Hit> {
    let (start, w, shift) = (s.start, s.w, s.shift);
    if w == W::Same {
        if let Some(h) = period_a_year_back(pr, start, j) {
            return Some(h);
        }
    }
    match pr.lex(j) {
        Lex::Unit(Unit::Quarter) | Lex::Word(W::Period) if w == W::Latest => {
            Hit::some(start, j + 1, Expr::QuarterAnaphor)
        }
        Lex::Unit(Unit::Quarter) if matches!(w, W::That | W::Same) => {
            Hit::some(start, j + 1, Expr::QuarterAnaphor)
        }
        Lex::Unit(Unit::Year) if pr.p(j + 1, b'\'') && pr.is_word(j + 2, "s") => years_period(pr, j, s),
        Lex::Unit(_) if title_case(pr, j) => None,
        Lex::Unit(unit) => Hit::some(start, j + 1, unit_shift(unit, shift, w)?),
        Lex::Word(W::Fiscal) => {
            let (unit, after) = unit_skipping_fiscal(pr, j)?;
            Hit::some(start, after, unit_shift(unit, shift, w)?)
        }
        _ => None,
    }
}

/// "the same period last year", "the corresponding quarter a year
/// earlier", "the comparable period of 1988": the quarter under discussion
/// in the year before (or the year written). `k` is the period noun.
fn period_a_year_back(pr: &P, start: usize, k: usize) -> Option<Hit> {
    let back = Expr::YearAgo {
        base: Base::Dct,
        quarter: true,
    };
    if pr.w(k + 1, W::Last) && pr.lex(k + 2) == Lex::Unit(Unit::Year) {
        return Hit::some(start, k + 3, back);
    }
    let a_year = pr.w(k + 1, W::A) && pr.lex(k + 2) == Lex::Unit(Unit::Year);
    if a_year && matches!(pr.lex(k + 3), Lex::Word(W::Ago | W::Earlier)) {
        return Hit::some(start, k + 4, back);
    }
    if pr.w(k + 1, W::Of) {
        let y = year_at(pr, k + 2)?;
        return Hit::some(start, k + 3, Expr::QuarterOfYear(y));
    }
    None
}

/// A capitalized unit word that is not all capitals: a title ("This Week").
fn title_case(pr: &P, j: usize) -> bool {
    let s = pr.s(j);
    s.starts_with(|c: char| c.is_ascii_uppercase()) && s.bytes().any(|b| b.is_ascii_lowercase())
}

/// "next year's first quarter", "last year's quarter", or just "last year".
fn years_period(pr: &P, j: usize, s: &Shifted) -> Option<Hit> {
    let sub = core(pr, j + 3).filter(|h| matches!(h.expr, Expr::Quarter { .. } | Expr::Half { .. }));
    let period = matches!(pr.lex(j + 3), Lex::Unit(Unit::Quarter) | Lex::Word(W::Period));
    match (sub, year_rel(s.shift)) {
        (Some(sub), Some(rel)) => Hit::some(s.start, sub.end, with_year(sub.expr, YearSpec::Rel(rel))),
        (None, Some(-1)) if period => Hit::some(
            s.start,
            j + 4,
            Expr::YearAgo {
                base: Base::Dct,
                quarter: true,
            },
        ),
        _ => Hit::some(s.start, j + 1, unit_shift(Unit::Year, s.shift, s.w)?),
    }
}

/// The year offset of "last/this/next year's".
pub const fn year_rel(shift: Shift) -> Option<i16> {
    match shift {
        Shift::Last => Some(-1),
        Shift::This => Some(0),
        Shift::Next => Some(1),
        _ => None,
    }
}

/// A quarter or half with its year replaced.
pub fn with_year(e: Expr, year: YearSpec) -> Expr {
    match e {
        Expr::Quarter { q, .. } => Expr::Quarter { q, year },
        Expr::Half { h, .. } => Expr::Half { h, year },
        other => other,
    }
}

/// The shift a modifier word expresses (after "the" when `the`).
pub fn shift_of(w: W, the: bool) -> Option<Shift> {
    Some(match w {
        W::Last | W::Past => Shift::Last,
        W::Next if the => Shift::Following,
        W::Next => Shift::Next,
        W::That => Shift::That,
        W::This | W::Same | W::Current | W::Latest => Shift::This,
        W::Coming => Shift::Coming,
        W::Previous => Shift::Prev,
        W::Following => Shift::Following,
        _ => return None,
    })
}

/// The day a part-of-day phrase refers to ("last night", "that morning").
pub fn day_of_shift(shift: Shift, w: W) -> Option<Expr> {
    Some(match (shift, w) {
        (_, W::That | W::Same) => Expr::Rel {
            unit: Unit::Day,
            n: 0,
            base: Base::Anchor,
        },
        (Shift::This | Shift::That, _) => Expr::DayOffset(0),
        (Shift::Last, _) => Expr::DayOffset(-1),
        (Shift::Next | Shift::Coming, _) => Expr::DayOffset(1),
        (Shift::Following, _) => Expr::Rel {
            unit: Unit::Day,
            n: 1,
            base: Base::Anchor,
        },
        (Shift::Prev, _) => Expr::Rel {
            unit: Unit::Day,
            n: -1,
            base: Base::Anchor,
        },
        (Shift::Auto, _) => return None,
    })
}

/// "last week", "next year", "the following day", "that year".
pub fn unit_shift(u: Unit, shift: Shift, w: W) -> Option<Expr> {
    let anaphoric = matches!(w, W::That | W::Same) || matches!(shift, Shift::Prev | Shift::Following);
    let base = if anaphoric { Base::Anchor } else { Base::Dct };
    let n = match shift {
        // "the latest (fiscal) year": the last one closed, as with quarters.
        Shift::This if w == W::Latest && u == Unit::Year => -1,
        Shift::Last | Shift::Prev => -1,
        Shift::Next | Shift::Following | Shift::Coming => 1,
        Shift::This | Shift::That | Shift::Auto => 0,
    };
    if matches!(u, Unit::Hour | Unit::Minute) || (u == Unit::Day && !anaphoric) {
        return None;
    }
    if u == Unit::Weekend && shift == Shift::This && w == W::This {
        // "this weekend": the weekend of the publication week, whatever the tense.
        return Some(Expr::WeekOf(Box::new(Expr::DayOffset(0)), true));
    }
    Some(Expr::Rel { unit: u, n, base })
}

/// Rules that start with "the".
pub fn the_rule(pr: &P, i: usize) -> Option<Hit> {
    let j = i + 1;
    let hit = |end, e| Hit::some(i, end, e);
    match pr.lex(j) {
        // "the future of the party": its fate, not a time.
        Lex::Word(W::Future) if pr.w(j + 1, W::Of) => hit(j + 1, Expr::Skip),
        Lex::Word(W::Future) => hit(j + 1, Expr::Ref(RefKind::Future)),
        Lex::Word(W::Near) if pr.w(j + 1, W::Future) || pr.is_word(j + 1, "term") => {
            hit(j + 2, Expr::Ref(RefKind::Future))
        }
        Lex::Word(W::Past) if !counted(pr, j + 1) => hit(j + 1, Expr::Ref(RefKind::Past)),
        Lex::Word(W::Present) => hit(j + 1, Expr::Ref(RefKind::Present)),
        // "in the new year": the year about to begin (or just begun).
        Lex::None
            if pr.is_word(j, "new")
                && !pr.t[j].capitalized()
                && pr.lex(j + 1) == Lex::Unit(Unit::Year)
                && !pr.t[j + 1].capitalized() =>
        {
            hit(j + 2, Expr::NewYear)
        }
        Lex::None if pr.is_word(j, "foreseeable") && pr.w(j + 1, W::Future) => hit(j + 2, Expr::Skip),
        Lex::None
            if ["corresponding", "comparable"].iter().any(|w| pr.is_word(j, w))
                && matches!(pr.lex(j + 1), Lex::Unit(Unit::Quarter) | Lex::Word(W::Period)) =>
        {
            period_a_year_back(pr, i, j + 1)
        }
        Lex::Word(W::Fiscal) | Lex::None if pr.is_word(j, "fiscal") || pr.is_word(j, "full") => {
            match unit_skipping_fiscal(pr, j) {
                Some((Unit::Year, k)) => hit(k, Expr::rel(Unit::Year, 0, Base::Dct)),
                _ => core(pr, j)
                    .filter(|h| matches!(h.expr, Expr::Quarter { .. } | Expr::Half { .. }))
                    .map(|h| Hit::new(i, h.end, h.expr)),
            }
        }
        Lex::Word(
            W::Next
            | W::Following
            | W::Previous
            | W::Same
            | W::Past
            | W::Coming
            | W::Current
            | W::Latest
            | W::Last,
        ) => shift_rule(pr, j, i, true),
        Lex::Unit(u) => the_unit(pr, i, u),
        _ => the_other(pr, i),
    }
}

/// True when a quantity or unit follows ("the past two months").
fn counted(pr: &P, k: usize) -> bool {
    pr.quantity(k).is_some() || matches!(pr.lex(k), Lex::Unit(_) | Lex::Units(_))
}

/// "the 1988 quarter", "the 1990s", "the third quarter", "the summer".
fn the_other(pr: &P, i: usize) -> Option<Hit> {
    let j = i + 1;
    if let Some(y) = year_at(pr, j) {
        if matches!(pr.lex(j + 1), Lex::Unit(Unit::Quarter) | Lex::Word(W::Period)) {
            return Hit::some(i, j + 2, Expr::QuarterOfYear(y));
        }
    }
    let h = core(pr, j)?;
    if pr.p(j + 1, b'-') && matches!(h.expr, Expr::Quarter { .. } | Expr::Half { .. }) {
        return None; // adjectival "the third-quarter results": "the" stays out
    }
    let keep = matches!(
        h.expr,
        Expr::Decade(_) | Expr::Century(_) | Expr::Quarter { .. } | Expr::Half { .. } | Expr::Season { .. }
    );
    keep.then(|| Hit::new(i, h.end, h.expr))
}

/// "the week after next", "the year before last", "the day after
/// tomorrow": two units from the publication date.
fn two_over(pr: &P, j: usize, u: Unit) -> Option<(Expr, usize)> {
    let n = match (pr.lex(j + 1), pr.lex(j + 2)) {
        (Lex::Word(W::After), Lex::Word(W::Next | W::Tomorrow)) => 2,
        (Lex::Word(W::Before), Lex::Word(W::Last | W::Yesterday)) => -2,
        _ => return None,
    };
    let day_word = pr.w(j + 2, W::Tomorrow) || pr.w(j + 2, W::Yesterday);
    match u {
        Unit::Day if day_word => Some((Expr::DayOffset(n), j + 3)),
        Unit::Week | Unit::Month | Unit::Year if !day_word => Some((Expr::rel(u, n, Base::Dct), j + 3)),
        _ => None,
    }
}

/// "the weekend", "the quarter", "the year 2000", "the day before",
/// "the year-ago quarter".
pub fn the_unit(pr: &P, i: usize, u: Unit) -> Option<Hit> {
    let j = i + 1;
    let hit = |end, e| Hit::some(i, end, e);
    if let Some(h) = year_word(pr, j) {
        let noun = matches!(h.expr, Expr::YearAgo { quarter: true, .. });
        return if noun { hit(h.end, h.expr) } else { None };
    }
    // "the quarter-to-quarter comparison": a compound adjective, no date.
    if pr.p(j + 1, b'-') && pr.glued(j + 1) && pr.is_word(j + 2, "to") {
        return hit(j + 2, Expr::Skip);
    }
    if let Some((e, end)) = two_over(pr, j, u) {
        return hit(end, e);
    }
    match pr.lex(j + 1) {
        Lex::Word(W::Before | W::After) if noun_follows(pr, j + 2) => {
            return hit(j + 2, Expr::Skip);
        }
        Lex::Word(W::Before) => return hit(j + 2, Expr::rel(u, -1, Base::Anchor)),
        Lex::Word(W::After) => return hit(j + 2, Expr::rel(u, 1, Base::Anchor)),
        Lex::Word(W::Of) if matches!(u, Unit::Week | Unit::Weekend) => {
            let h =
                core(pr, j + 2).filter(|h| matches!(h.expr, Expr::MonthDay { .. } | Expr::Date { .. }))?;
            return hit(h.end, Expr::WeekOf(Box::new(h.expr), u == Unit::Weekend));
        }
        _ => {}
    }
    match u {
        Unit::Year => {
            let year = core(pr, j + 1).filter(|h| matches!(h.expr, Expr::Year(_)));
            let year = year.map(|h| Hit::new(i, h.end, h.expr));
            best(year, hit(j + 1, Expr::rel(u, 0, Base::Dct)))
        }
        Unit::Quarter => match quantity(pr, j + 1) {
            Some(h) if matches!(h.expr, Expr::YearAgo { .. }) => hit(
                h.end,
                Expr::YearAgo {
                    base: Base::Dct,
                    quarter: true,
                },
            ),
            _ => hit(j + 1, Expr::QuarterAnaphor),
        },
        Unit::Weekend | Unit::Week | Unit::Month => hit(j + 1, Expr::rel(u, 0, Base::Dct)),
        _ => None,
    }
}

/// "year-ago", "year-earlier" (quarter), "year-end", "year end".
pub fn year_word(pr: &P, i: usize) -> Option<Hit> {
    if pr.lex(i) != Lex::Unit(Unit::Year) {
        return None;
    }
    let k = if pr.p(i + 1, b'-') { i + 2 } else { i + 1 };
    match pr.lex(k) {
        Lex::Word(W::Ago | W::Earlier) if k == i + 2 => {
            let k2 = if matches!(pr.lex(k + 1), Lex::Ord(_)) {
                k + 2
            } else {
                k + 1
            };
            let end = if matches!(pr.lex(k2), Lex::Unit(Unit::Quarter) | Lex::Word(W::Period)) {
                k2 + 1
            } else {
                k + 1
            };
            Some(Hit::new(
                i,
                end,
                Expr::YearAgo {
                    base: Base::Dct,
                    quarter: end == k2 + 1,
                },
            ))
        }
        Lex::Word(W::End) => Some(Hit::new(
            i,
            k + 1,
            Expr::Rel {
                unit: Unit::Year,
                n: 0,
                base: Base::Dct,
            },
        )),
        Lex::None if pr.p(i + 1, b'\'') && pr.is_word(i + 2, "s") && pr.w(i + 3, W::End) => Some(Hit::new(
            i,
            i + 4,
            Expr::Rel {
                unit: Unit::Year,
                n: 0,
                base: Base::Dct,
            },
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract_timeline;
    use jiff::civil::date;

    fn values(text: &str) -> Vec<String> {
        // Wednesday 3 November 2021 (ISO week 44).
        let got = extract_timeline(text, Some(date(2021, 11, 3)));
        got.into_iter().map(|e| e.value).collect()
    }

    #[test]
    fn this_weekend_is_the_publication_week() {
        assert_eq!(values("Fans gather in the square this weekend."), ["2021-W44-WE"]);
        assert_eq!(
            values("Fans gathered in the square last weekend."),
            ["2021-W43-WE"]
        );
        assert_eq!(
            values("Fans gathered in the square this past weekend."),
            ["2021-W43-WE"]
        );
    }
}
