//! `compound-modifier`: a two-word compound adjective written open before its noun ("a fast paced
//! team", "long term goals"), which English hyphenates there ("fast-paced", "long-term").

use foldhash::HashSet;
use std::sync::OnceLock;

use super::context::{finding, prose_analysis, word_list};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct CompoundModifier;

static META: RuleMeta = RuleMeta {
    id: "compound-modifier",
    category: Category::Punctuation,
    default_severity: Severity::Info,
    sections: &[],
    summary: "A compound adjective before its noun without its hyphen (fast paced team, long term goals)",
    description: "What it does: finds two words that English joins with a hyphen when they describe the noun after \
them — `a fast paced team` → `fast-paced`, `long term goals` → `long-term`, `a well known brand` → \
`well-known` — and only there: after the noun, or at the end of the clause, the words stay apart (`the team is \
well known`, `in the long term`). The compounds are WordNet 3.0's hyphenated adjectives \
(`dictionaries/rules/compound-modifiers.txt`), without open compound nouns (`high school students` is \
usual), compounds with a function word (`built in record time`) and compounds that English closes \
(`online`). Capitalised words (titles, names) are left alone.\n\
Why: the hyphen tells the reader the two words work as one; without it `long term goals` reads \
as a list, and careful readers notice.\n\
Use instead: the hyphenated form (not applied automatically).",
    flags: &["I thrive in a fast paced environment.", "We set long term goals with a well known brand."],
    accepts: &[
        "I thrive in a fast-paced environment and set long-term goals.",
        "The brand is well known; in the long term we grow.",
        "She teaches high school students.",
    ],
    default_enabled: true,
};

/// The compounds, and each one's parts before a hyphen (`fast`, and `state`, `state-of`… of a longer one).
struct Compounds {
    whole: HashSet<&'static str>,
    heads: HashSet<&'static str>,
}

fn compounds() -> &'static Compounds {
    static S: OnceLock<Compounds> = OnceLock::new();
    S.get_or_init(|| {
        let whole = word_list(include_str!("../../../dictionaries/rules/compound-modifiers.txt"));
        let heads = whole.iter().flat_map(|c| c.match_indices('-').map(|(at, _)| &c[..at])).collect();
        Compounds { whole, heads }
    })
}

/// The hyphenated compound that words `i` and `i + 1` spell, when a noun follows them.
fn check(a: &Analysis, i: usize) -> Option<String> {
    let (w, b) = (&a.words[i], a.at(i, 1)?);
    let lower_case = |x: &crate::text::Word| !x.capitalized || x.sentence_start;
    if !lower_case(w) || b.capitalized || w.compound_next || b.compound_next {
        return None;
    }
    // `first-second` can only be a compound when `first` comes before a hyphen in one: most words do not,
    // and are passed over without writing out the pair.
    let c = compounds();
    if !c.heads.contains(w.lower.as_str()) {
        return None;
    }
    let joined = format!("{}-{}", w.lower, b.lower);
    if !c.whole.contains(joined.as_str()) {
        return None;
    }
    let n = a.at(i + 1, 1)?;
    let noun = n.tags.any(Tags::NOUN | Tags::NOUN_PL)
        && !n.tags.any(Tags::FUNCTION | Tags::ADV | Tags::VERB_PAST | Tags::VERB_ING)
        && !n.is_name_like();
    noun.then_some(joined)
}

impl Rule for CompoundModifier {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for i in 0..a.words.len() {
            let Some(right) = check(a, i) else { continue };
            let span = a.words[i].span.start..a.words[i + 1].span.end;
            let message = format!("before a noun ‘{}’ is written ‘{right}’", &cx.text()[span.clone()]);
            out.extend(finding(cx, &META, span, message, &[right]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "compound-modifier";

    #[test]
    fn flags_open_compounds_before_a_noun() {
        let d = check_text(ID, "Fast paced teams set long term goals with a well known brand.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["Fast-paced", "long-term", "well-known"]);
        assert!(d.iter().all(|d| !d.suggestions[0].safe));
        assert_flags(ID, "I work part time shifts and a full time job.", 2);
    }

    #[test]
    fn accepts_hyphens_other_places_and_open_nouns() {
        assert_clean(ID, "A fast-paced team with long-term goals.");
        assert_clean(ID, "The brand is well known; in the long term we grow; I work part time.");
        assert_clean(ID, "She teaches high school students in real estate and health care.");
        assert_clean(ID, "We built in record time; in between meetings; the Long Term Care Unit.");
        assert_clean(ID, "A long term, a short term.");
    }

    /// A pair is looked up only when its first word is one of the heads: every compound's part before each of
    /// its hyphens must be one, and nothing else is.
    #[test]
    fn heads_are_the_parts_before_each_hyphen() {
        let c = super::compounds();
        assert!(c.whole.len() > 100 && c.heads.contains("fast") && c.heads.contains("long"));
        for w in &c.whole {
            for (at, _) in w.match_indices('-') {
                assert!(c.heads.contains(&w[..at]), "{w}");
            }
        }
        for h in &c.heads {
            assert!(c.whole.iter().any(|w| w.strip_prefix(h).is_some_and(|r| r.starts_with('-'))), "{h}");
        }
    }
}
