package {{ package }};

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
{%- if variant %}
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
{%- endif %}
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

{{ doc }}@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
{%- if variant %}
@JsonDeserialize(using = JsonDeserializer.None.class)
{%- endif %}
public record {{ name }}(
{%- for f in fields %}
        @JsonProperty({{ f.wire }}) {{ f.ty }} {{ f.name }}{% if !loop.last %},{% endif %}
{%- endfor %}
){{ implements }} {
{%- if !fields.is_empty() %}
    public {{ name }} {
{%- for f in fields %}
{%- if f.required && !f.primitive %}
        Objects.requireNonNull({{ f.name }}, "{{ name }}.{{ f.name }} is required");
{%- endif %}
{%- endfor %}
    }
{%- endif %}

    /** A builder, for setting the fields by name. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
{%- for f in fields %}
        builder.{{ f.name }} = {{ f.name }};
{%- endfor %}
        return builder;
    }

    /** Builds a {@link {{ name }}}; {@link #build()} checks that the required fields are set. */
    public static final class Builder {
{%- for f in fields %}
        private {{ f.boxed }} {{ f.name }};
{%- endfor %}

        private Builder() {}
{%- for f in fields %}

        /**
         * Sets {@code {{ f.raw }}}.
         *
         * @param {{ f.name }} {% if f.doc.is_empty() %}the value{% else %}{{ f.doc }}{% endif %}
         * @return this builder
         */
        public Builder {{ f.name }}({{ f.boxed }} {{ f.name }}) {
            this.{{ f.name }} = {{ f.name }};
            return this;
        }
{%- endfor %}

        /**
         * The record.
         *
         * @return a new {@link {{ name }}}
         * @throws NullPointerException when a required field is not set
         */
        public {{ name }} build() {
{%- for f in fields %}
{%- if f.required && f.primitive %}
            Objects.requireNonNull({{ f.name }}, "{{ name }}.{{ f.name }} is required");
{%- endif %}
{%- endfor %}
            return new {{ name }}({% for f in fields %}{{ f.name }}{% if !loop.last %}, {% endif %}{% endfor %});
        }
    }
}
