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
 * A user's membership of an organization.
 *
 * @param organizationId the {@code organization_id} field
 * @param userId the {@code user_id} field
 * @param role The member's role key: `owner`, `admin`, `member`, `viewer`, or a custom role.
 * @param createdAt the {@code created_at} field
 * @param updatedAt the {@code updated_at} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Membership(
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("role") String role,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt
) {
    public Membership {
        Objects.requireNonNull(organizationId, "Membership.organizationId is required");
        Objects.requireNonNull(userId, "Membership.userId is required");
        Objects.requireNonNull(role, "Membership.role is required");
        Objects.requireNonNull(createdAt, "Membership.createdAt is required");
        Objects.requireNonNull(updatedAt, "Membership.updatedAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.organizationId = organizationId;
        builder.userId = userId;
        builder.role = role;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        return builder;
    }

    /** Builds a {@link Membership}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String organizationId;
        private String userId;
        private String role;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;

        private Builder() {}

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
         * Sets {@code user_id}.
         *
         * @param userId the value
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role The member's role key: `owner`, `admin`, `member`, `viewer`, or a custom role.
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
         * @return a new {@link Membership}
         * @throws NullPointerException when a required field is not set
         */
        public Membership build() {
            return new Membership(organizationId, userId, role, createdAt, updatedAt);
        }
    }
}
