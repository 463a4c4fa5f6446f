//! Which hint words a class or id value holds, for the gates that the
//! metadata scan and the page-type scan test on every element before they
//! look closer; and the per-thread memo of answers about class and id
//! values that this and the class rules of pruning use. All the gates' words are found in one pass, and the answer
//! for a value is remembered: a page repeats its class names (about two
//! thirds of the class and id values of a page were seen on it before), so
//! most elements cost one hash lookup instead of a pass over the value.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::hash::Hasher;
use std::sync::LazyLock;
use std::thread::LocalKey;

/// A group of hint words (a bit of the answer of [`hints_of`]).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Hint {
    /// A shop or discussion mark (price, cart, post, reply, user, ...).
    ShopOrPost = 1,
    /// An author byline ("byline", "author", "autor").
    Byline = 2,
    /// A post's username ("user", "author", "poster").
    Username = 4,
    /// A region that is not the article (comments, related, sidebar, ...).
    BoilerplateRegion = 8,
    /// An element that may hold the page's date ("date", "posted", "meta", ...).
    Dated = 16,
}

// Words of shop and discussion marks: prices, carts and posts, in a class,
// id or form field name (see `html::pagetype`).
const SHOP_OR_POST_WORDS: [&str; 14] = [
    "price",
    "cart",
    "basket",
    "warenkorb",
    "panier",
    "carrito",
    "carrello",
    "post",
    "message",
    "reply",
    "answer",
    "user",
    "poster",
    "member",
];

// Every byline class names the byline or the author.
const BYLINE_WORDS: [&str; 3] = ["byline", "author", "autor"];

// Every username class of a post holds one of these (see `meta::html`).
const USERNAME_WORDS: [&str; 3] = ["user", "author", "poster"];

// Classes of elements that hold a date or sit in a post's meta line.
const DATED_WORDS: [&str; 7] = [
    "date", "publish", "posted", "time", "byline", "author", "meta",
];

/// Values longer than this are scanned each time, not remembered (long
/// values are rare and seldom repeat).
const MAX_REMEMBERED_LEN: usize = 200;

/// Remembered answers per thread, cleared when this many are held, so that
/// memory stays bounded over a bulk run.
const MAX_REMEMBERED: usize = 8192;

/// The distinct words of the groups, each with the bits of the groups that
/// hold it, found by their first four letters: a value is lower-cased and
/// read in one pass, one table look-up per byte.
struct Groups {
    /// (word, hint bits); the words are lower-case ASCII letters, at least
    /// [`PREFIX`] of them.
    words: Vec<(&'static [u8], u8)>,
    /// Open addressing from a word's first four bytes to the words (bits
    /// of `words` indices) that open with them: the keys (an empty slot is
    /// key 0), and the words of each slot.
    keys: [u32; SLOTS],
    opening: [u64; SLOTS],
}

/// How many bytes open a word in the table (every word is this long or more).
const PREFIX: usize = 4;

/// Slots of the table (a power of two, far more than the words, so that
/// most positions of a value find an empty slot at once).
const SLOTS: usize = 512;

/// The four bytes opening a word, as a table key.
fn key_of(four: &[u8]) -> u32 {
    <[u8; PREFIX]>::try_from(four).map_or(0, u32::from_le_bytes)
}

/// The slot where the search for a key starts.
fn home_slot(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 23) as usize & (SLOTS - 1)
}

impl Groups {
    /// The words (bits of `words` indices) that open with the key's bytes.
    fn opening(&self, key: u32) -> u64 {
        let mut at = home_slot(key);
        // The table is never full: the search ends at the key or a gap.
        loop {
            let k = self.keys[at];
            if k == key {
                return self.opening[at];
            }
            if k == 0 {
                return 0;
            }
            at = (at + 1) & (SLOTS - 1);
        }
    }
}

static GROUPS: LazyLock<Groups> = LazyLock::new(|| {
    let region_stems = crate::meta::html::BOILERPLATE_HINTS
        .iter()
        .map(|h| h.trim_end_matches('s'));
    let groups: [(Hint, Vec<&'static str>); 5] = [
        (Hint::ShopOrPost, SHOP_OR_POST_WORDS.to_vec()),
        (Hint::Byline, BYLINE_WORDS.to_vec()),
        (Hint::Username, USERNAME_WORDS.to_vec()),
        (Hint::BoilerplateRegion, region_stems.collect()),
        (Hint::Dated, DATED_WORDS.to_vec()),
    ];
    // A word in several groups is one word with several bits.
    let mut words: Vec<(&'static [u8], u8)> = Vec::new();
    for (hint, group) in &groups {
        for w in group {
            match words.iter_mut().find(|(known, _)| *known == w.as_bytes()) {
                Some((_, bits)) => *bits |= *hint as u8,
                None => words.push((w.as_bytes(), *hint as u8)),
            }
        }
    }
    // (At most 64 words, far fewer than the slots: the tests hold it.)
    let mut keys = [0u32; SLOTS];
    let mut opening = [0u64; SLOTS];
    for (k, (w, _)) in words.iter().enumerate().take(64) {
        let key = key_of(w.get(..PREFIX).unwrap_or(w));
        let mut at = home_slot(key);
        while keys[at] != 0 && keys[at] != key {
            at = (at + 1) & (SLOTS - 1);
        }
        keys[at] = key;
        opening[at] |= 1 << k;
    }
    Groups {
        words,
        keys,
        opening,
    }
});

/// Answers remembered per thread for class or id values.
pub(crate) type Memo<V> = RefCell<MemoTable<V>>;

/// The table behind a [`Memo`]: the values' text is kept in one growing
/// buffer and the answers are found by the value's hash, so remembering a
/// value costs no allocation of its own (a page brings a few hundred new
/// class and id values).
pub(crate) struct MemoTable<V> {
    /// The remembered values, one after another.
    text: String,
    /// Hash of a value → its range in `text` and its answer (the key is a
    /// hash already: the map does not hash it again).
    slots: HashMap<u64, (u32, u32, V), BuildHasherDefault<HashedKey>>,
}

impl<V> Default for MemoTable<V> {
    fn default() -> Self {
        MemoTable {
            text: String::new(),
            slots: HashMap::default(),
        }
    }
}

/// The map's "hasher" of keys that are hashes already: the key as it is.
#[derive(Default)]
pub(crate) struct HashedKey(u64);

impl Hasher for HashedKey {
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed here; any other input is still mixed in.
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

// The hash under which a value is remembered.
fn value_hash(value: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(value.as_bytes());
    h.finish()
}

thread_local! {
    static HINTS: Memo<u8> = Default::default();
}

/// `compute(value)`, remembered in `memo` for values a page may repeat (a
/// class or id; long values are computed each time). The memo is cleared
/// when it holds [`MAX_REMEMBERED`] values, so memory stays bounded over a
/// bulk run; answers depend on the value alone, so output does not depend
/// on what a thread saw before. Two values with one hash share a slot:
/// the one not held there is computed each time.
pub(crate) fn remembered<V: Clone>(
    memo: &'static LocalKey<Memo<V>>,
    value: &str,
    compute: impl FnOnce(&str) -> V,
) -> V {
    if value.len() > MAX_REMEMBERED_LEN {
        return compute(value);
    }
    let hash = value_hash(value);
    let held = memo.with(|m| {
        let m = m.borrow();
        m.slots.get(&hash).map(|(start, len, answer)| {
            let (start, len) = (*start as usize, *len as usize);
            (m.text.as_bytes().get(start..start + len) == Some(value.as_bytes()))
                .then(|| answer.clone())
        })
    });
    match held {
        Some(Some(known)) => return known,
        Some(None) => return compute(value),
        None => {}
    }
    let answer = compute(value);
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.slots.len() >= MAX_REMEMBERED {
            m.slots.clear();
            m.text.clear();
        }
        // Both fit in u32: the text holds at most MAX_REMEMBERED values of
        // at most MAX_REMEMBERED_LEN bytes.
        let start = m.text.len() as u32;
        m.text.push_str(value);
        m.slots
            .insert(hash, (start, value.len() as u32, answer.clone()));
    });
    answer
}

/// The hint groups whose words `value` holds, in any ASCII case.
fn scan(value: &str) -> u8 {
    let b = value.as_bytes();
    if b.len() < PREFIX {
        return 0;
    }
    let g = &*GROUPS;
    // Lower-cased on the stack (the values remembered are at most 200 bytes).
    let mut buf = [0u8; 256];
    let long;
    let folded = match buf.get_mut(..b.len()) {
        Some(short) => {
            for (d, s) in short.iter_mut().zip(b) {
                *d = s.to_ascii_lowercase();
            }
            &*short
        }
        None => {
            long = b.to_ascii_lowercase();
            &long[..]
        }
    };
    let mut bits = 0;
    for i in 0..folded.len() + 1 - PREFIX {
        let key = folded.get(i..i + PREFIX).map_or(0, key_of);
        // Most positions open no word: their slot is empty.
        if g.keys[home_slot(key)] == 0 {
            continue;
        }
        let mut opening = g.opening(key);
        while opening != 0 {
            let k = opening.trailing_zeros() as usize;
            opening &= opening - 1;
            if let Some(&(word, hint)) = g.words.get(k) {
                if folded.get(i..i + word.len()) == Some(word) {
                    bits |= hint;
                }
            }
        }
    }
    bits
}

/// The hint groups of a class or id value, remembered per thread.
fn hints_of(value: &str) -> u8 {
    remembered(&HINTS, value, scan)
}

/// The hint groups of a class or id value as bits (test one with
/// [`has`]), for an element whose value several gates read.
pub(crate) fn bits(value: &str) -> u8 {
    hints_of(value)
}

/// Whether hint bits of [`bits`] hold the group.
pub(crate) fn has(bits: u8, hint: Hint) -> bool {
    bits & hint as u8 != 0
}

/// Whether a class or id value holds a word of the group.
pub(crate) fn holds(value: &str, hint: Hint) -> bool {
    hints_of(value) & hint as u8 != 0
}

/// Whether any other attribute value (a form field's name, action or value,
/// which seldom repeat) holds a word of the group; not remembered.
pub(crate) fn holds_once(value: &str, hint: Hint) -> bool {
    scan(value) & hint as u8 != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn by_lowercasing(value: &str, words: &[&str]) -> bool {
        let v = value.to_ascii_lowercase();
        words.iter().any(|w| v.contains(&w.to_ascii_lowercase()))
    }

    #[test]
    fn words_fit_the_table() {
        let g = &*GROUPS;
        assert!(g.words.len() <= 64 && g.words.len() * 4 < SLOTS);
        for (w, _) in &g.words {
            assert!(w.len() >= PREFIX && w.iter().all(u8::is_ascii_lowercase));
        }
    }

    #[test]
    fn groups_are_told_apart() {
        assert!(holds("post-author", Hint::Byline));
        assert!(holds("post-author", Hint::Username));
        assert!(holds("post-author", Hint::ShopOrPost));
        assert!(!holds("post-author", Hint::BoilerplateRegion));
        assert!(holds("SideBar", Hint::BoilerplateRegion));
        assert!(!holds("main", Hint::Byline));
        assert!(!holds("", Hint::ShopOrPost));
        // Values longer than the stack buffer are read the same way.
        let long = format!("{}-Author", "x".repeat(300));
        assert!(holds(&long, Hint::Byline) && !holds(&long, Hint::BoilerplateRegion));
    }

    proptest! {
        // Remembered or not, the answer is the plain substring test.
        #[test]
        fn hints_agree_with_substring_tests(value in "[a-zA-Z _-]{0,12}(author|User|price|reply|comment|sidebar|Date|posted|meta)?[a-z -]{0,8}") {
            for _ in 0..2 {
                prop_assert_eq!(holds(&value, Hint::Byline), by_lowercasing(&value, &BYLINE_WORDS));
                prop_assert_eq!(holds(&value, Hint::Username), by_lowercasing(&value, &USERNAME_WORDS));
                prop_assert_eq!(holds(&value, Hint::Dated), by_lowercasing(&value, &DATED_WORDS));
                prop_assert_eq!(holds_once(&value, Hint::ShopOrPost), by_lowercasing(&value, &SHOP_OR_POST_WORDS));
                let stems: Vec<&str> = crate::meta::html::BOILERPLATE_HINTS.iter().map(|h| h.trim_end_matches('s')).collect();
                prop_assert_eq!(holds(&value, Hint::BoilerplateRegion), by_lowercasing(&value, &stems));
            }
        }
    }
}
