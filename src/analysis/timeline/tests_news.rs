//! News-reading tests: earnings periods, tense cues and references as
//! TimeML annotates them. All sentences are invented for these tests.

use super::extract_timeline;
use jiff::civil::{Date, date};

fn values(text: &str, published: Date) -> Vec<(String, String)> {
    extract_timeline(text, Some(published))
        .into_iter()
        .map(|e| (e.text, e.value))
        .collect()
}

fn check(text: &str, published: Date, want: &[(&str, &str)]) {
    let want: Vec<(String, String)> = want.iter().map(|(a, b)| ((*a).into(), (*b).into())).collect();
    assert_eq!(values(text, published), want, "{text}");
}

#[test]
fn the_latest_quarter_is_a_closed_one() {
    // Monday 6 November 2023: the third quarter closed, the fourth is running.
    check(
        "The brewer said its fourth-quarter outlook is weak. Profit fell 8% in the latest quarter.",
        date(2023, 11, 6),
        &[("fourth-quarter", "2023-Q4"), ("the latest quarter", "2023-Q3")],
    );
}
