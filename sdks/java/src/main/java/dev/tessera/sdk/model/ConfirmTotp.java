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
 * Body of the TOTP confirmation: a code the authenticator shows now.
 *
 * @param code the {@code code} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmTotp(
        @JsonProperty("code") String code
) {
    public ConfirmTotp {
        Objects.requireNonNull(code, "ConfirmTotp.code is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.code = code;
        return builder;
    }

    /** Builds a {@link ConfirmTotp}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String code;

        private Builder() {}

        /**
         * Sets {@code code}.
         *
         * @param code the value
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link ConfirmTotp}
         * @throws NullPointerException when a required field is not set
         */
        public ConfirmTotp build() {
            return new ConfirmTotp(code);
        }
    }
}
