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
 * A record of the API.
 *
 * @param data the {@code data} field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasskeyList(
        @JsonProperty("data") List<Passkey> data
) {
    public PasskeyList {
        Objects.requireNonNull(data, "PasskeyList.data is required");
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.data = data;
        return builder;
    }

    /** Builds a {@link PasskeyList}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private List<Passkey> data;

        private Builder() {}

        /**
         * Sets {@code data}.
         *
         * @param data the value
         * @return this builder
         */
        public Builder data(List<Passkey> data) {
            this.data = data;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link PasskeyList}
         * @throws NullPointerException when a required field is not set
         */
        public PasskeyList build() {
            return new PasskeyList(data);
        }
    }
}
