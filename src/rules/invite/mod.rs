//! Invite rules: findings about a connection invitation (`proofile invite`): the note's length, whether
//! it is personal, whether it names the person right, whether it sells. Each rule is one file; `RULES`
//! lists them for the registry (so `rules`, `explain` and the configuration know them) and `INVITE_RULES`
//! for the invite engine. They find nothing in a profile: `check` runs them as no-ops.

pub mod could_mention;
pub mod empty_note;
pub mod job_ask;
pub mod no_name;
pub mod not_personal;
pub mod note_length;
pub mod patterns;
pub mod pitch;
pub mod template_note;
pub mod unknown_affiliation;
pub mod wrong_name;

use std::ops::Range;
use std::sync::OnceLock;

use super::lexicon::{col, rows};
use super::{PhraseSet, Rule, RuleMeta, RuleOptions};
use crate::diagnostic::Diagnostic;
use crate::invite::Person;
use crate::text::{Token, TokenKind};

pub static RULES: &[&dyn Rule] = &[
    &empty_note::EmptyNote,
    &note_length::NoteLength,
    &template_note::TemplateNote,
    &not_personal::NotPersonal,
    &no_name::NoName,
    &wrong_name::WrongName,
    &unknown_affiliation::UnknownAffiliation,
    &could_mention::CouldMention,
    &pitch::Pitch,
    &job_ask::JobAsk,
];

pub static INVITE_RULES: &[&dyn InviteRule] = &[
    &empty_note::EmptyNote,
    &note_length::NoteLength,
    &template_note::TemplateNote,
    &not_personal::NotPersonal,
    &no_name::NoName,
    &wrong_name::WrongName,
    &unknown_affiliation::UnknownAffiliation,
    &could_mention::CouldMention,
    &pitch::Pitch,
    &job_ask::JobAsk,
];

/// A rule about an invitation. Findings point into the note's one section (`cx.section`).
pub trait InviteRule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>);
}

/// Every invite rule is also a registry rule, finding nothing in a profile.
macro_rules! registry_rule {
    ($t:ty) => {
        impl $crate::rules::Rule for $t {
            fn meta(&self) -> &'static $crate::rules::RuleMeta {
                &META
            }
        }
    };
}
pub(crate) use registry_rule;

/// What an invite rule may read: the note (its text and tokens), what was found in it, and the
/// recipient and sender where known.
pub struct InviteContext<'a> {
    pub section: usize,
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub facts: &'a NoteFacts,
    pub to: Option<&'a Person>,
    pub from: Option<&'a Person>,
    pub options: &'a RuleOptions,
}

impl InviteContext<'_> {
    pub fn diag(&self, meta: &RuleMeta, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(meta.id, meta.category, meta.default_severity, self.section, span, message)
    }
}

/// A phrase found in the note, with the lexicon's columns for it.
#[derive(Debug, Clone)]
pub struct Found {
    pub span: Range<usize>,
    pub kind: &'static str,
    /// Pitch phrases: a strong one sells on its own.
    pub strong: bool,
}

/// Everything the rules share about one note, found once.
#[derive(Debug, Default)]
pub struct NoteFacts {
    /// The name the note addresses (`Hi Sarah,` → Sarah), with its span.
    pub addressed: Option<Range<usize>>,
    /// The recipient's name appears in the note (with `--to`).
    pub names_recipient: bool,
    /// Reasons about the person: their post or talk, where you met, what you share.
    pub reasons: Vec<Found>,
    pub templates: Vec<Found>,
    pub pitch: Vec<Found>,
    pub job_asks: Vec<Found>,
    /// The first sentence after the greeting.
    pub first_sentence: Range<usize>,
}

impl NoteFacts {
    /// Whether the note names the person (a greeting with a name, or their name from `--to`).
    pub fn names_person(&self) -> bool {
        self.addressed.is_some() || self.names_recipient
    }

    /// Whether the note sells: a strong pitch phrase, or two weak ones.
    pub fn is_pitch(&self) -> bool {
        self.pitch.iter().any(|f| f.strong) || self.pitch.iter().filter(|f| !f.strong).count() >= 2
    }
}

fn norm(w: &str) -> String {
    w.to_lowercase().replace('’', "'")
}

/// The phrases of an invite lexicon; rows whose kind ends in `-noun` or `-word` are word classes for
/// the patterns (`patterns.rs`), not phrases.
fn lexicon(text: &'static str, strength_col: bool) -> PhraseSet<(&'static str, bool)> {
    let is_class = |kind: &str| kind.ends_with("-noun") || kind.ends_with("-word");
    PhraseSet::new(rows(text).filter(move |r| !is_class(col(r, 1))).map(move |r| {
        let strong = !strength_col || col(&r, 2) != "weak";
        (col(&r, 0), (col(&r, 1), strong))
    }))
}

fn templates() -> &'static PhraseSet<(&'static str, bool)> {
    static SET: OnceLock<PhraseSet<(&'static str, bool)>> = OnceLock::new();
    SET.get_or_init(|| lexicon(include_str!("../../../dictionaries/rules/invite-template.tsv"), false))
}

fn pitches() -> &'static PhraseSet<(&'static str, bool)> {
    static SET: OnceLock<PhraseSet<(&'static str, bool)>> = OnceLock::new();
    SET.get_or_init(|| lexicon(include_str!("../../../dictionaries/rules/invite-pitch.tsv"), true))
}

fn job_asks() -> &'static PhraseSet<(&'static str, bool)> {
    static SET: OnceLock<PhraseSet<(&'static str, bool)>> = OnceLock::new();
    SET.get_or_init(|| lexicon(include_str!("../../../dictionaries/rules/invite-job-ask.tsv"), false))
}

fn reasons() -> &'static PhraseSet<(&'static str, bool)> {
    static SET: OnceLock<PhraseSet<(&'static str, bool)>> = OnceLock::new();
    SET.get_or_init(|| lexicon(include_str!("../../../dictionaries/rules/invite-reason.tsv"), false))
}

fn find(set: &PhraseSet<(&'static str, bool)>, text: &str, tokens: &[Token]) -> Vec<Found> {
    set.find_all(text, tokens).into_iter().map(|(span, &(kind, strong))| Found { span, kind, strong }).collect()
}

/// Greetings that may be followed by the person's name.
const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "dear",
    "hiya",
    "greetings",
    "morning",
    "afternoon",
    "evening",
    "olá",
    "ola",
    "hola",
    "bonjour",
    "hallo",
    "ciao",
    "salut",
    "hej",
    "namaste",
];
/// Words after a greeting that are not a name.
const NOT_NAMES: &[&str] = &[
    "there",
    "all",
    "everyone",
    "team",
    "sir",
    "madam",
    "friend",
    "folks",
    "guys",
    "you",
    "again",
    "and",
    "from",
    "good",
    "i",
    "i'm",
    "we",
    "hope",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "mx",
    "fellow",
];
pub(super) const HONORIFICS: &[&str] =
    &["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "mx", "sir", "madam", "ma'am", "maam"];
/// A capitalised first word followed by a comma that is not a vocative name.
const NOT_VOCATIVE: &[&str] = &[
    "thanks",
    "thank",
    "congrats",
    "congratulations",
    "sorry",
    "apologies",
    "quick",
    "yes",
    "no",
    "well",
    "so",
    "ok",
    "okay",
    "great",
    "also",
    "btw",
    "ps",
    "first",
    "today",
    "recently",
    "hopefully",
    "honestly",
    "firstly",
];

/// The byte span of the note's opening greeting word (`Hola`, `Bonjour`, `Hallo`), if it opens with one.
/// Greetings from other languages are the conventional first word of a note, not misspellings.
pub fn greeting_word(text: &str, tokens: &[Token]) -> Option<Range<usize>> {
    let first = tokens.iter().find(|t| t.kind == TokenKind::Word)?;
    let lead = text[..first.span.start].trim_matches(|c: char| !c.is_alphanumeric()).is_empty();
    (lead && GREETINGS.contains(&norm(first.text(text)).as_str())).then(|| first.span.clone())
}

/// The byte span of the name a greeting addresses, if any: `Hi Sarah,`, `Dear Dr. Osei`, `Kenji, your…`.
pub fn addressed_name(text: &str, tokens: &[Token]) -> Option<Range<usize>> {
    let words: Vec<&Token> = tokens.iter().filter(|t| t.kind == TokenKind::Word).collect();
    let first = words.first()?;
    // Only at the very start of the note (leading punctuation aside).
    if !text[..first.span.start].trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
        return None;
    }
    let w0 = norm(first.text(text));
    let mut i = if w0 == "good" {
        2
    } else if GREETINGS.contains(&w0.as_str()) {
        1
    } else {
        0
    };
    if i == 0 {
        // A vocative first word: `Kenji, your talk…` (capitalised, followed by a comma, dash or `!`, maybe
        // after an honorific: `Rajesh ji,`).
        let end = honorific_after(text, first.span.clone()).map_or(first.span.end, |h| h.end);
        let after = text[end..].trim_start();
        let cap = first.text(text).chars().next().is_some_and(char::is_uppercase);
        return (cap && after.starts_with([',', '—', '–', '!']) && !NOT_VOCATIVE.contains(&w0.as_str()))
            .then(|| first.span.clone());
    }
    // A title: a known honorific, or any capitalised abbreviation with its dot before the capitalised
    // name the greeting ends on (`Pharm. Adebayo,`, `Engr. Musa!`; not `Hi Sarah. Great talk`).
    let title = |k: usize| {
        let Some(w) = words.get(k) else { return false };
        let abbreviation = text[w.span.end..].starts_with(". ")
            && w.text(text).starts_with(char::is_uppercase)
            && words.get(k + 1).is_some_and(|n| {
                n.text(text).starts_with(char::is_uppercase)
                    && !text[w.span.end..n.span.start].contains('\n')
                    && text[n.span.end..].starts_with([',', '!', ':', '—', '–'])
            });
        HONORIFICS.contains(&norm(w.text(text)).trim_end_matches('.')) || abbreviation
    };
    while title(i) {
        i += 1;
    }
    let w = words.get(i)?;
    // The name follows the greeting on the same line, with only spaces or an honorific's dot between.
    let gap = &text[words[i - 1].span.end..w.span.start];
    if gap.contains('\n') || !gap.chars().all(|c| c == ' ' || c == '.') {
        return None;
    }
    let word = w.text(text);
    let cap = word.chars().next().is_some_and(char::is_uppercase);
    (cap && !NOT_NAMES.contains(&norm(word).as_str())).then(|| w.span.clone())
}

/// Honorifics written after a name (`Rajesh ji`, `Tanaka-san`, `Ade sir`).
pub(super) const AFTER_HONORIFICS: &[&str] = &["ji", "san", "sama", "sensei", "sahib", "saheb", "garu", "jee"];

/// The byte span of an honorific right after the name the note addresses (`Rajesh ji,`,
/// `Tanaka-san`): a form of address, not a misspelling.
pub fn honorific_after(text: &str, name: Range<usize>) -> Option<Range<usize>> {
    let rest = &text[name.end..];
    let lead = rest.len() - rest.trim_start_matches(['-', ' ']).len();
    let word_len = rest[lead..].find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len() - lead);
    let word = &rest[lead..lead + word_len];
    (lead <= 1 && AFTER_HONORIFICS.contains(&word.to_lowercase().as_str()))
        .then(|| name.end + lead..name.end + lead + word_len)
}

/// Whether `phrase` occurs in `text` as whole words, case-insensitively.
pub fn mentions(text: &str, phrase: &str) -> Option<Range<usize>> {
    let phrase = phrase.trim();
    if phrase.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return None;
    }
    let lower = text.to_lowercase();
    let p = phrase.to_lowercase();
    // Lower-casing can change byte lengths (rare letters); then give up rather than misplace a span.
    if lower.len() != text.len() {
        return text.find(phrase).map(|i| i..i + phrase.len());
    }
    let mut from = 0;
    while let Some(i) = lower[from..].find(&p) {
        let s = from + i;
        let e = s + p.len();
        let before = lower[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = lower[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return Some(s..e);
        }
        from = s + p.chars().next().map_or(1, char::len_utf8);
    }
    None
}

impl NoteFacts {
    pub fn find(text: &str, tokens: &[Token], to: Option<&Person>) -> NoteFacts {
        let addressed = addressed_name(text, tokens);
        let names_recipient = to.is_some_and(|p| p.name_forms().iter().any(|n| mentions(text, n).is_some()));
        let words = patterns::Words::new(text, tokens);
        let mut reasons = find(reasons(), text, tokens);
        reasons.extend(patterns::reasons(&words));
        if let Some(p) = to {
            // Their employer, school or role named in the note is a reason about them.
            for thing in p.companies.iter().chain(&p.schools).chain(&p.titles) {
                if let Some(span) = mentions(text, thing) {
                    reasons.push(Found { span, kind: "theirs", strong: true });
                }
            }
        }
        let mut pitch = find(pitches(), text, tokens);
        pitch.extend(patterns::pitch(&words));
        for t in tokens {
            if t.kind == TokenKind::Url && is_booking_link(t.text(text)) {
                pitch.push(Found { span: t.span.clone(), kind: "booking link", strong: true });
            }
        }
        let mut job_asks = find(job_asks(), text, tokens);
        job_asks.extend(patterns::job_asks(&words));
        let first_sentence = first_sentence(text, addressed.as_ref());
        NoteFacts {
            addressed,
            names_recipient,
            reasons: one_per_place(reasons),
            templates: find(templates(), text, tokens),
            pitch: one_per_place(pitch),
            job_asks: one_per_place(job_asks),
            first_sentence,
        }
    }
}

/// The findings sorted by place, one per overlapping stretch (a phrase found both by a lexicon and by a
/// pattern counts once): the strong one, else the longest.
fn one_per_place(mut found: Vec<Found>) -> Vec<Found> {
    found.sort_by_key(|f| (f.span.start, !f.strong, usize::MAX - f.span.len()));
    let mut out: Vec<Found> = Vec::new();
    for f in found {
        match out.last_mut() {
            Some(last) if f.span.start < last.span.end => {
                if f.strong && !last.strong {
                    *last = f;
                }
            }
            _ => out.push(f),
        }
    }
    out
}

/// Scheduling and meeting-booking links.
fn is_booking_link(url: &str) -> bool {
    let u = url.to_lowercase();
    let path = u.split_once("://").map_or(u.as_str(), |(_, rest)| rest).split_once('/').map_or("", |(_, p)| p);
    ["calendly.com", "cal.com/", "meetings.hubspot", "savvycal.com", "zcal.co", "chilipiper", "tidycal.com"]
        .iter()
        .any(|d| u.contains(d))
        // A page for booking time on any site: `…/book/…`, `…/schedule`, `…/demo`, `…/book-a-call`.
        || path.split(['/', '?', '#']).any(|seg| {
            const PAGES: &[&str] = &[
                "book", "booking", "bookings", "demo", "meet", "meeting", "meetings", "schedule", "scheduling",
                "calendar", "appointment", "appointments",
            ];
            PAGES.contains(&seg) || seg.starts_with("book-") || seg.starts_with("schedule-")
        })
}

/// The first sentence after the greeting (`Hi Sam,` or `Hello!` skipped).
fn first_sentence(text: &str, addressed: Option<&Range<usize>>) -> Range<usize> {
    let sentences = crate::text::sentences(text);
    let start = addressed.map_or(0, |a| a.end);
    // The greeting may be a sentence of its own ("Hello!"); the first with three words or more counts.
    sentences
        .iter()
        .filter(|s| s.end > start)
        .find(|s| crate::text::tokenize::words(&text[s.start.max(start)..s.end]).count() >= 3)
        .map(|s| s.start.max(start)..s.end)
        .map(|r| {
            // Not the comma and space after the greeting's name.
            let lead = text[r.clone()].len() - text[r.clone()].trim_start_matches(|c: char| !c.is_alphanumeric()).len();
            (r.start + lead).min(r.end)..r.end
        })
        .unwrap_or(start..text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addressed(text: &str) -> Option<&str> {
        let toks = crate::text::tokenize(text, &[]);
        addressed_name(text, &toks).map(|r| &text[r])
    }

    /// `RULES` (for the registry) and `INVITE_RULES` (for `proofile invite`) list the same rules in the
    /// same order: a rule added to one and not the other would be listed but never run, or run unlisted.
    #[test]
    fn both_lists_name_the_same_rules() {
        let listed: Vec<&str> = RULES.iter().map(|r| r.meta().id).collect();
        let run: Vec<&str> = INVITE_RULES.iter().map(|r| r.meta().id).collect();
        assert_eq!(listed, run);
    }

    #[test]
    fn finds_the_name_a_greeting_addresses() {
        assert_eq!(addressed("Hi Sarah, loved your talk."), Some("Sarah"));
        assert_eq!(addressed("Dear Dr. Osei, thank you."), Some("Osei"));
        assert_eq!(addressed("Good morning Anna! Quick note."), Some("Anna"));
        assert_eq!(addressed("Kenji, your session was great."), Some("Kenji"));
        assert_eq!(addressed("Rajesh ji, Ananya suggested I reach out."), Some("Rajesh"));
        assert_eq!(addressed("Good afternoon Pharm. Adebayo, I attended your session."), Some("Adebayo"));
        assert_eq!(addressed("Hi Ma'am Maria, I saw your post."), Some("Maria"));
        assert_eq!(addressed("Hi Dr. Osei. Thanks."), Some("Osei"));
        assert_eq!(addressed("Hi Sarah. Great talk, truly."), Some("Sarah"));
        assert_eq!(addressed("Tanaka-san, thank you for the tour."), Some("Tanaka"));
        assert_eq!(addressed("Hi there, let's connect."), None);
        assert_eq!(addressed("Dear Sir or Madam, hello."), None);
        assert_eq!(addressed("Thanks, great talk."), None);
        assert_eq!(addressed("I loved your talk, Sarah."), None);
    }

    #[test]
    fn finds_an_opening_greeting() {
        let greeting = |text: &str| {
            let toks = crate::text::tokenize(text, &[]);
            greeting_word(text, &toks).map(|r| text[r].to_string())
        };
        assert_eq!(greeting("Ciao Marco, great panel."), Some("Ciao".into()));
        assert_eq!(greeting("Namaste Ravi!"), Some("Namaste".into()));
        assert_eq!(greeting("Marco, ciao."), None);
    }

    #[test]
    fn mentions_are_whole_words() {
        assert_eq!(mentions("We met at Acme Corp.", "acme corp"), Some(10..19));
        assert_eq!(mentions("Acmeville", "Acme"), None);
        assert_eq!(mentions("x", "A"), None);
    }
}
