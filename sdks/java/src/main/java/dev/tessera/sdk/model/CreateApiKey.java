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
 * Body of `POST /v1/tenants/{tenant}/api-keys`: exactly one of `organization` or `user`.
 *
 * @param organization The owning organization (id or slug).  Optional: {@code null} when absent.
 * @param user The owning user's id.  Optional: {@code null} when absent.
 * @param name the {@code name} field
 * @param permissions 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
 * @param expiresInSecs Seconds until the key expires (60 to 63,072,000); absent: never.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateApiKey(
        @JsonProperty("organization") String organization,
        @JsonProperty("user") String user,
        @JsonProperty("name") String name,
        @JsonProperty("permissions") List<String> permissions,
        @JsonProperty("expires_in_secs") Long expiresInSecs
) {
    public CreateApiKey {
        Objects.requireNonNull(name, "CreateApiKey.name is required");
        Objects.requireNonNull(permissions, "CreateApiKey.permissions is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.organization = organization;
        builder.user = user;
        builder.name = name;
        builder.permissions = permissions;
        builder.expiresInSecs = expiresInSecs;
        return builder;
    }

    /** Builds a {@link CreateApiKey}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String organization;
        private String user;
        private String name;
        private List<String> permissions;
        private Long expiresInSecs;

        private Builder() {}

        /**
         * Sets {@code organization}.
         *
         * @param organization The owning organization (id or slug).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder organization(String organization) {
            this.organization = organization;
            return this;
        }

        /**
         * Sets {@code user}.
         *
         * @param user The owning user's id.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder user(String user) {
            this.user = user;
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
         * Sets {@code permissions}.
         *
         * @param permissions 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
         * @return this builder
         */
        public Builder permissions(List<String> permissions) {
            this.permissions = permissions;
            return this;
        }

        /**
         * Sets {@code expires_in_secs}.
         *
         * @param expiresInSecs Seconds until the key expires (60 to 63,072,000); absent: never.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder expiresInSecs(Long expiresInSecs) {
            this.expiresInSecs = expiresInSecs;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link CreateApiKey}
         * @throws NullPointerException when a required field is not set
         */
        public CreateApiKey build() {
            return new CreateApiKey(organization, user, name, permissions, expiresInSecs);
        }
    }
}
