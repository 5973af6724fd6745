//! Builds the spelling suggestion index of the embedded word list once, at compile time, so that a run
//! does not spend 0.15 s and 70 MB indexing 80,000 words before its first suggestion (see
//! `src/spell/suggest_index.rs` for the format; the run-time builder is the same code).

use std::path::PathBuf;

#[path = "src/spell/affix_forms.rs"]
#[allow(dead_code)]
mod affix_forms;
#[path = "src/spell/suggest_index.rs"]
#[allow(dead_code)]
mod suggest_index;
#[path = "src/spell/word_set.rs"]
#[allow(dead_code)]
mod word_set;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let tiers = root.join("dictionaries/word-tiers.txt");
    let professional = root.join("dictionaries/professional.dic");
    let counts = root.join("dictionaries/word-freq.txt");
    let hunspell = ["en_US.dic", "en_GB.dic"].map(|f| root.join("dictionaries").join(f));
    let extended = ["extended.dic", "extended-us.dic", "extended-gb.dic"].map(|f| root.join("dictionaries").join(f));
    let wide = ["wide.txt", "wide-us.txt", "wide-gb.txt", "wide-rare.txt"].map(|f| root.join("dictionaries").join(f));
    let aff = root.join("dictionaries/en_US.aff");
    let code = ["suggest_index.rs", "word_set.rs", "affix_forms.rs"].map(|f| root.join("src/spell").join(f));
    for path in
        [&tiers, &professional, &counts, &aff].into_iter().chain(&hunspell).chain(&extended).chain(&wide).chain(&code)
    {
        println!("cargo::rerun-if-changed={}", path.display());
    }
    let read = |p: &PathBuf| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    // The same order as the suggester always used: the tiered list, then the professional words at tier 50; then
    // the counted words the lists lack but names (scripts/build-word-freq.py), and how often each word is written,
    // by which the suggester ranks.
    let hunspell = hunspell.map(|p| read(&p));
    let table = suggest_index::embedded_table(
        &read(&tiers),
        suggest_index::dic_words(&read(&professional)),
        &read(&counts),
        hunspell.iter().flat_map(|dic| suggest_index::dic_words(dic)),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, bytes: Vec<u8>| {
        let out = out_dir.join(name);
        std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    };
    write("suggest-index.bin", table.build());

    // The words only the extended lists give (accepted, never suggested), without affix flags.
    let extended: Vec<String> = extended.iter().map(read).collect();
    let words = extended.iter().flat_map(|dic| suggest_index::dic_words(dic));
    write("extended-words.bin", word_set::build(words));

    // Every whole-word form of the three Hunspell dictionaries a run builds (src/spell/embedded.rs): each
    // dialect's SCOWL list read as a .dic file, with the professional and the dialect's extended words added
    // line by line; and the extended words both dialects share, added line by line to an empty one.
    let affixes = affix_forms::Affixes::parse(&read(&aff)).unwrap_or_else(|e| panic!("en_US.aff: {e}"));
    let professional = read(&professional);
    let stacks = [
        ("en-us", Some(&hunspell[0]), Some(&extended[1])),
        ("en-gb", Some(&hunspell[1]), Some(&extended[2])),
        ("extended", None, None),
    ];
    for (name, base, dialect_extra) in stacks {
        let mut forms = affix_forms::Forms::default();
        let mut add = |lines: Vec<&str>, bulk: bool| {
            forms.add_lines(&affixes, lines, bulk).unwrap_or_else(|e| panic!("{name}: {e}"));
        };
        match (base, dialect_extra) {
            (Some(base), Some(extra)) => {
                add(base.lines().skip(1).collect(), true);
                add(
                    suggest_index::dic_entry_lines(&professional)
                        .chain(suggest_index::dic_entry_lines(extra))
                        .collect(),
                    false,
                );
            }
            _ => add(suggest_index::dic_entry_lines(&extended[0]).collect(), false),
        }
        let forms = forms.finish();
        write(&format!("{name}-forms.bin"), word_set::build(forms.plain.iter().map(String::as_str)));
        write(&format!("{name}-hidden.bin"), word_set::build(forms.hidden.iter().map(String::as_str)));
    }

    // The `shouting` rule's words that are written in capitals (`NASA`) or with a capital (`Paris`), in lower case:
    // the entries of en_US.dic and the professional vocabulary that start with no small letter (the first letter
    // decides both).
    let (mut acronyms, mut names) = (Vec::new(), Vec::new());
    for line in [&hunspell[0], &professional].into_iter().flat_map(|d| d.lines().skip(1)) {
        if line.starts_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        let word = line.split('/').next().unwrap_or("").trim();
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        if letters.clone().count() >= 2 && letters.all(char::is_uppercase) {
            acronyms.push(word.to_lowercase());
        } else if word.starts_with(char::is_uppercase) {
            names.push(word.to_lowercase());
        }
    }
    write("caps-acronyms.bin", word_set::build(acronyms.iter().map(String::as_str)));
    write("caps-names.bin", word_set::build(names.iter().map(String::as_str)));

    // The wide lists (scripts/build-wide.py): plain words, one a line, accepted and never suggested.
    for path in &wide {
        let name = path.file_stem().and_then(|s| s.to_str()).expect("a wide list's name");
        write(&format!("{name}-words.bin"), word_set::build(read(path).lines().filter(|l| !l.is_empty())));
    }
}
