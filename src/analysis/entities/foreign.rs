//! Names of parties and institutions written in their own language:
//! "Partij voor de Vrijheid", "Partidul Acțiune și Solidaritate",
//! "Sozialdemokratische Partei Deutschlands", "Jurado Nacional de
//! Elecciones". A head word, the capitalised words around it and the
//! language's small words between them are one organisation, whatever pieces
//! the tagger made of them.

use super::super::EntityKind;
use super::doc::{Doc, Mention, insert_sorted, remove_overlapping};
use super::gazetteer::{List, PLACE_MASK};
use super::tokens::is_capitalized;

/// True for the folded head words of parties and public bodies (besides
/// compounds ending in "partij"/"partei").
#[rustfmt::skip]
fn listed_head(f: &str) -> bool {
    matches!(
        f,
        "partij" | "partei" | "partido" | "partidul" | "parti" | "partito" | "partia" | "partiya"
            | "partija" | "stranka" | "strana" | "alianta" | "alianza" | "alianca" | "movimiento"
            | "movimento" | "mouvement" | "rassemblement" | "frente" | "bloco" | "bloque" | "lega"
            | "liga" | "union" | "uniao" | "unione" | "jurado" | "consejo" | "conselho" | "conseil"
            | "consiglio" | "tribunal" | "tribunale" | "corte" | "cour" | "comision" | "comissao"
            | "commissione" | "ministerio" | "ministere" | "ministero" | "camara" | "congreso"
            | "congresso" | "junta" | "instituto" | "banco" | "banque" | "agence" | "agencia"
            | "superintendencia" | "fiscalia" | "procuraduria" | "defensoria" | "registraduria"
            | "contraloria" | "secretaria" | "assemblee" | "asamblea" | "assembleia" | "kai"
    )
}

/// Small words of other languages that may sit inside a party's name.
const SMALL: &[&str] = &[
    "voor", "van", "de", "het", "en", "pentru", "si", "per", "la", "le", "les", "del", "della", "di", "do",
    "da", "dos", "das", "e", "y", "et", "fur", "und", "der", "die", "des", "du", "i", "o", "na", "za", "dla",
    "al", "no", "por", "para", "con", "pela", "pelo", "com",
];

fn head(f: &str) -> bool {
    listed_head(f) || ((f.ends_with("partij") || f.ends_with("partei")) && f.len() > 7)
}

/// Adds the foreign party and institution names of `doc` over the mentions
/// they cover.
pub fn foreign_names(doc: &Doc<'_>, ms: &mut Vec<Mention>) {
    let mut found: Vec<Mention> = Vec::new();
    let mut known = vec![0u8; doc.seen.len()];
    let mut i = 0;
    while i < doc.len() {
        let w = doc.word(i);
        // "Union" and "Liga" alone are English words or clubs: a foreign small
        // word must follow, or a capitalised word for the other heads.
        // (Not in headline-style lines, where every word is capitalised.)
        // (The head test runs once per distinct word.)
        if doc.caps_line[i] || !is_capitalized(w) {
            i += 1;
            continue;
        }
        let id = doc.ids[i] as usize;
        if known[id] == 0 {
            known[id] = if head(&doc.folded[i]) { 2 } else { 1 };
        }
        if known[id] == 1 {
            i += 1;
            continue;
        }
        let line = doc.toks[i].line;
        let same = |j: usize| j < doc.len() && doc.toks[j].line == line;
        let cap = |j: usize| same(j) && is_capitalized(doc.word(j)) && doc.gaz[j] & List::Stop.bit() == 0;
        // A title, a given name or a nationality before another capitalised
        // word ends the run ("Rassemblement National President Jordan
        // Bardella"); before a small word it is part of the name ("Consejo
        // General del Poder Judicial").
        let stops = List::Title.bit() | List::Given.bit() | List::Demonym.bit();
        let person_next = |j: usize| {
            (doc.gaz[j] & stops != 0 || doc.gspan[j].1 & List::Title.bit() != 0)
                && cap(j + 1)
                && !SMALL.contains(&&doc.folded[j + 1])
        };
        let mut end = i + 1;
        let mut small = false;
        while end - i < 10 {
            if cap(end) && !person_next(end) {
                end += 1;
            } else if let Some(n) = (1..=2)
                .find(|&n| (end..end + n).all(|j| same(j) && SMALL.contains(&&doc.folded[j])) && cap(end + n))
            {
                // "voor de Vrijheid": one or two small words, then a name word.
                small = true;
                end += n + 1;
            } else {
                break;
            }
        }
        let english = matches!(&doc.folded[i], "union" | "liga" | "lega" | "tribunal" | "kai");
        // "Nippon Ishin no Kai": a small word and a name word before the head.
        // (Only for heads that need a small word: "Plaza del Congreso" is a square.)
        let small_before = english
            && i >= 2
            && SMALL.contains(&&doc.folded[i - 1])
            && cap(i - 2)
            && !doc.toks[i - 2].sent_start;
        if (end == i + 1 && !small_before) || (english && !small && !small_before) {
            i += 1;
            continue;
        }
        // Up to two unlisted capitalised words before the head open the name
        // ("Sozialdemokratische Partei Deutschlands").
        let head = if small_before { i - 2 } else { i };
        let mut start = head;
        while start > head.saturating_sub(2)
            && start > 0
            && cap(start - 1)
            && doc.gaz[start - 1] & (PLACE_MASK | List::Demonym.bit() | List::Title.bit() | List::Group.bit())
                == 0
            && !doc.toks[start - 1].sent_start
        {
            start -= 1;
        }
        let (a, b) = (doc.toks[start].start, doc.toks[end - 1].end);
        // A longer organisation that holds the name already stays
        // ("International Criminal Tribunal for the former Yugoslavia").
        let j = ms.partition_point(|m| m.end <= a);
        let held = ms.get(j).is_some_and(|m| {
            m.kind == EntityKind::Organization && m.start <= a && m.end >= b && m.end - m.start > b - a
        });
        if held {
            i = end;
            continue;
        }
        found.push(Mention {
            start: a,
            end: b,
            kind: EntityKind::Organization,
            rule: format!("cue:{}", &doc.folded[i]),
            role: None,
        });
        i = end;
    }
    if found.is_empty() {
        return;
    }
    let cut: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).collect();
    remove_overlapping(ms, &cut);
    insert_sorted(ms, found);
}
