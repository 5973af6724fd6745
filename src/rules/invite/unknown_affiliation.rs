//! `invite-unknown-affiliation`: with `--to`, the note says the person works or studied somewhere their
//! profile does not (or that you share an employer or school that one of you does not list).

use std::ops::Range;

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::invite::Person;
use crate::rules::RuleMeta;
use crate::text::TokenKind;

pub struct UnknownAffiliation;

static META: RuleMeta = RuleMeta {
    id: "invite-unknown-affiliation",
    category: Category::Invite,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The note gives the person an employer, school or role their profile does not show",
    description: "What it does: with `--to` (a profile, or a headline such as `Title at Company`), looks for \
what the note says about the person's history: \"your role at X\", \"you work at X\", \"you're now at X\" (X \
must be theirs), and \"we both worked at X\", \"we both studied at X\", \"both graduated from X\", \"fellow X \
alum\" (X must be theirs and, with `--from`, yours). A claim is checked only against a side that lists \
that kind of thing: a school claim (\"studied at\", \"graduated from\") needs their schools, an employer claim \
(\"worked at\", \"your role at\") their employers, and one that may be either (\"your time at\", \"fellow X\") \
both; a headline alone gives only an employer. X is the capitalised name after the words. A name found in \
neither profile is reported. A role written as \"your role as R\" (or work, job, position) must be one of \
their titles or in their headline. Events and places (\"we met at RustConf\") are not checked: a profile does not \
list them. Only runs when the `--to` side gives an employer, school or title.\n\
Why: a note that gets the person's employer wrong reads as a template with the blanks filled in wrong, or \
as meant for someone else.\n\
Use instead: the employer or school as their profile gives it, or leave it out.",
    flags: &["[to: Aisha Bello | Pharmacist at Boots] Hi Aisha, how do you like your role at Walgreens?"],
    accepts: &[
        "[to: Aisha Bello | Pharmacist at Boots] Hi Aisha, how do you like your role at Boots?",
        "[to: Aisha Bello | Pharmacist at Boots] Hi Aisha, we met at RustConf in Portland.",
    ],
    default_enabled: true,
};

/// Word sequences after which a name of theirs (`Theirs`) or of both (`Shared`) follows.
const THEIRS: &[&[&str]] = &[
    &["your", "role", "at"],
    &["your", "time", "at"],
    &["your", "work", "at"],
    &["your", "job", "at"],
    &["your", "team", "at"],
    &["your", "position", "at"],
    &["your", "years", "at"],
    &["you", "work", "at"],
    &["you", "worked", "at"],
    &["you", "are", "at"],
    &["you're", "at"],
    &["you", "are", "now", "at"],
    &["you're", "now", "at"],
    &["you", "were", "at"],
    &["you", "studied", "at"],
];
const SHARED: &[&[&str]] = &[
    &["both", "worked", "at"],
    &["both", "worked", "for"],
    &["both", "studied", "at"],
    &["both", "were", "at"],
    &["both", "graduated", "from"],
    &["both", "went", "to"],
    &["fellow"],
];
/// Word sequences after which one of their roles follows (`your role as head of data`).
const ROLE: &[&[&str]] =
    &[&["your", "role", "as"], &["your", "work", "as"], &["your", "job", "as"], &["your", "position", "as"]];
/// Words that end a role: `your role as CTO at Globex`.
const ROLE_END: &[&str] = &["at", "in", "with", "for", "and", "on", "is", "was", "has", "sounds", "looks"];

/// The role written after a `ROLE` pattern ending at word `at`: up to five words, to punctuation or a
/// preposition; a leading article is skipped.
fn role_at(text: &str, words: &[&crate::text::Token], lower: &[String], at: usize) -> Option<Range<usize>> {
    let mut k = at;
    if lower.get(k).is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the")) {
        k += 1;
    }
    let first = k;
    let mut end = None;
    while k < words.len() && k < first + 5 && !ROLE_END.contains(&lower[k].as_str()) {
        if k > first && text[words[k - 1].span.end..words[k].span.start].contains(['\n', ',', '.', ';', '!', '?']) {
            break;
        }
        end = Some(k);
        k += 1;
    }
    end.map(|e| words[first].span.start..words[e].span.end)
}

/// Whether `role` is one of their titles (or in their headline), either containing the other.
fn their_role(p: &Person, role: &str) -> bool {
    let r = role.to_lowercase();
    p.titles.iter().chain(p.headline.iter()).any(|t| {
        let t = t.to_lowercase();
        t.contains(&r) || r.contains(&t)
    })
}

/// Small words that may sit inside an organisation's name.
const JOINERS: &[&str] = &["of", "de", "and", "&", "+", "for", "the", "di", "du", "la"];

/// What a pattern says the name is: an employer, a school, or either.
#[derive(Clone, Copy)]
enum Claim {
    Employer,
    School,
    Either,
}

fn claim(pattern: &[&str]) -> Claim {
    if pattern.iter().any(|w| matches!(*w, "studied" | "graduated" | "went")) {
        Claim::School
    } else if pattern.iter().any(|w| matches!(*w, "work" | "worked" | "job" | "role" | "position" | "team")) {
        Claim::Employer
    } else {
        Claim::Either
    }
}

/// Whether a person's side lists what the claim needs to be checked: a claim about a school cannot be
/// checked against a headline that names only an employer.
fn knows(p: &Person, c: Claim) -> bool {
    match c {
        Claim::Employer => !p.companies.is_empty(),
        Claim::School => !p.schools.is_empty(),
        Claim::Either => !p.companies.is_empty() && !p.schools.is_empty(),
    }
}

fn theirs(p: &Person, name: &str) -> bool {
    let n = name.to_lowercase();
    let close = |x: &String| {
        let x = x.to_lowercase();
        x.contains(&n) || n.contains(&x) || short_form_of(&n, &x)
    };
    p.companies.iter().chain(&p.schools).any(close)
        || p.headline.as_ref().is_some_and(|h| h.to_lowercase().contains(&n))
}

/// Whether `short` (lower case) is a usual short form of the name `full` (lower case): an acronym or
/// a clipped name whose letters come in order from the name, beginning with its first letter and
/// taking the first letter of every word that is not a joiner (`unilag` for University of Lagos, `iitb`
/// for Indian Institute of Technology Bombay), or words that each begin a word of the name, in order,
/// the first word first (`georgia tech` for Georgia Institute of Technology).
fn short_form_of(short: &str, full: &str) -> bool {
    let words: Vec<&str> =
        full.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty() && !JOINERS.contains(w)).collect();
    if words.len() < 2 {
        return false;
    }
    if !short.contains(' ') {
        // Letters in order; each word's initial must be taken, as the word's first letter used.
        let letters: Vec<char> = short.chars().filter(|c| c.is_alphanumeric()).collect();
        if letters.len() < 2 {
            return false;
        }
        let mut li = 0;
        for w in &words {
            let mut chars = w.chars();
            if li >= letters.len() || chars.next() != Some(letters[li]) {
                return false;
            }
            li += 1;
            for c in chars {
                if li < letters.len() && c == letters[li] {
                    li += 1;
                } else {
                    break;
                }
            }
        }
        return li == letters.len();
    }
    let parts: Vec<&str> = short.split_whitespace().filter(|w| !JOINERS.contains(w)).collect();
    let mut wi = 0;
    for (k, p) in parts.iter().enumerate() {
        let Some(found) = words[wi..].iter().position(|w| w.starts_with(p) && (p.len() >= 3 || *w == *p)) else {
            return false;
        };
        if k == 0 && found != 0 {
            return false;
        }
        wi += found + 1;
    }
    parts.len() >= 2
}

/// Words after "fellow X" that make X an employer or school: "fellow Harvard alum", "fellow Infosys
/// employee". "Fellow 82nd Airborne vet", "fellow CIEP member" or "fellow Rotary volunteer" name a unit,
/// a society or a club, which a profile's employers and schools do not list, so they are not checked.
const FELLOW_OF: &[&str] = &[
    "alum",
    "alums",
    "alumna",
    "alumnae",
    "alumni",
    "alumnus",
    "grad",
    "grads",
    "graduate",
    "graduates",
    "employee",
    "employees",
    "colleague",
    "colleagues",
    "student",
    "students",
    "here",
];

/// Whether the name ending at byte `end` after "fellow" is followed by one of `FELLOW_OF`, or ends the
/// clause ("fellow Googler!").
fn fellow_of_organisation(text: &str, words: &[&crate::text::Token], lower: &[String], end: usize) -> bool {
    match words.iter().position(|w| w.span.start >= end) {
        None => true,
        Some(k) => {
            text[end..words[k].span.start].contains([',', '.', ';', '!', '?', '\n'])
                || FELLOW_OF.contains(&lower[k].as_str())
        }
    }
}

/// The capitalised name starting at word `i` (joiners inside allowed), as a byte range.
fn name_at(text: &str, words: &[&crate::text::Token], i: usize) -> Option<Range<usize>> {
    let cap = |k: usize| words.get(k).is_some_and(|w| w.text(text).chars().next().is_some_and(char::is_uppercase));
    if !cap(i) {
        return None;
    }
    let mut end = i;
    let mut k = i + 1;
    while let Some(w) = words.get(k) {
        let gap = &text[words[k - 1].span.end..w.span.start];
        if gap.contains(['\n', ',', '.', ';', '(', ')', '!', '?']) {
            break;
        }
        if cap(k) {
            end = k;
        } else if !JOINERS.contains(&w.text(text).to_lowercase().as_str()) {
            break;
        }
        k += 1;
    }
    Some(words[i].span.start..words[end].span.end)
}

impl InviteRule for UnknownAffiliation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(to) = cx.to.filter(|p| p.has_facts()) else { return };
        let words: Vec<&crate::text::Token> = cx.tokens.iter().filter(|t| t.kind == TokenKind::Word).collect();
        let lower: Vec<String> = words.iter().map(|w| w.text(cx.text).to_lowercase().replace('’', "'")).collect();
        let mut i = 0;
        while i < words.len() {
            if let Some(p) = ROLE
                .iter()
                .find(|p| lower.get(i..i + p.len()).is_some_and(|w| w.iter().zip(p.iter()).all(|(a, b)| a == b)))
                && !to.titles.is_empty()
            {
                if let Some(span) = role_at(cx.text, &words, &lower, i + p.len())
                    && !their_role(to, &cx.text[span.clone()])
                {
                    let role = &cx.text[span.clone()];
                    let titles = to.titles.join(", ");
                    out.push(cx.diag(&META, span, format!("‘{role}’ is not a role in their profile ({titles})")));
                }
                i += p.len();
                continue;
            }
            let matched =
                THEIRS.iter().map(|p| (p, false)).chain(SHARED.iter().map(|p| (p, true))).find(|(p, _)| {
                    lower.get(i..i + p.len()).is_some_and(|w| w.iter().zip(p.iter()).all(|(a, b)| a == b))
                });
            let Some((pattern, shared)) = matched else {
                i += 1;
                continue;
            };
            let at = i + pattern.len();
            // "both studied pharmacy at the University of X": skip a few lower-case words to `at`/`from`.
            let mut k = at;
            if shared && pattern.len() > 1 {
                let look = (at..(at + 4).min(words.len())).find(|&j| matches!(lower[j].as_str(), "at" | "from"));
                if let Some(j) = look {
                    k = j + 1;
                }
            }
            while lower.get(k).is_some_and(|w| w == "the") {
                k += 1;
            }
            if let Some(span) = name_at(cx.text, &words, k)
                && (*pattern != ["fellow"] || fellow_of_organisation(cx.text, &words, &lower, span.end))
            {
                let name = &cx.text[span.clone()];
                let c = claim(pattern);
                let ok_to = !knows(to, c) || theirs(to, name);
                let ok_from = cx.from.is_none_or(|f| !knows(f, c) || theirs(f, name));
                let msg = if !ok_to {
                    Some(format!("‘{name}’ is not in their profile: check the employer or school you name"))
                } else if shared && !ok_from {
                    Some(format!("‘{name}’ is in their profile but not in yours: is it shared?"))
                } else {
                    None
                };
                if let Some(msg) = msg {
                    out.push(cx.diag(&META, span, msg));
                }
            }
            i = at;
        }
    }
}

registry_rule!(UnknownAffiliation);

#[cfg(test)]
mod tests {
    use crate::invite::testing::{assert_clean, assert_flags};

    #[test]
    fn short_forms_of_their_names() {
        use super::short_form_of;
        assert!(short_form_of("unilag", "university of lagos"));
        assert!(short_form_of("iitb", "indian institute of technology bombay"));
        assert!(short_form_of("georgia tech", "georgia institute of technology"));
        assert!(short_form_of("ucl", "university college london"));
        assert!(!short_form_of("unilorin", "university of lagos"));
        assert!(!short_form_of("lagos tech", "university of lagos"));
        assert!(!short_form_of("mit", "massachusetts general hospital"));
        assert!(!short_form_of("acme", "acme"));
        let to = "[to: Maria Garcia | Nurse at Kaiser Permanente]";
        assert_clean("invite-unknown-affiliation", &format!("{to} Hi Maria, we both worked at KP years ago."));
    }

    #[test]
    fn their_employer_and_school_are_checked() {
        let to = "[to: Maria Garcia | Nurse at Kaiser Permanente]";
        assert_flags("invite-unknown-affiliation", &format!("{to} Hi Maria, we both worked at Stanford Health."), 1);
        assert_clean("invite-unknown-affiliation", &format!("{to} Hi Maria, how is your time at Kaiser?"));
        // A headline names no school: a school claim cannot be checked against it.
        assert_clean("invite-unknown-affiliation", &format!("{to} Fellow Harvard alum here, Maria!"));
        assert_clean("invite-unknown-affiliation", &format!("{to} Hi Maria, we both studied at Yale."));
        assert_clean("invite-unknown-affiliation", &format!("{to} Hi Maria, we met at the ANA Summit."));
        // "fellow X" is checked when X is a school or an employer, not a unit, society or club.
        let full = "[to: Maria Garcia | Nurse | companies: Kaiser Permanente | schools: UCLA]";
        assert_flags("invite-unknown-affiliation", &format!("{full} Hi Maria, fellow Stanford alum here!"), 1);
        assert_flags("invite-unknown-affiliation", &format!("{full} Hi Maria, fellow Stanford grad."), 1);
        assert_flags("invite-unknown-affiliation", &format!("{full} Hi Maria, fellow Stanford."), 1);
        assert_clean("invite-unknown-affiliation", &format!("{full} Hi Maria, fellow UCLA alum here!"));
        assert_clean("invite-unknown-affiliation", &format!("{full} Hi Maria, fellow 82nd Airborne vet here."));
        assert_clean("invite-unknown-affiliation", &format!("{full} Hi Maria, as a fellow CIEP member I enjoyed it."));
        assert_clean("invite-unknown-affiliation", "[to: Maria Garcia] Hi Maria, your time at Acme was fun.");
        let cto = "[to: John Park | CTO at Globex]";
        assert_flags("invite-unknown-affiliation", &format!("{cto} Hi John, how is your role as head of sales?"), 1);
        assert_clean("invite-unknown-affiliation", &format!("{cto} Hi John, how is your role as CTO at Globex?"));
    }
}
