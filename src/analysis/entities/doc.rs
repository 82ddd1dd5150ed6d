//! A tokenized article with the per-token facts both taggers use.

use super::super::EntityKind;
use super::fasthash::FastMap;
use super::gazetteer::{List, fold, gazetteer};
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

/// Word ids for `folded` plus, per id, the index of its first token.
fn word_ids(folded: &[String]) -> (Vec<u32>, Vec<usize>) {
    let mut map: FastMap<&str, u32> = FastMap::default();
    let mut uniq = Vec::new();
    let ids = folded
        .iter()
        .enumerate()
        .map(|(k, f)| {
            *map.entry(f.as_str()).or_insert_with(|| {
                uniq.push(k);
                u32::try_from(uniq.len() - 1).unwrap_or(u32::MAX)
            })
        })
        .collect();
    (ids, uniq)
}

/// A tokenized article.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The article text.
    pub text: &'a str,
    /// Its tokens.
    pub toks: Vec<Token>,
    /// Folded token texts.
    pub folded: Vec<String>,
    /// Single-token gazetteer masks.
    pub gaz: Vec<u16>,
    /// Multi-token gazetteer matches: (0 none, 1 begin, 2 inside, mask).
    pub gspan: Vec<(u8, u16)>,
    /// Token lies in a headline-style line (all caps or title case).
    pub caps_line: Vec<bool>,
    /// Word id of each token (equal folded forms share an id).
    pub ids: Vec<u32>,
    /// Per word id: bit 0 seen capitalised mid-sentence in an ordinary line,
    /// bit 1 seen in lowercase.
    pub seen: Vec<u8>,
}

impl<'a> Doc<'a> {
    /// Tokenizes `text` and computes the token facts.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
        let folded: Vec<String> = toks.iter().map(|t| fold(&text[t.start..t.end])).collect();
        let g = gazetteer();
        let (ids, uniq) = word_ids(&folded);
        let masks: Vec<u16> = uniq.iter().map(|&k| g.get(&folded[k])).collect();
        let gaz = ids.iter().map(|&id| masks[id as usize]).collect();
        let mut doc = Self {
            text,
            toks,
            folded,
            gaz,
            gspan: Vec::new(),
            caps_line: Vec::new(),
            seen: vec![0; uniq.len()],
            ids,
        };
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
        while i < self.toks.len() {
            if is_capitalized(self.word(i)) {
                if let Some((n, m)) = g.longest(&self.folded, i, List::Stop.bit()) {
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
    pub fn tokens_in(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let a = self.toks.partition_point(|t| t.end <= start);
        let b = self.toks.partition_point(|t| t.start < end);
        a..b.max(a)
    }

    /// True when token `i` is in gazetteer list `l` on its own.
    #[must_use]
    pub fn is(&self, i: usize, l: List) -> bool {
        self.gaz.get(i).is_some_and(|m| m & l.bit() != 0)
    }
}
