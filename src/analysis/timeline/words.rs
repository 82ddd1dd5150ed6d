//! The word lists of the lexicon (all lowercase ASCII).

use super::lexicon::{Lex, Part, Unit, W};

#[rustfmt::skip]
const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

#[rustfmt::skip]
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

#[rustfmt::skip]
const WEEKDAYS: [&str; 7] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

#[rustfmt::skip]
const WEEKDAYS_PLURAL: [&str; 7] = [
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
];

#[rustfmt::skip]
const SEASONS: [(&str, u8); 5] = [
    ("spring", 0), ("summer", 1), ("fall", 2), ("autumn", 2), ("winter", 3),
];

#[rustfmt::skip]
const UNITS: [(&str, &str, Unit); 11] = [
    ("day", "days", Unit::Day), ("week", "weeks", Unit::Week),
    ("weekend", "weekends", Unit::Weekend), ("month", "months", Unit::Month),
    ("quarter", "quarters", Unit::Quarter), ("year", "years", Unit::Year),
    ("yr", "yrs", Unit::Year), ("decade", "decades", Unit::Decade),
    ("century", "centuries", Unit::Century), ("hour", "hours", Unit::Hour),
    ("minute", "minutes", Unit::Minute),
];

#[rustfmt::skip]
const PARTS: [(&str, Part); 4] = [
    ("morning", Part::Morning), ("afternoon", Part::Afternoon), ("evening", Part::Evening),
    ("night", Part::Night),
];

#[rustfmt::skip]
const ZONES: [&str; 12] = [
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
];

/// One-word holidays (index into `value::holiday`).
const HOLIDAYS: [&str; 4] = ["christmas", "thanksgiving", "halloween", "easter"];

#[rustfmt::skip]
const CARDINALS: [&str; 19] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];

#[rustfmt::skip]
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

#[rustfmt::skip]
const DECADES: [&str; 8] = [
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
];

#[rustfmt::skip]
const ORDINALS: [(&str, u8); 16] = [
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
    ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
    ("twelfth", 12), ("thirteenth", 13), ("fifteenth", 15), ("twentieth", 20), ("thirtieth", 30),
];

/// Named function words.
#[rustfmt::skip]
const WORDS: &[(&str, W)] = &[
    ("nearly", W::Approx), ("almost", W::Approx), ("around", W::Approx), ("roughly", W::Approx),
    ("approximately", W::Approx),
    ("a", W::A), ("an", W::A), ("after", W::After), ("ago", W::Ago), ("and", W::And),
    ("at", W::At), ("beginning", W::Beginning), ("before", W::Before), ("coming", W::Coming),
    ("current", W::Current), ("currently", W::Currently), ("daily", W::Daily),
    ("weekly", W::Daily), ("monthly", W::Daily), ("annually", W::Daily), ("yearly", W::Daily),
    ("hourly", W::Daily), ("each", W::Each), ("early", W::Early),
    ("earlier", W::Earlier), ("end", W::End), ("every", W::Every), ("few", W::Few),
    ("fiscal", W::Fiscal), ("following", W::Following), ("for", W::For),
    ("formerly", W::Formerly), ("from", W::From), ("future", W::Future), ("half", W::Half),
    ("hence", W::Hence), ("in", W::In), ("last", W::Last), ("late", W::Late),
    ("later", W::Later), ("latest", W::Latest), ("mid", W::Mid), ("middle", W::Middle),
    ("midnight", W::Midnight), ("near", W::Near), ("next", W::Next), ("noon", W::Noon),
    ("midday", W::Noon), ("now", W::Now), ("of", W::Of), ("on", W::On), ("past", W::Past),
    ("period", W::Period), ("present", W::Present), ("presently", W::Presently),
    ("previous", W::Previous), ("previously", W::Previously), ("prior", W::Previous),
    ("recent", W::Recent), ("recently", W::Recently),  ("same", W::Same),
    ("several", W::Several), ("some", W::Several), ("couple", W::Several), ("since", W::Since),
    ("soon", W::Soon), ("start", W::Start), ("that", W::That), ("the", W::The),
    ("these", W::These), ("this", W::This), ("today", W::Today), ("tomorrow", W::Tomorrow),
    ("tonight", W::Tonight), ("yesterday", W::Yesterday), ("nowadays", W::Nowadays),
    ("overnight", W::Overnight), ("upcoming", W::Coming), ("oclock", W::Oclock),
];

/// Words that point to the future.
#[rustfmt::skip]
const FUTURE_CUES: &[&str] = &[
    "will", "ll", "shall", "scheduled", "expect", "expected", "expects", "plans", "plan", "planning",
    "going", "intends", "due", "wo", "upcoming", "begins", "starts", "resume", "resumes",
    "forecast", "awaits", "hopes", "supposed", "tomorrow", "travels", "flies", "arrives", "departs",
    "convenes", "testifies", "attends",
];

/// Verbs and auxiliaries that point to the past.
#[rustfmt::skip]
const PAST_CUES: &[&str] = &[
    "said", "was", "were", "had", "did", "told", "announced", "reported", "died", "killed",
    "met", "won", "lost", "began", "came", "went", "took", "gave", "made", "left", "rose",
    "fell", "closed", "ended", "since", "ago", "arrested", "saw", "became", "ran", "signed",
    "launched", "released", "added", "agreed", "declined", "got", "sent", "spoke",
    "brought", "bought", "sold", "held", "paid", "found", "kept", "led", "fought", "caught",
    "thought", "felt", "heard", "built", "wrote", "spent", "stood", "knew", "grew", "drew",
    "threw", "flew", "chose", "broke", "drove", "fled", "shot", "struck",
    "withdrew", "swore", "rode", "rang", "sang", "sank", "swam", "drank", "ate", "froze", "stole",
    "woke", "overthrew", "undertook", "overtook", "oversaw", "underwent", "withstood", "upheld",
    "overrode", "shook", "hid", "taught", "meant", "dealt", "lent", "slept", "swept", "arose",
    "strove", "spun", "swung", "dug", "shrank", "sprang", "overcame", "withheld", "misled",
    "forgave", "tore", "wore", "rebuilt", "rewrote", "retook",
];

/// Nouns after which a number is a count, not a year.
#[rustfmt::skip]
const COUNT_NOUNS: &[&str] = &[
    "people", "persons", "votes", "voters", "shares", "men", "women", "children", "troops",
    "soldiers", "workers", "employees", "jobs", "members", "residents", "deaths", "cases",
    "dollars", "euros", "pounds", "yen", "miles", "feet", "meters", "metres", "kilometers",
    "tons", "tonnes", "points", "barrels", "units", "cars", "homes", "houses", "students",
    "refugees", "delegates", "seats", "acres", "pages", "copies", "rooms", "vehicles",
    "patients", "percent", "times", "pieces", "passengers", "police", "officers", "lbs",
];

/// Words before which a number is an identifier, not a year.
#[rustfmt::skip]
const ID_WORDS: &[&str] = &[
    "room", "no", "number", "flight", "route", "highway", "interstate", "model", "suite",
    "page", "article", "section", "chapter", "code", "box", "apartment", "bus", "train",
    "resolution", "rule", "bill", "gate", "platform", "channel", "level", "pin", "tel", "phone",
    "exit", "street", "avenue", "unit", "building", "hall", "block", "pier",
];

/// Month, weekday, season, unit, part-of-day, zone and holiday words.
pub fn add_calendar(t: &mut Vec<(&'static str, Lex)>) {
    for (i, (full, abbr)) in (1u8..).zip(MONTHS.iter().zip(MONTH_ABBREVIATIONS)) {
        t.extend([(*full, Lex::Month(i)), (abbr, Lex::Month(i))]);
    }
    t.extend([("sept", Lex::Month(9)), ("febr", Lex::Month(2))]);
    t.extend((1u8..).zip(WEEKDAYS).map(|(i, d)| (d, Lex::Weekday(i))));
    t.extend(WEEKDAYS_PLURAL.iter().map(|d| (*d, Lex::Weekdays)));
    t.extend(SEASONS.iter().map(|(w, s)| (*w, Lex::Season(*s))));
    for (one, many, u) in UNITS {
        t.extend([(one, Lex::Unit(u)), (many, Lex::Units(u))]);
    }
    t.extend(PARTS.iter().map(|(w, p)| (*w, Lex::Part(*p))));
    t.extend(ZONES.iter().map(|z| (*z, Lex::Zone)));
    t.extend((0u8..).zip(HOLIDAYS).map(|(i, h)| (h, Lex::Holiday(i))));
}

/// Number words.
pub fn add_numbers(t: &mut Vec<(&'static str, Lex)>) {
    t.extend((1u16..).zip(CARDINALS).map(|(n, w)| (w, Lex::Card(n))));
    for (n, (ten, decade)) in (2u8..).zip(TENS.iter().zip(DECADES)) {
        t.extend([(*ten, Lex::Card(u16::from(n) * 10)), (decade, Lex::DecadeWord(n))]);
    }
    t.extend(ORDINALS.iter().map(|(w, n)| (*w, Lex::Ord(*n))));
    t.extend([("hundred", Lex::Card(100)), ("thousand", Lex::Word(W::Thousand))]);
}

/// Function words.
pub fn add_words(t: &mut Vec<(&'static str, Lex)>) {
    t.extend(WORDS.iter().map(|(w, x)| (*w, Lex::Word(*x))));
}

/// Tense cues and words that rule out a year reading.
pub fn add_cues(t: &mut Vec<(&'static str, Lex)>) {
    t.extend(FUTURE_CUES.iter().map(|w| (*w, Lex::Future)));
    t.extend(PAST_CUES.iter().map(|w| (*w, Lex::PastVerb)));
    t.extend(COUNT_NOUNS.iter().map(|w| (*w, Lex::CountNoun)));
    t.extend(ID_WORDS.iter().map(|w| (*w, Lex::IdWord)));
}
