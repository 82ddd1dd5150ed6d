//! The status bar: the focused pane's key hints on the left; store, problems
//! and messages on the right.

use super::theme;
use crate::app::App;
use crate::keymap;
use crate::store::Origin;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Draws the status bar into `area`.
pub fn render_status_bar(frame: &mut Frame, area: Rect, app: &mut App) {
    let mut right = Vec::new();
    if let Some(message) = &app.message {
        right.push(Span::styled(format!(" {message} "), theme::WARN));
    } else if let Origin::Samples(_) = app.store.origin() {
        right.push(Span::raw(" sample articles "));
    }
    let problems = app.store.problems().len();
    if problems > 0 {
        right.push(Span::styled(format!(" {problems} skipped (p) "), theme::WARN));
    }
    let right = Line::from(right);
    let right_width = u16::try_from(right.width())
        .unwrap_or(u16::MAX)
        .min(area.width / 2 + 10);
    let [left_area, right_area] = area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(right_width),
    ]));
    let mut left = vec![Span::styled(format!(" {} ", app.focus.label()), theme::KEY)];
    for (key, what) in keymap::hints(app.focus) {
        left.push(Span::styled(key, theme::KEY));
        left.push(Span::raw(format!(" {what}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(left)).style(theme::STATUS), left_area);
    frame.render_widget(
        Paragraph::new(right).style(theme::STATUS).right_aligned(),
        right_area,
    );
}
