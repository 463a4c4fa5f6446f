//! `unboil eval`: score the extractor on a dataset with ground truth.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use unboil::eval::{self, Dataset, GroupSummary, Layout, Prf, Report};
use unboil::{Extractor, InputKind};

/// Arguments of `unboil eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Dataset directory (laid out like WCXB: html/, ground-truth/; or like
    /// trafilatura-eval: pages/, evaldata.json).
    pub dataset: PathBuf,
    /// Print one row per page (id, type, P, R, F1, tokens).
    #[arg(long)]
    pub per_page: bool,
    /// Write every figure, per page and aggregated, as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Write the extracted texts as `{id: text}` JSON (the input of score.py).
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
    /// Only the first N pages (after --type), for quick runs.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Worker threads [default: all cores]. Scores do not depend on it.
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Only pages of this page type (WCXB), e.g. `article`.
    #[arg(long = "type", value_name = "TYPE")]
    pub page_type: Option<String>,
    /// Extract pages in windows of N pages (dataset order) with the
    /// site-level boilerplate filter, as a bulk run does with its batches
    /// [default: off, every page alone: the pages are independent].
    #[arg(long, value_name = "N")]
    pub site_window: Option<usize>,
    /// How to read each page: `html` (the dataset's pages) or `text` (the
    /// renderings in --inputs, scored against the same truth).
    #[arg(long, value_enum, default_value = "html")]
    pub input: EvalInput,
    /// Folder of per-page inputs `<id>.txt` (with --input text), e.g. text
    /// renderings of the dataset's pages made by bench/text/render.py.
    #[arg(long, value_name = "DIR")]
    pub inputs: Option<PathBuf>,
}

/// The input kind of an evaluation run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EvalInput {
    Html,
    Text,
}

pub fn run(args: &EvalArgs) -> anyhow::Result<i32> {
    let mut ds = Dataset::load(&args.dataset)
        .with_context(|| format!("loading dataset {}", args.dataset.display()))?;
    ds.select(args.page_type.as_deref(), args.limit);
    let input = match (args.input, &args.inputs) {
        (EvalInput::Html, None) => InputKind::Html,
        (EvalInput::Html, Some(_)) => anyhow::bail!("--inputs needs --input text"),
        (EvalInput::Text, Some(dir)) => {
            if !dir.is_dir() {
                anyhow::bail!("--inputs {}: not a directory", dir.display());
            }
            ds.use_inputs(dir, "txt");
            InputKind::Text
        }
        (EvalInput::Text, None) => {
            anyhow::bail!("--input text needs --inputs DIR (a text rendering <id>.txt per page)")
        }
    };
    if ds.pages.is_empty() {
        anyhow::bail!("no pages selected in {}", args.dataset.display());
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let report = eval::evaluate_windowed(
        &ds,
        &Extractor::new(eval::eval_options_for(input)),
        jobs,
        args.site_window.unwrap_or(0),
    );

    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    print_report(&mut out, &report, args.per_page).context("writing output")?;
    if let Some(dir) = args.inputs.as_ref().filter(|_| input == InputKind::Text) {
        writeln!(out, "input: text mode on {}/<id>.txt", dir.display())
            .context("writing output")?;
    }
    out.flush().context("writing output")?;

    if let Some(path) = &args.json {
        write_json(path, &report)?;
    }
    if let Some(path) = &args.predictions {
        write_json(path, &report.predictions())?;
    }
    Ok(if report.status.error > 0 { 1 } else { 0 })
}

fn write_json<T: serde::Serialize>(path: &PathBuf, value: &T) -> anyhow::Result<()> {
    let file =
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut w = std::io::BufWriter::new(file);
    serde_json::to_writer_pretty(&mut w, value)
        .with_context(|| format!("writing {}", path.display()))?;
    w.flush()
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

fn prf_cells(p: &Prf) -> String {
    format!("{:.3}  {:.3}  {:.3}", p.precision, p.recall, p.f1)
}

fn group_row(g: &GroupSummary) -> String {
    format!(
        "{:<14} {:>5}   {}   {}",
        g.group,
        g.n,
        prf_cells(&g.wcxb),
        prf_cells(&g.scrapinghub)
    )
}

fn acc_cell(f: &eval::FieldAccuracy) -> String {
    if f.counted == 0 {
        format!("{:>5} {:>9}", "-", "0/0")
    } else {
        format!(
            "{:>5.3} {:>9}",
            f.accuracy,
            format!("{}/{}", f.matched, f.counted)
        )
    }
}

fn print_report(w: &mut impl Write, r: &Report, per_page: bool) -> std::io::Result<()> {
    let layout = match r.layout {
        Layout::Wcxb => "WCXB",
        Layout::TrafilaturaEval => "trafilatura-eval",
    };
    writeln!(
        w,
        "unboil eval: {} ({layout}, {} pages)",
        r.dataset,
        r.pages.len()
    )?;
    if per_page {
        print_pages(w, r)?;
    }
    writeln!(w)?;
    match r.layout {
        Layout::Wcxb => print_wcxb(w, r)?,
        Layout::TrafilaturaEval => print_snippets(w, r)?,
    }
    writeln!(w)?;
    let s = &r.status;
    writeln!(
        w,
        "status: {} ok, {} empty, {} error",
        s.ok, s.empty, s.error
    )?;
    let t = &r.timing;
    writeln!(
        w,
        "time: {:.2} s wall on {} job{}, {:.1} pages/s, {:.2} MB/s ({:.1} MB input); in extract() alone {:.2} s summed over pages",
        t.wall_secs,
        t.jobs,
        if t.jobs == 1 { "" } else { "s" },
        t.pages_per_sec,
        t.mb_per_sec,
        t.bytes as f64 / 1e6,
        t.extract_secs
    )?;
    for p in r.pages.iter().filter(|p| p.error.is_some()) {
        writeln!(
            w,
            "error: {}: {}",
            p.id,
            p.error.as_deref().unwrap_or_default()
        )?;
    }
    Ok(())
}

fn print_wcxb(w: &mut impl Write, r: &Report) -> std::io::Result<()> {
    writeln!(
        w,
        "{:<14} {:>5}   {:<19}   {:<19}",
        "", "", "wcxb (headline)", "scrapinghub"
    )?;
    writeln!(
        w,
        "{:<14} {:>5}   {:>5}  {:>5}  {:>5}   {:>5}  {:>5}  {:>5}",
        "type", "n", "P", "R", "F1", "P", "R", "F1"
    )?;
    for (i, g) in r.groups.iter().enumerate() {
        writeln!(w, "{}", group_row(g))?;
        if i == 0 && r.groups.len() > 1 {
            writeln!(w, "{}", "-".repeat(66))?;
        }
    }
    writeln!(w)?;
    writeln!(
        w,
        "metadata       {:>5}   {:>15}   {:>15}   {:>15}   {:>15}",
        "n", "title", "author", "date", "page type"
    )?;
    for g in &r.groups {
        writeln!(
            w,
            "{:<14} {:>5}   {}   {}   {}   {}",
            g.group,
            g.n,
            acc_cell(&g.title),
            acc_cell(&g.author),
            acc_cell(&g.date),
            acc_cell(&g.page_type)
        )?;
    }
    if let Some(all) = r.groups.first() {
        let u = all.unasked;
        writeln!(
            w,
            "given where the truth has none: title {}, author {}, date {}",
            u.title, u.author, u.date
        )?;
    }
    Ok(())
}

fn print_snippets(w: &mut impl Write, r: &Report) -> std::io::Result<()> {
    let Some(s) = &r.snippets else {
        return Ok(());
    };
    let c = &s.counts;
    writeln!(
        w,
        "snippets over {} pages: TP {}  FN {}  FP {}  TN {}",
        s.n, c.tp, c.fn_, c.fp, c.tn
    )?;
    writeln!(
        w,
        "precision {:.3}  recall {:.3}  accuracy {:.3}  F {:.3}",
        s.precision, s.recall, s.accuracy, s.f1
    )
}

fn print_pages(w: &mut impl Write, r: &Report) -> std::io::Result<()> {
    match r.layout {
        Layout::Wcxb => {
            writeln!(
                w,
                "{:<12} {:<14} {:>6} {:>6} {:>6} {:>8} {:>8}  status",
                "id", "type", "P", "R", "F1", "tok_true", "tok_pred"
            )?;
            for p in &r.pages {
                let s = p.wcxb.unwrap_or_default();
                writeln!(
                    w,
                    "{:<12} {:<14} {:>6.3} {:>6.3} {:>6.3} {:>8} {:>8}  {}",
                    p.id,
                    p.page_type.as_deref().unwrap_or("-"),
                    s.precision,
                    s.recall,
                    s.f1,
                    p.true_tokens,
                    p.pred_tokens,
                    status_name(p.status)
                )?;
            }
        }
        Layout::TrafilaturaEval => {
            writeln!(
                w,
                "{:<40} {:>3} {:>3} {:>3} {:>3} {:>8}  status",
                "id", "TP", "FN", "FP", "TN", "tok_pred"
            )?;
            for p in &r.pages {
                let c = p.snippets.unwrap_or_default();
                writeln!(
                    w,
                    "{:<40} {:>3} {:>3} {:>3} {:>3} {:>8}  {}",
                    p.id,
                    c.tp,
                    c.fn_,
                    c.fp,
                    c.tn,
                    p.pred_tokens,
                    status_name(p.status)
                )?;
            }
        }
    }
    Ok(())
}

fn status_name(s: unboil::Status) -> &'static str {
    match s {
        unboil::Status::Ok => "ok",
        unboil::Status::Empty => "empty",
        unboil::Status::Error => "error",
    }
}
