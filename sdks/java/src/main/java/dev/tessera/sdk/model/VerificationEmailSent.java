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
 * The answer to `POST /v1/tenants/{tenant}/users/{user}/send-verification-email`.
 *
 * @param userId the {@code user_id} field
 * @param email Where the message went.
 * @param expiresAt When the link stops working.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerificationEmailSent(
        @JsonProperty("user_id") String userId,
        @JsonProperty("email") String email,
        @JsonProperty("expires_at") OffsetDateTime expiresAt
) {
    public VerificationEmailSent {
        Objects.requireNonNull(userId, "VerificationEmailSent.userId is required");
        Objects.requireNonNull(email, "VerificationEmailSent.email is required");
        Objects.requireNonNull(expiresAt, "VerificationEmailSent.expiresAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.userId = userId;
        builder.email = email;
        builder.expiresAt = expiresAt;
        return builder;
    }

    /** Builds a {@link VerificationEmailSent}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String userId;
        private String email;
        private OffsetDateTime expiresAt;

        private Builder() {}

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
         * Sets {@code email}.
         *
         * @param email Where the message went.
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code expires_at}.
         *
         * @param expiresAt When the link stops working.
         * @return this builder
         */
        public Builder expiresAt(OffsetDateTime expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link VerificationEmailSent}
         * @throws NullPointerException when a required field is not set
         */
        public VerificationEmailSent build() {
            return new VerificationEmailSent(userId, email, expiresAt);
        }
    }
}
