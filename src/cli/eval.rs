//! `unboil eval`: score the extractor on a dataset with ground truth.

use std::path::PathBuf;

/// Arguments of `unboil eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Dataset directory (laid out like WCXB: html/, ground-truth/; or like
    /// trafilatura-eval: pages/, evaldata.json).
    pub dataset: PathBuf,
}

pub fn run(args: &EvalArgs) -> anyhow::Result<i32> {
    anyhow::bail!("eval of {} is not built yet", args.dataset.display())
}
