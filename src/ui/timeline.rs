//! The timeline pane: every placed date of the article in chronological
//! order, with its date at its granularity and a short context.

use super::{pane_block, theme, truncate};
use crate::app::{App, Focus};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph, Wrap};

/// Draws the timeline pane into `area`.
pub fn render_timeline(frame: &mut Frame, area: Rect, app: &mut App) {
    let focused = app.focus == Focus::Timeline;
    let hint = if app.side_shared() { " (t: entities) " } else { " " };
    let block = pane_block(Line::from(format!(" Timeline{hint}")), focused);
    let Some(open) = &app.open else {
        frame.render_widget(
            Paragraph::new(Span::styled(
                "Open an article to see when things happen.",
                theme::DIM,
            ))
            .wrap(Wrap { trim: true })
            .block(block),
            area,
        );
        return;
    };
    if open.timeline_rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled("No dates found.", theme::DIM)).block(block),
            area,
        );
        return;
    }
    let width = usize::from(area.width.saturating_sub(3));
    let published = open.article.published;
    let items: Vec<ListItem> = open
        .timeline_rows
        .iter()
        .map(|row| {
            let entry = &open.analysis.timeline[row.entry];
            let mark = match published {
                Some(p) if row.when.start <= p && p <= row.when.end => {
                    Span::styled(" ◆ published", theme::DIM)
                }
                Some(p) if row.when.start > p => Span::styled(" ▸ planned", theme::WARN),
                _ => Span::raw(""),
            };
            let sentence = open
                .article
                .body
                .get(entry.sentence.start..entry.sentence.end)
                .unwrap_or(&entry.text);
            // Two lines of context: enough to tell what happens on that date.
            let at = entry.span.start.saturating_sub(entry.sentence.start);
            let context = context_around(sentence, at, (width * 2).saturating_sub(4));
            let mut lines = vec![Line::from(vec![
                Span::styled(row.when.label.clone(), theme::DATE),
                mark,
            ])];
            for piece in textwrap::wrap(&context, width.max(8)).into_iter().take(2) {
                lines.push(Line::from(Span::styled(format!(" {piece}"), theme::DIM)));
            }
            ListItem::new(lines)
        })
        .collect();
    let highlight = if focused {
        theme::SELECTED
    } else {
        theme::SELECTED_UNFOCUSED
    };
    let mut state = ListState::default().with_selected(Some(open.timeline_sel));
    frame.render_stateful_widget(
        List::new(items).block(block).highlight_style(highlight),
        area,
        &mut state,
    );
}

/// A window of the sentence that fits `width`, starting a little before the expression.
fn context_around(sentence: &str, at: usize, width: usize) -> String {
    let flat: String = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if unicode_width::UnicodeWidthStr::width(flat.as_str()) <= width {
        return flat;
    }
    let lead = width / 3;
    let mut start = at.min(sentence.len());
    while !sentence.is_char_boundary(start) {
        start -= 1;
    }
    let before = &sentence[..start];
    let cut = before.char_indices().rev().nth(lead).map_or(0, |(i, _)| i);
    let cut = before[..cut].rfind(' ').map_or(cut, |i| i + 1);
    let window: String = sentence[cut..].split_whitespace().collect::<Vec<_>>().join(" ");
    let prefix = if cut > 0 { "…" } else { "" };
    truncate(&format!("{prefix}{window}"), width)
}
