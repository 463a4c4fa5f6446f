//! Metadata from an HTML document: JSON-LD, OpenGraph and meta tags,
//! `<title>`/`<h1>`, `<time>`, bylines.

use scraper::{Html, Selector};

use super::Metadata;

/// Collect metadata from a parsed document.
pub fn from_document(doc: &Html, _page_url: Option<&str>) -> Metadata {
    Metadata {
        title: first_text(doc, "title"),
        language: attr(doc, "html", "lang"),
        ..Metadata::default()
    }
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    let sel = Selector::parse(css).ok()?;
    let el = doc.select(&sel).next()?;
    let t: String = el.text().collect();
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn attr(doc: &Html, css: &str, name: &str) -> Option<String> {
    let sel = Selector::parse(css).ok()?;
    let v = doc.select(&sel).next()?.value().attr(name)?.trim();
    (!v.is_empty()).then(|| v.to_string())
}
