//! Every whole-word form a Hunspell `.aff`/`.dic` pair accepts, enumerated once at compile time
//! (`build.rs`, through `#[path]`) so that a run looks words up in a sorted set instead of parsing
//! 150,000 dictionary lines at start-up (issue 16: that parse was most of a one-profile run).
//!
//! A form is a stem, a stem with one suffix, a stem with one prefix, or (both affixes marked as
//! cross products) a stem with both: exactly what `spellbook`'s `check_simple_word` accepts when no
//! affix carries continuation flags. Only the affix-file features the bundled dictionaries use are
//! modelled; [`Affixes::parse`] refuses any other, so a dictionary that needs more fails the build
//! instead of being read wrongly. Compounds (`COMPOUNDRULE`) are left to `spellbook`: the bundled
//! rules only join number pieces, so the caller sends any word with a digit there.
//!
//! Forms come in two sets, as in `spellbook`: the ordinary ones, and the forms of the hidden title-case
//! twins a bulk-parsed `.dic` gives its CamelCase entries (`McDonald` → hidden `Mcdonald`), which only
//! an ALL-CAPS word may match. Uses nothing but `std`.

/// One character position of an affix condition (`[^aeiou]y` is two).
#[derive(Clone, Debug, PartialEq)]
enum CondChar {
    Any,
    Is(char),
    OneOf(Vec<char>),
    NoneOf(Vec<char>),
}

impl CondChar {
    fn accepts(&self, c: char) -> bool {
        match self {
            CondChar::Any => true,
            CondChar::Is(x) => *x == c,
            CondChar::OneOf(set) => set.contains(&c),
            CondChar::NoneOf(set) => !set.contains(&c),
        }
    }
}

/// One `PFX` or `SFX` row.
#[derive(Clone, Debug)]
struct Rule {
    flag: char,
    cross: bool,
    strip: String,
    add: String,
    /// Empty for `.`: always met, even by an empty word.
    condition: Vec<CondChar>,
}

fn parse_condition(text: &str) -> Result<Vec<CondChar>, String> {
    if text == "." {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        out.push(match c {
            '.' => CondChar::Any,
            '[' => {
                let mut set = Vec::new();
                let mut negative = false;
                let mut closed = false;
                for (i, c) in chars.by_ref().enumerate() {
                    match c {
                        '^' if i == 0 => negative = true,
                        ']' => {
                            closed = true;
                            break;
                        }
                        c => set.push(c),
                    }
                }
                if !closed {
                    return Err(format!("unclosed class in condition {text}"));
                }
                if negative { CondChar::NoneOf(set) } else { CondChar::OneOf(set) }
            }
            ']' | '^' => return Err(format!("unsupported condition {text}")),
            c => CondChar::Is(c),
        });
    }
    Ok(out)
}

impl Rule {
    /// Whether the condition holds at the end (a suffix) or the start (a prefix) of `stem`.
    fn condition_holds(&self, stem: &str, suffix: bool) -> bool {
        let n = self.condition.len();
        if n == 0 {
            return true;
        }
        let chars: Vec<char> = stem.chars().collect();
        if chars.len() < n {
            return false;
        }
        let part = if suffix { &chars[chars.len() - n..] } else { &chars[..n] };
        part.iter().zip(&self.condition).all(|(&c, cond)| cond.accepts(c))
    }

    /// `stem` with this suffix, when the stem takes it.
    fn suffixed(&self, stem: &str) -> Option<String> {
        let kept = stem.strip_suffix(self.strip.as_str())?;
        self.condition_holds(stem, true).then(|| format!("{kept}{}", self.add))
    }

    /// `stem` with this prefix, when the stem takes it.
    fn prefixed(&self, stem: &str) -> Option<String> {
        let kept = stem.strip_prefix(self.strip.as_str())?;
        self.condition_holds(stem, false).then(|| format!("{}{kept}", self.add))
    }
}

/// The affix rules of an `.aff` file, and the one option that bars entries from standing alone.
#[derive(Clone, Debug)]
pub struct Affixes {
    prefixes: Vec<Rule>,
    suffixes: Vec<Rule>,
    only_in_compound: Option<char>,
}

/// The `.aff` directives that change no whole-word form: the encoding (UTF-8 is all this reads),
/// suggestion settings, the `’` → `'` input conversion (applied by the caller) and compounding, which
/// the caller leaves to `spellbook` (only number pieces carry its flags).
const NEUTRAL: &[&str] = &[
    "SET",
    "TRY",
    "ICONV",
    "NOSUGGEST",
    "COMPOUNDMIN",
    "COMPOUNDRULE",
    "WORDCHARS",
    "REP",
    "MAP",
    "KEY",
    "MAXNGRAMSUGS",
    "NOSPLITSUGS",
    "ONLYMAXDIFF",
    "MAXDIFF",
    "NAME",
    "VERSION",
    "HOME",
    "LANG",
];

impl Affixes {
    /// Reads an `.aff` file, or says which line uses what this module does not model.
    pub fn parse(aff: &str) -> Result<Affixes, String> {
        let mut out = Affixes { prefixes: Vec::new(), suffixes: Vec::new(), only_in_compound: None };
        let mut lines = aff.lines().enumerate();
        while let Some((no, line)) = lines.next() {
            let mut words = line.split_whitespace();
            let Some(key) = words.next() else { continue };
            if key.starts_with('#') {
                continue;
            }
            let here = |what: &str| format!("line {}: {what}: {line}", no + 1);
            match key {
                "PFX" | "SFX" => {
                    let suffix = key == "SFX";
                    let (Some(flag), Some(cross), Some(count)) = (words.next(), words.next(), words.next()) else {
                        return Err(here("affix header"));
                    };
                    let flag = single_flag(flag).ok_or_else(|| here("flag"))?;
                    let cross = match cross {
                        "Y" => true,
                        "N" => false,
                        _ => return Err(here("cross product")),
                    };
                    let count: usize = count.parse().map_err(|_| here("row count"))?;
                    for _ in 0..count {
                        let Some((no, row)) = lines.next() else { return Err(here("missing affix rows")) };
                        let row_here = |what: &str| format!("line {}: {what}: {row}", no + 1);
                        let mut fields = row.split_whitespace();
                        if fields.next() != Some(key) || fields.next().and_then(single_flag) != Some(flag) {
                            return Err(row_here("affix row"));
                        }
                        let (Some(strip), Some(add)) = (fields.next(), fields.next()) else {
                            return Err(row_here("affix row"));
                        };
                        if add.contains('/') {
                            return Err(row_here("continuation flags are not modelled"));
                        }
                        let zero = |s: &str| if s == "0" { String::new() } else { s.to_string() };
                        let condition = parse_condition(fields.next().unwrap_or(".")).map_err(|e| row_here(&e))?;
                        let rule = Rule { flag, cross, strip: zero(strip), add: zero(add), condition };
                        if suffix { out.suffixes.push(rule) } else { out.prefixes.push(rule) }
                    }
                }
                "ONLYINCOMPOUND" => {
                    out.only_in_compound = Some(words.next().and_then(single_flag).ok_or_else(|| here("flag"))?);
                }
                k if NEUTRAL.contains(&k) => {
                    // A table's rows repeat its key: skipped with it.
                }
                _ => return Err(here("directive not modelled")),
            }
        }
        Ok(out)
    }
}

/// A one-character ASCII flag (the default `FLAG` type, the only one this module reads).
fn single_flag(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    (chars.next().is_none() && c.is_ascii() && c != '0').then_some(c)
}

/// How `spellbook` classes a word's capitals (the classes its checker tries case variants by).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Casing {
    /// No capital (`word`).
    None,
    /// The first letter alone (`Word`).
    Init,
    /// Every cased letter (`WORD`).
    All,
    /// Some capitals, the first letter one of them (`WordPress`).
    Pascal,
    /// Some capitals, the first letter not (`iPhone`).
    Camel,
}

pub fn classify(word: &str) -> Casing {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    if upper == 0 {
        return Casing::None;
    }
    let first_capital = word.chars().next().is_some_and(char::is_uppercase);
    if first_capital && upper == 1 {
        Casing::Init
    } else if lower == 0 {
        Casing::All
    } else if first_capital {
        Casing::Pascal
    } else {
        Casing::Camel
    }
}

/// The first character upper case, every other lower case, one character at a time (`spellbook`'s
/// title case, which differs from `str::to_lowercase` only for a final Greek sigma).
pub fn titlecase(word: &str) -> String {
    let mut chars = word.chars();
    let mut out = String::with_capacity(word.len());
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
    }
    for c in chars {
        out.extend(c.to_lowercase());
    }
    out
}

/// The forms of a dictionary built from `.dic` lines.
#[derive(Default, Debug)]
pub struct Forms {
    /// Every form of an ordinary entry.
    pub plain: Vec<String>,
    /// Forms of the hidden title-case twins only (an ALL-CAPS word may match them).
    pub hidden: Vec<String>,
}

impl Forms {
    /// Adds the forms of `.dic` entry lines (`word/FLAGS`). `bulk` says the lines are read as a `.dic`
    /// file's body (`spellbook::Dictionary::new`), which gives each CamelCase entry, and each ALL-CAPS
    /// entry with flags, a hidden title-case twin; lines added one by one (`Dictionary::add`) get none.
    pub fn add_lines<'a>(
        &mut self,
        affixes: &Affixes,
        lines: impl IntoIterator<Item = &'a str>,
        bulk: bool,
    ) -> Result<(), String> {
        for line in lines {
            let line = line.trim();
            if line.is_empty() || (line.starts_with('/') && line.len() > 1) {
                continue;
            }
            if line.starts_with('#') || line.contains([' ', '\t', '\\']) {
                return Err(format!("dictionary line not modelled: {line}"));
            }
            let (word, flags) = match line.find('/') {
                Some(0) | None => (line, ""),
                Some(at) => (&line[..at], &line[at + 1..]),
            };
            if flags.contains('/') {
                return Err(format!("dictionary line not modelled: {line}"));
            }
            let flags: Vec<char> = flags.chars().collect();
            if !flags.iter().all(char::is_ascii) {
                return Err(format!("dictionary flags not modelled: {line}"));
            }
            if bulk {
                let casing = classify(word);
                if matches!(casing, Casing::Pascal | Casing::Camel) || (casing == Casing::All && !flags.is_empty()) {
                    expand(affixes, &titlecase(word), &flags, &mut self.hidden);
                }
            }
            expand(affixes, word, &flags, &mut self.plain);
        }
        Ok(())
    }

    /// Both lists sorted, without duplicates, and no hidden form that is also an ordinary one.
    pub fn finish(mut self) -> Forms {
        self.plain.sort_unstable();
        self.plain.dedup();
        self.hidden.sort_unstable();
        self.hidden.dedup();
        let plain = &self.plain;
        self.hidden.retain(|w| plain.binary_search(w).is_err());
        self
    }
}

/// Pushes every whole-word form of one entry.
fn expand(affixes: &Affixes, stem: &str, flags: &[char], out: &mut Vec<String>) {
    if affixes.only_in_compound.is_some_and(|f| flags.contains(&f)) {
        return;
    }
    out.push(stem.to_string());
    let suffixes: Vec<&Rule> = affixes.suffixes.iter().filter(|r| flags.contains(&r.flag)).collect();
    let prefixes: Vec<&Rule> = affixes.prefixes.iter().filter(|r| flags.contains(&r.flag)).collect();
    for s in &suffixes {
        if let Some(form) = s.suffixed(stem) {
            // A cross product: the prefix's condition is read on the suffixed word.
            for p in prefixes.iter().filter(|p| p.cross && s.cross) {
                out.extend(p.prefixed(&form));
            }
            out.push(form);
        }
    }
    for p in &prefixes {
        out.extend(p.prefixed(stem));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str = "SET UTF-8\nPFX A Y 1\nPFX A 0 re .\nSFX S Y 2\nSFX S y ies [^aeiou]y\nSFX S 0 s [^y]\n\
                       SFX D N 1\nSFX D 0 ed [^ey]\nONLYINCOMPOUND c\n";

    fn forms(lines: &[&str], bulk: bool) -> Forms {
        let mut f = Forms::default();
        f.add_lines(&Affixes::parse(AFF).unwrap(), lines.iter().copied(), bulk).unwrap();
        f.finish()
    }

    #[test]
    fn expands_suffixes_prefixes_and_cross_products() {
        let f = forms(&["try/AS", "work/AD", "1th/c"], true);
        assert_eq!(f.plain, ["retries", "retry", "rework", "tries", "try", "work", "worked"]);
        assert!(f.hidden.is_empty());
    }

    #[test]
    fn camel_case_entries_get_hidden_twins_only_in_bulk() {
        let f = forms(&["McDonald/S", "NASA", "ABC/S"], true);
        assert_eq!(f.plain, ["ABC", "ABCs", "McDonald", "McDonalds", "NASA"]);
        assert_eq!(f.hidden, ["Abc", "Abcs", "Mcdonald", "Mcdonalds"]);
        assert!(forms(&["McDonald/S"], false).hidden.is_empty());
    }

    #[test]
    fn refuses_what_it_does_not_model() {
        assert!(Affixes::parse("KEEPCASE K\n").is_err());
        assert!(Affixes::parse("SFX S Y 1\nSFX S 0 s/X .\n").is_err());
        assert!(Affixes::parse("SFX S Y 2\nSFX S 0 s .\n").is_err());
        let mut f = Forms::default();
        assert!(f.add_lines(&Affixes::parse(AFF).unwrap(), ["two words"], true).is_err());
    }

    #[test]
    fn conditions() {
        let c = parse_condition("[^aeiou]y").unwrap();
        assert_eq!(c, vec![CondChar::NoneOf(vec!['a', 'e', 'i', 'o', 'u']), CondChar::Is('y')]);
        assert!(parse_condition("[ab").is_err());
        assert_eq!(classify("iPhone"), Casing::Camel);
        assert_eq!(classify("WordPress"), Casing::Pascal);
        assert_eq!(classify("NASA'S"), Casing::All);
        assert_eq!(classify("NASA's"), Casing::Pascal);
        assert_eq!(titlecase("mcDONALD"), "Mcdonald");
    }
}
