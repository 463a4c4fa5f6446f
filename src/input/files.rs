//! File and directory inputs.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// An input named on the command line, expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputPath {
    /// Standard input (`-`).
    Stdin,
    /// A file (directories are expanded to the files under them).
    File(PathBuf),
}

impl InputPath {
    /// How the input is named in records and messages.
    pub fn display_name(&self) -> String {
        match self {
            InputPath::Stdin => "-".to_string(),
            InputPath::File(p) => p.display().to_string(),
        }
    }
}

/// Which files of a directory walk to read: a file is read when it matches
/// an include glob (or there are none) and no exclude glob. Globs match the
/// path relative to the directory named on the command line (`*` also
/// crosses `/`, so `*.html` matches at any depth; `**/` works too).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    include: Option<globset::GlobSet>,
    exclude: Option<globset::GlobSet>,
}

impl Filter {
    /// Build from glob patterns; an invalid pattern is an error.
    pub fn new(include: &[String], exclude: &[String]) -> Result<Self> {
        Ok(Filter {
            include: glob_set(include)?,
            exclude: glob_set(exclude)?,
        })
    }

    /// Whether a file at `relative` (to the walked directory) is read.
    pub fn accepts(&self, relative: &Path) -> bool {
        self.include.as_ref().map_or(true, |g| g.is_match(relative))
            && !self.exclude.as_ref().is_some_and(|g| g.is_match(relative))
    }
}

fn glob_set(patterns: &[String]) -> Result<Option<globset::GlobSet>> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut b = globset::GlobSetBuilder::new();
    for p in patterns {
        let g = globset::Glob::new(p).map_err(|e| Error::Format {
            what: format!("glob {p:?}"),
            message: e.to_string(),
        })?;
        b.add(g);
    }
    b.build().map(Some).map_err(|e| Error::Format {
        what: "globs".to_string(),
        message: e.to_string(),
    })
}

/// Expand paths: `-` is stdin, a directory gives every regular file under it
/// (recursively, hidden entries skipped, sorted so runs are reproducible).
/// A path that does not exist is kept, so reading it reports the error.
pub fn expand(paths: &[PathBuf]) -> Vec<InputPath> {
    expand_filtered(paths, &Filter::default())
}

/// [`expand`], keeping only the files of directories that `filter` accepts
/// (paths named directly are always kept).
pub fn expand_filtered(paths: &[PathBuf], filter: &Filter) -> Vec<InputPath> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(InputPath::Stdin);
        } else if p.is_dir() {
            let mut files = Vec::new();
            collect_dir(p, &mut files);
            files.sort();
            out.extend(
                files
                    .into_iter()
                    .filter(|f| filter.accepts(f.strip_prefix(p).unwrap_or(f)))
                    .map(InputPath::File),
            );
        } else {
            out.push(InputPath::File(p.clone()));
        }
    }
    out
}

/// Total size of the inputs in bytes, when all are files (for an ETA).
pub fn total_size(inputs: &[InputPath]) -> Option<u64> {
    inputs
        .iter()
        .map(|i| match i {
            InputPath::Stdin => None,
            InputPath::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
        })
        .sum()
}

fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        // An unreadable directory is reported when read as a file.
        out.push(dir.to_path_buf());
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect_dir(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Read a file's bytes; a `.gz` file is decompressed.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    let raw = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(raw.as_slice())
            .read_to_end(&mut out)
            .map_err(|e| Error::io(path, e))?;
        Ok(out)
    } else {
        Ok(raw)
    }
}
