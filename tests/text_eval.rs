//! `unboil eval --input text --inputs DIR`: pages read from text renderings
//! in text mode, scored against the dataset's truth.

use std::path::{Path, PathBuf};
use std::process::Command;

use unboil::eval::{self, Dataset};
use unboil::{Extractor, InputKind, Status};

/// A fresh, empty scratch directory for this test process.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("unboil-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

const BODY: &str = "The river rose by two metres overnight, and the town council opened the old school as a shelter for the families who had to leave their homes.\n\nVolunteers brought blankets and food, and the mayor said the water should fall again by the end of the week if the rain stops.";

/// A one-page WCXB dataset whose HTML says nothing useful, and a text
/// rendering of the page with navigation around the article.
fn dataset(root: &Path) -> PathBuf {
    std::fs::create_dir_all(root.join("html")).expect("mkdir");
    std::fs::create_dir_all(root.join("ground-truth")).expect("mkdir");
    std::fs::write(
        root.join("html/0001.html"),
        "<html><body><p>Nothing here.</p></body></html>",
    )
    .expect("write html");
    let truth = serde_json::json!({
        "url": "https://example.org/flood",
        "ground_truth": {"main_content": format!("River floods the town\n\n{BODY}"),
            "title": "River floods the town", "author": null, "publish_date": "2024-03-05"},
        "_internal": {"page_type": {"primary": "article"}}
    });
    std::fs::write(root.join("ground-truth/0001.json"), truth.to_string()).expect("write truth");
    let texts = root.join("txt");
    std::fs::create_dir_all(&texts).expect("mkdir");
    std::fs::write(
        texts.join("0001.txt"),
        format!("Home\nNews\nSport\nWeather\nRiver floods the town\nMarch 5, 2024\n{}\nShare on Facebook\nSubscribe to our newsletter\n", BODY.replace("\n\n", "\n")),
    )
    .expect("write rendering");
    texts
}

#[test]
fn text_inputs_replace_the_html() {
    let root = scratch("text-eval");
    let texts = dataset(&root);
    let mut ds = Dataset::load(&root).expect("dataset loads");
    let html = eval::evaluate(&ds, &Extractor::new(eval::eval_options()), 1);
    ds.use_inputs(&texts, "txt");
    assert_eq!(ds.pages[0].html, texts.join("0001.txt"));
    let text = eval::evaluate(
        &ds,
        &Extractor::new(eval::eval_options_for(InputKind::Text)),
        1,
    );
    let p = &text.pages[0];
    assert_eq!(p.status, Status::Ok);
    let f1 = p.wcxb.expect("scored").f1;
    assert!(f1 > 0.95, "text mode F1 {f1}");
    assert!(f1 > html.pages[0].wcxb.expect("scored").f1);
    assert_eq!(p.title_match, Some(true));
    assert_eq!(p.date_match, Some(true));
    assert!(!text.pages[0].text.contains("newsletter"));
}

#[test]
fn missing_rendering_is_an_error_record() {
    let root = scratch("text-eval-missing");
    dataset(&root);
    let mut ds = Dataset::load(&root).expect("dataset loads");
    ds.use_inputs(&root.join("nowhere"), "txt");
    let r = eval::evaluate(
        &ds,
        &Extractor::new(eval::eval_options_for(InputKind::Text)),
        1,
    );
    assert_eq!(r.pages[0].status, Status::Error);
}

#[test]
fn cli_needs_inputs_for_text_mode() {
    let root = scratch("text-eval-cli");
    let texts = dataset(&root);
    let bin = env!("CARGO_BIN_EXE_unboil");
    let bad = Command::new(bin)
        .args(["eval", "--input", "text"])
        .arg(&root)
        .output()
        .expect("run");
    assert!(!bad.status.success());
    let ok = Command::new(bin)
        .args(["eval", "--input", "text", "--inputs"])
        .arg(&texts)
        .arg(&root)
        .output()
        .expect("run");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let out = String::from_utf8_lossy(&ok.stdout);
    assert!(out.contains("input: text mode on"), "{out}");
}
