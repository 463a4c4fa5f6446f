//! Record grids: a shop's category page, a job board or an index prints one
//! record after another (a name and its price; a title and its date; the
//! fields of a job closed by the same link label). One line of each record
//! has the same shape, so that shape recurs at a steady period; the lines
//! from the first record to the last are the grid. Finding them is linear
//! in the number of units (one ordered map of the marker lines).

use std::collections::BTreeMap;
use std::ops::Range;

/// The shape of a line that can mark one record of a grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Marker<'a> {
    /// A price on its own line ("$49+", "19,90 €", "From £120").
    Price,
    /// A short dateline ("March 3, 2025").
    Date,
    /// A review's rating ("Rated 4 out of 5", "★★★★☆").
    Rating,
    /// A short line repeated word for word ("View details", "Full-Time").
    Text(&'a str),
}

/// Fewest records that make a grid: three name-and-price pairs are a
/// teaser row, not a page of items.
const MIN_RECORDS: usize = 4;
/// Longest record, in lines, between two markers.
const MAX_PERIOD: usize = 15;
/// Most words of a line repeated as a record marker.
pub const MAX_MARKER_WORDS: usize = 5;

/// Words that may open a price ("from $12", "ab 9,90 €"), compared
/// lower-cased.
const PRICE_OPENERS: &[&str] = &[
    "from",
    "ab",
    "dès",
    "des",
    "desde",
    "da",
    "vanaf",
    "od",
    "från",
    "fra",
    "fino",
    "a partir de",
    "à partir de",
    "à partir",
];

/// Currency codes written next to a price, compared lower-cased.
const CURRENCY_CODES: &[&str] = &[
    "usd", "eur", "gbp", "chf", "cad", "aud", "jpy", "inr", "sek", "nok", "dkk", "pln", "czk",
    "kr", "zł", "kč", "r$", "rs",
];

/// A currency symbol ("$", "€", "£", ...).
fn is_currency_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '€' | '£' | '¥' | '₹' | '₩' | '₽' | '¢' | '₺' | '₪' | '₫' | '₴' | '฿'
    )
}

/// A line that is a price and nothing else: digits with a currency symbol
/// or code, separators, a trailing "+" for "and up", maybe an opener
/// ("from"). A bare number is no price (ratings, counts, years).
pub fn is_price_line(s: &str) -> bool {
    let t = s.trim();
    // (A price has ASCII digits, and lower-casing makes none: lines without
    // them, most, are not lower-cased.)
    t.bytes().any(|b| b.is_ascii_digit())
        && t.chars().count() <= 28
        && is_bare_price(&t.to_lowercase())
}

/// A price line, or prices behind a shop's labels ("Sale price €49,95
/// Regular price €57,95", "Was $30 Now $20"): says a page sells, though
/// such a line marks no grid record (its layouts vary too much).
pub fn is_labelled_price_line(s: &str) -> bool {
    let t = s.trim();
    is_price_line(t)
        || (t.bytes().any(|b| b.is_ascii_digit())
            && t.chars().count() <= 64
            && is_bare_price(&without_price_labels(&t.to_lowercase())))
}

/// Labels a shop writes before its prices, lower case, longest first.
const PRICE_LABELS: &[&str] = &[
    "regular price",
    "original price",
    "unit price",
    "sale price",
    "price",
    "was",
    "now",
    "prix",
    "preis",
    "precio",
    "prezzo",
];

/// `lower` with every price label and its colon blanked out.
fn without_price_labels(lower: &str) -> String {
    let mut out = lower.replace(':', " ");
    // (Most lines hold no label or one: a line is copied only for a label
    // it holds.)
    for label in PRICE_LABELS {
        if out.contains(label) {
            out = out.replace(label, " ");
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A lower-cased price and nothing else (see [`is_price_line`]).
fn is_bare_price(lower: &str) -> bool {
    let mut rest = lower;
    for opener in PRICE_OPENERS {
        if let Some(r) = rest.strip_prefix(opener).and_then(|r| r.strip_prefix(' ')) {
            rest = r;
            break;
        }
    }
    let mut currency = false;
    for code in CURRENCY_CODES {
        if let Some(r) = rest.strip_prefix(code) {
            rest = r;
            currency = true;
            break;
        }
        if let Some(r) = rest.strip_suffix(code) {
            rest = r;
            currency = true;
            break;
        }
    }
    let mut digits = false;
    for c in rest.chars() {
        if c.is_ascii_digit() {
            digits = true;
        } else if is_currency_symbol(c) {
            currency = true;
        } else if !matches!(c, '.' | ',' | '\'' | ' ' | '\u{a0}' | '+' | '-' | '–' | '*') {
            return false;
        }
    }
    digits && currency
}

/// Nouns that count a listing's records ("154 products", "1–24 of 154
/// results"), compared lower-cased.
const RECORD_NOUNS: &[&str] = &[
    "products",
    "items",
    "results",
    "styles",
    "matches",
    "ergebnisse",
    "artikel",
    "produkte",
    "treffer",
    "résultats",
    "produits",
    "articles",
    "resultados",
    "productos",
    "artículos",
    "risultati",
    "prodotti",
    "articoli",
    "resultaten",
    "producten",
    "artikelen",
    "wyników",
    "produktów",
    "товаров",
    "результатов",
];

/// Words that may stand around the figures of a results count ("Showing
/// 1–24 of 154 results", "Loaded 48 results", "24 results per page").
const COUNT_WORDS: &[&str] = &[
    "showing",
    "show",
    "shown",
    "loaded",
    "viewing",
    "displaying",
    "of",
    "total",
    "per",
    "page",
    "von",
    "sur",
    "de",
    "di",
    "van",
    "z",
    "из",
    "pro",
    "seite",
    "par",
    "page",
    "por",
    "página",
    "per",
    "pagina",
];

/// Words that open a listing's sort or filter control ("Sort: Best
/// Match", "Filter by price", "Trier par"), compared lower-cased.
const CONTROL_OPENERS: &[&str] = &[
    "sort",
    "sort:",
    "filter",
    "filter:",
    "filters",
    "view:",
    "refine",
    "sortieren",
    "filtern",
    "filter:",
    "trier",
    "filtrer",
    "filtres",
    "ordenar",
    "filtrar",
    "filtros",
    "ordina",
    "filtra",
    "filtri",
    "sorteer",
    "sorteren",
    "sortuj",
    "filtruj",
    "filtry",
    "сортировать",
    "фильтры",
];

/// Most words of a listing's count or control line.
const CHROME_WORDS: usize = 8;

/// A listing's results count or sort/filter control: "1–24 of 154
/// products", "(154 products)", "Showing 24 results per page", "Sort:
/// Best Match", "Filter by price". Chrome of the grid, no record's text.
pub fn is_listing_chrome(text: &str) -> bool {
    let t = text.trim();
    // (Most lines are longer: they are not lower-cased.)
    if t.len() > 80 {
        return false;
    }
    let opens_control = t
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() <= 24 && CONTROL_OPENERS.contains(&w.to_lowercase().as_str()));
    if opens_control {
        return t.split_whitespace().count() <= 4;
    }
    // (A count has a figure: most short lines have none.)
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ',' | '[' | ']')))
        .filter(|w| !w.is_empty())
        .collect();
    let figure = |w: &&str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '–' | '+'))
    };
    words.len() <= CHROME_WORDS
        && words.iter().any(|w| RECORD_NOUNS.contains(w))
        && words
            .iter()
            .all(|w| figure(w) || RECORD_NOUNS.contains(w) || COUNT_WORDS.contains(w))
}

/// The median gap between consecutive positions (at least two positions).
fn median_gap(chain: &[usize]) -> usize {
    let mut gaps: Vec<usize> = chain.windows(2).map(|w| w[1] - w[0]).collect();
    gaps.sort_unstable();
    gaps.get(gaps.len() / 2).copied().unwrap_or(1)
}

/// The grids among `markers` (one entry per unit, `None` for a line of no
/// marker shape): for each shape, chains of `MIN_RECORDS` or more of its
/// lines, each 2 to `MAX_PERIOD` lines after the previous one. A grid
/// runs from the first line of the first record (a period before its
/// marker) to the last marker. Overlapping grids are merged; sorted.
pub fn grid_ranges(markers: &[Option<Marker>]) -> Vec<Range<usize>> {
    let mut positions: BTreeMap<Marker, Vec<usize>> = BTreeMap::new();
    for (i, m) in markers.iter().enumerate() {
        if let Some(m) = m {
            positions.entry(*m).or_default().push(i);
        }
    }
    let mut grids: Vec<Range<usize>> = Vec::new();
    let mut push_chain = |chain: &[usize]| {
        if let (true, Some(first), Some(last)) =
            (chain.len() >= MIN_RECORDS, chain.first(), chain.last())
        {
            let start = first.saturating_sub(median_gap(chain) - 1);
            grids.push(start..last + 1);
        }
    };
    for list in positions.values() {
        let mut from = 0;
        for k in 1..=list.len() {
            let breaks = match (list.get(k - 1), list.get(k)) {
                (Some(a), Some(b)) => !(2..=MAX_PERIOD).contains(&(b - a)),
                _ => true,
            };
            if breaks {
                push_chain(list.get(from..k).unwrap_or(&[]));
                from = k;
            }
        }
    }
    grids.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for g in grids {
        match merged.last_mut() {
            Some(last) if g.start <= last.end => last.end = last.end.max(g.end),
            _ => merged.push(g),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_are_told_from_numbers() {
        for p in [
            "$49+",
            "19,90 €",
            "From £120",
            "USD 1,299.00",
            "ab 9,90 €",
            "€ 7.50*",
        ] {
            assert!(is_price_line(p), "{p}");
        }
        for p in [
            "Sale price €49,95 Regular price €57,95",
            "Was $30.00 Now $20.00",
        ] {
            assert!(is_labelled_price_line(p) && !is_price_line(p), "{p}");
        }
        assert!(!is_labelled_price_line(
            "Prices in Washington rose by $30 last year"
        ));
        for n in [
            "4.5",
            "2025",
            "12 items",
            "Save $50 today",
            "(12)",
            "$",
            "Prices in Washington rose by $30 in the last year",
        ] {
            assert!(!is_price_line(n), "{n}");
        }
    }

    #[test]
    fn steady_markers_make_a_grid() {
        // name, price, name, price, ... then a footer.
        let mut markers: Vec<Option<Marker>> = vec![None; 3];
        for _ in 0..5 {
            markers.push(None);
            markers.push(Some(Marker::Price));
        }
        markers.extend([None, None, None]);
        assert_eq!(grid_ranges(&markers), vec![3..13]);
    }

    #[test]
    fn three_records_or_scattered_markers_make_none() {
        let three = [
            None,
            Some(Marker::Date),
            None,
            Some(Marker::Date),
            None,
            Some(Marker::Date),
        ];
        assert!(grid_ranges(&three).is_empty());
        let mut scattered: Vec<Option<Marker>> = Vec::new();
        for _ in 0..5 {
            scattered.push(Some(Marker::Text("Read more")));
            scattered.extend(std::iter::repeat(None).take(20));
        }
        assert!(grid_ranges(&scattered).is_empty());
    }

    #[test]
    fn listing_chrome() {
        for c in [
            "1–24 of 154 products",
            "(154 Products)",
            "Showing 24 results per page",
            "Loaded 48 results",
            "Sort: Best Match",
            "Filter by price",
            "Filters",
            "Trier par",
            "154 Ergebnisse",
        ] {
            assert!(is_listing_chrome(c), "{c}");
        }
        for n in [
            "Oak Shelf, 3 tiers",
            "24 products for your kitchen we love",
            "Sorted by hand in our workshop, every bean is checked twice.",
            "154",
        ] {
            assert!(!is_listing_chrome(n), "{n}");
        }
    }

    #[test]
    fn overlapping_grids_merge() {
        let mut markers: Vec<Option<Marker>> = Vec::new();
        for _ in 0..4 {
            markers.push(None);
            markers.push(Some(Marker::Price));
            markers.push(Some(Marker::Text("Add to basket")));
        }
        assert_eq!(grid_ranges(&markers), vec![0..12]);
    }
}
