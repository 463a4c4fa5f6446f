//! Line classifiers for metadata lines: bylines, datelines, tag lists,
//! credit lines and agency datelines opening a lede.

use super::features::{self, word_count};
use super::stopwords::LangMask;
use crate::meta::authors::parse_byline;
use crate::meta::dates::{find_dates, parse_date};
use crate::phrases;

/// What a byline line says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Byline {
    pub authors: Vec<String>,
    /// An agency or outlet credited after the names ("| Reuters").
    pub site: Option<String>,
    /// A date written on the same line.
    pub date: Option<String>,
}

/// Openers of a byline, lower case, with their trailing space or colon.
const BYLINE_PREFIXES: &[&str] = &[
    "by ",
    "by: ",
    "written by ",
    "written by: ",
    "posted by ",
    "article by ",
    "article written by ",
    "article written by: ",
    // (a note closing the post: "This post was written by Jane Doe, Head
    // of Marketing")
    "this post was written by ",
    "this article was written by ",
    "this story was written by ",
    "words by ",
    "story by ",
    "text by ",
    "author: ",
    "authors: ",
    "von ",
    "text: ",
    "text von ",
    "autor: ",
    "autorin: ",
    "autoren: ",
    "par ",
    "auteur : ",
    "auteur: ",
    "texte : ",
    "por ",
    "texto: ",
    "di ",
    "testo di ",
    "autore: ",
    "door ",
    "tekst: ",
    "przez ",
    "автор: ",
    "авторы: ",
    "skribent: ",
    "yazar: ",
    "yazan: ",
];

/// Role words: a credit naming a role is not an outlet.
const ROLE_WORDS: &[&str] = &[
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "contributor",
    "columnist",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "correspondant",
    "journaliste",
    "corresponsal",
    "periodista",
    "giornalista",
    "corrispondente",
    "redactie",
    "redakcja",
];

/// A site account's role standing where a name would ("Posted by Member:",
/// "By admin"): no person, compared folded.
const ACCOUNT_ROLES: &[&str] = &[
    "member",
    "members",
    "admin",
    "administrator",
    "moderator",
    "guest",
    "user",
    "webmaster",
];

/// A forum prints the poster's member group after the name ("JGD
/// Members", "Jane Doe Moderator"): the group is no part of the name (the
/// singular "Guest" or "User" may be a surname, so only these).
fn without_member_group(name: String) -> String {
    const GROUPS: &[&str] = &[
        "members",
        "moderator",
        "moderators",
        "administrator",
        "administrators",
    ];
    match name.rsplit_once(' ') {
        Some((head, last))
            if GROUPS.contains(&phrases::fold(last).as_str()) && !head.trim().is_empty() =>
        {
            head.trim_end().to_string()
        }
        _ => name,
    }
}

/// The names part of a line after a byline opener, if it has one.
fn strip_byline_prefix(s: &str) -> Option<&str> {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        // Case mapping changed byte lengths; compare char-wise instead.
        return BYLINE_PREFIXES.iter().find_map(|p| {
            let n = p.chars().count();
            let head: String = s.chars().take(n).collect::<String>().to_lowercase();
            (head == *p).then(|| s.get(head_len(s, n)..)).flatten()
        });
    }
    BYLINE_PREFIXES
        .iter()
        .find(|p| lower.starts_with(*p))
        .and_then(|p| s.get(p.len()..))
}

fn head_len(s: &str, chars: usize) -> usize {
    s.char_indices().nth(chars).map_or(s.len(), |(i, _)| i)
}

/// An academic or professional credential split off a byline by its comma
/// ("Dylan Bailey, MS, RD", "Ph.D."): one short all-caps or dotted token.
fn is_credential(name: &str) -> bool {
    let t = name.trim();
    let letters: String = t.chars().filter(|c| c.is_alphabetic()).collect();
    !t.contains(' ')
        && (1..=5).contains(&letters.chars().count())
        && (features::is_all_caps(t) || t.contains('.') || letters.chars().count() <= 2)
        && !phrases::is_news_agency(t)
}

/// A lone byline opener on its own line ("By"), whose names follow on the
/// next line, as page dumps split them.
pub fn is_lone_byline_opener(s: &str) -> bool {
    // (Colons and spaces are trimmed before lower-casing, which keeps them,
    // so that a line too long to be an opener is never lower-cased: a
    // character lower-cases to no fewer than a quarter of its bytes.)
    let bare = s.trim().trim_end_matches(':').trim();
    let openers = bare_byline_openers();
    bare.len() <= 4 * openers.longest && openers.set.contains(bare.to_lowercase().as_str())
}

/// The byline openers without their colon and spaces ("by", "written by",
/// "autor"), as a set, with the bytes of the longest.
struct BareOpeners {
    set: rustc_hash::FxHashSet<&'static str>,
    longest: usize,
}

fn bare_byline_openers() -> &'static BareOpeners {
    static OPENERS: std::sync::LazyLock<BareOpeners> = std::sync::LazyLock::new(|| {
        let set: rustc_hash::FxHashSet<&'static str> = BYLINE_PREFIXES
            .iter()
            .map(|p| p.trim_end_matches([' ', ':']).trim_end())
            .collect();
        let longest = set.iter().map(|p| p.len()).max().unwrap_or(0);
        BareOpeners { set, longest }
    });
    &OPENERS
}

/// A lone byline opener that is a bare label ("Author", "Text": a menu item
/// or a form field's name as well), not a preposition ("By") or a label
/// with its colon ("Author:").
pub fn is_bare_label_opener(s: &str) -> bool {
    let lower = s.trim().to_lowercase();
    let matches = |p: &&&str| p.trim_end_matches([' ', ':']) == lower;
    !lower.ends_with(':')
        && BYLINE_PREFIXES
            .iter()
            .filter(matches)
            .all(|p| p.ends_with(": "))
        && BYLINE_PREFIXES.iter().any(|p| matches(&p))
}

/// A byline opener of one language that is an ordinary word of others
/// (Dutch "door" is English "door": "Door Locks & Smart Locks" is a menu
/// item); such a byline needs its language's stop word in `mask`.
pub fn opener_is_foreign(s: &str, mask: LangMask) -> bool {
    s.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("door "))
        && !super::stopwords::is_stopword("door", mask)
}

/// Full weekday names (after [`phrases::fold`]), in en, de, fr, es, it,
/// pt, nl.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "lunedi",
    "martedi",
    "mercoledi",
    "giovedi",
    "venerdi",
    "sabato",
    "segunda",
    "terca",
    "quarta",
    "quinta",
    "sexta",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// A byline's "name" that names no person (folded): words around a weekday ("Almanac Saturday, March 14" read as "By Almanac
/// Saturday"), or a catalogue facet ("By Wine Region", "By Event Type").
// Why: menus of "By …" facets and dated labels share a byline's shape.
fn names_no_person(folded: &str) -> bool {
    let last = folded.rsplit(' ').next().unwrap_or("");
    folded.split(' ').any(|w| WEEKDAYS.contains(&w))
        || crate::meta::authors::is_browse_facet(last)
        || matches!(last, "type" | "types" | "style" | "styles")
}

/// Split names from agencies and read the credit as an outlet or a date.
fn finish_byline(names: Vec<String>, credit: Option<String>) -> Option<Byline> {
    let mut b = Byline::default();
    for name in names {
        let name = without_member_group(name);
        let folded = phrases::fold(&name);
        if folded.split(' ').any(|w| ROLE_WORDS.contains(&w))
            || ACCOUNT_ROLES.contains(&folded.as_str())
            || is_credential(&name)
            || names_no_person(&folded)
        {
            continue;
        }
        if phrases::is_news_agency(&name) {
            b.site.get_or_insert(name);
        } else {
            b.authors.push(name);
        }
    }
    if let Some(credit) = credit {
        if let Some(date) = parse_date(&credit) {
            b.date = Some(date);
        } else if is_outlet_credit(&credit) {
            b.site = Some(credit);
        }
    }
    (!b.authors.is_empty()).then_some(b)
}

/// An outlet named after a byline: a news agency, or a short capitalized
/// name that is not a role ("Staff Writer").
fn is_outlet_credit(credit: &str) -> bool {
    if phrases::is_news_agency(credit) {
        return true;
    }
    let folded = phrases::fold(credit);
    features::is_label(credit)
        && !credit.chars().any(|c| c.is_ascii_digit())
        && !folded.split(' ').any(|w| ROLE_WORDS.contains(&w))
}

/// A byline with an opener: "By Jane Doe and John Roe | Reuters",
/// "Von Anna Schmidt", "Par Marie Dupont, 12 mars 2025"; or one whose names
/// are followed by other facts ("By Jane Doe Published: Jan 5, 2025",
/// "by Jane Doe | Travel | 8 min read", "by Jane Doe 4 Comments").
pub fn prefixed_byline(s: &str) -> Option<Byline> {
    let s = s.trim();
    if s.chars().count() > 200 {
        return None;
    }
    if let Some(b) = thread_starter(s).or_else(|| submitted_by(s)) {
        return Some(b);
    }
    let rest = before_filed_in(strip_byline_prefix(s)?.trim());
    // (A hashtag is a topic, not a writer.)
    if rest.starts_with('#') {
        return None;
    }
    if word_count(s) <= 14 && s.chars().count() <= 140 {
        if let Some(b) = names_byline(rest).or_else(|| name_before_role(rest)) {
            return Some(b);
        }
    }
    let cut = names_end(rest);
    let names_part = rest.get(..cut).unwrap_or("").trim();
    if cut >= rest.len() || names_part.is_empty() || word_count(names_part) > 8 {
        return None;
    }
    let mut b = names_byline(names_part)?;
    b.date = b.date.or_else(|| publication_date_in(rest.get(cut..)));
    Some(b)
}

/// The names before a blog's "in Category" ("Jane Doe In Budget Travel,
/// Travel Tips", "Jane Doe in News"): no name has the word "in" in it, and
/// the categories after it would read as more names.
fn before_filed_in(rest: &str) -> &str {
    let mut offset = 0;
    for token in rest.split_inclusive(' ') {
        let after = rest.get(offset + token.len()..).unwrap_or("");
        if offset > 0
            && matches!(token.trim_end(), "in" | "In")
            && after.starts_with(|c: char| c.is_uppercase())
        {
            return rest.get(..offset).unwrap_or(rest).trim_end();
        }
        offset += token.len();
    }
    rest
}

/// A blog's post line without its categories: "On May 3, 2025 By Jane Doe
/// In News, Travel Tips" is a dateline however many categories follow.
fn without_filed_in(s: &str) -> &str {
    let head = before_filed_in(s);
    let dated_byline = head.len() < s.len()
        && head.bytes().any(|b| b.is_ascii_digit())
        && trailing_byline(head).is_some();
    if dated_byline {
        head
    } else {
        s
    }
}

/// The categories a blog's post line files the post in: "On May 3, 2025 By
/// Jane Doe In News, Travel Tips" gives News and Travel Tips.
pub fn filed_in_categories(s: &str) -> Vec<String> {
    let s = s.trim();
    let head = without_filed_in(s);
    if head.len() == s.len() {
        return Vec::new();
    }
    let tail = s.get(head.len()..).unwrap_or("").trim_start();
    let tail = tail
        .strip_prefix("In ")
        .or_else(|| tail.strip_prefix("in "))
        .unwrap_or("");
    let categories: Vec<String> = tail
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect();
    // (A category is a label of a few words; a clause is no list of them.)
    if categories.iter().all(|c| word_count(c) <= 5) {
        categories
    } else {
        Vec::new()
    }
}

/// Labels of an author box under or over the author's name, after
/// [`phrases::fold`].
const ROLE_LABELS: &[&str] = &[
    "author",
    "about the author",
    "writer",
    "staff writer",
    "contributor",
    "autor",
    "autorin",
    "auteur",
    "autrice",
    "autore",
    "автор",
];

/// Headers of the author's box that closes a post, after [`phrases::fold`].
const AUTHOR_BOX_HEADERS: &[&str] = &[
    "about the author",
    "about the authors",
    "about the contributor",
    "meet your guide",
    "the author",
    "about the writer",
    "meet the author",
    "über den autor",
    "über die autorin",
    "à propos de l auteur",
    "l auteur",
    "sobre el autor",
    "sobre la autora",
    "sull autore",
    "l autore",
    "sobre o autor",
    "over de auteur",
    "o autorze",
    "об авторе",
];

/// A header opening the author's box ("About the author", "Über den
/// Autor") on its own line.
pub fn is_author_box_header(s: &str) -> bool {
    s.len() <= 40 && AUTHOR_BOX_HEADERS.contains(&phrases::fold(s).as_str())
}

/// [`is_author_box_header`] of a line and its [`phrases::fold`].
pub fn is_author_box_header_folded(s: &str, folded: &str) -> bool {
    s.len() <= 40 && AUTHOR_BOX_HEADERS.contains(&folded)
}

/// A lone author-box label ("Author", "Autorin") on its own line.
pub fn is_role_label(s: &str) -> bool {
    s.len() <= 40 && ROLE_LABELS.contains(&phrases::fold(s).as_str())
}

/// [`is_role_label`] of a line and its [`phrases::fold`].
pub fn is_role_label_folded(s: &str, folded: &str) -> bool {
    s.len() <= 40 && ROLE_LABELS.contains(&folded)
}

/// The name before a role after a byline opener: "Jane Doe, Executive
/// Editor, Example Health Letter" → Jane Doe (the role and the outlet after
/// it are no authors).
fn name_before_role(rest: &str) -> Option<Byline> {
    let (name, tail) = rest.split_once(", ")?;
    let role = tail.split(',').next().unwrap_or("");
    let folded = phrases::fold(role);
    // (The metadata module's job titles cover more trades: "Senior
    // Director", "Home Security Expert".)
    // (A job title holds its own "and": "Head of Marketing and Community
    // Development".)
    let title_head = role.split(" and ").next().unwrap_or(role);
    let is_role = (features::is_label(role)
        && (folded.split(' ').any(|w| ROLE_WORDS.contains(&w))
            || crate::meta::authors::is_job_title(role)))
        || (title_head.len() < role.len()
            && word_count(role) <= 8
            && features::is_label(title_head)
            && crate::meta::authors::is_job_title(title_head));
    if !is_role || word_count(name) > 4 {
        return None;
    }
    let b = names_byline(name)?;
    (b.authors.len() == 1).then_some(b)
}

// The first publication (not update) date in the text after a byline's names.
fn publication_date_in(tail: Option<&str>) -> Option<String> {
    let found = find_dates(tail?, None);
    found.into_iter().find(|d| !d.updated).map(|d| d.date)
}

/// Openers of a forum thread's starter line, lower case.
const THREAD_STARTER_PREFIXES: &[&str] = &["thread starter ", "started by ", "themenstarter "];

/// A user name as forums print it: one to three words of letters, digits
/// and `_-.@'`, no sentence ("kettle_whistler", "Mara Quill").
fn is_handle(name: &str) -> bool {
    (1..=3).contains(&word_count(name))
        && name.chars().count() <= 40
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '@' | '\'' | ' '))
        && !features::ends_with_terminal(name)
}

/// A forum user name that no label or word has: one token with a digit,
/// an underscore or a capital after a small letter ("ron1cne", "ColdJ",
/// "kettle_whistler"), not "Feature" or "News".
pub fn is_marked_handle(s: &str) -> bool {
    let s = s.trim();
    let camel = s
        .chars()
        .zip(s.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    crate::meta::authors::looks_like_handle(s)
        && !s.contains(['.', '-'])
        && (camel || s.contains('_') || s.chars().any(|c| c.is_ascii_digit()))
        && s.chars().filter(char::is_ascii_digit).count() * 2 < s.chars().count()
}

/// The handle of a "By" line naming only a user handle ("By thanosmano,"),
/// as forums print the poster over the post's date; the caller checks that
/// date, since "By design" alone is a heading as well.
pub fn handle_after_opener(s: &str) -> Option<&str> {
    let rest = strip_byline_prefix(s.trim())?
        .trim()
        .trim_end_matches(',')
        .trim_end();
    (word_count(rest) == 1
        && crate::meta::authors::looks_like_handle(rest)
        && !phrases::is_site_page_label(rest))
    .then_some(rest)
}

/// A forum thread's starter line ("Thread starter kettle_whistler",
/// "Started by Mara Quill, March 4, 2025"): forum user names are handles,
/// not the capitalised names a byline needs, so the starter is read apart.
fn thread_starter(s: &str) -> Option<Byline> {
    let p = THREAD_STARTER_PREFIXES.iter().find(|p| {
        s.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
    })?;
    let rest = s.get(p.len()..)?.trim();
    let name = rest.split(',').next().unwrap_or("").trim();
    if !is_handle(name) {
        return None;
    }
    let date = publication_date_in(rest.get(name.len()..));
    Some(Byline {
        authors: vec![name.to_string()],
        site: None,
        date,
    })
}

/// A link aggregator's post line: "submitted 17 hours ago by InsaneSnow45
/// to r/science": the handle after "by", a few words of time before it.
fn submitted_by(s: &str) -> Option<Byline> {
    let rest = s
        .get(..10)
        .filter(|h| h.eq_ignore_ascii_case("submitted "))?;
    let after = s.get(rest.len()..)?;
    let (when, by) = after.split_once(" by ")?;
    let name = by.split_whitespace().next()?;
    if word_count(when) > 6 || !is_handle(name) {
        return None;
    }
    Some(Byline {
        authors: vec![name.to_string()],
        site: None,
        date: publication_date_in(Some(when)),
    })
}

/// Words that label a date or a fact after a byline's names ("Published:",
/// "Updated", "on", "|"), in lower case.
const FACT_LABELS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "modified",
    "last",
    "on",
    "date",
    "read",
    "veröffentlicht",
    "aktualisiert",
    "am",
    "publié",
    "mis",
    "le",
    "publicado",
    "actualizado",
    "el",
    "pubblicato",
    "aggiornato",
    "il",
    "gepubliceerd",
    "bijgewerkt",
    "op",
    "em",
];

/// Where the names of a byline end: at a separator, a figure, a date or a
/// date label ("Jane Doe | News", "Jane Doe Published: …", "Jane Doe 4
/// Comments", "Jane Doe March 3, 2025").
fn names_end(rest: &str) -> usize {
    let date_start = find_dates(rest, None)
        .first()
        .map_or(rest.len(), |d| d.start);
    let mut offset = 0;
    let mut tokens = rest.split_inclusive(char::is_whitespace).peekable();
    while let Some(token) = tokens.next() {
        let word = token.trim();
        let bare = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        // (A month before a day number is a date without its year: "By
        // Jane Doe December 8".)
        let month_day = crate::meta::dates::month_number(&bare).is_some()
            && tokens
                .peek()
                .is_some_and(|t| t.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        // (A lone hyphen parts name and role: "Eliz - Product marketer".)
        let fact = word.starts_with(['|', '–', '—', '•', '·', '/', '(', '@'])
            || word == "-"
            || starts_with_bullet_mark(word)
            || word.starts_with(|c: char| c.is_ascii_digit())
            || month_day
            || (!bare.is_empty() && FACT_LABELS.contains(&bare.as_str()));
        if fact || offset >= date_start {
            return offset.min(date_start);
        }
        offset += token.len();
    }
    date_start
}

// Bullets and dots that themes set between a byline's parts ("Jane Doe ●
// May 2, 2025 ● 6 min read", "Jane Doe ⋅ Review Editor").
fn starts_with_bullet_mark(word: &str) -> bool {
    word.starts_with(['●', '⋅', '∙', '◦', '▪', '◆', '‧'])
}

/// The names part of a byline, with a date after a comma.
fn names_byline(rest: &str) -> Option<Byline> {
    // A trailing date after a comma: "Jane Doe, March 12, 2025".
    let (names_part, date) = split_trailing_date(rest);
    let (names, credit) = parse_byline(names_part);
    if names.is_empty() {
        return None;
    }
    // Every comma/and-part must have been a name, or this is a sentence
    // that happens to open with "By" ("By the end of the year, ...").
    if name_words(&names) < words_without_connectors(names_part, credit.as_deref()) {
        return None;
    }
    let mut b = finish_byline(names, credit)?;
    if b.date.is_none() {
        b.date = date;
    }
    Some(b)
}

/// A byline without an opener: just names ("Ana", "Jane Doe and John Roe",
/// "Jane Doe | Reuters"); at most eight words, every part a name.
pub fn bare_byline(s: &str) -> Option<Byline> {
    let s = s.trim();
    if word_count(s) > 8
        || s.starts_with('#')
        || features::ends_with_terminal(s)
        || s.contains(':')
        || is_lone_byline_opener(s)
        || has_non_name_stopword(s)
    {
        return None;
    }
    let (names_part, date) = split_trailing_date(s);
    let (names, credit) = parse_byline(names_part);
    if names.is_empty()
        || name_words(&names) < words_without_connectors(names_part, credit.as_deref())
    {
        return None;
    }
    let mut b = finish_byline(names, credit)?;
    if b.date.is_none() {
        b.date = date;
    }
    Some(b)
}

/// A byline opening a dateline: "By Jane Doe Published: Jan 5, 2025", or
/// two or more bare names before the date ("Jane Doe March 3, 2025 · 4
/// Comments"; one word there may be a weekday or a label).
pub fn leading_byline(s: &str) -> Option<Byline> {
    let s = s.trim();
    if let Some(b) = prefixed_byline(s) {
        return Some(b);
    }
    if let Some(b) = handle_before_date(s) {
        return Some(b);
    }
    let cut = names_end(s);
    // (Words closed by a colon label the date: "Applications Close: Dec
    // 22, 2025".)
    if s.get(..cut)?.trim_end().ends_with(':') {
        return None;
    }
    let head = s
        .get(..cut)?
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim();
    if cut >= s.len() || !(2..=5).contains(&word_count(head)) {
        return None;
    }
    // (What was done on the date is no name: "First Listed on Newegg
    // February 10, 2023", "Last Edited March 3, 2025".)
    let acted = head.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        POST_ACTIONS.contains(&w.as_str())
            || ["listed", "released", "launched", "added"].contains(&w.as_str())
    });
    if acted {
        return None;
    }
    let mut b = bare_byline(head)?;
    b.date = b.date.or_else(|| publication_date_in(s.get(cut..)));
    Some(b)
}

/// What a Q&A or forum page says was done to a post before its date
/// ("asked Jan 3, 2024", "edited 2 hours ago"), lower case: no user names.
const POST_ACTIONS: &[&str] = &[
    "asked",
    "answered",
    "edited",
    "modified",
    "posted",
    "updated",
    "replied",
    "commented",
    "viewed",
    "joined",
    "active",
    "closed",
    "created",
    "since",
    "gefragt",
    "beantwortet",
    "bearbeitet",
    "geändert",
    "modifié",
    "publié",
    "editado",
    "publicado",
    "modificato",
    "pubblicato",
    "bewerkt",
    "edytowano",
];

/// A forum post's header: a user handle, maybe its display name in
/// brackets, then the date ("sorairolake February 20, 2026, 4:55pm 1",
/// "kettle_whistler (Kettle) March 3, 2025"). The handle must look like one
/// (lower-case start, or a digit, `_` or `.` in it), so a label or weekday
/// before a date ("Updated March 3") is no author.
fn handle_before_date(s: &str) -> Option<Byline> {
    let (handle, rest) = s.split_once(' ')?;
    let handle_like = handle.starts_with(char::is_lowercase)
        || handle
            .chars()
            .any(|c| c.is_ascii_digit() || c == '_' || c == '.');
    let lower = handle.to_lowercase();
    if !handle_like
        || !is_handle(handle)
        || handle.chars().filter(|c| c.is_alphabetic()).count() < 2
        || FACT_LABELS.contains(&lower.as_str())
        || POST_ACTIONS.contains(&lower.as_str())
        || super::stopwords::is_stopword(&lower, super::stopwords::LangMask::ALL)
    {
        return None;
    }
    let rest = rest.trim_start();
    // (the display name in brackets after the handle)
    let rest = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((shown, after)) if word_count(shown) <= 4 => after.trim_start(),
        _ => rest,
    };
    // (a dot between handle and date: "longshot · 03/03/2026 19:44"; a
    // bar parts a section from its date as well, "blog | May 2, 2022")
    let rest = rest.trim_start_matches(['·', '•']).trim_start();
    if !rest.starts_with(|c: char| c.is_alphanumeric()) || word_count(rest) > 8 {
        return None;
    }
    let date = find_dates(rest, None).into_iter().find(|d| !d.updated)?;
    // (the date must open what follows the handle)
    let first = rest.split(' ').next().unwrap_or("");
    let first = first.trim_end_matches(',');
    let opens = parse_date(first).is_some()
        || crate::meta::dates::month_number(&first.to_lowercase()).is_some()
        || (!first.is_empty()
            && first
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-')));
    if !opens {
        return None;
    }
    Some(Byline {
        authors: vec![handle.to_string()],
        site: None,
        date: Some(date.date),
    })
}

/// A byline closing a dateline: "Posted on April 2, 2025 by Sam Whitfield".
pub fn trailing_byline(s: &str) -> Option<Byline> {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        return None;
    }
    [" by ", " von ", " par ", " por ", " door "]
        .iter()
        .filter_map(|sep| lower.find(sep).map(|i| i + 1))
        .min()
        .and_then(|at| s.get(at..))
        .map(before_sentence_end)
        .and_then(prefixed_byline)
}

// A byline closing a sentence ends with it: "… by Jane Doe. — Accessibility"
// (a period after an initial, "Jane S. Doe", ends nothing).
fn before_sentence_end(s: &str) -> &str {
    let mut word_len = 0;
    for (i, c) in s.char_indices() {
        if c == '.' && word_len >= 2 {
            let rest = s.get(i + 1..).unwrap_or("");
            if rest.starts_with(char::is_whitespace) && !rest.trim().is_empty() {
                return s.get(..i).unwrap_or(s);
            }
        }
        word_len = if c.is_alphabetic() { word_len + 1 } else { 0 };
    }
    s
}

/// A dateline that ends with the writer's name ("Dec 17, 2025 Jane Doe",
/// "12/19/2025 • 6 min read • Jane Doe"): after a date that opens the line
/// (a label word or two may precede it), the name is what follows the date
/// or its last bullet-separated part, read as a bare byline of one name.
pub fn name_after_date(s: &str) -> Option<Byline> {
    let s = s.trim();
    let dates = find_dates(s, None);
    let (date, last) = (dates.first()?, dates.last()?);
    if word_count(s.get(..date.start)?) > 2 || date.updated {
        return None;
    }
    // (after the last date: "Posted June 1, 2016 Updated June 8, 2016 Jane Doe")
    let after = s.get(last.end..)?;
    let parts: Vec<&str> = after.split(['|', '·', '•', '●', '⋅']).collect();
    // "11/18/2025 | Example Weekly" credits a source, as listings of press
    // coverage do; a writer follows the date directly or closes a longer
    // line of facts.
    if parts.len() == 2 {
        return None;
    }
    let tail = parts.last()?.trim();
    if !(2..=4).contains(&word_count(tail)) {
        return None;
    }
    let mut b = bare_byline(tail)?;
    // (one person: a newspaper's name there is its masthead)
    let person = b.authors.len() == 1
        && b.authors
            .iter()
            .all(|a| !crate::meta::authors::is_organisation(a));
    if !person {
        return None;
    }
    b.date = b.date.or_else(|| Some(date.date.clone()));
    Some(b)
}

/// Name particles that are also stop words ("van", "de", "bin").
// (Elided particles split off at the apostrophe count too: O'Brien,
// D'Souza.)
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "das", "di", "do", "dos", "du", "del", "della", "la",
    "le", "bin", "ibn", "al", "ten", "ter", "y", "e", "i", "and", "und", "et", "o", "d",
];

/// Names carry no stop words besides particles and connectors: "Tips for
/// Online Success" or "About Us" is no byline.
fn has_non_name_stopword(s: &str) -> bool {
    s.split_whitespace()
        .filter(|t| !is_initial(t))
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(crate::ascii::lowercase)
        .any(|w| {
            !NAME_PARTICLES.contains(&w.as_ref())
                && super::stopwords::is_stopword(&w, super::stopwords::LangMask::ALL)
        })
}

// A capital letter and a period between spaces is a name's initial
// ("Christopher S. Penn"), not the stop word it spells in some language
// ("s", "a", "i"); "U.S.A." is no initial.
fn is_initial(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.as_str() == "."
}

/// Cut a date off the end of a byline: "Jane Doe, 12 March 2025".
fn split_trailing_date(s: &str) -> (&str, Option<String>) {
    // Try each comma or pipe as the start of the date part, leftmost first.
    for (i, c) in s.char_indices() {
        if matches!(c, ',' | '|' | '·' | '•' | '–' | '—' | '/') {
            let tail = s.get(i + c.len_utf8()..).unwrap_or("");
            if tail.chars().any(|c| c.is_ascii_digit()) {
                if let Some(date) = parse_date(tail) {
                    return (s.get(..i).unwrap_or(s).trim(), Some(date));
                }
            }
        }
    }
    (s, None)
}

fn name_words(names: &[String]) -> usize {
    names.iter().map(|n| word_count(n)).sum()
}

/// Words of a names part, leaving out connectors and the credit.
fn words_without_connectors(names_part: &str, credit: Option<&str>) -> usize {
    // The credit may follow a separator or a comma ("Ann Lee, Staff Writer").
    let head = match credit {
        Some(c) => names_part.replacen(c, " ", 1),
        None => names_part.to_string(),
    };
    head.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            // Credentials ("MS", "RD") are dropped from names, so not counted.
            !w.is_empty()
                && !is_credential(w)
                && !matches!(
                    w.to_lowercase().as_str(),
                    "and" | "und" | "et" | "y" | "e" | "en" | "i" | "и"
                )
        })
        .count()
}

/// Dates stated on a dateline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dateline {
    pub published: Option<String>,
    pub modified: Option<String>,
}

fn ends_sentence(s: &str) -> bool {
    features::ends_with_period(s) || s.trim_end().ends_with(['!', '！'])
}

/// A profile's date, no post's: "Join Date: Aug 2008", "Joined: Mar 2019",
/// "Member since 2015" (beside a forum post; a company's "Founded: 2000"
/// is an article's fact).
pub fn states_member_since(s: &str) -> bool {
    const OPENERS: &[&str] = &[
        "joined",
        "join date",
        "member since",
        "registered",
        "mitglied seit",
        "dabei seit",
        "beigetreten",
        "registriert",
        "inscrit",
        "inscrit le",
        "inscrito",
        "iscritto",
        "lid sinds",
    ];
    // (Most lines are settled by the first letter of their fold, which no
    // opener starts with, before they are folded.)
    if !phrases::first_folded_char(s).is_some_and(|c| OPENERS.iter().any(|o| o.starts_with(c))) {
        return false;
    }
    let folded = phrases::fold(s.get(..s.len().min(24)).unwrap_or(s));
    OPENERS
        .iter()
        .any(|o| phrases::starts_with_words(&folded, o))
}

/// A short line that states a date: "Published 12 March 2025",
/// "Updated: 13.03.2025, 10:02", "March 12, 2025 | 5 min read". A sentence
/// with a date in it ("The court ruled on March 12, 2025.") is not one.
pub fn dateline(s: &str, day_first: Option<bool>) -> Option<Dateline> {
    dateline_counted(s, day_first, || word_count(s))
}

/// [`dateline`] with the line's [`word_count`] given (asked only of a line
/// with a digit): the per-line pass has counted it already. (Trimming
/// spaces changes no count.)
pub fn dateline_counted(
    s: &str,
    day_first: Option<bool>,
    words: impl FnOnce() -> usize,
) -> Option<Dateline> {
    let mut s = s.trim();
    // (Dates are read from ASCII digits, and every test below that gives
    // a dateline asks for one in `s` or in a part of it: most lines have
    // none and are settled here.)
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut words = words();
    if words > 16 && words <= 40 {
        s = without_filed_in(s);
        words = word_count(s);
    }
    // (A sentence closed by a period or an exclamation mark is no dateline:
    // "Sign up for our next ride on 21st June 2026!")
    if words == 0 || words > 16 || (ends_sentence(s) && words > 6) {
        return None;
    }
    if !features::starts_like_sentence(s) && !s.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    // (Furniture like a dateline, but it dates no post.)
    if s.bytes().any(|b| b.is_ascii_digit()) && states_member_since(s) {
        return Some(Dateline::default());
    }
    // (Dates are read from ASCII digits: see `find_dates`.)
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // Few words besides the date: a dateline is mostly date and labels.
    let stop = super::stopwords::density(s, super::stopwords::LangMask::ALL);
    // (Romance datelines have a few: "Publicado em 5 de maio de 2025".)
    if stop > 0.5 && words > 8 {
        return None;
    }
    // Each date is an update when the words since the previous date say so
    // (meta's update words, plus the few more of `phrases`).
    let mut d = Dateline::default();
    let mut prev_end = 0;
    for found in crate::meta::dates::find_dates_ordered(s, day_first) {
        let before = s.get(prev_end..found.start).unwrap_or("");
        let labelled_update = found.updated || phrases::updated_phrase_at(before).is_some();
        // (Two dates side by side, the second later: a theme printing the
        // post's date and its update, "January 12, 2025 January 22, 2025".)
        let later_twin = prev_end > 0
            && before.trim().is_empty()
            && d.modified.is_none()
            && d.published
                .as_deref()
                .is_some_and(|p| p < found.date.as_str());
        let slot = if labelled_update || later_twin {
            &mut d.modified
        } else {
            &mut d.published
        };
        slot.get_or_insert(found.date);
        prev_end = found.end;
    }
    (d.published.is_some() || d.modified.is_some()).then_some(d)
}

/// A line that is a date the page does not let us read: a month and a day
/// without the year ("Jun 9", "9. März", "June 9th") or an all-numeric date
/// whose order the page never settles ("02-12-2025"). Such a line sits where
/// datelines sit (blog themes print "Jun 9" under the author's name), so it
/// marks its neighbours as post metadata, though it dates nothing.
pub fn is_unreadable_date(s: &str) -> bool {
    let s = s.trim().trim_end_matches(['.', ',']);
    if s.len() > 24 || !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    is_month_and_day(s) || is_ambiguous_numeric_date(s)
}

// "Jun 9", "9 June", "June 9th", "9. März": two words, a month name and a
// day of the month.
fn is_month_and_day(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let [a, b] = words.as_slice() else {
        return false;
    };
    let day = |w: &str| {
        let digits = w.trim_end_matches(['.', ',']);
        let digits = digits.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let ordinal = digits.len() < w.trim_end_matches(['.', ',']).len();
        let suffix = w
            .trim_end_matches(['.', ','])
            .get(digits.len()..)
            .unwrap_or("");
        (!ordinal || matches!(suffix, "st" | "nd" | "rd" | "th"))
            && (1..=2).contains(&digits.len())
            && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    };
    let month = |w: &str| {
        let w = w.trim_end_matches(['.', ',']).to_lowercase();
        crate::meta::dates::month_number(&w).is_some()
    };
    (month(a) && day(b)) || (day(a) && month(b))
}

// "02-12-2025", "02/12/2025", "02.12.2025": both leading numbers could be the
// month.
fn is_ambiguous_numeric_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    let [a, b, y] = parts.as_slice() else {
        return false;
    };
    let small = |p: &str| {
        (1..=2).contains(&p.len()) && p.parse::<u32>().is_ok_and(|n| (1..=12).contains(&n))
    };
    small(a) && small(b) && y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit())
}

/// The publication date of a long line that opens with a publication label
/// ("Posted on December 20, 2025 by Jane Doe - 5 Comments on …",
/// "Published: Mar 8, 2024 · Modified: …"): too long for a dateline, the
/// label still says what the date right after it is. A full date within
/// four words of the start; an update label gives none.
pub fn labelled_publication_date(s: &str) -> Option<String> {
    let s = s.trim();
    if crate::meta::dates::date_label(s) != Some(false) || word_count(s) > 60 {
        return None;
    }
    let first = find_dates(s, None).into_iter().next()?;
    let near = word_count(s.get(..first.start)?) <= 4;
    (near && !first.updated && first.date.len() >= 10).then_some(first.date)
}

/// Openers of a tag list, lower case.
const TAG_PREFIXES: &[&str] = &[
    "tags",
    "topics",
    "keywords",
    "filed under",
    "themen",
    "schlagwörter",
    "schlagworte",
    "stichwörter",
    "mots-clés",
    "mots clés",
    "thèmes",
    "etiquetas",
    "temas",
    "tag",
    "argomenti",
    "etiquetas",
    "onderwerpen",
    "trefwoorden",
    "tagi",
    "tematy",
    "теги",
    "темы",
];

/// A tag list: "Tags: Energy, Climate, Europe" → the tags.
pub fn tag_list(s: &str) -> Option<Vec<String>> {
    let (head, rest) = s.trim().split_once(':')?;
    let head = head.trim().to_lowercase();
    if !TAG_PREFIXES.contains(&head.as_str()) {
        return None;
    }
    let tags: Vec<String> = rest
        .split([',', '|', '·', ';', '•'])
        .map(|t| t.trim().trim_start_matches('#').trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    let ok = !tags.is_empty() && tags.iter().all(|t| (1..=5).contains(&word_count(t)));
    ok.then_some(tags)
}

/// A credit line at the end of agency copy: "Reporting by Jane Doe; Editing
/// by John Roe", "Mit Material von dpa".
pub fn is_credits_line(s: &str) -> bool {
    is_credits_line_folded(s, &phrases::fold(s))
}

/// [`is_credits_line`] of a line and its [`phrases::fold`].
pub fn is_credits_line_folded(s: &str, folded: &str) -> bool {
    const OPENERS: &[&str] = &[
        "reporting by",
        "additional reporting by",
        "additional reporting",
        "editing by",
        "writing by",
        "compiled by",
        "with reporting by",
        "contributing",
        "mit material von",
        "mitarbeit",
        "avec l afp",
        "con información de",
        "con informazioni",
        "com informações",
        "met medewerking van",
        "при участии",
    ];
    // (The openers first: few lines have one, and then the words are counted.)
    OPENERS.iter().any(|o| {
        folded.starts_with(o)
            && folded
                .get(o.len()..)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    }) && word_count(s) <= 40
}

/// The agency of a lede opening with an agency dateline:
/// "LONDON (Reuters) - …", "PARIS, 12 mars (AFP) — …" → "Reuters", "AFP".
pub fn agency_dateline(s: &str) -> Option<&str> {
    let head: &str = s.get(..head_len(s, 80))?;
    let open = head.find('(')?;
    let close = open + head.get(open..)?.find(')')?;
    let place = head.get(..open)?.trim();
    let place_name = place.split(',').next().unwrap_or(place).trim();
    // The place is written in capitals: "LONDON", "NEW YORK", "SÃO PAULO".
    if !features::is_all_caps(place_name) || word_count(place_name) > 4 {
        return None;
    }
    let agency = head.get(open + 1..close)?.trim();
    let after = head.get(close + 1..)?.trim_start();
    let dash = after.starts_with(['-', '–', '—']);
    (dash && phrases::is_news_agency(agency)).then_some(agency)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cookie_description_phrase_holds_cookie() {
        assert!(COOKIE_DESCRIPTION_PHRASES
            .iter()
            .all(|p| p.contains("cookie")));
    }

    #[test]
    fn marked_handles_are_told_from_labels() {
        for h in ["ron1cne", "ColdJ", "kettle_whistler", "InsaneSnow45"] {
            assert!(is_marked_handle(h), "{h}");
        }
        for w in ["Feature", "news", "Jane Doe", "2025", "A1", "iPhone-15"] {
            assert!(!is_marked_handle(w), "{w}");
        }
    }

    #[test]
    fn a_forum_member_group_is_no_part_of_the_name() {
        let authors = |s: &str| bare_byline(s).map(|b| b.authors);
        assert_eq!(
            authors("Jane Doe Members"),
            Some(vec!["Jane Doe".to_string()])
        );
        assert_eq!(
            authors("John Roe Moderator"),
            Some(vec!["John Roe".to_string()])
        );
        // (The singular "Guest" is a surname as well.)
        assert_eq!(
            without_member_group("Christopher Guest".to_string()),
            "Christopher Guest"
        );
    }

    #[test]
    fn author_box_headers_are_recognised() {
        assert!(is_author_box_header("About the Author"));
        assert!(is_author_box_header("THE AUTHOR"));
        assert!(is_author_box_header("Über den Autor"));
        assert!(!is_author_box_header("Author"));
        assert!(!is_author_box_header(
            "About the author of this book, little is known."
        ));
    }

    #[test]
    fn rating_summaries_are_recognised() {
        for s in [
            "4.1",
            "Based on 407 reviews",
            "18 Reviews",
            "146,980 global ratings",
            "4.6 out of 5 stars",
            "4.7 Average rating",
            "Write a review",
            "Basierend auf 52 Bewertungen",
        ] {
            assert!(is_rating_summary(s), "{s}");
        }
        for s in [
            "2024",
            "Our Stores",
            "Reviews",
            "7.5",
            "We read every review you send us.",
        ] {
            assert!(!is_rating_summary(s), "{s}");
        }
    }

    #[test]
    fn prefixed_bylines() {
        let b = prefixed_byline("By Jane Doe and John Roe | Reuters").unwrap();
        assert_eq!(b.authors, vec!["Jane Doe", "John Roe"]);
        assert_eq!(b.site.as_deref(), Some("Reuters"));
        let b = prefixed_byline("Par Marie Dupont, 12 mars 2025").unwrap();
        assert_eq!(b.authors, vec!["Marie Dupont"]);
        assert_eq!(b.date.as_deref(), Some("2025-03-12"));
        let b = prefixed_byline("By Ann Lee, Staff Writer").unwrap();
        assert_eq!(b.authors, vec!["Ann Lee"], "a role is not a name");
        assert_eq!(
            prefixed_byline("By the end of the year, prices had doubled"),
            None
        );
        assert_eq!(prefixed_byline("Von der Leyen sagte am Montag"), None);
        let b = prefixed_byline("Thread starter kettle_whistler").unwrap();
        assert_eq!(b.authors, vec!["kettle_whistler"]);
        let b = prefixed_byline("Started by Mara Quill, March 04, 2025, 09:12:40 AM").unwrap();
        assert_eq!(b.authors, vec!["Mara Quill"]);
        // A lone hyphen parts the name from a role; a hyphenated name stays.
        let b = prefixed_byline("Written by Ines - Product marketer at Acme Tools").unwrap();
        assert_eq!(b.authors, vec!["Ines"]);
        let b = prefixed_byline("By Jean-Luc Marchand | 3 min read").unwrap();
        assert_eq!(b.authors, vec!["Jean-Luc Marchand"]);
        // A job title holds its own "and".
        let b = prefixed_byline(
            "This post was written by Danielle Quill, Head of Marketing and Community Development",
        )
        .unwrap();
        assert_eq!(b.authors, vec!["Danielle Quill"]);
        // A month and a day without the year end the names.
        let b = prefixed_byline("By Heather Paulsen December 8 December 8").unwrap();
        assert_eq!(b.authors, vec!["Heather Paulsen"]);
    }

    #[test]
    fn bylines_naming_no_person() {
        // A dated label, a facet, a hashtag: no writer.
        assert_eq!(prefixed_byline("By Almanac Saturday, March 14, 2026"), None);
        assert_eq!(prefixed_byline("By Event Type"), None);
        assert_eq!(prefixed_byline("By #Gardening"), None);
        // Dutch "door" opens a byline only where Dutch is read.
        let en = LangMask::of(Some("en"));
        let nl = LangMask::of(Some("nl"));
        assert!(opener_is_foreign("Door Locks & Smart Locks", en));
        assert!(!opener_is_foreign("Door Jan de Vries", nl));
        assert!(!opener_is_foreign("By Jane Doe", en));
    }

    #[test]
    fn handles_before_post_dates() {
        let b = leading_byline("kettle_whistler March 3, 2025, 7:02pm 1").unwrap();
        assert_eq!(b.authors, vec!["kettle_whistler"]);
        assert_eq!(b.date.as_deref(), Some("2025-03-03"));
        let b = leading_byline("quillmara (Mara Quill) February 9, 2026, 4:55pm 1").unwrap();
        assert_eq!(b.authors, vec!["quillmara"]);
        let b = leading_byline("longshot · 03/03/2026 19:44").unwrap();
        assert_eq!(b.authors, vec!["longshot"]);
        assert_eq!(leading_byline("blog | February 01, 2022"), None);
        let b = prefixed_byline("submitted 17 hours ago by InsaneSnow45 to r/science").unwrap();
        assert_eq!(b.authors, vec!["InsaneSnow45"]);
        assert_eq!(leading_byline("Applications Close: Dec 22, 2025"), None);
        assert_eq!(
            leading_byline("First Listed on Newegg February 10, 2023"),
            None
        );
        assert_eq!(leading_byline("edited Mar 4, 2024 at 10:12"), None);
        assert_eq!(leading_byline("asked Jan 3, 2024 at 9:40"), None);
        assert_eq!(leading_byline("on March 3, 2025"), None);
        assert_eq!(leading_byline("v2.53.0 March 3, 2025"), None);
    }

    #[test]
    fn credentials_and_lone_openers() {
        let b = prefixed_byline("By Dylan Bailey, MS, RD").unwrap();
        assert_eq!(b.authors, vec!["Dylan Bailey"]);
        assert!(is_lone_byline_opener("By"));
        assert!(is_lone_byline_opener("Autor:"));
        assert!(!is_lone_byline_opener("Bye"));
        assert_eq!(bare_byline("By"), None);
        assert!(is_bare_label_opener("Author"));
        assert!(!is_bare_label_opener("Author:"));
        assert!(!is_bare_label_opener("Written by"));
    }

    #[test]
    fn bylines_after_dates() {
        let b = prefixed_byline("By Jane Doe Published: Jan 5, 2025").unwrap();
        assert_eq!(b.authors, vec!["Jane Doe"]);
        assert_eq!(b.date.as_deref(), Some("2025-01-05"));
        let b = prefixed_byline("by Jane Doe | Travel | 8 min read").unwrap();
        assert_eq!(b.authors, vec!["Jane Doe"]);
        let b = trailing_byline("Posted on May 3, 2025 by Jane Doe 4 Comments").unwrap();
        assert_eq!(b.authors, vec!["Jane Doe"]);
        let b = leading_byline("Jane Doe March 3, 2025 · 4 Comments").unwrap();
        assert_eq!(b.authors, vec!["Jane Doe"]);
        assert_eq!(b.date.as_deref(), Some("2025-03-03"));
        assert_eq!(leading_byline("Updated March 3, 2025"), None);
        assert_eq!(leading_byline("Last Updated: March 3, 2025"), None);
        assert_eq!(leading_byline("Monday, March 3, 2025"), None);
        assert_eq!(
            prefixed_byline("By doing this on a regular basis you save money"),
            None
        );
        assert_eq!(
            prefixed_byline("By Tuesday the council had voted 5 to 2"),
            None
        );
        assert_eq!(
            prefixed_byline("By 2030, half of all cars will be electric"),
            None
        );
        // A blog's "In Category" after the names is no further name.
        let b = prefixed_byline("By Jane Doe In Budget Travel, Travel Tips").unwrap();
        assert_eq!(b.authors, vec!["Jane Doe"]);
        let b = prefixed_byline("Posted by Jane Doe in News").unwrap();
        assert_eq!(b.authors, vec!["Jane Doe"]);
        let long = "On May 3, 2025 May 9, 2025 By Jane Doe In News, Local News, City Council, Travel Tips, Reviews";
        assert_eq!(
            dateline(long, None).and_then(|d| d.published).as_deref(),
            Some("2025-05-03")
        );
        // (Not a long sentence that only mentions a place: it has no byline.)
        let sentence = "Founded on May 3, 2010 in New York, the company grew to serve clients in forty countries around the world";
        assert_eq!(dateline(sentence, None), None);
        let b = trailing_byline("Posted on April 2, 2025 by Sam Whitfield").unwrap();
        assert_eq!(b.authors, vec!["Sam Whitfield"]);
        assert_eq!(trailing_byline("Posted on April 2, 2025"), None);
        // (A site account's role is no name.)
        assert_eq!(prefixed_byline("Posted by Member:"), None);
        assert_eq!(prefixed_byline("By admin"), None);
        // (The byline ends with its sentence; an initial ends nothing.)
        let b =
            trailing_byline("Last updated March 3, 2025 by Ann Q. Vale. — Accessibility").unwrap();
        assert_eq!(b.authors, ["Ann Q. Vale"]);
    }

    #[test]
    fn bare_bylines() {
        assert_eq!(bare_byline("Youp").unwrap().authors, vec!["Youp"]);
        let b = bare_byline("Jane Doe | AFP").unwrap();
        assert_eq!(b.authors, vec!["Jane Doe"]);
        assert_eq!(b.site.as_deref(), Some("AFP"));
        assert_eq!(bare_byline("The talks resumed."), None);
        assert_eq!(bare_byline("Focus on Civilian Protections"), None);
        assert_eq!(bare_byline("About Us"), None);
        assert_eq!(bare_byline("TIPS FOR ONLINE SUCCESS"), None);
        assert_eq!(
            bare_byline("Jan de Vries").unwrap().authors,
            vec!["Jan de Vries"]
        );
        // Elided particles and initials that are stop words elsewhere.
        assert_eq!(
            bare_byline("Ellen O'Brien").unwrap().authors,
            vec!["Ellen O'Brien"]
        );
        assert_eq!(
            bare_byline("Lisa D. Ellis").unwrap().authors,
            vec!["Lisa D. Ellis"]
        );
    }

    #[test]
    fn datelines() {
        // (A member's join date is no post's date.)
        assert_eq!(
            dateline("Join Date: Aug 12, 2008", None),
            Some(Dateline::default())
        );
        assert_eq!(
            dateline("Member since March 3, 2015", None),
            Some(Dateline::default())
        );
        // (A call to action with an event's date is a sentence.)
        assert_eq!(
            dateline(
                "Sign up now for our next coast ride on 21st June 2026!",
                None
            ),
            None
        );
        let d = dateline("Published 12 March 2025", None).unwrap();
        assert_eq!(d.published.as_deref(), Some("2025-03-12"));
        assert_eq!(d.modified, None);
        let d = dateline("Published 12 March 2025, updated 13 March 2025", None).unwrap();
        assert_eq!(d.published.as_deref(), Some("2025-03-12"));
        assert_eq!(d.modified.as_deref(), Some("2025-03-13"));
        let d = dateline("Aktualisiert am 01.04.2025, 18:00 Uhr", None).unwrap();
        assert_eq!(d.modified.as_deref(), Some("2025-04-01"));
        assert_eq!(
            dateline(
                "The court said that it would rule on March 12, 2025 in the case.",
                None
            ),
            None
        );
        assert_eq!(dateline("Focus on Civilian Protections", None), None);
        // (Two dates side by side, the later second: the update.)
        let d = dateline("Posted on June 29, 2020 November 12, 2021", None).unwrap();
        assert_eq!(d.published.as_deref(), Some("2020-06-29"));
        assert_eq!(d.modified.as_deref(), Some("2021-11-12"));
        // (An earlier second date is no update.)
        let d = dateline("June 29, 2020 May 1, 2020", None).unwrap();
        assert_eq!(d.modified, None);
    }

    #[test]
    fn unreadable_dates_are_told_apart() {
        assert!(is_unreadable_date("Jun 9"));
        assert!(is_unreadable_date("9. März"));
        assert!(is_unreadable_date("June 9th"));
        assert!(is_unreadable_date("02-12-2025"));
        assert!(!is_unreadable_date("13-12-2025"));
        assert!(!is_unreadable_date("June 2025"));
        assert!(!is_unreadable_date("Chapter 9"));
        assert!(!is_unreadable_date("9 lives"));
        assert!(!is_unreadable_date("June 9, 2025"));
    }

    #[test]
    fn filed_in_categories_of_a_post_line() {
        assert_eq!(
            filed_in_categories("On May 3, 2025 By Jane Doe In News, Travel Tips"),
            ["News", "Travel Tips"]
        );
        assert!(filed_in_categories("May 3, 2025 By Jane Doe").is_empty());
        assert!(filed_in_categories("Life in Lisbon, one year on").is_empty());
    }

    #[test]
    fn localized_datelines() {
        let published = |s: &str| dateline(s, None).and_then(|d| d.published);
        let modified = |s: &str| dateline(s, None).and_then(|d| d.modified);
        assert_eq!(published("12. März 2025").as_deref(), Some("2025-03-12"));
        assert_eq!(
            published("Publié le 3 février 2024 à 10h").as_deref(),
            Some("2024-02-03")
        );
        assert_eq!(
            modified("Actualizado: 7 de octubre de 2023").as_deref(),
            Some("2023-10-07")
        );
        assert_eq!(published("5 марта 2025 г.").as_deref(), Some("2025-03-05"));
        assert_eq!(
            published("Stand: 01.04.2025, 18:00 Uhr").as_deref(),
            Some("2025-04-01")
        );
        // Update words meta does not list still mark the modification date.
        assert_eq!(
            modified("Gewijzigd op 12 maart 2025").as_deref(),
            Some("2025-03-12")
        );
        assert_eq!(dateline("31.02.2025", None), None);
        assert_eq!(dateline("Maria went home", None), None);
    }

    #[test]
    fn tags_and_credits() {
        assert_eq!(
            tag_list("Tags: Energy, Climate | Europe"),
            Some(vec!["Energy".into(), "Climate".into(), "Europe".into()])
        );
        assert_eq!(
            tag_list("Note: this is a sentence about the weather, and more"),
            None
        );
        assert!(is_credits_line(
            "Reporting by Jane Doe; Editing by John Roe"
        ));
        assert!(!is_credits_line("Reportedly, the talks failed."));
    }

    #[test]
    fn agency_datelines() {
        assert_eq!(
            agency_dateline("LONDON (Reuters) - Britain's economy grew"),
            Some("Reuters")
        );
        assert_eq!(
            agency_dateline("PARIS, 12 mars (AFP) — Le gouvernement"),
            Some("AFP")
        );
        assert_eq!(agency_dateline("The minister (Reuters) - said"), None);
        assert_eq!(agency_dateline("LONDON (a city) - big"), None);
    }
}

/// A line of an e-mail header or of a mail archive's navigation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailLine {
    /// `From: Jane Doe <jane@example.org>`: the sender's name.
    From(Option<String>),
    /// `Subject: …`: the subject.
    Subject(String),
    /// `Date:`, `To:`, `Cc:`, `Message-ID:` …: header fields that are no text.
    Field,
    /// "Previous message:", "Next message:", "Messages sorted by:" in
    /// list archives (pipermail, hypermail).
    ArchiveNavigation,
}

/// Header fields of an e-mail (lower case, before the colon).
const MAIL_FIELDS: &[&str] = &[
    "to",
    "cc",
    "bcc",
    "date",
    "sent",
    "reply-to",
    "message-id",
    "in-reply-to",
    "references",
    "x-mailer",
    "von",
    "an",
    "gesendet",
    "betreff",
    "de",
    "à",
    "envoyé",
    "objet",
    "para",
    "enviado",
    "asunto",
];

/// Navigation of mail-list archives, lower case, before the colon.
const ARCHIVE_NAVIGATION: &[&str] = &[
    "previous message",
    "next message",
    "messages sorted by",
    "previous thread",
    "next thread",
    "next in thread",
    "reply to",
];

/// Classify a line as a mail header field or mail archive navigation:
/// `Field: value` with a known field name at the start of the line.
pub fn mail_line(s: &str) -> Option<MailLine> {
    let (field, value) = s.trim().split_once(':')?;
    if field.chars().count() > 20 {
        return None;
    }
    let field = field.trim().to_lowercase();
    let value = value.trim();
    if ARCHIVE_NAVIGATION.contains(&field.as_str()) {
        return Some(MailLine::ArchiveNavigation);
    }
    if value.is_empty() {
        return None;
    }
    match field.as_str() {
        "from" | "von" | "de" if value.contains('@') || field == "from" => {
            Some(MailLine::From(mail_sender_name(value)))
        }
        "subject" | "betreff" | "objet" | "asunto" | "oggetto" => {
            Some(MailLine::Subject(value.to_string()))
        }
        f if MAIL_FIELDS.contains(&f) && is_mail_field_value(f, value) => Some(MailLine::Field),
        _ => None,
    }
}

/// Short field names that are also words ("De:", "An:", "To:") count only
/// with a value that looks like a header's: an address or a date.
fn is_mail_field_value(field: &str, value: &str) -> bool {
    match field {
        "date" | "sent" | "gesendet" | "envoyé" | "enviado" => {
            value.chars().any(|c| c.is_ascii_digit()) && word_count(value) <= 10
        }
        _ => value.contains('@') || value.contains('<'),
    }
}

/// The display name of a sender: `Jane Doe <jane@example.org>`,
/// `"Doe, Jane" <…>`, `jane@example.org (Jane Doe)`; none for a bare address.
fn mail_sender_name(value: &str) -> Option<String> {
    let name = if let Some((before, _)) = value.split_once('<') {
        before.trim().trim_matches('"').trim().to_string()
    } else if let (Some(open), Some(close)) = (value.find('('), value.rfind(')')) {
        value.get(open + 1..close).unwrap_or("").trim().to_string()
    } else {
        String::new()
    };
    (!name.is_empty() && !name.contains('@')).then_some(name)
}

#[cfg(test)]
mod mail_tests {
    use super::*;

    #[test]
    fn mail_headers_are_recognised() {
        assert_eq!(
            mail_line("From: Margaret Okafor <m.okafor@example.org>"),
            Some(MailLine::From(Some("Margaret Okafor".into())))
        );
        assert_eq!(
            mail_line("From: ann@example.org (Ann Lee)"),
            Some(MailLine::From(Some("Ann Lee".into())))
        );
        assert_eq!(
            mail_line("Subject: Heating outage"),
            Some(MailLine::Subject("Heating outage".into()))
        );
        assert_eq!(
            mail_line("Date: Tue, 9 Jan 2024 08:14:02 +0000"),
            Some(MailLine::Field)
        );
        assert_eq!(
            mail_line("Next message: [list] Re: Heating"),
            Some(MailLine::ArchiveNavigation)
        );
        assert_eq!(mail_line("To: the point, we said no."), None);
        assert_eq!(mail_line("De: la ville à la mer"), None);
        assert_eq!(mail_line("Note: this is prose."), None);
    }
}

/// Openers of the consent text under a form, after [`phrases::fold`].
const CONSENT_OPENERS: &[&str] = &[
    "by submitting",
    "by clicking",
    "by providing",
    "by checking",
    "by pressing",
    "by signing up",
    "by using this",
    "by continuing",
    "by entering",
    "by subscribing",
    "by registering",
    "by creating",
    "by tapping",
    "by selecting",
    "by completing",
    "by sending",
    "by opting",
    "i hereby",
    "i consent",
    "i authorize",
    "i authorise",
    "i agree to be",
    "i agree to receive",
    "i agree to the",
    "mit dem absenden",
    "mit dem klick",
    "mit klick auf",
    "mit ihrer anmeldung",
    "en soumettant",
    "en cliquant",
    "en vous inscrivant",
    "al enviar",
    "al hacer clic",
    "al pulsar",
    "al suscribirte",
    "inviando",
    "cliccando",
    "ao enviar",
    "ao clicar",
    "door te klikken",
    "door dit formulier",
];

/// Words of agreement that the consent text must hold.
const CONSENT_WORDS: &[&str] = &[
    "agree",
    "agreeing",
    "consent",
    "consenting",
    "authorize",
    "authorise",
    "accept",
    "acknowledge",
    "terms",
    "privacy",
    "contacted",
    "einverstanden",
    "zu",
    "datenschutzerklärung",
    "acceptez",
    "accepte",
    "acepto",
    "aceptas",
    "accetto",
    "accetti",
    "concordo",
    "akkoord",
];
static CONSENT_WORD_SET: phrases::Phrases = phrases::Phrases::new(CONSENT_WORDS);

/// The legal consent printed under a form or sign-up box ("By submitting
/// this form, you agree to our Terms…", "I consent to receive…", "This site
/// is protected by reCAPTCHA…"): no page's content.
pub fn is_form_consent(s: &str) -> bool {
    is_form_consent_folded(&phrases::fold(s))
}

/// [`is_form_consent`] of a line's [`phrases::fold`].
pub fn is_form_consent_folded(folded: &str) -> bool {
    let words = phrases::folded_word_count(folded);
    if !(4..=130).contains(&words) {
        return false;
    }
    if phrases::contains_words(folded, "protected by recaptcha") {
        return true;
    }
    CONSENT_OPENERS.iter().any(|o| {
        folded.starts_with(o)
            && folded
                .get(o.len()..)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    }) && CONSENT_WORD_SET.in_words(folded)
}

/// Wording of legal notices in a page's small print, after
/// [`phrases::fold`]: trademark and licence notices, "for information only"
/// disclaimers and affiliate disclosures, in several languages.
const LEGAL_NOTICE_PHRASES: &[&str] = &[
    "is a registered trademark",
    "are registered trademarks",
    "is a trademark of",
    "are trademarks of",
    "trademarks of their respective owners",
    "property of their respective owners",
    "licensed under the creative commons",
    "for informational purposes only",
    "for general informational purposes",
    "for general information purposes only",
    "does not constitute legal",
    "does not constitute financial",
    "does not constitute investment",
    "does not constitute medical",
    "should not be construed as",
    "not intended to be a substitute for",
    "not a substitute for professional",
    "we may earn an affiliate commission",
    "we may earn a commission",
    "may contain affiliate links",
    "as an amazon associate",
    "marque déposée",
    "marques déposées",
    "à titre informatif uniquement",
    "eingetragene marke",
    "eingetragenes warenzeichen",
    "dient nur zu informationszwecken",
    "ausschließlich zu informationszwecken",
    "marca registrada",
    "marcas registradas",
    "con fines informativos",
    "marchio registrato",
    "marchi registrati",
    "a scopo informativo",
    "geregistreerd handelsmerk",
    "zastrzeżony znak towarowy",
    "зарегистрированный товарный знак",
];
static LEGAL_NOTICE_SET: phrases::Phrases = phrases::Phrases::new(LEGAL_NOTICE_PHRASES);

/// Pieces of words, one in each of [`LEGAL_NOTICE_PHRASES`], without their
/// first letter (which may be a capital): a line holding none is no notice.
const LEGAL_NOTICE_ANCHORS: &[&str] = &[
    "rademark",
    "espective",
    "reative",
    "nformati",
    "onstitute",
    "onstrued",
    "ubstitute",
    "ffiliate",
    "ommission",
    "ssociate",
    "arque",
    "arke",
    "arenzeichen",
    "arca",
    "archi",
    "andelsmerk",
    "znak",
    "товарн",
];
static LEGAL_NOTICE_ANCHOR_SET: phrases::Phrases = phrases::Phrases::new(LEGAL_NOTICE_ANCHORS);

/// A legal notice from a page's small print: a trademark or licence
/// notice, a disclaimer that the text is no advice, an affiliate disclosure
/// (a page's content does not talk about itself this way).
pub fn is_legal_notice(s: &str) -> bool {
    is_legal_notice_counted(s, word_count(s))
}

/// [`is_legal_notice`] with the line's [`word_count`] given: the per-line
/// pass has counted it already.
pub fn is_legal_notice_counted(s: &str, words: usize) -> bool {
    // (Cheap checks first: this runs on every line of a page.)
    if !(6..=150).contains(&words) || !LEGAL_NOTICE_ANCHOR_SET.anywhere(s) {
        return false;
    }
    let folded = phrases::fold(s);
    let words = phrases::folded_word_count(&folded);
    if !(6..=150).contains(&words) {
        return false;
    }
    LEGAL_NOTICE_SET.in_words(&folded)
}

/// A notice that scripts are off ("Please enable JavaScript to view the
/// comments", "JavaScript is disabled in your browser"): what a page says
/// when its content did not load, never the content.
pub fn is_script_notice(s: &str) -> bool {
    is_script_notice_folded(&phrases::fold(s))
}

/// [`is_script_notice`] of a line's [`phrases::fold`].
pub fn is_script_notice_folded(folded: &str) -> bool {
    let words = phrases::folded_word_count(folded);
    words <= 30
        && phrases::contains_words(folded, "javascript")
        && SCRIPT_SWITCH_SET.in_words(folded)
}

/// Words that ask for scripts to be switched on, after [`phrases::fold`].
const SCRIPT_SWITCH_WORDS: &[&str] = &[
    "enable",
    "enabled",
    "disabled",
    "required",
    "requires",
    "turned off",
    "turn it on",
    "supports",
    "aktivieren",
    "activer",
    "activez",
    "habilitar",
    "habilita",
    "attivare",
    "attiva",
    "ativar",
    "ative",
    "inschakelen",
];
static SCRIPT_SWITCH_SET: phrases::Phrases = phrases::Phrases::new(SCRIPT_SWITCH_WORDS);

/// A line of a cookie table or cookie-category description ("_ga 2 years
/// Google Analytics sets this cookie to…", "Functional cookies help to…").
pub fn is_cookie_description(s: &str) -> bool {
    is_cookie_description_folded(&phrases::fold(s))
}

/// [`is_cookie_description`] of a line's [`phrases::fold`].
pub fn is_cookie_description_folded(folded: &str) -> bool {
    // (Every phrase holds "cookie": most lines are settled by one search.)
    memchr::memmem::find(folded.as_bytes(), b"cookie").is_some()
        && phrases::folded_word_count(folded) <= 90
        && COOKIE_DESCRIPTION_SET.in_words(folded)
}

/// Wording of cookie tables and cookie-category descriptions, after
/// [`phrases::fold`].
const COOKIE_DESCRIPTION_PHRASES: &[&str] = &[
    "sets this cookie",
    "this cookie is used",
    "this cookie is set",
    "cookie is used by",
    "cookie is set by",
    "cookies are used to",
    "cookies are used by",
    "cookies help",
    "cookies ensure",
    "cookies track",
    "cookies allow us",
    "cookies collect",
    "third party cookies",
];
static COOKIE_DESCRIPTION_SET: phrases::Phrases = phrases::Phrases::new(COOKIE_DESCRIPTION_PHRASES);

/// Nouns of a carousel's, gallery's or pager's position marker, lower case.
const POSITION_NOUNS: &[&str] = &[
    "slide",
    "message",
    "item",
    "page",
    "image",
    "photo",
    "step",
    "folie",
    "bild",
    "seite",
    "diapositive",
    "página",
    "pagina",
];

/// Words for "of" in a position marker ("Slide 2 of 5", "Bild 2 von 5").
const POSITION_OF: &[&str] = &["of", "von", "sur", "de", "di", "van", "z"];

/// A carousel's, gallery's or pager's position marker alone on its line:
/// "Slide 2 of 5", "Message 1 of 3.", "Page 3 of 12", "Bild 2 von 5".
// Why: sliders and pagers print one for screen readers; it is never text.
pub fn is_position_marker(s: &str) -> bool {
    let t = s.trim().trim_end_matches('.');
    if t.len() > 40 {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    matches!(words.as_slice(), [noun, n, of, m]
        if POSITION_NOUNS.contains(&noun.to_lowercase().as_str())
            && number(n)
            && POSITION_OF.contains(&of.to_lowercase().as_str())
            && number(m))
}

/// A run of five or more consecutive numbers making up most of a line: the
/// options of a quantity picker or the links of a pager ("1 2 3 4 5 … 53",
/// "Quantity: 1 2 3 4 5 6").
pub fn is_number_run(s: &str) -> bool {
    // (Five numbers hold five ASCII digits: most lines are settled by a
    // byte count.)
    if s.bytes().filter(u8::is_ascii_digit).count() < 5 {
        return false;
    }
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let numbers: Vec<u32> = tokens
        .iter()
        .filter(|t| (1..=4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit()))
        .filter_map(|t| t.parse().ok())
        .collect();
    if numbers.len() < 5 || numbers.len() * 10 < tokens.len() * 7 {
        return false;
    }
    let mut best = 1;
    let mut current = 1;
    for pair in numbers.windows(2) {
        if let [a, b] = pair {
            current = if *b == a + 1 { current + 1 } else { 1 };
            best = best.max(current);
        }
    }
    best >= 5
}

/// Words naming reviews or ratings in a rating summary, compared folded.
const REVIEW_WORDS: &[&str] = &[
    "review",
    "reviews",
    "rating",
    "ratings",
    "bewertung",
    "bewertungen",
    "avis",
    "reseña",
    "reseñas",
    "opiniones",
    "recensione",
    "recensioni",
    "avaliação",
    "avaliações",
    "beoordeling",
    "beoordelingen",
    "opinii",
    "opinie",
    "отзыв",
    "отзывов",
    "отзыва",
];

/// Openers of a call to review, compared folded.
const WRITE_REVIEW: &[&str] = &[
    "write a review",
    "be the first to review",
    "bewertung schreiben",
    "écrire un avis",
    "escribir una reseña",
    "scrivi una recensione",
    "schrijf een beoordeling",
];

/// A short line summarising a product's ratings: a bare average ("4.1",
/// "4.7 Average rating"), a count of reviews ("Based on 407 reviews", "18
/// Reviews", "146,980 global ratings"), "4.6 out of 5 stars", or a call to
/// write a review.
pub fn is_rating_summary(s: &str) -> bool {
    if super::features::word_count(s) > 10 {
        return false;
    }
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ':')))
        .filter(|w| !w.is_empty())
        .collect();
    let counted_reviews = words.windows(2).any(|pair| {
        matches!(pair, [n, r] if is_review_count(n) && REVIEW_WORDS.contains(r))
            || matches!(pair, [n, "global"] if is_review_count(n))
    });
    let bare_average = words.first().is_some_and(|w| is_average_rating(w))
        && (words.len() == 1 || words.iter().any(|w| *w == "average" || *w == "stars"));
    let folded = crate::phrases::fold(s);
    bare_average
        || counted_reviews
        || lower.contains("out of 5")
        || WRITE_REVIEW.iter().any(|p| folded.starts_with(p))
}

/// An average rating out of five with one decimal ("4.1", "3,8").
fn is_average_rating(w: &str) -> bool {
    let b = w.as_bytes();
    matches!(b, [d, b'.' | b',', e] if (b'0'..=b'5').contains(d) && e.is_ascii_digit())
}

/// A count of reviews: digits with thousands separators ("146,980").
fn is_review_count(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// Placeholder options that open a drop-down ("- Any -", "-- Select --"),
/// compared lower-cased between the dashes.
const PLACEHOLDER_OPTIONS: &[&str] = &[
    "any",
    "all",
    "select",
    "none",
    "choose",
    "tous",
    "toutes",
    "alle",
    "todos",
    "todas",
    "tutti",
    "qualsiasi",
    "alles",
    "wybierz",
    "selecione",
    "seleccionar",
    "auswählen",
];

/// A drop-down's options flattened into one line after its placeholder
/// ("- Any - Agronomy Algebra Art history …"): a placeholder between dashes
/// opens a line of many words. Options in sentence case escape
/// [`is_option_list`], the placeholder does not.
pub fn is_placeholder_option_list(s: &str) -> bool {
    let t = s.trim_start();
    let Some(rest) = t.strip_prefix('-') else {
        return false;
    };
    let Some((inner, _)) = rest.trim_start_matches('-').split_once('-') else {
        return false;
    };
    PLACEHOLDER_OPTIONS.contains(&inner.trim().to_lowercase().as_str())
        && s.split_whitespace()
            .nth(OPTION_LIST_MIN_WORDS - 1)
            .is_some()
}

/// Fewest words of a flattened option list: longer than any headline.
const OPTION_LIST_MIN_WORDS: usize = 26;

/// The options of a drop-down or a tag cloud flattened into one line
/// ("Country Select United States Canada Afghanistan Åland Islands …"):
/// many words, almost all capitalized, hardly a stop word (`stop` is the
/// line's stop-word density) and hardly a punctuation mark between them.
pub fn is_option_list(s: &str, stop: f32) -> bool {
    // (Stop words settle most lines before they are split.)
    if stop >= 0.12 {
        return false;
    }
    if s.split_whitespace()
        .nth(OPTION_LIST_MIN_WORDS - 1)
        .is_none()
    {
        return false;
    }
    let tokens: Vec<&str> = s.split_whitespace().collect();
    // (A line of JSON or code is data, not a menu.)
    let code = s.trim_start().starts_with(['{', '[', '<']);
    if code || stop >= 0.12 {
        return false;
    }
    let punctuated = tokens
        .iter()
        .filter(|t| t.ends_with(['.', ',', ';', ':', '!', '?']))
        .count();
    let worded: Vec<&&str> = tokens
        .iter()
        .filter(|t| t.starts_with(char::is_alphanumeric))
        .collect();
    let capitalized = worded
        .iter()
        .filter(|t| t.starts_with(|c: char| c.is_uppercase() || c.is_numeric()))
        .count();
    punctuated * 12 <= tokens.len() && capitalized * 4 >= worded.len() * 3
}

/// "Add \<product\> to Cart/Compare/Wishlist": a shop's button label.
pub fn is_add_to_button(s: &str) -> bool {
    is_add_to_button_folded(&phrases::fold(s))
}

/// [`is_add_to_button`] of a line's [`phrases::fold`].
pub fn is_add_to_button_folded(folded: &str) -> bool {
    let words = phrases::folded_word_count(folded);
    words <= 14
        && folded.starts_with("add ")
        && [
            "to cart",
            "to bag",
            "to basket",
            "to compare",
            "to comparison",
            "to wishlist",
            "to wish list",
            "to favorites",
            "to favourites",
            "to registry",
        ]
        .iter()
        .any(|p| folded.ends_with(p))
}

#[cfg(test)]
mod widget_tests {
    use super::*;

    #[test]
    fn form_consent() {
        assert!(is_form_consent(
            "By submitting this form, you agree to our Terms of Use and Privacy Policy."
        ));
        assert!(is_form_consent(
            "I consent to receive calls and text messages about my enquiry."
        ));
        assert!(is_form_consent(
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."
        ));
        assert!(is_form_consent(
            "En cliquant sur « Envoyer », vous acceptez nos conditions générales."
        ));
        assert!(!is_form_consent(
            "I agree with you, the second edition is much better than the first."
        ));
        assert!(!is_form_consent(
            "By the end of the year the council had agreed to the new terms."
        ));
    }

    #[test]
    fn script_notices() {
        assert!(is_script_notice(
            "Please enable JavaScript to view the comments."
        ));
        assert!(is_script_notice(
            "You need to enable JavaScript to run this app."
        ));
        assert!(!is_script_notice(
            "JavaScript and Python are both popular languages."
        ));
    }

    #[test]
    fn cookie_descriptions() {
        assert!(is_cookie_description(
            "_ga 2 years This analytics service sets this cookie to tell visitors apart."
        ));
        assert!(is_cookie_description(
            "Functional cookies help to perform certain functions like sharing content."
        ));
        assert!(!is_cookie_description(
            "These cookies are best eaten warm, straight from the oven."
        ));
    }

    #[test]
    fn number_runs() {
        assert!(is_number_run("1 2 3 4 5 6 7 8 9 10"));
        assert!(is_number_run("Quantity: 1 2 3 4 5 6"));
        assert!(!is_number_run("82 50 32 41 9"));
        assert!(!is_number_run("In 1 2 3 steps"));
    }

    #[test]
    fn name_before_a_role() {
        let b = prefixed_byline("By Jane Doe, Executive Editor, Example Health Letter");
        assert_eq!(b.map(|b| b.authors), Some(vec!["Jane Doe".to_string()]));
        let b = trailing_byline("July 1, 2023 By Jane Doe, Senior Writer, Example Weekly");
        assert_eq!(b.map(|b| b.authors), Some(vec!["Jane Doe".to_string()]));
        // (Without a role after the comma it is no byline of one name.)
        assert!(prefixed_byline("By the end of the year, prices rose").is_none());
    }

    #[test]
    fn every_legal_phrase_has_an_anchor() {
        for p in LEGAL_NOTICE_PHRASES {
            assert!(LEGAL_NOTICE_ANCHORS.iter().any(|a| p.contains(a)), "{p}");
        }
    }

    #[test]
    fn legal_notices() {
        assert!(is_legal_notice(
            "Trailhopper® is a registered trademark of Example Outdoor Ltd."
        ));
        assert!(is_legal_notice(
            "This article is for informational purposes only and does not constitute legal advice."
        ));
        assert!(is_legal_notice(
            "Dieser Artikel dient nur zu Informationszwecken und stellt keine Anlageberatung dar."
        ));
        assert!(is_legal_notice(
            "Photos licensed under the Creative Commons Attribution 4.0 License."
        ));
        // (A sentence that only mentions trademarks is no notice.)
        assert!(!is_legal_notice(
            "The court ruled that the shape of the bottle could not be protected as a trademark."
        ));
        assert!(!is_legal_notice("Registered trademark"));
    }

    #[test]
    fn option_lists() {
        let density =
            |t: &str| super::super::stopwords::density(t, super::super::stopwords::LangMask::ALL);
        let countries = "Country Select Austria Belgium Bosnia and Herzegovina Canada Croatia \
            Czech Republic Denmark Estonia Finland France Germany Greece Hungary Iceland \
            Ireland Italy Japan Latvia Lithuania Luxembourg Netherlands Norway Poland Spain";
        assert!(is_option_list(countries, density(countries)));
        let roles = "Job title Owner President Chief Executive Officer Chief Financial Officer \
            Controller Director Engineer Head of Sales Manager Marketing Manager Office Manager \
            Partner Consultant Student Teacher Other";
        assert!(is_option_list(roles, density(roles)));
        // (Prose of the same length has stop words and punctuation.)
        let prose = "The ferry to the island leaves at seven, and in summer there is a second \
            boat at noon. Tickets are sold at the harbour office, which opens an hour before \
            the first departure of the day.";
        assert!(!is_option_list(prose, density(prose)));
        // (A headline-length line of capitalized words is left to the headline rules.)
        let title = "Trail Runner Pro Waterproof Hiking Shoe Men's Black Size 42 Wide Fit";
        assert!(!is_option_list(title, density(title)));
        // (JSON data is not a menu.)
        let json = "[\"Easy To Read\", \"Solved My Problem\", \"Other\", \"Missing Information\", \
            \"Too Complicated\", \"Out Of Date\", \"Samples Broken\", \"Translation Issue\", \
            \"Other Problem\", \"Page Layout\", \"Wrong Code\", \"Broken Link\", \"Typo Found\"]";
        assert!(!is_option_list(json, density(json)));
    }

    #[test]
    fn placeholder_option_lists() {
        let topics = "- Any - Agronomy Algebra and geometry Art history Bird migration Cell \
            biology Coastal erosion Data science Earth observation Forest ecology Glaciers \
            Human geography Marine biology";
        assert!(is_placeholder_option_list(topics));
        assert!(is_placeholder_option_list(
            "-- Select -- Austria Belgium Canada Denmark Estonia Finland France Germany Greece \
             Hungary Iceland Ireland Italy Japan Latvia Lithuania Luxembourg Malta Norway Poland \
             Portugal Spain Sweden Turkey"
        ));
        // (A short line, or a list item that only opens with a dash.)
        assert!(!is_placeholder_option_list("- Any -"));
        assert!(!is_placeholder_option_list(
            "- Pack the roots in a crate of barely damp sand, in layers that do not touch, and \
             keep the crate somewhere cold - but never frozen - through the winter months."
        ));
    }

    #[test]
    fn add_to_buttons() {
        assert!(is_add_to_button("Add Trail Helmet 2.0 to Compare"));
        assert!(is_add_to_button("Add to Cart"));
        assert!(!is_add_to_button("Add the flour to the bowl"));
    }
}

/// Labels of form fields, after [`phrases::fold`]: words that name an input
/// box, not a page's text.
const FORM_LABELS: &[&str] = &[
    "first name",
    "last name",
    "full name",
    "your name",
    "email",
    "e mail",
    "email address",
    "your email",
    "your email address",
    "phone number",
    "mobile number",
    "your message",
    "company name",
    "job title",
    "zip code",
    "postal code",
    "password",
    "username",
    "confirm password",
    "vorname",
    "nachname",
    "e mail adresse",
    "ihre nachricht",
    "prénom",
    "adresse e mail",
    "votre message",
    "apellido",
    "apellidos",
    "correo electrónico",
    "cognome",
    "indirizzo email",
    "voornaam",
    "achternaam",
    "e mailadres",
    "imię",
    "nazwisko",
    "фамилия",
];

/// A form field's label: a known label, or a short label marked required
/// with a detached asterisk ("Order number *", "Email: *").
pub fn is_form_label(s: &str) -> bool {
    is_form_label_folded(s, &phrases::fold(s))
}

/// [`is_form_label`] of a line and its [`phrases::fold`].
pub fn is_form_label_folded(s: &str, folded: &str) -> bool {
    let t = s.trim();
    let words = phrases::folded_word_count(folded);
    if folded.is_empty() || words > 6 {
        return false;
    }
    let required = t.ends_with(" *") || t.ends_with(":*");
    required || FORM_LABELS.contains(&folded)
}

/// Whole-line interface messages and controls, after [`phrases::fold`]:
/// form confirmations, feedback prompts, legal links, list controls.
const UI_MESSAGES: &[&str] = &[
    // (a media element's fallback text and a carousel's controls)
    "your browser does not support the video tag",
    "your browser does not support the video element",
    "your browser does not support video",
    "your browser does not support the audio element",
    "your browser does not support the audio tag",
    "your browser does not support html5 video",
    "previous slide next slide",
    "sorry your browser doesn t support embedded videos",
    "sorry your browser does not support embedded videos",
    "refresh your browser window to try again",
    "thank you for signing up",
    "thanks for signing up",
    "oops something went wrong while submitting the form",
    "thank you your submission has been received",
    "you should upgrade or use an alternative browser",
    "you are using an out of date browser it may not display this or other websites correctly",
    "you must log in or register to reply here",
    "click to expand",
    "install the app",
    "note this feature may not be available in some browsers",
    "thanks for submitting",
    "check your email for a confirmation message",
    "improve this question",
    "improve this answer",
    "ask question",
    "loading",
    "your privacy choices",
    "do not sell or share my personal information",
    "do not sell my personal information",
    "how are we doing",
    "give us feedback on this page",
    "was this page helpful",
    "was this article helpful",
    "was this helpful",
    "yes no",
    "skip to search results",
    "this field is for validation purposes and should be left unchanged",
    "close modal",
    "expand all",
    "collapse all",
    "expand all collapse all",
    "show less",
    "sort by",
    "sorted by",
    "back to top",
    "scroll to top",
    "close filters",
    "clear all filters",
    "clear filters",
    "apply filters",
    "show filters",
    "hide filters",
    "sortieren nach",
    "filter anwenden",
    "trier par",
    "ordenar por",
    "ordina per",
    "sorteer op",
    "sortuj według",
    "сортировать по",
];

/// A whole-line interface message or control ("Sort by", "Thank you for
/// signing up", "Was this page helpful?").
pub fn is_ui_message(s: &str) -> bool {
    is_ui_message_folded(&phrases::fold(s))
}

/// [`is_ui_message`] of a line's [`phrases::fold`].
pub fn is_ui_message_folded(folded: &str) -> bool {
    UI_MESSAGES.contains(&folded)
}

/// Labels of a photo credit that closes a caption, lower case.
const CAPTION_CREDIT_LABELS: &[&str] = &[
    "credit",
    "photo",
    "photo credit",
    "image credit",
    "photograph",
    "image",
    "picture",
    "foto",
    "bild",
    "crédit",
    "crédit photo",
    "fotografía",
    "zdjęcie",
    "фото",
];

/// A photo caption that ends with its credit, without brackets: "The
/// family that backpacks together. Credit: Jane Doe", "A tray holds the
/// keys. Photo: John Roe". The credit is a short name after the label.
pub fn credited_caption(s: &str) -> bool {
    let t = s.trim();
    // The colon first: most lines have none, and counting words costs more.
    let Some(colon) = t.rfind(':') else {
        return false;
    };
    if word_count(t) > 60 {
        return false;
    }
    let (head, name) = (
        t.get(..colon).unwrap_or(""),
        t.get(colon + 1..).unwrap_or(""),
    );
    let name = name.trim();
    // The label is the last one or two words before the colon.
    let head_words: Vec<&str> = head.split_whitespace().collect();
    let label = |n: usize| {
        head_words
            .len()
            .checked_sub(n)
            .and_then(|i| head_words.get(i..))
            .map(|w| w.join(" ").to_lowercase())
    };
    let labelled = [1, 2]
        .iter()
        .filter_map(|&n| label(n))
        .any(|l| CAPTION_CREDIT_LABELS.contains(&l.as_str()));
    // Some caption text must precede the label.
    let caption_before = head_words.len() >= 3;
    labelled
        && caption_before
        && (1..=8).contains(&word_count(name))
        && !ends_with_terminal_text(name)
        && name.starts_with(|c: char| c.is_uppercase())
}

/// Ends with a sentence mark.
fn ends_with_terminal_text(s: &str) -> bool {
    features::ends_with_terminal(s)
}

#[cfg(test)]
mod caption_tests {
    use super::*;

    #[test]
    fn credited_captions() {
        assert!(credited_caption(
            "The family that backpacks together. Credit: Jane Doe"
        ));
        assert!(credited_caption(
            "A wooden tray holds the keys by the door. Photo: John Roe"
        ));
        assert!(!credited_caption("Photo: John Roe"), "a credit alone");
        assert!(!credited_caption(
            "The figures come from one survey. Source: National Statistics Office"
        ));
        assert!(!credited_caption(
            "Here is what the report found about image quality: it improved."
        ));
    }
}

#[cfg(test)]
mod form_tests {
    use super::*;

    #[test]
    fn form_labels() {
        assert!(is_form_label("First Name"));
        assert!(is_form_label("Order number *"));
        assert!(is_form_label("E-Mail-Adresse"));
        assert!(!is_form_label("Top Cities Score*"), "a footnote mark");
        assert!(!is_form_label("Company"), "also a section heading");
    }

    #[test]
    fn ui_messages() {
        assert!(is_ui_message("Sort by:"));
        assert!(is_ui_message("Was this page helpful?"));
        assert!(is_ui_message(
            "Oops! Something went wrong while submitting the form."
        ));
        assert!(!is_ui_message("Sort by size before you start the wash."));
        // Forum and Q&A software controls.
        assert!(is_ui_message("Click to expand..."));
        assert!(is_ui_message("You must log in or register to reply here."));
        assert!(is_ui_message("Improve this answer"));
        assert!(is_position_marker("Slide 2 of 5"));
        assert!(is_position_marker("Message 1 of 3."));
        assert!(is_position_marker("Bild 2 von 5"));
        assert!(!is_position_marker("Step 2 of the plan"));
        assert!(!is_position_marker(
            "Page 3 of 12 of the report was missing."
        ));
        assert!(is_ui_message(
            "Your browser does not support the video tag."
        ));
        assert!(is_ui_message("Previous Slide Next Slide"));
        assert!(is_ui_message(
            "Sorry, your browser doesn’t support embedded videos."
        ));
        assert!(!is_ui_message(
            "Click to expand the menu, then choose a size."
        ));
    }
}
