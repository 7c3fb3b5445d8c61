// The API's data types. Optional properties default to null and are left out of requests.
package dev.tessera.sdk.kotlin.model

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue
import com.fasterxml.jackson.annotation.JsonIgnoreProperties
import com.fasterxml.jackson.annotation.JsonInclude
import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.core.JsonParser
import com.fasterxml.jackson.databind.DeserializationContext
import com.fasterxml.jackson.databind.JsonDeserializer
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.annotation.JsonDeserialize
import com.fasterxml.jackson.databind.deser.std.StdDeserializer
import java.time.OffsetDateTime
{%- for m in models %}

{{ m.doc }}
{%- if m.kind == "data" %}@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
{%- if m.variant %}
@JsonDeserialize(using = JsonDeserializer.None::class)
{%- endif %}
data class {{ m.name }}(
{%- for f in m.fields %}
    @param:JsonProperty({{ f.wire }}) val {{ f.name }}: {{ f.ty }}{{ f.default }},
{%- endfor %}
){{ m.implements }}
{%- else if m.kind == "enum" %}enum class {{ m.name }}(
    /** The value on the wire; empty for [UNKNOWN]. */
    val value: String,
) {
{%- for (c, v) in m.constants %}
    @JsonProperty({{ v }})
    {{ c }}({{ v }}),
{%- endfor %}

    /** A value this version of the SDK does not know, sent by a newer server. */
    @JsonEnumDefaultValue
    UNKNOWN(""),
    ;

    override fun toString(): String = value.ifEmpty { name }
}
{%- else %}@JsonDeserialize(using = {{ m.name }}.Decoder::class)
sealed interface {{ m.name }} {
    /** Reads the first variant, in order, whose required JSON keys are all present. */
    class Decoder : StdDeserializer<{{ m.name }}>({{ m.name }}::class.java) {
        override fun deserialize(parser: JsonParser, context: DeserializationContext): {{ m.name }} {
            val node: JsonNode = parser.readValueAsTree()
{%- for (class, checks) in m.variants %}
            if (node.isObject{{ checks }}) {
                return context.readTreeAsValue(node, {{ class }}::class.java)
            }
{%- endfor %}
            return context.reportInputMismatch({{ m.name }}::class.java, "no variant of {{ m.name }} matches %s", node)
        }
    }
}
{%- endif %}
{%- endfor %}
