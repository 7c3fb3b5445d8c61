//! The HTTP face of every failure: an RFC 9457 problem document with a stable `code`.
//!
//! The client's message and the log's message are kept apart: internal detail (database
//! errors, key ids that failed to unseal) goes to the log with the request id, and the client
//! gets "an internal error occurred" with that same id to quote.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tessera_wire::{ErrorCode, FieldError, Problem};

use crate::services::ServiceError;

tokio::task_local! {
    /// The id of the request being served, set by the request-context middleware.
    pub static REQUEST_ID: String;
}

pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error answer. Build one with [`ApiError::new`] or convert a [`ServiceError`].
#[derive(Debug)]
pub struct ApiError {
    code: ErrorCode,
    detail: String,
    errors: Vec<FieldError>,
    /// Logged, never sent.
    internal: Option<String>,
    www_authenticate: bool,
    /// Seconds for `Retry-After`; 503s default to 1.
    retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        Self {
            code,
            detail: detail.into(),
            errors: Vec::new(),
            internal: None,
            www_authenticate: false,
            retry_after: None,
        }
    }

    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self {
            www_authenticate: true,
            ..Self::new(ErrorCode::Unauthorized, detail)
        }
    }

    pub fn internal(log_detail: impl Into<String>) -> Self {
        Self {
            internal: Some(log_detail.into()),
            ..Self::new(
                ErrorCode::InternalError,
                "an internal error occurred; quote the request id when reporting it",
            )
        }
    }

    pub fn code(&self) -> ErrorCode {
        self.code
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::NotFound(detail) => ApiError::new(ErrorCode::NotFound, detail),
            ServiceError::AlreadyExists(detail) => ApiError::new(ErrorCode::AlreadyExists, detail),
            ServiceError::Conflict(detail) => ApiError::new(ErrorCode::Conflict, detail),
            ServiceError::InvalidParameter(detail) => {
                ApiError::new(ErrorCode::InvalidParameter, detail)
            }
            ServiceError::PasswordRejected { pointer, problem } => {
                ApiError::from(ServiceError::Invalid(vec![problem.field(&pointer)]))
            }
            ServiceError::Invalid(errors) => {
                let detail = match errors.as_slice() {
                    [one] => format!("{}: {}", one.pointer, one.message),
                    many => format!("{} fields are invalid; see errors", many.len()),
                };
                ApiError {
                    errors,
                    ..ApiError::new(ErrorCode::ValidationFailed, detail)
                }
            }
            ServiceError::Unavailable(source) => ApiError {
                internal: Some(source.to_string()),
                ..ApiError::new(
                    ErrorCode::ServiceUnavailable,
                    "the database is unavailable; retry shortly",
                )
            },
            ServiceError::InvalidCredentials => ApiError::new(
                ErrorCode::InvalidCredentials,
                ServiceError::InvalidCredentials.to_string(),
            ),
            ServiceError::InvalidToken(detail) => ApiError {
                www_authenticate: true,
                ..ApiError::new(ErrorCode::InvalidToken, detail)
            },
            ServiceError::InvalidCode(detail) => ApiError::new(ErrorCode::InvalidCode, detail),
            ServiceError::AccountLocked { retry_after_secs } => ApiError {
                retry_after: Some(retry_after_secs.max(1)),
                ..ApiError::new(
                    ErrorCode::AccountLocked,
                    format!(
                        "too many failed sign-ins; retry in {} s or ask an administrator to unlock the account",
                        retry_after_secs.max(1)
                    ),
                )
            },
            ServiceError::AccountDisabled => ApiError::new(
                ErrorCode::AccountDisabled,
                ServiceError::AccountDisabled.to_string(),
            ),
            ServiceError::RateLimited { retry_after_secs } => ApiError {
                retry_after: Some(retry_after_secs.max(1)),
                ..ApiError::new(
                    ErrorCode::RateLimited,
                    format!(
                        "too many requests from this address; retry in {} s",
                        retry_after_secs.max(1)
                    ),
                )
            },
            ServiceError::SignupDisabled(detail) => {
                ApiError::new(ErrorCode::SignupDisabled, detail)
            }
            ServiceError::EmailDomainNotAllowed(detail) => {
                ApiError::new(ErrorCode::EmailDomainNotAllowed, detail)
            }
            ServiceError::DeliveryFailed(detail) => ApiError {
                internal: Some(detail),
                ..ApiError::new(
                    ErrorCode::ServiceUnavailable,
                    "the email could not be sent: the mail relay is unavailable or refused it; retry shortly",
                )
            },
            ServiceError::Internal(detail) => ApiError::internal(detail),
            ServiceError::PermissionDenied(detail) => {
                ApiError::new(ErrorCode::PermissionDenied, detail)
            }
            ServiceError::PolicyViolation(detail) => {
                ApiError::new(ErrorCode::OrganizationPolicyViolation, detail)
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let request_id = REQUEST_ID.try_with(Clone::clone).ok();
        if let Some(internal) = &self.internal {
            tracing::error!(code = self.code.as_str(), error = %internal, "request failed");
        }
        let mut problem = Problem::new(self.code, self.detail);
        problem.errors = self.errors;
        problem.request_id = request_id;
        let status =
            StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&problem).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if self.www_authenticate {
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"tessera\""),
            );
        }
        let retry_after = self.retry_after.or(matches!(
            self.code,
            ErrorCode::ServiceUnavailable | ErrorCode::RequestTimeout
        )
        .then_some(1));
        if let Some(secs) = retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
