//! Sentence boundaries for news text.
//!
//! A fast byte scanner: a sentence ends at `.`, `!` or `?` (plus any closing
//! quotes or brackets) followed by whitespace and a plausible sentence start,
//! and at line breaks (headlines, datelines, paragraphs). Abbreviations such
//! as `U.S.`, `Mr.`, `Jan.` and initials do not end a sentence unless the
//! next word is a typical sentence opener. Only ASCII bytes are ever used as
//! cut points, so every span lies on character boundaries.

use super::Span;

/// Titles and abbreviations that practically never end a sentence.
const NEVER_FINAL: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "col", "dec", "dr", "feb", "fig", "gen", "gov", "jan", "jul", "jun",
    "lt", "maj", "mar", "messrs", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen",
    "sep", "sept", "sgt", "st", "supt", "vs",
];

/// Abbreviations that end a sentence only before a typical sentence opener.
const MAYBE_FINAL: &[&str] = &["bros", "co", "corp", "etc", "inc", "jr", "ltd", "plc", "sr"];

/// Words that typically open a sentence (used after ambiguous abbreviations).
const OPENERS: &[&str] = &[
    "a",
    "after",
    "an",
    "and",
    "as",
    "at",
    "but",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "many",
    "meanwhile",
    "most",
    "mr",
    "mrs",
    "ms",
    "on",
    "one",
    "our",
    "she",
    "since",
    "so",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "to",
    "under",
    "we",
    "when",
    "while",
    "yet",
    "you",
];

/// Returns the spans of the sentences of `text`, trimmed of surrounding
/// whitespace, in text order. Empty lines produce no sentence.
#[must_use]
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        i = next_special(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        match b {
            b'\n' => {
                if !is_soft_wrap(bytes, i) {
                    push_trimmed(bytes, start, i, &mut spans);
                    start = i + 1;
                }
                i += 1;
            }
            b'.' | b'!' | b'?' => {
                let end = closing_end(bytes, i + 1);
                if ends_sentence(bytes, start, i, end) {
                    push_trimmed(bytes, start, end, &mut spans);
                    start = end;
                }
                i = end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    push_trimmed(bytes, start, bytes.len(), &mut spans);
    spans
}

/// Index of the next `\n`, `.`, `!` or `?` at or after `i` (or the end),
/// scanning eight bytes at a time.
fn next_special(bytes: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let has = |x: u64, c: u8| {
        let y = x ^ (LO * u64::from(c));
        y.wrapping_sub(LO) & !y & HI
    };
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if has(x, b'\n') | has(x, b'.') | has(x, b'!') | has(x, b'?') != 0 {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && !matches!(bytes[i], b'\n' | b'.' | b'!' | b'?') {
        i += 1;
    }
    i
}

/// Skips further terminal punctuation and closing quotes/brackets after a
/// terminal mark; returns the byte just past them.
fn closing_end(bytes: &[u8], mut j: usize) -> usize {
    loop {
        match bytes.get(j..) {
            Some([b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']', ..]) => j += 1,
            // U+2019 ’ and U+201D ”
            Some([0xE2, 0x80, 0x99 | 0x9D, ..]) => j += 3,
            _ => return j,
        }
    }
}

/// Decides whether the terminal mark at `mark` (closing run ending at `end`)
/// ends the sentence that began at `start`.
fn ends_sentence(bytes: &[u8], start: usize, mark: usize, end: usize) -> bool {
    let Some(&after) = bytes.get(end) else {
        return true;
    };
    if !after.is_ascii_whitespace() {
        return false;
    }
    let next = next_word(bytes, end);
    let Some(&first) = bytes.get(next) else {
        return true;
    };
    if bytes[end..next].contains(&b'\n') {
        return true;
    }
    let plausible_start = first.is_ascii_uppercase()
        || first.is_ascii_digit()
        || matches!(first, b'"' | b'\'' | b'(' | b'`' | b'[' | 0xE2);
    if !plausible_start {
        return false;
    }
    if bytes[mark] != b'.' || end != mark + 1 {
        return true;
    }
    abbreviation_allows_end(bytes, start, mark, next)
}

/// For a period directly after a word: false when the word is an
/// abbreviation that does not end the sentence here.
fn abbreviation_allows_end(bytes: &[u8], start: usize, mark: usize, next: usize) -> bool {
    let mut w = mark;
    while w > start && (bytes[w - 1].is_ascii_alphabetic() || bytes[w - 1] == b'.') {
        w -= 1;
    }
    let word = &bytes[w..mark];
    if word.is_empty() {
        return true;
    }
    let opener = next_is_opener(bytes, next);
    if word.contains(&b'.') || (word.len() == 1 && word[0].is_ascii_uppercase()) {
        // U.S., U.N., a.m., initials: final only before a clear opener.
        return opener && word.len() > 1;
    }
    let lower = lower_word(word);
    let lower = lower.as_str();
    if NEVER_FINAL.contains(&lower) {
        return false;
    }
    if MAYBE_FINAL.contains(&lower) {
        return opener;
    }
    true
}

/// True when the word starting at `at` is a typical sentence opener.
fn next_is_opener(bytes: &[u8], at: usize) -> bool {
    let mut e = at;
    while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
        e += 1;
    }
    let lower = lower_word(&bytes[at..e]);
    OPENERS.contains(&lower.as_str())
}

/// Lowercases an ASCII word (non-ASCII bytes are dropped).
fn lower_word(word: &[u8]) -> String {
    word.iter()
        .filter(|b| b.is_ascii_alphabetic())
        .map(|b| char::from(b.to_ascii_lowercase()))
        .collect()
}

/// Index of the first byte after whitespace, skipping opening quotes.
fn next_word(bytes: &[u8], mut j: usize) -> usize {
    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
        j += 1;
    }
    j
}

/// A line break inside running text: previous line ends in a lowercase
/// letter or comma and the next line starts with a lowercase letter.
fn is_soft_wrap(bytes: &[u8], nl: usize) -> bool {
    let prev = bytes[..nl]
        .iter()
        .rev()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\r'));
    let next = bytes.get(nl + 1);
    matches!(prev, Some(b) if b.is_ascii_lowercase() || *b == b',')
        && matches!(next, Some(b) if b.is_ascii_lowercase())
}

/// Pushes `[start, end)` trimmed of ASCII whitespace, if not empty.
fn push_trimmed(bytes: &[u8], mut start: usize, mut end: usize, spans: &mut Vec<Span>) {
    while start < end && bytes[start].is_ascii_whitespace() {
        start += 1;
    }
    while end > start && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if end > start {
        spans.push(Span::new(start, end));
    }
}

#[cfg(test)]
mod tests {
    use super::sentence_spans;

    fn split(text: &str) -> Vec<&str> {
        sentence_spans(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn simple_sentences() {
        assert_eq!(
            split("The cat sat. The dog ran! Did it? Yes."),
            vec!["The cat sat.", "The dog ran!", "Did it?", "Yes."]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        let text = "Mr. Smith met Dr. Jones on Jan. 5 in St. Louis. They talked.";
        assert_eq!(
            split(text),
            vec!["Mr. Smith met Dr. Jones on Jan. 5 in St. Louis.", "They talked."]
        );
    }

    #[test]
    fn initials_and_country_abbreviations() {
        let text = "J. R. Doe visited the U.S. Senate. The U.S. The end came.";
        assert_eq!(
            split(text),
            vec!["J. R. Doe visited the U.S. Senate.", "The U.S.", "The end came."]
        );
    }

    #[test]
    fn company_suffix_before_opener() {
        let text = "He works for Acme Inc. The firm grew. Acme Corp. Chairman spoke.";
        assert_eq!(
            split(text),
            vec![
                "He works for Acme Inc.",
                "The firm grew.",
                "Acme Corp. Chairman spoke."
            ]
        );
    }

    #[test]
    fn quotes_after_period() {
        let text = "He said, \"We won.\" Then he left. ``Fine,'' she said. ‘Ok.’ Next.";
        assert_eq!(
            split(text),
            vec![
                "He said, \"We won.\"",
                "Then he left.",
                "``Fine,'' she said.",
                "‘Ok.’",
                "Next."
            ]
        );
    }

    #[test]
    fn headlines_and_paragraphs() {
        let text = "BIG HEADLINE HERE\nLONDON 2023-03-15\n\nFirst line of body.\n\nSecond para";
        assert_eq!(
            split(text),
            vec![
                "BIG HEADLINE HERE",
                "LONDON 2023-03-15",
                "First line of body.",
                "Second para"
            ]
        );
    }

    #[test]
    fn soft_wrapped_lines_join() {
        let text = "this sentence is\nwrapped over lines. Next one.";
        assert_eq!(
            split(text),
            vec!["this sentence is\nwrapped over lines.", "Next one."]
        );
    }

    #[test]
    fn decimals_and_lowercase_continuations() {
        let text = "Prices rose 3.5 percent. it was e.g. fine.";
        assert_eq!(split(text), vec!["Prices rose 3.5 percent. it was e.g. fine."]);
    }

    #[test]
    fn unicode_never_panics() {
        let text = "Ünïcödé. Straße! 東京は晴れ。 Ça va? “Oui.” — fin…\n\u{2019}.";
        for span in sentence_spans(text) {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        assert!(sentence_spans("").is_empty());
        assert!(sentence_spans("   \n\n ").is_empty());
    }
}
