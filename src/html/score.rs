//! Scoring: prune the tree, measure every text unit (the inline text owned by
//! one block element), give each unit a content value (positive for
//! sentence-like text with few links, negative for link-dense text), sum the
//! values bottom-up and select the container with the best net value.

use super::dom::{heading_level, is_block_tag, Dom, FastAttr, Kind, TextSize, NONE};
use super::prune::{self, Strength};
use crate::ascii::swar::{bytes_in, HIGH_BITS};
use html5ever::local_name;

/// Everything the selection and the block writer need to know per node.
pub struct Analysis {
    /// Pruned: the node or one of its ancestors matched a prune rule.
    pub dead: Vec<bool>,
    /// Roots of pruned subtrees with the rule that fired.
    pub prune_roots: Vec<(usize, String)>,
    /// Inline text owned by each block element (its "unit").
    pub unit: Vec<TextSize>,
    /// Characters of the unit that sit inside links.
    pub unit_link: Vec<u32>,
    /// Net content value of each unit.
    pub unit_value: Vec<f32>,
    /// Subtree sums.
    pub sub_value: Vec<f32>,
    pub sub_chars: Vec<u32>,
    pub sub_link: Vec<u32>,
    /// Characters in short links (menus, tags), as opposed to headline links.
    pub sub_short_link: Vec<u32>,
    /// Characters inside teaser cards (see `teaser_cards`).
    pub sub_card: Vec<u32>,
}

/// Content value of every subtree before pruning (only invisible tags
/// skipped), for the rule that never prunes an element holding most of the
/// page's content; with the size of every text node it measured (`None`
/// inside invisible tags), which the analysis after pruning reuses.
fn raw_good(dom: &Dom) -> (Vec<f32>, Vec<Option<TextSize>>) {
    let n = dom.len();
    let mut skip = vec![false; n];
    let mut owner = vec![NONE; n];
    let mut in_link = vec![false; n];
    let mut unit = vec![TextSize::default(); n];
    let mut link = vec![0u32; n];
    let mut sizes: Vec<Option<TextSize>> = vec![None; n];
    for i in 0..n {
        let p = dom.parent(i);
        let (pskip, pown, plink) = if p == NONE {
            (false, NONE, false)
        } else {
            (skip[p], owner[p], in_link[p])
        };
        if pskip {
            skip[i] = true;
            continue;
        }
        match dom.items[i].kind {
            Kind::Elem(e) => {
                let tag = e.name();
                skip[i] = prune::is_non_text_tag(tag);
                owner[i] = if is_block_tag(tag) { i } else { pown };
                in_link[i] = plink || tag == "a";
            }
            Kind::Text(t) => {
                let s = TextSize::of(t);
                sizes[i] = Some(s);
                if pown != NONE {
                    unit[pown].add(s);
                    if plink {
                        link[pown] += s.chars;
                    }
                }
            }
        }
    }
    let mut good = vec![0f32; n];
    for i in (0..n).rev() {
        if unit[i].chars > 0 {
            good[i] += unit_value(dom.tag(i), unit[i], link[i]).max(0.0);
        }
        let p = dom.parent(i);
        if p != NONE {
            let v = good[i];
            if let Some(slot) = good.get_mut(p) {
                *slot += v;
            }
        }
    }
    (good, sizes)
}

struct PruneOut {
    dead: Vec<bool>,
    soft_dead: Vec<bool>,
    roots: Vec<(usize, String)>,
    /// Content value of the consent panels pruned although they held most
    /// of the page's text (see `is_consent_panel`).
    dominant_panels: f32,
}

// Decide pruning top-down; soft rules are recorded separately. On a
// `discussion` page a comment section is the thread's replies and stays,
// unless it sits inside one post (remarks under a question or an answer).
fn prune_tree(
    dom: &Dom,
    raw: &[f32],
    body: usize,
    user: &super::UserMarks,
    discussion: bool,
    page_good: f32,
) -> PruneOut {
    let n = dom.len();
    let mut dead = vec![false; n];
    let mut soft_dead = vec![false; n];
    let mut in_article = vec![false; n];
    let mut kept = vec![false; n];
    let mut roots = Vec::new();
    let mut dominant_panels = 0.0;
    for i in 0..n {
        let p = dom.parent(i);
        let (pdead, psoft, part) = if p == NONE {
            (false, false, false)
        } else {
            (dead[p], soft_dead[p], in_article[p])
        };
        if pdead {
            dead[i] = true;
            continue;
        }
        if let Some(r) = user.dropped(i) {
            dead[i] = true;
            roots.push((i, r.to_string()));
            continue;
        }
        soft_dead[i] = psoft;
        let Some(el) = dom.elem(i) else {
            continue;
        };
        let tag = el.name();
        let semantic_main = prune::is_semantic_main(el);
        in_article[i] = part || semantic_main;
        if matches!(tag, "html" | "body") || dom.contains(i, body) {
            continue;
        }
        if prune::is_non_text_tag(tag) {
            dead[i] = true;
            roots.push((i, format!("tag:{tag}")));
            continue;
        }
        // The user's keep selectors: never pruned, nor anything inside.
        kept[i] = user.kept(i) || p != NONE && kept[p];
        if kept[i] {
            soft_dead[i] = false;
            continue;
        }
        if semantic_main && tag != "aside" {
            continue;
        }
        // Never hard-prune a container holding most of the page's content
        // (soft rules have their own check, on the whole page, in `analyse`).
        let dominant = page_good > 0.0 && raw.get(i).copied().unwrap_or(0.0) > 0.5 * page_good;
        // Collapsed prose (accordion panels, tabs, "show more") is content the
        // reader opens; hidden elements without prose (menus, labels) are not.
        let holds_prose = raw.get(i).copied().unwrap_or(0.0) > 0.0;
        let class = prune::ClassRules::of(el);
        let reason = prune::hidden_reason(el, &class)
            .filter(|r| !(holds_prose && prune::is_collapsible_hiding(r)))
            // A panel hidden by a utility class is an accordion's only
            // right after its toggle (menus and data stores hide that way too).
            .filter(|r| {
                !(holds_prose && *r == "hidden:class-display" && is_accordion_panel(dom, i))
            })
            .map(|r| (r.to_string(), Strength::Hard))
            .or_else(|| {
                prune::chrome_tag_reason(tag, part).map(|r| (r.to_string(), Strength::Hard))
            })
            .or_else(|| {
                prune::chrome_role_reason(el, part).map(|r| (r.to_string(), Strength::Hard))
            })
            .or_else(|| {
                prune::class_reason(el, &class).filter(|(r, _)| !is_popup_class_on_table(tag, r))
            });
        match reason {
            Some((r, Strength::Hard)) if dominant && !is_consent_panel(&r) => {}
            Some((r, Strength::Hard)) => {
                if dominant {
                    dominant_panels += raw.get(i).copied().unwrap_or(0.0);
                }
                dead[i] = true;
                roots.push((i, r));
            }
            Some((_, Strength::Soft)) if discussion && !inside_one_post(dom, raw, i, body) => {}
            Some((r, Strength::Soft)) => {
                if !psoft {
                    roots.push((i, r));
                }
                soft_dead[i] = true;
            }
            None => {}
        }
    }
    PruneOut {
        dead,
        soft_dead,
        roots,
        dominant_panels,
    }
}

// A table whose class names a popup or tooltip ("js-dataTooltip"): scripts
// attach tooltips to its cells; a popup itself is never a data table.
fn is_popup_class_on_table(tag: &str, reason: &str) -> bool {
    tag == "table" && reason.starts_with("boilerplate-class:popup")
}

/// Nodes of a previous sibling searched for an accordion's toggle button.
const TOGGLE_SEARCH_NODES: usize = 40;

// Class words of a collapsible panel ("accordion-content", "collapse",
// "faq-answer").
const PANEL_CLASS_WORDS: &[&str] = &["accordion", "collapse", "collapsible", "expandable", "faq"];

// Whether hidden element `i` is an accordion's panel the reader opens: its
// class says so, or it comes right after the toggle (a button, a
// `<summary>`, a heading or a `<dt>`, or a small element holding a button).
fn is_accordion_panel(dom: &Dom, i: usize) -> bool {
    let (Some(item), Some(el)) = (dom.items.get(i), dom.elem(i)) else {
        return false;
    };
    if prune::class_id_words(el).any(|w| PANEL_CLASS_WORDS.contains(&w.as_ref())) {
        return true;
    }
    let Some(prev) = item.node.prev_siblings().find(|n| n.value().is_element()) else {
        return false;
    };
    let is_toggle = |n: ego_tree::NodeRef<'_, scraper::Node>| {
        n.value().as_element().is_some_and(|e| {
            matches!(e.name(), "button" | "summary" | "dt") || heading_level(e.name()).is_some()
        })
    };
    is_toggle(prev)
        || prev
            .descendants()
            .take(TOGGLE_SEARCH_NODES)
            .any(|n| n.value().as_element().is_some_and(|e| e.name() == "button"))
}

// A cookie-consent panel (by its class): pruned even when it holds most of
// the page's text, as it does above a short post; a cookie *policy* page
// classes its content after the policy, and keeps it.
fn is_consent_panel(reason: &str) -> bool {
    reason.starts_with("boilerplate-class:cookie") && !reason.contains("polic")
}

/// Most ancestors looked at by `inside_one_post`.
const MAX_POST_ANCESTORS: usize = 64;

// Whether an element sits inside the container of one post of a discussion
// (class/id words "question", "answer", "post", "message"). A container
// holding most of the page's content is the thread (sites class their page
// wrapper by page kind, "forum-post"), not one post of it.
fn inside_one_post(dom: &Dom, raw: &[f32], i: usize, body: usize) -> bool {
    let page_good = raw.get(body).copied().unwrap_or(0.0);
    let mut a = dom.parent(i);
    for _ in 0..MAX_POST_ANCESTORS {
        if a == NONE || a == body || dom.contains(a, body) {
            return false;
        }
        let post_good = raw.get(a).copied().unwrap_or(0.0);
        let whole_thread = post_good > 0.5 * page_good;
        if !whole_thread && dom.elem(a).is_some_and(prune::names_one_post) {
            return !is_post_body(raw, i, post_good);
        }
        a = dom.parent(a);
    }
    false
}

/// Share of a post container's prose that makes an element its own text.
const POST_BODY_SHARE: f32 = 0.5;

// Whether element `i` holds most of the prose of the post container
// around it (`post_good`): then it is that post's own text (a reply whose
// body a theme classes "comment-content"), not remarks under the post.
fn is_post_body(raw: &[f32], i: usize, post_good: f32) -> bool {
    let own = raw.get(i).copied().unwrap_or(0.0);
    own > 0.0 && own > POST_BODY_SHARE * post_good
}

// Content value of one unit: sentence-like text with few links counts for
// its plain length, link-dense text against; short text (labels, bylines,
// buttons) is neutral, less a little for any links in it.
pub fn unit_value(tag: &str, t: TextSize, link: u32) -> f32 {
    if t.chars == 0 {
        return 0.0;
    }
    let ld = link as f32 / t.chars as f32;
    if ld > 0.5 {
        return -(t.chars as f32);
    }
    if heading_level(tag).is_some() {
        return 0.0;
    }
    let plain = (t.chars - link.min(t.chars)) as f32;
    if t.words >= 12 && t.punct >= 1 || t.words >= 25 {
        plain * (1.0 - ld)
    } else {
        -0.1 * link as f32
    }
}

// A semantic article container (article, main, articleBody) with prose of
// its own outside the comment sections: then the comments are not the page.
fn has_article_outside_comments(dom: &Dom, pr: &PruneOut, values: &[f32]) -> bool {
    let n = dom.len();
    let mut good = vec![0f32; n];
    for i in (0..n).rev() {
        if pr.dead[i] || pr.soft_dead[i] {
            continue;
        }
        good[i] += values[i].max(0.0);
        let p = dom.parent(i);
        if p != NONE {
            let v = good[i];
            good[p] += v;
        }
    }
    (0..n).any(|i| good[i] >= 150.0 && dom.elem(i).is_some_and(prune::is_semantic_main))
}

/// Analyse the document below `body`; on a `discussion` page (a declared
/// forum thread or Q&A page) the replies are content (see `prune_tree`); on
/// a `product` page (one declared product) the reviews never are.
pub fn analyse(
    dom: &Dom,
    body: usize,
    user: &super::UserMarks,
    discussion: bool,
    product: bool,
) -> Analysis {
    let n = dom.len();
    let (raw, mut size) = raw_good(dom);
    let page_good = raw.get(body).copied().unwrap_or(0.0);
    let mut pr = prune_tree(dom, &raw, body, user, discussion, page_good);
    // A consent panel held most of the text: what is "most of the page" is
    // measured again without it (rare, so the second pass costs little).
    if pr.dominant_panels > 0.0 {
        let rest = (page_good - pr.dominant_panels).max(0.0);
        pr = prune_tree(dom, &raw, body, user, discussion, rest);
    }
    // Text sizes once per text node (those of `raw_good`, completed), and
    // words per subtree (for link length).
    let mut sub_words = vec![0u32; n];
    for i in (0..n).rev() {
        if pr.dead[i] {
            continue;
        }
        if let Kind::Text(t) = dom.items[i].kind {
            sub_words[i] += size[i].get_or_insert_with(|| TextSize::of(t)).words;
        }
        let p = dom.parent(i);
        if p != NONE {
            sub_words[p] += sub_words[i];
        }
    }
    // Units (inline text per block element) and link flags, top-down.
    let mut owner = vec![NONE; n];
    let mut in_link = vec![false; n];
    let mut in_long_link = vec![false; n];
    let mut unit = vec![TextSize::default(); n];
    let mut unit_link = vec![0u32; n];
    let mut unit_short_link = vec![0u32; n];
    let mut unit_soft = vec![false; n];
    for i in 0..n {
        if pr.dead[i] {
            continue;
        }
        let p = dom.parent(i);
        let (pown, plink, plong) = if p == NONE {
            (NONE, false, false)
        } else {
            (owner[p], in_link[p], in_long_link[p])
        };
        match dom.items[i].kind {
            Kind::Elem(e) => {
                let tag = e.name();
                owner[i] = if is_block_tag(tag) { i } else { pown };
                in_link[i] = plink || tag == "a";
                in_long_link[i] = plong || tag == "a" && is_headline_link(sub_words[i]);
                if owner[i] == i {
                    unit_soft[i] = pr.soft_dead[i];
                }
            }
            Kind::Text(_) => {
                if pown == NONE {
                    continue;
                }
                let s = size[i].unwrap_or_default();
                unit[pown].add(s);
                if plink {
                    unit_link[pown] += s.chars;
                    if !plong {
                        unit_short_link[pown] += s.chars;
                    }
                }
            }
        }
    }
    let mut values = vec![0f32; n];
    for i in 0..n {
        if unit[i].chars > 0 {
            values[i] = unit_value(dom.tag(i), unit[i], unit_link[i]);
        }
    }
    let in_card = teaser_cards(dom, &pr.dead, &sub_words, &values);
    for (v, &card) in values.iter_mut().zip(&in_card) {
        if card && *v > 0.0 {
            *v *= TEASER_WEIGHT;
        }
    }
    // Comment sections are dropped unless they hold most of the page's
    // good text (then the page is a discussion and the comments are its
    // content); a page of items (a ranked list, a table of entries) whose
    // own text, short links aside, outweighs the comments' prose keeps its
    // items and drops the comments.
    let (mut good_soft, mut good_hard, mut items_hard) = (0f32, 0f32, 0f32);
    for i in 0..n {
        if values[i] > 0.0 {
            if unit_soft[i] {
                good_soft += values[i];
            } else {
                good_hard += values[i];
            }
        }
        if !unit_soft[i] {
            items_hard += unit[i].chars.saturating_sub(unit_short_link[i]) as f32;
        }
    }
    let soft_applied = good_soft > 0.0
        && (product
            || good_hard >= 1500.0
            || good_soft <= 1.5 * good_hard
            || items_hard >= ITEMS_OVER_COMMENTS * good_soft
            || has_article_outside_comments(dom, &pr, &values));
    let mut dead = pr.dead;
    let mut prune_roots = pr.roots;
    if soft_applied {
        for (d, &soft) in dead.iter_mut().zip(&pr.soft_dead) {
            *d |= soft;
        }
    } else {
        let soft = &pr.soft_dead;
        prune_roots.retain(|(i, r)| !(soft[*i] && r.starts_with("boilerplate-class:comments")));
    }
    let mut sub_value = vec![0f32; n];
    let mut sub_chars = vec![0u32; n];
    let mut sub_link = vec![0u32; n];
    let mut sub_short_link = vec![0u32; n];
    let mut sub_card = vec![0u32; n];
    for i in (0..n).rev() {
        if dead[i] {
            continue;
        }
        if in_card[i] {
            sub_card[i] += unit[i].chars;
        }
        sub_value[i] += values[i];
        sub_chars[i] += unit[i].chars;
        sub_link[i] += unit_link[i];
        sub_short_link[i] += unit_short_link[i];
        let p = dom.parent(i);
        if p != NONE {
            sub_value[p] += sub_value[i];
            sub_chars[p] += sub_chars[i];
            sub_link[p] += sub_link[i];
            sub_short_link[p] += sub_short_link[i];
            sub_card[p] += sub_card[i];
        }
    }
    Analysis {
        dead,
        prune_roots,
        unit,
        unit_link,
        unit_value: values,
        sub_value,
        sub_chars,
        sub_link,
        sub_short_link,
        sub_card,
    }
}

/// The chosen main content: container roots in document order and the
/// score of the winner.
pub struct Selection {
    pub roots: Vec<usize>,
    pub best_score: f32,
    /// The page is a listing of short items, not prose.
    pub listing: bool,
    /// The best container for short items, used when the prose selection
    /// yields next to nothing once filtered.
    pub item_root: usize,
    /// A grid of priced items outside the prose, added to the roots (its
    /// linked item names are kept).
    pub grid: Option<usize>,
}

// Container score: net value, nudged by semantic tags and class/id hints.
fn container_score(dom: &Dom, a: &Analysis, i: usize) -> f32 {
    let v = a.sub_value[i];
    let Some(el) = dom.elem(i) else {
        return f32::MIN;
    };
    if v <= 0.0 {
        return v;
    }
    let mut bonus = 1.0 + 0.05 * prune::class_hint(el);
    if prune::is_semantic_main(el) {
        bonus += 0.05;
    }
    v * bonus
}

/// Select the main-content container(s) below `body`.
pub fn select(dom: &Dom, a: &Analysis, body: usize, bias: crate::Bias) -> Selection {
    let end = dom.end(body);
    let mut best = body;
    let mut best_score = container_score(dom, a, body);
    for i in body..end {
        if a.dead[i] || dom.elem(i).is_none() || !is_block_tag(dom.tag(i)) {
            continue;
        }
        let s = container_score(dom, a, i);
        if s > best_score * 1.0001 + 1e-3 {
            best = i;
            best_score = s;
        }
    }
    // The winner is the widest container whose value still grows; when one
    // child holds nearly all of that value (and much of its text), the rest
    // is small prose around the content (FAQ teasers, bios, promos): take
    // the child, and keep the prose before it on the way down (the lead).
    let wide = best;
    let (best, lead) = descend_to_core(dom, a, wide, sibling_limits(bias).2);
    let mut roots = vec![best];
    let p = dom.parent(best);
    if best != body && p != NONE {
        let (share, floor, max_ld) = sibling_limits(bias);
        let threshold = (share * a.sub_value[best]).max(floor);
        let mut sibs = Vec::new();
        for s in dom.children(p) {
            if s == best {
                sibs.push(s);
                continue;
            }
            if a.dead[s] || dom.elem(s).is_none() {
                continue;
            }
            let chars = a.sub_chars[s].max(1) as f32;
            let ld = a.sub_link[s] as f32 / chars;
            if a.sub_value[s] >= threshold && ld < max_ld {
                sibs.push(s);
            }
        }
        roots = sibs;
    }
    if !lead.is_empty() {
        roots.extend(lead);
        roots.sort_unstable();
        roots.dedup();
    }
    // Pages without much prose (listings, shops, catalogues): when the prose
    // winner holds little of the text of the best text-rich container, take
    // that container and keep its short and linked items.
    let plain = |i: usize| a.sub_chars[i].saturating_sub(a.sub_link[i]) as f32;
    let content = |i: usize| a.sub_chars[i].saturating_sub(a.sub_short_link[i]) as f32;
    let mut best2 = body;
    let mut best2_score = item_score(a, body);
    for i in body..end {
        if a.dead[i] || dom.elem(i).is_none() || !is_block_tag(dom.tag(i)) {
            continue;
        }
        let s = item_score(a, i);
        if s > best2_score * 1.0001 + 1e-3 {
            best2 = i;
            best2_score = s;
        }
    }
    // (Measured on the container before the descent: the text around the
    // core is still text of the page.)
    let prose_plain: f32 = plain(wide).max(roots.iter().map(|&r| plain(r)).sum());
    // Teaser cards outside the prose selection (links to other articles
    // around an article) count for little in the comparison.
    let roots_card: u32 = roots
        .iter()
        .filter(|&&r| dom.contains(best2, r))
        .map(|&r| a.sub_card[r])
        .sum();
    let outside_cards = if prose_plain >= MIN_ARTICLE_CHARS {
        a.sub_card[best2].saturating_sub(roots_card) as f32
    } else {
        0.0
    };
    if prose_plain < 0.5 * (content(best2) - (1.0 - TEASER_WEIGHT) * outside_cards) {
        return Selection {
            roots: vec![best2],
            best_score: best2_score,
            listing: true,
            item_root: best2,
            grid: None,
        };
    }
    let grid = price_grid(dom, &a.dead)
        .filter(|&g| grid_joins_prose(dom, &roots, g, content(g), prose_plain));
    if let Some(g) = grid {
        roots.push(g);
        roots.sort_unstable();
    }
    Selection {
        roots,
        best_score,
        listing: false,
        item_root: best2,
        grid,
    }
}

/// Share of the prose's plain text a grid of priced items must reach to
/// join the selection.
const GRID_PROSE_SHARE: f32 = 0.5;

// Whether a grid of priced items is a part of the page's content beside the
// prose: outside the selected roots (and holding none of them), with text
// enough next to the prose (a category page's product grid above its
// buying guide, not two suggestions under an article).
fn grid_joins_prose(dom: &Dom, roots: &[usize], g: usize, grid_text: f32, prose: f32) -> bool {
    (grid_text >= GRID_PROSE_SHARE * prose || grid_above_prose(dom, roots, g))
        && !roots
            .iter()
            .any(|&r| dom.contains(r, g) || dom.contains(g, r))
}

// A grid of priced items that ends before the prose starts: a category
// page's products with its buying guide under them.
fn grid_above_prose(dom: &Dom, roots: &[usize], g: usize) -> bool {
    roots.iter().all(|&r| dom.end(g) <= r)
}

/// Fewest same-looking priced and linked siblings that make a product grid.
const MIN_GRID_ITEMS: usize = 6;
/// Longest text node read as a price.
const MAX_PRICE_CHARS: usize = 40;

// A short text holding a price: a currency sign or code and a digit
// ("$19.99", "19,99 €", "EUR 163.12", "from £5").
fn is_price_text(t: &str) -> bool {
    if t.len() > 4 * MAX_PRICE_CHARS || !has_ascii_digit(t.as_bytes()) {
        return false;
    }
    let t = t.trim();
    t.chars().count() <= MAX_PRICE_CHARS
        && (t.chars().any(|c| {
            matches!(
                c,
                '$' | '€'
                    | '£'
                    | '¥'
                    | '₹'
                    | '₩'
                    | '₽'
                    | '₺'
                    | '₫'
                    | '₱'
                    | '₪'
                    | '฿'
                    | '₴'
            )
        }) || t.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
            matches!(
                w,
                "USD" | "EUR" | "GBP" | "CHF" | "CAD" | "AUD" | "zł" | "kr" | "Kč"
            )
        }))
}

// Whether bytes hold an ASCII digit, eight at a time (this runs on every
// short text node of a page).
fn has_ascii_digit(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    let digit_in = |c: &[u8]| {
        let x = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        // (Digits among the low seven bits, of the bytes below 0x80.)
        bytes_in(x & !HIGH_BITS, b'0', b'9') & !x != 0
    };
    chunks.by_ref().any(digit_in) || chunks.remainder().iter().any(u8::is_ascii_digit)
}

// An element whose own text nodes form a price only together: scripts
// that render pages split "$" and "15" into two text nodes ("$<!-- -->15").
// `joined` is scratch room for the joined texts.
fn holds_split_price(dom: &Dom, i: usize, joined: &mut String) -> bool {
    let mut texts = dom
        .children(i)
        .filter_map(|c| match dom.items.get(c).map(|it| &it.kind) {
            Some(Kind::Text(t)) => Some(*t),
            _ => None,
        });
    let (Some(first), Some(second)) = (texts.next(), texts.next()) else {
        return false;
    };
    // Longer text is no price (`is_price_text`): stop before copying it.
    joined.clear();
    for t in [first, second].into_iter().chain(texts) {
        if joined.len() + t.len() > 4 * MAX_PRICE_CHARS {
            return false;
        }
        joined.push_str(t);
    }
    is_price_text(joined)
}

// The container of the largest grid of priced items: at least six
// same-looking siblings (same tag and first class) that each hold a link
// and a price. Product grids of shops and category pages look so.
fn price_grid(dom: &Dom, dead: &[bool]) -> Option<usize> {
    let n = dom.len();
    let mut price = vec![false; n];
    let mut link = vec![false; n];
    // The texts of one element joined, reused from element to element.
    let mut joined = String::new();
    for i in (0..n).rev() {
        if dead[i] {
            continue;
        }
        match dom.items[i].kind {
            Kind::Text(t) => price[i] = is_price_text(t),
            Kind::Elem(e) => {
                link[i] |= e.name() == "a";
                price[i] |= !price[i] && holds_split_price(dom, i, &mut joined);
            }
        }
        let p = dom.parent(i);
        if p != NONE {
            price[p] |= price[i];
            link[p] |= link[i];
        }
    }
    let mut best: Option<(usize, usize)> = None;
    let mut groups: std::collections::BTreeMap<(&str, &str), usize> =
        std::collections::BTreeMap::new();
    for p in 0..n {
        if dead[p] || !price[p] || dom.elem(p).is_none() {
            continue;
        }
        groups.clear();
        for c in dom.children(p) {
            let Some(el) = dom.elem(c) else {
                continue;
            };
            if dead[c] || !price[c] || !link[c] {
                continue;
            }
            let class = el
                .attr_atom(&local_name!("class"))
                .and_then(|c| prune::class_tokens(c).next())
                .unwrap_or("");
            *groups.entry((el.name(), class)).or_default() += 1;
        }
        let items = groups.values().copied().max().unwrap_or(0);
        if items >= MIN_GRID_ITEMS && best.map_or(true, |(_, b)| items > b) {
            best = Some((p, items));
        }
    }
    best.map(|(p, _)| p)
}

/// Share of a container's net value a child must hold to replace it.
const CORE_VALUE_SHARE: f32 = 0.85;
/// Share of a container's plain (unlinked) text a child must hold to replace it.
const CORE_TEXT_SHARE: f32 = 0.6;

// Walk down from `top` while one block child holds nearly all of the
// container's value and at least half its plain text (tables and short
// items have no value but are text). Returns the node reached and, along the
// way, the siblings before it that have text, few links and no negative
// value (the title, a lead paragraph, an intro above the body).
fn descend_to_core(dom: &Dom, a: &Analysis, top: usize, max_ld: f32) -> (usize, Vec<usize>) {
    let plain = |i: usize| a.sub_chars[i].saturating_sub(a.sub_link[i]) as f32;
    let mut cur = top;
    let mut lead = Vec::new();
    loop {
        let (v, pl) = (a.sub_value[cur], plain(cur));
        if v <= 0.0 {
            break;
        }
        let core = dom.children(cur).find(|&c| {
            !a.dead[c]
                && is_block_tag(dom.tag(c))
                && a.sub_value[c] >= CORE_VALUE_SHARE * v
                && plain(c) >= CORE_TEXT_SHARE * pl
        });
        let Some(c) = core else {
            break;
        };
        for s in dom.children(cur).take_while(|&s| s < c) {
            if a.dead[s] || a.sub_chars[s] == 0 || a.sub_value[s] < 0.0 {
                continue;
            }
            if (a.sub_link[s] as f32) < max_ld * a.sub_chars[s] as f32 {
                lead.push(s);
            }
        }
        lead.extend(trailing_lists(dom, a, c, max_ld));
        cur = c;
    }
    (cur, lead)
}

// The lists and tables right after the core on its level (a product's
// specification list after its description, a summary table after the
// text): short items, so no value of their own, but few links and nothing
// negative. The run stops at the first other element with text.
fn trailing_lists(dom: &Dom, a: &Analysis, core: usize, max_ld: f32) -> Vec<usize> {
    let mut out = Vec::new();
    let p = dom.parent(core);
    if p == NONE {
        return out;
    }
    for s in dom.children(p).skip_while(|&s| s <= core) {
        if a.dead[s] || a.sub_chars[s] == 0 {
            continue;
        }
        let list = matches!(dom.tag(s), "ul" | "ol" | "dl" | "table");
        if !list || a.sub_value[s] < 0.0 || a.sub_link[s] as f32 >= max_ld * a.sub_chars[s] as f32 {
            break;
        }
        out.push(s);
    }
    out
}

// Which siblings of the winner join it: share of the winner's value,
// minimum value and maximum link density (the bias moves all three).
fn sibling_limits(bias: crate::Bias) -> (f32, f32, f32) {
    match bias {
        crate::Bias::Balanced => (0.2, 60.0, 0.3),
        crate::Bias::Precision => (0.4, 120.0, 0.2),
        crate::Bias::Recall => (0.08, 25.0, 0.45),
    }
}

// Container score for pages of short items: all text counts, except short
// (menu-like) links, which neither count nor cost.
fn item_score(a: &Analysis, i: usize) -> f32 {
    let short = a.sub_short_link[i] as f32;
    a.sub_chars[i] as f32 - short
}

/// The page's own text (items included) against the comments' prose
/// from which the comments are dropped.
const ITEMS_OVER_COMMENTS: f32 = 1.0;

/// Share of its prose value a unit inside a teaser card keeps.
const TEASER_WEIGHT: f32 = 0.25;
/// Plain characters of prose from which a selection is an article that
/// teaser cards around it cannot turn into a listing.
const MIN_ARTICLE_CHARS: f32 = 800.0;
/// Most words in a teaser card (a headline, a date, an excerpt).
const MAX_TEASER_WORDS: u32 = 120;
/// Fewest same-looking siblings that make a run of teaser cards.
const MIN_TEASER_RUN: usize = 3;

// Nodes inside teaser cards: runs of at least three same-looking siblings
// (same tag and first class) that each hold a headline link, an excerpt of
// prose and little else. Their excerpts are prose, but they advertise other
// pages, so a container holding them must not win over the article next to
// them for their sake. (Product cards, without excerpts, are not teasers.)
fn teaser_cards(dom: &Dom, dead: &[bool], sub_words: &[u32], values: &[f32]) -> Vec<bool> {
    let n = dom.len();
    let mut prose = vec![false; n];
    // Whether a subtree holds a headline link: a link of several words, a
    // link around a heading or a heading around a link.
    let mut link = vec![false; n];
    let mut heading = vec![false; n];
    let mut headline = vec![false; n];
    for i in (0..n).rev() {
        if dead[i] {
            continue;
        }
        let tag = dom.tag(i);
        prose[i] |= values[i] > 0.0;
        if tag == "a" {
            headline[i] |= heading[i] || is_headline_link(sub_words[i]);
            link[i] = true;
        }
        if heading_level(tag).is_some() {
            headline[i] |= link[i];
            heading[i] = true;
        }
        let p = dom.parent(i);
        if p != NONE {
            link[p] |= link[i];
            heading[p] |= heading[i];
            headline[p] |= headline[i];
            prose[p] |= prose[i];
        }
    }
    let mut card = vec![false; n];
    let mut groups: std::collections::BTreeMap<(&str, &str), Vec<usize>> =
        std::collections::BTreeMap::new();
    for p in 0..n {
        // (A run's parent holds its headlines and prose.)
        if dead[p] || card[p] || !headline[p] || !prose[p] || dom.elem(p).is_none() {
            continue;
        }
        groups.clear();
        for c in dom.children(p) {
            let Some(el) = dom.elem(c) else {
                continue;
            };
            if dead[c] || !headline[c] || !prose[c] || sub_words[c] > MAX_TEASER_WORDS {
                continue;
            }
            let class = el
                .attr_atom(&local_name!("class"))
                .and_then(|c| prune::class_tokens(c).next())
                .unwrap_or("");
            groups.entry((el.name(), class)).or_default().push(c);
        }
        for members in groups.values() {
            if members.len() < MIN_TEASER_RUN {
                continue;
            }
            for &c in members {
                for slot in card.iter_mut().take(dom.end(c)).skip(c) {
                    *slot = true;
                }
            }
        }
    }
    card
}

// A link long enough to be a headline or teaser rather than a menu entry.
fn is_headline_link(words: u32) -> bool {
    words >= 5
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn digit_test_agrees_with_bytes(s in "[a-z0-9 $€.,°±\u{b2}-\u{b9}\u{660}-\u{669}\u{ff10}-\u{ff19}]{0,40}") {
            proptest::prop_assert_eq!(
                has_ascii_digit(s.as_bytes()),
                s.bytes().any(|b| b.is_ascii_digit())
            );
        }
    }

    #[test]
    fn prices_are_short_texts_with_a_currency_and_a_digit() {
        assert!(is_price_text("$19.99"));
        assert!(is_price_text(" 24,95 € "));
        assert!(is_price_text("EUR 163.12"));
        assert!(is_price_text("from £5"));
        assert!(!is_price_text("$ off"));
        assert!(!is_price_text("Free shipping on orders over 50 dollars"));
        assert!(!is_price_text(
            "The board raised $4 million last year to expand its program across the region"
        ));
    }
}
