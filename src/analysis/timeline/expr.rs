//! What the grammar recognises: unresolved temporal expressions, and the
//! token-level helpers the grammar rules share.

use super::lexicon::{Lex, Part, Unit, W};
use super::tokens::{Kind, Tok};

/// Which occurrence of a named day, month or season is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// No modifier: decided by tense, else nearest.
    Auto,
    /// "last": the latest strictly before the reference.
    Last,
    /// "this": the one in the current period.
    This,
    /// "next": the first strictly after the reference.
    Next,
    /// "this coming": the first on or after the reference.
    Coming,
    /// "the previous": strictly before the narrative anchor.
    Prev,
    /// "the following": strictly after the narrative anchor.
    Following,
    /// "that": in the period of the narrative anchor ("that summer").
    That,
}

/// Where a relative expression counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// The publication date.
    Dct,
    /// The last date the narrative moved to.
    Anchor,
}

/// The year of a quarter, half, month …
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearSpec {
    /// Written out.
    Explicit(i16),
    /// Relative to the publication year ("next year's").
    Rel(i16),
    /// From context.
    Auto,
}

/// The three TIMEX3 reference values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Present,
    Past,
    Future,
}

/// An unresolved temporal expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// A duration, set or non-date: recognised so that its words are not
    /// misread, never reported.
    Skip,
    /// `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`.
    Ref(RefKind),
    /// A full calendar date.
    Date { year: i16, month: u8, day: u8 },
    /// A month and day; year from context (or relative year).
    MonthDay { month: u8, day: u8, year: YearSpec },
    /// A weekday with a month and day ("Saturday, April 25"): the year
    /// is chosen so that the weekday matches.
    WeekdayDate { wd: u8, month: u8, day: u8 },
    /// "the week of March 6" (`false`), "the weekend of Nov. 4" (`true`).
    WeekOf(Box<Expr>, bool),
    /// A month of a written year.
    MonthOfYear { year: i16, month: u8 },
    /// A month name; year from context.
    Month { month: u8, shift: Shift, year: YearSpec },
    /// A season name.
    Season {
        season: u8,
        shift: Shift,
        year: YearSpec,
    },
    /// A quarter.
    Quarter { q: u8, year: YearSpec },
    /// "the quarter", "the latest quarter": the quarter under discussion.
    QuarterAnaphor,
    /// A half year.
    Half { h: u8, year: YearSpec },
    /// A year number.
    Year(i16),
    /// "overnight": the night of the day the story is on, else the night
    /// before publication.
    Overnight,
    /// "the new year": the coming year, or the current one early in January
    /// and February.
    NewYear,
    /// A decade, by its first three digits (199 for the 1990s).
    Decade(i16),
    /// A century, TIMEX3 style (19 for the 20th century).
    Century(i16),
    /// A weekday name.
    Weekday { wd: u8, shift: Shift },
    /// "Monday next week" (1), "Friday last week" (-1), "Tuesday this
    /// week" (0): the weekday in the week that many weeks from publication.
    WeekdayInWeek { wd: u8, weeks: i8 },
    /// A holiday (index into the holiday table).
    Holiday { h: u8, shift: Shift },
    /// today (0), yesterday (-1), tomorrow (1).
    DayOffset(i32),
    /// `n` units from the publication date or the anchor ("last week",
    /// "two days ago", "the next day", "that year").
    Rel { unit: Unit, n: i32, base: Base },
    /// "a year ago"/"a year earlier": shifts the quarter under discussion
    /// when there is one.
    YearAgo { base: Base, quarter: bool },
    /// "the 1988 quarter/period": the quarter under discussion in that year.
    QuarterOfYear(i16),
    /// The first (`false`) or last (`true`) day of a month or of "the
    /// year": "the end of April", "the start of the year".
    Edge(Box<Expr>, bool),
    /// A date expression with a part of day.
    WithPart(Box<Expr>, Part),
    /// A clock time with an optional date expression.
    Clock {
        hour: u8,
        minute: u8,
        date: Option<Box<Expr>>,
    },
}

/// A recognised expression: token range `[start, end)` and its meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

impl Hit {
    /// A hit over tokens `[start, end)`.
    pub const fn new(start: usize, end: usize, expr: Expr) -> Self {
        Self { start, end, expr }
    }

    /// `Some(Hit::new(..))`.
    #[allow(clippy::unnecessary_wraps)]
    pub const fn some(start: usize, end: usize, expr: Expr) -> Option<Self> {
        Some(Self::new(start, end, expr))
    }
}

impl Expr {
    /// A full calendar date.
    pub const fn date(year: i16, month: u8, day: u8) -> Self {
        Self::Date { year, month, day }
    }

    /// A month and day.
    pub const fn month_day(month: u8, day: u8, year: YearSpec) -> Self {
        Self::MonthDay { month, day, year }
    }

    /// A month name.
    pub const fn month(month: u8, shift: Shift, year: YearSpec) -> Self {
        Self::Month { month, shift, year }
    }

    /// A season name.
    pub const fn season(season: u8, shift: Shift, year: YearSpec) -> Self {
        Self::Season { season, shift, year }
    }

    /// `n` units from `base`.
    pub const fn rel(unit: Unit, n: i32, base: Base) -> Self {
        Self::Rel { unit, n, base }
    }

    /// A holiday, year from context.
    pub const fn holiday(h: u8) -> Self {
        Self::Holiday {
            h,
            shift: Shift::Auto,
        }
    }
}

/// Token access helpers for the grammar.
pub struct P<'a> {
    pub t: &'a [Tok],
    pub text: &'a str,
}

impl P<'_> {
    /// The lexicon meaning of token `i` (`Lex::None` past the end).
    pub fn lex(&self, i: usize) -> Lex {
        self.t.get(i).map_or(Lex::None, |t| t.lex)
    }

    /// Token `i` is the function word `w`.
    pub fn w(&self, i: usize, w: W) -> bool {
        self.lex(i) == Lex::Word(w)
    }

    /// Token `i` is the punctuation character `c`.
    pub fn p(&self, i: usize, c: u8) -> bool {
        self.t.get(i).is_some_and(|t| t.is(c))
    }

    /// Token `i` directly follows token `i - 1` (no space).
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.t.len() && self.t[i].start == self.t[i - 1].end
    }

    /// Skips an abbreviation period glued to the previous token.
    pub fn dot(&self, i: usize) -> usize {
        if self.p(i, b'.') && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// The token after a month name at `i`, past its abbreviation period
    /// ("Sept.") but not past a sentence period after a full name.
    pub fn after_month(&self, i: usize) -> usize {
        let full = ["may", "june", "july"]
            .iter()
            .any(|m| self.s(i).eq_ignore_ascii_case(m));
        if self.s(i).len() <= 4 && !full {
            self.dot(i + 1)
        } else {
            i + 1
        }
    }

    /// Skips a comma.
    pub fn comma(&self, i: usize) -> usize {
        if self.p(i, b',') { i + 1 } else { i }
    }

    /// Skips a hyphen glued on both sides.
    pub fn hyphen(&self, i: usize) -> usize {
        if self.p(i, b'-') && self.glued(i) && self.glued(i + 1) {
            i + 1
        } else {
            i
        }
    }

    /// The text of token `i`.
    pub fn s(&self, i: usize) -> &str {
        self.t
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// Word `i` equals `word` ignoring ASCII case.
    pub fn is_word(&self, i: usize, word: &str) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Word) && self.s(i).eq_ignore_ascii_case(word)
    }

    /// A day-of-month number (1–31) with an optional glued ordinal suffix;
    /// returns the day and the next token index.
    pub fn day_num(&self, i: usize) -> Option<(u8, usize)> {
        let n = self.t.get(i)?.small_num()?;
        let day = u8::try_from(n).ok().filter(|d| (1..=31).contains(d))?;
        let next = if self.glued(i + 1) && is_ord_suffix(self.s(i + 1)) {
            i + 2
        } else {
            i + 1
        };
        if self.glued(next) && self.t.get(next).is_some_and(|t| t.kind != Kind::Punct) {
            return None;
        }
        Some((day, next))
    }

    /// A quantity: digits, number words ("twenty-five"), "a"/"an";
    /// `None` in the value for vague quantities ("several", "a few").
    pub fn quantity(&self, i: usize) -> Option<(Option<i32>, usize)> {
        match self.lex(i) {
            Lex::Word(W::A) if self.w(i + 1, W::Few) || self.is_word(i + 1, "couple") => {
                let j = if self.w(i + 2, W::Of) { i + 3 } else { i + 2 };
                Some((None, j))
            }
            Lex::Word(W::A) => Some((Some(1), i + 1)),
            Lex::Word(W::Several | W::Few) => Some((None, i + 1)),
            Lex::Card(n) if n < 100 => {
                let k = self.hyphen(i + 1);
                match self.lex(k) {
                    Lex::Card(u) if k > i + 1 && u < 10 => Some((Some(i32::from(n + u)), k + 1)),
                    _ => Some((Some(i32::from(n)), i + 1)),
                }
            }
            _ => {
                let t = self.t.get(i)?;
                let n = (t.kind == Kind::Num && (1..=3).contains(&t.digits)).then_some(t.num)?;
                Some((Some(i32::try_from(n).ok()?), i + 1))
            }
        }
    }
}

/// "st", "nd", "rd", "th".
pub fn is_ord_suffix(s: &str) -> bool {
    ["st", "nd", "rd", "th"].iter().any(|x| s.eq_ignore_ascii_case(x))
}
