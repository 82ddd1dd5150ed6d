//! The store subcommands (`list`, `show`, `init`, `store`) and the TUI launcher.

use super::analyze::{analysis_json, print_analysis};
use crate::analysis::analyze_text;
use crate::app::App;
use crate::store::location::{data_dir, state_file};
use crate::store::{Location, Origin, Store, init::copy_samples};
use serde_json::json;
use std::io::IsTerminal as _;
use std::path::Path;

/// A command's failure: one line for the user.
pub type CmdResult = Result<(), String>;

/// Opens the store, printing skipped files on stderr.
pub fn open(flag: Option<&Path>) -> Result<Store, String> {
    let location = Location::resolve(flag).map_err(|e| e.to_string())?;
    let store = location.open().map_err(|e| e.to_string())?;
    for problem in store.problems() {
        eprintln!("dateline: skipped {problem}");
    }
    Ok(store)
}

/// Loads and installs `entities.toml` from the config directory; returns a
/// warning when it exists but cannot be used.
pub fn load_dictionary() -> Option<String> {
    let path = crate::store::location::config_dir()?.join("entities.toml");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            return Some(format!(
                "cannot read {}: {e}; the entity dictionary is not used",
                path.display()
            ));
        }
    };
    match crate::analysis::dictionary::Dictionary::parse(&text) {
        Ok(dictionary) => {
            dictionary.install();
            None
        }
        Err(e) => Some(format!(
            "{} {e}; the entity dictionary is not used",
            path.display()
        )),
    }
}

/// Opens the reader on the store.
pub fn run_tui(flag: Option<&Path>, warning: Option<String>) -> CmdResult {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(
            "the reader needs a terminal; for plain output use `dateline list` or `dateline show ID`".into(),
        );
    }
    let location = Location::resolve(flag).map_err(|e| e.to_string())?;
    let store = location.open().map_err(|e| e.to_string())?;
    let state = data_dir().map(|d| state_file(&d, store.origin()));
    let _ = color_eyre::install();
    let size = ratatui::crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::new(store, state, size);
    if warning.is_some() {
        app.message = warning;
    }
    ratatui::run(|terminal| {
        // Alternate scroll mode: terminals send the mouse wheel as ↑/↓ keys in the
        // alternate screen, so the wheel scrolls without capturing the mouse
        // (text selection keeps working).
        alternate_scroll(true);
        let result = crate::app::run::run(app, terminal);
        alternate_scroll(false);
        result
    })
    .map_err(|e| format!("terminal error: {e}"))
}

fn alternate_scroll(on: bool) {
    use std::io::Write as _;
    let mut out = std::io::stdout();
    let _ = out.write_all(if on { b"\x1b[?1007h" } else { b"\x1b[?1007l" });
    let _ = out.flush();
}

/// `dateline list`.
pub fn list(flag: Option<&Path>, as_json: bool) -> CmdResult {
    let store = open(flag)?;
    if as_json {
        let items: Vec<_> = store
            .list()
            .iter()
            .map(|a| json!({"id": a.id, "title": a.title, "published": a.published.map(|d| d.to_string()), "source": a.source}))
            .collect();
        outln!(
            "{}",
            serde_json::to_string_pretty(&items).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    for a in store.list() {
        let date = a
            .published
            .map_or_else(|| "----------".to_string(), |d| d.to_string());
        let source = a.source.as_deref().unwrap_or("-");
        outln!("{date}  {source:<16}  {}  [{}]", a.title, a.id);
    }
    Ok(())
}

/// `dateline show ID`.
pub fn show(flag: Option<&Path>, id: &str, as_json: bool) -> CmdResult {
    let store = open(flag)?;
    let article = store
        .get(id)
        .ok_or_else(|| format!("no article with id {id:?} (see `dateline list`)"))?;
    let analysis = analyze_text(&article.body, article.published);
    if as_json {
        let mut value = analysis_json(article, &analysis, false);
        value["id"] = json!(article.id);
        value["source"] = json!(article.source);
        value["url"] = json!(article.url);
        value["authors"] = json!(article.authors);
        value["tags"] = json!(article.tags);
        outln!(
            "{}",
            serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?
        );
        return Ok(());
    }
    outln!("{}", article.title);
    let meta: Vec<String> = [
        article.published.map(|d| d.to_string()),
        article.source.clone(),
        (!article.authors.is_empty()).then(|| article.authors.join(", ")),
    ]
    .into_iter()
    .flatten()
    .collect();
    outln!("{}\n", meta.join(" · "));
    outln!("{}\n", article.body.trim_end());
    print_analysis(&article.body, &analysis, false);
    Ok(())
}

/// `dateline init`.
pub fn init(flag: Option<&Path>) -> CmdResult {
    let location = Location::resolve(flag).map_err(|e| e.to_string())?;
    let report = copy_samples(&location.dir).map_err(|e| e.to_string())?;
    outln!("Store: {}", location.dir.display());
    outln!(
        "Copied {} sample article(s); kept {} existing file(s) untouched.",
        report.written.len(),
        report.kept.len()
    );
    Ok(())
}

/// `dateline store`.
pub fn store_info(flag: Option<&Path>) -> CmdResult {
    let location = Location::resolve(flag).map_err(|e| e.to_string())?;
    let store = location.open().map_err(|e| e.to_string())?;
    let how = match location.source {
        crate::store::LocationSource::Flag => "--store",
        crate::store::LocationSource::Env => "$DATELINE_STORE",
        crate::store::LocationSource::Default => "default",
    };
    outln!("Store: {} ({how})", location.dir.display());
    if let Origin::Samples(why) = store.origin() {
        outln!("Using the {why}");
    }
    outln!("Articles: {}", store.list().len());
    if let Some(data) = data_dir() {
        outln!("Reading state: {}", state_file(&data, store.origin()).display());
    }
    outln!("Skipped files: {}", store.problems().len());
    for p in store.problems() {
        outln!("  {p}");
    }
    Ok(())
}

/// `dateline eval entities|timeline DIR`.
pub fn eval(what: super::EvalTarget, dir: &Path, errors: bool) -> CmdResult {
    let docs = crate::eval::load_dir(dir)?;
    let started = std::time::Instant::now();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    match what {
        super::EvalTarget::Entities => {
            let (all, prose) = crate::eval::entities::evaluate(&docs);
            out!("{}", all.report("all documents"));
            out!("{}", prose.report("prose documents"));
        }
        super::EvalTarget::Timeline => out!("{}", crate::eval::timeline::evaluate(&docs).report()),
    }
    outln!(
        "({} documents, {} bytes, {:.0} ms)",
        docs.len(),
        bytes,
        started.elapsed().as_secs_f64() * 1000.0
    );
    if errors {
        out!(
            "{}",
            match what {
                super::EvalTarget::Entities => crate::eval::errors::entity_errors(&docs),
                super::EvalTarget::Timeline => crate::eval::errors::timeline_errors(&docs),
            }
        );
    }
    Ok(())
}
