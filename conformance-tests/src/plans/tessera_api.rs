//! `tessera-api`: the management and self-service API against `spec/openapi.yaml`.
//!
//! A scenario walks the documented operations on two throwaway tenants of its own (created
//! and deleted here), validating every response's status, media type and body against the
//! spec. Then three sweeps cover every operation generically: without credentials, for an
//! unknown tenant, and with a malformed or mistyped body, each expecting a documented 4xx
//! with an RFC 9457 problem body that validates against the spec.

use std::collections::BTreeSet;

use aws_lc_rs::hmac;
use reqwest::Method;
use serde_json::{Value, json};

use crate::check::{Check, ensure};
use crate::context::{Admin, Context, Reply, read};
use crate::jose;
use crate::openapi::OpenApi;
use crate::recorder::Recorder;

const AUTH_REQUIRED: Check = Check::must(
    "api-auth-required",
    "spec/openapi.yaml `security`; RFC 6750 §3.1; RFC 9457",
    "every operation with a security requirement answers 401 problem+json without credentials",
);
const BAD_KEY: Check = Check::must(
    "api-bad-admin-key",
    "spec/openapi.yaml `admin_key`; RFC 6750 §3.1",
    "every admin operation answers 401 problem+json to a wrong admin key",
);
const UNKNOWN_TENANT: Check = Check::must(
    "api-unknown-tenant",
    "spec/openapi.yaml (404 No such tenant); RFC 9457",
    "every operation on an unknown tenant answers a documented 4xx problem (404 for GET and DELETE)",
);
const MALFORMED_JSON: Check = Check::must(
    "api-malformed-json",
    "spec/openapi.yaml (400); RFC 9457",
    "every JSON-body operation answers malformed JSON with a documented 400 (a problem with code invalid_body, or the OAuth error the spec documents)",
);
const MEDIA_TYPE: Check = Check::must(
    "api-unsupported-media-type",
    "spec/openapi.yaml (415); RFC 9110 §15.5.16",
    "every operation documenting 415 answers a text/plain body with 415 problem+json",
);
const TENANTS: Check = Check::must(
    "api-tenants",
    "spec/openapi.yaml (Tenants)",
    "create, list, get and update tenants; a duplicate slug answers 409; all as documented",
);
const KEYS: Check = Check::must(
    "api-keys",
    "spec/openapi.yaml (Keys, test tokens)",
    "list and rotate signing keys and mint a test token, as documented",
);
const USERS: Check = Check::must(
    "api-users",
    "spec/openapi.yaml (Users, MFA)",
    "create, list, get, update, disable, enable, unlock users, their sessions and TOTP lifecycle, as documented",
);
const SESSIONS: Check = Check::must(
    "api-sessions",
    "spec/openapi.yaml (Authentication, Me)",
    "password login, /me, profile update, sessions, refresh and logout, as documented",
);
const CLIENTS: Check = Check::must(
    "api-clients",
    "spec/openapi.yaml (Clients)",
    "create, list, get, update and delete clients, rotate and revoke secrets, as documented",
);
const EMAIL: Check = Check::must(
    "api-email",
    "spec/openapi.yaml (Email)",
    "email templates, the outbox and verification emails, as documented",
);
const AUDIT: Check = Check::must(
    "api-audit",
    "spec/openapi.yaml (Audit)",
    "list, export and verify audit events, as documented",
);
const OPS: Check = Check::must(
    "api-ops-discovery",
    "spec/openapi.yaml (Operations, Discovery)",
    "health, readiness, metrics, the served OpenAPI document and the discovery documents, as documented",
);
const NOTHING_CHANGED: Check = Check::must(
    "api-invalid-changes-nothing",
    "docs/ARCHITECTURE.md (errors); RFC 9457 §3",
    "an invalid update answers 422 validation_failed with field errors, and the resource is unchanged",
);
const PAGINATION: Check = Check::must(
    "api-pagination",
    "spec/openapi.yaml (limit, cursor, next_cursor)",
    "limit=1 pages through a list without repeats or gaps; limit=0 answers 422",
);
const ISOLATION: Check = Check::must(
    "api-tenant-isolation",
    "docs/ARCHITECTURE.md (every query scoped by tenant)",
    "a user or client of one tenant is not found through another tenant's paths",
);
const REQUEST_ID: Check = Check::should(
    "api-problem-request-id",
    "spec/openapi.yaml (Problem.request_id)",
    "a problem's request_id equals the x-request-id response header",
);
const DELETE: Check = Check::must(
    "api-delete-tenant",
    "spec/openapi.yaml (deleteTenant)",
    "a deleted tenant answers 404, and so does its issuer",
);
const COVERAGE: Check = Check::should(
    "api-coverage",
    "spec/openapi.yaml",
    "every documented operation was answered with a documented success status during the run",
);

pub const CHECKS: &[Check] = &[
    TENANTS,
    KEYS,
    USERS,
    SESSIONS,
    CLIENTS,
    EMAIL,
    AUDIT,
    OPS,
    NOTHING_CHANGED,
    PAGINATION,
    ISOLATION,
    REQUEST_ID,
    AUTH_REQUIRED,
    BAD_KEY,
    UNKNOWN_TENANT,
    MALFORMED_JSON,
    MEDIA_TYPE,
    DELETE,
    COVERAGE,
];

/// A request body.
enum Body<'a> {
    None,
    Json(&'a Value),
    Raw(&'a str, &'a str),
}

/// Who the request acts as.
#[derive(Clone, Copy)]
enum Auth<'a> {
    Admin,
    Anonymous,
    Bearer(&'a str),
}

struct Api<'a> {
    ctx: &'a Context,
    admin: &'a Admin,
    spec: &'a OpenApi,
    /// `METHOD path` of operations answered with a documented 2xx.
    succeeded: BTreeSet<String>,
    /// The first problem response seen, for the request-id check.
    problem: Option<Reply>,
}

impl Api<'_> {
    /// Calls `method template` with path parameters filled in order.
    async fn call(
        &mut self,
        method: &str,
        template: &str,
        params: &[&str],
        query: &str,
        body: Body<'_>,
        auth: Auth<'_>,
    ) -> Result<Reply, String> {
        let mut path = template.to_owned();
        for value in params {
            let (Some(start), Some(end)) = (path.find('{'), path.find('}')) else {
                break;
            };
            path.replace_range(start..=end, value);
        }
        let url = format!("{}{path}{query}", self.admin.base);
        let method = Method::from_bytes(method.as_bytes()).map_err(|e| e.to_string())?;
        let mut request = self.ctx.http.request(method, url);
        match auth {
            Auth::Admin => request = request.bearer_auth(&self.admin.key),
            Auth::Bearer(token) => request = request.bearer_auth(token),
            Auth::Anonymous => {}
        }
        match body {
            Body::None => {}
            Body::Json(value) => request = request.json(value),
            Body::Raw(content_type, text) => {
                request = request
                    .header("content-type", content_type)
                    .body(text.to_owned());
            }
        }
        read(request.send().await).await
    }

    /// Calls and validates against the spec; the status must be `expected`.
    async fn expect(
        &mut self,
        failures: &mut Vec<String>,
        (method, template): (&str, &str),
        params: &[&str],
        body: Body<'_>,
        auth: Auth<'_>,
        expected: u16,
    ) -> Value {
        self.expect_query(
            failures,
            (method, template),
            params,
            "",
            body,
            auth,
            expected,
        )
        .await
    }

    #[allow(clippy::too_many_arguments)]
    async fn expect_query(
        &mut self,
        failures: &mut Vec<String>,
        (method, template): (&str, &str),
        params: &[&str],
        query: &str,
        body: Body<'_>,
        auth: Auth<'_>,
        expected: u16,
    ) -> Value {
        let label = format!("{method} {template}{query}");
        let reply = match self.call(method, template, params, query, body, auth).await {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{label}: {e}"));
                return Value::Null;
            }
        };
        if let Err(e) = self.judge(method, template, &reply) {
            failures.push(format!("{label}: {e}"));
        }
        if reply.status != expected {
            failures.push(format!(
                "{label}: expected HTTP {expected}, got {}",
                reply.describe()
            ));
            return Value::Null;
        }
        if reply.media_type().ends_with("json") {
            reply.json().unwrap_or(Value::Null)
        } else {
            Value::String(reply.text)
        }
    }

    /// The spec's verdict on a response; records coverage and problems.
    fn judge(&mut self, method: &str, template: &str, reply: &Reply) -> Result<(), String> {
        let media = reply.media_type();
        self.spec
            .validate_response(method, template, reply.status, &media, &reply.text)?;
        if (200..300).contains(&reply.status) {
            self.succeeded.insert(format!("{method} {template}"));
        }
        // The media type of an error is what the spec documents (validated above):
        // problem+json for the API, RFC 6749 §5.2 JSON for OAuth endpoints.
        if reply.status >= 400 && media == "application/problem+json" && self.problem.is_none() {
            self.problem = Some(Reply {
                status: reply.status,
                headers: reply.headers.clone(),
                text: reply.text.clone(),
            });
        }
        Ok(())
    }
}

fn verdict(failures: Vec<String>) -> Result<(), String> {
    ensure(failures.is_empty(), || failures.join(" | "))
}

/// RFC 6238 TOTP (SHA-1, 30 s, 6 digits) of a base32 secret, for the enrolment steps.
fn totp(secret_base32: &str, at: i64) -> Option<String> {
    let mut bits = 0u32;
    let mut value = 0u32;
    let mut key = Vec::new();
    for c in secret_base32.trim_end_matches('=').chars() {
        let digit = match c.to_ascii_uppercase() {
            c @ 'A'..='Z' => c as u32 - 'A' as u32,
            c @ '2'..='7' => c as u32 - '2' as u32 + 26,
            _ => return None,
        };
        value = (value << 5) | digit;
        bits += 5;
        if bits >= 8 {
            key.push((value >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    let counter = (at / 30) as u64;
    let tag = hmac::sign(
        &hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, &key),
        &counter.to_be_bytes(),
    );
    let mac = tag.as_ref();
    let offset = (mac[mac.len() - 1] & 0x0f) as usize;
    let code = u32::from_be_bytes([
        mac[offset] & 0x7f,
        mac[offset + 1],
        mac[offset + 2],
        mac[offset + 3],
    ]);
    Some(format!("{:06}", code % 1_000_000))
}

pub async fn run(ctx: &Context, rec: &mut Recorder, spec: &OpenApi) {
    let Some(admin) = ctx.admin.clone() else {
        rec.all_not_applicable(
            CHECKS,
            "needs --admin-key (and a Tessera issuer {base}/t/{slug})",
        );
        return;
    };
    let mut api = Api {
        ctx,
        admin: &admin,
        spec,
        succeeded: BTreeSet::new(),
        problem: None,
    };
    let suffix = jose::random(6)
        .to_ascii_lowercase()
        .replace(['-', '_'], "x");
    let a = format!("conf-a-{suffix}");
    let b = format!("conf-b-{suffix}");

    // Tenants.
    let mut f = Vec::new();
    let tenant_body = json!({ "slug": a, "name": "Conformance A" });
    let created = api
        .expect(
            &mut f,
            ("POST", "/v1/tenants"),
            &[],
            Body::Json(&tenant_body),
            Auth::Admin,
            201,
        )
        .await;
    if created.is_null() {
        rec.check(&TENANTS, verdict(f));
        rec.skip_remaining(CHECKS, "could not create a tenant");
        return;
    }
    api.expect(
        &mut f,
        ("POST", "/v1/tenants"),
        &[],
        Body::Json(&tenant_body),
        Auth::Admin,
        409,
    )
    .await;
    api.expect(
        &mut f,
        ("POST", "/v1/tenants"),
        &[],
        Body::Json(&json!({ "slug": b, "name": "Conformance B" })),
        Auth::Admin,
        201,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/v1/tenants"),
        &[],
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}"),
        &[&a],
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("PATCH", "/v1/tenants/{tenant}"),
        &[&a],
        Body::Json(&json!({ "name": "Conformance A2" })),
        Auth::Admin,
        200,
    )
    .await;
    rec.check(&TENANTS, verdict(f));

    // Bad input changes nothing.
    let mut f = Vec::new();
    let problem = api
        .expect(
            &mut f,
            ("PATCH", "/v1/tenants/{tenant}"),
            &[&a],
            Body::Json(&json!({ "name": "" })),
            Auth::Admin,
            422,
        )
        .await;
    if !problem.is_null()
        && (problem["code"] != "validation_failed"
            || problem["errors"].as_array().is_none_or(|e| e.is_empty()))
    {
        f.push(format!(
            "the 422 lacks code validation_failed with field errors: {problem}"
        ));
    }
    let now = api
        .expect(
            &mut f,
            ("GET", "/v1/tenants/{tenant}"),
            &[&a],
            Body::None,
            Auth::Admin,
            200,
        )
        .await;
    if now["name"] != "Conformance A2" {
        f.push(format!(
            "after the refused update the name is {}",
            now["name"]
        ));
    }
    rec.check(&NOTHING_CHANGED, verdict(f));

    // Keys.
    let mut f = Vec::new();
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/keys"),
        &[&a],
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("POST", "/v1/tenants/{tenant}/keys/rotate"),
        &[&a],
        Body::Json(&json!({})),
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("POST", "/v1/tenants/{tenant}/test-tokens"),
        &[&a],
        Body::Json(
            &json!({ "subject": "conformance", "audience": "https://api.conformance.example" }),
        ),
        Auth::Admin,
        200,
    )
    .await;
    rec.check(&KEYS, verdict(f));

    // Users.
    let mut f = Vec::new();
    let email = format!("user-{suffix}@example.com");
    let password = format!("Cf-{}-pass", jose::random(12));
    let user = api
        .expect(
            &mut f,
            ("POST", "/v1/tenants/{tenant}/users"),
            &[&a],
            Body::Json(&json!({ "email": email, "password": password })),
            Auth::Admin,
            201,
        )
        .await;
    let user_id = user["id"].as_str().unwrap_or("usr_missing").to_owned();
    api.expect(
        &mut f,
        ("POST", "/v1/tenants/{tenant}/users"),
        &[&a],
        Body::Json(&json!({ "email": email })),
        Auth::Admin,
        409,
    )
    .await;
    let second = api
        .expect(
            &mut f,
            ("POST", "/v1/tenants/{tenant}/users"),
            &[&a],
            Body::Json(&json!({ "email": format!("other-{suffix}@example.com") })),
            Auth::Admin,
            201,
        )
        .await;
    let u = &[a.as_str(), user_id.as_str()][..];
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/users"),
        &[&a],
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/users/{user}"),
        u,
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("PATCH", "/v1/tenants/{tenant}/users/{user}"),
        u,
        Body::Json(&json!({ "name": "Conformance User" })),
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("POST", "/v1/tenants/{tenant}/users/{user}/disable"),
        u,
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("POST", "/v1/tenants/{tenant}/users/{user}/enable"),
        u,
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("POST", "/v1/tenants/{tenant}/users/{user}/unlock"),
        u,
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/users/{user}/mfa/totp"),
        u,
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    let enrolment = api
        .expect(
            &mut f,
            ("POST", "/v1/tenants/{tenant}/users/{user}/mfa/totp"),
            u,
            Body::None,
            Auth::Admin,
            200,
        )
        .await;
    match enrolment["secret"]
        .as_str()
        .and_then(|s| totp(s, jose::now()))
    {
        Some(code) => {
            api.expect(
                &mut f,
                ("POST", "/v1/tenants/{tenant}/users/{user}/mfa/totp/confirm"),
                u,
                Body::Json(&json!({ "code": code })),
                Auth::Admin,
                200,
            )
            .await;
            api.expect(
                &mut f,
                (
                    "POST",
                    "/v1/tenants/{tenant}/users/{user}/mfa/recovery-codes",
                ),
                u,
                Body::None,
                Auth::Admin,
                200,
            )
            .await;
            api.expect(
                &mut f,
                ("DELETE", "/v1/tenants/{tenant}/users/{user}/mfa/totp"),
                u,
                Body::None,
                Auth::Admin,
                204,
            )
            .await;
        }
        None => f.push(format!(
            "the TOTP enrolment has no usable base32 secret: {enrolment}"
        )),
    }
    rec.check(&USERS, verdict(f));

    // Sessions: sign in as the user, then the self-service API.
    let mut f = Vec::new();
    let login = api
        .expect(
            &mut f,
            ("POST", "/t/{tenant}/auth/login"),
            &[&a],
            Body::Json(&json!({ "email": email, "password": password, "delivery": "token" })),
            Auth::Anonymous,
            200,
        )
        .await;
    let access = login["access_token"].as_str().unwrap_or("none").to_owned();
    let refresh = login["refresh_token"].as_str().unwrap_or("none").to_owned();
    api.expect(
        &mut f,
        ("GET", "/t/{tenant}/me"),
        &[&a],
        Body::None,
        Auth::Bearer(&access),
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("PATCH", "/t/{tenant}/me"),
        &[&a],
        Body::Json(&json!({ "name": "Me" })),
        Auth::Bearer(&access),
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/t/{tenant}/me/sessions"),
        &[&a],
        Body::None,
        Auth::Bearer(&access),
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/t/{tenant}/me/mfa/totp"),
        &[&a],
        Body::None,
        Auth::Bearer(&access),
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/users/{user}/sessions"),
        u,
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("POST", "/t/{tenant}/auth/refresh"),
        &[&a],
        Body::Json(&json!({ "refresh_token": refresh, "delivery": "token" })),
        Auth::Anonymous,
        200,
    )
    .await;
    // The spent refresh token is reuse now: refused.
    api.expect(
        &mut f,
        ("POST", "/t/{tenant}/auth/refresh"),
        &[&a],
        Body::Json(&json!({ "refresh_token": refresh, "delivery": "token" })),
        Auth::Anonymous,
        401,
    )
    .await;
    let again = api
        .expect(
            &mut f,
            ("POST", "/t/{tenant}/auth/login"),
            &[&a],
            Body::Json(&json!({ "email": email, "password": password, "delivery": "token" })),
            Auth::Anonymous,
            200,
        )
        .await;
    match again["refresh_token"].as_str() {
        Some(token) => {
            api.expect(
                &mut f,
                ("POST", "/t/{tenant}/auth/logout"),
                &[&a],
                Body::Json(&json!({ "refresh_token": token })),
                Auth::Anonymous,
                204,
            )
            .await;
        }
        None => f.push("the second login returned no refresh_token".into()),
    }
    let third = api
        .expect(
            &mut f,
            ("POST", "/t/{tenant}/auth/login"),
            &[&a],
            Body::Json(&json!({ "email": email, "password": password, "delivery": "token" })),
            Auth::Anonymous,
            200,
        )
        .await;
    if let Some(id) = third["session_id"].as_str() {
        api.expect(
            &mut f,
            (
                "DELETE",
                "/v1/tenants/{tenant}/users/{user}/sessions/{session}",
            ),
            &[&a, &user_id, id],
            Body::None,
            Auth::Admin,
            204,
        )
        .await;
    }
    rec.check(&SESSIONS, verdict(f));

    // Clients.
    let mut f = Vec::new();
    let client = api.expect(&mut f, ("POST", "/v1/tenants/{tenant}/clients"), &[&a], Body::Json(&json!({ "name": "Conformance client", "scopes": ["x"], "audiences": ["https://api.conformance.example"] })), Auth::Admin, 201).await;
    let client_id = client["id"].as_str().unwrap_or("cli_missing").to_owned();
    let c = &[a.as_str(), client_id.as_str()][..];
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/clients"),
        &[&a],
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/clients/{client}"),
        c,
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("PATCH", "/v1/tenants/{tenant}/clients/{client}"),
        c,
        Body::Json(&json!({ "name": "Renamed" })),
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("POST", "/v1/tenants/{tenant}/clients/{client}/secrets"),
        c,
        Body::Json(&json!({})),
        Auth::Admin,
        201,
    )
    .await;
    let old_secret = client["secrets"][0]["id"]
        .as_str()
        .unwrap_or("sec_missing")
        .to_owned();
    api.expect(
        &mut f,
        (
            "DELETE",
            "/v1/tenants/{tenant}/clients/{client}/secrets/{secret}",
        ),
        &[&a, &client_id, &old_secret],
        Body::None,
        Auth::Admin,
        204,
    )
    .await;
    rec.check(&CLIENTS, verdict(f));

    // Pagination: three users now exist in A.
    let mut f = Vec::new();
    let mut seen = Vec::new();
    let mut query = "?limit=1".to_owned();
    for _ in 0..10 {
        let page = api
            .expect_query(
                &mut f,
                ("GET", "/v1/tenants/{tenant}/users"),
                &[&a],
                &query,
                Body::None,
                Auth::Admin,
                200,
            )
            .await;
        let items = page["data"].as_array().cloned().unwrap_or_default();
        if items.len() > 1 {
            f.push(format!("limit=1 returned {} items", items.len()));
        }
        seen.extend(
            items
                .iter()
                .filter_map(|i| i["id"].as_str().map(str::to_owned)),
        );
        match page["next_cursor"].as_str() {
            Some(cursor) => {
                query = format!(
                    "?limit=1&cursor={}",
                    url::form_urlencoded::byte_serialize(cursor.as_bytes()).collect::<String>()
                )
            }
            None => break,
        }
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    if unique.len() != seen.len() || seen.len() != 2 {
        f.push(format!(
            "paging with limit=1 saw {seen:?}, expected the 2 users once each"
        ));
    }
    api.expect_query(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/users"),
        &[&a],
        "?limit=0",
        Body::None,
        Auth::Admin,
        422,
    )
    .await;
    rec.check(&PAGINATION, verdict(f));

    // Isolation: A's user and client through B.
    let mut f = Vec::new();
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/users/{user}"),
        &[&b, &user_id],
        Body::None,
        Auth::Admin,
        404,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/clients/{client}"),
        &[&b, &client_id],
        Body::None,
        Auth::Admin,
        404,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/t/{tenant}/me"),
        &[&b],
        Body::None,
        Auth::Bearer(&access),
        401,
    )
    .await;
    rec.check(&ISOLATION, verdict(f));

    // Email.
    let mut f = Vec::new();
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/email-templates"),
        &[&a],
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    let template = json!({ "subject": "Verify {{ email }}", "text": "Hello {{ email }}: {{ link }}", "html": "<p>Hello {{ email }}: <a href=\"{{ link }}\">verify</a></p>" });
    api.expect(
        &mut f,
        (
            "PUT",
            "/v1/tenants/{tenant}/email-templates/{template}/{locale}",
        ),
        &[&a, "verify_email", "de"],
        Body::Json(&template),
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        (
            "DELETE",
            "/v1/tenants/{tenant}/email-templates/{template}/{locale}",
        ),
        &[&a, "verify_email", "de"],
        Body::None,
        Auth::Admin,
        204,
    )
    .await;
    let second_id = second["id"].as_str().unwrap_or("usr_missing");
    api.expect(
        &mut f,
        (
            "POST",
            "/v1/tenants/{tenant}/users/{user}/send-verification-email",
        ),
        &[&a, second_id],
        Body::None,
        Auth::Admin,
        202,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/outbox"),
        &[&a],
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    for (path, body) in [
        ("/t/{tenant}/auth/password-reset", json!({ "email": email })),
        ("/t/{tenant}/auth/magic-link", json!({ "email": email })),
        ("/t/{tenant}/auth/email-code", json!({ "email": email })),
    ] {
        api.expect(
            &mut f,
            ("POST", path),
            &[&a],
            Body::Json(&body),
            Auth::Anonymous,
            202,
        )
        .await;
    }
    rec.check(&EMAIL, verdict(f));

    // Audit.
    let mut f = Vec::new();
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/audit-events"),
        &[&a],
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}/audit-events/export"),
        &[&a],
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    api.expect(
        &mut f,
        ("POST", "/v1/tenants/{tenant}/audit-events/verify"),
        &[&a],
        Body::None,
        Auth::Admin,
        200,
    )
    .await;
    rec.check(&AUDIT, verdict(f));

    // Operations and discovery.
    let mut f = Vec::new();
    for path in ["/healthz", "/readyz", "/metrics", "/openapi.json"] {
        api.expect(&mut f, ("GET", path), &[], Body::None, Auth::Anonymous, 200)
            .await;
    }
    for path in [
        "/t/{tenant}/.well-known/openid-configuration",
        "/t/{tenant}/.well-known/jwks.json",
        "/.well-known/oauth-authorization-server/t/{tenant}",
    ] {
        api.expect(
            &mut f,
            ("GET", path),
            &[&a],
            Body::None,
            Auth::Anonymous,
            200,
        )
        .await;
    }
    rec.check(&OPS, verdict(f));

    // Sweeps over every operation, with a live session for the self-service ones (the
    // refresh-token replay above rightly ended the first).
    // A failed login here shows in the sweeps as 401s on /t/{tenant}/me.
    let live = api
        .expect(
            &mut Vec::new(),
            ("POST", "/t/{tenant}/auth/login"),
            &[&a],
            Body::Json(&json!({ "email": email, "password": password, "delivery": "token" })),
            Auth::Anonymous,
            200,
        )
        .await;
    let access = live["access_token"].as_str().unwrap_or("none").to_owned();
    let ids = Ids {
        tenant: a.clone(),
        user: user_id.clone(),
        client: client_id.clone(),
        session: "ses_conformance_unknown".into(),
        access,
    };
    sweeps(&mut api, rec, &ids).await;

    match &api.problem {
        Some(reply) => {
            let header = reply.header("x-request-id").unwrap_or_default().to_owned();
            let body = reply.json().unwrap_or(Value::Null);
            rec.check(
                &REQUEST_ID,
                ensure(
                    !header.is_empty() && body["request_id"].as_str() == Some(header.as_str()),
                    || {
                        format!(
                            "x-request-id `{header}`, problem request_id {}",
                            body["request_id"]
                        )
                    },
                ),
            );
        }
        None => rec.skip(&REQUEST_ID, "no problem response was seen"),
    }

    // Clean up, which is itself checked.
    let mut f = Vec::new();
    api.expect(
        &mut f,
        ("DELETE", "/v1/tenants/{tenant}/users/{user}"),
        u,
        Body::None,
        Auth::Admin,
        204,
    )
    .await;
    api.expect(
        &mut f,
        ("DELETE", "/v1/tenants/{tenant}/clients/{client}"),
        c,
        Body::None,
        Auth::Admin,
        204,
    )
    .await;
    for tenant in [&a, &b] {
        api.expect(
            &mut f,
            ("DELETE", "/v1/tenants/{tenant}"),
            &[tenant],
            Body::None,
            Auth::Admin,
            204,
        )
        .await;
    }
    api.expect(
        &mut f,
        ("GET", "/v1/tenants/{tenant}"),
        &[&a],
        Body::None,
        Auth::Admin,
        404,
    )
    .await;
    api.expect(
        &mut f,
        ("GET", "/t/{tenant}/.well-known/openid-configuration"),
        &[&a],
        Body::None,
        Auth::Anonymous,
        404,
    )
    .await;
    rec.check(&DELETE, verdict(f));

    let missing: Vec<String> = spec
        .operations()
        .into_iter()
        .map(|op| format!("{} {}", op.method, op.path))
        .filter(|op| !api.succeeded.contains(op))
        .collect();
    rec.check(
        &COVERAGE,
        ensure(missing.is_empty(), || {
            format!(
                "{} operation(s) not exercised successfully: {}",
                missing.len(),
                missing.join(", ")
            )
        }),
    );
}

struct Ids {
    tenant: String,
    user: String,
    client: String,
    session: String,
    access: String,
}

impl Ids {
    fn params(&self, template: &str, tenant: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            let Some(end) = rest[start..].find('}') else {
                break;
            };
            let name = &rest[start + 1..start + end];
            out.push(match name {
                "tenant" => tenant.to_owned(),
                "user" => self.user.clone(),
                "client" => self.client.clone(),
                "session" => self.session.clone(),
                "secret" => "sec_conformance_unknown".into(),
                "template" => "verify_email".into(),
                "locale" => "de".into(),
                other => format!("conformance-{other}"),
            });
            rest = &rest[start + end + 1..];
        }
        out
    }
}

async fn sweeps(api: &mut Api<'_>, rec: &mut Recorder, ids: &Ids) {
    let operations = api.spec.operations();
    let mut no_auth = Vec::new();
    let mut bad_key = Vec::new();
    let mut unknown = Vec::new();
    let mut malformed = Vec::new();
    let mut media = Vec::new();
    let unknown_tenant = format!(
        "conf-none-{}",
        jose::random(4)
            .to_ascii_lowercase()
            .replace(['-', '_'], "x")
    );
    for op in &operations {
        let (m, p) = (op.method.as_str(), op.path.as_str());
        let params = ids.params(p, &ids.tenant);
        let refs: Vec<&str> = params.iter().map(String::as_str).collect();
        let documented = api.spec.documented_statuses(m, p);
        let has_json_body = api.spec.has_json_body(m, p);
        // A user's session token where the operation takes one. Operations inside an
        // organization need a token switched into it, which the sweep does not have: their
        // body checks are left to the scenario, not guessed at here.
        let session = api.spec.takes_session_token(m, p) && !api.spec.needs_admin_key(m, p);
        let credentials = if p.starts_with("/t/{tenant}/me") || session {
            Auth::Bearer(&ids.access)
        } else {
            Auth::Admin
        };
        let can_authenticate = !(session && p.contains("{organization}"));
        if api.spec.needs_auth(m, p) {
            api.expect(
                &mut no_auth,
                (m, p),
                &refs,
                empty_body(api.spec, m, p),
                Auth::Anonymous,
                401,
            )
            .await;
            if api.spec.needs_admin_key(m, p) {
                let wrong = format!("tsk_{}", "0".repeat(64));
                api.expect(
                    &mut bad_key,
                    (m, p),
                    &refs,
                    empty_body(api.spec, m, p),
                    Auth::Bearer(&wrong),
                    401,
                )
                .await;
            }
        }
        if p.contains("{tenant}") && !matches!((m, p), ("DELETE", "/t/{tenant}/me")) {
            let params = ids.params(p, &unknown_tenant);
            let refs: Vec<&str> = params.iter().map(String::as_str).collect();
            let label = format!("{m} {p} (unknown tenant)");
            match api
                .call(m, p, &refs, "", empty_body(api.spec, m, p), credentials)
                .await
            {
                Ok(reply) => {
                    if let Err(e) = api.judge(m, p, &reply) {
                        unknown.push(format!("{label}: {e}"));
                    }
                    let wanted_404 = matches!(m, "GET" | "DELETE");
                    let ok = if wanted_404 {
                        reply.status == 404
                    } else {
                        (400..500).contains(&reply.status)
                    };
                    if !ok {
                        unknown.push(format!("{label}: {}", reply.describe()));
                    }
                }
                Err(e) => unknown.push(format!("{label}: {e}")),
            }
        }
        if has_json_body && documented.contains(&400) && can_authenticate {
            let label = format!("{m} {p} (malformed JSON)");
            match api
                .call(
                    m,
                    p,
                    &refs,
                    "",
                    Body::Raw("application/json", "{\"conformance\": "),
                    credentials,
                )
                .await
            {
                Ok(reply) => {
                    if let Err(e) = api.judge(m, p, &reply) {
                        malformed.push(format!("{label}: {e}"));
                    } else if reply.status != 400
                        // Problem bodies carry code invalid_body; OAuth endpoints answer in
                        // their own documented shape (RFC 7591 §3.2.2), validated above.
                        || (reply.media_type() == "application/problem+json"
                            && reply.json().map(|b| b["code"] == "invalid_body") != Ok(true))
                    {
                        malformed.push(format!(
                            "{label}: expected 400 invalid_body, got {}",
                            reply.describe()
                        ));
                    }
                }
                Err(e) => malformed.push(format!("{label}: {e}")),
            }
        }
        if has_json_body && documented.contains(&415) && can_authenticate {
            api.expect(
                &mut media,
                (m, p),
                &refs,
                Body::Raw("text/plain", "conformance"),
                credentials,
                415,
            )
            .await;
        }
    }
    rec.check(&AUTH_REQUIRED, verdict(no_auth));
    rec.check(&BAD_KEY, verdict(bad_key));
    rec.check(&UNKNOWN_TENANT, verdict(unknown));
    rec.check(&MALFORMED_JSON, verdict(malformed));
    rec.check(&MEDIA_TYPE, verdict(media));
}

/// An empty body of the operation's documented kind.
fn empty_body(spec: &OpenApi, method: &str, path: &str) -> Body<'static> {
    if spec.has_body(method, path, "application/json") {
        Body::Raw("application/json", "{}")
    } else if spec.has_body(method, path, "application/x-www-form-urlencoded") {
        Body::Raw("application/x-www-form-urlencoded", "")
    } else {
        Body::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_vector() {
        // RFC 6238 appendix B, SHA-1, T = 59: 94287082 (8 digits) → 287082 with 6.
        let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890"
        assert_eq!(totp(secret, 59).as_deref(), Some("287082"));
    }
}
