//! HTML main-content extraction.

use crate::extraction::Extraction;
use crate::Options;

/// Extract the main content and metadata of an HTML document.
pub fn extract(html: &str, _page_url: Option<&str>, _opts: &Options) -> Extraction {
    let doc = scraper::Html::parse_document(html);
    let mut ex = Extraction {
        meta: crate::meta::html::from_document(&doc, _page_url),
        ..Extraction::default()
    };
    if let Ok(sel) = scraper::Selector::parse("p") {
        for p in doc.select(&sel) {
            let text: String = p.text().collect();
            ex.blocks.push(crate::Block::Paragraph { text });
        }
    }
    ex
}
