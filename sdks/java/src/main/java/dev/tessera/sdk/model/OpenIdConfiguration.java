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
 * OpenID Provider metadata (OpenID Connect Discovery 1.0 §3), also served as OAuth 2.0
 * Authorization Server Metadata (RFC 8414).
 *
 * Only what the server implements is advertised; endpoints appear as they land.
 *
 * @param issuer The tenant's issuer identifier, `{public_url}/t/{slug}`.
 * @param jwksUri Where the tenant's public signing keys are published.
 * @param tokenEndpoint RFC 8414 §2.
 * @param introspectionEndpoint RFC 7662.
 * @param revocationEndpoint RFC 7009.
 * @param grantTypesSupported the {@code grant_types_supported} field
 * @param tokenEndpointAuthMethodsSupported the {@code token_endpoint_auth_methods_supported} field
 * @param introspectionEndpointAuthMethodsSupported the {@code introspection_endpoint_auth_methods_supported} field
 * @param revocationEndpointAuthMethodsSupported the {@code revocation_endpoint_auth_methods_supported} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenIdConfiguration(
        @JsonProperty("issuer") String issuer,
        @JsonProperty("jwks_uri") String jwksUri,
        @JsonProperty("token_endpoint") String tokenEndpoint,
        @JsonProperty("introspection_endpoint") String introspectionEndpoint,
        @JsonProperty("revocation_endpoint") String revocationEndpoint,
        @JsonProperty("grant_types_supported") List<String> grantTypesSupported,
        @JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethodsSupported,
        @JsonProperty("introspection_endpoint_auth_methods_supported") List<String> introspectionEndpointAuthMethodsSupported,
        @JsonProperty("revocation_endpoint_auth_methods_supported") List<String> revocationEndpointAuthMethodsSupported
) {
    public OpenIdConfiguration {
        Objects.requireNonNull(issuer, "OpenIdConfiguration.issuer is required");
        Objects.requireNonNull(jwksUri, "OpenIdConfiguration.jwksUri is required");
        Objects.requireNonNull(tokenEndpoint, "OpenIdConfiguration.tokenEndpoint is required");
        Objects.requireNonNull(introspectionEndpoint, "OpenIdConfiguration.introspectionEndpoint is required");
        Objects.requireNonNull(revocationEndpoint, "OpenIdConfiguration.revocationEndpoint is required");
        Objects.requireNonNull(grantTypesSupported, "OpenIdConfiguration.grantTypesSupported is required");
        Objects.requireNonNull(tokenEndpointAuthMethodsSupported, "OpenIdConfiguration.tokenEndpointAuthMethodsSupported is required");
        Objects.requireNonNull(introspectionEndpointAuthMethodsSupported, "OpenIdConfiguration.introspectionEndpointAuthMethodsSupported is required");
        Objects.requireNonNull(revocationEndpointAuthMethodsSupported, "OpenIdConfiguration.revocationEndpointAuthMethodsSupported is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.issuer = issuer;
        builder.jwksUri = jwksUri;
        builder.tokenEndpoint = tokenEndpoint;
        builder.introspectionEndpoint = introspectionEndpoint;
        builder.revocationEndpoint = revocationEndpoint;
        builder.grantTypesSupported = grantTypesSupported;
        builder.tokenEndpointAuthMethodsSupported = tokenEndpointAuthMethodsSupported;
        builder.introspectionEndpointAuthMethodsSupported = introspectionEndpointAuthMethodsSupported;
        builder.revocationEndpointAuthMethodsSupported = revocationEndpointAuthMethodsSupported;
        return builder;
    }

    /** Builds a {@link OpenIdConfiguration}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String issuer;
        private String jwksUri;
        private String tokenEndpoint;
        private String introspectionEndpoint;
        private String revocationEndpoint;
        private List<String> grantTypesSupported;
        private List<String> tokenEndpointAuthMethodsSupported;
        private List<String> introspectionEndpointAuthMethodsSupported;
        private List<String> revocationEndpointAuthMethodsSupported;

        private Builder() {}

        /**
         * Sets {@code issuer}.
         *
         * @param issuer The tenant's issuer identifier, `{public_url}/t/{slug}`.
         * @return this builder
         */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /**
         * Sets {@code jwks_uri}.
         *
         * @param jwksUri Where the tenant's public signing keys are published.
         * @return this builder
         */
        public Builder jwksUri(String jwksUri) {
            this.jwksUri = jwksUri;
            return this;
        }

        /**
         * Sets {@code token_endpoint}.
         *
         * @param tokenEndpoint RFC 8414 §2.
         * @return this builder
         */
        public Builder tokenEndpoint(String tokenEndpoint) {
            this.tokenEndpoint = tokenEndpoint;
            return this;
        }

        /**
         * Sets {@code introspection_endpoint}.
         *
         * @param introspectionEndpoint RFC 7662.
         * @return this builder
         */
        public Builder introspectionEndpoint(String introspectionEndpoint) {
            this.introspectionEndpoint = introspectionEndpoint;
            return this;
        }

        /**
         * Sets {@code revocation_endpoint}.
         *
         * @param revocationEndpoint RFC 7009.
         * @return this builder
         */
        public Builder revocationEndpoint(String revocationEndpoint) {
            this.revocationEndpoint = revocationEndpoint;
            return this;
        }

        /**
         * Sets {@code grant_types_supported}.
         *
         * @param grantTypesSupported the value
         * @return this builder
         */
        public Builder grantTypesSupported(List<String> grantTypesSupported) {
            this.grantTypesSupported = grantTypesSupported;
            return this;
        }

        /**
         * Sets {@code token_endpoint_auth_methods_supported}.
         *
         * @param tokenEndpointAuthMethodsSupported the value
         * @return this builder
         */
        public Builder tokenEndpointAuthMethodsSupported(List<String> tokenEndpointAuthMethodsSupported) {
            this.tokenEndpointAuthMethodsSupported = tokenEndpointAuthMethodsSupported;
            return this;
        }

        /**
         * Sets {@code introspection_endpoint_auth_methods_supported}.
         *
         * @param introspectionEndpointAuthMethodsSupported the value
         * @return this builder
         */
        public Builder introspectionEndpointAuthMethodsSupported(List<String> introspectionEndpointAuthMethodsSupported) {
            this.introspectionEndpointAuthMethodsSupported = introspectionEndpointAuthMethodsSupported;
            return this;
        }

        /**
         * Sets {@code revocation_endpoint_auth_methods_supported}.
         *
         * @param revocationEndpointAuthMethodsSupported the value
         * @return this builder
         */
        public Builder revocationEndpointAuthMethodsSupported(List<String> revocationEndpointAuthMethodsSupported) {
            this.revocationEndpointAuthMethodsSupported = revocationEndpointAuthMethodsSupported;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link OpenIdConfiguration}
         * @throws NullPointerException when a required field is not set
         */
        public OpenIdConfiguration build() {
            return new OpenIdConfiguration(issuer, jwksUri, tokenEndpoint, introspectionEndpoint, revocationEndpoint, grantTypesSupported, tokenEndpointAuthMethodsSupported, introspectionEndpointAuthMethodsSupported, revocationEndpointAuthMethodsSupported);
        }
    }
}
