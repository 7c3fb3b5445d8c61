// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error of an OAuth endpoint (RFC 6749 §5.2).
 *
 * @param error `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`, `unsupported_grant_type`, `invalid_scope`, `invalid_target` (RFC 8707) or `unsupported_token_type` (RFC 7009).
 * @param errorDescription What went wrong, for the developer.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OAuthError(
        @JsonProperty("error") String error,
        @JsonProperty("error_description") String errorDescription
) {
    public OAuthError {
        Objects.requireNonNull(error, "OAuthError.error is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.error = error;
        builder.errorDescription = errorDescription;
        return builder;
    }

    /** Builds a {@link OAuthError}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String error;
        private String errorDescription;

        private Builder() {}

        /**
         * Sets {@code error}.
         *
         * @param error `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`, `unsupported_grant_type`, `invalid_scope`, `invalid_target` (RFC 8707) or `unsupported_token_type` (RFC 7009).
         * @return this builder
         */
        public Builder error(String error) {
            this.error = error;
            return this;
        }

        /**
         * Sets {@code error_description}.
         *
         * @param errorDescription What went wrong, for the developer.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder errorDescription(String errorDescription) {
            this.errorDescription = errorDescription;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link OAuthError}
         * @throws NullPointerException when a required field is not set
         */
        public OAuthError build() {
            return new OAuthError(error, errorDescription);
        }
    }
}
