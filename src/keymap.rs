//! Keys to actions: one table, looked up for the current context first, then
//! globally. The help overlay and the status-bar hints are generated from it.

use crate::app::{Action, App, Focus, Screen};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere.
    Global,
    /// In one pane of the reader screen.
    Pane(Focus),
    /// On an entity page.
    Page,
    /// On the entity list.
    EntityList,
}

/// What receives keys right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A context of the table.
    Keys(Context),
    /// A search is being typed: characters are text.
    Typing,
}

/// The mode of the app's current state.
#[must_use]
pub fn mode_of(app: &App) -> Mode {
    if app.input.is_some() {
        return Mode::Typing;
    }
    Mode::Keys(match app.screen {
        Screen::Reader => Context::Pane(app.focus),
        Screen::EntityPage(_) => Context::Page,
        Screen::EntityList(_) => Context::EntityList,
    })
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Where it applies.
    pub context: Context,
    /// The keys (any of them).
    pub keys: &'static [(KeyCode, KeyModifiers)],
    /// How the keys are written in help.
    pub label: &'static str,
    /// What they do.
    pub action: Action,
    /// What they do, for help.
    pub help: &'static str,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

const fn ch(c: char) -> (KeyCode, KeyModifiers) {
    (KeyCode::Char(c), NONE)
}

const fn key(code: KeyCode) -> (KeyCode, KeyModifiers) {
    (code, NONE)
}

const fn bind(
    context: Context,
    keys: &'static [(KeyCode, KeyModifiers)],
    label: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        context,
        keys,
        label,
        action,
        help,
    }
}

use Context::{EntityList, Global, Page, Pane};
const ENTER: &[(KeyCode, KeyModifiers)] = &[key(KeyCode::Enter)];

/// The default keymap.
pub const BINDINGS: &[Binding] = &[
    bind(
        Pane(Focus::List),
        &[key(KeyCode::Enter), ch('o')],
        "Enter",
        Action::Activate,
        "open the article",
    ),
    bind(
        Pane(Focus::Article),
        ENTER,
        "Enter",
        Action::Activate,
        "entity page of the current mention",
    ),
    bind(
        Pane(Focus::Entities),
        ENTER,
        "Enter",
        Action::Activate,
        "highlight its mentions (again: its page)",
    ),
    bind(
        Pane(Focus::Timeline),
        ENTER,
        "Enter",
        Action::Activate,
        "show the sentence in the reader",
    ),
    bind(
        Page,
        ENTER,
        "Enter",
        Action::Activate,
        "open the article at the mention / the related entity",
    ),
    bind(
        Page,
        &[key(KeyCode::Tab)],
        "Tab",
        Action::FocusNext,
        "next section",
    ),
    bind(
        EntityList,
        ENTER,
        "Enter",
        Action::Activate,
        "open the entity page",
    ),
    bind(
        EntityList,
        &[key(KeyCode::Tab), key(KeyCode::BackTab)],
        "Tab",
        Action::FocusNext,
        "filter by kind",
    ),
    bind(
        Global,
        &[ch('j'), key(KeyCode::Down)],
        "j/↓",
        Action::SelectNext,
        "down (reader: scroll)",
    ),
    bind(
        Global,
        &[ch('k'), key(KeyCode::Up)],
        "k/↑",
        Action::SelectPrev,
        "up (reader: scroll)",
    ),
    bind(
        Global,
        &[ch('g'), key(KeyCode::Home)],
        "g",
        Action::SelectFirst,
        "top",
    ),
    bind(
        Global,
        &[(KeyCode::Char('G'), SHIFT), ch('G'), key(KeyCode::End)],
        "G",
        Action::SelectLast,
        "bottom",
    ),
    bind(
        Global,
        &[key(KeyCode::PageDown), ch(' '), (KeyCode::Char('d'), CTRL)],
        "PgDn/Space",
        Action::PageDown,
        "page down",
    ),
    bind(
        Global,
        &[key(KeyCode::PageUp), ch('b'), (KeyCode::Char('u'), CTRL)],
        "PgUp/b",
        Action::PageUp,
        "page up",
    ),
    bind(
        Global,
        &[ch('o')],
        "o",
        Action::OpenEntityPage,
        "entity page of the selected entity / current mention",
    ),
    bind(
        Global,
        &[ch('n')],
        "n",
        Action::NextMention,
        "next mention of the highlighted entity (or next find)",
    ),
    bind(
        Global,
        &[(KeyCode::Char('N'), SHIFT), ch('N')],
        "N",
        Action::PrevMention,
        "previous mention (or find)",
    ),
    bind(
        Global,
        &[ch(']')],
        "]",
        Action::NextAnyMention,
        "next mention of any entity, in reading order",
    ),
    bind(
        Global,
        &[ch('[')],
        "[",
        Action::PrevAnyMention,
        "previous mention of any entity",
    ),
    bind(
        Global,
        &[
            (KeyCode::Char('H'), SHIFT),
            ch('H'),
            key(KeyCode::Backspace),
            (KeyCode::Char('o'), CTRL),
        ],
        "H/Backspace/Ctrl-o",
        Action::HistoryBack,
        "back in history",
    ),
    bind(
        Global,
        &[(KeyCode::Char('L'), SHIFT), ch('L')],
        "L",
        Action::HistoryForward,
        "forward in history",
    ),
    bind(
        Global,
        &[(KeyCode::Char('E'), SHIFT), ch('E')],
        "E",
        Action::OpenEntityList,
        "every entity in the store",
    ),
    bind(
        Global,
        &[ch('/')],
        "/",
        Action::StartSearch,
        "search the list / find in the article / filter entities",
    ),
    bind(
        Global,
        &[(KeyCode::Char('F'), SHIFT), ch('F')],
        "F",
        Action::FilterByEntity,
        "list only articles mentioning the selected entity",
    ),
    bind(Global, &[ch('m')], "m", Action::ToggleRead, "mark read / unread"),
    bind(Global, &[ch('s')], "s", Action::ToggleStar, "star / unstar"),
    bind(
        Global,
        &[ch('u')],
        "u",
        Action::CycleShow,
        "show all / unread / starred",
    ),
    bind(
        Global,
        &[(KeyCode::Char('S'), SHIFT), ch('S')],
        "S",
        Action::ToggleSort,
        "sort by date / source",
    ),
    bind(
        Global,
        &[key(KeyCode::Tab), ch('l'), key(KeyCode::Right)],
        "Tab/l",
        Action::FocusNext,
        "next pane",
    ),
    bind(
        Global,
        &[
            key(KeyCode::BackTab),
            (KeyCode::BackTab, SHIFT),
            ch('h'),
            key(KeyCode::Left),
        ],
        "S-Tab/h",
        Action::FocusPrev,
        "previous pane",
    ),
    bind(
        Global,
        &[ch('t')],
        "t",
        Action::ToggleSidePane,
        "entities ⇄ timeline (narrow terminals)",
    ),
    bind(
        Global,
        &[key(KeyCode::Esc)],
        "Esc",
        Action::Back,
        "close / clear highlight / clear filters / back",
    ),
    bind(
        Global,
        &[ch('p')],
        "p",
        Action::ToggleProblems,
        "skipped files and why",
    ),
    bind(Global, &[ch('?')], "?", Action::ToggleHelp, "this help"),
    bind(Global, &[ch('q')], "q", Action::Quit, "quit"),
    bind(
        Global,
        &[(KeyCode::Char('c'), CTRL)],
        "Ctrl-C",
        Action::Quit,
        "quit (always)",
    ),
];

fn matches(binding: &Binding, event: &KeyEvent) -> bool {
    binding.keys.iter().any(|&(code, mods)| {
        code == event.code
            && (mods == event.modifiers
                || (mods == NONE && event.modifiers == SHIFT && matches!(code, KeyCode::Char(_))))
    })
}

/// The action for a key press in a mode, if any.
#[must_use]
pub fn action_for(mode: Mode, event: &KeyEvent) -> Option<Action> {
    let context = match mode {
        Mode::Typing => return typing_action(event),
        Mode::Keys(context) => context,
    };
    let own = BINDINGS
        .iter()
        .find(|b| b.context == context && matches(b, event));
    own.or_else(|| BINDINGS.iter().find(|b| b.context == Global && matches(b, event)))
        .map(|b| b.action)
}

/// While typing, characters are text; Enter keeps, Esc drops, Ctrl-C quits.
fn typing_action(event: &KeyEvent) -> Option<Action> {
    match event.code {
        KeyCode::Char('c') if event.modifiers.contains(CTRL) => Some(Action::Quit),
        KeyCode::Char(c) if !event.modifiers.intersects(CTRL | KeyModifiers::ALT) => {
            Some(Action::InputChar(c))
        }
        KeyCode::Backspace => Some(Action::InputBackspace),
        KeyCode::Enter => Some(Action::InputSubmit),
        KeyCode::Esc => Some(Action::InputCancel),
        _ => None,
    }
}

/// Short hints for the status bar: the context's own keys, then the most useful global ones.
#[must_use]
pub fn hints(mode: Mode) -> Vec<(&'static str, &'static str)> {
    let context = match mode {
        Mode::Typing => return vec![("Enter", "keep"), ("Esc", "clear"), ("Backspace", "delete")],
        Mode::Keys(context) => context,
    };
    let own = BINDINGS
        .iter()
        .filter(|b| b.context == context)
        .map(|b| (b.label, short(b.action, context)));
    let common: &[(&str, &str)] = match context {
        Pane(Focus::Article) => &[
            ("j/k", "scroll"),
            ("]/[", "names"),
            ("n/N", "next/prev"),
            ("/", "find"),
        ],
        Pane(Focus::Entities) => &[("o", "page"), ("n/N", "mentions"), ("F", "filter")],
        Pane(Focus::List) => &[("/", "search"), ("u", "unread"), ("E", "entities")],
        Page => &[("F", "filter list"), ("H", "back")],
        EntityList => &[("/", "filter"), ("H", "back")],
        Pane(Focus::Timeline) | Global => &[("j/k", "select")],
    };
    own.chain(common.iter().copied())
        .chain([("?", "help"), ("q", "quit")])
        .collect()
}

fn short(action: Action, context: Context) -> &'static str {
    match (action, context) {
        (Action::Activate, Pane(Focus::List)) => "open",
        (Action::Activate, Pane(Focus::Article)) => "entity page",
        (Action::Activate, Pane(Focus::Entities)) => "highlight",
        (Action::Activate, Pane(Focus::Timeline)) => "show",
        (Action::Activate, _) => "open",
        (Action::FocusNext, EntityList) => "kind",
        (Action::FocusNext, _) => "section",
        _ => "",
    }
}
