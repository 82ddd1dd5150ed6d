//! Command line: the TUI by default, and plain-text subcommands for scripts
//! and tests. Errors are one line on stderr; exit codes 0 ok, 1 error, 2 usage.

/// `println!` for command output: a closed pipe (`dateline list | head`) ends
/// the process quietly instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
        }
    }};
}

/// `print!` with the same handling of a closed pipe.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = write!(std::io::stdout(), $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
        }
    }};
}

mod analyze;
mod commands;
mod entity;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Dateline: a terminal news reader that knows who and when.
#[derive(Debug, Parser)]
#[command(name = "dateline", version, about, long_about = None)]
pub struct Cli {
    /// Article store directory (default: $DATELINE_STORE, else the platform data directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// What to do (default: open the reader).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the articles, newest first: date, source, title, id.
    List {
        /// Print a JSON array of {id, title, published, source}.
        #[arg(long)]
        json: bool,
    },
    /// Print one article with its entities and timeline.
    Show {
        /// The article id (its file name without extension, or its `id` field).
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Analyse any article file (also a bare .txt) and print its entities and timeline.
    Analyze {
        /// The article file.
        file: PathBuf,
        /// Print one JSON object (title, published, body, entities, timeline).
        #[arg(long)]
        json: bool,
        /// Publication date to resolve relative dates against (overrides the file's).
        #[arg(long, value_name = "YYYY-MM-DD")]
        published: Option<String>,
        /// Show which rule or list decided each entity's kind.
        #[arg(long)]
        explain: bool,
    },
    /// Every entity in the store, by number of articles.
    Entities {
        /// Only this kind.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Print a JSON array of {key, name, kind, articles, mentions}.
        #[arg(long)]
        json: bool,
    },
    /// One entity across the store: aliases, articles, related entities, timeline.
    Entity {
        /// Any name or alias of the entity (case- and accent-insensitive).
        name: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Articles whose title or body contain every word of the query, best first.
    Search {
        /// The words to look for.
        query: String,
        /// Print a JSON array of {id, title, published, score}.
        #[arg(long)]
        json: bool,
    },
    /// Copy the sample articles into the store directory (never overwrites a file).
    Init,
    /// Score the analysis against gold annotations (NAME.txt + NAME.gold.json).
    Eval {
        /// What to score.
        #[arg(value_enum)]
        what: EvalTarget,
        /// Directory of gold documents (e.g. eval/gold or ../shared/dev/conll-dev).
        dir: PathBuf,
        /// Also list every error, one per line (document, kind of error, gold, found).
        #[arg(long)]
        errors: bool,
    },
    /// Show where the store is, how many articles it holds, and the files it skipped.
    Store,
}

/// An entity kind on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum KindArg {
    /// People.
    Person,
    /// Organizations.
    Organization,
    /// Places.
    Place,
    /// Everything else.
    Other,
}

impl From<KindArg> for crate::analysis::EntityKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Person => Self::Person,
            KindArg::Organization => Self::Organization,
            KindArg::Place => Self::Place,
            KindArg::Other => Self::Other,
        }
    }
}

/// What `dateline eval` scores.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum EvalTarget {
    /// Entity mentions (gold `mentions`).
    Entities,
    /// Timeline expressions (gold `timexes`).
    Timeline,
}

/// Runs the command line; returns the process exit code.
#[must_use]
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let warning = commands::load_dictionary();
    if cli.command.is_some() {
        if let Some(w) = &warning {
            eprintln!("dateline: {w}");
        }
    }
    let result = match cli.command {
        None => commands::run_tui(cli.store.as_deref(), warning),
        Some(Command::List { json }) => commands::list(cli.store.as_deref(), json),
        Some(Command::Show { id, json }) => commands::show(cli.store.as_deref(), &id, json),
        Some(Command::Analyze {
            file,
            json,
            published,
            explain,
        }) => analyze::analyze(&file, json, published.as_deref(), explain),
        Some(Command::Init) => commands::init(cli.store.as_deref()),
        Some(Command::Entities { kind, json }) => {
            entity::entities(cli.store.as_deref(), kind.map(Into::into), json)
        }
        Some(Command::Entity { name, json }) => entity::entity(cli.store.as_deref(), &name, json),
        Some(Command::Search { query, json }) => entity::search(cli.store.as_deref(), &query, json),
        Some(Command::Eval { what, dir, errors }) => commands::eval(what, &dir, errors),
        Some(Command::Store) => commands::store_info(cli.store.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("dateline: {message}");
            ExitCode::from(1)
        }
    }
}
