//! HTTP/1.1 framing, strictly and without panics: the request head (request line, the headers the
//! server uses, and limits), the body, and the reply. Everything reads from any `BufRead` and writes
//! to any `Write`, so the fuzz target runs the same code on bytes in memory; the socket loop, its
//! threads and its time-outs are in the binary (`src/commands/serve.rs`).

use std::io::{BufRead, Write};
use std::time::{Duration, Instant};

use super::{ApiError, Reply};

/// The longest request head accepted (request line and headers).
pub const MAX_HEAD_BYTES: usize = 16 * 1024;

/// What the server needs from a request head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub method: String,
    pub target: String,
    pub content_length: usize,
    /// The `Origin` header, for CORS.
    pub origin: Option<String>,
    /// The client asked to close the connection after this request (or speaks HTTP/1.0).
    pub close: bool,
    /// `Expect: 100-continue`: the client waits for a go-ahead before it sends the body.
    pub expect_continue: bool,
}

/// Parses a request head (without the blank line that ends it).
pub fn parse_head(bytes: &[u8]) -> Result<Head, ApiError> {
    if bytes.len() > MAX_HEAD_BYTES {
        return Err(ApiError::new(431, "the request head is too large"));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ApiError::bad_request("the request head is not UTF-8"))?;
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let request_line = lines.next().unwrap_or("");
    let mut parts = request_line.split(' ');
    let (Some(method), Some(target), Some(version), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ApiError::bad_request("malformed request line"));
    };
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'_') {
        return Err(ApiError::bad_request("malformed method"));
    }
    if !target.starts_with('/') || target.bytes().any(|b| b.is_ascii_control()) {
        return Err(ApiError::bad_request("malformed request target"));
    }
    let http10 = match version {
        "HTTP/1.1" => false,
        "HTTP/1.0" => true,
        // 505 is for a real HTTP version this server does not speak (HTTP/2.0); anything else is a
        // malformed request line.
        v if is_http_version(v) => return Err(ApiError::new(505, "only HTTP/1.0 and HTTP/1.1 are supported")),
        _ => return Err(ApiError::bad_request("malformed HTTP version")),
    };
    let mut head = Head {
        method: method.to_string(),
        target: target.to_string(),
        content_length: 0,
        origin: None,
        close: http10,
        expect_continue: false,
    };
    let mut length: Option<usize> = None;
    for line in lines {
        if line.is_empty() {
            continue;
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(ApiError::bad_request("malformed header line"));
        };
        if name.is_empty() || name.bytes().any(|b| b.is_ascii_whitespace() || b.is_ascii_control()) {
            return Err(ApiError::bad_request("malformed header name"));
        }
        let value = value.trim();
        // RFC 9110 5.5: no control characters but tab in a field value (a NUL in an `Origin` was
        // echoed into `Access-Control-Allow-Origin`; found by the `serve` fuzz target).
        if value.bytes().any(|b| b.is_ascii_control() && b != b'\t') {
            return Err(ApiError::bad_request("a control character in a header value"));
        }
        match name.to_ascii_lowercase().as_str() {
            "content-length" => {
                let n: usize = value.parse().map_err(|_| ApiError::bad_request("Content-Length is not a number"))?;
                if length.is_some_and(|m| m != n) {
                    return Err(ApiError::bad_request("two different Content-Length headers"));
                }
                length = Some(n);
            }
            "transfer-encoding" => {
                return Err(ApiError::new(411, "send the body with a Content-Length, not chunked"));
            }
            "origin" => head.origin = Some(value.to_string()),
            "connection" => {
                let v = value.to_ascii_lowercase();
                if v.contains("close") {
                    head.close = true;
                } else if v.contains("keep-alive") {
                    head.close = false;
                }
            }
            "expect" => head.expect_continue = value.eq_ignore_ascii_case("100-continue"),
            _ => {}
        }
    }
    head.content_length = length.unwrap_or(0);
    Ok(head)
}

/// `HTTP/` followed by a digit, optionally `.` and one more (RFC 9112's `HTTP-version`, as HTTP/2 and
/// HTTP/3 also write it).
fn is_http_version(v: &str) -> bool {
    match v.strip_prefix("HTTP/").map(str::as_bytes) {
        Some([major]) => major.is_ascii_digit(),
        Some([major, b'.', minor]) => major.is_ascii_digit() && minor.is_ascii_digit(),
        _ => false,
    }
}

/// The limits of one request on a connection.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The longest head read (request line and headers); longer ones get 431.
    pub max_head: usize,
    /// The largest body read; a larger `Content-Length` gets 413 before any of the body is read.
    pub max_body: usize,
    /// How long a request's head and body may take to arrive, from its first byte (408 after).
    pub receive_time: Duration,
}

/// What the next bytes of a connection hold.
#[derive(Debug)]
pub enum Next {
    /// The client closed the connection (or idled out) between requests.
    Closed,
    /// A request the server refuses; answer this and close the connection.
    Refuse(Reply),
    /// A request head within the limits; its body (`content_length` bytes) follows.
    Request { head: Head, started: Instant },
}

/// Reads and parses the next request head of a connection and applies the size limits.
pub fn next_request(reader: &mut impl BufRead, limits: &Limits) -> Next {
    let (bytes, started) = match read_head(reader, limits) {
        Ok(Some(h)) => h,
        Ok(None) => return Next::Closed,
        Err(reply) => return Next::Refuse(reply),
    };
    match parse_head(&bytes) {
        Err(e) => Next::Refuse(e.into_reply()),
        Ok(head) if head.content_length > limits.max_body => {
            Next::Refuse(Reply::text(413, format!("Error: the request is over the limit of {} bytes", limits.max_body)))
        }
        Ok(head) => Next::Request { head, started },
    }
}

/// The bytes of the next request head, without its blank line, and when its first byte came;
/// `None` at a clean end of the stream (or an idle time-out before the first byte). Holds at most
/// `max_head + 2` bytes however long the head is.
fn read_head(reader: &mut impl BufRead, limits: &Limits) -> Result<Option<(Vec<u8>, Instant)>, Reply> {
    let too_large = || Reply::text(431, "Error: the request head is too large");
    let mut head = Vec::new();
    let mut line = Vec::new();
    let mut started = None;
    loop {
        let avail = match reader.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) if head.is_empty() && line.is_empty() => return Ok(None),
            Err(_) => return Err(Reply::text(408, "Error: the request head took too long")),
        };
        if avail.is_empty() {
            if head.is_empty() && line.is_empty() {
                return Ok(None);
            }
            return Err(Reply::text(400, "Error: the request head ended early"));
        }
        let started = *started.get_or_insert_with(Instant::now);
        if started.elapsed() > limits.receive_time {
            return Err(Reply::text(408, "Error: the request head took too long"));
        }
        let (take, newline) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (avail.len(), false),
        };
        if head.len() + line.len() + take > limits.max_head + 2 {
            return Err(too_large());
        }
        line.extend_from_slice(&avail[..take]);
        reader.consume(take);
        if !newline {
            continue;
        }
        if line == b"\r\n" || line == b"\n" {
            if !head.is_empty() {
                return Ok(Some((head, started)));
            }
            // Blank lines before a request are allowed (within the receive time).
        } else {
            head.append(&mut line);
            if head.len() > limits.max_head {
                return Err(too_large());
            }
        }
        line.clear();
    }
}

/// Reads exactly `len` body bytes, within `limits.receive_time` of the request's first byte.
pub fn read_body(reader: &mut impl BufRead, len: usize, started: Instant, limits: &Limits) -> Result<Vec<u8>, Reply> {
    if len > limits.max_body {
        return Err(Reply::text(413, format!("Error: the request is over the limit of {} bytes", limits.max_body)));
    }
    let mut body = vec![0; len];
    let mut filled = 0;
    while filled < len {
        if started.elapsed() > limits.receive_time {
            return Err(Reply::text(408, "Error: the request body took too long"));
        }
        match reader.read(&mut body[filled..]) {
            Ok(0) => return Err(Reply::text(400, "Error: the request body ended early")),
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Err(Reply::text(408, "Error: the request body took too long")),
        }
    }
    Ok(body)
}

/// Writes a reply: status line, `Content-Type`, `Content-Length` of the body, the service's headers
/// (each kept on one line), `Connection`, then the body.
pub fn write_reply(out: &mut impl Write, reply: &Reply, close: bool) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nX-Content-Type-Options: nosniff\r\n",
        reply.status,
        reason(reply.status),
        reply.content_type,
        reply.body.len()
    );
    for (k, v) in &reply.headers {
        // Header values come from the service; keep them on one line and free of control characters
        // whatever they hold.
        let v: String = v.chars().map(|c| if c.is_control() && c != '\t' { ' ' } else { c }).collect();
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(if close { "Connection: close\r\n\r\n" } else { "Connection: keep-alive\r\n\r\n" });
    out.write_all(head.as_bytes())?;
    out.write_all(&reply.body)?;
    out.flush()
}

/// The reason phrase of a status code the server uses.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_post() {
        let h = parse_head(
            b"POST /v2/check?x=1 HTTP/1.1\r\nHost: a\r\ncontent-length: 12\r\nOrigin: moz-extension://q\r\nExpect: 100-continue",
        )
        .unwrap();
        assert_eq!((h.method.as_str(), h.target.as_str(), h.content_length), ("POST", "/v2/check?x=1", 12));
        assert_eq!(h.origin.as_deref(), Some("moz-extension://q"));
        assert!(!h.close && h.expect_continue);
        assert!(parse_head(b"GET / HTTP/1.0").unwrap().close);
        assert!(!parse_head(b"GET / HTTP/1.0\r\nConnection: keep-alive").unwrap().close);
        assert!(parse_head(b"GET / HTTP/1.1\r\nConnection: close").unwrap().close);
    }

    #[test]
    fn refuses_malformed_heads() {
        for (bad, status) in [
            (&b""[..], 400),
            (b"GET /", 400),
            (b"GET / HTTP/2", 505),
            (b"GET / HTTP/2.0", 505),
            (b"GET / HTTX", 400),
            (b"GET / HTTP/1.1x", 400),
            (b"GET http://x/ HTTP/1.1", 400),
            (b"G ET / HTTP/1.1", 400),
            (b"GET / HTTP/1.1\r\nno colon", 400),
            (b"POST / HTTP/1.1\r\nContent-Length: -1", 400),
            (b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2", 400),
            (b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked", 411),
            (b"GET /\xff HTTP/1.1", 400),
            (b"OPTIONS / HTTP/1.1\r\nOrigin: moz-extension://a\0b", 400),
            (b"GET / HTTP/1.1\r\nX: a\x1bb", 400),
        ] {
            assert_eq!(parse_head(bad).unwrap_err().status, status, "{}", String::from_utf8_lossy(bad));
        }
    }

    fn limits(max_head: usize, max_body: usize, secs: u64) -> Limits {
        Limits { max_head, max_body, receive_time: Duration::from_secs(secs) }
    }

    fn status(next: Next) -> u16 {
        match next {
            Next::Refuse(r) => r.status,
            Next::Request { .. } => 200,
            Next::Closed => 0,
        }
    }

    #[test]
    fn framing_applies_the_limits_without_reading_past_them() {
        let l = limits(64, 10, 60);
        let mut two =
            std::io::Cursor::new(&b"\r\n\r\nGET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\nContent-Length: 3\n\nabc"[..]);
        let Next::Request { head, started } = next_request(&mut two, &l) else { panic!() };
        assert_eq!((head.target.as_str(), read_body(&mut two, 0, started, &l).unwrap().len()), ("/a", 0));
        let Next::Request { head, started } = next_request(&mut two, &l) else { panic!() };
        assert_eq!(read_body(&mut two, head.content_length, started, &l).unwrap(), b"abc");
        assert!(matches!(next_request(&mut two, &l), Next::Closed));

        // A head line that never ends is refused once it passes the limit, not read to its end.
        let endless = [b"GET /".as_slice(), &[b'a'; 10_000]].concat();
        let mut r = std::io::BufReader::with_capacity(16, &endless[..]);
        assert_eq!(status(next_request(&mut r, &l)), 431);
        assert!(r.into_inner().len() > 9_900, "read past the limit");
        let mut many = std::io::Cursor::new("GET / HTTP/1.1\r\n".to_string() + &"X: y\r\n".repeat(20));
        assert_eq!(status(next_request(&mut many, &l)), 431);

        let mut big = std::io::Cursor::new(&b"POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n"[..]);
        assert_eq!(status(next_request(&mut big, &l)), 413);
        let mut short = std::io::Cursor::new(&b"POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab"[..]);
        let Next::Request { head, started } = next_request(&mut short, &l) else { panic!() };
        assert_eq!(read_body(&mut short, head.content_length, started, &l).unwrap_err().status, 400);
        assert_eq!(status(next_request(&mut std::io::Cursor::new(&b"GET / HTTP/1.1\r\n"[..]), &l)), 400);
        assert_eq!(status(next_request(&mut std::io::Cursor::new(&b"\r\n\r\n"[..]), &l)), 0);
    }

    /// A head that trickles in (a byte at a time, each within the socket time-out) is cut off at the
    /// receive time, not read for as long as the client likes.
    #[test]
    fn a_slow_head_gets_408() {
        struct Slow<'a>(&'a [u8]);
        impl std::io::Read for Slow<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                std::thread::sleep(Duration::from_millis(5));
                let n = self.0.len().min(1).min(buf.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let l = Limits { receive_time: Duration::from_millis(50), ..limits(1024, 10, 0) };
        let head = b"GET / HTTP/1.1\r\nHost: a-rather-long-host-name.example\r\n\r\n";
        let mut r = std::io::BufReader::new(Slow(head));
        assert_eq!(status(next_request(&mut r, &l)), 408);
        let mut r = std::io::BufReader::new(Slow(head));
        assert_eq!(status(next_request(&mut r, &limits(1024, 10, 60))), 200);
    }
}
