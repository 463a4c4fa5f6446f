//! End-to-end tests of the `unboil` binary: formats, inputs, errors, exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn unboil() -> Command {
    Command::new(env!("CARGO_BIN_EXE_unboil"))
}

fn tmpdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("unboil-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

const ARTICLE: &str = "<html><head><title>Test page</title></head><body>\
<article><h1>Test page</h1><p>The first paragraph of the article body carries enough words to count as content here.</p>\
<p>The second paragraph continues the story with more words, commas, and a full stop.</p></article></body></html>";

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = unboil()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("stdin written");
    child.wait_with_output().expect("binary finishes")
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).expect("stdout is one JSON document")
}

#[test]
fn stdin_gives_one_pretty_json_record() {
    let out = run_with_stdin(&["-"], ARTICLE.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    assert_eq!(v["schema"], "unboil/1");
    assert_eq!(v["status"], "ok");
    assert_eq!(v["source"]["kind"], "html");
    assert_eq!(v["source"]["path"], "-");
    assert!(v["text"]
        .as_str()
        .is_some_and(|t| t.contains("second paragraph")));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\n  \"status\""),
        "pretty printed"
    );
}

#[test]
fn several_inputs_default_to_jsonl_and_a_missing_one_does_not_stop_the_run() {
    let dir = tmpdir("several");
    std::fs::write(dir.join("a.html"), ARTICLE).expect("write");
    std::fs::write(
        dir.join("b.txt"),
        "Plain words.\n\nA second plain paragraph of text.\n",
    )
    .expect("write");
    let missing = dir.join("missing.html");
    let out = unboil()
        .arg(dir.join("a.html"))
        .arg(&missing)
        .arg(dir.join("b.txt"))
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "an input failed, so exit code 1"
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| json(l.as_bytes())).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["status"], "ok");
    assert_eq!(lines[1]["status"], "error");
    assert_eq!(lines[1]["error"]["kind"], "io");
    assert_eq!(lines[2]["status"], "ok");
    assert_eq!(lines[2]["source"]["kind"], "text");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("missing.html"),
        "error names the input: {stderr}"
    );
    assert!(
        stderr.contains("3 pages: 2 ok, 0 empty, 1 error"),
        "summary: {stderr}"
    );
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let dir = tmpdir("jobs");
    for i in 0..12 {
        let page = ARTICLE.replace("Test page", &format!("Page number {i}"));
        std::fs::write(dir.join(format!("p{i:02}.html")), page).expect("write");
    }
    let run = |jobs: &str| {
        let out = unboil()
            .args(["-q", "-j", jobs])
            .arg(&dir)
            .output()
            .expect("runs");
        assert!(out.status.success());
        out.stdout
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("5"));
    assert_eq!(String::from_utf8_lossy(&one).lines().count(), 12);
}

#[test]
fn forced_input_kind_and_other_formats() {
    let out = run_with_stdin(&["--input", "text", "--format", "json"], ARTICLE.as_bytes());
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(r#""kind": "text""#),
        "read as text (its stray tags are stripped by text mode)"
    );

    let out = run_with_stdin(&["--format", "markdown"], ARTICLE.as_bytes());
    assert!(out.status.success());
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("The first paragraph"), "{md}");
}

#[test]
fn too_large_input_becomes_an_error_record() {
    let out = run_with_stdin(&["--max-bytes", "10"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out.stdout);
    assert_eq!(v["status"], "error");
    assert_eq!(v["error"]["kind"], "too-large");
}

#[test]
fn explain_adds_removed_and_plain_run_does_not() {
    let out = run_with_stdin(&[], ARTICLE.as_bytes());
    assert!(json(&out.stdout).get("removed").is_none());
    let out = run_with_stdin(&["--explain"], ARTICLE.as_bytes());
    assert!(json(&out.stdout)["removed"].is_array());
}

#[test]
fn bad_flag_is_a_usage_error() {
    let out = unboil().arg("--no-such-flag").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn fixtures_command_reports_new_changed_and_blesses_on_request() {
    let dir = tmpdir("fixtures");
    std::fs::write(
        dir.join("one.txt"),
        "A clean paragraph of plain text that stays.\n",
    )
    .expect("write");
    let check = |extra: &[&str]| {
        unboil()
            .args(["fixtures", "check"])
            .arg(&dir)
            .args(extra)
            .output()
            .expect("runs")
    };
    let out = check(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 new"));
    assert!(!dir.join("one.json").exists(), "check alone never writes");

    let out = check(&["--bless"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(dir.join("one.json").exists());
    assert_eq!(check(&[]).status.code(), Some(0));

    std::fs::write(
        dir.join("one.txt"),
        "A different paragraph of plain text now.\n",
    )
    .expect("write");
    let out = check(&[]);
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("changed:"), "{report}");
    assert!(
        report.contains("-  \"text\": \"A clean paragraph"),
        "readable diff: {report}"
    );
    assert!(
        report.contains("+  \"text\": \"A different paragraph"),
        "readable diff: {report}"
    );
}

#[test]
fn output_named_gz_is_gzip_and_other_compressions_are_refused() {
    use std::io::Read;
    let dir = tmpdir("gzout");
    let page = dir.join("page.html");
    std::fs::write(&page, ARTICLE).expect("write");
    let p = page.to_str().expect("utf-8 path");
    let plain = run_with_stdin(&["-f", "jsonl", p], b"");
    assert!(plain.status.success());
    let gz = dir.join("records.jsonl.gz");
    let out = run_with_stdin(&["-f", "jsonl", "-o", gz.to_str().expect("utf-8"), p], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let compressed = std::fs::read(&gz).expect("written");
    assert_eq!(compressed.get(..2), Some(&[0x1f, 0x8b][..]), "gzip magic");
    let mut records = Vec::new();
    flate2::read::GzDecoder::new(compressed.as_slice())
        .read_to_end(&mut records)
        .expect("a whole gzip stream");
    assert_eq!(records, plain.stdout);
    // A name promising zstd does not get plain JSON.
    let zst = dir.join("records.jsonl.zst");
    let out = run_with_stdin(&["-o", zst.to_str().expect("utf-8"), p], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gzip only"));
    assert!(!zst.exists());
}
