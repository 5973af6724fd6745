//! `lowercase-i`: the pronoun "I" written in lower case ("i think", "i'm", "i've").

use super::{Rule, RuleMeta, SectionContext, is_known_word};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::text::TokenKind;

pub struct LowercaseI;

static META: RuleMeta = RuleMeta {
    id: "lowercase-i",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The pronoun I in lower case (i, i'm, i've)",
    description: "What it does: finds the pronoun \"I\" and its contractions (i'm, i've, i'll, i'd) written \
in lower case.\n\
Why: it reads as texting, not as a professional profile.\n\
Not flagged: list labels such as \"(i)\", \"i)\" or \"i.\", \"i.e.\", the letter inside words and compounds \
(\"i-th\", \"iOS\"), code, and \"i\" before a word no English dictionary knows (the Italian article in \
\"i clienti\").\n\
Use instead: \"I\" (safe fix).",
    flags: &["Since 2019 i have led the data team.", "i'm a designer and i’ve shipped 3 apps."],
    accepts: &[
        "I lead (i) hiring and (ii) budgets, i.e. the basics.",
        "Built iOS apps; computed the i-th percentile in `for i in x`.",
    ],
    default_enabled: true,
};

const CONTRACTIONS: &[&str] = &["i'm", "i've", "i'll", "i'd"];

impl Rule for LowercaseI {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.section.is_prose() || cx.section.field == crate::profile::Field::Keywords {
            return;
        }
        let text = cx.text();
        for (n, tok) in cx.tokens.iter().enumerate() {
            if tok.kind != TokenKind::Word || super::overlaps_skip(cx, &tok.span) {
                continue;
            }
            let word = tok.text(text);
            // Only `i` and its contractions are reported: no copy of any other word.
            if !word.starts_with('i') || word.len() > "i’ll".len() {
                continue;
            }
            let straight = word.replace('’', "'");
            let before = text[..tok.span.start].chars().next_back();
            let after = text[tok.span.end..].chars().next();
            if !before.is_none_or(|c| c.is_whitespace() || "\"“‘*_".contains(c)) {
                continue;
            }
            let fixed = if straight == "i" {
                // "i)", "i.", "i-th", "i/o": labels and compounds, not the pronoun.
                if !after.is_none_or(|c| c.is_whitespace() || ",;:!?\"”".contains(c)) {
                    continue;
                }
                // "i clienti": only before a word English knows (or at the end of a clause).
                let next = cx.tokens.get(n + 1).filter(|t| {
                    let gap = &text[tok.span.end..t.span.start];
                    gap.chars().all(|c| c == ' ')
                });
                if let Some(next) = next
                    && (next.kind != TokenKind::Word || !is_known_word(cx, next.text(text)))
                {
                    continue;
                }
                "I".to_string()
            } else if CONTRACTIONS.contains(&straight.as_str()) {
                format!("I{}", &word[1..])
            } else {
                continue;
            };
            let message = format!("write the pronoun ‘{fixed}’ with a capital I");
            out.push(cx.diag(&META, tok.span.clone(), message).with_suggestions(vec![Suggestion::safe(fixed)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "lowercase-i";

    #[test]
    fn flags_the_pronoun() {
        assert_flags(ID, "Since 2019 i have led the team.", 1);
        assert_flags(ID, "i'm curious, and i’ve shipped; i'll learn, i'd say.", 4);
        assert_flags(ID, "That is what i do, and what i love.", 2);
    }

    #[test]
    fn fix_keeps_the_apostrophe() {
        let d = check_text(ID, "Here i’m a lead.");
        assert_eq!(d[0].suggestions[0].replacement, "I’m");
        assert!(d[0].suggestions[0].safe);
    }

    #[test]
    fn accepts_labels_compounds_and_foreign_text() {
        assert_clean(ID, "Two goals: (i) growth, (ii) retention; i) hire ii) train.");
        assert_clean(ID, "Steps: i. plan ii. build, i.e. the usual.");
        assert_clean(ID, "Tuned i/o and the i-th shard on iOS.");
        assert_clean(ID, "Gestione di tutti i clienti in Italia.");
        assert_clean(ID, "Loop with `for i in items` daily.");
    }
}
