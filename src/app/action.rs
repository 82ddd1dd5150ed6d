//! Everything the user can ask the app to do; keys map to these.

/// A state change requested by the user (or the terminal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave Dateline.
    Quit,
    /// Move focus to the next pane (on the entity list: cycle the kind filter).
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
    /// Open the selected article, highlight the selected entity, jump to the selected date,
    /// or follow the selected row of an entity page.
    Activate,
    /// Open the entity page of the selected entity or of the current mention.
    OpenEntityPage,
    /// Open the list of every entity in the store.
    OpenEntityList,
    /// Step to the next match: mention of the highlighted entity, or text found with `/`.
    NextMention,
    /// Step to the previous match.
    PrevMention,
    /// Move to the next mention of any entity, in reading order.
    NextAnyMention,
    /// Move to the previous mention of any entity.
    PrevAnyMention,
    /// Go back in history.
    HistoryBack,
    /// Go forward in history.
    HistoryForward,
    /// Close an overlay, clear highlights and filters, or go back.
    Back,
    /// Start typing a search: filter the list, find in the article, or filter entities.
    StartSearch,
    /// A typed character while a search is being typed.
    InputChar(char),
    /// Delete the last typed character.
    InputBackspace,
    /// Finish typing and keep the search.
    InputSubmit,
    /// Stop typing and drop the search.
    InputCancel,
    /// Only show articles that mention the selected entity (adds to the entity filter).
    FilterByEntity,
    /// Mark the selected article read or unread.
    ToggleRead,
    /// Star or unstar the selected article.
    ToggleStar,
    /// Show all articles, unread only, or starred only.
    CycleShow,
    /// Sort the list by date or by source.
    ToggleSort,
    /// Show or hide the help overlay.
    ToggleHelp,
    /// Show or hide the list of skipped files.
    ToggleProblems,
    /// Switch the shared side pane between entities and timeline (narrow terminals).
    ToggleSidePane,
    /// The terminal was resized to (columns, rows).
    Resize(u16, u16),
}
