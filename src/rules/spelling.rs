//! `spelling`: words no dictionary in the stack knows, and known terms in the wrong case.

use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::profile::{Field, SectionKind};
use crate::rules::brands::BrandCase;
use crate::spell::{Dialect, WordCheck};
use crate::text::TokenKind;
use crate::text::tokenize::is_acronym;

pub struct Spelling;

static META: RuleMeta = RuleMeta {
    id: "spelling",
    category: Category::Spelling,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "Unknown words, with suggestions; known brands and terms in the wrong case",
    description: "What it does: checks every prose word against Hunspell (American and British English), \
a professional vocabulary (technology, business, HR), the names the profile itself gives (people, \
companies, schools, places) and your own word list. A sentence written in another language (two \
function words of one language that English lacks, a fifth of its words: `dictionaries/rules/foreign-stopwords.tsv`) \
is not checked word by word.\n\
Why: a typo in a profile reads as carelessness, and a brand in the wrong case (`linkedin`, `Javascript`) \
reads as unfamiliarity.\n\
Not checked: URLs, e-mail addresses, @handles, #hashtags, numbers and quantities, code, acronyms, \
and anything in Markdown syntax.\n\
Use instead: the suggested spelling, or add the word to `proofile.toml` under `accept`.",
    flags: &["Improved the managment of our platform.", "Recruited engineers on linkedin."],
    accepts: &[
        "Led cross-functional teams shipping Kubernetes and GraphQL services; grew ARR 3x and hit our OKRs.",
        "Contact me at jane@example.com or https://example.com, #hiring @acme.",
    ],
    default_enabled: true,
};

impl Rule for Spelling {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.section.is_prose() {
            return;
        }
        let text = cx.text();
        let js_name = |t: &crate::text::tokenize::Token| {
            t.kind == TokenKind::Code && js_product_stem(&text[t.span.clone()]).is_some()
        };
        for tok in cx.tokens.iter().filter(|t| t.kind == TokenKind::Word || js_name(t)) {
            // A JavaScript product name (`Node.js`) is checked by its name part: `Ndoe.js` is `Ndoe`.
            let (word, span) = match js_product_stem(&text[tok.span.clone()]) {
                Some(stem) => (stem, tok.span.start..tok.span.start + stem.len()),
                None => (&text[tok.span.clone()], tok.span.clone()),
            };
            let tok = crate::text::tokenize::Token { kind: tok.kind, span };
            if !worth_checking(word) {
                continue;
            }
            // Look the word up as it reads: composed (NFC, so a decomposed `re\u{301}sume\u{301}` is
            // `résumé`) and without invisible characters inside it (a soft hyphen, a zero-width joiner).
            let lookup = lookup_form(word);
            let diag = match cx.spell.check_word(&lookup, cx.names) {
                WordCheck::Ok => continue,
                WordCheck::Misspelled(sugg) => {
                    let title = cx.section.field == Field::Title || cx.section.kind == SectionKind::Headline;
                    if accented_english(cx, &lookup)
                        || likely_proper_noun(text, tok.span.clone(), word, &sugg, title)
                        || name_particle(text, tok.span.clone())
                        || plus_product(text, tok.span.end)
                        || hyphen_prefix(text, word, tok.span.end)
                        || repository_path(text, tok.span.clone())
                        || foreign_sentence(text, tok.span.clone(), |w| cx.spell.is_valid(w))
                    {
                        continue;
                    }
                    misspelled(cx, tok.span.clone(), word, &lookup, sugg)
                }
                WordCheck::WrongCase(canon) => match case_finding(cx, &lookup, canon) {
                    CaseFinding::Correct => continue,
                    CaseFinding::Fix(canon, safe) => {
                        let s = if safe { Suggestion::safe(canon.clone()) } else { Suggestion::unsafe_(canon.clone()) };
                        cx.diag(&META, tok.span.clone(), format!("‘{word}’ is written ‘{canon}’"))
                            .with_suggestions(vec![s])
                    }
                    CaseFinding::Forms(forms) => cx
                        .diag(&META, tok.span.clone(), format!("‘{word}’ is written {}", quoted(&forms)))
                        .with_suggestions(forms.into_iter().map(Suggestion::unsafe_).collect()),
                    CaseFinding::Dialect => {
                        let sugg = cx.spell.suggest(&lookup);
                        misspelled(cx, tok.span.clone(), word, &lookup, sugg)
                    }
                },
                WordCheck::Rejected(preferred) => {
                    let message = match &preferred {
                        Some(p) => format!("‘{word}’ is on the reject list: write ‘{p}’"),
                        None => format!("‘{word}’ is on the reject list"),
                    };
                    let suggestions = preferred.into_iter().map(Suggestion::unsafe_).collect();
                    cx.diag(&META, tok.span.clone(), message).with_suggestions(suggestions)
                }
            };
            out.push(diag);
        }
    }
}

/// How the finding for a word no dictionary knows begins (`invite` tells these apart from case and
/// dialect findings by it).
pub(crate) const UNKNOWN_WORD: &str = "unknown word";

/// The finding for an unknown word. Its first suggestion is safe only when certain: never for a
/// word some English dictionary accepts (a dialect spelling is converted only with
/// `fix --convert-dialect` and an explicit dialect), never for an accented word.
fn misspelled(
    cx: &SectionContext<'_>,
    span: std::ops::Range<usize>,
    word: &str,
    lookup: &str,
    sugg: Vec<String>,
) -> Diagnostic {
    let mut sugg = sugg;
    // `childrens ward`, `womens health`: an irregular plural takes no -s; with one it is the possessive
    // (`children's`), which comes first, and nothing is fixed unasked (`children` alone changes the meaning).
    let possessive_plural = lookup
        .strip_suffix('s')
        .filter(|stem| stem.len() >= 3 && !stem.ends_with('s'))
        .filter(|stem| {
            let lower = stem.to_lowercase();
            crate::text::word_class::lexicon().tags(&lower).any(crate::text::word_class::Tags::NOUN_PL)
                && cx.spell.is_valid(stem)
        })
        .map(|stem| format!("{stem}'s"));
    if let Some(p) = &possessive_plural {
        sugg.retain(|s| s != p);
        sugg.insert(0, p.clone());
        sugg.truncate(5);
    }
    let dialect_word = cx.spell.is_english_word(lookup);
    if dialect_word && let Some(other) = dialect_counterpart(lookup).filter(|o| cx.spell.is_valid(o)) {
        // The same word in the chosen dialect comes first.
        sugg.retain(|s| *s != other);
        sugg.insert(0, other);
        sugg.truncate(5);
    }
    let (message, sure) = if dialect_word {
        let dialect = match cx.spell.dialect() {
            Dialect::EnGb => "British (en-GB)",
            _ => "American (en-US)",
        };
        let convert = cx.options.convert_dialect && cx.spell.dialect() != Dialect::Auto;
        let sure = convert && sugg.first().is_some_and(|s| dialect_counterpart(lookup).as_deref() == Some(s.as_str()));
        (format!("‘{word}’ is not {dialect} spelling"), sure)
    } else {
        // A rare real word that looks like a typo of a common one (`intubation`) is never fixed unasked.
        let rare = crate::spell::embedded::is_wide_word(crate::spell::embedded::WideList::Rare, lookup);
        (format!("{UNKNOWN_WORD} ‘{word}’"), very_likely(word, &sugg) && !rare && possessive_plural.is_none())
    };
    let suggestions = sugg
        .into_iter()
        .enumerate()
        .map(|(i, s)| if i == 0 && sure { Suggestion::safe(s) } else { Suggestion::unsafe_(s) })
        .collect();
    cx.diag(&META, span, message).with_suggestions(suggestions)
}

/// The same word in the other dialect, from the SCOWL/VarCon table, in the word's casing.
fn dialect_counterpart(word: &str) -> Option<String> {
    crate::rules::consistency::spelling_variant::counterpart(word)
}

/// What to say about a known term written in another case.
enum CaseFinding {
    /// The word is correct as written: a listed form of the name, or a deliberate casing.
    Correct,
    /// The casing to write, and whether a fix may apply it unasked.
    Fix(String, bool),
    /// The name's sources write it several ways: suggest them all, fix nothing.
    Forms(Vec<String>),
    /// A dictionary word of the other dialect that matches one of the profile's names (`center`
    /// under en-GB, with "Medical Center" in the profile): a spelling matter, never a casing one.
    Dialect,
}

/// Safe only from a source: the user's own word list, the sourced brand list, or (for a word no
/// dictionary knows) the profile's own names. A casing from the professional vocabulary alone is a
/// suggestion, and a word written with capitals of its own (`ESXi`) is taken as written.
fn case_finding(cx: &SectionContext<'_>, lookup: &str, canon: String) -> CaseFinding {
    let base = crate::spell::strip_possessive(lookup.trim_matches(['\'', '’']));
    if cx.spell.user_casing(base).is_some() {
        return CaseFinding::Fix(canon, true);
    }
    // A word some English dictionary has in lower case (`center` under en-GB) is that word.
    if base.chars().all(|c| !c.is_uppercase()) && cx.spell.is_english_word(base) {
        return CaseFinding::Dialect;
    }
    let rest = &lookup[lookup.find(base).map_or(0, |i| i + base.len())..];
    let lead = &lookup[..lookup.find(base).unwrap_or(0)];
    match crate::rules::brands::brand_case(base) {
        BrandCase::Listed => return CaseFinding::Correct,
        BrandCase::Fix(form) => return CaseFinding::Fix(format!("{lead}{form}{rest}"), true),
        BrandCase::Ambiguous(forms) => {
            return CaseFinding::Forms(forms.iter().map(|f| format!("{lead}{f}{rest}")).collect());
        }
        BrandCase::Unlisted => {}
    }
    if professional_casing(base) {
        // Inner capitals are written on purpose: the vocabulary's casing is not a source.
        let deliberate = base.chars().skip(1).any(char::is_uppercase);
        return if deliberate { CaseFinding::Correct } else { CaseFinding::Fix(canon, false) };
    }
    // The profile's own names.
    if cx.spell.is_english_word(base) {
        return CaseFinding::Dialect;
    }
    let lower = base.chars().all(|c| !c.is_uppercase());
    CaseFinding::Fix(canon, lower)
}

/// Whether the professional vocabulary gives `word` a casing of its own (`Gitkraken`).
fn professional_casing(word: &str) -> bool {
    static B: std::sync::OnceLock<std::collections::HashMap<String, String>> = std::sync::OnceLock::new();
    B.get_or_init(crate::spell::embedded::brand_casings).contains_key(&word.to_lowercase())
}

/// An accented spelling of an English word (`façade`, `résumé`, `naïve`, `rôle`) is correct English.
fn accented_english(cx: &SectionContext<'_>, word: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    if word.is_ascii() {
        return false;
    }
    let plain: String = word.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect();
    plain != word && cx.spell.check_word(&plain, cx.names) == WordCheck::Ok
}

/// `‘a’, ‘b’ or ‘c’`.
fn quoted(forms: &[String]) -> String {
    let q: Vec<String> = forms.iter().map(|f| format!("‘{f}’")).collect();
    match q.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => q.join(""),
    }
}

/// A capitalised unknown word in mid-sentence with no suggestion one edit away is most likely a
/// name (a product, a project, a place) the profile does not declare: flagging those costs more
/// trust than the rare typo it would catch. A close suggestion (`Managment`) is still reported.
/// The same goes for a name that opens a bullet as its label: `Menutka - an iOS app for…`.
fn likely_proper_noun(
    text: &str,
    span: std::ops::Range<usize>,
    word: &str,
    suggestions: &[String],
    title: bool,
) -> bool {
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    let labels_a_line = [" - ", " – ", " — ", ": ", " ("].iter().any(|sep| text[span.end..].starts_with(sep));
    if !capitalised || (sentence_initial(text, span.start) && !labels_a_line) {
        return false;
    }
    if after_title_or_initial(text, span.start) {
        return true;
    }
    let lower = word.to_lowercase();
    // A split into two words (`Bluecoat` → `Blue coat`) is how a run-together name looks, not a typo.
    let one_edit_off = suggestions.iter().any(|s| !s.contains(' ') && one_edit_apart(&lower, &s.to_lowercase()));
    !(one_edit_off || title && common_word_misspelt(&lower, suggestions))
}

/// The particles of `dictionaries/rules/name-particles.tsv` (`de`, `van`, `bin`).
fn name_particles() -> &'static [&'static str] {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        crate::rules::lexicon::rows(include_str!("../../dictionaries/rules/name-particles.tsv"))
            .map(|r| crate::rules::lexicon::col(&r, 0))
            .collect()
    })
}

/// A lower-case name particle before a capitalised name part, one space between, maybe through more
/// particles (`Sanne de Vries`, `Fiestas de la Vendimia`, `Anwar bin Ibrahim`): part of the name, not a
/// misspelling.
fn name_particle(text: &str, span: std::ops::Range<usize>) -> bool {
    let mut word = &text[span.clone()];
    let mut rest = &text[span.end..];
    while name_particles().contains(&word) {
        let Some(next) = rest.strip_prefix(' ') else { return false };
        if next.chars().next().is_some_and(char::is_uppercase) {
            return true;
        }
        let end = next.find(|c: char| !c.is_alphabetic()).unwrap_or(next.len());
        (word, rest) = next.split_at(end);
    }
    false
}

/// Function words of other languages that no English dictionary accepts, by language
/// (`dictionaries/rules/foreign-stopwords.tsv`).
fn foreign_stopwords() -> &'static foldhash::HashMap<&'static str, Vec<&'static str>> {
    static MAP: std::sync::OnceLock<foldhash::HashMap<&'static str, Vec<&'static str>>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: foldhash::HashMap<&'static str, Vec<&'static str>> = foldhash::HashMap::default();
        for r in crate::rules::lexicon::rows(include_str!("../../dictionaries/rules/foreign-stopwords.tsv")) {
            map.entry(crate::rules::lexicon::col(&r, 1)).or_default().push(crate::rules::lexicon::col(&r, 0));
        }
        map
    })
}

/// `w` in lower case, borrowed when it has no capital.
fn lower_cow(w: &str) -> std::borrow::Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(w.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

/// Whether the sentence around `span` is written in another language (`¿Sabría usted a quién debo
/// dirigirme?`, `je souhaiterais vous ajouter à mon réseau`): at least two different function words of one
/// language that English does not have, making at least a fifth of its words; or one such word in a sentence
/// whose lower-case words are mostly unknown to English (`known`), three or more of them (`ravi de faire
/// votre connaissance`). Its words are not English misspellings; an English sentence with a foreign name or
/// greeting in it is still checked.
fn foreign_sentence(text: &str, span: std::ops::Range<usize>, known: impl Fn(&str) -> bool) -> bool {
    // At most 300 bytes on each side: a section of one endless sentence stays linear in its unknown words.
    const WINDOW: usize = 300;
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let mut from = span.start.saturating_sub(WINDOW);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (span.end + WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let start = text[from..span.start].rfind(ends).map_or(from, |i| from + i + 1);
    let end = text[span.end..to].find(ends).map_or(to, |i| span.end + i);
    let sentence = &text[start..end];
    let words: Vec<&str> = sentence.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let mut found: Vec<(&str, String)> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        // A capitalised word inside the sentence is a name (`Ana`, `Del Monte`), not a function word.
        if i > 0 && w.starts_with(char::is_uppercase) {
            continue;
        }
        // Most words are in lower case already: no copy for them.
        let lower = lower_cow(w);
        if let Some(langs) = foreign_stopwords().get(lower.as_ref()) {
            for &l in langs {
                if !found.iter().any(|(fl, fw)| *fl == l && *fw == lower.as_ref()) {
                    found.push((l, lower.to_string()));
                }
            }
        }
    }
    if found.iter().any(|(l, _)| {
        let n = found.iter().filter(|(fl, _)| fl == l).count();
        n >= 2 && n * 5 >= words.len()
    }) {
        return true;
    }
    if found.is_empty() {
        return false;
    }
    let lower: Vec<&str> = words.iter().copied().filter(|w| !w.starts_with(char::is_uppercase)).collect();
    let unknown = lower.iter().filter(|w| !known(w)).count();
    if unknown >= 3 && unknown * 2 >= words.len() {
        return true;
    }
    // A phrase of another language inside an English sentence (`ravie de vous avoir rencontrée at the
    // competition`): two function words of one language English lacks within three words of this one.
    let here = &text[span];
    let Some(at) = words.iter().position(|w| w.as_ptr() >= here.as_ptr()) else { return false };
    let near = &words[at.saturating_sub(3)..(at + 4).min(words.len())];
    let mut langs: Vec<(&str, &str)> = Vec::new();
    for w in near {
        let lower = lower_cow(w);
        if let Some((key, ls)) = foreign_stopwords().get_key_value(lower.as_ref()) {
            for &l in ls {
                if !langs.contains(&(l, key)) {
                    langs.push((l, key));
                }
            }
        }
    }
    langs.iter().any(|(l, _)| langs.iter().filter(|(m, _)| m == l).count() >= 2)
}

/// A lower-case prefix written before a hyphen and a letter (`de-stigmatise`, `de-risk`): part of the
/// compound, as Hunspell's affix rules build it without the hyphen.
fn hyphen_prefix(text: &str, word: &str, end: usize) -> bool {
    let mut after = text[end..].chars();
    crate::spell::is_prefix(word) && after.next() == Some('-') && after.next().is_some_and(char::is_alphabetic)
}

/// A word inside a lower-case path of names joined by slashes, with no space (`huggingface/peft`,
/// `kmalik/peft-recipes`, `src/lib`), none of the other parts a common English word: a repository,
/// a package or a file, named in code's vocabulary. A slash between ordinary words (`and/or`,
/// `input/outpt`) is prose, so a slip there is still reported.
fn repository_path(text: &str, span: std::ops::Range<usize>) -> bool {
    let part = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/');
    let start = text[..span.start].char_indices().rev().find(|&(_, c)| !part(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[span.end..].find(|c: char| !part(c)).map_or(text.len(), |i| span.end + i);
    let path = text[start..end].trim_end_matches('.');
    // Written in lower case, as repositories, packages and files mostly are; `HR/Recuitment` is prose.
    if !path.contains('/') || path.starts_with('/') || path.ends_with('/') || path.contains(char::is_uppercase) {
        return false;
    }
    let mut offset = start;
    let mut others = Vec::new();
    for segment in path.split('/') {
        if !(offset..offset + segment.len()).contains(&span.start) {
            others.push(segment);
        }
        offset += segment.len() + 1;
    }
    !others.is_empty()
        && others.iter().all(|s| {
            !s.is_empty()
                && (s.contains(|c: char| !c.is_ascii_alphabetic())
                    || crate::spell::word_tier(&s.to_lowercase()).is_none_or(|t| t > 35))
        })
}

/// A name written with a `+` or `++` straight after it and no letter or digit after that (`kdb+`,
/// `Disney+`, `Notepad++`): a product's name, not a word of prose.
fn plus_product(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let after = rest.trim_start_matches('+');
    after.len() < rest.len() && !after.chars().next().is_some_and(char::is_alphanumeric)
}

/// In a job title or headline, where every word is capitalised by convention, a word two edits from a
/// common word with its first letter is that word misspelt (`Software Delevoper`, `IT Technition`),
/// not a name. Six letters or more, and a common word (SCOWL size 35 or less) as the first
/// suggestion. In running prose a capital is a better sign of a name (`Regivit`), so there the
/// one-edit test alone applies.
fn common_word_misspelt(lower: &str, suggestions: &[String]) -> bool {
    let Some(first) = suggestions.first().map(|s| s.to_lowercase()) else {
        return false;
    };
    lower.chars().count() >= 6
        && !first.contains([' ', '-'])
        && first.chars().next() == lower.chars().next()
        && crate::spell::word_tier(&first).is_some_and(|t| t <= 35)
        && edit_distance(lower, &first) <= 2
}

/// The word before `start`, if it is a title or an initial (`Dr.`, `Prof.`, `C.`): what follows is a
/// person's name.
fn after_title_or_initial(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let last = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let initial = last.len() == 2 && last.ends_with('.') && last.chars().next().is_some_and(char::is_uppercase);
    initial || ["Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "St.", "Sr.", "Jr."].contains(&last)
}

/// Whether the word at `start` begins a sentence, line or bullet.
fn sentence_initial(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(|c: char| c.is_whitespace() || "\"'“‘([*_".contains(c));
    before.is_empty()
        || (before.ends_with(['.', '!', '?', ':', '\n', '•', '-', '–', '—', '|', ';'])
            && !after_title_or_initial(text, start))
        || text[before.len()..start].contains('\n')
}

/// Optimal-string-alignment distance (edits and adjacent transpositions), on characters.
/// `edit_distance(a, b) <= 1`, without filling a table.
fn one_edit_apart(a: &str, b: &str) -> bool {
    use crate::spell::distance::within_one_edit;
    if a.is_ascii() && b.is_ascii() {
        within_one_edit(a.as_bytes(), b.as_bytes())
    } else {
        within_one_edit(&a.chars().collect::<Vec<_>>(), &b.chars().collect::<Vec<_>>())
    }
}

pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut prev2: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

/// A correction safe to apply unasked: a lower-case ASCII word of five letters or more whose first
/// suggestion is the only one a single edit away and keeps its first letter (`buliding` →
/// `building`). Names, short words, accented words, words with several close candidates and a
/// different first letter (`titrate` → `nitrate`: more often another word than a slip) are left to a
/// person.
fn very_likely(word: &str, suggestions: &[String]) -> bool {
    let lower = word.to_lowercase();
    if word != lower || !word.is_ascii() || word.chars().count() < 5 {
        return false;
    }
    let near: Vec<&String> = suggestions.iter().filter(|s| one_edit_apart(&lower, &s.to_lowercase())).collect();
    // A split into two words (`overpayments` → `over payments`) is never sure: compounds are words.
    near.len() == 1
        && suggestions.first() == Some(near[0])
        && near[0].chars().next() == word.chars().next()
        && !near[0].contains([' ', '-', '\''])
        && !swaps_a_suffix(&lower, &near[0].to_lowercase())
}

/// Endings that derive one word from another (`-ise`, `-ist`, `-ism`, `-ity`, `-ment`, `-ings`…). A
/// correction that only trades one of them for another (`pathologise` → `pathologist`,
/// `interlockings` → `interlocking`) may turn a word the lists lack into a different word, so it is a
/// suggestion, not a safe fix. Inflections and spelling-only endings (`-s`, `-ly`, `-able`/`-ible`)
/// are not in the list: `immutible` → `immutable` stays a sure fix.
const SUFFIXES: &[&str] = &[
    "ise", "ize", "ised", "ized", "ises", "izes", "ising", "izing", "ism", "isms", "ist", "ists", "ing", "ings", "ity",
    "ness", "ment", "ments", "ic", "ics", "ical",
];

/// Whether `a` and `b` are one stem with two different endings from `SUFFIXES`.
fn swaps_a_suffix(a: &str, b: &str) -> bool {
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    (0..=common).filter(|&p| a.is_char_boundary(p) && b.is_char_boundary(p)).any(|p| {
        let (sa, sb) = (&a[p..], &b[p..]);
        p >= 4 && sa != sb && SUFFIXES.contains(&sa) && SUFFIXES.contains(&sb)
    })
}

/// The name part of a JavaScript product name written with its `.js` suffix (`Node.js` → `Node`,
/// `react.js` → `react`): letters only, four or more (short names such as `Vue` are rarely words), so
/// versions, domains and paths stay unchecked.
fn js_product_stem(word: &str) -> Option<&str> {
    let stem = word.strip_suffix(".js").or_else(|| word.strip_suffix(".JS"))?;
    (stem.len() >= 4 && stem.chars().all(|c| c.is_ascii_alphabetic())).then_some(stem)
}

/// Single letters, abbreviations with dots and acronyms are not spell-checked; nor are words in
/// other scripts (Hebrew, Arabic, Cyrillic, CJK…), which an English dictionary cannot judge.
fn worth_checking(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 1
        && word.chars().any(is_latin_letter)
        && !word.contains('.')
        && !is_acronym(word)
}

/// A letter of the Latin script: ASCII, Latin-1, Latin Extended-A/B and Additional.
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}'))
}

/// The form of a word to look up: NFC, invisible characters removed. Borrowed when already so.
fn lookup_form(word: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    let invisible = word.contains(crate::text::tokenize::is_invisible);
    if !invisible && is_nfc_quick(word.chars()) == IsNormalized::Yes {
        return std::borrow::Cow::Borrowed(word);
    }
    std::borrow::Cow::Owned(word.chars().filter(|&c| !crate::text::tokenize::is_invisible(c)).nfc().collect())
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    #[test]
    fn flags_typos_and_case() {
        assert_flags("spelling", "I love my jobb.", 1);
        assert_flags("spelling", "Hired via linkedin and Linkdin.", 2);
    }

    /// An irregular plural with -s is its possessive; never fixed unasked.
    #[test]
    fn an_irregular_plural_with_s_is_a_possessive() {
        let d = check_text("spelling", "We run a childrens ward and a womens clinic.");
        let r: Vec<_> = d.iter().map(|d| (d.suggestions[0].replacement.as_str(), d.suggestions[0].safe)).collect();
        assert_eq!(r, [("children's", false), ("women's", false)]);
    }

    /// A repository or file path is code; a slash between ordinary words is prose.
    #[test]
    fn repository_paths_are_not_prose() {
        assert_clean("spelling", "Merged my PR to huggingface/peft and forked it as kmalik/peft-recipes.");
        assert_clean("spelling", "See zorbl/qwix-utils (v2).");
        assert_flags("spelling", "Handled sales/markting and recieve/send flows.", 2);
        assert_flags("spelling", "A qwixle plan and/or a zorbl/recieve path.", 1);
        assert_flags("spelling", "Led HR/Recuitment and OKR/Managment.", 2);
        // A path after a character of several bytes.
        assert_clean("spelling", "“huggingface/peft” and «kmalik/peft-recipes» — ‘zorbl/qwix’");
    }

    /// A prefix before a hyphen is part of the compound; alone it is still checked.
    #[test]
    fn a_prefix_before_a_hyphen_is_not_a_word() {
        assert_clean("spelling", "Helping de-stigmatise care and de-risk launches.");
        assert_flags("spelling", "We de the plan - and de- it.", 2);
    }

    #[test]
    fn capitalised_names_mid_sentence_are_left_alone_unless_one_edit_off() {
        assert_clean("spelling", "I built Zorblaxify, a budgeting app, with two friends.");
        assert_flags("spelling", "We improved the Managment dashboard.", 1);
        assert_flags("spelling", "Zorblaxify is my app.", 1);
        assert_clean("spelling", "- Zorblaxify - an iOS app for budgets\n- Made dashboards");
        assert_clean("spelling", "Advised by Dr. Emin C. Kumbur.");
    }

    #[test]
    fn a_title_word_two_edits_from_a_common_word_is_a_typo() {
        // In a headline every word is capitalised, so a capital is no sign of a name.
        assert_flags("spelling", "# Jo\n\n## Headline\n\nSoftware Delevoper at Zorblaxify\n", 1);
        assert_flags("spelling", "# Jo\n\n## Headline\n\nIT Technition\n", 1);
        // In prose the same distance from a word is left to the name test.
        assert_clean("spelling", "We ship with Delevoper and Zorblaxify.");
        assert!(super::common_word_misspelt("delevoper", &["Developer".into()]));
        assert!(!super::common_word_misspelt("devlpr", &["developer".into()]), "three edits");
        assert!(!super::common_word_misspelt("webdv", &["webbed".into()]), "under six letters");
        assert!(!super::common_word_misspelt("zeveloper", &["developer".into()]), "another first letter");
        assert!(!super::common_word_misspelt("hepatocite", &["hepatocyte".into()]), "not a common word");
    }

    #[test]
    fn a_rare_word_that_looks_like_a_typo_is_never_fixed_unasked() {
        // `intubation` and `ableist` are words, but one edit from `incubation` and `ablest`: the lists'
        // noisy-channel filter left them out, so they are still flagged, with no safe fix.
        for text in ["She assisted with intubation.", "Avoid ableist language."] {
            let d = crate::rules::testing::check_text("spelling", text);
            assert_eq!(d.len(), 1, "{d:#?}");
            assert!(d[0].suggestions.iter().all(|s| !s.safe), "{d:#?}");
        }
        // An ordinary typo one edit from one word keeps its safe fix.
        let d = crate::rules::testing::check_text("spelling", "We are buliding tools.");
        assert!(d[0].suggestions[0].safe, "{d:#?}");
    }

    #[test]
    fn js_product_names_are_checked_by_their_name() {
        let d = crate::rules::testing::check_text("spelling", "I build APIs in Raect.js and Vue.js daily.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].span, 16..21, "only the name part");
        assert_eq!(d[0].suggestions[0].replacement, "React");
        assert_clean("spelling", "I build APIs in React.js, Node.js and Express.js daily.");
        assert_clean("spelling", "Upgraded to app.v2.js and d3.js at cdn.example.js today.");
        assert_eq!(super::js_product_stem("Node.js"), Some("Node"));
        assert_eq!(super::js_product_stem("a.b.js"), None);
    }

    #[test]
    fn link_text_is_checked_and_the_link_is_not() {
        assert_flags("spelling", "Read [my arcticle](https://example.com/artcle-on-tpyos) today.", 1);
    }

    #[test]
    fn trading_one_ending_for_another_is_not_a_safe_fix() {
        for text in ["Clinicians should not pathologise grief.", "We sold the interlockings."] {
            let d = crate::rules::testing::check_text("spelling", text);
            assert_eq!(d.len(), 1, "{d:#?}");
            assert!(d[0].suggestions.iter().all(|s| !s.safe), "{d:#?}");
        }
        assert!(super::swaps_a_suffix("pathologise", "pathologist"));
        assert!(super::swaps_a_suffix("interlockings", "interlocking"));
        assert!(!super::swaps_a_suffix("buliding", "building"));
        assert!(!super::swaps_a_suffix("managemnt", "management"));
        assert!(!super::swaps_a_suffix("recieved", "received"));
        assert!(!super::swaps_a_suffix("additionallly", "additionally"));
        assert!(!super::swaps_a_suffix("immutible", "immutable"));
    }

    #[test]
    fn only_a_sure_correction_is_safe() {
        let d = crate::rules::testing::check_text("spelling", "We are buliding tools.");
        assert!(d[0].suggestions[0].safe, "{d:#?}");
        let d = crate::rules::testing::check_text("spelling", "I love teh work.");
        assert!(d[0].suggestions.iter().all(|s| !s.safe), "too short to be sure: {d:#?}");
        assert!(!super::very_likely("Buliding", &["Building".into()]));
        assert!(!super::very_likely("bcat", &["boat".into()]));
        assert!(!super::very_likely("sloppy", &["floppy".into(), "slopes".into(), "slippy".into()]));
        assert!(!super::very_likely("titrate", &["nitrate".into()]), "another first letter");
        assert!(!super::very_likely("overpayments", &["over payments".into()]), "a split");
        assert!(!super::very_likely("naïvety", &["naivety".into()]), "accented");
    }

    #[test]
    fn distances() {
        assert_eq!(super::edit_distance("recieve", "receive"), 1);
        // One edit apart exactly where the distance is at most 1: every pair of short words over a few letters.
        let mut words = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> =
                words.iter().flat_map(|w| ["a", "b", "é", "c"].map(|c| format!("{w}{c}"))).collect();
            words.extend(longer);
        }
        words.sort();
        words.dedup();
        for a in &words {
            for b in &words {
                assert_eq!(super::one_edit_apart(a, b), super::edit_distance(a, b) <= 1, "{a} {b}");
            }
        }
        assert_eq!(super::edit_distance("kitten", "sitting"), 3);
        assert!(super::sentence_initial("Hi. Word", 4) && !super::sentence_initial("a Word", 2));
        assert!(!super::sentence_initial("with Dr. Word", 9));
        assert!(!super::sentence_initial("Jane C. Word", 8));
    }

    #[test]
    fn decomposed_invisible_and_other_scripts() {
        // (The dictionaries hold no accented words; decomposed names are tested in tests/hostile.rs.)
        assert_clean("spelling", "Good work; manage\u{AD}ment and team\u{200D}work.");
        assert_clean("spelling", "I speak עברית and العربية and русский.");
        assert_flags("spelling", "Great managment\u{200D} skills.", 1);
    }

    #[test]
    fn official_forms_are_correct_and_only_sourced_casings_are_safe() {
        assert_clean("spelling", "I run VMware ESXi clusters and use GitKraken daily with nginx.");
        assert_clean("spelling", "We moved from NGINX to Nginx-free setups on iOS and macOS.");
        let d = crate::rules::testing::check_text("spelling", "I recruited on Github.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert!(d[0].suggestions[0].safe && d[0].suggestions[0].replacement == "GitHub", "{d:#?}");
        // A casing known only from the vocabulary (cspell lists) is suggested, never applied.
        let d = crate::rules::testing::check_text("spelling", "Dashboards in grafana.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert!(d[0].suggestions.iter().all(|s| !s.safe), "{d:#?}");
    }

    #[test]
    fn accented_english_is_correct() {
        assert_clean("spelling", "The façade of the café; my résumé; a naïve soufflé; our protégé.");
        let d = crate::rules::testing::check_text("spelling", "A façadde.");
        assert!(d.iter().all(|d| d.suggestions.iter().all(|s| !s.safe)), "{d:#?}");
    }

    #[test]
    fn sentences_in_other_languages_are_not_english_misspellings() {
        const ID: &str = "spelling";
        assert_clean(
            ID,
            "I studied law at UNAM. ¿Sabría usted a quién debo dirigirme para solicitar prácticas en el área \
             jurídica? Bonjour, je souhaiterais vous ajouter à mon réseau professionnel.",
        );
        // An English sentence with a foreign greeting or word in it is still checked.
        assert_flags(ID, "Buenos días Ana, I loved your talk and recieved your slides.", 1);
        let es = "Hola. ¿Podría usted decirme qué necesito?";
        let at = es.find("usted").unwrap();
        let english = |w: &str| ["i", "work", "with", "data", "for", "years", "loved", "your", "talk"].contains(&w);
        assert!(super::foreign_sentence(es, at..at + 5, english));
        assert!(!super::foreign_sentence("I work with el Niño data for la Niña years.", 0..1, english));
        // One function word English lacks, in a sentence of words English does not know.
        assert_clean(ID, "Bonjour Pierre, ravi de faire votre connaissance.");
        assert_flags(ID, "Bonjour Pierre, I loved votre talk and recieved your slides.", 2);
        // A phrase of another language inside an English sentence.
        assert_clean(ID, "Bonjour Léa, ravie de vous avoir rencontrée at the Lyon sommelier competition.");
        assert_flags(ID, "Bonjour Léa, ravie to meet you at the Lyon sommelier competition; vous recieved it.", 3);
    }

    #[test]
    fn name_particles_and_plus_products() {
        assert_clean("spelling", "A talk on Leonardo da Vinci, Charles de Gaulle and Guadalupe de Vega.");
        assert_clean("spelling", "We met at the Fiestas de la Vendimia and at Carlos de los Santos's.");
        assert_clean("spelling", "I wrote a study of Anwar bin Ibrahim and of Ludwig van Beethoven.");
        assert_clean("spelling", "Built tick-data pipelines in kdb+/q and a Notepad++ plugin.");
        // Not before a name part, or not a particle, or no plus: still a word to check.
        assert_flags("spelling", "We met at de conference in Leeds.", 1);
        assert_flags("spelling", "We met at de la conference in Leeds.", 1);
        assert_flags("spelling", "Lead teh Finance team.", 1);
        assert_flags("spelling", "Wrote kdb scripts.", 1);
    }

    #[test]
    fn accepts_professional_text() {
        assert_clean("spelling", "Built CI/CD pipelines for B2B SaaS; cut p95 latency by 40% with Redis.");
        assert_clean("spelling", "Jane’s team shipped the app’s new UX/UI in Q3 2024 🚀");
    }
}
