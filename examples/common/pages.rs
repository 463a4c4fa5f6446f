//! The pages the measuring examples read, shared by them.

use std::path::{Path, PathBuf};
use unboil::input::files::{expand, read_file, InputPath};

/// The HTML pages (names holding ".htm", `.gz` or not) under the folders,
/// sorted, as the CLI expands folders.
pub fn html_pages(dirs: impl IntoIterator<Item = String>) -> Vec<PathBuf> {
    let dirs: Vec<PathBuf> = dirs.into_iter().map(PathBuf::from).collect();
    expand(&dirs)
        .into_iter()
        .filter_map(|input| match input {
            InputPath::File(p) if p.to_string_lossy().contains(".htm") => Some(p),
            _ => None,
        })
        .collect()
}

/// A page's bytes (gunzipped when `.gz`) as text, invalid UTF-8 replaced.
pub fn read(path: &Path) -> unboil::Result<String> {
    Ok(String::from_utf8_lossy(&read_file(path)?).into_owned())
}
