//! Named days: weekdays with an optional written date or part of day, and
//! holidays; plus the "last/this/next year" suffix of months and quarters.

use super::expr::{Expr, Hit, P, Shift, YearSpec};
use super::grammar::core;
use super::lexicon::{Lex, Unit, W};

/// Holiday indices beyond the one-word names of the lexicon.
pub const CHRISTMAS_EVE: u8 = 4;

/// New Year's Day.
pub const NEW_YEAR: u8 = 5;

/// New Year's Eve.
pub const NEW_YEAR_EVE: u8 = 6;

/// US Independence Day.
pub const INDEPENDENCE: u8 = 7;

/// Valentine's Day.
pub const VALENTINE: u8 = 8;

/// US Election Day (Tuesday after the first Monday of November).
pub const ELECTION: u8 = 9;
/// Presidents' Day (third Monday of February, US).
pub const PRESIDENTS: u8 = 10;
/// Memorial Day (last Monday of May, US).
pub const MEMORIAL: u8 = 11;
/// Labor Day (first Monday of September, US).
pub const LABOR: u8 = 12;

/// A weekday or holiday with `shift`, optionally followed by a written
/// date ("Monday, Oct. 26") or a part of day ("Tuesday night").
pub fn named_day(pr: &P, i: usize, shift: Shift, start: usize) -> Option<Hit> {
    let (expr, mut j) = match pr.lex(i) {
        Lex::Weekday(wd) => (Expr::Weekday { wd, shift }, i + 1),
        Lex::Holiday(h) => holiday_word(pr, i, h, shift),
        _ => return None,
    };
    let k = pr.comma(j);
    if matches!(pr.lex(k), Lex::Month(_)) {
        if let Some(h) = core(pr, k) {
            let e = match (h.expr, &expr) {
                (
                    Expr::MonthDay {
                        month,
                        day,
                        year: YearSpec::Auto,
                    },
                    Expr::Weekday { wd, .. },
                ) => Expr::WeekdayDate { wd: *wd, month, day },
                (e @ (Expr::Date { .. } | Expr::MonthDay { .. }), _) => e,
                _ => return Some(Hit::new(start, j, expr)),
            };
            return Some(Hit::new(start, h.end, e));
        }
    }
    // "from Monday next week", "on Friday last week".
    if let Expr::Weekday { wd, .. } = expr {
        if pr.is_word(j + 1, "week") {
            let weeks = match pr.lex(j) {
                Lex::Word(W::Next) => Some(1),
                Lex::Word(W::Last) => Some(-1),
                _ if pr.is_word(j, "this") => Some(0),
                _ => None,
            };
            if let Some(weeks) = weeks {
                return Some(Hit::new(start, j + 2, Expr::WeekdayInWeek { wd, weeks }));
            }
        }
    }
    if let Lex::Part(part) = pr.lex(j) {
        j += 1;
        return Some(Hit::new(start, j, Expr::WithPart(Box::new(expr), part)));
    }
    Some(Hit::new(start, j, expr))
}

/// "Christmas", "Christmas Eve", "Thanksgiving Day", "Easter Sunday".
pub fn holiday_word(pr: &P, i: usize, h: u8, shift: Shift) -> (Expr, usize) {
    if pr.is_word(i + 1, "eve") && h == 0 {
        return (
            Expr::Holiday {
                h: CHRISTMAS_EVE,
                shift,
            },
            i + 2,
        );
    }
    let j = if pr.is_word(i + 1, "day") || pr.is_word(i + 1, "sunday") {
        i + 2
    } else {
        i + 1
    };
    (Expr::Holiday { h, shift }, j)
}

/// Multi-word holidays: "New Year's Day", "Independence Day", …
pub fn holiday_phrase(pr: &P, i: usize) -> Option<Hit> {
    let day = |k: usize| pr.is_word(k, "day");
    let apos_s = |k: usize| pr.p(k, b'\'') && pr.is_word(k + 1, "s");
    let capital = pr.t.get(i).is_some_and(super::tokens::Tok::capitalized);
    if pr.is_word(i, "New") && pr.is_word(i + 1, "Year") && apos_s(i + 2) {
        if day(i + 4) {
            return Hit::some(i, i + 5, Expr::holiday(NEW_YEAR));
        }
        if pr.is_word(i + 4, "Eve") {
            return Hit::some(i, i + 5, Expr::holiday(NEW_YEAR_EVE));
        }
    }
    if pr.is_word(i, "Independence") && day(i + 1) && capital {
        return Hit::some(i, i + 2, Expr::holiday(INDEPENDENCE));
    }
    if pr.is_word(i, "Election") && day(i + 1) && capital {
        return Hit::some(i, i + 2, Expr::holiday(ELECTION));
    }
    // "Presidents' Day", "President's Day", "Presidents Day".
    if pr.is_word(i, "Presidents") || pr.is_word(i, "President") {
        let mut k = i + 1;
        if pr.p(k, b'\'') {
            k += 1;
            if pr.is_word(k, "s") {
                k += 1;
            }
        }
        if day(k) && capital {
            return Hit::some(i, k + 1, Expr::holiday(PRESIDENTS));
        }
    }
    for (word, h) in [("Memorial", MEMORIAL), ("Labor", LABOR)] {
        if pr.is_word(i, word) && day(i + 1) && capital {
            return Hit::some(i, i + 2, Expr::holiday(h));
        }
    }
    if pr.is_word(i, "Valentine") && apos_s(i + 1) && day(i + 3) {
        return Hit::some(i, i + 4, Expr::holiday(VALENTINE));
    }
    None
}

/// "last year", "this year", "next year" (also "of last year", "last
/// year's") after a month or quarter: the year offset and end.
pub fn year_suffix(pr: &P, k: usize) -> Option<(i16, usize)> {
    let of = pr.w(k, W::Of);
    let k = if of { k + 1 } else { k };
    let rel = match pr.lex(k) {
        Lex::Word(W::Last) => -1,
        Lex::Word(W::This) => 0,
        Lex::Word(W::The) if of => 0,
        Lex::Word(W::Next) => 1,
        _ => return None,
    };
    (pr.lex(k + 1) == Lex::Unit(Unit::Year)).then_some((rel, k + 2))
}
