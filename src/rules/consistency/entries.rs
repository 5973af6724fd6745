//! Shared reading of the profile for the whole-profile rules: where each experience entry's title,
//! company, dates and description sit, what its dates mean, and small helpers to build findings.

use std::ops::Range;

use crate::diagnostic::{Diagnostic, Related};
use crate::profile::dates::is_present;
use crate::profile::{DateValue, EndDate, ExperienceEntry, Field, Profile, Section};
use crate::rules::RuleMeta;

/// A place in the profile: a section and a byte range of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub section: usize,
    pub span: Range<usize>,
}

impl Place {
    /// The whole text of `section`, without surrounding white space.
    pub fn whole(profile: &Profile, section: usize) -> Place {
        Place { section, span: trimmed(&profile.sections[section].text) }
    }

    pub fn related(&self, message: impl Into<String>) -> Related {
        Related { section: self.section, span: self.span.clone(), message: message.into() }
    }
}

/// The byte range of `text` without leading and trailing white space.
pub fn trimmed(text: &str) -> Range<usize> {
    let lead = text.len() - text.trim_start().len();
    lead..lead + text.trim().len()
}

/// A finding of `meta`'s rule at `place`, at the rule's default severity.
pub fn diag(meta: &RuleMeta, place: &Place, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(meta.id, meta.category, meta.default_severity, place.section, place.span.clone(), message)
}

/// One experience entry as the rules see it.
#[derive(Debug)]
pub struct EntryView<'a> {
    pub index: usize,
    pub entry: &'a ExperienceEntry,
    /// The list the entry belongs to (`experience`, `work`, `volunteer`): the path before `[`.
    pub group: &'a str,
    pub title: Option<usize>,
    pub company: Option<usize>,
    pub start: Option<(DateValue, Place)>,
    pub end: Option<(EndDate, Place)>,
    /// Description and highlight sections (prose).
    pub description: Vec<usize>,
    /// Where entry-level findings go: the title, else the entry's first section.
    pub anchor: Place,
}

impl EntryView<'_> {
    /// `Senior Engineer — Acme`, for messages.
    pub fn name(&self) -> String {
        match (&self.entry.title, &self.entry.company) {
            (Some(t), Some(c)) => format!("{t} — {c}"),
            (Some(t), None) => t.clone(),
            (None, Some(c)) => c.clone(),
            (None, None) => format!("entry {}", self.index + 1),
        }
    }

    /// The earliest month the role can have started, and the latest.
    pub fn start_bounds(&self) -> Option<(i32, i32)> {
        self.start.as_ref().map(|(d, _)| d.month_bounds())
    }

    /// The end as a month range; `None` for a current role or one with no end.
    pub fn end_bounds(&self) -> Option<(i32, i32)> {
        match self.end.as_ref()? {
            (EndDate::Date(d), _) => Some(d.month_bounds()),
            (EndDate::Present, _) => None,
        }
    }

    pub fn is_current(&self) -> bool {
        self.entry.is_current()
    }

    /// Where the dates are written: the start's place, else the end's, else the anchor.
    pub fn dates_place(&self) -> Place {
        self.start
            .as_ref()
            .map(|s| s.1.clone())
            .or_else(|| self.end.as_ref().map(|e| e.1.clone()))
            .unwrap_or_else(|| self.anchor.clone())
    }

    pub fn has_dates(&self) -> bool {
        self.start.is_some() || self.end.is_some()
    }
}

/// The experience entries that have at least one section (anything else cannot be pointed at).
pub fn entries(profile: &Profile) -> Vec<EntryView<'_>> {
    let mut out = Vec::new();
    for (index, entry) in profile.experience.iter().enumerate() {
        let Some(&first) = entry.sections.first() else { continue };
        let section = |i: usize| &profile.sections[i];
        let find = |f: &dyn Fn(&Section) -> bool| entry.sections.iter().copied().find(|&i| f(section(i)));
        let title = find(&|s| s.field == Field::Title);
        let company =
            entry.company.as_deref().and_then(|c| find(&|s| s.field == Field::Name && s.text.trim() == c.trim()));
        let description = entry
            .sections
            .iter()
            .copied()
            .filter(|&i| matches!(section(i).field, Field::Text | Field::Bullet))
            .collect();
        let anchor = Place::whole(profile, title.unwrap_or(first));
        let group = section(first).path.split('[').next().unwrap_or("");
        let (mut start_place, mut end_place) = (None, None);
        for i in entry.sections.iter().copied().filter(|&i| section(i).field == Field::Date) {
            let text = &section(i).text;
            let last = section(i).path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
            if let Some(r) = section(i).date_range() {
                if r.end_span.is_some() || last.contains("start") || (!last.contains("end") && start_place.is_none()) {
                    start_place.get_or_insert(Place { section: i, span: r.start_span.clone() });
                    if let Some(e) = r.end_span.clone() {
                        end_place.get_or_insert(Place { section: i, span: e });
                    }
                } else {
                    end_place.get_or_insert(Place { section: i, span: r.start_span.clone() });
                }
            } else if is_present(text) {
                end_place.get_or_insert(Place::whole(profile, i));
            }
        }
        let start = entry.start.map(|d| (d, start_place.clone().unwrap_or_else(|| anchor.clone())));
        let end = entry.end.map(|e| (e, end_place.or(start_place).unwrap_or_else(|| anchor.clone())));
        out.push(EntryView { index, entry, group, title, company, start, end, description, anchor });
    }
    out
}

/// Prose sections (text, bullets), in profile order.
pub fn prose_sections(profile: &Profile) -> impl Iterator<Item = (usize, &Section)> {
    profile.sections.iter().enumerate().filter(|(_, s)| matches!(s.field, Field::Text | Field::Bullet))
}

/// `n` months as words: `8 months`, `2 years`, `1 year 3 months`.
pub fn months_words(n: i32) -> String {
    let (y, m) = (n / 12, n % 12);
    let unit = |k: i32, w: &str| if k == 1 { format!("1 {w}") } else { format!("{k} {w}s") };
    match (y, m) {
        (0, m) => unit(m, "month"),
        (y, 0) => unit(y, "year"),
        (y, m) => format!("{} {}", unit(y, "year"), unit(m, "month")),
    }
}

/// A sentence of prose: its section and byte range.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub section: usize,
    pub range: Range<usize>,
}

/// The sentences of `sections` (each line and sentence of each block), in order.
pub fn sentences_of(profile: &Profile, sections: &[usize]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for &i in sections {
        out.extend(profile.sections[i].block_sentences().iter().map(|r| Sentence { section: i, range: r.clone() }));
    }
    out
}

/// The first word of `text` (letters, apostrophes), with its byte range.
pub fn first_word(text: &str) -> Option<(&str, Range<usize>)> {
    let t = crate::text::tokenize::words(text).next()?;
    Some((&text[t.span.clone()], t.span))
}
