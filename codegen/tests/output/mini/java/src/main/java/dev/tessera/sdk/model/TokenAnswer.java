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
 * A record of the API.
 *
 * @param accessToken the {@code access_token} field
 * @param expiresIn the {@code expires_in} field
 * @param scope Optional: {@code null} when absent.
 * @param extra Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenAnswer(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("scope") String scope,
        @JsonProperty("extra") Map<String, String> extra
) {
    public TokenAnswer {
        Objects.requireNonNull(accessToken, "TokenAnswer.accessToken is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.accessToken = accessToken;
        builder.expiresIn = expiresIn;
        builder.scope = scope;
        builder.extra = extra;
        return builder;
    }

    /** Builds a {@link TokenAnswer}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String accessToken;
        private Long expiresIn;
        private String scope;
        private Map<String, String> extra;

        private Builder() {}

        /**
         * Sets {@code access_token}.
         *
         * @param accessToken the value
         * @return this builder
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /**
         * Sets {@code expires_in}.
         *
         * @param expiresIn the value
         * @return this builder
         */
        public Builder expiresIn(Long expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * Sets {@code scope}.
         *
         * @param scope Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * Sets {@code extra}.
         *
         * @param extra Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder extra(Map<String, String> extra) {
            this.extra = extra;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link TokenAnswer}
         * @throws NullPointerException when a required field is not set
         */
        public TokenAnswer build() {
            Objects.requireNonNull(expiresIn, "TokenAnswer.expiresIn is required");
            return new TokenAnswer(accessToken, expiresIn, scope, extra);
        }
    }
}
