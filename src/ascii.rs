//! Case-insensitive ASCII matching, shared by the scans that test class
//! names, attributes and raw markup on every element or tag.

use std::borrow::Cow;

use aho_corasick::AhoCorasick;

/// `s` lower-cased, borrowed when it is lower-case ASCII already (most
/// words and short lines the scans lower-case are).
pub(crate) fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Whether `hay` holds `needle` in any ASCII case (for one short needle):
/// candidates are found by their first byte in either case (memchr), so a
/// long haystack costs one fast pass, not a comparison per position.
pub(crate) fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let mut at = 0;
    while let Some(off) = hay
        .get(at..)
        .and_then(|h| memchr::memchr2(first.to_ascii_lowercase(), first.to_ascii_uppercase(), h))
    {
        let start = at + off;
        if hay
            .get(start + 1..start + 1 + rest.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
        {
            return true;
        }
        at = start + 1;
    }
    false
}

/// A matcher for any of the words in any ASCII case, for a set of words
/// looked for in one pass (`None` only if the automaton cannot be built).
pub(crate) fn any_word_of(words: &[&str]) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(words)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn contains_ignore_case_agrees_with_lowercasing(hay in "[a-cA-C -]{0,40}", needle in "[a-cA-C-]{0,4}") {
            let expected = hay.to_ascii_lowercase().contains(&needle.to_ascii_lowercase());
            prop_assert_eq!(contains_ignore_case(hay.as_bytes(), needle.as_bytes()), expected);
        }
    }
}
