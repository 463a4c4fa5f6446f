//! Case-insensitive ASCII matching, shared by the scans that test class
//! names, attributes and raw markup on every element or tag.

use aho_corasick::AhoCorasick;

/// Whether `hay` holds `needle` in any ASCII case (for one short needle).
pub(crate) fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// A matcher for any of the words in any ASCII case, for a set of words
/// looked for in one pass (`None` only if the automaton cannot be built).
pub(crate) fn any_word_of(words: &[&str]) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(words)
        .ok()
}
