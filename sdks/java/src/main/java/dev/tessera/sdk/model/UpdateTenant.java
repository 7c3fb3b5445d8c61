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
 * Body of `PATCH /v1/tenants/{tenant}`: only the fields present change.
 *
 * @param name Optional: {@code null} when absent.
 * @param signingAlg Changing it creates a key for the new algorithm and retires the old primary key with the usual overlap window.  Optional: {@code null} when absent.
 * @param allowedOrigins Optional: {@code null} when absent.
 * @param signupMode Optional: {@code null} when absent.
 * @param signupAllowedDomains Lowercase domains such as `example.com`, at most 100; subdomains are included. Required (non-empty) for `domain_allowlist`.  Optional: {@code null} when absent.
 * @param blockDisposableEmails Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateTenant(
        @JsonProperty("name") String name,
        @JsonProperty("signing_alg") SigningAlg signingAlg,
        @JsonProperty("allowed_origins") List<String> allowedOrigins,
        @JsonProperty("signup_mode") SignupMode signupMode,
        @JsonProperty("signup_allowed_domains") List<String> signupAllowedDomains,
        @JsonProperty("block_disposable_emails") Boolean blockDisposableEmails
) {
    public UpdateTenant {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.signingAlg = signingAlg;
        builder.allowedOrigins = allowedOrigins;
        builder.signupMode = signupMode;
        builder.signupAllowedDomains = signupAllowedDomains;
        builder.blockDisposableEmails = blockDisposableEmails;
        return builder;
    }

    /** Builds a {@link UpdateTenant}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String name;
        private SigningAlg signingAlg;
        private List<String> allowedOrigins;
        private SignupMode signupMode;
        private List<String> signupAllowedDomains;
        private Boolean blockDisposableEmails;

        private Builder() {}

        /**
         * Sets {@code name}.
         *
         * @param name Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code signing_alg}.
         *
         * @param signingAlg Changing it creates a key for the new algorithm and retires the old primary key with the usual overlap window.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder signingAlg(SigningAlg signingAlg) {
            this.signingAlg = signingAlg;
            return this;
        }

        /**
         * Sets {@code allowed_origins}.
         *
         * @param allowedOrigins Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder allowedOrigins(List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
            return this;
        }

        /**
         * Sets {@code signup_mode}.
         *
         * @param signupMode Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder signupMode(SignupMode signupMode) {
            this.signupMode = signupMode;
            return this;
        }

        /**
         * Sets {@code signup_allowed_domains}.
         *
         * @param signupAllowedDomains Lowercase domains such as `example.com`, at most 100; subdomains are included. Required (non-empty) for `domain_allowlist`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder signupAllowedDomains(List<String> signupAllowedDomains) {
            this.signupAllowedDomains = signupAllowedDomains;
            return this;
        }

        /**
         * Sets {@code block_disposable_emails}.
         *
         * @param blockDisposableEmails Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder blockDisposableEmails(Boolean blockDisposableEmails) {
            this.blockDisposableEmails = blockDisposableEmails;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UpdateTenant}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateTenant build() {
            return new UpdateTenant(name, signingAlg, allowedOrigins, signupMode, signupAllowedDomains, blockDisposableEmails);
        }
    }
}
