//! Replays the fuzz seeds (`fuzz/seeds/TARGET/*`) and every input a fuzzer ever crashed on
//! (`fuzz/regressions/TARGET/*`) through the same checks the fuzz targets run, so a fixed crash
//! stays fixed without nightly Rust or libFuzzer. See fuzz/README.md.

#[path = "../fuzz/fuzz_targets/common.rs"]
mod common;

use std::path::Path;

const TARGETS: [&str; 7] = ["markdown", "json_resume", "linkedin", "tokenizer", "check", "serve", "jsonl"];

fn replay(folder: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(folder);
    let mut n = 0;
    for target in TARGETS {
        let Ok(dir) = std::fs::read_dir(root.join(target)) else { continue };
        let mut files: Vec<_> = dir.map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files {
            let data = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| common::run_target(target, &data));
            assert!(outcome.is_ok(), "{target}: {} fails again", file.display());
            n += 1;
        }
    }
    n
}

#[test]
fn seeds_pass_every_target_check() {
    assert!(replay("seeds") >= 10);
}

#[test]
fn crashes_found_by_fuzzing_stay_fixed() {
    replay("regressions");
}
