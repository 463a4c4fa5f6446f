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
}
pub mod authors;
pub mod dates;
pub mod html;
pub mod jsonld;
pub mod language;
pub mod title;
pub mod url;
