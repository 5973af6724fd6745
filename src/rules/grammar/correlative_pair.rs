//! `correlative-pair`: the two halves of a paired construction that do not match: `neither … or` (→ nor),
//! `either … nor` (→ or), `as good than` (→ as good as), `both … as well as` (→ and), and `Not only` opening a
//! sentence without the inverted order (`Not only we grow rice` → Not only do we grow).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct CorrelativePair;

static META: RuleMeta = RuleMeta {
    id: "correlative-pair",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "Paired words that do not match: neither … or, either … nor, as good than, both … as well as, Not only we …",
    description: "What it does: in one clause (no punctuation between), finds `neither` answered by `or` \
(`Neither the driver or the dispatcher`), `either` answered by `nor` (`either cash nor transfer`), `as` and a \
describing word answered by `than` (`as good than the big chains`, `twice as big than`), `both` answered by `as \
well as` (`both in finance as well as in operations`), and a sentence opening with `Not only` and a subject \
pronoun with its verb (`Not only we grow rice, but…`). Left alone: `me neither`, `neither of`, `as well as` \
without `both`, `we both … as well as` (`both` of a pronoun), comparatives (`more than`), and `Not only do we…`. \
The same for `Never`, `Rarely`, `Seldom`, `Hardly` opening the sentence before a subject pronoun (`Never I have \
seen` → Never have I seen, `Rarely we get` → Rarely do we get).\n\
Why: each first half asks for its own second half: neither/nor, either/or, as/as, both/and; a sentence that \
opens with a negative such as `not only` inverts its subject and verb.\n\
Use instead: the matching word (a suggestion, not applied automatically).",
    flags: &[
        "Neither the driver or the dispatcher was informed.",
        "We accept either cash nor bank transfer.",
        "Our service is as good than the big chains.",
        "I work both in finance as well as in operations.",
        "Not only we grow rice, but we also process it.",
    ],
    accepts: &[
        "Neither the driver nor the dispatcher was told; me neither.",
        "We accept either cash or transfer; it is better than before.",
        "It is as good as theirs; we both like tea as well as coffee.",
        "Not only do we grow rice, but we also process it.",
    ],
    default_enabled: true,
};

/// The index of the first of `targets` after word `i` in the same clause (only spaces between the words), within
/// `max` words, unless one of `stops` comes first.
fn answered(a: &Analysis, i: usize, targets: &[&str], stops: &[&str], max: usize) -> Option<usize> {
    let mut k = i + 1;
    while k < a.words.len() && k <= i + max {
        let w = &a.words[k];
        if !w.joined || w.is_any(stops) {
            return None;
        }
        if w.is_any(targets) {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// `as good than`, `twice as big than`: `as`, a describing word (not a comparative), `than`. The index of `than`.
fn as_than(a: &Analysis, i: usize) -> Option<usize> {
    let j = a.at(i, 1)?;
    let than = a.at(i, 2)?;
    let describing =
        j.tags.any(Tags::ADJ | Tags::ADV) && !j.tags.any(Tags::ADJ_CMP | Tags::FUNCTION) || j.is_any(&["much", "many"]);
    (a.words[i].is("as")
        && j.joined
        && describing
        && !j.is_any(&["well", "soon", "long", "far", "such", "more", "less", "rather", "other"])
        && than.joined
        && than.is("than"))
    .then_some(i + 2)
}

/// `Not only we grow rice`: `Not only` opening the sentence, then a subject pronoun and a bare verb. The span of
/// the pronoun and the verb, and the inverted order.
fn not_only(a: &Analysis, i: usize) -> Option<(usize, String)> {
    let w = &a.words[i];
    let (only, s, v) = (a.at(i, 1)?, a.at(i, 2)?, a.at(i, 3)?);
    let ok = w.sentence_start
        && w.is("not")
        && only.is("only")
        && only.joined
        && s.joined
        && s.is_any(&["i", "we", "they", "you"])
        && v.joined
        && v.tags.any(Tags::VERB)
        && !v.tags.any(Tags::FUNCTION | Tags::ADJ | Tags::NOUN_PL | Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG)
        && !v.is_name_like();
    let subject = if s.is("i") { "I" } else { s.lower.as_str() };
    ok.then(|| (i + 3, format!("do {subject} {}", v.lower.as_str())))
}

/// `Never I have seen such a team`, `Rarely we get complaints`: a negative adverb opening the sentence, then a
/// subject pronoun and an auxiliary (which goes first: `Never have I seen`) or a bare verb (`Rarely do we get`).
/// The span from the pronoun to the auxiliary or verb, and the inverted order.
fn negative_adverb(a: &Analysis, i: usize) -> Option<(usize, usize, String)> {
    let w = &a.words[i];
    if !w.sentence_start || !w.is_any(&["never", "rarely", "seldom", "hardly", "nowhere"]) {
        return None;
    }
    let (s, v) = (a.at(i, 1)?, a.at(i, 2)?);
    if !s.joined || !v.joined || !s.is_any(&["i", "we", "they", "you", "he", "she"]) {
        return None;
    }
    let subject = if s.is("i") { "I" } else { s.lower.as_str() };
    if v.is_any(&["have", "has", "had", "can", "could", "will", "would", "did", "do", "does"])
        && a.at(i, 3).is_some_and(|m| m.joined && m.tags.any(Tags::VERB | Tags::VERB_PART | Tags::VERB_PAST))
    {
        return Some((i + 1, i + 2, format!("{} {subject}", v.lower.as_str())));
    }
    let bare = v.tags.any(Tags::VERB)
        && !v.tags.any(Tags::FUNCTION | Tags::ADJ | Tags::NOUN_PL | Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG)
        && !v.is_name_like();
    bare.then(|| (i + 1, i + 2, format!("do {subject} {}", v.lower.as_str())))
}

impl Rule for CorrelativePair {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let say = |k: usize, right: &str, message: String| {
            finding(cx, &META, a.words[k].span.clone(), message, &[right.to_string()])
        };
        for (i, w) in a.words.iter().enumerate() {
            let next_of = a.at(i, 1).is_some_and(|n| n.is("of"));
            if w.is("neither")
                && !next_of
                && let Some(k) = answered(a, i, &["or"], &["nor"], 8)
            {
                out.extend(say(k, "nor", "‘neither’ pairs with ‘nor’".to_string()));
            } else if w.is("either")
                && !next_of
                && let Some(k) = answered(a, i, &["nor"], &["or", "neither"], 8)
            {
                out.extend(say(k, "or", "‘either’ pairs with ‘or’".to_string()));
            } else if let Some(k) = as_than(a, i) {
                out.extend(say(k, "as", format!("‘as {}’ pairs with ‘as’, not ‘than’", a.words[i + 1].lower.as_str())));
            } else if w.is("both")
                && !next_of
                && !a.at(i, -1).is_some_and(|p| w.joined && p.tags.any(Tags::PRON | Tags::OBJ))
                && let Some(k) = answered(a, i, &["as"], &["and"], 7)
                && a.at(k, 1).is_some_and(|n| n.joined && n.is("well"))
                && a.at(k, 2).is_some_and(|n| n.joined && n.is("as"))
            {
                let span = a.words[k].span.start..a.words[k + 2].span.end;
                let message = "‘both’ pairs with ‘and’".to_string();
                out.extend(finding(cx, &META, span, message, &["and".to_string()]));
            } else if let Some((end, right)) = not_only(a, i) {
                let span = a.words[i + 2].span.start..a.words[end].span.end;
                let message = format!("after ‘Not only’ opening a sentence, the verb comes first: ‘Not only {right}’");
                out.extend(finding(cx, &META, span, message, &[right]));
            } else if let Some((start, end, right)) = negative_adverb(a, i) {
                let span = a.words[start].span.start..a.words[end].span.end;
                let message = format!(
                    "after ‘{}’ opening a sentence, the auxiliary comes first: ‘{} {right}’",
                    &cx.text()[w.span.clone()],
                    &cx.text()[w.span.clone()]
                );
                out.extend(finding(cx, &META, span, message, &[right]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "correlative-pair";

    #[test]
    fn a_negative_adverb_opening_the_sentence() {
        let d = check_text(ID, "Never I have seen such a well-run warehouse. Rarely we get complaints.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["have I", "do we get"]);
        assert_clean(ID, "Never have I seen it. Rarely do we get complaints. Never, I think, have we. I never have.");
    }

    #[test]
    fn neither_nor_and_either_or() {
        assert_flags(ID, "Neither the driver or the dispatcher knew. She speaks neither Spanish or Italian.", 2);
        assert_flags(ID, "We accept either cash nor bank transfer.", 1);
        assert_eq!(check_text(ID, "We accept either cash nor transfer.")[0].suggestions[0].replacement, "or");
        assert_clean(ID, "Neither the driver nor the dispatcher knew; me neither. Neither of them, or us, came.");
        assert_clean(ID, "We accept either cash or transfer. I did not go either. Or neither.");
    }

    #[test]
    fn as_than_and_both_as_well_as() {
        assert_flags(ID, "Our service is as good than the big chains. It is twice as big than the old one.", 2);
        assert_flags(
            ID,
            "I work both in finance as well as in operations. We serve both locals as well as tourists.",
            2,
        );
        assert_clean(ID, "It is as good as theirs, more than enough, as well as cheap; as soon as possible.");
        assert_clean(ID, "We both like tea as well as coffee. Both teams and partners, as well as staff, came.");
    }

    #[test]
    fn not_only_inverts() {
        assert_flags(ID, "Not only I manage the kitchen, but I also train cooks. Not only we grow rice.", 2);
        let d = check_text(ID, "Not only we grow rice, but we also process it.");
        assert_eq!(d[0].suggestions[0].replacement, "do we grow");
        assert_clean(ID, "Not only do we grow rice. It is not only we who grow it. Not only that, we sell it.");
    }
}
