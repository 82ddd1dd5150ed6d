//! Embeds `sample-articles/` into the binary as the default store.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("sample-articles");
    println!("cargo:rerun-if-changed=sample-articles");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_file())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut code = String::from(
        "/// The sample articles: (file name, contents).\npub const SAMPLES: &[(&str, &[u8])] = &[\n",
    );
    for name in &names {
        let _ = writeln!(
            code,
            "    ({name:?}, include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/sample-articles/\", {name:?}))),"
        );
    }
    code.push_str("];\n");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let _ = std::fs::write(Path::new(&out).join("samples.rs"), code);
}
