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
