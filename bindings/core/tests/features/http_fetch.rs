//! `HttpJwksFetcher` through `JwksCache` and `JwtVerifier`, against a scripted HTTP/1.1
//! server on 127.0.0.1 (std `TcpListener`, one thread): key rotation (unknown `kid`),
//! stale-while-error, `Cache-Control: max-age`, size limit, timeouts, status errors.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::json;
use tessera_core::{
    Algorithm, ErrorKind, HttpFetchOptions, HttpJwksFetcher, JwksCache, JwksCacheOptions,
    JwksFetcher, JwtVerifier, VerifyOptions,
};

const NOW: i64 = 1_767_225_600;
const ISSUER: &str = "https://id.example.com/t/acme";

/// What the server answers next.
#[derive(Clone)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
    /// Wait this long before answering (to trip timeouts).
    delay: Duration,
}

impl Reply {
    fn json(body: String) -> Self {
        Reply {
            status: 200,
            headers: vec![("Content-Type".into(), "application/jwk-set+json".into())],
            body,
            delay: Duration::ZERO,
        }
    }

    fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

struct Server {
    url: String,
    reply: Arc<Mutex<Reply>>,
    requests: Arc<AtomicUsize>,
}

impl Server {
    fn start(first: Reply) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!(
            "http://{}/t/acme/.well-known/jwks.json",
            listener.local_addr().unwrap()
        );
        let reply = Arc::new(Mutex::new(first));
        let requests = Arc::new(AtomicUsize::new(0));
        let (r, n) = (reply.clone(), requests.clone());
        // Lives until the test process ends; each connection is served on its own thread so
        // a delayed reply does not hold up the next test step.
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (r, n) = (r.clone(), n.clone());
                thread::spawn(move || serve(stream, &r, &n));
            }
        });
        Server {
            url,
            reply,
            requests,
        }
    }

    fn set(&self, reply: Reply) {
        *self.reply.lock().unwrap() = reply;
    }

    fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

fn serve(stream: TcpStream, reply: &Mutex<Reply>, requests: &AtomicUsize) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    // Request line and headers; the client sends no body on GET.
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
    }
    requests.fetch_add(1, Ordering::SeqCst);
    let reply = reply.lock().unwrap().clone();
    thread::sleep(reply.delay);
    let mut out = stream;
    let mut head = format!(
        "HTTP/1.1 {} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(reply.body.as_bytes());
}

/// An ES256 signing key with its public JWK.
struct Signer {
    pair: EcdsaKeyPair,
    kid: String,
}

impl Signer {
    fn new(kid: &str) -> Signer {
        Signer {
            pair: EcdsaKeyPair::generate(&ECDSA_P256_SHA256_FIXED_SIGNING).unwrap(),
            kid: kid.into(),
        }
    }

    fn jwk(&self) -> serde_json::Value {
        let point = self.pair.public_key().as_ref();
        json!({
            "kty": "EC", "crv": "P-256", "kid": self.kid, "alg": "ES256", "use": "sig",
            "x": URL_SAFE_NO_PAD.encode(&point[1..33]),
            "y": URL_SAFE_NO_PAD.encode(&point[33..]),
        })
    }

    fn token(&self) -> String {
        let header = json!({"alg": "ES256", "typ": "at+jwt", "kid": self.kid});
        let claims = json!({
            "iss": ISSUER, "aud": "https://api.example.com", "sub": "user-1",
            "client_id": "app", "jti": "t1", "iat": NOW, "exp": NOW + 86_400 * 3,
        });
        let input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let sig = self
            .pair
            .sign(&SystemRandom::new(), input.as_bytes())
            .unwrap();
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig.as_ref()))
    }
}

fn jwks(signers: &[&Signer]) -> String {
    json!({ "keys": signers.iter().map(|s| s.jwk()).collect::<Vec<_>>() }).to_string()
}

fn verifier() -> JwtVerifier {
    JwtVerifier::new(VerifyOptions::access_token(
        [Algorithm::ES256],
        ISSUER,
        "https://api.example.com",
    ))
    .unwrap()
}

fn fetcher(server: &Server) -> HttpJwksFetcher {
    HttpJwksFetcher::new(
        &server.url,
        HttpFetchOptions {
            allow_http: true,
            ..HttpFetchOptions::default()
        },
    )
    .unwrap()
}

fn cache(ttl: u32, cooldown: u32, max_stale: u32) -> JwksCache {
    JwksCache::new(JwksCacheOptions {
        ttl_secs: ttl,
        refetch_cooldown_secs: cooldown,
        max_stale_secs: max_stale,
    })
    .unwrap()
}

#[test]
fn fetches_keys_and_refetches_on_an_unknown_kid() {
    let (k1, k2) = (Signer::new("k1"), Signer::new("k2"));
    let server = Server::start(Reply::json(jwks(&[&k1])));
    let (verifier, cache, fetcher) = (verifier(), cache(600, 30, 3600), fetcher(&server));

    let verified = verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW)
        .unwrap();
    assert_eq!(verified.claims.subject(), Some("user-1"));
    // Cached: a second token costs no request.
    verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW + 1)
        .unwrap();
    assert_eq!(server.requests(), 1);

    // The issuer rotates in k2. Within the cooldown the unknown kid is not refetched...
    server.set(Reply::json(jwks(&[&k1, &k2])));
    let early = verifier
        .verify_with_cache(&k2.token(), &cache, &fetcher, NOW + 10)
        .unwrap_err();
    assert_eq!(early.kind(), ErrorKind::KeyNotFound);
    assert_eq!(server.requests(), 1);
    // ...after it, one request fetches the new set.
    verifier
        .verify_with_cache(&k2.token(), &cache, &fetcher, NOW + 31)
        .unwrap();
    assert_eq!(server.requests(), 2);
    verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW + 32)
        .unwrap();
    assert_eq!(server.requests(), 2);
}

#[test]
fn serves_stale_keys_while_the_issuer_fails_then_gives_up() {
    let k1 = Signer::new("k1");
    let server = Server::start(Reply::json(jwks(&[&k1])));
    let (verifier, cache, fetcher) = (verifier(), cache(60, 10, 300), fetcher(&server));
    verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW)
        .unwrap();

    server.set(Reply {
        status: 503,
        ..Reply::json("down".into())
    });
    // Expired (ttl 60) and the refresh fails: the stale keys still verify.
    verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW + 61)
        .unwrap();
    assert_eq!(server.requests(), 2);
    // Past ttl + max_stale, with the issuer still down: a fetch failure, not a false accept.
    let gone = verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW + 60 + 301)
        .unwrap_err();
    assert_eq!(gone.kind(), ErrorKind::JwksFetchFailed);
    assert!(gone.message().contains("503"), "{}", gone.message());

    // The issuer recovers: keys are fetched again after the cooldown.
    server.set(Reply::json(jwks(&[&k1])));
    verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW + 60 + 320)
        .unwrap();
}

#[test]
fn honours_cache_control_max_age() {
    let k1 = Signer::new("k1");
    let server =
        Server::start(Reply::json(jwks(&[&k1])).header("Cache-Control", "public, max-age=120"));
    let (verifier, cache, fetcher) = (verifier(), cache(600, 30, 3600), fetcher(&server));
    verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW)
        .unwrap();
    verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW + 119)
        .unwrap();
    assert_eq!(server.requests(), 1, "fresh for max-age");
    verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW + 121)
        .unwrap();
    assert_eq!(
        server.requests(),
        2,
        "refetched after max-age, before the 600 s ttl"
    );

    // Without the header, the cache's own ttl applies.
    server.set(Reply::json(jwks(&[&k1])));
    verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW + 242)
        .unwrap();
    assert_eq!(server.requests(), 3);
    verifier
        .verify_with_cache(&k1.token(), &cache, &fetcher, NOW + 242 + 599)
        .unwrap();
    assert_eq!(server.requests(), 3);

    // The document's lifetime reaches the fetcher's callers too, Age subtracted.
    server.set(
        Reply::json(jwks(&[&k1]))
            .header("Cache-Control", "max-age=300")
            .header("Age", "100"),
    );
    assert_eq!(fetcher.fetch_document().unwrap().max_age_secs, Some(200));
}

#[test]
fn refuses_oversized_bodies_and_error_statuses() {
    let server = Server::start(Reply::json(format!(
        "{{\"keys\":[],\"pad\":\"{}\"}}",
        "x".repeat(2048)
    )));
    let small = HttpJwksFetcher::new(
        &server.url,
        HttpFetchOptions {
            allow_http: true,
            max_body_bytes: 1024,
            ..HttpFetchOptions::default()
        },
    )
    .unwrap();
    let too_big = small.fetch().unwrap_err();
    assert!(too_big.contains("exceeds 1024 bytes"), "{too_big}");

    server.set(Reply {
        status: 404,
        ..Reply::json("{}".into())
    });
    let missing = fetcher(&server).fetch().unwrap_err();
    assert!(missing.contains("HTTP 404"), "{missing}");

    // Through the cache, with nothing cached, both are a fetch failure.
    let cache = cache(600, 30, 3600);
    let error = verifier()
        .verify_with_cache(&Signer::new("k1").token(), &cache, &fetcher(&server), NOW)
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::JwksFetchFailed);
}

#[test]
fn a_hung_issuer_costs_a_bounded_wait() {
    let server = Server::start(Reply {
        delay: Duration::from_secs(3),
        ..Reply::json("{\"keys\":[]}".into())
    });
    let fetcher = HttpJwksFetcher::new(
        &server.url,
        HttpFetchOptions {
            allow_http: true,
            total_timeout: Duration::from_millis(300),
            ..HttpFetchOptions::default()
        },
    )
    .unwrap();
    let started = Instant::now();
    let error = fetcher.fetch().unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert!(error.contains("timeout"), "{error}");
}

#[test]
fn plain_http_and_bad_options_are_refused_up_front() {
    let refused = HttpJwksFetcher::new("http://id.example.com/jwks", HttpFetchOptions::default())
        .unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::InvalidUrl);
    let not_url =
        HttpJwksFetcher::new("id.example.com/jwks", HttpFetchOptions::default()).unwrap_err();
    assert_eq!(not_url.kind(), ErrorKind::InvalidUrl);
    let zero = HttpJwksFetcher::new(
        "https://id.example.com/jwks",
        HttpFetchOptions {
            max_body_bytes: 0,
            ..HttpFetchOptions::default()
        },
    )
    .unwrap_err();
    assert_eq!(zero.kind(), ErrorKind::InvalidConfiguration);
    // https URLs build, with the webpki roots on aws-lc-rs (no request is made here).
    HttpJwksFetcher::new("https://id.example.com/jwks", HttpFetchOptions::default()).unwrap();
}
