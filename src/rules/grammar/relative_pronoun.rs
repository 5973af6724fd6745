//! `relative-pronoun`: the wrong word opening a relative clause: `which` for people ("the farmers which don't
//! have records" → who) and `what` after a noun ("the method what you used" → that).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::Tags;
use crate::text::{Analysis, Word};

pub struct RelativePronoun;

static META: RuleMeta = RuleMeta {
    id: "relative-pronoun",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "which for people, what after a noun (the farmers which, the method what you used)",
    description: "What it does: finds a relative clause opened by the wrong word. `which` right after a noun whose \
commonest sense is a kind of person (WordNet's person nouns, singular or plural, and `people`), before the \
clause's verb (an auxiliary, a negation, a past or a present in -s): `the farmers which don't have records`, \
`students which are new` (→ who). Nouns that also name a machine, a program or a firm (`driver`, `server`, \
`client`, `player`, `supplier`, `partner`…) are left alone, as is `which` before a noun (`I asked the nurses which \
ward was free`). And `what` right after a noun with a determiner before it, then a subject pronoun and a verb: \
`the method what you used`, `the things what I learned` (→ that); not after nouns that take a question \
(`no idea what you mean`, `the question what to do`), nor after a verb of telling or asking and its person \
(`ask the team what you need`).\n\
Why: English uses `who` for people and `that`/`which` for things; `what` opens no relative clause after a noun. \
Both are slips carried over from languages with one relative word for all (German `was`, Spanish `que`, \
Indonesian `yang`).\n\
Use instead: `who` (people), `that` (things); not applied automatically.",
    flags: &[
        "It helps the farmers which don't have any records.",
        "I have a question about the inspection method what you used.",
    ],
    accepts: &[
        "It helps the farmers who don't have records; the drivers which ship with Linux.",
        "I have no idea what you mean; ask the team what you need; the method that you used.",
    ],
    default_enabled: true,
};

/// Person nouns that also name a machine, a program, a document or a firm: `which` may be right after them.
const NOT_ONLY_PEOPLE: &[&str] = &[
    "driver",
    "client",
    "host",
    "player",
    "reader",
    "editor",
    "monitor",
    "carrier",
    "controller",
    "server",
    "printer",
    "scanner",
    "browser",
    "compiler",
    "processor",
    "supplier",
    "vendor",
    "provider",
    "partner",
    "distributor",
    "manufacturer",
    "contractor",
    "consultancy",
    "agency",
    "sponsor",
    "customer",
    "buyer",
    "seller",
    "retailer",
    "wholesaler",
    "exporter",
    "importer",
    "publisher",
    "broker",
    "lender",
    "insurer",
    "operator",
    "producer",
    "developer",
    "builder",
    "owner",
    "leader",
    "runner",
    "starter",
    "finisher",
    "keeper",
    "checker",
    "tracker",
    "planner",
    "organizer",
    "organiser",
    "recorder",
    "transmitter",
    "receiver",
    "sender",
    "user",
    "member",
    "competitor",
    "rival",
    "authority",
    "union",
    "council",
    "government",
    "minister",
    "ministry",
    "company",
    "firm",
    "school",
    "team",
    "group",
    "board",
    "committee",
    "panel",
    "jury",
    "crew",
    "staff",
    "band",
    "trainer",
    "tutor",
    "guide",
    "assistant",
    "helper",
    "agent",
    "worker",
    "bot",
];

/// Nouns that take a question after them (`no idea what you mean`, `the question what to do`).
const TAKES_QUESTION: &[&str] = &[
    "idea",
    "clue",
    "question",
    "notion",
    "sense",
    "doubt",
    "knowledge",
    "understanding",
    "picture",
    "view",
    "decision",
    "choice",
    "say",
    "guess",
    "example",
    "matter",
    "problem",
    "issue",
    "point",
    "way",
    "reason",
    "proof",
    "record",
    "note",
    "list",
    "check",
    "look",
    "feel",
    "taste",
    "glimpse",
    "insight",
    "insights",
    "overview",
    "summary",
    "explanation",
    "description",
    "word",
    "attention",
    "interest",
    "advice",
    "tips",
];

/// Verbs that take a person and then a question (`ask the team what you need`).
const TELLING: &[&str] = &[
    "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "show", "shows", "showed", "shown",
    "showing", "teach", "teaches", "taught", "teaching", "remind", "reminded", "inform", "informed", "advise",
    "advised", "let", "give", "gave", "given",
];

fn is_person(w: &Word) -> bool {
    if w.is_name_like() || w.compound_next {
        return false;
    }
    let lower = w.lower.as_str();
    if matches!(lower, "people" | "persons" | "children" | "men" | "women" | "kids") {
        return true;
    }
    let singular = if w.tags.any(Tags::NOUN_PL) {
        super::possessive_apostrophe::singular(lower).or_else(|| lower.strip_suffix("es").map(str::to_string))
    } else {
        Some(lower.to_string())
    };
    singular.is_some_and(|s| super::missing_article::wordnet_person(&s) && !NOT_ONLY_PEOPLE.contains(&s.as_str()))
}

/// The verb of a relative clause right after `which`: an auxiliary, a negation, a modal, a past or a present
/// (in -s, or bare when it is no noun) that is no plural noun.
fn clause_verb(v: &Word) -> bool {
    v.joined
        && (v.tags.any(Tags::BE | Tags::HAVE | Tags::DO | Tags::MODAL | Tags::NEG)
            || v.tags.any(Tags::VERB_PAST | Tags::VERB_3SG) && !v.tags.any(Tags::NOUN_PL | Tags::FUNCTION)
            || v.tags.any(Tags::VERB) && !v.tags.any(Tags::NOUN | Tags::FUNCTION))
        && !v.is_name_like()
}

/// `the farmers which don't have records`: the index of `which`.
fn which_for_people(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    w.is("which")
        && w.joined
        && a.at(i, -1).is_some_and(|p| p.tags.any(Tags::NOUN | Tags::NOUN_PL) && is_person(p))
        && a.at(i, 1).is_some_and(clause_verb)
}

/// `the method what you used`: `what` after a noun with a determiner before it, then a subject pronoun and a
/// verb.
fn what_after_noun(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    // (`your team's What We Heard report`: a capitalised `What` inside a sentence is a title.)
    if !w.is("what") || !w.joined || w.is_name_like() {
        return false;
    }
    let Some(noun) = a.at(i, -1) else { return false };
    if !noun.tags.any(Tags::NOUN | Tags::NOUN_PL)
        || noun.tags.any(Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_PART)
        || noun.is_name_like()
        || noun.is_any(TAKES_QUESTION)
        || noun.lower.ends_with("'s")
    {
        return false;
    }
    // A determiner or a possessive opens the noun phrase, up to two describing words before the noun.
    let Some(d) = (2..=4).find(|&k| a.at(i, -k).is_some_and(|d| d.tags.any(Tags::DET | Tags::POSS))) else {
        return false;
    };
    let describing = (2..d).all(|k| {
        a.at(i, -k)
            .is_some_and(|m| m.tags.any(Tags::NOUN | Tags::ADJ) && !m.tags.any(Tags::FUNCTION) && !m.is_name_like())
    });
    // Not the person of a verb of telling (`ask the team what you need`).
    let telling = a.at(i, -d - 1).is_some_and(|v| v.is_any(TELLING));
    let subject = a.at(i, 1).is_some_and(|s| s.joined && s.is_any(&["i", "you", "we", "they", "he", "she"]));
    let verb = a.at(i, 2).is_some_and(|v| {
        v.joined && v.tags.any(Tags::VERB | Tags::VERB_PAST | Tags::VERB_3SG | Tags::MODAL | Tags::HAVE | Tags::DO)
    });
    describing && !telling && subject && verb
}

impl Rule for RelativePronoun {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            let (right, message) = if which_for_people(a, i) {
                (
                    "who",
                    format!(
                        "‘which’ after ‘{}’, a person: the relative word for people is ‘who’",
                        a.words[i - 1].lower
                    ),
                )
            } else if what_after_noun(a, i) {
                (
                    "that",
                    format!(
                        "‘what’ opens no clause after the noun ‘{}’: the relative word is ‘that’",
                        a.words[i - 1].lower
                    ),
                )
            } else {
                continue;
            };
            out.extend(finding(cx, &META, w.span.clone(), message, &[right.to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    const ID: &str = "relative-pronoun";

    #[test]
    fn which_for_people() {
        assert_flags(ID, "It helps the farmers which don't have records. We hire nurses which are kind.", 2);
        assert_flags(ID, "I know people which have done it. A teacher which has taught me a lot.", 2);
        assert_clean(ID, "It helps the farmers who don't have records; the drivers which ship with Linux.");
        assert_flags(ID, "I had a mentor which taught me.", 1);
        assert_clean(
            ID,
            "I asked the nurses which ward was free; our suppliers which deliver daily; the team which won.",
        );
        assert_clean(ID, "Farmers, which crops grow best? The students which I met.");
    }

    #[test]
    fn what_after_a_noun() {
        assert_flags(ID, "I have a question for the cell inspection method what you used.", 1);
        assert_flags(ID, "These are the things what I learned.", 1);
        assert_clean(ID, "I have no idea what you mean. Ask the team what you need. Tell your boss what you did.");
        assert_clean(ID, "The method that you used; the question what to do; it is the way what we do it?");
        assert_clean(ID, "I read your team's What We Heard report; the team's what we did list.");
    }
}
