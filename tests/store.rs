//! Store parsing: every format, every bad input, reading state and init.
#![allow(clippy::unwrap_used)]

use dateline::store::parse::parse_file;
use dateline::store::state::ReadState;
use dateline::store::{Location, LocationSource, Origin, Store, init::copy_samples};
use std::path::Path;

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store"))
}

fn parse(name: &str, text: &[u8]) -> (Vec<dateline::store::Article>, Vec<dateline::store::Problem>) {
    parse_file(name, name, text)
}

fn only_problem(name: &str, text: &[u8]) -> String {
    let (articles, problems) = parse(name, text);
    assert!(articles.is_empty(), "{name} should be skipped");
    assert_eq!(problems.len(), 1, "{problems:?}");
    problems[0].to_string()
}

#[test]
fn reads_every_format_in_a_directory() {
    let store = Store::open_dir(fixtures()).unwrap();
    assert!(store.problems().is_empty(), "{:?}", store.problems());
    let ids: Vec<&str> = store.list().iter().map(|a| a.id.as_str()).collect();
    // Newest first, undated last.
    assert_eq!(
        ids,
        [
            "toml-header",
            "fenced",
            "unfenced",
            "second-story",
            "many-1",
            "one",
            "bare"
        ]
    );
    let fenced = store.get("fenced").unwrap();
    assert_eq!(fenced.title, "Mayor opens the new harbour bridge");
    assert_eq!(fenced.published.unwrap().to_string(), "2024-03-07");
    assert_eq!(fenced.authors, ["Ana Lima", "Tom Berg"]);
    assert_eq!(fenced.tags, ["city", "transport"]);
    assert_eq!(fenced.url.as_deref(), Some("https://example.com/bridge"));
    assert!(fenced.body.starts_with("PORTO ALEGRE"));
    let unfenced = store.get("unfenced").unwrap();
    assert_eq!(unfenced.published.unwrap().to_string(), "2023-11-02");
    assert_eq!(unfenced.authors, ["Rui Costa"]);
    let toml = store.get("toml-header").unwrap();
    assert_eq!(toml.authors, ["Jane Roe", "Li Wei"]);
    assert_eq!(toml.published.unwrap().to_string(), "2024-05-02");
    assert_eq!(store.get("many-1").unwrap().title, "First of two");
    assert_eq!(store.get("second-story").unwrap().authors, ["A. Writer"]);
    assert!(store.get("one").unwrap().body.contains("São Paulo"));
    let bare = store.get("bare").unwrap();
    assert_eq!(bare.title, "Flood waters recede in the delta");
    assert!(bare.title_in_body);
    assert_eq!(
        bare.body,
        std::fs::read_to_string(fixtures().join("bare.txt")).unwrap()
    );
}

#[test]
fn sorted_newest_first_with_undated_last() {
    let store = Store::open_dir(fixtures()).unwrap();
    let dates: Vec<String> = store
        .list()
        .iter()
        .map(dateline::store::Article::published_label)
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| match (a.is_empty(), b.is_empty()) {
        (true, false) => std::cmp::Ordering::Greater,
        (false, true) => std::cmp::Ordering::Less,
        _ => b.cmp(a),
    });
    assert_eq!(dates, sorted);
    assert_eq!(dates.last().map(String::as_str), Some(""));
}

#[test]
fn invalid_utf8_names_the_line() {
    let msg = only_problem("bad.md", b"title: x\n\nfine line\nbad \xff byte\n");
    assert!(msg.starts_with("bad.md:4: invalid UTF-8"), "{msg}");
}

#[test]
fn unknown_date_names_the_line() {
    let msg = only_problem("d.md", b"---\ntitle: x\npublished: 2024-02-30\n---\n\nbody\n");
    assert!(msg.starts_with("d.md:3: unknown date \"2024-02-30\""), "{msg}");
    let msg = only_problem(
        "d.md",
        b"+++\ntitle = \"x\"\npublished = \"yesterday\"\n+++\nbody\n",
    );
    assert!(msg.contains(":3: unknown date"), "{msg}");
}

#[test]
fn empty_body_is_reported() {
    let msg = only_problem("e.md", b"---\ntitle: Nothing here\n---\n\n   \n");
    assert!(msg.contains("has no body text"), "{msg}");
    let msg = only_problem("e.json", br#"{"title": "no body"}"#);
    assert!(msg.contains("has no body text"), "{msg}");
}

#[test]
fn unknown_field_and_unclosed_headers() {
    let msg = only_problem("u.md", b"---\ntitle: x\npublshed: 2024-01-01\n---\nbody\n");
    assert!(msg.starts_with("u.md:3: unknown field \"publshed\""), "{msg}");
    let msg = only_problem("u.md", b"---\ntitle: x\n\nbody without closing fence\n");
    assert!(msg.contains("never closed"), "{msg}");
    let msg = only_problem("t.md", b"+++\ntitle = \"x\"\nbody\n");
    assert!(msg.contains("never closed"), "{msg}");
    let msg = only_problem("t.md", b"+++\ntitle = \"x\"\nthis is not toml\n+++\nbody\n");
    assert!(msg.starts_with("t.md:3: invalid TOML header"), "{msg}");
}

#[test]
fn broken_json_names_the_line() {
    let msg = only_problem("j.json", b"[\n  {\"title\": \"a\",\n   \"body\": \"x\"\n  \n");
    assert!(msg.starts_with("j.json:"), "{msg}");
    assert!(msg.contains("invalid JSON article"), "{msg}");
    let msg = only_problem("j.json", b"{\"title\": \"a\", \"bdy\": \"x\"}");
    assert!(msg.contains("unknown field `bdy`"), "{msg}");
}

#[test]
fn an_empty_json_array_is_reported() {
    let msg = only_problem("none.json", b"[]");
    assert_eq!(msg, "none.json: the JSON array holds no articles");
}

#[test]
fn one_bad_article_in_an_array_keeps_the_others() {
    let text = br#"[{"title": "ok", "body": "fine"}, {"title": "bad", "published": "soon", "body": "x"}]"#;
    let (articles, problems) = parse("arr.json", text);
    assert_eq!(articles.len(), 1);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .to_string()
            .starts_with("arr.json (article 2): unknown date"),
        "{}",
        problems[0]
    );
}

#[test]
fn huge_files_and_duplicates_are_skipped_with_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let big = std::fs::File::create(dir.path().join("huge.txt")).unwrap();
    big.set_len(50 * 1000 * 1000).unwrap();
    std::fs::write(dir.path().join("a.md"), "---\nid: same\ntitle: A\n---\nbody a\n").unwrap();
    std::fs::write(dir.path().join("b.md"), "---\nid: same\ntitle: B\n---\nbody b\n").unwrap();
    std::fs::write(dir.path().join("notes.pdf"), "ignored").unwrap();
    std::fs::write(dir.path().join(".hidden.md"), "ignored").unwrap();
    let store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(store.list().len(), 1);
    let problems: Vec<String> = store.problems().iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p == "huge.txt: file is 50.0 MB, over the 10 MB limit for one article file")
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("b.md: duplicate id \"same\" (already used by a.md)"))
    );
}

#[test]
fn missing_named_store_is_an_error_but_missing_default_uses_samples() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let named = Location {
        dir: missing.clone(),
        source: LocationSource::Flag,
    };
    assert!(named.open().unwrap_err().to_string().contains("does not exist"));
    let default = Location {
        dir: missing,
        source: LocationSource::Default,
    };
    let store = default.open().unwrap();
    assert!(matches!(store.origin(), Origin::Samples(_)));
    assert!(store.list().len() >= 12, "the samples are embedded");
    assert!(
        store.problems().is_empty(),
        "samples parse cleanly: {:?}",
        store.problems()
    );
}

#[test]
fn init_copies_samples_without_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("articles");
    let first = copy_samples(&store_dir).unwrap();
    assert!(first.written.len() >= 12);
    let mine = store_dir.join(&first.written[0]);
    std::fs::write(&mine, "---\ntitle: my own edit\n---\nmine\n").unwrap();
    let second = copy_samples(&store_dir).unwrap();
    assert!(second.written.is_empty());
    assert_eq!(second.kept.len(), first.written.len());
    assert!(std::fs::read_to_string(&mine).unwrap().contains("my own edit"));
    let store = Store::open_dir(&store_dir).unwrap();
    assert_eq!(store.list().len(), Store::samples("x").list().len());
}

#[test]
fn reading_state_round_trips_and_survives_corruption() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state").join("s.json");
    let (mut state, warning) = ReadState::load(&path);
    assert!(warning.is_none());
    state.read.insert("a".into());
    state.starred.insert("b".into());
    state.save(&path).unwrap();
    assert_eq!(ReadState::load(&path).0, state);
    std::fs::write(&path, "{ not json").unwrap();
    let (fresh, warning) = ReadState::load(&path);
    assert_eq!(fresh, ReadState::default());
    assert!(warning.unwrap().contains("was corrupt"));
    let backups = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
    assert_eq!(backups, 1, "the corrupt file was moved aside, not deleted");
    fresh.save(&path).unwrap();
    assert_eq!(std::fs::read_dir(path.parent().unwrap()).unwrap().count(), 2);
}
