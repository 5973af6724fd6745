//! JSON Lines: one compact JSON object per profile, written as soon as it is done (in input order),
//! so very large batches stream with bounded memory. The last line is the summary. Also the other
//! direction: `check_stream` checks one JSON Resume per input line (`proofile check --stdin-jsonl`).

use std::io::{self, BufRead, Write};

use super::{FileReport, Outcome, Reporter, Totals};
use crate::Checker;
use crate::profile::{InputFormat, detect};

#[derive(Default)]
pub struct JsonlReporter;

impl Reporter for JsonlReporter {
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &super::json::file(report))?;
        out.write_all(b"\n")
    }

    fn end(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &serde_json::json!({ "summary": totals }))?;
        out.write_all(b"\n")
    }
}

/// `--stdin-jsonl`: one JSON Resume document per input line, one result line out per input line,
/// in order. A record that cannot be read (not UTF-8, not JSON, over the size limit) gets an object
/// with `error` on its line and the run goes on. A blank line gets `{"path":"stdin:N","blank":true}`,
/// so output line N always answers input line N. Each line may hold at most `max` bytes; a longer one
/// is skipped without being held in memory. `each` sees every record's report (not blank lines), for
/// the exit status. Stops at the first read or write error.
pub fn check_stream(
    checker: &Checker,
    input: &mut impl BufRead,
    max: usize,
    out: &mut dyn Write,
    mut each: impl FnMut(&FileReport),
) -> io::Result<()> {
    let mut buf = Vec::new();
    for n in 1.. {
        let Some(len) = read_record(input, max, &mut buf)? else { break };
        let name = format!("stdin:{n}");
        let report = if len > max {
            let error = record_too_long(&name, len, max);
            FileReport { path: name, outcome: Outcome::Failed { error } }
        } else if buf.iter().all(u8::is_ascii_whitespace) {
            let path = serde_json::to_string(&name).unwrap_or_default();
            out.write_all(format!("{{\"path\":{path},\"blank\":true}}\n").as_bytes())?;
            continue;
        } else {
            let outcome = match detect::read_bytes(&name, std::mem::take(&mut buf), InputFormat::JsonResume) {
                Ok(mut profile) => match crate::error::guard(&name, || checker.check_for_report(&mut profile)) {
                    Ok(diagnostics) => Outcome::Checked { profile: Box::new(profile), diagnostics },
                    Err(error) => Outcome::Failed { error },
                },
                Err(e) => Outcome::Failed { error: record_error(&name, e) },
            };
            FileReport { path: name, outcome }
        };
        each(&report);
        JsonlReporter.file(out, &report)?;
    }
    Ok(())
}

/// The error of a line over the size limit (it is skipped without being held in memory); `proofile
/// invite --stdin-jsonl` says the same.
pub fn record_too_long(name: &str, len: usize, max: usize) -> String {
    format!("{name}: line is {len} bytes, over the limit of {max} bytes (raise it with --max-file-size)")
}

/// A record's error with its place as `stdin:LINE:COLUMN` (the record is that one line of input),
/// not `stdin:LINE:1:COLUMN`.
fn record_error(name: &str, e: crate::InputError) -> String {
    match e {
        crate::InputError::Syntax { line: 1, column, message, .. } => format!("{name}:{column}: {message}"),
        crate::InputError::Syntax { line, column, message, .. } => {
            format!("{name}: line {line} of the record, column {column}: {message}")
        }
        other => other.to_string(),
    }
}

/// Reads one line (without its `\n` or `\r\n`) into `buf`, keeping at most `max + 1` bytes of it.
/// Returns the line's full length, or `None` at the end of input.
pub fn read_record(input: &mut impl BufRead, max: usize, buf: &mut Vec<u8>) -> io::Result<Option<usize>> {
    buf.clear();
    let (mut len, mut any) = (0usize, false);
    loop {
        let avail = match input.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        any = true;
        let (take, newline) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (avail.len(), false),
        };
        let room = (max.saturating_add(1)).saturating_sub(buf.len());
        buf.extend_from_slice(&avail[..take.min(room)]);
        len += take;
        input.consume(take + usize::from(newline));
        if newline {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if buf.len() == len && buf.last() == Some(&b'\r') {
        buf.pop();
        len -= 1;
    }
    Ok(Some(len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Outcome, render_all};

    #[test]
    fn one_line_per_file_then_the_summary() {
        let reports = vec![
            FileReport { path: "a.md".into(), outcome: Outcome::Failed { error: "a.md: cannot read".into() } },
            FileReport { path: "b.md".into(), outcome: Outcome::Failed { error: "b.md: cannot read".into() } },
        ];
        let text = render_all(&mut JsonlReporter, &reports);
        let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1]["path"], "b.md");
        assert_eq!(lines[2]["summary"]["files_with_errors"], 2);
    }
}
