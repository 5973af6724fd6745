//! Brand and product casing with a source per name (`dictionaries/rules/brand-casing.tsv`): the only
//! casings a safe fix may apply. A name its sources write more than one way accepts every listed form
//! and is never fixed.

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

/// What the sourced list says about a written word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrandCase {
    /// The name is not in the list.
    Unlisted,
    /// Written in a listed form (or its ALL CAPS, or a capitalised all-lower-case form).
    Listed,
    /// One listed form, and the word is not written that way: the certain fix.
    Fix(&'static str),
    /// Several listed forms, none written: suggest them, fix nothing.
    Ambiguous(Vec<&'static str>),
}

fn table() -> &'static HashMap<String, Vec<&'static str>> {
    static T: OnceLock<HashMap<String, Vec<&'static str>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m: HashMap<String, Vec<&'static str>> = HashMap::new();
        for row in super::lexicon::rows(include_str!("../../dictionaries/rules/brand-casing.tsv")) {
            let form = super::lexicon::col(&row, 0);
            if !form.is_empty() && !super::lexicon::col(&row, 1).is_empty() {
                m.entry(form.to_lowercase()).or_default().push(form);
            }
        }
        m
    })
}

/// Whether `word` is written as `form`: exactly, in ALL CAPS, or capitalised when `form` is lower case.
fn written_as(word: &str, form: &str) -> bool {
    if word == form || (word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase())) {
        return true;
    }
    let mut c = form.chars();
    form.chars().all(|c| !c.is_uppercase())
        && c.next().is_some_and(|f| f.to_uppercase().chain(c).collect::<String>() == word)
}

/// The listed forms of a name (given in lower case), if it is listed.
pub fn forms(lower: &str) -> Option<&'static [&'static str]> {
    table().get(lower).map(Vec::as_slice)
}

/// The sourced verdict on `word` (a possessive `'s` is the caller's to strip).
pub fn brand_case(word: &str) -> BrandCase {
    let Some(forms) = table().get(&word.to_lowercase()) else { return BrandCase::Unlisted };
    if forms.iter().any(|f| written_as(word, f)) {
        BrandCase::Listed
    } else if forms.len() == 1 {
        BrandCase::Fix(forms[0])
    } else {
        BrandCase::Ambiguous(forms.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::{BrandCase, brand_case};

    #[test]
    fn every_row_has_a_source() {
        for row in crate::rules::lexicon::rows(include_str!("../../dictionaries/rules/brand-casing.tsv")) {
            assert!(row.len() >= 2 && row[1].starts_with("https://"), "{row:?}");
        }
    }

    #[test]
    fn listed_forms_are_never_fixed() {
        assert_eq!(brand_case("ESXi"), BrandCase::Listed);
        assert_eq!(brand_case("GitKraken"), BrandCase::Listed);
        assert_eq!(brand_case("nginx"), BrandCase::Listed);
        assert_eq!(brand_case("Nginx"), BrandCase::Listed, "sentence start of a lower-case form");
        assert_eq!(brand_case("NGINX"), BrandCase::Listed);
        assert_eq!(brand_case("GITHUB"), BrandCase::Listed, "emphasis");
        assert_eq!(brand_case("Github"), BrandCase::Fix("GitHub"));
        assert_eq!(brand_case("Esxi"), BrandCase::Fix("ESXi"));
        assert_eq!(brand_case("Solidworks"), BrandCase::Ambiguous(vec!["SolidWorks", "SOLIDWORKS"]));
        assert_eq!(brand_case("Zorblax"), BrandCase::Unlisted);
    }
}
