//! Actions on the entity page and the entity list.

use super::{Action, App, Input, InputTarget, PageSection, Screen, movement, step};

impl App {
    pub(super) fn update_page(&mut self, action: Action) {
        let index = self.index();
        let Screen::EntityPage(page) = &mut self.screen else {
            return;
        };
        let Some(entry) = index.get(page.slot) else { return };
        let len = match page.section {
            PageSection::Articles => entry.articles.len(),
            PageSection::Timeline => entry.dates.len(),
            PageSection::Related => entry.related.len(),
        };
        let slot = page.section.slot();
        if let Some(delta) = movement(action, 10) {
            page.selections[slot] = step(Some(page.selections[slot]), delta, len).unwrap_or(0);
            return;
        }
        match action {
            Action::FocusNext => page.section = page.section.next(),
            Action::FocusPrev => page.section = page.section.prev(),
            Action::Back => self.history_back(),
            Action::FilterByEntity => {
                let here = self.place();
                self.history.push(here);
                self.filter_by_key(&entry.key);
            }
            Action::Activate | Action::OpenEntityPage => {
                let (section, selected) = (page.section, page.selected());
                match section {
                    PageSection::Articles => {
                        if let Some(a) = entry.articles.get(selected) {
                            self.jump_to_mention(&a.id, a.entity, None);
                        }
                    }
                    PageSection::Timeline => {
                        if let Some(d) = entry.dates.get(selected) {
                            let sentence = self.sentence_of(&d.id, d.entry);
                            self.jump_to_mention(&d.id, d.entity, sentence);
                        }
                    }
                    PageSection::Related => {
                        if let Some(&(other, _)) = entry.related.get(selected) {
                            self.open_entity_page(other);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// The sentence of a timeline entry of an article.
    fn sentence_of(&mut self, id: &crate::store::ArticleId, entry: usize) -> Option<crate::analysis::Span> {
        let article = self.store.get(id.as_str())?.clone();
        self.analysis_of(&article).timeline.get(entry).map(|t| t.sentence)
    }

    pub(super) fn update_entity_list(&mut self, action: Action) {
        let index = self.index();
        let Screen::EntityList(list) = &mut self.screen else {
            return;
        };
        if let Some(delta) = movement(action, 10) {
            list.selected = step(Some(list.selected), delta, list.rows.len()).unwrap_or(0);
            return;
        }
        match action {
            Action::FocusNext | Action::FocusPrev => {
                list.cycle_kind();
                list.refresh(&index);
            }
            Action::StartSearch => {
                self.input = Some(Input {
                    target: InputTarget::EntityFilter,
                    text: list.query.clone(),
                });
            }
            Action::Back => self.history_back(),
            Action::Activate | Action::OpenEntityPage => {
                if let Some(&slot) = list.rows.get(list.selected) {
                    self.open_entity_page(slot);
                }
            }
            Action::FilterByEntity => {
                if let Some(key) = list
                    .rows
                    .get(list.selected)
                    .and_then(|&s| index.get(s))
                    .map(|e| e.key.clone())
                {
                    let here = self.place();
                    self.history.push(here);
                    self.filter_by_key(&key);
                }
            }
            _ => {}
        }
    }
}
