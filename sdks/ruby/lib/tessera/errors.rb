# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

require "json"
require "time"

module Tessera
  # Every machine-readable +code+ this version of the API can answer with.
  ERROR_CODES = [
    "invalid_body",
    "unsupported_media_type",
    "payload_too_large",
    "invalid_parameter",
    "validation_failed",
    "unauthorized",
    "invalid_credentials",
    "invalid_token",
    "invalid_code",
    "account_locked",
    "rate_limited",
    "account_disabled",
    "signup_disabled",
    "email_domain_not_allowed",
    "origin_not_allowed",
    "not_found",
    "method_not_allowed",
    "already_exists",
    "conflict",
    "request_timeout",
    "service_unavailable",
    "internal_error",
  ].freeze

  # The base of every error the client raises.
  class Error < StandardError; end

  # The server answered with an error status. Branch on +code+ (stable) or on the subclass;
  # +detail+ is written for people.
  class APIError < Error
    # The HTTP status.
    attr_reader :status
    # The problem document's machine-readable code, when the body was one.
    attr_reader :code
    # What went wrong, for a person.
    attr_reader :detail
    # The server's request id (+x-request-id+), to quote when reporting a problem.
    attr_reader :request_id
    # Seconds to wait before retrying, from +Retry-After+.
    attr_reader :retry_after
    # The whole problem document (RFC 9457) as a model, when the body was one.
    attr_reader :problem
    # The response headers, names in lowercase.
    attr_reader :headers
    # The raw response body.
    attr_reader :body

    def initialize(status, headers, body)
      document = APIError.json_object(body)
      @status = status
      @code = APIError.string(document, "code") || APIError.string(document, "error")
      @detail = APIError.string(document, "detail") || APIError.string(document, "error_description") ||
                APIError.string(document, "title") || body.to_s.strip[0, 200]
      @detail = "HTTP #{status}" if @detail.nil? || @detail.empty?
      @request_id = headers["x-request-id"] || APIError.string(document, "request_id")
      @retry_after = APIError.parse_retry_after(headers["retry-after"])
      @problem = APIError.problem(document)
      @headers = headers
      @body = body
      super(@code ? "#{status} #{@code}: #{@detail}" : "#{status}: #{@detail}")
    end

    # The error for a status: its subclass when it has one.
    def self.from_response(status, headers, body)
      cls = BY_STATUS.fetch(status) { status >= 500 ? InternalServerError : APIError }
      cls.new(status, headers, body)
    end

    # +Retry-After+ as seconds: delay-seconds or an HTTP date (RFC 9110 section 10.2.3).
    def self.parse_retry_after(value)
      return nil if value.nil? || value.strip.empty?
      return Float(value.strip) if value.strip.match?(/\A\d+\z/)

      [Time.httpdate(value.strip) - Time.now, 0.0].max
    rescue ArgumentError
      nil
    end

    def self.json_object(body)
      value = JSON.parse(body.to_s)
      value.is_a?(Hash) ? value : nil
    rescue JSON::ParserError
      nil
    end

    def self.string(document, key)
      value = document && document[key]
      value.is_a?(String) ? value : nil
    end

    def self.problem(document)
      return nil if document.nil?

      Models::Problem.from_h(document)
    rescue KeyError, TypeError, ArgumentError, NoMethodError
      nil
    end
  end

  # 400: the request was malformed.
  class BadRequestError < APIError; end
  # 401: missing or invalid credentials.
  class AuthenticationError < APIError; end
  # 403: the credentials are valid but not allowed to do this.
  class PermissionDeniedError < APIError; end
  # 404: no such resource.
  class NotFoundError < APIError; end
  # 409: the request conflicts with the current state.
  class ConflictError < APIError; end
  # 422: the request was well-formed but its values are invalid.
  class UnprocessableError < APIError; end
  # 429: too many requests, or a lock; +retry_after+ says how long to wait.
  class RateLimitedError < APIError; end
  # 5xx: the server failed.
  class InternalServerError < APIError; end

  # The server could not be reached, or the connection broke before an answer.
  class APIConnectionError < Error; end
  # No answer within the timeout.
  class APITimeoutError < APIConnectionError; end

  class APIError
    BY_STATUS = {
      400 => BadRequestError,
      401 => AuthenticationError,
      403 => PermissionDeniedError,
      404 => NotFoundError,
      409 => ConflictError,
      422 => UnprocessableError,
      429 => RateLimitedError
    }.freeze
  end
end
