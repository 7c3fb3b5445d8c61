{{ doc }}//
// Create a [TesseraClient] with [New], the server's base URL and a credential option; every
// operation of the API is a method taking a context first:
//
//	client, err := tessera.New("http://127.0.0.1:8080", tessera.WithAdminKey(key))
//	tenant, err := client.GetTenant(ctx, "acme")
package tessera
{%- if !imports.is_empty() %}

import (
{%- for i in imports %}
	"{{ i }}"
{%- endfor %}
)
{%- endif %}
{%- for s in schemes %}

// {{ s.option }} sends token on the operations that accept the {{ s.name }} scheme.{{ s.doc }}
func {{ s.option }}(token string) Option {
	return WithCredential({{ s.name }}, StaticToken(token))
}

// {{ s.option }}Source gets the {{ s.name }} credential from source before each request.
func {{ s.option }}Source(source TokenSource) Option {
	return WithCredential({{ s.name }}, source)
}
{%- endfor %}

// schemeHeader is the header a security scheme's credential travels in, and its prefix.
func schemeHeader(scheme string) (string, string) {
	switch scheme {
{%- for s in schemes %}
	case {{ s.name }}:
		return {{ s.header }}, {{ s.prefix }}
{%- endfor %}
	}
	return "Authorization", "Bearer "
}
{%- for p in params %}

{{ p.doc }}type {{ p.name }} struct {
{%- for f in p.fields %}
{{ f.doc }}	{{ f.line }}
{%- endfor %}
}
{%- endfor %}
{%- for m in methods %}

{{ m.doc }}func (c *TesseraClient) {{ m.name }}({{ m.signature }} {
	{{ m.body }}
}
{%- endfor %}
