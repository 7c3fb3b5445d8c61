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
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants`.
 *
 * @param subject the {@code subject} field
 * @param resource the {@code resource} field
 * @param role the {@code role} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateResourceGrant(
        @JsonProperty("subject") String subject,
        @JsonProperty("resource") String resource,
        @JsonProperty("role") String role
) {
    public CreateResourceGrant {
        Objects.requireNonNull(subject, "CreateResourceGrant.subject is required");
        Objects.requireNonNull(resource, "CreateResourceGrant.resource is required");
        Objects.requireNonNull(role, "CreateResourceGrant.role is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.subject = subject;
        builder.resource = resource;
        builder.role = role;
        return builder;
    }

    /** Builds a {@link CreateResourceGrant}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String subject;
        private String resource;
        private String role;

        private Builder() {}

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
         * Sets {@code resource}.
         *
         * @param resource the value
         * @return this builder
         */
        public Builder resource(String resource) {
            this.resource = resource;
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
         * The record.
         *
         * @return a new {@link CreateResourceGrant}
         * @throws NullPointerException when a required field is not set
         */
        public CreateResourceGrant build() {
            return new CreateResourceGrant(subject, resource, role);
        }
    }
}
