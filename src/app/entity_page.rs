//! State of an entity page: which entity, which section has focus, and the
//! selection in each section.

/// The sections of an entity page that take the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageSection {
    /// Articles that mention the entity.
    Articles,
    /// The cross-article timeline.
    Timeline,
    /// Related entities.
    Related,
}

impl PageSection {
    /// The next section (Tab).
    #[must_use]
    pub const fn next(self) -> Self {
        match self {
            Self::Articles => Self::Timeline,
            Self::Timeline => Self::Related,
            Self::Related => Self::Articles,
        }
    }

    /// The previous section (Shift-Tab).
    #[must_use]
    pub const fn prev(self) -> Self {
        match self {
            Self::Articles => Self::Related,
            Self::Timeline => Self::Articles,
            Self::Related => Self::Timeline,
        }
    }

    /// Position in `selections`.
    #[must_use]
    pub const fn slot(self) -> usize {
        match self {
            Self::Articles => 0,
            Self::Timeline => 1,
            Self::Related => 2,
        }
    }
}

/// An open entity page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityPage {
    /// Position of the entity in the store index.
    pub slot: usize,
    /// Focused section.
    pub section: PageSection,
    /// Selection in each section (articles, timeline, related).
    pub selections: [usize; 3],
}

impl EntityPage {
    /// A page on its first section.
    #[must_use]
    pub const fn new(slot: usize) -> Self {
        Self {
            slot,
            section: PageSection::Articles,
            selections: [0; 3],
        }
    }

    /// The selection of the focused section.
    #[must_use]
    pub const fn selected(&self) -> usize {
        self.selections[self.section.slot()]
    }
}
