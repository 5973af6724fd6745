//! Consistency rules: whole-profile checks that compare one place with another — dates that don't
//! add up, and wording that disagrees with itself. Each rule is one file; `RULES` lists them.

pub mod chronological_order;
pub mod date_format;
pub mod date_gap;
pub mod date_order;
pub mod entries;
pub mod future_date;
pub mod missing_dates;
pub mod overlapping_roles;

use super::Rule;

pub static RULES: &[&dyn Rule] = &[
    &date_order::DateOrder,
    &future_date::FutureDate,
    &overlapping_roles::OverlappingRoles,
    &date_gap::DateGap,
    &missing_dates::MissingDates,
    &chronological_order::ChronologicalOrder,
    &date_format::DateFormat,
];
