//! Date parsing: dates found in metadata or text, to RFC 3339 or `YYYY-MM-DD`.
//!
//! The input is cut into tokens (numbers, words, separators) and a handful of
//! patterns are tried at each position, left to right:
//! ISO `2025-03-12[T10:00:00+01:00]`, CJK `2025年3月12日`, numeric
//! `12/03/2025`, and month names in many languages (`March 12, 2025`,
//! `12. März 2025`, `12 de marzo de 2025`, RFC 2822 `Wed, 12 Mar 2025 10:00:00
//! +0000`). A time is kept only when its zone is known; a year alone is never
//! a date.

use aho_corasick::AhoCorasick;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Parse the first date in `s` to RFC 3339 (when a time with a zone is given)
/// or a bare `YYYY-MM-DD` date. `None` when no plausible date is found.
/// Ambiguous numeric dates (`03/04/2025`) need a locale: see
/// [`parse_date_with_locale`].
pub fn parse_date(s: &str) -> Option<String> {
    parse_date_with_locale(s, None)
}

/// Like [`parse_date`], with the page language (a BCP 47 tag such as `en-US`,
/// `de`) deciding whether numeric dates are day-first.
pub fn parse_date_with_locale(s: &str, lang: Option<&str>) -> Option<String> {
    let day_first = lang.and_then(day_first_for_language);
    let toks = tokenize(s);
    (0..toks.len()).find_map(|i| date_at(&toks, i, day_first).map(|(d, _)| d))
}

/// Whether numeric dates are written day-first in a language: `Some(false)`
/// for US English (and bare `en`, where US usage dominates the web),
/// `Some(true)` elsewhere, `None` for an empty tag.
pub fn day_first_for_language(lang: &str) -> Option<bool> {
    let lang = lang.trim().to_ascii_lowercase().replace('_', "-");
    if lang.is_empty() {
        return None;
    }
    // US English and the few regions that follow it write month first.
    const MONTH_FIRST: [&str; 5] = ["en", "en-us", "en-ph", "en-ca", "en-um"];
    Some(!MONTH_FIRST.contains(&lang.as_str()))
}

/// The order a page writes its all-numeric dates in, from the ones only
/// one order can read ("27/08/2025" is day first, "8/27/2025" month
/// first); `None` when they are absent or disagree.
// Why: "8/1/2025" is ambiguous alone, but not on a page that also prints
// "8/27/2025"; the page's own dates beat a guess from its language.
pub fn numeric_date_order(text: &str) -> Option<bool> {
    let (mut day_first, mut month_first) = (0u32, 0u32);
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(off) = bytes
        .get(i..)
        .and_then(|b| b.iter().position(|&c| c == b'/' || c == b'.'))
    {
        let sep_at = i + off;
        i = sep_at + 1;
        // "a/b/yyyy": a and b one or two digits, the same separator twice.
        let sep = bytes[sep_at];
        let a = digits_before(bytes, sep_at);
        let Some((b, after_b)) = digits_after(bytes, sep_at + 1) else {
            continue;
        };
        if bytes.get(after_b) != Some(&sep) {
            continue;
        }
        let Some((_, after_y)) =
            digits_after(bytes, after_b + 1).filter(|(_, e)| e - (after_b + 1) == 4)
        else {
            continue;
        };
        let (Some(a), true) = (a, b <= 31) else {
            continue;
        };
        if after_y < bytes.len() && bytes[after_y].is_ascii_digit() {
            continue;
        }
        match (a > 12 && a <= 31 && b <= 12, b > 12 && a <= 12) {
            (true, _) => day_first += 1,
            (_, true) => month_first += 1,
            _ => {}
        }
        i = after_y;
    }
    match (day_first, month_first) {
        (d, 0) if d > 0 => Some(true),
        (0, m) if m > 0 => Some(false),
        _ => None,
    }
}

// The one- or two-digit number that ends right before `end`, when no
// further digit precedes it.
fn digits_before(bytes: &[u8], end: usize) -> Option<u32> {
    let start = (end.saturating_sub(2)..end).find(|&s| {
        bytes
            .get(s..end)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    })?;
    if start > 0 && bytes.get(start - 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(bytes.get(start..end)?)
        .ok()?
        .parse()
        .ok()
}

// The number of one to four digits from `start`, and where it ends.
fn digits_after(bytes: &[u8], start: usize) -> Option<(u32, usize)> {
    let len = bytes
        .get(start..)?
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if len == 0 || len > 4 {
        return None;
    }
    let n = std::str::from_utf8(bytes.get(start..start + len)?)
        .ok()?
        .parse()
        .ok()?;
    Some((n, start + len))
}

/// A date found inside a longer line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// RFC 3339 or `YYYY-MM-DD`.
    pub date: String,
    /// The date is introduced as an update ("Updated: …", "Aktualisiert am …").
    pub updated: bool,
    /// Byte offset of the date in the line.
    pub start: usize,
    /// Byte offset just past the date (and its time, when one was read).
    pub end: usize,
}

/// Find the dates of a line like "Published 12 March 2025, 10:32 · Updated
/// 13 March 2025", each flagged as an update or not by the words before it.
pub fn find_dates(line: &str, lang: Option<&str>) -> Vec<FoundDate> {
    find_dates_ordered(line, lang.and_then(day_first_for_language))
}

/// [`find_dates`] with the order of all-numeric dates given: `Some(true)`
/// reads "03/04/2025" as 3 April, `Some(false)` as March 4, `None` reads
/// only the unambiguous ones.
pub fn find_dates_ordered(line: &str, day_first: Option<bool>) -> Vec<FoundDate> {
    // Every date form reads its year from ASCII digits: a line without
    // one is not tokenized.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let toks = tokenize(line);
    let mut out = Vec::new();
    let mut i = 0;
    let mut prev_end = 0;
    while i < toks.len() {
        if let Some((date, next)) = date_at(&toks, i, day_first) {
            let start = toks.get(i).map_or(0, |t| t.start);
            let end = next
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .map_or(line.len(), |t| t.end);
            let before = line.get(prev_end..start).unwrap_or("");
            out.push(FoundDate {
                date,
                updated: mentions_update(before),
                start,
                end,
            });
            prev_end = end;
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Find the first date of a line, flagged as published or updated.
pub fn find_date(line: &str, lang: Option<&str>) -> Option<FoundDate> {
    find_dates(line, lang).into_iter().next()
}

// Phrases that say when a piece first appeared, as republished or
// regularly updated articles note it, in several languages, lower-case.
const ORIGINAL_PUBLICATION_PHRASES: [&str; 18] = [
    "originally published",
    "originally posted",
    "first published",
    "first posted",
    "ursprünglich veröffentlicht",
    "erstmals veröffentlicht",
    "zuerst veröffentlicht",
    "initialement publié",
    "publié initialement",
    "publié à l'origine",
    "publicado originalmente",
    "originalmente publicado",
    "publicada originalmente",
    "originalmente publicada",
    "pubblicato originariamente",
    "originariamente pubblicato",
    "oorspronkelijk gepubliceerd",
    "oorspronkelijk verschenen",
];

/// The date a line says the piece was first published ("This article was
/// originally published on 26 Sep 2019 but has been updated since"): the
/// first date after such a phrase.
pub fn original_publication_date(line: &str, lang: Option<&str>) -> Option<String> {
    // All phrases in one pass (this runs on every element with a digit);
    // the first phrase to end is where the date search starts.
    static PHRASES: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(ORIGINAL_PUBLICATION_PHRASES)
            .ok()
    });
    let phrases = PHRASES.as_ref()?;
    let at = if line.is_ascii() {
        // ASCII keeps every byte's place when lower-cased: search as is.
        phrases.find(line)?.end()
    } else {
        let lower = line.to_lowercase();
        // Lower-casing can change byte lengths: only search the line as is
        // when it kept them, so offsets stay valid.
        if lower.len() != line.len() {
            return None;
        }
        phrases.find(lower.as_str())?.end()
    };
    let rest = line.get(at..)?;
    // The date follows the phrase ("on", "le", "am"), not a later clause.
    find_date(rest, lang)
        .filter(|d| {
            rest.get(..d.start)
                .is_some_and(|gap| gap.split_whitespace().count() <= 3 && gap.len() <= 80)
        })
        .map(|d| d.date)
}

// Words that introduce an update rather than a publication, in several
// languages (matched inside the lower-cased text before a date); a
// thread's "last post" is its latest activity, not when it was started.
const UPDATE_WORDS: [&str; 36] = [
    "last post",
    "last reply",
    "latest reply",
    "last activity",
    "letzter beitrag",
    "updated",
    "update",
    "modified",
    "revised",
    "aktualisiert",
    "geändert",
    "mis à jour",
    "mise à jour",
    "actualisé",
    "actualizado",
    "actualización",
    "aggiornato",
    "aggiornamento",
    "atualizado",
    "atualização",
    "atualizacao",
    "bijgewerkt",
    "gewijzigd",
    "geüpdatet",
    "zaktualizowano",
    "zaktualizowany",
    "aktualizacja",
    "zmieniono",
    "обновлено",
    "обновлён",
    "обновлен",
    "изменено",
    "更新",
    "수정",
    "업데이트",
    "güncellendi",
];

// Words that open a line introducing a publication date, lower-case.
const PUBLICATION_WORDS: [&str; 25] = [
    "published",
    "posted",
    "post time",
    "post date",
    "date posted",
    "first published",
    "date published",
    "publication date",
    "publish date",
    "veröffentlicht",
    "erschienen",
    "publié",
    "publicado",
    "publicada",
    "pubblicato",
    "gepubliceerd",
    "geplaatst",
    "opublikowano",
    "опубликовано",
    "公開日",
    "投稿日",
    "发布",
    "發佈",
    "게시",
    "yayınlandı",
];

/// The text before a date says the date is an update.
pub fn mentions_update(before: &str) -> bool {
    has_update_word(&before.to_lowercase())
}

// Whether lower-cased text holds an update word: one pass for all of them
// (the metadata scan asks it of many short lines).
fn has_update_word(lower: &str) -> bool {
    static WORDS: LazyLock<Option<AhoCorasick>> =
        LazyLock::new(|| AhoCorasick::new(UPDATE_WORDS).ok());
    match WORDS.as_ref() {
        Some(words) => words.is_match(lower),
        None => UPDATE_WORDS.iter().any(|w| lower.contains(w)),
    }
}

/// A line that opens with a date label: `Some(true)` for an update label
/// ("Last updated:", "Gewijzigd op", "Atualizado em"), `Some(false)` for a
/// publication label ("Posted on", "Publié le"), `None` otherwise.
pub fn date_label(line: &str) -> Option<bool> {
    // The label is at the start: within the first three words.
    let mut head = String::with_capacity(line.len().min(64));
    for word in line.split_whitespace().take(3) {
        if !head.is_empty() {
            head.push(' ');
        }
        head.push_str(word);
    }
    let head = crate::ascii::lowercase(&head);
    if has_update_word(&head) {
        return Some(true);
    }
    PUBLICATION_WORDS
        .iter()
        .any(|w| head.starts_with(w))
        .then_some(false)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Value (saturated for long runs) and digit count.
    Num(u32, usize),
    Word,
    Sep(char),
}

#[derive(Debug, Clone)]
struct Tok<'a> {
    kind: Kind,
    /// Lower-cased text for words (borrowed when the text is lower case).
    word: Cow<'a, str>,
    start: usize,
    end: usize,
}

/// Characters that act as words on their own in CJK dates.
fn is_cjk_date_marker(c: char) -> bool {
    matches!(c, '年' | '月' | '日' | '년' | '월' | '일')
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some((start, c)) = it.next() {
        if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                it.next();
            }
            let digits = s.get(start..end).unwrap_or("");
            let val = if digits.len() > 9 {
                u32::MAX
            } else {
                digits.parse().unwrap_or(u32::MAX)
            };
            toks.push(Tok {
                kind: Kind::Num(val, digits.len()),
                word: Cow::Borrowed(""),
                start,
                end,
            });
        } else if is_cjk_date_marker(c) {
            toks.push(Tok {
                kind: Kind::Word,
                word: Cow::Borrowed(s.get(start..start + c.len_utf8()).unwrap_or("")),
                start,
                end: start + c.len_utf8(),
            });
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() || is_cjk_date_marker(d) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            toks.push(Tok {
                kind: Kind::Word,
                word: crate::ascii::lowercase(s.get(start..end).unwrap_or("")),
                start,
                end,
            });
        } else if !c.is_whitespace() {
            toks.push(Tok {
                kind: Kind::Sep(c),
                word: Cow::Borrowed(""),
                start,
                end: start + c.len_utf8(),
            });
        }
    }
    toks
}

/// A date starting at token `i`: the formatted date and the index of the
/// first token after it.
fn date_at(toks: &[Tok], i: usize, day_first: Option<bool>) -> Option<(String, usize)> {
    let (y, m, d, next) = ymd_numeric_iso(toks, i)
        .or_else(|| ymd_cjk(toks, i))
        .or_else(|| ymd_numeric_dmy(toks, i, day_first))
        .or_else(|| ymd_month_first(toks, i))
        .or_else(|| ymd_day_first(toks, i))
        .or_else(|| ymd_day_month_joined(toks, i))
        .or_else(|| ymd_year_first_named(toks, i))?;
    let date = ymd(y, m, d)?;
    match time_at(toks, next) {
        Some((time, after)) => Some((format!("{date}T{time}"), after)),
        None => Some((date, next)),
    }
}

fn num(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    match toks.get(i)?.kind {
        Kind::Num(v, n) => Some((v, n)),
        _ => None,
    }
}

fn sep(toks: &[Tok], i: usize) -> Option<char> {
    match toks.get(i)?.kind {
        Kind::Sep(c) => Some(c),
        _ => None,
    }
}

fn word<'t>(toks: &'t [Tok<'_>], i: usize) -> Option<&'t str> {
    let t = toks.get(i)?;
    (t.kind == Kind::Word).then_some(t.word.as_ref())
}

/// Tokens `i` and `i + 1` touch (no space between them).
fn adjacent(toks: &[Tok], i: usize) -> bool {
    match (toks.get(i), toks.get(i + 1)) {
        (Some(a), Some(b)) => a.end == b.start,
        _ => false,
    }
}

fn year(toks: &[Tok], i: usize) -> Option<u32> {
    num(toks, i).and_then(|(v, n)| (n == 4).then_some(v))
}

fn small(toks: &[Tok], i: usize) -> Option<u32> {
    num(toks, i).and_then(|(v, n)| (n <= 2).then_some(v))
}

/// `2025-03-12`, `2025/3/12`, `2025.03.12`.
fn ymd_numeric_iso(toks: &[Tok], i: usize) -> Option<(u32, u32, u32, usize)> {
    let y = year(toks, i)?;
    let s = sep(toks, i + 1).filter(|c| matches!(c, '-' | '/' | '.'))?;
    let m = small(toks, i + 2)?;
    (sep(toks, i + 3) == Some(s)).then_some(())?;
    let d = small(toks, i + 4)?;
    (adjacent(toks, i) && adjacent(toks, i + 1) && adjacent(toks, i + 2) && adjacent(toks, i + 3))
        .then_some((y, m, d, i + 5))
}

/// `2025年3月12日`, `2025년 3월 12일`.
fn ymd_cjk(toks: &[Tok], i: usize) -> Option<(u32, u32, u32, usize)> {
    let y = year(toks, i)?;
    let is = |j: usize, a: char, b: char| {
        word(toks, j).is_some_and(|w| w.starts_with(a) || w.starts_with(b))
    };
    is(i + 1, '年', '년').then_some(())?;
    let m = small(toks, i + 2)?;
    is(i + 3, '月', '월').then_some(())?;
    let d = small(toks, i + 4)?;
    is(i + 5, '日', '일').then_some((y, m, d, i + 6))
}

/// `12/03/2025`, `03/12/2025`, `12.03.2025`, `12-03-2025`: the order of day
/// and month comes from the locale, or from a number above 12.
fn ymd_numeric_dmy(
    toks: &[Tok],
    i: usize,
    day_first: Option<bool>,
) -> Option<(u32, u32, u32, usize)> {
    let a = small(toks, i)?;
    let s = sep(toks, i + 1).filter(|c| matches!(c, '-' | '/' | '.'))?;
    let b = small(toks, i + 2)?;
    (sep(toks, i + 3) == Some(s)).then_some(())?;
    let y = year(toks, i + 4)?;
    if !(adjacent(toks, i)
        && adjacent(toks, i + 1)
        && adjacent(toks, i + 2)
        && adjacent(toks, i + 3))
    {
        return None;
    }
    // Dotted numeric dates are day-first in every language that writes them.
    let day_first = if s == '.' { Some(true) } else { day_first };
    let (d, m) = if a > 12 && b <= 12 {
        (a, b)
    } else if b > 12 && a <= 12 {
        (b, a)
    } else if a == b {
        (a, b)
    } else {
        match day_first? {
            true => (a, b),
            false => (b, a),
        }
    };
    Some((y, m, d, i + 5))
}

/// Ordinal suffixes after a day number: 12th, 1er, 1º.
fn is_ordinal_suffix(w: &str) -> bool {
    matches!(
        w,
        "st" | "nd" | "rd" | "th" | "er" | "e" | "º" | "ª" | "o" | "a"
    )
}

/// `March 12, 2025`, `Mar. 12th 2025`, `Wed Mar 12 2025`.
fn ymd_month_first(toks: &[Tok], i: usize) -> Option<(u32, u32, u32, usize)> {
    let m = month_number(word(toks, i)?)?;
    let mut j = i + 1;
    if sep(toks, j) == Some('.') {
        j += 1;
    }
    let d = small(toks, j)?;
    if word(toks, j + 1).is_some_and(is_ordinal_suffix) && adjacent(toks, j) {
        j += 1;
    }
    j += 1;
    if matches!(sep(toks, j), Some(',' | '.')) {
        j += 1;
    }
    let y = year(toks, j)?;
    Some((y, m, d, j + 1))
}

/// `12 March 2025`, `12. März 2025`, `12 de marzo de 2025`, `1er mars 2025`,
/// `12th of March, 2025`, `12 марта 2025`.
fn ymd_day_first(toks: &[Tok], i: usize) -> Option<(u32, u32, u32, usize)> {
    let d = small(toks, i)?;
    let mut j = i + 1;
    if word(toks, j).is_some_and(is_ordinal_suffix) && adjacent(toks, i) {
        j += 1;
    }
    if sep(toks, j) == Some('.') {
        j += 1;
    }
    if matches!(word(toks, j), Some("de" | "of")) {
        j += 1;
    }
    let m = month_number(word(toks, j)?)?;
    j += 1;
    if matches!(sep(toks, j), Some(',' | '.')) {
        j += 1;
    }
    if matches!(word(toks, j), Some("de" | "del" | "of")) {
        j += 1;
    }
    let y = year(toks, j)?;
    Some((y, m, d, j + 1))
}

/// `04-Aug-2021`, `12-mar-2025`, `04/ago/2021`: day, month name and year
/// joined by one separator, as database and server templates print dates.
fn ymd_day_month_joined(toks: &[Tok], i: usize) -> Option<(u32, u32, u32, usize)> {
    let d = small(toks, i)?;
    let s = sep(toks, i + 1).filter(|c| matches!(c, '-' | '/'))?;
    let m = month_number(word(toks, i + 2)?)?;
    (sep(toks, i + 3) == Some(s)).then_some(())?;
    let y = year(toks, i + 4)?;
    let joined = (i..i + 4).all(|j| adjacent(toks, j));
    joined.then_some((y, m, d, i + 5))
}

/// `2023 Jan 7`, `2023 January 07` (citation style).
fn ymd_year_first_named(toks: &[Tok], i: usize) -> Option<(u32, u32, u32, usize)> {
    let y = year(toks, i)?;
    let m = month_number(word(toks, i + 1)?)?;
    let mut j = i + 2;
    if sep(toks, j) == Some('.') {
        j += 1;
    }
    let d = small(toks, j)?;
    // "2023 Jan 7" but not "2023 Jan 7-9" ranges or "2023 Jan 12:00".
    if matches!(sep(toks, j + 1), Some('-' | ':')) && adjacent(toks, j) {
        return None;
    }
    Some((y, m, d, j + 1))
}

/// Month names and abbreviations in en, de, fr, es, it, pt, nl, pl, ru, sv,
/// da/no, with Polish and Russian genitives.
const MONTH_NAMES: &[(&str, u32)] = &[
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // German
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("mär", 3),
    ("mrz", 3),
    ("okt", 10),
    ("dez", 12),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("janv", 1),
    ("févr", 2),
    ("fév", 2),
    ("fevr", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("ene", 1),
    ("abr", 4),
    ("ago", 8),
    ("dic", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("gen", 1),
    ("mag", 5),
    ("giu", 6),
    ("lug", 7),
    ("set", 9),
    ("ott", 10),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("marco", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("fev", 2),
    ("out", 10),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
    ("mrt", 3),
    // Swedish, Danish, Norwegian
    ("augusti", 8),
    ("oktober", 10),
    ("maj", 5),
    ("okt", 10),
    // Polish: nominative, genitive, abbreviations
    ("styczeń", 1),
    ("luty", 2),
    ("marzec", 3),
    ("kwiecień", 4),
    ("czerwiec", 6),
    ("lipiec", 7),
    ("sierpień", 8),
    ("wrzesień", 9),
    ("październik", 10),
    ("listopad", 11),
    ("grudzień", 12),
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    ("sty", 1),
    ("lut", 2),
    ("kwi", 4),
    ("cze", 6),
    ("lip", 7),
    ("wrz", 9),
    ("paź", 10),
    ("lis", 11),
    ("gru", 12),
    // Russian: nominative, genitive, abbreviations
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("янв", 1),
    ("фев", 2),
    ("мар", 3),
    ("апр", 4),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("сент", 9),
    ("окт", 10),
    ("ноя", 11),
    ("дек", 12),
];

/// The month (1–12) named by a lower-cased word in a supported language.
pub fn month_number(w: &str) -> Option<u32> {
    // One hash lookup instead of a scan of the list (every word of every
    // line with a digit is asked); the first entry of a name wins, as in
    // the list.
    static BY_NAME: LazyLock<rustc_hash::FxHashMap<&'static str, u32>> = LazyLock::new(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for &(name, m) in MONTH_NAMES.iter() {
            map.entry(name).or_insert(m);
        }
        map
    });
    BY_NAME.get(w).copied()
}

/// A time of day after a date: `10:32`, `at 10:32 pm`, `T10:00:00.123Z`,
/// `10:00:00 +0000`, `10:00 GMT`. Returns `HH:MM:SS±HH:MM` only when a zone
/// is given (a local time is ambiguous), and the index after it.
fn time_at(toks: &[Tok], mut j: usize) -> Option<(String, usize)> {
    if word(toks, j) == Some("t") && adjacent(toks, j) {
        j += 1;
    } else {
        if matches!(sep(toks, j), Some(',' | '-' | '|' | '·' | '•' | '@')) {
            j += 1;
        }
        // "at", "um", "à", "a las", "alle", "às", "om", "o", "в"
        const AT: [&str; 10] = ["at", "um", "à", "a", "las", "alle", "às", "om", "o", "в"];
        while word(toks, j).is_some_and(|w| AT.contains(&w)) {
            j += 1;
        }
    }
    let h = small(toks, j)?;
    (sep(toks, j + 1) == Some(':')).then_some(())?;
    let (mi, n) = num(toks, j + 2)?;
    (n == 2).then_some(())?;
    j += 3;
    let mut sec = 0;
    if sep(toks, j) == Some(':') {
        let (s, n) = num(toks, j + 1)?;
        (n == 2).then_some(())?;
        sec = s;
        j += 2;
        if sep(toks, j) == Some('.') && num(toks, j + 1).is_some() {
            j += 2;
        }
    }
    let mut h = h;
    match word(toks, j) {
        Some("am") | Some("pm") => {
            let pm = word(toks, j) == Some("pm");
            h = twelve_hour(h, pm)?;
            j += 1;
        }
        Some(w @ ("a" | "p"))
            if sep(toks, j + 1) == Some('.') && word(toks, j + 2) == Some("m") =>
        {
            let pm = w == "p";
            h = twelve_hour(h, pm)?;
            j += 3;
            if sep(toks, j) == Some('.') {
                j += 1;
            }
        }
        _ => {}
    }
    if h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let (zone, after) = zone_at(toks, j)?;
    Some((format!("{h:02}:{mi:02}:{sec:02}{zone}"), after))
}

fn twelve_hour(h: u32, pm: bool) -> Option<u32> {
    match (h, pm) {
        (1..=11, false) => Some(h),
        (12, false) => Some(0),
        (1..=11, true) => Some(h + 12),
        (12, true) => Some(12),
        _ => None,
    }
}

/// A zone: `Z`, `UTC`, `GMT`, `+02:00`, `+0200`, `-05`, `GMT+1`, or a North
/// American or central European abbreviation.
fn zone_at(toks: &[Tok], j: usize) -> Option<(String, usize)> {
    if let Some(w) = word(toks, j) {
        let fixed = match w {
            "z" | "utc" | "gmt" | "ut" => Some(0),
            "est" => Some(-5 * 60),
            "edt" | "cdt" => Some(if w == "edt" { -4 * 60 } else { -5 * 60 }),
            "cst" => Some(-6 * 60),
            "mst" => Some(-7 * 60),
            "mdt" => Some(-6 * 60),
            "pst" => Some(-8 * 60),
            "pdt" => Some(-7 * 60),
            "cet" | "mez" => Some(60),
            "cest" | "mesz" => Some(120),
            _ => None,
        }?;
        // "GMT+1" / "UTC-05:00": the offset wins.
        if fixed == 0 {
            if let Some((z, after)) = offset_at(toks, j + 1) {
                return Some((z, after));
            }
            return Some(("Z".to_string(), j + 1));
        }
        return Some((format_offset(fixed), j + 1));
    }
    offset_at(toks, j)
}

fn offset_at(toks: &[Tok], j: usize) -> Option<(String, usize)> {
    let sign = sep(toks, j).filter(|c| matches!(c, '+' | '-' | '−'))?;
    let (v, n) = num(toks, j + 1)?;
    let (hours, mins, after) = match n {
        4 => (v / 100, v % 100, j + 2),
        1 | 2 => {
            if sep(toks, j + 2) == Some(':') {
                let (m, mn) = num(toks, j + 3)?;
                (mn == 2).then_some(())?;
                (v, m, j + 4)
            } else {
                (v, 0, j + 2)
            }
        }
        _ => return None,
    };
    if hours > 14 || mins > 59 {
        return None;
    }
    let total = (hours * 60 + mins) as i32;
    Some((
        format_offset(if sign == '+' { total } else { -total }),
        after,
    ))
}

fn format_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

/// The other reading of an ambiguous numeric date at the start of `s`
/// ("03/10/2023": 3 October or March 10): the one the page's locale did not
/// choose, when both are dates and differ. `None` for any other date form.
pub fn other_numeric_reading(s: &str, lang: Option<&str>) -> Option<String> {
    let day_first = lang.and_then(day_first_for_language)?;
    let toks = tokenize(s);
    if ymd_numeric_iso(&toks, 0).is_some() || ymd_cjk(&toks, 0).is_some() {
        return None;
    }
    let (y, m, d, _) = ymd_numeric_dmy(&toks, 0, Some(!day_first))?;
    let (y2, m2, d2, _) = ymd_numeric_dmy(&toks, 0, Some(day_first))?;
    if (y, m, d) == (y2, m2, d2) {
        return None;
    }
    ymd(y, m, d)
}

/// A valid calendar date as `YYYY-MM-DD`.
pub fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    (d <= *days.get(m as usize - 1)?).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {

    #[test]
    fn numeric_date_order_from_unambiguous_dates() {
        assert_eq!(numeric_date_order("8/1/2025\n8/27/2025"), Some(false));
        assert_eq!(
            numeric_date_order("Posted 27/08/2025, edited 01/09/2025"),
            Some(true)
        );
        assert_eq!(numeric_date_order("27.08.2025"), Some(true));
        // Only ambiguous dates, or the two orders both: no order.
        assert_eq!(numeric_date_order("8/1/2025 and 3/4/2025"), None);
        assert_eq!(numeric_date_order("8/27/2025 and 27/8/2025"), None);
        // Not dates: a fraction, a version, a long number, odd bytes.
        assert_eq!(numeric_date_order("1/2 cup, v1.13.2, 123/45/20256"), None);
        assert_eq!(
            numeric_date_order("/./ 13/ /13/2025 é/13/2025 13/1/25"),
            None
        );
        assert_eq!(numeric_date_order(""), None);
    }

    use super::*;

    fn p(s: &str) -> Option<String> {
        parse_date(s)
    }

    #[test]
    fn day_month_name_year_joined() {
        assert_eq!(p("on 04-ago-2021 5:11:10").as_deref(), Some("2021-08-04"));
        assert_eq!(p("12-Mar-2025").as_deref(), Some("2025-03-12"));
        assert_eq!(
            p("12/Mar/2025:10:00:00 +0000").as_deref(),
            Some("2025-03-12")
        );
        // Mixed separators or spaces are no such date.
        assert_eq!(p("12-Mar/2025"), None);
        assert_eq!(p("3 - May - 2025"), None);
    }

    #[test]
    fn ambiguous_numeric_readings() {
        let us = Some("en-US");
        let gb = Some("en-GB");
        assert_eq!(
            other_numeric_reading("03/10/2023", us).as_deref(),
            Some("2023-10-03")
        );
        assert_eq!(
            other_numeric_reading("03/10/2023", gb).as_deref(),
            Some("2023-03-10")
        );
        // One reading only: a number above 12, the same day and month, dots
        // (always day-first), named months and ISO dates.
        assert_eq!(other_numeric_reading("03/14/2023", us), None);
        assert_eq!(other_numeric_reading("05/05/2023", us), None);
        assert_eq!(other_numeric_reading("03.10.2023", us), None);
        assert_eq!(other_numeric_reading("March 10, 2023", us), None);
        assert_eq!(other_numeric_reading("2023-03-10", us), None);
        assert_eq!(other_numeric_reading("03/10/2023", None), None);
    }

    #[test]
    fn iso_forms() {
        assert_eq!(p("2025-04-12").as_deref(), Some("2025-04-12"));
        assert_eq!(
            p("2025-04-12T09:30:00+0200").as_deref(),
            Some("2025-04-12T09:30:00+02:00")
        );
        assert_eq!(
            p("2025-04-12T09:30:00.123Z").as_deref(),
            Some("2025-04-12T09:30:00Z")
        );
        assert_eq!(
            p("2025-04-12T09:30:00-05:00").as_deref(),
            Some("2025-04-12T09:30:00-05:00")
        );
        assert_eq!(
            p("2025-04-12 09:30:00 UTC").as_deref(),
            Some("2025-04-12T09:30:00Z")
        );
        // A local time without a zone is ambiguous: the date alone is kept.
        assert_eq!(p("2025-04-12T09:30:00").as_deref(), Some("2025-04-12"));
        assert_eq!(p("2025/4/5").as_deref(), Some("2025-04-05"));
        assert_eq!(p("2025-02-30"), None);
    }

    #[test]
    fn english_month_names() {
        assert_eq!(p("Published March 12, 2025").as_deref(), Some("2025-03-12"));
        assert_eq!(p("12 Sept. 2024").as_deref(), Some("2024-09-12"));
        assert_eq!(p("Mar. 3rd, 2024").as_deref(), Some("2024-03-03"));
        assert_eq!(p("the 12th of March, 2025").as_deref(), Some("2025-03-12"));
        assert_eq!(p("May the force"), None);
        assert_eq!(p("© 2024 Example"), None);
        assert_eq!(p("March 2025"), None);
        assert_eq!(p("2023 Jan 7").as_deref(), Some("2023-01-07"));
    }

    #[test]
    fn other_languages() {
        assert_eq!(p("12. März 2025").as_deref(), Some("2025-03-12"));
        assert_eq!(p("1er mars 2025").as_deref(), Some("2025-03-01"));
        assert_eq!(p("12 février 2025").as_deref(), Some("2025-02-12"));
        assert_eq!(p("12 de marzo de 2025").as_deref(), Some("2025-03-12"));
        assert_eq!(p("12 settembre 2025").as_deref(), Some("2025-09-12"));
        assert_eq!(p("12 de março de 2025").as_deref(), Some("2025-03-12"));
        assert_eq!(p("12 maart 2025").as_deref(), Some("2025-03-12"));
        assert_eq!(p("12 października 2025").as_deref(), Some("2025-10-12"));
        assert_eq!(p("12 марта 2025 г.").as_deref(), Some("2025-03-12"));
        assert_eq!(p("2025年3月12日").as_deref(), Some("2025-03-12"));
        assert_eq!(p("2025년 3월 12일").as_deref(), Some("2025-03-12"));
    }

    #[test]
    fn rfc_2822() {
        assert_eq!(
            p("Wed, 12 Mar 2025 10:00:00 +0000").as_deref(),
            Some("2025-03-12T10:00:00+00:00")
        );
        assert_eq!(
            p("Wed, 12 Mar 2025 10:00:00 GMT").as_deref(),
            Some("2025-03-12T10:00:00Z")
        );
        assert_eq!(
            p("Tue, 4 Feb 2025 08:15:00 EST").as_deref(),
            Some("2025-02-04T08:15:00-05:00")
        );
    }

    #[test]
    fn numeric_day_month_order() {
        // Unambiguous without a locale when one number is above 12.
        assert_eq!(p("25/03/2025").as_deref(), Some("2025-03-25"));
        assert_eq!(p("03/25/2025").as_deref(), Some("2025-03-25"));
        // Ambiguous: needs a locale.
        assert_eq!(p("03/04/2025"), None);
        assert_eq!(
            parse_date_with_locale("03/04/2025", Some("en-US")).as_deref(),
            Some("2025-03-04")
        );
        assert_eq!(
            parse_date_with_locale("03/04/2025", Some("fr")).as_deref(),
            Some("2025-04-03")
        );
        assert_eq!(
            parse_date_with_locale("12/03/2025", Some("en-GB")).as_deref(),
            Some("2025-03-12")
        );
        // Dots mean day-first.
        assert_eq!(p("03.04.2025").as_deref(), Some("2025-04-03"));
    }

    #[test]
    fn times_with_zones() {
        assert_eq!(
            p("March 12, 2025 at 3:05 pm EDT").as_deref(),
            Some("2025-03-12T15:05:00-04:00")
        );
        assert_eq!(
            p("12 March 2025, 10:32").as_deref(),
            Some("2025-03-12"),
            "a time without a zone is dropped"
        );
    }

    #[test]
    fn dates_in_lines() {
        let found = find_dates(
            "Published 12 March 2025, 10:32 | Updated: 13 March 2025",
            None,
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].date, "2025-03-12");
        assert!(!found[0].updated);
        assert_eq!(found[1].date, "2025-03-13");
        assert!(found[1].updated);
        let f = find_date("Aktualisiert am 02.05.2024", Some("de")).unwrap();
        assert!(f.updated);
        assert_eq!(f.date, "2024-05-02");
        assert!(find_date("No date here, 2024 only", None).is_none());
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            "2025-",
            "2025-1",
            "99999999999999999999-01-01",
            "12 de",
            "年月日",
            "1 t 1:",
            "Mar 1, 2025 12:",
            "2025-01-01T10:00+",
        ] {
            let _ = p(s);
            let _ = find_dates(s, Some("en"));
        }
    }

    #[test]
    fn update_and_publication_labels_in_many_languages() {
        for l in [
            "Last updated: November 13, 2025",
            "Updated 10/31/2024",
            "Gewijzigd op 12 maart 2025",
            "Atualizado em 12 de março de 2025",
            "Última atualização: 12/03/2025",
            "Aktualizacja: 12 marca 2025",
            "Zaktualizowano 12.03.2025",
            "Aktualisiert am 12. März 2025",
            "Mis à jour le 12 mars 2025",
            "Aggiornato il 12 marzo 2025",
            "Обновлено 12 марта 2025",
            "更新日 2025年3月12日",
            "Last post: 01/12/2025 at 6:49 pm",
            "Letzter Beitrag 12.03.2025",
        ] {
            assert_eq!(date_label(l), Some(true), "{l}");
        }
        for l in [
            "Posted on the 04/11/2024 at 08:15",
            "Published March 3, 2025",
            "Gepubliceerd op 3 maart 2025",
            "Publicado em 3 de março de 2025",
            "Opublikowano: 3 marca 2025",
            "Veröffentlicht am 3. März 2025",
        ] {
            assert_eq!(date_label(l), Some(false), "{l}");
        }
        assert_eq!(date_label("The council met on 3 March 2025"), None);
        let found = find_dates(
            "Gepubliceerd op 3 maart 2025, gewijzigd op 12 maart 2025",
            Some("nl"),
        );
        assert_eq!(found.len(), 2);
        assert!(!found[0].updated && found[1].updated);
    }

    #[test]
    fn original_publication_phrases_date_the_first_appearance() {
        let cases = [
            (
                "This story was originally published on 14 Feb 2018 at 9:05am and has been revised since.",
                Some("2018-02-14"),
            ),
            (
                "Editor's note: first published on the 3rd of May 2016, updated on the 9th of June 2024.",
                Some("2016-05-03"),
            ),
            ("Ursprünglich veröffentlicht am 12. März 2019.", Some("2019-03-12")),
            ("Publié initialement le 4 avril 2020.", Some("2020-04-04")),
            // A phrase with no date right after it, or no phrase at all.
            (
                "Originally published in a trade magazine, the piece was reprinted on 2 June 2021.",
                None,
            ),
            ("Updated on 2 June 2021.", None),
        ];
        for (line, want) in cases {
            let got = original_publication_date(line, None);
            assert_eq!(got.as_deref().map(|d| &d[..10]), want, "{line}");
        }
    }
}
