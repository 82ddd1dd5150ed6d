//! Rule-based tagger: capitalised spans, titles, gazetteers and context.

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::gazetteer::{List, PLACE_MASK, fold, gazetteer};
use super::kinds::{decide, split_hyphen};
use super::tokens::{is_all_caps, is_capitalized};

/// Name particles that may sit inside a person's name.
const PARTICLES: &[&str] = &[
    "da", "de", "do", "dos", "das", "di", "du", "von", "van", "der", "den", "del", "della", "la", "le",
    "bin", "binti", "anak", "ibn", "al", "el", "y", "ter", "ten", "zu", "st.", "dela", "delos",
];

/// Company endings after which no connector continues the name.
const COMPANY_TAILS: &[&str] = &[
    "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "ag", "sa", "nv", "llc",
];

/// Arabic articles that open the last part of a name ("al-Nahyan").
const ARTICLES: &[&str] = &["al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "ul-"];

/// "Ministry of Development, Industry and Trade": after an organisation
/// head with "of", a comma list of capitalised words closed by "and" and a
/// capitalised word continues the name; returns one past its last word.
fn ministry_list(doc: &Doc<'_>, a: usize, b: usize) -> Option<usize> {
    let of = (a..b).any(|k| &doc.folded[k] == "of") && (a..b).any(|k| doc.is(k, List::OrgWord));
    if !of || doc.word(b) != "," {
        return None;
    }
    let line = doc.toks[a].line;
    let mut j = b;
    while j + 1 < doc.len() && doc.word(j) == "," && is_capitalized(doc.word(j + 1)) && j - b < 12 {
        j += 2;
        while j < doc.len()
            && doc.toks[j].line == line
            && is_capitalized(doc.word(j))
            && !doc.toks[j].sent_start
        {
            j += 1;
        }
    }
    let closed = j > b
        && j + 1 < doc.len()
        && doc.toks[j + 1].line == line
        && &doc.folded[j] == "and"
        && is_capitalized(doc.word(j + 1));
    closed.then_some(j + 2)
}

/// Connectors allowed inside organisation names.
const ORG_CONNECTORS: &[&str] = &["of", "for", "and", "&", "on", "at", "the", "de"];

/// True when token `i` can start or continue a name.
#[must_use]
pub fn namey(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.word(i);
    if !is_capitalized(w) || !w.chars().any(char::is_alphabetic) {
        return false;
    }
    let plain = List::Stop.bit() | List::Opener.bit();
    let known = doc.gaz[i] & !plain != 0 || doc.gspan[i].0 != 0;
    if doc.caps_line[i] {
        return known || doc.cap_seen(i) || (is_all_caps(w) && acronym_like(w, doc, i));
    }
    if doc.toks[i].sent_start {
        if doc.gaz[i] & plain != 0 && !known {
            return false;
        }
        return known || doc.cap_seen(i) || (!doc.low_seen(i) && i + 1 < doc.len() && namey_mid(doc, i + 1));
    }
    // "Doctors Without Borders": a stop word may open a listed name.
    doc.gaz[i] != List::Stop.bit() || doc.gspan[i].0 == 1
}

fn namey_mid(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.word(i);
    !doc.toks[i].sent_start && is_capitalized(w) && !doc.is(i, List::Stop)
}

fn acronym_like(w: &str, doc: &Doc<'_>, i: usize) -> bool {
    let n = w.chars().filter(char::is_ascii_alphabetic).count();
    (2..=5).contains(&n) && !doc.low_seen(i)
}

/// Finds the mentions of `doc` with rules only.
#[must_use]
pub fn tag(doc: &Doc<'_>) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        if !namey(doc, i) {
            i += 1;
            continue;
        }
        let end = extend(doc, i);
        classify_span(doc, i, end, &mut out);
        i = end;
    }
    out
}

/// One past the last token of the name starting at `a`.
fn extend(doc: &Doc<'_>, a: usize) -> usize {
    let mut b = a + 1;
    if doc.gspan[a].0 == 1 {
        // "the Congress party": a lowercase last word of a listed name written
        // in lowercase here is a common noun after the name.
        let common = |k: usize| {
            doc.word(k).starts_with(char::is_lowercase) && doc.gspan.get(k + 1).is_none_or(|g| g.0 != 2)
        };
        while b < doc.len() && doc.gspan[b].0 == 2 && !common(b) {
            b += 1;
        }
    }
    let line = doc.toks[a].line;
    loop {
        if b >= doc.len() || doc.toks[b].line != line {
            return b;
        }
        // "Rwanda-backed M23 rebels": a compound with a participle describes
        // the name after it, which starts a span of its own.
        // (Only after a listed name: "the Tel Aviv-based Israel Democracy
        // Institute" is left to the compound rules.)
        let described = doc.word(b - 1).rsplit_once('-').is_some_and(|(name, tail)| {
            super::compounds::PARTICIPLES.contains(&tail) && gazetteer().get(&fold(name)) != 0
        });
        if described {
            return b;
        }
        let after_given = doc.is(b - 1, List::Given) && is_capitalized(doc.word(b));
        // "Mohamed bin Zayed al-Nahyan", "Abdel Fattah el-Sisi".
        let article = ARTICLES.iter().any(|p| {
            doc.word(b)
                .strip_prefix(p)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        });
        if article && is_capitalized(doc.word(b - 1)) {
            b += 1;
            continue;
        }
        if let Some(next) = ministry_list(doc, a, b) {
            b = next;
            continue;
        }
        // After "U.S.", a listed multi-word name ("Customs and Border Protection")
        // starts a span of its own; the prefix is joined back to it later.
        let listed = b == a + 1
            && super::fixes::PREFIXES.contains(&doc.word(a))
            && doc.gspan[b].0 == 1
            && doc.gspan.get(b + 1).is_some_and(|g| g.0 == 2);
        if listed {
            return b;
        }
        if (namey(doc, b) || after_given) && !doc.toks[b].sent_start && doc.toks[b].line == line {
            b += 1;
            continue;
        }
        // An organisation word inside a title ("Senate Majority Leader Andrea
        // Stewart-Cousins of Yonkers") makes no organisation of the person;
        // worked out only at a connector, where it matters.
        let org = std::cell::OnceCell::new();
        let org = || *org.get_or_init(|| org_outside_titles(doc, a, b));
        let last = &doc.folded[b - 1];
        let blocked = doc.gaz[b - 1] & PLACE_MASK != 0 || COMPANY_TAILS.contains(&last);
        let has_of = (a..b).any(|k| &doc.folded[k] == "of" || &doc.folded[k] == "for");
        let joins = |k: usize| {
            let word = &doc.folded[k];
            let and = word == "and" || word == "&";
            // ("District Court for the Southern District of New York and the U.S.
            // Court of Appeals": "and the" before another body's head word.)
            let another = and
                && doc.folded.get(k + 1).is_some_and(|w| w == "the")
                && (k + 2..(k + 7).min(doc.len()))
                    .take_while(|&j| doc.toks[j].line == line)
                    .any(|j| doc.is(j, List::OrgWord) && is_capitalized(doc.word(j)));
            let ok = if and {
                has_of && !blocked && !another
            } else {
                !COMPANY_TAILS.contains(&last)
            };
            // "Minister of International Relations Ronald Lamola": a title's "of".
            let title_of = word == "of" && k == b && doc.is(b - 1, List::Title);
            PARTICLES.contains(&word) || (ORG_CONNECTORS.contains(&word) && ok && org()) || title_of
        };
        let mut next = b;
        while next < doc.len() && joins(next) {
            next += 1;
        }
        // "the Christian Democratic Union of Chancellor Helmut Kohl": "of" before
        // a title introduces the organisation's leader, not more of its name.
        // (Not "Court of Justice of the European Union": no name after the title.)
        let leader = next < doc.len() && {
            let t = title_len(doc, next, doc.len());
            t > 0 && doc.toks.get(next + t).is_some_and(|x| x.line == line) && namey(doc, next + t)
        };
        if next > b && &doc.folded[b] == "of" && leader {
            return b;
        }
        // "press Congress on Ukraine aid": "on" before a listed place is no connector.
        if next > b && &doc.folded[b] == "on" && next < doc.len() && doc.gaz[next] & PLACE_MASK != 0 {
            return b;
        }
        if next > b && next < doc.len() && doc.toks[next].line == line && namey(doc, next) {
            b = next + 1;
            continue;
        }
        return b;
    }
}

/// An organisation word in `[a, b)` outside any title phrase.
fn org_outside_titles(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    if !(a..b).any(|k| doc.is(k, List::OrgWord)) {
        return false;
    }
    let mut k = a;
    while k < b {
        let t = title_len(doc, k, b);
        if t > 0 {
            k += t;
            continue;
        }
        if doc.is(k, List::OrgWord) {
            return true;
        }
        k += 1;
    }
    false
}

/// True when token `i` opens a sentence with a word that never begins a name.
#[must_use]
pub fn opener(doc: &Doc<'_>, i: usize) -> bool {
    doc.toks[i].sent_start && doc.gaz[i] == List::Opener.bit() && doc.gspan[i].0 == 0
}

/// Length of a title (possibly multi-word) starting at `i`. A title word
/// that opens a longer listed name ("General Assembly") is no title.
#[must_use]
pub fn title_len(doc: &Doc<'_>, i: usize, end: usize) -> usize {
    let g = gazetteer();
    let n = g
        .longest(&doc.gids[..end], i, !List::Title.bit())
        .map_or(0, |x| x.0);
    let ignore = List::Title.bit() | List::Stop.bit() | List::Given.bit();
    let other = g.longest(&doc.gids[..end], i, ignore).map_or(0, |x| x.0);
    // "Ambassador Bridge": a title before a last geographic word is part of a place.
    let place = i + n + 1 == end && super::tails::PLACE_TAILS.contains(&&doc.folded[i + n]);
    if other > n || (n > 0 && place) { 0 } else { n }
}

/// Splits leading stop words and titles off `[a, end)`; returns (name start, role start).
fn strip_prefix(doc: &Doc<'_>, a: usize, end: usize) -> (usize, Option<usize>) {
    let mut j = a;
    let mut role = None;
    // "General Intelligence Service": a name closed by an organisation's head
    // word keeps its title-like first word.
    let org_name = end > a + 1 && doc.is(end - 1, List::OrgWord) && title_len(doc, a, end) > 0;
    while j < end {
        let t = title_len(doc, j, end);
        if t > 0 && (org_name || (j + t < end && doc.is(j + t, List::OrgWord))) {
            break;
        }
        // "South African Minister": a nationality of one or more words before a title.
        let nation_len = gazetteer()
            .longest(&doc.gids[..end], j, !(List::Demonym.bit() | List::Country.bit()))
            .map_or(0, |x| x.0);
        if t > 0 {
            role.get_or_insert(j);
            j += t + portfolio_of(doc, j + t, end);
        } else if nation_len > 0 && j + nation_len < end && title_len(doc, j + nation_len, end) > 0 {
            role.get_or_insert(j);
            j += nation_len;
        } else if (doc.gaz[j] == List::Stop.bit() && doc.gspan[j].0 != 1)
            || &doc.folded[j] == "former"
            || opener(doc, j)
        {
            j += 1;
        } else {
            break;
        }
    }
    (j, role)
}

/// "Minister of International Relations Ronald Lamola": after a title, "of"
/// and capitalised portfolio words up to a given name belong to the role;
/// the number of tokens to add (0 without a given name to stop at).
fn portfolio_of(doc: &Doc<'_>, k: usize, end: usize) -> usize {
    if k >= end || &doc.folded[k] != "of" {
        return 0;
    }
    let mut j = k + 1;
    while j < end && !doc.is(j, List::Given) && (is_capitalized(doc.word(j)) || &doc.folded[j] == "and") {
        j += 1;
    }
    if j > k + 1 && j + 1 < end && doc.is(j, List::Given) {
        j - k
    } else if j == end && end >= k + 4 {
        // No known given name: the last two words are the person ("Minister of
        // Finance Enoch Godongwana").
        end - 2 - k
    } else {
        0
    }
}

/// True when `[a, b)` is exactly one gazetteer entry (not a title or stop word).
#[must_use]
pub fn listed_whole(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let ignore = List::Stop.bit() | List::Title.bit();
    gazetteer()
        .longest(&doc.gids[..b], a, ignore)
        .is_some_and(|(n, _)| n == b - a)
}

/// A title inside `[a, end)` that follows a non-nation name and precedes a
/// name ("Commission President Ursula von der Leyen" splits at "President").
fn inner_title(doc: &Doc<'_>, a: usize, end: usize) -> Option<usize> {
    if listed_whole(doc, a, end) {
        return None;
    }
    (a + 1..end).find(|&t| {
        let n = title_len(doc, t, end);
        // "German Chancellor" is a role, but "Bank of England Governor" splits.
        let of = t >= 2 && &doc.folded[t - 2] == "of";
        let nation = (doc.is(t - 1, List::Demonym) || doc.is(t - 1, List::Country)) && !of;
        // "Court of Justice": a title word right after a connector is part of the name.
        let connected = matches!(&doc.folded[t - 1], "of" | "for" | "and" | "the" | "&");
        // "Hassan Sheikh Mohamud": inside a listed name, or "Sheikh" after a
        // given name, the title word is part of the name.
        let named = doc.gspan[t].0 == 2 || (&doc.folded[t] == "sheikh" && doc.is(t - 1, List::Given));
        n > 0 && t + n < end && !nation && !connected && !named && title_len(doc, t - 1, end) == 0
    })
}

fn classify_span(doc: &Doc<'_>, a: usize, end: usize, out: &mut Vec<Mention>) {
    if let Some(t) = inner_title(doc, a, end) {
        classify_span(doc, a, t, out);
        classify_span(doc, t, end, out);
        return;
    }
    let (mut s, role) = strip_prefix(doc, a, end);
    if s >= end {
        return;
    }
    let role_text = role.map(|r| doc.text[doc.toks[r].start..doc.toks[s - 1].end].to_string());
    if doc.is(s, List::Demonym) && s + 1 < end && doc.is(s + 1, List::Given) && role.is_none() {
        push(
            doc,
            s,
            s + 1,
            EntityKind::Other,
            "gazetteer:demonyms".into(),
            None,
            out,
        );
        s += 1;
    }
    let (kind, reason) = decide(doc, s, end, role_text.as_deref());
    if kind == EntityKind::Other && reason == "drop" {
        return;
    }
    if end - s == 1 && split_hyphen(doc, s, out) {
        return;
    }
    push(doc, s, end, kind, reason, role_text, out);
}

fn push(
    doc: &Doc<'_>,
    a: usize,
    b: usize,
    kind: EntityKind,
    reason: String,
    title: Option<String>,
    out: &mut Vec<Mention>,
) {
    out.push(Mention {
        start: doc.toks[a].start,
        end: doc.toks[b - 1].end,
        kind,
        rule: reason,
        role: title,
    });
}
