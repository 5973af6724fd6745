//! The JSON Resume reader: schema v1 and the older pre-1.0 field names (`work[].company`,
//! `basics.bio`), each prose string a section whose path is its JSON path (`work[0].highlights[2]`).
//!
//! It parses JSON with the small scanner below rather than serde_json, because it needs three things
//! serde_json does not give: the file offset of every byte of every decoded string (so a finding in
//! `"caf\u00e9 \"bar\""` maps to its line and column through the escapes), recovery from the slips
//! real published files have (trailing commas, raw line breaks inside strings) with a warning that
//! names the place, and a depth limit that returns an error instead of overflowing the stack.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::dates::{EndDate, is_present, parse_date};
use super::{
    Block, BlockKind, ExperienceEntry, Field, InputFormat, Profile, ReadWarning, Section, SectionKind, Source,
};
use crate::error::InputError;
use crate::text::{Origin, OriginBuilder};

/// Nesting deeper than this is refused: no résumé needs it, and the parser recurses.
pub const MAX_DEPTH: usize = 512;

/// The top-level keys of a JSON Resume (v1 and pre-1.0); a JSON file with none of them is not one.
const RESUME_KEYS: [&str; 13] = [
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "certifications",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
];

/// Reads a JSON Resume document already decoded from UTF-8.
pub fn read(name: &str, text: String) -> Result<Profile, InputError> {
    let (root, warnings) = parse(name, &text)?;
    let Value::Object(top) = &root.value else {
        return Err(InputError::at(
            name,
            &text,
            root.start,
            format!("is JSON but not a JSON Resume: the top level is {}, not an object", root.value.describe()),
        ));
    };
    if !top.iter().any(|(k, _)| RESUME_KEYS.contains(&k.as_str())) {
        return Err(InputError::invalid(
            name,
            "is JSON but not a JSON Resume: it has none of the keys basics, work, education, skills, projects",
        ));
    }
    let mut r = Reader { profile: Profile::new(InputFormat::JsonResume, vec![Source::new(name, text)]) };
    r.profile.warnings = warnings;
    for (key, node) in entries(top) {
        match key {
            "basics" => r.basics(node),
            "meta" => r.meta(node),
            "$schema" | "languages" => {}
            group => {
                if let Some(spec) = GROUPS.iter().find(|g| g.key == group) {
                    r.group(spec, node);
                }
            }
        }
    }
    Ok(r.profile)
}

impl Reader {
    /// `meta.proofile.disable: ["buzzword", …]`: rules this person switched off for the whole profile.
    fn meta(&mut self, node: &Node) {
        let Value::Object(meta) = &node.value else { return };
        let Some((_, pf)) = entries(meta).find(|(k, _)| *k == "proofile") else { return };
        let Value::Object(pf) = &pf.value else { return };
        for (key, value) in entries(pf) {
            if key != "disable" {
                continue;
            }
            let rules: Vec<String> = match &value.value {
                Value::Array(items) => items
                    .iter()
                    .filter_map(|i| if let Value::Str(s) = &i.value { Some(s.text.trim().to_string()) } else { None })
                    .collect(),
                Value::Str(s) => vec![s.text.trim().to_string()],
                _ => continue,
            };
            if !rules.is_empty() {
                self.profile.suppressions.push(crate::profile::Suppression { source: 0, range: None, rules });
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The résumé: which keys are prose, names or dates, and the sections they become.

/// What a key's value is within an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    /// A proper name: not checked, added to the vocabulary.
    Name,
    Text,
    /// A list of strings, each a bullet (`highlights`); a lone string is read as one bullet.
    Bullets,
    Keywords,
    Date,
    Ignore,
}

/// A top-level list of entries (`work`, `education`...) and how its entries read.
struct Group {
    key: &'static str,
    kind: SectionKind,
    label: &'static str,
    /// Whether entries are jobs (`ExperienceEntry`).
    experience: bool,
    /// What `name` means in this group: a company, a project, a skill, a publication's title.
    name: Role,
}

const GROUPS: [Group; 11] = [
    Group { key: "work", kind: SectionKind::Experience, label: "Experience", experience: true, name: Role::Name },
    Group { key: "volunteer", kind: SectionKind::Other, label: "Volunteer", experience: false, name: Role::Name },
    Group { key: "education", kind: SectionKind::Education, label: "Education", experience: false, name: Role::Name },
    Group { key: "projects", kind: SectionKind::Other, label: "Project", experience: false, name: Role::Name },
    Group { key: "awards", kind: SectionKind::Other, label: "Award", experience: false, name: Role::Title },
    Group { key: "publications", kind: SectionKind::Other, label: "Publication", experience: false, name: Role::Title },
    Group { key: "certificates", kind: SectionKind::Other, label: "Certificate", experience: false, name: Role::Title },
    Group {
        key: "certifications",
        kind: SectionKind::Other,
        label: "Certificate",
        experience: false,
        name: Role::Title,
    },
    Group { key: "skills", kind: SectionKind::Skills, label: "Skills", experience: false, name: Role::Keywords },
    Group { key: "interests", kind: SectionKind::Other, label: "Interests", experience: false, name: Role::Keywords },
    Group { key: "references", kind: SectionKind::Other, label: "Reference", experience: false, name: Role::Name },
];

fn role(group: &Group, key: &str) -> Role {
    match key {
        "name" => group.name,
        "position" | "title" | "area" | "studyType" | "qualification" | "roles" | "courses" => Role::Title,
        "company" | "organization" | "institution" | "awarder" | "publisher" | "issuer" | "entity" | "location" => {
            Role::Name
        }
        "summary" | "description" | "details" | "reference" | "thesis" => Role::Text,
        "highlights" => Role::Bullets,
        "keywords" => Role::Keywords,
        "startDate" | "endDate" | "date" | "releaseDate" => Role::Date,
        _ => Role::Ignore,
    }
}

/// Keys that name what an entry is (for its label), most telling first.
const TITLE_KEYS: [&str; 5] = ["position", "title", "studyType", "area", "name"];
const ORG_KEYS: [&str; 8] =
    ["name", "company", "organization", "institution", "awarder", "publisher", "issuer", "entity"];

struct Reader {
    profile: Profile,
}

impl Reader {
    fn warn(&mut self, offset: usize, message: impl Into<String>) {
        self.profile.warnings.push(ReadWarning { source: 0, offset, message: message.into() });
    }

    /// The string at `node`, or `None` (with a warning for anything but a string or null).
    fn string<'n>(&mut self, node: &'n Node, path: &str) -> Option<&'n Str> {
        match &node.value {
            Value::Str(s) => Some(s),
            Value::Null => None,
            other => {
                self.warn(node.start, format!("{path} is {}, not text; skipped", other.describe()));
                None
            }
        }
    }

    fn section(&mut self, kind: SectionKind, field: Field, path: String, label: &str, s: &Str, entry: Option<usize>) {
        if s.text.trim().is_empty() {
            return;
        }
        let mut section = Section::new(kind, field, path, s.text.clone(), s.origin.clone());
        section.label = label.to_string();
        section.entry = entry;
        if field == Field::Text {
            section.blocks = prose_blocks(&section.text);
        }
        let idx = self.profile.sections.len();
        if let Some(e) = entry {
            self.profile.experience[e].sections.push(idx);
        }
        self.profile.sections.push(section);
    }

    fn basics(&mut self, node: &Node) {
        let Value::Object(fields) = &node.value else {
            self.warn(node.start, format!("basics is {}, not an object; skipped", node.value.describe()));
            return;
        };
        for (key, value) in entries(fields) {
            let path = format!("basics.{key}");
            match key {
                "name" => {
                    if let Some(s) = self.string(value, &path) {
                        let name = s.text.trim().to_string();
                        self.profile.add_vocabulary(&name);
                        if !name.is_empty() {
                            self.profile.name = Some(name);
                        }
                    }
                }
                "label" => {
                    if let Some(s) = self.string(value, &path) {
                        self.section(SectionKind::Headline, Field::Text, path, "Headline", s, None);
                    }
                }
                // The photo: `image` in schema v1, `picture` in older files.
                "image" | "picture" => {
                    if let Some(s) = self.string(value, &path).filter(|s| !s.text.trim().is_empty()) {
                        self.profile.image = Some(s.text.trim().to_string());
                    }
                }
                "summary" | "bio" => {
                    if let Some(s) = self.string(value, &path) {
                        self.section(SectionKind::Summary, Field::Text, path, "About", s, None);
                    }
                }
                "location" => self.vocabulary_from(value),
                "profiles" => {
                    if let Value::Array(items) = &value.value {
                        for item in items {
                            if let Value::Object(p) = &item.value {
                                for (k, v) in entries(p) {
                                    if matches!(k, "network" | "username")
                                        && let Value::Str(s) = &v.value
                                    {
                                        self.profile.add_vocabulary(&s.text);
                                    }
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Adds every string in `node` (a location object or string) to the vocabulary.
    fn vocabulary_from(&mut self, node: &Node) {
        match &node.value {
            Value::Str(s) => self.profile.add_vocabulary(&s.text),
            Value::Object(fields) => {
                for (key, v) in entries(fields) {
                    if key != "postalCode"
                        && let Value::Str(s) = &v.value
                    {
                        self.profile.add_vocabulary(&s.text);
                    }
                }
            }
            _ => {}
        }
    }

    fn group(&mut self, spec: &Group, node: &Node) {
        let Value::Array(items) = &node.value else {
            if !matches!(node.value, Value::Null) {
                self.warn(node.start, format!("{} is {}, not a list; skipped", spec.key, node.value.describe()));
            }
            return;
        };
        for (i, item) in items.iter().enumerate() {
            let prefix = format!("{}[{i}]", spec.key);
            let Value::Object(fields) = &item.value else {
                if !matches!(item.value, Value::Null) {
                    self.warn(item.start, format!("{prefix} is {}, not an object; skipped", item.value.describe()));
                }
                continue;
            };
            self.entry(spec, &prefix, fields, i);
        }
    }

    fn entry(&mut self, spec: &Group, prefix: &str, fields: &[(String, Node)], index: usize) {
        let text_of = |key: &str| {
            entries(fields).find(|(k, _)| *k == key).and_then(|(_, v)| match &v.value {
                Value::Str(s) if !s.text.trim().is_empty() => Some(s.text.trim().to_string()),
                _ => None,
            })
        };
        let title = TITLE_KEYS.iter().filter(|k| **k != "name" || spec.name != Role::Name).find_map(|k| text_of(k));
        let org = ORG_KEYS.iter().filter(|k| **k != "name" || spec.name == Role::Name).find_map(|k| text_of(k));
        let label = match (&title, &org) {
            (Some(t), Some(o)) => format!("{}: {t} — {o}", spec.label),
            (Some(x), None) | (None, Some(x)) => format!("{}: {x}", spec.label),
            (None, None) => format!("{} {}", spec.label, index + 1),
        };
        let entry = spec.experience.then(|| {
            self.profile.experience.push(ExperienceEntry {
                title: title.clone(),
                company: text_of("name").or_else(|| text_of("company")),
                location: text_of("location"),
                ..ExperienceEntry::default()
            });
            self.profile.experience.len() - 1
        });
        for (key, value) in entries(fields) {
            let path = format!("{prefix}.{key}");
            match role(spec, key) {
                Role::Ignore => {}
                Role::Date => {
                    let Some(s) = self.string(value, &path) else {
                        continue;
                    };
                    self.section(spec.kind, Field::Date, path.clone(), &label, s, entry);
                    if let Some(e) = entry {
                        self.apply_date(e, key, s, value.start, &path);
                    }
                }
                role @ (Role::Title | Role::Name | Role::Text) => {
                    let field = match role {
                        Role::Title => Field::Title,
                        Role::Name => Field::Name,
                        _ => Field::Text,
                    };
                    match &value.value {
                        // `roles`, `courses` and the odd `summary` are lists of strings.
                        Value::Array(items) => self.list(spec, field, &path, &label, items, entry),
                        _ => {
                            if let Some(s) = self.string(value, &path) {
                                if role == Role::Name {
                                    self.profile.add_vocabulary(&s.text);
                                }
                                self.section(spec.kind, field, path, &label, s, entry);
                            }
                        }
                    }
                }
                role @ (Role::Bullets | Role::Keywords) => {
                    let field = if role == Role::Bullets { Field::Bullet } else { Field::Keywords };
                    match &value.value {
                        Value::Array(items) => self.list(spec, field, &path, &label, items, entry),
                        _ => {
                            if let Some(s) = self.string(value, &path) {
                                self.section(spec.kind, field, path, &label, s, entry);
                            }
                        }
                    }
                }
            }
        }
        // A job with a start and no end is the current one.
        if let Some(e) = entry {
            let en = &mut self.profile.experience[e];
            if en.end.is_none() && en.start.is_some() {
                en.end = Some(EndDate::Present);
            }
        }
    }

    fn list(&mut self, spec: &Group, field: Field, path: &str, label: &str, items: &[Node], entry: Option<usize>) {
        for (j, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{j}]");
            if let Some(s) = self.string(item, &item_path) {
                if field == Field::Name {
                    self.profile.add_vocabulary(&s.text);
                }
                self.section(spec.kind, field, item_path, label, s, entry);
            }
        }
    }

    fn apply_date(&mut self, e: usize, key: &str, s: &Str, offset: usize, path: &str) {
        let written = s.text.trim();
        let en = &mut self.profile.experience[e];
        match key {
            "startDate" => en.start = parse_date(written),
            "endDate" if is_present(written) => en.end = Some(EndDate::Present),
            "endDate" => en.end = parse_date(written).map(EndDate::Date),
            _ => return,
        }
        let unread = match key {
            "startDate" => en.start.is_none(),
            _ => en.end.is_none(),
        };
        if unread && !written.is_empty() {
            self.warn(offset, format!("{path}: cannot read the date {written:?}"));
        }
    }
}

/// The entries of an object in file order, each key once: a repeated key's last value wins.
fn entries(fields: &[(String, Node)]) -> impl Iterator<Item = (&str, &Node)> {
    let last: HashMap<&str, usize> = fields.iter().enumerate().map(|(i, (k, _))| (k.as_str(), i)).collect();
    fields.iter().enumerate().filter(move |(i, (k, _))| last[k.as_str()] == *i).map(|(_, (k, v))| (k.as_str(), v))
}

/// Paragraphs and bullets of multi-line prose: consecutive lines form a paragraph; a line that starts
/// with `-`, `*`, `•` or `·` is a bullet (its range leaves out the marker). Empty for one paragraph.
pub(crate) fn prose_blocks(text: &str) -> Vec<Block> {
    if !text.contains('\n') {
        return Vec::new();
    }
    let mut blocks: Vec<Block> = Vec::new();
    let mut para: Option<Range<usize>> = None;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        let range = start + lead..start + lead + trimmed.len();
        start += line.len();
        if trimmed.is_empty() {
            blocks.extend(para.take().map(|range| Block { kind: BlockKind::Paragraph, range, marker: None }));
            continue;
        }
        let marker = ["- ", "* ", "• ", "· ", "–\u{20}"].iter().find(|m| trimmed.starts_with(**m));
        if let Some(m) = marker {
            blocks.extend(para.take().map(|range| Block { kind: BlockKind::Paragraph, range, marker: None }));
            let rest = &trimmed[m.len()..];
            let skip = m.len() + (rest.len() - rest.trim_start().len());
            blocks.push(Block {
                kind: BlockKind::Bullet,
                range: range.start + skip..range.end,
                marker: m.chars().next(),
            });
        } else {
            para = Some(match para {
                Some(p) => p.start..range.end,
                None => range,
            });
        }
    }
    blocks.extend(para.take().map(|range| Block { kind: BlockKind::Paragraph, range, marker: None }));
    if blocks.len() == 1 && blocks[0].kind == BlockKind::Paragraph { Vec::new() } else { blocks }
}

// ---------------------------------------------------------------------------------------------
// The JSON scanner.

/// A decoded string and where each of its bytes came from.
#[derive(Debug, Clone)]
pub(crate) struct Str {
    pub text: String,
    pub origin: Origin,
}

#[derive(Debug)]
pub(crate) enum Value {
    Null,
    Bool,
    Number,
    Str(Str),
    Array(Vec<Node>),
    /// Keys in file order, repeats kept (see `entries`).
    Object(Vec<(String, Node)>),
}

impl Value {
    fn describe(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool => "a boolean",
            Value::Number => "a number",
            Value::Str(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

/// A list or object being parsed: what it holds so far (and, for an object, the key being read).
enum Open {
    Array { start: usize, items: Vec<Node> },
    Object { start: usize, fields: Vec<(String, Node)>, seen: HashSet<String>, key: (String, usize) },
}

/// A value and the file offset where it starts.
#[derive(Debug)]
pub(crate) struct Node {
    pub start: usize,
    pub value: Value,
}

/// Parses a whole JSON document leniently, returning the value and what it recovered from.
pub(crate) fn parse(name: &str, text: &str) -> Result<(Node, Vec<ReadWarning>), InputError> {
    let mut p = Parser { name, src: text, bytes: text.as_bytes(), pos: 0, warnings: Vec::new() };
    p.skip_ws()?;
    if p.pos >= p.bytes.len() {
        return Err(p.err(p.pos, "empty file: expected a JSON Resume object"));
    }
    let root = p.value()?;
    p.skip_ws()?;
    if p.pos < p.bytes.len() {
        return Err(p.err(p.pos, format!("unexpected {} after the end of the JSON document", p.found())));
    }
    Ok((root, p.warnings))
}

/// A key as a message shows it: quoted, control characters escaped (an error is one line), and cut
/// short if long. Found by fuzzing: a key with a raw line break made a two-line error.
fn show_key(key: &str) -> String {
    const MAX: usize = 40;
    let mut shown: String = key.chars().take(MAX).flat_map(char::escape_debug).collect();
    if key.chars().nth(MAX).is_some() {
        shown.push('…');
    }
    format!("\"{shown}\"")
}

struct Parser<'a> {
    name: &'a str,
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    warnings: Vec<ReadWarning>,
}

impl Parser<'_> {
    fn err(&self, offset: usize, message: impl Into<String>) -> InputError {
        InputError::at(self.name, self.src, offset, message)
    }

    fn warn(&mut self, offset: usize, message: impl Into<String>) {
        self.warnings.push(ReadWarning { source: 0, offset, message: message.into() });
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// What is at the current position, for a message: `'}'`, `end of file`.
    fn found(&self) -> String {
        match self.src[self.pos..].chars().next() {
            None => "end of file".into(),
            Some(c) if c.is_control() => format!("character {:?}", c),
            Some(c) => format!("'{c}'"),
        }
    }

    /// Skips whitespace, and comments (not JSON, but some files have them) with a warning.
    fn skip_ws(&mut self) -> Result<(), InputError> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.pos += 1,
                Some(b'/') if self.bytes.get(self.pos + 1) == Some(&b'/') => {
                    self.warn(self.pos, "comment (not allowed in JSON); ignored");
                    self.pos = self.src[self.pos..].find('\n').map_or(self.bytes.len(), |i| self.pos + i);
                }
                Some(b'/') if self.bytes.get(self.pos + 1) == Some(&b'*') => {
                    let start = self.pos;
                    self.warn(start, "comment (not allowed in JSON); ignored");
                    match self.src[start + 2..].find("*/") {
                        Some(i) => self.pos = start + 2 + i + 2,
                        None => return Err(self.err(start, "unterminated comment")),
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    /// Parses one value. Iterative, with an explicit stack of open lists and objects, so no input can
    /// overflow the call stack; nesting deeper than `MAX_DEPTH` is an error.
    fn value(&mut self) -> Result<Node, InputError> {
        let mut stack: Vec<Open> = Vec::new();
        'value: loop {
            self.skip_ws()?;
            let start = self.pos;
            let mut node = match self.peek() {
                None => return Err(self.err(start, "unexpected end of file: expected a value")),
                Some(open @ (b'{' | b'[')) => {
                    if stack.len() >= MAX_DEPTH {
                        return Err(self.err(start, format!("nested more than {MAX_DEPTH} levels deep")));
                    }
                    self.pos += 1;
                    self.skip_ws()?;
                    let close = if open == b'{' { b'}' } else { b']' };
                    if self.peek() == Some(close) {
                        self.pos += 1;
                        let value = if open == b'{' { Value::Object(Vec::new()) } else { Value::Array(Vec::new()) };
                        Node { start, value }
                    } else if open == b'[' {
                        stack.push(Open::Array { start, items: Vec::new() });
                        continue 'value;
                    } else {
                        let key = self.key(start)?;
                        stack.push(Open::Object { start, fields: Vec::new(), seen: HashSet::new(), key });
                        continue 'value;
                    }
                }
                Some(b'"') => Node { start, value: Value::Str(self.string()?) },
                Some(b'-' | b'0'..=b'9') => Node { start, value: self.number()? },
                Some(b't' | b'f' | b'n') => Node { start, value: self.literal()? },
                Some(_) => {
                    return Err(self.err(start, format!("unexpected {}: expected a value", self.found())));
                }
            };
            // A value is complete: add it to the list or object it is in, closing those that end here.
            loop {
                let Some(top) = stack.last_mut() else {
                    return Ok(node);
                };
                let (open, close, what) = match top {
                    Open::Array { start, items } => {
                        items.push(node);
                        (*start, b']', "list")
                    }
                    Open::Object { start, fields, seen, key } => {
                        let (name, key_start) = std::mem::take(key);
                        if !seen.insert(name.clone()) {
                            let message = format!("duplicate key {}; the last one is used", show_key(&name));
                            self.warn(key_start, message);
                        }
                        fields.push((name, node));
                        (*start, b'}', "object")
                    }
                };
                self.skip_ws()?;
                match self.peek() {
                    Some(b',') => {
                        let comma = self.pos;
                        self.pos += 1;
                        self.skip_ws()?;
                        if self.peek() != Some(close) {
                            if let Some(Open::Object { key, .. }) = stack.last_mut() {
                                *key = self.key(open)?;
                            }
                            continue 'value;
                        }
                        self.warn(
                            comma,
                            format!("trailing comma before '{}' (not allowed in JSON); ignored", close as char),
                        );
                    }
                    Some(b) if b == close => {}
                    None => {
                        let (line, col) = crate::text::LineIndex::new(self.src).line_col(self.src, open);
                        let message = format!(
                            "unexpected end of file: the {what} opened at {line}:{col} has no '{}'",
                            close as char
                        );
                        return Err(self.err(self.pos, message));
                    }
                    Some(_) => {
                        let after = match stack.last() {
                            Some(Open::Object { fields, .. }) => {
                                format!("the value of {}", show_key(fields.last().map_or("", |(k, _)| k.as_str())))
                            }
                            _ => "a list item".to_string(),
                        };
                        let message =
                            format!("expected ',' or '{}' after {after}, found {}", close as char, self.found());
                        return Err(self.err(self.pos, message));
                    }
                }
                self.pos += 1;
                node = match stack.pop() {
                    Some(Open::Array { start, items }) => Node { start, value: Value::Array(items) },
                    Some(Open::Object { start, fields, .. }) => Node { start, value: Value::Object(fields) },
                    None => unreachable!("the stack had a top"),
                };
            }
        }
    }

    /// A key and its colon, at the current position (after whitespace); `open` is the object's `{`.
    fn key(&mut self, open: usize) -> Result<(String, usize), InputError> {
        self.skip_ws()?;
        let key_start = self.pos;
        match self.peek() {
            Some(b'"') => {}
            None => {
                let (line, col) = crate::text::LineIndex::new(self.src).line_col(self.src, open);
                return Err(self
                    .err(self.pos, format!("unexpected end of file: the object opened at {line}:{col} has no '}}'")));
            }
            Some(_) => {
                return Err(self.err(key_start, format!("expected a quoted key, found {}", self.found())));
            }
        }
        let key = self.string()?.text;
        self.skip_ws()?;
        if self.peek() != Some(b':') {
            return Err(
                self.err(self.pos, format!("expected ':' after the key {}, found {}", show_key(&key), self.found()))
            );
        }
        self.pos += 1;
        Ok((key, key_start))
    }

    fn literal(&mut self) -> Result<Value, InputError> {
        let start = self.pos;
        let word_len = self.src[start..].find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(self.src.len() - start);
        let word = &self.src[start..start + word_len];
        let value = match word {
            "true" | "false" => Value::Bool,
            "null" => Value::Null,
            _ => return Err(self.err(start, format!("unexpected word '{word}': expected a value"))),
        };
        self.pos += word_len;
        Ok(value)
    }

    fn number(&mut self) -> Result<Value, InputError> {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')) {
            self.pos += 1;
        }
        let raw = &self.src[start..self.pos];
        if raw.parse::<f64>().is_err() {
            return Err(self.err(start, format!("malformed number '{raw}'")));
        }
        Ok(Value::Number)
    }

    /// A string literal at `self.pos`, decoded, with each byte mapped back to the file.
    fn string(&mut self) -> Result<Str, InputError> {
        let open = self.pos;
        self.pos += 1;
        let mut out = OriginBuilder::new(0);
        let mut run = self.pos;
        let mut warned_raw = false;
        loop {
            let Some(b) = self.peek() else {
                return Err(self.err(open, "unterminated string: no closing '\"' before the end of the file"));
            };
            match b {
                b'"' => {
                    out.push_verbatim(&self.src[run..self.pos], run);
                    self.pos += 1;
                    break;
                }
                b'\\' => {
                    out.push_verbatim(&self.src[run..self.pos], run);
                    self.escape(&mut out);
                    run = self.pos;
                }
                0x00..=0x1f => {
                    // Kept as written: the text is the file's, so the mapping stays verbatim.
                    if !warned_raw {
                        warned_raw = true;
                        let what = match b {
                            b'\n' | b'\r' => {
                                "raw line break inside a string (JSON needs \\n); read as a line break".to_string()
                            }
                            b'\t' => "raw tab inside a string (JSON needs \\t); read as a tab".to_string(),
                            _ => format!("raw control character U+{b:04X} inside a string; kept"),
                        };
                        self.warn(self.pos, what);
                    }
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
        let (text, origin) = out.finish();
        // An empty string still maps somewhere: its opening quote.
        let origin = if text.is_empty() { Origin::at(0, open) } else { origin };
        Ok(Str { text, origin })
    }

    /// Decodes the escape at `self.pos` (a backslash) into `out`.
    fn escape(&mut self, out: &mut OriginBuilder) {
        let at = self.pos;
        let simple = match self.bytes.get(at + 1) {
            Some(b'"') => Some("\""),
            Some(b'\\') => Some("\\"),
            Some(b'/') => Some("/"),
            Some(b'b') => Some("\u{8}"),
            Some(b'f') => Some("\u{c}"),
            Some(b'n') => Some("\n"),
            Some(b'r') => Some("\r"),
            Some(b't') => Some("\t"),
            _ => None,
        };
        if let Some(s) = simple {
            out.push_synthetic(s, at);
            self.pos = at + 2;
            return;
        }
        if self.bytes.get(at + 1) == Some(&b'u')
            && let Some(hi) = self.hex4(at + 2)
        {
            let mut end = at + 6;
            let c = if (0xD800..0xDC00).contains(&hi) {
                let lo = (self.bytes.get(end) == Some(&b'\\') && self.bytes.get(end + 1) == Some(&b'u'))
                    .then(|| self.hex4(end + 2))
                    .flatten()
                    .filter(|lo| (0xDC00..0xE000).contains(lo));
                match lo {
                    Some(lo) => {
                        end += 6;
                        char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                    }
                    None => None,
                }
            } else {
                char::from_u32(hi)
            };
            let c = c.unwrap_or_else(|| {
                self.warn(at, "unpaired surrogate escape in a string; read as U+FFFD");
                '\u{FFFD}'
            });
            out.push_synthetic(c.encode_utf8(&mut [0; 4]), at);
            self.pos = end;
            return;
        }
        // `\x`, `\u12`: not JSON. Keep the backslash as written; what follows reads as plain text.
        self.warn(at, "invalid escape in a string; the backslash is kept as written");
        out.push_verbatim("\\", at);
        self.pos = at + 1;
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.src.get(at..at + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section<'a>(p: &'a Profile, path: &str) -> &'a Section {
        p.sections
            .iter()
            .find(|s| s.path == path)
            .unwrap_or_else(|| panic!("no {path}: {:?}", p.sections.iter().map(|s| &s.path).collect::<Vec<_>>()))
    }

    fn locate_word(p: &Profile, path: &str, word: &str) -> (usize, usize) {
        let i = p.sections.iter().position(|s| s.path == path).unwrap();
        let off = p.sections[i].text.find(word).unwrap_or_else(|| panic!("{word:?} not in {:?}", p.sections[i].text));
        let (_, line, col) = p.locate(i, off);
        (line, col)
    }

    fn read_str(text: &str) -> Result<Profile, InputError> {
        read("t.json", text.to_string())
    }

    fn error(text: &str) -> String {
        read_str(text).unwrap_err().to_string()
    }

    #[test]
    fn reads_v1_sections_entries_and_vocabulary() {
        let p = read_str(
            r#"{
  "basics": {"name": "Jane Doe", "label": "Senior Engineer", "summary": "I build things.",
             "location": {"city": "Reykjavík", "countryCode": "IS"},
             "profiles": [{"network": "Mastodon", "username": "janedoe"}]},
  "work": [
    {"name": "Acme Corp", "position": "Senior Engineer", "location": "Berlin", "startDate": "2021-03",
     "summary": "Led the platform team.", "highlights": ["Cut costs", "Shipped v2", "Hired 4"]},
    {"name": "Globex", "position": "Engineer", "startDate": "2017", "endDate": "2021-02"}
  ],
  "volunteer": [{"organization": "Code Club", "position": "Mentor", "summary": "Taught kids."}],
  "education": [{"institution": "Uppsala University", "area": "Computer Science", "studyType": "BSc"}],
  "skills": [{"name": "Languages", "keywords": ["Rust", "Go"]}]
}"#,
        )
        .unwrap();
        assert_eq!(p.format, InputFormat::JsonResume);
        assert_eq!(p.name.as_deref(), Some("Jane Doe"));
        assert_eq!(section(&p, "basics.label").kind, SectionKind::Headline);
        assert_eq!(section(&p, "basics.summary").kind, SectionKind::Summary);
        let h = section(&p, "work[0].highlights[2]");
        assert_eq!((h.text.as_str(), h.field, h.entry), ("Hired 4", Field::Bullet, Some(0)));
        assert_eq!(h.label, "Experience: Senior Engineer — Acme Corp");
        assert_eq!(section(&p, "work[0].position").field, Field::Title);
        assert_eq!(section(&p, "work[0].name").field, Field::Name);
        assert_eq!(p.experience.len(), 2);
        let e0 = &p.experience[0];
        assert_eq!(
            (e0.title.as_deref(), e0.company.as_deref(), e0.location.as_deref()),
            (Some("Senior Engineer"), Some("Acme Corp"), Some("Berlin"))
        );
        assert_eq!(e0.end, Some(EndDate::Present));
        assert!(e0.is_current());
        assert!(e0.sections.iter().all(|&i| p.sections[i].entry == Some(0)));
        assert_eq!(e0.sections.len(), 8);
        assert!(!p.experience[1].is_current());
        let v = section(&p, "volunteer[0].summary");
        assert_eq!((v.kind, v.entry), (SectionKind::Other, None));
        assert_eq!(section(&p, "education[0].institution").kind, SectionKind::Education);
        assert_eq!(section(&p, "education[0].area").field, Field::Title);
        assert_eq!(section(&p, "skills[0].keywords[1]").field, Field::Keywords);
        for w in ["Jane", "Acme", "Globex", "Berlin", "Reykjavík", "Mastodon", "janedoe", "Uppsala", "Club"] {
            assert!(p.vocabulary.iter().any(|v| v == w), "{w} not in {:?}", p.vocabulary);
        }
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    }

    #[test]
    fn reads_pre_1_0_names() {
        let p = read_str(r#"{"basics": {"bio": "Hello there."}, "work": [{"company": "Initech", "position": "Analyst", "startDate": "Oct 2017", "endDate": "Present"}]}"#).unwrap();
        assert_eq!(section(&p, "basics.bio").kind, SectionKind::Summary);
        assert_eq!(section(&p, "work[0].company").field, Field::Name);
        assert_eq!(p.experience[0].company.as_deref(), Some("Initech"));
        assert_eq!(p.experience[0].start.map(|d| d.month), Some(Some(10)));
        assert_eq!(p.experience[0].end, Some(EndDate::Present));
        assert_eq!(section(&p, "work[0].position").label, "Experience: Analyst — Initech");
    }

    #[test]
    fn no_start_date_means_no_end() {
        let p = read_str(r#"{"work": [{"name": "Acme", "position": "Dev"}]}"#).unwrap();
        assert_eq!(p.experience[0].end, None);
        assert!(!p.experience[0].is_current());
    }

    #[test]
    fn offsets_map_through_escapes() {
        // Line 3 holds a string full of escapes; each word after them must map to its own column.
        let doc = "{\n  \"basics\": {\n    \"summary\": \"Caf\\u00e9 \\\"quoted\\\"\\n\\tTabbed \\ud83d\\ude00 smile \\/ slash \\\\ end\"\n  }\n}\n";
        let p = read_str(doc).unwrap();
        let s = section(&p, "basics.summary");
        assert_eq!(s.text, "Café \"quoted\"\n\tTabbed 😀 smile / slash \\ end");
        let line3 = doc.lines().nth(2).unwrap();
        let col = |needle: &str| line3[..line3.find(needle).unwrap()].chars().count() + 1;
        assert_eq!(locate_word(&p, "basics.summary", "Caf"), (3, col("Caf")));
        assert_eq!(locate_word(&p, "basics.summary", "é"), (3, col("\\u00e9")));
        assert_eq!(locate_word(&p, "basics.summary", "quoted"), (3, col("quoted")));
        assert_eq!(locate_word(&p, "basics.summary", "Tabbed"), (3, col("Tabbed")));
        assert_eq!(locate_word(&p, "basics.summary", "😀"), (3, col("\\ud83d")));
        assert_eq!(locate_word(&p, "basics.summary", "smile"), (3, col("smile")));
        assert_eq!(locate_word(&p, "basics.summary", "slash"), (3, col("slash")));
        assert_eq!(locate_word(&p, "basics.summary", "end"), (3, col("end")));
        // Byte-exact: every verbatim byte of the text is the same byte in the file.
        let i = p.sections.iter().position(|s| s.path == "basics.summary").unwrap();
        let off = s.text.find("smile").unwrap();
        let file_off = p.sections[i].origin.to_file(off);
        assert_eq!(&doc[file_off..file_off + 5], "smile");
    }

    #[test]
    fn non_ascii_columns_count_characters() {
        let doc = "{\"basics\": {\"label\": \"Ingénieur — café\", \"summary\": \"Über \\u00fcber typo\"}}";
        let p = read_str(doc).unwrap();
        assert_eq!(locate_word(&p, "basics.label", "café"), (1, doc[..doc.find("café").unwrap()].chars().count() + 1));
        assert_eq!(
            locate_word(&p, "basics.summary", "typo"),
            (1, doc[..doc.find("typo").unwrap()].chars().count() + 1)
        );
    }

    #[test]
    fn recovers_trailing_commas_and_raw_newlines_with_warnings() {
        let doc = "{\n  \"basics\": {\"summary\": \"First line\n  second line\"},\n  \"work\": [{\"name\": \"Acme\", \"highlights\": [\"a\", \"b\",],},\n  ],\n}\n";
        let p = read_str(doc).unwrap();
        assert_eq!(section(&p, "basics.summary").text, "First line\n  second line");
        assert_eq!(locate_word(&p, "basics.summary", "second"), (3, 3));
        let msgs: Vec<_> =
            p.warnings.iter().map(|w| (p.sources[0].lines.line_col(doc, w.offset), w.message.as_str())).collect();
        assert_eq!(msgs.len(), 5, "{msgs:?}");
        assert!(msgs[0].1.contains("raw line break"));
        assert_eq!(msgs[0].0, (2, 36));
        assert!(msgs[1..].iter().all(|(_, m)| m.contains("trailing comma")));
        assert_eq!(msgs[4].0, (5, 4));
    }

    #[test]
    fn duplicate_keys_last_wins_with_warning() {
        let p = read_str(r#"{"basics": {"label": "First", "label": "Second"}}"#).unwrap();
        assert_eq!(p.sections.iter().filter(|s| s.path == "basics.label").count(), 1);
        assert_eq!(section(&p, "basics.label").text, "Second");
        assert!(p.warnings[0].message.contains("duplicate key \"label\""));
    }

    #[test]
    fn wrong_types_are_skipped_with_warnings() {
        let p = read_str(r#"{"basics": {"label": 42, "summary": null}, "work": [{"position": ["x"], "summary": true}, 7], "skills": {}}"#).unwrap();
        let msgs: Vec<_> = p.warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(msgs.contains(&"basics.label is a number, not text; skipped"), "{msgs:?}");
        assert!(msgs.contains(&"work[0].summary is a boolean, not text; skipped"), "{msgs:?}");
        assert!(msgs.contains(&"work[1] is a number, not an object; skipped"), "{msgs:?}");
        assert!(msgs.contains(&"skills is an object, not a list; skipped"), "{msgs:?}");
        assert_eq!(section(&p, "work[0].position[0]").text, "x");
    }

    #[test]
    fn errors_name_line_and_column() {
        assert_eq!(
            error("{\n  \"basics\": {\"label\": \"x\" \"summary\": 1}\n}"),
            "t.json:2:27: expected ',' or '}' after the value of \"label\", found '\"'"
        );
        assert_eq!(
            error("{\"basics\": {\"label\": \"x"),
            "t.json:1:22: unterminated string: no closing '\"' before the end of the file"
        );
        assert_eq!(
            error("{\"basics\": {\"label\": \"x\""),
            "t.json:1:25: unexpected end of file: the object opened at 1:12 has no '}'"
        );
        assert_eq!(error("{\"basics\": tru}"), "t.json:1:12: unexpected word 'tru': expected a value");
        assert_eq!(error("{\"basics\": {}} x"), "t.json:1:16: unexpected 'x' after the end of the JSON document");
        assert_eq!(error("  \n"), "t.json:2:1: empty file: expected a JSON Resume object");
        assert_eq!(error("{basics: 1}"), "t.json:1:2: expected a quoted key, found 'b'");
    }

    #[test]
    fn keys_in_messages_stay_on_one_line() {
        assert_eq!(error("{\"$sche{\n  \" b"), "t.json:2:5: expected ':' after the key \"$sche{\\n  \", found 'b'");
        let long = "k".repeat(100);
        assert!(error(&format!("{{\"{long}\" 1}}")).contains(&format!("\"{}…\"", "k".repeat(40))));
    }

    #[test]
    fn valid_json_that_is_not_a_resume() {
        assert_eq!(
            error("[1, 2]"),
            "t.json:1:1: is JSON but not a JSON Resume: the top level is a list, not an object"
        );
        assert!(error(r#"{"name": "package", "version": "1.0.0"}"#).contains("not a JSON Resume"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(10_000);
        assert!(error(&deep).contains("nested more than 512 levels deep"));
        let deep_obj = format!("{{\"basics\": {{\"x\": {}{}}}}}", "[".repeat(600), "]".repeat(600));
        assert!(error(&deep_obj).contains("nested more than 512 levels deep"));
        let ok = format!("{{\"basics\": {{\"x\": {}{}}}}}", "[".repeat(500), "]".repeat(500));
        assert!(read_str(&ok).is_ok());
    }

    #[test]
    fn odd_escapes_and_surrogates_recover() {
        let p = read_str(r#"{"basics": {"summary": "C:\Users \ud83d alone \u12"}}"#).unwrap();
        assert_eq!(section(&p, "basics.summary").text, "C:\\Users \u{FFFD} alone \\u12");
        assert_eq!(p.warnings.len(), 3);
    }

    #[test]
    fn prose_blocks_split_paragraphs_and_bullets() {
        let text = "Intro line\ncontinues.\n\n- first\n• second\nOutro.";
        let blocks = prose_blocks(text);
        let got: Vec<_> = blocks.iter().map(|b| (b.kind, &text[b.range.clone()])).collect();
        assert_eq!(
            got,
            [
                (BlockKind::Paragraph, "Intro line\ncontinues."),
                (BlockKind::Bullet, "first"),
                (BlockKind::Bullet, "second"),
                (BlockKind::Paragraph, "Outro."),
            ]
        );
        assert!(prose_blocks("one line").is_empty());
        assert!(prose_blocks("one\nparagraph").is_empty());
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    /// How one character is written in the JSON string literal.
    fn encode(c: char, mode: u8, out: &mut String) {
        let short = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\t' => Some("\\t"),
            '/' if mode == 2 => Some("\\/"),
            _ => None,
        };
        if let Some(s) = short.filter(|_| mode != 1 || c == '"' || c == '\\') {
            out.push_str(s);
        } else if mode == 1 || c.is_control() {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }

    proptest! {
        #[test]
        fn every_char_maps_to_where_it_is_written(chars in prop::collection::vec((any::<char>(), 0u8..3), 0..40)) {
            let prefix = "{\"basics\": {\"summary\": \"";
            let mut doc = prefix.to_string();
            let mut expected = Vec::new();
            let mut text = String::new();
            for &(c, mode) in &chars {
                expected.push((text.len(), doc.len()));
                text.push(c);
                encode(c, mode, &mut doc);
            }
            doc.push_str("\"}}");
            let p = read("t.json", doc.clone()).unwrap();
            prop_assert!(p.warnings.is_empty(), "{:?}", p.warnings);
            if text.trim().is_empty() {
                prop_assert!(!p.has_text());
                return Ok(());
            }
            let s = p.sections.iter().find(|s| s.path == "basics.summary").unwrap();
            prop_assert_eq!(&s.text, &text);
            for (text_off, file_off) in expected {
                prop_assert_eq!(s.origin.to_file(text_off), file_off, "text offset {} in {:?}", text_off, doc);
            }
        }

        #[test]
        fn arbitrary_input_never_panics(doc in "[\\[\\]{}\",:a-z0-9 \\\\\n\tu-]{0,80}") {
            let _ = read("t.json", doc);
        }

        #[test]
        fn mutated_fixture_never_panics(cut in 0usize..400, byte in any::<u8>(), at in 0usize..400) {
            let mut doc = include_bytes!("../../fixtures/json-resume/jane-doe.json").to_vec();
            let at = at % doc.len();
            doc[at] = byte;
            doc.truncate(doc.len() - cut.min(doc.len()));
            if let Ok(text) = String::from_utf8(doc) {
                let _ = read("t.json", text);
            }
        }
    }
}
