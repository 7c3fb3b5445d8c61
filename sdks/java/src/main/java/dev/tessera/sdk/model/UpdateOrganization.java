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
 * Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}`: only the fields
 * present change; the slug cannot.
 *
 * @param name Optional: {@code null} when absent.
 * @param logoUrl An empty string removes the logo.  Optional: {@code null} when absent.
 * @param metadata Replaces the whole metadata object.  Optional: {@code null} when absent.
 * @param policies Replaces every policy.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateOrganization(
        @JsonProperty("name") String name,
        @JsonProperty("logo_url") String logoUrl,
        @JsonProperty("metadata") Map<String, JsonNode> metadata,
        @JsonProperty("policies") OrganizationPolicies policies
) {
    public UpdateOrganization {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.logoUrl = logoUrl;
        builder.metadata = metadata;
        builder.policies = policies;
        return builder;
    }

    /** Builds a {@link UpdateOrganization}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String name;
        private String logoUrl;
        private Map<String, JsonNode> metadata;
        private OrganizationPolicies policies;

        private Builder() {}

        /**
         * Sets {@code name}.
         *
         * @param name Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code logo_url}.
         *
         * @param logoUrl An empty string removes the logo.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder logoUrl(String logoUrl) {
            this.logoUrl = logoUrl;
            return this;
        }

        /**
         * Sets {@code metadata}.
         *
         * @param metadata Replaces the whole metadata object.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder metadata(Map<String, JsonNode> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets {@code policies}.
         *
         * @param policies Replaces every policy.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder policies(OrganizationPolicies policies) {
            this.policies = policies;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UpdateOrganization}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateOrganization build() {
            return new UpdateOrganization(name, logoUrl, metadata, policies);
        }
    }
}
