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
 * @param grantTypes Defaults to `["client_credentials"]` for confidential clients.  Optional: {@code null} when absent.
 * @param scopes Optional: {@code null} when absent.
 * @param audiences Optional: {@code null} when absent.
 * @param accessTokenTtl 60 to the server's `max_token_lifetime` seconds (default 3600).  Optional: {@code null} when absent.
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
        @JsonProperty("access_token_ttl") Long accessTokenTtl
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
         * @param grantTypes Defaults to `["client_credentials"]` for confidential clients.  Optional: {@code null} when absent.
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
         * The record.
         *
         * @return a new {@link CreateClient}
         * @throws NullPointerException when a required field is not set
         */
        public CreateClient build() {
            return new CreateClient(name, clientType, tokenEndpointAuthMethod, grantTypes, scopes, audiences, accessTokenTtl);
        }
    }
}
