//! `double-comparative`: `more`/`most` before a form that already compares ("more faster",
//! "most simplest", "more better").

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::Tags;

pub struct DoubleComparative;

static META: RuleMeta = RuleMeta {
    id: "double-comparative",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A double comparative or superlative (more faster, most simplest)",
    description: "What it does: finds `more` or `less` before a comparative (`faster`, `easier`, `better`) and \
`most` or `least` before a superlative (`simplest`, `biggest`, `best`). Comparatives and superlatives are the -er \
and -est forms of adjectives the Hunspell en_US dictionary marks as taking both. `more later` and `more \
further` are left alone.\n\
Why: the word already compares; the extra `more` reads as a slip.\n\
Use instead: the comparative or superlative alone (`faster`, `simplest`); not applied automatically.",
    flags: &[
        "Our process became more faster after automation.",
        "This was the most simplest solution.",
        "Delivered more better results.",
    ],
    accepts: &[
        "Our process became faster and more reliable.",
        "The simplest and most robust fix.",
        "We can discuss more later; more senior staff.",
    ],
    default_enabled: true,
};

const COMPARATIVE: &[&str] = &["better", "worse"];
const SUPERLATIVE: &[&str] = &["best", "worst"];
const NOT_DOUBLE: &[&str] = &["later", "further", "farther", "fewer", "lesser", "earlier", "sooner", "other"];

impl Rule for DoubleComparative {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            let Some(n) = a.at(i, 1) else { continue };
            if n.is_name_like() || n.is_any(NOT_DOUBLE) || n.tags.any(Tags::FUNCTION) {
                continue;
            }
            let double = (w.is_any(&["more", "less"]) && (n.tags.any(Tags::ADJ_CMP) || n.is_any(COMPARATIVE)))
                || (w.is_any(&["most", "least"]) && (n.tags.any(Tags::ADJ_SUP) || n.is_any(SUPERLATIVE)));
            if !double {
                continue;
            }
            let span = w.span.start..n.span.end;
            let right = cx.text()[n.span.clone()].to_string();
            let message = format!("‘{}’ already compares: ‘{right}’ alone", &cx.text()[span.clone()]);
            out.extend(finding(cx, &META, span, message, &[right]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "double-comparative";

    #[test]
    fn flags_and_suggests_the_single_form() {
        assert_flags(ID, "The most biggest client in our portfolio.", 1);
        let d = check_text(ID, "Made the checkout more easier to use.");
        assert_eq!(d[0].suggestions[0].replacement, "easier");
    }

    #[test]
    fn accepts_single_comparisons() {
        assert_clean(ID, "More users and more leaders; most managers.");
        assert_clean(ID, "Less water, more power, most interest.");
        // Adjectives ending in -est that are no superlatives.
        assert_clean(ID, "The most honest session; the most modest house; the most earnest plea.");
    }
}
