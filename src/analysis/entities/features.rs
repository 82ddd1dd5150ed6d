//! Sequence-tagger features: hashed word, shape, affix, gazetteer, context
//! and document-level facts about each token.

use super::super::EntityKind;
use super::doc::{Doc, Mention};
use super::encode::{Shape, comb, h64, hash, shape};
use super::fasthash::FastMap;
use super::gazetteer::LISTS;
use super::tokens::{is_all_caps, is_capitalized};
/// Per-document precomputed strings the feature templates need.
#[derive(Debug)]
pub struct Prep {
    /// Shapes of the tokens.
    pub shapes: Vec<Shape>,
    /// Rule-engine label of each token (0 = outside, then B/I per kind).
    pub rule_tags: Vec<u8>,
    /// Position of each token in its line.
    pub line_pos: Vec<usize>,
    /// Kind of each token's line (table-like, sentence, length), see [`line_kinds`].
    pub line_kind: Vec<u8>,
    /// Hashes of the folded words.
    pub wh: Vec<u64>,
    /// Hashes of the words as written.
    pub rh: Vec<u64>,
    /// Hashes of the shapes.
    pub sh: Vec<u64>,
}

impl Prep {
    /// Precomputes shapes, line positions and the rule engine's labels.
    #[must_use]
    pub fn new(doc: &Doc<'_>, rules: &[Mention]) -> Self {
        let shapes: Vec<Shape> = (0..doc.len()).map(|i| shape(doc.word(i))).collect();
        let mut by_id: Vec<Option<u64>> = vec![None; doc.seen.len()];
        let wh = (0..doc.len())
            .map(|i| *by_id[doc.ids[i] as usize].get_or_insert_with(|| h64(doc.folded[i].as_bytes())))
            .collect();
        let rh = (0..doc.len()).map(|i| h64(doc.word(i).as_bytes())).collect();
        let sh = shapes.iter().map(|s| h64(s.as_str().as_bytes())).collect();
        let mut line_pos = vec![0; doc.len()];
        for i in 1..doc.len() {
            if doc.toks[i].line == doc.toks[i - 1].line {
                line_pos[i] = line_pos[i - 1] + 1;
            }
        }
        let mut rule_tags = vec![0u8; doc.len()];
        for m in rules {
            for (n, k) in doc.tokens_in(m.start, m.end).enumerate() {
                rule_tags[k] = rule_label(m.kind, n == 0);
            }
        }
        Self {
            shapes,
            rule_tags,
            line_kind: line_kinds(doc),
            line_pos,
            wh,
            rh,
            sh,
        }
    }
}

/// Per token, a code for its line: digit share (none / some / many), ends
/// like a sentence, and length (short / medium / long).
#[must_use]
pub fn line_kinds(doc: &Doc<'_>) -> Vec<u8> {
    let mut out = vec![0; doc.len()];
    let mut a = 0;
    while a < doc.len() {
        let b = a + doc.toks[a..]
            .iter()
            .take_while(|t| t.line == doc.toks[a].line)
            .count();
        let digits = (a..b)
            .filter(|&i| doc.word(i).chars().any(char::is_numeric))
            .count();
        let share = match digits * 10 / (b - a) {
            0 if digits == 0 => 0,
            0..=2 => 1,
            _ => 2,
        };
        let sentence = u8::from(matches!(doc.word(b - 1), "." | "?" | "!" | "\"" | "”"));
        let len = match b - a {
            0..=4 => 0,
            5..=12 => 1,
            _ => 2,
        };
        out[a..b]
            .iter_mut()
            .for_each(|x| *x = share * 6 + sentence * 3 + len);
        a = b;
    }
    out
}

fn rule_label(kind: EntityKind, begin: bool) -> u8 {
    let k = match kind {
        EntityKind::Person => 1,
        EntityKind::Place => 3,
        EntityKind::Organization => 5,
        EntityKind::Other => 7,
    };
    if begin { k } else { k + 1 }
}
fn affixes(f: &str, out: &mut Vec<u32>) {
    for ((cut, _), tpl) in f.char_indices().skip(1).take(3).zip(11u8..) {
        out.push(hash(tpl, &[&f[..cut]]));
    }
    out.push(hash(
        15,
        &[f.get(..f.char_indices().nth(4).map_or(f.len(), |x| x.0))
            .unwrap_or(f)],
    ));
    for ((from, _), tpl) in f.char_indices().rev().take(4).zip(21u8..) {
        out.push(hash(tpl, &[&f[from..]]));
    }
}

fn flags(doc: &Doc<'_>, i: usize) -> u32 {
    let w = doc.word(i);
    let t = doc.toks[i];
    let bits = [
        is_capitalized(w),
        is_all_caps(w),
        w.chars().any(char::is_numeric),
        w.contains('-'),
        w.contains('.'),
        t.sent_start,
        t.line_start,
        doc.caps_line[i],
        doc.cap_seen(i),
        doc.low_seen(i),
    ];
    bits.iter()
        .enumerate()
        .fold(0, |acc, (k, &b)| acc | (u32::from(b) << k))
}

/// Hash standing for "no token here".
const NONE: u64 = 0x9e37_79b9;

/// Static (tag-independent) features of token `i`: its [`word_features`]
/// followed by its [`context_features`].
pub fn static_features(doc: &Doc<'_>, prep: &Prep, i: usize, out: &mut Vec<u32>) {
    out.clear();
    word_features(doc, prep, i, out);
    context_features(doc, prep, i, out);
}

/// The features of token `i` that depend on nothing but the word as
/// written (so equal words share them): word, folded word, shape, affixes.
pub fn word_features(doc: &Doc<'_>, prep: &Prep, i: usize, out: &mut Vec<u32>) {
    out.extend([
        comb(0, &[]),
        comb(1, &[prep.rh[i]]),
        comb(2, &[prep.wh[i]]),
        comb(3, &[prep.sh[i]]),
    ]);
    affixes(&doc.folded[i], out);
}

/// The features of token `i` that depend on its place: flags, neighbours,
/// gazetteer, line and rule-engine facts.
pub fn context_features(doc: &Doc<'_>, prep: &Prep, i: usize, out: &mut Vec<u32>) {
    let at = |k: isize| {
        i.checked_add_signed(k)
            .and_then(|j| prep.wh.get(j))
            .copied()
            .unwrap_or(NONE)
    };
    let sh = |k: isize| {
        i.checked_add_signed(k)
            .and_then(|j| prep.sh.get(j))
            .copied()
            .unwrap_or(NONE)
    };
    let (f, s0) = (prep.wh[i], prep.sh[i]);
    let fl = flags(doc, i);
    out.push(comb(4, &[u64::from(fl)]));
    out.push(comb(5, &[u64::from((fl & 1) | (fl >> 6 & 0b1110))]));
    for (k, tpl) in [(-2isize, 30u8), (-1, 31), (1, 32), (2, 33)] {
        out.push(comb(tpl, &[at(k)]));
        out.push(comb(tpl + 10, &[sh(k)]));
    }
    out.extend([
        comb(50, &[at(-1), f]),
        comb(51, &[f, at(1)]),
        comb(52, &[sh(-1), s0, sh(1)]),
        comb(53, &[at(-1), s0]),
        comb(54, &[s0, at(1)]),
    ]);
    gazetteer_features(doc, i, out);
    line_features(doc, prep, i, out);
    let rt = |k: isize| {
        i.checked_add_signed(k)
            .and_then(|j| prep.rule_tags.get(j))
            .map_or(9, |&t| u64::from(t))
    };
    out.push(comb(61, &[rt(0)]));
    out.push(comb(62, &[rt(-1), rt(0), rt(1)]));
}

fn line_features(doc: &Doc<'_>, prep: &Prep, i: usize, out: &mut Vec<u32>) {
    let at = |k: isize| {
        i.checked_add_signed(k)
            .and_then(|j| prep.wh.get(j))
            .copied()
            .unwrap_or(NONE)
    };
    let s0 = prep.sh[i];
    let line = u64::from(doc.toks[i].line.min(3));
    out.push(comb(60, &[prep.line_pos[i].min(3) as u64, line]));
    let lk = u64::from(prep.line_kind[i]);
    out.extend([comb(63, &[lk]), comb(64, &[lk, s0]), comb(55, &[at(-1), at(1)])]);
}

fn gazetteer_features(doc: &Doc<'_>, i: usize, out: &mut Vec<u32>) {
    let (pos, mask) = doc.gspan[i];
    let prev = if i > 0 { doc.gaz[i - 1] } else { 0 };
    let next = doc.gaz.get(i + 1).copied().unwrap_or(0);
    for k in 0..LISTS.len() {
        let b = 1u16 << k;
        let kk = k as u64;
        if doc.gaz[i] & b != 0 {
            out.push(comb(70, &[kk]));
        }
        if mask & b != 0 {
            out.push(comb(71, &[kk, u64::from(pos)]));
        }
        if prev & b != 0 {
            out.push(comb(72, &[kk]));
        }
        if next & b != 0 {
            out.push(comb(73, &[kk]));
        }
    }
}

/// Tags predicted so far for each word of the document (prediction history).
#[derive(Debug, Default)]
pub struct History(FastMap<u64, [u16; 5]>);

impl History {
    /// An empty history with room for `n` words.
    #[must_use]
    pub fn with_capacity(n: usize) -> Self {
        let mut map = FastMap::default();
        map.reserve(n);
        Self(map)
    }

    /// Records that the word with hash `wh` was tagged `tag`.
    pub fn record(&mut self, wh: u64, tag: usize) {
        let c = self.0.entry(wh).or_default();
        let k = tag.div_ceil(2).min(4);
        c[k] = c[k].saturating_add(1);
    }

    /// The majority kind so far (0 = outside, 5 = never seen) and a mask of the kinds seen.
    #[must_use]
    pub fn summary(&self, wh: u64) -> (u64, u64) {
        self.0.get(&wh).map_or((5, 0), |c| {
            let best = (0..5).max_by_key(|&k| (c[k], k == 0)).unwrap_or(0);
            let mask = (0..5).filter(|&k| c[k] > 0).fold(0, |m, k| m | 1 << k);
            (best as u64, mask)
        })
    }
}

/// Tag-dependent features of token `i`: previous two tags (9 = none) and the history.
pub fn tag_features(wh: u64, sh: u64, p1: usize, p2: usize, hist: &History, out: &mut Vec<u32>) {
    out.clear();
    let (a, b) = (p1 as u64, p2 as u64);
    let (maj, seen) = hist.summary(wh);
    out.extend([
        comb(90, &[a]),
        comb(91, &[b, a]),
        comb(92, &[a, wh]),
        comb(93, &[a, sh]),
        comb(94, &[maj]),
        comb(95, &[seen]),
        comb(96, &[maj, a]),
    ]);
}
