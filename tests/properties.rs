//! Property tests: the analysis never panics on arbitrary text, and every span
//! it reports lies on character boundaries inside the text.
#![allow(clippy::unwrap_used)]

use dateline::analysis::analyze_text;
use proptest::prelude::*;

/// Text that looks a little like news: words, capitals, digits, punctuation,
/// accents, CJK and emoji, so the engines' code paths are exercised.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "The",
        "President",
        "Olaf",
        "Scholz",
        "Scholz's",
        "U.S.",
        "E.U.",
        "São",
        "Paulo",
        "Zürich",
        "said",
        "on",
        "Monday",
        "next",
        "week",
        "the",
        "day",
        "March",
        "7,",
        "2023",
        "1990s",
        "Q2",
        "ago",
        "two",
        "years",
        "in",
        "—",
        "(DHS)",
        "\"",
        "'",
        ".",
        ",",
        "\n",
        "\n\n",
        "東京",
        "🙂",
        "Ñ",
        "de",
        "da",
        "von",
        "der",
        "Jr.",
        "St.",
        "10",
        "p.m.",
        "noon",
        "tonight",
        "later",
        "1999",
        "2,021",
        "-",
        "–",
        "Mr.",
        "LONDON",
        "1996-08-30",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|words| words.join(" "))
}

fn check(text: &str) {
    let analysis = analyze_text(text, "2023-03-15".parse().ok());
    for e in &analysis.entities {
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            assert!(m.start < m.end && m.end <= text.len(), "{m:?} in {text:?}");
            assert!(
                text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
                "{m:?} in {text:?}"
            );
            assert!(
                !text[m.start..m.end].contains('\n'),
                "{m:?} crosses a line in {text:?}"
            );
        }
    }
    for t in &analysis.timeline {
        let s = t.span;
        assert!(s.start < s.end && s.end <= text.len(), "{s:?} in {text:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?} in {text:?}"
        );
        assert_eq!(&text[s.start..s.end], t.text);
        assert!(
            t.sentence.start <= s.start && s.end <= t.sentence.end,
            "sentence holds the expression"
        );
        assert!(text.is_char_boundary(t.sentence.start) && text.is_char_boundary(t.sentence.end));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_on_arbitrary_unicode(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn spans_stay_on_char_boundaries_in_newsish_text(text in newsish()) {
        check(&text);
    }
}
