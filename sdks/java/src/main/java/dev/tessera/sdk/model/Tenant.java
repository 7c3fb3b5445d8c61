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
 * A tenant: an isolated application environment with its own issuer, keys and users
 * (a Keycloak realm, an Auth0 tenant, a WorkOS environment).
 *
 * @param id Server-assigned identifier (`ten_…`).
 * @param slug URL-safe handle used in every path: lowercase letters, digits and inner hyphens, 1-63 characters.
 * @param name Display name.
 * @param issuer The tenant's OpenID issuer: `{public_url}/t/{slug}`.
 * @param signingAlg Algorithm of the tenant's primary signing key (an RS256 key is always kept too).
 * @param allowedOrigins Browser origins allowed to call the tenant's public endpoints (CORS). Empty: none.
 * @param signupMode Who may sign up by themselves.
 * @param signupAllowedDomains Email domains that may sign up when `signup_mode` is `domain_allowlist`.
 * @param blockDisposableEmails Whether signups from disposable-address services (a shipped list) are refused.
 * @param createdAt the {@code created_at} field
 * @param updatedAt the {@code updated_at} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tenant(
        @JsonProperty("id") String id,
        @JsonProperty("slug") String slug,
        @JsonProperty("name") String name,
        @JsonProperty("issuer") String issuer,
        @JsonProperty("signing_alg") SigningAlg signingAlg,
        @JsonProperty("allowed_origins") List<String> allowedOrigins,
        @JsonProperty("signup_mode") SignupMode signupMode,
        @JsonProperty("signup_allowed_domains") List<String> signupAllowedDomains,
        @JsonProperty("block_disposable_emails") boolean blockDisposableEmails,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt
) {
    public Tenant {
        Objects.requireNonNull(id, "Tenant.id is required");
        Objects.requireNonNull(slug, "Tenant.slug is required");
        Objects.requireNonNull(name, "Tenant.name is required");
        Objects.requireNonNull(issuer, "Tenant.issuer is required");
        Objects.requireNonNull(signingAlg, "Tenant.signingAlg is required");
        Objects.requireNonNull(allowedOrigins, "Tenant.allowedOrigins is required");
        Objects.requireNonNull(signupMode, "Tenant.signupMode is required");
        Objects.requireNonNull(signupAllowedDomains, "Tenant.signupAllowedDomains is required");
        Objects.requireNonNull(createdAt, "Tenant.createdAt is required");
        Objects.requireNonNull(updatedAt, "Tenant.updatedAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.slug = slug;
        builder.name = name;
        builder.issuer = issuer;
        builder.signingAlg = signingAlg;
        builder.allowedOrigins = allowedOrigins;
        builder.signupMode = signupMode;
        builder.signupAllowedDomains = signupAllowedDomains;
        builder.blockDisposableEmails = blockDisposableEmails;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        return builder;
    }

    /** Builds a {@link Tenant}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
        private String slug;
        private String name;
        private String issuer;
        private SigningAlg signingAlg;
        private List<String> allowedOrigins;
        private SignupMode signupMode;
        private List<String> signupAllowedDomains;
        private Boolean blockDisposableEmails;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id Server-assigned identifier (`ten_…`).
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code slug}.
         *
         * @param slug URL-safe handle used in every path: lowercase letters, digits and inner hyphens, 1-63 characters.
         * @return this builder
         */
        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name Display name.
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code issuer}.
         *
         * @param issuer The tenant's OpenID issuer: `{public_url}/t/{slug}`.
         * @return this builder
         */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /**
         * Sets {@code signing_alg}.
         *
         * @param signingAlg Algorithm of the tenant's primary signing key (an RS256 key is always kept too).
         * @return this builder
         */
        public Builder signingAlg(SigningAlg signingAlg) {
            this.signingAlg = signingAlg;
            return this;
        }

        /**
         * Sets {@code allowed_origins}.
         *
         * @param allowedOrigins Browser origins allowed to call the tenant's public endpoints (CORS). Empty: none.
         * @return this builder
         */
        public Builder allowedOrigins(List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
            return this;
        }

        /**
         * Sets {@code signup_mode}.
         *
         * @param signupMode Who may sign up by themselves.
         * @return this builder
         */
        public Builder signupMode(SignupMode signupMode) {
            this.signupMode = signupMode;
            return this;
        }

        /**
         * Sets {@code signup_allowed_domains}.
         *
         * @param signupAllowedDomains Email domains that may sign up when `signup_mode` is `domain_allowlist`.
         * @return this builder
         */
        public Builder signupAllowedDomains(List<String> signupAllowedDomains) {
            this.signupAllowedDomains = signupAllowedDomains;
            return this;
        }

        /**
         * Sets {@code block_disposable_emails}.
         *
         * @param blockDisposableEmails Whether signups from disposable-address services (a shipped list) are refused.
         * @return this builder
         */
        public Builder blockDisposableEmails(Boolean blockDisposableEmails) {
            this.blockDisposableEmails = blockDisposableEmails;
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
         * @return a new {@link Tenant}
         * @throws NullPointerException when a required field is not set
         */
        public Tenant build() {
            Objects.requireNonNull(blockDisposableEmails, "Tenant.blockDisposableEmails is required");
            return new Tenant(id, slug, name, issuer, signingAlg, allowedOrigins, signupMode, signupAllowedDomains, blockDisposableEmails, createdAt, updatedAt);
        }
    }
}
