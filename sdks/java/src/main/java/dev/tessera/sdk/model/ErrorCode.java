// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Stable machine-readable error codes carried in `code` of every problem response.
 *
 * Clients branch on these, never on `title` or `detail`, which are for people.
 */
public enum ErrorCode {
    @JsonProperty("invalid_body")
    INVALID_BODY("invalid_body"),
    @JsonProperty("unsupported_media_type")
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
    @JsonProperty("payload_too_large")
    PAYLOAD_TOO_LARGE("payload_too_large"),
    @JsonProperty("invalid_parameter")
    INVALID_PARAMETER("invalid_parameter"),
    @JsonProperty("validation_failed")
    VALIDATION_FAILED("validation_failed"),
    @JsonProperty("unauthorized")
    UNAUTHORIZED("unauthorized"),
    @JsonProperty("invalid_credentials")
    INVALID_CREDENTIALS("invalid_credentials"),
    @JsonProperty("invalid_token")
    INVALID_TOKEN("invalid_token"),
    @JsonProperty("invalid_code")
    INVALID_CODE("invalid_code"),
    @JsonProperty("account_locked")
    ACCOUNT_LOCKED("account_locked"),
    @JsonProperty("rate_limited")
    RATE_LIMITED("rate_limited"),
    @JsonProperty("account_disabled")
    ACCOUNT_DISABLED("account_disabled"),
    @JsonProperty("signup_disabled")
    SIGNUP_DISABLED("signup_disabled"),
    @JsonProperty("email_domain_not_allowed")
    EMAIL_DOMAIN_NOT_ALLOWED("email_domain_not_allowed"),
    @JsonProperty("origin_not_allowed")
    ORIGIN_NOT_ALLOWED("origin_not_allowed"),
    @JsonProperty("not_found")
    NOT_FOUND("not_found"),
    @JsonProperty("method_not_allowed")
    METHOD_NOT_ALLOWED("method_not_allowed"),
    @JsonProperty("already_exists")
    ALREADY_EXISTS("already_exists"),
    @JsonProperty("conflict")
    CONFLICT("conflict"),
    @JsonProperty("request_timeout")
    REQUEST_TIMEOUT("request_timeout"),
    @JsonProperty("service_unavailable")
    SERVICE_UNAVAILABLE("service_unavailable"),
    @JsonProperty("internal_error")
    INTERNAL_ERROR("internal_error"),
    @JsonProperty("permission_denied")
    PERMISSION_DENIED("permission_denied"),
    @JsonProperty("organization_policy_violation")
    ORGANIZATION_POLICY_VIOLATION("organization_policy_violation"),
    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(null);

    private final String value;

    ErrorCode(String value) {
        this.value = value;
    }

    /**
     * The value on the wire.
     *
     * @return the JSON string, or {@code null} for {@link #UNKNOWN}
     */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value == null ? name() : value;
    }
}
