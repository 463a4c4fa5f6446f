//! Metadata helpers never panic, whatever the input.

use proptest::prelude::*;
use unboil::meta::{authors, dates, html, jsonld, title};

proptest! {
    #[test]
    fn dates_never_panic(s in "\\PC{0,80}", lang in "[a-zA-Z_-]{0,6}") {
        let _ = dates::parse_date(&s);
        let _ = dates::parse_date_with_locale(&s, Some(&lang));
        for d in dates::find_dates(&s, None) {
            prop_assert!(d.start <= d.end && d.end <= s.len());
            prop_assert!(d.date.len() >= 10);
        }
    }

    #[test]
    fn date_like_noise_never_panics(s in "[0-9 ./:+TZ,-]{0,40}(jan|mars|März|年|月|日|am|pm|GMT)?[0-9 ./:+-]{0,20}") {
        let _ = dates::parse_date(&s);
        let _ = dates::find_dates(&s, Some("en-US"));
    }

    #[test]
    fn bylines_never_panic(s in "\\PC{0,120}") {
        let (names, _) = authors::parse_byline(&s);
        for n in names {
            prop_assert!(!n.trim().is_empty());
        }
        let _ = authors::looks_like_name(&s);
        let _ = authors::structured_author(&s);
    }

    #[test]
    fn titles_and_entities_never_panic(s in "\\PC{0,120}") {
        let _ = title::strip_site_name(&s, &["Example"]);
        let _ = title::decode_entities(&s);
        let _ = title::reconcile(Some(&s), None, Some(&s), std::slice::from_ref(&s), &[]);
    }

    #[test]
    fn broken_jsonld_never_panics(s in "[\\[\\]{}\",:a-z@ 0-9\\\\\n]{0,200}") {
        let _ = jsonld::extract(std::slice::from_ref(&s));
        let _ = jsonld::repair_json(&s);
    }

    #[test]
    fn documents_never_panic(body in "(<[a-z]{1,4}( class=\"(author|date|byline|comment)\")?>|</[a-z]{1,4}>|[A-Za-z0-9 ,.:|·-]{0,20}){0,40}") {
        let page = format!("<html><head><title>{body}</title></head><body><h1>{body}</h1>{body}</body></html>");
        let doc = scraper::Html::parse_document(&page);
        let _ = html::from_document(&doc, Some("https://ex.com/2024/01/02/x"));
    }
}
