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
 * An introspection response (RFC 7662 §2.2); an inactive token has only `active: false`.
 *
 * @param active the {@code active} field
 * @param scope Optional: {@code null} when absent.
 * @param clientId Optional: {@code null} when absent.
 * @param tokenType Optional: {@code null} when absent.
 * @param exp Optional: {@code null} when absent.
 * @param iat Optional: {@code null} when absent.
 * @param sub Optional: {@code null} when absent.
 * @param aud A string or an array of strings, as in the token.  Optional: {@code null} when absent.
 * @param iss Optional: {@code null} when absent.
 * @param jti Optional: {@code null} when absent.
 * @param orgId The organization the token (or API key) acts in.  Optional: {@code null} when absent.
 * @param orgSlug Optional: {@code null} when absent.
 * @param orgRole The member's role in the organization (session tokens switched into one).  Optional: {@code null} when absent.
 * @param permissions The `resource:action` patterns the token or API key carries.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntrospectionResponse(
        @JsonProperty("active") boolean active,
        @JsonProperty("scope") String scope,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("exp") Long exp,
        @JsonProperty("iat") Long iat,
        @JsonProperty("sub") String sub,
        @JsonProperty("aud") JsonNode aud,
        @JsonProperty("iss") String iss,
        @JsonProperty("jti") String jti,
        @JsonProperty("org_id") String orgId,
        @JsonProperty("org_slug") String orgSlug,
        @JsonProperty("org_role") String orgRole,
        @JsonProperty("permissions") List<String> permissions
) {
    public IntrospectionResponse {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.active = active;
        builder.scope = scope;
        builder.clientId = clientId;
        builder.tokenType = tokenType;
        builder.exp = exp;
        builder.iat = iat;
        builder.sub = sub;
        builder.aud = aud;
        builder.iss = iss;
        builder.jti = jti;
        builder.orgId = orgId;
        builder.orgSlug = orgSlug;
        builder.orgRole = orgRole;
        builder.permissions = permissions;
        return builder;
    }

    /** Builds a {@link IntrospectionResponse}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Boolean active;
        private String scope;
        private String clientId;
        private String tokenType;
        private Long exp;
        private Long iat;
        private String sub;
        private JsonNode aud;
        private String iss;
        private String jti;
        private String orgId;
        private String orgSlug;
        private String orgRole;
        private List<String> permissions;

        private Builder() {}

        /**
         * Sets {@code active}.
         *
         * @param active the value
         * @return this builder
         */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /**
         * Sets {@code scope}.
         *
         * @param scope Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Sets {@code client_id}.
         *
         * @param clientId Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets {@code token_type}.
         *
         * @param tokenType Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder tokenType(String tokenType) {
            this.tokenType = tokenType;
            return this;
        }

        /**
         * Sets {@code exp}.
         *
         * @param exp Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder exp(Long exp) {
            this.exp = exp;
            return this;
        }

        /**
         * Sets {@code iat}.
         *
         * @param iat Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder iat(Long iat) {
            this.iat = iat;
            return this;
        }

        /**
         * Sets {@code sub}.
         *
         * @param sub Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder sub(String sub) {
            this.sub = sub;
            return this;
        }

        /**
         * Sets {@code aud}.
         *
         * @param aud A string or an array of strings, as in the token.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder aud(JsonNode aud) {
            this.aud = aud;
            return this;
        }

        /**
         * Sets {@code iss}.
         *
         * @param iss Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder iss(String iss) {
            this.iss = iss;
            return this;
        }

        /**
         * Sets {@code jti}.
         *
         * @param jti Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder jti(String jti) {
            this.jti = jti;
            return this;
        }

        /**
         * Sets {@code org_id}.
         *
         * @param orgId The organization the token (or API key) acts in.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /**
         * Sets {@code org_slug}.
         *
         * @param orgSlug Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder orgSlug(String orgSlug) {
            this.orgSlug = orgSlug;
            return this;
        }

        /**
         * Sets {@code org_role}.
         *
         * @param orgRole The member's role in the organization (session tokens switched into one).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder orgRole(String orgRole) {
            this.orgRole = orgRole;
            return this;
        }

        /**
         * Sets {@code permissions}.
         *
         * @param permissions The `resource:action` patterns the token or API key carries.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder permissions(List<String> permissions) {
            this.permissions = permissions;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link IntrospectionResponse}
         * @throws NullPointerException when a required field is not set
         */
        public IntrospectionResponse build() {
            Objects.requireNonNull(active, "IntrospectionResponse.active is required");
            return new IntrospectionResponse(active, scope, clientId, tokenType, exp, iat, sub, aud, iss, jti, orgId, orgSlug, orgRole, permissions);
        }
    }
}
