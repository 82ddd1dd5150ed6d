//! Reads a TIMEX3-style value back into a calendar range, to order timeline
//! entries and to show them at their granularity ("Sun 19 Mar 2023", "Mar 2023").

use super::Granularity;
use jiff::ToSpan;
use jiff::civil::{Date, ISOWeekDate, Weekday};

/// A placed timeline value: the calendar days it covers and how to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct When {
    /// First day covered.
    pub start: Date,
    /// Last day covered.
    pub end: Date,
    /// Precision of the value.
    pub granularity: Granularity,
    /// Human label at that precision.
    pub label: String,
}

/// Places a value; `None` for references (`PRESENT_REF`) and values with unknown parts.
#[must_use]
pub fn place(value: &str) -> Option<When> {
    let value = value.trim();
    if value.contains('X') || value.ends_with("_REF") || !value.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if let Some((day, time)) = value.split_once('T') {
        return place_time(day, time);
    }
    match value.len() {
        2 => century(value),
        3 => decade(value),
        4 => year(value),
        _ => place_within_year(value),
    }
}

fn num<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn date(y: i16, m: i8, d: i8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

fn year_range(y: i16) -> Option<(Date, Date)> {
    Some((date(y, 1, 1)?, date(y, 12, 31)?))
}

fn century(v: &str) -> Option<When> {
    let c: i16 = num(v)?;
    let (start, end) = (date(c * 100, 1, 1)?, date(c * 100 + 99, 12, 31)?);
    let n = c + 1;
    let suffix = match (n % 10, n % 100) {
        (1, x) if x != 11 => "st",
        (2, x) if x != 12 => "nd",
        (3, x) if x != 13 => "rd",
        _ => "th",
    };
    Some(When {
        start,
        end,
        granularity: Granularity::Century,
        label: format!("{n}{suffix} century"),
    })
}

fn decade(v: &str) -> Option<When> {
    let d: i16 = num(v)?;
    let (start, end) = (date(d * 10, 1, 1)?, date(d * 10 + 9, 12, 31)?);
    Some(When {
        start,
        end,
        granularity: Granularity::Decade,
        label: format!("{}0s", d),
    })
}

fn year(v: &str) -> Option<When> {
    let y: i16 = num(v)?;
    let (start, end) = year_range(y)?;
    Some(When {
        start,
        end,
        granularity: Granularity::Year,
        label: y.to_string(),
    })
}

fn place_within_year(v: &str) -> Option<When> {
    let (y, rest) = v.split_once('-')?;
    let y: i16 = num(y)?;
    if let Some(w) = rest.strip_prefix('W') {
        return week(y, num(w)?);
    }
    if let Some(q) = rest.strip_prefix('Q') {
        return part_of_year(y, num(q)?, 3, Granularity::Quarter, &format!("Q{q} {y}"));
    }
    if let Some(h) = rest.strip_prefix('H') {
        return part_of_year(y, num(h)?, 6, Granularity::Half, &format!("H{h} {y}"));
    }
    if let Some(s) = season(y, rest) {
        return Some(s);
    }
    match rest.split_once('-') {
        None => month(y, num(rest)?),
        Some((m, d)) => day(y, num(m)?, num(d)?),
    }
}

fn week(y: i16, w: i8) -> Option<When> {
    let start = ISOWeekDate::new(y, w, Weekday::Monday).ok()?.date();
    let end = start.checked_add(6.days()).ok()?;
    Some(When {
        start,
        end,
        granularity: Granularity::Week,
        label: format!("week of {}", start.strftime("%-d %b %Y")),
    })
}

fn part_of_year(y: i16, n: i8, months: i8, granularity: Granularity, label: &str) -> Option<When> {
    if n < 1 || i32::from(n) * i32::from(months) > 12 {
        return None;
    }
    let start = date(y, (n - 1) * months + 1, 1)?;
    let end = start
        .checked_add(i64::from(months).months())
        .ok()?
        .yesterday()
        .ok()?;
    Some(When {
        start,
        end,
        granularity,
        label: label.to_string(),
    })
}

fn season(y: i16, code: &str) -> Option<When> {
    let (name, first_month, next_year) = match code {
        "SP" => ("spring", 3, false),
        "SU" => ("summer", 6, false),
        "FA" => ("autumn", 9, false),
        "WI" => ("winter", 12, true),
        _ => return None,
    };
    let start = date(y, first_month, 1)?;
    let end = start.checked_add(3.months()).ok()?.yesterday().ok()?;
    let label = if next_year {
        format!("winter {y}/{}", (y + 1) % 100)
    } else {
        format!("{name} {y}")
    };
    Some(When {
        start,
        end,
        granularity: Granularity::Season,
        label,
    })
}

fn month(y: i16, m: i8) -> Option<When> {
    let start = date(y, m, 1)?;
    Some(When {
        start,
        end: start.last_of_month(),
        granularity: Granularity::Month,
        label: start.strftime("%b %Y").to_string(),
    })
}

fn day(y: i16, m: i8, d: i8) -> Option<When> {
    let start = date(y, m, d)?;
    Some(When {
        start,
        end: start,
        granularity: Granularity::Day,
        label: start.strftime("%a %-d %b %Y").to_string(),
    })
}

fn place_time(day_part: &str, time: &str) -> Option<When> {
    let base = place(day_part)?;
    if base.granularity != Granularity::Day {
        return None;
    }
    let suffix = match time {
        "MO" => "morning".to_string(),
        "AF" => "afternoon".to_string(),
        "EV" => "evening".to_string(),
        "NI" => "night".to_string(),
        t if t.len() >= 2 && num::<u8>(&t[..2]).is_some() => t.chars().take(5).collect(),
        _ => return None,
    };
    Some(When {
        label: format!("{} {suffix}", base.label),
        granularity: Granularity::Time,
        ..base
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(v: &str) -> String {
        place(v).map(|w| w.label).unwrap_or_default()
    }

    #[test]
    fn labels_at_each_granularity() {
        assert_eq!(label("2023-03-19"), "Sun 19 Mar 2023");
        assert_eq!(label("2023-03"), "Mar 2023");
        assert_eq!(label("2023-W12"), "week of 20 Mar 2023");
        assert_eq!(label("2023"), "2023");
        assert_eq!(label("2023-Q2"), "Q2 2023");
        assert_eq!(label("2023-SU"), "summer 2023");
        assert_eq!(label("199"), "1990s");
        assert_eq!(label("20"), "21st century");
        assert_eq!(label("2023-03-14TNI"), "Tue 14 Mar 2023 night");
        assert_eq!(label("2023-03-14T15:00"), "Tue 14 Mar 2023 15:00");
    }

    #[test]
    fn unplaceable_values() {
        for v in [
            "PRESENT_REF",
            "XXXX-06",
            "2023-02-30",
            "2023-Q5",
            "",
            "P1W",
            "2023-13",
        ] {
            assert!(place(v).is_none(), "{v}");
        }
    }

    #[test]
    fn week_across_year_end() {
        let w = place("2021-W52").unwrap();
        assert_eq!(w.start.to_string(), "2021-12-27");
        assert_eq!(place("2020-W53").unwrap().end.to_string(), "2021-01-03");
    }
}
