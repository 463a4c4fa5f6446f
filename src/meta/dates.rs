//! Date parsing: dates found in metadata or text, to RFC 3339 or `YYYY-MM-DD`.

/// Parse a date in a common format to RFC 3339 (when a time is given) or a
/// bare `YYYY-MM-DD` date. `None` when no plausible date is found.
pub fn parse_date(s: &str) -> Option<String> {
    let s = s.trim();
    iso_date(s).or_else(|| month_name_date(s))
}

/// `2025-04-12`, `2025-04-12T09:30:00+02:00`, `2025/04/12`.
fn iso_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let y = digits(0..4)?;
    let sep = *b.get(4)?;
    if !(sep == b'-' || sep == b'/' || sep == b'.') || b.get(7) != Some(&sep) {
        return None;
    }
    let m = digits(5..7)?;
    let d = digits(8..10)?;
    let date = ymd(y, m, d)?;
    let rest = s.get(10..).unwrap_or("");
    if let Some(t) = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' ')) {
        if let Some(time) = time_of_day(t) {
            return Some(format!("{date}T{time}"));
        }
    }
    Some(date)
}

/// `HH:MM[:SS][.frac][Z|±HH:MM]` → `HH:MM:SS` plus zone when given.
fn time_of_day(t: &str) -> Option<String> {
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let p = t.get(r)?;
        p.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| p.parse().ok())?
    };
    let h = num(0..2)?;
    if t.as_bytes().get(2) != Some(&b':') {
        return None;
    }
    let mi = num(3..5)?;
    let (sec, mut rest) = if t.as_bytes().get(5) == Some(&b':') {
        (num(6..8)?, t.get(8..).unwrap_or(""))
    } else {
        (0, t.get(5..).unwrap_or(""))
    };
    if h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    if let Some(frac) = rest.strip_prefix('.') {
        rest = frac.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    let zone = match rest.trim() {
        "Z" | "z" => "Z".to_string(),
        z if (z.starts_with('+') || z.starts_with('-')) && z.len() >= 5 => {
            let sign = &z[..1];
            let body: String = z[1..].chars().filter(char::is_ascii_digit).collect();
            if body.len() != 4 {
                return None;
            }
            format!("{sign}{}:{}", &body[..2], &body[2..])
        }
        _ => String::new(),
    };
    if zone.is_empty() {
        // No zone: a local time; keep the date only, as the time is ambiguous.
        return None;
    }
    Some(format!("{h:02}:{mi:02}:{sec:02}{zone}"))
}

const MONTHS_EN: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// `March 12, 2025`, `12 March 2025`, `Mar. 12 2025`.
fn month_name_date(s: &str) -> Option<String> {
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month_index(w) else { continue };
        let day_after = words.get(i + 1).and_then(|d| day_number(d));
        let day_before = i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .and_then(|d| day_number(d));
        let (day, year_at) = match (day_after, day_before) {
            (Some(d), _) => (d, i + 2),
            (None, Some(d)) => (d, i + 1),
            _ => continue,
        };
        let year: u32 = match words.get(year_at).and_then(|y| y.parse().ok()) {
            Some(y) => y,
            None => continue,
        };
        if let Some(date) = ymd(year, m, day) {
            return Some(date);
        }
    }
    None
}

fn month_index(w: &str) -> Option<u32> {
    if w.len() < 3 {
        return None;
    }
    let prefix = w.get(..3)?;
    let i = MONTHS_EN.iter().position(|m| *m == prefix)?;
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let ok = full.get(i).is_some_and(|f| f.starts_with(w)) || w == "sept";
    ok.then_some(i as u32 + 1)
}

fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A valid calendar date as `YYYY-MM-DD`.
pub fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    (d <= *days.get(m as usize - 1)?).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        assert_eq!(parse_date("2025-04-12").as_deref(), Some("2025-04-12"));
        assert_eq!(
            parse_date("2025-04-12T09:30:00+0200").as_deref(),
            Some("2025-04-12T09:30:00+02:00")
        );
        assert_eq!(
            parse_date("2025-04-12T09:30:00.123Z").as_deref(),
            Some("2025-04-12T09:30:00Z")
        );
        assert_eq!(parse_date("2025-02-30"), None);
    }

    #[test]
    fn month_names() {
        assert_eq!(
            parse_date("Published March 12, 2025").as_deref(),
            Some("2025-03-12")
        );
        assert_eq!(parse_date("12 Sept. 2024").as_deref(), Some("2024-09-12"));
        assert_eq!(parse_date("May the force"), None);
    }
}
