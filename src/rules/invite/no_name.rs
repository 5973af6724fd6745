//! `invite-no-name`: a note that gives a reason about the person but never uses their name: a hint,
//! not a reason to decline.

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::RuleMeta;

pub struct NoName;

static META: RuleMeta = RuleMeta {
    id: "invite-no-name",
    category: Category::Invite,
    default_severity: Severity::Info,
    sections: &[],
    summary: "A personal note that never uses the person's name (a hint)",
    description: "What it does: reports a note that gives a reason about the person (their post or talk, where \
you met, what you share: see `invite-not-personal`) but addresses no one by name and, with `--to`, never \
names them. The note is personal, so this is a hint at info level and not a line of the verdict: a specific \
reason is what makes a note personal, and a name is the finishing touch. A note with neither is \
`invite-not-personal`.\n\
Why: a name shows the note was written for this one person, not pasted to many.\n\
Use instead: open with their first name: \"Hi Maria, …\".",
    flags: &["Loved your talk on sepsis screening at the RCN Congress; we use your checklist now."],
    accepts: &["Hi Maria, loved your talk on sepsis screening at the RCN Congress.", "Hi there, I'd love to connect."],
    default_enabled: true,
};

impl InviteRule for NoName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        let f = cx.facts;
        if cx.text.trim().is_empty() || f.names_person() || f.reasons.is_empty() || f.is_pitch() {
            return;
        }
        let msg = "the note never uses their name: open with their first name";
        out.push(cx.diag(&META, f.first_sentence.clone(), msg));
    }
}

registry_rule!(NoName);

#[cfg(test)]
mod tests {
    use crate::invite::testing::{assert_clean, assert_flags};

    #[test]
    fn a_reason_without_a_name() {
        assert_flags("invite-no-name", "Hi, we spoke after your session at the expo about retrofits.", 1);
        assert_flags("invite-no-name", "I loved your talk on cancellation.", 1);
        assert_clean("invite-no-name", "Hi Ana, I loved your talk on cancellation.");
        assert_clean("invite-no-name", "[to: Ana Lima | Researcher] I loved your talk on cancellation, Ana.");
        // Neither a name nor a reason: that is `invite-not-personal`.
        assert_clean("invite-no-name", "Hi, I'd love to connect.");
        assert_clean("invite-no-name", "");
    }
}
