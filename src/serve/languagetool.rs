//! The LanguageTool HTTP API v2, as its server answers it (`/v2/check`, `/v2/languages`, `/v2/info`,
//! `/v2/configinfo`): parameters, status codes, and the JSON shape its clients parse. Offsets count
//! UTF-16 code units of the text the client sent, markup included, as LanguageTool's do.

use std::path::Path;

use serde_json::{Value, json};

use super::annotated::Document;
use super::params::Params;
use super::{ApiError, Draft, Reply, Service};
use crate::diagnostic::{Category, Diagnostic};
use crate::resolver::Variant;
use crate::rules::{RuleMeta, all_rules, find_rule};
use crate::spell::Dialect;

/// The API version LanguageTool reports (`software.apiVersion`).
const API_VERSION: u32 = 1;
/// Characters of context each side of a match, as LanguageTool's default.
const CONTEXT_CHARS: usize = 40;

/// The id a client sees for a proofile rule. Spelling ends in `_SPELLER_RULE`, so that clients that
/// recognise spelling matches by id (ltex-ls "add to dictionary") do; the proofile id is `subId`.
pub fn rule_id(id: &str) -> String {
    if id == "spelling" {
        "PROOFILE_SPELLER_RULE".to_string()
    } else {
        format!("PROOFILE_{}", id.to_ascii_uppercase().replace('-', "_"))
    }
}

/// LanguageTool's category id and name for a proofile category.
pub fn category(c: Category) -> (&'static str, &'static str) {
    match c {
        Category::Spelling => ("TYPOS", "Possible Typo"),
        Category::Grammar => ("GRAMMAR", "Grammar"),
        Category::Punctuation => ("PUNCTUATION", "Punctuation"),
        Category::Style => ("STYLE", "Style"),
        Category::Consistency => ("PROOFILE_CONSISTENCY", "Consistency"),
        Category::Completeness => ("PROOFILE_COMPLETENESS", "Completeness"),
        Category::Invite => ("PROOFILE_INVITE", "Invitation"),
    }
}

/// The ITS issue type LanguageTool clients colour matches by (`misspelling` is drawn as a typo).
fn issue_type(meta: &RuleMeta) -> &'static str {
    match meta.category {
        Category::Spelling => "misspelling",
        Category::Grammar => "grammar",
        Category::Punctuation => "typographical",
        Category::Style => "style",
        Category::Consistency => "inconsistency",
        Category::Completeness if meta.id == "length-limit" => "length",
        Category::Completeness => "omission",
        Category::Invite => "style",
    }
}

fn software() -> Value {
    json!({
        "name": "proofile",
        "version": env!("CARGO_PKG_VERSION"),
        "buildDate": "",
        "apiVersion": API_VERSION,
        "premium": false,
        "premiumHint": "",
        "status": "",
    })
}

/// The languages this server checks: English, American or British spelling.
const LANGUAGES: [(&str, &str); 3] = [("en", "English"), ("en-US", "English (US)"), ("en-GB", "English (GB)")];

pub fn languages() -> Reply {
    let list: Vec<Value> =
        LANGUAGES.iter().map(|(code, name)| json!({"name": name, "code": "en", "longCode": code})).collect();
    Reply::json(&Value::Array(list))
}

pub fn info(svc: &Service) -> Reply {
    Reply::json(&json!({
        "software": software(),
        "parameter": parameters(svc),
        "languages": LANGUAGES.iter().map(|(code, _)| code).collect::<Vec<_>>(),
    }))
}

fn parameters(svc: &Service) -> Value {
    json!({
        "maxTextLength": svc.options.max_text_length,
        "maxTextHardLength": svc.options.max_text_length,
        "maxCheckTimeMillis": svc.options.max_check_millis,
        "maxRequestBytes": svc.options.max_body_bytes,
    })
}

/// `/v2/configinfo?language=…`: the rules, as LanguageTool lists them.
pub fn config_info(svc: &Service, query: &[u8], body: &[u8]) -> Result<Reply, ApiError> {
    let params = Params::from_parts(query, body)?;
    let language = Language::parse(params.get("language"), &[])?;
    let checker = svc
        .resolver
        .checker_variant(Path::new("."), Variant { dialect: language.dialect, all_rules: false })
        .map_err(|e| ApiError::new(500, e))?;
    let on: Vec<&str> = checker.rule_ids().collect();
    let rules: Vec<Value> = all_rules()
        .iter()
        .map(|r| {
            let m = r.meta();
            let (cat_id, cat_name) = category(m.category);
            json!({
                "ruleId": rule_id(m.id),
                "description": m.summary,
                "isDefaultActive": on.contains(&m.id),
                "categoryId": cat_id,
                "categoryName": cat_name,
                "locQualityIssueType": issue_type(m),
            })
        })
        .collect();
    Ok(Reply::json(&json!({
        "software": software(),
        "parameter": parameters(svc),
        "rules": rules,
    })))
}

/// The language a request asked for and the dialect that checks it.
struct Language {
    code: &'static str,
    name: &'static str,
    /// `None`: the configuration's dialect.
    dialect: Option<Dialect>,
}

impl Language {
    /// `en-US`, `en-GB`, `en` or `auto` (any case, `_` or `-`); `auto` and `en` take the first English
    /// variant of `preferredVariants`, else the configuration's dialect.
    fn parse(code: Option<&str>, preferred: &[String]) -> Result<Language, ApiError> {
        let Some(code) = code.map(str::trim).filter(|c| !c.is_empty()) else {
            return Err(ApiError::bad_request("Missing 'language' parameter. Specify language or use 'language=auto'"));
        };
        let norm = |s: &str| s.trim().to_ascii_lowercase().replace('_', "-");
        let pick = |c: &str| match norm(c).as_str() {
            "en-us" => Some(Language { code: "en-US", name: "English (US)", dialect: Some(Dialect::EnUs) }),
            "en-gb" => Some(Language { code: "en-GB", name: "English (GB)", dialect: Some(Dialect::EnGb) }),
            _ => None,
        };
        match norm(code).as_str() {
            "auto" | "en" => Ok(preferred.iter().find_map(|p| pick(p)).unwrap_or(Language {
                code: "en",
                name: "English",
                dialect: None,
            })),
            _ => pick(code).ok_or_else(|| {
                ApiError::bad_request(format!(
                    "'{code}' is not a language code known to this server. Supported language codes are: auto, \
en, en-US, en-GB"
                ))
            }),
        }
    }
}

/// Which rules a request wants, by LanguageTool id, proofile id or category.
struct RuleFilter {
    enabled: Vec<String>,
    disabled: Vec<String>,
    enabled_categories: Vec<String>,
    disabled_categories: Vec<String>,
    enabled_only: bool,
    picky: bool,
    /// LanguageTool's `mode`: `textLevelOnly` asks for the rules that read the whole text (here the
    /// consistency and completeness rules), `allButTextLevelOnly` for the others; clients that send
    /// both and merge the answers get each finding once.
    text_level: Option<bool>,
}

impl RuleFilter {
    fn from(params: &Params) -> Result<RuleFilter, ApiError> {
        let f = RuleFilter {
            enabled: params.list("enabledRules"),
            disabled: params.list("disabledRules"),
            enabled_categories: params.list("enabledCategories"),
            disabled_categories: params.list("disabledCategories"),
            enabled_only: params.flag("enabledOnly"),
            text_level: match params.get("mode").map(str::trim) {
                Some("textLevelOnly") => Some(true),
                Some("allButTextLevelOnly") => Some(false),
                _ => None,
            },
            picky: match params.get("level").map(str::trim) {
                None | Some("" | "default") => false,
                Some("picky") => true,
                Some(other) => {
                    return Err(ApiError::bad_request(format!(
                        "Unknown value '{other}' for parameter 'level', use 'default' or 'picky'"
                    )));
                }
            },
        };
        if f.enabled_only && f.enabled.is_empty() && f.enabled_categories.is_empty() {
            return Err(ApiError::bad_request(
                "You must specify enabled rules or categories when using enabledOnly=true",
            ));
        }
        Ok(f)
    }

    /// Whether the off-by-default rules must run too.
    fn needs_all_rules(&self) -> bool {
        self.picky || self.enabled_only || !self.enabled.is_empty() || !self.enabled_categories.is_empty()
    }

    fn names_rule(list: &[String], id: &str) -> bool {
        let lt = rule_id(id);
        list.iter().any(|s| s.eq_ignore_ascii_case(&lt) || s.eq_ignore_ascii_case(id))
    }

    fn names_category(list: &[String], c: Category) -> bool {
        list.iter().any(|s| s.eq_ignore_ascii_case(category(c).0) || s.eq_ignore_ascii_case(c.as_str()))
    }

    /// Whether to report a finding of rule `id`; `on_by_default` says whether the configuration runs it.
    fn keeps(&self, id: &str, cat: Category, on_by_default: bool) -> bool {
        let text_level = matches!(cat, Category::Consistency | Category::Completeness);
        if self.text_level.is_some_and(|t| t != text_level) {
            return false;
        }
        if Self::names_rule(&self.disabled, id) || Self::names_category(&self.disabled_categories, cat) {
            return false;
        }
        let asked = Self::names_rule(&self.enabled, id) || Self::names_category(&self.enabled_categories, cat);
        if self.enabled_only { asked } else { asked || on_by_default || self.picky }
    }
}

/// `/v2/check`.
pub fn check(svc: &Service, query: &[u8], body: &[u8]) -> Result<Reply, ApiError> {
    let params = Params::from_parts(query, body)?;
    let doc = match (params.get("text"), params.get("data")) {
        (Some(_), Some(_)) => return Err(ApiError::bad_request("Set only 'text' or 'data' parameter, not both")),
        (Some(text), None) => Document::from_text(text),
        (None, Some(data)) => Document::from_annotation(data)?,
        (None, None) => return Err(ApiError::bad_request("Missing 'text' or 'data' parameter")),
    };
    let length = doc.plain.chars().count();
    if length > svc.options.max_text_length {
        return Err(ApiError::new(
            413,
            format!(
                "Your text exceeds the limit of {} characters (it's {length} characters). Please submit a shorter text.",
                svc.options.max_text_length
            ),
        ));
    }
    let language = Language::parse(params.get("language"), &params.list("preferredVariants"))?;
    let filter = RuleFilter::from(&params)?;
    let variant = |all_rules| Variant { dialect: language.dialect, all_rules };
    let base = svc.resolver.checker_variant(Path::new("."), variant(false)).map_err(|e| ApiError::new(500, e))?;
    let checker = if filter.needs_all_rules() {
        svc.resolver.checker_variant(Path::new("."), variant(true)).map_err(|e| ApiError::new(500, e))?
    } else {
        base.clone()
    };
    let on_by_default: Vec<&str> = base.rule_ids().collect();
    // A client's text is prose (a `{` opens no JSON Resume here); a whole profile with `#` headings is
    // read as Markdown.
    let format = match super::draft_format(&doc.plain) {
        crate::profile::InputFormat::Markdown => crate::profile::InputFormat::Markdown,
        _ => crate::profile::InputFormat::PlainText,
    };
    let draft = Draft::check(&checker, &doc.plain, Some(format))?;
    let mut matches: Vec<(usize, Value)> = draft
        .findings()
        .filter(|(d, _)| filter.keeps(d.rule, d.category, on_by_default.contains(&d.rule)))
        .filter_map(|(d, span)| {
            let original = doc.to_original(span);
            let sentence = sentence_of(&draft, d);
            Some((original.start, match_json(&doc.original, original, d, sentence)?))
        })
        .collect();
    matches.sort_by_key(|(at, _)| *at);
    let lang = json!({"name": language.name, "code": language.code});
    let mut language_json = lang.clone();
    language_json["detectedLanguage"] = lang;
    Ok(Reply::json(&json!({
        "software": software(),
        "warnings": {"incompleteResults": false},
        "language": language_json,
        "matches": matches.into_iter().map(|(_, m)| m).collect::<Vec<_>>(),
    })))
}

/// The sentence of the section a finding is in, as LanguageTool's `sentence` field.
fn sentence_of<'a>(draft: &'a Draft, d: &Diagnostic) -> &'a str {
    let Some(section) = draft.checked.profile.sections.get(d.section) else { return "" };
    section
        .sentences()
        .iter()
        .find(|r| r.start <= d.span.start && d.span.start < r.end.max(r.start + 1))
        .and_then(|r| section.text.get(r.clone()))
        .unwrap_or(&section.text)
        .trim()
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// One match in LanguageTool's shape; `span` is a byte range of `text`.
fn match_json(text: &str, span: std::ops::Range<usize>, d: &Diagnostic, sentence: &str) -> Option<Value> {
    let meta = find_rule(d.rule)?.meta();
    let flagged = text.get(span.clone())?;
    let offset = utf16_len(&text[..span.start]);
    let length = utf16_len(flagged);
    // Context: up to 40 characters each side, line breaks as spaces, "..." where cut.
    let before_start = text[..span.start].char_indices().rev().nth(CONTEXT_CHARS - 1).map(|(i, _)| i);
    let after_end = text[span.end..].char_indices().nth(CONTEXT_CHARS).map(|(i, _)| span.end + i);
    let mut ctx = String::new();
    if before_start.is_some_and(|i| i > 0) {
        ctx.push_str("...");
    }
    ctx.push_str(&text[before_start.unwrap_or(0)..span.start]);
    let ctx_offset = utf16_len(&ctx);
    ctx.push_str(flagged);
    ctx.push_str(&text[span.end..after_end.unwrap_or(text.len())]);
    if after_end.is_some() {
        ctx.push_str("...");
    }
    let ctx = ctx.replace(['\n', '\r', '\t'], " ");
    let (cat_id, cat_name) = category(meta.category);
    let spelling = meta.id == "spelling";
    Some(json!({
        "message": d.message,
        "shortMessage": if spelling { "Spelling mistake" } else { meta.summary },
        "replacements": d.suggestions.iter().map(|s| json!({"value": s.replacement})).collect::<Vec<_>>(),
        "offset": offset,
        "length": length,
        "context": {"text": ctx, "offset": ctx_offset, "length": length},
        "sentence": sentence,
        "type": {"typeName": if spelling { "UnknownWord" } else { "Other" }},
        "rule": {
            "id": rule_id(meta.id),
            "subId": meta.id,
            "description": format!("{} (proofile {})", meta.summary, meta.id),
            "issueType": issue_type(meta),
            "category": {"id": cat_id, "name": cat_name},
        },
        "ignoreForIncompleteSentence": false,
        "contextForSureMatch": 0,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Overrides;
    use crate::resolver::Resolver;

    fn service() -> Service {
        let r = Resolver::new(Some(None), Overrides::default()).unwrap();
        Service::new(r, super::super::ServeOptions { max_text_length: 50, ..Default::default() })
    }

    fn post(s: &Service, body: &str) -> Reply {
        s.handle(&super::super::Request { method: "POST", target: "/v2/check", origin: None, body: body.as_bytes() })
    }

    fn body(r: &Reply) -> Value {
        serde_json::from_slice(&r.body).unwrap()
    }

    #[test]
    fn offsets_are_utf16_units() {
        let s = service();
        // 🚀 is two UTF-16 units, é one: "teh" starts at unit 8.
        let r = post(&s, "language=en-US&text=%F0%9F%9A%80+Caf%C3%A9+teh+team.");
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        let v = body(&r);
        let m = v["matches"].as_array().unwrap().iter().find(|m| m["replacements"][0]["value"] == "the").unwrap();
        assert_eq!((m["offset"].as_u64(), m["length"].as_u64()), (Some(8), Some(3)));
        assert_eq!(m["rule"]["id"], "PROOFILE_SPELLER_RULE");
        assert_eq!(m["rule"]["issueType"], "misspelling");
        assert_eq!(m["replacements"][0]["value"], "the");
        assert_eq!(v["software"]["apiVersion"], 1);
        assert_eq!(v["language"]["code"], "en-US");
    }

    #[test]
    fn clean_text_has_no_matches() {
        let v = body(&post(&service(), "language=en-US&text=I+lead+the+team."));
        assert_eq!(v["matches"], json!([]));
    }

    #[test]
    fn annotated_offsets_count_markup() {
        let data = r#"{"annotation":[{"markup":"<p>"},{"text":"I lead teh team."},{"markup":"</p>"}]}"#;
        let q = format!("language=en-US&data={}", data.replace('"', "%22").replace('{', "%7B").replace('}', "%7D"));
        let v = body(&post(&service(), &q));
        let m = v["matches"].as_array().unwrap().iter().find(|m| m["rule"]["subId"] == "spelling").unwrap();
        assert_eq!(m["offset"], 10);
    }

    #[test]
    fn parameter_errors_use_languagetool_status_codes() {
        let s = service();
        let cases = [
            ("text=hi", 400),
            ("language=en-US", 400),
            ("language=de-DE&text=hi", 400),
            ("language=en-US&text=hi&data=%7B%7D", 400),
            ("language=en-US&data=nope", 400),
            ("language=en-US&text=hi&enabledOnly=true", 400),
            ("language=en-US&text=hi&level=extreme", 400),
            ("language=en-US&text=hi%ZZ", 400),
            ("language=en-US&text=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 413),
        ];
        for (q, status) in cases {
            let r = post(&s, q);
            assert_eq!(r.status, status, "{q}");
            assert!(String::from_utf8(r.body).unwrap().starts_with("Error: "), "{q}");
        }
    }

    #[test]
    fn rules_and_categories_filter() {
        let s = service();
        let spell = |q: &str| {
            body(&post(&s, q))["matches"].as_array().unwrap().iter().any(|m| m["rule"]["subId"] == "spelling")
        };
        assert!(spell("language=en-US&text=teh+team"));
        assert!(!spell("language=en-US&text=teh+team&disabledRules=PROOFILE_SPELLER_RULE"));
        assert!(!spell("language=en-US&text=teh+team&disabledCategories=TYPOS"));
        assert!(!spell("language=en-US&text=teh+team&enabledOnly=true&enabledRules=PROOFILE_A_AN"));
        assert!(spell("language=en-US&text=teh+team&enabledOnly=true&enabledCategories=TYPOS"));
        assert!(spell("language=en-US&text=teh+team&mode=allButTextLevelOnly"));
        assert!(!spell("language=en-US&text=teh+team&mode=textLevelOnly"));
    }

    #[test]
    fn a_whole_profile_runs_the_profile_rules() {
        let s = service();
        let ids = |text: &str| -> Vec<String> {
            let body = format!("language=en-US&text={}", text.replace('#', "%23").replace('\n', "%0A"));
            let r = s.handle(&super::super::Request {
                method: "POST",
                target: "/v2/check",
                origin: None,
                body: body.as_bytes(),
            });
            body_ids(&r)
        };
        fn body_ids(r: &Reply) -> Vec<String> {
            body(r)["matches"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m["rule"]["subId"].as_str().unwrap().to_string())
                .collect()
        }
        // A paragraph: no findings about a missing headline or experience.
        assert!(ids("I lead teams.").iter().all(|id| !id.starts_with("missing") && id != "no-experience"));
        // A profile with two headings and no headline: the profile rules run.
        let profile = ids("## About\n\nI lead teams.\n\n## Skills\n\nRust\n");
        assert!(profile.iter().any(|id| id == "missing-headline"), "{profile:?}");
    }

    #[test]
    fn languages_and_configinfo() {
        let s = service();
        let get = |t: &str| s.handle(&super::super::Request { method: "GET", target: t, origin: None, body: b"" });
        let v = body(&get("/v2/languages"));
        assert!(v.as_array().unwrap().iter().any(|l| l["longCode"] == "en-GB"));
        assert_eq!(get("/v2/configinfo").status, 400);
        let v = body(&get("/v2/configinfo?language=en-US"));
        assert!(v["rules"].as_array().unwrap().iter().any(|r| r["ruleId"] == "PROOFILE_SPELLER_RULE"));
        assert_eq!(get("/v2/maxtextlength").body, b"50".to_vec());
    }
}
