//! Runs a parsed command line: reads inputs, checks them, prints the report. The only place besides
//! `main` that touches the terminal.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{Result, bail};
use rayon::prelude::*;

use crate::cli::{
    CheckArgs, Cli, ColorChoice, Command, ConfigArgs, DialectArg, FailOn, Format, InputFormatArg, ListFormat,
};
use proofile::config::{self, Config, Overrides};
use proofile::inputs::{self, Input};
use proofile::profile::{InputFormat, detect};
use proofile::report::{FileReport, Outcome, Reporter, Totals, github, html, human, json, jsonl, sarif, summary};
use proofile::rules::{all_rules, find_rule};
use proofile::spell::Dialect;
use proofile::{Checker, FailOn as LibFailOn};

pub fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Fix(args) => crate::fix_cmd::fix(args),
        Command::Invite(args) => crate::commands::invite::invite(args),
        Command::Serve(args) => crate::commands::serve::serve(args),
        Command::Rules { format } => {
            print_out(&rules_list(format))?;
            Ok(0)
        }
        Command::Explain { id } => {
            let Some(rule) = find_rule(&id) else {
                bail!("no rule named `{id}` (see `proofile rules`)");
            };
            print_out(&explain(rule.meta()))?;
            Ok(0)
        }
        Command::Init { force } => {
            let path = PathBuf::from(config::FILE_NAME);
            if path.exists() && !force {
                bail!("{} already exists (use --force to replace it)", path.display());
            }
            std::fs::write(&path, config::DEFAULT_CONFIG)?;
            print_out(&format!("wrote {}\n", path.display()))?;
            Ok(0)
        }
        Command::Config { path, config } => {
            let configs = Configs::new(&config)?;
            let at = path.unwrap_or_else(|| PathBuf::from("."));
            let c = configs.config_for(&at).map_err(anyhow::Error::msg)?;
            print_out(&c.describe())?;
            Ok(0)
        }
    }
}

/// The command-line flags that override the configuration file (`--dialect`, `--fail-on`, `--enable`…).
pub(crate) fn overrides(args: &ConfigArgs) -> Overrides {
    Overrides {
        dialect: args.dialect.map(|d| match d {
            DialectArg::Auto => Dialect::Auto,
            DialectArg::EnUs => Dialect::EnUs,
            DialectArg::EnGb => Dialect::EnGb,
        }),
        fail_on: args.fail_on.map(|f| match f {
            FailOn::Info => LibFailOn::Info,
            FailOn::Warning => LibFailOn::Warning,
            FailOn::Error => LibFailOn::Error,
            FailOn::Never => LibFailOn::Never,
        }),
        enable: args.enable.clone(),
        disable: args.disable.clone(),
        select: args.select.clone(),
        words: args.words.clone(),
        // Converting a dialect is a choice made in `fix --convert-dialect`, never a default.
        convert_dialect: false,
    }
}

/// The configuration for each profile: `--config FILE`, none (`--no-config`), or the nearest
/// proofile.toml above the profile; command-line flags on top. One checker per configuration file.
pub(crate) struct Configs {
    fixed: Option<Option<PathBuf>>,
    overrides: Overrides,
    checkers: Mutex<HashMap<Option<PathBuf>, Arc<Checker>>>,
}

impl Configs {
    pub(crate) fn new(args: &ConfigArgs) -> Result<Configs> {
        let overrides = overrides(args);
        let fixed = if args.no_config { Some(None) } else { args.config.clone().map(Some) };
        let configs = Configs { fixed, overrides, checkers: Mutex::new(HashMap::new()) };
        // Usage errors in the flags, and a broken --config file, stop the run before any checking.
        configs.load(configs.fixed.clone().flatten().as_deref()).map_err(anyhow::Error::msg)?;
        Ok(configs)
    }

    /// `fix --convert-dialect`: dialect spellings are fixed too, where a dialect is chosen.
    pub(crate) fn convert_dialect(mut self) -> Configs {
        self.overrides.convert_dialect = true;
        self
    }

    fn file_for(&self, profile: &Path) -> Option<PathBuf> {
        match &self.fixed {
            Some(f) => f.clone(),
            None => {
                let dir = if profile.as_os_str() == "-" || profile.is_dir() {
                    profile.to_path_buf()
                } else {
                    profile.parent().map(Path::to_path_buf).unwrap_or_default()
                };
                let dir = if dir.as_os_str().is_empty() || dir.as_os_str() == "-" { PathBuf::from(".") } else { dir };
                config::discover(&dir)
            }
        }
    }

    fn load(&self, file: Option<&Path>) -> Result<Config, String> {
        let mut c = match file {
            Some(f) => Config::load(f).map_err(|e| e.to_string())?,
            None => Config::default(),
        };
        c.apply_overrides(&self.overrides)?;
        Ok(c)
    }

    fn config_for(&self, profile: &Path) -> Result<Config, String> {
        self.load(self.file_for(profile).as_deref())
    }

    pub(crate) fn checker_for(&self, profile: &Path) -> Result<Arc<Checker>, String> {
        let file = self.file_for(profile);
        if let Some(c) = self.checkers.lock().unwrap_or_else(|e| e.into_inner()).get(&file) {
            return Ok(c.clone());
        }
        let checker = Arc::new(Checker::new(self.load(file.as_deref())?.settings));
        let mut map = self.checkers.lock().unwrap_or_else(|e| e.into_inner());
        Ok(map.entry(file).or_insert(checker).clone())
    }
}

fn check(args: CheckArgs) -> Result<u8> {
    if args.fix {
        crate::fix_cmd::fix_before_check(&args)?;
    }
    let configs = Configs::new(&args.config)?;
    let format = args.input_format.map(|f| match f {
        InputFormatArg::Markdown => InputFormat::Markdown,
        InputFormatArg::Text => InputFormat::PlainText,
        InputFormatArg::JsonResume => InputFormat::JsonResume,
        InputFormatArg::LinkedinExport => InputFormat::LinkedIn,
    });
    let mut reporter: Box<dyn Reporter> = match args.format {
        Format::Human => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    args.output.is_none()
                        && std::io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            Box::new(human::HumanReporter::new(&human::HumanOptions { color }))
        }
        Format::Json => Box::new(json::JsonReporter::default()),
        Format::Jsonl => Box::new(jsonl::JsonlReporter),
        Format::Summary => Box::new(summary::SummaryReporter::default()),
        Format::Sarif => Box::new(sarif::SarifReporter::default()),
        Format::Github => Box::new(github::GithubReporter),
        Format::Html => Box::new(html::HtmlReporter::default().monochrome(
            args.color == ColorChoice::Never || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        )),
    };
    let stdout = std::io::stdout();
    let sink: Box<dyn Write> = match &args.output {
        Some(path) => {
            Box::new(std::fs::File::create(path).map_err(|e| anyhow::anyhow!("--output {}: {e}", path.display()))?)
        }
        None => Box::new(stdout.lock()),
    };
    let mut out = std::io::BufWriter::new(sink);
    let mut status = Status::default();
    if args.stdin_jsonl {
        let checker = configs.checker_for(Path::new("-")).map_err(anyhow::Error::msg)?;
        stdin_jsonl(&checker, args.max_file_size, &mut out, &mut status)?;
        out.flush().or_else(ignore_broken_pipe)?;
        return Ok(status.code());
    }
    let inputs = inputs::collect(&args.paths);
    let progress = progress_bar(inputs.len(), args.no_progress);
    let mut totals = Totals::default();
    reporter.begin(&mut out).or_else(ignore_broken_pipe)?;
    // Profiles are checked in parallel a chunk at a time and written in input order, so output is
    // deterministic and memory stays bounded however many profiles there are. The next chunk is checked
    // while this thread writes the last one: the writing is not a serial step the workers wait for.
    let chunk = 64 * rayon::current_num_threads().max(1);
    let written: Result<(), (std::io::Error, u8)> = std::thread::scope(|scope| {
        // One chunk waits while one is written and one is checked: memory stays bounded.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<(FileReport, LibFailOn)>>(1);
        let (configs, progress) = (&configs, &progress);
        scope.spawn(move || {
            for batch in inputs.chunks(chunk) {
                let reports = batch
                    .par_iter()
                    .map(|input| {
                        let report = check_input(configs, input, format, args.max_file_size);
                        if let Some(p) = progress {
                            p.inc(1);
                        }
                        report
                    })
                    .collect();
                // The writer stopped (a closed pipe): nothing more to check.
                if tx.send(reports).is_err() {
                    break;
                }
            }
        });
        for reports in rx {
            for r in &reports {
                totals.add(&r.0);
                status.add(&r.0, r.1);
                let r = &r.0;
                if let Outcome::Failed { error } = &r.outcome
                    && args.format != Format::Human
                {
                    eprintln!("proofile: {error}");
                }
                if let Err(e) = reporter.file(&mut out, r) {
                    return Err((e, status.code()));
                }
            }
        }
        Ok(())
    });
    if let Err((e, code)) = written {
        return broken_pipe_or(e, code);
    }
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    if let Err(e) = reporter.end(&mut out, &totals).and_then(|()| out.flush()) {
        return broken_pipe_or(e, status.code());
    }
    Ok(status.code())
}

/// Reads and checks one input with the configuration that applies to it.
fn check_input(configs: &Configs, input: &Input, format: Option<InputFormat>, max: u64) -> (FileReport, LibFailOn) {
    let path = input.path().display().to_string();
    let checker = match configs.checker_for(input.path()) {
        Ok(c) => c,
        Err(e) => return (FileReport { path, outcome: Outcome::Failed { error: e } }, LibFailOn::Never),
    };
    let outcome = match input {
        Input::Missing { reason, .. } => Outcome::Failed { error: format!("{path}: {reason}") },
        Input::Path(p) => match detect::read_path(p, format, max) {
            Ok(mut profile) => match proofile::error::guard(&path, || checker.check_for_report(&mut profile)) {
                Ok(diagnostics) => Outcome::Checked { profile: Box::new(profile), diagnostics },
                Err(error) => Outcome::Failed { error },
            },
            Err(e) => Outcome::Failed { error: e.to_string() },
        },
    };
    (FileReport { path, outcome }, checker.fail_on())
}

/// `--stdin-jsonl` (see `jsonl::check_stream`): each record that could not be read counts as an
/// error-level finding for the exit status (so `--fail-on never` exits 0), not as a failed run.
fn stdin_jsonl(checker: &Checker, max: u64, out: &mut dyn Write, status: &mut Status) -> Result<()> {
    let stdin = std::io::stdin();
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let counted = jsonl::check_stream(checker, &mut stdin.lock(), max, out, |report| match &report.outcome {
        Outcome::Failed { .. } => status.bad_record(checker.fail_on()),
        Outcome::Checked { .. } => status.add(report, checker.fail_on()),
    });
    match counted {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// A progress bar on standard error for long batches, only on a terminal and never in CI.
fn progress_bar(len: usize, disabled: bool) -> Option<indicatif::ProgressBar> {
    let show = !disabled && len > 20 && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    show.then(|| {
        let bar = indicatif::ProgressBar::new(len as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} profiles, {per_sec}, {eta} left")
        {
            bar.set_style(style);
        }
        bar
    })
}

fn ignore_broken_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe { Ok(()) } else { Err(e) }
}

fn broken_pipe_or(e: std::io::Error, code: u8) -> Result<u8> {
    if e.kind() == std::io::ErrorKind::BrokenPipe { Ok(code) } else { Err(e.into()) }
}

/// What the exit status needs to know, gathered as results stream by. `check` and `invite` share it,
/// so their `--stdin-jsonl` batches exit alike.
#[derive(Default)]
pub(crate) struct Status {
    failed_input: bool,
    failing_finding: bool,
}

impl Status {
    /// A batch record (one `--stdin-jsonl` line) that could not be read: it counts as an error-level
    /// finding, not as a failed run, so `--fail-on never` still exits 0.
    pub(crate) fn bad_record(&mut self, fail_on: LibFailOn) {
        self.failing_finding |= fail_on.fails(proofile::Severity::Error);
    }

    /// Findings of one checked record, counted against `fail_on`.
    pub(crate) fn findings(&mut self, fail_on: LibFailOn, mut severities: impl Iterator<Item = proofile::Severity>) {
        self.failing_finding |= severities.any(|s| fail_on.fails(s));
    }

    /// Counts a result against the `fail_on` of the configuration it was checked with.
    fn add(&mut self, r: &FileReport, fail_on: LibFailOn) {
        match &r.outcome {
            Outcome::Failed { .. } => self.failed_input = true,
            Outcome::Checked { diagnostics, .. } => self.findings(fail_on, diagnostics.iter().map(|d| d.severity)),
        }
    }

    /// 2 when an input could not be read, else 1 when a finding reaches `fail_on`, else 0.
    pub(crate) fn code(&self) -> u8 {
        if self.failed_input { 2 } else { u8::from(self.failing_finding) }
    }
}

fn rules_list(format: ListFormat) -> String {
    let rules = all_rules();
    match format {
        ListFormat::Json => {
            let list: Vec<serde_json::Value> = rules
                .iter()
                .map(|r| {
                    let m = r.meta();
                    serde_json::json!({
                        "id": m.id,
                        "category": m.category.as_str(),
                        "severity": m.default_severity.as_str(),
                        "enabled": m.default_enabled,
                        "sections": m.sections.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
                        "summary": m.summary,
                        "options": config::rule_options(m.id).iter().map(|(o, default)| serde_json::json!({
                            "key": o.key, "default": default, "help": o.help,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            format!("{}\n", serde_json::to_string_pretty(&list).unwrap_or_default())
        }
        ListFormat::Human => {
            let width = rules.iter().map(|r| r.meta().id.len()).max().unwrap_or(0);
            let mut out = String::new();
            for r in rules {
                let m = r.meta();
                let off = if m.default_enabled { "" } else { " (off by default)" };
                let options: Vec<String> =
                    config::rule_options(m.id).iter().map(|(o, default)| format!("{} = {default}", o.key)).collect();
                let options =
                    if options.is_empty() { String::new() } else { format!(" [options: {}]", options.join(", ")) };
                out.push_str(&format!(
                    "{:width$}  {:12}  {:7}  {}{off}{options}\n",
                    m.id,
                    m.category.as_str(),
                    m.default_severity.as_str(),
                    m.summary
                ));
            }
            out
        }
    }
}

fn explain(m: &proofile::rules::RuleMeta) -> String {
    let mut out = format!(
        "{}  ({}, {} by default{})\n\n{}\n\n{}\n",
        m.id,
        m.category.as_str(),
        m.default_severity.as_str(),
        if m.default_enabled { "" } else { ", off unless enabled" },
        m.summary,
        m.description
    );
    if !m.sections.is_empty() {
        out.push_str(&format!(
            "\nApplies to: {}\n",
            m.sections.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    let options = config::rule_options(m.id);
    if !options.is_empty() {
        out.push_str(&format!("\nOptions (under [rules.{}] in proofile.toml):\n", m.id));
        for (o, default) in options {
            out.push_str(&format!("  {} = {default}  ({})\n", o.key, o.help));
        }
    }
    out.push_str("\nFlagged:\n");
    for ex in m.flags {
        out.push_str(&format!("  ✗ {ex}\n"));
    }
    out.push_str("\nAccepted:\n");
    for ex in m.accepts {
        out.push_str(&format!("  ✓ {ex}\n"));
    }
    out
}

/// Writes to stdout; a closed pipe (`proofile … | head`) is not an error.
pub(crate) fn print_out(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
