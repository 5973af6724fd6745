//! `person`: the About section and descriptions mixing first person (`I build`) and third person
//! (`Jane builds`, `She builds`). Bullets in implied first person (`Built…`) are fine.

use super::entries::{Place, Sentence, diag, sentences_of};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::{Field, SectionKind};
use crate::rules::{ProfileContext, Rule, RuleMeta};
use crate::text::tokenize::{words, words_in};
use std::ops::Range;

pub struct Person;

static META: RuleMeta = RuleMeta {
    id: "person",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "First and third person mixed",
    description: "What it does: finds sentences in the headline, About section and role descriptions written in \
the first person (`I`, `my`, `me`) and those in the third person (a sentence opening with `He`, `She` or the \
person's own name followed by a verb). When both occur, the less used one is reported (a tie reports the third person).\n\
Implied first person (`Built the API`) counts as neither.\n\
Why: a profile is read as your own voice; switching to a biography's voice mid-way reads as pasted.\n\
Use instead: one voice; on LinkedIn, the first person.",
    flags: &[
        "# Jane Doe\n\n## About\n\nI build payment APIs. She leads the platform team at Acme.\n\n## Skills\n\nRust\n",
        "# Jane Doe\n\n## About\n\nJane builds payment APIs. Jane leads the platform team. I love Rust.\n",
    ],
    accepts: &[
        "# Jane Doe\n\n## About\n\nI build payment APIs. My team runs the platform.\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\n- Built the API\n",
        "# Jane Doe\n\n## About\n\nJane builds payment APIs. She leads the platform team. Her team ships weekly.\n",
    ],
    default_enabled: true,
};

const FIRST: &[&str] = &["i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "my", "me", "myself"];

/// Where `sentence` (its words `ws`) speaks in the first person (`Some(true)`) or the third
/// (`Some(false)`), and the word.
fn voice(text: &str, ws: &[Range<usize>], names: &[String]) -> Option<(bool, Range<usize>)> {
    let word = |i: usize| ws.get(i).map(|t| &text[t.clone()]);
    for t in ws {
        let w = &text[t.clone()];
        // No first-person word is longer than six bytes (`myself`, `i’ve`): no lower-case copy of the others.
        if w.len() > 6 {
            continue;
        }
        // Some(whether it is an `i` word) for a first-person word.
        let first = crate::text::with_lowercase(w, |lower| FIRST.contains(&lower).then(|| lower.starts_with('i')));
        // `I` only as a capital (not a list marker "i."); `ME` is a state.
        if first.is_some_and(|i| i == w.starts_with('I')) && w != "ME" {
            return Some((true, t.clone()));
        }
    }
    let first = word(0)?;
    let next = word(1)?;
    let verb_like = next.chars().next().is_some_and(char::is_lowercase)
        && (next.ends_with('s') || matches!(next, "is" | "was" | "has" | "had" | "can" | "will"));
    let third = matches!(first, "He" | "She") || names.iter().any(|n| n == first);
    (third && verb_like).then(|| (false, ws[0].clone()))
}

impl Rule for Person {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        let names: Vec<String> =
            p.name.as_deref().map(|n| words(n).map(|w| n[w.span].to_string()).collect()).unwrap_or_default();
        let sections: Vec<usize> = p
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| matches!(s.field, Field::Text | Field::Bullet))
            .filter(|(_, s)| matches!(s.kind, SectionKind::Headline | SectionKind::Summary | SectionKind::Experience))
            .map(|(i, _)| i)
            .collect();
        let mut found: Vec<(bool, Place)> = Vec::new();
        for Sentence { section, range } in sentences_of(p, &sections) {
            let s = &p.sections[section];
            let ws = words_in(&s.text, s.tokens(), range.clone());
            if let Some((first, span)) = voice(&s.text[range.clone()], &ws, &names) {
                found.push((first, Place { section, span: range.start + span.start..range.start + span.end }));
            }
        }
        let firsts = found.iter().filter(|f| f.0).count();
        let thirds = found.len() - firsts;
        if firsts == 0 || thirds == 0 {
            return;
        }
        let first_wins = firsts >= thirds;
        let related: Vec<_> = found
            .iter()
            .filter(|f| f.0 == first_wins)
            .take(3)
            .map(|f| f.1.related("the profile's usual voice"))
            .collect();
        for (_, place) in found.iter().filter(|f| f.0 != first_wins) {
            let message = if first_wins {
                "third person here; the rest of the profile speaks in the first person"
            } else {
                "first person here; the rest of the profile speaks in the third person"
            };
            out.push(diag(&META, place, message).with_related(related.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::text::tokenize::words;

    fn voice(text: &str, names: &[String]) -> Option<(bool, std::ops::Range<usize>)> {
        let ws: Vec<_> = words(text).map(|t| t.span).collect();
        super::voice(text, &ws, names)
    }

    #[test]
    fn voices() {
        let names = vec!["Jane".to_string(), "Doe".to_string()];
        assert_eq!(voice("I build APIs.", &names).map(|v| v.0), Some(true));
        assert_eq!(voice("Led my team.", &names).map(|v| v.0), Some(true));
        assert_eq!(voice("Jane builds APIs.", &names).map(|v| v.0), Some(false));
        assert_eq!(voice("She is a leader.", &names).map(|v| v.0), Some(false));
        assert_eq!(voice("Built the API.", &names), None);
        assert_eq!(voice("Jane Street clients.", &names), None);
        assert_eq!(voice("Phase i of the plan.", &names), None);
    }
}
