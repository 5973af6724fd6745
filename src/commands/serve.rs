//! `proofile serve`: the HTTP loop around `proofile::serve::Service`. A fixed pool of threads takes
//! requests; bodies over the limit are refused unread (413); at most `--max-checks` checks run at
//! once, each given `--timeout` seconds (503 after that); a panic in one request is a 500 and the
//! server goes on.

use std::io::Read;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Condvar, Mutex, mpsc};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::cli::{ConfigArgs, DialectArg, FailOn, ServeArgs};
use proofile::FailOn as LibFailOn;
use proofile::config::{self, Overrides};
use proofile::resolver::Resolver;
use proofile::serve::{Reply, Request, ServeOptions, Service};
use proofile::spell::Dialect;

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
    let server = tiny_http::Server::http(addr).map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
    let bound = server.server_addr().to_ip().map_or_else(|| addr.to_string(), |a| a.to_string());
    crate::run::print_out(&format!(
        "proofile serve: listening on http://{bound}/ (draft page at /, LanguageTool API at /v2/check)\n"
    ))?;
    let server = Arc::new(server);
    let limits = Arc::new(Limits {
        permits: Permits::new(args.max_checks.max(1)),
        timeout: Duration::from_secs(args.timeout.max(1)),
        max_body: args.max_request_bytes,
    });
    let workers: Vec<_> = (0..args.max_checks.max(1) * 2 + 2)
        .map(|_| {
            let (server, service, limits) = (server.clone(), service.clone(), limits.clone());
            std::thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    answer(request, &service, &limits);
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    Ok(0)
}

fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback()),
    }
}

/// The configuration for the whole server, resolved once from the folder it was started in: no
/// request makes it read a file.
fn resolver(args: &ConfigArgs) -> Result<Resolver> {
    let overrides = Overrides {
        dialect: args.dialect.map(|d| match d {
            DialectArg::Auto => Dialect::Auto,
            DialectArg::EnUs => Dialect::EnUs,
            DialectArg::EnGb => Dialect::EnGb,
        }),
        fail_on: args.fail_on.map(|f| match f {
            FailOn::Info => LibFailOn::Info,
            FailOn::Warning => LibFailOn::Warning,
            FailOn::Error => LibFailOn::Error,
            FailOn::Never => LibFailOn::Never,
        }),
        enable: args.enable.clone(),
        disable: args.disable.clone(),
        select: args.select.clone(),
        words: args.words.clone(),
    };
    let file = if args.no_config {
        None
    } else {
        match &args.config {
            Some(f) => Some(f.clone()),
            None => config::discover(std::path::Path::new(".")),
        }
    };
    let resolver = Resolver::new(Some(file), overrides).map_err(anyhow::Error::msg).context("configuration")?;
    Ok(resolver.with_fast_path(true))
}

struct Limits {
    permits: Permits,
    timeout: Duration,
    max_body: usize,
}

/// A counting semaphore: how many checks may run at once.
struct Permits {
    free: Mutex<usize>,
    freed: Condvar,
}

struct Permit<'a>(&'a Permits);

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.0.freed.notify_one();
    }
}

impl Permits {
    fn new(n: usize) -> Permits {
        Permits { free: Mutex::new(n), freed: Condvar::new() }
    }

    /// A permit, waiting until `deadline` at most.
    fn acquire(&self, deadline: Instant) -> Option<Permit<'_>> {
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free == 0 {
            let left = deadline.checked_duration_since(Instant::now())?;
            free = self.freed.wait_timeout(free, left).unwrap_or_else(|e| e.into_inner()).0;
        }
        *free -= 1;
        Some(Permit(self))
    }
}

fn answer(mut request: tiny_http::Request, service: &Arc<Service>, limits: &Arc<Limits>) {
    let reply = reply_to(&mut request, service, limits);
    let mut response = tiny_http::Response::from_data(reply.body).with_status_code(reply.status);
    let mut headers = vec![("Content-Type", reply.content_type.to_string())];
    headers.extend(reply.headers);
    headers.push(("X-Content-Type-Options", "nosniff".to_string()));
    for (k, v) in headers {
        if let Ok(h) = tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()) {
            response.add_header(h);
        }
    }
    // A client that went away is not the server's problem.
    let _ = request.respond(response);
}

fn reply_to(request: &mut tiny_http::Request, service: &Arc<Service>, limits: &Arc<Limits>) -> Reply {
    let too_big = || Reply::text(413, format!("Error: the request is over the limit of {} bytes", limits.max_body));
    if request.body_length().is_some_and(|n| n > limits.max_body) {
        return too_big();
    }
    let mut body = Vec::new();
    let read = request.as_reader().take(limits.max_body as u64 + 1).read_to_end(&mut body);
    if read.is_err() {
        return Reply::text(400, "Error: could not read the request body");
    }
    if body.len() > limits.max_body {
        return too_big();
    }
    let method = request.method().as_str().to_ascii_uppercase();
    let target = request.url().to_string();
    let origin = request.headers().iter().find(|h| h.field.equiv("Origin")).map(|h| h.value.as_str().to_string());
    let deadline = Instant::now() + limits.timeout;
    let (tx, rx) = mpsc::channel();
    let (service, limits2) = (service.clone(), limits.clone());
    // The check runs on its own thread so that a slow one can be answered 503 at the deadline; it
    // holds its permit until it really ends, so no more than `--max-checks` ever run.
    std::thread::spawn(move || {
        let Some(_permit) = limits2.permits.acquire(deadline) else {
            let _ = tx.send(Reply::text(503, "Error: too many checks at once; try again shortly"));
            return;
        };
        let req = Request { method: &method, target: &target, origin: origin.as_deref(), body: &body };
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
