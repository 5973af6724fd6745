//! `double-comparative`: `more`/`most` before a form that already compares ("more faster",
//! "most simplest", "more better").

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
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
further` are left alone. Also a comparative where `of all` asks for the superlative: `the more thoughtful one of \
all` (most), `the better talk of all` (best).\n\
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

/// `the more thoughtful one of all`, `the better talk of all`: after `the`, a comparative (`more` or a form in
/// -er) and then, within three words, `of all`: the superlative (`most`, `best`). The superlative of word `i`.
fn comparative_of_all(a: &Analysis, i: usize) -> Option<String> {
    let w = &a.words[i];
    if !a.at(i, -1).is_some_and(|t| t.is("the")) || !w.joined {
        return None;
    }
    let right = match w.lower.as_str() {
        "more" => "most".to_string(),
        "better" => "best".to_string(),
        "worse" => "worst".to_string(),
        "less" => "least".to_string(),
        l if w.tags.any(Tags::ADJ_CMP) && !w.tags.any(Tags::FUNCTION) => {
            let sup = format!("{}est", l.strip_suffix("er")?);
            if !crate::text::word_class::lexicon().tags(&sup).any(Tags::ADJ_SUP) {
                return None;
            }
            sup
        }
        _ => return None,
    };
    let of_all = (2..=4).any(|k| {
        a.at(i, k).is_some_and(|o| o.is("of"))
            && a.at(i, k + 1).is_some_and(|x| x.is("all"))
            && (1..k).all(|j| a.at(i, j).is_some_and(|m| !m.tags.any(Tags::FUNCTION) || m.is("one")))
    });
    of_all.then_some(right)
}

impl Rule for DoubleComparative {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            if let Some(right) = comparative_of_all(a, i) {
                let message = format!("with ‘of all’ the form is the superlative: ‘{right}’");
                out.extend(finding(cx, &META, w.span.clone(), message, &[right]));
                continue;
            }
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
        let d = check_text(ID, "Your comment was the more thoughtful one of all. It was the better talk of all.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["most", "best"]);
        assert_clean(ID, "The more I read, the more I like it of all things; the most thoughtful of all.");
        assert_clean(ID, "Less water, more power, most interest.");
        // Adjectives ending in -est that are no superlatives.
        assert_clean(ID, "The most honest session; the most modest house; the most earnest plea.");
    }
}
