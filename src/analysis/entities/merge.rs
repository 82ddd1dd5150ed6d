//! Merges the mentions of one article into entities (aliases, surnames, acronyms).

use super::super::{Entity, EntityKind, Span};
use super::doc::Mention;
use super::fasthash::FastMap;
use super::names::{norm, strength};

mod partial;

/// Company-name tails that may be left out ("Magna International Inc" → "Magna").
const CORP_TAIL: &[&str] = &[
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "plc",
    "ag",
    "sa",
    "nv",
    "llc",
    "group",
    "holdings",
    "international",
    "company",
    "industries",
    "gmbh",
    "spa",
    "party",
    "uk",
];

/// The first entries of [`CORP_TAIL`] are legal forms ("AG", "Inc"): a name
/// ending in one also owns its shorter prefixes ("Kestrel Data AG" → "Kestrel").
const LEGAL_FORMS: usize = 14;

/// News agencies' short names, which follow names in datelines and credits.
const AGENCIES: &[&str] = &[
    "ap", "afp", "upi", "dpa", "ansa", "efe", "apa", "pa", "ani", "pti", "aa", "bna",
];

/// Words skipped when building an acronym from a long form.
const MINOR: &[&str] = &["of", "for", "and", "&", "the", "on", "at", "de", "in"];

/// One entity under construction.
#[derive(Debug)]
struct Group {
    kind: EntityKind,
    rule: String,
    strength: u8,
    words: Vec<String>,
    forms: Vec<String>,
    mentions: Vec<Span>,
    roles: Vec<String>,
}

/// Groups under construction plus lookup indexes.
#[derive(Default)]
struct Merger {
    groups: Vec<Group>,
    exact: FastMap<String, Vec<usize>>,
    by_word: FastMap<String, Vec<usize>>,
    initials: FastMap<String, usize>,
    by_first: FastMap<String, Vec<usize>>,
    by_head: FastMap<String, Vec<usize>>,
}

impl Merger {
    fn find(&self, m: &Mention, surface: &str, key: &str) -> Option<usize> {
        let own = strength(&m.rule);
        let fits = |g: usize| self.groups[g].kind == m.kind || own < self.groups[g].strength;
        let shared = self.by_word.get(key).is_some_and(|v| v.len() > 1);
        let early = if shared { self.partial(m, key, own) } else { None };
        early
            .or_else(|| {
                // The same full name with equally trusted kinds is one entity
                // ("Salto Cerrito" the dam's site and, once, a "person").
                let same = |g: usize| own == self.groups[g].strength && own <= 2;
                self.exact
                    .get(key)
                    .and_then(|v| v.iter().copied().find(|&g| fits(g) || same(g)))
            })
            .or_else(|| self.partial(m, key, own))
            .or_else(|| self.company(key, own, m.kind))
            .or_else(|| self.head(m, key))
            .or_else(|| self.acronym(surface, key, m.kind, own))
    }

    fn create(&mut self, m: &Mention, key: &str) -> usize {
        let g = self.groups.len();
        let words: Vec<String> = key.split(' ').map(str::to_string).collect();
        if m.kind == EntityKind::Person {
            for w in &words {
                let v = self.by_word.entry(w.clone()).or_default();
                if !v.contains(&g) {
                    v.push(g);
                }
            }
        } else if words.len() >= 2 {
            self.by_first.entry(words[0].clone()).or_default().push(g);
            let of = words.iter().position(|w| w == "of").filter(|&k| k > 0);
            let head = of.map_or(words.len() - 1, |k| k - 1);
            self.by_head.entry(words[head].clone()).or_default().push(g);
            let ini: String = words
                .iter()
                .filter(|w| !MINOR.contains(&w.as_str()))
                .filter_map(|w| w.chars().next())
                .collect();
            self.initials.entry(ini).or_insert(g);
        }
        self.groups.push(Group {
            kind: m.kind,
            rule: m.rule.clone(),
            strength: strength(&m.rule),
            words,
            forms: Vec::new(),
            mentions: Vec::new(),
            roles: Vec::new(),
        });
        g
    }

    /// A company whose full name is this name plus corporate tail words.
    fn company(&self, key: &str, own: u8, kind: EntityKind) -> Option<usize> {
        let cands = self.by_first.get(key.split(' ').next().unwrap_or(""))?;
        let words: Vec<&str> = key.split(' ').collect();
        cands.iter().copied().find(|&g| {
            let gw = &self.groups[g].words;
            self.groups[g].kind == EntityKind::Organization
                && own <= self.groups[g].strength
                && gw.len() > words.len()
                && gw.iter().zip(&words).all(|(a, b)| a == b)
                && (gw[words.len()..].iter().all(|w| CORP_TAIL.contains(&w.as_str()))
                    || (kind == EntityKind::Organization
                        && (gw
                            .last()
                            .is_some_and(|w| CORP_TAIL[..LEGAL_FORMS].contains(&w.as_str()))
                            || self.groups[g].rule == "company"
                            || self.groups[g].rule.starts_with("cue:"))))
        })
    }

    /// An organisation or place whose initials spell this all-caps short form.
    /// A listed short form of another kind ("U.S." the country) is not the
    /// acronym of a longer name ("U.S. Senate").
    fn acronym(&self, surface: &str, key: &str, kind: EntityKind, own: u8) -> Option<usize> {
        if surface.chars().any(char::is_lowercase) || key.len() < 2 || key.contains(' ') {
            return None;
        }
        let g = self.initials.get(key).copied()?;
        (self.groups[g].kind == kind || own < self.groups[g].strength).then_some(g)
    }
}

/// The group of the name right before `(ACRONYM)` when `m` is that acronym
/// (`ends` maps mention ends to groups).
fn defined(text: &str, m: &Mention, ends: &FastMap<usize, usize>) -> Option<usize> {
    let short = &text[m.start..m.end];
    // All capitals, or a mixed short form with two or more ("AfD", "PiS", "BfV").
    let capitals = short.chars().filter(|c| c.is_uppercase()).count();
    let acronym = !short.chars().any(char::is_lowercase) || (capitals >= 2 && short.chars().count() <= 6);
    if !acronym || short.contains(' ') {
        return None;
    }
    let after = text[m.end..].trim_start();
    let before = text[..m.start].trim_end().strip_suffix('(')?.trim_end();
    if !after.starts_with(')') {
        return None;
    }
    ends.get(&before.len()).copied()
}

/// Groups mentions into entities, most mentioned first.
#[must_use]
pub fn merge(text: &str, mut mentions: Vec<Mention>) -> Vec<Entity> {
    mentions.sort_by_cached_key(|m| {
        let words = text[m.start..m.end].split_whitespace().count();
        (std::cmp::Reverse(words), m.start)
    });
    let mut mg = Merger::default();
    let mut ends: FastMap<usize, usize> = FastMap::default();
    for m in mentions {
        let raw = &text[m.start..m.end];
        let surface = if raw.contains("  ") || raw.contains(|c: char| c != ' ' && c.is_whitespace()) {
            raw.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            raw.to_string()
        };
        let key = norm(&surface);
        let plausible = |g: &usize| {
            let grp = &mg.groups[*g];
            let first = key.chars().next();
            // A long organisation name may take an acronym of its own language
            // ("Republican People's Party (CHP)"), but never a news agency's.
            let foreign = grp.kind == EntityKind::Organization
                && grp.words.len() >= 3
                && !AGENCIES.contains(&key.as_str());
            // "Buenos Aires (AFP)": the acronym opens with the name's first word.
            let opens = grp
                .words
                .iter()
                .find(|w| !MINOR.contains(&w.as_str()))
                .is_some_and(|w| w.chars().next() == first);
            grp.kind != EntityKind::Person
                && grp.words.len() >= 2
                && !(grp.kind == EntityKind::Place && AGENCIES.contains(&key.as_str()))
                && (foreign || opens)
        };
        let def = defined(text, &m, &ends).filter(plausible);
        let g = match def.or_else(|| mg.find(&m, &surface, &key)) {
            Some(g) => g,
            None => mg.create(&m, &key),
        };
        ends.insert(m.end, g);
        // "U.S. Northern Command" is also "Northern Command".
        let bare = (m.kind == EntityKind::Organization)
            .then(|| {
                super::fixes::PREFIXES.iter().find_map(|p| {
                    key.strip_prefix(&p.to_ascii_lowercase())
                        .and_then(|rest| rest.strip_prefix(' '))
                })
            })
            .flatten()
            .filter(|rest| rest.contains(' '))
            .map(str::to_string);
        for k in [Some(key), bare].into_iter().flatten() {
            let v = mg.exact.entry(k).or_default();
            if !v.contains(&g) {
                v.push(g);
            }
        }
        add(&mut mg.groups[g], &m, surface);
    }
    let mut out: Vec<Entity> = mg.groups.into_iter().map(finish).collect();
    out.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    out
}

fn add(g: &mut Group, m: &Mention, surface: String) {
    let s = strength(&m.rule);
    if s > g.strength {
        g.strength = s;
        g.rule.clone_from(&m.rule);
        g.kind = m.kind;
    }
    if !g.forms.contains(&surface) {
        g.forms.push(surface);
    }
    if let Some(r) = &m.role {
        if !g.roles.contains(r) {
            g.roles.push(r.clone());
        }
    }
    g.mentions.push(Span::new(m.start, m.end));
}

fn finish(mut g: Group) -> Entity {
    g.mentions.sort();
    g.mentions.dedup();
    let mut aliases = g.forms;
    aliases.sort_by_key(|a| {
        let caps = !a.chars().any(char::is_lowercase);
        (std::cmp::Reverse(a.chars().count()), caps)
    });
    let mut name = aliases.first().cloned().unwrap_or_default();
    // A dateline city named only there ("CAPE TOWN —") reads "Cape Town".
    if g.kind == EntityKind::Place && g.rule.starts_with("dateline") && !name.chars().any(char::is_lowercase)
    {
        name = title_case(&name);
    }
    Entity {
        key: format!("{}:{}", g.kind.as_str(), norm(&name)),
        name,
        kind: g.kind,
        aliases,
        roles: g.roles,
        mentions: g.mentions,
        references: Vec::new(),
        rule: g.rule,
    }
}

/// "CAPE TOWN" → "Cape Town", "FOZ DO IGUAÇU" → "Foz do Iguaçu".
fn title_case(caps: &str) -> String {
    const SMALL: &[&str] = &[
        "do", "da", "de", "del", "dos", "das", "la", "le", "of", "the", "el", "al", "es", "di",
    ];
    caps.split(' ')
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            if i > 0 && SMALL.contains(&lower.as_str()) {
                return lower;
            }
            let mut chars = lower.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}
