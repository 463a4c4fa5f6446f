//! The seed pages, run through the built binary in text mode: every field
//! the project promises for them, checked exactly.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/seeds")
        .join(name)
}

/// Run the binary on one file with `--format json` (plus `extra` flags).
fn run(path: &Path, extra: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_unboil"))
        .args(["--format", "json", "--quiet"])
        .args(extra)
        .arg(path)
        .output()
        .expect("the unboil binary runs");
    assert!(
        out.status.success(),
        "unboil failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the output is one JSON record")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("an array")
        .iter()
        .map(|s| s.as_str().expect("a string").to_string())
        .collect()
}

/// Blocks as (type, text) pairs.
fn blocks(rec: &Value) -> Vec<(String, String)> {
    rec["blocks"]
        .as_array()
        .expect("blocks")
        .iter()
        .map(|b| {
            (
                b["type"].as_str().unwrap_or("").to_string(),
                b["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

const SEED_001: &str = "001_f97106eabed75b0c.txt";
const SEED_000: &str = "000_5914dc69c8082891.txt";

/// The expected body of seed 001, read from the input itself: the blocks
/// between the byline and the closing call to action, with the three
/// subheadings as level-2 headings and every character as in the input.
fn expected_001_body(input: &str) -> Vec<(String, String)> {
    let headings = [
        "A Constructive Dialogue",
        "Focus on Civilian Protections",
        "Context: A New Opening for Diplomacy?",
    ];
    let parts: Vec<&str> = input
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let first = parts
        .iter()
        .position(|p| p.starts_with("Russian President Vladimir Putin"))
        .expect("the lede is in the input");
    let last = parts.len() - 1;
    assert_eq!(parts[last], "SCROLL FOR NEXT");
    parts[first..last]
        .iter()
        .map(|p| {
            let kind = if headings.contains(p) {
                "heading"
            } else {
                "paragraph"
            };
            (kind.to_string(), p.to_string())
        })
        .collect()
}

#[test]
fn seed_001_headline_metadata_and_body() {
    let path = seed(SEED_001);
    let input = std::fs::read_to_string(&path).expect("seed is readable");
    let rec = run(&path, &[]);
    assert_eq!(rec["status"], "ok");
    assert_eq!(
        rec["title"],
        "Putin Open to Ukraine Talks, No Preconditions Required"
    );
    assert_eq!(
        rec["subtitle"],
        "Putin Signals Openness to Ukraine Talks Without Preconditions"
    );
    assert_eq!(strings(&rec["authors"]), vec!["Youp"]);
    assert_eq!(
        strings(&rec["categories"]),
        vec!["Kremlin", "Russia Ukraine War"]
    );
    let expected = expected_001_body(&input);
    assert_eq!(expected.len(), 13, "10 paragraphs and 3 headings");
    assert_eq!(blocks(&rec), expected);
    for b in rec["blocks"].as_array().unwrap_or(&Vec::new()) {
        if b["type"] == "heading" {
            assert_eq!(b["level"], 2);
        }
    }
    let text = rec["text"].as_str().expect("text");
    assert!(!text.contains("SCROLL FOR NEXT"));
    // Every kept character is as in the input: the text is the blocks joined.
    let joined: Vec<String> = expected.iter().map(|(_, t)| t.clone()).collect();
    assert_eq!(text, joined.join("\n\n"));
    assert!(rec.get("removed").is_none(), "removed only with --explain");
}

#[test]
fn seed_001_explains_the_call_to_action() {
    let rec = run(&seed(SEED_001), &["--explain"]);
    let removed = rec["removed"].as_array().expect("removed with --explain");
    let cta: Vec<&Value> = removed
        .iter()
        .filter(|r| r["text"] == "SCROLL FOR NEXT")
        .collect();
    assert_eq!(cta.len(), 1, "{removed:?}");
    assert_eq!(cta[0]["reason"], "call-to-action");
    // The metadata lines are metadata, not debris.
    for r in removed {
        let t = r["text"].as_str().unwrap_or("");
        assert!(!t.contains("Putin"), "metadata removed as debris: {t}");
    }
}

#[test]
fn seed_000_clean_article_passes_through() {
    let path = seed(SEED_000);
    let input = std::fs::read_to_string(&path).expect("seed is readable");
    let paragraphs: Vec<(String, String)> = input
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| ("paragraph".to_string(), l.trim().to_string()))
        .collect();
    assert_eq!(paragraphs.len(), 8);
    for extra in [&[][..], &["--explain"][..]] {
        let rec = run(&path, extra);
        assert_eq!(rec["status"], "ok");
        assert_eq!(rec["title"], Value::Null);
        assert_eq!(rec["subtitle"], Value::Null);
        assert!(strings(&rec["authors"]).is_empty());
        assert!(strings(&rec["categories"]).is_empty());
        assert_eq!(blocks(&rec), paragraphs);
        if !extra.is_empty() {
            assert_eq!(rec["removed"], serde_json::json!([]), "nothing removed");
        }
    }
}
