# frozen_string_literal: true

module Tessera
  # The SDK's version, which is the API's.
  VERSION = {{ version }}
end
