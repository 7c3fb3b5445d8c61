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
 * Body of `POST …/roles`.
 *
 * @param key the {@code key} field
 * @param name the {@code name} field
 * @param description Optional: {@code null} when absent.
 * @param permissions the {@code permissions} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateRole(
        @JsonProperty("key") String key,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("permissions") List<String> permissions
) {
    public CreateRole {
        Objects.requireNonNull(key, "CreateRole.key is required");
        Objects.requireNonNull(name, "CreateRole.name is required");
        Objects.requireNonNull(permissions, "CreateRole.permissions is required");
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
        return builder;
    }

    /** Builds a {@link CreateRole}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String key;
        private String name;
        private String description;
        private List<String> permissions;

        private Builder() {}

        /**
         * Sets {@code key}.
         *
         * @param key the value
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
         * @param permissions the value
         * @return this builder
         */
        public Builder permissions(List<String> permissions) {
            this.permissions = permissions;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link CreateRole}
         * @throws NullPointerException when a required field is not set
         */
        public CreateRole build() {
            return new CreateRole(key, name, description, permissions);
        }
    }
}
