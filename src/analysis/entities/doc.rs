//! A tokenized article with the per-token facts both taggers use.

use super::super::EntityKind;
use super::fasthash::FastMap;
use super::gazetteer::{List, fold_into, gazetteer};
use super::tokens::{Token, is_all_caps, is_capitalized, tokenize};

/// One detected mention before merging: a byte range, a kind and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First byte of the name.
    pub start: usize,
    /// One past the last byte of the name.
    pub end: usize,
    /// What the mention is.
    pub kind: EntityKind,
    /// What decided the kind.
    pub rule: String,
    /// Title or role written before the name.
    pub role: Option<String>,
}

/// The folded texts of a document's tokens, kept in one string.
#[derive(Debug, Default)]
pub struct Folded {
    text: String,
    /// End of each token's text in `text` (its start is the previous end).
    ends: Vec<u32>,
}

impl Folded {
    fn new(text: &str, toks: &[Token]) -> Self {
        let mut out = Self {
            text: String::with_capacity(text.len()),
            ends: Vec::with_capacity(toks.len()),
        };
        for t in toks {
            fold_into(&text[t.start..t.end], &mut out.text);
            out.ends.push(u32::try_from(out.text.len()).unwrap_or(u32::MAX));
        }
        out
    }

    /// The folded text of token `i`, if there is one.
    #[must_use]
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.text.get(start..end)
    }

    /// Number of tokens.
    #[must_use]
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there are no tokens.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The folded texts in token order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| &self[i])
    }
}

impl std::ops::Index<usize> for Folded {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.get(i).unwrap_or_default()
    }
}

/// Word ids for `folded` plus, per id, the index of its first token.
fn word_ids(folded: &Folded) -> (Vec<u32>, Vec<usize>) {
    let mut map: FastMap<&str, u32> = FastMap::default();
    map.reserve(folded.len() / 2 + 8);
    let mut uniq = Vec::with_capacity(folded.len() / 2 + 8);
    let ids = folded
        .iter()
        .enumerate()
        .map(|(k, f)| {
            *map.entry(f).or_insert_with(|| {
                uniq.push(k);
                u32::try_from(uniq.len() - 1).unwrap_or(u32::MAX)
            })
        })
        .collect();
    (ids, uniq)
}

/// Adds `new` mentions to `ms` (sorted by start, not overlapping them) in
/// one pass, so that a pass adding many names stays linear.
pub fn insert_sorted(ms: &mut Vec<Mention>, mut new: Vec<Mention>) {
    if new.is_empty() {
        return;
    }
    new.sort_by_key(|m| m.start);
    let mut out = Vec::with_capacity(ms.len() + new.len());
    let mut old = std::mem::take(ms).into_iter().peekable();
    for n in new {
        while old.peek().is_some_and(|m| m.start < n.start) {
            out.extend(old.next());
        }
        out.push(n);
    }
    out.extend(old);
    *ms = out;
}

/// Adds a one-token mention of `kind` for every token `keep` accepts that
/// no mention of `ms` (sorted by start) covers yet.
pub fn add_free_tokens(
    doc: &Doc<'_>,
    ms: &mut Vec<Mention>,
    kind: EntityKind,
    rule: &str,
    keep: impl Fn(usize) -> bool,
) {
    let mut new = Vec::new();
    for i in 0..doc.len() {
        if !keep(i) {
            continue;
        }
        let (start, end) = (doc.toks[i].start, doc.toks[i].end);
        let at = ms.partition_point(|m| m.end <= start);
        if ms.get(at).is_none_or(|m| m.start >= end) {
            new.push(Mention {
                start,
                end,
                kind,
                rule: rule.to_string(),
                role: None,
            });
        }
    }
    insert_sorted(ms, new);
}

/// Drops the mentions of `ms` (sorted by start) that overlap one of the
/// byte ranges `cut` (sorted, not overlapping), in one pass.
pub fn remove_overlapping(ms: &mut Vec<Mention>, cut: &[(usize, usize)]) {
    let mut k = 0;
    ms.retain(|m| {
        while k < cut.len() && cut[k].1 <= m.start {
            k += 1;
        }
        !(k < cut.len() && cut[k].0 < m.end)
    });
}

/// A tokenized article.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The article text.
    pub text: &'a str,
    /// Its tokens.
    pub toks: Vec<Token>,
    /// Folded token texts.
    pub folded: Folded,
    /// Single-token gazetteer masks.
    pub gaz: Vec<u16>,
    /// Gazetteer word id of each token, for [`super::gazetteer::Gazetteer::longest`].
    pub gids: Vec<u32>,
    /// Multi-token gazetteer matches: (0 none, 1 begin, 2 inside, mask).
    pub gspan: Vec<(u8, u16)>,
    /// Token lies in a headline-style line (all caps or title case).
    pub caps_line: Vec<bool>,
    /// Word id of each token (equal folded forms share an id).
    pub ids: Vec<u32>,
    /// Per word id: bit 0 seen capitalised mid-sentence in an ordinary line,
    /// bit 1 seen in lowercase.
    pub seen: Vec<u8>,
    /// Per block of [`BLOCK`] bytes at `k * BLOCK`: (tokens ending at or
    /// before it, tokens starting before it), to narrow [`Doc::tokens_in`].
    blocks: Vec<(u32, u32)>,
}

/// Bytes per block of the token index.
const BLOCK: usize = 64;

/// For each block boundary `k * BLOCK` (up to one block past the text), the
/// number of tokens ending at or before it and starting before it.
fn block_index(toks: &[Token], len: usize) -> Vec<(u32, u32)> {
    let n = len / BLOCK + 2;
    let (mut a, mut b) = (0, 0);
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let at = k * BLOCK;
        while a < toks.len() && toks[a].end <= at {
            a += 1;
        }
        while b < toks.len() && toks[b].start < at {
            b += 1;
        }
        out.push((
            u32::try_from(a).unwrap_or(u32::MAX),
            u32::try_from(b).unwrap_or(u32::MAX),
        ));
    }
    out
}

impl<'a> Doc<'a> {
    /// Tokenizes `text` and computes the token facts.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
        let folded = Folded::new(text, &toks);
        let g = gazetteer();
        let (ids, uniq) = word_ids(&folded);
        let masks: Vec<u16> = uniq.iter().map(|&k| g.get(&folded[k])).collect();
        let gaz = ids.iter().map(|&id| masks[id as usize]).collect();
        let word_ids: Vec<u32> = uniq.iter().map(|&k| g.word_id(&folded[k])).collect();
        let gids = ids.iter().map(|&id| word_ids[id as usize]).collect();
        let mut doc = Self {
            text,
            toks,
            folded,
            gaz,
            gids,
            gspan: Vec::new(),
            caps_line: Vec::new(),
            seen: vec![0; uniq.len()],
            ids,
            blocks: Vec::new(),
        };
        doc.blocks = block_index(&doc.toks, text.len());
        doc.gspan = doc.span_matches();
        doc.caps_line = doc.headline_lines();
        doc.collect_evidence();
        doc
    }

    /// The text of token `i`.
    #[must_use]
    pub fn word(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    /// Number of tokens.
    #[must_use]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// True when there are no tokens.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    fn span_matches(&self) -> Vec<(u8, u16)> {
        let g = gazetteer();
        let mut out = vec![(0u8, 0u16); self.toks.len()];
        let mut i = 0;
        // One past the last token of the current line: a listed name never
        // runs over a line break.
        let mut line_end = 0;
        while i < self.toks.len() {
            if i >= line_end {
                let line = self.toks[i].line;
                line_end = i + self.toks[i..].iter().take_while(|t| t.line == line).count();
            }
            if is_capitalized(self.word(i)) {
                if let Some((n, m)) =
                    g.longest(&self.gids[..line_end], i, List::Stop.bit() | List::Opener.bit())
                {
                    out[i] = (1, m);
                    for o in out.iter_mut().skip(i + 1).take(n - 1) {
                        *o = (2, m);
                    }
                    i += n;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    fn headline_lines(&self) -> Vec<bool> {
        let mut out = vec![false; self.toks.len()];
        let mut a = 0;
        while a < self.toks.len() {
            let line = self.toks[a].line;
            let mut b = a;
            while b < self.toks.len() && self.toks[b].line == line {
                b += 1;
            }
            let flag = self.is_headline(a, b);
            out[a..b].iter_mut().for_each(|x| *x = flag);
            a = b;
        }
        out
    }

    fn is_headline(&self, a: usize, b: usize) -> bool {
        let (mut alpha, mut caps, mut long, mut titled) = (0, 0, 0, 0);
        for i in a..b {
            let w = self.word(i);
            if !w.chars().any(char::is_alphabetic) {
                continue;
            }
            alpha += 1;
            if is_all_caps(w) {
                caps += 1;
            }
            if w.chars().count() >= 4 {
                long += 1;
                if is_capitalized(w) {
                    titled += 1;
                }
            }
        }
        let last = (a..b).rev().map(|i| self.word(i)).next().unwrap_or("");
        let sentence = matches!(last, "." | "?" | "!" | "\"" | "”");
        (alpha >= 2 && caps * 10 >= alpha * 8) || (!sentence && long >= 4 && titled * 10 >= long * 8)
    }

    fn collect_evidence(&mut self) {
        for i in 0..self.toks.len() {
            let w = self.word(i);
            let id = self.ids[i] as usize;
            if w.chars().next().is_some_and(char::is_lowercase) {
                self.seen[id] |= 2;
            } else if !self.caps_line[i] && !self.toks[i].sent_start && is_capitalized(w) {
                self.seen[id] |= 1;
            }
        }
    }

    /// True when the word of token `i` is seen capitalised mid-sentence elsewhere.
    #[must_use]
    pub fn cap_seen(&self, i: usize) -> bool {
        self.seen[self.ids[i] as usize] & 1 != 0
    }

    /// True when the word of token `i` is seen in lowercase somewhere.
    #[must_use]
    pub fn low_seen(&self, i: usize) -> bool {
        self.seen[self.ids[i] as usize] & 2 != 0
    }

    /// Indices of the tokens overlapping the byte range `[start, end)`.
    #[must_use]
    #[inline]
    pub fn tokens_in(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let a = self.narrow(start, |b| b.0, |t| t.end <= start);
        let b = self.narrow(end, |b| b.1, |t| t.start < end);
        a..b.max(a)
    }

    /// `self.toks.partition_point(pred)` for a predicate that holds for
    /// tokens before `at` (counted per block by `count`), searched only
    /// within the block of `at`.
    #[inline]
    fn narrow(&self, at: usize, count: impl Fn((u32, u32)) -> u32, pred: impl Fn(&Token) -> bool) -> usize {
        let n = self.toks.len();
        let k = at / BLOCK;
        let lo = self.blocks.get(k).map_or(n, |&b| count(b) as usize).min(n);
        let hi = self.blocks.get(k + 1).map_or(n, |&b| count(b) as usize).min(n);
        if lo >= hi {
            return lo;
        }
        lo + self.toks[lo..hi].partition_point(pred)
    }

    /// True when token `i` is in gazetteer list `l` on its own.
    #[must_use]
    pub fn is(&self, i: usize, l: List) -> bool {
        self.gaz.get(i).is_some_and(|m| m & l.bit() != 0)
    }
}
