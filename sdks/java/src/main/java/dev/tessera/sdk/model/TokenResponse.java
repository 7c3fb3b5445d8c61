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
 * A successful token response (RFC 6749 §5.1).
 *
 * @param accessToken the {@code access_token} field
 * @param tokenType Always `Bearer`.
 * @param expiresIn the {@code expires_in} field
 * @param scope The granted scopes, when any.  Optional: {@code null} when absent.
 * @param refreshToken A single-use, rotating refresh token, for clients allowed the `refresh_token` grant.  Optional: {@code null} when absent.
 * @param idToken The OpenID Connect ID token, when the `openid` scope was granted.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("scope") String scope,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("id_token") String idToken
) {
    public TokenResponse {
        Objects.requireNonNull(accessToken, "TokenResponse.accessToken is required");
        Objects.requireNonNull(tokenType, "TokenResponse.tokenType is required");
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
        builder.scope = scope;
        builder.refreshToken = refreshToken;
        builder.idToken = idToken;
        return builder;
    }

    /** Builds a {@link TokenResponse}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String accessToken;
        private String tokenType;
        private Long expiresIn;
        private String scope;
        private String refreshToken;
        private String idToken;

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
         * @param expiresIn the value
         * @return this builder
         */
        public Builder expiresIn(Long expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * Sets {@code scope}.
         *
         * @param scope The granted scopes, when any.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Sets {@code refresh_token}.
         *
         * @param refreshToken A single-use, rotating refresh token, for clients allowed the `refresh_token` grant.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /**
         * Sets {@code id_token}.
         *
         * @param idToken The OpenID Connect ID token, when the `openid` scope was granted.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder idToken(String idToken) {
            this.idToken = idToken;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link TokenResponse}
         * @throws NullPointerException when a required field is not set
         */
        public TokenResponse build() {
            Objects.requireNonNull(expiresIn, "TokenResponse.expiresIn is required");
            return new TokenResponse(accessToken, tokenType, expiresIn, scope, refreshToken, idToken);
        }
    }
}
