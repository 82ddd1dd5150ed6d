//! The store-wide entity index: for every entity (by its canonical key), the
//! articles that mention it, its aliases, dates, related entities, and the
//! dated timeline entries whose sentence mentions it. Pure: built from
//! articles and their analyses; no UI, no I/O.

use crate::analysis::sentences::sentence_spans;
use crate::analysis::{Analysis, EntityKind, Span, when};
use crate::store::{Article, ArticleId};
use jiff::civil::Date;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One article's mentions of an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleMentions {
    /// The article.
    pub id: ArticleId,
    /// Its publication date.
    pub published: Option<Date>,
    /// Index of the entity within that article's analysis.
    pub entity: usize,
    /// How many times it is mentioned there.
    pub mentions: usize,
    /// The first mention.
    pub first: Span,
    /// The sentence that holds the first mention.
    pub sentence: Span,
}

/// A dated timeline entry, from any article, whose sentence mentions the entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityDate {
    /// The article.
    pub id: ArticleId,
    /// Index of the entity within that article's analysis.
    pub entity: usize,
    /// Index into that article's timeline.
    pub entry: usize,
    /// TIMEX3 value.
    pub value: String,
}

/// Everything the store knows about one entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    /// Canonical key (shared across articles).
    pub key: String,
    /// Display name: the most common full name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// Every surface form seen, in any article.
    pub aliases: BTreeSet<String>,
    /// The articles that mention it, newest first.
    pub articles: Vec<ArticleMentions>,
    /// Total mentions over all articles.
    pub mentions: usize,
    /// Dated entries mentioning it, in chronological order.
    pub dates: Vec<EntityDate>,
    /// Co-occurring entities: (index into the index, shared articles), most first.
    pub related: Vec<(usize, usize)>,
}

impl IndexEntry {
    /// Publication dates of the first and last article that mention it.
    #[must_use]
    pub fn span(&self) -> Option<(Date, Date)> {
        let dates: Vec<Date> = self.articles.iter().filter_map(|a| a.published).collect();
        Some((*dates.iter().min()?, *dates.iter().max()?))
    }
}

/// The index over a whole store.
#[derive(Debug, Clone, Default)]
pub struct EntityIndex {
    entries: Vec<IndexEntry>,
    by_key: HashMap<String, usize>,
    by_alias: HashMap<String, Vec<usize>>,
}

/// The sentence that holds `span`, or the span itself when none does.
fn sentence_of(sentences: &[Span], span: Span) -> Span {
    let i = sentences.partition_point(|s| s.end <= span.start);
    sentences
        .get(i)
        .copied()
        .filter(|s| s.start <= span.start && span.end <= s.end)
        .unwrap_or(span)
}

/// Lowercase, accent-free, whitespace-collapsed form for matching names.
#[must_use]
pub fn fold(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let stripped: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect();
    let lower = stripped.to_lowercase();
    let trimmed = lower.trim_end_matches("'s").trim_end_matches('\'');
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl EntityIndex {
    /// Builds the index from every article and its analysis.
    #[must_use]
    pub fn build(items: &[(&Article, &Analysis)]) -> Self {
        let mut index = Self::default();
        let mut names: Vec<BTreeMap<String, usize>> = Vec::new();
        for (article, analysis) in items {
            // Split once per article here, so entity pages never do it while drawing.
            let sentences = sentence_spans(&article.body);
            for (i, entity) in analysis.entities.iter().enumerate() {
                let slot = *index.by_key.entry(entity.key.clone()).or_insert_with(|| {
                    index.entries.push(IndexEntry {
                        key: entity.key.clone(),
                        name: entity.name.clone(),
                        kind: entity.kind,
                        aliases: BTreeSet::new(),
                        articles: Vec::new(),
                        mentions: 0,
                        dates: Vec::new(),
                        related: Vec::new(),
                    });
                    names.push(BTreeMap::new());
                    index.entries.len() - 1
                });
                let entry = &mut index.entries[slot];
                entry.aliases.extend(entity.aliases.iter().cloned());
                entry.aliases.insert(entity.name.clone());
                entry.mentions += entity.mentions.len();
                *names[slot].entry(entity.name.clone()).or_default() += 1;
                let Some(first) = entity.mentions.first().copied() else {
                    continue;
                };
                entry.articles.push(ArticleMentions {
                    id: article.id.clone(),
                    published: article.published,
                    entity: i,
                    mentions: entity.mentions.len(),
                    first,
                    sentence: sentence_of(&sentences, first),
                });
                // Only dates that can be placed on a calendar (not "now", not "XXXX-06").
                let placed = analysis
                    .timeline
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| when::place(&t.value).is_some());
                for (e, t) in placed {
                    if entity
                        .mentions
                        .iter()
                        .any(|m| t.sentence.start <= m.start && m.end <= t.sentence.end)
                    {
                        entry.dates.push(EntityDate {
                            id: article.id.clone(),
                            entity: i,
                            entry: e,
                            value: t.value.clone(),
                        });
                    }
                }
            }
        }
        index.unify_short_forms(&mut names);
        index.finish(&names);
        index
    }

    /// Merges an entity known only by a short form in some articles ("Kestrel",
    /// "Vasconcelos") into the one entity of the same kind that has that form as
    /// an alias elsewhere ("Kestrel Data AG", "Helena Vasconcelos"). Ambiguous
    /// short forms (two candidates) stay apart.
    fn unify_short_forms(&mut self, names: &mut Vec<BTreeMap<String, usize>>) {
        let mut target: Vec<Option<usize>> = vec![None; self.entries.len()];
        for (slot, entry) in self.entries.iter().enumerate() {
            let short = fold(&entry.name);
            let candidates: Vec<usize> = (0..self.entries.len())
                .filter(|&o| o != slot && self.entries[o].kind == entry.kind)
                .filter(|&o| self.entries[o].name.len() > entry.name.len())
                .filter(|&o| self.entries[o].aliases.iter().any(|a| fold(a) == short))
                .collect();
            if let [only] = candidates[..] {
                target[slot] = Some(only);
            }
        }
        // Follow chains (a → b → c) to the final entity.
        let resolve = |mut s: usize| {
            for _ in 0..8 {
                match target[s] {
                    Some(t) if t != s => s = t,
                    _ => break,
                }
            }
            s
        };
        let finals: Vec<usize> = (0..self.entries.len()).map(resolve).collect();
        if finals.iter().enumerate().all(|(i, f)| i == *f) {
            return;
        }
        let mut keep: Vec<usize> = (0..self.entries.len()).filter(|&i| finals[i] == i).collect();
        keep.sort_unstable();
        let new_slot = |old: usize| keep.binary_search(&finals[old]).unwrap_or(0);
        let mut entries: Vec<IndexEntry> = keep.iter().map(|&k| self.entries[k].clone()).collect();
        let mut merged_names: Vec<BTreeMap<String, usize>> = keep.iter().map(|&k| names[k].clone()).collect();
        for old in (0..self.entries.len()).filter(|&i| finals[i] != i) {
            let from = &self.entries[old];
            let to = &mut entries[new_slot(old)];
            to.aliases.extend(from.aliases.iter().cloned());
            to.articles.extend(from.articles.iter().cloned());
            to.dates.extend(from.dates.iter().cloned());
            to.mentions += from.mentions;
            for (n, c) in &names[old] {
                // Short forms never win the display name.
                merged_names[new_slot(old)].entry(n.clone()).or_insert(0);
                let _ = c;
            }
        }
        for slot in self.by_key.values_mut() {
            *slot = new_slot(*slot);
        }
        self.entries = entries;
        *names = merged_names;
    }

    fn finish(&mut self, names: &[BTreeMap<String, usize>]) {
        let mut per_article: HashMap<ArticleId, Vec<usize>> = HashMap::new();
        for (slot, entry) in self.entries.iter_mut().enumerate() {
            // The name used in most articles; ties go to the longer (fuller) name.
            if let Some((name, _)) = names[slot].iter().max_by_key(|(n, c)| (**c, n.chars().count())) {
                entry.name.clone_from(name);
            }
            // Short forms merged in may repeat an article: one row per article.
            let mut by_article: Vec<ArticleMentions> = Vec::new();
            for a in entry.articles.drain(..) {
                match by_article.iter_mut().find(|b| b.id == a.id) {
                    Some(b) => {
                        b.mentions += a.mentions;
                        if a.first.start < b.first.start {
                            b.first = a.first;
                            b.sentence = a.sentence;
                            b.entity = a.entity;
                        }
                    }
                    None => by_article.push(a),
                }
            }
            entry.articles = by_article;
            entry
                .articles
                .sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.id.cmp(&b.id)));
            entry.dates.sort_by_cached_key(|d| {
                (
                    crate::analysis::when::place(&d.value).map(|w| (w.start, w.end)),
                    d.id.clone(),
                    d.entry,
                )
            });
            for a in &entry.articles {
                per_article.entry(a.id.clone()).or_default().push(slot);
            }
            for alias in &entry.aliases {
                self.by_alias.entry(fold(alias)).or_default().push(slot);
            }
        }
        let mut related: Vec<HashMap<usize, usize>> = vec![HashMap::new(); self.entries.len()];
        for slots in per_article.values() {
            for &a in slots {
                for &b in slots {
                    if a != b {
                        *related[a].entry(b).or_default() += 1;
                    }
                }
            }
        }
        for (slot, counts) in related.into_iter().enumerate() {
            let mut list: Vec<(usize, usize)> = counts.into_iter().collect();
            list.sort_by(|x, y| {
                y.1.cmp(&x.1)
                    .then_with(|| self.entries[x.0].name.cmp(&self.entries[y.0].name))
            });
            self.entries[slot].related = list;
        }
    }

    /// Every entity, most articles first (then most mentions, then name).
    #[must_use]
    pub fn ranked(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (&self.entries[a], &self.entries[b]);
            y.articles
                .len()
                .cmp(&x.articles.len())
                .then(y.mentions.cmp(&x.mentions))
                .then_with(|| x.name.cmp(&y.name))
        });
        order
    }

    /// The entry at a position.
    #[must_use]
    pub fn get(&self, slot: usize) -> Option<&IndexEntry> {
        self.entries.get(slot)
    }

    /// The entry with this canonical key.
    #[must_use]
    pub fn by_key(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// Finds an entity by any alias (accent- and case-insensitive), preferring
    /// the one in most articles; then by key.
    #[must_use]
    pub fn lookup(&self, name: &str) -> Option<usize> {
        let folded = fold(name);
        let best = |slots: &[usize]| {
            slots
                .iter()
                .copied()
                .max_by_key(|&s| (self.entries[s].articles.len(), self.entries[s].mentions))
        };
        self.by_alias
            .get(&folded)
            .and_then(|s| best(s))
            .or_else(|| self.by_key(name))
            .or_else(|| {
                best(
                    &self
                        .entries
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| e.key.ends_with(&format!(":{folded}")))
                        .map(|(i, _)| i)
                        .collect::<Vec<_>>(),
                )
            })
    }

    /// Number of entities.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no article mentions any entity.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
