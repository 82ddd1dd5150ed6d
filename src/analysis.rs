//! Text analysis: who (entities) and when (timeline) an article mentions.
//!
//! Pure functions over text: no UI, no I/O. Offsets are UTF-8 byte offsets
//! into the analysed body and always lie on character boundaries.

pub mod dictionary;
pub mod entities;
pub mod sentences;
pub mod timeline;
pub mod when;

use jiff::civil::Date;
use serde::Serialize;

/// A half-open byte range `[start, end)` into the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Builds a span from its two ends.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// True when `offset` lies inside the span.
    #[must_use]
    pub const fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, institution, party, team, agency, newspaper …
    Organization,
    /// A country, region, city, landmark, border …
    Place,
    /// Nationalities, groups, events, works, laws …
    Other,
}

impl EntityKind {
    /// All kinds, in the order the sidebar groups them.
    pub const ALL: [Self; 4] = [Self::Person, Self::Organization, Self::Place, Self::Other];

    /// The lowercase name used in JSON and keys.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Place => "place",
            Self::Other => "other",
        }
    }
}

/// One entity of an article with all its mentions merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// Canonical cross-article key, e.g. `person:olaf scholz` (accent- and case-folded).
    pub key: String,
    /// Display name: the fullest form seen, without titles.
    pub name: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// Distinct surface forms seen in the text (without titles), fullest first.
    pub aliases: Vec<String>,
    /// Titles and roles seen before the name ("Chancellor", "Kenyan President").
    pub roles: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
    /// Role references that stand for this person ("the president"), in text
    /// order; not counted as mentions of the name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Span>,
    /// Which rule or list decided the kind (shown by `analyze --explain`).
    pub rule: String,
}

/// How precise a timeline value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// A time of day on a date (`2023-03-14T15:00`, `2023-03-14TNI`).
    Time,
    /// A calendar day (`2023-03-14`).
    Day,
    /// An ISO week (`2023-W11`).
    Week,
    /// A month (`2023-03`).
    Month,
    /// A season (`2023-SU`).
    Season,
    /// A quarter (`2023-Q1`).
    Quarter,
    /// A half year (`2023-H1`).
    Half,
    /// A year (`2023`).
    Year,
    /// A decade (`199` for the 1990s).
    Decade,
    /// A century (`20` for the 21st century).
    Century,
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Reference,
    /// A value with unknown parts (`XXXX-06`).
    Unknown,
}

impl Granularity {
    /// The lowercase name used in JSON.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Time => "time",
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Season => "season",
            Self::Quarter => "quarter",
            Self::Half => "half",
            Self::Year => "year",
            Self::Decade => "decade",
            Self::Century => "century",
            Self::Reference => "reference",
            Self::Unknown => "unknown",
        }
    }
}

/// One dated expression of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEntry {
    /// The expression as written ("next Sunday").
    pub text: String,
    /// Where the expression is.
    pub span: Span,
    /// TIMEX3-style value (`2023-03-19`, `2023-W12`, `PRESENT_REF`).
    pub value: String,
    /// How precise `value` is.
    pub granularity: Granularity,
    /// The sentence the expression sits in.
    pub sentence: Span,
}

/// Everything the analysis found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Entities, most mentioned first.
    pub entities: Vec<Entity>,
    /// Dated expressions in text order.
    pub timeline: Vec<TimelineEntry>,
}

/// Analyses `body`, resolving relative dates against `published`, with the
/// installed user dictionary (see [`dictionary::Dictionary::install`]).
#[must_use]
pub fn analyze_text(body: &str, published: Option<Date>) -> Analysis {
    analyze_with(body, published, dictionary::Dictionary::global())
}

/// Analyses `body` with an explicit user dictionary.
#[must_use]
pub fn analyze_with(body: &str, published: Option<Date>, dictionary: &dictionary::Dictionary) -> Analysis {
    let mut entities = entities::extract_entities(body);
    dictionary.apply(body, &mut entities);
    Analysis {
        entities,
        timeline: timeline::extract_timeline(body, published),
    }
}
