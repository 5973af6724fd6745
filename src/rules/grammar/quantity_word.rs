//! `quantity-word`: a word of quantity in a form English does not use before a noun: `the most of my clients`
//! (→ most of), `Almost clients pay on time` (→ almost all), `two hundreds farmers` (→ two hundred), `others
//! departments` (→ other).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct QuantityWord;

static META: RuleMeta = RuleMeta {
    id: "quantity-word",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A quantity word in the wrong form: the most of my …, almost clients, two hundreds farmers, others teams",
    description: "What it does: finds `the most of` before a determiner or a possessive (`The most of my clients \
are restaurants` → Most of), `almost` straight before a plural noun (`Almost farmers here use mobile money` → \
almost all farmers), `hundreds`, `thousands`, `millions`, `billions` or `dozens` after a number and before a \
noun (`two hundreds farmers` → two hundred), and `others` before a plural noun (`with others departments` → \
other). Left alone: `make the most of` (`make the most of our time`), `the most of all`, `almost all`, \
`hundreds of farmers`, `others` standing alone (`help others grow`). Also `almost` before a plural that is a \
verb's -s form too when it opens the sentence or follows a preposition (`Almost nurses on my ward…`; not `she almost \
nurses him back`), and `amount of` before people (`a large amount of farmers` → number).\n\
Why: `most of` takes no article; `almost` grades `all`, not a noun; a number before `hundred` makes it no plural; \
`other` before a noun takes no -s. Each is a common slip of writers whose first language marks these words \
differently.\n\
Use instead: the suggested form (a suggestion, not applied automatically).",
    flags: &[
        "The most of my clients are small restaurants.",
        "Almost farmers here use mobile money.",
        "We train two hundreds farmers every year.",
        "I coordinate with others teachers every week.",
    ],
    accepts: &[
        "Most of my clients are small; we make the most of our time.",
        "Almost all farmers here use it; hundreds of farmers do.",
        "We train two hundred farmers; I help others grow.",
    ],
    default_enabled: true,
};

/// A plural noun that is no verb form or describing word: `clients`, `farmers` (not `costs`, `means`, `works`).
fn plural_noun(w: &crate::text::analysis::Word) -> bool {
    w.joined
        && w.tags.any(Tags::NOUN_PL)
        && !w.tags.any(Tags::FUNCTION | Tags::ADJ | Tags::ADV | Tags::DIGITS | Tags::VERB_3SG)
        && !w.is_name_like()
        && !w.compound_next
}

/// `the most of my clients`: `the most of` before a determiner or possessive, not after `make`/`get` (`make the
/// most of our time`) nor before `all`. The span of `the most` and its replacement.
fn the_most_of(a: &Analysis, i: usize) -> Option<(usize, &'static str)> {
    let w = &a.words[i];
    let most = a.at(i, 1)?;
    let of = a.at(i, 2)?;
    let det = a.at(i, 3)?;
    let made = a.at(i, -1).is_some_and(|p| {
        p.is_any(&[
            "make", "makes", "made", "making", "get", "gets", "got", "getting", "take", "took", "enjoy", "enjoyed",
        ])
    });
    (w.is("the")
        && most.is("most")
        && most.joined
        && of.is("of")
        && of.joined
        && det.joined
        && det.tags.any(Tags::DET | Tags::POSS)
        && !det.is("all")
        && !made)
        .then_some((i + 1, "most"))
}

impl Rule for QuantityWord {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            if let Some((end, right)) = the_most_of(a, i) {
                let span = w.span.start..a.words[end].span.end;
                let message = "‘most of’ takes no ‘the’ (`make the most of` is another phrase)".to_string();
                out.extend(finding(cx, &META, span, message, &[right.to_string()]));
            } else if w.is_any(&["amount", "amounts"])
                && a.at(i, 1).is_some_and(|o| o.is("of") && o.joined)
                && a.at(i, 2).is_some_and(|n| {
                    n.joined
                        && !n.is_name_like()
                        && (n.is("people")
                            || n.tags.any(Tags::NOUN_PL)
                                && super::possessive_apostrophe::singular(&n.lower)
                                    .is_some_and(|one| super::missing_article::wordnet_person(&one)))
                })
            {
                // `A large amount of farmers joined`: people are counted, not measured.
                let right = if w.is("amount") { "number" } else { "numbers" };
                let message = format!("people are counted: ‘{right} of {}’", a.words[i + 2].lower.as_str());
                out.extend(finding(cx, &META, w.span.clone(), message, &[right.to_string()]));
            } else if w.is("almost")
                && (a.at(i, 1).is_some_and(plural_noun)
                    // Opening the sentence or after a preposition, a plural that is a verb's -s form too is the
                    // noun (`Almost nurses on my ward work nights`; not `she almost nurses him back`).
                    || (w.sentence_start || a.at(i, -1).is_some_and(|p| p.tags.any(Tags::PREP)))
                        && a.at(i, 1).is_some_and(|n| {
                            n.joined
                                && n.tags.any(Tags::NOUN_PL)
                                && !n.tags.any(Tags::FUNCTION | Tags::ADJ | Tags::ADV | Tags::DIGITS)
                                && !n.is_name_like()
                                && !n.compound_next
                        }))
            {
                let noun = &a.words[i + 1];
                let message = format!("‘almost’ grades ‘all’, not a noun: ‘almost all {}’", noun.lower.as_str());
                out.extend(finding(cx, &META, w.span.clone(), message, &["almost all".to_string()]));
            } else if w.is_any(&["hundreds", "thousands", "millions", "billions", "dozens"])
                && w.joined
                && a.at(i, -1).is_some_and(|n| n.tags.any(Tags::NUM | Tags::DIGITS) && !n.is_any(&["one"]))
                && a.at(i, 1).is_some_and(|n| {
                    n.joined && n.tags.any(Tags::NOUN_PL | Tags::NOUN | Tags::ADJ) && !n.tags.any(Tags::FUNCTION)
                })
            {
                let right = w.lower.as_str().trim_end_matches('s').to_string();
                let message = format!("after a number, ‘{right}’ takes no -s");
                out.extend(finding(cx, &META, w.span.clone(), message, &[right]));
            } else if w.is("others") && a.at(i, 1).is_some_and(plural_noun) {
                let message = "before a noun, ‘other’ takes no -s".to_string();
                out.extend(finding(cx, &META, w.span.clone(), message, &["other".to_string()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "quantity-word";

    #[test]
    fn the_most_of_a_group() {
        assert_flags(ID, "The most of my clients are small. I spend the most of my time on site.", 2);
        let d = check_text(ID, "We export the most of our tea.");
        assert_eq!(d[0].suggestions[0].replacement, "most");
        assert_clean(ID, "We make the most of our time; she got the most of the budget; the most of all.");
        assert_clean(ID, "Most of my clients are small; it was the most fun of the week.");
    }

    #[test]
    fn almost_before_a_plural_noun() {
        assert_flags(ID, "Almost clients pay within thirty days. Almost students in my class passed.", 2);
        assert_clean(ID, "Almost all clients pay; almost every student passed; it almost costs nothing; almost done.");
        assert_flags(ID, "Almost nurses on my ward work nights. For almost drivers it is new.", 2);
        assert_flags(ID, "A large amount of farmers joined. A huge amount of people came.", 2);
        assert_clean(ID, "A large amount of data; the amount of fertiliser; a number of farmers; amounts of goods.");
        assert_clean(ID, "She almost nurses him back to health. It almost works.");
    }

    #[test]
    fn hundreds_after_a_number() {
        assert_flags(ID, "We train two hundreds farmers. The firm handles five thousands cases.", 2);
        assert_flags(ID, "We ship 4 dozens crates each morning.", 1);
        let d = check_text(ID, "Our platform processed three millions payments.");
        assert_eq!(d[0].suggestions[0].replacement, "millions".trim_end_matches('s'));
        assert_clean(ID, "We train two hundred farmers; hundreds of farmers; thousands of cases; in the 1990s.");
    }

    #[test]
    fn others_before_a_plural_noun() {
        assert_flags(ID, "I have worked with others departments. I coordinate with others teachers.", 2);
        assert_clean(ID, "I help others grow. Others say so; among others, teams and clients; other teams.");
    }
}
