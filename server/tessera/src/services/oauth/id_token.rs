//! ID tokens (OpenID Connect Core §2, §3.1.3.6) and the claims of the `profile` and `email`
//! scopes (§5.4), shared with the UserInfo endpoint.

use serde_json::{Map, Value};
use tessera_crypto::{b64url, hash_secret};
use tessera_store::{OrganizationRecord, TenantRecord, UserRecord};
use tessera_wire::SigningAlg;

use crate::services::{App, Result, ServiceError, keys};

/// What an ID token states about one sign-in.
pub struct IdTokenInput<'a> {
    pub user: &'a UserRecord,
    pub client_id: &'a str,
    pub scope: &'a [String],
    pub nonce: Option<&'a str>,
    pub auth_time: i64,
    pub amr: &'a [String],
    /// The browser session, for RP-initiated logout.
    pub sid: Option<&'a str>,
    pub access_token: &'a str,
    pub ttl: u32,
    /// The organization the user signed in to, and their role in it.
    pub organization: Option<(&'a OrganizationRecord, &'a str)>,
}

/// The organization claims of an ID token: `org_id` always (so the client can check it is
/// the organization it asked for, as with Auth0), and with the `organization` scope the
/// slug, display name and the user's role.
pub fn organization_claims(
    organization: &OrganizationRecord,
    role: &str,
    scope: &[String],
    claims: &mut Map<String, Value>,
) {
    claims.insert("org_id".into(), Value::from(organization.id.clone()));
    if scope.iter().any(|s| s == "organization") {
        claims.insert("org_slug".into(), Value::from(organization.slug.clone()));
        claims.insert("org_name".into(), Value::from(organization.name.clone()));
        claims.insert("org_role".into(), Value::from(role));
    }
}

/// The standard claims the granted scopes release (OpenID Connect Core §5.4).
pub fn scope_claims(user: &UserRecord, scope: &[String], claims: &mut Map<String, Value>) {
    let has = |s: &str| scope.iter().any(|g| g == s);
    if has("email") {
        claims.insert("email".into(), Value::from(user.email.clone()));
        claims.insert("email_verified".into(), Value::from(user.email_verified));
    }
    if has("profile") {
        for (name, value) in [
            ("name", &user.name),
            ("picture", &user.picture),
            ("locale", &user.locale),
        ] {
            if let Some(value) = value {
                claims.insert(name.into(), Value::from(value.clone()));
            }
        }
        claims.insert("updated_at".into(), Value::from(user.updated_at));
    }
}

/// `at_hash` (Core §3.1.3.6): the left half of the SHA-256 of the access token, for RS256.
pub fn at_hash(access_token: &str) -> String {
    b64url(&hash_secret(access_token)[..16])
}

/// Signs an ID token with the tenant's RS256 key, the algorithm every relying party
/// accepts by default (Core §15.1).
pub async fn sign(app: &App, tenant: &TenantRecord, input: IdTokenInput<'_>) -> Result<String> {
    let signer = keys::signer(app, tenant, SigningAlg::RS256).await?;
    let now = app.clock.unix();
    let mut claims = Map::new();
    claims.insert("iss".into(), Value::from(app.issuer(&tenant.slug)));
    claims.insert("sub".into(), Value::from(input.user.id.clone()));
    claims.insert("aud".into(), Value::from(input.client_id));
    claims.insert("exp".into(), Value::from(now + i64::from(input.ttl)));
    claims.insert("iat".into(), Value::from(now));
    claims.insert("auth_time".into(), Value::from(input.auth_time));
    if let Some(nonce) = input.nonce {
        claims.insert("nonce".into(), Value::from(nonce));
    }
    if !input.amr.is_empty() {
        claims.insert("amr".into(), Value::from(input.amr.to_vec()));
    }
    if let Some(sid) = input.sid {
        claims.insert("sid".into(), Value::from(sid));
    }
    claims.insert("at_hash".into(), Value::from(at_hash(input.access_token)));
    scope_claims(input.user, input.scope, &mut claims);
    if let Some((organization, role)) = input.organization {
        organization_claims(organization, role, input.scope, &mut claims);
    }
    signer
        .sign_jwt("JWT", &claims)
        .map_err(|e| ServiceError::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn at_hash_matches_the_openid_example() {
        // OpenID Connect Core, Appendix A.3: this access token has at_hash 77QmUPtjPfzWtF2AnpK9RQ.
        assert_eq!(
            super::at_hash("jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y"),
            "77QmUPtjPfzWtF2AnpK9RQ"
        );
    }
}
