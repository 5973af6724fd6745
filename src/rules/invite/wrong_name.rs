//! `invite-wrong-name`: with `--to`, the note greets the person by a name that is not theirs
//! ("Hi Jon" to John, "Hi Catherine" to Katherine).

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::rules::RuleMeta;

pub struct WrongName;

static META: RuleMeta = RuleMeta {
    id: "invite-wrong-name",
    category: Category::Invite,
    default_severity: Severity::Error,
    sections: &[],
    summary: "The note greets the person by a name that is not theirs (\"Jon\" for John)",
    description: "What it does: with `--to` (a profile or `--to-name`), compares the name the note addresses \
(\"Hi Jon,\", \"Dear Dr. Osei\", \"Kenji, …\") with the person's name. It must be one of the words of their \
name exactly (letter for letter, any case; the family name comes first in some cultures, and a nickname \
written in brackets or quotes in their name counts), or a usual short form of their first name (\"Bob\" for \
Robert, \"Mike\" for Michael, \"Pete\" for Peter, \"Bec\" for Rebecca: `dictionaries/rules/nicknames.tsv`, from the Apache-2.0 `nicknames` list, also for \
another spelling of the name: \"Kate\" for Catherine as for Katherine), a part or the initials of a hyphened name \
(\"Jean\", \"JP\" for Jean-Pierre), its start three letters shorter or more (\"Sid\" for Siddharth) or the end of a \
long name (\"Seun\" for Oluwaseun). Their \
family name alone (\"Hi Marsh,\" to Stephen Marsh) is reported too, unless a title comes before it (\"Dr \
Marsh\", \"Herr Müller\", \"Sra. López\", \"Engr. Musa\": `dictionaries/rules/honorifics.tsv`) or an honorific after it (\"Tanaka-san\", \"Rajesh ji\"): an error when their first name is a known given \
name (so the name is written given name first), a warning otherwise, since some write the family name first \
(\"Chen Wei\"); nothing when their name begins with a common family name of the cultures that write it first \
(\"Zhang Wei\", \"Nguyen Van An\": `dictionaries/rules/family-first-surnames.tsv`) and is not also a given name, \
and an error when the family name is written in capitals (\"Hiroshi TANAKA\"). Their first name without its accents (\"Jose\" for José) is a warning. Anything else is an error: a misspelling (\"Jon\", \
\"Steven\" for Stephen, \"Isabel\" for Isabelle), a name that is not a short form of theirs, or someone else's name left from \
the last note. Without `--to` nothing is checked.\n\
Why: misspelling a name is the fastest way to show the note was not written with care; a wrong name says \
it was pasted.\n\
Use instead: copy the name from their profile.",
    flags: &["[to: John Miller] Hi Jon, your post on error budgets changed how we work."],
    accepts: &[
        "[to: John Miller] Hi John, your post on error budgets changed how we work.",
        "[to: Chen Wei] Hi Chen, Mark suggested I reach out.",
        "[to: Robert Chen] Hi Bob, Mark suggested I reach out.",
        "Hi Jon, your post on error budgets changed how we work.",
    ],
    default_enabled: true,
};

impl InviteRule for WrongName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        let (Some(to), Some(span)) = (cx.to, cx.facts.addressed.clone()) else { return };
        let Some(first) = to.first_name() else { return };
        let written = &cx.text[span.clone()];
        if to.name_forms().iter().any(|f| f.to_lowercase() == written.to_lowercase())
            || is_short_form(&first.to_lowercase(), &written.to_lowercase())
            || is_part_of(first, written)
        {
            if let Some(sure) = family_name_alone(cx.text, span.clone(), to, first) {
                let msg = if sure {
                    format!(
                        "‘{written}’ is their family name: greet them by their first name, ‘{first}’, or with a title"
                    )
                } else {
                    format!(
                        "‘{written}’ looks like their family name: unless they go by it, greet them by their first \
name, ‘{first}’, or with a title"
                    )
                };
                let mut d = cx.diag(&META, span, msg).with_suggestions(vec![Suggestion::unsafe_(first)]);
                if !sure {
                    d.severity = Severity::Warning;
                }
                out.push(d);
            }
            return;
        }
        // Their first name with an honorific joined to it (`Sunilbhai`, `Rajeshji`).
        if let Some(rest) = written.to_lowercase().strip_prefix(&first.to_lowercase())
            && super::is_honorific(rest)
        {
            return;
        }
        let fold = |s: &str| s.chars().map(crate::spell::fold_accent).collect::<String>().to_lowercase();
        let accents = |s: &str| s.chars().filter(|c| !c.is_ascii()).count();
        if fold(written) == fold(first) && accents(written) > accents(first) {
            // Accents their profile lacks (`María` for Maria): the name as its language writes it; a
            // profile often loses them.
            return;
        }
        if fold(written) == fold(first) {
            // Only the accents differ (`Jose` for José): many keyboards drop them; a warning.
            let msg = format!("‘{written}’: they write their name ‘{first}’, with its accents");
            let mut d = cx.diag(&META, span, msg).with_suggestions(vec![Suggestion::unsafe_(first)]);
            d.severity = Severity::Warning;
            out.push(d);
            return;
        }
        // `Mabuhay, Maria!`, `Eh, Jean-François!`: their own first name right after the word makes that word
        // a greeting in some language, not a name.
        let rest = cx.text[span.end..].trim_start_matches(|c: char| c == ',' || c.is_whitespace());
        if rest.starts_with(first)
            && !rest[first.len()..].starts_with(|c: char| c.is_alphanumeric())
            && !to.name_forms().iter().any(|f| f.to_lowercase() == format!("{} {first}", written.to_lowercase()))
        {
            return;
        }
        let msg = format!("‘{written}’ is not their name: their first name is ‘{first}’");
        out.push(cx.diag(&META, span, msg).with_suggestions(vec![Suggestion::unsafe_(first)]));
    }
}

registry_rule!(WrongName);

/// Whether the note greets them by their family name alone (`Hi Marsh,` to Stephen Marsh): the name
/// written is the last word of a name of two or more words, with no title before it (`Dr Marsh`) and
/// no honorific after it (`Tanaka-san`). `Some(true)` when their first word is a known given name (the
/// name is in given-family order), `Some(false)` otherwise: a name may be written family name first
/// (`Chen Wei`), so then it is a warning, not an error.
fn family_name_alone(
    text: &str,
    span: std::ops::Range<usize>,
    to: &crate::invite::Person,
    first: &str,
) -> Option<bool> {
    let name = to.name.as_deref()?;
    if !family_name_alone_in(text, span, name, first) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let all_caps = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    let (first_caps, last_caps) = (all_caps(first), words.last().is_some_and(|w| all_caps(w)));
    if first_caps != last_caps {
        // The family name written in capitals, as many do (`TANAKA Hiroshi`, `Hiroshi TANAKA`).
        return last_caps.then_some(true);
    }
    let given = is_given_name(&first.to_lowercase());
    // A name that begins with a common family name of the cultures that write it first (`Zhang Wei`,
    // `Nguyen Van An`): its last word is likely the given name.
    if !given && family_first_surnames().contains(first.to_lowercase().as_str()) {
        return None;
    }
    // Such a family name (`Kim`, also a given name) before a given name of two syllables joined the way
    // Korean and Chinese names are romanised (`Hyun-woo`, `Xiao-ming`): the last word is the given name.
    let romanised =
        words.last().is_some_and(|w| w.split_once('-').is_some_and(|(_, b)| b.starts_with(char::is_lowercase)));
    if romanised && family_first_surnames().contains(first.to_lowercase().as_str()) {
        return None;
    }
    Some(given)
}

/// The common family names of the cultures that write the family name first
/// (`dictionaries/rules/family-first-surnames.tsv`).
fn family_first_surnames() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        crate::rules::lexicon::rows(include_str!("../../../dictionaries/rules/family-first-surnames.tsv"))
            .map(|r| crate::rules::lexicon::col(&r, 0))
            .collect()
    })
}

/// Whether `written` is how people shorten the first name without a list: a part of a hyphened name
/// (`Jean` or `Pierre` of Jean-Pierre) or its initials (`JP`); its start, three letters or more and
/// three or more letters shorter (`Sid` for Siddharth, `Raj` for Rajesh; `Ann` for Anne and `Isabel`
/// for Isabelle are other names); or its end, four letters or more of a name of eight or more (`Seun` for Oluwaseun, `Ella` for
/// Gabriella).
fn is_part_of(first: &str, written: &str) -> bool {
    let (f, w) = (first.to_lowercase(), written.to_lowercase());
    let parts: Vec<&str> = f.split('-').filter(|p| !p.is_empty()).collect();
    if parts.len() >= 2 {
        let initials: String = parts.iter().filter_map(|p| p.chars().next()).collect();
        if parts.contains(&w.as_str()) || (w == initials && written.chars().all(char::is_uppercase)) {
            return true;
        }
    }
    let (nf, nw) = (f.chars().count(), w.chars().count());
    (nw >= 3 && nf >= nw + 3 && f.starts_with(&w))
        // Two letters shorter, when the start is no given name of its own (`Thandi` for Thandiwe; not
        // `Daniel` for Danielle).
        || (nw >= 4 && nf == nw + 2 && f.starts_with(&w) && !is_given_name(&w))
        || (nw >= 4 && nf >= 8 && f.ends_with(&w))
        // Two letters of a name of five or more (`Mo` for Mohamed, `Jo` for Joanna).
        || (nw == 2 && nf >= 5 && f.starts_with(&w))
        // Greek names in -ios shortened to -is (`Dimitris` for Dimitrios, `Vasilis` for Vasileios).
        || f.strip_suffix("ios").is_some_and(|stem| w.strip_suffix("is").is_some_and(|s| s.len() >= 3 && stem.starts_with(s)))
        // Its first letters with a pet-name ending and no given name of its own (not `Mario` for Marianne):
        // three letters or more, shorter than the name and three or more edits from it, with `-o`, `-y`,
        // `-ya`… (`Jono` for Jonathan, `Katya` for Kateryna; not `Chiamka`), two or more with the Australian
        // and British `-zza`, `-z` (`Bazza` for Barry, `Shaz` for Sharon).
        || (!is_given_name(&w) && {
            let far = nw < nf && crate::rules::spelling::edit_distance(&f, &w) >= 3;
            const ENDINGS: [(&str, usize); 11] = [
                ("o", 3), ("y", 3), ("ie", 3), ("ya", 3), ("sha", 3), ("ka", 3), ("ito", 3), ("ita", 3),
                ("zza", 2), ("zzer", 2), ("z", 2),
            ];
            ENDINGS.iter().any(|&(end, min)| {
                (min == 2 || far)
                    && w.strip_suffix(end)
                        .is_some_and(|s| s.chars().count() >= min && f.starts_with(s) && f.len() > s.len() + 1)
            })
        })
        // Its start with the name's own ending kept, as inflected names are shortened (`Nikos` for Nikolaos):
        // four letters of its start, its last letter, three or more letters shorter.
        || (nw >= 5 && nf >= nw + 3 && {
            let cut = &w[..w.len() - w.chars().last().map_or(0, char::len_utf8)];
            f.starts_with(cut) && w.chars().last() == f.chars().last() && !is_given_name(&w)
        })
}

fn family_name_alone_in(text: &str, span: std::ops::Range<usize>, name: &str, first: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic())).collect();
    let written = text[span.clone()].to_lowercase();
    let (Some(last), true) = (words.last(), words.len() >= 2) else { return false };
    if last.to_lowercase() != written || first.to_lowercase() == written {
        return false;
    }
    // A title before it (`Dr Marsh`, `Herr Müller`, or any capitalised abbreviation: `Engr. Musa`).
    let before = text[..span.start].trim_end();
    let dot = before.ends_with('.');
    let before = before.trim_end_matches('.');
    // A title with an apostrophe in it counts whole (`Ma'am Cruz`).
    let word_before = before.rsplit(|c: char| !c.is_alphabetic() && c != '\'' && c != '’').next().unwrap_or("");
    let abbreviation = dot && word_before.starts_with(char::is_uppercase) && word_before.chars().count() <= 5;
    !(super::is_title(word_before) || abbreviation) && super::honorific_after(text, span).is_none()
}

/// Whether `name` (lower case) is a given name of the nicknames list.
fn is_given_name(name: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| nicknames().iter().flat_map(|&(a, b)| [a, b]).collect()).contains(name)
}

/// Given names and their short forms (`dictionaries/rules/nicknames.tsv`, from PyPI `nicknames`).
fn nicknames() -> &'static std::collections::HashSet<(&'static str, &'static str)> {
    static SET: std::sync::OnceLock<std::collections::HashSet<(&'static str, &'static str)>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../../dictionaries/rules/nicknames.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// Whether `a` and `b` (lower case) are a given name and its usual short form, either way round
/// (`robert`/`bob`, `mike`/`michael`). The list is a genealogist's: it also pairs historical variants
/// (`aaron`/`erin`, `robert`/`rupert`) and other spellings of one name (`john`/`jon`, `sarah`/`sara`,
/// `allen`/`alan`, `chris`/`kris`), and a different spelling of someone's name is the very mistake this
/// rule is for. So a short form must be shorter than the name, share two letters in a row with it, be
/// two or more edits from it, and be two letters shorter or end the way pet names do (`-e`, `-y`:
/// `dave`, `katie`, `bobby`).
fn is_short_form(a: &str, b: &str) -> bool {
    let related = |name: &str, short: &str| {
        let (n, s) = (name.chars().count(), short.chars().count());
        s < n
            && nicknames().contains(&(name, short))
            && short.as_bytes().windows(2).any(|w| name.as_bytes().windows(2).any(|v| v == w))
            && crate::rules::spelling::edit_distance(name, short) >= 2
            && (n - s >= 2 || short.ends_with(['e', 'y']))
    };
    // A short form of another spelling of the name (`Kate` for Catherine, as for Katherine): the list
    // gives each spelling its own short forms and misses some.
    let variant = |name: &str, short: &str| {
        name.chars().count() >= 5
            && nicknames().iter().any(|&(other, s)| {
                s == short
                    && other != name
                    && crate::rules::spelling::edit_distance(other, name) == 1
                    && related(other, s)
            })
    };
    // The name cut short and ending the way pet names do (`Pete` for Peter, `Steve` for Steven): one
    // edit away, but a listed short form, not another spelling (`Sara` for Sarah keeps its vowel end).
    let clipped = |name: &str, short: &str| {
        short.len() + 1 == name.len()
            && name.starts_with(short)
            && short.ends_with('e')
            && !name.ends_with(['a', 'e', 'i', 'o', 'u', 'h', 'y'])
            && nicknames().contains(&(name, short))
    };
    // The first letters of a listed short form (`Bec` for Rebecca, from `Becca`/`Becky`): three letters
    // or more, and shorter than the name.
    let cut_of_short = |name: &str, short: &str| {
        short.chars().count() >= 3
            && short.len() + 2 <= name.len()
            && nicknames()
                .iter()
                .any(|&(n, s)| n == name && s.len() > short.len() && s.starts_with(short) && related(n, s))
    };
    related(a, b)
        || related(b, a)
        || variant(a, b)
        || clipped(a, b)
        || clipped(b, a)
        || cut_of_short(a, b)
        || cut_of_short(b, a)
}

#[cfg(test)]
mod tests {
    use crate::invite::testing::{assert_clean, assert_flags, check_example};

    #[test]
    fn a_greeting_before_their_name_is_not_a_name() {
        assert_clean(
            "invite-wrong-name",
            "[to: Maria Santos | Quality Director] Mabuhay, Maria! Saw your talk at the BPO summit.",
        );
        assert_clean(
            "invite-wrong-name",
            "[to: Jean-François Tremblay | Engineer] Eh, Jean-François! Fellow P.Eng here.",
        );
        assert_flags(
            "invite-wrong-name",
            "[to: Maria Santos | Quality Director] Hi Marta, saw your talk at the BPO summit.",
            1,
        );
    }

    #[test]
    fn names_must_match_exactly() {
        let d = check_example("invite-wrong-name", "[to: Stephen Clarke | Accountant at KPMG] Dear Steven, thanks.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "Stephen");
        assert_flags("invite-wrong-name", "[to: Liam Murphy] Hi Sean, saw your post on EV chargers.", 1);
        assert_clean("invite-wrong-name", "[to: Dr. Katherine Osei] Dear Dr. Osei, thank you for the talk.");
        assert_clean("invite-wrong-name", "[to: Robert \"Bob\" Stone] Hi Bob, good to meet you at the expo.");
        assert_clean("invite-wrong-name", "[to: Liam Murphy] Hi there, saw your post on EV chargers.");
    }

    /// Their family name alone is not how to greet them; with a title or an honorific it is, and a name
    /// that may be written family name first is left alone.
    #[test]
    fn family_name_alone() {
        let d = check_example("invite-wrong-name", "[to: Stephen Marsh] Hi Marsh, good to meet you at the expo.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert!(d[0].message.contains("family name"), "{}", d[0].message);
        assert_flags("invite-wrong-name", "[to: Michael Okonkwo] Okonkwo, your ward audit was great.", 1);
        assert_clean("invite-wrong-name", "[to: Stephen Marsh] Dear Mr Marsh, good to meet you at the expo.");
        assert_clean("invite-wrong-name", "[to: Ana Ferreira] Dr. Ferreira, I enjoyed your preprint.");
        assert_clean("invite-wrong-name", "[to: Kenji Tanaka] Tanaka-san, thank you for the tour.");
        // A name that may be written family name first (neither word a known given name or a common family name
        // of the cultures that write it first): a warning, not an error.
        let d = check_example("invite-wrong-name", "[to: Adaeze Obi] Hi Obi, good to meet you at the expo.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].severity, crate::diagnostic::Severity::Warning);
        let d = check_example("invite-wrong-name", "[to: Stephen Marsh] Hi Marsh, good to meet you.");
        assert_eq!(d[0].severity, crate::diagnostic::Severity::Error);
        assert_clean("invite-wrong-name", "[to: Stephen Marsh] Hi Stephen, good to meet you at the expo.");
    }

    /// A usual short form of their first name is their name; a different name is not, even one the
    /// genealogists' list relates to it.
    #[test]
    fn short_forms_are_their_name() {
        assert_clean("invite-wrong-name", "[to: Robert Chen] Hi Bob, good to meet you at the expo.");
        assert_clean("invite-wrong-name", "[to: Michael Ode] Mike, your ward audit was great.");
        assert_clean("invite-wrong-name", "[to: Bill Hart] Dear William, thanks for the tour.");
        assert_flags("invite-wrong-name", "[to: Aaron Bell] Hi Erin, saw your post on EV chargers.", 1);
        assert_flags("invite-wrong-name", "[to: Robert Chen] Hi Rupert, good to meet you at the expo.", 1);
        assert_flags("invite-wrong-name", "[to: Katherine Ode] Hi Catherine, your ward audit was great.", 1);
        assert_clean("invite-wrong-name", "[to: David Ode] Hi Dave, your ward audit was great.");
        assert_flags("invite-wrong-name", "[to: John Ode] Hi Jon, your ward audit was great.", 1);
        assert_flags("invite-wrong-name", "[to: Sarah Ode] Hi Sara, your ward audit was great.", 1);
        assert_flags("invite-wrong-name", "[to: Allen Ode] Hi Alan, your ward audit was great.", 1);
        assert_flags("invite-wrong-name", "[to: Chris Ode] Hi Kris, your ward audit was great.", 1);
        // A short form of another spelling of the name: Kate is Katherine's and so Catherine's.
        assert_clean("invite-wrong-name", "[to: Catherine Lee] Hi Kate, your ward audit was great.");
        assert_flags("invite-wrong-name", "[to: Catherine Lee] Hi Katherine, your ward audit was great.", 1);
        // The name cut short to a pet form (`Steve` for Steven), and the start of a listed short form
        // (`Bec`, of Becca and Becky, for Rebecca); not another spelling (`Glen` for Glenn, `Ann` for Anna).
        assert_clean("invite-wrong-name", "[to: Steven Ode] Hi Steve, your ward audit was great.");
        assert_clean("invite-wrong-name", "[to: Peter Ode] Hi Pete, your ward audit was great.");
        assert_clean("invite-wrong-name", "[to: Rebecca Ode] Hi Bec, your ward audit was great.");
        assert_flags("invite-wrong-name", "[to: Glenn Ode] Hi Glen, your ward audit was great.", 1);
        assert_flags("invite-wrong-name", "[to: Anna Ode] Hi Ann, your ward audit was great.", 1);
    }

    /// Shortening a name without a list: a part or the initials of a hyphened name, its start (three
    /// letters shorter or more), its end (of a long name); not a name one or two letters off.
    #[test]
    fn parts_of_the_name() {
        assert_clean("invite-wrong-name", "[to: Jean-Pierre Laurent] Hi Jean-Pierre, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: Jean-Pierre Laurent] Hi JP, thanks for the tour.");
        assert_flags("invite-wrong-name", "[to: Jean-Pierre Laurent] Hi Jean-Paul, thanks for the tour.", 1);
        assert_clean("invite-wrong-name", "[to: Siddharth Rao] Hi Sid, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: Oluwaseun Adeyemi] Hi Seun, thanks for the tour.");
        assert_flags("invite-wrong-name", "[to: Isabelle Dupont] Hi Isabel, thanks for the tour.", 1);
        assert_flags("invite-wrong-name", "[to: Danielle Ode] Hi Daniel, thanks for the tour.", 1);
        assert_flags("invite-wrong-name", "[to: Anne Ode] Hi Ann, thanks for the tour.", 1);
        assert_clean("invite-wrong-name", "[to: Thandiwe Nkosi] Hi Thandi, thanks for the tour.");
        // An inflected name shortened with its ending kept.
        assert_clean("invite-wrong-name", "[to: Nikolaos Papadopoulos] Hi Nikos, thanks for the tour.");
        assert_flags("invite-wrong-name", "[to: Nikolaos Papadopoulos] Hi Nikolas, thanks for the tour.", 1);
        assert_flags("invite-wrong-name", "[to: Nikolaos Papadopoulos] Hi Nicos, thanks for the tour.", 1);
        assert_clean("invite-wrong-name", "[to: Dimitrios Pappas] Hi Dimitris, thanks for the tour.");
        assert_flags("invite-wrong-name", "[to: Dimitrios Pappas] Hi Dimitra, thanks for the tour.", 1);
        // Two letters of a longer name; pet-name endings on its first letters.
        assert_clean("invite-wrong-name", "[to: Mohamed Farah] Hi Mo, thanks for the tour.");
        assert_flags("invite-wrong-name", "[to: Mohamed Farah] Hi Al, thanks for the tour.", 1);
        assert_clean("invite-wrong-name", "[to: Jonathan Reid] Hi Jono, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: Kateryna Shevchenko] Hi Katya, thanks for the tour.");
        assert_flags("invite-wrong-name", "[to: Kateryna Shevchenko] Hi Karya, thanks for the tour.", 1);
        assert_flags("invite-wrong-name", "[to: Chiamaka Eze] Hi Chiamka, thanks for the tour.", 1);
        assert_clean("invite-wrong-name", "[to: Barry Dunn] Hey Bazza, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: Sharon Kelly] Hey Shaz, thanks for the tour.");
        assert_flags("invite-wrong-name", "[to: Sharon Kelly] Hey Shel, thanks for the tour.", 1);
        // An honorific joined to their name.
        assert_clean("invite-wrong-name", "[to: Sunil Mehta] Sunilbhai, thanks for the tour.");
        assert_flags("invite-wrong-name", "[to: Sunil Mehta] Sunilbha, thanks for the tour.", 1);
    }

    /// A title before a family name with an apostrophe; a greeting of a role is no name.
    #[test]
    fn titles_apostrophes_and_roles() {
        assert_clean("invite-wrong-name", "[to: Niamh O'Brien] Hi Ms. O'Brien, we met at the conference.");
        assert_clean("invite-wrong-name", "[to: Niamh O'Brien] Dear Ms O’Brien, we met at the conference.");
        assert_flags("invite-wrong-name", "[to: Niamh O'Brien] Hi Ms. O'Brian, we met at the conference.", 1);
        assert_clean("invite-wrong-name", "[to: Helen Price] Dear Hiring Team, I am writing about the role.");
        assert_clean("invite-wrong-name", "[to: Anil Gupta] Dear Respected Sir, greetings of the day.");
        assert_clean("invite-wrong-name", "[to: Maria Cruz] Good day Ma'am Cruz, I am a nurse.");
        assert_clean("invite-wrong-name", "[to: Dave Okafor] Sarge, it's Danny from your old shift at Brixton.");
        assert_clean("invite-wrong-name", "[to: Dave Okafor] Hi Coach, thanks for the season.");
        assert_clean("invite-wrong-name", "[to: Kim Hyun-woo] Hi Hyun-woo, I enjoyed your talk.");
        assert_clean("invite-wrong-name", "[to: Kenji Tanaka] Hi Tanaka-san, I enjoyed your talk.");
        assert_flags("invite-wrong-name", "[to: Helen Price] Dear Helena, I am writing about the role.", 1);
    }

    /// Titles in other languages and honorifics before the family name; a title that is also a given
    /// name only before a name.
    #[test]
    fn titles_in_other_languages() {
        // A title or a term of address alone names no one.
        assert_clean("invite-wrong-name", "[to: Ananya Iyer] Hello Ma'am, I am a student at SRCC.");
        assert_clean("invite-wrong-name", "[to: Chiamaka Obi] Good day Ma, I am a new graduate.");
        assert_clean("invite-wrong-name", "[to: Ben Kerr] Mate, the alumni BBQ was a laugh.");
        assert_flags("invite-wrong-name", "[to: Ben Kerr] Hello Dan, the alumni BBQ was a laugh.", 1);
        assert_clean("invite-wrong-name", "[to: Klaus Müller] Hallo Herr Müller, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: Claire Dupont] Bonjour Mme Dupont, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: Luis Hernández] Hola Sr. Hernández, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: Kwame Mensah] Dear Engr. Mensah, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: Don Smith] Hi Don, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: Justice Mensah] Hello Justice, thanks for the tour.");
        assert_flags("invite-wrong-name", "[to: Don Smith] Hi Smith, thanks for the tour.", 1);
        assert_flags("invite-wrong-name", "[to: Klaus Müller] Hallo Herr Schmidt, thanks for the tour.", 1);
        assert_clean("invite-wrong-name", "[to: Sanjay Mehta] Respected Sir, thanks for the tour.");
    }

    /// A name written without its accents is a warning, not an error.
    #[test]
    fn accents_dropped_are_a_warning() {
        let d = check_example("invite-wrong-name", "[to: José García] Hi Jose, thanks for the tour.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].severity, crate::diagnostic::Severity::Warning);
        assert_eq!(d[0].suggestions[0].replacement, "José");
        let d = check_example("invite-wrong-name", "[to: José García] Hi Josh, thanks for the tour.");
        assert_eq!(d[0].severity, crate::diagnostic::Severity::Error);
        // Accents their profile lacks are the name as its language writes it.
        assert_clean("invite-wrong-name", "[to: Maria Gonzalez] Hola María, thanks for the tour.");
    }

    /// Names written family name first: a common family name of those cultures first, or the family
    /// name in capitals.
    #[test]
    fn family_name_first() {
        assert_clean("invite-wrong-name", "[to: Zhang Wei] Hi Wei, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: Nguyen Van An] Hi An, thanks for the tour.");
        assert_clean("invite-wrong-name", "[to: TANAKA Hiroshi] Hi Hiroshi, thanks for the tour.");
        let d = check_example("invite-wrong-name", "[to: Hiroshi TANAKA] Hi Tanaka, thanks for the tour.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].severity, crate::diagnostic::Severity::Error);
        // `Kim` is a given name too: `Kim Jones` is written given name first.
        assert_flags("invite-wrong-name", "[to: Kim Jones] Hi Jones, thanks for the tour.", 1);
    }
}
