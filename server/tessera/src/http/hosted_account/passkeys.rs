//! The account area's Passkeys page, `/t/{tenant}/account/passkeys`: the person's passkeys
//! (name, created, last used), renaming and deleting them with plain forms, and adding one.
//!
//! Adding needs the browser's WebAuthn API, so `assets/passkeys.js` asks the options
//! endpoint here (session cookie plus the account form token, sent as JSON) and posts
//! `navigator.credentials.create()`'s answer through the page's ordinary form. The ceremony
//! itself, the checks and the audit events are the passkeys service's, as for `/me/passkeys`.

use std::ops::Deref;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::Deserialize;
use tessera_wire::{PasskeyCeremony, PasskeyRegistrationFinish};
use time::format_description::well_known::Rfc3339;

use super::{FieldError, PageQuery, Shell, Visitor, done, failed, notice_of, poster, visitor};
use crate::http::HttpState;
use crate::http::error::ApiError;
use crate::http::extract::{ApiJson, ApiPath, Caller};
use crate::http::hosted::html_with;
use crate::http::hosted_passkeys::PasskeyLinks;
use crate::services::{ServiceError, passkeys};

pub fn routes() -> Router<HttpState> {
    Router::new()
        .route("/t/{tenant}/account/passkeys", get(passkeys_page))
        .route("/t/{tenant}/account/passkeys/options", post(options))
        .route("/t/{tenant}/account/passkeys/add", post(add))
        .route("/t/{tenant}/account/passkeys/rename", post(rename))
        .route("/t/{tenant}/account/passkeys/delete", post(delete))
}

account_page!(PasskeysPage, "hosted/account_passkeys.html" {
    passkeys: Vec<PasskeyRow>,
    script_url: String,
});

struct PasskeyRow {
    id: String,
    name: String,
    created: String,
    last_used: Option<String>,
}

async fn passkeys_page(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    Query(query): Query<PageQuery>,
) -> Result<Response, ApiError> {
    let v = or_answer!(visitor(&state, &slug, &headers, query.ui_locales.as_deref()).await);
    Ok(passkeys_view(&state, &v, notice_of(&query), None).await)
}

async fn passkeys_view(
    state: &HttpState,
    v: &Visitor,
    notice: Option<&'static str>,
    error: Option<FieldError>,
) -> Response {
    let list = match passkeys::list(&state.app, &v.tenant, &v.me.user.id).await {
        Ok(list) => list,
        Err(e) => return failed(v, &e),
    };
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let page = PasskeysPage {
        shell: Shell {
            error,
            ..v.shell("/passkeys", notice)
        },
        passkeys: list
            .data
            .into_iter()
            .map(|p| PasskeyRow {
                created: p.created_at.format(&Rfc3339).unwrap_or_default(),
                last_used: p.last_used_at.and_then(|at| at.format(&Rfc3339).ok()),
                id: p.id,
                name: p.name,
            })
            .collect(),
        script_url: PasskeyLinks::sign_in(&state.app, &v.tenant).script_url,
    };
    // Like the other account pages, but the CSP lets the page's nonce'd script run.
    let mut response = html_with(page.brand, status, &page.nonce, page.render(), true);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A failure shown on the page itself, above the list, with a fixed message.
fn page_error(message: &str) -> Option<FieldError> {
    Some(FieldError {
        field: "",
        message: message.into(),
    })
}

#[derive(Deserialize)]
pub struct OptionsRequest {
    csrf_token: String,
}

/// Registration options for the signed-in browser, as JSON for the page's script.
async fn options(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<OptionsRequest>,
) -> Result<Json<PasskeyCeremony>, ApiError> {
    // A script gets a problem, not the sign-in redirect or an HTML error page.
    let Ok(v) = poster(&state, &slug, &headers, &body.csrf_token).await? else {
        return Err(ServiceError::InvalidToken(
            "no account session, or the account form's token does not match; reload the passkeys page"
                .into(),
        )
        .into());
    };
    Ok(Json(passkeys::start_registration(&state.app, &v.me).await?))
}

#[derive(Deserialize)]
pub struct AddForm {
    csrf_token: String,
    ceremony_id: String,
    /// The `PublicKeyCredential` as JSON text.
    credential: String,
    #[serde(default)]
    name: String,
}

async fn add(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<AddForm>,
) -> Result<Response, ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let name = form.name.trim();
    let input = PasskeyRegistrationFinish {
        ceremony_id: form.ceremony_id,
        // Malformed text is refused by the service like any credential that does not parse.
        credential: serde_json::from_str(&form.credential).unwrap_or_default(),
        name: (!name.is_empty()).then(|| name.to_owned()),
    };
    let result = passkeys::finish_registration(&state.app, &v.ctx(&ctx), &v.me, input).await;
    Ok(match result {
        Ok(_) => done(&v, "/passkeys", "passkey_added"),
        Err(ServiceError::Invalid(problems)) if problems.iter().any(|p| p.pointer == "/name") => {
            let error = page_error(v.t.t("passkeys.name_invalid"));
            passkeys_view(&state, &v, None, error).await
        }
        Err(
            ServiceError::Invalid(_)
            | ServiceError::InvalidToken(_)
            | ServiceError::AlreadyExists(_),
        ) => {
            let error = page_error(v.t.t("passkeys.add_failed"));
            passkeys_view(&state, &v, None, error).await
        }
        Err(e) => failed(&v, &e),
    })
}

#[derive(Deserialize)]
pub struct RenameForm {
    csrf_token: String,
    passkey_id: String,
    #[serde(default)]
    name: String,
}

async fn rename(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<RenameForm>,
) -> Result<Response, ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let ctx = v.ctx(&ctx);
    let result = passkeys::rename(
        &state.app,
        &ctx,
        &v.tenant,
        &v.me.user,
        &form.passkey_id,
        &form.name,
    )
    .await;
    Ok(match result {
        Ok(_) => done(&v, "/passkeys", "passkey_renamed"),
        Err(ServiceError::Invalid(_)) => {
            let error = page_error(v.t.t("passkeys.name_invalid"));
            passkeys_view(&state, &v, None, error).await
        }
        Err(e) => failed(&v, &e),
    })
}

#[derive(Deserialize)]
pub struct DeleteForm {
    csrf_token: String,
    passkey_id: String,
}

async fn delete(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<DeleteForm>,
) -> Result<Response, ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let ctx = v.ctx(&ctx);
    let result =
        passkeys::delete(&state.app, &ctx, &v.tenant, &v.me.user.id, &form.passkey_id).await;
    Ok(match result {
        Ok(()) => done(&v, "/passkeys", "passkey_deleted"),
        Err(e) => failed(&v, &e),
    })
}
