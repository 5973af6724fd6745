//! `repeated-word`: the same word twice in a row ("the the"), also across a line break.

use super::{Rule, RuleMeta, SectionContext, block_at};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::text::TokenKind;

pub struct RepeatedWord;

static META: RuleMeta = RuleMeta {
    id: "repeated-word",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A word written twice in a row (\"the the\")",
    description: "What it does: finds a word repeated immediately, case-insensitively, also when a line \
break falls between the two (a common slip when editing).\n\
Why: doubled words are the typo spell checkers miss, and readers see them at once.\n\
Not flagged: doubles that are grammatical or idiomatic (\"had had\", \"that that\", \"is is\" in \"what it is \
is\", \"bye bye\", \"very very\"), two capitalised words (names such as \"Duran Duran\", \"Bora Bora\"), \
and words separated by punctuation (\"done, done\").\n\
Use instead: delete the second word (safe fix).",
    flags: &["Worked on the the data platform.", "Built tools for\nfor the sales team."],
    accepts: &[
        "The project that that team started had had problems.",
        "Toured Walla Walla and Bora Bora; done, done and done.",
    ],
    default_enabled: true,
};

/// Doubles that are grammatical or idiomatic.
const ALLOWED: &[&str] = &[
    "had", "that", "is", "bye", "ha", "haha", "hear", "blah", "yada", "knock", "tsk", "so", "no", "very", "really",
    "chop", "ho", "la", "boo", "wow", "go", "tut", "pom", "hip", "choo", "cha", "muah", "xo", "yo", "mm", "hmm", "ooh",
    "aye", "far", "many", "much", "long",
];

/// Function words whose capitalised double is still a typo ("The the", "To To").
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "for", "with", "on", "at", "by", "from", "is", "are", "was",
    "were", "be", "it", "i", "we", "my", "our", "as", "this",
];

impl Rule for RepeatedWord {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.section.is_prose() {
            return;
        }
        let text = cx.text();
        let blocks = cx.section.blocks();
        for pair in cx.tokens.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if a.kind != TokenKind::Word || b.kind != TokenKind::Word {
                continue;
            }
            let (wa, wb) = (a.text(text), b.text(text));
            // Two ASCII words differ in lower case exactly when they differ ignoring ASCII case.
            let both_ascii = wa.is_ascii() && wb.is_ascii();
            if !wa.eq_ignore_ascii_case(wb) && (both_ascii || wa.to_lowercase() != wb.to_lowercase()) {
                continue;
            }
            // Only whitespace between them, at most one line break, and both in the same block.
            let gap = &text[a.span.end..b.span.start];
            if !gap.chars().all(char::is_whitespace) || gap.matches('\n').count() > 1 {
                continue;
            }
            let same_block = match (block_at(&blocks, a.span.start), block_at(&blocks, b.span.start)) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            };
            if !same_block || super::overlaps_skip(cx, &(a.span.start..b.span.end)) {
                continue;
            }
            // Part of a compound ("follow-up up") or a code-ish run: only whole words count.
            if text[..a.span.start].ends_with(['-', '/', '.', '\'', '’'])
                || text[b.span.end..].starts_with(['-', '/', '\'', '’'])
            {
                continue;
            }
            let lower = wa.to_lowercase();
            if ALLOWED.contains(&lower.as_str()) {
                continue;
            }
            // "Walla Walla", "Duran Duran": a capitalised second word is a name, unless a function word.
            if wb.chars().next().is_some_and(char::is_uppercase) && !FUNCTION_WORDS.contains(&lower.as_str()) {
                continue;
            }
            // A doubled word no English dictionary knows is a reduplication of another language (`boda
            // boda`, `pula pula`): removing one would make it wrong.
            if lower.chars().count() > 1 && !cx.spell.is_valid(&lower) && !cx.spell.is_valid(wa) {
                continue;
            }
            // Single letters are list labels or initials ("a a" aside, too risky).
            if lower.chars().count() == 1 && lower != "a" {
                continue;
            }
            let message = format!("‘{wb}’ is repeated");
            out.push(cx.diag(&META, a.span.end..b.span.end, message).with_suggestions(vec![Suggestion::safe("")]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "repeated-word";

    #[test]
    fn flags_doubles() {
        assert_flags(ID, "Led the the migration.", 1);
        assert_flags(ID, "The the team grew to 12.", 1);
        assert_flags(ID, "Managed a a budget of $2M and and hired.", 2);
        assert_flags(ID, "Improved onboarding for\nfor new hires.", 1);
    }

    #[test]
    fn fix_removes_the_second_word() {
        let text = "Led the the migration.";
        let d = check_text(ID, text);
        assert_eq!(d.len(), 1);
        assert!(d[0].suggestions[0].safe);
        assert_eq!(d[0].suggestions[0].replacement, "");
    }

    #[test]
    fn accepts_legit_doubles_and_near_misses() {
        assert_clean(ID, "I had had enough; I knew that that was wrong.");
        assert_clean(ID, "What it is is a platform.");
        // Reduplicated words of other languages.
        assert_clean(ID, "Insurance for boda boda riders in Nairobi.");
        assert_clean(ID, "Performed at Duran Duran tribute nights.");
        assert_clean(ID, "Done, done and done. Sign-in in one click.");
        assert_clean(ID, "Built follow-up up-sell flows.");
        assert_clean(ID, "See https://example.com/the/the and `the the`.");
    }

    #[test]
    fn bullets_are_separate() {
        assert_clean(ID, "- Worked on data\n- Data pipelines for ads");
    }
}
