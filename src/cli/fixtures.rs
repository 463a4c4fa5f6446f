//! `unboil fixtures check|bless DIR`: keep approved outputs for a corpus.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use unboil::fixtures::{self, Outcome};

/// Arguments of `unboil fixtures`.
#[derive(Debug, clap::Args)]
pub struct FixturesArgs {
    #[command(subcommand)]
    pub action: FixturesAction,
}

#[derive(Debug, clap::Subcommand)]
pub enum FixturesAction {
    /// Re-run every fixture under DIR and show a diff for each changed record.
    Check {
        dir: PathBuf,
        /// Approve the changed and new records (write them as approved).
        #[arg(long)]
        bless: bool,
    },
    /// Approve every changed or new record under DIR (same as `check --bless`).
    Bless { dir: PathBuf },
}

/// Exit code: 0 when every fixture matches (or was blessed), 1 otherwise.
pub fn run(args: &FixturesArgs) -> anyhow::Result<i32> {
    let (dir, bless) = match &args.action {
        FixturesAction::Check { dir, bless } => (dir, *bless),
        FixturesAction::Bless { dir } => (dir, true),
    };
    let cases = fixtures::discover(dir)
        .with_context(|| format!("reading fixtures in {}", dir.display()))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut same, mut changed, mut new, mut blessed) = (0, 0, 0, 0);
    for case in &cases {
        let (outcome, actual) =
            fixtures::check(case).with_context(|| format!("rendering {}", case.input.display()))?;
        let differs = outcome != Outcome::Same;
        match outcome {
            Outcome::Same => same += 1,
            Outcome::Changed { diff } => {
                changed += 1;
                writeln!(out, "changed: {}\n{diff}", case.input.display())?;
            }
            Outcome::New => {
                new += 1;
                writeln!(out, "new: {} (no approved record)", case.input.display())?;
            }
        }
        if bless && differs {
            fixtures::bless(case, &actual)?;
            blessed += 1;
        }
    }
    writeln!(
        out,
        "{} fixtures: {same} unchanged, {changed} changed, {new} new{}",
        cases.len(),
        if bless {
            format!(", {blessed} approved")
        } else {
            String::new()
        }
    )?;
    Ok(if bless || (changed == 0 && new == 0) {
        0
    } else {
        1
    })
}
