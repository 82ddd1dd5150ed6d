//! The TUI state and its single entry point for changes, [`App::update`].
//! Nothing here draws; `ui` renders this state.

pub mod action;
pub mod focus;
pub mod layout;
pub mod open_article;
pub mod reader;
pub mod run;

pub use action::Action;
pub use focus::Focus;
pub use open_article::{Highlight, OpenArticle};

use crate::analysis::{Analysis, analyze_text};
use crate::store::state::ReadState;
use crate::store::{Article, ArticleId, Store};
use ratatui::layout::Rect;
use ratatui::widgets::ListState;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// An overlay drawn over the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Every key, generated from the keymap.
    Help,
    /// The files the store skipped, with reasons.
    Problems,
}

/// The whole state of the TUI.
#[derive(Debug)]
pub struct App {
    /// The articles.
    pub store: Store,
    /// Read and starred articles.
    pub reading: ReadState,
    state_path: Option<PathBuf>,
    /// The pane that receives keys.
    pub focus: Focus,
    /// Selection in the article list.
    pub list: ListState,
    /// The article in the reader.
    pub open: Option<OpenArticle>,
    analyses: HashMap<ArticleId, Arc<Analysis>>,
    /// Terminal size in columns and rows.
    pub size: (u16, u16),
    /// Which of entities/timeline the shared side pane shows on narrow terminals.
    pub side: Focus,
    /// The overlay shown, if any.
    pub overlay: Option<Overlay>,
    /// Scroll offset of the overlay.
    pub overlay_scroll: u16,
    /// A one-line message for the status bar.
    pub message: Option<String>,
    /// Set by [`Action::Quit`].
    pub should_quit: bool,
}

impl App {
    /// A new app over `store`, keeping reading state in `state_path` (none: not saved).
    #[must_use]
    pub fn new(store: Store, state_path: Option<PathBuf>, size: (u16, u16)) -> Self {
        let (reading, warning) = state_path.as_deref().map(ReadState::load).unwrap_or_default();
        let mut list = ListState::default();
        if !store.list().is_empty() {
            list.select(Some(0));
        }
        Self {
            store,
            reading,
            state_path,
            focus: Focus::List,
            list,
            open: None,
            analyses: HashMap::new(),
            size,
            side: Focus::Entities,
            overlay: None,
            overlay_scroll: 0,
            message: warning,
            should_quit: false,
        }
    }

    /// The current pane geometry.
    #[must_use]
    pub fn panes(&self) -> layout::Panes {
        layout::panes(Rect::new(0, 0, self.size.0, self.size.1))
    }

    /// True when entities and timeline share one pane.
    #[must_use]
    pub fn side_shared(&self) -> bool {
        self.panes().timeline.is_none()
    }

    fn shared(&self) -> Option<Focus> {
        self.side_shared().then_some(self.side)
    }

    fn reader_size(&self) -> (u16, usize) {
        let inner = layout::inner(self.panes().reader);
        (
            inner.width.saturating_sub(1).max(8),
            usize::from(inner.height.max(1)),
        )
    }

    /// The article selected in the list.
    #[must_use]
    pub fn selected_article(&self) -> Option<&Article> {
        self.list.selected().and_then(|i| self.store.list().get(i))
    }

    /// Puts an already computed analysis in the cache (e.g. loaded from disk).
    pub fn insert_analysis(&mut self, id: ArticleId, analysis: Analysis) {
        self.analyses.insert(id, Arc::new(analysis));
    }

    /// Applies one action. Deterministic and free of the terminal.
    pub fn update(&mut self, action: Action) {
        if self.overlay.is_some() && self.update_overlay(action) {
            return;
        }
        match action {
            Action::Quit => self.should_quit = true,
            Action::Resize(w, h) => self.resize(w, h),
            Action::ToggleHelp => self.toggle_overlay(Overlay::Help),
            Action::ToggleProblems => self.toggle_overlay(Overlay::Problems),
            Action::FocusNext => self.focus = self.focus.next(self.shared()),
            Action::FocusPrev => self.focus = self.focus.prev(self.shared()),
            Action::ToggleSidePane => self.toggle_side(),
            Action::Back => self.back(),
            Action::Activate => self.activate(),
            Action::NextMention | Action::PrevMention => self.step_mention(action == Action::NextMention),
            Action::SelectNext => self.move_by(1),
            Action::SelectPrev => self.move_by(-1),
            Action::PageDown => self.move_by(self.page()),
            Action::PageUp => self.move_by(-self.page()),
            Action::SelectFirst => self.move_by(isize::MIN / 2),
            Action::SelectLast => self.move_by(isize::MAX / 2),
        }
    }

    /// Overlay keys; returns true when the action was used by the overlay.
    fn update_overlay(&mut self, action: Action) -> bool {
        match action {
            Action::SelectNext | Action::PageDown => {
                self.overlay_scroll = self.overlay_scroll.saturating_add(1)
            }
            Action::SelectPrev | Action::PageUp => {
                self.overlay_scroll = self.overlay_scroll.saturating_sub(1)
            }
            Action::Back => self.overlay = None,
            Action::Quit | Action::Resize(..) | Action::ToggleHelp | Action::ToggleProblems => return false,
            _ => {}
        }
        true
    }

    fn toggle_overlay(&mut self, overlay: Overlay) {
        self.overlay = if self.overlay == Some(overlay) {
            None
        } else {
            Some(overlay)
        };
        self.overlay_scroll = 0;
    }

    fn resize(&mut self, w: u16, h: u16) {
        self.size = (w, h);
        if !self.side_shared() && matches!(self.focus, Focus::Entities | Focus::Timeline) {
            self.side = self.focus;
        } else if self.side_shared() && matches!(self.focus, Focus::Entities | Focus::Timeline) {
            self.focus = self.side;
        }
        let (width, _) = self.reader_size();
        if let Some(open) = &mut self.open {
            open.rewrap(width);
        }
    }

    fn toggle_side(&mut self) {
        self.side = if self.side == Focus::Entities {
            Focus::Timeline
        } else {
            Focus::Entities
        };
        if matches!(self.focus, Focus::Entities | Focus::Timeline) {
            self.focus = self.side;
        }
    }

    fn back(&mut self) {
        if let Some(open) = self.open.as_mut().filter(|o| o.highlight.is_some()) {
            open.highlight = None;
        } else if self.focus != Focus::List {
            self.focus = Focus::List;
        }
    }

    /// One page of the focused pane (list rows take two lines each).
    fn page(&self) -> isize {
        let rows = match self.focus {
            Focus::List => usize::from(layout::inner(self.panes().list).height) / 2,
            _ => self.reader_size().1,
        };
        isize::try_from(rows.saturating_sub(1).max(1)).unwrap_or(1)
    }

    fn move_by(&mut self, delta: isize) {
        let (_, height) = self.reader_size();
        match self.focus {
            Focus::List => {
                let i = step(self.list.selected(), delta, self.store.list().len());
                self.list.select(i);
            }
            Focus::Article => {
                if let Some(open) = &mut self.open {
                    open.scroll_by(delta, height);
                }
            }
            Focus::Entities => {
                if let Some(open) = &mut self.open {
                    open.entity_sel = step(Some(open.entity_sel), delta, open.entity_rows.len()).unwrap_or(0);
                }
            }
            Focus::Timeline => {
                if let Some(open) = &mut self.open {
                    open.timeline_sel =
                        step(Some(open.timeline_sel), delta, open.timeline_rows.len()).unwrap_or(0);
                }
            }
        }
    }

    fn activate(&mut self) {
        let (_, height) = self.reader_size();
        match self.focus {
            Focus::List => self.open_selected(),
            Focus::Article => {}
            Focus::Entities => {
                if let Some(open) = &mut self.open {
                    open.highlight_selected_entity(height);
                }
            }
            Focus::Timeline => {
                if let Some(open) = &mut self.open {
                    open.jump_to_selected_date(height);
                }
            }
        }
    }

    fn step_mention(&mut self, forward: bool) {
        let (_, height) = self.reader_size();
        let stepped = self
            .open
            .as_mut()
            .is_some_and(|o| o.step_mention(forward, height));
        if !stepped {
            self.message = Some("No entity highlighted: select one in Entities and press Enter".into());
        }
    }

    /// Opens the article selected in the list and marks it read.
    fn open_selected(&mut self) {
        let Some(article) = self.selected_article().cloned() else {
            return;
        };
        let analysis = self
            .analyses
            .entry(article.id.clone())
            .or_insert_with(|| Arc::new(analyze_text(&article.body, article.published)))
            .clone();
        let (width, _) = self.reader_size();
        self.focus = Focus::Article;
        self.mark_read(article.id.as_str());
        self.open = Some(OpenArticle::new(article, analysis, width));
    }

    fn mark_read(&mut self, id: &str) {
        if !self.reading.read.insert(id.to_string()) {
            return;
        }
        if let Some(path) = &self.state_path {
            if let Err(e) = self.reading.save(path) {
                self.message = Some(format!("cannot save reading state to {}: {e}", path.display()));
            }
        }
    }
}

/// Moves an index by `delta` within `[0, len)`, clamping at the ends.
fn step(current: Option<usize>, delta: isize, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    Some(current.unwrap_or(0).saturating_add_signed(delta).min(len - 1))
}
