//! Two neighbouring mentions that are one name: a capitalised particle that
//! opens a sentence ("Von der Leyen"), a nationality that opens a party's
//! name ("Swiss People's Party") and an institution "of the" a union
//! ("Court of Justice of the European Union").

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::gazetteer::{List, PLACE_MASK, fold, gazetteer};
use super::tokens::is_capitalized;

/// Particles that are capitalised when they open a sentence.
const OPENING_PARTICLES: &[&str] = &[
    "Von", "Van", "De", "Da", "Di", "Del", "Della", "Dos", "Du", "Der", "Den", "Ten", "Ter",
];

/// Last words of a law or framework that may take a "for"/"on" object.
const LAW_WORDS: &[&str] = &[
    "Framework",
    "Convention",
    "Treaty",
    "Agreement",
    "Protocol",
    "Act",
    "Strategy",
];

/// Head words of a party or movement whose name may open with a nationality.
const PARTY_HEADS: &[&str] = &["Party", "Congress", "Front", "Movement", "Alliance", "League"];

/// Applies the joins to `ms` (sorted by start, not overlapping).
pub fn apply(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    for mut m in ms.drain(..) {
        collective(doc, &mut m, &mut out);
        office_of_a_title(doc, &mut m, &mut out);
        numbered_unit(doc, &mut m, &mut out);
        channel_number(doc, &mut m);
        let text = &doc.text[m.start..m.end];
        // A mention an extended one now covers ("District") is dropped.
        if out.last().is_some_and(|l| m.start < l.end) {
            continue;
        }
        if let Some(last) = out.last_mut() {
            let gap = &doc.text[last.end..m.start];
            let prev = &doc.text[last.start..last.end];
            // "the ruling Georgian Dream party": a nationality and a name before a
            // lowercase "party" are one party's name.
            let party = gap == " "
                && last.kind == EntityKind::Other
                && !prev.contains(' ')
                && gazetteer().get(&fold(prev)) & List::Demonym.bit() != 0
                && (super::names::strength(&m.rule) <= 2 || m.rule == "cue:party")
                && doc.text[m.end..]
                    .strip_prefix(" party")
                    .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-'));
            if party {
                last.end = m.end;
                last.kind = EntityKind::Organization;
                last.rule = "cue:party".into();
                continue;
            }
            // "U.S. Court of Appeals for the Fifth Circuit", "District Court for
            // the Southern District of New York": a court's circuit or district.
            if let Some(end) = court_district(doc, last, gap, m.start) {
                last.end = end;
                continue;
            }
            if joined(prev, gap, text, (last.kind, m.kind)) {
                last.end = m.end;
                // A law keeps its kind and rule; other joins take the name's.
                if gap != " for " && gap != " on " && gap != " in " && !court_seat(prev, gap) {
                    last.kind = m.kind;
                    last.rule = format!("joined:{}", m.rule);
                }
                continue;
            }
        }
        let mut m = m;
        if m.kind == EntityKind::Organization {
            extend_tail(doc, &mut m);
        }
        // "Air France", "Air India": an airline named after its country.
        let airline = text
            .strip_prefix("Air ")
            .is_some_and(|rest| gazetteer().get(&fold(rest)) & List::Country.bit() != 0);
        if airline {
            m.kind = EntityKind::Organization;
            m.rule = "airline".into();
        }
        let floor = out.last().map_or(0, |l| l.end);
        if m.kind == EntityKind::Place && m.start >= floor + 4 && doc.text[..m.start].ends_with("Air ") {
            let word_start = m.start - 4;
            if word_start == 0 || doc.text[..word_start].ends_with(|c: char| !c.is_alphanumeric()) {
                m.start = word_start;
                m.kind = EntityKind::Organization;
                m.rule = "airline".into();
            }
        }
        if m.kind == EntityKind::Person && text.starts_with(char::is_lowercase) {
            extend_particle(doc, &mut m, out.last().map_or(0, |l| l.end));
        }
        coordinated_name(doc, &mut m, &mut out);
        // "the Senate Health, Education, Labor and Pensions Committee".
        if let Some(k) = committee_chain(doc, &out, &m) {
            m.start = out[k].start;
            out.truncate(k);
        }
        if let Some(right) = split_coordinated(doc, &mut m) {
            out.push(m);
            out.push(right);
            continue;
        }
        out.push(m);
    }
    *ms = out;
}

/// Plural nouns whose possessive opens a party's or a state's name.
const COLLECTIVES: &[&str] = &[
    "People", "Peoples", "Workers", "Farmers", "Women", "Citizens", "Toilers",
];

/// "People's Party for Freedom and Democracy", "Pakistan People's Party",
/// "Workers' Party": a people's possessive before an organisation or a
/// state opens its name, with a country or nationality right before it.
fn collective(doc: &Doc<'_>, m: &mut Mention, out: &mut Vec<Mention>) {
    // "the Taiwan People's Party" where the head word was left out: take it
    // in; taken whole, it is an organisation whatever the tagger said.
    let text = &doc.text[m.start..m.end];
    // (Cheap tests first: this runs for every mention.)
    let whole = party_head(text)
        && text.contains(['\'', '’'])
        && COLLECTIVES.iter().any(|w| {
            text.match_indices(w).any(|(at, _)| {
                ["'s ", "’s ", "' ", "’ "]
                    .iter()
                    .any(|p| text[at + w.len()..].starts_with(p))
            })
        });
    if whole && m.kind != EntityKind::Organization {
        m.kind = EntityKind::Organization;
        m.rule = "joined:collective".into();
        return;
    }
    if m.kind != EntityKind::Person && COLLECTIVES.iter().any(|w| text.ends_with(w)) {
        let rest = &doc.text[m.end..];
        let head = ["'s ", "’s ", "' ", "’ "]
            .iter()
            .find_map(|p| rest.strip_prefix(p));
        if let Some(word) = head.and_then(|h| PARTY_HEADS.iter().find(|w| h.starts_with(*w))) {
            let after = m.end + (rest.len() - head.map_or(0, str::len)) + word.len();
            // Not when the name goes on ("People's Party for Freedom and …"):
            // that mention comes next and joins the people's possessive itself.
            let tail = doc.text[after..].trim_start_matches(' ');
            let goes_on = tail.starts_with(char::is_uppercase)
                || ["for ", "of ", "and "].iter().any(|w| tail.starts_with(w));
            if !doc.text[after..].starts_with(|c: char| c.is_alphanumeric()) && !goes_on {
                m.end = after;
                m.kind = EntityKind::Organization;
                m.rule = "joined:collective".into();
                return;
            }
        }
    }
    let before = &doc.text[..m.start];
    let Some(owner) = ["'s ", "’s ", "' ", "’ "]
        .iter()
        .find_map(|p| before.strip_suffix(p))
    else {
        return;
    };
    let Some(word) = COLLECTIVES.iter().find(|w| owner.ends_with(*w)) else {
        return;
    };
    let word_start = owner.len() - word.len();
    if !(word_start == 0 || owner[..word_start].ends_with([' ', '(', '"', '“']))
        || m.kind == EntityKind::Person
    {
        return;
    }
    let mut start = word_start;
    if let Some(last) = out.last() {
        let adjoining = last.end == owner.len()
            || (last.end + 1 == word_start && matches!(last.kind, EntityKind::Place | EntityKind::Other));
        if adjoining {
            start = last.start;
            out.pop();
        } else if last.end > word_start {
            return;
        }
    }
    m.start = start;
    if m.kind != EntityKind::Place {
        m.kind = EntityKind::Organization;
    }
    m.rule = "joined:collective".into();
}

/// "Freedom and Justice Party", "Peace and Prosperity Party": one or two
/// capitalised words and "and" before an organisation closed by its head
/// word open its name (not a listed place or person: "Britain and …").
fn coordinated_name(doc: &Doc<'_>, m: &mut Mention, out: &mut Vec<Mention>) {
    let r = doc.tokens_in(m.start, m.end);
    let headed = m.kind == EntityKind::Organization
        && !r.is_empty()
        && r.len() <= 3
        && doc.is(r.end - 1, List::OrgWord);
    if !headed || r.start < 2 || &doc.folded[r.start - 1] != "and" || doc.toks[r.start].sent_start {
        return;
    }
    let line = doc.toks[r.start].line;
    let mut a = r.start - 1;
    while a > 0
        && r.start - 1 - a < 2
        && is_capitalized(doc.word(a - 1))
        && doc.toks[a - 1].line == line
        && !doc.is(a - 1, List::OrgWord)
    {
        a -= 1;
        if doc.toks[a].sent_start {
            break;
        }
    }
    let named = List::Given.bit() | List::Person.bit() | List::Demonym.bit() | List::Stop.bit();
    if a == r.start - 1 || (a..r.start - 1).any(|k| doc.gaz[k] & (PLACE_MASK | named) != 0) {
        return;
    }
    let start = doc.toks[a].start;
    if let Some(last) = out.last() {
        if last.end > start {
            // (A weak guess over the first word gives way: "Wage and Hour Division".)
            let firm = super::names::strength(&last.rule) >= 3;
            if last.start != start || (firm && matches!(last.kind, EntityKind::Person | EntityKind::Place)) {
                return;
            }
            out.pop();
        }
    }
    m.start = start;
}

/// "University of Indonesia and Trisakti University", "Ministry of Health
/// and Ministry of Finance": two organisations sharing a head word, joined by
/// "and", are two names; `m` keeps the first, the second is returned.
fn split_coordinated(doc: &Doc<'_>, m: &mut Mention) -> Option<Mention> {
    if m.kind != EntityKind::Organization {
        return None;
    }
    let r = doc.tokens_in(m.start, m.end);
    let k = (r.start + 1..r.end.saturating_sub(1)).find(|&k| &doc.folded[k] == "and")?;
    let heads = |a: usize, b: usize| -> Vec<u32> {
        (a..b)
            .filter(|&j| doc.is(j, List::OrgWord))
            .map(|j| doc.ids[j])
            .collect()
    };
    let (left, right) = (heads(r.start, k), heads(k + 1, r.end));
    let shared = left.iter().any(|h| right.contains(h));
    // Both halves start with a capital and are whole names.
    let whole = is_capitalized(doc.word(k - 1)) && is_capitalized(doc.word(k + 1));
    if !shared || !whole {
        return None;
    }
    let second = Mention {
        start: doc.toks[k + 1].start,
        end: m.end,
        kind: EntityKind::Organization,
        rule: m.rule.clone(),
        role: None,
    };
    m.end = doc.toks[k - 1].end;
    Some(second)
}

/// Whether `prev` and `next`, `gap` apart, are one name.
fn joined(prev: &str, gap: &str, next: &str, (prev_kind, next_kind): (EntityKind, EntityKind)) -> bool {
    // "Sendai Framework | for | Disaster Risk Reduction": a law's object.
    if (gap == " for " || gap == " on ") && prev_kind == EntityKind::Other && next_kind != EntityKind::Place {
        return LAW_WORDS.iter().any(|w| prev.ends_with(w));
    }
    // "Kenya National Commission | on | Human Rights", "Senate Committee on
    // Foreign Relations": a body's subject (not "the European Council on Ukraine").
    if gap == " on " && prev_kind == EntityKind::Organization {
        let body = [
            "Commission",
            "Committee",
            "Subcommittee",
            "Council",
            "Conference",
            "Panel",
            "Task Force",
        ]
        .iter()
        .any(|w| prev.ends_with(w));
        // The subject is a topic ("Human Rights", which the tagger may take
        // for a place), not a listed place or an organisation ("the Security
        // Council on North Korea", "the Commission on Google").
        let unlisted = next.split(' ').all(|w| gazetteer().get(&fold(w)) == 0);
        let topic = next_kind != EntityKind::Person
            && unlisted
            && (next_kind != EntityKind::Place || next.contains(' '));
        return body && topic;
    }
    // "Court of King's Bench | of | Alberta", "Court of King | 's | Bench".
    if court_seat(prev, gap) {
        return prev_kind == EntityKind::Organization
            && (next_kind == EntityKind::Place || next.starts_with("Bench"));
    }
    // "UN Support Office | in | Haiti", "U.N. Mission in South Sudan": a
    // mission of a union of states names where it works.
    if gap == " in " {
        let union = [
            "UN ",
            "U.N. ",
            "United Nations ",
            "EU ",
            "African Union ",
            "NATO ",
        ]
        .iter()
        .any(|p| prev.starts_with(p));
        let mission = ["Office", "Mission", "Operation", "Force"]
            .iter()
            .any(|w| prev.ends_with(w));
        return union && mission && prev_kind == EntityKind::Organization && next_kind == EntityKind::Place;
    }
    if gap == " of the " {
        return prev_kind == EntityKind::Organization
            && next_kind == EntityKind::Organization
            && prev.contains(" of ");
    }
    if gap != " " {
        return false;
    }
    let particle = OPENING_PARTICLES.contains(&prev)
        && next_kind == EntityKind::Person
        && next.starts_with(char::is_lowercase);
    // "Pakistan Muslim League-Nawaz", "Alberta New Democratic Party": a
    // country or region opens its party's name.
    let national = prev_kind == EntityKind::Place
        && next_kind == EntityKind::Organization
        && !prev.contains(' ')
        && gazetteer().get(&fold(prev)) & PLACE_MASK != 0
        && party_head(next);
    let party = prev_kind == EntityKind::Other
        && next_kind == EntityKind::Organization
        && !prev.contains(' ')
        // "Democratic Alliance": any one adjective before a bare head word.
        && (gazetteer().get(&fold(prev)) & (List::Demonym.bit() | List::Group.bit()) != 0 || !next.contains(' '))
        && next
            .rsplit(' ')
            .next()
            .is_some_and(|head| PARTY_HEADS.contains(&head) || head.starts_with("League-"));
    // "Istanbul Metropolitan Municipality", "Moscow City Duma": a place opens
    // the name of its local government.
    let local = prev_kind == EntityKind::Place
        && next_kind == EntityKind::Organization
        && !prev.contains(' ')
        && [
            "Metropolitan ",
            "Municipal ",
            "City ",
            "Provincial ",
            "Regional ",
            "Prefectural ",
        ]
        .iter()
        .any(|w| next.starts_with(w));
    particle || party || national || local
}

/// The index in `out` where a committee's name listing its subjects with
/// commas opens ("Senate Health, | Education, | Labor and Pensions
/// Committee"): a chamber's name first, short pieces, only commas between.
fn committee_chain(doc: &Doc<'_>, out: &[Mention], m: &Mention) -> Option<usize> {
    let text = &doc.text[m.start..m.end];
    if m.kind != EntityKind::Organization || !text.ends_with("Committee") {
        return None;
    }
    let mut at = m.start;
    for k in (out.len().saturating_sub(5)..out.len()).rev() {
        let l = &out[k];
        let piece = &doc.text[l.start..l.end];
        if doc.text.get(l.end..at) != Some(", ")
            || piece.split(' ').count() > 3
            || piece.contains(char::is_lowercase) && !piece.starts_with(char::is_uppercase)
        {
            return None;
        }
        if piece.starts_with("Senate ") || piece.starts_with("House ") {
            return Some(k);
        }
        at = l.start;
    }
    None
}

/// Last words of a court's name that may take its circuit, district or seat.
const COURT_ENDS: &[&str] = &[
    "Court of Appeals",
    "Court of Appeal",
    "District Court",
    "Bankruptcy Court",
    "Bench",
];

/// "Court of King | 's | Bench", "Court of King's Bench | of | Alberta".
fn court_seat(prev: &str, gap: &str) -> bool {
    let possessive =
        matches!(gap, "'s " | "’s ") && (prev.ends_with("Court of King") || prev.ends_with("Court of Queen"));
    possessive || (gap == " of " && COURT_ENDS.iter().any(|w| prev.ends_with(w)))
}

/// The end of a court's circuit or district after `last` and " for the "
/// ("for the Fifth Circuit", "for the District of Columbia Circuit", "for the
/// Southern District of New York"), when the next mention starts it.
fn court_district(doc: &Doc<'_>, last: &Mention, gap: &str, next: usize) -> Option<usize> {
    let prev = &doc.text[last.start..last.end];
    if gap != " for the "
        || last.kind != EntityKind::Organization
        || !COURT_ENDS.iter().any(|w| prev.ends_with(w))
    {
        return None;
    }
    let start = doc.tokens_in(next, doc.text.len()).start;
    let line = doc.toks.get(start)?.line;
    let mut end = None;
    for k in start..(start + 8).min(doc.len()) {
        let w = doc.word(k);
        match w {
            _ if doc.toks[k].line != line => break,
            "Circuit" => return Some(doc.toks[k].end),
            "District" => end = Some(doc.toks[k].end),
            "of" if end.is_some() => {}
            // The place "District of" names ("of New York").
            _ if is_capitalized(w) => {
                if end.is_some() && doc.word(k - 1) != "District" {
                    end = Some(doc.toks[k].end);
                }
            }
            _ => break,
        }
    }
    end
}

/// True when the last word of `name` (or its part before a hyphen, as in
/// "League-Nawaz") is a party's head word.
fn party_head(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    PARTY_HEADS.contains(&last.split('-').next().unwrap_or(last))
}

/// "Farmer-Citizen Movement": a name of two or more words closed by a
/// party's head word is an organisation, whatever else the tagger saw.
pub fn headed_party(doc: &Doc<'_>, m: &mut Mention) {
    let text = &doc.text[m.start..m.end];
    if m.kind == EntityKind::Other && text.contains(' ') && party_head(text) && !text.ends_with("League") {
        m.kind = EntityKind::Organization;
        m.rule = format!("org-suffix:{}", text.rsplit(' ').next().unwrap_or(text));
    }
}

/// "Von der Leyen" where "Von" was no mention: the capitalised particle
/// right before a person that starts with a lowercase one.
fn extend_particle(doc: &Doc<'_>, m: &mut Mention, floor: usize) {
    let before = doc.text[..m.start].strip_suffix(' ').unwrap_or_default();
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    // A whole word, after a space or at the start, and clear of the mention before.
    let whole = word_start == 0 || before[..word_start].ends_with(char::is_whitespace);
    if whole && word_start >= floor && OPENING_PARTICLES.contains(&&before[word_start..]) {
        m.start = word_start;
        m.rule = format!("particle:{}", m.rule);
    }
}

/// Words that close an organisation's name after another head word
/// ("Independent School District", "Port Authority").
const CLOSING_HEADS: &[&str] = &["District", "Authority", "Board", "Trust", "Corporation"];

/// "Corpus Christi Independent School | District": a closing head word the
/// tagger left out right after an organisation joins it.
fn extend_tail(doc: &Doc<'_>, m: &mut Mention) {
    let r = doc.tokens_in(m.start, m.end);
    if r.end >= doc.len() || doc.toks[r.end].line != doc.toks[r.end - 1].line {
        return;
    }
    let next = doc.toks[r.end];
    if next.start == m.end + 1 && CLOSING_HEADS.contains(&doc.word(r.end)) {
        m.end = next.end;
    }
    // "the Colorado House | of Representatives": a chamber's full name.
    let chamber = doc.word(r.end - 1) == "House"
        && doc.word(r.end) == "of"
        && doc.toks.get(r.end + 1).is_some_and(|t| t.line == next.line)
        && matches!(
            doc.word(r.end + 1),
            "Representatives" | "Commons" | "Lords" | "Delegates" | "Councillors" | "Councilors" | "Assembly"
        );
    if chamber {
        m.end = doc.toks[r.end + 1].end;
    }
}

/// Titles whose holder's possessive names an office.
const OFFICE_HOLDERS: &[&str] = &[
    "Attorney",
    "Prosecutor",
    "President",
    "Governor",
    "Mayor",
    "Sheriff",
    "Controller",
    "Comptroller",
    "Auditor",
    "Minister",
    "Ombudsman",
    "Coroner",
    "Clerk",
    "Recorder",
    "Treasurer",
];

/// "the U.S. Attorney's Office", "Istanbul Chief Public Prosecutor's Office",
/// "the Prime Minister's Office": a title's possessive before "Office" is
/// one organisation, with the capitalised words that open it.
fn office_of_a_title(doc: &Doc<'_>, m: &mut Mention, out: &mut Vec<Mention>) {
    let r = doc.tokens_in(m.start, m.end);
    if r.is_empty()
        || doc.word(r.start) != "Office"
        || r.start < 3
        || !matches!(doc.word(r.start - 1), "'s" | "’s")
    {
        return;
    }
    let holder = r.start - 2;
    if !OFFICE_HOLDERS.contains(&doc.word(holder)) {
        return;
    }
    let line = doc.toks[holder].line;
    let mut a = holder;
    while a > 0
        && holder - a < 5
        && doc.toks[a - 1].line == line
        && !doc.toks[a].sent_start
        && is_capitalized(doc.word(a - 1))
        && doc.gaz[a - 1] & List::Stop.bit() == 0
    {
        a -= 1;
    }
    let start = doc.toks[a].start;
    while out.last().is_some_and(|l| l.end > start) {
        if out.last().is_some_and(|l| l.start < start) {
            return;
        }
        out.pop();
    }
    m.start = start;
    m.kind = EntityKind::Organization;
    m.rule = "org-suffix:Office".into();
    m.role = None;
}

/// Words of a body that is numbered: "the 9th Circuit Court of Appeals",
/// "the 82nd Airborne Division", "the 8th U.S. Circuit".
const NUMBERED: &[&str] = &[
    "Circuit",
    "Division",
    "Fleet",
    "Army",
    "Brigade",
    "Corps",
    "Congress",
    "Battalion",
    "Regiment",
];

/// An ordinal right before an organisation that has a numbered body word
/// opens its name.
fn numbered_unit(doc: &Doc<'_>, m: &mut Mention, out: &mut Vec<Mention>) {
    let r = doc.tokens_in(m.start, m.end);
    if r.is_empty() || r.start == 0 || m.kind != EntityKind::Organization {
        return;
    }
    let ord = doc.word(r.start - 1);
    let digits = ord.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ordinal = !digits.is_empty()
        && digits.len() <= 3
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&ord[digits.len()..], "st" | "nd" | "rd" | "th");
    let numbered = (r.start..r.end.min(r.start + 3)).any(|k| NUMBERED.contains(&doc.word(k)));
    let at = doc.toks[r.start - 1];
    // A tagger's guess that took the ordinal alone gives way.
    let alone = out
        .last()
        .is_some_and(|l| l.start == at.start && l.end == at.end && super::names::strength(&l.rule) < 3);
    let free = alone || out.last().is_none_or(|l| l.end <= at.start);
    if ordinal && numbered && free && at.line == doc.toks[r.start].line {
        if alone {
            out.pop();
        }
        m.start = at.start;
    }
}

/// "Israel's Channel 12", "Channel 4 News": a channel's number is part of its name.
fn channel_number(doc: &Doc<'_>, m: &mut Mention) {
    let r = doc.tokens_in(m.start, m.end);
    if r.is_empty() || r.end >= doc.len() || !matches!(doc.word(r.end - 1), "Channel" | "Kanal" | "Canal") {
        return;
    }
    let n = doc.toks[r.end];
    let number = doc.word(r.end);
    // (Not "the English Channel 3 days in a row": a place, and a count.)
    let counted = doc.folded.get(r.end + 1).is_some_and(|w| {
        matches!(
            w,
            "days"
                | "times"
                | "hours"
                | "weeks"
                | "months"
                | "years"
                | "miles"
                | "km"
                | "kilometres"
                | "kilometers"
        )
    });
    let place = gazetteer().get(&fold(&doc.text[m.start..m.end])) & PLACE_MASK != 0;
    if n.start == m.end + 1
        && (1..=3).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && !counted
        && !place
    {
        m.end = n.end;
        m.kind = EntityKind::Organization;
    }
}
