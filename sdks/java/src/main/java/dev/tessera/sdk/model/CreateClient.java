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
 * Body of `POST /v1/tenants/{tenant}/clients`.
 *
 * @param name the {@code name} field
 * @param clientType `confidential` (the default) or `public`.  Optional: {@code null} when absent.
 * @param tokenEndpointAuthMethod Defaults to `client_secret_basic` for confidential clients and `none` for public ones.  Optional: {@code null} when absent.
 * @param grantTypes Defaults to `["client_credentials"]` for confidential clients without redirect URIs, and `["authorization_code", "refresh_token"]` for clients with redirect URIs.  Optional: {@code null} when absent.
 * @param scopes Optional: {@code null} when absent.
 * @param audiences Optional: {@code null} when absent.
 * @param accessTokenTtl 60 to the server's `max_token_lifetime` seconds (default 3600).  Optional: {@code null} when absent.
 * @param redirectUris Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes of native apps (RFC 8252 §7.1), without fragments; matched exactly.  Optional: {@code null} when absent.
 * @param postLogoutRedirectUris Where RP-initiated logout may return users; same rules as `redirect_uris`.  Optional: {@code null} when absent.
 * @param skipConsent `true` for first-party applications whose users are never asked for consent.  Optional: {@code null} when absent.
 * @param jwks The client's public keys (a JWK set) for `private_key_jwt`.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateClient(
        @JsonProperty("name") String name,
        @JsonProperty("client_type") ClientType clientType,
        @JsonProperty("token_endpoint_auth_method") TokenEndpointAuthMethod tokenEndpointAuthMethod,
        @JsonProperty("grant_types") List<GrantType> grantTypes,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("audiences") List<String> audiences,
        @JsonProperty("access_token_ttl") Long accessTokenTtl,
        @JsonProperty("redirect_uris") List<String> redirectUris,
        @JsonProperty("post_logout_redirect_uris") List<String> postLogoutRedirectUris,
        @JsonProperty("skip_consent") Boolean skipConsent,
        @JsonProperty("jwks") Map<String, JsonNode> jwks
) {
    public CreateClient {
        Objects.requireNonNull(name, "CreateClient.name is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.clientType = clientType;
        builder.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
        builder.grantTypes = grantTypes;
        builder.scopes = scopes;
        builder.audiences = audiences;
        builder.accessTokenTtl = accessTokenTtl;
        builder.redirectUris = redirectUris;
        builder.postLogoutRedirectUris = postLogoutRedirectUris;
        builder.skipConsent = skipConsent;
        builder.jwks = jwks;
        return builder;
    }

    /** Builds a {@link CreateClient}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String name;
        private ClientType clientType;
        private TokenEndpointAuthMethod tokenEndpointAuthMethod;
        private List<GrantType> grantTypes;
        private List<String> scopes;
        private List<String> audiences;
        private Long accessTokenTtl;
        private List<String> redirectUris;
        private List<String> postLogoutRedirectUris;
        private Boolean skipConsent;
        private Map<String, JsonNode> jwks;

        private Builder() {}

        /**
         * Sets {@code name}.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code client_type}.
         *
         * @param clientType `confidential` (the default) or `public`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientType(ClientType clientType) {
            this.clientType = clientType;
            return this;
        }

        /**
         * Sets {@code token_endpoint_auth_method}.
         *
         * @param tokenEndpointAuthMethod Defaults to `client_secret_basic` for confidential clients and `none` for public ones.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder tokenEndpointAuthMethod(TokenEndpointAuthMethod tokenEndpointAuthMethod) {
            this.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
            return this;
        }

        /**
         * Sets {@code grant_types}.
         *
         * @param grantTypes Defaults to `["client_credentials"]` for confidential clients without redirect URIs, and `["authorization_code", "refresh_token"]` for clients with redirect URIs.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder grantTypes(List<GrantType> grantTypes) {
            this.grantTypes = grantTypes;
            return this;
        }

        /**
         * Sets {@code scopes}.
         *
         * @param scopes Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets {@code audiences}.
         *
         * @param audiences Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder audiences(List<String> audiences) {
            this.audiences = audiences;
            return this;
        }

        /**
         * Sets {@code access_token_ttl}.
         *
         * @param accessTokenTtl 60 to the server's `max_token_lifetime` seconds (default 3600).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder accessTokenTtl(Long accessTokenTtl) {
            this.accessTokenTtl = accessTokenTtl;
            return this;
        }

        /**
         * Sets {@code redirect_uris}.
         *
         * @param redirectUris Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes of native apps (RFC 8252 §7.1), without fragments; matched exactly.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder redirectUris(List<String> redirectUris) {
            this.redirectUris = redirectUris;
            return this;
        }

        /**
         * Sets {@code post_logout_redirect_uris}.
         *
         * @param postLogoutRedirectUris Where RP-initiated logout may return users; same rules as `redirect_uris`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder postLogoutRedirectUris(List<String> postLogoutRedirectUris) {
            this.postLogoutRedirectUris = postLogoutRedirectUris;
            return this;
        }

        /**
         * Sets {@code skip_consent}.
         *
         * @param skipConsent `true` for first-party applications whose users are never asked for consent.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder skipConsent(Boolean skipConsent) {
            this.skipConsent = skipConsent;
            return this;
        }

        /**
         * Sets {@code jwks}.
         *
         * @param jwks The client's public keys (a JWK set) for `private_key_jwt`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder jwks(Map<String, JsonNode> jwks) {
            this.jwks = jwks;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link CreateClient}
         * @throws NullPointerException when a required field is not set
         */
        public CreateClient build() {
            return new CreateClient(name, clientType, tokenEndpointAuthMethod, grantTypes, scopes, audiences, accessTokenTtl, redirectUris, postLogoutRedirectUris, skipConsent, jwks);
        }
    }
}
