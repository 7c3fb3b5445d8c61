# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

require "uri"

module Tessera
  # Access tokens for a confidential client (OAuth 2.0 client credentials, RFC 6749 section
  # 4.4), fetched from its tenant's token endpoint and cached until shortly before they expire.
  # Safe to share across threads.
  #
  #   tokens = Tessera::ClientCredentials.new(client, "acme", client_id: "cli_...", client_secret: "tss_...")
  #   headers = { "authorization" => tokens.authorization }
  class ClientCredentials
    # A cached token; +expires_at+ is the clock reading after which a new one is fetched.
    AccessToken = Struct.new(:value, :scope, :expires_at, keyword_init: true)

    DEFAULT_REFRESH_BEFORE = 30.0
    AUTH_METHODS = %w[client_secret_basic client_secret_post].freeze

    # +client+:: the client whose base URL, timeouts, retries and user agent the token requests
    #            use; it needs no credential of its own
    # +tenant+:: the tenant (slug) that registered the client
    # +scope+:: space-separated scopes to ask for; all the client's scopes when nil
    # +resource+:: the API the token is for (RFC 8707), which becomes its +aud+
    # +auth_method+:: +client_secret_basic+ (the default) or +client_secret_post+, as registered
    # +refresh_before+:: seconds before expiry at which a new token is fetched
    # +clock+:: returns seconds on a monotonic clock; tests pass their own
    def initialize(client, tenant, client_id:, client_secret:, scope: nil, resource: nil,
                   auth_method: "client_secret_basic", refresh_before: DEFAULT_REFRESH_BEFORE,
                   clock: -> { Process.clock_gettime(Process::CLOCK_MONOTONIC) })
      raise ArgumentError, "client credentials need a client_id and a client_secret" if blank?(client_id) || blank?(client_secret)
      unless AUTH_METHODS.include?(auth_method)
        raise ArgumentError, "unsupported auth_method #{auth_method.inspect}: use client_secret_basic or client_secret_post"
      end

      @client = client
      @tenant = tenant
      @client_id = client_id
      @client_secret = client_secret
      @scope = scope
      @resource = resource
      @auth_method = auth_method
      @refresh_before = refresh_before
      @clock = clock
      @cached = nil
      @lock = Mutex.new
    end

    # A valid access token: the cached one, or a new one when it is about to expire. Raises the
    # client's errors (+AuthenticationError+ for a wrong secret, +BadRequestError+ for a scope
    # or resource the client may not have).
    def token
      access_token.value
    end

    # Like +token+, with the granted scope and the refresh time.
    def access_token
      @lock.synchronize do
        return @cached if !@cached.nil? && @clock.call < @cached.expires_at

        @cached = fetch
      end
    end

    # The +Authorization+ header value, <tt>Bearer <token></tt>.
    def authorization
      "Bearer #{token}"
    end

    # Forgets the cached token, so the next call fetches a new one (after a 401, say).
    def invalidate
      @lock.synchronize { @cached = nil }
    end

    private

    def fetch
      options = {}
      client_id = client_secret = nil
      if @auth_method == "client_secret_post"
        client_id = @client_id
        client_secret = @client_secret
      else
        # RFC 6749 section 2.3.1: both parts form-encoded before the Basic encoding.
        pair = "#{URI.encode_www_form_component(@client_id)}:#{URI.encode_www_form_component(@client_secret)}"
        options[:headers] = { "authorization" => "Basic #{[pair].pack("m0")}" }
      end
      asked_at = @clock.call
      answer = @client.get_token(@tenant, grant_type: "client_credentials", scope: @scope, resource: @resource,
                                              client_id: client_id, client_secret: client_secret,
                                              request_options: options)
      # Refresh ahead of expiry, but never sooner than half the lifetime, so a short-lived
      # token is not fetched again on every call.
      margin = [@refresh_before, answer.expires_in / 2.0].min
      AccessToken.new(value: answer.access_token, scope: answer.scope, expires_at: asked_at + answer.expires_in - margin)
    end

    def blank?(value)
      value.nil? || value.to_s.empty?
    end
  end
end
