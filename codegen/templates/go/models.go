package tessera

// The API's data types. Optional fields are pointers (or nil-able slices and maps) tagged
// omitempty: nil means absent, and an absent field is not sent. [Ptr] makes a pointer.
{%- if !imports.is_empty() %}

import (
{%- for i in imports %}
	"{{ i }}"
{%- endfor %}
)
{%- endif %}
{%- for m in models %}

{{ m.doc }}
{%- if m.kind == "struct" %}type {{ m.name }} struct {
{%- for f in m.fields %}
{{ f.doc }}	{{ f.line }}
{%- endfor %}
}
{%- else if m.kind == "enum" %}type {{ m.name }} string

// Values of {{ m.name }}. A newer server may send others; compare, don't switch exhaustively.
const (
{%- for line in m.lines %}
	{{ line }}
{%- endfor %}
)
{%- else if m.kind == "union" %}//
// Exactly one field is set: the first variant, in this order, whose required JSON keys
// are all present.
type {{ m.name }} struct {
{%- for line in m.lines %}
	{{ line }}
{%- endfor %}
}

// UnmarshalJSON sets the first variant whose required keys are all present.
func (u *{{ m.name }}) UnmarshalJSON(data []byte) error {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(data, &keys); err != nil {
		return err
	}
	*u = {{ m.name }}{}
{%- for (field, ty, required) in m.variants %}
	if hasKeys(keys{% if !required.is_empty() %}, {{ required }}{% endif %}) {
		u.{{ field }} = new({{ ty }})
		return json.Unmarshal(data, u.{{ field }})
	}
{%- endfor %}
	return fmt.Errorf("tessera: no variant of {{ m.name }} matches %s", data)
}

// MarshalJSON writes the variant that is set, or null.
func (u {{ m.name }}) MarshalJSON() ([]byte, error) {
	switch {
{%- for (field, _, _) in m.variants %}
	case u.{{ field }} != nil:
		return json.Marshal(u.{{ field }})
{%- endfor %}
	}
	return []byte("null"), nil
}
{%- else %}type {{ m.name }} = {{ m.ty }}
{%- endif %}
{%- endfor %}
