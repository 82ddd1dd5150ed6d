//! The store-wide entity list: every entity by number of articles, with kind
//! and typed filters.

use super::{pane_block, theme, truncate};
use crate::app::{App, EntityList};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};

/// Draws the entity list into `area`.
pub fn render_entity_list(frame: &mut Frame, area: Rect, app: &App, list: &EntityList) {
    let Some(index) = app.built_index() else { return };
    let kind = list.kind.map_or("all kinds", |k| k.as_str());
    let query = if list.query.is_empty() {
        String::new()
    } else {
        format!(" · /{}", list.query)
    };
    let title = format!(
        " All entities ({} of {}) · {kind}{query} ",
        list.rows.len(),
        index.len()
    );
    let width = usize::from(area.width.saturating_sub(4));
    let name_width = width.saturating_sub(34).max(10);
    let items: Vec<ListItem> = list
        .rows
        .iter()
        .filter_map(|&slot| {
            let e = index.get(slot)?;
            let name = truncate(&e.name, name_width);
            let pad = name_width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
            Some(ListItem::new(Line::from(vec![
                Span::styled(name, theme::kind(e.kind)),
                Span::raw(" ".repeat(pad)),
                Span::styled(
                    format!(
                        " {:<13}{:>3} art. {:>4} ment.",
                        e.kind.as_str(),
                        e.articles.len(),
                        e.mentions
                    ),
                    theme::DIM,
                ),
            ])))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(list.selected));
    let widget = List::new(items)
        .block(pane_block(Line::from(title), true))
        .highlight_style(theme::SELECTED);
    frame.render_stateful_widget(widget, area, &mut state);
}
