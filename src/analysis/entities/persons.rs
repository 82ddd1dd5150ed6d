//! Weak person guesses that the context contradicts: a lone word after a
//! place preposition ("between Uruguaiana and …") is a place, and a name used
//! as a modifier after "the" ("the Salto Cerrito dam") is not a person.

use super::super::EntityKind;
use super::doc::{Doc, Mention, add_free_tokens, insert_sorted};
use super::fasthash::FastSet;
use super::gazetteer::{List, PLACE_MASK};
use super::names::strength;
use super::tokens::is_capitalized;

/// Words after which a lone unknown word is a place.
const PLACE_PREPS: &[&str] = &["in", "near", "at", "between", "outside", "visited", "across"];

/// Nouns after "the X" that make X a place.
const PLACE_NOUNS: &[&str] = &[
    "area",
    "region",
    "city",
    "mayor",
    "neighborhood",
    "neighbourhood",
    "district",
    "coast",
    "border",
    "metro",
    "suburbs",
    "county",
    "valley",
    "basin",
    "delta",
];

/// Nouns after a name that make it a thing, not a person ("the X dam").
const THING_NOUNS: &[&str] = &[
    "dam",
    "project",
    "plant",
    "bridge",
    "reservoir",
    "pipeline",
    "mine",
    "airport",
    "station",
    "treaty",
    "framework",
    "platform",
    "app",
    "software",
    "system",
    "hydroelectric",
    "river",
    "basin",
    "reactor",
    "refinery",
    "terminal",
    "port",
    "canal",
    "highway",
    "tunnel",
    "programme",
    "program",
];

/// Retypes weak person mentions that their context contradicts.
pub fn contradicted(doc: &Doc<'_>, ms: &mut [Mention]) {
    if !ms
        .iter()
        .any(|m| m.kind == EntityKind::Person && strength(&m.rule) < 3)
    {
        return;
    }
    // Every run of words inside a strong multi-word person name.
    let mut people: FastSet<&[u32]> = FastSet::default();
    for m in ms
        .iter()
        .filter(|m| m.kind == EntityKind::Person && strength(&m.rule) >= 3)
    {
        let ids = &doc.ids[doc.tokens_in(m.start, m.end)];
        if ids.len() >= 2 {
            (1..=ids.len()).for_each(|n| people.extend(ids.windows(n)));
        }
    }
    let places: Vec<usize> = (ms.iter())
        .filter(|m| m.kind == EntityKind::Place)
        .map(|m| m.end)
        .collect();
    for m in ms.iter_mut() {
        if m.kind != EntityKind::Person || strength(&m.rule) >= 3 {
            continue;
        }
        let r = doc.tokens_in(m.start, m.end);
        if r.start == 0 || doc.caps_line[r.start] {
            continue;
        }
        let ids = &doc.ids[r.clone()];
        if people.contains(ids) {
            continue;
        }
        if let Some((kind, rule)) = context_kind(doc, r, &places) {
            m.kind = kind;
            m.rule = rule;
        }
    }
}

/// Lowercase nouns after a party's name: its offices and members (not
/// "supporters" or "voters", which a person has too).
const PARTY_ROLES: &[&str] = &[
    "co-leader",
    "co-leaders",
    "lawmakers",
    "legislators",
    "mps",
    "deputies",
    "co-founder",
    "co-chair",
];

/// The kind the words around `r` give a weak person name, if they contradict it.
fn context_kind(doc: &Doc<'_>, r: std::ops::Range<usize>, places: &[usize]) -> Option<(EntityKind, String)> {
    let prev = &doc.folded[r.start - 1];
    let lower_prev = doc.word(r.start - 1).starts_with(char::is_lowercase);
    let next = doc.folded.get(r.end).unwrap_or("");
    let lower_next = doc
        .toks
        .get(r.end)
        .is_some_and(|t| t.line == doc.toks[r.start].line)
        && next.chars().all(char::is_alphabetic)
        && doc.word(r.end).starts_with(char::is_lowercase);
    // "Ishin co-leader Hirofumi Yoshimura", "Fidesz lawmakers": a party's
    // office or members after a one-word name.
    let role_next = doc
        .toks
        .get(r.end)
        .is_some_and(|t| t.line == doc.toks[r.start].line)
        && doc.word(r.end).starts_with(char::is_lowercase);
    if r.len() == 1 && role_next && PARTY_ROLES.contains(&next) {
        return Some((EntityKind::Organization, format!("modifier:{next}")));
    }
    let after_place = prev == "and" && placed_before(doc, places, r.start - 1);
    if r.len() == 1 && lower_prev && (PLACE_PREPS.contains(&prev) || after_place) {
        return Some((EntityKind::Place, format!("place-prep:{prev}")));
    }
    let modifier = (prev == "the" && r.len() >= 2) || (lower_prev && THING_NOUNS.contains(&next));
    if !(modifier && lower_next) {
        return None;
    }
    let site = |w: &str| super::around::SITES.contains(&w) || matches!(w, "bridge" | "airport");
    let then = doc.folded.get(r.end + 1).unwrap_or("");
    // ("the Kano State government": a state of a federation.)
    let state = r.len() >= 2 && doc.word(r.end - 1) == "State";
    let kind = if PLACE_NOUNS.contains(&next) || site(next) || site(then) || state {
        EntityKind::Place
    } else {
        EntityKind::Other
    };
    Some((kind, format!("modifier:{next}")))
}

/// Words that may follow the head noun of an apposition ("a broker based in").
const APPOSITION_END: &[&str] = &[
    ",",
    ".",
    ";",
    "based",
    "that",
    "which",
    "whose",
    "with",
    "in",
    "founded",
    "owned",
    "headquartered",
    "known",
    "run",
    "led",
    "\u{2014}",
];

/// "X, a Polish freight broker based in …": the index of the cue noun of an
/// apposition starting at token `k` (after the name).
#[must_use]
pub fn apposed(doc: &Doc<'_>, k: usize, cues: &[&str]) -> Option<usize> {
    let word = |j: usize| doc.folded.get(j).unwrap_or("");
    if word(k) != "," {
        return None;
    }
    // ", a …", ", its …", ", Prabowo's …".
    let first = if matches!(word(k + 1), "a" | "an" | "the" | "its" | "their" | "another") {
        k + 2
    } else if word(k + 2) == "'s" && doc.word(k + 1).starts_with(char::is_uppercase) {
        k + 3
    } else {
        return None;
    };
    let line = doc.toks[k].line;
    for j in first..(first + 4).min(doc.len()) {
        let w = doc.word(j);
        let lower = w.starts_with(char::is_lowercase);
        if lower && cues.contains(&word(j)) && APPOSITION_END.contains(&word(j + 1)) {
            return Some(j);
        }
        // "the EU border agency", "a Berlin-based broker": listed names and
        // hyphenated modifiers may qualify the cue noun too.
        let listed = doc.gaz[j] & (super::gazetteer::PLACE_MASK | super::gazetteer::List::Org.bit()) != 0;
        let hyphened = w
            .rsplit('-')
            .next()
            .is_some_and(|t| t.starts_with(char::is_lowercase));
        let modifier = lower || listed || hyphened || doc.is(j, super::gazetteer::List::Demonym);
        if !modifier || doc.toks[j].line != line {
            return None;
        }
    }
    None
}

/// "Centrais Hidrelétricas do Sul (CHS)": the name (possibly continued by
/// particles and capitalised words) is followed by an all-caps acronym of
/// its capitalised words; returns one past the name's last token.
#[must_use]
pub fn defined_acronym(doc: &Doc<'_>, r: std::ops::Range<usize>) -> Option<usize> {
    let word = |j: usize| doc.folded.get(j).unwrap_or("");
    let cont = |j: usize| {
        ["do", "da", "de", "del", "of", "and"].contains(&word(j))
            || doc.word(j).starts_with(char::is_uppercase)
    };
    let k = r.end + (r.end..doc.len().min(r.end + 3)).take_while(|&j| cont(j)).count();
    if k - r.start < 2 || word(k) != "(" || word(k + 2) != ")" {
        return None;
    }
    let acr = doc.word(k + 1);
    let initials: String = (r.start..k)
        .filter_map(|j| doc.word(j).chars().next().filter(|c| c.is_uppercase()))
        .collect();
    (acr.chars().count() >= 2 && super::tokens::is_all_caps(acr) && acr == initials).then_some(k)
}

/// True when a place mention ends right before token `k`.
fn placed_before(doc: &Doc<'_>, places: &[usize], k: usize) -> bool {
    k > 0 && places.contains(&doc.toks[k - 1].end)
}

/// "Vice Premier He Lifeng", "a spokesperson, He Yadong, said": the Chinese
/// surname He, written mid-sentence after a title or a comma and before a
/// capitalised word, opens a person's name; the pronoun never stands there.
pub fn pronoun_surname(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut new = Vec::new();
    for k in 1..doc.len().saturating_sub(1) {
        let t = doc.toks[k];
        if doc.word(k) != "He" || t.sent_start || t.line_start {
            continue;
        }
        let role = super::roles::role_before(doc, k);
        let next = k + 1;
        let named = doc.toks[next].line == t.line
            && is_capitalized(doc.word(next))
            && doc.gaz[next] & (List::Stop.bit() | List::Title.bit() | PLACE_MASK) == 0;
        if !named || (role.is_none() && doc.word(k - 1) != ",") {
            continue;
        }
        let (start, end) = (t.start, doc.toks[next].end);
        let i = ms.partition_point(|m| m.end <= start);
        let rule = role
            .as_ref()
            .map_or("pronoun-surname".to_string(), |r| format!("title:{r}"));
        match ms.get_mut(i) {
            Some(m) if m.start == doc.toks[next].start => {
                m.start = start;
                m.kind = EntityKind::Person;
                m.rule = rule;
                m.role = role;
            }
            Some(m) if m.start < end => {}
            _ => new.push(Mention {
                start,
                end,
                kind: EntityKind::Person,
                rule,
                role,
            }),
        }
    }
    insert_sorted(ms, new);
}

/// "Defence Minister Israel Katz", "Senator Jordan Price": after a title, a
/// place's name followed by an unlisted capitalised word is a person's
/// given name.
pub fn place_named_person(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for k in 1..doc.len().saturating_sub(1) {
        let next = k + 1;
        let line = doc.toks[k].line;
        let surname = doc.toks[next].line == line
            && is_capitalized(doc.word(next))
            && doc.gaz[next] & (List::Stop.bit() | List::Title.bit() | List::OrgWord.bit() | PLACE_MASK) == 0
            && doc.gspan[next].0 != 2;
        if !surname || doc.gaz[k] & PLACE_MASK == 0 || !is_capitalized(doc.word(k)) {
            continue;
        }
        // "Paraguay's Santiago Peña": a given name that is also a place, after
        // a country's possessive.
        let country_s = || {
            k >= 2
                && doc.is(k, List::Given)
                && matches!(doc.word(k - 1), "'s" | "’s")
                && doc.is(k - 2, List::Country)
                && !doc.word(next).ends_with("s")
                // (Not "Canada's Victoria Day".)
                && !matches!(doc.word(next), "Day" | "Cup" | "Cross" | "Falls" | "Park" | "Square" | "Island")
                && (next + 1 >= doc.len() || !is_capitalized(doc.word(next + 1)))
        };
        let role = super::roles::role_before(doc, k);
        if role.is_none() && !country_s() {
            continue;
        }
        found.push((doc.toks[k].start, doc.toks[next].end, role));
    }
    if found.is_empty() {
        return;
    }
    // One pass over the sorted mentions: those inside a found name give way
    // to it; a found name that a longer mention overlaps is dropped.
    let mut out = Vec::with_capacity(ms.len() + found.len());
    let mut rest = std::mem::take(ms).into_iter().peekable();
    for (start, end, role) in found {
        while rest.peek().is_some_and(|m| m.end <= start) {
            out.extend(rest.next());
        }
        let mut inside = Vec::new();
        while rest
            .peek()
            .is_some_and(|m| m.start < end && m.start >= start && m.end <= end)
        {
            inside.extend(rest.next());
        }
        let crossing =
            rest.peek().is_some_and(|m| m.start < end) || out.last().is_some_and(|m| m.end > start);
        if crossing {
            out.extend(inside);
            continue;
        }
        let rule = role
            .as_ref()
            .map_or_else(|| "given-name:place".to_string(), |r| format!("title:{r}"));
        out.push(Mention {
            start,
            end,
            kind: EntityKind::Person,
            rule,
            role,
        });
    }
    out.extend(rest);
    *ms = out;
}

/// "Democratic Gov. Katie Hobbs", "Republican Sen. Ted Cruz": the party
/// adjective before a title is a group (other) of its own.
pub fn party_before_title(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    add_free_tokens(doc, ms, EntityKind::Other, "party-before-title", |k| {
        matches!(doc.word(k), "Democratic" | "Republican") && k + 1 < doc.len() && doc.is(k + 1, List::Title)
    });
}

/// "Idaho Republican Jim Risch": a party word opening a name that goes on
/// with a given name is a group (other) before a person.
pub fn party_before_name(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut out = Vec::with_capacity(ms.len());
    for m in ms.drain(..) {
        let r = doc.tokens_in(m.start, m.end);
        // (An organisation too when the tagger guessed so: "Democrat Amy Acton";
        // "Democratic National Committee" has no given name.)
        let party = r.len() >= 3
            && (m.kind != EntityKind::Organization || strength(&m.rule) < 3)
            && matches!(doc.word(r.start), "Republican" | "Democrat" | "Democratic")
            && doc.is(r.start + 1, List::Given)
            && !(r.start + 1..r.end).any(|k| doc.is(k, List::OrgWord) || doc.gaz[k] & PLACE_MASK != 0);
        if !party {
            out.push(m);
            continue;
        }
        let (a, b) = (doc.toks[r.start], doc.toks[r.start + 1].start);
        let given = format!("given-name:{}", doc.word(r.start + 1));
        out.push(Mention {
            start: a.start,
            end: a.end,
            kind: EntityKind::Other,
            rule: "party-before-title".into(),
            role: None,
        });
        out.push(Mention {
            start: b,
            end: m.end,
            kind: EntityKind::Person,
            rule: given,
            role: None,
        });
    }
    *ms = out;
}

/// "Republican Winsome Earle-Sears": two or three unlisted capitalised words
/// after a party word, which no mention covers, name a person.
pub fn party_then_person(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut new = Vec::new();
    // Per word id, how often it stands alone (counted once, when needed).
    let standing = std::cell::OnceCell::new();
    for k in 0..doc.len().saturating_sub(2) {
        if !matches!(doc.word(k), "Republican" | "Democrat") || doc.caps_line[k] {
            continue;
        }
        let name_word = |j: usize| {
            j < doc.len()
                && doc.toks[j].line == doc.toks[k].line
                && is_capitalized(doc.word(j))
                && doc.word(j).chars().count() > 1
                && doc.gaz[j] & !(List::Given.bit() | List::Surname.bit()) == 0
                && doc.gspan[j].0 == 0
        };
        let n = (k + 1..k + 4).take_while(|&j| name_word(j)).count();
        // The surname stands alone elsewhere, as a person's does ("Earle-Sears
        // said"; not "Republican National Convention").
        let last = k + n;
        let counts = standing.get_or_init(|| {
            let mut c = vec![0u32; doc.seen.len()];
            for j in (0..doc.len()).filter(|&j| stands_alone(doc, j)) {
                c[doc.ids[j] as usize] += 1;
            }
            c
        });
        let elsewhere = counts[doc.ids[last] as usize] > u32::from(stands_alone(doc, last));
        if n < 2 || !elsewhere {
            continue;
        }
        let (a, b) = (doc.toks[k + 1].start, doc.toks[k + n].end);
        // Free, or only a weak guess of the tagger over the party word and the name.
        let at = ms.partition_point(|m| m.end <= doc.toks[k].start);
        let over: Vec<usize> = (at..ms.len()).take_while(|&i| ms[i].start < b).collect();
        if over
            .iter()
            .any(|&i| strength(&ms[i].rule) >= 3 && ms[i].start >= a)
        {
            continue;
        }
        new.push((k, a, b, over));
    }
    if new.is_empty() {
        return;
    }
    let drop: FastSet<usize> = new.iter().flat_map(|(.., over)| over.iter().copied()).collect();
    let mut i = 0;
    ms.retain(|_| {
        i += 1;
        !drop.contains(&(i - 1))
    });
    for (k, a, b, _) in new {
        ms.push(Mention {
            start: doc.toks[k].start,
            end: doc.toks[k].end,
            kind: EntityKind::Other,
            rule: "party-before-title".into(),
            role: None,
        });
        ms.push(Mention {
            start: a,
            end: b,
            kind: EntityKind::Person,
            rule: "party-before-name".into(),
            role: None,
        });
    }
    ms.sort_by_key(|m| m.start);
}

/// Token `j` is a capitalised word that stands alone mid-sentence (or opens
/// one before a verb of speech), as a surname does: no "the" or capitalised
/// word right before it, no capitalised word right after it on its line.
fn stands_alone(doc: &Doc<'_>, j: usize) -> bool {
    j >= 1
        && is_capitalized(doc.word(j))
        && (!doc.toks[j].sent_start || doc.folded.get(j + 1).is_some_and(|w| SPEECH.contains(&w)))
        && doc.folded[j - 1] != *"the"
        && !doc
            .toks
            .get(j + 1)
            .is_some_and(|t| t.line == doc.toks[j].line && is_capitalized(doc.word(j + 1)))
        && !is_capitalized(doc.word(j - 1))
}

/// Verbs of speech after a subject.
const SPEECH: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "argued", "wrote", "insisted", "warned", "noted",
    "replied",
];

/// The token of a person mention's surname: its last word that is no
/// generational suffix ("Ferdinand Marcos Jr." → "Marcos").
pub fn surname(doc: &Doc<'_>, m: &Mention) -> Option<usize> {
    let suffix = |k: usize| matches!(doc.word(k), "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV");
    (m.kind == EntityKind::Person)
        .then(|| doc.tokens_in(m.start, m.end).rev().find(|&k| !suffix(k)))
        .flatten()
}

/// "Prime Minister Luís Montenegro … Montenegro told supporters": the
/// surname of one of the article's people, listed as a place, is that
/// person where it speaks or follows a title.
pub fn speaking_surname(doc: &Doc<'_>, ms: &mut [Mention]) {
    let surnames: FastSet<u32> = ms
        .iter()
        .filter_map(|m| surname(doc, m).filter(|&k| k > doc.tokens_in(m.start, m.end).start))
        .map(|k| doc.ids[k])
        .collect();
    if surnames.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let r = doc.tokens_in(m.start, m.end);
        if r.len() != 1 || m.kind != EntityKind::Place || !surnames.contains(&doc.ids[r.start]) {
            continue;
        }
        let speaks = r.end < doc.len() && SPEECH.contains(&&doc.folded[r.end]);
        let titled = super::roles::role_before(doc, r.start);
        if speaks || titled.is_some() {
            m.kind = EntityKind::Person;
            m.rule = format!("speaker:{}", doc.word(r.start));
            m.role = titled;
        }
    }
}

/// "Chairman Tom Cole of Oklahoma": a person's name of two or more words,
/// "of" and a listed place are a person and a place.
pub fn person_of_place(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let split = |m: &Mention| {
        if m.kind != EntityKind::Person {
            return None;
        }
        let (name, place) = doc.text[m.start..m.end].split_once(" of ")?;
        let listed = || super::gazetteer::gazetteer().get(&super::gazetteer::fold(place)) & PLACE_MASK != 0;
        (name.contains(' ') && listed()).then_some((name.len(), place.len()))
    };
    if !ms.iter().any(|m| split(m).is_some()) {
        return;
    }
    let mut out = Vec::with_capacity(ms.len() + 1);
    for m in ms.drain(..) {
        let Some((name, place)) = split(&m) else {
            out.push(m);
            continue;
        };
        out.push(Mention {
            start: m.end - place,
            end: m.end,
            kind: EntityKind::Place,
            rule: "place-of:person".into(),
            role: None,
        });
        out.push(Mention {
            end: m.start + name,
            ..m
        });
        let n = out.len();
        out.swap(n - 2, n - 1);
    }
    *ms = out;
}
