//! The entity sidebar: people, organizations, places and other, each with
//! its mention count, most mentioned first.

use super::{pane_block, theme, truncate};
use crate::analysis::EntityKind;
use crate::app::{App, Focus};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

fn heading(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organizations",
        EntityKind::Place => "Places",
        EntityKind::Other => "Other",
    }
}

/// Draws the entity sidebar into `area`.
pub fn render_entities(frame: &mut Frame, area: Rect, app: &mut App) {
    let focused = app.focus == Focus::Entities;
    let hint = if app.side_shared() { " (t: timeline) " } else { " " };
    let block = pane_block(Line::from(format!(" Entities{hint}")), focused);
    let Some(open) = &app.open else {
        frame.render_widget(
            Paragraph::new(Span::styled(
                "Open an article to see who it mentions.",
                theme::DIM,
            ))
            .wrap(ratatui::widgets::Wrap { trim: true })
            .block(block),
            area,
        );
        return;
    };
    if open.entity_rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled("No entities found.", theme::DIM)).block(block),
            area,
        );
        return;
    }
    let width = usize::from(area.width.saturating_sub(2));
    let mut items = Vec::new();
    let mut selected_item = 0;
    let mut last_kind = None;
    for (row, &index) in open.entity_rows.iter().enumerate() {
        let entity = &open.analysis.entities[index];
        if last_kind != Some(entity.kind) {
            let count = open
                .entity_rows
                .iter()
                .filter(|&&i| open.analysis.entities[i].kind == entity.kind)
                .count();
            items.push(ListItem::new(Line::from(Span::styled(
                format!("{} ({count})", heading(entity.kind)),
                theme::HEADING,
            ))));
            last_kind = Some(entity.kind);
        }
        if row == open.entity_sel {
            selected_item = items.len();
        }
        let count = entity.mentions.len().to_string();
        let name_width = width.saturating_sub(count.len() + 3);
        let name = truncate(&entity.name, name_width);
        let pad = name_width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
        items.push(ListItem::new(Line::from(vec![
            Span::raw(" "),
            Span::styled(name, theme::kind(entity.kind)),
            Span::raw(" ".repeat(pad + 1)),
            Span::styled(count, theme::DIM),
        ])));
    }
    let highlight = if focused {
        theme::SELECTED
    } else {
        theme::SELECTED_UNFOCUSED
    };
    let mut state = ListState::default().with_selected(Some(selected_item));
    frame.render_stateful_widget(
        List::new(items).block(block).highlight_style(highlight),
        area,
        &mut state,
    );
}
