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
 * How the tenant's hosted pages look. Their title is the tenant's name.
 *
 * @param logoUrl An `https` URL of the logo shown above the forms.  Optional: {@code null} when absent.
 * @param primaryColor The accent colour of buttons and focus rings, `#rrggbb`.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Branding(
        @JsonProperty("logo_url") String logoUrl,
        @JsonProperty("primary_color") String primaryColor
) {
    public Branding {
    }

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.logoUrl = logoUrl;
        builder.primaryColor = primaryColor;
        return builder;
    }

    /** Builds a {@link Branding}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String logoUrl;
        private String primaryColor;

        private Builder() {}

        /**
         * Sets {@code logo_url}.
         *
         * @param logoUrl An `https` URL of the logo shown above the forms.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder logoUrl(String logoUrl) {
            this.logoUrl = logoUrl;
            return this;
        }

        /**
         * Sets {@code primary_color}.
         *
         * @param primaryColor The accent colour of buttons and focus rings, `#rrggbb`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder primaryColor(String primaryColor) {
            this.primaryColor = primaryColor;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Branding}
         * @throws NullPointerException when a required field is not set
         */
        public Branding build() {
            return new Branding(logoUrl, primaryColor);
        }
    }
}
