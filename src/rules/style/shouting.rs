//! `shouting`: ordinary words typed in capitals for emphasis ("a HUGE win", "PASSIONATE about"), not
//! acronyms (NASA, AWS, SQL), product names or all-caps heading lines.

use std::sync::OnceLock;

use super::{is_own_prose, word_tokens};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::profile::SectionKind;
use crate::rules::{Rule, RuleMeta, SectionContext};
use crate::spell::word_set::WordSet;
use crate::spell::{Dictionary, Verdict};
use std::ops::Range;

use crate::text::tokenize::{is_all_caps, is_camel_case};
use crate::text::{Token, TokenKind};

pub struct Shouting;

static META: RuleMeta = RuleMeta {
    id: "shouting",
    category: Category::Style,
    default_severity: Severity::Warning,
    sections: &[SectionKind::Summary, SectionKind::Headline, SectionKind::Experience, SectionKind::Other],
    summary: "Ordinary words in ALL CAPS for emphasis (not acronyms or headings)",
    description: "What it does: flags dictionary words of four or more letters typed in capitals (\"a HUGE \
win\", \"PASSIONATE about design\"); neighbouring capitalised words are reported together.\n\
Not flagged: acronyms and initialisms (NASA, AWS, SQL, KPIs, BASIC), words the dictionaries only know \
as names (JAVA), the profile's own names (companies, schools), words of three letters or fewer (IT, US, \
CAN, ARM are usually acronyms), four-letter words that are only a noun or a verb (STEM, SEND, LEAN), tech terms written in capitals (REST, SOAP, SCRUM), capitalised words \
that are not dictionary words (mostly product and organisation names: FORTRAN, AUTOSAR), and short \
all-caps lines without a full stop, which are headings (\"KEY ACHIEVEMENTS\").\n\
Why: capitals read as shouting, and a profile full of them looks like an advert.\n\
Use instead: normal case; let a number or a result carry the emphasis.",
    flags: &["I am PASSIONATE about clean code.", "Delivered a HUGE migration on time"],
    accepts: &[
        "Built REST and SOAP APIs on AWS for NASA; taught BASIC and SQL.",
        "KEY ACHIEVEMENTS\nCut costs 20% at ACME Corp with IBM MQ",
    ],
    default_enabled: true,
};

/// Tech terms that are also dictionary words and are often written in capitals.
const TECH_CAPS: &[&str] = &[
    "solid", "rest", "soap", "lamp", "mean", "smart", "swift", "safe", "agile", "scrum", "crud", "mern", "mevn",
    "cobol",
];

/// Entries the dictionaries list in capitals (acronyms) or with a capital (names), lower-cased.
fn known_caps() -> &'static (WordSet<'static>, WordSet<'static>) {
    // Built at compile time (build.rs) from the entries of en_US.dic and the professional vocabulary: those in
    // capitals (`NASA`) and those with a capital (`Paris`), in lower case.
    static ACRONYMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/caps-acronyms.bin"));
    static NAMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/caps-names.bin"));
    static SETS: OnceLock<(WordSet<'static>, WordSet<'static>)> = OnceLock::new();
    SETS.get_or_init(|| {
        let set = |b| WordSet::new(b).expect("the embedded word sets are well formed (tested)");
        (set(ACRONYMS), set(NAMES))
    })
}

/// Whether `word` may be shouted: its first two letters are capitals (as in every word `is_shouted`
/// accepts). Lines without such a word need no closer look.
fn may_be_shouted(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    word.len() >= 4 && letters.next().is_some_and(char::is_uppercase) && letters.next().is_some_and(char::is_uppercase)
}

fn is_shouted(cx: &SectionContext<'_>, word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 4 || !is_all_caps(word) || !word.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’') {
        return false;
    }
    let lower = word.to_lowercase();
    if letters == 4 && !emphatic(&lower) {
        return false;
    }
    let (acronyms, names) = known_caps();
    !acronyms.contains(&lower)
        && !names.contains(&lower)
        && !TECH_CAPS.contains(&lower.as_str())
        && cx.names.check(word) != Verdict::Valid
        && cx.spell.is_valid(&lower)
}

/// Whether a four-letter word is one people shout for emphasis: an adjective, adverb or function word
/// (`HUGE`, `VERY`, `BEST`, `MUST`, `ONLY`). Four capitals that spell only a noun or a verb are far
/// more often an acronym that happens to be a word (`STEM` subjects, `SEND` pupils, `LEAN`, `SALT`).
fn emphatic(lower: &str) -> bool {
    use crate::text::word_class::{Tags, lexicon};
    let emphasis =
        Tags(Tags::ADJ.0 | Tags::ADJ_CMP.0 | Tags::ADJ_SUP.0 | Tags::ADV.0 | Tags::QUANT.0 | Tags::FUNCTION.0);
    lexicon().tags(lower).any(emphasis)
}

/// An acronym, initialism or code-like name: capitals that are not an ordinary word (CSS, PROC,
/// NASA), or a mixed-case name (aCRF, iOS). "IT", "US", "ME" are ordinary words here.
fn is_acronym_like(cx: &SectionContext<'_>, word: &str) -> bool {
    let lower = word.to_lowercase();
    (is_all_caps(word) && !cx.spell.is_valid(&lower)) || is_camel_case(word)
}

/// Capitals in a sentence that also holds acronyms or code are names of things ("embedding HASH in
/// PROC FCMP", "MVVM, SOLID, MVC", "SUIT CSS"), not emphasis.
fn technical_sentence(cx: &SectionContext<'_>, sentences: &[Range<usize>], at: usize) -> bool {
    let Some(s) = crate::text::sentences::sentence_at(sentences, at) else {
        return false;
    };
    let text = cx.text();
    crate::text::tokenize::tokens_in(cx.tokens, s).iter().filter(|t| t.span.end <= s.end).any(|t| match t.kind {
        TokenKind::Code => true,
        TokenKind::Word => is_acronym_like(cx, t.text(text)),
        _ => false,
    })
}

/// The words (in text order) that start on `line` or at its end: two binary searches, not a scan of the
/// section's words for every line.
fn line_words<'a, 't>(words: &'a [&'t Token], line: &std::ops::Range<usize>) -> &'a [&'t Token] {
    let lo = words.partition_point(|w| w.span.start < line.start);
    let hi = lo + words[lo..].partition_point(|w| w.span.start <= line.end);
    &words[lo..hi]
}

/// A short line in capitals with no full stop: a heading the person typed, not emphasis.
fn is_heading_line(text: &str, words: &[&Token], line: &std::ops::Range<usize>) -> bool {
    let on_line: Vec<&str> = line_words(words, line)
        .iter()
        .filter(|w| w.span.start >= line.start && w.span.end <= line.end)
        .map(|w| w.text(text))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 1)
        .collect();
    let body = text[line.clone()].trim_end();
    !on_line.is_empty()
        && on_line.len() <= 8
        && on_line.iter().all(|w| !w.chars().any(char::is_lowercase))
        && !body.ends_with(['.', '!', '?'])
}

/// A capitalised word beside a Title Case one is part of a name: "ACME Corp", "SMART Technologies".
fn next_to_name(text: &str, line: &[&Token], k: usize) -> bool {
    let title = |t: &Token| {
        let w = t.text(text);
        w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase)
    };
    let adjacent = |a: &Token, b: &Token| text[a.span.end..b.span.start].trim().is_empty();
    (k > 0 && adjacent(line[k - 1], line[k]) && title(line[k - 1]))
        || line.get(k + 1).is_some_and(|n| adjacent(line[k], n) && title(n))
}

impl Rule for Shouting {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !is_own_prose(cx.section) {
            return;
        }
        let text = cx.text();
        let words = word_tokens(cx.tokens);
        let sentences = cx.section.sentences();
        let mut line_start = 0;
        for line_text in text.split('\n') {
            let line = line_start..line_start + line_text.len();
            line_start = line.end + 1;
            if !line_words(&words, &line).iter().any(|w| may_be_shouted(w.text(text))) {
                continue;
            }
            if is_heading_line(text, &words, &line) {
                continue;
            }
            // Runs of shouted words, joined when nothing lower-case stands between them.
            let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
            let on_line: Vec<&Token> = line_words(&words, &line)
                .iter()
                .copied()
                .filter(|w| w.span.start >= line.start && w.span.end <= line.end)
                .collect();
            for (k, w) in on_line.iter().enumerate() {
                if !is_shouted(cx, w.text(text))
                    || next_to_name(text, &on_line, k)
                    || technical_sentence(cx, sentences, w.span.start)
                {
                    continue;
                }
                match runs.last_mut() {
                    Some(r) if !text[r.end..w.span.start].chars().any(char::is_lowercase) => r.end = w.span.end,
                    _ => runs.push(w.span.clone()),
                }
            }
            for r in runs {
                let shouted = &text[r.clone()];
                let sentence_start = text[line.start..r.start].trim_end().is_empty()
                    || text[line.start..r.start].trim_end().ends_with(['.', '!', '?']);
                let mut fixed = shouted.to_lowercase();
                if sentence_start && let Some(c) = fixed.chars().next() {
                    fixed = c.to_uppercase().chain(fixed.chars().skip(1)).collect();
                }
                let message = format!("‘{shouted}’ in capitals reads as shouting: write ‘{fixed}’");
                out.push(cx.diag(&META, r, message).with_suggestions(vec![Suggestion::unsafe_(fixed)]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    /// The sets build.rs writes are the entries of the two word lists in capitals and with a capital.
    #[test]
    fn known_caps_are_the_lists_capitalised_entries() {
        let dics =
            [include_str!("../../../dictionaries/en_US.dic"), include_str!("../../../dictionaries/professional.dic")];
        let (acronyms, names) = super::known_caps();
        let (mut a, mut n) = (0, 0);
        for line in dics.iter().flat_map(|d| d.lines().skip(1)) {
            if line.starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            let word = line.split('/').next().unwrap_or("").trim();
            if crate::text::tokenize::is_all_caps(word) {
                assert!(acronyms.contains(&word.to_lowercase()), "{word}");
                a += 1;
            } else if word.starts_with(char::is_uppercase) {
                assert!(names.contains(&word.to_lowercase()), "{word}");
                n += 1;
            }
        }
        assert!(a > 100 && n > 1000 && acronyms.len() <= a && names.len() <= n);
        assert!(!acronyms.contains("linkedin") && !names.contains("the"));
    }

    #[test]
    fn flags_emphasis_and_joins_runs() {
        assert_flags("shouting", "I am PASSIONATE about clean code.", 1);
        let d = check_text("shouting", "We are VERY HAPPY TO ANNOUNCE it.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert!(d[0].message.contains("‘VERY HAPPY TO ANNOUNCE’"), "{}", d[0].message);
        assert_eq!(d[0].suggestions[0].replacement, "very happy to announce");
    }

    #[test]
    fn acronyms_names_and_short_words_are_fine() {
        assert_clean("shouting", "Worked at NASA and IBM on AWS, GCP, SQL; the IT team in the US.");
        assert_clean("shouting", "Wrote JAVA and FORTRAN; RESTful and SOAP services; SCRUM master.");
        assert_clean(
            "shouting",
            "# Jo\n\n## About\n\nI worked at ACME MOTORS for years.\n\n## Experience\n\n### Engineer — Acme Motors\n\n2019 – 2020\n",
        );
    }

    #[test]
    fn four_capitals_that_spell_a_noun_or_verb_are_an_acronym() {
        assert_clean("shouting", "Taught STEM subjects and led SEND provision for pupils.");
        assert_flags("shouting", "Delivered a HUGE migration and a VERY BEST result.", 2);
        assert_flags("shouting", "We were VERY lucky and it was HUGE.", 2);
    }

    #[test]
    fn heading_lines_are_fine_but_shouted_sentences_are_not() {
        assert_clean("shouting", "TECHNICAL LEADERSHIP\nLed a team of six.");
        assert_flags("shouting", "THIS IS A GREAT OPPORTUNITY FOR ME.", 1);
    }
}
