//! `dateline analyze FILE`: the analysis contract as JSON, or as text.

use crate::analysis::{Analysis, analyze_text};
use crate::store::Article;
use crate::store::fields::parse_published;
use crate::store::parse::{MAX_FILE_BYTES, parse_file};
use serde_json::{Value, json};
use std::path::Path;

/// Analyses one article file.
pub fn analyze(file: &Path, as_json: bool, published: Option<&str>, explain: bool) -> Result<(), String> {
    let shown = file.display().to_string();
    let meta = std::fs::metadata(file).map_err(|e| format!("cannot read {shown}: {e}"))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(crate::store::parse::too_large(&shown, meta.len()).to_string());
    }
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (articles, problems) = parse_file(&name, &shown, &bytes);
    if articles.len() > 1 {
        eprintln!(
            "dateline: {shown} holds {} articles; analysing the first (`dateline show ID` shows the others)",
            articles.len()
        );
    }
    let Some(mut article) = articles.into_iter().next() else {
        return Err(problems
            .first()
            .map_or_else(|| format!("{shown}: no article found"), ToString::to_string));
    };
    if let Some(p) = published {
        article.published = Some(parse_published(p)?);
    }
    let analysis = analyze_text(&article.body, article.published);
    if as_json {
        let value = analysis_json(&article, &analysis, explain);
        outln!("{}", serde_json::to_string(&value).map_err(|e| e.to_string())?);
    } else {
        outln!("{}", article.title);
        print_analysis(&article.body, &analysis, explain);
    }
    Ok(())
}

/// The JSON object of the analysis contract.
#[must_use]
pub fn analysis_json(article: &Article, analysis: &Analysis, explain: bool) -> Value {
    let entities: Vec<Value> = analysis
        .entities
        .iter()
        .map(|e| {
            let mut v = json!({
                "name": e.name, "kind": e.kind, "key": e.key, "aliases": e.aliases, "roles": e.roles,
                "mentions": e.mentions.iter().map(|m| json!({"start": m.start, "end": m.end})).collect::<Vec<_>>(),
            });
            if explain {
                v["rule"] = json!(e.rule);
            }
            v
        })
        .collect();
    let timeline: Vec<Value> = analysis
        .timeline
        .iter()
        .map(|t| json!({"text": t.text, "start": t.span.start, "end": t.span.end, "value": t.value, "granularity": t.granularity,
                        "sentence": {"start": t.sentence.start, "end": t.sentence.end}}))
        .collect();
    json!({
        "title": article.title,
        "published": article.published.map(|d| d.to_string()),
        "body": article.body,
        "entities": entities,
        "timeline": timeline,
    })
}

/// The analysis as readable text.
pub fn print_analysis(body: &str, analysis: &Analysis, explain: bool) {
    outln!("Entities:");
    for e in &analysis.entities {
        let why = if explain {
            format!("  [{}]", e.rule)
        } else {
            String::new()
        };
        let aliases: Vec<&str> = e
            .aliases
            .iter()
            .map(String::as_str)
            .filter(|a| *a != e.name)
            .collect();
        let aka = if aliases.is_empty() {
            String::new()
        } else {
            format!("  aka {}", aliases.join(", "))
        };
        outln!(
            "  {:<13} {:>3}  {}{aka}{why}",
            e.kind.as_str(),
            e.mentions.len(),
            e.name
        );
    }
    outln!("Timeline:");
    for t in &analysis.timeline {
        let surface = body.get(t.span.start..t.span.end).unwrap_or(&t.text);
        outln!("  {:<16} {:<10} {surface}", t.value, t.granularity.as_str());
    }
}
