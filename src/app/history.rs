//! Back/forward history of where the user has been, like a browser.

use super::Highlight;
use super::entity_page::PageSection;
use super::focus::Focus;
use crate::analysis::EntityKind;
use crate::store::ArticleId;

/// A place the user can come back to, with its scroll position and selections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The article list and reader.
    Reader {
        /// The open article, if any.
        open: Option<ArticleId>,
        /// Reader scroll.
        scroll: usize,
        /// Sidebar selection.
        entity_sel: usize,
        /// Timeline selection.
        timeline_sel: usize,
        /// Highlight in the reader.
        highlight: Option<Highlight>,
        /// Focused pane.
        focus: Focus,
        /// Article selected in the list.
        selected: Option<ArticleId>,
    },
    /// An entity page.
    EntityPage {
        /// The entity's canonical key.
        key: String,
        /// Focused section.
        section: PageSection,
        /// Selection in each section (articles, timeline, related).
        selections: [usize; 3],
    },
    /// The store-wide entity list.
    Entities {
        /// Typed filter.
        query: String,
        /// Kind filter.
        kind: Option<EntityKind>,
        /// Selected row.
        selected: usize,
    },
}

/// Back and forward stacks.
#[derive(Debug, Clone, Default)]
pub struct History {
    back: Vec<Place>,
    forward: Vec<Place>,
}

/// How many places are remembered.
const LIMIT: usize = 200;

impl History {
    /// Remembers `here` before a jump; a new jump forgets the forward places.
    pub fn push(&mut self, here: Place) {
        if self.back.last() != Some(&here) {
            self.back.push(here);
        }
        if self.back.len() > LIMIT {
            self.back.remove(0);
        }
        self.forward.clear();
    }

    /// Goes back from `here`; returns the place to restore.
    pub fn back(&mut self, here: Place) -> Option<Place> {
        let to = self.back.pop()?;
        self.forward.push(here);
        Some(to)
    }

    /// Goes forward from `here`; returns the place to restore.
    pub fn forward(&mut self, here: Place) -> Option<Place> {
        let to = self.forward.pop()?;
        self.back.push(here);
        Some(to)
    }

    /// Number of places behind and ahead.
    #[must_use]
    pub fn depth(&self) -> (usize, usize) {
        (self.back.len(), self.forward.len())
    }
}
