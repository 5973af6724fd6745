//! `proofile invite NOTE [--from MY_PROFILE] [--to THEIR_PROFILE]`: reads the note and the profiles,
//! runs the library's invite check and prints the report; `--stdin-jsonl` checks a batch of notes.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::ValueEnum;

use crate::cli::{ColorChoice, ConfigArgs};
use crate::run::{Configs, Status, print_out};
use proofile::Checker;
use proofile::invite::{self, CheckedProfile, Invitation, MAX_NOTE_BYTES, Person, report};
use proofile::profile::detect;
use proofile::report::jsonl::{read_record, record_too_long};

#[derive(Debug, clap::Args)]
pub struct InviteArgs {
    /// The note: a text file, or `-` for standard input.
    #[arg(required_unless_present = "stdin_jsonl", conflicts_with = "stdin_jsonl")]
    pub note: Option<PathBuf>,
    /// Your own profile (any format `check` reads): photo, completeness, typos, off-topic content.
    #[arg(long, value_name = "MY_PROFILE")]
    pub from: Option<PathBuf>,
    /// Their profile (any format `check` reads): the name and history the note is checked against.
    #[arg(long, value_name = "THEIR_PROFILE", conflicts_with_all = ["to_name", "to_headline"])]
    pub to: Option<PathBuf>,
    /// Their name, when you have no file for their profile.
    #[arg(long, value_name = "NAME")]
    pub to_name: Option<String>,
    /// Their headline (`Title at Company`), when you have no file for their profile.
    #[arg(long, value_name = "TEXT")]
    pub to_headline: Option<String>,
    /// Read `{"note": …, "to": {…}}` lines from standard input; write one JSON result line each. A bad
    /// line gets `{"line": N, "error": …}` and counts as an error-level finding, as in `check`.
    #[arg(long)]
    pub stdin_jsonl: bool,
    /// The most characters your account may send in a note (default 300, or the configuration's
    /// `rules.invite-note-length.max-chars`; 200 for accounts with the lower limit).
    #[arg(long, value_name = "CHARS")]
    pub note_limit: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = InviteFormat::Human)]
    pub format: InviteFormat,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// When to use colour in the human report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Refuse profiles larger than this many bytes.
    #[arg(long, default_value_t = proofile::profile::detect::DEFAULT_MAX_BYTES)]
    pub max_file_size: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InviteFormat {
    /// The note's findings, your profile in one block, and the verdict.
    Human,
    /// One JSON document: note, to, from, verdict.
    Json,
    /// SARIF 2.1.0: the note's and your profile's findings.
    Sarif,
}

pub fn invite(args: InviteArgs) -> Result<u8> {
    let note_path = args.note.clone().unwrap_or_else(|| PathBuf::from("-"));
    let configs = Configs::new(&args.config)?;
    let checker = configs.checker_for(&note_path).map_err(anyhow::Error::msg)?;
    let mut options = checker.options().clone();
    if let Some(n) = args.note_limit {
        if n == 0 {
            bail!("--note-limit must be a positive number of characters");
        }
        options.note_max_chars = n;
    }
    let from = match &args.from {
        Some(p) => Some(read_and_check(&checker, p, args.max_file_size, "--from")?),
        None => None,
    };
    if args.stdin_jsonl {
        return batch(&checker, &options, from.as_ref(), args.to.as_deref(), args.max_file_size);
    }
    let to = match &args.to {
        Some(p) => Some(Person::from_profile(&read_profile(p, args.max_file_size, "--to")?)),
        None if args.to_name.is_some() || args.to_headline.is_some() => {
            Some(Person::from_fields(args.to_name.as_deref(), args.to_headline.as_deref()))
        }
        None => None,
    };
    let note = read_note(&note_path)?;
    let inv = Invitation { name: note_path.display().to_string(), note, to };
    let result = invite::check(&checker, &options, &inv, from);
    match args.format {
        InviteFormat::Human => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            print_out(&report::human(&result, color))?;
        }
        InviteFormat::Json => {
            print_out(&format!("{}\n", serde_json::to_string_pretty(&report::json_value(&result))?))?;
        }
        InviteFormat::Sarif => {
            let mut buf = Vec::new();
            report::sarif(&mut buf, &result)?;
            print_out(&String::from_utf8_lossy(&buf))?;
        }
    }
    let mut status = Status::default();
    status.findings(checker.fail_on(), result.all_severities());
    Ok(status.code())
}

/// The note's text: UTF-8, no NUL bytes, at most `MAX_NOTE_BYTES`.
fn read_note(path: &Path) -> Result<String> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin().lock(), MAX_NOTE_BYTES as u64 + 1),
            &mut buf,
        )
        .context("reading the note from standard input")?;
        buf
    } else {
        let meta = std::fs::metadata(path).with_context(|| format!("note {name}"))?;
        if meta.is_dir() {
            bail!("note {name}: is a folder; give the note as a text file or `-`");
        }
        if meta.len() > MAX_NOTE_BYTES as u64 {
            bail!(too_big(&name, meta.len()));
        }
        std::fs::read(path).with_context(|| format!("note {name}"))?
    };
    if bytes.len() > MAX_NOTE_BYTES {
        bail!(too_big(&name, bytes.len() as u64));
    }
    detect::decode_utf8(&name, bytes).map_err(|e| anyhow::anyhow!("note {e}"))
}

fn too_big(name: &str, len: u64) -> String {
    format!(
        "note {name}: {len} bytes, over {MAX_NOTE_BYTES}: a connection note is at most a few hundred characters; is this the right file?"
    )
}

fn read_profile(path: &Path, max: u64, flag: &str) -> Result<proofile::Profile> {
    detect::read_path(path, None, max).map_err(|e| anyhow::anyhow!("{flag} {}: {e}", path.display()))
}

fn read_and_check(checker: &Checker, path: &Path, max: u64, flag: &str) -> Result<CheckedProfile> {
    let profile = read_profile(path, max, flag)?;
    let diagnostics = checker.check(&profile);
    Ok(CheckedProfile { path: path.display().to_string(), profile, diagnostics })
}

/// `--stdin-jsonl`: one `{"note": …, "to": {…}}` object per line, one result line each (a blank line
/// gets `{"line": N, "blank": true}`, as in `check --stdin-jsonl`). A line that
/// cannot be read (not UTF-8, not JSON, over `max` bytes) gives an `error` line and the run goes on; it
/// counts as an error-level finding for the exit status, exactly as in `check --stdin-jsonl` (the same
/// `Status` and line reader): `--fail-on never` exits 0. An unreadable `--to` or `--from` exits 2.
fn batch(
    checker: &Checker,
    options: &proofile::rules::RuleOptions,
    from: Option<&CheckedProfile>,
    to_file: Option<&Path>,
    max: u64,
) -> Result<u8> {
    let to_default = match to_file {
        Some(p) => Some(Person::from_profile(&read_profile(p, max, "--to")?)),
        None => None,
    };
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut status = Status::default();
    let mut buf = Vec::new();
    for n in 1.. {
        let Some(len) = read_record(&mut input, max, &mut buf)? else { break };
        let name = format!("stdin:{n}");
        // A blank line answers `{"line":N,"blank":true}`, as `check --stdin-jsonl` does, so output
        // line N always answers input line N; it is no finding.
        if len <= max && buf.iter().all(u8::is_ascii_whitespace) {
            if !write_line(&mut out, &serde_json::json!({ "line": n, "blank": true }))? {
                return Ok(status.code());
            }
            continue;
        }
        let parsed = if len > max {
            Err(record_too_long(&name, len, max))
        } else {
            detect::decode_utf8(&name, std::mem::take(&mut buf))
                .map_err(|e| e.to_string())
                .and_then(|line| parse_line(&name, &line, to_default.as_ref()))
        };
        let checked = parsed.and_then(|inv| {
            let from = from.map(|f| CheckedProfile {
                path: f.path.clone(),
                profile: f.profile.clone(),
                diagnostics: f.diagnostics.clone(),
            });
            proofile::error::guard(&name, || invite::check(checker, options, &inv, from))
        });
        let value = match checked {
            Ok(r) => {
                status.findings(checker.fail_on(), r.all_severities());
                let mut v = report::json_value(&r);
                v["line"] = serde_json::json!(n);
                v
            }
            Err(e) => {
                status.bad_record(checker.fail_on());
                serde_json::json!({ "line": n, "error": e })
            }
        };
        if !write_line(&mut out, &value)? {
            return Ok(status.code());
        }
    }
    out.flush().or_else(|e| if e.kind() == std::io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e) })?;
    Ok(status.code())
}

/// Writes one compact JSON line; `false` when the reader has gone (a closed pipe).
fn write_line(out: &mut dyn Write, v: &serde_json::Value) -> Result<bool> {
    match writeln!(out, "{v}") {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e.into()),
    }
}

fn parse_line(name: &str, line: &str, to_default: Option<&Person>) -> Result<Invitation, String> {
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("{name}: not a JSON object: {e} (column {})", e.column()))?;
    let obj = v.as_object().ok_or_else(|| format!("{name}: expected a JSON object with \"note\""))?;
    let note = match obj.get("note") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => {
            return Err(format!("{name}: no \"note\" (use \"\" for an empty note)"));
        }
        Some(_) => return Err(format!("{name}: \"note\" must be a string")),
    };
    if note.len() > MAX_NOTE_BYTES {
        return Err(format!("{name}: note is {} bytes, over {MAX_NOTE_BYTES}", note.len()));
    }
    if note.contains('\0') {
        return Err(format!("{name}: the note holds a NUL character: binary data, not a note"));
    }
    let to = match obj.get("to") {
        None | Some(serde_json::Value::Null) => to_default.cloned(),
        Some(t) => Some(Person::from_json(t, name)?),
    };
    Ok(Invitation { name: name.to_string(), note, to })
}
