//! `subject-verb-agreement`: a verb that does not agree with its subject: a pronoun (`it have`,
//! `they was`), a noun after a determiner (`our partner have`, `the results speaks`), a plural noun
//! across a relative clause (`the analysts I hired works`), and after `each of` / `one of`.

use foldhash::HashSet;
use std::sync::OnceLock;

use super::context::{agreement_nouns, finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::{Tags, regular_forms, verb_bases};
use crate::text::{Analysis, Word};

pub struct SubjectVerbAgreement;

static META: RuleMeta = RuleMeta {
    id: "subject-verb-agreement",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The verb does not agree with its subject (it have, they was, the analysts I hired works)",
    description: "What it does: checks the verb right after a subject: a pronoun at the start of a clause (`it \
have` → has, `they was` → were, `she don't` → doesn't, `I is` → am), a singular noun after a determiner (`our \
partner have` → has, `this role require` → requires), `there is`/`there was` before a plural quantifier, a \
number or a plural noun (`there is many nurses` → are; not `there's`, nor `there is news`; `there is some open \
positions` → are), `there are`/`there were` before `a`/`an` and a singular noun (`There are a new policy` → is; \
not `there are a lot of`, `a number of`, `a few`), a plural one (`the results speaks` → speak, `our students \
was` → were, `your trial results was`, nouns before the plural), a plural noun followed by a relative clause (`the analysts I hired works` → work; a singular one before a bare verb: \
`the scheme you described sound` → sounds), a word that is only a verb before a preposition (`our payroll platform \
integrate with SAP` → integrates), a bare verb of seeming before an adjective (`your plan look great` → looks), and `each of` / \
`one of` + plural (`each of the stores have` → has), also across a phrase (`One of the drivers on our route were` → \
was, `Everyone in my cohort at the academy have` → has), a pronoun after `think`/`hope` (`I think we was` → \
were) and after `say` (`Jana says you knows` → know), `you` opening a relative clause after a noun (`the rotation \
you was using` → were; not `what I told you was true`), `many of`/`both of`/`several of` + a plural, even across a \
place phrase (`Many of the farmers in our group has` → have), the verb after `who`/`that` (`all of us who works` → work, `a blend that have doubled` → has, `anyone who have` → has), and `a lot of`/`lots of`/`plenty of` + a plural at the start of a clause (`A lot of people \
was` → were). Collective nouns (`team`, `company`), which British English \
uses with a plural verb, and nouns in -s that are singular or modifiers (`analytics`, `sales`) are left alone \
(`dictionaries/grammar/agreement-nouns.tsv`).\n\
Why: agreement slips are what make a fluent text read as careless or non-native.\n\
Use instead: the suggested verb form (not applied automatically).",
    flags: &[
        "It have been a rewarding journey.",
        "They was impressed by the final design.",
        "Our partner have offices in six countries.",
        "The analysts I hired works across three time zones.",
        "Each of the projects were delivered under budget.",
        "The results speaks for themselves.",
        "Everyone in my cohort at the academy have read it.",
    ],
    accepts: &[
        "It has been a rewarding journey; they were impressed.",
        "Does your kitchen have a pastry section? Can the crew take two more?",
        "Our partner has offices; our team have grown.",
        "The analysts I hired work across time zones.",
        "Each of the projects was delivered; one of the engineers who are here.",
        "I made it work and helped everyone grow.",
        "The sales team delivers and our analytics is solid.",
    ],
    default_enabled: true,
};

/// Singular or plural.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Number {
    /// he, she, it, a singular noun.
    Third,
    /// we, they, you, a plural noun.
    Plural,
    /// I.
    First,
}

/// The form of verb `v` that agrees with `n`, if `v` does not.
fn agreeing_form(v: &Word, n: Number) -> Option<String> {
    let fixed = |pairs: &[(&str, &str)]| pairs.iter().find(|(w, _)| v.is(w)).map(|(_, r)| r.to_string());
    match n {
        Number::Third => {
            if let Some(r) = fixed(&[
                ("have", "has"),
                ("do", "does"),
                ("don't", "doesn't"),
                ("are", "is"),
                ("haven't", "hasn't"),
                ("aren't", "isn't"),
                ("am", "is"),
            ]) {
                return Some(r);
            }
            let t = v.tags;
            if t.any(Tags::VERB)
                && !t.any(Tags::VERB_PAST | Tags::VERB_3SG | Tags::FUNCTION | Tags::VERB_PART | Tags::ADJ)
                && !v.is_name_like()
            {
                return Some(regular_forms(&v.lower).0);
            }
            None
        }
        Number::Plural | Number::First => {
            let first = n == Number::First;
            if let Some(r) = fixed(&[
                ("has", "have"),
                ("does", "do"),
                ("doesn't", "don't"),
                ("hasn't", "haven't"),
                ("is", if first { "am" } else { "are" }),
                ("isn't", if first { "am not" } else { "aren't" }),
            ]) {
                return Some(r);
            }
            if !first && let Some(r) = fixed(&[("was", "were"), ("wasn't", "weren't")]) {
                return Some(r);
            }
            if first && v.is("are") {
                return Some("am".into());
            }
            if v.tags.any(Tags::VERB_3SG) && !v.tags.any(Tags::FUNCTION) && !v.is_name_like() {
                return verb_bases(&v.lower).into_iter().next();
            }
            None
        }
    }
}

/// The word after a subject ending at `i`, skipping one adverb ("she always teach").
fn verb_after(a: &Analysis, i: usize) -> Option<usize> {
    let n = a.at(i, 1)?;
    // Adverbs of frequency and time that are other words too (`still` is a verb and an adjective as well).
    const ALWAYS_ADVERBS: &[&str] = &["still", "always", "often", "never", "also", "usually", "sometimes", "rarely"];
    if (n.tags.only(Tags::ADV, Tags::ANY_VERB | Tags::FUNCTION) || n.is_any(ALWAYS_ADVERBS)) && !n.tags.any(Tags::NEG) {
        a.at(i, 2).map(|_| i + 2)
    } else {
        Some(i + 1)
    }
}

fn is_plural_noun(w: &Word) -> bool {
    w.tags.any(Tags::NOUN_PL | Tags::PLURAL)
        && !w.tags.any(Tags::PRON | Tags::FUNCTION)
        && !w.is_name_like()
        && !agreement_nouns("singular-s").contains(w.lower.as_str())
}

/// A plural that is on the `singular-s` list only as a modifier (`the insights team`), followed at once by
/// a form of `be` or `have`: there it is the plural subject (`your insights was` → were).
fn is_plural_head(a: &Analysis, k: usize) -> bool {
    let w = &a.words[k];
    w.tags.any(Tags::NOUN_PL)
        && !w.is_name_like()
        && agreement_nouns("modifier-s").contains(w.lower.as_str())
        && a.at(k, 1)
            .is_some_and(|v| v.tags.any(Tags::BE | Tags::HAVE) && !v.is_any(&["be", "been", "being", "having"]))
}

fn is_singular_noun(w: &Word) -> bool {
    w.tags.any(Tags::NOUN)
        && !w.tags.any(
            Tags::NOUN_PL
                | Tags::PLURAL
                | Tags::FUNCTION
                | Tags::DET
                | Tags::QUANT
                | Tags::VERB_ING
                | Tags::ADJ
                | Tags::ADJ_CMP
                | Tags::ADJ_SUP,
        )
        // A form in -s is a plural, but not the singular endings -ss, -sis and -us (`process`, `analysis`,
        // `campus`).
        && (!w.lower.ends_with('s') || ["ss", "sis", "us"].iter().any(|e| w.lower.ends_with(e)))
        && !w.is_name_like()
        && !takes_plural(w)
}

/// A noun whose verb may be plural though its form is singular: collective (`the team are`),
/// zero-plural (`the fish are`) or notional (`the rest are`).
fn takes_plural(w: &Word) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        ["collective", "zero-plural", "notional"].iter().flat_map(|l| agreement_nouns(l).iter().copied()).collect()
    })
    .contains(w.lower.as_str())
}

/// Pronouns that take a singular verb however long the phrase after them.
const INDEFINITE_SINGULAR: &[&str] =
    &["everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "everything", "nothing"];

/// Bare verbs that take a gerund (`keep coming`, `enjoy working`): after a singular subject and before the
/// gerund they want the -s form.
const GERUND_VERBS: &[&str] = &["keep", "enjoy", "avoid", "finish", "mind", "quit", "practise", "practice", "miss"];

/// Verbs that take a clause and never a person as their object (`says you`, `I think we`).
const SAY_THINK: &[&str] =
    &["say", "says", "said", "think", "thinks", "thought", "hope", "believe", "believes", "guess", "suppose", "reckon"];

/// (subject's last word, its number) for a subject starting at word `i`.
fn subject_at(a: &Analysis, i: usize) -> Option<(usize, Number, bool)> {
    let w = &a.words[i];
    let p1 = a.at(i, -1);
    if w.tags.any(Tags::PRON) {
        // "it", "you" and "everyone" are objects after a verb or preposition ("made it work").
        // After a verb that takes a clause (`I think we was…`), a subject pronoun opens that clause.
        let clause_start = p1.is_none_or(|p| p.tags.any(Tags::SUB | Tags::CONJ) && !p.tags.any(Tags::PREP))
            || p1.is_some_and(|p| p.is_any(&["think", "hope", "believe", "guess", "suppose"]))
                && w.is_any(&["i", "we", "they", "he", "she"])
            // `Jana says you knows everything`: `say` and `think` take a clause, never a person as their
            // object, so `you` after them opens the clause.
            || p1.is_some_and(|p| p.is_any(SAY_THINK)) && w.is_any(&["i", "we", "they", "he", "she", "you"])
            // `the rotation you was using`: after a noun that is no verb, `you` opens a relative clause (after a
            // verb it is an object: `what I told you was true`).
            || w.is("you")
                && p1.is_some_and(|p| {
                    p.joined
                        && p.tags.any(Tags::NOUN | Tags::NOUN_PL)
                        && !p.tags.any(Tags::ANY_VERB | Tags::FUNCTION | Tags::PREP)
                        && !p.is_name_like()
                });
        let never_object = w.is_any(&["i", "he", "she", "we", "they"]);
        // `My team and I are…`, `she and I were`: the second of two joined subjects does not decide the
        // verb alone (`joined_subject` judges the pair). Unless the verb is wrong for both readings: a
        // third-person singular after `I`, `we` or `they` (`…in Lodwar and I has been`), or `was` after
        // `we`/`they`.
        if p1.is_some_and(|p| p.is("and")) {
            // The verb, past one adverb (`…and they really enjoys it`).
            let j = verb_after(a, i)?;
            let v = &a.words[j];
            // After `I` a form in -s is the verb, even one that is a plural noun too (`and I raises broilers`).
            let singular = (v.tags.any(Tags::VERB_3SG)
                && !v.tags.any(Tags::FUNCTION)
                && (!v.tags.any(Tags::NOUN_PL) || w.is("i")))
                || v.is_any(&["is", "has", "does", "isn't", "hasn't", "doesn't"])
                || (w.is_any(&["we", "they"]) && v.is_any(&["was", "wasn't"]));
            // `…and you was so patient`: `was` is wrong after `you` whether it stands alone or is joined.
            let you_was = w.is("you") && v.is_any(&["was", "wasn't"]);
            // `…and it help me a lot`, `…and it work really well`: a bare verb after `he`, `she` or `it`, then
            // an object or an adverb, is wrong for either reading (`it` is no object before a bare verb).
            let bare = w.is_any(&["he", "she", "it"])
                && v.tags.any(Tags::VERB)
                && !v.tags.any(Tags::VERB_3SG | Tags::VERB_PAST | Tags::VERB_ING | Tags::FUNCTION | Tags::MODAL)
                && a.words
                    .get(j + 1)
                    .is_some_and(|n| n.tags.any(Tags::OBJ | Tags::ADV) && !n.tags.any(Tags::NOUN | Tags::ADJ));
            if !(w.is_any(&["i", "we", "they"]) && singular || you_was || bare) {
                return None;
            }
        }
        if !(clause_start || never_object && !p1.is_some_and(|p| p.tags.any(Tags::PREP | Tags::ANY_VERB))) {
            return None;
        }
        let n = if w.tags.any(Tags::AGREE_1S) {
            Number::First
        } else if w.tags.any(Tags::AGREE_3S) {
            Number::Third
        } else {
            Number::Plural
        };
        return Some((i, n, true));
    }
    // "each of the stores", "one of our nurses": singular whatever the noun.
    // `every one of the teachers`: the same as `one of`.
    if w.is("every") && a.at(i, 1).is_some_and(|n| n.is("one")) && a.at(i, 2).is_some_and(|n| n.is("of")) {
        return subject_at(a, i + 1);
    }
    // `both of them has`, `many of us was`: a plural quantity of a plural pronoun is plural.
    if w.is_any(&["both", "all", "many", "most", "several", "some", "few"])
        && p1.is_none_or(|p| p.tags.any(Tags::SUB | Tags::CONJ) && !p.tags.any(Tags::PREP))
        && a.at(i, 1).is_some_and(|n| n.is("of"))
        && a.at(i, 2).is_some_and(|n| n.is_any(&["them", "us", "these", "those"]))
    {
        return Some((i + 2, Number::Plural, false));
    }
    // `Both of my parents is teachers`, `several of the drivers has`: a plural quantity of a plural noun.
    if w.is_any(&["both", "many", "several", "few"])
        && p1.is_none_or(|p| p.tags.any(Tags::SUB | Tags::CONJ) && !p.tags.any(Tags::PREP))
        && a.at(i, 1).is_some_and(|n| n.is("of"))
        && a.at(i, 2).is_some_and(|n| n.is_any(&["the", "my", "our", "your", "his", "her", "their"]))
        && a.at(i, 3).is_some_and(|n| n.tags.any(Tags::NOUN_PL) && !n.tags.any(Tags::FUNCTION) && !n.compound_next)
    {
        let singular_verb = |v: &Word| v.joined && v.is_any(&["is", "was", "has", "isn't", "wasn't", "hasn't"]);
        if a.at(i, 4).is_some_and(singular_verb) {
            return Some((i + 3, Number::Plural, false));
        }
        // `Many of the farmers in our group has`: the quantity is the head whatever noun a place or group
        // phrase after it ends on (a preposition, a determiner, up to two words of a noun phrase).
        if a.at(i, 4).is_some_and(|p| p.joined && p.is_any(&["in", "at", "from", "on", "of", "with", "across"])) {
            let mut k: usize = 5;
            if a.at(i, 5).is_some_and(|d| d.joined && d.tags.any(Tags::DET | Tags::POSS)) {
                k += 1;
            }
            let noun_phrase_word = |m: &Word| {
                m.joined
                    && (m.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ) || m.is_name_like())
                    && !m.tags.any(Tags::FUNCTION | Tags::VERB_3SG | Tags::VERB_PAST | Tags::BE | Tags::HAVE)
            };
            let start = k;
            while k < start + 3 && a.at(i, k as isize).is_some_and(noun_phrase_word) {
                k += 1;
            }
            if k > start && a.at(i, k as isize).is_some_and(singular_verb) {
                return Some((i + k - 1, Number::Plural, false));
            }
        }
    }
    if w.is_any(&["each", "one"]) && a.at(i, 1).is_some_and(|n| n.is("of")) {
        let mut k = 2;
        if a.at(i, k).is_some_and(|d| d.tags.any(Tags::DET | Tags::POSS)) {
            k += 1;
        }
        if a.at(i, k).is_some_and(|d| d.tags.only(Tags::ADJ, Tags::NOUN | Tags::ANY_VERB)) {
            k += 1;
        }
        let noun = a.at(i, k)?;
        // After "of the", a form in -s is the plural noun even when the stem is also a verb ("stores").
        let plural = noun.tags.any(Tags::NOUN_PL | Tags::PLURAL | Tags::VERB_3SG) && !noun.tags.any(Tags::FUNCTION);
        return plural.then_some((i + k as usize, Number::Third, false));
    }
    // `Whose meter do you recommend?`, `Which tools does she use?`: a question word's noun before an auxiliary and
    // a pronoun is the object; the pronoun is the subject.
    if w.is_any(&["whose", "which", "what"])
        && (1..4).any(|k| {
            a.at(i, k).is_some_and(|x| {
                x.is_any(&["do", "does", "did", "can", "could", "will", "would", "should", "have", "has", "had"])
            }) && a.at(i, k + 1).is_some_and(|p| p.tags.any(Tags::PRON))
        })
    {
        return None;
    }
    // A determiner, at most one adjective, a noun.
    // `any` opens a subject after `if`/`when` (`if any vacancy arise` → arises); elsewhere it may be an
    // object or a subjunctive's (`should any vacancy arise`).
    let any_subject = w.is("any") && p1.is_some_and(|p| p.is_any(&["if", "when", "whenever", "once", "until"]));
    if !w.tags.any(Tags::DET | Tags::POSS) || w.is_any(&["each", "every", "no", "that"]) || w.is("any") && !any_subject
    {
        return None;
    }
    // A verb that takes a clause may come before the subject (`I hope this message finds you well`).
    const TAKES_CLAUSE: &[&str] = &["hope", "hoping", "trust", "think", "believe", "guess", "suppose", "assume"];
    if p1.is_some_and(|p| p.tags.any(Tags::PREP | Tags::ANY_VERB) && !p.tags.any(Tags::SUB) && !p.is_any(TAKES_CLAUSE))
    {
        return None;
    }
    // After `than`, a compared noun phrase inside a longer subject (`your point about the rules affecting small
    // boats more than the big trawlers was fair`): the verb belongs to the head before it.
    if p1.is_some_and(|p| p.is("than")) {
        return None;
    }
    // `your cassava trial results was`: nouns and adjectives before a plural head, then `is`/`was`/`has`.
    if !w.is_any(&["a", "an", "this"]) {
        // (A gerund that is a noun too modifies the next noun: `our online booking system`.)
        let modifier = |m: &Word| {
            (m.tags.any(Tags::NOUN | Tags::ADJ) || !m.tags.any(Tags::KNOWN))
                && !m.tags.any(Tags::NOUN_PL | Tags::PLURAL | Tags::FUNCTION | Tags::PRON | Tags::VERB_3SG)
                && (!m.tags.any(Tags::VERB_ING) || m.tags.any(Tags::NOUN))
                && !m.is_name_like()
        };
        let mut k = 1;
        while k <= 3 && a.at(i, k).is_some_and(modifier) {
            k += 1;
        }
        // One modifier will do when no word list knows it (`the adire pieces was`): a word of a trade or a
        // language, not a verb.
        let unknown_modifier =
            k == 2 && a.at(i, 1).is_some_and(|m| !m.tags.any(Tags::KNOWN) && m.lower.chars().all(char::is_alphabetic));
        if (k >= 3 || unknown_modifier)
            && a.at(i, k).is_some_and(|h| is_plural_noun(h) && !h.lower.ends_with("ss") && !h.tags.any(Tags::ADV))
            && a.at(i, k + 1).is_some_and(|v| v.is_any(&["is", "was", "has"]))
        {
            return Some((i + k as usize, Number::Plural, false));
        }
        // `your timber frame case study were`: nouns and adjectives, then a singular head and at once `are`
        // or `were`.
        let plural_be = |j: isize| a.at(i, j).is_some_and(|v| v.is_any(&["are", "were", "have"]));
        if let Some(head) = [k - 1, k].into_iter().find(|&h| h >= 2 && plural_be(h + 1))
            && a.at(i, head).is_some_and(is_singular_noun)
        {
            return Some((i + head as usize, Number::Third, false));
        }
    }
    // A word that is a preposition as well as a conjunction (`after`, `before`, `since`), inside its
    // sentence, most often begins a phrase that hangs on the noun before it (`the drinks after your talk
    // were great`): the verb agrees with that noun, not with this one.
    if p1.is_some_and(|p| p.tags.any(Tags::PREP) && p.tags.any(Tags::SUB) && !p.sentence_start) {
        return None;
    }
    let mut k = 1;
    // A noun or a gerund before the head (`your welding videos helps`, `your training video are`): the next
    // word is the head when a noun with a verb after it.
    let noun_modifier = |d: &Word| {
        d.tags.any(Tags::NOUN | Tags::VERB_ING)
            && d.tags.any(Tags::KNOWN)
            && !d.tags.any(Tags::NOUN_PL | Tags::PLURAL | Tags::FUNCTION | Tags::PRON | Tags::ADJ)
            && !d.is_name_like()
    };
    // Or a relative clause of a pronoun and a past after the head (`the outreach scheme you described sound`).
    let head_then_verb = a.at(i, 2).is_some_and(|h| is_plural_noun(h) || is_singular_noun(h))
        && a.at(i, 3).is_some_and(|v| {
            v.tags.any(Tags::BE | Tags::HAVE | Tags::VERB_3SG | Tags::VERB) && !v.is_name_like()
                || v.joined
                    && v.is_any(&["i", "you", "we", "they"])
                    && a.at(i, 4)
                        .is_some_and(|rv| rv.joined && rv.tags.any(Tags::VERB_PAST) && !rv.tags.any(Tags::FUNCTION))
        });
    // A gerund before a plural that is no verb is its modifier whatever follows (`your thinning trials in
    // Bavaria is`).
    let gerund_then_plural = a.at(i, 1).is_some_and(|d| noun_modifier(d) && d.tags.any(Tags::VERB_ING))
        && a.at(i, 2).is_some_and(|h| is_plural_noun(h) && !h.tags.any(Tags::VERB_3SG | Tags::ANY_VERB));
    if a.at(i, 1).is_some_and(|d| d.tags.only(Tags::ADJ, Tags::NOUN | Tags::NOUN_PL | Tags::ANY_VERB))
        || a.at(i, 1).is_some_and(noun_modifier) && head_then_verb
        || gerund_then_plural
    {
        k = 2;
    }
    let noun = a.at(i, k)?;
    if (is_plural_noun(noun) || is_plural_head(a, i + k as usize)) && !w.is_any(&["a", "an", "this"]) {
        return Some((i + k as usize, Number::Plural, false));
    }
    if is_singular_noun(noun) && !w.tags.any(Tags::PLURAL) {
        return Some((i + k as usize, Number::Third, false));
    }
    None
}

/// A noun subject at the start of a clause (its last word `end`) followed by a prepositional phrase
/// and a verb of the wrong number: a singular head, then `are`, `were` or `have` (`The section on shear
/// connectors were excellent`, `Your talk about BIM at the Engineers Ireland event were great`); a plural
/// head, then `is`, `was` or `has` (`Your tips on service recovery for upset guests was helpful`). The
/// phrase is a preposition and up to nine words of noun phrases (determiners, adjectives, nouns, names,
/// numbers, another preposition), all in the same clause; a `quantity` noun (`the majority of our clients
/// are`) is left alone. The verb's index.
///
/// With `attracted` false the subject is singular whatever nouns follow (`everyone`, `one of the drivers`),
/// and a bare verb that is no noun disagrees too (`Everyone in our group follow…`).
fn across_phrase(a: &Analysis, end: usize, number: Number, attracted: bool) -> Option<usize> {
    // A quantity (`the majority of our clients are`) agrees with what it counts; `the part about payroll
    // rules are` has a head of its own.
    if agreement_nouns("quantity").contains(a.words[end].lower.as_str()) && a.at(end, 1).is_some_and(|p| p.is("of")) {
        return None;
    }
    // A plural head and a singular verb: `Your tips on service recovery for upset guests was…`.
    // `The farmers at the Kumasi cooperative speaks…`: after a plural head, a verb in -s that is no noun.
    // Not a plural noun as well (`concrete pours`, `no screws`): its stem is no noun.
    let singular_verb = |w: &Word| {
        number == Number::Plural
            && w.tags.any(Tags::VERB_3SG)
            && !w.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::FUNCTION)
            && w.lower
                .strip_suffix('s')
                .is_some_and(|stem| !crate::text::word_class::lexicon().tags(stem).any(Tags::NOUN))
    };
    let verbs: &[&str] = match number {
        Number::Third => &["are", "were", "have"],
        Number::Plural => &["is", "was", "has"],
        Number::First => return None,
    };
    let prep = a.at(end, 1)?;
    if !prep.tags.any(Tags::PREP)
        || prep.tags.any(Tags::ANY_VERB | Tags::SUB)
        || prep.is("to") && !to_phrase(a, end + 1)
    {
        return None;
    }
    // After `everyone` or `one of` + a plural, a bare verb that is no noun (`Everyone in our group follow…`).
    let bare_verb = |w: &Word| {
        !attracted
            && w.tags.any(Tags::VERB)
            && !w.tags.any(
                Tags::VERB_3SG
                    | Tags::VERB_PAST
                    | Tags::VERB_ING
                    | Tags::NOUN
                    | Tags::NOUN_PL
                    | Tags::ADJ
                    | Tags::FUNCTION
                    | Tags::MODAL,
            )
            && !w.is_name_like()
    };
    for k in end + 1..end + 11 {
        // The words of the phrase, the parts of a compound too (`your cold-storage pilot`, `Tier-2 cities`).
        let w = a.words.get(k + 1).filter(|w| w.joined || a.words[k].compound_next)?;
        // A verb follows in the clause: the word in -s was a noun of the phrase (`no screws are`, `concrete
        // pours on the job were`).
        let verb_follows = || {
            (2..8).map_while(|m| a.at(k, m)).take_while(|n| n.joined).any(|n| {
                n.tags.any(Tags::BE | Tags::HAVE | Tags::MODAL | Tags::DO | Tags::VERB_PAST)
                    && !n.tags.any(Tags::VERB_PART)
                    || n.is_any(&["are", "were", "have", "is", "was", "has"])
            })
        };
        // After a singular head, a bare verb with its object after it (`Your session at the weekend help my
        // team`, `The survey of our members show a clear trend`).
        let bare_with_object = number == Number::Third
            && w.tags.any(Tags::VERB)
            && !w.tags.any(
                Tags::VERB_3SG
                    | Tags::VERB_PAST
                    | Tags::VERB_ING
                    | Tags::FUNCTION
                    | Tags::MODAL
                    | Tags::ADJ
                    | Tags::NOUN_PL,
            )
            && !w.is_name_like()
            && a.at(k + 1, 1)
                .is_some_and(|o| o.joined && o.tags.any(Tags::DET | Tags::POSS | Tags::OBJ) && !o.is("that"));
        if w.is_any(verbs) || (singular_verb(w) || bare_verb(w) || bare_with_object) && k > end + 1 && !verb_follows() {
            // A singular head and a plural verb are wrong whatever the phrase ends in (`your talk about BIM at
            // the event were`, `my experience in hotel sales have`): nothing in a noun phrase of
            // prepositions makes the subject plural, and the subjunctive (`if the event were`) never opens a
            // sentence without its `if`.
            return (k > end + 1).then_some(k + 1);
        }
        // `The list of phonics resources you shared are`: the phrase may end in a relative clause of a
        // pronoun and its verb with no object; the verb after it is the head's.
        if k > end + 1
            && w.is_any(&["you", "i", "we", "they"])
            && let (Some(rv), Some(v)) = (a.at(k + 1, 1), a.at(k + 1, 2))
            && rv.tags.any(Tags::VERB_PAST | Tags::VERB)
            && !rv.tags.any(Tags::FUNCTION | Tags::NOUN_PL | Tags::VERB_ING)
            && v.is_any(verbs)
        {
            return Some(k + 3);
        }
        // A bare verb stem that takes -s is a noun modifier here (`screw connectors`).
        // A dictionary word with no class of its own (`alumni`, `data`: no affixes to tell it by) is a noun
        // of the phrase.
        // A gerund names an activity in the phrase (`your comment on crane scheduling were`).
        // Right after the preposition too, when a noun phrase follows it (`your thread about hiring juniors were`).
        // A gerund that takes an object and a bare verb (`about letting the wine lose some of its reduction`): the
        // bare verb after its object is the gerund's, not the head's.
        if w.is_any(&["letting", "making", "helping", "having", "watching", "seeing", "hearing", "feeling"]) {
            return None;
        }
        let gerund = w.tags.any(Tags::VERB_ING)
            && (k > end + 1
                || a.at(k + 1, 1).is_some_and(|n| {
                    n.joined && n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::DET | Tags::POSS | Tags::ADJ)
                }));
        // A participle before a noun describes it (`The list of approved suppliers have…`).
        let participle = w.tags.any(Tags::VERB_PART)
            && a.at(k + 1, 1)
                .is_some_and(|n| n.joined && n.tags.any(Tags::NOUN | Tags::NOUN_PL) && !n.tags.any(Tags::FUNCTION));
        let phrase_word = (w
            .tags
            .any(Tags::DET | Tags::POSS | Tags::ADJ | Tags::NOUN | Tags::NOUN_PL | Tags::DIGITS | Tags::PLURALIZABLE)
            || participle
            || w.tags.0 == Tags::KNOWN.0
            // A word no dictionary knows is a noun of the phrase (`fintech`).
            || w.tags == Tags::EMPTY && !w.all_caps && w.lower.chars().all(char::is_alphabetic)
            || gerund)
            && !w.tags.any(Tags::PRON | Tags::SUB | Tags::CONJ | Tags::MODAL | Tags::BE | Tags::HAVE | Tags::DO);
        // A second preposition goes on (`tips on recovery for upset guests`).
        let inner_prep =
            w.tags.any(Tags::PREP) && (!w.is("to") || to_phrase(a, k + 1)) && !w.tags.any(Tags::ANY_VERB | Tags::SUB);
        // Nouns joined inside the phrase (`about the auctions and scores for Huila`): `and` before a noun or
        // an adjective with no determiner (before one, `and your talk were` may be a second subject).
        let inner_and = k > end + 1
            && w.is_any(&["and", "or"])
            && a.at(k + 1, 1).is_some_and(|n| {
                n.joined
                    && n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ)
                    && !n.tags.any(Tags::DET | Tags::POSS | Tags::PRON | Tags::FUNCTION)
                    && !n.is_name_like()
            });
        if !(phrase_word || inner_prep || inner_and || w.is_name_like() && !w.tags.any(Tags::PRON)) {
            return None;
        }
    }
    None
}

/// A finite verb in the clause before word `i` (back to punctuation or the sentence's start, at most 14
/// words): then `and` at `i` joins a second clause, not a second subject (`We met in Freiburg and your trials
/// … is`; but `Your post on these failures and their causes was` has one subject).
fn finite_verb_before(a: &Analysis, i: usize) -> bool {
    (1..=14).map_while(|k| a.at(i, -k).map(|w| (i - k as usize, w))).any(|(j, w)| {
        w.tags.any(Tags::BE | Tags::HAVE | Tags::MODAL | Tags::VERB_PAST | Tags::VERB_3SG) && !w.tags.any(Tags::NOUN_PL)
            || w.is_any(&["i'm", "we're", "they're", "you're", "he's", "she's", "it's", "i've", "we've", "they've"])
            // A present after its subject pronoun (`we run a farm and…`).
            || w.tags.any(Tags::VERB)
                && w.joined
                && j > 0
                && a.words[j - 1].is_any(&["i", "we", "they", "you"])
    })
}

/// `and`/`but` before word `i` opens a new clause: it follows a comma (`…, and your talk`), or the phrase
/// before it is a preposition's object (`a hygienist in Hanoi and your lecture`: `Hanoi` is no subject), with a
/// finite verb before it in the clause.
fn and_opens_clause(a: &Analysis, i: usize) -> bool {
    let Some(c) = a.at(i, -1).filter(|c| c.is_any(&["and", "but"])) else { return false };
    if !c.joined {
        return true;
    }
    if !finite_verb_before(a, i - 1) {
        return false;
    }
    // Back over the phrase before `and` (a name, a noun, its adjectives and determiner) to a preposition.
    for k in 2..=5 {
        let Some(w) = a.at(i, -k) else { return false };
        if w.tags.any(Tags::PREP) && !w.tags.any(Tags::ANY_VERB | Tags::SUB) && k > 2 {
            return true;
        }
        let phrase = w.is_name_like()
            || w.tags.any(Tags::DET | Tags::POSS | Tags::ADJ | Tags::NOUN | Tags::NOUN_PL | Tags::DIGITS)
                && !w.tags.any(Tags::PRON | Tags::BE | Tags::HAVE | Tags::MODAL | Tags::CONJ);
        if !phrase {
            return false;
        }
    }
    false
}

/// `to` at word `i` as a preposition of a noun phrase: after a noun and before a determiner or possessive
/// (`the guide to the visa rules`, `the changes to our rota`), never before a verb (`the plan to hire`).
fn to_phrase(a: &Analysis, i: usize) -> bool {
    a.words[i].is("to")
        && a.at(i, -1).is_some_and(|n| n.tags.any(Tags::NOUN | Tags::NOUN_PL) && !n.tags.any(Tags::FUNCTION))
        && a.at(i, 1).is_some_and(|d| d.joined && d.tags.any(Tags::DET | Tags::POSS) && !d.tags.any(Tags::ANY_VERB))
}

/// `Me and my team is…`, `My manager and I was…`: two subjects joined by `and` at the start of a clause,
/// one of them `I`/`me`, then a singular `is`/`was`/`has`. The verb's index and its plural.
fn joined_subject(a: &Analysis, i: usize) -> Option<(usize, &'static str)> {
    let w = &a.words[i];
    // Opening the sentence, after a conjunction, or after punctuation (`Hi Paul, me and my team was…`).
    let clause_start = w.sentence_start || !w.joined || a.at(i, -1).is_some_and(|p| p.tags.any(Tags::CONJ | Tags::SUB));
    if !clause_start {
        return None;
    }
    // One side: `me`/`I`, or a possessive or determiner and up to two words (`my team`, `our lead nurse`).
    let side = |k: usize| -> Option<(usize, bool)> {
        let w = a.words.get(k)?;
        if w.is_any(&["me", "i"]) {
            return Some((k, true));
        }
        if !w.tags.any(Tags::POSS | Tags::DET) || w.tags.any(Tags::PRON) {
            return None;
        }
        let mut end = k + 1;
        while end < k + 3 && a.words.get(end + 1).is_some_and(|n| n.tags.any(Tags::NOUN | Tags::ADJ) && !n.is("and")) {
            end += 1;
        }
        // A word no dictionary knows is taken as a noun (`my cofounder`).
        let noun = a.words.get(end)?;
        ((noun.tags.any(Tags::NOUN) || !noun.tags.any(Tags::KNOWN)) && !noun.tags.any(Tags::FUNCTION))
            .then_some((end, false))
    };
    let (first_end, first_me) = side(i)?;
    if !a.words.get(first_end + 1)?.is("and") {
        return None;
    }
    let (second_end, second_me) = side(first_end + 2)?;
    // Two things, each with its own determiner (`your book and your podcast has` → have); not `every … and
    // every …`, singular by rule, nor one determiner for both (`my friend and mentor is` may be one person).
    let two_things = || {
        let own = |k: usize| {
            a.words[k].tags.any(Tags::POSS | Tags::DET)
                && !a.words[k].is_any(&["each", "every", "no", "any", "either", "neither"])
        };
        let singular = |k: usize| {
            let n = &a.words[k];
            n.tags.any(Tags::NOUN)
                && !n.tags.any(Tags::NOUN_PL | Tags::FUNCTION)
                && !n.is_name_like()
                && !takes_plural(n)
        };
        own(i) && own(first_end + 2) && singular(first_end) && singular(second_end)
    };
    if !(first_me || second_me || two_things()) {
        return None;
    }
    // The verb right after the pair, or after a phrase of prepositions on the second thing (`your book and your
    // podcast on supply chain finance has`).
    let at = match a.words.get(second_end + 1)?.lower.as_str() {
        "is" | "was" | "has" | "are" | "were" | "have" => second_end + 1,
        _ if two_things() => across_phrase(a, second_end, Number::Plural, true)?,
        _ => return None,
    };
    let v = a.words.get(at)?;
    let right = match v.lower.as_str() {
        "is" => "are",
        "was" => "were",
        "has" => "have",
        // A plural verb agrees with the pair: it is judged here, not again as the verb of the second side
        // (`your book and your podcast have helped`).
        "are" | "were" | "have" => "",
        _ => return None,
    };
    Some((at, right))
}

impl Rule for SubjectVerbAgreement {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        let mut joined_verbs = Vec::new();
        for i in 0..a.words.len() {
            if let Some((j, right)) = joined_subject(a, i) {
                joined_verbs.push(j);
                if right.is_empty() {
                    continue;
                }
                let v = &a.words[j];
                let subject = &text[a.words[i].span.start..a.words[j - 1].span.end];
                let message = format!(
                    "‘{}’ does not agree with its subject ‘{subject}’ (two people are plural): ‘{right}’",
                    &text[v.span.clone()]
                );
                out.extend(finding(cx, &META, v.span.clone(), message, &[right.to_string()]));
            }
        }
        for i in 0..a.words.len() {
            if let Some((v, right)) = relative_clause_verb(a, i) {
                joined_verbs.push(v);
                let message = format!(
                    "‘{}’ agrees with ‘{}’ before ‘{}’: ‘{right}’",
                    &text[a.words[v].span.clone()],
                    &text[a.words[i - 1].span.clone()],
                    a.words[i].lower.as_str()
                );
                out.extend(finding(cx, &META, a.words[v].span.clone(), message, &[right]));
            }
        }
        for i in 0..a.words.len() {
            if let Some((v, right)) = irregular_plural_subject(a, i) {
                let message = format!(
                    "‘{}’ is plural: ‘{} {right}’",
                    &text[a.words[i].span.clone()],
                    &text[a.words[i].span.clone()]
                );
                out.extend(finding(cx, &META, a.words[v].span.clone(), message, &[right.to_string()]));
            }
        }
        for i in 0..a.words.len() {
            if let Some((v, right)) = lot_of_plural(a, i) {
                let message =
                    format!("‘{}’ agrees with the plural after ‘of’: ‘{right}’", &text[a.words[v].span.clone()]);
                out.extend(finding(cx, &META, a.words[v].span.clone(), message, &[right.to_string()]));
            }
        }
        // `everybody were impressed`: `everyone`, `everybody`, `nobody`… take a singular verb; `were` after them is
        // `was` (not a wish or a condition: `if everyone were to agree`, `as if nobody were there`).
        for i in 0..a.words.len() {
            let w = &a.words[i];
            if !w.is_any(INDEFINITE_SINGULAR) || w.is_any(&["everything", "nothing"]) {
                continue;
            }
            let opens = w.sentence_start || !w.joined || a.at(i, -1).is_some_and(|p| p.is_any(&["and", "but", "so"]));
            let Some(j) = verb_after(a, i) else { continue };
            let v = &a.words[j];
            let right = match v.lower.as_str() {
                "were" => "was",
                "weren't" => "wasn't",
                _ => continue,
            };
            let condition = (1..=6).map_while(|k| a.at(i, -k)).any(|p| {
                p.is_any(&["if", "wish", "wished", "though", "unless", "whether", "suppose", "imagine", "as"])
            });
            if opens && !condition {
                let message = format!("‘{}’ takes a singular verb: ‘{} {right}’", w.lower, w.lower);
                out.extend(finding(cx, &META, v.span.clone(), message, &[right.to_string()]));
            }
        }
        for i in 0..a.words.len() {
            if let Some((v, right)) = there_are_a(a, i) {
                let message = format!("‘there {}’ before a singular: ‘there {right}’", &text[a.words[v].span.clone()]);
                out.extend(finding(cx, &META, a.words[v].span.clone(), message, &[right.to_string()]));
            }
            if let Some((v, right)) = there_is_many(a, i) {
                let message = format!("‘there {}’ before a plural: ‘there {right}’", &text[a.words[v].span.clone()]);
                out.extend(finding(cx, &META, a.words[v].span.clone(), message, &[right.to_string()]));
            }
        }
        // `glad to see you has become a matron`: `you` takes `have`, `are`, `do` wherever it stands, unless it
        // is the object of a preposition (`the best of you is`) or part of a noun (`a big thank you has gone`).
        for (i, w) in a.words.iter().enumerate() {
            if !w.is("you") {
                continue;
            }
            let Some(v) = a.at(i, 1) else { continue };
            let right = match v.lower.as_str() {
                "has" => "have",
                "is" => "are",
                "does" => "do",
                "hasn't" => "haven't",
                "isn't" => "aren't",
                "doesn't" => "don't",
                _ => continue,
            };
            if a.at(i, -1).is_some_and(|p| {
                p.tags.any(Tags::PREP | Tags::DET) || p.is_any(&["thank", "thanks", "than", "as", "like"])
            }) {
                continue;
            }
            let message = format!("‘{}’ does not agree with ‘you’: ‘{right}’", &text[v.span.clone()]);
            out.extend(finding(cx, &META, v.span.clone(), message, &[right.to_string()]));
        }
        let mut i = 0;
        while i < a.words.len() {
            // `P&I claims`, `R&I teams`, `A/B tests`: a word joined to the one before by `&` or `/` is part of
            // an abbreviation, not a subject of its own.
            if text[..a.words[i].span.start].ends_with(['&', '/']) {
                i += 1;
                continue;
            }
            let Some((end, number, pronoun)) = subject_at(a, i) else {
                i += 1;
                continue;
            };
            // `Does your kitchen have…?`, `Can the team take…`: after an auxiliary before the subject the verb
            // is a bare infinitive, which agrees with nothing.
            if a.words[i].joined
                && a.at(i, -1).is_some_and(|p| {
                    p.is_any(&[
                        "does", "do", "did", "doesn't", "don't", "didn't", "can", "could", "will", "would", "shall",
                        "should", "may", "might", "must",
                    ])
                })
            {
                i = end + 1;
                continue;
            }
            // `Your post on these failures and their usual causes was…`: after `and` inside a preposition's
            // phrase, with no verb yet in the clause, the phrase is the second object of the preposition; the verb
            // belongs to the head before it.
            if a.at(i, -1).is_some_and(|c| c.is_any(&["and", "or"]) && a.words[i].joined)
                && !finite_verb_before(a, i - 1)
                && (2..=8)
                    .map_while(|k| a.at(i, -k))
                    .any(|w| w.tags.any(Tags::PREP) && !w.tags.any(Tags::ANY_VERB | Tags::SUB))
            {
                i = end + 1;
                continue;
            }
            let mut v_at = verb_after(a, end);
            // "The analysts I hired works": a relative clause of a pronoun and a verb.
            let mut across = false;
            // The clause's verb may end in its preposition (`the practices we speak with loses`).
            let stranded = usize::from(a.at(end, 3).is_some_and(|w| {
                w.joined
                    && w.is_any(&["with", "to", "for", "about", "on", "at", "from"])
                    && a.at(end, 4).is_some_and(|v| v.joined)
            }));
            if !pronoun
                && number == Number::Plural
                && let (Some(p), Some(rv), Some(v)) = (a.at(end, 1), a.at(end, 2), a.at(end, 3 + stranded as isize))
                && p.tags.any(Tags::PRON)
                && !p.is("it")
                && rv.tags.any(Tags::VERB_PAST | Tags::VERB)
                && !rv.tags.any(Tags::FUNCTION)
                && (v.tags.any(Tags::VERB_3SG) && (stranded == 0 || !v.tags.any(Tags::NOUN_PL))
                    || v.is_any(&["is", "was", "has", "does", "doesn't"]))
            {
                v_at = Some(end + 3 + stranded);
                across = true;
            }
            // `The scheme you described sound really promising`, `the course you recommended help me`: a
            // singular noun, a relative clause of a pronoun and a verb, then a bare verb that is no noun, or one
            // before an object or (a verb of seeming) before an adjective or a degree adverb.
            if !pronoun
                && !across
                && number == Number::Third
                && let (Some(p), Some(rv), Some(v)) = (a.at(end, 1), a.at(end, 2), a.at(end, 3))
                && p.joined
                && p.is_any(&["i", "you", "we", "they"])
                && rv.joined
                && rv.tags.any(Tags::VERB_PAST)
                && !rv.tags.any(Tags::FUNCTION)
                && v.joined
                && v.tags.any(Tags::VERB)
                && !v.tags.any(
                    Tags::VERB_3SG | Tags::VERB_PAST | Tags::VERB_ING | Tags::FUNCTION | Tags::MODAL | Tags::NOUN_PL,
                )
                && !v.is_name_like()
                && a.at(end, 4).is_some_and(|n| {
                    n.joined
                        && (n.tags.any(Tags::DET | Tags::POSS | Tags::OBJ)
                            || v.is_any(&["sound", "seem", "look", "feel", "appear"])
                                && (n.tags.any(Tags::ADJ) || n.is_any(&["really", "very", "so", "quite"]))
                            || !v.tags.any(Tags::NOUN | Tags::ADJ) && n.tags.any(Tags::ADV | Tags::PREP))
                })
            {
                v_at = Some(end + 3);
                across = true;
            }
            // "The section on screw connectors were": the verb agrees with the head, not the phrase.
            // At the start of its sentence, or after a comma (`Hi Ines, the results of your pilot was…`).
            // `everyone`, `someone`, `nobody` and `one of`/`each of` + a plural are singular, whatever the
            // phrase after them ends in.
            let singular_whatever = number == Number::Third
                && (pronoun && a.words[i].is_any(INDEFINITE_SINGULAR)
                    || !pronoun && a.words[i].is_any(&["one", "each"]) && a.at(i, 1).is_some_and(|o| o.is("of")));
            if (!pronoun || singular_whatever)
                && (a.at(i, -1).is_none()
                    || !a.words[i].joined
                    // After `and`/`but` a plural head still takes a plural verb, joined to what comes before
                    // or not (`…in Freiburg and your trials in the forest is` → are).
                    || number == Number::Plural
                        && a.at(i, -1).is_some_and(|p| p.is_any(&["and", "but"]))
                        && finite_verb_before(a, i - 1)
                    // A singular head after `and` opens a clause of its own when `and` follows a comma or ends
                    // a preposition's phrase (`I'm a hygienist in Hanoi and your lecture on fluoride were…`),
                    // not when it joins two subjects (`the CEO and the head of sales were`).
                    || number == Number::Third && !pronoun && and_opens_clause(a, i))
                && let Some(j) = across_phrase(a, end, number, !singular_whatever)
            {
                let v = &a.words[j];
                let right = match v.lower.as_str() {
                    "are" => "is".to_string(),
                    "were" => "was".to_string(),
                    "have" => "has".to_string(),
                    "is" => "are".to_string(),
                    "was" => "were".to_string(),
                    "has" => "have".to_string(),
                    _ => match agreeing_form(v, number) {
                        Some(r) => r,
                        None => {
                            i = j + 1;
                            continue;
                        }
                    },
                };
                let subject = &text[a.words[i].span.start..a.words[end].span.end];
                let message = format!(
                    "‘{}’ does not agree with its subject ‘{subject}’ (the phrase after it does not change that): ‘{right}’",
                    &text[v.span.clone()]
                );
                out.extend(finding(cx, &META, v.span.clone(), message, &[right]));
                i = j + 1;
                continue;
            }
            // A verb `joined_subject` has judged is not judged again.
            let Some(j) = v_at.filter(|j| !joined_verbs.contains(j)) else {
                i = end + 1;
                continue;
            };
            let v = &a.words[j];
            // An adverb between the noun and the word (`your apprentices always looks`, `my manager really like`)
            // rules out a compound: the word is the verb.
            let after_adverb = j == end + 2 && v.tags.any(Tags::VERB | Tags::VERB_3SG) && !v.is_name_like();
            if !pronoun
                && j == end + 2
                && number == Number::Third
                && v.is("like")
                && a.at(j, 1).is_some_and(|n| n.tags.any(Tags::DET | Tags::POSS | Tags::OBJ))
            {
                let subject = &text[a.words[i].span.start..a.words[end].span.end];
                let message =
                    format!("‘{}’ does not agree with its subject ‘{subject}’: ‘likes’", &text[v.span.clone()]);
                out.extend(finding(cx, &META, v.span.clone(), message, &["likes".to_string()]));
                i = end + 1;
                continue;
            }
            // A noun subject followed by a word that is also a noun may be a compound ("the project
            // manager"): only take a plain verb, or a 3rd-person form followed by an object.
            // `the scheme sound really promising`, `your plan look great`: a bare verb of seeming, then an
            // adjective (maybe after a degree adverb); such a verb may be a noun or an adjective too.
            let linking = !pronoun
                && number == Number::Third
                && v.is_any(&["sound", "seem", "look", "feel", "appear", "remain", "become"])
                && v.joined
                && a.at(j, 1).is_some_and(|n| {
                    let adjective = |m: &Word| {
                        m.joined
                            && m.tags.any(Tags::ADJ)
                            && !m.tags.any(Tags::NOUN_PL | Tags::FUNCTION | Tags::VERB_3SG)
                    };
                    adjective(n)
                        || n.is_any(&["really", "very", "so", "quite", "truly", "extremely"])
                            && a.at(j, 2)
                                .is_some_and(|m| adjective(m) || m.tags.any(Tags::VERB_ING) && m.lower.len() > 5)
                });
            // `The shop sell fresh bread`, `My brother run a small business`: a subject that opens its clause with
            // a determiner, then a bare verb that is a noun too and its object: a determiner (not of a time: `our
            // plan this year`), or a noun phrase that ends the clause or meets a preposition (not a compound
            // subject: `our export figures rose`).
            let noun_verb_object = number == Number::Third
                && !pronoun
                && (a.words[i].sentence_start
                    || !a.words[i].joined
                    || a.at(i, -1).is_some_and(|p| p.tags.any(Tags::CONJ | Tags::SUB) && !p.tags.any(Tags::PREP)))
                && a.words[i].tags.any(Tags::DET | Tags::POSS)
                && !a.words[i].tags.any(Tags::PRON)
                && j == end + 1
                && v.joined
                && v.tags.any(Tags::VERB)
                && !v.tags.any(
                    Tags::VERB_3SG | Tags::VERB_PAST | Tags::VERB_ING | Tags::FUNCTION | Tags::ADJ | Tags::NOUN_PL,
                )
                && !v.compound_next
                && !v.is_name_like()
                && bare_verb_object(a, j);
            let mut ok = linking || pronoun || across || after_adverb && !v.tags.any(Tags::FUNCTION | Tags::ADJ);
            if !ok {
                let next = a.at(j, 1);
                // A verb stem that also makes a plural noun ("design", "focus") is read as a verb only
                // before an object: "a web design studio", "my research focus is" are compounds.
                let object = next.is_some_and(|n| n.tags.any(Tags::DET | Tags::POSS | Tags::OBJ | Tags::DIGITS));
                // A word that is only a verb has no plural noun: its -s form is the verb's, and a preposition
                // may follow it (`our payroll platform integrate with SAP`).
                // Only for a subject that opens its clause: after a verb and its person the phrase is an object
                // (`get you a term life quote in…`).
                let opens = a.words[i].sentence_start
                    || !a.words[i].joined
                    || a.at(i, -1).is_some_and(|p| p.tags.any(Tags::CONJ | Tags::SUB) && !p.tags.any(Tags::PREP));
                let preposition = opens
                    && next.is_some_and(|n| {
                        n.joined && n.tags.any(Tags::PREP) && !n.tags.any(Tags::NOUN | Tags::ADJ | Tags::ANY_VERB)
                    });
                ok = v.tags.any(Tags::BE | Tags::HAVE | Tags::DO)
                    || (!v.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ)
                        && (!v.tags.any(Tags::PLURALIZABLE) || object || number == Number::Third && preposition)
                        && !v.compound_next)
                    || (number == Number::Plural
                        && v.tags.any(Tags::VERB_3SG)
                        && next.is_some_and(|n| n.tags.any(Tags::DET | Tags::POSS | Tags::OBJ | Tags::DIGITS)))
                    // `this message find you well`: a bare verb (no past form: `my manager let me`) and an
                    // object pronoun.
                    || (number == Number::Third
                        && v.tags.any(Tags::VERB)
                        && !v.tags.any(Tags::VERB_3SG | Tags::VERB_PAST | Tags::FUNCTION)
                        && next.is_some_and(|n| n.is_any(&["you", "me", "us", "them", "him"]))
                        // Not a noun and a relative clause (`the oak table you made`).
                        && a.at(j, 2).is_none_or(|m| !m.tags.any(Tags::ANY_VERB) || m.tags.any(Tags::ADV)))
                    // `if any vacancy arise`: after `if any` and its noun, a verb that is no noun.
                    || (number == Number::Third
                        && a.words[i].is("any")
                        && v.tags.any(Tags::VERB)
                        && !v.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::FUNCTION))
                    // `The shipment arrive safely`: a verb that is no noun, then an adverb in -ly.
                    || (number == Number::Third
                        && v.tags.any(Tags::VERB)
                        && !v.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_3SG)
                        && next.is_some_and(|n| {
                            n.lower.ends_with("ly") && n.tags.only(Tags::ADV, Tags::NOUN | Tags::ADJ | Tags::ANY_VERB)
                        }))
                    || noun_verb_object
                    || (number == Number::Plural
                        && v.tags.any(Tags::VERB_3SG)
                        && !v.tags.any(Tags::FUNCTION)
                        && next.is_some_and(|n| n.tags.any(Tags::VERB_ING) && !n.tags.any(Tags::ADJ | Tags::NOUN_PL)))
                    // `your name keep coming up`: a bare verb that takes a gerund, then the gerund.
                    || (number == Number::Third
                        && v.is_any(GERUND_VERBS)
                        && next.is_some_and(|n| n.tags.any(Tags::VERB_ING) && !n.tags.any(Tags::ADJ)));
            }
            if ok
                && !(number == Number::Third
                    && !pronoun
                    && v.tags.any(Tags::VERB)
                    && !v.tags.any(Tags::FUNCTION)
                    && a.at(j, 1).is_none())
                && let Some(right) = linking
                    .then(|| regular_forms(&v.lower).0)
                    .or_else(|| agreeing_form(v, number))
                    .or_else(|| pronoun_bare_verb(a, i, j, number, pronoun))
                    // A base that is a participle too (`run`, `come`): the object shows it is the base here.
                    .or_else(|| noun_verb_object.then(|| regular_forms(&v.lower).0))
                    .or_else(|| {
                        // "if it were" is a subjunctive; after a singular noun "were" is not, nor after `it`, `he`,
                        // `she` or `I` opening a clause with nothing before them (`Hi Shira, it were great`; not
                        // `if it were`, `as it were`, `I wish it were`).
                        (matches!(number, Number::Third | Number::First)
                            && (!pronoun || a.at(i, -1).is_none() && a.words[i].is_any(&["it", "he", "she", "i"]))
                            && v.is_any(&["were", "weren't"])
                            // `the farm were I grew up`: `where` and a clause (confusable-context), not `was`.
                            && !a.at(j, 1).is_some_and(|s| s.is_any(&["i", "we", "they", "he", "she"])))
                        .then(|| v.lower.replacen("were", "was", 1))
                    })
            {
                let subject = &text[a.words[i].span.start..a.words[end].span.end];
                // `She lead the migration in 2021`: in a sentence about the past, `lead` is the past `led`.
                let right =
                    if v.is("lead") && right == "leads" && super::past_form::past_evidence(a, j, cx.options.today.year)
                    {
                        "led".to_string()
                    } else {
                        right
                    };
                let message = if right == "led" {
                    format!(
                        "‘{}’ is the present, and not that of ‘{subject}’; this sentence is about the past: ‘led’",
                        &text[v.span.clone()]
                    )
                } else {
                    format!("‘{}’ does not agree with its subject ‘{subject}’: ‘{right}’", &text[v.span.clone()])
                };
                out.extend(finding(cx, &META, v.span.clone(), message, &[right]));
            }
            i = end + 1;
        }
    }
}

/// After the bare verb at `j`: its object, a determiner that is not one of time (`a small business`, `the
/// meals`; not `this year`, `a week ago`), or a noun phrase of up to two describing words and a plural that
/// ends the clause or meets a preposition (`avocados to Europe`, `free checkups.`; not `export figures rose`).
fn bare_verb_object(a: &Analysis, j: usize) -> bool {
    let Some(n) = a.at(j, 1).filter(|n| n.joined) else { return false };
    let noun_too = a.words[j].tags.any(Tags::NOUN);
    // Not a distance or a time (`the road work a mile away`, `our plan this year`, `a week ago`).
    let measure = (2..=5).any(|k| {
        a.at(j, k).is_some_and(|t| {
            t.tags.any(Tags::TIME)
                || t.is_any(&["ago", "whole", "entire", "away", "later", "earlier", "long", "old", "apart"])
        })
    });
    if measure {
        return false;
    }
    if n.tags.any(Tags::DET | Tags::POSS) {
        return !n.is_any(&["this", "that", "these", "those", "each", "every", "last", "next", "no"]);
    }
    // A verb that is a noun too, before a noun phrase with no determiner, may end a compound subject (`our
    // college club recruits volunteers`, `the cement bond log anomalies`).
    if noun_too {
        return false;
    }
    // Up to three words of a noun phrase, the last a plural noun, then the end of the clause or a preposition.
    let word = |m: &Word| {
        m.joined
            && m.tags.any(Tags::ADJ | Tags::NOUN | Tags::NOUN_PL)
            && !m.tags.any(Tags::FUNCTION)
            && !m.is_name_like()
    };
    let mut k = 1;
    while k < 3 && a.at(j, k).is_some_and(word) && a.at(j, k + 1).is_some_and(word) {
        k += 1;
    }
    // A plural: a singular with no determiner may end an open compound (`a robust front end architecture`).
    let Some(head) = a.at(j, k) else { return false };
    // A verb that is nothing else (not a noun, not an adjective) before one singular noun: `my father grow
    // rice in…` (no compound reads `grow rice` as a noun).
    let pure_verb_mass_object = k == 1
        && !a.words[j].tags.any(Tags::ADJ | Tags::NOUN | Tags::NOUN_PL)
        && head.tags.any(Tags::NOUN)
        && !head.tags.any(Tags::ANY_VERB | Tags::ADV | Tags::TIME);
    word(head)
        && (head.tags.any(Tags::NOUN_PL) || pure_verb_mass_object)
        && !head.compound_next
        && a.at(j, k + 1).is_none_or(|e| {
            !e.joined || e.tags.only(Tags::PREP, Tags::ANY_VERB | Tags::NOUN) || e.is_any(&["every", "each"])
        })
}

/// `it mean a lot`, `It sound like a plan`, `she clean the rooms`: after `he`, `she` or `it` opening its
/// clause, a bare verb that is an adjective too ([`agreeing_form`] leaves those alone after a noun: `the
/// project clean up`) is the verb when an object, `like` or an adverb follows it; no adjective stands there.
fn pronoun_bare_verb(a: &Analysis, i: usize, j: usize, number: Number, pronoun: bool) -> Option<String> {
    let v = &a.words[j];
    let t = v.tags;
    let fits = pronoun
        && number == Number::Third
        && a.words[i].is_any(&["he", "she", "it"])
        && j == i + 1
        && v.joined
        && t.any(Tags::VERB)
        && t.any(Tags::ADJ)
        && !t.any(Tags::VERB_PAST | Tags::VERB_3SG | Tags::VERB_PART | Tags::FUNCTION | Tags::NOUN_PL)
        && !v.is_name_like()
        && a.at(j, 1).is_some_and(|n| {
            n.joined
                && (n.tags.any(Tags::DET | Tags::POSS | Tags::OBJ)
                    || n.is("like")
                    || n.tags.only(Tags::ADV, Tags::NOUN | Tags::ADJ | Tags::ANY_VERB))
        });
    fits.then(|| regular_forms(&v.lower).0)
}

/// `People is talking about your post`, `Many people was there`, `Children is the future`: an irregular plural
/// (`people`, `children`, `women`) with no determiner, opening its clause (maybe after `many`, `most`, `some`,
/// `all`, `these`), then `is`/`was`/`has`. The verb's index and its plural.
fn irregular_plural_subject(a: &Analysis, i: usize) -> Option<(usize, &'static str)> {
    let w = &a.words[i];
    if !w.tags.any(Tags::PLURAL) || !w.tags.any(Tags::NOUN_PL) || w.compound_next {
        return None;
    }
    let opens = |k: usize| a.words[k].sentence_start || !a.words[k].joined;
    let start = match a.at(i, -1) {
        Some(q) if w.joined && q.is_any(&["many", "most", "some", "all", "these", "those", "both"]) => i - 1,
        _ => i,
    };
    if !opens(start) || start == i && w.is_name_like() && !w.sentence_start {
        return None;
    }
    let v = a.at(i, 1)?;
    if !v.joined {
        return None;
    }
    let right = match v.lower.as_str() {
        "is" => "are",
        "was" => "were",
        "has" => "have",
        _ => return None,
    };
    Some((i + 1, right))
}

/// `A lot of people was taking notes`, `Lots of our clients is…`: `a lot of`, `lots of`, `plenty of` or `a
/// number of` and a plural noun, at the start of a clause, then `is`/`was`/`has`: the verb agrees with the
/// plural (`a lot of work is` stays). The verb's index and its plural.
fn lot_of_plural(a: &Analysis, i: usize) -> Option<(usize, &'static str)> {
    let w = &a.words[i];
    let starts = |k: usize| {
        let f = &a.words[k];
        f.sentence_start || !f.joined || a.at(k, -1).is_some_and(|p| p.tags.any(Tags::CONJ) || p.is_any(SAY_THINK))
    };
    let quantity = match w.lower.as_str() {
        "lot" | "number" => a.at(i, -1).is_some_and(|d| d.is("a")) && starts(i - 1) || w.is("lot") && starts(i),
        "lots" | "plenty" => starts(i),
        _ => false,
    };
    if !quantity || !a.at(i, 1).is_some_and(|o| o.is("of")) {
        return None;
    }
    let mut k = 2;
    if a.at(i, k).is_some_and(|d| d.tags.any(Tags::DET | Tags::POSS) && !d.tags.any(Tags::PRON)) {
        k += 1;
    }
    while k < 5
        && a.at(i, k)
            .is_some_and(|m| m.tags.any(Tags::ADJ | Tags::NOUN) && !is_plural_noun(m) && !m.tags.any(Tags::FUNCTION))
    {
        k += 1;
    }
    let head = a.at(i, k)?;
    if !(is_plural_noun(head) && !head.tags.any(Tags::NOUN) || head.is("people")) {
        return None;
    }
    let v = a.at(i, k + 1)?;
    let right = match v.lower.as_str() {
        "is" => "are",
        "was" => "were",
        "has" => "have",
        _ => return None,
    };
    Some((i + k as usize + 1, right))
}

/// `all of us who works in rail`, `a biochar blend that have doubled`, `anyone who have`: the verb right after
/// `who`, `that` or `which` agrees with the noun or pronoun before it: a plural (`nurses`, `people`, `us`,
/// `those`) then `is`/`was`/`has` or a verb in -s that is no noun; a singular noun after a determiner (or
/// `anyone`, `someone`) then `are`/`were`/`have`. Not after `one of` (`one of the people who is` is usual),
/// nor a collective or quantity noun, nor across a comma. The verb's index and its right form.
fn relative_clause_verb(a: &Analysis, i: usize) -> Option<(usize, String)> {
    let w = &a.words[i];
    if !w.is_any(&["who", "that", "which"]) {
        return None;
    }
    let p = a.at(i, -1)?;
    let v = a.at(i, 1)?;
    if (2..7).any(|k| a.at(i, -k).is_some_and(|o| o.is("one")) && a.at(i, -k + 1).is_some_and(|o| o.is("of"))) {
        return None;
    }
    let quantity = agreement_nouns("quantity").contains(p.lower.as_str());
    let plural = (is_plural_noun(p) && !p.tags.any(Tags::NOUN) || p.is("people")) && !quantity
        || p.is_any(&["us", "those", "them"]) && !w.is("which");
    // A singular determiner before the noun, maybe with up to two modifiers between (`a biochar blend that`):
    // the first word back that is no modifier decides.
    let modifier =
        |d: &&Word| d.tags.any(Tags::NOUN | Tags::ADJ) && !d.tags.any(Tags::FUNCTION) || d.tags == Tags::EMPTY;
    // A compound written with a hyphen is one modifier (`a cloud-based patient reminder system that`).
    let mut k = 2;
    let mut first_other = None;
    while k <= 6 && k <= i {
        let d = &a.words[i - k];
        let compound_part = (i - k).checked_sub(1).and_then(|j| a.words.get(j)).is_some_and(|x| x.compound_next)
            || d.compound_next && a.words[i - k + 1].joined;
        if !(modifier(&d) || compound_part) {
            first_other = Some(d);
            break;
        }
        if !d.joined && !(i - k).checked_sub(1).and_then(|j| a.words.get(j)).is_some_and(|x| x.compound_next) {
            break;
        }
        k += 1;
    }
    let determiner = first_other.is_some_and(|d| d.tags.any(Tags::DET | Tags::POSS) && !d.tags.any(Tags::PLURAL));
    let singular = is_singular_noun(p) && determiner && !quantity || p.is_any(INDEFINITE_SINGULAR) && !w.is("which");
    let right = if plural {
        match v.lower.as_str() {
            "is" => "are".to_string(),
            "was" => "were".to_string(),
            "has" => "have".to_string(),
            // After `who` a verb follows, so a form in -s is the verb even when it is a plural noun too (`us who
            // works`).
            _ if v.tags.any(Tags::VERB_3SG)
                && !v.tags.any(Tags::FUNCTION)
                && (w.is("who") || !v.tags.any(Tags::NOUN | Tags::NOUN_PL))
                && !v.is_name_like() =>
            {
                agreeing_form(v, Number::Plural)?
            }
            _ => return None,
        }
    } else if singular {
        match v.lower.as_str() {
            "are" => "is".to_string(),
            "were" => "was".to_string(),
            "have" => "has".to_string(),
            // `a company which produce solar panels`, `a reminder system that reduce no-shows`: after `who`,
            // `which` or `that`, a bare verb with its object.
            _ if w.is_any(&["who", "which", "that"])
                && v.joined
                && v.tags.any(Tags::VERB)
                && !v.tags.any(
                    Tags::VERB_3SG
                        | Tags::VERB_PAST
                        | Tags::VERB_ING
                        | Tags::FUNCTION
                        | Tags::MODAL
                        | Tags::ADJ
                        | Tags::NOUN_PL,
                )
                && !v.is_name_like()
                && a.at(i, 2).is_some_and(|o| {
                    o.joined
                        && (o.tags.any(Tags::DET | Tags::POSS | Tags::OBJ | Tags::DIGITS) && !o.is("that")
                            // `a tool that help farmers track…`: a plural that is no verb as the object.
                            || o.tags.only(Tags::NOUN_PL, Tags::FUNCTION | Tags::ANY_VERB) && !o.is_name_like()
                            || o.tags.any(Tags::ADJ | Tags::NOUN)
                                && !o.tags.any(Tags::FUNCTION)
                                && a.at(i, 3).is_some_and(|n| n.joined && n.tags.any(Tags::NOUN_PL)))
                }) =>
            {
                agreeing_form(v, Number::Third)?
            }
            _ => return None,
        }
    } else {
        return None;
    };
    Some((i + 1, right))
}

/// `there is many nurses`, `there was several reasons`, `there is 3 openings`: after `there is`/`there
/// was` a plural quantifier or a number, or a plural noun right away, takes `are`/`were`. `There's` is
/// left alone (usual in speech), as are nouns in -s that are singular (`there is news`) and `there is
/// a lot of`/`more than one`.
fn there_is_many(a: &Analysis, i: usize) -> Option<(usize, &'static str)> {
    if !a.words[i].is("there") {
        return None;
    }
    let v = a.at(i, 1)?;
    let right = match v.lower.as_str() {
        "is" => "are",
        "was" => "were",
        _ => return None,
    };
    let n = a.at(i, 2)?;
    // `there is very few vets`: a degree word before `few` or `many`.
    let degree_count =
        n.is_any(&["very", "so", "too", "quite"]) && a.at(i, 3).is_some_and(|m| m.is_any(&["few", "many"]));
    let count = n.is_any(&["many", "several", "numerous", "multiple", "various", "few"])
        || degree_count
        || (n.tags.any(Tags::NUM) && !n.is_any(&["one", "a", "an", "zero"]))
        || (n.tags.any(Tags::DIGITS) && n.lower.parse::<u64>().is_ok_and(|x| x > 1));
    let plural = n.tags.any(Tags::NOUN_PL)
        && !n.tags.any(Tags::NOUN | Tags::FUNCTION | Tags::ADJ | Tags::VERB_PAST)
        && !n.is_name_like()
        && !agreement_nouns("singular-s").contains(n.lower.as_str())
        && a.at(i, 3).is_none_or(|x| !x.tags.any(Tags::NOUN | Tags::NOUN_PL));
    // `there is some open positions`: `some`, maybe a describing word, and a plural that is no singular.
    let some_plural = n.is("some") && {
        let k = if a.at(i, 3).is_some_and(|m| m.tags.only(Tags::ADJ, Tags::NOUN_PL | Tags::FUNCTION | Tags::QUANT)) {
            4
        } else {
            3
        };
        a.at(i, k).is_some_and(|m| {
            m.joined
                && m.tags.any(Tags::NOUN_PL)
                && !m.tags.any(Tags::NOUN | Tags::FUNCTION | Tags::ADJ)
                && !m.is_name_like()
                && !agreement_nouns("singular-s").contains(m.lower.as_str())
        })
    };
    // `there is 10% more`, `there is 2 hours' drive`: an amount, not a count.
    let amount = a.at(i, 3).is_some_and(|x| x.is_any(&["percent", "%"]));
    ((count || plural || some_plural) && !amount).then_some((i + 1, right))
}

/// `There are a new policy on overtime`: `there are`/`there were` before `a`/`an`, maybe describing words, and a
/// singular noun that is no word of quantity (`there are a lot of`, `a number of`, `a few`, `a couple of`).
fn there_are_a(a: &Analysis, i: usize) -> Option<(usize, &'static str)> {
    if !a.words[i].is("there") {
        return None;
    }
    let v = a.at(i, 1).filter(|v| v.joined)?;
    let right = match v.lower.as_str() {
        "are" => "is",
        "were" => "was",
        _ => return None,
    };
    a.at(i, 2).filter(|d| d.joined && d.is_any(&["a", "an"]))?;
    let mut k: usize = 3;
    while k < 5
        && a.at(i, k as isize).is_some_and(|m| {
            m.joined
                && m.tags.only(Tags::ADJ, Tags::NOUN_PL | Tags::QUANT | Tags::FUNCTION)
                && a.at(i, k as isize + 1).is_some_and(|x| x.joined && x.tags.any(Tags::NOUN | Tags::ADJ))
        })
    {
        k += 1;
    }
    let n = a.at(i, k as isize).filter(|n| n.joined)?;
    // A word of quantity (`agreement-nouns.tsv`'s `quantity` list) or of count (`a few`, `a great many`, `a
    // hundred`) is no singular subject: `there are a lot of`, `a number of`, `a few`.
    let quantity = |w: &Word| {
        agreement_nouns("quantity").contains(w.lower.as_str())
            || w.is_any(&["few", "great", "good", "whole", "hundred", "thousand", "million", "group", "ton", "load"])
    };
    (n.tags.any(Tags::NOUN)
        && !n.tags.any(Tags::NOUN_PL | Tags::FUNCTION | Tags::QUANT)
        && !n.is_name_like()
        && !n.compound_next
        && !quantity(n)
        && !(i + 3..i + k).any(|m| quantity(&a.words[m]))
        && a.at(i, k as isize + 1).is_none_or(|x| !x.is("of") && !x.tags.any(Tags::NOUN | Tags::NOUN_PL)))
    .then_some((i + 1, right))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "subject-verb-agreement";

    /// Singular nouns in -sis, -ss and -us are singular heads; a dictionary word with no class is a noun of
    /// the phrase.
    #[test]
    fn singular_endings_and_bare_dictionary_words() {
        assert_flags(ID, "Your analysis of the pump failure were spot on; my thesis on soil were accepted.", 2);
        assert_flags(ID, "Your comments on bonds at the alumni event was insightful.", 1);
        assert_clean(ID, "Your analyses of the pump failures were spot on; the bus drivers in Leeds were great.");
        assert_clean(ID, "The glass panels on the roof were cracked; the campus in Leeds was great.");
    }

    /// `there is` before `few`, `many` and a degree word before them.
    #[test]
    fn the_verb_after_who_or_that() {
        assert_flags(
            ID,
            "An inspiration for all of us who works in rail. A biochar blend that have doubled yields.",
            2,
        );
        assert_flags(ID, "The nurses who works nights deserve more. We need engineers who has PLC skills.", 2);
        assert_flags(ID, "Anyone who have worked nights knows. Clients who was there loved it.", 2);
        assert_clean(
            ID,
            "I am one of the people who is there. The team that have won is here. The data that shows it.",
        );
        assert_clean(
            ID,
            "The nurses who work nights; a blend that has doubled yields; those who have; anyone who has.",
        );
    }

    #[test]
    fn compounds_and_unknown_words_in_the_phrase() {
        assert_flags(ID, "The results of your vaccine cold-storage pilot was really impressive.", 1);
        assert_flags(ID, "Your keynote on SaaS pricing for Tier-2 cities were very inspiring.", 1);
        assert_flags(ID, "Your knowledge about fintech regulation are impressive.", 1);
        assert_clean(ID, "The results of your cold-storage pilot were impressive; your talk on fintech was great.");
    }

    #[test]
    fn a_bare_verb_before_a_gerund() {
        assert_flags(ID, "I am new here and your name keep coming up in our chats.", 1);
        assert_clean(ID, "Your name keeps coming up; the kids keep asking; I keep learning; my team keep trying.");
    }

    #[test]
    fn were_after_a_singular_pronoun_opening_a_clause() {
        assert_flags(ID, "Hi Shira, it were great to chat at the meetup.", 1);
        assert_flags(ID, "I were at the fair; he were kind.", 2);
        assert_clean(ID, "If it were up to me; as it were; I wish it were May; were it not for you.");
        assert_clean(ID, "It was great; we were there; you were kind; they were late.");
    }

    #[test]
    fn a_plural_quantity_of_a_pronoun() {
        assert_flags(ID, "Both colleges look fine because both of them has good reviews.", 1);
        assert_flags(ID, "Many of us was at the fair.", 1);
        assert_clean(ID, "Both of them have good reviews; each of them has a lab; one of us was there.");
    }

    #[test]
    fn a_noun_or_gerund_before_the_head() {
        assert_flags(ID, "Hi Connor, your welding videos helps a lot of apprentices.", 1);
        assert_flags(ID, "Your training video are great.", 1);
        assert_clean(ID, "Your welding videos help a lot; your training helps people; our hiring team is small.");
    }

    #[test]
    fn a_gerund_in_the_phrase() {
        assert_flags(ID, "Your comment on crane scheduling were spot on.", 1);
        assert_clean(ID, "Your comments on crane scheduling were spot on. Your talk on hiring was great.");
    }

    #[test]
    fn a_lot_of_and_a_plural() {
        assert_flags(
            ID,
            "Lot of people was taking notes. A lot of our clients is new, and lots of farmers has moved.",
            3,
        );
        assert_clean(ID, "A lot of people were there. A lot of work is done; I met a lot of people was");
        assert_clean(ID, "Lots of cash is tied up. A lot of data is shared. A number of us were there.");
    }

    #[test]
    fn there_is_few() {
        assert_flags(ID, "There is very few vets in our region; there was few options.", 2);
        assert_clean(ID, "There are very few vets; there is very little time; there is a few minutes' walk.");
    }

    /// Modifiers before a singular head, then `were`; `every one of` as `one of`.
    #[test]
    fn singular_head_after_modifiers_and_every_one_of() {
        assert_flags(ID, "Your timber frame case study were great.", 1);
        assert_flags(ID, "Every one of the teachers in our district have read your guide.", 1);
        assert_clean(ID, "Your case studies were great; our sales team were great; every one of them has read it.");
    }

    /// A group of people takes a plural verb in British English; a plural of things never a singular one.
    #[test]
    fn collective_nouns_of_people_take_either_verb() {
        assert_clean(ID, "The cast were brilliant on opening night; the choir were wonderful; the union were clear.");
        assert_clean(ID, "The orchestra was superb and the congregation were singing.");
        assert_flags(ID, "The chairs was stacked after the concert.", 1);
    }

    /// Two subjects joined by `and`, one of them the writer, are plural.
    #[test]
    fn an_abbreviation_with_i_is_no_pronoun() {
        assert_clean(ID, "We handle P&I claims out of Piraeus and R&I teams.");
        assert_flags(ID, "Me and I claims it.", 1);
    }

    #[test]
    fn there_is_before_a_plural() {
        assert_flags(ID, "There is many nurses in Accra who want it.", 1);
        assert_flags(ID, "There was several reasons; there is 3 openings; there is problems in Leeds.", 3);
        let d = check_text(ID, "There was several reasons.");
        assert_eq!(d[0].suggestions[0].replacement, "were");
        assert_clean(ID, "There is news from Leeds; there is one opening; there's many ways to do it.");
        assert_clean(ID, "There is a lot of work and there are many nurses; there is sales training.");
    }

    #[test]
    fn joined_subjects() {
        let d = check_text(ID, "Me and my team is working on something similar.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "are");
        assert_flags(ID, "My manager and I was at the summit. Our lead nurse and me has met.", 2);
        assert_clean(ID, "My team and I are working on it; me and my team were there. She and I are here.");
        assert_flags(ID, "Me and my cofounder was at the same bootcamp.", 1);
        assert_clean(ID, "Salt and pepper is my favourite; my bread and butter is audits.");
    }

    #[test]
    fn pronouns() {
        assert_flags(ID, "She don't miss a deadline.", 1);
        assert_flags(ID, "I has led teams; we was first.", 2);
        let d = check_text(ID, "He teach piano on weekends.");
        assert_eq!(d[0].suggestions[0].replacement, "teaches");
        let d = check_text(ID, "I is a certified accountant.");
        assert_eq!(d[0].suggestions[0].replacement, "am");
        // A bare verb that is a noun too, with its object after a subject that opens its clause.
        let d = check_text(ID, "My brother run a small plumbing business. Both of my parents is teachers.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["runs", "are"]);
        assert_clean(ID, "The road work a mile away. Our business plan this year is bold. Our export figures rose.");
        assert_clean(ID, "Built a robust front end architecture, enabling growth. The project run by our team won.");
        // `lead` in a sentence about the past is `led`; `were` before a clause is `where` (confusable-context).
        let d = check_text(ID, "She lead the migration in 2021. He lead the team.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["led", "leads"]);
        assert_clean(ID, "This is the farm were I grew up.");
        // A bare verb that is an adjective too, after `he`, `she` or `it` and before an object or `like`.
        let d = check_text(ID, "Thanks for accepting, it mean a lot. It sound like a plan.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["means", "sounds"]);
        assert_clean(ID, "Make it clean and simple. Keep it open for us. It means a lot. Is it clean enough?");
        assert_clean(ID, "Your point about letting the wine lose some of its reduction stuck with me.");
        assert_flags(ID, "The list of approved suppliers have been updated.", 1);
        assert_clean(ID, "The list of approved suppliers has been updated; the suppliers of approved parts have left.");
        let d = check_text(ID, "There are a new policy on overtime. There is some open positions at our firm.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["is", "are"]);
        assert_clean(
            ID,
            "There are a lot of jobs; there are a number of ways; there are a few; there were a couple of.",
        );
        assert_clean(ID, "There are a great many. There is some open space. There are a dozen roles; a new policy.");
        // A place or group phrase between the quantity's noun and the verb.
        let d = check_text(
            ID,
            "Many of the farmers in our group has already started. Few of my friends from Lagos was there.",
        );
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["have", "were"]);
        assert_clean(
            ID,
            "Many of the farmers in our group have started; many of the farmers in our group, which has 40.",
        );
        assert_clean(
            ID,
            "The fungicide rotation you were using. What I told you was true; the book I gave you was good.",
        );
        let d = check_text(ID, "I want to know more about the fungicide rotation you was using.");
        assert_eq!(d.len(), 1);
    }

    /// After `and`, a pronoun's verb is judged only when it is wrong whether the pronoun stands alone
    /// or ends a joined subject.
    #[test]
    fn pronouns_after_and() {
        let d = check_text(ID, "I teach in Lodwar and I has been following your work.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "have");
        assert_flags(ID, "We moved to Leeds and we was happy there.", 1);
        assert_flags(ID, "I show the videos in class and they really enjoys them.", 1);
        assert_clean(ID, "Your point about rules hurting small boats more than the big trawlers was fair.");
        assert_clean(ID, "Whose meter do you recommend? Which tools does she use? What courses have you taken?");
        assert_clean(ID, "I show the videos in class and they really enjoy them; Sam and they always agree.");
        assert_flags(ID, "Your work was neat and you was so patient with the kids.", 1);
        assert_flags(ID, "I read your guide and it help me a lot; I tried it and it work really well.", 2);
        assert_clean(ID, "I read your guide and it helps me; we let Sam and it run; I saw it and it cost us.");
        assert_clean(ID, "Sam and you were both there; I told Sam and you what was said.");
        assert_clean(ID, "I moved to Leeds and I was happy there; Sam and I are partners.");
        assert_clean(ID, "I met Tom and he has been a mentor; Tom and they were late.");
        // One finding for `My team and I has`, from the joined subject.
        assert_flags(ID, "My team and I has delivered the project.", 1);
    }

    #[test]
    fn nouns_and_relative_clauses() {
        assert_flags(ID, "This role require travel.", 1);
        assert_flags(ID, "My students says I explain well.", 1);
        assert_flags(ID, "The clients we serve is mostly nonprofits.", 1);
        assert_flags(ID, "One of our products were named best in show.", 1);
        assert_flags(ID, "The section on screw shear connectors were excellent.", 1);
        assert_flags(ID, "My experience with enterprise clients have grown.", 1);
        assert_clean(ID, "The majority of our clients are in Leeds. The notes on the wards are good.");
        assert_flags(ID, "Your tips on service recovery for upset guests was really helpful.", 1);
        assert_flags(ID, "Your tips on territory planning was super helpful!", 1);
        assert_clean(ID, "Your tips on service recovery were helpful. The results of the audit are in.");
        assert_clean(ID, "The section on connectors was excellent; the lead of two teams, who are remote.");
        assert_clean(ID, "In the section on connectors were three errors.");
        assert_flags(ID, "Hi Ines, the results of your vaccine storage pilot was impressive.", 1);
        assert_flags(ID, "The results of your vaccine storage pilot was impressive.", 1);
        // Nouns before a plural head; a verb in -s after a plural head and its phrase.
        assert_flags(ID, "Your cassava mosaic trial results was fascinating.", 1);
        assert_clean(ID, "Your cassava mosaic trial results were fascinating; our sales team was great.");
        assert_clean(ID, "My current research focuss is on soils.");
        assert_flags(ID, "The farmers at the Kumasi cooperative speaks highly of you.", 1);
        assert_clean(ID, "The farmers at the cooperative speak highly of you; the head of sales speaks well.");
        assert_clean(ID, "The joints with no screws are fine. Your stories about concrete pours were great.");
        assert_clean(ID, "Your stories about winter concrete pours on the Edmonton LRT job were great.");
        assert_clean(ID, "Oscar, the oak table you made for my sister is stunning.");
        // A singular head opening a clause after `and`.
        assert_flags(ID, "I'm a hygienist in Hanoi and your lecture on pediatric fluoride use were very clear.", 1);
        assert_flags(ID, "I run a farm, and your article about the auctions and scores for Huila were excellent.", 1);
        assert_clean(
            ID,
            "I think the CEO and the head of sales were right; your talk and your lecture on BIM were great.",
        );
        assert_clean(ID, "We met in Leeds and your team on the night shift were lovely.");
        assert_clean(ID, "Your post on HPLC system suitability failures and their usual causes was very practical.");
        assert_flags(ID, "Our online booking system have helped over 200 restaurants.", 1);
        assert_clean(ID, "Your paper on women's savings groups matches what I see every day in the villages.");
        assert_clean(ID, "Our online booking systems have helped; our online booking system has helped.");
        let d = check_text(ID, "Your case was presented in my class and everybody were impressed. Nobody were late.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["was", "was"]);
        assert_clean(
            ID,
            "If everyone were to agree, fine. It was as if nobody were there. I wish everybody were here.",
        );
        // A verb that takes a clause before the subject; a bare verb before an object pronoun.
        assert_flags(ID, "I hope this message find you well.", 1);
        assert_clean(ID, "I hope this message finds you well. My manager let me go early; let this note find you.");
    }

    /// `everyone`, `one of` + a plural: singular across any phrase; a plural in -ves is a plural head.
    #[test]
    fn irregular_plurals_opening_a_clause() {
        assert_flags(ID, "People is talking about your post. Many people was there. Children is the future.", 3);
        assert_clean(
            ID,
            "People are talking; many people were there; the People's Bank is open; a people is a nation.",
        );
    }

    #[test]
    fn to_gerunds_and_parts_in_the_phrase() {
        assert_flags(ID, "The guide to the visa rules were useful.", 1);
        assert_flags(ID, "Your note on the changes to our rota were clear.", 1);
        assert_flags(ID, "Your thread about hiring juniors were useful.", 1);
        assert_flags(ID, "The part about payroll rules are very important for us.", 1);
        assert_flags(ID, "The practices we speak with loses calls after hours.", 1);
        assert_flags(ID, "The outreach scheme you described sound really promising.", 1);
        assert_flags(ID, "I met a supplier who sell solar panels. We hired a nurse who speak the language.", 2);
        assert_clean(ID, "I work in a company which produce solar panels (a firm may be plural).");
        assert_flags(ID, "I saw your collection and the adire pieces was stunning.", 1);
        assert_clean(ID, "Grand chatting at the meetup, and the craic afterwards was mighty.");
        assert_flags(ID, "She still skip the checks. Our nurse still work nights.", 2);
        assert_clean(ID, "She still skips the checks; our nurses still work nights; it is still work.");
        assert_flags(ID, "It is very interesting because my father grow cashew in Casamance.", 1);
        assert_clean(ID, "The adire piece was stunning; my father and uncle grow cashew; does my father grow cashew?");
        assert_flags(
            ID,
            "We offer a cloud-based reminder system that reduce no-shows; a tool that help farmers track herds.",
            2,
        );
        assert_clean(
            ID,
            "A tool that helps farmers; the board asked that each member reduce costs; a team that help us.",
        );
        assert_clean(
            ID,
            "I work in a company which produces solar panels; the fact that produce prices rose; a firm whose staff help us.",
        );
        assert_flags(ID, "Your session at the weekend help my team. The survey of our members show a clear trend.", 2);
        assert_clean(ID, "Your session at the weekend helped my team; the members of our board show a clear trend.");
        assert_clean(ID, "The guide to the visa rules was useful. The plan to hire more nurses is good.");
        assert_clean(ID, "Your thread about hiring juniors was useful. Part of our members are nurses.");
        assert_clean(ID, "The changes we made to processes were small. The people we talk to are kind.");
        assert_clean(ID, "The clinics we work with need faster answers.");
    }

    #[test]
    fn singular_subjects_across_a_phrase() {
        assert_flags(ID, "Everyone in my cohort at the police academy have read your article.", 1);
        assert_flags(ID, "One of the drivers on our route were at your fatigue training.", 1);
        assert_flags(ID, "Ngozi, the midwives on my unit was really inspired by your talk.", 1);
        assert_flags(ID, "The midwives was inspired.", 1);
        assert_clean(ID, "Everyone in my cohort has read it. One of the drivers on our route was there.");
        assert_clean(ID, "One of the drivers who were there. Everyone I know in Leeds says hello.");
        assert_clean(ID, "The midwives on my unit were inspired; the knives in the kitchen are sharp.");
    }

    /// A singular head takes a singular verb whatever the phrase after it ends in, over up to nine words;
    /// after `everyone` a bare verb disagrees too; after `and`, a plural head still takes a plural verb.
    #[test]
    fn agreement_across_a_long_phrase() {
        assert_flags(ID, "Hugh, your talk about BIM at the Engineers Ireland event were really good.", 1);
        assert_flags(ID, "Hi Mateo, my experience in hotel sales have taught me a lot.", 1);
        assert_flags(ID, "Hi Eva, everyone in our group follow your posts on accessibility.", 1);
        assert_flags(ID, "I train in Leeds and your tips on knots for new climbers was useful.", 1);
        assert_clean(ID, "Hugh, your talk about BIM at the Engineers Ireland event was really good.");
        assert_clean(ID, "The team at the clinic were great. The staff at the hotel were lovely.");
        assert_clean(ID, "The majority of my clients are local. A couple of my friends were there.");
        assert_clean(ID, "I liked the food and your talk at the summit were both great.");
        assert_clean(ID, "Everyone in the room stood up. Everyone on the team can help.");
        assert_clean(ID, "If your talk at the summit were recorded, I would share it.");
    }

    #[test]
    fn joined_subjects_after_a_greeting() {
        assert_flags(ID, "Hi Paul, me and my team was at your workshop.", 1);
        assert_clean(ID, "Hi Paul, me and my team were at your workshop.");
    }

    #[test]
    fn a_subject_after_a_verb_of_a_clause() {
        assert_flags(ID, "I think we was at the same nursing school in Swansea.", 1);
        assert_clean(ID, "I think we were at the same school. I hope they are well. I think it was you.");
        assert_flags(ID, "Jana says you knows everything about PLCs, and Omar said you was the one to ask.", 2);
        assert_clean(ID, "She says you know everything. Whoever told you knows it. I think you were right.");
    }

    #[test]
    fn plural_heads_and_i_after_and() {
        assert_flags(ID, "Your insights was very valuable.", 1);
        assert_clean(ID, "The insights team is small. Our sales team has grown. The news was good.");
        assert_flags(ID, "I am also a farmer and I raises goats in Ogun.", 1);
        assert_clean(ID, "My sister and I run a farm; she and I were there.");
    }

    #[test]
    fn a_phrase_after_a_preposition_is_not_the_subject() {
        assert_clean(ID, "The dinner and the drinks after your talk were great.");
        assert_clean(ID, "The notes since our call have helped.");
        assert_flags(ID, "After your talk were the drinks, I think.", 1);
        assert_flags(ID, "Your talk were great.", 1);
    }

    #[test]
    fn accepts_agreement_and_compounds() {
        assert_clean(ID, "The project manager role requires travel.");
        assert_clean(ID, "Our engineers build tools; the reports show growth.");
        assert_clean(ID, "I was there and they were too; if it were up to me.");
        assert_clean(ID, "The company were founded by two friends.");
        assert_clean(ID, "Let them know; with it we grew.");
        assert_clean(ID, "A web design studio; my research focus is NLP.");
    }

    #[test]
    fn an_adverb_between_the_subject_and_its_verb() {
        assert_flags(ID, "Hi Tariq, your apprentices always looks so well trained.", 1);
        assert_flags(ID, "My manager really like your post.", 1);
        assert_clean(
            ID,
            "Your apprentices always look well trained; my manager really likes it; the team often says so.",
        );
        assert_clean(ID, "My parents also run a farm. Our clients often say so. The project manager always leads.");
    }

    #[test]
    fn a_gerund_before_a_plural_head() {
        assert_flags(ID, "Your thinning trials in Bavaria is the reason I picked my topic.", 1);
        assert_clean(ID, "Your thinning trials in Bavaria are the reason. Your training video is great.");
    }

    #[test]
    fn you_takes_have_are_do() {
        assert_flags(ID, "I am so glad to see you has become a matron now! I know you is busy.", 2);
        assert_clean(ID, "A big thank you has gone out; the best of you is yet to come; you have; you are.");
    }

    #[test]
    fn a_bare_verb_before_an_adverb_and_a_form_in_s_before_a_gerund() {
        assert_flags(ID, "The shipment arrive safely in Rotterdam yesterday. My apprentices keeps asking.", 2);
        assert_clean(ID, "The shipment arrives safely. My glaze keeps crawling. The design quickly changed.");
    }

    #[test]
    fn two_things_each_with_its_determiner() {
        assert_flags(ID, "Hi Ravi, your book and your podcast has helped me a lot.", 1);
        assert_clean(
            ID,
            "My friend and mentor is here. Every nurse and every doctor has a badge. The bread and butter is.",
        );
        assert_clean(ID, "Your book and your podcast have helped me a lot.");
        let d = check_text(ID, "Your book and your podcast on supply chain finance has helped me a lot.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "have");
        assert_clean(ID, "Your book and your podcast on supply chain finance have helped me a lot.");
        assert_clean(ID, "My friend and mentor at the bank is here; each book and each podcast of the week is out.");
    }

    #[test]
    fn any_after_if_opens_a_subject() {
        assert_flags(ID, "If any vacancy arise at Beaconhouse, kindly consider me.", 1);
        assert_clean(ID, "If any vacancy arises, call me. Should any vacancy arise, call me. Do you have any tips?");
    }

    #[test]
    fn a_relative_clause_at_the_end_of_the_phrase() {
        assert_flags(ID, "Hi Hannah, the list of phonics resources you shared are brilliant.", 1);
        assert_clean(
            ID,
            "The list of phonics resources you shared is brilliant. The tips on grazing you shared were great.",
        );
    }

    #[test]
    fn a_verb_only_word_before_a_preposition_and_verbs_of_seeming() {
        assert_flags(ID, "Our payroll platform integrate with SAP in a day.", 1);
        assert_flags(ID, "The scheme sound really promising. Your plan look great.", 2);
        let d = check_text(ID, "The scheme sound great.");
        assert_eq!(d[0].suggestions[0].replacement, "sounds");
        assert_clean(ID, "I can get you a term life quote in minutes. The sound really matters.");
        assert_clean(ID, "The house looks great and the results seem good; our platforms integrate with SAP.");
    }

    #[test]
    fn a_singular_noun_across_a_relative_clause() {
        assert_flags(ID, "The scheme you described sound really promising.", 1);
        assert_flags(ID, "The course you recommended help me a lot.", 1);
        assert_clean(ID, "The report you sent me was great. The class I taught art in was fun.");
    }

    #[test]
    fn a_noun_that_is_also_a_verb_is_a_subject() {
        assert_flags(ID, "The work are really impressive.", 1);
        assert_clean(ID, "The work is really impressive; I work with teams that are remote.");
        assert_clean(ID, "The following are required; the accused are here; the many are fine.");
        assert_clean(ID, "The best are yet to come; the latest are here.");
        assert_clean(ID, "The fish are fed daily, the rest are history and the remainder are stored.");
    }
}
