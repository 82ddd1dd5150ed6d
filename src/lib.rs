//! Dateline: a terminal news reader that knows who and when.
//!
//! `store` and `analysis` are plain library code with no UI; `app` holds the
//! TUI state and its `update(action)`; `ui` only draws; `keymap` maps keys to actions.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod eval;
pub mod index;
pub mod keymap;
pub mod search;
pub mod store;
pub mod ui;
