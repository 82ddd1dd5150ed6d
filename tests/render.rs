//! Render tests on ratatui's `TestBackend`: each pane's content at 80x24 and
//! 160x48, focus styling, overlays, and the too-small message.
#![allow(clippy::unwrap_used)]

mod common;

use common::app;
use dateline::app::{Action, App};
use dateline::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

fn draw(app: &mut App) -> Terminal<TestBackend> {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| ui::render(f, app)).unwrap();
    terminal
}

fn screen(t: &Terminal<TestBackend>) -> String {
    let buffer = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            // A wide character fills two cells; the second is a placeholder.
            x += u16::try_from(unicode_width::UnicodeWidthStr::width(symbol).max(1)).unwrap_or(1);
        }
        out.push('\n');
    }
    out
}

fn opened(size: (u16, u16)) -> App {
    let mut app = app(size);
    app.update(Action::Activate);
    app
}

#[test]
fn wide_layout_shows_four_titled_panes() {
    let mut app = opened((160, 48));
    let t = draw(&mut app);
    let s = screen(&t);
    for title in [
        "Articles 2/3 unread",
        "Lula and Scholz meet in Brasília",
        "Entities",
        "Timeline",
    ] {
        assert!(s.contains(title), "missing {title}\n{s}");
    }
    for text in [
        "People (2)",
        "Olaf Scholz",
        "Places (2)",
        "São Paulo",
        "Mon 13 Mar 2023",
        "week of 20 Mar 2023",
        "▸ planned",
    ] {
        assert!(s.contains(text), "missing {text}\n{s}");
    }
    assert!(
        s.contains("By Ana Reporter · Test Wire · Wednesday, 15 March 2023"),
        "{s}"
    );
    insta::assert_snapshot!("wide_160x48", t.backend());
}

#[test]
fn narrow_layout_shares_the_side_pane() {
    let mut app = opened((80, 24));
    let t = draw(&mut app);
    let s = screen(&t);
    assert!(s.contains("Entities (t: timeline)"), "{s}");
    assert!(!s.contains("Timeline"), "{s}");
    insta::assert_snapshot!("narrow_80x24", t.backend());
    app.update(Action::ToggleSidePane);
    let s = screen(&draw(&mut app));
    assert!(s.contains("Timeline (t: entities)"), "{s}");
    assert!(s.contains("Mon 13 Mar 2023"), "{s}");
}

#[test]
fn list_shows_unread_marks_dates_and_sources() {
    let mut app = app((80, 24));
    let s = screen(&draw(&mut app));
    assert!(s.contains("● Lula and Scholz"), "{s}");
    assert!(s.contains("2023-03-15 · Test"), "{s}");
    assert!(s.contains("Press Enter to open"), "{s}");
}

#[test]
fn focused_pane_border_is_highlighted() {
    let mut app = opened((160, 48));
    let t = draw(&mut app);
    let panes = app.panes();
    let reader_corner = t.backend().buffer()[(panes.reader.x, panes.reader.y)].style();
    let list_corner = t.backend().buffer()[(panes.list.x, panes.list.y)].style();
    assert_eq!(reader_corner.fg, Some(Color::Cyan));
    assert_eq!(list_corner.fg, Some(Color::DarkGray));
}

#[test]
fn highlighted_mentions_are_coloured_in_the_reader() {
    let mut app = opened((160, 48));
    app.update(Action::FocusNext);
    app.update(Action::Activate);
    let t = draw(&mut app);
    let buffer = t.backend().buffer();
    let s = screen(&t);
    let (row, line) = s
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Chancellor Olaf"))
        .unwrap();
    let col = line[..line.find("Olaf Scholz").unwrap()].chars().count();
    let style = buffer[(u16::try_from(col).unwrap(), u16::try_from(row).unwrap())].style();
    assert_eq!(style.bg, Some(Color::LightRed), "the current mention is marked");
    let lula_col = line[..line.find("Lula").unwrap()].chars().count();
    let lula = buffer[(u16::try_from(lula_col).unwrap(), u16::try_from(row).unwrap())].style();
    assert_eq!(lula.fg, Some(Color::LightGreen), "people are green");
    assert!(matches!(lula.bg, None | Some(Color::Reset)), "not highlighted");
}

#[test]
fn help_overlay_lists_every_key() {
    let mut app = app((160, 48));
    app.update(Action::ToggleHelp);
    let s = screen(&draw(&mut app));
    for b in dateline::keymap::BINDINGS {
        assert!(s.contains(b.help), "help lacks {:?}\n{s}", b.help);
    }
}

#[test]
fn too_small_terminal_gets_a_message() {
    for size in [(59, 24), (80, 14), (10, 3), (1, 1)] {
        let mut app = opened(size);
        let s = screen(&draw(&mut app));
        assert!(s.contains("too small") || size.0 < 20, "{size:?}\n{s}");
    }
}

#[test]
fn status_bar_shows_hints_of_the_focused_pane() {
    let mut app = app((160, 48));
    let s = screen(&draw(&mut app));
    let status = s.lines().last().unwrap();
    assert!(
        status.contains("Articles") && status.contains("Enter open"),
        "{status}"
    );
    app.update(Action::Activate);
    let s = screen(&draw(&mut app));
    assert!(s.lines().last().unwrap().contains("j/k scroll"), "{s}");
}

#[test]
fn problems_overlay_lists_each_skipped_file() {
    use dateline::store::{Origin, Problem, Store};
    let store = Store::from_parts(
        Origin::Directory("/tmp/x".into()),
        vec![common::article("a", "A good article", "2024-01-02", "Text.")],
        vec![
            Problem::at("bad.md", 3, "unknown date"),
            Problem::at("broken.json", 1, "invalid JSON article"),
        ],
    );
    let mut app = App::new(store, None, (120, 35));
    app.update(Action::ToggleProblems);
    let s = screen(&draw(&mut app));
    assert!(s.contains("bad.md:3: unknown date"), "{s}");
    assert!(s.contains("broken.json:1: invalid JSON article"), "{s}");
    assert!(s.lines().last().unwrap().contains("2 skipped (p)"), "{s}");
}

#[test]
fn readme_documents_every_key() {
    let readme = include_str!("../README.md");
    for b in dateline::keymap::BINDINGS {
        for part in b.label.split('/') {
            let part = part.trim().replace("S-Tab", "Shift-Tab");
            assert!(
                readme.contains(&format!("`{part}`")),
                "README lacks key `{part}` ({})",
                b.help
            );
        }
    }
}

fn entity_page_app(size: (u16, u16)) -> App {
    let mut app = common::two_stories();
    app.update(Action::Resize(size.0, size.1));
    app.update(Action::SelectNext);
    app.update(Action::Activate);
    app.update(Action::FocusNext);
    app.update(Action::OpenEntityPage);
    app
}

#[test]
fn entity_page_shows_articles_timeline_related_and_activity() {
    let mut app = entity_page_app((160, 48));
    let t = draw(&mut app);
    let s = screen(&t);
    for text in [
        "Olaf Scholz",
        "person · 2 article(s) · 5 mention(s) · 2023-03-15 – 2023-04-15",
        "Articles (2)",
        "2023-04-15  Scholz visits Lisbon (2×)",
        "Timeline (2)",
        "Mon 13 Mar 2023",
        "Fri 14 Apr 2023",
        "Related (",
        "Articles over time",
        "03/23",
        "04/23",
    ] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
    insta::assert_snapshot!("entity_page_160x48", t.backend());
}

#[test]
fn entity_page_fits_a_small_terminal() {
    let mut app = entity_page_app((80, 24));
    let s = screen(&draw(&mut app));
    for text in ["Olaf Scholz", "Articles (2)", "Timeline (2)", "Related ("] {
        assert!(s.contains(text), "missing {text:?}\n{s}");
    }
}

#[test]
fn entity_list_shows_every_entity_with_counts() {
    let mut app = common::two_stories();
    app.update(Action::OpenEntityList);
    let s = screen(&draw(&mut app));
    assert!(s.contains("All entities (7 of 7) · all kinds"), "{s}");
    let scholz = s.lines().find(|l| l.contains("Olaf Scholz")).unwrap();
    assert!(
        scholz.contains("person") && scholz.contains("2 art.") && scholz.contains("5 ment."),
        "{scholz}"
    );
}

#[test]
fn list_title_shows_filters_and_search_matches_are_highlighted() {
    let mut app = common::two_stories();
    app.update(Action::StartSearch);
    for c in "lisbon".chars() {
        app.update(Action::InputChar(c));
    }
    let t = draw(&mut app);
    let s = screen(&t);
    assert!(s.contains("Articles 1 of 3 · /lisbon"), "{s}");
    assert!(
        s.lines().last().unwrap().contains("Search articles: /lisbon"),
        "{s}"
    );
    let (row, line) = s
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("Scholz visits Lisbon"))
        .unwrap();
    let col = line[..line.find("Lisbon").unwrap()].chars().count();
    let style = t.backend().buffer()[(u16::try_from(col).unwrap(), u16::try_from(row).unwrap())].style();
    assert!(
        style.add_modifier.contains(ratatui::style::Modifier::REVERSED),
        "{style:?}"
    );
}

#[test]
fn wide_characters_and_accents_render_and_wrap() {
    use dateline::store::{Origin, Store};
    let body = "仙台市 (Sendai) hosted the forum 🙂 in São Paulo and Zürich. 東京の会議は月曜日に始まった。 Ação, Ñandú.";
    let store = Store::from_parts(
        Origin::Directory("/tmp/x".into()),
        vec![common::article("wide", "Forum in 仙台 🙂", "2025-03-12", body)],
        vec![],
    );
    for (w, h) in [(80, 24), (160, 48)] {
        let mut app = App::new(store.clone(), None, (w, h));
        app.update(Action::Resize(w, h));
        app.update(Action::Activate);
        let s = screen(&draw(&mut app));
        for text in ["仙台市", "São", "Zürich", "Ñandú"] {
            assert!(s.contains(text), "{text} at {w}x{h}\n{s}");
        }
        let width = app.open.as_ref().unwrap().doc.width as usize;
        for line in &app.open.as_ref().unwrap().doc.lines {
            assert!(
                unicode_width::UnicodeWidthStr::width(line.text.as_str()) <= width,
                "{:?}",
                line.text
            );
        }
    }
}

#[test]
fn role_references_are_lit_with_the_highlighted_person() {
    let body = "Kenyan President William Ruto met investors in Nairobi on Monday.\n\n\
                The president said the floods had cost billions.";
    let store = dateline::store::Store::from_parts(
        dateline::store::Origin::Directory("/tmp/test-store".into()),
        vec![common::article(
            "ruto",
            "Ruto meets investors",
            "2024-05-07",
            body,
        )],
        vec![],
    );
    let mut app = App::new(store, None, (120, 30));
    app.update(Action::Resize(120, 30));
    app.update(Action::Activate);
    app.update(Action::FocusNext);
    app.update(Action::Activate);
    let t = draw(&mut app);
    let s = screen(&t);
    let (row, line) = s
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("The president said"))
        .unwrap();
    let col = line[..line.find("president said").unwrap()].chars().count();
    let style = t.backend().buffer()[(u16::try_from(col).unwrap(), u16::try_from(row).unwrap())].style();
    assert!(
        !matches!(style.bg, None | Some(Color::Reset)),
        "\"president\" is highlighted: {style:?}\n{s}"
    );
    let the = t.backend().buffer()[(u16::try_from(col - 4).unwrap(), u16::try_from(row).unwrap())].style();
    assert!(
        matches!(the.bg, None | Some(Color::Reset)),
        "\"The\" is not: {the:?}"
    );
}

#[test]
fn status_hints_that_do_not_fit_are_left_out_whole() {
    use dateline::store::{Origin, Problem, Store};
    for width in 64..=100 {
        let store = Store::from_parts(
            Origin::Directory("/tmp/x".into()),
            vec![common::article("a", "A good article", "2024-01-02", "Text.")],
            vec![Problem::at("bad.md", 3, "unknown date")],
        );
        let mut app = App::new(store, None, (width, 24));
        app.update(Action::Activate);
        app.update(Action::FocusNext);
        let s = screen(&draw(&mut app));
        let last = s.lines().last().unwrap();
        assert!(last.contains("1 skipped (p)"), "{last}");
        let hints = last.split("1 skipped").next().unwrap();
        let whole: Vec<String> = dateline::keymap::hints(dateline::keymap::mode_of(&app))
            .into_iter()
            .map(|(k, w)| format!("{k} {w}"))
            .collect();
        for piece in hints
            .split("  ")
            .map(str::trim)
            .filter(|p| !p.is_empty() && !p.starts_with('◀'))
            .skip(1)
        {
            assert!(
                whole.iter().any(|h| h == piece),
                "cut hint {piece:?} at {width}: {last:?}"
            );
        }
    }
}
