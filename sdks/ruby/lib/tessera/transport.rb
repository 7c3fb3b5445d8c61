# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

require "json"
require "net/http"
require "openssl"
require "time"
require "uri"

module Tessera
  # Per-call settings, the +request_options:+ argument of every operation (a Hash with the
  # same keys works too).
  #
  # - +timeout+: seconds to wait for each attempt's response
  # - +max_retries+: overrides the client's +max_retries+ for this call
  # - +retry_non_idempotent+: also retry a POST or PATCH (off by default: a retried POST may
  #   act twice)
  # - +headers+: extra headers for this call
  RequestOptions = Struct.new(:timeout, :max_retries, :retry_non_idempotent, :headers, keyword_init: true)

  # What +on_retry+ is told before each retry: +attempt+ is 1 for the first retry, +delay+ the
  # seconds until it, +error+ why the previous attempt failed.
  RetryEvent = Struct.new(:method, :path, :attempt, :delay, :error, keyword_init: true)

  # The HTTP engine: URLs, auth, timeouts, retries and error mapping, over +net/http+.
  # Operations live in +Client+, its subclass.
  class BaseClient
    # Security scheme => [credential option, header, value prefix].
    SECURITY_SCHEMES = {
      "admin_key" => [:admin_key, "authorization", "Bearer "],
      "bearer_token" => [:bearer_token, "authorization", "Bearer "],
      "registration_token" => [:registration_token, "authorization", "Bearer "],
      "session_token" => [:session_token, "authorization", "Bearer "],
    }.freeze
    IDEMPOTENT = %w[GET HEAD PUT DELETE OPTIONS].freeze
    DEFAULT_TIMEOUT = 60.0
    DEFAULT_MAX_RETRIES = 2
    DEFAULT_MAX_RETRY_DELAY = 60.0
    INITIAL_RETRY_DELAY = 0.5
    MAX_BACKOFF = 8.0

    # The server's base URL, without a trailing slash.
    attr_reader :base_url

    def initialize(base_url, credentials:, timeout:, max_retries:, max_retry_delay:, default_headers:, on_retry:)
      raise ArgumentError, "the client needs a base_url" if base_url.nil? || base_url.to_s.empty?

      @base_url = base_url.to_s.sub(%r{/+\z}, "")
      @credentials = credentials
      @timeout = timeout
      @max_retries = max_retries
      @max_retry_delay = max_retry_delay
      @default_headers = (default_headers || {}).to_h { |k, v| [k.to_s.downcase, v.to_s] }
      @on_retry = on_retry
    end

    # Whether a status is worth another attempt: 408, 429 and 5xx.
    def self.retryable_status?(status)
      status == 408 || status == 429 || status >= 500
    end

    # Seconds before retry number +attempt+ (1-based): +Retry-After+ when the server sent one,
    # else exponential backoff (0.5 s doubling to 8 s) less up to 25% jitter.
    def self.retry_delay(attempt, retry_after, max_retry_delay)
      return [retry_after, max_retry_delay].min unless retry_after.nil?

      backoff = [INITIAL_RETRY_DELAY * (2.0**(attempt - 1)), MAX_BACKOFF].min
      [backoff * (1 - (rand * 0.25)), max_retry_delay].min
    end

    # A path parameter, percent-encoded.
    def self.path_param(value)
      URI.encode_www_form_component(value.to_s).gsub("+", "%20")
    end

    # Models, times, arrays and hashes as JSON values.
    def self.to_json_value(value)
      case value
      when Time then value.iso8601(6)
      when Array then value.map { |v| to_json_value(v) }
      when Hash then value.to_h { |k, v| [k.to_s, to_json_value(v)] }
      else value.respond_to?(:to_h) && !value.nil? ? value.to_h : value
      end
    end

    # A request body from keyword arguments: +nil+ ones are left out.
    def self.body(fields, optional: false)
      out = fields.reject { |_, v| v.nil? }.to_h { |k, v| [k, to_json_value(v)] }
      optional && out.empty? ? nil : out
    end

    private

    # Sends one call, with retries, and decodes its answer.
    def request(method, path, query: nil, json: nil, form: nil, auth: [], expect: :json, options: nil)
      options = options.to_h.transform_keys(&:to_sym)
      uri = URI(@base_url + path)
      pairs = (query || {}).reject { |_, v| v.nil? }.map { |k, v| [k, query_value(v)] }
      uri.query = URI.encode_www_form(pairs) unless pairs.empty?
      headers, body = prepare(auth, expect, json, form, options)
      timeout = options[:timeout] || @timeout
      retryable = IDEMPOTENT.include?(method) || options[:retry_non_idempotent] == true
      max_retries = options[:max_retries] || @max_retries
      attempt = 0
      loop do
        retry_after = nil
        begin
          status, answer_headers, answer = send_once(method, uri, headers, body, timeout)
          return decode(answer, expect) if status.between?(200, 299)

          error = APIError.from_response(status, answer_headers, answer)
          raise error unless self.class.retryable_status?(status)

          retry_after = error.retry_after
        rescue APIConnectionError => e
          error = e
        end
        raise error if !retryable || attempt >= max_retries

        attempt += 1
        delay = self.class.retry_delay(attempt, retry_after, @max_retry_delay)
        @on_retry&.call(RetryEvent.new(method: method, path: path, attempt: attempt, delay: delay, error: error))
        sleep(delay)
      end
    end

    def prepare(auth, expect, json, form, options)
      headers = {
        "accept" => expect == :json ? "application/json, application/problem+json" : "*/*",
        "user-agent" => "tessera-ruby/#{VERSION}"
      }.merge(@default_headers)
      auth.each do |scheme|
        option, header, prefix = SECURITY_SCHEMES[scheme]
        credential = option && @credentials[option]
        next if credential.nil? || credential.empty?

        headers[header] = prefix + credential
        break
      end
      body = nil
      if form
        body = URI.encode_www_form(form.reject { |_, v| v.nil? }.map { |k, v| [k, query_value(v)] })
        headers["content-type"] = "application/x-www-form-urlencoded"
      elsif !json.nil?
        body = JSON.generate(json)
        headers["content-type"] = "application/json"
      end
      (options[:headers] || {}).each { |k, v| headers[k.to_s.downcase] = v.to_s }
      [headers, body]
    end

    # One attempt: [status, headers, body], or APIConnectionError / APITimeoutError.
    def send_once(method, uri, headers, body, timeout)
      http = Net::HTTP.new(uri.host, uri.port)
      http.use_ssl = uri.scheme == "https"
      http.open_timeout = timeout
      http.read_timeout = timeout
      http.write_timeout = timeout
      request = Net::HTTPGenericRequest.new(method, !body.nil?, method != "HEAD", uri.request_uri, headers)
      request.body = body unless body.nil?
      response = http.start { |connection| connection.request(request) }
      answer_headers = {}
      response.each_header { |k, v| answer_headers[k.downcase] = v }
      [response.code.to_i, answer_headers, response.body.to_s]
    rescue Net::OpenTimeout, Net::ReadTimeout, Net::WriteTimeout => e
      raise APITimeoutError, "#{method} #{uri.path}: no response within #{timeout} s (#{e.class})"
    rescue SystemCallError, IOError, SocketError, EOFError, OpenSSL::SSL::SSLError, Net::HTTPBadResponse => e
      raise APIConnectionError, "#{method} #{uri.path}: #{e.message}"
    end

    def decode(text, expect)
      case expect
      when :empty then nil
      when :text then text
      else text.empty? ? nil : JSON.parse(text)
      end
    end

    def query_value(value)
      case value
      when true then "true"
      when false then "false"
      when Time then value.iso8601(6)
      else value.to_s
      end
    end
  end
end
