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
 * Body of `POST /v1/tenants`.
 *
 * @param slug Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
 * @param name Display name, 1-200 characters.
 * @param signingAlg Primary signing algorithm; ES256 when omitted.  Optional: {@code null} when absent.
 * @param allowedOrigins Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateTenant(
        @JsonProperty("slug") String slug,
        @JsonProperty("name") String name,
        @JsonProperty("signing_alg") SigningAlg signingAlg,
        @JsonProperty("allowed_origins") List<String> allowedOrigins
) {
    public CreateTenant {
        Objects.requireNonNull(slug, "CreateTenant.slug is required");
        Objects.requireNonNull(name, "CreateTenant.name is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.slug = slug;
        builder.name = name;
        builder.signingAlg = signingAlg;
        builder.allowedOrigins = allowedOrigins;
        return builder;
    }

    /** Builds a {@link CreateTenant}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String slug;
        private String name;
        private SigningAlg signingAlg;
        private List<String> allowedOrigins;

        private Builder() {}

        /**
         * Sets {@code slug}.
         *
         * @param slug Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
         * @return this builder
         */
        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name Display name, 1-200 characters.
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code signing_alg}.
         *
         * @param signingAlg Primary signing algorithm; ES256 when omitted.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder signingAlg(SigningAlg signingAlg) {
            this.signingAlg = signingAlg;
            return this;
        }

        /**
         * Sets {@code allowed_origins}.
         *
         * @param allowedOrigins Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder allowedOrigins(List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link CreateTenant}
         * @throws NullPointerException when a required field is not set
         */
        public CreateTenant build() {
            return new CreateTenant(slug, name, signingAlg, allowedOrigins);
        }
    }
}
