//! State transitions through `App::update`, without a terminal, and the keymap.
#![allow(clippy::unwrap_used)]

mod common;

use common::{BODY, app};
use dateline::app::{Action, Focus, Highlight};
use dateline::keymap::action_for;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn starts_on_the_list_with_the_newest_article_selected() {
    let app = app((160, 48));
    assert_eq!(app.focus, Focus::List);
    assert_eq!(app.selected_article().unwrap().id.as_str(), "summit");
    assert!(app.open.is_none());
}

#[test]
fn list_navigation_clamps_at_the_ends() {
    let mut app = app((160, 48));
    app.update(Action::SelectPrev);
    assert_eq!(app.list.selected(), Some(0));
    app.update(Action::SelectNext);
    assert_eq!(app.list.selected(), Some(1));
    app.update(Action::SelectLast);
    assert_eq!(app.list.selected(), Some(2));
    app.update(Action::SelectNext);
    assert_eq!(app.list.selected(), Some(2));
    app.update(Action::SelectFirst);
    assert_eq!(app.list.selected(), Some(0));
}

#[test]
fn enter_opens_the_article_and_marks_it_read() {
    let mut app = app((160, 48));
    assert!(!app.reading.is_read("summit"));
    app.update(Action::Activate);
    assert_eq!(app.focus, Focus::Article);
    assert_eq!(app.open.as_ref().unwrap().article.id.as_str(), "summit");
    assert!(app.reading.is_read("summit"));
}

#[test]
fn focus_cycles_through_all_four_panes_when_wide() {
    let mut app = app((160, 48));
    let mut seen = vec![app.focus];
    for _ in 0..4 {
        app.update(Action::FocusNext);
        seen.push(app.focus);
    }
    assert_eq!(
        seen,
        [
            Focus::List,
            Focus::Article,
            Focus::Entities,
            Focus::Timeline,
            Focus::List
        ]
    );
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Focus::Timeline);
}

#[test]
fn narrow_terminals_share_the_side_pane_with_a_toggle() {
    let mut app = app((80, 24));
    assert!(app.side_shared());
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::Entities);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::List, "the hidden timeline pane is skipped");
    app.update(Action::FocusPrev);
    app.update(Action::ToggleSidePane);
    assert_eq!((app.side, app.focus), (Focus::Timeline, Focus::Timeline));
}

#[test]
fn sidebar_groups_by_kind_and_enter_highlights_the_first_mention() {
    let mut app = app((160, 48));
    app.update(Action::Activate);
    app.update(Action::FocusNext);
    let open = app.open.as_ref().unwrap();
    let names: Vec<&str> = open
        .entity_rows
        .iter()
        .map(|&i| open.analysis.entities[i].name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Olaf Scholz",
            "Luiz Inácio Lula da Silva",
            "São Paulo",
            "Brasília",
            "Brazilian"
        ]
    );
    app.update(Action::Activate);
    let open = app.open.as_ref().unwrap();
    assert_eq!(
        open.highlight,
        Some(Highlight::Entity {
            entity: 0,
            current: 0
        })
    );
}

#[test]
fn n_and_shift_n_step_through_mentions_and_wrap() {
    let mut app = app((160, 48));
    app.update(Action::Activate);
    app.update(Action::FocusNext);
    app.update(Action::Activate);
    let current = |app: &dateline::app::App| match app.open.as_ref().unwrap().highlight {
        Some(Highlight::Entity { current, .. }) => current,
        other => panic!("{other:?}"),
    };
    app.update(Action::NextMention);
    assert_eq!(current(&app), 1);
    app.update(Action::NextMention);
    app.update(Action::NextMention);
    assert_eq!(current(&app), 0, "wraps after the last mention");
    app.update(Action::PrevMention);
    assert_eq!(current(&app), 2);
}

#[test]
fn stepping_scrolls_the_reader_to_the_mention() {
    let mut app = app((80, 15));
    app.update(Action::Activate);
    app.update(Action::FocusNext);
    app.update(Action::Activate);
    app.update(Action::PrevMention); // the last "Scholz", near the end
    let open = app.open.as_ref().unwrap();
    let offset = BODY.rfind("Scholz").unwrap();
    let line = open.doc.line_of(offset).unwrap();
    let height = 15 - 1 - 2; // status bar and borders
    assert!(
        line >= open.scroll && line < open.scroll + height,
        "line {line} visible from {}",
        open.scroll
    );
    assert!(open.scroll > 0);
}

#[test]
fn timeline_is_chronological_and_enter_highlights_the_sentence() {
    let mut app = app((160, 48));
    app.update(Action::Activate);
    app.update(Action::FocusPrev);
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Focus::Timeline);
    let open = app.open.as_ref().unwrap();
    let values: Vec<&str> = open
        .timeline_rows
        .iter()
        .map(|r| open.analysis.timeline[r.entry].value.as_str())
        .collect();
    assert_eq!(
        values,
        ["2023-03-13", "2023-03-20", "2023-W12"],
        "a day sorts before the week that starts on it"
    );
    app.update(Action::SelectNext);
    app.update(Action::Activate);
    let open = app.open.as_ref().unwrap();
    let Some(Highlight::Sentence(span)) = open.highlight else {
        panic!("{:?}", open.highlight)
    };
    assert!(BODY[span.start..span.end].starts_with("The two leaders will meet again"));
}

#[test]
fn esc_clears_the_highlight_then_goes_back_to_the_list() {
    let mut app = app((160, 48));
    app.update(Action::Activate);
    app.update(Action::FocusNext);
    app.update(Action::Activate);
    app.update(Action::Back);
    assert!(app.open.as_ref().unwrap().highlight.is_none());
    assert_eq!(app.focus, Focus::Entities);
    app.update(Action::Back);
    assert_eq!(app.focus, Focus::List);
}

#[test]
fn reader_scrolls_by_line_and_page_within_bounds() {
    let mut app = app((80, 24));
    app.update(Action::SelectNext);
    app.update(Action::Activate);
    assert_eq!(app.open.as_ref().unwrap().article.id.as_str(), "harbour");
    app.update(Action::SelectNext);
    assert_eq!(app.open.as_ref().unwrap().scroll, 1);
    app.update(Action::PageDown);
    assert!(app.open.as_ref().unwrap().scroll > 10);
    app.update(Action::SelectLast);
    let open = app.open.as_ref().unwrap();
    assert_eq!(open.scroll, open.doc.lines.len() - (24 - 3));
    app.update(Action::SelectFirst);
    assert_eq!(app.open.as_ref().unwrap().scroll, 0);
}

#[test]
fn resizing_rewraps_and_keeps_the_place() {
    let mut app = app((160, 48));
    app.update(Action::SelectNext);
    app.update(Action::Activate);
    app.update(Action::PageDown);
    let top = |app: &dateline::app::App| {
        let open = app.open.as_ref().unwrap();
        open.doc.lines[open.scroll].text.clone()
    };
    let before = top(&app);
    let paragraph = before.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    app.update(Action::Resize(80, 24));
    assert!(top(&app).starts_with(&paragraph), "{before:?} vs {:?}", top(&app));
}

#[test]
fn help_overlay_opens_scrolls_and_closes() {
    let mut app = app((80, 24));
    app.update(Action::ToggleHelp);
    assert!(app.overlay.is_some());
    app.update(Action::SelectNext);
    assert_eq!(app.overlay_scroll, 1);
    assert_eq!(app.list.selected(), Some(0), "keys go to the overlay");
    app.update(Action::Back);
    assert!(app.overlay.is_none());
}

#[test]
fn quit_sets_the_flag() {
    let mut app = app((80, 24));
    app.update(Action::Quit);
    assert!(app.should_quit);
}

#[test]
fn keymap_looks_up_the_context_first_then_global() {
    use dateline::keymap::{Context, Mode};
    let pane = |f| Mode::Keys(Context::Pane(f));
    let ev = |code, mods| KeyEvent::new(code, mods);
    assert_eq!(action_for(pane(Focus::List), &key('j')), Some(Action::SelectNext));
    assert_eq!(
        action_for(pane(Focus::List), &ev(KeyCode::Enter, KeyModifiers::NONE)),
        Some(Action::Activate)
    );
    assert_eq!(
        action_for(pane(Focus::List), &key('o')),
        Some(Action::Activate),
        "o opens in the list"
    );
    assert_eq!(
        action_for(pane(Focus::Entities), &key('o')),
        Some(Action::OpenEntityPage)
    );
    assert_eq!(
        action_for(
            pane(Focus::Entities),
            &ev(KeyCode::Char('N'), KeyModifiers::SHIFT)
        ),
        Some(Action::PrevMention)
    );
    assert_eq!(
        action_for(
            pane(Focus::Article),
            &ev(KeyCode::Char('c'), KeyModifiers::CONTROL)
        ),
        Some(Action::Quit)
    );
    assert_eq!(
        action_for(pane(Focus::Timeline), &ev(KeyCode::BackTab, KeyModifiers::SHIFT)),
        Some(Action::FocusPrev)
    );
    assert_eq!(action_for(pane(Focus::List), &key('?')), Some(Action::ToggleHelp));
    assert_eq!(action_for(pane(Focus::List), &key('z')), None);
    assert_eq!(
        action_for(pane(Focus::List), &ev(KeyCode::Char('H'), KeyModifiers::SHIFT)),
        Some(Action::HistoryBack)
    );
    assert_eq!(action_for(pane(Focus::List), &key('h')), Some(Action::FocusPrev));
    assert_eq!(
        action_for(pane(Focus::List), &ev(KeyCode::Backspace, KeyModifiers::NONE)),
        Some(Action::HistoryBack)
    );
    assert_eq!(
        action_for(pane(Focus::List), &ev(KeyCode::Char('o'), KeyModifiers::CONTROL)),
        Some(Action::HistoryBack)
    );
    assert_eq!(
        action_for(
            Mode::Keys(Context::EntityList),
            &ev(KeyCode::Tab, KeyModifiers::NONE)
        ),
        Some(Action::FocusNext)
    );
    assert_eq!(
        action_for(Mode::Typing, &key('q')),
        Some(Action::InputChar('q')),
        "typing takes letters"
    );
    assert_eq!(
        action_for(Mode::Typing, &ev(KeyCode::Esc, KeyModifiers::NONE)),
        Some(Action::InputCancel)
    );
    assert_eq!(
        action_for(Mode::Typing, &ev(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        Some(Action::Quit)
    );
}
