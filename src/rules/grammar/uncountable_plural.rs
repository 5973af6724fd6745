//! `uncountable-plural`: the plural of a noun English never counts ("the advices you gave", "share
//! informations", "our equipments"), from the same list as `uncountable-article`.

use super::context::{finding, prose_analysis};
use super::uncountable_article::is_uncountable;
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::Tags;
use crate::text::{Analysis, Word};

pub struct UncountablePlural;

static META: RuleMeta = RuleMeta {
    id: "uncountable-plural",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "the plural of a noun that is never counted (advices, informations, equipments, feedbacks)",
    description: "What it does: finds the plural of a noun English never counts (`advice`, `information`, \
`feedback`, `equipment`, `furniture`, `software`, `research`, `evidence`… the list of \
`dictionaries/grammar/uncountable-nouns.txt` that `uncountable-article` reads): `thanks for the advices`, `share \
informations`, `our new equipments`, `many feedbacks`. A plural that is also a verb (`researches`, `evidences`, \
`progresses`) is taken only where a noun stands: after a determiner, a possessive, a quantifier or a \
preposition (`her researches`, `for evidences`), not `she researches markets`, `as the data evidences`. The \
trade term after another noun is left alone (`payment advices`, `remittance advices`: a document, counted in \
trade).\n\
Why: a plural of a mass noun is among the commonest slips of writers whose first language counts these nouns; \
a reader takes it as a sign of a careless text.\n\
Use instead: the singular (`advice`, `information`), with `much` for `many`, `this`/`that` for \
`these`/`those`; not applied automatically.",
    flags: &[
        "Thank you for the advices on my portfolio.",
        "Happy to share informations about our programme.",
        "We bought many new equipments and her researches were cited.",
    ],
    accepts: &[
        "Thank you for the advice on my portfolio.",
        "She researches supply chains; as the audit evidences, it progresses.",
        "I process payment advices and remittance advices.",
    ],
    default_enabled: true,
};

/// The singular of `plural` when it is the plural of a listed uncountable noun (`advices` → `advice`,
/// `machineries` → `machinery`, `researches` → `research`).
fn uncountable_singular(plural: &str) -> Option<String> {
    let stem = plural.strip_suffix('s')?;
    let listed = |s: &str| s.len() > 2 && (is_uncountable(s) || no_plural().contains(s));
    if listed(stem) {
        return Some(stem.to_string());
    }
    if let Some(es) = stem.strip_suffix('e')
        && listed(es)
    {
        return Some(es.to_string());
    }
    super::uncountable_article::uncountable_with_y(stem.strip_suffix("ie")?).map(str::to_string)
}

/// Nouns with no plural that may still take `a` in an idiom (`a knowledge of`): `dictionaries/grammar/no-plural-nouns.txt`.
fn no_plural() -> &'static foldhash::HashSet<&'static str> {
    static SET: std::sync::OnceLock<foldhash::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| super::context::word_list(include_str!("../../../dictionaries/grammar/no-plural-nouns.txt")))
}

/// Words before a noun that make the next word a noun (with describing words between).
fn opens_noun_phrase(w: &Word) -> bool {
    w.tags.any(Tags::DET | Tags::POSS | Tags::QUANT | Tags::PREP | Tags::NUM | Tags::DIGITS)
        || w.is_any(&["many", "several", "few", "these", "those", "such", "other", "various", "different"])
}

/// Whether word `i` stands where a noun does: after something that opens a noun phrase, perhaps with one or
/// two describing words between (an adjective, an adverb; with `noun_modifiers` a participle or a noun that is
/// no verb: `for hotel staffs`, `of trained staffs`), and
/// with no object after it (`the hotel staffs its front desk` is the verb).
fn noun_position(a: &Analysis, i: usize, noun_modifiers: bool) -> bool {
    if a.at(i, 1)
        .is_some_and(|n| n.joined && (n.tags.any(Tags::DET | Tags::POSS) || n.tags.any(Tags::OBJ) && !n.is("it")))
    {
        return false;
    }
    let mut k = -1;
    while k >= -3 {
        let Some(p) = a.at(i, k) else { return false };
        if opens_noun_phrase(p) {
            return true;
        }
        let modifier = if noun_modifiers { Tags::NOUN | Tags::VERB_PART } else { Tags::EMPTY };
        let describes = p.tags.any(Tags::ADJ | Tags::ADJ_CMP | Tags::ADJ_SUP | Tags::ADV | modifier)
            && !p.tags.any(Tags::VERB | Tags::VERB_3SG | Tags::BE | Tags::HAVE | Tags::MODAL | Tags::FUNCTION)
            && !p.is_name_like();
        if !describes {
            return false;
        }
        k -= 1;
    }
    false
}

/// The index of a determiner `w` before the plural that changes with it (`many` → `much`), and its new form.
fn determiner_fix(w: &Word) -> Option<&'static str> {
    match w.lower.as_str() {
        "many" => Some("much"),
        "these" => Some("this"),
        "those" => Some("that"),
        "several" | "various" => Some("some"),
        _ => None,
    }
}

impl Rule for UncountablePlural {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            if !w.lower.ends_with('s') || w.is_name_like() || w.compound_next {
                continue;
            }
            let Some(singular) = uncountable_singular(&w.lower) else { continue };
            // The second part of a compound (`anti-informations`) is not judged.
            if i > 0 && a.words[i - 1].compound_next && a.words[i - 1].span.end + 1 >= w.span.start {
                continue;
            }
            let prev = a.at(i, -1);
            // A payment or shipping advice is a document, counted in trade: after another noun the plural is the
            // trade term (`payment advices`, `the credit advices`). A word that is a noun and a verb (`credit`,
            // `share`) is that noun in a noun phrase or with nothing before it, and the verb after `to` or a
            // subject (`to share advices`, `we share advices`).
            let in_phrase = |j: usize| {
                a.at(j, -1).is_none_or(|q| {
                    q.tags.any(Tags::DET | Tags::POSS | Tags::QUANT | Tags::ADJ)
                        || q.tags.any(Tags::PREP) && !q.is("to")
                })
            };
            if singular == "advice"
                && prev.is_some_and(|p| {
                    (p.tags.any(Tags::NOUN | Tags::NOUN_PL) && (!p.tags.any(Tags::VERB) || in_phrase(i - 1))
                        || p.tags.any(Tags::VERB_ING))
                        && !p.tags.any(Tags::DET | Tags::POSS | Tags::QUANT | Tags::PREP | Tags::ADJ | Tags::FUNCTION)
                        || p.is_name_like()
                })
            {
                continue;
            }
            let verb_too = w.tags.any(Tags::VERB_3SG);
            // A noun or a participle before it makes a noun phrase only for the nouns that have no plural at all
            // (`for hotel staffs`, `trained staffs`; not `how the work at your yard progresses`).
            if verb_too && !noun_position(a, i, no_plural().contains(singular.as_str())) {
                continue;
            }
            // `many advices` → `much advice`: the determiner right before changes with the noun.
            let (start, fixed) = match prev.and_then(|p| determiner_fix(p).map(|f| (p, f))) {
                Some((p, f)) => (p.span.start, format!("{f} {singular}")),
                None => (w.span.start, singular.clone()),
            };
            let message = format!("‘{singular}’ is not counted in English: no plural ‘{}’", w.lower);
            out.extend(finding(cx, &META, start..w.span.end, message, &[fixed]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "uncountable-plural";

    #[test]
    fn flags_the_plural_of_a_mass_noun() {
        assert_flags(ID, "Hi Helen, I loved the advices in your newsletter.", 1);
        assert_flags(ID, "Glad to share informations and feedbacks with you.", 2);
        assert_flags(ID, "We installed new equipments; the furnitures arrived.", 2);
        assert_flags(ID, "Our lab equipments and customer feedbacks; share softwares.", 3);
        assert_flags(ID, "Her researches on soil were cited. We need more evidences for it.", 2);
        assert_flags(ID, "Happy to share knowledges and expertises with you.", 2);
        assert_flags(ID, "How do you keep the staffs motivated? Housing for hotel staffs was the point.", 2);
        let d = check_text(ID, "We are also short of trained staffs and documentations.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["staff", "documentation"]);
        let d = check_text(ID, "You gave many advices.");
        assert_eq!(d[0].suggestions[0].replacement, "much advice");
        assert!(!d[0].suggestions[0].safe);
        let d = check_text(ID, "Those machineries are old.");
        assert_eq!(d[0].suggestions[0].replacement, "That machinery");
    }

    #[test]
    fn accepts_verbs_trade_terms_and_singulars() {
        assert_clean(ID, "She researches markets and it progresses well, as the audit evidences.");
        assert_clean(ID, "I reconcile payment advices, remittance advices and the credit advices.");
        assert_clean(ID, "Thanks for the advice, the information and the feedback.");
        assert_clean(ID, "ADVICES, Advices Ltd and the Informations Bureau.");
        assert_clean(ID, "Nobody researches this. What he researches is soil.");
        assert_clean(ID, "She staffs the desk; the hotel staffs its front desk with students; a knowledge of French.");
        assert_clean(ID, "I'd love to hear how the retrofit at your yard progresses, as the work progresses.");
    }
}
