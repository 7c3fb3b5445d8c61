// generated from spec/openapi.yaml by tessera-codegen, do not edit
// Errors: everything the client throws is a TesseraException (unchecked, as all Kotlin exceptions).
package dev.tessera.sdk.kotlin

import com.fasterxml.jackson.databind.JsonNode
import dev.tessera.sdk.kotlin.model.Problem
import java.net.http.HttpHeaders
import java.time.Duration
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter

/** The base of every exception the client throws. */
open class TesseraException internal constructor(message: String, cause: Throwable? = null) : RuntimeException(message, cause)

/**
 * The server answered with an error status. Catch the subclass of the meaning you handle
 * ([NotFoundException], [ConflictException]...) or branch on [code], which is stable;
 * [detail] is written for people and may change.
 */
open class ApiException internal constructor(
    /** The HTTP status. */
    val status: Int,
    /** The response headers. */
    val headers: HttpHeaders,
    body: String,
) : TesseraException(describe(status, Transport.readTree(body))) {
    private val document: JsonNode? = Transport.readTree(body)

    /** The problem document's machine-readable code (or an OAuth `error`), if any. */
    val code: String? = text(document, "code", "error")

    /** What went wrong, for a person. */
    val detail: String = text(document, "detail", "error_description", "title") ?: "HTTP $status"

    /** The server's request id (`x-request-id`), to quote when reporting a problem. */
    val requestId: String? = headers.firstValue("x-request-id").orElse(null) ?: text(document, "request_id")

    /** The server's `Retry-After`, if it sent one. */
    val retryAfter: Duration? = parseRetryAfter(headers.firstValue("retry-after").orElse(null))

    /** The whole RFC 9457 problem document, when the body was one. */
    val problem: Problem? =
        if (document?.has("code") == true) runCatching { Transport.MAPPER.treeToValue(document, Problem::class.java) }.getOrNull() else null

    internal companion object {
        fun of(status: Int, headers: HttpHeaders, body: String): ApiException = when {
            status == 400 -> BadRequestException(status, headers, body)
            status == 401 -> AuthenticationException(status, headers, body)
            status == 403 -> PermissionDeniedException(status, headers, body)
            status == 404 -> NotFoundException(status, headers, body)
            status == 409 -> ConflictException(status, headers, body)
            status == 422 -> UnprocessableException(status, headers, body)
            status == 429 -> RateLimitedException(status, headers, body)
            status >= 500 -> InternalServerException(status, headers, body)
            else -> ApiException(status, headers, body)
        }

        private fun describe(status: Int, document: JsonNode?): String {
            val code = text(document, "code", "error")
            val detail = text(document, "detail", "error_description", "title") ?: "HTTP $status"
            return if (code == null) "$status: $detail" else "$status $code: $detail"
        }

        private fun text(document: JsonNode?, vararg keys: String): String? =
            keys.firstNotNullOfOrNull { key -> document?.get(key)?.takeIf { it.isTextual }?.asText() }

        /** `Retry-After`: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
        fun parseRetryAfter(value: String?): Duration? {
            val trimmed = value?.trim().orEmpty()
            if (trimmed.isEmpty()) return null
            trimmed.toLongOrNull()?.let { return if (it >= 0) Duration.ofSeconds(it) else null }
            return runCatching {
                val at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                Duration.between(ZonedDateTime.now(at.zone), at).let { if (it.isNegative) Duration.ZERO else it }
            }.getOrNull()
        }
    }
}

/** 400: the request was malformed. */
class BadRequestException internal constructor(status: Int, headers: HttpHeaders, body: String) : ApiException(status, headers, body)

/** 401: missing or invalid credentials. */
class AuthenticationException internal constructor(status: Int, headers: HttpHeaders, body: String) : ApiException(status, headers, body)

/** 403: the credentials are valid but not allowed to do this. */
class PermissionDeniedException internal constructor(status: Int, headers: HttpHeaders, body: String) : ApiException(status, headers, body)

/** 404: no such resource. */
class NotFoundException internal constructor(status: Int, headers: HttpHeaders, body: String) : ApiException(status, headers, body)

/** 409: the request conflicts with the current state (a taken name, a concurrent change). */
class ConflictException internal constructor(status: Int, headers: HttpHeaders, body: String) : ApiException(status, headers, body)

/** 422: the request was well-formed but its values are invalid. */
class UnprocessableException internal constructor(status: Int, headers: HttpHeaders, body: String) : ApiException(status, headers, body)

/** 429: too many requests, or a lock; [retryAfter] says how long to wait. */
class RateLimitedException internal constructor(status: Int, headers: HttpHeaders, body: String) : ApiException(status, headers, body)

/** 5xx: the server failed. */
class InternalServerException internal constructor(status: Int, headers: HttpHeaders, body: String) : ApiException(status, headers, body)

/** No answer: the server could not be reached, or the connection broke before an answer. */
open class ConnectionException internal constructor(message: String, cause: Throwable? = null) : TesseraException(message, cause)

/** No answer within the timeout. */
class TimeoutException internal constructor(message: String, cause: Throwable? = null) : ConnectionException(message, cause)
