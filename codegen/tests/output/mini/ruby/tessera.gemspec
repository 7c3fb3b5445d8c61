# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

Gem::Specification.new do |spec|
  spec.name = "tessera-sdk"
  spec.version = "1.2.3"
  spec.summary = "Ruby SDK for the Tessera identity platform"
  spec.description = "A typed client for the Tessera API over net/http, generated from its OpenAPI contract."
  spec.license = "Apache-2.0"
  spec.authors = ["Tessera"]
  spec.required_ruby_version = ">= 3.0"
  spec.files = Dir["lib/**/*.rb"] + ["README.md"]
  spec.require_paths = ["lib"]
end
