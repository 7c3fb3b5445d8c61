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
 * @param customCss A stylesheet applied after the built-in one (at most 32 KiB; no `&#64;import`). It is served at `/t/{tenant}/branding.css` and allowed by the pages' CSP.  Optional: {@code null} when absent.
 * @param supportUrl An `https` URL of the tenant's help page, linked at the foot of every page.  Optional: {@code null} when absent.
 * @param frameAncestors Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP `frame-ancestors`; empty or absent means none may (`'none'`).  Optional: {@code null} when absent.
 * @param defaultLocale The pages' language when neither `ui_locales` nor the browser names a supported one: `en`, `de`, `fr` or `ar`.  Optional: {@code null} when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Branding(
        @JsonProperty("logo_url") String logoUrl,
        @JsonProperty("primary_color") String primaryColor,
        @JsonProperty("custom_css") String customCss,
        @JsonProperty("support_url") String supportUrl,
        @JsonProperty("frame_ancestors") List<String> frameAncestors,
        @JsonProperty("default_locale") String defaultLocale
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
        builder.customCss = customCss;
        builder.supportUrl = supportUrl;
        builder.frameAncestors = frameAncestors;
        builder.defaultLocale = defaultLocale;
        return builder;
    }

    /** Builds a {@link Branding}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
        private String logoUrl;
        private String primaryColor;
        private String customCss;
        private String supportUrl;
        private List<String> frameAncestors;
        private String defaultLocale;

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
         * Sets {@code custom_css}.
         *
         * @param customCss A stylesheet applied after the built-in one (at most 32 KiB; no `&#64;import`). It is served at `/t/{tenant}/branding.css` and allowed by the pages' CSP.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder customCss(String customCss) {
            this.customCss = customCss;
            return this;
        }

        /**
         * Sets {@code support_url}.
         *
         * @param supportUrl An `https` URL of the tenant's help page, linked at the foot of every page.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder supportUrl(String supportUrl) {
            this.supportUrl = supportUrl;
            return this;
        }

        /**
         * Sets {@code frame_ancestors}.
         *
         * @param frameAncestors Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP `frame-ancestors`; empty or absent means none may (`'none'`).  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder frameAncestors(List<String> frameAncestors) {
            this.frameAncestors = frameAncestors;
            return this;
        }

        /**
         * Sets {@code default_locale}.
         *
         * @param defaultLocale The pages' language when neither `ui_locales` nor the browser names a supported one: `en`, `de`, `fr` or `ar`.  Optional: {@code null} when absent.
         * @return this builder
         */
        public Builder defaultLocale(String defaultLocale) {
            this.defaultLocale = defaultLocale;
            return this;
        }

        /**
         * The record.
         *
         * @return a new {@link Branding}
         * @throws NullPointerException when a required field is not set
         */
        public Branding build() {
            return new Branding(logoUrl, primaryColor, customCss, supportUrl, frameAncestors, defaultLocale);
        }
    }
}
