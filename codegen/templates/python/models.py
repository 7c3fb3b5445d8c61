"""The API's data types: dataclasses with ``from_dict`` and ``to_dict`` for their JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Mapping

__all__ = [
{%- for a in aliases %}
    "{{ a.name }}",
{%- endfor %}
{%- for r in records %}
    "{{ r.name }}",
{%- endfor %}
{%- for u in unions %}
    "{{ u.name }}",
{%- endfor %}
]


def _parse_datetime(value: Any) -> datetime:
    text = str(value)
    # fromisoformat reads a trailing Z only from Python 3.11 on.
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


def _format_datetime(value: datetime) -> str:
    return value.isoformat()
{%- for a in aliases %}


{{ a.doc }}{{ a.name }} = {{ a.ty }}
{%- endfor %}
{%- for r in records %}


@dataclass(kw_only=True)
class {{ r.name }}:
{{ r.doc }}
{%- for f in r.fields %}
{%- if f.required %}
    {{ f.name }}: {{ f.ty }}
{%- else %}
    {{ f.name }}: {{ f.ty }} = None
{%- endif %}
{%- if !f.doc.is_empty() %}
{{ f.doc }}
{%- endif %}
{%- endfor %}

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> {{ r.name }}:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
{%- for f in r.fields %}
            {{ f.name }}={{ f.from_expr }},
{%- endfor %}
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
{%- for f in r.fields %}
{%- if f.required %}
        _out[{{ f.wire }}] = {{ f.to_expr }}
{%- else %}
        if self.{{ f.name }} is not None:
            _out[{{ f.wire }}] = {{ f.to_expr }}
{%- endif %}
{%- endfor %}
        return _out
{%- endfor %}
{%- for u in unions %}


{{ u.doc }}{{ u.name }} = {% for (class, _) in u.variants %}{% if !loop.first %} | {% endif %}{{ class }}{% endfor %}


def {{ u.decoder }}(_data: Mapping[str, Any]) -> {{ u.name }}:
    """Reads a ``{{ u.name }}``: the first variant whose required keys are all present."""
{%- for (class, keys) in u.variants %}
    if {{ keys }} <= _data.keys():
        return {{ class }}.from_dict(_data)
{%- endfor %}
    raise ValueError("the object matches no variant of {{ u.name }}")
{%- endfor %}
