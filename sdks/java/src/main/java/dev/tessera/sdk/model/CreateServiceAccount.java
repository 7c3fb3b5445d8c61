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
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts`.
 *
 * @param name the {@code name} field
 * @param role A role of the organization (built-in, tenant-wide or its own); `member` by default.  Optional: {@code null} when absent.
 * @param scopes Optional: {@code null} when absent.
 * @param audiences Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateServiceAccount(
        @JsonProperty("name") String name,
        @JsonProperty("role") String role,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("audiences") List<String> audiences
) {
    public CreateServiceAccount {
        Objects.requireNonNull(name, "CreateServiceAccount.name is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.role = role;
        builder.scopes = scopes;
        builder.audiences = audiences;
        return builder;
    }

    /** Builds a {@link CreateServiceAccount}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String name;
        private String role;
        private List<String> scopes;
        private List<String> audiences;

        private Builder() {}

        /**
         * Sets {@code name}.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role A role of the organization (built-in, tenant-wide or its own); `member` by default.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code scopes}.
         *
         * @param scopes Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets {@code audiences}.
         *
         * @param audiences Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder audiences(List<String> audiences) {
            this.audiences = audiences;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link CreateServiceAccount}
         * @throws NullPointerException when a required field is not set
         */
        public CreateServiceAccount build() {
            return new CreateServiceAccount(name, role, scopes, audiences);
        }
    }
}
