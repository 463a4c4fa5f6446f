//! Bylines to clean author lists.
//!
//! A byline such as "By Jane Doe and John Roe, Senior Editors | Reuters,
//! Updated 12 March 2025" becomes person names (`Jane Doe`, `John Roe`) plus a
//! credit (`Reuters`): prefixes, dates, job titles and organisations are
//! taken out.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::dates;
use super::title::fold;

/// Split a byline like "By Jane Doe and John Roe | Reuters" into names.
/// Returns `(authors, credit)`: the credit is an agency or outlet named in
/// the byline, which is not an author.
pub fn parse_byline(s: &str) -> (Vec<String>, Option<String>) {
    let s = collapse(s);
    let s = drop_inner_parentheticals(&s);
    let s = cut_at_date(&s);
    let mut names: Vec<String> = Vec::new();
    let mut credit: Option<String> = None;
    let mut after_role = false;
    for (idx, (segment, outlet)) in split_credit_segments(&s).into_iter().enumerate() {
        // What a writer writes "for" is the outlet, never a co-author.
        if outlet {
            credit.get_or_insert_with(|| segment.trim().to_string());
            continue;
        }
        let segment = strip_byline_prefix(segment.trim());
        let segment = cut_at_bio(segment);
        if segment.is_empty() {
            continue;
        }
        // After the first segment, only organisations and names of further
        // authors are expected; a lone phrase is more likely a credit.
        let found = names_in_segment(segment);
        // After "Jane Doe, Director of Operations", a segment naming no role
        // of its own goes on about that role ("- 10+ Years in the Industry").
        if after_role && !found.role {
            continue;
        }
        after_role |= found.role && !found.names.is_empty();
        if idx > 0 && found.names.len() == 1 && !names.is_empty() && found.org.is_none() {
            names.extend(found.names);
            continue;
        }
        names.extend(found.names);
        if let Some(o) = found.org {
            credit.get_or_insert(o);
        }
    }
    let mut out: Vec<String> = Vec::new();
    for n in names {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&n)) {
            out.push(n);
        }
    }
    (out, credit)
}

/// A nickname or birth name in parentheses between two name words
/// ("Paramita (Guha) Ghosh", "Robert (Bob) Lane") is part of one name, not
/// a credit: it is dropped so the name stays whole. A trailing credit in
/// parentheses ("Jane Doe (Reuters)") is kept for the credit split.
fn drop_inner_parentheticals(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let (before, from_open) = rest.split_at(open);
        let Some(close) = from_open.find(')') else {
            break;
        };
        let inner = from_open.get(1..close).unwrap_or("");
        let after = from_open.get(close + 1..).unwrap_or("");
        let inner_words = inner.split_whitespace().count();
        let name_before = before.ends_with(|c: char| c.is_alphabetic() || c == ' ')
            && before.trim_end().ends_with(char::is_alphabetic);
        let name_after = after
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            && after.starts_with(' ');
        let plain = inner
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
        out.push_str(before);
        if (1..=2).contains(&inner_words) && plain && name_before && name_after {
            rest = after;
        } else {
            out.push_str(from_open.get(..=close).unwrap_or(""));
            rest = after;
        }
    }
    out.push_str(rest);
    collapse(&out)
}

/// Whitespace runs become one space.
fn collapse(s: &str) -> String {
    crate::normalize::collapse_whitespace(s)
}

/// Drop dates and the words that introduce them, segment by segment:
/// "Jane Doe, Updated 12 March 2025" → "Jane Doe"; "Dec. 19, 2025 · Jane
/// Doe" → "Jane Doe"; "Published 12 March 2025 by Jane Doe" → "by Jane Doe".
fn cut_at_date(s: &str) -> String {
    s.split(['|', '·', '•'])
        .map(date_free_part)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" | ")
}

fn date_free_part(seg: &str) -> String {
    let seg = seg.trim();
    let lower = seg.to_lowercase();
    // Offsets in `lower` match `seg` only when lower-casing kept byte lengths.
    let same_offsets = lower.len() == seg.len();
    let date = dates::find_date(seg, None);
    let (mut start, mut end) = date
        .as_ref()
        .map_or((seg.len(), seg.len()), |d| (d.start, d.end));
    if same_offsets && holds_any(&DATE_INTRO_MATCHER, &lower) {
        for marker in DATE_INTRO_WORDS {
            if let Some(p) = find_word(&lower, marker) {
                if p < start {
                    start = p;
                    if date.is_none() {
                        end = p + marker.len();
                    }
                }
            }
        }
    }
    if start >= seg.len() {
        return seg.to_string();
    }
    let before = trim_dangling(seg.get(..start).unwrap_or(""));
    if !before.is_empty() {
        return before.to_string();
    }
    // Nothing before the date: a byline may follow it.
    let after = seg.get(end..).unwrap_or("");
    let after_lower = after.to_lowercase();
    if after_lower.len() == after.len() {
        for w in ["by", "von", "par", "por", "door", "di"] {
            if let Some(p) = find_word(&after_lower, w) {
                return after.get(p..).unwrap_or("").trim().to_string();
            }
        }
    }
    String::new()
}

/// Remove separators and prepositions left dangling before a cut date.
fn trim_dangling(s: &str) -> &str {
    let mut head = s.trim_end();
    loop {
        let before = head;
        head = head.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '|' | '-' | '–' | '—' | '•' | '·' | ':' | '/')
        });
        for w in DANGLING_BEFORE_DATE {
            if let Some(rest) = strip_suffix_word(head, w) {
                head = rest;
            }
        }
        if head == before {
            break;
        }
    }
    head
}

// Words that start a date or time part of a byline, in several languages.
/// One automaton for [`DATE_INTRO_WORDS`], to skip the per-word search
/// when a segment holds none of them.
static DATE_INTRO_MATCHER: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| AhoCorasick::new(DATE_INTRO_WORDS).ok());

/// One automaton for [`ANDS`], in any ASCII case (as `split_on_and` reads them).
static ANDS_MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(ANDS)
        .ok()
});

// Whether a text holds one of a matcher's words (true when the matcher
// could not be built, so the exact search still runs).
fn holds_any(matcher: &LazyLock<Option<AhoCorasick>>, text: &str) -> bool {
    matcher.as_ref().map_or(true, |m| m.is_match(text))
}

const DATE_INTRO_WORDS: [&str; 19] = [
    "updated",
    "published",
    "posted",
    "last modified",
    "modified",
    "aktualisiert",
    "veröffentlicht",
    "publié",
    "mis à jour",
    "publicado",
    "actualizado",
    "pubblicato",
    "aggiornato",
    "atualizado",
    "gepubliceerd",
    "opublikowano",
    "опубликовано",
    "hours ago",
    "minutes ago",
];

// Prepositions that introduce a date: "Jane Doe on March 3", "Par X le 3 mars".
const DANGLING_BEFORE_DATE: [&str; 12] = [
    "on", "am", "le", "el", "il", "em", "op", "dnia", "at", "the", "de", "on:",
];

fn strip_suffix_word<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        // Lower-casing changed byte lengths: compare the last word only.
        let (head, last) = s.rsplit_once(' ')?;
        return last.eq_ignore_ascii_case(w).then_some(head);
    }
    let rest = lower.strip_suffix(w)?;
    if rest.is_empty() || rest.ends_with(' ') {
        s.get(..rest.len())
    } else {
        None
    }
}

/// Byte offset of `w` in `hay` as a whole word.
fn find_word(hay: &str, w: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(off) = hay.get(from..)?.find(w) {
        let at = from + off;
        let before_ok = hay
            .get(..at)
            .and_then(|h| h.chars().next_back())
            .map_or(true, |c| !c.is_alphanumeric());
        let after_ok = hay
            .get(at + w.len()..)
            .and_then(|h| h.chars().next())
            .map_or(true, |c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(at);
        }
        from = at + w.len();
    }
    None
}

/// Split off credit segments: "Jane Doe | Reuters", "Jane Doe / AFP",
/// "Jane Doe — The Times", "Jane Doe (dpa)", "Jane Doe for Example News",
/// "Jane Doe ● May 2, 2025" (bullets themes set between a byline's parts).
/// Each segment says whether it is the outlet after a "for".
fn split_credit_segments(s: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    for part in s.split([
        '|', '/', '—', '–', '•', '·', '●', '⋅', '∙', '▪', '(', ')', '[', ']',
    ]) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        // " - " separates a credit, a hyphen inside a name does not.
        for piece in part.split(" - ") {
            match split_for_outlet(piece) {
                Some((a, b)) => {
                    out.push((a, false));
                    if !b.is_empty() {
                        out.push((b, true));
                    }
                }
                None => out.push((piece, false)),
            }
        }
    }
    out
}

/// "Jane Doe for The Guardian" → ("Jane Doe", "The Guardian"); also "on
/// behalf of".
fn split_for_outlet(s: &str) -> Option<(&str, &str)> {
    let lower = s.to_ascii_lowercase();
    let (at, len) = find_word(&lower, "on behalf of")
        .map(|p| (p, "on behalf of".len()))
        .or_else(|| find_word(&lower, "for").map(|p| (p, 3)))
        // "Jane Doe in Technology": the section, not part of the name.
        .or_else(|| find_word(&lower, "in").map(|p| (p, 2)))?;
    let (a, b) = (s.get(..at)?.trim(), s.get(at + len..)?.trim());
    // "Center for Drug Research" is one organisation's name, not a person
    // writing for an outlet.
    if is_organisation(a) {
        return None;
    }
    // "Jane Doe on behalf of" with the outlet in the next element.
    (!a.is_empty()).then_some((a, b))
}

/// "Roy, Aniruddha" or "Berger, Emery D." (citation style, one person per
/// value) → "Aniruddha Roy".
fn surname_first(s: &str) -> Option<String> {
    let (last, first) = s.trim().split_once(',')?;
    let (last, first) = (last.trim(), first.trim());
    let one_word = !last.contains(' ') && !last.is_empty();
    let given_words = first.split_whitespace().count();
    let ok = one_word
        && (1..=3).contains(&given_words)
        && !first.contains(',')
        && !is_credential(first)
        && !is_job_title(first)
        && looks_like_name(last)
        && looks_like_name(first);
    ok.then(|| format!("{first} {last}"))
}

/// A text that only labels a byline: "By", "Written by", "Author:".
pub fn is_byline_label(s: &str) -> bool {
    let l = s
        .trim()
        .trim_end_matches(|c: char| c == ':' || c.is_whitespace())
        .to_lowercase();
    const LABELS: [&str; 27] = [
        "by",
        "written by",
        "interview by",
        "contributor",
        "contributors",
        "article by",
        "post by",
        "posted by",
        "words by",
        "story by",
        "reported by",
        "reviewed by",
        "edited by",
        "author",
        "authors",
        "autor",
        "autorin",
        "auteur",
        "autore",
        "von",
        "par",
        "por",
        "door",
        "di",
        "text",
        "about the author",
        "автор",
    ];
    LABELS.contains(&l.as_str())
}

/// A user handle as forums and CMSes show it ("jsmith", "Pippin06",
/// "q_admin"): one token of letters, digits, `_ . -`, with a letter. Only
/// trusted where markup says the token is the author.
pub fn looks_like_handle(s: &str) -> bool {
    let s = s.trim();
    let n = s.chars().count();
    (2..=32).contains(&n)
        && s.chars().any(char::is_alphabetic)
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
        && !s.contains("..")
        && !is_organisation(s)
        && !NOT_NAME_WORDS.contains(&s.to_lowercase().as_str())
}

/// Authors from a structured source (JSON-LD, meta, microdata) where the
/// value is known to name the author: a byline, else a user handle.
pub fn structured_author(s: &str) -> (Vec<String>, Option<String>) {
    if let Some(reordered) = surname_first(s) {
        return (vec![reordered], None);
    }
    let (names, credit) = parse_byline(s);
    if names.is_empty()
        && credit.is_none()
        && (looks_like_handle(s) || looks_like_lowercase_name(s))
    {
        return (vec![s.trim().to_string()], None);
    }
    (names, credit)
}

/// A person's name written in lower case ("kirstin boatto"): two to four
/// words of letters, none a UI word, role or organisation. Only trusted
/// where markup says the value is the author.
fn looks_like_lowercase_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                && !NOT_NAME_WORDS.contains(&w.to_lowercase().as_str())
        })
        && !is_organisation(s)
        && !is_job_title(s)
}

// Byline prefixes in several languages, lower-case, longest first.
const BYLINE_PREFIXES: [&str; 33] = [
    "this article was written by",
    "this post was written by",
    "interview by",
    "contributors",
    "contributor",
    "article by",
    "post by",
    "written by",
    "posted by",
    "reviewed by",
    "edited by",
    "story by",
    "words by",
    "reported by",
    "authored by",
    "text by",
    "authors",
    "author",
    "autorin",
    "autoren",
    "autor",
    "auteur",
    "autore",
    "автор",
    "text",
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
];

/// Whether the first word of a line (up to a space or a colon) is the first
/// word of a byline prefix: a test without allocation, because the scan
/// asks it of most elements' text and almost no line passes.
pub fn opens_with_byline_word(s: &str) -> bool {
    // (Most lines open with a letter: nothing to trim.)
    let s = if s.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
        s
    } else {
        s.trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '—')
    };
    // The first word ends at a space or a colon; none is over 16 bytes.
    let len = s
        .bytes()
        .take(17)
        .position(|b| b == b' ' || b == b':')
        .unwrap_or(s.len());
    let (Some(word), true) = (s.get(..len), len <= 16) else {
        return false;
    };
    if !word.is_ascii() {
        // Non-ASCII words are few and short ("автор").
        return is_prefix_first_word(word.to_lowercase().as_bytes());
    }
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..len) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    is_prefix_first_word(lower)
}

/// The first words of [`BYLINE_PREFIXES`], lower-cased, matched by length
/// and bytes with no hashing (this runs on many short texts of every page;
/// a test checks the list against the prefixes).
fn is_prefix_first_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"this"
            | b"interview"
            | b"contributors"
            | b"contributor"
            | b"article"
            | b"post"
            | b"written"
            | b"posted"
            | b"reviewed"
            | b"edited"
            | b"story"
            | b"words"
            | b"reported"
            | b"authored"
            | b"text"
            | b"authors"
            | b"author"
            | b"autorin"
            | b"autoren"
            | b"autor"
            | b"auteur"
            | b"autore"
            // "автор"
            | b"\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80"
            | b"by"
            | b"von"
            | b"par"
            | b"por"
            | b"di"
            | b"door"
            | b"av"
            | b"af"
    )
}

/// Remove "By", "Written by", "Von", "Par", "Autor:" and the like.
pub fn strip_byline_prefix(s: &str) -> &str {
    let mut s = s.trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '—');
    // Prefixes can stack: "Author: By Jane Doe".
    for _ in 0..2 {
        if !opens_with_byline_word(s) {
            break;
        }
        let lower = s.to_lowercase();
        if lower.len() != s.len() {
            break;
        }
        let Some(p) = BYLINE_PREFIXES.iter().find(|p| {
            lower.starts_with(*p)
                && lower
                    .get(p.len()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| c == ' ' || c == ':')
        }) else {
            break;
        };
        let rest = s.get(p.len()..).unwrap_or("");
        // "Text" and "Author" need a colon; "by"-like words need a following name.
        let colon = rest.trim_start().starts_with(':');
        if matches!(
            *p,
            "text"
                | "authors"
                | "author"
                | "autor"
                | "auteur"
                | "autore"
                | "contributors"
                | "contributor"
        ) && !colon
        {
            break;
        }
        s = rest.trim_start().trim_start_matches(':').trim_start();
    }
    s
}

/// Cut an author bio that follows the name: "Jane Doe is a reporter at …".
fn cut_at_bio(s: &str) -> &str {
    for marker in [" is a ", " is an ", " is the ", " ist ", " est "] {
        if let Some(p) = s.find(marker) {
            return s.get(..p).unwrap_or(s).trim();
        }
    }
    s
}

/// The names in one segment of a byline, the organisation it credits, and
/// whether it gives someone's role.
struct SegmentNames {
    names: Vec<String>,
    org: Option<String>,
    role: bool,
}

/// Names in one segment: split on commas, "and", "&" in several languages;
/// job titles and credentials after a comma are dropped, an organisation is
/// returned apart.
fn names_in_segment(s: &str) -> SegmentNames {
    let mut names = Vec::new();
    let mut org = None;
    let mut role = false;
    let parts: Vec<&str> = s.split([',', ';', '&', '、', '，', '+']).collect();
    // The part after "Jane Doe, Director of Operations" is the employer
    // ("Atlas Van Lines"), unless a role follows it too ("Jane Doe,
    // Editor, John Roe, Writer").
    let mut employer_next = false;
    for (i, part) in parts.iter().enumerate() {
        if std::mem::take(&mut employer_next) {
            let next_is_role = parts
                .get(i + 1)
                .is_some_and(|n| is_joined_role(n) || is_job_title(clean_piece(n)));
            // "…, and John Roe" joins another name.
            let joined = part
                .split_whitespace()
                .next()
                .is_some_and(|w| is_name_joiner(&w.to_lowercase()));
            if !next_is_role && !joined {
                org.get_or_insert_with(|| clean_piece(part).to_string());
                continue;
            }
        }
        if is_joined_role(part) {
            role = true;
            continue;
        }
        let pieces = split_on_and(part);
        // An organisation's name holds its own "and" ("Office of Science
        // and Technology"): when it opens the part, the part is that name.
        if pieces.len() > 1 && pieces.first().is_some_and(|f| is_organisation(f)) {
            org.get_or_insert_with(|| clean_piece(part).to_string());
            continue;
        }
        for piece in pieces {
            let piece = clean_piece(piece);
            // A name with its role glued on is a name, not a job title; a
            // role with its qualifiers ("Senior Education Correspondent")
            // holds no name.
            let stripped = strip_trailing_role(piece);
            // What follows a job title's "and" in the same part belongs to
            // the title ("Head of Research and Public Engagement").
            if stripped != piece && starts_with_role_qualifier(piece) {
                role = true;
                break;
            }
            let piece = stripped;
            // Organisations first: agency acronyms ("AFP") look like credentials.
            if !piece.is_empty() && is_organisation(piece) {
                if org.is_none() {
                    org = Some(piece.to_string());
                }
                continue;
            }
            if is_job_title(piece) {
                role = true;
                employer_next = !names.is_empty();
                break;
            }
            if piece.is_empty() || is_credential(piece) {
                continue;
            }
            let piece = strip_trailing_credentials(piece);
            let piece = undouble(piece);
            if looks_like_name(piece) && !is_browse_facet(piece) {
                names.push(piece.to_string());
            }
        }
    }
    SegmentNames { names, org, role }
}

fn clean_piece(s: &str) -> &str {
    s.trim().trim_matches(|c: char| {
        c.is_whitespace()
            || (c.is_ascii_punctuation() && c != '.')
            || matches!(c, '“' | '”' | '«' | '»')
    })
}

// The words that join names in a byline, spaced as they stand between names.
const ANDS: [&str; 10] = [
    " and ", " und ", " et ", " y ", " e ", " en ", " i ", " и ", " og ", " och ",
];

/// A word that joins two names in a byline ("and", "und", "et", …).
pub fn is_name_joiner(word: &str) -> bool {
    let lower = word.to_lowercase();
    ANDS.iter().any(|a| a.trim() == lower)
}

/// Split on the word "and" in several languages.
fn split_on_and(part: &str) -> Vec<&str> {
    // Most parts hold no separator: one pass tells.
    if !holds_any(&ANDS_MATCHER, part) {
        return vec![part];
    }
    let mut out = Vec::new();
    let mut rest = part;
    'outer: loop {
        // Case-insensitive for ASCII separators: "AND" in all-caps bylines.
        let lower = rest.to_ascii_lowercase();
        for sep in ANDS {
            if let Some(p) = lower.find(sep) {
                if let (Some(a), Some(b)) = (rest.get(..p), rest.get(p + sep.len()..)) {
                    out.push(a);
                    rest = b;
                    continue 'outer;
                }
            }
        }
        break;
    }
    out.push(rest);
    out
}

// Words of job titles in bylines, lower-case, several languages.
const JOB_WORDS: [&str; 63] = [
    "coordinator",
    "consultant",
    "strategist",
    "marketer",
    "marketing",
    "designer",
    "developer",
    "engineer",
    "scientist",
    "researcher",
    "professor",
    "lecturer",
    "nurse",
    "dietitian",
    "nutritionist",
    "therapist",
    "coach",
    "trainer",
    "officer",
    "advisor",
    "adviser",
    "lawyer",
    "attorney",
    "owner",
    "editor",
    "editors",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "columnist",
    "contributor",
    "contributing",
    "journalist",
    "producer",
    "author",
    "freelance",
    "analyst",
    "director",
    "manager",
    "founder",
    "ceo",
    "president",
    "chief",
    "head",
    "specialist",
    "expert",
    "photographer",
    "intern",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "redactor",
    "redactora",
    "periodista",
    "giornalista",
    "redattore",
    "jornalista",
];

/// The first word qualifies a job title ("Senior …", "Deputy …", "Staff
/// …"), so the phrase is a role, not a name followed by one.
fn starts_with_role_qualifier(s: &str) -> bool {
    const QUALIFIERS: [&str; 16] = [
        "senior",
        "junior",
        "chief",
        "lead",
        "deputy",
        "associate",
        "assistant",
        "executive",
        "managing",
        "principal",
        "staff",
        "contributing",
        "special",
        "leitender",
        "leitende",
        "stellvertretende",
    ];
    s.split_whitespace()
        .next()
        .is_some_and(|w| QUALIFIERS.contains(&w.to_lowercase().as_str()))
}

// A role whose own "and" joins two fields, not two people ("Home and
// Garden Expert", "Travel and Food Writer"): a job title ending in a job
// word; "Jane Doe and John Roe" ends in a name.
fn is_joined_role(part: &str) -> bool {
    let last = part
        .split_whitespace()
        .last()
        .map(|w| w.to_lowercase())
        .unwrap_or_default();
    split_on_and(part).len() > 1
        && is_job_title(part)
        && JOB_WORDS.contains(&last.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// A job title such as "Senior Editor", "Staff Writer", "Redakteurin".
pub fn is_job_title(s: &str) -> bool {
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty() && words.len() <= 6 && words.iter().any(|w| JOB_WORDS.contains(w))
}

/// Academic and professional credentials after a name: "PhD", "MS, RD", "MD".
fn is_credential(s: &str) -> bool {
    let t = s.trim().trim_end_matches('.');
    let letters: String = t.chars().filter(|c| c.is_alphanumeric()).collect();
    if letters.is_empty() || letters.chars().count() > 6 || t.contains(' ') && t.len() > 12 {
        return false;
    }
    const CREDENTIALS: [&str; 24] = [
        "phd", "md", "ms", "msc", "ma", "mba", "rd", "rn", "do", "dds", "cpa", "jd", "esq", "bsc",
        "ba", "mph", "lpn", "np", "pa", "cfa", "cfp", "dvm", "psyd", "edd",
    ];
    let lower = letters.to_lowercase();
    // All-capital short tokens (FAND, CSCS, E-RYT) are credentials too.
    let all_caps = t
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !t.contains(' ');
    CREDENTIALS.contains(&lower.as_str()) || all_caps
}

/// "Jane Doe PhD" → "Jane Doe".
fn strip_trailing_credentials(s: &str) -> &str {
    let mut s = s;
    while let Some((head, last)) = s.rsplit_once(' ') {
        if is_credential(last)
            && written_as_credential(last, head)
            && looks_like_name(head)
            && !looks_like_initial(last)
        {
            s = head.trim_end_matches(',').trim_end();
        } else {
            break;
        }
    }
    s
}

/// A word glued after a name is written as a credential ("PhD", "MD",
/// "M.D."), not as a surname: "Rui Ma" and "Jo Do" are title-case names,
/// and in an all-capital name ("LEONARDO GARCIA") capitals mean nothing.
fn written_as_credential(word: &str, head: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let title_case = letters.first().is_some_and(|c| c.is_uppercase())
        && letters.iter().skip(1).all(|c| c.is_lowercase());
    if title_case && !word.contains('.') {
        return false;
    }
    let all_caps = |t: &str| {
        t.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    };
    !(all_caps(word) && all_caps(head))
}

/// "Meghan Neville Content Marketing Coordinator" → "Meghan Neville": a
/// role glued after a name (no comma) starts after the name's two or three
/// words and holds a job word.
fn strip_trailing_role(s: &str) -> &str {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 3 {
        return s;
    }
    let is_job = |w: &&str| {
        let l = w.to_lowercase();
        JOB_WORDS.contains(&l.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    let Some(first_job) = words.iter().position(is_job) else {
        return s;
    };
    // The name keeps two words, three with a middle initial or particle.
    let name_len = match words.get(1) {
        Some(w) if looks_like_initial(w) || w.chars().next().is_some_and(char::is_lowercase) => 3,
        _ => 2,
    };
    if first_job < name_len {
        return s;
    }
    let end =
        words.iter().take(name_len).map(|w| w.len()).sum::<usize>() + name_len.saturating_sub(1);
    // Words are separated by single spaces after `collapse`.
    s.get(..end).map(str::trim).unwrap_or(s)
}

/// "Kimber Streams Kimber Streams" (a name rendered twice) → "Kimber Streams".
fn undouble(s: &str) -> &str {
    let words: Vec<&str> = s.split_whitespace().collect();
    let n = words.len();
    if n >= 2 && n % 2 == 0 && words.get(..n / 2) == words.get(n / 2..) {
        let end =
            words.iter().take(n / 2).map(|w| w.len()).sum::<usize>() + (n / 2).saturating_sub(1);
        return s.get(..end).unwrap_or(s);
    }
    s
}

fn looks_like_initial(w: &str) -> bool {
    let t = w.trim_end_matches('.');
    t.chars().count() == 1
}

// News agencies, named the way bylines credit them.
const AGENCIES: [&str; 24] = [
    "reuters",
    "ap",
    "associated press",
    "the associated press",
    "afp",
    "agence france-presse",
    "dpa",
    "apa",
    "sda",
    "ansa",
    "efe",
    "europa press",
    "xinhua",
    "tass",
    "ria novosti",
    "interfax",
    "upi",
    "pa",
    "pa media",
    "kyodo",
    "yonhap",
    "pti",
    "ians",
    "bloomberg",
];

// Words that mark an organisation rather than a person, lower-case.
const ORG_WORDS: [&str; 69] = [
    "center",
    "centre",
    "office",
    "administration",
    "bureau",
    "commission",
    "committee",
    "college",
    "forum",
    "community",
    "dépêche",
    "agencia",
    "agenzia",
    "agência",
    "nachrichtenagentur",
    "staff",
    "team",
    "editorial",
    "editors",
    "desk",
    "newsroom",
    "redaktion",
    "rédaction",
    "redacción",
    "redazione",
    "redação",
    "redactie",
    "redakcja",
    "редакция",
    "inc",
    "ltd",
    "llc",
    "gmbh",
    "ag",
    "plc",
    "corp",
    "corporation",
    "company",
    "news",
    "press",
    "presse",
    "agency",
    "agentur",
    "agence",
    "media",
    "group",
    "magazine",
    "gazette",
    "tribune",
    "herald",
    "network",
    "wire",
    "newswire",
    "services",
    "institute",
    "university",
    "association",
    "foundation",
    "society",
    "council",
    "department",
    "ministry",
    // Trade names: a shop's, a maker's, a brand's tip sheet.
    "designs",
    "solutions",
    "consulting",
    "official",
    "store",
    "shop",
    "tips",
];

/// An organisation rather than a person: news agencies, "… Staff",
/// "Editorial Team", names with Inc/Ltd/News/Press/Agency, domains.
pub fn is_organisation(s: &str) -> bool {
    let t = clean_piece(s);
    let lower = t.to_lowercase();
    if lower.is_empty() {
        return false;
    }
    if AGENCIES.contains(&lower.as_str()) {
        return true;
    }
    // A domain name: "example.com".
    if !lower.contains(' ') && lower.contains('.') && {
        let tld = lower.rsplit('.').next().unwrap_or("");
        (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
    } {
        return true;
    }
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| ORG_WORDS.contains(&w))
}

// Words that never appear in a person's name on a byline: UI labels and
// function words in several languages.
const NOT_NAME_WORDS: &[&str] = &[
    "archive",
    "archives",
    "privacy",
    "policy",
    "terms",
    "cookie",
    "cookies",
    "agreement",
    "notice",
    "undefined",
    "null",
    "webmaster",
    "category",
    "collection",
    "by",
    "written",
    "last",
    "posted",
    "article",
    "articles",
    "results",
    "updated",
    "published",
    "page",
    "facebook",
    "tweet",
    "pin",
    "twitter",
    "linkedin",
    "instagram",
    "print",
    "save",
    "listen",
    "reviewed",
    "edited",
    "checked",
    "team",
    "share",
    "follow",
    "read",
    "more",
    "view",
    "profile",
    "posts",
    "all",
    "about",
    "contact",
    "email",
    "comments",
    "comment",
    "subscribe",
    "home",
    "menu",
    "search",
    "login",
    "sign",
    "admin",
    "administrator",
    "guest",
    "anonymous",
    "unknown",
    "the",
    "this",
    "our",
    "your",
    "with",
    "from",
    "in",
    "is",
    "was",
    "has",
    "min",
    "minutes",
    "photo",
    "image",
    "video",
    "sponsored",
    // Headings and thread labels a name line can be mistaken for ("Key
    // Takeaways", "Featured Replies", "Next Steps").
    "takeaways",
    "summary",
    "overview",
    "introduction",
    "conclusion",
    "contents",
    "highlights",
    "featured",
    "replies",
    "reply",
    "words",
    "next",
    "previous",
    "faq",
    // Shop and page labels beside a date or over a product ("Blog Post
    // 12.18.2025", "Open Today, March 14", "Back", "Special Financing",
    // "Mostly Positive" reviews).
    "blog",
    "today",
    "yesterday",
    "open",
    "closed",
    "shop",
    "back",
    "checkout",
    "financing",
    "manufacturer",
    "essentials",
    "positive",
    "negative",
    "now",
    "shipping",
    "delivery",
    // (a resource's type over its date: "Case Study 12.18.2025")
    "study",
    "webinar",
    "podcast",
    "ebook",
    "whitepaper",
    "infographic",
];

/// Common given names, lower case, one per line.
const GIVEN_NAMES_LIST: &str = include_str!("given_names.txt");

static GIVEN_NAMES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| GIVEN_NAMES_LIST.lines().map(str::trim).collect());

/// Whether a name opens with a common given name ("Jane Doe", not "Paper
/// Trails"): asked where a name could as well be a brand's, as a site's
/// name is.
pub fn opens_with_given_name(s: &str) -> bool {
    s.split_whitespace().next().is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        GIVEN_NAMES.contains(w.as_str())
    })
}

/// A person's name: 1–5 words, each starting with an upper-case letter (or a
/// particle like "van", "de", or a letter of a script without case), no
/// digits, URLs, e-mail addresses or UI words.
pub fn looks_like_name(s: &str) -> bool {
    let s = s.trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 5
        || s.chars().count() > 60
        || s.chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '@' | '/' | ':' | '?' | '=' | '#' | '!'))
    {
        return false;
    }
    const PARTICLES: [&str; 16] = [
        "van", "von", "de", "der", "den", "da", "di", "do", "dos", "das", "du", "le", "la", "bin",
        "ibn", "y",
    ];
    if words.iter().all(|w| PARTICLES.contains(w)) {
        return false;
    }
    let mut letters = 0;
    for w in &words {
        let lw = w.to_lowercase();
        let bare = lw.trim_matches(|c: char| !c.is_alphanumeric());
        if NOT_NAME_WORDS.contains(&bare) {
            return false;
        }
        if PARTICLES.contains(w) {
            continue;
        }
        let Some(first) = w.chars().find(|c| c.is_alphabetic()) else {
            return false;
        };
        if first.is_lowercase() {
            return false;
        }
        // A full word closed by a period inside the line ends a sentence
        // ("Advise. Implement. Manage."); initials ("Z.B.", "J.R.R.") and "Jr." /
        // "St." do not, nor the period closing the line ("Jeff Cobb.").
        let last = std::ptr::eq(w, words.last().unwrap_or(w));
        if !last
            && w.ends_with('.')
            && !w.trim_end_matches('.').contains('.')
            && bare.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !matches!(bare, "snr" | "jnr" | "esq")
        {
            return false;
        }
        // Scripts without case (CJK, Arabic…): a name is short.
        if !first.is_uppercase() && w.chars().count() > 8 {
            return false;
        }
        letters += w.chars().filter(|c| c.is_alphabetic()).count();
    }
    letters >= 2
}

/// "By jdoe42": a byline whose whole name is one user handle, as blogs
/// and community sites show their writers; not a sort or filter option
/// ("By date", "By price").
pub fn handle_byline(line: &str) -> Option<String> {
    let line = line.trim();
    let rest = strip_byline_prefix(line).trim();
    let handle = rest != line
        && !rest.contains(char::is_whitespace)
        && looks_like_handle(rest)
        && rest.chars().any(char::is_lowercase)
        && !is_sort_option(rest);
    handle.then(|| rest.to_string())
}

// Words that follow "by" in the sort and filter controls of listings and
// search pages ("Sort: by date", "by popularity").
fn is_sort_option(word: &str) -> bool {
    const SORT_WORDS: [&str; 24] = [
        "date",
        "price",
        "name",
        "newest",
        "oldest",
        "latest",
        "popularity",
        "popular",
        "relevance",
        "rating",
        "ratings",
        "default",
        "title",
        "type",
        "topic",
        "year",
        "month",
        "week",
        "day",
        "location",
        "brand",
        "size",
        "color",
        "colour",
    ];
    SORT_WORDS.contains(&word.to_lowercase().as_str())
}

/// The option of a "browse by" menu ("By Industry", "By Use Case", "Par
/// secteur"): a facet of the site's catalogue, not a writer's name.
pub fn is_browse_facet(s: &str) -> bool {
    const FACETS: &[&str] = &[
        "use case",
        "use cases",
        "industry",
        "industries",
        "role",
        "roles",
        "region",
        "regions",
        "challenge",
        "challenges",
        "topic",
        "topics",
        "category",
        "categories",
        "solution",
        "solutions",
        "product",
        "products",
        "department",
        "function",
        "job function",
        "need",
        "needs",
        "goal",
        "goals",
        "audience",
        "level",
        "format",
        "subject",
        "subjects",
        "country",
        "state",
        "city",
        "season",
        "occasion",
        "style",
        "team size",
        "company size",
        "business size",
        "platform",
        "technology",
        "service",
        "services",
        "interest",
        "specialty",
        "specialties",
        "school",
        "user",
        "users",
        "profession",
        "skill",
        "skills",
        "branche",
        "rolle",
        "thema",
        "secteur",
        "sujet",
        "sector",
        "tema",
        "settore",
        // (a shop's filters: "By Weight", "By Gender & Age", "Par matière")
        "weight",
        "gender",
        "age",
        "size",
        "color",
        "colour",
        "price",
        "brand",
        "material",
        "shape",
        "forme",
        "form",
        "dimensions",
        "capacity",
        "capacité",
        "domain",
        "domains",
        "finish",
        "matière",
        "taille",
        "couleur",
        "prix",
        "marque",
        "größe",
        "farbe",
        "preis",
        "marke",
        "talla",
        "precio",
        "marca",
    ];
    let folded = super::title::fold(s);
    FACETS.contains(&folded.as_str()) || is_sort_option(&folded)
}

/// Two spellings of one person: equal once folded, an honorific before
/// the name aside ("Dr Jane Doe" and "Jane Doe").
pub fn same_person(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    fa == fb || without_honorific(&fa) == without_honorific(&fb)
}

// A title before a folded name ("dr", "prof", "mrs") says how the page
// addresses the person, not who the person is.
fn without_honorific(folded: &str) -> &str {
    const HONORIFICS: [&str; 9] = [
        "dr",
        "prof",
        "professor",
        "mr",
        "mrs",
        "ms",
        "mx",
        "sir",
        "dame",
    ];
    match folded.split_once(' ') {
        Some((first, rest)) if HONORIFICS.contains(&first) && rest.contains(' ') => rest,
        _ => folded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // The first words of the byline prefixes, as the list reads them.
    fn prefix_first_words() -> Vec<&'static [u8]> {
        BYLINE_PREFIXES
            .iter()
            .map(|p| p.as_bytes().split(|&b| b == b' ').next().unwrap_or(b""))
            .collect()
    }

    #[test]
    fn prefix_first_words_are_the_prefixes() {
        for w in prefix_first_words() {
            assert!(is_prefix_first_word(w), "{}", String::from_utf8_lossy(w));
        }
        for w in ["", "b", "bye", "the", "posts", "autors", "afe", "writ"] {
            assert!(!is_prefix_first_word(w.as_bytes()), "{w}");
        }
    }

    proptest! {
        #[test]
        fn prefix_first_word_agrees_with_the_list(w in "(by|von|aut|post|text|con|di|a|автор|[a-z]{1,3}){1,3}") {
            let listed = prefix_first_words().contains(&w.as_bytes());
            prop_assert_eq!(is_prefix_first_word(w.as_bytes()), listed);
        }
    }

    #[test]
    fn handle_bylines() {
        assert_eq!(handle_byline("by jdoe42").as_deref(), Some("jdoe42"));
        assert_eq!(handle_byline("By: quietfox").as_deref(), Some("quietfox"));
        assert_eq!(handle_byline("by date"), None);
        assert_eq!(handle_byline("jdoe42"), None);
        assert_eq!(handle_byline("by jdoe and more"), None);
    }

    #[test]
    fn honorific_does_not_make_another_person() {
        assert!(same_person("Dr Ana Lima", "Ana Lima"));
        assert!(same_person("Prof. Ana Lima", "ana lima"));
        assert!(!same_person("Ana Lima", "Ana Lins"));
        // A one-word name after the title is kept whole.
        assert!(!same_person("Dr Lima", "Lima"));
    }

    fn names(s: &str) -> Vec<String> {
        parse_byline(s).0
    }

    #[test]
    fn every_byline_prefix_passes_the_first_word_test() {
        for p in BYLINE_PREFIXES {
            let line = format!("{}: Jane Doe", p.to_uppercase());
            assert!(opens_with_byline_word(&line), "{line}");
            assert_eq!(strip_byline_prefix(&line), "Jane Doe", "{line}");
        }
        for line in [
            "Bylines are short",
            "Jane Doe",
            "",
            "- ",
            "Byzantine: art",
            "автора",
        ] {
            assert!(!opens_with_byline_word(line), "{line}");
        }
    }

    #[test]
    fn role_joining_two_fields_is_no_second_name() {
        assert_eq!(
            names("Ada Brenner, Home and Garden Security Expert"),
            vec!["Ada Brenner"]
        );
        assert_eq!(
            names("Ada Brenner and Tomas Ruiz"),
            vec!["Ada Brenner", "Tomas Ruiz"]
        );
        assert_eq!(
            names("By Ada Brenner, Food and Travel Writer & Tomas Ruiz, Garden Writer"),
            vec!["Ada Brenner", "Tomas Ruiz"]
        );
    }

    #[test]
    fn parenthetical_inside_a_name() {
        assert_eq!(names("By Paramita (Guha) Ghosh"), vec!["Paramita Ghosh"]);
        let (n, credit) = parse_byline("Jane Doe (Reuters)");
        assert_eq!(n, vec!["Jane Doe"]);
        assert_eq!(credit.as_deref(), Some("Reuters"));
    }

    #[test]
    fn job_title_keeps_its_and_clause() {
        let (names, _) = parse_byline(
            "This post was written by Dana Ortiz, Head of Research and Public Engagement",
        );
        assert_eq!(names, vec!["Dana Ortiz"]);
        let (names, _) = parse_byline("By Dana Ortiz and Lee Park, Senior Editors");
        assert_eq!(names, vec!["Dana Ortiz", "Lee Park"]);
    }

    #[test]
    fn byline_with_agency() {
        let (names, credit) = parse_byline("By Jane Doe and John Roe | Reuters");
        assert_eq!(names, vec!["Jane Doe", "John Roe"]);
        assert_eq!(credit.as_deref(), Some("Reuters"));
    }

    #[test]
    fn comma_lists() {
        assert_eq!(
            names("By Ann Lee, Bo Kim & Cy Young"),
            vec!["Ann Lee", "Bo Kim", "Cy Young"]
        );
        assert_eq!(
            names("Danielle DeSiato, Donna Enzmann, and Natalie Nguyen"),
            vec!["Danielle DeSiato", "Donna Enzmann", "Natalie Nguyen"]
        );
    }

    #[test]
    fn prefixes_in_other_languages() {
        assert_eq!(names("Von Max Muster"), vec!["Max Muster"]);
        assert_eq!(
            names("Par Jean Dupont et Marie Curie"),
            vec!["Jean Dupont", "Marie Curie"]
        );
        assert_eq!(
            names("Por María García y José Pérez"),
            vec!["María García", "José Pérez"]
        );
        assert_eq!(names("Written by: Jane Doe"), vec!["Jane Doe"]);
        assert_eq!(names("Autor: Hans van der Berg"), vec!["Hans van der Berg"]);
    }

    #[test]
    fn dates_and_titles_are_stripped() {
        assert_eq!(names("By Jane Doe, Senior Editor"), vec!["Jane Doe"]);
        assert_eq!(names("Jane Doe, Staff Writer"), vec!["Jane Doe"]);
        assert_eq!(
            names("By Jane Doe | Updated March 12, 2025 10:32 am"),
            vec!["Jane Doe"]
        );
        assert_eq!(names("By Jane Doe on March 12, 2025"), vec!["Jane Doe"]);
        assert_eq!(
            names("Par Jean Dupont le 12 mars 2025"),
            vec!["Jean Dupont"]
        );
        assert_eq!(names("Dylan Bailey, MS, RD, FAND"), vec!["Dylan Bailey"]);
        assert_eq!(names("Genevieve Carlton, Ph.D."), vec!["Genevieve Carlton"]);
        assert_eq!(
            names("By Meghan Neville Content Marketing Coordinator"),
            vec!["Meghan Neville"]
        );
        assert_eq!(
            names("Kimber Streams Kimber Streams"),
            vec!["Kimber Streams"]
        );
    }

    #[test]
    fn organisations_are_credits() {
        let (n, c) = parse_byline("By Reuters Staff");
        assert!(n.is_empty());
        assert_eq!(c.as_deref(), Some("Reuters Staff"));
        let (n, c) = parse_byline("Max Muster (dpa)");
        assert_eq!(n, vec!["Max Muster"]);
        assert_eq!(c.as_deref(), Some("dpa"));
        let (n, c) = parse_byline("By Jane Doe for Example News");
        assert_eq!(n, vec!["Jane Doe"]);
        assert_eq!(c.as_deref(), Some("Example News"));
        assert_eq!(
            parse_byline("Dec. 19, 2025 · Niko Matsakis on behalf of").0,
            vec!["Niko Matsakis"]
        );
        assert!(parse_byline("Editorial Team").0.is_empty());
        assert!(is_organisation("AP"));
        assert!(is_organisation("Acme Media Group"));
        assert!(!is_organisation("Jane Doe"));
        assert!(is_organisation("Lakeside Anglers Forum"));
        // Mastheads.
        assert!(is_organisation("Riverton Democrat-Gazette"));
        assert!(is_organisation("Valley Tribune"));
        // Trade names.
        for org in [
            "Harbour Designs",
            "Lakeside Financial Tips",
            "Qix Official",
            "Acme Solutions",
        ] {
            assert!(is_organisation(org), "{org}");
        }
        let (n, c) = parse_byline("By Harbour Designs");
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(c.as_deref(), Some("Harbour Designs"));
        assert!(!looks_like_name("Archive"));
        // An organisation's own "for" and "and" split no names out of it.
        let (n, c) = parse_byline("Center for Soil Testing and Research");
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(c.as_deref(), Some("Center for Soil Testing and Research"));
        let (n, c) = parse_byline("Jane Doe and Ravi Kumar for Example News");
        assert_eq!(n, vec!["Jane Doe", "Ravi Kumar"]);
        assert_eq!(c.as_deref(), Some("Example News"));
        // The outlet after "for" is a credit even when it reads like a
        // name, never a co-author.
        let (n, c) = parse_byline("Jane Doe for Harbour Light");
        assert_eq!(n, vec!["Jane Doe"]);
        assert_eq!(c.as_deref(), Some("Harbour Light"));
        let (n, _) = parse_byline("Door Anchor for Resistance Bands – Yellow");
        assert!(!n.iter().any(|x| x == "Resistance Bands"), "{n:?}");
    }

    #[test]
    fn what_follows_a_role_is_the_role_s() {
        // The employer after the role, and the tenure after that.
        let (n, c) = parse_byline(
            "Benjamin Ortiz, Sr. Director of Operations, Harbour Van Lines - 10+ Years in the Moving Industry",
        );
        assert_eq!(n, vec!["Benjamin Ortiz"]);
        assert_eq!(c.as_deref(), Some("Harbour Van Lines"));
        // A role after the next name makes it a co-author, as does "and".
        let (n, _) = parse_byline("Jane Doe, Editor, John Roe, Staff Writer");
        assert_eq!(n, vec!["Jane Doe", "John Roe"]);
        let (n, _) = parse_byline("Jane Doe, Editor at Large, and John Roe");
        assert_eq!(n, vec!["Jane Doe", "John Roe"]);
        let (n, _) = parse_byline("Jane Doe, Senior Editor | John Roe, Writer");
        assert_eq!(n, vec!["Jane Doe", "John Roe"]);
    }

    #[test]
    fn browse_menu_options_and_headings_are_no_names() {
        for line in [
            "By Use Case",
            "By Industry",
            "BY ROLE",
            "By Price",
            "Par secteur",
            "By Weight",
            "By Gender & Age",
            "Par Matière",
            "By Domain",
        ] {
            assert!(parse_byline(line).0.is_empty(), "{line}");
        }
        assert!(!looks_like_name("Key Takeaways"));
        assert!(looks_like_name("Martin Luther King Jr."));
        assert!(looks_like_name("J. R. R. Tolkien"));
        assert!(looks_like_name("Z.B. Steele"));
        assert!(looks_like_name("Jeff Cobb."));
        for label in [
            "Open Today",
            "Special Financing",
            "Mostly Positive",
            "Case Study",
            "Back",
            "Call Now",
            "Advise. Implement. Manage.",
        ] {
            assert!(!looks_like_name(label), "{label}");
        }
        assert!(!looks_like_name("Featured Replies"));
        assert_eq!(parse_byline("By Jane Doe").0, vec!["Jane Doe".to_string()]);
    }

    #[test]
    fn structured_values() {
        assert_eq!(structured_author("Roy, Aniruddha").0, vec!["Aniruddha Roy"]);
        assert_eq!(
            structured_author("Berger, Emery D.").0,
            vec!["Emery D. Berger"]
        );
        assert_eq!(structured_author("Jane Doe, PhD").0, vec!["Jane Doe"]);
        assert_eq!(structured_author("jsmith_42").0, vec!["jsmith_42"]);
        assert!(structured_author("Reuters").0.is_empty());
        assert!(is_byline_label("Written by:"));
        assert!(!is_byline_label("Jane Doe"));
    }

    #[test]
    fn name_shapes() {
        assert!(looks_like_name("Jane Doe"));
        assert!(looks_like_name("J.R.R. Tolkien"));
        assert!(looks_like_name("Ludwig van Beethoven"));
        assert!(looks_like_name("LEONARDO GARCIA"));
        assert!(looks_like_name("Анна Иванова"));
        assert!(looks_like_name("山田太郎"));
        assert!(!looks_like_name("https://example.com/jane"));
        assert!(!looks_like_name("read more"));
        assert!(!looks_like_name("Share This"));
        assert!(!looks_like_name("March 12 2025"));
        assert!(!looks_like_name("de la"));
    }

    #[test]
    fn qualified_job_titles_are_no_names() {
        let (names, _) = parse_byline("By Maria Jansen, Senior Education Correspondent");
        assert_eq!(names, vec!["Maria Jansen"]);
        let (names, _) = parse_byline("Jane Doe, Deputy Political Editor");
        assert_eq!(names, vec!["Jane Doe"]);
    }

    #[test]
    fn surnames_that_spell_credentials_stay() {
        assert_eq!(parse_byline("By Rui Ma").0, vec!["Rui Ma"]);
        assert_eq!(parse_byline("LEONARDO GARCIA").0, vec!["LEONARDO GARCIA"]);
        assert_eq!(parse_byline("Jane Doe PhD").0, vec!["Jane Doe"]);
        assert_eq!(parse_byline("Jane Doe MD").0, vec!["Jane Doe"]);
    }
}
