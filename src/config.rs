//! `proofile.toml`: a person's or a team's settings. Found in the current folder or any parent (or
//! given with `--config`); every value remembers where it came from, so `proofile config` can say.
//! Unknown keys are errors that name the key and the line.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::check::{FailOn, Settings};
use crate::diagnostic::Severity;
use crate::error::InputError;
use crate::rules::{all_rules, find_rule};
use crate::spell::Dialect;

pub const FILE_NAME: &str = "proofile.toml";

/// Where a setting came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Default,
    File { path: PathBuf, line: usize },
    CommandLine,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Default => write!(f, "default"),
            Origin::File { path, line } => write!(f, "{}:{line}", path.display()),
            Origin::CommandLine => write!(f, "command line"),
        }
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    dialect: Option<Spanned<String>>,
    fail_on: Option<Spanned<String>>,
    #[serde(default)]
    vocabulary: RawVocabulary,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawVocabulary {
    #[serde(default)]
    accept: Vec<Spanned<String>>,
    #[serde(default)]
    reject: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    files: Vec<Spanned<String>>,
}

/// An option a rule takes under `[rules.ID]`, beside `enabled` and `severity`. This table is the one
/// place options are named: the configuration reads them, and `proofile rules` and `explain` list them.
#[derive(Debug, Clone, Copy)]
pub struct RuleOption {
    pub rule: &'static str,
    /// The key as written in `proofile.toml`.
    pub key: &'static str,
    pub help: &'static str,
}

pub const RULE_OPTIONS: &[RuleOption] = &[
    RuleOption { rule: "long-sentence", key: "max-words", help: "words above which a sentence is reported" },
    RuleOption { rule: "emoji-overuse", key: "max-emoji", help: "emoji allowed in one section" },
    RuleOption { rule: "date-gap", key: "months", help: "months between roles above which a gap is reported" },
    RuleOption { rule: "stale-profile", key: "years", help: "years since the latest role ended" },
    RuleOption { rule: "buzzword", key: "add", help: "phrases to report besides the built-in list" },
    RuleOption { rule: "buzzword", key: "remove", help: "built-in phrases not to report" },
    RuleOption { rule: "invite-note-length", key: "max-chars", help: "characters a connection note may have" },
    RuleOption { rule: "invite-note-length", key: "lower-limit", help: "the lower limit some accounts have" },
];

/// The options of rule `id`, each with its default value as TOML.
pub fn rule_options(id: &str) -> Vec<(RuleOption, String)> {
    let d = crate::rules::RuleOptions::default();
    RULE_OPTIONS
        .iter()
        .filter(|o| o.rule == id)
        .map(|o| {
            let default = match o.key {
                "max-words" => d.max_sentence_words.to_string(),
                "max-emoji" => d.max_emoji_per_section.to_string(),
                "months" => d.max_gap_months.to_string(),
                "years" => d.stale_years.to_string(),
                "max-chars" => d.note_max_chars.to_string(),
                "lower-limit" => d.note_lower_limit.to_string(),
                _ => "[]".to_string(),
            };
            (*o, default)
        })
        .collect()
}

fn is_option(id: &str, key: &str) -> bool {
    RULE_OPTIONS.iter().any(|o| o.rule == id && o.key == key)
}

/// toml's own message for a key set twice is only "duplicate key": say which key, where it was set
/// first, and how to write it once. `span` is where toml found the second one.
fn explain_duplicate(text: &str, span: Range<usize>) -> Option<String> {
    let key = text.get(span.clone())?.trim().trim_matches(|c| c == '"' || c == '\'');
    if key.is_empty() {
        return None;
    }
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let second_line = line_of(text, span.clone());
    let this_line = text[line_start..].lines().next().unwrap_or("").trim();
    // The table the second one belongs to: the header it sits in, or the table above it.
    let header_of = |l: &str| -> Option<String> {
        let l = l.trim();
        let inner = l.strip_prefix('[')?.split(']').next()?;
        Some(
            inner.trim_matches(['[', ' ']).split('.').map(|p| p.trim().trim_matches('"')).collect::<Vec<_>>().join("."),
        )
    };
    let (parent, second_is_table) = match header_of(this_line) {
        Some(h) => (h.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string()), true),
        None => (text[..line_start].lines().filter_map(header_of).next_back().unwrap_or_default(), false),
    };
    let full = if parent.is_empty() { key.to_string() } else { format!("{parent}.{key}") };
    // Where it was set first: `key = …` in the parent table, or a `[parent.key]` table.
    let mut table = String::new();
    let mut first: Option<(usize, String, bool)> = None;
    for (n, l) in text[..line_start].lines().enumerate() {
        if let Some(h) = header_of(l) {
            if h == full {
                first = Some((n + 1, l.trim().to_string(), true));
                break;
            }
            table = h;
            continue;
        }
        let t = l.trim_start();
        let written = t.split('=').next().unwrap_or("").trim().trim_matches('"');
        if table == parent && t.contains('=') && written == key {
            first = Some((n + 1, t.split('#').next().unwrap_or(t).trim().to_string(), false));
            break;
        }
    }
    let (first_line, first_text, first_is_table) = first?;
    let mut msg = format!(
        "`{full}` is set twice: line {first_line} has `{first_text}`, and line {second_line} sets it again \
         with `{this_line}`; TOML allows each key once"
    );
    if parent == "rules" && (first_is_table != second_is_table) {
        msg.push_str(&format!(
            ". Set a rule either as a value under [rules] (`{key} = \"off\"`) or as a table \
             [rules.{key}] holding everything for it (`enabled = false`, `severity = \"info\"` and its options), not both"
        ));
    }
    Some(msg)
}

/// The configuration in effect, each value with its origin.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file read, if any.
    pub file: Option<PathBuf>,
    pub dialect: (Dialect, Origin),
    pub fail_on: (FailOn, Origin),
    /// Rule id → (enabled, severity, origin) for rules whose setting differs from the default.
    pub rules: BTreeMap<String, (Option<bool>, Option<Severity>, Origin)>,
    /// Option name → (value as written, origin), e.g. `long-sentence.max-words`.
    pub options: BTreeMap<String, (String, Origin)>,
    pub accept: Vec<(String, Origin)>,
    pub reject: Vec<(String, Option<String>, Origin)>,
    pub settings: Settings,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            file: None,
            dialect: (Dialect::Auto, Origin::Default),
            fail_on: (FailOn::Warning, Origin::Default),
            rules: BTreeMap::new(),
            options: BTreeMap::new(),
            accept: Vec::new(),
            reject: Vec::new(),
            settings: Settings::default(),
        }
    }
}

/// The nearest `proofile.toml` in `dir` or a parent.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    let dir = if dir.is_absolute() { dir.to_path_buf() } else { std::env::current_dir().ok()?.join(dir) };
    dir.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
}

/// Where `key` is written in the table that starts at `span` (a `[rules.x]` header's keys follow it
/// up to the next header; an inline table holds them), else the table's start.
fn key_span(text: &str, span: Range<usize>, key: &str) -> Range<usize> {
    let mut off = span.start;
    for (n, line) in text[span.start..].split_inclusive('\n').enumerate() {
        let t = line.trim_start();
        if n > 0 && t.starts_with('[') {
            break;
        }
        let lead = line.len() - t.len();
        // `key = …` at the start of a line, or `{ key = …` / `, key = …` inside an inline table.
        for (i, _) in t.match_indices(key) {
            let before = t[..i].trim_end();
            let after = t[i + key.len()..].trim_start();
            if after.starts_with('=') && (before.is_empty() || before.ends_with(['{', ','])) {
                let start = off + lead + i;
                return start..start + key.len();
            }
        }
        off += line.len();
    }
    span
}

fn line_of(text: &str, span: Range<usize>) -> usize {
    text[..span.start.min(text.len())].matches('\n').count() + 1
}

/// Reads a word list: one word per line, `#` comments, blank lines skipped.
pub fn read_word_list(path: &Path) -> Result<Vec<String>, InputError> {
    let text = std::fs::read_to_string(path).map_err(|e| InputError::io(path, e))?;
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect())
}

impl Config {
    /// Reads `path`. Errors name the file, the line and the key.
    pub fn load(path: &Path) -> Result<Config, InputError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| InputError::io(path, e))?;
        let raw: RawConfig = toml::from_str(&text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            let message = match e.span() {
                Some(span) if e.message().contains("duplicate key") => explain_duplicate(&text, span),
                _ => None,
            };
            InputError::at(&name, &text, offset, message.unwrap_or_else(|| e.message().to_string()))
        })?;
        let err = |span: Range<usize>, msg: String| InputError::at(&name, &text, span.start, msg);
        let origin = |span: Range<usize>| Origin::File { path: path.to_path_buf(), line: line_of(&text, span) };
        let mut c = Config { file: Some(path.to_path_buf()), ..Config::default() };
        if let Some(d) = &raw.dialect {
            let dialect = Dialect::parse(d.get_ref()).ok_or_else(|| {
                err(d.span(), format!("dialect must be \"en-US\", \"en-GB\" or \"auto\", not \"{}\"", d.get_ref()))
            })?;
            c.dialect = (dialect, origin(d.span()));
        }
        if let Some(f) = &raw.fail_on {
            let fail_on = FailOn::parse(f.get_ref()).ok_or_else(|| {
                err(
                    f.span(),
                    format!("fail-on must be \"info\", \"warning\", \"error\" or \"never\", not \"{}\"", f.get_ref()),
                )
            })?;
            c.fail_on = (fail_on, origin(f.span()));
        }
        let base = path.parent().unwrap_or(Path::new("."));
        for w in &raw.vocabulary.accept {
            c.accept.push((w.get_ref().clone(), origin(w.span())));
        }
        for f in &raw.vocabulary.files {
            let file = base.join(f.get_ref());
            let words = read_word_list(&file).map_err(|e| err(f.span(), format!("word list: {e}")))?;
            c.accept.extend(words.into_iter().map(|w| (w, origin(f.span()))));
        }
        for (word, repl) in &raw.vocabulary.reject {
            let r = repl.get_ref().trim();
            c.reject.push((word.get_ref().clone(), (!r.is_empty()).then(|| r.to_string()), origin(word.span())));
        }
        for (id, value) in &raw.rules {
            let id_str = id.get_ref().as_str();
            if find_rule(id_str).is_none() {
                return Err(err(id.span(), format!("unknown rule `{id_str}` (see `proofile rules`)")));
            }
            let here = origin(value.span());
            match value.get_ref() {
                toml::Value::Boolean(on) => c.set_rule(id_str, Some(*on), None, here),
                toml::Value::String(s) => {
                    let (on, sev) = parse_level(s).ok_or_else(|| {
                        err(
                            value.span(),
                            format!(
                                "rule `{id_str}`: use \"off\", \"on\", \"info\", \"warning\" or \"error\", not \"{s}\""
                            ),
                        )
                    })?;
                    c.set_rule(id_str, on, sev, here);
                }
                toml::Value::Table(t) => {
                    for (key, v) in t {
                        // The table's span covers all of it: find the key's own line for messages.
                        let at = key_span(&text, value.span(), key);
                        let v_origin = origin(at.clone());
                        let err = |m: String| err(at.clone(), m);
                        match key.as_str() {
                            "enabled" => match v.as_bool() {
                                Some(b) => c.set_rule(id_str, Some(b), None, v_origin),
                                None => return Err(err(format!("rules.{id_str}.enabled must be true or false"))),
                            },
                            "severity" => {
                                let sev = v.as_str().and_then(Severity::parse).ok_or_else(|| {
                                    err(format!("rules.{id_str}.severity must be \"info\", \"warning\" or \"error\""))
                                })?;
                                c.set_rule(id_str, None, Some(sev), v_origin);
                            }
                            opt if is_option(id_str, opt) => {
                                c.set_option(id_str, opt, v).map_err(err)?;
                                c.options.insert(format!("{id_str}.{opt}"), (v.to_string(), v_origin));
                            }
                            other => {
                                let known: Vec<&str> =
                                    RULE_OPTIONS.iter().filter(|o| o.rule == id_str).map(|o| o.key).collect();
                                let hint = if known.is_empty() {
                                    "it takes only `enabled` and `severity`".to_string()
                                } else {
                                    format!("it takes `enabled`, `severity`, `{}`", known.join("`, `"))
                                };
                                return Err(err(format!("unknown key `{other}` for rule `{id_str}`: {hint}")));
                            }
                        }
                    }
                }
                _ => {
                    return Err(err(value.span(), format!("rule `{id_str}`: use \"off\", a severity, or a table")));
                }
            }
        }
        c.sync_settings();
        Ok(c)
    }

    fn set_rule(&mut self, id: &str, on: Option<bool>, sev: Option<Severity>, origin: Origin) {
        let e = self.rules.entry(id.to_string()).or_insert((None, None, origin.clone()));
        if on.is_some() {
            e.0 = on;
        }
        if sev.is_some() {
            e.1 = sev;
        }
        e.2 = origin;
    }

    fn set_option(&mut self, id: &str, opt: &str, v: &toml::Value) -> Result<(), String> {
        let int = || {
            v.as_integer()
                .filter(|n| *n > 0)
                .map(|n| n as usize)
                .ok_or_else(|| format!("rules.{id}.{opt} must be a positive whole number"))
        };
        let list = || {
            v.as_array()
                .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect::<Vec<_>>())
                .ok_or_else(|| format!("rules.{id}.{opt} must be a list of phrases"))
        };
        let o = &mut self.settings.options;
        match (id, opt) {
            ("long-sentence", "max-words") => o.max_sentence_words = int()?,
            ("emoji-overuse", "max-emoji") => o.max_emoji_per_section = int()?,
            ("date-gap", "months") => o.max_gap_months = int()? as u32,
            ("stale-profile", "years") => o.stale_years = int()? as u32,
            ("buzzword", "add") => o.buzzwords_add = list()?,
            ("buzzword", "remove") => o.buzzwords_remove = list()?,
            ("invite-note-length", "max-chars") => o.note_max_chars = int()?,
            ("invite-note-length", "lower-limit") => o.note_lower_limit = int()?,
            _ => unreachable!("listed in RULE_OPTIONS"),
        }
        Ok(())
    }

    /// Applies command-line overrides (they win over the file).
    pub fn apply_overrides(&mut self, o: &Overrides) -> Result<(), String> {
        if let Some(d) = o.dialect {
            self.dialect = (d, Origin::CommandLine);
        }
        if let Some(f) = o.fail_on {
            self.fail_on = (f, Origin::CommandLine);
        }
        for id in &o.enable {
            find_rule(id).ok_or_else(|| format!("--enable: unknown rule `{id}` (see `proofile rules`)"))?;
            self.set_rule(id, Some(true), None, Origin::CommandLine);
        }
        for id in &o.disable {
            find_rule(id).ok_or_else(|| format!("--disable: unknown rule `{id}` (see `proofile rules`)"))?;
            self.set_rule(id, Some(false), None, Origin::CommandLine);
        }
        if !o.select.is_empty() {
            for r in all_rules() {
                let id = r.meta().id;
                let on = o.select.iter().any(|s| s == id);
                self.set_rule(id, Some(on), None, Origin::CommandLine);
            }
            for id in &o.select {
                find_rule(id).ok_or_else(|| format!("--select: unknown rule `{id}` (see `proofile rules`)"))?;
            }
        }
        for file in &o.words {
            let words = read_word_list(file).map_err(|e| format!("--words: {e}"))?;
            self.accept.extend(words.into_iter().map(|w| (w, Origin::CommandLine)));
        }
        self.sync_settings();
        self.settings.options.convert_dialect |= o.convert_dialect;
        Ok(())
    }

    /// Rebuilds `settings` from the values above.
    fn sync_settings(&mut self) {
        let s = &mut self.settings;
        s.dialect = self.dialect.0;
        s.fail_on = self.fail_on.0;
        s.enabled = self.rules.iter().filter_map(|(id, (on, _, _))| on.map(|b| (id.clone(), b))).collect();
        s.severity = self.rules.iter().filter_map(|(id, (_, sev, _))| sev.map(|v| (id.clone(), v))).collect();
        s.words = crate::spell::WordList::default();
        for (w, _) in &self.accept {
            s.words.accept(w);
        }
        for (w, r, _) in &self.reject {
            s.words.reject(w, r.as_deref());
        }
    }

    /// The configuration in effect, as TOML, each value followed by where it came from.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        match &self.file {
            Some(p) => out.push_str(&format!("# configuration file: {}\n", p.display())),
            None => out.push_str("# no configuration file: defaults and command line only\n"),
        }
        let dialect = match self.dialect.0 {
            Dialect::Auto => "auto",
            Dialect::EnUs => "en-US",
            Dialect::EnGb => "en-GB",
        };
        out.push_str(&format!("{:44} # {}\n", format!("dialect = \"{dialect}\""), self.dialect.1));
        out.push_str(&format!("{:44} # {}\n", format!("fail-on = \"{}\"", self.fail_on.0.as_str()), self.fail_on.1));
        out.push_str("\n[rules]\n");
        for r in all_rules() {
            let m = r.meta();
            let (on, sev, origin) = match self.rules.get(m.id) {
                Some((on, sev, origin)) => {
                    (on.unwrap_or(m.default_enabled), sev.unwrap_or(m.default_severity), origin.to_string())
                }
                None => (m.default_enabled, m.default_severity, "default".to_string()),
            };
            let value = if on { sev.as_str() } else { "off" };
            out.push_str(&format!("{:44} # {origin}\n", format!("{} = \"{value}\"", m.id)));
        }
        if !self.options.is_empty() {
            out.push_str("\n# rule options\n");
            for (k, (v, origin)) in &self.options {
                out.push_str(&format!("{:44} # {origin}\n", format!("# {k} = {v}")));
            }
        }
        out.push_str("\n[vocabulary]\n");
        for (w, origin) in &self.accept {
            out.push_str(&format!("{:44} # {origin}\n", format!("# accept \"{w}\"")));
        }
        for (w, r, origin) in &self.reject {
            let r = r.as_deref().unwrap_or("");
            out.push_str(&format!("{:44} # {origin}\n", format!("# reject \"{w}\" → \"{r}\"")));
        }
        out
    }
}

/// Settings given on the command line.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub dialect: Option<Dialect>,
    pub fail_on: Option<FailOn>,
    pub enable: Vec<String>,
    pub disable: Vec<String>,
    /// Only these rules (every other rule off).
    pub select: Vec<String>,
    pub words: Vec<PathBuf>,
    /// `fix --convert-dialect`: dialect spellings become safe fixes when a dialect is chosen.
    pub convert_dialect: bool,
}

/// `"off"` / `"on"` / a severity.
fn parse_level(s: &str) -> Option<(Option<bool>, Option<Severity>)> {
    match s.to_ascii_lowercase().as_str() {
        "off" | "false" | "disable" | "disabled" => Some((Some(false), None)),
        "on" | "true" | "enable" | "enabled" => Some((Some(true), None)),
        other => Severity::parse(other).map(|sev| (Some(true), Some(sev))),
    }
}

/// The commented default `proofile.toml` that `proofile init` writes.
pub const DEFAULT_CONFIG: &str = r#"# proofile configuration. proofile uses the nearest proofile.toml in the folder of the profile
# being checked or any folder above it. Command-line flags win over this file.

# American ("en-US"), British ("en-GB"), or "auto" (accept both; the spelling-variant rule still
# reports a profile that mixes them).
dialect = "auto"

# Exit with status 1 when a finding at or above this severity is reported: "info", "warning",
# "error" or "never".
fail-on = "warning"

[vocabulary]
# Words to accept. Written with capitals, they must be written that way ("LinkedIn" rejects
# "linkedin"). Hunspell affix flags work: "KPI/S" accepts KPI and KPIs.
accept = []
# Word lists, one word per line, # for comments; paths are relative to this file.
files = []

[vocabulary.reject]
# Words always reported, with the word to use instead ("" for none), e.g. a company's old name:
# Initrode = "Initech"

[rules]
# Every rule by id (`proofile rules` lists them): "off", "on", or a severity ("info", "warning",
# "error"). Examples:
# buzzword = "off"
# spacing = "error"
# date-gap = "on"

# Rule options live under the rule's id:
# [rules.long-sentence]
# max-words = 35
# [rules.date-gap]
# enabled = true
# months = 6
# [rules.stale-profile]
# years = 2
# [rules.emoji-overuse]
# max-emoji = 3
# [rules.buzzword]
# add = ["synergize"]
# remove = ["passionate"]
# [rules.invite-note-length]    # `proofile invite`: LinkedIn's connection-note limits
# max-chars = 300               # 200 if your account has the lower limit
# lower-limit = 200
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Config, InputError> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(FILE_NAME);
        std::fs::write(&p, text).unwrap();
        Config::load(&p)
    }

    #[test]
    fn the_default_file_parses_and_changes_nothing() {
        let c = load(DEFAULT_CONFIG).unwrap();
        assert_eq!(c.dialect.0, Dialect::Auto);
        assert!(c.rules.is_empty() && c.accept.is_empty());
    }

    #[test]
    fn values_and_their_origins() {
        let c = load("dialect = \"en-GB\"\n\n[rules]\nbuzzword = \"off\"\nspacing = \"error\"\n[rules.long-sentence]\nmax-words = 20\n").unwrap();
        assert_eq!(c.dialect.0, Dialect::EnGb);
        assert!(matches!(c.dialect.1, Origin::File { line: 1, .. }));
        assert_eq!(c.settings.enabled.get("buzzword"), Some(&false));
        assert_eq!(c.settings.severity.get("spacing"), Some(&Severity::Error));
        assert!(matches!(c.rules["spacing"].2, Origin::File { line: 5, .. }));
        assert_eq!(c.settings.options.max_sentence_words, 20);
    }

    #[test]
    fn unknown_keys_name_the_key_and_line() {
        let e = load("dialect = \"en-US\"\ncolour = \"red\"\n").unwrap_err().to_string();
        assert!(e.contains(":2:") && e.contains("colour"), "{e}");
        let e = load("[rules]\nno-such-rule = \"off\"\n").unwrap_err().to_string();
        assert!(e.contains(":2:") && e.contains("unknown rule `no-such-rule`"), "{e}");
        let e = load("[rules.long-sentence]\nmax-word = 3\n").unwrap_err().to_string();
        assert!(e.contains("unknown key `max-word` for rule `long-sentence`") && e.contains("max-words"), "{e}");
        let e = load("[vocabulary]\naccpet = []\n").unwrap_err().to_string();
        assert!(e.contains(":2:") && e.contains("accpet"), "{e}");
    }

    #[test]
    fn bad_values_are_explained() {
        let e = load("dialect = \"fr\"\n").unwrap_err().to_string();
        assert!(e.contains(":1:") && e.contains("en-GB"), "{e}");
        let e = load("[rules]\nspacing = \"loud\"\n").unwrap_err().to_string();
        assert!(e.contains("\"loud\""), "{e}");
        let e = load("[rules.long-sentence]\nmax-words = -1\n").unwrap_err().to_string();
        assert!(e.contains("positive whole number"), "{e}");
        let e = load("dialect = \n").unwrap_err().to_string();
        assert!(e.contains(":1:"), "{e}");
    }

    #[test]
    fn command_line_wins_over_the_file() {
        let mut c = load("dialect = \"en-GB\"\n[rules]\nbuzzword = \"off\"\nspacing = \"off\"\n").unwrap();
        let o = Overrides { dialect: Some(Dialect::EnUs), enable: vec!["buzzword".into()], ..Overrides::default() };
        c.apply_overrides(&o).unwrap();
        assert_eq!(c.dialect, (Dialect::EnUs, Origin::CommandLine));
        assert_eq!(c.settings.enabled.get("buzzword"), Some(&true));
        assert_eq!(c.settings.enabled.get("spacing"), Some(&false));
        assert!(c.apply_overrides(&Overrides { disable: vec!["nope".into()], ..Overrides::default() }).is_err());
    }

    #[test]
    fn word_files_are_relative_to_the_config() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("words.txt"), "# team words\nFrobnicate\n\nZorblax # our product\n").unwrap();
        let p = dir.path().join(FILE_NAME);
        std::fs::write(&p, "[vocabulary]\nfiles = [\"words.txt\"]\naccept = [\"KPI/S\"]\n[vocabulary.reject]\nInitrode = \"Initech\"\n").unwrap();
        let c = Config::load(&p).unwrap();
        let words: Vec<&str> = c.accept.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["KPI/S", "Frobnicate", "Zorblax"]);
        assert_eq!(c.reject[0].1.as_deref(), Some("Initech"));
        std::fs::write(&p, "[vocabulary]\nfiles = [\"missing.txt\"]\n").unwrap();
        let e = Config::load(&p).unwrap_err().to_string();
        assert!(e.contains(":2:") && e.contains("missing.txt"), "{e}");
    }

    #[test]
    fn a_rule_set_twice_names_both_places_and_how_to_write_it() {
        let text =
            "[rules]\nbuzzword = \"off\"   # quiet\nspacing = \"error\"\n\n[rules.buzzword]\nadd = [\"synergize\"]\n";
        let e = load(text).unwrap_err().to_string();
        assert!(e.contains(":5:"), "{e}");
        assert!(e.contains("`rules.buzzword` is set twice: line 2 has `buzzword = \"off\"`"), "{e}");
        assert!(
            e.contains(
                "line 5 sets it again \
         with `[rules.buzzword]`"
            ),
            "{e}"
        );
        assert!(e.contains("enabled = false"), "{e}");
    }

    #[test]
    fn any_key_set_twice_is_explained() {
        let e = load("dialect = \"en-GB\"\nfail-on = \"error\"\ndialect = \"en-US\"\n").unwrap_err().to_string();
        assert!(e.contains(":3:") && e.contains("`dialect` is set twice: line 1 has `dialect = \"en-GB\"`"), "{e}");
        let e = load("[rules.date-gap]\nmonths = 3\n[rules.buzzword]\nadd = []\n[rules.date-gap]\nenabled = true\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains(":5:") && e.contains("`rules.date-gap` is set twice: line 1"), "{e}");
        let e = load("[vocabulary]\naccept = []\naccept = [\"Kubeflow\"]\n").unwrap_err().to_string();
        assert!(e.contains(":3:") && e.contains("`vocabulary.accept` is set twice: line 2"), "{e}");
    }

    #[test]
    fn every_listed_option_loads_with_its_default() {
        for o in RULE_OPTIONS {
            let (_, default) = rule_options(o.rule).into_iter().find(|(x, _)| x.key == o.key).unwrap();
            let c = load(&format!("[rules.{}]\n{} = {default}\n", o.rule, o.key))
                .unwrap_or_else(|e| panic!("{}.{}: {e}", o.rule, o.key));
            assert!(c.options.contains_key(&format!("{}.{}", o.rule, o.key)));
            assert!(find_rule(o.rule).is_some(), "{}", o.rule);
        }
    }

    #[test]
    fn discovery_walks_up() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "").unwrap();
        assert_eq!(discover(&dir.path().join("a/b")), Some(dir.path().join(FILE_NAME)));
    }
}
