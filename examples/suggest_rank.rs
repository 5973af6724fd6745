//! Ranking check of the suggester on a misspelling list, weighted the way injected misspellings fall in real
//! text: a pair `wrong<TAB>right` counts in proportion to how often `right` is written (its count in
//! `dictionaries/word-freq.txt`), shared among the wrong forms listed for it. Prints the weighted and the
//! plain (every pair alike) top-1 and top-5, and, with `--show N`, the N heaviest pairs whose first
//! suggestion is wrong.
//!
//!   cargo run --release --example suggest_rank -- MISSPELLINGS.tsv [--show N] [--param name=value ...]
//!
//! Only pairs whose wrong form the dictionaries reject and whose right form (lower case) they accept are
//! scored, as in `suggest_bench`. `--param` overrides one of the suggester's weights
//! (`proofile::spell::suggest::Params`), e.g. `--param freq_weight=0.3`, to try other weights.

use std::collections::HashMap;

use proofile::spell::suggest::{Params, Suggester};
use proofile::spell::{Dialect, SpellChecker, WordList, embedded};

fn set(p: &mut Params, name: &str, v: f32) {
    let field = match name {
        "max_dist" => &mut p.max_dist,
        "double" => &mut p.double,
        "transpose" => &mut p.transpose,
        "vowel" => &mut p.vowel,
        "phonetic" => &mut p.phonetic,
        "keyboard" => &mut p.keyboard,
        "indel_vowel" => &mut p.indel_vowel,
        "edit" => &mut p.edit,
        "tier_weight" => &mut p.tier_weight,
        "freq_weight" => &mut p.freq_weight,
        "first_letter" => &mut p.first_letter,
        "length" => &mut p.length,
        "cased" => &mut p.cased,
        "apostrophe" => &mut p.apostrophe,
        "uncounted_apostrophe" => &mut p.uncounted_apostrophe,
        "split" => &mut p.split,
        "multi_edit" => &mut p.multi_edit,
        _ => panic!("unknown parameter {name}"),
    };
    *field = v;
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("usage: suggest_rank MISSPELLINGS.tsv [--show N] [--param name=value ...]");
    let (mut params, mut show) = (Params::default(), 0usize);
    let mut it = args[1..].iter();
    while let Some(a) = it.next() {
        let v = it.next().expect("a value after each option");
        match a.as_str() {
            "--show" => show = v.parse().expect("--show N"),
            "--param" => {
                let (name, x) = v.split_once('=').expect("--param name=value");
                set(&mut params, name, x.parse().expect("a number"));
            }
            _ => panic!("unknown option {a}"),
        }
    }
    let counts: HashMap<&str, f64> = include_str!("../dictionaries/word-freq.txt")
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(w, n)| Some((w, n.parse::<f64>().ok()?)))
        .collect();
    let text = std::fs::read_to_string(path).expect("read the misspellings file");
    let spell = SpellChecker::new(Dialect::Auto, WordList::default());
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut wrong_forms: HashMap<String, usize> = HashMap::new();
    for line in text.lines() {
        let mut cols = line.split('\t');
        let (Some(w), Some(r)) = (cols.next(), cols.next()) else { continue };
        if r.chars().all(|c| c.is_lowercase()) && seen.insert(w.to_string()) && !spell.is_valid(w) && spell.is_valid(r)
        {
            pairs.push((w.to_string(), r.to_string()));
            *wrong_forms.entry(r.to_string()).or_default() += 1;
        }
    }
    let mut sugg = Suggester::embedded();
    sugg.set_params(params);
    let accept = |w: &str| spell.is_valid(w) && !embedded::is_extended_only(w);
    let (mut w_all, mut w1, mut w5, mut n1, mut n5) = (0.0f64, 0.0f64, 0.0f64, 0usize, 0usize);
    let mut wrong: Vec<(f64, &str, &str, Vec<String>)> = Vec::new();
    for (w, r) in &pairs {
        let weight = counts.get(r.as_str()).copied().unwrap_or(1e4) / wrong_forms[r] as f64;
        let s = sugg.suggest(w, 5, &accept);
        let (t1, t5) = (s.first().is_some_and(|x| x == r), s.iter().any(|x| x == r));
        w_all += weight;
        if t1 {
            w1 += weight;
            n1 += 1;
        } else if show > 0 {
            wrong.push((weight, w, r, s.clone()));
        }
        if t5 {
            w5 += weight;
            n5 += 1;
        }
    }
    let n = pairs.len() as f64;
    println!(
        "pairs {}  weighted top-1 {:.4} top-5 {:.4}  plain top-1 {:.4} top-5 {:.4}",
        pairs.len(),
        w1 / w_all,
        w5 / w_all,
        n1 as f64 / n,
        n5 as f64 / n
    );
    wrong.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (weight, w, r, s) in wrong.iter().take(show) {
        println!("{:8.5}  {w} -> {r}: {}", weight / w_all, s.join(" "));
    }
}
