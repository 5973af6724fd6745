//! Maps byte offsets in a section's text back to byte offsets in its source file, and file offsets to
//! 1-based line and column. Section text is rarely a verbatim slice of the file (Markdown markup is
//! dropped, JSON escapes are decoded), so the map is a list of runs.

/// A stretch of section text and where it came from. A `verbatim` run is a byte-for-byte copy of the
/// file at `file`; any other run (a decoded escape like `\n` or `\u00e9`) maps wholly to `file`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    text: usize,
    file: usize,
    len: usize,
    verbatim: bool,
}

/// Where a section's text came from: which source (file, or file inside an archive) and the runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    pub source: usize,
    runs: Vec<Run>,
}

impl Origin {
    /// A section whose text is a verbatim copy of `source[file_start..file_start + len]`.
    pub fn verbatim(source: usize, file_start: usize, len: usize) -> Origin {
        Origin { source, runs: vec![Run { text: 0, file: file_start, len, verbatim: true }] }
    }

    /// A section with no place in the file of its own (e.g. synthesised); maps everything to `file`.
    pub fn at(source: usize, file: usize) -> Origin {
        Origin { source, runs: vec![Run { text: 0, file, len: 0, verbatim: false }] }
    }

    /// The file offset of a byte offset in the section text.
    pub fn to_file(&self, text_offset: usize) -> usize {
        let idx = self.runs.partition_point(|r| r.text <= text_offset);
        if idx == 0 {
            return self.runs.first().map_or(0, |r| r.file);
        }
        let run = self.runs[idx - 1];
        if run.verbatim { run.file + (text_offset - run.text).min(run.len) } else { run.file }
    }

    /// The file bytes that `text_range` is a verbatim copy of, or `None` when any of it stands for
    /// something else in the file (an escape, markup, a line break read from `\r\n`). An empty range
    /// is verbatim where it touches a verbatim run. Used to edit the file in place safely.
    pub fn verbatim_range(&self, text_range: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
        // Runs are in text order and contiguous: binary search to the first that reaches the end.
        let i = self.runs.partition_point(|r| r.text + r.len < text_range.end);
        let run = self.runs[i..]
            .iter()
            .take_while(|r| r.text <= text_range.start)
            .find(|r| r.verbatim && r.text <= text_range.start && text_range.end <= r.text + r.len && r.len > 0)?;
        let start = run.file + (text_range.start - run.text);
        Some(start..start + text_range.len())
    }

    /// The runs: (range in the section text, file offset, whether verbatim). For invariant checks.
    pub fn runs(&self) -> impl Iterator<Item = (std::ops::Range<usize>, usize, bool)> + '_ {
        self.runs.iter().map(|r| (r.text..r.text + r.len, r.file, r.verbatim))
    }
}

/// Builds an `Origin` while a reader assembles section text piece by piece.
#[derive(Debug, Default)]
pub struct OriginBuilder {
    source: usize,
    text: String,
    runs: Vec<Run>,
}

impl OriginBuilder {
    pub fn new(source: usize) -> Self {
        OriginBuilder { source, text: String::new(), runs: Vec::new() }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Appends text copied verbatim from the file at `file_offset`.
    pub fn push_verbatim(&mut self, s: &str, file_offset: usize) {
        if s.is_empty() {
            return;
        }
        if let Some(last) = self.runs.last_mut()
            && last.verbatim
            && last.text + last.len == self.text.len()
            && last.file + last.len == file_offset
        {
            last.len += s.len();
        } else {
            self.runs.push(Run { text: self.text.len(), file: file_offset, len: s.len(), verbatim: true });
        }
        self.text.push_str(s);
    }

    /// Appends text that stands for something else in the file (an escape, a line break, a separator).
    pub fn push_synthetic(&mut self, s: &str, file_offset: usize) {
        if s.is_empty() {
            return;
        }
        self.runs.push(Run { text: self.text.len(), file: file_offset, len: s.len(), verbatim: false });
        self.text.push_str(s);
    }

    pub fn finish(self) -> (String, Origin) {
        let mut runs = self.runs;
        if runs.is_empty() {
            runs.push(Run { text: 0, file: 0, len: 0, verbatim: false });
        }
        (self.text, Origin { source: self.source, runs })
    }
}

/// Line starts of a file, for turning byte offsets into 1-based line and column (column in characters).
/// A line ends at `\n`, `\r\n` or a lone `\r` (as in CommonMark). Long lines carry checkpoints every
/// few kilobytes, so a column costs a bounded count, not a count from the start of a 1 MB line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// (byte offset, 0-based column in characters there), on character boundaries, in order.
    checkpoints: Vec<(usize, usize)>,
}

/// Bytes between column checkpoints on a long line.
const CHECKPOINT_BYTES: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let mut checkpoints = Vec::new();
        let bytes = text.as_bytes();
        // A line ends at `\n` or at a `\r` not followed by one: ASCII bytes, so lines are found byte
        // by byte, and only a line longer than a checkpoint interval is walked character by character.
        let ends_line = |k: usize| bytes[k] == b'\n' || (bytes[k] == b'\r' && bytes.get(k + 1) != Some(&b'\n'));
        let mut line_start = 0;
        loop {
            let end = (line_start..bytes.len()).find(|&k| ends_line(k)).unwrap_or(bytes.len());
            if end - line_start > CHECKPOINT_BYTES {
                let (mut col, mut last_mark) = (0usize, line_start);
                for (k, _) in text[line_start..end].char_indices() {
                    let i = line_start + k;
                    if i - last_mark >= CHECKPOINT_BYTES && i > line_start {
                        checkpoints.push((i, col));
                        last_mark = i;
                    }
                    col += 1;
                }
            }
            if end == bytes.len() {
                break;
            }
            starts.push(end + 1);
            line_start = end + 1;
        }
        LineIndex { starts, checkpoints }
    }

    /// 1-based (line, column); the column counts characters, so it is right for non-ASCII lines.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        // The nearest checkpoint at or before `offset` on the same line, if any.
        let k = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, base) = match k.checked_sub(1).map(|k| self.checkpoints[k]) {
            Some((at, c)) if at > start => (at, c),
            _ => (start, 0),
        };
        let col = base + text[from..offset].chars().count() + 1;
        (line + 1, col)
    }

    /// The byte range of a 1-based line, without its line ending.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.starts[line - 1];
        let mut end = self.starts.get(line).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
    }
}

/// The largest char boundary at or below `i`.
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_runs_merge_and_map() {
        let mut b = OriginBuilder::new(0);
        b.push_verbatim("Hello ", 10);
        b.push_verbatim("world", 16);
        b.push_synthetic("\n", 30);
        b.push_verbatim("again", 31);
        let (text, origin) = b.finish();
        assert_eq!(text, "Hello world\nagain");
        assert_eq!(origin.to_file(0), 10);
        assert_eq!(origin.to_file(6), 16);
        assert_eq!(origin.to_file(11), 30);
        assert_eq!(origin.to_file(12), 31);
        assert_eq!(origin.to_file(14), 33);
    }

    #[test]
    fn verbatim_ranges_stop_at_synthetic_runs() {
        let mut b = OriginBuilder::new(0);
        b.push_verbatim("Hello ", 10);
        b.push_synthetic("é", 16);
        b.push_verbatim(" world", 22);
        let (_, origin) = b.finish();
        assert_eq!(origin.verbatim_range(0..5), Some(10..15));
        assert_eq!(origin.verbatim_range(6..6), Some(16..16), "touches the end of a verbatim run");
        assert_eq!(origin.verbatim_range(6..8), None, "the run is synthetic");
        assert_eq!(origin.verbatim_range(5..8), None);
        assert_eq!(origin.verbatim_range(9..14), Some(23..28));
        assert_eq!(origin.verbatim_range(14..14), Some(28..28));
    }

    #[test]
    fn escape_maps_to_its_start() {
        // JSON "a\u00e9b": text "aéb" (é is 2 bytes), file has a 6-byte escape.
        let mut b = OriginBuilder::new(0);
        b.push_verbatim("a", 1);
        b.push_synthetic("é", 2);
        b.push_verbatim("b", 8);
        let (_, origin) = b.finish();
        assert_eq!(origin.to_file(1), 2);
        assert_eq!(origin.to_file(2), 2);
        assert_eq!(origin.to_file(3), 8);
    }

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\ncé d\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        let d = text.find('d').unwrap();
        assert_eq!(idx.line_col(text, d), (2, 4));
        assert_eq!(idx.line_range(text, 2), 3..8);
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        let text = "a\rbc\r\nd\ne";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 2), (2, 1));
        assert_eq!(idx.line_col(text, 6), (3, 1));
        assert_eq!(idx.line_col(text, 8), (4, 1));
        assert_eq!(idx.line_range(text, 2), 2..4);
    }

    #[test]
    fn columns_on_long_lines_match_a_plain_count() {
        let line: String = (0..5000).map(|i| if i % 7 == 0 { "é " } else { "ab " }).collect();
        let text = format!("x\n{line}\n{line}");
        let idx = LineIndex::new(&text);
        assert!(!idx.checkpoints.is_empty());
        for off in (0..text.len()).step_by(997).filter(|&o| text.is_char_boundary(o)) {
            let start = text[..off].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..off].matches('\n').count() + 1;
            assert_eq!(idx.line_col(&text, off), (line, text[start..off].chars().count() + 1), "{off}");
        }
    }
}
