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
 * A sign-in session.
 *
 * @param id `ses_…`, the `sid` claim of its access tokens.
 * @param userId the {@code user_id} field
 * @param createdAt the {@code created_at} field
 * @param lastUsedAt the {@code last_used_at} field
 * @param expiresAt the {@code expires_at} field
 * @param ip Optional: {@code null} when absent.
 * @param userAgent Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Session(
        @JsonProperty("id") String id,
        @JsonProperty("user_id") String userId,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("last_used_at") OffsetDateTime lastUsedAt,
        @JsonProperty("expires_at") OffsetDateTime expiresAt,
        @JsonProperty("ip") String ip,
        @JsonProperty("user_agent") String userAgent
) {
    public Session {
        Objects.requireNonNull(id, "Session.id is required");
        Objects.requireNonNull(userId, "Session.userId is required");
        Objects.requireNonNull(createdAt, "Session.createdAt is required");
        Objects.requireNonNull(lastUsedAt, "Session.lastUsedAt is required");
        Objects.requireNonNull(expiresAt, "Session.expiresAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.userId = userId;
        builder.createdAt = createdAt;
        builder.lastUsedAt = lastUsedAt;
        builder.expiresAt = expiresAt;
        builder.ip = ip;
        builder.userAgent = userAgent;
        return builder;
    }

    /** Builds a {@link Session}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String userId;
        private OffsetDateTime createdAt;
        private OffsetDateTime lastUsedAt;
        private OffsetDateTime expiresAt;
        private String ip;
        private String userAgent;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id `ses_…`, the `sid` claim of its access tokens.
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code user_id}.
         *
         * @param userId the value
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets {@code created_at}.
         *
         * @param createdAt the value
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets {@code last_used_at}.
         *
         * @param lastUsedAt the value
         * @return this builder
         */
        public Builder lastUsedAt(OffsetDateTime lastUsedAt) {
            this.lastUsedAt = lastUsedAt;
            return this;
        }

        /**
         * Sets {@code expires_at}.
         *
         * @param expiresAt the value
         * @return this builder
         */
        public Builder expiresAt(OffsetDateTime expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets {@code ip}.
         *
         * @param ip Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder ip(String ip) {
            this.ip = ip;
            return this;
        }

        /**
         * Sets {@code user_agent}.
         *
         * @param userAgent Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Session}
         * @throws NullPointerException when a required field is not set
         */
        public Session build() {
            return new Session(id, userId, createdAt, lastUsedAt, expiresAt, ip, userAgent);
        }
    }
}
