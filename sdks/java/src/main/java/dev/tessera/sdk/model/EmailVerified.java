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
 * The answer to a successful email verification.
 *
 * @param userId the {@code user_id} field
 * @param email The address that is now verified.
 * @param emailVerified Always `true`.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailVerified(
        @JsonProperty("user_id") String userId,
        @JsonProperty("email") String email,
        @JsonProperty("email_verified") boolean emailVerified
) {
    public EmailVerified {
        Objects.requireNonNull(userId, "EmailVerified.userId is required");
        Objects.requireNonNull(email, "EmailVerified.email is required");
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
        builder.emailVerified = emailVerified;
        return builder;
    }

    /** Builds a {@link EmailVerified}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String userId;
        private String email;
        private Boolean emailVerified;

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
         * @param email The address that is now verified.
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code email_verified}.
         *
         * @param emailVerified Always `true`.
         * @return this builder
         */
        public Builder emailVerified(Boolean emailVerified) {
            this.emailVerified = emailVerified;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link EmailVerified}
         * @throws NullPointerException when a required field is not set
         */
        public EmailVerified build() {
            Objects.requireNonNull(emailVerified, "EmailVerified.emailVerified is required");
            return new EmailVerified(userId, email, emailVerified);
        }
    }
}
