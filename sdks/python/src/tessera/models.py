# generated from spec/openapi.yaml by tessera-codegen, do not edit
"""The API's data types: dataclasses with ``from_dict`` and ``to_dict`` for their JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Mapping

__all__ = [
    "AttestationConveyance",
    "AuditExportFormat",
    "AuthzReason",
    "ClientType",
    "ErrorCode",
    "GrantType",
    "InvitationState",
    "KeyStatus",
    "MfaFactor",
    "SigningAlg",
    "SignupMode",
    "TokenDelivery",
    "TokenEndpointAuthMethod",
    "TotpState",
    "AcceptInvitation",
    "AddMember",
    "ApiKey",
    "ApiKeyList",
    "ApiKeyWithSecret",
    "AuditEvent",
    "AuditEventList",
    "AuditVerification",
    "AuthzCheck",
    "AuthzCheckBatch",
    "AuthzDecision",
    "AuthzDecisionList",
    "Branding",
    "ChangePassword",
    "Client",
    "ClientList",
    "ClientRegistrationRequest",
    "ClientRegistrationResponse",
    "ClientSecretInfo",
    "ClientWithSecret",
    "ConfirmTotp",
    "Consent",
    "ConsentList",
    "CreateApiKey",
    "CreateClient",
    "CreateInvitation",
    "CreateOrganization",
    "CreateOrganizationDomain",
    "CreateResource",
    "CreateResourceGrant",
    "CreateRole",
    "CreateServiceAccount",
    "CreateTenant",
    "CreateUser",
    "EmailCodeVerify",
    "EmailRequest",
    "EmailRequestAccepted",
    "EmailTemplate",
    "EmailTemplateList",
    "EmailVerified",
    "FieldError",
    "HealthStatus",
    "IntrospectionResponse",
    "Invitation",
    "InvitationAccepted",
    "InvitationList",
    "Jwk",
    "JwkSet",
    "LoginRequest",
    "MagicLinkVerify",
    "Membership",
    "MembershipList",
    "MfaChallenge",
    "MfaVerifyRequest",
    "MyOrganization",
    "MyOrganizationList",
    "OAuthError",
    "OAuthSettings",
    "OpenIdConfiguration",
    "Organization",
    "OrganizationDomain",
    "OrganizationDomainList",
    "OrganizationList",
    "OrganizationPolicies",
    "OutboxMessage",
    "OutboxMessageList",
    "Passkey",
    "PasskeyCeremony",
    "PasskeyList",
    "PasskeyRegistrationFinish",
    "PasskeySecondFactorFinish",
    "PasskeySecondFactorStart",
    "PasskeySignInFinish",
    "PasskeySignInStart",
    "PasswordPolicy",
    "PasswordResetConfirm",
    "Problem",
    "ProtectedResourceMetadata",
    "PutEmailTemplate",
    "Reauthenticate",
    "RecoveryCodes",
    "RefreshRequest",
    "RenamePasskey",
    "Resource",
    "ResourceGrant",
    "ResourceGrantList",
    "ResourceList",
    "Role",
    "RoleList",
    "RotateApiKey",
    "RotateClientSecret",
    "RotateKeysRequest",
    "ServiceAccount",
    "ServiceAccountList",
    "ServiceAccountWithSecret",
    "Session",
    "SessionList",
    "SessionTokens",
    "SetPasswordPolicy",
    "SigningKey",
    "SigningKeyList",
    "SignupRequest",
    "SignupVerify",
    "Tenant",
    "TenantList",
    "TestToken",
    "TestTokenRequest",
    "TokenQuery",
    "TokenRequest",
    "TokenResponse",
    "TotpEnrolment",
    "TotpStatus",
    "UpdateClient",
    "UpdateMember",
    "UpdateOAuthSettings",
    "UpdateOrganization",
    "UpdateOrganizationDomain",
    "UpdateProfile",
    "UpdateResource",
    "UpdateRole",
    "UpdateServiceAccount",
    "UpdateTenant",
    "UpdateUser",
    "UpdateWebauthnSettings",
    "User",
    "UserInfo",
    "UserList",
    "VerificationEmailSent",
    "VerifyEmailRequest",
    "WebauthnSettings",
    "LoginResponse",
]


def _parse_datetime(value: Any) -> datetime:
    text = str(value)
    # fromisoformat reads a trailing Z only from Python 3.11 on.
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


def _format_datetime(value: datetime) -> str:
    return value.isoformat()


# The attestation conveyance a tenant asks authenticators for (WebAuthn §5.4.7).
AttestationConveyance = Literal["none", "indirect", "direct"]


# Export formats.
AuditExportFormat = Literal["ndjson", "csv"]


# Why a check was decided as it was.
AuthzReason = Literal["role_grants_permission", "role_lacks_permission", "not_a_member", "no_organization", "organization_not_found", "subject_not_found", "subject_disabled", "role_not_found", "resource_grant_grants_permission"]


# Whether a client can keep a secret (RFC 6749 §2.1).
ClientType = Literal["confidential", "public"]


# Stable machine-readable error codes carried in `code` of every problem response.
#
# Clients branch on these, never on `title` or `detail`, which are for people.
ErrorCode = Literal["invalid_body", "unsupported_media_type", "payload_too_large", "invalid_parameter", "validation_failed", "unauthorized", "invalid_credentials", "invalid_token", "invalid_code", "account_locked", "rate_limited", "account_disabled", "signup_disabled", "email_domain_not_allowed", "origin_not_allowed", "not_found", "method_not_allowed", "already_exists", "conflict", "request_timeout", "service_unavailable", "internal_error", "permission_denied", "organization_policy_violation"]


# OAuth grant types a client may use.
GrantType = Literal["client_credentials", "authorization_code", "refresh_token"]


# Where an invitation stands.
InvitationState = Literal["pending", "accepted", "revoked", "expired"]


# Lifecycle of a signing key.
KeyStatus = Literal["active", "retired"]


# A second factor that completes a sign-in.
MfaFactor = Literal["totp", "recovery_code", "passkey"]


# JWS algorithms a tenant can sign with.
SigningAlg = Literal["ES256", "RS256", "EdDSA"]


# Who may create an account with `POST /t/{tenant}/auth/signup`.
SignupMode = Literal["open", "invite_only", "domain_allowlist"]


# How the refresh token travels.
TokenDelivery = Literal["token", "cookie"]


# How a client authenticates at the token endpoint (RFC 7591 §2).
TokenEndpointAuthMethod = Literal["client_secret_basic", "client_secret_post", "none", "private_key_jwt"]


# Where a user's TOTP authenticator stands.
TotpState = Literal["disabled", "pending", "enabled"]


@dataclass(kw_only=True)
class AcceptInvitation:
    """Body of `POST /t/{tenant}/invitations/accept`."""

    token: str
    """The `tin_…` token from the invitation email's link."""
    password: str | None = None
    """For an invitee without an account: the password of the account created on accepting.
    An invitee who has an account signs in and sends their access token instead.
    """
    name: str | None = None
    """The new account's display name."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> AcceptInvitation:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            token=_data["token"],
            password=_data.get("password"),
            name=_data.get("name"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["token"] = self.token
        if self.password is not None:
            _out["password"] = self.password
        if self.name is not None:
            _out["name"] = self.name
        return _out


@dataclass(kw_only=True)
class AddMember:
    """Body of `POST /v1/tenants/{tenant}/organizations/{organization}/members`."""

    user_id: str
    """The user's id (`usr_…`), of the same tenant."""
    role: str | None = None
    """A role key; `member` when absent."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> AddMember:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            user_id=_data["user_id"],
            role=_data.get("role"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["user_id"] = self.user_id
        if self.role is not None:
            _out["role"] = self.role
        return _out


@dataclass(kw_only=True)
class ApiKey:
    """An API key (its secret is shown only once, when created or rotated)."""

    id: str
    """Server-assigned identifier (`key_…`)."""
    organization_id: str | None = None
    """The owning organization, for an organization's key."""
    user_id: str | None = None
    """The owning user, for a user's key."""
    name: str
    permissions: list[str]
    """The `resource:action` patterns the key is limited to."""
    hint: str
    """The secret's last four characters, to tell keys apart."""
    created_at: datetime
    """A timezone-aware date-time."""
    expires_at: datetime | None = None
    """A timezone-aware date-time."""
    last_used_at: datetime | None = None
    """When introspection last saw the key."""
    revoked_at: datetime | None = None
    """A timezone-aware date-time."""
    rotated_to: str | None = None
    """The key that replaced this one by rotation."""
    active: bool
    """Whether the key works now (not revoked, not expired)."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ApiKey:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            organization_id=_data.get("organization_id"),
            user_id=_data.get("user_id"),
            name=_data["name"],
            permissions=list(_data["permissions"]),
            hint=_data["hint"],
            created_at=_parse_datetime(_data["created_at"]),
            expires_at=None if _data.get("expires_at") is None else _parse_datetime(_data["expires_at"]),
            last_used_at=None if _data.get("last_used_at") is None else _parse_datetime(_data["last_used_at"]),
            revoked_at=None if _data.get("revoked_at") is None else _parse_datetime(_data["revoked_at"]),
            rotated_to=_data.get("rotated_to"),
            active=_data["active"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        if self.organization_id is not None:
            _out["organization_id"] = self.organization_id
        if self.user_id is not None:
            _out["user_id"] = self.user_id
        _out["name"] = self.name
        _out["permissions"] = list(self.permissions)
        _out["hint"] = self.hint
        _out["created_at"] = _format_datetime(self.created_at)
        if self.expires_at is not None:
            _out["expires_at"] = _format_datetime(self.expires_at)
        if self.last_used_at is not None:
            _out["last_used_at"] = _format_datetime(self.last_used_at)
        if self.revoked_at is not None:
            _out["revoked_at"] = _format_datetime(self.revoked_at)
        if self.rotated_to is not None:
            _out["rotated_to"] = self.rotated_to
        _out["active"] = self.active
        return _out


@dataclass(kw_only=True)
class ApiKeyList:
    """One page of API keys, oldest first."""

    data: list[ApiKey]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ApiKeyList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[ApiKey.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class ApiKeyWithSecret:
    """A key with its secret, shown this once."""

    key: ApiKey
    secret: str
    """`tsk_…`: send it as `token` to the tenant's introspection endpoint. Store it now; it
    cannot be shown again.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ApiKeyWithSecret:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            key=ApiKey.from_dict(_data["key"]),
            secret=_data["secret"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["key"] = self.key.to_dict()
        _out["secret"] = self.secret
        return _out


@dataclass(kw_only=True)
class AuditEvent:
    """One entry of a tenant's audit log."""

    id: str
    """`aud_…`"""
    seq: int
    """Position in the tenant's chain: 1, 2, 3 …"""
    occurred_at: datetime
    """A timezone-aware date-time."""
    action: str
    """What happened, such as `user.created` or `session.login_failed`."""
    actor_type: str
    """`admin`, `user`, `operator` (the CLI) or `anonymous`."""
    actor_id: str | None = None
    target_type: str | None = None
    target_id: str | None = None
    ip: str | None = None
    user_agent: str | None = None
    request_id: str | None = None
    details: dict[str, Any]
    """Event-specific facts; never a secret."""
    prev_hash: str
    """Hex SHA-256 of the previous event (64 zeros for the first)."""
    hash: str
    """Hex SHA-256 over this event's fields and `prev_hash`."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> AuditEvent:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            seq=_data["seq"],
            occurred_at=_parse_datetime(_data["occurred_at"]),
            action=_data["action"],
            actor_type=_data["actor_type"],
            actor_id=_data.get("actor_id"),
            target_type=_data.get("target_type"),
            target_id=_data.get("target_id"),
            ip=_data.get("ip"),
            user_agent=_data.get("user_agent"),
            request_id=_data.get("request_id"),
            details=dict(_data["details"]),
            prev_hash=_data["prev_hash"],
            hash=_data["hash"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["seq"] = self.seq
        _out["occurred_at"] = _format_datetime(self.occurred_at)
        _out["action"] = self.action
        _out["actor_type"] = self.actor_type
        if self.actor_id is not None:
            _out["actor_id"] = self.actor_id
        if self.target_type is not None:
            _out["target_type"] = self.target_type
        if self.target_id is not None:
            _out["target_id"] = self.target_id
        if self.ip is not None:
            _out["ip"] = self.ip
        if self.user_agent is not None:
            _out["user_agent"] = self.user_agent
        if self.request_id is not None:
            _out["request_id"] = self.request_id
        _out["details"] = dict(self.details)
        _out["prev_hash"] = self.prev_hash
        _out["hash"] = self.hash
        return _out


@dataclass(kw_only=True)
class AuditEventList:
    """One page of audit events, oldest first."""

    data: list[AuditEvent]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> AuditEventList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[AuditEvent.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class AuditVerification:
    """Result of checking a tenant's audit chain."""

    valid: bool
    """Whether every link holds."""
    events_checked: int
    first_broken_seq: int | None = None
    """The first event whose link is broken."""
    reason: str | None = None
    """Why that link is broken."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> AuditVerification:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            valid=_data["valid"],
            events_checked=_data["events_checked"],
            first_broken_seq=_data.get("first_broken_seq"),
            reason=_data.get("reason"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["valid"] = self.valid
        _out["events_checked"] = self.events_checked
        if self.first_broken_seq is not None:
            _out["first_broken_seq"] = self.first_broken_seq
        if self.reason is not None:
            _out["reason"] = self.reason
        return _out


@dataclass(kw_only=True)
class AuthzCheck:
    """Body of `POST /v1/tenants/{tenant}/authz/check`: may `subject` do `permission`?"""

    subject: str
    """A user id (`usr_…`) or a service account's client id (`cli_…`)."""
    permission: str
    """A concrete `resource:action` (no wildcard)."""
    organization: str | None = None
    """The organization (id or slug) the subject acts in. Roles come from memberships,
    so without one nothing is allowed.
    """
    resource: str | None = None
    """The resource acted on (`document:123`): the organization-wide role applies to every
    resource, and a role granted on this resource (resource grants) adds to it.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> AuthzCheck:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            subject=_data["subject"],
            permission=_data["permission"],
            organization=_data.get("organization"),
            resource=_data.get("resource"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["subject"] = self.subject
        _out["permission"] = self.permission
        if self.organization is not None:
            _out["organization"] = self.organization
        if self.resource is not None:
            _out["resource"] = self.resource
        return _out


@dataclass(kw_only=True)
class AuthzCheckBatch:
    """Body of `POST /v1/tenants/{tenant}/authz/check-batch`: 1 to 100 checks."""

    checks: list[AuthzCheck]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> AuthzCheckBatch:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            checks=[AuthzCheck.from_dict(_v0) for _v0 in _data["checks"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["checks"] = [_v0.to_dict() for _v0 in self.checks]
        return _out


@dataclass(kw_only=True)
class AuthzDecision:
    """The answer to one check, with its explanation."""

    allowed: bool
    reason: AuthzReason
    explanation: str
    """The decision in a sentence a person can read."""
    subject: str
    permission: str
    organization_id: str | None = None
    resource: str | None = None
    role: str | None = None
    """The subject's role in the organization, when a member."""
    matched_permission: str | None = None
    """The role's pattern that matched (`invoices:read`, `invoices:*` or `*`)."""
    resource_grant: str | None = None
    """The resource grant (`rgr_…`) that allowed the check, when one did; `role` is then
    the role granted on the resource.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> AuthzDecision:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            allowed=_data["allowed"],
            reason=_data["reason"],
            explanation=_data["explanation"],
            subject=_data["subject"],
            permission=_data["permission"],
            organization_id=_data.get("organization_id"),
            resource=_data.get("resource"),
            role=_data.get("role"),
            matched_permission=_data.get("matched_permission"),
            resource_grant=_data.get("resource_grant"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["allowed"] = self.allowed
        _out["reason"] = self.reason
        _out["explanation"] = self.explanation
        _out["subject"] = self.subject
        _out["permission"] = self.permission
        if self.organization_id is not None:
            _out["organization_id"] = self.organization_id
        if self.resource is not None:
            _out["resource"] = self.resource
        if self.role is not None:
            _out["role"] = self.role
        if self.matched_permission is not None:
            _out["matched_permission"] = self.matched_permission
        if self.resource_grant is not None:
            _out["resource_grant"] = self.resource_grant
        return _out


@dataclass(kw_only=True)
class AuthzDecisionList:
    """The decisions, in the order of the checks."""

    results: list[AuthzDecision]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> AuthzDecisionList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            results=[AuthzDecision.from_dict(_v0) for _v0 in _data["results"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["results"] = [_v0.to_dict() for _v0 in self.results]
        return _out


@dataclass(kw_only=True)
class Branding:
    """How the tenant's hosted pages look. Their title is the tenant's name."""

    logo_url: str | None = None
    """An `https` URL of the logo shown above the forms."""
    primary_color: str | None = None
    """The accent colour of buttons and focus rings, `#rrggbb`."""
    custom_css: str | None = None
    """A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is
    served at `/t/{tenant}/branding.css` and allowed by the pages' CSP.
    """
    support_url: str | None = None
    """An `https` URL of the tenant's help page, linked at the foot of every page."""
    frame_ancestors: list[str] | None = None
    """Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP
    `frame-ancestors`; empty or absent means none may (`'none'`).
    """
    default_locale: str | None = None
    """The pages' language when neither `ui_locales` nor the browser names a supported
    one: `en`, `de`, `fr` or `ar`.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Branding:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            logo_url=_data.get("logo_url"),
            primary_color=_data.get("primary_color"),
            custom_css=_data.get("custom_css"),
            support_url=_data.get("support_url"),
            frame_ancestors=None if _data.get("frame_ancestors") is None else list(_data["frame_ancestors"]),
            default_locale=_data.get("default_locale"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.logo_url is not None:
            _out["logo_url"] = self.logo_url
        if self.primary_color is not None:
            _out["primary_color"] = self.primary_color
        if self.custom_css is not None:
            _out["custom_css"] = self.custom_css
        if self.support_url is not None:
            _out["support_url"] = self.support_url
        if self.frame_ancestors is not None:
            _out["frame_ancestors"] = list(self.frame_ancestors)
        if self.default_locale is not None:
            _out["default_locale"] = self.default_locale
        return _out


@dataclass(kw_only=True)
class ChangePassword:
    """Body of `POST /t/{tenant}/me/password`."""

    current_password: str | None = None
    """Required when the account has a password."""
    new_password: str

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ChangePassword:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            current_password=_data.get("current_password"),
            new_password=_data["new_password"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.current_password is not None:
            _out["current_password"] = self.current_password
        _out["new_password"] = self.new_password
        return _out


@dataclass(kw_only=True)
class Client:
    """An OAuth client of a tenant (an "application" in Auth0, a "client" in Keycloak)."""

    id: str
    """The `client_id` (`cli_…`)."""
    name: str
    client_type: ClientType
    token_endpoint_auth_method: TokenEndpointAuthMethod
    grant_types: list[GrantType]
    scopes: list[str]
    """Scopes the client may request; tokens carry the granted subset."""
    audiences: list[str]
    """Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for."""
    access_token_ttl: int
    """Access-token lifetime in seconds for this client."""
    redirect_uris: list[str]
    """Where the authorization endpoint may send users back; matched exactly."""
    post_logout_redirect_uris: list[str]
    """Where RP-initiated logout may send users back; matched exactly."""
    skip_consent: bool
    """A first-party application: users are not asked for consent."""
    jwks: dict[str, Any] | None = None
    """The client's public keys (a JWK set) for `private_key_jwt`."""
    secrets: list[ClientSecretInfo]
    """Live secrets, newest first (hints only; a secret is shown once, when created)."""
    created_at: datetime
    """A timezone-aware date-time."""
    updated_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Client:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            name=_data["name"],
            client_type=_data["client_type"],
            token_endpoint_auth_method=_data["token_endpoint_auth_method"],
            grant_types=list(_data["grant_types"]),
            scopes=list(_data["scopes"]),
            audiences=list(_data["audiences"]),
            access_token_ttl=_data["access_token_ttl"],
            redirect_uris=list(_data["redirect_uris"]),
            post_logout_redirect_uris=list(_data["post_logout_redirect_uris"]),
            skip_consent=_data["skip_consent"],
            jwks=None if _data.get("jwks") is None else dict(_data["jwks"]),
            secrets=[ClientSecretInfo.from_dict(_v0) for _v0 in _data["secrets"]],
            created_at=_parse_datetime(_data["created_at"]),
            updated_at=_parse_datetime(_data["updated_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["name"] = self.name
        _out["client_type"] = self.client_type
        _out["token_endpoint_auth_method"] = self.token_endpoint_auth_method
        _out["grant_types"] = list(self.grant_types)
        _out["scopes"] = list(self.scopes)
        _out["audiences"] = list(self.audiences)
        _out["access_token_ttl"] = self.access_token_ttl
        _out["redirect_uris"] = list(self.redirect_uris)
        _out["post_logout_redirect_uris"] = list(self.post_logout_redirect_uris)
        _out["skip_consent"] = self.skip_consent
        if self.jwks is not None:
            _out["jwks"] = dict(self.jwks)
        _out["secrets"] = [_v0.to_dict() for _v0 in self.secrets]
        _out["created_at"] = _format_datetime(self.created_at)
        _out["updated_at"] = _format_datetime(self.updated_at)
        return _out


@dataclass(kw_only=True)
class ClientList:
    """One page of clients."""

    data: list[Client]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ClientList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Client.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class ClientRegistrationRequest:
    """Client metadata of a registration request (RFC 7591 §2). Unknown members are ignored,
    as §2 requires.
    """

    redirect_uris: list[str] | None = None
    token_endpoint_auth_method: str | None = None
    """`client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
    public client (PKCE, no secret), as MCP clients register.
    """
    grant_types: list[str] | None = None
    """`authorization_code` and `refresh_token` (the default is `authorization_code`)."""
    response_types: list[str] | None = None
    """`code` only."""
    client_name: str | None = None
    scope: str | None = None
    """Space-separated scopes the client will use (informational)."""
    post_logout_redirect_uris: list[str] | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ClientRegistrationRequest:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            redirect_uris=None if _data.get("redirect_uris") is None else None if _data["redirect_uris"] is None else list(_data["redirect_uris"]),
            token_endpoint_auth_method=_data.get("token_endpoint_auth_method"),
            grant_types=None if _data.get("grant_types") is None else None if _data["grant_types"] is None else list(_data["grant_types"]),
            response_types=None if _data.get("response_types") is None else None if _data["response_types"] is None else list(_data["response_types"]),
            client_name=_data.get("client_name"),
            scope=_data.get("scope"),
            post_logout_redirect_uris=None if _data.get("post_logout_redirect_uris") is None else None if _data["post_logout_redirect_uris"] is None else list(_data["post_logout_redirect_uris"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.redirect_uris is not None:
            _out["redirect_uris"] = None if self.redirect_uris is None else list(self.redirect_uris)
        if self.token_endpoint_auth_method is not None:
            _out["token_endpoint_auth_method"] = self.token_endpoint_auth_method
        if self.grant_types is not None:
            _out["grant_types"] = None if self.grant_types is None else list(self.grant_types)
        if self.response_types is not None:
            _out["response_types"] = None if self.response_types is None else list(self.response_types)
        if self.client_name is not None:
            _out["client_name"] = self.client_name
        if self.scope is not None:
            _out["scope"] = self.scope
        if self.post_logout_redirect_uris is not None:
            _out["post_logout_redirect_uris"] = None if self.post_logout_redirect_uris is None else list(self.post_logout_redirect_uris)
        return _out


@dataclass(kw_only=True)
class ClientRegistrationResponse:
    """A registered client's metadata and credentials (RFC 7591 §3.2.1, RFC 7592 §3)."""

    client_id: str
    client_secret: str | None = None
    """Only in the registration response and only for confidential clients."""
    client_id_issued_at: int
    client_secret_expires_at: int | None = None
    """0: the secret does not expire (present with a secret)."""
    registration_access_token: str | None = None
    """Bearer token for the registration management endpoint (RFC 7592), shown once."""
    registration_client_uri: str
    client_name: str
    redirect_uris: list[str]
    post_logout_redirect_uris: list[str]
    token_endpoint_auth_method: str
    grant_types: list[str]
    response_types: list[str]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ClientRegistrationResponse:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            client_id=_data["client_id"],
            client_secret=_data.get("client_secret"),
            client_id_issued_at=_data["client_id_issued_at"],
            client_secret_expires_at=_data.get("client_secret_expires_at"),
            registration_access_token=_data.get("registration_access_token"),
            registration_client_uri=_data["registration_client_uri"],
            client_name=_data["client_name"],
            redirect_uris=list(_data["redirect_uris"]),
            post_logout_redirect_uris=list(_data["post_logout_redirect_uris"]),
            token_endpoint_auth_method=_data["token_endpoint_auth_method"],
            grant_types=list(_data["grant_types"]),
            response_types=list(_data["response_types"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["client_id"] = self.client_id
        if self.client_secret is not None:
            _out["client_secret"] = self.client_secret
        _out["client_id_issued_at"] = self.client_id_issued_at
        if self.client_secret_expires_at is not None:
            _out["client_secret_expires_at"] = self.client_secret_expires_at
        if self.registration_access_token is not None:
            _out["registration_access_token"] = self.registration_access_token
        _out["registration_client_uri"] = self.registration_client_uri
        _out["client_name"] = self.client_name
        _out["redirect_uris"] = list(self.redirect_uris)
        _out["post_logout_redirect_uris"] = list(self.post_logout_redirect_uris)
        _out["token_endpoint_auth_method"] = self.token_endpoint_auth_method
        _out["grant_types"] = list(self.grant_types)
        _out["response_types"] = list(self.response_types)
        return _out


@dataclass(kw_only=True)
class ClientSecretInfo:
    """What may be shown of a client secret after its creation."""

    id: str
    hint: str
    """The secret's last four characters."""
    created_at: datetime
    """A timezone-aware date-time."""
    expires_at: datetime | None = None
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ClientSecretInfo:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            hint=_data["hint"],
            created_at=_parse_datetime(_data["created_at"]),
            expires_at=None if _data.get("expires_at") is None else _parse_datetime(_data["expires_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["hint"] = self.hint
        _out["created_at"] = _format_datetime(self.created_at)
        if self.expires_at is not None:
            _out["expires_at"] = _format_datetime(self.expires_at)
        return _out


@dataclass(kw_only=True)
class ClientWithSecret:
    """A client with its new secret, shown this once."""

    id: str
    """The `client_id` (`cli_…`)."""
    name: str
    client_type: ClientType
    token_endpoint_auth_method: TokenEndpointAuthMethod
    grant_types: list[GrantType]
    scopes: list[str]
    """Scopes the client may request; tokens carry the granted subset."""
    audiences: list[str]
    """Resources (`aud` values, RFC 8707 `resource`) the client may request tokens for."""
    access_token_ttl: int
    """Access-token lifetime in seconds for this client."""
    redirect_uris: list[str]
    """Where the authorization endpoint may send users back; matched exactly."""
    post_logout_redirect_uris: list[str]
    """Where RP-initiated logout may send users back; matched exactly."""
    skip_consent: bool
    """A first-party application: users are not asked for consent."""
    jwks: dict[str, Any] | None = None
    """The client's public keys (a JWK set) for `private_key_jwt`."""
    secrets: list[ClientSecretInfo]
    """Live secrets, newest first (hints only; a secret is shown once, when created)."""
    created_at: datetime
    """A timezone-aware date-time."""
    updated_at: datetime
    """A timezone-aware date-time."""
    client_secret: str | None = None
    """The new secret (`tss_…`); store it now, it cannot be shown again. Absent for public clients."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ClientWithSecret:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            name=_data["name"],
            client_type=_data["client_type"],
            token_endpoint_auth_method=_data["token_endpoint_auth_method"],
            grant_types=list(_data["grant_types"]),
            scopes=list(_data["scopes"]),
            audiences=list(_data["audiences"]),
            access_token_ttl=_data["access_token_ttl"],
            redirect_uris=list(_data["redirect_uris"]),
            post_logout_redirect_uris=list(_data["post_logout_redirect_uris"]),
            skip_consent=_data["skip_consent"],
            jwks=None if _data.get("jwks") is None else dict(_data["jwks"]),
            secrets=[ClientSecretInfo.from_dict(_v0) for _v0 in _data["secrets"]],
            created_at=_parse_datetime(_data["created_at"]),
            updated_at=_parse_datetime(_data["updated_at"]),
            client_secret=_data.get("client_secret"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["name"] = self.name
        _out["client_type"] = self.client_type
        _out["token_endpoint_auth_method"] = self.token_endpoint_auth_method
        _out["grant_types"] = list(self.grant_types)
        _out["scopes"] = list(self.scopes)
        _out["audiences"] = list(self.audiences)
        _out["access_token_ttl"] = self.access_token_ttl
        _out["redirect_uris"] = list(self.redirect_uris)
        _out["post_logout_redirect_uris"] = list(self.post_logout_redirect_uris)
        _out["skip_consent"] = self.skip_consent
        if self.jwks is not None:
            _out["jwks"] = dict(self.jwks)
        _out["secrets"] = [_v0.to_dict() for _v0 in self.secrets]
        _out["created_at"] = _format_datetime(self.created_at)
        _out["updated_at"] = _format_datetime(self.updated_at)
        if self.client_secret is not None:
            _out["client_secret"] = self.client_secret
        return _out


@dataclass(kw_only=True)
class ConfirmTotp:
    """Body of the TOTP confirmation: a code the authenticator shows now."""

    code: str

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ConfirmTotp:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            code=_data["code"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["code"] = self.code
        return _out


@dataclass(kw_only=True)
class Consent:
    """An application the user allowed to access their account ("connected app")."""

    client_id: str
    client_name: str
    scopes: list[str]
    """The scopes granted so far."""
    granted_at: datetime
    """A timezone-aware date-time."""
    updated_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Consent:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            client_id=_data["client_id"],
            client_name=_data["client_name"],
            scopes=list(_data["scopes"]),
            granted_at=_parse_datetime(_data["granted_at"]),
            updated_at=_parse_datetime(_data["updated_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["client_id"] = self.client_id
        _out["client_name"] = self.client_name
        _out["scopes"] = list(self.scopes)
        _out["granted_at"] = _format_datetime(self.granted_at)
        _out["updated_at"] = _format_datetime(self.updated_at)
        return _out


@dataclass(kw_only=True)
class ConsentList:
    """A record of the API."""

    data: list[Consent]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ConsentList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Consent.from_dict(_v0) for _v0 in _data["data"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        return _out


@dataclass(kw_only=True)
class CreateApiKey:
    """Body of `POST /v1/tenants/{tenant}/api-keys`: exactly one of `organization` or `user`."""

    organization: str | None = None
    """The owning organization (id or slug)."""
    user: str | None = None
    """The owning user's id."""
    name: str
    permissions: list[str]
    """1-100 `resource:action` patterns (`resource:*` and `*` allowed)."""
    expires_in_secs: int | None = None
    """Seconds until the key expires (60 to 63,072,000); absent: never."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateApiKey:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            organization=_data.get("organization"),
            user=_data.get("user"),
            name=_data["name"],
            permissions=list(_data["permissions"]),
            expires_in_secs=_data.get("expires_in_secs"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.organization is not None:
            _out["organization"] = self.organization
        if self.user is not None:
            _out["user"] = self.user
        _out["name"] = self.name
        _out["permissions"] = list(self.permissions)
        if self.expires_in_secs is not None:
            _out["expires_in_secs"] = self.expires_in_secs
        return _out


@dataclass(kw_only=True)
class CreateClient:
    """Body of `POST /v1/tenants/{tenant}/clients`."""

    name: str
    client_type: ClientType | None = None
    """`confidential` (the default) or `public`."""
    token_endpoint_auth_method: TokenEndpointAuthMethod | None = None
    """Defaults to `client_secret_basic` for confidential clients and `none` for public ones."""
    grant_types: list[GrantType] | None = None
    """Defaults to `["client_credentials"]` for confidential clients without redirect URIs,
    and `["authorization_code", "refresh_token"]` for clients with redirect URIs.
    """
    scopes: list[str] | None = None
    audiences: list[str] | None = None
    access_token_ttl: int | None = None
    """60 to the server's `max_token_lifetime` seconds (default 3600)."""
    redirect_uris: list[str] | None = None
    """Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
    of native apps (RFC 8252 §7.1), without fragments; matched exactly.
    """
    post_logout_redirect_uris: list[str] | None = None
    """Where RP-initiated logout may return users; same rules as `redirect_uris`."""
    skip_consent: bool | None = None
    """`true` for first-party applications whose users are never asked for consent."""
    jwks: dict[str, Any] | None = None
    """The client's public keys (a JWK set) for `private_key_jwt`."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateClient:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data["name"],
            client_type=_data.get("client_type"),
            token_endpoint_auth_method=_data.get("token_endpoint_auth_method"),
            grant_types=None if _data.get("grant_types") is None else list(_data["grant_types"]),
            scopes=None if _data.get("scopes") is None else list(_data["scopes"]),
            audiences=None if _data.get("audiences") is None else list(_data["audiences"]),
            access_token_ttl=_data.get("access_token_ttl"),
            redirect_uris=None if _data.get("redirect_uris") is None else list(_data["redirect_uris"]),
            post_logout_redirect_uris=None if _data.get("post_logout_redirect_uris") is None else list(_data["post_logout_redirect_uris"]),
            skip_consent=_data.get("skip_consent"),
            jwks=None if _data.get("jwks") is None else dict(_data["jwks"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["name"] = self.name
        if self.client_type is not None:
            _out["client_type"] = self.client_type
        if self.token_endpoint_auth_method is not None:
            _out["token_endpoint_auth_method"] = self.token_endpoint_auth_method
        if self.grant_types is not None:
            _out["grant_types"] = list(self.grant_types)
        if self.scopes is not None:
            _out["scopes"] = list(self.scopes)
        if self.audiences is not None:
            _out["audiences"] = list(self.audiences)
        if self.access_token_ttl is not None:
            _out["access_token_ttl"] = self.access_token_ttl
        if self.redirect_uris is not None:
            _out["redirect_uris"] = list(self.redirect_uris)
        if self.post_logout_redirect_uris is not None:
            _out["post_logout_redirect_uris"] = list(self.post_logout_redirect_uris)
        if self.skip_consent is not None:
            _out["skip_consent"] = self.skip_consent
        if self.jwks is not None:
            _out["jwks"] = dict(self.jwks)
        return _out


@dataclass(kw_only=True)
class CreateInvitation:
    """Body of `POST /v1/tenants/{tenant}/organizations/{organization}/invitations`."""

    email: str
    role: str | None = None
    """A role key; `member` when absent."""
    locale: str | None = None
    """Locale of the email (BCP 47); the invitee's own when they have an account, else `en`."""
    expires_in_secs: int | None = None
    """Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days)."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateInvitation:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            email=_data["email"],
            role=_data.get("role"),
            locale=_data.get("locale"),
            expires_in_secs=_data.get("expires_in_secs"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["email"] = self.email
        if self.role is not None:
            _out["role"] = self.role
        if self.locale is not None:
            _out["locale"] = self.locale
        if self.expires_in_secs is not None:
            _out["expires_in_secs"] = self.expires_in_secs
        return _out


@dataclass(kw_only=True)
class CreateOrganization:
    """Body of `POST /v1/tenants/{tenant}/organizations`."""

    slug: str
    name: str
    logo_url: str | None = None
    """An https URL of at most 2048 characters."""
    metadata: dict[str, Any] | None = None
    policies: OrganizationPolicies | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateOrganization:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            slug=_data["slug"],
            name=_data["name"],
            logo_url=_data.get("logo_url"),
            metadata=None if _data.get("metadata") is None else dict(_data["metadata"]),
            policies=None if _data.get("policies") is None else OrganizationPolicies.from_dict(_data["policies"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["slug"] = self.slug
        _out["name"] = self.name
        if self.logo_url is not None:
            _out["logo_url"] = self.logo_url
        if self.metadata is not None:
            _out["metadata"] = dict(self.metadata)
        if self.policies is not None:
            _out["policies"] = self.policies.to_dict()
        return _out


@dataclass(kw_only=True)
class CreateOrganizationDomain:
    """Body of `POST /v1/tenants/{tenant}/organizations/{organization}/domains`."""

    domain: str
    auto_join: bool | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateOrganizationDomain:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            domain=_data["domain"],
            auto_join=_data.get("auto_join"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["domain"] = self.domain
        if self.auto_join is not None:
            _out["auto_join"] = self.auto_join
        return _out


@dataclass(kw_only=True)
class CreateResource:
    """Body of `POST /v1/tenants/{tenant}/resources`."""

    identifier: str
    """An absolute URI without a fragment; unique in the tenant."""
    name: str
    scopes: list[str] | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateResource:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            identifier=_data["identifier"],
            name=_data["name"],
            scopes=None if _data.get("scopes") is None else list(_data["scopes"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["identifier"] = self.identifier
        _out["name"] = self.name
        if self.scopes is not None:
            _out["scopes"] = list(self.scopes)
        return _out


@dataclass(kw_only=True)
class CreateResourceGrant:
    """Body of `POST /v1/tenants/{tenant}/organizations/{organization}/resource-grants`."""

    subject: str
    resource: str
    role: str

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateResourceGrant:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            subject=_data["subject"],
            resource=_data["resource"],
            role=_data["role"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["subject"] = self.subject
        _out["resource"] = self.resource
        _out["role"] = self.role
        return _out


@dataclass(kw_only=True)
class CreateRole:
    """Body of `POST …/roles`."""

    key: str
    name: str
    description: str | None = None
    permissions: list[str]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateRole:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            key=_data["key"],
            name=_data["name"],
            description=_data.get("description"),
            permissions=list(_data["permissions"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["key"] = self.key
        _out["name"] = self.name
        if self.description is not None:
            _out["description"] = self.description
        _out["permissions"] = list(self.permissions)
        return _out


@dataclass(kw_only=True)
class CreateServiceAccount:
    """Body of `POST /v1/tenants/{tenant}/organizations/{organization}/service-accounts`."""

    name: str
    role: str | None = None
    """A role of the organization (built-in, tenant-wide or its own); `member` by default."""
    scopes: list[str] | None = None
    audiences: list[str] | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateServiceAccount:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data["name"],
            role=_data.get("role"),
            scopes=None if _data.get("scopes") is None else list(_data["scopes"]),
            audiences=None if _data.get("audiences") is None else list(_data["audiences"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["name"] = self.name
        if self.role is not None:
            _out["role"] = self.role
        if self.scopes is not None:
            _out["scopes"] = list(self.scopes)
        if self.audiences is not None:
            _out["audiences"] = list(self.audiences)
        return _out


@dataclass(kw_only=True)
class CreateTenant:
    """Body of `POST /v1/tenants`."""

    slug: str
    """Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later."""
    name: str
    """Display name, 1-200 characters."""
    signing_alg: SigningAlg | None = None
    """Primary signing algorithm; ES256 when omitted."""
    allowed_origins: list[str] | None = None
    """Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateTenant:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            slug=_data["slug"],
            name=_data["name"],
            signing_alg=_data.get("signing_alg"),
            allowed_origins=None if _data.get("allowed_origins") is None else list(_data["allowed_origins"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["slug"] = self.slug
        _out["name"] = self.name
        if self.signing_alg is not None:
            _out["signing_alg"] = self.signing_alg
        if self.allowed_origins is not None:
            _out["allowed_origins"] = list(self.allowed_origins)
        return _out


@dataclass(kw_only=True)
class CreateUser:
    """Body of `POST /v1/tenants/{tenant}/users`."""

    email: str
    password: str | None = None
    """Checked against the password policy; omit for a user who signs in another way."""
    password_hash: str | None = None
    """An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`,
    `$2y$`), scrypt as a PHC string (`$scrypt$ln=14,r=8,p=1$SALT$HASH`, salt and hash in
    unpadded standard base64) or argon2 (`$argon2id$`, `$argon2i$`, `$argon2d$` PHC
    strings). It is replaced by an argon2id hash with the server's parameters at the
    user's first successful sign-in.
    """
    email_verified: bool | None = None
    name: str | None = None
    picture: str | None = None
    locale: str | None = None
    metadata: dict[str, Any] | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> CreateUser:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            email=_data["email"],
            password=_data.get("password"),
            password_hash=_data.get("password_hash"),
            email_verified=_data.get("email_verified"),
            name=_data.get("name"),
            picture=_data.get("picture"),
            locale=_data.get("locale"),
            metadata=None if _data.get("metadata") is None else dict(_data["metadata"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["email"] = self.email
        if self.password is not None:
            _out["password"] = self.password
        if self.password_hash is not None:
            _out["password_hash"] = self.password_hash
        if self.email_verified is not None:
            _out["email_verified"] = self.email_verified
        if self.name is not None:
            _out["name"] = self.name
        if self.picture is not None:
            _out["picture"] = self.picture
        if self.locale is not None:
            _out["locale"] = self.locale
        if self.metadata is not None:
            _out["metadata"] = dict(self.metadata)
        return _out


@dataclass(kw_only=True)
class EmailCodeVerify:
    """Body of `POST /t/{tenant}/auth/email-code/verify`."""

    email: str
    code: str
    """The six-digit code from the email."""
    delivery: TokenDelivery | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> EmailCodeVerify:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            email=_data["email"],
            code=_data["code"],
            delivery=_data.get("delivery"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["email"] = self.email
        _out["code"] = self.code
        if self.delivery is not None:
            _out["delivery"] = self.delivery
        return _out


@dataclass(kw_only=True)
class EmailRequest:
    """Body of `POST /t/{tenant}/auth/password-reset`, `…/magic-link` and `…/email-code`."""

    email: str

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> EmailRequest:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            email=_data["email"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["email"] = self.email
        return _out


@dataclass(kw_only=True)
class EmailRequestAccepted:
    """The answer to a request that may send an email. It is the same whether or not the
    address belongs to an account, so it reveals nothing about which accounts exist.
    """

    message: str
    """A sentence to show the person who asked."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> EmailRequestAccepted:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            message=_data["message"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["message"] = self.message
        return _out


@dataclass(kw_only=True)
class EmailTemplate:
    """A tenant's override of a built-in email template in one locale."""

    template: str
    """`verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
    `signup_existing_account`, `organization_invitation`, `email_change` or
    `email_change_notice`.
    """
    locale: str
    """Lowercase BCP 47 tag, such as `de` or `pt-br`."""
    subject: str
    text: str
    html: str
    updated_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> EmailTemplate:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            template=_data["template"],
            locale=_data["locale"],
            subject=_data["subject"],
            text=_data["text"],
            html=_data["html"],
            updated_at=_parse_datetime(_data["updated_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["template"] = self.template
        _out["locale"] = self.locale
        _out["subject"] = self.subject
        _out["text"] = self.text
        _out["html"] = self.html
        _out["updated_at"] = _format_datetime(self.updated_at)
        return _out


@dataclass(kw_only=True)
class EmailTemplateList:
    """A tenant's template overrides."""

    data: list[EmailTemplate]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> EmailTemplateList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[EmailTemplate.from_dict(_v0) for _v0 in _data["data"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        return _out


@dataclass(kw_only=True)
class EmailVerified:
    """The answer to a successful email verification."""

    user_id: str
    email: str
    """The address that is now verified."""
    email_verified: bool
    """Always `true`."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> EmailVerified:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            user_id=_data["user_id"],
            email=_data["email"],
            email_verified=_data["email_verified"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["user_id"] = self.user_id
        _out["email"] = self.email
        _out["email_verified"] = self.email_verified
        return _out


@dataclass(kw_only=True)
class FieldError:
    """One invalid field of a request body."""

    pointer: str
    """The field's name, as a JSON pointer into the request body (`/slug`)."""
    message: str
    """What is wrong with it and what would be accepted."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> FieldError:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            pointer=_data["pointer"],
            message=_data["message"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["pointer"] = self.pointer
        _out["message"] = self.message
        return _out


@dataclass(kw_only=True)
class HealthStatus:
    """Body of the health endpoints."""

    status: str
    """`ok` for liveness, `ready` for readiness."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> HealthStatus:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            status=_data["status"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["status"] = self.status
        return _out


@dataclass(kw_only=True)
class IntrospectionResponse:
    """An introspection response (RFC 7662 §2.2); an inactive token has only `active: false`."""

    active: bool
    scope: str | None = None
    client_id: str | None = None
    token_type: str | None = None
    exp: int | None = None
    iat: int | None = None
    sub: str | None = None
    aud: Any | None = None
    """A string or an array of strings, as in the token."""
    iss: str | None = None
    jti: str | None = None
    org_id: str | None = None
    """The organization the token (or API key) acts in."""
    org_slug: str | None = None
    org_role: str | None = None
    """The member's role in the organization (session tokens switched into one)."""
    permissions: list[str] | None = None
    """The `resource:action` patterns the token or API key carries."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> IntrospectionResponse:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            active=_data["active"],
            scope=_data.get("scope"),
            client_id=_data.get("client_id"),
            token_type=_data.get("token_type"),
            exp=_data.get("exp"),
            iat=_data.get("iat"),
            sub=_data.get("sub"),
            aud=_data.get("aud"),
            iss=_data.get("iss"),
            jti=_data.get("jti"),
            org_id=_data.get("org_id"),
            org_slug=_data.get("org_slug"),
            org_role=_data.get("org_role"),
            permissions=None if _data.get("permissions") is None else list(_data["permissions"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["active"] = self.active
        if self.scope is not None:
            _out["scope"] = self.scope
        if self.client_id is not None:
            _out["client_id"] = self.client_id
        if self.token_type is not None:
            _out["token_type"] = self.token_type
        if self.exp is not None:
            _out["exp"] = self.exp
        if self.iat is not None:
            _out["iat"] = self.iat
        if self.sub is not None:
            _out["sub"] = self.sub
        if self.aud is not None:
            _out["aud"] = self.aud
        if self.iss is not None:
            _out["iss"] = self.iss
        if self.jti is not None:
            _out["jti"] = self.jti
        if self.org_id is not None:
            _out["org_id"] = self.org_id
        if self.org_slug is not None:
            _out["org_slug"] = self.org_slug
        if self.org_role is not None:
            _out["org_role"] = self.org_role
        if self.permissions is not None:
            _out["permissions"] = list(self.permissions)
        return _out


@dataclass(kw_only=True)
class Invitation:
    """An invitation to join an organization, sent by email."""

    id: str
    """Server-assigned identifier (`inv_…`)."""
    organization_id: str
    email: str
    role: str
    """The role the invitee gets on accepting."""
    state: InvitationState
    created_at: datetime
    """A timezone-aware date-time."""
    sent_at: datetime
    """When the latest email went out (a resend moves it)."""
    expires_at: datetime
    """A timezone-aware date-time."""
    accepted_at: datetime | None = None
    """A timezone-aware date-time."""
    accepted_by: str | None = None
    """The user who accepted."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Invitation:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            organization_id=_data["organization_id"],
            email=_data["email"],
            role=_data["role"],
            state=_data["state"],
            created_at=_parse_datetime(_data["created_at"]),
            sent_at=_parse_datetime(_data["sent_at"]),
            expires_at=_parse_datetime(_data["expires_at"]),
            accepted_at=None if _data.get("accepted_at") is None else _parse_datetime(_data["accepted_at"]),
            accepted_by=_data.get("accepted_by"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["organization_id"] = self.organization_id
        _out["email"] = self.email
        _out["role"] = self.role
        _out["state"] = self.state
        _out["created_at"] = _format_datetime(self.created_at)
        _out["sent_at"] = _format_datetime(self.sent_at)
        _out["expires_at"] = _format_datetime(self.expires_at)
        if self.accepted_at is not None:
            _out["accepted_at"] = _format_datetime(self.accepted_at)
        if self.accepted_by is not None:
            _out["accepted_by"] = self.accepted_by
        return _out


@dataclass(kw_only=True)
class InvitationAccepted:
    """What accepting an invitation did."""

    organization_id: str
    organization_slug: str
    user_id: str
    role: str
    user_created: bool
    """Whether a new account was created for the invitee."""
    session: SessionTokens | None = None
    """Session tokens for a newly created account, switched into the organization."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> InvitationAccepted:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            organization_id=_data["organization_id"],
            organization_slug=_data["organization_slug"],
            user_id=_data["user_id"],
            role=_data["role"],
            user_created=_data["user_created"],
            session=None if _data.get("session") is None else SessionTokens.from_dict(_data["session"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["organization_id"] = self.organization_id
        _out["organization_slug"] = self.organization_slug
        _out["user_id"] = self.user_id
        _out["role"] = self.role
        _out["user_created"] = self.user_created
        if self.session is not None:
            _out["session"] = self.session.to_dict()
        return _out


@dataclass(kw_only=True)
class InvitationList:
    """One page of invitations, newest first."""

    data: list[Invitation]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> InvitationList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Invitation.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class Jwk:
    """A public JSON Web Key (RFC 7517 §4) of type EC, RSA or OKP."""

    kty: str
    """`EC`, `RSA` or `OKP`."""
    kid: str
    use: str
    """Always `sig`."""
    alg: str
    crv: str | None = None
    """Curve: `P-256` (EC) or `Ed25519` (OKP)."""
    x: str | None = None
    y: str | None = None
    n: str | None = None
    """RSA modulus, base64url."""
    e: str | None = None
    """RSA public exponent, base64url."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Jwk:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            kty=_data["kty"],
            kid=_data["kid"],
            use=_data["use"],
            alg=_data["alg"],
            crv=_data.get("crv"),
            x=_data.get("x"),
            y=_data.get("y"),
            n=_data.get("n"),
            e=_data.get("e"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["kty"] = self.kty
        _out["kid"] = self.kid
        _out["use"] = self.use
        _out["alg"] = self.alg
        if self.crv is not None:
            _out["crv"] = self.crv
        if self.x is not None:
            _out["x"] = self.x
        if self.y is not None:
            _out["y"] = self.y
        if self.n is not None:
            _out["n"] = self.n
        if self.e is not None:
            _out["e"] = self.e
        return _out


@dataclass(kw_only=True)
class JwkSet:
    """A JSON Web Key Set (RFC 7517 §5)."""

    keys: list[Jwk]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> JwkSet:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            keys=[Jwk.from_dict(_v0) for _v0 in _data["keys"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["keys"] = [_v0.to_dict() for _v0 in self.keys]
        return _out


@dataclass(kw_only=True)
class LoginRequest:
    """Body of `POST /t/{tenant}/auth/login`."""

    email: str
    password: str
    delivery: TokenDelivery | None = None
    organization: str | None = None
    """Sign in into this organization (its id, `org_…`, or its slug), as with
    `organization` on the authorization request: the session opens switched into it, and
    its access tokens carry `org_id`, `org_slug`, `org_role` and `permissions`. The user
    must be a member and the sign-in must meet the organization's policies.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> LoginRequest:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            email=_data["email"],
            password=_data["password"],
            delivery=_data.get("delivery"),
            organization=_data.get("organization"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["email"] = self.email
        _out["password"] = self.password
        if self.delivery is not None:
            _out["delivery"] = self.delivery
        if self.organization is not None:
            _out["organization"] = self.organization
        return _out


@dataclass(kw_only=True)
class MagicLinkVerify:
    """Body of `POST /t/{tenant}/auth/magic-link/verify`."""

    token: str
    """The token from the magic link (`tml_…`)."""
    delivery: TokenDelivery | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> MagicLinkVerify:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            token=_data["token"],
            delivery=_data.get("delivery"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["token"] = self.token
        if self.delivery is not None:
            _out["delivery"] = self.delivery
        return _out


@dataclass(kw_only=True)
class Membership:
    """A user's membership of an organization."""

    organization_id: str
    user_id: str
    role: str
    """The member's role key: `owner`, `admin`, `member`, `viewer`, or a custom role."""
    created_at: datetime
    """A timezone-aware date-time."""
    updated_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Membership:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            organization_id=_data["organization_id"],
            user_id=_data["user_id"],
            role=_data["role"],
            created_at=_parse_datetime(_data["created_at"]),
            updated_at=_parse_datetime(_data["updated_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["organization_id"] = self.organization_id
        _out["user_id"] = self.user_id
        _out["role"] = self.role
        _out["created_at"] = _format_datetime(self.created_at)
        _out["updated_at"] = _format_datetime(self.updated_at)
        return _out


@dataclass(kw_only=True)
class MembershipList:
    """One page of members, ordered by user id."""

    data: list[Membership]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> MembershipList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Membership.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class MfaChallenge:
    """The answer to a correct password when the account has a second factor: no session yet,
    but a token to complete the sign-in with at `POST /t/{tenant}/auth/mfa/verify`.
    """

    mfa_required: bool
    """Always `true`; tells this answer apart from session tokens."""
    mfa_token: str
    """`tsm_…`: opaque, valid for `expires_in` seconds, spent by the first successful
    verification. Wrong codes do not spend it, but count towards the account's lockout.
    """
    factors: list[MfaFactor]
    """The factors the user can complete the sign-in with."""
    expires_in: int
    """Seconds until `mfa_token` expires."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> MfaChallenge:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            mfa_required=_data["mfa_required"],
            mfa_token=_data["mfa_token"],
            factors=list(_data["factors"]),
            expires_in=_data["expires_in"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["mfa_required"] = self.mfa_required
        _out["mfa_token"] = self.mfa_token
        _out["factors"] = list(self.factors)
        _out["expires_in"] = self.expires_in
        return _out


@dataclass(kw_only=True)
class MfaVerifyRequest:
    """Body of `POST /t/{tenant}/auth/mfa/verify`: the challenge's token and exactly one of
    `code` and `recovery_code`.
    """

    mfa_token: str
    """The `mfa_token` of the login answer."""
    code: str | None = None
    """The current six-digit code of the user's authenticator app."""
    recovery_code: str | None = None
    """One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens,
    spaces and case are optional).
    """
    delivery: TokenDelivery | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> MfaVerifyRequest:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            mfa_token=_data["mfa_token"],
            code=_data.get("code"),
            recovery_code=_data.get("recovery_code"),
            delivery=_data.get("delivery"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["mfa_token"] = self.mfa_token
        if self.code is not None:
            _out["code"] = self.code
        if self.recovery_code is not None:
            _out["recovery_code"] = self.recovery_code
        if self.delivery is not None:
            _out["delivery"] = self.delivery
        return _out


@dataclass(kw_only=True)
class MyOrganization:
    """An organization the signed-in user belongs to, with their role in it."""

    id: str
    slug: str
    name: str
    logo_url: str | None = None
    role: str
    current: bool
    """Whether the session making the request is switched into this organization."""
    joined_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> MyOrganization:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            slug=_data["slug"],
            name=_data["name"],
            logo_url=_data.get("logo_url"),
            role=_data["role"],
            current=_data["current"],
            joined_at=_parse_datetime(_data["joined_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["slug"] = self.slug
        _out["name"] = self.name
        if self.logo_url is not None:
            _out["logo_url"] = self.logo_url
        _out["role"] = self.role
        _out["current"] = self.current
        _out["joined_at"] = _format_datetime(self.joined_at)
        return _out


@dataclass(kw_only=True)
class MyOrganizationList:
    """One page of the signed-in user's organizations."""

    data: list[MyOrganization]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> MyOrganizationList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[MyOrganization.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class OAuthError:
    """An error of an OAuth endpoint (RFC 6749 §5.2)."""

    error: str
    """`invalid_request`, `invalid_client`, `invalid_grant`, `unauthorized_client`,
    `unsupported_grant_type`, `invalid_scope`, `invalid_target` (RFC 8707) or
    `unsupported_token_type` (RFC 7009).
    """
    error_description: str | None = None
    """What went wrong, for the developer."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> OAuthError:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            error=_data["error"],
            error_description=_data.get("error_description"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["error"] = self.error
        if self.error_description is not None:
            _out["error_description"] = self.error_description
        return _out


@dataclass(kw_only=True)
class OAuthSettings:
    """A tenant's authorization-server policy."""

    dynamic_client_registration: bool
    """Whether anyone may register clients at `{issuer}/oauth/register` (RFC 7591), as MCP
    clients do. Off by default.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> OAuthSettings:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            dynamic_client_registration=_data["dynamic_client_registration"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["dynamic_client_registration"] = self.dynamic_client_registration
        return _out


@dataclass(kw_only=True)
class OpenIdConfiguration:
    """OpenID Provider metadata (OpenID Connect Discovery 1.0 §3), also served as OAuth 2.0
    Authorization Server Metadata (RFC 8414).

    Only what the server implements is advertised; endpoints appear as they land.
    """

    issuer: str
    """The tenant's issuer identifier, `{public_url}/t/{slug}`."""
    jwks_uri: str
    """Where the tenant's public signing keys are published."""
    authorization_endpoint: str
    """Where users sign in and grant access (code flow with PKCE only)."""
    token_endpoint: str
    """RFC 8414 §2."""
    userinfo_endpoint: str
    """OpenID Connect Core §5.3."""
    end_session_endpoint: str
    """OpenID Connect RP-Initiated Logout 1.0."""
    registration_endpoint: str | None = None
    """RFC 7591; present only when the tenant allows dynamic registration."""
    introspection_endpoint: str
    """RFC 7662."""
    revocation_endpoint: str
    """RFC 7009."""
    scopes_supported: list[str]
    response_types_supported: list[str]
    response_modes_supported: list[str]
    grant_types_supported: list[str]
    subject_types_supported: list[str]
    id_token_signing_alg_values_supported: list[str]
    code_challenge_methods_supported: list[str]
    prompt_values_supported: list[str]
    claims_supported: list[str]
    authorization_response_iss_parameter_supported: bool
    """RFC 9207: authorization responses carry `iss`."""
    request_parameter_supported: bool
    request_uri_parameter_supported: bool
    token_endpoint_auth_methods_supported: list[str]
    token_endpoint_auth_signing_alg_values_supported: list[str]
    """Algorithms `private_key_jwt` assertions may be signed with."""
    introspection_endpoint_auth_methods_supported: list[str]
    revocation_endpoint_auth_methods_supported: list[str]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> OpenIdConfiguration:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            issuer=_data["issuer"],
            jwks_uri=_data["jwks_uri"],
            authorization_endpoint=_data["authorization_endpoint"],
            token_endpoint=_data["token_endpoint"],
            userinfo_endpoint=_data["userinfo_endpoint"],
            end_session_endpoint=_data["end_session_endpoint"],
            registration_endpoint=_data.get("registration_endpoint"),
            introspection_endpoint=_data["introspection_endpoint"],
            revocation_endpoint=_data["revocation_endpoint"],
            scopes_supported=list(_data["scopes_supported"]),
            response_types_supported=list(_data["response_types_supported"]),
            response_modes_supported=list(_data["response_modes_supported"]),
            grant_types_supported=list(_data["grant_types_supported"]),
            subject_types_supported=list(_data["subject_types_supported"]),
            id_token_signing_alg_values_supported=list(_data["id_token_signing_alg_values_supported"]),
            code_challenge_methods_supported=list(_data["code_challenge_methods_supported"]),
            prompt_values_supported=list(_data["prompt_values_supported"]),
            claims_supported=list(_data["claims_supported"]),
            authorization_response_iss_parameter_supported=_data["authorization_response_iss_parameter_supported"],
            request_parameter_supported=_data["request_parameter_supported"],
            request_uri_parameter_supported=_data["request_uri_parameter_supported"],
            token_endpoint_auth_methods_supported=list(_data["token_endpoint_auth_methods_supported"]),
            token_endpoint_auth_signing_alg_values_supported=list(_data["token_endpoint_auth_signing_alg_values_supported"]),
            introspection_endpoint_auth_methods_supported=list(_data["introspection_endpoint_auth_methods_supported"]),
            revocation_endpoint_auth_methods_supported=list(_data["revocation_endpoint_auth_methods_supported"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["issuer"] = self.issuer
        _out["jwks_uri"] = self.jwks_uri
        _out["authorization_endpoint"] = self.authorization_endpoint
        _out["token_endpoint"] = self.token_endpoint
        _out["userinfo_endpoint"] = self.userinfo_endpoint
        _out["end_session_endpoint"] = self.end_session_endpoint
        if self.registration_endpoint is not None:
            _out["registration_endpoint"] = self.registration_endpoint
        _out["introspection_endpoint"] = self.introspection_endpoint
        _out["revocation_endpoint"] = self.revocation_endpoint
        _out["scopes_supported"] = list(self.scopes_supported)
        _out["response_types_supported"] = list(self.response_types_supported)
        _out["response_modes_supported"] = list(self.response_modes_supported)
        _out["grant_types_supported"] = list(self.grant_types_supported)
        _out["subject_types_supported"] = list(self.subject_types_supported)
        _out["id_token_signing_alg_values_supported"] = list(self.id_token_signing_alg_values_supported)
        _out["code_challenge_methods_supported"] = list(self.code_challenge_methods_supported)
        _out["prompt_values_supported"] = list(self.prompt_values_supported)
        _out["claims_supported"] = list(self.claims_supported)
        _out["authorization_response_iss_parameter_supported"] = self.authorization_response_iss_parameter_supported
        _out["request_parameter_supported"] = self.request_parameter_supported
        _out["request_uri_parameter_supported"] = self.request_uri_parameter_supported
        _out["token_endpoint_auth_methods_supported"] = list(self.token_endpoint_auth_methods_supported)
        _out["token_endpoint_auth_signing_alg_values_supported"] = list(self.token_endpoint_auth_signing_alg_values_supported)
        _out["introspection_endpoint_auth_methods_supported"] = list(self.introspection_endpoint_auth_methods_supported)
        _out["revocation_endpoint_auth_methods_supported"] = list(self.revocation_endpoint_auth_methods_supported)
        return _out


@dataclass(kw_only=True)
class Organization:
    """An organization of a tenant: a customer company, a team, a workspace."""

    id: str
    """Server-assigned identifier (`org_…`)."""
    slug: str
    """Unique within the tenant; lowercase letters, digits and hyphens. Paths accept the id
    or the slug.
    """
    name: str
    logo_url: str | None = None
    metadata: dict[str, Any]
    """Free-form JSON object for the application's own data (at most 16 KiB)."""
    policies: OrganizationPolicies
    created_at: datetime
    """A timezone-aware date-time."""
    updated_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Organization:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            slug=_data["slug"],
            name=_data["name"],
            logo_url=_data.get("logo_url"),
            metadata=dict(_data["metadata"]),
            policies=OrganizationPolicies.from_dict(_data["policies"]),
            created_at=_parse_datetime(_data["created_at"]),
            updated_at=_parse_datetime(_data["updated_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["slug"] = self.slug
        _out["name"] = self.name
        if self.logo_url is not None:
            _out["logo_url"] = self.logo_url
        _out["metadata"] = dict(self.metadata)
        _out["policies"] = self.policies.to_dict()
        _out["created_at"] = _format_datetime(self.created_at)
        _out["updated_at"] = _format_datetime(self.updated_at)
        return _out


@dataclass(kw_only=True)
class OrganizationDomain:
    """A domain an organization claims, proven by a DNS TXT record."""

    id: str
    """Server-assigned identifier (`dom_…`)."""
    organization_id: str
    domain: str
    txt_name: str
    """Publish a TXT record with this name…"""
    txt_value: str
    """…and this value, then call `verify`."""
    verified: bool
    auto_join: bool
    """Users with a verified email at this domain join the organization (as `member`) when
    they sign in, once the domain is verified.
    """
    created_at: datetime
    """A timezone-aware date-time."""
    verified_at: datetime | None = None
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> OrganizationDomain:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            organization_id=_data["organization_id"],
            domain=_data["domain"],
            txt_name=_data["txt_name"],
            txt_value=_data["txt_value"],
            verified=_data["verified"],
            auto_join=_data["auto_join"],
            created_at=_parse_datetime(_data["created_at"]),
            verified_at=None if _data.get("verified_at") is None else _parse_datetime(_data["verified_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["organization_id"] = self.organization_id
        _out["domain"] = self.domain
        _out["txt_name"] = self.txt_name
        _out["txt_value"] = self.txt_value
        _out["verified"] = self.verified
        _out["auto_join"] = self.auto_join
        _out["created_at"] = _format_datetime(self.created_at)
        if self.verified_at is not None:
            _out["verified_at"] = _format_datetime(self.verified_at)
        return _out


@dataclass(kw_only=True)
class OrganizationDomainList:
    """An organization's domains."""

    data: list[OrganizationDomain]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> OrganizationDomainList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[OrganizationDomain.from_dict(_v0) for _v0 in _data["data"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        return _out


@dataclass(kw_only=True)
class OrganizationList:
    """One page of organizations, in creation order."""

    data: list[Organization]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> OrganizationList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Organization.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class OrganizationPolicies:
    """Rules an organization sets for sessions switched into it; checked at the switch."""

    allowed_sign_in_methods: list[str] | None = None
    """The sign-in methods a session must have been opened with: `password`, `magic_link`,
    `email_code`, `signup`, `totp`, `recovery_code` (after a second factor, the session's
    method is the second factor's). Absent: any method.
    """
    mfa_required: bool | None = None
    """The session must have been completed with a second factor (TOTP or a recovery code)."""
    max_session_age_secs: int | None = None
    """The session must have been opened at most this many seconds ago (60 to 31,536,000)."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> OrganizationPolicies:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            allowed_sign_in_methods=None if _data.get("allowed_sign_in_methods") is None else list(_data["allowed_sign_in_methods"]),
            mfa_required=_data.get("mfa_required"),
            max_session_age_secs=_data.get("max_session_age_secs"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.allowed_sign_in_methods is not None:
            _out["allowed_sign_in_methods"] = list(self.allowed_sign_in_methods)
        if self.mfa_required is not None:
            _out["mfa_required"] = self.mfa_required
        if self.max_session_age_secs is not None:
            _out["max_session_age_secs"] = self.max_session_age_secs
        return _out


@dataclass(kw_only=True)
class OutboxMessage:
    """A message in the development outbox, in full (links and codes included)."""

    id: str
    """`eml_…`"""
    to: str
    from_: str
    subject: str
    text: str
    """The plain-text part."""
    html: str
    """The HTML part."""
    template: str
    """`verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`,
    `signup_existing_account`, `organization_invitation`, `email_change` or
    `email_change_notice`.
    """
    locale: str
    """The locale the message was rendered in."""
    created_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> OutboxMessage:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            to=_data["to"],
            from_=_data["from"],
            subject=_data["subject"],
            text=_data["text"],
            html=_data["html"],
            template=_data["template"],
            locale=_data["locale"],
            created_at=_parse_datetime(_data["created_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["to"] = self.to
        _out["from"] = self.from_
        _out["subject"] = self.subject
        _out["text"] = self.text
        _out["html"] = self.html
        _out["template"] = self.template
        _out["locale"] = self.locale
        _out["created_at"] = _format_datetime(self.created_at)
        return _out


@dataclass(kw_only=True)
class OutboxMessageList:
    """One page of outbox messages, newest first."""

    data: list[OutboxMessage]
    next_cursor: str | None = None
    """Pass as `cursor` for the next (older) page; absent on the last page."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> OutboxMessageList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[OutboxMessage.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class Passkey:
    """A registered passkey."""

    id: str
    user_id: str
    name: str
    credential_id: str
    """The credential ID, base64url (the browser's `rawId`)."""
    backup_eligible: bool
    """The authenticator may sync it to other devices (WebAuthn backup eligibility)."""
    backed_up: bool
    """It is currently backed up (synced)."""
    attestation_format: str
    """The attestation statement format it registered with."""
    created_at: datetime
    """A timezone-aware date-time."""
    last_used_at: datetime | None = None
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Passkey:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            user_id=_data["user_id"],
            name=_data["name"],
            credential_id=_data["credential_id"],
            backup_eligible=_data["backup_eligible"],
            backed_up=_data["backed_up"],
            attestation_format=_data["attestation_format"],
            created_at=_parse_datetime(_data["created_at"]),
            last_used_at=None if _data.get("last_used_at") is None else _parse_datetime(_data["last_used_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["user_id"] = self.user_id
        _out["name"] = self.name
        _out["credential_id"] = self.credential_id
        _out["backup_eligible"] = self.backup_eligible
        _out["backed_up"] = self.backed_up
        _out["attestation_format"] = self.attestation_format
        _out["created_at"] = _format_datetime(self.created_at)
        if self.last_used_at is not None:
            _out["last_used_at"] = _format_datetime(self.last_used_at)
        return _out


@dataclass(kw_only=True)
class PasskeyCeremony:
    """Options for `navigator.credentials.create()` or `.get()`, and the ceremony they belong to."""

    ceremony_id: str
    """`wac_…`: send it back with the browser's answer; single use, expires with `expires_in`."""
    options: dict[str, Any]
    """`{"publicKey": {…}}`, plus `"mediation": "conditional"` for a username-less sign-in."""
    expires_in: int
    """Seconds until the ceremony expires."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PasskeyCeremony:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            ceremony_id=_data["ceremony_id"],
            options=dict(_data["options"]),
            expires_in=_data["expires_in"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["ceremony_id"] = self.ceremony_id
        _out["options"] = dict(self.options)
        _out["expires_in"] = self.expires_in
        return _out


@dataclass(kw_only=True)
class PasskeyList:
    """A record of the API."""

    data: list[Passkey]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PasskeyList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Passkey.from_dict(_v0) for _v0 in _data["data"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        return _out


@dataclass(kw_only=True)
class PasskeyRegistrationFinish:
    """Body of `POST /t/{tenant}/me/passkeys`: the browser's answer to registration options."""

    ceremony_id: str
    credential: dict[str, Any]
    """The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it."""
    name: str | None = None
    """1-64 characters; defaults to "Passkey"."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PasskeyRegistrationFinish:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            ceremony_id=_data["ceremony_id"],
            credential=dict(_data["credential"]),
            name=_data.get("name"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["ceremony_id"] = self.ceremony_id
        _out["credential"] = dict(self.credential)
        if self.name is not None:
            _out["name"] = self.name
        return _out


@dataclass(kw_only=True)
class PasskeySecondFactorFinish:
    """Body of `POST /t/{tenant}/auth/mfa/passkey/verify`."""

    mfa_token: str
    ceremony_id: str
    credential: dict[str, Any]
    delivery: TokenDelivery | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PasskeySecondFactorFinish:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            mfa_token=_data["mfa_token"],
            ceremony_id=_data["ceremony_id"],
            credential=dict(_data["credential"]),
            delivery=_data.get("delivery"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["mfa_token"] = self.mfa_token
        _out["ceremony_id"] = self.ceremony_id
        _out["credential"] = dict(self.credential)
        if self.delivery is not None:
            _out["delivery"] = self.delivery
        return _out


@dataclass(kw_only=True)
class PasskeySecondFactorStart:
    """Body of `POST /t/{tenant}/auth/mfa/passkey/options`."""

    mfa_token: str
    """The `mfa_token` of the login answer."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PasskeySecondFactorStart:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            mfa_token=_data["mfa_token"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["mfa_token"] = self.mfa_token
        return _out


@dataclass(kw_only=True)
class PasskeySignInFinish:
    """Body of `POST /t/{tenant}/auth/passkeys/verify`."""

    ceremony_id: str
    credential: dict[str, Any]
    """The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it."""
    delivery: TokenDelivery | None = None
    organization: str | None = None
    """Sign in into this organization (its id, `org_…`, or its slug), as at
    `POST /t/{tenant}/auth/login`: the session opens switched into it when the user is a
    member and the sign-in meets its policies.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PasskeySignInFinish:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            ceremony_id=_data["ceremony_id"],
            credential=dict(_data["credential"]),
            delivery=_data.get("delivery"),
            organization=_data.get("organization"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["ceremony_id"] = self.ceremony_id
        _out["credential"] = dict(self.credential)
        if self.delivery is not None:
            _out["delivery"] = self.delivery
        if self.organization is not None:
            _out["organization"] = self.organization
        return _out


@dataclass(kw_only=True)
class PasskeySignInStart:
    """Body of `POST /t/{tenant}/auth/passkeys/options`."""

    email: str | None = None
    """Ask for this account's passkeys only. Without it (username-less), any passkey the
    browser holds for the tenant may answer. The answer does not reveal whether the
    account exists.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PasskeySignInStart:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            email=_data.get("email"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.email is not None:
            _out["email"] = self.email
        return _out


@dataclass(kw_only=True)
class PasswordPolicy:
    """The policy in force: the tenant's choices over the server's defaults."""

    min_length: int
    """Fewest characters (Unicode scalar values) a password may have; at least 8."""
    max_length: int
    """Most characters a password may have; at most 1024."""
    reject_common: bool
    """Refuse passwords on the shipped list of 20,000 common passwords."""
    reject_personal_info: bool
    """Refuse passwords containing the account's email, its local part, or a word of the
    user's name.
    """
    check_breached: bool
    """Refuse passwords found in known breaches, asked of the server's Pwned Passwords range
    API by k-anonymity (only a 5-character SHA-1 prefix leaves the server).
    """
    breach_check_available: bool
    """Whether the server has a range API configured (`pwned_passwords_url`), without which
    `check_breached` cannot be turned on.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PasswordPolicy:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            min_length=_data["min_length"],
            max_length=_data["max_length"],
            reject_common=_data["reject_common"],
            reject_personal_info=_data["reject_personal_info"],
            check_breached=_data["check_breached"],
            breach_check_available=_data["breach_check_available"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["min_length"] = self.min_length
        _out["max_length"] = self.max_length
        _out["reject_common"] = self.reject_common
        _out["reject_personal_info"] = self.reject_personal_info
        _out["check_breached"] = self.check_breached
        _out["breach_check_available"] = self.breach_check_available
        return _out


@dataclass(kw_only=True)
class PasswordResetConfirm:
    """Body of `POST /t/{tenant}/auth/password-reset/confirm`."""

    token: str
    """The token from the reset link (`tpr_…`)."""
    new_password: str
    """Checked against the password policy."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PasswordResetConfirm:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            token=_data["token"],
            new_password=_data["new_password"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["token"] = self.token
        _out["new_password"] = self.new_password
        return _out


@dataclass(kw_only=True)
class Problem:
    """An RFC 9457 problem document, sent as `application/problem+json`."""

    type_: str
    """A URI naming the problem type: `urn:tessera:problem:{code}`."""
    title: str
    """A short summary of the problem type."""
    status: int
    """The HTTP status code."""
    detail: str
    """What went wrong in this occurrence, written for a person."""
    code: ErrorCode
    """The stable machine-readable code."""
    request_id: str | None = None
    """The request id, also sent as the `x-request-id` response header."""
    errors: list[FieldError] | None = None
    """Field-level errors, for `validation_failed`."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Problem:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            type_=_data["type"],
            title=_data["title"],
            status=_data["status"],
            detail=_data["detail"],
            code=_data["code"],
            request_id=_data.get("request_id"),
            errors=None if _data.get("errors") is None else [FieldError.from_dict(_v0) for _v0 in _data["errors"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["type"] = self.type_
        _out["title"] = self.title
        _out["status"] = self.status
        _out["detail"] = self.detail
        _out["code"] = self.code
        if self.request_id is not None:
            _out["request_id"] = self.request_id
        if self.errors is not None:
            _out["errors"] = [_v0.to_dict() for _v0 in self.errors]
        return _out


@dataclass(kw_only=True)
class ProtectedResourceMetadata:
    """OAuth 2.0 Protected Resource Metadata (RFC 9728 §2)."""

    resource: str
    authorization_servers: list[str]
    scopes_supported: list[str]
    bearer_methods_supported: list[str]
    resource_name: str

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ProtectedResourceMetadata:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            resource=_data["resource"],
            authorization_servers=list(_data["authorization_servers"]),
            scopes_supported=list(_data["scopes_supported"]),
            bearer_methods_supported=list(_data["bearer_methods_supported"]),
            resource_name=_data["resource_name"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["resource"] = self.resource
        _out["authorization_servers"] = list(self.authorization_servers)
        _out["scopes_supported"] = list(self.scopes_supported)
        _out["bearer_methods_supported"] = list(self.bearer_methods_supported)
        _out["resource_name"] = self.resource_name
        return _out


@dataclass(kw_only=True)
class PutEmailTemplate:
    """Body of `PUT /v1/tenants/{tenant}/email-templates/{template}/{locale}`.

    Variables are written `{{ name }}`: `tenant_name`, `email`, `name`, `expires_minutes`,
    `organization` (invitations), and `link` (verification, reset, magic link, invitation) or
    `code` (email code), which the text part must contain. Values are HTML-escaped in the HTML part.
    """

    subject: str
    """One line, at most 200 characters."""
    text: str
    """The plain-text part, at most 32 KiB."""
    html: str
    """The HTML part, at most 64 KiB."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> PutEmailTemplate:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            subject=_data["subject"],
            text=_data["text"],
            html=_data["html"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["subject"] = self.subject
        _out["text"] = self.text
        _out["html"] = self.html
        return _out


@dataclass(kw_only=True)
class Reauthenticate:
    """Re-authentication for sensitive self-service changes (deleting the account, managing the
    second factor).
    """

    current_password: str | None = None
    """Required when the account has a password."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Reauthenticate:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            current_password=_data.get("current_password"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.current_password is not None:
            _out["current_password"] = self.current_password
        return _out


@dataclass(kw_only=True)
class RecoveryCodes:
    """Single-use recovery codes, shown once: each completes one sign-in instead of a TOTP
    code. Only their hashes are stored.
    """

    recovery_codes: list[str]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> RecoveryCodes:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            recovery_codes=list(_data["recovery_codes"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["recovery_codes"] = list(self.recovery_codes)
        return _out


@dataclass(kw_only=True)
class RefreshRequest:
    """Body of `POST /t/{tenant}/auth/refresh` and `POST /t/{tenant}/auth/logout`; the token
    may instead come from the session cookie.
    """

    refresh_token: str | None = None
    delivery: TokenDelivery | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> RefreshRequest:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            refresh_token=_data.get("refresh_token"),
            delivery=_data.get("delivery"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.refresh_token is not None:
            _out["refresh_token"] = self.refresh_token
        if self.delivery is not None:
            _out["delivery"] = self.delivery
        return _out


@dataclass(kw_only=True)
class RenamePasskey:
    """Body of `PATCH /t/{tenant}/me/passkeys/{passkey}`."""

    name: str
    """1-64 characters."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> RenamePasskey:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data["name"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["name"] = self.name
        return _out


@dataclass(kw_only=True)
class Resource:
    """An API protected by the tenant, such as an MCP server."""

    id: str
    """`res_…`."""
    identifier: str
    """The resource indicator (RFC 8707) clients request and the `aud` of its tokens, e.g.
    the MCP server's URL.
    """
    name: str
    scopes: list[str]
    """Scopes clients may request for this API (e.g. one per MCP tool)."""
    metadata_url: str
    """Where its RFC 9728 protected-resource metadata is served."""
    created_at: datetime
    """A timezone-aware date-time."""
    updated_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Resource:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            identifier=_data["identifier"],
            name=_data["name"],
            scopes=list(_data["scopes"]),
            metadata_url=_data["metadata_url"],
            created_at=_parse_datetime(_data["created_at"]),
            updated_at=_parse_datetime(_data["updated_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["identifier"] = self.identifier
        _out["name"] = self.name
        _out["scopes"] = list(self.scopes)
        _out["metadata_url"] = self.metadata_url
        _out["created_at"] = _format_datetime(self.created_at)
        _out["updated_at"] = _format_datetime(self.updated_at)
        return _out


@dataclass(kw_only=True)
class ResourceGrant:
    """A role held on one resource of an organization by one of its members or service
    accounts, on top of their organization-wide role.
    """

    id: str
    """`rgr_…`"""
    organization_id: str
    subject: str
    """A member's user id (`usr_…`) or a service account's client id (`cli_…`)."""
    resource: str
    """The resource, as checks name it (`document:123`)."""
    role: str
    created_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ResourceGrant:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            organization_id=_data["organization_id"],
            subject=_data["subject"],
            resource=_data["resource"],
            role=_data["role"],
            created_at=_parse_datetime(_data["created_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["organization_id"] = self.organization_id
        _out["subject"] = self.subject
        _out["resource"] = self.resource
        _out["role"] = self.role
        _out["created_at"] = _format_datetime(self.created_at)
        return _out


@dataclass(kw_only=True)
class ResourceGrantList:
    """One page of resource grants, oldest first."""

    data: list[ResourceGrant]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ResourceGrantList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[ResourceGrant.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class ResourceList:
    """A record of the API."""

    data: list[Resource]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ResourceList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Resource.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class Role:
    """A role: a named set of permissions. Built-in roles (`owner`, `admin`, `member`,
    `viewer`) exist in every tenant; custom roles belong to the tenant or to one organization.
    """

    key: str
    """Unique within its scope; lowercase letters, digits, `-` and `_`."""
    name: str
    description: str | None = None
    permissions: list[str]
    """`resource:action` patterns; `resource:*` grants every action on a resource, `*`
    everything.
    """
    built_in: bool
    organization_id: str | None = None
    """The organization a custom role belongs to; absent for tenant-wide roles."""
    updated_at: datetime | None = None
    """Absent for a built-in role whose permissions were never changed."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Role:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            key=_data["key"],
            name=_data["name"],
            description=_data.get("description"),
            permissions=list(_data["permissions"]),
            built_in=_data["built_in"],
            organization_id=_data.get("organization_id"),
            updated_at=None if _data.get("updated_at") is None else _parse_datetime(_data["updated_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["key"] = self.key
        _out["name"] = self.name
        if self.description is not None:
            _out["description"] = self.description
        _out["permissions"] = list(self.permissions)
        _out["built_in"] = self.built_in
        if self.organization_id is not None:
            _out["organization_id"] = self.organization_id
        if self.updated_at is not None:
            _out["updated_at"] = _format_datetime(self.updated_at)
        return _out


@dataclass(kw_only=True)
class RoleList:
    """The roles of a scope: built-in roles first, then custom roles by key."""

    data: list[Role]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> RoleList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Role.from_dict(_v0) for _v0 in _data["data"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        return _out


@dataclass(kw_only=True)
class RotateApiKey:
    """Body of `POST /v1/tenants/{tenant}/api-keys/{key}/rotate`."""

    overlap_secs: int | None = None
    """How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400)."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> RotateApiKey:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            overlap_secs=_data.get("overlap_secs"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.overlap_secs is not None:
            _out["overlap_secs"] = self.overlap_secs
        return _out


@dataclass(kw_only=True)
class RotateClientSecret:
    """Body of `POST /v1/tenants/{tenant}/clients/{client}/secrets` (optional)."""

    previous_secrets_expire_in: int | None = None
    """Seconds the client's current secrets keep working (0-2592000, default 86400), so
    deployments can switch over without downtime.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> RotateClientSecret:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            previous_secrets_expire_in=_data.get("previous_secrets_expire_in"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.previous_secrets_expire_in is not None:
            _out["previous_secrets_expire_in"] = self.previous_secrets_expire_in
        return _out


@dataclass(kw_only=True)
class RotateKeysRequest:
    """Body of `POST /v1/tenants/{tenant}/keys/rotate` (optional)."""

    alg: SigningAlg | None = None
    """Rotate only the key of this algorithm; all active keys when omitted."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> RotateKeysRequest:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            alg=_data.get("alg"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.alg is not None:
            _out["alg"] = self.alg
        return _out


@dataclass(kw_only=True)
class ServiceAccount:
    """A confidential OAuth client (`client_credentials`) owned by an organization and acting
    with one of its roles: its access tokens carry `org_id`, `org_slug`, `org_role` and
    `permissions`, and `authz/check` takes its client id as the subject.
    """

    id: str
    """The client id (`cli_…`): the `sub` and `client_id` of its tokens."""
    organization_id: str
    name: str
    role: str
    """Its role in the organization."""
    scopes: list[str]
    """Scopes it may request."""
    audiences: list[str]
    """Resources (`aud` values) it may request tokens for."""
    created_at: datetime
    """A timezone-aware date-time."""
    updated_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ServiceAccount:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            organization_id=_data["organization_id"],
            name=_data["name"],
            role=_data["role"],
            scopes=list(_data["scopes"]),
            audiences=list(_data["audiences"]),
            created_at=_parse_datetime(_data["created_at"]),
            updated_at=_parse_datetime(_data["updated_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["organization_id"] = self.organization_id
        _out["name"] = self.name
        _out["role"] = self.role
        _out["scopes"] = list(self.scopes)
        _out["audiences"] = list(self.audiences)
        _out["created_at"] = _format_datetime(self.created_at)
        _out["updated_at"] = _format_datetime(self.updated_at)
        return _out


@dataclass(kw_only=True)
class ServiceAccountList:
    """One page of an organization's service accounts, oldest first."""

    data: list[ServiceAccount]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ServiceAccountList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[ServiceAccount.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class ServiceAccountWithSecret:
    """A new service account and its client secret, shown once."""

    id: str
    """The client id (`cli_…`): the `sub` and `client_id` of its tokens."""
    organization_id: str
    name: str
    role: str
    """Its role in the organization."""
    scopes: list[str]
    """Scopes it may request."""
    audiences: list[str]
    """Resources (`aud` values) it may request tokens for."""
    created_at: datetime
    """A timezone-aware date-time."""
    updated_at: datetime
    """A timezone-aware date-time."""
    client_secret: str
    """The client secret (`tss_…`); store it now, it cannot be shown again."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> ServiceAccountWithSecret:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            organization_id=_data["organization_id"],
            name=_data["name"],
            role=_data["role"],
            scopes=list(_data["scopes"]),
            audiences=list(_data["audiences"]),
            created_at=_parse_datetime(_data["created_at"]),
            updated_at=_parse_datetime(_data["updated_at"]),
            client_secret=_data["client_secret"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["organization_id"] = self.organization_id
        _out["name"] = self.name
        _out["role"] = self.role
        _out["scopes"] = list(self.scopes)
        _out["audiences"] = list(self.audiences)
        _out["created_at"] = _format_datetime(self.created_at)
        _out["updated_at"] = _format_datetime(self.updated_at)
        _out["client_secret"] = self.client_secret
        return _out


@dataclass(kw_only=True)
class Session:
    """A sign-in session."""

    id: str
    """`ses_…`, the `sid` claim of its access tokens."""
    user_id: str
    created_at: datetime
    """A timezone-aware date-time."""
    last_used_at: datetime
    """A timezone-aware date-time."""
    expires_at: datetime
    """A timezone-aware date-time."""
    ip: str | None = None
    user_agent: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Session:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            user_id=_data["user_id"],
            created_at=_parse_datetime(_data["created_at"]),
            last_used_at=_parse_datetime(_data["last_used_at"]),
            expires_at=_parse_datetime(_data["expires_at"]),
            ip=_data.get("ip"),
            user_agent=_data.get("user_agent"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["user_id"] = self.user_id
        _out["created_at"] = _format_datetime(self.created_at)
        _out["last_used_at"] = _format_datetime(self.last_used_at)
        _out["expires_at"] = _format_datetime(self.expires_at)
        if self.ip is not None:
            _out["ip"] = self.ip
        if self.user_agent is not None:
            _out["user_agent"] = self.user_agent
        return _out


@dataclass(kw_only=True)
class SessionList:
    """A user's live sessions, newest first."""

    data: list[Session]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> SessionList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Session.from_dict(_v0) for _v0 in _data["data"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        return _out


@dataclass(kw_only=True)
class SessionTokens:
    """Tokens of a session."""

    access_token: str
    """An RFC 9068 JWT (`typ: at+jwt`) with `sid`, for `Authorization: Bearer`."""
    token_type: str
    """Always `Bearer`."""
    expires_in: int
    """Seconds until the access token expires."""
    refresh_token: str | None = None
    """Opaque, single use: each refresh returns a new one. Absent with cookie delivery."""
    session_id: str

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> SessionTokens:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            access_token=_data["access_token"],
            token_type=_data["token_type"],
            expires_in=_data["expires_in"],
            refresh_token=_data.get("refresh_token"),
            session_id=_data["session_id"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["access_token"] = self.access_token
        _out["token_type"] = self.token_type
        _out["expires_in"] = self.expires_in
        if self.refresh_token is not None:
            _out["refresh_token"] = self.refresh_token
        _out["session_id"] = self.session_id
        return _out


@dataclass(kw_only=True)
class SetPasswordPolicy:
    """Replaces the tenant's password policy; an omitted field returns to the server's default."""

    min_length: int | None = None
    """8 to `max_length` [default: 10]."""
    max_length: int | None = None
    """`min_length` to 1024 [default: 256]."""
    reject_common: bool | None = None
    """[default: the server's `reject_common_passwords`, true unless configured]."""
    reject_personal_info: bool | None = None
    """[default: true]."""
    check_breached: bool | None = None
    """Only when the server has `pwned_passwords_url` [default: true when it has]."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> SetPasswordPolicy:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            min_length=_data.get("min_length"),
            max_length=_data.get("max_length"),
            reject_common=_data.get("reject_common"),
            reject_personal_info=_data.get("reject_personal_info"),
            check_breached=_data.get("check_breached"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.min_length is not None:
            _out["min_length"] = self.min_length
        if self.max_length is not None:
            _out["max_length"] = self.max_length
        if self.reject_common is not None:
            _out["reject_common"] = self.reject_common
        if self.reject_personal_info is not None:
            _out["reject_personal_info"] = self.reject_personal_info
        if self.check_breached is not None:
            _out["check_breached"] = self.check_breached
        return _out


@dataclass(kw_only=True)
class SigningKey:
    """A tenant signing key's public metadata (private keys never leave the server)."""

    kid: str
    """Key id: the RFC 7638 JWK thumbprint."""
    alg: SigningAlg
    status: KeyStatus
    created_at: datetime
    """A timezone-aware date-time."""
    retired_at: datetime | None = None
    """A timezone-aware date-time."""
    published_until: datetime | None = None
    """When a retired key leaves the JWKS: no token it signed is still valid by then."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> SigningKey:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            kid=_data["kid"],
            alg=_data["alg"],
            status=_data["status"],
            created_at=_parse_datetime(_data["created_at"]),
            retired_at=None if _data.get("retired_at") is None else _parse_datetime(_data["retired_at"]),
            published_until=None if _data.get("published_until") is None else _parse_datetime(_data["published_until"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["kid"] = self.kid
        _out["alg"] = self.alg
        _out["status"] = self.status
        _out["created_at"] = _format_datetime(self.created_at)
        if self.retired_at is not None:
            _out["retired_at"] = _format_datetime(self.retired_at)
        if self.published_until is not None:
            _out["published_until"] = _format_datetime(self.published_until)
        return _out


@dataclass(kw_only=True)
class SigningKeyList:
    """The tenant's published keys: active ones first, then retired ones still in the JWKS."""

    data: list[SigningKey]

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> SigningKeyList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[SigningKey.from_dict(_v0) for _v0 in _data["data"]],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        return _out


@dataclass(kw_only=True)
class SignupRequest:
    """Body of `POST /t/{tenant}/auth/signup`."""

    email: str
    password: str
    """Checked against the password policy."""
    name: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> SignupRequest:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            email=_data["email"],
            password=_data["password"],
            name=_data.get("name"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["email"] = self.email
        _out["password"] = self.password
        if self.name is not None:
            _out["name"] = self.name
        return _out


@dataclass(kw_only=True)
class SignupVerify:
    """Body of `POST /t/{tenant}/auth/signup/verify`."""

    token: str
    """The token from the confirmation link (`tsu_…`)."""
    delivery: TokenDelivery | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> SignupVerify:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            token=_data["token"],
            delivery=_data.get("delivery"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["token"] = self.token
        if self.delivery is not None:
            _out["delivery"] = self.delivery
        return _out


@dataclass(kw_only=True)
class Tenant:
    """A tenant: an isolated application environment with its own issuer, keys and users
    (a Keycloak realm, an Auth0 tenant, a WorkOS environment).
    """

    id: str
    """Server-assigned identifier (`ten_…`)."""
    slug: str
    """URL-safe handle used in every path: lowercase letters, digits and inner hyphens, 1-63 characters."""
    name: str
    """Display name."""
    issuer: str
    """The tenant's OpenID issuer: `{public_url}/t/{slug}`."""
    signing_alg: SigningAlg
    """Algorithm of the tenant's primary signing key (an RS256 key is always kept too)."""
    allowed_origins: list[str]
    """Browser origins allowed to call the tenant's public endpoints (CORS). Empty: none."""
    signup_mode: SignupMode
    """Who may sign up by themselves."""
    signup_allowed_domains: list[str]
    """Email domains that may sign up when `signup_mode` is `domain_allowlist`."""
    block_disposable_emails: bool
    """Whether signups from disposable-address services (a shipped list) are refused."""
    created_at: datetime
    """A timezone-aware date-time."""
    updated_at: datetime
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> Tenant:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            slug=_data["slug"],
            name=_data["name"],
            issuer=_data["issuer"],
            signing_alg=_data["signing_alg"],
            allowed_origins=list(_data["allowed_origins"]),
            signup_mode=_data["signup_mode"],
            signup_allowed_domains=list(_data["signup_allowed_domains"]),
            block_disposable_emails=_data["block_disposable_emails"],
            created_at=_parse_datetime(_data["created_at"]),
            updated_at=_parse_datetime(_data["updated_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["slug"] = self.slug
        _out["name"] = self.name
        _out["issuer"] = self.issuer
        _out["signing_alg"] = self.signing_alg
        _out["allowed_origins"] = list(self.allowed_origins)
        _out["signup_mode"] = self.signup_mode
        _out["signup_allowed_domains"] = list(self.signup_allowed_domains)
        _out["block_disposable_emails"] = self.block_disposable_emails
        _out["created_at"] = _format_datetime(self.created_at)
        _out["updated_at"] = _format_datetime(self.updated_at)
        return _out


@dataclass(kw_only=True)
class TenantList:
    """One page of tenants, oldest first."""

    data: list[Tenant]
    next_cursor: str | None = None
    """Pass as `cursor` to fetch the next page; absent on the last page."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> TenantList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[Tenant.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class TestToken:
    """A signed RFC 9068 access token (`typ: at+jwt`)."""

    access_token: str
    token_type: str
    """Always `Bearer`."""
    expires_in: int
    """Seconds until `exp`."""
    kid: str
    """The signing key's id, also in the JWS header."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> TestToken:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            access_token=_data["access_token"],
            token_type=_data["token_type"],
            expires_in=_data["expires_in"],
            kid=_data["kid"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["access_token"] = self.access_token
        _out["token_type"] = self.token_type
        _out["expires_in"] = self.expires_in
        _out["kid"] = self.kid
        return _out


@dataclass(kw_only=True)
class TestTokenRequest:
    """Body of `POST /v1/tenants/{tenant}/test-tokens`: an access token minted by an admin for
    testing resource servers (as Keycloak's "generate example access token").
    """

    subject: str
    """The token's `sub`."""
    audience: str
    """The token's `aud`, such as an API identifier."""
    scope: str | None = None
    """Space-separated scopes for the `scope` claim."""
    expires_in: int | None = None
    """Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300)."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> TestTokenRequest:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            subject=_data["subject"],
            audience=_data["audience"],
            scope=_data.get("scope"),
            expires_in=_data.get("expires_in"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["subject"] = self.subject
        _out["audience"] = self.audience
        if self.scope is not None:
            _out["scope"] = self.scope
        if self.expires_in is not None:
            _out["expires_in"] = self.expires_in
        return _out


@dataclass(kw_only=True)
class TokenQuery:
    """Body of introspection (RFC 7662 §2.1) and revocation (RFC 7009 §2.1) requests."""

    token: str
    token_type_hint: str | None = None
    """`access_token` or `refresh_token`; a hint only."""
    client_id: str | None = None
    client_secret: str | None = None
    client_assertion_type: str | None = None
    client_assertion: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> TokenQuery:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            token=_data["token"],
            token_type_hint=_data.get("token_type_hint"),
            client_id=_data.get("client_id"),
            client_secret=_data.get("client_secret"),
            client_assertion_type=_data.get("client_assertion_type"),
            client_assertion=_data.get("client_assertion"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["token"] = self.token
        if self.token_type_hint is not None:
            _out["token_type_hint"] = self.token_type_hint
        if self.client_id is not None:
            _out["client_id"] = self.client_id
        if self.client_secret is not None:
            _out["client_secret"] = self.client_secret
        if self.client_assertion_type is not None:
            _out["client_assertion_type"] = self.client_assertion_type
        if self.client_assertion is not None:
            _out["client_assertion"] = self.client_assertion
        return _out


@dataclass(kw_only=True)
class TokenRequest:
    """Body of the token endpoint (`application/x-www-form-urlencoded`, RFC 6749 §4.1.3,
    §4.4.2 and §6).
    """

    grant_type: str
    """`authorization_code`, `refresh_token` or `client_credentials`."""
    code: str | None = None
    """With `authorization_code`: the code the authorization endpoint returned."""
    redirect_uri: str | None = None
    """With `authorization_code`: the `redirect_uri` of the authorization request."""
    code_verifier: str | None = None
    """With `authorization_code`: the PKCE verifier (RFC 7636 §4.5)."""
    refresh_token: str | None = None
    """With `refresh_token`: the refresh token to spend."""
    scope: str | None = None
    """Space-separated scopes; all the client's scopes when omitted."""
    resource: str | None = None
    """RFC 8707 resource indicator: the API the token is for (becomes `aud`)."""
    audience: str | None = None
    """Auth0-style synonym of `resource`."""
    client_id: str | None = None
    """With `client_secret_post`."""
    client_secret: str | None = None
    """With `client_secret_post`."""
    client_assertion_type: str | None = None
    """With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`."""
    client_assertion: str | None = None
    """With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2)."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> TokenRequest:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            grant_type=_data["grant_type"],
            code=_data.get("code"),
            redirect_uri=_data.get("redirect_uri"),
            code_verifier=_data.get("code_verifier"),
            refresh_token=_data.get("refresh_token"),
            scope=_data.get("scope"),
            resource=_data.get("resource"),
            audience=_data.get("audience"),
            client_id=_data.get("client_id"),
            client_secret=_data.get("client_secret"),
            client_assertion_type=_data.get("client_assertion_type"),
            client_assertion=_data.get("client_assertion"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["grant_type"] = self.grant_type
        if self.code is not None:
            _out["code"] = self.code
        if self.redirect_uri is not None:
            _out["redirect_uri"] = self.redirect_uri
        if self.code_verifier is not None:
            _out["code_verifier"] = self.code_verifier
        if self.refresh_token is not None:
            _out["refresh_token"] = self.refresh_token
        if self.scope is not None:
            _out["scope"] = self.scope
        if self.resource is not None:
            _out["resource"] = self.resource
        if self.audience is not None:
            _out["audience"] = self.audience
        if self.client_id is not None:
            _out["client_id"] = self.client_id
        if self.client_secret is not None:
            _out["client_secret"] = self.client_secret
        if self.client_assertion_type is not None:
            _out["client_assertion_type"] = self.client_assertion_type
        if self.client_assertion is not None:
            _out["client_assertion"] = self.client_assertion
        return _out


@dataclass(kw_only=True)
class TokenResponse:
    """A successful token response (RFC 6749 §5.1)."""

    access_token: str
    token_type: str
    """Always `Bearer`."""
    expires_in: int
    scope: str | None = None
    """The granted scopes, when any."""
    refresh_token: str | None = None
    """A single-use, rotating refresh token, for clients allowed the `refresh_token` grant."""
    id_token: str | None = None
    """The OpenID Connect ID token, when the `openid` scope was granted."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> TokenResponse:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            access_token=_data["access_token"],
            token_type=_data["token_type"],
            expires_in=_data["expires_in"],
            scope=_data.get("scope"),
            refresh_token=_data.get("refresh_token"),
            id_token=_data.get("id_token"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["access_token"] = self.access_token
        _out["token_type"] = self.token_type
        _out["expires_in"] = self.expires_in
        if self.scope is not None:
            _out["scope"] = self.scope
        if self.refresh_token is not None:
            _out["refresh_token"] = self.refresh_token
        if self.id_token is not None:
            _out["id_token"] = self.id_token
        return _out


@dataclass(kw_only=True)
class TotpEnrolment:
    """A new authenticator's shared secret, shown once: scan the QR code (or type the secret)
    into an authenticator app, then confirm with a code it shows.
    """

    secret: str
    """The shared secret in base32 (RFC 4648, no padding), for manual entry."""
    otpauth_uri: str
    """The `otpauth://totp/…` key URI that the QR codes encode."""
    qr_png: str
    """The QR code as a PNG `data:` URI, ready for an `<img src>`."""
    qr_svg: str
    """The QR code as an SVG document."""
    algorithm: str
    """Always `SHA1`, the algorithm every authenticator app supports."""
    digits: int
    """Digits per code (6)."""
    period: int
    """Seconds per time step (30)."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> TotpEnrolment:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            secret=_data["secret"],
            otpauth_uri=_data["otpauth_uri"],
            qr_png=_data["qr_png"],
            qr_svg=_data["qr_svg"],
            algorithm=_data["algorithm"],
            digits=_data["digits"],
            period=_data["period"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["secret"] = self.secret
        _out["otpauth_uri"] = self.otpauth_uri
        _out["qr_png"] = self.qr_png
        _out["qr_svg"] = self.qr_svg
        _out["algorithm"] = self.algorithm
        _out["digits"] = self.digits
        _out["period"] = self.period
        return _out


@dataclass(kw_only=True)
class TotpStatus:
    """A user's TOTP status."""

    status: TotpState
    created_at: datetime | None = None
    """When the current authenticator's enrolment started."""
    confirmed_at: datetime | None = None
    """When it was confirmed (enabled)."""
    recovery_codes_remaining: int
    """Unused recovery codes left."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> TotpStatus:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            status=_data["status"],
            created_at=None if _data.get("created_at") is None else _parse_datetime(_data["created_at"]),
            confirmed_at=None if _data.get("confirmed_at") is None else _parse_datetime(_data["confirmed_at"]),
            recovery_codes_remaining=_data["recovery_codes_remaining"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["status"] = self.status
        if self.created_at is not None:
            _out["created_at"] = _format_datetime(self.created_at)
        if self.confirmed_at is not None:
            _out["confirmed_at"] = _format_datetime(self.confirmed_at)
        _out["recovery_codes_remaining"] = self.recovery_codes_remaining
        return _out


@dataclass(kw_only=True)
class UpdateClient:
    """Body of `PATCH /v1/tenants/{tenant}/clients/{client}`."""

    name: str | None = None
    grant_types: list[GrantType] | None = None
    scopes: list[str] | None = None
    audiences: list[str] | None = None
    access_token_ttl: int | None = None
    redirect_uris: list[str] | None = None
    """Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
    of native apps (RFC 8252 §7.1), without fragments; matched exactly.
    """
    post_logout_redirect_uris: list[str] | None = None
    """Where RP-initiated logout may return users; same rules as `redirect_uris`."""
    skip_consent: bool | None = None
    """`true` for first-party applications whose users are never asked for consent."""
    jwks: dict[str, Any] | None = None
    """The client's public keys (a JWK set) for `private_key_jwt`."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateClient:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data.get("name"),
            grant_types=None if _data.get("grant_types") is None else list(_data["grant_types"]),
            scopes=None if _data.get("scopes") is None else list(_data["scopes"]),
            audiences=None if _data.get("audiences") is None else list(_data["audiences"]),
            access_token_ttl=_data.get("access_token_ttl"),
            redirect_uris=None if _data.get("redirect_uris") is None else list(_data["redirect_uris"]),
            post_logout_redirect_uris=None if _data.get("post_logout_redirect_uris") is None else list(_data["post_logout_redirect_uris"]),
            skip_consent=_data.get("skip_consent"),
            jwks=None if _data.get("jwks") is None else dict(_data["jwks"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.name is not None:
            _out["name"] = self.name
        if self.grant_types is not None:
            _out["grant_types"] = list(self.grant_types)
        if self.scopes is not None:
            _out["scopes"] = list(self.scopes)
        if self.audiences is not None:
            _out["audiences"] = list(self.audiences)
        if self.access_token_ttl is not None:
            _out["access_token_ttl"] = self.access_token_ttl
        if self.redirect_uris is not None:
            _out["redirect_uris"] = list(self.redirect_uris)
        if self.post_logout_redirect_uris is not None:
            _out["post_logout_redirect_uris"] = list(self.post_logout_redirect_uris)
        if self.skip_consent is not None:
            _out["skip_consent"] = self.skip_consent
        if self.jwks is not None:
            _out["jwks"] = dict(self.jwks)
        return _out


@dataclass(kw_only=True)
class UpdateMember:
    """Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}/members/{user}`."""

    role: str

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateMember:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            role=_data["role"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["role"] = self.role
        return _out


@dataclass(kw_only=True)
class UpdateOAuthSettings:
    """Body of `PATCH /v1/tenants/{tenant}/oauth-settings`."""

    dynamic_client_registration: bool | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateOAuthSettings:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            dynamic_client_registration=_data.get("dynamic_client_registration"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.dynamic_client_registration is not None:
            _out["dynamic_client_registration"] = self.dynamic_client_registration
        return _out


@dataclass(kw_only=True)
class UpdateOrganization:
    """Body of `PATCH /v1/tenants/{tenant}/organizations/{organization}`: only the fields
    present change; the slug cannot.
    """

    name: str | None = None
    logo_url: str | None = None
    """An empty string removes the logo."""
    metadata: dict[str, Any] | None = None
    """Replaces the whole metadata object."""
    policies: OrganizationPolicies | None = None
    """Replaces every policy."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateOrganization:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data.get("name"),
            logo_url=_data.get("logo_url"),
            metadata=None if _data.get("metadata") is None else dict(_data["metadata"]),
            policies=None if _data.get("policies") is None else OrganizationPolicies.from_dict(_data["policies"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.name is not None:
            _out["name"] = self.name
        if self.logo_url is not None:
            _out["logo_url"] = self.logo_url
        if self.metadata is not None:
            _out["metadata"] = dict(self.metadata)
        if self.policies is not None:
            _out["policies"] = self.policies.to_dict()
        return _out


@dataclass(kw_only=True)
class UpdateOrganizationDomain:
    """Body of `PATCH …/domains/{domain}`."""

    auto_join: bool

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateOrganizationDomain:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            auto_join=_data["auto_join"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["auto_join"] = self.auto_join
        return _out


@dataclass(kw_only=True)
class UpdateProfile:
    """Body of `PATCH /t/{tenant}/me`: the profile fields a user may change themselves."""

    name: str | None = None
    picture: str | None = None
    locale: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateProfile:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data.get("name"),
            picture=_data.get("picture"),
            locale=_data.get("locale"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.name is not None:
            _out["name"] = self.name
        if self.picture is not None:
            _out["picture"] = self.picture
        if self.locale is not None:
            _out["locale"] = self.locale
        return _out


@dataclass(kw_only=True)
class UpdateResource:
    """Body of `PATCH /v1/tenants/{tenant}/resources/{resource}`."""

    name: str | None = None
    scopes: list[str] | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateResource:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data.get("name"),
            scopes=None if _data.get("scopes") is None else list(_data["scopes"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.name is not None:
            _out["name"] = self.name
        if self.scopes is not None:
            _out["scopes"] = list(self.scopes)
        return _out


@dataclass(kw_only=True)
class UpdateRole:
    """Body of `PATCH …/roles/{role}`: only the fields present change. A built-in role's
    permissions may be changed (except `owner`'s), not its name.
    """

    name: str | None = None
    description: str | None = None
    permissions: list[str] | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateRole:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data.get("name"),
            description=_data.get("description"),
            permissions=None if _data.get("permissions") is None else list(_data["permissions"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.name is not None:
            _out["name"] = self.name
        if self.description is not None:
            _out["description"] = self.description
        if self.permissions is not None:
            _out["permissions"] = list(self.permissions)
        return _out


@dataclass(kw_only=True)
class UpdateServiceAccount:
    """Body of `PATCH …/service-accounts/{service_account}`: its new role."""

    role: str

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateServiceAccount:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            role=_data["role"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["role"] = self.role
        return _out


@dataclass(kw_only=True)
class UpdateTenant:
    """Body of `PATCH /v1/tenants/{tenant}`: only the fields present change."""

    name: str | None = None
    signing_alg: SigningAlg | None = None
    """Changing it creates a key for the new algorithm and retires the old primary key
    with the usual overlap window.
    """
    allowed_origins: list[str] | None = None
    signup_mode: SignupMode | None = None
    signup_allowed_domains: list[str] | None = None
    """Lowercase domains such as `example.com`, at most 100; subdomains are included.
    Required (non-empty) for `domain_allowlist`.
    """
    block_disposable_emails: bool | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateTenant:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            name=_data.get("name"),
            signing_alg=_data.get("signing_alg"),
            allowed_origins=None if _data.get("allowed_origins") is None else list(_data["allowed_origins"]),
            signup_mode=_data.get("signup_mode"),
            signup_allowed_domains=None if _data.get("signup_allowed_domains") is None else list(_data["signup_allowed_domains"]),
            block_disposable_emails=_data.get("block_disposable_emails"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.name is not None:
            _out["name"] = self.name
        if self.signing_alg is not None:
            _out["signing_alg"] = self.signing_alg
        if self.allowed_origins is not None:
            _out["allowed_origins"] = list(self.allowed_origins)
        if self.signup_mode is not None:
            _out["signup_mode"] = self.signup_mode
        if self.signup_allowed_domains is not None:
            _out["signup_allowed_domains"] = list(self.signup_allowed_domains)
        if self.block_disposable_emails is not None:
            _out["block_disposable_emails"] = self.block_disposable_emails
        return _out


@dataclass(kw_only=True)
class UpdateUser:
    """Body of `PATCH /v1/tenants/{tenant}/users/{user}`: only the fields present change."""

    email: str | None = None
    """Changing the email marks it unverified unless `email_verified` is also sent."""
    password: str | None = None
    """Sets a new password; every session of the user is revoked."""
    email_verified: bool | None = None
    name: str | None = None
    picture: str | None = None
    locale: str | None = None
    metadata: dict[str, Any] | None = None
    """Replaces the whole metadata object."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateUser:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            email=_data.get("email"),
            password=_data.get("password"),
            email_verified=_data.get("email_verified"),
            name=_data.get("name"),
            picture=_data.get("picture"),
            locale=_data.get("locale"),
            metadata=None if _data.get("metadata") is None else dict(_data["metadata"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.email is not None:
            _out["email"] = self.email
        if self.password is not None:
            _out["password"] = self.password
        if self.email_verified is not None:
            _out["email_verified"] = self.email_verified
        if self.name is not None:
            _out["name"] = self.name
        if self.picture is not None:
            _out["picture"] = self.picture
        if self.locale is not None:
            _out["locale"] = self.locale
        if self.metadata is not None:
            _out["metadata"] = dict(self.metadata)
        return _out


@dataclass(kw_only=True)
class UpdateWebauthnSettings:
    """Body of `PUT /v1/tenants/{tenant}/webauthn-settings`; omitted fields return to defaults."""

    rp_id: str | None = None
    rp_name: str | None = None
    origins: list[str] | None = None
    attestation: AttestationConveyance | None = None
    allowed_formats: list[str] | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UpdateWebauthnSettings:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            rp_id=_data.get("rp_id"),
            rp_name=_data.get("rp_name"),
            origins=None if _data.get("origins") is None else list(_data["origins"]),
            attestation=_data.get("attestation"),
            allowed_formats=None if _data.get("allowed_formats") is None else list(_data["allowed_formats"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        if self.rp_id is not None:
            _out["rp_id"] = self.rp_id
        if self.rp_name is not None:
            _out["rp_name"] = self.rp_name
        if self.origins is not None:
            _out["origins"] = list(self.origins)
        if self.attestation is not None:
            _out["attestation"] = self.attestation
        if self.allowed_formats is not None:
            _out["allowed_formats"] = list(self.allowed_formats)
        return _out


@dataclass(kw_only=True)
class User:
    """An end user of a tenant."""

    id: str
    """Server-assigned identifier (`usr_…`), the `sub` of the user's tokens."""
    email: str
    """Normalised (trimmed, lowercase), unique within the tenant."""
    email_verified: bool
    name: str | None = None
    picture: str | None = None
    """URL of a profile picture."""
    locale: str | None = None
    """BCP 47 language tag, such as `en-GB`."""
    metadata: dict[str, Any]
    """Free-form JSON object for the application's own data (at most 16 KiB)."""
    has_password: bool
    """Whether the user has a password (the hash itself is never returned)."""
    disabled: bool
    """Disabled users cannot sign in; disabling revokes every session."""
    created_at: datetime
    """A timezone-aware date-time."""
    updated_at: datetime
    """A timezone-aware date-time."""
    last_login_at: datetime | None = None
    """A timezone-aware date-time."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> User:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            id=_data["id"],
            email=_data["email"],
            email_verified=_data["email_verified"],
            name=_data.get("name"),
            picture=_data.get("picture"),
            locale=_data.get("locale"),
            metadata=dict(_data["metadata"]),
            has_password=_data["has_password"],
            disabled=_data["disabled"],
            created_at=_parse_datetime(_data["created_at"]),
            updated_at=_parse_datetime(_data["updated_at"]),
            last_login_at=None if _data.get("last_login_at") is None else _parse_datetime(_data["last_login_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["id"] = self.id
        _out["email"] = self.email
        _out["email_verified"] = self.email_verified
        if self.name is not None:
            _out["name"] = self.name
        if self.picture is not None:
            _out["picture"] = self.picture
        if self.locale is not None:
            _out["locale"] = self.locale
        _out["metadata"] = dict(self.metadata)
        _out["has_password"] = self.has_password
        _out["disabled"] = self.disabled
        _out["created_at"] = _format_datetime(self.created_at)
        _out["updated_at"] = _format_datetime(self.updated_at)
        if self.last_login_at is not None:
            _out["last_login_at"] = _format_datetime(self.last_login_at)
        return _out


@dataclass(kw_only=True)
class UserInfo:
    """The UserInfo response (OpenID Connect Core §5.3.2): the claims the granted scopes allow."""

    sub: str
    email: str | None = None
    """With the `email` scope."""
    email_verified: bool | None = None
    name: str | None = None
    """With the `profile` scope."""
    picture: str | None = None
    locale: str | None = None
    updated_at: int | None = None
    """Seconds since the epoch."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UserInfo:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            sub=_data["sub"],
            email=_data.get("email"),
            email_verified=_data.get("email_verified"),
            name=_data.get("name"),
            picture=_data.get("picture"),
            locale=_data.get("locale"),
            updated_at=_data.get("updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["sub"] = self.sub
        if self.email is not None:
            _out["email"] = self.email
        if self.email_verified is not None:
            _out["email_verified"] = self.email_verified
        if self.name is not None:
            _out["name"] = self.name
        if self.picture is not None:
            _out["picture"] = self.picture
        if self.locale is not None:
            _out["locale"] = self.locale
        if self.updated_at is not None:
            _out["updated_at"] = self.updated_at
        return _out


@dataclass(kw_only=True)
class UserList:
    """One page of users, in creation order."""

    data: list[User]
    next_cursor: str | None = None

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> UserList:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            data=[User.from_dict(_v0) for _v0 in _data["data"]],
            next_cursor=_data.get("next_cursor"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["data"] = [_v0.to_dict() for _v0 in self.data]
        if self.next_cursor is not None:
            _out["next_cursor"] = self.next_cursor
        return _out


@dataclass(kw_only=True)
class VerificationEmailSent:
    """The answer to `POST /v1/tenants/{tenant}/users/{user}/send-verification-email`."""

    user_id: str
    email: str
    """Where the message went."""
    expires_at: datetime
    """When the link stops working."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> VerificationEmailSent:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            user_id=_data["user_id"],
            email=_data["email"],
            expires_at=_parse_datetime(_data["expires_at"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["user_id"] = self.user_id
        _out["email"] = self.email
        _out["expires_at"] = _format_datetime(self.expires_at)
        return _out


@dataclass(kw_only=True)
class VerifyEmailRequest:
    """Body of `POST /t/{tenant}/auth/verify-email`."""

    token: str
    """The token from the verification link (`tev_…`)."""

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> VerifyEmailRequest:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            token=_data["token"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["token"] = self.token
        return _out


@dataclass(kw_only=True)
class WebauthnSettings:
    """A tenant's passkey settings. Absent fields take the defaults shown by `GET`."""

    rp_id: str
    """The relying-party ID: a registrable domain suffix of every origin. Defaults to the
    host of the server's public URL (`localhost` works; an IP address is not a valid RP ID).
    """
    rp_name: str
    """The name authenticators may show. Defaults to the tenant's name."""
    origins: list[str]
    """Origins that may run ceremonies. Defaults to the origin of the public URL."""
    attestation: AttestationConveyance
    allowed_formats: list[str]
    """Attestation statement formats accepted at registration (`none`, `packed`, `tpm`,
    `android-key`, `android-safetynet`, `fido-u2f`, `apple`); empty: any.
    """
    user_verification: str
    """Always `required`: a passkey must verify its user (PIN or biometrics), so a passkey
    sign-in is multi-factor on its own.
    """

    @classmethod
    def from_dict(cls, _data: Mapping[str, Any]) -> WebauthnSettings:
        """Reads the JSON object ``_data``; unknown keys are ignored."""
        return cls(
            rp_id=_data["rp_id"],
            rp_name=_data["rp_name"],
            origins=list(_data["origins"]),
            attestation=_data["attestation"],
            allowed_formats=list(_data["allowed_formats"]),
            user_verification=_data["user_verification"],
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, without the optional fields that are ``None``."""
        _out: dict[str, Any] = {}
        _out["rp_id"] = self.rp_id
        _out["rp_name"] = self.rp_name
        _out["origins"] = list(self.origins)
        _out["attestation"] = self.attestation
        _out["allowed_formats"] = list(self.allowed_formats)
        _out["user_verification"] = self.user_verification
        return _out


# What a correct password leads to: session tokens, or, when the account has a second
# factor, a challenge (`mfa_required: true`).
LoginResponse = SessionTokens | MfaChallenge


def _decode_login_response(_data: Mapping[str, Any]) -> LoginResponse:
    """Reads a ``LoginResponse``: the first variant whose required keys are all present."""
    if {"access_token", "token_type", "expires_in", "session_id"} <= _data.keys():
        return SessionTokens.from_dict(_data)
    if {"mfa_required", "mfa_token", "factors", "expires_in"} <= _data.keys():
        return MfaChallenge.from_dict(_data)
    raise ValueError("the object matches no variant of LoginResponse")
