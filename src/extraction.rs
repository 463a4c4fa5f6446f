//! The stage between a decoded document and the record: cleaned blocks plus
//! metadata, before Unicode and whitespace normalization.

use crate::meta::Metadata;
use crate::record::{Block, Removed};

/// What an HTML or text extractor produces for one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    /// Article metadata found in the document.
    pub meta: Metadata,
    /// Main-content blocks in reading order.
    pub blocks: Vec<Block>,
    /// Dropped pieces with the reason (filled only when explaining).
    pub removed: Vec<Removed>,
}
