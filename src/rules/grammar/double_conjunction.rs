//! `double-conjunction`: a clause of concession or reason that opens the sentence, then `but` or `so` after
//! its comma ("Although I am new to logistics, but I learn fast" → drop `but`; "Because the client was late,
//! so we moved the audit" → drop `so`).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::Analysis;
use crate::text::word_class::Tags;

pub struct DoubleConjunction;

static META: RuleMeta = RuleMeta {
    id: "double-conjunction",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "Two conjunctions for one link: Although …, but …; Because …, so …",
    description: "What it does: finds a sentence that opens with a clause of concession (`although`, `though`, \
`even though`, `even if`) and then, after the comma, starts its main clause with `but`; or opens with a clause \
of reason (`because`, `because of`, `since` before a subject) and then starts its main clause with `so`: \
`Although I am new to logistics, but I learn fast`, `Because the client was late, so we moved the audit`. Left \
alone: `so` as a degree word (`Since we met, so much has changed`), `since` before a time (`Since 2019, …`), and \
`but` or `so` inside the opening clause.\n\
Why: English links the two clauses with one conjunction; the second is a common slip of writers whose first \
language pairs them (Chinese, Hindi, Arabic, Swahili and many others).\n\
Use instead: one of the two: `Although I am new, I learn fast` or `I am new, but I learn fast` (a suggestion, \
not applied automatically).",
    flags: &[
        "Although I am new to logistics, but I learn fast.",
        "Because the client was late, so we moved the audit.",
        "Even though the pay is low, but I love teaching.",
    ],
    accepts: &[
        "Although I am new to logistics, I learn fast.",
        "I am new to logistics, but I learn fast. Since we met, so much has changed.",
        "Since 2019, so many farms have joined. Because it rained, we stayed in, so we talked.",
    ],
    default_enabled: true,
};

/// The second conjunction that the opening word `i` (the first of its sentence) does not allow: `but` after a
/// concession, `so` after a reason.
fn second_of(a: &Analysis, i: usize) -> Option<&'static str> {
    let w = &a.words[i];
    if !w.sentence_start {
        return None;
    }
    let next = a.at(i, 1);
    if w.is_any(&["although", "though"]) || w.is("even") && next.is_some_and(|n| n.is_any(&["though", "if"])) {
        return Some("but");
    }
    // `since` gives a reason before a clause (a subject), a time before a date or a number.
    let clause = next.is_some_and(|n| {
        n.tags.any(Tags::PRON | Tags::DET | Tags::POSS) && !n.tags.any(Tags::DIGITS | Tags::NUM | Tags::TIME)
    });
    (w.is("because") || w.is("since") && clause).then_some("so")
}

impl Rule for DoubleConjunction {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for i in 0..a.words.len() {
            let Some(second) = second_of(a, i) else { continue };
            // The first word after a comma in the same sentence (the main clause's), if it is the second
            // conjunction; only the first comma counts, so a list inside the opening clause is not read as one.
            let mut k = i + 1;
            while let Some(w) = a.words.get(k) {
                if w.sentence_start {
                    break;
                }
                let comma_before = text[..w.span.start].trim_end().ends_with(',');
                if comma_before {
                    let degree = a.at(k, 1).is_some_and(|n| {
                        n.tags.any(Tags::ADJ | Tags::ADV | Tags::QUANT) || n.is_any(&["many", "much", "far", "long"])
                    }) && !a.at(k, 1).is_some_and(|n| n.tags.any(Tags::PRON | Tags::DET));
                    if w.is(second) && !(second == "so" && degree) {
                        // The conjunction and the space after it go; the main clause keeps its words.
                        let end = a.words.get(k + 1).map_or(w.span.end, |n| n.span.start);
                        let opener = &text[a.words[i].span.clone()];
                        let message = format!(
                            "‘{opener}’ already links the two clauses: no ‘{}’ after the comma",
                            &text[w.span.clone()]
                        );
                        out.extend(finding(cx, &META, w.span.start..end, message, &[String::new()]));
                    }
                    break;
                }
                k += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "double-conjunction";

    #[test]
    fn flags_a_second_conjunction_after_the_comma() {
        assert_flags(ID, "Although I am new to logistics, but I learn fast. Though the pay is low, but I stay.", 2);
        assert_flags(
            ID,
            "Because the client was late, so we moved the audit. Since the harvest was good, so we hired.",
            2,
        );
        let d = check_text(ID, "Even though it rained, but we finished.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "");
        assert!(!d[0].suggestions[0].safe);
    }

    #[test]
    fn accepts_one_conjunction_and_degree_words() {
        assert_clean(ID, "Although I am new to logistics, I learn fast. I am new, but I learn fast.");
        assert_clean(ID, "Since we met, so much has changed. Since 2019, so many farms have joined.");
        assert_clean(ID, "Because it rained, we stayed in, so we talked. We met because, so to speak, we had to.");
        assert_clean(ID, "Although small, the team, but not the budget, grew.");
    }
}
