//! The weighted edit distance that verifies and ranks suggestion candidates, and the cheap lower bounds that
//! spare it: most candidates the index proposes are too far from the misspelling to be kept, and a bound
//! that already exceeds the limit proves it without filling the table.
//!
//! Words are compared letter by letter as `char`s, or as bytes when both words are ASCII (most are): the
//! distance is the same either way, only cheaper to read.

use super::suggest::Params;

/// A letter of a word the distance compares: a byte of an ASCII word, or a `char`.
pub(crate) trait Letter: Copy + Eq {
    fn to_char(self) -> char;
}

impl Letter for u8 {
    #[inline(always)]
    fn to_char(self) -> char {
        char::from(self)
    }
}

impl Letter for char {
    #[inline(always)]
    fn to_char(self) -> char {
        self
    }
}

/// Whether `a` and `b` differ by at most one insertion, deletion, substitution or adjacent transposition.
pub(crate) fn within_one_edit<L: Letter>(a: &[L], b: &[L]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if a.len() == b.len() {
        let rest = |i: usize| a[i..] == b[i..];
        pre == a.len()
            || rest(pre + 1)
            || (pre + 1 < a.len() && a[pre] == b[pre + 1] && a[pre + 1] == b[pre] && rest(pre + 2))
    } else {
        a[pre..] == b[pre + 1..]
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Letters that sound alike and get swapped by people who spell by ear.
fn phonetic(a: char, b: char) -> bool {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    matches!(
        (a, b),
        ('c', 'k')
            | ('c', 's')
            | ('s', 'z')
            | ('c', 'q')
            | ('k', 'q')
            | ('i', 'y')
            | ('e', 'y')
            | ('f', 'v')
            | ('g', 'j')
            | ('m', 'n')
            | ('d', 't')
            | ('b', 'p')
            | ('s', 't')
            | ('c', 'z')
            | ('x', 'z')
    )
}

/// QWERTY neighbours (same row or diagonal).
fn keyboard(a: char, b: char) -> bool {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let pos = |c: char| -> Option<(i32, i32)> {
        if !c.is_ascii_lowercase() {
            return None;
        }
        ROWS.iter().enumerate().find_map(|(r, row)| {
            row.iter().position(|&x| x == c as u8).map(|col| (r as i32, col as i32 * 2 + r as i32))
        })
    };
    match (pos(a), pos(b)) {
        (Some((ra, ca)), Some((rb, cb))) => (ra - rb).abs() <= 1 && (ca - cb).abs() <= 2,
        _ => false,
    }
}

/// How two different letters are confused, as an index into the substitution costs of [`Dp::distance`]:
/// 1 vowel for vowel, 2 phonetic, 3 keyboard neighbours, 4 any other (0 is the same letter).
fn sub_class(a: char, b: char) -> u8 {
    if a == b {
        0
    } else if is_vowel(a) && is_vowel(b) {
        1
    } else if phonetic(a, b) {
        2
    } else if keyboard(a, b) {
        3
    } else {
        4
    }
}

/// [`sub_class`] of every pair of letters a..z, worked out once: the distance's inner loop reads it.
fn sub_classes() -> &'static [[u8; 26]; 26] {
    static T: std::sync::OnceLock<[[u8; 26]; 26]> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let letter = |i: usize| char::from(b'a' + i as u8);
        std::array::from_fn(|a| std::array::from_fn(|b| sub_class(letter(a), letter(b))))
    })
}

/// The smaller of two costs (never NaN): `f32::min` without its NaN handling, in the distance's inner loop.
#[inline(always)]
fn less(a: f32, b: f32) -> f32 {
    if b < a { b } else { a }
}

/// Cost of adding or dropping `w[i]`: cheap when it doubles a neighbour, then for a vowel.
pub(crate) fn indel_cost<L: Letter>(w: &[L], i: usize, p: &Params) -> f32 {
    let c = w[i];
    if (i > 0 && w[i - 1] == c) || (i + 1 < w.len() && w[i + 1] == c) {
        p.double
    } else if is_vowel(c.to_char()) {
        p.indel_vowel
    } else {
        p.edit
    }
}

/// A bound is trusted to prove "over the limit" only by more than this: the distance adds its costs in an order
/// of its own, and `f32` sums in another order may differ in the last bits.
const SLACK: f32 = 1e-3;

/// Least costs per unit of change that lower-bound [`Dp::distance`] (see [`Floors::of`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Floors {
    /// Per letter gained or lost (counted with multiplicity), and per step off the diagonal of the table.
    unit: f32,
    /// Per `p`, `h` or `f` gained or lost: `ph` ↔ `f` changes three letter counts for one phonetic cost.
    phf: f32,
}

impl Floors {
    /// Every step of an alignment changes the letter counts by at most: 1 for an insertion or deletion (cost at
    /// least `double`, `indel_vowel` or `edit`), 2 for a substitution (at least the cheapest substitution class),
    /// 0 for a transposition, 3 for `ph` ↔ `f` (`phonetic`, and only counts of p, h and f). A path also moves off
    /// the diagonal by one per insertion or deletion, and by one for `ph` ↔ `f`. So each unit of change costs at
    /// least `unit`, and a unit among p, h and f at least `phf`.
    pub(crate) fn of(p: &Params) -> Floors {
        let sub = p.vowel.min(p.phonetic).min(p.keyboard).min(p.edit);
        let unit = p.double.min(p.indel_vowel).min(p.edit).min(sub / 2.0).min(p.phonetic).max(0.0);
        Floors { unit, phf: unit.min(p.phonetic / 3.0).max(0.0) }
    }
}

/// Letter counts of a word (a..z, then one count for every other character), for [`LetterCounts::bound`].
#[derive(Clone, Copy)]
pub(crate) struct LetterCounts([i16; 27]);

fn slot(c: char) -> usize {
    if c.is_ascii_lowercase() { c as usize - 'a' as usize } else { 26 }
}

impl LetterCounts {
    pub(crate) fn of<L: Letter>(w: &[L]) -> LetterCounts {
        let mut n = [0i16; 27];
        for &c in w {
            n[slot(c.to_char())] += 1;
        }
        LetterCounts(n)
    }

    /// A lower bound on [`Dp::distance`] from this word to `d`: the letters gained and lost, priced at
    /// [`Floors`], and never less than the length difference priced so.
    pub(crate) fn bound<L: Letter>(&self, d: &[L], f: Floors) -> f32 {
        let mut n = self.0;
        for &c in d {
            n[slot(c.to_char())] -= 1;
        }
        const P: usize = (b'p' - b'a') as usize;
        const H: usize = (b'h' - b'a') as usize;
        const F: usize = (b'f' - b'a') as usize;
        let phf = n[P].unsigned_abs() + n[H].unsigned_abs() + n[F].unsigned_abs();
        let all: u16 = n.iter().map(|x| x.unsigned_abs()).sum();
        f.unit * (all - phf) as f32 + f.phf * phf as f32
    }
}

/// Reusable buffers for the weighted distance.
#[derive(Default)]
pub(crate) struct Dp {
    /// The rows of the table in use: two rows up (transpositions, `ph`), the row above, this row.
    prev2: Vec<f32>,
    prev: Vec<f32>,
    cur: Vec<f32>,
    ins: Vec<f32>,
}

impl Dp {
    /// Weighted optimal-string-alignment distance from the misspelling `w` to the candidate `d`, or `None` when it
    /// exceeds `limit`. `w_del[i]` is [`indel_cost`]`(w, i)`, the cost of dropping `w[i]` (worked out once per
    /// misspelling). Gives up as soon as every cell of a row is over the limit (the rule the ranking was tuned
    /// with), or every cell of two rows in a row, each plus the least cost of getting back to the diagonal that
    /// ends the table, is: no alignment passes neither row (a transposition or `ph` ↔ `f` steps over one row,
    /// never two), so then the result is over the limit too.
    pub(crate) fn distance<L: Letter>(
        &mut self,
        w: &[L],
        w_del: &[f32],
        d: &[L],
        p: &Params,
        floors: Floors,
        limit: f32,
    ) -> Option<f32> {
        let (n, m) = (w.len(), d.len());
        let cols = m + 1;
        // Cost of adding d[j] (the misspelling lacks it).
        self.ins.clear();
        self.ins.extend((0..m).map(|j| indel_cost(d, j, p)));
        let ins = &self.ins[..m];
        let costs = [0.0, p.vowel, p.phonetic, p.keyboard, p.edit];
        let classes = sub_classes();
        let give_up = limit + SLACK;
        let Dp { prev2, prev, cur, .. } = self;
        for row in [&mut *prev2, &mut *prev, &mut *cur] {
            row.clear();
            row.resize(cols, 0.0);
        }
        for j in 1..=m {
            prev[j] = prev[j - 1] + ins[j - 1];
        }
        let mut reach_above = f32::INFINITY;
        for i in 1..=n {
            let (row, above, above2) = (&mut cur[..cols], &prev[..cols], &prev2[..cols]);
            let (a, del_a) = (w[i - 1].to_char(), w_del[i - 1]);
            let a_before = if i > 1 { Some(w[i - 2].to_char()) } else { None };
            // The substitution costs of `a`, by the other letter when that is a..z.
            let a_classes = a.is_ascii_lowercase().then(|| &classes[a as usize - 'a' as usize]);
            row[0] = above[0] + del_a;
            let mut row_min = row[0];
            // Cell (i, j) is `left - j` steps off the diagonal through (n, m), each costing at least `unit`.
            let left = (n - i) as isize - m as isize;
            let mut reach_min = row[0] + floors.unit * left.unsigned_abs() as f32;
            for j in 1..=m {
                let b = d[j - 1].to_char();
                let sub = match a_classes {
                    Some(by) if b.is_ascii_lowercase() => costs[by[b as usize - 'a' as usize] as usize],
                    _ => costs[sub_class(a, b) as usize],
                };
                let mut v = above[j - 1] + sub;
                v = less(v, above[j] + del_a);
                v = less(v, row[j - 1] + ins[j - 1]);
                if let Some(a_before) = a_before {
                    if j > 1 && a == d[j - 2].to_char() && a_before == b && a != b {
                        v = less(v, above2[j - 2] + p.transpose);
                    }
                    // ph <-> f
                    if b == 'f' && a_before == 'p' && a == 'h' {
                        v = less(v, above2[j - 1] + p.phonetic);
                    }
                }
                if j > 1 && a == 'f' && d[j - 2].to_char() == 'p' && b == 'h' {
                    v = less(v, above[j - 2] + p.phonetic);
                }
                row[j] = v;
                row_min = less(row_min, v);
                reach_min = less(reach_min, v + floors.unit * (left + j as isize).unsigned_abs() as f32);
            }
            if row_min > limit || less(reach_min, reach_above) > give_up {
                return None;
            }
            reach_above = reach_min;
            std::mem::swap(prev2, prev);
            std::mem::swap(prev, cur);
        }
        let v = prev[m];
        (v <= limit).then_some(v)
    }

    /// [`Dp::distance`] for a candidate whose [`LetterCounts::bound`] is already known to be within reach: `None`
    /// without filling the table when the bound exceeds `limit`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn bounded<L: Letter>(
        &mut self,
        w: &[L],
        w_del: &[f32],
        w_counts: &LetterCounts,
        d: &[L],
        p: &Params,
        floors: Floors,
        limit: f32,
    ) -> Option<f32> {
        if w_counts.bound(d, floors) > limit + SLACK {
            return None;
        }
        self.distance(w, w_del, d, p, floors, limit)
    }
}

/// The costs of dropping each letter of `w` ([`indel_cost`]), for [`Dp::distance`].
pub(crate) fn del_costs<L: Letter>(w: &[L], p: &Params) -> Vec<f32> {
    (0..w.len()).map(|i| indel_cost(w, i, p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The distance with nothing but the row minimum to stop it early, as the ranking was tuned: the reference
    /// the bounds are checked against (with no limit, the distance itself).
    fn plain(w: &str, d: &str, p: &Params, limit: f32) -> Option<f32> {
        let (w, d) = (chars(w), chars(d));
        let none = Floors { unit: 0.0, phf: 0.0 };
        Dp::default().distance(&w, &del_costs(&w, p), &d, p, none, limit)
    }

    #[test]
    fn weighted_distance() {
        let p = Params::default();
        let f = Floors::of(&p);
        let mut dp = Dp::default();
        let mut d = |a: &str, b: &str| {
            let (a, b) = (chars(a), chars(b));
            dp.distance(&a, &del_costs(&a, &p), &b, &p, f, p.max_dist)
        };
        assert_eq!(d("occured", "occurred"), Some(p.double));
        assert_eq!(d("recieve", "receive"), Some(p.transpose));
        assert_eq!(d("fone", "phone"), Some(p.phonetic));
        assert_eq!(d("phone", "fone"), Some(p.phonetic));
        assert_eq!(d("abc", "xyzuvw"), None);
    }

    #[test]
    fn one_edit_test() {
        let one = |a: &str, b: &str| within_one_edit(&chars(a), &chars(b));
        assert!(one("setyp", "setup") && one("atll", "all") && one("fi", "if") && one("abc", "abc"));
        assert!(!one("setyp", "step") && !one("atll", "at") && !one("spatio", "spat"));
        assert!(one("recieve", "receive") && !one("ab", "ba c"));
        assert!(within_one_edit(b"recieve", b"receive") && !within_one_edit(b"setyp", b"step"));
    }

    /// Every pair of words up to three letters over an alphabet that has doubled letters, vowels, phonetic and
    /// keyboard pairs, `ph`/`f` and a non-ASCII letter, and the four-letter words against a stride of them: the
    /// letter-count bound never exceeds the distance, and the distance with its early exits (as bytes or chars)
    /// is the plain table's, bit for bit (`None` where that is).
    #[test]
    fn bounds_never_exceed_the_distance() {
        let p = Params::default();
        let f = Floors::of(&p);
        assert!(f.unit > 0.3 && f.phf > 0.2, "{f:?}");
        let alphabet = ['a', 'e', 'p', 'h', 'f', 's', 'z', 'é'];
        let mut words = vec![String::new()];
        let mut all = Vec::new();
        for _ in 0..4 {
            words = words.iter().flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}"))).collect();
            all.extend(words.iter().cloned());
        }
        let short = all.iter().filter(|w| w.chars().count() <= 3).count();
        let mut dp = Dp::default();
        let mut checked = 0;
        for (k, w) in all.iter().enumerate() {
            let wc = chars(w);
            let (w_del, counts) = (del_costs(&wc, &p), LetterCounts::of(&wc));
            let others = if k < short { &all[..short] } else { &all[k % 31..] };
            for d in others.iter().step_by(if k < short { 1 } else { 31 }) {
                let dc = chars(d);
                let exact = plain(w, d, &p, f32::INFINITY).unwrap();
                let bound = counts.bound(&dc, f);
                assert!(bound <= exact + 1e-4, "{w} -> {d}: bound {bound} > distance {exact}");
                for limit in [0.5, 1.7, p.max_dist] {
                    let got = dp.bounded(&wc, &w_del, &counts, &dc, &p, f, limit);
                    let want = plain(w, d, &p, limit);
                    assert_eq!(got.map(f32::to_bits), want.map(f32::to_bits), "{w} -> {d} within {limit}");
                    if w.is_ascii() && d.is_ascii() {
                        let bytes = dp.bounded(w.as_bytes(), &w_del, &counts, d.as_bytes(), &p, f, limit);
                        assert_eq!(bytes.map(f32::to_bits), want.map(f32::to_bits), "{w} -> {d} as bytes");
                    }
                }
                checked += 1;
            }
        }
        assert!(checked > 400_000, "{checked}");
    }

    /// Longer words, where the early exits matter: the same agreement with the plain table.
    #[test]
    fn early_exits_keep_the_distance() {
        let p = Params::default();
        let f = Floors::of(&p);
        let words = [
            "management",
            "managment",
            "manager",
            "menagerie",
            "philosophy",
            "filosofy",
            "occurred",
            "ocurred",
            "accommodate",
            "acommodate",
            "receive",
            "recieve",
            "experience",
            "experiance",
            "definitely",
            "definately",
            "leadership",
            "leadershp",
            "phone",
            "fone",
            "strategy",
            "stratgey",
            "kubernetes",
            "developer",
            "devloper",
            "javascript",
            "javscript",
            "résumé",
            "resume",
            "a",
            "ab",
            "xyzzy",
        ];
        let mut dp = Dp::default();
        for w in words {
            let wc = chars(w);
            let (w_del, counts) = (del_costs(&wc, &p), LetterCounts::of(&wc));
            for d in words {
                let dc = chars(d);
                let exact = plain(w, d, &p, f32::INFINITY).unwrap();
                assert!(counts.bound(&dc, f) <= exact + 1e-4, "{w} -> {d}");
                for limit in [0.4, 0.8, 1.2, 2.0, 3.0, p.max_dist] {
                    let got = dp.bounded(&wc, &w_del, &counts, &dc, &p, f, limit);
                    assert_eq!(got.map(f32::to_bits), plain(w, d, &p, limit).map(f32::to_bits), "{w} -> {d}");
                }
            }
        }
    }
}
