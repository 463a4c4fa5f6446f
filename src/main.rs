//! `unboil`: command-line front end.

use clap::{Parser, Subcommand};

mod cli;

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn scraped web pages (HTML or raw text dumps) into clean article records.
///
/// Exit codes: 0 success; 1 some input failed (its record has status
/// "error") or fixtures differ; 2 usage error or fatal failure.
#[derive(Debug, Parser)]
#[command(name = "unboil", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    run: cli::run::RunArgs,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Score the extractor on a dataset with ground truth.
    Eval(cli::eval::EvalArgs),
    /// Check or approve regression fixtures (inputs with approved records).
    Fixtures(cli::fixtures::FixturesArgs),
}

fn main() {
    no_transparent_huge_pages();
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Eval(a)) => cli::eval::run(a),
        Some(Command::Fixtures(a)) => cli::fixtures::run(a),
        None => cli::run::run(&cli.run),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("unboil: {e:#}");
            std::process::exit(2);
        }
    }
}

/// Turn transparent huge pages off for this process. mimalloc asks the
/// kernel for them on its arenas, and a bulk run frees and reallocates page
/// buffers all the time, so the kernel zeroes a fresh 2 MiB page again and
/// again: on the 1,497-page bulk job that was 1.0 s of system time of 7.2 s
/// in all, and 0.2 s without them (same user time, lower peak RSS).
#[cfg(all(target_os = "linux", feature = "mimalloc"))]
fn no_transparent_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes one integer argument and only sets a
    // flag of the calling process; no memory is passed to the kernel.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(not(all(target_os = "linux", feature = "mimalloc")))]
fn no_transparent_huge_pages() {}
