//! Reading the rule lexicons in `dictionaries/rules/*.tsv` (embedded at build time): tab-separated
//! rows, `#` comment lines and blank lines skipped.

/// The rows of a TSV lexicon, each split at tabs and trimmed.
pub fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Column `i` of a row, or "" when the row is short.
pub fn col<'a>(row: &[&'a str], i: usize) -> &'a str {
    row.get(i).copied().unwrap_or("")
}

#[cfg(test)]
mod tests {
    #[test]
    fn skips_comments_and_blanks() {
        let rows: Vec<_> = super::rows("# header\n\na\tb\n  \nc\n").collect();
        assert_eq!(rows, vec![vec!["a", "b"], vec!["c"]]);
    }
}
