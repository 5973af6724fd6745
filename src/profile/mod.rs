//! The profile model every reader produces and every rule consumes: sections of text that know
//! where they came from in the file, and the structured experience entries.

pub mod assemble;
pub mod dates;
pub mod detect;
pub mod json_resume;
pub mod linkedin;
pub mod markdown;
pub mod plain;

use std::ops::Range;

use serde::Serialize;

use crate::text::{LineIndex, Origin};
pub use dates::{DateValue, EndDate};

/// Which part of a profile a section belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    Headline,
    Summary,
    Experience,
    Education,
    Skills,
    Other,
}

impl SectionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Headline => "headline",
            SectionKind::Summary => "summary",
            SectionKind::Experience => "experience",
            SectionKind::Education => "education",
            SectionKind::Skills => "skills",
            SectionKind::Other => "other",
        }
    }

    pub const ALL: [SectionKind; 6] = [
        SectionKind::Headline,
        SectionKind::Summary,
        SectionKind::Experience,
        SectionKind::Education,
        SectionKind::Skills,
        SectionKind::Other,
    ];
}

/// What a section's text is, within its kind: prose is checked as prose; names and dates are not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// Free prose: a summary, a description, a paragraph.
    Text,
    /// One bullet (a JSON Resume highlight): the whole section is a bullet.
    Bullet,
    /// A job title, degree or other heading-like line.
    Title,
    /// A proper name: company, school, location. Not spell-checked; feeds the vocabulary.
    Name,
    /// A date or date range as written.
    Date,
    /// A list of keywords (skills): spell-checked as words, never as sentences.
    Keywords,
}

/// A block within a section's text: a paragraph or a bullet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Bullet,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub range: Range<usize>,
    /// The bullet character as typed, where it is part of the text (`•` in plain text or a JSON
    /// string). `None` for paragraphs and for Markdown list items, whose markers are syntax.
    pub marker: Option<char>,
}

/// A piece of profile text and its place in the file.
#[derive(Debug, Clone)]
pub struct Section {
    pub kind: SectionKind,
    pub field: Field,
    /// The field it came from: `headline`, `experience[1].description`, `work[0].highlights[2]`.
    pub path: String,
    /// A short human label: `Experience: Senior Engineer — Acme`.
    pub label: String,
    pub text: String,
    pub origin: Origin,
    /// Paragraphs and bullets; empty means the whole text is one paragraph.
    pub blocks: Vec<Block>,
    /// Byte ranges that are not prose (Markdown code spans, HTML).
    pub skip: Vec<Range<usize>>,
    /// The experience entry this section belongs to, if any.
    pub entry: Option<usize>,
    /// Tokens and sentences, computed once on first use and shared by every rule.
    tokens: std::sync::OnceLock<Vec<crate::text::Token>>,
    sentences: std::sync::OnceLock<Vec<Range<usize>>>,
    /// Each block's own sentences (see `block_sentences`).
    block_sentences: std::sync::OnceLock<Vec<Range<usize>>>,
    analysis: std::sync::OnceLock<crate::text::Analysis>,
    /// The word count of the text, counted once (by the thread that checks the profile, so the
    /// report writer only adds it up).
    word_count: std::sync::OnceLock<usize>,
    /// `skip` as an index, and `skip` plus every URL, e-mail, handle, hashtag and code token: built
    /// once so "is this byte prose?" is a binary search, not a scan of the section.
    skip_spans: std::sync::OnceLock<crate::text::Spans>,
    literal_spans: std::sync::OnceLock<crate::text::Spans>,
    /// The text read as a date range, parsed once: every rule that reads the experience entries asks.
    date_range: std::sync::OnceLock<Option<dates::ParsedRange>>,
}

impl Section {
    pub fn new(kind: SectionKind, field: Field, path: impl Into<String>, text: String, origin: Origin) -> Section {
        let path = path.into();
        Section {
            kind,
            field,
            label: kind.as_str().to_string(),
            path,
            text,
            origin,
            blocks: Vec::new(),
            skip: Vec::new(),
            entry: None,
            tokens: std::sync::OnceLock::new(),
            sentences: std::sync::OnceLock::new(),
            block_sentences: std::sync::OnceLock::new(),
            analysis: std::sync::OnceLock::new(),
            word_count: std::sync::OnceLock::new(),
            skip_spans: std::sync::OnceLock::new(),
            literal_spans: std::sync::OnceLock::new(),
            date_range: std::sync::OnceLock::new(),
        }
    }

    /// The section's tokens (its `skip` ranges are code), tokenized once.
    pub fn tokens(&self) -> &[crate::text::Token] {
        self.tokens.get_or_init(|| crate::text::tokenize(&self.text, &self.skip))
    }

    /// The number of words in the text (every word, `skip` ranges included), counted once.
    pub fn word_count(&self) -> usize {
        *self.word_count.get_or_init(|| {
            if self.skip.is_empty() {
                // The rules' tokens are these very tokens: count them instead of tokenizing again.
                self.tokens().iter().filter(|t| t.kind == crate::text::TokenKind::Word).count()
            } else {
                crate::text::tokenize::words(&self.text).count()
            }
        })
    }

    /// The section's sentences, split once.
    pub fn sentences(&self) -> &[Range<usize>] {
        self.sentences.get_or_init(|| crate::text::sentences(&self.text))
    }

    /// The sentences of each block (each line and sentence of each paragraph and bullet), in order,
    /// as byte ranges of `text`: split once for the rules that read a profile's sentences.
    pub fn block_sentences(&self) -> &[Range<usize>] {
        self.block_sentences.get_or_init(|| {
            let mut out = Vec::new();
            let bytes = self.text.as_bytes();
            for b in self.blocks() {
                let (start, end) = (b.range.start, b.range.end);
                // A block of whole lines has the section's own sentences there, split once for all rules:
                // sentences are split line by line and never joined across a line break.
                let whole_lines = start <= end
                    && (start == 0 || bytes.get(start - 1) == Some(&b'\n'))
                    && (end == bytes.len()
                        || bytes.get(end) == Some(&b'\n')
                        || bytes.get(end.wrapping_sub(1)) == Some(&b'\n'));
                if whole_lines {
                    let all = self.sentences();
                    let from = all.partition_point(|r| r.start < start);
                    let to = all.partition_point(|r| r.start < end);
                    out.extend(all[from..to].iter().cloned());
                    continue;
                }
                for r in crate::text::sentences(&self.text[b.range.clone()]) {
                    out.push(b.range.start + r.start..b.range.start + r.end);
                }
            }
            out
        })
    }

    /// The section's words with their word classes, analysed once, on first use by a rule.
    pub fn analysis(&self) -> &crate::text::Analysis {
        self.analysis.get_or_init(|| crate::text::Analysis::new(&self.text, self.tokens(), self.sentences()))
    }

    /// The text read as a date range (`dates::parse_range_line`), parsed once.
    pub fn date_range(&self) -> Option<&dates::ParsedRange> {
        self.date_range.get_or_init(|| dates::parse_range_line(&self.text)).as_ref()
    }

    /// The `skip` ranges as an index.
    pub fn skip_spans(&self) -> &crate::text::Spans {
        self.skip_spans.get_or_init(|| crate::text::Spans::new(self.skip.iter().cloned()))
    }

    /// Bytes that are not prose: the `skip` ranges and the URL, e-mail, @handle, #hashtag and code tokens.
    pub fn literal_spans(&self) -> &crate::text::Spans {
        use crate::text::TokenKind;
        self.literal_spans.get_or_init(|| {
            let literal = self.tokens().iter().filter(|t| {
                matches!(
                    t.kind,
                    TokenKind::Url | TokenKind::Email | TokenKind::Handle | TokenKind::Hashtag | TokenKind::Code
                )
            });
            crate::text::Spans::new(self.skip.iter().cloned().chain(literal.map(|t| t.span.clone())))
        })
    }

    /// The blocks of the section, or one paragraph spanning all of it.
    pub fn blocks(&self) -> Vec<Block> {
        if self.blocks.is_empty() {
            let kind = if self.field == Field::Bullet { BlockKind::Bullet } else { BlockKind::Paragraph };
            vec![Block { kind, range: 0..self.text.len(), marker: None }]
        } else {
            self.blocks.clone()
        }
    }

    /// Whether this text is read as prose (spelling and grammar apply).
    pub fn is_prose(&self) -> bool {
        matches!(self.field, Field::Text | Field::Bullet | Field::Title | Field::Keywords)
    }
}

/// One job (or volunteer role) in the experience list.
#[derive(Debug, Clone, Default)]
pub struct ExperienceEntry {
    pub title: Option<String>,
    pub company: Option<String>,
    pub location: Option<String>,
    pub start: Option<DateValue>,
    pub end: Option<EndDate>,
    /// Sections of this entry, in order (title, dates, description, highlights).
    pub sections: Vec<usize>,
}

impl ExperienceEntry {
    /// A role with no end date, or one that says "Present".
    pub fn is_current(&self) -> bool {
        matches!(self.end, Some(EndDate::Present)) || (self.end.is_none() && self.start.is_some())
    }
}

/// The format a profile was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum InputFormat {
    #[serde(rename = "markdown")]
    Markdown,
    #[serde(rename = "text")]
    PlainText,
    #[serde(rename = "json-resume")]
    JsonResume,
    #[serde(rename = "linkedin-export")]
    LinkedIn,
}

impl InputFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Markdown => "markdown",
            InputFormat::PlainText => "text",
            InputFormat::JsonResume => "json-resume",
            InputFormat::LinkedIn => "linkedin-export",
        }
    }

    pub fn parse(s: &str) -> Option<InputFormat> {
        match s {
            "markdown" | "md" => Some(InputFormat::Markdown),
            "text" | "txt" | "plain" => Some(InputFormat::PlainText),
            "json-resume" | "json" => Some(InputFormat::JsonResume),
            "linkedin-export" | "linkedin" => Some(InputFormat::LinkedIn),
            _ => None,
        }
    }
}

/// A file the profile was read from (one for most formats, several for a LinkedIn export).
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
    pub lines: LineIndex,
}

impl Source {
    pub fn new(name: impl Into<String>, text: String) -> Source {
        let lines = LineIndex::new(&text);
        Source { name: name.into(), text, lines }
    }
}

/// Findings the person switched off in the text itself: a Markdown `<!-- proofile-disable … -->` …
/// `<!-- proofile-enable -->` stretch, or a JSON Resume `meta.proofile.disable` list (whole profile).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    pub source: usize,
    /// File byte range covered; `None` covers every source of the profile.
    pub range: Option<Range<usize>>,
    /// Rule ids switched off; empty means every rule.
    pub rules: Vec<String>,
}

impl Suppression {
    pub fn covers(&self, rule: &str, source: usize, offset: usize) -> bool {
        let place = match &self.range {
            None => true,
            Some(r) => self.source == source && r.contains(&offset),
        };
        place && (self.rules.is_empty() || self.rules.iter().any(|r| r == rule))
    }
}

/// `<!-- proofile-disable a b -->` … `<!-- proofile-enable -->` in Markdown or plain text.
pub fn inline_suppressions(text: &str, source: usize) -> Vec<Suppression> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Vec<String>)> = None;
    let mut pos = 0;
    while let Some(i) = text[pos..].find("<!--") {
        let start = pos + i;
        let Some(j) = text[start..].find("-->") else { break };
        let end = start + j + 3;
        let body = text[start + 4..start + j].trim();
        if let Some(rest) = body.strip_prefix("proofile-disable") {
            if let Some((from, rules)) = open.take() {
                out.push(Suppression { source, range: Some(from..start), rules });
            }
            open = Some((end, rest.split_whitespace().map(str::to_string).collect()));
        } else if body.starts_with("proofile-enable")
            && let Some((from, rules)) = open.take()
        {
            out.push(Suppression { source, range: Some(from..start), rules });
        }
        pos = end;
    }
    if let Some((from, rules)) = open {
        out.push(Suppression { source, range: Some(from..text.len()), rules });
    }
    out
}

/// Something the reader recovered from (a trailing comma, a raw newline in a string).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadWarning {
    pub source: usize,
    pub offset: usize,
    pub message: String,
}

/// The path of the empty section that findings about the whole profile point at.
pub const WHOLE_PROFILE_PATH: &str = "profile";

/// A whole profile, as read from one input.
#[derive(Debug, Clone)]
pub struct Profile {
    pub format: InputFormat,
    pub sources: Vec<Source>,
    /// The person's name, if the input gives it.
    pub name: Option<String>,
    pub sections: Vec<Section>,
    pub experience: Vec<ExperienceEntry>,
    /// Proper names from structured fields (names, companies, schools, locations, products):
    /// accepted wherever they appear in the prose.
    pub vocabulary: Vec<String>,
    pub warnings: Vec<ReadWarning>,
    /// Rules switched off in the text itself.
    pub suppressions: Vec<Suppression>,
    /// The photo's address, where the format carries one (JSON Resume `basics.image`).
    pub image: Option<String>,
    /// The words of `vocabulary[..vocabulary_synced]`, so adding one is a hash lookup, not a scan.
    vocabulary_seen: std::collections::HashSet<String>,
    vocabulary_synced: usize,
}

impl Profile {
    pub fn new(format: InputFormat, sources: Vec<Source>) -> Profile {
        // Findings about the profile as a whole (a missing summary) have no text of their own: they
        // point at this empty section, at the top of the first file.
        let mut whole =
            Section::new(SectionKind::Other, Field::Name, WHOLE_PROFILE_PATH, String::new(), Origin::at(0, 0));
        whole.label = "Profile".into();
        Profile {
            format,
            sources,
            name: None,
            sections: vec![whole],
            experience: Vec::new(),
            vocabulary: Vec::new(),
            warnings: Vec::new(),
            suppressions: Vec::new(),
            image: None,
            vocabulary_seen: std::collections::HashSet::new(),
            vocabulary_synced: 0,
        }
    }

    /// Adds the words of a proper name (`Acme Corp`, `São Paulo`) to the profile's vocabulary.
    pub fn add_vocabulary(&mut self, name: &str) {
        for w in crate::text::tokenize::words(name) {
            let word = &name[w.span];
            // `vocabulary` is public: take in whatever was pushed to it directly since last time.
            if self.vocabulary_synced > self.vocabulary.len() {
                self.vocabulary_seen.clear();
                self.vocabulary_synced = 0;
            }
            self.vocabulary_seen.extend(self.vocabulary[self.vocabulary_synced..].iter().cloned());
            if self.vocabulary_seen.insert(word.to_string()) {
                self.vocabulary.push(word.to_string());
            }
            self.vocabulary_synced = self.vocabulary.len();
        }
    }

    /// Names the headline gives as `Title at Company` (or `@ Company`) join the vocabulary, like the
    /// company names of the experience entries. Readers call this once the sections are read.
    pub fn learn_headline_names(&mut self) {
        let companies: Vec<String> = self
            .sections
            .iter()
            .filter(|s| s.kind == SectionKind::Headline)
            .filter_map(|s| {
                let t = &s.text;
                let i = t.find(" at ").map(|i| i + 4).or_else(|| t.find(" @ ").map(|i| i + 3))?;
                let rest = &t[i..];
                let end = rest.find(['|', ',', '·', '—', '–', ';', '(', '/', '\n']).unwrap_or(rest.len());
                Some(rest[..end].trim().to_string())
            })
            .collect();
        for c in companies {
            // Only capitalised words are names: "people at scale" adds nothing.
            if c.chars().next().is_some_and(char::is_uppercase) {
                self.add_vocabulary(&c);
            }
        }
    }

    /// File name, 1-based line and column of a byte offset in a section's text.
    pub fn locate(&self, section: usize, offset: usize) -> (&Source, usize, usize) {
        let s = &self.sections[section];
        let src = &self.sources[s.origin.source];
        let file_offset = s.origin.to_file(offset);
        let (line, col) = src.lines.line_col(&src.text, file_offset);
        (src, line, col)
    }

    /// Whether a finding of `rule` at byte `offset` of `section` was switched off in the text.
    pub fn is_suppressed(&self, rule: &str, section: usize, offset: usize) -> bool {
        if self.suppressions.is_empty() {
            return false;
        }
        let s = &self.sections[section];
        let file_offset = s.origin.to_file(offset);
        self.suppressions.iter().any(|x| x.covers(rule, s.origin.source, file_offset))
    }

    /// Whether the input format has a place for a photo at all.
    pub fn carries_photo(&self) -> bool {
        self.format == InputFormat::JsonResume
    }

    /// Why a span of section `section` is not sound, if it is not: out of range, off a character
    /// boundary, or mapped outside its source or off a character boundary there. The invariant every
    /// rule and reader keeps; the fuzz targets, the fix engine and the tests check it.
    pub fn span_problem(&self, section: usize, span: &Range<usize>) -> Option<String> {
        let Some(s) = self.sections.get(section) else {
            return Some(format!("section {section} of {}", self.sections.len()));
        };
        if span.start > span.end || span.end > s.text.len() {
            return Some(format!("span {span:?} outside {} bytes of {}", s.text.len(), s.path));
        }
        if !s.text.is_char_boundary(span.start) || !s.text.is_char_boundary(span.end) {
            return Some(format!("span {span:?} of {} splits a character", s.path));
        }
        let Some(src) = self.sources.get(s.origin.source) else {
            return Some(format!("{} names source {}", s.path, s.origin.source));
        };
        for offset in [span.start, span.end] {
            let file = s.origin.to_file(offset);
            if file > src.text.len() || !src.text.is_char_boundary(file) {
                return Some(format!("{} offset {offset} maps to {file}, not a character of {}", s.path, src.name));
            }
        }
        if let Some(r) = s.origin.verbatim_range(span.clone())
            && src.text.get(r.clone()) != Some(&s.text[span.clone()])
        {
            return Some(format!("{} {span:?} is said to be verbatim at {r:?} but differs", s.path));
        }
        let (_, line, col) = self.locate(section, span.start);
        let line_start = src.lines.line_range(&src.text, line).start;
        let line_text = src.text[line_start..].split('\n').next().unwrap_or("");
        if col > line_text.chars().count() + 1 {
            return Some(format!("{} {span:?} located at {line}:{col}, not in {}", s.path, src.name));
        }
        None
    }

    /// The empty section for findings about the profile as a whole.
    pub fn whole_section(&self) -> usize {
        self.sections.iter().position(|s| s.path == WHOLE_PROFILE_PATH && s.text.is_empty()).unwrap_or(0)
    }

    /// Whether any section holds text.
    pub fn has_text(&self) -> bool {
        self.sections.iter().any(|s| !s.text.trim().is_empty())
    }

    /// The word count of all prose, for "findings per 1,000 words".
    pub fn word_count(&self) -> usize {
        self.sections.iter().filter(|s| s.is_prose()).map(Section::word_count).sum()
    }
}

/// Which section a heading or label names, case-insensitively.
pub fn section_kind_for_heading(heading: &str) -> Option<SectionKind> {
    let h = heading.trim().trim_end_matches(':').trim().to_lowercase();
    let kind = match h.as_str() {
        "headline" | "tagline" | "title" => SectionKind::Headline,
        "about" | "about me" | "summary" | "profile" | "professional summary" | "bio" => SectionKind::Summary,
        "experience"
        | "work experience"
        | "employment"
        | "employment history"
        | "work history"
        | "professional experience"
        | "work" => SectionKind::Experience,
        "education" => SectionKind::Education,
        "skills" | "top skills" | "core skills" | "technical skills" => SectionKind::Skills,
        _ => return None,
    };
    Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each block's sentences are those of its own text, whether the block is whole lines (read from the
    /// section's sentences) or part of a line (split again): abbreviations, line breaks, a trailing line
    /// break, a bullet marker inside the text and a block that starts mid-line.
    #[test]
    fn block_sentences_are_each_blocks_own() {
        let text = "Led the team. Worked with Dr. Smith on it.\nShipped v2! Then left\n• Built the API. Ran it.\nend of it. Next";
        let line = |n: usize| {
            let start: usize = text.split('\n').take(n).map(|l| l.len() + 1).sum();
            start..start + text.split('\n').nth(n).unwrap().len()
        };
        let (l0, l1, l2, l3) = (line(0), line(1), line(2), line(3));
        let block = |range: Range<usize>| Block { kind: BlockKind::Bullet, range, marker: None };
        let layouts = [
            vec![],
            vec![block(l0.start..l1.end), block(l2.clone()), block(l3.clone())],
            vec![
                block(l0.start..l0.end + 1),
                block(l1.clone()),
                block(l2.start + 4..l2.end),
                block(l3.start + 3..l3.end),
            ],
            vec![block(l0.start + 14..l1.end), block(l2.start..l3.end)],
        ];
        for blocks in layouts {
            let mut s = Section::new(SectionKind::Summary, Field::Text, "summary", text.to_string(), Origin::at(0, 0));
            s.blocks = blocks;
            let want: Vec<Range<usize>> = s
                .blocks()
                .iter()
                .flat_map(|b| {
                    let at = b.range.start;
                    crate::text::sentences(&text[b.range.clone()]).into_iter().map(move |r| at + r.start..at + r.end)
                })
                .collect();
            assert_eq!(s.block_sentences(), want.as_slice(), "{:?}", s.blocks);
        }
    }
}
