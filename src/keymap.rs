//! Keys to actions: one table, looked up for the focused pane first, then
//! globally. The help overlay and the status-bar hints are generated from it.

use crate::app::{Action, Focus};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere.
    Global,
    /// Only in this pane.
    Pane(Focus),
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

const fn global(
    keys: &'static [(KeyCode, KeyModifiers)],
    label: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        context: Context::Global,
        keys,
        label,
        action,
        help,
    }
}

const fn pane(
    f: Focus,
    keys: &'static [(KeyCode, KeyModifiers)],
    label: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        context: Context::Pane(f),
        keys,
        label,
        action,
        help,
    }
}

/// The default keymap.
pub const BINDINGS: &[Binding] = &[
    pane(
        Focus::List,
        &[key(KeyCode::Enter), ch('o')],
        "Enter",
        Action::Activate,
        "open the article",
    ),
    pane(
        Focus::Entities,
        &[key(KeyCode::Enter)],
        "Enter",
        Action::Activate,
        "highlight its mentions",
    ),
    pane(
        Focus::Timeline,
        &[key(KeyCode::Enter)],
        "Enter",
        Action::Activate,
        "show the sentence in the reader",
    ),
    global(
        &[ch('j'), key(KeyCode::Down)],
        "j/↓",
        Action::SelectNext,
        "down (reader: scroll)",
    ),
    global(
        &[ch('k'), key(KeyCode::Up)],
        "k/↑",
        Action::SelectPrev,
        "up (reader: scroll)",
    ),
    global(&[ch('g'), key(KeyCode::Home)], "g", Action::SelectFirst, "top"),
    global(
        &[(KeyCode::Char('G'), SHIFT), ch('G'), key(KeyCode::End)],
        "G",
        Action::SelectLast,
        "bottom",
    ),
    global(
        &[key(KeyCode::PageDown), ch(' '), (KeyCode::Char('d'), CTRL)],
        "PgDn/Space",
        Action::PageDown,
        "page down",
    ),
    global(
        &[key(KeyCode::PageUp), ch('b'), (KeyCode::Char('u'), CTRL)],
        "PgUp/b",
        Action::PageUp,
        "page up",
    ),
    global(
        &[ch('n')],
        "n",
        Action::NextMention,
        "next mention of the highlighted entity",
    ),
    global(
        &[(KeyCode::Char('N'), SHIFT), ch('N')],
        "N",
        Action::PrevMention,
        "previous mention",
    ),
    global(
        &[key(KeyCode::Tab), ch('l'), key(KeyCode::Right)],
        "Tab/l",
        Action::FocusNext,
        "next pane",
    ),
    global(
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
    global(
        &[ch('t')],
        "t",
        Action::ToggleSidePane,
        "entities ⇄ timeline (narrow terminals)",
    ),
    global(
        &[key(KeyCode::Esc)],
        "Esc",
        Action::Back,
        "clear highlight / back to the list / close",
    ),
    global(&[ch('p')], "p", Action::ToggleProblems, "skipped files and why"),
    global(&[ch('?')], "?", Action::ToggleHelp, "this help"),
    global(&[ch('q')], "q", Action::Quit, "quit"),
    global(
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

/// The action for a key press in the focused pane, if any.
#[must_use]
pub fn action_for(focus: Focus, event: &KeyEvent) -> Option<Action> {
    let in_pane = BINDINGS
        .iter()
        .find(|b| b.context == Context::Pane(focus) && matches(b, event));
    in_pane
        .or_else(|| {
            BINDINGS
                .iter()
                .find(|b| b.context == Context::Global && matches(b, event))
        })
        .map(|b| b.action)
}

/// Short hints for the status bar: the pane's own keys, then the most useful global ones.
#[must_use]
pub fn hints(focus: Focus) -> Vec<(&'static str, &'static str)> {
    let own = BINDINGS
        .iter()
        .filter(|b| b.context == Context::Pane(focus))
        .map(|b| (b.label, short(b.help)));
    let common: &[(&str, &str)] = match focus {
        Focus::Article => &[("j/k", "scroll"), ("Space", "page"), ("n/N", "mentions")],
        Focus::Entities => &[("j/k", "select"), ("n/N", "mentions")],
        _ => &[("j/k", "select")],
    };
    own.chain(common.iter().copied())
        .chain([("Tab", "pane"), ("?", "help"), ("q", "quit")])
        .collect()
}

fn short(help: &'static str) -> &'static str {
    match help {
        "open the article" => "open",
        "highlight its mentions" => "highlight",
        "show the sentence in the reader" => "show",
        other => other,
    }
}
