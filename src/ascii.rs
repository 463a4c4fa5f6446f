//! Case-insensitive ASCII matching, shared by the scans that test class
//! names, attributes and raw markup on every element or tag.

use std::borrow::Cow;

use aho_corasick::AhoCorasick;

/// An ASCII byte that `char::is_whitespace` calls white space: a space, or
/// tab to carriage return (vertical tab included, which
/// `u8::is_ascii_whitespace` leaves out).
pub(crate) fn is_space_byte(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

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

/// The runs of word characters of `s`, as
/// `s.split(|c| !is_word(c)).filter(|w| !w.is_empty())` gives them, for a
/// test `is_word` that takes the ASCII letters and digits and no other
/// ASCII character: ASCII bytes are tested as bytes, eight at a time inside
/// a word, and only other characters are decoded and asked.
pub(crate) fn word_runs(s: &str, is_word: fn(char) -> bool) -> WordRuns<'_> {
    WordRuns { s, at: 0, is_word }
}

/// The iterator of [`word_runs`].
pub struct WordRuns<'a> {
    s: &'a str,
    at: usize,
    is_word: fn(char) -> bool,
}

impl<'a> Iterator for WordRuns<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.s.as_bytes();
        let mut i = self.at;
        // (The character at `i` when it is not ASCII.)
        let char_at = |i: usize| self.s.get(i..).and_then(|rest| rest.chars().next());
        loop {
            let b = *bytes.get(i)?;
            if b.is_ascii_alphanumeric() {
                break;
            }
            if b.is_ascii() {
                i += 1;
                continue;
            }
            let c = char_at(i)?;
            if (self.is_word)(c) {
                break;
            }
            i += c.len_utf8();
        }
        let start = i;
        while let Some(&b) = bytes.get(i) {
            // (Eight ASCII bytes at a time: the run ends at the first that
            // is no letter or digit.)
            if let Some(x) = swar::ascii_chunk(bytes, i) {
                let other = !swar::alphanumeric_bytes(x) & swar::HIGH_BITS;
                if other == 0 {
                    i += 8;
                    continue;
                }
                i += (other.trailing_zeros() / 8) as usize;
                break;
            }
            if b.is_ascii_alphanumeric() {
                i += 1;
            } else if b.is_ascii() {
                break;
            } else {
                match char_at(i) {
                    Some(c) if (self.is_word)(c) => i += c.len_utf8(),
                    _ => break,
                }
            }
        }
        self.at = i;
        self.s.get(start..i)
    }
}

/// Eight bytes at a time (SWAR): the flag of a byte is its high bit.
pub(crate) mod swar {
    /// The lowest bit of every byte.
    pub(crate) const LOW_BITS: u64 = 0x0101_0101_0101_0101;
    /// The highest bit of every byte.
    pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

    /// The eight bytes at `i` as one word (first byte lowest), if there are
    /// eight and all are ASCII.
    pub(crate) fn ascii_chunk(bytes: &[u8], i: usize) -> Option<u64> {
        let chunk = bytes.get(i..i + 8)?;
        let x = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).ok()?);
        (x & HIGH_BITS == 0).then_some(x)
    }

    /// The high bit of each zero byte of `v`, exactly (no borrow between bytes).
    pub(crate) fn zero_bytes(v: u64) -> u64 {
        !(((v & !HIGH_BITS) + !HIGH_BITS) | v) & HIGH_BITS
    }

    /// The high bit of each byte of ASCII `x` equal to `c`.
    pub(crate) fn bytes_equal(x: u64, c: u8) -> u64 {
        zero_bytes(x ^ (LOW_BITS * u64::from(c)))
    }

    /// The high bit of each byte of ASCII `x` at least `c` (1..=0x80): no
    /// byte carries into the next, as every byte is below 0x80.
    pub(crate) fn bytes_at_least(x: u64, c: u8) -> u64 {
        (x + LOW_BITS * u64::from(0x80u8.saturating_sub(c))) & HIGH_BITS
    }

    /// The high bit of each byte of ASCII `x` in `lo..=hi` (`hi` below 0x7F).
    pub(crate) fn bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
        bytes_at_least(x, lo) & !bytes_at_least(x, hi + 1)
    }

    /// The high bit of each ASCII letter or digit of ASCII `x`.
    pub(crate) fn alphanumeric_bytes(x: u64) -> u64 {
        // Setting bit 5 lower-cases letters and moves no other byte into a..z.
        bytes_in(x, b'0', b'9') | bytes_in(x | (LOW_BITS * 0x20), b'a', b'z')
    }

    /// The sum of the eight bytes of `v` (at most 8 * 255: fits the top 16 bits).
    pub(crate) fn sum_of_bytes(v: u64) -> u32 {
        const EVEN_BYTES: u64 = 0x00FF_00FF_00FF_00FF;
        let pairs = (v & EVEN_BYTES) + ((v >> 8) & EVEN_BYTES);
        (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn swar_flags_agree_with_byte_tests_on_every_ascii_byte() {
        for b in 0u8..0x80 {
            // The byte in each of the eight lanes, among other bytes.
            for lane in 0..8 {
                let mut chunk = *b"x-.9 Z\t~";
                chunk[lane] = b;
                let x = swar::ascii_chunk(&chunk, 0).expect("ascii");
                let bit = |flags: u64| flags >> (8 * lane + 7) & 1 == 1;
                assert_eq!(
                    bit(swar::alphanumeric_bytes(x)),
                    b.is_ascii_alphanumeric(),
                    "{b:#x}"
                );
                assert_eq!(
                    bit(swar::bytes_in(x, 0x09, 0x0D)),
                    (0x09..=0x0D).contains(&b),
                    "{b:#x}"
                );
                assert_eq!(bit(swar::bytes_equal(x, b'-')), b == b'-', "{b:#x}");
            }
        }
        assert_eq!(swar::ascii_chunk("abcdefg\u{e9}".as_bytes(), 0), None);
        assert_eq!(swar::ascii_chunk(b"short", 0), None);
        assert_eq!(swar::sum_of_bytes(u64::from_le_bytes([255; 8])), 8 * 255);
    }

    proptest! {
        #[test]
        fn contains_ignore_case_agrees_with_lowercasing(hay in "[a-cA-C -]{0,40}", needle in "[a-cA-C-]{0,4}") {
            let expected = hay.to_ascii_lowercase().contains(&needle.to_ascii_lowercase());
            prop_assert_eq!(contains_ignore_case(hay.as_bytes(), needle.as_bytes()), expected);
        }
    }
}
