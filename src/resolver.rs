//! The pipeline as a library entry: which configuration applies (`--config`, none, or the nearest
//! proofile.toml), one shared `Checker` per configuration and variant, and "bytes → profile →
//! findings". A long-running caller (`proofile serve`) builds one `Resolver` and keeps it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::check::Checker;
use crate::config::{self, Config, Overrides};
use crate::diagnostic::Diagnostic;
use crate::error::InputError;
use crate::profile::{InputFormat, Profile, detect};
use crate::rules::all_rules;
use crate::spell::Dialect;

/// A checker's variant beyond its configuration file: another dialect, or the off-by-default rules on
/// too (LanguageTool's `level=picky`). A request picks one; each is built once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Variant {
    /// `None` keeps the configuration's dialect.
    pub dialect: Option<Dialect>,
    /// Turn on every rule that is off by default and that the configuration does not mention.
    pub all_rules: bool,
}

/// A profile and its findings.
#[derive(Debug)]
pub struct Checked {
    pub profile: Profile,
    pub diagnostics: Vec<Diagnostic>,
}

/// A checker's configuration file (none: defaults) and variant.
type CheckerKey = (Option<PathBuf>, Variant);

/// Resolves configurations and hands out shared checkers. The cache holds one checker per
/// (configuration file, variant): a bounded number (a few variants per file a process uses).
pub struct Resolver {
    /// `Some(None)`: no file; `Some(Some(f))`: always `f`; `None`: the nearest proofile.toml.
    fixed: Option<Option<PathBuf>>,
    overrides: Overrides,
    checkers: Mutex<HashMap<CheckerKey, Arc<Checker>>>,
    /// Each configuration read once (with its `--words` files): building another variant reads nothing.
    configs: Mutex<HashMap<Option<PathBuf>, Config>>,
}

impl Resolver {
    /// `config`: `Some(None)` for no file, `Some(Some(path))` for that file, `None` to look for the
    /// nearest proofile.toml. A broken fixed file or a bad override is an error now, not later.
    pub fn new(config: Option<Option<PathBuf>>, overrides: Overrides) -> Result<Resolver, String> {
        let r = Resolver {
            fixed: config,
            overrides,
            checkers: Mutex::new(HashMap::new()),
            configs: Mutex::new(HashMap::new()),
        };
        r.load(r.fixed.clone().flatten().as_deref())?;
        Ok(r)
    }

    /// The configuration file for a profile at `path` (a file, a folder, or `-`).
    pub fn file_for(&self, path: &Path) -> Option<PathBuf> {
        match &self.fixed {
            Some(f) => f.clone(),
            None => {
                let dir = if path.as_os_str() == "-" || path.is_dir() {
                    path.to_path_buf()
                } else {
                    path.parent().map(Path::to_path_buf).unwrap_or_default()
                };
                let dir = if dir.as_os_str().is_empty() || dir.as_os_str() == "-" { PathBuf::from(".") } else { dir };
                config::discover(&dir)
            }
        }
    }

    fn load(&self, file: Option<&Path>) -> Result<Config, String> {
        let key = file.map(Path::to_path_buf);
        if let Some(c) = self.configs.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(c.clone());
        }
        let mut c = match file {
            Some(f) => Config::load(f).map_err(|e| e.to_string())?,
            None => Config::default(),
        };
        c.apply_overrides(&self.overrides)?;
        self.configs.lock().unwrap_or_else(|e| e.into_inner()).insert(key, c.clone());
        Ok(c)
    }

    /// The configuration in effect for a profile at `path`.
    pub fn config_for(&self, path: &Path) -> Result<Config, String> {
        self.load(self.file_for(path).as_deref())
    }

    /// The shared checker for a profile at `path`.
    pub fn checker_for(&self, path: &Path) -> Result<Arc<Checker>, String> {
        self.checker_variant(path, Variant::default())
    }

    /// The shared checker for a profile at `path`, in a variant.
    pub fn checker_variant(&self, path: &Path, variant: Variant) -> Result<Arc<Checker>, String> {
        let file = self.file_for(path);
        let key = (file, variant);
        if let Some(c) = self.checkers.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(c.clone());
        }
        let mut settings = self.load(key.0.as_deref())?.settings;
        if let Some(d) = variant.dialect {
            settings.dialect = d;
        }
        if variant.all_rules {
            for r in all_rules() {
                settings.enabled.entry(r.meta().id.to_string()).or_insert(true);
            }
        }
        let checker = Arc::new(Checker::new(settings));
        let mut map = self.checkers.lock().unwrap_or_else(|e| e.into_inner());
        Ok(map.entry(key).or_insert(checker).clone())
    }
}

impl Checker {
    /// Reads `bytes` (named `name` in errors) as `format` and checks the profile.
    pub fn check_bytes(&self, name: &str, bytes: Vec<u8>, format: InputFormat) -> Result<Checked, InputError> {
        let profile = detect::read_bytes(name, bytes, format)?;
        let diagnostics = self.check(&profile);
        Ok(Checked { profile, diagnostics })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_bytes_reads_and_checks() {
        let r = Resolver::new(Some(None), Overrides::default()).unwrap();
        let c = r.checker_for(Path::new("-")).unwrap();
        let out = c.check_bytes("draft.md", b"## About\n\nI lead teh team.\n".to_vec(), InputFormat::Markdown).unwrap();
        assert!(out.diagnostics.iter().any(|d| d.rule == "spelling"), "{:?}", out.diagnostics);
        let clean = c.check_bytes("draft.md", b"## About\n\nI lead the team.\n".to_vec(), InputFormat::Markdown);
        assert!(clean.unwrap().diagnostics.iter().all(|d| d.rule != "spelling"));
    }

    #[test]
    fn checkers_are_shared_per_variant() {
        let r = Resolver::new(Some(None), Overrides::default()).unwrap();
        let a = r.checker_for(Path::new("-")).unwrap();
        let b = r.checker_for(Path::new("-")).unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        let gb = r.checker_variant(Path::new("-"), Variant { dialect: Some(Dialect::EnGb), all_rules: false }).unwrap();
        assert!(!Arc::ptr_eq(&a, &gb));
        assert_eq!(gb.spell().dialect(), Dialect::EnGb);
    }

    #[test]
    fn a_bad_fixed_config_is_an_error_at_once() {
        let err = Resolver::new(Some(Some(PathBuf::from("/nonexistent/proofile.toml"))), Overrides::default());
        assert!(err.is_err());
    }
}
