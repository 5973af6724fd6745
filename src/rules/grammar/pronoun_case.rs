//! `pronoun-case`: an object pronoun in a joined subject (`Me and my team delivered…`, `Her and I
//! met…`) and `I` in a joined object after a preposition (`between you and I`, `for my wife and I`).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::text::word_class::Tags;
use crate::text::{Analysis, Word};

pub struct PronounCase;

static META: RuleMeta = RuleMeta {
    id: "pronoun-case",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The wrong case of a pronoun joined by `and` (Me and my team delivered; between you and I)",
    description: "What it does: finds two cases of the same slip, a pronoun joined to another by `and` in the \
wrong case:\n\
- an object pronoun (`me`, `him`, `her`, `us`, `them`) in a subject: two people joined by `and` at the start \
of a clause and followed by their verb (`Me and my team delivered`, `Her and I met`, `My manager and me \
presented`);\n\
- `I` in an object: after a preposition, a person, `and` and `I`, where no verb of `I` follows (`between you \
and I`, `for my wife and I`, `a photo of the team and I`);\n\
- `myself` for `I` when one introduces oneself: `myself` opening a clause before a name (`Myself Priya Sharma, a \
final year student` → I am Priya Sharma).\n\
It does not fire when no verb follows the joined subject (a caption such as `Me and my team at the summit`), \
when a verb or an adverb follows `I` (`after Sam and I met` is a clause), after `than`, `as` and `like`, or when a comma follows `I` after any \
preposition but `between`.\n\
Why: in writing, the subject takes `I`, `he`, `she`, `we`, `they`, and the object takes `me`, `him`, `her`, \
`us`, `them`; joining a second person by `and` does not change that. Readers who notice it notice it in a \
profile or a note.\n\
Use instead: the subject form with the other person first (`My team and I delivered`, `She and I met`), and \
`me` in an object (`between you and me`); not applied automatically.",
    flags: &[
        "Me and my team delivered the project two weeks early.",
        "Her and I met at the Leeds conference.",
        "This was a big step for my wife and I.",
        "Between you and I, the launch slipped.",
    ],
    accepts: &[
        "My team and I delivered the project two weeks early.",
        "Me and my team at the summit in 2023.",
        "After Sam and I met, we started the company.",
        "It was a big step for my wife and me.",
        "Her team and I met at the Leeds conference.",
    ],
    default_enabled: true,
};

/// An object pronoun and its subject form.
const OBJECT_TO_SUBJECT: &[(&str, &str)] =
    &[("me", "I"), ("him", "he"), ("her", "she"), ("us", "we"), ("them", "they")];

/// Prepositions after which a joined `… and I` is an object. `than`, `as` and `like` also join clauses
/// (`than he and I did`), so they are not here.
const OBJECT_PREPOSITIONS: &[&str] = &[
    "about",
    "against",
    "among",
    "amongst",
    "at",
    "behind",
    "beside",
    "between",
    "by",
    "except",
    "for",
    "from",
    "including",
    "of",
    "on",
    "to",
    "toward",
    "towards",
    "with",
    "without",
];

/// Other subject pronouns that may be the second person of a joined subject.
const SUBJECT_PRONOUNS: &[&str] = &["i", "you", "he", "she", "we", "they"];

fn subject_form(w: &Word) -> Option<&'static str> {
    OBJECT_TO_SUBJECT.iter().find(|(o, _)| w.is(o)).map(|&(_, s)| s)
}

/// Whether the word can be a finite verb: a verb form other than a bare -ing or past participle, or an
/// auxiliary.
fn finite_verb(w: &Word) -> bool {
    w.tags.any(Tags::VERB | Tags::VERB_3SG | Tags::VERB_PAST | Tags::MODAL | Tags::BE | Tags::HAVE | Tags::DO)
        && !w.tags.any(Tags::PRON | Tags::DET | Tags::POSS | Tags::PREP | Tags::CONJ)
}

/// One person of a joined phrase starting at word `k`: a pronoun, one or two names, or a determiner or
/// possessive with up to two modifiers and its noun (`my team`, `our new lead`). Its last word's
/// index, and whether it is a pronoun.
fn person(a: &Analysis, k: usize, first: usize) -> Option<(usize, bool)> {
    let w = a.words.get(k)?;
    if k > first && !w.joined {
        return None;
    }
    if subject_form(w).is_some() || w.is_any(SUBJECT_PRONOUNS) {
        return Some((k, true));
    }
    if w.is_name_like() && !w.tags.any(Tags::FUNCTION) {
        let two = a.at(k, 1).is_some_and(|n| n.is_name_like() && !n.is("and") && !n.tags.any(Tags::FUNCTION));
        return Some((if two { k + 1 } else { k }, false));
    }
    if !w.tags.any(Tags::POSS | Tags::DET) || w.tags.any(Tags::PRON | Tags::OBJ) {
        return None;
    }
    let mut end = k + 1;
    while end < k + 3 && a.at(end, 1).is_some_and(|n| n.tags.any(Tags::NOUN | Tags::ADJ) && !n.is("and")) {
        end += 1;
    }
    let noun = a.at(k, (end - k) as isize)?;
    (noun.tags.any(Tags::NOUN | Tags::NOUN_PL) && !noun.tags.any(Tags::FUNCTION)).then_some((end, false))
}

/// The joined subject at word `i` (the start of a clause) with an object pronoun in it, followed by
/// its verb: the last word of the subject and the subject's right form.
fn object_in_subject(a: &Analysis, text: &str, i: usize) -> Option<(usize, String)> {
    let w = &a.words[i];
    let clause_start =
        w.sentence_start || a.at(i, -1).is_some_and(|p| p.tags.any(Tags::SUB) && !p.is_any(&["than", "as", "like"]));
    if !clause_start {
        return None;
    }
    let (first_end, first_pron) = person(a, i, i)?;
    if !a.at(first_end, 1)?.is("and") {
        return None;
    }
    let (mut second_end, second_pron) = person(a, first_end + 2, i)?;
    // `Me and my wife run a farm`: the noun phrase may have taken the verb as a noun of its own (`wife run`);
    // then the phrase ends one word earlier, on a noun, and that word is the verb.
    if !second_pron
        && second_end > first_end + 3
        && a.at(second_end, 1).is_none_or(|v| !finite_verb(v))
        && a.words[second_end - 1].tags.any(Tags::NOUN)
        && finite_verb(&a.words[second_end])
        && !a.words[second_end].tags.any(Tags::NOUN_PL | Tags::VERB_3SG)
    {
        second_end -= 1;
    }
    let first = &a.words[i..=first_end];
    let second = &a.words[first_end + 2..=second_end];
    let object = |side: &[Word], pron: bool| pron && subject_form(&side[0]).is_some();
    if !object(first, first_pron) && !object(second, second_pron) {
        return None;
    }
    // The verb of the joined subject, perhaps after one adverb (`both`, `recently`).
    let mut v = a.at(second_end, 1)?;
    if v.tags.any(Tags::ADV) && !finite_verb(v) || v.is_any(&["both", "all"]) {
        v = a.at(second_end, 2)?;
    }
    if !finite_verb(v) || v.is_name_like() {
        return None;
    }
    // The right subject: each pronoun in its subject form, with `I` last.
    let render = |side: &[Word], pron: bool| -> String {
        if pron && let Some(s) = subject_form(&side[0]) {
            return s.to_string();
        }
        if side[0].is("i") {
            return "I".to_string();
        }
        text[side[0].span.start..side[side.len() - 1].span.end].to_string()
    };
    let (one, two) = (render(first, first_pron), render(second, second_pron));
    let right = if one == "I" { format!("{two} and I") } else { format!("{one} and {two}") };
    Some((second_end, right))
}

/// `I` at word `j` ending a joined object after a preposition (`between you and I`).
fn subject_in_object(a: &Analysis, text: &str, j: usize) -> bool {
    let w = &a.words[j];
    // `… and I` in one clause: no punctuation or line break before `and` or `I`.
    if !w.is("i") || !w.joined || a.at(j, -2).is_none() || !a.at(j, -1).is_some_and(|p| p.is("and")) {
        return false;
    }
    // The person before `and`, and the preposition before it.
    let Some(prep) = (2..=5).find_map(|back| {
        let start = j.checked_sub(back)?;
        let (end, _) = person(a, start, start)?;
        (end == j - 2 && a.at(start, -1)?.is_any(OBJECT_PREPOSITIONS)).then(|| &a.words[start - 1])
    }) else {
        return false;
    };
    let after = &text[w.span.end..];
    if after.starts_with(['\'', '’']) {
        return false;
    }
    if after.trim_start_matches([' ', '\u{a0}']).starts_with(',') && !prep.is("between") {
        return false;
    }
    // A verb of `I` makes it the subject of a clause (`…for Sam and I have worked…`).
    !a.at(j, 1).is_some_and(|n| finite_verb(n) || n.tags.any(Tags::ADV))
}

impl Rule for PronounCase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for i in 0..a.words.len() {
            if let Some((end, right)) = object_in_subject(a, text, i) {
                let span = a.words[i].span.start..a.words[end].span.end;
                let message =
                    format!("‘{}’ is the subject of its verb: the subject form, ‘{right}’", &text[span.clone()]);
                out.extend(finding(cx, &META, span, message, &[right]));
            }
            // `Myself Rahul, a final year student`: introducing oneself with `myself` and a name.
            let w = &a.words[i];
            if w.is("myself")
                && a.at(i, -1).is_none()
                && a.at(i, 1).is_some_and(|n| n.capitalized && !n.all_caps && !n.tags.any(Tags::FUNCTION))
            {
                let message = "‘myself’ is not a subject: introduce yourself with ‘I am’ (or ‘My name is’)".to_string();
                out.extend(finding(cx, &META, w.span.clone(), message, &["I am".to_string()]));
            }
            // `all of we volunteers`, `most of they`: after a quantifier and `of`, the object form.
            if let Some(right) = w.is_any(&["we", "they", "he", "she"]).then(|| match w.lower.as_str() {
                "we" => "us",
                "they" => "them",
                "he" => "him",
                _ => "her",
            }) && a.at(i, -1).is_some_and(|p| p.is("of"))
                && a.at(i, -2).is_some_and(|q| {
                    q.is_any(&[
                        "all", "most", "some", "many", "both", "each", "one", "none", "several", "few", "any", "two",
                        "three", "either", "neither",
                    ])
                })
            {
                let message = format!("after ‘{} of’ the pronoun is the object: ‘{right}’", a.words[i - 2].lower);
                out.extend(finding(cx, &META, w.span.clone(), message, &[right.to_string()]));
            }
            if subject_in_object(a, text, i) {
                let span = a.words[i].span.clone();
                let message = "‘I’ is the object here (after a preposition): ‘me’".to_string();
                // The suggestion is set here: `finding` would match the case of `I` and write `Me`.
                let d = finding(cx, &META, span, message, &[]);
                out.extend(d.map(|d| d.with_suggestions(vec![Suggestion::unsafe_("me")])));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "pronoun-case";

    #[test]
    fn subject_pronoun_after_a_quantifier_and_of() {
        assert_flags(ID, "The team was so welcoming to all of we volunteers. Most of they came back.", 2);
        let d = check_text(ID, "Both of we enjoyed it.");
        assert_eq!(d[0].suggestions[0].replacement, "us");
        assert_clean(ID, "All of us volunteers; most of them; both of us; one of the things we like.");
    }

    #[test]
    fn myself_introducing_oneself() {
        assert_flags(ID, "Hi sir, myself Rahul, a final year student. Myself Priya Sharma from Delhi.", 2);
        let d = check_text(ID, "Myself Rahul.");
        assert_eq!(d[0].suggestions[0].replacement, "I am");
        assert_clean(ID, "I did it myself. Myself, I prefer tea. I taught myself Python; by myself.");
    }

    #[test]
    fn object_pronoun_in_a_joined_subject() {
        let d = check_text(ID, "Me and my team delivered the project early.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "My team and I");
        let d = check_text(ID, "Her and I met at the Leeds conference.");
        assert_eq!(d[0].suggestions[0].replacement, "She and I");
        assert_flags(ID, "My friends and me went to your talk.", 1);
        let d = check_text(ID, "My manager and me presented the results.");
        assert_eq!(d[0].suggestions[0].replacement, "My manager and I");
        let d = check_text(ID, "Me and Sarah both worked on the audit.");
        assert_eq!(d[0].suggestions[0].replacement, "Sarah and I");
        let d = check_text(ID, "Him and me have run the clinic since 2019.");
        assert_eq!(d[0].suggestions[0].replacement, "He and I");
        assert_flags(ID, "We grew fast because me and my partner worked weekends.", 1);
        // A bare verb that is a noun too ends the phrase (`wife run`, `team lead`).
        let d = check_text(ID, "Me and my wife run a small farm.");
        assert_eq!(d[0].suggestions[0].replacement, "My wife and I");
        assert_clean(ID, "My wife and I run a small farm; my team lead and I met in Lyon.");
    }

    #[test]
    fn subject_forms_and_captions_are_left_alone() {
        assert_clean(ID, "My team and I delivered the project early.");
        assert_clean(ID, "She and I met at the Leeds conference.");
        assert_clean(ID, "Me and my team at the summit in 2023.");
        assert_clean(ID, "Her team and I met in Leeds.");
        assert_clean(ID, "He thanked me and my team for the launch.");
        assert_clean(ID, "She was taller than him and me.");
    }

    #[test]
    fn subject_pronoun_in_a_joined_object() {
        let d = check_text(ID, "It was a big step for my wife and I.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "me");
        assert_flags(ID, "Between you and I, the launch slipped.", 1);
        assert_flags(ID, "Feel free to reach out to Priya and I with questions.", 1);
        assert_flags(ID, "A photo of the team and I at the awards.", 1);
    }

    #[test]
    fn a_clause_after_the_preposition_is_left_alone() {
        assert_clean(ID, "It was a big step for my wife and me.");
        assert_clean(ID, "I worked at Acme and I loved it.");
        assert_clean(ID, "After Sam and I met, we started the company.");
        assert_clean(ID, "I moved to Leeds and I have been there since.");
        assert_clean(ID, "I spoke with Ana and I'll send the notes.");
        assert_clean(ID, "I joined Acme in 2019 and I, as the lead, built the team.");
        assert_clean(ID, "I studied at Leeds and I also taught there.");
        assert_clean(ID, "I yield the balance of my time.\nAnd I – I cannot say more.");
        assert_clean(ID, "We meet on Saturday, and I – I will be late.");
    }
}
