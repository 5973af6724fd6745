//! Turning command-line paths into the list of profiles to check: files as given, folders walked
//! (respecting hidden files and `.gitignore` through the `ignore` crate), globs expanded, and a
//! LinkedIn export folder taken as one profile. The order is sorted, so reports are stable.

use std::path::{Path, PathBuf};

use crate::profile::detect::is_linkedin_folder;

/// One thing to check, or a path argument that could not be turned into any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    /// A path argument that matched nothing or could not be walked, with the reason.
    Missing {
        path: PathBuf,
        reason: String,
    },
}

impl Input {
    pub fn path(&self) -> &Path {
        match self {
            Input::Path(p) | Input::Missing { path: p, .. } => p,
        }
    }
}

/// File extensions a folder walk picks up as profiles.
const PROFILE_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "json", "zip"];

/// Expands the paths given on the command line, in order; within a folder, sorted.
pub fn collect(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        let s = p.to_string_lossy();
        if s == "-" {
            out.push(Input::Path(p.clone()));
        } else if p.is_dir() {
            if is_linkedin_folder(p) {
                out.push(Input::Path(p.clone()));
            } else {
                walk(p, &mut out);
            }
        } else if !p.exists() && s.contains(['*', '?', '[']) {
            expand_glob(p, &mut out);
        } else {
            out.push(Input::Path(p.clone()));
        }
    }
    out
}

fn expand_glob(pattern: &Path, out: &mut Vec<Input>) {
    let s = pattern.to_string_lossy();
    match glob::glob(&s) {
        Ok(paths) => {
            let mut found: Vec<PathBuf> = paths.filter_map(Result::ok).collect();
            found.sort();
            if found.is_empty() {
                out.push(Input::Missing { path: pattern.to_path_buf(), reason: "no file matches this pattern".into() });
            }
            for p in found {
                if p.is_dir() { collect_dir(&p, out) } else { out.push(Input::Path(p)) }
            }
        }
        Err(e) => out.push(Input::Missing { path: pattern.to_path_buf(), reason: format!("bad pattern: {e}") }),
    }
}

fn collect_dir(p: &Path, out: &mut Vec<Input>) {
    if is_linkedin_folder(p) { out.push(Input::Path(p.to_path_buf())) } else { walk(p, out) }
}

/// Walks a folder: hidden files and `.gitignore`d paths are skipped; an export folder inside is one
/// profile; symlinks are not followed, so a link loop cannot trap the walk.
fn walk(root: &Path, out: &mut Vec<Input>) {
    let mut found = Vec::new();
    let mut exports: Vec<PathBuf> = Vec::new();
    let walker =
        ignore::WalkBuilder::new(root).follow_links(false).require_git(false).sort_by_file_path(Ord::cmp).build();
    for entry in walker {
        match entry {
            Ok(e) => {
                let path = e.path();
                if exports.iter().any(|x| path.starts_with(x)) {
                    continue;
                }
                let is_dir = e.file_type().is_some_and(|t| t.is_dir());
                if is_dir {
                    // Inside a walk, only a folder holding the CSV files itself is an export (given
                    // directly on the command line, the CSVs may sit one folder down).
                    if path != root && holds_csv(path) && is_linkedin_folder(path) {
                        exports.push(path.to_path_buf());
                        found.push(Input::Path(path.to_path_buf()));
                    }
                } else if e.file_type().is_some_and(|t| t.is_file())
                    && !is_project_doc(path)
                    && path
                        .extension()
                        .and_then(|x| x.to_str())
                        .is_some_and(|x| PROFILE_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
                {
                    found.push(Input::Path(path.to_path_buf()));
                }
            }
            Err(err) => {
                let path = match &err {
                    ignore::Error::WithPath { path, .. } => path.clone(),
                    _ => root.to_path_buf(),
                };
                found.push(Input::Missing { path, reason: err.to_string() });
            }
        }
    }
    if found.is_empty() {
        found.push(Input::Missing {
            path: root.to_path_buf(),
            reason: "folder holds no profiles (.md, .txt, .json, .zip)".into(),
        });
    }
    found.sort_by(|a, b| a.path().cmp(b.path()));
    out.extend(found);
}

fn holds_csv(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.filter_map(Result::ok).any(|e| e.path().extension().is_some_and(|x| x.eq_ignore_ascii_case("csv")))
    })
}

/// README, CHANGELOG, LICENSE and CONTRIBUTING files sit beside profiles but are not profiles.
fn is_project_doc(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_uppercase()).unwrap_or_default();
    ["README", "CHANGELOG", "LICENSE", "CONTRIBUTING"].iter().any(|p| name.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_folders_sorted_skipping_hidden_ignored_and_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("team/sub")).unwrap();
        std::fs::create_dir_all(d.join("team/.hidden")).unwrap();
        for f in [
            "team/b.md",
            "team/a.json",
            "team/sub/c.txt",
            "team/.hidden/x.md",
            "team/skip.md",
            "team/notes.pdf",
            "team/README.md",
        ] {
            std::fs::write(d.join(f), "x").unwrap();
        }
        std::fs::write(d.join("team/.gitignore"), "skip.md\n").unwrap();
        let got: Vec<PathBuf> =
            collect(&[d.join("team")]).iter().map(|i| i.path().strip_prefix(d).unwrap().to_path_buf()).collect();
        assert_eq!(
            got,
            vec![PathBuf::from("team/a.json"), PathBuf::from("team/b.md"), PathBuf::from("team/sub/c.txt")]
        );
    }

    #[test]
    fn globs_expand_and_missing_patterns_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("x.md"), "x").unwrap();
        std::fs::write(dir.path().join("y.md"), "x").unwrap();
        let pat = dir.path().join("*.md");
        assert_eq!(collect(std::slice::from_ref(&pat)).len(), 2);
        let none = dir.path().join("*.json");
        assert!(matches!(collect(&[none])[0], Input::Missing { .. }));
    }

    #[test]
    fn an_empty_folder_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(collect(&[dir.path().to_path_buf()])[0], Input::Missing { .. }));
    }
}
