//! Site-level boilerplate: blocks repeated on many pages of one host within a
//! window are dropped, deterministically, with the reason in `removed`.

use unboil::meta::Metadata;
use unboil::site::{self, Page};
use unboil::{fingerprint, normalize};
use unboil::{Block, Extraction, Extractor, Options, Source, Status};

/// Bodies on unrelated topics, so that no two pages are near-duplicates.
const BODIES: [&str; 10] = [
    "The city council voted on Tuesday to extend the tram line to the new housing estates in the north, ending a dispute that had lasted almost a decade.",
    "Farmers in the valley expect a poor harvest after the driest spring on record left reservoirs at a third of their usual level.",
    "The museum reopened its east wing with an exhibition of medieval manuscripts lent by monasteries across the region.",
    "A local swimmer broke the national record in the 400 metres freestyle at the championships held in the renovated pool.",
    "Engineers found cracks in two pillars of the old railway bridge, which will stay closed to trains until the summer.",
    "The university announced a new scholarship for students from rural schools, funded by a donation from a former graduate.",
    "Heavy snow blocked the mountain pass for three days and stranded dozens of lorries at the border crossing.",
    "The orchestra's new conductor chose a programme of little-known Baltic composers for her first season in the hall.",
    "Police warned residents about a wave of phone scams in which callers pretend to be from the electricity company.",
    "Volunteers planted four thousand trees along the river banks to slow erosion and give shade to the fish.",
];

const MENU: [&str; 4] = ["Home", "News", "Sport", "Weather"];
const FOOTER: &str =
    "The Gazette is an independent newspaper, published in the valley since 1901 by its readers.";

fn page_html(host: &str, i: usize, footer: bool) -> String {
    let items: String = MENU.iter().map(|m| format!("<li>{m}</li>")).collect();
    let body = BODIES[i % BODIES.len()];
    let extra = BODIES[(i + 5) % BODIES.len()];
    let footer = if footer {
        format!("<p>{FOOTER}</p>")
    } else {
        String::new()
    };
    format!(
        "<html><head><title>Story {i}</title>\
         <link rel=\"canonical\" href=\"https://{host}/story/{i}\"></head><body><article>\
         <h1>Story {i}</h1><ul>{items}</ul><p>{body}</p><p>{extra}</p>{footer}\
         </article></body></html>"
    )
}

fn window(pages: &[String], opts: Options, jobs: usize) -> Vec<unboil::Article> {
    let input: Vec<unboil::Page> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            unboil::Page::from_bytes(
                p.clone().into_bytes(),
                Source::from_path(format!("p{i}.html")),
            )
        })
        .collect();
    Extractor::new(opts).extract_window(&input, jobs)
}

fn explain() -> Options {
    Options {
        explain: true,
        ..Options::default()
    }
}

#[test]
fn menu_and_footer_repeated_on_every_page_are_dropped() {
    let pages: Vec<String> = (0..5)
        .map(|i| page_html("www.gazette.example", i, true))
        .collect();
    let recs = window(&pages, explain(), 2);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(r.status, Status::Ok);
        assert!(!r.text.contains(FOOTER), "{}", r.text);
        assert!(!r.text.contains("Weather"), "{}", r.text);
        assert!(r.text.contains(BODIES[i]), "{}", r.text);
        assert!(r.text.contains(BODIES[i + 5]), "{}", r.text);
        // Derived fields are those of the filtered body.
        assert_eq!(r.word_count, normalize::word_count(&r.text));
        assert_eq!(r.text, normalize::blocks_text(&r.blocks));
        assert_eq!(
            r.fingerprint,
            fingerprint::simhash(&r.text).map(fingerprint::to_hex)
        );
        let removed = r.removed.as_deref().unwrap_or_default();
        let reason = "repeated on 5 of 5 pages of gazette.example";
        assert!(
            removed
                .iter()
                .any(|x| x.text == FOOTER && x.reason == reason),
            "{removed:?}"
        );
        for m in MENU {
            assert!(removed.iter().any(|x| x.text == m && x.reason == reason));
        }
    }
}

#[test]
fn off_switch_and_single_pages_keep_everything() {
    let pages: Vec<String> = (0..5)
        .map(|i| page_html("gazette.example", i, true))
        .collect();
    let off = Options {
        site_filter: false,
        ..explain()
    };
    for r in window(&pages, off, 2) {
        assert!(r.text.contains(FOOTER));
    }
    // `extract` sees one page: never a window.
    let ex = Extractor::new(explain());
    let r = ex.extract(pages[0].as_bytes(), Source::default());
    assert!(r.text.contains(FOOTER));
}

#[test]
fn output_does_not_depend_on_jobs_and_is_repeatable() {
    let mut pages: Vec<String> = (0..6).map(|i| page_html("a.example", i, true)).collect();
    pages.extend((0..5).map(|i| page_html("b.example", i + 3, i % 2 == 0)));
    let one = window(&pages, explain(), 1);
    let two = window(&pages, explain(), 2);
    let again = window(&pages, explain(), 3);
    assert_eq!(one, two);
    assert_eq!(one, again);
    let json = |v: &[unboil::Article]| serde_json::to_string(v).unwrap();
    assert_eq!(json(&one), json(&two));
}

#[test]
fn hosts_are_never_mixed() {
    // Two hosts with 3 pages each share the footer: 6 pages, but no host has
    // the 4 pages needed.
    let pages: Vec<String> = (0..6)
        .map(|i| {
            let host = if i % 2 == 0 { "a.example" } else { "b.example" };
            page_html(host, i, true)
        })
        .collect();
    for r in window(&pages, explain(), 2) {
        assert!(r.text.contains(FOOTER), "{}", r.text);
    }
    // One host with 4 pages drops it; the other host's single page keeps it.
    let mut pages: Vec<String> = (0..4).map(|i| page_html("a.example", i, true)).collect();
    pages.push(page_html("b.example", 7, true));
    let recs = window(&pages, explain(), 2);
    assert!(recs[..4].iter().all(|r| !r.text.contains(FOOTER)));
    assert!(recs[4].text.contains(FOOTER));
    assert!(recs[4].text.contains("Weather"));
}

// --- Threshold edges, on extractions directly ---

fn extraction(url: Option<&str>, blocks: Vec<Block>) -> Extraction {
    Extraction {
        meta: Metadata {
            url: url.map(str::to_string),
            ..Metadata::default()
        },
        blocks,
        removed: Vec::new(),
    }
}

fn para(s: &str) -> Block {
    Block::Paragraph {
        text: s.to_string(),
    }
}

/// `n` pages of `host`, each with its own body; `shared` is on the first
/// `on` of them.
fn host_pages(host: &str, n: usize, shared: &str, on: usize) -> Vec<Extraction> {
    (0..n)
        .map(|i| {
            let mut blocks = vec![para(BODIES[i % BODIES.len()])];
            if i < on {
                blocks.push(para(shared));
            }
            extraction(Some(&format!("https://{host}/p/{i}")), blocks)
        })
        .collect()
}

fn filter(exs: &mut [Extraction], explain: bool) -> site::Stats {
    let mut pages: Vec<Page<'_>> = exs
        .iter_mut()
        .map(|e| Page {
            url: None,
            extraction: e,
        })
        .collect();
    site::filter_window(&mut pages, explain)
}

fn has(ex: &Extraction, text: &str) -> bool {
    ex.blocks.iter().any(|b| b.plain_text() == text)
}

#[test]
fn threshold_edges() {
    let shared = "Subscribe";
    // 3 pages of a host: too few, whatever the share.
    let mut exs = host_pages("h.example", 3, shared, 3);
    assert_eq!(filter(&mut exs, true).units, 0);
    assert!(exs.iter().all(|e| has(e, shared)));
    // 4 pages, on 3 of them: dropped (3 is both the minimum and >= 50%).
    let mut exs = host_pages("h.example", 4, shared, 3);
    let stats = filter(&mut exs, true);
    assert_eq!((stats.hosts, stats.pages, stats.units), (1, 3, 3));
    assert!(exs.iter().all(|e| !has(e, shared)));
    assert_eq!(
        exs[0].removed[0].reason,
        "repeated on 3 of 4 pages of h.example"
    );
    // 4 pages, on 2: kept (two pages sharing a block is not a pattern).
    let mut exs = host_pages("h.example", 4, shared, 2);
    assert_eq!(filter(&mut exs, true).units, 0);
    // 8 pages: 4 (50%) is template, 3 is not.
    let mut exs = host_pages("h.example", 8, shared, 4);
    assert_eq!(filter(&mut exs, true).units, 4);
    let mut exs = host_pages("h.example", 8, shared, 3);
    assert_eq!(filter(&mut exs, true).units, 0);
    // Bodies are never touched.
    assert!(exs.iter().enumerate().all(|(i, e)| has(e, BODIES[i])));
}

#[test]
fn without_explain_nothing_is_recorded_but_blocks_go() {
    let mut exs = host_pages("h.example", 5, "Share this page", 5);
    filter(&mut exs, false);
    assert!(exs.iter().all(|e| e.removed.is_empty()));
    assert!(exs.iter().all(|e| !has(e, "Share this page")));
}

#[test]
fn pages_without_a_host_are_left_alone() {
    let mut exs: Vec<Extraction> = (0..6)
        .map(|i| extraction(None, vec![para(BODIES[i]), para("Subscribe")]))
        .collect();
    assert_eq!(filter(&mut exs, true), site::Stats::default());
    // Relative or non-http URLs give no host either.
    let mut exs: Vec<Extraction> = (0..6)
        .map(|i| extraction(Some("/story"), vec![para(BODIES[i]), para("Subscribe")]))
        .collect();
    assert_eq!(filter(&mut exs, true).units, 0);
}

#[test]
fn source_url_wins_over_canonical() {
    // Canonical URLs claim four different hosts, the input says one.
    let mut exs: Vec<Extraction> = (0..4)
        .map(|i| {
            extraction(
                Some(&format!("https://mirror{i}.example/")),
                vec![para(BODIES[i]), para("Subscribe")],
            )
        })
        .collect();
    let mut pages: Vec<Page<'_>> = exs
        .iter_mut()
        .map(|e| Page {
            url: Some("http://WWW.Origin.example:8080/x"),
            extraction: e,
        })
        .collect();
    site::filter_window(&mut pages, true);
    assert!(exs.iter().all(|e| !has(e, "Subscribe")));
    assert_eq!(
        exs[0].removed[0].reason,
        "repeated on 4 of 4 pages of origin.example"
    );
}

#[test]
fn near_identical_pages_count_once() {
    // The same article fetched four times (a counter differs) plus one other
    // page: two distinct pages, so the article body is not a template.
    let mut exs: Vec<Extraction> = (0..4)
        .map(|i| {
            extraction(
                Some("https://h.example/a"),
                vec![
                    para(BODIES[0]),
                    para(BODIES[1]),
                    para(BODIES[2]),
                    para(&format!("{} views", 100 + i)),
                ],
            )
        })
        .collect();
    exs.push(extraction(
        Some("https://h.example/b"),
        vec![para(BODIES[3])],
    ));
    assert_eq!(filter(&mut exs, true).units, 0);
    assert!(exs.iter().take(4).all(|e| has(e, BODIES[0])));
}

#[test]
fn repeated_heading_labelling_own_content_stays() {
    let mut exs: Vec<Extraction> = (0..5)
        .map(|i| {
            extraction(
                Some("https://recipes.example/r"),
                vec![
                    para(BODIES[i]),
                    Block::Heading {
                        level: 2,
                        text: "Ingredients".to_string(),
                    },
                    Block::List {
                        ordered: false,
                        items: vec![format!("{} eggs", i + 2), format!("{}00 g flour", i + 1)],
                    },
                    Block::Heading {
                        level: 2,
                        text: "More recipes".to_string(),
                    },
                    Block::List {
                        ordered: false,
                        items: vec!["Pancakes".to_string(), "Waffles".to_string()],
                    },
                ],
            )
        })
        .collect();
    filter(&mut exs, true);
    for e in &exs {
        assert!(has(e, "Ingredients"), "{:?}", e.blocks);
        assert!(!has(e, "More recipes"), "{:?}", e.blocks);
        assert!(!e.blocks.iter().any(|b| b.plain_text().contains("Waffles")));
    }
}

#[test]
fn list_items_are_units() {
    // Breadcrumbs: the shared items go, the page's own item stays.
    let mut exs: Vec<Extraction> = (0..4)
        .map(|i| {
            extraction(
                Some("https://h.example/x"),
                vec![
                    Block::List {
                        ordered: false,
                        items: vec!["Home".into(), "News".into(), format!("Story {}", i + 1)],
                    },
                    para(BODIES[i]),
                ],
            )
        })
        .collect();
    filter(&mut exs, true);
    for (i, e) in exs.iter().enumerate() {
        let list = e.blocks.iter().find(|b| matches!(b, Block::List { .. }));
        assert_eq!(
            list,
            Some(&Block::List {
                ordered: false,
                items: vec![format!("Story {}", i + 1)]
            })
        );
    }
}

#[test]
fn a_page_of_template_only_becomes_empty() {
    let mut pages: Vec<String> = (0..4).map(|i| page_html("a.example", i, true)).collect();
    let menu_only = "<html><head><link rel=\"canonical\" href=\"https://a.example/x\"></head>\
        <body><article><ul><li>Home</li><li>News</li><li>Sport</li><li>Weather</li></ul>\
        <p>The Gazette is an independent newspaper, published in the valley since 1901 by \
        its readers.</p></article></body></html>";
    pages.push(menu_only.to_string());
    let recs = window(&pages, explain(), 2);
    let last = recs.last().unwrap();
    assert_eq!(last.status, Status::Empty, "{:?}", last.blocks);
    assert_eq!(last.text, "");
    assert_eq!(last.word_count, 0);
    assert_eq!(last.fingerprint, None);
}

#[test]
fn huge_repeated_lists_take_linear_time() {
    // A quadratic item lookup would take minutes here.
    let items: Vec<String> = (0..50_000).map(|k| format!("Item {k}")).collect();
    let mut exs: Vec<Extraction> = (0..5)
        .map(|i| {
            extraction(
                Some("https://h.example/"),
                vec![
                    para(BODIES[i]),
                    Block::List {
                        ordered: false,
                        items: items.clone(),
                    },
                ],
            )
        })
        .collect();
    let started = std::time::Instant::now();
    let stats = filter(&mut exs, true);
    assert!(started.elapsed().as_secs() < 10);
    assert_eq!(stats.units, 5 * 50_000);
    assert!(exs.iter().all(|e| e.blocks.len() == 1));
    assert_eq!(exs[0].removed.len(), 50_000);
}
