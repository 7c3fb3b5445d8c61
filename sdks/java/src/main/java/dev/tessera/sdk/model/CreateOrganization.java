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
 * Body of `POST /v1/tenants/{tenant}/organizations`.
 *
 * @param slug the {@code slug} field
 * @param name the {@code name} field
 * @param logoUrl An https URL of at most 2048 characters.  Optional: {@code null} when absent.
 * @param metadata Optional: {@code null} when absent.
 * @param policies Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateOrganization(
        @JsonProperty("slug") String slug,
        @JsonProperty("name") String name,
        @JsonProperty("logo_url") String logoUrl,
        @JsonProperty("metadata") Map<String, JsonNode> metadata,
        @JsonProperty("policies") OrganizationPolicies policies
) {
    public CreateOrganization {
        Objects.requireNonNull(slug, "CreateOrganization.slug is required");
        Objects.requireNonNull(name, "CreateOrganization.name is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.slug = slug;
        builder.name = name;
        builder.logoUrl = logoUrl;
        builder.metadata = metadata;
        builder.policies = policies;
        return builder;
    }

    /** Builds a {@link CreateOrganization}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String slug;
        private String name;
        private String logoUrl;
        private Map<String, JsonNode> metadata;
        private OrganizationPolicies policies;

        private Builder() {}

        /**
         * Sets {@code slug}.
         *
         * @param slug the value
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
         * @param logoUrl An https URL of at most 2048 characters.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder logoUrl(String logoUrl) {
            this.logoUrl = logoUrl;
            return this;
        }

        /**
         * Sets {@code metadata}.
         *
         * @param metadata Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder metadata(Map<String, JsonNode> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets {@code policies}.
         *
         * @param policies Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder policies(OrganizationPolicies policies) {
            this.policies = policies;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link CreateOrganization}
         * @throws NullPointerException when a required field is not set
         */
        public CreateOrganization build() {
            return new CreateOrganization(slug, name, logoUrl, metadata, policies);
        }
    }
}
