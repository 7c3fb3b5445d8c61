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
 * Client metadata of a registration request (RFC 7591 §2). Unknown members are ignored,
 * as §2 requires.
 *
 * @param redirectUris Optional: {@code null} when absent.
 * @param tokenEndpointAuthMethod `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a public client (PKCE, no secret), as MCP clients register.  Optional: {@code null} when absent.
 * @param grantTypes `authorization_code` and `refresh_token` (the default is `authorization_code`).  Optional: {@code null} when absent.
 * @param responseTypes `code` only.  Optional: {@code null} when absent.
 * @param clientName Optional: {@code null} when absent.
 * @param scope Space-separated scopes the client will use (informational).  Optional: {@code null} when absent.
 * @param postLogoutRedirectUris Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientRegistrationRequest(
        @JsonProperty("redirect_uris") List<String> redirectUris,
        @JsonProperty("token_endpoint_auth_method") String tokenEndpointAuthMethod,
        @JsonProperty("grant_types") List<String> grantTypes,
        @JsonProperty("response_types") List<String> responseTypes,
        @JsonProperty("client_name") String clientName,
        @JsonProperty("scope") String scope,
        @JsonProperty("post_logout_redirect_uris") List<String> postLogoutRedirectUris
) {
    public ClientRegistrationRequest {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.redirectUris = redirectUris;
        builder.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
        builder.grantTypes = grantTypes;
        builder.responseTypes = responseTypes;
        builder.clientName = clientName;
        builder.scope = scope;
        builder.postLogoutRedirectUris = postLogoutRedirectUris;
        return builder;
    }

    /** Builds a {@link ClientRegistrationRequest}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private List<String> redirectUris;
        private String tokenEndpointAuthMethod;
        private List<String> grantTypes;
        private List<String> responseTypes;
        private String clientName;
        private String scope;
        private List<String> postLogoutRedirectUris;

        private Builder() {}

        /**
         * Sets {@code redirect_uris}.
         *
         * @param redirectUris Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder redirectUris(List<String> redirectUris) {
            this.redirectUris = redirectUris;
            return this;
        }

        /**
         * Sets {@code token_endpoint_auth_method}.
         *
         * @param tokenEndpointAuthMethod `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a public client (PKCE, no secret), as MCP clients register.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder tokenEndpointAuthMethod(String tokenEndpointAuthMethod) {
            this.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
            return this;
        }

        /**
         * Sets {@code grant_types}.
         *
         * @param grantTypes `authorization_code` and `refresh_token` (the default is `authorization_code`).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder grantTypes(List<String> grantTypes) {
            this.grantTypes = grantTypes;
            return this;
        }

        /**
         * Sets {@code response_types}.
         *
         * @param responseTypes `code` only.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder responseTypes(List<String> responseTypes) {
            this.responseTypes = responseTypes;
            return this;
        }

        /**
         * Sets {@code client_name}.
         *
         * @param clientName Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientName(String clientName) {
            this.clientName = clientName;
            return this;
        }

        /**
         * Sets {@code scope}.
         *
         * @param scope Space-separated scopes the client will use (informational).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Sets {@code post_logout_redirect_uris}.
         *
         * @param postLogoutRedirectUris Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder postLogoutRedirectUris(List<String> postLogoutRedirectUris) {
            this.postLogoutRedirectUris = postLogoutRedirectUris;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ClientRegistrationRequest}
         * @throws NullPointerException when a required field is not set
         */
        public ClientRegistrationRequest build() {
            return new ClientRegistrationRequest(redirectUris, tokenEndpointAuthMethod, grantTypes, responseTypes, clientName, scope, postLogoutRedirectUris);
        }
    }
}
