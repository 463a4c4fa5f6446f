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
/// (recursively, hidden entries skipped, sorted so runs are reproducible)
/// but those [never a page](is_never_a_page). A path that does not exist is
/// kept, so reading it reports the error.
pub fn expand(paths: &[PathBuf]) -> Vec<InputPath> {
    expand_filtered(paths, &Filter::default()).inputs
}

/// The inputs of an expansion, and the files of directories left out
/// because their names say they are never a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expansion {
    pub inputs: Vec<InputPath>,
    pub left_out: usize,
}

/// [`expand`], keeping only the files of directories that `filter` accepts
/// (paths named directly are always kept). Without include globs, files
/// [never a page](is_never_a_page) are left out of directories and counted;
/// an include glob that matches one reads it.
pub fn expand_filtered(paths: &[PathBuf], filter: &Filter) -> Expansion {
    let mut out = Expansion::default();
    for p in paths {
        if p.as_os_str() == "-" {
            out.inputs.push(InputPath::Stdin);
        } else if p.is_dir() {
            let mut files = Vec::new();
            collect_dir(p, &mut files);
            files.sort();
            for f in files {
                let relative = f.strip_prefix(p).unwrap_or(&f);
                if !filter.accepts(relative) {
                    continue;
                }
                if filter.include.is_none() && is_never_a_page(&f) {
                    out.left_out += 1;
                    continue;
                }
                out.inputs.push(InputPath::File(f));
            }
        } else {
            out.inputs.push(InputPath::File(p.clone()));
        }
    }
    out
}

/// Extensions of files that are never a page: data beside the pages (a
/// crawl's metadata or ground truth as JSON, tables), style sheets and
/// scripts, media, fonts, documents and archives that are not read as
/// pages. Read as text, each would become a record of garbage.
const NEVER_PAGES: &[&str] = &[
    "json", "csv", "tsv", "parquet", "sqlite", "db", "css", "js", "mjs", "map", "png", "jpg",
    "jpeg", "gif", "webp", "avif", "bmp", "ico", "svg", "tif", "tiff", "woff", "woff2", "ttf",
    "otf", "eot", "pdf", "zip", "tar", "tgz", "7z", "rar", "bz2", "xz", "mp3", "mp4", "m4a",
    "webm", "wav", "ogg", "exe", "dll", "so", "bin", "pyc", "md5", "sha1", "sha256",
];

/// The files a dataset or a repository ships beside its pages to describe
/// them (bare, or as `.md` / `.txt`).
const DATASET_DOCS: &[&str] = &[
    "license",
    "licence",
    "copying",
    "notice",
    "readme",
    "authors",
    "changelog",
];

/// Whether a file's name says it is never a page (see [`NEVER_PAGES`] and
/// [`DATASET_DOCS`]; a `.gz` or `.zst` suffix is looked through, in any
/// case): `.json` is a JSON document, where pages come as `.jsonl` lines.
pub fn is_never_a_page(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase());
    let Some(name) = name else {
        return false;
    };
    let name = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .unwrap_or(&name);
    let doc = name
        .strip_suffix(".md")
        .or_else(|| name.strip_suffix(".txt"))
        .unwrap_or(name);
    DATASET_DOCS.contains(&doc)
        || name
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && NEVER_PAGES.contains(&ext))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_are_never_pages() {
        for never in [
            "truth/0001.json",
            "a.JSON.gz",
            "logo.png",
            "site.css",
            "x.tar",
            "f.csv.zst",
        ] {
            assert!(is_never_a_page(Path::new(never)), "{never}");
        }
        for page in [
            "0001.html",
            "0001.html.gz",
            "page.txt",
            "crawl.warc.gz",
            "crawl.warc.wet.gz",
            "pages.jsonl.zst",
            "license-terms.html",
            "readme-first.txt",
            ".json",
            "dump",
        ] {
            assert!(!is_never_a_page(Path::new(page)), "{page}");
        }
    }
}
