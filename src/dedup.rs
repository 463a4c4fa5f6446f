//! Dropping repeated pages in a bulk run (`--dedup exact|near`).
//!
//! Records are offered in input order; the first of a group of duplicates is
//! kept and every later one is reported as a duplicate, so the outcome is the
//! same for any thread count. Only records with a body (status `ok`) take
//! part: empty and error records are never duplicates.
//!
//! - `exact`: the same words in the same order ([`fingerprint::text_key`] of
//!   the body `text`: case, punctuation and spacing ignored), kept as one
//!   64-bit key per page.
//! - `near`: SimHash fingerprints at most [`NEAR_DISTANCE`] bits apart, found
//!   with a [`NearIndex`] (about 24 bytes per page).

use std::collections::{HashMap, HashSet};

use crate::fingerprint;
use crate::record::{Article, Status};

/// Largest Hamming distance between the SimHashes of two near-duplicate
/// bodies: 3 of 64 bits is the usual near-duplicate bound for web pages
/// (Manku et al., 2007) and lets a 4-band index find every such pair.
pub const NEAR_DISTANCE: u32 = 3;

/// Bands of the near-duplicate index: with at most 3 differing bits, one of 4
/// bands of 16 bits is untouched, so looking up each band finds every match.
const BANDS: usize = 4;
const BAND_BITS: u32 = 64 / BANDS as u32;

/// What counts as a repeat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exact,
    Near,
}

/// SimHash fingerprints with lookup of any stored fingerprint within a
/// Hamming distance of [`NEAR_DISTANCE`] or less.
#[derive(Debug, Default, Clone)]
pub struct NearIndex {
    fingerprints: Vec<u64>,
    bands: [HashMap<u16, Vec<u32>>; BANDS],
}

/// Most fingerprints one band bucket holds. Random fingerprints spread over
/// 65,536 buckets per band; clustered ones (many near-empty pages) could pile
/// into one and make every lookup scan the run: past this, a bucket takes no
/// more, so a lookup stays bounded (a later near-duplicate of such a page is
/// then found through its other bands, or missed).
const MAX_BUCKET: usize = 4096;

fn band(fp: u64, i: usize) -> u16 {
    // Truncation keeps exactly the 16 bits of band `i`.
    (fp >> (BAND_BITS * i as u32)) as u16
}

impl NearIndex {
    pub fn new() -> Self {
        NearIndex::default()
    }

    /// Number of stored fingerprints.
    pub fn len(&self) -> usize {
        self.fingerprints.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fingerprints.is_empty()
    }

    /// The id (insertion number) of the earliest stored fingerprint within
    /// `max_distance` (at most [`NEAR_DISTANCE`]) bits of `fp`.
    pub fn find(&self, fp: u64, max_distance: u32) -> Option<usize> {
        let max_distance = max_distance.min(NEAR_DISTANCE);
        let mut best: Option<usize> = None;
        for (i, map) in self.bands.iter().enumerate() {
            for &id in map.get(&band(fp, i)).map_or(&[][..], Vec::as_slice) {
                let id = id as usize;
                if best.is_some_and(|b| b <= id) {
                    break; // ids in a bucket are ascending
                }
                let stored = self.fingerprints.get(id).copied();
                if stored.is_some_and(|s| fingerprint::hamming(s, fp) <= max_distance) {
                    best = Some(id);
                }
            }
        }
        best
    }

    /// Store `fp`; returns its id.
    pub fn insert(&mut self, fp: u64) -> usize {
        let id = self.fingerprints.len();
        self.fingerprints.push(fp);
        let id32 = u32::try_from(id).unwrap_or(u32::MAX);
        for (i, map) in self.bands.iter_mut().enumerate() {
            let bucket = map.entry(band(fp, i)).or_default();
            if bucket.len() < MAX_BUCKET {
                bucket.push(id32);
            }
        }
        id
    }

    /// The earliest stored near-duplicate of `fp`, or store `fp` (returning
    /// `None`).
    pub fn find_or_insert(&mut self, fp: u64) -> Option<usize> {
        let found = self.find(fp, NEAR_DISTANCE);
        if found.is_none() {
            self.insert(fp);
        }
        found
    }
}

/// Remembers the pages seen so far and tells whether a record repeats one.
#[derive(Debug, Clone)]
pub struct Dedup {
    mode: Mode,
    exact: HashSet<u64>,
    near: NearIndex,
}

impl Dedup {
    pub fn new(mode: Mode) -> Self {
        Dedup {
            mode,
            exact: HashSet::new(),
            near: NearIndex::new(),
        }
    }

    /// True when `rec` repeats a record offered before; otherwise it is
    /// remembered. Records without a body are never duplicates.
    pub fn is_duplicate(&mut self, rec: &Article) -> bool {
        if rec.status != Status::Ok {
            return false;
        }
        match self.mode {
            Mode::Exact => match fingerprint::text_key(&rec.text) {
                Some(key) => !self.exact.insert(key),
                None => false,
            },
            Mode::Near => {
                let fp = rec
                    .fingerprint
                    .as_deref()
                    .and_then(fingerprint::from_hex)
                    .or_else(|| fingerprint::simhash(&rec.text));
                match fp {
                    Some(fp) => self.near.find_or_insert(fp).is_some(),
                    None => false,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Source;

    #[test]
    fn band_buckets_are_capped() {
        let mut idx = NearIndex::new();
        // Same low band, far apart elsewhere: none is a near-duplicate.
        for k in 0..(MAX_BUCKET as u64 + 100) {
            let fp = (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) & !0xFFFF) | 0x1234;
            idx.insert(fp);
        }
        let low = idx.bands.first().and_then(|m| m.get(&0x1234)).map(Vec::len);
        assert_eq!(low, Some(MAX_BUCKET));
        assert_eq!(idx.len(), MAX_BUCKET + 100);
    }

    fn rec(text: &str) -> Article {
        let mut a = Article::new(Source::default(), Status::Ok);
        a.text = text.to_string();
        a.fingerprint = fingerprint::simhash(text).map(fingerprint::to_hex);
        a
    }

    #[test]
    fn index_finds_every_fingerprint_within_three_bits() {
        let mut idx = NearIndex::new();
        let base = 0x0123_4567_89ab_cdefu64;
        idx.insert(base);
        // Flip up to 3 bits anywhere, including all in one band.
        for flips in [vec![0], vec![0, 1, 2], vec![5, 21, 63], vec![16, 32, 48]] {
            let fp = flips.iter().fold(base, |f, b| f ^ (1u64 << b));
            assert_eq!(idx.find(fp, NEAR_DISTANCE), Some(0), "{flips:?}");
        }
        // Four bits is too far.
        assert_eq!(idx.find(base ^ 0b1111, NEAR_DISTANCE), None);
        assert_eq!(idx.find(!base, NEAR_DISTANCE), None);
    }

    #[test]
    fn earliest_match_wins() {
        let mut idx = NearIndex::new();
        assert_eq!(idx.find_or_insert(0b1000), None);
        assert_eq!(idx.find_or_insert(0b1001), Some(0));
        assert_eq!(idx.len(), 1);
        idx.insert(0b1);
        assert_eq!(idx.find(0b0, NEAR_DISTANCE), Some(0));
    }

    #[test]
    fn exact_mode_ignores_case_and_punctuation_only() {
        let mut d = Dedup::new(Mode::Exact);
        assert!(!d.is_duplicate(&rec("Hello, world. This is a page.")));
        assert!(d.is_duplicate(&rec("hello world this is a PAGE")));
        assert!(!d.is_duplicate(&rec("hello world this is another page")));
    }

    #[test]
    fn near_mode_catches_small_edits_only() {
        let body = "The city council voted on Tuesday to extend the tram line to the new \
            housing estates in the north, ending a dispute that had lasted almost a decade \
            and divided the governing coalition. Supporters said the extension would cut \
            commuting times by half, while the opposition called the plan too expensive.";
        let mut d = Dedup::new(Mode::Near);
        assert!(!d.is_duplicate(&rec(body)));
        assert!(d.is_duplicate(&rec(&format!("{body} Updated."))));
        assert!(
            !d.is_duplicate(&rec("A completely different page about baking bread \
            with flour, water, salt and a little yeast, left to rise overnight."))
        );
    }

    #[test]
    fn records_without_body_are_never_duplicates() {
        let mut d = Dedup::new(Mode::Exact);
        let empty = Article::new(Source::default(), Status::Empty);
        assert!(!d.is_duplicate(&empty));
        assert!(!d.is_duplicate(&empty));
    }
}
