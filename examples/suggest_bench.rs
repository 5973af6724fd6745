//! Suggestion benchmark: top-1/top-5 accuracy and per-word latency of proofile's suggester, against
//! Hunspell's edit-based suggestions (spellbook's `suggest`, n-gram search off, as proofile's fallback
//! uses it) in the same process.
//!
//!   cargo run --release --example suggest_bench -- MISSPELLINGS.tsv [SAMPLE]
//!
//! There is one suggestion algorithm for every run (no per-batch-size fast path, issue 11).
//!
//! MISSPELLINGS.tsv holds `wrong<TAB>right` lines (e.g. from ../shared/tools/get-misspellings.sh).
//! Only pairs where the dictionary rejects the wrong word and accepts the right one are scored.
//! Debian's `hunspell -a` is timed by bench/suggest-hunspell.py on the same pairs.

use std::time::Instant;

use proofile::spell::{Dialect, SpellChecker, WordList};

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("usage: suggest_bench MISSPELLINGS.tsv [SAMPLE]");
    let sample: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(300);
    let text = std::fs::read_to_string(path).expect("read the misspellings file");
    let spell = SpellChecker::new(Dialect::EnUs, WordList::default());
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for line in text.lines() {
        let mut cols = line.split('\t');
        let (Some(w), Some(r)) = (cols.next(), cols.next()) else { continue };
        if seen.insert(w.to_string()) && !spell.is_valid(w) && spell.is_valid(r) {
            pairs.push((w.to_string(), r.to_string()));
        }
    }
    // Warm up: builds the index once (reported separately).
    let t = Instant::now();
    let _ = spell.suggest("warmupp");
    let build_ms = t.elapsed().as_secs_f64() * 1e3;

    let mut lat = Vec::with_capacity(pairs.len());
    let (mut top1, mut top5) = (0usize, 0usize);
    for (w, r) in &pairs {
        let t = Instant::now();
        let s = spell.suggest(w);
        lat.push(t.elapsed().as_secs_f64() * 1e6);
        top1 += usize::from(s.first().is_some_and(|x| x.eq_ignore_ascii_case(r)));
        top5 += usize::from(s.iter().take(5).any(|x| x.eq_ignore_ascii_case(r)));
    }
    lat.sort_by(f64::total_cmp);
    let n = pairs.len() as f64;
    println!("pairs scored: {}", pairs.len());
    println!("index build (first suggestion): {build_ms:.0} ms");
    println!(
        "proofile suggester:  top-1 {:.3}  top-5 {:.3}  latency median {:.0} µs  p95 {:.0} µs",
        top1 as f64 / n,
        top5 as f64 / n,
        percentile(&lat, 0.5),
        percentile(&lat, 0.95)
    );
    // Hunspell's edit-based suggestions on an evenly spaced sample.
    let dict = proofile::spell::embedded::en_us();
    let step = (pairs.len() / sample.max(1)).max(1);
    let mut lat = Vec::new();
    let (mut top1, mut top5, mut m) = (0usize, 0usize, 0usize);
    for (w, r) in pairs.iter().step_by(step) {
        let t = Instant::now();
        let s = dict.suggest(w);
        lat.push(t.elapsed().as_secs_f64() * 1e6);
        top1 += usize::from(s.first().is_some_and(|x| x.eq_ignore_ascii_case(r)));
        top5 += usize::from(s.iter().take(5).any(|x| x.eq_ignore_ascii_case(r)));
        m += 1;
    }
    lat.sort_by(f64::total_cmp);
    println!(
        "hunspell edits (spellbook, {m} words): top-1 {:.3}  top-5 {:.3}  latency median {:.0} µs  p95 {:.0} µs",
        top1 as f64 / m as f64,
        top5 as f64 / m as f64,
        percentile(&lat, 0.5),
        percentile(&lat, 0.95)
    );
}
