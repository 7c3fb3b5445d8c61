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
 * A client with its new secret, shown this once.
 *
 * @param id The `client_id` (`cli_…`).
 * @param name the {@code name} field
 * @param clientType the {@code client_type} field
 * @param tokenEndpointAuthMethod the {@code token_endpoint_auth_method} field
 * @param grantTypes the {@code grant_types} field
 * @param scopes Scopes the client may request; tokens carry the granted subset.
 * @param audiences Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
 * @param accessTokenTtl Access-token lifetime in seconds for this client.
 * @param redirectUris Where the authorization endpoint may send users back; matched exactly.
 * @param postLogoutRedirectUris Where RP-initiated logout may send users back; matched exactly.
 * @param skipConsent A first-party application: users are not asked for consent.
 * @param jwks The client's public keys (a JWK set) for `private_key_jwt`.  Optional: {@code null} when absent.
 * @param secrets Live secrets, newest first (hints only; a secret is shown once, when created).
 * @param createdAt the {@code created_at} field
 * @param updatedAt the {@code updated_at} field
 * @param clientSecret The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientWithSecret(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("client_type") ClientType clientType,
        @JsonProperty("token_endpoint_auth_method") TokenEndpointAuthMethod tokenEndpointAuthMethod,
        @JsonProperty("grant_types") List<GrantType> grantTypes,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("audiences") List<String> audiences,
        @JsonProperty("access_token_ttl") long accessTokenTtl,
        @JsonProperty("redirect_uris") List<String> redirectUris,
        @JsonProperty("post_logout_redirect_uris") List<String> postLogoutRedirectUris,
        @JsonProperty("skip_consent") boolean skipConsent,
        @JsonProperty("jwks") Map<String, JsonNode> jwks,
        @JsonProperty("secrets") List<ClientSecretInfo> secrets,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("client_secret") String clientSecret
) {
    public ClientWithSecret {
        Objects.requireNonNull(id, "ClientWithSecret.id is required");
        Objects.requireNonNull(name, "ClientWithSecret.name is required");
        Objects.requireNonNull(clientType, "ClientWithSecret.clientType is required");
        Objects.requireNonNull(tokenEndpointAuthMethod, "ClientWithSecret.tokenEndpointAuthMethod is required");
        Objects.requireNonNull(grantTypes, "ClientWithSecret.grantTypes is required");
        Objects.requireNonNull(scopes, "ClientWithSecret.scopes is required");
        Objects.requireNonNull(audiences, "ClientWithSecret.audiences is required");
        Objects.requireNonNull(redirectUris, "ClientWithSecret.redirectUris is required");
        Objects.requireNonNull(postLogoutRedirectUris, "ClientWithSecret.postLogoutRedirectUris is required");
        Objects.requireNonNull(secrets, "ClientWithSecret.secrets is required");
        Objects.requireNonNull(createdAt, "ClientWithSecret.createdAt is required");
        Objects.requireNonNull(updatedAt, "ClientWithSecret.updatedAt is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
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
        builder.secrets = secrets;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        builder.clientSecret = clientSecret;
        return builder;
    }

    /** Builds a {@link ClientWithSecret}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String id;
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
        private List<ClientSecretInfo> secrets;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;
        private String clientSecret;

        private Builder() {}

        /**
         * Sets {@code id}.
         *
         * @param id The `client_id` (`cli_…`).
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

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
         * @param clientType the value
         * @return this builder
         */
        public Builder clientType(ClientType clientType) {
            this.clientType = clientType;
            return this;
        }

        /**
         * Sets {@code token_endpoint_auth_method}.
         *
         * @param tokenEndpointAuthMethod the value
         * @return this builder
         */
        public Builder tokenEndpointAuthMethod(TokenEndpointAuthMethod tokenEndpointAuthMethod) {
            this.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
            return this;
        }

        /**
         * Sets {@code grant_types}.
         *
         * @param grantTypes the value
         * @return this builder
         */
        public Builder grantTypes(List<GrantType> grantTypes) {
            this.grantTypes = grantTypes;
            return this;
        }

        /**
         * Sets {@code scopes}.
         *
         * @param scopes Scopes the client may request; tokens carry the granted subset.
         * @return this builder
         */
        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets {@code audiences}.
         *
         * @param audiences Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
         * @return this builder
         */
        public Builder audiences(List<String> audiences) {
            this.audiences = audiences;
            return this;
        }

        /**
         * Sets {@code access_token_ttl}.
         *
         * @param accessTokenTtl Access-token lifetime in seconds for this client.
         * @return this builder
         */
        public Builder accessTokenTtl(Long accessTokenTtl) {
            this.accessTokenTtl = accessTokenTtl;
            return this;
        }

        /**
         * Sets {@code redirect_uris}.
         *
         * @param redirectUris Where the authorization endpoint may send users back; matched exactly.
         * @return this builder
         */
        public Builder redirectUris(List<String> redirectUris) {
            this.redirectUris = redirectUris;
            return this;
        }

        /**
         * Sets {@code post_logout_redirect_uris}.
         *
         * @param postLogoutRedirectUris Where RP-initiated logout may send users back; matched exactly.
         * @return this builder
         */
        public Builder postLogoutRedirectUris(List<String> postLogoutRedirectUris) {
            this.postLogoutRedirectUris = postLogoutRedirectUris;
            return this;
        }

        /**
         * Sets {@code skip_consent}.
         *
         * @param skipConsent A first-party application: users are not asked for consent.
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
         * Sets {@code secrets}.
         *
         * @param secrets Live secrets, newest first (hints only; a secret is shown once, when created).
         * @return this builder
         */
        public Builder secrets(List<ClientSecretInfo> secrets) {
            this.secrets = secrets;
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
         * Sets {@code client_secret}.
         *
         * @param clientSecret The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ClientWithSecret}
         * @throws NullPointerException when a required field is not set
         */
        public ClientWithSecret build() {
            Objects.requireNonNull(accessTokenTtl, "ClientWithSecret.accessTokenTtl is required");
            Objects.requireNonNull(skipConsent, "ClientWithSecret.skipConsent is required");
            return new ClientWithSecret(id, name, clientType, tokenEndpointAuthMethod, grantTypes, scopes, audiences, accessTokenTtl, redirectUris, postLogoutRedirectUris, skipConsent, jwks, secrets, createdAt, updatedAt, clientSecret);
        }
    }
}
