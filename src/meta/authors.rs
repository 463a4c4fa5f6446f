//! Bylines to clean author lists.

/// Split a byline like "By Jane Doe and John Roe | Reuters" into names.
/// Returns `(authors, credit)`: the credit is an agency or outlet after a
/// separator, which is not an author.
pub fn parse_byline(s: &str) -> (Vec<String>, Option<String>) {
    let s = s.trim();
    let (names_part, credit) = match s.split_once(['|', '/']) {
        Some((a, b)) => (
            a.trim(),
            Some(b.trim().to_string()).filter(|c| !c.is_empty()),
        ),
        None => (s, None),
    };
    let lower = names_part.to_lowercase();
    let names_part = ["by ", "von ", "par ", "por ", "di ", "door "]
        .iter()
        .find(|p| lower.starts_with(*p))
        .and_then(|p| names_part.get(p.len()..))
        .unwrap_or(names_part);
    let mut names = Vec::new();
    for part in names_part.split([',', '&', ';']) {
        for name in split_on_and(part) {
            let name = name
                .trim()
                .trim_matches(|c: char| c.is_ascii_punctuation() && c != '.');
            if looks_like_name(name) {
                names.push(name.to_string());
            }
        }
    }
    (names, credit)
}

fn split_on_and(part: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = part;
    for sep in [" and ", " und ", " et ", " y ", " e "] {
        if let Some((a, b)) = rest.split_once(sep) {
            out.push(a);
            rest = b;
        }
    }
    out.push(rest);
    out
}

/// A person's name: 1–5 words, each starting with an upper-case letter (or a
/// particle like "van", "de"), no digits.
pub fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 || s.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    const PARTICLES: [&str; 9] = ["van", "von", "de", "der", "da", "di", "le", "la", "bin"];
    words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) || PARTICLES.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_with_agency() {
        let (names, credit) = parse_byline("By Jane Doe and John Roe | Reuters");
        assert_eq!(names, vec!["Jane Doe", "John Roe"]);
        assert_eq!(credit.as_deref(), Some("Reuters"));
    }

    #[test]
    fn comma_lists() {
        let (names, _) = parse_byline("By Ann Lee, Bo Kim & Cy Young");
        assert_eq!(names, vec!["Ann Lee", "Bo Kim", "Cy Young"]);
    }
}
