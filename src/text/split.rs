//! Cutting raw text into units: blank-line separated blocks, or single lines,
//! with hard-wrapped paragraph lines joined back together.

use super::{features, lines};
use std::collections::HashSet;

/// One block or line of the input, the thing that gets classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The unit's text exactly as in the input; joined wrapped lines keep a
    /// `\n` between them (the normalizer turns it into a space).
    pub text: String,
    /// True when a blank line precedes the unit.
    pub blank_before: bool,
}

/// `\r\n` and lone `\r` line ends read as `\n`.
fn lines_of(text: &str) -> Vec<&str> {
    text.split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
        .collect()
}

/// `text` has more than `limit` lines as [`lines_of`] splits it (counted
/// only up to the limit, without splitting): the pipeline refuses such
/// pages before any work, as each line costs a few hundred bytes.
pub fn has_more_lines_than(text: &str, limit: usize) -> bool {
    let b = text.as_bytes();
    // Even an empty text is one (empty) line.
    let mut lines = 1usize;
    if lines > limit {
        return true;
    }
    for i in memchr::memchr2_iter(b'\n', b'\r', b) {
        // A `\r` before `\n` ends its line with the `\n`, and one at the
        // end of the text ends nothing (the split drops it).
        if b.get(i) == Some(&b'\n') || b.get(i + 1).is_some_and(|&c| c != b'\n') {
            lines += 1;
            if lines > limit {
                return true;
            }
        }
    }
    false
}

fn char_len(s: &str) -> usize {
    s.trim_end().chars().count()
}

/// The column width a text was hard-wrapped at, if it was: most longer lines
/// end within a few columns of one width (40–110), and almost none go past it.
pub fn wrap_width(lines: &[&str]) -> Option<usize> {
    let mut long: Vec<usize> = lines
        .iter()
        .map(|l| char_len(l))
        .filter(|&n| n >= 25)
        .collect();
    if long.len() < 3 {
        return None;
    }
    long.sort_unstable();
    // The 95th percentile: a stray long line (a URL) must not set the width.
    let idx = (long.len() * 95).div_ceil(100).saturating_sub(1);
    let width = *long.get(idx)?;
    if !(40..=110).contains(&width) {
        return None;
    }
    let near = long
        .iter()
        .filter(|&&n| n + 15 >= width && n <= width)
        .count();
    let over = long.len() - long.iter().filter(|&&n| n <= width).count();
    (near >= 3 && near * 10 >= long.len() * 4 && over * 10 <= long.len()).then_some(width)
}

/// Length of the first word of a line, in characters.
fn first_word_len(line: &str) -> usize {
    line.split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count())
}

/// A greedy wrapper broke `prev` before `next` when `next`'s first word
/// would not have fitted on `prev` at `width` columns.
pub fn is_wrap_break(prev: &str, next: &str, width: usize) -> bool {
    let prev_len = char_len(prev);
    prev_len * 2 >= width && prev_len + 1 + first_word_len(next) > width
}

/// True when `next` continues the paragraph ended by `prev`: a wrap break,
/// or a lower-case continuation of a long line; never a new list item, and
/// never a capitalized line after a Title Case line (a headline).
fn continues(prev: &str, next: &str, width: Option<usize>, in_item: bool) -> bool {
    if next.trim().is_empty() || features::list_marker(next).is_some() {
        return false;
    }
    if in_item && next.starts_with([' ', '\t']) {
        // An indented line under a list item continues the item.
        return true;
    }
    let lower_start = next
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if !lower_start && features::is_title_case(prev) && !features::ends_with_terminal(prev) {
        return false;
    }
    width.is_some_and(|w| is_wrap_break(prev, next, w))
        || (lower_start
            && char_len(prev) >= 30
            && !features::ends_with_terminal(prev)
            && !is_lower_case_byline(next))
}

// A deck without a full stop is followed by "by Jane Doe August 25, 2025":
// a dated byline is a line of its own, not the deck's next words (an
// undated "by Jane Doe" may be a book's author under its title).
fn is_lower_case_byline(next: &str) -> bool {
    let next = next.trim_start();
    next.starts_with("by ")
        && lines::prefixed_byline(next).is_some_and(|b| !b.authors.is_empty() && b.date.is_some())
}

/// Endings that are no word on their own: a line that starts with one after
/// a hyphenated break continues a split word ("informa-" + "tion").
const BOUND_SUFFIXES: &[&str] = &[
    "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ing", "ings", "ity", "ities",
    "ally", "ous", "ive", "ible", "able", "ung", "ungen", "keit", "heit", "lich", "lichen", "isch",
    "ische", "ción", "ciones", "zione", "zioni", "ção", "ções", "ement", "ique",
];

/// The lower-cased words of a document, to tell a word split at a line end
/// ("docu-\nment" where "document" occurs elsewhere) from a compound
/// ("Nordsee-\nküste").
pub fn vocabulary(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// A document's [`vocabulary`], built on first use: only hyphenated line
/// ends need it, and most documents have none.
pub struct Vocabulary<'a> {
    text: &'a str,
    words: std::cell::OnceCell<HashSet<String>>,
}

impl<'a> Vocabulary<'a> {
    pub fn new(text: &'a str) -> Self {
        Vocabulary {
            text,
            words: std::cell::OnceCell::new(),
        }
    }

    fn contains(&self, word: &str) -> bool {
        self.words
            .get_or_init(|| vocabulary(self.text))
            .contains(word)
    }
}

/// The hyphen at a line end splits one word: the joined form occurs in the
/// document, or the continuation is a bound suffix. Unsure: a compound.
fn is_split_word(head: &str, tail: &str, vocab: &Vocabulary) -> bool {
    let tail = tail.to_lowercase();
    let joined = format!("{}{}", head.to_lowercase(), tail);
    vocab.contains(&joined) || BOUND_SUFFIXES.contains(&tail.as_str())
}

/// Join a wrapped line to the text before it: a line ending in a hyphen
/// after a letter, followed by a lower-case letter, is glued without a break
/// ("well-\nknown" → "well-known", "docu-\nment" → "document" when the
/// document knows the word); otherwise a `\n` separates them.
fn join_line(acc: &mut String, next: &str, vocab: &Vocabulary) {
    let trimmed_len = acc.trim_end().len();
    acc.truncate(trimmed_len);
    let hyphenated = {
        let mut rev = acc.chars().rev();
        rev.next() == Some('-') && rev.next().is_some_and(char::is_alphabetic)
    };
    let next = next.trim_start();
    if hyphenated && next.chars().next().is_some_and(char::is_lowercase) {
        let body = acc.strip_suffix('-').unwrap_or(acc);
        let head_start = body
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(body.len(), |(i, _)| i);
        let head = body.get(head_start..).unwrap_or("");
        let tail: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
        if is_split_word(head, &tail, vocab) {
            acc.pop();
        }
        acc.push_str(next);
    } else {
        acc.push('\n');
        acc.push_str(next);
    }
}

/// Cut a document into units. Blank lines separate blocks; inside a block
/// (or in a document without blank lines) each line is a unit unless it
/// continues a wrapped paragraph or an indented list item.
pub fn split_units(text: &str) -> Vec<Unit> {
    let lines = lines_of(text);
    let width = wrap_width(&lines);
    let vocab = Vocabulary::new(text);
    let mut units: Vec<Unit> = Vec::new();
    let mut blank_before = false;
    let mut open = false; // the last unit may still take continuation lines
    let mut in_item = false;
    let mut last_line: &str = "";
    for line in lines {
        if line.trim().is_empty() {
            blank_before = true;
            open = false;
            continue;
        }
        if open && continues(last_line, line, width, in_item) {
            if let Some(u) = units.last_mut() {
                join_line(&mut u.text, line, &vocab);
            }
        } else {
            in_item = features::list_marker(line).is_some();
            units.push(Unit {
                text: line.trim_end().to_string(),
                blank_before: blank_before || units.is_empty(),
            });
        }
        blank_before = false;
        open = true;
        last_line = line;
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lines_are_counted_as_the_text_path_splits_them() {
        assert!(!has_more_lines_than("a\nb\nc", 3));
        assert!(has_more_lines_than("a\nb\nc\nd", 3));
        // CR LF ends one line, a lone CR one too.
        assert!(!has_more_lines_than("a\r\nb\r\nc", 3));
        assert!(has_more_lines_than("a\rb\rc\rd", 3));
        assert!(!has_more_lines_than("", 1));
        assert!(has_more_lines_than("\n", 1));
    }

    proptest! {
        #[test]
        fn line_count_agrees_with_the_split(text in "[ab\r\n]{0,40}", limit in 0usize..12) {
            prop_assert_eq!(has_more_lines_than(&text, limit), lines_of(&text).len() > limit);
        }
    }

    const WRAPPED: &str = "\
The city council voted on Tuesday to extend the tram line to the new
housing estates in the north, ending a dispute that had lasted almost a
decade and divided the governing coalition.
Supporters said the extension would cut commuting times by half.
The opposition called the plan too expensive and said that buses would
have done the same job for a fraction of the cost of the new tracks.";

    #[test]
    fn detects_wrap_width() {
        let lines: Vec<&str> = WRAPPED.lines().collect();
        assert_eq!(wrap_width(&lines), Some(71));
        let one_per_line = "A paragraph that is very long and goes on and on well past any wrap width a text editor would use, and on.\nAnother paragraph that is also long and goes well past any wrap width, like a paragraph per line does in dumps.\nA third paragraph of the same kind, long and unwrapped, as scrapers write them when they keep paragraphs.";
        let lines: Vec<&str> = one_per_line.lines().collect();
        assert_eq!(wrap_width(&lines), None);
    }

    #[test]
    fn joins_wrapped_paragraphs() {
        let units = split_units(WRAPPED);
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[0].starts_with("The city council") && texts[0].ends_with("coalition."));
        assert_eq!(
            texts[1],
            "Supporters said the extension would cut commuting times by half."
        );
        assert!(texts[2].ends_with("new tracks."));
    }

    #[test]
    fn blank_lines_and_crlf() {
        let units = split_units("Title\r\n\r\nFirst line\r\nSecond line\r\n");
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(texts, vec!["Title", "First line", "Second line"]);
        assert!(units[0].blank_before && units[1].blank_before && !units[2].blank_before);
    }

    #[test]
    fn list_items_stay_apart_and_take_indented_lines() {
        let units = split_units("- first item\n  continues here\n- second item\n");
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(texts, vec!["- first item\ncontinues here", "- second item"]);
    }

    #[test]
    fn hyphenated_breaks_glue() {
        let vocab = Vocabulary::new("the document says so");
        let mut acc = "a well-".to_string();
        join_line(&mut acc, "known fact", &vocab);
        assert_eq!(acc, "a well-known fact");
        let mut acc = "it rained -".to_string();
        join_line(&mut acc, "again", &vocab);
        assert_eq!(acc, "it rained -\nagain");
        let mut acc = "this docu-".to_string();
        join_line(&mut acc, "ment says", &vocab);
        assert_eq!(
            acc, "this document says",
            "the joined word occurs elsewhere"
        );
        let mut acc = "the informa-".to_string();
        join_line(&mut acc, "tion is", &vocab);
        assert_eq!(acc, "the information is", "a bound suffix");
        let mut acc = "an der Nordsee-".to_string();
        join_line(&mut acc, "küste", &vocab);
        assert_eq!(acc, "an der Nordsee-küste", "unsure: a compound");
    }

    #[test]
    fn wrap_break_needs_a_long_line() {
        assert!(is_wrap_break(&"x".repeat(68), "words", 70));
        assert!(!is_wrap_break("short", "words", 70));
        assert!(!is_wrap_break(&"x".repeat(60), "word", 70));
    }
}
