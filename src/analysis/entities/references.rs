//! Role references: "the president" or "the chancellor" written instead of
//! a name refers back to the person last mentioned with that role
//! ("Kenyan President William Ruto … the president said"). They are kept
//! apart from the name mentions, which are what the entity counts show.

use super::super::{Entity, EntityKind, Span};

/// Byte spans of "the ROLE" in `text` resolved to `entities`' persons; each
/// reference is pushed to the person whose mention with that role comes
/// last before it.
pub fn resolve(text: &str, entities: &mut [Entity]) {
    let heads = role_heads(entities);
    if heads.is_empty() {
        return;
    }
    find(text, &lower_in_place(text), entities, &heads);
}

/// The last words of every person's roles, lowercased: "prime minister", "president".
fn role_heads(entities: &[Entity]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, e) in entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person)
    {
        for role in &e.roles {
            let words: Vec<String> = role.split_whitespace().map(str::to_lowercase).collect();
            let n = words.len();
            if n >= 2 && matches!(words[n - 1].as_str(), "minister" | "secretary" | "general") {
                out.push((i, format!("{} {}", words[n - 2], words[n - 1])));
            }
            if let Some(last) = words.last() {
                if last.chars().all(|c| c.is_alphabetic() || c == '-') && last.len() > 2 {
                    out.push((i, last.clone()));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `text` lowercased character by character, keeping each character whose
/// lowercase form has another byte length (rare scripts), so that byte
/// offsets stay those of `text`.
fn lower_in_place(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                return c.to_ascii_lowercase();
            }
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                _ => c,
            }
        })
        .collect()
}

fn find(text: &str, lower: &str, entities: &mut [Entity], heads: &[(usize, String)]) {
    let mut found: Vec<(usize, Span)> = Vec::new();
    for (at, _) in lower.match_indices("the ") {
        let start_ok = at == 0 || !lower[..at].ends_with(|c: char| c.is_alphanumeric());
        if !start_ok
            || text[at..].starts_with(|c: char| c.is_uppercase()) && at > 0 && !sentence_start(text, at)
        {
            continue;
        }
        let rest = &lower[at + 4..];
        let Some((who, len)) = best(rest, heads, entities, at) else {
            continue;
        };
        let end = at + 4 + len;
        if follows_name_or_of(&text[end..]) {
            continue;
        }
        found.push((who, Span::new(at + 4, end)));
    }
    for (who, span) in found {
        entities[who].references.push(span);
    }
}

/// True when byte `at` opens a sentence ("The president said …").
fn sentence_start(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '"', '“', '\'']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// The person whose role head starts `rest` (longest head first), choosing
/// the one mentioned last before byte `at`; with the head's byte length.
fn best(rest: &str, heads: &[(usize, String)], entities: &[Entity], at: usize) -> Option<(usize, usize)> {
    let word_end = |n: usize| {
        rest[n..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '-')
    };
    let mut cands: Vec<&(usize, String)> = heads
        .iter()
        .filter(|(_, h)| rest.starts_with(h.as_str()) && word_end(h.len()))
        .collect();
    let len = cands.iter().map(|(_, h)| h.len()).max()?;
    cands.retain(|(_, h)| h.len() == len);
    cands
        .iter()
        .filter_map(|&&(i, _)| {
            let last = entities[i].mentions.iter().rev().find(|m| m.end <= at)?;
            Some((last.end, i))
        })
        .max()
        .map(|(_, i)| (i, len))
}

/// "the president of France", "the president Emmanuel Macron": a
/// description or an apposition, not a reference back.
fn follows_name_or_of(after: &str) -> bool {
    let next = after.trim_start_matches(' ');
    next.starts_with("of ") || next.starts_with(|c: char| c.is_uppercase()) && !after.starts_with([',', '.'])
}

#[cfg(test)]
mod tests {
    use super::super::extract_entities;

    fn refs(text: &str, key: &str) -> Vec<String> {
        let ents = extract_entities(text);
        let e = ents
            .iter()
            .find(|e| e.key == key)
            .unwrap_or_else(|| panic!("{key}: {ents:#?}"));
        e.references
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn the_role_refers_back_to_the_last_person_with_it() {
        let t = "Kenyan President William Ruto met investors on Monday. The president said the \
                 floods had cost billions. German Chancellor Olaf Scholz agreed, and the chancellor \
                 promised aid. Later the president of France called.";
        assert_eq!(refs(t, "person:william ruto"), vec!["president"]);
        assert_eq!(refs(t, "person:olaf scholz"), vec!["chancellor"]);
    }

    #[test]
    fn two_word_roles_and_no_person_before() {
        let t = "The prime minister arrived late. Prime Minister Keir Starmer then said the \
                 prime minister's office would reply.";
        assert_eq!(refs(t, "person:keir starmer"), vec!["prime minister"]);
    }
}
