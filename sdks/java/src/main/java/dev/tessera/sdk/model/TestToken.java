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
 * A signed RFC 9068 access token (`typ: at+jwt`).
 *
 * @param accessToken the {@code access_token} field
 * @param tokenType Always `Bearer`.
 * @param expiresIn Seconds until `exp`.
 * @param kid The signing key's id, also in the JWS header.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TestToken(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("kid") String kid
) {
    public TestToken {
        Objects.requireNonNull(accessToken, "TestToken.accessToken is required");
        Objects.requireNonNull(tokenType, "TestToken.tokenType is required");
        Objects.requireNonNull(kid, "TestToken.kid is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.accessToken = accessToken;
        builder.tokenType = tokenType;
        builder.expiresIn = expiresIn;
        builder.kid = kid;
        return builder;
    }

    /** Builds a {@link TestToken}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String accessToken;
        private String tokenType;
        private Long expiresIn;
        private String kid;

        private Builder() {}

        /**
         * Sets {@code access_token}.
         *
         * @param accessToken the value
         * @return this builder
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /**
         * Sets {@code token_type}.
         *
         * @param tokenType Always `Bearer`.
         * @return this builder
         */
        public Builder tokenType(String tokenType) {
            this.tokenType = tokenType;
            return this;
        }

        /**
         * Sets {@code expires_in}.
         *
         * @param expiresIn Seconds until `exp`.
         * @return this builder
         */
        public Builder expiresIn(Long expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * Sets {@code kid}.
         *
         * @param kid The signing key's id, also in the JWS header.
         * @return this builder
         */
        public Builder kid(String kid) {
            this.kid = kid;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link TestToken}
         * @throws NullPointerException when a required field is not set
         */
        public TestToken build() {
            Objects.requireNonNull(expiresIn, "TestToken.expiresIn is required");
            return new TestToken(accessToken, tokenType, expiresIn, kid);
        }
    }
}
