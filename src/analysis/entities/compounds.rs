//! Names inside hyphenated compounds the tagger took whole: "Nairobi-based",
//! "Ghanaian-born", "Kremlin-backed" name Nairobi, Ghanaian, Kremlin; a
//! place made of two capitalised parts ("Detroit-Windsor") names both.

use super::super::EntityKind;
use super::doc::{Doc, Mention, add_free_tokens};
use super::fasthash::FastSet;
use super::gazetteer::{List, PLACE_MASK, first_list, fold, gazetteer};
use std::cell::OnceCell;

/// Lowercase participles after a name and a hyphen.
pub const PARTICIPLES: &[&str] = &[
    "based",
    "born",
    "headquartered",
    "owned",
    "led",
    "backed",
    "run",
    "made",
    "bred",
    "raised",
    "funded",
    "controlled",
    "occupied",
    "held",
    "brokered",
    "sponsored",
    "allied",
    "linked",
    "registered",
    "listed",
    "mediated",
    "built",
    "designed",
    "speaking",
    "era",
    "majority",
    "dominated",
    "aligned",
    "affiliated",
    "friendly",
];

/// All-caps words that name things, not bodies.
const COMMON_ACRONYMS: &[&str] = &[
    "AI", "VC", "TV", "PE", "PC", "IT", "HR", "PR", "UV", "EV", "GP", "IP", "ID", "GM", "OS", "ML", "GPS",
    "DNA", "IVF", "CEO", "CFO", "GDP", "LNG", "EVS", "ETF", "IPO", "USB", "CCTV", "HIV", "AIDS", "COVID",
    "SUV", "VPN", "API", "ESG", "LGBT", "LGBTQ",
];

/// Participles after which an unlisted acronym is an organisation ("ADC-led").
const BY_AN_ORG: &[&str] = &[
    "led",
    "backed",
    "run",
    "owned",
    "funded",
    "controlled",
    "sponsored",
    "allied",
    "linked",
    "brokered",
    "dominated",
    "aligned",
    "affiliated",
];

/// Participles that say where something is or comes from: an unlisted
/// capitalised name before them is a place.
const WHERE: &[&str] = &["based", "born", "headquartered", "bred", "raised", "registered"];

/// Second parts that name a district of the first place.
const DISTRICTS: &[&str] = &[
    "West", "East", "North", "South", "Nord", "Süd", "Ost", "Mitte", "Centre", "Center", "Central",
    "Nord-Est",
];

/// The kind a listed word has on its own, with its list's name.
fn listed_kind(word: &str) -> Option<(EntityKind, &'static str)> {
    let mask = gazetteer().get(&fold(word));
    if mask & List::Org.bit() != 0 {
        Some((EntityKind::Organization, List::Org.name()))
    } else if mask & PLACE_MASK != 0 {
        Some((
            EntityKind::Place,
            first_list(mask & PLACE_MASK).map_or("places", List::name),
        ))
    } else if mask & List::Demonym.bit() != 0 {
        Some((EntityKind::Other, List::Demonym.name()))
    } else if mask & List::Group.bit() != 0 {
        Some((EntityKind::Other, List::Group.name()))
    } else {
        None
    }
}

/// Rewrites compound mentions in place (order by start is kept).
pub fn apply(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    // Last words of the article's people, for "the Marcos-Duterte rift".
    let surnames: FastSet<String> = ms
        .iter()
        .filter_map(|m| super::persons::surname(doc, m))
        .map(|k| doc.word(k))
        .filter(|w| !w.contains('-'))
        .map(fold)
        .collect();
    if !surnames.is_empty() {
        untagged_people(doc, ms, &surnames);
    }
    untagged_participles(doc, ms);
    multiword_places(doc, ms);
    place_chains(doc, ms);
    // The words that stand mid-sentence somewhere (gathered once, when needed).
    let mid = OnceCell::new();
    let mut out = Vec::with_capacity(ms.len());
    for m in ms.drain(..) {
        let text = &doc.text[m.start..m.end];
        if let Some(parts) = coordinated_people(text, &m, &surnames) {
            out.extend(parts);
            continue;
        }
        if text.contains(' ') {
            // "Republican-controlled House": the compound opens a longer name.
            match opening(doc, &m) {
                Some(parts) => out.extend(parts),
                None => out.push(m),
            }
            continue;
        }
        if !text.contains('-') {
            out.push(m);
            continue;
        }
        if let Some(parts) = participle(text)
            .or_else(|| prefixed(text))
            .or_else(|| places(text, &m))
            .or_else(|| people(text, &surnames))
            .or_else(|| bodies(doc, &mid, &m, text))
        {
            for (off, len, kind, rule) in parts {
                out.push(Mention {
                    start: m.start + off,
                    end: m.start + off + len,
                    kind,
                    rule,
                    role: None,
                });
            }
        } else if !common_opener(doc, &m, text) {
            out.push(m);
        }
    }
    *ms = out;
}

type Part = (usize, usize, EntityKind, String);

/// "Far-right", "Left-wing" opening a sentence: a capitalised common
/// compound, weakly tagged, no name in any part.
fn common_opener(doc: &Doc<'_>, m: &Mention, text: &str) -> bool {
    let r = doc.tokens_in(m.start, m.end);
    let mut parts = text.split('-');
    let first = parts.next().unwrap_or_default();
    let rest_lower = parts.all(|p| p.chars().all(char::is_lowercase));
    doc.toks[r.start].sent_start
        && super::names::strength(&m.rule) < 3
        && rest_lower
        && gazetteer().get(&fold(first)) == 0
}

/// A name-participle compound opening a multi-word mention: the name, then
/// the rest decided on its own.
fn opening(doc: &Doc<'_>, m: &Mention) -> Option<Vec<Mention>> {
    let r = doc.tokens_in(m.start, m.end);
    let first = doc.word(r.start);
    let (off, len, kind, rule) = participle(first)?.pop()?;
    let rest = r.start + 1;
    if rest >= r.end {
        return None;
    }
    let (mut rest_kind, mut rest_rule) = super::kinds::decide(doc, rest, r.end, None);
    let descriptive = first
        .rsplit_once('-')
        .is_some_and(|(_, t)| matches!(t, "era" | "majority" | "speaking"));
    if descriptive && super::names::strength(&rest_rule) < 2 {
        // "the Ottoman-era Dolmabahçe Palace": the tagger's kind stands.
        (rest_kind, rest_rule) = (m.kind, m.rule.clone());
    } else if super::names::strength(&rest_rule) < 2 {
        // No evidence of its own: what is based, owned or led is an organisation
        // ("Ohio-based KeyCorp", "Communist-led CGT").
        (rest_kind, rest_rule) = (EntityKind::Organization, "compound:organisation".to_string());
    }
    let start = doc.toks[r.start].start + off;
    Some(vec![
        Mention {
            start,
            end: start + len,
            kind,
            rule,
            role: None,
        },
        Mention {
            start: doc.toks[rest].start,
            end: m.end,
            kind: rest_kind,
            rule: rest_rule,
            role: m.role.clone(),
        },
    ])
}

/// "Nairobi-based": the name before the participle.
fn participle(text: &str) -> Option<Vec<Part>> {
    let (name, tail) = text.rsplit_once('-')?;
    if !PARTICIPLES.contains(&tail) || !name.starts_with(char::is_uppercase) {
        return None;
    }
    let (kind, rule) = match listed_kind(name) {
        Some((kind, list)) => (kind, format!("compound:{tail}:{list}")),
        None if WHERE.contains(&tail) && !name.contains('-') => {
            (EntityKind::Place, format!("compound:{tail}"))
        }
        // (Not a common noun: "AI-linked stocks", "VC-backed startups", "GPS-linked".)
        None if BY_AN_ORG.contains(&tail)
            && name.len() >= 2
            && name.chars().all(|c| c.is_ascii_uppercase())
            && !COMMON_ACRONYMS.contains(&name) =>
        {
            (EntityKind::Organization, format!("compound:{tail}:acronym"))
        }
        None => return None,
    };
    Some(vec![(0, name.len(), kind, rule)])
}

/// Lowercase prefixes before a hyphen and a name.
const PREFIXES: &[&str] = &[
    "non", "anti", "pro", "pre", "post", "ex", "mid", "pan", "trans", "intra", "inter",
];

/// "non-NATO", "pro-Russian", "anti-EU": the listed name after the prefix.
fn prefixed(text: &str) -> Option<Vec<Part>> {
    let (head, name) = text.split_once('-')?;
    if !PREFIXES.contains(&head) || name.contains('-') {
        return None;
    }
    let (kind, list) = listed_kind(name)?;
    Some(vec![(
        head.len() + 1,
        name.len(),
        kind,
        format!("compound:{head}:{list}"),
    )])
}

/// "Detroit-Windsor" tagged as one place or other: two places when one part
/// is a listed place and the other nothing else.
fn places(text: &str, m: &Mention) -> Option<Vec<Part>> {
    if !matches!(m.kind, EntityKind::Place | EntityKind::Other) {
        return None;
    }
    // "Saxony-Anhalt", "Baden-Württemberg": listed whole.
    if gazetteer().get(&fold(text)) & PLACE_MASK != 0 {
        return None;
    }
    let parts: Vec<&str> = text.split('-').collect();
    let capitalised = parts
        .iter()
        .all(|p| p.len() > 1 && p.starts_with(char::is_uppercase) && p.chars().any(char::is_lowercase));
    // "Zürich-West", "Berlin-Mitte": a district of one place, not two places.
    let district = parts.iter().any(|p| DISTRICTS.contains(p));
    if district {
        return None;
    }
    let kinds: Vec<_> = parts.iter().map(|p| listed_kind(p).map(|(k, _)| k)).collect();
    // "Indo-Pacific", "Afro-Asian": an unlisted combining form is no place.
    if parts
        .iter()
        .zip(&kinds)
        .any(|(p, k)| k.is_none() && p.ends_with('o'))
    {
        return None;
    }
    let listed = kinds.contains(&Some(EntityKind::Place))
        && kinds.iter().all(|k| k.is_none() || *k == Some(EntityKind::Place));
    if parts.len() != 2 || !capitalised || !listed {
        return None;
    }
    let mut off = 0;
    let mut out = Vec::new();
    for p in parts {
        out.push((off, p.len(), EntityKind::Place, "compound:places".to_string()));
        off += p.len() + 1;
    }
    Some(out)
}

/// "Fidesz-KDNP", "the LDP-Ishin agreement": two parties or bodies, one a
/// listed organisation and the other listed, an acronym or a name standing
/// alone elsewhere in the article (not "Mercedes-Benz", "PMC-Sierra").
fn bodies<'a>(doc: &Doc<'a>, mid: &OnceCell<FastSet<&'a str>>, m: &Mention, text: &str) -> Option<Vec<Part>> {
    let parts: Vec<&str> = text.split('-').collect();
    let [x, y] = parts[..] else { return None };
    let acronym = |p: &str| (2..=5).contains(&p.len()) && p.chars().all(|c| c.is_ascii_uppercase());
    let listed = |p: &str| gazetteer().get(&fold(p)) & List::Org.bit() != 0;
    // (A name in mixed case, so that no all-caps headline or dateline
    // compound such as "URUS-MARTAN" counts.)
    let alone = |p: &str| {
        p.len() > 2
            && p.chars().any(char::is_lowercase)
            && p.starts_with(char::is_uppercase)
            && mid
                .get_or_init(|| {
                    (0..doc.len())
                        .filter(|&k| !doc.toks[k].sent_start)
                        .map(|k| doc.word(k))
                        .collect()
                })
                .contains(p)
    };
    // (Not a listed place: "WSC-India".)
    let place = |p: &str| gazetteer().get(&fold(p)) & PLACE_MASK != 0;
    let other = |p: &str| !place(p) && (listed(p) || acronym(p) || alone(p));
    // One part is a listed party or body ("PMC-Sierra" is one company).
    let two = (listed(x) && other(y)) || (listed(y) && other(x));
    if !two || doc.caps_line[doc.tokens_in(m.start, m.end).start] {
        return None;
    }
    // Listed places split as places ("EU-Mercosur" is left to them).
    let kind = |p: &str| match listed_kind(p) {
        Some((k, _)) if k != EntityKind::Other => k,
        _ => EntityKind::Organization,
    };
    Some(vec![
        (0, x.len(), kind(x), "compound:bodies".to_string()),
        (x.len() + 1, y.len(), kind(y), "compound:bodies".to_string()),
    ])
}

/// "the Japan-South Korea-U.S. partnership": listed places of one or more
/// words joined by hyphens, over two or three tokens, are each a place (a
/// full stop after the last may close its abbreviation).
fn place_chains(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut found: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i + 1 < doc.len() {
        let first = doc.word(i);
        // Cheap checks first: a capitalised word whose last hyphenated part is
        // capitalised too ("Japan-South"), before another capitalised word.
        let chained = first.starts_with(char::is_uppercase)
            && first
                .bytes()
                .rposition(|b| b == b'-')
                .is_some_and(|h| first[h + 1..].starts_with(char::is_uppercase))
            && doc.word(i + 1).starts_with(char::is_uppercase);
        if !chained {
            i += 1;
            continue;
        }
        let mut done = false;
        for j in i + 1..(i + 3).min(doc.len()) {
            let (a, b) = (doc.toks[i].start, doc.toks[j].end);
            if doc.toks[j].line != doc.toks[i].line || doc.text[a..b].contains("  ") {
                break;
            }
            if let Some(parts) = chain(doc, a, b) {
                found.extend(parts);
                i = j + 1;
                done = true;
                break;
            }
        }
        if !done {
            i += 1;
        }
    }
    if found.is_empty() {
        return;
    }
    let cut: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).collect();
    super::doc::remove_overlapping(ms, &cut);
    super::doc::insert_sorted(ms, found);
}

/// The places of `text[a..b]` split at hyphens, when every part is listed.
fn chain(doc: &Doc<'_>, a: usize, b: usize) -> Option<Vec<Mention>> {
    let text = &doc.text[a..b];
    let parts: Vec<&str> = text.split('-').collect();
    let listed = |s: &str| gazetteer().get(&fold(s)) & PLACE_MASK != 0;
    if parts.len() < 2 || !parts.iter().any(|p| p.contains(' ')) || listed(text) {
        return None;
    }
    let mut out = Vec::with_capacity(parts.len());
    let mut off = a;
    for (n, p) in parts.iter().enumerate() {
        let mut end = off + p.len();
        if !listed(p) {
            let dotted = n + 1 == parts.len() && doc.text[end..].starts_with('.') && listed(&format!("{p}."));
            if !dotted {
                return None;
            }
            end += 1;
        }
        out.push(Mention {
            start: off,
            end,
            kind: EntityKind::Place,
            rule: "compound:places".into(),
            role: None,
        });
        off += p.len() + 1;
    }
    Some(out)
}

/// "the Marcos-Duterte rift": two people of the article, by surname.
fn people(text: &str, surnames: &FastSet<String>) -> Option<Vec<Part>> {
    let (a, b) = text.split_once('-')?;
    let known = |p: &str| article_surname(p, surnames) && gazetteer().get(&fold(p)) & PLACE_MASK == 0;
    if b.contains('-') || !known(a) || !known(b) {
        return None;
    }
    let rule = "compound:people".to_string();
    Some(vec![
        (0, a.len(), EntityKind::Person, rule.clone()),
        (a.len() + 1, b.len(), EntityKind::Person, rule),
    ])
}

/// `p` is a capitalised word that is the last name of one of the article's people.
fn article_surname(p: &str, surnames: &FastSet<String>) -> bool {
    p.starts_with(char::is_uppercase) && surnames.contains(&fold(p))
}

/// "Özdemir and Hagel" taken as one name: two surnames of the article's
/// people, coordinated, are those two people.
fn coordinated_people(text: &str, m: &Mention, surnames: &FastSet<String>) -> Option<Vec<Mention>> {
    if super::names::strength(&m.rule) >= 3 {
        return None;
    }
    let (a, b) = text.split_once(" and ")?;
    let known = |p: &str| !p.contains(' ') && article_surname(p, surnames);
    if !known(a) || !known(b) {
        return None;
    }
    let person = |start: usize, end: usize| Mention {
        start,
        end,
        kind: EntityKind::Person,
        rule: "compound:people".into(),
        role: None,
    };
    Some(vec![
        person(m.start, m.start + a.len()),
        person(m.end - b.len(), m.end),
    ])
}

/// Adds the untagged "Marcos-Duterte" compounds of known people, to be split.
/// Adds the untagged "Rwanda-backed" compounds of a listed name and a
/// participle, to be split.
fn untagged_participles(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    add_free_tokens(doc, ms, EntityKind::Other, "compound:participle", |i| {
        let word = doc.word(i);
        word.starts_with(char::is_uppercase)
            && word.rsplit_once('-').is_some_and(|(name, tail)| {
                // (Not a nationality: "Brazilian-born" is no entity.)
                PARTICIPLES.contains(&tail) && listed_kind(name).is_some_and(|(k, _)| k != EntityKind::Other)
            })
    });
}

fn untagged_people(doc: &Doc<'_>, ms: &mut Vec<Mention>, surnames: &FastSet<String>) {
    add_free_tokens(doc, ms, EntityKind::Other, "compound:people", |i| {
        let word = doc.word(i);
        word.starts_with(char::is_uppercase) && word.contains('-') && people(word, surnames).is_some()
    });
}

/// "the Tel Aviv-based Israel Democracy Institute", "the Santa Cruz-based
/// alliance": a listed place of two or three words whose last word carries
/// the participle. The place becomes one mention; a name after the
/// compound keeps its own.
fn multiword_places(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut found: Vec<(usize, usize, usize, String)> = Vec::new();
    for i in 1..doc.len() {
        let word = doc.word(i);
        if !word.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let Some((name, tail)) = word
            .bytes()
            .rposition(|b| b == b'-')
            .map(|h| (&word[..h], &word[h + 1..]))
        else {
            continue;
        };
        if !PARTICIPLES.contains(&tail) || !name.starts_with(char::is_uppercase) {
            continue;
        }
        let line = doc.toks[i].line;
        for j in (i.saturating_sub(2)..i).rev() {
            if doc.toks[j].line != line || !doc.word(j).starts_with(char::is_uppercase) {
                break;
            }
            let words: Vec<&str> = (j..i).map(|k| doc.word(k)).chain([name]).collect();
            let place = words.join(" ");
            if gazetteer().get(&fold(&place)) & PLACE_MASK != 0 {
                found.push((
                    doc.toks[j].start,
                    doc.toks[i].start + name.len(),
                    doc.toks[i].end,
                    tail.to_string(),
                ));
                break;
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(ms.len() + found.len());
    let mut rest = std::mem::take(ms).into_iter().peekable();
    for (start, end, token_end, tail) in found {
        while rest.peek().is_some_and(|m| m.end <= start) {
            out.extend(rest.next());
        }
        if out.last().is_some_and(|m| m.end > start) {
            continue;
        }
        let mut after = Vec::new();
        while let Some(mut m) = rest.next_if(|m| m.start < token_end) {
            // What runs past the compound keeps its words after it.
            if m.end > token_end {
                let k = doc.toks.partition_point(|t| t.start <= token_end);
                if k < doc.len() && doc.toks[k].start < m.end {
                    m.start = doc.toks[k].start;
                    after.push(m);
                }
            }
        }
        out.push(Mention {
            start,
            end,
            kind: EntityKind::Place,
            rule: format!("compound:{tail}"),
            role: None,
        });
        out.extend(after);
    }
    out.extend(rest);
    *ms = out;
}
