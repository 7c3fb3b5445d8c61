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
 * @param authorizationEndpoint Where users sign in and grant access (code flow with PKCE only).
 * @param tokenEndpoint RFC 8414 §2.
 * @param userinfoEndpoint OpenID Connect Core §5.3.
 * @param endSessionEndpoint OpenID Connect RP-Initiated Logout 1.0.
 * @param registrationEndpoint RFC 7591; present only when the tenant allows dynamic registration.  Optional: {@code null} when absent.
 * @param introspectionEndpoint RFC 7662.
 * @param revocationEndpoint RFC 7009.
 * @param scopesSupported the {@code scopes_supported} field
 * @param responseTypesSupported the {@code response_types_supported} field
 * @param responseModesSupported the {@code response_modes_supported} field
 * @param grantTypesSupported the {@code grant_types_supported} field
 * @param subjectTypesSupported the {@code subject_types_supported} field
 * @param idTokenSigningAlgValuesSupported the {@code id_token_signing_alg_values_supported} field
 * @param codeChallengeMethodsSupported the {@code code_challenge_methods_supported} field
 * @param promptValuesSupported the {@code prompt_values_supported} field
 * @param claimsSupported the {@code claims_supported} field
 * @param authorizationResponseIssParameterSupported RFC 9207: authorization responses carry `iss`.
 * @param requestParameterSupported the {@code request_parameter_supported} field
 * @param requestUriParameterSupported the {@code request_uri_parameter_supported} field
 * @param tokenEndpointAuthMethodsSupported the {@code token_endpoint_auth_methods_supported} field
 * @param tokenEndpointAuthSigningAlgValuesSupported Algorithms `private_key_jwt` assertions may be signed with.
 * @param introspectionEndpointAuthMethodsSupported the {@code introspection_endpoint_auth_methods_supported} field
 * @param revocationEndpointAuthMethodsSupported the {@code revocation_endpoint_auth_methods_supported} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenIdConfiguration(
        @JsonProperty("issuer") String issuer,
        @JsonProperty("jwks_uri") String jwksUri,
        @JsonProperty("authorization_endpoint") String authorizationEndpoint,
        @JsonProperty("token_endpoint") String tokenEndpoint,
        @JsonProperty("userinfo_endpoint") String userinfoEndpoint,
        @JsonProperty("end_session_endpoint") String endSessionEndpoint,
        @JsonProperty("registration_endpoint") String registrationEndpoint,
        @JsonProperty("introspection_endpoint") String introspectionEndpoint,
        @JsonProperty("revocation_endpoint") String revocationEndpoint,
        @JsonProperty("scopes_supported") List<String> scopesSupported,
        @JsonProperty("response_types_supported") List<String> responseTypesSupported,
        @JsonProperty("response_modes_supported") List<String> responseModesSupported,
        @JsonProperty("grant_types_supported") List<String> grantTypesSupported,
        @JsonProperty("subject_types_supported") List<String> subjectTypesSupported,
        @JsonProperty("id_token_signing_alg_values_supported") List<String> idTokenSigningAlgValuesSupported,
        @JsonProperty("code_challenge_methods_supported") List<String> codeChallengeMethodsSupported,
        @JsonProperty("prompt_values_supported") List<String> promptValuesSupported,
        @JsonProperty("claims_supported") List<String> claimsSupported,
        @JsonProperty("authorization_response_iss_parameter_supported") boolean authorizationResponseIssParameterSupported,
        @JsonProperty("request_parameter_supported") boolean requestParameterSupported,
        @JsonProperty("request_uri_parameter_supported") boolean requestUriParameterSupported,
        @JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethodsSupported,
        @JsonProperty("token_endpoint_auth_signing_alg_values_supported") List<String> tokenEndpointAuthSigningAlgValuesSupported,
        @JsonProperty("introspection_endpoint_auth_methods_supported") List<String> introspectionEndpointAuthMethodsSupported,
        @JsonProperty("revocation_endpoint_auth_methods_supported") List<String> revocationEndpointAuthMethodsSupported
) {
    public OpenIdConfiguration {
        Objects.requireNonNull(issuer, "OpenIdConfiguration.issuer is required");
        Objects.requireNonNull(jwksUri, "OpenIdConfiguration.jwksUri is required");
        Objects.requireNonNull(authorizationEndpoint, "OpenIdConfiguration.authorizationEndpoint is required");
        Objects.requireNonNull(tokenEndpoint, "OpenIdConfiguration.tokenEndpoint is required");
        Objects.requireNonNull(userinfoEndpoint, "OpenIdConfiguration.userinfoEndpoint is required");
        Objects.requireNonNull(endSessionEndpoint, "OpenIdConfiguration.endSessionEndpoint is required");
        Objects.requireNonNull(introspectionEndpoint, "OpenIdConfiguration.introspectionEndpoint is required");
        Objects.requireNonNull(revocationEndpoint, "OpenIdConfiguration.revocationEndpoint is required");
        Objects.requireNonNull(scopesSupported, "OpenIdConfiguration.scopesSupported is required");
        Objects.requireNonNull(responseTypesSupported, "OpenIdConfiguration.responseTypesSupported is required");
        Objects.requireNonNull(responseModesSupported, "OpenIdConfiguration.responseModesSupported is required");
        Objects.requireNonNull(grantTypesSupported, "OpenIdConfiguration.grantTypesSupported is required");
        Objects.requireNonNull(subjectTypesSupported, "OpenIdConfiguration.subjectTypesSupported is required");
        Objects.requireNonNull(idTokenSigningAlgValuesSupported, "OpenIdConfiguration.idTokenSigningAlgValuesSupported is required");
        Objects.requireNonNull(codeChallengeMethodsSupported, "OpenIdConfiguration.codeChallengeMethodsSupported is required");
        Objects.requireNonNull(promptValuesSupported, "OpenIdConfiguration.promptValuesSupported is required");
        Objects.requireNonNull(claimsSupported, "OpenIdConfiguration.claimsSupported is required");
        Objects.requireNonNull(tokenEndpointAuthMethodsSupported, "OpenIdConfiguration.tokenEndpointAuthMethodsSupported is required");
        Objects.requireNonNull(tokenEndpointAuthSigningAlgValuesSupported, "OpenIdConfiguration.tokenEndpointAuthSigningAlgValuesSupported is required");
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
        builder.authorizationEndpoint = authorizationEndpoint;
        builder.tokenEndpoint = tokenEndpoint;
        builder.userinfoEndpoint = userinfoEndpoint;
        builder.endSessionEndpoint = endSessionEndpoint;
        builder.registrationEndpoint = registrationEndpoint;
        builder.introspectionEndpoint = introspectionEndpoint;
        builder.revocationEndpoint = revocationEndpoint;
        builder.scopesSupported = scopesSupported;
        builder.responseTypesSupported = responseTypesSupported;
        builder.responseModesSupported = responseModesSupported;
        builder.grantTypesSupported = grantTypesSupported;
        builder.subjectTypesSupported = subjectTypesSupported;
        builder.idTokenSigningAlgValuesSupported = idTokenSigningAlgValuesSupported;
        builder.codeChallengeMethodsSupported = codeChallengeMethodsSupported;
        builder.promptValuesSupported = promptValuesSupported;
        builder.claimsSupported = claimsSupported;
        builder.authorizationResponseIssParameterSupported = authorizationResponseIssParameterSupported;
        builder.requestParameterSupported = requestParameterSupported;
        builder.requestUriParameterSupported = requestUriParameterSupported;
        builder.tokenEndpointAuthMethodsSupported = tokenEndpointAuthMethodsSupported;
        builder.tokenEndpointAuthSigningAlgValuesSupported = tokenEndpointAuthSigningAlgValuesSupported;
        builder.introspectionEndpointAuthMethodsSupported = introspectionEndpointAuthMethodsSupported;
        builder.revocationEndpointAuthMethodsSupported = revocationEndpointAuthMethodsSupported;
        return builder;
    }

    /** Builds a {@link OpenIdConfiguration}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String issuer;
        private String jwksUri;
        private String authorizationEndpoint;
        private String tokenEndpoint;
        private String userinfoEndpoint;
        private String endSessionEndpoint;
        private String registrationEndpoint;
        private String introspectionEndpoint;
        private String revocationEndpoint;
        private List<String> scopesSupported;
        private List<String> responseTypesSupported;
        private List<String> responseModesSupported;
        private List<String> grantTypesSupported;
        private List<String> subjectTypesSupported;
        private List<String> idTokenSigningAlgValuesSupported;
        private List<String> codeChallengeMethodsSupported;
        private List<String> promptValuesSupported;
        private List<String> claimsSupported;
        private Boolean authorizationResponseIssParameterSupported;
        private Boolean requestParameterSupported;
        private Boolean requestUriParameterSupported;
        private List<String> tokenEndpointAuthMethodsSupported;
        private List<String> tokenEndpointAuthSigningAlgValuesSupported;
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
         * Sets {@code authorization_endpoint}.
         *
         * @param authorizationEndpoint Where users sign in and grant access (code flow with PKCE only).
         * @return this builder
         */
        public Builder authorizationEndpoint(String authorizationEndpoint) {
            this.authorizationEndpoint = authorizationEndpoint;
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
         * Sets {@code userinfo_endpoint}.
         *
         * @param userinfoEndpoint OpenID Connect Core §5.3.
         * @return this builder
         */
        public Builder userinfoEndpoint(String userinfoEndpoint) {
            this.userinfoEndpoint = userinfoEndpoint;
            return this;
        }

        /**
         * Sets {@code end_session_endpoint}.
         *
         * @param endSessionEndpoint OpenID Connect RP-Initiated Logout 1.0.
         * @return this builder
         */
        public Builder endSessionEndpoint(String endSessionEndpoint) {
            this.endSessionEndpoint = endSessionEndpoint;
            return this;
        }

        /**
         * Sets {@code registration_endpoint}.
         *
         * @param registrationEndpoint RFC 7591; present only when the tenant allows dynamic registration.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder registrationEndpoint(String registrationEndpoint) {
            this.registrationEndpoint = registrationEndpoint;
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
         * Sets {@code scopes_supported}.
         *
         * @param scopesSupported the value
         * @return this builder
         */
        public Builder scopesSupported(List<String> scopesSupported) {
            this.scopesSupported = scopesSupported;
            return this;
        }

        /**
         * Sets {@code response_types_supported}.
         *
         * @param responseTypesSupported the value
         * @return this builder
         */
        public Builder responseTypesSupported(List<String> responseTypesSupported) {
            this.responseTypesSupported = responseTypesSupported;
            return this;
        }

        /**
         * Sets {@code response_modes_supported}.
         *
         * @param responseModesSupported the value
         * @return this builder
         */
        public Builder responseModesSupported(List<String> responseModesSupported) {
            this.responseModesSupported = responseModesSupported;
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
         * Sets {@code subject_types_supported}.
         *
         * @param subjectTypesSupported the value
         * @return this builder
         */
        public Builder subjectTypesSupported(List<String> subjectTypesSupported) {
            this.subjectTypesSupported = subjectTypesSupported;
            return this;
        }

        /**
         * Sets {@code id_token_signing_alg_values_supported}.
         *
         * @param idTokenSigningAlgValuesSupported the value
         * @return this builder
         */
        public Builder idTokenSigningAlgValuesSupported(List<String> idTokenSigningAlgValuesSupported) {
            this.idTokenSigningAlgValuesSupported = idTokenSigningAlgValuesSupported;
            return this;
        }

        /**
         * Sets {@code code_challenge_methods_supported}.
         *
         * @param codeChallengeMethodsSupported the value
         * @return this builder
         */
        public Builder codeChallengeMethodsSupported(List<String> codeChallengeMethodsSupported) {
            this.codeChallengeMethodsSupported = codeChallengeMethodsSupported;
            return this;
        }

        /**
         * Sets {@code prompt_values_supported}.
         *
         * @param promptValuesSupported the value
         * @return this builder
         */
        public Builder promptValuesSupported(List<String> promptValuesSupported) {
            this.promptValuesSupported = promptValuesSupported;
            return this;
        }

        /**
         * Sets {@code claims_supported}.
         *
         * @param claimsSupported the value
         * @return this builder
         */
        public Builder claimsSupported(List<String> claimsSupported) {
            this.claimsSupported = claimsSupported;
            return this;
        }

        /**
         * Sets {@code authorization_response_iss_parameter_supported}.
         *
         * @param authorizationResponseIssParameterSupported RFC 9207: authorization responses carry `iss`.
         * @return this builder
         */
        public Builder authorizationResponseIssParameterSupported(Boolean authorizationResponseIssParameterSupported) {
            this.authorizationResponseIssParameterSupported = authorizationResponseIssParameterSupported;
            return this;
        }

        /**
         * Sets {@code request_parameter_supported}.
         *
         * @param requestParameterSupported the value
         * @return this builder
         */
        public Builder requestParameterSupported(Boolean requestParameterSupported) {
            this.requestParameterSupported = requestParameterSupported;
            return this;
        }

        /**
         * Sets {@code request_uri_parameter_supported}.
         *
         * @param requestUriParameterSupported the value
         * @return this builder
         */
        public Builder requestUriParameterSupported(Boolean requestUriParameterSupported) {
            this.requestUriParameterSupported = requestUriParameterSupported;
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
         * Sets {@code token_endpoint_auth_signing_alg_values_supported}.
         *
         * @param tokenEndpointAuthSigningAlgValuesSupported Algorithms `private_key_jwt` assertions may be signed with.
         * @return this builder
         */
        public Builder tokenEndpointAuthSigningAlgValuesSupported(List<String> tokenEndpointAuthSigningAlgValuesSupported) {
            this.tokenEndpointAuthSigningAlgValuesSupported = tokenEndpointAuthSigningAlgValuesSupported;
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
            Objects.requireNonNull(authorizationResponseIssParameterSupported, "OpenIdConfiguration.authorizationResponseIssParameterSupported is required");
            Objects.requireNonNull(requestParameterSupported, "OpenIdConfiguration.requestParameterSupported is required");
            Objects.requireNonNull(requestUriParameterSupported, "OpenIdConfiguration.requestUriParameterSupported is required");
            return new OpenIdConfiguration(issuer, jwksUri, authorizationEndpoint, tokenEndpoint, userinfoEndpoint, endSessionEndpoint, registrationEndpoint, introspectionEndpoint, revocationEndpoint, scopesSupported, responseTypesSupported, responseModesSupported, grantTypesSupported, subjectTypesSupported, idTokenSigningAlgValuesSupported, codeChallengeMethodsSupported, promptValuesSupported, claimsSupported, authorizationResponseIssParameterSupported, requestParameterSupported, requestUriParameterSupported, tokenEndpointAuthMethodsSupported, tokenEndpointAuthSigningAlgValuesSupported, introspectionEndpointAuthMethodsSupported, revocationEndpointAuthMethodsSupported);
        }
    }
}
