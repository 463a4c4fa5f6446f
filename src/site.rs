//! Site-level boilerplate: within a window of pages (a batch of a bulk run,
//! in input order), blocks whose words repeat on many pages of the same host
//! are template — menus, footers, newsletter prompts, "scroll for next" —
//! that the page-level rules let through; they are dropped.
//!
//! Rules:
//! - **Host.** From the page URL given with the input (`Source::url`), else
//!   the page's own canonical URL (`meta.url`); lower-cased, without port,
//!   user info and a leading `www.`. Pages without a host are left alone: a
//!   template is never inferred across sites, and an unknown host could be
//!   any site.
//! - **Units.** A heading, paragraph, quote, code block or table is one unit;
//!   each item of a list is a unit (menus differ by an item or two between
//!   pages). A unit is keyed by [`fingerprint::text_key`] (its words, lower
//!   case, punctuation ignored): only 64-bit keys are kept, never text.
//! - **Distinct pages.** Pages of a host whose prose (units of at least
//!   [`PROSE_WORDS`] words) is a near-duplicate (SimHash within
//!   [`SAME_PAGE_DISTANCE`] bits) of an earlier page's count once: two fetches
//!   of one article must not turn its body into "template".
//! - **Repeated.** A unit is template when the host has at least
//!   [`MIN_HOST_PAGES`] distinct pages in the window and the unit is on at
//!   least [`MIN_REPEAT_PAGES`] of them and on at least
//!   [`MIN_SHARE_PERCENT`]% of them. Short units (one word) count too.
//! - **Section labels stay.** A repeated heading followed by a block that is
//!   kept is a section label of the page's own content ("Ingredients"), kept.
//! - A page whose every unit is template had no content of its own and
//!   becomes empty.
//!
//! Deterministic: hosts are visited in name order, pages in input order, and
//! nothing depends on hash-map iteration order or on threads.

use std::collections::{BTreeMap, HashMap};

use crate::extraction::Extraction;
use crate::fingerprint::{self, SimHasher};
use crate::normalize;
use crate::record::{Block, Removed};

/// A host needs this many distinct pages in the window: with fewer, a shared
/// block is as likely quoted or syndicated content as a template.
pub const MIN_HOST_PAGES: usize = 4;

/// A unit must be on at least this many distinct pages: two pages sharing a
/// paragraph is common for related articles, three pages is a pattern.
pub const MIN_REPEAT_PAGES: usize = 3;

/// … and on at least this share of the host's distinct pages: templates are
/// on (nearly) every page, content repeats on a few.
pub const MIN_SHARE_PERCENT: usize = 50;

/// Pages of a host within this SimHash distance are one page for counting:
/// near-identical fetches (tracking parameters, a changed counter) would
/// otherwise make their shared body look like a template. Unrelated pages
/// are about 32 bits apart; short pages that differ by a line are 5–8 apart,
/// beyond the 3 bits that suit page-level dedup.
pub const SAME_PAGE_DISTANCE: u32 = 10;

/// One page of a window as the filter sees it.
#[derive(Debug)]
pub struct Page<'a> {
    /// The page URL given with the input, if any.
    pub url: Option<&'a str>,
    /// The page's extraction; template blocks are removed from it.
    pub extraction: &'a mut Extraction,
}

/// What the filter did to a window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Hosts with enough distinct pages to be filtered.
    pub hosts: usize,
    /// Pages that lost at least one unit.
    pub pages: usize,
    /// Units dropped (blocks, or list items).
    pub units: usize,
}

/// The site of an absolute http(s) URL: host lower-cased, without user info,
/// port, trailing dot and a leading `www.`; `None` for anything else.
pub fn host_of(url: &str) -> Option<String> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://")?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = if host_port.starts_with('[') {
        // IPv6 literal: keep the brackets, drop the port after them.
        host_port.split(']').next().map(|h| format!("{h}]"))?
    } else {
        host_port.split(':').next().unwrap_or("").to_string()
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// Where a unit sits in a page's blocks.
#[derive(Debug, Clone, Copy)]
struct Unit {
    block: usize,
    /// Item index for list items.
    item: Option<usize>,
    key: u64,
}

/// The keyed units of an extraction, in block order (wordless units have no
/// key: they are neither counted nor dropped).
fn units_of(ex: &Extraction) -> Vec<Unit> {
    let mut out = Vec::new();
    for (block, b) in ex.blocks.iter().enumerate() {
        match b {
            Block::List { items, .. } => {
                for (i, item) in items.iter().enumerate() {
                    if let Some(key) = fingerprint::text_key(item) {
                        out.push(Unit {
                            block,
                            item: Some(i),
                            key,
                        });
                    }
                }
            }
            Block::Table { .. } => {
                if let Some(key) = fingerprint::text_key(&b.plain_text_cow()) {
                    out.push(Unit {
                        block,
                        item: None,
                        key,
                    });
                }
            }
            Block::Heading { text, .. }
            | Block::Paragraph { text }
            | Block::Quote { text }
            | Block::Code { text }
            | Block::Caption { text } => {
                if let Some(key) = fingerprint::text_key(text) {
                    out.push(Unit {
                        block,
                        item: None,
                        key,
                    });
                }
            }
        }
    }
    out
}

/// Units with at least this many words are prose; the rest (menu items,
/// labels, buttons) is left out of a page's SimHash, so that a big menu
/// shared by every page does not make different pages look identical.
pub const PROSE_WORDS: usize = 8;

/// SimHash of an extraction's prose units (of every unit when it has no
/// prose), to recognize near-identical pages.
fn page_simhash(ex: &Extraction) -> Option<u64> {
    let mut texts: Vec<&str> = Vec::new();
    for b in &ex.blocks {
        match b {
            Block::List { items, .. } => texts.extend(items.iter().map(String::as_str)),
            Block::Table { rows } => texts.extend(rows.iter().flatten().map(String::as_str)),
            Block::Heading { text, .. }
            | Block::Paragraph { text }
            | Block::Quote { text }
            | Block::Code { text } => texts.push(text),
            // Captions are not main text: they say nothing of the page's prose.
            Block::Caption { .. } => {}
        }
    }
    let mut prose = SimHasher::new();
    for t in &texts {
        if normalize::word_count(t) >= PROSE_WORDS {
            prose.add_text(t);
        }
    }
    prose.finish().or_else(|| {
        let mut all = SimHasher::new();
        texts.iter().for_each(|t| all.add_text(t));
        all.finish()
    })
}

/// The smallest number of distinct pages a unit must be on to be template,
/// for a host with `pages` distinct pages.
pub fn repeat_threshold(pages: usize) -> usize {
    let share = (pages * MIN_SHARE_PERCENT).div_ceil(100);
    share.max(MIN_REPEAT_PAGES)
}

/// Drop site-level boilerplate from a window of pages (see the module doc).
/// With `explain`, each dropped unit is added to the page's `removed` with a
/// reason like "repeated on 37 of 40 pages of example.com".
pub fn filter_window(pages: &mut [Page<'_>], explain: bool) -> Stats {
    let mut by_host: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        let host = p
            .url
            .and_then(host_of)
            .or_else(|| p.extraction.meta.url.as_deref().and_then(host_of));
        if let Some(host) = host {
            by_host.entry(host).or_default().push(i);
        }
    }
    let mut stats = Stats::default();
    for (host, members) in &by_host {
        if members.len() < MIN_HOST_PAGES {
            continue;
        }
        filter_host(host, members, pages, explain, &mut stats);
    }
    stats
}

/// Filter the pages `members` (indices into `pages`, ascending) of one host.
fn filter_host(
    host: &str,
    members: &[usize],
    pages: &mut [Page<'_>],
    explain: bool,
    stats: &mut Stats,
) {
    let units: Vec<Vec<Unit>> = members
        .iter()
        .map(|&i| {
            pages
                .get(i)
                .map_or_else(Vec::new, |p| units_of(p.extraction))
        })
        .collect();
    // Count each unit once per distinct page (near-identical pages merged).
    let mut seen_pages: Vec<u64> = Vec::new();
    let mut counts: HashMap<u64, usize> = HashMap::new();
    let mut distinct = 0usize;
    for (&i, page_units) in members.iter().zip(&units) {
        let Some(fp) = pages.get(i).and_then(|p| page_simhash(p.extraction)) else {
            continue;
        };
        // A linear scan: the window bounds it, and the distance is beyond
        // what a banded index finds.
        if seen_pages
            .iter()
            .any(|&s| fingerprint::hamming(s, fp) <= SAME_PAGE_DISTANCE)
        {
            continue;
        }
        seen_pages.push(fp);
        distinct += 1;
        let mut keys: Vec<u64> = page_units.iter().map(|u| u.key).collect();
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            *counts.entry(k).or_default() += 1;
        }
    }
    if distinct < MIN_HOST_PAGES {
        return;
    }
    stats.hosts += 1;
    let need = repeat_threshold(distinct);
    for (&i, page_units) in members.iter().zip(&units) {
        let Some(page) = pages.get_mut(i) else {
            continue;
        };
        let repeated: Vec<(Unit, usize)> = page_units
            .iter()
            .filter_map(|u| {
                let c = counts.get(&u.key).copied().unwrap_or(0);
                (c >= need).then_some((*u, c))
            })
            .collect();
        if repeated.is_empty() {
            continue;
        }
        let dropped = drop_units(page.extraction, &repeated, host, distinct, explain);
        if dropped > 0 {
            stats.pages += 1;
            stats.units += dropped;
        }
    }
}

/// The repeat count of list item `item` in `gone` (sorted by item index, as
/// units are listed in page order); a binary search keeps huge lists linear.
fn count_of(gone: &[(usize, usize)], item: usize) -> Option<usize> {
    gone.binary_search_by_key(&item, |g| g.0)
        .ok()
        .and_then(|i| gone.get(i))
        .map(|g| g.1)
}

/// Remove the repeated units from `ex` (keeping repeated headings that label
/// kept content); returns how many units were removed.
fn drop_units(
    ex: &mut Extraction,
    repeated: &[(Unit, usize)],
    host: &str,
    distinct: usize,
    explain: bool,
) -> usize {
    let n = ex.blocks.len();
    // Per block: the repeat count of the whole block (non-list blocks), and
    // the repeated items (list blocks).
    let mut whole: Vec<Option<usize>> = vec![None; n];
    let mut items: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
    for (u, c) in repeated {
        match u.item {
            None => {
                if let Some(w) = whole.get_mut(u.block) {
                    *w = Some(*c);
                }
            }
            Some(item) => {
                if let Some(v) = items.get_mut(u.block) {
                    v.push((item, *c));
                }
            }
        }
    }
    // Decide from the last block back, so a heading knows whether the block
    // after it stays.
    let mut keep = vec![true; n];
    for b in (0..n).rev() {
        let Some(block) = ex.blocks.get(b) else {
            continue;
        };
        let drop = match block {
            Block::List { items: list, .. } => {
                let with_words = list
                    .iter()
                    .filter(|i| fingerprint::text_key(i).is_some())
                    .count();
                with_words > 0 && items.get(b).map_or(0, Vec::len) >= with_words
            }
            Block::Heading { .. } => {
                let next_kept = keep.get(b + 1).copied().unwrap_or(false);
                whole.get(b).copied().flatten().is_some() && !next_kept
            }
            _ => whole.get(b).copied().flatten().is_some(),
        };
        if let Some(k) = keep.get_mut(b) {
            *k = !drop;
        }
    }
    let reason = |c: usize| format!("repeated on {c} of {distinct} pages of {host}");
    let mut dropped = 0;
    let old = std::mem::take(&mut ex.blocks);
    let mut kept = Vec::with_capacity(old.len());
    for (b, block) in old.into_iter().enumerate() {
        let kept_whole = keep.get(b).copied().unwrap_or(true);
        match block {
            Block::List {
                ordered,
                items: list,
            } if kept_whole => {
                let gone = items.get(b).map_or(&[][..], Vec::as_slice);
                if gone.is_empty() {
                    kept.push(Block::List {
                        ordered,
                        items: list,
                    });
                    continue;
                }
                let mut left = Vec::with_capacity(list.len());
                for (i, item) in list.into_iter().enumerate() {
                    match count_of(gone, i) {
                        Some(c) => {
                            dropped += 1;
                            if explain {
                                ex.removed.push(Removed::new(item, reason(c)));
                            }
                        }
                        None => left.push(item),
                    }
                }
                kept.push(Block::List {
                    ordered,
                    items: left,
                });
            }
            block if kept_whole => kept.push(block),
            block => {
                let count = match &block {
                    Block::List { .. } => items.get(b).map_or(0, Vec::len),
                    _ => 1,
                };
                dropped += count;
                if !explain {
                    continue;
                }
                match block {
                    Block::List { items: list, .. } => {
                        let gone = items.get(b).map_or(&[][..], Vec::as_slice);
                        let least = gone.iter().map(|x| x.1).min().unwrap_or(distinct);
                        for (i, item) in list.into_iter().enumerate() {
                            // Wordless items ("|") go with their list.
                            let c = count_of(gone, i).unwrap_or(least);
                            ex.removed.push(Removed::new(item, reason(c)));
                        }
                    }
                    block => {
                        let c = whole.get(b).copied().flatten().unwrap_or(distinct);
                        ex.removed.push(Removed::new(block.plain_text(), reason(c)));
                    }
                }
            }
        }
    }
    ex.blocks = kept;
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_normalized() {
        assert_eq!(
            host_of("https://WWW.Example.com:8443/a?b#c").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            host_of("http://user:pw@news.example.org").as_deref(),
            Some("news.example.org")
        );
        assert_eq!(host_of("http://[::1]:80/x").as_deref(), Some("[::1]"));
        assert_eq!(host_of("ftp://example.com/x"), None);
        assert_eq!(host_of("/relative/path"), None);
        assert_eq!(host_of("https:///nohost"), None);
    }

    #[test]
    fn threshold_is_half_but_at_least_three() {
        assert_eq!(repeat_threshold(4), 3);
        assert_eq!(repeat_threshold(6), 3);
        assert_eq!(repeat_threshold(7), 4);
        assert_eq!(repeat_threshold(40), 20);
    }
}
