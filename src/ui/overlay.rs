//! Overlays over the panes: the help (generated from the keymap) and the list
//! of skipped files.

use super::theme;
use crate::app::{App, Focus, Overlay};
use crate::keymap::{BINDINGS, Context};
use crate::store::Origin;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// Draws the open overlay, if any, centred over `area`.
pub fn render_overlay(frame: &mut Frame, area: Rect, app: &mut App) {
    let Some(overlay) = app.overlay else { return };
    let (title, lines) = match overlay {
        Overlay::Help => (" Keys (Esc closes) ", help_lines()),
        Overlay::Problems => (" Skipped files (Esc closes) ", problem_lines(app)),
    };
    let width = area.width.saturating_sub(4).min(90);
    let inner_width = usize::from(width.saturating_sub(2).max(1));
    // Long lines wrap: count the rows they take, not the lines.
    let rows: usize = lines
        .iter()
        .map(|l| textwrap::wrap(&l.to_string(), inner_width).len().max(1))
        .sum();
    let height = area
        .height
        .saturating_sub(2)
        .min(u16::try_from(rows + 2).unwrap_or(u16::MAX));
    let [row] = area.layout(&Layout::vertical([Constraint::Length(height)]).flex(Flex::Center));
    let [rect] = row.layout(&Layout::horizontal([Constraint::Length(width)]).flex(Flex::Center));
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(Line::from(title).centered())
        .border_style(theme::FOCUSED_BORDER);
    let paragraph = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((app.overlay_scroll, 0));
    frame.render_widget(paragraph, rect);
}

fn help_lines() -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let sections = [
        (Context::Global, "Everywhere"),
        (Context::Pane(Focus::List), "Articles"),
        (Context::Pane(Focus::Article), "Reader"),
        (Context::Pane(Focus::Entities), "Entities"),
        (Context::Pane(Focus::Timeline), "Timeline"),
        (Context::Page, "Entity page"),
        (Context::EntityList, "Entity list (E)"),
    ];
    for (context, name) in sections {
        lines.push(Line::from(Span::styled(name, theme::HEADING)));
        for b in BINDINGS.iter().filter(|b| b.context == context) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<20}", b.label), theme::KEY),
                Span::raw(b.help),
            ]));
        }
    }
    lines.push(Line::from(Span::styled("While typing a search", theme::HEADING)));
    for (k, what) in [
        ("Enter", "keep the search"),
        ("Esc", "clear it"),
        ("Backspace", "delete a character"),
    ] {
        lines.push(Line::from(vec![
            Span::styled(format!("  {k:<20}"), theme::KEY),
            Span::raw(what),
        ]));
    }
    lines
}

fn problem_lines(app: &App) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Origin::Samples(why) = app.store.origin() {
        lines.push(Line::from(Span::styled(why.clone(), theme::DIM)));
    }
    if app.store.problems().is_empty() {
        lines.push(Line::from("No file was skipped."));
    }
    for p in app.store.problems() {
        lines.push(Line::from(Span::styled(p.to_string(), theme::WARN)));
    }
    lines
}
