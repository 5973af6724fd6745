//! Punctuation rules. Each rule is one file; `RULES` lists this category's rules for the registry.
//! They share the grammar rules' helpers for telling prose from URLs, e-mail addresses and code.

mod repeated_punctuation;
mod spacing;
mod unbalanced_brackets_quotes;

use super::Rule;

pub static RULES: &[&dyn Rule] = &[
    &spacing::Spacing,
    &unbalanced_brackets_quotes::UnbalancedBracketsQuotes,
    &repeated_punctuation::RepeatedPunctuation,
];
