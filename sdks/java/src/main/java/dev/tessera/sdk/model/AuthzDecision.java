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
 * The answer to one check, with its explanation.
 *
 * @param allowed the {@code allowed} field
 * @param reason the {@code reason} field
 * @param explanation The decision in a sentence a person can read.
 * @param subject the {@code subject} field
 * @param permission the {@code permission} field
 * @param organizationId Optional: {@code null} when absent.
 * @param resource Optional: {@code null} when absent.
 * @param role The subject's role in the organization, when a member.  Optional: {@code null} when absent.
 * @param matchedPermission The role's pattern that matched (`invoices:read`, `invoices:*` or `*`).  Optional: {@code null} when absent.
 * @param resourceGrant The resource grant (`rgr_…`) that allowed the check, when one did; `role` is then the role granted on the resource.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthzDecision(
        @JsonProperty("allowed") boolean allowed,
        @JsonProperty("reason") AuthzReason reason,
        @JsonProperty("explanation") String explanation,
        @JsonProperty("subject") String subject,
        @JsonProperty("permission") String permission,
        @JsonProperty("organization_id") String organizationId,
        @JsonProperty("resource") String resource,
        @JsonProperty("role") String role,
        @JsonProperty("matched_permission") String matchedPermission,
        @JsonProperty("resource_grant") String resourceGrant
) {
    public AuthzDecision {
        Objects.requireNonNull(reason, "AuthzDecision.reason is required");
        Objects.requireNonNull(explanation, "AuthzDecision.explanation is required");
        Objects.requireNonNull(subject, "AuthzDecision.subject is required");
        Objects.requireNonNull(permission, "AuthzDecision.permission is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.allowed = allowed;
        builder.reason = reason;
        builder.explanation = explanation;
        builder.subject = subject;
        builder.permission = permission;
        builder.organizationId = organizationId;
        builder.resource = resource;
        builder.role = role;
        builder.matchedPermission = matchedPermission;
        builder.resourceGrant = resourceGrant;
        return builder;
    }

    /** Builds a {@link AuthzDecision}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Boolean allowed;
        private AuthzReason reason;
        private String explanation;
        private String subject;
        private String permission;
        private String organizationId;
        private String resource;
        private String role;
        private String matchedPermission;
        private String resourceGrant;

        private Builder() {}

        /**
         * Sets {@code allowed}.
         *
         * @param allowed the value
         * @return this builder
         */
        public Builder allowed(Boolean allowed) {
            this.allowed = allowed;
            return this;
        }

        /**
         * Sets {@code reason}.
         *
         * @param reason the value
         * @return this builder
         */
        public Builder reason(AuthzReason reason) {
            this.reason = reason;
            return this;
        }

        /**
         * Sets {@code explanation}.
         *
         * @param explanation The decision in a sentence a person can read.
         * @return this builder
         */
        public Builder explanation(String explanation) {
            this.explanation = explanation;
            return this;
        }

        /**
         * Sets {@code subject}.
         *
         * @param subject the value
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code permission}.
         *
         * @param permission the value
         * @return this builder
         */
        public Builder permission(String permission) {
            this.permission = permission;
            return this;
        }

        /**
         * Sets {@code organization_id}.
         *
         * @param organizationId Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /**
         * Sets {@code resource}.
         *
         * @param resource Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role The subject's role in the organization, when a member.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code matched_permission}.
         *
         * @param matchedPermission The role's pattern that matched (`invoices:read`, `invoices:*` or `*`).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder matchedPermission(String matchedPermission) {
            this.matchedPermission = matchedPermission;
            return this;
        }

        /**
         * Sets {@code resource_grant}.
         *
         * @param resourceGrant The resource grant (`rgr_…`) that allowed the check, when one did; `role` is then the role granted on the resource.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder resourceGrant(String resourceGrant) {
            this.resourceGrant = resourceGrant;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link AuthzDecision}
         * @throws NullPointerException when a required field is not set
         */
        public AuthzDecision build() {
            Objects.requireNonNull(allowed, "AuthzDecision.allowed is required");
            return new AuthzDecision(allowed, reason, explanation, subject, permission, organizationId, resource, role, matchedPermission, resourceGrant);
        }
    }
}
