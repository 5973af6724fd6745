//! `invite-empty-note`: an invitation sent with no note (or only spaces).

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::RuleMeta;

pub struct EmptyNote;

static META: RuleMeta = RuleMeta {
    id: "invite-empty-note",
    category: Category::Invite,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The invitation has no note",
    description: "What it does: reports an invitation whose note is empty or only spaces and line breaks. \
An empty note is a finding, not an input error: `proofile invite` still checks the sender's profile and gives \
its verdict.\n\
Why: a request with no note asks the person to guess who you are and why you want to connect; many people \
decline requests from strangers that say nothing.\n\
Use instead: one or two sentences that name the person and give a reason about them: \"Hi Sarah, I loved your \
RustConf talk on async cancellation; we hit the same bug last month.\"",
    flags: &["", "   "],
    accepts: &["Hi Sarah, I loved your RustConf talk on async cancellation."],
    default_enabled: true,
};

impl InviteRule for EmptyNote {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        if cx.text.trim().is_empty() {
            out.push(cx.diag(&META, 0..cx.text.len(), "no note: say who you are and why you want to connect"));
        }
    }
}

registry_rule!(EmptyNote);

#[cfg(test)]
mod tests {
    use crate::invite::testing::{assert_clean, assert_flags};

    #[test]
    fn empty_and_blank_notes() {
        assert_flags("invite-empty-note", "", 1);
        assert_flags("invite-empty-note", " \n\t ", 1);
        assert_clean("invite-empty-note", "Hi Ana, we met at PyCon.");
    }
}
