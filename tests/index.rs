//! The store-wide entity index, built from hand-made analyses.
#![allow(clippy::unwrap_used)]

mod common;

use dateline::analysis::{Analysis, Entity, EntityKind, Span};
use dateline::index::{EntityIndex, fold};

fn person(key: &str, name: &str, aliases: &[&str], mentions: &[(usize, usize)]) -> Entity {
    Entity {
        key: key.into(),
        name: name.into(),
        kind: EntityKind::Person,
        aliases: aliases.iter().map(|s| (*s).to_string()).collect(),
        roles: vec![],
        mentions: mentions.iter().map(|&(s, e)| Span::new(s, e)).collect(),
        references: vec![],
        rule: "test".into(),
    }
}

#[test]
fn folds_accents_case_and_possessives() {
    assert_eq!(fold("São  Paulo"), "sao paulo");
    assert_eq!(fold("Scholz’s"), "scholz");
    assert_eq!(fold("ÉMILIE Thévenaz-Brändli"), "emilie thevenaz-brandli");
}

#[test]
fn merges_an_entity_across_articles_by_key() {
    let a = common::article("a", "A", "2023-03-15", common::BODY);
    let b = common::article("b", "B", "2024-01-02", "Scholz spoke. Lula listened.");
    let analysis_a = common::analysis();
    let analysis_b = Analysis {
        entities: vec![person("person:olaf scholz", "Scholz", &["Scholz"], &[(0, 6)])],
        timeline: vec![],
    };
    let index = EntityIndex::build(&[(&a, &analysis_a), (&b, &analysis_b)]);
    let slot = index.lookup("olaf scholz").unwrap();
    let entry = index.get(slot).unwrap();
    assert_eq!(entry.name, "Olaf Scholz", "ties go to the fuller name");
    assert_eq!(entry.articles.len(), 2);
    assert_eq!(entry.articles[0].id.as_str(), "b", "newest first");
    assert_eq!(entry.mentions, 4);
    assert_eq!(index.lookup("SCHOLZ"), Some(slot), "any alias, any case");
    assert_eq!(index.ranked()[0], slot, "most articles first");
    let (first, last) = entry.span().unwrap();
    assert_eq!(
        (first.to_string(), last.to_string()),
        ("2023-03-15".into(), "2024-01-02".into())
    );
    // Only the first sentence has both a date and a mention of Scholz.
    let values: Vec<&str> = entry.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(values, ["2023-03-13"], "dated sentences that mention Scholz");
    let related: Vec<&str> = entry
        .related
        .iter()
        .map(|&(s, _)| index.get(s).unwrap().name.as_str())
        .collect();
    assert!(related.contains(&"Luiz Inácio Lula da Silva"), "{related:?}");
}

#[test]
fn the_cross_article_timeline_keeps_only_placeable_dates() {
    use dateline::analysis::{Granularity, TimelineEntry};
    let body = "Scholz is now in Rome. Scholz flew home on 2024-05-02.";
    let a = common::article("a", "A", "2024-05-03", body);
    let entry = |text: &str, value: &str, g, sentence: (usize, usize)| {
        let start = body.find(text).unwrap();
        TimelineEntry {
            text: text.into(),
            span: Span::new(start, start + text.len()),
            value: value.into(),
            granularity: g,
            sentence: Span::new(sentence.0, sentence.1),
        }
    };
    let analysis = Analysis {
        entities: vec![person(
            "person:olaf scholz",
            "Scholz",
            &["Scholz"],
            &[(0, 6), (23, 29)],
        )],
        timeline: vec![
            entry("now", "PRESENT_REF", Granularity::Reference, (0, 22)),
            entry("2024-05-02", "2024-05-02", Granularity::Day, (23, body.len())),
        ],
    };
    let index = EntityIndex::build(&[(&a, &analysis)]);
    let values: Vec<&str> = index
        .get(0)
        .unwrap()
        .dates
        .iter()
        .map(|d| d.value.as_str())
        .collect();
    assert_eq!(values, ["2024-05-02"]);
}

fn entity_of(kind: EntityKind, name: &str, aliases: &[&str]) -> Entity {
    Entity {
        key: format!("{}:{}", kind.as_str(), fold(name)),
        name: name.into(),
        kind,
        aliases: aliases.iter().map(|s| (*s).to_string()).collect(),
        roles: vec![],
        mentions: vec![Span::new(0, 1)],
        references: vec![],
        rule: "test".into(),
    }
}

#[test]
fn short_forms_join_the_one_full_name_seen_elsewhere() {
    let a = common::article("a", "A", "2024-01-01", "x");
    let b = common::article("b", "B", "2024-02-01", "x");
    let c = common::article("c", "C", "2024-03-01", "x");
    let org = EntityKind::Organization;
    let full = Analysis {
        entities: vec![
            entity_of(org, "Kestrel Data AG", &["Kestrel Data AG", "Kestrel"]),
            entity_of(EntityKind::Person, "Ana Souza", &["Ana Souza", "Souza"]),
            entity_of(EntityKind::Person, "Pedro Souza", &["Pedro Souza", "Souza"]),
        ],
        timeline: vec![],
    };
    let short = Analysis {
        entities: vec![
            entity_of(org, "Kestrel", &["Kestrel"]),
            entity_of(EntityKind::Person, "Souza", &["Souza"]),
        ],
        timeline: vec![],
    };
    let index = EntityIndex::build(&[(&a, &full), (&b, &short), (&c, &short)]);
    let kestrel = index.get(index.lookup("Kestrel Data AG").unwrap()).unwrap();
    assert_eq!(kestrel.name, "Kestrel Data AG");
    assert_eq!(
        kestrel.articles.len(),
        3,
        "the articles that say only 'Kestrel' count too"
    );
    assert_eq!(
        index.by_key("organization:kestrel"),
        index.lookup("Kestrel Data AG")
    );
    let souza = index.by_key("person:souza").unwrap();
    assert_eq!(
        index.get(souza).unwrap().name,
        "Souza",
        "an ambiguous surname stays apart"
    );
}
