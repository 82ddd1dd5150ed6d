//! The temporal lexicon: what each (lowercased ASCII) word means to the
//! timeline grammar. Lookup is a binary search in a table sorted once.

use std::sync::OnceLock;

use super::words::{add_calendar, add_cues, add_numbers, add_words};

/// Calendar units that relative expressions count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Hour,
    Minute,
}

/// Parts of the day (TIMEX3 `MO`, `AF`, `EV`, `NI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl Part {
    /// The TIMEX3 suffix code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Morning => "MO",
            Self::Afternoon => "AF",
            Self::Evening => "EV",
            Self::Night => "NI",
        }
    }
}

/// Function words and time words the grammar refers to by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum W {
    A,
    After,
    Approx,
    Ago,
    And,
    At,
    Beginning,
    Before,
    Coming,
    Current,
    Currently,
    Daily,
    Each,
    Early,
    Earlier,
    End,
    Every,
    Few,
    Fiscal,
    Following,
    For,
    Formerly,
    From,
    Future,
    Half,
    Hence,
    In,
    Last,
    Late,
    Later,
    Latest,
    Mid,
    Middle,
    Midnight,
    Near,
    Next,
    Noon,
    Now,
    Of,
    On,
    Past,
    Period,
    Present,
    Presently,
    Previous,
    Previously,
    Recent,
    Recently,
    Same,
    Several,
    Since,
    Soon,
    Start,
    That,
    The,
    These,
    This,
    Thousand,
    Today,
    Tomorrow,
    Tonight,
    Yesterday,
    Nowadays,
    Overnight,
    Oclock,
}

/// What a word means to the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lex {
    /// Not a temporal word.
    None,
    /// A month name or abbreviation, 1–12.
    Month(u8),
    /// A weekday, 1 = Monday … 7 = Sunday.
    Weekday(u8),
    /// A plural weekday ("Tuesdays"): a set, never a date.
    Weekdays,
    /// A season: 0 spring, 1 summer, 2 fall, 3 winter.
    Season(u8),
    /// A singular unit word.
    Unit(Unit),
    /// A plural unit word.
    Units(Unit),
    /// A part of the day.
    Part(Part),
    /// A cardinal number word.
    Card(u16),
    /// An ordinal number word.
    Ord(u8),
    /// A decade word ("nineties" = 9).
    DecadeWord(u8),
    /// A time-zone abbreviation.
    Zone,
    /// A named function word.
    Word(W),
    /// A verb or auxiliary that signals future reference.
    Future,
    /// A verb or auxiliary that signals past reference.
    PastVerb,
    /// A noun that shows a preceding number is a count, not a year.
    CountNoun,
    /// A word that shows a following number is an identifier, not a year.
    IdWord,
    /// A holiday name.
    Holiday(u8),
}

/// Looks up a word (any case, ASCII letters only) in the lexicon.
#[cfg(test)]
pub fn lookup(word: &str) -> Lex {
    pack(word.as_bytes()).map_or(Lex::None, lookup_key)
}

/// Looks up a word by its packed key (see [`pack`]).
pub fn lookup_key(key: u128) -> Lex {
    let t = table();
    let h = hash(key);
    if t.bloom[bloom_index(h)] & bloom_bit(h) == 0 {
        return Lex::None;
    }
    let mut slot = slot_index(h);
    loop {
        match t.keys.get(slot) {
            Some(&k) if k == key => return t.lex.get(slot).copied().unwrap_or(Lex::None),
            Some(&0) | None => return Lex::None,
            Some(_) => slot = (slot + 1) & (SLOTS - 1),
        }
    }
}

/// Hash table size (a power of two, about twice the lexicon size).
const SLOTS: usize = 1024;
/// Bloom filter words (64 bits each): 8192 bits, one per hash.
const BLOOM_WORDS: usize = 128;

/// The lexicon as an open-addressing hash table with a Bloom filter in
/// front, so that the common case (not a time word) costs one hash.
struct Table {
    keys: Vec<u128>,
    lex: Vec<Lex>,
    bloom: Vec<u64>,
}

/// Packs a lowercased word of 1–15 ASCII letters into an integer key
/// (letters are never zero, so the padding keeps keys unique).
pub fn pack(bytes: &[u8]) -> Option<u128> {
    if bytes.is_empty() || bytes.len() > 15 {
        return None;
    }
    Some(
        bytes
            .iter()
            .fold(0u128, |acc, b| (acc << 8) | u128::from(b.to_ascii_lowercase())),
    )
}

fn hash(key: u128) -> u64 {
    let lo = u64::try_from(key & u128::from(u64::MAX)).unwrap_or(0);
    let hi = u64::try_from(key >> 64).unwrap_or(0);
    (lo ^ hi.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn slot_index(h: u64) -> usize {
    usize::try_from(h >> 54).unwrap_or(0) & (SLOTS - 1)
}

fn bloom_index(h: u64) -> usize {
    usize::try_from((h >> 20) & 127).unwrap_or(0) % BLOOM_WORDS
}

fn bloom_bit(h: u64) -> u64 {
    1 << ((h >> 27) & 63)
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut words: Vec<(&'static str, Lex)> = Vec::with_capacity(512);
        add_calendar(&mut words);
        add_numbers(&mut words);
        add_words(&mut words);
        add_cues(&mut words);
        let mut t = Table {
            keys: vec![0; SLOTS],
            lex: vec![Lex::None; SLOTS],
            bloom: vec![0; BLOOM_WORDS],
        };
        for (w, lex) in words {
            let Some(key) = pack(w.as_bytes()) else {
                continue;
            };
            let h = hash(key);
            let mut slot = slot_index(h);
            while t.keys[slot] != 0 && t.keys[slot] != key {
                slot = (slot + 1) & (SLOTS - 1);
            }
            if t.keys[slot] == 0 {
                t.keys[slot] = key;
                t.lex[slot] = lex;
                t.bloom[bloom_index(h)] |= bloom_bit(h);
            }
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::{Lex, Unit, W, lookup};

    #[test]
    fn lookups() {
        assert_eq!(lookup("March"), Lex::Month(3));
        assert_eq!(lookup("SEPT"), Lex::Month(9));
        assert_eq!(lookup("sunday"), Lex::Weekday(7));
        assert_eq!(lookup("weeks"), Lex::Units(Unit::Week));
        assert_eq!(lookup("Yesterday"), Lex::Word(W::Yesterday));
        assert_eq!(lookup("nineties"), Lex::DecadeWord(9));
        assert_eq!(lookup("twenty"), Lex::Card(20));
        assert_eq!(lookup("banana"), Lex::None);
        assert_eq!(lookup(""), Lex::None);
        assert_eq!(lookup("extraordinarily"), Lex::None);
    }
}
