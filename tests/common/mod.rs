//! Shared test fixtures: a small store with a hand-made analysis, so state
//! and render tests do not depend on the extraction engines.
#![allow(dead_code, clippy::unwrap_used)]

use dateline::analysis::{Analysis, Entity, EntityKind, Granularity, Span, TimelineEntry};
use dateline::app::{Action, App};
use dateline::store::{Article, ArticleId, Origin, Store};

pub const BODY: &str = "BRASÍLIA — Brazilian President Luiz Inácio Lula da Silva met Chancellor Olaf Scholz on Monday.\n\nLula said the talks in São Paulo would continue next week. Scholz agreed.\n\nThe two leaders will meet again on March 20, 2023, officials said. Scholz's aides confirmed it.";

fn span_of(body: &str, needle: &str, nth: usize) -> Span {
    let start = body.match_indices(needle).nth(nth).unwrap().0;
    Span::new(start, start + needle.len())
}

fn entity(kind: EntityKind, name: &str, mentions: Vec<Span>) -> Entity {
    Entity {
        key: format!("{}:{}", kind.as_str(), name.to_lowercase()),
        name: name.into(),
        kind,
        aliases: vec![name.into()],
        roles: vec![],
        mentions,
        references: vec![],
        rule: "test".into(),
    }
}

pub fn analysis() -> Analysis {
    let b = BODY;
    let sentence = |needle: &str| {
        let s = span_of(b, needle, 0);
        let start = b[..s.start].rfind(['.', '\n']).map_or(0, |i| i + 1);
        let start = start + (b[start..].len() - b[start..].trim_start().len());
        let end = b[s.end..].find('.').map_or(b.len(), |i| s.end + i + 1);
        Span::new(start, end)
    };
    let date = |text: &str, value: &str, g: Granularity| TimelineEntry {
        text: text.into(),
        span: span_of(b, text, 0),
        value: value.into(),
        granularity: g,
        sentence: sentence(text),
    };
    Analysis {
        entities: vec![
            entity(
                EntityKind::Person,
                "Olaf Scholz",
                vec![
                    span_of(b, "Olaf Scholz", 0),
                    span_of(b, "Scholz", 1),
                    span_of(b, "Scholz", 2),
                ],
            ),
            entity(
                EntityKind::Person,
                "Luiz Inácio Lula da Silva",
                vec![span_of(b, "Luiz Inácio Lula da Silva", 0), span_of(b, "Lula", 1)],
            ),
            entity(EntityKind::Place, "São Paulo", vec![span_of(b, "São Paulo", 0)]),
            entity(EntityKind::Place, "Brasília", vec![span_of(b, "BRASÍLIA", 0)]),
            entity(EntityKind::Other, "Brazilian", vec![span_of(b, "Brazilian", 0)]),
        ],
        timeline: vec![
            date("Monday", "2023-03-13", Granularity::Day),
            date("next week", "2023-W12", Granularity::Week),
            date("March 20, 2023", "2023-03-20", Granularity::Day),
        ],
    }
}

pub fn article(id: &str, title: &str, published: &str, body: &str) -> Article {
    Article {
        id: ArticleId(id.into()),
        title: title.into(),
        published: Some(published.parse().unwrap()),
        source: Some("Test Wire".into()),
        url: None,
        authors: vec!["Ana Reporter".into()],
        tags: vec![],
        body: body.into(),
        title_in_body: false,
        origin: format!("{id}.md"),
    }
}

pub fn store() -> Store {
    let mut filler = String::new();
    for i in 0..40 {
        filler.push_str(&format!(
            "Paragraph {i} of a long article about the harbour and its boats.\n\n"
        ));
    }
    Store::from_parts(
        Origin::Directory("/tmp/test-store".into()),
        vec![
            article("summit", "Lula and Scholz meet in Brasília", "2023-03-15", BODY),
            article("harbour", "Harbour reopens after storm", "2023-02-01", &filler),
            article(
                "budget",
                "Council passes the budget",
                "2022-12-01",
                "The council passed the budget.",
            ),
        ],
        vec![],
    )
}

/// An app over [`store`] with the hand-made analysis for `summit`, at `size`.
pub fn app(size: (u16, u16)) -> App {
    let mut app = App::new(store(), None, size);
    app.insert_analysis(ArticleId("summit".into()), analysis());
    app.update(Action::Resize(size.0, size.1));
    app
}

pub const VISIT: &str = "Chancellor Olaf Scholz visited Lisbon on Friday. Scholz said the visit went well.\n\nPortugal welcomed him.";

/// A second article about Scholz, with its own hand-made analysis.
pub fn visit_analysis() -> Analysis {
    let b = VISIT;
    let sentence = Span::new(0, b.find(". ").unwrap() + 1);
    Analysis {
        entities: vec![
            entity(
                EntityKind::Person,
                "Olaf Scholz",
                vec![span_of(b, "Olaf Scholz", 0), span_of(b, "Scholz", 1)],
            ),
            entity(EntityKind::Place, "Lisbon", vec![span_of(b, "Lisbon", 0)]),
            entity(EntityKind::Place, "Portugal", vec![span_of(b, "Portugal", 0)]),
        ],
        timeline: vec![TimelineEntry {
            text: "Friday".into(),
            span: span_of(b, "Friday", 0),
            value: "2023-04-14".into(),
            granularity: Granularity::Day,
            sentence,
        }],
    }
}

/// An app with two articles mentioning Olaf Scholz ("summit" and "visit"), at 160x48.
pub fn two_stories() -> App {
    let store = Store::from_parts(
        Origin::Directory("/tmp/test-store".into()),
        vec![
            article("summit", "Lula and Scholz meet in Brasília", "2023-03-15", BODY),
            article("visit", "Scholz visits Lisbon", "2023-04-15", VISIT),
            article(
                "budget",
                "Council passes the budget",
                "2022-12-01",
                "The council passed the budget.",
            ),
        ],
        vec![],
    );
    let mut app = App::new(store, None, (160, 48));
    app.insert_analysis(ArticleId("summit".into()), analysis());
    app.insert_analysis(ArticleId("visit".into()), visit_analysis());
    app.insert_analysis(ArticleId("budget".into()), Analysis::default());
    app.update(Action::Resize(160, 48));
    app
}
