//! Resolved values and their TIMEX3 rendering, plus calendar helpers built
//! on `jiff`.

use jiff::civil::Date;

use super::super::Granularity;
use super::expr::RefKind;
use super::lexicon::{Part, Unit};
use super::resolve::Tense;

/// A resolved timeline value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    Day(Date),
    DayPart(Date, Part),
    Time(Date, u8, u8),
    Week(i16, i8),
    Weekend(i16, i8),
    Month(i16, i8),
    Season(i16, u8),
    Quarter(i16, u8),
    Half(i16, u8),
    Year(i16),
    Decade(i16),
    Century(i16),
    Ref(RefKind),
    /// A value with unknown digits (`XXXX-03`).
    Unknown(String),
}

impl Val {
    /// The TIMEX3 value string.
    pub fn render(&self) -> String {
        match self {
            Self::Day(d) => ymd(*d),
            Self::DayPart(d, p) => format!("{}T{}", ymd(*d), p.code()),
            Self::Time(d, h, m) => format!("{}T{h:02}:{m:02}", ymd(*d)),
            Self::Week(y, w) => format!("{y:04}-W{w:02}"),
            Self::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Self::Month(y, m) => format!("{y:04}-{m:02}"),
            Self::Season(y, s) => format!("{y:04}-{}", season_code(*s)),
            Self::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Self::Half(y, h) => format!("{y:04}-H{h}"),
            Self::Year(y) => format!("{y:04}"),
            Self::Decade(d) => format!("{d:03}"),
            Self::Century(c) => format!("{c:02}"),
            Self::Ref(RefKind::Present) => "PRESENT_REF".to_owned(),
            Self::Ref(RefKind::Past) => "PAST_REF".to_owned(),
            Self::Ref(RefKind::Future) => "FUTURE_REF".to_owned(),
            Self::Unknown(s) => s.clone(),
        }
    }

    /// How precise the value is.
    pub const fn granularity(&self) -> Granularity {
        match self {
            Self::Day(_) => Granularity::Day,
            Self::DayPart(..) | Self::Time(..) => Granularity::Time,
            Self::Week(..) | Self::Weekend(..) => Granularity::Week,
            Self::Month(..) => Granularity::Month,
            Self::Season(..) => Granularity::Season,
            Self::Quarter(..) => Granularity::Quarter,
            Self::Half(..) => Granularity::Half,
            Self::Year(_) => Granularity::Year,
            Self::Decade(_) => Granularity::Decade,
            Self::Century(_) => Granularity::Century,
            Self::Ref(_) => Granularity::Reference,
            Self::Unknown(_) => Granularity::Unknown,
        }
    }

    /// A representative date (the first day of the period), if any.
    pub fn first_day(&self) -> Option<Date> {
        match *self {
            Self::Day(d) | Self::DayPart(d, _) | Self::Time(d, ..) => Some(d),
            Self::Week(y, w) | Self::Weekend(y, w) => {
                jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday)
                    .ok()
                    .map(jiff::civil::ISOWeekDate::date)
            }
            Self::Month(y, m) => Date::new(y, m, 1).ok(),
            Self::Season(y, s) => Date::new(y, i8::try_from(s * 3 + 3).ok()?, 1).ok(),
            Self::Quarter(y, q) => Date::new(y, i8::try_from(q * 3 - 2).ok()?, 1).ok(),
            Self::Half(y, h) => Date::new(y, i8::try_from(h * 6 - 5).ok()?, 1).ok(),
            Self::Year(y) => Date::new(y, 1, 1).ok(),
            Self::Decade(_) | Self::Century(_) | Self::Ref(_) | Self::Unknown(_) => None,
        }
    }

    /// True for day, part-of-day and clock values.
    pub const fn is_dayish(&self) -> bool {
        matches!(self, Self::Day(_) | Self::DayPart(..) | Self::Time(..))
    }
}

/// `YYYY-MM-DD`.
pub fn ymd(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// TIMEX3 season codes.
pub const fn season_code(s: u8) -> &'static str {
    match s {
        0 => "SP",
        1 => "SU",
        2 => "FA",
        _ => "WI",
    }
}

/// `d` plus `n` days.
pub fn add_days(d: Date, n: i32) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

/// ISO weekday, 1 = Monday … 7 = Sunday.
pub fn weekday(d: Date) -> i32 {
    i32::from(d.weekday().to_monday_one_offset())
}

/// ISO (year, week) of `d`.
pub fn iso_week(d: Date) -> (i16, i8) {
    let w = d.iso_week_date();
    (w.year(), w.week())
}

/// (year, month) shifted by `n` months.
pub fn shift_month(y: i16, m: i8, n: i32) -> Option<(i16, i8)> {
    let idx = i32::from(y) * 12 + i32::from(m) - 1 + n;
    let year = i16::try_from(idx.div_euclid(12)).ok()?;
    let month = i8::try_from(idx.rem_euclid(12) + 1).ok()?;
    Some((year, month))
}

/// Quarter (1–4) of a month.
pub fn quarter_of(m: i8) -> u8 {
    u8::try_from((m - 1) / 3 + 1).unwrap_or(1)
}

/// The date of holiday `h` in year `y`.
pub fn holiday(h: u8, y: i16) -> Option<Date> {
    match h {
        0 => Date::new(y, 12, 25).ok(),
        1 => nth_weekday(y, 11, 4, 4),
        2 => Date::new(y, 10, 31).ok(),
        3 => easter(y),
        4 => Date::new(y, 12, 24).ok(),
        5 => Date::new(y, 1, 1).ok(),
        6 => Date::new(y, 12, 31).ok(),
        7 => Date::new(y, 7, 4).ok(),
        8 => Date::new(y, 2, 14).ok(),
        9 => add_days(nth_weekday(y, 11, 1, 1)?, 1),
        10 => nth_weekday(y, 2, 1, 3),
        11 => add_days(nth_weekday(y, 6, 1, 1)?, -7),
        12 => nth_weekday(y, 9, 1, 1),
        _ => None,
    }
}

/// The `n`-th weekday `wd` (1 = Monday) of a month.
fn nth_weekday(y: i16, m: i8, wd: i32, n: i32) -> Option<Date> {
    let first = Date::new(y, m, 1).ok()?;
    let offset = (wd - weekday(first)).rem_euclid(7);
    add_days(first, offset + (n - 1) * 7)
}

/// Western Easter Sunday (anonymous Gregorian algorithm).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let golden = y % 19;
    let (century, rest) = (y / 100, y % 100);
    let (leap_c, century_mod) = (century / 4, century % 4);
    let correction = (century - (century + 8) / 25 + 1) / 3;
    let epact = (19 * golden + century - leap_c - correction + 15) % 30;
    let (leap_r, rest_mod) = (rest / 4, rest % 4);
    let weekday = (32 + 2 * century_mod + 2 * leap_r - epact - rest_mod) % 7;
    let shift = (golden + 11 * epact + 22 * weekday) / 451;
    let total = epact + weekday - 7 * shift + 114;
    Date::new(
        year,
        i8::try_from(total / 31).ok()?,
        i8::try_from(total % 31 + 1).ok()?,
    )
    .ok()
}

/// Picks the candidate closest to `reference`, where distances in the
/// direction the tense points count a fifth (two fifths after a weak "-ed"
/// cue) and, without a cue, distances into the past count three fifths:
/// news mostly reports the past.
pub fn pick(reference: Date, cands: &[Date], tense: Tense) -> Option<Date> {
    let cost = |d: &Date| -> i64 {
        let days = i64::from(reference.since(*d).map_or(i32::MAX, |s| s.get_days()));
        let (back, dist) = (days >= 0, days.abs() * 30);
        match (tense, back) {
            (Tense::Past, true) | (Tense::Future, false) => dist / 5,
            (Tense::WeakPast, true) => dist * 2 / 5,
            (Tense::None, true) => dist * 3 / 5,
            // "will meet on November 4" seven weeks after November 4: next year's.
            (Tense::Future, true) => dist * 12,
            _ => dist,
        }
    };
    cands.iter().min_by_key(|d| cost(d)).copied()
}

/// Season index counting from year 0: winter of year y covers Dec y – Feb y+1.
pub fn season_index(d: Date) -> i32 {
    let y = i32::from(d.year());
    match d.month() {
        1 | 2 => (y - 1) * 4 + 3,
        m => y * 4 + i32::from((m - 3) / 3),
    }
}

/// The TIMEX3 value with unknown digits at a unit's granularity.
pub fn unknown_pattern(unit: Unit) -> &'static str {
    match unit {
        Unit::Day | Unit::Hour | Unit::Minute => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century => "XX",
    }
}

#[cfg(test)]
mod tests {
    use super::{Val, add_days, holiday, iso_week, shift_month};
    use jiff::civil::date;

    #[test]
    fn calendar_helpers() {
        assert_eq!(iso_week(date(2021, 1, 3)), (2020, 53));
        assert_eq!(iso_week(date(2024, 12, 30)), (2025, 1));
        assert_eq!(shift_month(2023, 1, -1), Some((2022, 12)));
        assert_eq!(shift_month(2023, 12, 1), Some((2024, 1)));
        assert_eq!(add_days(date(2024, 2, 28), 1), Some(date(2024, 2, 29)));
        assert_eq!(holiday(3, 2024), Some(date(2024, 3, 31)));
        assert_eq!(holiday(1, 2023), Some(date(2023, 11, 23)));
        assert_eq!(Val::Week(2000, 7).render(), "2000-W07");
        assert_eq!(Val::Decade(199).render(), "199");
        assert_eq!(Val::Century(20).render(), "20");
    }
}
