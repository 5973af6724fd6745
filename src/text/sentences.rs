//! Sentence splitting for rules that work per sentence. Line breaks end a sentence too: in profile
//! text a new line is almost always a new bullet or a new thought.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace; empty ones dropped.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        // Most lines are one sentence: then the whole line is the one segment UAX #29 would give.
        let whole = [(0, line)];
        let ascii;
        let segments: &mut dyn Iterator<Item = (usize, &str)> = if one_sentence(line) {
            &mut whole.into_iter()
        } else if line.is_ascii() {
            ascii = ascii_sentence_bounds(line);
            &mut ascii.into_iter()
        } else {
            &mut line.split_sentence_bound_indices()
        };
        for (i, s) in segments {
            let trimmed_start = s.len() - s.trim_start().len();
            let body = s.trim();
            if !body.is_empty() {
                let start = line_start + i + trimmed_start;
                out.push(start..start + body.len());
            }
        }
        line_start += line.len() + 1;
    }
    merge_after_abbreviations(text, out)
}

/// Whether UAX #29 finds no sentence break inside `line` (a line, without its `\n`): no full stop, `!`
/// or `?` but at the very end (then only closing brackets, quotes and spaces after them, where no rule
/// breaks), and no other character that could end a sentence or a paragraph: only ASCII, Latin letters and
/// the common typographic quotes, dashes and bullets, none of which does.
fn one_sentence(line: &str) -> bool {
    let body = line.trim_end_matches([' ', '\t']).trim_end_matches([')', ']', '"', '\'', '’', '”']);
    let body = body.trim_end_matches(['.', '!', '?']);
    body.chars().all(|c| match c {
        '.' | '!' | '?' | '\r' => false,
        c if c.is_ascii() => true,
        '’' | '‘' | '“' | '”' | '–' | '—' | '•' | '\u{a0}' => true,
        c => c.is_alphabetic() && (c as u32) < 0x250,
    })
}

/// `line.split_sentence_bound_indices()` for an ASCII line: the state machine of unicode-segmentation
/// (1.13) for UAX #29's sentence rules, step for step, with the class of each ASCII character read
/// from a `match` instead of searched for in the Unicode table. Most lines of prose are ASCII, and
/// the search was most of the splitting. A test holds the two to the same answers.
fn ascii_sentence_bounds(line: &str) -> Vec<(usize, &str)> {
    use Part::*;
    let bytes = line.as_bytes();
    let mut breaks = Vec::new();
    let mut state = [Sot; 4];
    let push = |state: [Part; 4], class: Class| match (state[3], class) {
        (ClosePlus, Class::Close) | (SpPlus, Class::Sp) => state,
        _ => [state[1], state[2], state[3], class.part()],
    };
    // The part before any closers and spaces at the end of the state (SB8, SB8a, SB11).
    let before_sp_close = |state: &[Part; 4], mut idx: usize| {
        if state[idx] == SpPlus {
            idx -= 1;
        }
        if state[idx] == ClosePlus {
            idx -= 1;
        }
        state[idx]
    };
    let is_term = |p: Part| p == STerm || p == ATerm;
    for (pos, &b) in bytes.iter().enumerate() {
        let before = state;
        let class = Class::of(b);
        state = push(state, class);
        let sb8 =
            || {
                before_sp_close(&before, 3) == ATerm
                    && bytes[pos..].iter().map(|&c| Class::of(c)).find(|c| {
                        !matches!(c, Class::Any | Class::Sp | Class::Close | Class::SContinue | Class::Numeric)
                    }) == Some(Class::Lower)
            };
        let sb8a = || is_term(before_sp_close(&before, 3));
        let sb9 = || is_term(if before[3] == ClosePlus { before[2] } else { before[3] });
        let sb11 = || is_term(before_sp_close(&before, if matches!(before[3], CR | LF) { 2 } else { 3 }));
        let no_break = match class {
            _ if before[3] == Sot => false,
            Class::LF if before[3] == CR => true,
            _ if matches!(before[3], CR | LF) => false,
            Class::Numeric if before[3] == ATerm => true,
            Class::Upper if before[2] == UpperLower && before[3] == ATerm => true,
            _ if sb8() => true,
            Class::SContinue | Class::STerm | Class::ATerm if sb8a() => true,
            Class::Close | Class::Sp | Class::CR | Class::LF if sb9() => true,
            Class::Sp | Class::CR | Class::LF if sb8a() => true,
            _ => !sb11(),
        };
        if !no_break {
            breaks.push(pos);
        }
    }
    if !bytes.is_empty() {
        breaks.push(bytes.len());
    }
    breaks.windows(2).map(|w| (w[0], &line[w[0]..w[1]])).collect()
}

/// The sentence-break classes of the ASCII characters (UAX #29; none is Sep, Extend, Format or OLetter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Any,
    CR,
    LF,
    Sp,
    STerm,
    ATerm,
    Close,
    SContinue,
    Numeric,
    Upper,
    Lower,
}

impl Class {
    fn of(b: u8) -> Class {
        match b {
            b'\t' | 0x0B | 0x0C | b' ' => Class::Sp,
            b'\n' => Class::LF,
            b'\r' => Class::CR,
            b'!' | b'?' => Class::STerm,
            b'.' => Class::ATerm,
            b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Class::Close,
            b',' | b'-' | b':' | b';' => Class::SContinue,
            b'0'..=b'9' => Class::Numeric,
            b'A'..=b'Z' => Class::Upper,
            b'a'..=b'z' => Class::Lower,
            _ => Class::Any,
        }
    }

    fn part(self) -> Part {
        match self {
            Class::CR => Part::CR,
            Class::LF => Part::LF,
            Class::ATerm => Part::ATerm,
            Class::Upper | Class::Lower => Part::UpperLower,
            Class::Close => Part::ClosePlus,
            Class::Sp => Part::SpPlus,
            Class::STerm => Part::STerm,
            _ => Part::Other,
        }
    }
}

/// What the state machine remembers of the last four runs (a run of closers or of spaces is one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    CR,
    LF,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

/// The sentence holding byte `pos` (`sentences` as `sentences` gives them: in order, disjoint).
pub fn sentence_at(sentences: &[Range<usize>], pos: usize) -> Option<&Range<usize>> {
    let i = sentences.partition_point(|s| s.end <= pos);
    sentences.get(i).filter(|s| s.start <= pos)
}

/// UAX #29 breaks after "Mr." or "approx." when a capital follows; join those back.
fn merge_after_abbreviations(text: &str, sents: Vec<Range<usize>>) -> Vec<Range<usize>> {
    const ABBREVIATIONS: &[&str] = &[
        "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "inc.", "ltd.", "co.", "corp.", "vs.", "approx.",
        "dept.", "e.g.", "i.e.", "etc.", "no.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
        "sept.", "oct.", "nov.", "dec.", "u.s.", "u.k.", "ph.d.", "b.s.", "m.s.", "b.a.", "m.a.",
    ];
    let mut out: Vec<Range<usize>> = Vec::with_capacity(sents.len());
    for s in sents {
        if let Some(prev) = out.last_mut() {
            let prev_text = &text[prev.clone()];
            let same_line = !text[prev.end..s.start].contains('\n');
            let last_word = prev_text.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
            if same_line && ABBREVIATIONS.contains(&last_word.as_str()) {
                prev.end = s.end;
                continue;
            }
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_on_punctuation_and_lines() {
        assert_eq!(
            texts("I build things. I ship them!\n- Led a team"),
            vec!["I build things.", "I ship them!", "- Led a team"]
        );
    }

    /// Wherever `one_sentence` says so, UAX #29 finds one sentence: every ASCII character and every
    /// non-ASCII one it lets through, alone, between letters, before and after a closing full stop,
    /// and in tails of terminators, closers and spaces.
    #[test]
    fn one_sentence_is_what_uax29_finds() {
        let mut chars: Vec<char> = (0u8..128).map(char::from).filter(|&c| c != '\n').collect();
        chars
            .extend(['’', '‘', '“', '”', '–', '—', '•', '\u{a0}', 'é', 'ß', 'Ł', 'ș', '…', '。', '\u{2029}', '\u{85}']);
        let tails = ["", ".", "!?", "...", ".)", ".’ ", "?\" \t", ". .", ".) )", ")."];
        let mut fast = 0;
        for c in chars {
            for shape in ["{c}", "a{c}b", "a{c}", "{c}b. ", "Led it{c} x", "end. {c}", "a {c} b"] {
                for tail in tails {
                    let line = format!("{}{tail}", shape.replace("{c}", &c.to_string()));
                    if one_sentence(&line) {
                        fast += 1;
                        let n = line.split_sentence_bound_indices().count();
                        assert_eq!(n, 1, "{line:?}: {:?}", line.split_sentence_bound_indices().collect::<Vec<_>>());
                    }
                }
            }
        }
        assert!(fast > 5_000, "{fast}");
        assert!(
            !one_sentence("One. Two") && !one_sentence("One!Two") && !one_sentence("a\rb") && !one_sentence("end.) )")
        );
        assert!(one_sentence("Led a team of 5 engineers.") && one_sentence("Built “fast” APIs – twice!"));
    }

    /// The ASCII splitter gives what unicode-segmentation gives: every string of up to four characters
    /// from the classes' representatives, and many longer ones from a fixed pseudo-random walk.
    #[test]
    fn ascii_bounds_are_uax29() {
        let alphabet: Vec<char> = ". !?\"()a A1,-:;\t\r#_e.Z".chars().collect();
        let check = |s: &str| {
            let uax: Vec<(usize, &str)> = s.split_sentence_bound_indices().collect();
            assert_eq!(ascii_sentence_bounds(s), uax, "{s:?}");
        };
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            strings = strings.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            strings.iter().for_each(|s| check(s));
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let len = (seed % 24) as usize + 5;
            let s: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            check(&s);
        }
        check("Led a team of 5. Shipped v2.0 (Q3). e.g. this one, U.S. based! Then? \"Yes.\" Done.");
    }

    #[test]
    fn keeps_abbreviations_inside() {
        assert_eq!(
            texts("Worked with Dr. Smith on it. Then left."),
            vec!["Worked with Dr. Smith on it.", "Then left."]
        );
    }
}
