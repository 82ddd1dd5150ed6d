//! Runs the real `dateline` binary in a pseudo-terminal, feeds its output to a
//! `vt100` screen, types keys, and waits (bounded) for text to appear.
#![allow(dead_code, clippy::unwrap_used)]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `dateline` in a pseudo-terminal.
pub struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    _home: tempfile::TempDir,
}

const TIMEOUT: Duration = Duration::from_secs(15);

impl Session {
    /// Starts `dateline ARGS` at `cols`x`rows` with a fresh, empty home directory.
    pub fn start(args: &[&str], cols: u16, rows: u16) -> Self {
        let home = tempfile::tempdir().unwrap();
        Self::start_in(args, cols, rows, home)
    }

    /// Starts `dateline ARGS` with `home` as its home and data directory.
    pub fn start_in(args: &[&str], cols: u16, rows: u16, home: tempfile::TempDir) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dateline"));
        cmd.args(args);
        cmd.env("HOME", home.path());
        cmd.env("XDG_DATA_HOME", home.path().join("data"));
        cmd.env("XDG_CONFIG_HOME", home.path().join("config"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("DATELINE_STORE");
        cmd.cwd(home.path());
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Self {
            parser,
            writer,
            master: pair.master,
            child,
            _home: home,
        }
    }

    /// The data directory the app writes its state to.
    pub fn data_dir(&self) -> std::path::PathBuf {
        self._home.path().join("data").join("dateline")
    }

    /// The home directory.
    pub fn home(&self) -> &Path {
        self._home.path()
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Types raw bytes (keys) and gives the app a moment.
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Waits until the screen contains `text`; panics with the screen after the timeout.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Waits until `pred` holds for the screen.
    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if pred(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Resizes the terminal. The screen takes the new size before the app
    /// hears of it, so a frame drawn for the new size is never parsed at the
    /// old one (a race that once clipped a redraw on a busy machine).
    pub fn resize(&mut self, cols: u16, rows: u16) {
        let mut parser = self.parser.lock().unwrap();
        parser.screen_mut().set_size(rows, cols);
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        drop(parser);
    }

    /// Waits for the process to exit and returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread drain the last bytes (the terminal restore).
                std::thread::sleep(Duration::from_millis(100));
                return status.exit_code();
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "the app did not exit; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// True when the app left the alternate screen and shows the cursor
    /// again. The reader thread may still be draining the last bytes on a
    /// busy machine, so this waits up to the timeout before saying no.
    pub fn terminal_restored(&self) -> bool {
        let start = Instant::now();
        loop {
            {
                let parser = self.parser.lock().unwrap();
                let screen = parser.screen();
                if !screen.alternate_screen() && !screen.hide_cursor() {
                    return true;
                }
            }
            if start.elapsed() >= TIMEOUT {
                return false;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
