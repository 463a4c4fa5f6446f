//! Article metadata: the fields of the record besides the body.

use std::collections::BTreeMap;

/// Metadata fields as found in a document, before normalization.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub authors: Vec<String>,
    /// RFC 3339 date-time, or a bare `YYYY-MM-DD` date.
    pub published: Option<String>,
    pub modified: Option<String>,
    pub site_name: Option<String>,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
    /// BCP 47 primary language tag, e.g. `en`.
    pub language: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    /// Detected page type (see `Article::page_type`).
    pub page_type: Option<String>,
    /// Field name → source it came from (e.g. `"title"` → `"og:title"`).
    pub sources: BTreeMap<String, String>,
    /// A JSON-LD `Product`'s description: body text for a product page whose
    /// markup hides it (not a record field).
    pub product_description: Option<String>,
    /// The authors come from the page's structured metadata (JSON-LD, meta
    /// tags, RDFa, microdata), not from a byline in its text (not a record
    /// field).
    pub authors_declared: bool,
    /// The person a personal site is named after (`janedoe.com`, titled
    /// "Post | Jane Doe"): the author of its articles that name no other
    /// (not a record field).
    pub site_owner: Option<String>,
}
impl Metadata {
    /// Whether the named record field holds a value (an unknown name holds none).
    pub fn is_filled(&self, field: &str) -> bool {
        let some = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
        match field {
            "title" => some(&self.title),
            "subtitle" => some(&self.subtitle),
            "authors" => !self.authors.is_empty(),
            "published" => some(&self.published),
            "modified" => some(&self.modified),
            "site_name" => some(&self.site_name),
            "categories" => !self.categories.is_empty(),
            "tags" => !self.tags.is_empty(),
            "language" => some(&self.language),
            "url" => some(&self.url),
            "description" => some(&self.description),
            "image" => some(&self.image),
            "page_type" => some(&self.page_type),
            _ => false,
        }
    }

    /// Name `source` as where the named field's value came from, when it
    /// holds one (a pass that found nothing leaves the record's provenance
    /// alone).
    pub fn credit(&mut self, field: &str, source: &str) {
        if self.is_filled(field) {
            self.sources.insert(field.to_string(), source.to_string());
        }
    }

    /// Like [`Metadata::credit`], but a list field keeps the source of
    /// whatever filled it first.
    pub fn credit_first(&mut self, field: &str, source: &str) {
        if !self.sources.contains_key(field) {
            self.credit(field, source);
        }
    }
}

pub mod authors;
pub mod dates;
pub mod html;
pub mod jsonld;
pub mod language;
pub mod title;
pub mod url;
