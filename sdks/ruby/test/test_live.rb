# frozen_string_literal: true

# The live scenario, against a real server: TESSERA_URL and TESSERA_ADMIN_KEY
# (`cargo xtask sdk-test` starts one and sets both).

require "minitest/autorun"
require "securerandom"
require "tessera"

module Live
  PASSWORD = "correct horse battery staple"

  def self.url
    ENV.fetch("TESSERA_URL") { raise "TESSERA_URL and TESSERA_ADMIN_KEY are not set: run `cargo xtask sdk-test`" }
  end

  def self.admin_key
    ENV.fetch("TESSERA_ADMIN_KEY") { raise "TESSERA_ADMIN_KEY is not set: run `cargo xtask sdk-test`" }
  end

  def self.client
    @client ||= Tessera::Client.new(url, admin_key: admin_key)
  end

  # One tenant with five users for the whole run, deleted at the end.
  def self.tenant
    @tenant ||= begin
      slug = "sdk-rb-#{SecureRandom.hex(4)}"
      created = client.create_tenant(slug: slug, name: "SDK Ruby")
      raise "unexpected tenant #{created.slug}" unless created.slug == slug && created.issuer.end_with?("/t/#{slug}")

      Minitest.after_run { client.delete_tenant(slug) }
      slug
    end
  end

  def self.users
    @users ||= (0...5).map do |i|
      client.create_user(tenant, email: "user#{i}@example.com", password: PASSWORD, name: "User #{i}")
    end
  end
end

class LiveTest < Minitest::Test
  # minitest runs tests in random order: every test starts with the tenant and its users.
  def setup
    Live.users
  end

  def client = Live.client
  def tenant = Live.tenant
  def users = Live.users

  # A login's session tokens; these users have no second factor, so no MFA challenge.
  def session(answer)
    assert_instance_of Tessera::Models::SessionTokens, answer
    answer
  end

  def assert_request_id(error)
    refute_nil error.request_id, "every error carries the request id"
    refute_includes error.request_id, " "
    refute_nil error.problem
    assert_equal error.request_id, error.problem.request_id
  end

  def test_users_are_created
    assert_equal 5, users.length
    users.each do |u|
      assert u.id.start_with?("usr_")
      assert u.has_password
      refute u.disabled
      assert_kind_of Time, u.created_at
    end
  end

  def test_pagination
    first = client.list_users(tenant, limit: 2)
    assert_equal 2, first.data.length
    refute_nil first.next_cursor
    assert_equal users.map(&:email), first.map(&:email)
    assert_equal [2, 2, 1], first.each_page.map { |p| p.data.length }
  end

  def test_login_session_token_and_refresh
    users
    tokens = session(client.login(tenant, email: "user0@example.com", password: Live::PASSWORD))
    assert_equal "Bearer", tokens.token_type
    me = Tessera::Client.new(client.base_url, session_token: tokens.access_token).get_me(tenant)
    assert_equal users[0].id, me.id
    refreshed = client.refresh_session(tenant, refresh_token: tokens.refresh_token)
    assert_equal tokens.session_id, refreshed.session_id
    refute_equal tokens.refresh_token, refreshed.refresh_token
    reused = assert_raises(Tessera::AuthenticationError) do
      client.refresh_session(tenant, refresh_token: tokens.refresh_token)
    end
    assert_request_id reused
  end

  def test_metadata_round_trips
    updated = client.update_user(tenant, users[1].id, metadata: { "plan" => "pro", "seats" => 3 })
    assert_equal({ "plan" => "pro", "seats" => 3 }, updated.metadata)
    assert_equal({}, client.update_user(tenant, users[1].id, metadata: {}).metadata)
  end

  def test_not_found
    error = assert_raises(Tessera::NotFoundError) { client.get_user(tenant, "usr_doesnotexist") }
    assert_equal [404, "not_found"], [error.status, error.code]
    assert_request_id error
  end

  def test_conflict
    error = assert_raises(Tessera::ConflictError) { client.create_tenant(slug: tenant, name: "Again") }
    assert_equal [409, "already_exists"], [error.status, error.code]
    assert_request_id error
  end

  def test_unprocessable
    error = assert_raises(Tessera::UnprocessableError) { client.create_user(tenant, email: "not-an-email") }
    assert_equal [422, "validation_failed"], [error.status, error.code]
    assert(error.problem.errors.any? { |e| e.pointer == "/email" })
    assert_request_id error
  end

  def test_lockout_is_rate_limited_and_retried_when_allowed
    email = "user4@example.com"
    users
    5.times do
      wrong = assert_raises(Tessera::AuthenticationError) do
        client.login(tenant, email: email, password: "wrong password!")
      end
      assert_equal "invalid_credentials", wrong.code
    end

    # A POST is not retried by default: one attempt, the lock's Retry-After on the error.
    events = []
    counting = Tessera::Client.new(client.base_url, on_retry: ->(event) { events << event })
    locked = assert_raises(Tessera::RateLimitedError) do
      counting.login(tenant, email: email, password: Live::PASSWORD)
    end
    assert_equal [429, "account_locked"], [locked.status, locked.code]
    assert_operator locked.retry_after, :>, 0
    assert_request_id locked
    assert_empty events

    # Opted in, the SDK retries the 429. The lock lasts 30 s, so the wait is capped at 0.2 s
    # and an administrator unlocks the user while the SDK waits; the retried login succeeds.
    unlock = lambda do |event|
      events << event
      client.unlock_user(tenant, users[4].id)
    end
    retrying = Tessera::Client.new(client.base_url, max_retry_delay: 0.2, on_retry: unlock)
    tokens = session(retrying.login(tenant, email: email, password: Live::PASSWORD,
                                            request_options: { retry_non_idempotent: true }))
    assert_equal "Bearer", tokens.token_type
    assert_equal 1, events.length
    assert_instance_of Tessera::RateLimitedError, events[0].error
    assert_in_delta 0.2, events[0].delay
  end

  def test_client_credentials_are_cached_refreshed_and_accepted
    created = client.create_client(tenant, name: "Ruby service", scopes: %w[read write], access_token_ttl: 60)
    now = 1000.0
    tokens = Tessera::ClientCredentials.new(client, tenant, client_id: created.id, client_secret: created.client_secret,
                                                            scope: "read", clock: -> { now })
    first = tokens.token
    assert_equal first, tokens.token, "a live token is served from the cache"
    assert_equal "Bearer #{first}", tokens.authorization

    # The client registered client_secret_basic, so it introspects with HTTP Basic too.
    basic = ["#{created.id}:#{created.client_secret}"].pack("m0")
    info = client.oauth_introspect(tenant, token: first, request_options: { headers: { "authorization" => "Basic #{basic}" } })
    assert info.active
    assert_equal created.id, info.client_id
    assert_equal "read", info.scope

    # 60 s tokens are refreshed after half their lifetime.
    now += 31
    second = tokens.token
    refute_equal first, second
    tokens.invalidate
    refute_equal second, tokens.token

    # A client registered for client_secret_post gets its tokens that way; a wrong secret is
    # the token endpoint's typed 401.
    poster = client.create_client(tenant, name: "Ruby poster", token_endpoint_auth_method: "client_secret_post")
    post = Tessera::ClientCredentials.new(client, tenant, client_id: poster.id, client_secret: poster.client_secret,
                                                          auth_method: "client_secret_post")
    refute_empty post.token
    wrong = Tessera::ClientCredentials.new(client, tenant, client_id: created.id, client_secret: "tss_wrong")
    error = assert_raises(Tessera::AuthenticationError) { wrong.token }
    assert_equal [401, "invalid_client"], [error.status, error.code]
  end

  def test_error_codes_match_the_server
    spec = client.get_open_api
    assert_equal spec["components"]["schemas"]["ErrorCode"]["enum"], Tessera::ERROR_CODES
  end
end
