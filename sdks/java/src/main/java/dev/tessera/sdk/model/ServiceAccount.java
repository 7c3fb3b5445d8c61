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
 * A confidential OAuth client (`client_credentials`) owned by an organization and acting
 * with one of its roles: its access tokens carry `org_id`, `org_slug`, `org_role` and
 * `permissions`, and `authz/check` takes its client id as the subject.
 *
 * @param id The client id (`cli_…`): the `sub` and `client_id` of its tokens.
 * @param organizationId the {@code organization_id} field
 * @param name the {@code name} field
 * @param role Its role in the organization.
 * @param scopes Scopes it may request.
 * @param audiences Resources (`aud` values) it may request tokens for.
 * @param createdAt the {@code created_at} field
 * @param updatedAt the {@code updated_at} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceAccount(
        @JsonProperty("id") String id,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("name") String name,
        @JsonProperty("role") String role,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("audiences") List<String> audiences,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt
) {
    public ServiceAccount {
        Objects.requireNonNull(id, "ServiceAccount.id is required");
        Objects.requireNonNull(organizationId, "ServiceAccount.organizationId is required");
        Objects.requireNonNull(name, "ServiceAccount.name is required");
        Objects.requireNonNull(role, "ServiceAccount.role is required");
        Objects.requireNonNull(scopes, "ServiceAccount.scopes is required");
        Objects.requireNonNull(audiences, "ServiceAccount.audiences is required");
        Objects.requireNonNull(createdAt, "ServiceAccount.createdAt is required");
        Objects.requireNonNull(updatedAt, "ServiceAccount.updatedAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.organizationId = organizationId;
        builder.name = name;
        builder.role = role;
        builder.scopes = scopes;
        builder.audiences = audiences;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        return builder;
    }

    /** Builds a {@link ServiceAccount}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String organizationId;
        private String name;
        private String role;
        private List<String> scopes;
        private List<String> audiences;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id The client id (`cli_…`): the `sub` and `client_id` of its tokens.
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code organization_id}.
         *
         * @param organizationId the value
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

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
         * @param role Its role in the organization.
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code scopes}.
         *
         * @param scopes Scopes it may request.
         * @return this builder
         */
        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets {@code audiences}.
         *
         * @param audiences Resources (`aud` values) it may request tokens for.
         * @return this builder
         */
        public Builder audiences(List<String> audiences) {
            this.audiences = audiences;
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
         * Sets {@code updated_at}.
         *
         * @param updatedAt the value
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ServiceAccount}
         * @throws NullPointerException when a required field is not set
         */
        public ServiceAccount build() {
            return new ServiceAccount(id, organizationId, name, role, scopes, audiences, createdAt, updatedAt);
        }
    }
}
