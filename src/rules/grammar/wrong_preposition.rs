//! `wrong-preposition`: the wrong preposition in fixed profile phrases ("responsible of",
//! "interested about", "passionate for"), from `dictionaries/rules/wrong-prepositions.tsv`.

use std::sync::OnceLock;

use super::phrases::PhraseSet;
use super::{Rule, RuleMeta, SectionContext, match_case};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::rules::lexicon;
use crate::text::word_class::Tags;
use crate::text::{Analysis, TokenKind, Word};

pub struct WrongPreposition;

static META: RuleMeta = RuleMeta {
    id: "wrong-preposition",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The wrong preposition in a fixed phrase (responsible of, interested about, expert of)",
    description: "What it does: finds about 90 fixed phrases whose preposition is wrong or redundant in \
English (\"responsible of\", \"interested about\", \"specialized on\", \"discuss about\", \"comprises of\"), \
listed in `dictionaries/rules/wrong-prepositions.tsv`; a few only before what makes them wrong (\"arrived to \
Vancouver\" but not \"arrived to find\"; \"married with your colleague\" but not \"married with two children\"; \
\"working in the new project\" but not \"working in a project team\").\n\
Why: these are the commonest slips of fluent non-native writers, and recruiters notice them in the first \
lines of a profile.\n\
Fixes: where the wrong form is never right and nothing else must change, the fix is safe to apply; \
otherwise (\"capable to lead\" → \"capable of leading\", \"experience on marketing\" → in or with; not before a name or a model, \"experience on AWS\") it is a suggestion.\n\
Use instead: the suggested preposition, e.g. \"responsible for\", \"interested in\", \"expert in\".",
    flags: &[
        "Responsible of the payments roadmap.",
        "I am interested about machine learning.",
        "Specialized on cloud security and comprises of three teams.",
    ],
    accepts: &[
        "Responsible for the payments roadmap; interested in ML.",
        "Our focus in 2023 was growth, and I built reports in Excel on a Mac.",
        "Gained experience, on the side, with Rust.",
    ],
    default_enabled: true,
};

struct Entry {
    right: Vec<&'static str>,
    safe: bool,
    when: When,
}

/// What must follow the phrase for it to be the slip (the list's `when` column).
enum When {
    Anything,
    /// A capitalised word inside the sentence: a place or a person.
    Name,
    /// A name, or your/his/her/their and a person noun.
    Person,
    /// A noun phrase whose head is one of these nouns.
    Head(Vec<&'static str>),
    /// A year (four digits, 1900–2099) that ends its phrase: `born at 1990`, not `at 2019 prices`.
    Year,
    /// A one-word country's name (`dictionaries/grammar/countries.txt`) that ends its phrase: `our office is at
    /// Germany` → in; not `at Germany's border`, `at Canada House`.
    Country,
    /// A month's name, capitalised, with no day after it (`on May`, `on March 2020` → in; not `on May 5`, `on
    /// May the 5th`, `on May Day`, `on March deadlines`).
    Month,
    /// One of these nouns with no determiner before it (`looking job` → looking for; not `looking the part`).
    Bare(Vec<&'static str>),
    /// A count and a unit of time (`from last 6 years` → for the last; not `from last year`).
    CountTime,
    /// Anything may follow, but the word before the phrase is none of these (`something similar with a
    /// stand-up`: `with` belongs to the verb, not to `similar`).
    NotAfter(Vec<&'static str>),
    /// A noun for a person's job with no determiner, perhaps after one or two modifiers, that ends its phrase
    /// (`working like pattern maker` → as; not `work like a dog`, `working like crazy`).
    Role,
    /// A proper name with no determiner that ends in one of these nouns, capitalised (`Cairo University`,
    /// `Imperial College`), or opens with it before `of` (`University of Ghana`).
    Named(Vec<&'static str>),
    /// A determiner, a possessive or an object pronoun: the object, with no preposition before it.
    Object,
    /// Nothing more in the clause: punctuation or the end, `and`/`as`/`because`, or `to` and a bare verb (`to
    /// connect you and learn`, `connect you to learn`; not `connect you with Sam`, `connect you to Sam`).
    Ends,
}

impl When {
    fn of(col: &'static str) -> When {
        match col {
            "" => When::Anything,
            "name" => When::Name,
            "person" => When::Person,
            "year" => When::Year,
            "month" => When::Month,
            "country" => When::Country,
            "role" => When::Role,
            "count-time" => When::CountTime,
            "object" => When::Object,
            "ends" => When::Ends,
            _ => match (col.strip_prefix("head:"), col.strip_prefix("named:"), col.strip_prefix("bare:")) {
                (Some(h), _, _) => When::Head(h.split('|').collect()),
                (_, Some(h), _) => When::Named(h.split('|').collect()),
                (_, _, Some(h)) => When::Bare(h.split('|').collect()),
                _ => match col.strip_prefix("not-after:") {
                    Some(h) => When::NotAfter(h.split('|').collect()),
                    None => When::Anything,
                },
            },
        }
    }
}

fn person_nouns() -> &'static foldhash::HashSet<&'static str> {
    static SET: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::context::word_list(include_str!("../../../dictionaries/grammar/person-nouns.txt")))
}

/// A year of four digits, 1900–2099.
fn is_year(y: &Word) -> bool {
    y.lower.len() == 4 && y.lower.parse::<u32>().is_ok_and(|n| (1900..2100).contains(&n))
}

/// Whether what follows the phrase's last word (word `last` of the analysis) is what `when` asks for.
fn follows(a: &Analysis, last: usize, when: &When) -> bool {
    let name = |w: &Word| w.capitalized && !w.all_caps && !w.sentence_start && !w.tags.any(Tags::FUNCTION);
    let n1 = a.at(last, 1);
    match when {
        When::Anything | When::NotAfter(_) => true,
        When::Ends => n1.is_none_or(|n| {
            !n.joined
                || n.is_any(&["and", "as", "because", "since", "so"])
                || n.is("to")
                    && a.at(last, 2).is_some_and(|v| {
                        v.joined
                            && v.tags.any(Tags::VERB)
                            && !v.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::FUNCTION | Tags::VERB_PAST)
                    })
        }),
        When::Name => n1.is_some_and(name),
        When::Person => {
            n1.is_some_and(name)
                || n1.is_some_and(|n| n.is_any(&["your", "his", "her", "their"]))
                    && a.at(last, 2).is_some_and(|w| person_nouns().contains(w.lower.as_str()) && !w.compound_next)
                // `one of your colleagues`; `a Romanian` (a nationality: a capital after the article, then the
                // phrase ends: not `a Romanian passport`).
                || n1.is_some_and(|n| n.is("one")) && a.at(last, 2).is_some_and(|w| w.is("of"))
                || n1.is_some_and(|n| n.is_any(&["a", "an"]))
                    && a.at(last, 2).is_some_and(|w| name(w) && !w.compound_next)
                    && a.at(last, 3).is_none_or(|w| !w.tags.any(Tags::NOUN | Tags::NOUN_PL) || w.tags.any(Tags::FUNCTION))
        }
        When::Object => {
            n1.is_some_and(|n| {
                n.joined
                    && (n.tags.any(Tags::DET | Tags::POSS) || n.is_any(&["me", "us", "him", "them", "you"]))
                    && !n.tags.any(Tags::PREP)
                    && !n.compound_next
            }) && !(2..=3).any(|k| {
                // Not a time (`listening the whole time`, `all day`): how long, not what.
                a.at(last, k).is_some_and(|w| {
                    w.tags.any(Tags::TIME)
                        || w.is_any(&["whole", "entire", "time", "day", "night", "week", "morning", "evening", "while"])
                })
            })
        }
        When::Year => {
            n1.is_some_and(is_year)
                && a.at(last, 2)
                    .is_none_or(|n| !n.joined || !n.tags.any(Tags::NOUN | Tags::NOUN_PL) || n.tags.any(Tags::FUNCTION))
        }
        When::Country => {
            n1.is_some_and(|c| {
                c.joined
                    && c.capitalized
                    && !c.all_caps
                    && !c.compound_next
                    && super::missing_article::countries().contains(c.lower.as_str())
            }) && a.at(last, 2).is_none_or(|n| {
                !n.joined || !n.capitalized && !n.tags.any(Tags::NOUN | Tags::NOUN_PL) || n.tags.any(Tags::FUNCTION)
            })
        }
        When::Month => {
            use crate::profile::dates::MONTHS;
            n1.is_some_and(|m| m.joined && m.capitalized && !m.all_caps && !m.sentence_start && m.is_any(&MONTHS))
                && a.at(last, 2).is_none_or(|n| {
                    !n.joined
                        || is_year(n)
                        || !n.capitalized
                            && !n.lower.starts_with(|c: char| c.is_ascii_digit())
                            && !n.tags.any(Tags::NUM | Tags::DIGITS | Tags::DET)
                            && (!n.tags.any(Tags::NOUN | Tags::NOUN_PL) || n.tags.any(Tags::FUNCTION))
                            && !n.is_any(&["first", "second", "third", "fourth", "fifth", "'s", "’s"])
                })
        }
        When::Role => (1..=3).any(|k| {
            a.at(last, k).is_some_and(|h| {
                h.joined
                    && !h.compound_next
                    && !h.is_name_like()
                    && super::missing_article::wordnet_person(&h.lower)
                    && a.at(last, k + 1).is_none_or(|n| {
                        !n.joined || !n.tags.any(Tags::NOUN | Tags::NOUN_PL) || n.tags.any(Tags::FUNCTION)
                    })
                    && (1..k).all(|j| {
                        a.at(last, j).is_some_and(|m| {
                            m.joined
                                && !m.compound_next
                                && m.tags.any(Tags::ADJ | Tags::NOUN)
                                && !m.tags.any(Tags::FUNCTION | Tags::DET | Tags::POSS)
                        })
                    })
            })
        }),
        When::CountTime => {
            n1.is_some_and(|c| {
                c.joined && (c.tags.any(Tags::DIGITS | Tags::NUM) || c.is_any(&["few", "several", "couple"]))
            }) && (2..=3).any(|k| {
                a.at(last, k)
                    .is_some_and(|u| u.is_any(&["years", "months", "weeks", "days", "decades", "yrs", "hours"]))
            })
        }
        When::Bare(heads) => n1.is_some_and(|n| {
            n.joined
                && !n.compound_next
                && heads.iter().any(|h| n.lower.as_str() == *h || n.lower.strip_suffix('s') == Some(*h))
        }),
        When::Named(heads) => {
            let head = |w: &Word| w.capitalized && heads.iter().any(|h| w.lower.as_str() == *h);
            // `University of Ghana`: the head first, then `of` and a name.
            if n1.is_some_and(head)
                && a.at(last, 2).is_some_and(|o| o.is("of") && o.joined)
                && a.at(last, 3).is_some_and(|m| m.joined && name(m))
            {
                return true;
            }
            // `Cairo University`, `Makerere University Business School`: one to three names, then the head, and
            // no lower-case noun after it.
            (2..=4).any(|k| {
                a.at(last, k).is_some_and(|w| {
                    head(w)
                        && (1..k).all(|j| a.at(last, j).is_some_and(|m| m.joined && name(m) && !m.compound_next))
                        && a.at(last, k + 1)
                            .is_none_or(|n| !(n.joined && n.tags.any(Tags::NOUN | Tags::NOUN_PL) && !n.capitalized))
                })
            })
        }
        When::Head(heads) => {
            if !n1.is_some_and(|n| n.tags.any(Tags::DET | Tags::POSS)) {
                return false;
            }
            (2..=5).any(|k| {
                a.at(last, k).is_some_and(|w| {
                    heads.iter().any(|h| w.lower.as_str() == *h || w.lower.strip_suffix('s') == Some(*h))
                        && !w.compound_next
                        && !a
                            .at(last, k + 1)
                            .is_some_and(|n| n.tags.any(Tags::NOUN | Tags::NOUN_PL) && !n.tags.any(Tags::FUNCTION))
                        && (2..k).all(|j| {
                            a.at(last, j).is_some_and(|m| {
                                !m.tags.any(Tags::FUNCTION)
                                    && (m.tags.any(Tags::ADJ | Tags::NOUN | Tags::VERB_PART | Tags::NUM)
                                        || !m.tags.any(Tags::ANY_VERB))
                            })
                        })
                })
            })
        }
    }
}

fn phrases() -> &'static PhraseSet<Entry> {
    static SET: OnceLock<PhraseSet<Entry>> = OnceLock::new();
    SET.get_or_init(|| {
        let text = include_str!("../../../dictionaries/rules/wrong-prepositions.tsv");
        PhraseSet::new(lexicon::rows(text).map(|r| {
            let right = lexicon::col(&r, 1).split('/').map(str::trim).filter(|s| !s.is_empty()).collect();
            let safe = lexicon::col(&r, 2).eq_ignore_ascii_case("yes");
            (lexicon::col(&r, 0), Entry { right, safe, when: When::of(lexicon::col(&r, 3)) })
        }))
    })
}

/// `right` with each word after its first that the text wrote in `found` spelt as written there: `in Tuesday` →
/// `on Tuesday`, not `on tuesday` (the list is lower case).
fn keep_written_words(found: &str, right: &str) -> String {
    let written: Vec<&str> = found.split_whitespace().collect();
    right
        .split(' ')
        .enumerate()
        .map(|(k, piece)| {
            let same = written.iter().find(|w| k > 0 && w.eq_ignore_ascii_case(piece));
            same.map_or(piece, |w| w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

impl Rule for WrongPreposition {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.section.is_prose() {
            return;
        }
        let text = cx.text();
        // What must follow is part of the match: a phrase whose condition fails leaves its words to a shorter one.
        let fits = |m: &super::phrases::Match<'_, Entry>| {
            if let When::NotAfter(words) = &m.value.when {
                let before = cx.tokens[..m.first_token].iter().rev().find(|t| t.kind == TokenKind::Word);
                let after_listed = before.is_some_and(|t| {
                    let gap = &text[t.span.end..cx.tokens[m.first_token].span.start];
                    gap.trim().is_empty() && words.iter().any(|w| t.text(text).eq_ignore_ascii_case(w))
                });
                return !after_listed;
            }
            matches!(m.value.when, When::Anything) || {
                let a = cx.section.analysis();
                let end = cx.tokens[m.last_token].span.start;
                a.words.binary_search_by_key(&end, |w| w.span.start).is_ok_and(|last| follows(a, last, &m.value.when))
            }
        };
        for m in phrases().find_where(cx, fits) {
            let found = &text[m.span.clone()];
            let first = cx.tokens[m.first_token].text(text);
            // "Excel on", "Focus in" mid-sentence: a product or a name, not the phrase.
            if first.chars().next().is_some_and(char::is_uppercase) && !starts_sentence(cx, m.first_token) {
                continue;
            }
            // "our focus in 2023", "experience on 3 continents": a time or a count follows, not an object.
            if cx.tokens.get(m.last_token + 1).is_some_and(|t| t.kind == TokenKind::Number)
                && !m.value.safe
                && !matches!(m.value.when, When::Year | When::CountTime)
            {
                continue;
            }
            // "experience on AWS", "experience on 1.5T systems": work on a named system or a model of a
            // machine, the usual phrase in trades and IT; "experience on marketing" is still a slip.
            // So is experience gained on a place or a piece of work: "experience on real projects", "work
            // experience on your farm", "on the wards".
            let next_word = cx.tokens[m.last_token + 1..].iter().find(|t| t.kind == TokenKind::Word);
            let placed = next_word.is_some_and(|t| {
                matches!(
                    t.text(text).to_lowercase().as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "your"
                        | "my"
                        | "our"
                        | "their"
                        | "his"
                        | "her"
                        | "its"
                        | "real"
                        | "live"
                )
            });
            if found.to_lowercase().starts_with("experience")
                && found.to_lowercase().ends_with(" on")
                && (placed
                    || cx
                        .tokens
                        .get(m.last_token + 1)
                        .is_some_and(|t| t.text(text).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())))
            {
                continue;
            }
            let suggestions: Vec<Suggestion> = m
                .value
                .right
                .iter()
                .map(|r| {
                    let r = keep_written_words(found, &match_case(found, r));
                    if m.value.safe && m.value.right.len() == 1 { Suggestion::safe(r) } else { Suggestion::unsafe_(r) }
                })
                .collect();
            let wanted = m
                .value
                .right
                .iter()
                .map(|r| format!("‘{}’", keep_written_words(found, r)))
                .collect::<Vec<_>>()
                .join(" or ");
            let message = format!("‘{found}’: the usual phrase is {wanted}");
            out.push(cx.diag(&META, m.span, message).with_suggestions(suggestions));
        }
    }
}

/// Whether token `i` is the first word of its sentence or line.
fn starts_sentence(cx: &SectionContext<'_>, i: usize) -> bool {
    let text = cx.text();
    let start = cx.tokens[i].span.start;
    let before = &text[..start];
    let line = &before[before.rfind('\n').map_or(0, |n| n + 1)..];
    !line.chars().any(char::is_alphanumeric) || line.trim_end().ends_with(['.', '!', '?', ':', ';'])
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "wrong-preposition";

    #[test]
    fn flags_fixed_phrases() {
        assert_flags(ID, "I look forward for your reply; I am searching a job in logistics.", 2);
        assert_flags(ID, "Was responsible of hiring.", 1);
        assert_flags(ID, "Passionate on data; an expert of SQL.", 2);
        assert_flags(ID, "Led a team which comprises of 12 people.", 1);
        assert_flags(ID, "Congratulations for your promotion! I would like to join to your network.", 2);
        assert_flags(ID, "I am writing to express my interest for the role.", 1);
        assert_clean(ID, "Congratulations on your promotion; for your team too. A topic of interest for researchers.");
        assert_clean(ID, "I would like to join your network; we join to form one team.");
    }

    #[test]
    fn on_a_month_with_no_day() {
        let d = check_text(ID, "I am graduating on May and moved here on March 2020.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["in", "in"]);
        assert_clean(ID, "We start on May 5, on May 5th, on May the 5th and on May Day; on March's figures.");
        assert_clean(ID, "Focus on may help; we agreed on March deadlines with the board; I count on May Chen.");
        let d = check_text(ID, "I read your paper on the last week and found it clear.");
        assert_eq!(d[0].suggestions[0].replacement, "last week");
        assert_clean(ID, "We met on the last week of May; in the last week we shipped; on the last weekend in June.");
    }

    #[test]
    fn at_a_year_in_the_weekend_and_more() {
        assert_flags(ID, "I was born at 1990 and graduated at 2019. In the weekend I went hiking.", 3);
        assert_clean(ID, "Prices at 2019 levels; at 10 am; in 2019; at the weekend; in the weekend edition.");
        assert_flags(ID, "It depends from the client; according with the report; I am proud for my team.", 3);
        assert_clean(ID, "It depends on the client; according to the report; I am proud of my team.");
    }

    #[test]
    fn studied_at_a_named_university_and_met_at_an_event() {
        assert_flags(ID, "I am waiting your answer; we wait your feedback.", 2);
        assert_clean(ID, "I am waiting for your answer; wait your turn; we are waiting tables.");
        assert_flags(ID, "We both studied in Cairo University. I graduated in Makerere University in 2015.", 2);
        assert_flags(ID, "I studied in University of Ghana; she is studying in Imperial College.", 2);
        assert_clean(ID, "I studied in Cairo in 2010; I graduated in Economics from Makerere University.");
        assert_flags(ID, "I am a law student in Tel Aviv University. She was a lecturer in Kenyatta University.", 2);
        assert_flags(ID, "I want to discuss with you about the UV method.", 1);
        assert_flags(ID, "I met you in the Seoul social welfare conference. We met in the expo in Dubai.", 2);
        let d = check_text(ID, "I was the one who'd just got of the reef boat and smelt like it.");
        assert_eq!(d[0].suggestions[0].replacement, "got off");
        assert_clean(ID, "The most we got of the budget; I got off the boat; we got of the deal what we could.");
        assert_clean(ID, "We met in the conference room; I met you in Seoul at the expo.");
        assert_flags(ID, "In Porto we are discussing about the same problem.", 1);
        assert_flags(ID, "Our rota is similar with yours.", 1);
        let d = check_text(ID, "I am working as signalling engineer in Indian Railways from last 6 years.");
        assert_eq!(d[0].suggestions[0].replacement, "for the last");
        assert_clean(ID, "I have worked here for the last 6 years; from last year's report; from last week.");
        assert_flags(ID, "I joined to your sake seminar at the fair.", 1);
        assert_flags(ID, "I was very impressed from the work of your team.", 1);
        assert_clean(ID, "I was impressed from the start; impressed by the work.");
        assert_flags(ID, "I remained very impressed from the use of the light.", 1);
        assert_flags(ID, "I agree with you in everything. I want to discuss with you regarding my topic.", 2);
        assert_flags(ID, "In spite the delays it worked. I apologize the late reply. We travel to overseas.", 3);
        assert_flags(ID, "Our head office is at Germany. I have been working at Canada since 2019.", 2);
        assert_clean(ID, "We met at Germany's border; the team at Canada House; at Kenya Airways; in Germany.");
        assert_clean(ID, "Customer Support Lead at Mexico. We won at Germany.");
        assert_flags(
            ID,
            "Can you share me the slides? I'd like to keep contact with you. I am requesting for an interview.",
            3,
        );
        assert_clean(ID, "Can you share the slides with me? I'd like to keep in contact with you.");
        assert_flags(ID, "Our firm specializes on tax. She is searching a new role. Feel free to contact to me.", 3);
        assert_clean(ID, "In spite of the delays; I apologize for the late reply; we travel overseas; contact me.");
        assert_clean(ID, "I agree with you in principle; I agree with you on everything; discuss it with you.");
        assert_clean(ID, "The annex is joined to the main building; I joined your seminar.");
        assert_clean(
            ID,
            "We're trying something similar with our counting games; you solved something similar with a stand-up.",
        );
        assert_flags(ID, "I want to share you our experience; some questions concerning about land.", 2);
        assert_clean(ID, "I want to share with you our experience; glad to share; the questions concerning land.");
        assert_flags(ID, "I am looking job as electrician; we are looking opportunities abroad.", 2);
        let d = check_text(ID, "I am working like pattern maker in Milan. She worked like nurse for years.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["working as", "worked as"]);
        assert_clean(ID, "We work like a team; working like crazy; it works like magic; worked like a nurse would.");
        assert_clean(ID, "I am looking for a job; you are looking good; looking the part; looking work-ready.");
        assert_flags(ID, "I live at Mumbai and we lived at Lagos. I asked to my manager about it.", 3);
        assert_flags(ID, "I would like to connect you. It would be great to connect you and share ideas.", 2);
        assert_flags(ID, "I would love to connect you to learn from you.", 1);
        assert_clean(ID, "I can connect you with Sam or connect you to Sarah; happy to connect with you.");
        assert_clean(ID, "Would you like me to connect you? I'd love to connect you to our lead.");
        assert_clean(ID, "We played live at Glastonbury; I live in Mumbai; I live at 12 Main Street; I asked to join.");
        assert_clean(ID, "I am a PhD student in physics; I work in Tel Aviv and teach in two schools.");
        assert_clean(ID, "She studied in Paris at the Sorbonne; we studied in the university library.");
        assert_flags(ID, "It was nice to meet you on the conference in Dubai. I was on the opening.", 2);
        assert_clean(ID, "I was on the conference committee; I spoke on the conference theme; we met on Monday.");
    }

    #[test]
    fn safe_column_decides_the_fix() {
        let d = check_text(ID, "Results superior than the benchmark.");
        assert_eq!(d[0].suggestions.len(), 1);
        assert!(d[0].suggestions[0].safe);
        assert_eq!(d[0].suggestions[0].replacement, "superior to");
        // A phrase with a correct reading is only suggested: "interested for a long time", "the most
        // responsible of them", "discussed about 20 topics" (about = roughly).
        for text in [
            "I have been interested for a long time in security.",
            "Responsible of the budget.",
            "We discussed about twenty topics.",
            "I was in charge for two years.",
        ] {
            let d = check_text(ID, text);
            assert_eq!(d.len(), 1, "{text}");
            assert!(d[0].suggestions.iter().all(|s| !s.safe), "{text}: {d:?}");
        }
        assert_clean(ID, "Five years of experience on AWS and six years of experience on 1.5T systems.");
        assert_clean(ID, "I want experience on real projects and some work experience on your dairy farm.");
        let d = check_text(ID, "Five years of experience on marketing.");
        assert_eq!(d[0].suggestions.len(), 2);
        assert!(d[0].suggestions.iter().all(|s| !s.safe));
    }

    /// Some phrases are slips only before what the list's `when` column names.
    #[test]
    fn phrases_that_depend_on_what_follows() {
        assert_flags(ID, "We arrived to Vancouver last month.", 1);
        assert_clean(ID, "We arrived to find the site flooded and arrived to a warm welcome.");
        assert_flags(ID, "My sister is married with your colleague Tomás; I was married with Anna.", 2);
        assert_clean(ID, "She is married with two children; he is married with a daughter.");
        assert_flags(ID, "My sister is married with one of your colleagues. I'm married with a Romanian too.", 2);
        assert_clean(ID, "Married with a Romanian passport holder? Married with one child.");
        assert_flags(ID, "We are working in the same metro project; I worked in a big new project.", 2);
        assert_clean(ID, "I work in a project team, in project management and in the project-based unit.");
        assert_clean(ID, "I worked in the project office and in the projects team.");
        assert_flags(ID, "I attended to your talk on elderly users and attended to the annual conference.", 2);
        assert_clean(ID, "I attended to your request and attended to the patients; I attended your talk.");
        // `assister à` and `work on` a firm: attended, work at.
        assert_flags(ID, "I assisted to your conference on GDPR. I work on the same company as you.", 2);
        assert_clean(ID, "I assisted to the patient; I work on the company's website and worked on the factory floor.");
    }

    #[test]
    fn a_missing_or_extra_preposition_after_a_verb() {
        assert_flags(ID, "Please reply me soon. I will wait you at the gate. I like to listen music.", 3);
        assert_flags(ID, "I request for your guidance; feel free to contact with me; I am afraid from failure.", 3);
        assert_clean(ID, "A request for your guidance; stay in contact with me; reply to me; wait for you.");
    }

    #[test]
    fn a_day_of_the_week_takes_on() {
        assert_flags(ID, "Hi, we met in Tuesday at the briefing. See you at Friday!", 2);
        let d = check_text(ID, "We met in Tuesday.");
        assert_eq!(d[0].suggestions[0].replacement, "on Tuesday");
        assert!(d[0].message.contains("‘on Tuesday’"), "{}", d[0].message);
        let d = check_text(ID, "In Friday we met.");
        assert_eq!(d[0].suggestions[0].replacement, "On Friday");
        assert_clean(ID, "We met on Tuesday; in Tuesday's meeting and at Monday’s stand-up.");
    }

    #[test]
    fn accepts_near_misses() {
        assert_clean(ID, "Responsible for the budget, of course.");
        assert_clean(ID, "Built dashboards in Excel on Windows.");
        assert_clean(ID, "Our focus in 2022 was retention.");
        assert_clean(ID, "Moved the team's focus in-house.");
        assert_clean(ID, "Interested, about a year ago, in Rust.");
    }

    #[test]
    fn platforms_and_finding_phrases() {
        let d =
            check_text(ID, "I saw your post in LinkedIn. I came across with your article. I am seeking for a role.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["on LinkedIn", "came across", "seeking"]);
        assert_clean(ID, "I saw your post on LinkedIn; I came across your article; the internet age; seeking a role.");
    }

    #[test]
    fn listen_takes_to_before_its_object() {
        let d = check_text(ID, "I listened your podcast. I was listening him in Kano.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "listened to");
        assert_clean(
            ID,
            "I listened to your podcast; listening skills; I was listening the whole time; listen all day.",
        );
        let d = check_text(ID, "I would like to add you in my professional network.");
        assert_eq!(d[0].suggestions[0].replacement, "add you to");
        assert_clean(ID, "I'd like to add you in person; add you to my network.");
    }
}
