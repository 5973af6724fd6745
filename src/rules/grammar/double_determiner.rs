//! `double-determiner`: an article and a possessive together before one noun ("in the your FMEA process",
//! "a my colleague", "my the team").

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};

pub struct DoubleDeterminer;

static META: RuleMeta = RuleMeta {
    id: "double-determiner",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "An article and a possessive before one noun (the your process, a my colleague)",
    description: "What it does: finds an article (`a`, `an`, `the`) right before a possessive determiner (`my`, \
`your`, `his`, `its`, `our`, `their`), or `my`, `your`, `its`, `our`, `their` right before an article: `how you \
score it in the your FMEA`, `I sent it to a my colleague`, `our the team`. `her` before an article is left alone \
(it is an object too: `gave her the keys`), and so is `the` before `her` (`the HER2 test` is a name); a \
capitalised possessive inside a sentence is a name or a title (`the His Majesty's Theatre`).\n\
Why: English takes one determiner before a noun; the second is left over from an edit or carried over from a \
language that allows both (Italian `il mio`).\n\
Use instead: one of the two (`your FMEA`, `a colleague of mine`); not applied automatically.",
    flags: &["I have a question about the your FMEA process.", "She is a my former colleague; our the team grew."],
    accepts: &["I have a question about your FMEA process.", "We gave her the keys; a colleague of mine."],
    default_enabled: true,
};

const ARTICLES: &[&str] = &["a", "an", "the"];
/// Possessives after an article (`her` too: after an article it cannot be an object).
const AFTER_ARTICLE: &[&str] = &["my", "your", "his", "its", "our", "their"];
/// Possessives before an article (`her` and `his` are left out: `gave her the keys`, `a friend of his the…`).
const BEFORE_ARTICLE: &[&str] = &["my", "your", "its", "our", "their"];

impl Rule for DoubleDeterminer {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for (i, w) in a.words.iter().enumerate() {
            let Some(n) = a.at(i, 1) else { continue };
            if !n.joined || n.compound_next || n.capitalized && !n.sentence_start {
                continue;
            }
            let keep = if w.is_any(ARTICLES) && n.is_any(AFTER_ARTICLE) {
                n
            } else if w.is_any(BEFORE_ARTICLE) && n.is_any(ARTICLES) && (!w.capitalized || w.sentence_start) {
                w
            } else {
                continue;
            };
            // A noun must follow: the pair is a determiner's place (`the your process`), not `your a` at the end.
            if a.at(i, 2).is_none_or(|m| !m.joined) {
                continue;
            }
            let span = w.span.start..n.span.end;
            let right = text[keep.span.clone()].to_string();
            let right = if keep.span.start == span.start || !w.sentence_start {
                right
            } else {
                let mut c = right.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            };
            let message = format!(
                "‘{}’: one determiner before a noun — ‘{}’ or ‘{}’, not both",
                &text[span.clone()],
                &text[w.span.clone()],
                &text[n.span.clone()]
            );
            out.extend(finding(cx, &META, span, message, &[right]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "double-determiner";

    #[test]
    fn flags_an_article_and_a_possessive_together() {
        let d = check_text(ID, "I have a question about how you decide it in the your FMEA process.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "your");
        let d = check_text(ID, "The my team grew; our the team grew.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["My", "our"]);
        assert_flags(ID, "She is a my former colleague from Turin.", 1);
    }

    #[test]
    fn accepts_one_determiner_and_objects() {
        assert_clean(ID, "We gave her the keys and showed him a demo; a colleague of mine.");
        assert_clean(ID, "At the His Majesty's Theatre; the HER2 test; is it yours or mine? It's your a-team.");
        assert_clean(ID, "Which one is your, the blue or the red? Thanks for your the-end-of-year note.");
    }
}
