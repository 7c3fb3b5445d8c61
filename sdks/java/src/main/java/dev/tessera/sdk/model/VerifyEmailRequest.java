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
 * Body of `POST /t/{tenant}/auth/verify-email`.
 *
 * @param token The token from the verification link (`tev_…`).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerifyEmailRequest(
        @JsonProperty("token") String token
) {
    public VerifyEmailRequest {
        Objects.requireNonNull(token, "VerifyEmailRequest.token is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.token = token;
        return builder;
    }

    /** Builds a {@link VerifyEmailRequest}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String token;

        private Builder() {}

        /**
         * Sets {@code token}.
         *
         * @param token The token from the verification link (`tev_…`).
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link VerifyEmailRequest}
         * @throws NullPointerException when a required field is not set
         */
        public VerifyEmailRequest build() {
            return new VerifyEmailRequest(token);
        }
    }
}
