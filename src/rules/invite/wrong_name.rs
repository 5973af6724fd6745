//! `invite-wrong-name`: with `--to`, the note greets the person by a name that is not theirs
//! ("Hi Jon" to John, "Hi Catherine" to Katherine).

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::rules::RuleMeta;

pub struct WrongName;

static META: RuleMeta = RuleMeta {
    id: "invite-wrong-name",
    category: Category::Invite,
    default_severity: Severity::Error,
    sections: &[],
    summary: "The note greets the person by a name that is not theirs (\"Jon\" for John)",
    description: "What it does: with `--to` (a profile or `--to-name`), compares the name the note addresses \
(\"Hi Jon,\", \"Dear Dr. Osei\", \"Kenji, …\") with the person's name. It must be one of the words of their \
name exactly (letter for letter, any case; the family name comes first in some cultures, and a nickname \
written in brackets or quotes in their name counts). Anything else is an error: a misspelling (\"Jon\", \
\"Steven\" for Stephen, \"Isabel\" for Isabelle), a nickname they do not use, or someone else's name left from \
the last note. Without `--to` nothing is checked.\n\
Why: misspelling a name is the fastest way to show the note was not written with care; a wrong name says \
it was pasted.\n\
Use instead: copy the name from their profile.",
    flags: &["[to: John Miller] Hi Jon, your post on error budgets changed how we work."],
    accepts: &[
        "[to: John Miller] Hi John, your post on error budgets changed how we work.",
        "[to: Chen Wei] Hi Chen, Mark suggested I reach out.",
        "Hi Jon, your post on error budgets changed how we work.",
    ],
    default_enabled: true,
};

impl InviteRule for WrongName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        let (Some(to), Some(span)) = (cx.to, cx.facts.addressed.clone()) else { return };
        let Some(first) = to.first_name() else { return };
        let written = &cx.text[span.clone()];
        if to.name_forms().iter().any(|f| f.to_lowercase() == written.to_lowercase()) {
            return;
        }
        let msg = format!("‘{written}’ is not their name: their first name is ‘{first}’");
        out.push(cx.diag(&META, span, msg).with_suggestions(vec![Suggestion::unsafe_(first)]));
    }
}

registry_rule!(WrongName);

#[cfg(test)]
mod tests {
    use crate::invite::testing::{assert_clean, assert_flags, check_example};

    #[test]
    fn names_must_match_exactly() {
        let d = check_example("invite-wrong-name", "[to: Stephen Clarke | Accountant at KPMG] Dear Steven, thanks.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "Stephen");
        assert_flags("invite-wrong-name", "[to: Liam Murphy] Hi Sean, saw your post on EV chargers.", 1);
        assert_clean("invite-wrong-name", "[to: Dr. Katherine Osei] Dear Dr. Osei, thank you for the talk.");
        assert_clean("invite-wrong-name", "[to: Robert \"Bob\" Stone] Hi Bob, good to meet you at the expo.");
        assert_clean("invite-wrong-name", "[to: Liam Murphy] Hi there, saw your post on EV chargers.");
    }
}
