//! The LinkedIn data export reader: the `.zip` LinkedIn ships (read in memory, never unpacked to
//! disk) or the unpacked folder, with the CSV files at the top or one folder down.
//!
//! Files are recognised by their header row as well as their name (names are localised): `Profile.csv`
//! (headline, summary, name), `Positions.csv` (experience), `Education.csv`, `Skills.csv` and
//! `Certifications.csv`, and `Endorsement_Received_Info.csv` (the endorsed skills join the profile's
//! vocabulary; no section is made of it). Each CSV read becomes one `Source`, named `export.zip:Positions.csv` or
//! `folder/Positions.csv`; each non-empty cell becomes a section whose path is
//! `FILE[ROW].COLUMN`, ROW counting data rows from 0 (`Positions.csv[0].Description` is the
//! description of the first position, on the line after the header).
//!
//! Cells are parsed with `csv-core`, the engine of the `csv` crate, fed one byte at a time: it then
//! tells exactly which input byte each output byte came from, so a quoted cell with `""` escapes and
//! line breaks maps back to the file byte for byte (the `csv` crate's reader only gives record starts).

use std::fs::File;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use super::dates::{EndDate, is_present, parse_date};
use super::json_resume::prose_blocks;
use super::{ExperienceEntry, Field, InputFormat, Profile, ReadWarning, Section, SectionKind, Source};
use crate::error::InputError;
use crate::text::OriginBuilder;

/// An archive with more entries than this is refused.
pub const MAX_ENTRIES: usize = 1000;
/// The most bytes read out of an export in all (counted as read, not as the archive claims).
pub const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;
/// How much of each CSV is read to recognise it by its header row.
const SNIFF_BYTES: u64 = 8 * 1024;

/// The CSV files the reader uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Profile,
    Positions,
    Education,
    Skills,
    Certifications,
    /// `Endorsement_Received_Info.csv`: skills other people endorsed; vocabulary, not text to check.
    Endorsements,
}

impl Kind {
    const ALL: [Kind; 6] =
        [Kind::Profile, Kind::Positions, Kind::Education, Kind::Skills, Kind::Certifications, Kind::Endorsements];

    fn file_name(self) -> &'static str {
        match self {
            Kind::Profile => "Profile.csv",
            Kind::Positions => "Positions.csv",
            Kind::Education => "Education.csv",
            Kind::Skills => "Skills.csv",
            Kind::Certifications => "Certifications.csv",
            Kind::Endorsements => "Endorsement_Received_Info.csv",
        }
    }

    /// Columns without which the file cannot be read.
    fn required(self) -> &'static [&'static str] {
        match self {
            Kind::Profile => &["First Name", "Last Name", "Headline", "Summary"],
            Kind::Positions => &["Company Name", "Title", "Description"],
            Kind::Education => &["School Name"],
            Kind::Skills | Kind::Certifications => &["Name"],
            Kind::Endorsements => &["Skill Name"],
        }
    }

    /// Whether a header row (of a file with some other name) is this kind's.
    fn matches_header(self, header: &[String]) -> bool {
        let has = |col: &str| header.iter().any(|h| h.eq_ignore_ascii_case(col));
        match self {
            Kind::Profile => has("First Name") && has("Headline"),
            Kind::Positions => has("Company Name") && has("Title") && has("Started On"),
            Kind::Education => has("School Name") && has("Degree Name"),
            Kind::Skills => header.len() == 1 && has("Name"),
            Kind::Certifications => has("Name") && has("Authority"),
            Kind::Endorsements => has("Skill Name") && has("Endorser First Name"),
        }
    }
}

/// A CSV file of the export, read into memory.
struct Found {
    kind: Kind,
    /// The source name: `export.zip:Positions.csv`, `folder/Positions.csv`.
    name: String,
    /// The file name, for section paths.
    base: String,
    /// 0 at the top of the export, 1 one folder down.
    depth: usize,
    bytes: Vec<u8>,
}

/// Counts the bytes read out of an export against `MAX_TOTAL_BYTES`.
struct Budget<'a> {
    export: &'a str,
    used: u64,
}

impl Budget<'_> {
    /// Reads up to `limit` more bytes of `from` into `buf`, failing once the export's total is over.
    fn read(&mut self, from: &mut dyn Read, limit: u64, buf: &mut Vec<u8>, name: &str) -> Result<(), InputError> {
        let room = MAX_TOTAL_BYTES - self.used + 1;
        let n = from
            .take(limit.min(room))
            .read_to_end(buf)
            .map_err(|e| InputError::invalid(name, format!("cannot read: {e}")))?;
        self.used += n as u64;
        if self.used > MAX_TOTAL_BYTES {
            return Err(InputError::invalid(
                self.export,
                format!("the export holds more than {} MiB of CSV data; refused", MAX_TOTAL_BYTES >> 20),
            ));
        }
        Ok(())
    }
}

/// Reads an export from the bytes of its `.zip`.
pub fn read_zip(name: &str, bytes: &[u8]) -> Result<Profile, InputError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| InputError::invalid(name, format!("not a readable zip archive (corrupt or truncated?): {e}")))?;
    if archive.len() > MAX_ENTRIES {
        return Err(InputError::invalid(
            name,
            format!("the archive has {} entries, over the limit of {MAX_ENTRIES}; refused", archive.len()),
        ));
    }
    let mut budget = Budget { export: name, used: 0 };
    let mut found = Vec::new();
    for i in 0..archive.len() {
        let Some(Ok(entry_name)) = archive.name_for_index(i).map(|r| r.map(|n| n.into_owned())) else {
            continue;
        };
        let parts: Vec<&str> = entry_name.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
        let Some(base) = parts.last().map(|b| b.to_string()) else {
            continue;
        };
        // Nothing is ever unpacked to disk, so `../` cannot escape; but an entry outside the archive's
        // own folders is not part of an export: skip it rather than read `../Profile.csv` as one.
        if entry_name.ends_with('/') || parts.len() > 2 || parts.contains(&"..") || !is_csv_name(&base) {
            continue;
        }
        // An entry name is whatever bytes the archive holds: control characters (a line break, found
        // by fuzzing) are shown escaped, so every message naming the entry stays on one line.
        let shown: String = entry_name
            .chars()
            .flat_map(|c| if c.is_control() { c.escape_default().collect::<Vec<_>>() } else { vec![c] })
            .collect();
        let src_name = format!("{name}:{shown}");
        let mut entry = archive
            .by_index(i)
            .map_err(|e| InputError::invalid(&src_name, format!("cannot read archive entry: {e}")))?;
        let mut data = Vec::new();
        budget.read(&mut entry, SNIFF_BYTES, &mut data, &src_name)?;
        let Some(kind) = classify(&base, &data) else {
            continue;
        };
        budget.read(&mut entry, u64::MAX, &mut data, &src_name)?;
        found.push(Found { kind, name: src_name, base, depth: parts.len() - 1, bytes: data });
    }
    build(name, found)
}

/// Reads an unpacked export folder.
pub fn read_folder(path: &Path) -> Result<Profile, InputError> {
    let name = path.display().to_string();
    let mut budget = Budget { export: &name, used: 0 };
    let mut found = Vec::new();
    for file in csv_files(path)? {
        let src_name = file.display().to_string();
        let base = file.file_name().map(|b| b.to_string_lossy().into_owned()).unwrap_or_default();
        let mut f = File::open(&file).map_err(|e| InputError::io(&file, e))?;
        let mut data = Vec::new();
        budget.read(&mut f, SNIFF_BYTES, &mut data, &src_name)?;
        let Some(kind) = classify(&base, &data) else {
            continue;
        };
        budget.read(&mut f, u64::MAX, &mut data, &src_name)?;
        let depth = usize::from(file.parent() != Some(path));
        found.push(Found { kind, name: src_name, base, depth, bytes: data });
    }
    build(&name, found)
}

/// Whether `path` is a folder holding a LinkedIn export (`Profile.csv` or `Positions.csv`, by name or
/// header row, at the top or one folder down).
pub fn is_export_folder(path: &Path) -> bool {
    let Ok(files) = csv_files(path) else {
        return false;
    };
    files.iter().any(|file| {
        let base = file.file_name().map(|b| b.to_string_lossy().into_owned()).unwrap_or_default();
        let mut head = Vec::new();
        let read = File::open(file).and_then(|f| f.take(SNIFF_BYTES).read_to_end(&mut head));
        read.is_ok() && matches!(classify(&base, &head), Some(Kind::Profile | Kind::Positions))
    })
}

/// The `.csv` files of a folder and of its subfolders (one level), each level sorted by name.
fn csv_files(path: &Path) -> Result<Vec<PathBuf>, InputError> {
    let list = |dir: &Path| -> Result<Vec<(PathBuf, bool)>, InputError> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(|e| InputError::io(dir, e))? {
            let entry = entry.map_err(|e| InputError::io(dir, e))?;
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if !hidden {
                out.push((entry.path(), is_dir));
            }
        }
        out.sort();
        Ok(out)
    };
    let is_csv = |p: &Path| p.file_name().is_some_and(|n| is_csv_name(&n.to_string_lossy()));
    let top = list(path)?;
    let mut files: Vec<PathBuf> = top.iter().filter(|(p, dir)| !dir && is_csv(p)).map(|(p, _)| p.clone()).collect();
    for (dir, _) in top.iter().filter(|(_, dir)| *dir) {
        // An unreadable subfolder is not the export's: skip it.
        if let Ok(inner) = list(dir) {
            files.extend(inner.into_iter().filter(|(p, d)| !d && is_csv(p)).map(|(p, _)| p));
        }
    }
    Ok(files)
}

fn is_csv_name(name: &str) -> bool {
    // Byte-wise: a mangled entry name may hold multi-byte characters where the extension should be.
    name.len() > 4 && name.as_bytes()[name.len() - 4..].eq_ignore_ascii_case(b".csv")
}

/// Which file this is: by its name, else by its header row.
fn classify(base: &str, head: &[u8]) -> Option<Kind> {
    if let Some(kind) = Kind::ALL.into_iter().find(|k| k.file_name().eq_ignore_ascii_case(base)) {
        return Some(kind);
    }
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let line_end = head.iter().position(|&b| b == b'\n')?;
    let line = String::from_utf8_lossy(&head[..line_end]);
    let header: Vec<String> =
        parse_csv(&line).into_iter().next()?.cells.into_iter().map(|c| c.text.trim().to_string()).collect();
    Kind::ALL.into_iter().find(|k| k.matches_header(&header))
}

/// Turns the CSV files found into a profile, in a fixed order: Profile, Positions, Education,
/// Skills, Certifications.
fn build(name: &str, mut found: Vec<Found>) -> Result<Profile, InputError> {
    if !found.iter().any(|f| matches!(f.kind, Kind::Profile | Kind::Positions)) {
        return Err(InputError::invalid(
            name,
            "no LinkedIn profile in this export: no Profile.csv or Positions.csv at the top or one folder down",
        ));
    }
    // Among files of one kind, the shallowest (then the first found) is read.
    found.sort_by_key(|f| (f.kind, f.depth));
    let mut r = Reader { profile: Profile::new(InputFormat::LinkedIn, Vec::new()) };
    let mut read_kind: Option<(Kind, usize, String)> = None;
    for f in found {
        if let Some((kind, source, kept)) = &read_kind
            && *kind == f.kind
        {
            let message = format!("{} is also a {} file; only {kept} is read", f.name, kind.file_name());
            r.profile.warnings.push(ReadWarning { source: *source, offset: 0, message });
            continue;
        }
        let source = r.profile.sources.len();
        read_kind = Some((f.kind, source, f.name.clone()));
        r.file(f)?;
    }
    Ok(r.profile)
}

struct Reader {
    profile: Profile,
}

/// One CSV file being read: its rows and where its columns are.
struct Table<'a> {
    source: usize,
    base: &'a str,
    header: Vec<String>,
    rows: Vec<Record>,
}

impl Table<'_> {
    fn col(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h.eq_ignore_ascii_case(name))
    }
}

impl Reader {
    fn warn(&mut self, source: usize, offset: usize, message: impl Into<String>) {
        self.profile.warnings.push(ReadWarning { source, offset, message: message.into() });
    }

    fn file(&mut self, f: Found) -> Result<(), InputError> {
        let (text, latin1_at) = decode(&f.name, &f.bytes)?;
        let source = self.profile.sources.len();
        self.profile.sources.push(Source::new(f.name.clone(), text));
        if let Some(at) = latin1_at {
            self.warn(source, at, "not UTF-8: read as Latin-1 (Windows-1252), as a spreadsheet program saves it");
        }
        let text = &self.profile.sources[source].text;
        let mut records = parse_csv(text).into_iter();
        let Some(header_row) = records.next() else {
            return Err(InputError::at(
                &f.name,
                text,
                0,
                format!("empty file: expected the header row of {}", f.kind.file_name()),
            ));
        };
        let header: Vec<String> = header_row.cells.iter().map(|c| c.text.trim().to_string()).collect();
        for col in f.kind.required() {
            if !header.iter().any(|h| h.eq_ignore_ascii_case(col)) {
                return Err(InputError::at(
                    &f.name,
                    text,
                    header_row.start,
                    format!("missing required column \"{col}\""),
                ));
            }
        }
        let mut rows = Vec::new();
        let mut odd_rows = Vec::new();
        for rec in records {
            if rec.cells.iter().all(|c| c.text.trim().is_empty()) {
                continue;
            }
            if rec.cells.len() != header.len() {
                odd_rows.push((rec.start, rows.len(), rec.cells.len()));
            }
            rows.push(rec);
        }
        for (offset, row, cells) in odd_rows {
            let message = format!(
                "{}[{row}] has {cells} cells but the header has {}; missing cells read as empty",
                f.base,
                header.len()
            );
            self.warn(source, offset, message);
        }
        let table = Table { source, base: &f.base, header, rows };
        match f.kind {
            Kind::Profile => self.profile_csv(&table),
            Kind::Positions => self.positions(&table),
            Kind::Education => self.education(&table),
            Kind::Skills => self.simple(&table, SectionKind::Skills, Field::Keywords, "Skills"),
            Kind::Certifications => self.certifications(&table),
            Kind::Endorsements => self.endorsements(&table),
        }
        Ok(())
    }

    /// The trimmed text of a cell, if it has any.
    fn cell_str(&self, t: &Table, row: usize, col: Option<usize>) -> Option<String> {
        let cell = t.rows[row].cells.get(col?)?;
        let s = cell.text.trim();
        (!s.is_empty()).then(|| s.to_string())
    }

    /// Makes a section of the cell at (`row`, `col`), if it has text; returns its index.
    #[allow(clippy::too_many_arguments)]
    fn cell(
        &mut self,
        t: &Table,
        row: usize,
        col: Option<usize>,
        kind: SectionKind,
        field: Field,
        label: &str,
        entry: Option<usize>,
    ) -> Option<usize> {
        let col = col?;
        let cell = t.rows[row].cells.get(col)?;
        let src = &self.profile.sources[t.source].text;
        let (text, origin) = cell_text(t.source, src, cell);
        if text.is_empty() {
            return None;
        }
        let path = format!("{}[{row}].{}", t.base, t.header[col]);
        let mut s = Section::new(kind, field, path, text, origin);
        s.label = label.to_string();
        s.entry = entry;
        if field == Field::Text {
            s.blocks = prose_blocks(&s.text);
        }
        // A skill's name is the person's own vocabulary (`Phlebotomy`, `Kubeflow`): accepted in
        // the rest of the profile like a company's name.
        if field == Field::Name || kind == SectionKind::Skills {
            self.profile.add_vocabulary(&s.text);
        }
        let idx = self.profile.sections.len();
        if let Some(e) = entry {
            self.profile.experience[e].sections.push(idx);
        }
        self.profile.sections.push(s);
        Some(idx)
    }

    /// The skills others endorsed join the profile's vocabulary, as its own skills do; the file is
    /// not the person's writing, so it gives no section to check.
    fn endorsements(&mut self, t: &Table) {
        let col = t.col("Skill Name");
        let mut seen = std::collections::HashSet::new();
        for row in 0..t.rows.len() {
            if let Some(skill) = self.cell_str(t, row, col)
                && seen.insert(skill.clone())
            {
                self.profile.add_vocabulary(&skill);
            }
        }
    }

    fn profile_csv(&mut self, t: &Table) {
        if t.rows.is_empty() {
            return;
        }
        let first = self.cell_str(t, 0, t.col("First Name"));
        let last = self.cell_str(t, 0, t.col("Last Name"));
        let name = [first, last].into_iter().flatten().collect::<Vec<_>>().join(" ");
        if !name.is_empty() {
            self.profile.add_vocabulary(&name);
            self.profile.name = Some(name);
        }
        for col in ["Maiden Name", "Geo Location"] {
            if let Some(v) = self.cell_str(t, 0, t.col(col)) {
                self.profile.add_vocabulary(&v);
            }
        }
        self.cell(t, 0, t.col("Headline"), SectionKind::Headline, Field::Text, "Headline", None);
        self.cell(t, 0, t.col("Summary"), SectionKind::Summary, Field::Text, "About", None);
    }

    fn positions(&mut self, t: &Table) {
        let (company, title, description) = (t.col("Company Name"), t.col("Title"), t.col("Description"));
        let (location, started, finished) = (t.col("Location"), t.col("Started On"), t.col("Finished On"));
        for row in 0..t.rows.len() {
            let title_s = self.cell_str(t, row, title);
            let company_s = self.cell_str(t, row, company);
            let label = entry_label("Experience", title_s.as_deref(), company_s.as_deref());
            let start = self.date(t, row, started);
            let end = match self.cell_str(t, row, finished) {
                // An empty "Finished On" is the current role.
                None => start.map(|_| EndDate::Present),
                Some(s) if is_present(&s) => Some(EndDate::Present),
                Some(_) => self.date(t, row, finished).map(EndDate::Date),
            };
            let e = self.profile.experience.len();
            self.profile.experience.push(ExperienceEntry {
                title: title_s,
                company: company_s,
                location: self.cell_str(t, row, location),
                start,
                end,
                sections: Vec::new(),
            });
            let kind = SectionKind::Experience;
            self.cell(t, row, title, kind, Field::Title, &label, Some(e));
            self.cell(t, row, company, kind, Field::Name, &label, Some(e));
            self.cell(t, row, location, kind, Field::Name, &label, Some(e));
            self.cell(t, row, started, kind, Field::Date, &label, Some(e));
            self.cell(t, row, finished, kind, Field::Date, &label, Some(e));
            self.cell(t, row, description, kind, Field::Text, &label, Some(e));
        }
    }

    /// The date in a cell, with a warning if there is text that is not a date.
    fn date(&mut self, t: &Table, row: usize, col: Option<usize>) -> Option<super::DateValue> {
        let s = self.cell_str(t, row, col)?;
        let d = parse_date(&s);
        if d.is_none() {
            let offset = t.rows[row].cells[col?].start;
            self.warn(t.source, offset, format!("{}[{row}]: cannot read the date {s:?}", t.base));
        }
        d
    }

    fn education(&mut self, t: &Table) {
        let (school, degree) = (t.col("School Name"), t.col("Degree Name"));
        let kind = SectionKind::Education;
        for row in 0..t.rows.len() {
            let label = entry_label(
                "Education",
                self.cell_str(t, row, degree).as_deref(),
                self.cell_str(t, row, school).as_deref(),
            );
            self.cell(t, row, school, kind, Field::Name, &label, None);
            self.cell(t, row, degree, kind, Field::Title, &label, None);
            self.cell(t, row, t.col("Start Date"), kind, Field::Date, &label, None);
            self.cell(t, row, t.col("End Date"), kind, Field::Date, &label, None);
            self.cell(t, row, t.col("Notes"), kind, Field::Text, &label, None);
            self.cell(t, row, t.col("Activities"), kind, Field::Text, &label, None);
        }
    }

    fn certifications(&mut self, t: &Table) {
        let (name, authority) = (t.col("Name"), t.col("Authority"));
        let kind = SectionKind::Other;
        for row in 0..t.rows.len() {
            let label = entry_label(
                "Certification",
                self.cell_str(t, row, name).as_deref(),
                self.cell_str(t, row, authority).as_deref(),
            );
            self.cell(t, row, name, kind, Field::Title, &label, None);
            self.cell(t, row, authority, kind, Field::Name, &label, None);
        }
    }

    fn simple(&mut self, t: &Table, kind: SectionKind, field: Field, label: &str) {
        let col = t.col("Name");
        for row in 0..t.rows.len() {
            let label = entry_label(label, self.cell_str(t, row, col).as_deref(), None);
            self.cell(t, row, col, kind, field, &label, None);
        }
    }
}

fn entry_label(group: &str, title: Option<&str>, org: Option<&str>) -> String {
    match (title, org) {
        (Some(t), Some(o)) => format!("{group}: {t} — {o}"),
        (Some(x), None) | (None, Some(x)) => format!("{group}: {x}"),
        (None, None) => group.to_string(),
    }
}

/// Decodes a CSV file: UTF-8 (a BOM dropped), or else Latin-1 as a spreadsheet program saves it, with
/// the offset (in the decoded text) of the first byte that was not UTF-8.
fn decode(name: &str, bytes: &[u8]) -> Result<(String, Option<usize>), InputError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(InputError::invalid(name, "is UTF-16 text; save it as UTF-8"));
    }
    if let Some(i) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError::invalid(name, format!("is not CSV text (a NUL byte at byte {i})")));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) => {
            let latin1 = encoding_rs::WINDOWS_1252;
            let at = latin1.decode_without_bom_handling(&bytes[..e.valid_up_to()]).0.len();
            Ok((latin1.decode_without_bom_handling(bytes).0.into_owned(), Some(at)))
        }
    }
}

/// One CSV cell: its unescaped text and, for each byte of it, the offset of the file byte it is.
#[derive(Debug, Clone)]
struct Cell {
    text: String,
    offsets: Vec<usize>,
    /// Where the cell starts in the file (its opening quote, if quoted).
    start: usize,
}

#[derive(Debug, Clone)]
struct Record {
    start: usize,
    cells: Vec<Cell>,
}

/// Parses CSV text into records, keeping the file offset of every byte of every cell.
fn parse_csv(text: &str) -> Vec<Record> {
    let bytes = text.as_bytes();
    let mut rdr = csv_core::Reader::new();
    let mut records = Vec::new();
    let mut cells = Vec::new();
    let (mut out, mut offsets) = (Vec::new(), Vec::new());
    let (mut record_start, mut field_start) = (None, None);
    let mut i = 0;
    loop {
        let input = bytes.get(i..i + 1).unwrap_or(&[]);
        if let Some(&b) = input.first() {
            // Line breaks before a record are skipped by the reader: the record starts after them.
            if record_start.is_none() && b != b'\n' && b != b'\r' {
                record_start = Some(i);
            }
            if record_start.is_some() && field_start.is_none() {
                field_start = Some(i);
            }
        }
        let mut buf = [0u8; 4];
        let (res, nin, nout) = rdr.read_field(input, &mut buf);
        out.extend_from_slice(&buf[..nout]);
        offsets.extend(std::iter::repeat_n(i, nout));
        i += nin;
        match res {
            csv_core::ReadFieldResult::InputEmpty | csv_core::ReadFieldResult::OutputFull => {}
            csv_core::ReadFieldResult::Field { record_end } => {
                // Only ASCII quotes are dropped, so the output stays valid UTF-8.
                let text = String::from_utf8(std::mem::take(&mut out))
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
                let start = field_start.take().unwrap_or(i);
                cells.push(Cell { text, offsets: std::mem::take(&mut offsets), start });
                if record_end {
                    records.push(Record {
                        start: record_start.take().unwrap_or(start),
                        cells: std::mem::take(&mut cells),
                    });
                }
            }
            csv_core::ReadFieldResult::End => break,
        }
    }
    records
}

/// A cell's text, trimmed, with CRLF read as `\n`, and its origin in the file.
fn cell_text(source: usize, file: &str, cell: &Cell) -> (String, crate::text::Origin) {
    let text = &cell.text;
    let start = text.len() - text.trim_start().len();
    let end = text.trim_end().len().max(start);
    if cell.offsets.len() != text.len() {
        // Only if the cell was not valid UTF-8, which a decoded file cannot produce.
        let trimmed = text[start..end].to_string();
        return (trimmed, crate::text::Origin::at(source, cell.start));
    }
    let bytes = text.as_bytes();
    let mut b = OriginBuilder::new(source);
    let mut i = start;
    while i < end {
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            b.push_synthetic("\n", cell.offsets[i]);
            i += 2;
            continue;
        }
        let mut j = i + 1;
        while j < end && cell.offsets[j] == cell.offsets[j - 1] + 1 && bytes[j] != b'\r' {
            j += 1;
        }
        while !text.is_char_boundary(j) {
            j += 1;
        }
        let piece = &text[i..j];
        let at = cell.offsets[i];
        if file.get(at..at + piece.len()) == Some(piece) {
            b.push_verbatim(piece, at);
        } else {
            b.push_synthetic(piece, at);
        }
        i = j;
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(records: &[Record]) -> Vec<Vec<&str>> {
        records.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }

    #[test]
    fn csv_cells_keep_byte_offsets() {
        let text = "A,B\r\n\r\nx,\"say \"\"hi\"\"\r\nthere\"\r\n,last";
        let recs = parse_csv(text);
        assert_eq!(texts(&recs), [vec!["A", "B"], vec!["x", "say \"hi\"\r\nthere"], vec!["", "last"]]);
        assert_eq!(recs[1].start, text.find('x').unwrap());
        let cell = &recs[1].cells[1];
        assert_eq!(cell.start, text.find("\"say").unwrap());
        for (k, &off) in cell.offsets.iter().enumerate() {
            assert_eq!(text.as_bytes()[off], cell.text.as_bytes()[k], "byte {k}");
        }
        let (t, origin) = cell_text(0, text, cell);
        assert_eq!(t, "say \"hi\"\nthere");
        assert_eq!(origin.to_file(t.find("hi").unwrap()), text.find("hi").unwrap());
        assert_eq!(origin.to_file(t.find("there").unwrap()), text.find("there").unwrap());
        assert_eq!(recs[2].start, text.rfind(",last").unwrap());
    }

    #[test]
    fn csv_without_final_newline_and_blank_lines() {
        assert_eq!(texts(&parse_csv("a,b\n\n\nc,d")), [vec!["a", "b"], vec!["c", "d"]]);
        assert_eq!(texts(&parse_csv("a\n")), [vec!["a"]]);
        assert!(parse_csv("").is_empty());
    }

    #[test]
    fn latin1_is_decoded_and_located() {
        let (text, at) = decode("p.csv", b"Name\nCaf\xe9 \x93quoted\x94\n").unwrap();
        assert_eq!(text, "Name\nCafé “quoted”\n");
        assert_eq!(at, Some(8));
        assert_eq!(decode("p.csv", b"\xEF\xBB\xBFName\n").unwrap(), ("Name\n".to_string(), None));
        assert!(decode("p.csv", b"a\0b").unwrap_err().to_string().contains("NUL byte at byte 1"));
    }

    #[test]
    fn files_are_recognised_by_header() {
        assert_eq!(
            classify("Positionen.csv", b"Company Name,Title,Description,Location,Started On,Finished On\n"),
            Some(Kind::Positions)
        );
        assert_eq!(
            classify("Profil.csv", b"\xEF\xBB\xBFFirst Name,Last Name,Headline,Summary\r\n"),
            Some(Kind::Profile)
        );
        assert_eq!(classify("Kenntnisse.csv", b"Name\n"), Some(Kind::Skills));
        assert_eq!(classify("Connections.csv", b"First Name,Last Name,Email Address,Company,Position\n"), None);
        assert_eq!(classify("skills.CSV", b""), Some(Kind::Skills));
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_mangled_extension_is_not_a_panic() {
        assert!(!is_csv_name("Profile▓csv"));
        assert!(is_csv_name("Profile.CSV"));
    }

    proptest! {
        #[test]
        fn every_cell_byte_maps_to_itself(cells in prop::collection::vec("[a-zé\" ,\n]{0,12}", 1..8), crlf in any::<bool>()) {
            // A row of one empty cell is a blank line, which CSV readers skip.
            prop_assume!(cells.len() > 1 || !cells[0].is_empty());
            // Write one row as a spreadsheet would: quote cells with quotes, commas or line breaks.
            let eol = if crlf { "\r\n" } else { "\n" };
            let mut file = format!("H{eol}");
            for (k, c) in cells.iter().enumerate() {
                if k > 0 {
                    file.push(',');
                }
                if c.contains(['"', ',', '\n']) {
                    file.push('"');
                    file.push_str(&c.replace('"', "\"\"").replace('\n', eol));
                    file.push('"');
                } else {
                    file.push_str(c);
                }
            }
            file.push_str(eol);
            let recs = parse_csv(&file);
            let row = &recs[1];
            prop_assert_eq!(row.cells.len(), cells.len());
            for (cell, want) in row.cells.iter().zip(&cells) {
                let (text, origin) = cell_text(0, &file, cell);
                prop_assert_eq!(&text, want.trim());
                for (k, ch) in text.char_indices() {
                    let at = origin.to_file(k);
                    let expect = if ch == '\n' && crlf { '\r' } else { ch };
                    prop_assert_eq!(file[at..].chars().next(), Some(expect), "{:?} at {}", file, k);
                }
            }
        }

        #[test]
        fn mutated_zip_never_panics(flips in prop::collection::vec((any::<usize>(), any::<u8>()), 1..4), cut in 0usize..64) {
            let mut bytes = include_bytes!("../../fixtures/linkedin/export.zip").to_vec();
            for (at, b) in flips {
                let at = at % bytes.len();
                bytes[at] ^= b;
            }
            bytes.truncate(bytes.len() - cut);
            let _ = read_zip("x.zip", &bytes);
        }
    }
}
