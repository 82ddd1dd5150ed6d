//! Averaged-perceptron BIO tagger (PER/LOC/ORG/MISC) with greedy decoding,
//! second-order tag features and a per-document prediction history. The
//! weights live in [`super::model`]; train them with the `train` program.

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::fasthash::FastMap;
use super::features::{History, Prep, context_features, tag_features, word_features};
pub use super::model::{FeatMap, IdHasher, Model, Scorer, model, to_bytes};

/// The tag set, in weight order.
pub const TAGS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];

/// Number of tags.
pub const NT: usize = TAGS.len();
/// True when token `i` cannot start an entity and is scored `O` without the
/// model after an `O`: lowercase words and punctuation.
#[must_use]
pub fn trivially_outside(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.word(i);
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_lowercase() => !cs.any(char::is_uppercase),
        Some(c) => !c.is_alphanumeric() && !w.chars().any(char::is_alphanumeric),
        None => true,
    }
}
/// True when tag `t` may follow tag `prev` (I-X only after B-X or I-X).
#[must_use]
pub fn allowed(prev: usize, t: usize) -> bool {
    t == 0 || t % 2 == 1 || (prev != 0 && prev.div_ceil(2) == t.div_ceil(2))
}

/// Marks "no previous tag" (sentence or document start).
pub const START: usize = 9;

/// Per-token inputs of one decoding step.
#[derive(Debug, Clone, Copy)]
pub struct Step<'f> {
    /// Static features of the token.
    pub feats: &'f [u32],
    /// Folded-word hash.
    pub wh: u64,
    /// Shape hash.
    pub sh: u64,
    /// Previous tag ([`START`] at the start).
    pub p1: usize,
    /// Tag before that.
    pub p2: usize,
}

/// The best allowed tag for one token; leaves its tag features in `tf`.
pub fn best_tag(s: &impl Scorer, st: Step<'_>, hist: &History, tf: &mut Vec<u32>) -> usize {
    best_tag_from(s, st, hist, tf, [0f32; NT])
}

/// [`best_tag`] with scores that already hold the weights of some features
/// (those of the word itself, shared by every occurrence of it).
pub fn best_tag_from(
    s: &impl Scorer,
    st: Step<'_>,
    hist: &History,
    tf: &mut Vec<u32>,
    base: [f32; NT],
) -> usize {
    tag_features(st.wh, st.sh, st.p1, st.p2, hist, tf);
    let mut scores = base;
    s.add(st.feats, &mut scores);
    s.add(tf, &mut scores);
    (0..NT)
        .filter(|&t| allowed(st.p1, t))
        .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
        .unwrap_or(0)
}

/// The order tokens are tagged in: the body first, then the leading
/// headline-style lines, so the headline sees the body's prediction history.
#[must_use]
pub fn order(doc: &Doc<'_>) -> Vec<usize> {
    let head = (0..doc.len()).take_while(|&i| doc.caps_line[i]).count();
    (head..doc.len()).chain(0..head).collect()
}

/// Greedy decoding in [`order`]; returns one tag index per token. The
/// weights of a word's own features are summed once per distinct word.
pub fn decode(doc: &Doc<'_>, prep: &Prep, scorer: &impl Scorer) -> Vec<usize> {
    let mut tags = vec![0; doc.len()];
    let (mut sf, mut tf, mut wf) = (Vec::new(), Vec::new(), Vec::new());
    let mut word_scores: FastMap<u64, [f32; NT]> = FastMap::default();
    word_scores.reserve(doc.seen.len());
    let mut hist = History::with_capacity(doc.seen.len());
    let (mut p1, mut p2) = (START, START);
    for i in order(doc) {
        let best = if (p1 == 0 || p1 == START) && trivially_outside(doc, i) {
            0
        } else {
            let base = *word_scores.entry(prep.rh[i]).or_insert_with(|| {
                wf.clear();
                word_features(doc, prep, i, &mut wf);
                let mut w = [0f32; NT];
                scorer.add(&wf, &mut w);
                w
            });
            sf.clear();
            context_features(doc, prep, i, &mut sf);
            let st = Step {
                feats: &sf,
                wh: prep.wh[i],
                sh: prep.sh[i],
                p1,
                p2,
            };
            let best = best_tag_from(scorer, st, &hist, &mut tf, base);
            hist.record(prep.wh[i], best);
            best
        };
        tags[i] = best;
        (p2, p1) = (p1, best);
    }
    tags
}

/// The kind of a non-`O` tag.
#[must_use]
pub fn kind_of(t: usize) -> EntityKind {
    match t.div_ceil(2) {
        1 => EntityKind::Person,
        2 => EntityKind::Place,
        3 => EntityKind::Organization,
        _ => EntityKind::Other,
    }
}

/// Turns tags into token ranges `(start, end, tag kind)`.
#[must_use]
pub fn spans(tags: &[usize]) -> Vec<(usize, usize, EntityKind)> {
    let mut out: Vec<(usize, usize, EntityKind)> = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if tags[i] == 0 {
            i += 1;
            continue;
        }
        let k = tags[i].div_ceil(2);
        let mut j = i + 1;
        while j < tags.len() && tags[j] != 0 && tags[j] % 2 == 0 && tags[j].div_ceil(2) == k {
            j += 1;
        }
        let k = kind_of(tags[i]);
        match out.last_mut() {
            Some(last) if k == EntityKind::Person && last.1 == i && last.2 == k => last.1 = j,
            _ => out.push((i, j, k)),
        }
        i = j;
    }
    out
}

/// Cuts a tagged span at line breaks: a name never runs from a one-word
/// headline into the body ("Head\n\nGerindra").
fn by_line(doc: &Doc<'_>, (a, b, kind): (usize, usize, EntityKind)) -> Vec<(usize, usize, EntityKind)> {
    let mut out = Vec::with_capacity(1);
    let mut s = a;
    for j in a + 1..b {
        // No name runs over 16 words: longer runs are cut, which also keeps the
        // title splitting after this linear.
        if doc.toks[j].line != doc.toks[j - 1].line || j - s >= 16 {
            out.push((s, j, kind));
            s = j;
        }
    }
    out.push((s, b, kind));
    out
}

/// Tags `doc` with `scorer`, given the rule engine's mentions as features.
#[must_use]
pub fn tag_with(doc: &Doc<'_>, rules: &[Mention], scorer: &impl Scorer) -> Vec<Mention> {
    let prep = Prep::new(doc, rules);
    let tags = decode(doc, &prep, scorer);
    let tagged = spans(&tags)
        .into_iter()
        .flat_map(|span| by_line(doc, span))
        .flat_map(|(a, b, kind)| super::roles::mention(doc, a, b, kind))
        .collect();
    super::roles::reconcile(doc, rules, tagged)
}
