//! Drawing: render functions only. Nothing here changes domain data or does I/O.

mod activity;
mod article_list;
mod article_view;
mod entities;
mod entity_list;
mod entity_page;
mod overlay;
mod status_bar;
pub mod theme;
mod timeline;

use crate::app::{App, Focus, Screen, layout};
use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

/// Draws the whole screen for the app's current state.
pub fn render(frame: &mut Frame, app: &mut App) {
    let area = frame.area();
    if layout::too_small(area) {
        let (w, h) = layout::MIN_SIZE;
        let text = format!(
            "Terminal too small: {}x{} (Dateline needs at least {w}x{h}). Enlarge the window or press q to quit.",
            area.width, area.height
        );
        frame.render_widget(
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .alignment(Alignment::Center),
            area,
        );
        return;
    }
    let panes = layout::panes(area);
    let main = panes
        .status
        .union(panes.list)
        .union(panes.reader)
        .union(panes.entities);
    let main = ratatui::layout::Rect {
        height: main.height.saturating_sub(1),
        ..main
    };
    match app.screen.clone() {
        Screen::EntityPage(page) => {
            entity_page::render_entity_page(frame, main, app, &page);
            status_bar::render_status_bar(frame, panes.status, app);
            overlay::render_overlay(frame, area, app);
            return;
        }
        Screen::EntityList(list) => {
            entity_list::render_entity_list(frame, main, app, &list);
            status_bar::render_status_bar(frame, panes.status, app);
            overlay::render_overlay(frame, area, app);
            return;
        }
        Screen::Reader => {}
    }
    article_list::render_article_list(frame, panes.list, app);
    article_view::render_article_view(frame, panes.reader, app);
    match panes.timeline {
        Some(timeline_area) => {
            entities::render_entities(frame, panes.entities, app);
            timeline::render_timeline(frame, timeline_area, app);
        }
        None if app.side == Focus::Timeline => timeline::render_timeline(frame, panes.entities, app),
        None => entities::render_entities(frame, panes.entities, app),
    }
    status_bar::render_status_bar(frame, panes.status, app);
    overlay::render_overlay(frame, area, app);
}

/// A bordered pane with a centred title, highlighted when focused.
fn pane_block(title: Line<'_>, focused: bool) -> Block<'_> {
    Block::bordered()
        .title(title.centered())
        .border_style(theme::border(focused))
}

/// Cuts `text` to `width` display columns, ending with `…` when cut.
fn truncate(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    let total = unicode_width::UnicodeWidthStr::width(text);
    if total <= width {
        return text.to_string();
    }
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}
