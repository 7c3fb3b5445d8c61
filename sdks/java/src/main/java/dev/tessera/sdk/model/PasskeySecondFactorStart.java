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
 * Body of `POST /t/{tenant}/auth/mfa/passkey/options`.
 *
 * @param mfaToken The `mfa_token` of the login answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasskeySecondFactorStart(
        @JsonProperty("mfa_token") String mfaToken
) {
    public PasskeySecondFactorStart {
        Objects.requireNonNull(mfaToken, "PasskeySecondFactorStart.mfaToken is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.mfaToken = mfaToken;
        return builder;
    }

    /** Builds a {@link PasskeySecondFactorStart}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String mfaToken;

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
         * The record.
         *
         * @return a new {@link PasskeySecondFactorStart}
         * @throws NullPointerException when a required field is not set
         */
        public PasskeySecondFactorStart build() {
            return new PasskeySecondFactorStart(mfaToken);
        }
    }
}
