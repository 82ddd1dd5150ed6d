//! Writes a synthetic article store, for trying Dateline on a large store:
//! `cargo run --release --example gen_store -- DIR [COUNT] [BYTES_PER_ARTICLE]`.

#[path = "support/synthetic.rs"]
mod synthetic;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: gen_store DIR [COUNT=1000] [BYTES=3000]");
        return std::process::ExitCode::from(2);
    };
    let count = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let bytes = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3000);
    match synthetic::write_store(std::path::Path::new(dir), count, bytes) {
        Ok(()) => {
            println!("wrote {count} articles of ~{bytes} bytes to {dir}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_store: {e}");
            std::process::ExitCode::from(1)
        }
    }
}
