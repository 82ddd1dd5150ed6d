//! The status bar: the typed search, or the current context's key hints, on
//! the left; store, problems and messages on the right.

use super::theme;
use crate::app::{App, InputTarget, Screen};
use crate::keymap::{self, Mode};
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
        right.push(Span::raw(if area.width < 100 {
            " samples "
        } else {
            " sample articles "
        }));
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
    let mode = keymap::mode_of(app);
    let mut left = Vec::new();
    if let Some(input) = &app.input {
        let what = match input.target {
            InputTarget::ListSearch => "Search articles",
            InputTarget::FindInArticle => "Find in article",
            InputTarget::EntityFilter => "Filter entities",
        };
        left.push(Span::styled(format!(" {what}: "), theme::KEY));
        left.push(Span::raw(format!("/{}▏  ", input.text)));
    } else {
        let label = match &app.screen {
            Screen::Reader => app.focus.label(),
            Screen::EntityPage(_) => "Entity",
            Screen::EntityList(_) => "Entities",
        };
        left.push(Span::styled(format!(" {label} "), theme::KEY));
    }
    // Whole hints only: one that does not fit is left out, not cut mid-word.
    let room = usize::from(left_area.width);
    let used = |spans: &[Span]| spans.iter().map(Span::width).sum::<usize>();
    for (key, what) in keymap::hints(mode) {
        let hint = [Span::styled(key, theme::KEY), Span::raw(format!(" {what}  "))];
        if used(&left) + used(&hint) - 2 > room {
            break;
        }
        left.extend(hint);
    }
    if mode != Mode::Typing {
        let (back, forward) = app.history.depth();
        let depth = Span::styled(format!("◀{back} ▶{forward}"), theme::DIM);
        if back + forward > 0 && used(&left) + depth.width() <= room {
            left.push(depth);
        }
    }
    frame.render_widget(Paragraph::new(Line::from(left)).style(theme::STATUS), left_area);
    frame.render_widget(
        Paragraph::new(right).style(theme::STATUS).right_aligned(),
        right_area,
    );
}
