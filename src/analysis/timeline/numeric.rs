//! Rules that start with digits: ISO and US dates, day-first dates, years,
//! decades, centuries, "Q2 2023", clock times.

use super::expr::{Base, Expr, Hit, P, YearSpec, is_ord_suffix};
use super::grammar::{best, core, period_after_ordinal, year_alone, year_at};
use super::lexicon::{Lex, Unit, W};
use super::tokens::Kind;
use super::value::Val;
use jiff::civil::Date;

/// Rules that start with digits.
pub fn numeric(pr: &P, i: usize) -> Option<Hit> {
    let t = pr.t.get(i)?;
    if t.digits == 4 {
        // ("at 1100 GMT": a clock time in four digits before a time zone.)
        return best(best(iso_date(pr, i), year_rule(pr, i)), clock(pr, i));
    }
    best(
        best(clock(pr, i), day_first(pr, i)),
        best(slash_date(pr, i), ordinal_num(pr, i)),
    )
}

/// "21st century", "3rd quarter".
pub fn ordinal_num(pr: &P, i: usize) -> Option<Hit> {
    let n = u8::try_from(pr.t.get(i)?.small_num()?).ok()?;
    (pr.glued(i + 1) && is_ord_suffix(pr.s(i + 1))).then_some(())?;
    period_after_ordinal(pr, i, n, i + 2)
}

/// "2023-03-07".
pub fn iso_date(pr: &P, i: usize) -> Option<Hit> {
    let y = i16::try_from(pr.t[i].num).ok()?;
    let glued = (i + 1..i + 5).all(|k| pr.glued(k));
    let ok = glued && pr.p(i + 1, b'-') && pr.p(i + 3, b'-');
    let m = pr.t.get(i + 2)?.num_digits(2)?;
    let d = pr.t.get(i + 4)?.num_digits(2)?;
    if !ok || pr.glued(i + 5) && !pr.p(i + 5, b'.') && !pr.p(i + 5, b',') && !pr.is_word(i + 5, "T") {
        return None;
    }
    let (month, day) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    Some(Hit::new(i, i + 5, Expr::Date { year: y, month, day }))
}

/// US style "3/7/2023" or "3/7/23".
pub fn slash_date(pr: &P, i: usize) -> Option<Hit> {
    let m = u8::try_from(pr.t.get(i)?.small_num()?).ok()?;
    let d = u8::try_from(pr.t.get(i + 2)?.small_num()?).ok()?;
    let yt = pr.t.get(i + 4)?;
    let glued = (i + 1..i + 5).all(|k| pr.glued(k)) && pr.p(i + 1, b'/') && pr.p(i + 3, b'/');
    let year = match yt.digits {
        4 => i16::try_from(yt.num).ok()?,
        2 => i16::try_from(yt.num).ok()? + if yt.num >= 50 { 1900 } else { 2000 },
        _ => return None,
    };
    let free_end =
        !pr.glued(i + 5) || (pr.t.get(i + 5).is_some_and(|t| t.kind == Kind::Punct) && !pr.p(i + 5, b'/'));
    (glued && (1..=12).contains(&m) && free_end).then(|| {
        Hit::new(
            i,
            i + 5,
            Expr::Date {
                year,
                month: m,
                day: d,
            },
        )
    })
}

/// "7 March 2023", "7th of March".
pub fn day_first(pr: &P, i: usize) -> Option<Hit> {
    let (day_of_month, j) = pr.day_num(i)?;
    let j = if pr.w(j, W::Of) { j + 1 } else { j };
    let Lex::Month(month_num) = pr.lex(j) else {
        return None;
    };
    let k = pr.comma(pr.dot(j + 1));
    if let Some(yr) = year_at(pr, k) {
        return Some(Hit::new(
            i,
            k + 1,
            Expr::Date {
                year: yr,
                month: month_num,
                day: day_of_month,
            },
        ));
    }
    Some(Hit::new(
        i,
        pr.dot(j + 1).min(j + 1),
        Expr::MonthDay {
            month: month_num,
            day: day_of_month,
            year: YearSpec::Auto,
        },
    ))
}

/// Years, decades ("1990s"), centuries ("1800s"), "1988 third quarter".
pub fn year_rule(pr: &P, i: usize) -> Option<Hit> {
    let y = i16::try_from(pr.t[i].num).ok()?;
    let s_glued = pr.glued(i + 1) && pr.is_word(i + 1, "s");
    let apos_s = pr.glued(i + 1) && pr.p(i + 1, b'\'') && pr.glued(i + 2) && pr.is_word(i + 2, "s");
    if (s_glued || apos_s) && y % 10 == 0 && (1000..2100).contains(&y) {
        let end = if s_glued { i + 2 } else { i + 3 };
        let e = if y % 100 == 0 && y < 2000 {
            Expr::Century(y / 100)
        } else {
            Expr::Decade(y / 10)
        };
        return Some(Hit::new(i, end, e));
    }
    let y = year_alone(pr, i)?;
    if let Lex::Ord(q) = pr.lex(i + 1) {
        if let Some(h) = period_after_ordinal(pr, i, q, i + 2) {
            let e = match h.expr {
                Expr::Quarter { q, .. } => Expr::Quarter {
                    q,
                    year: YearSpec::Explicit(y),
                },
                Expr::Half { h, .. } => Expr::Half {
                    h,
                    year: YearSpec::Explicit(y),
                },
                other => other,
            };
            return Some(Hit::new(i, h.end, e));
        }
    }
    Some(Hit::new(i, i + 1, Expr::Year(y)))
}

/// "'90s".
pub fn apostrophe_decade(pr: &P, i: usize) -> Option<Hit> {
    let d = pr.t.get(i + 1)?.num_digits(2)?;
    let ok = pr.p(i, b'\'') && pr.glued(i + 1) && pr.glued(i + 2) && pr.is_word(i + 2, "s") && d % 10 == 0;
    let century: i16 = if d >= 30 { 190 } else { 200 };
    ok.then(|| {
        Hit::new(
            i,
            i + 3,
            Expr::Decade(century + i16::try_from(d / 10).unwrap_or(0)),
        )
    })
}

/// "Q2 2023", "H1", "mid-…" handled elsewhere.
pub fn letter_period(pr: &P, i: usize) -> Option<Hit> {
    let s = pr.s(i);
    let n = u8::try_from(pr.t.get(i + 1)?.num_digits(1)?).ok()?;
    if !pr.glued(i + 1) || pr.glued(i + 2) && !pr.p(i + 2, b',') {
        return None;
    }
    let (year, end) = match year_at(pr, i + 2) {
        Some(y) => (YearSpec::Explicit(y), i + 3),
        None => (YearSpec::Auto, i + 2),
    };
    match s {
        "Q" if (1..=4).contains(&n) => Some(Hit::new(i, end, Expr::Quarter { q: n, year })),
        "H" if (1..=2).contains(&n) => Some(Hit::new(i, end, Expr::Half { h: n, year })),
        _ => None,
    }
}

/// Clock times: "3 p.m.", "10:35 a.m. EST", "noon", then an optional day.
pub fn clock(pr: &P, i: usize) -> Option<Hit> {
    let (hour, minute, j) = match pr.lex(i) {
        Lex::Word(W::Noon) => (12, 0, i + 1),
        Lex::Word(W::Midnight) => (24, 0, i + 1),
        _ => clock_digits(pr, i)?,
    };
    let j = if pr.lex(j) == Lex::Zone {
        pr.dot(j + 1)
    } else if pr.is_word(j, "local") && pr.is_word(j + 1, "time") {
        j + 2
    } else {
        j
    };
    let k = pr.comma(j);
    let k = if pr.w(k, W::On) { k + 1 } else { k };
    let date = match pr.lex(k) {
        Lex::Weekday(_) | Lex::Month(_) | Lex::Word(W::Today | W::Yesterday | W::Tomorrow) => core(pr, k),
        // "until 10 p.m. the following day".
        Lex::Word(W::The) => core(pr, k).filter(|h| {
            matches!(
                h.expr,
                Expr::Rel {
                    unit: Unit::Day,
                    base: Base::Anchor,
                    ..
                }
            )
        }),
        // "7 p.m. on Election Day", "midnight on New Year's Eve".
        _ => super::named::holiday_phrase(pr, k),
    }
    .filter(|h| {
        matches!(
            h.expr,
            Expr::Weekday { .. }
                | Expr::WeekdayInWeek { .. }
                | Expr::MonthDay { .. }
                | Expr::Date { .. }
                | Expr::DayOffset(_)
                | Expr::WeekdayDate { .. }
                | Expr::Holiday { .. }
                | Expr::Rel { .. }
        )
    });
    let end = date.as_ref().map_or(j, |h| h.end);
    Some(Hit::new(
        i,
        end,
        Expr::Clock {
            hour,
            minute,
            date: date.map(|h| Box::new(h.expr)),
        },
    ))
}

/// "3 p.m.", "10:35", "7 o'clock": hour, minute and the next token.
pub fn clock_digits(pr: &P, i: usize) -> Option<(u8, u8, usize)> {
    // "1100 GMT", "0930 UTC": hours and minutes in four digits before a zone.
    if let Some(hhmm) = pr.t.get(i)?.num_digits(4) {
        let (h, m) = (hhmm / 100, hhmm % 100);
        return (h <= 23 && m <= 59 && pr.lex(i + 1) == Lex::Zone)
            .then(|| Some((u8::try_from(h).ok()?, u8::try_from(m).ok()?, i + 1)))
            .flatten();
    }
    let h = u8::try_from(pr.t.get(i)?.small_num()?).ok()?;
    let (minute, j) = match pr.t.get(i + 2) {
        Some(t) if pr.p(i + 1, b':') && pr.glued(i + 1) && pr.glued(i + 2) && t.digits == 2 => {
            (u8::try_from(t.num).ok()?, i + 3)
        }
        _ => (0, i + 1),
    };
    if minute > 59 {
        return None;
    }
    if let Some((pm, k)) = am_pm(pr, j) {
        if !(1..=12).contains(&h) {
            return None;
        }
        let hour = match (pm, h) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
        return Some((hour, minute, k));
    }
    let oclock = pr.is_word(j, "o") && pr.p(j + 1, b'\'') && pr.is_word(j + 2, "clock");
    if oclock && (1..=12).contains(&h) {
        return Some((h, 0, j + 3));
    }
    (j == i + 3 && h <= 23).then_some((h, minute, j))
}

/// "a.m.", "p.m", "am", "PM".
pub fn am_pm(pr: &P, j: usize) -> Option<(bool, usize)> {
    let s = pr.s(j);
    if s.eq_ignore_ascii_case("am") || s.eq_ignore_ascii_case("pm") {
        let pm = s.eq_ignore_ascii_case("pm");
        return Some((pm, pr.dot(j + 1)));
    }
    let pm = s.eq_ignore_ascii_case("p");
    if (pm || s.eq_ignore_ascii_case("a"))
        && pr.p(j + 1, b'.')
        && pr.glued(j + 1)
        && pr.is_word(j + 2, "m")
        && pr.glued(j + 2)
    {
        return Some((pm, pr.dot(j + 3)));
    }
    None
}

/// The second day of "April 24 and 25": a later day number joined by
/// "and"/"or" to a month-day, not followed by a unit or count noun ("and
/// 25 people"). Returns the token after it and its value.
pub fn coordinated_day(pr: &P, e: &Expr, v: &Val, end: usize) -> Option<(usize, Val)> {
    let (Expr::MonthDay { .. } | Expr::Date { .. }, Val::Day(d)) = (e, v) else {
        return None;
    };
    if !(pr.w(end, W::And) || pr.is_word(end, "or")) {
        return None;
    }
    let (day, k) = pr.day_num(end + 1)?;
    let after = pr.t.get(k);
    let noun = after.is_some_and(|t| matches!(t.lex, Lex::CountNoun | Lex::Unit(_)) || t.is(b'%'));
    let num = after.is_some_and(|t| t.kind == Kind::Num)
        || ["percent", "million", "billion", "thousand"]
            .iter()
            .any(|w| pr.is_word(k, w));
    if i8::try_from(day).ok()? <= d.day() || noun || num || pr.glued(end + 1) {
        return None;
    }
    let second = Date::new(d.year(), d.month(), i8::try_from(day).ok()?).ok()?;
    Some((k, Val::Day(second)))
}

#[cfg(test)]
mod tests {
    use super::super::extract_timeline;
    use jiff::civil::date;

    fn values(text: &str) -> Vec<(String, String)> {
        extract_timeline(text, Some(date(2021, 6, 9)))
            .into_iter()
            .map(|e| (e.text, e.value))
            .collect()
    }

    #[test]
    fn coordinated_day_numbers() {
        let got = values("The fair is held on July 3 and 4 in the old town.");
        let want = [("July 3", "2021-07-03"), ("4", "2021-07-04")];
        assert_eq!(got, want.map(|(a, b)| (a.to_owned(), b.to_owned())));
    }

    #[test]
    fn coordinated_numbers_that_are_not_days() {
        for text in [
            "Sales fell on May 3 and 20 people lost their jobs.",
            "Prices rose on May 3 and 12 percent more were sold.",
            "It opened on May 13 and 2 shops closed.",
        ] {
            assert_eq!(values(text).len(), 1, "{text}");
        }
    }
}
