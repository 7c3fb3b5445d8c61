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
 * Options for `navigator.credentials.create()` or `.get()`, and the ceremony they belong to.
 *
 * @param ceremonyId `wac_…`: send it back with the browser's answer; single use, expires with `expires_in`.
 * @param options_ `{"publicKey": {…}}`, plus `"mediation": "conditional"` for a username-less sign-in.
 * @param expiresIn Seconds until the ceremony expires.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasskeyCeremony(
        @JsonProperty("ceremony_id") String ceremonyId,
        @JsonProperty("options") Map<String, JsonNode> options_,
        @JsonProperty("expires_in") long expiresIn
) {
    public PasskeyCeremony {
        Objects.requireNonNull(ceremonyId, "PasskeyCeremony.ceremonyId is required");
        Objects.requireNonNull(options_, "PasskeyCeremony.options_ is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.ceremonyId = ceremonyId;
        builder.options_ = options_;
        builder.expiresIn = expiresIn;
        return builder;
    }

    /** Builds a {@link PasskeyCeremony}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String ceremonyId;
        private Map<String, JsonNode> options_;
        private Long expiresIn;

        private Builder() {}

        /**
         * Sets {@code ceremony_id}.
         *
         * @param ceremonyId `wac_…`: send it back with the browser's answer; single use, expires with `expires_in`.
         * @return this builder
         */
        public Builder ceremonyId(String ceremonyId) {
            this.ceremonyId = ceremonyId;
            return this;
        }

        /**
         * Sets {@code options}.
         *
         * @param options_ `{"publicKey": {…}}`, plus `"mediation": "conditional"` for a username-less sign-in.
         * @return this builder
         */
        public Builder options_(Map<String, JsonNode> options_) {
            this.options_ = options_;
            return this;
        }

        /**
         * Sets {@code expires_in}.
         *
         * @param expiresIn Seconds until the ceremony expires.
         * @return this builder
         */
        public Builder expiresIn(Long expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link PasskeyCeremony}
         * @throws NullPointerException when a required field is not set
         */
        public PasskeyCeremony build() {
            Objects.requireNonNull(expiresIn, "PasskeyCeremony.expiresIn is required");
            return new PasskeyCeremony(ceremonyId, options_, expiresIn);
        }
    }
}
