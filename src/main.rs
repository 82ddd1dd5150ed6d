//! The `dateline` binary: everything happens in [`dateline::cli`].

fn main() -> std::process::ExitCode {
    dateline::cli::main()
}
