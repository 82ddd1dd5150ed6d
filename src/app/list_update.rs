//! The article list's filters, reading state keys, and typed searches.

use super::list_view::{EntityFilter, Show, Sort};
use super::{Action, App, Focus, InputTarget, Screen};
use crate::search;

impl App {
    /// Recomputes the shown articles, keeping `keep` (or the current article) selected.
    pub(super) fn refresh_list(&mut self, keep: Option<&str>) {
        let current = keep
            .map(String::from)
            .or_else(|| self.selected_article().map(|a| a.id.0.clone()));
        self.visible = self.view.visible(&self.store, &self.reading);
        let position = current.and_then(|id| {
            self.visible
                .iter()
                .position(|&i| self.store.list()[i].id.as_str() == id)
        });
        let row = position.or(if self.visible.is_empty() { None } else { Some(0) });
        // The list changed under the viewport: scroll from the top again, so rows
        // that now come first are not hidden above it.
        *self.list.offset_mut() = 0;
        self.list.select(row);
    }

    /// Selects an article in the list when it is shown.
    pub(super) fn select_in_list(&mut self, id: &str) {
        if let Some(row) = self
            .visible
            .iter()
            .position(|&i| self.store.list()[i].id.as_str() == id)
        {
            self.list.select(Some(row));
        }
    }

    pub(super) fn clear_filters(&mut self) {
        self.view.query.clear();
        self.view.entities.clear();
        self.view.show = Show::All;
        self.refresh_list(None);
    }

    /// The article `m` and `s` apply to: the list's selection when it has focus, else the open one.
    fn target_article(&self) -> Option<String> {
        let open = self.open.as_ref().map(|o| o.article.id.0.clone());
        let selected = self.selected_article().map(|a| a.id.0.clone());
        if self.focus == Focus::List && self.screen == Screen::Reader {
            selected.or(open)
        } else {
            open.or(selected)
        }
    }

    pub(super) fn toggle_read(&mut self) {
        let Some(id) = self.target_article() else { return };
        let read = !self.reading.is_read(&id);
        self.set_read(&id, read);
        self.refresh_list(Some(&id));
    }

    pub(super) fn toggle_star(&mut self) {
        let Some(id) = self.target_article() else { return };
        if !self.reading.starred.remove(&id) {
            self.reading.starred.insert(id.clone());
        }
        self.save_state();
        self.refresh_list(Some(&id));
    }

    pub(super) fn cycle_show(&mut self) {
        self.view.show = match self.view.show {
            Show::All => Show::Unread,
            Show::Unread => Show::Starred,
            Show::Starred => Show::All,
        };
        self.refresh_list(None);
    }

    pub(super) fn toggle_sort(&mut self) {
        self.view.sort = if self.view.sort == Sort::Date {
            Sort::Source
        } else {
            Sort::Date
        };
        self.refresh_list(None);
    }

    /// Adds an entity (by canonical key) to the list filter and shows the list.
    pub(super) fn filter_by_key(&mut self, key: &str) {
        let index = self.index();
        let Some(entry) = index.by_key(key).and_then(|slot| index.get(slot)) else {
            return;
        };
        if !self.view.entities.iter().any(|f| f.key == key) {
            self.view.entities.push(EntityFilter {
                key: key.to_string(),
                name: entry.name.clone(),
                articles: entry.articles.iter().map(|a| a.id.0.clone()).collect(),
            });
        }
        self.screen = Screen::Reader;
        self.focus = Focus::List;
        self.refresh_list(None);
    }

    pub(super) fn filter_by_sidebar_entity(&mut self) {
        let key = self.open.as_ref().and_then(|o| {
            let e = if self.focus == Focus::Article {
                o.highlighted_entity()
            } else {
                o.selected_entity()
            };
            e.map(|e| o.analysis.entities[e].key.clone())
        });
        match key {
            Some(key) => {
                let here = self.place();
                self.history.push(here);
                self.filter_by_key(&key);
            }
            None => self.message = Some("Select an entity first".into()),
        }
    }

    /// Keys while a search is typed; returns true when the action was used.
    pub(super) fn update_input(&mut self, action: Action) -> bool {
        let Some(input) = &mut self.input else {
            return false;
        };
        match action {
            Action::InputChar(c) => input.text.push(c),
            Action::InputBackspace => {
                input.text.pop();
            }
            Action::InputSubmit => {
                self.input = None;
                return true;
            }
            Action::InputCancel => {
                input.text.clear();
                self.apply_input();
                self.input = None;
                return true;
            }
            Action::Quit | Action::Resize(..) => return false,
            _ => return true,
        }
        self.apply_input();
        true
    }

    /// Applies the typed text as the user types (incremental search).
    fn apply_input(&mut self) {
        let Some(input) = self.input.clone() else { return };
        let (_, height) = self.reader_size();
        match input.target {
            InputTarget::ListSearch => {
                self.view.query = input.text;
                self.refresh_list(None);
                // While typing, the best match is the one to open.
                if !self.visible.is_empty() {
                    self.list.select(Some(0));
                }
            }
            InputTarget::FindInArticle => {
                let terms = search::terms(&input.text);
                if let Some(open) = &mut self.open {
                    let found = open.find(&terms, height);
                    self.message = (!terms.is_empty()).then(|| format!("{found} match(es); n/N step"));
                }
            }
            InputTarget::EntityFilter => {
                let index = self.index();
                if let Screen::EntityList(list) = &mut self.screen {
                    list.query = input.text;
                    list.refresh(&index);
                }
            }
        }
    }
}
