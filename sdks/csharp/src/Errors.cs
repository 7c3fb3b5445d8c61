// generated from spec/openapi.yaml by tessera-codegen, do not edit
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Tessera;

/// <summary>Every machine-readable code this version of the API can answer with.</summary>
public static class ErrorCodes
{
    /// <summary>The codes, in the spec's order.</summary>
    public static readonly IReadOnlyList<string> All = new[]
    {
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
    };
}

/// <summary>The base of every exception the client throws.</summary>
public class TesseraException : Exception
{
    /// <summary>An exception with a message.</summary>
    public TesseraException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>
/// The server answered with an error status. Branch on <see cref="Code"/> (stable) or on the
/// subclass; <see cref="Detail"/> is written for people.
/// </summary>
public class ApiException : TesseraException
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; }
    /// <summary>The problem document's machine-readable code, when the body was one.</summary>
    public string? Code { get; }
    /// <summary>What went wrong, for a person.</summary>
    public string Detail { get; }
    /// <summary>The server's request id (x-request-id), to quote when reporting a problem.</summary>
    public string? RequestId { get; }
    /// <summary>How long to wait before retrying, from Retry-After.</summary>
    public TimeSpan? RetryAfter { get; }
    /// <summary>The whole problem document (RFC 9457), when the body was one.</summary>
    public Models.Problem? Problem { get; }
    /// <summary>The response headers, names in lowercase.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }
    /// <summary>The raw response body.</summary>
    public string Body { get; }

    /// <summary>Reads an error response.</summary>
    public ApiException(int status, IReadOnlyDictionary<string, string> headers, string body)
        : base(Describe(status, body))
    {
        using var document = Parse(body);
        var root = document?.RootElement;
        Status = status;
        Code = Text(root, "code") ?? Text(root, "error");
        var detail = Text(root, "detail") ?? Text(root, "error_description") ?? Text(root, "title") ?? body.Trim();
        Detail = detail.Length == 0 ? $"HTTP {status}" : detail.Length > 200 ? detail[..200] : detail;
        RequestId = headers.TryGetValue("x-request-id", out var id) ? id : Text(root, "request_id");
        RetryAfter = ParseRetryAfter(headers.TryGetValue("retry-after", out var after) ? after : null, DateTimeOffset.UtcNow);
        try
        {
            Problem = root is { ValueKind: JsonValueKind.Object } ? JsonSerializer.Deserialize<Models.Problem>(body, Json.Options) : null;
        }
        catch (JsonException)
        {
            Problem = null;
        }
        Headers = headers;
        Body = body;
    }

    /// <summary>The exception for a status: its subclass when it has one.</summary>
    public static ApiException FromResponse(int status, IReadOnlyDictionary<string, string> headers, string body) => status switch
    {
        400 => new BadRequestException(status, headers, body),
        401 => new AuthenticationException(status, headers, body),
        403 => new PermissionDeniedException(status, headers, body),
        404 => new NotFoundException(status, headers, body),
        409 => new ConflictException(status, headers, body),
        422 => new UnprocessableException(status, headers, body),
        429 => new RateLimitedException(status, headers, body),
        >= 500 => new InternalServerException(status, headers, body),
        _ => new ApiException(status, headers, body),
    };

    /// <summary>Retry-After as a delay: delay-seconds or an HTTP date (RFC 9110 section 10.2.3).</summary>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
        {
            var delay = when - now;
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }
        return null;
    }

    private static string Describe(int status, string body)
    {
        using var document = Parse(body);
        var root = document?.RootElement;
        var code = Text(root, "code") ?? Text(root, "error");
        var detail = Text(root, "detail") ?? Text(root, "error_description") ?? $"HTTP {status}";
        return code is null ? $"{status}: {detail}" : $"{status} {code}: {detail}";
    }

    private static JsonDocument? Parse(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement? root, string key) =>
        root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>400: the request was malformed.</summary>
public sealed class BadRequestException(int status, IReadOnlyDictionary<string, string> headers, string body) : ApiException(status, headers, body);
/// <summary>401: missing or invalid credentials.</summary>
public sealed class AuthenticationException(int status, IReadOnlyDictionary<string, string> headers, string body) : ApiException(status, headers, body);
/// <summary>403: the credentials are valid but not allowed to do this.</summary>
public sealed class PermissionDeniedException(int status, IReadOnlyDictionary<string, string> headers, string body) : ApiException(status, headers, body);
/// <summary>404: no such resource.</summary>
public sealed class NotFoundException(int status, IReadOnlyDictionary<string, string> headers, string body) : ApiException(status, headers, body);
/// <summary>409: the request conflicts with the current state.</summary>
public sealed class ConflictException(int status, IReadOnlyDictionary<string, string> headers, string body) : ApiException(status, headers, body);
/// <summary>422: the request was well-formed but its values are invalid.</summary>
public sealed class UnprocessableException(int status, IReadOnlyDictionary<string, string> headers, string body) : ApiException(status, headers, body);
/// <summary>429: too many requests, or a lock; RetryAfter says how long to wait.</summary>
public sealed class RateLimitedException(int status, IReadOnlyDictionary<string, string> headers, string body) : ApiException(status, headers, body);
/// <summary>5xx: the server failed.</summary>
public sealed class InternalServerException(int status, IReadOnlyDictionary<string, string> headers, string body) : ApiException(status, headers, body);

/// <summary>The server could not be reached, or the connection broke before an answer.</summary>
public class ConnectionException(string message, Exception? inner = null) : TesseraException(message, inner);
/// <summary>No answer within the timeout.</summary>
public sealed class TimeoutException(string message, Exception? inner = null) : ConnectionException(message, inner);
