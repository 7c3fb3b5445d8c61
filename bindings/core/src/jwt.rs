//! JWT claim validation (RFC 7519 §4.1, §7.2) and the access-token profile (RFC 9068).
//!
//! Time is always a parameter: every check takes `now` as Unix seconds from the caller,
//! so a test or a binding decides what "now" is and nothing here reads a clock. The leeway
//! that absorbs clock skew is bounded (at most [`MAX_LEEWAY_SECS`]) so that a configuration
//! mistake cannot silently extend token lifetimes by hours.
//!
//! Claim checks run in a fixed order after the signature has verified: payload shape,
//! `typ`, required claims, `iss`, `aud`, `exp`, `nbf`, `iat`, scopes, permissions. An
//! unverified token never reaches them, so no error ever reveals whether a forged token's
//! claims would have passed.

use serde_json::{Map, Value};

use crate::alg::Algorithm;
use crate::encoding::parse_object;
use crate::error::{Error, ErrorKind, Result, err};
use crate::jwk::{Jwk, JwkSet};
use crate::jwks_cache::{JwksCache, JwksFetcher};
use crate::jws::{DEFAULT_MAX_TOKEN_BYTES, Header, JwsOptions, ParsedJws, parse_compact};

/// Default clock-skew allowance for `exp`, `nbf` and `iat`.
pub const DEFAULT_LEEWAY_SECS: u32 = 60;
/// Largest leeway a verifier accepts.
pub const MAX_LEEWAY_SECS: u32 = 300;

/// The media type of JWT access tokens (RFC 9068 §4).
pub const ACCESS_TOKEN_TYPE: &str = "at+jwt";

/// Compares two `typ` values as RFC 7515 §4.1.9 describes: case-insensitively, with an
/// omitted `application/` prefix restored (so `at+jwt` equals `application/at+jwt`).
pub fn media_type_matches(actual: &str, expected: &str) -> bool {
    fn normalise(s: &str) -> String {
        let lower = s.to_ascii_lowercase();
        match lower.strip_prefix("application/") {
            Some(rest) if !rest.contains('/') => rest.to_owned(),
            _ => lower,
        }
    }
    normalise(actual) == normalise(expected)
}

/// What a [`JwtVerifier`] checks. Build with [`VerifyOptions::new`] and adjust the fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyOptions {
    /// The algorithm allow-list; must not be empty.
    pub algorithms: Vec<Algorithm>,
    /// If set, `iss` must be present and equal it exactly (no normalisation, RFC 7519 §4.1.1).
    pub issuer: Option<String>,
    /// If not empty, `aud` (a string or an array of strings) must contain at least one of
    /// these. If empty, `aud` is not checked: resource servers should always set it.
    pub audiences: Vec<String>,
    /// Clock-skew allowance for `exp`, `nbf` and `iat`, at most [`MAX_LEEWAY_SECS`].
    pub leeway_secs: u32,
    /// If set, the header `typ` must match it (see [`media_type_matches`]); use
    /// [`ACCESS_TOKEN_TYPE`] for RFC 9068 access tokens.
    pub expected_type: Option<String>,
    /// Refuse tokens without `exp` (default true).
    pub require_exp: bool,
    /// Claims that must be present, whatever their value.
    pub required_claims: Vec<String>,
    /// Scopes that must all appear in the space-separated `scope` claim.
    pub required_scopes: Vec<String>,
    /// Entries that must all appear in the `permissions` array claim.
    pub required_permissions: Vec<String>,
    /// `crit` extensions the caller processes itself (see [`JwsOptions::critical_headers`]).
    pub critical_headers: Vec<String>,
    /// Tokens longer than this are refused before parsing.
    pub max_token_bytes: usize,
}

impl VerifyOptions {
    /// Options with the given allow-list and the defaults: no issuer or audience check,
    /// 60 s leeway, `exp` required, no `typ` check.
    pub fn new(algorithms: impl IntoIterator<Item = Algorithm>) -> Self {
        VerifyOptions {
            algorithms: algorithms.into_iter().collect(),
            issuer: None,
            audiences: Vec::new(),
            leeway_secs: DEFAULT_LEEWAY_SECS,
            expected_type: None,
            require_exp: true,
            required_claims: Vec::new(),
            required_scopes: Vec::new(),
            required_permissions: Vec::new(),
            critical_headers: Vec::new(),
            max_token_bytes: DEFAULT_MAX_TOKEN_BYTES,
        }
    }

    /// The RFC 9068 profile: `typ: at+jwt`, exact issuer, one audience.
    pub fn access_token(
        algorithms: impl IntoIterator<Item = Algorithm>,
        issuer: impl Into<String>,
        audience: impl Into<String>,
    ) -> Self {
        let mut options = VerifyOptions::new(algorithms);
        options.issuer = Some(issuer.into());
        options.audiences = vec![audience.into()];
        options.expected_type = Some(ACCESS_TOKEN_TYPE.to_owned());
        options
    }

    pub fn validate(&self) -> Result<()> {
        if self.leeway_secs > MAX_LEEWAY_SECS {
            return err(
                ErrorKind::InvalidConfiguration,
                format!(
                    "leeway {} s exceeds the maximum of {MAX_LEEWAY_SECS} s",
                    self.leeway_secs
                ),
            );
        }
        if self.issuer.as_deref() == Some("") {
            return err(ErrorKind::InvalidConfiguration, "issuer must not be empty");
        }
        self.jws_options().validate()
    }

    fn jws_options(&self) -> JwsOptions {
        JwsOptions {
            algorithms: self.algorithms.clone(),
            critical_headers: self.critical_headers.clone(),
            max_token_bytes: self.max_token_bytes,
        }
    }
}

/// The claims of a verified JWT, with typed accessors.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Claims(Map<String, Value>);

impl Claims {
    pub fn from_map(map: Map<String, Value>) -> Self {
        Claims(map)
    }

    /// Parses a JSON object (duplicate member names refused).
    pub fn from_json(text: &str) -> Result<Self> {
        parse_object(text.as_bytes(), ErrorKind::InvalidPayload, "claims").map(Claims)
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }

    pub fn as_map(&self) -> &Map<String, Value> {
        &self.0
    }

    pub fn into_map(self) -> Map<String, Value> {
        self.0
    }

    pub fn to_json(&self) -> String {
        // A map of JSON values always serializes.
        serde_json::to_string(&self.0).unwrap_or_default()
    }

    /// A string claim; [`ErrorKind::InvalidClaim`] if present with another type.
    pub fn string(&self, name: &str) -> Result<Option<&str>> {
        match self.0.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => err(
                ErrorKind::InvalidClaim,
                format!("claim {name:?} must be a string"),
            ),
        }
    }

    /// A NumericDate claim (RFC 7519 §2) as whole seconds; fractions are truncated toward
    /// negative infinity. [`ErrorKind::InvalidClaim`] if present and not a finite number.
    pub fn numeric_date(&self, name: &str) -> Result<Option<i64>> {
        match self.0.get(name) {
            None => Ok(None),
            Some(Value::Number(n)) => {
                if let Some(i) = n.as_i64() {
                    Ok(Some(i))
                } else if let Some(f) = n.as_f64().filter(|f| f.is_finite()) {
                    // `as` saturates at the i64 bounds, which is what a date far out of range means.
                    #[allow(clippy::cast_possible_truncation)]
                    Ok(Some(f.floor() as i64))
                } else {
                    err(
                        ErrorKind::InvalidClaim,
                        format!("claim {name:?} is out of range"),
                    )
                }
            }
            Some(_) => err(
                ErrorKind::InvalidClaim,
                format!("claim {name:?} must be a number (NumericDate)"),
            ),
        }
    }

    pub fn issuer(&self) -> Option<&str> {
        self.0.get("iss").and_then(Value::as_str)
    }

    pub fn subject(&self) -> Option<&str> {
        self.0.get("sub").and_then(Value::as_str)
    }

    pub fn jwt_id(&self) -> Option<&str> {
        self.0.get("jti").and_then(Value::as_str)
    }

    /// `client_id` (RFC 9068 §2.2).
    pub fn client_id(&self) -> Option<&str> {
        self.0.get("client_id").and_then(Value::as_str)
    }

    /// `aud` as a list, whether it was a string or an array (RFC 7519 §4.1.3);
    /// [`ErrorKind::InvalidClaim`] for any other shape.
    pub fn audiences(&self) -> Result<Vec<&str>> {
        match self.0.get("aud") {
            None => Ok(Vec::new()),
            Some(Value::String(s)) => Ok(vec![s.as_str()]),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| {
                    v.as_str().ok_or_else(|| {
                        Error::new(ErrorKind::InvalidClaim, "\"aud\" array must hold strings")
                    })
                })
                .collect(),
            Some(_) => err(
                ErrorKind::InvalidClaim,
                "\"aud\" must be a string or an array of strings",
            ),
        }
    }

    /// The space-separated `scope` claim (RFC 9068 §2.2.3, RFC 8693 §4.2) as a list.
    pub fn scopes(&self) -> Result<Vec<&str>> {
        Ok(self
            .string("scope")?
            .map(|s| s.split(' ').filter(|s| !s.is_empty()).collect())
            .unwrap_or_default())
    }

    /// Succeeds if every scope in `required` is granted; else [`ErrorKind::InsufficientScope`]
    /// naming the missing ones.
    pub fn require_scopes<S: AsRef<str>>(&self, required: &[S]) -> Result<()> {
        let granted = self.scopes()?;
        let missing: Vec<&str> = required
            .iter()
            .map(AsRef::as_ref)
            .filter(|r| !granted.contains(r))
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            err(
                ErrorKind::InsufficientScope,
                format!("missing scope: {}", missing.join(" ")),
            )
        }
    }

    /// The `permissions` array claim as a list.
    pub fn permissions(&self) -> Result<Vec<&str>> {
        match self.0.get("permissions") {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| {
                    v.as_str().ok_or_else(|| {
                        Error::new(ErrorKind::InvalidClaim, "\"permissions\" must hold strings")
                    })
                })
                .collect(),
            Some(_) => err(
                ErrorKind::InvalidClaim,
                "\"permissions\" must be an array of strings",
            ),
        }
    }

    /// Succeeds if every entry of `required` is in `permissions`; else
    /// [`ErrorKind::InsufficientPermissions`].
    pub fn require_permissions<S: AsRef<str>>(&self, required: &[S]) -> Result<()> {
        let granted = self.permissions()?;
        let missing: Vec<&str> = required
            .iter()
            .map(AsRef::as_ref)
            .filter(|r| !granted.contains(r))
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            err(
                ErrorKind::InsufficientPermissions,
                format!("missing permission: {}", missing.join(" ")),
            )
        }
    }

    /// `cnf.jkt`, the DPoP key binding (RFC 9449 §6.1), if present and a string.
    pub fn confirmation_jkt(&self) -> Option<&str> {
        self.0
            .get("cnf")
            .and_then(|c| c.get("jkt"))
            .and_then(Value::as_str)
    }

    /// Applies every claim check of `options` at time `now` (Unix seconds).
    pub fn validate(&self, options: &VerifyOptions, now: i64) -> Result<()> {
        for name in &options.required_claims {
            if !self.0.contains_key(name) {
                return err(
                    ErrorKind::MissingClaim,
                    format!("required claim {name:?} is missing"),
                );
            }
        }
        if let Some(expected) = &options.issuer {
            match self.string("iss")? {
                None => return err(ErrorKind::MissingClaim, "the token has no \"iss\""),
                Some(iss) if iss != expected => {
                    return err(
                        ErrorKind::InvalidIssuer,
                        format!("issuer {iss:?} is not {expected:?}"),
                    );
                }
                Some(_) => {}
            }
        }
        if !options.audiences.is_empty() {
            if !self.0.contains_key("aud") {
                return err(ErrorKind::MissingClaim, "the token has no \"aud\"");
            }
            let auds = self.audiences()?;
            if !auds
                .iter()
                .any(|a| options.audiences.iter().any(|e| e == a))
            {
                return err(
                    ErrorKind::InvalidAudience,
                    "none of the token's audiences is expected",
                );
            }
        }
        let leeway = i64::from(options.leeway_secs);
        match self.numeric_date("exp")? {
            // RFC 7519 §4.1.4: now must be before exp.
            Some(exp) if now >= exp.saturating_add(leeway) => {
                return err(
                    ErrorKind::TokenExpired,
                    format!("the token expired at {exp} (now {now}, leeway {leeway} s)"),
                );
            }
            None if options.require_exp => {
                return err(ErrorKind::MissingClaim, "the token has no \"exp\"");
            }
            _ => {}
        }
        if let Some(nbf) = self.numeric_date("nbf")?
            && now.saturating_add(leeway) < nbf
        {
            return err(
                ErrorKind::TokenNotYetValid,
                format!("the token is not valid before {nbf} (now {now}, leeway {leeway} s)"),
            );
        }
        if let Some(iat) = self.numeric_date("iat")?
            && now.saturating_add(leeway) < iat
        {
            return err(
                ErrorKind::IssuedInFuture,
                format!("the token was issued in the future at {iat} (now {now})"),
            );
        }
        if !options.required_scopes.is_empty() {
            self.require_scopes(&options.required_scopes)?;
        }
        if !options.required_permissions.is_empty() {
            self.require_permissions(&options.required_permissions)?;
        }
        Ok(())
    }
}

/// A JWT whose signature and claims have been verified.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedJwt {
    pub header: Header,
    pub claims: Claims,
}

/// Verifies signed JWTs against fixed options. Cheap to clone and safe to share.
#[derive(Debug, Clone)]
pub struct JwtVerifier {
    options: VerifyOptions,
    jws: JwsOptions,
}

impl JwtVerifier {
    /// Validates `options` ([`ErrorKind::InvalidConfiguration`] if out of range).
    pub fn new(options: VerifyOptions) -> Result<Self> {
        options.validate()?;
        let jws = options.jws_options();
        Ok(JwtVerifier { options, jws })
    }

    pub fn options(&self) -> &VerifyOptions {
        &self.options
    }

    /// Parses `token` and applies this verifier's checks on its form and header (size,
    /// `alg` allow-list, `crit`) without verifying it. For callers that need the `kid`
    /// before they hold keys, such as bindings that fetch a JWK Set asynchronously between
    /// [`JwksCache::plan`] and [`JwksCache::complete_fetch`]: they fail on the same tokens,
    /// in the same order, as [`JwtVerifier::verify_with_cache`].
    pub fn check_header(&self, token: &str) -> Result<Header> {
        parse_compact(token, &self.jws).map(|parsed| parsed.header)
    }

    /// Verifies `token` with one key at time `now` (Unix seconds).
    pub fn verify(&self, token: &str, key: &Jwk, now: i64) -> Result<VerifiedJwt> {
        let parsed = parse_compact(token, &self.jws)?;
        parsed.verify_with(key)?;
        self.finish(parsed, now)
    }

    /// Verifies `token` with the key `keys` selects for its `kid` and `alg`.
    pub fn verify_with_jwks(&self, token: &str, keys: &JwkSet, now: i64) -> Result<VerifiedJwt> {
        let parsed = parse_compact(token, &self.jws)?;
        let key = keys.select(parsed.header.kid.as_deref(), parsed.header.alg)?;
        parsed.verify_with(key)?;
        self.finish(parsed, now)
    }

    /// Verifies `token` with keys from `cache`, which calls `fetcher` when its copy is
    /// missing, expired, or lacks the token's `kid` (subject to the refetch cooldown).
    pub fn verify_with_cache(
        &self,
        token: &str,
        cache: &JwksCache,
        fetcher: &dyn JwksFetcher,
        now: i64,
    ) -> Result<VerifiedJwt> {
        let parsed = parse_compact(token, &self.jws)?;
        let keys = cache.keys_for(parsed.header.kid.as_deref(), now, fetcher)?;
        let key = keys.select(parsed.header.kid.as_deref(), parsed.header.alg)?;
        parsed.verify_with(key)?;
        self.finish(parsed, now)
    }

    fn finish(&self, parsed: ParsedJws<'_>, now: i64) -> Result<VerifiedJwt> {
        let claims = Claims(parse_object(
            &parsed.payload,
            ErrorKind::InvalidPayload,
            "payload",
        )?);
        if let Some(expected) = &self.options.expected_type {
            match &parsed.header.typ {
                Some(typ) if media_type_matches(typ, expected) => {}
                Some(typ) => {
                    return err(
                        ErrorKind::InvalidTokenType,
                        format!("typ {typ:?} is not {expected:?}"),
                    );
                }
                None => {
                    return err(
                        ErrorKind::InvalidTokenType,
                        format!("the token has no typ; {expected:?} is required"),
                    );
                }
            }
        }
        claims.validate(&self.options, now)?;
        Ok(VerifiedJwt {
            header: parsed.header,
            claims,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(json: &str) -> Claims {
        Claims::from_json(json).unwrap()
    }

    #[test]
    fn media_types() {
        assert!(media_type_matches("at+jwt", "at+jwt"));
        assert!(media_type_matches("application/at+jwt", "at+jwt"));
        assert!(media_type_matches("AT+JWT", "application/at+jwt"));
        assert!(!media_type_matches("jwt", "at+jwt"));
        assert!(!media_type_matches("text/at+jwt", "at+jwt"));
    }

    #[test]
    fn time_boundaries() {
        let mut o = VerifyOptions::new([Algorithm::ES256]);
        o.leeway_secs = 0;
        let c = claims(r#"{"exp":100,"nbf":50,"iat":50}"#);
        assert!(c.validate(&o, 99).is_ok());
        assert_eq!(
            c.validate(&o, 100).unwrap_err().kind(),
            ErrorKind::TokenExpired
        );
        assert!(c.validate(&o, 50).is_ok());
        assert_eq!(
            c.validate(&o, 49).unwrap_err().kind(),
            ErrorKind::TokenNotYetValid
        );
        o.leeway_secs = 10;
        assert!(c.validate(&o, 109).is_ok());
        assert!(c.validate(&o, 40).is_ok());
        let fractional = claims(r#"{"exp":100.9}"#);
        assert_eq!(fractional.numeric_date("exp").unwrap(), Some(100));
        assert_eq!(
            claims(r#"{"exp":"100"}"#)
                .validate(&o, 0)
                .unwrap_err()
                .kind(),
            ErrorKind::InvalidClaim
        );
    }

    #[test]
    fn scopes_and_permissions() {
        let c = claims(r#"{"scope":"read  write","permissions":["a:read","a:write"]}"#);
        assert_eq!(c.scopes().unwrap(), vec!["read", "write"]);
        assert!(c.require_scopes(&["write", "read"]).is_ok());
        let e = c.require_scopes(&["admin", "read"]).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InsufficientScope);
        assert!(e.message().contains("admin"));
        assert!(c.require_permissions(&["a:read"]).is_ok());
        assert_eq!(
            c.require_permissions(&["b"]).unwrap_err().kind(),
            ErrorKind::InsufficientPermissions
        );
        assert_eq!(
            claims(r#"{"scope":["read"]}"#)
                .require_scopes(&["read"])
                .unwrap_err()
                .kind(),
            ErrorKind::InvalidClaim
        );
    }

    #[test]
    fn check_header_applies_the_verifiers_form_and_header_rules_only() {
        // RFC 7515 A.3 (ES256, no kid), its signature never checked here.
        let token = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
        let es256 = JwtVerifier::new(VerifyOptions::new([Algorithm::ES256])).unwrap();
        let header = es256.check_header(token).unwrap();
        assert_eq!((header.alg, header.kid), (Algorithm::ES256, None));
        let rs256 = JwtVerifier::new(VerifyOptions::new([Algorithm::RS256])).unwrap();
        assert_eq!(
            rs256.check_header(token).unwrap_err().kind(),
            ErrorKind::AlgorithmNotAllowed
        );
        assert_eq!(
            es256.check_header("a.b").unwrap_err().kind(),
            ErrorKind::MalformedToken
        );
    }

    #[test]
    fn leeway_is_bounded() {
        let mut o = VerifyOptions::new([Algorithm::ES256]);
        o.leeway_secs = MAX_LEEWAY_SECS + 1;
        assert_eq!(
            JwtVerifier::new(o).unwrap_err().kind(),
            ErrorKind::InvalidConfiguration
        );
        assert_eq!(
            JwtVerifier::new(VerifyOptions::new([])).unwrap_err().kind(),
            ErrorKind::InvalidConfiguration
        );
    }
}
