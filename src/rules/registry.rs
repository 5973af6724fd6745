//! The one list of every rule. Order here is the order of `proofile rules`.

use std::sync::OnceLock;

use super::Rule;

/// Every rule, enabled or not: spelling first, then each category's own list.
pub fn all_rules() -> &'static [&'static dyn Rule] {
    static ALL: OnceLock<Vec<&'static dyn Rule>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut v: Vec<&'static dyn Rule> = vec![&super::spelling::Spelling];
        for list in [
            super::grammar::RULES,
            super::punctuation::RULES,
            super::style::RULES,
            super::consistency::RULES,
            super::completeness::RULES,
            super::invite::RULES,
        ] {
            v.extend_from_slice(list);
        }
        v
    })
}

pub fn find_rule(id: &str) -> Option<&'static dyn Rule> {
    all_rules().iter().copied().find(|r| r.meta().id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut ids: Vec<&str> = all_rules().iter().map(|r| r.meta().id).collect();
        for id in &ids {
            assert!(id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{id}");
        }
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn every_rule_has_docs_and_examples() {
        for r in all_rules() {
            let m = r.meta();
            assert!(!m.summary.is_empty() && !m.description.is_empty(), "{}", m.id);
            assert!(!m.flags.is_empty() && !m.accepts.is_empty(), "{} needs examples", m.id);
        }
    }
}
