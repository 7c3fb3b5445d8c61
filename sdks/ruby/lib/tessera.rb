# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

# The Tessera SDK for Ruby: +Tessera::Client+, typed models and errors, on the standard
# library alone.
require_relative "tessera/version"
require_relative "tessera/errors"
require_relative "tessera/models"
require_relative "tessera/pagination"
require_relative "tessera/transport"
require_relative "tessera/client"
require_relative "tessera/client_credentials"
