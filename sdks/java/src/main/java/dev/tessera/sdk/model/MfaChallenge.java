// generated from spec/openapi.yaml by tessera-codegen, do not edit
package dev.tessera.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a correct password when the account has a second factor: no session yet,
 * but a token to complete the sign-in with at `POST /t/{tenant}/auth/mfa/verify`.
 *
 * @param mfaRequired Always `true`; tells this answer apart from session tokens.
 * @param mfaToken `tsm_…`: opaque, valid for `expires_in` seconds, spent by the first successful verification. Wrong codes do not spend it, but count towards the account's lockout.
 * @param factors The factors the user can complete the sign-in with.
 * @param expiresIn Seconds until `mfa_token` expires.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record MfaChallenge(
        @JsonProperty("mfa_required") boolean mfaRequired,
        @JsonProperty("mfa_token") String mfaToken,
        @JsonProperty("factors") List<MfaFactor> factors,
        @JsonProperty("expires_in") long expiresIn
) implements LoginResponse {
    public MfaChallenge {
        Objects.requireNonNull(mfaToken, "MfaChallenge.mfaToken is required");
        Objects.requireNonNull(factors, "MfaChallenge.factors is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.mfaRequired = mfaRequired;
        builder.mfaToken = mfaToken;
        builder.factors = factors;
        builder.expiresIn = expiresIn;
        return builder;
    }

    /** Builds a {@link MfaChallenge}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Boolean mfaRequired;
        private String mfaToken;
        private List<MfaFactor> factors;
        private Long expiresIn;

        private Builder() {}

        /**
         * Sets {@code mfa_required}.
         *
         * @param mfaRequired Always `true`; tells this answer apart from session tokens.
         * @return this builder
         */
        public Builder mfaRequired(Boolean mfaRequired) {
            this.mfaRequired = mfaRequired;
            return this;
        }

        /**
         * Sets {@code mfa_token}.
         *
         * @param mfaToken `tsm_…`: opaque, valid for `expires_in` seconds, spent by the first successful verification. Wrong codes do not spend it, but count towards the account's lockout.
         * @return this builder
         */
        public Builder mfaToken(String mfaToken) {
            this.mfaToken = mfaToken;
            return this;
        }

        /**
         * Sets {@code factors}.
         *
         * @param factors The factors the user can complete the sign-in with.
         * @return this builder
         */
        public Builder factors(List<MfaFactor> factors) {
            this.factors = factors;
            return this;
        }

        /**
         * Sets {@code expires_in}.
         *
         * @param expiresIn Seconds until `mfa_token` expires.
         * @return this builder
         */
        public Builder expiresIn(Long expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link MfaChallenge}
         * @throws NullPointerException when a required field is not set
         */
        public MfaChallenge build() {
            Objects.requireNonNull(mfaRequired, "MfaChallenge.mfaRequired is required");
            Objects.requireNonNull(expiresIn, "MfaChallenge.expiresIn is required");
            return new MfaChallenge(mfaRequired, mfaToken, factors, expiresIn);
        }
    }
}
