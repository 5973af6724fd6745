//! Patterns the invite rules share, found from the note's structure rather than fixed phrases: a reason
//! about the person ("your <content noun>", "we both…", "we met/worked…"), a price (a currency sign or
//! ISO 4217 code beside a number, quoted as a rate), a product of ours ("our <…> platform"), a meeting
//! request with a time slot, and a job or referral ask ("refer/recommend me", "any <job noun>",
//! "looking for a <job noun>", tolerant of one slip in the job noun).
//! The word classes are rows of the invite lexicons (`work-noun`, `offer-noun`, `meeting-noun`,
//! `job-noun`); the currencies are `dictionaries/rules/invite-currency.tsv`.

use std::sync::OnceLock;

use super::Found;
use crate::rules::lexicon::{col, rows};
use crate::text::word_class::{Tags, lexicon};
use crate::text::{Token, TokenKind};

const REASON_TSV: &str = include_str!("../../../dictionaries/rules/invite-reason.tsv");
const PITCH_TSV: &str = include_str!("../../../dictionaries/rules/invite-pitch.tsv");
const JOB_TSV: &str = include_str!("../../../dictionaries/rules/invite-job-ask.tsv");
const CURRENCY_TSV: &str = include_str!("../../../dictionaries/rules/invite-currency.tsv");

/// The rows of `tsv` whose kind (second column) is `kind`: a word class.
fn class(tsv: &'static str, kind: &str) -> Vec<&'static str> {
    rows(tsv).filter(|r| col(r, 1) == kind).map(|r| col(&r, 0)).collect()
}

/// A word class of an invite lexicon, read once.
macro_rules! word_class {
    ($($name:ident = $tsv:expr, $kind:expr;)*) => {$(
        fn $name() -> &'static [&'static str] {
            static S: OnceLock<Vec<&'static str>> = OnceLock::new();
            S.get_or_init(|| class($tsv, $kind))
        }
    )*};
}

word_class! {
    work_nouns = REASON_TSV, "work-noun";
    event_nouns = REASON_TSV, "event-noun";
    routine_words = REASON_TSV, "routine-word";
    vague_nouns = REASON_TSV, "vague-noun";
    talk_nouns = REASON_TSV, "talk-noun";
    unspecific_words = REASON_TSV, "unspecific-word";
    people_nouns = REASON_TSV, "people-noun";
    offer_nouns = PITCH_TSV, "offer-noun";
    meeting_nouns = PITCH_TSV, "meeting-noun";
    client_nouns = PITCH_TSV, "client-noun";
    business_nouns = PITCH_TSV, "business-noun";
    capacity_nouns = PITCH_TSV, "capacity-noun";
    free_nouns = PITCH_TSV, "free-noun";
    introduce_nouns = PITCH_TSV, "introduce-noun";
    record_verbs = PITCH_TSV, "record-word";
    job_nouns = JOB_TSV, "job-noun";
    worker_nouns = JOB_TSV, "worker-noun";
    application_nouns = JOB_TSV, "application-noun";
}

fn currency(kind: &str) -> &'static [&'static str] {
    static SIGNS: OnceLock<Vec<&'static str>> = OnceLock::new();
    static CODES: OnceLock<Vec<&'static str>> = OnceLock::new();
    if kind == "sign" {
        SIGNS.get_or_init(|| class(CURRENCY_TSV, "sign"))
    } else {
        CODES.get_or_init(|| class(CURRENCY_TSV, "code"))
    }
}

/// The note's tokens with their lower-case text (curly apostrophes straightened).
pub struct Words<'a> {
    text: &'a str,
    toks: Vec<&'a Token>,
    low: Vec<String>,
    /// Each token's sentence, as a range of token indices (computed once: the sign finders ask per word).
    sentence_of: Vec<std::ops::Range<usize>>,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Words<'a> {
        let toks: Vec<&Token> = tokens.iter().collect();
        let low = toks.iter().map(|t| t.text(text).to_lowercase().replace('’', "'")).collect();
        let mut w = Words { text, toks, low, sentence_of: Vec::new() };
        let sentences: Vec<std::ops::Range<usize>> = w.sentences().collect();
        w.sentence_of = sentences.iter().flat_map(|s| s.clone().map(move |_| s.clone())).collect();
        w
    }

    /// The tokens of token `i`'s sentence, at most `WINDOW` on each side of it (a note of one endless
    /// sentence stays linear).
    fn sentence_around(&self, i: usize) -> std::ops::Range<usize> {
        const WINDOW: usize = 40;
        let s = self.sentence_of.get(i).cloned().unwrap_or(i..i + 1);
        s.start.max(i.saturating_sub(WINDOW))..s.end.min(i + WINDOW + 1)
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word
    }

    /// Whether a clause or sentence ends between tokens `i` and `i + 1` (or after the last token).
    fn breaks_after(&self, i: usize) -> bool {
        if i + 1 >= self.toks.len() {
            return true;
        }
        let gap = &self.text[self.toks[i].span.end..self.toks[i + 1].span.start];
        gap.contains(['\n', '.', ',', ';', ':', '!', '?', '(', ')'])
    }

    /// The text between tokens `i` and `i + 1` (after the last token: the rest of the note).
    fn gap_after(&self, i: usize) -> &'a str {
        let end = self.toks.get(i + 1).map_or(self.text.len(), |t| t.span.start);
        &self.text[self.toks[i].span.end..end]
    }

    /// Whether a sentence ends between tokens `i` and `i + 1`.
    fn sentence_ends_after(&self, i: usize) -> bool {
        i + 1 >= self.toks.len() || self.gap_after(i).contains(['.', '!', '?', '\n'])
    }

    /// Whether the gap between tokens `i` and `i + 1` is a hyphen (`write-up`, `15-minute`).
    fn hyphen_after(&self, i: usize) -> bool {
        if i + 1 >= self.toks.len() {
            return false;
        }
        let gap = &self.text[self.toks[i].span.end..self.toks[i + 1].span.start];
        gap == "-"
    }

    /// Tokens after `i` in the same clause, at most `n`.
    fn ahead(&self, i: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
        let mut k = i;
        std::iter::from_fn(move || {
            if k + 1 >= self.toks.len() || self.breaks_after(k) {
                return None;
            }
            k += 1;
            Some(k)
        })
        .take(n)
    }

    /// Tokens before `i` in the same clause, nearest first, at most `n`.
    fn behind(&self, i: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
        let mut k = i;
        std::iter::from_fn(move || {
            if k == 0 || self.breaks_after(k - 1) {
                return None;
            }
            k -= 1;
            Some(k)
        })
        .take(n)
    }

    /// Whether token `k` (or `k` with the next token when joined by a hyphen or a space) is in `class`,
    /// singular or plural; the last token of the match.
    fn noun_in(&self, k: usize, class: &[&str]) -> Option<usize> {
        if !self.is_word(k) {
            return None;
        }
        if k + 1 < self.toks.len() && self.is_word(k + 1) {
            let sep = if self.hyphen_after(k) { "-" } else { " " };
            let joined = format!("{}{sep}{}", self.low[k], self.low[k + 1]);
            if !self.breaks_after(k) && singulars(&joined).iter().any(|s| class.contains(&s.as_str())) {
                return Some(k + 1);
            }
        }
        singulars(&self.low[k]).iter().any(|s| class.contains(&s.as_str())).then_some(k)
    }

    /// The first noun of `class` within `n` tokens after `i`, in the same noun phrase: a function word
    /// (`through`, `and`, `the`) ends the search (`your team through and show…` is not `your show`).
    fn noun_ahead(&self, i: usize, n: usize, class: &[&str]) -> Option<usize> {
        for k in self.ahead(i, n) {
            if let Some(end) = self.noun_in(k, class) {
                return Some(end);
            }
            if lexicon().tags(&self.low[k]).any(Tags::FUNCTION) {
                return None;
            }
        }
        None
    }

    /// A word one slip from a noun of `class` (six letters or more, same first letter) within `n`
    /// tokens after `i`: `your articel on…`.
    fn slip_ahead(&self, i: usize, n: usize, class: &[&str]) -> Option<usize> {
        self.ahead(i, n).find(|&k| self.is_word(k) && near(&self.low[k], class))
    }

    /// The note's sentences, as ranges of token indices.
    fn sentences(&self) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        let mut start = 0;
        (0..self.toks.len()).filter(|&end| self.sentence_ends_after(end)).map(move |end| {
            let sentence = start..end + 1;
            start = end + 1;
            sentence
        })
    }

    fn span(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        self.toks[a].span.start..self.toks[b].span.end
    }
}

/// A word and its singular forms (`posts` → `post`, `studies` → `study`).
fn singulars(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    if let Some(s) = w.strip_suffix("ies") {
        out.push(format!("{s}y"));
    }
    if let Some(s) = w.strip_suffix("es") {
        out.push(s.to_string());
    }
    if let Some(s) = w.strip_suffix('s') {
        out.push(s.to_string());
    }
    out
}

/// Whether `word` is one edit (a transposition counts as one) from a word of `class`, both six letters
/// or more and with the same first letter (`articel` → `article`, `postions` → `positions`).
fn near(word: &str, class: &[&str]) -> bool {
    word.chars().count() >= 6
        && singulars(word).iter().any(|s| {
            class.iter().any(|&n| {
                n.len() >= 6 && s.chars().next() == n.chars().next() && crate::rules::spelling::edit_distance(s, n) <= 1
            })
        })
}

fn found(span: std::ops::Range<usize>, kind: &'static str, strong: bool) -> Found {
    Found { span, kind, strong }
}

/// Reasons about the person found from structure:
/// * a second-person possessive followed, within four words of the same clause, by a noun for their
///   work or content: `your write-up on…`, `your group's preprint`, `your recent posts`, and the common
///   slip `you're posts`;
/// * shared history: `we` followed within three words by `both` or `together`, or within two by a verb
///   in the past (`we met`, `we were on the same course`, `we have worked`, `we did our training`);
/// * something they did: `you` and a verb in the past (`you wrote`, `you spoke at`, `you recently
///   moved`), not in a question (`have you tried`) or a condition (`if you wanted`);
/// * thanks for a favour they did: `thanks`/`thank you` `for` and anything but the routine objects
///   of a stock note (`thanks for answering my question`, not `thanks for accepting`, `for your time`);
/// * someone you both know: `friend`/`mate`/`colleague`… `of` and a capitalised name (`a mate of Dave
///   Nguyen`);
/// * a named shared venue: `at`/`on`/`in`/`during`/`from` and a capitalised name with an `event-noun`
///   in or just after it (`at the CIWEM conference`, `on the Heating Engineers forum`, `in the Women in
///   Data Group`).
pub fn reasons(w: &Words<'_>) -> Vec<Found> {
    let mut out = Vec::new();
    for i in 0..w.toks.len() {
        if !w.is_word(i) {
            continue;
        }
        match w.low[i].as_str() {
            "your" | "you're" | "youre" | "ur" => {
                if let Some(end) = w.noun_ahead(i, 4, work_nouns()).or_else(|| w.slip_ahead(i, 2, work_nouns())) {
                    if !follows_everything(w, i, end) {
                        out.push(found(w.span(i, end), "their-work", true));
                    }
                } else if w.low[i] == "your"
                    && !w.ahead(i, 1).any(|k| is_vague(&w.low[k]) && !is_agent(&w.low[k]))
                    && let Some(k) = w.ahead(i, 2).nth(1).and_then(|k| done_from(w, k))
                {
                    // What their team or company did: `your team helped our school…`, `your team have
                    // built…`.
                    out.push(found(w.span(i, k), "their-work", true));
                } else if w.low[i] == "your"
                    && let Some(end) = particular_thing(w, i).or_else(|| specific_name_after(w, i))
                {
                    out.push(found(w.span(i, end), "their-work", true));
                }
            }
            "great" | "good" | "nice" | "lovely" | "fun" | "enjoyed" | "pleasure" | "brilliant" | "excellent"
            | "fantastic" | "terrific" | "inspiring" | "insightful" | "superb" => {
                if let Some(end) = enjoyed_meeting(w, i) {
                    out.push(found(w.span(i, end), "met", true));
                } else if let Some(end) = w.ahead(i, 1).find_map(|k| w.noun_in(k, work_nouns()))
                    && (i == 0 || w.breaks_after(i - 1))
                {
                    // Praise opening a clause for something of theirs: `Great talk today at…`.
                    out.push(found(w.span(i, end), "their-work", true));
                } else if w.low[i] == "enjoyed"
                    && let Some(end) = definite_work(w, i)
                {
                    out.push(found(w.span(i, end), "their-work", true));
                } else if let Some(end) = event_with_a_day(w, i) {
                    out.push(found(w.span(i, end), "met", true));
                }
            }
            "our" => {
                // A conversation you had: `our chat at the expo`, `our conversation about…`, `our hallway
                // chat at…`, `our call about…`.
                if let Some(k) = w.ahead(i, 2).find_map(|k| w.noun_in(k, talk_nouns()))
                    && let Some(end) = w.ahead(k, 1).find(|&m| MEET_WHERE.contains(&w.low[m].as_str()))
                {
                    out.push(found(w.span(i, end), "met", true));
                }
            }
            "we" | "we've" | "we'd" | "we're" => {
                // `we are both in finance` is a present state (the same field), not shared history; `we've
                // placed 40+ engineers` is the sender's firm's record. A present state with a name or a
                // group or event noun in it is a shared place (`we're both on the Hackney cycling working
                // group`, `we're both volunteers at Albert Park`).
                let present =
                    w.low[i] == "we're" || w.ahead(i, 1).any(|k| w.low[k] == "are") || track_record(w, i).is_some();
                // A shared piece of work in the present counts too: `we're both working on antimicrobial
                // stewardship`.
                let specific = || {
                    w.ahead(i, 10)
                        .any(|k| k > i + 1 && (is_capitalised_name(w, k) || w.noun_in(k, event_nouns()).is_some()))
                        || w.ahead(i, 4).any(|k| {
                            matches!(w.low[k].as_str(), "working" | "researching" | "studying")
                                && w.low.get(k + 1).is_some_and(|x| x == "on")
                        })
                };
                let both = w
                    .ahead(i, 3)
                    .find(|&k| matches!(w.low[k].as_str(), "both" | "together"))
                    .filter(|_| !present || specific());
                let past = || w.ahead(i, 2).find(|&k| w.is_word(k) && is_past(&w.low[k]));
                if let Some(k) = both.or_else(past) {
                    out.push(found(w.span(i, k), "shared", true));
                }
            }
            "you" | "you've" => {
                // `I read you paper on…`: `you` written for `your` before a work of theirs.
                let slip = (w.low[i] == "you")
                    .then(|| w.ahead(i, 1).find_map(|k| w.noun_in(k, work_nouns())))
                    .flatten()
                    .filter(|_| i > 0 && lexicon().tags(&w.low[i - 1]).any(Tags::ANY_VERB | Tags::PREP));
                if let Some(k) = slip {
                    out.push(found(w.span(i, k), "their-work", true));
                } else if let Some(k) = something_they_did(w, i) {
                    out.push(found(w.span(i, k), "their-work", true));
                } else if let Some((a, b)) = thing_they_make(w, i) {
                    out.push(found(w.span(a, b), "their-work", true));
                } else if let Some((a, b)) = encounter(w, i) {
                    out.push(found(w.span(a, b), "met", true));
                }
            }
            "said" | "says" | "told" | "suggested" | "suggests" | "recommended" | "recommends" | "mentioned"
            | "mentions" | "pointed" | "thought" | "thinks" | "introduced" | "connected" => {
                if let Some((a, b)) = referral(w, i) {
                    out.push(found(w.span(a, b), "mutual", true));
                }
            }
            // `a mate of Dave Nguyen`, `a former colleague of Priya's`: someone you both know.
            "friend" | "friends" | "mate" | "colleague" | "colleagues" | "classmate" | "student" | "mentee"
            | "neighbour" | "neighbor" | "cousin" | "teammate" => {
                if let Some(of) = w.ahead(i, 1).find(|&k| w.low[k] == "of")
                    && let Some(k) = w.ahead(of, 1).find(|&k| {
                        w.is_word(k)
                            && w.toks[k].text(w.text).starts_with(char::is_uppercase)
                            && !lexicon().tags(&w.low[k]).any(Tags::FUNCTION)
                    })
                {
                    out.push(found(w.span(i, k), "mutual", true));
                }
            }
            // `the piece in the FT about…`, `loved the panel yesterday`: a verb of reading, watching or
            // enjoying and a definite work of theirs.
            "saw" | "read" | "loved" | "watched" | "spotted" | "heard" | "liked" | "caught" | "attended" => {
                if let Some(k) = definite_work(w, i) {
                    out.push(found(w.span(i, k), "their-work", true));
                }
            }
            // `SRCC batch of 2012 here`: a cohort and its year.
            "class" | "batch" | "cohort" | "intake" => {
                if let Some(of) = w.ahead(i, 1).find(|&k| w.low[k] == "of")
                    && let Some(y) = w.ahead(of, 1).find(|&k| is_year(w.toks[k].text(w.text)))
                {
                    out.push(found(w.span(i, y), "shared", true));
                }
            }
            "thanks" | "thank" | "cheers" => {
                if let Some(k) = thanks_for_a_favour(w, i) {
                    out.push(found(w.span(i, k), "favour", true));
                }
            }
            "at" | "on" | "in" | "during" | "from" => {
                if let Some(k) = named_venue(w, i).or_else(|| placed_event(w, i)) {
                    out.push(found(w.span(i + 1, k), "shared venue", true));
                }
            }
            // A sentence that opens on a work of theirs: `That thread on Kafka retries — gold.`, `The
            // Medium post about…`.
            "the" | "that" if i == 0 || w.sentence_ends_after(i - 1) => {
                if let Some(end) = w.noun_ahead(i, 3, work_nouns()) {
                    out.push(found(w.span(i, end), "their-work", true));
                }
            }
            // `fellow Imperial College alum`, `a fellow Londoner`: something shared, when named; `fellow
            // professionals`, `a fellow HR professional`, `fellow marketers` is the same field, which could
            // go to anyone.
            "fellow" => {
                let phrase: Vec<usize> = w.ahead(i, 4).take_while(|&k| w.is_word(k)).collect();
                let named = phrase.iter().position(|&k| is_capitalised_name(w, k) && !super::is_title(&w.low[k]));
                let head = phrase.iter().find(|&&k| {
                    let raw = w.toks[k].text(w.text);
                    raw.starts_with(char::is_lowercase)
                        && singulars(&w.low[k])
                            .iter()
                            .any(|s| people_nouns().contains(&s.as_str()) || title_words().contains(s.as_str()))
                });
                if let Some(n) = named
                    && head.is_none()
                {
                    out.push(found(w.span(i, phrase[n]), "shared", true));
                }
            }
            // `the same Netflix subtitle project as you`: something particular you share; not `the same
            // industry as you` (a `vague-noun`).
            // `the same accelerator cohort as yours`; and in a sentence about the past, the same thing
            // done together: `It was fun working the same shift at the Christmas market`.
            "same" => {
                let phrase: Vec<usize> = w.ahead(i, 6).collect();
                let noun = |k: usize| {
                    !is_vague(&w.low[k])
                        && lexicon().tags(&w.low[k]).any(Tags::NOUN | Tags::NOUN_PL | Tags::PLURALIZABLE)
                        && !lexicon().tags(&w.low[k]).any(Tags::FUNCTION)
                };
                if let Some(p) = phrase.iter().position(|&k| w.low[k] == "as")
                    && phrase.get(p + 1).is_some_and(|&k| matches!(w.low[k].as_str(), "you" | "yours" | "your"))
                    && p > 0
                    && noun(phrase[p - 1])
                {
                    out.push(found(w.span(i, phrase[p + 1]), "shared", true));
                } else if let Some(&k) = phrase.first().filter(|&&k| w.is_word(k) && noun(k))
                    && w.sentence_around(i).any(|m| m < i && matches!(w.low[m].as_str(), "was" | "were"))
                {
                    out.push(found(w.span(i, k), "shared", true));
                }
            }
            // A role offered to them: `we're hiring two process engineers at our plant`, `I'm recruiting
            // for a Head of Finance`, `you'd be a great fit for a Staff Engineer role`: the recruiter's
            // reason is their experience, whatever else the note says.
            "hiring" | "recruiting" => {
                let sender = w
                    .behind(i, 2)
                    .any(|k| matches!(w.low[k].as_str(), "we're" | "i'm" | "we" | "i" | "are" | "am" | "currently"));
                if sender
                    && let Some(k) = w.ahead(i, 8).find(|&k| {
                        let x = w.low[k].as_str();
                        is_job_noun(x, "seeking")
                            || is_person_noun(x)
                            || x.len() > 5 && ["er", "or", "ist", "ian"].iter().any(|e| x.ends_with(e))
                    })
                {
                    out.push(found(w.span(i, k), "role offered", true));
                }
            }
            // `a site superintendent role in Antofagasta that fits your background`: a role of theirs, before,
            // that fits their experience, after, in a sentence of the sender's.
            "fits" | "matches" | "suits"
                if w.ahead(i, 1).any(|k| w.low[k] == "your")
                    && w.behind(i, 8).any(|k| is_job_noun(&w.low[k], "seeking"))
                    && w.sentence_around(i)
                        .any(|k| matches!(w.low[k].as_str(), "we" | "we're" | "our" | "i'm" | "we've")) =>
            {
                out.push(found(w.span(i, i + 1), "role offered", true));
            }
            "fit" | "match" => {
                let you = w.behind(i, 5).any(|k| matches!(w.low[k].as_str(), "you'd" | "you" | "your" | "you're"));
                let role = w
                    .ahead(i, 6)
                    .find(|&k| is_job_noun(&w.low[k], "seeking") || title_words().contains(w.low[k].as_str()));
                if you && let Some(k) = role {
                    out.push(found(w.span(i, k), "role offered", true));
                } else if you
                    && w.behind(i, 8).any(|k| is_job_noun(&w.low[k], "seeking"))
                    && w.sentence_around(i).any(|k| matches!(w.low[k].as_str(), "we" | "we're" | "our" | "i'm"))
                {
                    out.push(found(w.span(i, i + 1), "role offered", true));
                }
            }
            // `our mutual friend Dara Kelly`: a mutual contact counts when named; `we have several mutual
            // connections` could go to anyone.
            "mutual" => {
                if let Some(k) = w.ahead(i, 5).find(|&k| is_capitalised_name(w, k)) {
                    out.push(found(w.span(i, k), "mutual", true));
                }
            }
            // `LSE MSc Econ here too`, `another UCT grad`, `ex-McKinsey too`, `both RPS members`: a word
            // that says something is shared, and a name in its clause.
            "too" | "also" | "another" | "ex" | "former" | "both" => {
                if let Some(k) = specific_name_near(w, i) {
                    out.push(found(w.span(i.min(k), i.max(k)), "shared", true));
                }
            }
            "advice" | "tips" | "thoughts" | "view" | "views" | "take" | "opinion" | "input" | "guidance"
            | "perspective" | "critique" | "notes" => {
                if let Some(end) = asked_their_view(w, i) {
                    out.push(found(w.span(i, end), "their-work", true));
                }
            }
            _ => {}
        }
    }
    out.extend(asked_about(w));
    out
}

/// Their view asked on a particular subject (token `i` the word for the view): `your advice on choosing a
/// chambers for pupillage`, `any tips on drone spraying`, `compare notes on the BIM rollout`, `a critique
/// of the landing page`. A specific question is a reason (the `generic` label's own definition); not a
/// subject that every professional has (`your advice on my career`, a `vague-noun`). The last token.
fn asked_their_view(w: &Words<'_>, i: usize) -> Option<usize> {
    let before = w.behind(i, 1).next()?;
    let asker = if w.low[i] == "notes" {
        matches!(w.low[before].as_str(), "compare" | "comparing" | "swap" | "swapping" | "exchange")
    } else {
        matches!(w.low[before].as_str(), "your" | "any" | "a")
    };
    if !asker || w.low[i] == "critique" && w.low[before] != "a" {
        return None;
    }
    let prep = w.ahead(i, 1).next()?;
    if !matches!(w.low[prep].as_str(), "on" | "about" | "regarding" | "of")
        || (w.low[prep] == "of" && w.low[i] != "critique")
    {
        return None;
    }
    // The subject: within five words, a noun no stock note uses (`advice on my career` is any note's).
    let subject = w.ahead(prep, 5).find(|&m| {
        let t = lexicon().tags(&w.low[m]);
        w.is_word(m)
            && (!t.any(Tags::FUNCTION) && t.any(Tags::NOUN | Tags::NOUN_PL) && !is_vague(&w.low[m])
                || is_specific_name(w, m))
    })?;
    // A subject that is the sender's own next step alone is still a question to them; a pleasantry is not.
    (!matches!(w.low[subject].as_str(), "connecting" | "networking" | "connection" | "connections")).then_some(subject)
}

/// A pleasure word (token `i`) opening a clause, a noun and the day it happened: `great match on
/// Saturday`, `fun night yesterday`, `good game last week`: an event you both were at. Not `good luck on
/// Monday`, a wish. The last token.
fn event_with_a_day(w: &Words<'_>, i: usize) -> Option<usize> {
    const DAYS: &[&str] =
        &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "tonight"];
    (i == 0 || w.breaks_after(i - 1)).then_some(())?;
    let n = w.ahead(i, 1).next().filter(|&k| w.is_word(k))?;
    let t = lexicon().tags(&w.low[n]);
    if !t.any(Tags::NOUN) || t.any(Tags::FUNCTION) || is_vague(&w.low[n]) || w.low[n] == "luck" {
        return None;
    }
    let mut ahead = w.ahead(n, 2);
    let a = ahead.next()?;
    match w.low[a].as_str() {
        "on" | "last" | "this" => ahead.next().filter(|&k| {
            DAYS.contains(&w.low[k].as_str()) || matches!(w.low[k].as_str(), "night" | "week" | "weekend" | "morning")
        }),
        "yesterday" | "tonight" => Some(a),
        _ => None,
    }
}

/// Whether token `k` is a name or an acronym no English dictionary word: capitalised (at the start of a
/// sentence only if written with capitals inside, `LSE`, `MSc`, or unknown as a common word) and not an
/// `unspecific-word` (`LinkedIn`, `Monday`).
fn is_specific_name(w: &Words<'_>, k: usize) -> bool {
    let raw = w.toks[k].text(w.text);
    w.is_word(k)
        && raw.starts_with(char::is_uppercase)
        && raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.low[k] != "i"
        && !w.low[k].starts_with("i'")
        && !lexicon().tags(&w.low[k]).any(Tags::KNOWN | Tags::FUNCTION)
        && !unspecific_words().contains(&w.low[k].as_str())
}

/// Whether token `k` is a capitalised word that may be a name: not a function word (`I`, `The`) and not an
/// `unspecific-word` (`LinkedIn`, `Monday`). Unlike [`is_specific_name`], a dictionary word counts
/// (`Kelly`, `Park`).
fn is_capitalised_name(w: &Words<'_>, k: usize) -> bool {
    w.is_word(k)
        && w.toks[k].text(w.text).starts_with(char::is_uppercase)
        && !lexicon().tags(&w.low[k]).any(Tags::FUNCTION)
        && !w.low[k].starts_with("i'")
        && !unspecific_words().contains(&w.low[k].as_str())
}

/// A name within four words of token `i`, in its clause: the nearest.
fn specific_name_near(w: &Words<'_>, i: usize) -> Option<usize> {
    w.ahead(i, 4).chain(w.behind(i, 4)).find(|&k| is_specific_name(w, k))
}

/// Questions about something of theirs with a name in it: `How did the pilot at St Mary's go?`, `Did the
/// Rust rewrite ever ship?`. A sentence that ends in a question mark and holds a name that is not a
/// greeting's (the first word of the note or a word before a comma that ends the sentence). The
/// question's first and last tokens.
fn asked_about(w: &Words<'_>) -> Vec<Found> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..w.toks.len() {
        if !w.sentence_ends_after(i) && i + 1 < w.toks.len() {
            continue;
        }
        if w.gap_after(i).trim_start().starts_with('?') {
            // Words after a comma at the start are a greeting (`Hi Sam, …`); the last word after a comma
            // is the person spoken to (`…, Sam?`).
            let from =
                (start..i).find(|&k| w.gap_after(k).contains(',')).filter(|&f| f < start + 3).map_or(start, |f| f + 1);
            let vocative = i > start && w.gap_after(i - 1).contains(',');
            let to = if vocative { i } else { i + 1 };
            if (from..to).any(|k| k > 0 && is_specific_name(w, k)) {
                out.push(found(w.span(from, i), "their-work", true));
            }
        }
        start = i + 1;
    }
    out
}

/// A vague noun that can do things (`your team launched…`, `your firm finished…`), unlike `your profile
/// stood out`: a team, a company, an organisation.
fn is_agent(word: &str) -> bool {
    matches!(
        word,
        "team"
            | "company"
            | "firm"
            | "organisation"
            | "organization"
            | "department"
            | "business"
            | "group"
            | "practice"
    )
}

/// `follow your posts`, `learn from your work`: following everything they post, with no topic and no
/// particular piece (`your` directly before a plural work noun or `work`, after a verb of following or
/// learning, and no preposition or name after it). `your post on rota design`, `your recent posts`
/// still count.
fn follows_everything(w: &Words<'_>, i: usize, end: usize) -> bool {
    let noun = &w.low[end];
    let everything = end == i + 1 && (noun == "work" || noun == "content" || lexicon().tags(noun).any(Tags::NOUN_PL));
    let follow = w.behind(i, 2).any(|k| {
        matches!(
            w.low[k].as_str(),
            "follow" | "following" | "followed" | "from" | "read" | "reading" | "see" | "seeing"
        )
    });
    let topic = w
        .ahead(end, 1)
        .any(|k| lexicon().tags(&w.low[k]).any(Tags::PREP) && w.low[k] != "to" || is_capitalised_name(w, k));
    everything && follow && !topic
}

/// The American form of a British -ise verb form (`organised` → `organized`), which the lexicon lists.
fn us_form(word: &str) -> Option<String> {
    ["ised", "ising", "ises"]
        .iter()
        .find_map(|s| word.strip_suffix(s).filter(|stem| stem.len() >= 3).map(|stem| format!("{stem}iz{}", &s[2..])))
}

/// A verb in the past (`met`, `worked`, `were`). en_US.dic lists some -ed forms as words of their own
/// with no verb flags on the stem (`released`, `release/B`): a listed -ed word whose stem is listed
/// counts too.
fn is_past(word: &str) -> bool {
    if let Some(us) = us_form(word).filter(|_| !lexicon().tags(word).any(Tags::KNOWN)) {
        return is_past(&us);
    }
    let lex = lexicon();
    let t = lex.tags(word);
    t.any(Tags::VERB_PAST | Tags::PAST_PL | Tags::PAST_SG)
        || t.any(Tags::KNOWN)
            && !t.any(Tags::FUNCTION | Tags::ADJ)
            && word.strip_suffix('d').is_some_and(|s| s.ends_with('e') && s.len() > 2 && lex.tags(s).any(Tags::KNOWN))
}

/// `you` (token `i`) and a past-tense verb, an adverb between allowed: the verb's token.
fn something_they_did(w: &Words<'_>, i: usize) -> Option<usize> {
    let lex = lexicon();
    if i > 0 && !w.breaks_after(i - 1) {
        let before = w.low[i - 1].as_str();
        // `have you tried`, `did you know`, `could you`, `thank you`, `if you wanted`.
        if lex.tags(before).any(Tags::HAVE | Tags::DO | Tags::MODAL | Tags::BE)
            || matches!(before, "thank" | "if" | "whether" | "unless")
        {
            return None;
        }
        // `all that you have achieved`, `everything you've built`: praise of anything, not one thing.
        let object = if before == "that" { w.behind(i - 1, 1).next().map(|k| w.low[k].as_str()) } else { Some(before) };
        if object.is_some_and(|o| matches!(o, "all" | "everything" | "what" | "whatever")) {
            return None;
        }
    }
    let mut ahead = w.ahead(i, 2).filter(|&k| w.is_word(k));
    let mut k = ahead.next()?;
    let t = lex.tags(&w.low[k]);
    if t.only(Tags::ADV, Tags::ANY_VERB) || matches!(w.low[k].as_str(), "just" | "recently" | "once" | "kindly") {
        k = ahead.next()?;
    }
    // A prefixed verb written with a hyphen (`you co-authored`, `you re-designed`): its last part.
    if k + 1 < w.toks.len() && w.hyphen_after(k) && w.low[k].len() <= 4 && w.is_word(k + 1) {
        k += 1;
    }
    if w.low[i] == "you've" {
        let t = lex.tags(&w.low[k]);
        return (t.any(Tags::VERB_PART | Tags::VERB_PAST) && !t.any(Tags::BE | Tags::HAVE | Tags::DO | Tags::MODAL))
            .then_some(k);
    }
    done_from(w, k)
}

/// What was done, from token `k`: a past verb (`helped`), or `have`/`has` and a past participle, an
/// adverb between allowed (`have built`, `has recently launched`; not `have been`). The verb's token.
fn done_from(w: &Words<'_>, k: usize) -> Option<usize> {
    if something_done(w, k) {
        return Some(k);
    }
    if !matches!(w.low[k].as_str(), "have" | "has") {
        return None;
    }
    let lex = lexicon();
    let mut ahead = w.ahead(k, 2).filter(|&m| w.is_word(m));
    let mut m = ahead.next()?;
    if lex.tags(&w.low[m]).only(Tags::ADV, Tags::ANY_VERB) || matches!(w.low[m].as_str(), "just" | "recently") {
        m = ahead.next()?;
    }
    let t = lex.tags(&w.low[m]);
    (t.any(Tags::VERB_PART) && !t.any(Tags::BE | Tags::HAVE | Tags::DO | Tags::MODAL)).then_some(m)
}

/// A thing they make or run, named by a relative clause at `you` (token `i`): `the mentorship programme
/// you run`, `that clinic you opened`: `the`/`that`/`this` and up to three words ending in a noun that
/// is not a `vague-noun` or `routine-word` (`the work you do`, `the value you bring` could go to
/// anyone), then `you` and a verb that is not an auxiliary. The first and last tokens.
fn thing_they_make(w: &Words<'_>, i: usize) -> Option<(usize, usize)> {
    let lex = lexicon();
    if w.low[i] != "you" {
        return None;
    }
    let noun = w.behind(i, 1).next().filter(|&k| w.is_word(k))?;
    // A word the lexicon does not know is taken as a noun (`programme`, a name).
    let nominal = |k: usize| {
        let t = lex.tags(&w.low[k]);
        !t.any(Tags::FUNCTION) && (t.any(Tags::NOUN | Tags::NOUN_PL | Tags::PLURALIZABLE) || !t.any(Tags::KNOWN))
    };
    if !nominal(noun) {
        return None;
    }
    if is_vague(&w.low[noun]) {
        return None;
    }
    // Modifiers before the noun: anything but a function word, a verb or an adverb (`mentorship`).
    let modifier = |k: usize| {
        let t = lex.tags(&w.low[k]);
        nominal(k) || !t.any(Tags::FUNCTION | Tags::ANY_VERB | Tags::ADV) || t.any(Tags::ADJ)
    };
    let det = w.behind(noun, 5).find(|&k| !modifier(k))?;
    if !matches!(w.low[det].as_str(), "the" | "that" | "this") {
        return None;
    }
    // The verb: not an adverb too (`this message finds you well`).
    let v = w.ahead(i, 1).next().filter(|&k| w.is_word(k))?;
    let vt = lex.tags(&w.low[v]);
    ((vt.any(Tags::VERB | Tags::VERB_PAST) || is_past(&w.low[v])) && !vt.any(Tags::FUNCTION | Tags::ADV))
        .then_some((det, v))
}

/// A verb of seeing, watching or enjoying (token `i`) and, right after it, `the` or `that` and a noun
/// phrase of up to four words with a `work-noun` or `event-noun` in it: `saw the piece in the FT`,
/// `loved the panel yesterday`, `read that write-up on…`. The noun's token.
fn definite_work(w: &Words<'_>, i: usize) -> Option<usize> {
    let det = w.ahead(i, 1).next().filter(|&k| matches!(w.low[k].as_str(), "the" | "that"))?;
    w.noun_ahead(det, 4, work_nouns()).or_else(|| w.noun_ahead(det, 4, event_nouns()))
}

/// The first person: a sentence with one of these is about the sender (`I'm a nurse at Leeds General`,
/// `our team at Acme`), whatever it names.
const FIRST_PERSON: &[&str] = &[
    "i",
    "i'm",
    "im",
    "i've",
    "i'd",
    "i'll",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "we're",
    "we've",
    "we'd",
    "we'll",
    "us",
    "our",
    "ours",
    "ourselves",
];

/// The job words of `dictionaries/rules/title-words.tsv` (`engineer`, `manager`).
fn title_words() -> &'static foldhash::HashSet<&'static str> {
    static S: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| rows(include_str!("../../../dictionaries/rules/title-words.tsv")).map(|r| col(&r, 0)).collect())
}

/// The field a job title names, without its job words: `Paediatric Oncology` of `Paediatric Oncology
/// Nurse`, `Infectious Diseases` of `Consultant Infectious Diseases`. Two words or more in a row that are
/// not job words (`title-words.tsv`), ranks or joiners; `None` for `Senior Software Engineer` (one word:
/// too broad to be a reason).
pub fn specialty(title: &str) -> Option<String> {
    const RANKS: &[&str] =
        &["senior", "junior", "chief", "staff", "principal", "deputy", "assistant", "interim", "acting"];
    let mut best: Vec<&str> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for word in title.split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '(' | ')')).filter(|w| !w.is_empty())
    {
        let low = word.to_lowercase();
        let plain = word.chars().all(|c| c.is_alphabetic() || c == '-') && word.chars().count() >= 3;
        if plain
            && !title_words().contains(low.as_str())
            && !RANKS.contains(&low.as_str())
            && !matches!(low.as_str(), "and" | "of" | "the" | "for")
        {
            run.push(word);
        } else {
            run.clear();
        }
        if run.len() > best.len() {
            best = run.clone();
        }
    }
    (best.len() >= 2).then(|| best.join(" "))
}

/// Something particular named in a sentence about the person or what you share, not about the sender: a
/// name or an acronym (`Loved the bit about boring tech at PyCon AU.`, `Did the Rust rewrite ever
/// ship?`, `That chart of CAC by channel`), or a code or a year (`Heathrow T2`, `ISyE 2016`). A note that
/// could go to anyone names nothing in particular: what it says is about the sender or about everyone.
/// So these do not count: a sentence with the first person in it (`I'm a joiner at Hartley Homes`), a
/// sender's `… here` (`Sous chef in Kilkenny here`; `Wits alum here too` is shared and counts), a sentence
/// written in title case, a sentence with a verb of networking in it (`Connecting with professionals
/// across London`), a greeting from a place (`Greetings from Dhaka!`), the spans in `skip` (the greeting, the name it addresses, the recipient's name),
/// everything from `until` on (a sign-off and signature), a name alone after a comma or a line (`…, Tom.`),
/// a title (`Dr`), a job word or a word before a job or people word (`a fellow Software Engineer`,
/// `HR professionals`, `the Fintech space`: the `people-noun`, `vague-noun` and title-words rows), and
/// the calendar and the networks (`unspecific-word`). The first word of a clause counts only when no
/// dictionary word (`PyCon`, `IMechE`). A weak reason: the patterns above name the kind of reason.
pub fn named_things(w: &Words<'_>, skip: &[std::ops::Range<usize>], until: usize) -> Vec<Found> {
    let mut out = Vec::new();
    for sentence in w.sentences() {
        let words: Vec<usize> = sentence.clone().filter(|&k| w.is_word(k)).collect();
        let caps = words.iter().filter(|&&k| w.toks[k].text(w.text).starts_with(char::is_uppercase)).count();
        let last = words.last().map(|&k| w.low[k].as_str());
        let greeted_from = words.len() >= 2
            && matches!(w.low[words[0]].as_str(), "greetings" | "hello" | "hi" | "hey")
            && w.low[words[1]] == "from";
        if words.iter().any(|&k| FIRST_PERSON.contains(&w.low[k].as_str()) || is_networking(&w.low[k]))
            || greeted_from
            || words.len() >= 4 && caps * 2 > words.len()
            || last == Some("here") && !words.iter().any(|&k| matches!(w.low[k].as_str(), "too" | "also"))
        {
            continue;
        }
        for k in sentence {
            let span = &w.toks[k].span;
            if span.end > until || skip.iter().any(|s| s.start < span.end && span.start < s.end) {
                continue;
            }
            if is_particular(w, k) {
                out.push(found(span.clone(), "named", false));
            }
        }
    }
    out
}

/// A verb of networking: a sentence with one says whom the sender wants to meet (`Connecting with
/// professionals in the legal sector across London`), not what the person did.
fn is_networking(word: &str) -> bool {
    ["connect", "network", "join", "add", "expand", "grow"].iter().any(|v| word.starts_with(v))
}

/// Whether token `k` names something particular (see [`named_things`]).
fn is_particular(w: &Words<'_>, k: usize) -> bool {
    let raw = w.toks[k].text(w.text);
    if w.toks[k].kind == TokenKind::Number {
        let letters = raw.chars().filter(char::is_ascii_alphabetic).count();
        let ordinal = ["st", "nd", "rd", "th"].iter().any(|s| w.low[k].ends_with(s)) && letters == 2;
        return is_year(raw) || letters > 0 && !ordinal && !is_clock(&w.low[k]);
    }
    if !w.is_word(k) || !raw.starts_with(char::is_uppercase) || super::is_title(raw) {
        return false;
    }
    // The first word of a clause, or after a symbol (`Hi there 👋 Connecting…`), is capitalised anyway.
    let opens = k == 0 || w.breaks_after(k - 1) || !w.is_word(k - 1) || {
        let gap = w.gap_after(k - 1);
        !gap.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '"' | '“' | '”' | '-')).is_empty()
    };
    // At the start of a clause only a word no dictionary knows counts, and not a contraction (`Let's`).
    if opens && (!is_specific_name(w, k) || raw.contains(['\'', '’'])) || !is_capitalised_name(w, k) {
        return false;
    }
    // A name alone after a comma or on a line of its own is the person spoken to or the sender: `…, Tom.`
    let first = w.behind(k, 4).last().unwrap_or(k);
    let alone = w
        .ahead(first, 4)
        .chain([first])
        .all(|m| w.is_word(m) && w.toks[m].text(w.text).starts_with(char::is_uppercase))
        && w.ahead(first, 4).count() < 3
        && (first == 0 || w.gap_after(first - 1).contains([',', '\n', '—', '–']));
    let people = |m: usize| {
        singulars(&w.low[m]).iter().any(|s| {
            let s = s.as_str();
            people_nouns().contains(&s) || vague_nouns().contains(&s) || title_words().contains(s)
        })
    };
    !alone && !people(k) && !w.ahead(k, 2).any(people)
}

/// A year written in digits (1950–2099).
fn is_year(s: &str) -> bool {
    s.len() == 4 && (s.starts_with("19") || s.starts_with("20")) && s.bytes().all(|b| b.is_ascii_digit())
}

/// `your` (token `i`) and, later in its clause (ten tokens at most, before the sender's own words: `I`,
/// `my`, `we`, `our`), a capitalised word no English dictionary word: a name or an acronym for their
/// place, project, product or topic (`your field notes on CSSVD rehabilitation`, `your experience in
/// exports from Faisalabad`). A calendar name or a network's (`LinkedIn`) is not one: the
/// `unspecific-word` rows. The name's token.
fn specific_name_after(w: &Words<'_>, i: usize) -> Option<usize> {
    for k in w.ahead(i, 10) {
        if matches!(
            w.low[k].as_str(),
            "i" | "i'm" | "i've" | "i'd" | "i'll" | "my" | "we" | "we're" | "our" | "me" | "us"
        ) {
            return None;
        }
        if is_specific_name(w, k) {
            return Some(k);
        }
    }
    None
}

/// A place, time or topic after a verb of meeting (`at`, `during`, `about`…).
const MEET_WHERE: &[&str] =
    &["at", "during", "after", "on", "yesterday", "today", "tonight", "earlier", "last", "this", "in", "about", "over"];

/// `your` (token `i`) and a noun phrase for one particular thing of theirs: `your pelvic health clinic`,
/// `your PR fixing the deadlock`, `your Razorpay checkout experiment`. Up to four words of one noun
/// phrase (adjectives, nouns, names, words the dictionary does not know; a possessive `'s` goes on:
/// `your group's preprint`), whose head, its last noun, is not a `vague-noun`: a profile, a
/// background, a network, a company or a career is something everyone has, so `your impressive
/// background` could go to anyone. The head's token.
fn particular_thing(w: &Words<'_>, i: usize) -> Option<usize> {
    let lex = lexicon();
    let mut head = None;
    let mut prev = i;
    for k in w.ahead(i, 5) {
        let gap = &w.text[w.toks[prev].span.end..w.toks[k].span.start];
        prev = k;
        if head.is_some() && w.low[k] == "s" && matches!(gap, "'" | "’") {
            continue;
        }
        // A number names a version or an edition (`your 156 app redesign`).
        if w.toks[k].kind == TokenKind::Number && k == i + 1 {
            continue;
        }
        if !w.is_word(k) {
            break;
        }
        let t = lex.tags(&w.low[k]);
        if t.any(Tags::FUNCTION) {
            break;
        }
        let name = w.toks[k].text(w.text).starts_with(char::is_uppercase);
        let unknown = !t.any(Tags::KNOWN);
        // After the head, an adverb or a word that may be a verb ends the phrase: `your profile really
        // stands out`, `your team builds`.
        if head.is_some() && !name && t.any(Tags::ADV | Tags::VERB_3SG | Tags::VERB_PAST) {
            break;
        }
        // Right after `your`, an -ing form before a preposition or the end is a noun: `your reporting on…`,
        // `your mentoring.` (`your hiring plans`: a modifier; the head is `plans`).
        // `your doing well`, `your going to love`: the slip for `you're`, not a thing of theirs.
        if k == i + 1
            && t.any(Tags::VERB_ING)
            && w.ahead(k, 1).any(|n| lex.tags(&w.low[n]).any(Tags::ADV | Tags::DET) || w.low[n] == "to")
        {
            break;
        }
        let gerund = k == i + 1
            && t.any(Tags::VERB_ING)
            && (w.breaks_after(k) || w.ahead(k, 1).all(|n| lex.tags(&w.low[n]).any(Tags::PREP)));
        if t.any(Tags::NOUN | Tags::NOUN_PL | Tags::PLURALIZABLE) || name || unknown || gerund {
            head = Some(k);
        } else if t.any(Tags::ANY_VERB) && !t.any(Tags::ADJ | Tags::VERB_PART) {
            // A verb ends the phrase (`your PR fixing…`); adjectives and other modifiers go on (`pelvic`).
            break;
        }
    }
    let h = head?;
    (!is_vague(&w.low[h])).then_some(h)
}

/// Whether `word` is a `vague-noun` or a `routine-word` (singular or plural) or an `unspecific-word`:
/// something every professional has, or that names nothing of theirs.
fn is_vague(word: &str) -> bool {
    singulars(word).iter().any(|s| vague_nouns().contains(&s.as_str()) || routine_words().contains(&s.as_str()))
        || unspecific_words().contains(&word)
}

/// A pleasure word (token `i`: `great`, `nice`, `enjoyed`) and a verb of meeting or talking with a
/// place, time or topic after it: `great chatting at PyData about…`, `enjoyed talking with you
/// about…`, `lovely speaking yesterday`, `it was good to meet at the expo`. A bare verb only after
/// `was` (`would be great to chat about…` is a wish, not a meeting). The last token.
fn enjoyed_meeting(w: &Words<'_>, i: usize) -> Option<usize> {
    const MEET_ING: &[&str] =
        &["meeting", "chatting", "talking", "speaking", "catching", "connecting", "working", "hearing"];
    const MEET: &[&str] = &["meet", "chat", "talk", "speak", "catch"];
    let was = w.behind(i, 2).any(|k| matches!(w.low[k].as_str(), "was" | "been"));
    let mut ahead = w.ahead(i, 6).peekable();
    if ahead.peek().is_some_and(|&k| w.low[k] == "to") {
        ahead.next();
    }
    let v = ahead.next().filter(|&k| {
        MEET_ING.contains(&w.low[k].as_str())
            || (was && MEET.contains(&w.low[k].as_str()))
            || matches!(w.low[k].as_str(), "discussing")
            || was && w.low[k] == "discuss"
    })?;
    // `it was a pleasure to discuss the performance audit with you`: discussing has its topic as object.
    if w.low[v].starts_with("discuss") {
        return w.ahead(v, 2).find(|&k| w.is_word(k) && !lexicon().tags(&w.low[k]).any(Tags::FUNCTION));
    }
    let mut rest = w.ahead(v, 4);
    let mut k = rest.next()?;
    // `catching up`, `with`, `you` (`great working with you on the training day`).
    while matches!(w.low[k].as_str(), "up" | "with" | "you") {
        k = rest.next()?;
    }
    MEET_WHERE.contains(&w.low[k].as_str()).then_some(k)
}

/// The sender's firm's record at `we` (token `i`): `we've placed 40+ senior engineers`, `we have helped
/// over 200 clinics`: a past verb of serving customers (the `record-verb` rows; `we hired 40 people` is
/// not one) and, within two words, a number before a plural noun
/// that is not a unit of time (`we worked 3 years together` is shared history). The noun's token.
fn track_record(w: &Words<'_>, i: usize) -> Option<usize> {
    let lex = lexicon();
    let mut ahead = w.ahead(i, 3).peekable();
    if ahead.peek().is_some_and(|&k| matches!(w.low[k].as_str(), "have" | "already" | "now")) {
        ahead.next();
    }
    let v = ahead.next().filter(|&k| record_verbs().contains(&w.low[k].as_str()))?;
    let num = w.ahead(v, 3).find(|&k| w.toks[k].kind == TokenKind::Number || lex.tags(&w.low[k]).any(Tags::NUM))?;
    let noun = w.ahead(num, 3).find(|&k| w.is_word(k) && is_plural_noun(&w.low[k]))?;
    (!lex.tags(&w.low[noun]).any(Tags::TIME)).then_some(noun)
}

/// Meeting them, at `you` (token `i`): a verb of meeting or talking before it (`to meet you`, `talking
/// with you`, `heard you`) and a place or time after it (`at`, `during`, `after`, `on`, `yesterday`,
/// `last`…): `great to meet you at the expo`, `chatting with you after the lecture`. The first and last
/// tokens.
fn encounter(w: &Words<'_>, i: usize) -> Option<(usize, usize)> {
    const MEET: &[&str] = &[
        "meet", "meeting", "met", "see", "seeing", "saw", "chat", "chatting", "chatted", "talk", "talking", "talked",
        "speak", "speaking", "spoke", "hear", "hearing", "heard", "catch", "catching", "caught",
    ];
    const WHERE: &[&str] =
        &["at", "during", "after", "on", "yesterday", "today", "tonight", "earlier", "last", "this", "in"];
    let mut behind = w.behind(i, 2);
    let mut v = behind.next()?;
    if matches!(w.low[v].as_str(), "with" | "to") {
        v = behind.next()?;
    }
    MEET.contains(&w.low[v].as_str()).then_some(())?;
    let k = w.ahead(i, 1).next()?;
    WHERE.contains(&w.low[k].as_str()).then_some((v, k))
}

/// A mutual connection, at a verb of saying or suggesting (token `i`): someone named before it (a
/// capitalised word that is not a pronoun or other function word, within three words) and the note's
/// two people after it (`you`, `you'd`, `I`, `me`, `we`): `Sam Ortiz said you'd be the one to ask`,
/// `my manager Priya suggested I get in touch`, `Ken mentioned you`. The first and last tokens.
fn referral(w: &Words<'_>, i: usize) -> Option<(usize, usize)> {
    // Not the network itself (`LinkedIn suggested you`).
    let named = w.behind(i, 3).find(|&k| {
        w.is_word(k)
            && w.toks[k].text(w.text).starts_with(char::is_uppercase)
            && !lexicon().tags(&w.low[k]).any(Tags::FUNCTION)
            && w.low[k] != "i"
    })?;
    if unspecific_words().contains(&w.low[named].as_str()) {
        return None;
    }
    let mut ahead = w.ahead(i, 2);
    let mut k = ahead.next()?;
    if matches!(w.low[k].as_str(), "me" | "that") && w.low[i] != "told" {
        k = ahead.next().unwrap_or(k);
    }
    let person =
        |s: &str| matches!(s, "you" | "you'd" | "you're" | "you've" | "you'll" | "i" | "i'd" | "me" | "we" | "us");
    person(&w.low[k]).then_some((named, k))
}

/// Whether token `k` is a verb in the past that says something was done (not `were`, `had`, `did`).
fn something_done(w: &Words<'_>, k: usize) -> bool {
    let t = lexicon().tags(&w.low[k]);
    w.is_word(k) && is_past(&w.low[k]) && !t.any(Tags::BE | Tags::HAVE | Tags::DO | Tags::MODAL)
}

/// `thanks for …` / `thank you for …` (token `i`) about anything but a stock note's routine objects:
/// the object's token.
fn thanks_for_a_favour(w: &Words<'_>, i: usize) -> Option<usize> {
    let mut ahead = w.ahead(i, 4);
    let mut k = ahead.next()?;
    if w.low[i] == "thank" {
        (w.low[k] == "you").then_some(())?;
        k = ahead.next()?;
    }
    // `thanks again for`, `thank you so much for`.
    if w.low[k] == "again" || w.low[k] == "so" && ahead.next().is_some_and(|m| w.low[m] == "much") {
        k = ahead.next()?;
    }
    (w.low[k] == "for").then_some(())?;
    // The object: the first word after `for` that is not an article or a possessive.
    let obj = w.ahead(k, 3).find(|&m| w.is_word(m) && !lexicon().tags(&w.low[m]).any(Tags::DET | Tags::POSS))?;
    // `thank you for being such a welcoming mentor during my placement`: what they were to the sender.
    if w.low[obj] == "being" {
        return w.ahead(obj, 4).find(|&m| {
            let t = lexicon().tags(&w.low[m]);
            w.is_word(m) && !t.any(Tags::FUNCTION) && t.any(Tags::NOUN | Tags::NOUN_PL) && !is_vague(&w.low[m])
        });
    }
    let t = lexicon().tags(&w.low[obj]);
    if t.any(Tags::FUNCTION) {
        return None;
    }
    if !singulars(&w.low[obj]).iter().any(|s| routine_words().contains(&s.as_str())) {
        return Some(obj);
    }
    // A routine object with what it was for: `thanks for your help with the allotment water trough`, `your
    // advice on the lintel spans`; not `your help with this`.
    let with = w.ahead(obj, 1).find(|&m| matches!(w.low[m].as_str(), "with" | "on" | "during"))?;
    w.ahead(with, 5).find(|&m| {
        let t = lexicon().tags(&w.low[m]);
        w.is_word(m) && !t.any(Tags::FUNCTION) && t.any(Tags::NOUN | Tags::NOUN_PL) && !is_vague(&w.low[m])
    })
}

/// A capitalised name after a preposition (token `i`), with an `event-noun` ending it or just after
/// it: the last token of the venue.
/// An event placed in space or time after a preposition (token `i`): `the` and up to four words ending in
/// an `event-noun`, then `in`/`at`/`on` and a capitalised name, or a time (`at the lean manufacturing
/// workshop in Pune`, `at the careers fair last week`). The last token.
fn placed_event(w: &Words<'_>, i: usize) -> Option<usize> {
    const WHEN: &[&str] = &["yesterday", "today", "tonight", "last", "this", "earlier"];
    let det = w.ahead(i, 1).next().filter(|&k| w.low[k] == "the")?;
    let event = w.noun_ahead(det, 5, event_nouns())?;
    let mut after = w.ahead(event, 2);
    let k = after.next()?;
    if WHEN.contains(&w.low[k].as_str()) {
        return Some(k);
    }
    let place =
        after.next().filter(|&m| matches!(w.low[k].as_str(), "in" | "at" | "on") && is_capitalised_name(w, m))?;
    Some(place)
}

fn named_venue(w: &Words<'_>, i: usize) -> Option<usize> {
    let capital = |k: usize| w.is_word(k) && w.toks[k].text(w.text).starts_with(char::is_uppercase);
    let mut ahead = w.ahead(i, 8).peekable();
    if ahead.peek().is_some_and(|&k| w.low[k] == "the") {
        ahead.next();
    }
    let mut last_cap = None;
    for k in ahead {
        // A possessive `'s` after the name (`at the Law Society's event`) belongs to it.
        let gap = &w.text[w.toks[k - 1].span.end..w.toks[k].span.start];
        if last_cap.is_some() && w.low[k] == "s" && matches!(gap, "'" | "’") {
            continue;
        }
        // An event, or a work the name published (`in the Guardian piece`).
        let venue_noun = |k: usize| w.noun_in(k, event_nouns()).or_else(|| w.noun_in(k, work_nouns())).is_some();
        if capital(k) {
            if venue_noun(k) && last_cap.is_some() {
                return Some(k);
            }
            last_cap = Some(k);
        } else if last_cap.is_some() && venue_noun(k) {
            return Some(k);
        } else if last_cap.is_none() || !matches!(w.low[k].as_str(), "of" | "in" | "for" | "and" | "&" | "on") {
            return None;
        }
    }
    None
}

/// Selling found from structure:
/// * a price: a currency sign or ISO 4217 code beside a number (`£40`, `₹900`, `USD 1,200`, `1.500
///   EUR`); strong when quoted as a rate or a fee (`per clip`, `an hour`, `/hr`, `my day rate is…`,
///   `I charge…`, `fixed price from…`, `lessons start at…`), weak otherwise (`congrats on the $5M raise` is one weak sign);
/// * our product: `our`/`my` and, within three words, an `offer-noun` (`our wellbeing platform`);
/// * a meeting request: booking a meeting (`book|schedule|arrange|set up` … `demo|call|meeting`,
///   strong), a length in minutes before a meeting noun (`15-minute demo`, weak, a demo strong), a
///   meeting noun in the same sentence as a day or clock time (`Tuesday at 10:00 … a short call`, weak);
/// * the sender and a form of `help` followed by a plural noun (`I help physio clinics…`, weak), strong
///   in the value proposition's full shape, the plural noun followed by a verb (`I help physio clinics
///   get more patients`, `we've helped 40+ practices double…`, `a copywriter helping brands turn…`);
/// * a promise in percent in a sentence of the sender's (`we cut costs by 40%`, weak);
/// * offering to do the work: `want me to`, `like me to` (weak); `a free <noun>` (weak);
/// * a result promised: `get`/`win`/`generate`/`drive`/`attract`/`bring`/`land` `more`/`new` and a plural
///   noun (`get more patients`), or `increase`/`boost`/`grow`/`cut`/`reduce`/`save`… `your`/`you` (weak);
/// * `my`/`our` and a `client-noun` (`most of my clients`, weak);
/// * a service for a market: `I`/`we`, a verb, its object and `for` a plural noun (`I build websites for
///   roofers`, weak);
/// * a free offer: `free` and, within two words, a `free-noun` (`a free audit`, `free 30-day trial`,
///   strong), not `the`/`your free session`;
/// * an offer to send or show: `can`/`could`/`shall`/`may` `I`/`we` `send`/`show`/`share`/`offer` `you`
///   (weak);
/// * a length in minutes before a chat (`a 20-minute chat`, weak; a call or meeting as above);
/// * a fee in percent: `our`/`my` and `fee`/`commission`/`rate` before a percentage (`our fees start at
///   12%`, strong);
/// * a track record: `we` and a `record-word` verb before a number of customers (`we've placed 40+
///   engineers`, weak);
/// * an offer to send something in a sentence of the sender's: `can`/`could` `share`/`send`/`show`/`offer`
///   and `a`/`some`/`our`/`sample(s)` (`and can share a few anonymised profiles`, weak).
pub fn pitch(w: &Words<'_>) -> Vec<Found> {
    let mut out = Vec::new();
    let n = w.toks.len();
    for i in 0..n {
        let low = w.low[i].as_str();
        // A price.
        if let Some((a, b)) = price_at(w, i) {
            let after_rate = w.ahead(b, 2).any(|k| {
                matches!(w.low[k].as_str(), "per" | "each" | "every")
                    || (matches!(w.low[k].as_str(), "a" | "an")
                        && w.ahead(k, 1).any(|m| lexicon().tags(&w.low[m]).any(Tags::TIME)))
            }) || w.low[b].contains('/')
                // `$4k flat`: a fixed price quoted.
                || w.ahead(b, 1).any(|k| w.low[k] == "flat");
            let before_rate = w.behind(a, 4).any(|k| {
                matches!(
                    w.low[k].as_str(),
                    "rate"
                        | "rates"
                        | "fee"
                        | "fees"
                        | "charge"
                        | "charges"
                        | "price"
                        | "prices"
                        | "priced"
                        | "from"
                        | "start"
                        | "starts"
                        | "starting"
                        | "costs"
                        | "cost"
                        // What is sold at that price: `the speaker package is EUR 1,200`, `tickets are $40`.
                        | "package"
                        | "packages"
                        | "slot"
                        | "slots"
                        | "ticket"
                        | "tickets"
                        | "membership"
                        | "seat"
                        | "seats"
                        | "subscription"
                )
            });
            out.push(found(
                w.span(a, b),
                if after_rate || before_rate { "rate" } else { "price" },
                after_rate || before_rate,
            ));
        }
        if !w.is_word(i) {
            continue;
        }
        if let Some((end, kind, strong)) = more_pitch_signs(w, i) {
            out.push(found(w.span(i, end), kind, strong));
        }
        match low {
            // `I have my own tools`: what the sender owns, not what they sell.
            "our" | "my" if !w.ahead(i, 1).any(|k| w.low[k] == "own") => {
                // After a preposition the product is mentioned, not offered (`we used it on our banking app
                // redesign`, `you asked about our rota software`): a weak sign, that needs another.
                if let Some(end) = w.noun_ahead(i, 3, offer_nouns()) {
                    let mentioned = w.behind(i, 1).next().is_some_and(|p| lexicon().tags(&w.low[p]).any(Tags::PREP));
                    out.push(found(w.span(i, end), "product", !mentioned));
                }
            }
            "book" | "schedule" | "arrange" | "set" => {
                // A meeting noun, or a length of time (`Could I book 20 minutes with you`).
                // The number in digits or in words (`book twenty minutes with you`).
                let minutes = |k: usize| {
                    (matches!(w.low[k].as_str(), "minutes" | "mins" | "min")
                        && k > 0
                        && (w.toks[k - 1].kind == TokenKind::Number || is_number_word(&w.low[k - 1])))
                    .then_some(k)
                };
                if let Some(end) = w.ahead(i, 4).find_map(|k| w.noun_in(k, meeting_nouns()).or_else(|| minutes(k)))
                    && (low != "set" || w.low.get(i + 1).is_some_and(|x| x == "up"))
                {
                    out.push(found(w.span(i, end), "meeting", true));
                }
            }
            "minute" | "minutes" | "min" | "mins" => {
                // The number is in the text before: `15-minute`, `15 min` (a number joined to a word by
                // a hyphen is not a token of its own).
                let before = w.text[..w.toks[i].span.start].trim_end_matches(['-', ' ']);
                let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                let meeting_or_chat = |k: usize| w.noun_in(k, meeting_nouns()).or((w.low[k] == "chat").then_some(k));
                let numbered = digits > 0 && before.len() + 2 >= w.toks[i].span.start;
                if numbered && let Some(end) = w.ahead(i, 3).find_map(meeting_or_chat) {
                    let span = before.len() - digits..w.toks[end].span.end;
                    out.push(found(span, "meeting", w.low[end] == "demo"));
                } else if numbered
                    && let Some(end) = w
                        .ahead(i, 2)
                        .find(|&k| w.low[k] == "your" && w.low[k - 1] == "of" || w.low[k] == "with" && k == i + 1)
                {
                    // `15 minutes of your feedback`, `just 20 minutes with a PM`: time asked for.
                    let span = before.len() - digits..w.toks[end].span.end;
                    out.push(found(span, "meeting", false));
                }
            }
            "help" | "helps" | "helped" | "helping" => {
                if let Some((subject, k, outcome)) = help_claim(w, i) {
                    out.push(found(w.span(subject, k), "help-claim", outcome));
                }
            }
            // The same shape with other verbs of service, only in full: `I coach first-time managers
            // to lead…`, `we partner with logistics firms to cut…`.
            "coach" | "coaches" | "train" | "trains" | "support" | "supports" | "enable" | "enables" | "empower"
            | "empowers" | "partner" | "partners" => {
                if let Some((subject, k, true)) = help_claim(w, i) {
                    out.push(found(w.span(subject, k), "help-claim", true));
                }
            }
            "can" | "could" if first_person_in_sentence(w, i) => {
                // `(we) can share a few anonymised profiles`: offering to send something.
                // `can share`, `can I share`, `could we send`.
                let mut ahead = w.ahead(i, 2).peekable();
                if ahead.peek().is_some_and(|&k| matches!(w.low[k].as_str(), "i" | "we")) {
                    ahead.next();
                }
                if let Some(v) =
                    ahead.next().filter(|&k| matches!(w.low[k].as_str(), "send" | "share" | "show" | "offer"))
                    && let Some(k) = w
                        .ahead(v, 1)
                        .find(|&k| matches!(w.low[k].as_str(), "a" | "some" | "our" | "sample" | "samples"))
                {
                    out.push(found(w.span(i, k), "offer", false));
                }
            }
            // `Happy to send over our rate card`, `May I share the brochure?`, `Could I drop a sample box in`,
            // `happy to set your team up with…`: an offer to deliver something, weak on its own.
            // (`can`/`could` in a sentence of the sender's are taken by the arm above.)
            "happy" | "may" | "could" | "can" | "glad" | "love" => {
                if let Some(k) = delivers(w, i) {
                    out.push(found(w.span(i, k), "offer", false));
                }
            }
            "i" | "we" => {
                if let Some(k) = service_for_market(w, i) {
                    out.push(found(w.span(i, k), "service", false));
                }
                if let Some(k) = offer_to_send(w, i) {
                    out.push(found(w.span(i.saturating_sub(1), k), "offer", false));
                }
            }
            // A fee quoted in percent: `our fees start at 12%`, `my commission is 8%`, or in a sentence of
            // the sender's, `on a 15% fee`, `a fee of 20%`.
            "fee" | "fees" | "commission" | "commissions" | "rate" | "rates"
                if w.behind(i, 2).any(|k| matches!(w.low[k].as_str(), "our" | "my"))
                    && w.ahead(i, 3).any(|k| percent_after(w, k) || w.toks[k].text(w.text).ends_with('%')) =>
            {
                let end = w.ahead(i, 4).find(|&k| w.toks[k].kind == TokenKind::Number).unwrap_or(i);
                out.push(found(w.span(i, end), "rate", true));
            }
            "fee" | "fees" | "commission" | "commissions" if first_person_in_sentence(w, i) => {
                let percent = |k: usize| {
                    w.toks[k].kind == TokenKind::Number && w.text[w.toks[k].span.end..].starts_with('%')
                        || w.toks[k].text(w.text).ends_with('%')
                };
                if let Some(start) = w.behind(i, 1).find(|&k| percent(k)) {
                    out.push(found(w.span(start, i), "rate", true));
                } else if let Some(end) =
                    w.ahead(i, 2).find(|&k| percent(k)).filter(|_| w.low.get(i + 1).is_some_and(|x| x == "of"))
                {
                    out.push(found(w.span(i, end), "rate", true));
                }
            }
            // `30% off`: a discount, in a sentence of the sender's (`the fund bought it at 30% off NAV` is
            // a valuation).
            "off"
                if first_person_in_sentence(w, i)
                    && w.behind(i, 1).any(|k| {
                        w.toks[k].text(w.text).ends_with('%')
                            || w.text[w.toks[k].span.end..w.toks[i].span.start].contains('%')
                    }) =>
            {
                out.push(found(w.span(i - 1, i), "offer", true));
            }
            // A discount offered: `a 20% discount`, `our discount`, `a special discount for…`; not a name
            // (`Discount Bank`) or a valuation (`the REIT discount to NAV`, `trades at a discount`).
            "discount" | "discounts" if w.toks[i].text(w.text).starts_with(char::is_lowercase) => {
                let offered = w.behind(i, 2).any(|k| {
                    matches!(w.low[k].as_str(), "an" | "our" | "my" | "special" | "exclusive" | "extra")
                        || w.low[k] == "a" && !(k > 0 && w.low[k - 1] == "at")
                        || w.toks[k].text(w.text).ends_with('%')
                        || percent_after(w, k)
                });
                if offered {
                    out.push(found(w.span(i, i), "offer", true));
                }
            }
            // `Want me to take a look…?`, `would you like me to…`: offering to do the work.
            "want" | "like" if w.ahead(i, 2).map(|k| w.low[k].as_str()).eq(["me", "to"]) => {
                out.push(found(w.span(i, i + 2), "offer", false));
            }
            // A promise in percent: `cut costs by 40%`, `up to 30% more`.
            "by" | "to" if percent_after(w, i) && first_person_in_sentence(w, i) => {
                out.push(found(w.span(i, i + 1), "results", false));
            }
            "get" | "win" | "generate" | "drive" | "attract" | "bring" | "land" | "getting" | "winning"
            | "generating" | "attracting" => {
                let more = w.ahead(i, 1).find(|&k| matches!(w.low[k].as_str(), "more" | "new"));
                if let Some(m) = more
                    && let Some(k) =
                        w.ahead(m, 2).find(|&k| w.is_word(k) && lexicon().tags(&w.low[k]).any(Tags::NOUN_PL))
                {
                    out.push(found(w.span(i, k), "results", false));
                }
            }
            "increase" | "boost" | "grow" | "double" | "triple" | "cut" | "reduce" | "lower" | "save" | "slash" => {
                if let Some(k) = w.ahead(i, 1).find(|&k| matches!(w.low[k].as_str(), "your" | "you")) {
                    out.push(found(w.span(i, k), "results", false));
                }
            }
            // The terms of sale described: `my fees are very reasonable`, `our rates are competitive`,
            // `our pricing is flexible`.
            // (A price after it is the price's sign: `my rate is £40 per clip`.)
            "fees" | "rates" | "prices" | "pricing" | "fee" | "rate"
                if i > 0
                    && matches!(w.low[i - 1].as_str(), "my" | "our")
                    && w.ahead(i, 1).any(|k| matches!(w.low[k].as_str(), "are" | "is" | "start" | "starts"))
                    && !w.ahead(i, 4).any(|k| w.toks[k].kind == TokenKind::Number || price_at(w, k).is_some()) =>
            {
                out.push(found(w.span(i - 1, i + 1), "rate", true));
            }
            // `our GPS vests would be perfect for your academy`: the product fitted to them.
            "perfect" | "ideal"
                if w.behind(i, 2).any(|k| w.low[k] == "be") && w.ahead(i, 2).any(|k| w.low[k] == "your") =>
            {
                let be = w.behind(i, 2).find(|&k| w.low[k] == "be").unwrap_or(i);
                if let Some(our) = w.behind(be, 6).find(|&k| matches!(w.low[k].as_str(), "our" | "my")) {
                    out.push(found(w.span(our, i), "product", true));
                }
            }
            // The sender's trade in goods: `We lease refrigerated vans`, `we supply…`, `we've installed 60+
            // systems`, `we've just launched a…`; a personal note rarely says the sender sells. Weak.
            "sell" | "lease" | "rent" | "supply" | "distribute" | "manufacture" | "install" | "installed"
            | "export" | "import" | "stock" | "resell" | "ghostwrite" | "launched" | "released" | "photograph"
            | "retrofit"
                if w.behind(i, 2).any(|k| matches!(w.low[k].as_str(), "i" | "we" | "we've" | "i've" | "we're"))
                    && !w.ahead(i, 1).any(|k| matches!(w.low[k].as_str(), "my" | "me")) =>
            {
                let end = w.ahead(i, 3).last().unwrap_or(i);
                out.push(found(w.span(i, end), "product", false));
            }
            // Their problem fitted by what the sender has: `an off-market warehouse that could suit your
            // expansion plans`, `how our reminder system would fit your clinic`. Weak.
            "suit" | "fit"
                if w.behind(i, 1).any(|k| matches!(w.low[k].as_str(), "would" | "could" | "might"))
                    && w.ahead(i, 1).any(|k| w.low[k] == "your")
                    && w.behind(i, 10).any(|k| matches!(w.low[k].as_str(), "our" | "my" | "i" | "we" | "have")) =>
            {
                out.push(found(w.span(i, i + 1), "product", false));
            }
            "limited"
                if w.behind(i, 1).any(|k| matches!(w.low[k].as_str(), "spots" | "seats" | "places" | "spaces")) =>
            {
                out.push(found(w.span(i, i), "offer", false));
            }
            // A call to buy: `maybe sign up if it's helpful`, `limited spots available`, `discounted 50%`.
            "sign"
                if w.low.get(i + 1).is_some_and(|x| x == "up")
                    && w.toks.get(i + 1).is_some_and(|_| !w.breaks_after(i)) =>
            {
                out.push(found(w.span(i, i + 1), "offer", false));
            }
            "limited"
                if w.ahead(i, 2)
                    .any(|k| matches!(w.low[k].as_str(), "spots" | "seats" | "places" | "spaces" | "availability")) =>
            {
                out.push(found(w.span(i, i), "offer", false));
            }
            "discounted" | "discount" if percent_after(w, i) || i > 0 && w.toks[i - 1].kind == TokenKind::Number => {
                out.push(found(w.span(i, i), "offer", true));
            }
            // `free` and the words sellers use for it (`a complimentary review`, `a no-cost audit`).
            "cost" if i > 0 && w.low[i - 1] == "no" && w.hyphen_after(i - 1) => {
                if let Some(k) = w.ahead(i, 3).find_map(|k| w.noun_in(k, free_nouns())) {
                    out.push(found(w.span(i - 1, k), "free offer", true));
                }
            }
            "free" | "complimentary" | "costless" => {
                let before = (i > 0 && !w.breaks_after(i - 1)).then(|| w.low[i - 1].as_str());
                let owned = before.is_some_and(|b| b == "the" || lexicon().tags(b).any(Tags::POSS));
                if !owned && let Some(k) = w.ahead(i, 3).find_map(|k| w.noun_in(k, free_nouns())) {
                    out.push(found(w.span(i, k), "free offer", true));
                } else if matches!(before, Some("a" | "an"))
                    && let Some(k) =
                        w.ahead(i, 1).find(|&k| w.is_word(k) && !lexicon().tags(&w.low[k]).any(Tags::FUNCTION))
                {
                    // `a free mockup`: something given, weak on its own.
                    out.push(found(w.span(i - 1, k), "free offer", false));
                }
            }
            _ => {}
        }
        // Room for customers: `taking on new clients`, `openings for new patients`, `space for two more
        // projects`.
        if matches!(low, "taking" | "accepting" | "openings" | "space" | "room" | "capacity")
            && let Some(m) = w.ahead(i, 4).find(|&k| matches!(w.low[k].as_str(), "new" | "more"))
            && let Some(k) = w.ahead(m, 1).find(|&k| capacity_nouns().contains(&w.low[k].as_str()))
        {
            out.push(found(w.span(i, k), "capacity", true));
        }
        if let Some(k) = service_business(w, i) {
            // The seller's full self-description: the business and what it sells (`we're a translation
            // agency specialising in game localisation`, `a dev shop offering…`).
            let sells = w.ahead(k, 5).find(|&m| {
                matches!(
                    w.low[m].as_str(),
                    "specialising" | "specializing" | "specialised" | "specialized" | "offering" | "providing"
                )
            });
            match sells {
                Some(m) => out.push(found(w.span(i, m), "service", true)),
                None => out.push(found(w.span(i, k), "service", false)),
            }
        }
        // `We are a team of experienced developers offering web development…`: `we are` and, in the same
        // clause, offering or providing something that is not a job (`we're offering a paid internship`
        // is a recruiter's role).
        if matches!(low, "offering" | "providing")
            && let Some(we) = w.behind(i, 8).find(|&k| {
                w.low[k] == "we're" || w.low[k] == "are" && k > 0 && w.low[k - 1] == "we" && !w.breaks_after(k - 1)
            })
            && !w.ahead(i, 4).any(|k| is_job_noun(&w.low[k], &w.low[i]))
        {
            out.push(found(w.span(we, i), "service", true));
        }
        // `would like to introduce our new ultrasound range to your clinic`: a product presented.
        if low == "introduce"
            && let Some(our) = w.ahead(i, 1).find(|&k| matches!(w.low[k].as_str(), "our" | "my"))
            && let Some(k) = w.ahead(our, 5).find(|&k| {
                w.noun_in(k, introduce_nouns()).or_else(|| w.noun_in(k, offer_nouns())).is_some()
                    || w.noun_in(k, business_nouns()).is_some()
            })
        {
            out.push(found(w.span(i, k), "product", true));
        }
        if let Some(k) = makes_product(w, i) {
            out.push(found(w.span(i, k), "product", false));
        }
        if let Some(k) = serves_people(w, i).filter(|_| matches!(low, "i" | "we")) {
            out.push(found(w.span(i, k), "service", false));
        }
        // `your first ten candidates are on us`, `the first consultation is free`: something given.
        if low == "on"
            && w.ahead(i, 1).any(|k| w.low[k] == "us")
            && w.behind(i, 2).any(|k| matches!(w.low[k].as_str(), "are" | "is" | "'s"))
            || low == "free" && i > 0 && matches!(w.low[i - 1].as_str(), "is" | "are") && w.breaks_after(i)
        {
            out.push(found(w.span(i, i), "free offer", false));
        }
        // `The first lesson is free`, `your first month is free`, `the first 3 months are on us`: a trial
        // given away to open a sale.
        let given = low == "free" && i > 0 && matches!(w.low[i - 1].as_str(), "is" | "are");
        let on_us = low == "on"
            && w.ahead(i, 1).any(|k| w.low[k] == "us")
            && i > 0
            && matches!(w.low[i - 1].as_str(), "is" | "are");
        if (given || on_us)
            && let Some(first) = w.behind(i - 1, 5).find(|&k| w.low[k] == "first")
        {
            out.push(found(w.span(first, i), "free offer", true));
        }
        if matches!(low, "we" | "we've")
            && let Some(k) = track_record(w, i)
        {
            out.push(found(w.span(i, k), "track record", false));
        }
        if matches!(low, "my" | "our")
            && let Some(k) = w.ahead(i, 2).find_map(|k| w.noun_in(k, client_nouns()))
        {
            out.push(found(w.span(i, k), "clients", false));
        }
    }
    out.extend(time_slots(w));
    out.extend(asks_for_time(w));
    // A closing question counts where no other sign already stands on its words.
    let questions: Vec<Found> = offer_questions(w)
        .into_iter()
        .filter(|q| !out.iter().any(|f| f.span.start < q.span.end && q.span.start < f.span.end))
        .collect();
    out.extend(questions);
    out
}

/// What a seller offers in the closing question: a quote, samples, the deck, a trial.
const OFFERED: &[&str] = &[
    "quote",
    "quotes",
    "sample",
    "samples",
    "demo",
    "trial",
    "deck",
    "link",
    "video",
    "teaser",
    "brochure",
    "proposal",
    "audit",
    "walkthrough",
    "peek",
    "preview",
    "pricing",
    "prices",
    "breakdown",
    "estimate",
    "mockup",
    "mock-up",
    "playbook",
    "checklist",
    "catalogue",
    "catalog",
    "portfolio",
    "rates",
];

/// The closing question of a sales note, weak (a personal note may end on a question; beside another
/// sign it closes a sale):
/// - a question of four words or fewer that asks for interest: `Interested?`, `Worth a chat?`, `Keen to
///   hear more?`, `Fancy a look?`;
/// - something offered with `want`/`like`: `Want a quote?` (strong: a quote is a price), `Want to see
///   samples?`, `Would you like a trial account?`;
/// - `shall`/`may`/`can`/`could` `I`/`we` and `send`/`share`/`show`/`forward` and what is sent: `Shall I send
///   the deck?`, `Can I send the link?`;
/// - time asked for in minutes: `Got 10 mins Tuesday?`, `Could I drop by for 20 minutes?`;
/// - `hear more` in a question.
///
/// The question's first and last tokens.
fn offer_questions(w: &Words<'_>) -> Vec<Found> {
    let mut out = Vec::new();
    for s in w.sentences() {
        let (a, b) = (s.start, s.end);
        if b == 0 || !w.text[w.toks[b - 1].span.end..].trim_start().starts_with('?') {
            continue;
        }
        let words: Vec<usize> = (a..b).filter(|&k| w.is_word(k)).collect();
        let has = |x: &str| words.iter().any(|&k| w.low[k] == x);
        // The sign's own words only: a span over the whole question would swallow the other signs in it.
        let short_interest = (words.len() <= 4)
            .then(|| {
                words
                    .iter()
                    .copied()
                    .find(|&k| matches!(w.low[k].as_str(), "interested" | "worth" | "keen" | "fancy" | "curious"))
            })
            .flatten()
            .map(|k| (k, k));
        let offered = words.iter().position(|&k| matches!(w.low[k].as_str(), "want" | "like")).and_then(|p| {
            words[p + 1..]
                .iter()
                .take(4)
                .copied()
                .find(|&k| OFFERED.contains(&w.low[k].as_str()))
                .map(|k| (words[p], k))
        });
        let sends = words
            .windows(3)
            .find(|t| {
                matches!(w.low[t[0]].as_str(), "shall" | "may" | "can" | "could")
                    && matches!(w.low[t[1]].as_str(), "i" | "we")
                    && matches!(w.low[t[2]].as_str(), "send" | "share" | "show" | "forward" | "email")
            })
            .map(|t| (t[0], t[2]));
        let minutes = words
            .iter()
            .copied()
            .find(|&k| {
                matches!(w.low[k].as_str(), "mins" | "minutes" | "min" | "minute")
                    && (has("got") || has("drop") || has("stop") || has("pop") || has("swing"))
            })
            .map(|k| (k, k));
        let hear_more = words.windows(2).find(|t| w.low[t[0]] == "hear" && w.low[t[1]] == "more").map(|t| (t[0], t[1]));
        if let Some((x, k)) = offered {
            out.push(found(w.span(x, k), "ask", matches!(w.low[k].as_str(), "quote" | "quotes")));
        } else if let Some((x, y)) = short_interest.or(sends).or(minutes).or(hear_more) {
            out.push(found(w.span(x, y), "ask", false));
        }
    }
    out
}

/// An offer to deliver at token `i`: `happy to`/`glad to`, or `may`/`could`/`can` and `I`, then a verb of
/// delivering (`send`, `share`, `bring`, `drop`, `set … up`, `put together`, `look over`, `show`). The
/// verb's token.
fn delivers(w: &Words<'_>, i: usize) -> Option<usize> {
    const DELIVER: &[&str] = &["send", "share", "bring", "drop", "set", "put", "look", "show", "introduce", "quote"];
    let mut ahead = w.ahead(i, 3);
    let next = ahead.next()?;
    let v = match w.low[i].as_str() {
        "happy" | "glad" | "love" => (w.low[next] == "to").then(|| ahead.next()).flatten()?,
        _ => (w.low[next] == "i").then(|| ahead.next()).flatten()?,
    };
    DELIVER.contains(&w.low[v].as_str()).then_some(v)
}

/// The sender serving a market (token `i`: `I`, `we`): `I advise young professionals in Nairobi…`, `we
/// place data engineers across the Midlands`, `I work one-to-one with newly appointed executives`: a verb
/// of service in the present and, within three words, a plural noun for the people served. Weak.
fn serves_people(w: &Words<'_>, i: usize) -> Option<usize> {
    const SERVE: &[&str] = &[
        "advise",
        "place",
        "coach",
        "mentor",
        "train",
        "support",
        "represent",
        "insure",
        "supply",
        "serve",
        "work",
        "partner",
        "handle",
        "source",
    ];
    let v = w.ahead(i, 1).next()?;
    SERVE.contains(&w.low[v].as_str()).then_some(())?;
    let from =
        if matches!(w.low[v].as_str(), "work" | "partner") { w.ahead(v, 3).find(|&k| w.low[k] == "with")? } else { v };
    w.ahead(from, 4)
        .find(|&k| w.is_word(k) && is_person_noun(&w.low[k]) && lexicon().tags(&w.low[k]).any(Tags::NOUN_PL))
}

/// The sender making or selling a product: `I`/`we` (`I'm`, `we're`, `we've`), at most one word, a verb
/// of making or selling and, within four words, an `offer-noun` (`We built a tool just for electrical
/// contractors`, `we're building an incident management tool`). Weak: a personal note may say what the
/// sender builds once. The noun's token.
fn makes_product(w: &Words<'_>, i: usize) -> Option<usize> {
    const MAKE: &[&str] = &[
        "build",
        "built",
        "building",
        "make",
        "made",
        "making",
        "develop",
        "developed",
        "developing",
        "launch",
        "launched",
        "launching",
        "create",
        "created",
        "creating",
        "sell",
        "selling",
        "supply",
        "supplying",
        "provide",
        "providing",
        "distribute",
        "distributing",
        "design",
        "designed",
        "designing",
    ];
    matches!(w.low[i].as_str(), "i" | "we" | "i'm" | "we're" | "we've" | "i've").then_some(())?;
    let v = w.ahead(i, 2).find(|&k| MAKE.contains(&w.low[k].as_str()))?;
    // Past the article: `a tool`, `an incident management tool`.
    let from = w.ahead(v, 1).find(|&k| matches!(w.low[k].as_str(), "a" | "an" | "the" | "our")).unwrap_or(v);
    let k = w.noun_ahead(from, 4, offer_nouns())?;
    // The head of its phrase: not `agency` in `we supply agency nurses`.
    let modifier = w.ahead(k, 1).any(|m| lexicon().tags(&w.low[m]).only(Tags::NOUN_PL, Tags::FUNCTION));
    (!modifier).then_some(k)
}

/// A question that asks for the person's time or interest, the close of a sales note: a meeting, a chat
/// or a number of minutes (`When suits you for a call?`, `Got 10 minutes for me to show you?`), `show
/// you`, `worth exploring`, `interested in`, `like to discuss`. Weak: a personal note may ask for a chat;
/// beside a product, a service or an offer it is a pitch. The question's first and last tokens.
fn asks_for_time(w: &Words<'_>) -> Vec<Found> {
    let mut out = Vec::new();
    for sentence in w.sentences() {
        let end = sentence.end - 1;
        if !w.gap_after(end).trim_start().starts_with('?') {
            continue;
        }
        let pair =
            |k: usize, a: &str, b: &[&str]| w.low[k] == a && w.ahead(k, 1).any(|m| b.contains(&w.low[m].as_str()));
        let asks = sentence.clone().any(|k| {
            w.noun_in(k, meeting_nouns()).is_some()
                || w.low[k] == "chat"
                || matches!(w.low[k].as_str(), "minutes" | "mins") && k > 0 && w.toks[k - 1].kind == TokenKind::Number
                || pair(k, "show", &["you"])
                || pair(k, "worth", &["exploring", "a"])
                || pair(k, "interested", &["in"])
                || w.low[k] == "discuss" && w.breaks_after(k)
                || pair(k, "suits", &["you"])
                || pair(k, "it", &["make"]) && w.ahead(k, 2).any(|m| w.low[m] == "sense")
                || pair(k, "be", &["useful", "interested", "helpful"])
                || w.low[k] == "worth" && w.breaks_after(k)
                || pair(k, "this", &["help"])
                || pair(k, "stopping", &["by"])
        });
        if asks {
            out.push(found(w.span(sentence.start, end), "ask", false));
        }
    }
    out
}

/// A form of `help` (or another verb of service, token `i`) said by the sender (`I`, `we`, `I'm`, `our`, `my`… within four words
/// before it in the same clause) followed within three words by a plural noun: the customers. With a
/// verb right after them, or `to` and a verb, it is the value proposition's full shape (`I help clinics
/// get more patients`, `we've helped 40+ practices double…`, `a copywriter helping SaaS brands turn…`,
/// `I coach new managers to lead…`).
/// Returns the first token of the claim, the plural noun's token and whether the full shape is there.
fn help_claim(w: &Words<'_>, i: usize) -> Option<(usize, usize, bool)> {
    const SENDER: &[&str] = &["i", "we", "i'm", "we're", "i've", "we've", "our", "my"];
    // Or the seller's business right before the verb: `a 3D rendering studio helping architects win…`,
    // `a telematics provider helping hire fleets track…`.
    let business = || {
        w.behind(i, 1).find(|&k| {
            w.noun_in(k, business_nouns()).is_some() || w.noun_in(k, offer_nouns()).is_some() || w.low[k] == "provider"
        })
    };
    let subject = w.behind(i, 4).find(|&k| SENDER.contains(&w.low[k].as_str())).or_else(business)?;
    let lex = lexicon();
    let mut k = w.ahead(i, 3).find(|&k| w.is_word(k) && is_plural_noun(&w.low[k]))?;
    // The head of a compound: `logistics firms`.
    while let Some(n) = w.ahead(k, 1).find(|&n| w.is_word(n) && is_plural_noun(&w.low[n])) {
        k = n;
    }
    // What the customers then do: a verb right after them, or `to` and a verb.
    let verb = |v: usize| {
        let t = lex.tags(&w.low[v]);
        w.is_word(v) && t.any(Tags::VERB) && !t.any(Tags::FUNCTION | Tags::NOUN_PL)
    };
    let mut next = w.ahead(k, 2);
    let outcome = match next.next() {
        Some(v) if w.low[v] == "to" => next.next().is_some_and(verb),
        Some(v) => verb(v),
        None => false,
    };
    Some((subject, k, outcome))
}

/// A number written as a word, up to sixty (`twenty`, `fifteen`, `a`): `book twenty minutes`.
fn is_number_word(word: &str) -> bool {
    matches!(
        word,
        "five" | "ten" | "fifteen" | "twenty" | "thirty" | "forty" | "forty-five" | "sixty" | "few" | "couple"
    )
}

/// Whether a percentage follows token `i` (`by 40%`, `to 30%`).
fn percent_after(w: &Words<'_>, i: usize) -> bool {
    w.ahead(i, 1).any(|k| {
        w.toks[k].kind == TokenKind::Number && w.text[w.toks[k].span.end..].trim_start().starts_with('%')
            || w.toks[k].text(w.text).ends_with('%')
    })
}

/// Whether the sentence of token `i` has the sender in it (`we`, `I`, `our`, `my`).
fn first_person_in_sentence(w: &Words<'_>, i: usize) -> bool {
    let at = w.toks[i].span.start;
    crate::text::sentences(w.text).into_iter().find(|s| s.contains(&at)).is_some_and(|s| {
        (0..w.toks.len()).any(|k| {
            s.contains(&w.toks[k].span.start)
                && matches!(
                    w.low[k].as_str(),
                    "we" | "i" | "our" | "my" | "we'll" | "i'll" | "we've" | "i've" | "we're" | "i'm" | "we'd" | "i'd"
                )
        })
    })
}

/// The sender describing their business as what sellers call it: `we're a specialist recruitment agency`,
/// `we are a small design studio`, `I run a digital consultancy` (an `offer-noun` within four words of
/// `a`/`an`). The noun's token.
fn service_business(w: &Words<'_>, i: usize) -> Option<usize> {
    let next = |k: usize| w.ahead(k, 1).next();
    let article = match w.low[i].as_str() {
        "we're" => next(i)?,
        "we" | "i" => {
            let v = next(i)?;
            let self_described = (w.low[i] == "we" && w.low[v] == "are")
                || matches!(w.low[v].as_str(), "run" | "own" | "founded" | "co-founded" | "represent");
            self_described.then_some(())?;
            next(v)?
        }
        // `I'm the founder of a podcast production agency`.
        "i'm" => {
            let the = next(i)?;
            let role = next(the)?;
            let of = next(role)?;
            (matches!(w.low[the].as_str(), "the" | "a")
                && matches!(w.low[role].as_str(), "founder" | "co-founder" | "owner" | "ceo" | "md" | "director")
                && w.low[of] == "of")
                .then_some(())?;
            next(of)?
        }
        _ => return None,
    };
    if let Some(end) =
        matches!(w.low[article].as_str(), "a" | "an").then(|| w.noun_ahead(article, 4, offer_nouns())).flatten()
    {
        return Some(end);
    }
    // A seller's own business (`we are a Cairo-based scaffolding rental company`, `we're the UAE
    // distributor for…`): the `business-noun` rows, weak like the rest.
    matches!(w.low[article].as_str(), "a" | "an" | "the").then_some(())?;
    w.noun_ahead(article, 6, business_nouns())
}

/// More signs of selling, at token `i`: the last token, the kind and whether the sign is strong.
/// - strong: a quote offered, a verb of giving and within four words `quote`, `quotation` or `estimate`
///   (`I'll send a quote`, `I can get you a term life quote`); a brochure, catalogue or price list in a
///   sentence that offers to send it (`Catalogue will be sent upon request`, `Message me for the brochure`);
/// - weak: the sender's product solving it (`our dashcam telematics tackles exactly that`); the cold email's
///   question who looks after something of theirs (`who handles your cyber insurance renewal?`); no fee
///   as a term of sale (`no lease-up fee`); the sender's business named without an article (`we are manufacturer of sinks`); goods at
///   some rates or prices (`at trade rates`, `at factory prices`).
fn more_pitch_signs(w: &Words<'_>, i: usize) -> Option<(usize, &'static str, bool)> {
    let low = w.low[i].as_str();
    let sentence = w.sentence_around(i);
    let in_sentence = |words: &[&str]| sentence.clone().any(|k| words.contains(&w.low[k].as_str()));
    let end = w.sentence_of.get(i).map_or(i + 1, |s| s.end);
    let question = end > 0 && w.gap_after(end - 1).contains('?');
    match low {
        "send" | "get" | "give" | "email" | "prepare" | "sending" | "drop" | "do" => {
            let k = w.ahead(i, 5).find(|&k| matches!(w.low[k].as_str(), "quote" | "quotation" | "estimate"))?;
            // What is given is the quote: `you`, an article or adjectives between, no other noun's verb.
            w.ahead(i, 5)
                .take_while(|&m| m < k)
                .all(|m| {
                    let t = lexicon().tags(&w.low[m]);
                    matches!(w.low[m].as_str(), "you" | "a" | "an" | "the" | "free" | "quick" | "rough" | "over")
                        || !(t.any(Tags::PREP | Tags::PRON | Tags::OBJ) || t.any(Tags::VERB) && !t.any(Tags::NOUN))
                })
                .then_some((k, "quote", true))
        }
        "catalogue" | "catalog" | "brochure" | "brochures" | "catalogues" | "pricelist" => {
            in_sentence(&["request", "send", "sent", "message", "email", "dm", "whatsapp", "share", "attached"])
                .then_some((i, "catalogue", true))
        }
        "our" => {
            let v = w.ahead(i, 4).skip(1).find(|&k| {
                matches!(
                    w.low[k].as_str(),
                    "tackles" | "solves" | "fixes" | "addresses" | "automates" | "eliminates" | "prevents" | "handles"
                )
            })?;
            w.ahead(v, 2)
                .find(|&k| matches!(w.low[k].as_str(), "that" | "this" | "it" | "exactly"))
                .map(|k| (k, "product", false))
        }
        "who" if question => {
            let v = w.ahead(i, 2).find(|&k| {
                matches!(w.low[k].as_str(), "handles" | "manages" | "looks" | "oversees" | "runs" | "takes" | "is")
            })?;
            let your = w.ahead(v, 4).find(|&k| w.low[k] == "your")?;
            (w.low[v] != "is" || w.ahead(v, 2).any(|k| matches!(w.low[k].as_str(), "responsible" | "charge")))
                .then_some((your, "who-handles", false))
        }
        "no" => {
            let k = w.ahead(i, 4).find(|&k| matches!(w.low[k].as_str(), "fee" | "fees" | "commission"))?;
            // `no lease-up fee`, `no joining fees`; not `no idea what the fee was`.
            w.ahead(i, 4)
                .take_while(|&m| m < k)
                .all(|m| !lexicon().tags(&w.low[m]).any(Tags::PRON | Tags::DET))
                .then_some((k, "terms", false))
        }
        "we" | "we're" => {
            let mut k = w.ahead(i, 1).next()?;
            if low == "we" {
                (w.low[k] == "are").then_some(())?;
                k = w.ahead(k, 1).next()?;
            }
            // `we are a …` is `service_business`'s; here the article is missing.
            if matches!(w.low[k].as_str(), "a" | "an" | "the") {
                return None;
            }
            w.ahead(k - 1, 3).find_map(|m| w.noun_in(m, business_nouns())).map(|e| (e, "business", false))
        }
        "at" => {
            let r = w.ahead(i, 3).nth(1).filter(|&k| matches!(w.low[k].as_str(), "rates" | "prices"))?;
            let adj = w.ahead(i, 1).next()?;
            (!matches!(w.low[adj].as_str(), "current" | "market" | "the" | "these" | "those" | "today's"))
                .then_some((r, "rates", false))
        }
        _ => None,
    }
}

/// `I`/`we` (token `i`), a verb in the present, its object and `for` a plural noun: `I build websites
/// for roofers`, `we write copy for SaaS brands`. The plural noun's token.
fn service_for_market(w: &Words<'_>, i: usize) -> Option<usize> {
    let lex = lexicon();
    let v = w.ahead(i, 1).next()?;
    let t = lex.tags(&w.low[v]);
    if !w.is_word(v) || !t.any(Tags::VERB) || t.any(Tags::FUNCTION) {
        return None;
    }
    // At least one word of object between the verb and `for` (`I work for startups` is a job).
    let f = w.ahead(v, 6).skip(1).find(|&k| w.low[k] == "for")?;
    w.ahead(f, 2).find(|&k| w.is_word(k) && is_plural_at(w, k))
}

/// A plural noun: the lexicon's, or a compound of `people` (`tradespeople`, `salespeople`).
fn is_plural_noun(word: &str) -> bool {
    lexicon().tags(word).only(Tags::NOUN_PL, Tags::FUNCTION) || (word.len() > 6 && word.ends_with("people"))
}

/// A plural noun, or the plural of an acronym (`NGOs`, `SMEs`: capitals and a final `s`), token `k`.
fn is_plural_at(w: &Words<'_>, k: usize) -> bool {
    let raw = w.toks[k].text(w.text);
    is_plural_noun(&w.low[k])
        || raw.len() >= 3 && raw.ends_with('s') && raw[..raw.len() - 1].chars().all(|c| c.is_ascii_uppercase())
}

/// `can`/`could`/`shall`/`may` before `I`/`we` (token `i`), then `send`/`show`/`share`/`offer`/`give`
/// and `you`: `Shall I send you…`, `Can we show you…`. The `you` token.
fn offer_to_send(w: &Words<'_>, i: usize) -> Option<usize> {
    (i > 0 && !w.breaks_after(i - 1) && matches!(w.low[i - 1].as_str(), "can" | "could" | "shall" | "may"))
        .then_some(())?;
    let v = w.ahead(i, 1).next()?;
    matches!(w.low[v].as_str(), "send" | "show" | "share" | "offer" | "give").then_some(())?;
    // `Shall I send you…`, or what a seller sends without `you`: `Shall I send details?`
    w.ahead(v, 1).find(|&k| {
        matches!(w.low[k].as_str(), "you" | "details" | "info" | "information" | "pricing" | "samples" | "over" | "how")
    })
}

/// The token range `(a, b)` of a price starting at token `i`, if one does.
fn price_at(w: &Words<'_>, i: usize) -> Option<(usize, usize)> {
    let t = w.toks[i];
    let s = t.text(w.text);
    let is_sign = |s: &str| currency("sign").contains(&s);
    let first = s.chars().next().map(|c| c.to_string()).unwrap_or_default();
    let last = s.chars().next_back().map(|c| c.to_string()).unwrap_or_default();
    let next_number = |k: usize| k + 1 < w.toks.len() && w.toks[k + 1].kind == TokenKind::Number && !w.breaks_after(k);
    if t.kind == TokenKind::Number && s.chars().any(|c| c.is_ascii_digit()) && (is_sign(&first) || is_sign(&last)) {
        return Some((i, i));
    }
    // A sign on its own before a number (`€ 45`).
    if is_sign(s) && next_number(i) {
        return Some((i, i + 1));
    }
    // An ISO 4217 code (written in capitals) before or after a number.
    if t.kind == TokenKind::Word && s.len() == 3 && currency("code").contains(&s) {
        if next_number(i) {
            return Some((i, i + 1));
        }
        if i > 0 && w.toks[i - 1].kind == TokenKind::Number && !w.breaks_after(i - 1) {
            return Some((i - 1, i));
        }
    }
    None
}

/// A meeting noun in the same sentence as a weekday, `tomorrow`, `this/next week` or a clock time.
fn time_slots(w: &Words<'_>) -> Vec<Found> {
    const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow"];
    let mut out = Vec::new();
    for s in crate::text::sentences(w.text) {
        let inside: Vec<usize> =
            (0..w.toks.len()).filter(|&k| w.toks[k].span.start >= s.start && w.toks[k].span.end <= s.end).collect();
        let meeting = inside.iter().find_map(|&k| w.noun_in(k, meeting_nouns()));
        let when = inside.iter().find(|&&k| {
            let l = w.low[k].as_str();
            DAYS.contains(&l)
                || (l == "week" && k > 0 && matches!(w.low[k - 1].as_str(), "this" | "next"))
                || is_clock(l)
                || (matches!(l, "am" | "pm") && k > 0 && w.toks[k - 1].kind == TokenKind::Number)
        });
        if let (Some(m), Some(&t)) = (meeting, when) {
            let (a, b) = (m.min(t), m.max(t));
            out.push(found(w.span(a, b), "time slot", false));
        }
    }
    out
}

/// `10:00`, `9:30`, `2pm`, `11am`.
fn is_clock(s: &str) -> bool {
    let bare = s.trim_end_matches("am").trim_end_matches("pm");
    let digits = |p: &str| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit());
    match bare.split_once(':') {
        Some((h, m)) => digits(h) && m.len() == 2 && digits(m),
        None => bare.len() < s.len() && digits(bare),
    }
}

/// Job and referral asks found from structure:
/// * asking to be referred, recommended or introduced: a present form of `refer`, `recommend` or
///   `introduce` followed by `me` (`could you refer me`, `open to referring me`, `introduce me to your
///   recruiter`; not `Sam recommended me to you`, which is a mutual connection);
/// * a `job-noun` (opening, role, position, vacancy, opportunity…, one slip allowed in words of six
///   letters or more: `oppurtunity`, `postions`) after `any`/`open`/`available` within three words,
///   after `seeking` within four, `applying` within five, or after `looking for`/`searching for` within four (not
///   `looking at your new role`); after `applying`, an `application-noun` too (`applying for the
///   graduate programme`);
/// * a question to them about hiring: `hiring` or `recruiting`, or `taking on`/`looking for`/`need` and
///   a `worker-noun` within three words (`Are you taking on any apprentices?`);
/// * sending my CV: `send`/`share`/`forward`/`pass`/`attach` and `my CV`/`resume`/`details` within three
///   words;
/// * a wish to work there: `love to work for…`, `keen to join your team` (see `wish_to_work_there`).
pub fn job_asks(w: &Words<'_>) -> Vec<Found> {
    let mut out = Vec::new();
    let questions: Vec<std::ops::Range<usize>> =
        crate::text::sentences(w.text).into_iter().filter(|s| w.text[s.clone()].trim_end().ends_with('?')).collect();
    let in_question = |i: usize| questions.iter().any(|q| q.contains(&w.toks[i].span.start));
    // A clause of `if` or `in case` asks as a question does: `If your company takes on apprentices, I'd
    // love to…`, `in case your team is looking for freelancers`.
    let in_condition =
        |i: usize| w.behind(i, 6).any(|k| w.low[k] == "if" || w.low[k] == "case" && k > 0 && w.low[k - 1] == "in");
    let worker = |i: usize, n: usize| {
        w.ahead(i, n).find(|&k| singulars(&w.low[k]).iter().any(|s| worker_nouns().contains(&s.as_str())))
    };
    for i in 0..w.toks.len() {
        if !w.is_word(i) {
            continue;
        }
        let low = w.low[i].as_str();
        let referral = ["refer", "recommend", "introduc"].iter().any(|v| low.starts_with(v))
            && !low.starts_with("referenc")
            && !low.ends_with("ed")
            && w.low.get(i + 1).is_some_and(|x| x == "me")
            && !w.breaks_after(i)
            // `recommend me a book` asks for a thing, not for a referral.
            && !w.low.get(i + 2).is_some_and(|x| matches!(x.as_str(), "a" | "an" | "some" | "any"));
        // `introduce me to her for a short interview` for a thesis or a feature asks for a source, not a
        // job.
        let research = low.starts_with("introduc")
            && w.low.iter().any(|x| {
                matches!(
                    x.as_str(),
                    "research"
                        | "researching"
                        | "thesis"
                        | "dissertation"
                        | "journalist"
                        | "feature"
                        | "article"
                        | "podcast"
                        | "documentary"
                )
            });
        if referral && !research {
            out.push(found(w.span(i, i + 1), "referral", false));
            continue;
        }
        if let Some(k) = other_job_ask(w, i, in_question(i)) {
            out.push(found(w.span(i, k), "job", false));
            continue;
        }
        let followed_by_for = w.ahead(i, 1).any(|k| w.low[k] == "for");
        let reach = match low {
            "any" | "open" | "available" => 3,
            "seeking" => 4,
            "applying" | "applied" | "apply" => 5,
            "looking" | "searching" if followed_by_for => 5,
            "accepting" => 4,
            _ => 0,
        };
        let applied_for = |k: usize| {
            matches!(low, "applying" | "applied")
                && singulars(&w.low[k]).iter().any(|s| application_nouns().contains(&s.as_str()))
                || low == "accepting" && w.low[k] == "applications"
        };
        // `considering applying to PhD programmes … any advice?`: the sender's plan, asked advice about.
        let plan_for_advice = matches!(low, "applying" | "apply")
            && i > 0
            && matches!(w.low[i - 1].as_str(), "considering" | "about" | "planning" | "before")
            && w.low.iter().any(|x| x == "advice");
        if reach > 0
            && !plan_for_advice
            && let Some(k) =
                w.ahead(i, reach).find(|&k| is_job_noun(&w.low[k], low) || applied_for(k) || looked_for_work(w, low, k))
        {
            out.push(found(w.span(i, k), "job", false));
            continue;
        }
        let take_on = matches!(low, "taking" | "take" | "takes") && w.ahead(i, 1).any(|k| w.low[k] == "on");
        let looking_for = low == "looking" && followed_by_for;
        let needs = matches!(low, "need" | "needs" | "needing");
        if in_question(i)
            || (take_on || looking_for || needs || low == "taking" || low == "accepting") && in_condition(i)
        {
            let next_is = |word: &str| w.ahead(i, 1).any(|k| w.low[k] == word);
            // `your 2025 hiring plans`, `the hiring process`: after a number or a determiner, a modifier
            // of a noun that is not a person.
            let modifies = || {
                i > 0
                    && (w.toks[i - 1].kind == TokenKind::Number || lexicon().tags(&w.low[i - 1]).any(Tags::DET))
                    && w.ahead(i, 1).any(|k| {
                        let t = lexicon().tags(&w.low[k]);
                        t.any(Tags::NOUN | Tags::NOUN_PL) && !t.any(Tags::FUNCTION) && !is_person_noun(&w.low[k])
                    })
            };
            let ask = match low {
                // Not the noun after a possessive: `support your hiring this quarter`.
                // Nor a topic after a preposition or `and` (`swap notes on tooling and hiring`).
                "hiring" | "recruiting"
                    if !(modifies()
                        || i > 0 && lexicon().tags(&w.low[i - 1]).any(Tags::POSS | Tags::PREP | Tags::CONJ)) =>
                {
                    Some(i)
                }
                "taking" | "take" | "takes" if next_is("on") => {
                    worker(i, 5).or_else(|| w.ahead(i, 5).find(|&k| is_person_noun(&w.low[k])))
                }
                "looking" if followed_by_for => worker(i, 4).or_else(|| {
                    w.ahead(i, 3).find(|&k| matches!(w.low[k].as_str(), "anyone" | "someone" | "anybody" | "somebody"))
                }),
                // `Would your practice consider a part-time nurse?`
                "consider" | "considering" if in_question(i) => {
                    w.ahead(i, 4).find(|&k| is_person_noun(&w.low[k]) || agent_after_article(w, k))
                }
                // `Are you taking students?`, `is St. Luke's accepting new staff nurses?`, `Do you ever take
                // freelancers at the agency?`
                "taking" | "accepting" | "take" | "takes" if !next_is("on") => worker(i, 3),
                // `if Hutchies needs anyone`, `if Twinkl ever needs curriculum writers`: people, not help.
                // An offer of a hand (`happy to help if you need hands`) is not an ask.
                "need" | "needs" | "needing" => worker(i, 3)
                    .or_else(|| {
                        w.ahead(i, 3).find(|&k| {
                            is_person_noun(&w.low[k])
                                || agent_after_article(w, k)
                                || matches!(w.low[k].as_str(), "anyone" | "someone" | "anybody" | "somebody")
                        })
                    })
                    .filter(|&k| !matches!(w.low[k].as_str(), "hand" | "hands" | "people")),
                _ => None,
            };
            if let Some(k) = ask {
                out.push(found(w.span(i, k), "job", false));
                continue;
            }
        }
        if let Some(k) = wish_to_work_there(w, i).or_else(|| joins_the_team(w, i)) {
            out.push(found(w.span(i, k), "job", false));
            continue;
        }
        if matches!(low, "send" | "share" | "forward" | "pass" | "attach" | "attached" | "sending" | "sharing")
            && let Some(k) = w.ahead(i, 3).find(|&k| {
                matches!(w.low[k].as_str(), "cv" | "resume" | "résumé" | "details" | "application")
                        // `forward my profile to your legal team`: passed on, a profile is a CV.
                        || w.low[k] == "profile" && matches!(low, "forward" | "pass")
            })
            && w.ahead(i, 3).any(|m| w.low[m] == "my")
        {
            out.push(found(w.span(i, k), "cv", false));
        }
    }
    out
}

/// Job nouns in an `if` clause of the sender's (see [`conditional_opening`]), each with the byte span
/// of its sentence: the caller keeps those whose sentence asks nothing else (`if a role opens up I'd be
/// grateful to be kept in mind` is one ask).
pub fn conditional_openings(w: &Words<'_>) -> Vec<(Found, std::ops::Range<usize>)> {
    (0..w.toks.len())
        .filter(|&i| w.is_word(i) && is_job_noun(&w.low[i], "") && conditional_opening(w, i))
        .map(|i| {
            let s = w.sentence_around(i);
            (found(w.span(i, i), "job", false), w.toks[s.start].span.start..w.toks[s.end - 1].span.end)
        })
        .collect()
}

/// Asks for work in other shapes, at token `i` (the last token of the ask):
/// - `if you kept me in mind`, `keep me in your mind`, `bear me in mind`;
/// - `remember me` or `think of me` in a sentence with `if` (`If you're ever short of drivers, remember me!`);
/// - `hire me` in a question or before `as` (not `hire me to build your site`, a service);
/// - between roles, jobs or contracts;
/// - an offer to work unpaid: `work`, `volunteer`, `assist`, `intern` or `shadow` and `unpaid` or `for free` in
///   one sentence of the sender's;
/// - `help me` or `assist me` with or to find a job;
/// - short of or on people, in a sentence with `if`;
/// - a question whether their team or company is growing or expanding;
/// - a question whether they have openings or vacancies.
fn other_job_ask(w: &Words<'_>, i: usize, question: bool) -> Option<usize> {
    const EMPLOYER: &[&str] =
        &["team", "teams", "company", "firm", "practice", "department", "crew", "group", "office", "business"];
    let low = w.low[i].as_str();
    let next = |n: usize| w.ahead(i, n).last().filter(|_| w.ahead(i, n).count() == n);
    let word_at = |k: Option<usize>, words: &[&str]| k.is_some_and(|k| words.contains(&w.low[k].as_str()));
    let sentence = w.sentence_around(i);
    let in_sentence = |words: &[&str]| sentence.clone().any(|k| words.contains(&w.low[k].as_str()));
    match low {
        "keep" | "kept" | "keeping" | "bear" if word_at(next(1), &["me"]) && word_at(next(2), &["in"]) => {
            w.ahead(i, 7).find(|&k| w.low[k] == "mind")
        }
        "remember" | "think" if word_at(next(1), &["me"]) || low == "think" && word_at(next(1), &["of"]) => {
            let me = if low == "think" { next(2).filter(|&k| w.low[k] == "me")? } else { next(1)? };
            // `if you remember me` asks whether they do; `remember me` after the `if` clause asks for work.
            let subject =
                i > 0 && matches!(w.low[i - 1].as_str(), "you" | "i" | "we" | "they" | "he" | "she" | "still");
            (in_sentence(&["if"]) && !subject).then_some(me)
        }
        "hire" if word_at(next(1), &["me"]) && (question || word_at(next(2), &["as"])) => next(1),
        "between" if word_at(next(1), &["roles", "jobs", "contracts", "positions", "gigs"]) => next(1),
        "help" | "assist" if word_at(next(1), &["me"]) => {
            w.ahead(i, 5).skip(1).find(|&k| is_job_noun(&w.low[k], "seeking"))
        }
        "work" | "volunteer" | "assist" | "intern" | "shadow" | "help" => {
            let unpaid = sentence
                .clone()
                .find(|&k| w.low[k] == "unpaid" || w.low[k] == "free" && k > 0 && w.low[k - 1] == "for")?;
            in_sentence(&["i", "i'd", "i'm", "i'll"]).then_some(unpaid.max(i))
        }
        // Asked outright, or as `would love to know if your team is expanding`.
        "growing" | "expanding"
            if question
                || w.behind(i, 5).any(|k| w.low[k] == "if")
                    && in_sentence(&["know", "wondering", "wonder", "curious", "hear"])
                    && in_sentence(&["i", "i'd", "love"]) =>
        {
            w.behind(i, 5).any(|k| EMPLOYER.contains(&w.low[k].as_str())).then_some(i)
        }
        // `I'm free from September`, `available from January`: the sender's availability for work.
        "free" | "available"
            if i > 0
                && matches!(w.low[i - 1].as_str(), "i'm" | "am")
                && word_at(next(1), &["from", "in", "after", "starting"]) =>
        {
            next(2).filter(|&k| is_month_or_season(&w.low[k]))
        }
        // `I need a clinical placement`: a job noun the sender needs.
        "need" if i > 0 && matches!(w.low[i - 1].as_str(), "i" | "and") => {
            w.ahead(i, 3).find(|&k| is_job_noun(&w.low[k], "seeking"))
        }
        // `any ASYE posts coming up`: posts that open, not their posts.
        "posts" | "post" if i > 0 && w.behind(i, 3).any(|k| w.low[k] == "any") => {
            word_at(next(1), &["coming", "available", "open", "going"]).then_some(i)
        }
        // `Heard you're short of drivers … keen if you are`: their shortage, and the sender is a person
        // (a staffing firm writes `we`).
        "short"
            if word_at(next(1), &["of", "on"])
                && (in_sentence(&["if"]) || !w.low.iter().any(|x| x == "we" || x == "we're" || x == "our")) =>
        {
            next(2).filter(|&k| is_person_noun(&w.low[k]) || worker_nouns().contains(&w.low[k].as_str()))
        }
        "have" | "has" if question => w
            .ahead(i, 3)
            .find(|&k| matches!(w.low[k].as_str(), "openings" | "vacancies" | "positions" | "roles" | "shifts")),
        // `who would be the right person to talk to about roles there?`: the one who hires, asked for.
        "person" | "people" | "contact"
            if i > 0 && matches!(w.low[i - 1].as_str(), "right" | "best" | "appropriate" | "correct") =>
        {
            sentence.clone().filter(|&k| k > i).find(|&k| is_job_noun(&w.low[k], "seeking"))
        }
        _ => None,
    }
}

/// A job noun (token `i`) in a clause of `if` in a sentence of the sender's: `If your team ever has
/// openings, I'd be grateful to hear`, `if there's ever a vacancy, I'd love to be thought of`, `if an
/// analyst spot opens at your fund`. Not the recruiter's `if you're open to a new role`, `if you'd
/// consider a move`, where the role is offered to them.
fn conditional_opening(w: &Words<'_>, i: usize) -> bool {
    let Some(k) = w.behind(i, 8).find(|&k| w.low[k] == "if") else { return false };
    // `if the opportunity arises` may be any chance at all (to collaborate, to meet); `if my role allows`
    // is the sender's.
    if w.low[i].starts_with("opportunit") || i > 0 && matches!(w.low[i - 1].as_str(), "my" | "our") {
        return false;
    }
    let clause_offers = (k + 1..i).any(|m| {
        matches!(
            w.low[m].as_str(),
            "open" | "consider" | "considering" | "interested" | "exploring" | "new" | "next" | "you're" | "you'd"
        )
    }) || w.low.get(k + 1).is_some_and(|x| x == "you")
        && w.low.get(k + 2).is_some_and(|x| x == "are");
    let sentence = w.sentence_around(i);
    let sender = sentence.clone().any(|m| matches!(w.low[m].as_str(), "i" | "i'd" | "i'm" | "i'll" | "me" | "my"));
    let hiring = sentence.clone().any(|m| matches!(w.low[m].as_str(), "we're" | "we" | "our" | "hiring"));
    !clause_offers && sender && !hiring
}

/// Whether the note speaks to the person about them: `you` (`you make the best sourdough`, `you'd`,
/// `yours`), or `your` before something that is not what everyone has (`your street`, not `your
/// experience`, `your profile`: the `vague-noun` rows).
pub fn speaks_to_them(w: &Words<'_>) -> bool {
    (0..w.toks.len()).any(|i| match w.low[i].as_str() {
        "you" | "you're" | "you've" | "you'd" | "you'll" | "yours" => {
            // Not the stock `thank you`, `to connect with you`, `hope you're well`.
            !(i > 0 && matches!(w.low[i - 1].as_str(), "thank" | "with" | "hope"))
        }
        "your" => w.ahead(i, 1).next().is_some_and(|k| w.is_word(k) && !is_vague(&w.low[k])),
        _ => false,
    })
}

/// Whether the note speaks of work at all: a job, worker or application noun, or a word of hiring,
/// applying and careers (`hiring`, `cv`, `career`, `shift`, `experience`…). The word model's job asks
/// need one: its words alone can read a chat at a summit as an ask.
pub fn speaks_of_work(w: &Words<'_>) -> bool {
    const WORK: &[&str] = &[
        "hiring",
        "hire",
        "hired",
        "recruiting",
        "recruitment",
        "recruiter",
        "apply",
        "applying",
        "applied",
        "application",
        "cv",
        "resume",
        "résumé",
        "work",
        "working",
        "career",
        "careers",
        "employment",
        "employer",
        "interview",
        "experience",
        "volunteer",
        "volunteering",
        "shift",
        "shifts",
        "contract",
        "freelance",
        "freelancing",
        "graduate",
        "graduated",
        "qualified",
        "licence",
        "license",
        "portfolio",
        "team",
        "headcount",
        "referral",
        "refer",
        "stage",
        "trial",
        "paid",
        "unpaid",
        "salary",
        "relocating",
        "available",
        "availability",
        "newly",
        "junior",
        "entry",
    ];
    w.low.iter().any(|x| {
        WORK.contains(&x.as_str())
            || is_job_noun(x, "seeking")
            || singulars(x)
                .iter()
                .any(|s| worker_nouns().contains(&s.as_str()) || application_nouns().contains(&s.as_str()))
    })
}

/// `a`/`an` and, within two words, a singular agent noun (`a reporter`, `a part-time nurse`, `an
/// electrician`) at token `k`.
fn agent_after_article(w: &Words<'_>, k: usize) -> bool {
    let x = w.low[k].as_str();
    x.len() > 5
        && ["er", "or", "ist", "ian"].iter().any(|e| x.ends_with(e))
        && w.behind(k, 3).any(|m| matches!(w.low[m].as_str(), "a" | "an"))
}

/// `work` as what is looked for (token `k`, after `looking`/`seeking`/`searching` at `lead`): `looking
/// for warehouse work`, `seeking casual work in Leeds`; not `looking for people to work with`.
fn looked_for_work(w: &Words<'_>, lead: &str, k: usize) -> bool {
    matches!(lead, "looking" | "seeking" | "searching")
        && w.low[k] == "work"
        && k > 0
        && w.low[k - 1] != "to"
        && (w.sentence_ends_after(k)
            || w.breaks_after(k)
            || w.low.get(k + 1).is_some_and(|x| matches!(x.as_str(), "in" | "as" | "at" | "near" | "around" | "and")))
}

/// A month or a season (`September`, `spring`), for `I'm free from September`.
fn is_month_or_season(word: &str) -> bool {
    matches!(
        word,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
    )
}

/// A noun for people who work: a `worker-noun`, a job word of `title-words.tsv`, or a plural agent noun
/// (`carpenters`, `electricians`, `machinists`).
fn is_person_noun(word: &str) -> bool {
    singulars(word).iter().any(|s| worker_nouns().contains(&s.as_str()) || title_words().contains(s.as_str()))
        || word.len() > 5 && ["ers", "ors", "ists", "ians"].iter().any(|x| word.ends_with(x))
}

/// A wish to work there, at token `i`: `love`/`like`/`keen`/`hoping`/`hope`/`want`/`eager` `to`, then
/// `work for`/`work at`, or `join` and within three words a `team`, `company`, `firm`, `practice`…
/// (`I'd love to work for Arup`, `keen to join your audit team`; not `love to work with you`, `join the
/// meetup`). The last token.
fn wish_to_work_there(w: &Words<'_>, i: usize) -> Option<usize> {
    const WISH: &[&str] =
        &["love", "like", "keen", "hoping", "hope", "want", "eager", "honoured", "honored", "thrilled", "delighted"];
    const EMPLOYER: &[&str] = &[
        "team",
        "company",
        "firm",
        "practice",
        "department",
        "organisation",
        "organization",
        "business",
        "staff",
        "group",
        "lab",
        "laboratory",
    ];
    if !WISH.contains(&w.low[i].as_str()) {
        return None;
    }
    let mut ahead = w.ahead(i, 3);
    (ahead.next().is_some_and(|k| w.low[k] == "to")).then_some(())?;
    let v = ahead.next()?;
    match w.low[v].as_str() {
        "work" => ahead.next().filter(|&k| matches!(w.low[k].as_str(), "for" | "at")),
        // `would love to be part of it` after a question about their growing team; `keen to be part of your
        // team`.
        "be" => {
            let part = ahead.next().filter(|&k| w.low[k] == "part")?;
            let of = w.ahead(part, 1).next().filter(|&k| w.low[k] == "of")?;
            w.ahead(of, 3).find(|&k| {
                EMPLOYER.contains(&w.low[k].as_str())
                    || w.low[k] == "it" && w.low.iter().any(|x| matches!(x.as_str(), "team" | "hiring" | "grow"))
            })
        }
        // `keen to do some work experience on your farm`, `love to do an internship with you`.
        "do" => w.ahead(v, 4).find(|&k| {
            is_job_noun(&w.low[k], "seeking")
                || singulars(&w.low[k]).iter().any(|s| application_nouns().contains(&s.as_str()))
                || w.low[k] == "experience" && w.low[k - 1] == "work"
        }),
        "join" => w.ahead(v, 3).find(|&k| EMPLOYER.contains(&w.low[k].as_str())),
        _ => None,
    }
}

/// `join` and its team (token `i`) later in a sentence the sender wishes in (`I would love the chance to
/// do a stage in your kitchen and, if it goes well, join the team`): `I` before it, and no `you` between
/// (`I'd love for you to join the team` offers the job). The team's token.
fn joins_the_team(w: &Words<'_>, i: usize) -> Option<usize> {
    const EMPLOYER: &[&str] = &["team", "crew", "company", "firm", "practice", "department", "kitchen", "staff"];
    // After `to` it is the wish of `wish_to_work_there` (`keen to join your data team`).
    (w.low[i] == "join" && !(i > 0 && w.low[i - 1] == "to")).then_some(())?;
    let end = w.ahead(i, 3).find(|&k| EMPLOYER.contains(&w.low[k].as_str()))?;
    let mut k = i;
    while k > 0 && !w.sentence_ends_after(k - 1) {
        k -= 1;
        match w.low[k].as_str() {
            "you" | "you're" | "you'd" | "you'll" => return None,
            "i" | "i'd" | "i'm" => return Some(end),
            _ => {}
        }
    }
    None
}

/// Whether `word` is a job noun, or one slip from one (six letters or more). `post` counts only after
/// `looking`/`searching`/`seeking`/`applying` (otherwise it is their post).
fn is_job_noun(word: &str, lead: &str) -> bool {
    let seeking = matches!(lead, "looking" | "searching" | "seeking" | "applying");
    singulars(word).iter().any(|s| job_nouns().iter().any(|&n| s == n && (n != "post" || seeking)))
        || near(word, job_nouns())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(f: fn(&Words<'_>) -> Vec<Found>, text: &str) -> Vec<String> {
        let toks = crate::text::tokenize(text, &[]);
        let w = Words::new(text, &toks);
        f(&w).iter().map(|x| format!("{}:{}", x.kind, &text[x.span.clone()])).collect()
    }

    fn found_strong(f: fn(&Words<'_>) -> Vec<Found>, text: &str) -> bool {
        let toks = crate::text::tokenize(text, &[]);
        f(&Words::new(text, &toks)).iter().any(|x| x.strong)
    }

    #[test]
    fn reasons_from_structure() {
        assert_eq!(kinds(reasons, "Your write-up on KEDA helped."), ["their-work:Your write-up"]);
        assert_eq!(kinds(reasons, "I follow you're posts on glazes."), ["their-work:you're posts"]);
        assert_eq!(kinds(reasons, "We were both at the congress."), ["shared:We were both"]);
        assert_eq!(kinds(reasons, "we where both in the study group"), ["shared:we where both"]);
        assert_eq!(kinds(reasons, "we studied pharmacy together"), ["shared:we studied pharmacy together"]);
        assert_eq!(kinds(reasons, "I enjoyed your articel on roadmaps."), ["their-work:your articel"]);
        // Not a reason: their profile, their network, a present-tense "we".
        assert!(kinds(reasons, "I came across your profile and your network.").is_empty());
        assert!(kinds(reasons, "I see we are in the same industry.").is_empty());
        assert!(kinds(reasons, "Your team, post it.").is_empty());
        // A gerund after `your` as the note's last word: the end of the text ends the clause.
        assert_eq!(kinds(reasons, "I admire your mentoring"), ["their-work:your mentoring"]);
    }

    /// Something they did, thanks for a favour, a named shared venue; stock thanks, a question to
    /// them and the sender's own employer are not reasons.
    #[test]
    fn reasons_they_did_and_venues() {
        assert_eq!(kinds(reasons, "I saw you spoke at the depot open day."), ["their-work:you spoke"]);
        assert_eq!(kinds(reasons, "Saw you recently moved to Halifax."), ["their-work:you recently moved"]);
        assert_eq!(kinds(reasons, "Thanks for sharing the rota template."), ["favour:Thanks for sharing"]);
        assert_eq!(kinds(reasons, "Thank you for the tip on grout."), ["favour:Thank you for the tip"]);
        assert_eq!(
            kinds(reasons, "I'm in the Yorkshire Beekeepers group too."),
            ["shared venue:the Yorkshire Beekeepers group", "shared:Yorkshire Beekeepers group too"]
        );
        assert_eq!(
            kinds(reasons, "We spoke at Leeds Data Summit."),
            ["shared:We spoke", "shared venue:Leeds Data Summit"]
        );
        assert!(kinds(reasons, "Thanks for accepting and thank you for your time.").is_empty());
        assert_eq!(kinds(reasons, "Your firm rebuilt our pier."), ["their-work:Your firm rebuilt"]);
        assert!(kinds(reasons, "We are both in retail.").is_empty());
        assert!(kinds(reasons, "Have you tried the new scanner? If you wanted a demo, ask.").is_empty());
        assert!(kinds(reasons, "I'm a nurse at Leeds General Infirmary in Leeds.").is_empty());
        assert!(kinds(reasons, "I work in the finance group of a bank.").is_empty());
    }

    /// Meeting them somewhere, a prefixed verb of theirs, a named person who sent you; not a wish to
    /// meet, a question, or a pronoun that says something.
    #[test]
    fn reasons_met_and_mutual() {
        assert_eq!(kinds(reasons, "Lovely to meet you at the trade fair."), ["met:meet you at"]);
        assert_eq!(kinds(reasons, "Great chatting at PyData about forecasts."), ["met:Great chatting at"]);
        assert_eq!(kinds(reasons, "Great talk today at the summit."), ["their-work:Great talk"]);
        assert!(kinds(reasons, "It was a great talk.").is_empty());
        assert_eq!(kinds(reasons, "I enjoyed your reporting on the debate."), ["their-work:your reporting"]);
        assert!(kinds(reasons, "Your profile really stands out!").is_empty());
        assert_eq!(kinds(reasons, "It was good to meet at the expo."), ["met:good to meet at"]);
        assert_eq!(
            kinds(reasons, "Thanks again for our chat about rotas."),
            ["favour:Thanks again for our chat", "met:our chat about"]
        );
        assert!(kinds(reasons, "It would be great to chat about your hiring plans.").is_empty());
        assert_eq!(
            kinds(reasons, "It was fun chatting with you after the lecture."),
            ["met:fun chatting with you after", "met:chatting with you after"]
        );
        assert_eq!(
            kinds(reasons, "I read the handbook you co-authored."),
            ["their-work:read the handbook", "their-work:you co-authored"]
        );
        assert_eq!(kinds(reasons, "Dr Mensah said you'd know about rotas."), ["mutual:Mensah said you'd"]);
        assert_eq!(kinds(reasons, "My mentor Ruth suggested I get in touch."), ["mutual:Ruth suggested I"]);
        assert_eq!(kinds(reasons, "Omar told me you run the bakery."), ["mutual:Omar told me"]);
        assert_eq!(kinds(reasons, "I'm a mate of Dave Nguyen from the tunnel job."), ["mutual:mate of Dave"]);
        assert!(kinds(reasons, "I'm a friend of the earth and of nature.").is_empty());
        assert!(kinds(reasons, "I'd love to meet you and grow my network.").is_empty());
        assert!(kinds(reasons, "Can I meet you?").is_empty());
        assert!(kinds(reasons, "She said you would like it.").is_empty());
        assert!(kinds(reasons, "I thought you might like to connect.").is_empty());
        assert!(kinds(reasons, "I co-founded a bakery.").is_empty());
        assert_eq!(kinds(reasons, "I was at the Bar Council's dinner."), ["shared venue:the Bar Council's dinner"]);
        assert_eq!(
            kinds(reasons, "We met at the Bar Council’s dinner."),
            ["shared:We met", "shared venue:the Bar Council’s dinner"]
        );
    }

    #[test]
    fn free_under_other_names() {
        assert!(found_strong(pitch, "Happy to offer a complimentary audit of your payroll."));
        assert!(!found_strong(pitch, "Thanks for the complimentary tickets to your gala."));
    }

    #[test]
    fn prices_with_any_currency() {
        assert_eq!(kinds(pitch, "my rate is £40 per clip"), ["rate:£40"]);
        assert_eq!(kinds(pitch, "I charge ₹900 an hour"), ["rate:₹900"]);
        assert_eq!(kinds(pitch, "It is USD 1,200 in total"), ["price:USD 1,200"]);
        assert_eq!(kinds(pitch, "about 1.500 EUR"), ["price:1.500 EUR"]);
        assert_eq!(kinds(pitch, "Congrats on the $5M raise"), ["price:$5M"]);
        assert!(kinds(pitch, "We hired 40 people in 2023 and ALL of them stayed.").is_empty());
        assert_eq!(
            kinds(pitch, "We've placed 40+ senior data engineers in Berlin."),
            ["track record:We've placed 40+ senior data engineers"]
        );
        assert!(kinds(pitch, "We worked 3 years together at Arup.").is_empty());
        assert!(found_strong(pitch, "Our fees start at 12% of salary."));
        assert_eq!(kinds(pitch, "Can I share a few profiles?"), ["offer:Can I share a"]);
        assert!(found_strong(pitch, "Could I book 20 minutes with you next week?"));
        assert!(found_strong(pitch, "We'd love to give you a free term-long trial."));
        assert!(kinds(pitch, "Can I ask a few questions?").is_empty());
        assert!(!found_strong(pitch, "Your fees rose 12% this year, I read."));
    }

    #[test]
    fn products_meetings_and_help_claims() {
        assert_eq!(kinds(pitch, "our wellbeing platform cut sick days"), ["product:our wellbeing platform"]);
        assert!(found_strong(pitch, "Our wellbeing platform cut sick days."));
        assert!(!found_strong(pitch, "We used your library on our banking app redesign."));
        assert_eq!(
            kinds(pitch, "Can I book a 15-minute demo?"),
            ["meeting:book a 15-minute demo", "meeting:15-minute demo", "ask:Can I book a 15-minute demo"]
        );
        assert_eq!(kinds(pitch, "Got 20 min for a call?"), ["meeting:20 min for a call", "ask:Got 20 min for a call"]);
        assert_eq!(kinds(pitch, "Free at 2pm for a call?"), ["time slot:2pm for a call", "ask:Free at 2pm for a call"]);
        assert_eq!(
            kinds(pitch, "Would Tuesday at 10:00 work for a short call?"),
            ["time slot:Tuesday at 10:00 work for a short call", "ask:Would Tuesday at 10:00 work for a short call"]
        );
        assert_eq!(
            kinds(pitch, "I help physio clinics get more patients."),
            ["help-claim:I help physio clinics", "results:get more patients"]
        );
        assert_eq!(kinds(pitch, "We help bakeries waste less flour."), ["help-claim:We help bakeries"]);
        assert!(found_strong(pitch, "We help bakeries waste less flour."));
        assert!(!found_strong(pitch, "I help bakeries with their rotas."));
        assert_eq!(kinds(pitch, "A 20 min chat?"), ["meeting:20 min chat", "ask:A 20 min chat"]);
        // A coffee or a chat is not a meeting request; helping out is not a claim.
        assert!(kinds(pitch, "Would love to chat next week about your move.").is_empty());
        assert!(kinds(pitch, "I help run the Leeds meetup.").is_empty());
        assert!(kinds(pitch, "Our team loved your talk.").is_empty());
    }

    /// The shapes of a sales message: results promised, clients, a service for a market, a free offer,
    /// an offer to send; the same words about them or about the past are not.
    #[test]
    fn sales_shapes() {
        assert_eq!(
            kinds(pitch, "We win new tenants for landlords."),
            ["service:We win new tenants for landlords", "results:win new tenants"]
        );
        assert_eq!(kinds(pitch, "I can boost your bookings."), ["results:boost your"]);
        assert_eq!(kinds(pitch, "Half of our customers renew."), ["clients:our customers"]);
        assert_eq!(kinds(pitch, "I paint murals for pubs and schools."), ["service:I paint murals for pubs"]);
        assert_eq!(kinds(pitch, "Claim a free energy audit today."), ["free offer:free energy audit"]);
        assert_eq!(kinds(pitch, "Shall we send you the samples?"), ["offer:Shall we send you"]);
        assert!(found_strong(pitch, "Claim a free energy audit today."));
        assert!(kinds(pitch, "I loved the free session you ran.").is_empty());
        assert!(kinds(pitch, "I work for startups in Lagos.").is_empty());
        assert!(kinds(pitch, "We won the bid and grew the team.").is_empty());
    }

    /// The value proposition with other verbs of service and other forms of `help`, promises in
    /// percent, offers to do the work, prices that start somewhere.
    #[test]
    fn more_sales_shapes() {
        assert!(found_strong(pitch, "We've helped 200 bakeries halve their waste."));
        assert!(found_strong(pitch, "I'm a stylist helping busy parents find outfits."));
        assert!(found_strong(pitch, "I train sales teams to close faster."));
        assert!(found_strong(pitch, "We partner with property firms to fill empty units."));
        assert!(kinds(pitch, "I train for marathons with my club.").is_empty());
        assert!(kinds(pitch, "Your team helped us a lot.").is_empty());
        assert_eq!(kinds(pitch, "We lowered churn by 12% for one client."), ["results:by 12%"]);
        assert!(kinds(pitch, "Your churn fell by 12% last year.").is_empty());
        assert_eq!(kinds(pitch, "Want me to draft one?"), ["offer:Want me to"]);
        assert_eq!(kinds(pitch, "Lessons start at $45."), ["rate:$45"]);
        assert_eq!(kinds(pitch, "Happy to make a free logo."), ["free offer:a free logo"]);
    }

    #[test]
    fn job_asks_from_structure() {
        assert_eq!(kinds(job_asks, "Would you be open to referring me?"), ["referral:referring me"]);
        assert_eq!(kinds(job_asks, "Could you recommend me to HR?"), ["referral:recommend me"]);
        assert_eq!(kinds(job_asks, "is there any oppurtunity to join?"), ["job:any oppurtunity"]);
        assert_eq!(kinds(job_asks, "I'm looking for a new postion in sales."), ["job:looking for a new postion"]);
        assert_eq!(kinds(job_asks, "Is your school hiring?"), ["job:hiring"]);
        // Not an ask: recommending a book, their post, hiring as news, a reference.
        assert!(kinds(job_asks, "Can you recommend a book on audits?").is_empty());
        assert!(kinds(job_asks, "I saw any post you wrote.").is_empty());
        assert!(kinds(job_asks, "Congrats, I saw your team is hiring.").is_empty());
        assert!(kinds(job_asks, "Could you recommend me a course?").is_empty());
    }

    /// Introductions, applications, hiring questions and a CV; a past `recommended me` is a mutual
    /// connection and `looking at your role` is not looking for one.
    #[test]
    fn job_asks_in_other_shapes() {
        for text in [
            "I'd be grateful if you kept me in mind should they open a campaign.",
            "If any vacancy comes up, kindly keep me in your mind.",
            "If you're ever short of drivers, remember me!",
            "Could you hire me as a UX intern this summer?",
            "I'm between roles after our startup wound down.",
            "I would gladly volunteer in your lab unpaid this summer.",
            "I'd happily work on your farm for free during the summer.",
            "Kindly help me with a job.",
            "Any chance the design team is growing?",
            "Does EPAM have openings on your side?",
            "Would be great if you kept me in mind if Hutchies needs anyone.",
            "If Twinkl ever needs curriculum writers, I'd love to hear about it.",
            "I want to apply for a teller position at your branch.",
            "Is Fletcher taking on any more quantity surveyors this year?",
        ] {
            assert!(!kinds(job_asks, text).is_empty(), "{text}");
        }
        for text in [
            "Would you introduce me to her for a short interview? I'm researching my thesis.",
            "You can hire me to build your site.",
            "I remember me and my sister at your show.",
            "Not sure if you remember me, but you rewired our farmhouse.",
            "How did your team grow so fast?",
            "We offer a free audit; our team works for free the first week.",
            "Happy to help if you ever need a hand.",
            "Keep me posted on the launch!",
        ] {
            assert!(kinds(job_asks, text).is_empty(), "{text}: {:?}", kinds(job_asks, text));
        }
    }

    #[test]
    fn more_selling_shapes() {
        let strong = |t: &str| found_strong(pitch, t);
        assert!(strong("Flick me a message next time you've got a job on and I'll send a quote."));
        assert!(strong("I can get you a term life quote in under 10 minutes."));
        assert!(strong("Catalogue will be sent upon request."));
        assert!(strong("Message me for the brochure."));
        for t in [
            "Funnily enough our dashcam telematics tackles exactly that.",
            "Who looks after your firm's cyber insurance renewal?",
            "We manage rentals, no lease-up fee.",
            "We are manufacturer of stainless steel sinks in Foshan.",
            "We do scaffold hire at trade rates.",
        ] {
            assert!(!kinds(pitch, t).is_empty(), "{t}");
        }
        for t in [
            "Could you send me the quote from your keynote?",
            "I loved the brochure you designed for the museum.",
            "Who handles the night shift at your ward? I'm curious how you staff it.",
            "I had no idea what the fee was.",
            "At current rates, the loan costs more.",
        ] {
            assert!(!strong(t), "{t}: {:?}", kinds(pitch, t));
        }
    }

    #[test]
    fn more_job_asks() {
        assert_eq!(kinds(job_asks, "Could you introduce me to your HR lead?"), ["referral:introduce me"]);
        assert_eq!(kinds(job_asks, "I'm applying for the graduate scheme."), ["job:applying for the graduate scheme"]);
        assert_eq!(kinds(job_asks, "Is the depot taking on apprentices?"), ["job:taking on apprentices"]);
        assert_eq!(kinds(job_asks, "Does your lab need trainees?"), ["job:need trainees"]);
        assert_eq!(kinds(job_asks, "Can I share my résumé with you?"), ["cv:share my résumé"]);
        assert!(kinds(job_asks, "Ola recommended me to reach out.").is_empty());
        assert!(kinds(job_asks, "I was looking at your new role yesterday.").is_empty());
        assert!(kinds(job_asks, "We are taking on new apprentices this year.").is_empty());
        assert!(kinds(job_asks, "Can you share the slides from my talk?").is_empty());
        assert_eq!(kinds(job_asks, "I'd love to work at Ocado someday."), ["job:love to work at"]);
        assert_eq!(kinds(job_asks, "I'm keen to join your data team."), ["job:keen to join your data team"]);
        assert_eq!(kinds(job_asks, "Could you pass my details to HR?"), ["cv:pass my details"]);
        assert!(kinds(job_asks, "I'd love to work with you on the audit.").is_empty());
        assert!(kinds(job_asks, "I'd love to join the meetup next month.").is_empty());
    }

    #[test]
    fn job_asks_in_conditions_and_for_the_right_person() {
        let asks = |t: &str| {
            let toks = crate::text::tokenize(t, &[]);
            !kinds(job_asks, t).is_empty() || !conditional_openings(&Words::new(t, &toks)).is_empty()
        };
        // A job noun in an `if` clause of the sender's.
        assert!(asks("If your clinic ever has a vacancy for a receptionist, I'd be glad to hear of it."));
        assert!(asks("If a junior buyer position comes up at your store, I would love a heads-up."));
        assert!(!asks("If you're open to a new role, I'd love to tell you about ours."));
        assert!(!asks("If you'd consider a move, I'm hiring for a similar position."));
        assert!(!asks("If the opportunity arises, I'd be glad to collaborate."));
        assert!(!asks("If my role allows it, I'll come to the next meetup."));
        // Who to ask about roles.
        assert!(asks("Who would be the right person to ask about graduate roles at the council?"));
        assert!(!asks("Who would be the right person to ask about your recycling scheme?"));
        // A question whether they take freelancers; work experience wished for; a profile passed on.
        assert!(asks("Does the studio ever take freelancers for busy months?"));
        assert!(asks("I'd love to do some work experience at your vineyard."));
        assert!(asks("Could you forward my profile to the hiring manager?"));
        assert!(!asks("I'd love to do a talk at your meetup."));
    }

    #[test]
    fn roles_offered_shared_shifts_and_favours_are_reasons() {
        let reason = |t: &str| kinds(reasons, t);
        assert_eq!(
            reason("We're hiring a site manager in Derby and your background stood out.")[0],
            "role offered:hiring a site manager"
        );
        assert!(
            reason("I think you'd be a strong fit for the analyst role we have open.")
                .iter()
                .any(|k| k.starts_with("role offered"))
        );
        assert!(reason("We're hiring this year.").iter().all(|k| !k.starts_with("role offered")));
        assert!(
            reason("It was great volunteering the same shift at the food bank.")
                .iter()
                .any(|k| k.starts_with("shared"))
        );
        assert!(reason("I'm in the same cohort as yours at the accelerator.").iter().any(|k| k.starts_with("shared")));
        assert!(reason("We work in the same industry.").is_empty());
        assert!(
            reason("Thanks for being such a patient supervisor during my internship.")
                .iter()
                .any(|k| k.starts_with("favour"))
        );
        assert!(reason("Great gig on Friday!").iter().any(|k| k.starts_with("met")));
        assert!(reason("Good luck on Monday!").is_empty());
        assert!(
            reason("We're both working on flood modelling for the county.").iter().any(|k| k.starts_with("shared"))
        );
        assert!(reason("We are both in finance.").is_empty());
    }

    #[test]
    fn closing_questions_trades_and_trials() {
        let kinds_of = |t: &str| kinds(pitch, t);
        assert!(kinds_of("We print banners in 48 hours. Interested?").iter().any(|k| k == "ask:Interested"));
        assert!(found_strong(pitch, "We've fitted 30 boilers in the village. Want a quote?"));
        assert!(kinds_of("Shall I send the deck over?").iter().any(|k| k.starts_with("ask")));
        assert!(kinds_of("Got 10 mins on Friday?").iter().any(|k| k.starts_with("ask")));
        assert!(kinds_of("How did you find the course? Interested to hear.").is_empty());
        assert!(kinds_of("Would you like to grab a coffee?").is_empty());
        assert!(kinds_of("We supply hospital linen across Kent.").iter().any(|k| k.starts_with("product")));
        assert!(kinds_of("We've just launched a booking app for salons.").iter().any(|k| k.starts_with("product")));
        assert!(kinds_of("I sold my first startup in 2019.").is_empty());
        assert!(kinds_of("Our new unit could suit your growth plans.").iter().any(|k| k.starts_with("product")));
        assert!(found_strong(pitch, "The first two weeks are on us."));
        assert!(kinds_of("Only ten places, spaces limited.").iter().any(|k| k.starts_with("offer")));
        assert!(found_strong(pitch, "Design and build in ten days, $3k flat."));
    }

    #[test]
    fn more_indirect_job_asks() {
        let asks = |t: &str| !kinds(job_asks, t).is_empty();
        assert!(asks("If the newsroom needs a photographer, I'm around."));
        assert!(asks("If the café is looking for anyone, I'd love a trial."));
        assert!(asks("Would your surgery consider a locum pharmacist?"));
        assert!(asks("I'm free from October if that helps."));
        assert!(asks("I need a work placement for my course."));
        assert!(asks("Are there any graduate posts coming up this year?"));
        assert!(asks("I'd be happy to help your team over the summer, unpaid."));
        assert!(asks("Would love to know if your team is growing."));
        assert!(asks("I'm looking for warehouse work near Bristol."));
        assert!(asks("Keen to be part of your team if there's room."));
        assert!(!asks("I'm looking for people to work with on a charity run."));
        assert!(!asks("I'm free from 3pm if you want to chat."));
        assert!(!asks("Are there any posts of yours on rota design?"));
        assert!(!asks("I'm considering applying to PhD programmes; any advice on choosing a lab?"));
    }

    #[test]
    fn specialties_of_titles() {
        assert_eq!(specialty("Paediatric Oncology Nurse").as_deref(), Some("Paediatric Oncology"));
        assert_eq!(specialty("Consultant Infectious Diseases").as_deref(), Some("Infectious Diseases"));
        assert_eq!(specialty("Senior Software Engineer"), None);
        assert_eq!(specialty("Head of Conservation"), None);
    }

    #[test]
    fn terms_fits_and_calls_to_buy() {
        let strong = |t: &str| found_strong(pitch, t);
        assert!(strong("Our rates are very competitive for small firms."));
        assert!(strong("I think our torque tools would be ideal for your workshop."));
        assert!(strong("We can offer a no-cost assessment of your roof."));
        assert!(strong("Early customers get it discounted 30% for the first year."));
        assert!(strong("Could I book fifteen minutes with you on Thursday?"));
        assert!(strong("We're a small signage studio helping restaurants stand out."));
        assert!(!strong("Your rates of recovery are impressive."));
        assert!(kinds(pitch, "Would you try it and maybe sign up if it helps?").iter().any(|k| k == "offer:sign up"));
        assert!(kinds(pitch, "Limited seats left for the masterclass.").iter().any(|k| k.starts_with("offer")));
    }
}
