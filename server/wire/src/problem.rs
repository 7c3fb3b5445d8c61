//! RFC 9457 problem details with Tessera's stable machine-readable `code`.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Stable machine-readable error codes carried in `code` of every problem response.
///
/// Clients branch on these, never on `title` or `detail`, which are for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The body is not valid JSON, or does not match the operation's schema
    /// (wrong type, missing field or unknown field).
    InvalidBody,
    /// The body is not `application/json`.
    UnsupportedMediaType,
    /// The body is larger than the server's configured limit.
    PayloadTooLarge,
    /// A path or query parameter is malformed (for example a bad slug or cursor).
    InvalidParameter,
    /// The body is well formed but a value is not acceptable; see `errors`.
    ValidationFailed,
    /// No credentials, or credentials that are not valid.
    Unauthorized,
    /// The email and password do not match an account that may sign in.
    InvalidCredentials,
    /// The access, refresh or one-time token (such as an email link's token) is unknown,
    /// expired, revoked, superseded or already used.
    InvalidToken,
    /// The second-factor code (TOTP or recovery code) is wrong or was already used; the
    /// challenge stays valid, so the user may try again (failures count towards lockout).
    /// Also a wrong, expired or used email sign-in code (five wrong guesses kill a code).
    InvalidCode,
    /// Too many failed sign-ins for this account; retry after `Retry-After` seconds.
    AccountLocked,
    /// Too many requests from this client (by IP address) to the tenant's sign-in API;
    /// retry after `Retry-After` seconds.
    RateLimited,
    /// The account is disabled by an administrator.
    AccountDisabled,
    /// The tenant does not allow self-service signup (its `signup_mode` is `invite_only`).
    SignupDisabled,
    /// The tenant does not accept signups from this email domain: it is not on the tenant's
    /// allow-list, or it is a disposable-address service.
    EmailDomainNotAllowed,
    /// The request's `Origin` is not allowed for this tenant.
    OriginNotAllowed,
    /// The resource does not exist (or is not visible to the caller).
    NotFound,
    /// The HTTP method is not supported on this path.
    MethodNotAllowed,
    /// A resource with the same unique identifier already exists.
    AlreadyExists,
    /// The request conflicts with a concurrent change; retrying may succeed.
    Conflict,
    /// The server did not finish the request within its time limit (503, retryable).
    RequestTimeout,
    /// A dependency (such as the database) is unavailable; retry later.
    ServiceUnavailable,
    /// An unexpected error; the `request_id` identifies it in the server's logs.
    InternalError,
    /// The caller is authenticated but lacks the permission (or the organization) this
    /// operation needs; `detail` names what is missing.
    PermissionDenied,
    /// An organization's policy refuses the session (allowed sign-in methods, MFA
    /// required, session age); `detail` names the policy and how to satisfy it.
    OrganizationPolicyViolation,
}

impl ErrorCode {
    /// Every code, in declaration order (the spec's enum lists them in this order).
    pub const ALL: [ErrorCode; 24] = [
        ErrorCode::InvalidBody,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::PayloadTooLarge,
        ErrorCode::InvalidParameter,
        ErrorCode::ValidationFailed,
        ErrorCode::Unauthorized,
        ErrorCode::InvalidCredentials,
        ErrorCode::InvalidToken,
        ErrorCode::InvalidCode,
        ErrorCode::AccountLocked,
        ErrorCode::RateLimited,
        ErrorCode::AccountDisabled,
        ErrorCode::SignupDisabled,
        ErrorCode::EmailDomainNotAllowed,
        ErrorCode::OriginNotAllowed,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::AlreadyExists,
        ErrorCode::Conflict,
        ErrorCode::RequestTimeout,
        ErrorCode::ServiceUnavailable,
        ErrorCode::InternalError,
        ErrorCode::PermissionDenied,
        ErrorCode::OrganizationPolicyViolation,
    ];

    /// The HTTP status a problem with this code is sent with.
    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::InvalidBody | ErrorCode::InvalidParameter => 400,
            ErrorCode::Unauthorized
            | ErrorCode::InvalidCredentials
            | ErrorCode::InvalidToken
            | ErrorCode::InvalidCode => 401,
            ErrorCode::OriginNotAllowed
            | ErrorCode::AccountDisabled
            | ErrorCode::SignupDisabled
            | ErrorCode::EmailDomainNotAllowed
            | ErrorCode::PermissionDenied
            | ErrorCode::OrganizationPolicyViolation => 403,
            ErrorCode::AccountLocked | ErrorCode::RateLimited => 429,
            ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::AlreadyExists | ErrorCode::Conflict => 409,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::ValidationFailed => 422,
            ErrorCode::InternalError => 500,
            ErrorCode::ServiceUnavailable | ErrorCode::RequestTimeout => 503,
        }
    }

    /// The snake_case wire name of the code.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidBody => "invalid_body",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::ValidationFailed => "validation_failed",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::InvalidToken => "invalid_token",
            ErrorCode::InvalidCode => "invalid_code",
            ErrorCode::AccountLocked => "account_locked",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::AccountDisabled => "account_disabled",
            ErrorCode::SignupDisabled => "signup_disabled",
            ErrorCode::EmailDomainNotAllowed => "email_domain_not_allowed",
            ErrorCode::OriginNotAllowed => "origin_not_allowed",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::AlreadyExists => "already_exists",
            ErrorCode::Conflict => "conflict",
            ErrorCode::RequestTimeout => "request_timeout",
            ErrorCode::ServiceUnavailable => "service_unavailable",
            ErrorCode::InternalError => "internal_error",
            ErrorCode::PermissionDenied => "permission_denied",
            ErrorCode::OrganizationPolicyViolation => "organization_policy_violation",
        }
    }

    /// A short, human title for the code (RFC 9457 `title`).
    pub const fn title(self) -> &'static str {
        match self {
            ErrorCode::InvalidBody => "Request body is not valid",
            ErrorCode::UnsupportedMediaType => "Unsupported media type",
            ErrorCode::PayloadTooLarge => "Request body too large",
            ErrorCode::InvalidParameter => "Invalid parameter",
            ErrorCode::ValidationFailed => "Validation failed",
            ErrorCode::Unauthorized => "Authentication required",
            ErrorCode::InvalidCredentials => "Invalid credentials",
            ErrorCode::InvalidToken => "Invalid token",
            ErrorCode::InvalidCode => "Invalid code",
            ErrorCode::AccountLocked => "Account temporarily locked",
            ErrorCode::RateLimited => "Too many requests",
            ErrorCode::AccountDisabled => "Account disabled",
            ErrorCode::SignupDisabled => "Signup disabled",
            ErrorCode::EmailDomainNotAllowed => "Email domain not allowed",
            ErrorCode::OriginNotAllowed => "Origin not allowed",
            ErrorCode::NotFound => "Not found",
            ErrorCode::MethodNotAllowed => "Method not allowed",
            ErrorCode::AlreadyExists => "Already exists",
            ErrorCode::Conflict => "Conflict",
            ErrorCode::RequestTimeout => "Request timed out",
            ErrorCode::ServiceUnavailable => "Service unavailable",
            ErrorCode::InternalError => "Internal error",
            ErrorCode::PermissionDenied => "Permission denied",
            ErrorCode::OrganizationPolicyViolation => "Organization policy violation",
        }
    }
}

/// An RFC 9457 problem document, sent as `application/problem+json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Problem {
    /// A URI naming the problem type: `urn:tessera:problem:{code}`.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// A short summary of the problem type.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong in this occurrence, written for a person.
    pub detail: String,
    /// The stable machine-readable code.
    pub code: ErrorCode,
    /// The request id, also sent as the `x-request-id` response header.
    #[schema(nullable = false)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Field-level errors, for `validation_failed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl Problem {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        Self {
            problem_type: format!("urn:tessera:problem:{}", code.as_str()),
            title: code.title().to_owned(),
            status: code.status(),
            detail: detail.into(),
            code,
            request_id: None,
            errors: Vec::new(),
        }
    }
}

/// One invalid field of a request body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FieldError {
    /// The field's name, as a JSON pointer into the request body (`/slug`).
    pub pointer: String,
    /// What is wrong with it and what would be accepted.
    pub message: String,
}
