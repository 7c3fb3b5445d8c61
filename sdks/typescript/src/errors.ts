// generated from spec/openapi.yaml by tessera-codegen, do not edit
// Errors: everything the client throws is a TesseraError.
import type { ErrorCode, Problem } from "./models.js";

/** Every machine-readable `code` this version of the API can answer with. */
export const ERROR_CODES: readonly ErrorCode[] = [
  "invalid_body",
  "unsupported_media_type",
  "payload_too_large",
  "invalid_parameter",
  "validation_failed",
  "unauthorized",
  "invalid_credentials",
  "invalid_token",
  "invalid_code",
  "account_locked",
  "rate_limited",
  "account_disabled",
  "signup_disabled",
  "email_domain_not_allowed",
  "origin_not_allowed",
  "not_found",
  "method_not_allowed",
  "already_exists",
  "conflict",
  "request_timeout",
  "service_unavailable",
  "internal_error",
  "permission_denied",
  "organization_policy_violation",
];

/** The base of every error the client throws. */
export class TesseraError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * The server answered with an error status. Branch on `code` (stable), or on the subclass;
 * `detail` is written for people and may change.
 */
export class ApiError extends TesseraError {
  /** The HTTP status. */
  readonly status: number;
  /** The problem document's machine-readable code, when the body was one. */
  readonly code: ErrorCode | (string & {}) | undefined;
  /** What went wrong, for a person. */
  readonly detail: string;
  /** The server's request id (`x-request-id`), to quote when reporting a problem. */
  readonly requestId: string | undefined;
  /** Seconds to wait before retrying, from `Retry-After`. */
  readonly retryAfter: number | undefined;
  /** The whole problem document (RFC 9457), when the body was one. */
  readonly problem: Problem | undefined;
  /** The response headers. */
  readonly headers: Headers;

  constructor(status: number, headers: Headers, bodyText: string) {
    const parsed = parseProblem(bodyText);
    const detail =
      parsed.detail ?? parsed.title ?? (bodyText.trim().slice(0, 200) || `HTTP ${status}`);
    const requestId = headers.get("x-request-id") ?? parsed.requestId;
    super(`${status}${parsed.code ? ` ${parsed.code}` : ""}: ${detail}`);
    this.status = status;
    this.code = parsed.code;
    this.detail = detail;
    this.requestId = requestId ?? undefined;
    this.retryAfter = parseRetryAfter(headers.get("retry-after"));
    this.problem = parsed.document as Problem | undefined;
    this.headers = headers;
  }
}

/** 400: the request was malformed. */
export class BadRequestError extends ApiError {}
/** 401: missing or invalid credentials. */
export class AuthenticationError extends ApiError {}
/** 403: the credentials are valid but not allowed to do this. */
export class PermissionDeniedError extends ApiError {}
/** 404: no such resource. */
export class NotFoundError extends ApiError {}
/** 409: the request conflicts with the current state (a taken name, a concurrent change). */
export class ConflictError extends ApiError {}
/** 422: the request was well-formed but its values are invalid. */
export class UnprocessableError extends ApiError {}
/** 429: too many requests, or a lock; `retryAfter` says how long to wait. */
export class RateLimitedError extends ApiError {}
/** 5xx: the server failed. */
export class InternalServerError extends ApiError {}

/** The server could not be reached, or the connection broke before an answer. */
export class ConnectionError extends TesseraError {}

/** No answer within the timeout. */
export class TimeoutError extends ConnectionError {}

/** The error class for a status. */
export function makeApiError(status: number, headers: Headers, bodyText: string): ApiError {
  const Class =
    status === 400
      ? BadRequestError
      : status === 401
        ? AuthenticationError
        : status === 403
          ? PermissionDeniedError
          : status === 404
            ? NotFoundError
            : status === 409
              ? ConflictError
              : status === 422
                ? UnprocessableError
                : status === 429
                  ? RateLimitedError
                  : status >= 500
                    ? InternalServerError
                    : ApiError;
  return new Class(status, headers, bodyText);
}

interface ParsedProblem {
  code: string | undefined;
  title: string | undefined;
  detail: string | undefined;
  requestId: string | undefined;
  document: Record<string, unknown> | undefined;
}

/** Reads an RFC 9457 problem document, or an RFC 6749 OAuth error (`error`, `error_description`). */
function parseProblem(text: string): ParsedProblem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { code: undefined, title: undefined, detail: undefined, requestId: undefined, document: undefined };
  }
  const doc = value as Record<string, unknown>;
  const str = (key: string): string | undefined => {
    const v = doc[key];
    return typeof v === "string" ? v : undefined;
  };
  return {
    code: str("code") ?? str("error"),
    title: str("title"),
    detail: str("detail") ?? str("error_description"),
    requestId: str("request_id"),
    document: doc,
  };
}

/** `Retry-After` as seconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - Date.now()) / 1000);
}
