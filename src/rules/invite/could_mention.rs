//! `invite-could-mention`: with `--to`, when the note mentions nothing about the person, what it could
//! mention: history the two profiles share, else their current role.

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::invite::Person;
use crate::rules::RuleMeta;

pub struct CouldMention;

static META: RuleMeta = RuleMeta {
    id: "invite-could-mention",
    category: Category::Invite,
    default_severity: Severity::Info,
    sections: &[],
    summary: "What a note that mentions nothing about the person could mention (shared history)",
    description: "What it does: with `--to`, when the note gives no reason about the person (see \
`invite-not-personal`; an empty note included), lists what it could mention: employers, schools, skills and \
places both profiles list (with `--from`), else the person's own headline, employers and schools. Nothing \
is reported when there is nothing to suggest.\n\
Why: the best reason to connect is one you share; it is usually in the two profiles.\n\
Use instead: one of the things listed, in your own words.",
    flags: &["[to: Maria Garcia | Nurse at Kaiser Permanente] Hi Maria, I'd love to connect."],
    accepts: &[
        "[to: Maria Garcia | Nurse at Kaiser Permanente] Hi Maria, how is Kaiser Permanente?",
        "Hi Maria, I'd love to connect.",
    ],
    default_enabled: true,
};

fn shared(a: &[String], b: &[String]) -> Vec<String> {
    a.iter().filter(|x| b.iter().any(|y| y.eq_ignore_ascii_case(x))).cloned().collect()
}

/// What the note could mention, most specific first.
pub fn suggestions(to: &Person, from: Option<&Person>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(f) = from {
        for (what, list) in [
            ("you both worked at", shared(&to.companies, &f.companies)),
            ("you both studied at", shared(&to.schools, &f.schools)),
            ("you share the skill", shared(&to.skills, &f.skills)),
            ("you both worked in", shared(&to.locations, &f.locations)),
        ] {
            out.extend(list.into_iter().map(|x| format!("{what} {x}")));
        }
    }
    if out.is_empty() {
        if let Some(h) = &to.headline {
            out.push(format!("their role: {h}"));
        }
        let in_headline = |c: &&String| to.headline.as_ref().is_some_and(|h| h.contains(c.as_str()));
        out.extend(to.companies.iter().filter(|c| !in_headline(c)).map(|c| format!("their time at {c}")));
        out.extend(to.schools.iter().map(|s| format!("their studies at {s}")));
    }
    out.truncate(5);
    out
}

impl InviteRule for CouldMention {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(to) = cx.to else { return };
        if !cx.facts.reasons.is_empty() {
            return;
        }
        let list = suggestions(to, cx.from);
        if list.is_empty() {
            return;
        }
        let end = cx.facts.first_sentence.end.min(cx.text.len());
        let span = cx.facts.first_sentence.start.min(end)..end;
        out.push(cx.diag(&META, span, format!("the note could mention: {}", list.join("; "))));
    }
}

registry_rule!(CouldMention);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invite::testing::check_example;

    #[test]
    fn shared_history_first() {
        let to = Person { companies: vec!["Acme".into(), "Globex".into()], ..Person::default() };
        let from = Person { companies: vec!["globex".into()], ..Person::default() };
        assert_eq!(suggestions(&to, Some(&from)), vec!["you both worked at Globex"]);
        assert_eq!(suggestions(&to, None), vec!["their time at Acme", "their time at Globex"]);
        let d = check_example("invite-could-mention", "[to: Sam Lee | Chef at Noma] ");
        assert!(d[0].message.contains("Chef at Noma"), "{d:?}");
    }
}
