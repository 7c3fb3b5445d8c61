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
 * Body of `POST /t/{tenant}/auth/mfa/verify`: the challenge's token and exactly one of
 * `code` and `recovery_code`.
 *
 * @param mfaToken The `mfa_token` of the login answer.
 * @param code The current six-digit code of the user's authenticator app.  Optional: {@code null} when absent.
 * @param recoveryCode One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens, spaces and case are optional).  Optional: {@code null} when absent.
 * @param delivery Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MfaVerifyRequest(
        @JsonProperty("mfa_token") String mfaToken,
        @JsonProperty("code") String code,
        @JsonProperty("recovery_code") String recoveryCode,
        @JsonProperty("delivery") TokenDelivery delivery
) {
    public MfaVerifyRequest {
        Objects.requireNonNull(mfaToken, "MfaVerifyRequest.mfaToken is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.mfaToken = mfaToken;
        builder.code = code;
        builder.recoveryCode = recoveryCode;
        builder.delivery = delivery;
        return builder;
    }

    /** Builds a {@link MfaVerifyRequest}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String mfaToken;
        private String code;
        private String recoveryCode;
        private TokenDelivery delivery;

        private Builder() {}

        /**
         * Sets {@code mfa_token}.
         *
         * @param mfaToken The `mfa_token` of the login answer.
         * @return this builder
         */
        public Builder mfaToken(String mfaToken) {
            this.mfaToken = mfaToken;
            return this;
        }

        /**
         * Sets {@code code}.
         *
         * @param code The current six-digit code of the user's authenticator app.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets {@code recovery_code}.
         *
         * @param recoveryCode One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens, spaces and case are optional).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder recoveryCode(String recoveryCode) {
            this.recoveryCode = recoveryCode;
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
         * @return a new {@link MfaVerifyRequest}
         * @throws NullPointerException when a required field is not set
         */
        public MfaVerifyRequest build() {
            return new MfaVerifyRequest(mfaToken, code, recoveryCode, delivery);
        }
    }
}
