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
 * Body of `PATCH /t/{tenant}/me`: the profile fields a user may change themselves.
 *
 * @param name Optional: {@code null} when absent.
 * @param picture Optional: {@code null} when absent.
 * @param locale Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateProfile(
        @JsonProperty("name") String name,
        @JsonProperty("picture") String picture,
        @JsonProperty("locale") String locale
) {
    public UpdateProfile {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.picture = picture;
        builder.locale = locale;
        return builder;
    }

    /** Builds a {@link UpdateProfile}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String name;
        private String picture;
        private String locale;

        private Builder() {}

        /**
         * Sets {@code name}.
         *
         * @param name Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code picture}.
         *
         * @param picture Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder picture(String picture) {
            this.picture = picture;
            return this;
        }

        /**
         * Sets {@code locale}.
         *
         * @param locale Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link UpdateProfile}
         * @throws NullPointerException when a required field is not set
         */
        public UpdateProfile build() {
            return new UpdateProfile(name, picture, locale);
        }
    }
}
