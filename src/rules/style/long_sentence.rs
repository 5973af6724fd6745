//! `long-sentence`: sentences longer than `RuleOptions::max_sentence_words` (default 35), except
//! lists of keywords, which are long by nature.

use super::is_own_prose;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::{Rule, RuleMeta, SectionContext};
use crate::text::tokenize::tokens_in;
use std::ops::Range;

pub struct LongSentence;

static META: RuleMeta = RuleMeta {
    id: "long-sentence",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[
        SectionKind::Summary,
        SectionKind::Headline,
        SectionKind::Experience,
        SectionKind::Education,
        SectionKind::Other,
    ],
    summary: "Sentences over the word limit",
    description: "What it does: counts the words of each sentence or bullet (a line break ends one) and \
reports those over the limit (`max-words` under `[rules.long-sentence]`, default 35). Lists of keywords separated by commas, \
semicolons, pipes or bullets (\"Python, SQL, Airflow, dbt, …\") are not sentences and are skipped, and \
so are skill sections. Bullets pasted inline (\"• item • item\", \"  - item  - item\") count one by one.\n\
Why: a recruiter reads a profile in seconds; a sentence that needs a second reading is usually skipped.\n\
Use instead: split it in two, or turn the parts into bullets that each start with a verb.",
    flags: &[
        "I joined the company as its first data engineer and over the following four years I designed, built and \
ran the pipelines that fed every report the finance, sales and marketing teams relied on for their weekly planning.",
        "- Worked with product managers, designers and engineers from three offices to plan, build, test and launch \
the new onboarding flow, which we then iterated on for months until activation rose and support tickets fell a lot.",
    ],
    accepts: &[
        "I build data pipelines. Over four years I designed and ran the ones that fed finance, sales and marketing.",
        "Tools: Python, SQL, Airflow, dbt, Spark, Kafka, Snowflake, BigQuery, Looker, Tableau, Terraform, Docker, \
Kubernetes, GitHub Actions, Jenkins, AWS Glue, Redshift, Postgres, MySQL, MongoDB, Redis, Elasticsearch, Grafana.",
    ],
    default_enabled: true,
};

/// A sentence cut at inline bullet markers: text pasted without its line breaks keeps its bullets
/// as "• item • item" or "  - item  - item", and each item is a sentence of its own.
fn inline_items(text: &str, s: Range<usize>) -> Vec<Range<usize>> {
    let body = &text[s.clone()];
    let mut cuts = vec![0];
    for (i, c) in body.char_indices() {
        let marker = matches!(c, '•' | '▪' | '◦' | '●' | '►' | '➢' | '➤' | '■' | '✓' | '✔')
            || (matches!(c, '-' | '*' | '–') && {
                let before = &body[..i];
                let after_space = body[i + c.len_utf8()..].starts_with([' ', '\t']);
                before.ends_with("  ")
                    || before.ends_with('\t')
                    || before.ends_with(':')
                    || (after_space && before.trim_end().ends_with(['.', ';', ':', '!', '?']))
            });
        if marker && i > 0 {
            cuts.push(i);
        }
    }
    cuts.push(body.len());
    cuts.windows(2).map(|w| s.start + w[0]..s.start + w[1]).filter(|r| !text[r.clone()].trim().is_empty()).collect()
}

/// Many short pieces between separators: a list of keywords, not a sentence.
fn is_list(sentence: &str) -> bool {
    let pieces: Vec<&str> = sentence.split([',', ';', '|', '•', '·', '/']).filter(|p| !p.trim().is_empty()).collect();
    if pieces.len() < 5 {
        return false;
    }
    let words: usize = pieces.iter().map(|p| p.split_whitespace().count()).sum();
    words <= pieces.len() * 3
}

impl Rule for LongSentence {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !is_own_prose(cx.section) {
            return;
        }
        let max = cx.options.max_sentence_words;
        let text = cx.text();
        for s in cx.section.sentences().iter().cloned().flat_map(|s| inline_items(text, s)) {
            let n = tokens_in(cx.tokens, &s).iter().filter(|t| t.span.end <= s.end).count();
            if n > max && !is_list(&text[s.clone()]) {
                let message = format!("sentence of {n} words (limit {max}): split it or turn it into bullets");
                out.push(cx.diag(&META, s, message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_only_the_long_sentence() {
        let long = "We ran one of the largest migrations in the company’s history, moving every service, database and \
queue from the old data centre to the cloud in under a year while keeping all customer traffic up and running.";
        assert_flags("long-sentence", &format!("Short one. {long} Another short one."), 1);
        assert_clean("long-sentence", "A sentence of exactly ten words is fine, of course, here.");
    }

    #[test]
    fn keyword_lists_and_line_breaks() {
        assert_clean(
            "long-sentence",
            "Java | Spring | Kotlin | Gradle | Maven | JUnit | Mockito | Docker | Kubernetes | Helm | Terraform | AWS | \
GCP | Azure | Postgres | Redis | Kafka | RabbitMQ | Grafana | Prometheus | Jenkins | GitLab CI | Sonar | Jira | Confluence | Figma",
        );
        let item = "Built the billing service for the card team with a group of five engineers over two quarters";
        assert_clean("long-sentence", &format!("What I do:  - {item}  - {item}  - {item}"));
        assert_clean("long-sentence", &format!("• {item} • {item} • {item}"));
        assert_clean("long-sentence", &format!("- {item}. -\t{item}. - {item}."));
        let lines = "- Built the billing service with a team of five over two quarters\n".repeat(4);
        assert_clean("long-sentence", &lines);
    }
}
