//! Turns tagger spans into mentions: roles written before a person, the rule
//! that explains the kind, and place compounds such as "US-Canada".

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::gazetteer::{List, PLACE_MASK};
use super::kinds::{decide, split_hyphen};
use super::rules::{listed_whole, opener, title_len};

/// True when token `j` is (part of) a title.
/// Prepositions after which a listed place is a place, not a team.
const PLACE_PREPS: &[&str] = &["in", "at", "from", "to", "near", "across", "outside", "into"];

/// Words that never start a name found by the tagger.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
];

fn titled(doc: &Doc<'_>, j: usize) -> bool {
    doc.is(j, List::Title) || (doc.gspan[j].0 != 0 && doc.gspan[j].1 & List::Title.bit() != 0)
}

/// The title and nationality words right before token `a`, as written.
#[must_use]
pub fn role_before(doc: &Doc<'_>, a: usize) -> Option<String> {
    let mut j = a;
    while j > 0 && titled(doc, j - 1) && doc.toks[j - 1].line == doc.toks[a].line {
        j -= 1;
    }
    if j == a {
        return None;
    }
    if j > 0 && (doc.is(j - 1, List::Demonym) || doc.is(j - 1, List::Country)) {
        j -= 1;
    }
    let first = doc.word(j);
    if !first.chars().next().is_some_and(char::is_uppercase) && j + 1 == a {
        return None;
    }
    Some(doc.text[doc.toks[j].start..doc.toks[a - 1].end].to_string())
}

/// True when token `i` has no letter or digit, or is a possessive `'s`.
fn filler(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.word(i);
    !w.chars().any(char::is_alphanumeric) || &doc.folded[i] == "'s"
}

/// Drops determiners, punctuation, possessives, stray lowercase words and
/// trailing title words from a tagger span; `None` when nothing is left.
fn trim(doc: &Doc<'_>, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    if let Some(k) = (a + 1..b).find(|&k| matches!(doc.word(k), "(" | ")" | "[" | "]" | "," | ";")) {
        b = k;
    }
    let stop = |k: usize| (DETERMINERS.contains(&&doc.folded[k]) && doc.gspan[k].0 == 0) || opener(doc, k);
    while a < b && (filler(doc, a) || stop(a)) {
        a += 1;
    }
    let lower = |k: usize| {
        let w = doc.word(k);
        w.chars().next().is_some_and(char::is_lowercase) && !w.chars().any(char::is_uppercase)
    };
    // "Labour MPs": members written after their party are not its name.
    let members = |k: usize| {
        matches!(
            &doc.folded[k],
            "mps" | "meps" | "tds" | "msps" | "mlas" | "mp" | "mep" | "td" | "msp" | "mla"
        )
    };
    while b > a && (filler(doc, b - 1) || lower(b - 1) || members(b - 1)) {
        b -= 1;
    }
    while a < b && lower(a) {
        a += 1;
    }
    // (A county title's "County" stays: it is the jurisdiction's.)
    if let Some(t) = (a + 1..b).find(|&t| title_len(doc, t, doc.len()) > b - t && &doc.folded[t] != "county")
    {
        b = t;
    }
    if (a..b).all(|k| titled(doc, k)) || (b - a == 1 && party_state(doc.word(a))) {
        return None;
    }
    // "Moody's", "McDonald's": a listed name that ends in its possessive keeps it.
    if doc.gspan[a].0 == 1 && b < doc.len() && &doc.folded[b] == "'s" {
        let listed_end = (a + 1..doc.len())
            .find(|&e| doc.gspan[e].0 != 2)
            .unwrap_or(doc.len());
        if listed_end == b + 1 {
            b += 1;
        }
    }
    Some((a, b))
}

/// AP-style party and state tags such as `D-Mass` or `R-Ohio`.
fn party_state(w: &str) -> bool {
    let mut cs = w.chars();
    matches!(cs.next(), Some('D' | 'R' | 'I'))
        && cs.next() == Some('-')
        && cs.next().is_some_and(char::is_uppercase)
}

/// "New York Mayor Michael Bloomberg": a title inside a tagger span splits
/// it into the name before and the person after (the title becomes a role).
fn split_at_title(doc: &Doc<'_>, a: usize, b: usize, kind: EntityKind) -> Option<Vec<Mention>> {
    let (t, n) = (a + 1..b)
        .find_map(|t| Some((t, title_len(doc, t, b))).filter(|x| x.1 > 0 && t + x.1 < b))
        .filter(|_| !listed_whole(doc, a, b))?;
    // "Milwaukee County Executive David Crowley": the county of a county
    // title names the jurisdiction too.
    let jurisdiction = if &doc.folded[t] == "county" { t + 1 } else { t };
    let (listed, why) = decide(doc, a, jurisdiction, None);
    // "Cochise County Recorder Tom Hadley": the jurisdiction before the
    // title keeps the kind its list or its head word gives it.
    let kind = if jurisdiction > t || matches!(&doc.folded[t - 1], "county" | "parish" | "borough") {
        EntityKind::Place
    } else if why.starts_with("gazetteer:") || why.starts_with("org-suffix") {
        listed
    } else if t >= a + 2 && super::tails::PLACE_TAILS.contains(&&doc.folded[t - 1]) {
        EntityKind::Place
    } else {
        kind
    };
    let mut out = mention(doc, a, jurisdiction, kind);
    out.extend(mention(doc, t + n, b, EntityKind::Person));
    Some(out)
}

/// Lowercase words that never stand inside a name.
const CLAUSE_WORDS: &[&str] = &[
    "with", "from", "after", "before", "during", "since", "until", "was", "were", "are", "has", "had",
    "have", "said", "says", "told", "who", "which", "that", "when",
];

/// The mentions for tagger span `[a, b)` of `kind`.
#[must_use]
pub fn mention(doc: &Doc<'_>, a: usize, b: usize, kind: EntityKind) -> Vec<Mention> {
    let Some((a, b)) = trim(doc, a, b) else {
        return Vec::new();
    };
    if let Some(out) = split_at_title(doc, a, b, kind) {
        return out;
    }
    // "New Zealand First in November 2023": a tagger span never runs over a
    // lowercase preposition or verb; what follows it is a name of its own
    // only when it does not open with a date word or a number.
    // ("in" and "at" belong to names such as "Organisation for Security and
    // Cooperation in Europe" or "University of Texas at Austin": they end one
    // only before a date word or a number.)
    let dated = |k: usize| {
        matches!(doc.word(k), "in" | "at" | "on")
            && k + 1 < b
            && (doc.gaz[k + 1] & List::Stop.bit() != 0
                || doc.word(k + 1).starts_with(|c: char| c.is_ascii_digit()))
    };
    if let Some(k) = (a + 1..b).find(|&k| CLAUSE_WORDS.contains(&doc.word(k)) || dated(k)) {
        let mut out = mention(doc, a, k, kind);
        let named = k + 1 < b
            && doc.gaz[k + 1] & List::Stop.bit() == 0
            && !doc.word(k + 1).starts_with(|c: char| c.is_ascii_digit());
        if named {
            out.extend(mention(doc, k + 1, b, kind));
        }
        return out;
    }
    // "Sabah UMNO leaders": a listed place before an acronym is the place and
    // the organisation's branch there.
    let acronym = doc.word(b - 1);
    if b - a == 2
        && doc.gaz[a] & PLACE_MASK != 0
        && !super::tokens::is_all_caps(doc.word(a))
        // (A listed organisation: "Paris SG", "Algeria TV", "Delhi NCR" are names.)
        && acronym.len() >= 3
        && acronym.chars().all(|c| c.is_ascii_uppercase())
        && doc.is(b - 1, List::Org)
    {
        let mut out = mention(doc, a, a + 1, EntityKind::Place);
        out.extend(mention(doc, a + 1, b, EntityKind::Organization));
        return out;
    }
    let role = if kind == EntityKind::Person {
        role_before(doc, a)
    } else {
        None
    };
    let (decided, why) = decide(doc, a, b, role.as_deref());
    let known = matches!(
        why.as_str(),
        "gazetteer:orgs" | "gazetteer:people" | "gazetteer:surnames"
    );
    let prep = a > 0 && PLACE_PREPS.contains(&&doc.folded[a - 1]);
    let titled_next = b < doc.len() && titled(doc, b) && doc.word(b).starts_with(char::is_uppercase);
    let place = (prep || titled_next) && decided == EntityKind::Place && kind == EntityKind::Organization;
    // "Tausi Securities": a firm's head word last makes an organisation of a "person".
    let firm = kind == EntityKind::Person && b - a >= 2 && doc.is(b - 1, List::OrgWord) && role.is_none();
    // "Gaza Health Ministry": a government body's head word last makes an
    // organisation of a "place".
    let body = kind == EntityKind::Place
        && b - a >= 2
        && doc.is(b - 1, List::OrgWord)
        && matches!(
            &doc.folded[b - 1],
            "ministry"
                | "commission"
                | "agency"
                | "council"
                | "authority"
                | "office"
                | "department"
                | "directorate"
                | "cartel"
        );
    let firm = firm || body;
    // "Irish Taoiseach Micheál Martin": a nationality before a title is one.
    let nation = titled_next && b - a == 1 && decided == EntityKind::Other && doc.is(a, List::Demonym);
    let kind = if known || place || firm || nation {
        decided
    } else {
        kind
    };
    let reason =
        if decided == kind && why != "drop" && !why.starts_with("default") && !why.starts_with("shape") {
            why
        } else {
            "tagger".to_string()
        };
    let mut out = Vec::new();
    let compound = matches!(
        kind,
        EntityKind::Place | EntityKind::Other | EntityKind::Organization
    );
    if b - a == 1 && compound && split_hyphen(doc, a, &mut out) {
        return out;
    }
    if kind == EntityKind::Organization {
        if let Some(k) = split_listed(doc, a, b) {
            out.extend(mention(doc, a, k, kind));
            out.extend(mention(doc, k + 1, b, kind));
            return out;
        }
    }
    vec![Mention {
        start: doc.toks[a].start,
        end: doc.toks[b - 1].end,
        kind,
        rule: reason,
        role,
    }]
}

/// The `and` / `&` inside `[a, b)` that joins two names, one of them a listed
/// organisation (`Goldman Sachs and JPMorgan Chase`).
fn split_listed(doc: &Doc<'_>, a: usize, b: usize) -> Option<usize> {
    let listed = |x: usize, y: usize| {
        let (_, why) = decide(doc, x, y, None);
        why == "gazetteer:orgs"
    };
    (a + 1..b.saturating_sub(1))
        .find(|&k| matches!(&doc.folded[k], "and" | "&") && (listed(a, k) || listed(k + 1, b)))
}

/// Combines tagger and rule mentions: a strong multi-word person name from
/// the rules (title or given name decided it) replaces the tagger's pieces
/// inside it, and leading titles move from tagger names into roles.
#[must_use]
pub fn reconcile(doc: &Doc<'_>, rules: &[Mention], tagged: Vec<Mention>) -> Vec<Mention> {
    let mut pending: Vec<Mention> = tagged.into_iter().filter_map(|m| strip_title(doc, m)).collect();
    // Both lists are sorted and free of overlaps. One merge walk keeps it
    // linear on long texts: `out` holds what lies before the current rule,
    // `rest` what lies from it on; the mentions a rule touches are the tail
    // of `out` that reaches into it and the head of `rest` that starts in it.
    pending.sort_by_key(|m| m.start);
    // The walk needs the rules in text order too.
    let sorted: Vec<Mention>;
    let rules = if rules.windows(2).all(|w| w[0].start <= w[1].start) {
        rules
    } else {
        sorted = {
            let mut v = rules.to_vec();
            v.sort_by_key(|m| m.start);
            v
        };
        &sorted
    };
    let mut out: Vec<Mention> = Vec::with_capacity(pending.len() + rules.len());
    let mut rest = pending.into_iter().peekable();
    let mut window: Vec<Mention> = Vec::new();
    for r in rules {
        while rest.peek().is_some_and(|m| m.end <= r.start) {
            out.extend(rest.next());
        }
        window.clear();
        while out.last().is_some_and(|m| m.end > r.start) {
            window.extend(out.pop());
        }
        window.reverse();
        while let Some(m) = rest.next_if(|m| m.start < r.end) {
            window.push(m);
        }
        let mut from = 0;
        if r.rule.starts_with("org-suffix:") && !window.is_empty() && keep_owner(doc, r, &mut window[0]) {
            from = 1;
        }
        out.extend(window.drain(..from));
        if rule_wins(doc, r, &window) {
            // Pieces wholly inside the title before the name stay ("South African").
            out.extend(window.drain(..).filter(|m| m.end <= r.start));
            out.push(r.clone());
            continue;
        }
        if let (Some(role), true) = (&r.role, r.kind == EntityKind::Person) {
            // The tagger found the same person: it keeps the role the title gave.
            if let Some(m) = window.iter_mut().find(|m| m.start == r.start && m.end == r.end) {
                m.role.get_or_insert_with(|| role.clone());
            }
        }
        out.append(&mut window);
    }
    out.extend(rest);
    out
}

/// "the Commission's Directorate-General …" tagged from "Commission": the
/// owner before the possessive keeps its own mention, cut before the `'s`.
fn keep_owner(doc: &Doc<'_>, r: &Mention, m: &mut Mention) -> bool {
    if m.start >= r.start || m.end > r.end {
        return false;
    }
    let owner = doc.text[m.start..r.start].trim_end();
    let Some(name) = owner
        .strip_suffix("'s")
        .or_else(|| owner.strip_suffix("\u{2019}s"))
    else {
        return false;
    };
    m.end = m.start + name.trim_end().len();
    m.rule = "tagger".into();
    true
}

/// Whether the multi-word rule span `r` replaces the tagger's mentions `inside` it.
fn rule_wins(doc: &Doc<'_>, r: &Mention, inside: &[Mention]) -> bool {
    if !doc.text[r.start..r.end].contains(' ') {
        return false;
    }
    let strong = ["title:", "given-name:", "gazetteer:people", "initials:"]
        .iter()
        .any(|p| r.rule.starts_with(p));
    let person = r.kind == EntityKind::Person && strong;
    let (org_head, head_untagged) = org_head(doc, r, inside);
    // A listed multi-word organisation wins over the tagger's pieces of it.
    let listed_org = r.rule == "gazetteer:orgs" && !inside.is_empty();
    if !(person || org_head || listed_org || national_institution(doc, r, inside)) {
        return false;
    }
    // A titled person also covers the pieces the tagger made of its title
    // ("Finance Enoch Godongwana" under "Minister of Finance Enoch Godongwana").
    let from = match (&r.role, r.rule.starts_with("title:")) {
        (Some(role), true) => r.start.saturating_sub(role.len() + 1),
        _ => r.start,
    };
    let contained = inside.iter().all(|m| m.start >= from && m.end <= r.end);
    let crossing = from < r.start && inside.iter().any(|m| m.start < r.start && m.end > r.start);
    let same = inside.iter().any(|m| m.kind == r.kind);
    let exact = inside.len() == 1 && inside[0].start == r.start && inside[0].end == r.end;
    let listed = person && r.rule.starts_with("gazetteer:people");
    let fresh = inside.is_empty() && person;
    (contained && same && !exact)
        || fresh
        || (listed && !exact)
        || (listed_org && contained && !exact)
        || (org_head && head_untagged && contained)
        || (person && contained && crossing)
        || (contained && national_institution(doc, r, inside))
}

/// "Canadian Chamber of Commerce", "Russian Academy of Sciences": a
/// nationality, an organisation's head word and an "of" complement that the
/// tagger broke into pieces none of which is an organisation.
fn national_institution(doc: &Doc<'_>, r: &Mention, inside: &[Mention]) -> bool {
    let rt = doc.tokens_in(r.start, r.end);
    if !r.rule.starts_with("org-suffix:")
        || rt.len() < 3
        || !doc.is(rt.start, List::Demonym)
        || inside
            .iter()
            .any(|m| m.kind == EntityKind::Organization && m.end != r.end)
    {
        return false;
    }
    // "Canadian Chamber of Commerce"; "Turkish Statistical Institute", but not
    // "Turkish Foreign Ministry" (a nationality before a body every state has).
    let of = doc.is(rt.start + 1, List::OrgWord) && &doc.folded[rt.start + 2] == "of";
    let head = rt.end - 1;
    let named = doc.is(head, List::OrgWord) && !STATE_BODIES.contains(&&doc.folded[head]);
    of || named
}

/// Bodies every state has: a nationality before them stays apart.
const STATE_BODIES: &[&str] = &[
    "ministry",
    "senate",
    "parliament",
    "government",
    "cabinet",
    "army",
    "navy",
    "police",
    "embassy",
    "duma",
    "congress",
    "assembly",
    "presidency",
    "coalition",
    "court",
    "military",
    "forces",
    "office",
];

/// For an organisation span found by its head word: whether the tagger
/// agrees on the head or cut the name right after it ("Union | for the
/// Homeland"), and whether it left the head word out altogether
/// ("Directorate-General for Competition").
fn org_head(doc: &Doc<'_>, r: &Mention, inside: &[Mention]) -> (bool, bool) {
    if !r.rule.starts_with("org-suffix:") {
        return (false, false);
    }
    let rt = doc.tokens_in(r.start, r.end);
    let connector = |k: usize| matches!(&doc.folded[k], "of" | "for");
    let head_untagged =
        !inside.iter().any(|m| m.start < doc.toks[rt.start].end) && (rt.start + 1..rt.end).any(connector);
    let agrees = inside
        .iter()
        .any(|m| m.start == r.start && m.kind == EntityKind::Organization);
    let opens = doc.is(rt.start, List::OrgWord) && (head_untagged || agrees);
    let cut_at_head = (rt.start..rt.end.saturating_sub(1)).any(|k| {
        doc.is(k, List::OrgWord)
            && connector(k + 1)
            && inside
                .iter()
                .any(|m| m.kind == EntityKind::Organization && m.end == doc.toks[k].end)
    });
    (opens || cut_at_head, head_untagged)
}

/// Moves leading title words of a tagger mention into its role.
fn strip_title(doc: &Doc<'_>, mut m: Mention) -> Option<Mention> {
    let range = doc.tokens_in(m.start, m.end);
    let mut a = range.start;
    while a < range.end && titled(doc, a) {
        a += 1;
    }
    if a == range.start {
        return Some(m);
    }
    if a == range.end {
        return None;
    }
    // "General Intelligence Service": the head word at the end makes the whole
    // an organisation, title-like first word included.
    if doc.is(range.end - 1, List::OrgWord) && a - range.start == 1 {
        m.kind = EntityKind::Organization;
        m.rule = format!("org-suffix:{}", doc.word(range.end - 1));
        return Some(m);
    }
    if a + 1 == range.end && super::tails::PLACE_TAILS.contains(&&doc.folded[a]) {
        m.kind = EntityKind::Place;
        m.rule = format!("place-tail:{}", doc.word(a));
        return Some(m);
    }
    if doc.is(a, List::OrgWord) {
        m.kind = EntityKind::Organization;
        return Some(m);
    }
    let role = doc.text[m.start..doc.toks[a - 1].end].to_string();
    m.start = doc.toks[a].start;
    m.kind = EntityKind::Person;
    m.role = Some(m.role.map_or(role.clone(), |r| format!("{r} {role}")));
    m.rule = format!("title:{role}");
    Some(m)
}
