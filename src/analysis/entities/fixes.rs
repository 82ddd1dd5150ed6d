//! Post-tagger fixes on the mentions of one article: datelines, names joined
//! by particles ("Paso de los Libres"), persons with a lowercase particle
//! ("van Aalst"), appositive kind cues ("the firm X") and places or
//! institutions the context reveals (see also [`super::tails`]).

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::fasthash::FastSet;
use super::gazetteer::{List, PLACE_MASK};
use super::names::strength;
use super::tokens::is_capitalized;

/// Lowercase words that join two parts of one place or person name.
const JOINERS: &[&str] = &[
    "de", "do", "da", "dos", "das", "del", "di", "du", "des", "los", "las", "la", "dela", "delos",
];

/// Longest byte gap between two mentions that a join may bridge (" de los ").
const MAX_GAP: usize = 9;

/// Lowercase particles that belong to the surname after them.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "dos", "ter", "le", "dela", "delos",
];

/// People who work at an organisation ("analysts at Maybank").
const WORKERS: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "researchers",
    "researcher",
    "engineers",
    "engineer",
    "employees",
    "employee",
    "executives",
    "executive",
    "traders",
    "trader",
    "managers",
    "staff",
    "workers",
    "lawyers",
    "scientists",
    "scientist",
    "bankers",
];

/// Nouns before "in"/"of" and a company ("shares in Saab").
const SHARES: &[&str] = &[
    "shares",
    "stake",
    "stakes",
    "stock",
    "shareholders",
    "bonds",
    "stocks",
];

/// Nouns that, right before a name, say it is an organisation.
const ORG_CUES: &[&str] = &[
    "firm",
    "company",
    "group",
    "coalition",
    "agency",
    "broker",
    "utility",
    "carmaker",
    "automaker",
    "maker",
    "giant",
    "consultancy",
    "pollster",
    "producer",
    "provider",
    "miner",
    "union",
    "alliance",
    "startup",
    "lender",
    "insurer",
    "retailer",
    "chipmaker",
    "airline",
    "broadcaster",
    "newspaper",
    "association",
    "operator",
    "regulator",
    "watchdog",
    "conglomerate",
    "bank",
    "party",
    "consortium",
    "manufacturer",
    "supplier",
    "developer",
    "publisher",
    "charity",
    "institute",
    "ministry",
    "depository",
    "clearinghouse",
    "exchange",
    "fund",
    "foundation",
    "institution",
    "organisation",
    "organization",
    "nonprofit",
    "tank",
    "lobby",
    "daily",
    "tabloid",
    "magazine",
    "outlet",
    "website",
];

/// Nouns after "X's" that make X a company.
const OWNED: &[&str] = &[
    "shares",
    "board",
    "headquarters",
    "subsidiary",
    "subsidiaries",
    "stock",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "platform",
    "customers",
    "employees",
    "chief",
    "ceo",
    "chairman",
    "chairwoman",
    "products",
    "software",
    "executives",
    "stake",
    "workforce",
    "factories",
    "plants",
];

/// Applies every fix; the result is sorted by start.
#[must_use]
pub fn apply(doc: &Doc<'_>, mut ms: Vec<Mention>) -> Vec<Mention> {
    ms.sort_by_key(|m| m.start);
    super::dateline::datelines(doc, &mut ms);
    super::dateline::lowercase_agencies(doc, &mut ms);
    let sports = super::sports::sports_report(doc);
    ms = join_particles(doc, ms);
    apposed_openers(doc, &mut ms);
    cued_names(doc, &mut ms);
    apply_cues(doc, &mut ms);
    for m in &mut ms {
        particle_person(doc, m);
        super::company::legal_form(doc, m);
        super::joins::headed_party(doc, m);
        super::places::foreign_org(doc, m);
        super::tails::place_tail(doc, m, sports);
        if strength(&m.rule) < 3 || m.rule == "gazetteer:given_names" {
            super::places::place_context(doc, m);
        }
    }
    ms.retain(|m| !super::tails::common_word(doc, m) && !super::tails::holiday(doc, m));
    super::tails::street_first_names(doc, &mut ms);
    super::persons::contradicted(doc, &mut ms);
    super::tails::storms(doc, &mut ms);
    super::company::companies(doc, &mut ms);
    super::company::products(doc, &mut ms);
    super::persons::pronoun_surname(doc, &mut ms);
    super::persons::place_named_person(doc, &mut ms);
    super::persons::party_before_title(doc, &mut ms);
    super::persons::party_before_name(doc, &mut ms);
    super::persons::party_then_person(doc, &mut ms);
    super::persons::speaking_surname(doc, &mut ms);
    super::persons::person_of_place(doc, &mut ms);
    ms.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut reach = 0;
    ms.retain(|m| {
        let keep = m.start >= reach;
        reach = reach.max(m.end);
        keep
    });
    super::foreign::foreign_names(doc, &mut ms);
    super::tails::county_of_place(doc, &mut ms);
    super::around::apply(doc, &mut ms);
    super::compounds::apply(doc, &mut ms);
    super::joins::apply(doc, &mut ms);
    let mut ms = split_slashed(doc, ms);
    super::acronyms::defined_kinds(doc, &mut ms);
    ms.iter_mut().for_each(|m| sentence_dot(doc, m));
    country_prefix(doc, ms)
}

/// "… former leader Hun Sen.": a name whose last word looks like an
/// abbreviation ("Sen.") at the end of a sentence ends before the full stop.
fn sentence_dot(doc: &Doc<'_>, m: &mut Mention) {
    let text = &doc.text[m.start..m.end];
    let Some(word) = text.strip_suffix('.').and_then(|t| t.rsplit(' ').next()) else {
        return;
    };
    let name_part = ["Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Bros", "Mt", "St", "Ft"].contains(&word);
    let plain = word.chars().count() >= 2
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase);
    let r = doc.tokens_in(m.start, m.end);
    if r.is_empty() {
        return;
    }
    let closes =
        r.end >= doc.len() || doc.toks[r.end].sent_start || doc.toks[r.end].line != doc.toks[r.end - 1].line;
    if plain && !name_part && closes && text.contains(' ') {
        m.end -= 1;
    }
}

/// "ISLAMABAD/KABUL": two places written with a slash are two names.
fn split_slashed(doc: &Doc<'_>, ms: Vec<Mention>) -> Vec<Mention> {
    let mut out = Vec::with_capacity(ms.len());
    for m in ms {
        let text = &doc.text[m.start..m.end];
        if m.kind != EntityKind::Place || !text.contains('/') {
            out.push(m);
            continue;
        }
        let parts: Vec<&str> = text.split('/').collect();
        let names = parts.len() == 2
            && parts
                .iter()
                .all(|p| p.trim() == *p && p.chars().next().is_some_and(char::is_uppercase));
        if !names {
            out.push(m);
            continue;
        }
        let cut = m.start + parts[0].len();
        out.push(Mention {
            end: cut,
            ..m.clone()
        });
        out.push(Mention { start: cut + 1, ..m });
    }
    out
}

/// Abbreviated countries and unions that open an institution's name.
pub const PREFIXES: &[&str] = &["U.S.", "US", "U.N.", "UN", "U.K.", "UK", "EU", "E.U."];

/// "U.S. Senate", "U.N. General Assembly": an abbreviated country right
/// before an organisation is part of its name.
fn country_prefix(doc: &Doc<'_>, ms: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    for m in ms {
        if let Some(last) = out.last_mut() {
            let joined = PREFIXES.contains(&&doc.text[last.start..last.end])
                && m.kind == EntityKind::Organization
                && &doc.text[last.end..m.start] == " ";
            if joined {
                last.end = m.end;
                last.kind = EntityKind::Organization;
                last.rule = format!("prefix:{}", m.rule);
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// Keeps lowercase particles with surnames found by the consistency step.
#[must_use]
pub fn surnames(doc: &Doc<'_>, mut ms: Vec<Mention>) -> Vec<Mention> {
    ms.iter_mut().for_each(|m| particle_person(doc, m));
    ms
}

/// Word-id runs strictly shorter than a multi-word person name inside it.
fn person_parts<'d>(doc: &'d Doc<'_>, ms: &[Mention]) -> FastSet<&'d [u32]> {
    let mut out = FastSet::default();
    for m in ms.iter().filter(|m| m.kind == EntityKind::Person) {
        let ids = &doc.ids[toks(doc, m)];
        if ids.len() >= 2 {
            (1..ids.len()).for_each(|n| out.extend(ids.windows(n)));
        }
    }
    out
}

/// Token range of a mention.
fn toks(doc: &Doc<'_>, m: &Mention) -> std::ops::Range<usize> {
    doc.tokens_in(m.start, m.end)
}

/// Joins "Paso" + "de los" + "Libres" into one name.
fn join_particles(doc: &Doc<'_>, ms: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    for m in ms {
        if let Some(last) = out.last_mut() {
            if m.end <= last.end {
                continue;
            }
            let joinable = |c: u8| c == b' ' || c == b'-' || c.is_ascii_lowercase() || c >= 0x80;
            let gap = doc.text.get(last.end..m.start).unwrap_or(",");
            if m.start > last.end + MAX_GAP || !gap.bytes().all(joinable) {
                out.push(m);
                continue;
            }
            if super::places::head_of(doc, last, &m) {
                last.end = m.end;
                last.kind = EntityKind::Organization;
                last.rule = "joined".into();
                continue;
            }
            if dashed(doc, last, &m) {
                let r = toks(doc, &m);
                let run = (r.start..doc.len())
                    .take_while(|&k| {
                        doc.toks[k].line == doc.toks[r.start].line && is_capitalized(doc.word(k))
                    })
                    .last();
                last.end = run.map_or(m.end, |k| doc.toks[k].end.max(m.end));
                continue;
            }
            let (a, b) = (toks(doc, last).end, toks(doc, &m).start);
            let gap = a < b && b - a <= 2 && (a..b).all(|k| JOINERS.contains(&&doc.folded[k]));
            let same_line = a < doc.len() && doc.toks[a].line == doc.toks[b.min(doc.len() - 1)].line;
            let person = last.kind == EntityKind::Person && m.kind == EntityKind::Person;
            if gap && same_line && (person || strength(&m.rule) < 3 || strength(&last.rule) < 3) {
                if !person && (m.kind == EntityKind::Place || last.kind == EntityKind::Place) {
                    last.kind = EntityKind::Place;
                }
                last.end = m.end;
                last.rule = "joined".into();
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// "Texas A&M University–Corpus Christi": an organisation joined to a name
/// by a bare dash, or two pieces of one listed name.
fn dashed(doc: &Doc<'_>, last: &Mention, m: &Mention) -> bool {
    let gap = doc.text.get(last.end..m.start).unwrap_or(" ");
    // Two listed names ("EU-Mercosur") stay two.
    let listed = last.rule.starts_with("gazetteer:") && m.rule.starts_with("gazetteer:");
    let dash = matches!(gap, "–" | "-") && last.kind == EntityKind::Organization && !listed;
    let (a, b) = (toks(doc, last).start, toks(doc, m).end);
    dash || (gap.trim().is_empty()
        && !gap.contains('\n')
        && b - a >= 2
        && super::rules::listed_whole(doc, a, b))
}

/// "van Aalst said": a lowercase particle before a person belongs to the name.
fn particle_person(doc: &Doc<'_>, m: &mut Mention) {
    let before = doc.text[..m.start].trim_end_matches(' ');
    let prev = before.rsplit(' ').next().unwrap_or("");
    if m.kind != EntityKind::Person || !PARTICLES.iter().any(|p| prev.eq_ignore_ascii_case(p)) {
        return;
    }
    let a = toks(doc, m).start;
    if a == 0 {
        return;
    }
    let p = a - 1;
    let w = doc.word(p);
    let lower = w.chars().next().is_some_and(char::is_lowercase);
    if lower && PARTICLES.contains(&&doc.folded[p]) && doc.toks[p].line == doc.toks[a].line {
        m.start = doc.toks[p].start;
    }
}

/// "the Polish firm X", "X, a freight broker based in", "X (XY)" or "X's
/// chief executive": the organisation rule and end token a cue gives a weakly
/// typed name.
fn cue(doc: &Doc<'_>, m: &Mention) -> Option<(String, usize)> {
    if let Some(found) = trailing_cue(doc, m) {
        return Some(found);
    }
    if strength(&m.rule) >= 3 || m.kind == EntityKind::Organization {
        return None;
    }
    let r = toks(doc, m);
    let before = r
        .start
        .checked_sub(1)
        .filter(|&p| doc.word(p).starts_with(char::is_lowercase) && ORG_CUES.contains(&&doc.folded[p]));
    let word = |j: usize| doc.folded.get(j).unwrap_or("");
    // "analysts at Maybank": people who work at a name work for an organisation.
    let works_at = m.kind != EntityKind::Person
        && (r.len() == 1 || (r.len() <= 3 && m.kind != EntityKind::Other))
        && r.start >= 2
        && word(r.start - 1) == "at"
        && WORKERS.contains(&word(r.start - 2));
    // "shares in Rheinmetall", "a stake in Saab": what has shares is a company.
    let owned_in = m.kind != EntityKind::Person
        && r.len() <= 2
        && r.start >= 2
        && matches!(word(r.start - 1), "in" | "of")
        && SHARES.contains(&word(r.start - 2));
    if works_at || owned_in {
        return Some((format!("cue:{}:{}", word(r.start - 1), word(r.start - 2)), r.end));
    }
    // "Brazil's national weather institute, Inmet,".
    let possessed = || super::company::possessed_before(doc, r.start, ORG_CUES);
    let apposed = || super::persons::apposed(doc, r.end, ORG_CUES);
    if let Some(p) = before.or_else(possessed).or_else(apposed) {
        return Some((format!("cue:{}", &doc.folded[p]), r.end));
    }
    if m.kind != EntityKind::Place {
        if let Some(end) = super::persons::defined_acronym(doc, r.clone()) {
            return Some(("cue:acronym".to_string(), end));
        }
    }
    let owned = word(r.end) == "'s" && OWNED.contains(&word(r.end + 1));
    owned.then(|| (format!("cue:'s {}", word(r.end + 1)), r.end))
}

/// "the populist Sanseito party": an unlisted name before a lowercase
/// "party" or "coalition" is its name (a tagger's organisation too, which
/// the cue makes sure of).
fn trailing_cue(doc: &Doc<'_>, m: &Mention) -> Option<(String, usize)> {
    let r = toks(doc, m);
    // ("Prabowo's Gerindra party": a lone unlisted word the tagger took for a
    // person may be cued too.)
    let person = m.kind == EntityKind::Person && (r.len() != 1 || doc.is(r.start, List::Given));
    if r.is_empty() || strength(&m.rule) >= 3 || person {
        return None;
    }
    let word = |j: usize| doc.folded.get(j).unwrap_or("");
    // (Not "the New York-based group": a compound ending in lowercase is no name.)
    let lower_tail = doc
        .word(r.end - 1)
        .rsplit('-')
        .next()
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    let unlisted = !lower_tail
        && (r.clone()).all(|k| doc.gaz[k] & (List::Demonym.bit() | List::Group.bit() | PLACE_MASK) == 0);
    // "whose New Left (Nowa Lewica) party": past a name in parentheses.
    let mut after = r.end;
    if word(after) == "(" {
        if let Some(close) = (after + 1..(after + 7).min(doc.len())).find(|&k| word(k) == ")") {
            after = close + 1;
        }
    }
    let cued = matches!(
        word(after),
        "party" | "coalition" | "alliance" | "movement" | "group" | "newspaper" | "daily" | "broadcaster"
    );
    (unlisted && cued && after < doc.len() && doc.word(after).starts_with(char::is_lowercase))
        .then(|| (format!("cue:{}", word(after)), r.end))
}

/// One past the last of up to four capitalised words from `i` on its line,
/// none in the `plain` lists.
fn capitalised_run(doc: &Doc<'_>, i: usize, plain: u16) -> usize {
    let mut end = i;
    while end < doc.len()
        && end - i < 4
        && is_capitalized(doc.word(end))
        && doc.gaz[end] & plain == 0
        && doc.toks[end].line == doc.toks[i].line
    {
        end += 1;
    }
    end
}

/// "Frontex, the EU border agency, said": a capitalised word opening a
/// sentence that no one tagged, with an apposition naming an organisation.
fn apposed_openers(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for i in (0..doc.len()).filter(|&i| doc.toks[i].sent_start) {
        let plain = List::Stop.bit() | List::Opener.bit() | List::Title.bit();
        let end = capitalised_run(doc, i, plain);
        if end == i || end >= doc.len() || doc.word(end) != "," {
            continue;
        }
        let (a, b) = (doc.toks[i].start, doc.toks[end - 1].end);
        // `ms` is sorted and free of overlaps: one binary search finds a mention here.
        let j = ms.partition_point(|m| m.end <= a);
        if ms.get(j).is_some_and(|m| m.start < b) {
            continue;
        }
        // "Undeterred, the coalition …": an opening participle or adverb is no name.
        let w = &doc.folded[i];
        if end == i + 1 && (w.ends_with("ed") || w.ends_with("ly") || w.ends_with("ing")) {
            continue;
        }
        if let Some(p) = super::persons::apposed(doc, end, ORG_CUES) {
            added.push(Mention {
                start: a,
                end: b,
                kind: EntityKind::Organization,
                rule: format!("cue:{}", &doc.folded[p]),
                role: None,
            });
        }
    }
    if !added.is_empty() {
        ms.extend(added);
        ms.sort_by_key(|m| m.start);
    }
}

/// "The independent broadcaster N1 reported": an untagged capitalised name
/// right after a lowercase organisation noun is that organisation.
fn cued_names(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for i in 1..doc.len() {
        if !is_capitalized(doc.word(i)) || doc.toks[i].sent_start || doc.toks[i].line != doc.toks[i - 1].line
        {
            continue;
        }
        let cue = doc.word(i - 1).starts_with(char::is_lowercase) && ORG_CUES.contains(&&doc.folded[i - 1]);
        if !cue {
            continue;
        }
        let plain = List::Stop.bit() | List::Opener.bit() | List::Title.bit() | List::Given.bit();
        let end = capitalised_run(doc, i, plain);
        // "offered by company N / A": a lone letter is no name.
        if end == i || doc.word(i).chars().filter(|c| c.is_alphanumeric()).count() < 2 {
            continue;
        }
        let (a, b) = (doc.toks[i].start, doc.toks[end - 1].end);
        let j = ms.partition_point(|m| m.end <= a);
        if ms.get(j).is_some_and(|m| m.start < b) {
            continue;
        }
        added.push(Mention {
            start: a,
            end: b,
            kind: EntityKind::Organization,
            rule: format!("cue:{}", &doc.folded[i - 1]),
            role: None,
        });
    }
    if !added.is_empty() {
        ms.extend(added);
        ms.sort_by_key(|m| m.start);
    }
}

/// Applies the cues of [`cue`] except to parts of longer person names
/// ("the company Thévenaz-Brändli co-founded").
fn apply_cues(doc: &Doc<'_>, ms: &mut [Mention]) {
    let found: Vec<(usize, String, usize)> = (ms.iter().enumerate())
        .filter_map(|(i, m)| cue(doc, m).map(|(rule, end)| (i, rule, end)))
        .collect();
    if found.is_empty() {
        return;
    }
    let names = person_parts(doc, ms);
    let mut done = Vec::with_capacity(found.len());
    for (i, rule, end) in found {
        if !names.contains(&doc.ids[toks(doc, &ms[i])]) {
            done.push((i, rule, end));
        }
    }
    for (i, rule, end) in done {
        let m = &mut ms[i];
        m.end = doc.toks[end - 1].end;
        m.kind = EntityKind::Organization;
        m.rule = rule;
    }
}
