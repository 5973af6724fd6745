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

/// The [`slot`]s of the vowels ([`is_vowel`]), as bits.
const VOWEL_SLOTS: u32 = {
    let mut bits = 0;
    let vowels = b"aeiouy";
    let mut k = 0;
    while k < vowels.len() {
        bits |= 1 << (vowels[k] - b'a');
        k += 1;
    }
    bits
};

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
pub(crate) fn sub_class(a: char, b: char) -> u8 {
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

/// Which cost adding or dropping `w[i]` has: 0 when it doubles a neighbour (`double`), 1 for a vowel
/// (`indel_vowel`), 2 for any other letter (`edit`).
fn indel_class<L: Letter>(w: &[L], i: usize) -> usize {
    let c = w[i];
    if (i > 0 && w[i - 1] == c) || (i + 1 < w.len() && w[i + 1] == c) {
        0
    } else if is_vowel(c.to_char()) {
        1
    } else {
        2
    }
}

/// Cost of adding or dropping `w[i]`: cheap when it doubles a neighbour, then for a vowel.
pub(crate) fn indel_cost<L: Letter>(w: &[L], i: usize, p: &Params) -> f32 {
    match indel_class(w, i) {
        0 => p.double,
        1 => p.indel_vowel,
        _ => p.edit,
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
    /// The least cost of one unit edit in each kind of step ([`EDIT_KINDS`]), cheapest first, and which kind
    /// each is: what [`Misspelling::edit_bound`] prices the unit edits with.
    edit_costs: [(f32, u8); EDIT_KINDS],
}

/// The kinds of step [`Misspelling::edit_bound`] tells apart, each with a least cost per unit edit: adding or
/// dropping a letter of each [`indel_class`] (0, 1, 2), a transposition (3), `ph` ↔ `f` (4, two unit edits
/// for one phonetic cost), any substitution (5).
const EDIT_KINDS: usize = 6;

impl Floors {
    /// Every step of an alignment changes the letter counts by at most: 1 for an insertion or deletion (cost at
    /// least `double`, `indel_vowel` or `edit`), 2 for a substitution (at least the cheapest substitution class),
    /// 0 for a transposition, 3 for `ph` ↔ `f` (`phonetic`, and only counts of p, h and f). A path also moves off
    /// the diagonal by one per insertion or deletion, and by one for `ph` ↔ `f`. So each unit of change costs at
    /// least `unit`, and a unit among p, h and f at least `phf`.
    pub(crate) fn of(p: &Params) -> Floors {
        let sub = p.vowel.min(p.phonetic).min(p.keyboard).min(p.edit);
        let unit = p.double.min(p.indel_vowel).min(p.edit).min(sub / 2.0).min(p.phonetic).max(0.0);
        let costs = [p.double, p.indel_vowel, p.edit, p.transpose, p.phonetic / 2.0, sub];
        let mut edit_costs: [(f32, u8); EDIT_KINDS] = std::array::from_fn(|k| (costs[k].max(0.0), k as u8));
        edit_costs.sort_by(|a, b| a.0.total_cmp(&b.0));
        Floors { unit, phf: unit.min(p.phonetic / 3.0).max(0.0), edit_costs }
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

/// The misspelling's side of the distance, worked out once per misspelling: the cost of dropping each of its
/// letters, the cost of replacing each by any other letter, and its letter counts.
pub(crate) struct Misspelling {
    /// [`indel_cost`] of each letter.
    del: Vec<f32>,
    /// For each letter, the cost of replacing it by a different letter, by that letter's [`slot`] (a..z, then
    /// 26 for any other character; 32 entries, so that a slot masked to five bits is always in bounds). The same
    /// letter costs nothing, whatever its slot says; for a letter a..z, the entry of its own slot is that 0.
    subs: Vec<[f32; 32]>,
    counts: LetterCounts,
    /// For [`Misspelling::edit_bound`]: the word's length; for each [`slot`], the positions of its letters in
    /// that slot as bits (empty when the word is longer than 64 letters); how many of its letters fall in each
    /// [`indel_class`]; how many times it has `ph`, and `f`.
    len: usize,
    peq: [u64; 32],
    del_classes: [u32; 3],
    ph: u32,
    f: u32,
}

impl Misspelling {
    pub(crate) fn of<L: Letter>(w: &[L], p: &Params) -> Misspelling {
        let costs = [0.0, p.vowel, p.phonetic, p.keyboard, p.edit];
        let classes = sub_classes();
        let subs = w
            .iter()
            .map(|&a| match slot(a.to_char()) {
                26 => [p.edit; 32],
                s => std::array::from_fn(|b| if b >= 26 { p.edit } else { costs[classes[s][b] as usize] }),
            })
            .collect();
        let mut peq = [0u64; 32];
        if w.len() <= 64 {
            for (i, c) in w.iter().enumerate() {
                peq[slot(c.to_char())] |= 1 << i;
            }
        }
        let mut del_classes = [0u32; 3];
        for i in 0..w.len() {
            del_classes[indel_class(w, i)] += 1;
        }
        let text: Vec<char> = w.iter().map(|c| c.to_char()).collect();
        Misspelling {
            del: (0..w.len()).map(|i| indel_cost(w, i, p)).collect(),
            subs,
            counts: LetterCounts::of(w),
            len: w.len(),
            peq,
            del_classes,
            ph: text.windows(2).filter(|x| x == &['p', 'h']).count() as u32,
            f: text.iter().filter(|&&c| c == 'f').count() as u32,
        }
    }

    /// A lower bound on [`Dp::distance`] from this word to `d`, from the unit edit distance between them: the
    /// fewest insertions, deletions, substitutions and adjacent transpositions that turn one into the other
    /// (optimal string alignment, as the weighted table; bit-parallel, Hyyrö 2003), each priced at the least
    /// cost it can have.
    ///
    /// Every path through the weighted table is a path through the unit one with as many unit edits, a
    /// `ph` ↔ `f` step counting two (a substitution and an insertion or deletion), so it takes at least
    /// `k` unit edits, `k` the unit distance. Its steps are of the kinds of [`EDIT_KINDS`], each at least the
    /// kind's cost per unit edit, and most kinds are scarce: each deletion drops its own letter of this word
    /// (a letter that doubles a neighbour, a vowel or another letter, each at its [`indel_cost`]), each
    /// insertion adds its own letter of `d`, each transposition ends at its own position `i` of this word where
    /// `w[i - 1] w[i]` faces the same two letters swapped in `d` (and different), each `ph` ↔ `f` uses its own
    /// `ph` of one word and `f` of the other. So the path
    /// costs at least the `k` cheapest unit edits these supplies allow. (Letters outside a..z share one slot:
    /// two of them count as equal, which can only make the unit distance smaller.) 0 for a word longer than
    /// 64 letters.
    pub(crate) fn edit_bound<L: Letter>(&self, d: &[L], f: &Floors) -> f32 {
        let n = self.len;
        if n == 0 || n > 64 {
            return 0.0;
        }
        let last = 1u64 << (n - 1);
        let (mut vp, mut vn, mut d0, mut pm_before) = (!0u64, 0u64, 0u64, 0u64);
        let mut k = n as u32;
        // Of `d`'s letters: vowels, letters that double a neighbour, vowels among those; the positions of
        // this word where a transposition can end (w[i - 1] w[i] is some d[j] d[j - 1], with d[j] != d[j - 1]).
        let (mut vowels, mut doubled, mut doubled_vowels, mut swaps) = (0u32, 0u32, 0u32, 0u64);
        let mut before: Option<L> = None;
        let mut run = false;
        for &c in d {
            let s = slot(c.to_char());
            let pm = self.peq[s];
            let vowel = (VOWEL_SLOTS >> s) & 1;
            vowels += vowel;
            if before == Some(c) {
                // The second letter of a run counts its first too.
                let more = if run { 1 } else { 2 };
                (doubled, doubled_vowels, run) = (doubled + more, doubled_vowels + more * vowel, true);
            } else {
                run = false;
                if before.is_some() {
                    swaps |= (pm << 1) & pm_before;
                }
            }
            before = Some(c);
            let tr = ((!d0 & pm) << 1) & pm_before;
            d0 = (((pm & vp).wrapping_add(vp)) ^ vp) | pm | vn | tr;
            let hp = vn | !(d0 | vp);
            let hn = d0 & vp;
            k += u32::from(hp & last != 0);
            k -= u32::from(hn & last != 0);
            let hp = (hp << 1) | 1;
            vp = (hn << 1) | !(d0 | hp);
            vn = hp & d0;
            pm_before = pm;
        }
        let single_vowels = vowels - doubled_vowels;
        let mut supply =
            [doubled, single_vowels, d.len() as u32 - doubled - single_vowels, swaps.count_ones(), 0, u32::MAX];
        for (s, w) in supply.iter_mut().zip(self.del_classes) {
            *s += w;
        }
        if self.ph > 0 || self.f > 0 {
            let fs = d.iter().filter(|c| c.to_char() == 'f').count() as u32;
            let phs = d.windows(2).filter(|x| x[0].to_char() == 'p' && x[1].to_char() == 'h').count() as u32;
            supply[4] = 2 * (self.ph.min(fs) + self.f.min(phs));
        }
        let mut bound = 0.0;
        for &(cost, kind) in &f.edit_costs {
            let take = k.min(supply[usize::from(kind)]);
            bound += cost * take as f32;
            k -= take;
            if k == 0 {
                break;
            }
        }
        bound
    }
}

/// Reusable buffers for the weighted distance.
#[derive(Default)]
pub(crate) struct Dp {
    /// The rows of the table in use: two rows up (transpositions, `ph`), the row above, this row.
    prev2: Vec<f32>,
    prev: Vec<f32>,
    cur: Vec<f32>,
    /// The candidate's side: the cost of adding each of its letters, and each letter's [`slot`].
    ins: Vec<f32>,
    slots: Vec<u8>,
    /// The candidate's pairs of neighbouring letters: bit `slot(y)` of `pairs[slot(x)]` when `x y` is in it
    /// (what a row needs to know whether a transposition can end in it).
    pairs: [u32; 32],
    /// `steps[k]` = `floors.unit` times `|k - center|` (see `distance`), for `k` in `0..=2 * center`.
    steps: Vec<f32>,
    center: usize,
    unit: f32,
}

impl Dp {
    /// Weighted optimal-string-alignment distance from the misspelling `w` (described by `q`, see
    /// [`Misspelling::of`]) to the candidate `d`, or `None` when it exceeds `limit`. Gives up as soon as every
    /// cell of a row is over the limit (the rule the ranking was tuned with), or every cell of two rows in a
    /// row, each plus the least cost of getting back to the diagonal that ends the table, is: no alignment
    /// passes neither row (a transposition or `ph` ↔ `f` steps over one row, never two), so then the result is
    /// over the limit too.
    ///
    /// The costs a cell adds and the order it adds them in are those of the plain table (the tests keep one),
    /// so every distance is the same to the last bit; the work per cell is kept small, as most of a
    /// suggestion's time is spent here: the substitution cost is read from the misspelling's row of costs by
    /// the candidate letter's slot, and the `ph` ↔ `f` steps are only looked for in the rows that can take them.
    pub(crate) fn distance<L: Letter>(
        &mut self,
        w: &[L],
        q: &Misspelling,
        d: &[L],
        p: &Params,
        floors: Floors,
        limit: f32,
    ) -> Option<f32> {
        let (n, m) = (w.len(), d.len());
        let cols = m + 1;
        if self.center < n.max(m) || self.unit.to_bits() != floors.unit.to_bits() || self.steps.is_empty() {
            let center = n.max(m).max(32);
            self.steps = (0..=2 * center).map(|k| floors.unit * k.abs_diff(center) as f32).collect();
            (self.center, self.unit) = (center, floors.unit);
        }
        let Dp { prev2, prev, cur, ins, slots, pairs, steps, center, .. } = self;
        // Cost of adding d[j] (the misspelling lacks it), and its slot; the pairs of neighbouring slots.
        ins.clear();
        ins.extend((0..m).map(|j| indel_cost(d, j, p)));
        slots.clear();
        slots.extend(d.iter().map(|c| slot(c.to_char()) as u8));
        *pairs = [0; 32];
        for x in slots.windows(2) {
            pairs[usize::from(x[0]) & 31] |= 1 << x[1];
        }
        // Cell (i, j) lies |n - i + j - m| diagonals off the one through (n, m), each step back to it costing
        // at least `unit`: off[n - i + j] is that least cost.
        let off = &steps[*center - m..];
        let (ins, slots) = (&ins[..m], &slots[..m]);
        let give_up = limit + SLACK;
        // Every cell is written before it is read (row 0 here, each row's cells as it is filled; the row two up
        // is read from row 2 on), so the rows are only lengthened, never cleared.
        for row in [&mut *prev2, &mut *prev, &mut *cur] {
            if row.len() < cols {
                row.resize(cols, 0.0);
            }
        }
        prev[0] = 0.0;
        for j in 1..cols {
            prev[j] = prev[j - 1] + ins[j - 1];
        }
        // Row 0 is a row too: a transposition (or `f` ↔ `ph`) from it lands in row 2 without passing row 1.
        let mut reach_above = (0..cols).map(|j| prev[j] + off[n + j]).fold(f32::INFINITY, less);
        for i in 1..n + 1 {
            let (row, above, above2) = (&mut cur[..cols], &prev[..cols], &prev2[..cols]);
            let (a, del_a, subs) = (w[i - 1], q.del[i - 1], &q.subs[i - 1]);
            // The letter before `a`; in the first row `a` itself, which no transposition can match (it would
            // need `a == b` and `a != b`).
            let a_before = if i > 1 { w[i - 2] } else { a };
            row[0] = above[0] + del_a;
            let mut row_min = row[0];
            let mut reach_min = row[0] + off[n - i];
            let off = &off[n - i + 1..n - i + 1 + m];
            // `ph` in the misspelling against `f`, or `f` against `ph`: only in rows whose letters allow it.
            let ph = i > 1 && a_before.to_char() == 'p' && a.to_char() == 'h';
            let f = a.to_char() == 'f';
            let mut left = row[0];
            // The candidate letter before `b`; at the first column `b` itself, which matches no step that
            // needs two letters of the candidate (a transposition would need `a == b` and `a != b`, `f` ↔ `ph`
            // a `p` that is an `h`).
            let mut b_before = d.first().copied().unwrap_or(a);
            // A transposition ends in this row only where `a` follows a different letter, and `a` then that
            // letter stand side by side in the candidate (as far as their slots tell).
            let a_slot = slot(a.to_char());
            let swap = a_before != a && pairs[a_slot] >> slot(a_before.to_char()) & 1 != 0;
            // Cell (i, j) for j = 1..=m, zipped with what it reads (no index to check but the rare steps'). The
            // loop is written once and compiled twice: with the `ph` ↔ `f` steps, for the rows whose letters allow
            // them, and without them for the rows that may end a transposition or have a letter outside a..z.
            // Most rows need neither, nor the test for the same letter: a letter a..z is the only one in its
            // slot, whose substitution cost is 0 (see `Misspelling::of`). They take the loop below.
            macro_rules! fill_row {
                ($phf:literal) => {
                    let cells = row[1..].iter_mut().zip(above.windows(2)).zip(d).zip(slots).zip(ins).zip(off);
                    for (k, (((((cell, diag_up), &b), &slot), &ins_b), &off_j)) in cells.enumerate() {
                        let sub = if a == b { 0.0 } else { subs[usize::from(slot) & 31] };
                        let mut v = diag_up[0] + sub;
                        v = less(v, diag_up[1] + del_a);
                        v = less(v, left + ins_b);
                        if swap && a == b_before && a_before == b {
                            v = less(v, above2[k - 1] + p.transpose);
                        }
                        if $phf && ph && b.to_char() == 'f' {
                            v = less(v, above2[k] + p.phonetic);
                        }
                        if $phf && f && b_before.to_char() == 'p' && b.to_char() == 'h' {
                            v = less(v, above[k - 1] + p.phonetic);
                        }
                        *cell = v;
                        left = v;
                        b_before = b;
                        row_min = less(row_min, v);
                        reach_min = less(reach_min, v + off_j);
                    }
                };
            }
            if ph || f {
                fill_row!(true);
            } else if swap || a_slot == 26 {
                fill_row!(false);
            } else {
                let cells = row[1..].iter_mut().zip(above.windows(2)).zip(slots).zip(ins).zip(off);
                for ((((cell, diag_up), &slot), &ins_b), &off_j) in cells {
                    let mut v = diag_up[0] + subs[usize::from(slot) & 31];
                    v = less(v, diag_up[1] + del_a);
                    v = less(v, left + ins_b);
                    *cell = v;
                    left = v;
                    row_min = less(row_min, v);
                    reach_min = less(reach_min, v + off_j);
                }
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

    /// [`Dp::distance`], first trying the misspelling's letter-count bound ([`LetterCounts::bound`]): `None`
    /// without filling the table when the bound exceeds `limit`.
    pub(crate) fn bounded<L: Letter>(
        &mut self,
        w: &[L],
        q: &Misspelling,
        d: &[L],
        p: &Params,
        floors: Floors,
        limit: f32,
    ) -> Option<f32> {
        if q.counts.bound(d, floors) > limit + SLACK || q.edit_bound(d, &floors) > limit + SLACK {
            return None;
        }
        self.distance(w, q, d, p, floors, limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The plain table, written as simply as it reads, with nothing but the row minimum to stop it early, as
    /// the ranking was tuned: the reference the bounds and [`Dp::distance`] are checked against, to the bit
    /// (with no limit, the distance itself).
    fn plain(w: &str, d: &str, p: &Params, limit: f32) -> Option<f32> {
        let (w, d) = (chars(w), chars(d));
        let (n, m) = (w.len(), d.len());
        let mut t = vec![vec![0.0f32; m + 1]; n + 1];
        for j in 1..=m {
            t[0][j] = t[0][j - 1] + indel_cost(&d, j - 1, p);
        }
        let costs = [0.0, p.vowel, p.phonetic, p.keyboard, p.edit];
        for i in 1..=n {
            let a = w[i - 1];
            t[i][0] = t[i - 1][0] + indel_cost(&w, i - 1, p);
            for j in 1..=m {
                let b = d[j - 1];
                let mut v = t[i - 1][j - 1] + costs[sub_class(a, b) as usize];
                v = less(v, t[i - 1][j] + indel_cost(&w, i - 1, p));
                v = less(v, t[i][j - 1] + indel_cost(&d, j - 1, p));
                if i > 1 && j > 1 && a == d[j - 2] && w[i - 2] == b && a != b {
                    v = less(v, t[i - 2][j - 2] + p.transpose);
                }
                if i > 1 && b == 'f' && w[i - 2] == 'p' && a == 'h' {
                    v = less(v, t[i - 2][j - 1] + p.phonetic);
                }
                if j > 1 && a == 'f' && d[j - 2] == 'p' && b == 'h' {
                    v = less(v, t[i - 1][j - 2] + p.phonetic);
                }
                t[i][j] = v;
            }
            if t[i].iter().all(|&v| v > limit) {
                return None;
            }
        }
        Some(t[n][m]).filter(|&v| v <= limit)
    }

    /// [`Misspelling::edit_bound`] written as plainly as its doc reads: the unit optimal-string-alignment
    /// table, the supplies counted one by one, the cheapest `k` unit edits they allow.
    fn plain_edit_bound(w: &str, d: &str, p: &Params) -> f32 {
        let (w, d) = (chars(w), chars(d));
        let (n, m) = (w.len(), d.len());
        let mut t = vec![vec![0u32; m + 1]; n + 1];
        for (i, row) in t.iter_mut().enumerate() {
            row[0] = i as u32;
        }
        t[0] = (0..=m as u32).collect();
        for i in 1..=n {
            for j in 1..=m {
                let mut v =
                    (t[i - 1][j - 1] + u32::from(w[i - 1] != d[j - 1])).min(t[i - 1][j] + 1).min(t[i][j - 1] + 1);
                if i > 1 && j > 1 && w[i - 1] == d[j - 2] && w[i - 2] == d[j - 1] && w[i - 1] != d[j - 1] {
                    v = v.min(t[i - 2][j - 2] + 1);
                }
                t[i][j] = v;
            }
        }
        let mut k = t[n][m];
        let mut supply = [0u32; EDIT_KINDS];
        for i in 0..n {
            supply[indel_class(&w, i)] += 1;
        }
        for j in 0..m {
            supply[indel_class(&d, j)] += 1;
        }
        supply[3] =
            (1..n).filter(|&i| (1..m).any(|j| w[i - 1] == d[j] && w[i] == d[j - 1] && d[j] != d[j - 1])).count() as u32;
        let count = |x: &[char], s: &[char]| x.windows(s.len()).filter(|y| *y == s).count() as u32;
        supply[4] = 2 * (count(&w, &['p', 'h']).min(count(&d, &['f'])) + count(&w, &['f']).min(count(&d, &['p', 'h'])));
        supply[5] = u32::MAX;
        let mut bound = 0.0;
        for (cost, kind) in Floors::of(p).edit_costs {
            let take = k.min(supply[usize::from(kind)]);
            bound += cost * take as f32;
            k -= take;
        }
        bound
    }

    #[test]
    fn weighted_distance() {
        let p = Params::default();
        let f = Floors::of(&p);
        let mut dp = Dp::default();
        let mut d = |a: &str, b: &str| {
            let (a, b) = (chars(a), chars(b));
            dp.distance(&a, &Misspelling::of(&a, &p), &b, &p, f, p.max_dist)
        };
        assert_eq!(d("occured", "occurred"), Some(p.double));
        assert_eq!(d("recieve", "receive"), Some(p.transpose));
        assert_eq!(d("fone", "phone"), Some(p.phonetic));
        assert_eq!(d("phone", "fone"), Some(p.phonetic));
        assert_eq!(d("abc", "xyzuvw"), None);
        // A transposition of the first two letters starts from row 0: the early exit after row 1 must count
        // that row's reach (it once gave up here).
        let (a, b) = (chars("sa"), chars("as"));
        let got = dp.distance(&a, &Misspelling::of(&a, &p), &b, &p, f, 0.9656);
        assert_eq!(got.map(f32::to_bits), plain("sa", "as", &p, 0.9656).map(f32::to_bits));
        assert_eq!(got, Some(p.transpose));
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
            let q = Misspelling::of(&wc, &p);
            let others = if k < short { &all[..short] } else { &all[k % 31..] };
            for d in others.iter().step_by(if k < short { 1 } else { 31 }) {
                let dc = chars(d);
                let exact = plain(w, d, &p, f32::INFINITY).unwrap();
                let bound = q.counts.bound(&dc, f);
                assert!(bound <= exact + 1e-4, "{w} -> {d}: bound {bound} > distance {exact}");
                let edits = q.edit_bound(&dc, &f);
                assert!(edits <= exact + 1e-4, "{w} -> {d}: edit bound {edits} > distance {exact}");
                let plain_edits = plain_edit_bound(w, d, &p);
                assert!((edits - plain_edits).abs() < 1e-4, "{w} -> {d}: edit bound {edits}, plainly {plain_edits}");
                if w.is_ascii() && d.is_ascii() {
                    assert_eq!(edits.to_bits(), q.edit_bound(d.as_bytes(), &f).to_bits(), "{w} -> {d} as bytes");
                }
                for limit in [0.5, 1.7, p.max_dist] {
                    let got = dp.bounded(&wc, &q, &dc, &p, f, limit);
                    let want = plain(w, d, &p, limit);
                    assert_eq!(got.map(f32::to_bits), want.map(f32::to_bits), "{w} -> {d} within {limit}");
                    if w.is_ascii() && d.is_ascii() {
                        let bytes = dp.bounded(w.as_bytes(), &q, d.as_bytes(), &p, f, limit);
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
            let q = Misspelling::of(&wc, &p);
            for d in words {
                let dc = chars(d);
                let exact = plain(w, d, &p, f32::INFINITY).unwrap();
                assert!(q.counts.bound(&dc, f) <= exact + 1e-4, "{w} -> {d}");
                let edits = q.edit_bound(&dc, &f);
                assert!(edits <= exact + 1e-4, "{w} -> {d}: edit bound {edits} > {exact}");
                assert!((edits - plain_edit_bound(w, d, &p)).abs() < 1e-4, "{w} -> {d}");
                for limit in [0.4, 0.8, 1.2, 2.0, 3.0, p.max_dist] {
                    let got = dp.bounded(&wc, &q, &dc, &p, f, limit);
                    assert_eq!(got.map(f32::to_bits), plain(w, d, &p, limit).map(f32::to_bits), "{w} -> {d}");
                }
            }
        }
    }

    /// The unit edit bound is not idle: it sees edits the letter counts cannot (letters that move), prices them
    /// above the least unit cost, and spares the table for candidates that are far.
    #[test]
    fn edit_bound_sees_what_letter_counts_miss() {
        let p = Params::default();
        let f = Floors::of(&p);
        let bound = |w: &str, d: &str| Misspelling::of(&chars(w), &p).edit_bound(&chars(d), &f);
        // An anagram: no letter gained or lost, yet far.
        let (w, d) = ("stressed", "desserts");
        assert_eq!(Misspelling::of(&chars(w), &p).counts.bound(&chars(d), f), 0.0);
        let exact = plain(w, d, &p, f32::INFINITY).unwrap();
        assert!(bound(w, d) > 2.0 && bound(w, d) <= exact, "{} vs {exact}", bound(w, d));
        // One transposition, nothing cheaper: the bound is the distance.
        assert_eq!(bound("recieve", "receive"), p.transpose);
        // Two consonants dropped (2.0), which the bound cannot tell from the two vowels it might have dropped.
        assert_eq!(bound("strength", "stregh"), 2.0 * p.indel_vowel);
        assert_eq!(plain("strength", "stregh", &p, f32::INFINITY), Some(2.0 * p.edit));
        assert_eq!(bound("", "abc"), 0.0);
        assert_eq!(bound(&"a".repeat(65), "b"), 0.0);
        let mut dp = Dp::default();
        let (w, d) = (chars("kubernetes"), chars("javascript"));
        assert_eq!(dp.bounded(&w, &Misspelling::of(&w, &p), &d, &p, f, p.max_dist), None);
    }

    proptest::proptest! {
        /// Random words over a small alphabet with vowels, doubles, phonetic and keyboard pairs, `ph`/`f` and
        /// letters outside a..z, against the same word after a few random edits (swaps of neighbours,
        /// insertions, deletions, replacements), as misspellings are: the bounds never exceed the distance, and
        /// the bounded distance is the plain table's to the bit.
        #[test]
        fn bounds_hold_on_random_words(
            w in "[aeiyphfsztk'é]{0,12}",
            edits in proptest::collection::vec((0u8..4, 0usize..16, "[aeiyphfsztk'é]"), 0..5),
            limit in 0.0f32..5.0,
        ) {
            let p = Params::default();
            let f = Floors::of(&p);
            let wc = chars(&w);
            let mut dc = wc.clone();
            for (kind, at, c) in edits {
                let c = c.chars().next().unwrap();
                let at = at.min(dc.len());
                match kind {
                    0 if at + 1 < dc.len() => dc.swap(at, at + 1),
                    1 => dc.insert(at, c),
                    2 if at < dc.len() => { dc.remove(at); }
                    3 if at < dc.len() => dc[at] = c,
                    _ => {}
                }
            }
            let d: String = dc.iter().collect();
            let q = Misspelling::of(&wc, &p);
            let exact = plain(&w, &d, &p, f32::INFINITY).unwrap();
            proptest::prop_assert!(q.edit_bound(&dc, &f) <= exact + 1e-4, "{} -> {}", w, d);
            proptest::prop_assert!(q.counts.bound(&dc, f) <= exact + 1e-4);
            let got = Dp::default().bounded(&wc, &q, &dc, &p, f, limit);
            proptest::prop_assert_eq!(got.map(f32::to_bits), plain(&w, &d, &p, limit).map(f32::to_bits));
        }
    }
}
