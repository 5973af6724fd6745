//! The JSON report: `{"files":[{"path","format","diagnostics":[...]}],"summary":{...}}`.
//! Field names are a stable interface; see README.md.

use serde::Serialize;

use std::io::{self, Write};

use super::{FileReport, Outcome, Reporter, Totals};
use crate::diagnostic::Diagnostic;
use crate::profile::Profile;

#[derive(Serialize)]
pub(crate) struct JsonFile<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<JsonWarning>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonWarning {
    file: String,
    line: usize,
    column: usize,
    message: String,
}

#[derive(Serialize)]
struct JsonSection<'a> {
    kind: &'static str,
    path: &'a str,
    label: &'a str,
}

#[derive(Serialize)]
struct JsonSpan {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    section: JsonSection<'a>,
    span: JsonSpan,
    file: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
}

#[derive(Serialize)]
pub(crate) struct JsonDiagnostic<'a> {
    rule: &'static str,
    category: &'static str,
    severity: &'static str,
    section: JsonSection<'a>,
    span: JsonSpan,
    file: &'a str,
    line: usize,
    column: usize,
    text: &'a str,
    message: &'a str,
    suggestions: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    safe_fixes: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<JsonRelated<'a>>,
}

fn section<'a>(profile: &'a Profile, idx: usize) -> JsonSection<'a> {
    let s = &profile.sections[idx];
    JsonSection { kind: s.kind.as_str(), path: &s.path, label: &s.label }
}

pub(crate) fn diagnostic<'a>(profile: &'a Profile, d: &'a Diagnostic) -> JsonDiagnostic<'a> {
    let (src, line, column) = profile.locate(d.section, d.span.start);
    let text = profile.sections[d.section].text.get(d.span.clone()).unwrap_or("");
    JsonDiagnostic {
        rule: d.rule,
        category: d.category.as_str(),
        severity: d.severity.as_str(),
        section: section(profile, d.section),
        span: JsonSpan { start: d.span.start, end: d.span.end },
        file: &src.name,
        line,
        column,
        text,
        message: &d.message,
        suggestions: d.suggestions.iter().map(|s| s.replacement.as_str()).collect(),
        safe_fixes: d.suggestions.iter().filter(|s| s.safe).map(|s| s.replacement.as_str()).collect(),
        related: d
            .related
            .iter()
            .map(|r| {
                let (src, line, column) = profile.locate(r.section, r.span.start);
                JsonRelated {
                    section: section(profile, r.section),
                    span: JsonSpan { start: r.span.start, end: r.span.end },
                    file: &src.name,
                    line,
                    column,
                    message: &r.message,
                }
            })
            .collect(),
    }
}

pub(crate) fn file(r: &FileReport) -> JsonFile<'_> {
    match &r.outcome {
        Outcome::Checked { profile, diagnostics } => JsonFile {
            path: &r.path,
            format: Some(profile.format.as_str()),
            error: None,
            warnings: profile
                .warnings
                .iter()
                .map(|w| {
                    let src = &profile.sources[w.source];
                    let (line, column) = src.lines.line_col(&src.text, w.offset);
                    JsonWarning { file: src.name.clone(), line, column, message: w.message.clone() }
                })
                .collect(),
            diagnostics: diagnostics.iter().map(|d| diagnostic(profile, d)).collect(),
        },
        Outcome::Failed { error } => {
            JsonFile { path: &r.path, format: None, error: Some(error), warnings: Vec::new(), diagnostics: Vec::new() }
        }
    }
}

/// `{"files":[...],"summary":{...}}`, pretty-printed, written one file at a time.
#[derive(Default)]
pub struct JsonReporter {
    count: usize,
}

/// Pretty JSON of `value`, every line after the first indented by `base` (spaces): serde_json's
/// pretty layout (two spaces a level), written once with the indent in place rather than copied again
/// to insert it.
fn indented<T: Serialize>(value: &T, base: &'static str) -> Vec<u8> {
    let mut out = Vec::new();
    let formatter = Indented { base, depth: 0, has_value: false };
    match value.serialize(&mut serde_json::Serializer::with_formatter(&mut out, formatter)) {
        Ok(()) => out,
        Err(e) => format!("{{\"error\":\"{e}\"}}").into_bytes(),
    }
}

/// `serde_json::ser::PrettyFormatter` with `base` more spaces at the start of every line after the
/// first: the same methods, writing the same bytes, with the base added where it starts a line.
struct Indented {
    base: &'static str,
    depth: usize,
    has_value: bool,
}

impl Indented {
    fn begin<W: ?Sized + Write>(&mut self, writer: &mut W, open: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(open)
    }

    /// A line break before a value or key (after a comma unless it is the first), then the indent.
    fn item<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.new_line(writer, if first { b"\n" } else { b",\n" })
    }

    fn new_line<W: ?Sized + Write>(&self, writer: &mut W, lead: &[u8]) -> io::Result<()> {
        writer.write_all(lead)?;
        writer.write_all(self.base.as_bytes())?;
        for _ in 0..self.depth {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }

    fn end<W: ?Sized + Write>(&mut self, writer: &mut W, close: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.new_line(writer, b"\n")?;
        }
        writer.write_all(close)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.begin(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.end(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.item(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.begin(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.end(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.item(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

impl Reporter for JsonReporter {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        write!(out, "{{\n  \"files\": [")
    }

    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        let sep = if self.count == 0 { "" } else { "," };
        self.count += 1;
        write!(out, "{sep}\n    ")?;
        out.write_all(&indented(&file(report), "    "))
    }

    fn end(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        let close = if self.count == 0 { "]" } else { "\n  ]" };
        write!(out, "{close},\n  \"summary\": ")?;
        out.write_all(&indented(totals, "  "))?;
        writeln!(out, "\n}}")
    }
}

/// The whole report as pretty JSON, ending in a newline.
pub fn render(reports: &[FileReport]) -> String {
    super::render_all(&mut JsonReporter::default(), reports)
}
