//! Features of one line or block of raw text: length, punctuation, case
//! pattern, list markers, breadcrumbs, likeness to another line.

use super::stopwords::{self, LangMask};

/// Number of words (whitespace-separated tokens with a letter or digit).
pub fn word_count(s: &str) -> usize {
    // One pass over the bytes, ASCII ones tested as bytes (the rules count
    // the words of each line several times); [`word_count_by_chars`] is the
    // definition.
    let mut words = 0;
    let mut has_alnum = false;
    let mut unspaced = 0usize;
    let mut end_token = |has_alnum: &mut bool, unspaced: &mut usize| {
        if *has_alnum {
            words += if *unspaced == 0 {
                1
            } else {
                unspaced.div_ceil(2)
            };
        }
        *has_alnum = false;
        *unspaced = 0;
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphanumeric() {
            has_alnum = true;
            i += 1;
        } else if b.is_ascii() {
            // (ASCII whitespace as `char::is_whitespace` has it: with the
            // vertical tab.)
            if matches!(b, b' ' | b'\t'..=b'\r') {
                end_token(&mut has_alnum, &mut unspaced);
            }
            i += 1;
        } else {
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            if c.is_whitespace() {
                end_token(&mut has_alnum, &mut unspaced);
            } else {
                has_alnum |= c.is_alphanumeric();
                if crate::normalize::is_unspaced_script(c) {
                    unspaced += 1;
                }
            }
        }
    }
    end_token(&mut has_alnum, &mut unspaced);
    words
}

// The definition [`word_count`] is tested against: tokens split at
// whitespace, those with a letter or digit counted by [`token_words`].
#[cfg(test)]
fn word_count_by_chars(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(token_words)
        .sum()
}

/// Words in one space-separated token: one, or for scripts written without
/// spaces (CJK, Thai) one per two characters, the length of a typical word.
#[cfg(test)]
fn token_words(token: &str) -> usize {
    // No unspaced script is ASCII (most tokens are).
    if token.is_ascii() {
        return 1;
    }
    let unspaced = token
        .chars()
        .filter(|c| crate::normalize::is_unspaced_script(*c))
        .count();
    if unspaced == 0 {
        1
    } else {
        unspaced.div_ceil(2)
    }
}

/// The last character that is not a closing quote, bracket or space.
fn last_significant(s: &str) -> Option<char> {
    s.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', '›', ')', ']', '*', '_', ' '])
        .chars()
        .next_back()
}

/// Ends like a sentence: `.`, `!`, `?`, `…` (also inside closing quotes),
/// or a CJK full stop.
pub fn ends_with_terminal(s: &str) -> bool {
    is_terminal(last_significant(s))
}

/// A last significant character that ends a sentence (see [`ends_with_terminal`]).
fn is_terminal(last: Option<char>) -> bool {
    matches!(last, Some('.' | '!' | '?' | '…' | '。' | '！' | '？'))
}

/// A last significant character that leads into more text (see
/// [`ends_with_continuation`]).
fn is_continuation(last: Option<char>) -> bool {
    matches!(last, Some(',' | ';' | ':'))
}

/// Ends with a period (not `?`/`!`): headlines rarely do, sentences do.
pub fn ends_with_period(s: &str) -> bool {
    matches!(last_significant(s), Some('.' | '…' | '。'))
}

/// Ends with a character that leads into more text: `,` `;` `:`.
pub fn ends_with_continuation(s: &str) -> bool {
    is_continuation(last_significant(s))
}

/// Title Case: at least two words with letters, and at least 75% of the
/// words that are not short stop words start with a capital letter.
pub fn is_title_case(s: &str) -> bool {
    let mut total = 0usize;
    let mut upper = 0usize;
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = w.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() {
            continue;
        }
        if first.is_lowercase()
            && w.chars().count() <= 4
            && stopwords::is_stopword(&crate::ascii::lowercase(w), LangMask::ALL)
        {
            continue;
        }
        total += 1;
        if first.is_uppercase() {
            upper += 1;
        }
    }
    total >= 2 && upper * 4 >= total * 3
}

/// ALL CAPS: at least three letters and no lower-case ones.
pub fn is_all_caps(s: &str) -> bool {
    // One pass, left at the first lower-case letter (most lines have one
    // within a word or two).
    let mut letters = 0usize;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 3
}

/// Starts with an upper-case letter, a digit or an opening quote.
pub fn starts_like_sentence(s: &str) -> bool {
    s.trim_start()
        .trim_start_matches(['"', '\'', '“', '‘', '«', '„', '¿', '¡', '('])
        .chars()
        .next()
        // (scripts without case, such as CJK, start any way they like)
        .is_some_and(|c| !c.is_lowercase())
}

/// A list item marker at the start of a line: `- `, `* `, `• `, `1. `,
/// `2) `. Returns whether the list is ordered and the marker's byte length
/// (leading indentation included).
pub fn list_marker(s: &str) -> Option<(bool, usize)> {
    let indent = s.len() - s.trim_start().len();
    let t = s.trim_start();
    let mut chars = t.char_indices();
    let (_, first) = chars.next()?;
    if matches!(
        first,
        '-' | '*' | '•' | '·' | '◦' | '▪' | '–' | '►' | '✓' | '✔'
    ) {
        let after = first.len_utf8();
        let rest = t.get(after..)?;
        let spaces = rest.len() - rest.trim_start().len();
        return (spaces > 0 && !rest.trim().is_empty()).then_some((false, indent + after + spaces));
    }
    // 1. / 12) — at most three digits, so years ("2025.") are no markers.
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = t.get(digits..)?;
        if let Some(after) = rest.strip_prefix(['.', ')']) {
            let spaces = after.len() - after.trim_start().len();
            let next = after.trim_start().chars().next();
            // "1. Introduction" or "2) the second" — but not "3.5 percent".
            if spaces > 0 && next.is_some_and(|c| !c.is_ascii_digit()) {
                return Some((true, indent + digits + 1 + spaces));
            }
        }
    }
    None
}

/// A list item's text without its marker.
pub fn strip_list_marker(s: &str) -> &str {
    match list_marker(s) {
        Some((_, len)) => s.get(len..).unwrap_or(s),
        None => s,
    }
}

/// Separators of breadcrumb trails.
const CRUMB_SEPARATORS: [&str; 7] = [" > ", " › ", " » ", " / ", " → ", " | ", " ＞ "];

/// A breadcrumb trail: "Home > World > Europe", "News / Politics". Two to
/// seven short crumbs, joined by one separator, none ending a sentence.
/// Returns the crumbs.
pub fn breadcrumb(s: &str) -> Option<Vec<&str>> {
    let t = s.trim();
    // (Most lines hold no separator: one pass over the bytes settles them
    // before a search for each separator.)
    if !t.bytes().any(may_start_crumb_mark) {
        return None;
    }
    let sep = CRUMB_SEPARATORS.iter().find(|sep| t.contains(*sep))?;
    let crumbs: Vec<&str> = t.split(sep).map(str::trim).collect();
    let ok = (2..=7).contains(&crumbs.len())
        && crumbs.iter().all(|c| {
            let n = word_count(c);
            (1..=5).contains(&n) && !ends_with_terminal(c) && starts_like_sentence(c)
        })
        && !mostly_quantities(&crumbs);
    ok.then_some(crumbs)
}

/// A byte that may open the mark of a [`CRUMB_SEPARATORS`] entry: `>`,
/// `/`, `|`, or the first byte of `›`, `»`, `→`, `＞`.
fn may_start_crumb_mark(b: u8) -> bool {
    matches!(b, b'>' | b'/' | b'|' | 0xC2 | 0xE2 | 0xEF)
}

/// Most segments hold a figure: a line of facts ("Prep 10 min | Serves 8"),
/// not a trail of section names (an archive trail has one year at most).
fn mostly_quantities(segments: &[&str]) -> bool {
    let with_digits = segments
        .iter()
        .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
        .count();
    with_digits * 2 > segments.len()
}

#[cfg(test)]
mod crumb_tests {
    use super::*;

    #[test]
    fn every_separator_has_a_mark_byte() {
        for sep in CRUMB_SEPARATORS {
            let mark = sep.trim().as_bytes();
            assert!(
                mark.first().is_some_and(|&b| may_start_crumb_mark(b)),
                "{sep}"
            );
        }
    }

    #[test]
    fn fact_lines_are_no_breadcrumbs() {
        assert!(breadcrumb("Prep 10 min | Rise 14 h | Bake 50 min | Serves 8").is_none());
        assert!(breadcrumb("Home › News › 2024").is_some());
    }
}

/// A label: one to four words, no sentence or clause punctuation, starting
/// with a capital or digit ("Russia Ukraine War", "Politics").
pub fn is_label(s: &str) -> bool {
    is_label_counted(s, || word_count(s))
}

/// [`is_label`] with the line's [`word_count`] given (asked only when the
/// cheaper tests pass): the per-line pass has counted it already.
pub fn is_label_counted(s: &str, words: impl FnOnce() -> usize) -> bool {
    // Over 160 bytes is over 40 characters: paragraphs are not counted.
    if s.len() > 4 * 40 {
        return false;
    }
    // (The end and the punctuation first: they settle most lines before
    // the words are counted.)
    let last = last_significant(s);
    !is_terminal(last)
        && !is_continuation(last)
        && !s.bytes().any(|b| matches!(b, b'.' | b',' | b';'))
        && starts_like_sentence(s)
        && (1..=4).contains(&words())
        && s.chars().count() <= 40
}

/// Shaped like a headline or subheading: 1–20 words, at most 160 chars, not
/// ending in a period or a clause mark (a question or exclamation is fine),
/// starting with a capital, digit or quote.
pub fn is_headline_shaped(s: &str) -> bool {
    is_headline_shaped_counted(s, || word_count(s))
}

/// [`is_headline_shaped`] with the line's [`word_count`] given (asked only
/// when the cheaper tests pass): the per-line pass has counted it already.
pub fn is_headline_shaped_counted(s: &str, words: impl FnOnce() -> usize) -> bool {
    // Over 640 bytes is over 160 characters.
    if s.len() > 4 * 160 {
        return false;
    }
    // (The end first: most prose ends with a period and is settled before
    // its words are counted.)
    let last = last_significant(s);
    if matches!(last, Some('.' | '…' | '。' | ',' | ';')) || !starts_like_sentence(s) {
        return false;
    }
    let n = words();
    (1..=20).contains(&n)
        && !(is_continuation(last) && n > 4)
        && list_marker(s).is_none()
        && s.chars().count() <= 160
}

/// A content stem (see [`content_stems`]): the UTF-8 bytes of a word's
/// first four characters read as one number. No letter or digit holds a
/// zero byte, so two stems are equal exactly when their texts are; they
/// sort and compare as numbers, without allocating (only equality is
/// asked of them, never their order).
pub type Stem = u128;

/// Stems of the content words of `s`: lower-cased words of 3+ letters that
/// are not stop words, cut to their first four characters so that
/// "Openness"/"Open" and "Talks"/"Talk" match. Sorted, without repeats.
pub fn content_stems(s: &str) -> Vec<Stem> {
    let mut out: Vec<Stem> = Vec::new();
    for w in stopwords::alnum_runs(s) {
        // (ASCII words, most, are measured and packed as bytes; an ASCII
        // word longer than every stop word is none.)
        if w.is_ascii() {
            if w.len() < 3 {
                continue;
            }
            if stopwords::stopword_bits(w).is_some_and(|bits| bits & LangMask::ALL.0 != 0) {
                continue;
            }
            out.push(pack_stem(w.bytes().take(4).map(|b| b.to_ascii_lowercase())));
            continue;
        }
        let w = crate::ascii::lowercase(w);
        if w.chars().count() < 3 || stopwords::is_stopword(&w, LangMask::ALL) {
            continue;
        }
        let end = w.char_indices().nth(4).map_or(w.len(), |(i, _)| i);
        out.push(pack_stem(
            w.as_bytes().get(..end).unwrap_or(&[]).iter().copied(),
        ));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The bytes of a stem (at most 16: four characters) as one number.
fn pack_stem(bytes: impl Iterator<Item = u8>) -> Stem {
    bytes.fold(0, |stem, b| stem << 8 | Stem::from(b))
}

/// [`content_stems`] as first written, as sorted strings: the definition.
#[cfg(test)]
fn content_stems_as_strings(s: &str) -> Vec<String> {
    let mut out: Vec<String> = stopwords::words(s)
        .filter(|w| w.chars().count() >= 3 && !stopwords::is_stopword(w, LangMask::ALL))
        .map(|w| w.chars().take(4).collect())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Jaccard likeness of two lines' content stems (0..=1): a subtitle that
/// paraphrases the title scores high.
pub fn likeness(a: &str, b: &str) -> f32 {
    likeness_of_stems(&content_stems(a), &content_stems(b))
}

/// [`likeness`] of two lines' [`content_stems`], found once by the caller.
pub fn likeness_of_stems(a: &[Stem], b: &[Stem]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - shared;
    shared as f32 / union as f32
}

/// Share of a line's content stems (`own`, from [`content_stems`]) found
/// in `stems` (sorted): how much of a headline the body text talks about.
pub fn coverage_of_stems(own: &[Stem], stems: &[Stem]) -> f32 {
    if own.is_empty() {
        return 0.0;
    }
    let found = own
        .iter()
        .filter(|w| stems.binary_search(w).is_ok())
        .count();
    found as f32 / own.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn content_stems_are_the_stems_as_strings(s in "[a-eA-E .,’éÉİß中ー]{0,30}|[a-z ]{0,20}(the|and|über|ÜBER|Straße)[a-z ]{0,9}") {
            let packed: Vec<Stem> = content_stems_as_strings(&s)
                .iter()
                .map(|w| pack_stem(w.bytes()))
                .collect();
            let mut packed_sorted = packed.clone();
            packed_sorted.sort_unstable();
            packed_sorted.dedup();
            // (Distinct strings pack to distinct stems.)
            proptest::prop_assert_eq!(packed_sorted.len(), packed.len());
            proptest::prop_assert_eq!(content_stems(&s), packed_sorted);
        }

        #[test]
        fn word_count_agrees_with_its_definition(s in "[a-c0-9 .\t\n\x0b\x0c\r\u{a0}\u{3000}é’中文ー-]{0,24}") {
            proptest::prop_assert_eq!(word_count(&s), word_count_by_chars(&s));
        }
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count("Putin Open to Ukraine Talks — Now"), 6);
        assert_eq!(word_count("  "), 0);
    }

    #[test]
    fn terminal_punctuation() {
        assert!(ends_with_terminal("He said so."));
        assert!(ends_with_terminal("“It was good.”"));
        assert!(ends_with_terminal("Context: A New Opening for Diplomacy?"));
        assert!(!ends_with_terminal("A Constructive Dialogue"));
        assert!(ends_with_period("Done."));
        assert!(!ends_with_period("Why?"));
        assert!(ends_with_continuation("Ingredients:"));
    }

    #[test]
    fn case_patterns() {
        assert!(is_title_case(
            "Putin Open to Ukraine Talks, No Preconditions Required"
        ));
        assert!(is_title_case("Focus on Civilian Protections"));
        assert!(!is_title_case(
            "The meeting between Putin and Witkoff was the fourth"
        ));
        assert!(!is_title_case("Kremlin"));
        assert!(is_all_caps("SCROLL FOR NEXT"));
        assert!(!is_all_caps("Scroll"));
        assert!(!is_all_caps("A1"));
    }

    #[test]
    fn list_markers() {
        assert_eq!(list_marker("- milk"), Some((false, 2)));
        assert_eq!(list_marker("• Eggs"), Some((false, 4)));
        assert_eq!(list_marker("12) Whisk"), Some((true, 4)));
        assert_eq!(list_marker("1. Preheat the oven"), Some((true, 3)));
        assert_eq!(list_marker("2025. It was a year"), None);
        assert_eq!(list_marker("3.5 percent"), None);
        assert_eq!(list_marker("-5 degrees"), None);
        assert_eq!(list_marker("— a dash"), None);
        assert_eq!(strip_list_marker("  * item"), "item");
    }

    #[test]
    fn breadcrumbs() {
        assert_eq!(
            breadcrumb("Home > World > Europe"),
            Some(vec!["Home", "World", "Europe"])
        );
        assert_eq!(
            breadcrumb("News / Politics"),
            Some(vec!["News", "Politics"])
        );
        assert_eq!(breadcrumb("He said 1 > 0 is true."), None);
        assert_eq!(breadcrumb("Europe"), None);
    }

    #[test]
    fn labels_and_headlines() {
        assert!(is_label("Russia Ukraine War"));
        assert!(is_label("Kremlin"));
        assert!(!is_label("The talks resumed."));
        assert!(!is_label("one two three four five"));
        assert!(is_headline_shaped("Context: A New Opening for Diplomacy?"));
        assert!(is_headline_shaped("A Constructive Dialogue"));
        assert!(!is_headline_shaped("The talks resumed on Friday."));
        assert!(!is_headline_shaped(
            "Here is what you need to know about it all:"
        ));
        assert!(!is_headline_shaped("- a list item"));
    }

    #[test]
    fn likeness_of_paraphrases() {
        let a = "Putin Open to Ukraine Talks, No Preconditions Required";
        let b = "Putin Signals Openness to Ukraine Talks Without Preconditions";
        assert!(likeness(a, b) > 0.5);
        assert!(likeness(a, "Focus on Civilian Protections") < 0.1);
        let stems = content_stems("Putin talked about Ukraine");
        assert!(coverage_of_stems(&content_stems("Ukraine and Putin"), &stems) > 0.99);
        assert_eq!(coverage_of_stems(&content_stems(""), &stems), 0.0);
    }
}
