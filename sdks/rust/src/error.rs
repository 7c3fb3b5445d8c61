//! Typed errors. An error response is read once, into an [`ApiError`] with the problem
//! document's (RFC 9457) `code`, `status`, `detail` and request id, or an OAuth error's
//! (RFC 6749 §5.2) `error` and `error_description`.

use std::fmt;
use std::future::Future;
use std::time::Duration;

use progenitor_client::{Error as ProgenitorError, ResponseValue};

use crate::Problem;

/// What a call can fail with.
#[derive(Debug)]
pub enum Error {
    /// The server answered with an error status.
    Api(Box<ApiError>),
    /// The server could not be reached, or did not answer in time.
    Connection(reqwest::Error),
    /// The call could not be made as asked (a parameter that does not convert, a bad base URL).
    InvalidRequest(String),
    /// The server answered success with a body that does not match the API's types.
    InvalidResponse(String),
    /// A credential source failed to give a token.
    Credential(String),
}

/// What an error is about, for `match`ing without looking at status codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// 400.
    BadRequest,
    /// 401.
    Authentication,
    /// 403.
    PermissionDenied,
    /// 404.
    NotFound,
    /// 409.
    Conflict,
    /// 422.
    Unprocessable,
    /// 429.
    RateLimited,
    /// 5xx.
    Server,
    /// Another error status.
    OtherStatus,
    /// No answer: a connection failure.
    Connection,
    /// No answer in time.
    Timeout,
    /// The call was not made ([`Error::InvalidRequest`], [`Error::Credential`]) or its
    /// answer was not understood ([`Error::InvalidResponse`]).
    Client,
}

/// An error response of the API.
#[derive(Clone, Debug)]
pub struct ApiError {
    /// The HTTP status.
    pub status: u16,
    /// The problem document's `code`, or an OAuth error's `error`.
    pub code: Option<String>,
    /// The problem's `detail`, or an OAuth error's `error_description`.
    pub detail: Option<String>,
    /// The `x-request-id` response header (which the problem document repeats).
    pub request_id: Option<String>,
    /// The `Retry-After` header of a 429 or 503.
    pub retry_after: Option<Duration>,
    /// The response body as JSON, when it is JSON.
    pub body: Option<serde_json::Value>,
}

impl ApiError {
    /// The body as the API's problem document, when it is one.
    pub fn problem(&self) -> Option<Problem> {
        serde_json::from_value(self.body.clone()?).ok()
    }

    /// What the status means.
    pub fn kind(&self) -> ErrorKind {
        match self.status {
            400 => ErrorKind::BadRequest,
            401 => ErrorKind::Authentication,
            403 => ErrorKind::PermissionDenied,
            404 => ErrorKind::NotFound,
            409 => ErrorKind::Conflict,
            422 => ErrorKind::Unprocessable,
            429 => ErrorKind::RateLimited,
            500..=599 => ErrorKind::Server,
            _ => ErrorKind::OtherStatus,
        }
    }

    /// Reads an error response.
    pub(crate) async fn read(response: reqwest::Response) -> ApiError {
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let request_id = header("x-request-id");
        let retry_after = crate::hooks::retry_after(
            response.headers().get(reqwest::header::RETRY_AFTER),
            crate::system_now(),
        );
        // A body that cannot be read leaves status and headers, which still say what failed.
        let bytes = response.bytes().await.unwrap_or_default();
        let body: Option<serde_json::Value> = serde_json::from_slice(&bytes).ok();
        let text = |key: &str| {
            body.as_ref()
                .and_then(|b| b.get(key))
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        ApiError {
            status,
            code: text("code").or_else(|| text("error")),
            detail: text("detail").or_else(|| text("error_description")),
            request_id: request_id.or_else(|| text("request_id")),
            retry_after,
            body,
        }
    }
}

impl Error {
    /// What the error is about.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Api(e) => e.kind(),
            Error::Connection(e) if e.is_timeout() => ErrorKind::Timeout,
            Error::Connection(_) => ErrorKind::Connection,
            Error::InvalidRequest(_) | Error::InvalidResponse(_) | Error::Credential(_) => {
                ErrorKind::Client
            }
        }
    }

    /// The error response, if the server answered.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The HTTP status, if the server answered.
    pub fn status(&self) -> Option<u16> {
        self.api().map(|e| e.status)
    }

    /// The problem's or OAuth error's code, if the server answered with one.
    pub fn code(&self) -> Option<&str> {
        self.api().and_then(|e| e.code.as_deref())
    }

    /// Turns progenitor's error into a typed one, reading an error response's body.
    pub async fn from_progenitor<E: fmt::Debug>(error: ProgenitorError<E>) -> Error {
        match error {
            ProgenitorError::UnexpectedResponse(response) => {
                Error::Api(Box::new(ApiError::read(response).await))
            }
            // The spec lists no error responses for progenitor (see openapi.json), so these
            // are success answers that could not be read.
            ProgenitorError::ErrorResponse(value) => Error::InvalidResponse(format!(
                "an unexpected documented response, status {}",
                value.status()
            )),
            ProgenitorError::CommunicationError(e) | ProgenitorError::InvalidUpgrade(e) => {
                Error::Connection(e)
            }
            ProgenitorError::ResponseBodyError(e) => Error::Connection(e),
            ProgenitorError::InvalidResponsePayload(_, e) => {
                Error::InvalidResponse(format!("the response body does not match: {e}"))
            }
            ProgenitorError::InvalidRequest(message) => Error::InvalidRequest(message),
            ProgenitorError::Custom(message) => Error::Credential(message),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => fmt::Display::fmt(e, f),
            Error::Connection(e) => write!(f, "could not reach the server: {e}"),
            Error::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            Error::InvalidResponse(m) => write!(f, "invalid response: {m}"),
            Error::Credential(m) => write!(f, "credential: {m}"),
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.status)?;
        if let Some(code) = &self.code {
            write!(f, " {code}")?;
        }
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Connection(e) => Some(e),
            _ => None,
        }
    }
}

/// `send().typed()`: the response body, or a typed [`Error`].
pub trait Typed<T>: Sized {
    /// The response body, or the error with an error response's body read.
    fn typed(self) -> impl Future<Output = Result<T, Error>> + Send;
}

impl<F, T, E> Typed<T> for F
where
    F: Future<Output = Result<ResponseValue<T>, ProgenitorError<E>>> + Send,
    T: Send,
    E: fmt::Debug + Send,
{
    async fn typed(self) -> Result<T, Error> {
        match self.await {
            Ok(value) => Ok(value.into_inner()),
            Err(e) => Err(Error::from_progenitor(e).await),
        }
    }
}
