using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tessera.Models;
{%- for e in enums %}

{{ e.doc }}[JsonConverter(typeof(JsonStringEnumConverter<{{ e.name }}>))]
public enum {{ e.name }}
{
{%- for (member, value) in e.members %}
    /// <summary>{{ value }}</summary>
    [JsonStringEnumMemberName({{ value }})]
    {{ member }},
{%- endfor %}
}
{%- endfor %}
{%- for r in records %}

{{ r.doc }}public sealed record {{ r.name }}
{
{%- for f in r.fields %}
{{ f.doc }}    [JsonPropertyName({{ f.wire }})]
    public {% if f.required %}required {% endif %}{{ f.ty }} {{ f.name }} { get; init; }
{%- endfor %}
}
{%- endfor %}
{%- for u in unions %}

{{ u.doc }}[JsonConverter(typeof({{ u.name }}Converter))]
public sealed record {{ u.name }}
{
{%- for v in u.variants %}
    /// <summary>Set when the answer is a {{ v.class }}.</summary>
    public {{ v.class }}? {{ v.class }} { get; init; }
{%- endfor %}
}

/// <summary>Reads {{ u.name }} as the first variant whose required fields are all present.</summary>
public sealed class {{ u.name }}Converter : JsonConverter<{{ u.name }}>
{
    /// <inheritdoc/>
    public override {{ u.name }} Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        bool Has(params string[] keys) => Array.TrueForAll(keys, k => root.TryGetProperty(k, out _));
{%- for v in u.variants %}
        if (Has({{ v.keys }})) return new {{ u.name }} { {{ v.class }} = root.Deserialize<{{ v.class }}>(options) };
{%- endfor %}
        throw new JsonException("no variant of {{ u.name }} matches the JSON object");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, {{ u.name }} value, JsonSerializerOptions options)
    {
{%- for v in u.variants %}
        if (value.{{ v.class }} is { } {{ v.var }}) { JsonSerializer.Serialize(writer, {{ v.var }}, options); return; }
{%- endfor %}
        writer.WriteNullValue();
    }
}
{%- endfor %}
