# frozen_string_literal: true

module Tessera
  # A client for the Tessera API, one method per operation.
  #
  #   client = Tessera::Client.new("http://127.0.0.1:8080", admin_key: ENV.fetch("TESSERA_ADMIN_KEY"))
  #   client.create_tenant(slug: "acme", name: "Acme")
  class Client < BaseClient
    # +base_url+:: the server, such as +https://id.example.com+
{%- for s in schemes %}
    # +{{ s.option }}+:: {{ s.doc }}
{%- endfor %}
    # +timeout+:: seconds to wait for each attempt's response
    # +max_retries+:: retries after a retryable failure (408, 429, 5xx, no connection); only
    #                 idempotent methods are retried unless a call opts in
    # +max_retry_delay+:: the longest wait before a retry; a longer +Retry-After+ is shortened
    # +default_headers+:: headers sent with every request
    # +on_retry+:: called with a +RetryEvent+ before each retry
    def initialize(
      base_url,
{%- for s in schemes %}
      {{ s.option }}: nil,
{%- endfor %}
      timeout: DEFAULT_TIMEOUT,
      max_retries: DEFAULT_MAX_RETRIES,
      max_retry_delay: DEFAULT_MAX_RETRY_DELAY,
      default_headers: nil,
      on_retry: nil
    )
      super(
        base_url,
        credentials: { {% for s in schemes %}{{ s.option }}: {{ s.option }}{% if !loop.last %}, {% endif %}{% endfor %} },
        timeout: timeout,
        max_retries: max_retries,
        max_retry_delay: max_retry_delay,
        default_headers: default_headers,
        on_retry: on_retry
      )
    end
{%- for m in methods %}

{{ m.doc }}    def {{ m.name }}({{ m.params }})
{%- if let Some(p) = m.page %}
      _fetch = lambda do |_cursor|
        _page = {{ p.model }}.from_h(request({{ m.request }}))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, {{ p.start }})
{%- else if m.convert.is_empty() %}
      request({{ m.request }})
      nil
{%- else %}
      _data = request({{ m.request }})
      {{ m.convert }}
{%- endif %}
    end
{%- endfor %}
  end
end
