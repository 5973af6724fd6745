//! `proofile invite`: checks a connection invitation for the five reasons one is declined: the sender's
//! photo, the sender's profile (incomplete, out of date, typos and inconsistencies), off-topic content in
//! it, a missing or generic note, and a note that sells. The note is checked as a one-section profile by
//! the ordinary checker (spelling, grammar, style) and by the invite rules (`rules/invite/`); the sender's
//! profile by the ordinary checker. The verdict is one line per reason, each backed by findings.

mod person;
pub mod report;
mod slip;
#[cfg(test)]
pub mod testing;

pub use person::Person;

use crate::check::Checker;
use crate::diagnostic::{Category, Diagnostic, Severity, sort_diagnostics};
use crate::profile::{Field, InputFormat, Profile, Section, SectionKind, Source};
use crate::rules::RuleOptions;
use crate::rules::invite::{Found, INVITE_RULES, InviteContext, NoteFacts};
use crate::text::Origin;

/// A connection note is at most a few hundred characters; a note larger than this is the wrong file
/// (or not text), and is refused rather than spell-checked (`invite`, its batch and `POST /api/invite`).
pub const MAX_NOTE_BYTES: usize = 64 * 1024;

/// The path of the note's one section in reports.
pub const NOTE_PATH: &str = "note";

/// A profile that has been read and checked (`--from`).
pub struct CheckedProfile {
    pub path: String,
    pub profile: Profile,
    pub diagnostics: Vec<Diagnostic>,
}

/// One invitation to check.
pub struct Invitation {
    /// Where the note came from (`note.txt`, `-`, `stdin:3`).
    pub name: String,
    pub note: String,
    pub to: Option<Person>,
}

/// The five reasons an invitation is declined, in the order the verdict gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Photo,
    Profile,
    OffTopic,
    Note,
    Pitch,
}

impl Reason {
    pub const ALL: [Reason; 5] = [Reason::Photo, Reason::Profile, Reason::OffTopic, Reason::Note, Reason::Pitch];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Photo => "photo",
            Reason::Profile => "profile",
            Reason::OffTopic => "off-topic",
            Reason::Note => "note",
            Reason::Pitch => "pitch",
        }
    }

    /// What the reason is about, for the verdict.
    pub fn title(self) -> &'static str {
        match self {
            Reason::Photo => "photo",
            Reason::Profile => "profile complete, current, no typos",
            Reason::OffTopic => "nothing off-topic",
            Reason::Note => "a personal note",
            Reason::Pitch => "no sales pitch",
        }
    }
}

/// Which reason a sender-profile finding belongs to.
pub fn sender_reason(d: &Diagnostic) -> Option<Reason> {
    match (d.rule, d.category) {
        ("missing-photo", _) => Some(Reason::Photo),
        ("off-topic", _) => Some(Reason::OffTopic),
        (_, Category::Completeness | Category::Consistency | Category::Spelling | Category::Grammar) => {
            Some(Reason::Profile)
        }
        (_, Category::Punctuation) => Some(Reason::Profile),
        // Style findings (buzzwords, long sentences) are advice, not a reason to decline.
        _ => None,
    }
}

/// Which reason a note finding belongs to.
pub fn note_reason(d: &Diagnostic) -> Reason {
    match d.rule {
        "invite-pitch" | "invite-job-ask" => Reason::Pitch,
        _ => Reason::Note,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerdictStatus {
    /// Findings say this reason applies: fix it.
    Fix,
    /// A softer finding (info level only).
    Consider,
    /// Checked, nothing found.
    Fine,
    /// Not checked (no `--from`, or the format has no photo field).
    Unknown,
}

impl VerdictStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            VerdictStatus::Fix => "fix",
            VerdictStatus::Consider => "consider",
            VerdictStatus::Fine => "fine",
            VerdictStatus::Unknown => "not checked",
        }
    }
}

/// One line of the verdict.
#[derive(Debug, Clone)]
pub struct VerdictLine {
    pub reason: Reason,
    pub status: VerdictStatus,
    /// What to fix first (the most severe finding's message), or why it is fine or unknown.
    pub message: String,
    /// Rule ids of the findings behind the line, most severe first.
    pub rules: Vec<&'static str>,
    pub count: usize,
}

/// Everything `proofile invite` found about one invitation.
pub struct InviteReport {
    /// The note as a one-section profile (so reporters can place findings in the file).
    pub note: Profile,
    pub diagnostics: Vec<Diagnostic>,
    /// Length as LinkedIn's text box counts it (UTF-16 code units), and in code points.
    pub length_utf16: usize,
    pub length_code_points: usize,
    pub max_chars: usize,
    pub lower_limit: usize,
    pub to: Option<Person>,
    pub from: Option<CheckedProfile>,
    pub verdict: Vec<VerdictLine>,
}

impl InviteReport {
    /// Index of the note's section in `note.sections`.
    pub fn note_section(&self) -> usize {
        self.note.sections.iter().position(|s| s.path == NOTE_PATH).unwrap_or(0)
    }

    /// Every finding, note and sender profile, for the exit status.
    pub fn all_severities(&self) -> impl Iterator<Item = Severity> + '_ {
        self.diagnostics.iter().chain(self.from.iter().flat_map(|f| f.diagnostics.iter())).map(|d| d.severity)
    }

    /// The sender-profile findings grouped by reason, most important reason first, each group most
    /// severe first.
    pub fn sender_summary(&self) -> Vec<(Reason, Vec<&Diagnostic>)> {
        let Some(from) = &self.from else { return Vec::new() };
        [Reason::Photo, Reason::Profile, Reason::OffTopic]
            .into_iter()
            .map(|r| {
                let mut list: Vec<&Diagnostic> =
                    from.diagnostics.iter().filter(|d| sender_reason(d) == Some(r)).collect();
                list.sort_by_key(|d| std::cmp::Reverse(d.severity));
                (r, list)
            })
            .filter(|(_, l)| !l.is_empty())
            .collect()
    }
}

/// The note as a profile with one section (kind `summary`, so the prose rules apply), its text trimmed
/// of surrounding blank space; the vocabulary holds both people's names, employers and schools.
pub fn note_profile(name: &str, note: &str, people: &[&Person]) -> Profile {
    let trimmed = note.trim();
    let start = note.len() - note.trim_start().len();
    let mut p = Profile::new(InputFormat::PlainText, vec![Source::new(name, note.to_string())]);
    let mut s = Section::new(
        SectionKind::Summary,
        Field::Text,
        NOTE_PATH,
        trimmed.to_string(),
        Origin::verbatim(0, start, trimmed.len()),
    );
    s.label = "Note".into();
    p.sections.push(s);
    for person in people {
        for thing in person.name_forms().iter().chain(&person.companies).chain(&person.schools) {
            p.add_vocabulary(thing);
        }
        if let Some(h) = &person.headline {
            p.add_vocabulary(h);
        }
    }
    p
}

/// Whether an ordinary rule's finding about the note belongs in the invite report: prose rules only
/// (the whole-profile rules would report a missing headline).
fn is_note_rule(d: &Diagnostic) -> bool {
    matches!(d.category, Category::Spelling | Category::Grammar | Category::Punctuation | Category::Style)
}

/// A spelling finding (`words`: the note's word tokens) on a capitalised word inside a sentence: in a note that is almost always a name
/// (an event, a place, a product) that neither profile lists, so it is not reported. (A lower-case
/// particle inside a name, `Tag der Architektur`, is accepted by the spelling rule itself.) A misspelt
/// word at the start of a sentence, or in lower case elsewhere, still is.
fn is_proper_noun_guess(d: &Diagnostic, text: &str, words: &[&crate::text::Token], starts: &[usize]) -> bool {
    if d.rule != "spelling" || !text[d.span.clone()].starts_with(char::is_uppercase) {
        return false;
    }
    let first_word_of_sentence =
        starts.iter().any(|&s| words.iter().find(|t| t.span.start >= s).map(|t| t.span.start) == Some(d.span.start));
    !first_word_of_sentence
}

/// How many of a word's suggestions are asked whether they only add the apostrophe the word left out: the
/// suggester ranks by how often words are written, so that one is not always first (`Dont` → `Done`, `Don't`;
/// `childrens` → `Children`, `Children's`).
const SLIP_SUGGESTIONS: usize = 2;

/// Whether `suggestion` is `word` with one apostrophe added (`dont` → `don't`, `childrens` → `children's`): a
/// contraction or possessive written without it, the commonest slip of a quick message.
fn only_an_apostrophe_added(word: &str, suggestion: &str) -> bool {
    let w = word.trim_end_matches(['\'', '’']);
    suggestion.chars().filter(|c| matches!(c, '\'' | '’')).count() == 1
        && !w.contains(['\'', '’'])
        && suggestion.replace(['\'', '’'], "").eq_ignore_ascii_case(w)
}

/// A spelling finding on a word no dictionary knows that is not reported in a note, where it is most
/// likely the recipient's field's own word (a drug, a library, a species). Case and dialect findings
/// are kept. Not reported:
/// - a word whose first suggestion is not a few slips away ([`slip::looks_like_slip`]), or is too rare
///   a word for a slip of it to be likelier than a word of another language or trade
///   ([`slip::common_enough`]), unless one of its first two suggestions only adds the apostrophe it left
///   out ([`only_an_apostrophe_added`]) or, in a word of five letters or more (four for a slip of a function word: `wich`), one of its first three is one
///   slip from one of the most written words ([`slip::one_slip_from_a_very_common_word`]: `datas`, whose first suggestion `data` adds an ending),
///   or its first suggestion is a name of the SCOWL size-60 dictionaries it writes in lower case (`spanish`);
/// - a word of one or two letters: an initial, a unit or a word of another language (`te reo`), since
///   codespell's list of common misspellings has none that short; and a word with a colon inside
///   (`re:Invent`), a name, as no misspelling there has one;
/// - a word an English word list has though it looks like a typo of a commoner word
///   (`dictionaries/wide-rare.txt`: `lumpfish`, `spinae`); 31 of codespell's 49,357 misspellings are
///   in it, mostly variant spellings (`advertize`, `instal`); and, the same for software, a term the
///   software lists have that `professional.dic` leaves out because it is one edit from a common word
///   (`dictionaries/professional-rare.txt`: `sharding`, `structs`, `deduped`).
fn is_unknown_non_slip(d: &Diagnostic, text: &str) -> bool {
    use crate::spell::embedded::{WideList, is_wide_word};
    if d.rule != "spelling" || !d.message.starts_with(crate::rules::spelling::UNKNOWN_WORD) {
        return false;
    }
    let word = &text[d.span.clone()];
    let bare = bare_word(word);
    // A capital after a lower-case letter (`PoliTo`, `GitLab`, `iPhone`) is how a name or a brand is
    // written, never a slip of the keys.
    let camel = bare.chars().zip(bare.chars().skip(1)).any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    bare.chars().filter(|c| c.is_alphabetic()).count() < 3
        || camel
        || bare.contains(':')
        || is_wide_word(WideList::Rare, bare)
        // The plural of such a word, unless it is one slip from one of the most written words (`acros` ~
        // `across`, not `acro` + s).
        || bare.strip_suffix('s').is_some_and(|singular| is_wide_word(WideList::Rare, singular))
            && !d.suggestions.iter().take(3).any(|s| slip::one_slip_from_a_very_common_word(word, &s.replacement))
        || is_professional_rare(bare)
        || !(d
            .suggestions
            .first()
            .is_some_and(|s| slip::looks_like_slip(word, &s.replacement) && slip::common_enough(word, &s.replacement))
            || d.suggestions.iter().take(SLIP_SUGGESTIONS).any(|s| only_an_apostrophe_added(word, &s.replacement))
            || d.suggestions.iter().take(3).any(|s| slip::one_slip_from_a_very_common_word(word, &s.replacement))
            // A name of the SCOWL size-60 dictionaries written in lower case (`spanish`, `monday`, `london`): the
            // name lists' rarer names stay unreported (`is_rare_name_casing`), these are slips.
            || d.suggestions.first().is_some_and(|s| {
                s.replacement != word
                    && s.replacement.to_lowercase() == word.to_lowercase()
                    && crate::spell::embedded::is_base_stem(&s.replacement)
            }))
}

/// A spelling finding (an unknown word or a casing) on a word without a vowel, in lower case or with
/// only its first letter capitalised (`thx`, `rn`, `Pls`, `smth`): a chat abbreviation written on purpose,
/// not a slip (`RN` written `rn` in `swamped rn` means "right now").
fn is_chat_abbreviation(d: &Diagnostic, text: &str) -> bool {
    let word = bare_word(&text[d.span.clone()]);
    d.rule == "spelling"
        && !word.is_empty()
        && word.chars().all(|c| c.is_ascii_alphabetic() && !"aeiouyAEIOUY".contains(c))
        && word.chars().skip(1).all(|c| c.is_ascii_lowercase())
}

/// A word without its quotes and its possessive `'s`, as the spelling rule looks it up.
fn bare_word(word: &str) -> &str {
    crate::spell::strip_possessive(word.trim_matches(['\'', '’']))
}

/// The note's first one or two words when their own first name comes right after them (`Selam Hanna,`,
/// `Wha gwaan Andre!`, `Dia duit, Niamh.`): a greeting in some language or dialect, not a misspelling.
/// Not a word one letter from an English greeting (`Hii Maria`, `Helo Maria` are slips).
fn greeting_before_their_name(
    text: &str,
    tokens: &[crate::text::Token],
    to: Option<&Person>,
) -> Option<std::ops::Range<usize>> {
    const ENGLISH: &[&str] =
        &["hi", "hey", "hello", "dear", "thanks", "thank", "greetings", "good", "morning", "hiya", "howdy", "yo"];
    let first = to?.first_name()?;
    let words: Vec<&crate::text::Token> =
        tokens.iter().filter(|t| t.kind == crate::text::TokenKind::Word).take(3).collect();
    if !text[..words.first()?.span.start].trim().is_empty() {
        return None;
    }
    let n = (1..=2).find(|&n| words.get(n).is_some_and(|w| w.text(text) == first))?;
    let greeting = &words[..n];
    // Only spaces between the greeting's words, then an optional comma before the name.
    let joined = greeting.windows(2).all(|p| text[p[0].span.end..p[1].span.start] == *" ");
    let before_name = text[greeting[n - 1].span.end..words[n].span.start].trim();
    if !joined || !(before_name.is_empty() || before_name == ",") {
        return None;
    }
    let english_slip = greeting.iter().any(|w| {
        let low = w.text(text).to_lowercase();
        ENGLISH.iter().any(|e| crate::rules::spelling::edit_distance(&low, e) <= 1)
    });
    (!english_slip).then(|| greeting[0].span.start..greeting[n - 1].span.end)
}

/// A note written all in lower case on purpose (`hey! found you via the #100DaysOfCode hashtag. mind if i
/// follow along?`): two sentences or more and none starting with a capital. That is a chat register,
/// not a slip, so the capital a sentence or `I` would take is not asked for.
fn is_lowercase_style(text: &str, sentence_starts: &[usize]) -> bool {
    // The sentence splitter breaks only before a capital: the words after a full stop, `!` or `?` and a
    // space start sentences too here.
    let after_stops = text
        .match_indices(['.', '!', '?'])
        .map(|(i, _)| i + 1)
        .filter(|&i| text[i..].starts_with(char::is_whitespace) && !text[..i - 1].ends_with(['.', '!', '?']));
    let starts: std::collections::BTreeSet<usize> = sentence_starts.iter().copied().chain(after_stops).collect();
    let first_letters: Vec<char> =
        starts.iter().filter_map(|&s| text[s..].chars().find(|c| c.is_alphabetic())).collect();
    first_letters.len() >= 2 && first_letters.iter().all(|c| !c.is_uppercase())
}

/// A casing finding on a word written all in lower case whose only known form is a rare name
/// (`roastery` ~ `Roastery`, `theming` ~ `Theming`, `tokio` ~ `Tokio`): the name lists (companies,
/// places, people, software) have the word only capitalised, but in a note the lower-case word is most
/// often the recipient's field's common noun (a roastery, a crate, a design term), and a brand written
/// in lower case is not a slip. A casing that the SCOWL size-60 Hunspell dictionaries have (`English`,
/// `Monday`) is not touched by this filter.
fn is_rare_name_casing(d: &Diagnostic, text: &str) -> bool {
    if d.rule != "spelling" || d.message.starts_with(crate::rules::spelling::UNKNOWN_WORD) {
        return false;
    }
    let word = bare_word(&text[d.span.clone()]);
    let Some(canon) = d.suggestions.first().map(|s| bare_word(&s.replacement)) else { return false };
    word.chars().all(|c| !c.is_uppercase())
        && word.chars().any(char::is_alphabetic)
        && canon.to_lowercase() == word.to_lowercase()
        && !crate::spell::embedded::is_base_stem(canon)
}

/// Whether `word` (as written, or in lower case when it is written Capitalized) is in
/// `dictionaries/professional-rare.txt`, or is the plural of one of its words (`structs`).
fn is_professional_rare(word: &str) -> bool {
    static SET: std::sync::OnceLock<foldhash::HashSet<&'static str>> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| {
        include_str!("../../dictionaries/professional-rare.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    });
    let lower = word.to_lowercase();
    let capitalized = word.chars().skip(1).all(|c| !c.is_uppercase());
    let forms = [word, if capitalized { lower.as_str() } else { word }];
    forms.iter().any(|w| set.contains(w) || w.strip_suffix('s').is_some_and(|s| set.contains(s)))
}

/// Checks one invitation: the note with the ordinary prose rules and the invite rules, against `to`
/// and `from` where given. `from` has already been checked with `check`. `options` are the checker's,
/// maybe with the note limit changed for this run.
pub fn check(checker: &Checker, options: &RuleOptions, inv: &Invitation, from: Option<CheckedProfile>) -> InviteReport {
    let from_person = from.as_ref().map(|f| Person::from_profile(&f.profile));
    let people: Vec<&Person> = inv.to.iter().chain(from_person.iter()).collect();
    let mut note = note_profile(&inv.name, &inv.note, &people);
    let section = note.sections.len() - 1;
    // The name the note addresses is a name, whether right or wrong (`invite-wrong-name` judges it).
    let text = note.sections[section].text.clone();
    let tokens = crate::text::tokenize(&text, &[]);
    if let Some(r) = crate::rules::invite::addressed_name(&text, &tokens) {
        // And an honorific after it (`Rajesh ji`, `Tanaka-san`).
        if let Some(h) = crate::rules::invite::honorific_after(&text, r.clone()) {
            note.add_vocabulary(&text[h]);
        }
        note.add_vocabulary(&text[r]);
    }
    // So is a greeting in another language (`Hola`, `Kia ora`) and a title before the name (`Herr`, `Sra.`).
    if let Some(r) = crate::rules::invite::greeting_word(&text, &tokens) {
        note.add_vocabulary(&text[r]);
    }
    for r in crate::rules::invite::standalone_greetings(&text, &tokens) {
        note.add_vocabulary(&text[r]);
    }
    if let Some(r) = greeting_before_their_name(&text, &tokens, inv.to.as_ref()) {
        note.add_vocabulary(&text[r]);
    }
    for r in crate::rules::invite::title_words(&text, &tokens) {
        note.add_vocabulary(&text[r]);
    }
    let words: Vec<&crate::text::Token> = tokens.iter().filter(|t| t.kind == crate::text::TokenKind::Word).collect();
    let sentence_starts: Vec<usize> = crate::text::sentences(&text).iter().map(|s| s.start).collect();
    let lowercase_style = is_lowercase_style(&text, &sentence_starts);
    let mut diagnostics: Vec<Diagnostic> = checker
        .check(&note)
        .into_iter()
        .filter(is_note_rule)
        .filter(|d| !is_proper_noun_guess(d, &text, &words, &sentence_starts))
        .filter(|d| !is_unknown_non_slip(d, &text) && !is_rare_name_casing(d, &text) && !is_chat_abbreviation(d, &text))
        .filter(|d| !(lowercase_style && matches!(d.rule, "sentence-capitalization" | "lowercase-i")))
        .collect();
    let mut facts = NoteFacts::find(&text, &tokens, inv.to.as_ref());
    if facts.reasons.is_empty() {
        facts.reasons = reasons_as_meant(&text, &diagnostics, inv.to.as_ref());
    }
    let cx = InviteContext {
        section,
        text: &text,
        tokens: &tokens,
        facts: &facts,
        to: inv.to.as_ref(),
        from: from_person.as_ref(),
        options,
    };
    for rule in INVITE_RULES {
        let Some(severity) = checker.rule_setting(rule.meta().id) else { continue };
        let start = diagnostics.len();
        rule.check_invite(&cx, &mut diagnostics);
        for d in &mut diagnostics[start..] {
            if let Some(s) = severity {
                d.severity = s;
            }
        }
    }
    diagnostics.retain(|d| !note.is_suppressed(d.rule, d.section, d.span.start));
    sort_diagnostics(&mut diagnostics);
    let trimmed = text.as_str();
    let mut report = InviteReport {
        length_utf16: crate::rules::invite::note_length::utf16_len(trimmed),
        length_code_points: crate::rules::invite::note_length::code_points(trimmed),
        max_chars: options.note_max_chars,
        lower_limit: options.note_lower_limit,
        note,
        diagnostics,
        to: inv.to.clone(),
        from,
        verdict: Vec::new(),
    };
    report.verdict = verdict(&report);
    report
}

/// The reasons about the person in the note as its writer meant it: each slip this report found
/// (`we meet at the market last Saturday`, `thank you for you help`, `following you're plugin`)
/// replaced by its first suggestion, so a slip does not make a personal note read as generic. The
/// spans are mapped back to the note as written. Empty when the note has no slip with a suggestion.
fn reasons_as_meant(text: &str, diagnostics: &[Diagnostic], to: Option<&Person>) -> Vec<Found> {
    let mut edits: Vec<(std::ops::Range<usize>, &str)> = diagnostics
        .iter()
        .filter(|d| matches!(d.category, Category::Spelling | Category::Grammar) && d.span.end <= text.len())
        .filter_map(|d| d.suggestions.first().map(|s| (d.span.clone(), s.replacement.as_str())))
        .collect();
    edits.sort_by_key(|(r, _)| (r.start, r.end));
    edits.dedup_by(|b, a| b.0.start < a.0.end);
    if edits.is_empty() {
        return Vec::new();
    }
    // The meant text, and for each edit where it starts there and how much it changes the length.
    let mut meant = String::with_capacity(text.len() + 16);
    let mut shifts: Vec<(usize, isize)> = Vec::new();
    let mut at = 0;
    for (r, with) in &edits {
        meant.push_str(&text[at..r.start]);
        shifts.push((meant.len(), with.len() as isize - r.len() as isize));
        meant.push_str(with);
        at = r.end;
    }
    meant.push_str(&text[at..]);
    let back = |pos: usize| -> usize {
        let delta: isize = shifts.iter().filter(|&&(m, _)| m < pos).map(|&(_, d)| d).sum();
        (pos as isize - delta).clamp(0, text.len() as isize) as usize
    };
    let tokens = crate::text::tokenize(&meant, &[]);
    NoteFacts::find(&meant, &tokens, to)
        .reasons
        .into_iter()
        .map(|f| {
            let (start, end) = (back(f.span.start), back(f.span.end));
            let mut span = start.min(end)..end.max(start);
            while !text.is_char_boundary(span.start) {
                span.start -= 1;
            }
            while !text.is_char_boundary(span.end) {
                span.end += 1;
            }
            Found { span, ..f }
        })
        .collect()
}

/// The three reasons that come from the sender's own profile, in verdict order.
pub const PROFILE_REASONS: [Reason; 3] = [Reason::Photo, Reason::Profile, Reason::OffTopic];

/// The verdict lines of a profile's own reasons (photo; complete, current, no typos; nothing
/// off-topic) from that profile's findings: the sender's lines of `invite --from`, and each profile's
/// lines in the HTML team report.
pub fn profile_reasons(profile: &Profile, diagnostics: &[Diagnostic]) -> Vec<VerdictLine> {
    PROFILE_REASONS
        .into_iter()
        .map(|reason| {
            let found = diagnostics.iter().filter(|d| sender_reason(d) == Some(reason)).collect();
            let (status, message) = if reason == Reason::Photo && !profile.carries_photo() {
                (
                    VerdictStatus::Unknown,
                    format!("not checked: a {} profile has no photo field", profile.format.as_str()),
                )
            } else {
                (VerdictStatus::Fine, "fine".into())
            };
            reason_line(reason, found, status, message)
        })
        .collect()
}

/// One line per reason: the most severe finding behind it, or fine, or not checked.
fn verdict(r: &InviteReport) -> Vec<VerdictLine> {
    let mut lines = match &r.from {
        Some(f) => profile_reasons(&f.profile, &f.diagnostics),
        None => PROFILE_REASONS
            .into_iter()
            .map(|reason| {
                let message = "not checked: give your profile with --from".to_string();
                reason_line(reason, Vec::new(), VerdictStatus::Unknown, message)
            })
            .collect(),
    };
    for reason in [Reason::Note, Reason::Pitch] {
        let found = r.diagnostics.iter().filter(|d| note_reason(d) == reason && counts_for_note(d)).collect();
        lines.push(reason_line(reason, found, VerdictStatus::Fine, "fine".into()));
    }
    lines
}

/// The line of one reason: the most severe of `found` (among equals, their order), or, with nothing
/// found, `status` and `message`.
fn reason_line(reason: Reason, mut found: Vec<&Diagnostic>, status: VerdictStatus, message: String) -> VerdictLine {
    found.sort_by_key(|d| std::cmp::Reverse(d.severity));
    let mut rules: Vec<&'static str> = Vec::new();
    for d in &found {
        if !rules.contains(&d.rule) {
            rules.push(d.rule);
        }
    }
    let (status, message) = match found.first() {
        Some(top) => {
            let status = if top.severity == Severity::Info { VerdictStatus::Consider } else { VerdictStatus::Fix };
            let more = if found.len() > 1 { format!(" (+{} more)", found.len() - 1) } else { String::new() };
            (status, format!("{}{more}", top.message))
        }
        None => (status, message),
    };
    VerdictLine { reason, status, message, rules, count: found.len() }
}

/// Findings that make the note line: the invite rules, and the note's spelling and grammar (not style
/// advice such as filler words, which is reported but is no reason to decline).
/// `invite-could-mention` is a hint that goes with `invite-not-personal` (or a pitch), not a reason; so is
/// `invite-no-name` (a personal note without their name).
/// The length hint for accounts with the lower limit (an info finding of `invite-note-length`) is about
/// what LinkedIn lets that account send, not a reason to decline: it is reported, not a verdict.
fn counts_for_note(d: &Diagnostic) -> bool {
    let lower_limit_hint = d.rule == "invite-note-length" && d.severity == Severity::Info;
    let hint = matches!(d.rule, "invite-could-mention" | "invite-no-name");
    (d.category == Category::Invite && !hint && !lower_limit_hint)
        || matches!(d.category, Category::Spelling | Category::Grammar)
}

#[cfg(test)]
mod note_filter_tests {
    use super::testing::{assert_clean, assert_flags};

    #[test]
    fn a_greeting_before_their_name_is_not_a_misspelling() {
        assert_clean(
            "spelling",
            "[to: Hanna Bekele | Coffee buyer] Selam Hanna, your talk on washing stations was great.",
        );
        assert_clean("spelling", "[to: Andre Brown | Engineer] Wha gwaan Andre! Met you at the summit in Kingston.");
        // An English greeting mistyped is still a slip, and the words must come right before their name.
        assert_flags("spelling", "[to: Maria Santos | Director] Helo Maria, your talk was great.", 1);
        assert_flags("spelling", "[to: Hanna Bekele | Coffee buyer] Selam Maria, your talk was great.", 1);
    }

    #[test]
    fn a_note_all_in_lower_case_is_a_register_not_a_slip() {
        assert_clean("sentence-capitalization", "hey! found you via the hashtag. mind if i follow along?");
        assert_clean("lowercase-i", "hey! found you via the hashtag. mind if i follow along?");
        // One lower-case start among capitals is still a slip.
        assert_flags("sentence-capitalization", "Hi Sam. found you via the hashtag. Mind if I follow?", 1);
        assert_flags("lowercase-i", "Hi Sam. Mind if i follow along?", 1);
    }

    /// A word without a vowel is a chat abbreviation, not a slip; a slip with vowels still is.
    #[test]
    fn chat_abbreviations_are_not_slips() {
        assert_clean("spelling", "Hi Sam, thx for the shout about the meetup, swamped rn but keen.");
        assert_flags("spelling", "Hi Sam, thanks for the shout, I'm realy keen.", 1);
        // A later suggestion one slip from a very common word (`data` first, an ending added; `dates`
        // second, a vowel for a vowel).
        assert_flags("spelling", "Hi Sam, happy to share more datas from our pilot.", 1);
        assert_clean("spelling", "Hi Sam, takk for the tips on shea butter sourcing.");
        // A rare word's plural is the rare word (`lumpfishes`), unless it is one slip from a very common
        // word (`acros`: `acro` + s, but one undoubled letter from `across`).
        assert_flags("spelling", "Thanks for the tips acros the board, Mia!", 1);
        // A name of the base dictionaries in lower case is a slip; a rarer name's lower-case twin is not.
        assert_flags("spelling", "Hi Ana, I speak spanish fluently and we met on monday in london.", 3);
    }
}
