//! The main job: extract records from files, directories or stdin.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::Instant;

use anyhow::Context;
use unboil::dedup::{self, Dedup};
use unboil::input::files;
use unboil::input::{JsonlFields, ReadOptions, ReadStats, Reader};
use unboil::output::{self, Format};
use unboil::stages::{Stage, StageTimes};
use unboil::{html, Article, BatchOptions, Bias, Extractor, InputKind, Options, Source, Status};

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
    /// Write records to this file instead of stdout (gzip-compressed when
    /// its name ends in `.gz`).
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
    /// In directories, read only files whose path (relative to the
    /// directory) matches this glob, e.g. `*.html` or `2024/**/*.warc.gz`
    /// (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// In directories, skip files whose relative path matches this glob
    /// (repeatable; wins over --include).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// JSONL inputs: the field holding the page HTML (repeatable, first
    /// present wins; `a.b` reads field b of object a) [default: html, then
    /// content].
    #[arg(long, value_name = "FIELD")]
    pub jsonl_html_field: Vec<String>,
    /// JSONL inputs: the field holding the page when no HTML field is
    /// present, HTML or plain text by its content [default: text].
    #[arg(long, value_name = "FIELD")]
    pub jsonl_text_field: Vec<String>,
    /// JSONL inputs: the field holding the page URL [default: url, then
    /// metadata.url].
    #[arg(long, value_name = "FIELD")]
    pub jsonl_url_field: Vec<String>,
    /// JSONL inputs: the field holding the page's id, a string or a number,
    /// copied to the record's `source.id` [default: id].
    #[arg(long, value_name = "FIELD")]
    pub jsonl_id_field: Vec<String>,
    /// JSONL inputs: the field holding when the page was fetched (RFC 3339),
    /// copied to `source.fetched` and the reference time of the page's
    /// relative dates [default: fetched, then metadata.date].
    #[arg(long, value_name = "FIELD")]
    pub jsonl_fetched_field: Vec<String>,
    /// HTML pages with more elements than this, and text pages with more
    /// lines, become error records.
    #[arg(long, default_value_t = 2_000_000)]
    pub max_nodes: usize,
    /// HTML pages nesting elements deeper than this become error records.
    #[arg(long, default_value_t = 5_000)]
    pub max_depth: usize,
    /// Pages taking longer than this many milliseconds become error records
    /// (kind `timeout`); off by default, as timings vary from run to run.
    #[arg(long, value_name = "MS")]
    pub max_ms_per_page: Option<u64>,
    /// Write the end-of-run summary as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub stats: Option<PathBuf>,
    /// Keep blocks repeated on many pages of one host within a window (the
    /// site-level boilerplate filter is on by default).
    #[arg(long)]
    pub no_site_filter: bool,
    /// Drop pages that repeat an earlier page of the run (exact: same words;
    /// near: SimHash within 3 bits); counted in the summary, not written.
    #[arg(long, value_enum)]
    pub dedup: Option<DedupArg>,
}

/// Pages in flight: read, extracted in parallel and written per window of
/// this many pages; bounds memory while keeping threads busy.
const BATCH: usize = 256;
/// Pages read ahead of the extraction window.
const READ_AHEAD: usize = 32;

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
        max_nodes: args.max_nodes,
        max_depth: args.max_depth,
        max_ms_per_page: args.max_ms_per_page,
        site_filter: !args.no_site_filter,
    };
    let extractor = Extractor::new(options);
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths.clone()
    };
    let filter = files::Filter::new(&args.include, &args.exclude).context("--include/--exclude")?;
    let files::Expansion { inputs, left_out } = files::expand_filtered(&paths, &filter);
    if left_out > 0 && !args.quiet {
        eprintln!(
            "unboil: left out {left_out} file(s) of the directories that are never a page by \
             their names (.json, .css, images, ...); --include reads them"
        );
    }
    let n_inputs = inputs.len();
    let total_bytes = files::total_size(&inputs);
    let defaults = JsonlFields::default();
    let or_default = |given: &[String], default: Vec<String>| {
        if given.is_empty() {
            default
        } else {
            given.to_vec()
        }
    };
    let read_options = ReadOptions {
        jsonl: JsonlFields {
            html: or_default(&args.jsonl_html_field, defaults.html),
            text: or_default(&args.jsonl_text_field, defaults.text),
            url: or_default(&args.jsonl_url_field, defaults.url),
            id: or_default(&args.jsonl_id_field, defaults.id),
            fetched: or_default(&args.jsonl_fetched_field, defaults.fetched),
        },
        max_bytes: args.max_bytes,
        url: if n_inputs == 1 {
            args.url.clone()
        } else {
            None
        },
    };
    let reader = Reader::new(inputs, read_options);
    let read_stats = reader.stats();
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let pages = unboil::input::prefetch(reader, READ_AHEAD);
    let windows = extractor.windows(
        pages,
        BatchOptions {
            window: BATCH,
            jobs,
        },
    );

    let mut sink = match &args.output {
        Some(p) => Sink::create(p)?,
        None => Sink::Plain(Box::new(std::io::BufWriter::new(std::io::stdout().lock()))),
    };
    let mut progress = Progress::new(
        !args.quiet && std::io::stderr().is_terminal(),
        total_bytes,
        &read_stats,
    );
    let started = Instant::now();
    let mut counts = Counts::default();
    let mut output_time = std::time::Duration::ZERO;
    let mut format = None;
    let mut dedup = args.dedup.map(|d| {
        Dedup::new(match d {
            DedupArg::Exact => dedup::Mode::Exact,
            DedupArg::Near => dedup::Mode::Near,
        })
    });
    // Windows are extracted on their own thread while this one writes the
    // records of the window before (one window of records waits at most).
    let (done, extracted) = std::sync::mpsc::sync_channel(1);
    std::thread::scope(|s| -> anyhow::Result<()> {
        std::thread::Builder::new()
            .name("unboil-extract".to_string())
            .spawn_scoped(s, move || {
                for window in windows {
                    if done.send(window).is_err() {
                        break;
                    }
                }
            })
            .context("starting the extraction thread")?;
        for window in extracted {
            // One window of records, in input order (site-level boilerplate
            // already dropped across it): duplicates are removed here.
            let format = *format.get_or_insert_with(|| {
                let multi = n_inputs != 1 || read_stats.multi_page.load(Ordering::Relaxed);
                output_format(args.format, multi)
            });
            let writing = Instant::now();
            for record in &window {
                if dedup.as_mut().is_some_and(|d| d.is_duplicate(record)) {
                    counts.duplicates += 1;
                    continue;
                }
                counts.add(record);
                if record.status == Status::Error && !args.quiet {
                    progress.clear();
                    let msg = record.error.as_ref().map_or("", |e| e.message.as_str());
                    eprintln!("unboil: {}: {msg}", where_from(&record.source));
                }
                let first = counts.pages == 1;
                output::write_record(&mut sink, record, format, first).context("writing output")?;
            }
            output_time += writing.elapsed();
            progress.update(&counts);
        }
        Ok(())
    })?;
    sink.finish().context("writing output")?;
    progress.clear();
    let mut summary = Summary::new(
        &counts,
        &read_stats,
        n_inputs,
        started.elapsed().as_secs_f64(),
    );
    summary.stages = stage_shares(&extractor.stage_times(), output_time);
    summary.files_left_out = left_out;
    let multi = n_inputs > 1 || read_stats.multi_page.load(Ordering::Relaxed);
    if !args.quiet && multi {
        eprintln!("{}", summary.line());
        eprintln!("{}", summary.stages_line());
    }
    if let Some(path) = &args.stats {
        let json = serde_json::to_string_pretty(&summary).context("stats")?;
        std::fs::write(path, json + "\n").with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(if counts.error > 0 { 1 } else { 0 })
}

/// Where records are written: stdout or a file, gzip-compressed when the
/// file's name ends in `.gz`.
enum Sink {
    Plain(Box<dyn Write>),
    Gzip(Box<flate2::write::GzEncoder<std::io::BufWriter<std::fs::File>>>),
}

impl Sink {
    fn create(path: &std::path::Path) -> anyhow::Result<Sink> {
        let name = path.to_string_lossy();
        // A name that says another compression must not get plain JSON.
        if let Some(ext) = [".zst", ".bz2", ".xz", ".lz4", ".br"]
            .into_iter()
            .find(|ext| name.ends_with(ext))
        {
            anyhow::bail!(
                "{}: unboil compresses its output with gzip only (name it .gz); for {ext}, pipe stdout to the compressor",
                path.display()
            );
        }
        let file =
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        let file = std::io::BufWriter::new(file);
        Ok(if name.ends_with(".gz") {
            // Level 6, gzip's own default.
            let level = flate2::Compression::default();
            Sink::Gzip(Box::new(flate2::write::GzEncoder::new(file, level)))
        } else {
            Sink::Plain(Box::new(file))
        })
    }

    /// Write what is buffered and, for gzip, the stream's end, with the
    /// errors that dropping the writer would hide.
    fn finish(self) -> std::io::Result<()> {
        match self {
            Sink::Plain(mut w) => w.flush(),
            Sink::Gzip(gz) => gz.finish()?.flush(),
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Plain(w) => w.write(buf),
            Sink::Gzip(gz) => gz.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Plain(w) => w.flush(),
            Sink::Gzip(gz) => gz.flush(),
        }
    }
}

// The output format: as asked, else pretty JSON for a single page and JSONL
// for many.
fn output_format(asked: Option<FormatArg>, multi: bool) -> Format {
    match asked {
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Jsonl) => Format::Jsonl,
        Some(FormatArg::Markdown) => Format::Markdown,
        Some(FormatArg::Text) => Format::Text,
        None if multi => Format::Jsonl,
        None => Format::Json,
    }
}

// How a record's origin is named in messages: path, `@offset` inside
// archives and streams.
fn where_from(s: &Source) -> String {
    let path = s.path.as_deref().unwrap_or("-");
    match s.offset {
        Some(o) => format!("{path}@{o}"),
        None => path.to_string(),
    }
}

#[derive(Debug, Default)]
struct Counts {
    pages: usize,
    bytes: usize,
    ok: usize,
    empty: usize,
    error: usize,
    /// Pages dropped by `--dedup` (not written, not in `pages`).
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
}

/// The end-of-run summary (`--stats FILE` writes it as JSON; keys are
/// stable).
#[derive(Debug, serde::Serialize)]
struct Summary {
    /// Records written (one per page read).
    pages: usize,
    ok: usize,
    empty: usize,
    error: usize,
    /// Pages not written because they repeat an earlier page (`--dedup`).
    duplicates: usize,
    /// Responses skipped by the reader: non-HTML plus non-200.
    skipped: u64,
    skipped_non_html: u64,
    skipped_status: u64,
    /// Archive records that are not pages (request, metadata, warcinfo...).
    not_pages: u64,
    /// Inputs opened (files, stdin).
    inputs: usize,
    /// Files of the directories left out: never a page by their names.
    files_left_out: usize,
    /// Bytes read from the inputs (compressed size when compressed).
    input_bytes: u64,
    /// Bytes of the pages themselves (uncompressed HTML or text).
    page_bytes: usize,
    seconds: f64,
    pages_per_sec: f64,
    /// Page megabytes (10^6 bytes) per second.
    mb_per_sec: f64,
    input_mb_per_sec: f64,
    /// Time per pipeline stage, summed over threads (so more than
    /// `seconds` on several cores), in pipeline order, `output` (writing
    /// the records) last.
    stages: Vec<StageShare>,
}

/// One stage's time and its share of all stages' time.
#[derive(Debug, serde::Serialize)]
struct StageShare {
    stage: &'static str,
    seconds: f64,
    share: f64,
}

// The stages' times and shares, writing the output last.
fn stage_shares(times: &StageTimes, output: std::time::Duration) -> Vec<StageShare> {
    let all: Vec<(&'static str, f64)> = Stage::ALL
        .iter()
        .map(|&s| (s.name(), times.get(s).as_secs_f64()))
        .chain([("output", output.as_secs_f64())])
        .collect();
    let total: f64 = all.iter().map(|(_, t)| t).sum::<f64>().max(1e-9);
    all.into_iter()
        .map(|(stage, t)| StageShare {
            stage,
            seconds: round3(t),
            share: round3(t / total),
        })
        .collect()
}

impl Summary {
    fn new(c: &Counts, r: &ReadStats, inputs: usize, seconds: f64) -> Self {
        let secs = seconds.max(1e-9);
        let input_bytes = r.input_bytes.load(Ordering::Relaxed);
        Summary {
            pages: c.pages,
            ok: c.ok,
            empty: c.empty,
            error: c.error,
            duplicates: c.duplicates,
            skipped: r.skipped(),
            skipped_non_html: r.skipped_non_html.load(Ordering::Relaxed),
            skipped_status: r.skipped_status.load(Ordering::Relaxed),
            not_pages: r.not_pages.load(Ordering::Relaxed),
            inputs,
            files_left_out: 0,
            input_bytes,
            page_bytes: c.bytes,
            seconds: round3(seconds),
            pages_per_sec: round3(c.pages as f64 / secs),
            mb_per_sec: round3(c.bytes as f64 / 1e6 / secs),
            input_mb_per_sec: round3(input_bytes as f64 / 1e6 / secs),
            stages: Vec::new(),
        }
    }

    // "time by stage: parse 1.20s (31%), ...", stages that took no time left out.
    fn stages_line(&self) -> String {
        let parts: Vec<String> = self
            .stages
            .iter()
            .filter(|s| s.seconds > 0.0)
            .map(|s| format!("{} {:.2}s ({:.0}%)", s.stage, s.seconds, 100.0 * s.share))
            .collect();
        format!("time by stage (all threads): {}", parts.join(", "))
    }

    fn line(&self) -> String {
        format!(
            "{} pages: {} ok, {} empty, {} error, {} duplicates, {} skipped ({} non-HTML, {} non-200); \
             {:.1} MB of pages ({:.1} MB read) in {:.2}s ({:.0} pages/s, {:.1} MB/s)",
            self.pages,
            self.ok,
            self.empty,
            self.error,
            self.duplicates,
            self.skipped,
            self.skipped_non_html,
            self.skipped_status,
            self.page_bytes as f64 / 1e6,
            self.input_bytes as f64 / 1e6,
            self.seconds,
            self.pages_per_sec,
            self.mb_per_sec
        )
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The progress line on a terminal: pages, MB read, pages/s, and an ETA
/// when the total input size is known.
struct Progress<'a> {
    on: bool,
    total: Option<u64>,
    read: &'a ReadStats,
    started: Instant,
    last: Option<Instant>,
    shown: bool,
}

impl<'a> Progress<'a> {
    fn new(on: bool, total: Option<u64>, read: &'a ReadStats) -> Self {
        Progress {
            on,
            total,
            read,
            started: Instant::now(),
            last: None,
            shown: false,
        }
    }

    fn update(&mut self, c: &Counts) {
        if !self.on || self.last.is_some_and(|t| t.elapsed().as_millis() < 200) {
            return;
        }
        self.last = Some(Instant::now());
        let secs = self.started.elapsed().as_secs_f64().max(1e-9);
        let read = self.read.input_bytes.load(Ordering::Relaxed);
        let mut line = format!(
            "{} pages, {:.1} MB, {:.0} pages/s",
            c.pages,
            read as f64 / 1e6,
            c.pages as f64 / secs
        );
        if let Some(total) = self.total.filter(|&t| t > 0) {
            // The reader runs ahead of extraction: count as done the share
            // of the bytes read that the written pages stand for.
            let handed = self.read.pages.load(Ordering::Relaxed).max(1) as f64;
            let done_share = (c.pages as f64 / handed).min(1.0);
            let done = (read as f64 * done_share / total as f64).min(1.0);
            if done > 0.0 {
                let eta = secs * (1.0 - done) / done;
                line.push_str(&format!(", {:.0}%, ETA {eta:.0}s", done * 100.0));
            }
        }
        eprint!("\r{line}\x1b[K");
        self.shown = true;
    }

    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
        }
    }
}
