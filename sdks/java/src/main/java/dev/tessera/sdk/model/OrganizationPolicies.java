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
 * Rules an organization sets for sessions switched into it; checked at the switch.
 *
 * @param allowedSignInMethods The sign-in methods a session must have been opened with: `password`, `magic_link`, `email_code`, `signup`, `totp`, `recovery_code` (after a second factor, the session's method is the second factor's). Absent: any method.  Optional: {@code null} when absent.
 * @param mfaRequired The session must have been completed with a second factor (TOTP or a recovery code).  Optional: {@code null} when absent.
 * @param maxSessionAgeSecs The session must have been opened at most this many seconds ago (60 to 31,536,000).  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationPolicies(
        @JsonProperty("allowed_sign_in_methods") List<String> allowedSignInMethods,
        @JsonProperty("mfa_required") Boolean mfaRequired,
        @JsonProperty("max_session_age_secs") Long maxSessionAgeSecs
) {
    public OrganizationPolicies {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.allowedSignInMethods = allowedSignInMethods;
        builder.mfaRequired = mfaRequired;
        builder.maxSessionAgeSecs = maxSessionAgeSecs;
        return builder;
    }

    /** Builds a {@link OrganizationPolicies}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private List<String> allowedSignInMethods;
        private Boolean mfaRequired;
        private Long maxSessionAgeSecs;

        private Builder() {}

        /**
         * Sets {@code allowed_sign_in_methods}.
         *
         * @param allowedSignInMethods The sign-in methods a session must have been opened with: `password`, `magic_link`, `email_code`, `signup`, `totp`, `recovery_code` (after a second factor, the session's method is the second factor's). Absent: any method.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder allowedSignInMethods(List<String> allowedSignInMethods) {
            this.allowedSignInMethods = allowedSignInMethods;
            return this;
        }

        /**
         * Sets {@code mfa_required}.
         *
         * @param mfaRequired The session must have been completed with a second factor (TOTP or a recovery code).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder mfaRequired(Boolean mfaRequired) {
            this.mfaRequired = mfaRequired;
            return this;
        }

        /**
         * Sets {@code max_session_age_secs}.
         *
         * @param maxSessionAgeSecs The session must have been opened at most this many seconds ago (60 to 31,536,000).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder maxSessionAgeSecs(Long maxSessionAgeSecs) {
            this.maxSessionAgeSecs = maxSessionAgeSecs;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link OrganizationPolicies}
         * @throws NullPointerException when a required field is not set
         */
        public OrganizationPolicies build() {
            return new OrganizationPolicies(allowedSignInMethods, mfaRequired, maxSessionAgeSecs);
        }
    }
}
