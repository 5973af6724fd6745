//! `long-sentence`: sentences longer than `RuleOptions::max_sentence_words` (default 35), except
//! lists of keywords, which are long by nature.

use super::is_free_text;
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::SectionKind;
use crate::rules::{Rule, RuleMeta, SectionContext};
use crate::text::sentences;

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
    summary: "Sentences over the word limit (35 by default, `max_sentence_words`)",
    description: "What it does: counts the words of each sentence or bullet (a line break ends one) and \
reports those over `max_sentence_words` (default 35). Lists of keywords separated by commas, \
semicolons, pipes or bullets (\"Python, SQL, Airflow, dbt, …\") are not sentences and are skipped, and \
so are skill sections.\n\
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
        if !is_free_text(cx.section) {
            return;
        }
        let max = cx.options.max_sentence_words;
        let text = cx.text();
        for s in sentences(text) {
            let n = cx.tokens.iter().filter(|t| t.span.start >= s.start && t.span.end <= s.end).count();
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
        let lines = "- Built the billing service with a team of five over two quarters\n".repeat(4);
        assert_clean("long-sentence", &lines);
    }
}
