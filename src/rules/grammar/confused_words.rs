//! `confused-words`: words that sound alike but mean something else ("could of", "more then",
//! "principle engineer"), from the high-precision lexicon `dictionaries/rules/confused-words.tsv`.

use std::sync::OnceLock;

use super::phrases::PhraseSet;
use super::{Rule, RuleMeta, SectionContext, match_case};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::rules::lexicon;

pub struct ConfusedWords;

static META: RuleMeta = RuleMeta {
    id: "confused-words",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "Sound-alike words used in the wrong place (could of, more then, principle engineer)",
    description: "What it does: finds fixed word sequences that are wrong in (nearly) every sentence a \
profile could contain: \"could of\", \"more then\", \"it's own\", \"principle engineer\", \"was lead by\", \
\"alot\", \"irregardless\", \"costumer service\" and about 140 more, listed in \
`dictionaries/rules/confused-words.tsv`. Words must follow each other directly: \"more, then\" is not \"more then\".\n\
Why: a recruiter reads \"principle engineer\" or \"loosing customers\" as carelessness, and a spell checker \
cannot see it because each word is spelled right.\n\
Not checked: pairs that are right in some sentences (affect/effect as verbs, compliment/complement, \
present-tense \"lead\"); see the file's header for the policy.\n\
Use instead: the suggested phrase (check it reads as you meant; the fix is not applied automatically).",
    flags: &[
        "Promoted to Principle Engineer after two years.",
        "Delivered the project with less then half the budget.",
        "The team was lead by our CTO.",
        "I learned alot about distributed systems.",
    ],
    accepts: &[
        "Promoted to Principal Engineer; wrote our engineering principles.",
        "We shipped more, then we measured.",
        "Was lead engineer on the payments team.",
        "Lead the platform team and led the migration in May of 2021.",
    ],
    default_enabled: true,
};

struct Entry {
    right: &'static str,
    why: &'static str,
}

fn phrases() -> &'static PhraseSet<Entry> {
    static SET: OnceLock<PhraseSet<Entry>> = OnceLock::new();
    SET.get_or_init(|| {
        let text = include_str!("../../../dictionaries/rules/confused-words.tsv");
        PhraseSet::new(
            lexicon::rows(text)
                .map(|r| (lexicon::col(&r, 0), Entry { right: lexicon::col(&r, 1), why: lexicon::col(&r, 2) })),
        )
    })
}

impl Rule for ConfusedWords {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.section.is_prose() {
            return;
        }
        let text = cx.text();
        for m in phrases().find(cx) {
            let found = &text[m.span.clone()];
            // A one-word entry written as a capitalised word mid-sentence is a name (Noone, Alot).
            if m.first_token == m.last_token && starts_upper(found) && !at_sentence_start(text, m.span.start) {
                continue;
            }
            let right = match_case(found, m.value.right);
            let message = format!("‘{found}’ should probably be ‘{right}’: {}", m.value.why);
            out.push(cx.diag(&META, m.span, message).with_suggestions(vec![Suggestion::unsafe_(right)]));
        }
    }
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Nothing but punctuation or spaces before `pos` on its line, or a sentence end just before it.
fn at_sentence_start(text: &str, pos: usize) -> bool {
    let line = &text[text[..pos].rfind('\n').map_or(0, |i| i + 1)..pos];
    if !line.chars().any(char::is_alphanumeric) {
        return true;
    }
    line.trim_end().ends_with(['.', '!', '?', ':'])
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "confused-words";

    #[test]
    fn flags_lexicon_phrases() {
        assert_flags(ID, "I would of done it differently.", 1);
        assert_flags(ID, "Your post peaked my curiosity. Kindly bare with our team. The whether was perfect.", 3);
        assert_flags(ID, "We did not want to loss any clients. The company made a big lose last year.", 2);
        assert_clean(ID, "Your post piqued my curiosity; bear with us; whether or not; the loss; to lose clients.");
        assert_flags(ID, "I am very curios about it. I think will be good for both of us.", 2);
        assert_clean(ID, "A shop of curios; I think it will be good; I think will power matters.");
        assert_flags(ID, "We where both on the 2019 cohort; they where too.", 2);
        assert_clean(ID, "I know where we were and where they went.");
        assert_flags(ID, "Thank you in advanced for your time; thanks in advanced!", 2);
        assert_clean(ID, "Thanks in advance; she works in advanced manufacturing.");
        assert_flags(ID, "It has it's own release cycle.", 1);
        assert_flags(ID, "It has it’s own release cycle.", 1);
        assert_flags(ID, "Our costumer service team was lead by me.", 2);
        assert_flags(ID, "Planned for the worse-case scenario.", 1);
        assert_flags(ID, "Irregardless of the outcome we shipped.", 1);
        assert_flags(ID, "It was great to here about your work.", 1);
        assert_flags(ID, "I look forward to here from you.", 1);
        // `apart of` after a form of `be`, `become`, `feel` is `a part of`; `apart from` is fine.
        assert_flags(ID, "I would be glad to be apart of your network.", 1);
        assert_flags(ID, "Proud to have been apart of the launch; I felt apart of it.", 2);
        assert_clean(ID, "Apart from audits, I am a part of the tax team; we worked apart of necessity.");
        // `please` for `pleased` (the plurals of nouns never counted are `uncountable-plural`'s).
        assert_flags(ID, "Thanks for your feedback and the information. Please to meet you!", 1);
        assert_clean(ID, "Thanks for your feedback and the information. Pleased to meet you; please reply.");
    }

    #[test]
    fn learner_constructions_of_fixed_form() {
        assert_flags(ID, "We grow maize, beans and etc. Can we meet? These sort of tools help.", 2);
        // Regional usage is left alone: `revert back` (Indian English `revert` = reply), `according to me`.
        assert_clean(ID, "I will revert back to you. According to me, it works.");
        assert_flags(ID, "These kind of tools help. I am reaching out you about a role; can I reach you out?", 3);
        assert_flags(ID, "She is one of best nurses and elder than me. I want to proof that it works.", 3);
        assert_flags(ID, "Over the passed five years I farmed. She has past the bar exam. I won first price.", 3);
        assert_flags(ID, "Despite we had no funds, we built it. During I worked there, I learned.", 2);
        assert_flags(ID, "I went to home early. Nurses want to go to abroad. I moved to there in 2017.", 3);
        assert_flags(ID, "The app allows to track stock and enables to plan. It remembers me of my farm.", 3);
        assert_flags(ID, "I would like to make you some questions. Can I make a question?", 2);
        assert_flags(ID, "Thank you for answering to my question. You answered to all my questions.", 2);
        assert_flags(ID, "Could you explain me which techniques work? She explained us why.", 2);
        // Light verbs before their nouns are rule `light-verb`'s, not this list's.
        assert_clean(ID, "We must do a decision. We did a good profit. I make my homework.");
        assert_flags(ID, "Thanks for baring with us. Our costumers love it. She won a price for it.", 3);
        assert_flags(
            ID,
            "I would defiantly like it. See bellow. A diary farm. Less food waist. I adopt quickly to it.",
            5,
        );
        assert_flags(ID, "We train medical personal. It is my personnel opinion. I am taking a day of.", 3);
        assert_clean(
            ID,
            "We make a decision, make a profit and do homework. Bear with us. Our customers won a prize. I'd \
             definitely go. See below. A dairy farm and my diary. Cut waste. Adapt to change; adopt a child. \
             Medical personnel and personal data; a day off; the turn of the century.",
        );
        assert_clean(ID, "Thank you for answering my question; the answer to my question; he answered to the board.");
        assert_clean(
            ID,
            "We grow maize, beans, etc. I will get back to you. According to the report, it works. This kind of \
             tool and these kinds of tools help. I am reaching out to you. She is one of the best nurses and older \
             than me. I want to prove that it works. Over the past five years we passed the test and won first \
             prize. Despite the rain and despite it, we built it. During the audit I learned. I went home; it is \
             close to home. Nurses go abroad and move there. The app allows you to track and allows tracking. \
             Remember me to your mother. It reminds me of my farm. May I ask you a question? We make questions \
             for exams.",
        );
    }

    #[test]
    fn learner_phrases_of_asking() {
        assert_flags(
            ID,
            "Could you recommend me some resources? I have some question about the cohort. I'd like to discuss the \
             using of InSAR. Keen to look in to the new scales.",
            4,
        );
        assert_clean(
            ID,
            "Could you recommend me to HR? There is some question about whether it works. The use of InSAR; I \
             look in to say hello.",
        );
    }

    #[test]
    fn eggcorns_of_fixed_phrases() {
        assert_flags(
            ID,
            "Your talk struck a cord with me. What was the route cause? Happy to have a causal chat. I sat in \
             front off you. We must stay fully complaint. It was braking news. That is the soul purpose.",
            7,
        );
        assert_clean(
            ID,
            "Your talk struck a chord; the root cause; a causal link and a casual chat; in front of you; a \
             complaint we fixed fully; braking distance; a sole purpose; the route causes delays; a cord of wood.",
        );
    }

    #[test]
    fn learner_phrases_of_time_and_politeness() {
        assert_flags(ID, "I am having a question. Could you please to send it? Thanks you! It's been long time.", 4);
        assert_flags(ID, "We met in last week; I saw it on last Monday.", 2);
        assert_clean(
            ID,
            "I have a question; could you please send it? Thank you! It's been a long time; last week; at last.",
        );
        assert_clean(ID, "In last week's meeting we agreed; thanks for long time support.");
    }

    #[test]
    fn sound_alikes_in_set_phrases() {
        assert_flags(
            ID,
            "It's a waist of time; a great peace of work; the hole team; I wander if you can; we will role out the app.",
            5,
        );
        assert_clean(
            ID,
            "Peace of mind; a role out of necessity; a hole in the fence; I wander the city; a waste of time.",
        );
    }

    #[test]
    fn collocations_of_learners() {
        assert_flags(ID, "I have 10 years of experiences in sales. It was pleasure to meet you.", 2);
        assert_clean(ID, "I have 10 years of experience; it was a pleasure to meet you; my pleasure to help.");
        assert_flags(ID, "I did a mistake; can you make a photo? She learned me how to weld.", 2);
        assert_clean(
            ID,
            "I made a mistake; I did a great job; take a photo; I learned how to weld; she taught me a lot.",
        );
        assert_flags(ID, "I could able to finish it and will able to start. I want that you review it.", 3);
        assert_clean(
            ID,
            "I was able to finish it and will be able to start. I want that report; I want you to review it.",
        );
    }

    #[test]
    fn possessive_pronouns_requests_and_replies() {
        assert_flags(ID, "Clinics like your's; the choice is our's; the idea was her's.", 3);
        assert_flags(ID, "Please how can I do to join? I would be thankful if you could to refer me.", 2);
        assert_flags(ID, "She explained us the rules; he explained me how it works.", 2);
        assert_flags(ID, "Please fine attached my CV. Fill free to call. Thanks for your replay.", 3);
        assert_flags(ID, "May be we can meet. May be you know someone? It is never to late.", 3);
        assert_clean(ID, "Maybe we can meet; it may be we who pay; it may be late.");
        assert_clean(ID, "Clinics like yours; what can I do to help? If you could refer me; please find attached.");
        assert_clean(ID, "I did everything I could to help; feel free to call; the replay of the webinar.");
    }

    #[test]
    fn each_other_a_lot_and_to_ask() {
        assert_flags(ID, "We help each others a lots. I am writing to you for ask about the job.", 3);
        assert_clean(ID, "We help each other a lot; lots of help; each other's work; I am writing to ask about it.");
    }

    #[test]
    fn they_are_right_and_there_a_place() {
        assert_flags(ID, "I think there right about it. We met they're last year; I will be they're.", 3);
        assert_clean(ID, "They're right about it; we met there; there are rights about it; they're there.");
    }

    #[test]
    fn you_are_right_and_a_site() {
        assert_flags(ID, "Your right about the delays, and your absolutely right that it matters.", 2);
        assert_clean(
            ID,
            "Your right to appeal is clear; I think your right to privacy matters; you're right about it.",
        );
        assert_flags(ID, "We visited the building sight on Monday; the sight visit went well.", 2);
        assert_clean(ID, "It was a sight to behold; the building site and the site visit; out of sight.");
    }

    #[test]
    fn here_is_a_place_unless_a_feeling_comes_before_to() {
        assert_clean(ID, "I moved here from Lisbon and am here to help; great to hear from you.");
        assert_clean(ID, "From the office to here is a short walk.");
        assert_flags(ID, "I'd like to here more about it and look forward to here from you.", 2);
        assert_clean(ID, "I moved here from your old team; more about that here.");
    }

    #[test]
    fn sound_alike_nouns_and_verbs() {
        assert_flags(ID, "I took a deep breathe; after the shift I had time to breath.", 2);
        assert_clean(ID, "Take a deep breath; I need room to breathe; bring your attention to breath.");
        assert_flags(ID, "Could you please advice me? Can you advice us on permits?", 2);
        assert_clean(ID, "Any advice you have is welcome; please advise me; I advise clients.");
        assert_flags(ID, "I was quiet impressed and quiet sure; quiet a few of us were.", 3);
        assert_clean(ID, "A quiet office; quite impressed; the quiet period after launch.");
        assert_flags(ID, "Whose going to the summit, and whose been before?", 2);
        assert_clean(ID, "Whose team won? Who's going? The founder whose company I joined.");
        assert_flags(ID, "Do you think its worth doing? Its worth a look.", 2);
        assert_clean(ID, "It's worth it; the firm doubled its worth in a year.");
        assert_flags(ID, "I must to say it; we should to meet.", 2);
        assert_clean(ID, "A visit is a must to see the plant; I must say it; you should talk to her.");
        assert_flags(ID, "Same like me, you made me thinking; we work in a same warehouse.", 3);
        assert_flags(ID, "Thank you for explaining me the procedure; I admire you as a women in STEM. Its so true.", 3);
        assert_clean(ID, "The same as me; it made me think; the same warehouse; explain the procedure to me.");
        assert_clean(ID, "Women in engineering; it's so true; its so-called premium tier; payment advices are sent.");
    }

    #[test]
    fn they_are_and_there_is() {
        assert_flags(ID, "I bought tomato plants from you. There doing great!", 1);
        assert_flags(ID, "Their's no good fix yet.", 1);
        assert_flags(ID, "Thank's again; your piece was very through.", 2);
        assert_flags(ID, "The talk was grate. I was wondering weather you'd be open.", 2);
        assert_clean(ID, "The weather you had was great; we grate cheese on a grate.");
        assert_flags(ID, "Its exactly the mess we are in; I am final year student; ever since, every since.", 3);
        assert_flags(ID, "Which mortar does you use? I did same and have exactly same problem.", 3);
        assert_clean(ID, "Its exact size is unknown; I am in my final year; it's exactly the same; I did the same.");
        assert_clean(ID, "We met there; doing great work there. The choice is theirs; there's no rush.");
        assert_flags(ID, "Great to see an other graduate in renewables! Despite of the delays we shipped.", 2);
        assert_clean(ID, "Despite the delays, and in spite of the rain, we shipped.");
        assert_flags(ID, "I am pleasure to connect. I'm pleasure to meet you.", 2);
        assert_clean(ID, "It is my pleasure to connect; I am pleased to meet you.");
        assert_flags(ID, "We met at the job fare. I was wandering if you had time; I past my CPA exam.", 3);
        assert_flags(ID, "Take a brake; I am risk adverse; Meta, formally known as Facebook; a house for sell.", 4);
        assert_clean(
            ID,
            "The bus fare; a job fair; wandering in the hills; I walked past my office; formally approved.",
        );
        assert_clean(ID, "Great to see another graduate; we help one another; an otter swam by.");
    }

    #[test]
    fn suggestion_keeps_case() {
        let d = check_text(ID, "Principle Software Engineer at Acme.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "Principal Software Engineer");
        let d = check_text(ID, "Cut costs by more then 30%.");
        assert_eq!(d[0].suggestions[0].replacement, "more than");
        assert!(!d[0].suggestions[0].safe);
        let d = check_text(ID, "Between you and I, it went well.");
        assert_eq!(d[0].suggestions[0].replacement, "Between you and me");
    }

    #[test]
    fn message_keeps_the_quotes_of_its_reason() {
        let d = check_text(ID, "Cut costs by more then 30%.");
        assert!(d[0].message.ends_with("comparison takes \"than\""), "{}", d[0].message);
        let d = check_text(ID, "I would of done it.");
        assert!(d[0].message.contains(": \"of\" is a mishearing"), "{}", d[0].message);
    }

    #[test]
    fn punctuation_and_line_breaks_break_a_match() {
        assert_clean(ID, "We tested more, then we shipped.");
        assert_clean(ID, "Grew revenue and more\nthen moved to sales.");
        assert_clean(ID, "Designed the worse-case-analysis tool.");
    }

    #[test]
    fn idea_braking_complement_and_especially() {
        assert_flags(ID, "Is it good idea for small teams? Your post on regenerative breaking was clear.", 2);
        assert_flags(
            ID,
            "I wanted to complement you on the branding; I find it interesting specially the part on tax.",
            2,
        );
        assert_clean(ID, "Is it a good idea? The braking system; it complements the menu; made specially for you.");
    }

    #[test]
    fn accepts_names_and_near_misses() {
        assert_clean(ID, "Worked with Sarah Noone on the launch.");
        assert_clean(ID, "Guided by the principle of least privilege.");
        assert_clean(ID, "In May of 2020 I joined; the might of AWS helped.");
        assert_clean(ID, "See https://example.com/could-of and `more then`.");
    }
}
