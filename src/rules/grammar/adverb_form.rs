//! `adverb-form`: an adjective where the adverb belongs, after the verb it describes ("the team worked very
//! efficient" → efficiently; "you explained it so clear in your talk" → clearly).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use foldhash::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::rules::lexicon;
use crate::text::word_class::{Tags, lexicon as word_lexicon, verb_bases};

pub struct AdverbForm;

static META: RuleMeta = RuleMeta {
    id: "adverb-form",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "An adjective where the adverb belongs (worked very efficient, explained it so clear)",
    description: "What it does: finds an adjective that says how something was done, right after the verb or \
after the verb and its object, at the end of the sentence or before a preposition: `our team \
worked very efficient on the rollout` (efficiently), `you explained it so clear in your talk` (clearly), `she \
handled the audit very professional` (professionally), `he communicates effective with clients` (effectively). \
The adjective must have an adverb in -ly that the dictionary knows. After the verb and its object, and after \
the verb alone for an adjective without a derivational ending (-ent, -ant, -ful, -ive, -al, -ous, -ible, -able, \
-ic, -less), a degree word (`very`, `so`, `really`, `extremely`, `quite`, `too`) must come before it: without \
one an adjective there most often says what the object became or was (`served it hot`, `painted it red`, `ate \
it raw`). Left alone: verbs that link a subject or an object to an adjective (`be`, `seem`, `look`, `feel`, \
`sound`, `become`, `get`, `go`, `stay`, `keep`, `make`, `find`, `consider`, `leave`, `want`, `like`…: `it looks \
very professional`, `we kept it simple`, `I found it so useful`), and adjectives that are adverbs as they \
stand (`hard`, `fast`, `late`, `early`, `straight`, `right`, `quick`, `direct`, `first`…); both lists are in \
`dictionaries/grammar/adverb-form.tsv`.\n\
Why: the adverb describes the verb; the adjective there reads as a slip of a second-language writer, or of a \
hasty one.\n\
Use instead: the adverb in -ly (a suggestion, not applied automatically).",
    flags: &[
        "Our team worked very efficient on the rollout.",
        "You explained it so clear in your talk.",
        "She handled the audit very professional.",
    ],
    accepts: &[
        "Our team worked very efficiently; the talk was so clear.",
        "It looks very professional, we kept it simple, and I found it so useful.",
        "We worked hard and shipped fast; they served it very hot.",
    ],
    default_enabled: true,
};

/// The rule's word lists (`dictionaries/grammar/adverb-form.tsv`): `linking` verbs, `flat` adjectives.
fn list(name: &str) -> &'static HashSet<&'static str> {
    static LISTS: OnceLock<HashMap<&'static str, HashSet<&'static str>>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let mut lists: HashMap<&'static str, HashSet<&'static str>> = HashMap::default();
        for row in lexicon::rows(include_str!("../../../dictionaries/grammar/adverb-form.tsv")) {
            lists.entry(lexicon::col(&row, 0)).or_default().insert(lexicon::col(&row, 1));
        }
        lists
    });
    &lists[name]
}

/// Degree words that modify an adjective or an adverb.
const DEGREE: &[&str] =
    &["very", "so", "really", "extremely", "quite", "too", "incredibly", "remarkably", "super", "highly", "truly"];

/// Endings that make a word an adjective (`efficient`, `careful`, `effective`).
const ADJECTIVE_ENDINGS: &[&str] = &["ent", "ant", "ful", "ive", "al", "ous", "ible", "able", "ic", "less"];

/// The adverb in -ly of `adjective`, when the lexicon knows it as an adverb (`clear` → `clearly`, `easy` →
/// `easily`, `simple` → `simply`, `basic` → `basically`).
fn adverb_of(adjective: &str) -> Option<String> {
    let mut forms = vec![format!("{adjective}ly")];
    if let Some(stem) = adjective.strip_suffix('y') {
        forms.push(format!("{stem}ily"));
    }
    if let Some(stem) = adjective.strip_suffix("le") {
        forms.push(format!("{stem}ly"));
    }
    if adjective.ends_with("ic") {
        forms.push(format!("{adjective}ally"));
    }
    forms.into_iter().find(|f| word_lexicon().tags(f).any(Tags::ADV))
}

/// Whether `lower` is a form of a verb that takes an adjective as a complement (the `linking` list).
fn linking(lower: &str) -> bool {
    list("linking").contains(lower) || verb_bases(lower).iter().any(|b| list("linking").contains(b.as_str()))
}

/// For an adjective at word `i`: its adverb, when it follows its verb (and maybe its object) as above.
fn check(a: &Analysis, i: usize) -> Option<String> {
    let w = &a.words[i];
    let lower = w.lower.as_str();
    if w.is_name_like()
        || w.compound_next
        || lower.len() < 4
        || list("flat").contains(lower)
        || !w.tags.any(Tags::ADJ | Tags::NOUN)
        || w.tags.any(
            Tags::FUNCTION
                | Tags::VERB_3SG
                | Tags::VERB_PAST
                | Tags::VERB_PART
                | Tags::VERB_ING
                | Tags::NOUN_PL
                | Tags::ADJ_CMP
                | Tags::ADJ_SUP
                | Tags::ADV,
        )
        // A bare verb only when it is an adjective too (`clear`, `smooth`).
        || w.tags.any(Tags::VERB) && !w.tags.any(Tags::ADJ)
    {
        return None;
    }
    // A noun that is no adjective is left alone unless its ending makes it one too (`professional`).
    let ending = ADJECTIVE_ENDINGS.iter().any(|e| lower.ends_with(e));
    if !w.tags.any(Tags::ADJ) && !ending {
        return None;
    }
    // The sentence ends, or a preposition follows: nothing the adjective could describe. Not a comma or
    // `and`, which may join it to another adjective of a noun (`built dynamic, responsive apps`).
    let sentence_ends = a.words.get(i + 1).is_none_or(|n| n.sentence_start);
    let degree = a.at(i, -1).is_some_and(|d| d.is_any(DEGREE));
    // Or, after a degree word right after the verb, the object put last (`you explained very clear the new
    // process`): a determiner or a possessive opens it.
    let object_after =
        degree && a.at(i, 1).is_some_and(|n| n.tags.any(Tags::DET | Tags::POSS) && !n.tags.any(Tags::PRON));
    if !sentence_ends
        && !object_after
        && !a.at(i, 1).is_some_and(|n| n.tags.any(Tags::PREP) && !n.tags.any(Tags::NOUN | Tags::CONJ))
    {
        return None;
    }
    // A noun that may be an adjective by its ending (`an accomplished professional`) only with a degree word.
    if !w.tags.any(Tags::ADJ) && !degree {
        return None;
    }
    let k = if degree { 2 } else { 1 };
    let p = a.at(i, -k)?;
    // A verb form that is no adjective or noun: the past or the third person (`worked`, `communicates`),
    // right after its subject (not a participle before a noun: `a highly motivated professional`, `such an
    // accomplished professional`).
    let verb = |j: usize| {
        let v = &a.words[j];
        let finite = v.tags.any(Tags::VERB_PAST | Tags::VERB_3SG)
            && !v.tags.any(Tags::FUNCTION | Tags::ADJ | Tags::NOUN | Tags::NOUN_PL | Tags::BE | Tags::HAVE)
            && a.at(j, -1).is_some_and(|s| {
                s.tags.any(Tags::PRON | Tags::NOUN | Tags::NOUN_PL) && !s.tags.any(Tags::DET | Tags::POSS | Tags::ADV)
            });
        // Or a progressive after its `be` (`we are following this topic very close`).
        let progressive = v.tags.any(Tags::VERB_ING)
            && !v.tags.any(Tags::FUNCTION | Tags::ADJ | Tags::NOUN_PL)
            && a.at(j, -1).is_some_and(|b| b.tags.any(Tags::BE) || b.is_any(&["i'm", "we're", "they're", "you're"]));
        (finite || progressive) && !v.is_name_like() && !linking(v.lower.as_str())
    };
    let at = |back: usize| a.at(i, -(back as isize)).map(|_| i - back);
    let after_verb = verb(i - k as usize) && (degree || ending);
    if object_after && !after_verb {
        return None;
    }
    // The verb, then its object: a pronoun, or a determiner and a noun (`handled the audit very …`).
    let k = k as usize;
    let after_object = degree
        && (p.is_any(&["it", "them", "this", "that", "everything"]) && at(k + 1).is_some_and(verb)
            || p.tags.any(Tags::NOUN)
                && !p.tags.any(Tags::FUNCTION)
                && a.at(i, -(k as isize) - 1)
                    .is_some_and(|d| d.tags.any(Tags::DET | Tags::POSS) && !d.tags.any(Tags::PRON))
                && at(k + 2).is_some_and(verb));
    if !(after_verb || after_object) {
        return None;
    }
    adverb_of(lower)
}

impl Rule for AdverbForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for i in 0..a.words.len() {
            // `the details are very good made`, `a good paid job`: `good` before a participle that is no
            // adjective grades how it was done: `well made`, `well paid` (`good looking` is an -ing form).
            let w = &a.words[i];
            if w.is("good")
                && let Some(v) = a.at(i, 1)
                && v.joined
                && v.tags.any(Tags::VERB_PART)
                && !v.tags.any(Tags::ADJ | Tags::NOUN | Tags::NOUN_PL | Tags::FUNCTION)
                && !v.is_name_like()
                && !w.compound_next
            {
                let written = &text[w.span.clone()];
                let message = format!("before the participle ‘{}’, ‘{written}’ is the adverb ‘well’", v.lower);
                out.extend(finding(cx, &META, w.span.clone(), message, &["well".to_string()]));
                continue;
            }
            // `I work hardly to meet every deadline`: after a verb of effort, `hardly` (barely) where `hard` (with
            // effort) is meant; not `hardly any`, `hardly ever`, and not before the verb (`I can hardly wait`).
            if w.is("hardly")
                && a.at(i, -1).is_some_and(|v| {
                    v.is_any(&[
                        "work",
                        "works",
                        "worked",
                        "working",
                        "try",
                        "tries",
                        "tried",
                        "trying",
                        "study",
                        "studies",
                        "studied",
                        "studying",
                        "train",
                        "trains",
                        "trained",
                        "training",
                        "push",
                        "pushed",
                        "fight",
                        "fought",
                        "practise",
                        "practice",
                        "practised",
                        "practiced",
                    ])
                })
                && a.at(i, 1).is_none_or(|n| {
                    !n.is_any(&["any", "ever", "anything", "anyone", "anybody", "a", "at", "enough", "possible"])
                })
            {
                let message = "‘hardly’ means barely; with effort is ‘hard’".to_string();
                out.extend(finding(cx, &META, w.span.clone(), message, &["hard".to_string()]));
                continue;
            }
            if let Some(adverb) = check(a, i) {
                let w = &a.words[i];
                let written = &text[w.span.clone()];
                let message = format!("‘{written}’ says how it was done: the adverb is ‘{adverb}’");
                out.extend(finding(cx, &META, w.span.clone(), message, &[adverb]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "adverb-form";

    #[test]
    fn an_adjective_after_its_verb() {
        assert_flags(ID, "The team worked very efficient on the project. He communicates effective with clients.", 2);
        assert_flags(ID, "You explained it so clear in your talk. She handled the crisis very professional.", 2);
        let d = check_text(ID, "You handled the crisis very professional.");
        assert_eq!(d[0].suggestions[0].replacement, "professionally");
        let d = check_text(ID, "I work hardly to meet every deadline. We worked hardly on the new menu.");
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].suggestions[0].replacement, "hard");
        assert_clean(ID, "I can hardly wait; we worked hardly any hours; she hardly worked; I work hard.");
        assert_flags(ID, "You explained very clear the new customs process.", 1);
        assert_flags(ID, "We are handling the audit very professional.", 1);
        assert_clean(ID, "We are keeping it very simple; we are making it very easy; we are serving it very hot.");
        assert_clean(ID, "You made very clear the point; it seemed very clear the plan worked; very clear the team.");
        let d = check_text(ID, "The details are very good made. It is a good paid job.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["well", "well"]);
        assert_clean(ID, "The details are very well made; a good-looking design; good news; a good read.");
    }

    #[test]
    fn linking_verbs_flat_adverbs_and_complements() {
        assert_clean(ID, "It looks very professional. We kept it simple. I found it so useful. It seemed clear.");
        assert_clean(ID, "We worked hard and shipped fast. They served it very hot. He came close.");
        assert_clean(ID, "The team worked very efficiently. A very professional team. You explained it clearly.");
        assert_clean(ID, "She was very professional in the meeting. They made the process very efficient.");
        assert_clean(ID, "Built dynamic and responsive web apps. Developed dynamic, responsive sites.");
        assert_clean(ID, "I am a highly motivated professional with ten years. Such an accomplished professional.");
    }
}
