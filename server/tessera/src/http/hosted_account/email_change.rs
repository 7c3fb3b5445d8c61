//! The account area's email change form, on the profile page: `POST /account/email` with
//! the new address and the current password. It only asks for the change (the email
//! service sends the link to the new address and a notice to the current one); the link's
//! landing, `/confirm-email-change`, is among the email landings in `hosted_email`.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::post;
use axum::{Form, Router};
use serde::Deserialize;

use super::{FieldError, done, failed, given, poster, profile_view};
use crate::http::HttpState;
use crate::http::error::ApiError;
use crate::http::extract::{ApiPath, Caller};
use crate::http::hosted_i18n::Tr;
use crate::services::ServiceError;
use crate::services::email::change;

pub fn routes() -> Router<HttpState> {
    Router::new().route("/t/{tenant}/account/email", post(submit))
}

#[derive(Deserialize)]
pub struct EmailChangeForm {
    csrf_token: String,
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    current_password: String,
}

async fn submit(
    State(state): State<HttpState>,
    ApiPath(slug): ApiPath<String>,
    Caller(ctx): Caller,
    headers: HeaderMap,
    Form(form): Form<EmailChangeForm>,
) -> Result<Response, ApiError> {
    let v = or_answer!(poster(&state, &slug, &headers, &form.csrf_token).await);
    let password = given(form.current_password);
    let result = change::request(&state.app, &v.ctx(&ctx), &v.me, &form.new_email, password).await;
    Ok(match result {
        Ok(_) => done(&v, "", "email_change_sent"),
        Err(e) => match refusal(v.t, &e) {
            Some(error) => profile_view(&state, &v, None, Some(error), form.new_email).await,
            None => failed(&v, &e),
        },
    })
}

/// The field and translated message of a refused request; other failures (rate limit,
/// delivery) have a page of their own.
fn refusal(t: Tr, error: &ServiceError) -> Option<FieldError> {
    let (field, key) = match error {
        ServiceError::Invalid(problems) => match problems.first()?.pointer.as_str() {
            "/current_password" => ("current_password", "error.password_required"),
            _ => ("new_email", "error.email_invalid"),
        },
        ServiceError::Conflict(_) => ("new_email", "error.email_same"),
        ServiceError::AlreadyExists(_) => ("new_email", "error.email_taken"),
        ServiceError::InvalidCredentials => ("current_password", "error.wrong_password"),
        ServiceError::AccountLocked { .. } => ("current_password", "error.locked"),
        // An account without a password whose sign-in is too old to stand in for one.
        ServiceError::InvalidToken(_) => ("", "error.sign_in_again"),
        _ => return None,
    };
    Some(FieldError {
        field,
        message: t.t(key).into(),
    })
}
