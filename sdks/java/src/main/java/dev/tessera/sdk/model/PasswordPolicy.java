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
 * The policy in force: the tenant's choices over the server's defaults.
 *
 * @param minLength Fewest characters (Unicode scalar values) a password may have; at least 8.
 * @param maxLength Most characters a password may have; at most 1024.
 * @param rejectCommon Refuse passwords on the shipped list of 20,000 common passwords.
 * @param rejectPersonalInfo Refuse passwords containing the account's email, its local part, or a word of the user's name.
 * @param checkBreached Refuse passwords found in known breaches, asked of the server's Pwned Passwords range API by k-anonymity (only a 5-character SHA-1 prefix leaves the server).
 * @param breachCheckAvailable Whether the server has a range API configured (`pwned_passwords_url`), without which `check_breached` cannot be turned on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasswordPolicy(
        @JsonProperty("min_length") long minLength,
        @JsonProperty("max_length") long maxLength,
        @JsonProperty("reject_common") boolean rejectCommon,
        @JsonProperty("reject_personal_info") boolean rejectPersonalInfo,
        @JsonProperty("check_breached") boolean checkBreached,
        @JsonProperty("breach_check_available") boolean breachCheckAvailable
) {
    public PasswordPolicy {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.minLength = minLength;
        builder.maxLength = maxLength;
        builder.rejectCommon = rejectCommon;
        builder.rejectPersonalInfo = rejectPersonalInfo;
        builder.checkBreached = checkBreached;
        builder.breachCheckAvailable = breachCheckAvailable;
        return builder;
    }

    /** Builds a {@link PasswordPolicy}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Long minLength;
        private Long maxLength;
        private Boolean rejectCommon;
        private Boolean rejectPersonalInfo;
        private Boolean checkBreached;
        private Boolean breachCheckAvailable;

        private Builder() {}

        /**
         * Sets {@code min_length}.
         *
         * @param minLength Fewest characters (Unicode scalar values) a password may have; at least 8.
         * @return this builder
         */
        public Builder minLength(Long minLength) {
            this.minLength = minLength;
            return this;
        }

        /**
         * Sets {@code max_length}.
         *
         * @param maxLength Most characters a password may have; at most 1024.
         * @return this builder
         */
        public Builder maxLength(Long maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        /**
         * Sets {@code reject_common}.
         *
         * @param rejectCommon Refuse passwords on the shipped list of 20,000 common passwords.
         * @return this builder
         */
        public Builder rejectCommon(Boolean rejectCommon) {
            this.rejectCommon = rejectCommon;
            return this;
        }

        /**
         * Sets {@code reject_personal_info}.
         *
         * @param rejectPersonalInfo Refuse passwords containing the account's email, its local part, or a word of the user's name.
         * @return this builder
         */
        public Builder rejectPersonalInfo(Boolean rejectPersonalInfo) {
            this.rejectPersonalInfo = rejectPersonalInfo;
            return this;
        }

        /**
         * Sets {@code check_breached}.
         *
         * @param checkBreached Refuse passwords found in known breaches, asked of the server's Pwned Passwords range API by k-anonymity (only a 5-character SHA-1 prefix leaves the server).
         * @return this builder
         */
        public Builder checkBreached(Boolean checkBreached) {
            this.checkBreached = checkBreached;
            return this;
        }

        /**
         * Sets {@code breach_check_available}.
         *
         * @param breachCheckAvailable Whether the server has a range API configured (`pwned_passwords_url`), without which `check_breached` cannot be turned on.
         * @return this builder
         */
        public Builder breachCheckAvailable(Boolean breachCheckAvailable) {
            this.breachCheckAvailable = breachCheckAvailable;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link PasswordPolicy}
         * @throws NullPointerException when a required field is not set
         */
        public PasswordPolicy build() {
            Objects.requireNonNull(minLength, "PasswordPolicy.minLength is required");
            Objects.requireNonNull(maxLength, "PasswordPolicy.maxLength is required");
            Objects.requireNonNull(rejectCommon, "PasswordPolicy.rejectCommon is required");
            Objects.requireNonNull(rejectPersonalInfo, "PasswordPolicy.rejectPersonalInfo is required");
            Objects.requireNonNull(checkBreached, "PasswordPolicy.checkBreached is required");
            Objects.requireNonNull(breachCheckAvailable, "PasswordPolicy.breachCheckAvailable is required");
            return new PasswordPolicy(minLength, maxLength, rejectCommon, rejectPersonalInfo, checkBreached, breachCheckAvailable);
        }
    }
}
