//! Style rules. Each rule is one file; `RULES` lists this category's rules for the registry.

use super::Rule;

pub static RULES: &[&dyn Rule] = &[];
