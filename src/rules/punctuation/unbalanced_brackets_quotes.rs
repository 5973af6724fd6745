//! `unbalanced-brackets-quotes`: a bracket or quotation mark opened and not closed (or closed and
//! never opened) within one paragraph or bullet.

use std::ops::Range;

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::grammar::{in_skip, is_literal_at};
use crate::rules::{Rule, RuleMeta, SectionContext};
use crate::text::tokenize::token_at;
use crate::text::{Token, TokenKind};

pub struct UnbalancedBracketsQuotes;

static META: RuleMeta = RuleMeta {
    id: "unbalanced-brackets-quotes",
    category: Category::Punctuation,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A bracket or quotation mark without its partner",
    description: "What it does: pairs ( ), [ ], { }, curly quotes “ ” and straight double quotes within each \
paragraph or bullet, and reports the ones left without a partner.\n\
Why: an unclosed parenthesis usually means a sentence was cut while editing.\n\
Not flagged: smileys (\":)\", \":-(\"), list labels (\"a)\", \"1)\", \"iv)\"), inch marks (15\"), brackets \
inside URLs and code, and texts that use „German“ or ”Swedish” quotes.\n\
Use instead: close (or remove) the bracket or quote.",
    flags: &["Led the migration (to AWS and GCP.", "Known as the “fixer on the team."],
    accepts: &[
        "Goals: a) hire 1) train (and retain) staff :) as “one team”.",
        "Bought a 15\" laptop; see https://en.wikipedia.org/wiki/Rust_(programming_language) and [docs].",
    ],
    default_enabled: true,
};

impl Rule for UnbalancedBracketsQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.section.is_prose() {
            return;
        }
        for block in cx.section.blocks() {
            check_block(cx, block.range, out);
        }
    }
}

fn check_block(cx: &SectionContext<'_>, range: Range<usize>, out: &mut Vec<Diagnostic>) {
    let text = cx.text();
    let block = &text[range.clone()];
    // No bracket or quotation mark (`“` and `”` start with byte 0xE2): nothing to pair.
    if !block.bytes().any(|b| matches!(b, b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'"' | 0xE2)) {
        return;
    }
    let chars: Vec<(usize, char)> = block.char_indices().map(|(i, c)| (range.start + i, c)).collect();
    let mut brackets: Vec<(usize, char)> = Vec::new();
    let mut curly: Vec<usize> = Vec::new();
    let mut straight: Vec<usize> = Vec::new();
    let mut unmatched: Vec<(usize, char)> = Vec::new();
    // How many openers of each kind are on the stack, so a closer with no partner is known at once.
    let mut open_count = [0usize; 3];
    let mut memo = TokenMemo::default();
    let check_curly = block.contains('“') && !block.contains('„');
    for (i, &(pos, c)) in chars.iter().enumerate() {
        if !matches!(c, '(' | ')' | '[' | ']' | '{' | '}' | '“' | '”' | '"')
            || in_skip(cx, pos)
            || in_literal(cx, pos, c, &mut memo)
        {
            continue;
        }
        let prev = i.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(i + 1).map(|x| x.1);
        match c {
            '(' | '[' | '{' => {
                // "(:" and ":(" are faces.
                if prev.is_some_and(|p| ":;=".contains(p)) || next.is_some_and(|n| ":;".contains(n)) {
                    continue;
                }
                brackets.push((pos, c));
                open_count[kind(c)] += 1;
            }
            ')' | ']' | '}' => {
                let open = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                let label = open_count[kind(open)] == 0 && is_list_label(block, pos - range.start);
                if is_face(&chars, i) || label || closes_literal(cx, pos, open) {
                    continue;
                }
                // Close the nearest matching opener; any opener left inside it was never closed.
                // Every opener the search passes is drained, so the searches are linear in total.
                let found =
                    if open_count[kind(open)] > 0 { brackets.iter().rposition(|&(_, o)| o == open) } else { None };
                match found {
                    Some(k) => {
                        for &(_, o) in &brackets[k..] {
                            open_count[kind(o)] -= 1;
                        }
                        unmatched.extend(brackets.drain(k..).skip(1));
                    }
                    None => unmatched.push((pos, c)),
                }
            }
            '“' => curly.push(pos),
            '”' => {
                if check_curly && curly.pop().is_none() {
                    unmatched.push((pos, c));
                }
            }
            _ => {
                // 15" and 6'2": inch marks.
                if !prev.is_some_and(|p| p.is_ascii_digit()) {
                    straight.push(pos);
                }
            }
        }
    }
    unmatched.extend(brackets);
    if check_curly {
        unmatched.extend(curly.into_iter().map(|p| (p, '“')));
    }
    if straight.len() % 2 == 1
        && let Some(&last) = straight.last()
    {
        unmatched.push((last, '"'));
    }
    unmatched.sort();
    for (pos, c) in unmatched {
        let message = match c {
            '(' | '[' | '{' | '“' => format!("‘{c}’ is never closed"),
            '"' => "unpaired quotation mark ‘\"’".to_string(),
            _ => format!("‘{c}’ has no opening partner"),
        };
        out.push(cx.diag(&META, pos..pos + c.len_utf8(), message));
    }
}

/// 0, 1, 2 for the three bracket pairs.
fn kind(c: char) -> usize {
    match c {
        '(' | ')' => 0,
        '[' | ']' => 1,
        _ => 2,
    }
}

/// ":)", ":-)", ";)", "=)", "8-)", "^^)"-style faces.
fn is_face(chars: &[(usize, char)], i: usize) -> bool {
    let p1 = i.checked_sub(1).map(|j| chars[j].1);
    let p2 = i.checked_sub(2).map(|j| chars[j].1);
    p1.is_some_and(|p| ":;=".contains(p)) || (p1 == Some('-') && p2.is_some_and(|p| ":;=8".contains(p)))
}

/// "a)", "1)", "12)", "iv)" as a word of its own: a list label, not a closing bracket.
fn is_list_label(block: &str, at: usize) -> bool {
    // A label is at most four characters: look back five, never to the start of the block.
    let mut start = at;
    for (i, c) in block[..at].char_indices().rev().take(5) {
        if c.is_whitespace() {
            break;
        }
        start = i;
    }
    if block[..start].chars().next_back().is_some_and(|c| !c.is_whitespace()) {
        return false;
    }
    let label = &block[start..at];
    let roman = !label.is_empty() && label.len() <= 4 && label.chars().all(|c| "ivxIVX".contains(c));
    let digits = (1..=2).contains(&label.len()) && label.chars().all(|c| c.is_ascii_digit());
    let letter = label.chars().count() == 1 && label.chars().all(char::is_alphabetic);
    roman || digits || letter
}

/// Whether `pos` is inside a URL, e-mail address or code. A URL token may start with prose glued to
/// it by Markdown link syntax (`text](https://…`): brackets before the address itself are prose.
/// Code tokens count only when they hold both halves of the pair (`main()`): the tokenizer also
/// makes code of a missing space after a bracket ("(SIPs).Also").
fn in_literal(cx: &SectionContext<'_>, pos: usize, c: char, memo: &mut TokenMemo) -> bool {
    if !is_literal_at(cx, pos) {
        return false;
    }
    let Some(t) = token_at(cx.tokens, pos) else { return true };
    match t.kind {
        TokenKind::Url => pos >= memo.address_start(cx, t),
        TokenKind::Code => memo.self_paired(cx, t, c),
        _ => true,
    }
}

/// What `in_literal` works out about a token, kept while the scan is inside it, so a long token
/// full of brackets is read once, not once per bracket.
#[derive(Default)]
struct TokenMemo {
    token: Option<usize>,
    address: Option<usize>,
    paired: [Option<bool>; 4],
}

impl TokenMemo {
    fn at(&mut self, t: &Token) {
        if self.token != Some(t.span.start) {
            *self = TokenMemo { token: Some(t.span.start), ..TokenMemo::default() };
        }
    }

    fn address_start(&mut self, cx: &SectionContext<'_>, t: &Token) -> usize {
        self.at(t);
        *self.address.get_or_insert_with(|| address_start(cx, t))
    }

    fn self_paired(&mut self, cx: &SectionContext<'_>, t: &Token, c: char) -> bool {
        self.at(t);
        let k = if "()[]{}".contains(c) { kind(c) } else { 3 };
        *self.paired[k].get_or_insert_with(|| self_paired(t.text(cx.text()), c))
    }
}

/// Whether `s` holds both halves of the bracket pair `c` belongs to.
fn self_paired(s: &str, c: char) -> bool {
    let (open, close) = match c {
        '(' | ')' => ('(', ')'),
        '[' | ']' => ('[', ']'),
        '{' | '}' => ('{', '}'),
        _ => return true,
    };
    s.contains(open) && s.contains(close)
}

/// Where the address proper starts in a URL token (after any `text](` glued before it).
fn address_start(cx: &SectionContext<'_>, t: &Token) -> usize {
    let lower = t.text(cx.text()).to_ascii_lowercase();
    let at = ["http", "www.", "ftp", "mailto:"].iter().filter_map(|p| lower.find(p)).min().unwrap_or(0);
    t.span.start + at
}

/// A closing bracket right after a URL that opened it ("…/Rust_(language)").
fn closes_literal(cx: &SectionContext<'_>, pos: usize, open: char) -> bool {
    // Tokens are in order and disjoint: the one ending at `pos`, if any, is found by binary search.
    let i = cx.tokens.partition_point(|t| t.span.end < pos);
    cx.tokens[i..].iter().take_while(|t| t.span.end == pos).any(|t| {
        // Code tokens are not taken: their unpaired brackets count as prose (see `in_literal`).
        if t.span.end != pos || t.kind != TokenKind::Url {
            return false;
        }
        let literal = &cx.text()[address_start(cx, t)..t.span.end];
        literal.matches(open).count() > literal.matches(open_to_close(open)).count()
    })
}

fn open_to_close(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    const ID: &str = "unbalanced-brackets-quotes";

    #[test]
    fn flags_unpaired_marks() {
        assert_flags(ID, "Led the migration (to AWS.", 1);
        assert_flags(ID, "Cut costs by 20%) overall.", 1);
        assert_flags(ID, "Built panels (SIPs and houses.Also roofs.", 1);
        assert_flags(ID, "Built the [admin panel (v2].", 1);
        assert_flags(ID, "Called the \"fixer by peers.", 1);
        assert_flags(ID, "Called the “fixer by peers.", 1);
        // A no-break space before the bracket (found by serve's property test: it panicked).
        assert_flags(ID, "Cut costs by 20%\u{a0}) overall.", 1);
    }

    #[test]
    fn pairs_within_each_bullet() {
        assert_flags(ID, "- Led the migration (AWS\n- and GCP) in 2021", 2);
        assert_clean(ID, "- Led the migration (AWS and GCP)\n- Hired a team (of five)");
    }

    #[test]
    fn accepts_faces_labels_inches_and_literals() {
        assert_clean(ID, "Placed 3rd (out of 44) and shipped main() fast.");
        assert_clean(ID, "Wrote services in JavaScript/TypeScript(Node.js) daily.");
        assert_clean(ID, "Taught at [Acme College](http://example.edu) and [Beta U](https://example.org/a_(b)).");
        assert_clean(ID, "Happy :) and sad :( and winking ;-) and (: too.");
        assert_clean(ID, "Goals: a) hire, b) train, 1) plan, 2) ship, iv) repeat.");
        assert_clean(ID, "Used a 27\" monitor; I am 6'2\" tall.");
        assert_clean(ID, "See https://en.wikipedia.org/wiki/Rust_(programming_language) now.");
        assert_clean(ID, "Wrote `fn main() {` daily; said „gut“ and ”bra”.");
        assert_clean(ID, "Nested (brackets [are] fine) and “quotes” too.");
    }
}
