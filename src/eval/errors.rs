//! The errors behind the scores, one line each, for `dateline eval … --errors`:
//! gold items the analysis missed or typed differently, items it found that gold
//! does not have, and (timeline) matched expressions with another value.

use super::entities::mention_items;
use super::gold::GoldDoc;
use super::score::{Item, match_overlap, match_strict};
use crate::analysis::analyze_text;
use std::fmt::Write as _;

fn slice(text: &str, it: &Item<'_>) -> String {
    text.get(it.start..it.end).unwrap_or("?").replace('\n', " ")
}

/// Entity errors at strict matching: `type` (same span, other kind), `miss`
/// (gold span not found, with any overlapping system span) and `extra`.
#[must_use]
pub fn entity_errors(docs: &[GoldDoc]) -> String {
    let mut out = String::new();
    for doc in docs.iter().filter(|d| d.gold.mentions.is_some()) {
        let (system, gold) = mention_items(doc);
        let pairs = match_strict(&gold, &system);
        let (mut gold_hit, mut sys_hit) = (vec![false; gold.len()], vec![false; system.len()]);
        for &(g, s) in &pairs {
            gold_hit[g] = true;
            sys_hit[s] = true;
        }
        let same_span = |a: &Item, b: &Item| a.start == b.start && a.end == b.end;
        let mut sys_explained = vec![false; system.len()];
        for (_, g) in gold.iter().enumerate().filter(|(gi, _)| !gold_hit[*gi]) {
            let text = slice(&doc.text, g);
            if let Some(si) = (0..system.len()).find(|&si| !sys_hit[si] && same_span(g, &system[si])) {
                sys_explained[si] = true;
                let _ = writeln!(
                    out,
                    "{}\ttype\t{} -> {}\t{text}",
                    doc.name, g.label, system[si].label
                );
                continue;
            }
            let near: Vec<String> = (0..system.len())
                .filter(|&si| !sys_hit[si])
                .filter(|&si| system[si].start < g.end && g.start < system[si].end)
                .map(|si| {
                    sys_explained[si] = true;
                    format!("{} {}", system[si].label, slice(&doc.text, &system[si]))
                })
                .collect();
            let _ = writeln!(
                out,
                "{}\tmiss\t{}\t{text}\t[{}]",
                doc.name,
                g.label,
                near.join("; ")
            );
        }
        for (si, s) in system.iter().enumerate() {
            if !sys_hit[si] && !sys_explained[si] {
                let _ = writeln!(out, "{}\textra\t{}\t{}", doc.name, s.label, slice(&doc.text, s));
            }
        }
    }
    out
}

/// Timeline errors: `miss` (gold DATE/TIME not overlapped), `extra` (system
/// expression overlapping no gold timex) and `value` (matched, other value).
#[must_use]
pub fn timeline_errors(docs: &[GoldDoc]) -> String {
    let mut out = String::new();
    for doc in docs.iter().filter(|d| d.gold.timexes.is_some()) {
        let analysis = analyze_text(&doc.text, doc.published());
        let timexes = doc.gold.timexes.as_deref().unwrap_or_default();
        let item = |start, end| Item {
            start,
            end,
            label: "",
        };
        let gold_all: Vec<Item> = timexes.iter().map(|t| item(t.start, t.end)).collect();
        let dated: Vec<usize> = (0..timexes.len())
            .filter(|&i| timexes[i].kind == "DATE" || timexes[i].kind == "TIME")
            .collect();
        let gold: Vec<Item> = dated.iter().map(|&i| gold_all[i]).collect();
        let system: Vec<Item> = analysis
            .timeline
            .iter()
            .map(|t| item(t.span.start, t.span.end))
            .collect();
        let pairs = match_overlap(&gold, &system);
        let dct = doc.gold.published.as_deref().unwrap_or("?");
        for (gi, g) in gold.iter().enumerate() {
            let t = &timexes[dated[gi]];
            match pairs.iter().find(|p| p.0 == gi) {
                None => {
                    let _ = writeln!(
                        out,
                        "{}\tmiss\t{}\t{}\tdct {dct}",
                        doc.name,
                        t.value,
                        slice(&doc.text, g)
                    );
                }
                Some(&(_, si)) => {
                    let s = &analysis.timeline[si];
                    if !s.value.eq_ignore_ascii_case(&t.value) {
                        let _ = writeln!(
                            out,
                            "{}\tvalue\t{} -> {}\t{} | {}\tdct {dct}",
                            doc.name,
                            t.value,
                            s.value,
                            slice(&doc.text, g),
                            slice(&doc.text, &system[si])
                        );
                    }
                }
            }
        }
        for (si, s) in system.iter().enumerate() {
            let overlaps_any = gold_all.iter().any(|g| g.start < s.end && s.start < g.end);
            if !pairs.iter().any(|p| p.1 == si) && !overlaps_any {
                let value = &analysis.timeline[si].value;
                let _ = writeln!(
                    out,
                    "{}\textra\t{value}\t{}\tdct {dct}",
                    doc.name,
                    slice(&doc.text, s)
                );
            }
        }
    }
    out
}
