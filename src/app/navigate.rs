//! Jumps between articles, entity pages and the entity list, with history.

use super::history::Place;
use super::{App, EntityList, EntityPage, Focus, Highlight, OpenArticle, Screen};
use crate::store::ArticleId;

impl App {
    /// Where the user is now, to come back to.
    #[must_use]
    pub fn place(&self) -> Place {
        match &self.screen {
            Screen::Reader => Place::Reader {
                open: self.open.as_ref().map(|o| o.article.id.clone()),
                scroll: self.open.as_ref().map_or(0, |o| o.scroll),
                entity_sel: self.open.as_ref().map_or(0, |o| o.entity_sel),
                timeline_sel: self.open.as_ref().map_or(0, |o| o.timeline_sel),
                highlight: self.open.as_ref().and_then(|o| o.highlight),
                focus: self.focus,
                selected: self.selected_article().map(|a| a.id.clone()),
            },
            Screen::EntityPage(page) => Place::EntityPage {
                key: self
                    .index
                    .as_ref()
                    .and_then(|i| i.get(page.slot))
                    .map(|e| e.key.clone())
                    .unwrap_or_default(),
                section: page.section,
                selections: page.selections,
            },
            Screen::EntityList(list) => Place::Entities {
                query: list.query.clone(),
                kind: list.kind,
                selected: list.selected,
            },
        }
    }

    /// Returns to a remembered place, restoring scroll and selections.
    fn restore(&mut self, place: Place) {
        match place {
            Place::Reader {
                open,
                scroll,
                entity_sel,
                timeline_sel,
                highlight,
                focus,
                selected,
            } => {
                self.screen = Screen::Reader;
                self.focus = focus;
                match open {
                    Some(id) => self.show_article(&id),
                    None => self.open = None,
                }
                if let Some(o) = &mut self.open {
                    o.scroll = scroll.min(o.doc.lines.len().saturating_sub(1));
                    o.entity_sel = entity_sel.min(o.entity_rows.len().saturating_sub(1));
                    o.timeline_sel = timeline_sel.min(o.timeline_rows.len().saturating_sub(1));
                    o.highlight = highlight;
                }
                if let Some(id) = selected {
                    self.select_in_list(id.as_str());
                }
            }
            Place::EntityPage {
                key,
                section,
                selections,
            } => {
                let index = self.index();
                if let Some(slot) = index.by_key(&key) {
                    self.screen = Screen::EntityPage(EntityPage {
                        slot,
                        section,
                        selections,
                    });
                }
            }
            Place::Entities {
                query,
                kind,
                selected,
            } => {
                let index = self.index();
                let mut list = EntityList {
                    query,
                    kind,
                    selected,
                    rows: Vec::new(),
                };
                list.refresh(&index);
                self.screen = Screen::EntityList(list);
            }
        }
    }

    pub(super) fn history_back(&mut self) {
        let here = self.place();
        match self.history.back(here) {
            Some(place) => self.restore(place),
            None => self.message = Some("Nothing to go back to".into()),
        }
    }

    pub(super) fn history_forward(&mut self) {
        let here = self.place();
        match self.history.forward(here) {
            Some(place) => self.restore(place),
            None => self.message = Some("Nothing to go forward to".into()),
        }
    }

    /// Shows an article in the reader (no history entry) and marks it read.
    fn show_article(&mut self, id: &ArticleId) {
        let Some(article) = self.store.get(id.as_str()).cloned() else {
            return;
        };
        if self.open.as_ref().is_some_and(|o| o.article.id == *id) {
            return;
        }
        let analysis = self.analysis_of(&article);
        let (width, _) = self.reader_size();
        self.set_read(id.as_str(), true);
        self.select_in_list(id.as_str());
        self.open = Some(OpenArticle::new(article, analysis, width));
    }

    /// Opens an article from the list: a jump, remembered in history.
    pub(super) fn jump_to_article(&mut self, id: &ArticleId) {
        let here = self.place();
        self.history.push(here);
        self.screen = Screen::Reader;
        self.show_article(id);
        if let Some(o) = &mut self.open {
            o.highlight = None;
            o.scroll = 0;
        }
        self.focus = Focus::Article;
    }

    /// Opens an article with one of its entities (by index in its analysis)
    /// highlighted at one of its mentions: the first one inside `within` (a
    /// sentence), else the first one.
    pub(super) fn jump_to_mention(
        &mut self,
        id: &ArticleId,
        entity: usize,
        within: Option<crate::analysis::Span>,
    ) {
        self.jump_to_article(id);
        let (_, height) = self.reader_size();
        let Some(open) = &mut self.open else { return };
        let Some(found) = open.analysis.entities.get(entity) else {
            return;
        };
        let current = within
            .and_then(|s| {
                found
                    .mentions
                    .iter()
                    .position(|m| s.start <= m.start && m.end <= s.end)
            })
            .unwrap_or(0);
        open.select_mention(entity, current, height);
        if let Some(sentence) = within {
            open.reveal(sentence.start, height);
        }
    }

    /// Opens the entity page of an index slot: a jump, remembered in history.
    pub(super) fn open_entity_page(&mut self, slot: usize) {
        let here = self.place();
        self.history.push(here);
        self.screen = Screen::EntityPage(EntityPage::new(slot));
    }

    /// Opens the page of the entity selected in the sidebar, or of the current mention in the reader.
    pub(super) fn open_page_from_reader(&mut self) {
        let key = self.open.as_ref().and_then(|o| {
            let entity = if self.focus == Focus::Entities {
                o.selected_entity()
            } else {
                o.highlighted_entity()
            };
            entity.map(|e| o.analysis.entities[e].key.clone())
        });
        let Some(key) = key else {
            self.message =
                Some("No entity selected: pick one in Entities, or step to a mention with ] or [".into());
            return;
        };
        let index = self.index();
        if let Some(slot) = index.by_key(&key) {
            self.open_entity_page(slot);
        }
    }

    /// Opens the store-wide entity list: a jump, remembered in history.
    pub(super) fn open_entity_list(&mut self) {
        if matches!(self.screen, Screen::EntityList(_)) {
            return;
        }
        let index = self.index();
        let here = self.place();
        self.history.push(here);
        let mut list = EntityList::default();
        list.refresh(&index);
        self.screen = Screen::EntityList(list);
    }

    /// The highlight of the open article, for tests and the status bar.
    #[must_use]
    pub fn highlight(&self) -> Option<Highlight> {
        self.open.as_ref().and_then(|o| o.highlight)
    }
}
