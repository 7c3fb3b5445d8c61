# frozen_string_literal: true

# Unit tests of the runtime that need no server.

require "minitest/autorun"
require "socket"
require "tessera"

class UnitTest < Minitest::Test
  def test_retry_delay_prefers_retry_after_capped
    assert_equal 3.0, Tessera::BaseClient.retry_delay(1, 3.0, 60.0)
    assert_equal 0.2, Tessera::BaseClient.retry_delay(1, 30.0, 0.2)
    10.times do
      delay = Tessera::BaseClient.retry_delay(2, nil, 60.0)
      assert_operator delay, :<=, 1.0
      assert_operator delay, :>=, 0.75
    end
    assert_operator Tessera::BaseClient.retry_delay(10, nil, 60.0), :<=, 8.0
  end

  def test_retryable_statuses
    assert(%w[408 429 500 503].all? { |s| Tessera::BaseClient.retryable_status?(s.to_i) })
    refute(%w[400 401 404 409 422].any? { |s| Tessera::BaseClient.retryable_status?(s.to_i) })
  end

  def test_errors_by_status_with_problem_fields
    body = '{"type":"about:blank","title":"Not Found","status":404,"code":"not_found","detail":"no such user","request_id":"r1"}'
    error = Tessera::APIError.from_response(404, { "x-request-id" => "r1" }, body)
    assert_instance_of Tessera::NotFoundError, error
    assert_equal ["not_found", "no such user", "r1"], [error.code, error.detail, error.request_id]
    assert_instance_of Tessera::InternalServerError, Tessera::APIError.from_response(502, {}, "")
    oauth = Tessera::APIError.from_response(401, {}, '{"error":"invalid_client","error_description":"bad secret"}')
    assert_equal %w[invalid_client bad\ secret], [oauth.code, oauth.detail]
  end

  def test_retry_after_as_seconds_or_date
    assert_equal 7.0, Tessera::APIError.parse_retry_after("7")
    assert_nil Tessera::APIError.parse_retry_after("soon")
    later = Tessera::APIError.parse_retry_after((Time.now + 120).httpdate)
    assert_in_delta 120, later, 2
  end

  def test_models_round_trip_and_unions_pick_their_variant
    user = Tessera::Models::User.from_h(
      "id" => "usr_1", "email" => "a@example.com", "email_verified" => false, "disabled" => false,
      "has_password" => true, "metadata" => {}, "created_at" => "2026-11-23T00:00:00Z",
      "updated_at" => "2026-11-23T00:00:00Z"
    )
    assert_equal Time.utc(2026, 11, 23), user.created_at
    assert_equal user, Tessera::Models::User.from_h(user.to_h)
    assert_raises(KeyError) { Tessera::Models::User.from_h("id" => "usr_1") }
    assert_includes Tessera::Models::ErrorCode::ALL, Tessera::Models::ErrorCode::NOT_FOUND
  end

  def test_connection_failures_are_retried_for_get_then_raised
    port = TCPServer.open("127.0.0.1", 0).then { |server| server.addr[1].tap { server.close } }
    events = []
    client = Tessera::Client.new("http://127.0.0.1:#{port}", admin_key: "tsk_x", max_retry_delay: 0.01,
                                                              on_retry: ->(event) { events << event })
    assert_raises(Tessera::APIConnectionError) { client.list_tenants }
    assert_equal [1, 2], events.map(&:attempt)
    assert(events.all? { |e| e.error.is_a?(Tessera::APIConnectionError) })
  end

  def test_a_silent_server_times_out
    server = TCPServer.open("127.0.0.1", 0) # accepted by the kernel, never answered
    client = Tessera::Client.new("http://127.0.0.1:#{server.addr[1]}", timeout: 0.2, max_retries: 0)
    assert_raises(Tessera::APITimeoutError) { client.list_tenants }
  ensure
    server&.close
  end
end
