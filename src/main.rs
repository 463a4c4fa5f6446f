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
