//! `filler-words`: intensifiers and hedges that add length without meaning ("very", "really",
//! "basically", "I think"), from `dictionaries/rules/filler-words.tsv` with its exceptions column.

use std::sync::OnceLock;

use super::{PhraseSet, is_own_prose, joined, norm, word_tokens};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::lexicon::{col, rows};
use crate::rules::{Rule, RuleMeta, SectionContext};
use crate::text::Token;

pub struct FillerWords;

static META: RuleMeta = RuleMeta {
    id: "filler-words",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[SectionKind::Summary, SectionKind::Headline, SectionKind::Experience, SectionKind::Other],
    summary: "Filler and hedging words (very, really, basically, just, I think)",
    description: "What it does: flags intensifiers, hedges and vague fillers (\"very\", \"really\", \
\"basically\", \"just\", \"I think\", \"kind of\", \"a lot of\"…) from `dictionaries/rules/filler-words.tsv`. \
Fixed expressions that contain one of them are left alone (\"just-in-time\", \"one of a kind\", \"rather \
than\", \"Internet of Things\", \"not just… but\").\n\
Why: in a profile every word competes for a few seconds of attention; a hedge makes you sound unsure and \
an intensifier asks the reader to take your word for it.\n\
Use instead: delete the word, or replace it with the specific fact (a number, a name).",
    flags: &["I think I am a really good fit.", "Basically ran the whole support desk."],
    accepts: &[
        "Built a just-in-time inventory system; one of a kind in the region.",
        "Chose Postgres rather than MongoDB, and not just for cost.",
    ],
    default_enabled: true,
};

struct Entry {
    reason: &'static str,
    /// Longer phrases containing the filler in which it is fine, as lower-case words.
    exceptions: Vec<Vec<String>>,
}

fn lexicon() -> &'static PhraseSet<Entry> {
    static SET: OnceLock<PhraseSet<Entry>> = OnceLock::new();
    SET.get_or_init(|| {
        let text = include_str!("../../../dictionaries/rules/filler-words.tsv");
        PhraseSet::new(rows(text).map(|r| {
            let exceptions = col(&r, 2)
                .split(',')
                .map(str::trim)
                .filter(|e| !e.is_empty() && *e != "-")
                .map(|e| crate::text::tokenize::words(e).map(|t| norm(&e[t.span])).collect())
                .collect();
            (col(&r, 0), Entry { reason: col(&r, 1), exceptions })
        }))
    })
}

/// Whether the words around word `i` (the filler's first word, `len` words long) spell one of the
/// exception phrases, hyphen and space alike.
fn excepted(text: &str, words: &[&Token], i: usize, len: usize, exceptions: &[Vec<String>]) -> bool {
    let filler: Vec<String> = words[i..i + len].iter().map(|w| norm(w.text(text))).collect();
    exceptions.iter().any(|exc| {
        (0..exc.len().saturating_sub(len - 1)).filter(|&k| exc[k..k + len] == filler[..]).any(|k| {
            let Some(start) = i.checked_sub(k) else {
                return false;
            };
            let end = start + exc.len();
            end <= words.len()
                && (start..end).all(|j| norm(words[j].text(text)) == exc[j - start])
                && (start + 1..end).all(|j| joined(text, words[j - 1].span.end, words[j].span.start))
        })
    })
}

/// Uses the list cannot express: "not just X but Y", "very" as an adjective ("the very first"),
/// "actually" after a question word ("what actually works"), "things" in a phrasal verb ("write
/// things down").
fn idiomatic(text: &str, words: &[&Token], i: usize) -> bool {
    let at = |j: usize| words.get(j).map(|w| norm(w.text(text))).unwrap_or_default();
    let prev = if i > 0 { at(i - 1) } else { String::new() };
    match at(i).as_str() {
        "just" => prev == "not",
        "very" => {
            prev == "the"
                && matches!(
                    at(i + 1).as_str(),
                    "first" | "beginning" | "start" | "end" | "least" | "same" | "heart" | "core"
                )
        }
        // "what actually drives sales", "how users really behave": a contrast with what was assumed.
        "actually" | "really" => {
            let wh = |w: &str| matches!(w, "what" | "how" | "who" | "why" | "where" | "which");
            wh(&prev) || (i > 1 && wh(&at(i - 2)))
        }
        // "write things down", "get things done", "keep things moving": a phrasal verb, not vagueness.
        "things" | "stuff" => {
            matches!(at(i + 1).as_str(), "down" | "up" | "done" | "out" | "through" | "moving" | "running" | "forward")
                || matches!(prev.as_str(), "get" | "gets" | "getting" | "got")
        }
        _ => false,
    }
}

impl Rule for FillerWords {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !is_own_prose(cx.section) {
            return;
        }
        let text = cx.text();
        let words = word_tokens(cx.tokens);
        let set = lexicon();
        let mut i = 0;
        while i < words.len() {
            let Some((span, entry)) = set.match_at(text, &words, i) else {
                i += 1;
                continue;
            };
            let len = words[i..].iter().take_while(|w| w.span.start < span.end).count();
            if !excepted(text, &words, i, len, &entry.exceptions) && !idiomatic(text, &words, i) {
                let phrase = &text[span.clone()];
                out.push(cx.diag(&META, span, format!("‘{phrase}’: {}", entry.reason.to_lowercase())));
            }
            i += len;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_fillers_and_hedges() {
        assert_flags("filler-words", "I think I am a really good fit.", 2);
        assert_flags("filler-words", "It was very, very hard.", 2);
        assert_flags("filler-words", "We just shipped it, kind of late.", 2);
    }

    #[test]
    fn exceptions_column_hyphen_and_space_alike() {
        assert_clean("filler-words", "Designed just in time and just-in-time supply chains.");
        assert_clean("filler-words", "Internet of Things platform; a new kind of database.");
        assert_clean("filler-words", "I believe in open source.");
    }

    #[test]
    fn idioms_are_fine() {
        assert_clean("filler-words", "Not just a coder: I also hire.");
        assert_clean("filler-words", "Joined at the very start of the company.");
        assert_clean("filler-words", "I write things down and get things done.");
        assert_clean("filler-words", "Measured what actually drives sign-ups and how users really behave.");
    }
}
