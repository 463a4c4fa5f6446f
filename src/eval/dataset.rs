//! Evaluation datasets: layout detection and loading of the ground truth.
//!
//! * WCXB: `html/NNNN.html.gz` (or `.html`), `ground-truth/NNNN.json`, and
//!   optionally `metadata.json` with `files → id → page_type`.
//! * trafilatura-eval: `pages/*.html.gz` and `evaldata.json` mapping
//!   URL → `{file, with[], without[]}`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, Result};

/// Which layout a dataset directory has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    Wcxb,
    TrafilaturaEval,
}

/// Ground truth of a WCXB page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MainTextTruth {
    pub main_content: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub publish_date: Option<String>,
}

/// Ground truth of a trafilatura-eval page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SnippetTruth {
    pub with: Vec<String>,
    pub without: Vec<String>,
}

/// What a page is scored against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Truth {
    MainText(MainTextTruth),
    Snippets(SnippetTruth),
}

/// One page of a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Identifier used in predictions (WCXB: file id; trafilatura-eval: file
    /// name without `.html.gz`).
    pub id: String,
    /// The page's input file: its HTML, or a rendering given with
    /// [`Dataset::use_inputs`] (may be missing; reading it then fails).
    pub html: PathBuf,
    /// The page URL from the ground truth, when known.
    pub url: Option<String>,
    /// Page type (WCXB), when known.
    pub page_type: Option<String>,
    pub truth: Truth,
}

/// A loaded dataset, pages sorted by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    pub root: PathBuf,
    pub layout: Layout,
    pub pages: Vec<Page>,
}

fn format_err(what: &Path, message: impl Into<String>) -> Error {
    Error::Format {
        what: what.display().to_string(),
        message: message.into(),
    }
}

fn read_json(path: &Path) -> Result<Value> {
    let raw = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    serde_json::from_slice(&raw).map_err(|e| format_err(path, e.to_string()))
}

/// A JSON string field, `None` when null, missing or not a string.
fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// A metadata field of the truth: `None` when null or blank (a blank value
/// says "none", like null, and is not counted in metadata accuracy).
fn truth_field(v: &Value, key: &str) -> Option<String> {
    str_field(v, key).filter(|s| !s.trim().is_empty())
}

/// A JSON array of strings (non-strings skipped).
fn str_list(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Detect the layout of a dataset directory.
pub fn detect_layout(root: &Path) -> Result<Layout> {
    if root.join("ground-truth").is_dir() && root.join("html").is_dir() {
        Ok(Layout::Wcxb)
    } else if root.join("evaldata.json").is_file() && root.join("pages").is_dir() {
        Ok(Layout::TrafilaturaEval)
    } else {
        Err(format_err(
            root,
            "not a dataset: expected html/ + ground-truth/ (WCXB) or pages/ + evaldata.json (trafilatura-eval)",
        ))
    }
}

impl Dataset {
    /// Detect the layout of `root` and load its ground truth.
    pub fn load(root: &Path) -> Result<Dataset> {
        let layout = detect_layout(root)?;
        let mut pages = match layout {
            Layout::Wcxb => load_wcxb(root)?,
            Layout::TrafilaturaEval => load_trafilatura(root)?,
        };
        pages.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Dataset {
            root: root.to_path_buf(),
            layout,
            pages,
        })
    }

    /// Read each page's input from `dir/<id>.<ext>` instead of its HTML (for
    /// example text renderings of the pages, scored against the same truth).
    /// A page whose file is missing fails like a missing HTML file.
    pub fn use_inputs(&mut self, dir: &Path, ext: &str) {
        for p in &mut self.pages {
            p.html = dir.join(format!("{}.{ext}", p.id));
        }
    }

    /// Keep only pages of type `page_type` (if given), then the first `limit`.
    pub fn select(&mut self, page_type: Option<&str>, limit: Option<usize>) {
        if let Some(t) = page_type {
            self.pages.retain(|p| p.page_type.as_deref() == Some(t));
        }
        if let Some(n) = limit {
            self.pages.truncate(n);
        }
    }
}

/// Page types from `metadata.json` (`files → id → page_type`), if present.
fn wcxb_metadata_types(root: &Path) -> Result<BTreeMap<String, String>> {
    let path = root.join("metadata.json");
    if !path.is_file() {
        return Ok(BTreeMap::new());
    }
    let v = read_json(&path)?;
    let mut out = BTreeMap::new();
    if let Some(files) = v.get("files").and_then(Value::as_object) {
        for (id, entry) in files {
            if let Some(t) = str_field(entry, "page_type") {
                out.insert(id.clone(), t);
            }
        }
    }
    Ok(out)
}

fn load_wcxb(root: &Path) -> Result<Vec<Page>> {
    let types = wcxb_metadata_types(root)?;
    let gt_dir = root.join("ground-truth");
    let entries = std::fs::read_dir(&gt_dir).map_err(|e| Error::io(&gt_dir, e))?;
    let mut pages = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&gt_dir, e))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        let Some(id) = name.strip_suffix(".json") else {
            continue;
        };
        if id.starts_with('.') {
            continue;
        }
        let v = read_json(&path)?;
        let gt = v.get("ground_truth").unwrap_or(&Value::Null);
        let truth = MainTextTruth {
            main_content: str_field(gt, "main_content").unwrap_or_default(),
            title: truth_field(gt, "title"),
            author: truth_field(gt, "author"),
            publish_date: truth_field(gt, "publish_date"),
        };
        let gt_type = v
            .pointer("/_internal/page_type/primary")
            .and_then(Value::as_str)
            .map(str::to_string);
        let gz = root.join("html").join(format!("{id}.html.gz"));
        let plain = root.join("html").join(format!("{id}.html"));
        pages.push(Page {
            id: id.to_string(),
            html: if !gz.exists() && plain.exists() {
                plain
            } else {
                gz
            },
            url: str_field(&v, "url"),
            page_type: gt_type.or_else(|| types.get(id).cloned()),
            truth: Truth::MainText(truth),
        });
    }
    Ok(pages)
}

fn load_trafilatura(root: &Path) -> Result<Vec<Page>> {
    let path = root.join("evaldata.json");
    let v = read_json(&path)?;
    let Some(map) = v.as_object() else {
        return Err(format_err(
            &path,
            "expected an object mapping URL to entries",
        ));
    };
    let mut pages = Vec::new();
    for (url, item) in map {
        let Some(file) = str_field(item, "file") else {
            return Err(format_err(&path, format!("{url}: no \"file\"")));
        };
        let id = file
            .strip_suffix(".html.gz")
            .or_else(|| file.strip_suffix(".gz"))
            .or_else(|| file.strip_suffix(".html"))
            .unwrap_or(&file)
            .to_string();
        pages.push(Page {
            id,
            html: root.join("pages").join(&file),
            url: Some(url.clone()),
            page_type: None,
            truth: Truth::Snippets(SnippetTruth {
                with: str_list(item, "with"),
                without: str_list(item, "without"),
            }),
        });
    }
    Ok(pages)
}
