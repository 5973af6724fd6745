//! The one list of every rule. Order here is the order of `proofile rules`.

use super::Rule;

static RULES: &[&dyn Rule] = &[&super::spelling::Spelling];

/// Every rule, enabled or not.
pub fn all_rules() -> &'static [&'static dyn Rule] {
    RULES
}

pub fn find_rule(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().id == id)
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
