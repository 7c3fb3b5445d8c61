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
 * What accepting an invitation did.
 *
 * @param organizationId the {@code organization_id} field
 * @param organizationSlug the {@code organization_slug} field
 * @param userId the {@code user_id} field
 * @param role the {@code role} field
 * @param userCreated Whether a new account was created for the invitee.
 * @param session Session tokens for a newly created account, switched into the organization.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationAccepted(
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("organization_slug") String organizationSlug,
        @JsonProperty("user_id") String userId,
        @JsonProperty("role") String role,
        @JsonProperty("user_created") boolean userCreated,
        @JsonProperty("session") SessionTokens session
) {
    public InvitationAccepted {
        Objects.requireNonNull(organizationId, "InvitationAccepted.organizationId is required");
        Objects.requireNonNull(organizationSlug, "InvitationAccepted.organizationSlug is required");
        Objects.requireNonNull(userId, "InvitationAccepted.userId is required");
        Objects.requireNonNull(role, "InvitationAccepted.role is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.organizationId = organizationId;
        builder.organizationSlug = organizationSlug;
        builder.userId = userId;
        builder.role = role;
        builder.userCreated = userCreated;
        builder.session = session;
        return builder;
    }

    /** Builds a {@link InvitationAccepted}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String organizationId;
        private String organizationSlug;
        private String userId;
        private String role;
        private Boolean userCreated;
        private SessionTokens session;

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
         * Sets {@code organization_slug}.
         *
         * @param organizationSlug the value
         * @return this builder
         */
        public Builder organizationSlug(String organizationSlug) {
            this.organizationSlug = organizationSlug;
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
         * @param role the value
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code user_created}.
         *
         * @param userCreated Whether a new account was created for the invitee.
         * @return this builder
         */
        public Builder userCreated(Boolean userCreated) {
            this.userCreated = userCreated;
            return this;
        }

        /**
         * Sets {@code session}.
         *
         * @param session Session tokens for a newly created account, switched into the organization.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder session(SessionTokens session) {
            this.session = session;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link InvitationAccepted}
         * @throws NullPointerException when a required field is not set
         */
        public InvitationAccepted build() {
            Objects.requireNonNull(userCreated, "InvitationAccepted.userCreated is required");
            return new InvitationAccepted(organizationId, organizationSlug, userId, role, userCreated, session);
        }
    }
}
