//! Everything the user can ask the app to do; keys map to these.

/// A state change requested by the user (or the terminal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave Dateline.
    Quit,
    /// Move focus to the next pane.
    FocusNext,
    /// Move focus to the previous pane.
    FocusPrev,
    /// Move down one row (or scroll the reader one line).
    SelectNext,
    /// Move up one row (or scroll the reader one line).
    SelectPrev,
    /// Jump to the first row (or the top of the article).
    SelectFirst,
    /// Jump to the last row (or the end of the article).
    SelectLast,
    /// Move down one page.
    PageDown,
    /// Move up one page.
    PageUp,
    /// Open the selected article, highlight the selected entity, or jump to the selected date.
    Activate,
    /// Step to the next mention of the highlighted entity.
    NextMention,
    /// Step to the previous mention of the highlighted entity.
    PrevMention,
    /// Close an overlay, clear highlights, or go back to the list.
    Back,
    /// Show or hide the help overlay.
    ToggleHelp,
    /// Show or hide the list of skipped files.
    ToggleProblems,
    /// Switch the shared side pane between entities and timeline (narrow terminals).
    ToggleSidePane,
    /// The terminal was resized to (columns, rows).
    Resize(u16, u16),
}
