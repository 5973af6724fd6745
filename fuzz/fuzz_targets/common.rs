//! What every fuzz target checks, shared with `tests/fuzz_regressions.rs` (which includes this file):
//! readers never panic; an error is one line naming the input; every section maps into its source,
//! its verbatim runs are what the file says, and every token and reported span lies on character
//! boundaries inside its section and maps to a real line and column; the safe fixes apply and
//! reach a fixed point (fixing twice changes nothing). The server's HTTP framing and handler never
//! panic, keep to their size limits and always answer a well-formed reply (4xx for bad requests);
//! `--stdin-jsonl` answers every input line with one JSON object on its line.

#![allow(dead_code)]

use std::io::{Cursor, Write};
use std::sync::OnceLock;

use proofile::config::Overrides;
use proofile::fix::fix_text;
use proofile::profile::InputFormat;
use proofile::profile::detect::read_bytes;
use proofile::report::{Outcome, jsonl};
use proofile::resolver::Resolver;
use proofile::serve::http::{self, Next};
use proofile::serve::{Reply, Request, ServeOptions, Service};
use proofile::text::tokenize::tokenize;
use proofile::{Checker, Diagnostic, Profile, Settings};

pub fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(Settings::default()))
}

/// Reads `data` in `format`; an error must be one line that starts with the input's name.
pub fn read(name: &str, data: &[u8], format: InputFormat) -> Option<Profile> {
    match read_bytes(name, data.to_vec(), format) {
        Ok(p) => {
            assert_profile_sound(&p);
            Some(p)
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with(name) && !msg.contains('\n'), "bad error: {msg:?}");
            None
        }
    }
}

pub fn assert_profile_sound(p: &Profile) {
    for (i, s) in p.sections.iter().enumerate() {
        if let Some(problem) = p.span_problem(i, &(0..s.text.len())) {
            panic!("section {}: {problem}", s.path);
        }
        let src = &p.sources[s.origin.source].text;
        for (range, file, verbatim) in s.origin.runs() {
            assert!(range.end <= s.text.len(), "{}: run {range:?} past the text", s.path);
            if verbatim {
                assert_eq!(src.get(file..file + range.len()), Some(&s.text[range.clone()]), "{}: run", s.path);
            }
        }
        for r in s.blocks.iter().map(|b| &b.range).chain(&s.skip) {
            assert!(r.start <= r.end && r.end <= s.text.len(), "{}: range {r:?}", s.path);
            assert!(s.text.is_char_boundary(r.start) && s.text.is_char_boundary(r.end), "{}: {r:?}", s.path);
        }
        for t in tokenize(&s.text, &s.skip) {
            if let Some(problem) = p.span_problem(i, &t.span) {
                panic!("token {t:?}: {problem}");
            }
        }
    }
    for w in &p.warnings {
        let src = &p.sources[w.source];
        assert!(w.offset <= src.text.len(), "warning {w:?} past its source");
    }
}

pub fn assert_diagnostics_sound(p: &Profile, diags: &[Diagnostic]) {
    for d in diags {
        if let Some(problem) = p.span_problem(d.section, &d.span) {
            panic!("{} {:?}: {problem}", d.rule, d.span);
        }
        for r in &d.related {
            if let Some(problem) = p.span_problem(r.section, &r.span) {
                panic!("{} related {:?}: {problem}", d.rule, r.span);
            }
        }
    }
}

/// Wraps CSV bytes as the `Profile.csv` (and `Positions.csv`) of an in-memory export.
pub fn csv_zip(csv: &[u8]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for name in ["Profile.csv", "Positions.csv"] {
        w.start_file(name, opts).unwrap();
        w.write_all(csv).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// One fuzz input for the target `name`: what the fuzz binary runs and what the regressions replay.
pub fn run_target(name: &str, data: &[u8]) {
    match name {
        "markdown" => {
            read("t.md", data, InputFormat::Markdown);
            read("t.txt", data, InputFormat::PlainText);
        }
        "json_resume" => {
            read("t.json", data, InputFormat::JsonResume);
        }
        "linkedin" => {
            // First byte: 0 = the bytes are a zip; else they are CSV, put in a zip.
            let Some((&mode, rest)) = data.split_first() else { return };
            let bytes = if mode == 0 { rest.to_vec() } else { csv_zip(rest) };
            read("t.zip", &bytes, InputFormat::LinkedIn);
        }
        "tokenizer" => {
            let Ok(text) = std::str::from_utf8(data) else { return };
            let mut last_end = 0;
            for t in tokenize(text, &[]) {
                assert!(t.span.start >= last_end && t.span.start < t.span.end && t.span.end <= text.len(), "{t:?}");
                assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end), "{t:?}");
                last_end = t.span.end;
            }
        }
        "check" => {
            // First byte picks the reader.
            let Some((&mode, rest)) = data.split_first() else { return };
            let format = match mode % 3 {
                0 => InputFormat::Markdown,
                1 => InputFormat::PlainText,
                _ => InputFormat::JsonResume,
            };
            if let Some(p) = read("t", rest, format) {
                let diags = checker().check(&p);
                assert_diagnostics_sound(&p, &diags);
                // The safe fixes: they apply without error, and a second run changes nothing.
                let text = std::str::from_utf8(rest).expect("it read, so it is UTF-8");
                let text = text.strip_prefix('\u{feff}').unwrap_or(text);
                let once = fix_text(checker(), "t", text, format).expect("a readable file can be fixed");
                let twice = fix_text(checker(), "t", &once.fixed, format).expect("a fixed file reads");
                assert!(!twice.changed(), "fixing twice changed {:?} after {:?}", twice.applied, once.applied);
            }
        }
        "serve" => serve(data),
        "jsonl" => stdin_jsonl(data),
        other => panic!("no fuzz target {other}"),
    }
}

/// A server with small limits, so that inputs of a few kilobytes reach them.
fn service() -> &'static Service {
    static S: OnceLock<Service> = OnceLock::new();
    S.get_or_init(|| {
        let resolver = Resolver::new(Some(None), Overrides::default()).expect("the built-in configuration loads");
        let options = ServeOptions {
            max_text_length: 300,
            max_body_bytes: SERVE_LIMITS.max_body,
            allowed_origins: vec!["https://ok.example".into()],
            ..Default::default()
        };
        Service::new(resolver, options)
    })
}

const SERVE_LIMITS: http::Limits =
    http::Limits { max_head: 1024, max_body: 2048, receive_time: std::time::Duration::from_secs(3600) };

/// The bytes a client sent on one connection, served as the server's connection loop serves them
/// (without sockets, threads or time-outs): requests are read, refused or answered until the bytes
/// end or a reply closes the connection. Every reply is checked, and so is what goes on the wire.
fn serve(data: &[u8]) {
    let limits = SERVE_LIMITS;
    let mut reader = Cursor::new(data);
    let mut wire = Vec::new();
    let mut replies = 0;
    loop {
        let at = reader.position();
        let (head, started) = match http::next_request(&mut reader, &limits) {
            Next::Closed => break,
            Next::Refuse(reply) => {
                // 505 only for a well-formed version the server does not speak; the rest are 4xx.
                assert!((400..500).contains(&reply.status) || reply.status == 505, "refused with {reply:?}");
                let read = (reader.position() - at) as usize;
                let blank = data[at as usize..].iter().take_while(|b| matches!(b, b'\r' | b'\n')).count();
                assert!(read <= blank + limits.max_head + 2, "read {read} bytes of a head before refusing it");
                http::write_reply(&mut wire, &reply, true).unwrap();
                replies += 1;
                break;
            }
            Next::Request { head, started } => (head, started),
        };
        assert!(head.content_length <= limits.max_body, "{head:?} over the body limit");
        assert!(head.method.len() + head.target.len() <= limits.max_head, "{head:?}");
        let body = match http::read_body(&mut reader, head.content_length, started, &limits) {
            Ok(body) => body,
            Err(reply) => {
                assert_eq!(reply.status, 400, "{reply:?}"); // in memory, only an early end
                http::write_reply(&mut wire, &reply, true).unwrap();
                replies += 1;
                break;
            }
        };
        assert_eq!(body.len(), head.content_length);
        let request =
            Request { method: &head.method, target: &head.target, origin: head.origin.as_deref(), body: &body };
        let reply = service().handle(&request);
        assert_reply_sound(&request, &reply);
        http::write_reply(&mut wire, &reply, head.close).unwrap();
        replies += 1;
        if head.close {
            break;
        }
    }
    assert_eq!(parse_replies(&wire), replies, "{}", String::from_utf8_lossy(&wire));
}

/// What the handler answers: never a server error, a text body for a refusal, a bounded body, and
/// CORS headers only for allowed origins.
fn assert_reply_sound(req: &Request<'_>, reply: &Reply) {
    let what =
        || format!("{} {} -> {}: {}", req.method, req.target, reply.status, String::from_utf8_lossy(&reply.body));
    assert!((200..300).contains(&reply.status) || (400..500).contains(&reply.status), "{}", what());
    assert_ne!(http::reason(reply.status), "Unknown", "{}", what());
    if reply.status >= 400 {
        assert!(reply.body.starts_with(b"Error: "), "{}", what());
    }
    if reply.content_type.starts_with("application/json") {
        assert!(serde_json::from_slice::<serde_json::Value>(&reply.body).is_ok(), "{}", what());
    }
    // The largest fixed page is ~15 KB; a check's answer grows with the text, which is at most
    // `max_body` bytes.
    assert!(reply.body.len() <= 64 * 1024 + 400 * req.body.len(), "{} bytes for {}", reply.body.len(), what());
    let cors = reply.headers.iter().any(|(k, _)| *k == "Access-Control-Allow-Origin");
    assert_eq!(cors, req.origin.is_some_and(|o| service().origin_allowed(o)), "{}", what());
}

/// Reads back replies written with `write_reply`: a status line with a known reason, one header a
/// line (a token, `: `, a value without control characters), exactly one `Content-Length` that
/// matches the body. Returns how many replies there were.
fn parse_replies(mut wire: &[u8]) -> usize {
    let mut n = 0;
    while !wire.is_empty() {
        let end = wire.windows(4).position(|w| w == b"\r\n\r\n").expect("a reply head ends with a blank line");
        let head = std::str::from_utf8(&wire[..end]).expect("a reply head is UTF-8");
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap();
        let rest = status_line.strip_prefix("HTTP/1.1 ").expect(status_line);
        let (code, reason) = rest.split_once(' ').expect(status_line);
        let code: u16 = code.parse().expect(status_line);
        assert!(code.to_string().len() == 3 && reason == http::reason(code), "{status_line}");
        let mut length = None;
        for line in lines {
            let (name, value) = line.split_once(": ").unwrap_or_else(|| panic!("header line {line:?}"));
            assert!(!name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'), "{line:?}");
            assert!(!value.chars().any(|c| c.is_control() && c != '\t'), "{line:?}");
            if name.eq_ignore_ascii_case("content-length") {
                assert!(length.is_none(), "two Content-Length headers");
                length = Some(value.parse::<usize>().expect(line));
            }
        }
        let length = length.expect("a Content-Length header");
        let body = &wire[end + 4..];
        assert!(body.len() >= length, "Content-Length {length} but {} bytes follow", body.len());
        wire = &body[length..];
        n += 1;
    }
    n
}

/// `--stdin-jsonl` on arbitrary bytes, with a small line limit: one JSON object per input line, in
/// order, naming its line, and every line over the limit an error.
fn stdin_jsonl(data: &[u8]) {
    const MAX: usize = 512;
    let mut out = Vec::new();
    let mut records = 0;
    jsonl::check_stream(checker(), &mut Cursor::new(data), MAX, &mut out, |report| {
        records += 1;
        if let Outcome::Failed { error } = &report.outcome {
            assert!(error.starts_with(&report.path) && !error.contains('\n'), "bad error: {error:?}");
        }
    })
    .expect("writing to memory does not fail");
    let lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    let expected = if data.is_empty() || data.ends_with(b"\n") { lines.len() - 1 } else { lines.len() };
    let out = String::from_utf8(out).expect("the output is UTF-8");
    let results: Vec<&str> = out.lines().collect();
    assert_eq!(results.len(), expected, "{out}");
    let mut blank = 0;
    for (i, (result, line)) in results.iter().zip(&lines).enumerate() {
        let v: serde_json::Value = serde_json::from_str(result).unwrap_or_else(|e| panic!("{e}: {result}"));
        assert_eq!(v["path"], format!("stdin:{}", i + 1), "{result}");
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.len() > MAX || std::str::from_utf8(line).is_err() {
            assert!(v["error"].is_string(), "{result}");
        } else if line.iter().all(u8::is_ascii_whitespace) {
            assert_eq!(v["blank"], true, "{result}");
            blank += 1;
        }
    }
    assert_eq!(records + blank, expected);
}
