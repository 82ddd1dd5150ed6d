//! Which pane receives the keys.

/// The focused pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Focus {
    /// The article list.
    List,
    /// The reader.
    Article,
    /// The entity sidebar.
    Entities,
    /// The timeline pane.
    Timeline,
}

impl Focus {
    /// The pane after this one; `side` is the side pane shown when they share one.
    #[must_use]
    pub fn next(self, shared: Option<Focus>) -> Self {
        let next = match self {
            Self::List => Self::Article,
            Self::Article => Self::Entities,
            Self::Entities => Self::Timeline,
            Self::Timeline => Self::List,
        };
        Self::skip_hidden(next, shared, Self::next_raw)
    }

    /// The pane before this one.
    #[must_use]
    pub fn prev(self, shared: Option<Focus>) -> Self {
        let prev = match self {
            Self::List => Self::Timeline,
            Self::Article => Self::List,
            Self::Entities => Self::Article,
            Self::Timeline => Self::Entities,
        };
        Self::skip_hidden(prev, shared, Self::prev_raw)
    }

    fn next_raw(self) -> Self {
        self.next(None)
    }

    fn prev_raw(self) -> Self {
        self.prev(None)
    }

    /// When entities and timeline share a pane, only `shared` of the two is visible.
    fn skip_hidden(f: Self, shared: Option<Focus>, step: fn(Self) -> Self) -> Self {
        match shared {
            Some(visible) if matches!(f, Self::Entities | Self::Timeline) && f != visible => step(f),
            _ => f,
        }
    }

    /// The pane's name, for hints.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::List => "Articles",
            Self::Article => "Reader",
            Self::Entities => "Entities",
            Self::Timeline => "Timeline",
        }
    }
}
