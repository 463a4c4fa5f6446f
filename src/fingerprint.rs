//! Content fingerprints: a 64-bit SimHash of a text, and order-sensitive
//! keys of its word sequence.
//!
//! Words are `\w+` runs (letters, digits, `_`), lower-cased; each character of
//! a script written without spaces (CJK, Thai, …) is a word of its own, as in
//! [`crate::normalize::word_count`]. Features of the SimHash are overlapping
//! word 3-grams. Hashing is a fixed function of the bytes (no random seed, no
//! platform-dependent width or endianness), so fingerprints are stable across
//! runs, machines and thread counts.

use crate::normalize::is_unspaced_script;

/// Words per SimHash feature (shingle).
pub const SHINGLE: usize = 3;

/// Multiplier of the FxHash word mix (rustc's hasher).
const FX_K: u64 = 0x517c_c1b7_2722_0a95;

/// The murmur3 64-bit finalizer: every input bit affects every output bit, so
/// each SimHash bit position is an unbiased vote.
pub fn fmix64(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    x
}

/// Feed each word's hash of `text` to `f`, in order (see the module doc for
/// what a word is). Nothing is allocated.
pub fn for_each_word(text: &str, mut f: impl FnMut(u64)) {
    let mut h: u64 = 0;
    let mut len: u64 = 0;
    let push = |c: char, h: &mut u64, len: &mut u64| {
        *h = (h.rotate_left(5) ^ u64::from(c)).wrapping_mul(FX_K);
        *len += 1;
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII without decoding a char: one table read tells a word byte
        // (and gives it lower-cased) from a separator.
        if b.is_ascii() {
            i += 1;
            match ASCII_WORD_BYTE[usize::from(b)] {
                0 if len > 0 => {
                    f(fmix64(h ^ len));
                    (h, len) = (0, 0);
                }
                0 => {}
                lower => push(char::from(lower), &mut h, &mut len),
            }
            continue;
        }
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        if is_unspaced_script(c) {
            if len > 0 {
                f(fmix64(h ^ len));
                (h, len) = (0, 0);
            }
            push(c, &mut h, &mut len);
            f(fmix64(h ^ len));
            (h, len) = (0, 0);
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                push(l, &mut h, &mut len);
            }
        } else if len > 0 {
            f(fmix64(h ^ len));
            (h, len) = (0, 0);
        }
    }
    if len > 0 {
        f(fmix64(h ^ len));
    }
}

/// An ASCII byte's lower-case form when it belongs to a word (a letter, a
/// digit or `_`), else 0.
static ASCII_WORD_BYTE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0u8;
    while b < 128 {
        if b.is_ascii_alphanumeric() || b == b'_' {
            t[b as usize] = b.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// An order-sensitive key of the word sequence of `text`: equal for texts
/// with the same words in the same order, whatever their case, punctuation
/// and spacing; `None` when the text has no word.
pub fn text_key(text: &str) -> Option<u64> {
    let mut key: u64 = 0;
    let mut words = 0u64;
    for_each_word(text, |w| {
        key = fmix64(key.rotate_left(23) ^ w);
        words += 1;
    });
    (words > 0).then(|| fmix64(key ^ words))
}

/// Hash of one shingle (the last `SHINGLE` word hashes, oldest first).
fn shingle_hash(words: &[u64]) -> u64 {
    words
        .iter()
        .fold(0u64, |acc, &w| fmix64(acc.rotate_left(17) ^ w))
}

/// Accumulates SimHash votes over one or more texts. Shingles do not span two
/// texts added separately.
#[derive(Debug, Clone)]
pub struct SimHasher {
    /// How many features had each bit set (flushed counts).
    ones: [u32; 64],
    /// Recent counts, 8 bits at a time: byte `k` of `lanes[j]` counts bit
    /// `8k + j` (SWAR: 8 additions per feature instead of 64).
    lanes: [u64; 8],
    /// Features in `lanes` (flushed before a byte can overflow).
    pending: u32,
    features: u32,
}

/// The lowest bit of every byte.
const LOW_BITS: u64 = 0x0101_0101_0101_0101;

impl Default for SimHasher {
    fn default() -> Self {
        SimHasher {
            ones: [0; 64],
            lanes: [0; 8],
            pending: 0,
            features: 0,
        }
    }
}

impl SimHasher {
    pub fn new() -> Self {
        SimHasher::default()
    }

    fn vote(&mut self, h: u64) {
        for (j, lane) in self.lanes.iter_mut().enumerate() {
            *lane += (h >> j) & LOW_BITS;
        }
        self.pending += 1;
        self.features = self.features.saturating_add(1);
        if self.pending == 255 {
            self.flush();
        }
    }

    fn flush(&mut self) {
        for (j, lane) in self.lanes.iter_mut().enumerate() {
            for k in 0..8 {
                if let Some(n) = self.ones.get_mut(8 * k + j) {
                    *n = n.saturating_add(((*lane >> (8 * k)) & 0xff) as u32);
                }
            }
            *lane = 0;
        }
        self.pending = 0;
    }

    /// Add the word 3-grams of `text` (a text of 1–2 words is one feature).
    pub fn add_text(&mut self, text: &str) {
        let mut window = [0u64; SHINGLE];
        let mut n = 0usize;
        for_each_word(text, |w| {
            window.rotate_left(1);
            if let Some(last) = window.last_mut() {
                *last = w;
            }
            n += 1;
            if n >= SHINGLE {
                self.vote(shingle_hash(&window));
            }
        });
        if (1..SHINGLE).contains(&n) {
            let short = window.get(SHINGLE - n..).unwrap_or(&[]);
            self.vote(shingle_hash(short));
        }
    }

    /// The fingerprint; `None` when no word was added.
    pub fn finish(&self) -> Option<u64> {
        if self.features == 0 {
            return None;
        }
        let mut done = self.clone();
        done.flush();
        // A bit is set when more features have it set than clear.
        let mut fp = 0u64;
        for (bit, &n) in done.ones.iter().enumerate() {
            if u64::from(n) * 2 > u64::from(self.features) {
                fp |= 1 << bit;
            }
        }
        Some(fp)
    }
}

/// The 64-bit SimHash of `text`; `None` when it has no word.
pub fn simhash(text: &str) -> Option<u64> {
    let mut s = SimHasher::new();
    s.add_text(text);
    s.finish()
}

/// Number of differing bits.
pub fn hamming(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// The record form of a fingerprint: 16 lower-case hex digits.
pub fn to_hex(fp: u64) -> String {
    format!("{fp:016x}")
}

/// Parse the record form back; `None` unless exactly 16 hex digits.
pub fn from_hex(s: &str) -> Option<u64> {
    (s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u64::from_str_radix(s, 16).ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The city council voted on Tuesday to extend the tram line to the \
        new housing estates in the north, ending a dispute that had lasted almost a decade \
        and divided the governing coalition. Supporters said the extension would cut \
        commuting times by half, while the opposition called the plan too expensive and \
        said that buses would have done the same job for a fraction of the cost.";

    const OTHER: &str = "Preheat the oven to 200 degrees. Whisk the eggs with sugar until \
        pale, fold in the flour and a pinch of salt, then pour the batter into a buttered \
        tin and bake for twenty-five minutes until golden. Let it cool on a rack before \
        dusting with icing sugar and serving with fresh berries and cream.";

    #[test]
    fn identical_texts_have_the_same_fingerprint() {
        assert_eq!(simhash(TEXT), simhash(TEXT));
        assert!(simhash(TEXT).is_some());
        // Case, punctuation and spacing are not words.
        assert_eq!(
            simhash(TEXT),
            simhash(&TEXT.to_uppercase().replace(',', " ;"))
        );
    }

    #[test]
    fn small_edit_moves_few_bits() {
        let edited = TEXT.replace("Tuesday", "Wednesday");
        let (a, b) = (simhash(TEXT).unwrap(), simhash(&edited).unwrap());
        assert_ne!(a, b);
        assert!(hamming(a, b) <= 8, "distance {}", hamming(a, b));
    }

    #[test]
    fn unrelated_texts_are_about_half_the_bits_apart() {
        let (a, b) = (simhash(TEXT).unwrap(), simhash(OTHER).unwrap());
        let d = hamming(a, b);
        assert!((20..=44).contains(&d), "distance {d}");
    }

    #[test]
    fn empty_and_wordless_texts_have_no_fingerprint() {
        assert_eq!(simhash(""), None);
        assert_eq!(simhash(" — !! … "), None);
        assert_eq!(text_key("  ,. "), None);
        assert!(simhash("hi").is_some());
    }

    #[test]
    fn fixed_values_do_not_depend_on_platform_or_run() {
        // Pinned: a change of the hash function changes every fingerprint
        // in users' stored records, so it must be deliberate.
        assert_eq!(
            simhash("one two three").map(to_hex).as_deref(),
            Some("cf182df7813b2f58")
        );
        // One feature: the fingerprint is that shingle's hash.
        assert_eq!(
            simhash("One, two; THREE!"),
            Some(shingle_hash(&[word("one"), word("two"), word("three")]))
        );
    }

    #[test]
    fn counting_matches_a_plain_vote_over_many_features() {
        // More than 255 features, so the byte counters are flushed.
        let text = format!("{TEXT} {OTHER} {TEXT} {OTHER} {OTHER}").repeat(3);
        let mut words = Vec::new();
        for_each_word(&text, |w| words.push(w));
        let mut votes = [0i64; 64];
        for s in words.windows(SHINGLE) {
            let h = shingle_hash(s);
            for (bit, v) in votes.iter_mut().enumerate() {
                *v += if (h >> bit) & 1 == 1 { 1 } else { -1 };
            }
        }
        assert!(words.len() > 600);
        let expected =
            votes.iter().enumerate().fold(
                0u64,
                |fp, (bit, &v)| if v > 0 { fp | (1 << bit) } else { fp },
            );
        assert_eq!(simhash(&text), Some(expected));
    }

    fn word(w: &str) -> u64 {
        let mut out = 0;
        for_each_word(w, |h| out = h);
        out
    }

    #[test]
    fn unspaced_scripts_count_each_character() {
        let mut n = 0;
        for_each_word("東京都 in Japan", |_| n += 1);
        assert_eq!(n, 5);
    }

    #[test]
    fn text_key_ignores_case_and_punctuation_but_not_order() {
        assert_eq!(text_key("Sign up — now!"), text_key("sign UP now"));
        assert_ne!(text_key("sign up now"), text_key("now sign up"));
    }

    #[test]
    fn hex_round_trips() {
        for fp in [0, 1, u64::MAX, 0x0123_4567_89ab_cdef] {
            assert_eq!(from_hex(&to_hex(fp)), Some(fp));
        }
        assert_eq!(from_hex("xyz"), None);
        assert_eq!(from_hex("+123456789abcdef"), None);
    }

    // The word split as it was before its ASCII table: every character
    // decoded.
    fn ref_words(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        let (mut h, mut len) = (0u64, 0u64);
        let push = |c: char, h: &mut u64, len: &mut u64| {
            *h = (h.rotate_left(5) ^ u64::from(c)).wrapping_mul(FX_K);
            *len += 1;
        };
        for c in text.chars() {
            let ascii_word = c.is_ascii_alphanumeric() || c == '_';
            if ascii_word {
                push(c.to_ascii_lowercase(), &mut h, &mut len);
            } else if !c.is_ascii() && is_unspaced_script(c) {
                if len > 0 {
                    out.push(fmix64(h ^ len));
                }
                (h, len) = (0, 0);
                push(c, &mut h, &mut len);
                out.push(fmix64(h ^ len));
                (h, len) = (0, 0);
            } else if !c.is_ascii() && c.is_alphanumeric() {
                c.to_lowercase().for_each(|l| push(l, &mut h, &mut len));
            } else if len > 0 {
                out.push(fmix64(h ^ len));
                (h, len) = (0, 0);
            }
        }
        if len > 0 {
            out.push(fmix64(h ^ len));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn words_match_the_char_by_char_split(text in "(\\PC|[_'\\-]|[a-zA-Z0-9 ]{1,8}){0,40}") {
            let mut words = Vec::new();
            for_each_word(&text, |w| words.push(w));
            proptest::prop_assert_eq!(words, ref_words(&text));
        }
    }
}
