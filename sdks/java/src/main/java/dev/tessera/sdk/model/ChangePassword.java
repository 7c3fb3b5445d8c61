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
 * Body of `POST /t/{tenant}/me/password`.
 *
 * @param currentPassword Required when the account has a password.  Optional: {@code null} when absent.
 * @param newPassword the {@code new_password} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangePassword(
        @JsonProperty("current_password") String currentPassword,
        @JsonProperty("new_password") String newPassword
) {
    public ChangePassword {
        Objects.requireNonNull(newPassword, "ChangePassword.newPassword is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.currentPassword = currentPassword;
        builder.newPassword = newPassword;
        return builder;
    }

    /** Builds a {@link ChangePassword}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String currentPassword;
        private String newPassword;

        private Builder() {}

        /**
         * Sets {@code current_password}.
         *
         * @param currentPassword Required when the account has a password.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder currentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
            return this;
        }

        /**
         * Sets {@code new_password}.
         *
         * @param newPassword the value
         * @return this builder
         */
        public Builder newPassword(String newPassword) {
            this.newPassword = newPassword;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ChangePassword}
         * @throws NullPointerException when a required field is not set
         */
        public ChangePassword build() {
            return new ChangePassword(currentPassword, newPassword);
        }
    }
}
