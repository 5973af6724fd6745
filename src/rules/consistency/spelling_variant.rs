//! `spelling-variant`: American and British spellings mixed in one profile (organize/organise,
//! color/colour), from the SCOWL/VarCon pairs in `dictionaries/rules/variants.tsv`.

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

use super::entries::{Place, diag};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::profile::Field;
use crate::rules::{ProfileContext, Rule, RuleMeta};
use crate::spell::Dialect;
use crate::text::TokenKind;

pub struct SpellingVariant;

static META: RuleMeta = RuleMeta {
    id: "spelling-variant",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "American and British spellings mixed",
    description: "What it does: finds words spelled the American or the British way (from the SCOWL/VarCon \
variant table) and reports the minority. The profile's majority decides; words that are right in both dialects \
(program, license, practice, analyses) are not counted. Oxford spelling is respected: `-ize` with `colour` is \
consistent British; `-ise` with `color` is not.\n\
Why: `organise` in one bullet and `organize` in the next reads as copy-paste from different sources.\n\
Use instead: the suggested spelling, or whichever dialect you prefer, everywhere.",
    flags: &[
        "Organized the annual conference and organised the team offsite.",
        "I analyze data and present it in colour.",
    ],
    accepts: &[
        "I organise events and analyse the colour of our brand.",
        "I organize the program and analyze behavior; our licence covers it.",
        "I organize events in colour for the Centre.",
    ],
    default_enabled: true,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Evidence {
    /// American spelling, not `-ize` (color, center, analyze).
    Us,
    /// British spelling, not `-ise` (colour, centre, analyse).
    Uk,
    /// `-ize`: American, and Oxford British.
    Ize,
    /// `-ise`: British only.
    Ise,
}

struct Variant {
    evidence: Evidence,
    /// The same word in the other dialect.
    other: &'static str,
}

fn table() -> &'static HashMap<&'static str, Variant> {
    static T: OnceLock<HashMap<&'static str, Variant>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for &(us, uk) in crate::text::word_class::variant_pairs() {
            let ize = us.replace("iz", "is") == uk;
            let (u, k) = if ize { (Evidence::Ize, Evidence::Ise) } else { (Evidence::Us, Evidence::Uk) };
            m.entry(us).or_insert(Variant { evidence: u, other: uk });
            m.entry(uk).or_insert(Variant { evidence: k, other: us });
        }
        m
    })
}

/// The shapes of the table's words: most words of a profile are ruled out before a lookup.
fn shapes() -> &'static crate::text::WordShapes {
    static S: OnceLock<crate::text::WordShapes> = OnceLock::new();
    S.get_or_init(|| {
        let mut shapes = crate::text::WordShapes::default();
        table().keys().for_each(|w| shapes.insert(w));
        shapes
    })
}

/// `other` written with the capitals of `word`.
fn same_case(word: &str, other: &str) -> String {
    if word.chars().all(|c| !c.is_lowercase()) && word.chars().count() > 1 {
        other.to_uppercase()
    } else if word.chars().next().is_some_and(char::is_uppercase) {
        let mut c = other.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
    } else {
        other.to_string()
    }
}

/// The same word in the other dialect (`organise` → `organize`), in the word's casing.
pub fn counterpart(word: &str) -> Option<String> {
    crate::text::with_lowercase(word, |lower| table().get(lower)).map(|v| same_case(word, v.other))
}

impl Rule for SpellingVariant {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        let mut found: Vec<(Evidence, &'static str, String, Place)> = Vec::new();
        for (i, s) in p.sections.iter().enumerate() {
            // References are written by someone else, in their own spelling.
            if !matches!(s.field, Field::Text | Field::Bullet | Field::Title) || s.path.starts_with("references") {
                continue;
            }
            for t in s.tokens().iter().filter(|t| t.kind == TokenKind::Word) {
                let word = &s.text[t.span.clone()];
                if !shapes().may_hold(word) {
                    continue;
                }
                // A capitalised word the profile uses as a name (Centre for X) is the name's spelling.
                if word.chars().next().is_some_and(char::is_uppercase) && p.vocabulary.iter().any(|v| v == word) {
                    continue;
                }
                if let Some(v) = crate::text::with_lowercase(word, |lower| table().get(lower)) {
                    found.push((v.evidence, v.other, word.to_string(), Place { section: i, span: t.span.clone() }));
                }
            }
        }
        let n = |e: Evidence| found.iter().filter(|f| f.0 == e).count();
        let (us, uk, ize, ise) = (n(Evidence::Us), n(Evidence::Uk), n(Evidence::Ize), n(Evidence::Ise));
        let chosen = cx.spell.dialect();
        // With a dialect chosen, it decides (not the majority), and the spelling rule reports every word
        // its dictionary rejects: here only words it accepts, so the two rules never disagree.
        let british = match chosen {
            Dialect::EnGb => true,
            Dialect::EnUs => false,
            // -ise is British; -ize votes for neither (it is Oxford British too).
            Dialect::Auto => uk + ise > us,
        };
        // What is out of step: in American profiles anything British; in British ones American
        // spellings, and on the -ize/-ise axis the minority (Oxford -ize is British too).
        let wrong = |e: Evidence| match (british, e) {
            (false, Evidence::Uk | Evidence::Ise) => true,
            (true, Evidence::Us) => true,
            (true, Evidence::Ize) => chosen == Dialect::Auto && ise > 0 && ise >= ize,
            (true, Evidence::Ise) => chosen == Dialect::Auto && ize > ise,
            _ => false,
        };
        let dialect = if british { "British" } else { "American" };
        let (majority, mut minority): (Vec<_>, Vec<_>) = found.iter().partition(|f| !wrong(f.0));
        if chosen != Dialect::Auto {
            // Never ask for a form the chosen dictionary rejects, nor repeat what `spelling` reports.
            minority.retain(|f| cx.spell.is_valid(&f.2) && cx.spell.is_valid(&same_case(&f.2, f.1)));
        } else if majority.is_empty() {
            return;
        }
        if minority.is_empty() {
            return;
        }
        // Converting a dialect is the user's choice: safe only with `fix --convert-dialect` and a
        // chosen dialect.
        let safe = chosen != Dialect::Auto && cx.options.convert_dialect;
        let related: Vec<_> = majority.iter().take(3).map(|f| f.3.related(format!("‘{}’", f.2))).collect();
        for (_, other, word, place) in minority {
            let fix = same_case(word, other);
            let message = if chosen == Dialect::Auto {
                format!(
                    "‘{word}’ is spelled differently from the rest of the profile, which uses {dialect} spelling: ‘{fix}’"
                )
            } else {
                format!("‘{word}’ is not {dialect} spelling, the dialect chosen: ‘{fix}’")
            };
            let s = if safe { Suggestion::safe(fix) } else { Suggestion::unsafe_(fix) };
            out.push(diag(&META, place, message).with_suggestions(vec![s]).with_related(related.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    #[test]
    fn majority_and_oxford() {
        assert_flags("spelling-variant", "I organise events, analyse data and optimize colors.", 2);
        let d = check_text("spelling-variant", "Organised events; analysed our colour palette; realized savings.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "realised");
        assert_clean("spelling-variant", "I optimize pipelines and analyse the centre of it.");
        assert_flags("spelling-variant", "I optimise pipelines and analyze colors.", 1);
    }

    #[test]
    fn never_a_safe_fix_by_default() {
        let d = check_text("spelling-variant", "I organise events, analyse data and optimize colors.");
        assert!(!d.is_empty() && d.iter().all(|d| d.suggestions.iter().all(|s| !s.safe)), "{d:#?}");
        assert_eq!(super::counterpart("Organise").as_deref(), Some("Organize"));
    }

    #[test]
    fn table_skips_ambiguous_rows() {
        assert!(super::table().get("program").is_none());
        assert!(super::table().get("colour").is_some());
    }
}
