//! `company-name`: the same company written different ways (`Acme Corp` / `ACME Corporation` / `Acme`).

use std::collections::BTreeMap;

use super::entries::{Place, diag, entries};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct CompanyName;

static META: RuleMeta = RuleMeta {
    id: "company-name",
    category: Category::Consistency,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The same company written different ways",
    description: "What it does: compares the company names of the roles, ignoring case, punctuation and legal \
suffixes (Inc, Corp, Corporation, Ltd, LLC, GmbH…). Names that are the same company but written differently are \
reported; the form most roles use wins (ties: the longest form).\n\
Why: `Acme`, `Acme Corp` and `ACME Corporation` on one profile look like three employers, or like carelessness.\n\
Use instead: one spelling, ideally the one of the company's LinkedIn page.",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme Corp\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Intern — ACME Corporation\n\n2018\n\nWrote tests.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Globex Inc.\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Intern — Globex\n\n2018\n\nWrote tests.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme Corp\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Intern — Acme Corp\n\n2018\n\nWrote tests.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Google Cloud\n\nJan 2020 – Present\n\nBuilt the API.\n\n### Intern — Google\n\n2018\n\nWrote tests.\n",
    ],
    default_enabled: true,
};

const SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "llc",
    "llp",
    "lp",
    "plc",
    "gmbh",
    "ag",
    "sa",
    "sas",
    "sarl",
    "srl",
    "spa",
    "bv",
    "nv",
    "oy",
    "ab",
    "as",
    "pty",
    "pvt",
    "private",
    "kk",
    "the",
];

/// The company's identity: lower case, letters and digits only, legal suffixes and `The` dropped.
pub fn company_key(name: &str) -> String {
    let lower = name.to_lowercase().replace('&', " and ");
    let words: Vec<String> =
        lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect();
    let mut kept: Vec<&str> = words.iter().map(String::as_str).collect();
    while kept.len() > 1 && SUFFIXES.contains(kept.last().expect("non-empty")) {
        kept.pop();
    }
    while kept.len() > 1 && kept[0] == "the" {
        kept.remove(0);
    }
    kept.concat()
}

impl Rule for CompanyName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        // key → written form → places
        let mut groups: BTreeMap<String, BTreeMap<String, Vec<Place>>> = BTreeMap::new();
        for e in entries(p) {
            let Some(i) = e.company else { continue };
            let written = p.sections[i].text.trim().to_string();
            let key = company_key(&written);
            if key.is_empty() {
                continue;
            }
            groups.entry(key).or_default().entry(written).or_default().push(Place::whole(p, i));
        }
        for forms in groups.values().filter(|f| f.len() > 1) {
            let (winner, _) = forms
                .iter()
                .max_by_key(|(w, places)| (places.len(), w.len(), std::cmp::Reverse(w.to_string())))
                .expect("two forms");
            let other: Vec<_> = forms[winner].iter().map(|pl| pl.related(format!("written ‘{winner}’"))).collect();
            for (written, places) in forms.iter().filter(|(w, _)| *w != winner) {
                for place in places {
                    let message = format!("‘{written}’ is written ‘{winner}’ elsewhere in the profile");
                    out.push(
                        diag(&META, place, message)
                            .with_suggestions(vec![Suggestion::unsafe_(winner.clone())])
                            .with_related(other.clone()),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::company_key;

    #[test]
    fn keys() {
        assert_eq!(company_key("Acme Corp."), "acme");
        assert_eq!(company_key("ACME Corporation"), "acme");
        assert_eq!(company_key("The Home Depot"), "homedepot");
        assert_eq!(company_key("AT&T"), "atandt");
        assert_eq!(company_key("Co"), "co");
        assert_ne!(company_key("Google Cloud"), company_key("Google"));
    }
}
