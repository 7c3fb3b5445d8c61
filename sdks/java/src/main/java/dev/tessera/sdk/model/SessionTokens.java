// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tokens of a session.
 *
 * @param accessToken An RFC 9068 JWT (`typ: at+jwt`) with `sid`, for `Authorization: Bearer`.
 * @param tokenType Always `Bearer`.
 * @param expiresIn Seconds until the access token expires.
 * @param refreshToken Opaque, single use: each refresh returns a new one. Absent with cookie delivery.  Optional: {@code null} when absent.
 * @param sessionId the {@code session_id} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record SessionTokens(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("session_id") String sessionId
) implements LoginResponse {
    public SessionTokens {
        Objects.requireNonNull(accessToken, "SessionTokens.accessToken is required");
        Objects.requireNonNull(tokenType, "SessionTokens.tokenType is required");
        Objects.requireNonNull(sessionId, "SessionTokens.sessionId is required");
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
        builder.refreshToken = refreshToken;
        builder.sessionId = sessionId;
        return builder;
    }

    /** Builds a {@link SessionTokens}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String accessToken;
        private String tokenType;
        private Long expiresIn;
        private String refreshToken;
        private String sessionId;

        private Builder() {}

        /**
         * Sets {@code access_token}.
         *
         * @param accessToken An RFC 9068 JWT (`typ: at+jwt`) with `sid`, for `Authorization: Bearer`.
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
         * @param expiresIn Seconds until the access token expires.
         * @return this builder
         */
        public Builder expiresIn(Long expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * Sets {@code refresh_token}.
         *
         * @param refreshToken Opaque, single use: each refresh returns a new one. Absent with cookie delivery.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /**
         * Sets {@code session_id}.
         *
         * @param sessionId the value
         * @return this builder
         */
        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link SessionTokens}
         * @throws NullPointerException when a required field is not set
         */
        public SessionTokens build() {
            Objects.requireNonNull(expiresIn, "SessionTokens.expiresIn is required");
            return new SessionTokens(accessToken, tokenType, expiresIn, refreshToken, sessionId);
        }
    }
}
