//! Which articles the list shows, and in which order: text search, entity
//! filters, unread/starred views, sort by date or source.

use crate::search;
use crate::store::Store;
use crate::store::state::ReadState;
use std::collections::HashSet;

/// Which articles to show by reading state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Show {
    /// Every article.
    #[default]
    All,
    /// Only unread articles.
    Unread,
    /// Only starred articles.
    Starred,
}

/// The list order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Newest first.
    #[default]
    Date,
    /// By source, then newest first.
    Source,
}

/// An entity the list is filtered by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityFilter {
    /// Canonical key.
    pub key: String,
    /// Display name.
    pub name: String,
    /// Ids of the articles that mention it.
    pub articles: HashSet<String>,
}

/// The list's filters and order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListView {
    /// Text search (every word must appear in the title or body).
    pub query: String,
    /// Entities that every shown article must mention.
    pub entities: Vec<EntityFilter>,
    /// Reading-state view.
    pub show: Show,
    /// Order.
    pub sort: Sort,
}

impl ListView {
    /// Indices into `store.list()` of the shown articles, in order.
    #[must_use]
    pub fn visible(&self, store: &Store, reading: &ReadState) -> Vec<usize> {
        let terms = search::terms(&self.query);
        let articles = store.list();
        let mut rows: Vec<(u32, usize)> = articles
            .iter()
            .enumerate()
            .filter(|(_, a)| match self.show {
                Show::All => true,
                Show::Unread => !reading.is_read(a.id.as_str()),
                Show::Starred => reading.is_starred(a.id.as_str()),
            })
            .filter(|(_, a)| self.entities.iter().all(|f| f.articles.contains(a.id.as_str())))
            .filter_map(|(i, a)| search::score(a, &terms).map(|s| (s, i)))
            .collect();
        if self.sort == Sort::Source {
            rows.sort_by(|x, y| {
                articles[x.1]
                    .source
                    .cmp(&articles[y.1].source)
                    .then(x.1.cmp(&y.1))
            });
        } else if !terms.is_empty() {
            // Searching: best match first, then newest.
            rows.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        }
        rows.into_iter().map(|(_, i)| i).collect()
    }

    /// True when anything narrows the list.
    #[must_use]
    pub fn is_filtered(&self) -> bool {
        !self.query.is_empty() || !self.entities.is_empty() || self.show != Show::All
    }

    /// A short description of the filters for the list title.
    #[must_use]
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.query.is_empty() {
            parts.push(format!("/{}", self.query));
        }
        for f in &self.entities {
            parts.push(format!("@{}", f.name));
        }
        match self.show {
            Show::All => {}
            Show::Unread => parts.push("unread".into()),
            Show::Starred => parts.push("starred".into()),
        }
        if self.sort == Sort::Source {
            parts.push("by source".into());
        }
        parts.join(" ")
    }
}
