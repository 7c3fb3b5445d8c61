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
 * Body of `POST /t/{tenant}/auth/login`.
 *
 * @param email the {@code email} field
 * @param password the {@code password} field
 * @param delivery Optional: {@code null} when absent.
 * @param organization Sign in into this organization (its id, `org_…`, or its slug), as with `organization` on the authorization request: the session opens switched into it, and its access tokens carry `org_id`, `org_slug`, `org_role` and `permissions`. The user must be a member and the sign-in must meet the organization's policies.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoginRequest(
        @JsonProperty("email") String email,
        @JsonProperty("password") String password,
        @JsonProperty("delivery") TokenDelivery delivery,
        @JsonProperty("organization") String organization
) {
    public LoginRequest {
        Objects.requireNonNull(email, "LoginRequest.email is required");
        Objects.requireNonNull(password, "LoginRequest.password is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.email = email;
        builder.password = password;
        builder.delivery = delivery;
        builder.organization = organization;
        return builder;
    }

    /** Builds a {@link LoginRequest}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String email;
        private String password;
        private TokenDelivery delivery;
        private String organization;

        private Builder() {}

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
         * Sets {@code password}.
         *
         * @param password the value
         * @return this builder
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Sets {@code delivery}.
         *
         * @param delivery Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder delivery(TokenDelivery delivery) {
            this.delivery = delivery;
            return this;
        }

        /**
         * Sets {@code organization}.
         *
         * @param organization Sign in into this organization (its id, `org_…`, or its slug), as with `organization` on the authorization request: the session opens switched into it, and its access tokens carry `org_id`, `org_slug`, `org_role` and `permissions`. The user must be a member and the sign-in must meet the organization's policies.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder organization(String organization) {
            this.organization = organization;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link LoginRequest}
         * @throws NullPointerException when a required field is not set
         */
        public LoginRequest build() {
            return new LoginRequest(email, password, delivery, organization);
        }
    }
}
