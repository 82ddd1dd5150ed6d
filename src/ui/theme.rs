//! Colours and styles, in one place.

use crate::analysis::EntityKind;
use ratatui::style::{Color, Modifier, Style};

/// Border of the focused pane.
pub const FOCUSED_BORDER: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
/// Border of the other panes.
pub const BORDER: Style = Style::new().fg(Color::DarkGray);
/// The selected row of a list.
pub const SELECTED: Style = Style::new()
    .bg(Color::Blue)
    .fg(Color::White)
    .add_modifier(Modifier::BOLD);
/// The selected row of a list whose pane is not focused.
pub const SELECTED_UNFOCUSED: Style = Style::new().bg(Color::DarkGray).fg(Color::White);
/// Dimmed secondary text.
pub const DIM: Style = Style::new().fg(Color::Gray);
/// Headlines.
pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
/// Unread articles.
pub const UNREAD: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
/// Group headings in the sidebar.
pub const HEADING: Style = Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD);
/// Mentions of the highlighted entity.
pub const HIGHLIGHT: Style = Style::new().bg(Color::Yellow).fg(Color::Black);
/// Search matches in list rows: reversed, so it shows on the selected row too.
pub const MATCH: Style = Style::new().add_modifier(Modifier::REVERSED.union(Modifier::BOLD));
/// The mention last jumped to.
pub const CURRENT: Style = Style::new()
    .bg(Color::LightRed)
    .fg(Color::Black)
    .add_modifier(Modifier::BOLD);
/// A sentence shown from the timeline.
pub const SENTENCE: Style = Style::new().bg(Color::Rgb(40, 50, 70));
/// Dates in the reader.
pub const DATE: Style = Style::new()
    .fg(Color::LightBlue)
    .add_modifier(Modifier::UNDERLINED);
/// The status bar.
pub const STATUS: Style = Style::new().bg(Color::DarkGray).fg(Color::White);
/// Keys in hints.
pub const KEY: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
/// Warnings.
pub const WARN: Style = Style::new().fg(Color::LightRed).add_modifier(Modifier::BOLD);

/// The colour of an entity kind in the reader and the sidebar.
#[must_use]
pub const fn kind(kind: EntityKind) -> Style {
    match kind {
        EntityKind::Person => Style::new().fg(Color::LightGreen),
        EntityKind::Organization => Style::new().fg(Color::LightMagenta),
        EntityKind::Place => Style::new().fg(Color::LightCyan),
        EntityKind::Other => Style::new().fg(Color::LightYellow),
    }
}

/// The border style of a pane.
#[must_use]
pub const fn border(focused: bool) -> Style {
    if focused { FOCUSED_BORDER } else { BORDER }
}
