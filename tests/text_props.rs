//! Properties of text mode on any input: no panics, kept text comes from the
//! input, bounded time on big pages.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use unboil::{Block, Options};

/// Every word of the output must occur in the input, or in the input read
/// without its tags (text mode strips stray tags: "0<b>1" gives "01"):
/// nothing invented.
fn words_come_from_input(input: &str, blocks: &[Block]) -> bool {
    let untagged = without_tags(input);
    blocks.iter().all(|b| {
        b.plain_text().split_whitespace().all(|w| {
            let w = w.trim_end_matches('-');
            input.contains(w) || untagged.contains(w)
        })
    })
}

/// The input with every `<…>` on one line removed.
fn without_tags(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(lt) = rest.find('<') {
        let (before, from_lt) = rest.split_at(lt);
        out.push_str(before);
        match from_lt.find(['>', '\n']) {
            Some(end) if from_lt[end..].starts_with('>') => rest = &from_lt[end + 1..],
            _ => {
                out.push('<');
                rest = &from_lt[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_extracts_without_panic(s in "\\PC*") {
        let ex = unboil::text::extract(&s, &Options::default());
        prop_assert!(words_come_from_input(&s, &ex.blocks));
    }


    #[test]
    fn line_soup_extracts_without_panic(
        lines in proptest::collection::vec(
            prop_oneof![
                Just("".to_string()),
                Just("Home > World > Europe".to_string()),
                Just("By Jane Doe and John Roe | Reuters".to_string()),
                Just("Published 12 March 2025".to_string()),
                Just("- an item of a list".to_string()),
                Just("Advertisement".to_string()),
                Just("Photo: Jane Doe/AFP".to_string()),
                Just("Related articles".to_string()),
                Just("12 Comments".to_string()),
                "[A-Za-z ,.]{0,120}",
                "[a-z ]{60,75}",
            ],
            0..40,
        ),
        crlf in any::<bool>(),
    ) {
        let s = lines.join(if crlf { "\r\n" } else { "\n" });
        let opts = Options { explain: true, ..Options::default() };
        let ex = unboil::text::extract(&s, &opts);
        prop_assert!(words_come_from_input(&s, &ex.blocks));
    }
}

#[test]
fn big_page_in_bounded_time() {
    let mut s = String::new();
    for i in 0..120_000 {
        match i % 5 {
            0 => s.push_str("Home\nWorld\nSport\n"),
            1 => s.push_str("Advertisement\n\n"),
            2 => s.push_str(
                "The council said on Tuesday that the new budget would be published in the spring, after a long debate.\n",
            ),
            3 => s.push_str("A Subheading About Things\n"),
            _ => s.push_str("- a list item with some words\n"),
        }
    }
    assert!(s.len() > 4_000_000);
    let t = Instant::now();
    let ex = unboil::text::extract(&s, &Options::default());
    assert!(!ex.blocks.is_empty());
    assert!(
        t.elapsed() < Duration::from_secs(60),
        "took {:?}",
        t.elapsed()
    );
}

/// Stray tags between the characters of a word join them (the case the
/// property test found: "0<A>𑦠" gives "0𑦠").
#[test]
fn text_joined_across_a_stray_tag_counts_as_from_the_input() {
    let s = "0<A>\u{119a0}";
    let ex = unboil::text::extract(s, &Options::default());
    assert!(!ex.blocks.is_empty());
    assert!(words_come_from_input(s, &ex.blocks));
}
