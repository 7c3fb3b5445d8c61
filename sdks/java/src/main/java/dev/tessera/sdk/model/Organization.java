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
 * An organization of a tenant: a customer company, a team, a workspace.
 *
 * @param id Server-assigned identifier (`org_…`).
 * @param slug Unique within the tenant; lowercase letters, digits and hyphens. Paths accept the id or the slug.
 * @param name the {@code name} field
 * @param logoUrl Optional: {@code null} when absent.
 * @param metadata Free-form JSON object for the application's own data (at most 16 KiB).
 * @param policies the {@code policies} field
 * @param createdAt the {@code created_at} field
 * @param updatedAt the {@code updated_at} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organization(
        @JsonProperty("id") String id,
        @JsonProperty("slug") String slug,
        @JsonProperty("name") String name,
        @JsonProperty("logo_url") String logoUrl,
        @JsonProperty("metadata") Map<String, JsonNode> metadata,
        @JsonProperty("policies") OrganizationPolicies policies,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt
) {
    public Organization {
        Objects.requireNonNull(id, "Organization.id is required");
        Objects.requireNonNull(slug, "Organization.slug is required");
        Objects.requireNonNull(name, "Organization.name is required");
        Objects.requireNonNull(metadata, "Organization.metadata is required");
        Objects.requireNonNull(policies, "Organization.policies is required");
        Objects.requireNonNull(createdAt, "Organization.createdAt is required");
        Objects.requireNonNull(updatedAt, "Organization.updatedAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.slug = slug;
        builder.name = name;
        builder.logoUrl = logoUrl;
        builder.metadata = metadata;
        builder.policies = policies;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        return builder;
    }

    /** Builds a {@link Organization}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String slug;
        private String name;
        private String logoUrl;
        private Map<String, JsonNode> metadata;
        private OrganizationPolicies policies;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id Server-assigned identifier (`org_…`).
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code slug}.
         *
         * @param slug Unique within the tenant; lowercase letters, digits and hyphens. Paths accept the id or the slug.
         * @return this builder
         */
        public Builder slug(String slug) {
            this.slug = slug;
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
         * Sets {@code logo_url}.
         *
         * @param logoUrl Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder logoUrl(String logoUrl) {
            this.logoUrl = logoUrl;
            return this;
        }

        /**
         * Sets {@code metadata}.
         *
         * @param metadata Free-form JSON object for the application's own data (at most 16 KiB).
         * @return this builder
         */
        public Builder metadata(Map<String, JsonNode> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets {@code policies}.
         *
         * @param policies the value
         * @return this builder
         */
        public Builder policies(OrganizationPolicies policies) {
            this.policies = policies;
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
         * @return a new {@link Organization}
         * @throws NullPointerException when a required field is not set
         */
        public Organization build() {
            return new Organization(id, slug, name, logoUrl, metadata, policies, createdAt, updatedAt);
        }
    }
}
