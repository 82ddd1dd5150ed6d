//! End to end: the real binary in a pseudo-terminal, driven by keys, with the
//! screen parsed by `vt100`. No tmux or other tool is needed.
#![allow(clippy::unwrap_used)]

mod pty;

use pty::Session;

const ENTER: &str = "\r";
const TAB: &str = "\t";
const ESC: &str = "\x1b";

#[test]
fn opens_on_the_embedded_samples_and_quits_cleanly() {
    let mut s = Session::start(&[], 120, 35);
    let screen = s.wait_for("Articles");
    assert!(screen.contains("sample articles"), "{screen}");
    assert!(screen.contains("unread"), "{screen}");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert!(s.terminal_restored(), "alternate screen left and cursor shown");
}

#[test]
fn opening_an_article_shows_it_and_marks_it_read() {
    let mut s = Session::start(&[], 120, 35);
    let screen = s.wait_for("17/17 unread");
    assert!(screen.contains("Press Enter to open"), "{screen}");
    s.send("j");
    s.send(ENTER);
    let screen = s.wait_for("16/17 unread");
    assert!(screen.contains("By "), "byline shown:\n{screen}");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let state = std::fs::read_to_string(s.data_dir().join("state").join("samples.json")).unwrap();
    assert!(state.contains("\"read\""), "{state}");
    // The state survives a restart.
    let home = tempfile::tempdir().unwrap();
    let state_dir = home.path().join("data").join("dateline").join("state");
    std::fs::create_dir_all(&state_dir).unwrap();
    std::fs::write(state_dir.join("samples.json"), state).unwrap();
    let mut again = Session::start_in(&[], 120, 35, home);
    again.wait_for("16/17 unread");
    again.send("q");
    again.wait_exit();
}

#[test]
fn help_overlay_and_ctrl_c() {
    let mut s = Session::start(&[], 100, 30);
    s.wait_for("Articles");
    s.send("?");
    let screen = s.wait_for("Keys (Esc closes)");
    assert!(
        screen.contains("next mention of the highlighted entity"),
        "{screen}"
    );
    s.send(ESC);
    s.wait_until("help closed", |sc| !sc.contains("Keys (Esc closes)"));
    s.send("\x03");
    assert_eq!(s.wait_exit(), 0);
    assert!(s.terminal_restored());
}

#[test]
fn resizing_switches_layouts_and_too_small_is_explained() {
    let mut s = Session::start(&[], 120, 35);
    s.wait_for("Timeline");
    s.resize(80, 24);
    s.wait_for("Entities (t: timeline)");
    s.send(TAB);
    s.send("t");
    s.wait_for("Timeline (t: entities)");
    s.resize(50, 12);
    s.wait_for("too small");
    s.resize(100, 30);
    s.wait_for("Articles");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn bad_files_are_counted_and_listed() {
    let store = tempfile::tempdir().unwrap();
    std::fs::write(
        store.path().join("good.md"),
        "---\ntitle: A good article\npublished: 2024-01-02\n---\n\nText.\n",
    )
    .unwrap();
    std::fs::write(
        store.path().join("bad.md"),
        "---\ntitle: Bad date\npublished: 2024-99-01\n---\n\nText.\n",
    )
    .unwrap();
    std::fs::write(store.path().join("broken.json"), "{\"title\": ").unwrap();
    let path = store.path().to_str().unwrap();
    let mut s = Session::start(&["--store", path], 120, 35);
    let screen = s.wait_for("2 skipped (p)");
    assert!(screen.contains("A good article"), "{screen}");
    s.send("p");
    s.wait_for("Skipped files");
    let screen = s.wait_for("broken.json:1: invalid JSON");
    assert!(screen.contains("bad.md:3: unknown date"), "{screen}");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert_eq!(
        std::fs::read_to_string(store.path().join("bad.md"))
            .unwrap()
            .lines()
            .count(),
        6,
        "never rewritten"
    );
}

#[test]
fn a_missing_store_is_one_clear_error_without_touching_the_terminal() {
    let mut s = Session::start(&["--store", "/nonexistent/dateline-store"], 100, 30);
    assert_eq!(s.wait_exit(), 1);
    let screen = s.screen();
    assert!(
        screen.contains("dateline: store directory /nonexistent/dateline-store does not exist"),
        "{screen}"
    );
    assert!(s.terminal_restored());
}

/// The flow of issue 5: from a person in one article to their entity page, into a
/// second article at the mention, and back twice to where it started.
#[test]
fn follows_a_person_across_articles_and_back() {
    let store = tempfile::tempdir().unwrap();
    std::fs::write(
        store.path().join("berlin.md"),
        "---\ntitle: Berlin budget talks stall\npublished: 2024-03-05\nsource: Test Wire\n---\n\n\
         Chancellor Olaf Scholz met union leaders in Berlin on Monday. Scholz said the talks would resume next week.\n",
    )
    .unwrap();
    std::fs::write(
        store.path().join("paris.md"),
        "---\ntitle: Leaders meet in Paris\npublished: 2024-04-10\nsource: Test Wire\n---\n\n\
         PARIS — French President Emmanuel Macron hosted German Chancellor Olaf Scholz on Tuesday. \
         Macron and Scholz discussed defence spending.\n",
    )
    .unwrap();
    let path = store.path().to_str().unwrap();
    let mut s = Session::start(&["--store", path], 120, 35);
    s.wait_for("Leaders meet in Paris");
    s.send("j");
    s.send(ENTER);
    s.wait_for("Chancellor Olaf Scholz met union leaders");
    s.send("]");
    s.send(ENTER);
    let page = s.wait_for("Articles (2)");
    assert!(page.contains("Olaf Scholz") && page.contains("person"), "{page}");
    assert!(
        page.contains("Leaders meet in Paris") && page.contains("Berlin budget talks stall"),
        "{page}"
    );
    s.send(ENTER); // the newest article, at the mention
    let paris = s.wait_for("PARIS — French President");
    assert!(!paris.contains("Articles (2)"), "back in the reader:\n{paris}");
    s.send("H");
    s.wait_for("Articles (2)");
    s.send("H");
    let back = s.wait_for("Chancellor Olaf Scholz met union leaders");
    assert!(back.contains("Berlin budget talks stall"), "{back}");
    s.send("L");
    s.wait_for("Articles (2)");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert!(s.terminal_restored());
}

/// Issue 2's reader flow: open an article, select an entity, step through its
/// mentions, jump via the timeline.
#[test]
fn entity_mentions_and_timeline_jumps_in_the_reader() {
    let store = tempfile::tempdir().unwrap();
    let mut body = String::from("Mayor Ana Souza opened the harbour bridge on Thursday.\n\n");
    for i in 0..30 {
        body.push_str(&format!("Paragraph {i} talks about traffic and tolls.\n\n"));
    }
    body.push_str("Souza will return to the bridge on March 20, 2024, her office said.\n");
    std::fs::write(
        store.path().join("bridge.md"),
        format!("---\ntitle: Bridge opens\npublished: 2024-03-08\n---\n\n{body}"),
    )
    .unwrap();
    let mut s = Session::start(&["--store", store.path().to_str().unwrap()], 120, 30);
    s.wait_for("Bridge opens");
    s.send(ENTER);
    s.wait_for("Mayor Ana Souza opened");
    s.send(TAB);
    let side = s.wait_for("People (1)");
    assert!(side.contains("Ana Souza"), "{side}");
    s.send(ENTER);
    s.send("n");
    s.wait_for("Souza will return to the bridge");
    s.send("n");
    s.wait_for("Mayor Ana Souza opened");
    s.send(TAB);
    let timeline = s.wait_for("Wed 20 Mar 2024");
    assert!(timeline.contains("Thu 7 Mar 2024"), "{timeline}");
    s.send("G");
    s.send(ENTER);
    s.wait_for("Souza will return to the bridge");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
