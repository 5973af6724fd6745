//! When a profile is whole enough to be judged for what it lacks, and where such findings go.

use crate::profile::{InputFormat, Profile, SectionKind};
use crate::rules::consistency::entries::Place;

/// A structured export, or a document with at least two kinds of section: a lone paragraph is not a
/// profile that "lacks a headline".
pub fn is_whole_profile(profile: &Profile) -> bool {
    if matches!(profile.format, InputFormat::JsonResume | InputFormat::LinkedIn) {
        return profile.has_text();
    }
    let mut kinds: Vec<SectionKind> =
        profile.sections.iter().map(|s| s.kind).filter(|k| *k != SectionKind::Other).collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds.len() >= 2
}

/// Where a finding about something absent goes: the profile's empty whole-profile section.
pub fn top(profile: &Profile) -> Option<Place> {
    profile.has_text().then_some(Place { section: profile.whole_section(), span: 0..0 })
}

/// The first section of `kind`, if any has text.
pub fn first_of(profile: &Profile, kind: SectionKind) -> Option<usize> {
    profile.sections.iter().position(|s| s.kind == kind && !s.text.trim().is_empty())
}
