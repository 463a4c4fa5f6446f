//! Resolving relative URLs (canonical links, images) against the page URL.

/// The scheme of an absolute URL (`https` in `https://x`), if any.
fn scheme(s: &str) -> Option<&str> {
    let (head, _) = s.split_once(':')?;
    let ok = !head.is_empty()
        && head.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && head
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    ok.then_some(head)
}

/// An absolute http(s) URL.
pub fn is_absolute_http(s: &str) -> bool {
    matches!(
        scheme(s).map(str::to_ascii_lowercase).as_deref(),
        Some("http" | "https")
    ) && s.contains("://")
}

/// Resolve `href` against `base` (RFC 3986, simplified): absolute URLs are
/// kept, `//host/x`, `/x`, `x`, `../x`, `?q` and `#f` are resolved.
/// `None` when `href` is empty, not http(s), or relative without a usable base.
pub fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    if scheme(href).is_some() {
        return is_absolute_http(href).then(|| href.to_string());
    }
    let base = base.map(str::trim).filter(|b| is_absolute_http(b))?;
    let (scheme_part, rest) = base.split_once("://")?;
    if let Some(net) = href.strip_prefix("//") {
        return Some(format!("{scheme_part}://{net}"));
    }
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = format!("{scheme_part}://{}", rest.get(..host_end)?);
    let path_and_more = rest.get(host_end..).unwrap_or("");
    let path_end = path_and_more
        .find(['?', '#'])
        .unwrap_or(path_and_more.len());
    let path = path_and_more.get(..path_end).unwrap_or("");
    if href.starts_with('#') {
        let no_frag = base.split('#').next().unwrap_or(base);
        return Some(format!("{no_frag}{href}"));
    }
    if href.starts_with('?') {
        let path = if path.is_empty() { "/" } else { path };
        return Some(format!("{origin}{path}{href}"));
    }
    let joined = if href.starts_with('/') {
        href.to_string()
    } else {
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        format!("{dir}/{href}")
    };
    Some(format!("{origin}{}", remove_dot_segments(&joined)))
}

/// Collapse `.` and `..` path segments (query and fragment kept as is).
fn remove_dot_segments(path: &str) -> String {
    let split = path.find(['?', '#']).unwrap_or(path.len());
    let (p, tail) = (
        path.get(..split).unwrap_or(path),
        path.get(split..).unwrap_or(""),
    );
    let mut out: Vec<&str> = Vec::new();
    let segs: Vec<&str> = p.split('/').collect();
    let last = segs.len().saturating_sub(1);
    for (i, seg) in segs.iter().enumerate() {
        match *seg {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let mut joined = out.join("/");
    if !joined.starts_with('/') {
        joined.insert(0, '/');
    }
    format!("{joined}{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_forms() {
        let base = Some("https://ex.com/news/2025/story.html?x=1#top");
        assert_eq!(resolve(base, "/a/b").as_deref(), Some("https://ex.com/a/b"));
        assert_eq!(
            resolve(base, "other.html").as_deref(),
            Some("https://ex.com/news/2025/other.html")
        );
        assert_eq!(
            resolve(base, "../img/p.jpg").as_deref(),
            Some("https://ex.com/news/img/p.jpg")
        );
        assert_eq!(
            resolve(base, "//cdn.ex.com/p.jpg").as_deref(),
            Some("https://cdn.ex.com/p.jpg")
        );
        assert_eq!(
            resolve(None, "https://ex.com/x").as_deref(),
            Some("https://ex.com/x")
        );
        assert_eq!(resolve(None, "/x"), None);
        assert_eq!(resolve(base, "javascript:void(0)"), None);
        assert_eq!(
            resolve(Some("https://ex.com"), "a").as_deref(),
            Some("https://ex.com/a")
        );
    }
}
