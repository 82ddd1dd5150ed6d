//! Resolution: turns recognised expressions into TIMEX3 values against the
//! publication date, the tense of the sentence and the narrative anchor.

use jiff::civil::Date;

use super::calendar::{holiday_val, month_day, month_val, season_val, weekday_date, weekday_val};
use super::expr::{Base, Expr, Shift, YearSpec};
use super::lexicon::{Part, Unit};
use super::value::{Val, add_days, iso_week, quarter_of, shift_month, unknown_pattern, weekday};

/// How many sentences back a quarter still frames "a year ago".
const YEAR_AGO_WINDOW: usize = 5;

/// Which way the sentence points in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// No cue.
    None,
    /// Past tense or past cue ("said", "was", "ago").
    Past,
    /// Only a weak past cue (an "-ed" word).
    WeakPast,
    /// Future cue ("will", "scheduled to").
    Future,
    /// Either way, the nearest wins ("agreed to meet on Friday": the meeting
    /// may be the one just held or the one still to come).
    Nearest,
}

/// Resolution state carried through a document.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// Publication date.
    pub dct: Option<Date>,
    /// Last day the narrative moved to.
    pub day: Option<Date>,
    /// The sentence that day was named in.
    pub day_sentence: usize,
    /// Last resolved calendar value of any granularity.
    pub any: Option<Val>,
    /// Last quarter mentioned, with the sentence it was in.
    pub quarter: Option<(i16, u8, usize)>,
    /// Index of the current sentence.
    pub sentence: usize,
    /// A year written out, with its sentence and token index.
    pub written_year: Option<(i16, usize, usize)>,
    /// That year opens its sentence ("In 2022, …").
    pub year_fronted: bool,
    /// Token index of the expression being resolved.
    pub at: usize,
    /// The expression opens its sentence and a comma follows it.
    pub fronted: bool,
    /// A future cue stands between the written year and the expression.
    pub future_since_year: bool,
    /// Tense of the current expression's sentence.
    pub tense: Tense,
    /// A word of sequence ("before returning … on Friday", "then") comes
    /// shortly before the expression, which is no possessive.
    pub sequel: bool,
    /// The day of the evening or night the narrative last moved to.
    pub night: Option<Date>,
    /// Last day the narrative moved to that is not after publication.
    pub past_day: Option<Date>,
    /// Last day the narrative moved to within a month of publication.
    pub recent_day: Option<Date>,
    /// The month either side of publication (computed once: date arithmetic
    /// per expression cost a tenth of the timeline's time).
    near: Option<(Date, Date)>,
}

impl Ctx {
    /// A fresh context for a document published on `dct`.
    pub fn new(dct: Option<Date>) -> Self {
        Self {
            dct,
            day: None,
            any: None,
            quarter: None,
            sentence: 0,
            written_year: None,
            year_fronted: false,
            at: 0,
            fronted: false,
            day_sentence: 0,
            future_since_year: false,
            tense: Tense::None,
            sequel: false,
            night: None,
            past_day: None,
            recent_day: None,
            near: match dct {
                Some(d) => match (add_days(d, -31), add_days(d, 31)) {
                    (Some(lo), Some(hi)) => Some((lo, hi)),
                    _ => None,
                },
                None => None,
            },
        }
    }

    /// Records `v` as the place the narrative moved to (`shifted`: a
    /// comparison value such as "a year ago", which does not change the
    /// quarter under discussion).
    pub fn update(&mut self, v: &Val, shifted: bool) {
        // Results are reported for closed quarters: a mention of the quarter
        // still running ("fourth-quarter outlook") is not the one under discussion.
        if let (Val::Quarter(y, q), false) = (v, shifted) {
            if self
                .dct
                .is_none_or(|d| (*y, *q) < (d.year(), quarter_of(d.month())))
            {
                self.quarter = Some((*y, *q, self.sentence));
            }
        }
        if v.is_dayish() {
            self.day = v.first_day();
            self.day_sentence = self.sentence;
            if self.dct.is_none_or(|d| self.day.is_some_and(|x| x <= d)) {
                self.past_day = self.day;
            }
            if self.day.is_some_and(|x| self.near_publication(x)) {
                self.recent_day = self.day;
            }
            self.night = match v {
                Val::DayPart(d, Part::Evening | Part::Night) => Some(*d),
                _ => None,
            };
        }
        if v.first_day().is_some() {
            self.any = Some(v.clone());
        }
    }

    /// The year written shortly before in the current sentence, if any
    /// ("In 2022, the bill passed on Dec. 23"); not for future clauses.
    pub fn sentence_year(&self) -> Option<i16> {
        let reach = if self.year_fronted { 12 } else { 3 };
        let near =
            |(_, s, t): &(i16, usize, usize)| *s == self.sentence && self.at.saturating_sub(*t) <= reach;
        self.written_year
            .filter(|w| near(w) && !self.future_since_year)
            .map(|(y, ..)| y)
    }

    /// Within a month of publication (always, without a publication date).
    fn near_publication(&self, day: Date) -> bool {
        self.near.is_none_or(|(lo, hi)| lo <= day && day <= hi)
    }

    pub fn anchor_day(&self) -> Option<Date> {
        self.day.or(self.dct)
    }

    /// The anchor day of a relative day or week: in a past clause, not a
    /// day still to come ("would arrive on Wednesday. … we had trucks
    /// rolling the next day").
    fn rel_anchor_day(&self) -> Option<Date> {
        let past = self.tense == Tense::Past;
        match (self.day, self.dct) {
            (Some(d), Some(p)) if past && d > p => self.past_day.or(self.dct),
            _ => self.anchor_day(),
        }
    }
}

/// Resolves `e`; `None` for expressions that are not timeline entries.
pub fn resolve(expr: &Expr, c: &Ctx) -> Option<Val> {
    let dct = c.dct;
    match expr {
        Expr::Skip => None,
        Expr::Ref(k) => Some(Val::Ref(*k)),
        Expr::Date { year, month, day } => Some(Val::Day(date(*year, *month, *day)?)),
        Expr::MonthDay { month, day, year } => month_day(c, *month, *day, *year),
        Expr::WeekdayDate { wd, month, day } => weekday_date(c, *wd, *month, *day),
        Expr::WeekOf(inner, weekend) => week_of(inner, *weekend, c),
        Expr::MonthOfYear { year, month } => Some(Val::Month(*year, i8::try_from(*month).ok()?)),
        Expr::Month { month, shift, year } => month_val(c, *month, *shift, *year),
        Expr::Season { season, shift, year } => season_val(c, *season, *shift, *year),
        Expr::Quarter { q, year } => Some(quarter_val(c, *q, *year)),
        Expr::QuarterAnaphor => quarter_anaphor(c),
        Expr::Half { h, year } => Some(match year_of(c, *year) {
            Some(y) => Val::Half(y, *h),
            None => Val::Unknown(format!("XXXX-H{h}")),
        }),
        Expr::Year(y) => Some(Val::Year(*y)),
        // "Polls close at 10 p.m. Thursday, with results expected overnight": the
        // night of a day named in the same sentence (within a month of
        // publication, not publication day itself); else last night.
        Expr::Overnight => match (c.day, c.recent_day, dct) {
            (Some(d), Some(r), Some(p)) if d == r && d != p && c.day_sentence == c.sentence => {
                Some(Val::DayPart(d, Part::Night))
            }
            _ => with_part(&Expr::DayOffset(-1), Part::Night, c),
        },
        Expr::NewYear => {
            let d = c.dct?;
            Some(Val::Year(if d.month() <= 2 { d.year() } else { d.year() + 1 }))
        }
        Expr::Decade(d) => Some(Val::Decade(*d)),
        Expr::Century(century) => Some(Val::Century(*century)),
        Expr::Weekday { wd, shift } => weekday_val(c, i32::from(*wd), *shift),
        Expr::WeekdayInWeek { wd, weeks } => match weekday_val(c, i32::from(*wd), Shift::This)? {
            Val::Day(d) => Some(Val::Day(add_days(d, 7 * i32::from(*weeks))?)),
            other => Some(other),
        },
        Expr::Holiday { h, shift } => holiday_val(c, *h, *shift),
        Expr::DayOffset(n) => Some(
            dct.and_then(|d| add_days(d, *n))
                .map_or_else(unknown_day, Val::Day),
        ),
        Expr::Rel { unit, n, base } => rel(c, *unit, *n, *base),
        Expr::YearAgo { base, quarter } => year_ago(c, *base, *quarter),
        Expr::QuarterOfYear(y) => Some(match quarter_anaphor(c)? {
            Val::Quarter(_, q) => Val::Quarter(*y, q),
            _ => Val::Year(*y),
        }),
        Expr::WithPart(inner, part) => with_part(inner, *part, c),
        Expr::Edge(inner, end) => edge(inner, *end, c),
        Expr::Clock { hour, minute, date } => clock(c, *hour, *minute, date.as_deref()),
    }
}

/// "the week of March 6", "the weekend of Nov. 4".
fn week_of(inner: &Expr, weekend: bool, c: &Ctx) -> Option<Val> {
    match resolve(inner, c)? {
        Val::Day(d) => {
            let (y, w) = iso_week(d);
            Some(if weekend {
                Val::Weekend(y, w)
            } else {
                Val::Week(y, w)
            })
        }
        other => Some(other),
    }
}

/// The first or last day of a month or year.
fn edge(inner: &Expr, end: bool, c: &Ctx) -> Option<Val> {
    let (first, last) = match resolve(inner, c)? {
        Val::Month(y, m) => (Date::new(y, m, 1).ok()?, None),
        Val::Year(y) => (Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()),
        other => return Some(other),
    };
    Some(Val::Day(if end {
        last.unwrap_or_else(|| first.last_of_month())
    } else {
        first
    }))
}

/// A day with a part of day ("Tuesday night"). "Tonight" right after
/// the story reached the previous evening or night is that night (a quote
/// from an election night reported the next day).
fn with_part(inner: &Expr, part: Part, c: &Ctx) -> Option<Val> {
    // "… the attack on Oct. 7, 2023. Officials announced the deal that evening":
    // the evening of a background date years back is the story's own day.
    let that_day = matches!(
        inner,
        Expr::Rel {
            unit: Unit::Day,
            n: 0,
            base: Base::Anchor
        }
    );
    if let (true, Some(day), Some(recent)) = (that_day, c.day, c.recent_day) {
        if !c.near_publication(day) {
            return Some(Val::DayPart(recent, part));
        }
    }
    if let (Expr::DayOffset(0), Part::Night, Some(n)) = (inner, part, c.night) {
        if c.dct.and_then(|d| add_days(d, -1)) == Some(n) {
            return Some(Val::DayPart(n, part));
        }
    }
    Some(match resolve(inner, c)? {
        Val::Day(d) => Val::DayPart(d, part),
        Val::Unknown(u) if u.len() >= 10 => Val::Unknown(format!("{u}T{}", part.code())),
        other => other,
    })
}

pub fn date(y: i16, m: u8, d: u8) -> Option<Date> {
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

pub fn unknown_day() -> Val {
    Val::Unknown("XXXX-XX-XX".to_owned())
}

pub fn year_of(c: &Ctx, y: YearSpec) -> Option<i16> {
    match y {
        YearSpec::Explicit(y) => Some(y),
        YearSpec::Rel(r) => c.dct.map(|d| d.year() + r),
        YearSpec::Auto => c.dct.map(Date::year),
    }
}

fn quarter_val(c: &Ctx, q: u8, y: YearSpec) -> Val {
    if !matches!(y, YearSpec::Auto) {
        return match year_of(c, y) {
            Some(y) => Val::Quarter(y, q),
            None => Val::Unknown(format!("XXXX-Q{q}")),
        };
    }
    // "the 2013 shutdown … cut fourth-quarter growth": the year just written.
    if let Some(y) = c.sentence_year() {
        return Val::Quarter(y, q);
    }
    let Some(dct) = c.dct else {
        return Val::Unknown(format!("XXXX-Q{q}"));
    };
    let cur = quarter_of(dct.month());
    let back = q > cur
        && (matches!(c.tense, Tense::Past | Tense::WeakPast) || (c.tense == Tense::None && q - cur >= 2));
    Val::Quarter(dct.year() - i16::from(back), q)
}

fn quarter_anaphor(c: &Ctx) -> Option<Val> {
    if let Some((y, q, _)) = c.quarter {
        return Some(Val::Quarter(y, q));
    }
    let dct = c.dct?;
    let cur = quarter_of(dct.month());
    Some(if cur == 1 {
        Val::Quarter(dct.year() - 1, 4)
    } else {
        Val::Quarter(dct.year(), cur - 1)
    })
}

/// `n` units from the publication date or the narrative anchor.
fn rel(c: &Ctx, unit: Unit, n: i32, base: Base) -> Option<Val> {
    let reference = match (base, unit) {
        (Base::Dct, _) => c.dct,
        (Base::Anchor, Unit::Day | Unit::Week | Unit::Weekend) => c.rel_anchor_day(),
        (Base::Anchor, _) => c.any.as_ref().and_then(Val::first_day).or(c.dct),
    };
    let Some(reference_day) = reference else {
        return Some(Val::Unknown(unknown_pattern(unit).to_owned()));
    };
    let year = i32::from(reference_day.year());
    Some(match unit {
        Unit::Day => Val::Day(add_days(reference_day, n)?),
        Unit::Week => {
            let (wy, w) = iso_week(add_days(reference_day, n * 7)?);
            Val::Week(wy, w)
        }
        Unit::Weekend => weekend(c, reference_day, n)?,
        Unit::Month => {
            let (my, m) = shift_month(reference_day.year(), reference_day.month(), n)?;
            Val::Month(my, m)
        }
        Unit::Quarter => {
            let idx = year * 4 + i32::from(quarter_of(reference_day.month())) - 1 + n;
            Val::Quarter(
                i16::try_from(idx.div_euclid(4)).ok()?,
                u8::try_from(idx.rem_euclid(4) + 1).ok()?,
            )
        }
        Unit::Year => Val::Year(i16::try_from(year + n).ok()?),
        Unit::Decade => Val::Decade(i16::try_from(year / 10 + n).ok()?),
        Unit::Century => Val::Century(i16::try_from(year / 100 + n).ok()?),
        Unit::Hour | Unit::Minute => return None,
    })
}

/// "the weekend" (n = 0): the coming one when the sentence points forward
/// or late in the week, else the one just past.
fn weekend(c: &Ctx, reference_day: Date, n: i32) -> Option<Val> {
    let wd = weekday(reference_day);
    let ahead = c.tense == Tense::Future || (c.tense == Tense::None && wd >= 5);
    let shift = if n == 0 && !ahead && wd < 6 { -1 } else { n };
    let (year, week) = iso_week(add_days(reference_day, shift * 7)?);
    Some(Val::Weekend(year, week))
}

/// "a year ago/earlier": the quarter under discussion a year back, else
/// the year before the reference.
fn year_ago(c: &Ctx, base: Base, quarter: bool) -> Option<Val> {
    // "… cut shifts this autumn. A year ago, the two sides agreed …": once
    // another date followed the quarter, an opening "a year ago" starts a
    // story of its own.
    let moved_on = c.fronted && !matches!(c.any, Some(Val::Quarter(..)));
    if let Some((y, q, _)) = c
        .quarter
        .filter(|x| c.sentence.saturating_sub(x.2) <= YEAR_AGO_WINDOW && !moved_on)
    {
        return Some(Val::Quarter(y - 1, q));
    }
    if let (true, Some(Val::Quarter(y, q))) = (quarter, quarter_anaphor(c)) {
        return Some(Val::Quarter(y - 1, q));
    }
    rel(c, Unit::Year, -1, base)
}

fn clock(c: &Ctx, hour: u8, minute: u8, date: Option<&Expr>) -> Option<Val> {
    let day = match date {
        Some(e) => match resolve(e, c)? {
            Val::Day(d) => Some(d),
            _ => None,
        },
        None => c.rel_anchor_day(),
    };
    Some(match day {
        Some(d) => Val::Time(d, hour, minute),
        None => Val::Unknown(format!("XXXX-XX-XXT{hour:02}:{minute:02}")),
    })
}
