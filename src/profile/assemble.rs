//! Turns a stream of headings and blocks (from the Markdown or the plain-text reader) into a
//! `Profile`: sections by heading, experience entries with title, company, dates and description.

use std::ops::Range;

use pulldown_cmark::HeadingLevel;

use super::dates::{EndDate, parse_range_line};
use super::{
    Block, BlockKind, ExperienceEntry, Field, InputFormat, Profile, Section, SectionKind, Source,
    section_kind_for_heading,
};
use crate::text::{Origin, OriginBuilder};

/// A piece of text from the file: verbatim or standing for something else (an entity, a break).
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    pub text: String,
    pub file: usize,
    pub verbatim: bool,
    pub code: bool,
}

/// A paragraph, bullet or heading as collected from the events.
#[derive(Debug, Clone, Default)]
pub(crate) struct BlockBuf {
    pub bullet: bool,
    /// The bullet character typed in the text (plain text only; Markdown markers are syntax).
    pub marker: Option<char>,
    pub pieces: Vec<Piece>,
}

impl BlockBuf {
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
    fn start(&self) -> usize {
        self.pieces.first().map_or(0, |p| p.file)
    }
    pub fn is_blank(&self) -> bool {
        self.pieces.iter().all(|p| p.text.trim().is_empty())
    }
    /// A sub-range (in the block's text) as a new block, keeping the mapping.
    fn slice(&self, range: Range<usize>) -> BlockBuf {
        let mut out = BlockBuf { bullet: self.bullet, marker: self.marker, pieces: Vec::new() };
        let mut pos = 0;
        for p in &self.pieces {
            let (a, b) = (pos, pos + p.text.len());
            pos = b;
            let (s, e) = (range.start.max(a), range.end.min(b));
            if s >= e {
                continue;
            }
            let text = p.text[s - a..e - a].to_string();
            let file = if p.verbatim { p.file + (s - a) } else { p.file };
            out.pieces.push(Piece { text, file, verbatim: p.verbatim, code: p.code });
        }
        out
    }
}

/// A finished section's text, origin, blocks and non-prose ranges.
struct SectionParts {
    text: String,
    origin: Origin,
    blocks: Vec<Block>,
    skip: Vec<Range<usize>>,
}

/// Accumulates the blocks of one section.
struct SectionBuf {
    builder: OriginBuilder,
    blocks: Vec<Block>,
    skip: Vec<Range<usize>>,
}

impl SectionBuf {
    fn new() -> Self {
        SectionBuf { builder: OriginBuilder::new(0), blocks: Vec::new(), skip: Vec::new() }
    }

    fn push_block(&mut self, block: &BlockBuf) {
        if block.is_blank() {
            return;
        }
        if !self.builder.is_empty() {
            self.builder.push_synthetic("\n", block.start());
        }
        let start = self.builder.text().len();
        push_pieces(&mut self.builder, &mut self.skip, &block.pieces);
        let kind = if block.bullet { BlockKind::Bullet } else { BlockKind::Paragraph };
        self.blocks.push(Block { kind, range: start..self.builder.text().len(), marker: block.marker });
    }

    fn finish(self) -> Option<SectionParts> {
        if self.builder.text().trim().is_empty() {
            return None;
        }
        let (text, origin) = self.builder.finish();
        Some(SectionParts { text, origin, blocks: self.blocks, skip: self.skip })
    }
}

fn push_pieces(b: &mut OriginBuilder, skip: &mut Vec<Range<usize>>, pieces: &[Piece]) {
    for p in pieces {
        let start = b.text().len();
        if p.verbatim {
            b.push_verbatim(&p.text, p.file);
        } else {
            b.push_synthetic(&p.text, p.file);
        }
        if p.code {
            skip.push(start..b.text().len());
        }
    }
}

fn block_section(kind: SectionKind, field: Field, path: String, label: String, block: &BlockBuf) -> Section {
    let mut b = OriginBuilder::new(0);
    let mut skip = Vec::new();
    push_pieces(&mut b, &mut skip, &block.pieces);
    let (text, origin) = b.finish();
    let mut s = Section::new(kind, field, path, text, origin);
    s.label = label;
    s.skip = skip;
    s
}

/// Where the reader is in the document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Ctx {
    Preamble,
    Section { kind: SectionKind, level: HeadingLevel, index: usize },
    Entry { kind: SectionKind, level: HeadingLevel, entry: usize },
}

pub(crate) struct Assembler {
    pub profile: Profile,
    ctx: Ctx,
    current: SectionBuf,
    current_meta: Option<(SectionKind, Field, String, String, Option<usize>)>,
    preamble: Vec<BlockBuf>,
    saw_section: bool,
    other_count: usize,
    education_count: usize,
    /// An entry whose date line may still come (first block after its heading).
    awaiting_dates: bool,
}

impl Assembler {
    pub fn new(format: InputFormat, source: Source) -> Assembler {
        Assembler {
            profile: Profile::new(format, vec![source]),
            ctx: Ctx::Preamble,
            current: SectionBuf::new(),
            current_meta: None,
            preamble: Vec::new(),
            saw_section: false,
            other_count: 0,
            education_count: 0,
            awaiting_dates: false,
        }
    }

    /// Whether the reader is inside an experience entry that has no date line yet.
    pub fn awaiting_dates(&self) -> bool {
        self.awaiting_dates
    }

    pub fn on_heading(&mut self, level: HeadingLevel, buf: BlockBuf) {
        let text = buf.text();
        let title = text.trim();
        if level == HeadingLevel::H1
            && !self.saw_section
            && self.profile.name.is_none()
            && section_kind_for_heading(title).is_none()
        {
            self.profile.name = Some(title.to_string());
            self.profile.add_vocabulary(title);
            return;
        }
        if let Some(kind) = section_kind_for_heading(title) {
            self.close_section();
            self.saw_section = true;
            self.ctx = Ctx::Section { kind, level, index: 0 };
            self.open_section(kind, section_field(kind), kind.as_str().to_string(), heading_label(kind, title), None);
            return;
        }
        let (kind, section_level) = match self.ctx {
            Ctx::Section { kind, level, .. } | Ctx::Entry { kind, level, .. } => (Some(kind), level),
            Ctx::Preamble => (None, HeadingLevel::H1),
        };
        match kind {
            Some(kind @ (SectionKind::Experience | SectionKind::Education)) if level > section_level => {
                self.close_section();
                self.start_entry(kind, section_level, &buf);
            }
            _ => {
                self.close_section();
                self.saw_section = true;
                let index = self.other_count;
                self.other_count += 1;
                self.ctx = Ctx::Section { kind: SectionKind::Other, level, index };
                let path = format!("other[{index}]");
                let label = format!("Other: {title}");
                let mut s =
                    block_section(SectionKind::Other, Field::Title, format!("{path}.heading"), label.clone(), &buf);
                s.origin.source = 0;
                self.profile.sections.push(s);
                self.open_section(SectionKind::Other, Field::Text, path, label, None);
            }
        }
    }

    fn start_entry(&mut self, kind: SectionKind, level: HeadingLevel, heading: &BlockBuf) {
        let text = heading.text();
        // A date range may sit in the heading itself: "Engineer — Acme (2019–2021)".
        let (main_range, dates) = split_heading_dates(&text);
        let (title_r, org_r) = split_title_company(&text[main_range.clone()]);
        let shift = |r: Range<usize>| r.start + main_range.start..r.end + main_range.start;
        let (prefix, entry_idx) = if kind == SectionKind::Experience {
            let idx = self.profile.experience.len();
            self.profile.experience.push(ExperienceEntry::default());
            ("experience", idx)
        } else {
            let idx = self.education_count;
            self.education_count += 1;
            ("education", idx)
        };
        let title_text = text[shift(title_r.clone())].to_string();
        let org_text = org_r.clone().map(|r| text[shift(r)].to_string());
        let label = match &org_text {
            Some(org) => format!("{}: {} — {}", heading_label(kind, prefix), title_text, org),
            None => format!("{}: {}", heading_label(kind, prefix), title_text),
        };
        let entry = (kind == SectionKind::Experience).then_some(entry_idx);
        let mut title = block_section(
            kind,
            Field::Title,
            format!("{prefix}[{entry_idx}].title"),
            label.clone(),
            &heading.slice(shift(title_r)),
        );
        title.entry = entry;
        self.push_section(title);
        if let Some(r) = org_r {
            let org = heading.slice(shift(r));
            let name = org.text();
            self.profile.add_vocabulary(&name);
            let field_name = if kind == SectionKind::Experience { "company" } else { "school" };
            let mut s =
                block_section(kind, Field::Name, format!("{prefix}[{entry_idx}].{field_name}"), label.clone(), &org);
            s.entry = entry;
            self.push_section(s);
        }
        if let Some(e) = entry {
            let en = &mut self.profile.experience[e];
            en.title = Some(title_text);
            en.company = org_text;
        }
        self.ctx = Ctx::Entry { kind, level, entry: entry_idx };
        self.awaiting_dates = true;
        if let Some(d) = dates {
            self.apply_date_line(&heading.slice(d), entry, prefix, entry_idx, &label);
        }
        self.open_section(kind, Field::Text, format!("{prefix}[{entry_idx}].description"), label, entry);
    }

    /// Tries to read `block` as the entry's date line; returns whether it was one.
    fn apply_date_line(
        &mut self,
        block: &BlockBuf,
        entry: Option<usize>,
        prefix: &str,
        idx: usize,
        label: &str,
    ) -> bool {
        let text = block.text();
        let line = text.trim_end();
        let Some(parsed) = parse_range_line(line) else { return false };
        self.awaiting_dates = false;
        let mut dates = block_section(
            SectionKind::Experience,
            Field::Date,
            format!("{prefix}[{idx}].dates"),
            label.to_string(),
            &block.slice(parsed.dates.clone()),
        );
        dates.kind = if prefix == "experience" { SectionKind::Experience } else { SectionKind::Education };
        dates.entry = entry;
        self.push_section(dates);
        let mut location = None;
        if let Some(rest) = parsed.rest.clone() {
            let loc = block.slice(rest);
            let name = loc.text();
            self.profile.add_vocabulary(&name);
            let mut s = block_section(
                SectionKind::Experience,
                Field::Name,
                format!("{prefix}[{idx}].location"),
                label.to_string(),
                &loc,
            );
            s.entry = entry;
            self.push_section(s);
            location = Some(name);
        }
        if let Some(e) = entry {
            let en = &mut self.profile.experience[e];
            en.start = Some(parsed.start);
            // A lone date ("2019") is a one-off role: it ended when it started.
            en.end = Some(parsed.end.unwrap_or(EndDate::Date(parsed.start)));
            en.location = location;
        }
        true
    }

    pub fn add_block(&mut self, block: BlockBuf) {
        if block.is_blank() {
            return;
        }
        match self.ctx {
            Ctx::Preamble => self.preamble.push(block),
            Ctx::Entry { kind, entry, .. } => {
                if self.awaiting_dates && !block.bullet {
                    self.awaiting_dates = false;
                    let e = (kind == SectionKind::Experience).then_some(entry);
                    let prefix = if kind == SectionKind::Experience { "experience" } else { "education" };
                    let label = self.current_meta.as_ref().map(|m| m.3.clone()).unwrap_or_default();
                    if self.apply_date_line(&block, e, prefix, entry, &label) {
                        return;
                    }
                }
                self.awaiting_dates = false;
                self.current.push_block(&block);
            }
            Ctx::Section { .. } => self.current.push_block(&block),
        }
    }

    fn open_section(&mut self, kind: SectionKind, field: Field, path: String, label: String, entry: Option<usize>) {
        self.current = SectionBuf::new();
        self.current_meta = Some((kind, field, path, label, entry));
    }

    fn close_section(&mut self) {
        let buf = std::mem::replace(&mut self.current, SectionBuf::new());
        let Some((kind, field, path, label, entry)) = self.current_meta.take() else { return };
        if let Some(SectionParts { text, origin, blocks, skip }) = buf.finish() {
            let mut s = Section::new(kind, field, path, text, origin);
            s.label = label;
            s.blocks = blocks;
            s.skip = skip;
            s.entry = entry;
            self.push_section(s);
        }
    }

    fn push_section(&mut self, s: Section) {
        let idx = self.profile.sections.len();
        if let Some(e) = s.entry {
            self.profile.experience[e].sections.push(idx);
        }
        self.profile.sections.push(s);
    }

    pub fn finish(mut self) -> Profile {
        self.close_section();
        // Text between the name and the first section: its first short line is the headline, unless
        // the profile has a Headline section of its own.
        let preamble = std::mem::take(&mut self.preamble);
        let has_headline = self.profile.sections.iter().any(|s| s.kind == SectionKind::Headline);
        let mut front = Vec::new();
        let mut rest = SectionBuf::new();
        for (i, b) in preamble.iter().enumerate() {
            let t = b.text();
            if i == 0 && !has_headline && !b.bullet && !t.trim().contains('\n') && t.len() <= 300 {
                front.push(block_section(SectionKind::Headline, Field::Text, "headline".into(), "Headline".into(), b));
            } else {
                rest.push_block(b);
            }
        }
        if let Some(SectionParts { text, origin, blocks, skip }) = rest.finish() {
            let kind = if self.profile.sections.iter().any(|s| s.kind == SectionKind::Summary)
                || !self.saw_section && front.is_empty()
            {
                SectionKind::Other
            } else {
                SectionKind::Summary
            };
            let kind = if kind == SectionKind::Other && !self.saw_section { SectionKind::Summary } else { kind };
            let mut s = Section::new(
                kind,
                Field::Text,
                if kind == SectionKind::Summary { "summary" } else { "intro" },
                text,
                origin,
            );
            s.label = if kind == SectionKind::Summary { "About".into() } else { "Introduction".into() };
            s.blocks = blocks;
            s.skip = skip;
            front.push(s);
        }
        if !front.is_empty() {
            // Keep file order: the preamble comes first, so shift the entries' section indices.
            let n = front.len();
            for e in &mut self.profile.experience {
                for i in &mut e.sections {
                    *i += n;
                }
            }
            front.append(&mut self.profile.sections);
            self.profile.sections = front;
        }
        self.profile
    }
}

pub(crate) fn push_to(heading: &mut Option<(HeadingLevel, BlockBuf)>, block: &mut Option<BlockBuf>, piece: Piece) {
    if let Some((_, h)) = heading.as_mut() {
        h.pieces.push(piece);
    } else {
        block.get_or_insert_with(BlockBuf::default).pieces.push(piece);
    }
}

fn section_field(kind: SectionKind) -> Field {
    if kind == SectionKind::Skills { Field::Keywords } else { Field::Text }
}

fn heading_label(kind: SectionKind, written: &str) -> String {
    match kind {
        SectionKind::Headline => "Headline".into(),
        SectionKind::Summary => "About".into(),
        SectionKind::Experience => "Experience".into(),
        SectionKind::Education => "Education".into(),
        SectionKind::Skills => "Skills".into(),
        SectionKind::Other => written.to_string(),
    }
}

/// `Engineer — Acme (Jan 2020 – Present)` or `Engineer | Acme | 2019–2021`: the heading without its
/// dates, and the dates' range, if any.
fn split_heading_dates(text: &str) -> (Range<usize>, Option<Range<usize>>) {
    for open in ['(', '|', '·', ','] {
        if let Some(i) = text.rfind(open) {
            let inner_start = i + open.len_utf8();
            let inner = text[inner_start..].trim_end_matches(')');
            let lead = inner.len() - inner.trim_start().len();
            let trimmed = inner.trim();
            if let Some(p) = parse_range_line(trimmed)
                && p.rest.is_none()
            {
                let start = inner_start + lead;
                let head = text[..i].trim_end();
                return (0..head.len(), Some(start..start + trimmed.len()));
            }
        }
    }
    (0..text.trim_end().len(), None)
}

/// Splits an entry heading into title and company: `Senior Engineer — Acme`, `Senior Engineer at Acme`,
/// `Senior Engineer | Acme`, `Senior Engineer @ Acme`, `Senior Engineer, Acme`.
pub(crate) fn split_title_company(text: &str) -> (Range<usize>, Option<Range<usize>>) {
    let trim = |r: Range<usize>| {
        let s = &text[r.clone()];
        let lead = s.len() - s.trim_start().len();
        r.start + lead..r.start + lead + s.trim().len()
    };
    for sep in [" — ", " – ", " | ", " @ ", " at ", " - ", ", "] {
        if let Some(i) = text.find(sep) {
            let title = trim(0..i);
            let company = trim(i + sep.len()..text.len());
            if !text[title.clone()].is_empty() && !text[company.clone()].is_empty() {
                return (title, Some(company));
            }
        }
    }
    (trim(0..text.len()), None)
}
