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
 * Re-authentication for sensitive self-service changes (deleting the account, managing the
 * second factor).
 *
 * @param currentPassword Required when the account has a password.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reauthenticate(
        @JsonProperty("current_password") String currentPassword
) {
    public Reauthenticate {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.currentPassword = currentPassword;
        return builder;
    }

    /** Builds a {@link Reauthenticate}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String currentPassword;

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
         * The record.
         *
         * @return a new {@link Reauthenticate}
         * @throws NullPointerException when a required field is not set
         */
        public Reauthenticate build() {
            return new Reauthenticate(currentPassword);
        }
    }
}
