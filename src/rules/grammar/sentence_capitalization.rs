//! `sentence-capitalization`: a prose sentence that starts with a lower-case letter. Bullets are
//! fragments: a bullet's first word is only judged when the other bullets of its list start with
//! capitals (if most start lower case, that is the writer's style, not an error).

use foldhash::HashSet;
use std::sync::OnceLock;

use super::{Rule, RuleMeta, SectionContext, capitalize, is_known_word, overlaps_skip};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::profile::{BlockKind, Field, SectionKind};
use crate::text::{Token, TokenKind};

pub struct SentenceCapitalization;

static META: RuleMeta = RuleMeta {
    id: "sentence-capitalization",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[SectionKind::Summary, SectionKind::Experience, SectionKind::Education, SectionKind::Other],
    summary: "A sentence that starts with a lower-case letter",
    description: "What it does: finds sentences in running text (About, descriptions, paragraphs) that start \
with a lower-case letter: after a full stop (\"…in 2020. then I joined…\"), at the start of a prose paragraph, \
and at the start of a bullet when the other bullets of the same list start with capitals.\n\
Why: a lower-case sentence start reads as a slip; an inconsistent bullet list looks unedited.\n\
Not flagged: headlines, titles and skill lists; bullet lists written in lower case on purpose (most bullets \
start lower case); words after abbreviations (\"e.g.\", \"etc.\", \"approx.\", \"vs.\") or after URLs, \
handles, numbers and code; words written in lower case on purpose (iOS, eBay, npm, kubectl); short \
fragments without a full stop.\n\
Use instead: a capital letter (safe fix).",
    flags: &[
        "I joined Acme in May. then I led the data team for three years.",
        "- Led the migration to AWS\n- Hired and mentored four engineers\n- cut cloud costs by 30%\n- Built the on-call rotation",
    ],
    accepts: &[
        "I build tools, e.g. linters and formatters, etc. and more. See example.com. then stop.",
        "- led the migration to AWS\n- hired and mentored four engineers\n- Cut cloud costs by 30%",
        "iOS and npm experts. Built apps on iOS. npm packages too.",
    ],
    default_enabled: true,
};

/// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "etc", "vs", "approx", "incl", "esp", "resp", "cf", "al", "fig", "figs", "no", "nos", "vol", "pp", "ca", "min",
    "max", "avg", "est", "dept", "govt", "univ", "corp", "inc", "ltd", "co", "jr", "sr", "mr", "mrs", "ms", "dr",
    "prof", "st", "ave", "mt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mgmt", "dev", "eng", "ref", "ex", "viz", "misc", "yr", "yrs", "mo", "mos", "hr", "hrs", "wk", "wks", "sec", "pt",
    "pts", "tel", "ph", "ext", "natl", "assoc", "asst", "mgr", "dir", "intl", "approx", "op", "ed", "eds", "rev",
    "ver", "v", "vol", "dept", "appt", "qty", "temp", "tech", "abt", "w", "ie", "eg", "lit", "phil",
];

/// Professional terms written in lower case on purpose (`npm`, `kubectl`): not sentence errors.
fn lowercase_terms() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        crate::spell::embedded::professional_words().filter(|w| !w.chars().any(char::is_uppercase)).collect()
    })
}

impl Rule for SentenceCapitalization {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !matches!(cx.section.field, Field::Text | Field::Bullet) {
            return;
        }
        let text = cx.text();
        let blocks = cx.section.blocks();
        let bullet_style = BulletStyle::of(cx, &blocks);
        for block in &blocks {
            // Tokens are in text order: the block's are one run of them, found by binary search.
            let lo = cx.tokens.partition_point(|t| t.span.start < block.range.start);
            let hi = lo + cx.tokens[lo..].partition_point(|t| t.span.start < block.range.end);
            let toks: Vec<&Token> = cx.tokens[lo..hi].iter().filter(|t| t.span.end <= block.range.end).collect();
            let Some(first) = toks.first() else { continue };
            let is_bullet = block.kind == BlockKind::Bullet;
            if is_bullet && bullet_style.lowercase {
                continue;
            }
            // The block's first word.
            let opening = &text[block.range.start..first.span.start];
            let starts_block = !opening.chars().any(char::is_alphanumeric);
            if starts_block && is_flaggable_start(cx, first) {
                let judge = if is_bullet {
                    bullet_style.capitalised
                } else {
                    is_prose_paragraph(text, block.range.clone(), toks.len())
                };
                if judge {
                    push(cx, out, first, "this bullet starts with a lower-case letter; the others start with capitals");
                }
            }
            // Sentences after a full stop inside the block.
            for pair in toks.windows(2) {
                let (prev, tok) = (pair[0], pair[1]);
                // The gap first: most words follow no full stop, and need no dictionary lookup.
                if ends_sentence(text, prev, tok) && is_flaggable_start(cx, tok) {
                    push(cx, out, tok, "sentence starts with a lower-case letter");
                }
            }
        }
    }
}

fn push(cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>, tok: &Token, message: &str) {
    let word = tok.text(cx.text());
    let fixed = capitalize(word);
    out.push(
        cx.diag(&META, tok.span.clone(), format!("{message}: ‘{word}’"))
            .with_suggestions(vec![Suggestion::safe(fixed)]),
    );
}

/// A lower-case dictionary word that is not a lower-case brand or command, outside code.
fn is_flaggable_start(cx: &SectionContext<'_>, tok: &Token) -> bool {
    let word = tok.text(cx.text());
    tok.kind == TokenKind::Word
        && word.chars().next().is_some_and(char::is_lowercase)
        && !word.chars().any(|c| c.is_uppercase() || c == '.')
        && word != "i"
        && !lowercase_terms().contains(word)
        && is_known_word(cx, word)
        && !overlaps_skip(cx, &tok.span)
}

/// `prev` ends a sentence with a full stop and `tok` follows after a space: "done. next".
fn ends_sentence(text: &str, prev: &Token, tok: &Token) -> bool {
    let gap = &text[prev.span.end..tok.span.start];
    let mark = gap.trim_end_matches(|c: char| c.is_whitespace()).trim_start_matches([')', ']', '"', '”', '’', '\'']);
    let mark = mark.trim_end_matches([')', ']', '"', '”', '’', '\'']);
    if mark != "." || !gap.ends_with(char::is_whitespace) || gap.matches('\n').count() > 1 {
        return false;
    }
    // Not after an abbreviation, an initial, a number, a URL, a handle or code.
    let before = prev.text(text);
    let lower = before.to_lowercase();
    prev.kind == TokenKind::Word
        && before.chars().count() > 1
        && !before.contains('.')
        && !ABBREVIATIONS.contains(&lower.as_str())
        && !(before.chars().count() <= 3 && before.chars().all(|c| c.is_uppercase()))
}

/// A paragraph that reads as prose, not a fragment: several words and a sentence-ending mark.
fn is_prose_paragraph(text: &str, range: std::ops::Range<usize>, words: usize) -> bool {
    let body = text[range].trim_end();
    words >= 6 && (body.ends_with(['.', '!', '?']) || body.contains(". "))
}

/// How the bullets of a list start: mostly capitalised, or in lower case on purpose.
struct BulletStyle {
    /// At least three bullets, and at most a third of them start lower case.
    capitalised: bool,
    /// Half or more start lower case: a deliberate style.
    lowercase: bool,
}

impl BulletStyle {
    /// Counts this section's bullet blocks, and for a one-bullet section (a JSON Resume highlight)
    /// its sibling bullets (`work[0].highlights[*]`).
    fn of(cx: &SectionContext<'_>, blocks: &[crate::profile::Block]) -> BulletStyle {
        let mut starts: Vec<Option<bool>> = Vec::new();
        let text = cx.text();
        for b in blocks.iter().filter(|b| b.kind == BlockKind::Bullet) {
            starts.push(first_is_lower(cx, &text[b.range.clone()]));
        }
        let judged: Vec<bool> = starts.into_iter().flatten().collect();
        let (mut n, mut lower) = (judged.len(), judged.iter().filter(|l| **l).count());
        if cx.section.field == Field::Bullet
            && let Some(prefix) = list_prefix(&cx.section.path)
        {
            // Every list of the profile, counted once (not once per bullet of it).
            let lists = cx.shared.bullet_lists.get_or_init(|| {
                let mut lists = std::collections::HashMap::new();
                for s in cx.profile.sections.iter().filter(|s| s.field == Field::Bullet) {
                    if let Some(p) = list_prefix(&s.path) {
                        let e: &mut (usize, usize) = lists.entry((s.kind, p.to_string())).or_default();
                        if let Some(l) = first_is_lower(cx, &s.text) {
                            e.0 += 1;
                            e.1 += usize::from(l);
                        }
                    }
                }
                lists
            });
            (n, lower) = lists.get(&(cx.section.kind, prefix.to_string())).copied().unwrap_or_default();
        }
        BulletStyle { capitalised: n >= 3 && lower * 3 <= n, lowercase: lower * 2 >= n && n > 0 }
    }
}

/// `work[0].highlights[2]` → `work[0].highlights`.
fn list_prefix(path: &str) -> Option<&str> {
    let open = path.rfind('[')?;
    path.ends_with(']').then(|| &path[..open])
}

/// Whether a bullet's first word starts lower case; None when it does not start with a word.
fn first_is_lower(cx: &SectionContext<'_>, bullet: &str) -> Option<bool> {
    let first = crate::text::tokenize::tokens_lazy(bullet).next()?;
    if first.kind != TokenKind::Word || bullet[..first.span.start].chars().any(char::is_alphanumeric) {
        return None;
    }
    let word = first.text(bullet);
    let c = word.chars().next()?;
    if c.is_uppercase() {
        return Some(false);
    }
    // A lower-case brand ("iOS", "npm") says nothing about the style.
    if word.chars().any(char::is_uppercase) || lowercase_terms().contains(word) || !is_known_word(cx, word) {
        return None;
    }
    Some(true)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "sentence-capitalization";

    #[test]
    fn flags_sentences_after_a_full_stop() {
        assert_flags(ID, "I design systems. they scale well. we ship weekly.", 2);
        assert_flags(ID, "Shipped the app (beta). then grew it.", 1);
    }

    #[test]
    fn flags_a_prose_paragraph_starting_lower_case() {
        assert_flags(ID, "passionate engineer with ten years in payments. I like hard problems.", 1);
        let d = check_text(ID, "passionate engineer with ten years in payments. I like hard problems.");
        assert_eq!(d[0].suggestions[0].replacement, "Passionate");
    }

    #[test]
    fn flags_the_odd_bullet_out() {
        assert_flags(ID, "- Built the API\n- Hired two engineers\n- reduced costs by 20%\n- Ran the on-call", 1);
    }

    #[test]
    fn accepts_lowercase_bullet_style_and_fragments() {
        assert_clean(ID, "- built the API\n- hired two engineers\n- reduced costs by 20%");
        assert_clean(ID, "- Built the API\n- reduced costs");
        assert_clean(ID, "building internal tools for sales");
    }

    #[test]
    fn accepts_abbreviations_urls_numbers_and_brands() {
        assert_clean(ID, "Used many tools, e.g. linters, approx. twenty of them, etc. and more.");
        assert_clean(ID, "Worked with Dr. Smith and J. doe at Acme Inc. on it.");
        assert_clean(ID, "Read example.com. then left; see https://x.io/a. now.");
        assert_clean(ID, "Released v2.0. then v2.1 followed. Grew by 5. more later.");
        assert_clean(ID, "Built for iOS. npm packages and kubectl plugins. eBay sellers loved it.");
        assert_clean(ID, "Wrapped up... then moved on. Shipped it! and more.");
    }
}
