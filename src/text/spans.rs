//! A sorted, merged set of byte ranges with logarithmic lookups. Rules ask "is this byte code or a
//! URL?" for every character of a section; scanning every range for each question made long
//! sections quadratic, so each section builds its index once and answers by binary search.

use std::ops::Range;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spans {
    /// Non-overlapping (touching allowed), non-empty, sorted by start (so also by end).
    ranges: Vec<Range<usize>>,
}

impl Spans {
    /// The union of `ranges`, in any order; empty ranges are dropped.
    pub fn new(ranges: impl IntoIterator<Item = Range<usize>>) -> Spans {
        let mut v: Vec<Range<usize>> = ranges.into_iter().filter(|r| r.start < r.end).collect();
        v.sort_unstable_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(v.len());
        for r in v {
            match merged.last_mut() {
                // Only overlapping ranges merge: touching ones stay apart, so an empty range at their
                // boundary overlaps neither, as with a scan.
                Some(last) if r.start < last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        Spans { ranges: merged }
    }

    /// Whether byte `pos` lies inside one of the ranges.
    pub fn contains(&self, pos: usize) -> bool {
        let i = self.ranges.partition_point(|r| r.end <= pos);
        self.ranges.get(i).is_some_and(|r| r.start <= pos)
    }

    /// Whether `range` overlaps one of the ranges (an empty `range` counts when strictly inside one).
    pub fn overlaps(&self, range: &Range<usize>) -> bool {
        let i = self.ranges.partition_point(|r| r.end <= range.start);
        self.ranges.get(i).is_some_and(|r| r.start < range.end && range.start < r.end)
    }

    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    pub fn ranges(&self) -> &[Range<usize>] {
        &self.ranges
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The linear answers the index replaces.
    fn naive_contains(rs: &[Range<usize>], pos: usize) -> bool {
        rs.iter().any(|r| r.contains(&pos))
    }
    fn naive_overlaps(rs: &[Range<usize>], q: &Range<usize>) -> bool {
        rs.iter().any(|r| r.start < q.end && q.start < r.end)
    }

    #[test]
    fn agrees_with_a_linear_scan() {
        let sets: [&[Range<usize>]; 4] =
            [&[], &[3..5, 40..41], &[10..12, 0..2, 1..4, 11..20, 30..31], &[5..6, 6..7, 9..10]];
        for rs in sets {
            let s = Spans::new(rs.iter().cloned());
            for pos in 0..35 {
                assert_eq!(s.contains(pos), naive_contains(rs, pos), "{rs:?} {pos}");
                for len in 0..5 {
                    let q = pos..pos + len;
                    assert_eq!(s.overlaps(&q), naive_overlaps(rs, &q), "{rs:?} {q:?}");
                }
            }
        }
        assert_eq!(Spans::new([10..12, 0..2, 1..4]).ranges(), &[0..4, 10..12]);
    }
}
