//! Metadata from an HTML document: JSON-LD, OpenGraph/Twitter/Dublin Core
//! meta tags, microdata, `<link rel=canonical>`, `<time>`, bylines in the DOM,
//! `<title>`/`<h1>`.
//!
//! One pass over the DOM gathers the raw signals (`Scan`); each field is
//! then taken from the strongest source that has it.

use crate::class_hints::{self, Hint};
use crate::html::dom::FastAttr;
use html5ever::{local_name, ns, LocalName};
use std::collections::BTreeMap;

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

use super::authors::{self, parse_byline};
use super::dates::{find_dates, original_publication_date, parse_date_with_locale};
use super::jsonld::{self, LdInfo};
use super::title::{
    clean_headline, decode_entities, fold, home_page_title, opens_with_site_name,
    reconcile_with_source, same_site, segments as title_segments, PageKind,
};
use super::url::{is_absolute_http, resolve};
use super::{language, Metadata};

// Bounds that keep the scan linear on very large pages.
const MAX_CANDIDATES: usize = 64;
const MAX_NEAR_H1_ELEMENTS: usize = 200;
const MAX_NEAR_H1_LINES: usize = 40;
const MAX_SHORT_TEXT: usize = 300;

/// Collect metadata from a parsed document.
pub fn from_document(doc: &Html, page_url: Option<&str>) -> Metadata {
    let noscript = noscript_markup(doc).map(crate::html::dom::parse_document);
    from_parsed(doc, noscript.as_ref(), page_url)
}

/// [`from_document`] with the page's [`noscript_markup`] already parsed
/// (the content extractor parses it once for both).
pub fn from_parsed(doc: &Html, noscript: Option<&Html>, page_url: Option<&str>) -> Metadata {
    let mut scan = Scan::run(doc);
    // Pages that serve their content inside <noscript> (read as raw text by
    // the parser): its markup holds the bylines and dates.
    if let Some(inner) = noscript {
        scan.fill_from(Scan::run(inner));
    }
    let ld = jsonld::extract(&scan.ld_blocks);
    let states_day = |day: &str, lang: Option<&str>| text_states_day(doc, day, lang);
    assemble(&scan, &ld, page_url, &states_day)
}

/// The page's text states `day` (`YYYY-MM-DD`) as a date that is not an
/// ambiguous numeric one ("3 October 2023", "2023-10-03"). Walked only to
/// read an ambiguous dateline, so rarely.
fn text_states_day(doc: &Html, day: &str, lang: Option<&str>) -> bool {
    let Some(year) = day.get(..4) else {
        return false;
    };
    preorder(doc.tree.root()).any(|n| {
        let Node::Text(t) = n.value() else {
            return false;
        };
        let t: &str = t;
        t.len() <= 300
            && t.contains(year)
            && !inside(n, &["script", "style"])
            && states_day_unambiguously(t, day, lang)
    })
}

/// `text` holds `day` in a form that reads one way only.
fn states_day_unambiguously(text: &str, day: &str, lang: Option<&str>) -> bool {
    find_dates(text, lang).iter().any(|d| {
        d.date.starts_with(day)
            && text
                .get(d.start..d.end)
                .is_some_and(|s| super::dates::other_numeric_reading(s, lang).is_none())
    })
}

/// An ambiguous numeric date takes its other reading when the page states
/// that day elsewhere in a form that reads one way only, and not this one
/// (a "03/10/2023" dateline on a page listing the post as "3 October 2023").
fn reading_the_page_states(
    date: String,
    other: Option<String>,
    states: impl Fn(&str) -> bool,
) -> String {
    match other {
        Some(o) if states(&o) && !states(day_of(&date)) => o,
        _ => date,
    }
}

/// The largest `<noscript>` text that is markup (over 1000 bytes with a
/// tag): the parser reads noscript content as raw text, and some pages
/// (forum crawler views) serve their whole content there.
pub fn noscript_markup(doc: &Html) -> Option<&str> {
    // Few pages have such a text: the tree's nodes, read in the order they
    // were made (no walk), tell whether to look for it in document order.
    let is_markup = |t: &str| t.len() > 1000 && t.contains('<');
    let any = doc.tree.nodes().any(|n| {
        matches!(n.value(), Node::Text(t) if is_markup(t))
            && n.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| e.name() == "noscript")
            })
    });
    if !any {
        return None;
    }
    let mut best: Option<&str> = None;
    for node in preorder(doc.tree.root()) {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        if el.value().name() != "noscript" {
            continue;
        }
        for t in el.text() {
            if is_markup(t) && best.map_or(true, |b: &str| t.len() > b.len()) {
                best = Some(t);
            }
        }
    }
    best
}

/// A `<time>` or date-bearing element with how much it looks like the
/// article's own date.
#[derive(Debug, Clone)]
struct TimeCandidate {
    value: String,
    score: i32,
    updated: bool,
}

/// Raw signals gathered in one pass over the DOM.
#[derive(Debug, Default)]
struct Scan {
    html_lang: Option<String>,
    title: Option<String>,
    h1s: Vec<String>,
    /// The `h1s` that are only a link to the front page (the site's logo).
    logo_h1s: Vec<String>,
    /// (lower-cased name/property/itemprop/http-equiv, content) of `<meta>`.
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    image_src: Option<String>,
    ld_blocks: Vec<String>,
    times: Vec<TimeCandidate>,
    /// (lower-cased itemprop, value) for author and date microdata.
    itemprops: Vec<(String, String)>,
    /// Texts of `rel=author` links and author/byline-classed elements.
    byline_elements: Vec<String>,
    /// Elements anywhere whose own text opens with a byline word
    /// ("Written by …"), with the name when it sits in the next element.
    byline_lines: Vec<String>,
    /// Short texts of the elements that follow the first `<h1>`.
    near_h1: Vec<String>,
    /// For each `near_h1` line that opens with a byline word, its byline
    /// read node by node.
    near_h1_bylines: Vec<Option<String>>,
    /// Short date-bearing texts just before the first `<h1>` (datelines
    /// above the headline), last few kept.
    before_h1: std::collections::VecDeque<String>,
    /// The first few of those short texts that hold a date: on a page
    /// without an `<h1>` they are the datelines nearest the top.
    first_dated: Vec<String>,
    subtitle: Option<String>,
    /// Authors of the posts of a thread in page order: `data-author` /
    /// `author` attributes of post containers (`true`), and texts of
    /// username-classed elements (`false`).
    post_authors: Vec<(String, bool)>,
    /// (normalized property, value) of RDFa-annotated body elements naming
    /// the author or a date (`<span property="dc:creator">`).
    rdfa: Vec<(String, String)>,
    /// Dates in an element right after a publication label or a byline
    /// ("<h4>Published</h4><div>July 8, 2025</div>"), anywhere on the page.
    labelled_dates: Vec<String>,
    /// Short lines that open with a date label and hold a date ("Last
    /// updated: November 13, 2025", "Posted on the 04/11/2024 at 08:15");
    /// each date in them is read as published or updated by the words
    /// before it.
    labelled_lines: Vec<String>,
    /// Texts of links to an author archive (`/author/jane-doe/`), outside
    /// comments and sidebars, each with whether it continues the co-author
    /// list of the link before it (same parent, only separators between).
    author_links: Vec<(String, bool)>,
    /// Short texts that say when the piece was first published ("This
    /// article was originally published on …"), first few.
    original_dates: Vec<String>,
    /// The last path segment, lower-cased letters and digits only, of links
    /// to a person's page (`/author/jane-doe`, `/profile/janedoe`).
    person_slugs: Vec<String>,
    /// [`is_in_boilerplate`] of the nodes below a parent, by the parent.
    boilerplate_below: rustc_hash::FxHashMap<ego_tree::NodeId, bool>,
}

/// Most characters of a short line with a date label.
const MAX_LABEL_LINE: usize = 120;

/// Most characters of a line that says when the piece was first published.
const MAX_ORIGINAL_DATE_LINE: usize = 300;

impl Scan {
    fn run(doc: &Html) -> Scan {
        let mut s = Scan::default();
        let mut after_h1: Option<usize> = None;
        // Not interned by the parser: compared as atoms made once per page.
        let author_atom = LocalName::from("author");
        let data_author_atom = LocalName::from("data-author");
        for node in preorder(doc.tree.root()) {
            let Some(el) = ElementRef::wrap(node) else {
                continue;
            };
            let v = el.value();
            // Tag names are compared as the parser's interned names (one
            // integer each), not as strings: this runs on every element.
            let name = &v.name.local;
            match *name {
                local_name!("html") if s.html_lang.is_none() => {
                    s.html_lang = v
                        .attr_atom(&local_name!("lang"))
                        .or_else(|| v.attr_atom(&local_name!("xml:lang")))
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(str::to_string);
                }
                local_name!("title") if s.title.is_none() && !inside(node, &["svg"]) => {
                    s.title = Some(decode_entities(&el.text().collect::<String>()))
                        .filter(|t| !t.trim().is_empty());
                }
                local_name!("meta") => s.add_meta(el),
                local_name!("link") => s.add_link(el),
                local_name!("script") => {
                    let ty = v
                        .attr_atom(&local_name!("type"))
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    if ty.contains("ld+json") && s.ld_blocks.len() < MAX_CANDIDATES {
                        s.ld_blocks.push(el.text().collect());
                    }
                }
                local_name!("h1") if s.h1s.len() < 10 => {
                    if let Some(t) = headline_text(el, MAX_SHORT_TEXT) {
                        if !s.in_boilerplate(node) {
                            if is_logo_heading(el) {
                                s.logo_h1s.push(decode_entities(&t));
                            }
                            s.h1s.push(decode_entities(&t));
                            if after_h1.is_none() {
                                after_h1 = Some(0);
                                continue;
                            }
                        }
                    }
                }
                _ => {}
            }
            let attrs = ScanAttrs::of(v, &author_atom, &data_author_atom);
            if let Some(ip) = attrs.itemprop {
                s.add_itemprop(el, ip);
            }
            if let Some(prop) = attrs.property {
                s.add_rdfa(el, prop);
            }
            // Only the byline tags read the first own text: one pass over
            // the children finds it with the digit test.
            let wants_byline_line = is_byline_line_tag(name) && s.byline_lines.len() < 20;
            let is_time = *name == local_name!("time");
            let own = OwnText::of(el, !is_time, wants_byline_line);
            if is_time {
                s.add_time(el);
            } else if own.has_digit {
                s.add_dated_element(el, after_h1.is_none());
                s.add_labelled_date(el);
                s.add_own_text_dates(el);
            }
            // Few links lead to a person's page: one test rules out the rest.
            let to_person_page = *name == local_name!("a")
                && v.attr_atom(&local_name!("href"))
                    .is_some_and(may_link_to_person_page);
            if to_person_page && s.author_links.len() < 8 {
                s.add_author_link(el);
            }
            if to_person_page && s.person_slugs.len() < MAX_CANDIDATES {
                s.add_person_slug(el);
            }
            // The class's and id's hint groups, read once for the gates below.
            let class_bits = attrs.class.map_or(0, class_hints::bits);
            let id_bits = attrs.id.map_or(0, class_hints::bits);
            if s.post_authors.len() < MAX_CANDIDATES
                && !matches!(*name, local_name!("meta") | local_name!("link"))
            {
                s.add_post_author(el, &attrs, class_bits);
            }
            if is_byline_element(el, class_bits | id_bits)
                && s.byline_elements.len() < MAX_CANDIDATES
                && (!s.in_boilerplate(node) || in_address_outside_comments(el))
            {
                // A long author box (name, role, bio) still starts with the name.
                if let Some(t) = byline_text(el) {
                    s.byline_elements.push(t);
                }
            }
            if wants_byline_line {
                s.add_byline_line(el, own.first_text);
            }
            if let Some(n) = after_h1.as_mut() {
                if *n < MAX_NEAR_H1_ELEMENTS && s.near_h1.len() < MAX_NEAR_H1_LINES {
                    *n += 1;
                    s.add_near_h1(el, own.has_digit);
                }
            }
        }
        s
    }

    /// [`is_in_boilerplate`] of a node, remembered by its parent: the
    /// answer reads only the node's ancestors, and siblings ask in turn.
    fn in_boilerplate(&mut self, node: NodeRef<Node>) -> bool {
        let Some(parent) = node.parent() else {
            return is_in_boilerplate(node);
        };
        *self
            .boilerplate_below
            .entry(parent.id())
            .or_insert_with(|| is_in_boilerplate(node))
    }

    fn add_meta(&mut self, el: ElementRef) {
        let v = el.value();
        let Some(content) = v
            .attr_atom(&local_name!("content"))
            .map(str::trim)
            .filter(|c| !c.is_empty())
        else {
            return;
        };
        if self.metas.len() > 2000 {
            return;
        }
        if is_ld_json_meta(el) && self.ld_blocks.len() < MAX_CANDIDATES {
            self.ld_blocks.push(content.to_string());
            return;
        }
        for key in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(k) = v.attr_str(key) {
                self.metas.push((meta_key(k), decode_entities(content)));
            }
        }
    }

    fn add_link(&mut self, el: ElementRef) {
        let v = el.value();
        let rel = v
            .attr_atom(&local_name!("rel"))
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(href) = v
            .attr_atom(&local_name!("href"))
            .map(str::trim)
            .filter(|h| !h.is_empty())
        else {
            return;
        };
        let rels: Vec<&str> = rel.split_whitespace().collect();
        if rels.contains(&"canonical") && self.canonical.is_none() {
            self.canonical = Some(href.to_string());
        } else if rels.contains(&"image_src") && self.image_src.is_none() {
            self.image_src = Some(href.to_string());
        }
    }

    fn add_itemprop(&mut self, el: ElementRef, itemprop: &str) {
        if self.itemprops.len() >= MAX_CANDIDATES || el.value().name() == "meta" {
            return;
        }
        let prop = itemprop.trim().to_ascii_lowercase();
        let v = el.value();
        let value = match prop.as_str() {
            "author" | "creator" => {
                if self.in_boilerplate(*el) {
                    return;
                }
                let inner_name = preorder(*el)
                    .take(200)
                    .filter_map(ElementRef::wrap)
                    .find(|e| {
                        e.value()
                            .attr_atom(&local_name!("itemprop"))
                            .is_some_and(|p| p.trim() == "name")
                    })
                    .and_then(|e| {
                        e.value()
                            .attr_atom(&local_name!("content"))
                            .map(str::to_string)
                            .or_else(|| short_text(e, 200))
                    });
                inner_name
                    .or_else(|| v.attr_atom(&local_name!("content")).map(str::to_string))
                    .or_else(|| short_text(el, 200))
            }
            "headline" if in_article_item(el) => v
                .attr_atom(&local_name!("content"))
                .map(str::to_string)
                .or_else(|| short_text(el, MAX_SHORT_TEXT)),
            // A reply's date (a Comment or Answer item) is not the page's.
            "datepublished" | "datemodified" | "datecreated" | "uploaddate"
                if in_reply_item(el) =>
            {
                return
            }
            "datepublished" | "datemodified" | "datecreated" | "uploaddate" => v
                .attr_atom(&local_name!("content"))
                .or_else(|| v.attr_atom(&local_name!("datetime")))
                .map(str::to_string)
                .or_else(|| short_text(el, 200)),
            _ => return,
        };
        // The author of a reply (a Comment or Answer item) is kept apart.
        let prop = if matches!(prop.as_str(), "author" | "creator") && in_reply_item(el) {
            "reply-author".to_string()
        } else {
            prop
        };
        if let Some(value) = value.filter(|x| !x.trim().is_empty()) {
            self.itemprops.push((prop, value));
        }
    }

    /// Take the DOM signals this scan lacks from the scan of the page's
    /// `<noscript>` markup (head signals stay the outer page's).
    fn fill_from(&mut self, inner: Scan) {
        fn fill<T>(outer: &mut Vec<T>, inner: Vec<T>) {
            if outer.is_empty() {
                *outer = inner;
            }
        }
        fill(&mut self.h1s, inner.h1s);
        fill(&mut self.logo_h1s, inner.logo_h1s);
        fill(&mut self.ld_blocks, inner.ld_blocks);
        fill(&mut self.times, inner.times);
        fill(&mut self.itemprops, inner.itemprops);
        fill(&mut self.byline_elements, inner.byline_elements);
        fill(&mut self.byline_lines, inner.byline_lines);
        fill(&mut self.labelled_dates, inner.labelled_dates);
        fill(&mut self.labelled_lines, inner.labelled_lines);
        fill(&mut self.post_authors, inner.post_authors);
        fill(&mut self.author_links, inner.author_links);
        fill(&mut self.original_dates, inner.original_dates);
        if self.near_h1.is_empty() {
            self.near_h1 = inner.near_h1;
            self.near_h1_bylines = inner.near_h1_bylines;
        }
        if self.before_h1.is_empty() {
            self.before_h1 = inner.before_h1;
            self.first_dated = inner.first_dated;
        }
        if self.subtitle.is_none() {
            self.subtitle = inner.subtitle;
        }
    }

    /// An RDFa property on a body element that names the author or a date:
    /// its `content`, `datetime` or text.
    fn add_rdfa(&mut self, el: ElementRef, property: &str) {
        if self.rdfa.len() >= MAX_CANDIDATES || matches!(el.value().name(), "meta" | "link") {
            return;
        }
        let key = meta_key(property);
        let known = [&RDFA_AUTHOR[..], &RDFA_PUBLISHED, &RDFA_MODIFIED]
            .iter()
            .any(|keys| keys.contains(&key.as_str()));
        if !known || self.in_boilerplate(*el) {
            return;
        }
        let v = el.value();
        let value = v
            .attr_atom(&local_name!("content"))
            .or_else(|| v.attr_atom(&local_name!("datetime")))
            .map(str::to_string)
            .or_else(|| short_text(el, 200));
        if let Some(value) = value.filter(|x| !x.trim().is_empty()) {
            self.rdfa.push((key, decode_entities(value.trim())));
        }
    }

    /// The first RDFa value of one of `keys`, with its key.
    fn rdfa_keyed(&self, keys: &[&'static str]) -> Option<(&'static str, &str)> {
        keys.iter().find_map(|k| {
            self.rdfa
                .iter()
                .find(|(rk, _)| rk == k)
                .map(|(_, v)| (*k, v.as_str()))
        })
    }

    /// A post's author named by an attribute of its container, or a
    /// username-classed element, outside comment and sidebar regions.
    /// `attrs`: the element's attributes; `class_bits`: the hint groups of
    /// its class.
    fn add_post_author(&mut self, el: ElementRef, attrs: &ScanAttrs, class_bits: u8) {
        let attr = attrs
            .data_author
            .or(attrs.author)
            .map(str::trim)
            .filter(|a| !a.is_empty() && a.chars().count() <= 60);
        let marked = match attr {
            Some(a) => Some((decode_entities(a), true)),
            None if names_username(el, class_bits) && !in_account_menu(el) => {
                short_text(el, 60).map(|t| (t, false))
            }
            None => None,
        };
        if let Some((a, by_attr)) = marked {
            if !self.in_boilerplate(*el) {
                self.post_authors.push((a.trim().to_string(), by_attr));
            }
        }
    }

    /// A link to an author archive page: its text names the author.
    fn add_author_link(&mut self, el: ElementRef) {
        let Some(href) = el.value().attr_atom(&local_name!("href")) else {
            return;
        };
        if !links_to_author_archive(href) || self.in_boilerplate(*el) {
            return;
        }
        if let Some(t) = short_text(el, 60) {
            let joined = !self.author_links.is_empty() && follows_co_author_link(el);
            self.author_links.push((decode_entities(&t), joined));
        }
    }

    /// A link to a person's page: its slug names the person.
    fn add_person_slug(&mut self, el: ElementRef) {
        let Some(href) = el.value().attr_atom(&local_name!("href")) else {
            return;
        };
        if let Some(slug) = person_page_slug(href) {
            self.person_slugs.push(slug);
        }
    }

    fn add_time(&mut self, el: ElementRef) {
        if self.times.len() >= MAX_CANDIDATES || self.in_boilerplate(*el) {
            return;
        }
        let v = el.value();
        // A datetime attribute that is no date ("PT5M", garbage) yields to the text.
        let Some(value) = v
            .attr_atom(&local_name!("datetime"))
            .filter(|d| super::dates::parse_date(d).is_some())
            .map(str::to_string)
            .or_else(|| short_text(el, 100))
        else {
            return;
        };
        self.push_date_candidate(el, value);
    }

    /// A non-`<time>` element with its own digits: a date-classed element
    /// ("post-date", "published") becomes a date candidate; before the
    /// first h1 any short dateline is remembered.
    fn add_dated_element(&mut self, el: ElementRef, before_h1: bool) {
        // The element's or its parent's class or id names a date or meta line.
        let dated = class_or_id_holds(el, Hint::Dated)
            || el
                .parent()
                .and_then(ElementRef::wrap)
                .is_some_and(|p| class_or_id_holds(p, Hint::Dated));
        if !dated && !before_h1 {
            return;
        }
        let Some(text) = short_text(el, 120) else {
            return;
        };
        if before_h1 && !self.in_boilerplate(*el) {
            if self.first_dated.len() < 6 && holds_a_date(&text) {
                self.first_dated.push(text.clone());
            }
            if self.before_h1.len() >= 6 {
                self.before_h1.pop_front();
            }
            self.before_h1.push_back(text.clone());
        }
        if dated
            && self.times.len() < MAX_CANDIDATES
            && super::dates::parse_date(&text).is_some()
            && !self.in_boilerplate(*el)
        {
            self.push_date_candidate(el, text);
        }
    }

    /// A short date whose previous sibling element is a publication label
    /// or a byline: the label says what the date is, even outside the
    /// article header (a meta column classed as a sidebar).
    fn add_labelled_date(&mut self, el: ElementRef) {
        if self.labelled_dates.len() >= 8 {
            return;
        }
        let Some(prev) = el.prev_siblings().find_map(ElementRef::wrap) else {
            return;
        };
        let Some(label) = short_text(prev, 80) else {
            return;
        };
        if !(is_publication_label(&label) || starts_with_byline_word(&label)) {
            return;
        }
        if let Some(text) = short_text(el, 60).filter(|t| super::dates::parse_date(t).is_some()) {
            self.labelled_dates.push(text);
        }
    }

    /// An element whose own text opens with a publication or update label
    /// and holds a date ("Last updated: November 13, 2025"), or says when
    /// the piece was first published ("originally published on …"),
    /// anywhere outside comments and sidebars. The own text is read once
    /// for both.
    fn add_own_text_dates(&mut self, el: ElementRef) {
        let wants_label_line = self.labelled_lines.len() < 8;
        let wants_original = self.original_dates.len() < 2;
        if !wants_label_line && !wants_original {
            return;
        }
        let Some(text) = own_text(el, MAX_ORIGINAL_DATE_LINE) else {
            return;
        };
        if wants_label_line
            && text.chars().count() <= MAX_LABEL_LINE
            && super::dates::date_label(&text).is_some()
            && holds_a_date(&text)
            && !self.in_boilerplate(*el)
        {
            self.labelled_lines.push(text.clone());
        }
        if wants_original
            && super::dates::original_publication_date(&text, None).is_some()
            && !self.in_boilerplate(*el)
        {
            self.original_dates.push(text);
        }
    }

    fn push_date_candidate(&mut self, el: ElementRef, value: String) {
        let v = el.value();
        let hints = element_and_parent_hints(el);
        let itemprop = v
            .attr_atom(&local_name!("itemprop"))
            .unwrap_or("")
            .to_ascii_lowercase();
        // Themes mark the one date "published updated": only an update mark
        // without a publication mark makes an update date.
        let marks_publication = itemprop.contains("published")
            || hints.contains("publish")
            || hints.contains("posted")
            || hints.contains("pubdate");
        let updated = itemprop.contains("modified")
            || ((hints.contains("updat") || hints.contains("modif")) && !marks_publication)
            || update_label_before(el).is_some()
            || shows_update_label(el);
        let mut score = 0;
        // Explicit markup of the publication date.
        if itemprop.contains("datepublished") || v.attr_str("pubdate").is_some() {
            score += 3;
        }
        // Classes that name a publication date.
        if hints.contains("publish") || hints.contains("pub") || hints.contains("posted") {
            score += 2;
        } else if hints.contains("date") || hints.contains("time") || hints.contains("meta") {
            score += 1;
        }
        // Inside the article header or an article.
        if inside(*el, &["header", "article"]) {
            score += 1;
        }
        self.times.push(TimeCandidate {
            value,
            score,
            updated,
        });
    }

    /// `first_text`: the element's `first_own_text`.
    fn add_byline_line(&mut self, el: ElementRef, first_text: Option<&str>) {
        // Most elements' text opens with no byline word: test before joining it.
        if !first_text.is_some_and(may_start_with_byline_word) {
            return;
        }
        let Some(own) = own_text(el, 60) else {
            return;
        };
        if !starts_with_byline_word(&own) || self.in_boilerplate(*el) {
            return;
        }
        // A dash opens a signature only where it opens the element's text:
        // after a link ("<a>A guide</a> - Example University", a reference
        // list) it separates a title from its source.
        if own.trim_start().starts_with(['-', '—'])
            && (follows_a_quotation(el) || !opens_with_own_text(el))
        {
            return;
        }
        let line = if authors::is_byline_label(&own) && el.children().count() == 1 {
            // "Written by" as a label, the name in the next element.
            el.next_siblings()
                .find_map(ElementRef::wrap)
                .and_then(byline_text)
                .map(|name| format!("{own} {name}"))
        } else {
            byline_text(el)
        };
        if let Some(l) = line {
            self.byline_lines.push(l);
        }
    }

    /// `has_digit`: the element's `own_text_has_digit` (for a `<time>`,
    /// anything).
    fn add_near_h1(&mut self, el: ElementRef, has_digit: bool) {
        let name = &el.value().name.local;
        if !is_text_line_tag(name)
            && !matches!(
                *name,
                local_name!("time")
                    | local_name!("a")
                    | local_name!("em")
                    | local_name!("strong")
                    | local_name!("h2")
                    | local_name!("h3")
                    | local_name!("section")
                    | local_name!("header")
                    | local_name!("b")
                    | local_name!("fieldset")
                    | local_name!("article")
                    | local_name!("dd")
            )
        {
            return;
        }
        // A long container still has short text of its own (a dateline as a
        // bare text node between blocks).
        let Some(t) = short_text(el, 200).or_else(|| own_text(el, 120)) else {
            return;
        };
        if t.chars().count() < 3 || self.near_h1.last() == Some(&t) {
            return;
        }
        if t.starts_with(['-', '—']) && follows_a_quotation(el) {
            return;
        }
        // A date whose update label stands outside it keeps the label.
        let dated = *name == local_name!("time") || has_digit;
        let t = match dated.then(|| update_label_before(el)).flatten() {
            Some(label) => format!("{label} {t}"),
            None => t,
        };
        if self.subtitle.is_none() && is_subtitle_element(el) && t.split_whitespace().count() >= 4 {
            self.subtitle = Some(t.clone());
        }
        // A byline read node by node, so a role or a second block glued
        // after the name stays out.
        let byline = if starts_with_byline_word(&t) {
            byline_text(el)
        } else {
            None
        };
        self.near_h1.push(t);
        self.near_h1_bylines.push(byline);
    }
}

/// The attributes the scan reads on every element, found in one pass over
/// the element's attributes (the first of each name, as `attr_atom` finds).
#[derive(Debug, Default)]
struct ScanAttrs<'a> {
    itemprop: Option<&'a str>,
    property: Option<&'a str>,
    class: Option<&'a str>,
    id: Option<&'a str>,
    data_author: Option<&'a str>,
    author: Option<&'a str>,
}

impl<'a> ScanAttrs<'a> {
    /// `author` and `data_author`: those names as atoms (the parser does not
    /// intern them statically).
    fn of(v: &'a scraper::node::Element, author: &LocalName, data_author: &LocalName) -> Self {
        let mut a = ScanAttrs::default();
        for (k, value) in v.attrs.iter() {
            let slot = match k.local {
                local_name!("itemprop") => &mut a.itemprop,
                local_name!("property") => &mut a.property,
                local_name!("class") => &mut a.class,
                local_name!("id") => &mut a.id,
                ref l if l == author => &mut a.author,
                ref l if l == data_author => &mut a.data_author,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(&**value);
            }
        }
        a
    }
}

/// Tags that commonly hold one line of text of their own (a byline, a
/// dateline), as both the byline-line and the near-headline reads have it.
fn is_text_line_tag(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("p")
            | local_name!("div")
            | local_name!("span")
            | local_name!("li")
            | local_name!("address")
            | local_name!("small")
    )
}

/// Tags whose own text may open with a byline word ("By Jane Doe").
fn is_byline_line_tag(name: &LocalName) -> bool {
    is_text_line_tag(name)
        || matches!(
            *name,
            local_name!("h2")
                | local_name!("h3")
                | local_name!("h4")
                | local_name!("h5")
                | local_name!("h6")
                | local_name!("strong")
                | local_name!("em")
                | local_name!("b")
        )
}

/// What the scan reads of an element's own text nodes, in one pass over its
/// children: whether they hold a digit (`own_text_has_digit`) and the
/// first non-blank one (`first_own_text`), each only when asked for.
#[derive(Debug, Default)]
struct OwnText<'a> {
    has_digit: bool,
    first_text: Option<&'a str>,
}

impl<'a> OwnText<'a> {
    fn of(el: ElementRef<'a>, digit: bool, first: bool) -> Self {
        let mut out = OwnText::default();
        let (mut want_digit, mut want_first) = (digit, first);
        for (i, c) in el.children().enumerate() {
            // `first_own_text` reads the first 200 children.
            want_first &= i < 200;
            if !want_digit && !want_first {
                break;
            }
            let Node::Text(t) = c.value() else {
                continue;
            };
            let mut text: &str = t;
            if want_first {
                // Blanks hold no digit: only the trimmed text is searched.
                text = trim_text(text);
                if !text.is_empty() {
                    out.first_text = Some(text);
                    want_first = false;
                }
            }
            if want_digit && has_ascii_digit(text.as_bytes()) {
                out.has_digit = true;
                want_digit = false;
            }
        }
        out
    }
}

/// The eight bytes at `i` as one word (first byte lowest), if there are
/// eight.
fn chunk_at(b: &[u8], i: usize) -> Option<u64> {
    let c = b.get(i..i + 8)?;
    <[u8; 8]>::try_from(c).ok().map(u64::from_le_bytes)
}

/// The first flagged byte of `b`, by the SWAR test `flags` (high bit of a
/// byte's lane) eight bytes at a time, or by `test` on a short `b`. The
/// last eight bytes are read as one word, overlapping the word before:
/// what that word flags again was not flagged before.
fn first_flagged(
    b: &[u8],
    flags: impl Fn(u64) -> u64,
    test: impl Fn(&u8) -> bool,
) -> Option<usize> {
    let Some(last) = b.len().checked_sub(8) else {
        return b.iter().position(test);
    };
    let mut i = 0;
    loop {
        let at = i.min(last);
        let found = chunk_at(b, at).map_or(0, &flags) & crate::ascii::swar::HIGH_BITS;
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        if at == last {
            return None;
        }
        i += 8;
    }
}

/// Whether the bytes hold an ASCII digit, tested eight bytes at a time
/// (this reads the own text of every element).
fn has_ascii_digit(b: &[u8]) -> bool {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // A byte's high bit is set when it is below 0x80 and above b'0' - 1
    // and below b'9' + 1; no byte's sum or difference reaches its
    // neighbour.
    let digits = |x: u64| {
        let low = x & LOW7;
        let below = (ONES * (127 + u64::from(b'9' + 1))).wrapping_sub(low);
        let above = low + ONES * (127 - u64::from(b'0' - 1));
        below & !x & above
    };
    first_flagged(b, digits, u8::is_ascii_digit).is_some()
}

/// Where the first byte that is no ASCII blank (space, `\t`..=`\r`) is,
/// eight bytes at a time.
fn first_non_blank(b: &[u8]) -> Option<usize> {
    use crate::ascii::swar;
    let other = |x: u64| {
        let low = x & !swar::HIGH_BITS;
        // Bytes of 0x80 and above are no ASCII blank.
        let blank = (swar::bytes_equal(low, b' ') | swar::bytes_in(low, b'\t', b'\r')) & !x;
        !blank
    };
    first_flagged(b, other, |c| !matches!(c, b' ' | b'\t'..=b'\r'))
}

/// `s.trim()`, with the ASCII blanks around most text nodes skipped a byte
/// at a time (std's trim decodes each character).
#[inline]
fn trim_text(s: &str) -> &str {
    let b = s.as_bytes();
    let blank = |c: &u8| matches!(c, b' ' | b'\t'..=b'\r');
    // Most blank text nodes (indentation) are read once.
    let Some(start) = first_non_blank(b) else {
        return "";
    };
    let end = b.iter().rposition(|c| !blank(c)).map_or(start, |i| i + 1);
    let mid = s.get(start..end).unwrap_or("");
    // A non-ASCII character at either end may be a Unicode blank (a
    // no-break space).
    let m = mid.as_bytes();
    if m.first().is_some_and(|c| !c.is_ascii()) || m.last().is_some_and(|c| !c.is_ascii()) {
        mid.trim()
    } else {
        mid
    }
}

/// A `<meta name="script:ld+json" content="{…}">`: JSON-LD that a site
/// framework's metadata API can only emit as a meta tag.
fn is_ld_json_meta(el: ElementRef) -> bool {
    el.value()
        .attr_atom(&local_name!("name"))
        .is_some_and(|n| n.trim().eq_ignore_ascii_case("script:ld+json"))
}

/// Text holds a date in some reading: an ambiguous numeric date
/// ("01-04-2024") counts, the page's language reads it later.
fn holds_a_date(text: &str) -> bool {
    super::dates::parse_date_with_locale(text, Some("en-GB")).is_some()
}

/// A date element whose own text opens with an update label ("Updated on
/// May 27, 2025"): the reader is told it is an update, whatever its class.
fn shows_update_label(el: ElementRef) -> bool {
    short_text(el, 80).is_some_and(|t| super::dates::date_label(&t) == Some(true))
}

/// The text just before an element, inside the same parent, is an update
/// label: "Last updated: <time>…</time>", "Updated <span>…</span>".
fn update_label_before(el: ElementRef) -> Option<String> {
    let mut before = String::new();
    // Up to three labels or connectors with the blanks between them
    // ("Last Updated</span> <span>on</span> <span>…").
    for sib in el.prev_siblings().take(5) {
        let t: String = match sib.value() {
            Node::Text(t) => t.to_string(),
            Node::Element(_) => ElementRef::wrap(sib)
                .and_then(|e| short_text(e, 40))
                .unwrap_or_default(),
            _ => String::new(),
        };
        before.insert_str(0, &t);
        if before.trim().chars().count() >= 3 {
            break;
        }
    }
    let before = before.trim();
    (before.chars().count() <= 40 && super::dates::date_label(before) == Some(true))
        .then(|| before.to_string())
}

/// A label that introduces a publication date: "Published", "Posted on",
/// "Date:", "Veröffentlicht", "Publié le", "Publicado".
fn is_publication_label(s: &str) -> bool {
    let l = s.trim().trim_end_matches(':').trim().to_lowercase();
    const LABELS: [&str; 14] = [
        "published",
        "published on",
        "posted",
        "posted on",
        "date",
        "publish date",
        "publication date",
        "veröffentlicht",
        "veröffentlicht am",
        "publié le",
        "publié",
        "publicado",
        "publicado el",
        "pubblicato",
    ];
    LABELS.contains(&l.as_str())
}

/// Class and id of an element and its parent, lower-cased.
fn element_and_parent_hints(el: ElementRef) -> String {
    let mut hints = class_and_id(el).to_ascii_lowercase();
    if let Some(p) = el.parent().and_then(ElementRef::wrap) {
        hints.push(' ');
        hints.push_str(&class_and_id(p).to_ascii_lowercase());
    }
    hints
}

/// The non-empty text nodes of an element, outside scripts (bounded).
fn text_nodes(el: ElementRef, max_nodes: usize) -> Vec<String> {
    let mut out = Vec::new();
    for n in preorder(*el).take(400) {
        if let Node::Text(t) = n.value() {
            let in_script = n
                .parent()
                .and_then(ElementRef::wrap)
                .is_some_and(|p| matches!(p.value().name(), "script" | "style" | "noscript"));
            let t: &str = t;
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            if !in_script && !t.is_empty() {
                out.push(t);
                if out.len() >= max_nodes {
                    break;
                }
            }
        }
    }
    out
}

/// The byline inside an author element, read node by node so that the
/// role, bio or a second block glued after the name stay out: leading
/// labels ("By"), then the first text that holds a name, then further names
/// joined by connectors (",", "and", "&").
fn byline_text(el: ElementRef) -> Option<String> {
    byline_from_nodes(&text_nodes(el, 24))
}

fn byline_from_nodes(nodes: &[String]) -> Option<String> {
    let mut prefix = String::new();
    let mut i = 0;
    while let Some(n) = nodes.get(i).filter(|n| authors::is_byline_label(n)) {
        prefix.push_str(n);
        prefix.push(' ');
        i += 1;
    }
    for j in i..nodes.len().min(i + 4) {
        let Some(node) = nodes.get(j) else { break };
        let candidate = format!("{prefix}{node}");
        if parse_byline(&candidate).0.is_empty() {
            // Only short bits (a date, an avatar caption) may come before
            // the name; after a sentence, a linked phrase is no byline.
            if node.split_whitespace().count() > 4 {
                return None;
            }
            continue;
        }
        let mut out = candidate;
        let mut k = j + 1;
        while let Some(conn) = nodes.get(k) {
            if is_name_connector(conn) {
                let Some(next) = nodes.get(k + 1) else { break };
                out.push_str(&format!(" {conn} {next}"));
                k += 2;
            } else if starts_with_name_connector(conn) {
                out.push(' ');
                out.push_str(conn);
                k += 1;
            } else {
                break;
            }
        }
        return Some(out);
    }
    None
}

/// A node that continues a list of names: "und Erika Mustermann", ", Bo Kim".
fn starts_with_name_connector(s: &str) -> bool {
    let t = s.trim_start();
    if t.starts_with(',') || t.starts_with('&') {
        return true;
    }
    t.split_once(' ')
        .is_some_and(|(w, rest)| is_name_connector(w) && !rest.trim().is_empty())
}

/// Text between two names in a byline: ",", "and", "&", "und", "et", "y".
fn is_name_connector(s: &str) -> bool {
    let t = s
        .trim()
        .trim_matches(|c: char| c == ',' || c.is_whitespace())
        .to_lowercase();
    t.is_empty() || t == "&" || authors::is_name_joiner(&t)
}

/// The cheap part of [`starts_with_byline_word`]: its first word is one, or
/// it opens with a dash ("— Jane Doe" counts as a byline).
fn may_start_with_byline_word(line: &str) -> bool {
    // (Most lines open with a letter: nothing to trim.)
    if line
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return authors::opens_with_byline_word(line);
    }
    let l = line.trim_start();
    l.starts_with(['-', '—']) || authors::opens_with_byline_word(l)
}

/// Whether the text just before an element closes a quotation: a dash
/// line there ("“…” — Jane Doe, activist") says who is quoted, not who
/// wrote the page.
fn follows_a_quotation(el: ElementRef) -> bool {
    let mut node = *el;
    // The element may open its parent (`<em><span>— Jane Doe</span></em>`).
    for _ in 0..3 {
        if let Some(text) = node.prev_siblings().take(3).find_map(last_text) {
            return text.ends_with(['”', '"', '»', '’', '」']);
        }
        let Some(parent) = node.parent() else {
            return false;
        };
        node = parent;
    }
    false
}

/// Whether an element's first non-blank text is its own (no child element
/// with text comes before it).
fn opens_with_own_text(el: ElementRef) -> bool {
    preorder(*el)
        .take(200)
        .find_map(|n| match n.value() {
            Node::Text(t) if !t.trim().is_empty() => Some(n.parent() == Some(*el)),
            _ => None,
        })
        .unwrap_or(false)
}

/// The last non-blank text in a node (itself or its first descendants).
fn last_text(node: NodeRef<'_, Node>) -> Option<&str> {
    preorder(node)
        .take(200)
        .filter_map(|n| match n.value() {
            Node::Text(t) => Some(t.trim()).filter(|t| !t.is_empty()),
            _ => None,
        })
        .last()
}

/// The first of an element's own non-blank text nodes, trimmed: where its
/// [`own_text`] starts (the scan reads it with [`OwnText`]).
#[cfg(test)]
fn first_own_text<'a>(el: ElementRef<'a>) -> Option<&'a str> {
    el.children().take(200).find_map(|c| match c.value() {
        Node::Text(t) => Some(t.trim()).filter(|t| !t.is_empty()),
        _ => None,
    })
}

/// A line that opens with an explicit byline word ("By", "Written by",
/// "Von", "Par", "Autor:").
fn starts_with_byline_word(line: &str) -> bool {
    let l = line.trim_start();
    if !may_start_with_byline_word(l) {
        return false;
    }
    let stripped = authors::strip_byline_prefix(l);
    stripped.len() < l.len() || {
        let lower = l.to_lowercase();
        [
            "written by",
            "posted by",
            "by",
            "von",
            "par",
            "por",
            "door",
            "autor",
            "author",
        ]
        .iter()
        .any(|p| lower == *p || lower.strip_prefix(p).is_some_and(|r| r.trim() == ":"))
    }
}

/// The element's own text nodes joined, when short.
fn own_text(el: ElementRef, max: usize) -> Option<String> {
    let mut out = String::new();
    for c in el.children().take(200) {
        if let Node::Text(t) = c.value() {
            let t = trim_text(t);
            if !t.is_empty() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(t);
            }
        }
        if out.len() > max * 4 {
            return None;
        }
    }
    (!out.is_empty() && out.chars().count() <= max).then_some(out)
}

/// The element's own text nodes (not its descendants') contain a digit: a
/// cheap filter before reading its text as a date (the scan reads it with
/// [`OwnText`]).
#[cfg(test)]
fn own_text_has_digit(el: ElementRef) -> bool {
    el.children().any(|c| match c.value() {
        Node::Text(t) => t.bytes().any(|b| b.is_ascii_digit()),
        _ => false,
    })
}

/// The nodes of a subtree, its root first, in document order: what
/// `descendants()` yields, walked by child and sibling links (the scan and
/// the text reads walk every node; `descendants()` steps twice per node).
struct Preorder<'a> {
    root: NodeRef<'a, Node>,
    next: Option<NodeRef<'a, Node>>,
}

fn preorder(root: NodeRef<'_, Node>) -> Preorder<'_> {
    Preorder {
        root,
        next: Some(root),
    }
}

impl<'a> Iterator for Preorder<'a> {
    type Item = NodeRef<'a, Node>;

    fn next(&mut self) -> Option<Self::Item> {
        let node = self.next?;
        self.next = node.first_child().or_else(|| {
            // The next sibling of the nearest of node and its ancestors
            // that has one, below the root.
            let mut n = node;
            loop {
                if n.id() == self.root.id() {
                    return None;
                }
                if let Some(s) = n.next_sibling() {
                    return Some(s);
                }
                n = n.parent()?;
            }
        });
        Some(node)
    }
}

/// The node has an ancestor with one of these tag names.
fn inside(node: NodeRef<Node>, tags: &[&str]) -> bool {
    node.ancestors()
        .take(60)
        .filter_map(ElementRef::wrap)
        .any(|a| tags.contains(&a.value().name()))
}

// Whether the class or id of an element holds a word of a hint group, in
// any ASCII case (these tests run on every element).
fn class_or_id_holds(el: ElementRef, hint: Hint) -> bool {
    let v = el.value();
    v.attr_atom(&local_name!("class"))
        .is_some_and(|c| class_hints::holds(c, hint))
        || v.attr_atom(&local_name!("id"))
            .is_some_and(|i| class_hints::holds(i, hint))
}

fn class_and_id(el: ElementRef) -> String {
    let v = el.value();
    let mut s = String::new();
    if let Some(c) = v.attr_atom(&local_name!("class")) {
        s.push_str(c);
    }
    if let Some(i) = v.attr_atom(&local_name!("id")) {
        s.push(' ');
        s.push_str(i);
    }
    s
}

// Class/id words of regions whose authors and dates are not the article's:
// comments, related stories, sidebars, footers, widgets, customers'
// testimonials.
pub(crate) const BOILERPLATE_HINTS: [&str; 11] = [
    "comment",
    "related",
    "sidebar",
    "widget",
    "recommend",
    "footer",
    "popular",
    "trending",
    "newsletter",
    "reply",
    "testimonial",
];

/// A URL whose path has an `author`/`authors` segment followed by a slug:
/// the archive page of one writer (`/author/jane-doe/`, `/blog/authors/jd`).
fn links_to_author_archive(href: &str) -> bool {
    // Most links have no "author" anywhere (this runs on every link).
    if !crate::ascii::contains_ignore_case(href.as_bytes(), b"author") {
        return false;
    }
    let path = href.split(['?', '#']).next().unwrap_or(href);
    let path = path.split_once("://").map_or(path, |(_, r)| r);
    let mut segs = path.split('/').filter(|s| !s.is_empty());
    while let Some(seg) = segs.next() {
        if seg.eq_ignore_ascii_case("author") || seg.eq_ignore_ascii_case("authors") {
            return segs.next().is_some();
        }
    }
    false
}

// Path segments of a person's page (an author archive is one).
const PERSON_SEGMENTS: [&str; 12] = [
    "author",
    "authors",
    "profile",
    "profiles",
    "userprofile",
    "people",
    "person",
    "team",
    "staff",
    "contributor",
    "contributors",
    "experts",
];

/// The first four letters of each [`PERSON_SEGMENTS`] word, as
/// little-endian keys (a word shorter than four letters fails the build).
const PERSON_OPENINGS: [u32; PERSON_SEGMENTS.len()] = {
    let mut keys = [0u32; PERSON_SEGMENTS.len()];
    let mut i = 0;
    while i < keys.len() {
        let w = PERSON_SEGMENTS[i].as_bytes();
        keys[i] = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        i += 1;
    }
    keys
};

/// Whether an href may link to a person's page or an author archive: a
/// segment of it (at its start or after a slash) opens with the first
/// four letters of a [`PERSON_SEGMENTS`] word. Most links fail this, and
/// are ruled out before their segments are read.
fn may_link_to_person_page(href: &str) -> bool {
    let b = href.as_bytes();
    // (Setting bit 5 of each byte lower-cases ASCII letters and turns no
    // other byte into one, so the keys match in any ASCII case.)
    let opens_segment_word = |i: usize| {
        b.get(i..i + 4)
            .and_then(|w| <[u8; 4]>::try_from(w).ok())
            .is_some_and(|w| PERSON_OPENINGS.contains(&(u32::from_le_bytes(w) | 0x2020_2020)))
    };
    opens_segment_word(0) || memchr::memchr_iter(b'/', b).any(|i| opens_segment_word(i + 1))
}

/// The slug of a link to a person's page: the last path segment after an
/// `author`, `profile`, `people` or `team` segment, as lower-case letters
/// and digits (`/blog/author/jane-doe/` → `janedoe`).
fn person_page_slug(href: &str) -> Option<String> {
    // One byte pass: this runs on every link of the page. The scheme and
    // host are segments too, but never one of the words above.
    let bytes = href.as_bytes();
    let end = bytes
        .iter()
        .position(|&b| b == b'?' || b == b'#')
        .unwrap_or(bytes.len());
    let mut segs = bytes[..end].split(|&b| b == b'/').filter(|s| !s.is_empty());
    segs.position(|seg| {
        PERSON_SEGMENTS
            .iter()
            .any(|p| seg.eq_ignore_ascii_case(p.as_bytes()))
    })?;
    let last = segs.next_back()?;
    let slug: String = last
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(|b| char::from(b.to_ascii_lowercase()))
        .collect();
    (slug.len() >= 4).then_some(slug)
}

/// Inside a comment section, sidebar, footer or related-stories block.
fn is_in_boilerplate(node: NodeRef<Node>) -> bool {
    let mut region = false;
    let mut in_main = false;
    for a in node.ancestors().take(60).filter_map(ElementRef::wrap) {
        match a.value().name.local {
            // An article's own footer holds its byline and date.
            local_name!("article") if region => return false,
            local_name!("footer") => region = true,
            local_name!("main") => {
                in_main = true;
                continue;
            }
            // No sidebar holds the page's <main>: an aside around it is
            // broken markup wrapping the whole page.
            local_name!("aside") if in_main => {}
            // An aside classed as the post's byline or dateline is the
            // article's own margin, not a sidebar.
            local_name!("aside") if names_post_details(a) => {}
            local_name!("aside") | local_name!("nav") => return true,
            // Page-wide classes describe the page type or layout, not a region.
            local_name!("body") | local_name!("html") | local_name!("article") => continue,
            _ => {}
        }
        if !may_name_boilerplate_region(a) {
            continue;
        }
        let hints = class_and_id(a).to_ascii_lowercase();
        let tokens: Vec<&str> = hints.split_whitespace().collect();
        if tokens.iter().any(|t| names_boilerplate_region(t))
            && !tokens.iter().any(|t| names_layout_container(t))
            && !is_post_widget(&tokens)
        {
            return true;
        }
    }
    region
}

// Whether the class or id of an element holds a boilerplate hint at all (a
// token can only name a region when it does), tested for each ancestor of
// each candidate.
fn may_name_boilerplate_region(el: ElementRef) -> bool {
    class_or_id_holds(el, Hint::BoilerplateRegion)
}

// Blog engines build the page from widgets, the posts too: a widget
// classed by what it holds ("widget Blog", "widget post") is the content.
fn is_post_widget(tokens: &[&str]) -> bool {
    tokens.contains(&"widget")
        && tokens
            .iter()
            .any(|t| matches!(*t, "blog" | "post" | "posts" | "article" | "entry"))
}

/// Class or id of an element that holds a post's byline and date
/// ("post-meta", "entry-byline", "article-date").
fn names_post_details(el: ElementRef) -> bool {
    let hints = class_and_id(el).to_ascii_lowercase();
    hints.split_whitespace().any(|t| {
        t.split(['-', '_'])
            .any(|p| matches!(p, "meta" | "byline" | "dateline" | "date" | "author"))
    })
}

/// A class token of a page-level layout container ("story-page",
/// "content-wrapper", "template-sidebar" next to it is a layout mode).
fn names_layout_container(token: &str) -> bool {
    const LAYOUT: [&str; 10] = [
        "page",
        "wrap",
        "wrapper",
        "container",
        "main",
        "content",
        "body",
        "layout",
        "template",
        "mode",
    ];
    token.split(['-', '_']).any(|p| LAYOUT.contains(&p))
}

/// A class token that names a boilerplate region by its first or last part
/// ("comments-area", "site-footer", "related_posts"); a hint in the middle of
/// a token is a modifier ("story-sidebar-mode-single").
fn names_boilerplate_region(token: &str) -> bool {
    let parts: Vec<&str> = token.split(['-', '_']).filter(|p| !p.is_empty()).collect();
    let is_hint = |p: &&str| {
        let p = p.trim_end_matches('s');
        BOILERPLATE_HINTS
            .iter()
            .any(|h| p == h.trim_end_matches('s'))
    };
    // A widget is a region only by its own name ("widget", "widget-area"):
    // page builders call every block "<builder>-widget".
    let is_end_hint = |p: &&str| is_hint(p) && p.trim_end_matches('s') != "widget";
    parts.first().is_some_and(is_hint) || parts.last().is_some_and(is_end_hint)
}

// `<address>` holds the contact of the article it belongs to, so a byline
// in it is the writer's even in an aside beside the text (a meta column);
// a comment's own address block stays out.
fn in_address_outside_comments(el: ElementRef) -> bool {
    let in_address = el
        .ancestors()
        .take(4)
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "address");
    in_address
        && !el
            .ancestors()
            .take(40)
            .filter_map(ElementRef::wrap)
            .any(|a| {
                let h = class_and_id(a).to_ascii_lowercase();
                h.contains("comment") || h.contains("reply") || h.contains("respon")
            })
}

// An author-archive link whose previous siblings, back to another such
// link, hold nothing but list separators (", ", " & ", " and "): one
// byline naming co-authors, not a second credit ("Reviewed by …").
fn follows_co_author_link(el: ElementRef) -> bool {
    for sib in el.prev_siblings().take(6) {
        let text = match sib.value() {
            Node::Text(t) => t.to_string(),
            Node::Element(e) => {
                let Some(se) = ElementRef::wrap(sib) else {
                    return false;
                };
                if e.name() == "a"
                    && e.attr_atom(&local_name!("href"))
                        .is_some_and(links_to_author_archive)
                {
                    // A named link, not the writer's avatar linked beside it.
                    return short_text(se, 60).is_some();
                }
                short_text(se, 20).unwrap_or_default()
            }
            _ => continue,
        };
        let only_separators = text
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '&' | ';'))
            .filter(|w| !w.is_empty())
            .all(authors::is_name_joiner);
        if !only_separators {
            return false;
        }
    }
    false
}

/// A `rel=author` link or an element whose class/id names the byline or
/// author (not the author's photo or bio).
/// `hint_bits`: the hint groups of the element's class and id.
fn is_byline_element(el: ElementRef, hint_bits: u8) -> bool {
    let v = el.value();
    if v.attr_atom(&local_name!("rel")).is_some_and(|r| {
        r.to_ascii_lowercase()
            .split_whitespace()
            .any(|x| x == "author")
    }) {
        return true;
    }
    if !class_hints::has(hint_bits, Hint::Byline) {
        return false;
    }
    // A whole post is no byline, though CMSs class it by its writer
    // (`<article class="entry author-jane-doe">` on every teaser of a list).
    if crate::html::dom::is_post_or_region_tag(v.name()) {
        return false;
    }
    let hints = class_and_id(el).to_ascii_lowercase();
    const NOT: [&str; 9] = [
        "avatar", "bio", "img", "image", "photo", "desc", "about", "social", "follow",
    ];
    names_byline_or_author(&hints) && !NOT.iter().any(|n| hints.contains(n))
}

/// Whether lower-cased class and id words name a byline or an author: not
/// "authorization" or "authority" (a payment widget, an "Authorization
/// Forms" heading), nor a theme's "no-byline" switch.
fn names_byline_or_author(hints: &str) -> bool {
    ["byline", "author", "autor"].iter().any(|word| {
        hints.match_indices(word).any(|(at, w)| {
            let after = hints.get(at + w.len()..).unwrap_or("");
            let before = hints.get(..at).unwrap_or("");
            let other_word = ["iz", "is", "it"].iter().any(|x| after.starts_with(x));
            let negated = ["no-", "no_", "no"].iter().any(|x| before.ends_with(x));
            !other_word && !negated
        })
    })
}

/// Inside the site's account or login menu, where the visitor's own user
/// name stands ("Account", "Sign in").
fn in_account_menu(el: ElementRef) -> bool {
    el.ancestors()
        .take(30)
        .filter_map(ElementRef::wrap)
        .any(|a| {
            let hints = class_and_id(a).to_ascii_lowercase();
            ["menu", "login", "account", "signin", "navbar", "masthead"]
                .iter()
                .any(|h| hints.contains(h))
        })
}

/// The nearest microdata item around an element is an article-like type
/// (`NewsArticle`, `BlogPosting`), not a site header or a product.
fn in_article_item(el: ElementRef) -> bool {
    el.ancestors()
        .take(40)
        .filter_map(ElementRef::wrap)
        .find_map(|a| {
            let v = a.value();
            v.attr_atom(&local_name!("itemscope"))?;
            Some(v.attr_atom(&local_name!("itemtype")).is_some_and(|t| {
                let last = t.trim().rsplit('/').next().unwrap_or("");
                last.ends_with("Article") || last.ends_with("Posting")
            }))
        })
        .unwrap_or(false)
}

/// Inside a microdata reply (a `Comment` or `Answer` item): its author is
/// a replier, not the author of the page.
fn in_reply_item(el: ElementRef) -> bool {
    el.ancestors()
        .take(40)
        .filter_map(ElementRef::wrap)
        .any(|a| {
            let v = a.value();
            let typed = v.attr_atom(&local_name!("itemtype")).is_some_and(|t| {
                let last = t.trim().rsplit('/').next().unwrap_or("");
                matches!(last, "Comment" | "Answer")
            });
            typed
                || v.attr_atom(&local_name!("itemprop"))
                    .is_some_and(|p| p.trim() == "comment")
        })
}

/// An element whose class names a poster's user name, as forum software
/// marks the author of each post ("username", "post-author", "poster").
fn names_username(el: ElementRef, class_bits: u8) -> bool {
    // Cheap pre-filter (this runs on every element): each name below holds
    // "user", "author" or "poster", so most classes are rejected unallocated.
    if !class_hints::has(class_bits, Hint::Username) {
        return false;
    }
    let Some(class) = el.value().attr_atom(&local_name!("class")) else {
        return false;
    };
    class.split_whitespace().any(|t| {
        // An ASCII token is squashed on the stack (most are); any other
        // lower-cased char by char.
        let mut buf = [0u8; 64];
        let mut len = 0;
        let ascii = t.len() <= buf.len() && t.is_ascii();
        if ascii {
            for &b in t.as_bytes().iter().filter(|b| !matches!(b, b'-' | b'_')) {
                if let Some(slot) = buf.get_mut(len) {
                    *slot = b.to_ascii_lowercase();
                    len += 1;
                }
            }
        }
        let owned: String;
        let squashed = match buf.get(..len).filter(|_| ascii) {
            Some(b) => b,
            None => {
                owned = t
                    .chars()
                    .filter(|c| !matches!(c, '-' | '_'))
                    .flat_map(char::to_lowercase)
                    .collect();
                owned.as_bytes()
            }
        };
        names_a_username(squashed)
    })
}

/// A class token, lower-cased without dashes and underscores, that names a
/// poster's user name.
fn names_a_username(t: &[u8]) -> bool {
    t.windows(8).any(|w| w == b"username")
        || matches!(
            t,
            b"poster"
                | b"postername"
                | b"postauthor"
                | b"authorname"
                | b"messageauthor"
                | b"topicauthor"
                | b"postuser"
                | b"postusername"
        )
}

/// A heading that is only a link to the site's front page: the logo of
/// the site's header ("<h1><a href="/">Example Forums</a></h1>").
fn is_logo_heading(el: ElementRef) -> bool {
    let mut links = preorder(*el)
        .take(50)
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "a");
    let Some(a) = links.next() else {
        return false;
    };
    let to_front = a
        .value()
        .attr_atom(&local_name!("href"))
        .is_some_and(is_front_page_href);
    let text_of = |e: ElementRef| {
        e.text()
            .collect::<String>()
            .split_whitespace()
            .collect::<String>()
    };
    to_front && links.next().is_none() && text_of(a) == text_of(el)
}

/// An href to a site's front page: `/`, or an absolute URL with no path.
fn is_front_page_href(href: &str) -> bool {
    let h = href.trim();
    if h == "/" {
        return true;
    }
    h.split_once("://").is_some_and(|(_, rest)| {
        let path = rest.split(['?', '#']).next().unwrap_or(rest);
        path.find('/')
            .map_or(true, |i| path.get(i..).unwrap_or("") == "/")
    })
}

/// Names of a standfirst (dek) in class and id words.
const SUBTITLE_STEMS: [&str; 8] = [
    "subtitle",
    "subhead",
    "standfirst",
    "dek",
    "deck",
    "lede",
    "teaser",
    "intro",
];

/// A standfirst/dek element under the headline: a word of its class or id
/// opens with a standfirst name.
fn is_subtitle_element(el: ElementRef) -> bool {
    let v = el.value();
    let opens_with_stem = |w: &[u8]| {
        SUBTITLE_STEMS.iter().any(|h| {
            w.get(..h.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(h.as_bytes()))
        })
    };
    [local_name!("class"), local_name!("id")]
        .iter()
        .filter_map(|a| v.attr_atom(a))
        .any(|hints| {
            hints
                .as_bytes()
                .split(|b| !b.is_ascii_alphanumeric())
                .any(opens_with_stem)
        })
}

/// The text of a headline without the parts that are no headline: prefix
/// labels ("News", "Tips/Techniques" tags on forum threads), text hidden for
/// screen readers ("Collection:"), and a `<time>` (a date in the heading).
fn headline_text(el: ElementRef, max: usize) -> Option<String> {
    let mut out = String::new();
    for (visited, n) in preorder(*el).enumerate() {
        if visited > 400 {
            return None;
        }
        let Node::Text(t) = n.value() else {
            continue;
        };
        let skipped = n
            .ancestors()
            .take_while(|a| a.id() != el.id())
            .filter_map(ElementRef::wrap)
            .any(is_headline_extra);
        if skipped {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t.trim());
        if out.chars().count() > max {
            return None;
        }
    }
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    // A heading that is nothing but its label keeps its full text.
    if out.is_empty() {
        short_text(el, max)
    } else {
        Some(out)
    }
}

/// An element inside a heading that is no part of the headline: a label
/// or prefix tag, screen-reader-only text, a date, a drawing (a logo's SVG
/// `<title>`).
fn is_headline_extra(e: ElementRef) -> bool {
    let v = e.value();
    if matches!(v.name(), "time" | "script" | "style" | "noscript" | "svg") {
        return true;
    }
    v.attr_atom(&local_name!("class")).is_some_and(|c| {
        c.split_whitespace().any(|t| {
            let t = t.to_ascii_lowercase();
            t == "label"
                || t.starts_with("label--")
                || t.contains("prefix")
                || matches!(
                    t.as_str(),
                    "visually-hidden" | "sr-only" | "screen-reader-text" | "visuallyhidden"
                )
        })
    })
}

/// The text of an element with text nodes joined by spaces, or `None` when
/// it is longer than `max` characters (checked while reading: bounded time).
fn short_text(el: ElementRef, max: usize) -> Option<String> {
    let mut out = String::new();
    let mut chars = 0;
    for (visited, n) in preorder(*el).enumerate() {
        if visited > 400 {
            return None;
        }
        let Node::Text(t) = n.value() else {
            continue;
        };
        let t = trim_text(t);
        if t.is_empty() {
            continue;
        }
        // Scripts are not text; an SVG's text is a drawing's label (and
        // the extractor prunes SVGs whole).
        if n.parent()
            .and_then(ElementRef::wrap)
            .is_some_and(|p| holds_no_text(p.value()))
        {
            continue;
        }
        let single_spaced = is_single_spaced_ascii(t.as_bytes());
        chars += if single_spaced {
            t.len()
        } else {
            t.chars().count()
        } + 1;
        if chars > max {
            return None;
        }
        // Words joined by single spaces, as they are read.
        push_words(&mut out, t, single_spaced);
    }
    (!out.is_empty()).then_some(out)
}

/// A script, style, noscript or SVG element: its text nodes are no text
/// of the page.
fn holds_no_text(e: &scraper::node::Element) -> bool {
    matches!(
        e.name.local,
        local_name!("script") | local_name!("style") | local_name!("noscript")
    ) || e.name.ns == ns!(svg)
}

/// Append the words of a trimmed text to `out`, each after a single space
/// (none before the first of `out`). `single_spaced`: the text's
/// [`is_single_spaced_ascii`] (most texts are: appended whole).
fn push_words(out: &mut String, t: &str, single_spaced: bool) {
    if single_spaced {
        if !out.is_empty() && !t.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
        return;
    }
    for word in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// Whether a text is ASCII with its words single-spaced: no blank but the
/// space, no two spaces in a row. Eight bytes at a time, the words seven
/// bytes apart so that each pair of bytes is in one of them.
fn is_single_spaced_ascii(b: &[u8]) -> bool {
    use crate::ascii::swar;
    let Some(last) = b.len().checked_sub(8) else {
        let mut prev_space = false;
        return b.iter().all(|&c| {
            let ok = c.is_ascii() && !(c == b' ' && prev_space) && !matches!(c, b'\t'..=b'\r');
            prev_space = c == b' ';
            ok
        });
    };
    let mut i = 0;
    loop {
        let at = i.min(last);
        let Some(x) = chunk_at(b, at) else {
            return false;
        };
        let low = x & !swar::HIGH_BITS;
        let space = swar::bytes_equal(low, b' ') & !x;
        // (A lane is flagged for a space with a space in the lane after it.)
        let flagged = x | swar::bytes_in(low, b'\t', b'\r') | (space & (space >> 8));
        if flagged & swar::HIGH_BITS != 0 {
            return false;
        }
        if at == last {
            return true;
        }
        i += 7;
    }
}

/// [`short_text`] as first written, the reference its tests compare with.
#[cfg(test)]
fn short_text_reference(el: ElementRef, max: usize) -> Option<String> {
    let mut out = String::new();
    let mut chars = 0;
    for (visited, n) in el.descendants().enumerate() {
        if visited > 400 {
            return None;
        }
        if let Node::Text(t) = n.value() {
            let skip = n.parent().and_then(ElementRef::wrap).is_some_and(|p| {
                matches!(p.value().name(), "script" | "style" | "noscript")
                    || &*p.value().name.ns == "http://www.w3.org/2000/svg"
            });
            if skip {
                continue;
            }
            let t: &str = t;
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            chars += t.chars().count() + 1;
            if chars > max {
                return None;
            }
            for word in t.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(word);
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

impl Scan {
    /// First non-empty content among meta keys, in key priority order.
    fn meta(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(mk, _)| mk == k)
                .map(|(_, c)| c.as_str())
        })
    }

    /// Like [`Scan::meta`], with the key that matched.
    fn meta_keyed(&self, keys: &[&'static str]) -> Option<(&'static str, &str)> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(mk, _)| mk == k)
                .map(|(_, c)| (*k, c.as_str()))
        })
    }

    /// All contents of a meta key, in document order.
    fn meta_all(&self, key: &str) -> Vec<&str> {
        self.metas
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, c)| c.as_str())
            .collect()
    }

    /// The first meta whose key satisfies `pred` and whose content is a
    /// date, with its key.
    fn meta_matching(&self, pred: fn(&str) -> bool) -> Option<(&str, &str)> {
        self.metas
            .iter()
            .find(|(k, c)| pred(k) && super::dates::parse_date(c).is_some())
            .map(|(k, c)| (k.as_str(), c.as_str()))
    }

    fn itemprop(&self, key: &str) -> Option<&str> {
        self.itemprops
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

const PUBLISHED_META: [&str; 20] = [
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "citation_publication_date",
    "citation_date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
];

/// A site-specific meta key for the publication date ("w-published-date",
/// "published", "pub_date"); not the publisher.
fn names_publication_date(key: &str) -> bool {
    (key.contains("publish") && !key.contains("publisher")
        || key.contains("pub_date")
        || key.contains("pubdate"))
        && !names_modification_date(key)
}

/// The first site-specific publication meta ("published-date") that is not
/// after the declared modification date, else the first one: when a page
/// declares two, a "publication" stamp after its last modification is a
/// build or deploy time.
fn site_publication_meta<'s>(
    scan: &'s Scan,
    parse: &dyn Fn(&str) -> Option<String>,
    modified: Option<&str>,
) -> Option<(&'s str, String)> {
    let mut first = None;
    for (k, v) in scan.metas.iter().filter(|(k, _)| names_publication_date(k)) {
        let Some(d) = parse(v) else {
            continue;
        };
        if !modified.is_some_and(|m| is_after_day(&d, m)) {
            return Some((k.as_str(), d));
        }
        first.get_or_insert((k.as_str(), d));
    }
    first
}

/// A site-specific meta key for the modification date.
fn names_modification_date(key: &str) -> bool {
    key.contains("modif") || key.contains("updated") || key.contains("last_publication")
}

const MODIFIED_META: [&str; 8] = [
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
    // Documentation generators (DocFX) date the last revision of a page.
    "ms.date",
];

/// A meta or RDFa property key in one form: lower-case, Dublin Core
/// prefixes with a dot (`DC:creator`, `dcterms:created` → `dc.creator`,
/// `dcterms.created`), the `schema:` prefix dropped.
fn meta_key(key: &str) -> String {
    let k = key.trim().to_ascii_lowercase();
    if let Some(rest) = k.strip_prefix("schema:") {
        return rest.to_string();
    }
    for prefix in ["dc:", "dcterms:", "dct:"] {
        if let Some(rest) = k.strip_prefix(prefix) {
            let ns = if prefix == "dc:" { "dc" } else { "dcterms" };
            return format!("{ns}.{rest}");
        }
    }
    k
}

// RDFa properties read from body elements: authors and dates.
const RDFA_AUTHOR: [&str; 4] = ["dc.creator", "dcterms.creator", "author", "creator"];
const RDFA_PUBLISHED: [&str; 7] = [
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "dc.date",
    "datepublished",
    "datecreated",
    "article:published_time",
];
const RDFA_MODIFIED: [&str; 3] = ["dcterms.modified", "datemodified", "article:modified_time"];

const AUTHOR_META: [&str; 11] = [
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "citation_authors",
    "byl",
    "article:author_name",
];

/// A value with the name of the source it came from.
type Sourced = (String, String);

fn sourced(v: Option<String>, src: &str) -> Option<Sourced> {
    v.map(|v| (v, src.to_string()))
}

/// Store a field's source in `m.sources` when the field was filled.
fn note(sources: &mut BTreeMap<String, String>, field: &str, source: Option<String>) {
    if let Some(src) = source {
        sources.insert(field.to_string(), src);
    }
}

/// The declared language: `<html lang>`, JSON-LD `inLanguage`, language metas.
fn declared_language(scan: &Scan, ld: &LdInfo) -> Option<Sourced> {
    let mut cands: Vec<(Option<&str>, String)> = vec![
        (scan.html_lang.as_deref(), "html:lang".to_string()),
        (ld.language.as_deref(), "json-ld:inLanguage".to_string()),
    ];
    let keyed = scan.meta_keyed(&["content-language", "language", "dc.language", "og:locale"]);
    cands.push((
        keyed.map(|(_, v)| v),
        format!("meta:{}", keyed.map_or("", |(k, _)| k)),
    ));
    cands
        .into_iter()
        .filter_map(|(v, src)| Some((v?.trim().replace('_', "-"), src)))
        .find(|(l, _)| language::primary_subtag(l).is_some())
}

/// `states_day(day, lang)`: the page's text states that day in a form that
/// reads one way only (asked only to read an ambiguous numeric dateline).
fn assemble(
    scan: &Scan,
    ld: &LdInfo,
    page_url: Option<&str>,
    states_day: &dyn Fn(&str, Option<&str>) -> bool,
) -> Metadata {
    // Language first: it decides how numeric dates are read.
    let mut m = Metadata::default();
    let mut sources = BTreeMap::new();
    let (language, src) = declared_language(scan, ld).unzip();
    m.language = language;
    note(&mut sources, "language", src);
    let lang = m.language.clone();
    let lang = lang.as_deref();

    // URL: canonical link, og:url, JSON-LD url; relative ones resolved.
    let og_url = scan.meta(&["og:url"]).and_then(|u| resolve(page_url, u));
    let base = page_url
        .filter(|u| is_absolute_http(u))
        .or(og_url.as_deref());
    let (url, src) = sourced(
        scan.canonical.as_deref().and_then(|c| resolve(base, c)),
        "link:canonical",
    )
    .or_else(|| sourced(og_url.clone(), "og:url"))
    .or_else(|| {
        sourced(
            ld.url.as_deref().and_then(|u| resolve(base, u)),
            "json-ld:url",
        )
    })
    .unzip();
    m.url = url;
    note(&mut sources, "url", src);
    let base = base.or(m.url.as_deref());

    // Site name: og:site_name, the publisher, the WebSite, application-name.
    let credits = organisation_credits(scan, ld);
    let (site, src) = sourced(
        scan.meta(&["og:site_name"]).map(str::to_string),
        "og:site_name",
    )
    .or_else(|| sourced(ld.publisher.clone(), "json-ld:publisher"))
    .or_else(|| sourced(ld.website_name.clone(), "json-ld:WebSite"))
    .or_else(|| {
        scan.meta_keyed(&["application-name", "apple-mobile-web-app-title"])
            .map(|(k, v)| (v.to_string(), format!("meta:{k}")))
    })
    .or_else(|| sourced(credits.first().cloned(), "author-organisation"))
    .unzip();
    m.site_name = site;
    note(&mut sources, "site_name", src);

    // Title.
    let mut sites: Vec<&str> = Vec::new();
    sites.extend(m.site_name.as_deref());
    sites.extend(ld.publisher.as_deref());
    sites.extend(ld.website_name.as_deref());
    sites.extend(scan.meta(&["application-name"]));
    let host = m.url.as_deref().or(page_url).and_then(host_label);
    sites.extend(host.as_deref());
    let ld_headline = ld.headline.as_deref().filter(|_| ld.is_article);
    let og_title = scan.meta_keyed(&["og:title", "twitter:title", "dc.title", "parsely-title"]);
    let md_headline = scan.itemprop("headline").filter(|_| ld.headline.is_none());
    // The site's logo set as an h1 is no headline.
    let mut headlines: Vec<String> = Vec::new();
    for h in scan.h1s.iter().filter(|h| !scan.logo_h1s.contains(h)) {
        // Copies of one heading (one per screen size) are one headline.
        let h = clean_headline(h);
        if !headlines.iter().any(|k| fold(k) == fold(&h)) {
            headlines.push(h);
        }
    }
    let home = m.url.as_deref().or(page_url).is_some_and(is_home_page);
    let is_post = ld.is_article
        || scan
            .meta(&["og:type"])
            .is_some_and(|t| t.eq_ignore_ascii_case("article"));
    let kind = if home {
        PageKind::Home
    } else if is_post {
        PageKind::Post
    } else {
        PageKind::Other
    };
    let titled = reconcile_with_source(
        ld_headline.or(ld.headline.as_deref()).or(md_headline),
        og_title.map(|(_, v)| v),
        scan.title.as_deref(),
        &headlines,
        &sites,
        kind,
    );
    if let Some((t, src)) = titled {
        // The og:title slot holds whichever title meta the page has.
        let src = match (src, og_title) {
            ("og:title", Some((k, _))) => k.to_string(),
            ("json-ld:headline", _) if md_headline.is_some() => "microdata:headline".to_string(),
            (s, _) => s.to_string(),
        };
        m.title = Some(t);
        note(&mut sources, "title", Some(src));
    }
    // Elsewhere, a title that is the site's name and tagline says nothing
    // about the page: its one headline-shaped h1 does.
    let site_led = [og_title.map(|(_, v)| v), scan.title.as_deref()]
        .into_iter()
        .flatten()
        .all(|t| opens_with_site_name(t, &sites));
    let from_title = sources
        .get("title")
        .is_some_and(|s| !s.starts_with("h1") && !s.starts_with("json-ld"));
    if !home && site_led && from_title {
        if let [h] = headlines.as_slice() {
            if (2..=30).contains(&h.split_whitespace().count()) {
                m.title = Some(h.trim().to_string());
                note(&mut sources, "title", Some("h1:site-title".to_string()));
            }
        }
    }
    // A home page keeps the site name that opens its title, unless the
    // headline shown on the page (its h1) was the title.
    let from_h1 = sources.get("title").is_some_and(|s| s.starts_with("h1"));
    if home && !from_h1 {
        let raw = [
            og_title.map(|(k, v)| (v, k)),
            scan.title.as_deref().map(|t| (t, "title")),
        ];
        if let Some((t, k)) = raw
            .into_iter()
            .flatten()
            .find_map(|(v, k)| Some((home_page_title(v, &sites)?, k)))
        {
            m.title = Some(t);
            note(&mut sources, "title", Some(format!("{k}:home-page")));
        }
    }
    // "Home" names a link to the page, not the page: the site it is the
    // home of does.
    if m.title
        .as_deref()
        .map(fold)
        .is_some_and(|t| is_home_label(&t))
    {
        let full = scan
            .title
            .as_deref()
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
        if let Some((t, src)) =
            sourced(m.site_name.clone(), "site_name").or(sourced(full, "title:full"))
        {
            m.title = Some(t);
            note(&mut sources, "title", Some(src));
        }
    }
    let (subtitle, src) = sourced(
        ld.alternative_headline.clone(),
        "json-ld:alternativeHeadline",
    )
    .or_else(|| sourced(scan.subtitle.clone(), "dek"))
    .filter(|(s, _)| m.title.as_deref().map_or(true, |t| fold(t) != fold(s)))
    .unzip();
    m.subtitle = subtitle;
    note(&mut sources, "subtitle", src);

    // An "author" that is the site itself is the publisher.
    let FoundAuthors {
        names: people,
        source: author_src,
        orgs,
        declared,
    } = find_authors(scan, ld, &sites);
    m.authors = people;
    m.authors_declared = declared;
    if !m.authors.is_empty() {
        note(&mut sources, "authors", Some(author_src.clone()));
    }
    if !home {
        m.site_owner = site_owner(
            m.site_name.as_deref(),
            scan.title.as_deref(),
            m.url.as_deref().or(page_url),
        );
    }
    if m.site_name.is_none() {
        m.site_name = orgs.into_iter().next();
        if m.site_name.is_some() {
            note(&mut sources, "site_name", Some(author_src));
        }
    }

    // Dates.
    let parse = |s: &str| parse_date_with_locale(s, lang).filter(|d| !is_epoch_zero(d));
    let declared: Option<Sourced> = ld
        .published
        .as_deref()
        .and_then(parse)
        .map(|d| (d, "json-ld:datePublished".to_string()))
        .or_else(|| {
            let (k, v) = scan.meta_keyed(&PUBLISHED_META)?;
            Some((parse(v)?, format!("meta:{k}")))
        })
        .or_else(|| {
            let modified = ld.modified.as_deref().and_then(parse).or_else(|| {
                let (_, v) = scan
                    .meta_keyed(&MODIFIED_META)
                    .or_else(|| scan.meta_matching(names_modification_date))?;
                parse(v)
            });
            let (k, d) = site_publication_meta(scan, &parse, modified.as_deref())?;
            Some((d, format!("meta:{k}")))
        })
        .or_else(|| {
            ["datepublished", "datecreated", "uploaddate"]
                .iter()
                .find_map(|k| Some((parse(scan.itemprop(k)?)?, format!("microdata:{k}"))))
        })
        .or_else(|| {
            // Microdata items declare dates in `<meta itemprop>` too.
            let (k, v) = scan.meta_keyed(&["datecreated", "uploaddate"])?;
            Some((parse(v)?, format!("microdata:{k}")))
        })
        .or_else(|| {
            let (k, v) = scan.rdfa_keyed(&RDFA_PUBLISHED)?;
            Some((parse(v)?, format!("rdfa:{k}")))
        })
        .or_else(|| sourced(m.url.as_deref().or(page_url).and_then(date_in_url), "url"));
    // Visible dates strong enough to overrule the declared one: a dateline
    // at the headline, or a date marked up as the publication date
    // (itemprop/pubdate, or a publish class in the article header).
    // Read once for the published and the updated dateline.
    let datelines = datelines(scan, lang);
    let dateline = dateline_near_h1(&datelines, false).map(|d| {
        let declares = |day: &str| {
            [ld.published.as_deref(), ld.modified.as_deref()]
                .into_iter()
                .flatten()
                .chain(scan.times.iter().map(|t| t.value.as_str()))
                .any(|v| states_day_unambiguously(v, day, lang))
        };
        let other = dateline_other_reading(&datelines, lang);
        reading_the_page_states(d, other, |day| declares(day) || states_day(day, lang))
    });
    let visible: Option<Sourced> = sourced(dateline, "dateline")
        .or_else(|| sourced(best_time(&scan.times, false, 3, parse), "time"));
    let any_time = sourced(best_time(&scan.times, false, 0, parse), "time");
    let labelled = scan
        .labelled_dates
        .iter()
        .find_map(|t| parse_date_with_locale(t, lang).filter(|d| !is_epoch_zero(d)));
    let label_line = |update: bool| {
        scan.labelled_lines
            .iter()
            .find_map(|l| {
                find_dates(l, lang)
                    .into_iter()
                    .find(|d| d.updated == update)
            })
            .map(|d| d.date)
            .filter(|d| !is_epoch_zero(d))
    };
    let chosen = prefer_visible_date(declared.clone(), visible.clone())
        .or(any_time.clone())
        .or_else(|| sourced(labelled, "labelled-date"))
        .or_else(|| sourced(label_line(false), "labelled-line"));
    // The page's own latest date: its declared modification date, else
    // its declared publication date. A date read from the page text after
    // it is an event or a deadline the article mentions, not when the
    // article was published.
    let declared_modified = ld.modified.as_deref().and_then(parse).or_else(|| {
        let (_, v) = scan.meta_keyed(&MODIFIED_META)?;
        parse(v)
    });
    let latest = [declared_modified, declared.as_ref().map(|(d, _)| d.clone())]
        .into_iter()
        .flatten()
        .max_by(|a, b| day_of(a).cmp(day_of(b)));
    let chosen = match (chosen, latest.as_deref()) {
        (Some(c), Some(l)) if is_after_day(&c.0, l) => declared.clone(),
        (c, _) => c,
    };
    // A page that says when the piece first appeared ("originally
    // published on …") is dated so, before any later republication or
    // update date its markup or datelines carry.
    let original = scan
        .original_dates
        .iter()
        .find_map(|l| original_publication_date(l, lang))
        .filter(|d| !is_epoch_zero(d));
    let chosen = match original {
        Some(o) if earliest_of(&o, chosen.as_ref().map(|c| c.0.as_str()), latest.as_deref()) => {
            Some((o, "original-publication".to_string()))
        }
        _ => chosen,
    };
    if let Some((c, src)) = chosen {
        let others = [declared, visible, any_time].map(|o| o.map(|(d, _)| d));
        m.published = Some(most_precise(c, &others));
        note(&mut sources, "published", Some(src));
    }
    let (modified, src) = ld
        .modified
        .as_deref()
        .and_then(parse)
        .map(|d| (d, "json-ld:dateModified".to_string()))
        .or_else(|| {
            let (k, v) = scan.meta_keyed(&MODIFIED_META)?;
            Some((parse(v)?, format!("meta:{k}")))
        })
        .or_else(|| {
            let (k, v) = scan.meta_matching(names_modification_date)?;
            Some((parse(v)?, format!("meta:{k}")))
        })
        .or_else(|| {
            sourced(
                scan.itemprop("datemodified").and_then(parse),
                "microdata:datemodified",
            )
        })
        .or_else(|| {
            let (k, v) = scan.rdfa_keyed(&RDFA_MODIFIED)?;
            Some((parse(v)?, format!("rdfa:{k}")))
        })
        .or_else(|| sourced(best_time(&scan.times, true, 0, parse), "time"))
        .or_else(|| sourced(dateline_near_h1(&datelines, true), "dateline"))
        .or_else(|| sourced(label_line(true), "labelled-line"))
        .filter(|(d, src)| {
            !(is_read_from_text(src) && is_before_published(d, m.published.as_deref()))
        })
        .unzip();
    m.modified = modified;
    // A page that dates only its last modification has no older date for
    // its content: that date stands for the publication (source says so).
    if m.published.is_none() && m.modified.is_some() {
        m.published = m.modified.clone();
        note(
            &mut sources,
            "published",
            src.as_ref().map(|s| format!("modified:{s}")),
        );
    }
    note(&mut sources, "modified", src);

    // Categories: sections, then breadcrumbs without "Home" and the title.
    let mut cats: Vec<String> = ld.sections.clone();
    let mut cat_src = (!cats.is_empty()).then(|| "json-ld:articleSection".to_string());
    if cats.is_empty() {
        if let Some((k, v)) = scan.meta_keyed(&["article:section", "parsely-section", "section"]) {
            cats.push(v.to_string());
            cat_src = Some(format!("meta:{k}"));
        }
    }
    let title_fold = m.title.as_deref().map(fold).unwrap_or_default();
    for b in &ld.breadcrumbs {
        let f = fold(b);
        if f.is_empty() || is_home_label(&f) || f == title_fold || b.chars().count() > 60 {
            continue;
        }
        cats.push(b.clone());
        cat_src.get_or_insert_with(|| "json-ld:BreadcrumbList".to_string());
    }
    m.categories = cats.into_iter().take(20).collect();
    note(&mut sources, "categories", cat_src);

    // Tags: JSON-LD keywords, article:tag, keyword metas.
    let mut tag_src = None;
    m.tags = if !ld.keywords.is_empty() {
        tag_src = Some("json-ld:keywords".to_string());
        ld.keywords.clone()
    } else {
        let tags: Vec<String> = scan
            .meta_all("article:tag")
            .into_iter()
            .flat_map(|t| t.split(','))
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        if tags.is_empty() {
            scan.meta_keyed(&["parsely-tags", "news_keywords", "keywords"])
                .map(|(key, k)| {
                    let tags: Vec<String> = k
                        .split([',', ';'])
                        .map(|t| t.trim().to_string())
                        .filter(|t| !t.is_empty() && t.chars().count() <= 60)
                        .collect();
                    if !tags.is_empty() {
                        tag_src = Some(format!("meta:{key}"));
                    }
                    tags
                })
                .unwrap_or_default()
        } else {
            tag_src = Some("meta:article:tag".to_string());
            tags
        }
    };
    m.tags.truncate(30);
    note(&mut sources, "tags", tag_src);

    let (description, src) = sourced(
        scan.meta(&["og:description"]).map(str::to_string),
        "og:description",
    )
    .or_else(|| sourced(ld.description.clone(), "json-ld:description"))
    .or_else(|| {
        scan.meta_keyed(&["description", "twitter:description", "dc.description"])
            .map(|(k, v)| (v.to_string(), format!("meta:{k}")))
    })
    .unzip();
    m.description = description;
    note(&mut sources, "description", src);
    m.product_description = ld.product_description.clone();
    let (image, src) = scan
        .meta_keyed(&["og:image", "og:image:url", "og:image:secure_url"])
        .and_then(|(k, i)| Some((resolve(base, i)?, k.to_string())))
        .or_else(|| {
            sourced(
                ld.image.as_deref().and_then(|i| resolve(base, i)),
                "json-ld:image",
            )
        })
        .or_else(|| {
            scan.meta_keyed(&["twitter:image", "twitter:image:src"])
                .and_then(|(k, i)| Some((resolve(base, i)?, format!("meta:{k}"))))
        })
        .or_else(|| {
            sourced(
                scan.image_src.as_deref().and_then(|i| resolve(base, i)),
                "link:image_src",
            )
        })
        .unzip();
    m.image = image;
    note(&mut sources, "image", src);
    m.sources = sources;
    m
}

/// An author value that is the site itself (publisher name, host label).
fn names_the_site(author: &str, sites: &[&str]) -> bool {
    sites
        .iter()
        .any(|s| fold(s) == fold(author) || same_site(author, s))
}

/// An author that is the site, kept as a person: the site is named after
/// its owner.
fn is_site_owner(author: &str, sites: &[&str]) -> bool {
    // A CMS field typed in lower case ("jane doe") is recognised by the
    // site name's own spelling ("Jane Doe").
    looks_like_personal_site_owner(author)
        || sites
            .iter()
            .any(|s| fold(s) == fold(author) && looks_like_personal_site_owner(s))
}

// A site owner's name typed in lower case ("jane doe") is written the way
// the site spells it ("Jane Doe"); other names stay as they are.
fn owner_spelling(author: &str, sites: &[&str]) -> String {
    let lower = !author.chars().any(char::is_uppercase);
    sites
        .iter()
        .find(|s| lower && fold(s) == fold(author) && looks_like_personal_site_owner(s))
        .map_or_else(|| author.to_string(), |s| s.trim().to_string())
}

/// A personal site is named after its owner ("Jane Doe", "Jane Doe's
/// blog"): a two- or three-word person name that is no organisation stays
/// an author even when it is also the site name.
fn looks_like_personal_site_owner(author: &str) -> bool {
    let words = author.split_whitespace().count();
    (2..=3).contains(&words)
        && authors::looks_like_name(author)
        && !authors::is_organisation(author)
        && !is_shouted(author)
        && !names_a_business(author)
}

/// The person a personal site is named after: its site name, or the name
/// at either end of its `<title>` ("Post | Jane Doe"), when that is a
/// person's name (opening with a common given name: brands are named
/// like people too) that the site's address spells (`janedoe.com`,
/// `jane.blog.example`, `doe.dev`).
fn site_owner(site_name: Option<&str>, title: Option<&str>, url: Option<&str>) -> Option<String> {
    let labels = host_labels(url?);
    let segments = title.map(title_segments).unwrap_or_default();
    let ends = match segments.as_slice() {
        [first, .., last] => vec![*last, *first],
        _ => Vec::new(),
    };
    site_name
        .into_iter()
        .chain(ends)
        .map(str::trim)
        .find(|c| {
            looks_like_personal_site_owner(c)
                && authors::opens_with_given_name(c)
                && spelled_in_host(c, &labels)
        })
        .map(str::to_string)
}

/// The labels of a URL's host that can name its owner: all but the
/// top-level domain and `www`, without hyphens.
fn host_labels(url: &str) -> Vec<String> {
    let Some(host) = crate::site::host_of(url) else {
        return Vec::new();
    };
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let n = labels.len().saturating_sub(1);
    labels.iter().take(n).map(|l| l.replace('-', "")).collect()
}

// A domain bought for a person spells the whole name ("janedoe") or, when
// it is long enough not to be a chance match, the first or the last name.
fn spelled_in_host(name: &str, labels: &[String]) -> bool {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect()
        })
        .collect();
    let whole = words.concat();
    let one_name =
        |l: &String| l.len() >= 4 && (words.first() == Some(l) || words.last() == Some(l));
    labels.iter().any(|l| *l == whole || one_name(l))
}

// A name set in capitals throughout ("EXAMPLE TODAY") is a brand's
// wordmark when it is also the site's name, not its owner's name.
fn is_shouted(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

// A site name made of a trade word ("Rare Books", "Lakeside Clinic",
// "Morning Daily") names a business, never its owner.
fn names_a_business(s: &str) -> bool {
    const BUSINESS_WORDS: [&str; 24] = [
        "books", "clinic", "clinics", "hotel", "hotels", "shop", "store", "studio", "studios",
        "labs", "health", "today", "daily", "weekly", "journal", "tribune", "herald", "gazette",
        "review", "digest", "reports", "guide", "guides", "online",
    ];
    s.split(|c: char| !c.is_alphanumeric())
        .any(|w| BUSINESS_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The URL is a site's home page: its path is empty, `/`, an index file or
/// a bare locale (`/en/`, `/en-us`); the query does not count.
fn is_home_page(url: &str) -> bool {
    let Some((_, rest)) = url.split_once("://") else {
        return false;
    };
    let path = rest.split(['?', '#']).next().unwrap_or(rest);
    let path = path.find('/').map_or("", |i| path.get(i..).unwrap_or(""));
    let path = path.trim_matches('/');
    let is_locale = |p: &str| {
        let b = p.as_bytes();
        (b.len() == 2 && b.iter().all(u8::is_ascii_alphabetic))
            || (b.len() == 5
                && b.get(2) == Some(&b'-')
                && p.chars().filter(char::is_ascii_alphabetic).count() == 4)
    };
    path.is_empty() || matches!(path, "index.html" | "index.php" | "home") || is_locale(path)
}

/// The registrable-looking label of a URL's host: `www.example-news.com` →
/// `example-news`, used to recognise the site name in titles.
fn host_label(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let n = labels.len();
    // Second-level country domains: example.co.uk.
    let idx = if n >= 3
        && matches!(
            labels.get(n - 2),
            Some(&("co" | "com" | "org" | "net" | "ac" | "gov"))
        ) {
        n - 3
    } else {
        n.checked_sub(2)?
    };
    labels.get(idx).map(|l| l.to_string())
}

/// Organisation names credited as authors (JSON-LD Organization authors,
/// agencies in bylines): candidates for the site name, never authors.
fn organisation_credits(scan: &Scan, ld: &LdInfo) -> Vec<String> {
    let mut out: Vec<String> = ld.author_orgs.clone();
    for v in AUTHOR_META.iter().flat_map(|k| scan.meta_all(k)) {
        if let (_, Some(c)) = parse_byline(v) {
            out.push(c);
        }
    }
    out
}

/// Authors from the strongest source that names people: JSON-LD, author
/// metas, microdata, then bylines in the DOM (near the headline first).
/// Names that are the site itself are set apart as organisations; a source
/// left with no person falls through to the next one.
/// The authors chosen for a page, where they came from, and the
/// organisations that were named as authors.
struct FoundAuthors {
    names: Vec<String>,
    source: String,
    orgs: Vec<String>,
    /// Chosen from a structured declaration, not from the page's text.
    declared: bool,
}

fn find_authors(scan: &Scan, ld: &LdInfo, sites: &[&str]) -> FoundAuthors {
    let mut orgs: Vec<String> = Vec::new();
    let candidates = author_sources(scan, ld);
    let sections = section_labels(scan, ld);
    let mut chosen: Option<(Vec<String>, AuthorSource, String)> = None;
    for (mut names, kind, src) in candidates.iter().cloned() {
        if kind != AuthorSource::Structured {
            names.retain(|a| !sections.contains(&fold(a)));
        }
        // Once the page declared its author to be the site, only another
        // declaration or the byline under the headline may name a person:
        // names elsewhere on such a page are reviewers and commenters.
        if !orgs.is_empty() && kind == AuthorSource::Page {
            break;
        }
        let (people, site): (Vec<String>, Vec<String>) = names
            .into_iter()
            .partition(|a| !names_the_site(a, sites) || is_site_owner(a, sites));
        let people: Vec<String> = people.iter().map(|a| owner_spelling(a, sites)).collect();
        orgs.extend(site);
        if !people.is_empty() {
            chosen = Some((people, kind, src));
            break;
        }
    }
    let found =
        |names: Vec<String>, source: &String, orgs: Vec<String>, kind: AuthorSource| FoundAuthors {
            names,
            source: source.clone(),
            orgs,
            declared: kind == AuthorSource::Structured,
        };
    let Some((people, kind, src)) = chosen else {
        return FoundAuthors {
            names: Vec::new(),
            source: String::new(),
            orgs,
            declared: false,
        };
    };
    // A declaration or byline that names the chosen authors and more lists
    // the co-authors the first one left out ("Jane Doe" in `author`, all
    // four in `citation_authors` or in the byline).
    let fuller = candidates
        .iter()
        .filter(|(_, k, s)| *k != AuthorSource::Page || s == "author-link")
        .map(|(n, k, s)| (person_names(n, sites), *k, s))
        .find(|(n, _, _)| n.len() > people.len() && names_all(n, &people));
    if let Some((names, k, s)) = fuller {
        return found(cap(names), s, orgs, k);
    }
    // The byline the reader sees under the headline names the writer; a
    // structured author that disagrees with it, or is only a login handle,
    // is the account that posted the page.
    // Microdata marks each post of a thread; only page-level declarations
    // (JSON-LD, metas) are checked against the byline.
    if kind == AuthorSource::Structured && !src.starts_with("microdata") {
        let shown = candidates
            .iter()
            .find(|(_, k, _)| *k == AuthorSource::HeadlineByline)
            .map(|(n, _, s)| (person_names(n, sites), s));
        // A full name, not a handle or first name alone.
        let full_name = |n: &Vec<String>| n.iter().any(|x| x.split_whitespace().count() >= 2);
        if let Some((shown, shown_src)) = shown.filter(|(n, _)| full_name(n)) {
            if !shares_a_name(&people, &shown) {
                return found(cap(shown), shown_src, orgs, AuthorSource::HeadlineByline);
            }
        }
        if people.iter().all(|p| is_login_handle(p)) {
            let shown = candidates
                .iter()
                .filter(|(_, k, _)| *k != AuthorSource::Structured)
                .map(|(n, k, s)| (person_names(n, sites), *k, s))
                .find(|(n, _, _)| n.iter().any(|x| x.split_whitespace().count() >= 2));
            if let Some((shown, k, shown_src)) = shown {
                return found(cap(shown), shown_src, orgs, k);
            }
        }
    }
    found(people, &src, orgs, kind)
}

// The page's own section and breadcrumb labels, folded: a "name" in the
// page text that is one of them ("By" over the category links) is a
// section, not a writer.
fn section_labels(scan: &Scan, ld: &LdInfo) -> Vec<String> {
    ld.sections
        .iter()
        .chain(&ld.breadcrumbs)
        .map(String::as_str)
        .chain(scan.meta_all("article:section"))
        .map(fold)
        .filter(|f| !f.is_empty())
        .collect()
}

/// Where a list of author names was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AuthorSource {
    /// JSON-LD, author metas, RDFa, microdata.
    Structured,
    /// A "By …" line right under the headline.
    HeadlineByline,
    /// Any other byline or author-classed element in the page.
    Page,
}

/// The names of a source that are not the site itself.
fn person_names(names: &[String], sites: &[&str]) -> Vec<String> {
    names
        .iter()
        .filter(|a| !names_the_site(a, sites) || is_site_owner(a, sites))
        .cloned()
        .collect()
}

/// Two author lists name a common person (same name, or one name inside
/// the other: "Jane Doe" and "Dr. Jane Doe").
fn shares_a_name(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| {
        let fx = fold(x);
        b.iter().any(|y| {
            let fy = fold(y);
            fx == fy || fx.contains(&fy) || fy.contains(&fx)
        })
    })
}

/// Every name of `some` is in `all` (folded, honorifics aside).
fn names_all(all: &[String], some: &[String]) -> bool {
    some.iter()
        .all(|x| all.iter().any(|y| authors::same_person(x, y)))
}

/// A CMS login rather than a display name: one token joined by dots,
/// underscores or digits ("jane.doe", "editor_2"); a plain single word
/// ("Susan") may be a first name.
fn is_login_handle(s: &str) -> bool {
    let s = s.trim();
    !s.contains(' ')
        && authors::looks_like_handle(s)
        && s.chars()
            .any(|c| matches!(c, '.' | '_') || c.is_ascii_digit())
}

/// Every source of author names, strongest first, each with its kind and
/// provenance label.
fn author_sources(scan: &Scan, ld: &LdInfo) -> Vec<(Vec<String>, AuthorSource, String)> {
    use AuthorSource::{HeadlineByline, Page, Structured};
    let mut out: Vec<(Vec<String>, AuthorSource, String)> = Vec::new();
    if !ld.authors.is_empty() {
        out.push((
            cap(ld.authors.clone()),
            Structured,
            "json-ld:author".to_string(),
        ));
    }
    for key in AUTHOR_META {
        let mut names = Vec::new();
        for v in scan.meta_all(key) {
            if v.contains("://") || v.starts_with('@') {
                continue;
            }
            names.extend(authors::structured_author(v).0);
        }
        if !names.is_empty() {
            out.push((cap(names), Structured, format!("meta:{key}")));
        }
    }
    // Share-card labels: `twitter:label1` "Written by" with the name in
    // `twitter:data1`, as blog engines and SEO plugins emit them.
    let labelled = written_by_card(scan);
    if !labelled.is_empty() {
        out.push((cap(labelled), Structured, "meta:twitter:data".to_string()));
    }
    if let Some((key, v)) = scan.rdfa_keyed(&RDFA_AUTHOR) {
        let names = authors::structured_author(v).0;
        if !names.is_empty() {
            out.push((cap(names), Structured, format!("rdfa:{key}")));
        }
    }
    // Microdata authors: co-authors sit together; many author marks are the
    // posts of a thread, whose first is the original poster.
    let marked: Vec<&str> = scan
        .itemprops
        .iter()
        .filter(|(k, _)| k == "author" || k == "creator")
        .map(|(_, v)| v.as_str())
        .collect();
    let take = if marked.len() > 3 { 1 } else { marked.len() };
    let names: Vec<String> = marked
        .iter()
        .take(take)
        .flat_map(|v| authors::structured_author(v).0)
        .collect();
    if !names.is_empty() {
        out.push((cap(names), Structured, "microdata:author".to_string()));
    }
    // A thread of posts: its first post's author started it.
    if let Some(op) = thread_starter(&scan.post_authors) {
        out.push((vec![op], Page, "post-author".to_string()));
    }
    // Software that marks every post, the first too, as a reply item.
    let first_reply = scan
        .itemprops
        .iter()
        .find(|(k, _)| k == "reply-author")
        .map(|(_, v)| authors::structured_author(v).0);
    if let Some(names) = first_reply.filter(|n| !n.is_empty()) {
        out.push((cap(names), Page, "microdata:author".to_string()));
    }
    // Bylines under the headline: "By …", or a "Written by" label line
    // followed by the name.
    let lines = &scan.near_h1;
    let name_line = name_beside_dateline(scan);
    for (i, line) in lines.iter().enumerate() {
        // A "By" line below the writer's name line is the body's.
        if name_line.as_ref().is_some_and(|(at, _)| *at < i) {
            break;
        }
        if !starts_with_byline_word(line) {
            continue;
        }
        let by_nodes = scan.near_h1_bylines.get(i).and_then(Option::as_deref);
        let text = by_nodes.unwrap_or(line);
        let mut n = plausible_dom_names(text);
        // Right under the headline (where the dateline's author is looked
        // for too), "by jdoe42" names the writer by a user handle.
        if n.is_empty() && i < 12 {
            n.extend(authors::handle_byline(text));
        }
        if !n.is_empty() {
            let kind = if credits_the_writer(text) {
                HeadlineByline
            } else {
                Page
            };
            out.push((cap(n), kind, "byline".to_string()));
            break;
        }
        // A bare label ("Written by") with the name on the next line.
        if authors::is_byline_label(line) {
            if let Some(next) = lines.get(i + 1) {
                let (n, _) = parse_byline(next);
                if !n.is_empty() {
                    let kind = if credits_the_writer(&format!("{line} ")) {
                        HeadlineByline
                    } else {
                        Page
                    };
                    out.push((cap(n), kind, "byline".to_string()));
                    break;
                }
            }
        }
    }
    // A name alone on its line under the headline, beside the dateline or
    // the writer's role: themes that show the writer without a "By".
    if let Some((_, n)) = name_line {
        out.push((vec![n], HeadlineByline, "name-line".to_string()));
    }
    // A dateline under the headline that also names the author: "Jane Doe
    // | Senior Writer | July 2, 2025", "Dec 26, 2025 • Jane Doe".
    for line in lines.iter().take(12) {
        let dated = find_dates(line, None).iter().any(|d| is_dateline(line, d));
        // The name stands in its own part of the line, apart from the date.
        let separated = line.contains(['|', '·', '•']);
        if !dated || !separated {
            continue;
        }
        let (n, _) = parse_byline(line);
        let n: Vec<String> = n
            .into_iter()
            .filter(|x| (2..=3).contains(&x.split_whitespace().count()))
            .collect();
        if !n.is_empty() {
            out.push((cap(n), Page, "dateline".to_string()));
            break;
        }
    }
    if let Some(n) = scan
        .byline_lines
        .iter()
        .map(|t| plausible_dom_names(t))
        .find(|n| !n.is_empty())
        .map(full_names)
        .filter(|n| !n.is_empty())
    {
        out.push((cap(n), Page, "byline".to_string()));
    }
    // Author-classed elements without a "By": a lone word there is as
    // likely a label or category as a name.
    for t in &scan.byline_elements {
        let (n, _) = parse_byline(t);
        let explicit = starts_with_byline_word(t);
        let n: Vec<String> = n
            .into_iter()
            .filter(|x| explicit || x.split_whitespace().count() >= 2)
            .collect();
        if !n.is_empty() {
            out.push((cap(n), Page, "author-element".to_string()));
            break;
        }
    }
    // Links to a writer's archive page, the weakest sign; links joined by
    // separators only ("A, B & C") list co-authors.
    if let Some(i) = scan
        .author_links
        .iter()
        .position(|(t, _)| !authors::structured_author(t).0.is_empty())
    {
        let group = scan.author_links.iter().skip(i).enumerate();
        let mut n: Vec<String> = Vec::new();
        for (k, (t, joined)) in group {
            if k > 0 && !joined {
                break;
            }
            for name in authors::structured_author(t).0 {
                if !n.contains(&name) {
                    n.push(name);
                }
            }
        }
        out.push((cap(n), Page, "author-link".to_string()));
    }
    out
}

/// The first of the short lines under the headline that is only a
/// person's full name and stands right before a dateline or a job title
/// ("Jane Doe" / "Dec 19, 2025 · 5 min read").
fn name_beside_dateline(scan: &Scan) -> Option<(usize, String)> {
    let lines = &scan.near_h1;
    for (i, line) in lines.iter().enumerate().take(12) {
        let name = line.trim();
        let words = name.split_whitespace().count();
        if !(2..=3).contains(&words)
            || !authors::looks_like_name(name)
            || authors::is_organisation(name)
            || authors::is_job_title(name)
        {
            continue;
        }
        // "Reviewed by Jane Doe", "Fact checked by: Jane Doe": a line above
        // labels the name as someone else than the writer.
        let labelled = lines
            .iter()
            .take(i)
            .any(|l| l.find(name).is_some_and(|at| at > 0));
        if labelled {
            continue;
        }
        let next = lines.get(i + 1).map(|l| l.trim());
        // A label with a date under it may be a category: the writer's name
        // is also a link to the writer's page, or sits in the post's
        // details with its reading time.
        if !shown_as_a_person(scan, name) && !next.is_some_and(states_reading_time) {
            continue;
        }
        let beside = next.is_some_and(|n| {
            opens_with_date(n) || (n.split_whitespace().count() <= 4 && authors::is_job_title(n))
        });
        if beside {
            return Some((i, name.to_string()));
        }
    }
    None
}

/// The page links to `name`'s own page, whose slug spells the name
/// (`/author/jane-doe`): a category or brand label has none.
fn shown_as_a_person(scan: &Scan, name: &str) -> bool {
    let key: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    scan.person_slugs.iter().any(|s| s.starts_with(&key))
}

/// A short line that opens with its date or a date label ("Dec 19, 2025 ·
/// 5 min read", "Last updated on 17 December 2025"), not with a name.
fn opens_with_date(line: &str) -> bool {
    line.split_whitespace().count() <= 16
        && find_dates(line, None).first().is_some_and(|d| {
            super::dates::date_label(line).is_some()
                || !line
                    .get(..d.start)
                    .unwrap_or("")
                    .chars()
                    .any(char::is_alphanumeric)
        })
}

/// A post's details line states a reading time ("6 min read"), as blog
/// themes set it beside the writer and the date.
fn states_reading_time(line: &str) -> bool {
    let l = line.to_lowercase();
    l.contains(" min read") || l.contains(" minute read") || l.contains(" mins read")
}

/// A byline that credits the writer ("By …", "Written by …"), not a
/// reviewer, editor or photographer ("Reviewed by", "Edited by").
fn credits_the_writer(line: &str) -> bool {
    let l = line.trim_start().to_lowercase();
    const WRITER: [&str; 11] = [
        "by ",
        "by:",
        "written by",
        "words by",
        "story by",
        "authored by",
        "posted by",
        "von ",
        "par ",
        "por ",
        "door ",
    ];
    WRITER.iter().any(|w| l.starts_with(w))
}

/// Names in a share card labelled as the writer: `twitter:labelN` "Written
/// by" (or "Author", "By") with the value in `twitter:dataN`.
fn written_by_card(scan: &Scan) -> Vec<String> {
    let mut out = Vec::new();
    for n in 1..=4 {
        let label_key = format!("twitter:label{n}");
        let data_key = format!("twitter:data{n}");
        let label = scan.metas.iter().find(|(k, _)| *k == label_key);
        let Some((_, label)) = label else {
            continue;
        };
        if !authors::is_byline_label(label) {
            continue;
        }
        if let Some((_, v)) = scan.metas.iter().find(|(k, _)| *k == data_key) {
            out.extend(authors::structured_author(v).0);
        }
    }
    out
}

/// The author of a thread's first post: the first post-author mark, when
/// the markup names it by attribute or the marks repeat (a thread of posts,
/// not a lone label), cleaned to a person's name or a user handle.
fn thread_starter(marks: &[(String, bool)]) -> Option<String> {
    let (first, by_attr) = marks.first()?;
    if !by_attr && marks.len() < 2 {
        return None;
    }
    let first = first.trim_start_matches('@');
    // Cleaned like any structured author: no "By", job titles or credits.
    authors::structured_author(first).0.into_iter().next()
}

/// Names from a byline found in the page text. A one-word name counts only
/// when it is all the byline says ("By Susan"): in a longer line a lone
/// capitalised word is more often a sentence start or a link label.
fn plausible_dom_names(byline: &str) -> Vec<String> {
    let (names, _) = parse_byline(byline);
    let short_line = authors::strip_byline_prefix(byline)
        .split_whitespace()
        .count()
        <= 2;
    names
        .into_iter()
        .filter(|n| short_line || n.split_whitespace().count() >= 2)
        .collect()
}

// Away from the headline, a one-word "By …" is a sort order, a brand or a
// section ("Sort by Weight", "by Design"): only full names count there.
fn full_names(names: Vec<String>) -> Vec<String> {
    names
        .into_iter()
        .filter(|n| n.split_whitespace().count() >= 2)
        .collect()
}

fn cap(mut v: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in v.drain(..) {
        if !out.iter().any(|o| fold(o) == fold(&n)) {
            out.push(n);
        }
    }
    out.truncate(10);
    out
}

/// The `YYYY-MM-DD` part of a date.
fn day_of(date: &str) -> &str {
    date.get(..10).unwrap_or(date)
}

/// `date` falls on a later day than `latest`.
fn is_after_day(date: &str, latest: &str) -> bool {
    day_of(date) > day_of(latest)
}

// A first-publication date is no later than the dates the page gives
// otherwise: a later one belongs to something else the text mentions.
fn earliest_of(date: &str, chosen: Option<&str>, latest: Option<&str>) -> bool {
    [chosen, latest]
        .into_iter()
        .flatten()
        .all(|d| !is_after_day(date, d))
}

/// 1970-01-01 is what an unset Unix timestamp renders as, not a date the
/// page was published.
// A date the page's text gave (not a declaration in its markup).
fn is_read_from_text(source: &str) -> bool {
    matches!(source, "dateline" | "labelled-line" | "time")
}

// An update read from the text that comes before the publication is a
// misreading (a day-first "02/12" taken month-first) or another post's date.
fn is_before_published(date: &str, published: Option<&str>) -> bool {
    published.is_some_and(|p| day_of(date) < day_of(p))
}

fn is_epoch_zero(date: &str) -> bool {
    date.starts_with("1970-01-01") || date.starts_with("1969-12-31")
}

/// The best `<time>` candidate for a published (or updated) date, read by
/// `parse`. A candidate that holds no readable date (a wrapper `<time>`
/// around the one with the `datetime`) is passed over, not chosen.
fn best_time(
    times: &[TimeCandidate],
    updated: bool,
    min_score: i32,
    parse: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let mut best: Option<(i32, String)> = None;
    for t in times
        .iter()
        .filter(|t| t.updated == updated && t.score >= min_score)
    {
        if best.as_ref().map_or(true, |(s, _)| t.score > *s) {
            if let Some(d) = parse(&t.value) {
                best = Some((t.score, d));
            }
        }
    }
    best.map(|(_, d)| d)
}

/// The same day with a time and zone, when another source gives one.
fn most_precise(chosen: String, others: &[Option<String>]) -> String {
    let day = chosen.get(..10).unwrap_or(&chosen).to_string();
    others
        .iter()
        .flatten()
        .filter(|o| o.starts_with(&day) && o.len() > chosen.len())
        .max_by_key(|o| o.len())
        .cloned()
        .unwrap_or(chosen)
}

/// The declared (metadata) publication date, unless the page shows an
/// earlier one: CMS migrations and republishing move the declared date
/// forward, while the visible date keeps the original publication; a later
/// visible date is more likely an update.
fn prefer_visible_date(declared: Option<Sourced>, visible: Option<Sourced>) -> Option<Sourced> {
    match (declared, visible) {
        (Some(d), Some(v)) => {
            let (dd, vd) = (d.0.get(..10).unwrap_or(&d.0), v.0.get(..10).unwrap_or(&v.0));
            if vd < dd {
                Some(v)
            } else {
                Some(d)
            }
        }
        (d, v) => d.or(v),
    }
}

/// A dateline in the short lines under the headline: "Published 12 March
/// 2025", "Updated: …".
fn dateline_near_h1(datelines: &Datelines, updated: bool) -> Option<String> {
    dateline_found(datelines, updated).map(|(_, d)| d.date)
}

/// The other reading of a dateline that is an ambiguous numeric date
/// ("03/10/2023" read month-first by an `en` page).
fn dateline_other_reading(datelines: &Datelines, lang: Option<&str>) -> Option<String> {
    let (line, d) = dateline_found(datelines, false)?;
    super::dates::other_numeric_reading(line.get(d.start..d.end)?, lang)
}

/// The dates of the short lines at the headline that read as datelines,
/// in reading order: (line, date, whether the line is the bare date).
type Datelines<'s> = Vec<(&'s String, super::dates::FoundDate, bool)>;

/// The [`Datelines`] of a page.
fn datelines<'s>(scan: &'s Scan, lang: Option<&str>) -> Datelines<'s> {
    // The dateline sits right at the headline: the first lines after it,
    // or the last ones before it; a page without a headline has no "just
    // before it", only its first datelines from the top.
    // Each line with the one before it in reading order.
    fn with_prev(lines: Vec<&String>) -> Vec<(&String, Option<&String>)> {
        let prevs = std::iter::once(None).chain(lines.iter().copied().map(Some));
        lines.iter().copied().zip(prevs).collect()
    }
    let after = with_prev(scan.near_h1.iter().take(20).collect());
    let before = if scan.h1s.is_empty() {
        with_prev(scan.first_dated.iter().collect())
    } else {
        let mut before = with_prev(scan.before_h1.iter().collect());
        before.reverse();
        before
    };
    after
        .into_iter()
        .chain(before)
        .filter(|(l, prev)| {
            l.chars().count() <= 120
                && !is_membership_label(l)
                && !prev.is_some_and(|p| is_membership_label(p))
        })
        .map(|(l, _)| l)
        .flat_map(|l| {
            find_dates(l, lang)
                .into_iter()
                .filter(move |d| is_dateline(l, d) && !after_other_label(l, d))
                .map(move |d| {
                    let bare = is_bare_date(l, &d);
                    (l, d, bare)
                })
        })
        .collect()
}

/// The first published (or updated) dateline of the page's [`Datelines`],
/// with the line it was read from.
fn dateline_found<'s>(
    found: &Datelines<'s>,
    updated: bool,
) -> Option<(&'s String, super::dates::FoundDate)> {
    // A bare date whose containing line labels it as an update ("Updated
    // <span>Jan 8, 2026</span>" gives both lines) is that update.
    let is_update_date = |date: &str| found.iter().any(|(_, d, _)| d.updated && d.date == date);
    found
        .iter()
        .find(|(_, d, bare)| {
            d.updated == updated && (updated || !(*bare && is_update_date(&d.date)))
        })
        .map(|(l, d, _)| (*l, d.clone()))
}

// A forum's user card dates the account, not the post: "Joined Nov 4,
// 2011", "Member since", "Registered" (a label line, or the label before
// the date's own line).
fn is_membership_label(line: &str) -> bool {
    const LABELS: [&str; 16] = [
        "joined",
        "join date",
        "member since",
        "registered",
        "mitglied seit",
        "registriert",
        "dabei seit",
        "inscrit",
        "membre depuis",
        "miembro desde",
        "registrado",
        "iscritto",
        "lid sinds",
        "geregistreerd",
        "zarejestrowany",
        "регистрация",
    ];
    let lower = line.trim_start().to_lowercase();
    LABELS.iter().any(|l| {
        lower
            .strip_prefix(l)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// Nothing but the date on its line (no label word).
fn is_bare_date(line: &str, d: &super::dates::FoundDate) -> bool {
    let before = line.get(..d.start).unwrap_or("");
    let after = line.get(d.end..).unwrap_or("");
    !before.chars().chain(after.chars()).any(char::is_alphabetic)
}

/// The date follows a label that names something else than the piece's
/// date ("Founded: Dec 11, 2021", "Deadline: 3 May 2025", "Born: …"): a
/// label of up to three words before a colon that does not end in a
/// publication or update label and does not say date, time or "on".
fn after_other_label(line: &str, d: &super::dates::FoundDate) -> bool {
    let before = line.get(..d.start).unwrap_or("").trim_end();
    let Some(label) = before.strip_suffix(':') else {
        return false;
    };
    let words: Vec<String> = label
        .split_whitespace()
        .rev()
        .take(4)
        .map(|w| w.to_lowercase())
        .collect();
    let names_date = words
        .iter()
        .any(|w| w.contains("date") || w.contains("time") || w == "on");
    // "Essay - Published:": the label's last words are what it says.
    let labels_date = (1..=words.len()).any(|n| {
        let tail: Vec<&str> = words.iter().take(n).rev().map(String::as_str).collect();
        super::dates::date_label(&tail.join(" ")).is_some()
    });
    !words.is_empty() && words.len() <= 3 && !names_date && !labels_date
}

/// The date is the point of the line: few other words ("Published 12 March
/// 2025 by Jane Doe"), not a sentence that mentions a date ("As of July 31,
/// 2025, the agency has received:").
fn is_dateline(line: &str, d: &super::dates::FoundDate) -> bool {
    let before = line.get(..d.start).unwrap_or("");
    let after = line.get(d.end..).unwrap_or("");
    let rest = format!("{before} {after}");
    let words = rest
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    // "As of July 31, 2025, the agency has received:" introduces a list.
    words <= 5 && !after.trim_end().ends_with(':')
}

/// A date in the URL path: `/2025/03/12/`, `/2025-03-12-slug`.
fn date_in_url(url: &str) -> Option<String> {
    let path = url.split_once("://").map_or(url, |(_, r)| r);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let bytes = path.as_bytes();
    let n = bytes.len();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let num = |a: usize, b: usize| path.get(a..b).and_then(|s| s.parse::<u32>().ok());
    for i in 0..n {
        if bytes.get(i) != Some(&b'/') || !(digit(i + 1) && digit(i + 4)) {
            continue;
        }
        let sep = bytes.get(i + 5).copied();
        if !(matches!(sep, Some(b'/' | b'-')) && digit(i + 6) && digit(i + 7)) {
            continue;
        }
        if bytes.get(i + 8).copied() != sep || !(digit(i + 9) && digit(i + 10)) {
            continue;
        }
        // The day must end the number: "/2025/03/12/" or "/2025-03-12-slug".
        if bytes.get(i + 11).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        if let (Some(y), Some(mo), Some(d)) =
            (num(i + 1, i + 5), num(i + 6, i + 8), num(i + 9, i + 11))
        {
            if let Some(date) = super::dates::ymd(y, mo, d) {
                return Some(date);
            }
        }
    }
    None
}

/// A breadcrumb "Home" in several languages.
fn is_home_label(folded: &str) -> bool {
    matches!(
        folded,
        "home"
            | "homepage"
            | "start"
            | "startseite"
            | "accueil"
            | "inicio"
            | "início"
            | "home page"
            | "главная"
            | "strona główna"
            | "hem"
            | "forside"
            | "etusivu"
            | "首页"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noscript_markup_is_the_largest_markup_text() {
        let body = |n: usize| format!("<div><p>{}</p></div>", "word ".repeat(n));
        let html = format!(
            "<html><head><noscript><img src=x></noscript></head><body>\
             <noscript>{}</noscript><p>Enable JavaScript</p><noscript>{}</noscript></body></html>",
            body(300),
            body(600)
        );
        let doc = crate::html::dom::parse_document(&html);
        assert_eq!(noscript_markup(&doc), Some(body(600).as_str()));
        let small = crate::html::dom::parse_document("<noscript><p>js off</p></noscript>");
        assert_eq!(noscript_markup(&small), None);
        let text = format!("<noscript>{}</noscript>", "plain ".repeat(300));
        assert_eq!(
            noscript_markup(&crate::html::dom::parse_document(&text)),
            None
        );
    }
    use proptest::prelude::*;

    // Every element of a parsed fragment.
    fn elements(doc: &Html) -> Vec<ElementRef<'_>> {
        doc.tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap)
            .collect()
    }

    #[test]
    fn text_helpers_on_blank_and_unicode_edges() {
        assert_eq!(trim_text("\n\t  \x0b\x0c\r "), "");
        assert_eq!(trim_text("\u{a0} By Jane\u{2003}\n"), "By Jane");
        assert_eq!(trim_text(" é "), "é");
        assert!(has_ascii_digit(b"abcdefgh9"));
        assert!(has_ascii_digit(b"0"));
        assert!(!has_ascii_digit("/:ÿ\u{660}é abcdefgh".as_bytes()));
    }

    proptest! {
        // The byte-wise trim is std's.
        #[test]
        fn trim_text_is_trim(s in "[ \t\n\x0b\x0c\r\u{a0}\u{2003}a-c é]{0,24}") {
            prop_assert_eq!(trim_text(&s), s.trim());
        }

        // The eight-byte digit test is the byte-wise one.
        #[test]
        fn digit_test_is_bytewise(b in proptest::collection::vec(any::<u8>(), 0..40)) {
            prop_assert_eq!(has_ascii_digit(&b), b.iter().any(u8::is_ascii_digit));
        }

        // The eight-byte spacing test is the byte-wise one.
        #[test]
        fn spacing_test_is_bytewise(
            b in proptest::collection::vec(
                prop_oneof![Just(b' '), Just(b'\t'), Just(b'\r'), Just(0xa0), Just(b'x'), Just(b'y'), any::<u8>()],
                0..40,
            ),
        ) {
            let mut prev_space = false;
            let expected = b.iter().all(|&c| {
                let ok = c.is_ascii() && !(c == b' ' && prev_space) && !matches!(c, b'\t'..=b'\r');
                prev_space = c == b' ';
                ok
            });
            prop_assert_eq!(is_single_spaced_ascii(&b), expected);
        }

        // The eight-byte blank skip is the byte-wise one.
        #[test]
        fn blank_skip_is_bytewise(
            b in proptest::collection::vec(
                prop_oneof![Just(b' '), Just(b'\t'), Just(b'\n'), Just(0x0b), Just(0x0c), Just(b'\r'), Just(0xa0), Just(0x20 | 0x80), Just(b'x'), any::<u8>()],
                0..40,
            ),
        ) {
            prop_assert_eq!(
                first_non_blank(&b),
                b.iter().position(|c| !matches!(c, b' ' | b'\t'..=b'\r'))
            );
        }

        // Appended words are the text's words joined by single spaces.
        #[test]
        fn push_words_joins_words(before in "[a-z]{0,3}", t in "[a-c  \t\n\u{a0}é]{0,16}") {
            let t = t.trim();
            let mut out = before.clone();
            push_words(&mut out, t, is_single_spaced_ascii(t.as_bytes()));
            let mut expected = before;
            for w in t.split_whitespace() {
                if !expected.is_empty() {
                    expected.push(' ');
                }
                expected.push_str(w);
            }
            prop_assert_eq!(out, expected);
        }

        // On every element of generated markup, the one-pass readings agree
        // with the simple definitions.
        #[test]
        fn element_readings_agree_with_definitions(
            parts in proptest::collection::vec(
                "(<p>|</p>|<div class=a>|</div>|<script>x1</script>|<svg><text>7</text></svg>|<span>|</span>| |\n\t|By Jane|9 May|\u{a0}x| é  b)",
                0..24,
            ),
            max in 1usize..40,
        ) {
            let doc = Html::parse_fragment(&parts.concat());
            for el in elements(&doc) {
                prop_assert!(preorder(*el).eq(el.descendants()));
                prop_assert_eq!(short_text(el, max), short_text_reference(el, max));
                let own = OwnText::of(el, true, true);
                prop_assert_eq!(own.has_digit, own_text_has_digit(el));
                prop_assert_eq!(own.first_text, first_own_text(el));
                prop_assert_eq!(OwnText::of(el, true, false).has_digit, own_text_has_digit(el));
                prop_assert_eq!(OwnText::of(el, false, true).first_text, first_own_text(el));
            }
        }

        // The attributes read in one pass are those the lookups find.
        #[test]
        fn scan_attrs_agree_with_lookups(
            attrs in proptest::collection::vec(
                "(itemprop|property|class|id|author|data-author|href|title)=\"[a-z]{0,3}\"",
                0..6,
            ),
        ) {
            let doc = Html::parse_fragment(&format!("<span {}>x</span>", attrs.join(" ")));
            let (author, data_author) = (LocalName::from("author"), LocalName::from("data-author"));
            for el in elements(&doc) {
                let v = el.value();
                let a = ScanAttrs::of(v, &author, &data_author);
                prop_assert_eq!(a.itemprop, v.attr_atom(&local_name!("itemprop")));
                prop_assert_eq!(a.property, v.attr_atom(&local_name!("property")));
                prop_assert_eq!(a.class, v.attr_atom(&local_name!("class")));
                prop_assert_eq!(a.id, v.attr_atom(&local_name!("id")));
                prop_assert_eq!(a.author, v.attr_str("author"));
                prop_assert_eq!(a.data_author, v.attr_str("data-author"));
            }
        }
    }

    #[test]
    fn person_page_gate_knows_every_word() {
        for w in PERSON_SEGMENTS {
            assert!(may_link_to_person_page(&format!(
                "/x/{}/jane-doe",
                w.to_uppercase()
            )));
            assert!(may_link_to_person_page(&format!("{w}/jane-doe")));
        }
        assert!(!may_link_to_person_page(
            "https://example.com/2024/05/a-story/"
        ));
    }

    proptest! {
        // No link that the author-archive or person-page tests take fails
        // the gate before them.
        #[test]
        fn person_page_gate_keeps_every_person_link(
            parts in proptest::collection::vec(
                "(/|//|://|https:|\\?|#|Author|authors|team|x|jane-doe|ab|é|Profiles|contributor)",
                0..10,
            ),
        ) {
            let href = parts.concat();
            if links_to_author_archive(&href) || person_page_slug(&href).is_some() {
                prop_assert!(may_link_to_person_page(&href));
            }
        }
    }

    // [`is_subtitle_element`] as first written.
    fn is_subtitle_element_reference(el: ElementRef) -> bool {
        let hints = class_and_id(el).to_ascii_lowercase();
        SUBTITLE_STEMS.iter().any(|h| {
            hints
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w == *h || w.starts_with(h))
        })
    }

    proptest! {
        #[test]
        fn subtitle_test_agrees_with_reference(
            class in "(Sub|title|-|_| |dek|DECK|é|intro|x|lede|teas|er|standfirst)*",
            id in proptest::option::of("(Sub|head|-|intro|x|é)*"),
        ) {
            let id = id.map(|i| format!(" id=\"{i}\"")).unwrap_or_default();
            let doc = Html::parse_fragment(&format!("<p class=\"{class}\"{id}>x</p>"));
            for el in elements(&doc) {
                prop_assert_eq!(is_subtitle_element(el), is_subtitle_element_reference(el));
            }
        }
    }

    // [`names_username`] as first written (past its hint gate).
    fn names_username_reference(class: &str) -> bool {
        class.split_whitespace().any(|t| {
            let t: String = t
                .chars()
                .filter(|c| !matches!(c, '-' | '_'))
                .flat_map(char::to_lowercase)
                .collect();
            t.contains("username")
                || matches!(
                    t.as_str(),
                    "poster"
                        | "postername"
                        | "postauthor"
                        | "authorname"
                        | "messageauthor"
                        | "topicauthor"
                        | "postuser"
                        | "postusername"
                )
        })
    }

    proptest! {
        #[test]
        fn username_test_agrees_with_reference(
            class in "(User|name|-|_| |post|Author|poster|x|\u{212a}|é|topic|message){0,8}",
        ) {
            let doc = Html::parse_fragment(&format!("<span class=\"{class}\">x</span>"));
            for el in elements(&doc) {
                if el.value().name() == "span" {
                    prop_assert_eq!(names_username(el, u8::MAX), names_username_reference(&class));
                }
            }
        }
    }

    fn meta_of(html: &str, url: Option<&str>) -> Metadata {
        from_document(&Html::parse_document(html), url)
    }

    #[test]
    fn author_archive_links() {
        assert!(links_to_author_archive(
            "https://example.com/author/jane-doe/"
        ));
        assert!(links_to_author_archive("/blog/authors/jd?ref=byline"));
        assert!(!links_to_author_archive("/authors/"));
        assert!(!links_to_author_archive("/authoring-guide/intro"));
        assert!(!links_to_author_archive("https://author.example.com/"));
    }

    #[test]
    fn person_page_slugs() {
        assert_eq!(
            person_page_slug("https://example.com/blog/author/jane-doe/").as_deref(),
            Some("janedoe")
        );
        assert_eq!(
            person_page_slug("/component/userprofile/janedoe?tab=2").as_deref(),
            Some("janedoe")
        );
        assert_eq!(person_page_slug("/blog/jane-doe"), None);
        assert_eq!(person_page_slug("/team/"), None);
        assert_eq!(person_page_slug("/authors/jd"), None);
    }

    #[test]
    fn name_line_under_headline() {
        // A reviewer named above the name line: the name is no byline.
        let reviewed = meta_of(
            r#"<html lang="en"><head><title>Sleep and memory</title></head><body>
            <h1>Sleep and memory</h1><p>Medically reviewed by Dana Whitfield</p>
            <p>Dana Whitfield</p><p>June 3, 2025 · 4 min read</p>
            <p>Sleep helps the brain keep what it learned during the day.</p></body></html>"#,
            None,
        );
        assert!(reviewed.authors.is_empty());
        // A category label over the date, with no writer's page nor
        // reading time, is no name.
        let category = meta_of(
            r#"<html lang="en"><head><title>Sleep and memory</title></head><body>
            <h1>Sleep and memory</h1><p>Brain Health</p><p>June 3, 2025</p>
            <p>Sleep helps the brain keep what it learned during the day.</p></body></html>"#,
            None,
        );
        assert!(category.authors.is_empty());
    }

    #[test]
    fn home_pages_by_path() {
        assert!(is_home_page("https://www.example.com"));
        assert!(is_home_page("https://www.example.com/"));
        assert!(is_home_page("https://www.example.com/?ref=ad"));
        assert!(is_home_page("https://www.example.com/en-gb/"));
        assert!(!is_home_page("https://www.example.com/blog/"));
        assert!(!is_home_page("https://www.example.com/2025/03/story"));
        assert!(!is_home_page("not a url"));
    }

    #[test]
    fn meta_keys_in_one_form() {
        assert_eq!(meta_key("DC.creator"), "dc.creator");
        assert_eq!(meta_key("dc:creator"), "dc.creator");
        assert_eq!(meta_key("dcterms:modified"), "dcterms.modified");
        assert_eq!(meta_key("schema:datePublished"), "datepublished");
        assert_eq!(meta_key(" og:title "), "og:title");
    }

    #[test]
    fn jsonld_wins_over_meta_and_dom() {
        let m = meta_of(
            r#"<html lang="en-GB"><head><title>Storm hits coast | Example News</title>
            <meta property="og:title" content="Storm hits coast">
            <meta name="author" content="Someone Else">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast",
              "author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2025-03-12T10:00:00Z",
              "publisher":{"@type":"Organization","name":"Example News"}}</script>
            </head><body><h1>Storm hits coast</h1><p>By Jane Doe</p></body></html>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Storm hits coast"));
        assert_eq!(m.authors, vec!["Jane Doe"]);
        assert_eq!(m.published.as_deref(), Some("2025-03-12T10:00:00Z"));
        assert_eq!(m.site_name.as_deref(), Some("Example News"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
    }

    #[test]
    fn every_filled_field_names_its_source() {
        let m = meta_of(
            r#"<html lang="en-GB"><head><title>Storm hits coast | Example News</title>
            <meta property="og:title" content="Storm hits coast">
            <meta property="og:site_name" content="Example News">
            <meta property="og:description" content="A storm.">
            <meta name="twitter:image" content="/i.jpg">
            <meta name="keywords" content="storm, coast">
            <link rel="canonical" href="https://ex.com/storm">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast",
              "author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2025-03-12T10:00:00Z",
              "dateModified":"2025-03-13"}</script>
            </head><body><h1>Storm hits coast</h1></body></html>"#,
            None,
        );
        let want = [
            ("title", "h1+title"),
            ("authors", "json-ld:author"),
            ("published", "json-ld:datePublished"),
            ("modified", "json-ld:dateModified"),
            ("site_name", "og:site_name"),
            ("url", "link:canonical"),
            ("language", "html:lang"),
            ("description", "og:description"),
            ("image", "meta:twitter:image"),
            ("tags", "meta:keywords"),
        ];
        for (field, src) in want {
            assert_eq!(
                m.sources.get(field).map(String::as_str),
                Some(src),
                "{field}"
            );
        }
        // Nothing is claimed for fields left empty.
        assert!(m.subtitle.is_none() && !m.sources.contains_key("subtitle"));
        assert!(m.categories.is_empty() && !m.sources.contains_key("categories"));

        // Fallbacks name themselves too.
        let m = meta_of(
            r#"<html><head><title>A quiet street in the old town - Walks</title></head>
            <body><article><p class="byline">By Ann Lee</p>
            <time class="published" datetime="2024-05-06">6 May</time><p>x</p></article></body></html>"#,
            Some("https://walks.example/a"),
        );
        assert_eq!(m.title.as_deref(), Some("A quiet street in the old town"));
        assert_eq!(m.sources.get("title").map(String::as_str), Some("title"));
        assert_eq!(m.sources.get("authors").map(String::as_str), Some("byline"));
        assert_eq!(m.sources.get("published").map(String::as_str), Some("time"));
        assert!(!m.sources.contains_key("language"));
    }

    #[test]
    fn opengraph_and_article_meta() {
        let m = meta_of(
            r#"<html><head><title>Orchid care basics - Plantly</title>
            <meta property="og:title" content="Orchid care basics">
            <meta property="og:site_name" content="Plantly">
            <meta property="og:url" content="https://plantly.example/care/orchids">
            <meta property="og:description" content="How to keep orchids alive.">
            <meta property="og:image" content="/img/orchid.jpg">
            <meta property="article:published_time" content="2024-05-02T08:00:00+02:00">
            <meta property="article:modified_time" content="2024-06-01">
            <meta property="article:section" content="Houseplants">
            <meta property="article:tag" content="orchids">
            <meta property="article:tag" content="care">
            <meta property="article:author" content="https://facebook.com/someone">
            <meta name="author" content="Ann Lee">
            <link rel="canonical" href="/care/orchids?ref=x">
            </head><body><p>Text</p></body></html>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Orchid care basics"));
        assert_eq!(m.site_name.as_deref(), Some("Plantly"));
        assert_eq!(
            m.url.as_deref(),
            Some("https://plantly.example/care/orchids?ref=x")
        );
        assert_eq!(
            m.image.as_deref(),
            Some("https://plantly.example/img/orchid.jpg")
        );
        assert_eq!(m.description.as_deref(), Some("How to keep orchids alive."));
        assert_eq!(m.published.as_deref(), Some("2024-05-02T08:00:00+02:00"));
        assert_eq!(m.modified.as_deref(), Some("2024-06-01"));
        assert_eq!(m.categories, vec!["Houseplants"]);
        assert_eq!(m.tags, vec!["orchids", "care"]);
        assert_eq!(m.authors, vec!["Ann Lee"]);
    }

    #[test]
    fn title_suffix_stripped_and_h1_preferred() {
        let m = meta_of(
            r#"<html><head><title>Ten ways to save energy at home this winter | The Daily Example</title></head>
            <body><header><h1 class="logo">The Daily Example</h1></header>
            <article><h1>Ten ways to save energy at home this winter</h1><p>Body.</p></article></body></html>"#,
            None,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Ten ways to save energy at home this winter")
        );
    }

    #[test]
    fn dom_byline_time_and_microdata() {
        let m = meta_of(
            r#"<html lang="de"><head><title>Ein Titel</title></head><body>
            <article><header><h1>Ein Titel über etwas</h1>
            <p class="meta">Von <a href="/autor/max">Max Muster</a> und Erika Mustermann</p>
            <time class="published" datetime="2025-03-12T09:00:00+01:00">12.03.2025</time>
            </header><p>Text.</p></article>
            <div class="comments"><time datetime="2025-04-01">1.4.</time></div>
            </body></html>"#,
            Some("https://ex.de/a"),
        );
        assert_eq!(m.authors, vec!["Max Muster", "Erika Mustermann"]);
        assert_eq!(m.published.as_deref(), Some("2025-03-12T09:00:00+01:00"));
        let m = meta_of(
            r#"<html><body><div itemscope itemtype="https://schema.org/Article">
            <h1 itemprop="headline">Microdata headline here</h1>
            <span itemprop="author" itemscope><span itemprop="name">Bo Kim</span></span>
            <meta itemprop="datePublished" content="2023-07-08">
            <span itemprop="datePublished" content="2023-07-08">July 8</span>
            </div></body></html>"#,
            None,
        );
        assert_eq!(m.authors, vec!["Bo Kim"]);
        assert_eq!(m.published.as_deref(), Some("2023-07-08"));
        assert_eq!(m.title.as_deref(), Some("Microdata headline here"));
    }

    #[test]
    fn byline_classes_are_told_from_lookalikes() {
        for yes in [
            "byline",
            "post-author",
            "entry-autor",
            "authorname",
            "author_box",
        ] {
            assert!(names_byline_or_author(yes), "{yes}");
        }
        for no in [
            "authorizationfeaturegraphic__legend",
            "authority-score",
            "autorisation",
            "post-meta-detail no-byline",
            "noauthor",
        ] {
            assert!(!names_byline_or_author(no), "{no}");
        }
    }

    #[test]
    fn site_owner_is_a_person_the_address_spells() {
        let url = Some("https://laurabrenner.net/notes/x");
        let owner = |site, title, url| site_owner(site, title, url);
        assert_eq!(
            owner(None, Some("A post | Laura Brenner"), url).as_deref(),
            Some("Laura Brenner")
        );
        // First or last name alone as the host, or a blog platform's subdomain.
        assert!(owner(
            Some("Laura Brenner"),
            None,
            Some("https://laura.blog.example/p")
        )
        .is_some());
        assert!(owner(Some("Laura Brenner"), None, Some("https://brenner.dev/")).is_some());
        // Another person's name, a brand named like a person, no address.
        assert!(owner(Some("Anna Berg"), None, url).is_none());
        assert!(owner(Some("Paper Trails"), None, Some("https://papertrails.com/")).is_none());
        assert!(owner(Some("Laura Brenner"), None, None).is_none());
        // Short names match only as the whole host label.
        assert!(!spelled_in_host(
            "Jo Lind",
            &host_labels("https://jo.example.org/")
        ));
        assert_eq!(host_labels("https://www.jane-doe.net:8080/a"), ["janedoe"]);
    }

    #[test]
    fn site_named_author_that_is_a_brand_is_no_person() {
        // The site's own name as the author, in capitals or with a trade
        // word, is the publisher: the byline names the writer.
        for brand in ["GLOBE WEEKLY", "Harbour Books"] {
            let html = format!(
                r#"<html><head><title>Ten quiet novels</title>
                <meta property="og:site_name" content="{brand}">
                <script type="application/ld+json">{{"@type":"Article","headline":"Ten quiet novels",
                "author":{{"@type":"Person","name":"{brand}"}}}}</script></head>
                <body><h1>Ten quiet novels</h1><p class="byline">By Mara Lindqvist</p>
                <p>Text of the piece.</p></body></html>"#
            );
            let m = meta_of(&html, None);
            assert_eq!(m.authors, vec!["Mara Lindqvist".to_string()], "{brand}");
        }
        // A personal site named after its owner keeps the owner as author.
        assert!(looks_like_personal_site_owner("Mara Lindqvist"));
        assert!(!looks_like_personal_site_owner("Harbour Books"));
        assert!(!looks_like_personal_site_owner("GLOBE WEEKLY"));
    }

    #[test]
    fn blog_engine_post_widget_is_content() {
        // Blog engines wrap the posts in a widget too; its date header is
        // the post's date (far from the blog's name in the h1).
        let nav: String = (1..=45)
            .map(|i| format!("<li><a href=\"/label/{i}\">Label number {i}</a></li>"))
            .collect();
        let m = meta_of(
            &format!(
                r#"<html lang="en"><body><h1 class="title"><a href="/">Field Notes</a></h1>
                <ul>{nav}</ul>
                <div class="main section"><div class="widget Blog"><div class="date-outer">
                <h2 class="date-header"><span>Tuesday, June 3, 2014</span></h2>
                <div class="post"><h3 class="post-title">Counting swifts at dusk</h3>
                <p>We counted the swifts again tonight from the old bridge.</p></div></div></div></div>
                </body></html>"#
            ),
            None,
        );
        assert_eq!(m.published.as_deref(), Some("2014-06-03"));
        assert!(is_post_widget(&["widget", "blog"]));
        assert!(!is_post_widget(&["widget", "archive"]));
    }

    #[test]
    fn address_byline_in_a_meta_column() {
        let html = |wrap: &str| {
            format!(
                r#"<html><body><h1>A quiet decade for comets</h1><p>Standfirst of the review.</p>
                <aside class="col"><div class="{wrap}"><address><a rel="author" href="/profile/ines-okafor">Ines Okafor</a>
                </address></div></aside><p>Body of the review.</p></body></html>"#
            )
        };
        assert_eq!(
            meta_of(&html("meta"), None).authors,
            vec!["Ines Okafor".to_string()]
        );
        // A commenter's address block is no byline.
        assert!(meta_of(&html("comment-body"), None).authors.is_empty());
    }

    #[test]
    fn lower_case_owner_of_a_personal_site() {
        let m = meta_of(
            r#"<html><head><meta property="og:site_name" content="Wren Halloway">
            <meta itemprop="author" content="wren halloway"></head>
            <body><h1>Herbs that keep aphids away</h1><p>Text.</p></body></html>"#,
            None,
        );
        assert_eq!(m.authors, vec!["Wren Halloway".to_string()]);
    }

    #[test]
    fn co_author_links_complete_the_declared_author() {
        let page = |between: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"Article",
                "headline":"Ranking the open courses of the year","author":{{"@type":"Person","name":"Lena Vos"}}}}</script></head>
                <body><h1>Ranking the open courses of the year</h1>
                <div class="authors"><a href="/report/author/lena/"><img src="l.jpg"></a>
                <a href="/report/author/lena/">Lena Vos</a>{between}<a href="/report/author/tomas/">Tomas Brandt</a></div>
                <p>Text of the ranking.</p></body></html>"#
            )
        };
        let m = meta_of(&page("<span>, </span>"), None);
        assert_eq!(
            m.authors,
            vec!["Lena Vos".to_string(), "Tomas Brandt".to_string()]
        );
        let m = meta_of(&page(" and "), None);
        assert_eq!(m.authors.len(), 2);
        // A second credit is not a co-author.
        let m = meta_of(&page("<span> · Reviewed by </span>"), None);
        assert_eq!(m.authors, vec!["Lena Vos".to_string()]);
    }

    #[test]
    fn forum_join_dates_are_no_datelines() {
        let m = meta_of(
            r#"<html lang="en"><body><h1>Which lens for night skies?</h1>
            <div class="user"><dl><dt>Joined</dt><dd>Mar 3, 2012</dd></dl>
            <div>Member since 4 May 2013</div></div>
            <p>I am looking for a wide lens for the Milky Way season.</p></body></html>"#,
            None,
        );
        assert_eq!(m.published, None);
        assert!(is_membership_label("Joined: Nov 4, 2011"));
        assert!(is_membership_label("Mitglied seit 2019"));
        assert!(!is_membership_label("Joinery basics, 12 May 2024"));
    }

    #[test]
    fn organisation_author_goes_to_site_name() {
        let m = meta_of(
            r#"<html><head><title>Markets rally</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Markets rally",
            "author":[{"@type":"Organization","name":"Reuters"}]}</script></head>
            <body><h1>Markets rally</h1></body></html>"#,
            None,
        );
        assert!(m.authors.is_empty());
        assert_eq!(m.site_name.as_deref(), Some("Reuters"));
    }

    #[test]
    fn broken_jsonld_falls_back() {
        let m = meta_of(
            r#"<html><head><title>Fallback title here</title>
            <script type="application/ld+json">{"@type":"Article",,, "headline": </script>
            <meta property="article:published_time" content="2022-02-02">
            </head><body><h1>Fallback title here</h1></body></html>"#,
            None,
        );
        assert_eq!(m.title.as_deref(), Some("Fallback title here"));
        assert_eq!(m.published.as_deref(), Some("2022-02-02"));
    }

    #[test]
    fn dates_after_other_labels() {
        let other = |l: &str| {
            super::super::dates::find_date(l, Some("en")).is_some_and(|d| after_other_label(l, &d))
        };
        assert!(other("Founded: Dec 11, 2021"));
        assert!(other("Deadline: 3 May 2025"));
        assert!(!other("Essay - Published: 2025.12.17"));
        assert!(!other("Last updated: March 3, 2025"));
        assert!(!other("Date: March 3, 2025"));
        assert!(!other("Post time: 03-07-2024"));
        assert!(!other("Reply #1 on: March 14, 2024"));
        assert!(!other("March 14, 2024"));
        // A sentence that ends in a colon is no label.
        assert!(!other(
            "The shop said in its notice to all customers: March 3, 2025"
        ));
    }

    #[test]
    fn dates_from_url_and_datelines() {
        assert_eq!(
            date_in_url("https://ex.com/2024/05/06/some-story").as_deref(),
            Some("2024-05-06")
        );
        assert_eq!(
            date_in_url("https://ex.com/news/2024-05-06-some-story").as_deref(),
            Some("2024-05-06")
        );
        assert_eq!(date_in_url("https://ex.com/2024/123456"), None);
        let m = meta_of(
            r#"<html lang="en"><body><h1>A headline of some length</h1>
            <div>Published 12 March 2025 · Updated 14 March 2025</div><p>x</p></body></html>"#,
            None,
        );
        assert_eq!(m.published.as_deref(), Some("2025-03-12"));
        assert_eq!(m.modified.as_deref(), Some("2025-03-14"));
    }

    #[test]
    fn labelled_dates_outside_the_header() {
        let scan_of = |h: &str| Scan::run(&Html::parse_document(h));
        let s = scan_of(
            r#"<html><body><div class="post-sidebar"><div class="meta"><h4>Published</h4>
            <div>July 8, 2025</div></div><p>Written by <a>Ann Lee</a></p><p>9 July 2025</p></div></body></html>"#,
        );
        assert_eq!(s.labelled_dates, vec!["July 8, 2025", "9 July 2025"]);
        // A date after an unrelated label is not the publication date.
        let s = scan_of(
            r#"<html><body><div class="meta"><h4>Deadline</h4><div>July 8, 2025</div></div></body></html>"#,
        );
        assert!(s.labelled_dates.is_empty());
    }

    #[test]
    fn update_labels_shown_with_date_elements() {
        let scan_of = |h: &str| Scan::run(&Html::parse_document(h));
        // The element's own text says "Updated", whatever its class says.
        let s = scan_of(
            r#"<html><body><article><h1>Oil change intervals</h1><div class="byline">
            <time class="published-date" datetime="2025-04-10T06:00"><span>Updated April 10, 2025</span></time>
            </div></article></body></html>"#,
        );
        assert!(s.times.iter().all(|t| t.updated), "{:?}", s.times);
        // "Last Updated <span>on</span> <span class="date">…": the label
        // stands two elements before the date.
        let s = scan_of(
            r#"<html><body><article><h1>Door cameras compared</h1><span class="post-date"><span>Last Updated</span> <span>on</span> <span class="date">Feb 27, 2026</span></span></article></body></html>"#,
        );
        assert!(
            !s.times.is_empty() && s.times.iter().all(|t| t.updated),
            "{:?}",
            s.times
        );
        // A plain date element is no update.
        let s = scan_of(
            r#"<html><body><article><h1>Door cameras compared</h1><span class="post-date"><span>by Ann Lee</span> <span class="date">Feb 27, 2026</span></span></article></body></html>"#,
        );
        assert!(
            !s.times.is_empty() && s.times.iter().all(|t| !t.updated),
            "{:?}",
            s.times
        );
    }

    #[test]
    fn only_a_modification_date_stands_for_the_publication() {
        let m = meta_of(
            r#"<html><head><meta property="article:modified_time" content="2024-03-19T14:01:40+00:00">
            </head><body><h1>A page dated by its update only</h1></body></html>"#,
            None,
        );
        assert_eq!(m.published.as_deref(), Some("2024-03-19T14:01:40+00:00"));
        assert_eq!(m.modified, m.published);
        assert_eq!(
            m.sources.get("published").map(String::as_str),
            Some("modified:meta:article:modified_time")
        );
    }

    #[test]
    fn breadcrumbs_become_categories() {
        let m = meta_of(
            r#"<html><head><script type="application/ld+json">[{"@type":"BreadcrumbList","itemListElement":[
            {"@type":"ListItem","position":1,"name":"Home"},
            {"@type":"ListItem","position":2,"name":"Science"},
            {"@type":"ListItem","position":3,"name":"Space telescopes today"}]},
            {"@type":"BlogPosting","headline":"Space telescopes today"}]</script></head>
            <body><h1>Space telescopes today</h1></body></html>"#,
            None,
        );
        assert_eq!(m.categories, vec!["Science"]);
    }
}
