//! Raw scraped text: classify lines and blocks, keep the article.

use crate::extraction::Extraction;
use crate::Options;

/// Extract an article from raw text.
pub fn extract(text: &str, _opts: &Options) -> Extraction {
    let mut ex = Extraction::default();
    for para in text.split("\n\n") {
        ex.blocks.push(crate::Block::Paragraph {
            text: para.to_string(),
        });
    }
    ex
}
