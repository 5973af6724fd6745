//! `invite-job-ask`: a note that asks for a job or a referral: in a first message to someone, an ask is
//! read as a transaction. Softer than a pitch. Phrases from `dictionaries/rules/invite-job-ask.tsv`.

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::RuleMeta;

pub struct JobAsk;

static META: RuleMeta = RuleMeta {
    id: "invite-job-ask",
    category: Category::Invite,
    default_severity: Severity::Info,
    sections: &[],
    summary: "The note asks for a job or a referral in a first message",
    description: "What it does: reports asking for a job, an opening or a referral (\"are you hiring\", \"looking \
for a new role\", \"could you refer me\", \"pass my CV\"; not an ask the note disclaims: \"I'm not after a \
referral\", \"not looking for a job\"; beyond the phrases of \
`dictionaries/rules/invite-job-ask.tsv`, patterns: a present form of \"refer\", \"recommend\" or \"introduce\" \
followed by \"me\" (\"would you be open to referring me\", \"could you introduce me to your recruiter\"; not \
\"recommend me a book\", nor \"Sam recommended me to reach out\", which is a mutual connection), a job noun \
(opening, role, position, vacancy, opportunity…: the `job-noun` rows, one slip allowed in nouns of six letters: \
\"any oppurtunity\") within three words after \"any\", \"open\" or \"available\", four after \"looking for\", \
\"searching for\" or \"seeking\" (not \"looking at your new role\"), five after \"applying\", where a \
programme or scheme counts too (the `application-noun` rows: \"applying for the graduate programme\"); a question \
about hiring: \"hiring\" or \"recruiting\", or \"taking on\", \"looking for\" or \"need\" and the people a team \
takes on (the `worker-noun` rows: \"Are you taking on any apprentices?\"), \"taking on\" also in a clause of \
\"if\" (\"if your company takes on apprentices, I'd…\"; not the sender's own \"I'm hiring for…\" nor hiring as a \
topic, \"swap notes on tooling and hiring\"); being considered, being a fit or applying (\"how I could be \
considered\", \"I'd be a strong fit\", \"I'd love to apply\"), openings asked about (\"a call about openings at \
your firm\"); a chance, a trial day, room on the team, a place in a lab (\"grateful for a chance at the \
opening\", \"could I come in for a trial day\", \"if your team has room for someone\", \"are you taking \
students?\"), having applied (\"I applied for the engineer position\"), \"looking for\" freelancers in a clause \
of \"if\" or \"in case\"; sending my CV or details (\"happy to \
send my resume\", \"could you pass my details to HR\"); and a wish to work there (\"I'd love to work for…\", \
\"keen to join your audit team\"; not \"love to work with you\", \"join the meetup\"); being kept in mind (\"if you \
kept me in mind\", \"keep me in your mind\", \"remember me\" after an \"if\" clause; not \"if you remember me\"); \
\"hire me\" in a question or before \"as\"; being between roles; an offer to work, volunteer, assist, intern or \
shadow unpaid or for free; \"help me\" with a job; a team short of people, a team that \"needs anyone\" or \
curriculum writers in a clause of \"if\" (not \"if you need a hand\"); a question whether their team is growing \
or whether they have openings. An introduction asked for in a note about research (a thesis, an article, a \
feature) is a source, not a referral), wherever it comes in \
the note: the invitation is the first line of contact, and an ask in it, even after a real reason (\"we both \
studied at Leeds … is your team hiring?\"), is read as the reason for the note. It is info level: people do \
help strangers find work, but an ask from someone they do not know, before any connection, is often ignored. \
Asking for advice is not an ask (\"how did you prepare for the exam?\"). More shapes: a job noun in an \
`if` clause of the sender's (\"if your team ever has openings, I'd be grateful to hear\", \"if a vacancy comes \
up\"; not the recruiter's \"if you're open to a new role\", nor \"if the opportunity arises\"), the right \
person asked for about roles (\"who would be the right person to ask about graduate roles?\"), a question \
whether they take freelancers or other workers, work experience or an internship wished for (\"keen to do \
some work experience on your farm\"), a profile forwarded (\"forward my profile to your legal team\"), and \
the idioms of job seeking (\"a foot in the door\", \"throw my hat in the ring\", \"on your books\", \"another \
pair of hands\", \"quietly looking\", \"crewing up\", \"a shot at\"); a person needed or looked for in an `if` \
clause (\"if the business desk needs a reporter\", \"if the hotel is looking for anyone\"); a worker considered \
in a question (\"would your practice consider a part-time nurse?\"); the sender free or available from a month \
or season; posts coming up; a placement the sender needs; unpaid help offered; \"would love to know if your team \
is expanding\"; being part of their team; work looked for (\"looking for warehouse work\"). Considering applying \
somewhere, with advice asked, is not an ask; \"us on your radar\" is a firm's pitch, not a person's ask. Last, \
where no sign is found, the word model of `invite-pitch` (`dictionaries/rules/invite-model.tsv`) weighs the \
note's words; when it reads the note as a job ask and the note speaks of work at all (a job, worker or \
application noun, or a word such as \"hiring\", \"CV\", \"career\", \"shift\", \"experience\"), the finding points \
at the sentence that weighs most.\n\
Why: the first message decides whether the note is read as a relationship or a transaction.\n\
Use instead: connect on a reason about them first; ask in a later message, once they have accepted.",
    flags: &["Hi Rachel, I'm looking for a job as a product designer. Is your team hiring?"],
    accepts: &["Hi Sam, we both studied at Leeds and I loved your post on hiring juniors. How did you get started?"],
    default_enabled: true,
};

impl InviteRule for JobAsk {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        for f in &cx.facts.job_asks {
            let phrase = &cx.text[f.span.clone()];
            let msg = format!(
                "asks for a {} in a first message: ‘{phrase}’; connect on a reason about them and ask once they accept",
                f.kind
            );
            out.push(cx.diag(&META, f.span.clone(), msg));
        }
    }
}

registry_rule!(JobAsk);

#[cfg(test)]
mod tests {
    use crate::invite::testing::{assert_clean, assert_flags};

    #[test]
    fn an_ask_anywhere_in_the_note() {
        assert_flags("invite-job-ask", "Hi Mark, could you refer me for the analyst opening? I applied last week.", 1);
        assert_flags("invite-job-ask", "Hello. Any openings for juniors? We met once.", 1);
        assert_flags("invite-job-ask", "Hi Sam, we met at the Leeds meetup. Later on, could you refer me?", 1);
        assert_flags(
            "invite-job-ask",
            "Grace, your webinar convinced me to specialise. Could you introduce me to whoever handles trainee intake?",
            1,
        );
        assert_clean("invite-job-ask", "Hi Sam, we met at the Leeds meetup. How did you prepare for the exam?");
    }

    /// An ask the note says it is not making.
    #[test]
    fn a_disclaimed_ask_is_none() {
        assert_clean(
            "invite-job-ask",
            "Hi Tariq, Hannah said you'd know the trainee day. I'm not after a referral, just curious about the test.",
        );
        assert_flags("invite-job-ask", "Hi Tariq, I'm after a referral for the trainee role.", 1);
    }

    /// Verb families and job nouns, a slip in the noun allowed; recommending a thing is not an ask.
    /// The soft asks for later, taking on workers, joining the team after a trial; not a recruiter's
    /// offer, not a question about their hiring plans.
    #[test]
    fn soft_asks_and_crews() {
        assert_flags("invite-job-ask", "Hi Ben, if a role opens up I'd be grateful to be kept in mind.", 1);
        assert_flags("invite-job-ask", "Hi Ben, if anything comes up I'd appreciate you thinking of me.", 1);
        assert_flags("invite-job-ask", "Hi Ben, is your site taking on electricians in May?", 1);
        // Two pieces of evidence: the trial shift and joining the crew.
        assert_flags("invite-job-ask", "Hi Ben, I'd love to do a trial shift and then join the crew.", 2);
        assert_clean("invite-job-ask", "Hi Ben, I'd love for you to join the team; the role is yours to shape.");
        assert_clean("invite-job-ask", "Hi Ben, how are your 2026 hiring plans looking?");
        assert_flags("invite-job-ask", "Hi Ben, does your practice take on locums in winter?", 1);
        assert_flags("invite-job-ask", "Hi Ben, I'd be keen to join your lab as a research assistant.", 1);
        assert_flags("invite-job-ask", "Hi Ben, would you be open to putting my name forward?", 1);
        assert_clean("invite-job-ask", "Hi Ben, does your lab take on many projects a year? Keen to join the meetup.");
    }

    #[test]
    fn asks_from_structure() {
        assert_flags("invite-job-ask", "Hi Grace, would you be open to referring me? I qualified last year.", 1);
        assert_flags("invite-job-ask", "Hi Ben, is there any oppurtunity to join your design team?", 1);
        assert_flags("invite-job-ask", "Hi Sara, is your school hiring next term?", 1);
        assert_flags("invite-job-ask", "Hi Lee, I'm searching for my first post in theatres.", 1);
        assert_clean("invite-job-ask", "Hi Grace, could you recommend me a good book on audit sampling?");
        assert_clean("invite-job-ask", "Hi Grace, I read your post on audit sampling and would value your view.");
        assert_clean("invite-job-ask", "Hi Grace, congrats: I saw your team is hiring, well deserved growth.");
        assert_flags("invite-job-ask", "Hi Grace, I would be grateful if you could consider my CV for the role.", 1);
        assert_clean("invite-job-ask", "Hi Grace, your CV workshop at the careers fair was great.");
        assert_flags(
            "invite-job-ask",
            "Hi Dan, I'm exploring new opportunities and would love to be on your radar.",
            2,
        );
        // A seller's room for customers is not a job asked for.
        assert_clean("invite-job-ask", "Hi Mei, I run a bookkeeping practice and have openings for new clients.");
        assert_flags("invite-job-ask", "Hi Ana, is Cebgo accepting first officer applications?", 1);
        assert_flags("invite-job-ask", "Hi Ana, could you pass my portfolio to whoever is hiring?", 2);
        assert_clean("invite-job-ask", "Hi Ana, how could we support your hiring this quarter? Loved your post.");
    }

    /// Introductions, applications, hiring questions; their employer named first is not a reason that
    /// makes a later ask fine.
    #[test]
    fn asks_in_other_shapes() {
        assert_flags("invite-job-ask", "Hi Tariq, I'm applying for the Acme graduate programme this autumn.", 1);
        assert_flags("invite-job-ask", "Hi Tariq, is your garage taking on any trainees this summer?", 1);
        assert_flags(
            "invite-job-ask",
            "[to: Tariq Aziz | Engineer at Acme] Hi Tariq, I'd love to work at Acme. Could you introduce me to a recruiter?",
            2,
        );
        assert_clean("invite-job-ask", "Hi Tariq, Sam recommended me to reach out about your ceramics course.");
        assert_clean(
            "invite-job-ask",
            "Hi Tariq, we are taking on trainees this summer and I saw your post on mentoring.",
        );
    }

    /// Being considered, being a fit, applying, openings asked about, taking on in a clause of `if`; not
    /// the sender's own hiring nor hiring as a topic.
    #[test]
    fn fits_applications_and_conditions() {
        let ask = |t: &str| !crate::invite::testing::check_example("invite-job-ask", t).is_empty();
        assert!(ask("Hi Tariq, I run night shifts at a depot and think I'd be a strong fit for your team."));
        assert!(ask("Hi Tariq, does your studio offer placements? I'd love to apply."));
        assert!(ask("Hi Tariq, could we talk about openings at the practice sometime?"));
        assert!(ask("Hi Tariq, if the bakery takes on apprentices, I'd love to come in."));
        assert!(ask("Hi Tariq, I'm a new graduate and would love to know how I could be considered."));
        assert!(!ask("Hi Tariq, I'm hiring for a site lead in Leeds and your work on the Hull depot stood out."));
        assert!(!ask("Hi Tariq, could we swap notes on rota tools and hiring sometime?"));
        assert!(!ask("Hi Tariq, loved your PR; happy to help out more on the project if you need hands."));
        // A chance, a trial day, room on the team, students taken, a place in a lab, after applying.
        assert!(ask("Hi Tariq, I'd be grateful for a chance at the shift lead opening you posted."));
        assert!(ask("Hi Tariq, could I come in for a trial day at the depot?"));
        assert!(ask("Hi Tariq, if your crew has room for someone keen on rigging, I'd love to chat."));
        assert!(ask("Hi Tariq, are you taking students in your lab next year?"));
        assert!(ask("Hi Tariq, I applied for the site engineer position last week."));
        assert!(ask("Hi Tariq, I'd send my reel in case your studio is looking for freelancers."));
        assert!(ask("Hi Tariq, I'd be honoured to join your lab."));
        assert!(!ask("Hi Tariq, are you taking the train to the summit? I'd love a chance to chat there."));
        assert!(!ask("Hi Tariq, I applied your checklist on our ward and it worked."));
    }
}
