//! `spacing`: double spaces inside a line, a space before punctuation ("word ,"), and a missing
//! space after a comma, semicolon or colon ("one,two") or after a full stop ("done.Next").

use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::rules::grammar::{in_skip, is_literal_at, is_running_text};
use crate::rules::{Rule, RuleMeta, SectionContext};

pub struct Spacing;

static META: RuleMeta = RuleMeta {
    id: "spacing",
    category: Category::Punctuation,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "Double spaces, a space before punctuation, or a missing space after it",
    description: "What it does: finds two spaces between words, a space before , . ; : ! ? (\"Java , Python\"), \
and a missing space after a comma, semicolon or colon between words (\"Java,Python\", \"Skills:Java\") or after \
a full stop before a capitalised word (\"done.Next\").\n\
Why: spacing slips are small, but they are visible in every line of a profile and look unedited.\n\
Not flagged: numbers and times (\"3.5\", \"1,000\", \"9:30\"), abbreviations (\"e.g.\", \"U.S.\"), URLs, \
e-mail addresses, file names and code, \".NET\", emoticons (\":)\", \";-)\"), two spaces after a full stop \
(an old typing convention), runs of three or more spaces (alignment), and skill lists and titles for the \
missing-space checks.\n\
Use instead: one space after punctuation and none before it (safe fix).",
    flags: &[
        "Led a team of  five engineers.",
        "Skills : Java , Python",
        "Built APIs ,dashboards and reports.",
        "Built APIs,dashboards and reports.",
        "Shipped it.Then we grew.",
    ],
    accepts: &[
        "Grew ARR 3.5x to $1,000,000 by 9:30 a.m. in the U.S., e.g. via example.com/a,b.",
        "Happy to help :) Worked with .NET and Node.js.  Two spaces after a full stop are fine.",
    ],
    default_enabled: true,
};

const BEFORE_MARKS: &[char] = &[',', '.', ';', ':', '!', '?'];

impl Rule for Spacing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.section.is_prose() {
            return;
        }
        let text = cx.text();
        let running = is_running_text(cx);
        let mut line_start = 0;
        for line in text.split('\n') {
            check_line(cx, line, line_start, running, out);
            line_start += line.len() + 1;
        }
    }
}

fn check_line(cx: &SectionContext<'_>, line: &str, base: usize, running: bool, out: &mut Vec<Diagnostic>) {
    let in_skip = |pos: usize| in_skip(cx, base + pos);
    let before = |at: usize| line[..at].chars().next_back();
    let after = |at: usize| line[at..].chars().next();
    let bytes = line.as_bytes();
    let mut chunk = ChunkCache::default();
    let mut at = 0;
    while at < bytes.len() {
        // Only spaces and the marks are looked at, all ASCII: other bytes (and the inside of a
        // multi-byte character) are passed over.
        if !matches!(bytes[at], b' ' | b',' | b'.' | b';' | b':' | b'!' | b'?') {
            at += 1;
            continue;
        }
        let c = char::from(bytes[at]);
        let prev = before(at);
        let next = after(at + 1);
        // Double space between two words.
        if c == ' ' {
            let run = bytes[at..].iter().take_while(|&&b| b == b' ').count();
            let after = after(at + run);
            // Two spaces around an inline list marker ("include:  * SAS  * SDTM") are a layout choice.
            let before_ok = prev.is_some_and(|p| !p.is_whitespace() && !".!?:*•·|–—-".contains(p));
            let after_ok =
                after.is_some_and(|a| !a.is_whitespace() && !BEFORE_MARKS.contains(&a) && !"*•·|–—-".contains(a));
            if run == 2 && before_ok && after_ok && !in_skip(at) {
                let span = base + at..base + at + 2;
                out.push(cx.diag(&META, span, "double space").with_suggestions(vec![Suggestion::safe(" ")]));
            }
            at += run;
            continue;
        }
        let pos = base + at;
        // A space before punctuation: "Java , Python", "done ."
        if BEFORE_MARKS.contains(&c) && prev == Some(' ') && !in_skip(at) {
            let run_start = bytes[..at].iter().rev().take_while(|&&b| b == b' ').count();
            let word_before = before(at - run_start);
            // "word ,word": the space is on the wrong side; moved, not just removed.
            let glued = matches!(c, ',' | ';')
                && next.is_some_and(char::is_alphabetic)
                && !is_literal_at(cx, pos)
                && chunk.get(line, at).plain;
            let followed_ok = next.is_none_or(char::is_whitespace) || glued;
            // "..." and the spaced ellipsis ". . ." are not a stray full stop.
            let spaced_ellipsis = line[at..].starts_with(". .") || line[..at].ends_with(". ");
            let c_ok = c != '.' || (next != Some('.') && !spaced_ellipsis);
            if run_start < 3
                && word_before.is_some_and(|w| w.is_alphanumeric() || ")]”\"’%".contains(w))
                && followed_ok
                && c_ok
            {
                let start = base + at - run_start;
                let (message, fix) = if glued {
                    (format!("space before ‘{c}’ and none after it"), format!("{c} "))
                } else {
                    (format!("space before ‘{c}’"), c.to_string())
                };
                out.push(
                    cx.diag(&META, start..pos + c.len_utf8(), message).with_suggestions(vec![Suggestion::safe(fix)]),
                );
            }
        }
        // A missing space after punctuation, in running text only.
        if matches!(c, ',' | ';' | ':' | '.') && running && !in_skip(at) && !is_literal_at(cx, pos) {
            let missing = match c {
                ',' | ';' => {
                    prev.is_some_and(|p| p.is_alphabetic() || p == ')') && next.is_some_and(char::is_alphabetic)
                }
                ':' => colon_missing_space(line, at, chunk.get(line, at)),
                '.' => full_stop_missing_space(line, at, chunk.get(line, at)),
                _ => false,
            };
            if missing && chunk.get(line, at).plain {
                let message = format!("missing space after ‘{c}’");
                out.push(
                    cx.diag(&META, pos..pos + 1, message).with_suggestions(vec![Suggestion::safe(format!("{c} "))]),
                );
            }
        }
        at += 1;
    }
}

/// What the missing-space checks need to know about the whitespace-delimited chunk around a byte,
/// worked out once per chunk: asking it afresh for each mark was quadratic in a long chunk.
#[derive(Default)]
struct ChunkCache {
    info: Option<ChunkInfo>,
}

struct ChunkInfo {
    range: std::ops::Range<usize>,
    /// Colons in the chunk.
    colons: usize,
    /// Full stops in the chunk without its trailing punctuation.
    stops: usize,
    /// A chunk of prose, not a path, markup, entity, handle or code ("a/b,c", "&amp;x", "k=v,w").
    plain: bool,
}

impl ChunkCache {
    fn get(&mut self, line: &str, at: usize) -> &ChunkInfo {
        if self.info.as_ref().is_none_or(|c| !c.range.contains(&at)) {
            // After the whitespace character, which may be more than one byte (a no-break space).
            let start =
                line[..at].char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
            let end = line[at..].find(char::is_whitespace).map_or(line.len(), |i| at + i);
            let chunk = &line[start..end];
            self.info = Some(ChunkInfo {
                range: start..end,
                colons: chunk.matches(':').count(),
                stops: chunk.trim_end_matches(|c: char| !c.is_alphanumeric()).matches('.').count(),
                plain: !chunk.contains([
                    '/', '\\', '=', '<', '>', '&', '_', '@', '#', '{', '}', '[', ']', '`', '|', '*', '+', '$',
                ]) && !chunk.contains("::"),
            });
        }
        self.info.as_ref().expect("set above")
    }
}

/// "Skills:Java": letters on both sides, two or more each, one colon ("re:Invent", "std::x" excluded).
fn colon_missing_space(line: &str, at: usize, chunk: &ChunkInfo) -> bool {
    if chunk.colons != 1 {
        return false;
    }
    let mut left: Vec<char> = line[..at].chars().rev().take_while(|c| c.is_alphabetic()).collect();
    left.reverse();
    let left: String = left.into_iter().collect();
    let right = line[at + 1..].chars().take_while(|c| c.is_alphabetic()).count();
    left.chars().count() >= 2 && right >= 2 && !left.eq_ignore_ascii_case("re")
}

/// "done.Next": a lower-case word, a full stop, then a capitalised word, in a chunk with no other dot.
fn full_stop_missing_space(line: &str, at: usize, chunk: &ChunkInfo) -> bool {
    if chunk.stops != 1 {
        return false;
    }
    let left: Vec<char> = line[..at].chars().rev().take_while(|c| c.is_alphabetic()).collect();
    let right: Vec<char> = line[at + 1..].chars().take_while(|c| c.is_alphabetic()).collect();
    let after_right = line[at + 1..].chars().nth(right.len());
    left.len() >= 2
        && left.iter().all(|c| c.is_lowercase())
        && right.len() >= 3
        && right[0].is_uppercase()
        && right[1..].iter().all(|c| c.is_lowercase())
        && after_right.is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "spacing";

    #[test]
    fn flags_double_spaces() {
        assert_flags(ID, "Led a  team and  hired.", 2);
        let d = check_text(ID, "Led a  team.");
        assert_eq!(d[0].suggestions[0].replacement, " ");
        assert!(d[0].suggestions[0].safe);
    }

    #[test]
    fn flags_space_before_punctuation() {
        assert_flags(ID, "Java , Python ; Go : Rust !", 4);
        // A no-break space before the chunk (found by serve's property test: it panicked).
        assert_clean(ID, "AA\u{a0}:");
        assert_flags(ID, "We shipped it .", 1);
        let d = check_text(ID, "Java , Python");
        assert_eq!(d[0].suggestions[0].replacement, ",");
    }

    #[test]
    fn flags_a_space_on_the_wrong_side_of_a_comma() {
        assert_flags(ID, "Built APIs ,dashboards and reports ;dashboards.", 2);
        let d = check_text(ID, "Java ,Python");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].span.clone(), d[0].suggestions[0].replacement.as_str()), (4..6, ", "));
        assert!(d[0].suggestions[0].safe);
        assert_clean(ID, "Costs fell 1 ,000 times; see `x ,y` and a/b,c and k=v ,w=x.");
    }

    #[test]
    fn flags_missing_space_after() {
        assert_flags(ID, "Built APIs,dashboards;reports.", 2);
        assert_flags(ID, "Skills:Java and Go.", 1);
        assert_flags(ID, "We shipped the product.Then we grew.", 1);
        let d = check_text(ID, "Built APIs,dashboards.");
        assert_eq!(d[0].suggestions[0].replacement, ", ");
    }

    #[test]
    fn accepts_numbers_abbreviations_and_literals() {
        assert_clean(ID, "Raised $1,000,000 at 9:30 with 3.5x growth, 16:9 video, Q1,Q2 plans.");
        assert_clean(ID, "Worked in the U.S. and U.K., e.g. on Ph.D. programs, i.e. research.");
        assert_clean(ID, "See https://example.com/a,b;c:d and jane.doe@example.com or main.rs or Node.js.");
        assert_clean(ID, "Attended AWS re:Invent; used std::vector and key=a,b in `x ,y`.");
        assert_clean(ID, "Built on .NET :) and ;-) and :D too.");
        assert_clean(ID, "Done.  Two spaces after a full stop.");
        assert_clean(ID, "Name      Years\nJava      5");
        assert_clean(ID, "Made R&amp;D and ASP.NET and System.Text work.");
        assert_clean(ID, "And so on ... and on.");
        assert_clean(ID, "And so on . . . and on.");
        assert_clean(ID, "Scope:  * SAS macros  * SDTM  • ADaM  | TFL");
    }
}
