//! Properties of `invite::check` over random notes built from the clauses its rules read (greetings,
//! names, `your`/`you`, pitch and job-ask phrases, -ing forms, links, prices), each cut after any word,
//! so that the note ends at every place: it never panics, every finding's span lies on character boundaries inside the note, and
//! the same note gives the same report twice.

use std::sync::OnceLock;

use proofile::check::{Checker, Settings};
use proofile::invite::{self, Invitation, Person};
use proptest::prelude::*;

/// Clauses of the kinds the invite rules read, each cut after any of its words: a rule that looks one or
/// two words ahead meets the end of the note at every place.
const CLAUSES: &[&str] = &[
    "I admire your mentoring of new engineers",
    "I loved your talk on grid storage at the summit",
    "we were both at Acme in Leeds",
    "I help companies like yours save money with a free demo",
    "book a call at calendly.com/acme/15min for $99 per month",
    "could you refer me for any openings on your team",
    "I would like to add you to my professional network",
    "fellow Acme alum here and a fan of your post",
    "thanks for sharing the rota template you made",
    "Hope you're well and its great to see your work",
    "we met at the Fiestas de la Vendimia last year",
    "Rajesh ji your article was usefull for our team",
    "Tanaka-san thank you for the tip on grout",
    "عربي نص and 🙂 emoji 👨\u{200D}👩\u{200D}👧 with Cafe\u{301}",
    "I am a fresher looking for job and will send my CV",
];

fn clause() -> impl Strategy<Value = String> {
    (prop::sample::select(CLAUSES.to_vec()), 0usize..16).prop_map(|(c, cut)| {
        let words: Vec<&str> = c.split(' ').collect();
        words[..cut.min(words.len())].join(" ")
    })
}

fn note() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["", "Hi Sam, ", "Dear Jon ", "Hello Dr. Lee. ", "Hola Sra. López, ", "Sam"]),
        prop::collection::vec((clause(), prop::sample::select(vec![". ", ", ", " ", "\n", "! ", "? ", ""])), 0..4),
    )
        .prop_map(|(greeting, parts)| {
            let mut s = greeting.to_string();
            for (c, sep) in parts {
                s.push_str(&c);
                s.push_str(sep);
            }
            s
        })
}

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(Settings::default()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn invite_never_panics_and_spans_are_sound(text in note(), with_to in any::<bool>()) {
        let to = with_to.then(|| Person::from_fields(Some("Sam Lee"), Some("Data Engineer at Acme")));
        let inv = Invitation { name: "note.txt".into(), note: text.clone(), to };
        let c = checker();
        let report = invite::check(c, c.options(), &inv, None);
        let section = &report.note.sections[report.note_section()].text;
        for d in &report.diagnostics {
            let s = &report.note.sections[d.section].text;
            prop_assert!(d.span.start <= d.span.end && d.span.end <= s.len(), "{d:?} in {s:?}");
            prop_assert!(s.is_char_boundary(d.span.start) && s.is_char_boundary(d.span.end), "{d:?} in {s:?}");
        }
        let again = invite::check(c, c.options(), &inv, None);
        prop_assert_eq!(format!("{:?}", report.diagnostics), format!("{:?}", again.diagnostics), "{}", section);
    }
}

/// The note that made `invite` panic before: `your` and an -ing form as the last words.
#[test]
fn a_gerund_after_your_at_the_end() {
    let c = checker();
    let inv = Invitation { name: "note.txt".into(), note: "Hi Sam, I admire your mentoring".into(), to: None };
    let report = invite::check(c, c.options(), &inv, None);
    assert!(!report.verdict.is_empty());
}
