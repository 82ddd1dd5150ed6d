//! The user's entity dictionary (`entities.toml` in the config directory),
//! applied on top of the engine: extra names with their kind and aliases,
//! and names to ignore. Parsing is here; reading the file is the caller's job.
//!
//! ```toml
//! ignore = ["Dateline Wire"]
//!
//! [[entity]]
//! name = "Kestrel Data AG"
//! kind = "organization"
//! aliases = ["Kestrel"]
//! ```

use super::{Entity, EntityKind, Span};
use crate::index::fold;
use serde::Deserialize;
use std::sync::OnceLock;

/// One entity the user defined.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserEntity {
    /// Display name.
    pub name: String,
    /// Kind: person, organization, place or other.
    pub kind: KindName,
    /// Other ways the text names it.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// An entity kind as written in the dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KindName {
    /// A person.
    Person,
    /// An organization.
    Organization,
    /// A place.
    Place,
    /// Anything else.
    Other,
}

impl From<KindName> for EntityKind {
    fn from(k: KindName) -> Self {
        match k {
            KindName::Person => Self::Person,
            KindName::Organization => Self::Organization,
            KindName::Place => Self::Place,
            KindName::Other => Self::Other,
        }
    }
}

/// The whole dictionary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dictionary {
    /// Names that are never entities.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Extra entities.
    #[serde(default, rename = "entity")]
    pub entities: Vec<UserEntity>,
}

static GLOBAL: OnceLock<Dictionary> = OnceLock::new();

impl Dictionary {
    /// Parses the TOML text of `entities.toml`.
    ///
    /// # Errors
    /// The TOML error, with its line.
    pub fn parse(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e: toml::de::Error| {
            let line = e
                .span()
                .map_or(1, |s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            format!("line {line}: {}", e.message())
        })
    }

    /// Installs the dictionary used by [`super::analyze_text`] (once, at start-up).
    pub fn install(self) {
        let _ = GLOBAL.set(self);
    }

    /// The installed dictionary, or an empty one.
    #[must_use]
    pub fn global() -> &'static Self {
        static EMPTY: Dictionary = Dictionary {
            ignore: Vec::new(),
            entities: Vec::new(),
        };
        GLOBAL.get().unwrap_or(&EMPTY)
    }

    /// True when it changes nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ignore.is_empty() && self.entities.is_empty()
    }

    /// Applies the dictionary to the engine's entities for `body`.
    pub fn apply(&self, body: &str, entities: &mut Vec<Entity>) {
        if self.is_empty() {
            return;
        }
        let ignored: Vec<String> = self.ignore.iter().map(|n| fold(n)).collect();
        entities.retain(|e| !ignored.contains(&fold(&e.name)));
        for e in entities.iter_mut() {
            e.mentions
                .retain(|m| !ignored.contains(&fold(&body[m.start..m.end])));
        }
        for user in &self.entities {
            let mentions = find_names(body, std::iter::once(&user.name).chain(&user.aliases));
            if mentions.is_empty() {
                continue;
            }
            // The user's entity owns these spans: drop overlapping engine mentions.
            for e in entities.iter_mut() {
                e.mentions
                    .retain(|m| !mentions.iter().any(|u| u.start < m.end && m.start < u.end));
            }
            let kind = EntityKind::from(user.kind);
            let mut aliases = vec![user.name.clone()];
            for m in &mentions {
                let surface = body[m.start..m.end].to_string();
                if !aliases.contains(&surface) {
                    aliases.push(surface);
                }
            }
            entities.push(Entity {
                key: format!("{}:{}", kind.as_str(), fold(&user.name)),
                name: user.name.clone(),
                kind,
                aliases,
                roles: Vec::new(),
                mentions,
                references: Vec::new(),
                rule: "user dictionary (entities.toml)".into(),
            });
        }
        entities.retain(|e| !e.mentions.is_empty());
        entities.sort_by(|a, b| {
            b.mentions
                .len()
                .cmp(&a.mentions.len())
                .then_with(|| a.name.cmp(&b.name))
        });
    }
}

/// Every whole-word occurrence of any of the names, longest first, without overlaps.
fn find_names<'a>(body: &str, names: impl Iterator<Item = &'a String>) -> Vec<Span> {
    let mut names: Vec<&str> = names
        .map(String::as_str)
        .filter(|n| !n.trim().is_empty())
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let mut found: Vec<Span> = Vec::new();
    for name in names {
        for (at, _) in body.match_indices(name) {
            let end = at + name.len();
            let before = body[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = body[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if before && after && !found.iter().any(|f| f.start < end && at < f.end) {
                found.push(Span::new(at, end));
            }
        }
    }
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine_entity(name: &str, kind: EntityKind, mentions: &[(usize, usize)]) -> Entity {
        Entity {
            key: format!("{}:{}", kind.as_str(), fold(name)),
            name: name.into(),
            kind,
            aliases: vec![name.into()],
            roles: vec![],
            mentions: mentions.iter().map(|&(s, e)| Span::new(s, e)).collect(),
            references: Vec::new(),
            rule: "engine".into(),
        }
    }

    #[test]
    fn adds_user_entities_and_drops_ignored_names() {
        let dict = Dictionary::parse(
            "ignore = [\"Dateline Wire\"]\n[[entity]]\nname = \"Kestrel Data AG\"\nkind = \"organization\"\naliases = [\"Kestrel\"]\n",
        )
        .unwrap();
        let body = "Dateline Wire: Kestrel said Kestrel Data AG will appeal. Kestrelborough is elsewhere.";
        let mut entities = vec![
            engine_entity("Dateline Wire", EntityKind::Organization, &[(0, 13)]),
            engine_entity("Kestrel", EntityKind::Place, &[(15, 22)]),
        ];
        dict.apply(body, &mut entities);
        assert_eq!(entities.len(), 1, "{entities:?}");
        let k = &entities[0];
        assert_eq!(
            (k.name.as_str(), k.kind),
            ("Kestrel Data AG", EntityKind::Organization)
        );
        let surfaces: Vec<&str> = k.mentions.iter().map(|m| &body[m.start..m.end]).collect();
        assert_eq!(surfaces, ["Kestrel", "Kestrel Data AG"], "whole words only");
        assert_eq!(k.rule, "user dictionary (entities.toml)");
    }

    #[test]
    fn bad_dictionaries_say_where() {
        let err = Dictionary::parse("[[entity]]\nname = \"X\"\nkind = \"planet\"\n").unwrap_err();
        assert!(err.starts_with("line 3:"), "{err}");
    }
}
