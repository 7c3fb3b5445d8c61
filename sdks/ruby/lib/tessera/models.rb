# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

require "time"

module Tessera
  # The API's records, enums and unions.
  module Models
    # The attestation conveyance a tenant asks authenticators for (WebAuthn §5.4.7).
    module AttestationConveyance
      NONE = "none"
      INDIRECT = "indirect"
      DIRECT = "direct"
      # Every value, in the spec's order.
      ALL = [NONE, INDIRECT, DIRECT].freeze
    end
    # Export formats.
    module AuditExportFormat
      NDJSON = "ndjson"
      CSV = "csv"
      # Every value, in the spec's order.
      ALL = [NDJSON, CSV].freeze
    end
    # Why a check was decided as it was.
    module AuthzReason
      ROLE_GRANTS_PERMISSION = "role_grants_permission"
      ROLE_LACKS_PERMISSION = "role_lacks_permission"
      NOT_A_MEMBER = "not_a_member"
      NO_ORGANIZATION = "no_organization"
      ORGANIZATION_NOT_FOUND = "organization_not_found"
      SUBJECT_NOT_FOUND = "subject_not_found"
      SUBJECT_DISABLED = "subject_disabled"
      ROLE_NOT_FOUND = "role_not_found"
      RESOURCE_GRANT_GRANTS_PERMISSION = "resource_grant_grants_permission"
      # Every value, in the spec's order.
      ALL = [ROLE_GRANTS_PERMISSION, ROLE_LACKS_PERMISSION, NOT_A_MEMBER, NO_ORGANIZATION, ORGANIZATION_NOT_FOUND, SUBJECT_NOT_FOUND, SUBJECT_DISABLED, ROLE_NOT_FOUND, RESOURCE_GRANT_GRANTS_PERMISSION].freeze
    end
    # Whether a client can keep a secret (RFC 6749 §2.1).
    module ClientType
      CONFIDENTIAL = "confidential"
      PUBLIC = "public"
      # Every value, in the spec's order.
      ALL = [CONFIDENTIAL, PUBLIC].freeze
    end
    # Stable machine-readable error codes carried in `code` of every problem response.
    #
    # Clients branch on these, never on `title` or `detail`, which are for people.
    module ErrorCode
      INVALID_BODY = "invalid_body"
      UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
      PAYLOAD_TOO_LARGE = "payload_too_large"
      INVALID_PARAMETER = "invalid_parameter"
      VALIDATION_FAILED = "validation_failed"
      UNAUTHORIZED = "unauthorized"
      INVALID_CREDENTIALS = "invalid_credentials"
      INVALID_TOKEN = "invalid_token"
      INVALID_CODE = "invalid_code"
      ACCOUNT_LOCKED = "account_locked"
      RATE_LIMITED = "rate_limited"
      ACCOUNT_DISABLED = "account_disabled"
      SIGNUP_DISABLED = "signup_disabled"
      EMAIL_DOMAIN_NOT_ALLOWED = "email_domain_not_allowed"
      ORIGIN_NOT_ALLOWED = "origin_not_allowed"
      NOT_FOUND = "not_found"
      METHOD_NOT_ALLOWED = "method_not_allowed"
      ALREADY_EXISTS = "already_exists"
      CONFLICT = "conflict"
      REQUEST_TIMEOUT = "request_timeout"
      SERVICE_UNAVAILABLE = "service_unavailable"
      INTERNAL_ERROR = "internal_error"
      PERMISSION_DENIED = "permission_denied"
      ORGANIZATION_POLICY_VIOLATION = "organization_policy_violation"
      # Every value, in the spec's order.
      ALL = [INVALID_BODY, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE, INVALID_PARAMETER, VALIDATION_FAILED, UNAUTHORIZED, INVALID_CREDENTIALS, INVALID_TOKEN, INVALID_CODE, ACCOUNT_LOCKED, RATE_LIMITED, ACCOUNT_DISABLED, SIGNUP_DISABLED, EMAIL_DOMAIN_NOT_ALLOWED, ORIGIN_NOT_ALLOWED, NOT_FOUND, METHOD_NOT_ALLOWED, ALREADY_EXISTS, CONFLICT, REQUEST_TIMEOUT, SERVICE_UNAVAILABLE, INTERNAL_ERROR, PERMISSION_DENIED, ORGANIZATION_POLICY_VIOLATION].freeze
    end
    # OAuth grant types a client may use.
    module GrantType
      CLIENT_CREDENTIALS = "client_credentials"
      AUTHORIZATION_CODE = "authorization_code"
      REFRESH_TOKEN = "refresh_token"
      # Every value, in the spec's order.
      ALL = [CLIENT_CREDENTIALS, AUTHORIZATION_CODE, REFRESH_TOKEN].freeze
    end
    # Where an invitation stands.
    module InvitationState
      PENDING = "pending"
      ACCEPTED = "accepted"
      REVOKED = "revoked"
      EXPIRED = "expired"
      # Every value, in the spec's order.
      ALL = [PENDING, ACCEPTED, REVOKED, EXPIRED].freeze
    end
    # Lifecycle of a signing key.
    module KeyStatus
      ACTIVE = "active"
      RETIRED = "retired"
      # Every value, in the spec's order.
      ALL = [ACTIVE, RETIRED].freeze
    end
    # A second factor that completes a sign-in.
    module MfaFactor
      TOTP = "totp"
      RECOVERY_CODE = "recovery_code"
      PASSKEY = "passkey"
      # Every value, in the spec's order.
      ALL = [TOTP, RECOVERY_CODE, PASSKEY].freeze
    end
    # JWS algorithms a tenant can sign with.
    module SigningAlg
      ES256 = "ES256"
      RS256 = "RS256"
      ED_DSA = "EdDSA"
      # Every value, in the spec's order.
      ALL = [ES256, RS256, ED_DSA].freeze
    end
    # Who may create an account with `POST /t/{tenant}/auth/signup`.
    module SignupMode
      OPEN = "open"
      INVITE_ONLY = "invite_only"
      DOMAIN_ALLOWLIST = "domain_allowlist"
      # Every value, in the spec's order.
      ALL = [OPEN, INVITE_ONLY, DOMAIN_ALLOWLIST].freeze
    end
    # How the refresh token travels.
    module TokenDelivery
      TOKEN = "token"
      COOKIE = "cookie"
      # Every value, in the spec's order.
      ALL = [TOKEN, COOKIE].freeze
    end
    # How a client authenticates at the token endpoint (RFC 7591 §2).
    module TokenEndpointAuthMethod
      CLIENT_SECRET_BASIC = "client_secret_basic"
      CLIENT_SECRET_POST = "client_secret_post"
      NONE = "none"
      PRIVATE_KEY_JWT = "private_key_jwt"
      # Every value, in the spec's order.
      ALL = [CLIENT_SECRET_BASIC, CLIENT_SECRET_POST, NONE, PRIVATE_KEY_JWT].freeze
    end
    # Where a user's TOTP authenticator stands.
    module TotpState
      DISABLED = "disabled"
      PENDING = "pending"
      ENABLED = "enabled"
      # Every value, in the spec's order.
      ALL = [DISABLED, PENDING, ENABLED].freeze
    end

    # Body of `POST /t/{tenant}/invitations/accept`.
    class AcceptInvitation
      # @return [String] The `tin_…` token from the invitation email's link.
      attr_reader :token
      # @return [String, nil] For an invitee without an account: the password of the account created on accepting.
      # An invitee who has an account signs in and sends their access token instead.
      attr_reader :password
      # @return [String, nil] The new account's display name.
      attr_reader :name

      def initialize(token:, password: nil, name: nil)
        @token = token
        @password = password
        @name = name
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          token: _data.fetch("token"),
          password: _data["password"],
          name: _data["name"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["token"] = @token
        _out["password"] = @password unless @password.nil?
        _out["name"] = @name unless @name.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/organizations/{organization}/members`.
    class AddMember
      # @return [String] The user's id (`usr_…`), of the same tenant.
      attr_reader :user_id
      # @return [String, nil] A role key; `member` when absent.
      attr_reader :role

      def initialize(user_id:, role: nil)
        @user_id = user_id
        @role = role
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          user_id: _data.fetch("user_id"),
          role: _data["role"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["user_id"] = @user_id
        _out["role"] = @role unless @role.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An API key (its secret is shown only once, when created or rotated).
    class ApiKey
      # @return [String] Server-assigned identifier (`key_…`).
      attr_reader :id
      # @return [String, nil] The owning organization, for an organization's key.
      attr_reader :organization_id
      # @return [String, nil] The owning user, for a user's key.
      attr_reader :user_id
      # @return [String]
      attr_reader :name
      # @return [Array<String>] The `resource:action` patterns the key is limited to.
      attr_reader :permissions
      # @return [String] The secret's last four characters, to tell keys apart.
      attr_reader :hint
      # @return [Time]
      attr_reader :created_at
      # @return [Time, nil]
      attr_reader :expires_at
      # @return [Time, nil] When introspection last saw the key.
      attr_reader :last_used_at
      # @return [Time, nil]
      attr_reader :revoked_at
      # @return [String, nil] The key that replaced this one by rotation.
      attr_reader :rotated_to
      # @return [Boolean] Whether the key works now (not revoked, not expired).
      attr_reader :active

      def initialize(id:, name:, permissions:, hint:, created_at:, active:, organization_id: nil, user_id: nil, expires_at: nil, last_used_at: nil, revoked_at: nil, rotated_to: nil)
        @id = id
        @organization_id = organization_id
        @user_id = user_id
        @name = name
        @permissions = permissions
        @hint = hint
        @created_at = created_at
        @expires_at = expires_at
        @last_used_at = last_used_at
        @revoked_at = revoked_at
        @rotated_to = rotated_to
        @active = active
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          organization_id: _data["organization_id"],
          user_id: _data["user_id"],
          name: _data.fetch("name"),
          permissions: _data.fetch("permissions"),
          hint: _data.fetch("hint"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          expires_at: (_data["expires_at"].nil? ? nil : Time.iso8601(_data["expires_at"])),
          last_used_at: (_data["last_used_at"].nil? ? nil : Time.iso8601(_data["last_used_at"])),
          revoked_at: (_data["revoked_at"].nil? ? nil : Time.iso8601(_data["revoked_at"])),
          rotated_to: _data["rotated_to"],
          active: _data.fetch("active"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["organization_id"] = @organization_id unless @organization_id.nil?
        _out["user_id"] = @user_id unless @user_id.nil?
        _out["name"] = @name
        _out["permissions"] = BaseClient.to_json_value(@permissions)
        _out["hint"] = @hint
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["expires_at"] = BaseClient.to_json_value(@expires_at) unless @expires_at.nil?
        _out["last_used_at"] = BaseClient.to_json_value(@last_used_at) unless @last_used_at.nil?
        _out["revoked_at"] = BaseClient.to_json_value(@revoked_at) unless @revoked_at.nil?
        _out["rotated_to"] = @rotated_to unless @rotated_to.nil?
        _out["active"] = @active
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of API keys, oldest first.
    class ApiKeyList
      # @return [Array<Models::ApiKey>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::ApiKey.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A key with its secret, shown this once.
    class ApiKeyWithSecret
      # @return [Models::ApiKey]
      attr_reader :key
      # @return [String] `tsk_…`: send it as `token` to the tenant's introspection endpoint. Store it now; it
      # cannot be shown again.
      attr_reader :secret

      def initialize(key:, secret:)
        @key = key
        @secret = secret
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          key: Models::ApiKey.from_h(_data.fetch("key")),
          secret: _data.fetch("secret"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["key"] = BaseClient.to_json_value(@key)
        _out["secret"] = @secret
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One entry of a tenant's audit log.
    class AuditEvent
      # @return [String] `aud_…`
      attr_reader :id
      # @return [Integer] Position in the tenant's chain: 1, 2, 3 …
      attr_reader :seq
      # @return [Time]
      attr_reader :occurred_at
      # @return [String] What happened, such as `user.created` or `session.login_failed`.
      attr_reader :action
      # @return [String] `admin`, `user`, `operator` (the CLI) or `anonymous`.
      attr_reader :actor_type
      # @return [String, nil]
      attr_reader :actor_id
      # @return [String, nil]
      attr_reader :target_type
      # @return [String, nil]
      attr_reader :target_id
      # @return [String, nil]
      attr_reader :ip
      # @return [String, nil]
      attr_reader :user_agent
      # @return [String, nil]
      attr_reader :request_id
      # @return [Hash{String => Object}] Event-specific facts; never a secret.
      attr_reader :details
      # @return [String] Hex SHA-256 of the previous event (64 zeros for the first).
      attr_reader :prev_hash
      # @return [String] Hex SHA-256 over this event's fields and `prev_hash`.
      attr_reader :hash_

      def initialize(id:, seq:, occurred_at:, action:, actor_type:, details:, prev_hash:, hash_:, actor_id: nil, target_type: nil, target_id: nil, ip: nil, user_agent: nil, request_id: nil)
        @id = id
        @seq = seq
        @occurred_at = occurred_at
        @action = action
        @actor_type = actor_type
        @actor_id = actor_id
        @target_type = target_type
        @target_id = target_id
        @ip = ip
        @user_agent = user_agent
        @request_id = request_id
        @details = details
        @prev_hash = prev_hash
        @hash_ = hash_
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          seq: _data.fetch("seq"),
          occurred_at: Time.iso8601(_data.fetch("occurred_at")),
          action: _data.fetch("action"),
          actor_type: _data.fetch("actor_type"),
          actor_id: _data["actor_id"],
          target_type: _data["target_type"],
          target_id: _data["target_id"],
          ip: _data["ip"],
          user_agent: _data["user_agent"],
          request_id: _data["request_id"],
          details: _data.fetch("details"),
          prev_hash: _data.fetch("prev_hash"),
          hash_: _data.fetch("hash"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["seq"] = @seq
        _out["occurred_at"] = BaseClient.to_json_value(@occurred_at)
        _out["action"] = @action
        _out["actor_type"] = @actor_type
        _out["actor_id"] = @actor_id unless @actor_id.nil?
        _out["target_type"] = @target_type unless @target_type.nil?
        _out["target_id"] = @target_id unless @target_id.nil?
        _out["ip"] = @ip unless @ip.nil?
        _out["user_agent"] = @user_agent unless @user_agent.nil?
        _out["request_id"] = @request_id unless @request_id.nil?
        _out["details"] = BaseClient.to_json_value(@details)
        _out["prev_hash"] = @prev_hash
        _out["hash"] = @hash_
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of audit events, oldest first.
    class AuditEventList
      # @return [Array<Models::AuditEvent>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::AuditEvent.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Result of checking a tenant's audit chain.
    class AuditVerification
      # @return [Boolean] Whether every link holds.
      attr_reader :valid
      # @return [Integer]
      attr_reader :events_checked
      # @return [Integer, nil] The first event whose link is broken.
      attr_reader :first_broken_seq
      # @return [String, nil] Why that link is broken.
      attr_reader :reason

      def initialize(valid:, events_checked:, first_broken_seq: nil, reason: nil)
        @valid = valid
        @events_checked = events_checked
        @first_broken_seq = first_broken_seq
        @reason = reason
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          valid: _data.fetch("valid"),
          events_checked: _data.fetch("events_checked"),
          first_broken_seq: _data["first_broken_seq"],
          reason: _data["reason"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["valid"] = @valid
        _out["events_checked"] = @events_checked
        _out["first_broken_seq"] = @first_broken_seq unless @first_broken_seq.nil?
        _out["reason"] = @reason unless @reason.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/authz/check`: may `subject` do `permission`?
    class AuthzCheck
      # @return [String] A user id (`usr_…`) or a service account's client id (`cli_…`).
      attr_reader :subject
      # @return [String] A concrete `resource:action` (no wildcard).
      attr_reader :permission
      # @return [String, nil] The organization (id or slug) the subject acts in. Roles come from memberships,
      # so without one nothing is allowed.
      attr_reader :organization
      # @return [String, nil] The resource acted on (`document:123`): the organization-wide role applies to every
      # resource, and a role granted on this resource (resource grants) adds to it.
      attr_reader :resource

      def initialize(subject:, permission:, organization: nil, resource: nil)
        @subject = subject
        @permission = permission
        @organization = organization
        @resource = resource
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          subject: _data.fetch("subject"),
          permission: _data.fetch("permission"),
          organization: _data["organization"],
          resource: _data["resource"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["subject"] = @subject
        _out["permission"] = @permission
        _out["organization"] = @organization unless @organization.nil?
        _out["resource"] = @resource unless @resource.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/authz/check-batch`: 1 to 100 checks.
    class AuthzCheckBatch
      # @return [Array<Models::AuthzCheck>]
      attr_reader :checks

      def initialize(checks:)
        @checks = checks
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          checks: _data.fetch("checks").map { |_v0| Models::AuthzCheck.from_h(_v0) },
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["checks"] = BaseClient.to_json_value(@checks)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # The answer to one check, with its explanation.
    class AuthzDecision
      # @return [Boolean]
      attr_reader :allowed
      # @return [String (Models::AuthzReason)]
      attr_reader :reason
      # @return [String] The decision in a sentence a person can read.
      attr_reader :explanation
      # @return [String]
      attr_reader :subject
      # @return [String]
      attr_reader :permission
      # @return [String, nil]
      attr_reader :organization_id
      # @return [String, nil]
      attr_reader :resource
      # @return [String, nil] The subject's role in the organization, when a member.
      attr_reader :role
      # @return [String, nil] The role's pattern that matched (`invoices:read`, `invoices:*` or `*`).
      attr_reader :matched_permission
      # @return [String, nil] The resource grant (`rgr_…`) that allowed the check, when one did; `role` is then
      # the role granted on the resource.
      attr_reader :resource_grant

      def initialize(allowed:, reason:, explanation:, subject:, permission:, organization_id: nil, resource: nil, role: nil, matched_permission: nil, resource_grant: nil)
        @allowed = allowed
        @reason = reason
        @explanation = explanation
        @subject = subject
        @permission = permission
        @organization_id = organization_id
        @resource = resource
        @role = role
        @matched_permission = matched_permission
        @resource_grant = resource_grant
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          allowed: _data.fetch("allowed"),
          reason: _data.fetch("reason"),
          explanation: _data.fetch("explanation"),
          subject: _data.fetch("subject"),
          permission: _data.fetch("permission"),
          organization_id: _data["organization_id"],
          resource: _data["resource"],
          role: _data["role"],
          matched_permission: _data["matched_permission"],
          resource_grant: _data["resource_grant"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["allowed"] = @allowed
        _out["reason"] = BaseClient.to_json_value(@reason)
        _out["explanation"] = @explanation
        _out["subject"] = @subject
        _out["permission"] = @permission
        _out["organization_id"] = @organization_id unless @organization_id.nil?
        _out["resource"] = @resource unless @resource.nil?
        _out["role"] = @role unless @role.nil?
        _out["matched_permission"] = @matched_permission unless @matched_permission.nil?
        _out["resource_grant"] = @resource_grant unless @resource_grant.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # The decisions, in the order of the checks.
    class AuthzDecisionList
      # @return [Array<Models::AuthzDecision>]
      attr_reader :results

      def initialize(results:)
        @results = results
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          results: _data.fetch("results").map { |_v0| Models::AuthzDecision.from_h(_v0) },
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["results"] = BaseClient.to_json_value(@results)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # How the tenant's hosted pages look. Their title is the tenant's name.
    class Branding
      # @return [String, nil] An `https` URL of the logo shown above the forms.
      attr_reader :logo_url
      # @return [String, nil] The accent colour of buttons and focus rings, `#rrggbb`.
      attr_reader :primary_color
      # @return [String, nil] A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is
      # served at `/t/{tenant}/branding.css` and allowed by the pages' CSP.
      attr_reader :custom_css
      # @return [String, nil] An `https` URL of the tenant's help page, linked at the foot of every page.
      attr_reader :support_url
      # @return [Array<String>, nil] Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP
      # `frame-ancestors`; empty or absent means none may (`'none'`).
      attr_reader :frame_ancestors
      # @return [String, nil] The pages' language when neither `ui_locales` nor the browser names a supported
      # one: `en`, `de`, `fr` or `ar`.
      attr_reader :default_locale

      def initialize(logo_url: nil, primary_color: nil, custom_css: nil, support_url: nil, frame_ancestors: nil, default_locale: nil)
        @logo_url = logo_url
        @primary_color = primary_color
        @custom_css = custom_css
        @support_url = support_url
        @frame_ancestors = frame_ancestors
        @default_locale = default_locale
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          logo_url: _data["logo_url"],
          primary_color: _data["primary_color"],
          custom_css: _data["custom_css"],
          support_url: _data["support_url"],
          frame_ancestors: _data["frame_ancestors"],
          default_locale: _data["default_locale"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["logo_url"] = @logo_url unless @logo_url.nil?
        _out["primary_color"] = @primary_color unless @primary_color.nil?
        _out["custom_css"] = @custom_css unless @custom_css.nil?
        _out["support_url"] = @support_url unless @support_url.nil?
        _out["frame_ancestors"] = BaseClient.to_json_value(@frame_ancestors) unless @frame_ancestors.nil?
        _out["default_locale"] = @default_locale unless @default_locale.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/me/password`.
    class ChangePassword
      # @return [String, nil] Required when the account has a password.
      attr_reader :current_password
      # @return [String]
      attr_reader :new_password

      def initialize(new_password:, current_password: nil)
        @current_password = current_password
        @new_password = new_password
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          current_password: _data["current_password"],
          new_password: _data.fetch("new_password"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["current_password"] = @current_password unless @current_password.nil?
        _out["new_password"] = @new_password
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An OAuth client of a tenant (an "application" in Auth0, a "client" in Keycloak).
    class Client
      # @return [String] The `client_id` (`cli_…`).
      attr_reader :id
      # @return [String]
      attr_reader :name
      # @return [String (Models::ClientType)]
      attr_reader :client_type
      # @return [String (Models::TokenEndpointAuthMethod)]
      attr_reader :token_endpoint_auth_method
      # @return [Array<String (Models::GrantType)>]
      attr_reader :grant_types
      # @return [Array<String>] Scopes the client may request; tokens carry the granted subset.
      attr_reader :scopes
      # @return [Array<String>] Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
      attr_reader :audiences
      # @return [Integer] Access-token lifetime in seconds for this client.
      attr_reader :access_token_ttl
      # @return [Array<String>] Where the authorization endpoint may send users back; matched exactly.
      attr_reader :redirect_uris
      # @return [Array<String>] Where RP-initiated logout may send users back; matched exactly.
      attr_reader :post_logout_redirect_uris
      # @return [Boolean] A first-party application: users are not asked for consent.
      attr_reader :skip_consent
      # @return [Hash{String => Object}, nil] The client's public keys (a JWK set) for `private_key_jwt`.
      attr_reader :jwks
      # @return [Array<Models::ClientSecretInfo>] Live secrets, newest first (hints only; a secret is shown once, when created).
      attr_reader :secrets
      # @return [Time]
      attr_reader :created_at
      # @return [Time]
      attr_reader :updated_at

      def initialize(id:, name:, client_type:, token_endpoint_auth_method:, grant_types:, scopes:, audiences:, access_token_ttl:, redirect_uris:, post_logout_redirect_uris:, skip_consent:, secrets:, created_at:, updated_at:, jwks: nil)
        @id = id
        @name = name
        @client_type = client_type
        @token_endpoint_auth_method = token_endpoint_auth_method
        @grant_types = grant_types
        @scopes = scopes
        @audiences = audiences
        @access_token_ttl = access_token_ttl
        @redirect_uris = redirect_uris
        @post_logout_redirect_uris = post_logout_redirect_uris
        @skip_consent = skip_consent
        @jwks = jwks
        @secrets = secrets
        @created_at = created_at
        @updated_at = updated_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          name: _data.fetch("name"),
          client_type: _data.fetch("client_type"),
          token_endpoint_auth_method: _data.fetch("token_endpoint_auth_method"),
          grant_types: _data.fetch("grant_types"),
          scopes: _data.fetch("scopes"),
          audiences: _data.fetch("audiences"),
          access_token_ttl: _data.fetch("access_token_ttl"),
          redirect_uris: _data.fetch("redirect_uris"),
          post_logout_redirect_uris: _data.fetch("post_logout_redirect_uris"),
          skip_consent: _data.fetch("skip_consent"),
          jwks: _data["jwks"],
          secrets: _data.fetch("secrets").map { |_v0| Models::ClientSecretInfo.from_h(_v0) },
          created_at: Time.iso8601(_data.fetch("created_at")),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["name"] = @name
        _out["client_type"] = BaseClient.to_json_value(@client_type)
        _out["token_endpoint_auth_method"] = BaseClient.to_json_value(@token_endpoint_auth_method)
        _out["grant_types"] = BaseClient.to_json_value(@grant_types)
        _out["scopes"] = BaseClient.to_json_value(@scopes)
        _out["audiences"] = BaseClient.to_json_value(@audiences)
        _out["access_token_ttl"] = @access_token_ttl
        _out["redirect_uris"] = BaseClient.to_json_value(@redirect_uris)
        _out["post_logout_redirect_uris"] = BaseClient.to_json_value(@post_logout_redirect_uris)
        _out["skip_consent"] = @skip_consent
        _out["jwks"] = BaseClient.to_json_value(@jwks) unless @jwks.nil?
        _out["secrets"] = BaseClient.to_json_value(@secrets)
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of clients.
    class ClientList
      # @return [Array<Models::Client>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Client.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Client metadata of a registration request (RFC 7591 §2). Unknown members are ignored,
    # as §2 requires.
    class ClientRegistrationRequest
      # @return [Array<String>, nil]
      attr_reader :redirect_uris
      # @return [String, nil] `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
      # public client (PKCE, no secret), as MCP clients register.
      attr_reader :token_endpoint_auth_method
      # @return [Array<String>, nil] `authorization_code` and `refresh_token` (the default is `authorization_code`).
      attr_reader :grant_types
      # @return [Array<String>, nil] `code` only.
      attr_reader :response_types
      # @return [String, nil]
      attr_reader :client_name
      # @return [String, nil] Space-separated scopes the client will use (informational).
      attr_reader :scope
      # @return [Array<String>, nil]
      attr_reader :post_logout_redirect_uris

      def initialize(redirect_uris: nil, token_endpoint_auth_method: nil, grant_types: nil, response_types: nil, client_name: nil, scope: nil, post_logout_redirect_uris: nil)
        @redirect_uris = redirect_uris
        @token_endpoint_auth_method = token_endpoint_auth_method
        @grant_types = grant_types
        @response_types = response_types
        @client_name = client_name
        @scope = scope
        @post_logout_redirect_uris = post_logout_redirect_uris
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          redirect_uris: _data["redirect_uris"],
          token_endpoint_auth_method: _data["token_endpoint_auth_method"],
          grant_types: _data["grant_types"],
          response_types: _data["response_types"],
          client_name: _data["client_name"],
          scope: _data["scope"],
          post_logout_redirect_uris: _data["post_logout_redirect_uris"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["redirect_uris"] = BaseClient.to_json_value(@redirect_uris) unless @redirect_uris.nil?
        _out["token_endpoint_auth_method"] = @token_endpoint_auth_method unless @token_endpoint_auth_method.nil?
        _out["grant_types"] = BaseClient.to_json_value(@grant_types) unless @grant_types.nil?
        _out["response_types"] = BaseClient.to_json_value(@response_types) unless @response_types.nil?
        _out["client_name"] = @client_name unless @client_name.nil?
        _out["scope"] = @scope unless @scope.nil?
        _out["post_logout_redirect_uris"] = BaseClient.to_json_value(@post_logout_redirect_uris) unless @post_logout_redirect_uris.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A registered client's metadata and credentials (RFC 7591 §3.2.1, RFC 7592 §3).
    class ClientRegistrationResponse
      # @return [String]
      attr_reader :client_id
      # @return [String, nil] Only in the registration response and only for confidential clients.
      attr_reader :client_secret
      # @return [Integer]
      attr_reader :client_id_issued_at
      # @return [Integer, nil] 0: the secret does not expire (present with a secret).
      attr_reader :client_secret_expires_at
      # @return [String, nil] Bearer token for the registration management endpoint (RFC 7592), shown once.
      attr_reader :registration_access_token
      # @return [String]
      attr_reader :registration_client_uri
      # @return [String]
      attr_reader :client_name
      # @return [Array<String>]
      attr_reader :redirect_uris
      # @return [Array<String>]
      attr_reader :post_logout_redirect_uris
      # @return [String]
      attr_reader :token_endpoint_auth_method
      # @return [Array<String>]
      attr_reader :grant_types
      # @return [Array<String>]
      attr_reader :response_types

      def initialize(client_id:, client_id_issued_at:, registration_client_uri:, client_name:, redirect_uris:, post_logout_redirect_uris:, token_endpoint_auth_method:, grant_types:, response_types:, client_secret: nil, client_secret_expires_at: nil, registration_access_token: nil)
        @client_id = client_id
        @client_secret = client_secret
        @client_id_issued_at = client_id_issued_at
        @client_secret_expires_at = client_secret_expires_at
        @registration_access_token = registration_access_token
        @registration_client_uri = registration_client_uri
        @client_name = client_name
        @redirect_uris = redirect_uris
        @post_logout_redirect_uris = post_logout_redirect_uris
        @token_endpoint_auth_method = token_endpoint_auth_method
        @grant_types = grant_types
        @response_types = response_types
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          client_id: _data.fetch("client_id"),
          client_secret: _data["client_secret"],
          client_id_issued_at: _data.fetch("client_id_issued_at"),
          client_secret_expires_at: _data["client_secret_expires_at"],
          registration_access_token: _data["registration_access_token"],
          registration_client_uri: _data.fetch("registration_client_uri"),
          client_name: _data.fetch("client_name"),
          redirect_uris: _data.fetch("redirect_uris"),
          post_logout_redirect_uris: _data.fetch("post_logout_redirect_uris"),
          token_endpoint_auth_method: _data.fetch("token_endpoint_auth_method"),
          grant_types: _data.fetch("grant_types"),
          response_types: _data.fetch("response_types"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["client_id"] = @client_id
        _out["client_secret"] = @client_secret unless @client_secret.nil?
        _out["client_id_issued_at"] = @client_id_issued_at
        _out["client_secret_expires_at"] = @client_secret_expires_at unless @client_secret_expires_at.nil?
        _out["registration_access_token"] = @registration_access_token unless @registration_access_token.nil?
        _out["registration_client_uri"] = @registration_client_uri
        _out["client_name"] = @client_name
        _out["redirect_uris"] = BaseClient.to_json_value(@redirect_uris)
        _out["post_logout_redirect_uris"] = BaseClient.to_json_value(@post_logout_redirect_uris)
        _out["token_endpoint_auth_method"] = @token_endpoint_auth_method
        _out["grant_types"] = BaseClient.to_json_value(@grant_types)
        _out["response_types"] = BaseClient.to_json_value(@response_types)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # What may be shown of a client secret after its creation.
    class ClientSecretInfo
      # @return [String]
      attr_reader :id
      # @return [String] The secret's last four characters.
      attr_reader :hint
      # @return [Time]
      attr_reader :created_at
      # @return [Time, nil]
      attr_reader :expires_at

      def initialize(id:, hint:, created_at:, expires_at: nil)
        @id = id
        @hint = hint
        @created_at = created_at
        @expires_at = expires_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          hint: _data.fetch("hint"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          expires_at: (_data["expires_at"].nil? ? nil : Time.iso8601(_data["expires_at"])),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["hint"] = @hint
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["expires_at"] = BaseClient.to_json_value(@expires_at) unless @expires_at.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A client with its new secret, shown this once.
    class ClientWithSecret
      # @return [String] The `client_id` (`cli_…`).
      attr_reader :id
      # @return [String]
      attr_reader :name
      # @return [String (Models::ClientType)]
      attr_reader :client_type
      # @return [String (Models::TokenEndpointAuthMethod)]
      attr_reader :token_endpoint_auth_method
      # @return [Array<String (Models::GrantType)>]
      attr_reader :grant_types
      # @return [Array<String>] Scopes the client may request; tokens carry the granted subset.
      attr_reader :scopes
      # @return [Array<String>] Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for.
      attr_reader :audiences
      # @return [Integer] Access-token lifetime in seconds for this client.
      attr_reader :access_token_ttl
      # @return [Array<String>] Where the authorization endpoint may send users back; matched exactly.
      attr_reader :redirect_uris
      # @return [Array<String>] Where RP-initiated logout may send users back; matched exactly.
      attr_reader :post_logout_redirect_uris
      # @return [Boolean] A first-party application: users are not asked for consent.
      attr_reader :skip_consent
      # @return [Hash{String => Object}, nil] The client's public keys (a JWK set) for `private_key_jwt`.
      attr_reader :jwks
      # @return [Array<Models::ClientSecretInfo>] Live secrets, newest first (hints only; a secret is shown once, when created).
      attr_reader :secrets
      # @return [Time]
      attr_reader :created_at
      # @return [Time]
      attr_reader :updated_at
      # @return [String, nil] The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients.
      attr_reader :client_secret

      def initialize(id:, name:, client_type:, token_endpoint_auth_method:, grant_types:, scopes:, audiences:, access_token_ttl:, redirect_uris:, post_logout_redirect_uris:, skip_consent:, secrets:, created_at:, updated_at:, jwks: nil, client_secret: nil)
        @id = id
        @name = name
        @client_type = client_type
        @token_endpoint_auth_method = token_endpoint_auth_method
        @grant_types = grant_types
        @scopes = scopes
        @audiences = audiences
        @access_token_ttl = access_token_ttl
        @redirect_uris = redirect_uris
        @post_logout_redirect_uris = post_logout_redirect_uris
        @skip_consent = skip_consent
        @jwks = jwks
        @secrets = secrets
        @created_at = created_at
        @updated_at = updated_at
        @client_secret = client_secret
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          name: _data.fetch("name"),
          client_type: _data.fetch("client_type"),
          token_endpoint_auth_method: _data.fetch("token_endpoint_auth_method"),
          grant_types: _data.fetch("grant_types"),
          scopes: _data.fetch("scopes"),
          audiences: _data.fetch("audiences"),
          access_token_ttl: _data.fetch("access_token_ttl"),
          redirect_uris: _data.fetch("redirect_uris"),
          post_logout_redirect_uris: _data.fetch("post_logout_redirect_uris"),
          skip_consent: _data.fetch("skip_consent"),
          jwks: _data["jwks"],
          secrets: _data.fetch("secrets").map { |_v0| Models::ClientSecretInfo.from_h(_v0) },
          created_at: Time.iso8601(_data.fetch("created_at")),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
          client_secret: _data["client_secret"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["name"] = @name
        _out["client_type"] = BaseClient.to_json_value(@client_type)
        _out["token_endpoint_auth_method"] = BaseClient.to_json_value(@token_endpoint_auth_method)
        _out["grant_types"] = BaseClient.to_json_value(@grant_types)
        _out["scopes"] = BaseClient.to_json_value(@scopes)
        _out["audiences"] = BaseClient.to_json_value(@audiences)
        _out["access_token_ttl"] = @access_token_ttl
        _out["redirect_uris"] = BaseClient.to_json_value(@redirect_uris)
        _out["post_logout_redirect_uris"] = BaseClient.to_json_value(@post_logout_redirect_uris)
        _out["skip_consent"] = @skip_consent
        _out["jwks"] = BaseClient.to_json_value(@jwks) unless @jwks.nil?
        _out["secrets"] = BaseClient.to_json_value(@secrets)
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out["client_secret"] = @client_secret unless @client_secret.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of the TOTP confirmation: a code the authenticator shows now.
    class ConfirmTotp
      # @return [String]
      attr_reader :code

      def initialize(code:)
        @code = code
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          code: _data.fetch("code"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["code"] = @code
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An application the user allowed to access their account ("connected app").
    class Consent
      # @return [String]
      attr_reader :client_id
      # @return [String]
      attr_reader :client_name
      # @return [Array<String>] The scopes granted so far.
      attr_reader :scopes
      # @return [Time]
      attr_reader :granted_at
      # @return [Time]
      attr_reader :updated_at

      def initialize(client_id:, client_name:, scopes:, granted_at:, updated_at:)
        @client_id = client_id
        @client_name = client_name
        @scopes = scopes
        @granted_at = granted_at
        @updated_at = updated_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          client_id: _data.fetch("client_id"),
          client_name: _data.fetch("client_name"),
          scopes: _data.fetch("scopes"),
          granted_at: Time.iso8601(_data.fetch("granted_at")),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["client_id"] = @client_id
        _out["client_name"] = @client_name
        _out["scopes"] = BaseClient.to_json_value(@scopes)
        _out["granted_at"] = BaseClient.to_json_value(@granted_at)
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A record of the API.
    class ConsentList
      # @return [Array<Models::Consent>]
      attr_reader :data

      def initialize(data:)
        @data = data
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Consent.from_h(_v0) },
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/api-keys`: exactly one of `organization` or `user`.
    class CreateApiKey
      # @return [String, nil] The owning organization (id or slug).
      attr_reader :organization
      # @return [String, nil] The owning user's id.
      attr_reader :user
      # @return [String]
      attr_reader :name
      # @return [Array<String>] 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
      attr_reader :permissions
      # @return [Integer, nil] Seconds until the key expires (60 to 63,072,000); absent: never.
      attr_reader :expires_in_secs

      def initialize(name:, permissions:, organization: nil, user: nil, expires_in_secs: nil)
        @organization = organization
        @user = user
        @name = name
        @permissions = permissions
        @expires_in_secs = expires_in_secs
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          organization: _data["organization"],
          user: _data["user"],
          name: _data.fetch("name"),
          permissions: _data.fetch("permissions"),
          expires_in_secs: _data["expires_in_secs"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["organization"] = @organization unless @organization.nil?
        _out["user"] = @user unless @user.nil?
        _out["name"] = @name
        _out["permissions"] = BaseClient.to_json_value(@permissions)
        _out["expires_in_secs"] = @expires_in_secs unless @expires_in_secs.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/clients`.
    class CreateClient
      # @return [String]
      attr_reader :name
      # @return [String (Models::ClientType), nil] `confidential` (the default) or `public`.
      attr_reader :client_type
      # @return [String (Models::TokenEndpointAuthMethod), nil] Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
      attr_reader :token_endpoint_auth_method
      # @return [Array<String (Models::GrantType)>, nil] Defaults to `["client_credentials"]` for confidential clients without redirect URIs,
      # and `["authorization_code", "refresh_token"]` for clients with redirect URIs.
      attr_reader :grant_types
      # @return [Array<String>, nil]
      attr_reader :scopes
      # @return [Array<String>, nil]
      attr_reader :audiences
      # @return [Integer, nil] 60 to the server's `max_token_lifetime` seconds (default 3600).
      attr_reader :access_token_ttl
      # @return [Array<String>, nil] Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
      # of native apps (RFC 8252 §7.1), without fragments; matched exactly.
      attr_reader :redirect_uris
      # @return [Array<String>, nil] Where RP-initiated logout may return users; same rules as `redirect_uris`.
      attr_reader :post_logout_redirect_uris
      # @return [Boolean, nil] `true` for first-party applications whose users are never asked for consent.
      attr_reader :skip_consent
      # @return [Hash{String => Object}, nil] The client's public keys (a JWK set) for `private_key_jwt`.
      attr_reader :jwks

      def initialize(name:, client_type: nil, token_endpoint_auth_method: nil, grant_types: nil, scopes: nil, audiences: nil, access_token_ttl: nil, redirect_uris: nil, post_logout_redirect_uris: nil, skip_consent: nil, jwks: nil)
        @name = name
        @client_type = client_type
        @token_endpoint_auth_method = token_endpoint_auth_method
        @grant_types = grant_types
        @scopes = scopes
        @audiences = audiences
        @access_token_ttl = access_token_ttl
        @redirect_uris = redirect_uris
        @post_logout_redirect_uris = post_logout_redirect_uris
        @skip_consent = skip_consent
        @jwks = jwks
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data.fetch("name"),
          client_type: _data["client_type"],
          token_endpoint_auth_method: _data["token_endpoint_auth_method"],
          grant_types: _data["grant_types"],
          scopes: _data["scopes"],
          audiences: _data["audiences"],
          access_token_ttl: _data["access_token_ttl"],
          redirect_uris: _data["redirect_uris"],
          post_logout_redirect_uris: _data["post_logout_redirect_uris"],
          skip_consent: _data["skip_consent"],
          jwks: _data["jwks"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name
        _out["client_type"] = BaseClient.to_json_value(@client_type) unless @client_type.nil?
        _out["token_endpoint_auth_method"] = BaseClient.to_json_value(@token_endpoint_auth_method) unless @token_endpoint_auth_method.nil?
        _out["grant_types"] = BaseClient.to_json_value(@grant_types) unless @grant_types.nil?
        _out["scopes"] = BaseClient.to_json_value(@scopes) unless @scopes.nil?
        _out["audiences"] = BaseClient.to_json_value(@audiences) unless @audiences.nil?
        _out["access_token_ttl"] = @access_token_ttl unless @access_token_ttl.nil?
        _out["redirect_uris"] = BaseClient.to_json_value(@redirect_uris) unless @redirect_uris.nil?
        _out["post_logout_redirect_uris"] = BaseClient.to_json_value(@post_logout_redirect_uris) unless @post_logout_redirect_uris.nil?
        _out["skip_consent"] = @skip_consent unless @skip_consent.nil?
        _out["jwks"] = BaseClient.to_json_value(@jwks) unless @jwks.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/organizations/{organization}/invitations`.
    class CreateInvitation
      # @return [String]
      attr_reader :email
      # @return [String, nil] A role key; `member` when absent.
      attr_reader :role
      # @return [String, nil] Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
      attr_reader :locale
      # @return [Integer, nil] Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).
      attr_reader :expires_in_secs

      def initialize(email:, role: nil, locale: nil, expires_in_secs: nil)
        @email = email
        @role = role
        @locale = locale
        @expires_in_secs = expires_in_secs
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          email: _data.fetch("email"),
          role: _data["role"],
          locale: _data["locale"],
          expires_in_secs: _data["expires_in_secs"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["email"] = @email
        _out["role"] = @role unless @role.nil?
        _out["locale"] = @locale unless @locale.nil?
        _out["expires_in_secs"] = @expires_in_secs unless @expires_in_secs.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/organizations`.
    class CreateOrganization
      # @return [String]
      attr_reader :slug
      # @return [String]
      attr_reader :name
      # @return [String, nil] An https URL of at most 2048 characters.
      attr_reader :logo_url
      # @return [Hash{String => Object}, nil]
      attr_reader :metadata
      # @return [Models::OrganizationPolicies, nil]
      attr_reader :policies

      def initialize(slug:, name:, logo_url: nil, metadata: nil, policies: nil)
        @slug = slug
        @name = name
        @logo_url = logo_url
        @metadata = metadata
        @policies = policies
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          slug: _data.fetch("slug"),
          name: _data.fetch("name"),
          logo_url: _data["logo_url"],
          metadata: _data["metadata"],
          policies: (_data["policies"].nil? ? nil : Models::OrganizationPolicies.from_h(_data["policies"])),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["slug"] = @slug
        _out["name"] = @name
        _out["logo_url"] = @logo_url unless @logo_url.nil?
        _out["metadata"] = BaseClient.to_json_value(@metadata) unless @metadata.nil?
        _out["policies"] = BaseClient.to_json_value(@policies) unless @policies.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/organizations/{organization}/domains`.
    class CreateOrganizationDomain
      # @return [String]
      attr_reader :domain
      # @return [Boolean, nil]
      attr_reader :auto_join

      def initialize(domain:, auto_join: nil)
        @domain = domain
        @auto_join = auto_join
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          domain: _data.fetch("domain"),
          auto_join: _data["auto_join"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["domain"] = @domain
        _out["auto_join"] = @auto_join unless @auto_join.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/resources`.
    class CreateResource
      # @return [String] An absolute URI without a fragment; unique in the tenant.
      attr_reader :identifier
      # @return [String]
      attr_reader :name
      # @return [Array<String>, nil]
      attr_reader :scopes

      def initialize(identifier:, name:, scopes: nil)
        @identifier = identifier
        @name = name
        @scopes = scopes
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          identifier: _data.fetch("identifier"),
          name: _data.fetch("name"),
          scopes: _data["scopes"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["identifier"] = @identifier
        _out["name"] = @name
        _out["scopes"] = BaseClient.to_json_value(@scopes) unless @scopes.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants`.
    class CreateResourceGrant
      # @return [String]
      attr_reader :subject
      # @return [String]
      attr_reader :resource
      # @return [String]
      attr_reader :role

      def initialize(subject:, resource:, role:)
        @subject = subject
        @resource = resource
        @role = role
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          subject: _data.fetch("subject"),
          resource: _data.fetch("resource"),
          role: _data.fetch("role"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["subject"] = @subject
        _out["resource"] = @resource
        _out["role"] = @role
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST …/roles`.
    class CreateRole
      # @return [String]
      attr_reader :key
      # @return [String]
      attr_reader :name
      # @return [String, nil]
      attr_reader :description
      # @return [Array<String>]
      attr_reader :permissions

      def initialize(key:, name:, permissions:, description: nil)
        @key = key
        @name = name
        @description = description
        @permissions = permissions
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          key: _data.fetch("key"),
          name: _data.fetch("name"),
          description: _data["description"],
          permissions: _data.fetch("permissions"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["key"] = @key
        _out["name"] = @name
        _out["description"] = @description unless @description.nil?
        _out["permissions"] = BaseClient.to_json_value(@permissions)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts`.
    class CreateServiceAccount
      # @return [String]
      attr_reader :name
      # @return [String, nil] A role of the organization (built-in, tenant-wide or its own); `member` by default.
      attr_reader :role
      # @return [Array<String>, nil]
      attr_reader :scopes
      # @return [Array<String>, nil]
      attr_reader :audiences

      def initialize(name:, role: nil, scopes: nil, audiences: nil)
        @name = name
        @role = role
        @scopes = scopes
        @audiences = audiences
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data.fetch("name"),
          role: _data["role"],
          scopes: _data["scopes"],
          audiences: _data["audiences"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name
        _out["role"] = @role unless @role.nil?
        _out["scopes"] = BaseClient.to_json_value(@scopes) unless @scopes.nil?
        _out["audiences"] = BaseClient.to_json_value(@audiences) unless @audiences.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants`.
    class CreateTenant
      # @return [String] Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
      attr_reader :slug
      # @return [String] Display name, 1-200 characters.
      attr_reader :name
      # @return [String (Models::SigningAlg), nil] Primary signing algorithm; ES256 when omitted.
      attr_reader :signing_alg
      # @return [Array<String>, nil] Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.
      attr_reader :allowed_origins

      def initialize(slug:, name:, signing_alg: nil, allowed_origins: nil)
        @slug = slug
        @name = name
        @signing_alg = signing_alg
        @allowed_origins = allowed_origins
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          slug: _data.fetch("slug"),
          name: _data.fetch("name"),
          signing_alg: _data["signing_alg"],
          allowed_origins: _data["allowed_origins"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["slug"] = @slug
        _out["name"] = @name
        _out["signing_alg"] = BaseClient.to_json_value(@signing_alg) unless @signing_alg.nil?
        _out["allowed_origins"] = BaseClient.to_json_value(@allowed_origins) unless @allowed_origins.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/users`.
    class CreateUser
      # @return [String]
      attr_reader :email
      # @return [String, nil] Checked against the password policy; omit for a user who signs in another way.
      attr_reader :password
      # @return [String, nil] An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`,
      # `$2y$`), scrypt as a PHC string (`$scrypt$ln=14,r=8,p=1$SALT$HASH`, salt and hash in
      # unpadded standard base64) or argon2 (`$argon2id$`, `$argon2i$`, `$argon2d$` PHC
      # strings). It is replaced by an argon2id hash with the server's parameters at the
      # user's first successful sign-in.
      attr_reader :password_hash
      # @return [Boolean, nil]
      attr_reader :email_verified
      # @return [String, nil]
      attr_reader :name
      # @return [String, nil]
      attr_reader :picture
      # @return [String, nil]
      attr_reader :locale
      # @return [Hash{String => Object}, nil]
      attr_reader :metadata

      def initialize(email:, password: nil, password_hash: nil, email_verified: nil, name: nil, picture: nil, locale: nil, metadata: nil)
        @email = email
        @password = password
        @password_hash = password_hash
        @email_verified = email_verified
        @name = name
        @picture = picture
        @locale = locale
        @metadata = metadata
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          email: _data.fetch("email"),
          password: _data["password"],
          password_hash: _data["password_hash"],
          email_verified: _data["email_verified"],
          name: _data["name"],
          picture: _data["picture"],
          locale: _data["locale"],
          metadata: _data["metadata"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["email"] = @email
        _out["password"] = @password unless @password.nil?
        _out["password_hash"] = @password_hash unless @password_hash.nil?
        _out["email_verified"] = @email_verified unless @email_verified.nil?
        _out["name"] = @name unless @name.nil?
        _out["picture"] = @picture unless @picture.nil?
        _out["locale"] = @locale unless @locale.nil?
        _out["metadata"] = BaseClient.to_json_value(@metadata) unless @metadata.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/email-code/verify`.
    class EmailCodeVerify
      # @return [String]
      attr_reader :email
      # @return [String] The six-digit code from the email.
      attr_reader :code
      # @return [String (Models::TokenDelivery), nil]
      attr_reader :delivery

      def initialize(email:, code:, delivery: nil)
        @email = email
        @code = code
        @delivery = delivery
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          email: _data.fetch("email"),
          code: _data.fetch("code"),
          delivery: _data["delivery"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["email"] = @email
        _out["code"] = @code
        _out["delivery"] = BaseClient.to_json_value(@delivery) unless @delivery.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/password-reset`, `…/magic-link` and `…/email-code`.
    class EmailRequest
      # @return [String]
      attr_reader :email

      def initialize(email:)
        @email = email
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          email: _data.fetch("email"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["email"] = @email
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # The answer to a request that may send an email. It is the same whether or not the
    # address belongs to an account, so it reveals nothing about which accounts exist.
    class EmailRequestAccepted
      # @return [String] A sentence to show the person who asked.
      attr_reader :message

      def initialize(message:)
        @message = message
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          message: _data.fetch("message"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["message"] = @message
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A tenant's override of a built-in email template in one locale.
    class EmailTemplate
      # @return [String] `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
      # `signup_existing_account`, `organization_invitation`, `email_change` or
      # `email_change_notice`.
      attr_reader :template
      # @return [String] Lowercase BCP 47 tag, such as `de` or `pt-br`.
      attr_reader :locale
      # @return [String]
      attr_reader :subject
      # @return [String]
      attr_reader :text
      # @return [String]
      attr_reader :html
      # @return [Time]
      attr_reader :updated_at

      def initialize(template:, locale:, subject:, text:, html:, updated_at:)
        @template = template
        @locale = locale
        @subject = subject
        @text = text
        @html = html
        @updated_at = updated_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          template: _data.fetch("template"),
          locale: _data.fetch("locale"),
          subject: _data.fetch("subject"),
          text: _data.fetch("text"),
          html: _data.fetch("html"),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["template"] = @template
        _out["locale"] = @locale
        _out["subject"] = @subject
        _out["text"] = @text
        _out["html"] = @html
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A tenant's template overrides.
    class EmailTemplateList
      # @return [Array<Models::EmailTemplate>]
      attr_reader :data

      def initialize(data:)
        @data = data
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::EmailTemplate.from_h(_v0) },
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # The answer to a successful email verification.
    class EmailVerified
      # @return [String]
      attr_reader :user_id
      # @return [String] The address that is now verified.
      attr_reader :email
      # @return [Boolean] Always `true`.
      attr_reader :email_verified

      def initialize(user_id:, email:, email_verified:)
        @user_id = user_id
        @email = email
        @email_verified = email_verified
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          user_id: _data.fetch("user_id"),
          email: _data.fetch("email"),
          email_verified: _data.fetch("email_verified"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["user_id"] = @user_id
        _out["email"] = @email
        _out["email_verified"] = @email_verified
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One invalid field of a request body.
    class FieldError
      # @return [String] The field's name, as a JSON pointer into the request body (`/slug`).
      attr_reader :pointer
      # @return [String] What is wrong with it and what would be accepted.
      attr_reader :message

      def initialize(pointer:, message:)
        @pointer = pointer
        @message = message
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          pointer: _data.fetch("pointer"),
          message: _data.fetch("message"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["pointer"] = @pointer
        _out["message"] = @message
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of the health endpoints.
    class HealthStatus
      # @return [String] `ok` for liveness, `ready` for readiness.
      attr_reader :status

      def initialize(status:)
        @status = status
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          status: _data.fetch("status"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["status"] = @status
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An introspection response (RFC 7662 §2.2); an inactive token has only `active: false`.
    class IntrospectionResponse
      # @return [Boolean]
      attr_reader :active
      # @return [String, nil]
      attr_reader :scope
      # @return [String, nil]
      attr_reader :client_id
      # @return [String, nil]
      attr_reader :token_type
      # @return [Integer, nil]
      attr_reader :exp
      # @return [Integer, nil]
      attr_reader :iat
      # @return [String, nil]
      attr_reader :sub
      # @return [Object, nil] A string or an array of strings, as in the token.
      attr_reader :aud
      # @return [String, nil]
      attr_reader :iss
      # @return [String, nil]
      attr_reader :jti
      # @return [String, nil] The organization the token (or API key) acts in.
      attr_reader :org_id
      # @return [String, nil]
      attr_reader :org_slug
      # @return [String, nil] The member's role in the organization (session tokens switched into one).
      attr_reader :org_role
      # @return [Array<String>, nil] The `resource:action` patterns the token or API key carries.
      attr_reader :permissions

      def initialize(active:, scope: nil, client_id: nil, token_type: nil, exp: nil, iat: nil, sub: nil, aud: nil, iss: nil, jti: nil, org_id: nil, org_slug: nil, org_role: nil, permissions: nil)
        @active = active
        @scope = scope
        @client_id = client_id
        @token_type = token_type
        @exp = exp
        @iat = iat
        @sub = sub
        @aud = aud
        @iss = iss
        @jti = jti
        @org_id = org_id
        @org_slug = org_slug
        @org_role = org_role
        @permissions = permissions
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          active: _data.fetch("active"),
          scope: _data["scope"],
          client_id: _data["client_id"],
          token_type: _data["token_type"],
          exp: _data["exp"],
          iat: _data["iat"],
          sub: _data["sub"],
          aud: _data["aud"],
          iss: _data["iss"],
          jti: _data["jti"],
          org_id: _data["org_id"],
          org_slug: _data["org_slug"],
          org_role: _data["org_role"],
          permissions: _data["permissions"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["active"] = @active
        _out["scope"] = @scope unless @scope.nil?
        _out["client_id"] = @client_id unless @client_id.nil?
        _out["token_type"] = @token_type unless @token_type.nil?
        _out["exp"] = @exp unless @exp.nil?
        _out["iat"] = @iat unless @iat.nil?
        _out["sub"] = @sub unless @sub.nil?
        _out["aud"] = BaseClient.to_json_value(@aud) unless @aud.nil?
        _out["iss"] = @iss unless @iss.nil?
        _out["jti"] = @jti unless @jti.nil?
        _out["org_id"] = @org_id unless @org_id.nil?
        _out["org_slug"] = @org_slug unless @org_slug.nil?
        _out["org_role"] = @org_role unless @org_role.nil?
        _out["permissions"] = BaseClient.to_json_value(@permissions) unless @permissions.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An invitation to join an organization, sent by email.
    class Invitation
      # @return [String] Server-assigned identifier (`inv_…`).
      attr_reader :id
      # @return [String]
      attr_reader :organization_id
      # @return [String]
      attr_reader :email
      # @return [String] The role the invitee gets on accepting.
      attr_reader :role
      # @return [String (Models::InvitationState)]
      attr_reader :state
      # @return [Time]
      attr_reader :created_at
      # @return [Time] When the latest email went out (a resend moves it).
      attr_reader :sent_at
      # @return [Time]
      attr_reader :expires_at
      # @return [Time, nil]
      attr_reader :accepted_at
      # @return [String, nil] The user who accepted.
      attr_reader :accepted_by

      def initialize(id:, organization_id:, email:, role:, state:, created_at:, sent_at:, expires_at:, accepted_at: nil, accepted_by: nil)
        @id = id
        @organization_id = organization_id
        @email = email
        @role = role
        @state = state
        @created_at = created_at
        @sent_at = sent_at
        @expires_at = expires_at
        @accepted_at = accepted_at
        @accepted_by = accepted_by
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          organization_id: _data.fetch("organization_id"),
          email: _data.fetch("email"),
          role: _data.fetch("role"),
          state: _data.fetch("state"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          sent_at: Time.iso8601(_data.fetch("sent_at")),
          expires_at: Time.iso8601(_data.fetch("expires_at")),
          accepted_at: (_data["accepted_at"].nil? ? nil : Time.iso8601(_data["accepted_at"])),
          accepted_by: _data["accepted_by"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["organization_id"] = @organization_id
        _out["email"] = @email
        _out["role"] = @role
        _out["state"] = BaseClient.to_json_value(@state)
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["sent_at"] = BaseClient.to_json_value(@sent_at)
        _out["expires_at"] = BaseClient.to_json_value(@expires_at)
        _out["accepted_at"] = BaseClient.to_json_value(@accepted_at) unless @accepted_at.nil?
        _out["accepted_by"] = @accepted_by unless @accepted_by.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # What accepting an invitation did.
    class InvitationAccepted
      # @return [String]
      attr_reader :organization_id
      # @return [String]
      attr_reader :organization_slug
      # @return [String]
      attr_reader :user_id
      # @return [String]
      attr_reader :role
      # @return [Boolean] Whether a new account was created for the invitee.
      attr_reader :user_created
      # @return [Models::SessionTokens, nil] Session tokens for a newly created account, switched into the organization.
      attr_reader :session

      def initialize(organization_id:, organization_slug:, user_id:, role:, user_created:, session: nil)
        @organization_id = organization_id
        @organization_slug = organization_slug
        @user_id = user_id
        @role = role
        @user_created = user_created
        @session = session
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          organization_id: _data.fetch("organization_id"),
          organization_slug: _data.fetch("organization_slug"),
          user_id: _data.fetch("user_id"),
          role: _data.fetch("role"),
          user_created: _data.fetch("user_created"),
          session: (_data["session"].nil? ? nil : Models::SessionTokens.from_h(_data["session"])),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["organization_id"] = @organization_id
        _out["organization_slug"] = @organization_slug
        _out["user_id"] = @user_id
        _out["role"] = @role
        _out["user_created"] = @user_created
        _out["session"] = BaseClient.to_json_value(@session) unless @session.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of invitations, newest first.
    class InvitationList
      # @return [Array<Models::Invitation>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Invitation.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A public JSON Web Key (RFC 7517 §4) of type EC, RSA or OKP.
    class Jwk
      # @return [String] `EC`, `RSA` or `OKP`.
      attr_reader :kty
      # @return [String]
      attr_reader :kid
      # @return [String] Always `sig`.
      attr_reader :use
      # @return [String]
      attr_reader :alg
      # @return [String, nil] Curve: `P-256` (EC) or `Ed25519` (OKP).
      attr_reader :crv
      # @return [String, nil]
      attr_reader :x
      # @return [String, nil]
      attr_reader :y
      # @return [String, nil] RSA modulus, base64url.
      attr_reader :n
      # @return [String, nil] RSA public exponent, base64url.
      attr_reader :e

      def initialize(kty:, kid:, use:, alg:, crv: nil, x: nil, y: nil, n: nil, e: nil)
        @kty = kty
        @kid = kid
        @use = use
        @alg = alg
        @crv = crv
        @x = x
        @y = y
        @n = n
        @e = e
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          kty: _data.fetch("kty"),
          kid: _data.fetch("kid"),
          use: _data.fetch("use"),
          alg: _data.fetch("alg"),
          crv: _data["crv"],
          x: _data["x"],
          y: _data["y"],
          n: _data["n"],
          e: _data["e"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["kty"] = @kty
        _out["kid"] = @kid
        _out["use"] = @use
        _out["alg"] = @alg
        _out["crv"] = @crv unless @crv.nil?
        _out["x"] = @x unless @x.nil?
        _out["y"] = @y unless @y.nil?
        _out["n"] = @n unless @n.nil?
        _out["e"] = @e unless @e.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A JSON Web Key Set (RFC 7517 §5).
    class JwkSet
      # @return [Array<Models::Jwk>]
      attr_reader :keys

      def initialize(keys:)
        @keys = keys
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          keys: _data.fetch("keys").map { |_v0| Models::Jwk.from_h(_v0) },
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["keys"] = BaseClient.to_json_value(@keys)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/login`.
    class LoginRequest
      # @return [String]
      attr_reader :email
      # @return [String]
      attr_reader :password
      # @return [String (Models::TokenDelivery), nil]
      attr_reader :delivery
      # @return [String, nil] Sign in into this organization (its id, `org_…`, or its slug), as with
      # `organization` on the authorization request: the session opens switched into it, and
      # its access tokens carry `org_id`, `org_slug`, `org_role` and `permissions`. The user
      # must be a member and the sign-in must meet the organization's policies.
      attr_reader :organization

      def initialize(email:, password:, delivery: nil, organization: nil)
        @email = email
        @password = password
        @delivery = delivery
        @organization = organization
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          email: _data.fetch("email"),
          password: _data.fetch("password"),
          delivery: _data["delivery"],
          organization: _data["organization"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["email"] = @email
        _out["password"] = @password
        _out["delivery"] = BaseClient.to_json_value(@delivery) unless @delivery.nil?
        _out["organization"] = @organization unless @organization.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/magic-link/verify`.
    class MagicLinkVerify
      # @return [String] The token from the magic link (`tml_…`).
      attr_reader :token
      # @return [String (Models::TokenDelivery), nil]
      attr_reader :delivery

      def initialize(token:, delivery: nil)
        @token = token
        @delivery = delivery
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          token: _data.fetch("token"),
          delivery: _data["delivery"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["token"] = @token
        _out["delivery"] = BaseClient.to_json_value(@delivery) unless @delivery.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A user's membership of an organization.
    class Membership
      # @return [String]
      attr_reader :organization_id
      # @return [String]
      attr_reader :user_id
      # @return [String] The member's role key: `owner`, `admin`, `member`, `viewer`, or a custom role.
      attr_reader :role
      # @return [Time]
      attr_reader :created_at
      # @return [Time]
      attr_reader :updated_at

      def initialize(organization_id:, user_id:, role:, created_at:, updated_at:)
        @organization_id = organization_id
        @user_id = user_id
        @role = role
        @created_at = created_at
        @updated_at = updated_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          organization_id: _data.fetch("organization_id"),
          user_id: _data.fetch("user_id"),
          role: _data.fetch("role"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["organization_id"] = @organization_id
        _out["user_id"] = @user_id
        _out["role"] = @role
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of members, ordered by user id.
    class MembershipList
      # @return [Array<Models::Membership>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Membership.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # The answer to a correct password when the account has a second factor: no session yet,
    # but a token to complete the sign-in with at `POST /t/{tenant}/auth/mfa/verify`.
    class MfaChallenge
      # @return [Boolean] Always `true`; tells this answer apart from session tokens.
      attr_reader :mfa_required
      # @return [String] `tsm_…`: opaque, valid for `expires_in` seconds, spent by the first successful
      # verification. Wrong codes do not spend it, but count towards the account's lockout.
      attr_reader :mfa_token
      # @return [Array<String (Models::MfaFactor)>] The factors the user can complete the sign-in with.
      attr_reader :factors
      # @return [Integer] Seconds until `mfa_token` expires.
      attr_reader :expires_in

      def initialize(mfa_required:, mfa_token:, factors:, expires_in:)
        @mfa_required = mfa_required
        @mfa_token = mfa_token
        @factors = factors
        @expires_in = expires_in
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          mfa_required: _data.fetch("mfa_required"),
          mfa_token: _data.fetch("mfa_token"),
          factors: _data.fetch("factors"),
          expires_in: _data.fetch("expires_in"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["mfa_required"] = @mfa_required
        _out["mfa_token"] = @mfa_token
        _out["factors"] = BaseClient.to_json_value(@factors)
        _out["expires_in"] = @expires_in
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/mfa/verify`: the challenge's token and exactly one of
    # `code` and `recovery_code`.
    class MfaVerifyRequest
      # @return [String] The `mfa_token` of the login answer.
      attr_reader :mfa_token
      # @return [String, nil] The current six-digit code of the user's authenticator app.
      attr_reader :code
      # @return [String, nil] One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens,
      # spaces and case are optional).
      attr_reader :recovery_code
      # @return [String (Models::TokenDelivery), nil]
      attr_reader :delivery

      def initialize(mfa_token:, code: nil, recovery_code: nil, delivery: nil)
        @mfa_token = mfa_token
        @code = code
        @recovery_code = recovery_code
        @delivery = delivery
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          mfa_token: _data.fetch("mfa_token"),
          code: _data["code"],
          recovery_code: _data["recovery_code"],
          delivery: _data["delivery"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["mfa_token"] = @mfa_token
        _out["code"] = @code unless @code.nil?
        _out["recovery_code"] = @recovery_code unless @recovery_code.nil?
        _out["delivery"] = BaseClient.to_json_value(@delivery) unless @delivery.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An organization the signed-in user belongs to, with their role in it.
    class MyOrganization
      # @return [String]
      attr_reader :id
      # @return [String]
      attr_reader :slug
      # @return [String]
      attr_reader :name
      # @return [String, nil]
      attr_reader :logo_url
      # @return [String]
      attr_reader :role
      # @return [Boolean] Whether the session making the request is switched into this organization.
      attr_reader :current
      # @return [Time]
      attr_reader :joined_at

      def initialize(id:, slug:, name:, role:, current:, joined_at:, logo_url: nil)
        @id = id
        @slug = slug
        @name = name
        @logo_url = logo_url
        @role = role
        @current = current
        @joined_at = joined_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          slug: _data.fetch("slug"),
          name: _data.fetch("name"),
          logo_url: _data["logo_url"],
          role: _data.fetch("role"),
          current: _data.fetch("current"),
          joined_at: Time.iso8601(_data.fetch("joined_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["slug"] = @slug
        _out["name"] = @name
        _out["logo_url"] = @logo_url unless @logo_url.nil?
        _out["role"] = @role
        _out["current"] = @current
        _out["joined_at"] = BaseClient.to_json_value(@joined_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of the signed-in user's organizations.
    class MyOrganizationList
      # @return [Array<Models::MyOrganization>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::MyOrganization.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An error of an OAuth endpoint (RFC 6749 §5.2).
    class OAuthError
      # @return [String] `invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`,
      # `unsupported_grant_type`, `invalid_scope`, `invalid_target` (RFC 8707) or
      # `unsupported_token_type` (RFC 7009).
      attr_reader :error
      # @return [String, nil] What went wrong, for the developer.
      attr_reader :error_description

      def initialize(error:, error_description: nil)
        @error = error
        @error_description = error_description
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          error: _data.fetch("error"),
          error_description: _data["error_description"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["error"] = @error
        _out["error_description"] = @error_description unless @error_description.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A tenant's authorization-server policy.
    class OAuthSettings
      # @return [Boolean] Whether anyone may register clients at `{issuer}/oauth/register` (RFC 7591), as MCP
      # clients do. Off by default.
      attr_reader :dynamic_client_registration

      def initialize(dynamic_client_registration:)
        @dynamic_client_registration = dynamic_client_registration
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          dynamic_client_registration: _data.fetch("dynamic_client_registration"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["dynamic_client_registration"] = @dynamic_client_registration
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # OpenID Provider metadata (OpenID Connect Discovery 1.0 §3), also served as OAuth 2.0
    # Authorization Server Metadata (RFC 8414).
    #
    # Only what the server implements is advertised; endpoints appear as they land.
    class OpenIdConfiguration
      # @return [String] The tenant's issuer identifier, `{public_url}/t/{slug}`.
      attr_reader :issuer
      # @return [String] Where the tenant's public signing keys are published.
      attr_reader :jwks_uri
      # @return [String] Where users sign in and grant access (code flow with PKCE only).
      attr_reader :authorization_endpoint
      # @return [String] RFC 8414 §2.
      attr_reader :token_endpoint
      # @return [String] OpenID Connect Core §5.3.
      attr_reader :userinfo_endpoint
      # @return [String] OpenID Connect RP-Initiated Logout 1.0.
      attr_reader :end_session_endpoint
      # @return [String, nil] RFC 7591; present only when the tenant allows dynamic registration.
      attr_reader :registration_endpoint
      # @return [String] RFC 7662.
      attr_reader :introspection_endpoint
      # @return [String] RFC 7009.
      attr_reader :revocation_endpoint
      # @return [Array<String>]
      attr_reader :scopes_supported
      # @return [Array<String>]
      attr_reader :response_types_supported
      # @return [Array<String>]
      attr_reader :response_modes_supported
      # @return [Array<String>]
      attr_reader :grant_types_supported
      # @return [Array<String>]
      attr_reader :subject_types_supported
      # @return [Array<String>]
      attr_reader :id_token_signing_alg_values_supported
      # @return [Array<String>]
      attr_reader :code_challenge_methods_supported
      # @return [Array<String>]
      attr_reader :prompt_values_supported
      # @return [Array<String>]
      attr_reader :claims_supported
      # @return [Boolean] RFC 9207: authorization responses carry `iss`.
      attr_reader :authorization_response_iss_parameter_supported
      # @return [Boolean]
      attr_reader :request_parameter_supported
      # @return [Boolean]
      attr_reader :request_uri_parameter_supported
      # @return [Array<String>]
      attr_reader :token_endpoint_auth_methods_supported
      # @return [Array<String>] Algorithms `private_key_jwt` assertions may be signed with.
      attr_reader :token_endpoint_auth_signing_alg_values_supported
      # @return [Array<String>]
      attr_reader :introspection_endpoint_auth_methods_supported
      # @return [Array<String>]
      attr_reader :revocation_endpoint_auth_methods_supported

      def initialize(issuer:, jwks_uri:, authorization_endpoint:, token_endpoint:, userinfo_endpoint:, end_session_endpoint:, introspection_endpoint:, revocation_endpoint:, scopes_supported:, response_types_supported:, response_modes_supported:, grant_types_supported:, subject_types_supported:, id_token_signing_alg_values_supported:, code_challenge_methods_supported:, prompt_values_supported:, claims_supported:, authorization_response_iss_parameter_supported:, request_parameter_supported:, request_uri_parameter_supported:, token_endpoint_auth_methods_supported:, token_endpoint_auth_signing_alg_values_supported:, introspection_endpoint_auth_methods_supported:, revocation_endpoint_auth_methods_supported:, registration_endpoint: nil)
        @issuer = issuer
        @jwks_uri = jwks_uri
        @authorization_endpoint = authorization_endpoint
        @token_endpoint = token_endpoint
        @userinfo_endpoint = userinfo_endpoint
        @end_session_endpoint = end_session_endpoint
        @registration_endpoint = registration_endpoint
        @introspection_endpoint = introspection_endpoint
        @revocation_endpoint = revocation_endpoint
        @scopes_supported = scopes_supported
        @response_types_supported = response_types_supported
        @response_modes_supported = response_modes_supported
        @grant_types_supported = grant_types_supported
        @subject_types_supported = subject_types_supported
        @id_token_signing_alg_values_supported = id_token_signing_alg_values_supported
        @code_challenge_methods_supported = code_challenge_methods_supported
        @prompt_values_supported = prompt_values_supported
        @claims_supported = claims_supported
        @authorization_response_iss_parameter_supported = authorization_response_iss_parameter_supported
        @request_parameter_supported = request_parameter_supported
        @request_uri_parameter_supported = request_uri_parameter_supported
        @token_endpoint_auth_methods_supported = token_endpoint_auth_methods_supported
        @token_endpoint_auth_signing_alg_values_supported = token_endpoint_auth_signing_alg_values_supported
        @introspection_endpoint_auth_methods_supported = introspection_endpoint_auth_methods_supported
        @revocation_endpoint_auth_methods_supported = revocation_endpoint_auth_methods_supported
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          issuer: _data.fetch("issuer"),
          jwks_uri: _data.fetch("jwks_uri"),
          authorization_endpoint: _data.fetch("authorization_endpoint"),
          token_endpoint: _data.fetch("token_endpoint"),
          userinfo_endpoint: _data.fetch("userinfo_endpoint"),
          end_session_endpoint: _data.fetch("end_session_endpoint"),
          registration_endpoint: _data["registration_endpoint"],
          introspection_endpoint: _data.fetch("introspection_endpoint"),
          revocation_endpoint: _data.fetch("revocation_endpoint"),
          scopes_supported: _data.fetch("scopes_supported"),
          response_types_supported: _data.fetch("response_types_supported"),
          response_modes_supported: _data.fetch("response_modes_supported"),
          grant_types_supported: _data.fetch("grant_types_supported"),
          subject_types_supported: _data.fetch("subject_types_supported"),
          id_token_signing_alg_values_supported: _data.fetch("id_token_signing_alg_values_supported"),
          code_challenge_methods_supported: _data.fetch("code_challenge_methods_supported"),
          prompt_values_supported: _data.fetch("prompt_values_supported"),
          claims_supported: _data.fetch("claims_supported"),
          authorization_response_iss_parameter_supported: _data.fetch("authorization_response_iss_parameter_supported"),
          request_parameter_supported: _data.fetch("request_parameter_supported"),
          request_uri_parameter_supported: _data.fetch("request_uri_parameter_supported"),
          token_endpoint_auth_methods_supported: _data.fetch("token_endpoint_auth_methods_supported"),
          token_endpoint_auth_signing_alg_values_supported: _data.fetch("token_endpoint_auth_signing_alg_values_supported"),
          introspection_endpoint_auth_methods_supported: _data.fetch("introspection_endpoint_auth_methods_supported"),
          revocation_endpoint_auth_methods_supported: _data.fetch("revocation_endpoint_auth_methods_supported"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["issuer"] = @issuer
        _out["jwks_uri"] = @jwks_uri
        _out["authorization_endpoint"] = @authorization_endpoint
        _out["token_endpoint"] = @token_endpoint
        _out["userinfo_endpoint"] = @userinfo_endpoint
        _out["end_session_endpoint"] = @end_session_endpoint
        _out["registration_endpoint"] = @registration_endpoint unless @registration_endpoint.nil?
        _out["introspection_endpoint"] = @introspection_endpoint
        _out["revocation_endpoint"] = @revocation_endpoint
        _out["scopes_supported"] = BaseClient.to_json_value(@scopes_supported)
        _out["response_types_supported"] = BaseClient.to_json_value(@response_types_supported)
        _out["response_modes_supported"] = BaseClient.to_json_value(@response_modes_supported)
        _out["grant_types_supported"] = BaseClient.to_json_value(@grant_types_supported)
        _out["subject_types_supported"] = BaseClient.to_json_value(@subject_types_supported)
        _out["id_token_signing_alg_values_supported"] = BaseClient.to_json_value(@id_token_signing_alg_values_supported)
        _out["code_challenge_methods_supported"] = BaseClient.to_json_value(@code_challenge_methods_supported)
        _out["prompt_values_supported"] = BaseClient.to_json_value(@prompt_values_supported)
        _out["claims_supported"] = BaseClient.to_json_value(@claims_supported)
        _out["authorization_response_iss_parameter_supported"] = @authorization_response_iss_parameter_supported
        _out["request_parameter_supported"] = @request_parameter_supported
        _out["request_uri_parameter_supported"] = @request_uri_parameter_supported
        _out["token_endpoint_auth_methods_supported"] = BaseClient.to_json_value(@token_endpoint_auth_methods_supported)
        _out["token_endpoint_auth_signing_alg_values_supported"] = BaseClient.to_json_value(@token_endpoint_auth_signing_alg_values_supported)
        _out["introspection_endpoint_auth_methods_supported"] = BaseClient.to_json_value(@introspection_endpoint_auth_methods_supported)
        _out["revocation_endpoint_auth_methods_supported"] = BaseClient.to_json_value(@revocation_endpoint_auth_methods_supported)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An organization of a tenant: a customer company, a team, a workspace.
    class Organization
      # @return [String] Server-assigned identifier (`org_…`).
      attr_reader :id
      # @return [String] Unique within the tenant; lowercase letters, digits and hyphens. Paths accept the id
      # or the slug.
      attr_reader :slug
      # @return [String]
      attr_reader :name
      # @return [String, nil]
      attr_reader :logo_url
      # @return [Hash{String => Object}] Free-form JSON object for the application's own data (at most 16 KiB).
      attr_reader :metadata
      # @return [Models::OrganizationPolicies]
      attr_reader :policies
      # @return [Time]
      attr_reader :created_at
      # @return [Time]
      attr_reader :updated_at

      def initialize(id:, slug:, name:, metadata:, policies:, created_at:, updated_at:, logo_url: nil)
        @id = id
        @slug = slug
        @name = name
        @logo_url = logo_url
        @metadata = metadata
        @policies = policies
        @created_at = created_at
        @updated_at = updated_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          slug: _data.fetch("slug"),
          name: _data.fetch("name"),
          logo_url: _data["logo_url"],
          metadata: _data.fetch("metadata"),
          policies: Models::OrganizationPolicies.from_h(_data.fetch("policies")),
          created_at: Time.iso8601(_data.fetch("created_at")),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["slug"] = @slug
        _out["name"] = @name
        _out["logo_url"] = @logo_url unless @logo_url.nil?
        _out["metadata"] = BaseClient.to_json_value(@metadata)
        _out["policies"] = BaseClient.to_json_value(@policies)
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A domain an organization claims, proven by a DNS TXT record.
    class OrganizationDomain
      # @return [String] Server-assigned identifier (`dom_…`).
      attr_reader :id
      # @return [String]
      attr_reader :organization_id
      # @return [String]
      attr_reader :domain
      # @return [String] Publish a TXT record with this name…
      attr_reader :txt_name
      # @return [String] …and this value, then call `verify`.
      attr_reader :txt_value
      # @return [Boolean]
      attr_reader :verified
      # @return [Boolean] Users with a verified email at this domain join the organization (as `member`) when
      # they sign in, once the domain is verified.
      attr_reader :auto_join
      # @return [Time]
      attr_reader :created_at
      # @return [Time, nil]
      attr_reader :verified_at

      def initialize(id:, organization_id:, domain:, txt_name:, txt_value:, verified:, auto_join:, created_at:, verified_at: nil)
        @id = id
        @organization_id = organization_id
        @domain = domain
        @txt_name = txt_name
        @txt_value = txt_value
        @verified = verified
        @auto_join = auto_join
        @created_at = created_at
        @verified_at = verified_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          organization_id: _data.fetch("organization_id"),
          domain: _data.fetch("domain"),
          txt_name: _data.fetch("txt_name"),
          txt_value: _data.fetch("txt_value"),
          verified: _data.fetch("verified"),
          auto_join: _data.fetch("auto_join"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          verified_at: (_data["verified_at"].nil? ? nil : Time.iso8601(_data["verified_at"])),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["organization_id"] = @organization_id
        _out["domain"] = @domain
        _out["txt_name"] = @txt_name
        _out["txt_value"] = @txt_value
        _out["verified"] = @verified
        _out["auto_join"] = @auto_join
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["verified_at"] = BaseClient.to_json_value(@verified_at) unless @verified_at.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An organization's domains.
    class OrganizationDomainList
      # @return [Array<Models::OrganizationDomain>]
      attr_reader :data

      def initialize(data:)
        @data = data
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::OrganizationDomain.from_h(_v0) },
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of organizations, in creation order.
    class OrganizationList
      # @return [Array<Models::Organization>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Organization.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Rules an organization sets for sessions switched into it; checked at the switch.
    class OrganizationPolicies
      # @return [Array<String>, nil] The sign-in methods a session must have been opened with: `password`, `magic_link`,
      # `email_code`, `signup`, `totp`, `recovery_code` (after a second factor, the session's
      # method is the second factor's). Absent: any method.
      attr_reader :allowed_sign_in_methods
      # @return [Boolean, nil] The session must have been completed with a second factor (TOTP or a recovery code).
      attr_reader :mfa_required
      # @return [Integer, nil] The session must have been opened at most this many seconds ago (60 to 31,536,000).
      attr_reader :max_session_age_secs

      def initialize(allowed_sign_in_methods: nil, mfa_required: nil, max_session_age_secs: nil)
        @allowed_sign_in_methods = allowed_sign_in_methods
        @mfa_required = mfa_required
        @max_session_age_secs = max_session_age_secs
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          allowed_sign_in_methods: _data["allowed_sign_in_methods"],
          mfa_required: _data["mfa_required"],
          max_session_age_secs: _data["max_session_age_secs"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["allowed_sign_in_methods"] = BaseClient.to_json_value(@allowed_sign_in_methods) unless @allowed_sign_in_methods.nil?
        _out["mfa_required"] = @mfa_required unless @mfa_required.nil?
        _out["max_session_age_secs"] = @max_session_age_secs unless @max_session_age_secs.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A message in the development outbox, in full (links and codes included).
    class OutboxMessage
      # @return [String] `eml_…`
      attr_reader :id
      # @return [String]
      attr_reader :to
      # @return [String]
      attr_reader :from
      # @return [String]
      attr_reader :subject
      # @return [String] The plain-text part.
      attr_reader :text
      # @return [String] The HTML part.
      attr_reader :html
      # @return [String] `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
      # `signup_existing_account`, `organization_invitation`, `email_change` or
      # `email_change_notice`.
      attr_reader :template
      # @return [String] The locale the message was rendered in.
      attr_reader :locale
      # @return [Time]
      attr_reader :created_at

      def initialize(id:, to:, from:, subject:, text:, html:, template:, locale:, created_at:)
        @id = id
        @to = to
        @from = from
        @subject = subject
        @text = text
        @html = html
        @template = template
        @locale = locale
        @created_at = created_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          to: _data.fetch("to"),
          from: _data.fetch("from"),
          subject: _data.fetch("subject"),
          text: _data.fetch("text"),
          html: _data.fetch("html"),
          template: _data.fetch("template"),
          locale: _data.fetch("locale"),
          created_at: Time.iso8601(_data.fetch("created_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["to"] = @to
        _out["from"] = @from
        _out["subject"] = @subject
        _out["text"] = @text
        _out["html"] = @html
        _out["template"] = @template
        _out["locale"] = @locale
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of outbox messages, newest first.
    class OutboxMessageList
      # @return [Array<Models::OutboxMessage>]
      attr_reader :data
      # @return [String, nil] Pass as `cursor` for the next (older) page; absent on the last page.
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::OutboxMessage.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A registered passkey.
    class Passkey
      # @return [String]
      attr_reader :id
      # @return [String]
      attr_reader :user_id
      # @return [String]
      attr_reader :name
      # @return [String] The credential ID, base64url (the browser's `rawId`).
      attr_reader :credential_id
      # @return [Boolean] The authenticator may sync it to other devices (WebAuthn backup eligibility).
      attr_reader :backup_eligible
      # @return [Boolean] It is currently backed up (synced).
      attr_reader :backed_up
      # @return [String] The attestation statement format it registered with.
      attr_reader :attestation_format
      # @return [Time]
      attr_reader :created_at
      # @return [Time, nil]
      attr_reader :last_used_at

      def initialize(id:, user_id:, name:, credential_id:, backup_eligible:, backed_up:, attestation_format:, created_at:, last_used_at: nil)
        @id = id
        @user_id = user_id
        @name = name
        @credential_id = credential_id
        @backup_eligible = backup_eligible
        @backed_up = backed_up
        @attestation_format = attestation_format
        @created_at = created_at
        @last_used_at = last_used_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          user_id: _data.fetch("user_id"),
          name: _data.fetch("name"),
          credential_id: _data.fetch("credential_id"),
          backup_eligible: _data.fetch("backup_eligible"),
          backed_up: _data.fetch("backed_up"),
          attestation_format: _data.fetch("attestation_format"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          last_used_at: (_data["last_used_at"].nil? ? nil : Time.iso8601(_data["last_used_at"])),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["user_id"] = @user_id
        _out["name"] = @name
        _out["credential_id"] = @credential_id
        _out["backup_eligible"] = @backup_eligible
        _out["backed_up"] = @backed_up
        _out["attestation_format"] = @attestation_format
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["last_used_at"] = BaseClient.to_json_value(@last_used_at) unless @last_used_at.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Options for `navigator.credentials.create()` or `.get()`, and the ceremony they belong to.
    class PasskeyCeremony
      # @return [String] `wac_…`: send it back with the browser's answer; single use, expires with `expires_in`.
      attr_reader :ceremony_id
      # @return [Hash{String => Object}] `{"publicKey": {…}}`, plus `"mediation": "conditional"` for a username-less sign-in.
      attr_reader :options
      # @return [Integer] Seconds until the ceremony expires.
      attr_reader :expires_in

      def initialize(ceremony_id:, options:, expires_in:)
        @ceremony_id = ceremony_id
        @options = options
        @expires_in = expires_in
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          ceremony_id: _data.fetch("ceremony_id"),
          options: _data.fetch("options"),
          expires_in: _data.fetch("expires_in"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["ceremony_id"] = @ceremony_id
        _out["options"] = BaseClient.to_json_value(@options)
        _out["expires_in"] = @expires_in
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A record of the API.
    class PasskeyList
      # @return [Array<Models::Passkey>]
      attr_reader :data

      def initialize(data:)
        @data = data
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Passkey.from_h(_v0) },
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/me/passkeys`: the browser's answer to registration options.
    class PasskeyRegistrationFinish
      # @return [String]
      attr_reader :ceremony_id
      # @return [Hash{String => Object}] The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
      attr_reader :credential
      # @return [String, nil] 1-64 characters; defaults to "Passkey".
      attr_reader :name

      def initialize(ceremony_id:, credential:, name: nil)
        @ceremony_id = ceremony_id
        @credential = credential
        @name = name
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          ceremony_id: _data.fetch("ceremony_id"),
          credential: _data.fetch("credential"),
          name: _data["name"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["ceremony_id"] = @ceremony_id
        _out["credential"] = BaseClient.to_json_value(@credential)
        _out["name"] = @name unless @name.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/mfa/passkey/verify`.
    class PasskeySecondFactorFinish
      # @return [String]
      attr_reader :mfa_token
      # @return [String]
      attr_reader :ceremony_id
      # @return [Hash{String => Object}]
      attr_reader :credential
      # @return [String (Models::TokenDelivery), nil]
      attr_reader :delivery

      def initialize(mfa_token:, ceremony_id:, credential:, delivery: nil)
        @mfa_token = mfa_token
        @ceremony_id = ceremony_id
        @credential = credential
        @delivery = delivery
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          mfa_token: _data.fetch("mfa_token"),
          ceremony_id: _data.fetch("ceremony_id"),
          credential: _data.fetch("credential"),
          delivery: _data["delivery"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["mfa_token"] = @mfa_token
        _out["ceremony_id"] = @ceremony_id
        _out["credential"] = BaseClient.to_json_value(@credential)
        _out["delivery"] = BaseClient.to_json_value(@delivery) unless @delivery.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/mfa/passkey/options`.
    class PasskeySecondFactorStart
      # @return [String] The `mfa_token` of the login answer.
      attr_reader :mfa_token

      def initialize(mfa_token:)
        @mfa_token = mfa_token
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          mfa_token: _data.fetch("mfa_token"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["mfa_token"] = @mfa_token
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/passkeys/verify`.
    class PasskeySignInFinish
      # @return [String]
      attr_reader :ceremony_id
      # @return [Hash{String => Object}] The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
      attr_reader :credential
      # @return [String (Models::TokenDelivery), nil]
      attr_reader :delivery
      # @return [String, nil] Sign in into this organization (its id, `org_…`, or its slug), as at
      # `POST /t/{tenant}/auth/login`: the session opens switched into it when the user is a
      # member and the sign-in meets its policies.
      attr_reader :organization

      def initialize(ceremony_id:, credential:, delivery: nil, organization: nil)
        @ceremony_id = ceremony_id
        @credential = credential
        @delivery = delivery
        @organization = organization
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          ceremony_id: _data.fetch("ceremony_id"),
          credential: _data.fetch("credential"),
          delivery: _data["delivery"],
          organization: _data["organization"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["ceremony_id"] = @ceremony_id
        _out["credential"] = BaseClient.to_json_value(@credential)
        _out["delivery"] = BaseClient.to_json_value(@delivery) unless @delivery.nil?
        _out["organization"] = @organization unless @organization.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/passkeys/options`.
    class PasskeySignInStart
      # @return [String, nil] Ask for this account's passkeys only. Without it (username-less), any passkey the
      # browser holds for the tenant may answer. The answer does not reveal whether the
      # account exists.
      attr_reader :email

      def initialize(email: nil)
        @email = email
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          email: _data["email"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["email"] = @email unless @email.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # The policy in force: the tenant's choices over the server's defaults.
    class PasswordPolicy
      # @return [Integer] Fewest characters (Unicode scalar values) a password may have; at least 8.
      attr_reader :min_length
      # @return [Integer] Most characters a password may have; at most 1024.
      attr_reader :max_length
      # @return [Boolean] Refuse passwords on the shipped list of 20,000 common passwords.
      attr_reader :reject_common
      # @return [Boolean] Refuse passwords containing the account's email, its local part, or a word of the
      # user's name.
      attr_reader :reject_personal_info
      # @return [Boolean] Refuse passwords found in known breaches, asked of the server's Pwned Passwords range
      # API by k-anonymity (only a 5-character SHA-1 prefix leaves the server).
      attr_reader :check_breached
      # @return [Boolean] Whether the server has a range API configured (`pwned_passwords_url`), without which
      # `check_breached` cannot be turned on.
      attr_reader :breach_check_available

      def initialize(min_length:, max_length:, reject_common:, reject_personal_info:, check_breached:, breach_check_available:)
        @min_length = min_length
        @max_length = max_length
        @reject_common = reject_common
        @reject_personal_info = reject_personal_info
        @check_breached = check_breached
        @breach_check_available = breach_check_available
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          min_length: _data.fetch("min_length"),
          max_length: _data.fetch("max_length"),
          reject_common: _data.fetch("reject_common"),
          reject_personal_info: _data.fetch("reject_personal_info"),
          check_breached: _data.fetch("check_breached"),
          breach_check_available: _data.fetch("breach_check_available"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["min_length"] = @min_length
        _out["max_length"] = @max_length
        _out["reject_common"] = @reject_common
        _out["reject_personal_info"] = @reject_personal_info
        _out["check_breached"] = @check_breached
        _out["breach_check_available"] = @breach_check_available
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/password-reset/confirm`.
    class PasswordResetConfirm
      # @return [String] The token from the reset link (`tpr_…`).
      attr_reader :token
      # @return [String] Checked against the password policy.
      attr_reader :new_password

      def initialize(token:, new_password:)
        @token = token
        @new_password = new_password
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          token: _data.fetch("token"),
          new_password: _data.fetch("new_password"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["token"] = @token
        _out["new_password"] = @new_password
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An RFC 9457 problem document, sent as `application/problem+json`.
    class Problem
      # @return [String] A URI naming the problem type: `urn:tessera:problem:{code}`.
      attr_reader :type
      # @return [String] A short summary of the problem type.
      attr_reader :title
      # @return [Integer] The HTTP status code.
      attr_reader :status
      # @return [String] What went wrong in this occurrence, written for a person.
      attr_reader :detail
      # @return [String (Models::ErrorCode)] The stable machine-readable code.
      attr_reader :code
      # @return [String, nil] The request id, also sent as the `x-request-id` response header.
      attr_reader :request_id
      # @return [Array<Models::FieldError>, nil] Field-level errors, for `validation_failed`.
      attr_reader :errors

      def initialize(type:, title:, status:, detail:, code:, request_id: nil, errors: nil)
        @type = type
        @title = title
        @status = status
        @detail = detail
        @code = code
        @request_id = request_id
        @errors = errors
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          type: _data.fetch("type"),
          title: _data.fetch("title"),
          status: _data.fetch("status"),
          detail: _data.fetch("detail"),
          code: _data.fetch("code"),
          request_id: _data["request_id"],
          errors: (_data["errors"].nil? ? nil : _data["errors"].map { |_v0| Models::FieldError.from_h(_v0) }),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["type"] = @type
        _out["title"] = @title
        _out["status"] = @status
        _out["detail"] = @detail
        _out["code"] = BaseClient.to_json_value(@code)
        _out["request_id"] = @request_id unless @request_id.nil?
        _out["errors"] = BaseClient.to_json_value(@errors) unless @errors.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # OAuth 2.0 Protected Resource Metadata (RFC 9728 §2).
    class ProtectedResourceMetadata
      # @return [String]
      attr_reader :resource
      # @return [Array<String>]
      attr_reader :authorization_servers
      # @return [Array<String>]
      attr_reader :scopes_supported
      # @return [Array<String>]
      attr_reader :bearer_methods_supported
      # @return [String]
      attr_reader :resource_name

      def initialize(resource:, authorization_servers:, scopes_supported:, bearer_methods_supported:, resource_name:)
        @resource = resource
        @authorization_servers = authorization_servers
        @scopes_supported = scopes_supported
        @bearer_methods_supported = bearer_methods_supported
        @resource_name = resource_name
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          resource: _data.fetch("resource"),
          authorization_servers: _data.fetch("authorization_servers"),
          scopes_supported: _data.fetch("scopes_supported"),
          bearer_methods_supported: _data.fetch("bearer_methods_supported"),
          resource_name: _data.fetch("resource_name"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["resource"] = @resource
        _out["authorization_servers"] = BaseClient.to_json_value(@authorization_servers)
        _out["scopes_supported"] = BaseClient.to_json_value(@scopes_supported)
        _out["bearer_methods_supported"] = BaseClient.to_json_value(@bearer_methods_supported)
        _out["resource_name"] = @resource_name
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`.
    #
    # Variables are written `{{ name }}`: `tenant_name`, `email`, `name`, `expires_minutes`,
    # `organization` (invitations), and `link` (verification, reset, magic link, invitation) or
    # `code` (email code), which the text part must contain. Values are HTML-escaped in the HTML part.
    class PutEmailTemplate
      # @return [String] One line, at most 200 characters.
      attr_reader :subject
      # @return [String] The plain-text part, at most 32 KiB.
      attr_reader :text
      # @return [String] The HTML part, at most 64 KiB.
      attr_reader :html

      def initialize(subject:, text:, html:)
        @subject = subject
        @text = text
        @html = html
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          subject: _data.fetch("subject"),
          text: _data.fetch("text"),
          html: _data.fetch("html"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["subject"] = @subject
        _out["text"] = @text
        _out["html"] = @html
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Re-authentication for sensitive self-service changes (deleting the account, managing the
    # second factor).
    class Reauthenticate
      # @return [String, nil] Required when the account has a password.
      attr_reader :current_password

      def initialize(current_password: nil)
        @current_password = current_password
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          current_password: _data["current_password"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["current_password"] = @current_password unless @current_password.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Single-use recovery codes, shown once: each completes one sign-in instead of a TOTP
    # code. Only their hashes are stored.
    class RecoveryCodes
      # @return [Array<String>]
      attr_reader :recovery_codes

      def initialize(recovery_codes:)
        @recovery_codes = recovery_codes
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          recovery_codes: _data.fetch("recovery_codes"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["recovery_codes"] = BaseClient.to_json_value(@recovery_codes)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/refresh` and `POST /t/{tenant}/auth/logout`; the token
    # may instead come from the session cookie.
    class RefreshRequest
      # @return [String, nil]
      attr_reader :refresh_token
      # @return [String (Models::TokenDelivery), nil]
      attr_reader :delivery

      def initialize(refresh_token: nil, delivery: nil)
        @refresh_token = refresh_token
        @delivery = delivery
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          refresh_token: _data["refresh_token"],
          delivery: _data["delivery"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["refresh_token"] = @refresh_token unless @refresh_token.nil?
        _out["delivery"] = BaseClient.to_json_value(@delivery) unless @delivery.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH /t/{tenant}/me/passkeys/{passkey}`.
    class RenamePasskey
      # @return [String] 1-64 characters.
      attr_reader :name

      def initialize(name:)
        @name = name
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data.fetch("name"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An API protected by the tenant, such as an MCP server.
    class Resource
      # @return [String] `res_…`.
      attr_reader :id
      # @return [String] The resource indicator (RFC 8707) clients request and the `aud` of its tokens, e.g.
      # the MCP server's URL.
      attr_reader :identifier
      # @return [String]
      attr_reader :name
      # @return [Array<String>] Scopes clients may request for this API (e.g. one per MCP tool).
      attr_reader :scopes
      # @return [String] Where its RFC 9728 protected-resource metadata is served.
      attr_reader :metadata_url
      # @return [Time]
      attr_reader :created_at
      # @return [Time]
      attr_reader :updated_at

      def initialize(id:, identifier:, name:, scopes:, metadata_url:, created_at:, updated_at:)
        @id = id
        @identifier = identifier
        @name = name
        @scopes = scopes
        @metadata_url = metadata_url
        @created_at = created_at
        @updated_at = updated_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          identifier: _data.fetch("identifier"),
          name: _data.fetch("name"),
          scopes: _data.fetch("scopes"),
          metadata_url: _data.fetch("metadata_url"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["identifier"] = @identifier
        _out["name"] = @name
        _out["scopes"] = BaseClient.to_json_value(@scopes)
        _out["metadata_url"] = @metadata_url
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A role held on one resource of an organization by one of its members or service
    # accounts, on top of their organization-wide role.
    class ResourceGrant
      # @return [String] `rgr_…`
      attr_reader :id
      # @return [String]
      attr_reader :organization_id
      # @return [String] A member's user id (`usr_…`) or a service account's client id (`cli_…`).
      attr_reader :subject
      # @return [String] The resource, as checks name it (`document:123`).
      attr_reader :resource
      # @return [String]
      attr_reader :role
      # @return [Time]
      attr_reader :created_at

      def initialize(id:, organization_id:, subject:, resource:, role:, created_at:)
        @id = id
        @organization_id = organization_id
        @subject = subject
        @resource = resource
        @role = role
        @created_at = created_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          organization_id: _data.fetch("organization_id"),
          subject: _data.fetch("subject"),
          resource: _data.fetch("resource"),
          role: _data.fetch("role"),
          created_at: Time.iso8601(_data.fetch("created_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["organization_id"] = @organization_id
        _out["subject"] = @subject
        _out["resource"] = @resource
        _out["role"] = @role
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of resource grants, oldest first.
    class ResourceGrantList
      # @return [Array<Models::ResourceGrant>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::ResourceGrant.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A record of the API.
    class ResourceList
      # @return [Array<Models::Resource>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Resource.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A role: a named set of permissions. Built-in roles (`owner`, `admin`, `member`,
    # `viewer`) exist in every tenant; custom roles belong to the tenant or to one organization.
    class Role
      # @return [String] Unique within its scope; lowercase letters, digits, `-` and `_`.
      attr_reader :key
      # @return [String]
      attr_reader :name
      # @return [String, nil]
      attr_reader :description
      # @return [Array<String>] `resource:action` patterns; `resource:*` grants every action on a resource, `*`
      # everything.
      attr_reader :permissions
      # @return [Boolean]
      attr_reader :built_in
      # @return [String, nil] The organization a custom role belongs to; absent for tenant-wide roles.
      attr_reader :organization_id
      # @return [Time, nil] Absent for a built-in role whose permissions were never changed.
      attr_reader :updated_at

      def initialize(key:, name:, permissions:, built_in:, description: nil, organization_id: nil, updated_at: nil)
        @key = key
        @name = name
        @description = description
        @permissions = permissions
        @built_in = built_in
        @organization_id = organization_id
        @updated_at = updated_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          key: _data.fetch("key"),
          name: _data.fetch("name"),
          description: _data["description"],
          permissions: _data.fetch("permissions"),
          built_in: _data.fetch("built_in"),
          organization_id: _data["organization_id"],
          updated_at: (_data["updated_at"].nil? ? nil : Time.iso8601(_data["updated_at"])),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["key"] = @key
        _out["name"] = @name
        _out["description"] = @description unless @description.nil?
        _out["permissions"] = BaseClient.to_json_value(@permissions)
        _out["built_in"] = @built_in
        _out["organization_id"] = @organization_id unless @organization_id.nil?
        _out["updated_at"] = BaseClient.to_json_value(@updated_at) unless @updated_at.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # The roles of a scope: built-in roles first, then custom roles by key.
    class RoleList
      # @return [Array<Models::Role>]
      attr_reader :data

      def initialize(data:)
        @data = data
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Role.from_h(_v0) },
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/api-keys/{key}/rotate`.
    class RotateApiKey
      # @return [Integer, nil] How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).
      attr_reader :overlap_secs

      def initialize(overlap_secs: nil)
        @overlap_secs = overlap_secs
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          overlap_secs: _data["overlap_secs"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["overlap_secs"] = @overlap_secs unless @overlap_secs.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/clients/{client}/secrets` (optional).
    class RotateClientSecret
      # @return [Integer, nil] Seconds the client's current secrets keep working (0-2592000, default 86400), so
      # deployments can switch over without downtime.
      attr_reader :previous_secrets_expire_in

      def initialize(previous_secrets_expire_in: nil)
        @previous_secrets_expire_in = previous_secrets_expire_in
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          previous_secrets_expire_in: _data["previous_secrets_expire_in"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["previous_secrets_expire_in"] = @previous_secrets_expire_in unless @previous_secrets_expire_in.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/keys/rotate` (optional).
    class RotateKeysRequest
      # @return [String (Models::SigningAlg), nil] Rotate only the key of this algorithm; all active keys when omitted.
      attr_reader :alg

      def initialize(alg: nil)
        @alg = alg
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          alg: _data["alg"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["alg"] = BaseClient.to_json_value(@alg) unless @alg.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A confidential OAuth client (`client_credentials`) owned by an organization and acting
    # with one of its roles: its access tokens carry `org_id`, `org_slug`, `org_role` and
    # `permissions`, and `authz/check` takes its client id as the subject.
    class ServiceAccount
      # @return [String] The client id (`cli_…`): the `sub` and `client_id` of its tokens.
      attr_reader :id
      # @return [String]
      attr_reader :organization_id
      # @return [String]
      attr_reader :name
      # @return [String] Its role in the organization.
      attr_reader :role
      # @return [Array<String>] Scopes it may request.
      attr_reader :scopes
      # @return [Array<String>] Resources (`aud` values) it may request tokens for.
      attr_reader :audiences
      # @return [Time]
      attr_reader :created_at
      # @return [Time]
      attr_reader :updated_at

      def initialize(id:, organization_id:, name:, role:, scopes:, audiences:, created_at:, updated_at:)
        @id = id
        @organization_id = organization_id
        @name = name
        @role = role
        @scopes = scopes
        @audiences = audiences
        @created_at = created_at
        @updated_at = updated_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          organization_id: _data.fetch("organization_id"),
          name: _data.fetch("name"),
          role: _data.fetch("role"),
          scopes: _data.fetch("scopes"),
          audiences: _data.fetch("audiences"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["organization_id"] = @organization_id
        _out["name"] = @name
        _out["role"] = @role
        _out["scopes"] = BaseClient.to_json_value(@scopes)
        _out["audiences"] = BaseClient.to_json_value(@audiences)
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of an organization's service accounts, oldest first.
    class ServiceAccountList
      # @return [Array<Models::ServiceAccount>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::ServiceAccount.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A new service account and its client secret, shown once.
    class ServiceAccountWithSecret
      # @return [String] The client id (`cli_…`): the `sub` and `client_id` of its tokens.
      attr_reader :id
      # @return [String]
      attr_reader :organization_id
      # @return [String]
      attr_reader :name
      # @return [String] Its role in the organization.
      attr_reader :role
      # @return [Array<String>] Scopes it may request.
      attr_reader :scopes
      # @return [Array<String>] Resources (`aud` values) it may request tokens for.
      attr_reader :audiences
      # @return [Time]
      attr_reader :created_at
      # @return [Time]
      attr_reader :updated_at
      # @return [String] The client secret (`tss_…`); store it now, it cannot be shown again.
      attr_reader :client_secret

      def initialize(id:, organization_id:, name:, role:, scopes:, audiences:, created_at:, updated_at:, client_secret:)
        @id = id
        @organization_id = organization_id
        @name = name
        @role = role
        @scopes = scopes
        @audiences = audiences
        @created_at = created_at
        @updated_at = updated_at
        @client_secret = client_secret
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          organization_id: _data.fetch("organization_id"),
          name: _data.fetch("name"),
          role: _data.fetch("role"),
          scopes: _data.fetch("scopes"),
          audiences: _data.fetch("audiences"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
          client_secret: _data.fetch("client_secret"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["organization_id"] = @organization_id
        _out["name"] = @name
        _out["role"] = @role
        _out["scopes"] = BaseClient.to_json_value(@scopes)
        _out["audiences"] = BaseClient.to_json_value(@audiences)
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out["client_secret"] = @client_secret
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A sign-in session.
    class Session
      # @return [String] `ses_…`, the `sid` claim of its access tokens.
      attr_reader :id
      # @return [String]
      attr_reader :user_id
      # @return [Time]
      attr_reader :created_at
      # @return [Time]
      attr_reader :last_used_at
      # @return [Time]
      attr_reader :expires_at
      # @return [String, nil]
      attr_reader :ip
      # @return [String, nil]
      attr_reader :user_agent

      def initialize(id:, user_id:, created_at:, last_used_at:, expires_at:, ip: nil, user_agent: nil)
        @id = id
        @user_id = user_id
        @created_at = created_at
        @last_used_at = last_used_at
        @expires_at = expires_at
        @ip = ip
        @user_agent = user_agent
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          user_id: _data.fetch("user_id"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          last_used_at: Time.iso8601(_data.fetch("last_used_at")),
          expires_at: Time.iso8601(_data.fetch("expires_at")),
          ip: _data["ip"],
          user_agent: _data["user_agent"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["user_id"] = @user_id
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["last_used_at"] = BaseClient.to_json_value(@last_used_at)
        _out["expires_at"] = BaseClient.to_json_value(@expires_at)
        _out["ip"] = @ip unless @ip.nil?
        _out["user_agent"] = @user_agent unless @user_agent.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A user's live sessions, newest first.
    class SessionList
      # @return [Array<Models::Session>]
      attr_reader :data

      def initialize(data:)
        @data = data
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Session.from_h(_v0) },
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Tokens of a session.
    class SessionTokens
      # @return [String] An RFC 9068 JWT (`typ: at+jwt`) with `sid`, for `Authorization: Bearer`.
      attr_reader :access_token
      # @return [String] Always `Bearer`.
      attr_reader :token_type
      # @return [Integer] Seconds until the access token expires.
      attr_reader :expires_in
      # @return [String, nil] Opaque, single use: each refresh returns a new one. Absent with cookie delivery.
      attr_reader :refresh_token
      # @return [String]
      attr_reader :session_id

      def initialize(access_token:, token_type:, expires_in:, session_id:, refresh_token: nil)
        @access_token = access_token
        @token_type = token_type
        @expires_in = expires_in
        @refresh_token = refresh_token
        @session_id = session_id
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          access_token: _data.fetch("access_token"),
          token_type: _data.fetch("token_type"),
          expires_in: _data.fetch("expires_in"),
          refresh_token: _data["refresh_token"],
          session_id: _data.fetch("session_id"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["access_token"] = @access_token
        _out["token_type"] = @token_type
        _out["expires_in"] = @expires_in
        _out["refresh_token"] = @refresh_token unless @refresh_token.nil?
        _out["session_id"] = @session_id
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Replaces the tenant's password policy; an omitted field returns to the server's default.
    class SetPasswordPolicy
      # @return [Integer, nil] 8 to `max_length` [default: 10].
      attr_reader :min_length
      # @return [Integer, nil] `min_length` to 1024 [default: 256].
      attr_reader :max_length
      # @return [Boolean, nil] [default: the server's `reject_common_passwords`, true unless configured].
      attr_reader :reject_common
      # @return [Boolean, nil] [default: true].
      attr_reader :reject_personal_info
      # @return [Boolean, nil] Only when the server has `pwned_passwords_url` [default: true when it has].
      attr_reader :check_breached

      def initialize(min_length: nil, max_length: nil, reject_common: nil, reject_personal_info: nil, check_breached: nil)
        @min_length = min_length
        @max_length = max_length
        @reject_common = reject_common
        @reject_personal_info = reject_personal_info
        @check_breached = check_breached
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          min_length: _data["min_length"],
          max_length: _data["max_length"],
          reject_common: _data["reject_common"],
          reject_personal_info: _data["reject_personal_info"],
          check_breached: _data["check_breached"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["min_length"] = @min_length unless @min_length.nil?
        _out["max_length"] = @max_length unless @max_length.nil?
        _out["reject_common"] = @reject_common unless @reject_common.nil?
        _out["reject_personal_info"] = @reject_personal_info unless @reject_personal_info.nil?
        _out["check_breached"] = @check_breached unless @check_breached.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A tenant signing key's public metadata (private keys never leave the server).
    class SigningKey
      # @return [String] Key id: the RFC 7638 JWK thumbprint.
      attr_reader :kid
      # @return [String (Models::SigningAlg)]
      attr_reader :alg
      # @return [String (Models::KeyStatus)]
      attr_reader :status
      # @return [Time]
      attr_reader :created_at
      # @return [Time, nil]
      attr_reader :retired_at
      # @return [Time, nil] When a retired key leaves the JWKS: no token it signed is still valid by then.
      attr_reader :published_until

      def initialize(kid:, alg:, status:, created_at:, retired_at: nil, published_until: nil)
        @kid = kid
        @alg = alg
        @status = status
        @created_at = created_at
        @retired_at = retired_at
        @published_until = published_until
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          kid: _data.fetch("kid"),
          alg: _data.fetch("alg"),
          status: _data.fetch("status"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          retired_at: (_data["retired_at"].nil? ? nil : Time.iso8601(_data["retired_at"])),
          published_until: (_data["published_until"].nil? ? nil : Time.iso8601(_data["published_until"])),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["kid"] = @kid
        _out["alg"] = BaseClient.to_json_value(@alg)
        _out["status"] = BaseClient.to_json_value(@status)
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["retired_at"] = BaseClient.to_json_value(@retired_at) unless @retired_at.nil?
        _out["published_until"] = BaseClient.to_json_value(@published_until) unless @published_until.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # The tenant's published keys: active ones first, then retired ones still in the JWKS.
    class SigningKeyList
      # @return [Array<Models::SigningKey>]
      attr_reader :data

      def initialize(data:)
        @data = data
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::SigningKey.from_h(_v0) },
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/signup`.
    class SignupRequest
      # @return [String]
      attr_reader :email
      # @return [String] Checked against the password policy.
      attr_reader :password
      # @return [String, nil]
      attr_reader :name

      def initialize(email:, password:, name: nil)
        @email = email
        @password = password
        @name = name
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          email: _data.fetch("email"),
          password: _data.fetch("password"),
          name: _data["name"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["email"] = @email
        _out["password"] = @password
        _out["name"] = @name unless @name.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/signup/verify`.
    class SignupVerify
      # @return [String] The token from the confirmation link (`tsu_…`).
      attr_reader :token
      # @return [String (Models::TokenDelivery), nil]
      attr_reader :delivery

      def initialize(token:, delivery: nil)
        @token = token
        @delivery = delivery
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          token: _data.fetch("token"),
          delivery: _data["delivery"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["token"] = @token
        _out["delivery"] = BaseClient.to_json_value(@delivery) unless @delivery.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A tenant: an isolated application environment with its own issuer, keys and users
    # (a Keycloak realm, an Auth0 tenant, a WorkOS environment).
    class Tenant
      # @return [String] Server-assigned identifier (`ten_…`).
      attr_reader :id
      # @return [String] URL-safe handle used in every path: lowercase letters, digits and inner hyphens, 1-63 characters.
      attr_reader :slug
      # @return [String] Display name.
      attr_reader :name
      # @return [String] The tenant's OpenID issuer: `{public_url}/t/{slug}`.
      attr_reader :issuer
      # @return [String (Models::SigningAlg)] Algorithm of the tenant's primary signing key (an RS256 key is always kept too).
      attr_reader :signing_alg
      # @return [Array<String>] Browser origins allowed to call the tenant's public endpoints (CORS). Empty: none.
      attr_reader :allowed_origins
      # @return [String (Models::SignupMode)] Who may sign up by themselves.
      attr_reader :signup_mode
      # @return [Array<String>] Email domains that may sign up when `signup_mode` is `domain_allowlist`.
      attr_reader :signup_allowed_domains
      # @return [Boolean] Whether signups from disposable-address services (a shipped list) are refused.
      attr_reader :block_disposable_emails
      # @return [Time]
      attr_reader :created_at
      # @return [Time]
      attr_reader :updated_at

      def initialize(id:, slug:, name:, issuer:, signing_alg:, allowed_origins:, signup_mode:, signup_allowed_domains:, block_disposable_emails:, created_at:, updated_at:)
        @id = id
        @slug = slug
        @name = name
        @issuer = issuer
        @signing_alg = signing_alg
        @allowed_origins = allowed_origins
        @signup_mode = signup_mode
        @signup_allowed_domains = signup_allowed_domains
        @block_disposable_emails = block_disposable_emails
        @created_at = created_at
        @updated_at = updated_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          slug: _data.fetch("slug"),
          name: _data.fetch("name"),
          issuer: _data.fetch("issuer"),
          signing_alg: _data.fetch("signing_alg"),
          allowed_origins: _data.fetch("allowed_origins"),
          signup_mode: _data.fetch("signup_mode"),
          signup_allowed_domains: _data.fetch("signup_allowed_domains"),
          block_disposable_emails: _data.fetch("block_disposable_emails"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["slug"] = @slug
        _out["name"] = @name
        _out["issuer"] = @issuer
        _out["signing_alg"] = BaseClient.to_json_value(@signing_alg)
        _out["allowed_origins"] = BaseClient.to_json_value(@allowed_origins)
        _out["signup_mode"] = BaseClient.to_json_value(@signup_mode)
        _out["signup_allowed_domains"] = BaseClient.to_json_value(@signup_allowed_domains)
        _out["block_disposable_emails"] = @block_disposable_emails
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of tenants, oldest first.
    class TenantList
      # @return [Array<Models::Tenant>]
      attr_reader :data
      # @return [String, nil] Pass as `cursor` to fetch the next page; absent on the last page.
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Tenant.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A signed RFC 9068 access token (`typ: at+jwt`).
    class TestToken
      # @return [String]
      attr_reader :access_token
      # @return [String] Always `Bearer`.
      attr_reader :token_type
      # @return [Integer] Seconds until `exp`.
      attr_reader :expires_in
      # @return [String] The signing key's id, also in the JWS header.
      attr_reader :kid

      def initialize(access_token:, token_type:, expires_in:, kid:)
        @access_token = access_token
        @token_type = token_type
        @expires_in = expires_in
        @kid = kid
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          access_token: _data.fetch("access_token"),
          token_type: _data.fetch("token_type"),
          expires_in: _data.fetch("expires_in"),
          kid: _data.fetch("kid"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["access_token"] = @access_token
        _out["token_type"] = @token_type
        _out["expires_in"] = @expires_in
        _out["kid"] = @kid
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /v1/tenants/{tenant}/test-tokens`: an access token minted by an admin for
    # testing resource servers (as Keycloak's "generate example access token").
    class TestTokenRequest
      # @return [String] The token's `sub`.
      attr_reader :subject
      # @return [String] The token's `aud`, such as an API identifier.
      attr_reader :audience
      # @return [String, nil] Space-separated scopes for the `scope` claim.
      attr_reader :scope
      # @return [Integer, nil] Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).
      attr_reader :expires_in

      def initialize(subject:, audience:, scope: nil, expires_in: nil)
        @subject = subject
        @audience = audience
        @scope = scope
        @expires_in = expires_in
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          subject: _data.fetch("subject"),
          audience: _data.fetch("audience"),
          scope: _data["scope"],
          expires_in: _data["expires_in"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["subject"] = @subject
        _out["audience"] = @audience
        _out["scope"] = @scope unless @scope.nil?
        _out["expires_in"] = @expires_in unless @expires_in.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of introspection (RFC 7662 §2.1) and revocation (RFC 7009 §2.1) requests.
    class TokenQuery
      # @return [String]
      attr_reader :token
      # @return [String, nil] `access_token` or `refresh_token`; a hint only.
      attr_reader :token_type_hint
      # @return [String, nil]
      attr_reader :client_id
      # @return [String, nil]
      attr_reader :client_secret
      # @return [String, nil]
      attr_reader :client_assertion_type
      # @return [String, nil]
      attr_reader :client_assertion

      def initialize(token:, token_type_hint: nil, client_id: nil, client_secret: nil, client_assertion_type: nil, client_assertion: nil)
        @token = token
        @token_type_hint = token_type_hint
        @client_id = client_id
        @client_secret = client_secret
        @client_assertion_type = client_assertion_type
        @client_assertion = client_assertion
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          token: _data.fetch("token"),
          token_type_hint: _data["token_type_hint"],
          client_id: _data["client_id"],
          client_secret: _data["client_secret"],
          client_assertion_type: _data["client_assertion_type"],
          client_assertion: _data["client_assertion"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["token"] = @token
        _out["token_type_hint"] = @token_type_hint unless @token_type_hint.nil?
        _out["client_id"] = @client_id unless @client_id.nil?
        _out["client_secret"] = @client_secret unless @client_secret.nil?
        _out["client_assertion_type"] = @client_assertion_type unless @client_assertion_type.nil?
        _out["client_assertion"] = @client_assertion unless @client_assertion.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.1.3,
    # §4.4.2 and §6).
    class TokenRequest
      # @return [String] `authorization_code`, `refresh_token` or `client_credentials`.
      attr_reader :grant_type
      # @return [String, nil] With `authorization_code`: the code the authorization endpoint returned.
      attr_reader :code
      # @return [String, nil] With `authorization_code`: the `redirect_uri` of the authorization request.
      attr_reader :redirect_uri
      # @return [String, nil] With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
      attr_reader :code_verifier
      # @return [String, nil] With `refresh_token`: the refresh token to spend.
      attr_reader :refresh_token
      # @return [String, nil] Space-separated scopes; all the client's scopes when omitted.
      attr_reader :scope
      # @return [String, nil] RFC 8707 resource indicator: the API the token is for (becomes `aud`).
      attr_reader :resource
      # @return [String, nil] Auth0-style synonym of `resource`.
      attr_reader :audience
      # @return [String, nil] With `client_secret_post`.
      attr_reader :client_id
      # @return [String, nil] With `client_secret_post`.
      attr_reader :client_secret
      # @return [String, nil] With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
      attr_reader :client_assertion_type
      # @return [String, nil] With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).
      attr_reader :client_assertion

      def initialize(grant_type:, code: nil, redirect_uri: nil, code_verifier: nil, refresh_token: nil, scope: nil, resource: nil, audience: nil, client_id: nil, client_secret: nil, client_assertion_type: nil, client_assertion: nil)
        @grant_type = grant_type
        @code = code
        @redirect_uri = redirect_uri
        @code_verifier = code_verifier
        @refresh_token = refresh_token
        @scope = scope
        @resource = resource
        @audience = audience
        @client_id = client_id
        @client_secret = client_secret
        @client_assertion_type = client_assertion_type
        @client_assertion = client_assertion
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          grant_type: _data.fetch("grant_type"),
          code: _data["code"],
          redirect_uri: _data["redirect_uri"],
          code_verifier: _data["code_verifier"],
          refresh_token: _data["refresh_token"],
          scope: _data["scope"],
          resource: _data["resource"],
          audience: _data["audience"],
          client_id: _data["client_id"],
          client_secret: _data["client_secret"],
          client_assertion_type: _data["client_assertion_type"],
          client_assertion: _data["client_assertion"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["grant_type"] = @grant_type
        _out["code"] = @code unless @code.nil?
        _out["redirect_uri"] = @redirect_uri unless @redirect_uri.nil?
        _out["code_verifier"] = @code_verifier unless @code_verifier.nil?
        _out["refresh_token"] = @refresh_token unless @refresh_token.nil?
        _out["scope"] = @scope unless @scope.nil?
        _out["resource"] = @resource unless @resource.nil?
        _out["audience"] = @audience unless @audience.nil?
        _out["client_id"] = @client_id unless @client_id.nil?
        _out["client_secret"] = @client_secret unless @client_secret.nil?
        _out["client_assertion_type"] = @client_assertion_type unless @client_assertion_type.nil?
        _out["client_assertion"] = @client_assertion unless @client_assertion.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A successful token response (RFC 6749 §5.1).
    class TokenResponse
      # @return [String]
      attr_reader :access_token
      # @return [String] Always `Bearer`.
      attr_reader :token_type
      # @return [Integer]
      attr_reader :expires_in
      # @return [String, nil] The granted scopes, when any.
      attr_reader :scope
      # @return [String, nil] A single-use, rotating refresh token, for clients allowed the `refresh_token` grant.
      attr_reader :refresh_token
      # @return [String, nil] The OpenID Connect ID token, when the `openid` scope was granted.
      attr_reader :id_token

      def initialize(access_token:, token_type:, expires_in:, scope: nil, refresh_token: nil, id_token: nil)
        @access_token = access_token
        @token_type = token_type
        @expires_in = expires_in
        @scope = scope
        @refresh_token = refresh_token
        @id_token = id_token
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          access_token: _data.fetch("access_token"),
          token_type: _data.fetch("token_type"),
          expires_in: _data.fetch("expires_in"),
          scope: _data["scope"],
          refresh_token: _data["refresh_token"],
          id_token: _data["id_token"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["access_token"] = @access_token
        _out["token_type"] = @token_type
        _out["expires_in"] = @expires_in
        _out["scope"] = @scope unless @scope.nil?
        _out["refresh_token"] = @refresh_token unless @refresh_token.nil?
        _out["id_token"] = @id_token unless @id_token.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A new authenticator's shared secret, shown once: scan the QR code (or type the secret)
    # into an authenticator app, then confirm with a code it shows.
    class TotpEnrolment
      # @return [String] The shared secret in base32 (RFC 4648, no padding), for manual entry.
      attr_reader :secret
      # @return [String] The `otpauth://totp/…` key URI that the QR codes encode.
      attr_reader :otpauth_uri
      # @return [String] The QR code as a PNG `data:` URI, ready for an `<img src>`.
      attr_reader :qr_png
      # @return [String] The QR code as an SVG document.
      attr_reader :qr_svg
      # @return [String] Always `SHA1`, the algorithm every authenticator app supports.
      attr_reader :algorithm
      # @return [Integer] Digits per code (6).
      attr_reader :digits
      # @return [Integer] Seconds per time step (30).
      attr_reader :period

      def initialize(secret:, otpauth_uri:, qr_png:, qr_svg:, algorithm:, digits:, period:)
        @secret = secret
        @otpauth_uri = otpauth_uri
        @qr_png = qr_png
        @qr_svg = qr_svg
        @algorithm = algorithm
        @digits = digits
        @period = period
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          secret: _data.fetch("secret"),
          otpauth_uri: _data.fetch("otpauth_uri"),
          qr_png: _data.fetch("qr_png"),
          qr_svg: _data.fetch("qr_svg"),
          algorithm: _data.fetch("algorithm"),
          digits: _data.fetch("digits"),
          period: _data.fetch("period"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["secret"] = @secret
        _out["otpauth_uri"] = @otpauth_uri
        _out["qr_png"] = @qr_png
        _out["qr_svg"] = @qr_svg
        _out["algorithm"] = @algorithm
        _out["digits"] = @digits
        _out["period"] = @period
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A user's TOTP status.
    class TotpStatus
      # @return [String (Models::TotpState)]
      attr_reader :status
      # @return [Time, nil] When the current authenticator's enrolment started.
      attr_reader :created_at
      # @return [Time, nil] When it was confirmed (enabled).
      attr_reader :confirmed_at
      # @return [Integer] Unused recovery codes left.
      attr_reader :recovery_codes_remaining

      def initialize(status:, recovery_codes_remaining:, created_at: nil, confirmed_at: nil)
        @status = status
        @created_at = created_at
        @confirmed_at = confirmed_at
        @recovery_codes_remaining = recovery_codes_remaining
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          status: _data.fetch("status"),
          created_at: (_data["created_at"].nil? ? nil : Time.iso8601(_data["created_at"])),
          confirmed_at: (_data["confirmed_at"].nil? ? nil : Time.iso8601(_data["confirmed_at"])),
          recovery_codes_remaining: _data.fetch("recovery_codes_remaining"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["status"] = BaseClient.to_json_value(@status)
        _out["created_at"] = BaseClient.to_json_value(@created_at) unless @created_at.nil?
        _out["confirmed_at"] = BaseClient.to_json_value(@confirmed_at) unless @confirmed_at.nil?
        _out["recovery_codes_remaining"] = @recovery_codes_remaining
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH /v1/tenants/{tenant}/clients/{client}`.
    class UpdateClient
      # @return [String, nil]
      attr_reader :name
      # @return [Array<String (Models::GrantType)>, nil]
      attr_reader :grant_types
      # @return [Array<String>, nil]
      attr_reader :scopes
      # @return [Array<String>, nil]
      attr_reader :audiences
      # @return [Integer, nil]
      attr_reader :access_token_ttl
      # @return [Array<String>, nil] Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
      # of native apps (RFC 8252 §7.1), without fragments; matched exactly.
      attr_reader :redirect_uris
      # @return [Array<String>, nil] Where RP-initiated logout may return users; same rules as `redirect_uris`.
      attr_reader :post_logout_redirect_uris
      # @return [Boolean, nil] `true` for first-party applications whose users are never asked for consent.
      attr_reader :skip_consent
      # @return [Hash{String => Object}, nil] The client's public keys (a JWK set) for `private_key_jwt`.
      attr_reader :jwks

      def initialize(name: nil, grant_types: nil, scopes: nil, audiences: nil, access_token_ttl: nil, redirect_uris: nil, post_logout_redirect_uris: nil, skip_consent: nil, jwks: nil)
        @name = name
        @grant_types = grant_types
        @scopes = scopes
        @audiences = audiences
        @access_token_ttl = access_token_ttl
        @redirect_uris = redirect_uris
        @post_logout_redirect_uris = post_logout_redirect_uris
        @skip_consent = skip_consent
        @jwks = jwks
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data["name"],
          grant_types: _data["grant_types"],
          scopes: _data["scopes"],
          audiences: _data["audiences"],
          access_token_ttl: _data["access_token_ttl"],
          redirect_uris: _data["redirect_uris"],
          post_logout_redirect_uris: _data["post_logout_redirect_uris"],
          skip_consent: _data["skip_consent"],
          jwks: _data["jwks"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name unless @name.nil?
        _out["grant_types"] = BaseClient.to_json_value(@grant_types) unless @grant_types.nil?
        _out["scopes"] = BaseClient.to_json_value(@scopes) unless @scopes.nil?
        _out["audiences"] = BaseClient.to_json_value(@audiences) unless @audiences.nil?
        _out["access_token_ttl"] = @access_token_ttl unless @access_token_ttl.nil?
        _out["redirect_uris"] = BaseClient.to_json_value(@redirect_uris) unless @redirect_uris.nil?
        _out["post_logout_redirect_uris"] = BaseClient.to_json_value(@post_logout_redirect_uris) unless @post_logout_redirect_uris.nil?
        _out["skip_consent"] = @skip_consent unless @skip_consent.nil?
        _out["jwks"] = BaseClient.to_json_value(@jwks) unless @jwks.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}/members/{user}`.
    class UpdateMember
      # @return [String]
      attr_reader :role

      def initialize(role:)
        @role = role
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          role: _data.fetch("role"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["role"] = @role
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH /v1/tenants/{tenant}/oauth-settings`.
    class UpdateOAuthSettings
      # @return [Boolean, nil]
      attr_reader :dynamic_client_registration

      def initialize(dynamic_client_registration: nil)
        @dynamic_client_registration = dynamic_client_registration
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          dynamic_client_registration: _data["dynamic_client_registration"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["dynamic_client_registration"] = @dynamic_client_registration unless @dynamic_client_registration.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}`: only the fields
    # present change; the slug cannot.
    class UpdateOrganization
      # @return [String, nil]
      attr_reader :name
      # @return [String, nil] An empty string removes the logo.
      attr_reader :logo_url
      # @return [Hash{String => Object}, nil] Replaces the whole metadata object.
      attr_reader :metadata
      # @return [Models::OrganizationPolicies, nil] Replaces every policy.
      attr_reader :policies

      def initialize(name: nil, logo_url: nil, metadata: nil, policies: nil)
        @name = name
        @logo_url = logo_url
        @metadata = metadata
        @policies = policies
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data["name"],
          logo_url: _data["logo_url"],
          metadata: _data["metadata"],
          policies: (_data["policies"].nil? ? nil : Models::OrganizationPolicies.from_h(_data["policies"])),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name unless @name.nil?
        _out["logo_url"] = @logo_url unless @logo_url.nil?
        _out["metadata"] = BaseClient.to_json_value(@metadata) unless @metadata.nil?
        _out["policies"] = BaseClient.to_json_value(@policies) unless @policies.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH …/domains/{domain}`.
    class UpdateOrganizationDomain
      # @return [Boolean]
      attr_reader :auto_join

      def initialize(auto_join:)
        @auto_join = auto_join
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          auto_join: _data.fetch("auto_join"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["auto_join"] = @auto_join
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH /t/{tenant}/me`: the profile fields a user may change themselves.
    class UpdateProfile
      # @return [String, nil]
      attr_reader :name
      # @return [String, nil]
      attr_reader :picture
      # @return [String, nil]
      attr_reader :locale

      def initialize(name: nil, picture: nil, locale: nil)
        @name = name
        @picture = picture
        @locale = locale
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data["name"],
          picture: _data["picture"],
          locale: _data["locale"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name unless @name.nil?
        _out["picture"] = @picture unless @picture.nil?
        _out["locale"] = @locale unless @locale.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH /v1/tenants/{tenant}/resources/{resource}`.
    class UpdateResource
      # @return [String, nil]
      attr_reader :name
      # @return [Array<String>, nil]
      attr_reader :scopes

      def initialize(name: nil, scopes: nil)
        @name = name
        @scopes = scopes
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data["name"],
          scopes: _data["scopes"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name unless @name.nil?
        _out["scopes"] = BaseClient.to_json_value(@scopes) unless @scopes.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH …/roles/{role}`: only the fields present change. A built-in role's
    # permissions may be changed (except `owner`'s), not its name.
    class UpdateRole
      # @return [String, nil]
      attr_reader :name
      # @return [String, nil]
      attr_reader :description
      # @return [Array<String>, nil]
      attr_reader :permissions

      def initialize(name: nil, description: nil, permissions: nil)
        @name = name
        @description = description
        @permissions = permissions
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data["name"],
          description: _data["description"],
          permissions: _data["permissions"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name unless @name.nil?
        _out["description"] = @description unless @description.nil?
        _out["permissions"] = BaseClient.to_json_value(@permissions) unless @permissions.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH …/service-accounts/{service_account}`: its new role.
    class UpdateServiceAccount
      # @return [String]
      attr_reader :role

      def initialize(role:)
        @role = role
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          role: _data.fetch("role"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["role"] = @role
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH /v1/tenants/{tenant}`: only the fields present change.
    class UpdateTenant
      # @return [String, nil]
      attr_reader :name
      # @return [String (Models::SigningAlg), nil] Changing it creates a key for the new algorithm and retires the old primary key
      # with the usual overlap window.
      attr_reader :signing_alg
      # @return [Array<String>, nil]
      attr_reader :allowed_origins
      # @return [String (Models::SignupMode), nil]
      attr_reader :signup_mode
      # @return [Array<String>, nil] Lowercase domains such as `example.com`, at most 100; subdomains are included.
      # Required (non-empty) for `domain_allowlist`.
      attr_reader :signup_allowed_domains
      # @return [Boolean, nil]
      attr_reader :block_disposable_emails

      def initialize(name: nil, signing_alg: nil, allowed_origins: nil, signup_mode: nil, signup_allowed_domains: nil, block_disposable_emails: nil)
        @name = name
        @signing_alg = signing_alg
        @allowed_origins = allowed_origins
        @signup_mode = signup_mode
        @signup_allowed_domains = signup_allowed_domains
        @block_disposable_emails = block_disposable_emails
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data["name"],
          signing_alg: _data["signing_alg"],
          allowed_origins: _data["allowed_origins"],
          signup_mode: _data["signup_mode"],
          signup_allowed_domains: _data["signup_allowed_domains"],
          block_disposable_emails: _data["block_disposable_emails"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name unless @name.nil?
        _out["signing_alg"] = BaseClient.to_json_value(@signing_alg) unless @signing_alg.nil?
        _out["allowed_origins"] = BaseClient.to_json_value(@allowed_origins) unless @allowed_origins.nil?
        _out["signup_mode"] = BaseClient.to_json_value(@signup_mode) unless @signup_mode.nil?
        _out["signup_allowed_domains"] = BaseClient.to_json_value(@signup_allowed_domains) unless @signup_allowed_domains.nil?
        _out["block_disposable_emails"] = @block_disposable_emails unless @block_disposable_emails.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PATCH /v1/tenants/{tenant}/users/{user}`: only the fields present change.
    class UpdateUser
      # @return [String, nil] Changing the email marks it unverified unless `email_verified` is also sent.
      attr_reader :email
      # @return [String, nil] Sets a new password; every session of the user is revoked.
      attr_reader :password
      # @return [Boolean, nil]
      attr_reader :email_verified
      # @return [String, nil]
      attr_reader :name
      # @return [String, nil]
      attr_reader :picture
      # @return [String, nil]
      attr_reader :locale
      # @return [Hash{String => Object}, nil] Replaces the whole metadata object.
      attr_reader :metadata

      def initialize(email: nil, password: nil, email_verified: nil, name: nil, picture: nil, locale: nil, metadata: nil)
        @email = email
        @password = password
        @email_verified = email_verified
        @name = name
        @picture = picture
        @locale = locale
        @metadata = metadata
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          email: _data["email"],
          password: _data["password"],
          email_verified: _data["email_verified"],
          name: _data["name"],
          picture: _data["picture"],
          locale: _data["locale"],
          metadata: _data["metadata"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["email"] = @email unless @email.nil?
        _out["password"] = @password unless @password.nil?
        _out["email_verified"] = @email_verified unless @email_verified.nil?
        _out["name"] = @name unless @name.nil?
        _out["picture"] = @picture unless @picture.nil?
        _out["locale"] = @locale unless @locale.nil?
        _out["metadata"] = BaseClient.to_json_value(@metadata) unless @metadata.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `PUT /v1/tenants/{tenant}/webauthn-settings`; omitted fields return to defaults.
    class UpdateWebauthnSettings
      # @return [String, nil]
      attr_reader :rp_id
      # @return [String, nil]
      attr_reader :rp_name
      # @return [Array<String>, nil]
      attr_reader :origins
      # @return [String (Models::AttestationConveyance), nil]
      attr_reader :attestation
      # @return [Array<String>, nil]
      attr_reader :allowed_formats

      def initialize(rp_id: nil, rp_name: nil, origins: nil, attestation: nil, allowed_formats: nil)
        @rp_id = rp_id
        @rp_name = rp_name
        @origins = origins
        @attestation = attestation
        @allowed_formats = allowed_formats
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          rp_id: _data["rp_id"],
          rp_name: _data["rp_name"],
          origins: _data["origins"],
          attestation: _data["attestation"],
          allowed_formats: _data["allowed_formats"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["rp_id"] = @rp_id unless @rp_id.nil?
        _out["rp_name"] = @rp_name unless @rp_name.nil?
        _out["origins"] = BaseClient.to_json_value(@origins) unless @origins.nil?
        _out["attestation"] = BaseClient.to_json_value(@attestation) unless @attestation.nil?
        _out["allowed_formats"] = BaseClient.to_json_value(@allowed_formats) unless @allowed_formats.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # An end user of a tenant.
    class User
      # @return [String] Server-assigned identifier (`usr_…`), the `sub` of the user's tokens.
      attr_reader :id
      # @return [String] Normalised (trimmed, lowercase), unique within the tenant.
      attr_reader :email
      # @return [Boolean]
      attr_reader :email_verified
      # @return [String, nil]
      attr_reader :name
      # @return [String, nil] URL of a profile picture.
      attr_reader :picture
      # @return [String, nil] BCP 47 language tag, such as `en-GB`.
      attr_reader :locale
      # @return [Hash{String => Object}] Free-form JSON object for the application's own data (at most 16 KiB).
      attr_reader :metadata
      # @return [Boolean] Whether the user has a password (the hash itself is never returned).
      attr_reader :has_password
      # @return [Boolean] Disabled users cannot sign in; disabling revokes every session.
      attr_reader :disabled
      # @return [Time]
      attr_reader :created_at
      # @return [Time]
      attr_reader :updated_at
      # @return [Time, nil]
      attr_reader :last_login_at

      def initialize(id:, email:, email_verified:, metadata:, has_password:, disabled:, created_at:, updated_at:, name: nil, picture: nil, locale: nil, last_login_at: nil)
        @id = id
        @email = email
        @email_verified = email_verified
        @name = name
        @picture = picture
        @locale = locale
        @metadata = metadata
        @has_password = has_password
        @disabled = disabled
        @created_at = created_at
        @updated_at = updated_at
        @last_login_at = last_login_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          email: _data.fetch("email"),
          email_verified: _data.fetch("email_verified"),
          name: _data["name"],
          picture: _data["picture"],
          locale: _data["locale"],
          metadata: _data.fetch("metadata"),
          has_password: _data.fetch("has_password"),
          disabled: _data.fetch("disabled"),
          created_at: Time.iso8601(_data.fetch("created_at")),
          updated_at: Time.iso8601(_data.fetch("updated_at")),
          last_login_at: (_data["last_login_at"].nil? ? nil : Time.iso8601(_data["last_login_at"])),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["email"] = @email
        _out["email_verified"] = @email_verified
        _out["name"] = @name unless @name.nil?
        _out["picture"] = @picture unless @picture.nil?
        _out["locale"] = @locale unless @locale.nil?
        _out["metadata"] = BaseClient.to_json_value(@metadata)
        _out["has_password"] = @has_password
        _out["disabled"] = @disabled
        _out["created_at"] = BaseClient.to_json_value(@created_at)
        _out["updated_at"] = BaseClient.to_json_value(@updated_at)
        _out["last_login_at"] = BaseClient.to_json_value(@last_login_at) unless @last_login_at.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # The UserInfo response (OpenID Connect Core §5.3.2): the claims the granted scopes allow.
    class UserInfo
      # @return [String]
      attr_reader :sub
      # @return [String, nil] With the `email` scope.
      attr_reader :email
      # @return [Boolean, nil]
      attr_reader :email_verified
      # @return [String, nil] With the `profile` scope.
      attr_reader :name
      # @return [String, nil]
      attr_reader :picture
      # @return [String, nil]
      attr_reader :locale
      # @return [Integer, nil] Seconds since the epoch.
      attr_reader :updated_at

      def initialize(sub:, email: nil, email_verified: nil, name: nil, picture: nil, locale: nil, updated_at: nil)
        @sub = sub
        @email = email
        @email_verified = email_verified
        @name = name
        @picture = picture
        @locale = locale
        @updated_at = updated_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          sub: _data.fetch("sub"),
          email: _data["email"],
          email_verified: _data["email_verified"],
          name: _data["name"],
          picture: _data["picture"],
          locale: _data["locale"],
          updated_at: _data["updated_at"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["sub"] = @sub
        _out["email"] = @email unless @email.nil?
        _out["email_verified"] = @email_verified unless @email_verified.nil?
        _out["name"] = @name unless @name.nil?
        _out["picture"] = @picture unless @picture.nil?
        _out["locale"] = @locale unless @locale.nil?
        _out["updated_at"] = @updated_at unless @updated_at.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # One page of users, in creation order.
    class UserList
      # @return [Array<Models::User>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::User.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # The answer to `POST /v1/tenants/{tenant}/users/{user}/send-verification-email`.
    class VerificationEmailSent
      # @return [String]
      attr_reader :user_id
      # @return [String] Where the message went.
      attr_reader :email
      # @return [Time] When the link stops working.
      attr_reader :expires_at

      def initialize(user_id:, email:, expires_at:)
        @user_id = user_id
        @email = email
        @expires_at = expires_at
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          user_id: _data.fetch("user_id"),
          email: _data.fetch("email"),
          expires_at: Time.iso8601(_data.fetch("expires_at")),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["user_id"] = @user_id
        _out["email"] = @email
        _out["expires_at"] = BaseClient.to_json_value(@expires_at)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # Body of `POST /t/{tenant}/auth/verify-email`.
    class VerifyEmailRequest
      # @return [String] The token from the verification link (`tev_…`).
      attr_reader :token

      def initialize(token:)
        @token = token
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          token: _data.fetch("token"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["token"] = @token
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A tenant's passkey settings. Absent fields take the defaults shown by `GET`.
    class WebauthnSettings
      # @return [String] The relying-party ID: a registrable domain suffix of every origin. Defaults to the
      # host of the server's public URL (`localhost` works; an IP address is not a valid RP ID).
      attr_reader :rp_id
      # @return [String] The name authenticators may show. Defaults to the tenant's name.
      attr_reader :rp_name
      # @return [Array<String>] Origins that may run ceremonies. Defaults to the origin of the public URL.
      attr_reader :origins
      # @return [String (Models::AttestationConveyance)]
      attr_reader :attestation
      # @return [Array<String>] Attestation statement formats accepted at registration (`none`, `packed`, `tpm`,
      # `android-key`, `android-safetynet`, `fido-u2f`, `apple`); empty: any.
      attr_reader :allowed_formats
      # @return [String] Always `required`: a passkey must verify its user (PIN or biometrics), so a passkey
      # sign-in is multi-factor on its own.
      attr_reader :user_verification

      def initialize(rp_id:, rp_name:, origins:, attestation:, allowed_formats:, user_verification:)
        @rp_id = rp_id
        @rp_name = rp_name
        @origins = origins
        @attestation = attestation
        @allowed_formats = allowed_formats
        @user_verification = user_verification
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          rp_id: _data.fetch("rp_id"),
          rp_name: _data.fetch("rp_name"),
          origins: _data.fetch("origins"),
          attestation: _data.fetch("attestation"),
          allowed_formats: _data.fetch("allowed_formats"),
          user_verification: _data.fetch("user_verification"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["rp_id"] = @rp_id
        _out["rp_name"] = @rp_name
        _out["origins"] = BaseClient.to_json_value(@origins)
        _out["attestation"] = BaseClient.to_json_value(@attestation)
        _out["allowed_formats"] = BaseClient.to_json_value(@allowed_formats)
        _out["user_verification"] = @user_verification
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # What a correct password leads to: session tokens, or, when the account has a second
    # factor, a challenge (`mfa_required: true`).
    module LoginResponse
      # The first variant, in order, whose required fields are all present.
      def self.from_h(_data)
        return SessionTokens.from_h(_data) if (["access_token", "token_type", "expires_in", "session_id"] - _data.keys).empty?
        return MfaChallenge.from_h(_data) if (["mfa_required", "mfa_token", "factors", "expires_in"] - _data.keys).empty?
        raise ArgumentError, "no variant of LoginResponse matches the keys #{_data.keys.sort.join(", ")}"
      end
    end
  end
end
