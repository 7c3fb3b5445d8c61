# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

module Tessera
  # The SDK's version, which is the API's.
  VERSION = "0.1.0"
end
