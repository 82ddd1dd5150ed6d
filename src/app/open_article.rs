//! The article shown in the reader: its analysis, wrapped text, scroll
//! position, sidebar and timeline selections, and what is highlighted.

use super::reader::ReaderDoc;
use crate::analysis::when::{When, place};
use crate::analysis::{Analysis, EntityKind, Span};
use crate::store::Article;
use std::sync::Arc;

/// What the reader highlights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Highlight {
    /// Every mention of an entity; `current` is the mention last jumped to.
    Entity {
        /// Index into `analysis.entities`.
        entity: usize,
        /// Index into that entity's mentions.
        current: usize,
    },
    /// One sentence (from a timeline entry).
    Sentence(Span),
    /// Text found with `/`; `current` indexes `OpenArticle::found`.
    Find {
        /// The match last jumped to.
        current: usize,
    },
}

/// One row of the timeline pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineRow {
    /// Index into `analysis.timeline`.
    pub entry: usize,
    /// The placed date.
    pub when: When,
}

/// The open article and everything the panes show about it.
#[derive(Debug, Clone)]
pub struct OpenArticle {
    /// The article.
    pub article: Article,
    /// Its analysis (shared with the app's cache).
    pub analysis: Arc<Analysis>,
    /// Entity indices in sidebar order: grouped by kind, most mentioned first.
    pub entity_rows: Vec<usize>,
    /// Timeline rows in chronological order.
    pub timeline_rows: Vec<TimelineRow>,
    /// The wrapped text for the current width.
    pub doc: ReaderDoc,
    /// First visible reader line.
    pub scroll: usize,
    /// Selected sidebar row.
    pub entity_sel: usize,
    /// Selected timeline row.
    pub timeline_sel: usize,
    /// What is highlighted in the reader.
    pub highlight: Option<Highlight>,
    /// Matches of the last find in the article.
    pub found: Vec<Span>,
}

impl OpenArticle {
    /// Prepares an article for the reader at `width` columns.
    #[must_use]
    pub fn new(article: Article, analysis: Arc<Analysis>, width: u16) -> Self {
        let mut entity_rows = Vec::new();
        for kind in EntityKind::ALL {
            let mut of_kind: Vec<usize> = (0..analysis.entities.len())
                .filter(|&i| analysis.entities[i].kind == kind)
                .collect();
            of_kind.sort_by_key(|&i| std::cmp::Reverse(analysis.entities[i].mentions.len()));
            entity_rows.extend(of_kind);
        }
        let mut timeline_rows: Vec<TimelineRow> = analysis
            .timeline
            .iter()
            .enumerate()
            .filter_map(|(entry, t)| place(&t.value).map(|when| TimelineRow { entry, when }))
            .collect();
        timeline_rows.sort_by_key(|r| (r.when.start, r.when.end, r.entry));
        let doc = ReaderDoc::build(&article, width);
        Self {
            article,
            analysis,
            entity_rows,
            timeline_rows,
            doc,
            scroll: 0,
            entity_sel: 0,
            timeline_sel: 0,
            highlight: None,
            found: Vec::new(),
        }
    }

    /// Re-wraps for a new width, keeping the top line's text in view.
    pub fn rewrap(&mut self, width: u16) {
        if self.doc.width == width {
            return;
        }
        let anchor = self.top_offset();
        self.doc = ReaderDoc::build(&self.article, width);
        self.scroll = anchor.and_then(|o| self.doc.line_of(o)).unwrap_or(0);
    }

    /// The body offset of the first line in view.
    #[must_use]
    pub fn top_offset(&self) -> Option<usize> {
        self.doc
            .lines
            .iter()
            .skip(self.scroll)
            .find_map(|l| match l.kind {
                super::reader::LineKind::Body { start, .. } => Some(start),
                _ => None,
            })
    }

    /// Scrolls by `delta` lines within `[0, last page]` for a viewport of `height` lines.
    pub fn scroll_by(&mut self, delta: isize, height: usize) {
        let max = self.doc.lines.len().saturating_sub(height);
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
    }

    /// Scrolls so body byte `offset` is visible, a third down the viewport.
    pub fn reveal(&mut self, offset: usize, height: usize) {
        let Some(line) = self.doc.line_of(offset) else {
            return;
        };
        if line < self.scroll || line >= self.scroll + height {
            self.scroll = line.saturating_sub(height / 3);
            self.scroll_by(0, height);
        }
    }

    /// The entity of the selected sidebar row.
    #[must_use]
    pub fn selected_entity(&self) -> Option<usize> {
        self.entity_rows.get(self.entity_sel).copied()
    }

    /// Highlights the selected entity and shows its first mention.
    pub fn highlight_selected_entity(&mut self, height: usize) -> bool {
        let Some(entity) = self.selected_entity() else {
            return false;
        };
        self.highlight = Some(Highlight::Entity { entity, current: 0 });
        self.show_current_mention(height);
        true
    }

    /// Steps to the next (`forward`) or previous mention of the highlighted entity,
    /// or match of the last find, wrapping around.
    pub fn step_mention(&mut self, forward: bool, height: usize) -> bool {
        let step = |current: usize, count: usize| {
            if forward {
                (current + 1) % count
            } else {
                (current + count - 1) % count
            }
        };
        match self.highlight {
            Some(Highlight::Entity { entity, current }) => {
                let count = self.analysis.entities[entity].mentions.len();
                if count == 0 {
                    return false;
                }
                self.highlight = Some(Highlight::Entity {
                    entity,
                    current: step(current, count),
                });
                self.show_current_mention(height);
                true
            }
            Some(Highlight::Find { current }) if !self.found.is_empty() => {
                let next = step(current, self.found.len());
                self.highlight = Some(Highlight::Find { current: next });
                self.reveal(self.found[next].start, height);
                true
            }
            _ => false,
        }
    }

    /// Highlights every match of `terms` and shows the first one at or after the top of the view.
    pub fn find(&mut self, terms: &[String], height: usize) -> usize {
        self.found = crate::search::find_all(&self.article.body, terms)
            .into_iter()
            .map(|(s, e)| Span::new(s, e))
            .collect();
        if self.found.is_empty() {
            self.highlight = None;
            return 0;
        }
        let top = self.top_offset().unwrap_or(0);
        let first = self.found.iter().position(|m| m.start >= top).unwrap_or(0);
        self.highlight = Some(Highlight::Find { current: first });
        self.reveal(self.found[first].start, height);
        self.found.len()
    }

    /// Moves to the next (`forward`) or previous mention of any entity, in reading order,
    /// and selects that entity in the sidebar.
    pub fn step_any_mention(&mut self, forward: bool, height: usize) -> bool {
        let mut all: Vec<(usize, usize, usize)> = Vec::new();
        for (e, entity) in self.analysis.entities.iter().enumerate() {
            all.extend(
                entity
                    .mentions
                    .iter()
                    .enumerate()
                    .map(|(m, span)| (span.start, e, m)),
            );
        }
        all.sort_unstable();
        let here = match self.highlight {
            Some(Highlight::Entity { entity, current }) => self.analysis.entities[entity]
                .mentions
                .get(current)
                .map(|s| s.start),
            _ => None,
        };
        let target = match (here, forward) {
            (Some(at), true) => all.iter().find(|x| x.0 > at),
            (Some(at), false) => all.iter().rev().find(|x| x.0 < at),
            (None, true) => {
                let top = self.top_offset().unwrap_or(0);
                all.iter().find(|x| x.0 >= top)
            }
            (None, false) => all.last(),
        };
        let Some(&(_, entity, current)) = target else {
            return false;
        };
        self.select_mention(entity, current, height);
        true
    }

    /// Highlights one mention of an entity, selects the entity in the sidebar, and shows it.
    pub fn select_mention(&mut self, entity: usize, current: usize, height: usize) {
        self.highlight = Some(Highlight::Entity { entity, current });
        if let Some(row) = self.entity_rows.iter().position(|&e| e == entity) {
            self.entity_sel = row;
        }
        self.show_current_mention(height);
    }

    /// The entity highlighted in the reader, if any.
    #[must_use]
    pub fn highlighted_entity(&self) -> Option<usize> {
        match self.highlight {
            Some(Highlight::Entity { entity, .. }) => Some(entity),
            _ => None,
        }
    }

    fn show_current_mention(&mut self, height: usize) {
        if let Some(Highlight::Entity { entity, current }) = self.highlight {
            if let Some(span) = self.analysis.entities[entity].mentions.get(current).copied() {
                self.reveal(span.start, height);
            }
        }
    }

    /// Highlights the sentence of the selected timeline row and scrolls to it.
    pub fn jump_to_selected_date(&mut self, height: usize) -> bool {
        let Some(row) = self.timeline_rows.get(self.timeline_sel) else {
            return false;
        };
        let entry = &self.analysis.timeline[row.entry];
        self.highlight = Some(Highlight::Sentence(entry.sentence));
        self.reveal(entry.span.start, height);
        true
    }
}
