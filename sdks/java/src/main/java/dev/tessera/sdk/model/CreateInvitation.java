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
 * Body of `POST /v1/tenants/{tenant}/organizations/{organization}/invitations`.
 *
 * @param email the {@code email} field
 * @param role A role key; `member` when absent.  Optional: {@code null} when absent.
 * @param locale Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.  Optional: {@code null} when absent.
 * @param expiresInSecs Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateInvitation(
        @JsonProperty("email") String email,
        @JsonProperty("role") String role,
        @JsonProperty("locale") String locale,
        @JsonProperty("expires_in_secs") Long expiresInSecs
) {
    public CreateInvitation {
        Objects.requireNonNull(email, "CreateInvitation.email is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.email = email;
        builder.role = role;
        builder.locale = locale;
        builder.expiresInSecs = expiresInSecs;
        return builder;
    }

    /** Builds a {@link CreateInvitation}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String email;
        private String role;
        private String locale;
        private Long expiresInSecs;

        private Builder() {}

        /**
         * Sets {@code email}.
         *
         * @param email the value
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role A role key; `member` when absent.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code locale}.
         *
         * @param locale Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Sets {@code expires_in_secs}.
         *
         * @param expiresInSecs Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder expiresInSecs(Long expiresInSecs) {
            this.expiresInSecs = expiresInSecs;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link CreateInvitation}
         * @throws NullPointerException when a required field is not set
         */
        public CreateInvitation build() {
            return new CreateInvitation(email, role, locale, expiresInSecs);
        }
    }
}
