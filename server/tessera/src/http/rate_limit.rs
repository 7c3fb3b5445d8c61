//! The client's address (behind trusted proxies too) and the per-IP limit on the sign-in API.
//!
//! Every request's client address is resolved once here: the TCP peer, or, when the peer is
//! one of the operator's trusted proxies, the right-most address in `X-Forwarded-For` that is
//! not itself a trusted proxy (addresses further left were written by the client and prove
//! nothing). Audit events and sessions record it, and the sign-in API's rate limit counts by it.

use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderName, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::HttpState;
use super::error::ApiError;
use crate::services::audit::{Actor, Context};
use crate::services::rate_limits::{self, AUTH_IP_BUCKET};
use crate::services::validate::is_valid_slug;

const X_FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");

/// The resolved client address of a request, in its extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

/// An IP network in CIDR notation (`10.0.0.0/8`, `fd00::/8`); a bare address is a /32 or /128.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let value = value.trim();
        let (address, prefix) = match value.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (value, None),
        };
        let network: IpAddr = address.parse().map_err(|_| {
            format!(
                "{value:?} is not an IP network: use CIDR notation such as 10.0.0.0/8 or fd00::/8"
            )
        })?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| format!("{value:?} has a prefix length outside 0-{max}"))?,
            None => max,
        };
        Ok(Cidr { network, prefix })
    }
}

impl Cidr {
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.network, ip.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

/// The proxies whose `X-Forwarded-For` is believed. Empty (the default): none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(pub Vec<Cidr>);

impl TrustedProxies {
    /// Parses a comma-separated list of CIDRs.
    pub fn parse(list: &str) -> Result<Self, String> {
        list.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(Cidr::from_str)
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|cidr| cidr.contains(ip))
    }

    /// The client behind `peer`: `peer` itself unless it is trusted, in which case the
    /// right-most untrusted `X-Forwarded-For` entry (or the left-most, when every hop is
    /// trusted). A malformed entry stops the walk at the last trusted hop.
    pub fn client_ip(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.trusts(peer) {
            return peer;
        }
        let hops: Vec<&str> = headers
            .get_all(&X_FORWARDED_FOR)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect();
        let mut client = peer;
        for hop in hops.iter().rev() {
            let Ok(ip) = hop.parse::<IpAddr>().map(|ip| ip.to_canonical()) else {
                break;
            };
            client = ip;
            if !self.trusts(ip) {
                break;
            }
        }
        client
    }
}

/// The tenant slug of a sign-in API path `/t/{tenant}/auth/…`.
fn auth_tenant(route: &str, path: &str) -> Option<String> {
    let rest = route.strip_prefix("/t/{tenant}/")?;
    let limited = match rest.strip_prefix("auth/") {
        // Signing out only ends a session; it is never worth limiting.
        Some(api) => api != "logout",
        None => HOSTED_FORMS.contains(&rest),
    };
    if !limited {
        return None;
    }
    let slug = path.strip_prefix("/t/")?.split('/').next()?;
    is_valid_slug(slug).then(|| slug.to_owned())
}

/// The hosted pages' forms that check a credential or send an email: the same per-IP
/// budget as the sign-in API guards them, so the pages are no way around it.
const HOSTED_FORMS: &[&str] = &[
    "signin",
    "signin/second-factor",
    "signin/account",
    "signin/factor",
    "signin/email",
    "signin/email/code",
    "magic-link",
    "signup",
    "signup/confirm",
    "verify-email",
    "reset-password/request",
    "reset-password",
    "confirm-email-change",
];

/// Resolves the client address into the request's extensions, and counts `POST`s to the
/// sign-in API against the per-IP limit of their tenant.
pub async fn client_and_limit(
    State(state): State<HttpState>,
    mut req: Request,
    next: Next,
) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip());
    let client = peer.map(|peer| state.trusted_proxies.client_ip(peer, req.headers()));
    if let Some(ip) = client {
        req.extensions_mut().insert(ClientIp(ip));
    }
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned());
    if req.method() == Method::POST
        && state.auth_rate_limit.is_enabled()
        && let (Some(ip), Some(route)) = (client, route)
        && let Some(slug) = auth_tenant(&route, req.uri().path())
    {
        let ctx = Context {
            actor: Actor::Anonymous,
            ip: Some(ip.to_string()),
            user_agent: req
                .headers()
                .get(axum::http::header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(|ua| ua.chars().take(512).collect()),
            request_id: super::error::REQUEST_ID.try_with(Clone::clone).ok(),
        };
        if let Err(e) = rate_limits::check(
            &state.app,
            &ctx,
            &slug,
            AUTH_IP_BUCKET,
            &ip.to_string(),
            state.auth_rate_limit,
        )
        .await
        {
            if route.starts_with("/t/{tenant}/auth/") {
                return ApiError::from(e).into_response();
            }
            return limited_page(&state, &slug, req.headers(), e).await;
        }
    }
    next.run(req).await
}

/// A person at a hosted form gets a page in their language, with the same status and
/// `Retry-After` as the API's problem.
async fn limited_page(
    state: &HttpState,
    slug: &str,
    headers: &HeaderMap,
    error: crate::services::ServiceError,
) -> Response {
    let retry_after = match &error {
        crate::services::ServiceError::RateLimited { retry_after_secs } => Some(*retry_after_secs),
        _ => None,
    };
    let Ok(tenant) = crate::services::tenants::find(&state.app, slug).await else {
        return ApiError::from(error).into_response();
    };
    let brand = super::hosted::brand_of(&state.app, &tenant, headers, None).await;
    let mut response = super::hosted::failure_page(&brand, &error);
    if let Some(secs) = retry_after
        && let Ok(value) = axum::http::HeaderValue::from_str(&secs.to_string())
    {
        response
            .headers_mut()
            .insert(axum::http::header::RETRY_AFTER, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in xff {
            headers.append(&X_FORWARDED_FOR, value.parse().unwrap());
        }
        headers
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn cidrs_parse_and_match() {
        let net: Cidr = "10.1.0.0/16".parse().unwrap();
        assert!(net.contains(ip("10.1.200.3")));
        assert!(!net.contains(ip("10.2.0.1")));
        assert!(net.contains(ip("::ffff:10.1.0.9")), "IPv4-mapped IPv6");
        let v6: Cidr = "fd00::/8".parse().unwrap();
        assert!(v6.contains(ip("fd12::1")));
        assert!(!v6.contains(ip("10.1.0.1")));
        let any: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(any.contains(ip("203.0.113.9")));
        let one: Cidr = "127.0.0.1".parse().unwrap();
        assert_eq!(one.to_string(), "127.0.0.1/32");
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("example.com".parse::<Cidr>().is_err());
        assert!(TrustedProxies::parse("10.0.0.0/8, fd00::/8").is_ok());
        assert_eq!(
            TrustedProxies::parse("").unwrap(),
            TrustedProxies::default()
        );
        assert!(TrustedProxies::parse("10.0.0.0/8,nope").is_err());
    }

    #[test]
    fn forwarded_for_counts_only_from_trusted_proxies() {
        let none = TrustedProxies::default();
        let proxies = TrustedProxies::parse("10.0.0.0/8").unwrap();
        let forwarded = headers(&["198.51.100.1, 203.0.113.7", "10.0.0.2"]);
        assert_eq!(
            none.client_ip(ip("10.0.0.1"), &forwarded),
            ip("10.0.0.1"),
            "nobody trusted: the peer"
        );
        assert_eq!(
            proxies.client_ip(ip("192.0.2.1"), &forwarded),
            ip("192.0.2.1"),
            "an untrusted peer's header is ignored"
        );
        assert_eq!(
            proxies.client_ip(ip("10.0.0.1"), &forwarded),
            ip("203.0.113.7"),
            "the right-most untrusted hop; the client-written entries left of it are ignored"
        );
        assert_eq!(
            proxies.client_ip(ip("10.0.0.1"), &headers(&["10.0.0.3"])),
            ip("10.0.0.3")
        );
        assert_eq!(
            proxies.client_ip(ip("10.0.0.1"), &headers(&["junk, 10.0.0.3"])),
            ip("10.0.0.3"),
            "a malformed hop stops the walk"
        );
        assert_eq!(
            proxies.client_ip(ip("10.0.0.1"), &HeaderMap::new()),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn only_the_sign_in_api_is_limited() {
        assert_eq!(
            auth_tenant("/t/{tenant}/auth/login", "/t/acme/auth/login").as_deref(),
            Some("acme")
        );
        assert_eq!(
            auth_tenant(
                "/t/{tenant}/auth/signup/verify",
                "/t/acme/auth/signup/verify"
            )
            .as_deref(),
            Some("acme")
        );
        assert_eq!(
            auth_tenant("/t/{tenant}/auth/logout", "/t/acme/auth/logout"),
            None
        );
        assert_eq!(auth_tenant("/t/{tenant}/me", "/t/acme/me"), None);
        assert_eq!(
            auth_tenant("/t/{tenant}/oauth/token", "/t/acme/oauth/token"),
            None
        );
        assert_eq!(
            auth_tenant("/t/{tenant}/auth/login", "/t/Not%20A%20Slug/auth/login"),
            None
        );
    }

    #[test]
    fn the_hosted_sign_in_forms_share_the_limit() {
        for form in [
            "signin",
            "signin/account",
            "signin/email/code",
            "signup",
            "magic-link",
            "confirm-email-change",
        ] {
            assert_eq!(
                auth_tenant(&format!("/t/{{tenant}}/{form}"), &format!("/t/acme/{form}"))
                    .as_deref(),
                Some("acme"),
                "{form}"
            );
        }
        // The account area needs a session already; consent follows a limited sign-in.
        for page in ["account/password", "consent", "oauth/logout"] {
            assert_eq!(
                auth_tenant(&format!("/t/{{tenant}}/{page}"), &format!("/t/acme/{page}")),
                None,
                "{page}"
            );
        }
    }
}
