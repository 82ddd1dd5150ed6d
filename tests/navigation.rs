//! Cross-article navigation through `App::update`: entity pages, history,
//! mention stepping, filters, search and reading state.
#![allow(clippy::unwrap_used)]

mod common;

use common::two_stories;
use dateline::app::{Action, App, Focus, Highlight, PageSection, Screen};

fn open_id(app: &App) -> &str {
    app.open.as_ref().unwrap().article.id.as_str()
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::InputChar(c));
    }
}

/// Opens "summit" (the second newest) and selects Olaf Scholz in the sidebar.
fn summit_with_scholz() -> App {
    let mut app = two_stories();
    app.update(Action::SelectNext);
    app.update(Action::Activate);
    assert_eq!(open_id(&app), "summit");
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::Entities);
    app
}

#[test]
fn enter_twice_on_an_entity_opens_its_page() {
    let mut app = summit_with_scholz();
    app.update(Action::Activate);
    assert!(matches!(app.screen, Screen::Reader), "first Enter highlights");
    app.update(Action::Activate);
    let Screen::EntityPage(page) = &app.screen else {
        panic!("{:?}", app.screen)
    };
    let entry = app.built_index().unwrap().get(page.slot).unwrap();
    assert_eq!(entry.name, "Olaf Scholz");
    assert_eq!(entry.articles.len(), 2);
    assert_eq!(entry.articles[0].id.as_str(), "visit", "newest first");
}

#[test]
fn from_the_page_into_another_article_at_the_mention_and_back_twice() {
    let mut app = summit_with_scholz();
    app.update(Action::SelectNext); // Lula
    app.update(Action::SelectPrev); // Scholz again
    app.update(Action::Activate);
    app.update(Action::NextMention);
    let scroll_before = app.open.as_ref().unwrap().scroll;
    app.update(Action::OpenEntityPage);
    assert!(matches!(app.screen, Screen::EntityPage(_)));
    app.update(Action::Activate); // first article: "visit"
    assert!(matches!(app.screen, Screen::Reader));
    assert_eq!(open_id(&app), "visit");
    assert_eq!(app.focus, Focus::Article);
    let Some(Highlight::Entity { entity, current }) = app.highlight() else {
        panic!()
    };
    let open = app.open.as_ref().unwrap();
    assert_eq!(open.analysis.entities[entity].name, "Olaf Scholz");
    assert_eq!(current, 0);
    assert_eq!(open.selected_entity(), Some(entity), "the sidebar follows");
    app.update(Action::HistoryBack);
    assert!(matches!(app.screen, Screen::EntityPage(_)), "back to the page");
    app.update(Action::HistoryBack);
    assert_eq!(open_id(&app), "summit", "back to where it started");
    assert_eq!(app.focus, Focus::Entities);
    let open = app.open.as_ref().unwrap();
    assert_eq!(open.scroll, scroll_before);
    assert!(
        matches!(open.highlight, Some(Highlight::Entity { current: 1, .. })),
        "highlight restored"
    );
    app.update(Action::HistoryForward);
    assert!(matches!(app.screen, Screen::EntityPage(_)), "forward again");
}

#[test]
fn page_timeline_entry_opens_the_article_at_its_sentence() {
    let mut app = summit_with_scholz();
    app.update(Action::OpenEntityPage);
    app.update(Action::FocusNext);
    let Screen::EntityPage(page) = &app.screen else {
        panic!()
    };
    assert_eq!(page.section, PageSection::Timeline);
    let entry = app.built_index().unwrap().get(page.slot).unwrap();
    let values: Vec<&str> = entry.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(
        values,
        ["2023-03-13", "2023-04-14"],
        "chronological, across articles"
    );
    app.update(Action::SelectLast);
    app.update(Action::Activate);
    assert_eq!(open_id(&app), "visit");
    assert!(matches!(
        app.highlight(),
        Some(Highlight::Entity { current: 0, .. })
    ));
}

#[test]
fn related_entities_open_their_own_page() {
    let mut app = summit_with_scholz();
    app.update(Action::OpenEntityPage);
    app.update(Action::FocusPrev);
    let Screen::EntityPage(page) = &app.screen else {
        panic!()
    };
    assert_eq!(page.section, PageSection::Related);
    let first_related = {
        let index = app.built_index().unwrap();
        let entry = index.get(page.slot).unwrap();
        index.get(entry.related[0].0).unwrap().name.clone()
    };
    app.update(Action::Activate);
    let Screen::EntityPage(page) = &app.screen else {
        panic!()
    };
    assert_eq!(
        app.built_index().unwrap().get(page.slot).unwrap().name,
        first_related
    );
}

#[test]
fn brackets_walk_every_name_in_reading_order() {
    let mut app = two_stories();
    app.update(Action::SelectNext);
    app.update(Action::Activate);
    let mut seen = Vec::new();
    for _ in 0..4 {
        app.update(Action::NextAnyMention);
        let open = app.open.as_ref().unwrap();
        let Some(Highlight::Entity { entity, current }) = open.highlight else {
            panic!()
        };
        let span = open.analysis.entities[entity].mentions[current];
        seen.push(open.article.body[span.start..span.end].to_string());
        assert_eq!(open.selected_entity(), Some(entity));
    }
    assert_eq!(
        seen,
        [
            "BRASÍLIA",
            "Brazilian",
            "Luiz Inácio Lula da Silva",
            "Olaf Scholz"
        ]
    );
    app.update(Action::PrevAnyMention);
    let open = app.open.as_ref().unwrap();
    let Some(Highlight::Entity { entity, .. }) = open.highlight else {
        panic!()
    };
    assert_eq!(open.analysis.entities[entity].name, "Luiz Inácio Lula da Silva");
}

#[test]
fn entity_list_filters_by_typing_and_kind() {
    let mut app = two_stories();
    app.update(Action::OpenEntityList);
    let Screen::EntityList(list) = &app.screen else {
        panic!()
    };
    let first = app.built_index().unwrap().get(list.rows[0]).unwrap().name.clone();
    assert_eq!(first, "Olaf Scholz", "most articles first");
    app.update(Action::StartSearch);
    type_text(&mut app, "lisb");
    app.update(Action::InputSubmit);
    let Screen::EntityList(list) = &app.screen else {
        panic!()
    };
    assert_eq!(
        app.built_index().unwrap().get(list.rows[0]).unwrap().name,
        "Lisbon"
    );
    app.update(Action::StartSearch);
    app.update(Action::InputCancel);
    app.update(Action::FocusNext); // kind: people
    let Screen::EntityList(list) = &app.screen else {
        panic!()
    };
    let kinds: Vec<&str> = list
        .rows
        .iter()
        .map(|&s| app.built_index().unwrap().get(s).unwrap().kind.as_str())
        .collect();
    assert!(
        kinds.iter().all(|k| *k == "person") && kinds.len() == 2,
        "{kinds:?}"
    );
    app.update(Action::Activate);
    assert!(matches!(app.screen, Screen::EntityPage(_)));
    app.update(Action::Back);
    assert!(matches!(app.screen, Screen::EntityList(_)), "Esc goes back");
}

#[test]
fn filter_by_entity_shows_only_its_articles() {
    let mut app = summit_with_scholz();
    app.update(Action::FilterByEntity);
    assert_eq!(app.focus, Focus::List);
    let ids: Vec<&str> = app
        .visible
        .iter()
        .map(|&i| app.store.list()[i].id.as_str())
        .collect();
    assert_eq!(ids, ["visit", "summit"]);
    assert!(app.view.describe().contains("@Olaf Scholz"));
    app.update(Action::Back);
    assert_eq!(app.visible.len(), 3, "Esc in the list clears the filters");
}

#[test]
fn slash_filters_the_list_incrementally() {
    let mut app = two_stories();
    app.update(Action::StartSearch);
    type_text(&mut app, "lisb");
    assert_eq!(app.visible.len(), 1);
    assert_eq!(app.selected_article().unwrap().id.as_str(), "visit");
    app.update(Action::InputCancel);
    app.update(Action::SelectLast);
    app.update(Action::StartSearch);
    type_text(&mut app, "scholz");
    assert_eq!(
        app.list.selected(),
        Some(0),
        "typing selects the best match, not the old selection"
    );
    assert_eq!(app.list.offset(), 0);
    app.update(Action::InputCancel);
    app.update(Action::StartSearch);
    type_text(&mut app, "lisb");
    app.update(Action::InputBackspace);
    app.update(Action::InputSubmit);
    assert_eq!(app.view.query, "lis");
    app.update(Action::StartSearch);
    app.update(Action::InputCancel);
    assert_eq!(app.visible.len(), 3);
}

#[test]
fn find_in_the_article_steps_with_n() {
    let mut app = two_stories();
    app.update(Action::SelectNext);
    app.update(Action::Activate);
    app.update(Action::StartSearch);
    type_text(&mut app, "scholz");
    app.update(Action::InputSubmit);
    let open = app.open.as_ref().unwrap();
    assert_eq!(open.found.len(), 3);
    assert!(matches!(open.highlight, Some(Highlight::Find { current: 0 })));
    app.update(Action::NextMention);
    app.update(Action::NextMention);
    app.update(Action::NextMention);
    assert!(
        matches!(app.highlight(), Some(Highlight::Find { current: 0 })),
        "wraps"
    );
}

#[test]
fn read_star_unread_only_and_sort() {
    let mut app = two_stories();
    app.update(Action::Activate); // opens "visit", marks it read
    assert!(app.reading.is_read("visit"));
    app.update(Action::FocusPrev);
    app.update(Action::ToggleRead);
    assert!(!app.reading.is_read("visit"), "m toggles");
    app.update(Action::ToggleRead);
    app.update(Action::ToggleStar);
    assert!(app.reading.is_starred("visit"));
    app.update(Action::CycleShow); // unread only
    assert_eq!(app.visible.len(), 2);
    app.update(Action::CycleShow); // starred only
    assert_eq!(app.visible.len(), 1);
    app.update(Action::CycleShow);
    assert_eq!(app.visible.len(), 3);
    app.update(Action::ToggleSort);
    assert!(app.view.describe().contains("by source"));
}

#[test]
fn reading_state_persists_through_the_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let store = common::store();
    let mut app = App::new(store.clone(), Some(path.clone()), (120, 40));
    app.update(Action::ToggleStar);
    app.update(Action::Activate);
    let again = App::new(store, Some(path), (120, 40));
    assert!(again.reading.is_read("summit") && again.reading.is_starred("summit"));
}
