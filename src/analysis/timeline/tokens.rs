//! Tokenizer: words, numbers and single punctuation characters with byte
//! spans that always lie on character boundaries.

use super::lexicon::{Lex, lookup_key};

/// The shape of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (ASCII or any Unicode alphabetic character).
    Word,
    /// A run of ASCII digits (possibly with `,`/`.` separators).
    Num,
    /// Any other single character.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Shape.
    pub kind: Kind,
    /// Lexicon meaning (words only).
    pub lex: Lex,
    /// Numeric value of a plain digit run (saturating), else 0.
    pub num: u32,
    /// Digit count of a plain digit run; 0 for words, punctuation and
    /// numbers with separators ("2,021", "3.5").
    pub digits: u8,
    /// The first character is an ASCII uppercase letter; for punctuation
    /// the character itself when ASCII.
    pub head: u8,
}

impl Tok {
    /// True for a punctuation token of the ASCII character `c`.
    pub fn is(&self, c: u8) -> bool {
        self.kind == Kind::Punct && self.head == c
    }

    /// True for a word starting with an uppercase ASCII letter.
    pub fn capitalized(&self) -> bool {
        self.kind == Kind::Word && self.head.is_ascii_uppercase()
    }

    /// A plain number with exactly `n` digits.
    pub fn num_digits(&self, n: u8) -> Option<u32> {
        (self.kind == Kind::Num && self.digits == n).then_some(self.num)
    }

    /// A plain number of one or two digits.
    pub fn small_num(&self) -> Option<u32> {
        (self.kind == Kind::Num && (1..=2).contains(&self.digits)).then_some(self.num)
    }
}

/// Splits `text` into tokens.
/// Also returns the indices of the tokens where an expression may start
/// (see `may_start`), so that the grammar never looks at the others.
pub fn tokenize(text: &str) -> (Vec<Tok>, Vec<usize>) {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(bytes.len() / 5 + 1);
    let mut starts = Vec::with_capacity(bytes.len() / 64 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let at = toks.len();
        if b.is_ascii_digit() {
            i = number(bytes, i, &mut toks);
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && starts_letter(text, i)) {
            i = word(text, i, &mut toks);
        } else {
            let len = char_len(text, i);
            toks.push(Tok {
                start: i,
                end: i + len,
                kind: Kind::Punct,
                lex: Lex::None,
                num: 0,
                digits: 0,
                head: if b.is_ascii() { b } else { 0 },
            });
            i += len;
        }
        if toks.get(at).is_some_and(may_start) {
            starts.push(at);
        }
    }
    (toks, starts)
}

/// True when an expression may start at token `t` (a cheap filter).
pub fn may_start(t: &Tok) -> bool {
    match t.kind {
        Kind::Num => true,
        Kind::Punct => t.is(b'\''),
        Kind::Word => {
            t.lex != Lex::None
                || matches!(
                    t.head,
                    b'Q' | b'H' | b'N' | b'I' | b'E' | b'V' | b'P' | b'M' | b'L'
                )
        }
    }
}

fn char_len(text: &str, i: usize) -> usize {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8)
}

fn starts_letter(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphabetic)
}

fn number(bytes: &[u8], start: usize, toks: &mut Vec<Tok>) -> usize {
    let mut i = start;
    let mut value: u32 = 0;
    let mut plain = true;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            value = value
                .saturating_mul(10)
                .saturating_add(u32::from(bytes[i] - b'0'));
            i += 1;
        }
        let sep = matches!(bytes.get(i), Some(b',' | b'.'));
        if sep && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            plain = false;
            i += 1;
        } else {
            break;
        }
    }
    let digits = if plain {
        u8::try_from(i - start).unwrap_or(u8::MAX)
    } else {
        0
    };
    toks.push(Tok {
        start,
        end: i,
        kind: Kind::Num,
        lex: Lex::None,
        num: value,
        digits,
        head: bytes[start],
    });
    i
}

fn word(text: &str, start: usize, toks: &mut Vec<Tok>) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut key: u128 = 0;
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        key = (key << 8) | u128::from(bytes[i] | 0x20);
        i += 1;
    }
    let mut ascii = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b >= 0x80 && starts_letter(text, i) {
            ascii = false;
            i += char_len(text, i);
        } else {
            break;
        }
    }
    let lex = if ascii && i - start <= MAX_LEXICON_WORD {
        lookup_key(key)
    } else {
        Lex::None
    };
    toks.push(Tok {
        start,
        end: i,
        kind: Kind::Word,
        lex,
        num: 0,
        digits: 0,
        head: bytes[start],
    });
    i
}

/// Longer words are never in the lexicon.
const MAX_LEXICON_WORD: usize = 12;

#[cfg(test)]
mod tests {
    use super::{Kind, tokenize};

    #[test]
    fn shapes() {
        let text = "On Jan. 5, 2,021 people—2023’s über 3.5";
        let (toks, starts) = tokenize(text);
        assert!(starts.contains(&1) && starts.contains(&3) && !starts.contains(&11));
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            vec![
                "On", "Jan", ".", "5", ",", "2,021", "people", "—", "2023", "’", "s", "über", "3.5"
            ]
        );
        assert_eq!(toks[3].num_digits(1), Some(5));
        assert_eq!(toks[5].kind, Kind::Num);
        assert_eq!(toks[5].digits, 0);
        assert_eq!(toks[8].num_digits(4), Some(2023));
    }
}
