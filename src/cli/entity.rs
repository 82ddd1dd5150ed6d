//! `dateline entity NAME`, `dateline entities`, `dateline search QUERY`: the
//! store-wide index and search as text or JSON.

use super::commands::{CmdResult, open};
use crate::analysis::when::place;
use crate::analysis::{Analysis, EntityKind, analyze_text};
use crate::index::EntityIndex;
use crate::search;
use crate::store::{Article, Store};
use serde_json::{Value, json};
use std::path::Path;

fn build(store: &Store) -> (Vec<Analysis>, EntityIndex) {
    let analyses: Vec<Analysis> = store
        .list()
        .iter()
        .map(|a| analyze_text(&a.body, a.published))
        .collect();
    let pairs: Vec<(&Article, &Analysis)> = store.list().iter().zip(analyses.iter()).collect();
    let index = EntityIndex::build(&pairs);
    (analyses, index)
}

/// `dateline entities [--kind K] [--json]`.
pub fn entities(flag: Option<&Path>, kind: Option<EntityKind>, as_json: bool) -> CmdResult {
    let store = open(flag)?;
    let (_, index) = build(&store);
    let rows: Vec<_> = index
        .ranked()
        .into_iter()
        .filter_map(|slot| index.get(slot))
        .filter(|e| kind.is_none_or(|k| e.kind == k))
        .collect();
    if as_json {
        let items: Vec<Value> = rows
            .iter()
            .map(|e| json!({"key": e.key, "name": e.name, "kind": e.kind, "articles": e.articles.len(), "mentions": e.mentions}))
            .collect();
        outln!(
            "{}",
            serde_json::to_string_pretty(&items).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    for e in rows {
        outln!(
            "{:>3} articles {:>4} mentions  {:<13} {}",
            e.articles.len(),
            e.mentions,
            e.kind.as_str(),
            e.name
        );
    }
    Ok(())
}

/// `dateline entity NAME [--json]`.
pub fn entity(flag: Option<&Path>, name: &str, as_json: bool) -> CmdResult {
    let store = open(flag)?;
    let (analyses, index) = build(&store);
    let slot = index
        .lookup(name)
        .ok_or_else(|| format!("no entity named {name:?} (see `dateline entities`)"))?;
    let Some(e) = index.get(slot) else {
        return Err(format!("no entity named {name:?}"));
    };
    let position = |id: &str| store.list().iter().position(|a| a.id.as_str() == id);
    let sentence = |id: &str, entry: usize| -> Option<String> {
        let i = position(id)?;
        let t = analyses[i].timeline.get(entry)?;
        let body = &store.list()[i].body;
        Some(
            body.get(t.sentence.start..t.sentence.end)?
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        )
    };
    let articles: Vec<Value> = e
        .articles
        .iter()
        .filter_map(|a| {
            let art = store.get(a.id.as_str())?;
            Some(json!({"id": a.id, "title": art.title, "published": art.published.map(|d| d.to_string()), "mentions": a.mentions}))
        })
        .collect();
    let related: Vec<Value> = e
        .related
        .iter()
        .filter_map(|&(s, n)| {
            index
                .get(s)
                .map(|r| json!({"name": r.name, "kind": r.kind, "articles": n}))
        })
        .collect();
    let timeline: Vec<Value> = e
        .dates
        .iter()
        .map(|d| json!({"value": d.value, "text": position(d.id.as_str()).and_then(|i| analyses[i].timeline.get(d.entry)).map(|t| t.text.clone()),
                        "article_id": d.id, "sentence": sentence(d.id.as_str(), d.entry)}))
        .collect();
    let value = json!({"key": e.key, "name": e.name, "kind": e.kind, "aliases": e.aliases, "articles": articles,
                       "related": related, "timeline": timeline});
    if as_json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    print_entity(&value);
    Ok(())
}

fn print_entity(v: &Value) {
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    outln!("{} ({})", s(&v["name"]), s(&v["kind"]));
    let aliases: Vec<String> = v["aliases"].as_array().into_iter().flatten().map(s).collect();
    outln!("Also: {}\n\nArticles:", aliases.join(", "));
    for a in v["articles"].as_array().into_iter().flatten() {
        outln!(
            "  {}  {} ({}x)  [{}]",
            s(&a["published"]),
            s(&a["title"]),
            a["mentions"],
            s(&a["id"])
        );
    }
    outln!("\nTimeline:");
    for t in v["timeline"].as_array().into_iter().flatten() {
        let label = place(&s(&t["value"])).map_or_else(|| s(&t["value"]), |w| w.label);
        outln!("  {label:<22} {}  [{}]", s(&t["sentence"]), s(&t["article_id"]));
    }
    outln!("\nRelated:");
    for r in v["related"].as_array().into_iter().flatten() {
        outln!("  {:>3}  {} ({})", r["articles"], s(&r["name"]), s(&r["kind"]));
    }
}

/// `dateline search QUERY [--json]`.
pub fn search(flag: Option<&Path>, query: &str, as_json: bool) -> CmdResult {
    let store = open(flag)?;
    let terms = search::terms(query);
    if terms.is_empty() {
        return Err("the search query is empty".into());
    }
    let mut hits: Vec<(u32, &Article)> = store
        .list()
        .iter()
        .filter_map(|a| search::score(a, &terms).map(|s| (s, a)))
        .collect();
    hits.sort_by(|x, y| y.0.cmp(&x.0).then_with(|| y.1.published.cmp(&x.1.published)));
    if as_json {
        let items: Vec<Value> = hits
            .iter()
            .map(|(score, a)| json!({"id": a.id, "title": a.title, "published": a.published.map(|d| d.to_string()), "score": score}))
            .collect();
        outln!(
            "{}",
            serde_json::to_string_pretty(&items).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    for (score, a) in hits {
        outln!("{score:>5}  {}  {}  [{}]", a.published_label(), a.title, a.id);
    }
    Ok(())
}
