//! Resolution of calendar names: month-days, months, seasons, weekdays and
//! holidays, choosing the year (or week) by shift, tense and context.

use jiff::civil::Date;

use super::expr::{Shift, YearSpec};
use super::resolve::{Ctx, Tense, date, unknown_day, year_of};
use super::value::{Val, add_days, holiday, pick, season_index, weekday};

pub fn month_day(c: &Ctx, m: u8, d: u8, y: YearSpec) -> Option<Val> {
    if let YearSpec::Explicit(_) | YearSpec::Rel(_) = y {
        return year_of(c, y).and_then(|y| date(y, m, d)).map(Val::Day);
    }
    if let Some(y) = c.sentence_year() {
        return date(y, m, d).map(Val::Day);
    }
    let Some(dct) = c.dct else {
        date(2000, m, d)?;
        return Some(Val::Unknown(format!("XXXX-{m:02}-{d:02}")));
    };
    let cands: Vec<Date> = (-1..=1).filter_map(|k| date(dct.year() + k, m, d)).collect();
    pick(dct, &cands, c.tense).map(Val::Day)
}

/// A month-day whose year is chosen so that the weekday matches.
pub fn weekday_date(c: &Ctx, wd: u8, m: u8, d: u8) -> Option<Val> {
    let Some(dct) = c.dct else {
        return month_day(c, m, d, YearSpec::Auto);
    };
    let fits = |y: i16| date(y, m, d).filter(|x| weekday(*x) == i32::from(wd));
    [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]
        .iter()
        .find_map(|k| fits(dct.year() + k))
        .map(Val::Day)
        .or_else(|| month_day(c, m, d, YearSpec::Auto))
}

/// The year of the last calendar value the narrative moved to.
pub fn anchor_year(c: &Ctx) -> Option<i16> {
    c.any.as_ref().and_then(Val::first_day).map(Date::year)
}

pub fn month_val(c: &Ctx, m: u8, shift: Shift, y: YearSpec) -> Option<Val> {
    let mi = i8::try_from(m).ok()?;
    if !matches!(y, YearSpec::Auto) {
        return year_of(c, y).map(|y| Val::Month(y, mi));
    }
    if let (Some(y), Shift::Auto) = (c.sentence_year(), shift) {
        return Some(Val::Month(y, mi));
    }
    // "indicted in February 1997 … a mistrial the following October": the
    // first such month after (or before) the last date of the narrative.
    let anchor = c.any.as_ref().and_then(Val::first_day);
    match (shift, anchor) {
        (Shift::Following, Some(a)) => return Some(Val::Month(a.year() + i16::from(mi <= a.month()), mi)),
        (Shift::Prev, Some(a)) => return Some(Val::Month(a.year() - i16::from(mi >= a.month()), mi)),
        _ => {}
    }
    let Some(dct) = c.dct else {
        return Some(Val::Unknown(format!("XXXX-{m:02}")));
    };
    let (dy, dm) = (dct.year(), dct.month());
    let year = match (shift, c.tense) {
        (Shift::Last | Shift::Prev, _) | (Shift::Auto, Tense::Past) => dy - i16::from(mi > dm),
        (Shift::Next | Shift::Following, _) => dy + i16::from(mi <= dm),
        (Shift::Coming, _) | (Shift::Auto, Tense::Future) => dy + i16::from(mi < dm),
        (Shift::This, _) => dy,
        (Shift::That, _) => anchor_year(c).unwrap_or(dy),
        (Shift::Auto, Tense::None | Tense::WeakPast | Tense::Nearest) => {
            let cands: Vec<Date> = (-1..=1).filter_map(|k| date(dy + k, m, 15)).collect();
            let first = Date::new(dy, dm, 15).ok()?;
            pick(first, &cands, c.tense)?.year()
        }
    };
    Some(Val::Month(year, mi))
}

pub fn season_val(c: &Ctx, s: u8, shift: Shift, y: YearSpec) -> Option<Val> {
    if !matches!(y, YearSpec::Auto) {
        return year_of(c, y).map(|y| Val::Season(y, s));
    }
    let s32 = i32::from(s);
    // "the following spring": the first such season after the narrative's last date.
    if let (Shift::Following | Shift::Prev, Some(a)) = (shift, c.any.as_ref().and_then(Val::first_day)) {
        let at = season_index(a);
        let idx = if shift == Shift::Following {
            at + 1 + (s32 - at - 1).rem_euclid(4)
        } else {
            at - 1 - (at - 1 - s32).rem_euclid(4)
        };
        return Some(Val::Season(i16::try_from(idx.div_euclid(4)).ok()?, s));
    }
    let Some(dct) = c.dct else {
        return Some(Val::Unknown(format!("XXXX-{}", super::value::season_code(s))));
    };
    let cur = season_index(dct);
    let base = cur - (cur - s32).rem_euclid(4);
    let prev = if base == cur { base - 4 } else { base };
    let next = base + 4;
    let idx = match shift {
        Shift::Last | Shift::Prev => prev,
        Shift::This => (i32::from(dct.year()) - i32::from(s == 3 && dct.month() <= 2)) * 4 + s32,
        Shift::That => i32::from(anchor_year(c).unwrap_or(dct.year())) * 4 + s32,
        Shift::Coming | Shift::Auto if base == cur => cur,
        Shift::Next | Shift::Following | Shift::Coming => next,
        Shift::Auto => match c.tense {
            Tense::Past | Tense::WeakPast => base,
            Tense::Future => next,
            Tense::None | Tense::Nearest => {
                if cur - base <= next - cur {
                    base
                } else {
                    next
                }
            }
        },
    };
    Some(Val::Season(i16::try_from(idx.div_euclid(4)).ok()?, s))
}

pub fn weekday_val(c: &Ctx, wd: i32, shift: Shift) -> Option<Val> {
    let reference = match shift {
        Shift::Prev | Shift::Following => c.anchor_day(),
        _ => c.dct,
    };
    let Some(r) = reference else {
        return Some(Val::Unknown(format!("XXXX-WXX-{wd}")));
    };
    // "… flies on to Mexico on Wednesday … before returning to Jakarta on
    // Friday": with no tense cue, a weekday after a word of sequence, in a
    // narrative that moved ahead of publication, is the first one on or
    // after the narrative's day.
    if shift == Shift::Auto && matches!(c.tense, Tense::None | Tense::Future) && c.sequel {
        if let (Some(d), Some(p)) = (c.day, c.dct) {
            if d > p && d <= add_days(p, 14)? && (c.day_sentence == c.sentence || c.tense == Tense::Future) {
                return add_days(d, (wd - weekday(d)).rem_euclid(7)).map(Val::Day);
            }
        }
    }
    let back = (weekday(r) - wd).rem_euclid(7);
    let fwd = (wd - weekday(r)).rem_euclid(7);
    let offset = match shift {
        Shift::Last | Shift::Prev => {
            if back == 0 {
                -7
            } else {
                -back
            }
        }
        Shift::Next | Shift::Following => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Shift::Coming => fwd,
        Shift::This | Shift::That => wd - weekday(r),
        Shift::Auto if c.tense == Tense::Future => fwd,
        Shift::Auto if c.tense == Tense::Nearest && fwd < back => fwd,
        Shift::Auto => -back,
    };
    add_days(r, offset).map(Val::Day)
}

pub fn holiday_val(c: &Ctx, h: u8, shift: Shift) -> Option<Val> {
    let Some(dct) = c.dct else {
        return Some(unknown_day());
    };
    let cands: Vec<Date> = (-1..=1).filter_map(|k| holiday(h, dct.year() + k)).collect();
    let d = match shift {
        Shift::Last | Shift::Prev => cands.iter().rev().find(|d| **d < dct).copied(),
        Shift::Next | Shift::Following => cands.iter().find(|d| **d > dct).copied(),
        Shift::This | Shift::Coming => holiday(h, dct.year()),
        Shift::That => holiday(h, anchor_year(c).unwrap_or(dct.year())),
        Shift::Auto => pick(dct, &cands, c.tense),
    };
    d.map(Val::Day)
}
