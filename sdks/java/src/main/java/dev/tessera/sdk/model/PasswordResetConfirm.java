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
 * Body of `POST /t/{tenant}/auth/password-reset/confirm`.
 *
 * @param token The token from the reset link (`tpr_…`).
 * @param newPassword Checked against the password policy.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasswordResetConfirm(
        @JsonProperty("token") String token,
        @JsonProperty("new_password") String newPassword
) {
    public PasswordResetConfirm {
        Objects.requireNonNull(token, "PasswordResetConfirm.token is required");
        Objects.requireNonNull(newPassword, "PasswordResetConfirm.newPassword is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.token = token;
        builder.newPassword = newPassword;
        return builder;
    }

    /** Builds a {@link PasswordResetConfirm}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String token;
        private String newPassword;

        private Builder() {}

        /**
         * Sets {@code token}.
         *
         * @param token The token from the reset link (`tpr_…`).
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Sets {@code new_password}.
         *
         * @param newPassword Checked against the password policy.
         * @return this builder
         */
        public Builder newPassword(String newPassword) {
            this.newPassword = newPassword;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link PasswordResetConfirm}
         * @throws NullPointerException when a required field is not set
         */
        public PasswordResetConfirm build() {
            return new PasswordResetConfirm(token, newPassword);
        }
    }
}
