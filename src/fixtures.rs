//! Regression fixtures: inputs with approved output records.
//!
//! A fixture is an input file (`NAME.html`, `NAME.htm` or `NAME.txt`, read as
//! HTML or text by its extension) next to its approved record `NAME.json`
//! (pretty JSON, produced with `explain` on so the snapshot also shows what
//! was dropped). A directory of fixtures is checked by rendering every input
//! again and comparing bytes; `bless` writes the new records.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::record::Source;
use crate::{Extractor, InputKind, Options};

/// One fixture: an input and where its approved record lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixture {
    pub input: PathBuf,
    pub approved: PathBuf,
    pub kind: InputKind,
}

/// The result of checking one fixture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Output equals the approved record.
    Same,
    /// Output differs; `diff` is a unified diff, approved → actual.
    Changed { diff: String },
    /// No approved record yet.
    New,
}

/// Input kind implied by a fixture file's extension; `None` if not an input.
pub fn input_kind_of(path: &Path) -> Option<InputKind> {
    match path.extension()?.to_str()? {
        "html" | "htm" | "xhtml" => Some(InputKind::Html),
        "txt" => Some(InputKind::Text),
        _ => None,
    }
}

/// Find every fixture under `dir`, recursively, in sorted path order.
pub fn discover(dir: &Path) -> Result<Vec<Fixture>> {
    let mut out = Vec::new();
    walk(dir, &mut out)?;
    out.sort_by(|a, b| a.input.cmp(&b.input));
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<Fixture>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if let Some(kind) = input_kind_of(&path) {
            out.push(Fixture {
                approved: path.with_extension("json"),
                input: path,
                kind,
            });
        }
    }
    Ok(())
}

/// The options fixtures are rendered with: `explain` on, kind from extension.
pub fn fixture_options(kind: InputKind) -> Options {
    Options {
        input: kind,
        explain: true,
        ..Options::default()
    }
}

/// Render a fixture's input to its record, as pretty JSON. The record's
/// `source.path` is the file name only, so output is the same on any machine.
pub fn render(fixture: &Fixture) -> Result<String> {
    let bytes = std::fs::read(&fixture.input).map_err(|e| Error::io(&fixture.input, e))?;
    let name = fixture
        .input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let extractor = Extractor::new(fixture_options(fixture.kind));
    let record = extractor.extract(&bytes, Source::from_path(name));
    Ok(crate::output::to_json_pretty(&record))
}

/// Render a fixture and compare it with its approved record.
pub fn check(fixture: &Fixture) -> Result<(Outcome, String)> {
    let actual = render(fixture)?;
    let outcome = match std::fs::read_to_string(&fixture.approved) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Outcome::New,
        Err(e) => return Err(Error::io(&fixture.approved, e)),
        Ok(approved) if approved == actual => Outcome::Same,
        Ok(approved) => Outcome::Changed {
            diff: diff(&approved, &actual),
        },
    };
    Ok((outcome, actual))
}

/// Approve `actual` as the fixture's record.
pub fn bless(fixture: &Fixture, actual: &str) -> Result<()> {
    std::fs::write(&fixture.approved, actual).map_err(|e| Error::io(&fixture.approved, e))
}

/// A unified diff of two records, approved → actual, 2 lines of context.
pub fn diff(approved: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(approved, actual)
        .unified_diff()
        .context_radius(2)
        .header("approved", "actual")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_extension() {
        assert_eq!(input_kind_of(Path::new("a/b.html")), Some(InputKind::Html));
        assert_eq!(input_kind_of(Path::new("b.txt")), Some(InputKind::Text));
        assert_eq!(input_kind_of(Path::new("b.json")), None);
    }

    #[test]
    fn diff_shows_changed_lines() {
        let d = diff("a\nb\nc\n", "a\nx\nc\n");
        assert!(d.contains("-b\n"));
        assert!(d.contains("+x\n"));
    }
}
