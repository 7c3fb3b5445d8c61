// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tessera.sdk.model.Problem;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The server answered with an error status. Catch the subclass of the meaning you handle
 * ({@link NotFoundException}, {@link ConflictException}...) or branch on {@link #code()},
 * which is stable; {@link #detail()} is written for people and may change.
 */
public class ApiException extends TesseraException {
    private final int status;
    private final String code;
    private final String detail;
    private final String requestId;
    private final Duration retryAfter;
    private final Problem problem;
    private final HttpHeaders headers;

    ApiException(int status, HttpHeaders headers, String body) {
        this(status, headers, Transport.readTree(body));
    }

    private ApiException(int status, HttpHeaders headers, JsonNode doc) {
        this(status, headers, doc, text(doc, "code", "error"), detailOf(status, doc));
    }

    private ApiException(int status, HttpHeaders headers, JsonNode doc, String code, String detail) {
        super(status + (code == null ? "" : " " + code) + ": " + detail, null);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.requestId = headers.firstValue("x-request-id").orElse(text(doc, "request_id"));
        this.retryAfter = parseRetryAfter(headers.firstValue("retry-after").orElse(null));
        Problem parsed = null;
        if (doc != null && doc.has("code")) {
            try {
                parsed = Transport.MAPPER.treeToValue(doc, Problem.class);
            } catch (Exception e) {
                parsed = null;
            }
        }
        this.problem = parsed;
        this.headers = headers;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the problem document's machine-readable code (or an OAuth {@code error}), or {@code null} */
    public String code() {
        return code;
    }

    /** @return what went wrong, for a person */
    public String detail() {
        return detail;
    }

    /** @return the server's request id ({@code x-request-id}), to quote when reporting a problem */
    public String requestId() {
        return requestId;
    }

    /** @return the server's {@code Retry-After}, if it sent one */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** @return the whole RFC 9457 problem document, when the body was one */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** @return the response headers */
    public HttpHeaders headers() {
        return headers;
    }

    static ApiException of(int status, HttpHeaders headers, String body) {
        return switch (status) {
            case 400 -> new BadRequestException(status, headers, body);
            case 401 -> new AuthenticationException(status, headers, body);
            case 403 -> new PermissionDeniedException(status, headers, body);
            case 404 -> new NotFoundException(status, headers, body);
            case 409 -> new ConflictException(status, headers, body);
            case 422 -> new UnprocessableException(status, headers, body);
            case 429 -> new RateLimitedException(status, headers, body);
            default -> status >= 500
                    ? new InternalServerException(status, headers, body)
                    : new ApiException(status, headers, body);
        };
    }

    private static String detailOf(int status, JsonNode doc) {
        String detail = text(doc, "detail", "error_description", "title");
        return detail != null ? detail : "HTTP " + status;
    }

    private static String text(JsonNode doc, String... keys) {
        if (doc == null) {
            return null;
        }
        for (String key : keys) {
            JsonNode value = doc.get(key);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    /** {@code Retry-After}: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (!trimmed.isEmpty() && trimmed.length() < 10 && trimmed.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(trimmed));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
