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
 * Body of `PATCH …/roles/{role}`: only the fields present change. A built-in role's
 * permissions may be changed (except `owner`'s), not its name.
 *
 * @param name Optional: {@code null} when absent.
 * @param description Optional: {@code null} when absent.
 * @param permissions Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateRole(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("permissions") List<String> permissions
) {
    public UpdateRole {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.description = description;
        builder.permissions = permissions;
        return builder;
    }

    /** Builds a {@link UpdateRole}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String name;
        private String description;
        private List<String> permissions;

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
         * @param permissions Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder permissions(List<String> permissions) {
            this.permissions = permissions;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UpdateRole}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateRole build() {
            return new UpdateRole(name, description, permissions);
        }
    }
}
