# frozen_string_literal: true

require "time"

module Tessera
  # The API's records, enums and unions.
  module Models
{%- for e in enums %}
{{ e.doc }}    module {{ e.name }}
{%- for (constant, value) in e.constants %}
      {{ constant }} = {{ value }}
{%- endfor %}
      # Every value, in the spec's order.
      ALL = [{{ e.all }}].freeze
    end
{%- endfor %}
{%- for r in records %}

{{ r.doc }}    class {{ r.name }}
{%- for f in r.fields %}
{{ f.doc }}      attr_reader :{{ f.name }}
{%- endfor %}

      def initialize({{ r.params }})
{%- for f in r.fields %}
        @{{ f.name }} = {{ f.name }}
{%- endfor %}
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
{%- for f in r.fields %}
          {{ f.name }}: {{ f.from_expr }},
{%- endfor %}
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
{%- for f in r.fields %}
{%- if f.required %}
        _out[{{ f.wire }}] = {{ f.to_expr }}
{%- else %}
        _out[{{ f.wire }}] = {{ f.to_expr }} unless @{{ f.name }}.nil?
{%- endif %}
{%- endfor %}
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end
{%- endfor %}
{%- for u in unions %}

{{ u.doc }}    module {{ u.name }}
      # The first variant, in order, whose required fields are all present.
      def self.from_h(_data)
{%- for (class, keys) in u.variants %}
        return {{ class }}.from_h(_data) if ({{ keys }} - _data.keys).empty?
{%- endfor %}
        raise ArgumentError, "no variant of {{ u.name }} matches the keys #{_data.keys.sort.join(", ")}"
      end
    end
{%- endfor %}
  end
end
