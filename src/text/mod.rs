//! Raw scraped text: classify lines and blocks, keep the article.
//!
//! A page dumped to text keeps its navigation debris. The extractor
//! 1. cuts the text into units ([`split`]): blank-line separated blocks, or
//!    lines, with hard-wrapped paragraphs joined back;
//! 2. describes each unit by its features ([`features`], [`lines`],
//!    [`crate::phrases`]): length, terminal punctuation, case pattern,
//!    stop-word density in the detected language, list markers, phrase lists
//!    of calls to action and UI labels, bylines, datelines, breadcrumbs;
//! 3. marks context: captions before photo credits, runs of related links
//!    after a "Related" header, everything after an end marker (a related
//!    list or comment section that follows most of the prose);
//! 4. picks the main span: the run of units with the largest sum of scores
//!    (prose scores its word count, debris scores negative), a maximum
//!    subarray found in linear time;
//! 5. reads metadata from the units above the span (category labels and
//!    breadcrumbs, headline, subtitle, byline, dateline) and turns the span
//!    into blocks (subheadings, lists, paragraphs), dropping debris with the
//!    reason it was dropped.
//!
//! Every kept character is kept exactly as in the input.

pub mod consent;
pub mod features;
pub mod footer;
pub mod grid;
pub mod lines;
pub mod markup;
pub mod pagetype;
mod poster;
pub mod relative;
pub mod shop;
pub mod specs;
pub mod split;
pub mod stopwords;
pub mod thread;
pub mod trailer;

use crate::extraction::Extraction;
use crate::phrases::{self, Kind};
use crate::record::{Block, Removed};
use crate::Options;
use lines::{Byline, Dateline, MailLine};
use std::ops::Range;
use stopwords::LangMask;

/// What the context passes found around a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone {
    /// A link to another article in a related list.
    Related,
    /// A photo caption (followed by a photo credit).
    Caption,
    /// Reader comments.
    Comments,
    /// An e-mail signature, after the `-- ` delimiter.
    Signature,
    /// A shop's filter options with their counts ("Blue (12)").
    Facets,
    /// Customer reviews under a product.
    Reviews,
    /// The author's box (a bio, links to their other posts) closing a post.
    AuthorBox,
    /// The list of references or footnotes under an article.
    References,
    /// A contact section closing a page: people to call, with their
    /// titles, e-mails and phone numbers.
    Contacts,
    /// Hidden dialogs printed after the page's footer (see [`footer`]).
    Dialogs,
}

impl Zone {
    fn reason(self) -> &'static str {
        match self {
            Zone::Related => "related-links",
            Zone::Caption => "photo-caption",
            Zone::Comments => "comments",
            Zone::Signature => "signature",
            Zone::Facets => "facet-filter",
            Zone::Reviews => "reviews",
            Zone::AuthorBox => "author-box",
            Zone::Contacts => "contacts",
            Zone::References => "references",
            Zone::Dialogs => "after-footer",
        }
    }
}

/// The features of one unit.
#[derive(Debug, Clone)]
struct Info<'a> {
    /// The unit's text, borrowed from the split input.
    text: &'a str,
    /// The text [`phrases::fold`]ed, once for every rule that compares the
    /// folded text (the passes over all units would fold each line again).
    folded: String,
    words: usize,
    /// No letter or digit at all ("★ ★ ★", "+").
    symbols: bool,
    /// Running prose: long, with stop words, not a headline.
    prose: bool,
    /// A short sentence: ends like one and has stop words.
    sentence: bool,
    headline: bool,
    label: bool,
    /// Title Case (see [`features::is_title_case`]); false past 25 words,
    /// where no line is a headline candidate.
    title_case: bool,
    all_caps: bool,
    /// `Some(ordered)` for a list item.
    list: Option<bool>,
    kind: Option<Kind>,
    related_header: bool,
    // (boxed: most units are neither, and big pages have many units)
    dateline: Option<Box<Dateline>>,
    byline: Option<Box<Byline>>,
    crumbs: Option<Vec<String>>,
    tags: Option<Vec<String>>,
    credits: bool,
    /// An e-mail header field or mail-archive navigation line.
    mail: Option<MailLine>,
    /// Post or product counters ("212 posts", "Aufrufe: 842").
    counter: bool,
    zone: Option<Zone>,
    /// The same text occurs elsewhere in the document (see [`mark_repeated`]).
    repeated: bool,
    /// Prose whose exact text occurs more than once in the document.
    repeated_prose: bool,
    /// Part of a long run of menu labels (see [`mark_menu_runs`]).
    menu: bool,
}

/// Running prose: at least 8 words, not a headline (Title Case or at most
/// 15 words without an end mark), not ALL CAPS, and (when the language is known) at least 10% stop words; text in
/// scripts without spaces counts by characters.
fn is_prose(text: &str, words: usize, stop: f32, lang_known: bool) -> bool {
    if words >= 8 {
        let ends = features::ends_with_terminal(text) || features::ends_with_continuation(text);
        // Without an end mark, a line of up to 15 words is a headline.
        let headline = !ends && (words <= 15 || features::is_title_case(text));
        return !features::is_all_caps(text) && !headline && (!lang_known || stop >= 0.1);
    }
    let unspaced = text
        .chars()
        .filter(|c| crate::normalize::is_unspaced_script(*c))
        .count();
    unspaced >= 30 && features::ends_with_terminal(text)
}

/// A short sentence: 3+ words ending like a sentence, with some stop words
/// when the language is known.
fn is_sentence(text: &str, words: usize, stop: f32, lang_known: bool) -> bool {
    words >= 3 && features::ends_with_terminal(text) && (!lang_known || stop > 0.0)
}

fn analyze(text: &str, mask: LangMask, lang_known: bool, day_first: Option<bool>) -> Info<'_> {
    let words = features::word_count(text);
    let stop = stopwords::density(text, mask);
    let folded = phrases::fold(text);
    let kind = phrases::boilerplate_kind_folded(text, &folded)
        .or_else(|| widget_kind(text, &folded, words))
        .or_else(|| {
            (lines::is_option_list(text, stop) || lines::is_placeholder_option_list(text))
                .then_some(Kind::Navigation)
        });
    // A line of symbols only ("★ ★ ★", "+", a lone zero-width joiner) or
    // of bare URLs carries no text.
    let symbols_only = !text.chars().any(char::is_alphanumeric) || is_bare_urls(text);
    let prose = kind.is_none() && is_prose(text, words, stop, lang_known);
    // ("14. Februar 2025" is a German date, not item 14 of a list.)
    let list = features::list_marker(text)
        .map(|(ordered, _)| ordered)
        .filter(|_| !is_day_first_dateline(text, words));
    // Bylines and datelines are short lines.
    let short = words <= 16;
    let mut info = Info {
        words,
        symbols: symbols_only,
        prose,
        sentence: !prose && is_sentence(text, words, stop, lang_known),
        headline: features::is_headline_shaped_counted(text, || words),
        label: features::is_label_counted(text, || words),
        // (Only headline candidates, of at most 25 words, are asked.)
        title_case: words <= 25 && features::is_title_case(text),
        all_caps: features::is_all_caps(text),
        list,
        kind,
        related_header: phrases::is_related_header_folded(
            &folded,
            phrases::folded_word_count(&folded),
        ) || trailer::is_more_stories_header_folded(text, &folded),
        // (A longer line may be a post line with its categories.)
        dateline: if words <= 40 && list.is_none() {
            lines::dateline_counted(text, day_first, || words).map(Box::new)
        } else {
            None
        },
        // (A byline opener may head a longer line of facts: "by Jane Doe |
        // Mar 11, 2023 | Brakes, Repair | 0 comments".)
        byline: if words <= 30 && list.is_none() && !lines::opener_is_foreign(text, mask) {
            lines::prefixed_byline(text).map(Box::new)
        } else {
            None
        },
        crumbs: None,
        tags: lines::tag_list(text),
        credits: lines::is_credits_line_folded(text, &folded),
        counter: words <= 12 && phrases::is_counter_line(text),
        mail: if short { lines::mail_line(text) } else { None },
        zone: None,
        repeated: false,
        repeated_prose: false,
        menu: false,
        text,
        folded,
    };
    // A byline or dateline with a separator ("By X | AP") is no breadcrumb.
    // (Two to seven crumbs of one to five words: 2 to 35 words in all, the
    // separators counting none.)
    if info.byline.is_none()
        && info.dateline.is_none()
        && info.kind.is_none()
        && (2..=35).contains(&words)
    {
        info.crumbs =
            features::breadcrumb(text).map(|c| c.into_iter().map(str::to_string).collect());
    }
    info
}

// A trail naming two of a site's own pages (About, Contact, Privacy) is its
// menu: a breadcrumb trail passes through one such page at most.
fn is_site_menu(crumbs: &[String]) -> bool {
    let pages = crumbs
        .iter()
        .filter(|c| !phrases::is_breadcrumb_root(c) && phrases::is_site_page_label(c))
        .count();
    pages >= 2
}

/// A short line opening with a day number and a period that states a date
/// ("14. Februar 2025", "3. května 2024"): a dateline in languages that
/// write the day so, not an item of a numbered list.
fn is_day_first_dateline(text: &str, words: usize) -> bool {
    let t = text.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    words <= 8
        && (1..=2).contains(&digits)
        && t.get(digits..).is_some_and(|r| r.starts_with(". "))
        && lines::dateline(t, Some(true)).is_some()
}

/// Page widgets that the shared phrase lists leave to text mode: form
/// consent, script notices, cookie tables, number pickers and pagers,
/// "Add … to Cart" buttons, form labels, interface messages.
fn widget_kind(text: &str, folded: &str, words: usize) -> Option<Kind> {
    if lines::is_form_consent_folded(folded) || lines::is_cookie_description_folded(folded) {
        Some(Kind::Cookie)
    } else if lines::is_legal_notice_counted(text, words) {
        Some(Kind::Copyright)
    } else if lines::is_script_notice_folded(folded)
        || lines::is_number_run(text)
        || lines::is_position_marker(text)
        || lines::is_form_label_folded(text, folded)
        || lines::is_ui_message_folded(folded)
        || thread::is_post_furniture(text)
        || grid::is_listing_chrome(text)
    {
        Some(Kind::UiLabel)
    } else if lines::is_add_to_button_folded(folded) {
        Some(Kind::CallToAction)
    } else {
        None
    }
}

/// Mark units whose exact text occurs more than once in the document and
/// that are words rather than figures: a menu printed in the header and again
/// in the footer ("Login", "Order Now") repeats, an article's sentences do
/// not; prices and counts ("€82", "1") legitimately repeat in listings.
fn mark_repeated(infos: &mut [Info]) {
    // Looked up only, never iterated: a hash map (every line is a key).
    let mut seen: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for u in infos.iter() {
        *seen.entry(u.text.trim()).or_default() += 1;
    }
    let counts: Vec<usize> = infos
        .iter()
        .map(|u| seen.get(u.text.trim()).copied().unwrap_or(0))
        .collect();
    for (u, n) in infos.iter_mut().zip(counts) {
        u.repeated = n > 1 && !u.prose && is_wordy(u.text);
        u.repeated_prose = n > 1 && u.prose;
    }
}

/// A row of three or more short links between separators ("Terms · Privacy
/// · Contact us").
fn is_menu_row(text: &str) -> bool {
    let segments: Vec<&str> = text.split(['·', '|', '•']).collect();
    segments.len() >= 3
        && segments
            .iter()
            .all(|s| (1..=4).contains(&features::word_count(s)))
}

/// More letters than digits.
fn is_wordy(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let digits = text.chars().filter(|c| c.is_numeric()).count();
    letters > digits
}

/// A line made of bare URLs only ("https://example.org/report.pdf").
fn is_bare_urls(text: &str) -> bool {
    let mut any = false;
    for token in text.split_whitespace() {
        let t = token.to_ascii_lowercase();
        if !(t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.")) {
            return false;
        }
        any = true;
    }
    any
}

/// A caption: a short non-headline unit right before a photo credit, or
/// one that ends in a parenthesized credit ("… on Friday. (Photo: X/AFP)").
fn is_caption(info: &Info, next: Option<&Info>) -> bool {
    if info.kind.is_some() || info.words > 40 {
        return false;
    }
    // A credit closing the document credits the lead image, not the line
    // before it; `next` is only given when more follows the credit.
    let before_credit = next.is_some_and(|n| n.kind == Some(Kind::PhotoCredit))
        && !info.headline
        && info.list.is_none();
    let trailing_credit = info
        .text
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').and_then(|i| t.get(i + 1..)))
        .is_some_and(phrases::is_photo_credit);
    before_credit || trailing_credit || lines::credited_caption(info.text)
}

/// A link-like unit in a related list: anything short that is not prose.
fn is_related_item(info: &Info) -> bool {
    !info.prose && info.words <= 30
}

/// The signature delimiter of e-mail and Usenet: a line of two dashes
/// (properly followed by one space).
fn is_signature_delimiter(text: &str) -> bool {
    text.trim_end_matches(['\r', '\n']).trim_end() == "--"
}

/// A filter option with its count of results: "Blue (12)", "Under $50
/// (1,204)".
fn is_facet_option(u: &Info) -> bool {
    let t = u.text.trim();
    u.words <= 8
        && u.list.is_none()
        && t.strip_suffix(')')
            .and_then(|inner| inner.rfind('(').and_then(|k| inner.get(k + 1..)))
            .is_some_and(|n| {
                !n.is_empty()
                    && n.chars()
                        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            })
}

/// Three or more filter options in a row are a shop's filter panel.
fn mark_facet_runs(infos: &mut [Info]) {
    for run in runs_of(infos, 3, is_facet_option) {
        for u in infos.iter_mut().skip(run.start).take(run.len()) {
            u.zone.get_or_insert(Zone::Facets);
        }
    }
}

/// Lines of a run that [`mark_menu_runs`] takes for a menu.
const MENU_RUN_MIN: usize = 10;

/// A short line of a menu: no sentence, list item or long headline.
fn is_menu_line(u: &Info) -> bool {
    is_short_line(u) && u.words <= 6
}

/// Ten or more short lines in a row, nine in ten of them labels ("Gift
/// Cards", "Track My Order"), are a menu or a footer's link columns, even
/// inside the body span; a spec table or a list of item names mixes in
/// values and longer lines.
fn mark_menu_runs(infos: &mut [Info]) {
    for run in runs_of(infos, MENU_RUN_MIN, is_menu_line) {
        let lines = infos.get(run.clone()).unwrap_or(&[]);
        let labels = lines.iter().filter(|u| u.label).count();
        if labels * 10 < lines.len() * 9 {
            continue;
        }
        for u in infos.iter_mut().skip(run.start).take(run.len()) {
            u.menu = true;
        }
    }
}

/// The runs of `min` or more consecutive lines that `pred` holds for.
fn runs_of(infos: &[Info], min: usize, pred: impl Fn(&Info) -> bool) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < infos.len() {
        let run = infos.iter().skip(i).take_while(|u| pred(u)).count();
        if run >= min {
            runs.push(i..i + run);
        }
        i += run.max(1);
    }
    runs
}

/// Related headers ("See also") listed in a table of contents: a later
/// line repeats the header, the line before it names a section that also
/// comes later (the list of section names), and what follows differs from
/// what follows the later copy (a block printed twice, like a sidebar for
/// small screens, is no table of contents). Only the last copy heads the
/// related links.
fn table_of_contents_headers(infos: &[Info]) -> Vec<usize> {
    let text_at = |i: usize| infos.get(i).map(|u| u.text.trim());
    let mut entries = Vec::new();
    for (i, u) in infos.iter().enumerate() {
        if !u.related_header || i == 0 {
            continue;
        }
        let header = u.text.trim();
        let later = |t: &str| (i + 1..infos.len()).rev().find(|&j| text_at(j) == Some(t));
        let Some(copy) = later(header) else { continue };
        // (A label printed over every box of a page, "Latest News" in each
        // menu copy, repeats more than once.)
        let once_more = (i + 1..copy).all(|j| text_at(j) != Some(header));
        let section_before = infos.get(i - 1).is_some_and(|p| {
            !p.related_header && is_wordy(p.text) && later(p.text.trim()).is_some()
        });
        if once_more && section_before && text_at(i + 1) != text_at(copy + 1) {
            entries.push(i);
        }
    }
    entries
}

/// An update label alone on its line ("Last updated:") makes the date on
/// the next line a modification date, not a publication date.
fn carry_update_labels(infos: &mut [Info]) {
    for i in 1..infos.len() {
        let labelled = infos.get(i - 1).is_some_and(|l| {
            l.dateline.is_none()
                && l.words <= 3
                && l.text.trim_end().ends_with(':')
                && crate::meta::dates::date_label(l.text) == Some(true)
        });
        if !labelled {
            continue;
        }
        if let Some(d) = infos.get_mut(i).and_then(|u| u.dateline.as_mut()) {
            if d.modified.is_none() {
                d.modified = d.published.take();
            }
        }
    }
}

/// [`mark_context_with`] gathering the page's common words itself.
#[cfg(test)]
fn mark_context(infos: &mut [Info]) {
    mark_context_with(infos, &CommonWords::default());
}

/// The words a page writes in lower case (its common words, not names),
/// gathered from its units on first asking and kept for the rules that ask
/// after (the author's box and the author line): every unit is read.
#[derive(Default)]
struct CommonWords<'a> {
    set: std::cell::OnceCell<rustc_hash::FxHashSet<&'a str>>,
}

impl<'a> CommonWords<'a> {
    /// The set, gathered from `infos` the first time (every caller passes
    /// the page's units, whose texts never change).
    fn of(&self, infos: &[Info<'a>]) -> &rustc_hash::FxHashSet<&'a str> {
        self.set.get_or_init(|| {
            infos
                .iter()
                .flat_map(|u| u.text.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.starts_with(char::is_lowercase))
                .collect()
        })
    }
}

/// Mark captions, related-link runs, and everything after an end marker.
fn mark_context_with<'a>(infos: &mut [Info<'a>], common: &CommonWords<'a>) {
    carry_update_labels(infos);
    mark_facet_runs(infos);
    mark_menu_runs(infos);
    for i in 0..infos.len() {
        let next = infos.get(i + 1).filter(|_| i + 2 < infos.len());
        let caption = infos.get(i).is_some_and(|u| is_caption(u, next));
        if caption {
            if let Some(u) = infos.get_mut(i) {
                u.zone = Some(Zone::Caption);
            }
        }
    }
    let toc_entries = table_of_contents_headers(infos);
    for &i in &toc_entries {
        if let Some(u) = infos.get_mut(i) {
            u.related_header = false;
        }
    }
    // Runs of links after a related header, until running prose.
    let mut in_related = false;
    for u in infos.iter_mut() {
        if u.related_header {
            in_related = true;
            continue;
        }
        if in_related && u.kind.is_none() && is_related_item(u) {
            u.zone.get_or_insert(Zone::Related);
        } else if u.prose {
            in_related = false;
        }
    }
    trailer::mark_related_headers(infos);
    // An e-mail signature: the few lines after the "-- " delimiter that
    // closes a text, once some prose came before it.
    let first_prose = infos.iter().position(|u| u.prose);
    if let Some(sig) = infos.iter().rposition(|u| is_signature_delimiter(u.text)) {
        if first_prose.is_some_and(|p| p < sig) && infos.len() - sig <= 8 {
            for v in infos.iter_mut().skip(sig) {
                v.zone.get_or_insert(Zone::Signature);
            }
        }
    }
    // End markers: a related header or comment section after which there is
    // less prose than before it ends the article.
    let prose_words: Vec<usize> = infos
        .iter()
        .map(|u| if u.prose { u.words } else { 0 })
        .collect();
    let total: usize = prose_words.iter().sum();
    let mut before = 0usize;
    let section_header = comment_section_header(infos);
    // (Only a page that sells something has its reviews cut.)
    // (A button has a few words: the counted words spare the rest a test.)
    let shop = infos.iter().any(|u| u.words <= 8 && is_cart_button(u));
    let author_box = trailer::author_box_start_with(infos, common);
    let mut shares: Option<trailer::ShareBars> = None;
    for i in 0..infos.len() {
        let Some(u) = infos.get(i) else { break };
        let marker = if u.related_header && !trailer::article_resumes_after(infos, i) {
            Some(Zone::Related)
        } else if lines::is_author_box_header_folded(u.text, &u.folded) || author_box == Some(i) {
            Some(Zone::AuthorBox)
        } else if u.words <= 5 && !u.repeated && phrases::is_contact_section_header(u.text) {
            Some(Zone::Contacts)
        } else if u.kind == Some(Kind::Comments)
            && !phrases::is_reply_button_folded(&u.folded)
            && !is_quote_attribution(u.text)
            && !u.repeated
        {
            // (A reply button under each post of a thread, a quote's "X
            // said:" inside a post, or a comment button repeated under
            // every answer opens no section.)
            Some(Zone::Comments)
        } else if is_review_section_header(u)
            && ((shop && i * 5 >= infos.len() * 2 && !is_menu_item(infos, i))
                || rating_summary_follows(infos, i))
        {
            Some(Zone::Reviews)
        } else if shares
            .get_or_insert_with(|| trailer::ShareBars::of(infos))
            .closes(infos, i, before, total)
        {
            Some(Zone::Related)
        } else {
            None
        };
        let after = total - before - prose_words.get(i).copied().unwrap_or(0);
        // (Reviews end a description however many there are.)
        let strong = Some(i) == section_header || marker == Some(Zone::Reviews);
        if let Some(zone) = marker.or(strong.then_some(Zone::Comments)) {
            // (Comment threads longer than the text before them are kept:
            // on forums the thread is the content.)
            // (The header of the author's box closes an article of its own
            // length, whatever boxes and pop-ups follow it.)
            let closing_box = marker == Some(Zone::AuthorBox)
                && trailer::closes_with_author_box(u.text, before, after);
            if before >= 40 && (after < before || (strong && before >= 150) || closing_box) {
                // (A counted header is part of the section it counts.)
                let from = if strong { i } else { i + 1 };
                for v in infos.iter_mut().skip(from) {
                    v.zone.get_or_insert(zone);
                }
                break;
            }
        }
        before += prose_words.get(i).copied().unwrap_or(0);
    }
}

/// Verbs that close a quote's attribution in a forum post ("Jane said:",
/// "Jane wrote: ↑"), compared folded.
const QUOTE_VERBS: &[&str] = &[
    "said",
    "wrote",
    "says",
    "writes",
    "schrieb",
    "a écrit",
    "escribió",
    "ha scritto",
    "escreveu",
    "disse",
    "schreef",
    "napisał",
    "napisała",
    "написал",
    "написала",
];

/// A quote's attribution inside a forum post: a few words ending in "said:"
/// or "wrote:" (an arrow back to the quoted post may follow).
fn is_quote_attribution(text: &str) -> bool {
    let t = text
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ':');
    let Some(head) = t.strip_suffix(':') else {
        return false;
    };
    let folded = phrases::fold(head);
    features::word_count(text) <= 8
        && QUOTE_VERBS.iter().any(|v| {
            folded
                .strip_suffix(v)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
}

/// Headers of a shop's customer reviews, compared folded, with an optional
/// count after them ("Customer Reviews (212)", "Reviews 4.6").
const REVIEW_HEADERS: &[&str] = &[
    "reviews",
    "customer reviews",
    "ratings reviews",
    "ratings and reviews",
    "reviews and ratings",
    "product reviews",
    "top reviews",
    "customer ratings",
    "what customers are saying",
    "kundenbewertungen",
    "bewertungen",
    "avis clients",
    "avis des clients",
    "opiniones de clientes",
    "opiniones",
    "reseñas",
    "recensioni",
    "recensioni dei clienti",
    "avaliações",
    "avaliações de clientes",
    "beoordelingen",
    "klantbeoordelingen",
    "opinie",
    "opinie klientów",
    "отзывы",
    "отзывы покупателей",
    "商品评价",
    "用户评价",
    "カスタマーレビュー",
    "レビュー",
];

/// Buttons that put an item in a shopping cart, compared folded at the
/// start of a line ("Add to Cart", "Add to bag – £20").
const CART_BUTTONS: &[&str] = &[
    "add to cart",
    "add to bag",
    "add to basket",
    "add to trolley",
    "buy now",
    "buy it now",
    "in den warenkorb",
    "ajouter au panier",
    "añadir al carrito",
    "aggiungi al carrello",
    "adicionar ao carrinho",
    "in winkelwagen",
    "dodaj do koszyka",
    "в корзину",
    "加入购物车",
    "カートに入れる",
];

/// A button that puts an item in the cart: a page with one sells something.
fn is_cart_button(u: &Info) -> bool {
    let text = u.text;
    // (Every button above opens with one of these letters: most lines are
    // left before they are folded.)
    let opens_like_one = text
        .trim_start()
        .chars()
        .next()
        .and_then(|c| c.to_lowercase().next())
        .is_some_and(|c| matches!(c, 'a' | 'b' | 'i' | 'd' | 'в' | '加' | 'カ'));
    if !opens_like_one || u.words > 8 {
        return false;
    }
    CART_BUTTONS.iter().any(|b| {
        u.folded
            .strip_prefix(b)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// Lines right under a section header that may summarise its ratings.
const RATING_SUMMARY_WINDOW: usize = 3;

/// A review header with a rating summary right under it ("4.1", "Based on
/// 407 reviews", "Write a review") opens the reviews wherever it stands:
/// a menu item "Reviews" has menu items under it.
fn rating_summary_follows(infos: &[Info], i: usize) -> bool {
    infos
        .iter()
        .skip(i + 1)
        .take(RATING_SUMMARY_WINDOW)
        .any(|u| lines::is_rating_summary(u.text))
}

/// A label between two other labels: an item of a menu.
fn is_menu_item(infos: &[Info], i: usize) -> bool {
    let label = |j: Option<usize>| j.and_then(|j| infos.get(j)).is_some_and(|u| u.label);
    label(i.checked_sub(1)) && label(Some(i + 1))
}

/// The header of a customer-review section: a review header, alone or with
/// a count or rating.
fn is_review_section_header(u: &Info) -> bool {
    if u.words > 6 || u.prose {
        return false;
    }
    let head = u
        .folded
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    REVIEW_HEADERS.contains(&head)
}

/// Words that count a blog's replies only when the post's title follows
/// ("12 thoughts on “Title”", "3 Responses to “Title”"); alone, "60 replies"
/// heads a forum thread.
const REPLY_COUNT_WORDS: &[&str] = &[
    "thoughts",
    "responses",
    "replies",
    "réponses",
    "respuestas",
    "antworten",
    "risposte",
    "respostas",
];

/// A word of digits only.
fn is_count(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_ascii_digit())
}

/// A comment section's header with a count that opens the line: "59
/// Comments", "12 thoughts on “Title”", "10 comments:", "Kommentare (3)".
fn is_counted_comment_header(folded: &str) -> bool {
    let words: Vec<&str> = folded.split(' ').collect();
    let is_number = |w: Option<&&str>| w.is_some_and(|w| is_count(w));
    let titled = words
        .get(2)
        .is_some_and(|w| matches!(*w, "on" | "to" | "zu" | "sur" | "en" | "su" | "em" | "op"));
    let first = words.first().copied().unwrap_or("");
    let second = words.get(1).copied().unwrap_or("");
    // "59 Comments [on “Title”]", "12 thoughts on “Title”".
    let count_first = is_number(words.first())
        && ((crate::phrases::COMMENT_WORDS.contains(&second) && (words.len() == 2 || titled))
            || (REPLY_COUNT_WORDS.contains(&second) && titled));
    // "Comments: 37", "Kommentare (3)".
    let word_first = crate::phrases::COMMENT_WORDS.contains(&first)
        && is_number(words.get(1))
        && words.len() == 2;
    (count_first || word_first) && words.len() <= 25
}

/// The count of a line that counts comments or replies ("22 Comments",
/// "1 reply", "Comments: 37"), with whether it is a section header.
fn comment_count(u: &Info) -> Option<(String, bool)> {
    // (Both counts are figures of ASCII digits: most lines have none.)
    if !u.text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let header = is_counted_comment_header(&u.folded);
    let folded = &u.folded;
    let mut words = folded.split(' ');
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let item_counter =
        is_count(first) && matches!(second, "reply" | "replies" | "answer" | "answers");
    if !header && !item_counter {
        return None;
    }
    let count = folded.split(' ').find(|w| is_count(w))?;
    Some((count.to_string(), header))
}

/// The header of a page's comment section: the last counted comment header,
/// when every comment or reply count of the page is the same (a listing or
/// a thread counts the replies of each item, with different counts).
fn comment_section_header(infos: &[Info]) -> Option<usize> {
    let mut first_count: Option<String> = None;
    let mut last = None;
    for (i, u) in infos.iter().enumerate() {
        if u.words > 25 {
            continue;
        }
        if let Some((count, header)) = comment_count(u) {
            if first_count.get_or_insert_with(|| count.clone()) != &count {
                return None;
            }
            if header {
                last = Some(i);
            }
        }
    }
    last
}

/// How much a unit looks like article body: prose scores its word count,
/// debris scores negative, headings slightly negative (kept only between
/// body units).
fn score(u: &Info) -> f32 {
    if u.kind.is_some() || u.zone.is_some() {
        return -8.0;
    }
    if u.symbols {
        return -2.0;
    }
    if u.crumbs.is_some() || u.tags.is_some() || u.credits {
        return -5.0;
    }
    if u.counter || u.mail.is_some() {
        return -4.0;
    }
    if u.dateline.is_some() || u.byline.is_some() {
        return -4.0;
    }
    if u.list.is_some() {
        return if u.words >= 3 {
            u.words as f32 * 0.5
        } else {
            -2.0
        };
    }
    if u.prose {
        return u.words as f32;
    }
    if u.sentence {
        return u.words as f32 * 0.5;
    }
    if u.headline {
        return -1.5;
    }
    -4.0
}

/// A short line that is neither prose nor a sentence nor a list item: a
/// heading, a label or a link.
fn is_short_line(u: &Info) -> bool {
    !u.prose && !u.sentence && u.list.is_none()
}

/// Four or more short lines in a row are a menu or a list of links, not
/// subheadings: each scores like debris.
fn penalize_link_runs(infos: &[Info], scores: &mut [f32]) {
    for run in runs_of(infos, 4, is_short_line) {
        for s in scores.iter_mut().skip(run.start).take(run.len()) {
            *s = s.min(-3.0);
        }
    }
}

/// The span with the largest sum of scores (maximum subarray, linear time);
/// `None` when no unit scores above zero.
#[cfg(test)]
fn best_span(scores: &[f32]) -> Option<(usize, usize)> {
    best_run(&positive_runs(scores)).map(|(s, e, _)| (s, e))
}

/// The run with the largest sum (the first on ties).
fn best_run(runs: &[(usize, usize, f32)]) -> Option<(usize, usize, f32)> {
    runs.iter().copied().fold(None, |best, r| match best {
        Some((_, _, b)) if b >= r.2 => best,
        _ => Some(r),
    })
}

/// Disjoint runs of units with a positive sum, as Kadane's scan cuts them:
/// a run starts where the running sum fell to zero and ends at its best
/// prefix. The largest is the maximum subarray. Linear time.
fn positive_runs(scores: &[f32]) -> Vec<(usize, usize, f32)> {
    let mut runs = Vec::new();
    let mut current: Option<(usize, usize, f32)> = None;
    let mut start = 0usize;
    let mut sum = 0f32;
    for (i, &s) in scores.iter().enumerate() {
        if sum <= 0.0 {
            runs.extend(current.take());
            start = i;
            sum = 0.0;
        }
        sum += s;
        if sum > 0.0 && current.map_or(true, |(_, _, b)| sum > b) {
            current = Some((start, i, sum));
        }
    }
    runs.extend(current);
    runs
}

/// The runs of the same scan from the end: a block after a run's best
/// prefix (a last short post after the debris under a long one) is cut
/// where the backward sum falls to zero. Linear time.
fn positive_runs_backward(scores: &[f32]) -> Vec<(usize, usize, f32)> {
    let reversed: Vec<f32> = scores.iter().rev().copied().collect();
    let last = scores.len().saturating_sub(1);
    positive_runs(&reversed)
        .into_iter()
        .map(|(s, e, sum)| (last - e, last - s, sum))
        .collect()
}

/// A block of body apart from the main one (another forum post, another
/// item of a listing): it must weigh a fair share of the main block (15%,
/// 10% when the main block is short), so a stray sentence in a footer or a
/// short promo block does not count.
fn is_secondary_body(sum: f32, main_sum: f32) -> bool {
    // (A short text keeps every block that weighs a tenth of it: a thread
    // of three posts has no block to spare.)
    let share = if main_sum >= 120.0 { 0.15 } else { 0.1 };
    sum >= 8.0_f32.max(main_sum * share)
}

/// A headline right before a block is its heading (an item title, a post
/// subject): it joins the block.
fn is_block_heading(u: &Info) -> bool {
    u.headline
        && u.kind.is_none()
        && u.zone.is_none()
        && u.byline.is_none()
        && u.dateline.is_none()
        && u.crumbs.is_none()
        && u.tags.is_none()
        && !u.counter
}

/// The body span: from the first to the last block that weighs enough next
/// to the best one. Pages of several blocks (posts, listing items, product
/// sections) keep what lies between them, except recognisable debris.
fn body_span(infos: &[Info], scores: &[f32]) -> Option<(usize, usize)> {
    let mut runs = positive_runs(scores);
    let (main_start, main_end, main_sum) = best_run(&runs)?;
    runs.extend(positive_runs_backward(scores));
    let kept = runs
        .iter()
        .filter(|r| r.0 == main_start || is_secondary_body(r.2, main_sum));
    let start = kept.clone().map(|r| r.0).min().unwrap_or(main_start);
    let end = kept.map(|r| r.1).max().unwrap_or(main_end);
    // A secondary block that opens the span brings its heading along.
    let start = if start < main_start
        && start
            .checked_sub(1)
            .and_then(|p| infos.get(p))
            .is_some_and(is_block_heading)
    {
        start - 1
    } else {
        start
    };
    Some((start, end))
}

/// Move the start of the span past a dek, byline or dateline that opens it:
/// metadata lines within its first four units belong to the header.
fn header_end(infos: &[Info], start: usize, end: usize) -> usize {
    let mut new_start = start;
    for i in start..=end.min(start + 3) {
        let Some(u) = infos.get(i) else { break };
        if u.words > 60 {
            break;
        }
        if u.dateline.is_some() || u.byline.is_some() {
            new_start = i + 1;
        }
    }
    if new_start > end {
        start
    } else {
        new_start
    }
}

/// Above the body, a run of links after a "Related"/"Popular" header is
/// navigation like the rest of the header: the headline and the byline
/// after it must not be lost to it. Captions and comments still count.
fn outside_header_zone(u: &Info) -> bool {
    matches!(u.zone, None | Some(Zone::Related))
}

/// Can this unit be the headline?
fn is_title_candidate(u: &Info) -> bool {
    u.kind.is_none()
        && u.mail.is_none()
        && outside_header_zone(u)
        && u.crumbs.is_none()
        && u.dateline.is_none()
        && u.byline.is_none()
        && u.tags.is_none()
        && u.list.is_none()
        && u.headline
        && (2..=25).contains(&u.words)
        && !(u.all_caps && u.words <= 3)
}

/// The headline among the header units: a headline-shaped line, longer
/// and closer to the body the better, whose words the body talks about.
fn find_title(infos: &[Info], header_len: usize, body_stems: &[features::Stem]) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    // The first lines of a dump often repeat the headline (the page title,
    // "Headline | Site"); a headline written twice is likely the one.
    let top: Vec<&str> = infos
        .iter()
        .take(header_len.min(3))
        .map(|u| u.text)
        .collect();
    // The stems of the top lines, found once for every candidate.
    let top_stems: Vec<Vec<features::Stem>> =
        top.iter().map(|t| features::content_stems(t)).collect();
    let signed_headline = headline_over_byline(infos, header_len);
    for (i, u) in infos.iter().enumerate().take(header_len) {
        if !is_title_candidate(u) {
            continue;
        }
        let own_stems = features::content_stems(u.text);
        let coverage = features::coverage_of_stems(&own_stems, body_stems);
        if u.words < 4 && coverage < 0.5 {
            continue;
        }
        let near_body = if i + 6 >= header_len { 2.0 } else { 0.0 };
        let case = if u.title_case { 0.5 } else { 0.0 };
        let repeated = top_stems
            .iter()
            .enumerate()
            .any(|(j, t)| j != i && features::likeness_of_stems(t, &own_stems) >= 0.6);
        let repeat_bonus = if repeated { 3.0 } else { 0.0 };
        // (The page's `<title>` with its site name, first in a dump, names
        // the page less well than its own headline.)
        let page_title = if i == 0 && has_title_separator(u.text) {
            3.0
        } else {
            0.0
        };
        let signed = if Some(i) == signed_headline { 3.0 } else { 0.0 };
        let s = u.words.min(12) as f32 * 0.5
            + 6.0 * coverage
            + near_body
            + case
            + repeat_bonus
            + signed
            - page_title;
        if best.map_or(true, |(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

/// The headline over the header's last byline ("Headline" / "Subtitle" /
/// "By" / "Jane Doe"): the nearest headline-shaped line of three words or
/// more at most six lines above it, or the one above that when it is the
/// subtitle. The page's `<title>` line and menus stand over no byline.
fn headline_over_byline(infos: &[Info], header_len: usize) -> Option<usize> {
    let is_byline = |u: &Info| u.byline.is_some() || lines::is_lone_byline_opener(u.text);
    let mut bylines =
        (0..header_len.min(infos.len())).filter(|&j| infos.get(j).is_some_and(is_byline));
    let b = bylines.next_back()?;
    // (Bylines of several headlines are a list of teasers.)
    if bylines.next().is_some() {
        return None;
    }
    let long_candidate = |j: usize| {
        infos
            .get(j)
            .is_some_and(|u| is_title_candidate(u) && u.words >= 3 && u.zone.is_none())
    };
    let c = (b.saturating_sub(6)..b)
        .rev()
        .find(|&j| long_candidate(j))?;
    // (A dek is written in sentence case.)
    let above_is_headline = c > 0
        && long_candidate(c - 1)
        && infos
            .get(c)
            .is_some_and(|sub| is_subtitle(sub) && !sub.title_case);
    Some(if above_is_headline { c - 1 } else { c })
}

/// The body span opens with the headline when the header above it has none
/// and its first unit is headline-shaped (a thread's title asked as a question
/// scores like a sentence and starts the span), with more body after it.
fn opens_with_title(
    infos: &[Info],
    start: usize,
    end: usize,
    body_stems: &[features::Stem],
) -> bool {
    start < end
        && find_title(infos, start, body_stems).is_none()
        && infos
            .get(start)
            .is_some_and(|u| is_title_candidate(u) && (!u.prose || is_short_question(u)))
}

/// A page dump opens with the page's `<title>`: when that first line is
/// headline-shaped and the page repeats it further down (its `<h1>`, often
/// without the site name), the headline is the repeat when it stands above
/// the body, else the first line.
fn repeated_page_title(infos: &[Info], header_len: usize) -> Option<usize> {
    let first = infos
        .first()
        .filter(|u| header_len > 0 && is_title_candidate(u))?;
    // (The title's stems are found once, not once per line.)
    let head = features::content_stems(split_site_suffix(first.text).0);
    let like_head =
        |u: &Info| features::likeness_of_stems(&head, &features::content_stems(u.text)) >= 0.6;
    let repeat = infos
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, u)| u.headline && u.words <= 25 && like_head(u))?
        .0;
    let in_header = repeat < header_len && infos.get(repeat).is_some_and(is_title_candidate);
    if !in_header {
        return Some(0);
    }
    let repeat_text = infos.get(repeat).map_or("", |u| u.text);
    // (A repeat that is the first line with more after it, "Headline /
    // Dec 2025", carries a date or a count; the first line is the headline.)
    let extends_first = repeat_text
        .strip_prefix(first.text)
        .is_some_and(|rest| is_separated_date_or_count(rest.trim_start()));
    Some(if extends_first { 0 } else { repeat })
}

/// The line below a headline candidate when it is the candidate's tail: a
/// crumb trail run into the headline's front ("Blog Name Headline") stands
/// right above the headline alone.
fn headline_alone_below(infos: &[Info], i: usize) -> usize {
    // (Not the page-title line: the tail of "Headline | Site" is the site.)
    let Some(text) = infos.get(i).filter(|_| i > 0).map(|u| u.text) else {
        return i;
    };
    let below = infos
        .get(i + 1)
        .filter(|n| n.words >= 3 && is_title_candidate(n) && ends_with_folded(text, n.text));
    if below.is_some() {
        i + 1
    } else {
        i
    }
}

// Whether `rest` is a date or a count set apart by a separator ("/ Dec
// 2025", "| 3 comments"), not words that continue a headline.
fn is_separated_date_or_count(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('/' | '|' | '·' | '•' | '–' | '—' | '-'))
        && chars.next().is_some_and(char::is_whitespace)
        && rest.bytes().any(|b| b.is_ascii_digit())
}

// Whether `text`, folded, ends with the words of `tail` after more words.
fn ends_with_folded(text: &str, tail: &str) -> bool {
    let text = phrases::fold(text);
    let tail = phrases::fold(tail);
    text.len() > tail.len()
        && text.ends_with(&tail)
        && text.as_bytes().get(text.len() - tail.len() - 1) == Some(&b' ')
}

/// Separators between the parts of a page's `<title>` ("Headline | Site",
/// "Page - Section - Site", "Topic: Site").
const TITLE_SEPARATORS: [&str; 9] = [
    " | ", " – ", " — ", " - ", " » ", " · ", " • ", " :: ", " : ",
];

/// The parts of a page-title line that may be the headline, best first: the
/// whole line, then every part but the last (the site name), by position;
/// a one-word part only when it opens the line (a later one is a section:
/// "Guide | Blog | Site").
fn page_title_parts(line: &str) -> Vec<String> {
    let mut parts: Vec<&str> = vec![line];
    for sep in TITLE_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let mut out = vec![phrases::fold(line)];
    if parts.len() >= 2 {
        let heads = parts.get(..parts.len() - 1).unwrap_or(&[]);
        for (k, part) in heads.iter().enumerate() {
            if k == 0 || features::word_count(part) >= 2 {
                out.push(phrases::fold(part));
            }
        }
    }
    out.retain(|p| !p.is_empty());
    // (A lower-case tag opening the title, "python - Why is X bad? - Q&A
    // Site", ranks after a headline of four words or more.)
    let first_is_tag = parts.len() >= 3
        && parts.first().is_some_and(|p| {
            features::word_count(p) <= 2 && p.trim().starts_with(char::is_lowercase)
        })
        && out.get(1).is_some_and(|p| p.split(' ').count() <= 2);
    let longer_later = out.iter().skip(2).any(|p| p.split(' ').count() >= 4);
    if first_is_tag && longer_later {
        let tag = out.remove(1);
        out.push(tag);
    }
    out
}

/// A dump that opens with the page's `<title>` prints the headline again
/// where the page shows it (its `<h1>`), often without the site name: the
/// first later line that equals the title line or one of its head parts
/// (compared folded) is the headline.
fn headline_repeating_page_title(infos: &[Info]) -> Option<usize> {
    let first = infos
        .first()
        .filter(|u| u.list.is_none() && (1..=30).contains(&u.words))?;
    let mut parts = page_title_parts(first.text);
    // "Site: Headline": the part after the colon, when the dump prints the
    // part before it as a line of its own (the site's name in its header).
    if let Some((site, headline)) = first.text.split_once(": ") {
        let site = phrases::fold(site);
        let printed = !site.is_empty()
            && infos
                .iter()
                .skip(1)
                .take(40)
                .any(|u| u.words <= 6 && u.folded == site);
        if printed && features::word_count(headline) >= 2 {
            parts.push(phrases::fold(headline));
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for (i, u) in infos.iter().enumerate().skip(1) {
        if u.words > 25 || u.list.is_some() || u.kind.is_some() {
            continue;
        }
        if !may_fold_to_one_of(u.text, &parts) {
            continue;
        }
        if let Some(rank) = parts.iter().position(|p| *p == u.folded) {
            if best.map_or(true, |(_, r)| rank < r) {
                best = Some((i, rank));
            }
            if rank == 0 {
                break;
            }
        }
    }
    best.map(|(i, _)| i)
}

// Whether `text` can fold to one of the (non-empty) `folded` lines: an
// ASCII text folds to a line that opens with its first letter or digit,
// lower-cased, so most lines are told apart without folding them.
fn may_fold_to_one_of(text: &str, folded: &[String]) -> bool {
    if !text.is_ascii() {
        return true;
    }
    match text.bytes().find(u8::is_ascii_alphanumeric) {
        Some(b) => {
            let first = b.to_ascii_lowercase();
            folded.iter().any(|f| f.as_bytes().first() == Some(&first))
        }
        None => false,
    }
}

/// A question of up to 12 words: a thread title, though it reads as prose.
fn is_short_question(u: &Info) -> bool {
    u.words <= 12 && u.text.trim_end().ends_with(['?', '？'])
}

/// A subtitle (dek) after the headline: a longer headline-shaped line or
/// a sentence of up to 60 words that is not metadata.
fn is_subtitle(u: &Info) -> bool {
    u.kind.is_none()
        && u.mail.is_none()
        && outside_header_zone(u)
        && u.dateline.is_none()
        && u.byline.is_none()
        && u.crumbs.is_none()
        && u.list.is_none()
        && lines::bare_byline(u.text).is_none()
        && ((u.headline && u.words >= 4) || ((u.sentence || u.prose) && u.words <= 60))
}

/// Split "Headline | Site" into the headline and the site name.
fn split_site_suffix(title: &str) -> (&str, Option<&str>) {
    let title = without_title_label(title);
    for sep in [" | ", " – ", " — ", " - "] {
        if let Some((head, site)) = title.rsplit_once(sep) {
            let site = site.trim();
            if features::word_count(head) >= 3 && features::is_label(site) {
                return (strip_section_suffix(head.trim(), sep), Some(site));
            }
        }
    }
    (title, None)
}

/// A title behind its field's label, as a record page prints it ("Title:
/// AlignMerge - …", "Titre : …").
fn without_title_label(title: &str) -> &str {
    [
        "Title:", "Titel:", "Titre :", "Titre:", "Título:", "Titolo:",
    ]
    .iter()
    .find_map(|l| title.strip_prefix(l))
    .map_or(title, str::trim_start)
}

/// A title's section between the headline and the site, with the same
/// separator ("Topic - Category - Forum", as forum software writes it):
/// a label of at most three words after a headline of five or more.
fn strip_section_suffix<'a>(head: &'a str, sep: &str) -> &'a str {
    // (Only the hyphen: bars and dashes also part a headline's own clauses.)
    if sep != " - " {
        return head;
    }
    match head.rsplit_once(sep) {
        Some((headline, section))
            if features::word_count(headline) >= 5
                && features::word_count(section) <= 3
                && features::is_label(section.trim()) =>
        {
            headline.trim()
        }
        _ => head,
    }
}

/// Collects the extraction.
struct Out {
    /// Units that [`author_line`] found to be a byline.
    byline_lines: Vec<usize>,
    /// The body was taken from a grid of records.
    grid: bool,
    /// Repeated paragraphs already kept.
    kept_prose: std::collections::BTreeSet<String>,
    ex: Extraction,
    explain: bool,
    list: Option<(bool, Vec<String>)>,
}

impl Out {
    fn remove(&mut self, text: &str, reason: &str) {
        if self.explain {
            self.ex.removed.push(Removed::new(text, reason));
        }
    }

    fn flush_list(&mut self) {
        if let Some((ordered, items)) = self.list.take() {
            self.ex.blocks.push(Block::List { ordered, items });
        }
    }

    fn push(&mut self, block: Block) {
        self.flush_list();
        self.ex.blocks.push(block);
    }

    fn push_item(&mut self, ordered: bool, text: &str) {
        let item = features::strip_list_marker(text).to_string();
        match &mut self.list {
            Some((o, items)) if *o == ordered => items.push(item),
            _ => {
                self.flush_list();
                self.list = Some((ordered, vec![item]));
            }
        }
    }

    fn add_byline(&mut self, b: &Byline) {
        let meta = &mut self.ex.meta;
        if meta.authors.is_empty() {
            meta.authors = b.authors.clone();
            meta.credit("authors", "byline");
        }
        if meta.site_name.is_none() {
            meta.site_name = b.site.clone();
            meta.credit("site_name", "byline");
        }
        if meta.published.is_none() {
            meta.published = b.date.clone();
            meta.credit("published", "byline");
        }
    }

    fn add_dateline(&mut self, d: &Dateline) {
        let meta = &mut self.ex.meta;
        if meta.published.is_none() {
            meta.published = d.published.clone();
            meta.credit("published", "dateline");
        }
        if meta.modified.is_none() {
            meta.modified = d.modified.clone();
            meta.credit("modified", "dateline");
        }
    }

    /// Categories from a breadcrumb trail; a site menu shaped like one
    /// ("Home | About | Contact") is dropped as navigation instead.
    fn add_crumbs(&mut self, u: &Info, crumbs: &[String]) {
        if is_site_menu(crumbs) {
            self.remove(u.text, "navigation");
            return;
        }
        for c in crumbs {
            if !phrases::is_breadcrumb_root(c) {
                self.ex.meta.categories.push(c.clone());
                self.ex.meta.credit_first("categories", "breadcrumb");
            }
        }
    }

    /// The categories a post line files the post in ("… By Jane Doe In
    /// News, Travel Tips"), when the page gave none before.
    fn add_filed_in(&mut self, text: &str) {
        if self.ex.meta.categories.is_empty() {
            self.ex.meta.categories = lines::filed_in_categories(text);
            self.ex.meta.credit("categories", "post-line");
        }
    }

    /// Metadata lines found anywhere; true when the unit was consumed.
    fn take_meta(&mut self, u: &Info) -> bool {
        if let Some(tags) = &u.tags {
            self.ex.meta.tags.extend(tags.iter().cloned());
            self.ex.meta.credit_first("tags", "tags-line");
            return true;
        }
        if let Some(b) = &u.byline {
            if self.ex.meta.authors.is_empty() {
                self.add_byline(b);
                // ("By Jane Doe Updated: Jan 5, 2025" dates the page too.)
                if let Some(d) = &u.dateline {
                    self.add_dateline(d);
                }
                self.add_filed_in(u.text);
                return true;
            }
        }
        if let Some(d) = &u.dateline {
            if self.ex.meta.published.is_none() || self.ex.meta.modified.is_none() {
                self.add_dateline(d);
                let byline = lines::trailing_byline(u.text)
                    .or_else(|| lines::leading_byline(u.text))
                    .or_else(|| lines::name_after_date(u.text));
                if let Some(b) = byline {
                    if self.ex.meta.authors.is_empty() {
                        self.add_byline(&b);
                    }
                }
                self.add_filed_in(u.text);
                return true;
            }
        }
        // A long line opening with "Posted on <date> …" dates the page
        // without being a dateline (it stays where it is).
        if u.dateline.is_none() && self.ex.meta.published.is_none() {
            self.ex.meta.published = lines::labelled_publication_date(u.text);
            self.ex.meta.credit("published", "labelled-date");
        }
        false
    }

    /// Drop a unit that is no content, with the most specific reason.
    fn drop_debris(&mut self, u: &Info, default: &str) {
        let reason = if phrases::is_reply_button_folded(&u.folded) {
            "reply-button"
        } else if let Some(k) = u.kind {
            k.reason()
        } else if let Some(z) = u.zone {
            z.reason()
        } else if let Some(crumbs) = &u.crumbs {
            if is_site_menu(crumbs) {
                "navigation"
            } else {
                "breadcrumb"
            }
        } else if u.credits {
            "credits"
        } else if u.counter {
            "counter"
        } else if let Some(m) = &u.mail {
            if *m == MailLine::ArchiveNavigation {
                "mail-navigation"
            } else {
                "mail-header"
            }
        } else if u.repeated {
            "repeated-line"
        } else if u.symbols {
            "symbols"
        } else if u.byline.is_some() {
            "byline"
        } else if u.dateline.is_some() {
            "dateline"
        } else if u.words <= 6 || u.list.is_some() || is_menu_row(u.text) {
            "navigation"
        } else if u.text.contains("http://") || u.text.contains("https://") {
            "link"
        } else if u.headline && !u.prose && !u.sentence {
            // a longer headline outside the body: another story's or
            // section's title
            "teaser-headline"
        } else {
            default
        };
        let text = u.text.to_string();
        self.remove(&text, reason);
    }
}

/// Read the header (units before the body span) into metadata.
fn read_header(infos: &[Info], header_len: usize, body_stems: &[features::Stem], out: &mut Out) {
    // An e-mail's subject is its title.
    let subject = infos.iter().take(header_len).find_map(|u| match &u.mail {
        Some(MailLine::Subject(s)) => Some(s.clone()),
        _ => None,
    });
    let has_subject = subject.is_some();
    let echo = if has_subject {
        None
    } else {
        headline_repeating_page_title(infos)
    };
    // (A headline printed again in the body is the title all the same; the
    // header then has none of its own.)
    let echo_in_body = echo.filter(|&j| j >= header_len);
    let repeated = if subject.is_some() || echo_in_body.is_some() {
        None
    } else {
        // (A headline over the byline names the article, though the
        // `<title>` line is echoed further down by a section heading.)
        echo.or_else(|| {
            repeated_page_title(infos, header_len)
                .filter(|&r| r > 0 || headline_over_byline(infos, header_len).is_none())
        })
    };
    let mut title = if subject.is_some() || echo_in_body.is_some() {
        None
    } else {
        repeated.or_else(|| find_title(infos, header_len, body_stems))
    };
    // The page-title line repeated by the headline names the site.
    let page_title_line = echo_in_body.is_some()
        || (title.is_some_and(|t| t > 0) && repeated.is_some() && repeated == title);
    title = title.map(|i| headline_alone_below(infos, i));
    if page_title_line {
        if let Some(first) = infos.first() {
            out.ex.meta.site_name = split_site_suffix(first.text).1.map(str::to_string);
            out.ex.meta.credit("site_name", "title-line");
        }
    }
    let subject_title = subject.is_some();
    out.ex.meta.title = subject.or_else(|| {
        echo_in_body
            .and_then(|j| infos.get(j))
            .map(|u| u.text.to_string())
    });
    let echo_source = if subject_title {
        "mail-subject"
    } else {
        "headline"
    };
    out.ex.meta.credit("title", echo_source);
    let mut subtitle = None;
    if let Some(t) = title {
        let prev = t.checked_sub(1).and_then(|p| infos.get(p).map(|u| (p, u)));
        let cur = infos.get(t);
        match (prev, cur) {
            (Some((p, pu)), Some(cu))
                if echo != Some(t)
                    && is_title_candidate(pu)
                    && pu.words >= 3
                    && features::likeness(pu.text, cu.text) >= 0.3
                    && !(p > 0 && ends_with_folded(pu.text, cu.text)) =>
            {
                // Two paraphrasing headlines: the first is the title (not
                // when the first is the second behind a crumb trail).
                title = Some(p);
                subtitle = Some(t);
            }
            _ => {
                subtitle = infos
                    .get(t + 1)
                    .filter(|u| t + 1 < header_len && is_subtitle(u))
                    .map(|_| t + 1);
            }
        }
    }
    // Category labels: a run of at most three labels right before the title.
    let mut labels_from = title.unwrap_or(0);
    if let Some(t) = title {
        let mut i = t;
        while i > 0 {
            let Some(u) = infos.get(i - 1) else { break };
            // Site-navigation labels ("Home") belong to the run: a run that
            // long is a menu.
            let is_cat = u.label
                && u.crumbs.is_none()
                && matches!(u.kind, None | Some(Kind::Navigation))
                && outside_header_zone(u)
                && u.dateline.is_none()
                && u.list.is_none();
            if !is_cat {
                break;
            }
            i -= 1;
        }
        if t - i <= 3 {
            labels_from = i;
        } else {
            labels_from = t;
        }
    }
    let mut skip_next = false;
    for (i, u) in infos.iter().enumerate().take(header_len) {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        if Some(i) == title {
            let (head, site) = split_site_suffix(u.text);
            // (The first line of a dump is the page's `<title>`.)
            let source = if i == 0 { "title-line" } else { "headline" };
            out.ex.meta.title = Some(head.to_string());
            out.ex.meta.credit("title", source);
            if out.ex.meta.site_name.is_none() {
                out.ex.meta.site_name = site.map(str::to_string);
                out.ex.meta.credit("site_name", source);
            }
            continue;
        }
        if Some(i) == subtitle {
            out.ex.meta.subtitle = Some(u.text.to_string());
            out.ex.meta.credit("subtitle", "headline");
            continue;
        }
        if title.is_some_and(|t| i >= labels_from && i < t)
            && u.kind.is_none()
            && !phrases::is_breadcrumb_root(u.text)
        {
            out.ex.meta.categories.push(u.text.to_string());
            out.ex.meta.credit_first("categories", "label-line");
            continue;
        }
        if let Some(MailLine::From(Some(name))) = &u.mail {
            if out.ex.meta.authors.is_empty() {
                out.ex.meta.authors.push(name.clone());
                out.ex.meta.credit("authors", "mail-header");
                out.remove(u.text, "mail-header");
                continue;
            }
        }
        let teaser_above_title =
            title.is_some_and(|t| i < t && listed_before_another(infos, i, t, header_len));
        if u.kind.is_none() && outside_header_zone(u) && !teaser_above_title {
            if let Some(crumbs) = &u.crumbs {
                out.add_crumbs(u, crumbs);
                continue;
            }
            if out.take_meta(u) {
                continue;
            }
            // "By" on its own line, the names on the next.
            if lines::is_lone_byline_opener(u.text) && out.ex.meta.authors.is_empty() {
                let next = infos.get(i + 1).filter(|_| {
                    i + 1 < header_len && Some(i + 1) != title && Some(i + 1) != subtitle
                });
                let joined = next.and_then(|n| {
                    lines::prefixed_byline(&format!("{} {}", u.text.trim(), n.text.trim()))
                });
                if let Some(b) = joined {
                    out.add_byline(&b);
                    skip_next = true;
                    out.drop_debris(u, "byline");
                    continue;
                }
            }
            // A bare name line between the headline (or its subtitle) and
            // the body is the byline; only datelines and debris may follow it.
            let anchor = subtitle.or(title);
            let last_before_body = infos.get(i + 1..header_len).is_some_and(|rest| {
                rest.iter()
                    .all(|r| r.dateline.is_some() || r.kind.is_some() || r.zone.is_some())
            });
            // (A name over the dateline or the reading time is the post's
            // byline whatever furniture follows: "Jane Doe / Sep 21, 2025 /
            // 30 / Share", "Jane Doe / 7 min read".)
            let over_dateline =
                infos.get(i + 1).is_some_and(|n| {
                    n.dateline
                        .as_deref()
                        .is_some_and(|d| d.published.is_some() || d.modified.is_some())
                        || phrases::is_reading_time(n.text)
                }) && !written_lower_in_prose(u.text, infos.get(header_len..).unwrap_or(&[]));
            if anchor.is_some_and(|a| i > a && i <= a + 2)
                && (last_before_body || over_dateline)
                && out.ex.meta.authors.is_empty()
                && !written_lower_in_prose(u.text, infos.get(header_len..).unwrap_or(&[]))
            {
                if let Some(b) = lines::bare_byline(u.text) {
                    out.add_byline(&b);
                    continue;
                }
            }
        }
        if i == 0 && page_title_line {
            out.remove(u.text, "page-title");
            continue;
        }
        if i > 0 && is_lead_subheading(infos, i, header_len) && !repeats_title(u.text, infos, out) {
            out.push(Block::Heading {
                level: 2,
                text: u.text.to_string(),
            });
            continue;
        }
        out.drop_debris(u, "header-text");
    }
    // A heading that shares hardly a word with the page's `<title>` line is
    // a section's or a teaser's: the title line names the page better
    // (unless it heads the byline).
    let signed = title.is_some() && title == headline_over_byline(infos, header_len);
    if !has_subject && echo.is_none() && !signed {
        if let Some(first) = infos.first().filter(|u| is_page_title_line(u)) {
            let unrelated = out
                .ex
                .meta
                .title
                .as_deref()
                .map_or(true, |t| features::likeness(t, first.text) <= 0.3);
            if unrelated {
                out.ex.meta.title = Some(page_title_head(first.text).to_string());
                out.ex.meta.credit("title", "title-line");
            }
        }
    }
}

/// A capitalised word of `label` that the prose writes in lower case: the
/// label is a topic ("Mobile App Development", "HR Strategy"), not a
/// person's name, which prose capitalises too.
fn written_lower_in_prose(label: &str, units: &[Info]) -> bool {
    let lowered: Vec<String> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
        .map(str::to_lowercase)
        .collect();
    if lowered.is_empty() {
        return false;
    }
    // (Words of prose only: "russell@example.com" spells no lower-case name.)
    units.iter().filter(|u| u.prose).any(|u| {
        u.text
            .split_whitespace()
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().all(char::is_alphabetic))
            .any(|w| lowered.iter().any(|l| l == w))
    })
}

/// A headline still holding " | " is a page's `<title>` whose tail (the
/// site, a section, a slogan) was not told apart: its first part is the
/// headline, unless that is a single word (a site name opening the title:
/// "Site | Headline"), then its longest part.
fn title_before_bars(title: &str) -> &str {
    let parts: Vec<&str> = title.split(" | ").map(str::trim).collect();
    match parts.as_slice() {
        [] | [_] => title,
        [first, ..] if features::word_count(first) >= 2 => first,
        _ => parts
            .iter()
            .copied()
            .max_by_key(|p| features::word_count(p))
            .unwrap_or(title),
    }
}

/// A headline printed at the end of its breadcrumb trail ("Home » Guides »
/// The Best Kettles of 2026"): the trail's short crumbs, then the headline.
/// Returns the crumbs (without the site root) and the headline.
fn headline_after_trail(title: &str) -> Option<(Vec<&str>, &str)> {
    let sep = [" » ", " › ", " > ", " → ", " / "]
        .into_iter()
        .find(|sep| title.contains(sep))?;
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    let (headline, crumbs) = parts.split_last()?;
    let rooted = crumbs
        .first()
        .is_some_and(|c| phrases::is_breadcrumb_root(c));
    let short_crumbs = crumbs
        .iter()
        .all(|c| (1..=4).contains(&features::word_count(c)) && features::is_label(c));
    // (A rooted trail, or one of two crumbs or more: "Sales / Marketing
    // Guide" is a title's own slash.)
    let trail = short_crumbs && (rooted || crumbs.len() >= 2);
    (trail && features::word_count(headline) >= 3).then(|| {
        let crumbs = crumbs
            .iter()
            .copied()
            .filter(|c| !phrases::is_breadcrumb_root(c))
            .collect();
        (crumbs, *headline)
    })
}

/// Holds a separator of a page title's parts.
fn has_title_separator(line: &str) -> bool {
    TITLE_SEPARATORS.iter().any(|sep| line.contains(sep))
}

/// A dump's first line split by bars that does not start at a site root
/// ("Staple Shirt | Example Store", not "Home | News"): the page's `<title>`
/// with its site name, not a breadcrumb trail.
fn is_page_title_trail(u: &Info) -> bool {
    u.text.contains(" | ")
        && u.crumbs
            .as_ref()
            .and_then(|c| c.first())
            .is_some_and(|c| !phrases::is_breadcrumb_root(c) && features::word_count(c) >= 3)
}

/// The last header line, headline-shaped and right above the body's first
/// paragraph, is the subheading of the body's first section (the title,
/// subtitle and labels are taken before this is asked).
fn is_lead_subheading(infos: &[Info], i: usize, header_len: usize) -> bool {
    i + 1 == header_len
        && infos.get(i).is_some_and(|u| is_block_heading(u))
        && infos
            .get(i + 1)
            .is_some_and(|n| n.prose || n.sentence || n.list.is_some())
}

/// The line repeats the headline: the title found, or the page-title line
/// or one of its head parts.
fn repeats_title(line: &str, infos: &[Info], out: &Out) -> bool {
    let folded = phrases::fold(line);
    let title = out.ex.meta.title.as_deref();
    title.map(phrases::fold).as_ref() == Some(&folded)
        // (The headline with its date set apart: "Headline / Mar 2025".)
        || title.is_some_and(|t| {
            line.strip_prefix(t)
                .is_some_and(|rest| is_separated_date_or_count(rest.trim_start()))
        })
        || infos
            .first()
            .is_some_and(|f| page_title_parts(f.text).contains(&folded))
}

/// [`author_line_with`] gathering the page's common words itself.
#[cfg(test)]
fn author_line(infos: &[Info], body_start: usize) -> Option<AuthorLine> {
    author_line_with(infos, body_start, &CommonWords::default())
}

/// A line of bare names that its neighbours mark as the author's: after a
/// lone "By"/"Written by"/"Author" line, or, above the body or at its top,
/// next to a dateline ("Jane Doe" above "March 3, 2025", or with one short
/// line, her role, between them). The first such line of the page.
fn author_line_with<'a>(
    infos: &[Info<'a>],
    body_start: usize,
    common: &CommonWords<'a>,
) -> Option<AuthorLine> {
    // Words the page writes in lower case are common words, not names
    // ("Related Reads", "Power Coaching" beside a date are labels).
    // (Gathered on the first name-like candidate only, or already for the
    // author's box: most pages ask none.)
    let common = || common.of(infos);
    let names_like = |text: &str| {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        !features::is_all_caps(text)
            && (2..=4).contains(&words.len())
            && words.iter().all(|w| !common().contains(w.as_str()))
    };
    // (A date label may stand on its own line over the date: "Last
    // updated:" / "Feb 4, 2025".)
    let is_date = |j: usize| {
        infos
            .get(j)
            .is_some_and(|n| n.dateline.is_some() && !lines::states_member_since(n.text))
            || (infos.get(j).is_some_and(|n| {
                n.words <= 3
                    && n.text.trim_end().ends_with(':')
                    && crate::meta::dates::date_label(n.text).is_some()
            }) && infos.get(j + 1).is_some_and(|n| n.dateline.is_some()))
    };
    let is_short = |j: usize| infos.get(j).is_some_and(|n| n.words <= 6 && !n.prose);
    let title_line_site = infos.first().and_then(|f| split_site_suffix(f.text).1);
    infos.iter().enumerate().find_map(|(i, u)| {
        if u.kind.is_some()
            // (The author's box and a run of links taken for a related
            // list may hold the byline.)
            || u.zone
                .is_some_and(|z| !matches!(z, Zone::AuthorBox | Zone::Related))
            || u.list.is_some()
            || u.prose
            || u.words > 6
            || u.dateline.is_some()
        {
            return None;
        }
        // (After a bare "Author" label, a form field's name may follow.)
        let after_opener = i
            .checked_sub(1)
            .and_then(|p| infos.get(p))
            .is_some_and(|p| {
                lines::is_lone_byline_opener(p.text)
                    && (!lines::is_bare_label_opener(p.text) || names_like(u.text))
            });
        let by_date = is_date(i + 1)
            || (is_short(i + 1) && is_date(i + 2))
            // (Under the date, a list is the post's categories: "July 21,
            // 2025" / "E-Commerce, SEO".)
            || (i.checked_sub(1).is_some_and(is_date) && !u.text.contains(','));
        // (A name beside a date further down signs a comment or a review.)
        let near_top = i <= body_start + 3;
        // ("Jane Doe" over a lone "Author" label: an author box.)
        let above_role = infos
            .get(i + 1)
            .is_some_and(|n| lines::is_role_label_folded(n.text, &n.folded));
        // ("About the author" over "Jane Doe": the author box again.)
        let below_box_header = i
            .checked_sub(1)
            .and_then(|p| infos.get(p))
            .is_some_and(|p| lines::is_author_box_header_folded(p.text, &p.folded));
        // (A value under a field's label is that field's: "Location:" /
        // "Lisbon, Portugal".)
        let under_field_label = !after_opener
            && i.checked_sub(1)
                .and_then(|p| infos.get(p))
                .is_some_and(|p| p.words <= 3 && p.text.trim_end().ends_with(':'));
        if under_field_label {
            return None;
        }
        // A forum prints the poster's handle over the post's date: after
        // "By" ("By thanosmano," / "April 18, 2024 in Cruises"), or alone
        // when shaped like one and not the site's name from the `<title>`
        // line ("Post | AppAddict").
        let names_site =
            title_line_site.is_some_and(|site| site.trim().eq_ignore_ascii_case(u.text.trim()));
        let handle = (u.words <= 3 && is_date(i + 1))
            .then(|| lines::handle_after_opener(u.text))
            .flatten()
            .or_else(|| {
                (is_date(i + 1) && near_top && lines::is_marked_handle(u.text) && !names_site)
                    .then(|| u.text.trim())
            });
        if let Some(handle) = handle {
            return Some(AuthorLine {
                lines: vec![i],
                byline: lines::Byline {
                    authors: vec![handle.to_string()],
                    ..Default::default()
                },
            });
        }
        if after_opener
            || (((by_date && near_top) || above_role || below_box_header) && names_like(u.text))
        {
            lines::bare_byline(u.text).map(|byline| AuthorLine {
                lines: if after_opener {
                    vec![i - 1, i]
                } else {
                    vec![i]
                },
                byline,
            })
        } else {
            None
        }
    })
}

/// A byline or a date above the headline with another of its kind after
/// it in the header belongs to a list of posts ("by Jane Doe" … "by John
/// Roe" … the headline): the page's own is the last one, or under the
/// headline.
fn listed_before_another(infos: &[Info], i: usize, title: usize, header_len: usize) -> bool {
    let Some(u) = infos.get(i) else {
        return false;
    };
    // (Under the headline, a list of popular posts has its own.)
    let mut later = infos
        .iter()
        .enumerate()
        .take(header_len)
        .skip(i + 1)
        .filter(|(j, n)| n.kind.is_none() && (*j < title || n.zone != Some(Zone::Related)));
    later.any(|(j, n)| {
        (u.byline.is_some() && (n.byline.is_some() || (j > title && name_over_dateline(infos, j))))
            || (u.dateline.is_some() && n.dateline.is_some())
    })
}

/// A bare full name right above a dateline ("Jane Doe" / "30 January
/// 2025"), as themes print the writer under the headline without a "By"
/// (one word there is more often a label: "Feature" / "Mar 27, 2025").
fn name_over_dateline(infos: &[Info], j: usize) -> bool {
    infos.get(j + 1).is_some_and(|d| d.dateline.is_some())
        && infos.get(j).is_some_and(|n| {
            (2..=4).contains(&n.words) && n.kind.is_none() && lines::bare_byline(n.text).is_some()
        })
}

/// A byline found by [`author_line`]: its lines (the opener and the
/// names) and what they say.
struct AuthorLine {
    lines: Vec<usize>,
    byline: lines::Byline,
}

/// A first line that can be the page's `<title>`: a short line that is no
/// sentence, list item or recognisable debris.
fn is_page_title_line(u: &Info) -> bool {
    let separated = has_title_separator(u.text);
    u.kind.is_none()
        && u.list.is_none()
        && u.mail.is_none()
        && u.crumbs.is_none()
        && u.byline.is_none()
        && u.dateline.is_none()
        && !u.all_caps
        && (separated || u.words >= 4)
        && u.words <= 30
        && !features::ends_with_period(u.text)
}

/// A page left without a title is named by its dump's first line when that
/// line reads as a page title ("NFL Schedule - 2026 Season - ESPN",
/// "Glossier"): its part before the site's name. The `<title>` stands
/// alone, a blank line under it; a menu's first item does not ("Docs" over
/// "Guides").
fn title_from_first_line(infos: &[Info], first_alone: bool, out: &mut Out) {
    if out.ex.meta.title.is_some() || !first_alone {
        return;
    }
    let Some(first) = infos.first() else { return };
    let names_page = first.kind.is_none()
        && first.list.is_none()
        && first.mail.is_none()
        && first.crumbs.is_none()
        && first.byline.is_none()
        && first.dateline.is_none()
        && (1..=20).contains(&first.words)
        && !features::ends_with_period(first.text);
    if names_page {
        let (head, site) = split_site_suffix(first.text);
        out.ex.meta.title = Some(page_title_head(head).to_string());
        out.ex.meta.credit("title", "title-line");
        if out.ex.meta.site_name.is_none() {
            out.ex.meta.site_name = site.map(str::to_string);
            out.ex.meta.credit("site_name", "title-line");
        }
    }
}

/// The headline part of a page-title line: what comes before the first
/// separator ("Headline | Section | Site").
fn page_title_head(line: &str) -> &str {
    let cut = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| line.find(sep))
        .min()
        .unwrap_or(line.len());
    line.get(..cut).unwrap_or(line).trim()
}

/// A repeated headline that heads its section: its only copy in the body
/// span is followed by text. A table of contents or a menu elsewhere on the
/// page repeats a subheading; the subheading itself stays.
fn heads_its_section(
    infos: &[Info],
    i: usize,
    end: usize,
    span_copies: &std::collections::BTreeMap<&str, usize>,
) -> bool {
    let Some(u) = infos.get(i) else { return false };
    u.headline
        && span_copies.get(u.text.trim()) == Some(&1)
        && i < end
        && infos
            .get(i + 1)
            .is_some_and(|n| n.prose || n.sentence || n.list.is_some())
}

/// A repeated line of two or more words whose every copy lies inside the
/// body span: an item's name printed twice in its own tile (image text and
/// link) or a label repeated between sections, not a menu printed in the
/// header and footer; it is kept once. (A one-word line repeated in the
/// body is a poster's name or a button.)
fn repeats_within_body(
    u: &Info,
    span_copies: &std::collections::BTreeMap<&str, usize>,
    all_copies: &std::collections::BTreeMap<&str, usize>,
) -> bool {
    let text = u.text.trim();
    u.repeated && u.words >= 2 && span_copies.get(text) == all_copies.get(text)
}

/// Turn the body span into blocks.
fn read_body(infos: &[Info], start: usize, end: usize, out: &mut Out) {
    // How often each repeated line occurs inside the span.
    let mut span_copies: std::collections::BTreeMap<&str, usize> = Default::default();
    for u in infos.get(start..=end).unwrap_or(&[]) {
        if u.repeated {
            *span_copies.entry(u.text.trim()).or_default() += 1;
        }
    }
    // How often each of those occurs in the whole document.
    let mut all_copies: std::collections::BTreeMap<&str, usize> = Default::default();
    for u in infos {
        if u.repeated && span_copies.contains_key(u.text.trim()) {
            *all_copies.entry(u.text.trim()).or_default() += 1;
        }
    }
    // Repeated lines kept once already.
    let mut kept_once: std::collections::BTreeSet<&str> = Default::default();
    let mut first_paragraph = true;
    for i in start..=end {
        let Some(u) = infos.get(i) else { break };
        let keep_once =
            repeats_within_body(u, &span_copies, &all_copies) && kept_once.insert(u.text.trim());
        if u.kind.is_some()
            || u.zone.is_some()
            || u.credits
            || u.symbols
            || u.counter
            || u.menu
            || (u.mail.is_some() && u.dateline.is_none())
        {
            out.drop_debris(u, "boilerplate");
            continue;
        }
        if out.byline_lines.contains(&i) {
            out.remove(u.text, "byline");
            continue;
        }
        if let Some(crumbs) = &u.crumbs {
            if out.ex.meta.categories.is_empty() {
                out.add_crumbs(u, crumbs);
            } else {
                out.drop_debris(u, "breadcrumb");
            }
            continue;
        }
        if out.take_meta(u) {
            continue;
        }
        if u.byline.is_some() || u.dateline.is_some() {
            out.drop_debris(u, "boilerplate");
            continue;
        }
        if u.repeated && !u.prose && !keep_once && !heads_its_section(infos, i, end, &span_copies) {
            out.drop_debris(u, "repeated-line");
            continue;
        }
        // A paragraph printed again (a carousel's cloned slides, a banner
        // shown for every region) is kept once.
        if u.repeated_prose && !out.kept_prose.insert(u.text.trim().to_string()) {
            out.drop_debris(u, "repeated-paragraph");
            continue;
        }
        if let Some(ordered) = u.list {
            out.push_item(ordered, u.text);
            continue;
        }
        if u.headline && !u.prose && i < end {
            out.push(Block::Heading {
                level: 2,
                text: u.text.to_string(),
            });
            continue;
        }
        if first_paragraph && out.ex.meta.site_name.is_none() {
            out.ex.meta.site_name = lines::agency_dateline(u.text).map(str::to_string);
            out.ex.meta.credit("site_name", "agency-dateline");
        }
        first_paragraph = false;
        out.push(Block::Paragraph {
            text: u.text.to_string(),
        });
    }
    out.flush_list();
}

/// Headings that close the body head nothing: the text under them was
/// debris (a teaser grid's or a footer column's title), so they go too.
fn drop_dangling_headings(out: &mut Out) {
    while let Some(Block::Heading { .. }) = out.ex.blocks.last() {
        if let Some(Block::Heading { text, .. }) = out.ex.blocks.pop() {
            out.remove(&text, "dangling-heading");
        }
    }
}

/// Fewer words than this, with no sentence among them, are no page's text.
const STRAY_BODY_WORDS: usize = 8;
/// Lines a page must have for its few kept words to count as stray.
const STRAY_BODY_MIN_LINES: usize = 5;

/// A body of a few words with no sentence-long block, cut from a page of
/// many lines, is a stray label (a search box's prompt, a banner's slogan
/// on a page whose content did not render), not the page's text.
fn is_stray_body(blocks: &[Block], lines: usize) -> bool {
    if lines < STRAY_BODY_MIN_LINES || blocks.is_empty() {
        return false;
    }
    let mut total = 0;
    for b in blocks {
        let words = features::word_count(&b.plain_text());
        if words >= STRAY_BODY_WORDS {
            return false;
        }
        total += words;
    }
    total < STRAY_BODY_WORDS
}

/// Drop a stray body (see [`is_stray_body`]): the page gives no text.
fn drop_stray_body(out: &mut Out, lines: usize) {
    if is_stray_body(&out.ex.blocks, lines) {
        for b in std::mem::take(&mut out.ex.blocks) {
            out.remove(&b.plain_text(), "stray-text");
        }
    }
}

/// Read the units after the body: metadata lines, the rest is debris.
fn read_trailer(infos: &[Info], from: usize, to: usize, out: &mut Out) {
    for u in infos.get(from..to).unwrap_or(&[]) {
        if u.kind.is_none() && u.zone.is_none() && out.take_meta(u) {
            continue;
        }
        out.drop_debris(u, "trailing-text");
    }
}

/// The line shape that can mark a record of a grid (see [`grid`]).
fn grid_marker<'a>(u: &Info<'a>) -> Option<grid::Marker<'a>> {
    if outside_grid_zone(u) {
        None
    } else if grid::is_price_line(u.text) {
        Some(grid::Marker::Price)
    } else if u.dateline.is_some() && u.words <= 6 {
        Some(grid::Marker::Date)
    } else if (1..=grid::MAX_MARKER_WORDS).contains(&u.words) {
        Some(grid::Marker::Text(u.text.trim()))
    } else {
        None
    }
}

/// A grid must outweigh the body this many times over to replace it.
const GRID_OVER_BODY: usize = 4;

/// A page of records (a shop's category, a job board) has no prose to
/// speak of: the body span found a blurb or nothing. When the record grids
/// hold many times the words of that body, the grids are the page's
/// content: they replace the body, dropping only recognisable debris.
/// Otherwise grids that adjoin the body `span` join it
/// ([`add_adjoining_grids`]).
fn take_record_grid(infos: &[Info], span: Option<(usize, usize)>, out: &mut Out) {
    let markers: Vec<Option<grid::Marker>> = infos.iter().map(grid_marker).collect();
    let grids = grid::grid_ranges(&markers);
    if grids.is_empty() {
        return;
    }
    let grid_units = || {
        grids
            .iter()
            .flat_map(|r| infos.get(r.clone()).unwrap_or(&[]))
    };
    let grid_words: usize = grid_units()
        .filter(|u| !is_grid_debris(u))
        .map(|u| u.words)
        .sum();
    let body_words: usize = out
        .ex
        .blocks
        .iter()
        .map(|b| features::word_count(&b.plain_text()))
        .sum();
    if grid_words < GRID_OVER_BODY * body_words {
        if let Some(span) = span {
            add_adjoining_grids(infos, &grids, span, body_words, out);
        }
        return;
    }
    out.flush_list();
    out.grid = true;
    let body = std::mem::take(&mut out.ex.blocks);
    if out.explain {
        // (Grid lines the body had dropped are kept now.)
        let kept: std::collections::BTreeSet<&str> = grid_units()
            .filter(|u| !is_grid_debris(u))
            .map(|u| u.text)
            .collect();
        out.ex.removed.retain(|r| !kept.contains(r.text.as_str()));
        for b in &body {
            out.remove(&b.plain_text(), "outside-record-grid");
        }
    }
    for u in grid_units() {
        if is_grid_debris(u) {
            out.drop_debris(u, "boilerplate");
        } else {
            out.push(Block::Paragraph {
                text: u.text.to_string(),
            });
        }
    }
}

/// Most lines between the body span and a grid that adjoins it (a
/// "Showing 1–30 of 154" line, a sort menu).
const GRID_ADJOIN_GAP: usize = 10;

/// The grids that adjoin the body span one after the other, and the parts
/// of grids that overlap it, outside it: those before the span, then those
/// after it.
fn adjoining_grids(
    grids: &[Range<usize>],
    (start, end): (usize, usize),
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let mut before = Vec::new();
    let mut edge = start;
    for g in grids.iter().rev().filter(|g| g.start < start) {
        let g_end = g.end.min(start);
        if edge - g_end > GRID_ADJOIN_GAP {
            break;
        }
        before.push(g.start..g_end);
        edge = g.start;
    }
    before.reverse();
    let mut after = Vec::new();
    let mut edge = end + 1;
    for g in grids.iter().filter(|g| g.end > end + 1) {
        let g_start = g.start.max(end + 1);
        if g_start - edge > GRID_ADJOIN_GAP {
            break;
        }
        after.push(g_start..g.end);
        edge = g.end;
    }
    (before, after)
}

/// A grid's line that joins the body: no debris, and outside any zone (a
/// run of related links after a story is a grid too, but no content).
fn joins_body(u: &Info) -> bool {
    !is_grid_debris(u) && u.zone.is_none()
}

/// Record grids right before or after the body span (a shop category's
/// items above its buying guide, a listing's rows under its intro) that
/// weigh about as much as the body are content too: their lines join the
/// body on their side of it.
fn add_adjoining_grids(
    infos: &[Info],
    grids: &[Range<usize>],
    span: (usize, usize),
    body_words: usize,
    out: &mut Out,
) {
    let (before, after) = adjoining_grids(grids, span);
    let units = |ranges: &[Range<usize>]| -> Vec<&Info> {
        ranges
            .iter()
            .flat_map(|r| infos.get(r.clone()).unwrap_or(&[]))
            .filter(|u| joins_body(u))
            .collect()
    };
    let words = |units: &[&Info]| units.iter().map(|u| u.words).sum::<usize>();
    // (A grid above the body must weigh three quarters of it; a grid
    // under a body is more often its teasers than the body's own records:
    // it must outweigh the body twice.)
    let before = Some(units(&before)).filter(|b| words(b) > 0 && words(b) * 4 >= body_words * 3);
    let after = Some(units(&after)).filter(|a| words(a) > 0 && words(a) >= 2 * body_words);
    if before.is_none() && after.is_none() {
        return;
    }
    let (before, after) = (before.unwrap_or_default(), after.unwrap_or_default());
    out.flush_list();
    if out.explain {
        let kept: std::collections::BTreeSet<&str> =
            before.iter().chain(after.iter()).map(|u| u.text).collect();
        out.ex.removed.retain(|r| !kept.contains(r.text.as_str()));
    }
    let paragraph = |u: &&Info| Block::Paragraph {
        text: u.text.to_string(),
    };
    let body = std::mem::take(&mut out.ex.blocks);
    out.ex.blocks = before.iter().map(paragraph).collect();
    out.ex.blocks.extend(body);
    out.ex.blocks.extend(after.iter().map(paragraph));
}

/// Lines of a grid that are debris all the same: boilerplate phrases (a
/// cart button under each item), comments or reviews, lines of symbols.
fn is_grid_debris(u: &Info) -> bool {
    u.kind.is_some() || outside_grid_zone(u) || u.symbols
}

/// Comments and reviews are records too, and filter panels list options,
/// but none is a page's text; a run of links under a "Related"/"Popular"
/// header is a grid like any other.
fn outside_grid_zone(u: &Info) -> bool {
    !matches!(u.zone, None | Some(Zone::Related))
}

/// The header of a shop's cross-selling row ("Related products",
/// "Customers also bought") ends a product's text when less prose
/// follows it than came before it (a row of product tiles in the header
/// of the page, or one between two parts of the description, does not;
/// nor does a link of that name in a footer's link columns).
fn mark_cross_sell_headers(infos: &mut [Info]) {
    let total: usize = infos.iter().filter(|u| u.prose).map(|u| u.words).sum();
    let mut before = 0usize;
    for i in 0..infos.len() {
        let Some(u) = infos.get(i) else { break };
        if u.prose {
            before += u.words;
        } else if before >= DESCRIPTION_MIN_WORDS
            && total - before < before
            && u.kind.is_none()
            && !u.menu
            && shop::is_cross_sell_header_folded(u.words, &u.folded)
        {
            for v in infos.iter_mut().skip(i) {
                v.zone.get_or_insert(Zone::Related);
            }
            return;
        }
    }
}

/// Bylines in a run of "By …" lines ("By Type", "By Region", "By Grape"):
/// the options of a browse menu, not writers. They become navigation.
// Why: a page names its writer once; a facet menu repeats the opener.
fn mark_facet_menus(infos: &mut [Info]) {
    let opens_with_by = |u: &Info| {
        u.words <= 5
            && u.text
                .get(..3)
                .is_some_and(|h| h.eq_ignore_ascii_case("by "))
    };
    let facets: Vec<usize> = (0..infos.len())
        .filter(|&i| {
            let at = |j: usize| infos.get(j).is_some_and(opens_with_by);
            at(i) && ((i > 0 && at(i - 1)) || at(i + 1))
        })
        .collect();
    for i in facets {
        if let Some(u) = infos.get_mut(i) {
            u.byline = None;
            u.kind.get_or_insert(Kind::Navigation);
        }
    }
}

/// The line that marks one customer review: its rating ("Rated 4 out of
/// 5", "4,0 von 5 Sternen").
fn review_marker<'a>(u: &Info<'a>) -> Option<grid::Marker<'a>> {
    (!u.prose && u.list.is_none() && shop::is_rating_line(u.text)).then_some(grid::Marker::Rating)
}

/// Most words of a review's lead line (its title, the reviewer's name and
/// date).
const REVIEW_LEAD_WORDS: usize = 12;
/// Prose words of a description that must come before its reviews.
const DESCRIPTION_MIN_WORDS: usize = 40;
/// Short lines above a review's marker that belong to it (a review title,
/// the reviewer's name) or to the section (its header).
const REVIEW_LEAD_LINES: usize = 2;

/// Customer reviews without a header the phrase lists know ("29 reviews
/// for Linen Apron"): four or more records at a steady period that each
/// carry a rating ("Rated 4 out of 5"), with the review's text in most
/// records, after a description. From the first review on, the page is
/// reviews and what follows them. (A dated reviewer's line alone marks
/// blog comments and Q&A as well; on shop pages it marked reviews that
/// the truth keeps as often as not.)
fn mark_review_records(infos: &mut [Info]) {
    let markers: Vec<Option<grid::Marker>> = infos.iter().map(review_marker).collect();
    let mut start = None;
    for range in grid::grid_ranges(&markers) {
        let units = infos.get(range.clone()).unwrap_or(&[]);
        let in_range = markers.get(range.clone()).unwrap_or(&[]);
        let records = in_range.iter().filter(|m| m.is_some()).count();
        let texts = units.iter().filter(|u| u.prose || u.sentence).count();
        let described: usize = infos
            .iter()
            .take(range.start)
            .filter(|u| u.prose && u.zone.is_none())
            .map(|u| u.words)
            .sum();
        if texts * 2 >= records && described >= DESCRIPTION_MIN_WORDS {
            let first = in_range
                .iter()
                .position(Option::is_some)
                .map_or(range.start, |k| range.start + k);
            start = Some(first);
            break;
        }
    }
    let Some(mut first) = start else { return };
    for _ in 0..REVIEW_LEAD_LINES {
        let lead = first
            .checked_sub(1)
            .and_then(|p| infos.get(p))
            .is_some_and(|u| !u.prose && u.list.is_none() && u.words <= REVIEW_LEAD_WORDS);
        if !lead {
            break;
        }
        first -= 1;
    }
    for u in infos.iter_mut().skip(first) {
        u.zone.get_or_insert(Zone::Reviews);
    }
}

/// The page's headline, printed again where its text starts (`echo`, the
/// `<h1>` echoing the `<title>` that opens the dump), inside the body span with
/// most of the span's prose after it, opens the body: the blocks above it
/// are the header's promos and menus ("Free shipping on orders over $50",
/// a mega-menu's blurbs) that the span took in as secondary blocks.
fn start_at_headline(infos: &[Info], echo: Option<usize>, start: usize, end: usize) -> usize {
    // (A one-word echo, "JSON", is as likely a cell of a table; a later
    // part of the title, "Page | Section | Site", names a section.)
    let head_parts: Vec<String> = infos
        .first()
        .map(|u| page_title_parts(u.text).into_iter().take(2).collect())
        .unwrap_or_default();
    let Some(h) = echo.filter(|&h| {
        start < h
            && h < end
            && infos
                .get(h)
                .is_some_and(|u| u.words >= 2 && head_parts.contains(&u.folded))
    }) else {
        return start;
    };
    let prose = |r: Range<usize>| -> usize {
        infos
            .get(r)
            .unwrap_or(&[])
            .iter()
            .filter(|u| u.prose || u.sentence)
            .map(|u| u.words)
            .sum()
    };
    if prose(start..h) < prose(h..end + 1) {
        h
    } else {
        start
    }
}

/// Extract an article from raw text.
pub fn extract(text: &str, opts: &Options) -> Extraction {
    // HTML leftovers (entities, stray tags) go first.
    let cleaned = markup::clean(text);
    let text = cleaned.as_ref();
    let units = split::split_units(text);
    let first_alone = units.get(1).map_or(true, |u| u.blank_before);
    let lang = stopwords::detect_language(text);
    let mask = LangMask::of(lang);
    // (How the page writes "8/1/2025": from its own unambiguous dates.)
    // (Not from the language: "en" pages write both orders, and a wrong
    // guess makes a dateline of a figure.)
    let day_first = crate::meta::dates::numeric_date_order(text);
    let mut infos: Vec<Info> = units
        .iter()
        .map(|u| analyze(&u.text, mask, lang.is_some(), day_first))
        .collect();
    // Relative datelines ("3 hours ago") are datelines, but they give a
    // date only against the reference time the caller gave.
    let reference = opts
        .reference_time
        .as_deref()
        .and_then(relative::parse_reference);
    for u in infos.iter_mut() {
        if u.dateline.is_none() && u.list.is_none() && u.kind.is_none() {
            u.dateline =
                relative::relative_date(u.text, reference.unwrap_or_default()).map(|date| {
                    Box::new(Dateline {
                        published: reference.map(|_| date),
                        modified: None,
                    })
                });
            // ("Asked 2 years ago" is a dateline too, though it dates nothing.)
            if u.dateline.is_none()
                && (relative::is_coarse_age(u.text) || lines::is_unreadable_date(u.text))
            {
                u.dateline = Some(Box::new(Dateline {
                    published: None,
                    modified: None,
                }));
            }
        }
    }
    if let Some(first) = infos.first_mut() {
        if is_page_title_trail(first) {
            first.crumbs = None;
        }
    }
    mark_repeated(&mut infos);
    consent::mark_consent_panels(&mut infos);
    let common = CommonWords::default();
    mark_context_with(&mut infos, &common);
    trailer::mark_references(&mut infos);
    mark_review_records(&mut infos);
    mark_cross_sell_headers(&mut infos);
    mark_facet_menus(&mut infos);
    footer::mark_dialogs_after_footer(&mut infos);
    let mut scores: Vec<f32> = infos.iter().map(score).collect();
    penalize_link_runs(&infos, &mut scores);
    let mut out = Out {
        ex: Extraction::default(),
        explain: opts.explain,
        list: None,
        kept_prose: Default::default(),
        byline_lines: Vec::new(),
        grid: false,
    };
    let Some((first_start, end)) = body_span(&infos, &scores) else {
        // A dump that is nothing but one headline (a page whose content did
        // not render: only its <title> is left) has a title and no body.
        if let [only] = infos.as_slice() {
            if is_title_candidate(only) && !only.sentence {
                let (head, site) = split_site_suffix(only.text);
                out.ex.meta.title = Some(head.to_string());
                out.ex.meta.site_name = site.map(str::to_string);
                out.ex.meta.credit("title", "title-line");
                out.ex.meta.credit("site_name", "title-line");
                return out.ex;
            }
        }
        // No body-like unit at all (a tiny or list-only text): keep every
        // unit that is not recognisable debris.
        if let Some(last) = infos.len().checked_sub(1) {
            read_body(&infos, 0, last, &mut out);
        }
        drop_dangling_headings(&mut out);
        drop_stray_body(&mut out, infos.len());
        take_record_grid(&infos, None, &mut out);
        title_from_first_line(&infos, first_alone, &mut out);
        set_page_type(&mut out, &infos, false);
        return out.ex;
    };
    let echo = headline_repeating_page_title(&infos);
    let first_start = start_at_headline(&infos, echo, first_start, end);
    let start = header_end(&infos, first_start, end);
    let mut body_stems: Vec<features::Stem> = infos
        .get(start..=end)
        .unwrap_or(&[])
        .iter()
        .filter(|u| u.prose)
        .flat_map(|u| features::content_stems(u.text))
        .collect();
    body_stems.sort_unstable();
    body_stems.dedup();
    // (The headline printed again where the body starts is the title.)
    let echo_opens_body = start < end && echo == Some(start);
    let start = if echo_opens_body || opens_with_title(&infos, start, end, &body_stems) {
        start + 1
    } else {
        start
    };
    // (A spec sheet the body runs into, or one right after it, is part of it.)
    let end = specs::take_spec_sheets(&mut infos, start, end);
    // A name line that its neighbours mark as a byline is no body text,
    // whether or not the header gave the authors already.
    let author = author_line_with(&infos, start, &common);
    out.byline_lines = author.as_ref().map(|a| a.lines.clone()).unwrap_or_default();
    // (The first post's header is furniture, its poster metadata.)
    let poster = poster::first_poster(infos.iter().map(|u| u.text));
    let thread = poster.is_some();
    out.byline_lines
        .extend(poster.as_ref().and_then(|p| p.unit));
    read_header(&infos, start, &body_stems, &mut out);
    read_body(&infos, start, end, &mut out);
    drop_dangling_headings(&mut out);
    read_trailer(&infos, end + 1, infos.len(), &mut out);
    drop_stray_body(&mut out, infos.len());
    take_record_grid(&infos, Some((start, end)), &mut out);
    if out.ex.meta.authors.is_empty() {
        if let Some(a) = &author {
            out.add_byline(&a.byline);
        }
    }
    // (A thread names its first poster in the post's furniture; a post
    // header naming the poster and the date outranks a bare name line.)
    if let Some(p) = poster {
        if out.ex.meta.authors.is_empty() || p.from_header {
            out.ex.meta.authors = vec![p.name];
            out.ex.meta.credit("authors", "post-header");
        }
        // (The first post's date dates the thread.)
        if p.date.is_some() {
            out.ex.meta.published = p.date;
            out.ex.meta.credit("published", "post-header");
        }
    }
    if let Some(t) = out.ex.meta.title.as_mut() {
        let head = title_before_bars(t);
        if head.len() < t.len() {
            *t = head.to_string();
        }
        // (The headline at the end of its trail: the crumbs are categories.)
        if let Some((crumbs, headline)) = headline_after_trail(t) {
            if out.ex.meta.categories.is_empty() {
                out.ex.meta.categories = crumbs.iter().map(|c| c.to_string()).collect();
                out.ex
                    .meta
                    .sources
                    .insert("categories".to_string(), "breadcrumb".to_string());
            }
            *t = headline.to_string();
        }
    }
    // (A labelled publication date on a line dropped for its other parts,
    // "Published: Mar 8, 2024 · … · This post may contain affiliate links",
    // above the body or at its top, still dates the page.)
    if out.ex.meta.published.is_none() {
        out.ex.meta.published = infos
            .iter()
            .take(start.saturating_add(3))
            .find_map(|u| lines::labelled_publication_date(u.text));
        out.ex.meta.credit("published", "labelled-date");
    }
    title_from_first_line(&infos, first_alone, &mut out);
    // A page that only says when it was updated was published no later:
    // the update date is the best publication date it gives.
    if out.ex.meta.published.is_none() {
        out.ex.meta.published = out.ex.meta.modified.clone();
        let source = out.ex.meta.sources.get("modified").cloned();
        let source = format!("modified:{}", source.as_deref().unwrap_or("dateline"));
        out.ex.meta.credit("published", &source);
    }
    set_page_type(&mut out, &infos, thread);
    out.ex
}

/// The page type from what the extraction saw (see [`pagetype`]).
fn set_page_type(out: &mut Out, infos: &[Info], thread: bool) {
    // Words of each paragraph, counted once.
    let block_words: Vec<(bool, usize)> = out
        .ex
        .blocks
        .iter()
        .map(|b| {
            // (Borrowed: a paragraph's text is counted where it is.)
            let text = b.plain_text_cow();
            (
                matches!(b, Block::Paragraph { .. }),
                features::word_count(&text),
            )
        })
        .collect();
    let paragraphs_of = |min: usize| {
        block_words
            .iter()
            .filter(|(para, words)| *para && *words >= min)
            .count()
    };
    let facts = pagetype::TextFacts {
        thread,
        post_furniture: infos
            .iter()
            .filter(|u| u.words <= 6 && lines::states_member_since(u.text))
            .count(),
        // (Short lines with a digit only: most lines are asked nothing.)
        prices: infos
            .iter()
            .filter(|u| {
                u.words <= 12
                    && u.text.bytes().any(|b| b.is_ascii_digit())
                    && grid::is_labelled_price_line(u.text)
            })
            .count(),
        carts: infos
            .iter()
            .filter(|u| u.words <= 8 && !u.prose && is_cart_button(u))
            .count(),
        grid: out.grid,
        dated: out.ex.meta.published.is_some(),
        signed: !out.ex.meta.authors.is_empty(),
        clean: {
            let input: usize = infos.iter().map(|u| u.words).sum();
            let kept: usize = block_words.iter().map(|(_, words)| words).sum();
            kept * 10 >= input * 9
        },
        long_paragraphs: paragraphs_of(30),
        code_lines: infos
            .iter()
            .filter(|u| pagetype::looks_like_code(u.text))
            .count(),
        datelines: infos
            .iter()
            .filter(|u| {
                u.dateline
                    .as_deref()
                    .is_some_and(|d| d.published.is_some() || d.modified.is_some())
            })
            .count(),
        paragraphs: paragraphs_of(15),
    };
    let (kind, source) = pagetype::detect(&facts);
    out.ex.meta.page_type = Some(kind.to_string());
    out.ex.meta.credit("page_type", source);
    // (On a shop's page a name signs a review or badges a seller, as the
    // HTML side rules too.)
    if kind == "product" && !out.ex.meta.authors.is_empty() {
        out.ex.meta.authors.clear();
        out.ex.meta.sources.remove("authors");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn a_line_that_folds_to_a_part_passes_the_first_letter_test(text in "[ -~é]{0,20}") {
            let folded = phrases::fold(&text);
            let parts: Vec<String> = [folded, "zz top".to_string()]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect();
            let matches = parts.iter().any(|p| *p == phrases::fold(&text));
            proptest::prop_assert!(!matches || may_fold_to_one_of(&text, &parts));
        }
    }

    fn en(text: &str) -> Info<'_> {
        analyze(text, LangMask::of(Some("en")), true, None)
    }

    #[test]
    fn runs_of_by_lines_are_facet_menus() {
        let mut infos: Vec<Info> = ["Shop", "By Wine Region", "By Grape Variety", "Offers"]
            .into_iter()
            .map(en)
            .collect();
        mark_facet_menus(&mut infos);
        assert!(infos.iter().all(|u| u.byline.is_none()));
        let mut infos: Vec<Info> = ["A Headline Here", "By Jane Doe", "Text follows."]
            .into_iter()
            .map(en)
            .collect();
        mark_facet_menus(&mut infos);
        assert!(infos.get(1).is_some_and(|u| u.byline.is_some()));
    }

    #[test]
    fn prose_needs_length_and_stop_words() {
        assert!(
            en("The meeting was the fourth since the beginning of the year, officials said.").prose
        );
        assert!(!en("Putin Open to Ukraine Talks, No Preconditions Required").prose);
        assert!(!en("A Constructive Dialogue").prose);
        assert!(!en("SCROLL FOR NEXT AND THEN SCROLL FOR MORE OF THE SAME").prose);
    }

    #[test]
    fn scores_favour_prose() {
        let body =
            en("The meeting was the fourth since the beginning of the year, officials said.");
        let heading = en("A Constructive Dialogue");
        let cta = en("SCROLL FOR NEXT");
        assert!(score(&body) > 5.0);
        assert!(score(&heading) < 0.0 && score(&heading) > score(&cta));
        assert_eq!(score(&en("Advertisement")), -8.0);
    }

    #[test]
    fn quote_attributions_are_told_apart() {
        assert!(is_quote_attribution("marrowbone said:"));
        assert!(is_quote_attribution("Jane Roe wrote: ↑"));
        assert!(is_quote_attribution("Kathrin schrieb:"));
        assert!(!is_quote_attribution("Comments:"));
        assert!(!is_quote_attribution("She said it would rain."));
        assert!(!is_quote_attribution(
            "Last week the minister of the interior finally said:"
        ));
    }

    #[test]
    fn stray_body_is_a_few_words_on_a_long_page() {
        let para = |t: &str| Block::Paragraph {
            text: t.to_string(),
        };
        let prompt = [para("What are you looking for...")];
        assert!(is_stray_body(&prompt, 12));
        // (A short text of a few lines is kept as it is.)
        assert!(!is_stray_body(&prompt, 3));
        let sentence = [para(
            "The ferry leaves the harbour at seven every morning in summer.",
        )];
        assert!(!is_stray_body(&sentence, 12));
        assert!(!is_stray_body(&[], 12));
    }

    #[test]
    fn runs_of_short_lines_score_as_links() {
        let infos = vec![
            en("The council approved the budget on Tuesday after a long debate in the chamber."),
            en("A Subheading"),
            en("The vote was close, and the opposition promised to challenge it in court soon."),
            en("Budget talks stall again"),
            en("Mayor faces questions"),
            en("Council election date set"),
            en("Tram line opens"),
        ];
        let mut scores: Vec<f32> = infos.iter().map(score).collect();
        penalize_link_runs(&infos, &mut scores);
        assert_eq!(scores[1], -1.5, "a lone subheading keeps its mild score");
        assert_eq!(&scores[3..], &[-3.0, -3.0, -3.0, -3.0]);
    }

    #[test]
    fn a_name_over_an_author_label_is_the_byline() {
        let infos = vec![
            en("How to Tune a Bicycle Chain"),
            en("The chain should be cleaned before it is oiled, and the oil wiped off after a minute."),
            en("Share this article"),
            en("Jane Doe"),
            en("Author"),
            en("Jane writes about cycling and repairs from her workshop in the hills."),
        ];
        let found = author_line(&infos, 1).map(|a| (a.lines, a.byline.authors));
        assert_eq!(found, Some((vec![3], vec!["Jane Doe".to_string()])));
    }

    #[test]
    fn the_headline_over_the_byline_is_found_above_its_sentence_case_dek() {
        let infos = vec![
            en("The 5 Best Rain Jackets, Tested in Storms"),
            en("Gear"),
            en("Our Favorite Rain Jackets Keep You Dry on the Trail"),
            en("Lightweight shells and sturdy parkas that shrugged off a week of coastal downpours"),
            en("By"),
            en("Mara Ellison"),
            en("A good rain jacket is the one piece of gear you carry on every hike, sunny forecast or not."),
        ];
        assert_eq!(headline_over_byline(&infos, 6), Some(2));
        // (Two bylines in the header: a list of teasers, no page headline.)
        let mut listed = infos.clone();
        listed.insert(1, en("by Corin Ashdown"));
        assert_eq!(headline_over_byline(&listed, 7), None);
    }

    #[test]
    fn a_handle_over_the_first_post_date_is_the_poster() {
        let infos = vec![
            en("Which tent for a windy coast? | Camping Forum"),
            en("Followers"),
            en("ColdJ"),
            en("June 14, 2024"),
            en("I am looking for a tent that stands up to coastal wind, and my old dome folded flat last summer."),
        ];
        let found = author_line(&infos, 2).map(|a| a.byline.authors);
        assert_eq!(found, Some(vec!["ColdJ".to_string()]));
        // (The site's name from the title line is no poster.)
        let mut site = infos.clone();
        site[0] = en("Which tent for a windy coast? | ColdJ");
        assert_eq!(author_line(&site, 2).map(|a| a.byline.authors), None);
    }

    #[test]
    fn a_name_over_a_label_and_a_split_dateline_is_the_byline() {
        let infos = vec![
            en("What Accounting Software Do Freelancers Use?"),
            en("Michelle Dorsey"),
            en("Freelance hacks"),
            en("Last updated:"),
            en("Feb 4, 2025"),
            en("Keeping your hard-earned money in order takes more than a spreadsheet and a shoebox of receipts."),
        ];
        let found = author_line(&infos, 1).map(|a| a.byline.authors);
        assert_eq!(found, Some(vec!["Michelle Dorsey".to_string()]));
    }

    #[test]
    fn an_update_label_over_a_date_makes_it_the_modification_date() {
        let mut infos = vec![
            en("Last updated:"),
            en("Feb 4, 2025"),
            en("Published:"),
            en("Jan 9, 2025"),
        ];
        carry_update_labels(&mut infos);
        let dates = |u: &Info| {
            u.dateline
                .as_deref()
                .map(|d| (d.published.clone(), d.modified.clone()))
        };
        assert_eq!(
            dates(&infos[1]),
            Some((None, Some("2025-02-04".to_string())))
        );
        assert_eq!(
            dates(&infos[3]),
            Some((Some("2025-01-09".to_string()), None))
        );
    }

    #[test]
    fn a_by_line_naming_a_handle_over_the_date_is_the_poster() {
        let infos = vec![
            en("Pros and cons of a travel agent"),
            en("By seabreeze42,"),
            en("April 18, 2024 in Cruises"),
            en("We booked our last three cruises through an agent and I am not sure the perks were worth it."),
        ];
        let found = author_line(&infos, 1).map(|a| a.byline.authors);
        assert_eq!(found, Some(vec!["seabreeze42".to_string()]));
        // (Without the date under it, "By design" is a heading.)
        let heading = vec![
            en("Pros and cons of a travel agent"),
            en("By design"),
            en("We booked our last three cruises through an agent and I am not sure the perks were worth it."),
        ];
        assert_eq!(author_line(&heading, 1).map(|a| a.byline.authors), None);
    }

    #[test]
    fn categories_under_the_date_are_no_byline() {
        let infos = vec![
            en("Your Guide to Product Reviews"),
            en("July 21, 2025"),
            en("E-Commerce, SEO"),
            en("Reviews build trust, and a page that shows them well sells more than one that hides them."),
        ];
        assert_eq!(author_line(&infos, 3).map(|a| a.byline.authors), None);
        let mut named = infos.clone();
        named[2] = en("Harriet Vale");
        assert_eq!(
            author_line(&named, 3).map(|a| a.byline.authors),
            Some(vec!["Harriet Vale".to_string()])
        );
    }

    #[test]
    fn a_product_page_names_no_author() {
        let text = "Trail Runner 2 Shoe\n\n$129.99\n\nAdd to cart\n\nA light trail shoe with a grippy outsole, a rock plate and a roomy toe box for long days on rough ground and wet rock.\n\nReviews\n\nBy Jane Doe\n\nThese held up for three hundred miles of muddy trails and still grip like new on wet granite.\n";
        let ex = extract(text, &Options::default());
        assert_eq!(ex.meta.page_type.as_deref(), Some("product"));
        assert!(ex.meta.authors.is_empty(), "{:?}", ex.meta.authors);
    }

    #[test]
    fn a_value_under_a_field_label_is_no_byline() {
        let infos = vec![
            en("Ferry timetables for the winter"),
            en("Location:"),
            en("Lisbon Portugal"),
            en("March 3, 2025"),
            en("The island ferries run twice a day in winter, and you should book the car deck early."),
        ];
        assert_eq!(author_line(&infos, 1).map(|a| a.byline.authors), None);
    }

    #[test]
    fn a_name_in_a_related_run_beside_the_date_is_the_byline() {
        let mut infos = vec![
            en("Best Ferries for Island Hopping"),
            en("Related guides"),
            en("Jane Doe"),
            en("March 3, 2025"),
            en("The island ferries run twice a day in winter, and you should book the car deck early."),
        ];
        mark_context(&mut infos);
        assert_eq!(infos[2].zone, Some(Zone::Related));
        let found = author_line(&infos, 4).map(|a| a.byline.authors);
        assert_eq!(found, Some(vec!["Jane Doe".to_string()]));
    }

    fn body_text(text: &str) -> String {
        let ex = extract(text, &Options::default());
        let parts: Vec<String> = ex.blocks.iter().map(|b| b.plain_text()).collect();
        parts.join("\n")
    }

    #[test]
    fn dated_comments_are_no_record_grid() {
        // Thirty comments, each a name, a date and a reply, outweigh the
        // post four times over; they are comments, not the page's records.
        let mut text = String::from("Sowing Beans in Cold Soil\n");
        for n in 1..=6 {
            text.push_str(&format!(
                "\nIn the {n}th week of spring the beans sown in cold soil tend to rot before \
                 they sprout, so it is better to wait until the ground has warmed and to cover \
                 the rows with a fleece at night.\n"
            ));
        }
        text.push_str("\n30 Comments\n");
        for n in 1..=30 {
            text.push_str(&format!(
                "\nReader {n}\nMarch {n}, 2024\nI tried this in bed number {n} last spring and \
                 the beans came up well, although the slugs found them within a week of sowing, \
                 so I would add a ring of grit around each plant and water only in the morning.\n"
            ));
        }
        let body = body_text(&text);
        assert!(body.starts_with("In the 1th week"), "{body}");
        assert!(!body.contains("slugs"), "{body}");
    }

    #[test]
    fn day_first_dates_are_no_list_items() {
        assert!(en("14. Februar 2025").list.is_none());
        assert!(en("14. Februar 2025").dateline.is_some());
        assert_eq!(en("3. Preheat the oven to 200 degrees.").list, Some(true));
        assert_eq!(en("2. March").list, Some(true), "no year, no date");
    }

    #[test]
    fn titles_lose_their_bar_separated_tails() {
        assert_eq!(
            title_before_bars("Cloud Payroll Software | Payroll.example"),
            "Cloud Payroll Software"
        );
        assert_eq!(
            title_before_bars("Sourdough Basics | Baking, Bread & Starters | Flourhouse"),
            "Sourdough Basics"
        );
        // (A one-word site name opening the title gives way to the longest part.)
        assert_eq!(
            title_before_bars("Flourhouse | The Five Best Flours for Sourdough"),
            "The Five Best Flours for Sourdough"
        );
        assert_eq!(
            title_before_bars("Rye, Spelt - and Wheat"),
            "Rye, Spelt - and Wheat"
        );
    }

    #[test]
    fn long_runs_of_labels_are_menus() {
        let para = "The apron is sewn from washed linen that softens with every wash, and it will not shrink.";
        let footer = [
            "Gift Cards",
            "Track My Order",
            "Shipping & Returns",
            "Size Guide",
            "Care Guide",
            "Stockists",
            "Wholesale",
            "Our Story",
            "Press",
            "Contact Us",
        ];
        let mut infos = vec![en(para)];
        infos.extend(footer.iter().map(|t| en(t)));
        infos.push(en(para));
        mark_menu_runs(&mut infos);
        assert!(infos[1..=10].iter().all(|u| u.menu));
        assert!(!infos[0].menu && !infos[11].menu);
        // (Nine lines are no menu by this rule, nor is a spec table whose
        // values are no labels.)
        let mut short: Vec<Info> = footer[..9].iter().map(|t| en(t)).collect();
        mark_menu_runs(&mut short);
        assert!(short.iter().all(|u| !u.menu));
        let specs = [
            "Fabric",
            "Washed linen, 320 g/m²",
            "Length",
            "86 cm",
            "Width",
            "71 cm",
            "Pocket",
            "Split, 2 sections",
            "Care",
            "Machine wash 30 °C",
        ];
        let mut table: Vec<Info> = specs.iter().map(|t| en(t)).collect();
        mark_menu_runs(&mut table);
        assert!(table.iter().all(|u| !u.menu));
    }

    #[test]
    fn best_span_is_maximum_subarray() {
        assert_eq!(
            best_span(&[-1.5, -1.5, 40.0, -1.5, 30.0, -8.0]),
            Some((2, 4))
        );
        assert_eq!(best_span(&[-1.0, -2.0]), None);
        assert_eq!(best_span(&[]), None);
        assert_eq!(best_span(&[5.0, -20.0, 3.0]), Some((0, 0)));
        assert_eq!(
            positive_runs(&[5.0, -20.0, 3.0, -1.0]),
            vec![(0, 0, 5.0), (2, 2, 3.0)]
        );
    }

    #[test]
    fn secondary_blocks_must_weigh_enough() {
        assert!(is_secondary_body(20.0, 100.0));
        assert!(!is_secondary_body(9.0, 100.0), "a tenth of the main block");
        assert!(
            !is_secondary_body(28.0, 200.0),
            "under 15% of a long main block"
        );
        assert!(is_secondary_body(31.0, 200.0));
        assert!(
            is_secondary_body(12.0, 100.0),
            "a tenth of a short main block"
        );
        assert!(!is_secondary_body(5.0, 20.0), "a stray short sentence");
    }

    #[test]
    fn repeated_menu_words_are_marked_not_prices_or_prose() {
        let para = "The council approved the budget on Tuesday after a long debate in the chamber.";
        let mut infos = vec![
            en("Order Now"),
            en("€82"),
            en(para),
            en("Order Now"),
            en("€82"),
            en(para),
            en("Contact"),
        ];
        mark_repeated(&mut infos);
        let marks: Vec<bool> = infos.iter().map(|u| u.repeated).collect();
        assert_eq!(marks, vec![true, false, false, true, false, false, false]);
    }

    #[test]
    fn symbol_and_url_lines_carry_no_text() {
        assert!(is_bare_urls("https://example.org/a.pdf www.example.org"));
        assert!(!is_bare_urls("See https://example.org for more."));
        assert!(!is_bare_urls(""));
        assert!(en("★ ★ ★ ★ ★").symbols);
        assert!(en("https://example.org/report.pdf").symbols);
        assert!(!en("Five stars").symbols);
    }

    #[test]
    fn captions_precede_credits() {
        let caption = en("Firefighters work at the scene on Friday.");
        let credit = en("Photo: Jane Doe/AFP");
        assert!(is_caption(&caption, Some(&credit)));
        assert!(!is_caption(
            &caption,
            Some(&en("The fire burned all night long in the town."))
        ));
        assert!(is_caption(
            &en("Rescuers at work. (Photo: Jane Doe/AFP)"),
            None
        ));
    }

    #[test]
    fn related_runs_end_at_prose() {
        let mut infos = vec![
            en("The council approved the budget on Tuesday after a long debate in the chamber."),
            en("Related articles"),
            en("Budget talks stall again"),
            en("Mayor faces questions"),
            en("The vote was close, and the opposition promised to challenge it in court soon."),
        ];
        mark_context(&mut infos);
        let zones: Vec<Option<Zone>> = infos.iter().map(|u| u.zone).collect();
        // (The header goes with the links it heads.)
        assert_eq!(
            zones,
            vec![
                None,
                Some(Zone::Related),
                Some(Zone::Related),
                Some(Zone::Related),
                None
            ]
        );
    }

    #[test]
    fn end_markers_cut_the_tail() {
        let para = "The council approved the budget on Tuesday after a long and heated debate in the chamber, with the mayor promising that the new spending would reach every district of the city before the end of the year.";
        let mut infos = vec![
            en(para),
            en(para),
            en("12 Comments"),
            en("I think the mayor is wrong about this and the council should have waited."),
        ];
        mark_context(&mut infos);
        assert_eq!(infos[3].zone, Some(Zone::Comments));
        assert_eq!(infos[0].zone, None);
    }

    #[test]
    fn counted_comment_headers() {
        assert!(is_counted_comment_header(&phrases::fold("59 Comments")));
        assert!(is_counted_comment_header(&phrases::fold(
            "12 thoughts on “Winter Pruning”"
        )));
        assert!(is_counted_comment_header(&phrases::fold("Kommentare (3)")));
        assert!(is_counted_comment_header(&phrases::fold("10 comments:")));
        assert!(
            !is_counted_comment_header(&phrases::fold("60 replies")),
            "a forum thread's count"
        );
        assert!(!is_counted_comment_header(&phrases::fold(
            "Threads 4 Thought"
        )));
        assert!(!is_counted_comment_header(&phrases::fold("Comments")));
        assert!(!is_counted_comment_header(&phrases::fold(
            "Leave a comment"
        )));
    }

    #[test]
    fn a_counted_comment_header_ends_a_post_before_a_longer_thread() {
        let para = "The council approved the budget on Tuesday after a long and heated debate in the chamber, with the mayor promising that the new spending would reach every district of the city before the end of the year.";
        let comment = "I think the mayor is wrong about this and the council should have waited for the audit, because nobody has seen the figures for the tram line and the last project ran two years late.";
        let mut texts = vec![para; 5];
        texts.push("6 Comments on “Budget Approved”");
        texts.extend([comment; 8]);
        let mut infos: Vec<Info> = texts.into_iter().map(en).collect();
        mark_context(&mut infos);
        assert_eq!(infos[4].zone, None);
        assert!(infos[6..].iter().all(|u| u.zone == Some(Zone::Comments)));
    }

    #[test]
    fn per_item_counts_are_no_comment_section() {
        let mut infos: Vec<Info> = ["3 comments", "Second story", "5 comments"]
            .into_iter()
            .map(en)
            .collect();
        assert_eq!(comment_section_header(&infos), None);
        infos.truncate(2);
        assert_eq!(comment_section_header(&infos), Some(0));
        let thread: Vec<Info> = ["22 Comments", "1 reply", "3 replies"]
            .into_iter()
            .map(en)
            .collect();
        assert_eq!(comment_section_header(&thread), None);
    }

    #[test]
    fn signature_follows_the_delimiter() {
        let mut infos = vec![
            en("The committee has agreed to buy twenty new water butts for plots that do not have one."),
            en("-- "),
            en("Lower Ashby Allotment Society, registered charity"),
        ];
        mark_context(&mut infos);
        assert_eq!(infos[0].zone, None);
        assert_eq!(infos[2].zone, Some(Zone::Signature));
        assert!(!is_signature_delimiter("-- a dash aside"));
    }

    #[test]
    fn menu_rows_are_short_links_between_separators() {
        assert!(is_menu_row(
            "Terms of use · Privacy · Contact the moderators"
        ));
        assert!(!is_menu_row(
            "Prices rose · wages did not keep up with them at all"
        ));
        assert!(!is_menu_row("Home · About"));
    }

    #[test]
    fn header_takes_leading_metadata() {
        let infos = vec![
            en("The mayor said the plan would take years to complete, and critics agreed."),
            en("By Jane Doe"),
            en("The council approved the budget on Tuesday after a long debate in the chamber."),
        ];
        assert_eq!(header_end(&infos, 0, 2), 2);
        assert_eq!(header_end(&infos, 2, 2), 2);
    }

    #[test]
    fn headlines_are_read_off_their_trails() {
        assert_eq!(
            headline_after_trail("Home » Guides » The Best Kettles of 2026"),
            Some((vec!["Guides"], "The Best Kettles of 2026"))
        );
        assert_eq!(
            headline_after_trail("Articles > Careers > How Consultants Are Paid Today"),
            Some((
                vec!["Articles", "Careers"],
                "How Consultants Are Paid Today"
            ))
        );
        // A title's own slash, or a trail ending in a short crumb: no headline.
        assert_eq!(
            headline_after_trail("Sales / Marketing Guide for Small Shops"),
            None
        );
        assert_eq!(headline_after_trail("Home » News » Europe"), None);
    }

    #[test]
    fn site_suffixes_split_off_titles() {
        assert_eq!(
            split_site_suffix("Markets slide as rates rise | Example News"),
            ("Markets slide as rates rise", Some("Example News"))
        );
        assert_eq!(split_site_suffix("Rates - up"), ("Rates - up", None));
        assert_eq!(
            split_site_suffix("Title: Merging Models by Their Weights"),
            ("Merging Models by Their Weights", None)
        );
        assert_eq!(
            split_site_suffix("Note: prices rise in May"),
            ("Note: prices rise in May", None)
        );
        // Forum software puts the topic's category between topic and site.
        assert_eq!(
            split_site_suffix("Which pump for a shallow well? - Plumbing - Acme Forum"),
            ("Which pump for a shallow well?", Some("Acme Forum"))
        );
        // Bars part a headline's own clauses: they stay.
        assert_eq!(
            split_site_suffix("Charcoal barbecues for every garden | 100 models | Grill Shop"),
            (
                "Charcoal barbecues for every garden | 100 models",
                Some("Grill Shop")
            )
        );
    }

    #[test]
    fn page_title_lines_split_into_headline_parts() {
        assert_eq!(
            page_title_parts("Fields - Concepts | Example Docs"),
            vec!["fields concepts example docs", "fields"]
        );
        assert_eq!(
            page_title_parts("Winter Pruning | Blog | Example Garden"),
            vec!["winter pruning blog example garden", "winter pruning"]
        );
        assert_eq!(
            page_title_head("Winter Pruning | Blog | Example"),
            "Winter Pruning"
        );
        assert_eq!(page_title_head("Winter Pruning"), "Winter Pruning");
        // A lower-case tag opening a Q&A title ranks after the question.
        assert_eq!(
            page_title_parts("pruning - When should I prune young pear trees? - Garden Q&A"),
            vec![
                "pruning when should i prune young pear trees garden q a",
                "when should i prune young pear trees",
                "pruning"
            ]
        );
        // A capitalised section keeps its place.
        assert_eq!(
            page_title_parts("Travel Insurance - Quotes for Every Kind of Trip | Acme"),
            vec![
                "travel insurance quotes for every kind of trip acme",
                "travel insurance",
                "quotes for every kind of trip"
            ]
        );
        let infos: Vec<Info> = [
            "Fields - Example Docs",
            "Example Docs",
            "Fields",
            "A field is declared with a type and an optional default value.",
        ]
        .into_iter()
        .map(en)
        .collect();
        assert_eq!(headline_repeating_page_title(&infos), Some(2));
        assert!(is_page_title_trail(&en(
            "Staple Shirt Classic | Example Store"
        )));
        assert!(!is_page_title_trail(&en("Home | News")));
    }

    #[test]
    fn subtitles_are_not_bylines() {
        assert!(!is_subtitle(&en("Youp")));
        assert!(is_subtitle(&en(
            "Putin Signals Openness to Ukraine Talks Without Preconditions"
        )));
    }

    #[test]
    fn grids_adjoining_the_body_span() {
        // Two grids chained above the span (gaps of 2 and 3 lines), one
        // overlapping its end, one too far below it.
        let grids = vec![10..20, 22..40, 95..110, 130..150];
        let (before, after) = adjoining_grids(&grids, (43, 100));
        assert_eq!(before, vec![10..20, 22..40]);
        assert_eq!(after, vec![101..110]);
        // A grid far from the span joins nothing.
        let far: Vec<Range<usize>> = vec![Range { start: 0, end: 10 }];
        let (before, after) = adjoining_grids(&far, (30, 40));
        assert!(before.is_empty() && after.is_empty());
    }
}
