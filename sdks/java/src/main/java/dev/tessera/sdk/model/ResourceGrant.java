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
 * A role held on one resource of an organization by one of its members or service
 * accounts, on top of their organization-wide role.
 *
 * @param id `rgr_…`
 * @param organizationId the {@code organization_id} field
 * @param subject A member's user id (`usr_…`) or a service account's client id (`cli_…`).
 * @param resource The resource, as checks name it (`document:123`).
 * @param role the {@code role} field
 * @param createdAt the {@code created_at} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResourceGrant(
        @JsonProperty("id") String id,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("subject") String subject,
        @JsonProperty("resource") String resource,
        @JsonProperty("role") String role,
        @JsonProperty("created_at") OffsetDateTime createdAt
) {
    public ResourceGrant {
        Objects.requireNonNull(id, "ResourceGrant.id is required");
        Objects.requireNonNull(organizationId, "ResourceGrant.organizationId is required");
        Objects.requireNonNull(subject, "ResourceGrant.subject is required");
        Objects.requireNonNull(resource, "ResourceGrant.resource is required");
        Objects.requireNonNull(role, "ResourceGrant.role is required");
        Objects.requireNonNull(createdAt, "ResourceGrant.createdAt is required");
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
        builder.subject = subject;
        builder.resource = resource;
        builder.role = role;
        builder.createdAt = createdAt;
        return builder;
    }

    /** Builds a {@link ResourceGrant}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String organizationId;
        private String subject;
        private String resource;
        private String role;
        private OffsetDateTime createdAt;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id `rgr_…`
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
         * Sets {@code subject}.
         *
         * @param subject A member's user id (`usr_…`) or a service account's client id (`cli_…`).
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code resource}.
         *
         * @param resource The resource, as checks name it (`document:123`).
         * @return this builder
         */
        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

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
         * The record.
         *
         * @return a new {@link ResourceGrant}
         * @throws NullPointerException when a required field is not set
         */
        public ResourceGrant build() {
            return new ResourceGrant(id, organizationId, subject, resource, role, createdAt);
        }
    }
}
