//! HTML main-content extraction.
//!
//! One parse per page (unboil's whole-input tokenizer, [`tokenize`], feeding
//! html5ever's tree builder into scraper's tree), then: a flat pre-order view
//! of the tree ([`dom`]),
//! pruning of page chrome ([`prune`]), a bottom-up content value per
//! container and the selection of the main container(s) ([`score`]), and the
//! conversion of the selection to typed blocks with the last in-content
//! filters ([`blocks`], [`boiler`]).

pub mod blocks;
pub mod boiler;
pub mod dom;
pub mod pagetype;
pub mod prune;
pub mod score;
pub mod tokenize;

use crate::extraction::Extraction;
use crate::record::Removed;
use crate::stages::{self, Stage};
use crate::Options;
use dom::{is_block_tag, Dom, Kind, NONE};

/// Extract the main content and metadata of an HTML document.
pub fn extract(html: &str, page_url: Option<&str>, opts: &Options) -> Extraction {
    extract_timed(dom::parse_document(html), page_url, opts)
}

/// [`extract`] of a page parsed without what nothing reads (script and
/// style text, unread attributes, SVG content: see [`dom::ParseOptions`])
/// and under its element and depth limits, which the page fails when it
/// exceeds them. What the extractor sees is the same as with [`extract`].
pub fn extract_checked(
    html: &str,
    page_url: Option<&str>,
    opts: &Options,
    parse: &dom::ParseOptions,
) -> crate::Result<Extraction> {
    stages::enter(Stage::Parse);
    let doc = dom::parse_document_with(html, parse)?;
    Ok(extract_timed(doc, page_url, opts))
}

// [`extract_document`], then the tree freed, each charged to its stage.
fn extract_timed(doc: scraper::Html, page_url: Option<&str>, opts: &Options) -> Extraction {
    let ex = extract_document(&doc, page_url, opts);
    stages::enter(Stage::FreeTree);
    drop(doc);
    ex
}

fn extract_document(doc: &scraper::Html, page_url: Option<&str>, opts: &Options) -> Extraction {
    stages::enter(Stage::Metadata);
    // Per-page time limit: each stage first checks the deadline
    // (crate::limits) and the rest is skipped once it has passed.
    let over_time = crate::limits::over_time;
    if over_time("metadata") {
        return Extraction::default();
    }
    // (The markup inside <noscript> is parsed again: a parse.)
    let noscript = crate::meta::html::noscript_markup(doc).map(|markup| {
        stages::enter(Stage::Parse);
        let parsed = dom::parse_document(markup);
        stages::enter(Stage::Metadata);
        parsed
    });
    let meta = crate::meta::html::from_parsed(doc, noscript.as_ref(), page_url);
    stages::enter(Stage::Content);
    let dom = Dom::build(doc);
    if over_time("content") {
        return Extraction {
            meta,
            ..Extraction::default()
        };
    }
    let signals = pagetype::scan(&dom);
    let discussion = pagetype::declares_discussion(&signals);
    let product = pagetype::declares_product(&signals);
    let (mut ex, mut listing) = extract_body(&dom, meta, opts, discussion, product);
    // Pages that serve their content only inside <noscript> (the parser reads
    // it as raw text): parse that markup when the page itself gave little.
    if ex.blocks.len() < 3 && !over_time("noscript") {
        if let Some(inner_doc) = &noscript {
            let inner_dom = Dom::build(inner_doc);
            let (alt, alt_listing) =
                extract_body(&inner_dom, ex.meta.clone(), opts, discussion, product);
            if words(&alt) > 2 * words(&ex) + 20 {
                ex = alt;
                listing = alt_listing;
            }
        }
    }
    if over_time("page-type") {
        return ex;
    }
    let facts = pagetype::ContentFacts {
        listing,
        dated: ex.meta.published.is_some(),
        long_paragraphs: ex
            .blocks
            .iter()
            .filter(|b| {
                matches!(b, crate::Block::Paragraph { text } if dom::has_words(text, pagetype::PROSE_WORDS))
            })
            .take(pagetype::PROSE_PARAGRAPHS)
            .count(),
    };
    if let Some(pt) = pagetype::detect(&signals, page_url, facts) {
        ex.meta.page_type = Some(pt.kind.to_string());
        ex.meta.sources.insert("page_type".to_string(), pt.source);
    }
    if ex.meta.page_type.as_deref() == Some("product") {
        add_hidden_product_description(&mut ex);
        drop_authors_found_in_product_page(&mut ex.meta);
    }
    if ex.meta.page_type.as_deref() == Some("article") {
        credit_site_owner(&mut ex.meta);
    }
    ex
}

// An article on a personal site that names no author is by the person the
// site is named after; a shop or a firm named after its founder does not
// make them the author of its pages, so only articles are credited.
fn credit_site_owner(meta: &mut crate::meta::Metadata) {
    if meta.authors.is_empty() {
        if let Some(owner) = meta.site_owner.take() {
            meta.authors = vec![owner];
            meta.credit("authors", "site-owner");
        }
    }
}

// On a product page a name found in the page's text (a "By …" line, an
// author-classed element or link) belongs to a review, a brand or a seller
// badge, not to the page; only an author the page declares (JSON-LD,
// microdata, RDFa, meta tags) is kept.
fn drop_authors_found_in_product_page(meta: &mut crate::meta::Metadata) {
    if !meta.authors.is_empty() && !meta.authors_declared {
        meta.authors.clear();
        meta.sources.remove("authors");
    }
}

/// Fewest words of a JSON-LD product description worth adding to the body.
const MIN_PRODUCT_DESCRIPTION_WORDS: usize = 15;

// A product page whose description is only in its JSON-LD `Product` (the
// markup loads it by script, or keeps it in a closed tab the extraction
// left out): the description is the product's own text, so it joins the
// body, after the first heading.
fn add_hidden_product_description(ex: &mut Extraction) {
    let Some(desc) = ex.meta.product_description.as_deref() else {
        return;
    };
    // JSON-LD descriptions often hold HTML tags and entities.
    let desc = crate::text::markup::clean(desc).into_owned();
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let desc_words = words(&desc);
    if desc_words.len() < MIN_PRODUCT_DESCRIPTION_WORDS {
        return;
    }
    let body: std::collections::BTreeSet<String> = ex
        .blocks
        .iter()
        .flat_map(|b| words(&b.plain_text_cow()))
        .collect();
    let shown = desc_words.iter().filter(|w| body.contains(*w)).count();
    // Mostly there already: the page shows it.
    if shown * 2 >= desc_words.len() {
        return;
    }
    let at = usize::from(matches!(
        ex.blocks.first(),
        Some(crate::Block::Heading { .. })
    ));
    ex.blocks.insert(
        at.min(ex.blocks.len()),
        crate::Block::Paragraph { text: desc },
    );
}

/// Below this many words, a selection counts as having found nothing.
const MIN_WORDS: usize = 20;

// Words in the blocks of an extraction.
fn words(ex: &Extraction) -> usize {
    words_in(&ex.blocks)
}

// Whether the blocks hold at least `min` words (counted until they do).
fn blocks_have_words(blocks: &[crate::Block], min: usize) -> bool {
    let mut words = 0;
    blocks.iter().any(|b| {
        words += dom::TextSize::of(&b.plain_text_cow()).words as usize;
        words >= min
    })
}

// Words count characters in unspaced scripts (Chinese, Japanese, Thai), see
// `TextSize`, so that the thresholds hold for every language.
fn words_in(blocks: &[crate::Block]) -> usize {
    blocks
        .iter()
        .map(|b| dom::TextSize::of(&b.plain_text_cow()).words as usize)
        .sum()
}

/// Extract the main content of a flattened document; also says whether the
/// content was read as a page of short linked items. On a `discussion` page
/// the replies are content, never pruned as comments; on a `product` page
/// the customer reviews are always pruned.
fn extract_body(
    dom: &Dom,
    meta: crate::meta::Metadata,
    opts: &Options,
    discussion: bool,
    product: bool,
) -> (Extraction, bool) {
    let mut ex = Extraction {
        meta,
        ..Extraction::default()
    };
    if dom.is_empty() {
        return (ex, false);
    }
    let body = dom
        .find_tag("body")
        .or_else(|| dom.find_tag("html"))
        .unwrap_or(0);
    let user = UserMarks::build(dom, opts);
    let analysis = score::analyse(dom, body, &user, discussion, product);
    let mut selection = score::select(dom, &analysis, body, opts.bias);
    add_kept_roots(dom, &user, &analysis.dead, &mut selection.roots);
    let mut titles: Vec<String> = ex.meta.title.iter().cloned().collect();
    if let Some(t) = dom.find_tag("title") {
        let s = subtree_text(dom, t);
        if !s.trim().is_empty() {
            titles.push(s);
        }
    }
    let mut writer = blocks::Writer::new(
        dom,
        &analysis.dead,
        &titles,
        opts.explain,
        selection.listing,
    )
    .with_bias(opts.bias);
    for &r in &selection.roots {
        if user.kept(r) || selection.grid == Some(r) {
            writer.write_kept_root(r);
        } else {
            writer.write_root(r);
        }
    }
    writer.finish();
    // The prose winner lost nearly everything to the in-content filters
    // (a page of linked items): read the best item container instead.
    let mut listing = selection.listing;
    if !selection.listing && !blocks_have_words(&writer.blocks, MIN_WORDS) {
        let mut items = blocks::Writer::new(dom, &analysis.dead, &titles, opts.explain, true)
            .with_bias(opts.bias);
        items.write_root(selection.item_root);
        items.finish();
        if words_in(&items.blocks) > words_in(&writer.blocks) {
            writer = items;
            listing = true;
        }
    }
    ex.blocks = writer.blocks;
    if opts.explain {
        let mut removed = explain_outside(dom, &analysis, &selection);
        removed.extend(writer.removed);
        removed.truncate(blocks::MAX_REMOVED);
        ex.removed = removed;
    }
    (ex, listing)
}

// Explain entries for pruned subtrees and for text units outside the selection.
fn explain_outside(dom: &Dom, a: &score::Analysis, sel: &score::Selection) -> Vec<Removed> {
    let mut out = Vec::new();
    for (i, reason) in &a.prune_roots {
        if out.len() >= blocks::MAX_REMOVED {
            return out;
        }
        if prune::is_non_text_tag(dom.tag(*i)) {
            continue;
        }
        let t = subtree_text(dom, *i);
        if !t.trim().is_empty() {
            out.push(Removed::new(blocks::preview(&t), reason.clone()));
        }
    }
    for i in 0..dom.len() {
        if out.len() >= blocks::MAX_REMOVED {
            break;
        }
        if a.dead[i] || a.unit[i].chars == 0 || sel.roots.iter().any(|&r| dom.contains(r, i)) {
            continue;
        }
        let t = unit_text(dom, &a.dead, i);
        if !t.trim().is_empty() {
            let reason = format!(
                "outside-main-content (block score {:.1}; selected container scored {:.1})",
                a.unit_value[i], sel.best_score
            );
            out.push(Removed::new(blocks::preview(&t), reason));
        }
    }
    out
}

// The visible text of a subtree (scripts, styles and the like skipped).
fn subtree_text(dom: &Dom, i: usize) -> String {
    let mut s = String::new();
    let end = dom.end(i);
    let mut j = i;
    while j < end {
        match dom.items[j].kind {
            Kind::Text(t) => s.push_str(t),
            Kind::Elem(e) if j > i && prune::is_non_text_tag(e.name()) => {
                j = dom.end(j).max(j + 1);
                continue;
            }
            // Block boundaries, links and cells are apart on the page.
            Kind::Elem(e)
                if is_block_tag(e.name()) || matches!(e.name(), "a" | "br" | "td" | "th") =>
            {
                s.push(' ');
            }
            Kind::Elem(_) => {}
        }
        j += 1;
    }
    s
}

// The inline text owned by block element `i` (its text outside nested blocks).
fn unit_text(dom: &Dom, dead: &[bool], i: usize) -> String {
    let mut s = String::new();
    let end = dom.end(i);
    let mut j = i + 1;
    while j < end {
        let skip = dead.get(j).copied().unwrap_or(true) || is_block_tag(dom.tag(j));
        if skip {
            j = dom.end(j).max(j + 1);
            continue;
        }
        if let Kind::Text(t) = dom.items[j].kind {
            s.push_str(t);
            s.push(' ');
        }
        j += 1;
    }
    s
}

/// User CSS selectors (`--drop`, `--keep`), parsed once when the options are
/// built. Two sets are equal when they were parsed from the same texts.
#[derive(Debug, Clone, Default)]
pub struct Selectors {
    source: Vec<String>,
    parsed: Vec<scraper::Selector>,
}

impl Selectors {
    /// Parse CSS selectors; an invalid one is an error naming it.
    pub fn parse<S: AsRef<str>>(list: &[S]) -> crate::Result<Selectors> {
        let mut out = Selectors::default();
        for s in list {
            let s = s.as_ref();
            let sel = scraper::Selector::parse(s).map_err(|e| crate::Error::Format {
                what: format!("CSS selector `{s}`"),
                message: e.to_string(),
            })?;
            out.source.push(s.to_string());
            out.parsed.push(sel);
        }
        Ok(out)
    }

    pub fn is_empty(&self) -> bool {
        self.parsed.is_empty()
    }

    /// The selector texts, in the order given.
    pub fn sources(&self) -> &[String] {
        &self.source
    }

    // The first selector matching the element at `i`, if any.
    fn matching(&self, dom: &Dom, i: usize) -> Option<&str> {
        let node = dom.items.get(i)?.node;
        let el = scraper::ElementRef::wrap(node)?;
        self.parsed
            .iter()
            .zip(&self.source)
            .find(|(sel, _)| sel.matches(&el))
            .map(|(_, s)| s.as_str())
    }
}

impl PartialEq for Selectors {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

impl Eq for Selectors {}

/// Elements the user's selectors match: kept (never pruned) and dropped
/// (always pruned, with the selector as the reason). Empty when the user gave
/// no selectors.
#[derive(Debug, Default)]
pub struct UserMarks {
    pub keep: Vec<bool>,
    pub drop: Vec<Option<String>>,
}

impl UserMarks {
    fn build(dom: &Dom, opts: &Options) -> UserMarks {
        let mut m = UserMarks::default();
        if !opts.keep.is_empty() {
            m.keep = (0..dom.len())
                .map(|i| opts.keep.matching(dom, i).is_some())
                .collect();
        }
        if !opts.drop.is_empty() {
            m.drop = (0..dom.len())
                .map(|i| opts.drop.matching(dom, i).map(|s| format!("user-drop:{s}")))
                .collect();
        }
        m
    }

    pub fn kept(&self, i: usize) -> bool {
        self.keep.get(i).copied().unwrap_or(false)
    }

    pub fn dropped(&self, i: usize) -> Option<&str> {
        self.drop.get(i).and_then(|d| d.as_deref())
    }
}

// Add the outermost kept elements to the selected roots (a kept element
// holding a selected root replaces it), in document order.
fn add_kept_roots(dom: &Dom, user: &UserMarks, dead: &[bool], roots: &mut Vec<usize>) {
    if user.keep.is_empty() {
        return;
    }
    // Kept elements are disjoint (a kept subtree is skipped whole), so each is
    // checked against the selected roots only: linear in the kept count.
    let selected_len = roots.len();
    let mut i = 0;
    while i < dom.len() {
        if user.kept(i) && !dead.get(i).copied().unwrap_or(true) {
            let selected = roots.get(..selected_len).unwrap_or(&[]);
            if !selected.iter().any(|&r| r != NONE && dom.contains(r, i)) {
                for r in roots.iter_mut().take(selected_len) {
                    if *r != NONE && dom.contains(i, *r) {
                        *r = NONE; // replaced by the kept element holding it
                    }
                }
                roots.push(i);
            }
            i = dom.end(i).max(i + 1);
            continue;
        }
        i += 1;
    }
    roots.retain(|&r| r != NONE);
    roots.sort_unstable();
    roots.dedup();
}
