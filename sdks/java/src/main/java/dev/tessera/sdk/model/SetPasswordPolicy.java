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
 * Replaces the tenant's password policy; an omitted field returns to the server's default.
 *
 * @param minLength 8 to `max_length` [default: 10].  Optional: {@code null} when absent.
 * @param maxLength `min_length` to 1024 [default: 256].  Optional: {@code null} when absent.
 * @param rejectCommon [default: the server's `reject_common_passwords`, true unless configured].  Optional: {@code null} when absent.
 * @param rejectPersonalInfo [default: true].  Optional: {@code null} when absent.
 * @param checkBreached Only when the server has `pwned_passwords_url` [default: true when it has].  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetPasswordPolicy(
        @JsonProperty("min_length") Long minLength,
        @JsonProperty("max_length") Long maxLength,
        @JsonProperty("reject_common") Boolean rejectCommon,
        @JsonProperty("reject_personal_info") Boolean rejectPersonalInfo,
        @JsonProperty("check_breached") Boolean checkBreached
) {
    public SetPasswordPolicy {
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
        return builder;
    }

    /** Builds a {@link SetPasswordPolicy}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private Long minLength;
        private Long maxLength;
        private Boolean rejectCommon;
        private Boolean rejectPersonalInfo;
        private Boolean checkBreached;

        private Builder() {}

        /**
         * Sets {@code min_length}.
         *
         * @param minLength 8 to `max_length` [default: 10].  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder minLength(Long minLength) {
            this.minLength = minLength;
            return this;
        }

        /**
         * Sets {@code max_length}.
         *
         * @param maxLength `min_length` to 1024 [default: 256].  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder maxLength(Long maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        /**
         * Sets {@code reject_common}.
         *
         * @param rejectCommon [default: the server's `reject_common_passwords`, true unless configured].  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder rejectCommon(Boolean rejectCommon) {
            this.rejectCommon = rejectCommon;
            return this;
        }

        /**
         * Sets {@code reject_personal_info}.
         *
         * @param rejectPersonalInfo [default: true].  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder rejectPersonalInfo(Boolean rejectPersonalInfo) {
            this.rejectPersonalInfo = rejectPersonalInfo;
            return this;
        }

        /**
         * Sets {@code check_breached}.
         *
         * @param checkBreached Only when the server has `pwned_passwords_url` [default: true when it has].  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder checkBreached(Boolean checkBreached) {
            this.checkBreached = checkBreached;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link SetPasswordPolicy}
         * @throws NullPointerException when a required field is not set
         */
        public SetPasswordPolicy build() {
            return new SetPasswordPolicy(minLength, maxLength, rejectCommon, rejectPersonalInfo, checkBreached);
        }
    }
}
