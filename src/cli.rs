//! Command-line interface: subcommands and flags, each with its help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(name = "proofile", version, about = "Spell, grammar and consistency checker for professional profiles")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check profiles (Markdown, plain text, JSON Resume, LinkedIn export) and report findings.
    Check(CheckArgs),
    /// Apply the safe fixes (a/an, repeated words, spacing, repeated punctuation, lowercase `i`,
    /// brand casing from the sourced list, sure typos) in place and show the diff. A safe fix never
    /// changes a correct word: accented spellings, listed brand forms and the other dialect's
    /// spellings stay (dialects change only with `--convert-dialect`). Exit 0 when done, 1 when
    /// `--dry-run` shows changes, 2 when a file cannot be fixed. LinkedIn exports are never rewritten.
    Fix(FixArgs),
    /// List every rule: id, category, default severity and summary.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
    },
    /// Explain one rule: what it does, why, and examples of text it flags and accepts.
    Explain {
        /// The rule id, e.g. `spelling`.
        id: String,
    },
    /// Check a LinkedIn connection invitation: the note (spelling, length, personal or generic, a
    /// sales pitch), your profile (`--from`) and the verdict on the five reasons invitations are declined.
    Invite(crate::commands::invite::InviteArgs),
    /// Write a commented default proofile.toml in the current folder.
    Init {
        /// Replace an existing proofile.toml.
        #[arg(long)]
        force: bool,
    },
    /// Serve a LanguageTool-compatible API (`/v2/check`) and a page for drafts and connection notes
    /// (`/`, `/api/check`, `/api/invite`) on this machine, for the LanguageTool browser extension, editors
    /// and scripts. Runs until stopped.
    Serve(ServeArgs),
    /// Print the configuration in effect (for a profile path, default the current folder) and where
    /// each value came from.
    Config {
        /// Show the configuration that applies to this file or folder.
        path: Option<PathBuf>,
        #[command(flatten)]
        config: ConfigArgs,
    },
}

/// Configuration flags shared by `check` and `config`; they win over proofile.toml.
#[derive(Debug, Clone, clap::Args)]
pub struct ConfigArgs {
    /// Use this configuration file instead of the nearest proofile.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore every proofile.toml.
    #[arg(long)]
    pub no_config: bool,
    /// English to check against: `auto` accepts American and British spellings.
    #[arg(long, value_enum)]
    pub dialect: Option<DialectArg>,
    /// Exit with status 1 when a finding at or above this severity is reported [default: warning].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Turn a rule on (repeatable).
    #[arg(long, value_name = "RULE")]
    pub enable: Vec<String>,
    /// Turn a rule off (repeatable).
    #[arg(long, value_name = "RULE")]
    pub disable: Vec<String>,
    /// Run only these rules (comma-separated or repeated).
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Accept the words in this file (one per line, `#` comments; repeatable).
    #[arg(long, value_name = "FILE")]
    pub words: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files, folders (walked; hidden and .gitignored files skipped) or glob patterns to check;
    /// `-` reads standard input.
    #[arg(required_unless_present = "stdin_jsonl")]
    pub paths: Vec<PathBuf>,
    /// Read one JSON Resume document per line from standard input and write one result line each.
    #[arg(long, conflicts_with = "paths")]
    pub stdin_jsonl: bool,
    /// Never show the progress bar (it is shown only on a terminal, never in CI).
    #[arg(long)]
    pub no_progress: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Read every input as this format instead of guessing from the name and content.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// When to use colour in the human report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = proofile::profile::detect::DEFAULT_MAX_BYTES)]
    pub max_file_size: u64,
    /// Apply the safe fixes before checking (as `proofile fix` does), then report what is left.
    #[arg(long)]
    pub fix: bool,
    /// With `--fix`: show the diff, write nothing.
    #[arg(long, requires = "fix")]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct FixArgs {
    /// Files to fix (Markdown, plain text, JSON Resume).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Show the diff, write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Read every input as this format instead of guessing from the name and content.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = proofile::profile::detect::DEFAULT_MAX_BYTES)]
    pub max_file_size: u64,
    /// Also convert spellings of the other dialect (`optimize` → `optimise` under en-GB). Needs a
    /// chosen dialect (`--dialect en-GB`/`en-US` or `dialect` in proofile.toml); without this flag,
    /// dialect spellings are reported but never fixed.
    #[arg(long)]
    pub convert_dialect: bool,
    /// The configuration, as for `check`: a word you accepted is never "fixed", a rule you turned off
    /// fixes nothing.
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The TCP port (0 picks a free one and prints it).
    #[arg(long, default_value_t = 8081)]
    pub port: u16,
    /// The address to listen on. Anything but a loopback address makes the checker reachable from
    /// other machines (a warning says so).
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Also allow browser pages from this origin (e.g. `https://example.com`; `*` for any) to call the
    /// API; browser extensions and localhost pages are always allowed. Repeatable.
    #[arg(long, value_name = "ORIGIN")]
    pub allow_origin: Vec<String>,
    /// The longest text `/v2/check` accepts, in characters (LanguageTool's public API limit).
    #[arg(long, default_value_t = proofile::serve::DEFAULT_MAX_TEXT_LENGTH)]
    pub max_text_length: usize,
    /// The largest request body accepted, in bytes; larger requests get 413.
    #[arg(long, default_value_t = proofile::serve::DEFAULT_MAX_BODY_BYTES)]
    pub max_request_bytes: usize,
    /// Seconds one request may take before it is answered 503.
    #[arg(long, default_value_t = proofile::serve::DEFAULT_MAX_CHECK_MILLIS / 1000)]
    pub timeout: u64,
    /// How many checks run at once; more wait (up to `--timeout`).
    #[arg(long, default_value_t = 4)]
    pub max_checks: usize,
    /// The configuration: the nearest proofile.toml of the folder the server starts in, or these.
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Findings grouped by file and section, with the source line underlined.
    Human,
    /// One JSON document holding every file.
    Json,
    /// One JSON object per profile per line, streamed in input order; the last line is the summary.
    Jsonl,
    /// One row per profile, worst first, and totals by rule.
    Summary,
    /// SARIF 2.1.0 for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
    /// One self-contained HTML page for the batch (a team report to open in a browser or print).
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Error,
    /// Never fail because of findings.
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Markdown,
    Text,
    JsonResume,
    LinkedinExport,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DialectArg {
    Auto,
    #[value(name = "en-US", alias = "en-us")]
    EnUs,
    #[value(name = "en-GB", alias = "en-gb")]
    EnGb,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
