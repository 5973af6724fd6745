//! `tense`: a role that ended, described in the present tense; a current role that uses both tenses
//! of the same verb.

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

use super::entries::{Place, diag, entries, first_word, sentences_of};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::EndDate;
use crate::rules::lexicon;
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct Tense;

static META: RuleMeta = RuleMeta {
    id: "tense",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A past role in the present tense; a current role mixing tenses of one verb",
    description: "What it does: reads the first word of each bullet and sentence of every role's description, \
against a list of common action verbs. A role that has ended, described with present-tense verbs (`Manage a team \
of 3`), is reported once, at its first such sentence (warning). In a current role, ongoing duties in the present \
and achievements in the past are both fine; the same verb in both tenses (`Develop…` and `Developed…`) is \
information.\n\
Why: the tense tells the reader whether you still do it.\n\
`Lead` counts as the verb when a determiner, number or plural follows (`Lead a team` in an ended role: use \
`Led`), not in `Lead engineer on…`.\n\
Use instead: the past tense for roles that have ended (`Managed a team of 3`).",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2015 – Mar 2018\n\n- Manage a team of 3\n- Built the API\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2015 – Present\n\n- Develop the payments API\n- Developed the billing service\n",
        "# Jo\n\n## Experience\n\n### Foreman — Acme\n\nJan 2015 – Mar 2018\n\n- Lead a team of six welders\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2015 – Mar 2018\n\n- Managed a team of 3\n- Built the API\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2015 – Present\n\n- Manage a team of 3\n- Built the billing service\n- Design reviews every week\n",
    ],
    default_enabled: true,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbTense {
    Present,
    Past,
}

/// Lower-case verb form → (base form, tense).
pub fn verb_forms() -> &'static HashMap<&'static str, (&'static str, VerbTense)> {
    static V: OnceLock<HashMap<&'static str, (&'static str, VerbTense)>> = OnceLock::new();
    V.get_or_init(|| {
        let mut m = HashMap::new();
        for row in lexicon::rows(include_str!("../../../dictionaries/rules/verb-forms.tsv")) {
            let base = lexicon::col(&row, 0);
            m.insert(base, (base, VerbTense::Present));
            m.insert(lexicon::col(&row, 1), (base, VerbTense::Present));
            m.insert(lexicon::col(&row, 2), (base, VerbTense::Past));
        }
        m
    })
}

/// `Lead` opening a sentence is the verb (not `Lead engineer`) when a noun phrase starts after it:
/// a determiner, a possessive, a number or a plural (`Lead a team`, `Lead 5 engineers`). It is not in
/// `verb-forms.tsv` because "lead" is a noun and an adjective too.
fn lead_as_verb(word: &str, rest: &str) -> Option<(&'static str, VerbTense)> {
    use crate::text::word_class::{Tags, lexicon};
    if !word.eq_ignore_ascii_case("lead") {
        return None;
    }
    let next = rest.strip_prefix(' ')?.split(|c: char| !c.is_alphanumeric() && c != '\'').next()?;
    let next = next.to_lowercase();
    let digits = !next.is_empty() && next.chars().all(|c| c.is_ascii_digit());
    let tags = lexicon().tags(&next);
    let object = tags.any(Tags::DET | Tags::POSS | Tags::QUANT | Tags::NUM | Tags::NOUN_PL) && !tags.any(Tags::PREP);
    (digits || object).then_some(("lead", VerbTense::Present))
}

impl Rule for Tense {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        let today = cx.options.today.months();
        for e in entries(p) {
            let mut verbs: Vec<(&str, VerbTense, String, Place)> = Vec::new();
            for s in sentences_of(p, &e.description) {
                let text = &p.sections[s.section].text[s.range.clone()];
                let Some((word, span)) = first_word(text) else { continue };
                // Capitalised or lower-case only: `BUILD` is a heading, not a verb.
                if word.chars().skip(1).any(char::is_uppercase) {
                    continue;
                }
                let lead = lead_as_verb(word, &text[span.end..]);
                if let Some(&(base, tense)) = verb_forms().get(word.to_lowercase().as_str()).or(lead.as_ref()) {
                    let place =
                        Place { section: s.section, span: s.range.start + span.start..s.range.start + span.end };
                    verbs.push((base, tense, word.to_string(), place));
                }
            }
            let ended =
                matches!(e.end, Some((EndDate::Date(_), _))) && e.end_bounds().is_some_and(|(_, late)| late < today);
            if ended {
                let present: Vec<_> = verbs.iter().filter(|v| v.1 == VerbTense::Present).collect();
                if let Some(first) = present.first() {
                    let related =
                        present[1..].iter().map(|v| v.3.related(format!("also present tense: ‘{}’", v.2))).collect();
                    let message =
                        format!("this role has ended, but ‘{}’ is in the present tense ({})", first.2, e.name());
                    out.push(diag(&META, &first.3, message).with_related(related));
                }
            } else if e.is_current() {
                let mut seen: HashMap<&str, (VerbTense, &Place, &str)> = HashMap::new();
                for (base, tense, word, place) in &verbs {
                    match seen.get(base) {
                        Some((t, other, w)) if t != tense => {
                            let message =
                                format!("‘{word}’ and ‘{w}’: the same verb in two tenses in one role ({})", e.name());
                            let mut d = diag(&META, place, message).with_related(vec![other.related(format!("‘{w}’"))]);
                            d.severity = Severity::Info;
                            out.push(d);
                        }
                        Some(_) => {}
                        None => {
                            seen.insert(base, (*tense, place, word));
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::rules::testing::check_text;

    #[test]
    fn one_finding_per_past_role_and_info_for_current() {
        let d = check_text(
            "tense",
            "# J\n\n## Experience\n\n### A — B\n\n2015 – 2017\n\nManage the team. Write the docs.\n",
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].related.len(), 1);
        let d = check_text(
            "tense",
            "# J\n\n## Experience\n\n### A — B\n\nJan 2015 – Present\n\n- Write docs\n- Wrote the guide\n",
        );
        assert_eq!((d.len(), d[0].severity), (1, Severity::Info));
    }

    #[test]
    fn lead_in_an_ended_role_is_present_tense_unless_it_is_a_title() {
        let ended = |body: &str| format!("# J\n\n## Experience\n\n### A — B\n\n2015 – 2017\n\n{body}\n");
        let d = check_text("tense", &ended("- Lead a team of six welders"));
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("Lead"));
        assert_eq!(check_text("tense", &ended("- Lead 5 engineers on the ERP migration")).len(), 1);
        assert!(check_text("tense", &ended("- Lead engineer on the ERP migration")).is_empty());
        assert!(check_text("tense", &ended("- Led a team of six welders")).is_empty());
    }
}
