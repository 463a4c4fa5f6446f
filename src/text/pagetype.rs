//! Page type of a text dump, from what its lines show: a thread's post
//! headers, prices beside cart buttons, a grid of records, a dated body of
//! running prose. The same kinds as the HTML detector (see
//! `html::pagetype`), from weaker signals: no schema.org types, no markup.

/// What the extraction saw of the page.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextFacts {
    /// The first post of a thread was found (its poster over its date).
    pub thread: bool,
    /// Members' join dates beside posts ("Join Date: Aug 2008", "Member
    /// since 2015"), one per post.
    pub post_furniture: usize,
    /// Lines that are a price alone ("$19.99", "Price: 24,90 €").
    pub prices: usize,
    /// Buttons that put an item in a cart ("Add to cart").
    pub carts: usize,
    /// The body was read as a grid of records (a listing's items).
    pub grid: bool,
    /// The page states its publication date.
    pub dated: bool,
    /// The page names its writer.
    pub signed: bool,
    /// The body holds nearly all the words of the input: a clean text, no
    /// page dump.
    pub clean: bool,
    /// Paragraphs of running prose (30 words or more) in the body.
    pub long_paragraphs: usize,
    /// Paragraphs of 15 words or more in the body.
    pub paragraphs: usize,
    /// Lines of program code (see [`looks_like_code`]).
    pub code_lines: usize,
    /// Lines that state a date (teasers of a listing carry one each).
    pub datelines: usize,
}

/// The page type and the signal it came from (`meta_sources.page_type`).
pub fn detect(f: &TextFacts) -> (&'static str, &'static str) {
    // (Posts with their posters make a thread, whatever else is there.)
    if f.thread {
        return ("forum", "text:post-headers");
    }
    if f.post_furniture >= 2 {
        return ("forum", "text:join-dates");
    }
    // (A price beside a cart button sells; many prices sell many items.)
    if f.prices >= 1 && f.carts >= 1 {
        return if f.prices >= 8 || f.grid {
            ("collection", "text:prices+cart")
        } else {
            ("product", "text:price+cart")
        };
    }
    // (A wall of prices is a shop's shelf, carts or not; a signed one is a
    // buying guide.)
    if f.prices >= 12 && !f.signed {
        return ("collection", "text:prices");
    }
    // (Code on an undated page documents a program.)
    if f.code_lines >= 6 && !f.dated {
        return ("documentation", "text:code-lines");
    }
    // (Many dated items and little prose: a list of posts.)
    if f.datelines >= 5 && f.long_paragraphs <= 1 {
        return ("listing", "text:dated-items");
    }
    // (A dated body of prose is a post or a news story.)
    let prose = f.long_paragraphs >= 1 || f.paragraphs >= 2;
    if f.dated && prose {
        return ("article", "text:published-date");
    }
    // (So is a signed one, and prose handed in without a page around it.)
    if f.signed && prose {
        return ("article", "text:byline");
    }
    if f.clean && prose {
        return ("article", "text:clean-prose");
    }
    if f.grid {
        return if f.prices >= 4 {
            ("collection", "text:priced-records")
        } else {
            ("listing", "text:record-grid")
        };
    }
    if f.long_paragraphs >= 5 {
        return ("article", "text:prose");
    }
    ("service", "text:undated-page")
}

/// A line of program code: closed by `;` or `{`, a closing brace, an
/// arrow or path separator, an empty call, or a declaration keyword.
pub fn looks_like_code(line: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "import ",
        "from ",
        "def ",
        "fn ",
        "function ",
        "const ",
        "let ",
        "var ",
        "class ",
        "return ",
        "#include ",
        "$ ",
    ];
    let t = line.trim();
    !t.is_empty()
        && t.len() < 200
        && (t.ends_with([';', '{'])
            || t.starts_with('}')
            || has_code_pair(t)
            || KEYWORDS.iter().any(|k| t.starts_with(k)))
}

/// Whether `t` holds "=>", "::" or "()": one pass over the pairs' second
/// bytes (memchr), not a search per pair (every line of a page is asked).
fn has_code_pair(t: &str) -> bool {
    let bytes = t.as_bytes();
    memchr::memchr3_iter(b'>', b':', b')', bytes).any(|i| {
        let first = match bytes.get(i) {
            Some(b'>') => b'=',
            Some(b':') => b':',
            _ => b'(',
        };
        i > 0 && bytes.get(i - 1) == Some(&first)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn code_pairs_are_found_as_by_contains(t in "[=>:()a ]{0,12}") {
            proptest::prop_assert_eq!(
                has_code_pair(&t),
                t.contains("=>") || t.contains("::") || t.contains("()")
            );
        }
    }

    #[test]
    fn code_lines_are_told_from_prose() {
        for code in [
            "let x = parse(input)?;",
            "fn main() {",
            "}",
            "import numpy as np",
            "$ cargo build",
        ] {
            assert!(looks_like_code(code), "{code}");
        }
        for prose in [
            "Let us begin with the basics.",
            "The function returns a list",
            "From here, go left",
        ] {
            assert!(!looks_like_code(prose), "{prose}");
        }
    }

    #[test]
    fn each_signal_gives_its_type() {
        let b = TextFacts::default();
        let cases = [
            (
                TextFacts {
                    thread: true,
                    dated: true,
                    ..b
                },
                "forum",
            ),
            (
                TextFacts {
                    post_furniture: 2,
                    ..b
                },
                "forum",
            ),
            (
                TextFacts {
                    prices: 1,
                    carts: 1,
                    ..b
                },
                "product",
            ),
            (
                TextFacts {
                    prices: 9,
                    carts: 3,
                    ..b
                },
                "collection",
            ),
            (TextFacts { prices: 14, ..b }, "collection"),
            // (a signed wall of prices is a buying guide)
            (
                TextFacts {
                    prices: 14,
                    signed: true,
                    long_paragraphs: 3,
                    ..b
                },
                "article",
            ),
            (TextFacts { code_lines: 8, ..b }, "documentation"),
            (
                TextFacts {
                    datelines: 6,
                    dated: true,
                    ..b
                },
                "listing",
            ),
            (
                TextFacts {
                    datelines: 6,
                    dated: true,
                    long_paragraphs: 4,
                    ..b
                },
                "article",
            ),
            (
                TextFacts {
                    dated: true,
                    long_paragraphs: 3,
                    ..b
                },
                "article",
            ),
            (
                TextFacts {
                    signed: true,
                    long_paragraphs: 1,
                    ..b
                },
                "article",
            ),
            (
                TextFacts {
                    clean: true,
                    long_paragraphs: 1,
                    ..b
                },
                "article",
            ),
            (TextFacts { clean: true, ..b }, "service"),
            (TextFacts { grid: true, ..b }, "listing"),
            (
                TextFacts {
                    long_paragraphs: 6,
                    ..b
                },
                "article",
            ),
            (b, "service"),
        ];
        for (facts, kind) in cases {
            assert_eq!(detect(&facts).0, kind, "{facts:?}");
        }
    }
}
