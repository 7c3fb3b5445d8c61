//! `dcr`: Dynamic Client Registration (RFC 7591) and, when the server returns a registration
//! access token, registration management (RFC 7592).

use serde_json::{Value, json};

use crate::check::{Check, ensure};
use crate::context::{Context, Reply, basic, read};
use crate::recorder::Recorder;

const REGISTER: Check = Check::must(
    "dcr-register",
    "RFC 7591 §3.1, §3.2.1",
    "a registration request answers 201 JSON with client_id, a client_secret for a confidential client, and the registered metadata",
);
const NO_STORE: Check = Check::must(
    "dcr-no-store",
    "RFC 7591 §3.2.1",
    "the registration response carries Cache-Control: no-store",
);
const CREDENTIALS_WORK: Check = Check::must(
    "dcr-credentials-authenticate",
    "RFC 7591 §3.2.1; RFC 6749 §2.3.1",
    "the issued client_id and client_secret authenticate at the token endpoint",
);
const BAD_REDIRECT: Check = Check::must(
    "dcr-invalid-redirect-uri",
    "RFC 7591 §3.2.2; RFC 6749 §3.1.2",
    "a redirect URI with a fragment is refused with invalid_redirect_uri",
);
const BAD_METADATA: Check = Check::must(
    "dcr-invalid-metadata",
    "RFC 7591 §3.2.2",
    "malformed metadata is refused with 400 invalid_client_metadata or invalid_redirect_uri",
);
const READ: Check = Check::must(
    "dcr-read",
    "RFC 7592 §2.1",
    "GET registration_client_uri with the registration access token returns the client",
);
const READ_BAD_TOKEN: Check = Check::must(
    "dcr-read-bad-token",
    "RFC 7592 §2.1",
    "a wrong registration access token answers 401",
);
const UPDATE: Check = Check::should(
    "dcr-update",
    "RFC 7592 §2.2",
    "PUT with the full metadata and a new client_name updates the client",
);
const DELETE: Check = Check::must(
    "dcr-delete",
    "RFC 7592 §2.3",
    "DELETE answers 204; afterwards the client can no longer authenticate",
);

pub const CHECKS: &[Check] = &[
    REGISTER,
    NO_STORE,
    CREDENTIALS_WORK,
    BAD_REDIRECT,
    BAD_METADATA,
    READ,
    READ_BAD_TOKEN,
    UPDATE,
    DELETE,
];

fn metadata(redirect_uri: &str) -> Value {
    json!({
        "client_name": "tessera-conformance dcr",
        "redirect_uris": [redirect_uri],
        "grant_types": ["authorization_code", "refresh_token"],
        "response_types": ["code"],
        "token_endpoint_auth_method": "client_secret_basic",
    })
}

async fn post_json(ctx: &Context, url: &str, body: &Value) -> Result<Reply, String> {
    read(ctx.http.post(url).json(body).send().await).await
}

/// A token request that fails on the grant, not the client: 400 invalid_grant proves the
/// client authenticated (an unauthenticated client gets invalid_client).
async fn authenticates(ctx: &Context, id: &str, secret: &str) -> Result<bool, String> {
    let endpoint = ctx.meta_str("token_endpoint").ok_or("no token_endpoint")?;
    let reply = read(
        ctx.http
            .post(endpoint)
            .header("authorization", basic(id, secret))
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", "conformance-not-a-code"),
                ("redirect_uri", crate::provision::REDIRECT_URI),
                ("code_verifier", &crate::jose::random(32)),
            ])
            .send()
            .await,
    )
    .await?;
    let error = reply
        .json()
        .map(|b| b["error"].as_str().unwrap_or_default().to_owned())?;
    match error.as_str() {
        "invalid_client" => Ok(false),
        "invalid_grant" | "invalid_request" | "unauthorized_client" => Ok(true),
        other => Err(format!("unexpected answer `{other}`: {}", reply.describe())),
    }
}

pub async fn run(ctx: &Context, rec: &mut Recorder) {
    let Some(endpoint) = ctx.meta_str("registration_endpoint").map(str::to_owned) else {
        rec.all_not_applicable(CHECKS, "no registration_endpoint advertised");
        return;
    };
    let redirect = crate::provision::REDIRECT_URI;
    let reply = match post_json(ctx, &endpoint, &metadata(redirect)).await {
        Ok(r) => r,
        Err(e) => {
            rec.check(&REGISTER, Err(e));
            rec.skip_remaining(CHECKS, "registration failed");
            return;
        }
    };
    let registered = reply.json().unwrap_or(Value::Null);
    let ok = rec.check(
        &REGISTER,
        ensure(reply.status == 201, || reply.describe()).and_then(|()| {
            ensure(
                registered["client_id"].is_string()
                    && registered["client_secret"].is_string()
                    && registered["redirect_uris"] == json!([redirect]),
                || format!("missing client_id, client_secret or redirect_uris: {registered}"),
            )
        }),
    );
    if !ok {
        rec.skip_remaining(CHECKS, "registration failed");
        return;
    }
    rec.check(&NO_STORE, crate::plans::jwt_access_token::no_store(&reply));
    let id = registered["client_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let secret = registered["client_secret"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    rec.check(
        &CREDENTIALS_WORK,
        authenticates(ctx, &id, &secret)
            .await
            .and_then(|yes| ensure(yes, || "the token endpoint answered invalid_client".into())),
    );
    let result = post_json(
        ctx,
        &endpoint,
        &metadata("https://client.conformance.example/cb#fragment"),
    )
    .await
    .and_then(|r| {
        ensure(r.status == 400, || r.describe())?;
        let error = r.json()?["error"].as_str().unwrap_or_default().to_owned();
        ensure(error == "invalid_redirect_uri", || {
            format!("error is `{error}`")
        })
    });
    rec.check(&BAD_REDIRECT, result);
    let result = post_json(
        ctx,
        &endpoint,
        &json!({ "redirect_uris": "not-an-array", "grant_types": 7 }),
    )
    .await
    .and_then(|r| {
        ensure(r.status == 400, || r.describe())?;
        let error = r.json()?["error"].as_str().unwrap_or_default().to_owned();
        ensure(
            error == "invalid_client_metadata" || error == "invalid_redirect_uri",
            || format!("error is `{error}`"),
        )
    });
    rec.check(&BAD_METADATA, result);

    let (Some(uri), Some(token)) = (
        registered["registration_client_uri"].as_str(),
        registered["registration_access_token"].as_str(),
    ) else {
        let why = "no registration_client_uri/registration_access_token (RFC 7592 not offered)";
        rec.all_not_applicable(&[READ, READ_BAD_TOKEN, UPDATE, DELETE], why);
        return;
    };
    let result = read(ctx.http.get(uri).bearer_auth(token).send().await)
        .await
        .and_then(|r| {
            ensure(r.status == 200, || r.describe())?;
            let body = r.json()?;
            ensure(body["client_id"].as_str() == Some(id.as_str()), || {
                format!("got {body}")
            })
        });
    rec.check(&READ, result);
    let result = read(
        ctx.http
            .get(uri)
            .bearer_auth("conformance-wrong-token")
            .send()
            .await,
    )
    .await
    .and_then(|r| ensure(r.status == 401, || r.describe()));
    rec.check(&READ_BAD_TOKEN, result);
    let mut update = metadata(redirect);
    update["client_id"] = json!(id);
    update["client_name"] = json!("tessera-conformance dcr (updated)");
    let result = read(
        ctx.http
            .put(uri)
            .bearer_auth(token)
            .json(&update)
            .send()
            .await,
    )
    .await
    .and_then(|r| {
        ensure(r.status == 200, || r.describe())?;
        let body = r.json()?;
        ensure(body["client_name"] == update["client_name"], || {
            format!("got {body}")
        })
    });
    rec.check(&UPDATE, result);
    let result = read(ctx.http.delete(uri).bearer_auth(token).send().await)
        .await
        .and_then(|r| ensure(r.status == 204, || r.describe()));
    let result = match result {
        Ok(()) => authenticates(ctx, &id, &secret)
            .await
            .and_then(|yes| ensure(!yes, || "the deleted client still authenticates".into())),
        Err(e) => Err(e),
    };
    rec.check(&DELETE, result);
}
