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
 * Body of `POST /t/{tenant}/auth/mfa/passkey/verify`.
 *
 * @param mfaToken the {@code mfa_token} field
 * @param ceremonyId the {@code ceremony_id} field
 * @param credential the {@code credential} field
 * @param delivery Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasskeySecondFactorFinish(
        @JsonProperty("mfa_token") String mfaToken,
        @JsonProperty("ceremony_id") String ceremonyId,
        @JsonProperty("credential") Map<String, JsonNode> credential,
        @JsonProperty("delivery") TokenDelivery delivery
) {
    public PasskeySecondFactorFinish {
        Objects.requireNonNull(mfaToken, "PasskeySecondFactorFinish.mfaToken is required");
        Objects.requireNonNull(ceremonyId, "PasskeySecondFactorFinish.ceremonyId is required");
        Objects.requireNonNull(credential, "PasskeySecondFactorFinish.credential is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.mfaToken = mfaToken;
        builder.ceremonyId = ceremonyId;
        builder.credential = credential;
        builder.delivery = delivery;
        return builder;
    }

    /** Builds a {@link PasskeySecondFactorFinish}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String mfaToken;
        private String ceremonyId;
        private Map<String, JsonNode> credential;
        private TokenDelivery delivery;

        private Builder() {}

        /**
         * Sets {@code mfa_token}.
         *
         * @param mfaToken the value
         * @return this builder
         */
        public Builder mfaToken(String mfaToken) {
            this.mfaToken = mfaToken;
            return this;
        }

        /**
         * Sets {@code ceremony_id}.
         *
         * @param ceremonyId the value
         * @return this builder
         */
        public Builder ceremonyId(String ceremonyId) {
            this.ceremonyId = ceremonyId;
            return this;
        }

        /**
         * Sets {@code credential}.
         *
         * @param credential the value
         * @return this builder
         */
        public Builder credential(Map<String, JsonNode> credential) {
            this.credential = credential;
            return this;
        }

        /**
         * Sets {@code delivery}.
         *
         * @param delivery Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder delivery(TokenDelivery delivery) {
            this.delivery = delivery;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link PasskeySecondFactorFinish}
         * @throws NullPointerException when a required field is not set
         */
        public PasskeySecondFactorFinish build() {
            return new PasskeySecondFactorFinish(mfaToken, ceremonyId, credential, delivery);
        }
    }
}
