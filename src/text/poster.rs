//! The author of a thread's first post, read from the furniture forum and
//! Q&A software prints around every post: the poster's name on its own line
//! beside an avatar letter, a status, a rank or a post count, or a post
//! header that holds the name and the date on one line ("jane March 5,
//! 2024, 3:12pm 1", "Posted by jane on 03/07/24", "Discussion in 'Help'
//! started by jane, May 26, 2025."). Only the first post is asked: the
//! others are replies.

use crate::meta::dates::find_dates;

/// Longest user name (in bytes) a post header is read for.
const MAX_NAME_BYTES: usize = 40;
/// How many units from the top the first post's header is looked for.
const SEARCH_UNITS: usize = 120;

/// A member's rank or role printed under the name, lower case.
const RANKS: &[&str] = &[
    "member",
    "new member",
    "junior member",
    "senior member",
    "full member",
    "active member",
    "registered user",
    "registered",
    "administrator",
    "admin",
    "moderator",
    "super moderator",
    "staff member",
    "view profile",
    "topic author",
    "original poster",
    "op",
    "mitglied",
    "membre",
    "miembro",
];

/// A user name alone on its line: one word (a handle), or two or three
/// capitalised words (a person's name), with no sentence marks, not opening
/// with a number or a lone letter (a count, an avatar).
fn is_user_name(s: &str) -> bool {
    let s = s.trim();
    if !(2..=MAX_NAME_BYTES).contains(&s.len()) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let shaped = match words.as_slice() {
        [handle] => handle.chars().any(char::is_alphabetic),
        [first, ..] if words.len() <= 3 => {
            first.chars().nth(1).is_some()
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
        }
        _ => false,
    };
    shaped
        && !s.starts_with(|c: char| c.is_ascii_digit())
        && !s.ends_with(['.', '?', '!', ',', ';'])
        && !s.contains(['|', '•', '·', '#', '"', '“', '”', ':'])
        && !is_rank(s)
}

fn is_rank(s: &str) -> bool {
    let s = s.trim();
    // (The longest rank has 16 bytes.)
    s.len() <= 16 && RANKS.iter().any(|r| r.eq_ignore_ascii_case(s))
}

/// The avatar of a member without a picture: the name's first letter alone
/// ("J" under "JonB").
// Why: forum themes print it as a line of its own beside every post.
fn is_avatar_letter(line: &str, name: &str) -> bool {
    let mut chars = line.trim().chars();
    let (Some(letter), None) = (chars.next(), chars.next()) else {
        return false;
    };
    name.trim()
        .chars()
        .next()
        .is_some_and(|first| first.to_uppercase().eq(letter.to_uppercase()))
}

/// An avatar letter with the member's status ("J Offline", "M Online").
fn is_avatar_status(line: &str, name: &str) -> bool {
    let mut words = line.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(letter), Some(status), None) => {
            matches!(status, "Offline" | "Online") && is_avatar_letter(letter, name)
        }
        _ => false,
    }
}

/// A post counter under the name ("Posts: 138", "Beiträge: 12").
fn is_post_count(line: &str) -> bool {
    let line = line.trim();
    let Some((label, count)) = line.split_once(':') else {
        return false;
    };
    matches!(
        label.trim().to_lowercase().as_str(),
        "posts" | "messages" | "beiträge" | "messages postés" | "mensajes"
    ) && count
        .trim()
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && count.trim().starts_with(|c: char| c.is_ascii_digit())
}

/// A reputation line of a Q&A site ("1,992 2 2 gold badges 14 14 silver
/// badges"): a number, then badge counts.
fn is_reputation(line: &str) -> bool {
    let line = line.trim();
    line.starts_with(|c: char| c.is_ascii_digit()) && line.contains(" badge") && line.len() <= 80
}

/// The stamp that opens the first post ("#1 2024-08-03 10:59:47",
/// "11-29-2024, 09:03 AM #1", "30th March 2025, 16:26 # 1 | Link").
fn is_first_post_stamp(line: &str) -> bool {
    // (Most lines hold no '#': they are not asked further.)
    if line.len() > 80 || !line.contains('#') {
        return false;
    }
    let compact: String = line.split_whitespace().collect::<Vec<_>>().join(" ");
    let numbered = compact.starts_with("#1 ")
        || compact.ends_with("#1")
        || compact.contains(" #1 ")
        || compact.contains("# 1 |")
        || compact.ends_with("# 1");
    numbered && compact.len() <= 60 && !find_dates(&compact, None).is_empty()
}

/// The line a Q&A site prints over the asker's name ("asked Feb 11, 2011
/// at 23:49").
fn is_asked_stamp(line: &str) -> bool {
    let line = line.trim();
    line.len() <= 40 && line.starts_with("asked ") && line.bytes().any(|b| b.is_ascii_digit())
}

/// The stamp a Q&A site prints over the name of a post's last editor
/// ("edited Jul 5, 2020 at 10:00").
fn is_edit_stamp(line: &str) -> bool {
    let line = line.trim();
    line.len() <= 40 && line.starts_with("edited ") && line.bytes().any(|b| b.is_ascii_digit())
}

/// A community label over a post ("r/technology •").
fn is_community_label(line: &str) -> bool {
    let line = line.trim().trim_end_matches(['•', ' ']);
    line.len() <= 40
        && line.starts_with("r/")
        && !line.contains(char::is_whitespace)
        && line.len() > 2
}

/// A user name on its own line that its neighbours mark as a poster's.
fn name_by_neighbours(prev: Option<&str>, line: &str, next: Option<&str>) -> Option<String> {
    // (The name under an "edited …" stamp is the editor's.)
    if !is_user_name(line) || prev.is_some_and(is_edit_stamp) {
        return None;
    }
    let marked_before = prev.is_some_and(|p| {
        is_avatar_status(p, line)
            || is_first_post_stamp(p)
            || is_asked_stamp(p)
            || is_community_label(p)
    });
    let marked_after = next.is_some_and(|n| {
        is_avatar_letter(n, line) || is_rank(n) || is_post_count(n) || is_reputation(n)
    });
    (marked_before || marked_after).then(|| line.trim().to_string())
}

/// A post header holding the name and the date: "jane March 5, 2024,
/// 3:12pm 1" (the name, a date, the post's number) or "jane (Jane Doe)
/// March 5, 2024, 3:12pm 1".
fn name_before_numbered_date(line: &str) -> Option<String> {
    let line = line.trim();
    let rest = line.strip_suffix(" 1")?;
    let date = find_dates(rest, None).into_iter().next()?;
    // (The date and its time run to the end: the header holds nothing else.)
    let tail = rest.get(date.end..)?.trim_start_matches([',', ' ']);
    let timed = if tail.is_empty() {
        rest.get(date.start..date.end)?.contains(':')
    } else {
        is_clock_time(tail)
    };
    if !timed {
        return None;
    }
    let head = rest.get(..date.start)?.trim();
    let name = match head.split_once(" (") {
        Some((name, alias)) if alias.ends_with(')') => name,
        _ => head,
    };
    (!name.contains(' ') && is_user_name(name)).then(|| name.to_string())
}

/// A time of day: "11:15pm", "8:45 am", "16:26".
fn is_clock_time(s: &str) -> bool {
    let s = s.trim();
    let digits = s
        .trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ' ')
        .trim_end();
    let suffix = s
        .get(digits.len()..)
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let Some((h, m)) = digits.split_once(':') else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        && matches!(suffix.as_str(), "" | "am" | "pm")
}

/// A header naming who started or posted the thread: "Discussion in 'Help'
/// started by jane, May 26, 2025.", "Posted by jane on 03/07/24 02:57 PM",
/// "submitted 17 hours ago by jane".
fn name_after_poster_verb(line: &str) -> Option<String> {
    let line = line.trim();
    if line.len() > 160 || !line.contains("by ") {
        return None;
    }
    let started = line
        .get(..11)
        .filter(|h| h.eq_ignore_ascii_case("started by "))
        .map(|_| 0)
        .or_else(|| line.find(" started by ").map(|i| i + 1));
    let (after, stop): (&str, &[char]) = if let Some(i) = started {
        (line.get(i + "started by ".len()..)?, &[','])
    } else if let Some(rest) = line.strip_prefix("Posted by ") {
        // (The date after "on" may be short: "07/03/24 02:57 PM".)
        let (name, when) = rest.split_once(" on ")?;
        let dated = when.trim_start().starts_with(|c: char| c.is_ascii_digit())
            || !find_dates(when, None).is_empty();
        return (dated && is_user_name(name)).then(|| name.trim().to_string());
    } else if line.starts_with("submitted ") && line.contains(" ago by ") {
        (line.rsplit(" ago by ").next()?, &[' '])
    } else {
        return None;
    };
    let name = after.split(stop).next()?.trim();
    // (After "started by" the name runs to its comma: it may have spaces.)
    let whole = started.is_some() || !name.contains(' ');
    (whole && is_user_name(name)).then(|| name.to_string())
}

/// The author of a thread's first post, and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Poster {
    pub name: String,
    /// The unit that names the poster, when that line is the whole unit
    /// (furniture to drop); `None` when the unit holds other lines too.
    pub unit: Option<usize>,
    /// Read from a post header that names the poster and the date on one
    /// line, or from the name under the first post's stamp ("#1 …",
    /// "asked …"), which no article prints above its text: stronger than a
    /// bare name line taken for a byline.
    pub from_header: bool,
    /// When the first post was written: the date of its header, or of the
    /// stamp printed over or under the name.
    pub date: Option<String>,
}

/// The first date of a line, when it has one.
fn first_date(line: &str) -> Option<String> {
    find_dates(line, None).into_iter().next().map(|d| d.date)
}

/// The author of the thread's first post, from the first post header among
/// the first units of the page.
pub(super) fn first_poster<'a>(units: impl Iterator<Item = &'a str>) -> Option<Poster> {
    // (A unit may hold several lines: the stamp, the name and the badges
    // printed without blank lines between them. They are read line by line.)
    let lines: Vec<(Option<usize>, &str)> = units
        .take(SEARCH_UNITS)
        .enumerate()
        .flat_map(|(unit, text)| {
            let alone = text.trim().lines().nth(1).is_none();
            text.lines()
                .map(move |line| (alone.then_some(unit), line.trim()))
        })
        .filter(|(_, line)| !line.is_empty())
        .collect();
    (0..lines.len()).find_map(|i| {
        let (unit, line) = *lines.get(i)?;
        let prev = i.checked_sub(1).and_then(|p| lines.get(p)).map(|l| l.1);
        let next = lines.get(i + 1).map(|l| l.1);
        // (A rank over another rank is a menu of the site's roles: "Team",
        // then "Administrator", "Moderator".)
        let roles_menu = lines.get(i + 2).is_some_and(|l| is_rank(l.1));
        let next = next.filter(|n| !(roles_menu && is_rank(n)));
        let header = |name| Poster {
            name,
            unit,
            from_header: true,
            date: first_date(line),
        };
        name_before_numbered_date(line)
            .or_else(|| name_after_poster_verb(line))
            .map(header)
            .or_else(|| {
                let stamped = prev.is_some_and(|p| is_first_post_stamp(p) || is_asked_stamp(p));
                name_by_neighbours(prev, line, next).map(|name| Poster {
                    name,
                    unit,
                    // (A name under the first post's stamp is as sure.)
                    from_header: stamped,
                    // (The stamp over the name, else the line under it.)
                    date: prev
                        .filter(|p| is_first_post_stamp(p) || is_asked_stamp(p))
                        .and_then(first_date)
                        .or_else(|| next.and_then(first_date)),
                })
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn poster(lines: &[&str]) -> Option<String> {
        first_poster(lines.iter().copied()).map(|p| p.name)
    }

    #[test]
    fn posters_are_read_from_post_furniture() {
        assert_eq!(
            poster(&[
                "Help",
                "maplefern March 5, 2024, 3:12pm 1",
                "My pump stopped."
            ]),
            Some("maplefern".into())
        );
        assert_eq!(
            poster(&["maplefern (Mia Fern) May 3, 2024, 8:45am 1", "Hi all"]),
            Some("maplefern".into())
        );
        assert_eq!(
            poster(&["Discussion in ' Pumps ' started by rivet77, May 26, 2025."]),
            Some("rivet77".into())
        );
        // (A menu of the site's roles names no poster.)
        assert_eq!(
            poster(&[
                "Team",
                "Administrator",
                "Moderator",
                "Discussion in ' Pumps ' started by rivet77, May 26, 2025."
            ]),
            Some("rivet77".into())
        );
        assert_eq!(
            poster(&["Posted by oakhill on 07/03/24 02:57 PM", "Hello."]),
            Some("oakhill".into())
        );
        assert_eq!(
            poster(&[
                "asked Feb 11, 2011 at 23:49",
                "quietbyte",
                "159 1 1 silver badge"
            ]),
            Some("quietbyte".into())
        );
        assert_eq!(
            poster(&["Intro", "JoRiver", "J", "Text"]),
            Some("JoRiver".into())
        );
        assert_eq!(
            poster(&["J Offline", "JoRiver", "text"]),
            Some("JoRiver".into())
        );
        assert_eq!(
            poster(&["#1 2024-08-03 10:59:47", "pumpfan", "Member"]),
            Some("pumpfan".into())
        );
        assert_eq!(poster(&["b.kale", "Posts: 2"]), Some("b.kale".into()));
        assert_eq!(
            poster(&["r/gardening •", "leafy_ok", "Which mulch?"]),
            Some("leafy_ok".into())
        );
    }

    #[test]
    fn a_thread_starter_line_names_and_dates_the_first_post() {
        let p = first_poster(["Started by Mara Quill, March 04, 2025, 09:12:40 AM"].into_iter());
        assert_eq!(p.as_ref().map(|p| p.name.as_str()), Some("Mara Quill"));
        let date = p.and_then(|p| p.date).unwrap_or_default();
        assert!(date.starts_with("2025-03-04"), "{date}");
    }

    #[test]
    fn the_asker_counts_not_the_editor() {
        // The editor's name comes first on the page; the asker's counts.
        let p = first_poster(
            [
                "edited Jul 5, 2020 at 10:00",
                "fixer",
                "26.3k 23 23 gold badges 129 129 silver badges",
                "asked Feb 4, 2014 at 13:02",
                "quietbyte",
                "159 1 1 silver badge 6 6 bronze badges",
            ]
            .into_iter(),
        );
        assert_eq!(p.as_ref().map(|p| p.name.as_str()), Some("quietbyte"));
        let date = p.and_then(|p| p.date).unwrap_or_default();
        assert!(date.starts_with("2014-02-04"), "{date}");
    }

    #[test]
    fn ordinary_lines_name_no_poster() {
        assert_eq!(poster(&["Intro", "Our pumps", "Pumps move water."]), None);
        assert_eq!(poster(&["The meeting on March 5, 2024 was number 1"]), None);
        assert_eq!(poster(&["Member", "Posts: 2"]), None);
        assert_eq!(poster(&["A sentence that ends.", "J"]), None);
        assert_eq!(
            poster(&["#1 2024-08-03 10:59:47", "Location: Ohio", "Member"]),
            None
        );
        assert_eq!(
            poster(&["#1 2024-08-03 10:59:47", "2 Comments", "Member"]),
            None
        );
        assert_eq!(
            poster(&["#1 2024-08-03 10:59:47", "J Offline", "Member"]),
            None
        );
        assert_eq!(
            poster(&["#1 2024-08-03 10:59:47", "About this seller", "Member"]),
            None
        );
        assert_eq!(
            poster(&["Chapter 1", "Revised May 3, 2024, 3:12pm 1"]),
            Some("Revised".into())
        );
        assert_eq!(poster(&["Chapter 1", "Revised May 3, 2024 1"]), None);
    }
}
