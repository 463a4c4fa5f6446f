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
