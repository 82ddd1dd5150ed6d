//! Tokenizer: splits text into word and punctuation tokens with byte offsets.
//!
//! Words keep inner periods (`U.S.`, `J.K.`), known abbreviations keep their
//! final period (`Jr.`, `St.`), hyphenated compounds stay whole, and the
//! possessive `'s` / `'` (straight or curly) becomes a token of its own so a
//! name never includes it.

/// One token: a byte range plus layout flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Zero-based line number.
    pub line: u32,
    /// First token of its line.
    pub line_start: bool,
    /// First word of a sentence (after `.`, `?`, `!`, `:` or at line start).
    pub sent_start: bool,
}

/// Abbreviations whose final period belongs to the word.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "maj",
    "adm", "prof", "rev", "inc", "corp", "co", "ltd", "no", "vs", "mt", "ft", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cmdr", "atty", "supt", "insp", "det", "messrs",
    "bros", "ave", "blvd", "pres", "ste", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
    "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/// Company endings whose period ends the sentence at the end of a line.
const COMPANY_ENDINGS: &[&str] = &["inc", "corp", "co", "ltd", "bros", "plc"];

fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '¿' | '¡' | '*'
    )
}

fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '?' | '!' | ')' | ']' | '}' | '"' | '”' | '»' | '*'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens.
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut line = 0u32;
    let mut line_start = true;
    let mut chunk_start: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII bytes are most of the text: only the rest is decoded.
        let (c, n) = if bytes[i].is_ascii() {
            (char::from(bytes[i]), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        };
        let dash = c == '—' || c == '–';
        if c.is_whitespace() || dash {
            if let Some(s) = chunk_start.take() {
                line_start = push_chunk(text, s, i, line, line_start, &mut out);
            }
            if dash {
                out.push(make(i, i + n, line, line_start));
                line_start = false;
            }
            if c == '\n' {
                line += 1;
                line_start = true;
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
        i += n;
    }
    if let Some(s) = chunk_start {
        push_chunk(text, s, text.len(), line, line_start, &mut out);
    }
    mark_sentences(text, &mut out);
    out
}

fn make(start: usize, end: usize, line: u32, line_start: bool) -> Token {
    Token {
        start,
        end,
        line,
        line_start,
        sent_start: false,
    }
}

/// Splits one whitespace-free chunk; returns the new `line_start` flag.
fn push_chunk(text: &str, mut a: usize, mut b: usize, line: u32, mut ls: bool, out: &mut Vec<Token>) -> bool {
    if !text[a..b].chars().any(char::is_alphanumeric) {
        out.push(make(a, b, line, ls));
        return false;
    }
    while let Some(c) = text[a..b].chars().next() {
        if !is_open_punct(c) {
            break;
        }
        out.push(make(a, a + c.len_utf8(), line, ls));
        ls = false;
        a += c.len_utf8();
    }
    // Trailing pieces are pushed last first, then the word, and the run is
    // turned around.
    let mark = out.len();
    while a < b {
        let eol = text[b..].chars().next().is_none_or(|c| c == '\n' || c == '\r');
        let Some(n) = trailing_piece(&text[a..b], eol) else {
            break;
        };
        out.push(make(b - n, b, line, false));
        b -= n;
    }
    if a < b {
        out.push(make(a, b, line, false));
    }
    out[mark..].reverse();
    if let Some(first) = out.get_mut(mark) {
        first.line_start = ls;
    }
    false
}

/// Byte length of a trailing piece that must be split off `w`, if any.
fn trailing_piece(w: &str, eol: bool) -> Option<usize> {
    let last = w.chars().next_back()?;
    if w.len() == last.len_utf8() {
        return None;
    }
    if is_close_punct(last) {
        return Some(last.len_utf8());
    }
    if is_apostrophe(last) {
        return Some(last.len_utf8());
    }
    if last == 's' || last == 'S' {
        let head = &w[..w.len() - 1];
        if let Some(ap) = head.chars().next_back() {
            if is_apostrophe(ap) && head.len() > ap.len_utf8() {
                return Some(1 + ap.len_utf8());
            }
        }
        return None;
    }
    if last == '.' {
        return split_period(w, eol);
    }
    None
}

fn split_period(w: &str, eol: bool) -> Option<usize> {
    if w.ends_with("...") && w.len() > 3 {
        return Some(3);
    }
    let inner = &w[..w.len() - 1];
    if inner.ends_with('.') {
        return Some(1);
    }
    if !inner.chars().any(char::is_alphabetic) {
        return Some(1);
    }
    if inner.contains('.') && !inner.chars().any(char::is_lowercase) {
        return None;
    }
    if inner.chars().count() == 1 && inner.chars().all(char::is_uppercase) {
        return None;
    }
    let lower = inner.to_lowercase();
    if eol && COMPANY_ENDINGS.contains(&lower.as_str()) {
        return Some(1);
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return None;
    }
    Some(1)
}

/// Capitalised words that open a sentence after an abbreviation's dot
/// ("… leader Hun Sen. He said"), never continuing a name.
const OPENERS_AFTER_DOT: &[&str] = &[
    "He", "She", "It", "They", "We", "I", "The", "A", "An", "This", "That", "These", "Those", "But", "And",
    "His", "Her", "Their", "Its", "In", "On", "At", "After", "When", "There",
];

fn mark_sentences(text: &str, toks: &mut [Token]) {
    let mut pending = true;
    let mut after_dot = false;
    for t in toks.iter_mut() {
        let s = &text[t.start..t.end];
        if t.line_start {
            pending = true;
        }
        let punct_only = !s.chars().any(char::is_alphanumeric);
        if punct_only {
            if s.ends_with(['.', '?', '!', ':']) {
                pending = true;
            }
            after_dot = false;
            continue;
        }
        t.sent_start = pending || (after_dot && OPENERS_AFTER_DOT.contains(&s));
        pending = false;
        after_dot = s.ends_with('.');
    }
}

/// True when the word starts with an uppercase letter.
#[must_use]
pub fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True when the word has letters and none of them is lowercase.
#[must_use]
pub fn is_all_caps(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn splits_possessives_and_keeps_abbreviations() {
        let t = "U.S. envoy met Scholz’s aide and Moses' friend, J.K. Rowling Jr. (DHS).";
        assert_eq!(
            words(t),
            [
                "U.S.", "envoy", "met", "Scholz", "’s", "aide", "and", "Moses", "'", "friend", ",", "J.K.",
                "Rowling", "Jr.", "(", "DHS", ")", "."
            ]
        );
    }

    #[test]
    fn marks_sentence_starts() {
        let t = "Lula spoke. The talks ended.\nNew line";
        let toks = tokenize(t);
        let starts: Vec<&str> = toks
            .iter()
            .filter(|t| t.sent_start)
            .map(|x| &t[x.start..x.end])
            .collect();
        assert_eq!(starts, ["Lula", "The", "New"]);
    }
}
