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
 * A registered client's metadata and credentials (RFC 7591 §3.2.1, RFC 7592 §3).
 *
 * @param clientId the {@code client_id} field
 * @param clientSecret Only in the registration response and only for confidential clients.  Optional: {@code null} when absent.
 * @param clientIdIssuedAt the {@code client_id_issued_at} field
 * @param clientSecretExpiresAt 0: the secret does not expire (present with a secret).  Optional: {@code null} when absent.
 * @param registrationAccessToken Bearer token for the registration management endpoint (RFC 7592), shown once.  Optional: {@code null} when absent.
 * @param registrationClientUri the {@code registration_client_uri} field
 * @param clientName the {@code client_name} field
 * @param redirectUris the {@code redirect_uris} field
 * @param postLogoutRedirectUris the {@code post_logout_redirect_uris} field
 * @param tokenEndpointAuthMethod the {@code token_endpoint_auth_method} field
 * @param grantTypes the {@code grant_types} field
 * @param responseTypes the {@code response_types} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClientRegistrationResponse(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        @JsonProperty("client_id_issued_at") long clientIdIssuedAt,
        @JsonProperty("client_secret_expires_at") Long clientSecretExpiresAt,
        @JsonProperty("registration_access_token") String registrationAccessToken,
        @JsonProperty("registration_client_uri") String registrationClientUri,
        @JsonProperty("client_name") String clientName,
        @JsonProperty("redirect_uris") List<String> redirectUris,
        @JsonProperty("post_logout_redirect_uris") List<String> postLogoutRedirectUris,
        @JsonProperty("token_endpoint_auth_method") String tokenEndpointAuthMethod,
        @JsonProperty("grant_types") List<String> grantTypes,
        @JsonProperty("response_types") List<String> responseTypes
) {
    public ClientRegistrationResponse {
        Objects.requireNonNull(clientId, "ClientRegistrationResponse.clientId is required");
        Objects.requireNonNull(registrationClientUri, "ClientRegistrationResponse.registrationClientUri is required");
        Objects.requireNonNull(clientName, "ClientRegistrationResponse.clientName is required");
        Objects.requireNonNull(redirectUris, "ClientRegistrationResponse.redirectUris is required");
        Objects.requireNonNull(postLogoutRedirectUris, "ClientRegistrationResponse.postLogoutRedirectUris is required");
        Objects.requireNonNull(tokenEndpointAuthMethod, "ClientRegistrationResponse.tokenEndpointAuthMethod is required");
        Objects.requireNonNull(grantTypes, "ClientRegistrationResponse.grantTypes is required");
        Objects.requireNonNull(responseTypes, "ClientRegistrationResponse.responseTypes is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.clientId = clientId;
        builder.clientSecret = clientSecret;
        builder.clientIdIssuedAt = clientIdIssuedAt;
        builder.clientSecretExpiresAt = clientSecretExpiresAt;
        builder.registrationAccessToken = registrationAccessToken;
        builder.registrationClientUri = registrationClientUri;
        builder.clientName = clientName;
        builder.redirectUris = redirectUris;
        builder.postLogoutRedirectUris = postLogoutRedirectUris;
        builder.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
        builder.grantTypes = grantTypes;
        builder.responseTypes = responseTypes;
        return builder;
    }

    /** Builds a {@link ClientRegistrationResponse}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String clientId;
        private String clientSecret;
        private Long clientIdIssuedAt;
        private Long clientSecretExpiresAt;
        private String registrationAccessToken;
        private String registrationClientUri;
        private String clientName;
        private List<String> redirectUris;
        private List<String> postLogoutRedirectUris;
        private String tokenEndpointAuthMethod;
        private List<String> grantTypes;
        private List<String> responseTypes;

        private Builder() {}

        /**
         * Sets {@code client_id}.
         *
         * @param clientId the value
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets {@code client_secret}.
         *
         * @param clientSecret Only in the registration response and only for confidential clients.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Sets {@code client_id_issued_at}.
         *
         * @param clientIdIssuedAt the value
         * @return this builder
         */
        public Builder clientIdIssuedAt(Long clientIdIssuedAt) {
            this.clientIdIssuedAt = clientIdIssuedAt;
            return this;
        }

        /**
         * Sets {@code client_secret_expires_at}.
         *
         * @param clientSecretExpiresAt 0: the secret does not expire (present with a secret).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientSecretExpiresAt(Long clientSecretExpiresAt) {
            this.clientSecretExpiresAt = clientSecretExpiresAt;
            return this;
        }

        /**
         * Sets {@code registration_access_token}.
         *
         * @param registrationAccessToken Bearer token for the registration management endpoint (RFC 7592), shown once.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder registrationAccessToken(String registrationAccessToken) {
            this.registrationAccessToken = registrationAccessToken;
            return this;
        }

        /**
         * Sets {@code registration_client_uri}.
         *
         * @param registrationClientUri the value
         * @return this builder
         */
        public Builder registrationClientUri(String registrationClientUri) {
            this.registrationClientUri = registrationClientUri;
            return this;
        }

        /**
         * Sets {@code client_name}.
         *
         * @param clientName the value
         * @return this builder
         */
        public Builder clientName(String clientName) {
            this.clientName = clientName;
            return this;
        }

        /**
         * Sets {@code redirect_uris}.
         *
         * @param redirectUris the value
         * @return this builder
         */
        public Builder redirectUris(List<String> redirectUris) {
            this.redirectUris = redirectUris;
            return this;
        }

        /**
         * Sets {@code post_logout_redirect_uris}.
         *
         * @param postLogoutRedirectUris the value
         * @return this builder
         */
        public Builder postLogoutRedirectUris(List<String> postLogoutRedirectUris) {
            this.postLogoutRedirectUris = postLogoutRedirectUris;
            return this;
        }

        /**
         * Sets {@code token_endpoint_auth_method}.
         *
         * @param tokenEndpointAuthMethod the value
         * @return this builder
         */
        public Builder tokenEndpointAuthMethod(String tokenEndpointAuthMethod) {
            this.tokenEndpointAuthMethod = tokenEndpointAuthMethod;
            return this;
        }

        /**
         * Sets {@code grant_types}.
         *
         * @param grantTypes the value
         * @return this builder
         */
        public Builder grantTypes(List<String> grantTypes) {
            this.grantTypes = grantTypes;
            return this;
        }

        /**
         * Sets {@code response_types}.
         *
         * @param responseTypes the value
         * @return this builder
         */
        public Builder responseTypes(List<String> responseTypes) {
            this.responseTypes = responseTypes;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ClientRegistrationResponse}
         * @throws NullPointerException when a required field is not set
         */
        public ClientRegistrationResponse build() {
            Objects.requireNonNull(clientIdIssuedAt, "ClientRegistrationResponse.clientIdIssuedAt is required");
            return new ClientRegistrationResponse(clientId, clientSecret, clientIdIssuedAt, clientSecretExpiresAt, registrationAccessToken, registrationClientUri, clientName, redirectUris, postLogoutRedirectUris, tokenEndpointAuthMethod, grantTypes, responseTypes);
        }
    }
}
