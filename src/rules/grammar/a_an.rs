//! `a-an`: "a" or "an" chosen by the SOUND of the next word ("an MBA", "a UX designer", "an hour",
//! "a European", "an 8-person team"), with `dictionaries/rules/an-exceptions.tsv` for the words
//! whose sound differs from their first letter.

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

use super::{Rule, RuleMeta, SectionContext, is_known_word, is_literal_at};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::rules::lexicon;
use crate::text::TokenKind;

pub struct AAn;

static META: RuleMeta = RuleMeta {
    id: "a-an",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "\"a\" or \"an\" that does not match the sound of the next word",
    description: "What it does: checks \"a\"/\"an\" against how the next word is SAID, not spelled: \
\"an MBA\", \"an HR manager\", \"a UX designer\", \"a user\", \"an hour\", \"a European\", \"a one-off\", \
\"an 8-person team\", \"an 18-month project\". Initialisms are read letter by letter (\"an SEO\", \"a KPI\"); \
acronyms said as words follow their sound (\"a NASA\", \"a SaaS\"). The exceptions are listed in \
`dictionaries/rules/an-exceptions.tsv`.\n\
Why: \"a MBA\" or \"an user\" stands out in the first lines a recruiter reads.\n\
Not flagged: disputed cases (\"an historic\", \"a/an SQL\", \"a/an URL\"), words in capitals that are also \
ordinary words (\"a HUGE win\"), \"A\" as a grade or label (\"Series A investment\", \"Q&A event\"), and words \
no dictionary knows (names, other languages).\n\
Use instead: the other article (safe fix).",
    flags: &["Completed a MBA in finance.", "Hired an UX designer.", "Led a 8-person team for a hour."],
    accepts: &[
        "An MBA, a UX designer, an hour, a European firm, an 8-person team and a one-off.",
        "Closed our Series A investment; ran a Q&A event; a HUGE win; an historic deal.",
    ],
    default_enabled: true,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Article {
    A,
    An,
    /// Both are in real use: never flag.
    Either,
}

struct Exceptions {
    acronyms: HashMap<&'static str, Article>,
    words: HashMap<String, Article>,
    /// Longest first.
    prefixes: Vec<(String, Article)>,
}

fn exceptions() -> &'static Exceptions {
    static EX: OnceLock<Exceptions> = OnceLock::new();
    EX.get_or_init(|| {
        let mut ex = Exceptions { acronyms: HashMap::new(), words: HashMap::new(), prefixes: Vec::new() };
        for row in lexicon::rows(include_str!("../../../dictionaries/rules/an-exceptions.tsv")) {
            let key = lexicon::col(&row, 0);
            let art = match lexicon::col(&row, 1) {
                "a" => Article::A,
                "an" => Article::An,
                _ => Article::Either,
            };
            match lexicon::col(&row, 2) {
                "acronym" => {
                    ex.acronyms.insert(key, art);
                }
                "prefix" => ex.prefixes.push((key.to_lowercase(), art)),
                _ => {
                    ex.words.insert(key.to_lowercase(), art);
                }
            }
        }
        ex.prefixes.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        ex
    })
}

/// Letters whose English names start with a vowel sound ("an F", "an M", "an X").
const VOWEL_NAMED_LETTERS: &str = "AEFHILMNORSX";

impl Rule for AAn {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.section.is_prose() {
            return;
        }
        let text = cx.text();
        for tok in cx.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            let article = tok.text(text);
            let written = match article {
                "a" | "A" => Article::A,
                "an" | "An" | "AN" => Article::An,
                _ => continue,
            };
            if super::overlaps_skip(cx, &tok.span) || !is_article_position(text, tok.span.start, article) {
                continue;
            }
            let Some(next) = next_word(text, tok.span.end) else {
                continue;
            };
            if is_literal_at(cx, next.start) {
                continue;
            }
            let head = &text[next.clone()];
            let Some(wanted) = article_for(cx, head) else {
                continue;
            };
            if wanted == Article::Either || wanted == written {
                continue;
            }
            let fixed = match (article, wanted) {
                ("a", _) => "an",
                ("A", _) => "An",
                ("an", _) => "a",
                ("AN", _) => "A",
                _ => "A",
            };
            let message = format!(
                "use ‘{fixed}’ before ‘{head}’ (it starts with a {} sound)",
                match wanted {
                    Article::An => "vowel",
                    _ => "consonant",
                }
            );
            out.push(cx.diag(&META, tok.span.clone(), message).with_suggestions(vec![Suggestion::safe(fixed)]));
        }
    }
}

/// "a"/"an" as an article: a free-standing word, and a capital "A" only where a sentence or bullet
/// starts (not "Series A", "Plan A", "Q&A").
fn is_article_position(text: &str, start: usize, article: &str) -> bool {
    let before = &text[..start];
    let prev = before.chars().next_back();
    if !prev.is_none_or(|c| c.is_whitespace() || "(\"“‘'*_".contains(c)) {
        return false;
    }
    if article.starts_with('A') {
        let prev_visible = before.trim_end_matches(|c: char| c.is_whitespace() || "(\"“‘'*_".contains(c));
        // At the start of its line (only spaces and opening marks before it), after a sentence's
        // end, or with nothing alphanumeric before it on its line. Each look back stops at the
        // nearest letter or line break, never at the start of a long section.
        return prev_visible.is_empty()
            || before[prev_visible.len()..].contains('\n')
            || prev_visible.ends_with(['.', '!', '?', '•', '-', '–', '—', '|', '>', ';'])
            || before.rfind(|c: char| c == '\n' || c.is_alphanumeric()).is_none_or(|i| before[i..].starts_with('\n'));
    }
    true
}

/// The byte range of the word after the article: separated by spaces only, opening quotes skipped,
/// trailing punctuation dropped.
fn next_word(text: &str, end: usize) -> Option<std::ops::Range<usize>> {
    let rest = &text[end..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
    if spaces == 0 {
        return None;
    }
    let after = &rest[spaces..];
    let quotes = after.len() - after.trim_start_matches(['"', '“', '‘', '\'', '*', '_']).len();
    let start = end + spaces + quotes;
    let chunk = &text[start..];
    let len = chunk.find(char::is_whitespace).unwrap_or(chunk.len());
    let word = chunk[..len].trim_end_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() { None } else { Some(start..start + word.len()) }
}

/// `a` or `an` for a noun phrase that starts with `head`, when that is certain.
pub(super) fn article_before(cx: &SectionContext<'_>, head: &str) -> Option<&'static str> {
    match article_for(cx, head)? {
        Article::A => Some("a"),
        Article::An => Some("an"),
        Article::Either => None,
    }
}

/// The article the word `head` takes, or None when the rule cannot tell.
fn article_for(cx: &SectionContext<'_>, head: &str) -> Option<Article> {
    let ex = exceptions();
    // The first part of a compound: "UX/UI" → "UX", "SaaS-based" → "SaaS" (but "x-ray" stays whole).
    let part = head.split(['/', '-', '&']).next().unwrap_or(head);
    let part_no_dot = part.trim_end_matches('.');
    for cand in [head, part, part_no_dot, &format!("{part_no_dot}.")] {
        if let Some(&a) = ex.acronyms.get(cand) {
            return Some(a);
        }
    }
    let first = head.chars().next()?;
    if first.is_ascii_digit() {
        return number_article(head);
    }
    if !first.is_alphabetic() {
        return None;
    }
    let lower = head.to_lowercase();
    let part_lower = part.to_lowercase();
    for cand in [&lower, &part_lower] {
        if let Some(&a) = ex.words.get(cand.as_str()) {
            return Some(a);
        }
    }
    if let Some((_, a)) = ex.prefixes.iter().find(|(p, _)| lower.starts_with(p.as_str())) {
        return Some(*a);
    }
    if is_initialism(part) {
        let by_letter = letter_article(first);
        // "a SOX audit", "a LEED building", "a RACI chart": initialisms that can be said as a word
        // (a vowel followed by a consonant) after F, H, L, M, N, R, S or X may rightly take "a".
        if by_letter == Article::An && !"AEIO".contains(first) && pronounceable(part) {
            return Some(Article::Either);
        }
        // "a HUGE win": capitals for emphasis on an ordinary word; only flag when both readings agree. A word
        // with no vowel cannot be said as a word (`MPH`, `mph`): it is read letter by letter.
        if is_known_word(cx, &part.to_lowercase()) && part.chars().any(|c| "AEIOUYaeiouy".contains(c)) {
            let as_word = vowel_letter_article(first.to_ascii_lowercase());
            return Some(if as_word == Some(by_letter) { by_letter } else { Article::Either });
        }
        return Some(by_letter);
    }
    // A single capital letter: "an A/B test", "an F1 car", "a B2B".
    if part.chars().count() == 1 && first.is_ascii_uppercase() {
        return Some(letter_article(first));
    }
    // An ordinary word: only words a dictionary knows (not names or other languages' words).
    if !is_known_word(cx, part) && !is_known_word(cx, &part_lower) {
        return None;
    }
    vowel_letter_article(lower.chars().next()?)
}

/// Vowel letter → "an", else "a"; "u" and "h" words not in the exceptions are too varied to judge
/// ("a unary", "an unusual"; "a hotel", "an heir"), except that "h" usually takes "a".
fn vowel_letter_article(first: char) -> Option<Article> {
    match first {
        'a' | 'e' | 'i' | 'o' => Some(Article::An),
        'u' => None,
        c if c.is_alphabetic() => Some(Article::A),
        _ => None,
    }
}

fn letter_article(letter: char) -> Article {
    if VOWEL_NAMED_LETTERS.contains(letter.to_ascii_uppercase()) { Article::An } else { Article::A }
}

/// An initialism read letter by letter: up to 6 letters and digits starting with a capital, at least
/// two capitals (or one and a digit), at most one lower-case letter (MBA, HR, S3, EC2, PhD, MSc, IoT;
/// not LaTeX, not Ms).
fn is_initialism(word: &str) -> bool {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    let digits = word.chars().filter(|c| c.is_ascii_digit()).count();
    word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && (2..=6).contains(&word.chars().count())
        && (upper >= 2 || digits >= 1)
        && lower <= 1
}

/// Whether an all-capitals word could be said as a word: a vowel followed by a consonant (SOX, LEED,
/// RACI), unlike MBA, SEO or NGO.
fn pronounceable(word: &str) -> bool {
    let cs: Vec<char> = word.chars().map(|c| c.to_ascii_uppercase()).collect();
    cs.len() >= 3
        && cs.windows(2).any(|w| "AEIOU".contains(w[0]) && w[1].is_ascii_alphabetic() && !"AEIOU".contains(w[1]))
}

/// The article before a number, by how it is said: "an 8", "an 80%", "an 11-week", "an 18-month",
/// "a 1990s". Four-digit 11xx/18xx may be "eleven hundred" or "one thousand…": not judged.
fn number_article(head: &str) -> Option<Article> {
    let ex = exceptions();
    if let Some(&a) = ex.words.get(head) {
        return Some(a);
    }
    let digits: String = head.chars().take_while(|c| c.is_ascii_digit()).collect();
    let grouped = head[digits.len()..].starts_with(',');
    if digits.starts_with('8') {
        return Some(Article::An);
    }
    if digits.starts_with("11") || digits.starts_with("18") {
        return match (digits.len(), grouped) {
            (2, _) | (5, false) => Some(Article::An),
            (4, false) => Some(Article::Either),
            _ => Some(Article::A),
        };
    }
    if digits.starts_with('0') {
        return None;
    }
    Some(Article::A)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "a-an";

    #[test]
    fn flags_by_sound() {
        assert_flags(ID, "Earned a MBA and became an UX lead.", 2);
        assert_flags(ID, "I am a MPH student at BRAC University.", 1);
        assert_clean(ID, "I am an MPH student; a HUGE win; a 30 mph limit.");
        assert_flags(ID, "Worked as a HR partner for a hour.", 2);
        assert_flags(ID, "Joined an European firm as an user researcher.", 2);
        assert_flags(ID, "Built a AI tool and a S3 pipeline.", 2);
        assert_flags(ID, "Led a 8-person team on a 18-month project; an 5-day sprint.", 3);
        assert_flags(ID, "Ran a A/B test and an one-off survey.", 2);
        assert_flags(ID, "A engineer who builds things.", 1);
        assert_flags(ID, "Wrote a SDK, a SLA and a HTML5 page.", 3);
    }

    #[test]
    fn fix_keeps_case() {
        let d = check_text(ID, "A MBA from a good school.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "An");
        assert!(d[0].suggestions[0].safe);
    }

    #[test]
    fn accepts_correct_articles() {
        assert_clean(ID, "An MBA, an HR team, an SEO audit, an NGO, a KPI, a CEO, a PhD, an MSc.");
        assert_clean(ID, "A UX designer, a URL, a user, a unique role, a European office, a university.");
        assert_clean(ID, "An hour, an honest review, a one-time fix, a SaaS product, a NASA grant.");
        assert_clean(ID, "An 8-person team, an 11-week sprint, an 18% lift, a 10x gain, a 1990s design.");
        assert_clean(ID, "An iOS app, an eBay store, an IoT device, an A/B test, an S3 bucket, an EC2 box.");
    }

    #[test]
    fn accepts_the_traps() {
        assert_clean(ID, "Raised a Series A investment and ran a Q&A event with Plan A options.");
        assert_clean(ID, "It was a HUGE win, a NEW role, a FREE trial and an historic deal.");
        assert_clean(ID, "An SQL or a SQL query; a URL or an URL; a unary operator.");
        assert_clean(ID, "A empresa cresceu; trabalhei com a equipe de vendas.");
        assert_clean(ID, "Wrote a `useEffect` hook and a https://example.com page.");
        assert_clean(ID, "In 1880 an 1100-year-old manuscript; a LaTeX template; a Ms. Jones.");
        assert_clean(ID, "Ran a SOX audit on a LEED building with a RACI chart.");
    }
}
