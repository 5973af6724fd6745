//! `passive-voice`: experience bullets built around "was/were/been + past participle" ("Reports were
//! generated weekly") instead of an active verb ("Generated weekly reports").

use super::{bullets, is_own_prose, norm, word_tokens};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::{Rule, RuleMeta, SectionContext};
use crate::text::Token;

pub struct PassiveVoice;

static META: RuleMeta = RuleMeta {
    id: "passive-voice",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[SectionKind::Experience],
    summary: "Passive voice in experience bullets (\"was developed\", \"were reduced\")",
    description: "What it does: in experience bullets, flags a form of \"be\" followed by a past participle \
(\"was developed\", \"were reduced by 20%\", \"has been migrated\"), at most once per bullet.\n\
Not flagged: adjectives and states (\"was responsible\", \"is based in\", \"was involved\", \"is \
located\"), the passives that name an honour, where active voice would be odd (\"was promoted\", \"was \
awarded\", \"was selected\", \"was published in\", \"was featured\"), relative clauses that describe \
something (\"a tool that is used by 200 teams\"), and description paragraphs, which may describe the \
company (\"Acme was founded in 2010\").\n\
Why: a passive bullet hides who did the work, and on a résumé that should be you.\n\
Use instead: start with the verb: \"Reduced costs by 20%\" rather than \"Costs were reduced by 20%\".",
    flags: &["- Costs were reduced by 20% through caching", "- The new API was designed and built by me"],
    accepts: &[
        "- Was promoted to team lead after one year",
        "- Built a tool that is used by 200 teams; was responsible for its roadmap",
    ],
    default_enabled: true,
};

const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "been", "being", "be", "got", "gets", "get"];

/// Past participles that do not end in -ed.
const IRREGULAR: &[&str] = &[
    "built",
    "written",
    "given",
    "taken",
    "done",
    "made",
    "run",
    "shown",
    "sold",
    "paid",
    "held",
    "kept",
    "sent",
    "spent",
    "taught",
    "brought",
    "bought",
    "found",
    "seen",
    "driven",
    "begun",
    "grown",
    "drawn",
    "thrown",
    "broken",
    "spoken",
    "forgotten",
    "hidden",
    "left",
    "lost",
    "told",
    "understood",
    "overseen",
    "undertaken",
    "rewritten",
    "rebuilt",
    "withdrawn",
    "led",
    "won",
];

/// Participles that after "be" describe a state, a fact about a company or an honour, not an action
/// the person should have written actively.
const STATES: &[&str] = &[
    "involved",
    "interested",
    "based",
    "located",
    "dedicated",
    "focused",
    "focussed",
    "committed",
    "excited",
    "experienced",
    "skilled",
    "qualified",
    "engaged",
    "exposed",
    "specialized",
    "specialised",
    "required",
    "expected",
    "supposed",
    "certified",
    "promoted",
    "awarded",
    "selected",
    "invited",
    "nominated",
    "elected",
    "recognized",
    "recognised",
    "chosen",
    "hired",
    "recruited",
    "named",
    "honored",
    "honoured",
    "granted",
    "accepted",
    "admitted",
    "appointed",
    "tasked",
    "married",
    "concerned",
    "related",
    "associated",
    "aligned",
    "known",
    "used",
    "pleased",
    "delighted",
    "thrilled",
    "published",
    "featured",
    "cited",
    "funded",
    "sponsored",
    "ranked",
    "rated",
    "listed",
    "shortlisted",
    "acquired",
    "founded",
    "headquartered",
    "established",
    "incorporated",
    "called",
    "entitled",
    "titled",
    "won",
    "licensed",
    "registered",
    "enrolled",
    "employed",
    "contracted",
    "seconded",
    "placed",
    "stationed",
    "deployed",
    "posted",
    "transferred",
    "relocated",
    "mentioned",
    "asked",
    "allowed",
    "permitted",
    "tired",
    "prepared",
    "equipped",
    "organized",
    "organised",
    "motivated",
    "driven",
    "self",
];

fn is_participle(word: &str) -> bool {
    if !word.chars().all(|c| c.is_ascii_lowercase()) || STATES.contains(&word) {
        return false;
    }
    IRREGULAR.contains(&word)
        || (word.len() >= 5
            && word.ends_with("ed")
            && (!word.ends_with("eed") || matches!(word, "agreed" | "guaranteed")))
}

/// The passive at word `i` (an auxiliary), as the range from the auxiliary to the participle.
fn passive_at(text: &str, words: &[&Token], i: usize) -> Option<std::ops::Range<usize>> {
    let w = |j: usize| words.get(j).map(|t| norm(t.text(text))).unwrap_or_default();
    // Most words are no auxiliary: told without a lower-case copy.
    if !words.get(i).is_some_and(|t| crate::text::with_lower_plain(t.text(text), |l| AUXILIARIES.contains(&l))) {
        return None;
    }
    if i > 0 && matches!(w(i - 1).as_str(), "that" | "which" | "who" | "whom" | "where") {
        return None;
    }
    // One adverb may stand between: "was successfully migrated".
    let mut j = i + 1;
    if w(j).ends_with("ly") && w(j).len() > 3 {
        j += 1;
    }
    let tok = words.get(j)?;
    // Punctuation between breaks it: "was, reportedly".
    if !text[words[j - 1].span.end..tok.span.start].trim().is_empty() {
        return None;
    }
    is_participle(tok.text(text)).then(|| words[i].span.start..tok.span.end)
}

impl Rule for PassiveVoice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !is_own_prose(cx.section) {
            return;
        }
        let text = cx.text();
        let words = word_tokens(cx.tokens);
        for bullet in bullets(cx.section) {
            // The words inside the bullet: one run of the words (in text order, so their ends are
            // sorted too), found by binary search rather than a scan of the section per bullet.
            let lo = words.partition_point(|w| w.span.start < bullet.start);
            let hi = lo + words[lo..].partition_point(|w| w.span.end <= bullet.end);
            let Some(span) = (lo..hi).find_map(|i| passive_at(text, &words, i).filter(|s| s.end <= bullet.end)) else {
                continue;
            };
            let phrase = &text[span.clone()];
            let message = format!("‘{phrase}’ is passive: start the bullet with the active verb");
            out.push(cx.diag(&META, span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_once_per_bullet() {
        assert_flags(
            "passive-voice",
            "- Reports were generated and were sent weekly\n- Was successfully migrated to AWS",
            2,
        );
        assert_flags("passive-voice", "- The service has been rewritten in Go", 1);
    }

    #[test]
    fn states_honours_and_paragraphs_are_fine() {
        assert_clean(
            "passive-voice",
            "- Was awarded Employee of the Year\n- Is based in Berlin\n- Was involved in hiring",
        );
        assert_clean("passive-voice", "Acme was founded in 2010 and was acquired in 2020. It is used by banks.");
        assert_clean("passive-voice", "- Built the speed tests; the team was need-driven");
    }
}
