//! `proofile serve` without the sockets: a request (method, target, origin, body) goes in, a reply
//! (status, headers, body) comes out. The LanguageTool-compatible API (`/v2/…`) and the draft page
//! (`/`, `/api/check`, `/api/invite`) share one `Resolver`. Nothing here reads or writes a file or prints; the HTTP
//! loop lives in the binary (`src/commands/serve.rs`).

pub mod annotated;
pub mod http;
pub mod invite;
pub mod languagetool;
pub mod page;
pub mod params;

use std::ops::Range;

use crate::resolver::Resolver;
use crate::text::Origin;

/// A refused request: LanguageTool's status code and a plain-text `Error: …` body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: u16,
    pub message: String,
}

impl ApiError {
    pub fn new(status: u16, message: impl Into<String>) -> ApiError {
        ApiError { status, message: message.into() }
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(400, message)
    }

    pub fn into_reply(self) -> Reply {
        Reply::text(self.status, format!("Error: {}", self.message))
    }
}

/// An HTTP request as the service sees it. `target` is the path with its query string.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub method: &'a str,
    pub target: &'a str,
    /// The `Origin` header, for CORS.
    pub origin: Option<&'a str>,
    pub body: &'a [u8],
}

/// An HTTP reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(status: u16, body: impl Into<String>) -> Reply {
        Reply { status, content_type: "text/plain; charset=utf-8", headers: Vec::new(), body: body.into().into_bytes() }
    }

    pub fn json(value: &serde_json::Value) -> Reply {
        Reply {
            status: 200,
            content_type: "application/json; charset=utf-8",
            headers: Vec::new(),
            body: serde_json::to_vec(value).unwrap_or_default(),
        }
    }
}

/// Limits and policies of a server.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The longest text `/v2/check` accepts, in characters (LanguageTool's `maxTextLength`).
    pub max_text_length: usize,
    /// The largest request body read, in bytes; larger bodies get 413 unread.
    pub max_body_bytes: usize,
    /// How long one check may take, in milliseconds (reported by `/v2/configinfo`; the HTTP loop
    /// enforces it).
    pub max_check_millis: u64,
    /// Origins allowed to call the API from a browser, besides browser extensions and localhost.
    /// `*` allows every origin.
    pub allowed_origins: Vec<String>,
}

/// LanguageTool's default `maxTextLength` for its public API: 20,000 characters.
pub const DEFAULT_MAX_TEXT_LENGTH: usize = 20_000;
/// Big enough for a 20,000-character text percent-encoded (up to 12 bytes a character) or a JSON
/// Resume file; bigger bodies are refused before they are read.
pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;
pub const DEFAULT_MAX_CHECK_MILLIS: u64 = 10_000;

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            max_text_length: DEFAULT_MAX_TEXT_LENGTH,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_check_millis: DEFAULT_MAX_CHECK_MILLIS,
            allowed_origins: Vec::new(),
        }
    }
}

/// The server's state: the resolver (configuration and dictionaries, loaded once) and the options.
pub struct Service {
    pub resolver: Resolver,
    pub options: ServeOptions,
}

impl Service {
    pub fn new(resolver: Resolver, options: ServeOptions) -> Service {
        Service { resolver, options }
    }

    /// Answers one request. Never panics on any input; every refusal is a 4xx with a text body.
    pub fn handle(&self, req: &Request<'_>) -> Reply {
        let (path, query) = match req.target.split_once('?') {
            Some((p, q)) => (p, q),
            None => (req.target, ""),
        };
        let mut reply = if req.method == "OPTIONS" {
            Reply { status: 204, content_type: "text/plain", headers: Vec::new(), body: Vec::new() }
        } else {
            self.route(req.method, path, query.as_bytes(), req.body)
        };
        if let Some(origin) = req.origin
            && self.origin_allowed(origin)
        {
            reply.headers.push(("Access-Control-Allow-Origin", origin.to_string()));
            reply.headers.push(("Vary", "Origin".to_string()));
            if req.method == "OPTIONS" {
                reply.headers.push(("Access-Control-Allow-Methods", "GET, POST, OPTIONS".to_string()));
                reply.headers.push(("Access-Control-Allow-Headers", "Content-Type, Accept".to_string()));
                reply.headers.push(("Access-Control-Max-Age", "600".to_string()));
            }
        }
        reply
    }

    fn route(&self, method: &str, path: &str, query: &[u8], body: &[u8]) -> Reply {
        let get_or_post = matches!(method, "GET" | "POST");
        let path = path.trim_end_matches('/');
        let result = match (method, path) {
            ("GET", "" | "/index.html") => Ok(page::index()),
            ("GET", p) if p.starts_with("/assets/") => page::asset(&p["/assets/".len()..]),
            ("POST", "/api/check") => page::check(self, body),
            ("POST", "/api/invite") => invite::check(self, body),
            (_, "/v2/check") if get_or_post => languagetool::check(self, query, body),
            (_, "/v2/languages") if get_or_post => Ok(languagetool::languages()),
            (_, "/v2/info") if get_or_post => Ok(languagetool::info(self)),
            (_, "/v2/healthcheck") if get_or_post => Ok(Reply::text(200, "OK")),
            (_, "/v2/maxtextlength") if get_or_post => Ok(Reply::text(200, self.options.max_text_length.to_string())),
            (_, "/v2/configinfo") if get_or_post => languagetool::config_info(self, query, body),
            (_, p)
                if p == "/v2" || p.starts_with("/v2/") || p == "/api/check" || p == "/api/invite" || p.is_empty() =>
            {
                Err(ApiError::new(405, format!("{method} is not supported for {path}")))
            }
            _ => Err(ApiError::new(404, format!("no such page: {path}"))),
        };
        result.unwrap_or_else(ApiError::into_reply)
    }

    /// Browser extensions, pages served from this machine, and the origins given with
    /// `--allow-origin` (`*` allows all).
    pub fn origin_allowed(&self, origin: &str) -> bool {
        if self.options.allowed_origins.iter().any(|o| o == "*" || o.eq_ignore_ascii_case(origin)) {
            return true;
        }
        let lower = origin.to_ascii_lowercase();
        if ["chrome-extension://", "moz-extension://", "safari-web-extension://", "extension://"]
            .iter()
            .any(|p| lower.starts_with(p))
        {
            return true;
        }
        let host = lower.strip_prefix("http://").or_else(|| lower.strip_prefix("https://"));
        host.is_some_and(|h| {
            let name = h.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit()));
            let name = name.map_or(h, |(n, _)| n);
            matches!(name, "localhost" | "127.0.0.1" | "[::1]")
        })
    }
}

/// The source byte range of `span` of a text whose map is `origin`. The end of a non-empty span
/// maps through its last character, so a span that ends where markup begins does not swallow it.
pub(crate) fn map_span(origin: &Origin, text: &str, span: Range<usize>) -> (usize, usize) {
    let start = origin.to_file(span.start);
    if span.is_empty() || span.end > text.len() {
        return (start, start);
    }
    let last = crate::text::origin::floor_char_boundary(text, span.end.saturating_sub(1));
    let end = match origin.verbatim_range(last..span.end) {
        Some(r) => r.end,
        None => origin.to_file(span.end),
    };
    (start, end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(origins: &[&str]) -> Service {
        let resolver = Resolver::new(Some(None), crate::config::Overrides::default()).unwrap();
        let options =
            ServeOptions { allowed_origins: origins.iter().map(|s| s.to_string()).collect(), ..Default::default() };
        Service::new(resolver, options)
    }

    #[test]
    fn cors_allows_extensions_and_localhost_only_by_default() {
        let s = service(&[]);
        for ok in ["chrome-extension://abc", "moz-extension://x-y", "http://localhost:3000", "http://127.0.0.1"] {
            assert!(s.origin_allowed(ok), "{ok}");
        }
        for no in ["https://evil.example", "http://localhost.evil.example", "null", "http://127.0.0.1.nip.io"] {
            assert!(!s.origin_allowed(no), "{no}");
        }
        assert!(service(&["https://www.linkedin.com"]).origin_allowed("https://www.linkedin.com"));
        assert!(service(&["*"]).origin_allowed("https://anything.example"));
    }

    #[test]
    fn preflight_gets_cors_headers_for_allowed_origins_only() {
        let s = service(&[]);
        let req = Request { method: "OPTIONS", target: "/v2/check", origin: Some("moz-extension://a"), body: b"" };
        let r = s.handle(&req);
        assert_eq!(r.status, 204);
        assert!(r.headers.iter().any(|(k, v)| *k == "Access-Control-Allow-Origin" && v == "moz-extension://a"));
        let r = s.handle(&Request { origin: Some("https://evil.example"), ..req });
        assert!(r.headers.iter().all(|(k, _)| *k != "Access-Control-Allow-Origin"));
    }

    #[test]
    fn unknown_paths_and_methods() {
        let s = service(&[]);
        let r = s.handle(&Request { method: "GET", target: "/nope", origin: None, body: b"" });
        assert_eq!(r.status, 404);
        let r = s.handle(&Request { method: "DELETE", target: "/v2/check", origin: None, body: b"" });
        assert_eq!(r.status, 405);
        assert!(String::from_utf8(r.body).unwrap().starts_with("Error: "));
        let r = s.handle(&Request { method: "GET", target: "/v2/healthcheck", origin: None, body: b"" });
        assert_eq!((r.status, r.body), (200, b"OK".to_vec()));
    }
}

/// A draft read and checked. Text that does not look like a whole profile is one general section
/// (`SectionKind::Other`: spelling, grammar, punctuation and style rules run; rules about the headline,
/// the About section, experience entries or the whole profile do not). Text with two or more profile
/// headings (About, Experience, Skills…, as Markdown `## About` or plain-text `About:`) is read as a
/// whole profile and every rule runs; `{…}` is a JSON Resume.
pub(crate) struct Draft {
    pub checked: crate::resolver::Checked,
    /// Read as one section: findings about the whole profile are left out.
    one_section: bool,
}

impl Draft {
    /// Reads and checks `text` as `format`, or as the shape it has when `format` is `None`.
    pub(crate) fn check(
        checker: &crate::check::Checker,
        text: &str,
        format: Option<crate::profile::InputFormat>,
    ) -> Result<Draft, ApiError> {
        use crate::profile::InputFormat;
        let format = format.unwrap_or_else(|| draft_format(text));
        match format {
            InputFormat::LinkedIn => Err(ApiError::bad_request("a LinkedIn export is a zip file; send text")),
            InputFormat::PlainText if !looks_like_profile(text) => {
                let profile = one_section(text);
                let diagnostics = checker.check(&profile);
                Ok(Draft { checked: crate::resolver::Checked { profile, diagnostics }, one_section: true })
            }
            _ => {
                let checked = checker
                    .check_bytes("draft", text.as_bytes().to_vec(), format)
                    .map_err(|e| ApiError::bad_request(e.to_string()))?;
                Ok(Draft { checked, one_section: false })
            }
        }
    }

    /// The findings to report, each with its byte range in the text checked.
    pub(crate) fn findings(&self) -> impl Iterator<Item = (&crate::Diagnostic, Range<usize>)> {
        self.checked.diagnostics.iter().filter_map(|d| {
            let section = self.checked.profile.sections.get(d.section)?;
            if self.one_section && section.path == crate::profile::WHOLE_PROFILE_PATH {
                return None;
            }
            let (start, end) = map_span(&section.origin, &section.text, d.span.clone());
            Some((d, start..end))
        })
    }
}

/// Plain text as one general section, paragraphs split at blank lines, with its inline
/// `<!-- proofile-disable -->` comments honoured.
fn one_section(text: &str) -> crate::Profile {
    use crate::profile::{Block, BlockKind, Field, InputFormat, Section, SectionKind, Source};
    let mut profile = crate::Profile::new(InputFormat::PlainText, vec![Source::new("draft", text.to_string())]);
    let mut section =
        Section::new(SectionKind::Other, Field::Text, "text", text.to_string(), Origin::verbatim(0, 0, text.len()));
    section.label = "Text".into();
    let mut start = 0;
    for (i, _) in text.match_indices("\n\n").chain(std::iter::once((text.len(), ""))) {
        if i < start {
            continue;
        }
        let block = &text[start..i];
        if !block.trim().is_empty() {
            let lead = block.len() - block.trim_start().len();
            let range = start + lead..start + lead + block.trim().len();
            section.blocks.push(Block { kind: BlockKind::Paragraph, range, marker: None });
        }
        start = i + 2;
    }
    profile.sections.push(section);
    profile.suppressions = crate::profile::inline_suppressions(text, 0);
    profile
}

/// Whether text reads as a whole profile rather than a paragraph: two or more different profile
/// section headings, each on a line of its own (`## Experience`, `About:`).
pub(crate) fn looks_like_profile(text: &str) -> bool {
    let mut kinds = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        let heading = if let Some(h) = t.strip_prefix('#') {
            h.trim_start_matches('#').trim()
        } else if let Some((label, rest)) = t.split_once(':') {
            if !rest.trim().is_empty() && !matches!(label.trim().to_ascii_lowercase().as_str(), "headline" | "title") {
                continue;
            }
            label
        } else {
            continue;
        };
        if let Some(k) = crate::profile::section_kind_for_heading(heading)
            && !kinds.contains(&k)
        {
            kinds.push(k);
        }
    }
    kinds.len() >= 2
}

/// The format of a draft with no format given: JSON Resume when it is a JSON object, Markdown when it
/// uses `#` headings, else plain text.
pub(crate) fn draft_format(text: &str) -> crate::profile::InputFormat {
    use crate::profile::InputFormat;
    let t = text.trim_start();
    if t.starts_with('{') {
        InputFormat::JsonResume
    } else if looks_like_profile(text) && text.lines().any(|l| l.trim_start().starts_with('#')) {
        InputFormat::Markdown
    } else {
        InputFormat::PlainText
    }
}

#[cfg(test)]
mod draft_tests {
    use super::*;

    #[test]
    fn profile_shape() {
        assert!(looks_like_profile("## About\n\nI lead.\n\n## Experience\n\n### Lead — Acme\n"));
        assert!(looks_like_profile("Headline: Engineer\n\nAbout:\nI lead teams.\n"));
        assert!(!looks_like_profile("About: the team I lead.\nExperience: ten years of it."));
        assert!(!looks_like_profile("## About\n\nOnly one heading.\n"));
        assert!(!looks_like_profile("I lead teams in Experience design.\n"));
    }

    #[test]
    fn one_section_findings_point_into_the_text() {
        let r = Resolver::new(Some(None), crate::config::Overrides::default()).unwrap();
        let c = r.checker_for(std::path::Path::new("-")).unwrap();
        let text = "I lead teh team.";
        let d = Draft::check(&c, text, None).unwrap();
        let f: Vec<_> = d.findings().map(|(d, r)| (d.rule, &text[r])).collect();
        assert!(f.contains(&("spelling", "teh")), "{f:?}");
        assert!(f.iter().all(|(rule, _)| !rule.starts_with("missing")), "{f:?}");
        assert_eq!(d.checked.profile.sections[1].kind, crate::profile::SectionKind::Other);
        let two = Draft::check(&c, "First paragraph here.\n\n\n  Second one.\n", None).unwrap();
        let blocks: Vec<_> = two.checked.profile.sections[1].blocks.iter().map(|b| b.range.clone()).collect();
        assert_eq!(blocks, vec![0..21, 26..37]);
    }
}
