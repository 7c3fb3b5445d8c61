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
 * An invitation to join an organization, sent by email.
 *
 * @param id Server-assigned identifier (`inv_…`).
 * @param organizationId the {@code organization_id} field
 * @param email the {@code email} field
 * @param role The role the invitee gets on accepting.
 * @param state the {@code state} field
 * @param createdAt the {@code created_at} field
 * @param sentAt When the latest email went out (a resend moves it).
 * @param expiresAt the {@code expires_at} field
 * @param acceptedAt Optional: {@code null} when absent.
 * @param acceptedBy The user who accepted.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Invitation(
        @JsonProperty("id") String id,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("email") String email,
        @JsonProperty("role") String role,
        @JsonProperty("state") InvitationState state,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("sent_at") OffsetDateTime sentAt,
        @JsonProperty("expires_at") OffsetDateTime expiresAt,
        @JsonProperty("accepted_at") OffsetDateTime acceptedAt,
        @JsonProperty("accepted_by") String acceptedBy
) {
    public Invitation {
        Objects.requireNonNull(id, "Invitation.id is required");
        Objects.requireNonNull(organizationId, "Invitation.organizationId is required");
        Objects.requireNonNull(email, "Invitation.email is required");
        Objects.requireNonNull(role, "Invitation.role is required");
        Objects.requireNonNull(state, "Invitation.state is required");
        Objects.requireNonNull(createdAt, "Invitation.createdAt is required");
        Objects.requireNonNull(sentAt, "Invitation.sentAt is required");
        Objects.requireNonNull(expiresAt, "Invitation.expiresAt is required");
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
        builder.email = email;
        builder.role = role;
        builder.state = state;
        builder.createdAt = createdAt;
        builder.sentAt = sentAt;
        builder.expiresAt = expiresAt;
        builder.acceptedAt = acceptedAt;
        builder.acceptedBy = acceptedBy;
        return builder;
    }

    /** Builds a {@link Invitation}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String organizationId;
        private String email;
        private String role;
        private InvitationState state;
        private OffsetDateTime createdAt;
        private OffsetDateTime sentAt;
        private OffsetDateTime expiresAt;
        private OffsetDateTime acceptedAt;
        private String acceptedBy;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id Server-assigned identifier (`inv_…`).
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

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
         * Sets {@code email}.
         *
         * @param email the value
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role The role the invitee gets on accepting.
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code state}.
         *
         * @param state the value
         * @return this builder
         */
        public Builder state(InvitationState state) {
            this.state = state;
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
         * Sets {@code sent_at}.
         *
         * @param sentAt When the latest email went out (a resend moves it).
         * @return this builder
         */
        public Builder sentAt(OffsetDateTime sentAt) {
            this.sentAt = sentAt;
            return this;
        }

        /**
         * Sets {@code expires_at}.
         *
         * @param expiresAt the value
         * @return this builder
         */
        public Builder expiresAt(OffsetDateTime expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets {@code accepted_at}.
         *
         * @param acceptedAt Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder acceptedAt(OffsetDateTime acceptedAt) {
            this.acceptedAt = acceptedAt;
            return this;
        }

        /**
         * Sets {@code accepted_by}.
         *
         * @param acceptedBy The user who accepted.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder acceptedBy(String acceptedBy) {
            this.acceptedBy = acceptedBy;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Invitation}
         * @throws NullPointerException when a required field is not set
         */
        public Invitation build() {
            return new Invitation(id, organizationId, email, role, state, createdAt, sentAt, expiresAt, acceptedAt, acceptedBy);
        }
    }
}
