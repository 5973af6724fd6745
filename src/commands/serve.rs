//! `proofile serve`: the HTTP/1.1 loop around `proofile::serve::Service`, on std's `TcpListener`.
//! At most `MAX_CONNECTIONS` connections are served at once (more get 503); every socket read and
//! write has a time-out, so a stalled client cannot hold a thread; bodies over the limit are refused
//! unread (413); at most `--max-checks` checks run at once, each given `--timeout` seconds (503
//! after that); a panic in one request is a 500 and the server goes on.

use std::io::{BufReader, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex, mpsc};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::cli::{ConfigArgs, ServeArgs};
use proofile::config;
use proofile::resolver::Resolver;
use proofile::serve::http::{Head, Limits, MAX_HEAD_BYTES, Next, next_request, read_body, write_reply};
use proofile::serve::{Reply, Request, ServeOptions, Service};

pub fn serve(args: ServeArgs) -> Result<u8> {
    let resolver = resolver(&args.config)?;
    let options = ServeOptions {
        max_text_length: args.max_text_length,
        max_body_bytes: args.max_request_bytes,
        max_check_millis: args.timeout.saturating_mul(1000),
        allowed_origins: args.allow_origin.clone(),
    };
    let service = Arc::new(Service::new(resolver, options));
    // Load the dictionaries now, not on the first request.
    service.resolver.checker_for(std::path::Path::new(".")).map_err(anyhow::Error::msg)?;
    let addr = SocketAddr::new(args.bind, args.port);
    if !is_loopback(args.bind) {
        eprintln!(
            "proofile serve: warning: listening on {} makes the checker reachable from other machines; \
anyone who can reach it can send text to check",
            args.bind
        );
    }
    let listener = TcpListener::bind(addr).with_context(|| format!("cannot listen on {addr}"))?;
    let bound = listener.local_addr().map_or_else(|_| addr.to_string(), |a| a.to_string());
    crate::run::print_out(&format!(
        "proofile serve: listening on http://{bound}/ (draft page at /, LanguageTool API at /v2/check)\n"
    ))?;
    let limits = Arc::new(ServerLimits {
        checks: Permits::new(args.max_checks.max(1)),
        connections: Permits::new(MAX_CONNECTIONS),
        timeout: Duration::from_secs(args.timeout.max(1)),
        max_body: args.max_request_bytes,
    });
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let Some(permit) = limits.connections.try_acquire(&limits) else {
            let _ = stream.set_write_timeout(Some(IO_TIMEOUT));
            let reply = Reply::text(503, "Error: too many connections; try again shortly");
            let _ = write_reply(&mut &stream, &reply, true);
            continue;
        };
        let (service, limits) = (service.clone(), limits.clone());
        std::thread::spawn(move || {
            let _permit = permit;
            connection(stream, &service, &limits);
        });
    }
    Ok(0)
}

/// Connections served at once; one thread each.
const MAX_CONNECTIONS: usize = 64;
/// How long one socket read or write may wait, and how long a keep-alive connection may idle.
const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a request head plus body may take to arrive.
const RECEIVE_TIME: Duration = Duration::from_secs(30);

fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback()),
    }
}

/// The configuration for the whole server, resolved once from the folder it was started in: no
/// request makes it read a file.
fn resolver(args: &ConfigArgs) -> Result<Resolver> {
    let overrides = crate::run::overrides(args);
    let file = if args.no_config {
        None
    } else {
        match &args.config {
            Some(f) => Some(f.clone()),
            None => config::discover(std::path::Path::new(".")),
        }
    };
    let resolver = Resolver::new(Some(file), overrides).map_err(anyhow::Error::msg).context("configuration")?;
    Ok(resolver)
}

struct ServerLimits {
    checks: Permits,
    connections: Permits,
    timeout: Duration,
    max_body: usize,
}

/// A counting semaphore.
struct Permits {
    free: Mutex<usize>,
    freed: Condvar,
}

/// One unit of a `Permits` of `ServerLimits`, given back on drop (the `Arc` lets it move to a thread).
struct Permit {
    limits: Arc<ServerLimits>,
    which: fn(&ServerLimits) -> &Permits,
}

impl Drop for Permit {
    fn drop(&mut self) {
        let p = (self.which)(&self.limits);
        *p.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        p.freed.notify_one();
    }
}

impl Permits {
    fn new(n: usize) -> Permits {
        Permits { free: Mutex::new(n), freed: Condvar::new() }
    }

    fn take(&self, deadline: Option<Instant>) -> bool {
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free == 0 {
            let Some(left) = deadline.and_then(|d| d.checked_duration_since(Instant::now())) else {
                return false;
            };
            free = self.freed.wait_timeout(free, left).unwrap_or_else(|e| e.into_inner()).0;
        }
        *free -= 1;
        true
    }

    /// A connection slot, now or never.
    fn try_acquire(&self, limits: &Arc<ServerLimits>) -> Option<Permit> {
        self.take(None).then(|| Permit { limits: limits.clone(), which: |l| &l.connections })
    }
}

fn check_permit(limits: &Arc<ServerLimits>, deadline: Instant) -> Option<Permit> {
    limits.checks.take(Some(deadline)).then(|| Permit { limits: limits.clone(), which: |l| &l.checks })
}

/// Serves the requests of one connection until it closes, errs or idles past `IO_TIMEOUT`.
fn connection(stream: TcpStream, service: &Arc<Service>, limits: &Arc<ServerLimits>) {
    let _ = stream.set_read_timeout(Some(IO_TIMEOUT));
    let _ = stream.set_write_timeout(Some(IO_TIMEOUT));
    let _ = stream.set_nodelay(true);
    let Ok(read_half) = stream.try_clone() else { return };
    let mut reader = BufReader::new(read_half);
    let mut writer = &stream;
    let framing = Limits { max_head: MAX_HEAD_BYTES, max_body: limits.max_body, receive_time: RECEIVE_TIME };
    loop {
        let (head, started) = match next_request(&mut reader, &framing) {
            Next::Request { head, started } => (head, started),
            Next::Closed => return, // the client closed, or idled out between requests
            Next::Refuse(reply) => {
                let _ = write_reply(&mut writer, &reply, true);
                return;
            }
        };
        if head.expect_continue && writer.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").is_err() {
            return;
        }
        let body = match read_body(&mut reader, head.content_length, started, &framing) {
            Ok(b) => b,
            Err(reply) => {
                let _ = write_reply(&mut writer, &reply, true);
                return;
            }
        };
        let reply = answer(head.clone(), body, service, limits);
        if write_reply(&mut writer, &reply, head.close).is_err() || head.close {
            return;
        }
    }
}

/// Runs one request through the service on a thread of its own, within the check limits.
fn answer(head: Head, body: Vec<u8>, service: &Arc<Service>, limits: &Arc<ServerLimits>) -> Reply {
    let deadline = Instant::now() + limits.timeout;
    let (tx, rx) = mpsc::channel();
    let (service, limits2) = (service.clone(), limits.clone());
    // The check runs on its own thread so that a slow one can be answered 503 at the deadline; it
    // holds its permit until it really ends, so no more than `--max-checks` ever run.
    std::thread::spawn(move || {
        let Some(_permit) = check_permit(&limits2, deadline) else {
            let _ = tx.send(Reply::text(503, "Error: too many checks at once; try again shortly"));
            return;
        };
        let req = Request { method: &head.method, target: &head.target, origin: head.origin.as_deref(), body: &body };
        let _ = tx.send(service.handle(&req));
    });
    match rx.recv_timeout(deadline.saturating_duration_since(Instant::now()) + Duration::from_millis(50)) {
        Ok(reply) => reply,
        Err(mpsc::RecvTimeoutError::Timeout) => Reply::text(
            503,
            format!("Error: checking took longer than {} seconds; send a shorter text", limits.timeout.as_secs()),
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => Reply::text(500, "Error: internal error while checking"),
    }
}
