//! Whether an unknown word in an invitation note reads as a slip of the word it is closest to.
//!
//! A note is short and written to one person, often in that person's own field: the words the
//! dictionaries lack there are mostly the field's (a drug, a library, a trade term), and a "typo" line
//! in the verdict for a correct word tells the sender to change what is right. So in a note an unknown
//! word is reported only when its first suggestion is a few *slips* away: the kinds of error people
//! make when they type or spell a word they know (Damerau 1964; Kukich 1992, "Techniques for
//! automatically correcting words in text", finds most misspellings one such error from the word):
//!
//! - a letter doubled or undoubled (`usefull`, `begining`), two letters swapped (`recieved`) or one
//!   letter moved by two places (`greatful`);
//! - a vowel for a vowel (`definately`), a key for its neighbour on the keyboard (`thw`), and, in a
//!   word of seven letters or more, a letter for one that sounds alike (`rekursion`);
//! - a letter dropped or added inside the word (`enviroment`), which counts one and a half.
//!
//! Up to one and a half slips in a word of five letters or less, two from six. A consonant
//! swapped for an unrelated one (`intubation` ~ `incubation`), a letter added or dropped at either end
//! (`async` ~ `sync`, `roastery` ~ `roaster`) or a word with no suggestion (`dexrazoxane`) is how two
//! different words differ, not how a word is mistyped. A split into two words counts when one of them
//! is a function word (`alot` → `a lot`, `eachother` → `each other`), not otherwise (`roundtable`), and not a
//! preposition of four letters or more, a prefix of real compounds (`afterparty`, `underwater`).

use crate::spell::distance::sub_class;
use crate::text::word_class::{Tags, lexicon};

/// Cost of one slip, and of a letter dropped or added inside the word.
const SLIP: u32 = 2;
const INNER_INDEL: u32 = 3;
/// Cost of an edit that is not a slip: more than any limit.
const NOT_A_SLIP: u32 = 100;

/// Whether `word` (an unknown word) looks like a slip of `suggestion` (its first suggestion).
pub fn looks_like_slip(word: &str, suggestion: &str) -> bool {
    let w: Vec<char> = word.to_lowercase().chars().collect();
    if let Some((a, b)) = suggestion.split_once(' ') {
        // `alot` → `a lot`: the two words run together; one of them a function word.
        // A preposition of four letters or more is a prefix of real compounds (`afterparty`,
        // `underwater`), not a word run into the next by mistake.
        let function = |p: &str| {
            let t = lexicon().tags(&p.to_lowercase());
            t.any(Tags::FUNCTION) && !(t.any(Tags::PREP) && p.chars().count() >= 4)
        };
        let joined: String = suggestion.chars().filter(|c| *c != ' ').collect::<String>().to_lowercase();
        return !b.contains(' ') && (function(a) || function(b)) && joined == w.iter().collect::<String>();
    }
    let s: Vec<char> = suggestion.to_lowercase().chars().collect();
    let limit = if w.len() <= 5 { INNER_INDEL } else { 2 * SLIP };
    slip_cost(&w, &s, w.len() >= 7) <= limit
}

/// Whether `word` is one slip (a letter doubled, dropped inside the word, swapped, or a vowel or a key
/// for its neighbour) from `suggestion`, a word among the most written in English (about 30 million times
/// or more in Google Books: `datas` ~ `dates`, after `data`): then a later suggestion is as good as the first, as no
/// word of another language or trade is likelier so close to so common a word.
pub fn one_slip_from_a_very_common_word(word: &str, suggestion: &str) -> bool {
    if suggestion.contains(' ') {
        return false;
    }
    let w: Vec<char> = word.to_lowercase().chars().collect();
    let s: Vec<char> = suggestion.to_lowercase().chars().collect();
    let frequency = crate::spell::word_frequency(&suggestion.to_lowercase()).unwrap_or(0);
    // A word of four letters only as a slip of a function word (`wich` ~ `which`): a trade's or a language's
    // short words sit one slip from common content words (`takk` ~ `take`), not from these.
    let function_word = || lexicon().tags(&suggestion.to_lowercase()).any(Tags::FUNCTION);
    (w.len() >= 5 || w.len() == 4 && s.len() >= 5 && function_word())
        && frequency >= VERY_COMMON
        && slip_cost(&w, &s, w.len() >= 7) <= INNER_INDEL
}

/// Ten times the log10 of about 30 million.
const VERY_COMMON: u8 = 75;

/// Whether `suggestion` is written often enough for `word` (an unknown word a few slips from it) to be
/// read as its slip rather than as a word of its own: the noisy channel's prior. People misspell the
/// words they write; an unknown word a slip or two from a rare English word is more often a word of
/// another language or of a trade (`warung` ~ `wrung`, `lekker` ~ `leer`, `cabane` ~ `cabana`) than a
/// slip. So a short word (up to seven letters) is read as a slip only of a word written about 2.5
/// million times or more in Google Books (`realy` ~ `really`, `foward` ~ `forward`), a longer one of a
/// word written about 300,000 times or more (`reconect` ~ `reconnect`): the more letters agree, the less
/// likely the match is chance. A split into two words (`alot` ~ `a lot`) is judged by
/// [`looks_like_slip`] alone.
pub fn common_enough(word: &str, suggestion: &str) -> bool {
    if suggestion.contains(' ') {
        return true;
    }
    let frequency = crate::spell::word_frequency(suggestion)
        .or_else(|| crate::spell::word_frequency(&suggestion.to_lowercase()))
        .unwrap_or(0);
    let floor =
        if word.chars().filter(|c| c.is_alphabetic()).count() >= 8 { LONG_WORD_FLOOR } else { SHORT_WORD_FLOOR };
    frequency >= floor
}

/// Ten times the log10 of a count: 2.5 million and 300,000, the floors the development notes support
/// (their unknown words of up to seven letters that were not slips had suggestions written up to 1.7
/// million times; their slips of longer words, suggestions written 600,000 times or more).
const SHORT_WORD_FLOOR: u8 = 64;
const LONG_WORD_FLOOR: u8 = 55;

/// Cost of adding or dropping `x[i]`: a slip when it doubles a neighbour, one and a half inside the
/// word, never at either end.
fn indel(x: &[char], i: usize) -> u32 {
    let c = x[i];
    if (i > 0 && x[i - 1] == c) || (i + 1 < x.len() && x[i + 1] == c) {
        SLIP
    } else if i > 0 && i + 1 < x.len() {
        INNER_INDEL
    } else {
        NOT_A_SLIP
    }
}

fn all_vowels(x: &[char]) -> bool {
    x.iter().all(|c| "aeiou".contains(*c))
}

/// The cheapest way from `w` to `s` in slips ([`SLIP`] each; see the module's doc).
fn slip_cost(w: &[char], s: &[char], sound_alike: bool) -> u32 {
    let (n, m) = (w.len(), s.len());
    let mut d = vec![vec![u32::MAX / 2; m + 1]; n + 1];
    d[0][0] = 0;
    for i in 0..=n {
        for j in 0..=m {
            if i == 0 && j == 0 {
                continue;
            }
            let mut best = u32::MAX / 2;
            if i > 0 {
                best = best.min(d[i - 1][j] + indel(w, i - 1));
            }
            if j > 0 {
                best = best.min(d[i][j - 1] + indel(s, j - 1));
            }
            if i > 0 && j > 0 {
                // The suggester's classes: 0 the same letter, 1 vowel for vowel, 2 sound alike, 3 keyboard
                // neighbours, 4 any other.
                let cost = match sub_class(w[i - 1], s[j - 1]) {
                    0 => 0,
                    1 | 3 => SLIP,
                    2 if sound_alike => SLIP,
                    _ => NOT_A_SLIP,
                };
                best = best.min(d[i - 1][j - 1] + cost);
            }
            if i > 1 && j > 1 && w[i - 1] == s[j - 2] && w[i - 2] == s[j - 1] && w[i - 1] != w[i - 2] {
                best = best.min(d[i - 2][j - 2] + SLIP);
            }
            if sound_alike && i < n && j < m {
                // A vowel sound inside the word spelt with another one or two vowels (`maintainance`,
                // `pronounciation`); at the end it is how other languages write the word (`experiencia`).
                for (a, b) in [(1, 2), (2, 1), (2, 2)] {
                    if i > a
                        && j > b
                        && w[i - a..i] != s[j - b..j]
                        && all_vowels(&w[i - a..i])
                        && all_vowels(&s[j - b..j])
                    {
                        best = best.min(d[i - a][j - b] + SLIP);
                    }
                }
            }
            if i > 2 && j > 2 {
                let (a, b) = (&w[i - 3..i], &s[j - 3..j]);
                let moved =
                    (a[1] == b[0] && a[2] == b[1] && a[0] == b[2]) || (a[2] == b[0] && a[0] == b[1] && a[1] == b[2]);
                if a != b && moved {
                    best = best.min(d[i - 3][j - 3] + SLIP);
                }
            }
            d[i][j] = best;
        }
    }
    d[n][m]
}

#[cfg(test)]
mod tests {
    use super::looks_like_slip;

    #[test]
    fn slips_of_common_words() {
        for (w, s) in [
            ("usefull", "useful"),
            ("begining", "beginning"),
            ("recieved", "received"),
            ("greatful", "grateful"),
            ("definately", "definitely"),
            ("thw", "the"),
            ("enviroment", "environment"),
            ("proffesional", "professional"),
            ("rekursion", "recursion"),
            ("Oppurtunity", "opportunity"),
            ("alot", "a lot"),
            ("eachother", "each other"),
            ("infact", "in fact"),
            ("realy", "really"),
            ("maintainance", "maintenance"),
            ("pronounciation", "pronunciation"),
        ] {
            assert!(looks_like_slip(w, s), "{w} → {s}");
        }
    }

    #[test]
    fn other_words_are_not_slips() {
        for (w, s) in [
            ("intubation", "incubation"),
            ("partie", "party"),
            ("experiencia", "experience"),
            ("async", "sync"),
            ("roastery", "roaster"),
            ("serde", "serve"),
            ("commis", "commit"),
            ("arb", "are"),
            ("scopist", "scopes"),
            ("roundtable", "round table"),
            ("afterparty", "after party"),
            ("underwater", "under water"),
            ("ileus", "ileum"),
            ("proning", "proving"),
            ("aeroplane", "airplane"),
        ] {
            assert!(!looks_like_slip(w, s), "{w} → {s}");
        }
    }

    /// A later suggestion counts when it is one slip from one of the most written words, in a word of five
    /// letters or more.
    #[test]
    fn one_slip_from_the_commonest_words() {
        use super::one_slip_from_a_very_common_word as f;
        assert!(f("whitch", "which") && f("becasue", "because") && f("abuot", "about"));
        // Too short to tell from a word of another language (`takk`, `shea`), too far, or not common enough.
        assert!(!f("takk", "talk") && !f("shea", "sea") && !f("abotted", "about") && !f("tussel", "tussle"));
        // Four letters, one slip from a function word of five or more.
        assert!(f("wich", "which") && f("thir", "their") && !f("wich", "wish") && !f("thn", "then"));
    }

    /// A slip of a common word is one; an unknown word near a rare word is likelier a word of its own.
    #[test]
    fn only_common_words_are_mistyped() {
        use super::common_enough;
        for (w, s) in [("realy", "really"), ("foward", "forward"), ("reconect", "reconnect"), ("alot", "a lot")] {
            assert!(common_enough(w, s), "{w} → {s}");
        }
        for (w, s) in [("bairro", "barrio"), ("festas", "fiestas"), ("cabane", "cabana")] {
            assert!(!common_enough(w, s), "{w} → {s}");
        }
    }
}
