//! Completeness rules: what a whole profile lacks or has too much of (headline, About, current role,
//! length limits). Each rule is one file; `RULES` lists this category's rules for the registry.

pub mod empty_current_role;
pub mod headline_keywords;
pub mod length_limit;
pub mod missing_headline;
pub mod missing_summary;
pub mod no_current_role;
pub mod no_experience;
pub mod stale_profile;
pub mod whole;

use super::Rule;

pub static RULES: &[&dyn Rule] = &[
    &missing_headline::MissingHeadline,
    &missing_summary::MissingSummary,
    &no_experience::NoExperience,
    &no_current_role::NoCurrentRole,
    &empty_current_role::EmptyCurrentRole,
    &stale_profile::StaleProfile,
    &length_limit::LengthLimit,
    &headline_keywords::HeadlineKeywords,
];
