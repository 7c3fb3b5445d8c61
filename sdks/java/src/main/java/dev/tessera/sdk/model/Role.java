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
 * A role: a named set of permissions. Built-in roles (`owner`, `admin`, `member`,
 * `viewer`) exist in every tenant; custom roles belong to the tenant or to one organization.
 *
 * @param key Unique within its scope; lowercase letters, digits, `-` and `_`.
 * @param name the {@code name} field
 * @param description Optional: {@code null} when absent.
 * @param permissions `resource:action` patterns; `resource:*` grants every action on a resource, `*` everything.
 * @param builtIn the {@code built_in} field
 * @param organizationId The organization a custom role belongs to; absent for tenant-wide roles.  Optional: {@code null} when absent.
 * @param updatedAt Absent for a built-in role whose permissions were never changed.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Role(
        @JsonProperty("key") String key,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("permissions") List<String> permissions,
        @JsonProperty("built_in") boolean builtIn,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("updated_at") OffsetDateTime updatedAt
) {
    public Role {
        Objects.requireNonNull(key, "Role.key is required");
        Objects.requireNonNull(name, "Role.name is required");
        Objects.requireNonNull(permissions, "Role.permissions is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.key = key;
        builder.name = name;
        builder.description = description;
        builder.permissions = permissions;
        builder.builtIn = builtIn;
        builder.organizationId = organizationId;
        builder.updatedAt = updatedAt;
        return builder;
    }

    /** Builds a {@link Role}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String key;
        private String name;
        private String description;
        private List<String> permissions;
        private Boolean builtIn;
        private String organizationId;
        private OffsetDateTime updatedAt;

        private Builder() {}

        /**
         * Sets {@code key}.
         *
         * @param key Unique within its scope; lowercase letters, digits, `-` and `_`.
         * @return this builder
         */
        public Builder key(String key) {
            this.key = key;
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
         * Sets {@code description}.
         *
         * @param description Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code permissions}.
         *
         * @param permissions `resource:action` patterns; `resource:*` grants every action on a resource, `*` everything.
         * @return this builder
         */
        public Builder permissions(List<String> permissions) {
            this.permissions = permissions;
            return this;
        }

        /**
         * Sets {@code built_in}.
         *
         * @param builtIn the value
         * @return this builder
         */
        public Builder builtIn(Boolean builtIn) {
            this.builtIn = builtIn;
            return this;
        }

        /**
         * Sets {@code organization_id}.
         *
         * @param organizationId The organization a custom role belongs to; absent for tenant-wide roles.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /**
         * Sets {@code updated_at}.
         *
         * @param updatedAt Absent for a built-in role whose permissions were never changed.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Role}
         * @throws NullPointerException when a required field is not set
         */
        public Role build() {
            Objects.requireNonNull(builtIn, "Role.builtIn is required");
            return new Role(key, name, description, permissions, builtIn, organizationId, updatedAt);
        }
    }
}
