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
 * Body of `PUT /v1/tenants/{tenant}/webauthn-settings`; omitted fields return to defaults.
 *
 * @param rpId Optional: {@code null} when absent.
 * @param rpName Optional: {@code null} when absent.
 * @param origins Optional: {@code null} when absent.
 * @param attestation Optional: {@code null} when absent.
 * @param allowedFormats Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateWebauthnSettings(
        @JsonProperty("rp_id") String rpId,
        @JsonProperty("rp_name") String rpName,
        @JsonProperty("origins") List<String> origins,
        @JsonProperty("attestation") AttestationConveyance attestation,
        @JsonProperty("allowed_formats") List<String> allowedFormats
) {
    public UpdateWebauthnSettings {
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
        return builder;
    }

    /** Builds a {@link UpdateWebauthnSettings}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String rpId;
        private String rpName;
        private List<String> origins;
        private AttestationConveyance attestation;
        private List<String> allowedFormats;

        private Builder() {}

        /**
         * Sets {@code rp_id}.
         *
         * @param rpId Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder rpId(String rpId) {
            this.rpId = rpId;
            return this;
        }

        /**
         * Sets {@code rp_name}.
         *
         * @param rpName Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder rpName(String rpName) {
            this.rpName = rpName;
            return this;
        }

        /**
         * Sets {@code origins}.
         *
         * @param origins Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder origins(List<String> origins) {
            this.origins = origins;
            return this;
        }

        /**
         * Sets {@code attestation}.
         *
         * @param attestation Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder attestation(AttestationConveyance attestation) {
            this.attestation = attestation;
            return this;
        }

        /**
         * Sets {@code allowed_formats}.
         *
         * @param allowedFormats Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder allowedFormats(List<String> allowedFormats) {
            this.allowedFormats = allowedFormats;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UpdateWebauthnSettings}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateWebauthnSettings build() {
            return new UpdateWebauthnSettings(rpId, rpName, origins, attestation, allowedFormats);
        }
    }
}
