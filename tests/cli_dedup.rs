//! The CLI's bulk-run filters end to end: `--dedup exact|near` and the
//! site-level boilerplate filter (`--no-site-filter`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn tmpdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("unboil-dedup-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_unboil"))
        .args(args)
        .arg(dir)
        .output()
        .expect("binary runs")
}

fn records(out: &Output) -> Vec<serde_json::Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON record per line"))
        .collect()
}

const STORY: &str = "The city council voted on Tuesday to extend the tram line to the new \
housing estates in the north, ending a dispute that had lasted almost a decade and divided \
the governing coalition. Supporters said the extension would cut commuting times by half, \
while the opposition called the plan too expensive and said that buses would have done the \
same job for a fraction of the cost. Work on the first section is to start next spring and \
the trams should run by the end of the following year, the mayor told reporters after the \
vote, adding that the city would apply for regional funds to cover part of the bill.";

/// More paragraphs of the same story: near-duplicate detection is meant
/// for article-length pages.
const MORE: [&str; 4] = [
    "Residents of the northern estates have campaigned for a tram connection since the first blocks were built, collecting signatures at markets and bus stops and filling the council chamber at every budget debate.",
    "The transport department estimates that twelve thousand passengers a day will use the new section once it is complete, most of them commuters travelling to the offices and hospitals in the city centre.",
    "Shopkeepers along the route are worried about the months of construction, during which parts of the main avenue will be closed to cars, and asked the council for compensation for lost trade.",
    "Environmental groups welcomed the decision but said the city must also plant new trees along the tracks and keep the cycle lanes that the original plan would have removed to make room for the platforms.",
];

fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\
         <p>{body}</p>{more}</article></body></html>",
        more = if title.starts_with("Tram") {
            MORE.iter()
                .map(|p| format!("<p>{p}</p>"))
                .collect::<String>()
        } else {
            String::new()
        }
    )
}

fn write_pages(dir: &Path) {
    // a and b: the same story, b with one word changed; c: another story.
    std::fs::write(dir.join("a.html"), page("Tram line", STORY)).unwrap();
    let edited = STORY.replace("Tuesday", "Wednesday");
    std::fs::write(dir.join("b.html"), page("Tram line", &edited)).unwrap();
    let other = "Farmers in the valley expect a poor harvest after the driest spring on \
        record left reservoirs at a third of their usual level, and the ministry promised \
        help for those who lose more than half of their crops this year.";
    std::fs::write(dir.join("c.html"), page("Harvest", other)).unwrap();
}

#[test]
fn dedup_near_drops_the_near_identical_page_and_counts_it() {
    let dir = tmpdir("near");
    write_pages(&dir);
    let out = run(&["--dedup", "near", "-j", "2"], &dir);
    let recs = records(&out);
    let paths: Vec<&str> = recs
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(recs.len(), 2, "{paths:?}");
    assert!(paths[0].ends_with("a.html") && paths[1].ends_with("c.html"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("1 duplicates"), "{stderr}");
    // Every record has a fingerprint: 16 lower-case hex digits.
    for r in &recs {
        let fp = r["fingerprint"].as_str().unwrap_or("");
        assert_eq!(fp.len(), 16);
        assert!(fp
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    }
    // Exact dedup keeps the edited page; no dedup keeps all three.
    assert_eq!(records(&run(&["--dedup", "exact"], &dir)).len(), 3);
    let all = records(&run(&[], &dir));
    assert_eq!(all.len(), 3);
    let fp = |i: usize| u64::from_str_radix(all[i]["fingerprint"].as_str().unwrap_or(""), 16);
    let (a, b, c) = (fp(0).unwrap(), fp(1).unwrap(), fp(2).unwrap());
    assert!((a ^ b).count_ones() <= 3 && (a ^ c).count_ones() > 3);
    assert!(String::from_utf8_lossy(&run(&[], &dir).stderr).contains("0 duplicates"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dedup_exact_drops_a_copy() {
    let dir = tmpdir("exact");
    write_pages(&dir);
    std::fs::write(dir.join("d.html"), page("Tram line, again", STORY)).unwrap();
    let recs = records(&run(&["--dedup", "exact"], &dir));
    let paths: Vec<String> = recs
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(recs.len(), 3, "{paths:?}");
    assert!(!paths.iter().any(|p| p.ends_with("d.html")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn site_filter_is_on_for_directories_and_can_be_turned_off() {
    let dir = tmpdir("site");
    let bodies = [
        "Farmers in the valley expect a poor harvest after the driest spring on record left reservoirs at a third of their usual level.",
        "The museum reopened its east wing with an exhibition of medieval manuscripts lent by monasteries across the region.",
        "A local swimmer broke the national record in the 400 metres freestyle at the championships held in the renovated pool.",
        "Engineers found cracks in two pillars of the old railway bridge, which will stay closed to trains until the summer.",
    ];
    let promo = "Become a member of the Gazette today and read every story without limits on any of your devices.";
    for (i, b) in bodies.iter().enumerate() {
        let html = format!(
            "<html><head><title>Story {i}</title><link rel=\"canonical\" \
             href=\"https://gazette.example/s/{i}\"></head><body><article><h1>Story {i}</h1>\
             <p>{b}</p><p>{promo}</p></article></body></html>"
        );
        std::fs::write(dir.join(format!("{i}.html")), html).unwrap();
    }
    let on = records(&run(&["--explain"], &dir));
    assert_eq!(on.len(), 4);
    for (r, b) in on.iter().zip(bodies) {
        let text = r["text"].as_str().unwrap_or("");
        assert!(text.contains(b) && !text.contains(promo), "{text}");
        let removed = r["removed"].as_array().cloned().unwrap_or_default();
        assert!(removed
            .iter()
            .any(|x| x["text"] == promo
                && x["reason"] == "repeated on 4 of 4 pages of gazette.example"));
    }
    let off = records(&run(&["--no-site-filter"], &dir));
    assert!(off
        .iter()
        .all(|r| r["text"].as_str().unwrap_or("").contains(promo)));
    let _ = std::fs::remove_dir_all(&dir);
}
