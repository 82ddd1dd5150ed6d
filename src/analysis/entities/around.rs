//! Kinds and spans decided by the words around a name: portfolio words
//! before a title ("Trade Minister"), "the province of X", compass words
//! ("Southern Brazil") and places coordinated with a known place.

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::gazetteer::{List, PLACE_MASK};
use super::kinds::decide;
use super::names::strength;
use super::rules::title_len;
use super::tokens::{is_all_caps, is_capitalized};

/// Lowercase nouns that, before "of", make the next name a place.
const PLACE_OF: &[&str] = &[
    "province",
    "state",
    "city",
    "town",
    "region",
    "county",
    "village",
    "district",
    "island",
    "port",
    "municipality",
    "department",
    "prefecture",
    "republic",
    "kingdom",
    "emirate",
    "streets",
    "outskirts",
    "suburbs",
];

/// Lowercase place nouns before a comma and a name in apposition ("the
/// commercial capital, Blantyre").
const PLACE_APPOSED: &[&str] = &["capital", "city", "town", "village", "province", "region", "port"];

/// Lowercase division nouns that, after a name, make it a place.
const PLACE_AFTER: &[&str] = &[
    "river",
    "rivers",
    "valley",
    "airport",
    "stadium",
    "crossing",
    "crossings",
    "province",
    "region",
    "state",
    "prefecture",
    "oblast",
    "district",
    "governorate",
    "department",
    "municipality",
    "canton",
    "counties",
    "states",
    "provinces",
    "regions",
    "districts",
    "prefectures",
    "governorates",
];

/// The token after a short gloss in parentheses that opens at `i` ("(荒川)"),
/// else `i`.
fn gloss_end(doc: &Doc<'_>, i: usize) -> usize {
    if i >= doc.len() || doc.word(i) != "(" {
        return i;
    }
    (i + 1..(i + 6).min(doc.len()))
        .find(|&k| doc.word(k) == ")")
        .map_or(i, |k| k + 1)
}

/// Words that may follow a division noun that closes its phrase.
const CLOSERS: &[&str] = &[
    "and", "or", "of", "in", "on", "at", "to", "from", "where", "which", "that", "is", "was", "has", "had",
    "said", "says", "near", "after", "before", "since", "with", "by", "for",
];

/// Division nouns after which any verb may follow the name.
const REGIONS: &[&str] = &[
    "state",
    "province",
    "region",
    "prefecture",
    "governorate",
    "oblast",
    "district",
    "canton",
];

/// Words after "state" that make it the state as a government ("state visit").
const STATE_USES: &[&str] = &[
    "visit",
    "visits",
    "dinner",
    "banquet",
    "funeral",
    "media",
    "television",
    "tv",
    "broadcaster",
    "news",
    "radio",
    "agency",
    "secretary",
    "department",
    "councillor",
    "councilor",
    "run",
    "owned",
    "capitalism",
];

/// Compass words that open a region of a known place.
const COMPASS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "upper",
    "lower",
];

/// Lists that make a word part of a real name, not a portfolio.
const NAMED: u16 = PLACE_MASK | List::Demonym.bit() | List::Org.bit() | List::Person.bit();

/// Applies every context rule to `ms` (sorted by start).
pub fn apply(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut out = Vec::with_capacity(ms.len());
    for mut m in ms.drain(..) {
        if let Some(members) = members_of(doc, &mut m) {
            out.push(m);
            out.push(members);
        } else if portfolio(doc, &mut m) {
            place_of(doc, &mut m);
            compass(doc, &mut m);
            out.push(m);
        }
    }
    coordinated(doc, &mut out);
    plural_titled(doc, &mut out);
    legislator_of(doc, &mut out);
    examples_of_places(doc, &mut out);
    hired_as(doc, &mut out);
    out.iter_mut().for_each(|m| facility(doc, m));
    *ms = out;
    super::acronyms::defined_names(doc, ms);
    super::acronyms::bracketed(doc, ms);
    super::acronyms::translated(doc, ms);
}

/// Plural titles (not "Mrs.", "Princess", "Highness").
const PLURAL_TITLES: &[&str] = &[
    "Justices",
    "Judges",
    "Senators",
    "Sens.",
    "Representatives",
    "Reps.",
    "Governors",
];

/// "Reps. Thomas Massie of Kentucky and Victoria Spartz of Indiana",
/// "Justices A and B": a plural title covers the name coordinated with the
/// first, which is a person too.
fn plural_titled(doc: &Doc<'_>, ms: &mut [Mention]) {
    for i in 0..ms.len() {
        if ms[i].kind != EntityKind::Person {
            continue;
        }
        let Some(title) = ms[i].rule.strip_prefix("title:") else {
            continue;
        };
        // The title's last word ("Senate Justices" ends in "Justices").
        let last = title.rsplit(' ').next().unwrap_or(title);
        if !PLURAL_TITLES.iter().any(|p| last.eq_ignore_ascii_case(p)) {
            continue;
        }
        let title = title.to_string();
        let mut k = doc.tokens_in(ms[i].start, ms[i].end).end;
        let mut j = i + 1;
        // "of Kentucky": the first person's place.
        if doc.folded.get(k).is_some_and(|w| w == "of")
            && ms
                .get(j)
                .is_some_and(|n| doc.toks.get(k + 1).is_some_and(|t| t.start == n.start))
        {
            k = doc.tokens_in(ms[j].start, ms[j].end).end;
            j += 1;
        }
        let and = doc.folded.get(k).is_some_and(|w| w == "and");
        let Some(next) = ms
            .get_mut(j)
            .filter(|n| and && k + 1 < doc.len() && n.start == doc.toks[k + 1].start)
        else {
            continue;
        };
        if next.kind != EntityKind::Person && strength(&next.rule) <= 2 {
            next.kind = EntityKind::Person;
            next.rule = format!("title-coordinated:{title}");
        }
    }
}

/// Title words of elected members, whose "of X" names their home place.
const ELECTED: &[&str] = &[
    "sen",
    "senator",
    "senators",
    "sens",
    "rep",
    "reps",
    "representative",
    "representatives",
    "leader",
    "whip",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "governor",
    "mayor",
    "lawmaker",
    "speaker",
];

/// "Senate Majority Leader Andrea Stewart-Cousins of Yonkers": the weakly
/// typed name after an elected member and "of" is a place.
fn legislator_of(doc: &Doc<'_>, ms: &mut [Mention]) {
    for i in 1..ms.len() {
        let (prev, m) = (&ms[i - 1], &ms[i]);
        // Cheap checks first: most neighbours are no "X of Y" pair.
        if doc.text.get(prev.end..m.start) != Some(" of ") || prev.kind != EntityKind::Person {
            continue;
        }
        let elected = prev.rule.strip_prefix("title:").is_some_and(|t| {
            t.split([' ', '.'])
                .any(|w| ELECTED.iter().any(|e| w.eq_ignore_ascii_case(e)))
        });
        if !elected || m.kind == EntityKind::Place || strength(&m.rule) > 2 {
            continue;
        }
        ms[i].kind = EntityKind::Place;
        ms[i].rule = "place-of:elected".into();
    }
}

/// Lowercase nouns of built or natural sites after a name ("the Salto
/// Cerrito dam", "the Itaipu hydroelectric dam").
pub const SITES: &[&str] = &[
    "dam",
    "reservoir",
    "canal",
    "mine",
    "refinery",
    "dike",
    "levee",
    "oilfield",
    "crossing",
];

/// A weakly typed name before a site noun (one adjective may come between) is a place.
fn facility(doc: &Doc<'_>, m: &mut Mention) {
    let r = doc.tokens_in(m.start, m.end);
    if m.kind == EntityKind::Place || strength(&m.rule) >= 3 {
        return;
    }
    let lower = |j: usize| j < doc.len() && doc.word(j).starts_with(char::is_lowercase);
    let site = |j: usize| lower(j) && SITES.contains(&&doc.folded[j]);
    if site(r.end) || (lower(r.end) && site(r.end + 1)) {
        m.kind = EntityKind::Place;
        m.rule = "place-site".into();
    }
}

/// "reappointed Aden Duale as defence minister": a weakly typed name
/// followed by "as" and a role is a person.
fn hired_as(doc: &Doc<'_>, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        let r = doc.tokens_in(m.start, m.end);
        if m.kind == EntityKind::Person || strength(&m.rule) >= 3 || r.len() < 2 {
            continue;
        }
        if doc.folded.get(r.end).is_none_or(|w| w != "as") {
            continue;
        }
        let role = (r.end + 1..(r.end + 4).min(doc.len()))
            .take_while(|&j| doc.word(j).starts_with(char::is_lowercase))
            .any(|j| doc.is(j, List::Title));
        if role {
            m.kind = EntityKind::Person;
            m.rule = "role-as".into();
        }
    }
}

/// "European Competition Commissioner Ana Ruiz", "Trade Cabinet Secretary":
/// capitalised words before a title that introduces a person belong to the
/// role; listed words before them (a demonym, a country) stay. Returns
/// false when nothing of the mention is left.
fn portfolio(doc: &Doc<'_>, m: &mut Mention) -> bool {
    if m.kind == EntityKind::Person || strength(&m.rule) >= 3 {
        return true;
    }
    let r = doc.tokens_in(m.start, m.end);
    let titled = |t: usize| {
        let n = title_len(doc, t, doc.len());
        n > 0
            && t + n >= r.end
            && doc.toks.get(t + n).is_some_and(|x| x.line == doc.toks[t].line)
            && doc.word(t + n).starts_with(char::is_uppercase)
    };
    // ("Milwaukee County Executive": the county of a county title stays.)
    let Some(cut) = (r.start + 1..=r.end).find(|&t| t < doc.len() && titled(t) && &doc.folded[t] != "county")
    else {
        return true;
    };
    // ("Democratic Gov. Katie Hobbs": the party stays a group of its own.)
    let named = |k: usize| {
        doc.gaz[k] & NAMED != 0
            || is_all_caps(doc.word(k))
            || matches!(doc.word(k), "Democratic" | "Republican")
    };
    // "Cochise County Recorder Tom Hadley": a county before the title is the
    // office's jurisdiction, a place of its own.
    if cut >= r.start + 2 && matches!(&doc.folded[cut - 1], "county" | "parish" | "borough") {
        m.end = doc.toks[cut - 1].end;
        m.kind = EntityKind::Place;
        m.rule = format!("place-tail:{}", doc.word(cut - 1));
        return true;
    }
    let Some(last) = (r.start..cut).rev().find(|&k| named(k)) else {
        return false;
    };
    if last + 1 < r.end {
        let (kind, why) = decide(doc, r.start, last + 1, None);
        m.end = doc.toks[last].end;
        m.kind = kind;
        m.rule = why;
    }
    true
}

/// "Senate Republicans", "House Democrats": an institution, then its
/// members' group (other); `m` keeps the institution, the group is returned.
fn members_of(doc: &Doc<'_>, m: &mut Mention) -> Option<Mention> {
    let r = doc.tokens_in(m.start, m.end);
    let last = r.end.checked_sub(1)?;
    let group = doc.gaz[last] == List::Group.bit();
    let plural = doc.folded[last].ends_with('s') && group;
    let party_member = group
        && matches!(
            &doc.folded[last],
            "republican" | "democrat" | "democrats" | "republicans"
        );
    if r.len() < 2 || !(plural || party_member) || m.kind == EntityKind::Other {
        return None;
    }
    let (kind, why) = decide(doc, r.start, last, None);
    let institution = (kind == EntityKind::Organization && why.starts_with("gazetteer"))
        || (r.len() == 2 && matches!(&doc.folded[r.start], "house" | "congressional"));
    // "a Maine Republican", "Texas Democrats": a listed place, then its party's members.
    let listed = (r.start..last).all(|k| doc.gaz[k] & PLACE_MASK != 0);
    let place = kind == EntityKind::Place && last - r.start <= 3 && (listed || why.starts_with("gazetteer"));
    if !institution && !place {
        return None;
    }
    m.end = doc.toks[last - 1].end;
    m.kind = if place {
        EntityKind::Place
    } else {
        EntityKind::Organization
    };
    m.rule = why;
    Some(Mention {
        start: doc.toks[last].start,
        end: doc.toks[last].end,
        kind: EntityKind::Other,
        rule: "gazetteer:groups".into(),
        role: None,
    })
}

/// "Ondo State", "Lagos State Governor …": a name and a capitalised "State"
/// is a state of a federation (Nigeria, India, Malaysia), though not "Ohio
/// State" (a university), "Islamic State" or "Secretary of State". Takes a
/// following "State" into a place mention; returns true when it retyped `m`.
fn named_state(doc: &Doc<'_>, m: &mut Mention) -> bool {
    let r = doc.tokens_in(m.start, m.end);
    if r.is_empty() || strength(&m.rule) >= 3 && m.kind != EntityKind::Place {
        return false;
    }
    let (first, last) = (r.start, r.end - 1);
    let state_at =
        |k: usize| doc.toks.get(k).is_some_and(|t| t.line == doc.toks[first].line) && doc.word(k) == "State";
    let (inside, next) = (
        r.len() >= 2 && state_at(last),
        !(r.len() >= 2 && state_at(last)) && state_at(r.end),
    );
    let excluded =
        List::State.bit() | List::Demonym.bit() | List::Group.bit() | List::OrgWord.bit() | List::Title.bit();
    let plain = r.len() == 1 + usize::from(inside) && doc.gaz[first] & excluded == 0 && !doc.caps_line[first];
    if !plain || !(inside || next) {
        return false;
    }
    // "Washington State University", "Lagos State Government": an organisation's
    // head word after "State" makes the whole an organisation, left alone.
    let after = if inside { r.end } else { r.end + 1 };
    if doc
        .gaz
        .get(after)
        .is_some_and(|&g| g & (List::OrgWord.bit() | List::Org.bit()) != 0)
        && is_capitalized(doc.word(after))
    {
        return false;
    }
    if next {
        m.end = doc.toks[r.end].end;
    }
    m.kind = EntityKind::Place;
    m.rule = "place-before:State".into();
    true
}

/// "the province of Misiones": a weakly typed name after a place noun and "of".
fn place_of(doc: &Doc<'_>, m: &mut Mention) {
    let r = doc.tokens_in(m.start, m.end);
    // "Charles de Gaulle airport", "Ben Gurion airport": a person's name before
    // a facility noun names the facility, whatever list knows the person.
    let facility = doc
        .folded
        .get(r.end)
        .is_some_and(|w| matches!(w, "airport" | "stadium"))
        && doc.word(r.end).starts_with(char::is_lowercase);
    if facility && m.kind == EntityKind::Person {
        m.kind = EntityKind::Place;
        m.rule = format!("place-before:{}", doc.word(r.end));
        return;
    }
    // "deforestation in the Amazon": the forest and river, not the company.
    if doc.text[m.start..m.end] == *"Amazon"
        && r.start >= 1
        && doc.word(r.start - 1) == "the"
        && !doc
            .toks
            .get(r.end)
            .is_some_and(|t| is_capitalized(&doc.text[t.start..t.end]))
    {
        m.kind = EntityKind::Place;
        m.rule = "place-of:the".into();
        return;
    }
    if named_state(doc, m) || m.kind == EntityKind::Place || strength(&m.rule) >= 3 {
        return;
    }
    // "Misiones province", "Kaduna state", "the Arakawa (荒川) river": a lowercase
    // division or landform noun after the name, past a gloss in parentheses.
    let after = gloss_end(doc, r.end);
    if let Some(noun) = doc.folded.get(after).filter(|n| PLACE_AFTER.contains(n)) {
        // The noun closes its phrase: "Kaduna state," but not "Nordstrom department store".
        let closes = doc
            .toks
            .get(after + 1)
            .is_none_or(|t| t.line != doc.toks[after].line)
            || !doc.word(after + 1).starts_with(char::is_lowercase)
            || CLOSERS.contains(&&doc.folded[after + 1])
            // "Anambra state go to the polls" (not "a state visit", "the state
            // news agency").
            || (REGIONS.contains(&noun)
                && !STATE_USES.contains(&&doc.folded[after + 1])
                // ("The TMC district president": a party's acronym.)
                && !is_all_caps(doc.word(r.start)));
        // A landform or facility names a place whatever follows ("the Arakawa
        // river flood-control works").
        let landform = matches!(
            noun,
            "river"
                | "rivers"
                | "valley"
                | "lake"
                | "island"
                | "islands"
                | "islets"
                | "airport"
                | "stadium"
                | "crossing"
                | "crossings"
        );
        if (closes || landform)
            && doc.word(after).starts_with(char::is_lowercase)
            && doc.toks[after].line == doc.toks[r.start].line
        {
            m.kind = EntityKind::Place;
            m.rule = format!("place-before:{noun}");
            return;
        }
    }
    // "the commercial capital, Blantyre": a place noun and a comma before the name.
    let closed = doc
        .toks
        .get(r.end)
        .is_none_or(|t| matches!(&doc.text[t.start..t.end], "," | "." | ";"));
    let apposed = r.start >= 2
        && closed
        && doc.word(r.start - 1) == ","
        && PLACE_APPOSED.contains(&&doc.folded[r.start - 2])
        && doc.word(r.start - 2).starts_with(char::is_lowercase);
    if apposed {
        m.kind = EntityKind::Place;
        m.rule = format!("place-of:{}", doc.word(r.start - 2));
        return;
    }
    if r.start < 2 || &doc.folded[r.start - 1] != "of" {
        return;
    }
    let noun = r.start - 2;
    if PLACE_OF.contains(&&doc.folded[noun]) && doc.word(noun).starts_with(char::is_lowercase) {
        m.kind = EntityKind::Place;
        m.rule = format!("place-of:{}", doc.word(noun));
    }
}

/// "Southern Brazil": a compass word before a listed place.
fn compass(doc: &Doc<'_>, m: &mut Mention) {
    let r = doc.tokens_in(m.start, m.end);
    if m.kind == EntityKind::Place {
        return;
    }
    if r.len() == 1 && strength(&m.rule) <= 2 && side_of_town(&doc.folded[r.start]) {
        m.kind = EntityKind::Place;
        m.rule = format!("place-compass:{}", doc.word(r.start));
        return;
    }
    if r.len() < 2 || !COMPASS.contains(&&doc.folded[r.start]) {
        return;
    }
    if (r.start + 1..r.end).all(|k| doc.gaz[k] & PLACE_MASK != 0) {
        m.kind = EntityKind::Place;
        m.rule = format!("place-compass:{}", doc.word(r.start));
    }
}

/// "Westside", "Northend": one word naming a part of a town by its compass side.
fn side_of_town(w: &str) -> bool {
    ["north", "south", "east", "west"]
        .iter()
        .filter_map(|c| w.strip_prefix(c))
        .any(|rest| matches!(rest, "side" | "end"))
}

/// "between Concordia and Salto": a weakly typed one-word name joined by
/// "and" / "or" to a listed place is a place too.
fn coordinated(doc: &Doc<'_>, ms: &mut [Mention]) {
    // A place preposition before the pair ("in Darbhanga and Purnia").
    let prep = |m: &Mention| {
        let r = doc.tokens_in(m.start, m.end);
        r.start > 0
            && matches!(
                &doc.folded[r.start - 1],
                "in" | "near" | "from" | "between" | "across"
            )
    };
    let listed_place = |m: &Mention| m.kind == EntityKind::Place && strength(&m.rule) >= 3;
    let weak = |m: &Mention| {
        m.kind != EntityKind::Place && strength(&m.rule) < 3 && !doc.text[m.start..m.end].contains(' ')
    };
    for i in 1..ms.len() {
        let gap = doc.text.get(ms[i - 1].end..ms[i].start).unwrap_or("").trim();
        if gap != "and" && gap != "or" {
            continue;
        }
        let (a, b) = (&ms[i - 1], &ms[i]);
        // "between Concordia and Salto": a place preposition before the pair
        // lets a place of any strength decide its partner.
        let placed = |m: &Mention| listed_place(m) || (m.kind == EntityKind::Place && prep(a));
        // After a place preposition a weak name of several words may follow too
        // ("between Paso de los Libres and Uruguaiana").
        let loose =
            |m: &Mention| weak(m) || (prep(a) && m.kind != EntityKind::Place && strength(&m.rule) < 3);
        // "the Koshi and Bagmati rivers": a plural noun after the pair names both.
        let shared = b.rule.starts_with("place-before:") && b.rule.ends_with('s');
        let target = if placed(a) && loose(b) {
            i
        } else if (placed(b) && loose(a)) || (shared && strength(&a.rule) < 3 && a.kind != EntityKind::Place)
        {
            i - 1
        } else {
            continue;
        };
        ms[target].kind = EntityKind::Place;
        ms[target].rule = "place-coordinated".into();
        // "Lancaster, Berks and York counties": the list before the pair too.
        if shared && target == i - 1 {
            let mut k = i - 1;
            while k >= 1
                && doc
                    .text
                    .get(ms[k - 1].end..ms[k].start)
                    .is_some_and(|g| g.trim() == ",")
                && strength(&ms[k - 1].rule) < 3
                && !doc.text[ms[k - 1].start..ms[k - 1].end].contains(' ')
            {
                k -= 1;
                ms[k].kind = EntityKind::Place;
                ms[k].rule = "place-coordinated".into();
            }
        }
    }
    // "shares in Rheinmetall and Saab": a weak one-word name coordinated with an
    // organisation a cue found is one too.
    let cued = |m: &Mention| m.kind == EntityKind::Organization && m.rule.starts_with("cue:");
    for i in 1..ms.len() {
        let gap = doc.text.get(ms[i - 1].end..ms[i].start).unwrap_or("").trim();
        let loose = strength(&ms[i].rule) < 3 && !doc.text[ms[i].start..ms[i].end].contains(' ');
        if (gap == "and" || gap == "or")
            && cued(&ms[i - 1])
            && loose
            && ms[i].kind != EntityKind::Organization
        {
            ms[i].kind = EntityKind::Organization;
            ms[i].rule = "org-coordinated".into();
        }
    }
}

/// Plural place nouns that introduce examples ("towns such as …").
const PLACE_KINDS: &[&str] = &[
    "towns",
    "cities",
    "villages",
    "countries",
    "provinces",
    "regions",
    "states",
    "islands",
    "ports",
    "districts",
    "capitals",
    "nations",
    "municipalities",
    "prefectures",
    "counties",
    "communities",
];

/// "coastal towns of Miyagi Prefecture such as Ishinomaki and Minamisanriku":
/// weak names listed after "such as" or "including" that follows a plural
/// place noun are places.
fn examples_of_places(doc: &Doc<'_>, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        if m.kind == EntityKind::Place || strength(&m.rule) >= 3 {
            continue;
        }
        let r = doc.tokens_in(m.start, m.end);
        // Walk back over the list: names, commas, "and"/"or", glosses in parentheses.
        let mut k = r.start;
        let mut steps = 0;
        while k > 0 && steps < 30 {
            let w = &doc.folded[k - 1];
            let listy = matches!(w, "," | "and" | "or" | "(" | ")")
                || is_capitalized(doc.word(k - 1))
                || !doc.word(k - 1).chars().any(char::is_alphanumeric)
                || !doc.word(k - 1).is_ascii();
            if !listy || doc.toks[k - 1].line != doc.toks[r.start].line {
                break;
            }
            k -= 1;
            steps += 1;
        }
        let intro = (k >= 2 && &doc.folded[k - 2] == "such" && &doc.folded[k - 1] == "as")
            .then(|| k - 2)
            .or_else(|| (k >= 1 && &doc.folded[k - 1] == "including").then(|| k - 1));
        let Some(p) = intro else {
            continue;
        };
        let kinds = (p.saturating_sub(8)..p).any(|j| PLACE_KINDS.contains(&&doc.folded[j]));
        if kinds {
            m.kind = EntityKind::Place;
            m.rule = "place-example".into();
        }
    }
}
