//! The TUI state and its single entry point for changes, [`App::update`].
//! Nothing here draws; `ui` renders this state.

pub mod action;
pub mod entity_list;
pub mod entity_page;
pub mod focus;
pub mod history;
pub mod layout;
mod list_update;
pub mod list_view;
mod navigate;
pub mod open_article;
mod page_update;
pub mod reader;
mod reader_update;
pub mod run;

pub use action::Action;
pub use entity_list::EntityList;
pub use entity_page::{EntityPage, PageSection};
pub use focus::Focus;
pub use open_article::{Highlight, OpenArticle};

use crate::analysis::{Analysis, analyze_text};
use crate::index::EntityIndex;
use crate::store::state::ReadState;
use crate::store::{Article, ArticleId, Store};
use history::History;
use list_view::ListView;
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

/// What fills the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// The article list, reader, entities and timeline.
    Reader,
    /// One entity across the store.
    EntityPage(EntityPage),
    /// Every entity in the store.
    EntityList(EntityList),
}

/// What a search being typed applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputTarget {
    /// Filter the article list by title and body.
    ListSearch,
    /// Find text in the open article.
    FindInArticle,
    /// Filter the entity list.
    EntityFilter,
}

/// A search being typed in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// What it applies to.
    pub target: InputTarget,
    /// The text so far.
    pub text: String,
}

/// The whole state of the TUI.
#[derive(Debug)]
pub struct App {
    /// The articles.
    pub store: Store,
    /// Read and starred articles.
    pub reading: ReadState,
    state_path: Option<PathBuf>,
    /// The pane that receives keys on the reader screen.
    pub focus: Focus,
    /// Selection in the article list (an index into `visible`).
    pub list: ListState,
    /// Filters and order of the article list.
    pub view: ListView,
    /// Indices into `store.list()` of the articles the list shows.
    pub visible: Vec<usize>,
    /// The article in the reader.
    pub open: Option<OpenArticle>,
    analyses: HashMap<ArticleId, Arc<Analysis>>,
    index: Option<Arc<EntityIndex>>,
    /// What fills the screen.
    pub screen: Screen,
    /// Where the user has been.
    pub history: History,
    /// A search being typed, if any.
    pub input: Option<Input>,
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
        let mut app = Self {
            store,
            reading,
            state_path,
            focus: Focus::List,
            list: ListState::default(),
            view: ListView::default(),
            visible: Vec::new(),
            open: None,
            analyses: HashMap::new(),
            index: None,
            screen: Screen::Reader,
            history: History::default(),
            input: None,
            size,
            side: Focus::Entities,
            overlay: None,
            overlay_scroll: 0,
            message: warning,
            should_quit: false,
        };
        app.refresh_list(None);
        app
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
        let row = self.list.selected()?;
        self.store.list().get(*self.visible.get(row)?)
    }

    /// Puts an already computed analysis in the cache (e.g. loaded from disk).
    pub fn insert_analysis(&mut self, id: ArticleId, analysis: Analysis) {
        self.analyses.insert(id, Arc::new(analysis));
        self.index = None;
    }

    /// The cached analysis of an article, if it was analysed.
    #[must_use]
    pub fn cached_analysis(&self, id: &ArticleId) -> Option<&Analysis> {
        self.analyses.get(id).map(AsRef::as_ref)
    }

    /// The index, if it was built.
    #[must_use]
    pub fn built_index(&self) -> Option<&EntityIndex> {
        self.index.as_deref()
    }

    /// The analysis of an article, computed once and cached.
    fn analysis_of(&mut self, article: &Article) -> Arc<Analysis> {
        self.analyses
            .entry(article.id.clone())
            .or_insert_with(|| Arc::new(analyze_text(&article.body, article.published)))
            .clone()
    }

    /// The store-wide entity index, built on first use from every article's analysis.
    pub fn index(&mut self) -> Arc<EntityIndex> {
        if let Some(index) = &self.index {
            return index.clone();
        }
        let articles: Vec<Article> = self.store.list().to_vec();
        let analyses: Vec<Arc<Analysis>> = articles.iter().map(|a| self.analysis_of(a)).collect();
        let pairs: Vec<(&Article, &Analysis)> =
            articles.iter().zip(analyses.iter().map(AsRef::as_ref)).collect();
        let index = Arc::new(EntityIndex::build(&pairs));
        self.index = Some(index.clone());
        index
    }

    /// Applies one action. Deterministic and free of the terminal.
    pub fn update(&mut self, action: Action) {
        if self.overlay.is_some() && self.update_overlay(action) {
            return;
        }
        if self.input.is_some() && self.update_input(action) {
            return;
        }
        match action {
            Action::Quit => self.should_quit = true,
            Action::Resize(w, h) => self.resize(w, h),
            Action::ToggleHelp => self.toggle_overlay(Overlay::Help),
            Action::ToggleProblems => self.toggle_overlay(Overlay::Problems),
            Action::HistoryBack => self.history_back(),
            Action::HistoryForward => self.history_forward(),
            Action::OpenEntityList => self.open_entity_list(),
            Action::ToggleRead => self.toggle_read(),
            Action::ToggleStar => self.toggle_star(),
            Action::CycleShow => self.cycle_show(),
            Action::ToggleSort => self.toggle_sort(),
            _ => match self.screen {
                Screen::Reader => self.update_reader(action),
                Screen::EntityPage(_) => self.update_page(action),
                Screen::EntityList(_) => self.update_entity_list(action),
            },
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
            Action::Back | Action::HistoryBack => self.overlay = None,
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
        let side_focused = matches!(self.focus, Focus::Entities | Focus::Timeline);
        if !self.side_shared() && side_focused {
            self.side = self.focus;
        } else if self.side_shared() && side_focused {
            self.focus = self.side;
        }
        let (width, _) = self.reader_size();
        if let Some(open) = &mut self.open {
            open.rewrap(width);
        }
    }

    /// Marks an article read and saves the state.
    fn set_read(&mut self, id: &str, read: bool) {
        let changed = if read {
            self.reading.read.insert(id.to_string())
        } else {
            self.reading.read.remove(id)
        };
        if changed {
            self.save_state();
        }
    }

    fn save_state(&mut self) {
        if let Some(path) = &self.state_path {
            if let Err(e) = self.reading.save(path) {
                self.message = Some(format!("cannot save reading state to {}: {e}", path.display()));
            }
        }
    }
}

/// How far a movement action moves a selection (`page` rows for a page).
fn movement(action: Action, page: isize) -> Option<isize> {
    match action {
        Action::SelectNext => Some(1),
        Action::SelectPrev => Some(-1),
        Action::PageDown => Some(page),
        Action::PageUp => Some(-page),
        Action::SelectFirst => Some(isize::MIN / 2),
        Action::SelectLast => Some(isize::MAX / 2),
        _ => None,
    }
}

/// Moves an index by `delta` within `[0, len)`, clamping at the ends.
fn step(current: Option<usize>, delta: isize, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    Some(current.unwrap_or(0).saturating_add_signed(delta).min(len - 1))
}
