//! The HTTP/1.1 request head, parsed strictly and without panics: request line, the headers the
//! server uses, and limits. The socket loop is in the binary (`src/commands/serve.rs`).

use super::ApiError;

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
        _ => return Err(ApiError::new(505, "only HTTP/1.0 and HTTP/1.1 are supported")),
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
            (b"GET http://x/ HTTP/1.1", 400),
            (b"G ET / HTTP/1.1", 400),
            (b"GET / HTTP/1.1\r\nno colon", 400),
            (b"POST / HTTP/1.1\r\nContent-Length: -1", 400),
            (b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2", 400),
            (b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked", 411),
            (b"GET /\xff HTTP/1.1", 400),
        ] {
            assert_eq!(parse_head(bad).unwrap_err().status, status, "{}", String::from_utf8_lossy(bad));
        }
    }
}
