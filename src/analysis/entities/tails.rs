//! Kinds decided by words in or around a name: laws ("AI Act"), geographic
//! last words ("Oso Creek"), named storms ("Hurricane Odalys") and common
//! words the tagger took for names ("Category 3", sentence-opening plurals).

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::fasthash::FastSet;
use super::gazetteer::{List, PLACE_MASK};
use super::names::strength;
use super::tokens::{is_all_caps, is_capitalized};

/// Token range of a mention.
fn toks(doc: &Doc<'_>, m: &Mention) -> std::ops::Range<usize> {
    doc.tokens_in(m.start, m.end)
}

/// Last words of structures named after people ("Ambassador Bridge",
/// "George IV Bridge", "Kennedy Airport"): with one of these last, a name
/// found by its title or given name is a place.
const BUILT_TAILS: &[&str] = &[
    "bridge",
    "airport",
    "street",
    "avenue",
    "boulevard",
    "square",
    "station",
    "tunnel",
];

/// "Ambassador Bridge" (a title word found a person "Bridge"), "George IV
/// Bridge": the structure is a place and the title word is part of its name.
fn built_for_a_person(doc: &Doc<'_>, m: &mut Mention, r: std::ops::Range<usize>) -> bool {
    if r.is_empty() {
        return false;
    }
    let by_name = m.rule.starts_with("title:") || m.rule.starts_with("given-name:");
    // "Justice Party", "Justice Ministry": a title word before an organisation's
    // head word names the organisation.
    let titled = m.rule.starts_with("title:") || m.role.is_some();
    let body = titled && r.len() == 1 && doc.is(r.start, List::OrgWord);
    if m.kind != EntityKind::Person
        || !(by_name || body)
        || !(body || BUILT_TAILS.contains(&&doc.folded[r.end - 1]))
    {
        return false;
    }
    if !is_capitalized(doc.word(r.end - 1)) {
        return false;
    }
    // A one-word title right before the name belongs to the structure's name.
    let title = r.start > 0
        && titled
        && is_capitalized(doc.word(r.start - 1))
        && doc.toks[r.start - 1].end + 1 == doc.toks[r.start].start
        && doc.toks[r.start - 1].line == doc.toks[r.start].line;
    if title {
        m.start = doc.toks[r.start - 1].start;
    }
    if body {
        m.kind = EntityKind::Organization;
        m.rule = format!("org-suffix:{}", doc.word(r.end - 1));
    } else {
        m.kind = EntityKind::Place;
        m.rule = format!("place-tail:{}", doc.word(r.end - 1));
    }
    m.role = None;
    true
}

/// "this Finance Bill": a lone "Bill" or "Act" right after a capitalised
/// word (not a given name) closes a law's name, not a person's.
fn law_after_its_subject(doc: &Doc<'_>, m: &mut Mention, r: std::ops::Range<usize>) -> bool {
    let lone = r.len() == 1 && matches!(doc.word(r.start), "Bill" | "Act") && m.kind != EntityKind::Other;
    if !lone || r.start == 0 {
        return false;
    }
    let p = r.start - 1;
    let subject = is_capitalized(doc.word(p))
        && !doc.is(p, List::Given)
        && !doc.toks[r.start].sent_start
        && doc.toks[p].end + 1 == doc.toks[r.start].start
        && doc.toks[p].line == doc.toks[r.start].line;
    if !subject {
        return false;
    }
    m.start = doc.toks[p].start;
    m.kind = EntityKind::Other;
    m.rule = format!("law:{}", doc.word(r.start));
    m.role = None;
    true
}

/// Words before a name that make it a named storm.
const STORMS: &[&str] = &["hurricane", "storm", "typhoon", "cyclone"];

/// Last (or first, before "of") words of laws and treaties (other).
const LAWS: &[&str] = &[
    "act",
    "bill",
    "framework",
    "convention",
    "treaty",
    "accord",
    "accords",
    "protocol",
    "amendment",
    "directive",
    "charter",
    "agreement",
    "pact",
];

/// Last words of named events: shows, fairs, tournaments (other).
const EVENT_TAILS: &[&str] = &[
    "show",
    "airshow",
    "expo",
    "fair",
    "festival",
    "biennale",
    "open",
    "classic",
    "cup",
    "championship",
    "championships",
    "olympics",
    "games",
    "marathon",
    "trophy",
    "tournament",
    "prix",
    "summit",
];

/// Last words that make a tagged name a place.
pub const PLACE_TAILS: &[&str] = &[
    "dam",
    "shrine",
    "palace",
    "temple",
    "mosque",
    "cathedral",
    "monastery",
    "fortress",
    "castle",
    "trough",
    "plateau",
    "delta",
    "basin",
    "reef",
    "glacier",
    "desert",
    "sea",
    "ocean",
    "coast",
    "shoal",
    "atoll",
    "archipelago",
    "gorge",
    "lagoon",
    "fjord",
    "pass",
    "corridor",
    "strip",
    "highway",
    "motorway",
    "base",
    "bay",
    "bridge",
    "airport",
    "street",
    "square",
    "avenue",
    "boulevard",
    "harbour",
    "harbor",
    "beach",
    "heights",
    "falls",
    "creek",
    "peninsula",
    "prefecture",
    "province",
    "river",
    "island",
    "islands",
    "mountains",
    "valley",
    "ward",
    "canyon",
    "strait",
    "lake",
];

/// Words before "Centre" that make it a venue, not an institution.
const VENUES: &[&str] = &[
    "convention",
    "conference",
    "leisure",
    "exhibition",
    "shopping",
    "sports",
    "trade",
    "civic",
    "community",
    "arts",
    "congress",
    "events",
    "aquatics",
    "tennis",
    "cultural",
];

/// Words that open a street's or square's name in other languages.
const STREET_HEADS: &[&str] = &[
    "avenida",
    "rua",
    "calle",
    "paseo",
    "via",
    "viale",
    "rue",
    "praca",
    "plaza",
    "piazza",
    "place",
    "avenue",
    "boulevard",
    "jalan",
    "ulitsa",
    "prospekt",
    "palacio",
    "palais",
    "palazzo",
];

/// Endings of one-word street and square names (German, Dutch, Scandinavian).
const STREET_ENDINGS: &[&str] = &[
    "strasse", "straße", "platz", "gasse", "allee", "straat", "gracht", "gatan",
];

/// "Nueces County", "Oso Creek": a geographic last word makes a place (a
/// county only outside `sports` reports, where it names a team);
/// "AI Act", "Treaty of Rome": a law word makes a law (other);
/// "Bahnhofstrasse": a one-word street is a place.
pub fn place_tail(doc: &Doc<'_>, m: &mut Mention, sports: bool) {
    let r = toks(doc, m);
    if built_for_a_person(doc, m, r.clone()) || law_after_its_subject(doc, m, r.clone()) {
        return;
    }
    if r.len() == 1 && strength(&m.rule) < 3 {
        // "Bahnhofstrasse", "Alexanderplatz", "Damstraat" written as one word.
        let w = &doc.folded[r.start];
        if STREET_ENDINGS
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        {
            m.kind = EntityKind::Place;
            m.rule = format!("place-tail:{}", doc.word(r.start));
        }
        return;
    }
    if r.len() < 2 {
        return;
    }
    // "Avenida Paulista", "Paseo de la Reforma", "Rue de Rivoli": a street head first.
    // "Port Sudan", "Port Harcourt" (not "Port of Corpus Christi", an authority).
    let port =
        &doc.folded[r.start] == "port" && &doc.folded[r.start + 1] != "of" && !sports && !scored(doc, r.end);
    if (port || STREET_HEADS.contains(&&doc.folded[r.start])) && m.rule != "gazetteer:orgs" {
        m.kind = EntityKind::Place;
        m.rule = format!("place-head:{}", doc.word(r.start));
        return;
    }
    let last = &doc.folded[r.end - 1];
    // "North American Free Trade Agreement (NAFTA)", "United States-Mexico-Canada
    // Agreement": a treaty is a law (other) even when a cue or a head word
    // made it an organisation.
    if matches!(last, "agreement" | "treaty" | "accord" | "accords")
        && is_capitalized(doc.word(r.end - 1))
        && m.kind != EntityKind::Person
        && m.rule != "gazetteer:orgs"
    {
        m.kind = EntityKind::Other;
        m.rule = format!("law:{}", doc.word(r.end - 1));
        return;
    }
    // An airport or a bridge is a place, and a show an event, even when
    // "International" made it an organisation.
    // ("Marshall Fire", "Camp Fire": a named wildfire; "Chicago Fire" is a
    // club in sports reports.)
    let wildfire = matches!(last, "fire" | "wildfire") && !sports && !scored(doc, r.end);
    let event = (EVENT_TAILS.contains(&last) || wildfire) && is_capitalized(doc.word(r.end - 1));
    // "Kuala Lumpur Convention Centre", "Pingles Leisure Centre": a venue.
    let venue =
        matches!(last, "centre" | "center") && r.len() >= 2 && VENUES.contains(&&doc.folded[r.end - 2]);
    // "in Davao City", "mayor of Quezon City"; not "Keith O'Neill of Norwich City",
    // "Manchester City won": a club.
    let city = last == "city" && !sports && !scored(doc, r.end) && m.kind == EntityKind::Organization && {
        let before = |k: usize| {
            r.start
                .checked_sub(k)
                .and_then(|j| doc.folded.get(j))
                .unwrap_or("")
        };
        matches!(before(1), "in" | "at" | "near" | "outside") || (before(1) == "of" && before(2) == "mayor")
    };
    let dam = last == "dam" && is_capitalized(doc.word(r.end - 1)) && m.kind == EntityKind::Organization;
    let built = ((matches!(last, "airport" | "bridge") || event || venue || city)
        && m.rule.starts_with("org-suffix:"))
        || dam;
    if strength(&m.rule) >= 3 && !built && m.rule != "gazetteer:given_names" {
        return;
    }
    let first_of = &doc.folded[r.start];
    let of = doc.folded.get(r.start + 1).is_some_and(|w| w == "of");
    // "Sendai Framework for Disaster Risk Reduction", "Convention on Biological Diversity".
    let law_for = (r.start..r.end - 1).find(|&k| {
        LAWS.contains(&&doc.folded[k])
            && is_capitalized(doc.word(k))
            && matches!(&doc.folded[k + 1], "for" | "on")
    });
    let law = if LAWS.contains(&last) {
        Some(r.end - 1)
    } else if of && LAWS.contains(&first_of) {
        Some(r.start)
    } else {
        law_for
    };
    if let Some(k) = law {
        m.kind = EntityKind::Other;
        m.rule = format!("law:{}", doc.word(k));
        return;
    }
    if event && m.kind != EntityKind::Other {
        m.kind = EntityKind::Other;
        m.rule = format!("event:{}", doc.word(r.end - 1));
        return;
    }
    // "Jakarta Composite Index", "Consumer Price Index": an index is a work (other).
    if matches!(last, "index" | "indices")
        && is_capitalized(doc.word(r.end - 1))
        && m.kind != EntityKind::Other
    {
        m.kind = EntityKind::Other;
        m.rule = format!("index:{}", doc.word(r.end - 1));
        return;
    }
    let weak_tail = matches!(last, "stadium" | "arena" | "field");
    // Teams are named "X County" in sports reports; elsewhere a county is a place.
    let county = (weak_tail && m.kind == EntityKind::Person) || ((last == "county" || city) && !sports);
    if m.kind != EntityKind::Place
        && (county || venue || PLACE_TAILS.contains(&last))
        && !doc.caps_line[r.start]
        // "Crystal Palace" and "Port Vale" are teams in sports reports and tables.
        && !((sports || scored(doc, r.end)) && last == "palace")
    {
        m.kind = EntityKind::Place;
        m.rule = format!("place-tail:{}", doc.word(r.end - 1));
    }
}

/// Street words that close a name made of a person's ("Habib Bourguiba Avenue").
const STREET_TAILS: &[&str] = &["Avenue", "Street", "Boulevard", "Road", "Square"];

/// "on Habib Bourguiba Avenue": up to two capitalised words right before a
/// street the tagger cut short, which no mention holds, open its name.
pub fn street_first_names(doc: &Doc<'_>, ms: &mut [Mention]) {
    for i in 0..ms.len() {
        let is_street = ms[i]
            .rule
            .strip_prefix("place-tail:")
            .is_some_and(|w| STREET_TAILS.contains(&w));
        if !is_street {
            continue;
        }
        let floor = if i == 0 { 0 } else { ms[i - 1].end };
        let mut k = doc.tokens_in(ms[i].start, ms[i].end).start;
        let first = k;
        while k > 0
            && first - k < 2
            && doc.toks[k - 1].start >= floor
            && doc.toks[k - 1].line == doc.toks[first].line
            && is_capitalized(doc.word(k - 1))
            && !doc.toks[k].sent_start
            && doc.gaz[k - 1] & (List::Title.bit() | List::Stop.bit() | List::Opener.bit()) == 0
        {
            k -= 1;
        }
        // The word before the name is lowercase: a preposition or a verb.
        if k < first && k > 0 && !doc.toks[k].sent_start && doc.word(k - 1).starts_with(char::is_lowercase) {
            ms[i].start = doc.toks[k].start;
        }
    }
}

/// A number right after the name on its line: a score or a table row.
fn scored(doc: &Doc<'_>, k: usize) -> bool {
    k < doc.len()
        && doc.toks[k].line == doc.toks[k - 1].line
        && doc.word(k).starts_with(|c: char| c.is_ascii_digit())
}

/// Month names and their abbreviations.
const MONTHS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A one-word tagger name that is a common word: a stop word opening a
/// sentence, a word followed by a number ("Category 3", "Region 6"), or a
/// month before a day ("Jan 22").
pub fn common_word(doc: &Doc<'_>, m: &Mention) -> bool {
    let r = toks(doc, m);
    if r.len() != 1 {
        return false;
    }
    let i = r.start;
    // "PARIS, Jan 22": a month before a day of the month is a date, not "Jan".
    let day_next = doc.toks.get(i + 1).is_some_and(|t| t.line == doc.toks[i].line)
        && doc.word(i + 1).len() <= 2
        && doc.word(i + 1).chars().all(|c| c.is_ascii_digit());
    if day_next && MONTHS.contains(&doc.folded[i].trim_end_matches('.')) {
        return true;
    }
    if strength(&m.rule) >= 3 || doc.text[m.start..m.end].contains(' ') {
        return false;
    }
    let plain = doc.gaz[i] == List::Stop.bit() || doc.gaz[i] == List::Opener.bit();
    let stop = plain && doc.toks[i].sent_start;
    let numbered = doc.gaz[i] & (PLACE_MASK | List::Org.bit()) == 0
        && !is_all_caps(doc.word(i))
        && doc.word(i).len() > 2
        && i > 0
        && doc.toks[i - 1].line == doc.toks[i].line
        && doc.word(i - 1).starts_with(char::is_lowercase)
        && doc.toks.get(i + 1).is_some_and(|t| t.line == doc.toks[i].line)
        && doc.word(i + 1).chars().all(|c| c.is_ascii_digit())
        && doc.toks.get(i + 2).is_some_and(|t| t.line == doc.toks[i].line)
        && doc.word(i + 2).starts_with(char::is_lowercase);
    stop || numbered
}

/// "Hurricane Odalys": the name is an event (other); every mention of it
/// (without the storm word) too, and its untagged repeats are added.
pub fn storms(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut names: Vec<u32> = (1..doc.len())
        .filter(|&j| STORMS.contains(&&doc.folded[j - 1]) && is_capitalized(doc.word(j - 1)))
        .filter(|&j| doc.toks[j].line == doc.toks[j - 1].line && is_capitalized(doc.word(j)))
        .filter(|&j| doc.gaz[j] & (List::OrgWord.bit() | List::Stop.bit() | PLACE_MASK) == 0)
        .map(|j| doc.ids[j])
        .collect();
    if names.is_empty() {
        return;
    }
    names.sort_unstable();
    names.dedup();
    let set: FastSet<u32> = names.iter().copied().collect();
    for m in ms.iter_mut() {
        let r = toks(doc, m);
        let lead = r.len() == 2 && STORMS.contains(&&doc.folded[r.start]);
        let a = if lead { r.start + 1 } else { r.start };
        if a + 1 == r.end && set.contains(&doc.ids[a]) {
            m.start = doc.toks[a].start;
            m.kind = EntityKind::Other;
            m.rule = "storm".into();
        }
    }
    for m in ms.iter_mut() {
        if earlier_storm(doc, m) {
            m.kind = EntityKind::Other;
            m.rule = "storm:earlier".into();
        }
    }
    let names: Vec<Vec<u32>> = names.into_iter().map(|n| vec![n]).collect();
    super::company::add_repeats(doc, ms, &names, EntityKind::Other, "storm");
}

/// In a storm story, a lone weakly typed name dated like an event ("since
/// Celia in 1970", "Harvey in 2017") is an earlier storm.
fn earlier_storm(doc: &Doc<'_>, m: &Mention) -> bool {
    let r = toks(doc, m);
    if r.len() != 1 || strength(&m.rule) > 2 || m.kind == EntityKind::Other {
        return false;
    }
    let year = |k: usize| {
        doc.word(k).len() == 4
            && doc.word(k).bytes().all(|b| b.is_ascii_digit())
            && doc.word(k).starts_with(['1', '2'])
    };
    let dated = r.end + 1 < doc.len() && &doc.folded[r.end] == "in" && year(r.end + 1);
    let since = r.start > 0 && &doc.folded[r.start - 1] == "since";
    dated && since
}

/// Words that name a holiday before "Day" ("Labor Day", "Presidents' Day").
const HOLIDAY_HEADS: &[&str] = &[
    "labor",
    "labour",
    "memorial",
    "independence",
    "presidents",
    "president",
    "election",
    "veterans",
    "thanksgiving",
    "christmas",
    "valentine",
    "mother",
    "father",
    "boxing",
    "bastille",
    "armistice",
    "remembrance",
    "victory",
    "unity",
    "australia",
    "canada",
    "columbus",
    "may",
    "new year",
];

/// A holiday is a date for the timeline, not an entity ("Labor Day",
/// "New Year's Day", "Presidents' Day").
pub fn holiday(doc: &Doc<'_>, m: &Mention) -> bool {
    let after = &doc.text.as_bytes()[m.end..];
    let day_next =
        after.starts_with(b" Day") || after.starts_with(b"'") || after.starts_with("\u{2019}".as_bytes());
    if !doc.text[m.start..m.end].ends_with(" Day") && !day_next {
        return false;
    }
    // The tagger may stop before the possessive: "Presidents|' Day".
    let rest: String = doc.text[m.end..]
        .chars()
        .take(8)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect();
    let tail = ["'s Day", "' Day", " Day"]
        .into_iter()
        .find(|t| rest.starts_with(t))
        .unwrap_or("");
    let text = format!("{}{tail}", doc.text[m.start..m.end].replace('\u{2019}', "'"));
    let Some(head) = text.strip_suffix(" Day") else {
        return false;
    };
    let head = head
        .strip_suffix("'s")
        .or_else(|| head.strip_suffix('\''))
        .unwrap_or(head);
    let head = head.to_lowercase();
    let singular = head.strip_suffix('s').unwrap_or(&head);
    HOLIDAY_HEADS.contains(&head.as_str()) || HOLIDAY_HEADS.contains(&singular)
}

/// "Milwaukee County Executive David Crowley": a place right before a
/// capitalised "County" that opens a title or ends the name takes it.
pub fn county_of_place(doc: &Doc<'_>, ms: &mut [Mention]) {
    for i in 0..ms.len() {
        if ms[i].kind != EntityKind::Place {
            continue;
        }
        let r = doc.tokens_in(ms[i].start, ms[i].end);
        let c = r.end;
        if r.is_empty()
            || c + 1 >= doc.len()
            || doc.word(c) != "County"
            || doc.toks[c].line != doc.toks[c - 1].line
        {
            continue;
        }
        let taken = ms.get(i + 1).is_some_and(|n| n.start < doc.toks[c].end);
        let next = doc.word(c + 1);
        let ends = !next.starts_with(char::is_uppercase)
            || super::rules::title_len(doc, c, doc.len()) > 0
            || super::rules::title_len(doc, c + 1, doc.len()) > 0;
        if !taken && ends {
            ms[i].end = doc.toks[c].end;
            ms[i].rule = "place-tail:County".into();
        }
    }
}
