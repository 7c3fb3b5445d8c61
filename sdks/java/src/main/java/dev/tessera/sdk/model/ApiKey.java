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
 * An API key (its secret is shown only once, when created or rotated).
 *
 * @param id Server-assigned identifier (`key_…`).
 * @param organizationId The owning organization, for an organization's key.  Optional: {@code null} when absent.
 * @param userId The owning user, for a user's key.  Optional: {@code null} when absent.
 * @param name the {@code name} field
 * @param permissions The `resource:action` patterns the key is limited to.
 * @param hint The secret's last four characters, to tell keys apart.
 * @param createdAt the {@code created_at} field
 * @param expiresAt Optional: {@code null} when absent.
 * @param lastUsedAt When introspection last saw the key.  Optional: {@code null} when absent.
 * @param revokedAt Optional: {@code null} when absent.
 * @param rotatedTo The key that replaced this one by rotation.  Optional: {@code null} when absent.
 * @param active Whether the key works now (not revoked, not expired).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiKey(
        @JsonProperty("id") String id,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("name") String name,
        @JsonProperty("permissions") List<String> permissions,
        @JsonProperty("hint") String hint,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("expires_at") OffsetDateTime expiresAt,
        @JsonProperty("last_used_at") OffsetDateTime lastUsedAt,
        @JsonProperty("revoked_at") OffsetDateTime revokedAt,
        @JsonProperty("rotated_to") String rotatedTo,
        @JsonProperty("active") boolean active
) {
    public ApiKey {
        Objects.requireNonNull(id, "ApiKey.id is required");
        Objects.requireNonNull(name, "ApiKey.name is required");
        Objects.requireNonNull(permissions, "ApiKey.permissions is required");
        Objects.requireNonNull(hint, "ApiKey.hint is required");
        Objects.requireNonNull(createdAt, "ApiKey.createdAt is required");
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
        builder.userId = userId;
        builder.name = name;
        builder.permissions = permissions;
        builder.hint = hint;
        builder.createdAt = createdAt;
        builder.expiresAt = expiresAt;
        builder.lastUsedAt = lastUsedAt;
        builder.revokedAt = revokedAt;
        builder.rotatedTo = rotatedTo;
        builder.active = active;
        return builder;
    }

    /** Builds a {@link ApiKey}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String organizationId;
        private String userId;
        private String name;
        private List<String> permissions;
        private String hint;
        private OffsetDateTime createdAt;
        private OffsetDateTime expiresAt;
        private OffsetDateTime lastUsedAt;
        private OffsetDateTime revokedAt;
        private String rotatedTo;
        private Boolean active;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id Server-assigned identifier (`key_…`).
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code organization_id}.
         *
         * @param organizationId The owning organization, for an organization's key.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /**
         * Sets {@code user_id}.
         *
         * @param userId The owning user, for a user's key.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
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
         * @param permissions The `resource:action` patterns the key is limited to.
         * @return this builder
         */
        public Builder permissions(List<String> permissions) {
            this.permissions = permissions;
            return this;
        }

        /**
         * Sets {@code hint}.
         *
         * @param hint The secret's last four characters, to tell keys apart.
         * @return this builder
         */
        public Builder hint(String hint) {
            this.hint = hint;
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
         * Sets {@code expires_at}.
         *
         * @param expiresAt Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder expiresAt(OffsetDateTime expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets {@code last_used_at}.
         *
         * @param lastUsedAt When introspection last saw the key.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder lastUsedAt(OffsetDateTime lastUsedAt) {
            this.lastUsedAt = lastUsedAt;
            return this;
        }

        /**
         * Sets {@code revoked_at}.
         *
         * @param revokedAt Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder revokedAt(OffsetDateTime revokedAt) {
            this.revokedAt = revokedAt;
            return this;
        }

        /**
         * Sets {@code rotated_to}.
         *
         * @param rotatedTo The key that replaced this one by rotation.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder rotatedTo(String rotatedTo) {
            this.rotatedTo = rotatedTo;
            return this;
        }

        /**
         * Sets {@code active}.
         *
         * @param active Whether the key works now (not revoked, not expired).
         * @return this builder
         */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ApiKey}
         * @throws NullPointerException when a required field is not set
         */
        public ApiKey build() {
            Objects.requireNonNull(active, "ApiKey.active is required");
            return new ApiKey(id, organizationId, userId, name, permissions, hint, createdAt, expiresAt, lastUsedAt, revokedAt, rotatedTo, active);
        }
    }
}
