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
 * A tenant's passkey settings. Absent fields take the defaults shown by `GET`.
 *
 * @param rpId The relying-party ID: a registrable domain suffix of every origin. Defaults to the host of the server's public URL (`localhost` works; an IP address is not a valid RP ID).
 * @param rpName The name authenticators may show. Defaults to the tenant's name.
 * @param origins Origins that may run ceremonies. Defaults to the origin of the public URL.
 * @param attestation the {@code attestation} field
 * @param allowedFormats Attestation statement formats accepted at registration (`none`, `packed`, `tpm`, `android-key`, `android-safetynet`, `fido-u2f`, `apple`); empty: any.
 * @param userVerification Always `required`: a passkey must verify its user (PIN or biometrics), so a passkey sign-in is multi-factor on its own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebauthnSettings(
        @JsonProperty("rp_id") String rpId,
        @JsonProperty("rp_name") String rpName,
        @JsonProperty("origins") List<String> origins,
        @JsonProperty("attestation") AttestationConveyance attestation,
        @JsonProperty("allowed_formats") List<String> allowedFormats,
        @JsonProperty("user_verification") String userVerification
) {
    public WebauthnSettings {
        Objects.requireNonNull(rpId, "WebauthnSettings.rpId is required");
        Objects.requireNonNull(rpName, "WebauthnSettings.rpName is required");
        Objects.requireNonNull(origins, "WebauthnSettings.origins is required");
        Objects.requireNonNull(attestation, "WebauthnSettings.attestation is required");
        Objects.requireNonNull(allowedFormats, "WebauthnSettings.allowedFormats is required");
        Objects.requireNonNull(userVerification, "WebauthnSettings.userVerification is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.rpId = rpId;
        builder.rpName = rpName;
        builder.origins = origins;
        builder.attestation = attestation;
        builder.allowedFormats = allowedFormats;
        builder.userVerification = userVerification;
        return builder;
    }

    /** Builds a {@link WebauthnSettings}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String rpId;
        private String rpName;
        private List<String> origins;
        private AttestationConveyance attestation;
        private List<String> allowedFormats;
        private String userVerification;

        private Builder() {}

        /**
         * Sets {@code rp_id}.
         *
         * @param rpId The relying-party ID: a registrable domain suffix of every origin. Defaults to the host of the server's public URL (`localhost` works; an IP address is not a valid RP ID).
         * @return this builder
         */
        public Builder rpId(String rpId) {
            this.rpId = rpId;
            return this;
        }

        /**
         * Sets {@code rp_name}.
         *
         * @param rpName The name authenticators may show. Defaults to the tenant's name.
         * @return this builder
         */
        public Builder rpName(String rpName) {
            this.rpName = rpName;
            return this;
        }

        /**
         * Sets {@code origins}.
         *
         * @param origins Origins that may run ceremonies. Defaults to the origin of the public URL.
         * @return this builder
         */
        public Builder origins(List<String> origins) {
            this.origins = origins;
            return this;
        }

        /**
         * Sets {@code attestation}.
         *
         * @param attestation the value
         * @return this builder
         */
        public Builder attestation(AttestationConveyance attestation) {
            this.attestation = attestation;
            return this;
        }

        /**
         * Sets {@code allowed_formats}.
         *
         * @param allowedFormats Attestation statement formats accepted at registration (`none`, `packed`, `tpm`, `android-key`, `android-safetynet`, `fido-u2f`, `apple`); empty: any.
         * @return this builder
         */
        public Builder allowedFormats(List<String> allowedFormats) {
            this.allowedFormats = allowedFormats;
            return this;
        }

        /**
         * Sets {@code user_verification}.
         *
         * @param userVerification Always `required`: a passkey must verify its user (PIN or biometrics), so a passkey sign-in is multi-factor on its own.
         * @return this builder
         */
        public Builder userVerification(String userVerification) {
            this.userVerification = userVerification;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link WebauthnSettings}
         * @throws NullPointerException when a required field is not set
         */
        public WebauthnSettings build() {
            return new WebauthnSettings(rpId, rpName, origins, attestation, allowedFormats, userVerification);
        }
    }
}
