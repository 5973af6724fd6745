//! `invite-not-personal`: a note that gives no reason that is about the person.

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Related, Severity};
use crate::rules::RuleMeta;

pub struct NotPersonal;

/// The word model's score (log-odds) of `generic` under which a note is taken as personal: ln(0.02 / 0.98).
const GENERIC_FLOOR: f64 = -3.89;

static META: RuleMeta = RuleMeta {
    id: "invite-not-personal",
    category: Category::Invite,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The note gives no reason about the person: it could go to anyone",
    description: "What it does: a personal note gives a reason that is about the person (and names them: a \
note with a reason but no name gets only the `invite-no-name` hint): their post, talk, article or project (\"your talk\", \
\"your post\"), where you met (\"we met at\", \"same panel\"), what you share (\"we both worked\", \"fellow \
Imperial alum\", a named place after \"fellow\"; not \"a fellow HR professional\" or \"I'm also a product manager\", the \
same field, which could go to anyone), a mutual contact named: \"our mutual friend Dara Kelly\", not \"we have several mutual connections\"), news (\"congrats on\"), or, with `--to`, their employer, school or role named in the note. \
The reason words are in `dictionaries/rules/invite-reason.tsv`; beyond the phrases, two patterns count: \
\"your\" (or the slip \"you're\") followed, within four words of the same noun phrase, by a noun for \
something they made or said (the `work-noun` rows: \"your write-up on…\", \"your group's preprint\", \"your \
recent posts\", one slip allowed in nouns of six letters: \"your articel\"; and any other noun phrase after \
\"your\" that names one particular thing of theirs, \"your pelvic health clinic\", \"your PR fixing the \
deadlock\", but not what everyone has, the `vague-noun` rows: \"your profile\", \"your impressive background\", \
\"your network\", \"your company\"; nor following everything they post, \"follow your posts\", \"learn from \
your work\", with no topic after it), and shared history: \"we\" followed \
within three words by \"both\" or \"together\", or within two by a past-tense verb (\"we were both at the \
congress\", \"we met at…\", \"we studied pharmacy together\"); \"we are in the same industry\" is not one, but a \
present \"we're both\" with a name or a group or event noun in it is (\"we're both on the Hackney cycling working \
group\"). \
Three more patterns find concrete anchors: something they did, \"you\" and a past-tense verb (\"I saw you \
spoke at…\", \"you recently moved to…\"; not \"have you tried\", \"if you wanted\") or \"your\", a noun and a \
past-tense verb (\"your team rebuilt our pier\"), or a perfect (\"your team have built…\", \"you've \
launched…\"; not \"all that you have achieved\"); a thing they run or made, named by a relative clause (\"the \
mentorship programme you run\"; not \"the value you bring\", a `vague-noun`); a name or an acronym no \
dictionary knows later in a clause that starts with \"your\" (\"your field notes on CSSVD rehabilitation\", \
\"your experience in exports from Faisalabad\"; not the days, months and networks of the `unspecific-word` \
rows, \"your network on LinkedIn\"); a definite work of theirs after a verb of seeing or enjoying (\"saw the \
piece in the FT about…\", \"loved the panel yesterday\"), or at the start of a sentence (\"That thread on Kafka \
retries — gold.\"); a cohort and its year (\"batch of 2012\"); a word that says something is shared (`too`, `also`, \
`another`, `ex-`, `former`, `both`) near a name (\"LSE MSc Econ here too\", \"another UCT grad\"); a question with a \
name in it (\"How did the pilot at St Mary's go?\"); their view asked on a particular subject (\"your advice on \
choosing a chambers\", \"any tips on drone spraying\", \"compare notes on the BIM rollout\"; not \"your advice on my \
career\", a `vague-noun`); thanks for a favour, \
\"thanks for\" or \"thank you for\" and anything but a stock note's routine objects (\"thanks for answering my \
question\" counts; \"thanks for accepting\", \"thank you for your time\" do not: the `routine-word` rows); and a \
named shared venue, \"at\", \"on\", \"in\", \"during\" or \"from\" and a capitalised name ending in, or \
followed by, an event, course, group or forum noun (the `event-noun` rows: \"at the CIWEM conference\", \"on the \
Heating Engineers forum\", \"at the Law Society's dinner\"); meeting them somewhere, a verb of meeting or talking, \
\"you\" and a place or time (\"great to meet you at the expo\", \"chatting with you after the lecture\"), a \
pleasure word and such a verb (\"great chatting at PyData about…\", \"it was good to meet at the expo\"; not \
\"would be great to chat about…\", a wish), or \"our\" and a conversation with a place, time or topic \
(\"our chat at the summit\"); and a \
named person who sent you, a capitalised name and a verb of saying or suggesting before \"you\" or \"I\" (\"Sam \
Ortiz said you'd be the one to ask\", \"my mentor Ruth suggested I get in touch\") or whose friend or colleague \
you are (\"a mate of Dave Nguyen\"). A prefixed verb written \
with a hyphen counts as its verb (\"the handbook you co-authored\"). Last, a sentence that names something \
particular and is not about the sender counts: a name, an acronym, a code or a year (\"Loved the bit about \
boring tech at PyCon AU.\", \"Did the Rust rewrite ever ship?\"); not in a sentence with `I`, `my`, `we` or \
`our` in it, a sender's \"… here\", a sentence about connecting or networking, the greeting, their name, a \
sign-off and what follows it, a field before a people word (\"HR professionals\", \"the Fintech space\": the \
`people-noun` and `vague-noun` rows), a job word, the calendar, holidays and networks. The sender's own workplace (\"I'm a nurse at Leeds General Infirmary\") is not a \
reason. More reasons: a role offered to them (\"we're hiring a site manager in Derby\", \"you'd be a strong \
fit for the analyst role\"), the same thing shared (\"the same cohort as yours\"; in a sentence about the \
past, \"it was fun working the same shift\"), thanks for what they were (\"thank you for being such a \
welcoming mentor during my placement\"), an event and its day (\"great match on Saturday\"; not \"good luck on \
Monday\"), a present shared piece of work (\"we're both working on flood modelling\"), and, with `--to`, \
their field as their title names it without the job word (\"paediatric oncology\" to a Paediatric Oncology \
Nurse; two words or more). A note without a reason is reported, with the \
pleasantries it does have (\"I'd love to connect\", \"hope you're well\", from the `filler` rows of \
`invite-template.tsv`) as related places. A note that sells (`invite-pitch`) or opens with a job ask \
(`invite-job-ask`) is reported by those rules instead. Last, a word model (`dictionaries/rules/invite-model.tsv`, \
trained by `scripts/train-invite-model.py` on the project's labelled development notes) weighs the note's \
words and word pairs; where it gives a generic note a probability under 2% (the threshold cross-validation \
chose), the note is taken as personal even when no pattern names its reason.\n\
Why: the question a person asks before accepting is \"why me?\"; a note that could go to anyone does not \
answer it.\n\
Use instead: their name and one specific reason: \"Hi Maria, we both worked at Stanford Health Care; great \
to see you leading the sepsis programme now.\"",
    flags: &["Hi there, I came across your profile and would love to connect.", "Hi Paul, would love to connect."],
    accepts: &[
        "Hi Paul, we met at the DHL ops summit in Leipzig; your talk on cross-docking was great.",
        "[to: Maria Garcia | Nurse at Kaiser Permanente] Hi Maria, great to see you at Kaiser Permanente now.",
    ],
    default_enabled: true,
};

impl InviteRule for NotPersonal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        let f = cx.facts;
        if cx.text.trim().is_empty() || f.is_pitch() || !f.job_asks.is_empty() {
            return;
        }
        // The word model is sure the note is personal (the probability of a generic note under 2%, the
        // threshold cross-validation on the development notes chose): the patterns missed its reason.
        // Only for a note that speaks to them about something of theirs: a note about the sender alone
        // (`I'm a joiner at Hartley Homes. Thanks for accepting!`) stays generic whatever its words.
        if super::patterns::speaks_to_them(&super::patterns::Words::new(cx.text, cx.tokens))
            && super::model::score("generic", cx.text).is_some_and(|s| s < GENERIC_FLOOR)
        {
            return;
        }
        let named = f.names_person();
        let reason = !f.reasons.is_empty();
        let message = match (named, reason) {
            // A reason without a name is personal; `invite-no-name` hints at the name.
            (_, true) => return,
            (true, false) => {
                "generic: the note gives no reason that is about them (their work, where you met, what you share)"
            }
            (false, false) => "generic: the note names no one and gives no reason about them; it could go to anyone",
        };
        let span = f.first_sentence.clone();
        let related = f
            .templates
            .iter()
            .filter(|t| t.kind == "filler")
            .map(|t| Related {
                section: cx.section,
                span: t.span.clone(),
                message: "a pleasantry, not a reason".into(),
            })
            .collect();
        out.push(cx.diag(&META, span, message).with_related(related));
    }
}

registry_rule!(NotPersonal);

#[cfg(test)]
mod tests {
    use crate::invite::testing::{assert_clean, assert_flags, check_example};

    #[test]
    fn name_and_reason_both_needed() {
        assert_flags("invite-not-personal", "Hello! Hope you are doing well. Let's connect!", 1);
        assert_flags("invite-not-personal", "Hi Paul, I'm always looking to meet people. Would love to connect.", 1);
        assert_clean("invite-not-personal", "I loved your talk on cancellation.");
        assert_flags("invite-not-personal", "Hi Paul, I came across your impressive background in sales.", 1);
        assert_clean("invite-not-personal", "Hi Ben, fellow Imperial College alum here.");
        assert_clean(
            "invite-not-personal",
            "[to: Ana Lima | UX Researcher at Nubank] Ana, how is Nubank treating you?",
        );
        let d = check_example("invite-not-personal", "Hi there, hope you're well. I'd love to connect.");
        assert_eq!(d[0].related.len(), 2, "{d:#?}");
    }

    /// Reasons found from structure, not fixed phrases; a pleasantry or a present-tense "we" is not one.
    #[test]
    fn reasons_from_structure() {
        assert_clean(
            "invite-not-personal",
            "Hi Noah, your write-up on Kubernetes autoscaling saved my team a weekend.",
        );
        assert_clean("invite-not-personal", "Hi Hannah, we were both at the RCN Congress in Liverpool.");
        assert_clean("invite-not-personal", "Hi Yuki, I have been following you're posts on ash glazes.");
        assert_clean("invite-not-personal", "Hi Ines, I enjoyed your articel on cover crops.");
        assert_clean("invite-not-personal", "Hi Tom, we did our training at the same hospital.");
        assert_flags("invite-not-personal", "Hi Ravi, I see we are in the same industry. Let's connect.", 1);
        assert_flags("invite-not-personal", "Hi Ravi, I came across your profile and your network is impressive.", 1);
        assert_flags("invite-not-personal", "Hi Ravi, happy to show your team around and connect.", 1);
    }

    /// Their view asked on a particular subject is a reason; on what every professional has, or on
    /// networking, it is not.
    #[test]
    fn their_view_on_a_subject() {
        assert_clean("invite-not-personal", "Hi Tom, could I ask your advice on choosing a chambers for pupillage?");
        assert_clean("invite-not-personal", "Hi Tom, I'd love to compare notes on the BIM rollout.");
        assert_clean("invite-not-personal", "Hi Tom, any tips on drone spraying for vineyards?");
        assert_flags("invite-not-personal", "Hi Tom, I'd love your advice on my career.", 1);
        assert_flags("invite-not-personal", "Hi Tom, would love your thoughts on networking.", 1);
        assert_flags("invite-not-personal", "Hi Tom, I take on new projects every month. Let's connect.", 1);
        // A role of theirs that fits their experience, offered by the sender.
        assert_clean(
            "invite-not-personal",
            "Hi Adam, we have an open engineer role in Bristol that matches your experience.",
        );
        assert_flags("invite-not-personal", "Hi Adam, we think it matches your experience. Let's connect.", 1);
    }

    /// A favour they did, something they did, a named venue you share make a note personal; a note
    /// about the sender's own workplace does not.
    #[test]
    fn concrete_anchors() {
        assert_clean("invite-not-personal", "Hi Omar, thanks for explaining the lintel spans on the Self Build forum.");
        assert_clean("invite-not-personal", "Hi Omar, I saw you judged the apprentice bake-off; the brief was tough.");
        assert_clean("invite-not-personal", "Hi Omar, I'm in the Bristol Carpenters group as well.");
        assert_flags(
            "invite-not-personal",
            "Hi Omar, I'm a joiner at Hartley Homes in Bristol. Thanks for accepting!",
            1,
        );
        assert_flags("invite-not-personal", "Hi Omar, thank you for your time and consideration.", 1);
    }

    /// What they did in the perfect (`your team have built`), a thing named by a relative clause (`the
    /// clinic you run`) and a name or acronym after `your` make a note personal; praise of everything,
    /// a calendar name, the network's name and `your doing well` do not.
    #[test]
    fn perfects_relative_clauses_and_names() {
        assert_clean("invite-not-personal", "Hi Ravi, your team have rebuilt the payments stack for rural banks.");
        assert_clean("invite-not-personal", "Hi Ravi, I see you've launched a second depot in Kumasi.");
        assert_clean("invite-not-personal", "Hi Sam, I'd love to hear about the mentorship programme you run.");
        assert_clean(
            "invite-not-personal",
            "Hi Sam, I'd love to learn from your experience in exports from Faisalabad.",
        );
        assert_clean("invite-not-personal", "Hi Kwame, loved your field notes on CSSVD rehabilitation.");
        assert_flags("invite-not-personal", "Hello Grace, I admire all that you have achieved. Let's connect.", 1);
        assert_flags("invite-not-personal", "Hi Sam, hope your Monday is going well. Let's connect.", 1);
        assert_flags("invite-not-personal", "Hi Sam, I'd like to join your network on LinkedIn.", 1);
        assert_flags("invite-not-personal", "Dear Fatima, I hope this message finds you well.", 1);
        assert_flags("invite-not-personal", "Hi Fiona, hope your doing well. Would be great to connect.", 1);
        assert_flags("invite-not-personal", "Hi Sam, I'd love to learn from your experience. I work at Acme.", 1);
    }

    /// A definite work they made after a verb of seeing or enjoying, a cohort and its year, a shared
    /// place named in a present `we're both`, thanks after `again`, and an -ed verb en_US.dic lists as a
    /// word of its own; not the network suggesting you, not `we are both in finance`.
    #[test]
    fn definite_works_cohorts_and_shared_places() {
        assert_clean("invite-not-personal", "Hi Ana, saw the piece in the FT about water company debt.");
        assert_clean("invite-not-personal", "Hi Ana, loved the panel yesterday on rural broadband.");
        assert_clean("invite-not-personal", "Hi Ana, SRCC batch of 2012 here!");
        assert_clean("invite-not-personal", "Hi Ana, we're both on the Hackney cycling working group.");
        assert_clean("invite-not-personal", "Hi Ana, thanks again for getting us up the Grossglockner safely!");
        assert_clean("invite-not-personal", "Hi Ana, I use the speech dataset you released every week.");
        assert_flags("invite-not-personal", "Hi Ana, we're both in finance. Let's connect.", 1);
        assert_flags("invite-not-personal", "Hi Ana, saw the notification and would love to connect.", 1);
        assert_flags("invite-not-personal", "Hi Ana, LinkedIn suggested you as someone I may know.", 1);
    }

    /// Terse notes: a shared school or employer marked by `too`/`also`/`another`/`ex-`, a question about
    /// something named, a sentence that opens on a work of theirs, a work in a named publication; not a
    /// fellow professional, not a question with no name in it.
    #[test]
    fn terse_shared_places_questions_and_works() {
        assert_clean("invite-not-personal", "LSE MSc Econ here too.");
        assert_clean("invite-not-personal", "Another UCT grad here!");
        assert_clean("invite-not-personal", "Hi Ana, ex-McKinsey Jo'burg too.");
        assert_clean("invite-not-personal", "Hi Ana, how did the pilot at St Mary's go?");
        assert_clean("invite-not-personal", "That thread on Kafka retries was gold.");
        assert_clean("invite-not-personal", "Spotted you in the Guardian piece on four-day weeks.");
        assert_clean("invite-not-personal", "Kudos on the release lead role!");
        assert_flags("invite-not-personal", "Would be great to connect with more professionals too.", 1);
        assert_flags("invite-not-personal", "Hi Ana, how are you? Would love to connect, Ana?", 1);
        assert_flags("invite-not-personal", "The network here is great. Let's connect.", 1);
        assert_flags(
            "invite-not-personal",
            "Hi Laura, we have several mutual connections so I thought I'd reach out.",
            1,
        );
        assert_clean("invite-not-personal", "Our mutual friend Dara Kelly thought we'd get on.");
    }

    /// Something particular named outside the sender's own sentences makes a note personal; names in a
    /// sentence about the sender, a field before a people word, a place the sender greets from, a
    /// networking sentence, a sign-off, a holiday and a contraction at a sentence's start do not.
    #[test]
    fn something_particular_named() {
        assert_clean("invite-not-personal", "Loved the bit about boring tech at PyCon AU.");
        assert_clean("invite-not-personal", "Did the Rust rewrite of the ingest service ever ship?");
        assert_clean("invite-not-personal", "Saw the Series B news, congrats!");
        assert_clean("invite-not-personal", "Buzz! Another Yellow Jacket. ISyE 2016.");
        assert_flags("invite-not-personal", "Hi Omar, I'm a joiner at Hartley Homes in Bristol. Let's talk.", 1);
        assert_flags("invite-not-personal", "Would love to meet more HR professionals like you.", 1);
        assert_flags("invite-not-personal", "Greetings from Dhaka! Happy to meet people from any field.", 1);
        assert_flags("invite-not-personal", "Connecting with professionals in the legal sector across London.", 1);
        assert_flags(
            "invite-not-personal",
            "Hi Sam, hope all is well. Best regards, Priya Nair, Senior Analyst at Acme",
            1,
        );
        assert_flags("invite-not-personal", "Hi Sam, Happy New Year! Hope you are well, Sam.", 1);
        assert_flags("invite-not-personal", "Hello! Hope you are doing well. Let's Connect!", 1);
        assert_flags("invite-not-personal", "Hope You Are Doing Great At Work Today Sam.", 1);
        assert_flags("invite-not-personal", "[to: Sam Ortiz | Nurse] Hope you are well, Sam Ortiz.", 1);
    }

    /// The same field is not a reason (`a fellow HR professional`, `I'm also a product manager`), nor
    /// following everything they post, nor their calibre; a named shared place after `fellow`, a favour
    /// with what it was for, their team's work and a British -ised verb in a relative clause are.
    #[test]
    fn same_field_following_and_favours() {
        assert_flags("invite-not-personal", "Hi Natalie, as a fellow HR professional I'd love to connect.", 1);
        assert_flags("invite-not-personal", "Hi Nat, always keen to meet fellow marketers.", 1);
        assert_flags("invite-not-personal", "Hi Nat, I'm also a product manager. Let's connect.", 1);
        assert_flags("invite-not-personal", "Hi Nat, keen to connect and follow your posts.", 1);
        assert_flags("invite-not-personal", "Hi Nat, a pleasure to meet a leader of your calibre.", 1);
        assert_flags("invite-not-personal", "Nat, your profile stood out to me. Connect?", 1);
        assert_clean("invite-not-personal", "Hi Nat, fellow Londoner here, and fellow Imperial alum too.");
        assert_clean("invite-not-personal", "Hi Nat, I follow your posts on soil carbon.");
        assert_clean("invite-not-personal", "Hi Nat, thanks for your help with the allotment water trough.");
        assert_clean("invite-not-personal", "Hi Nat, the food drive you organised in Leeds was brilliant.");
        assert_clean("invite-not-personal", "Hi Nat, the bridge your firm finished in Cork is beautiful.");
        assert_clean("invite-not-personal", "Hi Nat, I read you paper on aspect in bilingual children.");
        assert_clean("invite-not-personal", "Hi Nat, I worked on the same subtitle project as you last year.");
        assert_clean("invite-not-personal", "Hi Nat, it was a pleasure to discuss the audit with you.");
        assert_clean("invite-not-personal", "Hi Nat, we're studying your 156 app redesign.");
        assert_flags("invite-not-personal", "Hi Nat, I work in the same industry as you. Let's connect.", 1);
    }

    /// A reason no pattern names, that the word model reads as personal (probability of a generic note
    /// under 2%); a stock note stays reported.
    #[test]
    fn the_word_model_vouches_for_a_personal_note() {
        let t = "Hi Omar, my sister says you make the best sourdough in Galway. I bake too and would love to swap starters.";
        let toks = crate::text::tokenize(t, &[]);
        assert!(crate::rules::invite::NoteFacts::find(t, &toks, None).reasons.is_empty());
        assert_clean("invite-not-personal", t);
        assert_flags("invite-not-personal", "Hi Lena, hope you're well. Let's connect.", 1);
    }

    #[test]
    fn a_pitch_is_left_to_the_pitch_rule() {
        assert_clean("invite-not-personal", "Hi Linda, I help companies like yours get more leads.");
    }
}
