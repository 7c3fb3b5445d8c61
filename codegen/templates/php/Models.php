<?php

declare(strict_types=1);

namespace Tessera\Models;

/** @internal Helpers of the generated models. */
final class ModelSupport
{
    /**
     * A required field of a JSON object.
     *
     * @param array<string, mixed> $data
     */
    public static function required(array $data, string $key, string $model): mixed
    {
        if (!array_key_exists($key, $data)) {
            throw new \UnexpectedValueException("{$model}: the JSON object has no `{$key}`");
        }
        return $data[$key];
    }

    /**
     * A JSON object (a map), which must stay `{}` in JSON when it is empty.
     *
     * @param array<string, mixed> $map
     */
    public static function object(array $map): object
    {
        return (object) $map;
    }

    public static function time(string $value): \DateTimeImmutable
    {
        return new \DateTimeImmutable($value);
    }

    public static function formatTime(\DateTimeInterface $value): string
    {
        return $value->format(\DATE_RFC3339_EXTENDED);
    }
}
{%- for e in enums %}

{{ e.doc }}enum {{ e.name }}: string
{
{%- for (case, value) in e.cases %}
    case {{ case }} = {{ value }};
{%- endfor %}
}
{%- endfor %}
{%- for r in records %}

{{ r.doc }}final class {{ r.name }}
{
    public function __construct(
{%- for f in r.fields %}
{{ f.doc }}        public readonly {{ f.ty }} ${{ f.name }}{% if !f.required %} = null{% endif %},
{%- endfor %}
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
{%- for f in r.fields %}
            {{ f.name }}: {{ f.from_expr }},
{%- endfor %}
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
{%- for f in r.fields %}
{%- if f.required %}
        $out[{{ f.wire }}] = {{ f.to_expr }};
{%- else %}
        if ($this->{{ f.name }} !== null) {
            $out[{{ f.wire }}] = {{ f.to_expr }};
        }
{%- endif %}
{%- endfor %}
        return $out;
    }
}
{%- endfor %}
{%- for u in unions %}

{{ u.doc }}final class {{ u.name }}
{
    /**
     * The first variant, in order, whose required fields are all present.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): {{ u.ty }}
    {
{%- for (class, keys) in u.variants %}
        if (array_diff({{ keys }}, array_keys($data)) === []) {
            return {{ class }}::fromArray($data);
        }
{%- endfor %}
        throw new \UnexpectedValueException('{{ u.name }}: no variant matches the keys ' . implode(', ', array_keys($data)));
    }
}
{%- endfor %}
