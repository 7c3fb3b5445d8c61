<?php
// generated from spec/openapi.yaml by tessera-codegen, do not edit
declare(strict_types=1);

namespace Tessera;

/**
 * Every machine-readable code this version of the API can answer with.
 */
final class ErrorCodes
{
    public const ALL = [
        'invalid_body',
        'unsupported_media_type',
        'payload_too_large',
        'invalid_parameter',
        'validation_failed',
        'unauthorized',
        'invalid_credentials',
        'invalid_token',
        'invalid_code',
        'account_locked',
        'rate_limited',
        'account_disabled',
        'signup_disabled',
        'email_domain_not_allowed',
        'origin_not_allowed',
        'not_found',
        'method_not_allowed',
        'already_exists',
        'conflict',
        'request_timeout',
        'service_unavailable',
        'internal_error',
    ];
}

/** The base of every exception the client throws. */
class TesseraException extends \RuntimeException
{
}

/**
 * The server answered with an error status. Branch on $code (stable) or on the subclass;
 * $detail is written for people.
 */
class ApiException extends TesseraException
{
    /** The problem document's machine-readable code, when the body was one. */
    public readonly ?string $errorCode;
    /** What went wrong, for a person. */
    public readonly string $detail;
    /** The server's request id (x-request-id), to quote when reporting a problem. */
    public readonly ?string $requestId;
    /** Seconds to wait before retrying, from Retry-After. */
    public readonly ?float $retryAfter;
    /** The whole problem document (RFC 9457), when the body was one. */
    public readonly ?\Tessera\Models\Problem $problem;

    /**
     * @param int $status The HTTP status.
     * @param array<string, string> $headers The response headers, names in lowercase.
     * @param string $body The raw response body.
     */
    public function __construct(
        public readonly int $status,
        public readonly array $headers,
        public readonly string $body,
    ) {
        $document = self::jsonObject($body);
        $this->errorCode = self::string($document, 'code') ?? self::string($document, 'error');
        $detail = self::string($document, 'detail') ?? self::string($document, 'error_description')
            ?? self::string($document, 'title') ?? substr(trim($body), 0, 200);
        $this->detail = $detail === '' ? "HTTP {$status}" : $detail;
        $this->requestId = $headers['x-request-id'] ?? self::string($document, 'request_id');
        $this->retryAfter = self::parseRetryAfter($headers['retry-after'] ?? null);
        $problem = null;
        if ($document !== null) {
            try {
                $problem = \Tessera\Models\Problem::fromArray($document);
            } catch (\UnexpectedValueException | \TypeError | \ValueError) {
                $problem = null;
            }
        }
        $this->problem = $problem;
        parent::__construct(
            $this->errorCode !== null ? "{$status} {$this->errorCode}: {$this->detail}" : "{$status}: {$this->detail}",
            $status,
        );
    }

    /** The problem document's machine-readable code, when the body was one. */
    public function code(): ?string
    {
        return $this->errorCode;
    }

    /**
     * The exception for a status: its subclass when it has one.
     *
     * @param array<string, string> $headers
     */
    public static function fromResponse(int $status, array $headers, string $body): self
    {
        return match (true) {
            $status === 400 => new BadRequestException($status, $headers, $body),
            $status === 401 => new AuthenticationException($status, $headers, $body),
            $status === 403 => new PermissionDeniedException($status, $headers, $body),
            $status === 404 => new NotFoundException($status, $headers, $body),
            $status === 409 => new ConflictException($status, $headers, $body),
            $status === 422 => new UnprocessableException($status, $headers, $body),
            $status === 429 => new RateLimitedException($status, $headers, $body),
            $status >= 500 => new InternalServerException($status, $headers, $body),
            default => new self($status, $headers, $body),
        };
    }

    /** Retry-After as seconds: delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    public static function parseRetryAfter(?string $value): ?float
    {
        if ($value === null || trim($value) === '') {
            return null;
        }
        $text = trim($value);
        if (ctype_digit($text)) {
            return (float) $text;
        }
        $when = \DateTimeImmutable::createFromFormat(\DATE_RFC7231, $text);
        if ($when === false) {
            return null;
        }
        return max(0.0, (float) ($when->getTimestamp() - time()));
    }

    /** @return array<string, mixed>|null */
    private static function jsonObject(string $body): ?array
    {
        try {
            $value = json_decode($body, true, 512, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            return null;
        }
        return is_array($value) && !array_is_list($value) ? $value : null;
    }

    /** @param array<string, mixed>|null $document */
    private static function string(?array $document, string $key): ?string
    {
        $value = $document[$key] ?? null;
        return is_string($value) ? $value : null;
    }
}

/** 400: the request was malformed. */
class BadRequestException extends ApiException
{
}

/** 401: missing or invalid credentials. */
class AuthenticationException extends ApiException
{
}

/** 403: the credentials are valid but not allowed to do this. */
class PermissionDeniedException extends ApiException
{
}

/** 404: no such resource. */
class NotFoundException extends ApiException
{
}

/** 409: the request conflicts with the current state. */
class ConflictException extends ApiException
{
}

/** 422: the request was well-formed but its values are invalid. */
class UnprocessableException extends ApiException
{
}

/** 429: too many requests, or a lock; $retryAfter says how long to wait. */
class RateLimitedException extends ApiException
{
}

/** 5xx: the server failed. */
class InternalServerException extends ApiException
{
}

/** The server could not be reached, or the connection broke before an answer. */
class ConnectionException extends TesseraException
{
}

/** No answer within the timeout. */
class TimeoutException extends ConnectionException
{
}
