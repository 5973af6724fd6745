//! The word tokenizer. It hands out byte spans into the section text and copies nothing.
//!
//! Text is first cut at whitespace into chunks; each chunk, stripped of surrounding punctuation, is
//! recognised as a URL, e-mail address, @handle, #hashtag, number or quantity, code-like token, or
//! prose. Prose chunks are then cut into words by Unicode word boundaries (UAX #29), which keeps
//! contractions and possessives whole and splits hyphenated compounds and slashes into their parts.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// What a token is. Only `Word` tokens are candidates for spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A prose word (letters, maybe an apostrophe).
    Word,
    Url,
    Email,
    Handle,
    Hashtag,
    /// Anything with a digit: `2019`, `10%`, `$1.2M`, `3x`, `Q3`, `24/7`, `B2B`.
    Number,
    /// `snake_case`, `file.ext`, `Node.js`, text in backticks.
    Code,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Range<usize>,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.clone()]
    }
}

const LEADING_PUNCT: &[char] = &[
    '"', '\'', '(', '[', '{', '<', '*', '_', '~', '“', '‘', '«', '„', '¡', '¿', '•', '·', '-', '–', '—', '|', '>', ',',
    '.', ';', ':', '!', '?', '=', '+',
];
const TRAILING_PUNCT: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\'', '*', '_', '~', '”', '’', '»', '…', '-', '–', '—', '|',
    '=', '+',
];

/// All tokens of `text`, in order. `skip` lists byte ranges that are not prose (e.g. Markdown code
/// spans); any chunk overlapping one becomes a `Code` token.
pub fn tokenize(text: &str, skip: &[Range<usize>]) -> Vec<Token> {
    // About one token per six bytes of prose: room for most sections without growing.
    let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
    let code = code_index(text, skip);
    for (chunk_start, chunk) in chunks(text).flat_map(link_text_apart) {
        chunk_tokens(chunk_start, chunk, &code, &mut tokens);
    }
    tokens
}

/// The tokens of `tokenize(text, &[])`, one whitespace-separated chunk at a time: a caller that
/// wants only the first few (`words(text).next()`) does not tokenize the rest of the text.
pub fn tokens_lazy(text: &str) -> impl Iterator<Item = Token> {
    let code = code_index(text, &[]);
    let mut chunks = chunks(text).flat_map(link_text_apart);
    let (mut buf, mut at) = (Vec::new(), 0);
    std::iter::from_fn(move || {
        loop {
            if let Some(t) = buf.get(at) {
                at += 1;
                return Some(Token::clone(t));
            }
            let (chunk_start, chunk) = chunks.next()?;
            buf.clear();
            at = 0;
            chunk_tokens(chunk_start, chunk, &code, &mut buf);
        }
    })
}

/// Everything that is code: `skip` and backtick spans, as one index, so each chunk is one binary
/// search (not a scan of every code span: that made text dense with backticks or HTML quadratic).
fn code_index(text: &str, skip: &[Range<usize>]) -> super::Spans {
    super::Spans::new(skip.iter().cloned().chain(backtick_ranges(text)))
}

/// The tokens of one whitespace-separated chunk starting at byte `chunk_start`, pushed to `tokens`.
fn chunk_tokens(chunk_start: usize, chunk: &str, code: &super::Spans, tokens: &mut Vec<Token>) {
    let chunk_end = chunk_start + chunk.len();
    if code.overlaps(&(chunk_start..chunk_end)) {
        tokens.push(Token { kind: TokenKind::Code, span: chunk_start..chunk_end });
        return;
    }
    // No punctuation to trim next to a letter or digit (the common case: no scan of the lists).
    let starts_alnum = chunk.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric);
    let core = if starts_alnum { chunk } else { chunk.trim_start_matches(LEADING_PUNCT) };
    let lead = chunk.len() - core.len();
    let ends_alnum = core.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric);
    let core = if ends_alnum { core } else { core.trim_end_matches(TRAILING_PUNCT) };
    if core.is_empty() {
        return;
    }
    let start = chunk_start + lead;
    let span = start..start + core.len();
    // The commonest chunk, a plain ASCII word: `classify` finds nothing in letters alone, and UAX #29
    // keeps a run of letters one word.
    if core.bytes().all(|b| b.is_ascii_alphabetic()) {
        tokens.push(Token { kind: TokenKind::Word, span });
        return;
    }
    match classify(core) {
        Some(kind) => tokens.push(Token { kind, span }),
        None => {
            for (i, w) in core.split_word_bound_indices() {
                // UAX #29 attaches a zero-width joiner or other invisible format character to the
                // letter before it (`work\u{200D}`): keep it out of the word's span.
                let trimmed = w.trim_start_matches(is_invisible);
                let (i, w) = (i + w.len() - trimmed.len(), trimmed.trim_end_matches(is_invisible));
                if !w.chars().any(char::is_alphabetic) {
                    continue;
                }
                let at = start + i;
                if w.chars().any(|c| c.is_ascii_digit()) {
                    tokens.push(Token { kind: TokenKind::Number, span: at..at + w.len() });
                } else if w.contains('.') && !is_abbreviation(w) {
                    // "done.Next": a missing space, two words.
                    let mut off = 0;
                    for part in w.split('.') {
                        if part.chars().any(char::is_alphabetic) {
                            tokens.push(Token { kind: TokenKind::Word, span: at + off..at + off + part.len() });
                        }
                        off += part.len() + 1;
                    }
                } else {
                    tokens.push(Token { kind: TokenKind::Word, span: at..at + w.len() });
                }
            }
        }
    }
}

/// The tokens that start inside `range` (`tokens` in text order): a binary search, not a scan of the
/// section. Callers that need whole tokens also check `span.end <= range.end`.
pub fn tokens_in<'a>(tokens: &'a [Token], range: &Range<usize>) -> &'a [Token] {
    let lo = tokens.partition_point(|t| t.span.start < range.start);
    let hi = lo + tokens[lo..].partition_point(|t| t.span.start < range.end);
    &tokens[lo..hi]
}

/// The token holding byte `pos`, if any (`tokens` in text order, as `tokenize` gives them).
pub fn token_at(tokens: &[Token], pos: usize) -> Option<&Token> {
    let i = tokens.partition_point(|t| t.span.end <= pos);
    tokens.get(i).filter(|t| t.span.start <= pos)
}

/// Invisible format characters that may sit inside or beside a word: zero-width space, (non-)joiner,
/// direction marks, word joiner, soft hyphen, BOM. They are not part of how a word is spelled.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// Only the prose words of `text`.
pub fn words(text: &str) -> impl Iterator<Item = Token> {
    tokens_lazy(text).filter(|t| t.kind == TokenKind::Word)
}

/// The spans of `words(&text[range])`, relative to `range.start`, read from `tokens` (the tokens of
/// `text`) where they are the same words: when `range` starts and ends at whitespace (so its chunks are
/// `text`'s chunks), holds no backtick, and each of its code tokens is code without `text`'s code spans
/// too (a chunk that overlaps a code span is one code token; alone it may be words). Rules that look at
/// one sentence at a time then need not tokenize it again.
pub fn words_in(text: &str, tokens: &[Token], range: Range<usize>) -> Vec<Range<usize>> {
    let sub = &text[range.clone()];
    let aligned = text[..range.start].chars().next_back().is_none_or(char::is_whitespace)
        && text[range.end..].chars().next().is_none_or(char::is_whitespace);
    let own = tokens_in(tokens, &range);
    let code_alone = |t: &Token| {
        let mut alone = Vec::new();
        chunk_tokens(t.span.start, t.text(text), &super::Spans::default(), &mut alone);
        alone == std::slice::from_ref(t)
    };
    if aligned && !sub.contains('`') && own.iter().all(|t| t.kind != TokenKind::Code || code_alone(t)) {
        let word =
            |t: &Token| (t.kind == TokenKind::Word).then(|| t.span.start - range.start..t.span.end - range.start);
        own.iter().filter_map(word).collect()
    } else {
        words(sub).map(|t| t.span).collect()
    }
}

/// A chunk holding a Markdown link, `[link text](https://…)`, cut before each `(` that follows a `]`:
/// the link text is prose to check, the target a URL to leave alone.
fn link_text_apart((start, chunk): (usize, &str)) -> impl Iterator<Item = (usize, &str)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let rest = chunk.get(from..)?;
        // A byte search: most chunks are a few bytes, too short to pay for a substring searcher.
        let cut = rest.as_bytes().windows(2).position(|w| w == b"](").map_or(rest.len(), |i| i + 1);
        let piece = (start + from, &rest[..cut]);
        from = if cut == rest.len() { chunk.len() + 1 } else { from + cut };
        Some(piece)
    })
}

/// Whitespace-separated chunks with their start offsets: the pieces of `text.split(char::is_whitespace)`
/// that are not empty, found byte by byte (only a non-ASCII character is decoded to ask whether it is
/// whitespace).
fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    // The length of the character at byte `i` (a character boundary), and whether it is whitespace.
    let char_at = move |i: usize| -> (usize, bool) {
        match bytes[i] {
            b if b.is_ascii() => (1, matches!(b, b'\t'..=b'\r' | b' ')),
            _ => text[i..].chars().next().map_or((1, false), |c| (c.len_utf8(), c.is_whitespace())),
        }
    };
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            let (len, space) = char_at(pos);
            if !space {
                break;
            }
            pos += len;
        }
        let start = pos;
        while pos < bytes.len() {
            let (len, space) = char_at(pos);
            if space {
                break;
            }
            pos += len;
        }
        (pos > start).then(|| (start, &text[start..pos]))
    })
}

/// Byte ranges of `` `code` `` spans (a closing backtick on the same line is required).
fn backtick_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // Backticks and line breaks are ASCII bytes, never part of another character: no decoding. Most
    // text has no backtick: one fast search for an opening one, then a scan of its line for the close.
    let mut from = 0;
    while let Some(open) = text[from..].find('`').map(|i| from + i) {
        match bytes[open + 1..].iter().position(|&b| b == b'`' || b == b'\n').map(|i| open + 1 + i) {
            Some(close) if bytes[close] == b'`' => {
                out.push(open..close + 1);
                from = close + 1;
            }
            // A line break first: this backtick opens nothing; look again on the next line.
            Some(line_break) => from = line_break + 1,
            None => break,
        }
    }
    out
}

/// The byte-by-byte reading of [`backtick_ranges`], kept to test the fast one against.
#[cfg(test)]
fn backtick_ranges_scan(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, b) in text.bytes().enumerate() {
        match (b, open) {
            (b'`', None) => open = Some(i),
            (b'`', Some(s)) => {
                out.push(s..i + 1);
                open = None;
            }
            (b'\n', Some(_)) => open = None,
            _ => {}
        }
    }
    out
}

fn classify(core: &str) -> Option<TokenKind> {
    let lower_starts = |p: &str| core.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    if core.contains("://") || lower_starts("www.") || lower_starts("mailto:") {
        return Some(TokenKind::Url);
    }
    if let Some(at) = core.find('@') {
        if at == 0 {
            return Some(if core.len() > 1 { TokenKind::Handle } else { TokenKind::Code });
        }
        if core[at + 1..].contains('.') {
            return Some(TokenKind::Email);
        }
        return Some(TokenKind::Code);
    }
    if core.starts_with('#') && core.len() > 1 {
        return Some(TokenKind::Hashtag);
    }
    if core.starts_with('$') || core.starts_with('€') || core.starts_with('£') {
        return Some(TokenKind::Number);
    }
    if !core.chars().any(char::is_alphabetic) {
        // Numbers, quantities, emoji and stray symbols: nothing to spell-check.
        return Some(if core.chars().any(|c| c.is_ascii_digit()) { TokenKind::Number } else { TokenKind::Code });
    }
    // `tokio::select`, `std::vec::Vec`: a path in Rust, C++ or Perl.
    if core.contains('_') || core.contains('\\') || core.contains("::") || looks_like_path_or_file(core) {
        return Some(TokenKind::Code);
    }
    if looks_like_domain(core) {
        return Some(TokenKind::Url);
    }
    None
}

/// `file.ext`, `Node.js`, `a/b.c`: a dot inside the word, not an abbreviation such as `e.g` or `Ph.D`.
fn looks_like_path_or_file(core: &str) -> bool {
    let parts: Vec<&str> = core.split('.').collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
        return false;
    }
    if is_abbreviation(core) {
        return false;
    }
    // "end.Start" is a missing space after a full stop, not code: both sides are prose words and
    // the second starts with a capital. The spacing rule reports it; the words are still checked.
    if parts.len() == 2
        && parts[0].chars().all(char::is_alphabetic)
        && parts[1].chars().next().is_some_and(char::is_uppercase)
        && parts[1].chars().skip(1).all(char::is_lowercase)
        && parts[1].chars().count() > 2
    {
        return false;
    }
    true
}

/// Every dot-separated part is one or two letters: `e.g`, `i.e`, `U.S.A`, `Ph.D`.
pub fn is_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|p| p.is_empty() || (p.chars().count() <= 2 && p.chars().all(char::is_alphabetic)))
}

fn looks_like_domain(core: &str) -> bool {
    // example.com/path — handled by looks_like_path_or_file for the dot; here: host/path without dot.
    core.contains('/') && core.split('/').next().is_some_and(|h| h.contains('.'))
}

/// Character-level shape of a word, used for case rules.
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.all(char::is_uppercase)
}

/// First letter upper, the rest lower.
pub fn is_title_case(word: &str) -> bool {
    let mut cs = word.chars().filter(|c| c.is_alphabetic());
    cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
}

/// An upper-case letter after a lower-case one (`JavaScript`, `iPhone`, `DevOps`).
pub fn is_camel_case(word: &str) -> bool {
    let cs: Vec<char> = word.chars().collect();
    cs.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase())
}

/// An acronym: all capitals, maybe with a plural `s` (`API`, `KPIs`, `OKRs`).
pub fn is_acronym(word: &str) -> bool {
    let core = word.strip_suffix('s').filter(|c| c.chars().count() >= 2).unwrap_or(word);
    let n = core.chars().count();
    (2..=6).contains(&n) && core.chars().all(|c| c.is_ascii_uppercase() || c == '&')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast search finds the spans the byte-by-byte reading does: none, empty, unclosed, a line
    /// break inside, several on a line, at both ends, beside multi-byte characters.
    #[test]
    fn backtick_search_agrees_with_scan() {
        for text in [
            "",
            "no code here",
            "`a` and `b`",
            "``",
            "`open\nthen `closed` here",
            "`a\n`b\n`c`",
            "tail `",
            "é`ü`ß ``` `x`\n`",
            "\n\n`x`\n",
        ] {
            assert_eq!(backtick_ranges(text), backtick_ranges_scan(text), "{text:?}");
        }
        let found = backtick_ranges("`open\nthen `closed` here");
        assert_eq!((found.len(), found.first()), (1, Some(&(11..19))));
    }

    #[test]
    fn lazy_tokens_are_the_tokens() {
        for text in [
            "Led a team of 5 at `acme_core` and https://acme.com, then `wrote` docs.Next",
            "a `b c",
            "  Jane’s co-founded startup\u{200D} raised $1.2M (Q3) — #hiring @jane jane@x.io  ",
            "",
        ] {
            let lazy: Vec<Token> = tokens_lazy(text).collect();
            assert_eq!(lazy, tokenize(text, &[]), "{text}");
            assert!(!lazy.is_empty() || text.is_empty());
        }
        assert_eq!(words("`x y` z").map(|t| t.span).collect::<Vec<_>>(), vec![6..7]);
    }

    /// `words_in` gives what tokenizing the range alone gives, for sentences and for ranges that cut
    /// through words, code spans, links and skipped text.
    #[test]
    fn words_in_is_words_of_the_range() {
        let skipped: &[Range<usize>] = &[3..5, 44..50];
        for (text, skip) in [
            ("I led `acme core` work. She ships fast.Next one e.g. this", &[][..]),
            ("Jane’s co-founded startup. It grew (Q3) [site](https://x.io/a) — `a b` c", skipped),
            ("Built snake_case tools. Wrote docs. `open on this line. closed` after", &[]),
        ] {
            let tokens = tokenize(text, skip);
            let mut ranges: Vec<Range<usize>> = crate::text::sentences(text);
            let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for (k, &a) in bounds.iter().enumerate() {
                ranges.extend(bounds[k..].iter().step_by(3).map(|&b| a..b));
            }
            for r in ranges {
                let alone: Vec<Range<usize>> = words(&text[r.clone()]).map(|t| t.span).collect();
                assert_eq!(words_in(text, &tokens, r.clone()), alone, "{text:?} {r:?}");
            }
        }
    }

    /// The chunks are the non-empty pieces of a split at every whitespace character, ASCII or not.
    #[test]
    fn chunks_are_the_pieces_between_whitespace() {
        let text = "a  b\tc\r\nd\u{b}e\u{c}f\u{1c}g\u{a0}h\u{2028}i\u{3000}j\u{85}k caf\u{e9}\u{200b}x \u{2003}";
        for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let t = &text[..end];
            let mut pos = 0;
            let mut split = Vec::new();
            for piece in t.split(char::is_whitespace) {
                if !piece.is_empty() {
                    split.push((pos, piece));
                }
                pos += piece.len() + t[pos + piece.len()..].chars().next().map_or(0, char::len_utf8);
            }
            assert_eq!(chunks(t).collect::<Vec<_>>(), split, "{t:?}");
        }
    }

    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        tokenize(text, &[]).into_iter().map(|t| (t.kind, &text[t.span])).collect()
    }

    fn word_list(text: &str) -> Vec<&str> {
        words(text).map(|t| &text[t.span]).collect()
    }

    #[test]
    fn special_tokens_are_recognised() {
        let text = "See https://x.io/a?b=1, mail jo@acme.com, ping @jane_doe #OpenToWork (10%) $1.2M 3x 24/7 Q3 2019.";
        let k = kinds(text);
        assert!(k.contains(&(TokenKind::Url, "https://x.io/a?b=1")));
        assert!(k.contains(&(TokenKind::Email, "jo@acme.com")));
        assert!(k.contains(&(TokenKind::Handle, "@jane_doe")));
        assert!(k.contains(&(TokenKind::Hashtag, "#OpenToWork")));
        for n in ["10%", "$1.2M", "3x", "24/7", "Q3", "2019"] {
            assert!(k.contains(&(TokenKind::Number, n)), "{n}: {k:?}");
        }
        assert_eq!(word_list(text), vec!["See", "mail", "ping"]);
    }

    #[test]
    fn markdown_link_text_is_prose_and_its_target_a_url() {
        let text = "See [Idaho Reports](https://x.org/a) and *[general](https://y.com/b?c=1)*, not a](b.";
        let k = kinds(text);
        assert!(k.contains(&(TokenKind::Url, "https://x.org/a")), "{k:?}");
        assert!(k.contains(&(TokenKind::Url, "https://y.com/b?c=1")), "{k:?}");
        assert_eq!(word_list(text), vec!["See", "Idaho", "Reports", "and", "general", "not", "a", "b"]);
        // A chunk without a link is one chunk, offsets unchanged.
        assert_eq!(link_text_apart((4, "plain")).collect::<Vec<_>>(), vec![(4, "plain")]);
        assert_eq!(
            link_text_apart((0, "[a](u)[b](v)")).collect::<Vec<_>>(),
            vec![(0, "[a]"), (3, "(u)[b]"), (9, "(v)")]
        );
    }

    #[test]
    fn code_like_tokens_are_not_words() {
        let text = "Wrote snake_case code in main.rs with Node.js and `kubectl aply` daily";
        assert_eq!(word_list(text), vec!["Wrote", "code", "in", "with", "and", "daily"]);
        // A path in Rust or C++ (`tokio::select!`, `std::vector`); a colon in prose stays prose.
        assert_eq!(word_list("Used tokio::select! and std::vector. Note: fast"), vec!["Used", "and", "Note", "fast"]);
    }

    #[test]
    fn apostrophes_hyphens_and_slashes() {
        assert_eq!(word_list("Jane’s team's don't"), vec!["Jane’s", "team's", "don't"]);
        assert_eq!(word_list("cross-functional CI/CD UX/UI"), vec!["cross", "functional", "CI", "CD", "UX", "UI"]);
        assert_eq!(word_list("(Kubernetes), “quoted” e.g. stuff"), vec!["Kubernetes", "quoted", "e.g", "stuff"]);
    }

    #[test]
    fn emoji_and_symbols_are_skipped() {
        assert_eq!(word_list("Ship it 🚀 — fast → ✅ done"), vec!["Ship", "it", "fast", "done"]);
    }

    #[test]
    fn spans_are_exact_with_multibyte_text() {
        let text = "Café naïve résumé";
        let ws: Vec<_> = words(text).collect();
        assert_eq!(ws.len(), 3);
        assert_eq!(&text[ws[2].span.clone()], "résumé");
    }

    #[test]
    fn word_shapes() {
        assert!(is_acronym("KPIs") && is_acronym("API") && !is_acronym("Api") && !is_acronym("ENGINEERING"));
        assert!(is_camel_case("JavaScript") && is_camel_case("iPhone") && !is_camel_case("Java"));
        assert!(is_all_caps("HELLO") && !is_all_caps("Hello") && !is_all_caps("I"));
        assert!(is_title_case("Hello") && !is_title_case("HeLlo"));
    }

    #[test]
    fn invisible_characters_stay_out_of_word_spans() {
        let text = "teh work\u{200D} done \u{200B}fine \u{200F}ok\u{200E}";
        assert_eq!(word_list(text), vec!["teh", "work", "done", "fine", "ok"]);
        for t in tokenize(text, &[]) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }

    #[test]
    fn missing_space_after_period_still_checks_words() {
        assert_eq!(word_list("done.Next step"), vec!["done", "Next", "step"]);
    }
}
