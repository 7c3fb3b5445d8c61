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
 * Body of `POST /t/{tenant}/auth/passkeys/options`.
 *
 * @param email Ask for this account's passkeys only. Without it (username-less), any passkey the browser holds for the tenant may answer. The answer does not reveal whether the account exists.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasskeySignInStart(
        @JsonProperty("email") String email
) {
    public PasskeySignInStart {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.email = email;
        return builder;
    }

    /** Builds a {@link PasskeySignInStart}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String email;

        private Builder() {}

        /**
         * Sets {@code email}.
         *
         * @param email Ask for this account's passkeys only. Without it (username-less), any passkey the browser holds for the tenant may answer. The answer does not reveal whether the account exists.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link PasskeySignInStart}
         * @throws NullPointerException when a required field is not set
         */
        public PasskeySignInStart build() {
            return new PasskeySignInStart(email);
        }
    }
}
