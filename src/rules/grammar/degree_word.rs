//! `degree-word`: a word of degree where English does not put it: `very` before a verb (`I very appreciate your
//! help` → really appreciate) or a comparative (`very better` → much better), `so` before `a` and a describing
//! word (`so a great team` → such a great team), `enough` before a describing word (`enough experienced to` →
//! experienced enough to).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct DegreeWord;

static META: RuleMeta = RuleMeta {
    id: "degree-word",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A degree word in the wrong place: very + verb, very + comparative, so a …, enough + adjective",
    description: "What it does: finds `very` straight before a verb after its subject (`I very appreciate your \
help`, `We very enjoyed the session`) and suggests `really`; `very` before a comparative (`very better`, `very \
lower`, `very more successful`) and suggests `much`; `so` before `a`/`an` and a describing word after a verb or \
a preposition (`It was so a great experience`, `for so a helpful session`) and suggests `such a`; `so` before a describing word and a singular countable noun there (`connect with so \
experienced specialist as you`, `it is so good idea`) and suggests `such a`/`such an`; and `enough` \
before a describing word that ends its phrase (`I am enough experienced to lead`, `not enough big for this load`) \
and suggests the word, then `enough`. Left alone: `very much` before a verb (`I very much appreciate`), `very` \
before a describing word (`very interested`), `so` meaning `therefore` (`and so a new plan began`), `enough` \
before a noun (`enough good people`).\n\
Why: `very` grades adjectives and adverbs, not verbs or comparatives; `so` grades a bare adjective, `such` a \
noun phrase; `enough` follows the adjective it grades. Each is a common slip of writers whose first language \
orders degree words differently.\n\
Use instead: the suggested wording (a suggestion, not applied automatically).",
    flags: &[
        "I very appreciate your help with the visa.",
        "The new software is very better than the old one.",
        "It was so a great experience working with you.",
        "I am enough experienced to lead the site team.",
    ],
    accepts: &[
        "I really appreciate your help; I very much enjoyed it.",
        "The new software is much better and very fast.",
        "It was such a great experience, so a second visit is planned.",
        "I am experienced enough to lead, with enough good people.",
    ],
    default_enabled: true,
};

const SUBJECTS: &[&str] = &["i", "we", "they", "you", "he", "she"];

/// `I very appreciate your help`, `We very enjoyed the session`: `very` after a subject pronoun, before a verb
/// that is no adjective; a past form only before its object (`I very interested in` lacks `am`: `missing-be`).
fn very_before_verb(a: &Analysis, i: usize) -> bool {
    let (Some(s), Some(v)) = (a.at(i, -1), a.at(i, 1)) else { return false };
    let t = v.tags;
    let object = a.at(i, 2).is_some_and(|o| {
        o.joined && (o.tags.any(Tags::DET | Tags::POSS | Tags::OBJ) || o.is_any(&["it", "this", "that"]))
    });
    s.is_any(SUBJECTS)
        && a.words[i].joined
        && v.joined
        && !v.is_name_like()
        && !t.any(Tags::ADJ | Tags::ADV | Tags::FUNCTION | Tags::NOUN_PL | Tags::ADJ_CMP)
        && (t.any(Tags::VERB | Tags::VERB_3SG) && !t.any(Tags::NOUN | Tags::VERB_PART)
            || t.any(Tags::VERB_PAST) && object)
}

/// `very better`, `very lower`, `very more successful`: a comparative after `very` (not `very well`).
fn very_before_comparative(a: &Analysis, i: usize) -> bool {
    a.at(i, 1).is_some_and(|c| {
        c.joined
            && !c.is_name_like()
            && (c.tags.any(Tags::ADJ_CMP) || c.is_any(&["more", "less", "fewer", "worse"]))
            && !c.is_any(&["much"])
    })
}

/// `it was much useful for my thesis`, `the course is much interesting`: after `be` (perhaps with `not`),
/// `much` before a plain adjective that is no comparative or participle and ends its phrase (`much better`,
/// `much needed`, `much appreciated`, `not much different`, `much like` stay).
fn much_before_adjective(a: &Analysis, i: usize) -> bool {
    let be = |p: &crate::text::Word| p.tags.any(Tags::BE) && !p.is_any(&["be", "been", "being"]);
    // Or `very much` after it (`it was very much informative`).
    let after_be = a.at(i, -1).is_some_and(be)
        || a.at(i, -1).is_some_and(|v| v.is("very") && v.joined) && a.at(i, -2).is_some_and(be);
    a.words[i].joined
        && after_be
        && a.at(i, 1).is_some_and(|j| {
            j.joined
                && j.tags.any(Tags::ADJ)
                && !j.tags.any(
                    Tags::ADJ_CMP | Tags::ADJ_SUP | Tags::VERB_PART | Tags::VERB_PAST | Tags::NOUN | Tags::FUNCTION,
                )
                && !j.is_any(&[
                    "different",
                    "alike",
                    "same",
                    "like",
                    "more",
                    "less",
                    "too",
                    "worse",
                    "better",
                    "fewer",
                    "else",
                ])
                && !j.is_name_like()
        })
        && a.at(i, 2).is_none_or(|n| !n.joined || n.tags.any(Tags::PREP | Tags::CONJ) || n.is("to"))
}

/// `It was so a great experience`, `Thanks for so a helpful session`: after a verb or a preposition, `so`, an
/// article and a describing word (not `and so a new plan began`: `so` as `therefore` follows a conjunction).
fn so_a(a: &Analysis, i: usize) -> bool {
    let Some(p) = a.at(i, -1) else { return false };
    a.words[i].joined
        && p.tags.any(Tags::BE | Tags::HAVE | Tags::PREP)
        && !p.tags.any(Tags::CONJ | Tags::SUB)
        && a.at(i, 1).is_some_and(|d| d.joined && d.is_any(&["a", "an"]))
        && a.at(i, 2).is_some_and(|j| j.joined && j.tags.any(Tags::ADJ) && !j.tags.any(Tags::FUNCTION))
}

/// `connect with so experienced specialist as you`, `it is so good idea`: after a preposition or `be`, `so`, a
/// describing word and a singular countable noun that ends its phrase (or takes `as`/`that`): `such a`. Not
/// `so much`, `so many`, `so far` (quantities and adverbs), nor a noun that modifies the next word.
fn so_before_noun(a: &Analysis, i: usize) -> Option<usize> {
    let p = a.at(i, -1)?;
    let j = a.at(i, 1)?;
    let n = a.at(i, 2)?;
    let ok = a.words[i].joined
        && p.tags.any(Tags::BE | Tags::PREP)
        && !p.tags.any(Tags::CONJ | Tags::SUB)
        && !p.is_any(&["to", "than", "like", "as", "and", "or", "but"])
        && j.joined
        && (j.tags.any(Tags::ADJ) || j.tags.any(Tags::VERB_PART) && !j.tags.any(Tags::NOUN))
        && !j.tags.any(Tags::FUNCTION | Tags::QUANT | Tags::NOUN_PL | Tags::ADV | Tags::VERB)
        && !j.is_name_like()
        && n.joined
        && n.tags.any(Tags::NOUN)
        && n.tags.any(Tags::PLURALIZABLE)
        && !n.tags.any(Tags::NOUN_PL | Tags::ADJ | Tags::FUNCTION | Tags::ANY_VERB)
        && !n.is_name_like()
        && !n.compound_next
        && a.at(i, 3).is_none_or(|x| {
            !x.joined || x.is_any(&["as", "that"]) || x.tags.any(Tags::PREP) && !x.tags.any(Tags::NOUN)
        });
    ok.then_some(i + 1)
}

/// `I am enough experienced to lead`, `not enough big for this load`, `enough clearly`: `enough` before a
/// describing word (or a participle, or an adverb in -ly) that ends its phrase: before `to`, `for`, a
/// conjunction or punctuation. Not before a noun (`enough good people`) nor `enough said`. The describing word.
fn enough_before_adjective(a: &Analysis, i: usize) -> Option<usize> {
    let j = a.at(i, 1)?;
    let describing = j.tags.any(Tags::ADJ) && !j.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::FUNCTION | Tags::QUANT)
        || j.tags.any(Tags::VERB_PART) && !j.tags.any(Tags::NOUN | Tags::FUNCTION) && !j.is("said")
        || j.tags.any(Tags::ADV) && j.lower.ends_with("ly") && !j.tags.any(Tags::FUNCTION);
    let ends = a.at(i, 2).is_none_or(|n| !n.joined || n.is_any(&["to", "for", "and", "or", "but"]));
    (a.words[i].joined && j.joined && describing && !j.is_name_like() && ends).then_some(i + 1)
}

impl Rule for DegreeWord {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for (i, w) in a.words.iter().enumerate() {
            if w.is("very") {
                if very_before_verb(a, i) {
                    let message = "‘very’ does not grade a verb: ‘really’ (or ‘very much’ after it)".to_string();
                    out.extend(finding(cx, &META, w.span.clone(), message, &["really".to_string()]));
                } else if very_before_comparative(a, i) {
                    let message =
                        format!("‘very’ does not grade a comparative: ‘much {}’", &text[a.words[i + 1].span.clone()]);
                    out.extend(finding(cx, &META, w.span.clone(), message, &["much".to_string()]));
                }
            } else if w.is("much") && much_before_adjective(a, i) && a.at(i, -1).is_some_and(|v| v.is("very")) {
                let word = &text[a.words[i + 1].span.clone()];
                let very = &a.words[i - 1];
                let message = format!("‘very much’ grades verbs and participles; before ‘{word}’, ‘very’ alone");
                out.extend(finding(
                    cx,
                    &META,
                    very.span.start..w.span.end,
                    message,
                    &[text[very.span.clone()].to_string()],
                ));
            } else if w.is("much") && much_before_adjective(a, i) {
                let word = &text[a.words[i + 1].span.clone()];
                let message = format!("‘much’ grades comparatives and participles; before ‘{word}’ the word is ‘very’");
                out.extend(finding(cx, &META, w.span.clone(), message, &["very".to_string()]));
            } else if w.is("so") && so_a(a, i) {
                let article = &a.words[i + 1];
                let span = w.span.start..article.span.end;
                let right = format!("such {}", article.lower.as_str());
                let message = format!("before ‘{}’ and a noun phrase, ‘such’: ‘{right}’", article.lower.as_str());
                out.extend(finding(cx, &META, span, message, &[right]));
            } else if w.is("so")
                && let Some(j) = so_before_noun(a, i)
                && let Some(article) = super::a_an::article_before(cx, &text[a.words[j].span.clone()])
            {
                let right = format!("such {article}");
                let message = format!(
                    "before a noun phrase, ‘such {article}’: ‘such {article} {}’",
                    &text[a.words[j].span.start..a.words[j + 1].span.end]
                );
                out.extend(finding(cx, &META, w.span.clone(), message, &[right]));
            } else if w.is("enough")
                && let Some(j) = enough_before_adjective(a, i)
            {
                let word = &text[a.words[j].span.clone()];
                let span = w.span.start..a.words[j].span.end;
                let message = format!("‘enough’ follows the word it grades: ‘{word} enough’");
                out.extend(finding(cx, &META, span, message, &[format!("{word} enough")]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "degree-word";

    #[test]
    fn so_before_an_adjective_and_a_noun_is_such_a() {
        let d = check_text(ID, "Glad to connect with so experienced specialist as you. It is so good idea.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["such an", "such a"]);
        assert_clean(ID, "It is so good. With so many people; it was so far away; it was so much fun.");
        assert_clean(ID, "I was late, so good luck. It is so hot today. It is so good to see you.");
    }

    #[test]
    fn very_before_a_verb_is_really() {
        assert_flags(ID, "I very appreciate your help. We very enjoyed the session. I very agree with you.", 3);
        let d = check_text(ID, "I very appreciate it.");
        assert_eq!(d[0].suggestions[0].replacement, "really");
        assert!(!d[0].suggestions[0].safe);
        assert_clean(ID, "I very much appreciate it. I am very interested. I very interested in it. The very best.");
        let d = check_text(ID, "The session was very much informative.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "very");
        assert_clean(
            ID,
            "It was very much appreciated; I was very much involved; it is very much alive? It is very informative.",
        );
        assert_clean(ID, "We are very excited; a very experienced team; very well done; I very rarely travel.");
    }

    #[test]
    fn much_before_a_plain_adjective_is_very() {
        let d = check_text(ID, "I read your paper and it was much useful for my thesis.");
        assert_eq!(d[0].suggestions[0].replacement, "very");
        assert_clean(ID, "It was much better; it is much needed; it was much appreciated; it is not much different.");
        assert_clean(ID, "It was much like yours; there is much useful data; it was very useful.");
    }

    #[test]
    fn very_before_a_comparative_is_much() {
        assert_flags(ID, "It is very better than before. Prices are very lower. It was very more successful.", 3);
        let d = check_text(ID, "This year the rains were very heavier than usual.");
        assert_eq!(d[0].suggestions[0].replacement, "much");
        assert_clean(ID, "It is much better, very good and very clever; a very senior and very eager team.");
    }

    #[test]
    fn so_a_is_such_a() {
        assert_flags(
            ID,
            "It was so a great experience. You have so an impressive profile. Thanks for so a helpful talk.",
            3,
        );
        let d = check_text(ID, "It was so a great experience.");
        assert_eq!(d[0].suggestions[0].replacement, "such a");
        assert_clean(ID, "It was such a great experience, and so a new plan began. I think so. It was so great.");
    }

    #[test]
    fn enough_follows_its_adjective() {
        assert_flags(ID, "I am enough experienced to lead. The truck is not enough big for this load.", 2);
        assert_flags(ID, "She did not speak enough clearly.", 1);
        let d = check_text(ID, "Is the software enough secure for banks?");
        assert_eq!(d[0].suggestions[0].replacement, "secure enough");
        assert_clean(ID, "I am experienced enough. We have enough good people and enough time. Enough said.");
        assert_clean(ID, "Is that enough? We had enough, and more.");
    }
}
