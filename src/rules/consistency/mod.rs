//! Consistency rules: whole-profile checks that compare one place with another — dates that don't
//! add up, and wording that disagrees with itself. Each rule is one file; `RULES` lists them.

pub mod bullet_style;
pub mod chronological_order;
pub mod company_name;
pub mod date_format;
pub mod date_gap;
pub mod date_order;
pub mod entries;
pub mod future_date;
pub mod headline_mismatch;
pub mod missing_dates;
pub mod overlapping_roles;
pub mod person;
pub mod spelling_variant;
pub mod tense;
pub mod term_casing;
pub mod title_case;

use super::Rule;

pub static RULES: &[&dyn Rule] = &[
    &date_order::DateOrder,
    &future_date::FutureDate,
    &overlapping_roles::OverlappingRoles,
    &date_gap::DateGap,
    &missing_dates::MissingDates,
    &chronological_order::ChronologicalOrder,
    &date_format::DateFormat,
    &spelling_variant::SpellingVariant,
    &term_casing::TermCasing,
    &bullet_style::BulletStyle,
    &title_case::TitleCase,
    &tense::Tense,
    &person::Person,
    &headline_mismatch::HeadlineMismatch,
    &company_name::CompanyName,
];
