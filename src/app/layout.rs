//! Pane geometry for a terminal size. Shared by the state (which needs the
//! reader's size to wrap and scroll) and the renderer.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this many columns the entity and timeline panes share one pane.
pub const WIDE_COLUMNS: u16 = 100;
/// The smallest usable terminal.
pub const MIN_SIZE: (u16, u16) = (60, 15);

/// Where each pane goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    /// The article list.
    pub list: Rect,
    /// The reader.
    pub reader: Rect,
    /// The entity pane (in narrow terminals, the shared side pane).
    pub entities: Rect,
    /// The timeline pane; `None` when it shares the side pane.
    pub timeline: Option<Rect>,
    /// The status bar.
    pub status: Rect,
}

/// True when the terminal is too small to draw the panes.
#[must_use]
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1
}

/// Computes the panes for a terminal area.
#[must_use]
pub fn panes(area: Rect) -> Panes {
    use Constraint::{Fill, Length, Min, Percentage};
    let [main, status] = area.layout(&Layout::vertical([Min(0), Length(1)]));
    let wide = area.width >= WIDE_COLUMNS;
    let (list_w, side_w) = if wide {
        (Percentage(24), Length((area.width / 5).clamp(32, 48)))
    } else {
        (Length(22), Length(26))
    };
    let [list, reader, side] = main.layout(&Layout::horizontal([list_w, Fill(1), side_w]));
    if wide {
        let [entities, timeline] = side.layout(&Layout::vertical([Percentage(50), Percentage(50)]));
        Panes {
            list,
            reader,
            entities,
            timeline: Some(timeline),
            status,
        }
    } else {
        Panes {
            list,
            reader,
            entities: side,
            timeline: None,
            status,
        }
    }
}

/// The text area inside a bordered pane.
#[must_use]
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}
