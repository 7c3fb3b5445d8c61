# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

module Tessera
  # A client for the Tessera API, one method per operation.
  #
  #   client = Tessera::Client.new("http://127.0.0.1:8080", admin_key: ENV.fetch("TESSERA_ADMIN_KEY"))
  #   client.create_tenant(slug: "acme", name: "Acme")
  class Client < BaseClient
    # +base_url+:: the server, such as +https://id.example.com+
    # +admin_key+:: An admin key, `tsk_…`, from `tessera admin bootstrap` or the first start.
    # +bearer_token+:: An access token from the tenant's token endpoint (`POST /t/{tenant}/oauth/token`).
    # +registration_token+:: The registration access token (`trt_…`) from dynamic client registration (RFC 7592).
    # +session_token+:: A session access token from `POST /t/{tenant}/auth/login`.
    # +timeout+:: seconds to wait for each attempt's response
    # +max_retries+:: retries after a retryable failure (408, 429, 5xx, no connection); only
    #                 idempotent methods are retried unless a call opts in
    # +max_retry_delay+:: the longest wait before a retry; a longer +Retry-After+ is shortened
    # +default_headers+:: headers sent with every request
    # +on_retry+:: called with a +RetryEvent+ before each retry
    def initialize(
      base_url,
      admin_key: nil,
      bearer_token: nil,
      registration_token: nil,
      session_token: nil,
      timeout: DEFAULT_TIMEOUT,
      max_retries: DEFAULT_MAX_RETRIES,
      max_retry_delay: DEFAULT_MAX_RETRY_DELAY,
      default_headers: nil,
      on_retry: nil
    )
      super(
        base_url,
        credentials: { admin_key: admin_key, bearer_token: bearer_token, registration_token: registration_token, session_token: session_token },
        timeout: timeout,
        max_retries: max_retries,
        max_retry_delay: max_retry_delay,
        default_headers: default_headers,
        on_retry: on_retry
      )
    end

    # List tenants.
    #
    # Oldest first, paginated by cursor.
    #
    # Returns the first page; iterating it yields every Models::Tenant across pages.
    #
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [UnprocessableError] 422 Limit out of range or unknown cursor
    def list_tenants(limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::TenantList.from_h(request("GET", "/v1/tenants", query: { "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Create a tenant.
    #
    # Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
    # `signing_alg` (ES256 by default) and an RS256 key for ID tokens.
    #
    # @param slug [String] Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
    # @param name [String] Display name, 1-200 characters.
    # @param signing_alg [String (Models::SigningAlg), nil] Primary signing algorithm; ES256 when omitted.
    # @param allowed_origins [Array<String>, nil] Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Tenant]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [ConflictError] 409 The slug is taken
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid slug, name or origins
    def create_tenant(slug:, name:, signing_alg: nil, allowed_origins: nil, request_options: nil)
      _data = request("POST", "/v1/tenants", json: BaseClient.body({ "slug" => slug, "name" => name, "signing_alg" => signing_alg, "allowed_origins" => allowed_origins }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Tenant.from_h(_data)
    end

    # Get a tenant.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Tenant]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def get_tenant(tenant, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::Tenant.from_h(_data)
    end

    # Delete a tenant.
    #
    # Deletes the tenant and everything it owns, keys included. Tokens it issued stop
    # verifying as soon as relying parties refresh its JWKS.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def delete_tenant(tenant, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Update a tenant.
    #
    # Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
    # it is part of the issuer that tokens carry.
    #
    # @param tenant [String] The tenant's slug
    # @param name [String, nil]
    # @param signing_alg [String (Models::SigningAlg), nil] Changing it creates a key for the new algorithm and retires the old primary key
    # @param allowed_origins [Array<String>, nil]
    # @param signup_mode [String (Models::SignupMode), nil]
    # @param signup_allowed_domains [Array<String>, nil] Lowercase domains such as `example.com`, at most 100; subdomains are included.
    # @param block_disposable_emails [Boolean, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Tenant]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 A concurrent key change
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid name or origins
    def update_tenant(tenant, name: nil, signing_alg: nil, allowed_origins: nil, signup_mode: nil, signup_allowed_domains: nil, block_disposable_emails: nil, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}", json: BaseClient.body({ "name" => name, "signing_alg" => signing_alg, "allowed_origins" => allowed_origins, "signup_mode" => signup_mode, "signup_allowed_domains" => signup_allowed_domains, "block_disposable_emails" => block_disposable_emails }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Tenant.from_h(_data)
    end

    # List signing keys.
    #
    # The tenant's published keys: active ones first, then retired ones that stay in the JWKS
    # until no token they signed can still be valid.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::SigningKeyList]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def list_signing_keys(tenant, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/keys", auth: ["admin_key"], expect: :json, options: request_options)
      Models::SigningKeyList.from_h(_data)
    end

    # Rotate signing keys.
    #
    # Activates a new key for each algorithm (or only `alg`) and retires the previous one,
    # which stays in the JWKS for the server's `max_token_lifetime` plus one minute.
    #
    # @param tenant [String] The tenant's slug
    # @param alg [String (Models::SigningAlg), nil] Rotate only the key of this algorithm; all active keys when omitted.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::SigningKeyList]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 A concurrent rotation won
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The tenant has no key of that algorithm
    def rotate_signing_keys(tenant, alg: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/keys/rotate", json: BaseClient.body({ "alg" => alg }, optional: true), auth: ["admin_key"], expect: :json, options: request_options)
      Models::SigningKeyList.from_h(_data)
    end

    # Mint a test access token.
    #
    # Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
    # resource servers and token validation; `client_id` is `tessera-test-token`.
    #
    # @param tenant [String] The tenant's slug
    # @param subject [String] The token's `sub`.
    # @param audience [String] The token's `aud`, such as an API identifier.
    # @param scope [String, nil] Space-separated scopes for the `scope` claim.
    # @param expires_in [Integer, nil] Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::TestToken]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid subject, audience, scope or lifetime
    def create_test_token(tenant, subject:, audience:, scope: nil, expires_in: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/test-tokens", json: BaseClient.body({ "subject" => subject, "audience" => audience, "scope" => scope, "expires_in" => expires_in }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::TestToken.from_h(_data)
    end

    # Search users.
    #
    # Filters by exact email, a case-insensitive substring of email or name, and disabled
    # state; oldest first, paginated by cursor.
    #
    # Returns the first page; iterating it yields every Models::User across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param email [String, nil] Exact email (normalised before matching).
    # @param q [String, nil] Case-insensitive substring of the email or name.
    # @param disabled [Boolean, nil] Only disabled (`true`) or only enabled (`false`) users.
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [UnprocessableError] 422 Limit out of range, malformed email or unknown cursor
    def list_users(tenant, email: nil, q: nil, disabled: nil, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::UserList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/users", query: { "email" => email, "q" => q, "disabled" => disabled, "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Create a user.
    #
    # The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
    # when given, must meet the password policy and is stored as an argon2id hash.
    #
    # @param tenant [String] The tenant's slug
    # @param email [String]
    # @param password [String, nil] Checked against the password policy; omit for a user who signs in another way.
    # @param password_hash [String, nil] An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`,
    # @param email_verified [Boolean, nil]
    # @param name [String, nil]
    # @param picture [String, nil]
    # @param locale [String, nil]
    # @param metadata [Hash{String => Object}, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::User]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 The email is taken
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid email, profile or password
    def create_user(tenant, email:, password: nil, password_hash: nil, email_verified: nil, name: nil, picture: nil, locale: nil, metadata: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/users", json: BaseClient.body({ "email" => email, "password" => password, "password_hash" => password_hash, "email_verified" => email_verified, "name" => name, "picture" => picture, "locale" => locale, "metadata" => metadata }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::User.from_h(_data)
    end

    # Get a user.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::User]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    def get_user(tenant, user, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::User.from_h(_data)
    end

    # Delete a user.
    #
    # Deletes the user and their sessions.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    def delete_user(tenant, user, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Update a user.
    #
    # Changes only the fields present. A new password revokes every session of the user; a
    # new email is unverified unless `email_verified` is sent too.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param email [String, nil] Changing the email marks it unverified unless `email_verified` is also sent.
    # @param password [String, nil] Sets a new password; every session of the user is revoked.
    # @param email_verified [Boolean, nil]
    # @param name [String, nil]
    # @param picture [String, nil]
    # @param locale [String, nil]
    # @param metadata [Hash{String => Object}, nil] Replaces the whole metadata object.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::User]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    # @raise [ConflictError] 409 The email is taken
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid email, profile or password
    def update_user(tenant, user, email: nil, password: nil, email_verified: nil, name: nil, picture: nil, locale: nil, metadata: nil, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}", json: BaseClient.body({ "email" => email, "password" => password, "email_verified" => email_verified, "name" => name, "picture" => picture, "locale" => locale, "metadata" => metadata }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::User.from_h(_data)
    end

    # Disable a user.
    #
    # The user can no longer sign in or refresh, and every session is revoked at once.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::User]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    def disable_user(tenant, user, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/disable", auth: ["admin_key"], expect: :json, options: request_options)
      Models::User.from_h(_data)
    end

    # Enable a user.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::User]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    def enable_user(tenant, user, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/enable", auth: ["admin_key"], expect: :json, options: request_options)
      Models::User.from_h(_data)
    end

    # Unlock a user.
    #
    # Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::User]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    def unlock_user(tenant, user, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/unlock", auth: ["admin_key"], expect: :json, options: request_options)
      Models::User.from_h(_data)
    end

    # List a user's sessions.
    #
    # Live sessions (neither revoked nor expired), newest first.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::SessionList]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    def list_user_sessions(tenant, user, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/sessions", auth: ["admin_key"], expect: :json, options: request_options)
      Models::SessionList.from_h(_data)
    end

    # Revoke a user's session.
    #
    # Its refresh tokens stop working at once; access tokens already issued expire on their own.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param session [String] The session's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, user or live session
    def revoke_user_session(tenant, user, session, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/sessions/#{BaseClient.path_param(session)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Get a user's TOTP status.
    #
    # Whether the user has an authenticator (pending or enabled) and how many unused recovery
    # codes are left.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::TotpStatus]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    def get_user_totp(tenant, user, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/mfa/totp", auth: ["admin_key"], expect: :json, options: request_options)
      Models::TotpStatus.from_h(_data)
    end

    # Start TOTP enrolment.
    #
    # Creates a new shared secret for the user, pending until confirmed, and returns it once:
    # as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
    # authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
    # the enrolment is confirmed.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::TotpEnrolment]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    # @raise [ConflictError] 409 TOTP is already enabled; disable it first
    def start_user_totp_enrolment(tenant, user, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/mfa/totp", auth: ["admin_key"], expect: :json, options: request_options)
      Models::TotpEnrolment.from_h(_data)
    end

    # Disable TOTP.
    #
    # Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
    # sign-in challenges: the password alone signs in again.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user, or the user has no authenticator
    def disable_user_totp(tenant, user, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/mfa/totp", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Confirm TOTP enrolment.
    #
    # Enables the pending authenticator with a code it shows now (the previous and next
    # 30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
    # From then on, a correct password leads to a second-factor challenge.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param code [String]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::RecoveryCodes]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    # @raise [ConflictError] 409 No enrolment is pending, or TOTP is already enabled
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The code is malformed or not the authenticator's current code
    def confirm_user_totp(tenant, user, code:, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/mfa/totp/confirm", json: BaseClient.body({ "code" => code }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::RecoveryCodes.from_h(_data)
    end

    # Regenerate recovery codes.
    #
    # Replaces the user's recovery codes, used or not, with ten new ones, shown once.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::RecoveryCodes]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    # @raise [ConflictError] 409 The user has no enabled TOTP authenticator
    def regenerate_user_recovery_codes(tenant, user, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/mfa/recovery-codes", auth: ["admin_key"], expect: :json, options: request_options)
      Models::RecoveryCodes.from_h(_data)
    end

    # Send a verification email.
    #
    # Emails the user a link that verifies their address; it works once, for 24 hours, and a
    # newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
    # token in the URL fragment; that page posts it to `verifyEmail`.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::VerificationEmailSent]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    # @raise [ConflictError] 409 The email is already verified, or the user is disabled
    # @raise [InternalServerError] 503 The mail relay is unavailable
    def send_verification_email(tenant, user, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/send-verification-email", auth: ["admin_key"], expect: :json, options: request_options)
      Models::VerificationEmailSent.from_h(_data)
    end

    # List the development outbox.
    #
    # Messages the server stored instead of sending, newest first, in full (links and codes
    # included). Messages land here only when no SMTP relay is configured: it is a development
    # tool, and empty in a deployment that sends email.
    #
    # Returns the first page; iterating it yields every Models::OutboxMessage across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param to [String, nil] Only messages to this address.
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [UnprocessableError] 422 Limit out of range, malformed address or unknown cursor
    def list_outbox_messages(tenant, to: nil, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::OutboxMessageList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/outbox", query: { "to" => to, "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # List email template overrides.
    #
    # The tenant's own versions of the built-in templates, by template and locale.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::EmailTemplateList]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def list_email_templates(tenant, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/email-templates", auth: ["admin_key"], expect: :json, options: request_options)
      Models::EmailTemplateList.from_h(_data)
    end

    # Set an email template override.
    #
    # Replaces a built-in template (`verify_email`, `password_reset`, `magic_link`, `email_code`,
    # `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change`,
    # `email_change_notice`)
    # for users whose locale matches (`de` also serves `de-AT`). `{{ variable }}` placeholders
    # are filled in, HTML-escaped in the HTML part; there is no other template logic.
    #
    # @param tenant [String] The tenant's slug
    # @param template [String] `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`
    # @param locale [String] A BCP 47 language tag, such as `de` or `pt-BR`
    # @param subject [String] One line, at most 200 characters.
    # @param text [String] The plain-text part, at most 32 KiB.
    # @param html [String] The HTML part, at most 64 KiB.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::EmailTemplate]
    # @raise [BadRequestError] 400 Malformed body, tenant slug or locale
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or template
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Empty or too long parts, unknown variables, or a missing link or code
    def put_email_template(tenant, template, locale, subject:, text:, html:, request_options: nil)
      _data = request("PUT", "/v1/tenants/#{BaseClient.path_param(tenant)}/email-templates/#{BaseClient.path_param(template)}/#{BaseClient.path_param(locale)}", json: BaseClient.body({ "subject" => subject, "text" => text, "html" => html }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::EmailTemplate.from_h(_data)
    end

    # Remove an email template override.
    #
    # The built-in template applies again.
    #
    # @param tenant [String] The tenant's slug
    # @param template [String] `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`
    # @param locale [String] A BCP 47 language tag
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug or locale
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, template or override
    def delete_email_template(tenant, template, locale, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/email-templates/#{BaseClient.path_param(template)}/#{BaseClient.path_param(locale)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # List clients.
    #
    # Returns the first page; iterating it yields every Models::Client across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [UnprocessableError] 422 Limit out of range or unknown cursor
    def list_clients(tenant, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::ClientList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/clients", query: { "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Register a client.
    #
    # Confidential clients (the default) get a first secret, shown in this response only;
    # service accounts are confidential clients with the `client_credentials` grant.
    #
    # @param tenant [String] The tenant's slug
    # @param name [String]
    # @param client_type [String (Models::ClientType), nil] `confidential` (the default) or `public`.
    # @param token_endpoint_auth_method [String (Models::TokenEndpointAuthMethod), nil] Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
    # @param grant_types [Array<String (Models::GrantType)>, nil] Defaults to `["client_credentials"]` for confidential clients without redirect URIs,
    # @param scopes [Array<String>, nil]
    # @param audiences [Array<String>, nil]
    # @param access_token_ttl [Integer, nil] 60 to the server's `max_token_lifetime` seconds (default 3600).
    # @param redirect_uris [Array<String>, nil] Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
    # @param post_logout_redirect_uris [Array<String>, nil] Where RP-initiated logout may return users; same rules as `redirect_uris`.
    # @param skip_consent [Boolean, nil] `true` for first-party applications whose users are never asked for consent.
    # @param jwks [Hash{String => Object}, nil] The client's public keys (a JWK set) for `private_key_jwt`.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ClientWithSecret]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid name, scopes, audiences, lifetime or client type
    def create_client(tenant, name:, client_type: nil, token_endpoint_auth_method: nil, grant_types: nil, scopes: nil, audiences: nil, access_token_ttl: nil, redirect_uris: nil, post_logout_redirect_uris: nil, skip_consent: nil, jwks: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/clients", json: BaseClient.body({ "name" => name, "client_type" => client_type, "token_endpoint_auth_method" => token_endpoint_auth_method, "grant_types" => grant_types, "scopes" => scopes, "audiences" => audiences, "access_token_ttl" => access_token_ttl, "redirect_uris" => redirect_uris, "post_logout_redirect_uris" => post_logout_redirect_uris, "skip_consent" => skip_consent, "jwks" => jwks }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::ClientWithSecret.from_h(_data)
    end

    # Get a client.
    #
    # @param tenant [String] The tenant's slug
    # @param client [String] The client_id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Client]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or client
    def get_client(tenant, client, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/clients/#{BaseClient.path_param(client)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::Client.from_h(_data)
    end

    # Delete a client.
    #
    # Its secrets stop working at once; access tokens already issued expire on their own
    # (revoke them first if they must stop now).
    #
    # @param tenant [String] The tenant's slug
    # @param client [String] The client_id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or client
    def delete_client(tenant, client, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/clients/#{BaseClient.path_param(client)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Update a client.
    #
    # @param tenant [String] The tenant's slug
    # @param client [String] The client_id
    # @param name [String, nil]
    # @param grant_types [Array<String (Models::GrantType)>, nil]
    # @param scopes [Array<String>, nil]
    # @param audiences [Array<String>, nil]
    # @param access_token_ttl [Integer, nil]
    # @param redirect_uris [Array<String>, nil] Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
    # @param post_logout_redirect_uris [Array<String>, nil] Where RP-initiated logout may return users; same rules as `redirect_uris`.
    # @param skip_consent [Boolean, nil] `true` for first-party applications whose users are never asked for consent.
    # @param jwks [Hash{String => Object}, nil] The client's public keys (a JWK set) for `private_key_jwt`.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Client]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or client
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid name, scopes, audiences, lifetime or grants
    def update_client(tenant, client, name: nil, grant_types: nil, scopes: nil, audiences: nil, access_token_ttl: nil, redirect_uris: nil, post_logout_redirect_uris: nil, skip_consent: nil, jwks: nil, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}/clients/#{BaseClient.path_param(client)}", json: BaseClient.body({ "name" => name, "grant_types" => grant_types, "scopes" => scopes, "audiences" => audiences, "access_token_ttl" => access_token_ttl, "redirect_uris" => redirect_uris, "post_logout_redirect_uris" => post_logout_redirect_uris, "skip_consent" => skip_consent, "jwks" => jwks }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Client.from_h(_data)
    end

    # Rotate a client's secret.
    #
    # Creates a new secret, shown once, and lets the current ones keep working for
    # `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.
    #
    # @param tenant [String] The tenant's slug
    # @param client [String] The client_id
    # @param previous_secrets_expire_in [Integer, nil] Seconds the client's current secrets keep working (0-2592000, default 86400), so
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ClientWithSecret]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or client
    # @raise [ConflictError] 409 A public client has no secrets
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Overlap too long
    def rotate_client_secret(tenant, client, previous_secrets_expire_in: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/clients/#{BaseClient.path_param(client)}/secrets", json: BaseClient.body({ "previous_secrets_expire_in" => previous_secrets_expire_in }, optional: true), auth: ["admin_key"], expect: :json, options: request_options)
      Models::ClientWithSecret.from_h(_data)
    end

    # Revoke a client secret.
    #
    # @param tenant [String] The tenant's slug
    # @param client [String] The client_id
    # @param secret [String] The secret's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, client or live secret
    def revoke_client_secret(tenant, client, secret, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/clients/#{BaseClient.path_param(client)}/secrets/#{BaseClient.path_param(secret)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # List resources.
    #
    # Returns the first page; iterating it yields every Models::Resource across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def list_resources(tenant, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::ResourceList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/resources", query: { "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Register a resource.
    #
    # An API the tenant protects, such as an MCP server: clients request tokens for it with
    # `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
    # tool, for instance) become requestable.
    #
    # @param tenant [String] The tenant's slug
    # @param identifier [String] An absolute URI without a fragment; unique in the tenant.
    # @param name [String]
    # @param scopes [Array<String>, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Resource]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 A resource with this identifier exists
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid identifier, name or scopes
    def create_resource(tenant, identifier:, name:, scopes: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/resources", json: BaseClient.body({ "identifier" => identifier, "name" => name, "scopes" => scopes }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Resource.from_h(_data)
    end

    # Get a resource.
    #
    # @param tenant [String] The tenant's slug
    # @param resource [String] The resource's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Resource]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or resource
    def get_resource(tenant, resource, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/resources/#{BaseClient.path_param(resource)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::Resource.from_h(_data)
    end

    # Delete a resource.
    #
    # @param tenant [String] The tenant's slug
    # @param resource [String] The resource's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or resource
    def delete_resource(tenant, resource, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/resources/#{BaseClient.path_param(resource)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Update a resource.
    #
    # Its name and scopes; the identifier is fixed, since issued tokens carry it.
    #
    # @param tenant [String] The tenant's slug
    # @param resource [String] The resource's id
    # @param name [String, nil]
    # @param scopes [Array<String>, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Resource]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or resource
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid name or scopes
    def update_resource(tenant, resource, name: nil, scopes: nil, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}/resources/#{BaseClient.path_param(resource)}", json: BaseClient.body({ "name" => name, "scopes" => scopes }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Resource.from_h(_data)
    end

    # Get OAuth settings.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::OAuthSettings]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def get_o_auth_settings(tenant, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/oauth-settings", auth: ["admin_key"], expect: :json, options: request_options)
      Models::OAuthSettings.from_h(_data)
    end

    # Update OAuth settings.
    #
    # `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
    # as MCP clients need; registered clients get only the code flow.
    #
    # @param tenant [String] The tenant's slug
    # @param dynamic_client_registration [Boolean, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::OAuthSettings]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    def update_o_auth_settings(tenant, dynamic_client_registration: nil, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}/oauth-settings", json: BaseClient.body({ "dynamic_client_registration" => dynamic_client_registration }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::OAuthSettings.from_h(_data)
    end

    # Get branding.
    #
    # How the tenant's hosted sign-in and consent pages look.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Branding]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def get_branding(tenant, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/branding", auth: ["admin_key"], expect: :json, options: request_options)
      Models::Branding.from_h(_data)
    end

    # Set branding.
    #
    # Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
    # omitted fields return to the defaults.
    #
    # @param tenant [String] The tenant's slug
    # @param logo_url [String, nil] An `https` URL of the logo shown above the forms.
    # @param primary_color [String, nil] The accent colour of buttons and focus rings, `#rrggbb`.
    # @param custom_css [String, nil] A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is
    # @param support_url [String, nil] An `https` URL of the tenant's help page, linked at the foot of every page.
    # @param frame_ancestors [Array<String>, nil] Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP
    # @param default_locale [String, nil] The pages' language when neither `ui_locales` nor the browser names a supported
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Branding]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid logo URL or colour
    def set_branding(tenant, logo_url: nil, primary_color: nil, custom_css: nil, support_url: nil, frame_ancestors: nil, default_locale: nil, request_options: nil)
      _data = request("PUT", "/v1/tenants/#{BaseClient.path_param(tenant)}/branding", json: BaseClient.body({ "logo_url" => logo_url, "primary_color" => primary_color, "custom_css" => custom_css, "support_url" => support_url, "frame_ancestors" => frame_ancestors, "default_locale" => default_locale }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Branding.from_h(_data)
    end

    # Get the password policy.
    #
    # The policy in force: the tenant's choices over the server's defaults. It applies to
    # sign-up, admin create and update, password change, password reset and invitation accept;
    # existing passwords keep working.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::PasswordPolicy]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def get_password_policy(tenant, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/password-policy", auth: ["admin_key"], expect: :json, options: request_options)
      Models::PasswordPolicy.from_h(_data)
    end

    # Set the password policy.
    #
    # Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
    # count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
    # to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
    # range API configured.
    #
    # @param tenant [String] The tenant's slug
    # @param min_length [Integer, nil] 8 to `max_length` [default: 10].
    # @param max_length [Integer, nil] `min_length` to 1024 [default: 256].
    # @param reject_common [Boolean, nil] [default: the server's `reject_common_passwords`, true unless configured].
    # @param reject_personal_info [Boolean, nil] [default: true].
    # @param check_breached [Boolean, nil] Only when the server has `pwned_passwords_url` [default: true when it has].
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::PasswordPolicy]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Lengths out of range, or a breach check the server cannot do
    def set_password_policy(tenant, min_length: nil, max_length: nil, reject_common: nil, reject_personal_info: nil, check_breached: nil, request_options: nil)
      _data = request("PUT", "/v1/tenants/#{BaseClient.path_param(tenant)}/password-policy", json: BaseClient.body({ "min_length" => min_length, "max_length" => max_length, "reject_common" => reject_common, "reject_personal_info" => reject_personal_info, "check_breached" => check_breached }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::PasswordPolicy.from_h(_data)
    end

    # List audit events.
    #
    # The tenant's audit log, oldest first, filtered and paginated by cursor.
    #
    # Returns the first page; iterating it yields every Models::AuditEvent across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param action [String, nil] Exact action, such as `user.created`.
    # @param actor_id [String, nil]
    # @param target_id [String, nil]
    # @param since [String, nil] Events at or after this RFC 3339 time.
    # @param until_ [String, nil] Events before this RFC 3339 time.
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [UnprocessableError] 422 Bad time, limit or cursor
    def list_audit_events(tenant, action: nil, actor_id: nil, target_id: nil, since: nil, until_: nil, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::AuditEventList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/audit-events", query: { "action" => action, "actor_id" => actor_id, "target_id" => target_id, "since" => since, "until" => until_, "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Export audit events.
    #
    # Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.
    #
    # @param tenant [String] The tenant's slug
    # @param format [String (Models::AuditExportFormat), nil]
    # @param action [String, nil]
    # @param actor_id [String, nil]
    # @param target_id [String, nil]
    # @param since [String, nil] Events at or after this RFC 3339 time.
    # @param until_ [String, nil] Events before this RFC 3339 time.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [String]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [UnprocessableError] 422 Bad time, or too many events to export at once
    def export_audit_events(tenant, format: nil, action: nil, actor_id: nil, target_id: nil, since: nil, until_: nil, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/audit-events/export", query: { "format" => format, "action" => action, "actor_id" => actor_id, "target_id" => target_id, "since" => since, "until" => until_ }, auth: ["admin_key"], expect: :text, options: request_options)
      _data.to_s
    end

    # Verify the audit chain.
    #
    # Recomputes every event's hash and link, and reports the first broken one.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::AuditVerification]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def verify_audit_events(tenant, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/audit-events/verify", auth: ["admin_key"], expect: :json, options: request_options)
      Models::AuditVerification.from_h(_data)
    end

    # Search organizations.
    #
    # By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.
    #
    # Returns the first page; iterating it yields every Models::Organization across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param q [String, nil] Case-insensitive substring of the slug or name.
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [UnprocessableError] 422 Limit out of range or unknown cursor
    def list_organizations(tenant, q: nil, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::OrganizationList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations", query: { "q" => q, "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Create an organization.
    #
    # The slug is unique within the tenant and cannot change later.
    #
    # @param tenant [String] The tenant's slug
    # @param slug [String]
    # @param name [String]
    # @param logo_url [String, nil] An https URL of at most 2048 characters.
    # @param metadata [Hash{String => Object}, nil]
    # @param policies [Models::OrganizationPolicies, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Organization]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 The slug is taken
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid slug, name, logo, metadata or policies
    def create_organization(tenant, slug:, name:, logo_url: nil, metadata: nil, policies: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations", json: BaseClient.body({ "slug" => slug, "name" => name, "logo_url" => logo_url, "metadata" => metadata, "policies" => policies }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Organization.from_h(_data)
    end

    # Get an organization.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Organization]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    def get_organization(tenant, organization, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::Organization.from_h(_data)
    end

    # Delete an organization.
    #
    # Deletes its memberships, custom roles and invitations; sessions switched into it carry
    # no organization from their next token on.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    def delete_organization(tenant, organization, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Update an organization.
    #
    # Changes only the fields present; `policies` replaces every policy at once.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param name [String, nil]
    # @param logo_url [String, nil] An empty string removes the logo.
    # @param metadata [Hash{String => Object}, nil] Replaces the whole metadata object.
    # @param policies [Models::OrganizationPolicies, nil] Replaces every policy.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Organization]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid name, logo, metadata or policies
    def update_organization(tenant, organization, name: nil, logo_url: nil, metadata: nil, policies: nil, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}", json: BaseClient.body({ "name" => name, "logo_url" => logo_url, "metadata" => metadata, "policies" => policies }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Organization.from_h(_data)
    end

    # List members.
    #
    # Ordered by user id, paginated by cursor.
    #
    # Returns the first page; iterating it yields every Models::Membership across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [UnprocessableError] 422 Limit out of range or unknown cursor
    def list_organization_members(tenant, organization, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::MembershipList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/members", query: { "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Add a member.
    #
    # Adds a user of the tenant with a role (`member` by default).
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param user_id [String] The user's id (`usr_…`), of the same tenant.
    # @param role [String, nil] A role key; `member` when absent.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Membership]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [ConflictError] 409 The user is already a member
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Unknown user or role
    def add_organization_member(tenant, organization, user_id:, role: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/members", json: BaseClient.body({ "user_id" => user_id, "role" => role }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Membership.from_h(_data)
    end

    # Get a member.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Membership]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or member
    def get_organization_member(tenant, organization, user, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/members/#{BaseClient.path_param(user)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::Membership.from_h(_data)
    end

    # Remove a member.
    #
    # The user's sessions switched into the organization carry no organization from their
    # next token on. The last owner cannot be removed.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or member
    # @raise [ConflictError] 409 The member is the last owner
    def remove_organization_member(tenant, organization, user, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/members/#{BaseClient.path_param(user)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Change a member's role.
    #
    # The last owner keeps the owner role until another member is made owner.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param user [String] The user's id
    # @param role [String]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Membership]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or member
    # @raise [ConflictError] 409 The member is the last owner
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Unknown role
    def update_organization_member(tenant, organization, user, role:, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/members/#{BaseClient.path_param(user)}", json: BaseClient.body({ "role" => role }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Membership.from_h(_data)
    end

    # List the tenant's roles.
    #
    # The built-in roles (with the tenant's permissions when it changed them), then the
    # tenant-wide custom roles.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::RoleList]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def list_roles(tenant, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/roles", auth: ["admin_key"], expect: :json, options: request_options)
      Models::RoleList.from_h(_data)
    end

    # Create a tenant-wide role.
    #
    # A custom role every organization of the tenant can assign.
    #
    # @param tenant [String] The tenant's slug
    # @param key [String]
    # @param name [String]
    # @param description [String, nil]
    # @param permissions [Array<String>]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Role]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 The key is taken
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid key, name or permissions
    def create_role(tenant, key:, name:, permissions:, description: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/roles", json: BaseClient.body({ "key" => key, "name" => name, "description" => description, "permissions" => permissions }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Role.from_h(_data)
    end

    # Get a tenant-wide role.
    #
    # @param tenant [String] The tenant's slug
    # @param role [String] The role's key
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Role]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or role
    def get_role(tenant, role, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/roles/#{BaseClient.path_param(role)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::Role.from_h(_data)
    end

    # Delete a tenant-wide role.
    #
    # Only a custom role that no member holds.
    #
    # @param tenant [String] The tenant's slug
    # @param role [String] The role's key
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or role
    # @raise [ConflictError] 409 A built-in role, or one that members hold
    def delete_role(tenant, role, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/roles/#{BaseClient.path_param(role)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Update a tenant-wide role.
    #
    # For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
    # cannot change.
    #
    # @param tenant [String] The tenant's slug
    # @param role [String] The role's key
    # @param name [String, nil]
    # @param description [String, nil]
    # @param permissions [Array<String>, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Role]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or role
    # @raise [ConflictError] 409 The owner role cannot change
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid name or permissions
    def update_role(tenant, role, name: nil, description: nil, permissions: nil, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}/roles/#{BaseClient.path_param(role)}", json: BaseClient.body({ "name" => name, "description" => description, "permissions" => permissions }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Role.from_h(_data)
    end

    # List an organization's roles.
    #
    # The built-in and tenant-wide roles, then the organization's own.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::RoleList]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    def list_organization_roles(tenant, organization, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/roles", auth: ["admin_key"], expect: :json, options: request_options)
      Models::RoleList.from_h(_data)
    end

    # Create an organization's role.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param key [String]
    # @param name [String]
    # @param description [String, nil]
    # @param permissions [Array<String>]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Role]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [ConflictError] 409 The key is taken
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid key, name or permissions
    def create_organization_role(tenant, organization, key:, name:, permissions:, description: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/roles", json: BaseClient.body({ "key" => key, "name" => name, "description" => description, "permissions" => permissions }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Role.from_h(_data)
    end

    # Get an organization's role.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param role [String] The role's key
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Role]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or role
    def get_organization_role(tenant, organization, role, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/roles/#{BaseClient.path_param(role)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::Role.from_h(_data)
    end

    # Delete an organization's role.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param role [String] The role's key
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or role
    # @raise [ConflictError] 409 Members hold the role
    def delete_organization_role(tenant, organization, role, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/roles/#{BaseClient.path_param(role)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Update an organization's role.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param role [String] The role's key
    # @param name [String, nil]
    # @param description [String, nil]
    # @param permissions [Array<String>, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Role]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or role
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid name or permissions
    def update_organization_role(tenant, organization, role, name: nil, description: nil, permissions: nil, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/roles/#{BaseClient.path_param(role)}", json: BaseClient.body({ "name" => name, "description" => description, "permissions" => permissions }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Role.from_h(_data)
    end

    # Check a permission.
    #
    # May the subject do `permission` in the organization? The answer explains itself: the
    # role and pattern that granted it, or what was missing. Checks read live memberships.
    #
    # @param tenant [String] The tenant's slug
    # @param subject [String] A user id (`usr_…`) or a service account's client id (`cli_…`).
    # @param permission [String] A concrete `resource:action` (no wildcard).
    # @param organization [String, nil] The organization (id or slug) the subject acts in. Roles come from memberships,
    # @param resource [String, nil] The resource acted on (`document:123`): the organization-wide role applies to every
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::AuthzDecision]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Malformed subject, permission, organization or resource
    def check_permission(tenant, subject:, permission:, organization: nil, resource: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/authz/check", json: BaseClient.body({ "subject" => subject, "permission" => permission, "organization" => organization, "resource" => resource }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::AuthzDecision.from_h(_data)
    end

    # Check permissions in a batch.
    #
    # 1 to 100 checks, answered in order; malformed checks fail the whole batch.
    #
    # @param tenant [String] The tenant's slug
    # @param checks [Array<Models::AuthzCheck>]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::AuthzDecisionList]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Too many or too few checks, or a malformed one
    def check_permissions(tenant, checks:, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/authz/check-batch", json: BaseClient.body({ "checks" => checks }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::AuthzDecisionList.from_h(_data)
    end

    # List my organizations.
    #
    # The organizations I belong to, with my role; `current` marks the one this session is
    # switched into.
    #
    # Returns the first page; iterating it yields every Models::MyOrganization across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [UnprocessableError] 422 Limit out of range or unknown cursor
    def list_my_organizations(tenant, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::MyOrganizationList.from_h(request("GET", "/t/#{BaseClient.path_param(tenant)}/me/organizations", query: { "limit" => limit, "cursor" => _cursor }, auth: ["session_token"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Switch into an organization.
    #
    # Checks the organization's policies (allowed sign-in methods, MFA required, session
    # age) against this session, then returns an access token carrying `org_id`, `org_slug`,
    # `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
    # organization.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::SessionTokens]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled
    # @raise [NotFoundError] 404 No such tenant or organization
    def switch_organization(tenant, organization, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/me/organizations/#{BaseClient.path_param(organization)}/switch", auth: ["session_token"], expect: :json, options: request_options)
      Models::SessionTokens.from_h(_data)
    end

    # Leave an organization.
    #
    # Ends my membership; my sessions switched into it carry no organization from their next
    # token on. The last owner cannot leave.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant or organization, or not a member
    # @raise [ConflictError] 409 I am the last owner
    def leave_organization(tenant, organization, request_options: nil)
      request("DELETE", "/t/#{BaseClient.path_param(tenant)}/me/organizations/#{BaseClient.path_param(organization)}", auth: ["session_token"], expect: :empty, options: request_options)
      nil
    end

    # Get my organization.
    #
    # Needs an access token switched into this organization and the `organization:read`
    # permission.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Organization]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The token is for another organization, or the role lacks the permission
    # @raise [NotFoundError] 404 No such tenant or organization
    def get_member_organization(tenant, organization, request_options: nil)
      _data = request("GET", "/t/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}", auth: ["session_token"], expect: :json, options: request_options)
      Models::Organization.from_h(_data)
    end

    # List my organization's members.
    #
    # Needs an access token switched into this organization and the `members:read` permission.
    #
    # Returns the first page; iterating it yields every Models::Membership across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The token is for another organization, or the role lacks the permission
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [UnprocessableError] 422 Limit out of range or unknown cursor
    def list_member_organization_members(tenant, organization, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::MembershipList.from_h(request("GET", "/t/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/members", query: { "limit" => limit, "cursor" => _cursor }, auth: ["session_token"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # List invitations.
    #
    # Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).
    #
    # Returns the first page; iterating it yields every Models::Invitation across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [UnprocessableError] 422 Limit out of range or unknown cursor
    def list_invitations(tenant, organization, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::InvitationList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/invitations", query: { "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Invite someone by email.
    #
    # Sends a single-use link (7 days by default) to the address; the email is sent before the
    # answer, and if it cannot be, no invitation is kept.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param email [String]
    # @param role [String, nil] A role key; `member` when absent.
    # @param locale [String, nil] Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
    # @param expires_in_secs [Integer, nil] Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Invitation]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [ConflictError] 409 Already a member, or a pending invitation exists
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid email, role, locale or lifetime
    # @raise [InternalServerError] 503 The email could not be sent
    def create_invitation(tenant, organization, email:, role: nil, locale: nil, expires_in_secs: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/invitations", json: BaseClient.body({ "email" => email, "role" => role, "locale" => locale, "expires_in_secs" => expires_in_secs }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::Invitation.from_h(_data)
    end

    # Get an invitation.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param invitation [String] The invitation's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Invitation]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or invitation
    def get_invitation(tenant, organization, invitation, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/invitations/#{BaseClient.path_param(invitation)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::Invitation.from_h(_data)
    end

    # Revoke an invitation.
    #
    # Its link stops working at once.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param invitation [String] The invitation's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or invitation
    # @raise [ConflictError] 409 Already accepted or revoked
    def revoke_invitation(tenant, organization, invitation, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/invitations/#{BaseClient.path_param(invitation)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Resend an invitation.
    #
    # Sends a new link with a fresh expiry (the same lifetime as before); the previous link
    # stops working.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param invitation [String] The invitation's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Invitation]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or invitation
    # @raise [ConflictError] 409 Already accepted or revoked
    # @raise [InternalServerError] 503 The email could not be sent
    def resend_invitation(tenant, organization, invitation, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/invitations/#{BaseClient.path_param(invitation)}/resend", auth: ["admin_key"], expect: :json, options: request_options)
      Models::Invitation.from_h(_data)
    end

    # Invite a teammate.
    #
    # A member with `members:invite` (an `admin` or `owner` by default) invites someone into
    # the organization their access token is switched into.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param email [String]
    # @param role [String, nil] A role key; `member` when absent.
    # @param locale [String, nil] Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
    # @param expires_in_secs [Integer, nil] Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Invitation]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The token is for another organization, or the role lacks `members:invite`
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [ConflictError] 409 Already a member, or a pending invitation exists
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid email, role, locale or lifetime
    # @raise [InternalServerError] 503 The email could not be sent
    def invite_member(tenant, organization, email:, role: nil, locale: nil, expires_in_secs: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/invitations", json: BaseClient.body({ "email" => email, "role" => role, "locale" => locale, "expires_in_secs" => expires_in_secs }), auth: ["session_token"], expect: :json, options: request_options)
      Models::Invitation.from_h(_data)
    end

    # Accept an invitation.
    #
    # With the `tin_…` token from the email. An invitee with an account signs in first and
    # sends the access token (`Authorization: Bearer …`); one without an account sends a
    # password, which creates the account (its email verified) and returns session tokens,
    # switched into the organization when its policies allow.
    #
    # @param tenant [String] The tenant's slug
    # @param token [String] The `tin_…` token from the invitation email's link.
    # @param password [String, nil] For an invitee without an account: the password of the account created on accepting.
    # @param name [String, nil] The new account's display name.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::InvitationAccepted]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 The invitation token is unknown, used, revoked or expired, or the access token is not valid
    # @raise [PermissionDeniedError] 403 Signed in as another address than the invited one
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 The invited address has an account: sign in first
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 A password is missing or breaks the policy
    def accept_invitation(tenant, token:, password: nil, name: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/invitations/accept", json: BaseClient.body({ "token" => token, "password" => password, "name" => name }), auth: ["session_token"], expect: :json, options: request_options)
      Models::InvitationAccepted.from_h(_data)
    end

    # List API keys.
    #
    # Oldest first, optionally of one organization or user, revoked and expired keys included.
    #
    # Returns the first page; iterating it yields every Models::ApiKey across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String, nil] Only this organization's keys (id or slug).
    # @param user [String, nil] Only this user's keys.
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [UnprocessableError] 422 Limit out of range or unknown cursor
    def list_api_keys(tenant, organization: nil, user: nil, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::ApiKeyList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/api-keys", query: { "organization" => organization, "user" => user, "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Create an API key.
    #
    # For an organization or a user, limited to permission patterns, optionally expiring. The
    # `tsk_…` secret is in this answer only; resource servers check it by introspection.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String, nil] The owning organization (id or slug).
    # @param user [String, nil] The owning user's id.
    # @param name [String]
    # @param permissions [Array<String>] 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
    # @param expires_in_secs [Integer, nil] Seconds until the key expires (60 to 63,072,000); absent: never.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ApiKeyWithSecret]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 No single owner, an unknown owner, or invalid name, permissions or lifetime
    def create_api_key(tenant, name:, permissions:, organization: nil, user: nil, expires_in_secs: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/api-keys", json: BaseClient.body({ "organization" => organization, "user" => user, "name" => name, "permissions" => permissions, "expires_in_secs" => expires_in_secs }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::ApiKeyWithSecret.from_h(_data)
    end

    # Get an API key.
    #
    # @param tenant [String] The tenant's slug
    # @param key [String] The key's id (`key_…`)
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ApiKey]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or key
    def get_api_key(tenant, key, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/api-keys/#{BaseClient.path_param(key)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::ApiKey.from_h(_data)
    end

    # Revoke an API key.
    #
    # Introspection answers `active: false` for it from now on.
    #
    # @param tenant [String] The tenant's slug
    # @param key [String] The key's id (`key_…`)
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or key
    # @raise [ConflictError] 409 Already revoked
    def revoke_api_key(tenant, key, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/api-keys/#{BaseClient.path_param(key)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Rotate an API key.
    #
    # Issues a successor with the same owner, name, permissions and lifetime; the old key
    # keeps working for `overlap_secs` (a day by default).
    #
    # @param tenant [String] The tenant's slug
    # @param key [String] The key's id (`key_…`)
    # @param overlap_secs [Integer, nil] How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ApiKeyWithSecret]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or key
    # @raise [ConflictError] 409 The key is revoked, expired or already rotated
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Overlap out of range
    def rotate_api_key(tenant, key, overlap_secs: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/api-keys/#{BaseClient.path_param(key)}/rotate", json: BaseClient.body({ "overlap_secs" => overlap_secs }, optional: true), auth: ["admin_key"], expect: :json, options: request_options)
      Models::ApiKeyWithSecret.from_h(_data)
    end

    # List an organization's domains.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::OrganizationDomainList]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    def list_organization_domains(tenant, organization, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/domains", auth: ["admin_key"], expect: :json, options: request_options)
      Models::OrganizationDomainList.from_h(_data)
    end

    # Claim a domain.
    #
    # Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param domain [String]
    # @param auto_join [Boolean, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::OrganizationDomain]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [ConflictError] 409 The organization already claims it
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Not a domain name
    def add_organization_domain(tenant, organization, domain:, auto_join: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/domains", json: BaseClient.body({ "domain" => domain, "auto_join" => auto_join }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::OrganizationDomain.from_h(_data)
    end

    # Remove a domain.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param domain [String] The domain's id (`dom_…`)
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or domain
    def remove_organization_domain(tenant, organization, domain, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/domains/#{BaseClient.path_param(domain)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Change a domain's auto-join.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param domain [String] The domain's id (`dom_…`)
    # @param auto_join [Boolean]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::OrganizationDomain]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or domain
    # @raise [APIError] 415 Body is not JSON
    def update_organization_domain(tenant, organization, domain, auto_join:, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/domains/#{BaseClient.path_param(domain)}", json: BaseClient.body({ "auto_join" => auto_join }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::OrganizationDomain.from_h(_data)
    end

    # Verify a domain.
    #
    # Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
    # holds `txt_value`, the domain is verified.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param domain [String] The domain's id (`dom_…`)
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::OrganizationDomain]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or domain
    # @raise [ConflictError] 409 The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)
    def verify_organization_domain(tenant, organization, domain, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/domains/#{BaseClient.path_param(domain)}/verify", auth: ["admin_key"], expect: :json, options: request_options)
      Models::OrganizationDomain.from_h(_data)
    end

    # List service accounts.
    #
    # Returns the first page; iterating it yields every Models::ServiceAccount across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [UnprocessableError] 422 Limit out of range or unknown cursor
    def list_service_accounts(tenant, organization, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::ServiceAccountList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/service-accounts", query: { "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Create a service account.
    #
    # A confidential client with the `client_credentials` grant, owned by the organization and
    # acting with one of its roles (`member` by default). Its tokens carry `org_id`,
    # `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param name [String]
    # @param role [String, nil] A role of the organization (built-in, tenant-wide or its own); `member` by default.
    # @param scopes [Array<String>, nil]
    # @param audiences [Array<String>, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ServiceAccountWithSecret]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid name, role, scopes or audiences
    def create_service_account(tenant, organization, name:, role: nil, scopes: nil, audiences: nil, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/service-accounts", json: BaseClient.body({ "name" => name, "role" => role, "scopes" => scopes, "audiences" => audiences }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::ServiceAccountWithSecret.from_h(_data)
    end

    # Get a service account.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param service_account [String] The service account's client id (`cli_…`)
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ServiceAccount]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or service account
    def get_service_account(tenant, organization, service_account, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/service-accounts/#{BaseClient.path_param(service_account)}", auth: ["admin_key"], expect: :json, options: request_options)
      Models::ServiceAccount.from_h(_data)
    end

    # Delete a service account.
    #
    # Deletes its client too: its secret stops working at once.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param service_account [String] The service account's client id (`cli_…`)
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or service account
    def delete_service_account(tenant, organization, service_account, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/service-accounts/#{BaseClient.path_param(service_account)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Change a service account's role.
    #
    # Its next token carries the new role; checks use it at once.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param service_account [String] The service account's client id (`cli_…`)
    # @param role [String]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ServiceAccount]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or service account
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Unknown role
    def update_service_account(tenant, organization, service_account, role:, request_options: nil)
      _data = request("PATCH", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/service-accounts/#{BaseClient.path_param(service_account)}", json: BaseClient.body({ "role" => role }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::ServiceAccount.from_h(_data)
    end

    # List resource grants.
    #
    # Oldest first, optionally of one subject or on one resource.
    #
    # Returns the first page; iterating it yields every Models::ResourceGrant across pages.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param subject [String, nil] Only this subject's grants.
    # @param resource [String, nil] Only grants on this resource.
    # @param limit [Integer, nil] Items per page, 1-100 (default 20).
    # @param cursor [String, nil] The `next_cursor` of the previous page.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Page]
    # @raise [BadRequestError] 400 Malformed query or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [UnprocessableError] 422 Limit out of range or unknown cursor
    def list_resource_grants(tenant, organization, subject: nil, resource: nil, limit: nil, cursor: nil, request_options: nil)
      _fetch = lambda do |_cursor|
        _page = Models::ResourceGrantList.from_h(request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/resource-grants", query: { "subject" => subject, "resource" => resource, "limit" => limit, "cursor" => _cursor }, auth: ["admin_key"], expect: :json, options: request_options))
        [_page.data, _page.next_cursor]
      end
      Page.new(_fetch, cursor)
    end

    # Grant a role on one resource.
    #
    # To a member or a service account of the organization, on top of their organization-wide
    # role; `authz/check` with that `resource` consults it.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param subject [String]
    # @param resource [String]
    # @param role [String]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ResourceGrant]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or organization
    # @raise [ConflictError] 409 The subject already holds a role on the resource
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 A subject outside the organization, an unknown role or a malformed resource
    def create_resource_grant(tenant, organization, subject:, resource:, role:, request_options: nil)
      _data = request("POST", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/resource-grants", json: BaseClient.body({ "subject" => subject, "resource" => resource, "role" => role }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::ResourceGrant.from_h(_data)
    end

    # Revoke a resource grant.
    #
    # @param tenant [String] The tenant's slug
    # @param organization [String] The organization's id or slug
    # @param grant [String] The grant's id (`rgr_…`)
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, organization or grant
    def delete_resource_grant(tenant, organization, grant, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/organizations/#{BaseClient.path_param(organization)}/resource-grants/#{BaseClient.path_param(grant)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # Get passkey settings.
    #
    # The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
    # Unset values show their defaults, derived from the server's public URL.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::WebauthnSettings]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    def get_webauthn_settings(tenant, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/webauthn-settings", auth: ["admin_key"], expect: :json, options: request_options)
      Models::WebauthnSettings.from_h(_data)
    end

    # Set passkey settings.
    #
    # Replaces the settings; omitted fields return to their defaults. Passkeys registered under
    # another RP ID stop working, since browsers scope credentials to the RP ID.
    #
    # @param tenant [String] The tenant's slug
    # @param rp_id [String, nil]
    # @param rp_name [String, nil]
    # @param origins [Array<String>, nil]
    # @param attestation [String (Models::AttestationConveyance), nil]
    # @param allowed_formats [Array<String>, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::WebauthnSettings]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 A malformed RP ID, origin or format, or an origin outside the RP ID
    def set_webauthn_settings(tenant, rp_id: nil, rp_name: nil, origins: nil, attestation: nil, allowed_formats: nil, request_options: nil)
      _data = request("PUT", "/v1/tenants/#{BaseClient.path_param(tenant)}/webauthn-settings", json: BaseClient.body({ "rp_id" => rp_id, "rp_name" => rp_name, "origins" => origins, "attestation" => attestation, "allowed_formats" => allowed_formats }), auth: ["admin_key"], expect: :json, options: request_options)
      Models::WebauthnSettings.from_h(_data)
    end

    # List a user's passkeys.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::PasskeyList]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant or user
    def list_user_passkeys(tenant, user, request_options: nil)
      _data = request("GET", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/passkeys", auth: ["admin_key"], expect: :json, options: request_options)
      Models::PasskeyList.from_h(_data)
    end

    # Delete a user's passkey.
    #
    # The passkey can no longer sign in, from the next ceremony on.
    #
    # @param tenant [String] The tenant's slug
    # @param user [String] The user's id
    # @param passkey [String] The passkey's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing or invalid admin key
    # @raise [NotFoundError] 404 No such tenant, user or passkey
    def delete_user_passkey(tenant, user, passkey, request_options: nil)
      request("DELETE", "/v1/tenants/#{BaseClient.path_param(tenant)}/users/#{BaseClient.path_param(user)}/passkeys/#{BaseClient.path_param(passkey)}", auth: ["admin_key"], expect: :empty, options: request_options)
      nil
    end

    # My passkeys.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::PasskeyList]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    def list_my_passkeys(tenant, request_options: nil)
      _data = request("GET", "/t/#{BaseClient.path_param(tenant)}/me/passkeys", auth: ["session_token"], expect: :json, options: request_options)
      Models::PasskeyList.from_h(_data)
    end

    # Add a passkey.
    #
    # Verifies the browser's answer to the registration options and stores the passkey.
    #
    # @param tenant [String] The tenant's slug
    # @param ceremony_id [String]
    # @param credential [Hash{String => Object}] The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
    # @param name [String, nil] 1-64 characters; defaults to "Passkey".
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Passkey]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 `invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 This credential is already registered
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept
    def register_passkey(tenant, ceremony_id:, credential:, name: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/me/passkeys", json: BaseClient.body({ "ceremony_id" => ceremony_id, "credential" => credential, "name" => name }), auth: ["session_token"], expect: :json, options: request_options)
      Models::Passkey.from_h(_data)
    end

    # Start adding a passkey.
    #
    # Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
    # browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::PasskeyCeremony]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    def start_passkey_registration(tenant, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/me/passkeys/options", auth: ["session_token"], expect: :json, options: request_options)
      Models::PasskeyCeremony.from_h(_data)
    end

    # Delete one of my passkeys.
    #
    # @param tenant [String] The tenant's slug
    # @param passkey [String] The passkey's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant or passkey
    def delete_my_passkey(tenant, passkey, request_options: nil)
      request("DELETE", "/t/#{BaseClient.path_param(tenant)}/me/passkeys/#{BaseClient.path_param(passkey)}", auth: ["session_token"], expect: :empty, options: request_options)
      nil
    end

    # Rename one of my passkeys.
    #
    # @param tenant [String] The tenant's slug
    # @param passkey [String] The passkey's id
    # @param name [String] 1-64 characters.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::Passkey]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant or passkey
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 A name that is empty or longer than 64 characters
    def rename_my_passkey(tenant, passkey, name:, request_options: nil)
      _data = request("PATCH", "/t/#{BaseClient.path_param(tenant)}/me/passkeys/#{BaseClient.path_param(passkey)}", json: BaseClient.body({ "name" => name }), auth: ["session_token"], expect: :json, options: request_options)
      Models::Passkey.from_h(_data)
    end

    # Start a passkey sign-in.
    #
    # Answers the options for `navigator.credentials.get()`. With the `email` of an account
    # that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
    # or one without passkeys) they are username-less, with `mediation: "conditional"` for
    # autofill, and any passkey of the tenant may answer.
    #
    # @param tenant [String] The tenant's slug
    # @param email [String, nil] Ask for this account's passkeys only. Without it (username-less), any passkey the
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::PasskeyCeremony]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 A malformed email
    # @raise [RateLimitedError] 429 Too many requests from this address
    def start_passkey_sign_in(tenant, email: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/passkeys/options", json: BaseClient.body({ "email" => email }), expect: :json, options: request_options)
      Models::PasskeyCeremony.from_h(_data)
    end

    # Sign in with a passkey.
    #
    # Verifies the browser's assertion and opens a session, answered like a password sign-in.
    # A passkey verifies its user, so no second factor is asked for.
    #
    # With `organization`, the session opens switched into that organization, as at
    # `POST /t/{tenant}/auth/login`: an unknown one is `422` before the assertion is checked;
    # a non-member gets `403 permission_denied` and a sign-in that does not meet a policy
    # `403 organization_policy_violation` (a passkey counts as multi-factor for `mfa_required`).
    #
    # @param tenant [String] The tenant's slug
    # @param ceremony_id [String]
    # @param credential [Hash{String => Object}] The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
    # @param delivery [String (Models::TokenDelivery), nil]
    # @param organization [String, nil] Sign in into this organization (its id, `org_…`, or its slug), as at
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::SessionTokens]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 `invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify
    # @raise [PermissionDeniedError] 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 A malformed credential, or `organization` names no organization of the tenant
    # @raise [RateLimitedError] 429 Too many requests from this address
    def verify_passkey_sign_in(tenant, ceremony_id:, credential:, delivery: nil, organization: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/passkeys/verify", json: BaseClient.body({ "ceremony_id" => ceremony_id, "credential" => credential, "delivery" => delivery, "organization" => organization }), expect: :json, options: request_options)
      Models::SessionTokens.from_h(_data)
    end

    # Start the passkey step of an MFA challenge.
    #
    # For a login answer whose `factors` include `passkey`: options for
    # `navigator.credentials.get()` listing the account's passkeys.
    #
    # @param tenant [String] The tenant's slug
    # @param mfa_token [String] The `mfa_token` of the login answer.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::PasskeyCeremony]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 `invalid_token`: unknown, expired or spent MFA token
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The account has no passkey
    # @raise [RateLimitedError] 429 Too many requests from this address
    def start_passkey_second_factor(tenant, mfa_token:, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/mfa/passkey/options", json: BaseClient.body({ "mfa_token" => mfa_token }), expect: :json, options: request_options)
      Models::PasskeyCeremony.from_h(_data)
    end

    # Complete an MFA challenge with a passkey.
    #
    # Verifies the assertion, spends the MFA token and opens the session.
    #
    # @param tenant [String] The tenant's slug
    # @param mfa_token [String]
    # @param ceremony_id [String]
    # @param credential [Hash{String => Object}]
    # @param delivery [String (Models::TokenDelivery), nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::SessionTokens]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 `invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify
    # @raise [PermissionDeniedError] 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 A malformed credential
    # @raise [RateLimitedError] 429 Too many requests from this address
    def verify_passkey_second_factor(tenant, mfa_token:, ceremony_id:, credential:, delivery: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/mfa/passkey/verify", json: BaseClient.body({ "mfa_token" => mfa_token, "ceremony_id" => ceremony_id, "credential" => credential, "delivery" => delivery }), expect: :json, options: request_options)
      Models::SessionTokens.from_h(_data)
    end

    # OpenID Provider configuration.
    #
    # The tenant's discovery document (OpenID Connect Discovery 1.0 §4).
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::OpenIdConfiguration]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [NotFoundError] 404 No such tenant
    def get_open_id_configuration(tenant, request_options: nil)
      _data = request("GET", "/t/#{BaseClient.path_param(tenant)}/.well-known/openid-configuration", expect: :json, options: request_options)
      Models::OpenIdConfiguration.from_h(_data)
    end

    # JSON Web Key Set.
    #
    # The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
    # they signed has expired.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::JwkSet]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [NotFoundError] 404 No such tenant
    def get_jwks(tenant, request_options: nil)
      _data = request("GET", "/t/#{BaseClient.path_param(tenant)}/.well-known/jwks.json", expect: :json, options: request_options)
      Models::JwkSet.from_h(_data)
    end

    # OAuth authorization server metadata.
    #
    # RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
    # path appended; clients such as the MCP SDK look here first.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::OpenIdConfiguration]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [NotFoundError] 404 No such tenant
    def get_authorization_server_metadata(tenant, request_options: nil)
      _data = request("GET", "/.well-known/oauth-authorization-server/t/#{BaseClient.path_param(tenant)}", expect: :json, options: request_options)
      Models::OpenIdConfiguration.from_h(_data)
    end

    # Sign in with email and password.
    #
    # Answers the same `invalid_credentials` whether the email is unknown or the password is
    # wrong. After five failures the email is locked with exponential backoff (429 with
    # `Retry-After`), whether or not it has an account.
    #
    # When the user has a second factor, a correct password answers an `MfaChallenge`
    # (`mfa_required: true`) instead of tokens: complete the sign-in at
    # `POST /t/{tenant}/auth/mfa/verify` with its `mfa_token` and a code.
    #
    # With `organization` (an id, `org_…`, or a slug), the session opens switched into that
    # organization, as after `POST /t/{tenant}/me/organizations/{organization}/switch`: its
    # access tokens, and those each refresh mints, carry `org_id`, `org_slug`, `org_role` and
    # `permissions`. An organization the tenant does not have is `422` before the password is
    # checked. Once every factor is verified (here, or at the second factor, whose challenge
    # remembers the organization), a user who is not a member gets `403 permission_denied`,
    # and a sign-in that does not meet a policy `403 organization_policy_violation` whose
    # `detail` names the policy in backquotes; either opens no session and counts nothing
    # towards the lockout. A wrong password is `invalid_credentials` as without it.
    #
    # @param tenant [String] The tenant's slug
    # @param email [String]
    # @param password [String]
    # @param delivery [String (Models::TokenDelivery), nil]
    # @param organization [String, nil] Sign in into this organization (its id, `org_…`, or its slug), as with
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::LoginResponse]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Wrong email or password
    # @raise [PermissionDeniedError] 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 `organization` names no organization of the tenant
    # @raise [RateLimitedError] 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
    def login(tenant, email:, password:, delivery: nil, organization: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/login", json: BaseClient.body({ "email" => email, "password" => password, "delivery" => delivery, "organization" => organization }), expect: :json, options: request_options)
      Models::LoginResponse.from_h(_data)
    end

    # Refresh a session.
    #
    # Spends the refresh token (from the body or the cookie) and returns a new access token
    # and a new refresh token. A refresh token works once: presenting a spent one revokes the
    # whole session.
    #
    # @param tenant [String] The tenant's slug
    # @param refresh_token [String, nil]
    # @param delivery [String (Models::TokenDelivery), nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::SessionTokens]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Unknown, expired, revoked or reused refresh token
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [RateLimitedError] 429 Too many requests from this address
    def refresh_session(tenant, refresh_token: nil, delivery: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/refresh", json: BaseClient.body({ "refresh_token" => refresh_token, "delivery" => delivery }), expect: :json, options: request_options)
      Models::SessionTokens.from_h(_data)
    end

    # Sign out.
    #
    # Revokes the session of the refresh token (from the body or the cookie) and clears the
    # cookie. Signing out twice, or with an unknown token, also answers 204.
    #
    # @param tenant [String] The tenant's slug
    # @param refresh_token [String, nil]
    # @param delivery [String (Models::TokenDelivery), nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    def logout(tenant, refresh_token: nil, delivery: nil, request_options: nil)
      request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/logout", json: BaseClient.body({ "refresh_token" => refresh_token, "delivery" => delivery }), expect: :empty, options: request_options)
      nil
    end

    # Token endpoint.
    #
    # Issues RFC 9068 access tokens. Grants: `authorization_code` (PKCE verifier required;
    # returns an ID token for `openid` and a rotating refresh token when the client may use
    # `refresh_token`), `refresh_token` (single use; reuse revokes the grant) and
    # `client_credentials`. Confidential clients authenticate with `client_secret_basic` or
    # `client_secret_post` as registered; public clients send only `client_id`.
    #
    # @param tenant [String] The tenant's slug
    # @param grant_type [String] `authorization_code`, `refresh_token` or `client_credentials`.
    # @param code [String, nil] With `authorization_code`: the code the authorization endpoint returned.
    # @param redirect_uri [String, nil] With `authorization_code`: the `redirect_uri` of the authorization request.
    # @param code_verifier [String, nil] With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
    # @param refresh_token [String, nil] With `refresh_token`: the refresh token to spend.
    # @param scope [String, nil] Space-separated scopes; all the client's scopes when omitted.
    # @param resource [String, nil] RFC 8707 resource indicator: the API the token is for (becomes `aud`).
    # @param audience [String, nil] Auth0-style synonym of `resource`.
    # @param client_id [String, nil] With `client_secret_post`.
    # @param client_secret [String, nil] With `client_secret_post`.
    # @param client_assertion_type [String, nil] With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
    # @param client_assertion [String, nil] With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::TokenResponse]
    # @raise [BadRequestError] 400 An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type
    # @raise [AuthenticationError] 401 invalid_client
    # @raise [NotFoundError] 404 No such tenant
    def oauth_token(tenant, grant_type:, code: nil, redirect_uri: nil, code_verifier: nil, refresh_token: nil, scope: nil, resource: nil, audience: nil, client_id: nil, client_secret: nil, client_assertion_type: nil, client_assertion: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/oauth/token", form: BaseClient.body({ "grant_type" => grant_type, "code" => code, "redirect_uri" => redirect_uri, "code_verifier" => code_verifier, "refresh_token" => refresh_token, "scope" => scope, "resource" => resource, "audience" => audience, "client_id" => client_id, "client_secret" => client_secret, "client_assertion_type" => client_assertion_type, "client_assertion" => client_assertion }), expect: :json, options: request_options)
      Models::TokenResponse.from_h(_data)
    end

    # Token introspection.
    #
    # RFC 7662: whether an access token of this tenant is active, with its claims. Callers
    # authenticate as a confidential client of the tenant.
    #
    # @param tenant [String] The tenant's slug
    # @param token [String]
    # @param token_type_hint [String, nil] `access_token` or `refresh_token`; a hint only.
    # @param client_id [String, nil]
    # @param client_secret [String, nil]
    # @param client_assertion_type [String, nil]
    # @param client_assertion [String, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::IntrospectionResponse]
    # @raise [BadRequestError] 400 invalid_request
    # @raise [AuthenticationError] 401 invalid_client
    # @raise [NotFoundError] 404 No such tenant
    def oauth_introspect(tenant, token:, token_type_hint: nil, client_id: nil, client_secret: nil, client_assertion_type: nil, client_assertion: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/oauth/introspect", form: BaseClient.body({ "token" => token, "token_type_hint" => token_type_hint, "client_id" => client_id, "client_secret" => client_secret, "client_assertion_type" => client_assertion_type, "client_assertion" => client_assertion }), expect: :json, options: request_options)
      Models::IntrospectionResponse.from_h(_data)
    end

    # Token revocation.
    #
    # RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
    # foreign tokens also answer 200, as the RFC requires.
    #
    # @param tenant [String] The tenant's slug
    # @param token [String]
    # @param token_type_hint [String, nil] `access_token` or `refresh_token`; a hint only.
    # @param client_id [String, nil]
    # @param client_secret [String, nil]
    # @param client_assertion_type [String, nil]
    # @param client_assertion [String, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 invalid_request
    # @raise [AuthenticationError] 401 invalid_client
    # @raise [NotFoundError] 404 No such tenant
    def oauth_revoke(tenant, token:, token_type_hint: nil, client_id: nil, client_secret: nil, client_assertion_type: nil, client_assertion: nil, request_options: nil)
      request("POST", "/t/#{BaseClient.path_param(tenant)}/oauth/revoke", form: BaseClient.body({ "token" => token, "token_type_hint" => token_type_hint, "client_id" => client_id, "client_secret" => client_secret, "client_assertion_type" => client_assertion_type, "client_assertion" => client_assertion }), expect: :empty, options: request_options)
      nil
    end

    # UserInfo.
    #
    # OpenID Connect Core §5.3: the claims about the token's user that its scopes release
    # (`openid` required; `profile` and `email` add claims). Send the access token as a
    # Bearer token.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::UserInfo]
    # @raise [AuthenticationError] 401 invalid_token (RFC 6750)
    # @raise [PermissionDeniedError] 403 insufficient_scope: the token lacks openid
    # @raise [NotFoundError] 404 No such tenant
    def oauth_user_info(tenant, request_options: nil)
      _data = request("GET", "/t/#{BaseClient.path_param(tenant)}/oauth/userinfo", auth: ["bearer_token"], expect: :json, options: request_options)
      Models::UserInfo.from_h(_data)
    end

    # UserInfo (POST).
    #
    # The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::UserInfo]
    # @raise [AuthenticationError] 401 invalid_token (RFC 6750)
    # @raise [PermissionDeniedError] 403 insufficient_scope: the token lacks openid
    # @raise [NotFoundError] 404 No such tenant
    def oauth_user_info_post(tenant, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/oauth/userinfo", auth: ["bearer_token"], expect: :json, options: request_options)
      Models::UserInfo.from_h(_data)
    end

    # Register a client dynamically.
    #
    # RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
    # need. Registered clients get the authorization code flow (with `refresh_token` when
    # asked); `token_endpoint_auth_method: none` makes a public client. The response carries
    # the client secret and the registration access token, once.
    #
    # @param tenant [String] The tenant's slug
    # @param redirect_uris [Array<String>, nil]
    # @param token_endpoint_auth_method [String, nil] `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
    # @param grant_types [Array<String>, nil] `authorization_code` and `refresh_token` (the default is `authorization_code`).
    # @param response_types [Array<String>, nil] `code` only.
    # @param client_name [String, nil]
    # @param scope [String, nil] Space-separated scopes the client will use (informational).
    # @param post_logout_redirect_uris [Array<String>, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ClientRegistrationResponse]
    # @raise [BadRequestError] 400 invalid_redirect_uri or invalid_client_metadata
    # @raise [PermissionDeniedError] 403 access_denied: the tenant does not allow dynamic registration
    # @raise [NotFoundError] 404 No such tenant
    def oauth_register(tenant, redirect_uris: nil, token_endpoint_auth_method: nil, grant_types: nil, response_types: nil, client_name: nil, scope: nil, post_logout_redirect_uris: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/oauth/register", json: BaseClient.body({ "redirect_uris" => redirect_uris, "token_endpoint_auth_method" => token_endpoint_auth_method, "grant_types" => grant_types, "response_types" => response_types, "client_name" => client_name, "scope" => scope, "post_logout_redirect_uris" => post_logout_redirect_uris }), expect: :json, options: request_options)
      Models::ClientRegistrationResponse.from_h(_data)
    end

    # Read a registration.
    #
    # RFC 7592 §2.1, with the registration access token as a Bearer token.
    #
    # @param tenant [String] The tenant's slug
    # @param client [String] The client_id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ClientRegistrationResponse]
    # @raise [AuthenticationError] 401 invalid_token
    # @raise [NotFoundError] 404 No such tenant
    def oauth_read_registration(tenant, client, request_options: nil)
      _data = request("GET", "/t/#{BaseClient.path_param(tenant)}/oauth/register/#{BaseClient.path_param(client)}", auth: ["registration_token"], expect: :json, options: request_options)
      Models::ClientRegistrationResponse.from_h(_data)
    end

    # Update a registration.
    #
    # RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
    # cannot change).
    #
    # @param tenant [String] The tenant's slug
    # @param client [String] The client_id
    # @param redirect_uris [Array<String>, nil]
    # @param token_endpoint_auth_method [String, nil] `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
    # @param grant_types [Array<String>, nil] `authorization_code` and `refresh_token` (the default is `authorization_code`).
    # @param response_types [Array<String>, nil] `code` only.
    # @param client_name [String, nil]
    # @param scope [String, nil] Space-separated scopes the client will use (informational).
    # @param post_logout_redirect_uris [Array<String>, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ClientRegistrationResponse]
    # @raise [BadRequestError] 400 invalid_redirect_uri or invalid_client_metadata
    # @raise [AuthenticationError] 401 invalid_token
    # @raise [NotFoundError] 404 No such tenant
    def oauth_update_registration(tenant, client, redirect_uris: nil, token_endpoint_auth_method: nil, grant_types: nil, response_types: nil, client_name: nil, scope: nil, post_logout_redirect_uris: nil, request_options: nil)
      _data = request("PUT", "/t/#{BaseClient.path_param(tenant)}/oauth/register/#{BaseClient.path_param(client)}", json: BaseClient.body({ "redirect_uris" => redirect_uris, "token_endpoint_auth_method" => token_endpoint_auth_method, "grant_types" => grant_types, "response_types" => response_types, "client_name" => client_name, "scope" => scope, "post_logout_redirect_uris" => post_logout_redirect_uris }), auth: ["registration_token"], expect: :json, options: request_options)
      Models::ClientRegistrationResponse.from_h(_data)
    end

    # Delete a registration.
    #
    # RFC 7592 §2.3: the client stops working at once.
    #
    # @param tenant [String] The tenant's slug
    # @param client [String] The client_id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [AuthenticationError] 401 invalid_token
    # @raise [NotFoundError] 404 No such tenant
    def oauth_delete_registration(tenant, client, request_options: nil)
      request("DELETE", "/t/#{BaseClient.path_param(tenant)}/oauth/register/#{BaseClient.path_param(client)}", auth: ["registration_token"], expect: :empty, options: request_options)
      nil
    end

    # Protected resource metadata.
    #
    # RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
    # behalf: resource servers point clients here from their `WWW-Authenticate` challenge
    # (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.
    #
    # @param tenant [String] The tenant's slug
    # @param resource [String] The resource's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ProtectedResourceMetadata]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [NotFoundError] 404 No such tenant or resource
    def get_protected_resource_metadata(tenant, resource, request_options: nil)
      _data = request("GET", "/.well-known/oauth-protected-resource/t/#{BaseClient.path_param(tenant)}/resources/#{BaseClient.path_param(resource)}", expect: :json, options: request_options)
      Models::ProtectedResourceMetadata.from_h(_data)
    end

    # Complete a sign-in with a second factor.
    #
    # Takes the `mfa_token` of the login answer with either `code`, the authenticator app's
    # current six-digit code (the previous and next 30-second codes are accepted too, each
    # code only once), or `recovery_code`, one of the user's single-use recovery codes. A
    # wrong code answers `invalid_code` and leaves the token usable until it expires (five
    # minutes); failures count towards the same lockout as wrong passwords. Success spends the
    # token and returns the session's tokens, delivered as `delivery` asks.
    #
    # When the login named an `organization`, the session opens into it once the user's
    # membership and the organization's policies, judged with this second factor (so
    # `mfa_required` is met), admit it; otherwise `403` as at the login, the token is spent
    # and no session is opened.
    #
    # @param tenant [String] The tenant's slug
    # @param mfa_token [String] The `mfa_token` of the login answer.
    # @param code [String, nil] The current six-digit code of the user's authenticator app.
    # @param recovery_code [String, nil] One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens,
    # @param delivery [String (Models::TokenDelivery), nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::SessionTokens]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 `invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token
    # @raise [PermissionDeniedError] 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Not exactly one of `code` and `recovery_code`, or a malformed one
    # @raise [RateLimitedError] 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
    def verify_mfa(tenant, mfa_token:, code: nil, recovery_code: nil, delivery: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/mfa/verify", json: BaseClient.body({ "mfa_token" => mfa_token, "code" => code, "recovery_code" => recovery_code, "delivery" => delivery }), expect: :json, options: request_options)
      Models::SessionTokens.from_h(_data)
    end

    # Sign up.
    #
    # Starts creating an account, if the tenant's `signup_mode` allows the address: `open`
    # takes any, `domain_allowlist` only its domains, and `invite_only` (the default) none
    # (403 `signup_disabled`). Disposable-address domains are refused while the tenant's
    # `block_disposable_emails` is on (403 `email_domain_not_allowed`). The password must meet
    # the password policy.
    #
    # The answer is the same 202, after about the same time, whether or not the address
    # already has an account, so it reveals nothing about which accounts exist: a new address
    # is emailed a link (valid once, for 24 hours) that finishes the signup at `verifySignup`;
    # an address with an account is emailed a notice with a password-reset link instead.
    #
    # @param tenant [String] The tenant's slug
    # @param email [String]
    # @param password [String] Checked against the password policy.
    # @param name [String, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::EmailRequestAccepted]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [PermissionDeniedError] 403 `signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 413 Body too large
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Not an email address, a name that is too long, or a password that does not meet the policy
    # @raise [RateLimitedError] 429 Too many requests from this address
    def signup(tenant, email:, password:, name: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/signup", json: BaseClient.body({ "email" => email, "password" => password, "name" => name }), expect: :json, options: request_options)
      Models::EmailRequestAccepted.from_h(_data)
    end

    # Finish signing up.
    #
    # Spends the token of a signup link, creates the user (with the email verified) and signs
    # them in: the session's tokens, the refresh token in JSON or in the session cookie as
    # `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
    # signup of the same address; 409 if the address got an account in the meantime.
    #
    # @param tenant [String] The tenant's slug
    # @param token [String] The token from the confirmation link (`tsu_…`).
    # @param delivery [String (Models::TokenDelivery), nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::SessionTokens]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Unknown, expired, used or superseded token
    # @raise [PermissionDeniedError] 403 The tenant no longer takes signups from this address
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 The address already has an account
    # @raise [APIError] 415 Body is not JSON
    # @raise [RateLimitedError] 429 Too many requests from this address
    def verify_signup(tenant, token:, delivery: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/signup/verify", json: BaseClient.body({ "token" => token, "delivery" => delivery }), expect: :json, options: request_options)
      Models::SessionTokens.from_h(_data)
    end

    # Verify an email address.
    #
    # Spends the token of a verification link and marks the user's email verified. The token
    # is refused if it expired, was used or replaced, or if the user's email changed since.
    #
    # @param tenant [String] The tenant's slug
    # @param token [String] The token from the verification link (`tev_…`).
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::EmailVerified]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Unknown, expired, used or superseded token
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [RateLimitedError] 429 Too many requests from this address
    def verify_email(tenant, token:, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/verify-email", json: BaseClient.body({ "token" => token }), expect: :json, options: request_options)
      Models::EmailVerified.from_h(_data)
    end

    # Request a password reset.
    #
    # Emails a reset link (valid once, for 30 minutes) if the address has an account that may
    # sign in. The answer is the same 202, after about the same time, whether or not it does.
    #
    # @param tenant [String] The tenant's slug
    # @param email [String]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::EmailRequestAccepted]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Not an email address
    # @raise [RateLimitedError] 429 Too many requests from this address
    def request_password_reset(tenant, email:, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/password-reset", json: BaseClient.body({ "email" => email }), expect: :json, options: request_options)
      Models::EmailRequestAccepted.from_h(_data)
    end

    # Set a new password with a reset token.
    #
    # Spends the token of a reset link, sets the password (checked against the password
    # policy; a refused password leaves the token usable), marks the email verified, lifts a
    # sign-in lockout and revokes every session of the user.
    #
    # @param tenant [String] The tenant's slug
    # @param token [String] The token from the reset link (`tpr_…`).
    # @param new_password [String] Checked against the password policy.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Unknown, expired, used or superseded token
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The password does not meet the policy
    # @raise [RateLimitedError] 429 Too many requests from this address
    def confirm_password_reset(tenant, token:, new_password:, request_options: nil)
      request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/password-reset/confirm", json: BaseClient.body({ "token" => token, "new_password" => new_password }), expect: :empty, options: request_options)
      nil
    end

    # Request a magic link.
    #
    # Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
    # sign in. The answer is the same 202, after about the same time, whether or not it does.
    #
    # @param tenant [String] The tenant's slug
    # @param email [String]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::EmailRequestAccepted]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Not an email address
    # @raise [RateLimitedError] 429 Too many requests from this address
    def request_magic_link(tenant, email:, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/magic-link", json: BaseClient.body({ "email" => email }), expect: :json, options: request_options)
      Models::EmailRequestAccepted.from_h(_data)
    end

    # Sign in with a magic link.
    #
    # Spends the token of a magic link and answers as a password login does: the session's
    # tokens (the refresh token in JSON or in the session cookie), or, when the user has a
    # second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.
    #
    # @param tenant [String] The tenant's slug
    # @param token [String] The token from the magic link (`tml_…`).
    # @param delivery [String (Models::TokenDelivery), nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::LoginResponse]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Unknown, expired, used or superseded token
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [RateLimitedError] 429 Too many requests from this address
    def verify_magic_link(tenant, token:, delivery: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/magic-link/verify", json: BaseClient.body({ "token" => token, "delivery" => delivery }), expect: :json, options: request_options)
      Models::LoginResponse.from_h(_data)
    end

    # Request an email sign-in code.
    #
    # Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
    # account that may sign in. The answer is the same 202, after about the same time, whether
    # or not it does.
    #
    # @param tenant [String] The tenant's slug
    # @param email [String]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::EmailRequestAccepted]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Not an email address
    # @raise [RateLimitedError] 429 Too many requests from this address
    def request_email_code(tenant, email:, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/email-code", json: BaseClient.body({ "email" => email }), expect: :json, options: request_options)
      Models::EmailRequestAccepted.from_h(_data)
    end

    # Sign in with an email code.
    #
    # Checks the code last sent to the email and answers as a password login does: the
    # session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
    # `invalid_code` and count toward the email's sign-in lockout (shared with password login;
    # 429 with `Retry-After`), and a code dies after five wrong guesses.
    #
    # @param tenant [String] The tenant's slug
    # @param email [String]
    # @param code [String] The six-digit code from the email.
    # @param delivery [String (Models::TokenDelivery), nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::LoginResponse]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 `invalid_code`: wrong, expired or used code
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The code is not six digits
    # @raise [RateLimitedError] 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
    def verify_email_code(tenant, email:, code:, delivery: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/auth/email-code/verify", json: BaseClient.body({ "email" => email, "code" => code, "delivery" => delivery }), expect: :json, options: request_options)
      Models::LoginResponse.from_h(_data)
    end

    # Get my profile.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::User]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    def get_me(tenant, request_options: nil)
      _data = request("GET", "/t/#{BaseClient.path_param(tenant)}/me", auth: ["session_token"], expect: :json, options: request_options)
      Models::User.from_h(_data)
    end

    # Delete my account.
    #
    # Deletes the account and its sessions; needs the current password when the account has one.
    #
    # @param tenant [String] The tenant's slug
    # @param current_password [String, nil] Required when the account has a password.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Invalid access token, or a wrong current password
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The current password is missing
    def delete_me(tenant, current_password: nil, request_options: nil)
      request("DELETE", "/t/#{BaseClient.path_param(tenant)}/me", json: BaseClient.body({ "current_password" => current_password }), auth: ["session_token"], expect: :empty, options: request_options)
      nil
    end

    # Update my profile.
    #
    # Name, picture and locale. Email changes and metadata are for administrators.
    #
    # @param tenant [String] The tenant's slug
    # @param name [String, nil]
    # @param picture [String, nil]
    # @param locale [String, nil]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::User]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 Invalid name, picture or locale
    def update_me(tenant, name: nil, picture: nil, locale: nil, request_options: nil)
      _data = request("PATCH", "/t/#{BaseClient.path_param(tenant)}/me", json: BaseClient.body({ "name" => name, "picture" => picture, "locale" => locale }), auth: ["session_token"], expect: :json, options: request_options)
      Models::User.from_h(_data)
    end

    # Change my password.
    #
    # Needs the current password (when the account has one); every other session of the
    # user ends, this one stays.
    #
    # @param tenant [String] The tenant's slug
    # @param current_password [String, nil] Required when the account has a password.
    # @param new_password [String]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Invalid access token, or a wrong current password
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The new password breaks the policy, or the current one is missing
    def change_my_password(tenant, new_password:, current_password: nil, request_options: nil)
      request("POST", "/t/#{BaseClient.path_param(tenant)}/me/password", json: BaseClient.body({ "current_password" => current_password, "new_password" => new_password }), auth: ["session_token"], expect: :empty, options: request_options)
      nil
    end

    # List my sessions.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::SessionList]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    def list_my_sessions(tenant, request_options: nil)
      _data = request("GET", "/t/#{BaseClient.path_param(tenant)}/me/sessions", auth: ["session_token"], expect: :json, options: request_options)
      Models::SessionList.from_h(_data)
    end

    # Sign out one of my sessions.
    #
    # @param tenant [String] The tenant's slug
    # @param session [String] The session's id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant or live session
    def revoke_my_session(tenant, session, request_options: nil)
      request("DELETE", "/t/#{BaseClient.path_param(tenant)}/me/sessions/#{BaseClient.path_param(session)}", auth: ["session_token"], expect: :empty, options: request_options)
      nil
    end

    # My TOTP status.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::TotpStatus]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    def get_my_totp(tenant, request_options: nil)
      _data = request("GET", "/t/#{BaseClient.path_param(tenant)}/me/mfa/totp", auth: ["session_token"], expect: :json, options: request_options)
      Models::TotpStatus.from_h(_data)
    end

    # Start my TOTP enrolment.
    #
    # Needs the current password (when the account has one). Returns a new secret, pending
    # until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.
    #
    # @param tenant [String] The tenant's slug
    # @param current_password [String, nil] Required when the account has a password.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::TotpEnrolment]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Invalid access token, or a wrong current password
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 TOTP is already enabled
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The current password is missing
    def start_my_totp_enrolment(tenant, current_password: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/me/mfa/totp", json: BaseClient.body({ "current_password" => current_password }), auth: ["session_token"], expect: :json, options: request_options)
      Models::TotpEnrolment.from_h(_data)
    end

    # Disable my TOTP.
    #
    # Needs the current password (when the account has one).
    #
    # @param tenant [String] The tenant's slug
    # @param current_password [String, nil] Required when the account has a password.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Invalid access token, or a wrong current password
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant, or no authenticator
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The current password is missing
    def disable_my_totp(tenant, current_password: nil, request_options: nil)
      request("DELETE", "/t/#{BaseClient.path_param(tenant)}/me/mfa/totp", json: BaseClient.body({ "current_password" => current_password }), auth: ["session_token"], expect: :empty, options: request_options)
      nil
    end

    # Confirm my TOTP enrolment.
    #
    # Enables the pending authenticator with a code it shows now and returns ten single-use
    # recovery codes, shown once.
    #
    # @param tenant [String] The tenant's slug
    # @param code [String]
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::RecoveryCodes]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 No enrolment is pending, or TOTP is already enabled
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The code is malformed or not the authenticator's current code
    def confirm_my_totp(tenant, code:, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/me/mfa/totp/confirm", json: BaseClient.body({ "code" => code }), auth: ["session_token"], expect: :json, options: request_options)
      Models::RecoveryCodes.from_h(_data)
    end

    # Regenerate my recovery codes.
    #
    # Needs the current password (when the account has one); the old codes stop working.
    #
    # @param tenant [String] The tenant's slug
    # @param current_password [String, nil] Required when the account has a password.
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::RecoveryCodes]
    # @raise [BadRequestError] 400 Malformed body or tenant slug
    # @raise [AuthenticationError] 401 Invalid access token, or a wrong current password
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    # @raise [ConflictError] 409 No enabled authenticator
    # @raise [APIError] 415 Body is not JSON
    # @raise [UnprocessableError] 422 The current password is missing
    def regenerate_my_recovery_codes(tenant, current_password: nil, request_options: nil)
      _data = request("POST", "/t/#{BaseClient.path_param(tenant)}/me/mfa/recovery-codes", json: BaseClient.body({ "current_password" => current_password }), auth: ["session_token"], expect: :json, options: request_options)
      Models::RecoveryCodes.from_h(_data)
    end

    # List my connected applications.
    #
    # Applications I allowed at the consent page, with the scopes granted.
    #
    # @param tenant [String] The tenant's slug
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::ConsentList]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant
    def list_my_consents(tenant, request_options: nil)
      _data = request("GET", "/t/#{BaseClient.path_param(tenant)}/me/consents", auth: ["session_token"], expect: :json, options: request_options)
      Models::ConsentList.from_h(_data)
    end

    # Disconnect an application.
    #
    # Withdraws my consent: the application must ask again, and its refresh tokens stop working.
    #
    # @param tenant [String] The tenant's slug
    # @param client [String] The application's client_id
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [nil]
    # @raise [BadRequestError] 400 Malformed tenant slug
    # @raise [AuthenticationError] 401 Missing, invalid or expired access token, or an ended session
    # @raise [PermissionDeniedError] 403 The account is disabled
    # @raise [NotFoundError] 404 No such tenant, or no consent for this application
    def revoke_my_consent(tenant, client, request_options: nil)
      request("DELETE", "/t/#{BaseClient.path_param(tenant)}/me/consents/#{BaseClient.path_param(client)}", auth: ["session_token"], expect: :empty, options: request_options)
      nil
    end

    # Liveness.
    #
    # Answers while the process can serve HTTP; it does not touch the database.
    #
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::HealthStatus]
    def get_health(request_options: nil)
      _data = request("GET", "/healthz", expect: :json, options: request_options)
      Models::HealthStatus.from_h(_data)
    end

    # Readiness.
    #
    # Ready when the database answers within two seconds; recovers by itself when it returns.
    #
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Models::HealthStatus]
    # @raise [InternalServerError] 503 The database is unreachable
    def get_readiness(request_options: nil)
      _data = request("GET", "/readyz", expect: :json, options: request_options)
      Models::HealthStatus.from_h(_data)
    end

    # Prometheus metrics.
    #
    # Requests by route and status, latency histograms and database pool gauges, in the
    # Prometheus text format.
    #
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [String]
    def get_metrics(request_options: nil)
      _data = request("GET", "/metrics", expect: :text, options: request_options)
      _data.to_s
    end

    # OpenAPI document.
    #
    # This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
    #
    # @param request_options [RequestOptions, Hash, nil] per-call settings
    # @return [Hash{String => Object}]
    def get_open_api(request_options: nil)
      _data = request("GET", "/openapi.json", expect: :json, options: request_options)
      _data
    end
  end
end
