// The API's data types, exactly as they travel as JSON.
{%- for m in models %}

{{ m.doc }}{% if m.kind == "interface" %}export interface {{ m.name }} {
{%- for f in m.fields %}
{{ f.doc }}  {{ f.key }}{% if f.optional %}?{% endif %}: {{ f.ty }};
{%- endfor %}
}{% else %}export type {{ m.name }} = {{ m.ty }};{% endif %}
{%- endfor %}
