//! Invite rules: findings about a connection invitation (`proofile invite`): the note's length, whether
//! it is personal, whether it names the person right, whether it sells. Each rule is one file; `RULES`
//! lists them for the registry (so `rules`, `explain` and the configuration know them) and `INVITE_RULES`
//! for the invite engine. They find nothing in a profile: `check` runs them as no-ops.

pub mod could_mention;
pub mod empty_note;
pub mod job_ask;
pub mod model;
pub mod no_name;
pub mod not_personal;
pub mod note_length;
pub mod patterns;
pub mod pitch;
pub mod template_note;
pub mod unknown_affiliation;
pub mod wrong_name;

use std::collections::HashSet;
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
        sells(&self.pitch)
    }
}

/// Whether these pitch signs make a pitch: a strong one, or two weak ones.
fn sells(pitch: &[Found]) -> bool {
    pitch.iter().any(|f| f.strong) || pitch.iter().filter(|f| !f.strong).count() >= 2
}

fn norm(w: &str) -> String {
    w.to_lowercase().replace('’', "'")
}

/// Whether the job ask at `span` is the sender's own hiring: `hiring`/`recruiting` right after `I'm`,
/// `we're`, `I am`, `we are` (maybe `currently`): `I'm hiring for a Head of Data`.
fn sender_hires(text: &str, span: Range<usize>) -> bool {
    let found = norm(&text[span.clone()]);
    if !(found.starts_with("hiring") || found.starts_with("recruiting")) {
        return false;
    }
    let before = norm(&text[..span.start]);
    let before = before.trim_end();
    let before = before.strip_suffix("currently").map_or(before, str::trim_end);
    ["i'm", "we're", "i am", "we are"].iter().any(|s| {
        before.strip_suffix(s).is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
    })
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

/// The `no-sale-word` rows of `invite-pitch.tsv`: the sender says nothing is sold.
fn no_sale_words() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        rows(include_str!("../../../dictionaries/rules/invite-pitch.tsv"))
            .filter(|r| col(r, 1) == "no-sale-word")
            .map(|r| col(&r, 0))
            .collect()
    })
}

/// Whether the text before an ask (lower case, as [`norm`] gives it) ends by saying the note is not making it:
/// `I'm not after`, `not asking for`, `not looking for`, `I don't need`, `no need for`.
fn disclaimed(before: &str) -> bool {
    const NOT: &[&str] = &[
        "not after",
        "not asking for",
        "not asking you for",
        "not looking for",
        "not seeking",
        "not here for",
        "don't need",
        "do not need",
        "no need for",
        "not fishing for",
    ];
    let before = before.trim_end();
    NOT.iter().any(|n| before.ends_with(n))
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

/// Vocatives of a rank, a trade or a friendship, no name (`Sarge, it's Danny from your old shift`, `Hi
/// Coach,`).
const VOCATIVES: &[&str] =
    &["sarge", "boss", "doc", "coach", "chef", "skipper", "gaffer", "guv", "mate", "bro", "buddy"];
/// The titles written before a name and the honorifics written after one
/// (`dictionaries/rules/honorifics.tsv`).
/// The third set: the titles that are never a given name (`Dr`, `Mrs`).
type Honorifics = (HashSet<&'static str>, HashSet<&'static str>, HashSet<&'static str>);

fn honorifics() -> &'static Honorifics {
    static SETS: OnceLock<Honorifics> = OnceLock::new();
    SETS.get_or_init(|| {
        let mut sets: Honorifics = Default::default();
        for r in rows(include_str!("../../../dictionaries/rules/honorifics.tsv")) {
            match col(&r, 1) {
                "after" => sets.1.insert(col(&r, 0)),
                _ => sets.0.insert(col(&r, 0)),
            };
            if col(&r, 3) == "yes" {
                sets.2.insert(col(&r, 0));
            }
        }
        sets
    })
}

/// Whether `word` (any case) is an honorific written after a name (`ji`, `san`, `bhai`).
pub fn is_honorific(word: &str) -> bool {
    honorifics().1.contains(norm(word).as_str())
}

/// Whether `word` (any case, a final dot allowed) is a title that is never a given name (`Dr.`, `Mrs`).
pub fn is_never_a_name(word: &str) -> bool {
    honorifics().2.contains(norm(word).trim_end_matches('.'))
}

/// Whether `word` (any case, a final dot allowed) is a title written before a name: `Dr.`, `Herr`, `Sra.`.
pub fn is_title(word: &str) -> bool {
    honorifics().0.contains(norm(word).trim_end_matches('.'))
}

/// The greetings and closings of `dictionaries/rules/greetings.tsv`, each as its words, and whether it
/// is a closing (thanks, a sign-off) rather than a greeting.
fn greetings_and_closings() -> &'static Vec<(Vec<&'static str>, bool)> {
    static LIST: OnceLock<Vec<(Vec<&'static str>, bool)>> = OnceLock::new();
    LIST.get_or_init(|| {
        rows(include_str!("../../../dictionaries/rules/greetings.tsv"))
            .map(|r| (col(&r, 0).split(' ').collect(), col(&r, 2) == "closing"))
            .collect()
    })
}

/// The greetings a note opens with, each as its words.
fn greetings() -> impl Iterator<Item = &'static Vec<&'static str>> {
    greetings_and_closings().iter().filter(|(_, closing)| !closing).map(|(g, _)| g)
}

/// Whether the words from `words[k]` on are `phrase`, one space (or hyphen) between them.
fn phrase_at(text: &str, words: &[&Token], k: usize, phrase: &[&str]) -> bool {
    k + phrase.len() <= words.len()
        && phrase.iter().enumerate().all(|(j, p)| {
            let w = words[k + j];
            // `norm` without a copy: the phrases are tried at every word.
            let low = w.text(text).chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c });
            // One space or one hyphen between the words: `Assalam-o-Alaikum` is `assalam o alaikum`.
            p.chars().eq(low) && (j == 0 || matches!(&text[words[k + j - 1].span.end..w.span.start], " " | "-"))
        })
}

/// The byte spans of the greetings and closings that stand alone between punctuation anywhere in the
/// note (`Hi Aroha, kia ora!`, `Ngā mihi, Niamh`, `Gracias!`): words of another language or a region
/// used as such, not misspellings.
pub fn standalone_greetings(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let words: Vec<&Token> = tokens.iter().filter(|t| t.kind == TokenKind::Word).collect();
    let bounded = |gap: &str| gap.trim().is_empty() && gap.contains('\n') || !gap.trim().is_empty();
    let mut out = Vec::new();
    for k in 0..words.len() {
        let before =
            if k == 0 { &text[..words[k].span.start] } else { &text[words[k - 1].span.end..words[k].span.start] };
        if k > 0 && !bounded(before) {
            continue;
        }
        for (phrase, _) in greetings_and_closings() {
            if !phrase_at(text, &words, k, phrase) {
                continue;
            }
            let last = words[k + phrase.len() - 1];
            let after = match words.get(k + phrase.len()) {
                Some(n) => &text[last.span.end..n.span.start],
                None => &text[last.span.end..],
            };
            if words.get(k + phrase.len()).is_none() || bounded(after) {
                out.push(words[k].span.start..last.span.end);
            }
        }
    }
    out
}

/// How many of the note's first words are its greeting (`Hi` 1, `Buenos días` 2), 0 when it opens with none.
/// Only at the very start of the note (leading punctuation aside); the longest greeting wins.
fn greeting_len(text: &str, words: &[&Token]) -> usize {
    let Some(first) = words.first() else { return 0 };
    if !text[..first.span.start].trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
        return 0;
    }
    greetings().filter(|g| phrase_at(text, words, 0, g)).map(|g| g.len()).max().unwrap_or(0)
}

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
    // Terms of address, not names.
    "mate",
    "buddy",
    "bro",
    "dude",
    "boss",
    "folks",
    "team",
    "everyone",
];

/// Where the note's sign-off starts (`Thanks,`, `Best regards,`, `Ngā mihi,` standing alone with at most
/// twelve words after it: the sender's name and title); the note's length when it has none.
fn sign_off_start(text: &str, tokens: &[Token]) -> usize {
    let words: Vec<&Token> = tokens.iter().filter(|t| t.kind == TokenKind::Word).collect();
    let closings: Vec<&Vec<&str>> = greetings_and_closings().iter().filter(|(_, c)| *c).map(|(g, _)| g).collect();
    standalone_greetings(text, tokens)
        .into_iter()
        .filter(|s| {
            let k = words.iter().position(|w| w.span.start == s.start).unwrap_or(0);
            closings.iter().any(|c| phrase_at(text, &words, k, c))
                && words.iter().filter(|w| w.span.start >= s.end).count() <= 12
        })
        .map(|s| s.start)
        .min()
        .unwrap_or(text.len())
}

/// The byte span of the note's opening greeting (`Hola`, `Kia ora`, `G'day`), if it opens with one.
/// Greetings from other languages are the conventional first words of a note, not misspellings.
pub fn greeting_word(text: &str, tokens: &[Token]) -> Option<Range<usize>> {
    let words: Vec<&Token> = tokens.iter().filter(|t| t.kind == TokenKind::Word).collect();
    let n = greeting_len(text, &words);
    (n > 0).then(|| words[0].span.start..words[n - 1].span.end)
}

/// The byte spans of the titles between the greeting and the name (`Herr` in `Hallo Herr Müller,`,
/// `Engr.` in `Dear Engr. Musa`): forms of address, not misspellings.
pub fn title_words(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let words: Vec<&Token> = tokens.iter().filter(|t| t.kind == TokenKind::Word).collect();
    let mut i = greeting_len(text, &words);
    let mut out = Vec::new();
    // After the greeting, or opening the note (`Dra. Gómez, …`).
    while is_title_at(text, &words, i) {
        out.push(words[i].span.clone());
        i += 1;
    }
    out
}

/// Whether word `k` is a title before the capitalised name that follows it on the same line: a known
/// title (`Dr`, `Herr`, `Sra.`: a title that is also a word or a name, `Don`, `Chief`, only so), or any
/// capitalised abbreviation with its dot before the name the greeting ends on (`Pharm. Adebayo,`,
/// `Engr. Musa!`; not `Hi Sarah. Great talk`).
fn is_title_at(text: &str, words: &[&Token], k: usize) -> bool {
    let (Some(w), Some(n)) = (words.get(k), words.get(k + 1)) else { return false };
    let gap = &text[w.span.end..n.span.start];
    let name_follows = n.text(text).starts_with(char::is_uppercase) && matches!(gap, " " | ". " | ".");
    let abbreviation = gap == ". "
        && w.text(text).starts_with(char::is_uppercase)
        && text[n.span.end..].starts_with([',', '!', ':', '—', '–']);
    name_follows && (is_title(w.text(text)) || abbreviation)
}

/// The byte span of the name a greeting addresses, if any: `Hi Sarah,`, `Dear Dr. Osei`, `Kenji, your…`.
pub fn addressed_name(text: &str, tokens: &[Token]) -> Option<Range<usize>> {
    let words: Vec<&Token> = tokens.iter().filter(|t| t.kind == TokenKind::Word).collect();
    let first = words.first()?;
    // Only at the very start of the note (leading punctuation aside).
    if !text[..first.span.start].trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
        return None;
    }
    let mut i = greeting_len(text, &words);
    if i == 0 {
        // A title alone as the vocative names no one (`Sir, I served under you…`).
        if is_title(first.text(text)) {
            return None;
        }
        // A vocative first word: `Kenji, your talk…` (capitalised, followed by a comma, dash or `!`, maybe
        // after an honorific: `Rajesh ji,`).
        let w0 = norm(first.text(text));
        let end = honorific_after(text, first.span.clone()).map_or(first.span.end, |h| h.end);
        let after = text[end..].trim_start();
        let cap = first.text(text).chars().next().is_some_and(char::is_uppercase);
        return (cap
            && after.starts_with([',', '—', '–', '!'])
            && !NOT_VOCATIVE.contains(&w0.as_str())
            && !VOCATIVES.contains(&w0.as_str()))
        .then(|| with_hyphened_parts(text, first.span.clone()));
    }
    while is_title_at(text, &words, i) {
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
    // A title alone after the greeting names no one either (`Hello Ma'am,`, `Good day Ma,`).
    (cap && !NOT_NAMES.contains(&norm(word).as_str())
        && !VOCATIVES.contains(&norm(word).as_str())
        && !is_never_a_name(word)
        && !greets_a_role(text, &words, i))
    .then(|| with_hyphened_parts(text, w.span.clone()))
}

/// The nouns that greet a role or a group, not a person, at the end of a greeting's words (`Dear Hiring
/// Team`, `Respected Sir`, `Dear Recruitment Manager`).
const ROLE_NOUNS: &[&str] = &[
    "team",
    "teams",
    "sir",
    "sirs",
    "madam",
    "manager",
    "managers",
    "recruiter",
    "recruiters",
    "committee",
    "panel",
    "department",
    "colleague",
    "colleagues",
    "friend",
    "friends",
    "all",
    "everyone",
    "member",
    "members",
    "officer",
    "partner",
    "partners",
    "professional",
    "professionals",
    "leader",
    "leaders",
    "director",
    "board",
    "staff",
    "group",
];

/// Whether the capitalised words from word `k` to the end of the greeting (a comma, a dash or the line's
/// end; three words at most) end on a role noun: then word `k` qualifies the role, it is no name.
fn greets_a_role(text: &str, words: &[&Token], k: usize) -> bool {
    let mut j = k;
    while j + 1 < words.len() && j < k + 3 {
        let gap = &text[words[j].span.end..words[j + 1].span.start];
        let next = words[j + 1].text(text);
        if gap != " " || !next.starts_with(char::is_uppercase) {
            break;
        }
        j += 1;
        if ROLE_NOUNS.contains(&norm(next).as_str()) {
            return true;
        }
    }
    false
}

/// A name's span with the parts joined to it by hyphens (`Jean-Pierre`, `Mary-Jane`, `Hyun-woo`), but not
/// an honorific after it (`Tanaka-san`).
fn with_hyphened_parts(text: &str, mut span: Range<usize>) -> Range<usize> {
    while let Some(rest) = text[span.end..].strip_prefix('-') {
        let len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        let part = &rest[..len];
        // A part in lower case too (`Hyun-woo`, `Ji-hoon`), but not an honorific.
        if len == 0 || honorifics().1.contains(norm(part).as_str()) {
            break;
        }
        span.end += 1 + len;
    }
    span
}

/// The byte span of an honorific right after the name the note addresses (`Rajesh ji,`,
/// `Tanaka-san`): a form of address, not a misspelling.
pub fn honorific_after(text: &str, name: Range<usize>) -> Option<Range<usize>> {
    let rest = &text[name.end..];
    let lead = rest.len() - rest.trim_start_matches(['-', ' ']).len();
    let word_len = rest[lead..].find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len() - lead);
    let word = &rest[lead..lead + word_len];
    (lead <= 1 && honorifics().1.contains(norm(word).as_str())).then(|| name.end + lead..name.end + lead + word_len)
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
        // Something particular named outside the greeting, the names of the person and the sign-off.
        let mut skip: Vec<Range<usize>> = addressed.iter().cloned().chain(greeting_word(text, tokens)).collect();
        if let Some(p) = to {
            skip.extend(p.name_forms().iter().filter_map(|n| mentions(text, n)));
        }
        reasons.extend(patterns::named_things(&words, &skip, sign_off_start(text, tokens)));
        if let Some(p) = to {
            // Their employer, school or role named in the note is a reason about them.
            for thing in p.companies.iter().chain(&p.schools).chain(&p.titles) {
                if let Some(span) = mentions(text, thing) {
                    reasons.push(Found { span, kind: "theirs", strong: true });
                }
            }
            // Their field named without the job word: `specialising in paediatric oncology` to a
            // Paediatric Oncology Nurse.
            for field in p.titles.iter().filter_map(|t| patterns::specialty(t)) {
                if let Some(span) = mentions(text, &field) {
                    reasons.push(Found { span, kind: "theirs", strong: true });
                }
            }
        }
        let mut pitch = find(pitches(), text, tokens);
        pitch.extend(patterns::pitch(&words));
        for t in tokens {
            if (t.kind == TokenKind::Url || t.kind == TokenKind::Code && bare_link(t.text(text)))
                && is_booking_link(t.text(text))
            {
                pitch.push(Found { span: t.span.clone(), kind: "booking link", strong: true });
            }
        }
        // A note that says it sells nothing (`no upsell`, `not for sale yet`) or asks for a student's
        // research: only strong signs other than a free offer still make it a pitch.
        // A `no …` phrase ends its clause: `no sales pressure` is the seller's own reassurance.
        let says_no_sale = no_sale_words().iter().any(|p| {
            mentions(text, p).is_some_and(|m| {
                !p.starts_with("no ") || !text[m.end..].trim_start_matches(' ').starts_with(char::is_alphanumeric)
            })
        });
        if says_no_sale {
            pitch.retain(|p| p.strong && p.kind != "free offer");
        }
        let sentences = crate::text::sentences(text);
        // A role offered to them (`we're hiring junior devs at our agency`): the sentence is the
        // recruiter's, and `our agency` in it sells nothing.
        let offers: Vec<Range<usize>> = crate::text::sentences(text)
            .into_iter()
            .filter(|s| reasons.iter().any(|r| r.kind == "role offered" && s.contains(&r.span.start)))
            .collect();
        pitch.retain(|p| !offers.iter().any(|s| s.contains(&p.span.start)));
        let mut job_asks = find(job_asks(), text, tokens);
        job_asks.extend(patterns::job_asks(&words));
        let conditional: Vec<Found> = patterns::conditional_openings(&words)
            .into_iter()
            .filter(|(_, s)| !job_asks.iter().any(|j| j.span.start < s.end && s.start < j.span.end))
            .map(|(f, _)| f)
            .collect();
        job_asks.extend(conditional);
        // `openings for new clients` is the seller's room for customers, not a job asked for; `I'm
        // hiring for…` is the sender hiring; and `put us on your radar` is a firm's, not a person's ask.
        // `I'm not after a referral, just curious`: an ask the note says it is not making.
        job_asks.retain(|j| {
            let before = norm(&text[..j.span.start]);
            !before.trim_end().ends_with(" us") && !disclaimed(&before)
        });
        job_asks.retain(|j| {
            !pitch.iter().any(|p| p.kind == "capacity" && p.span.start < j.span.end && j.span.start < p.span.end)
                && !sender_hires(text, j.span.clone())
        });
        // A job ask names work somehow (`are you taking the train… I'd love a chance to chat` does not).
        if job_asks.is_empty()
            && patterns::speaks_of_work(&words)
            && let Some(span) = model::reads_as("job-ask", text, &sentences)
        {
            job_asks.push(Found { span, kind: "job", strong: false });
        }
        // A job seeker offers themselves (`could I send it straight to you?`, `my app` for their
        // application): beside a job ask only a strong sign sells.
        if !job_asks.is_empty() {
            pitch.retain(|p| p.strong);
        }
        // The word model, where the patterns found nothing: the note as a whole reads as a sale or a job
        // ask (a note that says it sells nothing is taken at its word).
        // Signs counted once per place, as the verdict counts them (`Could I drop by for 20 minutes?` is
        // one ask, though two patterns read it).
        if !sells(&one_per_place(pitch.clone()))
            && job_asks.is_empty()
            && !says_no_sale
            && let Some(span) = model::reads_as("pitch", text, &sentences)
        {
            pitch.push(Found { span, kind: "its wording reads as a sales note", strong: true });
        }
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

/// A link written without `https://` or `www.` (`calendly.com/acme/15min`), which the tokenizer takes
/// for a path: a host whose last label is two or more ASCII letters, then a path.
fn bare_link(token: &str) -> bool {
    token.split_once('/').is_some_and(|(host, _)| {
        host.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty() && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
        })
    })
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
        // Titles in other languages, hyphened names, greetings of two words.
        assert_eq!(addressed("Hallo Herr Müller, danke."), Some("Müller"));
        assert_eq!(addressed("Buenos días Sra. López, gracias."), Some("López"));
        assert_eq!(addressed("Hi Jean-Pierre, great panel."), Some("Jean-Pierre"));
        assert_eq!(addressed("Kia ora Aroha, great panel."), Some("Aroha"));
        // A title that is also a name is a title only before a name.
        assert_eq!(addressed("Hi Don, great panel."), Some("Don"));
        assert_eq!(addressed("Hi Chief Okafor, great panel."), Some("Okafor"));
        assert_eq!(addressed("Respected Sir, kindly accept."), None);
    }

    /// Titles before the name are found on the same line only, before a capitalised name.
    #[test]
    fn finds_the_titles_before_the_name() {
        let titles = |text: &str| {
            let toks = crate::text::tokenize(text, &[]);
            title_words(text, &toks).into_iter().map(|r| text[r].to_string()).collect::<Vec<_>>()
        };
        assert_eq!(titles("Hallo Herr Dr. Weber, danke."), ["Herr", "Dr"]);
        assert_eq!(titles("Hi Don, great panel."), Vec::<String>::new());
        // A title opening the note is one too (`Dra. Gómez, …`); `Sir,` alone names no one.
        assert_eq!(titles("Herr Weber, danke."), ["Herr"]);
        assert_eq!(titles("Dra. Gómez, gracias."), ["Dra"]);
        let named = |text: &str| {
            let toks = crate::text::tokenize(text, &[]);
            addressed_name(text, &toks).map(|r| text[r].to_string())
        };
        assert_eq!(named("Dra. Gómez, your talk was great."), None);
        assert_eq!(named("Sir, I served under you in 2010."), None);
        assert_eq!(named("Dear Director Han, we met in Paris."), Some("Han".into()));
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
        assert_eq!(greeting("G'day Jack, saw your post."), Some("G'day".into()));
        assert_eq!(greeting("Kia ora Aroha, great panel."), Some("Kia ora".into()));
        assert_eq!(greeting("Good morning, team."), Some("Good morning".into()));
        assert_eq!(greeting("Good work on the audit."), None);
    }

    /// A contraction or a possessive written without its apostrophe is a slip, though the suggester ranks a
    /// commoner word first (`Dont` → `Done`, `Don't`).
    #[test]
    fn a_word_without_its_apostrophe_is_a_slip() {
        use crate::invite::testing::{assert_clean, assert_flags};
        assert_flags("spelling", "Dont suppose you'd share which isolators you use?", 1);
        assert_flags("spelling", "Your thread on the new childrens guidance was clear.", 1);
        assert_clean("spelling", "Don't suppose you'd share it? The children's guidance was clear.");
    }

    /// The greeting and the titles before the name are not spell-checked in a note, nor a greeting or a
    /// closing standing alone between punctuation; the same words inside a sentence are.
    #[test]
    fn greetings_and_titles_are_not_misspellings() {
        use crate::invite::testing::{assert_clean, assert_flags};
        assert_clean("spelling", "Hi Aroha, kia ora! Loved your talk at the Wellington forum. Nga mihi, Tama");
        assert_clean("spelling", "Hi Luis, your talk at the Monterrey summit was great. Saludos");
        assert_clean("spelling", "Dia dhuit Siobhán, great session at the ISCP conference.");
        assert_clean("spelling", "Assalam o Alaikum Fatima, congratulations on passing LTAM.");
        assert_clean("spelling", "Assalam-o-Alaikum Sir, I am a surveyor from Lahore.");
        // Names of events and places, with their particles, are not misspellings in a note.
        assert_clean("spelling", "Hi Jonas, great talk at the Tag der Architektur in Köln.");
        assert_clean("spelling", "Hola Rodrigo! Great to meet you at the Fiestas de la Vendimia.");
        assert_clean("spelling", "Assalamu-alaikum Fatima, congratulations on passing LTAM.");
        // Elsewhere in the note a greeting is an ordinary word: reported only when it reads as a slip of
        // an English word (`sra`), which `saludos`, `kia ora` and `g'day` do not.
        assert_clean("spelling", "Hi Luis, we say saludos and kia ora here.");
        assert_clean("spelling", "G'day Jack, saw your post on the ketamine audit.");
        assert_clean("spelling", "Kia ora Aroha, great panel at the Wellington forum.");
        assert_clean("spelling", "Hola Sra. López, your talk at the Monterrey summit was great.");
        assert_flags("spelling", "Hello Jack, we say g'day and sra here.", 1);
    }

    #[test]
    fn mentions_are_whole_words() {
        assert_eq!(mentions("We met at Acme Corp.", "acme corp"), Some(10..19));
        assert_eq!(mentions("Acmeville", "Acme"), None);
        assert_eq!(mentions("x", "A"), None);
    }
}
