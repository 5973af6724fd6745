//! `proofile serve` over real sockets on 127.0.0.1: it answers, refuses oversize and malformed
//! requests with 413/400, and keeps serving after them.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(extra: &[&str]) -> Server {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("proofile"))
        .args(["serve", "--port", "0", "--no-config"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let port = line.split("127.0.0.1:").nth(1).and_then(|s| s.split('/').next()).and_then(|p| p.parse().ok());
    Server { child, port: port.unwrap_or_else(|| panic!("no port in {line:?}")) }
}

/// Sends raw bytes, returns (status, body).
fn raw(port: u16, request: &[u8]) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let _ = s.write_all(request);
    // Say the request is all there is, so a truncated body ends rather than waits.
    let _ = s.shutdown(std::net::Shutdown::Write);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).to_string();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

fn post(port: u16, path: &str, content_type: &str, body: &str) -> (u16, String) {
    raw(
        port,
        format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    )
}

fn get(port: u16, path: &str) -> (u16, String) {
    raw(port, format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes())
}

#[test]
fn serves_checks_and_survives_bad_requests() {
    let s = start(&["--max-request-bytes", "2000", "--max-text-length", "100"]);
    let (status, body) = get(s.port, "/v2/healthcheck");
    assert_eq!((status, body.as_str()), (200, "OK"));

    // A form body with a JSON content type, as ltex-ls sends it.
    let (status, body) = post(s.port, "/v2/check", "application/json", "language=en-US&text=I+lead+teh+team.");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("PROOFILE_SPELLER_RULE"), "{body}");

    // Oversize body: refused unread.
    let big = format!("language=en-US&text={}", "a".repeat(5000));
    let (status, body) = post(s.port, "/v2/check", "application/x-www-form-urlencoded", &big);
    assert_eq!(status, 413, "{body}");
    // Over the text length, under the body limit.
    let (status, body) = post(
        s.port,
        "/v2/check",
        "application/x-www-form-urlencoded",
        &format!("language=en-US&text={}", "a ".repeat(60)),
    );
    assert_eq!(status, 413, "{body}");
    assert!(body.starts_with("Error: Your text exceeds the limit of 100 characters"), "{body}");
    // Malformed parameters and garbage.
    let (status, body) = post(s.port, "/v2/check", "application/x-www-form-urlencoded", "language=en-US&text=%E0%A4");
    assert_eq!(status, 400, "{body}");
    let _ = raw(s.port, b"\x00\x01garbage\r\n\r\n");
    let _ = raw(s.port, b"POST /v2/check HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
    let (status, _) = get(s.port, "/../../etc/passwd");
    assert_eq!(status, 404);

    // Still serving.
    let (status, body) = post(s.port, "/v2/check", "text/plain", "language=en-GB&text=I+organise+teh+team.");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"code\":\"en-GB\""), "{body}");
}

#[test]
fn cors_headers_for_extensions_only() {
    let s = start(&[]);
    let ask = |origin: &str| {
        let mut st = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
        st.write_all(
            format!("OPTIONS /v2/check HTTP/1.1\r\nHost: x\r\nOrigin: {origin}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .unwrap();
        let mut out = String::new();
        let _ = st.read_to_string(&mut out);
        out.to_ascii_lowercase()
    };
    assert!(ask("chrome-extension://abcdef").contains("access-control-allow-origin: chrome-extension://abcdef"));
    assert!(!ask("https://evil.example").contains("access-control-allow-origin"));
}

/// `POST /api/invite` answers what `proofile invite --format json` prints for the same note and
/// recipient (less the file name, plus the page's `utf16` spans and verdict titles), under the same
/// body limit as the other endpoints.
#[test]
fn invite_endpoint_answers_as_the_cli_does() {
    let s = start(&["--max-request-bytes", "4000"]);
    let note = "Hi Jon, it was great to here about your talk. We help teams like yours; book a demo.";
    let body = serde_json::json!({"note": note, "to": {"name": "John Miller", "headline": "CTO at Globex"}});
    let (status, answer) = post(s.port, "/api/invite", "application/json", &body.to_string());
    assert_eq!(status, 200, "{answer}");
    let mut api: serde_json::Value = serde_json::from_str(&answer).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("note.txt");
    std::fs::write(&path, note).unwrap();
    let out = Command::new(assert_cmd::cargo::cargo_bin("proofile"))
        .args([
            "invite",
            "--no-config",
            "--format",
            "json",
            "--to-name",
            "John Miller",
            "--to-headline",
            "CTO at Globex",
        ])
        .arg(&path)
        .output()
        .unwrap();
    let mut cli: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1));

    let units: Vec<u16> = note.encode_utf16().collect();
    for d in api["note"]["diagnostics"].as_array_mut().unwrap() {
        let span = d.as_object_mut().unwrap().remove("utf16").expect("every note finding has a utf16 span");
        let (a, b) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16(&units[a..b]).unwrap(), d["text"].as_str().unwrap());
        d["file"] = serde_json::json!("");
    }
    for d in cli["note"]["diagnostics"].as_array_mut().unwrap() {
        d["file"] = serde_json::json!("");
    }
    assert_eq!(api["note"]["path"], "note");
    cli["note"]["path"] = api["note"]["path"].clone();
    for line in api["verdict"].as_array_mut().unwrap() {
        assert!(line.as_object_mut().unwrap().remove("title").is_some());
    }
    assert_eq!(api, cli);
    let status: Vec<&str> = api["verdict"].as_array().unwrap().iter().map(|l| l["status"].as_str().unwrap()).collect();
    assert_eq!(status, ["not checked", "not checked", "not checked", "fix", "fix"]);

    // Refusals: over the body limit (unread), not JSON, no note; the server goes on.
    let big = serde_json::json!({"note": "a".repeat(5000)}).to_string();
    assert_eq!(post(s.port, "/api/invite", "application/json", &big).0, 413);
    let (status, body) = post(s.port, "/api/invite", "application/json", "{\"note\": ");
    assert_eq!(status, 400, "{body}");
    let (status, body) = post(s.port, "/api/invite", "application/json", "{\"to\": {\"name\": \"Ana\"}}");
    assert_eq!((status, body.as_str()), (400, "Error: missing 'note' (send \"\" for an empty note)"));
    let (status, body) = post(s.port, "/api/invite", "application/json", "{\"note\": \"\"}");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("invite-empty-note"), "{body}");
}
