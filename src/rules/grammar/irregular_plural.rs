//! `irregular-plural`: a regular plural of a noun whose plural is irregular ("the loafs" → loaves, "our
//! knifes" → knives, "two foots" → feet).

use foldhash::HashMap;
use std::sync::OnceLock;

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::lexicon;
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct IrregularPlural;

static META: RuleMeta = RuleMeta {
    id: "irregular-plural",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A regular plural of a noun with an irregular one (the loafs, our knifes, student midwifes)",
    description: "What it does: finds the regular form in -s of a noun whose plural is irregular (`knifes` for \
`knives`, `loafs` for `loaves`, `midwifes` for `midwives`, `foots` for `feet`, `childs` for `children`) where a \
noun stands: after a determiner, a possessive, a number, a quantifier or a preposition, with up to two \
describing words between (`the loafs came out great`, `one of the student midwifes`, `with two sharp knifes`). \
The pairs are `dictionaries/grammar/irregular-plurals.tsv`, built from WordNet's list of irregular nouns by \
`scripts/build-irregular-plurals.py`: plurals in -ves and those of man, foot, tooth, goose, louse, child and \
ox, where the regular form is at most 5% as common in print (so `hoofs`, `scarfs`, `leafs` and `mouses`, in \
use beside the irregular plural, are left alone). The same form as a verb is left alone (`she knifes through \
the water`, `he mans the desk`, `who foots the bill`).\n\
Why: the regular ending on these nouns reads as a slip; a spell checker accepts `knifes` and `loafs` as verbs.\n\
Use instead: the irregular plural (a suggestion, not applied automatically).",
    flags: &[
        "I tried the hydration tips and the loafs came out great.",
        "I'm one of the student midwifes on your ward.",
        "We sharpen our knifes every morning.",
    ],
    accepts: &[
        "The loaves came out great; she knifes through the water.",
        "He mans the desk and the company foots the bill.",
        "Hoofs and hooves, scarfs and scarves.",
    ],
    default_enabled: true,
};

fn pairs() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        lexicon::rows(include_str!("../../../dictionaries/grammar/irregular-plurals.tsv"))
            .map(|r| (lexicon::col(&r, 0), lexicon::col(&r, 1)))
            .collect()
    })
}

/// Whether word `i` stands where a noun does: after a determiner, a possessive, a number, a quantifier or a
/// preposition, with up to two describing words (adjectives, nouns as modifiers) between.
fn noun_position(a: &Analysis, i: usize) -> bool {
    for k in 1..=3 {
        let Some(p) = a.at(i, -k) else { return false };
        if p.tags.any(Tags::DET | Tags::POSS | Tags::NUM | Tags::DIGITS | Tags::QUANT | Tags::PREP) && !p.is("to") {
            // After describing words, an object after it makes it the verb of the phrase before (`the firm
            // foots the bill`).
            return k == 1 || !a.at(i, 1).is_some_and(|n| n.tags.any(Tags::DET | Tags::POSS | Tags::OBJ));
        }
        let describes = p.tags.any(Tags::ADJ | Tags::NOUN)
            && !p.tags.any(Tags::PRON | Tags::BE | Tags::HAVE | Tags::MODAL | Tags::VERB_3SG | Tags::VERB_PAST)
            && !p.is_name_like();
        if !describes {
            return false;
        }
    }
    false
}

impl Rule for IrregularPlural {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            let Some(plural) = pairs().get(w.lower.as_str()) else { continue };
            if w.is_name_like() || w.compound_next || !noun_position(a, i) {
                continue;
            }
            let message = format!("the plural of ‘{}’ is ‘{plural}’", w.lower.trim_end_matches('s'));
            out.extend(finding(cx, &META, w.span.clone(), message, &[plural.to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "irregular-plural";

    #[test]
    fn flags_a_regular_plural_where_a_noun_stands() {
        assert_flags(ID, "Hi Karim, I tried your tips and the loafs came out great.", 1);
        assert_flags(ID, "I'm one of the student midwifes on your ward at Karolinska.", 1);
        assert_flags(ID, "We sharpen our knifes; two foots of snow; with sharp knifes.", 3);
        let d = check_text(ID, "The loafs rose.");
        assert_eq!(d[0].suggestions[0].replacement, "loaves");
        assert!(!d[0].suggestions[0].safe);
    }

    #[test]
    fn accepts_verbs_and_accepted_variants() {
        assert_clean(ID, "She knifes through the water; he mans the desk; the firm foots the bill.");
        assert_clean(ID, "The loaves, knives, midwives and feet. Hoofs, scarfs, leafs and mouses.");
        assert_clean(ID, "Who loafs around? It wolfs down data. The Maple Leafs won.");
    }
}
