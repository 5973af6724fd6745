//! `invite-template`: stock sentences of connection notes (LinkedIn's default text, form letters), from
//! `dictionaries/rules/invite-template.tsv`.

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::RuleMeta;

pub struct TemplateNote;

static META: RuleMeta = RuleMeta {
    id: "invite-template",
    category: Category::Invite,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A stock sentence that every invitation uses (\"I'd like to add you to my professional network\")",
    description: "What it does: reports the stock sentences of connection notes listed as `template` in \
`dictionaries/rules/invite-template.tsv`: LinkedIn's own default text (\"I'd like to add you to my professional \
network\"), \"I'd like to join your network\", \"Dear Sir/Madam\", \"to whom it may concern\", \"expand my \
network with like-minded professionals\". Pleasantries that are fine beside a real reason (\"I'd love to \
connect\", \"hope you're well\") are listed as `filler` and reported by `invite-not-personal` only when the \
note gives no reason. A note that sells (`invite-pitch`) or asks for a job (`invite-job-ask`) is reported \
by those rules instead, as `invite-not-personal` does: its greeting is not what to fix first. A stock \
salutation (\"Dear Sir,\") before a reason about the person (\"I read your report on grid storage…\") is \
a formal opening of a personal note and is not reported.\n\
Why: the person has read these words in hundreds of requests; they say the note was not written for them.\n\
Use instead: replace the sentence with one reason about the person: their post, talk or project, where you \
met, what you share.",
    flags: &["I'd like to add you to my professional network.", "Dear Sir/Madam, please accept my invitation."],
    accepts: &["Hi Priya, your post on night-shift handovers was spot on. I'd love to connect."],
    default_enabled: true,
};

impl InviteRule for TemplateNote {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        if cx.facts.is_pitch() || !cx.facts.job_asks.is_empty() {
            return;
        }
        // A stock salutation (`Dear Sir,`) before a reason about the person (`I read your report on…`) is
        // only a formal way to open a personal note; a stock sentence is stock wherever it stands.
        let salutation = |f: &crate::rules::invite::Found| cx.text[f.span.clone()].to_lowercase().starts_with("dear ");
        for f in cx.facts.templates.iter().filter(|f| f.kind == "template") {
            if salutation(f) && !cx.facts.reasons.is_empty() {
                continue;
            }
            let phrase = &cx.text[f.span.clone()];
            out.push(cx.diag(&META, f.span.clone(), format!("‘{phrase}’ is stock text: say something about them")));
        }
    }
}

registry_rule!(TemplateNote);

#[cfg(test)]
mod tests {
    use crate::invite::testing::{assert_clean, assert_flags};

    #[test]
    fn stock_sentences_not_pleasantries() {
        assert_flags("invite-template", "Hello, I’d like to add you to my professional network on LinkedIn.", 1);
        assert_flags("invite-template", "Hi, I'd like to join your LinkedIn network.", 1);
        assert_flags("invite-template", "Captain Ray, I'd be honored to connect and grow our networks together.", 1);
        assert_clean("invite-template", "Hi Ray, your talk on how our networks of clinics grow was great.");
        assert_clean("invite-template", "Hi Ben, fellow Imperial alum here. Let's connect!");
        assert_clean("invite-template", "Hi Ben, I joined your team's network meetup last week.");
    }

    /// A pitch or a job ask is reported by its own rule, not also as a template.
    #[test]
    fn a_pitch_or_job_ask_is_left_to_its_rule() {
        assert_clean("invite-template", "Dear Sir/Madam, we offer payroll services from $15/hour. Book a call.");
        assert_clean("invite-template", "Dear Sir, kindly refer me for any suitable opening in your company.");
    }

    /// A stock salutation before a reason about the person is a formal opening; alone it is stock.
    #[test]
    fn a_salutation_before_a_reason() {
        assert_clean(
            "invite-template",
            "Dear Sir, I read your report on grid storage in Kano; I work on the same subject.",
        );
        assert_flags("invite-template", "Dear Sir, I would like to connect with you.", 1);
    }
}
