//! `light-verb`: the wrong light verb before its noun ("do a mistake" → make, "make my homework" → do, "make a
//! research" → do, "we make very good experiences" → have).

use std::sync::OnceLock;

use foldhash::HashMap;

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::lexicon;
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct LightVerb;

static META: RuleMeta = RuleMeta {
    id: "light-verb",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The wrong light verb before its noun (do a mistake, make my homework, make a research, do an effort)",
    description: "What it does: finds a form of `do`, `make` or `take` before a noun that English pairs with \
another verb (`dictionaries/grammar/light-verbs.tsv`), with at most a determiner and a describing word between: \
`I did a mistake` (made), `I must make my homework` (do), `I am making a research` (doing), `they do a big effort` \
(make), `we make very good experiences with it` (have), `can you make me a favour` (do), `make you a short demonstration` (give), `make you an interview` (do). The noun must end its \
phrase (`make homework fun` says what is made). Pairs that a standard variety uses (`take a decision`, `do an \
exam`), nouns with an idiom of the other verb (`make a break for it`, `make conversation`) and nouns one may \
also make in the sense of create (`make a course`, `make photos`) are not listed.\n\
Why: these pairings are fixed in English and differ from other languages (`faire une erreur`, `Fotos machen`); \
the wrong verb reads as a translation.\n\
Use instead: the verb the noun takes, in the same form (`did` → `made`); not applied automatically.",
    flags: &["I did a mistake in the report.", "We make very good experiences with CLIL."],
    accepts: &["I made a mistake in the report.", "We make homework fun; make a break for it."],
    default_enabled: true,
};

struct Pair {
    right: &'static str,
    wrong: Vec<&'static str>,
}

fn pairs() -> &'static HashMap<&'static str, Pair> {
    static M: OnceLock<HashMap<&'static str, Pair>> = OnceLock::new();
    M.get_or_init(|| {
        lexicon::rows(include_str!("../../../dictionaries/grammar/light-verbs.tsv"))
            .map(|r| {
                let wrong = lexicon::col(&r, 2).split('|').filter(|w| !w.is_empty()).collect();
                (lexicon::col(&r, 0), Pair { right: lexicon::col(&r, 1), wrong })
            })
            .collect()
    })
}

/// The forms of the light verbs: base, third person, past, participle, -ing. The first three are the ones the
/// rule finds in the wrong place; the others are only what it suggests.
const FORMS: &[[&str; 5]] = &[
    ["do", "does", "did", "done", "doing"],
    ["make", "makes", "made", "made", "making"],
    ["take", "takes", "took", "taken", "taking"],
    ["ask", "asks", "asked", "asked", "asking"],
    ["pay", "pays", "paid", "paid", "paying"],
    ["have", "has", "had", "had", "having"],
    ["give", "gives", "gave", "given", "giving"],
];

/// The light verb (`do`, `make` or `take`) of `word` and which of its forms it is.
fn light_form(word: &str) -> Option<(&'static str, usize)> {
    FORMS[..3].iter().find_map(|forms| forms.iter().position(|f| *f == word).map(|k| (forms[0], k)))
}

/// The same form of verb `base`.
fn form_of(base: &str, k: usize) -> Option<&'static str> {
    FORMS.iter().find(|forms| forms[0] == base).map(|forms| forms[k])
}

/// For the verb at `i`: the noun's index and the right verb in the verb's form.
fn check(a: &Analysis, i: usize) -> Option<(usize, &'static str)> {
    let w = &a.words[i];
    let (base, k) = light_form(&w.lower)?;
    if w.is_name_like() {
        return None;
    }
    // `do` as an auxiliary: a subject or `not` after it (`do you make…`, `don't`).
    let mut j = i + 1;
    let first = a.at(i, 1)?;
    // (`you` before `a`/`an` is the person it is done for: `make you a demonstration`.)
    let you_for = first.is("you") && a.at(i, 2).is_some_and(|d| d.is_any(&["a", "an"]));
    if first.tags.any(Tags::PRON | Tags::NEG) && !first.tags.any(Tags::POSS) && !you_for {
        return None;
    }
    // A person it is done for (`make me a favour`), a determiner, then at most one describing word (`a big
    // effort`, `very good experiences`).
    let mut first = first;
    if first.is_any(&["me", "us", "him", "her", "them", "you"]) && a.at(i, 2).is_some_and(|d| d.is_any(&["a", "an"])) {
        j += 1;
        first = a.at(i, 2)?;
    }
    if first.tags.any(Tags::DET | Tags::POSS | Tags::QUANT) || first.is_any(&["a", "an", "the", "some", "many"]) {
        j += 1;
    }
    for _ in 0..2 {
        let m = a.words.get(j).filter(|m| m.joined)?;
        if pairs().contains_key(m.lower.as_str()) {
            break;
        }
        if !(m.tags.any(Tags::ADJ | Tags::ADV) && !m.tags.any(Tags::FUNCTION | Tags::NOUN_PL)
            || m.is("lot")
            || m.is("of"))
        {
            return None;
        }
        j += 1;
    }
    let n = a.words.get(j).filter(|n| n.joined && (j == i + 1 || a.at(i, (j - i) as isize).is_some()))?;
    let pair = pairs().get(n.lower.as_str())?;
    if !pair.wrong.contains(&base) || n.compound_next || n.is_name_like() {
        return None;
    }
    // The noun ends its phrase: no noun after it (`make a photo album`).
    if a.at(j, 1).is_some_and(|x| x.joined && x.tags.any(Tags::NOUN | Tags::NOUN_PL) && !x.tags.any(Tags::FUNCTION)) {
        return None;
    }
    Some((j, form_of(pair.right, k)?))
}

impl Rule for LightVerb {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for (i, w) in a.words.iter().enumerate() {
            let Some((j, right)) = check(a, i) else { continue };
            let noun = &a.words[j].lower;
            let message = format!("‘{noun}’ goes with ‘{right}’, not ‘{}’", &text[w.span.clone()]);
            out.extend(finding(cx, &META, w.span.clone(), message, &[right.to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, check_text};

    const ID: &str = "light-verb";

    #[test]
    fn flags_the_wrong_light_verb() {
        let d = check_text(
            ID,
            "I did a mistake in the report. I must make my homework. They do a big effort. We make very good \
             experiences with CLIL. I am making a research on it. Could you make me a favour? We did a good profit.",
        );
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["made", "do", "make", "have", "doing", "do", "made"]);
        let d = check_text(
            ID,
            "We would be happy to make you a short demonstration. I would like to make you an interview.",
        );
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["give", "do"]);
    }

    #[test]
    fn accepts_the_right_verb_idioms_and_compounds() {
        assert_clean(ID, "I made a mistake. I must do my homework. We make photos. I make a course; I did a course.");
        assert_clean(ID, "We make homework fun. Do you make mistakes? Don't make noise about it.");
        assert_clean(ID, "I take a decision; we did an exam; they make decisions; make a break for it.");
        assert_clean(ID, "We give you a demonstration; I did an interview; the interview made headlines.");
    }
}
