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
 * An organization the signed-in user belongs to, with their role in it.
 *
 * @param id the {@code id} field
 * @param slug the {@code slug} field
 * @param name the {@code name} field
 * @param logoUrl Optional: {@code null} when absent.
 * @param role the {@code role} field
 * @param current Whether the session making the request is switched into this organization.
 * @param joinedAt the {@code joined_at} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyOrganization(
        @JsonProperty("id") String id,
        @JsonProperty("slug") String slug,
        @JsonProperty("name") String name,
        @JsonProperty("logo_url") String logoUrl,
        @JsonProperty("role") String role,
        @JsonProperty("current") boolean current,
        @JsonProperty("joined_at") OffsetDateTime joinedAt
) {
    public MyOrganization {
        Objects.requireNonNull(id, "MyOrganization.id is required");
        Objects.requireNonNull(slug, "MyOrganization.slug is required");
        Objects.requireNonNull(name, "MyOrganization.name is required");
        Objects.requireNonNull(role, "MyOrganization.role is required");
        Objects.requireNonNull(joinedAt, "MyOrganization.joinedAt is required");
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
        builder.role = role;
        builder.current = current;
        builder.joinedAt = joinedAt;
        return builder;
    }

    /** Builds a {@link MyOrganization}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String slug;
        private String name;
        private String logoUrl;
        private String role;
        private Boolean current;
        private OffsetDateTime joinedAt;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id the value
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

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
         * @param logoUrl Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder logoUrl(String logoUrl) {
            this.logoUrl = logoUrl;
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
         * Sets {@code current}.
         *
         * @param current Whether the session making the request is switched into this organization.
         * @return this builder
         */
        public Builder current(Boolean current) {
            this.current = current;
            return this;
        }

        /**
         * Sets {@code joined_at}.
         *
         * @param joinedAt the value
         * @return this builder
         */
        public Builder joinedAt(OffsetDateTime joinedAt) {
            this.joinedAt = joinedAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link MyOrganization}
         * @throws NullPointerException when a required field is not set
         */
        public MyOrganization build() {
            Objects.requireNonNull(current, "MyOrganization.current is required");
            return new MyOrganization(id, slug, name, logoUrl, role, current, joinedAt);
        }
    }
}
