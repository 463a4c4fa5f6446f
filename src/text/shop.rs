//! Line shapes of shop pages that close a product's description: the
//! headers of cross-selling rows ("Related products", "Customers also
//! bought") and of the shop's own panels ("Shipping & Returns"), and the lines that mark each customer review (a rating "Rated
//! 4 out of 5", "5,0 von 5 Sternen", a row of stars).

use crate::phrases;

/// Headers of a shop's cross-selling rows, compared folded, whole line.
/// (The shared related-article headers, "You may also like", are read
/// as well; these name products.)
const CROSS_SELL_HEADERS: &[&str] = &[
    "related products",
    "related items",
    "similar products",
    "similar items",
    "similar items to consider",
    "more items to consider",
    "products you may like",
    "you may also enjoy",
    "you might also enjoy",
    "you may also need",
    "customers also bought",
    "customers also viewed",
    "customers also purchased",
    "customers who bought this item also bought",
    "customers who viewed this item also viewed",
    "people also bought",
    "people also viewed",
    "people who viewed this item also viewed",
    "people who bought this also bought",
    "frequently bought together",
    "often bought together",
    "recently viewed",
    "recently viewed products",
    "recently viewed items",
    "your recently viewed items",
    "complete the look",
    "shop the look",
    "pairs well with",
    "goes well with",
    "ähnliche produkte",
    "ähnliche artikel",
    "passende artikel",
    "passendes zubehör",
    "kunden kauften auch",
    "das könnte dir auch gefallen",
    "das könnte ihnen auch gefallen",
    "zuletzt angesehen",
    "zuletzt angesehene produkte",
    "produits similaires",
    "produits associés",
    "vous aimerez aussi",
    "vous aimerez peut être aussi",
    "récemment consultés",
    "productos relacionados",
    "productos similares",
    "también te puede gustar",
    "vistos recientemente",
    "prodotti correlati",
    "prodotti simili",
    "potrebbe piacerti anche",
    "visti di recente",
    "produtos relacionados",
    "produtos semelhantes",
    "você também pode gostar",
    "gerelateerde producten",
    "vergelijkbare producten",
    "recent bekeken",
    "podobne produkty",
    "produkty powiązane",
    "ostatnio oglądane",
    "похожие товары",
    "с этим товаром покупают",
    "недавно просмотренные",
    "相关产品",
    "相关商品",
    "猜你喜欢",
    "関連商品",
    "最近チェックした商品",
    // The shop's own panels under a description: shipping, returns,
    // payment, the seller.
    "shipping returns",
    "shipping and returns",
    "delivery returns",
    "delivery and returns",
    "shipping and return policies",
    "shipping information",
    "delivery information",
    "returns exchanges",
    "returns and exchanges",
    "payment options",
    "payment methods",
    "meet your seller",
    "meet the seller",
    "about the seller",
    "versand und rückgabe",
    "versand rückgabe",
    "lieferung und rückgabe",
    "livraison et retours",
    "livraison retours",
    "envío y devoluciones",
    "envíos y devoluciones",
    "spedizione e resi",
    "envio e devoluções",
    "verzending en retourneren",
    "dostawa i zwroty",
    "доставка и возврат",
];

/// The header of a shop's cross-selling row or of its shipping, returns
/// or seller panel: "Related products", "Customers also bought",
/// "Produits similaires", "Shipping & Returns" (a count may follow).
pub fn is_cross_sell_header(line: &str) -> bool {
    is_cross_sell_header_folded(
        crate::text::features::word_count(line),
        &phrases::fold(line),
    )
}

/// [`is_cross_sell_header`] of a line's word count and [`phrases::fold`].
pub fn is_cross_sell_header_folded(words: usize, folded: &str) -> bool {
    if words > 9 {
        return false;
    }
    let head = folded.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    CROSS_SELL_HEADERS.contains(&head)
}

/// Words between a rating and its scale ("4 out of 5", "4,5 von 5").
const RATING_SCALE_WORDS: &[&str] = &[
    "out of", "of", "von", "sur", "de", "su", "van", "z", "из", "af", "av", "ze",
];

/// Words that may follow the scale ("5 stars", "5 Sternen").
const RATING_UNITS: &[&str] = &[
    "stars",
    "star",
    "sternen",
    "sterne",
    "étoiles",
    "estrellas",
    "stelle",
    "estrelas",
    "sterren",
    "gwiazdek",
    "gwiazdki",
    "звезд",
    "звёзд",
    "stjerner",
    "stjärnor",
];

/// Words that may open a rating line ("Rated 4 out of 5").
const RATING_OPENERS: &[&str] = &[
    "rated",
    "rating",
    "bewertet mit",
    "bewertung",
    "note",
    "noté",
    "valoración",
    "valutazione",
    "avaliação",
    "beoordeling",
    "ocena",
    "оценка",
];

/// A rating number from 0 to 10 with at most one decimal ("4", "4.5",
/// "3,0").
fn is_rating_number(w: &str) -> bool {
    let (int, frac) = match w.split_once(['.', ',']) {
        Some((i, f)) => (i, Some(f)),
        None => (w, None),
    };
    !int.is_empty()
        && int.len() <= 2
        && int.chars().all(|c| c.is_ascii_digit())
        && frac.map_or(true, |f| {
            f.len() == 1 && f.chars().all(|c| c.is_ascii_digit())
        })
}

/// The one line of a review that states its rating: "Rated 4 out of 5",
/// "5.0 out of 5 stars", "4,0 von 5 Sternen", "Note : 4/5", a row of
/// stars ("★★★★☆"). A sentence that mentions a rating is not one.
pub fn is_rating_line(line: &str) -> bool {
    let t = line.trim();
    // (Every rating has a digit or a star.)
    if t.len() > 160
        || t.chars().count() > 40
        || !t
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '★' | '☆'))
    {
        return false;
    }
    let stars = t.chars().filter(|c| matches!(c, '★' | '☆')).count();
    if stars >= 3 && t.chars().all(|c| matches!(c, '★' | '☆' | ' ')) {
        return true;
    }
    let lower = t.to_lowercase();
    let mut rest = lower.trim_end_matches(['.', '!']).trim();
    let mut opened = false;
    for o in RATING_OPENERS {
        if let Some(r) = rest.strip_prefix(o) {
            if r.starts_with([' ', ':']) {
                rest = r.trim_start_matches([' ', ':']);
                opened = true;
                break;
            }
        }
    }
    // "Note: 4/5" (a bare "2/5" counts the slides of a carousel).
    if let Some((n, scale)) = rest.split_once('/') {
        return opened && is_rating_number(n.trim()) && matches!(scale.trim(), "5" | "10");
    }
    let Some((n, tail)) = rest.split_once(' ') else {
        return false;
    };
    if !is_rating_number(n) {
        return false;
    }
    RATING_SCALE_WORDS.iter().any(|w| {
        tail.strip_prefix(w)
            .and_then(|r| r.strip_prefix(' '))
            .and_then(|r| r.strip_prefix('5').or_else(|| r.strip_prefix("10")))
            .is_some_and(|r| {
                let r = r.trim();
                r.is_empty() || RATING_UNITS.contains(&r)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_sell_headers() {
        for h in [
            "Related products",
            "Customers also bought",
            "Recently Viewed (4)",
            "Produits similaires",
            "Kunden kauften auch",
            "Shipping & Returns",
            "Livraison et retours",
            "Meet your seller",
        ] {
            assert!(is_cross_sell_header(h), "{h}");
        }
        for n in [
            "Related products are shown at checkout.",
            "Product details",
            "Similar",
        ] {
            assert!(!is_cross_sell_header(n), "{n}");
        }
    }

    #[test]
    fn rating_lines() {
        for r in [
            "Rated 4 out of 5",
            "5.0 out of 5 stars",
            "4,0 von 5 Sternen",
            "Note : 4/5",
            "★★★★☆",
            "3 out of 5",
        ] {
            assert!(is_rating_line(r), "{r}");
        }
        for n in [
            "I would rate it 4 out of 5 if the lid fit better.",
            "4 out of 6 colours sold out",
            "1/2 cup sugar",
            "2/5",
            "2025",
            "Size 10",
        ] {
            assert!(!is_rating_line(n), "{n}");
        }
    }
}
