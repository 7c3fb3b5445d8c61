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
 * Body of `PATCH /v1/tenants/{tenant}/oauth-settings`.
 *
 * @param dynamicClientRegistration Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateOAuthSettings(
        @JsonProperty("dynamic_client_registration") Boolean dynamicClientRegistration
) {
    public UpdateOAuthSettings {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.dynamicClientRegistration = dynamicClientRegistration;
        return builder;
    }

    /** Builds a {@link UpdateOAuthSettings}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Boolean dynamicClientRegistration;

        private Builder() {}

        /**
         * Sets {@code dynamic_client_registration}.
         *
         * @param dynamicClientRegistration Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder dynamicClientRegistration(Boolean dynamicClientRegistration) {
            this.dynamicClientRegistration = dynamicClientRegistration;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UpdateOAuthSettings}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateOAuthSettings build() {
            return new UpdateOAuthSettings(dynamicClientRegistration);
        }
    }
}
