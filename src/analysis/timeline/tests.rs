//! Engine-level tests. All example sentences are invented for these tests.

use super::super::Granularity;
use super::extract_timeline;
use jiff::civil::{Date, date};

/// Wednesday 15 March 2023.
const PUB: Date = date(2023, 3, 15);

fn pairs_at(text: &str, published: Option<Date>) -> Vec<(String, String)> {
    extract_timeline(text, published)
        .into_iter()
        .map(|e| (e.text, e.value))
        .collect()
}

fn pairs(text: &str) -> Vec<(String, String)> {
    pairs_at(text, Some(PUB))
}

/// Asserts the (text, value) pairs found in `text` published on PUB.
fn check(text: &str, expected: &[(&str, &str)]) {
    check_at(text, PUB, expected);
}

/// Asserts the (text, value) pairs found in `text` published on `published`
/// (shared by the chronology and news tests).
pub(super) fn check_at(text: &str, published: Date, expected: &[(&str, &str)]) {
    let got = pairs_at(text, Some(published));
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
    assert_eq!(got, want, "text: {text}");
}

#[test]
fn absolute_dates() {
    check(
        "The law passed on March 7, 2023.",
        &[("March 7, 2023", "2023-03-07")],
    );
    check(
        "It opened on 7 March 2023 in Rome.",
        &[("7 March 2023", "2023-03-07")],
    );
    check("Filed 2023-03-07 in court.", &[("2023-03-07", "2023-03-07")]);
    check(
        "Results came on Sept. 30, 2022.",
        &[("Sept. 30, 2022", "2022-09-30")],
    );
    check("The vote in March 2023 failed.", &[("March 2023", "2023-03")]);
    check("Prices rose in 2023.", &[("2023", "2023")]);
    check("It was big in the 1990s.", &[("the 1990s", "199")]);
    check("A problem of the 21st century.", &[("the 21st century", "20")]);
    check("Sales fell in Q2 2023.", &[("Q2 2023", "2023-Q2")]);
    check("Revenue in fiscal 2023 grew.", &[("fiscal 2023", "2023")]);
    check(
        "Profit in the third quarter of 2022 fell.",
        &[("the third quarter of 2022", "2022-Q3")],
    );
    check(
        "Growth in the first half of 2022.",
        &[("the first half of 2022", "2022-H1")],
    );
    check("She arrived on 3/7/2023.", &[("3/7/2023", "2023-03-07")]);
}

#[test]
fn month_day_takes_year_from_context() {
    check(
        "The minister said on Jan. 5 that prices rose.",
        &[("Jan. 5", "2023-01-05")],
    );
    check(
        "The summit will open on Dec. 1 in Paris.",
        &[("Dec. 1", "2023-12-01")],
    );
    check("Voting is set for March 20.", &[("March 20", "2023-03-20")]);
    check(
        "The storm hit on Dec. 28, officials said.",
        &[("Dec. 28", "2022-12-28")],
    );
}

#[test]
fn relative_to_publication() {
    check("He left today.", &[("today", "2023-03-15")]);
    check("He left yesterday.", &[("yesterday", "2023-03-14")]);
    check("He leaves tomorrow.", &[("tomorrow", "2023-03-16")]);
    check("He speaks tonight.", &[("tonight", "2023-03-15TNI")]);
    check("Talks continue this week.", &[("this week", "2023-W11")]);
    check("Talks resume next week.", &[("next week", "2023-W12")]);
    check("Sales fell last month.", &[("last month", "2023-02")]);
    check("Elections are due next year.", &[("next year", "2024")]);
    check(
        "It was agreed earlier this year.",
        &[("earlier this year", "2023")],
    );
    check("He was arrested two days ago.", &[("two days ago", "2023-03-13")]);
    check("She moved three years ago.", &[("three years ago", "2020")]);
    check("The law takes effect in two weeks.", &[("two weeks", "2023-W13")]);
    check("Prices rose last year.", &[("last year", "2022")]);
}

#[test]
fn weekdays_follow_tense() {
    check("The envoy will arrive on Sunday.", &[("Sunday", "2023-03-19")]);
    check("The envoy arrived on Sunday.", &[("Sunday", "2023-03-12")]);
    check(
        "The company said Tuesday it would cut jobs.",
        &[("Tuesday", "2023-03-14")],
    );
    check(
        "Police said Wednesday the road was open.",
        &[("Wednesday", "2023-03-15")],
    );
    check("The board met last Friday.", &[("last Friday", "2023-03-10")]);
    check("The board meets next Monday.", &[("next Monday", "2023-03-20")]);
    check(
        "Fighting resumed Tuesday night.",
        &[("Tuesday night", "2023-03-14TNI")],
    );
    check(
        "Talks are scheduled to resume Friday.",
        &[("Friday", "2023-03-17")],
    );
    check(
        "Rain fell Monday morning.",
        &[("Monday morning", "2023-03-13TMO")],
    );
}

#[test]
fn anaphora_follows_the_narrative() {
    check(
        "The talks began on March 2. The next day, both sides left. \
         Two days later they returned, and that night they signed.",
        &[
            ("March 2", "2023-03-02"),
            ("The next day", "2023-03-03"),
            ("Two days later", "2023-03-05"),
            ("that night", "2023-03-05TNI"),
        ],
    );
    check(
        "The fire started on Feb. 10, 2021. The day before, a storm passed. \
         Crews returned the following week. A year earlier, it had flooded.",
        &[
            ("Feb. 10, 2021", "2021-02-10"),
            ("The day before", "2021-02-09"),
            ("the following week", "2021-W07"),
            ("A year earlier", "2020"),
        ],
    );
    check(
        "The first round is on June 4 and the runoff a week later. Two weeks later, parliament meets.",
        &[
            ("June 4", "2023-06-04"),
            ("a week later", "2023-06-11"),
            ("Two weeks later", "2023-06-25"),
        ],
    );
    check(
        "He resigned on Monday. The same day, his deputy quit.",
        &[("Monday", "2023-03-13"), ("The same day", "2023-03-13")],
    );
}

#[test]
fn times_of_day() {
    check(
        "The vote is at 3 p.m. Tuesday.",
        &[("3 p.m. Tuesday", "2023-03-14T15:00")],
    );
    check(
        "They met at noon on Monday.",
        &[("noon on Monday", "2023-03-13T12:00")],
    );
    check(
        "Polls will close at 8:30 p.m. EST Thursday.",
        &[("8:30 p.m. EST Thursday", "2023-03-16T20:30")],
    );
    check(
        "The quake struck at 10:35 a.m.",
        &[("10:35 a.m.", "2023-03-15T10:35")],
    );
}

#[test]
fn months_and_seasons_without_year() {
    check("Prices fell in January.", &[("January", "2023-01")]);
    check("The plant will open in December.", &[("December", "2023-12")]);
    check("The plant opened in December.", &[("December", "2022-12")]);
    check("Work starts this summer.", &[("this summer", "2023-SU")]);
    check("It closed last December.", &[("last December", "2022-12")]);
    check("The deal was agreed last fall.", &[("last fall", "2022-FA")]);
    check(
        "Schools reopen in the fall of 2023.",
        &[("the fall of 2023", "2023-FA")],
    );
}

#[test]
fn references() {
    check("Prices are now falling.", &[("now", "PRESENT_REF")]);
    check("He currently lives abroad.", &[("currently", "PRESENT_REF")]);
    check("Such crises happened in the past.", &[("the past", "PAST_REF")]);
    check(
        "Nobody knows what the future holds.",
        &[("the future", "FUTURE_REF")],
    );
    check("He was formerly a judge.", &[("formerly", "PAST_REF")]);
    check("The group met recently.", &[("recently", "PAST_REF")]);
}

#[test]
fn durations_sets_and_numbers_are_not_dates() {
    for text in [
        "He served for three years.",
        "The strike lasted two weeks.",
        "The market opens every Tuesday.",
        "About 2,021 people attended.",
        "She stayed in room 1999.",
        "The ticket cost $2000.",
        "The motion got 1999 votes.",
        "Shares fell 2023 points.",
        "They meet on Tuesdays.",
        "He reads the paper daily.",
        "The past two months were hard.",
        "The May report was late.",
        "Marchers may march in May if they may.",
    ] {
        let got = pairs(text);
        let dates: Vec<_> = got.iter().filter(|(t, _)| t != "May").collect();
        assert!(dates.is_empty(), "{text}: {got:?}");
    }
    assert!(pairs("Marchers may march.").is_empty());
}

#[test]
fn year_boundaries() {
    let monday = date(2023, 1, 2);
    check_at("Talks stalled last week.", monday, &[("last week", "2022-W52")]);
    check_at(
        "The firm said Friday it would expand.",
        monday,
        &[("Friday", "2022-12-30")],
    );
    check_at("Prices rose in December.", monday, &[("December", "2022-12")]);
    check_at("Sales rose last year.", monday, &[("last year", "2022")]);
    check_at(
        "He left yesterday.",
        date(2023, 1, 1),
        &[("yesterday", "2022-12-31")],
    );
    check_at(
        "The fair is on Jan. 3.",
        date(2022, 12, 30),
        &[("Jan. 3", "2023-01-03")],
    );
}

#[test]
fn leap_years() {
    check_at(
        "He left yesterday.",
        date(2024, 3, 1),
        &[("yesterday", "2024-02-29")],
    );
    check_at(
        "He left yesterday.",
        date(2023, 3, 1),
        &[("yesterday", "2023-02-28")],
    );
    check_at(
        "It ended on Feb. 29.",
        date(2024, 3, 10),
        &[("Feb. 29", "2024-02-29")],
    );
    check_at(
        "It began a year ago.",
        date(2024, 2, 29),
        &[("a year ago", "2023")],
    );
    assert!(
        pairs("It ended on Feb. 30, 2023.")
            .iter()
            .all(|(_, v)| v != "2023-02-30")
    );
}

#[test]
fn iso_weeks_across_year_ends() {
    check_at(
        "Talks continue this week.",
        date(2024, 12, 30),
        &[("this week", "2025-W01")],
    );
    check_at(
        "Talks resume next week.",
        date(2024, 12, 30),
        &[("next week", "2025-W02")],
    );
    check_at(
        "Talks continue this week.",
        date(2021, 1, 3),
        &[("this week", "2020-W53")],
    );
    check_at(
        "Talks ended last week.",
        date(2021, 1, 5),
        &[("last week", "2020-W53")],
    );
}

#[test]
fn dateline_supplies_the_reference() {
    let text =
        "BIG STORM HITS COAST\nLONDON 1996-08-30\nThe storm hit the coast on Thursday, officials said.";
    let got = pairs_at(text, None);
    assert!(
        got.contains(&("Thursday".to_owned(), "1996-08-29".to_owned())),
        "{got:?}"
    );
    let text = "Rome, March 7, 2024 - Ministers met yesterday.";
    let got = pairs_at(text, None);
    assert!(
        got.contains(&("yesterday".to_owned(), "2024-03-06".to_owned())),
        "{got:?}"
    );
}

#[test]
fn unknown_reference_leaves_unknown_parts() {
    let got = pairs_at("Ministers met yesterday and will meet in June.", None);
    assert_eq!(
        got,
        vec![
            ("yesterday".to_owned(), "XXXX-XX-XX".to_owned()),
            ("June".to_owned(), "XXXX-06".to_owned())
        ]
    );
}

#[test]
fn entries_carry_granularity_and_sentence() {
    let text = "Markets fell. Sales dropped last week, the firm said Tuesday.";
    let entries = extract_timeline(text, Some(PUB));
    let grans: Vec<Granularity> = entries.iter().map(|e| e.granularity).collect();
    assert_eq!(grans, vec![Granularity::Week, Granularity::Day]);
    for e in &entries {
        assert_eq!(
            &text[e.sentence.start..e.sentence.end],
            "Sales dropped last week, the firm said Tuesday."
        );
        assert_eq!(&text[e.span.start..e.span.end], e.text);
    }
}

/// Fragments the fuzz test glues together.
const PIECES: [&str; 48] = [
    "März",
    "東京",
    "Tuesday",
    "3 p.m.",
    "’",
    "—",
    "1999",
    "Jan.",
    "ñ",
    "🙂",
    "the",
    "next",
    "day",
    ",",
    ".",
    "\n",
    "'",
    "9",
    "a",
    "ago",
    "Q",
    "2",
    "-",
    "ü",
    "\u{200b}",
    "May",
    "s",
    "/",
    ":",
    "31",
    "99999999999999999999",
    "0000",
    "2199",
    "last",
    "of",
    "quarter",
    "half",
    "week",
    "noon",
    "years",
    "999",
    "that",
    "fiscal",
    "twenty",
    "nineteen",
    "thousand",
    "Eve",
    "early",
];

#[test]
fn arbitrary_unicode_never_panics() {
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..2000 {
        let mut text = String::new();
        for _ in 0..30 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let k = usize::try_from(seed % 48).unwrap_or(0);
            text.push_str(PIECES[k]);
            if seed % 3 == 0 {
                text.push(' ');
            }
        }
        for published in [Some(PUB), None] {
            for e in extract_timeline(&text, published) {
                assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
                assert!(text.is_char_boundary(e.sentence.start) && text.is_char_boundary(e.sentence.end));
                assert!(e.span.start < e.span.end && e.span.end <= text.len());
            }
        }
    }
}

#[test]
fn narrative_and_tense_details() {
    check(
        "Protests began in 2022. The president resigned that summer.",
        &[("2022", "2022"), ("that summer", "2022-SU")],
    );
    check("The wall fell a decade ago.", &[("a decade ago", "2013")]);
    check("The governor speaks on Friday.", &[("Friday", "2023-03-17")]);
    check(
        "She said a delegation would travel to Brussels on Monday.",
        &[("Monday", "2023-03-20")],
    );
    check(
        "The blasts next to the embassy on Friday killed ten.",
        &[("Friday", "2023-03-10")],
    );
    assert!(pairs("It matters in today's world.").is_empty());
    check(
        "Hearings start the week of March 6.",
        &[("the week of March 6", "2023-W10")],
    );
    check(
        "The editorial ran on Tuesday, April 25.",
        &[("Tuesday, April 25", "2023-04-25")],
    );
    check(
        "Leaders failed to agree on Thursday, and will try again in December.",
        &[("Thursday", "2023-03-09"), ("December", "2023-12")],
    );
    check(
        "A march is planned for the weekend of March 25.",
        &[("the weekend of March 25", "2023-W12-WE")],
    );
    assert!(pairs("He spoke on \"This Week\" on ABC.").is_empty());
    assert!(pairs("Rallies were held the day before the vote.").is_empty());
}

#[test]
fn written_year_and_year_parts() {
    check(
        "In 2021, the bill took until Dec. 23 to pass.",
        &[("2021", "2021"), ("Dec. 23", "2021-12-23")],
    );
    check(
        "Signed in July 2021, the treaty will take effect on Jan. 1.",
        &[("July 2021", "2021-07"), ("Jan. 1", "2024-01-01")],
    );
    check(
        "Margins will recover in the second half of the year.",
        &[("the second half of the year", "2023-H2")],
    );
    assert!(pairs("He scored early in the second half.").is_empty());
}

#[test]
fn odd_numbers_do_not_panic_or_match() {
    for text in [
        "0000-00-00",
        "9999-99-99",
        "99/99/9999",
        "Feb. 30",
        "31st of February",
        "'99s",
        "Q9 2023",
        "H3",
    ] {
        let got = pairs(text);
        assert!(
            got.iter().all(|(_, v)| !v.contains("-99") && !v.contains("-00")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn holidays_and_quarters() {
    check(
        "Shops were busy on Christmas Day.",
        &[("Christmas Day", "2022-12-25")],
    );
    check(
        "The store will reopen before Thanksgiving.",
        &[("Thanksgiving", "2023-11-23")],
    );
    check(
        "Turnout will be high on Election Day.",
        &[("Election Day", "2023-11-07")],
    );
    check(
        "The firm expects growth in the third quarter.",
        &[("the third quarter", "2023-Q3")],
    );
    check(
        "Profit rose in the fourth quarter. A year ago, it fell.",
        &[("the fourth quarter", "2022-Q4"), ("A year ago", "2021-Q4")],
    );
    check(
        "Sales rose in next year's first quarter plans.",
        &[("next year's first quarter", "2024-Q1")],
    );
}
