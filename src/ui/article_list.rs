//! The article list: headline, date, source and an unread mark, newest first.

use super::{pane_block, theme, truncate};
use crate::app::{App, Focus};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, Paragraph};

/// Draws the article list into `area`.
pub fn render_article_list(frame: &mut Frame, area: Rect, app: &mut App) {
    let focused = app.focus == Focus::List;
    let articles = app.store.list();
    let unread = articles
        .iter()
        .filter(|a| !app.reading.is_read(a.id.as_str()))
        .count();
    let title = Line::from(format!(" Articles {unread}/{} unread ", articles.len()));
    let block = pane_block(title, focused);
    if articles.is_empty() {
        let text = "No articles. Add .md, .txt or .json files to the store (see `dateline store`), or run `dateline init`.";
        frame.render_widget(
            Paragraph::new(text)
                .wrap(ratatui::widgets::Wrap { trim: true })
                .block(block),
            area,
        );
        return;
    }
    let width = usize::from(area.width.saturating_sub(4));
    let open_id = app.open.as_ref().map(|o| o.article.id.clone());
    let items: Vec<ListItem> = articles
        .iter()
        .map(|a| {
            let read = app.reading.is_read(a.id.as_str());
            let mark = if read { "  " } else { "● " };
            let star = if app.reading.is_starred(a.id.as_str()) {
                "★ "
            } else {
                ""
            };
            let style = if read { theme::TITLE } else { theme::UNREAD };
            let open = if open_id.as_ref() == Some(&a.id) {
                "▶ "
            } else {
                ""
            };
            let head = format!("{open}{star}{}", a.title);
            let mut meta = a.published_label();
            if let Some(source) = &a.source {
                if !meta.is_empty() {
                    meta.push_str(" · ");
                }
                meta.push_str(source);
            }
            ListItem::new(vec![
                Line::from(vec![
                    Span::styled(mark, theme::UNREAD),
                    Span::styled(truncate(&head, width), style),
                ]),
                Line::from(Span::styled(format!("  {}", truncate(&meta, width)), theme::DIM)),
            ])
        })
        .collect();
    let highlight = if focused {
        theme::SELECTED
    } else {
        theme::SELECTED_UNFOCUSED
    };
    let list = List::new(items).block(block).highlight_style(highlight);
    frame.render_stateful_widget(list, area, &mut app.list);
}
