//! Every fixture under `fixtures/` must render to its approved record, and
//! rendering twice must give identical bytes.

use std::path::Path;

use unboil::fixtures::{self, Outcome};

#[test]
fn every_fixture_matches_its_approved_record() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let cases = fixtures::discover(&dir).expect("fixtures directory is readable");
    assert!(!cases.is_empty(), "no fixtures found in {}", dir.display());
    let mut failures = Vec::new();
    for case in &cases {
        let (outcome, actual) = fixtures::check(case).expect("fixture renders");
        match outcome {
            Outcome::Same => {}
            Outcome::New => failures.push(format!(
                "{}: no approved record (run `unboil fixtures bless fixtures`)",
                case.input.display()
            )),
            Outcome::Changed { diff } => {
                failures.push(format!("{}: changed\n{diff}", case.input.display()))
            }
        }
        let again = fixtures::render(case).expect("fixture renders");
        if again != actual {
            failures.push(format!(
                "{}: output differs between two runs",
                case.input.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Every filled metadata field names its source, and no source is given for
/// an empty field, in HTML and text records alike (users filter on it).
#[test]
fn every_filled_field_of_every_fixture_names_its_source() {
    const FIELDS: [&str; 13] = [
        "title",
        "subtitle",
        "authors",
        "published",
        "modified",
        "site_name",
        "categories",
        "tags",
        "language",
        "url",
        "description",
        "image",
        "page_type",
    ];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let cases = fixtures::discover(&dir).expect("fixtures directory is readable");
    let mut failures = Vec::new();
    for case in &cases {
        let rendered = fixtures::render(case).expect("fixture renders");
        let value: serde_json::Value = serde_json::from_str(&rendered).expect("record is JSON");
        let records = match value {
            serde_json::Value::Array(records) => records,
            record => vec![record],
        };
        for record in &records {
            let sources = record.get("meta_sources").and_then(|s| s.as_object());
            for field in FIELDS {
                let filled = match record.get(field) {
                    Some(serde_json::Value::String(s)) => !s.is_empty(),
                    Some(serde_json::Value::Array(a)) => !a.is_empty(),
                    _ => false,
                };
                let named = sources.is_some_and(|s| s.contains_key(field));
                if filled != named {
                    failures.push(format!(
                        "{}: `{field}` is {} but {} a source",
                        case.input.display(),
                        if filled { "filled" } else { "empty" },
                        if named { "has" } else { "lacks" }
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
