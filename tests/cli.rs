//! The plain-text subcommands of the real binary: output, JSON shapes, exit codes.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

fn dateline(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env_remove("DATELINE_STORE")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn list_prints_the_samples_newest_first() {
    let home = tempfile::tempdir().unwrap();
    let out = dateline(home.path(), &["list"]);
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    let dates: Vec<&str> = stdout.lines().map(|l| &l[..10]).collect();
    assert!(dates.len() >= 12);
    let mut sorted = dates.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
    let json = dateline(home.path(), &["list", "--json"]);
    let items: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let first = &items[0];
    for key in ["id", "title", "published", "source"] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
}

#[test]
fn show_prints_an_article_and_fails_clearly_for_unknown_ids() {
    let home = tempfile::tempdir().unwrap();
    let list: serde_json::Value =
        serde_json::from_slice(&dateline(home.path(), &["list", "--json"]).stdout).unwrap();
    let id = list[0]["id"].as_str().unwrap();
    let out = dateline(home.path(), &["show", id]);
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with(list[0]["title"].as_str().unwrap()));
    let json: serde_json::Value =
        serde_json::from_slice(&dateline(home.path(), &["show", id, "--json"]).stdout).unwrap();
    assert_eq!(json["id"], id);
    assert!(json["body"].as_str().unwrap().len() > 500);
    let missing = dateline(home.path(), &["show", "no-such-article"]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(
        text(&missing.stderr).trim(),
        "dateline: no article with id \"no-such-article\" (see `dateline list`)"
    );
}

#[test]
fn analyze_prints_the_contract_for_a_bare_text_file() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("story.txt");
    let body = "Ministers meet in Zürich\n\nThe ministers met in Zürich on Monday.\n";
    std::fs::write(&file, body).unwrap();
    let out = dateline(
        home.path(),
        &[
            "analyze",
            file.to_str().unwrap(),
            "--json",
            "--published",
            "2024-03-07",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "exactly one JSON object");
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["title"], "Ministers meet in Zürich");
    assert_eq!(v["published"], "2024-03-07");
    assert_eq!(v["body"], body, "the whole file is the body");
    assert!(v["entities"].is_array() && v["timeline"].is_array());
    for e in v["entities"].as_array().unwrap() {
        assert!(["person", "organization", "place", "other"].contains(&e["kind"].as_str().unwrap()));
        for m in e["mentions"].as_array().unwrap() {
            let (s, t) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert!(body.is_char_boundary(s) && body.is_char_boundary(t) && s < t);
        }
    }
}

#[test]
fn analyze_says_which_article_of_a_collection_it_analyses() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("two.json");
    let two = r#"[{"title": "First", "published": "2024-03-07", "body": "Talks opened in Geneva."},
                  {"title": "Second", "published": "2024-03-08", "body": "Talks closed in Geneva."}]"#;
    std::fs::write(&file, two).unwrap();
    let out = dateline(home.path(), &["analyze", file.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(v["title"], "First");
    assert!(
        text(&out.stderr).contains("holds 2 articles; analysing the first"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn analyze_rejects_bad_dates_and_missing_files() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.txt");
    std::fs::write(&file, "Headline\n\nBody.\n").unwrap();
    let bad = dateline(
        home.path(),
        &[
            "analyze",
            file.to_str().unwrap(),
            "--json",
            "--published",
            "tomorrow",
        ],
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text(&bad.stderr).starts_with("dateline: unknown date \"tomorrow\""),
        "{}",
        text(&bad.stderr)
    );
    let missing = dateline(home.path(), &["analyze", "/no/such/file.txt", "--json"]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(text(&missing.stderr).lines().count(), 1);
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let home = tempfile::tempdir().unwrap();
    assert_eq!(dateline(home.path(), &["frobnicate"]).status.code(), Some(2));
    assert_eq!(dateline(home.path(), &["show"]).status.code(), Some(2));
    let help = dateline(home.path(), &["--help"]);
    assert_eq!(help.status.code(), Some(0));
    for cmd in ["list", "show", "analyze", "init", "store"] {
        assert!(text(&help.stdout).contains(cmd), "{cmd}");
        assert_eq!(
            dateline(home.path(), &[cmd, "--help"]).status.code(),
            Some(0),
            "{cmd} --help"
        );
    }
}

#[test]
fn init_fills_the_default_store_and_store_reports_it() {
    let home = tempfile::tempdir().unwrap();
    let before = text(&dateline(home.path(), &["store"]).stdout);
    assert!(before.contains("Using the sample articles"), "{before}");
    let init = dateline(home.path(), &["init"]);
    assert!(init.status.success());
    assert!(text(&init.stdout).contains("Copied"), "{}", text(&init.stdout));
    let after = text(&dateline(home.path(), &["store"]).stdout);
    assert!(!after.contains("Using the sample articles"), "{after}");
    assert!(after.contains("Skipped files: 0"), "{after}");
    let again = text(&dateline(home.path(), &["init"]).stdout);
    assert!(again.contains("Copied 0 sample article(s)"), "{again}");
}

#[test]
fn the_reader_refuses_to_start_without_a_terminal() {
    let home = tempfile::tempdir().unwrap();
    let out = dateline(home.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("needs a terminal"));
}

#[test]
fn bad_files_are_reported_on_stderr_and_skipped() {
    let home = tempfile::tempdir().unwrap();
    let store = home.path().join("s");
    std::fs::create_dir(&store).unwrap();
    std::fs::write(store.join("ok.md"), "Title: Fine\n\nBody.\n").unwrap();
    std::fs::write(store.join("bad.txt"), b"Title: Bad\n\n\xc3\x28 broken\n").unwrap();
    let out = dateline(home.path(), &["--store", store.to_str().unwrap(), "list"]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout).lines().count(), 1);
    assert_eq!(
        text(&out.stderr).trim(),
        "dateline: skipped bad.txt:3: invalid UTF-8 at byte 12 (article files must be UTF-8 text)"
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["list"])
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!text(&out.stderr).contains("panicked"), "{}", text(&out.stderr));
}

#[test]
fn the_user_dictionary_adds_and_ignores_entities() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config").join("dateline");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("entities.toml"),
        "ignore = [\"Zorblat\"]\n[[entity]]\nname = \"Quill Harbor Authority\"\nkind = \"organization\"\naliases = [\"QHA\"]\n",
    )
    .unwrap();
    let file = home.path().join("a.txt");
    std::fs::write(
        &file,
        "Harbor news\n\nThe QHA said on Monday that Zorblat had left.\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_dateline"))
            .args(args)
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .output()
            .unwrap()
    };
    let out = run(&["analyze", file.to_str().unwrap(), "--json", "--explain"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entities = v["entities"].as_array().unwrap();
    let qha = entities
        .iter()
        .find(|e| e["name"] == "Quill Harbor Authority")
        .unwrap();
    assert_eq!(qha["kind"], "organization");
    assert_eq!(qha["rule"], "user dictionary (entities.toml)");
    assert!(entities.iter().all(|e| e["name"] != "Zorblat"), "{entities:?}");
    std::fs::write(config.join("entities.toml"), "[[entity]]\nname = 3\n").unwrap();
    let out = run(&["analyze", file.to_str().unwrap(), "--json"]);
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("entities.toml line 2:"),
        "{}",
        text(&out.stderr)
    );
}

fn two_article_store(home: &Path) -> std::path::PathBuf {
    let store = home.join("store");
    std::fs::create_dir_all(&store).unwrap();
    std::fs::write(
        store.join("berlin.md"),
        "---\ntitle: Berlin budget talks stall\npublished: 2024-03-05\n---\n\n\
         Chancellor Olaf Scholz met union leaders in Berlin on Monday. Scholz said talks resume next week.\n",
    )
    .unwrap();
    std::fs::write(
        store.join("paris.md"),
        "---\ntitle: Leaders meet in Paris\npublished: 2024-04-10\n---\n\n\
         PARIS — French President Emmanuel Macron hosted German Chancellor Olaf Scholz on Tuesday.\n",
    )
    .unwrap();
    store
}

#[test]
fn entities_entity_and_search_print_the_documented_json() {
    let home = tempfile::tempdir().unwrap();
    let store = two_article_store(home.path());
    let s = store.to_str().unwrap();
    let out = dateline(home.path(), &["--store", s, "entities", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &list[0];
    assert_eq!(first["name"], "Olaf Scholz", "most articles first: {list}");
    assert_eq!(first["articles"], 2);
    for key in ["key", "name", "kind", "articles", "mentions"] {
        assert!(first.get(key).is_some(), "{key}");
    }
    let people = dateline(
        home.path(),
        &["--store", s, "entities", "--kind", "person", "--json"],
    );
    let people: serde_json::Value = serde_json::from_slice(&people.stdout).unwrap();
    assert!(people.as_array().unwrap().iter().all(|e| e["kind"] == "person"));
    let out = dateline(home.path(), &["--store", s, "entity", "scholz", "--json"]);
    let e: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(e["name"], "Olaf Scholz");
    assert_eq!(e["articles"][0]["id"], "paris", "newest first");
    assert!(
        e["related"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["name"] == "Emmanuel Macron"),
        "{e}"
    );
    let values: Vec<&str> = e["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["value"].as_str().unwrap())
        .collect();
    assert_eq!(
        values,
        ["2024-03-04", "2024-W11", "2024-04-09"],
        "chronological: {e}"
    );
    assert_eq!(e["timeline"][2]["article_id"], "paris");
    assert_eq!(
        e["timeline"][1]["sentence"],
        "Scholz said talks resume next week."
    );
    let missing = dateline(home.path(), &["--store", s, "entity", "nobody at all"]);
    assert_eq!(missing.status.code(), Some(1));
    let out = dateline(home.path(), &["--store", s, "search", "paris scholz", "--json"]);
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["id"], "paris");
    assert!(hits[0]["score"].as_u64().unwrap() > 0);
}
