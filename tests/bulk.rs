//! Bulk inputs: WARC/WET archives, JSONL streams, zstd, directory globs,
//! per-page limits, the windowed parallel pipeline and the run summary.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use unboil::input::files::InputPath;
use unboil::input::{JsonlFields, Page, ReadOptions, Reader};
use unboil::{Article, BatchOptions, Extractor, Options, Source, Status};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/warc");

const URLS: [&str; 4] = [
    "https://sam.bossley.com/thoughts/25/08/thoughts-on-zig",
    "https://www.coryd.dev/posts/2021/a-brief-intro-to-git",
    "https://example.org/0551",
    "https://www.postgresql.org/docs/current/indexes.html",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(FIXTURES).join(name)
}

fn tmpdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("unboil-bulk-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn read_all(paths: &[PathBuf], opts: ReadOptions) -> (Vec<Page>, Reader) {
    let inputs = paths.iter().cloned().map(InputPath::File).collect();
    let mut reader = Reader::new(inputs, opts);
    let pages: Vec<Page> = reader.by_ref().collect();
    (pages, reader)
}

fn extract_all(pages: Vec<Page>, jobs: usize) -> Vec<Article> {
    let ex = Extractor::new(Options::default());
    let batch = BatchOptions { window: 3, jobs };
    ex.extract_iter(pages.into_iter(), batch).collect()
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("valid gzip");
    out
}

fn unboil() -> Command {
    Command::new(env!("CARGO_BIN_EXE_unboil"))
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = unboil()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(mut i) = child.stdin.take() {
        i.write_all(stdin).expect("stdin written");
    }
    child.wait_with_output().expect("binary finishes")
}

fn jsonl(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// One WARC/1.1 record.
// The records of a WARC written from `data` (in a scratch folder named
// after `name`), on one thread, and the reader that read it.
fn extract_warc(name: &str, data: &[u8], opts: ReadOptions) -> (Vec<Article>, Reader) {
    let path = tmpdir(name).join("archive.warc");
    std::fs::write(&path, data).expect("write");
    let (pages, reader) = read_all(&[path], opts);
    (extract_all(pages, 1), reader)
}

// Each record's URL and status, in order.
fn url_statuses(records: &[Article]) -> Vec<(&str, Status)> {
    records
        .iter()
        .map(|r| (r.source.url.as_deref().unwrap_or(""), r.status))
        .collect()
}

fn warc_record(kind: &str, url: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\n\
         WARC-Date: 2025-03-12T10:00:00Z\r\nContent-Type: {content_type}\r\n\
         Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

#[test]
fn warc_gz_gives_pages_with_urls_offsets_and_skip_counts() {
    let path = fixture("sample.warc.gz");
    let (pages, reader) = read_all(std::slice::from_ref(&path), ReadOptions::default());
    let urls: Vec<_> = pages.iter().map(|p| p.source.url.as_deref()).collect();
    assert_eq!(urls, URLS.map(Some));
    // Each offset is the start of a gzip member holding the response record.
    let raw = std::fs::read(&path).expect("fixture");
    for p in &pages {
        let off = p.source.offset.expect("offset") as usize;
        let mut head = vec![0u8; 512];
        let n = flate2::read::GzDecoder::new(raw.get(off..).expect("offset in file"))
            .read(&mut head)
            .expect("a gzip member starts at the offset");
        let head = String::from_utf8_lossy(&head[..n]).into_owned();
        assert!(
            head.starts_with("WARC/1.1\r\nWARC-Type: response"),
            "{head}"
        );
        assert_eq!(p.source.fetched.as_deref(), Some("2025-03-12T10:00:00Z"));
        let id = p.source.id.as_deref().expect("WARC-Record-ID");
        assert!(head.contains(id), "{id} is the record's own id");
        assert_eq!(p.source.http_status, Some(200));
        assert_eq!(p.charset.as_deref(), Some("utf-8"));
    }
    let stats = reader.stats();
    let get = |a: &std::sync::atomic::AtomicU64| a.load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(get(&stats.skipped_status), 1, "the 404 response");
    assert_eq!(get(&stats.skipped_non_html), 1, "the PNG response");
    // warcinfo, 4 requests and a metadata record.
    assert_eq!(get(&stats.not_pages), 6);
    let records = extract_all(pages, 2);
    assert!(records.iter().all(|r| r.status == Status::Ok));
    assert!(records[0].text.contains("Zig"));
    assert_eq!(records[0].source.kind, Some(unboil::DocKind::Html));
}

#[test]
fn plain_and_zstd_warc_give_the_same_pages_with_stream_offsets() {
    let plain = gunzip(&std::fs::read(fixture("sample.warc.gz")).expect("fixture"));
    let dir = tmpdir("plain");
    let path = dir.join("archive.bin"); // sniffed by content, not by name
    std::fs::write(&path, &plain).expect("write");
    let (pages, _) = read_all(&[path], ReadOptions::default());
    assert_eq!(pages.len(), 4);
    for (p, url) in pages.iter().zip(URLS) {
        assert_eq!(p.source.url.as_deref(), Some(url));
        let off = p.source.offset.expect("offset") as usize;
        assert!(plain[off..].starts_with(b"WARC/1.1\r\nWARC-Type: response"));
    }
    let (zst, _) = read_all(&[fixture("sample.warc.zst")], ReadOptions::default());
    let zurls: Vec<_> = zst.iter().map(|p| p.source.url.clone()).collect();
    let purls: Vec<_> = pages.iter().map(|p| p.source.url.clone()).collect();
    assert_eq!(zurls, purls);
}

#[test]
fn warc_zstd_with_a_dictionary_gives_the_same_records() {
    // IIPC WARC-zstd: a skippable frame holding a (compressed) dictionary,
    // then a frame per record compressed with it; records 2-3 and 6-7 leave
    // the dictionary id out of their frame headers.
    let bytes = std::fs::read(fixture("sample-dict.warc.zst")).expect("fixture");
    assert_eq!(bytes.get(..4), Some(&[0x5d, 0x2a, 0x4d, 0x18][..]));
    let read = |name: &str| {
        let (pages, _) = read_all(&[fixture(name)], ReadOptions::default());
        extract_all(pages, 1)
    };
    let (with_dict, gz) = (read("sample-dict.warc.zst"), read("sample.warc.gz"));
    assert_eq!(with_dict.len(), 4);
    for (d, g) in with_dict.iter().zip(&gz) {
        assert_eq!(d.status, Status::Ok);
        assert_eq!((&d.source.url, &d.source.id), (&g.source.url, &g.source.id));
        assert_eq!(d.text, g.text);
    }
    // Cut inside the dictionary frame: an error record, no pages, no panic.
    let dir = tmpdir("zstd-dict-cut");
    let cut = dir.join("cut.warc.zst");
    std::fs::write(&cut, &bytes[..40]).expect("write");
    let (pages, _) = read_all(&[cut], ReadOptions::default());
    let records = extract_all(pages, 1);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].status, Status::Error);
}

#[test]
fn wet_conversions_are_text_pages() {
    let (pages, _) = read_all(&[fixture("sample.wet.gz")], ReadOptions::default());
    assert_eq!(pages.len(), 4);
    let records = extract_all(pages, 1);
    for (r, url) in records.iter().zip(URLS) {
        assert_eq!(r.source.url.as_deref(), Some(url));
        assert_eq!(r.source.kind, Some(unboil::DocKind::Text));
        assert_eq!(r.source.fetched.as_deref(), Some("2025-03-12T10:00:00Z"));
    }
    assert!(records[0].text.contains("Zig"));
}

// A text page dated relative to its fetch time.
const BRIDGE: &str = "Harbour bridge reopens after repairs\nPosted 2 days ago\n\n\
    The harbour bridge reopened to traffic on the weekend after four months of repairs to its deck and railings.\n\n\
    Engineers said the work finished ahead of schedule, and the city thanked residents for their patience during the closures.\n";

#[test]
fn wet_fetch_date_resolves_relative_datelines() {
    let text = BRIDGE;
    let data = warc_record(
        "conversion",
        "https://news.example/bridge",
        "text/plain",
        text.as_bytes(),
    );
    let dir = tmpdir("wetdate");
    let path = dir.join("one.wet");
    std::fs::write(&path, data).expect("write");
    let (pages, _) = read_all(&[path], ReadOptions::default());
    let records = extract_all(pages, 1);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].published.as_deref(), Some("2025-03-10"));
}

#[test]
fn truncated_warc_gz_gives_records_before_the_break_and_an_error() {
    let raw = std::fs::read(fixture("sample.warc.gz")).expect("fixture");
    let (full, _) = read_all(&[fixture("sample.warc.gz")], ReadOptions::default());
    let second = full[1].source.offset.expect("offset") as usize;
    let third = full[2].source.offset.expect("offset") as usize;
    // Cut in the middle of the member holding the second page.
    let cut = second + (third - second) / 2;
    let dir = tmpdir("trunc");
    let path = dir.join("cut.warc.gz");
    std::fs::write(&path, &raw[..cut]).expect("write");
    let (pages, _) = read_all(std::slice::from_ref(&path), ReadOptions::default());
    let records = extract_all(pages, 2);
    assert_eq!(records.len(), 2, "first page + one error");
    assert_eq!(records[0].status, Status::Ok);
    assert_eq!(records[0].source.url.as_deref(), Some(URLS[0]));
    let err = records[1].error.as_ref().expect("error record");
    assert_eq!(err.kind, "truncated");
    assert!(
        err.message.contains(&format!("offset {second}")),
        "{}",
        err.message
    );
    assert_eq!(records[1].source.offset, Some(second as u64));
    // The CLI goes on, writes both records and exits 1.
    let out = run(&["-q", path.to_str().expect("utf-8 path")], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(jsonl(&out.stdout).len(), 2);
}

#[test]
fn jsonl_fields_are_configurable() {
    let dir = tmpdir("jsonl");
    let path = dir.join("pages.ndjson");
    let body = "<html><body><article><p>The body paragraph of this page is long enough to be kept as the article content.</p></article></body></html>";
    let lines = [
        serde_json::json!({"link": "https://a.example/1", "page": body, "key": 17}).to_string(),
        String::new(),
        serde_json::json!({"link": "https://a.example/2", "plain": "A text page.\n\nWith two paragraphs of plain prose in it."}).to_string(),
        "{broken".to_string(),
        serde_json::json!({"html": "<p>default field, not configured</p>"}).to_string(),
    ];
    std::fs::write(&path, lines.join("\n")).expect("write");
    let opts = ReadOptions {
        jsonl: JsonlFields {
            html: vec!["page".to_string()],
            text: vec!["plain".to_string()],
            url: vec!["link".to_string()],
            id: vec!["key".to_string()],
            fetched: vec![],
        },
        ..ReadOptions::default()
    };
    let (pages, _) = read_all(std::slice::from_ref(&path), opts);
    let records = extract_all(pages, 2);
    assert_eq!(records.len(), 4, "blank line skipped");
    assert_eq!(
        records[0].source.url.as_deref(),
        Some("https://a.example/1")
    );
    assert_eq!(records[0].source.kind, Some(unboil::DocKind::Html));
    assert!(records[0].text.contains("body paragraph"));
    assert_eq!(records[0].source.offset, Some(0));
    assert_eq!(records[0].source.id.as_deref(), Some("17"), "a number id");
    assert_eq!(records[1].source.id, None);
    assert_eq!(records[1].source.kind, Some(unboil::DocKind::Text));
    assert_eq!(
        records[1].source.offset,
        Some((lines[0].len() + 2) as u64),
        "offset of the line"
    );
    assert_eq!(records[2].status, Status::Error);
    assert_eq!(
        records[3].status,
        Status::Error,
        "html is not a configured field"
    );
    // Same through the CLI flags.
    let p = path.to_str().expect("utf-8 path");
    let out = run(
        &[
            "-q",
            "--jsonl-html-field",
            "page",
            "--jsonl-url-field",
            "link",
            p,
        ],
        b"",
    );
    let recs = jsonl(&out.stdout);
    assert_eq!(recs[0]["source"]["url"], "https://a.example/1");
    assert_eq!(recs[0]["status"], "ok");
}

#[test]
fn datatrove_jsonl_is_read_as_it_is() {
    // datatrove's readers keep a page's HTML in `text` and its URL in
    // `metadata.url` until the page is extracted.
    let dir = tmpdir("datatrove");
    let path = dir.join("docs.jsonl");
    let html = "<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav><article><p>The body paragraph of this page is long enough to be kept as the article content.</p></article></body></html>";
    let lines = [
        serde_json::json!({"text": html, "id": "<urn:uuid:1>", "metadata": {"url": "https://d.example/a", "date": "2025-03-12T10:00:00Z"}}),
        serde_json::json!({"text": "A plain text page.\n\nWith two paragraphs of plain prose in it.", "metadata": {"url": "https://d.example/b"}}),
        // A key spelled with a dot wins over the path.
        serde_json::json!({"text": "Text.", "metadata.url": "https://d.example/key", "metadata": {"url": "https://d.example/path"}}),
        serde_json::json!({"text": "Text.", "metadata": "not an object"}),
        serde_json::json!({"text": BRIDGE, "metadata": {"date": "2025-03-12T10:00:00Z"}}),
    ];
    let body: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    std::fs::write(&path, body.join("\n")).expect("write");
    let (pages, _) = read_all(std::slice::from_ref(&path), ReadOptions::default());
    let records = extract_all(pages, 1);
    let urls: Vec<_> = records.iter().map(|r| r.source.url.as_deref()).collect();
    assert_eq!(
        urls,
        [
            Some("https://d.example/a"),
            Some("https://d.example/b"),
            Some("https://d.example/key"),
            None,
            None
        ]
    );
    // The fetch date (datatrove's metadata.date) dates "2 days ago".
    assert_eq!(
        records[0].source.fetched.as_deref(),
        Some("2025-03-12T10:00:00Z")
    );
    assert_eq!(records[4].published.as_deref(), Some("2025-03-10"));
    assert_eq!(records[0].source.kind, Some(unboil::DocKind::Html));
    assert_eq!(records[0].source.id.as_deref(), Some("<urn:uuid:1>"));
    assert!(records[0].text.contains("body paragraph"));
    assert!(!records[0].text.contains("Home"), "markup read as HTML");
    assert_eq!(records[1].source.kind, Some(unboil::DocKind::Text));
    assert_eq!(records[3].status, Status::Ok);
}

#[test]
fn directory_globs_select_files() {
    let dir = tmpdir("globs");
    std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
    let page = "<html><body><p>Some page text.</p></body></html>";
    for f in ["a.html", "b.txt", "sub/c.html", "sub/skip.html"] {
        std::fs::write(dir.join(f), page).expect("write");
    }
    let d = dir.to_str().expect("utf-8 path");
    let out = run(
        &["-q", "--include", "*.html", "--exclude", "sub/skip*", d],
        b"",
    );
    let paths: Vec<String> = jsonl(&out.stdout)
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap_or("").to_string())
        .collect();
    let names: Vec<&str> = paths
        .iter()
        .map(|p| p.strip_prefix(d).unwrap_or(p).trim_start_matches('/'))
        .collect();
    assert_eq!(names, ["a.html", "sub/c.html"]);
    let bad = run(&["--include", "a{b", d], b"");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn directories_leave_out_files_that_are_never_pages() {
    // A folder as datasets ship it: pages beside their ground truth as JSON,
    // a style sheet and an image.
    let dir = tmpdir("never-pages");
    std::fs::create_dir_all(dir.join("truth")).expect("mkdir");
    let page = "<html><body><p>Some page text.</p></body></html>";
    std::fs::write(dir.join("a.html"), page).expect("write");
    std::fs::write(dir.join("b.txt"), "Some page text.").expect("write");
    std::fs::write(dir.join("truth/a.json"), r#"{"title": "A"}"#).expect("write");
    std::fs::write(dir.join("site.css"), "p { color: red }").expect("write");
    std::fs::write(dir.join("logo.png"), b"\x89PNG\r\n").expect("write");
    let stats = tmpdir("never-pages-stats").join("stats.json");
    let d = dir.to_str().expect("utf-8 path");
    let s = stats.to_str().expect("utf-8 path");
    let out = run(&["--stats", s, d], b"");
    assert!(out.status.success());
    let names: Vec<String> = jsonl(&out.stdout)
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap_or("").replace(d, ""))
        .collect();
    assert_eq!(names, ["/a.html", "/b.txt"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("left out 3 file(s)"), "{stderr}");
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&stats).expect("stats written")).expect("JSON");
    assert_eq!(v["files_left_out"], 3);
    // An include glob reads what it names; a file named directly is read.
    let json = dir.join("truth/a.json");
    let included = run(&["-q", "--include", "*.json", d], b"");
    assert_eq!(jsonl(&included.stdout).len(), 1);
    // (One line of JSON reads as a JSONL record without a page field: an
    // error record, as a file named on purpose deserves.)
    let named = run(&["-q", json.to_str().expect("utf-8 path")], b"");
    assert_eq!(jsonl(&named.stdout).len(), 1);
}

#[test]
fn output_is_byte_identical_for_any_job_count_and_stdin_is_sniffed() {
    // A WARC of the fixture pages around many small pages: more than one
    // window (256 pages) of varied work.
    let plain = gunzip(&std::fs::read(fixture("sample.warc.gz")).expect("fixture"));
    let mut big = plain.clone();
    let ct = "application/http; msgtype=response";
    for i in 0..312 {
        let words = "word ".repeat(i % 40);
        let page = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><title>Page {i}</title></head>\
             <body><nav><a href=/>Home</a></nav><article><p>Small page {i}: {words}and a full stop.</p></article></body></html>"
        );
        let url = format!("https://small.example/{i}");
        big.extend(warc_record("response", &url, ct, page.as_bytes()));
    }
    big.extend_from_slice(&plain);
    let dir = tmpdir("jobs");
    let path = dir.join("big.warc");
    std::fs::write(&path, &big).expect("write");
    let p = path.to_str().expect("utf-8 path");
    let one = run(&["-q", "--jobs", "1", p], b"");
    let two = run(&["-q", "--jobs", "2", p], b"");
    assert!(one.status.success());
    assert_eq!(jsonl(&one.stdout).len(), 320);
    assert!(!two.stdout.is_empty());
    assert!(one.stdout == two.stdout, "jobs 1 and 2 differ");
    // The same archive on stdin (sniffed as WARC) gives the same records but
    // for the path.
    let piped = run(&["-q", "--jobs", "2", "-"], &big);
    let a = jsonl(&one.stdout);
    let b = jsonl(&piped.stdout);
    assert_eq!(a.len(), b.len());
    for i in [1, 300, 317] {
        assert_eq!(a[i]["source"]["offset"], b[i]["source"]["offset"]);
        assert_eq!(a[i]["text"], b[i]["text"]);
        assert_eq!(b[i]["source"]["path"], "-");
    }
}

#[test]
fn stats_file_has_the_summary() {
    let dir = tmpdir("stats");
    let stats = dir.join("stats.json");
    let out = run(
        &[
            "-q",
            "--stats",
            stats.to_str().expect("utf-8 path"),
            fixture("sample.warc.gz").to_str().expect("utf-8 path"),
        ],
        b"",
    );
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "quiet");
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&stats).expect("stats written")).expect("JSON");
    assert_eq!(v["pages"], 4);
    assert_eq!(v["ok"], 4);
    assert_eq!(v["error"], 0);
    assert_eq!(v["skipped"], 2);
    assert_eq!(v["skipped_non_html"], 1);
    assert_eq!(v["skipped_status"], 1);
    assert_eq!(v["not_pages"], 6);
    assert_eq!(v["inputs"], 1);
    let keys: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    for k in [
        "page_bytes",
        "input_bytes",
        "seconds",
        "pages_per_sec",
        "mb_per_sec",
    ] {
        assert!(keys.contains(&k), "{k}");
    }
    // Time per stage, in pipeline order, shares adding up to one.
    let stages = v["stages"].as_array().expect("stages");
    let names: Vec<&str> = stages
        .iter()
        .map(|s| s["stage"].as_str().expect("name"))
        .collect();
    assert_eq!(
        names,
        [
            "decode",
            "parse",
            "metadata",
            "content",
            "free_tree",
            "site_filter",
            "record",
            "output"
        ]
    );
    let shares: f64 = stages
        .iter()
        .map(|s| s["share"].as_f64().expect("share"))
        .sum();
    assert!((shares - 1.0).abs() < 0.01, "{shares}");
    assert!(
        stages[1]["seconds"].as_f64().expect("seconds") > 0.0,
        "pages were parsed"
    );
    // Without -q the summary goes to stderr.
    let loud = run(
        &[fixture("sample.warc.gz").to_str().expect("utf-8 path")],
        b"",
    );
    let err = String::from_utf8_lossy(&loud.stderr);
    assert!(
        err.contains("4 pages: 4 ok, 0 empty, 0 error, 0 duplicates, 2 skipped"),
        "{err}"
    );
    assert!(err.contains("time by stage (all threads): "), "{err}");
    assert!(err.contains(" parse "), "{err}");
}

#[test]
fn per_page_limits_give_error_records() {
    let deep = format!("<html><body>{}deep</body></html>", "<div>".repeat(100_000));
    let ex = Extractor::new(Options::default());
    let t = std::time::Instant::now();
    let r = ex.extract(deep.as_bytes(), Source::default());
    assert_eq!(r.error.as_ref().map(|e| e.kind.as_str()), Some("too-deep"));
    assert!(t.elapsed().as_secs() < 5, "refused before the parse");

    let many = format!("<html><body>{}</body></html>", "<p>x</p>".repeat(5000));
    let ex = Extractor::new(Options {
        max_nodes: 1000,
        ..Options::default()
    });
    let r = ex.extract(many.as_bytes(), Source::default());
    assert_eq!(
        r.error.as_ref().map(|e| e.kind.as_str()),
        Some("too-many-nodes")
    );

    let big = format!(
        "<html><body>{}</body></html>",
        "<div><p>A paragraph of text in a large page.</p></div>".repeat(40_000)
    );
    let ex = Extractor::new(Options {
        max_ms_per_page: Some(1),
        ..Options::default()
    });
    let r = ex.extract(big.as_bytes(), Source::default());
    assert_eq!(r.error.as_ref().map(|e| e.kind.as_str()), Some("timeout"));
    // The parse itself stops on the clock: thousands of elements under a
    // deep stack of open ones cost the tree builder a walk of the stack each.
    let slow_parse = format!(
        "<html><body>{}{}</body></html>",
        "<div>".repeat(4_000),
        "<span></span>".repeat(400_000)
    );
    let ex = Extractor::new(Options {
        max_ms_per_page: Some(20),
        ..Options::default()
    });
    let r = ex.extract(slow_parse.as_bytes(), Source::default());
    let error = r.error.as_ref().expect("an error record");
    assert_eq!(error.kind, "timeout");
    assert!(error.message.contains("during parse"), "{}", error.message);
    // The next page on the same thread has its own clock.
    let ex = Extractor::new(Options {
        max_ms_per_page: Some(60_000),
        ..Options::default()
    });
    let r = ex.extract(b"<p>small page</p>", Source::default());
    assert_ne!(r.status, Status::Error);
}

#[test]
fn oversized_and_non_200_records_do_not_stop_the_archive() {
    let big_html = format!("<html><body><p>{}</p></body></html>", "word ".repeat(500));
    let ok = "<html><body><article><p>This small page is fine and has a sentence or two of text in it.</p></article></body></html>";
    let mut data = Vec::new();
    let http = |status: &str, body: &str| {
        format!("HTTP/1.1 {status}\r\nContent-Type: text/html\r\n\r\n{body}").into_bytes()
    };
    let ct = "application/http; msgtype=response";
    data.extend(warc_record(
        "response",
        "https://x.example/big",
        ct,
        &http("200 OK", &big_html),
    ));
    data.extend(warc_record(
        "response",
        "https://x.example/moved",
        ct,
        &http("301 Moved", ""),
    ));
    data.extend(warc_record(
        "response",
        "https://x.example/ok",
        ct,
        &http("200 OK", ok),
    ));
    let chunked = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{ok}\r\n0\r\n\r\n",
        ok.len()
    );
    data.extend(warc_record(
        "response",
        "https://x.example/chunked",
        ct,
        chunked.as_bytes(),
    ));
    let opts = ReadOptions {
        max_bytes: 1000,
        ..ReadOptions::default()
    };
    let (records, reader) = extract_warc("limits", &data, opts);
    assert_eq!(
        url_statuses(&records),
        [
            ("https://x.example/big", Status::Error),
            ("https://x.example/ok", Status::Ok),
            ("https://x.example/chunked", Status::Ok),
        ]
    );
    assert_eq!(
        records[0].error.as_ref().map(|e| e.kind.as_str()),
        Some("too-large")
    );
    assert!(!records[2].text.contains("\r\n0"), "chunk framing removed");
    assert_eq!(records[1].text, records[2].text);
    let stats = reader.stats();
    assert_eq!(stats.skipped(), 1);
}

#[test]
fn compressed_responses_are_decoded() {
    let page = "<html><body><article><h1>Compressed</h1><p>This response body was compressed by the server and stored so in the archive, as wget and browser-based crawlers store it.</p></article></body></html>";
    let zstd = ruzstd::encoding::compress_to_vec(
        page.as_bytes(),
        ruzstd::encoding::CompressionLevel::Fastest,
    );
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&zstd).expect("gzip");
    let http = |encoding: &str, body: &[u8]| {
        let mut r = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: {encoding}\r\n\r\n"
        )
        .into_bytes();
        r.extend_from_slice(body);
        r
    };
    let ct = "application/http; msgtype=response";
    let mut data = Vec::new();
    for (url, block) in [
        ("https://x.example/zstd", http("zstd", &zstd)),
        (
            "https://x.example/stacked",
            http("zstd, gzip", &gz.finish().expect("gzip")),
        ),
        // Stored decoded, header kept.
        ("https://x.example/decoded", http("gzip", page.as_bytes())),
        ("https://x.example/lzw", http("compress", b"\x1f\x9d")),
    ] {
        data.extend(warc_record("response", url, ct, &block));
    }
    let (records, _) = extract_warc("encodings", &data, ReadOptions::default());
    assert_eq!(
        url_statuses(&records),
        [
            ("https://x.example/zstd", Status::Ok),
            ("https://x.example/stacked", Status::Ok),
            ("https://x.example/decoded", Status::Ok),
            ("https://x.example/lzw", Status::Error),
        ]
    );
    for r in &records[..3] {
        assert!(
            r.text.contains("compressed by the server"),
            "{:?}",
            r.source.url
        );
    }
    let error = records[3].error.as_ref().expect("error");
    assert!(
        error
            .message
            .contains("unsupported content-encoding compress"),
        "{}",
        error.message
    );
}

#[test]
fn windows_keep_input_order() {
    let pages: Vec<Page> = (0..10)
        .map(|i| {
            let html = format!("<html><body><article><p>Page number {i} has a paragraph of body text that is long enough.</p></article></body></html>");
            Page::from_bytes(html.into_bytes(), Source::from_path(format!("p{i}")))
        })
        .collect();
    let ex = Extractor::new(Options::default());
    let windows: Vec<Vec<Article>> = ex
        .windows(pages.into_iter(), BatchOptions { window: 4, jobs: 2 })
        .collect();
    assert_eq!(windows.iter().map(Vec::len).collect::<Vec<_>>(), [4, 4, 2]);
    let paths: Vec<String> = windows
        .iter()
        .flatten()
        .map(|a| a.source.path.clone().unwrap_or_default())
        .collect();
    assert_eq!(paths, (0..10).map(|i| format!("p{i}")).collect::<Vec<_>>());
}

#[test]
fn archives_cut_anywhere_never_panic_and_keep_earlier_records() {
    let gz = std::fs::read(fixture("sample.warc.gz")).expect("fixture");
    let plain = gunzip(&gz);
    let (full, _) = read_all(&[fixture("sample.warc.gz")], ReadOptions::default());
    let dir = tmpdir("cuts");
    for (name, data, step) in [("cut.warc", &plain, 331), ("cut.warc.gz", &gz, 97)] {
        let path = dir.join(name);
        // From where the content can be sniffed as an archive.
        for cut in (64..data.len()).step_by(step) {
            std::fs::write(&path, &data[..cut]).expect("write");
            let (pages, _) = read_all(std::slice::from_ref(&path), ReadOptions::default());
            let errors = pages
                .iter()
                .filter(|p| matches!(p.body, unboil::Body::Error(_)))
                .count();
            assert!(errors <= 1, "{name} cut at {cut}: {errors} errors");
            // Every page before the error is one of the archive's pages, in order.
            for (p, f) in pages.iter().zip(&full) {
                if matches!(p.body, unboil::Body::Error(_)) {
                    break;
                }
                assert_eq!(p.source.url, f.source.url, "{name} cut at {cut}");
            }
        }
    }
}
