// The client: one method per operation of the API.
import { BaseClient, type ClientOptions, type RequestOptions } from "./core.js";
{%- if !imports.is_empty() %}
import type {
{%- for name in imports %}
  {{ name }},
{%- endfor %}
} from "./models.js";
{%- endif %}
{%- if paginated %}
import { PagePromise } from "./pagination.js";
{%- endif %}
{%- for q in queries %}

{{ q.doc }}export interface {{ q.name }} {
{%- for f in q.fields %}
{{ f.doc }}  {{ f.key }}{% if f.optional %}?{% endif %}: {{ f.ty }};
{%- endfor %}
}
{%- endfor %}

{{ doc }}export class TesseraClient extends BaseClient {
  constructor(options: ClientOptions) {
    super(options);
  }

  /** A client like this one with some options changed, such as another credential. */
  withOptions(overrides: Partial<ClientOptions>): TesseraClient {
    return new TesseraClient({ ...this.options, ...overrides });
  }
{%- for m in methods %}

{{ m.doc }}  {{ m.name }}({{ m.params }}): {{ m.returns }} {
    {{ m.body }}
  }
{%- endfor %}
}
