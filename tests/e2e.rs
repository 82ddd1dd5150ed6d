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
