# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

module Tessera
  # A client for the Tessera API, one method per operation.
  #
  #   client = Tessera::Client.new("http://127.0.0.1:8080", admin_key: ENV.fetch("TESSERA_ADMIN_KEY"))
  #   client.create_tenant(slug: "acme", name: "Acme")
  class Client < BaseClient
    # +base_url+:: the server, such as +https://id.example.com+
    # +api_key+:: 
    # +user_token+:: 
    # +timeout+:: seconds to wait for each attempt's response
    # +max_retries+:: retries after a retryable failure (408, 429, 5xx, no connection); only
    #                 idempotent methods are retried unless a call opts in
    # +max_retry_delay+:: the longest wait before a retry; a longer +Retry-After+ is shortened
    # +default_headers+:: headers sent with every request
    # +on_retry+:: called with a +RetryEvent+ before each retry
    def initialize(
      base_url,
      api_key: nil,
      user_token: nil,
      timeout: DEFAULT_TIMEOUT,
      max_retries: DEFAULT_MAX_RETRIES,
      max_retry_delay: DEFAULT_MAX_RETRY_DELAY,
      default_headers: nil,
      on_retry: nil
    )
      super(
        base_url,
        credentials: { api_key: api_key, user_token: user_token },
        timeout: timeout,
        max_retries: max_retries,
        max_retry_delay: max_retry_delay,
        default_headers: default_headers,
        on_retry: on_retry
      )
    end

    # List pets.
    #
    # Returns the first page; iterating it yields every Models::Pet across pages.
    #
    # @param kind [String (Models::PetKind), nil]
    # @param limit [Integer, nil]
    # @param cursor [String, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [UnprocessableError] 422 Bad limit
    def list_pets(kind: nil, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::PetList.from_h(request("GET", "/pets", query: { "kind" => kind, "limit" => limit, "cursor" => _cursor }, auth: ["api_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Add a pet.
    #
    # @param name [String]
    # @param kind [String (Models::PetKind)]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Pet]
    # @raise [ConflictError] 409 Taken
    def create_pet(name:, kind:, request_options: nil)
      _data = request("POST", "/pets", json: BaseClient.body({ "name" => name, "kind" => kind }), auth: ["api_key", "user_token"], expect: :json, options: request_options)
      Models::Pet.from_h(_data)
    end

    # Remove a pet.
    #
    # @param pet_id [String]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    def delete_pet(pet_id, request_options: nil)
      request("DELETE", "/pets/#{BaseClient.path_param(pet_id)}", expect: :empty, options: request_options)
      nil
    end

    # Rename a pet.
    #
    # An empty body changes nothing.
    #
    # @param pet_id [String]
    # @param name [String, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Pet]
    def rename_pet(pet_id, name: nil, request_options: nil)
      _data = request("PATCH", "/pets/#{BaseClient.path_param(pet_id)}", json: BaseClient.body({ "name" => name }, optional: true), expect: :json, options: request_options)
      Models::Pet.from_h(_data)
    end

    # Get a token.
    #
    # @param tenant [String]
    # @param grant_type [String]
    # @param scope [String, nil]
    # @param resource [String, nil]
    # @param client_id [String, nil]
    # @param client_secret [String, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::TokenAnswer]
    def get_token(tenant, grant_type:, scope: nil, resource: nil, client_id: nil, client_secret: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/oauth/token", form: BaseClient.body({ "grant_type" => grant_type, "scope" => scope, "resource" => resource, "client_id" => client_id, "client_secret" => client_secret }), expect: :json, options: request_options)
      Models::TokenAnswer.from_h(_data)
    end

    # Adopt a pet, or be told to wait.
    #
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Adoption]
    def adopt(request_options: nil)
      _data = request("POST", "/adopt", expect: :json, options: request_options)
      Models::Adoption.from_h(_data)
    end

    # Export.
    #
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [String]
    def export_pets(request_options: nil)
      _data = request("GET", "/export", expect: :text, options: request_options)
      _data.to_s
    end
  end
end
