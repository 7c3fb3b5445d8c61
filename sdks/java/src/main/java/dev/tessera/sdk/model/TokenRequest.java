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
 * Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.1.3,
 * §4.4.2 and §6).
 *
 * @param grantType `authorization_code`, `refresh_token` or `client_credentials`.
 * @param code With `authorization_code`: the code the authorization endpoint returned.  Optional: {@code null} when absent.
 * @param redirectUri With `authorization_code`: the `redirect_uri` of the authorization request.  Optional: {@code null} when absent.
 * @param codeVerifier With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).  Optional: {@code null} when absent.
 * @param refreshToken With `refresh_token`: the refresh token to spend.  Optional: {@code null} when absent.
 * @param scope Space-separated scopes; all the client's scopes when omitted.  Optional: {@code null} when absent.
 * @param resource RFC 8707 resource indicator: the API the token is for (becomes `aud`).  Optional: {@code null} when absent.
 * @param audience Auth0-style synonym of `resource`.  Optional: {@code null} when absent.
 * @param clientId With `client_secret_post`.  Optional: {@code null} when absent.
 * @param clientSecret With `client_secret_post`.  Optional: {@code null} when absent.
 * @param clientAssertionType With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.  Optional: {@code null} when absent.
 * @param clientAssertion With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenRequest(
        @JsonProperty("grant_type") String grantType,
        @JsonProperty("code") String code,
        @JsonProperty("redirect_uri") String redirectUri,
        @JsonProperty("code_verifier") String codeVerifier,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("scope") String scope,
        @JsonProperty("resource") String resource,
        @JsonProperty("audience") String audience,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        @JsonProperty("client_assertion_type") String clientAssertionType,
        @JsonProperty("client_assertion") String clientAssertion
) {
    public TokenRequest {
        Objects.requireNonNull(grantType, "TokenRequest.grantType is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.grantType = grantType;
        builder.code = code;
        builder.redirectUri = redirectUri;
        builder.codeVerifier = codeVerifier;
        builder.refreshToken = refreshToken;
        builder.scope = scope;
        builder.resource = resource;
        builder.audience = audience;
        builder.clientId = clientId;
        builder.clientSecret = clientSecret;
        builder.clientAssertionType = clientAssertionType;
        builder.clientAssertion = clientAssertion;
        return builder;
    }

    /** Builds a {@link TokenRequest}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String grantType;
        private String code;
        private String redirectUri;
        private String codeVerifier;
        private String refreshToken;
        private String scope;
        private String resource;
        private String audience;
        private String clientId;
        private String clientSecret;
        private String clientAssertionType;
        private String clientAssertion;

        private Builder() {}

        /**
         * Sets {@code grant_type}.
         *
         * @param grantType `authorization_code`, `refresh_token` or `client_credentials`.
         * @return this builder
         */
        public Builder grantType(String grantType) {
            this.grantType = grantType;
            return this;
        }

        /**
         * Sets {@code code}.
         *
         * @param code With `authorization_code`: the code the authorization endpoint returned.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets {@code redirect_uri}.
         *
         * @param redirectUri With `authorization_code`: the `redirect_uri` of the authorization request.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder redirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
            return this;
        }

        /**
         * Sets {@code code_verifier}.
         *
         * @param codeVerifier With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder codeVerifier(String codeVerifier) {
            this.codeVerifier = codeVerifier;
            return this;
        }

        /**
         * Sets {@code refresh_token}.
         *
         * @param refreshToken With `refresh_token`: the refresh token to spend.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /**
         * Sets {@code scope}.
         *
         * @param scope Space-separated scopes; all the client's scopes when omitted.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Sets {@code resource}.
         *
         * @param resource RFC 8707 resource indicator: the API the token is for (becomes `aud`).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

        /**
         * Sets {@code audience}.
         *
         * @param audience Auth0-style synonym of `resource`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /**
         * Sets {@code client_id}.
         *
         * @param clientId With `client_secret_post`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets {@code client_secret}.
         *
         * @param clientSecret With `client_secret_post`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Sets {@code client_assertion_type}.
         *
         * @param clientAssertionType With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientAssertionType(String clientAssertionType) {
            this.clientAssertionType = clientAssertionType;
            return this;
        }

        /**
         * Sets {@code client_assertion}.
         *
         * @param clientAssertion With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder clientAssertion(String clientAssertion) {
            this.clientAssertion = clientAssertion;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link TokenRequest}
         * @throws NullPointerException when a required field is not set
         */
        public TokenRequest build() {
            return new TokenRequest(grantType, code, redirectUri, codeVerifier, refreshToken, scope, resource, audience, clientId, clientSecret, clientAssertionType, clientAssertion);
        }
    }
}
