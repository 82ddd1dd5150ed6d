//! Actions on the reader screen: the list, the reader, the sidebar and the timeline.

use super::{Action, App, Focus, Input, InputTarget, layout, movement, step};

impl App {
    pub(super) fn update_reader(&mut self, action: Action) {
        let (_, height) = self.reader_size();
        match action {
            Action::FocusNext => self.focus = self.focus.next(self.shared()),
            Action::FocusPrev => self.focus = self.focus.prev(self.shared()),
            Action::ToggleSidePane => self.toggle_side(),
            Action::Back => self.back(),
            Action::Activate => self.activate(),
            Action::OpenEntityPage => self.open_page_from_reader(),
            Action::NextMention | Action::PrevMention => {
                let forward = action == Action::NextMention;
                if !self
                    .open
                    .as_mut()
                    .is_some_and(|o| o.step_mention(forward, height))
                {
                    self.message =
                        Some("Nothing to step through: highlight an entity (Enter) or find text (/)".into());
                }
            }
            Action::NextAnyMention | Action::PrevAnyMention => {
                let forward = action == Action::NextAnyMention;
                if self
                    .open
                    .as_mut()
                    .is_some_and(|o| o.step_any_mention(forward, height))
                {
                    self.focus = if self.focus == Focus::List {
                        Focus::Article
                    } else {
                        self.focus
                    };
                }
            }
            Action::StartSearch => self.start_search(),
            Action::FilterByEntity => self.filter_by_sidebar_entity(),
            _ => {
                if let Some(delta) = movement(action, self.page()) {
                    self.move_by(delta);
                }
            }
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

    /// Esc: clear the highlight, else the list filters, else focus the list, else go back.
    fn back(&mut self) {
        if let Some(open) = self.open.as_mut().filter(|o| o.highlight.is_some()) {
            open.highlight = None;
        } else if self.focus != Focus::List {
            self.focus = Focus::List;
        } else if self.view.is_filtered() {
            self.clear_filters();
        } else {
            self.history_back();
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
                let i = step(self.list.selected(), delta, self.visible.len());
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

    /// Enter: open the article; highlight the entity (a second Enter opens its page);
    /// show the date's sentence; in the reader, open the page of the current mention.
    fn activate(&mut self) {
        let (_, height) = self.reader_size();
        match self.focus {
            Focus::List => {
                if let Some(id) = self.selected_article().map(|a| a.id.clone()) {
                    self.jump_to_article(&id);
                }
            }
            Focus::Article => self.open_page_from_reader(),
            Focus::Entities => {
                let Some(open) = &mut self.open else { return };
                let selected = open.selected_entity();
                if selected.is_some() && open.highlighted_entity() == selected {
                    self.open_page_from_reader();
                } else {
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

    fn start_search(&mut self) {
        let target = if self.focus == Focus::List || self.open.is_none() {
            InputTarget::ListSearch
        } else {
            InputTarget::FindInArticle
        };
        let text = if target == InputTarget::ListSearch {
            self.view.query.clone()
        } else {
            String::new()
        };
        self.input = Some(Input { target, text });
    }
}
