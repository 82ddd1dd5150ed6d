//! Named entities: who and what an article mentions, with merged aliases.
//!
//! Pipeline: tokenize ([`tokens`]), look words up in compiled-in lists
//! ([`gazetteer`]), find and classify names ([`rules`]), make the article
//! consistent ([`consistency`]) and merge mentions into entities ([`merge`]).

pub mod acronyms;
pub mod around;
pub mod company;
pub mod compounds;
pub mod consistency;
pub mod dateline;
pub mod doc;
pub mod encode;
pub mod fasthash;
pub mod features;
pub mod fixes;
pub mod foreign;
pub mod gazetteer;
pub mod joins;
pub mod kinds;
pub mod merge;
pub mod model;
pub mod names;
pub mod persons;
pub mod places;
pub mod references;
pub mod roles;
pub mod rules;
pub mod sports;
pub mod tagger;
pub mod tails;
pub mod tokens;

use super::Entity;

/// Which mention finder to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Rules and gazetteers only.
    Rules,
    /// The best available engine.
    Best,
}

/// Finds the entities of `body`, most mentioned first (ties by name).
#[must_use]
pub fn extract_entities(body: &str) -> Vec<Entity> {
    extract_entities_with(body, Engine::Best)
}

/// Finds the entities of `body` with the chosen engine.
#[must_use]
pub fn extract_entities_with(body: &str, engine: Engine) -> Vec<Entity> {
    let doc = doc::Doc::new(body);
    let rules = rules::tag(&doc);
    let mentions = match (engine, tagger::model()) {
        (Engine::Best, Some(m)) => tagger::tag_with(&doc, &rules, m),
        _ => rules,
    };
    let mentions = fixes::apply(&doc, mentions);
    let mut mentions = fixes::surnames(&doc, consistency::complete(&doc, mentions));
    sports::teams(&doc, &mut mentions);
    let mut entities = merge::merge(body, mentions);
    references::resolve(body, &mut entities);
    entities
}

/// The mentions before merging (for evaluation): tagger output, optionally
/// completed for document consistency.
#[must_use]
pub fn raw_mentions(body: &str, consistent: bool) -> Vec<doc::Mention> {
    let doc = doc::Doc::new(body);
    let rules = rules::tag(&doc);
    let mentions = match tagger::model() {
        Some(m) => tagger::tag_with(&doc, &rules, m),
        None => rules,
    };
    let mentions = fixes::apply(&doc, mentions);
    if consistent {
        let mut mentions = fixes::surnames(&doc, consistency::complete(&doc, mentions));
        sports::teams(&doc, &mut mentions);
        mentions
    } else {
        mentions
    }
}

/// Finds the entities of `body` with an explicitly loaded tagger model.
#[must_use]
pub fn extract_entities_with_model(body: &str, model: &tagger::Model) -> Vec<Entity> {
    let doc = doc::Doc::new(body);
    let rules = rules::tag(&doc);
    let mentions = tagger::tag_with(&doc, &rules, model);
    let mentions = fixes::apply(&doc, mentions);
    let mut mentions = fixes::surnames(&doc, consistency::complete(&doc, mentions));
    sports::teams(&doc, &mut mentions);
    let mut entities = merge::merge(body, mentions);
    references::resolve(body, &mut entities);
    entities
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_cases;
#[cfg(test)]
mod tests_federal;
#[cfg(test)]
mod tests_modern;
#[cfg(test)]
mod tests_titles;
#[cfg(test)]
mod tests_world;
