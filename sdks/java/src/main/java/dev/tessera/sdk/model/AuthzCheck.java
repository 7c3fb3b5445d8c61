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
 * Body of `POST /v1/tenants/{tenant}/authz/check`: may `subject` do `permission`?
 *
 * @param subject A user id (`usr_…`) or a service account's client id (`cli_…`).
 * @param permission A concrete `resource:action` (no wildcard).
 * @param organization The organization (id or slug) the subject acts in. Roles come from memberships, so without one nothing is allowed.  Optional: {@code null} when absent.
 * @param resource The resource acted on (`document:123`): the organization-wide role applies to every resource, and a role granted on this resource (resource grants) adds to it.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthzCheck(
        @JsonProperty("subject") String subject,
        @JsonProperty("permission") String permission,
        @JsonProperty("organization") String organization,
        @JsonProperty("resource") String resource
) {
    public AuthzCheck {
        Objects.requireNonNull(subject, "AuthzCheck.subject is required");
        Objects.requireNonNull(permission, "AuthzCheck.permission is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.subject = subject;
        builder.permission = permission;
        builder.organization = organization;
        builder.resource = resource;
        return builder;
    }

    /** Builds a {@link AuthzCheck}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String subject;
        private String permission;
        private String organization;
        private String resource;

        private Builder() {}

        /**
         * Sets {@code subject}.
         *
         * @param subject A user id (`usr_…`) or a service account's client id (`cli_…`).
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code permission}.
         *
         * @param permission A concrete `resource:action` (no wildcard).
         * @return this builder
         */
        public Builder permission(String permission) {
            this.permission = permission;
            return this;
        }

        /**
         * Sets {@code organization}.
         *
         * @param organization The organization (id or slug) the subject acts in. Roles come from memberships, so without one nothing is allowed.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder organization(String organization) {
            this.organization = organization;
            return this;
        }

        /**
         * Sets {@code resource}.
         *
         * @param resource The resource acted on (`document:123`): the organization-wide role applies to every resource, and a role granted on this resource (resource grants) adds to it.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link AuthzCheck}
         * @throws NullPointerException when a required field is not set
         */
        public AuthzCheck build() {
            return new AuthzCheck(subject, permission, organization, resource);
        }
    }
}
