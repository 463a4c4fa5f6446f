//! The main job: extract records from files, directories or stdin.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use unboil::dedup::{self, Dedup};
use unboil::input::files::{self, InputPath};
use unboil::output::{self, Format};
use unboil::{html, Article, Bias, Extractor, InputKind, Options, Source, Staged, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Json,
    Jsonl,
    Markdown,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DedupArg {
    /// Same words in the same order (case and punctuation ignored).
    Exact,
    /// SimHash fingerprints at most 3 bits apart.
    Near,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputArg {
    Auto,
    Html,
    Text,
}

/// Arguments of the main job.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Files or directories to read (`-` for stdin; stdin when none given).
    /// `.gz` files are decompressed.
    pub paths: Vec<PathBuf>,
    /// Output format [default: json for one input, jsonl for several].
    #[arg(short, long, value_enum)]
    pub format: Option<FormatArg>,
    /// Read inputs as HTML or raw text instead of sniffing.
    #[arg(long, value_enum, default_value = "auto")]
    pub input: InputArg,
    /// Add `removed`: every dropped block with the reason it was dropped.
    #[arg(long)]
    pub explain: bool,
    /// Fold typographic quotes, dashes and ellipses to ASCII.
    #[arg(long)]
    pub ascii_punct: bool,
    /// The page URL (for a single input), used to resolve relative links.
    #[arg(long)]
    pub url: Option<String>,
    /// Inputs larger than this many bytes become error records.
    #[arg(long, default_value_t = 64 * 1024 * 1024)]
    pub max_bytes: usize,
    /// When the inputs were fetched (RFC 3339, e.g. 2025-03-12T10:00:00Z):
    /// relative datelines in text ("3 hours ago") are resolved against it.
    #[arg(long)]
    pub reference_time: Option<String>,
    /// Worker threads [default: all cores]. Output order and bytes do not
    /// depend on it.
    #[arg(short, long)]
    pub jobs: Option<usize>,
    /// Write records to this file instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// No progress and no summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    /// Prefer leaving out doubtful blocks (less boilerplate, may lose text).
    #[arg(long, conflicts_with = "recall")]
    pub precision: bool,
    /// Prefer keeping doubtful blocks (less lost text, more boilerplate).
    #[arg(long)]
    pub recall: bool,
    /// Always drop HTML elements matching this CSS selector (repeatable).
    #[arg(long = "drop", value_name = "SELECTOR")]
    pub drop: Vec<String>,
    /// Never prune HTML elements matching this CSS selector (repeatable).
    #[arg(long = "keep", value_name = "SELECTOR")]
    pub keep: Vec<String>,
    /// Keep blocks repeated on many pages of one host within a batch (the
    /// site-level boilerplate filter is on by default).
    #[arg(long)]
    pub no_site_filter: bool,
    /// Drop pages that repeat an earlier page of the run (exact: same words;
    /// near: SimHash within 3 bits); counted in the summary, not written.
    #[arg(long, value_enum)]
    pub dedup: Option<DedupArg>,
}

/// Pages processed per batch: bounds memory while keeping threads busy.
const BATCH: usize = 256;

pub fn run(args: &RunArgs) -> anyhow::Result<i32> {
    let options = Options {
        input: match args.input {
            InputArg::Auto => InputKind::Auto,
            InputArg::Html => InputKind::Html,
            InputArg::Text => InputKind::Text,
        },
        explain: args.explain,
        ascii_punct: args.ascii_punct,
        max_bytes: args.max_bytes,
        bias: if args.precision {
            Bias::Precision
        } else if args.recall {
            Bias::Recall
        } else {
            Bias::Balanced
        },
        drop: html::Selectors::parse(&args.drop).context("--drop")?,
        keep: html::Selectors::parse(&args.keep).context("--keep")?,
        reference_time: args.reference_time.clone(),
        site_filter: !args.no_site_filter,
    };
    let extractor = Extractor::new(options);
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths.clone()
    };
    let inputs = files::expand(&paths);
    let format = match args.format {
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Jsonl) => Format::Jsonl,
        Some(FormatArg::Markdown) => Format::Markdown,
        Some(FormatArg::Text) => Format::Text,
        None if inputs.len() == 1 => Format::Json,
        None => Format::Jsonl,
    };
    let url = if inputs.len() == 1 {
        args.url.clone()
    } else {
        None
    };
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);

    let mut sink: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let show_progress = !args.quiet && inputs.len() > 1 && std::io::stderr().is_terminal();
    let started = std::time::Instant::now();
    let mut counts = Counts::default();
    let mut first = true;
    let mut dedup = args.dedup.map(|d| {
        Dedup::new(match d {
            DedupArg::Exact => dedup::Mode::Exact,
            DedupArg::Near => dedup::Mode::Near,
        })
    });
    for batch in inputs.chunks(BATCH) {
        let records = extract_batch(&extractor, batch, url.as_deref(), jobs);
        for (input, record) in batch.iter().zip(&records) {
            if dedup.as_mut().is_some_and(|d| d.is_duplicate(record)) {
                counts.pages += 1;
                counts.bytes += record.source.bytes;
                counts.duplicates += 1;
                continue;
            }
            counts.add(record);
            if record.status == Status::Error && !args.quiet {
                let msg = record.error.as_ref().map_or("", |e| e.message.as_str());
                eprintln!("unboil: {}: {msg}", input.display_name());
            }
            output::write_record(&mut sink, record, format, first).context("writing output")?;
            first = false;
        }
        if show_progress {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            eprint!(
                "\r{}/{} pages, {:.1} MB, {:.0} pages/s ",
                counts.pages,
                inputs.len(),
                counts.bytes as f64 / 1e6,
                counts.pages as f64 / secs
            );
        }
    }
    sink.flush().context("writing output")?;
    if show_progress {
        eprintln!();
    }
    if !args.quiet && inputs.len() > 1 {
        eprintln!("{}", counts.summary(started.elapsed().as_secs_f64()));
    }
    Ok(if counts.error > 0 { 1 } else { 0 })
}

/// Extract a batch on `jobs` threads; results are in input order, so the
/// output is the same for any thread count.
fn extract_batch(
    ex: &Extractor,
    batch: &[InputPath],
    url: Option<&str>,
    jobs: usize,
) -> Vec<Article> {
    let one = |input: &InputPath| -> Staged {
        let mut source = Source::from_path(input.display_name());
        source.url = url.map(str::to_string);
        match files::read(input) {
            Ok(bytes) => ex.stage(&bytes, source),
            Err(e) => Staged::Done(Article::failed(source, &e)),
        }
    };
    // The batch is the site filter's window.
    ex.finish_window(unboil::batch::par_map(batch, jobs, one), jobs)
}

#[derive(Debug, Default)]
struct Counts {
    pages: usize,
    bytes: usize,
    ok: usize,
    empty: usize,
    error: usize,
    /// Pages dropped by `--dedup`.
    duplicates: usize,
}

impl Counts {
    fn add(&mut self, r: &Article) {
        self.pages += 1;
        self.bytes += r.source.bytes;
        match r.status {
            Status::Ok => self.ok += 1,
            Status::Empty => self.empty += 1,
            Status::Error => self.error += 1,
        }
    }

    fn summary(&self, secs: f64) -> String {
        let secs = secs.max(1e-9);
        format!(
            "{} pages: {} ok, {} empty, {} error, {} duplicates; {:.1} MB in {:.2}s ({:.0} pages/s, {:.1} MB/s)",
            self.pages,
            self.ok,
            self.empty,
            self.error,
            self.duplicates,
            self.bytes as f64 / 1e6,
            secs,
            self.pages as f64 / secs,
            self.bytes as f64 / 1e6 / secs
        )
    }
}
