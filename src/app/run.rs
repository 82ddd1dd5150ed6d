//! The event loop: read an event, turn it into an action, update, redraw.

use super::App;
use super::action::Action;
use crate::{keymap, ui};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

/// Runs the app until it quits. Draws only after events (no redraw while idle).
///
/// # Errors
/// Terminal I/O errors.
pub fn run(mut app: App, terminal: &mut DefaultTerminal) -> std::io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.should_quit {
        if dirty {
            terminal.draw(|frame| ui::render(frame, &mut app))?;
            dirty = false;
        }
        let action = match event::read()? {
            Event::Resize(w, h) => Some(Action::Resize(w, h)),
            ev => ev.as_key_press_event().and_then(|key| {
                // A key press dismisses the last message, so it always redraws.
                dirty = app.message.take().is_some();
                keymap::action_for(keymap::mode_of(&app), &key)
            }),
        };
        if let Some(action) = action {
            app.update(action);
            dirty = true;
        }
    }
    Ok(())
}
