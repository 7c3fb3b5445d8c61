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
 * Body of `PATCH …/service-accounts/{service_account}`: its new role.
 *
 * @param role the {@code role} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateServiceAccount(
        @JsonProperty("role") String role
) {
    public UpdateServiceAccount {
        Objects.requireNonNull(role, "UpdateServiceAccount.role is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.role = role;
        return builder;
    }

    /** Builds a {@link UpdateServiceAccount}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String role;

        private Builder() {}

        /**
         * Sets {@code role}.
         *
         * @param role the value
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UpdateServiceAccount}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateServiceAccount build() {
            return new UpdateServiceAccount(role);
        }
    }
}
