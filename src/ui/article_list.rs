//! The article list: headline, date, source and read/star marks, with the
//! list's filters in its title and search matches highlighted.

use super::{pane_block, theme, truncate};
use crate::app::{App, Focus};
use crate::search;
use crate::store::Article;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, Paragraph, Wrap};

/// Draws the article list into `area`.
pub fn render_article_list(frame: &mut Frame, area: Rect, app: &mut App) {
    let focused = app.focus == Focus::List;
    let all = app.store.list();
    let unread = all.iter().filter(|a| !app.reading.is_read(a.id.as_str())).count();
    let filters = app.view.describe();
    let title = if filters.is_empty() {
        format!(" Articles {unread}/{} unread ", all.len())
    } else {
        format!(" Articles {} of {} · {filters} ", app.visible.len(), all.len())
    };
    // Narrow panes get the short form, so the count is never cut off.
    let room = usize::from(area.width.saturating_sub(4));
    let title = match (title.chars().count() > room, filters.is_empty()) {
        (false, _) => title,
        (true, true) => format!(" Articles {unread}/{} ", all.len()),
        (true, false) => format!(" {}/{} {filters} ", app.visible.len(), all.len()),
    };
    let block = pane_block(Line::from(title), focused);
    if app.visible.is_empty() {
        let text = if all.is_empty() {
            "No articles. Add .md, .txt or .json files to the store (see `dateline store`), or run `dateline init`."
        } else {
            "No article matches the filters. Esc clears them."
        };
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }).block(block), area);
        return;
    }
    let width = usize::from(area.width.saturating_sub(4));
    let terms = search::terms(&app.view.query);
    let open_id = app.open.as_ref().map(|o| o.article.id.clone());
    let items: Vec<ListItem> = app
        .visible
        .iter()
        .map(|&i| {
            let a = &all[i];
            let read = app.reading.is_read(a.id.as_str());
            let mark = if read { "  " } else { "● " };
            let star = if app.reading.is_starred(a.id.as_str()) {
                "★ "
            } else {
                ""
            };
            let open = if open_id.as_ref() == Some(&a.id) {
                "▶ "
            } else {
                ""
            };
            let style = if read { theme::TITLE } else { theme::UNREAD };
            let mut head = vec![
                Span::styled(mark, theme::UNREAD),
                Span::styled(format!("{open}{star}"), theme::KEY),
            ];
            let room = width.saturating_sub(unicode_width::UnicodeWidthStr::width(
                format!("{open}{star}").as_str(),
            ));
            head.extend(highlighted(&truncate(&a.title, room), &terms, style));
            ListItem::new(vec![
                Line::from(head),
                Line::from(Span::styled(
                    format!("  {}", truncate(&meta(a), width)),
                    theme::DIM,
                )),
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

/// "2024-03-07 · Source".
fn meta(a: &Article) -> String {
    let mut meta = a.published_label();
    if let Some(source) = &a.source {
        if !meta.is_empty() {
            meta.push_str(" · ");
        }
        meta.push_str(source);
    }
    meta
}

/// `text` split into spans, with the search matches highlighted.
fn highlighted(text: &str, terms: &[String], style: ratatui::style::Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for (start, end) in search::find_all(text, terms) {
        if start < at {
            continue;
        }
        spans.push(Span::styled(text[at..start].to_string(), style));
        spans.push(Span::styled(
            text[start..end].to_string(),
            style.patch(theme::MATCH),
        ));
        at = end;
    }
    spans.push(Span::styled(text[at..].to_string(), style));
    spans
}
