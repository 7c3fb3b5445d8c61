# generated from spec/openapi.yaml by tessera-codegen, do not edit
"""The clients: ``TesseraClient`` (blocking) and ``AsyncTesseraClient`` (asyncio), one method
per operation of the API."""

from __future__ import annotations

from typing import Any, Callable, Mapping

from ._base import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_DELAY,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    RequestOptions,
    RetryEvent,
    SyncAPIClient,
    _body,
    _path,
    _to_json,
)
from .models import (
    ApiKey,
    ApiKeyList,
    ApiKeyWithSecret,
    AttestationConveyance,
    AuditEvent,
    AuditEventList,
    AuditExportFormat,
    AuditVerification,
    AuthzCheck,
    AuthzDecision,
    AuthzDecisionList,
    Branding,
    Client,
    ClientList,
    ClientRegistrationResponse,
    ClientType,
    ClientWithSecret,
    ConsentList,
    EmailRequestAccepted,
    EmailTemplate,
    EmailTemplateList,
    EmailVerified,
    GrantType,
    HealthStatus,
    IntrospectionResponse,
    Invitation,
    InvitationAccepted,
    InvitationList,
    JwkSet,
    LoginResponse,
    Membership,
    MembershipList,
    MyOrganization,
    MyOrganizationList,
    OAuthSettings,
    OpenIdConfiguration,
    Organization,
    OrganizationDomain,
    OrganizationDomainList,
    OrganizationList,
    OrganizationPolicies,
    OutboxMessage,
    OutboxMessageList,
    Passkey,
    PasskeyCeremony,
    PasskeyList,
    PasswordPolicy,
    ProtectedResourceMetadata,
    RecoveryCodes,
    Resource,
    ResourceGrant,
    ResourceGrantList,
    ResourceList,
    Role,
    RoleList,
    ServiceAccount,
    ServiceAccountList,
    ServiceAccountWithSecret,
    SessionList,
    SessionTokens,
    SigningAlg,
    SigningKeyList,
    SignupMode,
    Tenant,
    TenantList,
    TestToken,
    TokenDelivery,
    TokenEndpointAuthMethod,
    TokenResponse,
    TotpEnrolment,
    TotpStatus,
    User,
    UserInfo,
    UserList,
    VerificationEmailSent,
    WebauthnSettings,
    _decode_login_response,
)
from .pagination import AsyncPaginator, SyncPage

__all__ = ["TesseraClient", "AsyncTesseraClient"]

_ = (_body, _path, _to_json, Any)


class TesseraClient(SyncAPIClient):
    """A blocking client for the Tessera API.

    >>> client = TesseraClient("http://127.0.0.1:8080", admin_key="tsk_...")  # doctest: +SKIP
    >>> client.create_tenant(slug="acme", name="Acme")  # doctest: +SKIP
    """

    def __init__(
        self,
        base_url: str,
        *,
        admin_key: str | None = None,
        bearer_token: str | None = None,
        registration_token: str | None = None,
        session_token: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY,
        default_headers: Mapping[str, str] | None = None,
        on_retry: Callable[[RetryEvent], Any] | None = None,
    ) -> None:
        """
        Args:
            base_url: The server, such as ``https://id.example.com``.
            admin_key: An admin key, `tsk_…`, from `tessera admin bootstrap` or the first start.
            bearer_token: An access token from the tenant's token endpoint (`POST /t/{tenant}/oauth/token`).
            registration_token: The registration access token (`trt_…`) from dynamic client registration (RFC 7592).
            session_token: A session access token from `POST /t/{tenant}/auth/login`.
            timeout: Seconds to wait for each attempt's response.
            max_retries: Retries after a retryable failure (408, 429, 5xx, no connection);
                only idempotent methods are retried unless a call opts in.
            max_retry_delay: The longest wait before a retry; a longer ``Retry-After`` is
                shortened to it.
            default_headers: Headers sent with every request.
            on_retry: Called before each retry with a ``RetryEvent``.
        """
        super().__init__(
            base_url,
            credentials={
                "admin_key": admin_key,
                "bearer_token": bearer_token,
                "registration_token": registration_token,
                "session_token": session_token,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_retry_delay=max_retry_delay,
            default_headers=default_headers,
            on_retry=on_retry,
        )

    def list_tenants(self, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[Tenant]:
        """List tenants.

        Oldest first, paginated by cursor.

        Returns the first page; iterating it yields every Tenant across pages.

        Args:
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query
            AuthenticationError: 401 Missing or invalid admin key
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[Tenant], str | None]:
            _page = TenantList.from_dict(self._request("GET", f"/v1/tenants", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def create_tenant(self, *, slug: str, name: str, signing_alg: SigningAlg | None = None, allowed_origins: list[str] | None = None, request_options: RequestOptions | None = None) -> Tenant:
        """Create a tenant.

        Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
        `signing_alg` (ES256 by default) and an RS256 key for ID tokens.

        Args:
            slug: Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
            name: Display name, 1-200 characters.
            signing_alg: Primary signing algorithm; ES256 when omitted.
            allowed_origins: Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            ConflictError: 409 The slug is taken
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid slug, name or origins
        """
        _data = self._request("POST", f"/v1/tenants", json=_body({"slug": slug, "name": name, "signing_alg": signing_alg, "allowed_origins": allowed_origins}), auth=("admin_key",), expect="json", options=request_options)
        return Tenant.from_dict(_data)

    def get_tenant(self, tenant: str, *, request_options: RequestOptions | None = None) -> Tenant:
        """Get a tenant.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}", auth=("admin_key",), expect="json", options=request_options)
        return Tenant.from_dict(_data)

    def delete_tenant(self, tenant: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a tenant.

        Deletes the tenant and everything it owns, keys included. Tokens it issued stop
        verifying as soon as relying parties refresh its JWKS.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}", auth=("admin_key",), expect="empty", options=request_options)

    def update_tenant(self, tenant: str, *, name: str | None = None, signing_alg: SigningAlg | None = None, allowed_origins: list[str] | None = None, signup_mode: SignupMode | None = None, signup_allowed_domains: list[str] | None = None, block_disposable_emails: bool | None = None, request_options: RequestOptions | None = None) -> Tenant:
        """Update a tenant.

        Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
        it is part of the issuer that tokens carry.

        Args:
            tenant: The tenant's slug
            signing_alg: Changing it creates a key for the new algorithm and retires the old primary key
            signup_allowed_domains: Lowercase domains such as `example.com`, at most 100; subdomains are included.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 A concurrent key change
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name or origins
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}", json=_body({"name": name, "signing_alg": signing_alg, "allowed_origins": allowed_origins, "signup_mode": signup_mode, "signup_allowed_domains": signup_allowed_domains, "block_disposable_emails": block_disposable_emails}), auth=("admin_key",), expect="json", options=request_options)
        return Tenant.from_dict(_data)

    def list_signing_keys(self, tenant: str, *, request_options: RequestOptions | None = None) -> SigningKeyList:
        """List signing keys.

        The tenant's published keys: active ones first, then retired ones that stay in the JWKS
        until no token they signed can still be valid.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/keys", auth=("admin_key",), expect="json", options=request_options)
        return SigningKeyList.from_dict(_data)

    def rotate_signing_keys(self, tenant: str, *, alg: SigningAlg | None = None, request_options: RequestOptions | None = None) -> SigningKeyList:
        """Rotate signing keys.

        Activates a new key for each algorithm (or only `alg`) and retires the previous one,
        which stays in the JWKS for the server's `max_token_lifetime` plus one minute.

        Args:
            tenant: The tenant's slug
            alg: Rotate only the key of this algorithm; all active keys when omitted.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 A concurrent rotation won
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The tenant has no key of that algorithm
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/keys/rotate", json=_body({"alg": alg}, optional=True), auth=("admin_key",), expect="json", options=request_options)
        return SigningKeyList.from_dict(_data)

    def create_test_token(self, tenant: str, *, subject: str, audience: str, scope: str | None = None, expires_in: int | None = None, request_options: RequestOptions | None = None) -> TestToken:
        """Mint a test access token.

        Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
        resource servers and token validation; `client_id` is `tessera-test-token`.

        Args:
            tenant: The tenant's slug
            subject: The token's `sub`.
            audience: The token's `aud`, such as an API identifier.
            scope: Space-separated scopes for the `scope` claim.
            expires_in: Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid subject, audience, scope or lifetime
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/test-tokens", json=_body({"subject": subject, "audience": audience, "scope": scope, "expires_in": expires_in}), auth=("admin_key",), expect="json", options=request_options)
        return TestToken.from_dict(_data)

    def list_users(self, tenant: str, *, email: str | None = None, q: str | None = None, disabled: bool | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[User]:
        """Search users.

        Filters by exact email, a case-insensitive substring of email or name, and disabled
        state; oldest first, paginated by cursor.

        Returns the first page; iterating it yields every User across pages.

        Args:
            tenant: The tenant's slug
            email: Exact email (normalised before matching).
            q: Case-insensitive substring of the email or name.
            disabled: Only disabled (`true`) or only enabled (`false`) users.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Limit out of range, malformed email or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[User], str | None]:
            _page = UserList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/users", query={"email": email, "q": q, "disabled": disabled, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def create_user(self, tenant: str, *, email: str, password: str | None = None, password_hash: str | None = None, email_verified: bool | None = None, name: str | None = None, picture: str | None = None, locale: str | None = None, metadata: dict[str, Any] | None = None, request_options: RequestOptions | None = None) -> User:
        """Create a user.

        The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
        when given, must meet the password policy and is stored as an argon2id hash.

        Args:
            tenant: The tenant's slug
            password: Checked against the password policy; omit for a user who signs in another way.
            password_hash: An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`,

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 The email is taken
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid email, profile or password
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/users", json=_body({"email": email, "password": password, "password_hash": password_hash, "email_verified": email_verified, "name": name, "picture": picture, "locale": locale, "metadata": metadata}), auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    def get_user(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> User:
        """Get a user.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}", auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    def delete_user(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a user.

        Deletes the user and their sessions.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}", auth=("admin_key",), expect="empty", options=request_options)

    def update_user(self, tenant: str, user: str, *, email: str | None = None, password: str | None = None, email_verified: bool | None = None, name: str | None = None, picture: str | None = None, locale: str | None = None, metadata: dict[str, Any] | None = None, request_options: RequestOptions | None = None) -> User:
        """Update a user.

        Changes only the fields present. A new password revokes every session of the user; a
        new email is unverified unless `email_verified` is sent too.

        Args:
            tenant: The tenant's slug
            user: The user's id
            email: Changing the email marks it unverified unless `email_verified` is also sent.
            password: Sets a new password; every session of the user is revoked.
            metadata: Replaces the whole metadata object.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
            ConflictError: 409 The email is taken
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid email, profile or password
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}", json=_body({"email": email, "password": password, "email_verified": email_verified, "name": name, "picture": picture, "locale": locale, "metadata": metadata}), auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    def disable_user(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> User:
        """Disable a user.

        The user can no longer sign in or refresh, and every session is revoked at once.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/disable", auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    def enable_user(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> User:
        """Enable a user.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/enable", auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    def unlock_user(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> User:
        """Unlock a user.

        Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/unlock", auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    def list_user_sessions(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> SessionList:
        """List a user's sessions.

        Live sessions (neither revoked nor expired), newest first.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/sessions", auth=("admin_key",), expect="json", options=request_options)
        return SessionList.from_dict(_data)

    def revoke_user_session(self, tenant: str, user: str, session: str, *, request_options: RequestOptions | None = None) -> None:
        """Revoke a user's session.

        Its refresh tokens stop working at once; access tokens already issued expire on their own.

        Args:
            tenant: The tenant's slug
            user: The user's id
            session: The session's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, user or live session
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/sessions/{_path(session)}", auth=("admin_key",), expect="empty", options=request_options)

    def get_user_totp(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> TotpStatus:
        """Get a user's TOTP status.

        Whether the user has an authenticator (pending or enabled) and how many unused recovery
        codes are left.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/mfa/totp", auth=("admin_key",), expect="json", options=request_options)
        return TotpStatus.from_dict(_data)

    def start_user_totp_enrolment(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> TotpEnrolment:
        """Start TOTP enrolment.

        Creates a new shared secret for the user, pending until confirmed, and returns it once:
        as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
        authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
        the enrolment is confirmed.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
            ConflictError: 409 TOTP is already enabled; disable it first
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/mfa/totp", auth=("admin_key",), expect="json", options=request_options)
        return TotpEnrolment.from_dict(_data)

    def disable_user_totp(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> None:
        """Disable TOTP.

        Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
        sign-in challenges: the password alone signs in again.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user, or the user has no authenticator
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/mfa/totp", auth=("admin_key",), expect="empty", options=request_options)

    def confirm_user_totp(self, tenant: str, user: str, *, code: str, request_options: RequestOptions | None = None) -> RecoveryCodes:
        """Confirm TOTP enrolment.

        Enables the pending authenticator with a code it shows now (the previous and next
        30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
        From then on, a correct password leads to a second-factor challenge.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
            ConflictError: 409 No enrolment is pending, or TOTP is already enabled
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The code is malformed or not the authenticator's current code
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/mfa/totp/confirm", json=_body({"code": code}), auth=("admin_key",), expect="json", options=request_options)
        return RecoveryCodes.from_dict(_data)

    def regenerate_user_recovery_codes(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> RecoveryCodes:
        """Regenerate recovery codes.

        Replaces the user's recovery codes, used or not, with ten new ones, shown once.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
            ConflictError: 409 The user has no enabled TOTP authenticator
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/mfa/recovery-codes", auth=("admin_key",), expect="json", options=request_options)
        return RecoveryCodes.from_dict(_data)

    def send_verification_email(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> VerificationEmailSent:
        """Send a verification email.

        Emails the user a link that verifies their address; it works once, for 24 hours, and a
        newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
        token in the URL fragment; that page posts it to `verifyEmail`.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
            ConflictError: 409 The email is already verified, or the user is disabled
            InternalServerError: 503 The mail relay is unavailable
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/send-verification-email", auth=("admin_key",), expect="json", options=request_options)
        return VerificationEmailSent.from_dict(_data)

    def list_outbox_messages(self, tenant: str, *, to: str | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[OutboxMessage]:
        """List the development outbox.

        Messages the server stored instead of sending, newest first, in full (links and codes
        included). Messages land here only when no SMTP relay is configured: it is a development
        tool, and empty in a deployment that sends email.

        Returns the first page; iterating it yields every OutboxMessage across pages.

        Args:
            tenant: The tenant's slug
            to: Only messages to this address.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Limit out of range, malformed address or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[OutboxMessage], str | None]:
            _page = OutboxMessageList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/outbox", query={"to": to, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def list_email_templates(self, tenant: str, *, request_options: RequestOptions | None = None) -> EmailTemplateList:
        """List email template overrides.

        The tenant's own versions of the built-in templates, by template and locale.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/email-templates", auth=("admin_key",), expect="json", options=request_options)
        return EmailTemplateList.from_dict(_data)

    def put_email_template(self, tenant: str, template: str, locale: str, *, subject: str, text: str, html: str, request_options: RequestOptions | None = None) -> EmailTemplate:
        """Set an email template override.

        Replaces a built-in template (`verify_email`, `password_reset`, `magic_link`, `email_code`,
        `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change`,
        `email_change_notice`)
        for users whose locale matches (`de` also serves `de-AT`). `{{ variable }}` placeholders
        are filled in, HTML-escaped in the HTML part; there is no other template logic.

        Args:
            tenant: The tenant's slug
            template: `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`
            locale: A BCP 47 language tag, such as `de` or `pt-BR`
            subject: One line, at most 200 characters.
            text: The plain-text part, at most 32 KiB.
            html: The HTML part, at most 64 KiB.

        Raises:
            BadRequestError: 400 Malformed body, tenant slug or locale
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or template
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Empty or too long parts, unknown variables, or a missing link or code
        """
        _data = self._request("PUT", f"/v1/tenants/{_path(tenant)}/email-templates/{_path(template)}/{_path(locale)}", json=_body({"subject": subject, "text": text, "html": html}), auth=("admin_key",), expect="json", options=request_options)
        return EmailTemplate.from_dict(_data)

    def delete_email_template(self, tenant: str, template: str, locale: str, *, request_options: RequestOptions | None = None) -> None:
        """Remove an email template override.

        The built-in template applies again.

        Args:
            tenant: The tenant's slug
            template: `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`
            locale: A BCP 47 language tag

        Raises:
            BadRequestError: 400 Malformed tenant slug or locale
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, template or override
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/email-templates/{_path(template)}/{_path(locale)}", auth=("admin_key",), expect="empty", options=request_options)

    def list_clients(self, tenant: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[Client]:
        """List clients.

        Returns the first page; iterating it yields every Client across pages.

        Args:
            tenant: The tenant's slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[Client], str | None]:
            _page = ClientList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/clients", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def create_client(self, tenant: str, *, name: str, client_type: ClientType | None = None, token_endpoint_auth_method: TokenEndpointAuthMethod | None = None, grant_types: list[GrantType] | None = None, scopes: list[str] | None = None, audiences: list[str] | None = None, access_token_ttl: int | None = None, redirect_uris: list[str] | None = None, post_logout_redirect_uris: list[str] | None = None, skip_consent: bool | None = None, jwks: dict[str, Any] | None = None, request_options: RequestOptions | None = None) -> ClientWithSecret:
        """Register a client.

        Confidential clients (the default) get a first secret, shown in this response only;
        service accounts are confidential clients with the `client_credentials` grant.

        Args:
            tenant: The tenant's slug
            client_type: `confidential` (the default) or `public`.
            token_endpoint_auth_method: Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
            grant_types: Defaults to `["client_credentials"]` for confidential clients without redirect URIs,
            access_token_ttl: 60 to the server's `max_token_lifetime` seconds (default 3600).
            redirect_uris: Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
            post_logout_redirect_uris: Where RP-initiated logout may return users; same rules as `redirect_uris`.
            skip_consent: `true` for first-party applications whose users are never asked for consent.
            jwks: The client's public keys (a JWK set) for `private_key_jwt`.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name, scopes, audiences, lifetime or client type
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/clients", json=_body({"name": name, "client_type": client_type, "token_endpoint_auth_method": token_endpoint_auth_method, "grant_types": grant_types, "scopes": scopes, "audiences": audiences, "access_token_ttl": access_token_ttl, "redirect_uris": redirect_uris, "post_logout_redirect_uris": post_logout_redirect_uris, "skip_consent": skip_consent, "jwks": jwks}), auth=("admin_key",), expect="json", options=request_options)
        return ClientWithSecret.from_dict(_data)

    def get_client(self, tenant: str, client: str, *, request_options: RequestOptions | None = None) -> Client:
        """Get a client.

        Args:
            tenant: The tenant's slug
            client: The client_id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or client
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/clients/{_path(client)}", auth=("admin_key",), expect="json", options=request_options)
        return Client.from_dict(_data)

    def delete_client(self, tenant: str, client: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a client.

        Its secrets stop working at once; access tokens already issued expire on their own
        (revoke them first if they must stop now).

        Args:
            tenant: The tenant's slug
            client: The client_id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or client
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/clients/{_path(client)}", auth=("admin_key",), expect="empty", options=request_options)

    def update_client(self, tenant: str, client: str, *, name: str | None = None, grant_types: list[GrantType] | None = None, scopes: list[str] | None = None, audiences: list[str] | None = None, access_token_ttl: int | None = None, redirect_uris: list[str] | None = None, post_logout_redirect_uris: list[str] | None = None, skip_consent: bool | None = None, jwks: dict[str, Any] | None = None, request_options: RequestOptions | None = None) -> Client:
        """Update a client.

        Args:
            tenant: The tenant's slug
            client: The client_id
            redirect_uris: Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
            post_logout_redirect_uris: Where RP-initiated logout may return users; same rules as `redirect_uris`.
            skip_consent: `true` for first-party applications whose users are never asked for consent.
            jwks: The client's public keys (a JWK set) for `private_key_jwt`.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or client
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name, scopes, audiences, lifetime or grants
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}/clients/{_path(client)}", json=_body({"name": name, "grant_types": grant_types, "scopes": scopes, "audiences": audiences, "access_token_ttl": access_token_ttl, "redirect_uris": redirect_uris, "post_logout_redirect_uris": post_logout_redirect_uris, "skip_consent": skip_consent, "jwks": jwks}), auth=("admin_key",), expect="json", options=request_options)
        return Client.from_dict(_data)

    def rotate_client_secret(self, tenant: str, client: str, *, previous_secrets_expire_in: int | None = None, request_options: RequestOptions | None = None) -> ClientWithSecret:
        """Rotate a client's secret.

        Creates a new secret, shown once, and lets the current ones keep working for
        `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.

        Args:
            tenant: The tenant's slug
            client: The client_id
            previous_secrets_expire_in: Seconds the client's current secrets keep working (0-2592000, default 86400), so

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or client
            ConflictError: 409 A public client has no secrets
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Overlap too long
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/clients/{_path(client)}/secrets", json=_body({"previous_secrets_expire_in": previous_secrets_expire_in}, optional=True), auth=("admin_key",), expect="json", options=request_options)
        return ClientWithSecret.from_dict(_data)

    def revoke_client_secret(self, tenant: str, client: str, secret: str, *, request_options: RequestOptions | None = None) -> None:
        """Revoke a client secret.

        Args:
            tenant: The tenant's slug
            client: The client_id
            secret: The secret's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, client or live secret
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/clients/{_path(client)}/secrets/{_path(secret)}", auth=("admin_key",), expect="empty", options=request_options)

    def list_resources(self, tenant: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[Resource]:
        """List resources.

        Returns the first page; iterating it yields every Resource across pages.

        Args:
            tenant: The tenant's slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        def _fetch(_cursor: str | None) -> tuple[list[Resource], str | None]:
            _page = ResourceList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/resources", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def create_resource(self, tenant: str, *, identifier: str, name: str, scopes: list[str] | None = None, request_options: RequestOptions | None = None) -> Resource:
        """Register a resource.

        An API the tenant protects, such as an MCP server: clients request tokens for it with
        `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
        tool, for instance) become requestable.

        Args:
            tenant: The tenant's slug
            identifier: An absolute URI without a fragment; unique in the tenant.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 A resource with this identifier exists
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid identifier, name or scopes
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/resources", json=_body({"identifier": identifier, "name": name, "scopes": scopes}), auth=("admin_key",), expect="json", options=request_options)
        return Resource.from_dict(_data)

    def get_resource(self, tenant: str, resource: str, *, request_options: RequestOptions | None = None) -> Resource:
        """Get a resource.

        Args:
            tenant: The tenant's slug
            resource: The resource's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or resource
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/resources/{_path(resource)}", auth=("admin_key",), expect="json", options=request_options)
        return Resource.from_dict(_data)

    def delete_resource(self, tenant: str, resource: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a resource.

        Args:
            tenant: The tenant's slug
            resource: The resource's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or resource
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/resources/{_path(resource)}", auth=("admin_key",), expect="empty", options=request_options)

    def update_resource(self, tenant: str, resource: str, *, name: str | None = None, scopes: list[str] | None = None, request_options: RequestOptions | None = None) -> Resource:
        """Update a resource.

        Its name and scopes; the identifier is fixed, since issued tokens carry it.

        Args:
            tenant: The tenant's slug
            resource: The resource's id

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or resource
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name or scopes
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}/resources/{_path(resource)}", json=_body({"name": name, "scopes": scopes}), auth=("admin_key",), expect="json", options=request_options)
        return Resource.from_dict(_data)

    def get_o_auth_settings(self, tenant: str, *, request_options: RequestOptions | None = None) -> OAuthSettings:
        """Get OAuth settings.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/oauth-settings", auth=("admin_key",), expect="json", options=request_options)
        return OAuthSettings.from_dict(_data)

    def update_o_auth_settings(self, tenant: str, *, dynamic_client_registration: bool | None = None, request_options: RequestOptions | None = None) -> OAuthSettings:
        """Update OAuth settings.

        `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
        as MCP clients need; registered clients get only the code flow.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}/oauth-settings", json=_body({"dynamic_client_registration": dynamic_client_registration}), auth=("admin_key",), expect="json", options=request_options)
        return OAuthSettings.from_dict(_data)

    def get_branding(self, tenant: str, *, request_options: RequestOptions | None = None) -> Branding:
        """Get branding.

        How the tenant's hosted sign-in and consent pages look.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/branding", auth=("admin_key",), expect="json", options=request_options)
        return Branding.from_dict(_data)

    def set_branding(self, tenant: str, *, logo_url: str | None = None, primary_color: str | None = None, custom_css: str | None = None, support_url: str | None = None, frame_ancestors: list[str] | None = None, default_locale: str | None = None, request_options: RequestOptions | None = None) -> Branding:
        """Set branding.

        Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
        omitted fields return to the defaults.

        Args:
            tenant: The tenant's slug
            logo_url: An `https` URL of the logo shown above the forms.
            primary_color: The accent colour of buttons and focus rings, `#rrggbb`.
            custom_css: A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is
            support_url: An `https` URL of the tenant's help page, linked at the foot of every page.
            frame_ancestors: Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP
            default_locale: The pages' language when neither `ui_locales` nor the browser names a supported

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid logo URL or colour
        """
        _data = self._request("PUT", f"/v1/tenants/{_path(tenant)}/branding", json=_body({"logo_url": logo_url, "primary_color": primary_color, "custom_css": custom_css, "support_url": support_url, "frame_ancestors": frame_ancestors, "default_locale": default_locale}), auth=("admin_key",), expect="json", options=request_options)
        return Branding.from_dict(_data)

    def get_password_policy(self, tenant: str, *, request_options: RequestOptions | None = None) -> PasswordPolicy:
        """Get the password policy.

        The policy in force: the tenant's choices over the server's defaults. It applies to
        sign-up, admin create and update, password change, password reset and invitation accept;
        existing passwords keep working.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/password-policy", auth=("admin_key",), expect="json", options=request_options)
        return PasswordPolicy.from_dict(_data)

    def set_password_policy(self, tenant: str, *, min_length: int | None = None, max_length: int | None = None, reject_common: bool | None = None, reject_personal_info: bool | None = None, check_breached: bool | None = None, request_options: RequestOptions | None = None) -> PasswordPolicy:
        """Set the password policy.

        Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
        count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
        to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
        range API configured.

        Args:
            tenant: The tenant's slug
            min_length: 8 to `max_length` [default: 10].
            max_length: `min_length` to 1024 [default: 256].
            reject_common: [default: the server's `reject_common_passwords`, true unless configured].
            reject_personal_info: [default: true].
            check_breached: Only when the server has `pwned_passwords_url` [default: true when it has].

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Lengths out of range, or a breach check the server cannot do
        """
        _data = self._request("PUT", f"/v1/tenants/{_path(tenant)}/password-policy", json=_body({"min_length": min_length, "max_length": max_length, "reject_common": reject_common, "reject_personal_info": reject_personal_info, "check_breached": check_breached}), auth=("admin_key",), expect="json", options=request_options)
        return PasswordPolicy.from_dict(_data)

    def list_audit_events(self, tenant: str, *, action: str | None = None, actor_id: str | None = None, target_id: str | None = None, since: str | None = None, until: str | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[AuditEvent]:
        """List audit events.

        The tenant's audit log, oldest first, filtered and paginated by cursor.

        Returns the first page; iterating it yields every AuditEvent across pages.

        Args:
            tenant: The tenant's slug
            action: Exact action, such as `user.created`.
            since: Events at or after this RFC 3339 time.
            until: Events before this RFC 3339 time.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Bad time, limit or cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[AuditEvent], str | None]:
            _page = AuditEventList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/audit-events", query={"action": action, "actor_id": actor_id, "target_id": target_id, "since": since, "until": until, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def export_audit_events(self, tenant: str, *, format: AuditExportFormat | None = None, action: str | None = None, actor_id: str | None = None, target_id: str | None = None, since: str | None = None, until: str | None = None, request_options: RequestOptions | None = None) -> str:
        """Export audit events.

        Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.

        Args:
            tenant: The tenant's slug
            since: Events at or after this RFC 3339 time.
            until: Events before this RFC 3339 time.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Bad time, or too many events to export at once
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/audit-events/export", query={"format": format, "action": action, "actor_id": actor_id, "target_id": target_id, "since": since, "until": until}, auth=("admin_key",), expect="text", options=request_options)
        return str(_data)

    def verify_audit_events(self, tenant: str, *, request_options: RequestOptions | None = None) -> AuditVerification:
        """Verify the audit chain.

        Recomputes every event's hash and link, and reports the first broken one.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/audit-events/verify", auth=("admin_key",), expect="json", options=request_options)
        return AuditVerification.from_dict(_data)

    def list_organizations(self, tenant: str, *, q: str | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[Organization]:
        """Search organizations.

        By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.

        Returns the first page; iterating it yields every Organization across pages.

        Args:
            tenant: The tenant's slug
            q: Case-insensitive substring of the slug or name.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[Organization], str | None]:
            _page = OrganizationList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations", query={"q": q, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def create_organization(self, tenant: str, *, slug: str, name: str, logo_url: str | None = None, metadata: dict[str, Any] | None = None, policies: OrganizationPolicies | None = None, request_options: RequestOptions | None = None) -> Organization:
        """Create an organization.

        The slug is unique within the tenant and cannot change later.

        Args:
            tenant: The tenant's slug
            logo_url: An https URL of at most 2048 characters.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 The slug is taken
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid slug, name, logo, metadata or policies
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations", json=_body({"slug": slug, "name": name, "logo_url": logo_url, "metadata": metadata, "policies": policies}), auth=("admin_key",), expect="json", options=request_options)
        return Organization.from_dict(_data)

    def get_organization(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> Organization:
        """Get an organization.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}", auth=("admin_key",), expect="json", options=request_options)
        return Organization.from_dict(_data)

    def delete_organization(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete an organization.

        Deletes its memberships, custom roles and invitations; sessions switched into it carry
        no organization from their next token on.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}", auth=("admin_key",), expect="empty", options=request_options)

    def update_organization(self, tenant: str, organization: str, *, name: str | None = None, logo_url: str | None = None, metadata: dict[str, Any] | None = None, policies: OrganizationPolicies | None = None, request_options: RequestOptions | None = None) -> Organization:
        """Update an organization.

        Changes only the fields present; `policies` replaces every policy at once.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            logo_url: An empty string removes the logo.
            metadata: Replaces the whole metadata object.
            policies: Replaces every policy.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name, logo, metadata or policies
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}", json=_body({"name": name, "logo_url": logo_url, "metadata": metadata, "policies": policies}), auth=("admin_key",), expect="json", options=request_options)
        return Organization.from_dict(_data)

    def list_organization_members(self, tenant: str, organization: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[Membership]:
        """List members.

        Ordered by user id, paginated by cursor.

        Returns the first page; iterating it yields every Membership across pages.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[Membership], str | None]:
            _page = MembershipList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/members", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def add_organization_member(self, tenant: str, organization: str, *, user_id: str, role: str | None = None, request_options: RequestOptions | None = None) -> Membership:
        """Add a member.

        Adds a user of the tenant with a role (`member` by default).

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            user_id: The user's id (`usr_…`), of the same tenant.
            role: A role key; `member` when absent.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 The user is already a member
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Unknown user or role
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/members", json=_body({"user_id": user_id, "role": role}), auth=("admin_key",), expect="json", options=request_options)
        return Membership.from_dict(_data)

    def get_organization_member(self, tenant: str, organization: str, user: str, *, request_options: RequestOptions | None = None) -> Membership:
        """Get a member.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or member
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/members/{_path(user)}", auth=("admin_key",), expect="json", options=request_options)
        return Membership.from_dict(_data)

    def remove_organization_member(self, tenant: str, organization: str, user: str, *, request_options: RequestOptions | None = None) -> None:
        """Remove a member.

        The user's sessions switched into the organization carry no organization from their
        next token on. The last owner cannot be removed.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or member
            ConflictError: 409 The member is the last owner
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/members/{_path(user)}", auth=("admin_key",), expect="empty", options=request_options)

    def update_organization_member(self, tenant: str, organization: str, user: str, *, role: str, request_options: RequestOptions | None = None) -> Membership:
        """Change a member's role.

        The last owner keeps the owner role until another member is made owner.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or member
            ConflictError: 409 The member is the last owner
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Unknown role
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/members/{_path(user)}", json=_body({"role": role}), auth=("admin_key",), expect="json", options=request_options)
        return Membership.from_dict(_data)

    def list_roles(self, tenant: str, *, request_options: RequestOptions | None = None) -> RoleList:
        """List the tenant's roles.

        The built-in roles (with the tenant's permissions when it changed them), then the
        tenant-wide custom roles.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/roles", auth=("admin_key",), expect="json", options=request_options)
        return RoleList.from_dict(_data)

    def create_role(self, tenant: str, *, key: str, name: str, permissions: list[str], description: str | None = None, request_options: RequestOptions | None = None) -> Role:
        """Create a tenant-wide role.

        A custom role every organization of the tenant can assign.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 The key is taken
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid key, name or permissions
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/roles", json=_body({"key": key, "name": name, "description": description, "permissions": permissions}), auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    def get_role(self, tenant: str, role: str, *, request_options: RequestOptions | None = None) -> Role:
        """Get a tenant-wide role.

        Args:
            tenant: The tenant's slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or role
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/roles/{_path(role)}", auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    def delete_role(self, tenant: str, role: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a tenant-wide role.

        Only a custom role that no member holds.

        Args:
            tenant: The tenant's slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or role
            ConflictError: 409 A built-in role, or one that members hold
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/roles/{_path(role)}", auth=("admin_key",), expect="empty", options=request_options)

    def update_role(self, tenant: str, role: str, *, name: str | None = None, description: str | None = None, permissions: list[str] | None = None, request_options: RequestOptions | None = None) -> Role:
        """Update a tenant-wide role.

        For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
        cannot change.

        Args:
            tenant: The tenant's slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or role
            ConflictError: 409 The owner role cannot change
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name or permissions
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}/roles/{_path(role)}", json=_body({"name": name, "description": description, "permissions": permissions}), auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    def list_organization_roles(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> RoleList:
        """List an organization's roles.

        The built-in and tenant-wide roles, then the organization's own.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/roles", auth=("admin_key",), expect="json", options=request_options)
        return RoleList.from_dict(_data)

    def create_organization_role(self, tenant: str, organization: str, *, key: str, name: str, permissions: list[str], description: str | None = None, request_options: RequestOptions | None = None) -> Role:
        """Create an organization's role.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 The key is taken
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid key, name or permissions
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/roles", json=_body({"key": key, "name": name, "description": description, "permissions": permissions}), auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    def get_organization_role(self, tenant: str, organization: str, role: str, *, request_options: RequestOptions | None = None) -> Role:
        """Get an organization's role.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or role
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/roles/{_path(role)}", auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    def delete_organization_role(self, tenant: str, organization: str, role: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete an organization's role.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or role
            ConflictError: 409 Members hold the role
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/roles/{_path(role)}", auth=("admin_key",), expect="empty", options=request_options)

    def update_organization_role(self, tenant: str, organization: str, role: str, *, name: str | None = None, description: str | None = None, permissions: list[str] | None = None, request_options: RequestOptions | None = None) -> Role:
        """Update an organization's role.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or role
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name or permissions
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/roles/{_path(role)}", json=_body({"name": name, "description": description, "permissions": permissions}), auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    def check_permission(self, tenant: str, *, subject: str, permission: str, organization: str | None = None, resource: str | None = None, request_options: RequestOptions | None = None) -> AuthzDecision:
        """Check a permission.

        May the subject do `permission` in the organization? The answer explains itself: the
        role and pattern that granted it, or what was missing. Checks read live memberships.

        Args:
            tenant: The tenant's slug
            subject: A user id (`usr_…`) or a service account's client id (`cli_…`).
            permission: A concrete `resource:action` (no wildcard).
            organization: The organization (id or slug) the subject acts in. Roles come from memberships,
            resource: The resource acted on (`document:123`): the organization-wide role applies to every

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Malformed subject, permission, organization or resource
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/authz/check", json=_body({"subject": subject, "permission": permission, "organization": organization, "resource": resource}), auth=("admin_key",), expect="json", options=request_options)
        return AuthzDecision.from_dict(_data)

    def check_permissions(self, tenant: str, *, checks: list[AuthzCheck], request_options: RequestOptions | None = None) -> AuthzDecisionList:
        """Check permissions in a batch.

        1 to 100 checks, answered in order; malformed checks fail the whole batch.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Too many or too few checks, or a malformed one
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/authz/check-batch", json=_body({"checks": checks}), auth=("admin_key",), expect="json", options=request_options)
        return AuthzDecisionList.from_dict(_data)

    def list_my_organizations(self, tenant: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[MyOrganization]:
        """List my organizations.

        The organizations I belong to, with my role; `current` marks the one this session is
        switched into.

        Returns the first page; iterating it yields every MyOrganization across pages.

        Args:
            tenant: The tenant's slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[MyOrganization], str | None]:
            _page = MyOrganizationList.from_dict(self._request("GET", f"/t/{_path(tenant)}/me/organizations", query={"limit": limit, "cursor": _cursor}, auth=("session_token",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def switch_organization(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> SessionTokens:
        """Switch into an organization.

        Checks the organization's policies (allowed sign-in methods, MFA required, session
        age) against this session, then returns an access token carrying `org_id`, `org_slug`,
        `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
        organization.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled
            NotFoundError: 404 No such tenant or organization
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/me/organizations/{_path(organization)}/switch", auth=("session_token",), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    def leave_organization(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> None:
        """Leave an organization.

        Ends my membership; my sessions switched into it carry no organization from their next
        token on. The last owner cannot leave.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant or organization, or not a member
            ConflictError: 409 I am the last owner
        """
        self._request("DELETE", f"/t/{_path(tenant)}/me/organizations/{_path(organization)}", auth=("session_token",), expect="empty", options=request_options)

    def get_member_organization(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> Organization:
        """Get my organization.

        Needs an access token switched into this organization and the `organization:read`
        permission.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The token is for another organization, or the role lacks the permission
            NotFoundError: 404 No such tenant or organization
        """
        _data = self._request("GET", f"/t/{_path(tenant)}/organizations/{_path(organization)}", auth=("session_token",), expect="json", options=request_options)
        return Organization.from_dict(_data)

    def list_member_organization_members(self, tenant: str, organization: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[Membership]:
        """List my organization's members.

        Needs an access token switched into this organization and the `members:read` permission.

        Returns the first page; iterating it yields every Membership across pages.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The token is for another organization, or the role lacks the permission
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[Membership], str | None]:
            _page = MembershipList.from_dict(self._request("GET", f"/t/{_path(tenant)}/organizations/{_path(organization)}/members", query={"limit": limit, "cursor": _cursor}, auth=("session_token",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def list_invitations(self, tenant: str, organization: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[Invitation]:
        """List invitations.

        Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).

        Returns the first page; iterating it yields every Invitation across pages.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[Invitation], str | None]:
            _page = InvitationList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/invitations", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def create_invitation(self, tenant: str, organization: str, *, email: str, role: str | None = None, locale: str | None = None, expires_in_secs: int | None = None, request_options: RequestOptions | None = None) -> Invitation:
        """Invite someone by email.

        Sends a single-use link (7 days by default) to the address; the email is sent before the
        answer, and if it cannot be, no invitation is kept.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: A role key; `member` when absent.
            locale: Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
            expires_in_secs: Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 Already a member, or a pending invitation exists
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid email, role, locale or lifetime
            InternalServerError: 503 The email could not be sent
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/invitations", json=_body({"email": email, "role": role, "locale": locale, "expires_in_secs": expires_in_secs}), auth=("admin_key",), expect="json", options=request_options)
        return Invitation.from_dict(_data)

    def get_invitation(self, tenant: str, organization: str, invitation: str, *, request_options: RequestOptions | None = None) -> Invitation:
        """Get an invitation.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            invitation: The invitation's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or invitation
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/invitations/{_path(invitation)}", auth=("admin_key",), expect="json", options=request_options)
        return Invitation.from_dict(_data)

    def revoke_invitation(self, tenant: str, organization: str, invitation: str, *, request_options: RequestOptions | None = None) -> None:
        """Revoke an invitation.

        Its link stops working at once.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            invitation: The invitation's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or invitation
            ConflictError: 409 Already accepted or revoked
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/invitations/{_path(invitation)}", auth=("admin_key",), expect="empty", options=request_options)

    def resend_invitation(self, tenant: str, organization: str, invitation: str, *, request_options: RequestOptions | None = None) -> Invitation:
        """Resend an invitation.

        Sends a new link with a fresh expiry (the same lifetime as before); the previous link
        stops working.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            invitation: The invitation's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or invitation
            ConflictError: 409 Already accepted or revoked
            InternalServerError: 503 The email could not be sent
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/invitations/{_path(invitation)}/resend", auth=("admin_key",), expect="json", options=request_options)
        return Invitation.from_dict(_data)

    def invite_member(self, tenant: str, organization: str, *, email: str, role: str | None = None, locale: str | None = None, expires_in_secs: int | None = None, request_options: RequestOptions | None = None) -> Invitation:
        """Invite a teammate.

        A member with `members:invite` (an `admin` or `owner` by default) invites someone into
        the organization their access token is switched into.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: A role key; `member` when absent.
            locale: Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
            expires_in_secs: Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The token is for another organization, or the role lacks `members:invite`
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 Already a member, or a pending invitation exists
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid email, role, locale or lifetime
            InternalServerError: 503 The email could not be sent
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/organizations/{_path(organization)}/invitations", json=_body({"email": email, "role": role, "locale": locale, "expires_in_secs": expires_in_secs}), auth=("session_token",), expect="json", options=request_options)
        return Invitation.from_dict(_data)

    def accept_invitation(self, tenant: str, *, token: str, password: str | None = None, name: str | None = None, request_options: RequestOptions | None = None) -> InvitationAccepted:
        """Accept an invitation.

        With the `tin_…` token from the email. An invitee with an account signs in first and
        sends the access token (`Authorization: Bearer …`); one without an account sends a
        password, which creates the account (its email verified) and returns session tokens,
        switched into the organization when its policies allow.

        Args:
            tenant: The tenant's slug
            token: The `tin_…` token from the invitation email's link.
            password: For an invitee without an account: the password of the account created on accepting.
            name: The new account's display name.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 The invitation token is unknown, used, revoked or expired, or the access token is not valid
            PermissionDeniedError: 403 Signed in as another address than the invited one
            NotFoundError: 404 No such tenant
            ConflictError: 409 The invited address has an account: sign in first
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A password is missing or breaks the policy
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/invitations/accept", json=_body({"token": token, "password": password, "name": name}), auth=("session_token",), expect="json", options=request_options)
        return InvitationAccepted.from_dict(_data)

    def list_api_keys(self, tenant: str, *, organization: str | None = None, user: str | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[ApiKey]:
        """List API keys.

        Oldest first, optionally of one organization or user, revoked and expired keys included.

        Returns the first page; iterating it yields every ApiKey across pages.

        Args:
            tenant: The tenant's slug
            organization: Only this organization's keys (id or slug).
            user: Only this user's keys.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[ApiKey], str | None]:
            _page = ApiKeyList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/api-keys", query={"organization": organization, "user": user, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def create_api_key(self, tenant: str, *, name: str, permissions: list[str], organization: str | None = None, user: str | None = None, expires_in_secs: int | None = None, request_options: RequestOptions | None = None) -> ApiKeyWithSecret:
        """Create an API key.

        For an organization or a user, limited to permission patterns, optionally expiring. The
        `tsk_…` secret is in this answer only; resource servers check it by introspection.

        Args:
            tenant: The tenant's slug
            organization: The owning organization (id or slug).
            user: The owning user's id.
            permissions: 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
            expires_in_secs: Seconds until the key expires (60 to 63,072,000); absent: never.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 No single owner, an unknown owner, or invalid name, permissions or lifetime
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/api-keys", json=_body({"organization": organization, "user": user, "name": name, "permissions": permissions, "expires_in_secs": expires_in_secs}), auth=("admin_key",), expect="json", options=request_options)
        return ApiKeyWithSecret.from_dict(_data)

    def get_api_key(self, tenant: str, key: str, *, request_options: RequestOptions | None = None) -> ApiKey:
        """Get an API key.

        Args:
            tenant: The tenant's slug
            key: The key's id (`key_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or key
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/api-keys/{_path(key)}", auth=("admin_key",), expect="json", options=request_options)
        return ApiKey.from_dict(_data)

    def revoke_api_key(self, tenant: str, key: str, *, request_options: RequestOptions | None = None) -> None:
        """Revoke an API key.

        Introspection answers `active: false` for it from now on.

        Args:
            tenant: The tenant's slug
            key: The key's id (`key_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or key
            ConflictError: 409 Already revoked
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/api-keys/{_path(key)}", auth=("admin_key",), expect="empty", options=request_options)

    def rotate_api_key(self, tenant: str, key: str, *, overlap_secs: int | None = None, request_options: RequestOptions | None = None) -> ApiKeyWithSecret:
        """Rotate an API key.

        Issues a successor with the same owner, name, permissions and lifetime; the old key
        keeps working for `overlap_secs` (a day by default).

        Args:
            tenant: The tenant's slug
            key: The key's id (`key_…`)
            overlap_secs: How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or key
            ConflictError: 409 The key is revoked, expired or already rotated
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Overlap out of range
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/api-keys/{_path(key)}/rotate", json=_body({"overlap_secs": overlap_secs}, optional=True), auth=("admin_key",), expect="json", options=request_options)
        return ApiKeyWithSecret.from_dict(_data)

    def list_organization_domains(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> OrganizationDomainList:
        """List an organization's domains.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/domains", auth=("admin_key",), expect="json", options=request_options)
        return OrganizationDomainList.from_dict(_data)

    def add_organization_domain(self, tenant: str, organization: str, *, domain: str, auto_join: bool | None = None, request_options: RequestOptions | None = None) -> OrganizationDomain:
        """Claim a domain.

        Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 The organization already claims it
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not a domain name
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/domains", json=_body({"domain": domain, "auto_join": auto_join}), auth=("admin_key",), expect="json", options=request_options)
        return OrganizationDomain.from_dict(_data)

    def remove_organization_domain(self, tenant: str, organization: str, domain: str, *, request_options: RequestOptions | None = None) -> None:
        """Remove a domain.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            domain: The domain's id (`dom_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or domain
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/domains/{_path(domain)}", auth=("admin_key",), expect="empty", options=request_options)

    def update_organization_domain(self, tenant: str, organization: str, domain: str, *, auto_join: bool, request_options: RequestOptions | None = None) -> OrganizationDomain:
        """Change a domain's auto-join.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            domain: The domain's id (`dom_…`)

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or domain
            APIError: 415 Body is not JSON
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/domains/{_path(domain)}", json=_body({"auto_join": auto_join}), auth=("admin_key",), expect="json", options=request_options)
        return OrganizationDomain.from_dict(_data)

    def verify_organization_domain(self, tenant: str, organization: str, domain: str, *, request_options: RequestOptions | None = None) -> OrganizationDomain:
        """Verify a domain.

        Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
        holds `txt_value`, the domain is verified.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            domain: The domain's id (`dom_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or domain
            ConflictError: 409 The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/domains/{_path(domain)}/verify", auth=("admin_key",), expect="json", options=request_options)
        return OrganizationDomain.from_dict(_data)

    def list_service_accounts(self, tenant: str, organization: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[ServiceAccount]:
        """List service accounts.

        Returns the first page; iterating it yields every ServiceAccount across pages.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[ServiceAccount], str | None]:
            _page = ServiceAccountList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/service-accounts", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def create_service_account(self, tenant: str, organization: str, *, name: str, role: str | None = None, scopes: list[str] | None = None, audiences: list[str] | None = None, request_options: RequestOptions | None = None) -> ServiceAccountWithSecret:
        """Create a service account.

        A confidential client with the `client_credentials` grant, owned by the organization and
        acting with one of its roles (`member` by default). Its tokens carry `org_id`,
        `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: A role of the organization (built-in, tenant-wide or its own); `member` by default.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name, role, scopes or audiences
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/service-accounts", json=_body({"name": name, "role": role, "scopes": scopes, "audiences": audiences}), auth=("admin_key",), expect="json", options=request_options)
        return ServiceAccountWithSecret.from_dict(_data)

    def get_service_account(self, tenant: str, organization: str, service_account: str, *, request_options: RequestOptions | None = None) -> ServiceAccount:
        """Get a service account.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            service_account: The service account's client id (`cli_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or service account
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/service-accounts/{_path(service_account)}", auth=("admin_key",), expect="json", options=request_options)
        return ServiceAccount.from_dict(_data)

    def delete_service_account(self, tenant: str, organization: str, service_account: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a service account.

        Deletes its client too: its secret stops working at once.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            service_account: The service account's client id (`cli_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or service account
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/service-accounts/{_path(service_account)}", auth=("admin_key",), expect="empty", options=request_options)

    def update_service_account(self, tenant: str, organization: str, service_account: str, *, role: str, request_options: RequestOptions | None = None) -> ServiceAccount:
        """Change a service account's role.

        Its next token carries the new role; checks use it at once.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            service_account: The service account's client id (`cli_…`)

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or service account
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Unknown role
        """
        _data = self._request("PATCH", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/service-accounts/{_path(service_account)}", json=_body({"role": role}), auth=("admin_key",), expect="json", options=request_options)
        return ServiceAccount.from_dict(_data)

    def list_resource_grants(self, tenant: str, organization: str, *, subject: str | None = None, resource: str | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> SyncPage[ResourceGrant]:
        """List resource grants.

        Oldest first, optionally of one subject or on one resource.

        Returns the first page; iterating it yields every ResourceGrant across pages.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            subject: Only this subject's grants.
            resource: Only grants on this resource.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        def _fetch(_cursor: str | None) -> tuple[list[ResourceGrant], str | None]:
            _page = ResourceGrantList.from_dict(self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/resource-grants", query={"subject": subject, "resource": resource, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return SyncPage(_fetch, cursor)

    def create_resource_grant(self, tenant: str, organization: str, *, subject: str, resource: str, role: str, request_options: RequestOptions | None = None) -> ResourceGrant:
        """Grant a role on one resource.

        To a member or a service account of the organization, on top of their organization-wide
        role; `authz/check` with that `resource` consults it.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 The subject already holds a role on the resource
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A subject outside the organization, an unknown role or a malformed resource
        """
        _data = self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/resource-grants", json=_body({"subject": subject, "resource": resource, "role": role}), auth=("admin_key",), expect="json", options=request_options)
        return ResourceGrant.from_dict(_data)

    def delete_resource_grant(self, tenant: str, organization: str, grant: str, *, request_options: RequestOptions | None = None) -> None:
        """Revoke a resource grant.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            grant: The grant's id (`rgr_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or grant
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/resource-grants/{_path(grant)}", auth=("admin_key",), expect="empty", options=request_options)

    def get_webauthn_settings(self, tenant: str, *, request_options: RequestOptions | None = None) -> WebauthnSettings:
        """Get passkey settings.

        The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
        Unset values show their defaults, derived from the server's public URL.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/webauthn-settings", auth=("admin_key",), expect="json", options=request_options)
        return WebauthnSettings.from_dict(_data)

    def set_webauthn_settings(self, tenant: str, *, rp_id: str | None = None, rp_name: str | None = None, origins: list[str] | None = None, attestation: AttestationConveyance | None = None, allowed_formats: list[str] | None = None, request_options: RequestOptions | None = None) -> WebauthnSettings:
        """Set passkey settings.

        Replaces the settings; omitted fields return to their defaults. Passkeys registered under
        another RP ID stop working, since browsers scope credentials to the RP ID.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A malformed RP ID, origin or format, or an origin outside the RP ID
        """
        _data = self._request("PUT", f"/v1/tenants/{_path(tenant)}/webauthn-settings", json=_body({"rp_id": rp_id, "rp_name": rp_name, "origins": origins, "attestation": attestation, "allowed_formats": allowed_formats}), auth=("admin_key",), expect="json", options=request_options)
        return WebauthnSettings.from_dict(_data)

    def list_user_passkeys(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> PasskeyList:
        """List a user's passkeys.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = self._request("GET", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/passkeys", auth=("admin_key",), expect="json", options=request_options)
        return PasskeyList.from_dict(_data)

    def delete_user_passkey(self, tenant: str, user: str, passkey: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a user's passkey.

        The passkey can no longer sign in, from the next ceremony on.

        Args:
            tenant: The tenant's slug
            user: The user's id
            passkey: The passkey's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, user or passkey
        """
        self._request("DELETE", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/passkeys/{_path(passkey)}", auth=("admin_key",), expect="empty", options=request_options)

    def list_my_passkeys(self, tenant: str, *, request_options: RequestOptions | None = None) -> PasskeyList:
        """My passkeys.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/t/{_path(tenant)}/me/passkeys", auth=("session_token",), expect="json", options=request_options)
        return PasskeyList.from_dict(_data)

    def register_passkey(self, tenant: str, *, ceremony_id: str, credential: dict[str, Any], name: str | None = None, request_options: RequestOptions | None = None) -> Passkey:
        """Add a passkey.

        Verifies the browser's answer to the registration options and stores the passkey.

        Args:
            tenant: The tenant's slug
            credential: The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
            name: 1-64 characters; defaults to "Passkey".

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            ConflictError: 409 This credential is already registered
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/me/passkeys", json=_body({"ceremony_id": ceremony_id, "credential": credential, "name": name}), auth=("session_token",), expect="json", options=request_options)
        return Passkey.from_dict(_data)

    def start_passkey_registration(self, tenant: str, *, request_options: RequestOptions | None = None) -> PasskeyCeremony:
        """Start adding a passkey.

        Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
        browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/me/passkeys/options", auth=("session_token",), expect="json", options=request_options)
        return PasskeyCeremony.from_dict(_data)

    def delete_my_passkey(self, tenant: str, passkey: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete one of my passkeys.

        Args:
            tenant: The tenant's slug
            passkey: The passkey's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant or passkey
        """
        self._request("DELETE", f"/t/{_path(tenant)}/me/passkeys/{_path(passkey)}", auth=("session_token",), expect="empty", options=request_options)

    def rename_my_passkey(self, tenant: str, passkey: str, *, name: str, request_options: RequestOptions | None = None) -> Passkey:
        """Rename one of my passkeys.

        Args:
            tenant: The tenant's slug
            passkey: The passkey's id
            name: 1-64 characters.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant or passkey
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A name that is empty or longer than 64 characters
        """
        _data = self._request("PATCH", f"/t/{_path(tenant)}/me/passkeys/{_path(passkey)}", json=_body({"name": name}), auth=("session_token",), expect="json", options=request_options)
        return Passkey.from_dict(_data)

    def start_passkey_sign_in(self, tenant: str, *, email: str | None = None, request_options: RequestOptions | None = None) -> PasskeyCeremony:
        """Start a passkey sign-in.

        Answers the options for `navigator.credentials.get()`. With the `email` of an account
        that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
        or one without passkeys) they are username-less, with `mediation: "conditional"` for
        autofill, and any passkey of the tenant may answer.

        Args:
            tenant: The tenant's slug
            email: Ask for this account's passkeys only. Without it (username-less), any passkey the

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A malformed email
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/passkeys/options", json=_body({"email": email}), expect="json", options=request_options)
        return PasskeyCeremony.from_dict(_data)

    def verify_passkey_sign_in(self, tenant: str, *, ceremony_id: str, credential: dict[str, Any], delivery: TokenDelivery | None = None, organization: str | None = None, request_options: RequestOptions | None = None) -> SessionTokens:
        """Sign in with a passkey.

        Verifies the browser's assertion and opens a session, answered like a password sign-in.
        A passkey verifies its user, so no second factor is asked for.

        With `organization`, the session opens switched into that organization, as at
        `POST /t/{tenant}/auth/login`: an unknown one is `422` before the assertion is checked;
        a non-member gets `403 permission_denied` and a sign-in that does not meet a policy
        `403 organization_policy_violation` (a passkey counts as multi-factor for `mfa_required`).

        Args:
            tenant: The tenant's slug
            credential: The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
            organization: Sign in into this organization (its id, `org_…`, or its slug), as at

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify
            PermissionDeniedError: 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A malformed credential, or `organization` names no organization of the tenant
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/passkeys/verify", json=_body({"ceremony_id": ceremony_id, "credential": credential, "delivery": delivery, "organization": organization}), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    def start_passkey_second_factor(self, tenant: str, *, mfa_token: str, request_options: RequestOptions | None = None) -> PasskeyCeremony:
        """Start the passkey step of an MFA challenge.

        For a login answer whose `factors` include `passkey`: options for
        `navigator.credentials.get()` listing the account's passkeys.

        Args:
            tenant: The tenant's slug
            mfa_token: The `mfa_token` of the login answer.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_token`: unknown, expired or spent MFA token
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The account has no passkey
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/mfa/passkey/options", json=_body({"mfa_token": mfa_token}), expect="json", options=request_options)
        return PasskeyCeremony.from_dict(_data)

    def verify_passkey_second_factor(self, tenant: str, *, mfa_token: str, ceremony_id: str, credential: dict[str, Any], delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> SessionTokens:
        """Complete an MFA challenge with a passkey.

        Verifies the assertion, spends the MFA token and opens the session.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify
            PermissionDeniedError: 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A malformed credential
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/mfa/passkey/verify", json=_body({"mfa_token": mfa_token, "ceremony_id": ceremony_id, "credential": credential, "delivery": delivery}), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    def get_open_id_configuration(self, tenant: str, *, request_options: RequestOptions | None = None) -> OpenIdConfiguration:
        """OpenID Provider configuration.

        The tenant's discovery document (OpenID Connect Discovery 1.0 §4).

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/t/{_path(tenant)}/.well-known/openid-configuration", expect="json", options=request_options)
        return OpenIdConfiguration.from_dict(_data)

    def get_jwks(self, tenant: str, *, request_options: RequestOptions | None = None) -> JwkSet:
        """JSON Web Key Set.

        The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
        they signed has expired.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/t/{_path(tenant)}/.well-known/jwks.json", expect="json", options=request_options)
        return JwkSet.from_dict(_data)

    def get_authorization_server_metadata(self, tenant: str, *, request_options: RequestOptions | None = None) -> OpenIdConfiguration:
        """OAuth authorization server metadata.

        RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
        path appended; clients such as the MCP SDK look here first.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/.well-known/oauth-authorization-server/t/{_path(tenant)}", expect="json", options=request_options)
        return OpenIdConfiguration.from_dict(_data)

    def login(self, tenant: str, *, email: str, password: str, delivery: TokenDelivery | None = None, organization: str | None = None, request_options: RequestOptions | None = None) -> LoginResponse:
        """Sign in with email and password.

        Answers the same `invalid_credentials` whether the email is unknown or the password is
        wrong. After five failures the email is locked with exponential backoff (429 with
        `Retry-After`), whether or not it has an account.

        When the user has a second factor, a correct password answers an `MfaChallenge`
        (`mfa_required: true`) instead of tokens: complete the sign-in at
        `POST /t/{tenant}/auth/mfa/verify` with its `mfa_token` and a code.

        With `organization` (an id, `org_…`, or a slug), the session opens switched into that
        organization, as after `POST /t/{tenant}/me/organizations/{organization}/switch`: its
        access tokens, and those each refresh mints, carry `org_id`, `org_slug`, `org_role` and
        `permissions`. An organization the tenant does not have is `422` before the password is
        checked. Once every factor is verified (here, or at the second factor, whose challenge
        remembers the organization), a user who is not a member gets `403 permission_denied`,
        and a sign-in that does not meet a policy `403 organization_policy_violation` whose
        `detail` names the policy in backquotes; either opens no session and counts nothing
        towards the lockout. A wrong password is `invalid_credentials` as without it.

        Args:
            tenant: The tenant's slug
            organization: Sign in into this organization (its id, `org_…`, or its slug), as with

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Wrong email or password
            PermissionDeniedError: 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 `organization` names no organization of the tenant
            RateLimitedError: 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/login", json=_body({"email": email, "password": password, "delivery": delivery, "organization": organization}), expect="json", options=request_options)
        return _decode_login_response(_data)

    def refresh_session(self, tenant: str, *, refresh_token: str | None = None, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> SessionTokens:
        """Refresh a session.

        Spends the refresh token (from the body or the cookie) and returns a new access token
        and a new refresh token. A refresh token works once: presenting a spent one revokes the
        whole session.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Unknown, expired, revoked or reused refresh token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/refresh", json=_body({"refresh_token": refresh_token, "delivery": delivery}), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    def logout(self, tenant: str, *, refresh_token: str | None = None, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> None:
        """Sign out.

        Revokes the session of the refresh token (from the body or the cookie) and clears the
        cookie. Signing out twice, or with an unknown token, also answers 204.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
        """
        self._request("POST", f"/t/{_path(tenant)}/auth/logout", json=_body({"refresh_token": refresh_token, "delivery": delivery}), expect="empty", options=request_options)

    def oauth_token(self, tenant: str, *, grant_type: str, code: str | None = None, redirect_uri: str | None = None, code_verifier: str | None = None, refresh_token: str | None = None, scope: str | None = None, resource: str | None = None, audience: str | None = None, client_id: str | None = None, client_secret: str | None = None, client_assertion_type: str | None = None, client_assertion: str | None = None, request_options: RequestOptions | None = None) -> TokenResponse:
        """Token endpoint.

        Issues RFC 9068 access tokens. Grants: `authorization_code` (PKCE verifier required;
        returns an ID token for `openid` and a rotating refresh token when the client may use
        `refresh_token`), `refresh_token` (single use; reuse revokes the grant) and
        `client_credentials`. Confidential clients authenticate with `client_secret_basic` or
        `client_secret_post` as registered; public clients send only `client_id`.

        Args:
            tenant: The tenant's slug
            grant_type: `authorization_code`, `refresh_token` or `client_credentials`.
            code: With `authorization_code`: the code the authorization endpoint returned.
            redirect_uri: With `authorization_code`: the `redirect_uri` of the authorization request.
            code_verifier: With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
            refresh_token: With `refresh_token`: the refresh token to spend.
            scope: Space-separated scopes; all the client's scopes when omitted.
            resource: RFC 8707 resource indicator: the API the token is for (becomes `aud`).
            audience: Auth0-style synonym of `resource`.
            client_id: With `client_secret_post`.
            client_secret: With `client_secret_post`.
            client_assertion_type: With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
            client_assertion: With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).

        Raises:
            BadRequestError: 400 An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type
            AuthenticationError: 401 invalid_client
            NotFoundError: 404 No such tenant
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/oauth/token", form=_body({"grant_type": grant_type, "code": code, "redirect_uri": redirect_uri, "code_verifier": code_verifier, "refresh_token": refresh_token, "scope": scope, "resource": resource, "audience": audience, "client_id": client_id, "client_secret": client_secret, "client_assertion_type": client_assertion_type, "client_assertion": client_assertion}), expect="json", options=request_options)
        return TokenResponse.from_dict(_data)

    def oauth_introspect(self, tenant: str, *, token: str, token_type_hint: str | None = None, client_id: str | None = None, client_secret: str | None = None, client_assertion_type: str | None = None, client_assertion: str | None = None, request_options: RequestOptions | None = None) -> IntrospectionResponse:
        """Token introspection.

        RFC 7662: whether an access token of this tenant is active, with its claims. Callers
        authenticate as a confidential client of the tenant.

        Args:
            tenant: The tenant's slug
            token_type_hint: `access_token` or `refresh_token`; a hint only.

        Raises:
            BadRequestError: 400 invalid_request
            AuthenticationError: 401 invalid_client
            NotFoundError: 404 No such tenant
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/oauth/introspect", form=_body({"token": token, "token_type_hint": token_type_hint, "client_id": client_id, "client_secret": client_secret, "client_assertion_type": client_assertion_type, "client_assertion": client_assertion}), expect="json", options=request_options)
        return IntrospectionResponse.from_dict(_data)

    def oauth_revoke(self, tenant: str, *, token: str, token_type_hint: str | None = None, client_id: str | None = None, client_secret: str | None = None, client_assertion_type: str | None = None, client_assertion: str | None = None, request_options: RequestOptions | None = None) -> None:
        """Token revocation.

        RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
        foreign tokens also answer 200, as the RFC requires.

        Args:
            tenant: The tenant's slug
            token_type_hint: `access_token` or `refresh_token`; a hint only.

        Raises:
            BadRequestError: 400 invalid_request
            AuthenticationError: 401 invalid_client
            NotFoundError: 404 No such tenant
        """
        self._request("POST", f"/t/{_path(tenant)}/oauth/revoke", form=_body({"token": token, "token_type_hint": token_type_hint, "client_id": client_id, "client_secret": client_secret, "client_assertion_type": client_assertion_type, "client_assertion": client_assertion}), expect="empty", options=request_options)

    def oauth_user_info(self, tenant: str, *, request_options: RequestOptions | None = None) -> UserInfo:
        """UserInfo.

        OpenID Connect Core §5.3: the claims about the token's user that its scopes release
        (`openid` required; `profile` and `email` add claims). Send the access token as a
        Bearer token.

        Args:
            tenant: The tenant's slug

        Raises:
            AuthenticationError: 401 invalid_token (RFC 6750)
            PermissionDeniedError: 403 insufficient_scope: the token lacks openid
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/t/{_path(tenant)}/oauth/userinfo", auth=("bearer_token",), expect="json", options=request_options)
        return UserInfo.from_dict(_data)

    def oauth_user_info_post(self, tenant: str, *, request_options: RequestOptions | None = None) -> UserInfo:
        """UserInfo (POST).

        The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).

        Args:
            tenant: The tenant's slug

        Raises:
            AuthenticationError: 401 invalid_token (RFC 6750)
            PermissionDeniedError: 403 insufficient_scope: the token lacks openid
            NotFoundError: 404 No such tenant
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/oauth/userinfo", auth=("bearer_token",), expect="json", options=request_options)
        return UserInfo.from_dict(_data)

    def oauth_register(self, tenant: str, *, redirect_uris: list[str] | None = None, token_endpoint_auth_method: str | None = None, grant_types: list[str] | None = None, response_types: list[str] | None = None, client_name: str | None = None, scope: str | None = None, post_logout_redirect_uris: list[str] | None = None, request_options: RequestOptions | None = None) -> ClientRegistrationResponse:
        """Register a client dynamically.

        RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
        need. Registered clients get the authorization code flow (with `refresh_token` when
        asked); `token_endpoint_auth_method: none` makes a public client. The response carries
        the client secret and the registration access token, once.

        Args:
            tenant: The tenant's slug
            token_endpoint_auth_method: `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
            grant_types: `authorization_code` and `refresh_token` (the default is `authorization_code`).
            response_types: `code` only.
            scope: Space-separated scopes the client will use (informational).

        Raises:
            BadRequestError: 400 invalid_redirect_uri or invalid_client_metadata
            PermissionDeniedError: 403 access_denied: the tenant does not allow dynamic registration
            NotFoundError: 404 No such tenant
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/oauth/register", json=_body({"redirect_uris": redirect_uris, "token_endpoint_auth_method": token_endpoint_auth_method, "grant_types": grant_types, "response_types": response_types, "client_name": client_name, "scope": scope, "post_logout_redirect_uris": post_logout_redirect_uris}), expect="json", options=request_options)
        return ClientRegistrationResponse.from_dict(_data)

    def oauth_read_registration(self, tenant: str, client: str, *, request_options: RequestOptions | None = None) -> ClientRegistrationResponse:
        """Read a registration.

        RFC 7592 §2.1, with the registration access token as a Bearer token.

        Args:
            tenant: The tenant's slug
            client: The client_id

        Raises:
            AuthenticationError: 401 invalid_token
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/t/{_path(tenant)}/oauth/register/{_path(client)}", auth=("registration_token",), expect="json", options=request_options)
        return ClientRegistrationResponse.from_dict(_data)

    def oauth_update_registration(self, tenant: str, client: str, *, redirect_uris: list[str] | None = None, token_endpoint_auth_method: str | None = None, grant_types: list[str] | None = None, response_types: list[str] | None = None, client_name: str | None = None, scope: str | None = None, post_logout_redirect_uris: list[str] | None = None, request_options: RequestOptions | None = None) -> ClientRegistrationResponse:
        """Update a registration.

        RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
        cannot change).

        Args:
            tenant: The tenant's slug
            client: The client_id
            token_endpoint_auth_method: `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
            grant_types: `authorization_code` and `refresh_token` (the default is `authorization_code`).
            response_types: `code` only.
            scope: Space-separated scopes the client will use (informational).

        Raises:
            BadRequestError: 400 invalid_redirect_uri or invalid_client_metadata
            AuthenticationError: 401 invalid_token
            NotFoundError: 404 No such tenant
        """
        _data = self._request("PUT", f"/t/{_path(tenant)}/oauth/register/{_path(client)}", json=_body({"redirect_uris": redirect_uris, "token_endpoint_auth_method": token_endpoint_auth_method, "grant_types": grant_types, "response_types": response_types, "client_name": client_name, "scope": scope, "post_logout_redirect_uris": post_logout_redirect_uris}), auth=("registration_token",), expect="json", options=request_options)
        return ClientRegistrationResponse.from_dict(_data)

    def oauth_delete_registration(self, tenant: str, client: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a registration.

        RFC 7592 §2.3: the client stops working at once.

        Args:
            tenant: The tenant's slug
            client: The client_id

        Raises:
            AuthenticationError: 401 invalid_token
            NotFoundError: 404 No such tenant
        """
        self._request("DELETE", f"/t/{_path(tenant)}/oauth/register/{_path(client)}", auth=("registration_token",), expect="empty", options=request_options)

    def get_protected_resource_metadata(self, tenant: str, resource: str, *, request_options: RequestOptions | None = None) -> ProtectedResourceMetadata:
        """Protected resource metadata.

        RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
        behalf: resource servers point clients here from their `WWW-Authenticate` challenge
        (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.

        Args:
            tenant: The tenant's slug
            resource: The resource's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            NotFoundError: 404 No such tenant or resource
        """
        _data = self._request("GET", f"/.well-known/oauth-protected-resource/t/{_path(tenant)}/resources/{_path(resource)}", expect="json", options=request_options)
        return ProtectedResourceMetadata.from_dict(_data)

    def verify_mfa(self, tenant: str, *, mfa_token: str, code: str | None = None, recovery_code: str | None = None, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> SessionTokens:
        """Complete a sign-in with a second factor.

        Takes the `mfa_token` of the login answer with either `code`, the authenticator app's
        current six-digit code (the previous and next 30-second codes are accepted too, each
        code only once), or `recovery_code`, one of the user's single-use recovery codes. A
        wrong code answers `invalid_code` and leaves the token usable until it expires (five
        minutes); failures count towards the same lockout as wrong passwords. Success spends the
        token and returns the session's tokens, delivered as `delivery` asks.

        When the login named an `organization`, the session opens into it once the user's
        membership and the organization's policies, judged with this second factor (so
        `mfa_required` is met), admit it; otherwise `403` as at the login, the token is spent
        and no session is opened.

        Args:
            tenant: The tenant's slug
            mfa_token: The `mfa_token` of the login answer.
            code: The current six-digit code of the user's authenticator app.
            recovery_code: One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens,

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token
            PermissionDeniedError: 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not exactly one of `code` and `recovery_code`, or a malformed one
            RateLimitedError: 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/mfa/verify", json=_body({"mfa_token": mfa_token, "code": code, "recovery_code": recovery_code, "delivery": delivery}), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    def signup(self, tenant: str, *, email: str, password: str, name: str | None = None, request_options: RequestOptions | None = None) -> EmailRequestAccepted:
        """Sign up.

        Starts creating an account, if the tenant's `signup_mode` allows the address: `open`
        takes any, `domain_allowlist` only its domains, and `invite_only` (the default) none
        (403 `signup_disabled`). Disposable-address domains are refused while the tenant's
        `block_disposable_emails` is on (403 `email_domain_not_allowed`). The password must meet
        the password policy.

        The answer is the same 202, after about the same time, whether or not the address
        already has an account, so it reveals nothing about which accounts exist: a new address
        is emailed a link (valid once, for 24 hours) that finishes the signup at `verifySignup`;
        an address with an account is emailed a notice with a password-reset link instead.

        Args:
            tenant: The tenant's slug
            password: Checked against the password policy.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            PermissionDeniedError: 403 `signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not an email address, a name that is too long, or a password that does not meet the policy
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/signup", json=_body({"email": email, "password": password, "name": name}), expect="json", options=request_options)
        return EmailRequestAccepted.from_dict(_data)

    def verify_signup(self, tenant: str, *, token: str, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> SessionTokens:
        """Finish signing up.

        Spends the token of a signup link, creates the user (with the email verified) and signs
        them in: the session's tokens, the refresh token in JSON or in the session cookie as
        `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
        signup of the same address; 409 if the address got an account in the meantime.

        Args:
            tenant: The tenant's slug
            token: The token from the confirmation link (`tsu_…`).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Unknown, expired, used or superseded token
            PermissionDeniedError: 403 The tenant no longer takes signups from this address
            NotFoundError: 404 No such tenant
            ConflictError: 409 The address already has an account
            APIError: 415 Body is not JSON
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/signup/verify", json=_body({"token": token, "delivery": delivery}), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    def verify_email(self, tenant: str, *, token: str, request_options: RequestOptions | None = None) -> EmailVerified:
        """Verify an email address.

        Spends the token of a verification link and marks the user's email verified. The token
        is refused if it expired, was used or replaced, or if the user's email changed since.

        Args:
            tenant: The tenant's slug
            token: The token from the verification link (`tev_…`).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Unknown, expired, used or superseded token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/verify-email", json=_body({"token": token}), expect="json", options=request_options)
        return EmailVerified.from_dict(_data)

    def request_password_reset(self, tenant: str, *, email: str, request_options: RequestOptions | None = None) -> EmailRequestAccepted:
        """Request a password reset.

        Emails a reset link (valid once, for 30 minutes) if the address has an account that may
        sign in. The answer is the same 202, after about the same time, whether or not it does.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not an email address
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/password-reset", json=_body({"email": email}), expect="json", options=request_options)
        return EmailRequestAccepted.from_dict(_data)

    def confirm_password_reset(self, tenant: str, *, token: str, new_password: str, request_options: RequestOptions | None = None) -> None:
        """Set a new password with a reset token.

        Spends the token of a reset link, sets the password (checked against the password
        policy; a refused password leaves the token usable), marks the email verified, lifts a
        sign-in lockout and revokes every session of the user.

        Args:
            tenant: The tenant's slug
            token: The token from the reset link (`tpr_…`).
            new_password: Checked against the password policy.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Unknown, expired, used or superseded token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The password does not meet the policy
            RateLimitedError: 429 Too many requests from this address
        """
        self._request("POST", f"/t/{_path(tenant)}/auth/password-reset/confirm", json=_body({"token": token, "new_password": new_password}), expect="empty", options=request_options)

    def request_magic_link(self, tenant: str, *, email: str, request_options: RequestOptions | None = None) -> EmailRequestAccepted:
        """Request a magic link.

        Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
        sign in. The answer is the same 202, after about the same time, whether or not it does.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not an email address
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/magic-link", json=_body({"email": email}), expect="json", options=request_options)
        return EmailRequestAccepted.from_dict(_data)

    def verify_magic_link(self, tenant: str, *, token: str, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> LoginResponse:
        """Sign in with a magic link.

        Spends the token of a magic link and answers as a password login does: the session's
        tokens (the refresh token in JSON or in the session cookie), or, when the user has a
        second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.

        Args:
            tenant: The tenant's slug
            token: The token from the magic link (`tml_…`).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Unknown, expired, used or superseded token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/magic-link/verify", json=_body({"token": token, "delivery": delivery}), expect="json", options=request_options)
        return _decode_login_response(_data)

    def request_email_code(self, tenant: str, *, email: str, request_options: RequestOptions | None = None) -> EmailRequestAccepted:
        """Request an email sign-in code.

        Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
        account that may sign in. The answer is the same 202, after about the same time, whether
        or not it does.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not an email address
            RateLimitedError: 429 Too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/email-code", json=_body({"email": email}), expect="json", options=request_options)
        return EmailRequestAccepted.from_dict(_data)

    def verify_email_code(self, tenant: str, *, email: str, code: str, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> LoginResponse:
        """Sign in with an email code.

        Checks the code last sent to the email and answers as a password login does: the
        session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
        `invalid_code` and count toward the email's sign-in lockout (shared with password login;
        429 with `Retry-After`), and a code dies after five wrong guesses.

        Args:
            tenant: The tenant's slug
            code: The six-digit code from the email.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_code`: wrong, expired or used code
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The code is not six digits
            RateLimitedError: 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/auth/email-code/verify", json=_body({"email": email, "code": code, "delivery": delivery}), expect="json", options=request_options)
        return _decode_login_response(_data)

    def get_me(self, tenant: str, *, request_options: RequestOptions | None = None) -> User:
        """Get my profile.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/t/{_path(tenant)}/me", auth=("session_token",), expect="json", options=request_options)
        return User.from_dict(_data)

    def delete_me(self, tenant: str, *, current_password: str | None = None, request_options: RequestOptions | None = None) -> None:
        """Delete my account.

        Deletes the account and its sessions; needs the current password when the account has one.

        Args:
            tenant: The tenant's slug
            current_password: Required when the account has a password.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Invalid access token, or a wrong current password
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The current password is missing
        """
        self._request("DELETE", f"/t/{_path(tenant)}/me", json=_body({"current_password": current_password}), auth=("session_token",), expect="empty", options=request_options)

    def update_me(self, tenant: str, *, name: str | None = None, picture: str | None = None, locale: str | None = None, request_options: RequestOptions | None = None) -> User:
        """Update my profile.

        Name, picture and locale. Email changes and metadata are for administrators.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name, picture or locale
        """
        _data = self._request("PATCH", f"/t/{_path(tenant)}/me", json=_body({"name": name, "picture": picture, "locale": locale}), auth=("session_token",), expect="json", options=request_options)
        return User.from_dict(_data)

    def change_my_password(self, tenant: str, *, new_password: str, current_password: str | None = None, request_options: RequestOptions | None = None) -> None:
        """Change my password.

        Needs the current password (when the account has one); every other session of the
        user ends, this one stays.

        Args:
            tenant: The tenant's slug
            current_password: Required when the account has a password.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Invalid access token, or a wrong current password
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The new password breaks the policy, or the current one is missing
        """
        self._request("POST", f"/t/{_path(tenant)}/me/password", json=_body({"current_password": current_password, "new_password": new_password}), auth=("session_token",), expect="empty", options=request_options)

    def list_my_sessions(self, tenant: str, *, request_options: RequestOptions | None = None) -> SessionList:
        """List my sessions.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/t/{_path(tenant)}/me/sessions", auth=("session_token",), expect="json", options=request_options)
        return SessionList.from_dict(_data)

    def revoke_my_session(self, tenant: str, session: str, *, request_options: RequestOptions | None = None) -> None:
        """Sign out one of my sessions.

        Args:
            tenant: The tenant's slug
            session: The session's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant or live session
        """
        self._request("DELETE", f"/t/{_path(tenant)}/me/sessions/{_path(session)}", auth=("session_token",), expect="empty", options=request_options)

    def get_my_totp(self, tenant: str, *, request_options: RequestOptions | None = None) -> TotpStatus:
        """My TOTP status.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/t/{_path(tenant)}/me/mfa/totp", auth=("session_token",), expect="json", options=request_options)
        return TotpStatus.from_dict(_data)

    def start_my_totp_enrolment(self, tenant: str, *, current_password: str | None = None, request_options: RequestOptions | None = None) -> TotpEnrolment:
        """Start my TOTP enrolment.

        Needs the current password (when the account has one). Returns a new secret, pending
        until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.

        Args:
            tenant: The tenant's slug
            current_password: Required when the account has a password.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Invalid access token, or a wrong current password
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            ConflictError: 409 TOTP is already enabled
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The current password is missing
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/me/mfa/totp", json=_body({"current_password": current_password}), auth=("session_token",), expect="json", options=request_options)
        return TotpEnrolment.from_dict(_data)

    def disable_my_totp(self, tenant: str, *, current_password: str | None = None, request_options: RequestOptions | None = None) -> None:
        """Disable my TOTP.

        Needs the current password (when the account has one).

        Args:
            tenant: The tenant's slug
            current_password: Required when the account has a password.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Invalid access token, or a wrong current password
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant, or no authenticator
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The current password is missing
        """
        self._request("DELETE", f"/t/{_path(tenant)}/me/mfa/totp", json=_body({"current_password": current_password}), auth=("session_token",), expect="empty", options=request_options)

    def confirm_my_totp(self, tenant: str, *, code: str, request_options: RequestOptions | None = None) -> RecoveryCodes:
        """Confirm my TOTP enrolment.

        Enables the pending authenticator with a code it shows now and returns ten single-use
        recovery codes, shown once.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            ConflictError: 409 No enrolment is pending, or TOTP is already enabled
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The code is malformed or not the authenticator's current code
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/me/mfa/totp/confirm", json=_body({"code": code}), auth=("session_token",), expect="json", options=request_options)
        return RecoveryCodes.from_dict(_data)

    def regenerate_my_recovery_codes(self, tenant: str, *, current_password: str | None = None, request_options: RequestOptions | None = None) -> RecoveryCodes:
        """Regenerate my recovery codes.

        Needs the current password (when the account has one); the old codes stop working.

        Args:
            tenant: The tenant's slug
            current_password: Required when the account has a password.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Invalid access token, or a wrong current password
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            ConflictError: 409 No enabled authenticator
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The current password is missing
        """
        _data = self._request("POST", f"/t/{_path(tenant)}/me/mfa/recovery-codes", json=_body({"current_password": current_password}), auth=("session_token",), expect="json", options=request_options)
        return RecoveryCodes.from_dict(_data)

    def list_my_consents(self, tenant: str, *, request_options: RequestOptions | None = None) -> ConsentList:
        """List my connected applications.

        Applications I allowed at the consent page, with the scopes granted.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = self._request("GET", f"/t/{_path(tenant)}/me/consents", auth=("session_token",), expect="json", options=request_options)
        return ConsentList.from_dict(_data)

    def revoke_my_consent(self, tenant: str, client: str, *, request_options: RequestOptions | None = None) -> None:
        """Disconnect an application.

        Withdraws my consent: the application must ask again, and its refresh tokens stop working.

        Args:
            tenant: The tenant's slug
            client: The application's client_id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant, or no consent for this application
        """
        self._request("DELETE", f"/t/{_path(tenant)}/me/consents/{_path(client)}", auth=("session_token",), expect="empty", options=request_options)

    def get_health(self, *, request_options: RequestOptions | None = None) -> HealthStatus:
        """Liveness.

        Answers while the process can serve HTTP; it does not touch the database.
        """
        _data = self._request("GET", f"/healthz", expect="json", options=request_options)
        return HealthStatus.from_dict(_data)

    def get_readiness(self, *, request_options: RequestOptions | None = None) -> HealthStatus:
        """Readiness.

        Ready when the database answers within two seconds; recovers by itself when it returns.

        Raises:
            InternalServerError: 503 The database is unreachable
        """
        _data = self._request("GET", f"/readyz", expect="json", options=request_options)
        return HealthStatus.from_dict(_data)

    def get_metrics(self, *, request_options: RequestOptions | None = None) -> str:
        """Prometheus metrics.

        Requests by route and status, latency histograms and database pool gauges, in the
        Prometheus text format.
        """
        _data = self._request("GET", f"/metrics", expect="text", options=request_options)
        return str(_data)

    def get_open_api(self, *, request_options: RequestOptions | None = None) -> dict[str, Any]:
        """OpenAPI document.

        This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
        """
        _data = self._request("GET", f"/openapi.json", expect="json", options=request_options)
        return dict(_data)


class AsyncTesseraClient(AsyncAPIClient):
    """An asyncio client for the Tessera API, with the same methods as ``TesseraClient``.

    >>> client = AsyncTesseraClient("http://127.0.0.1:8080", admin_key="tsk_...")  # doctest: +SKIP
    >>> await client.create_tenant(slug="acme", name="Acme")  # doctest: +SKIP
    """

    def __init__(
        self,
        base_url: str,
        *,
        admin_key: str | None = None,
        bearer_token: str | None = None,
        registration_token: str | None = None,
        session_token: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY,
        default_headers: Mapping[str, str] | None = None,
        on_retry: Callable[[RetryEvent], Any] | None = None,
    ) -> None:
        """Takes the same arguments as ``TesseraClient``; ``on_retry`` may be async."""
        super().__init__(
            base_url,
            credentials={
                "admin_key": admin_key,
                "bearer_token": bearer_token,
                "registration_token": registration_token,
                "session_token": session_token,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_retry_delay=max_retry_delay,
            default_headers=default_headers,
            on_retry=on_retry,
        )

    def list_tenants(self, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[Tenant]:
        """List tenants.

        Oldest first, paginated by cursor.

        Returns the first page; iterating it yields every Tenant across pages.

        Args:
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query
            AuthenticationError: 401 Missing or invalid admin key
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[Tenant], str | None]:
            _page = TenantList.from_dict(await self._request("GET", f"/v1/tenants", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def create_tenant(self, *, slug: str, name: str, signing_alg: SigningAlg | None = None, allowed_origins: list[str] | None = None, request_options: RequestOptions | None = None) -> Tenant:
        """Create a tenant.

        Creates the tenant, its issuer `{public_url}/t/{slug}`, and its signing keys: one for
        `signing_alg` (ES256 by default) and an RS256 key for ID tokens.

        Args:
            slug: Lowercase letters, digits and inner hyphens, 1-63 characters; cannot be changed later.
            name: Display name, 1-200 characters.
            signing_alg: Primary signing algorithm; ES256 when omitted.
            allowed_origins: Browser origins allowed to call the tenant's public endpoints, such as `https://app.example.com`.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            ConflictError: 409 The slug is taken
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid slug, name or origins
        """
        _data = await self._request("POST", f"/v1/tenants", json=_body({"slug": slug, "name": name, "signing_alg": signing_alg, "allowed_origins": allowed_origins}), auth=("admin_key",), expect="json", options=request_options)
        return Tenant.from_dict(_data)

    async def get_tenant(self, tenant: str, *, request_options: RequestOptions | None = None) -> Tenant:
        """Get a tenant.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}", auth=("admin_key",), expect="json", options=request_options)
        return Tenant.from_dict(_data)

    async def delete_tenant(self, tenant: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a tenant.

        Deletes the tenant and everything it owns, keys included. Tokens it issued stop
        verifying as soon as relying parties refresh its JWKS.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}", auth=("admin_key",), expect="empty", options=request_options)

    async def update_tenant(self, tenant: str, *, name: str | None = None, signing_alg: SigningAlg | None = None, allowed_origins: list[str] | None = None, signup_mode: SignupMode | None = None, signup_allowed_domains: list[str] | None = None, block_disposable_emails: bool | None = None, request_options: RequestOptions | None = None) -> Tenant:
        """Update a tenant.

        Changes only the fields present (JSON merge-patch semantics). The slug cannot change:
        it is part of the issuer that tokens carry.

        Args:
            tenant: The tenant's slug
            signing_alg: Changing it creates a key for the new algorithm and retires the old primary key
            signup_allowed_domains: Lowercase domains such as `example.com`, at most 100; subdomains are included.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 A concurrent key change
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name or origins
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}", json=_body({"name": name, "signing_alg": signing_alg, "allowed_origins": allowed_origins, "signup_mode": signup_mode, "signup_allowed_domains": signup_allowed_domains, "block_disposable_emails": block_disposable_emails}), auth=("admin_key",), expect="json", options=request_options)
        return Tenant.from_dict(_data)

    async def list_signing_keys(self, tenant: str, *, request_options: RequestOptions | None = None) -> SigningKeyList:
        """List signing keys.

        The tenant's published keys: active ones first, then retired ones that stay in the JWKS
        until no token they signed can still be valid.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/keys", auth=("admin_key",), expect="json", options=request_options)
        return SigningKeyList.from_dict(_data)

    async def rotate_signing_keys(self, tenant: str, *, alg: SigningAlg | None = None, request_options: RequestOptions | None = None) -> SigningKeyList:
        """Rotate signing keys.

        Activates a new key for each algorithm (or only `alg`) and retires the previous one,
        which stays in the JWKS for the server's `max_token_lifetime` plus one minute.

        Args:
            tenant: The tenant's slug
            alg: Rotate only the key of this algorithm; all active keys when omitted.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 A concurrent rotation won
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The tenant has no key of that algorithm
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/keys/rotate", json=_body({"alg": alg}, optional=True), auth=("admin_key",), expect="json", options=request_options)
        return SigningKeyList.from_dict(_data)

    async def create_test_token(self, tenant: str, *, subject: str, audience: str, scope: str | None = None, expires_in: int | None = None, request_options: RequestOptions | None = None) -> TestToken:
        """Mint a test access token.

        Signs an RFC 9068 access token (`typ: at+jwt`) with the tenant's active key, for testing
        resource servers and token validation; `client_id` is `tessera-test-token`.

        Args:
            tenant: The tenant's slug
            subject: The token's `sub`.
            audience: The token's `aud`, such as an API identifier.
            scope: Space-separated scopes for the `scope` claim.
            expires_in: Lifetime in seconds, 1 to the server's `max_token_lifetime` (default 300).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid subject, audience, scope or lifetime
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/test-tokens", json=_body({"subject": subject, "audience": audience, "scope": scope, "expires_in": expires_in}), auth=("admin_key",), expect="json", options=request_options)
        return TestToken.from_dict(_data)

    def list_users(self, tenant: str, *, email: str | None = None, q: str | None = None, disabled: bool | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[User]:
        """Search users.

        Filters by exact email, a case-insensitive substring of email or name, and disabled
        state; oldest first, paginated by cursor.

        Returns the first page; iterating it yields every User across pages.

        Args:
            tenant: The tenant's slug
            email: Exact email (normalised before matching).
            q: Case-insensitive substring of the email or name.
            disabled: Only disabled (`true`) or only enabled (`false`) users.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Limit out of range, malformed email or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[User], str | None]:
            _page = UserList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/users", query={"email": email, "q": q, "disabled": disabled, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def create_user(self, tenant: str, *, email: str, password: str | None = None, password_hash: str | None = None, email_verified: bool | None = None, name: str | None = None, picture: str | None = None, locale: str | None = None, metadata: dict[str, Any] | None = None, request_options: RequestOptions | None = None) -> User:
        """Create a user.

        The email is normalised (trimmed, lowercase) and must be unique in the tenant; a password,
        when given, must meet the password policy and is stored as an argon2id hash.

        Args:
            tenant: The tenant's slug
            password: Checked against the password policy; omit for a user who signs in another way.
            password_hash: An existing hash to import instead of `password` (never both): bcrypt (`$2a$`, `$2b$`,

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 The email is taken
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid email, profile or password
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/users", json=_body({"email": email, "password": password, "password_hash": password_hash, "email_verified": email_verified, "name": name, "picture": picture, "locale": locale, "metadata": metadata}), auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    async def get_user(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> User:
        """Get a user.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}", auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    async def delete_user(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a user.

        Deletes the user and their sessions.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}", auth=("admin_key",), expect="empty", options=request_options)

    async def update_user(self, tenant: str, user: str, *, email: str | None = None, password: str | None = None, email_verified: bool | None = None, name: str | None = None, picture: str | None = None, locale: str | None = None, metadata: dict[str, Any] | None = None, request_options: RequestOptions | None = None) -> User:
        """Update a user.

        Changes only the fields present. A new password revokes every session of the user; a
        new email is unverified unless `email_verified` is sent too.

        Args:
            tenant: The tenant's slug
            user: The user's id
            email: Changing the email marks it unverified unless `email_verified` is also sent.
            password: Sets a new password; every session of the user is revoked.
            metadata: Replaces the whole metadata object.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
            ConflictError: 409 The email is taken
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid email, profile or password
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}", json=_body({"email": email, "password": password, "email_verified": email_verified, "name": name, "picture": picture, "locale": locale, "metadata": metadata}), auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    async def disable_user(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> User:
        """Disable a user.

        The user can no longer sign in or refresh, and every session is revoked at once.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/disable", auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    async def enable_user(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> User:
        """Enable a user.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/enable", auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    async def unlock_user(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> User:
        """Unlock a user.

        Lifts a lockout caused by repeated failed sign-ins, before its backoff ends.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/unlock", auth=("admin_key",), expect="json", options=request_options)
        return User.from_dict(_data)

    async def list_user_sessions(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> SessionList:
        """List a user's sessions.

        Live sessions (neither revoked nor expired), newest first.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/sessions", auth=("admin_key",), expect="json", options=request_options)
        return SessionList.from_dict(_data)

    async def revoke_user_session(self, tenant: str, user: str, session: str, *, request_options: RequestOptions | None = None) -> None:
        """Revoke a user's session.

        Its refresh tokens stop working at once; access tokens already issued expire on their own.

        Args:
            tenant: The tenant's slug
            user: The user's id
            session: The session's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, user or live session
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/sessions/{_path(session)}", auth=("admin_key",), expect="empty", options=request_options)

    async def get_user_totp(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> TotpStatus:
        """Get a user's TOTP status.

        Whether the user has an authenticator (pending or enabled) and how many unused recovery
        codes are left.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/mfa/totp", auth=("admin_key",), expect="json", options=request_options)
        return TotpStatus.from_dict(_data)

    async def start_user_totp_enrolment(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> TotpEnrolment:
        """Start TOTP enrolment.

        Creates a new shared secret for the user, pending until confirmed, and returns it once:
        as base32, as an `otpauth://` URI, and as QR codes (PNG data URI and SVG) for an
        authenticator app. Starting again replaces a pending secret. Sign-in is unchanged until
        the enrolment is confirmed.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
            ConflictError: 409 TOTP is already enabled; disable it first
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/mfa/totp", auth=("admin_key",), expect="json", options=request_options)
        return TotpEnrolment.from_dict(_data)

    async def disable_user_totp(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> None:
        """Disable TOTP.

        Removes the user's authenticator (pending or enabled) and recovery codes, and voids open
        sign-in challenges: the password alone signs in again.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user, or the user has no authenticator
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/mfa/totp", auth=("admin_key",), expect="empty", options=request_options)

    async def confirm_user_totp(self, tenant: str, user: str, *, code: str, request_options: RequestOptions | None = None) -> RecoveryCodes:
        """Confirm TOTP enrolment.

        Enables the pending authenticator with a code it shows now (the previous and next
        30-second codes are accepted too) and returns ten single-use recovery codes, shown once.
        From then on, a correct password leads to a second-factor challenge.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
            ConflictError: 409 No enrolment is pending, or TOTP is already enabled
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The code is malformed or not the authenticator's current code
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/mfa/totp/confirm", json=_body({"code": code}), auth=("admin_key",), expect="json", options=request_options)
        return RecoveryCodes.from_dict(_data)

    async def regenerate_user_recovery_codes(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> RecoveryCodes:
        """Regenerate recovery codes.

        Replaces the user's recovery codes, used or not, with ten new ones, shown once.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
            ConflictError: 409 The user has no enabled TOTP authenticator
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/mfa/recovery-codes", auth=("admin_key",), expect="json", options=request_options)
        return RecoveryCodes.from_dict(_data)

    async def send_verification_email(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> VerificationEmailSent:
        """Send a verification email.

        Emails the user a link that verifies their address; it works once, for 24 hours, and a
        newer link replaces it. The link points at `{public_url}/t/{tenant}/verify-email` with the
        token in the URL fragment; that page posts it to `verifyEmail`.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
            ConflictError: 409 The email is already verified, or the user is disabled
            InternalServerError: 503 The mail relay is unavailable
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/send-verification-email", auth=("admin_key",), expect="json", options=request_options)
        return VerificationEmailSent.from_dict(_data)

    def list_outbox_messages(self, tenant: str, *, to: str | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[OutboxMessage]:
        """List the development outbox.

        Messages the server stored instead of sending, newest first, in full (links and codes
        included). Messages land here only when no SMTP relay is configured: it is a development
        tool, and empty in a deployment that sends email.

        Returns the first page; iterating it yields every OutboxMessage across pages.

        Args:
            tenant: The tenant's slug
            to: Only messages to this address.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Limit out of range, malformed address or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[OutboxMessage], str | None]:
            _page = OutboxMessageList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/outbox", query={"to": to, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def list_email_templates(self, tenant: str, *, request_options: RequestOptions | None = None) -> EmailTemplateList:
        """List email template overrides.

        The tenant's own versions of the built-in templates, by template and locale.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/email-templates", auth=("admin_key",), expect="json", options=request_options)
        return EmailTemplateList.from_dict(_data)

    async def put_email_template(self, tenant: str, template: str, locale: str, *, subject: str, text: str, html: str, request_options: RequestOptions | None = None) -> EmailTemplate:
        """Set an email template override.

        Replaces a built-in template (`verify_email`, `password_reset`, `magic_link`, `email_code`,
        `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change`,
        `email_change_notice`)
        for users whose locale matches (`de` also serves `de-AT`). `{{ variable }}` placeholders
        are filled in, HTML-escaped in the HTML part; there is no other template logic.

        Args:
            tenant: The tenant's slug
            template: `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`
            locale: A BCP 47 language tag, such as `de` or `pt-BR`
            subject: One line, at most 200 characters.
            text: The plain-text part, at most 32 KiB.
            html: The HTML part, at most 64 KiB.

        Raises:
            BadRequestError: 400 Malformed body, tenant slug or locale
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or template
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Empty or too long parts, unknown variables, or a missing link or code
        """
        _data = await self._request("PUT", f"/v1/tenants/{_path(tenant)}/email-templates/{_path(template)}/{_path(locale)}", json=_body({"subject": subject, "text": text, "html": html}), auth=("admin_key",), expect="json", options=request_options)
        return EmailTemplate.from_dict(_data)

    async def delete_email_template(self, tenant: str, template: str, locale: str, *, request_options: RequestOptions | None = None) -> None:
        """Remove an email template override.

        The built-in template applies again.

        Args:
            tenant: The tenant's slug
            template: `verify_email`, `password_reset`, `magic_link`, `email_code`, `signup_confirm`, `signup_existing_account`, `organization_invitation`, `email_change` or `email_change_notice`
            locale: A BCP 47 language tag

        Raises:
            BadRequestError: 400 Malformed tenant slug or locale
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, template or override
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/email-templates/{_path(template)}/{_path(locale)}", auth=("admin_key",), expect="empty", options=request_options)

    def list_clients(self, tenant: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[Client]:
        """List clients.

        Returns the first page; iterating it yields every Client across pages.

        Args:
            tenant: The tenant's slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[Client], str | None]:
            _page = ClientList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/clients", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def create_client(self, tenant: str, *, name: str, client_type: ClientType | None = None, token_endpoint_auth_method: TokenEndpointAuthMethod | None = None, grant_types: list[GrantType] | None = None, scopes: list[str] | None = None, audiences: list[str] | None = None, access_token_ttl: int | None = None, redirect_uris: list[str] | None = None, post_logout_redirect_uris: list[str] | None = None, skip_consent: bool | None = None, jwks: dict[str, Any] | None = None, request_options: RequestOptions | None = None) -> ClientWithSecret:
        """Register a client.

        Confidential clients (the default) get a first secret, shown in this response only;
        service accounts are confidential clients with the `client_credentials` grant.

        Args:
            tenant: The tenant's slug
            client_type: `confidential` (the default) or `public`.
            token_endpoint_auth_method: Defaults to `client_secret_basic` for confidential clients and `none` for public ones.
            grant_types: Defaults to `["client_credentials"]` for confidential clients without redirect URIs,
            access_token_ttl: 60 to the server's `max_token_lifetime` seconds (default 3600).
            redirect_uris: Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
            post_logout_redirect_uris: Where RP-initiated logout may return users; same rules as `redirect_uris`.
            skip_consent: `true` for first-party applications whose users are never asked for consent.
            jwks: The client's public keys (a JWK set) for `private_key_jwt`.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name, scopes, audiences, lifetime or client type
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/clients", json=_body({"name": name, "client_type": client_type, "token_endpoint_auth_method": token_endpoint_auth_method, "grant_types": grant_types, "scopes": scopes, "audiences": audiences, "access_token_ttl": access_token_ttl, "redirect_uris": redirect_uris, "post_logout_redirect_uris": post_logout_redirect_uris, "skip_consent": skip_consent, "jwks": jwks}), auth=("admin_key",), expect="json", options=request_options)
        return ClientWithSecret.from_dict(_data)

    async def get_client(self, tenant: str, client: str, *, request_options: RequestOptions | None = None) -> Client:
        """Get a client.

        Args:
            tenant: The tenant's slug
            client: The client_id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or client
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/clients/{_path(client)}", auth=("admin_key",), expect="json", options=request_options)
        return Client.from_dict(_data)

    async def delete_client(self, tenant: str, client: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a client.

        Its secrets stop working at once; access tokens already issued expire on their own
        (revoke them first if they must stop now).

        Args:
            tenant: The tenant's slug
            client: The client_id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or client
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/clients/{_path(client)}", auth=("admin_key",), expect="empty", options=request_options)

    async def update_client(self, tenant: str, client: str, *, name: str | None = None, grant_types: list[GrantType] | None = None, scopes: list[str] | None = None, audiences: list[str] | None = None, access_token_ttl: int | None = None, redirect_uris: list[str] | None = None, post_logout_redirect_uris: list[str] | None = None, skip_consent: bool | None = None, jwks: dict[str, Any] | None = None, request_options: RequestOptions | None = None) -> Client:
        """Update a client.

        Args:
            tenant: The tenant's slug
            client: The client_id
            redirect_uris: Absolute `https` URIs, loopback `http` URIs (RFC 8252 §7.3) or private-use schemes
            post_logout_redirect_uris: Where RP-initiated logout may return users; same rules as `redirect_uris`.
            skip_consent: `true` for first-party applications whose users are never asked for consent.
            jwks: The client's public keys (a JWK set) for `private_key_jwt`.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or client
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name, scopes, audiences, lifetime or grants
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}/clients/{_path(client)}", json=_body({"name": name, "grant_types": grant_types, "scopes": scopes, "audiences": audiences, "access_token_ttl": access_token_ttl, "redirect_uris": redirect_uris, "post_logout_redirect_uris": post_logout_redirect_uris, "skip_consent": skip_consent, "jwks": jwks}), auth=("admin_key",), expect="json", options=request_options)
        return Client.from_dict(_data)

    async def rotate_client_secret(self, tenant: str, client: str, *, previous_secrets_expire_in: int | None = None, request_options: RequestOptions | None = None) -> ClientWithSecret:
        """Rotate a client's secret.

        Creates a new secret, shown once, and lets the current ones keep working for
        `previous_secrets_expire_in` seconds (a day by default) so deployments can switch over.

        Args:
            tenant: The tenant's slug
            client: The client_id
            previous_secrets_expire_in: Seconds the client's current secrets keep working (0-2592000, default 86400), so

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or client
            ConflictError: 409 A public client has no secrets
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Overlap too long
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/clients/{_path(client)}/secrets", json=_body({"previous_secrets_expire_in": previous_secrets_expire_in}, optional=True), auth=("admin_key",), expect="json", options=request_options)
        return ClientWithSecret.from_dict(_data)

    async def revoke_client_secret(self, tenant: str, client: str, secret: str, *, request_options: RequestOptions | None = None) -> None:
        """Revoke a client secret.

        Args:
            tenant: The tenant's slug
            client: The client_id
            secret: The secret's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, client or live secret
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/clients/{_path(client)}/secrets/{_path(secret)}", auth=("admin_key",), expect="empty", options=request_options)

    def list_resources(self, tenant: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[Resource]:
        """List resources.

        Returns the first page; iterating it yields every Resource across pages.

        Args:
            tenant: The tenant's slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        async def _fetch(_cursor: str | None) -> tuple[list[Resource], str | None]:
            _page = ResourceList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/resources", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def create_resource(self, tenant: str, *, identifier: str, name: str, scopes: list[str] | None = None, request_options: RequestOptions | None = None) -> Resource:
        """Register a resource.

        An API the tenant protects, such as an MCP server: clients request tokens for it with
        `resource` (RFC 8707), tokens carry its identifier as `aud`, and its scopes (one per MCP
        tool, for instance) become requestable.

        Args:
            tenant: The tenant's slug
            identifier: An absolute URI without a fragment; unique in the tenant.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 A resource with this identifier exists
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid identifier, name or scopes
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/resources", json=_body({"identifier": identifier, "name": name, "scopes": scopes}), auth=("admin_key",), expect="json", options=request_options)
        return Resource.from_dict(_data)

    async def get_resource(self, tenant: str, resource: str, *, request_options: RequestOptions | None = None) -> Resource:
        """Get a resource.

        Args:
            tenant: The tenant's slug
            resource: The resource's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or resource
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/resources/{_path(resource)}", auth=("admin_key",), expect="json", options=request_options)
        return Resource.from_dict(_data)

    async def delete_resource(self, tenant: str, resource: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a resource.

        Args:
            tenant: The tenant's slug
            resource: The resource's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or resource
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/resources/{_path(resource)}", auth=("admin_key",), expect="empty", options=request_options)

    async def update_resource(self, tenant: str, resource: str, *, name: str | None = None, scopes: list[str] | None = None, request_options: RequestOptions | None = None) -> Resource:
        """Update a resource.

        Its name and scopes; the identifier is fixed, since issued tokens carry it.

        Args:
            tenant: The tenant's slug
            resource: The resource's id

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or resource
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name or scopes
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}/resources/{_path(resource)}", json=_body({"name": name, "scopes": scopes}), auth=("admin_key",), expect="json", options=request_options)
        return Resource.from_dict(_data)

    async def get_o_auth_settings(self, tenant: str, *, request_options: RequestOptions | None = None) -> OAuthSettings:
        """Get OAuth settings.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/oauth-settings", auth=("admin_key",), expect="json", options=request_options)
        return OAuthSettings.from_dict(_data)

    async def update_o_auth_settings(self, tenant: str, *, dynamic_client_registration: bool | None = None, request_options: RequestOptions | None = None) -> OAuthSettings:
        """Update OAuth settings.

        `dynamic_client_registration: true` opens `{issuer}/oauth/register` (RFC 7591) to anyone,
        as MCP clients need; registered clients get only the code flow.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}/oauth-settings", json=_body({"dynamic_client_registration": dynamic_client_registration}), auth=("admin_key",), expect="json", options=request_options)
        return OAuthSettings.from_dict(_data)

    async def get_branding(self, tenant: str, *, request_options: RequestOptions | None = None) -> Branding:
        """Get branding.

        How the tenant's hosted sign-in and consent pages look.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/branding", auth=("admin_key",), expect="json", options=request_options)
        return Branding.from_dict(_data)

    async def set_branding(self, tenant: str, *, logo_url: str | None = None, primary_color: str | None = None, custom_css: str | None = None, support_url: str | None = None, frame_ancestors: list[str] | None = None, default_locale: str | None = None, request_options: RequestOptions | None = None) -> Branding:
        """Set branding.

        Replaces the logo (an `https` URL) and accent colour (`#rrggbb`) of the hosted pages;
        omitted fields return to the defaults.

        Args:
            tenant: The tenant's slug
            logo_url: An `https` URL of the logo shown above the forms.
            primary_color: The accent colour of buttons and focus rings, `#rrggbb`.
            custom_css: A stylesheet applied after the built-in one (at most 32 KiB; no `@import`). It is
            support_url: An `https` URL of the tenant's help page, linked at the foot of every page.
            frame_ancestors: Origins (`https://app.example.com`) allowed to show the pages in a frame, as CSP
            default_locale: The pages' language when neither `ui_locales` nor the browser names a supported

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid logo URL or colour
        """
        _data = await self._request("PUT", f"/v1/tenants/{_path(tenant)}/branding", json=_body({"logo_url": logo_url, "primary_color": primary_color, "custom_css": custom_css, "support_url": support_url, "frame_ancestors": frame_ancestors, "default_locale": default_locale}), auth=("admin_key",), expect="json", options=request_options)
        return Branding.from_dict(_data)

    async def get_password_policy(self, tenant: str, *, request_options: RequestOptions | None = None) -> PasswordPolicy:
        """Get the password policy.

        The policy in force: the tenant's choices over the server's defaults. It applies to
        sign-up, admin create and update, password change, password reset and invitation accept;
        existing passwords keep working.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/password-policy", auth=("admin_key",), expect="json", options=request_options)
        return PasswordPolicy.from_dict(_data)

    async def set_password_policy(self, tenant: str, *, min_length: int | None = None, max_length: int | None = None, reject_common: bool | None = None, reject_personal_info: bool | None = None, check_breached: bool | None = None, request_options: RequestOptions | None = None) -> PasswordPolicy:
        """Set the password policy.

        Replaces the tenant's policy; omitted fields return to the server's defaults. Lengths
        count characters: `min_length` from 8 (NIST SP 800-63B) to `max_length`, `max_length` up
        to 1024. `check_breached` can be turned on only when the server has a Pwned Passwords
        range API configured.

        Args:
            tenant: The tenant's slug
            min_length: 8 to `max_length` [default: 10].
            max_length: `min_length` to 1024 [default: 256].
            reject_common: [default: the server's `reject_common_passwords`, true unless configured].
            reject_personal_info: [default: true].
            check_breached: Only when the server has `pwned_passwords_url` [default: true when it has].

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Lengths out of range, or a breach check the server cannot do
        """
        _data = await self._request("PUT", f"/v1/tenants/{_path(tenant)}/password-policy", json=_body({"min_length": min_length, "max_length": max_length, "reject_common": reject_common, "reject_personal_info": reject_personal_info, "check_breached": check_breached}), auth=("admin_key",), expect="json", options=request_options)
        return PasswordPolicy.from_dict(_data)

    def list_audit_events(self, tenant: str, *, action: str | None = None, actor_id: str | None = None, target_id: str | None = None, since: str | None = None, until: str | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[AuditEvent]:
        """List audit events.

        The tenant's audit log, oldest first, filtered and paginated by cursor.

        Returns the first page; iterating it yields every AuditEvent across pages.

        Args:
            tenant: The tenant's slug
            action: Exact action, such as `user.created`.
            since: Events at or after this RFC 3339 time.
            until: Events before this RFC 3339 time.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Bad time, limit or cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[AuditEvent], str | None]:
            _page = AuditEventList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/audit-events", query={"action": action, "actor_id": actor_id, "target_id": target_id, "since": since, "until": until, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def export_audit_events(self, tenant: str, *, format: AuditExportFormat | None = None, action: str | None = None, actor_id: str | None = None, target_id: str | None = None, since: str | None = None, until: str | None = None, request_options: RequestOptions | None = None) -> str:
        """Export audit events.

        Every matching event as NDJSON (default) or CSV, for archiving or a SIEM.

        Args:
            tenant: The tenant's slug
            since: Events at or after this RFC 3339 time.
            until: Events before this RFC 3339 time.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Bad time, or too many events to export at once
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/audit-events/export", query={"format": format, "action": action, "actor_id": actor_id, "target_id": target_id, "since": since, "until": until}, auth=("admin_key",), expect="text", options=request_options)
        return str(_data)

    async def verify_audit_events(self, tenant: str, *, request_options: RequestOptions | None = None) -> AuditVerification:
        """Verify the audit chain.

        Recomputes every event's hash and link, and reports the first broken one.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/audit-events/verify", auth=("admin_key",), expect="json", options=request_options)
        return AuditVerification.from_dict(_data)

    def list_organizations(self, tenant: str, *, q: str | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[Organization]:
        """Search organizations.

        By a case-insensitive substring of the slug or name; oldest first, paginated by cursor.

        Returns the first page; iterating it yields every Organization across pages.

        Args:
            tenant: The tenant's slug
            q: Case-insensitive substring of the slug or name.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[Organization], str | None]:
            _page = OrganizationList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations", query={"q": q, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def create_organization(self, tenant: str, *, slug: str, name: str, logo_url: str | None = None, metadata: dict[str, Any] | None = None, policies: OrganizationPolicies | None = None, request_options: RequestOptions | None = None) -> Organization:
        """Create an organization.

        The slug is unique within the tenant and cannot change later.

        Args:
            tenant: The tenant's slug
            logo_url: An https URL of at most 2048 characters.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 The slug is taken
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid slug, name, logo, metadata or policies
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations", json=_body({"slug": slug, "name": name, "logo_url": logo_url, "metadata": metadata, "policies": policies}), auth=("admin_key",), expect="json", options=request_options)
        return Organization.from_dict(_data)

    async def get_organization(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> Organization:
        """Get an organization.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}", auth=("admin_key",), expect="json", options=request_options)
        return Organization.from_dict(_data)

    async def delete_organization(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete an organization.

        Deletes its memberships, custom roles and invitations; sessions switched into it carry
        no organization from their next token on.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}", auth=("admin_key",), expect="empty", options=request_options)

    async def update_organization(self, tenant: str, organization: str, *, name: str | None = None, logo_url: str | None = None, metadata: dict[str, Any] | None = None, policies: OrganizationPolicies | None = None, request_options: RequestOptions | None = None) -> Organization:
        """Update an organization.

        Changes only the fields present; `policies` replaces every policy at once.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            logo_url: An empty string removes the logo.
            metadata: Replaces the whole metadata object.
            policies: Replaces every policy.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name, logo, metadata or policies
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}", json=_body({"name": name, "logo_url": logo_url, "metadata": metadata, "policies": policies}), auth=("admin_key",), expect="json", options=request_options)
        return Organization.from_dict(_data)

    def list_organization_members(self, tenant: str, organization: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[Membership]:
        """List members.

        Ordered by user id, paginated by cursor.

        Returns the first page; iterating it yields every Membership across pages.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[Membership], str | None]:
            _page = MembershipList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/members", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def add_organization_member(self, tenant: str, organization: str, *, user_id: str, role: str | None = None, request_options: RequestOptions | None = None) -> Membership:
        """Add a member.

        Adds a user of the tenant with a role (`member` by default).

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            user_id: The user's id (`usr_…`), of the same tenant.
            role: A role key; `member` when absent.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 The user is already a member
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Unknown user or role
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/members", json=_body({"user_id": user_id, "role": role}), auth=("admin_key",), expect="json", options=request_options)
        return Membership.from_dict(_data)

    async def get_organization_member(self, tenant: str, organization: str, user: str, *, request_options: RequestOptions | None = None) -> Membership:
        """Get a member.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or member
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/members/{_path(user)}", auth=("admin_key",), expect="json", options=request_options)
        return Membership.from_dict(_data)

    async def remove_organization_member(self, tenant: str, organization: str, user: str, *, request_options: RequestOptions | None = None) -> None:
        """Remove a member.

        The user's sessions switched into the organization carry no organization from their
        next token on. The last owner cannot be removed.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or member
            ConflictError: 409 The member is the last owner
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/members/{_path(user)}", auth=("admin_key",), expect="empty", options=request_options)

    async def update_organization_member(self, tenant: str, organization: str, user: str, *, role: str, request_options: RequestOptions | None = None) -> Membership:
        """Change a member's role.

        The last owner keeps the owner role until another member is made owner.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or member
            ConflictError: 409 The member is the last owner
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Unknown role
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/members/{_path(user)}", json=_body({"role": role}), auth=("admin_key",), expect="json", options=request_options)
        return Membership.from_dict(_data)

    async def list_roles(self, tenant: str, *, request_options: RequestOptions | None = None) -> RoleList:
        """List the tenant's roles.

        The built-in roles (with the tenant's permissions when it changed them), then the
        tenant-wide custom roles.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/roles", auth=("admin_key",), expect="json", options=request_options)
        return RoleList.from_dict(_data)

    async def create_role(self, tenant: str, *, key: str, name: str, permissions: list[str], description: str | None = None, request_options: RequestOptions | None = None) -> Role:
        """Create a tenant-wide role.

        A custom role every organization of the tenant can assign.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            ConflictError: 409 The key is taken
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid key, name or permissions
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/roles", json=_body({"key": key, "name": name, "description": description, "permissions": permissions}), auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    async def get_role(self, tenant: str, role: str, *, request_options: RequestOptions | None = None) -> Role:
        """Get a tenant-wide role.

        Args:
            tenant: The tenant's slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or role
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/roles/{_path(role)}", auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    async def delete_role(self, tenant: str, role: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a tenant-wide role.

        Only a custom role that no member holds.

        Args:
            tenant: The tenant's slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or role
            ConflictError: 409 A built-in role, or one that members hold
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/roles/{_path(role)}", auth=("admin_key",), expect="empty", options=request_options)

    async def update_role(self, tenant: str, role: str, *, name: str | None = None, description: str | None = None, permissions: list[str] | None = None, request_options: RequestOptions | None = None) -> Role:
        """Update a tenant-wide role.

        For the built-in `admin`, `member` and `viewer`, only `permissions` may change; `owner`
        cannot change.

        Args:
            tenant: The tenant's slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or role
            ConflictError: 409 The owner role cannot change
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name or permissions
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}/roles/{_path(role)}", json=_body({"name": name, "description": description, "permissions": permissions}), auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    async def list_organization_roles(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> RoleList:
        """List an organization's roles.

        The built-in and tenant-wide roles, then the organization's own.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/roles", auth=("admin_key",), expect="json", options=request_options)
        return RoleList.from_dict(_data)

    async def create_organization_role(self, tenant: str, organization: str, *, key: str, name: str, permissions: list[str], description: str | None = None, request_options: RequestOptions | None = None) -> Role:
        """Create an organization's role.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 The key is taken
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid key, name or permissions
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/roles", json=_body({"key": key, "name": name, "description": description, "permissions": permissions}), auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    async def get_organization_role(self, tenant: str, organization: str, role: str, *, request_options: RequestOptions | None = None) -> Role:
        """Get an organization's role.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or role
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/roles/{_path(role)}", auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    async def delete_organization_role(self, tenant: str, organization: str, role: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete an organization's role.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or role
            ConflictError: 409 Members hold the role
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/roles/{_path(role)}", auth=("admin_key",), expect="empty", options=request_options)

    async def update_organization_role(self, tenant: str, organization: str, role: str, *, name: str | None = None, description: str | None = None, permissions: list[str] | None = None, request_options: RequestOptions | None = None) -> Role:
        """Update an organization's role.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: The role's key

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or role
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name or permissions
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/roles/{_path(role)}", json=_body({"name": name, "description": description, "permissions": permissions}), auth=("admin_key",), expect="json", options=request_options)
        return Role.from_dict(_data)

    async def check_permission(self, tenant: str, *, subject: str, permission: str, organization: str | None = None, resource: str | None = None, request_options: RequestOptions | None = None) -> AuthzDecision:
        """Check a permission.

        May the subject do `permission` in the organization? The answer explains itself: the
        role and pattern that granted it, or what was missing. Checks read live memberships.

        Args:
            tenant: The tenant's slug
            subject: A user id (`usr_…`) or a service account's client id (`cli_…`).
            permission: A concrete `resource:action` (no wildcard).
            organization: The organization (id or slug) the subject acts in. Roles come from memberships,
            resource: The resource acted on (`document:123`): the organization-wide role applies to every

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Malformed subject, permission, organization or resource
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/authz/check", json=_body({"subject": subject, "permission": permission, "organization": organization, "resource": resource}), auth=("admin_key",), expect="json", options=request_options)
        return AuthzDecision.from_dict(_data)

    async def check_permissions(self, tenant: str, *, checks: list[AuthzCheck], request_options: RequestOptions | None = None) -> AuthzDecisionList:
        """Check permissions in a batch.

        1 to 100 checks, answered in order; malformed checks fail the whole batch.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Too many or too few checks, or a malformed one
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/authz/check-batch", json=_body({"checks": checks}), auth=("admin_key",), expect="json", options=request_options)
        return AuthzDecisionList.from_dict(_data)

    def list_my_organizations(self, tenant: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[MyOrganization]:
        """List my organizations.

        The organizations I belong to, with my role; `current` marks the one this session is
        switched into.

        Returns the first page; iterating it yields every MyOrganization across pages.

        Args:
            tenant: The tenant's slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[MyOrganization], str | None]:
            _page = MyOrganizationList.from_dict(await self._request("GET", f"/t/{_path(tenant)}/me/organizations", query={"limit": limit, "cursor": _cursor}, auth=("session_token",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def switch_organization(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> SessionTokens:
        """Switch into an organization.

        Checks the organization's policies (allowed sign-in methods, MFA required, session
        age) against this session, then returns an access token carrying `org_id`, `org_slug`,
        `org_role` and `permissions`. The session's refresh token keeps minting tokens for the
        organization.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 Not a member (`permission_denied`), an organization policy refuses the session (`organization_policy_violation`), or the account is disabled
            NotFoundError: 404 No such tenant or organization
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/me/organizations/{_path(organization)}/switch", auth=("session_token",), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    async def leave_organization(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> None:
        """Leave an organization.

        Ends my membership; my sessions switched into it carry no organization from their next
        token on. The last owner cannot leave.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant or organization, or not a member
            ConflictError: 409 I am the last owner
        """
        await self._request("DELETE", f"/t/{_path(tenant)}/me/organizations/{_path(organization)}", auth=("session_token",), expect="empty", options=request_options)

    async def get_member_organization(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> Organization:
        """Get my organization.

        Needs an access token switched into this organization and the `organization:read`
        permission.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The token is for another organization, or the role lacks the permission
            NotFoundError: 404 No such tenant or organization
        """
        _data = await self._request("GET", f"/t/{_path(tenant)}/organizations/{_path(organization)}", auth=("session_token",), expect="json", options=request_options)
        return Organization.from_dict(_data)

    def list_member_organization_members(self, tenant: str, organization: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[Membership]:
        """List my organization's members.

        Needs an access token switched into this organization and the `members:read` permission.

        Returns the first page; iterating it yields every Membership across pages.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The token is for another organization, or the role lacks the permission
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[Membership], str | None]:
            _page = MembershipList.from_dict(await self._request("GET", f"/t/{_path(tenant)}/organizations/{_path(organization)}/members", query={"limit": limit, "cursor": _cursor}, auth=("session_token",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    def list_invitations(self, tenant: str, organization: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[Invitation]:
        """List invitations.

        Newest first, in every state (`pending`, `accepted`, `revoked`, `expired`).

        Returns the first page; iterating it yields every Invitation across pages.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[Invitation], str | None]:
            _page = InvitationList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/invitations", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def create_invitation(self, tenant: str, organization: str, *, email: str, role: str | None = None, locale: str | None = None, expires_in_secs: int | None = None, request_options: RequestOptions | None = None) -> Invitation:
        """Invite someone by email.

        Sends a single-use link (7 days by default) to the address; the email is sent before the
        answer, and if it cannot be, no invitation is kept.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: A role key; `member` when absent.
            locale: Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
            expires_in_secs: Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 Already a member, or a pending invitation exists
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid email, role, locale or lifetime
            InternalServerError: 503 The email could not be sent
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/invitations", json=_body({"email": email, "role": role, "locale": locale, "expires_in_secs": expires_in_secs}), auth=("admin_key",), expect="json", options=request_options)
        return Invitation.from_dict(_data)

    async def get_invitation(self, tenant: str, organization: str, invitation: str, *, request_options: RequestOptions | None = None) -> Invitation:
        """Get an invitation.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            invitation: The invitation's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or invitation
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/invitations/{_path(invitation)}", auth=("admin_key",), expect="json", options=request_options)
        return Invitation.from_dict(_data)

    async def revoke_invitation(self, tenant: str, organization: str, invitation: str, *, request_options: RequestOptions | None = None) -> None:
        """Revoke an invitation.

        Its link stops working at once.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            invitation: The invitation's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or invitation
            ConflictError: 409 Already accepted or revoked
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/invitations/{_path(invitation)}", auth=("admin_key",), expect="empty", options=request_options)

    async def resend_invitation(self, tenant: str, organization: str, invitation: str, *, request_options: RequestOptions | None = None) -> Invitation:
        """Resend an invitation.

        Sends a new link with a fresh expiry (the same lifetime as before); the previous link
        stops working.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            invitation: The invitation's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or invitation
            ConflictError: 409 Already accepted or revoked
            InternalServerError: 503 The email could not be sent
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/invitations/{_path(invitation)}/resend", auth=("admin_key",), expect="json", options=request_options)
        return Invitation.from_dict(_data)

    async def invite_member(self, tenant: str, organization: str, *, email: str, role: str | None = None, locale: str | None = None, expires_in_secs: int | None = None, request_options: RequestOptions | None = None) -> Invitation:
        """Invite a teammate.

        A member with `members:invite` (an `admin` or `owner` by default) invites someone into
        the organization their access token is switched into.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: A role key; `member` when absent.
            locale: Locale of the email (BCP 47); the invitee's own when they have an account, else `en`.
            expires_in_secs: Seconds until the invitation expires: 3600 to 2,592,000 (default 7 days).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The token is for another organization, or the role lacks `members:invite`
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 Already a member, or a pending invitation exists
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid email, role, locale or lifetime
            InternalServerError: 503 The email could not be sent
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/organizations/{_path(organization)}/invitations", json=_body({"email": email, "role": role, "locale": locale, "expires_in_secs": expires_in_secs}), auth=("session_token",), expect="json", options=request_options)
        return Invitation.from_dict(_data)

    async def accept_invitation(self, tenant: str, *, token: str, password: str | None = None, name: str | None = None, request_options: RequestOptions | None = None) -> InvitationAccepted:
        """Accept an invitation.

        With the `tin_…` token from the email. An invitee with an account signs in first and
        sends the access token (`Authorization: Bearer …`); one without an account sends a
        password, which creates the account (its email verified) and returns session tokens,
        switched into the organization when its policies allow.

        Args:
            tenant: The tenant's slug
            token: The `tin_…` token from the invitation email's link.
            password: For an invitee without an account: the password of the account created on accepting.
            name: The new account's display name.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 The invitation token is unknown, used, revoked or expired, or the access token is not valid
            PermissionDeniedError: 403 Signed in as another address than the invited one
            NotFoundError: 404 No such tenant
            ConflictError: 409 The invited address has an account: sign in first
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A password is missing or breaks the policy
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/invitations/accept", json=_body({"token": token, "password": password, "name": name}), auth=("session_token",), expect="json", options=request_options)
        return InvitationAccepted.from_dict(_data)

    def list_api_keys(self, tenant: str, *, organization: str | None = None, user: str | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[ApiKey]:
        """List API keys.

        Oldest first, optionally of one organization or user, revoked and expired keys included.

        Returns the first page; iterating it yields every ApiKey across pages.

        Args:
            tenant: The tenant's slug
            organization: Only this organization's keys (id or slug).
            user: Only this user's keys.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[ApiKey], str | None]:
            _page = ApiKeyList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/api-keys", query={"organization": organization, "user": user, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def create_api_key(self, tenant: str, *, name: str, permissions: list[str], organization: str | None = None, user: str | None = None, expires_in_secs: int | None = None, request_options: RequestOptions | None = None) -> ApiKeyWithSecret:
        """Create an API key.

        For an organization or a user, limited to permission patterns, optionally expiring. The
        `tsk_…` secret is in this answer only; resource servers check it by introspection.

        Args:
            tenant: The tenant's slug
            organization: The owning organization (id or slug).
            user: The owning user's id.
            permissions: 1-100 `resource:action` patterns (`resource:*` and `*` allowed).
            expires_in_secs: Seconds until the key expires (60 to 63,072,000); absent: never.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 No single owner, an unknown owner, or invalid name, permissions or lifetime
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/api-keys", json=_body({"organization": organization, "user": user, "name": name, "permissions": permissions, "expires_in_secs": expires_in_secs}), auth=("admin_key",), expect="json", options=request_options)
        return ApiKeyWithSecret.from_dict(_data)

    async def get_api_key(self, tenant: str, key: str, *, request_options: RequestOptions | None = None) -> ApiKey:
        """Get an API key.

        Args:
            tenant: The tenant's slug
            key: The key's id (`key_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or key
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/api-keys/{_path(key)}", auth=("admin_key",), expect="json", options=request_options)
        return ApiKey.from_dict(_data)

    async def revoke_api_key(self, tenant: str, key: str, *, request_options: RequestOptions | None = None) -> None:
        """Revoke an API key.

        Introspection answers `active: false` for it from now on.

        Args:
            tenant: The tenant's slug
            key: The key's id (`key_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or key
            ConflictError: 409 Already revoked
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/api-keys/{_path(key)}", auth=("admin_key",), expect="empty", options=request_options)

    async def rotate_api_key(self, tenant: str, key: str, *, overlap_secs: int | None = None, request_options: RequestOptions | None = None) -> ApiKeyWithSecret:
        """Rotate an API key.

        Issues a successor with the same owner, name, permissions and lifetime; the old key
        keeps working for `overlap_secs` (a day by default).

        Args:
            tenant: The tenant's slug
            key: The key's id (`key_…`)
            overlap_secs: How long the old key keeps working, 0 to 2,592,000 seconds (default 86,400).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or key
            ConflictError: 409 The key is revoked, expired or already rotated
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Overlap out of range
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/api-keys/{_path(key)}/rotate", json=_body({"overlap_secs": overlap_secs}, optional=True), auth=("admin_key",), expect="json", options=request_options)
        return ApiKeyWithSecret.from_dict(_data)

    async def list_organization_domains(self, tenant: str, organization: str, *, request_options: RequestOptions | None = None) -> OrganizationDomainList:
        """List an organization's domains.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/domains", auth=("admin_key",), expect="json", options=request_options)
        return OrganizationDomainList.from_dict(_data)

    async def add_organization_domain(self, tenant: str, organization: str, *, domain: str, auto_join: bool | None = None, request_options: RequestOptions | None = None) -> OrganizationDomain:
        """Claim a domain.

        Answers the TXT record to publish (`txt_name`, `txt_value`); then call `verify`.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 The organization already claims it
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not a domain name
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/domains", json=_body({"domain": domain, "auto_join": auto_join}), auth=("admin_key",), expect="json", options=request_options)
        return OrganizationDomain.from_dict(_data)

    async def remove_organization_domain(self, tenant: str, organization: str, domain: str, *, request_options: RequestOptions | None = None) -> None:
        """Remove a domain.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            domain: The domain's id (`dom_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or domain
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/domains/{_path(domain)}", auth=("admin_key",), expect="empty", options=request_options)

    async def update_organization_domain(self, tenant: str, organization: str, domain: str, *, auto_join: bool, request_options: RequestOptions | None = None) -> OrganizationDomain:
        """Change a domain's auto-join.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            domain: The domain's id (`dom_…`)

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or domain
            APIError: 415 Body is not JSON
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/domains/{_path(domain)}", json=_body({"auto_join": auto_join}), auth=("admin_key",), expect="json", options=request_options)
        return OrganizationDomain.from_dict(_data)

    async def verify_organization_domain(self, tenant: str, organization: str, domain: str, *, request_options: RequestOptions | None = None) -> OrganizationDomain:
        """Verify a domain.

        Looks up the TXT record through the configured resolver (`--dns-resolver`); when it
        holds `txt_value`, the domain is verified.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            domain: The domain's id (`dom_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or domain
            ConflictError: 409 The TXT record is missing or the lookup failed (`conflict`), or another organization verified the domain (`already_exists`)
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/domains/{_path(domain)}/verify", auth=("admin_key",), expect="json", options=request_options)
        return OrganizationDomain.from_dict(_data)

    def list_service_accounts(self, tenant: str, organization: str, *, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[ServiceAccount]:
        """List service accounts.

        Returns the first page; iterating it yields every ServiceAccount across pages.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[ServiceAccount], str | None]:
            _page = ServiceAccountList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/service-accounts", query={"limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def create_service_account(self, tenant: str, organization: str, *, name: str, role: str | None = None, scopes: list[str] | None = None, audiences: list[str] | None = None, request_options: RequestOptions | None = None) -> ServiceAccountWithSecret:
        """Create a service account.

        A confidential client with the `client_credentials` grant, owned by the organization and
        acting with one of its roles (`member` by default). Its tokens carry `org_id`,
        `org_slug`, `org_role` and `permissions`. The client secret is in this answer only.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            role: A role of the organization (built-in, tenant-wide or its own); `member` by default.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name, role, scopes or audiences
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/service-accounts", json=_body({"name": name, "role": role, "scopes": scopes, "audiences": audiences}), auth=("admin_key",), expect="json", options=request_options)
        return ServiceAccountWithSecret.from_dict(_data)

    async def get_service_account(self, tenant: str, organization: str, service_account: str, *, request_options: RequestOptions | None = None) -> ServiceAccount:
        """Get a service account.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            service_account: The service account's client id (`cli_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or service account
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/service-accounts/{_path(service_account)}", auth=("admin_key",), expect="json", options=request_options)
        return ServiceAccount.from_dict(_data)

    async def delete_service_account(self, tenant: str, organization: str, service_account: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a service account.

        Deletes its client too: its secret stops working at once.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            service_account: The service account's client id (`cli_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or service account
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/service-accounts/{_path(service_account)}", auth=("admin_key",), expect="empty", options=request_options)

    async def update_service_account(self, tenant: str, organization: str, service_account: str, *, role: str, request_options: RequestOptions | None = None) -> ServiceAccount:
        """Change a service account's role.

        Its next token carries the new role; checks use it at once.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            service_account: The service account's client id (`cli_…`)

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or service account
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Unknown role
        """
        _data = await self._request("PATCH", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/service-accounts/{_path(service_account)}", json=_body({"role": role}), auth=("admin_key",), expect="json", options=request_options)
        return ServiceAccount.from_dict(_data)

    def list_resource_grants(self, tenant: str, organization: str, *, subject: str | None = None, resource: str | None = None, limit: int | None = None, cursor: str | None = None, request_options: RequestOptions | None = None) -> AsyncPaginator[ResourceGrant]:
        """List resource grants.

        Oldest first, optionally of one subject or on one resource.

        Returns the first page; iterating it yields every ResourceGrant across pages.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            subject: Only this subject's grants.
            resource: Only grants on this resource.
            limit: Items per page, 1-100 (default 20).
            cursor: The `next_cursor` of the previous page.

        Raises:
            BadRequestError: 400 Malformed query or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            UnprocessableError: 422 Limit out of range or unknown cursor
        """
        async def _fetch(_cursor: str | None) -> tuple[list[ResourceGrant], str | None]:
            _page = ResourceGrantList.from_dict(await self._request("GET", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/resource-grants", query={"subject": subject, "resource": resource, "limit": limit, "cursor": _cursor}, auth=("admin_key",), expect="json", options=request_options))
            return _page.data, _page.next_cursor

        return AsyncPaginator(_fetch, cursor)

    async def create_resource_grant(self, tenant: str, organization: str, *, subject: str, resource: str, role: str, request_options: RequestOptions | None = None) -> ResourceGrant:
        """Grant a role on one resource.

        To a member or a service account of the organization, on top of their organization-wide
        role; `authz/check` with that `resource` consults it.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or organization
            ConflictError: 409 The subject already holds a role on the resource
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A subject outside the organization, an unknown role or a malformed resource
        """
        _data = await self._request("POST", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/resource-grants", json=_body({"subject": subject, "resource": resource, "role": role}), auth=("admin_key",), expect="json", options=request_options)
        return ResourceGrant.from_dict(_data)

    async def delete_resource_grant(self, tenant: str, organization: str, grant: str, *, request_options: RequestOptions | None = None) -> None:
        """Revoke a resource grant.

        Args:
            tenant: The tenant's slug
            organization: The organization's id or slug
            grant: The grant's id (`rgr_…`)

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, organization or grant
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/organizations/{_path(organization)}/resource-grants/{_path(grant)}", auth=("admin_key",), expect="empty", options=request_options)

    async def get_webauthn_settings(self, tenant: str, *, request_options: RequestOptions | None = None) -> WebauthnSettings:
        """Get passkey settings.

        The tenant's WebAuthn relying party: RP ID, name, allowed origins and attestation policy.
        Unset values show their defaults, derived from the server's public URL.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/webauthn-settings", auth=("admin_key",), expect="json", options=request_options)
        return WebauthnSettings.from_dict(_data)

    async def set_webauthn_settings(self, tenant: str, *, rp_id: str | None = None, rp_name: str | None = None, origins: list[str] | None = None, attestation: AttestationConveyance | None = None, allowed_formats: list[str] | None = None, request_options: RequestOptions | None = None) -> WebauthnSettings:
        """Set passkey settings.

        Replaces the settings; omitted fields return to their defaults. Passkeys registered under
        another RP ID stop working, since browsers scope credentials to the RP ID.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A malformed RP ID, origin or format, or an origin outside the RP ID
        """
        _data = await self._request("PUT", f"/v1/tenants/{_path(tenant)}/webauthn-settings", json=_body({"rp_id": rp_id, "rp_name": rp_name, "origins": origins, "attestation": attestation, "allowed_formats": allowed_formats}), auth=("admin_key",), expect="json", options=request_options)
        return WebauthnSettings.from_dict(_data)

    async def list_user_passkeys(self, tenant: str, user: str, *, request_options: RequestOptions | None = None) -> PasskeyList:
        """List a user's passkeys.

        Args:
            tenant: The tenant's slug
            user: The user's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant or user
        """
        _data = await self._request("GET", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/passkeys", auth=("admin_key",), expect="json", options=request_options)
        return PasskeyList.from_dict(_data)

    async def delete_user_passkey(self, tenant: str, user: str, passkey: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a user's passkey.

        The passkey can no longer sign in, from the next ceremony on.

        Args:
            tenant: The tenant's slug
            user: The user's id
            passkey: The passkey's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing or invalid admin key
            NotFoundError: 404 No such tenant, user or passkey
        """
        await self._request("DELETE", f"/v1/tenants/{_path(tenant)}/users/{_path(user)}/passkeys/{_path(passkey)}", auth=("admin_key",), expect="empty", options=request_options)

    async def list_my_passkeys(self, tenant: str, *, request_options: RequestOptions | None = None) -> PasskeyList:
        """My passkeys.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/t/{_path(tenant)}/me/passkeys", auth=("session_token",), expect="json", options=request_options)
        return PasskeyList.from_dict(_data)

    async def register_passkey(self, tenant: str, *, ceremony_id: str, credential: dict[str, Any], name: str | None = None, request_options: RequestOptions | None = None) -> Passkey:
        """Add a passkey.

        Verifies the browser's answer to the registration options and stores the passkey.

        Args:
            tenant: The tenant's slug
            credential: The `PublicKeyCredential` from `navigator.credentials.create()`, as `toJSON()` writes it.
            name: 1-64 characters; defaults to "Passkey".

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_token`: the ceremony is unknown, expired or finished, or the access token is not valid
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            ConflictError: 409 This credential is already registered
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A malformed name or credential, a response that does not verify, or an attestation format the tenant does not accept
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/me/passkeys", json=_body({"ceremony_id": ceremony_id, "credential": credential, "name": name}), auth=("session_token",), expect="json", options=request_options)
        return Passkey.from_dict(_data)

    async def start_passkey_registration(self, tenant: str, *, request_options: RequestOptions | None = None) -> PasskeyCeremony:
        """Start adding a passkey.

        Answers the options for `navigator.credentials.create()` and a `ceremony_id`; send the
        browser's credential to `POST /t/{tenant}/me/passkeys` within `expires_in` seconds.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/me/passkeys/options", auth=("session_token",), expect="json", options=request_options)
        return PasskeyCeremony.from_dict(_data)

    async def delete_my_passkey(self, tenant: str, passkey: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete one of my passkeys.

        Args:
            tenant: The tenant's slug
            passkey: The passkey's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant or passkey
        """
        await self._request("DELETE", f"/t/{_path(tenant)}/me/passkeys/{_path(passkey)}", auth=("session_token",), expect="empty", options=request_options)

    async def rename_my_passkey(self, tenant: str, passkey: str, *, name: str, request_options: RequestOptions | None = None) -> Passkey:
        """Rename one of my passkeys.

        Args:
            tenant: The tenant's slug
            passkey: The passkey's id
            name: 1-64 characters.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant or passkey
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A name that is empty or longer than 64 characters
        """
        _data = await self._request("PATCH", f"/t/{_path(tenant)}/me/passkeys/{_path(passkey)}", json=_body({"name": name}), auth=("session_token",), expect="json", options=request_options)
        return Passkey.from_dict(_data)

    async def start_passkey_sign_in(self, tenant: str, *, email: str | None = None, request_options: RequestOptions | None = None) -> PasskeyCeremony:
        """Start a passkey sign-in.

        Answers the options for `navigator.credentials.get()`. With the `email` of an account
        that has passkeys they list that account's passkeys; otherwise (no email, an unknown one
        or one without passkeys) they are username-less, with `mediation: "conditional"` for
        autofill, and any passkey of the tenant may answer.

        Args:
            tenant: The tenant's slug
            email: Ask for this account's passkeys only. Without it (username-less), any passkey the

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A malformed email
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/passkeys/options", json=_body({"email": email}), expect="json", options=request_options)
        return PasskeyCeremony.from_dict(_data)

    async def verify_passkey_sign_in(self, tenant: str, *, ceremony_id: str, credential: dict[str, Any], delivery: TokenDelivery | None = None, organization: str | None = None, request_options: RequestOptions | None = None) -> SessionTokens:
        """Sign in with a passkey.

        Verifies the browser's assertion and opens a session, answered like a password sign-in.
        A passkey verifies its user, so no second factor is asked for.

        With `organization`, the session opens switched into that organization, as at
        `POST /t/{tenant}/auth/login`: an unknown one is `422` before the assertion is checked;
        a non-member gets `403 permission_denied` and a sign-in that does not meet a policy
        `403 organization_policy_violation` (a passkey counts as multi-factor for `mfa_required`).

        Args:
            tenant: The tenant's slug
            credential: The `PublicKeyCredential` from `navigator.credentials.get()`, as `toJSON()` writes it.
            organization: Sign in into this organization (its id, `org_…`, or its slug), as at

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_token`: the ceremony is unknown, expired or finished, or the passkey is unknown, deleted or its answer does not verify
            PermissionDeniedError: 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A malformed credential, or `organization` names no organization of the tenant
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/passkeys/verify", json=_body({"ceremony_id": ceremony_id, "credential": credential, "delivery": delivery, "organization": organization}), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    async def start_passkey_second_factor(self, tenant: str, *, mfa_token: str, request_options: RequestOptions | None = None) -> PasskeyCeremony:
        """Start the passkey step of an MFA challenge.

        For a login answer whose `factors` include `passkey`: options for
        `navigator.credentials.get()` listing the account's passkeys.

        Args:
            tenant: The tenant's slug
            mfa_token: The `mfa_token` of the login answer.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_token`: unknown, expired or spent MFA token
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The account has no passkey
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/mfa/passkey/options", json=_body({"mfa_token": mfa_token}), expect="json", options=request_options)
        return PasskeyCeremony.from_dict(_data)

    async def verify_passkey_second_factor(self, tenant: str, *, mfa_token: str, ceremony_id: str, credential: dict[str, Any], delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> SessionTokens:
        """Complete an MFA challenge with a passkey.

        Verifies the assertion, spends the MFA token and opens the session.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_token`: the MFA token or ceremony is unknown, expired or spent, or the passkey answer does not verify
            PermissionDeniedError: 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 A malformed credential
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/mfa/passkey/verify", json=_body({"mfa_token": mfa_token, "ceremony_id": ceremony_id, "credential": credential, "delivery": delivery}), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    async def get_open_id_configuration(self, tenant: str, *, request_options: RequestOptions | None = None) -> OpenIdConfiguration:
        """OpenID Provider configuration.

        The tenant's discovery document (OpenID Connect Discovery 1.0 §4).

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/t/{_path(tenant)}/.well-known/openid-configuration", expect="json", options=request_options)
        return OpenIdConfiguration.from_dict(_data)

    async def get_jwks(self, tenant: str, *, request_options: RequestOptions | None = None) -> JwkSet:
        """JSON Web Key Set.

        The tenant's public signing keys (RFC 7517 §5), retired keys included until every token
        they signed has expired.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/t/{_path(tenant)}/.well-known/jwks.json", expect="json", options=request_options)
        return JwkSet.from_dict(_data)

    async def get_authorization_server_metadata(self, tenant: str, *, request_options: RequestOptions | None = None) -> OpenIdConfiguration:
        """OAuth authorization server metadata.

        RFC 8414 §3.1 places the metadata of an issuer with a path at the host's root with the
        path appended; clients such as the MCP SDK look here first.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/.well-known/oauth-authorization-server/t/{_path(tenant)}", expect="json", options=request_options)
        return OpenIdConfiguration.from_dict(_data)

    async def login(self, tenant: str, *, email: str, password: str, delivery: TokenDelivery | None = None, organization: str | None = None, request_options: RequestOptions | None = None) -> LoginResponse:
        """Sign in with email and password.

        Answers the same `invalid_credentials` whether the email is unknown or the password is
        wrong. After five failures the email is locked with exponential backoff (429 with
        `Retry-After`), whether or not it has an account.

        When the user has a second factor, a correct password answers an `MfaChallenge`
        (`mfa_required: true`) instead of tokens: complete the sign-in at
        `POST /t/{tenant}/auth/mfa/verify` with its `mfa_token` and a code.

        With `organization` (an id, `org_…`, or a slug), the session opens switched into that
        organization, as after `POST /t/{tenant}/me/organizations/{organization}/switch`: its
        access tokens, and those each refresh mints, carry `org_id`, `org_slug`, `org_role` and
        `permissions`. An organization the tenant does not have is `422` before the password is
        checked. Once every factor is verified (here, or at the second factor, whose challenge
        remembers the organization), a user who is not a member gets `403 permission_denied`,
        and a sign-in that does not meet a policy `403 organization_policy_violation` whose
        `detail` names the policy in backquotes; either opens no session and counts nothing
        towards the lockout. A wrong password is `invalid_credentials` as without it.

        Args:
            tenant: The tenant's slug
            organization: Sign in into this organization (its id, `org_…`, or its slug), as with

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Wrong email or password
            PermissionDeniedError: 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of `organization`; `organization_policy_violation`: the sign-in does not meet a policy of `organization` (named in `detail`)
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 `organization` names no organization of the tenant
            RateLimitedError: 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/login", json=_body({"email": email, "password": password, "delivery": delivery, "organization": organization}), expect="json", options=request_options)
        return _decode_login_response(_data)

    async def refresh_session(self, tenant: str, *, refresh_token: str | None = None, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> SessionTokens:
        """Refresh a session.

        Spends the refresh token (from the body or the cookie) and returns a new access token
        and a new refresh token. A refresh token works once: presenting a spent one revokes the
        whole session.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Unknown, expired, revoked or reused refresh token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/refresh", json=_body({"refresh_token": refresh_token, "delivery": delivery}), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    async def logout(self, tenant: str, *, refresh_token: str | None = None, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> None:
        """Sign out.

        Revokes the session of the refresh token (from the body or the cookie) and clears the
        cookie. Signing out twice, or with an unknown token, also answers 204.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
        """
        await self._request("POST", f"/t/{_path(tenant)}/auth/logout", json=_body({"refresh_token": refresh_token, "delivery": delivery}), expect="empty", options=request_options)

    async def oauth_token(self, tenant: str, *, grant_type: str, code: str | None = None, redirect_uri: str | None = None, code_verifier: str | None = None, refresh_token: str | None = None, scope: str | None = None, resource: str | None = None, audience: str | None = None, client_id: str | None = None, client_secret: str | None = None, client_assertion_type: str | None = None, client_assertion: str | None = None, request_options: RequestOptions | None = None) -> TokenResponse:
        """Token endpoint.

        Issues RFC 9068 access tokens. Grants: `authorization_code` (PKCE verifier required;
        returns an ID token for `openid` and a rotating refresh token when the client may use
        `refresh_token`), `refresh_token` (single use; reuse revokes the grant) and
        `client_credentials`. Confidential clients authenticate with `client_secret_basic` or
        `client_secret_post` as registered; public clients send only `client_id`.

        Args:
            tenant: The tenant's slug
            grant_type: `authorization_code`, `refresh_token` or `client_credentials`.
            code: With `authorization_code`: the code the authorization endpoint returned.
            redirect_uri: With `authorization_code`: the `redirect_uri` of the authorization request.
            code_verifier: With `authorization_code`: the PKCE verifier (RFC 7636 §4.5).
            refresh_token: With `refresh_token`: the refresh token to spend.
            scope: Space-separated scopes; all the client's scopes when omitted.
            resource: RFC 8707 resource indicator: the API the token is for (becomes `aud`).
            audience: Auth0-style synonym of `resource`.
            client_id: With `client_secret_post`.
            client_secret: With `client_secret_post`.
            client_assertion_type: With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
            client_assertion: With `private_key_jwt`: the signed client assertion (RFC 7523 §2.2).

        Raises:
            BadRequestError: 400 An RFC 6749 error such as invalid_request, invalid_scope, invalid_target or unsupported_grant_type
            AuthenticationError: 401 invalid_client
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/oauth/token", form=_body({"grant_type": grant_type, "code": code, "redirect_uri": redirect_uri, "code_verifier": code_verifier, "refresh_token": refresh_token, "scope": scope, "resource": resource, "audience": audience, "client_id": client_id, "client_secret": client_secret, "client_assertion_type": client_assertion_type, "client_assertion": client_assertion}), expect="json", options=request_options)
        return TokenResponse.from_dict(_data)

    async def oauth_introspect(self, tenant: str, *, token: str, token_type_hint: str | None = None, client_id: str | None = None, client_secret: str | None = None, client_assertion_type: str | None = None, client_assertion: str | None = None, request_options: RequestOptions | None = None) -> IntrospectionResponse:
        """Token introspection.

        RFC 7662: whether an access token of this tenant is active, with its claims. Callers
        authenticate as a confidential client of the tenant.

        Args:
            tenant: The tenant's slug
            token_type_hint: `access_token` or `refresh_token`; a hint only.

        Raises:
            BadRequestError: 400 invalid_request
            AuthenticationError: 401 invalid_client
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/oauth/introspect", form=_body({"token": token, "token_type_hint": token_type_hint, "client_id": client_id, "client_secret": client_secret, "client_assertion_type": client_assertion_type, "client_assertion": client_assertion}), expect="json", options=request_options)
        return IntrospectionResponse.from_dict(_data)

    async def oauth_revoke(self, tenant: str, *, token: str, token_type_hint: str | None = None, client_id: str | None = None, client_secret: str | None = None, client_assertion_type: str | None = None, client_assertion: str | None = None, request_options: RequestOptions | None = None) -> None:
        """Token revocation.

        RFC 7009: revokes an access token the calling client holds. Unknown, invalid or
        foreign tokens also answer 200, as the RFC requires.

        Args:
            tenant: The tenant's slug
            token_type_hint: `access_token` or `refresh_token`; a hint only.

        Raises:
            BadRequestError: 400 invalid_request
            AuthenticationError: 401 invalid_client
            NotFoundError: 404 No such tenant
        """
        await self._request("POST", f"/t/{_path(tenant)}/oauth/revoke", form=_body({"token": token, "token_type_hint": token_type_hint, "client_id": client_id, "client_secret": client_secret, "client_assertion_type": client_assertion_type, "client_assertion": client_assertion}), expect="empty", options=request_options)

    async def oauth_user_info(self, tenant: str, *, request_options: RequestOptions | None = None) -> UserInfo:
        """UserInfo.

        OpenID Connect Core §5.3: the claims about the token's user that its scopes release
        (`openid` required; `profile` and `email` add claims). Send the access token as a
        Bearer token.

        Args:
            tenant: The tenant's slug

        Raises:
            AuthenticationError: 401 invalid_token (RFC 6750)
            PermissionDeniedError: 403 insufficient_scope: the token lacks openid
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/t/{_path(tenant)}/oauth/userinfo", auth=("bearer_token",), expect="json", options=request_options)
        return UserInfo.from_dict(_data)

    async def oauth_user_info_post(self, tenant: str, *, request_options: RequestOptions | None = None) -> UserInfo:
        """UserInfo (POST).

        The same as `GET`, for clients that send the access token in a POST (Core §5.3.1).

        Args:
            tenant: The tenant's slug

        Raises:
            AuthenticationError: 401 invalid_token (RFC 6750)
            PermissionDeniedError: 403 insufficient_scope: the token lacks openid
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/oauth/userinfo", auth=("bearer_token",), expect="json", options=request_options)
        return UserInfo.from_dict(_data)

    async def oauth_register(self, tenant: str, *, redirect_uris: list[str] | None = None, token_endpoint_auth_method: str | None = None, grant_types: list[str] | None = None, response_types: list[str] | None = None, client_name: str | None = None, scope: str | None = None, post_logout_redirect_uris: list[str] | None = None, request_options: RequestOptions | None = None) -> ClientRegistrationResponse:
        """Register a client dynamically.

        RFC 7591: open to anyone when the tenant allows it (`oauth-settings`), as MCP clients
        need. Registered clients get the authorization code flow (with `refresh_token` when
        asked); `token_endpoint_auth_method: none` makes a public client. The response carries
        the client secret and the registration access token, once.

        Args:
            tenant: The tenant's slug
            token_endpoint_auth_method: `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
            grant_types: `authorization_code` and `refresh_token` (the default is `authorization_code`).
            response_types: `code` only.
            scope: Space-separated scopes the client will use (informational).

        Raises:
            BadRequestError: 400 invalid_redirect_uri or invalid_client_metadata
            PermissionDeniedError: 403 access_denied: the tenant does not allow dynamic registration
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/oauth/register", json=_body({"redirect_uris": redirect_uris, "token_endpoint_auth_method": token_endpoint_auth_method, "grant_types": grant_types, "response_types": response_types, "client_name": client_name, "scope": scope, "post_logout_redirect_uris": post_logout_redirect_uris}), expect="json", options=request_options)
        return ClientRegistrationResponse.from_dict(_data)

    async def oauth_read_registration(self, tenant: str, client: str, *, request_options: RequestOptions | None = None) -> ClientRegistrationResponse:
        """Read a registration.

        RFC 7592 §2.1, with the registration access token as a Bearer token.

        Args:
            tenant: The tenant's slug
            client: The client_id

        Raises:
            AuthenticationError: 401 invalid_token
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/t/{_path(tenant)}/oauth/register/{_path(client)}", auth=("registration_token",), expect="json", options=request_options)
        return ClientRegistrationResponse.from_dict(_data)

    async def oauth_update_registration(self, tenant: str, client: str, *, redirect_uris: list[str] | None = None, token_endpoint_auth_method: str | None = None, grant_types: list[str] | None = None, response_types: list[str] | None = None, client_name: str | None = None, scope: str | None = None, post_logout_redirect_uris: list[str] | None = None, request_options: RequestOptions | None = None) -> ClientRegistrationResponse:
        """Update a registration.

        RFC 7592 §2.2: the body replaces the client's metadata (the authentication method
        cannot change).

        Args:
            tenant: The tenant's slug
            client: The client_id
            token_endpoint_auth_method: `client_secret_basic` (the RFC 7591 default), `client_secret_post`, or `none` for a
            grant_types: `authorization_code` and `refresh_token` (the default is `authorization_code`).
            response_types: `code` only.
            scope: Space-separated scopes the client will use (informational).

        Raises:
            BadRequestError: 400 invalid_redirect_uri or invalid_client_metadata
            AuthenticationError: 401 invalid_token
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("PUT", f"/t/{_path(tenant)}/oauth/register/{_path(client)}", json=_body({"redirect_uris": redirect_uris, "token_endpoint_auth_method": token_endpoint_auth_method, "grant_types": grant_types, "response_types": response_types, "client_name": client_name, "scope": scope, "post_logout_redirect_uris": post_logout_redirect_uris}), auth=("registration_token",), expect="json", options=request_options)
        return ClientRegistrationResponse.from_dict(_data)

    async def oauth_delete_registration(self, tenant: str, client: str, *, request_options: RequestOptions | None = None) -> None:
        """Delete a registration.

        RFC 7592 §2.3: the client stops working at once.

        Args:
            tenant: The tenant's slug
            client: The client_id

        Raises:
            AuthenticationError: 401 invalid_token
            NotFoundError: 404 No such tenant
        """
        await self._request("DELETE", f"/t/{_path(tenant)}/oauth/register/{_path(client)}", auth=("registration_token",), expect="empty", options=request_options)

    async def get_protected_resource_metadata(self, tenant: str, resource: str, *, request_options: RequestOptions | None = None) -> ProtectedResourceMetadata:
        """Protected resource metadata.

        RFC 9728 §3 metadata of a registered resource, served by Tessera on the resource's
        behalf: resource servers point clients here from their `WWW-Authenticate` challenge
        (`resource_metadata="…"`), as the MCP authorization spec asks, or serve a copy themselves.

        Args:
            tenant: The tenant's slug
            resource: The resource's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            NotFoundError: 404 No such tenant or resource
        """
        _data = await self._request("GET", f"/.well-known/oauth-protected-resource/t/{_path(tenant)}/resources/{_path(resource)}", expect="json", options=request_options)
        return ProtectedResourceMetadata.from_dict(_data)

    async def verify_mfa(self, tenant: str, *, mfa_token: str, code: str | None = None, recovery_code: str | None = None, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> SessionTokens:
        """Complete a sign-in with a second factor.

        Takes the `mfa_token` of the login answer with either `code`, the authenticator app's
        current six-digit code (the previous and next 30-second codes are accepted too, each
        code only once), or `recovery_code`, one of the user's single-use recovery codes. A
        wrong code answers `invalid_code` and leaves the token usable until it expires (five
        minutes); failures count towards the same lockout as wrong passwords. Success spends the
        token and returns the session's tokens, delivered as `delivery` asks.

        When the login named an `organization`, the session opens into it once the user's
        membership and the organization's policies, judged with this second factor (so
        `mfa_required` is met), admit it; otherwise `403` as at the login, the token is spent
        and no session is opened.

        Args:
            tenant: The tenant's slug
            mfa_token: The `mfa_token` of the login answer.
            code: The current six-digit code of the user's authenticator app.
            recovery_code: One of the user's recovery codes, `tsrc_xxxx-xxxx-xxxx-xxxx` (the prefix, hyphens,

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_code`: wrong or already used code; `invalid_token`: unknown, expired or spent MFA token
            PermissionDeniedError: 403 `account_disabled`: the account is disabled; `permission_denied`: not a member of the organization the login named; `organization_policy_violation`: the sign-in does not meet one of its policies (named in `detail`)
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not exactly one of `code` and `recovery_code`, or a malformed one
            RateLimitedError: 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/mfa/verify", json=_body({"mfa_token": mfa_token, "code": code, "recovery_code": recovery_code, "delivery": delivery}), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    async def signup(self, tenant: str, *, email: str, password: str, name: str | None = None, request_options: RequestOptions | None = None) -> EmailRequestAccepted:
        """Sign up.

        Starts creating an account, if the tenant's `signup_mode` allows the address: `open`
        takes any, `domain_allowlist` only its domains, and `invite_only` (the default) none
        (403 `signup_disabled`). Disposable-address domains are refused while the tenant's
        `block_disposable_emails` is on (403 `email_domain_not_allowed`). The password must meet
        the password policy.

        The answer is the same 202, after about the same time, whether or not the address
        already has an account, so it reveals nothing about which accounts exist: a new address
        is emailed a link (valid once, for 24 hours) that finishes the signup at `verifySignup`;
        an address with an account is emailed a notice with a password-reset link instead.

        Args:
            tenant: The tenant's slug
            password: Checked against the password policy.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            PermissionDeniedError: 403 `signup_disabled`: the tenant is invite-only; `email_domain_not_allowed`: the address's domain is not allowed or is disposable
            NotFoundError: 404 No such tenant
            APIError: 413 Body too large
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not an email address, a name that is too long, or a password that does not meet the policy
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/signup", json=_body({"email": email, "password": password, "name": name}), expect="json", options=request_options)
        return EmailRequestAccepted.from_dict(_data)

    async def verify_signup(self, tenant: str, *, token: str, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> SessionTokens:
        """Finish signing up.

        Spends the token of a signup link, creates the user (with the email verified) and signs
        them in: the session's tokens, the refresh token in JSON or in the session cookie as
        `delivery` asks. The token is refused if it expired, was used or was replaced by a newer
        signup of the same address; 409 if the address got an account in the meantime.

        Args:
            tenant: The tenant's slug
            token: The token from the confirmation link (`tsu_…`).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Unknown, expired, used or superseded token
            PermissionDeniedError: 403 The tenant no longer takes signups from this address
            NotFoundError: 404 No such tenant
            ConflictError: 409 The address already has an account
            APIError: 415 Body is not JSON
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/signup/verify", json=_body({"token": token, "delivery": delivery}), expect="json", options=request_options)
        return SessionTokens.from_dict(_data)

    async def verify_email(self, tenant: str, *, token: str, request_options: RequestOptions | None = None) -> EmailVerified:
        """Verify an email address.

        Spends the token of a verification link and marks the user's email verified. The token
        is refused if it expired, was used or replaced, or if the user's email changed since.

        Args:
            tenant: The tenant's slug
            token: The token from the verification link (`tev_…`).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Unknown, expired, used or superseded token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/verify-email", json=_body({"token": token}), expect="json", options=request_options)
        return EmailVerified.from_dict(_data)

    async def request_password_reset(self, tenant: str, *, email: str, request_options: RequestOptions | None = None) -> EmailRequestAccepted:
        """Request a password reset.

        Emails a reset link (valid once, for 30 minutes) if the address has an account that may
        sign in. The answer is the same 202, after about the same time, whether or not it does.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not an email address
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/password-reset", json=_body({"email": email}), expect="json", options=request_options)
        return EmailRequestAccepted.from_dict(_data)

    async def confirm_password_reset(self, tenant: str, *, token: str, new_password: str, request_options: RequestOptions | None = None) -> None:
        """Set a new password with a reset token.

        Spends the token of a reset link, sets the password (checked against the password
        policy; a refused password leaves the token usable), marks the email verified, lifts a
        sign-in lockout and revokes every session of the user.

        Args:
            tenant: The tenant's slug
            token: The token from the reset link (`tpr_…`).
            new_password: Checked against the password policy.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Unknown, expired, used or superseded token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The password does not meet the policy
            RateLimitedError: 429 Too many requests from this address
        """
        await self._request("POST", f"/t/{_path(tenant)}/auth/password-reset/confirm", json=_body({"token": token, "new_password": new_password}), expect="empty", options=request_options)

    async def request_magic_link(self, tenant: str, *, email: str, request_options: RequestOptions | None = None) -> EmailRequestAccepted:
        """Request a magic link.

        Emails a sign-in link (valid once, for 15 minutes) if the address has an account that may
        sign in. The answer is the same 202, after about the same time, whether or not it does.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not an email address
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/magic-link", json=_body({"email": email}), expect="json", options=request_options)
        return EmailRequestAccepted.from_dict(_data)

    async def verify_magic_link(self, tenant: str, *, token: str, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> LoginResponse:
        """Sign in with a magic link.

        Spends the token of a magic link and answers as a password login does: the session's
        tokens (the refresh token in JSON or in the session cookie), or, when the user has a
        second factor, a challenge (`mfa_required: true`) to complete at `verifyMfa`.

        Args:
            tenant: The tenant's slug
            token: The token from the magic link (`tml_…`).

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Unknown, expired, used or superseded token
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/magic-link/verify", json=_body({"token": token, "delivery": delivery}), expect="json", options=request_options)
        return _decode_login_response(_data)

    async def request_email_code(self, tenant: str, *, email: str, request_options: RequestOptions | None = None) -> EmailRequestAccepted:
        """Request an email sign-in code.

        Emails a six-digit code (valid once, for 10 minutes, five guesses) if the address has an
        account that may sign in. The answer is the same 202, after about the same time, whether
        or not it does.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Not an email address
            RateLimitedError: 429 Too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/email-code", json=_body({"email": email}), expect="json", options=request_options)
        return EmailRequestAccepted.from_dict(_data)

    async def verify_email_code(self, tenant: str, *, email: str, code: str, delivery: TokenDelivery | None = None, request_options: RequestOptions | None = None) -> LoginResponse:
        """Sign in with an email code.

        Checks the code last sent to the email and answers as a password login does: the
        session's tokens, or a second-factor challenge (`mfa_required: true`). Wrong codes answer
        `invalid_code` and count toward the email's sign-in lockout (shared with password login;
        429 with `Retry-After`), and a code dies after five wrong guesses.

        Args:
            tenant: The tenant's slug
            code: The six-digit code from the email.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 `invalid_code`: wrong, expired or used code
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The code is not six digits
            RateLimitedError: 429 `account_locked`: locked after repeated failures; `rate_limited`: too many requests from this address
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/auth/email-code/verify", json=_body({"email": email, "code": code, "delivery": delivery}), expect="json", options=request_options)
        return _decode_login_response(_data)

    async def get_me(self, tenant: str, *, request_options: RequestOptions | None = None) -> User:
        """Get my profile.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/t/{_path(tenant)}/me", auth=("session_token",), expect="json", options=request_options)
        return User.from_dict(_data)

    async def delete_me(self, tenant: str, *, current_password: str | None = None, request_options: RequestOptions | None = None) -> None:
        """Delete my account.

        Deletes the account and its sessions; needs the current password when the account has one.

        Args:
            tenant: The tenant's slug
            current_password: Required when the account has a password.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Invalid access token, or a wrong current password
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The current password is missing
        """
        await self._request("DELETE", f"/t/{_path(tenant)}/me", json=_body({"current_password": current_password}), auth=("session_token",), expect="empty", options=request_options)

    async def update_me(self, tenant: str, *, name: str | None = None, picture: str | None = None, locale: str | None = None, request_options: RequestOptions | None = None) -> User:
        """Update my profile.

        Name, picture and locale. Email changes and metadata are for administrators.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 Invalid name, picture or locale
        """
        _data = await self._request("PATCH", f"/t/{_path(tenant)}/me", json=_body({"name": name, "picture": picture, "locale": locale}), auth=("session_token",), expect="json", options=request_options)
        return User.from_dict(_data)

    async def change_my_password(self, tenant: str, *, new_password: str, current_password: str | None = None, request_options: RequestOptions | None = None) -> None:
        """Change my password.

        Needs the current password (when the account has one); every other session of the
        user ends, this one stays.

        Args:
            tenant: The tenant's slug
            current_password: Required when the account has a password.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Invalid access token, or a wrong current password
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The new password breaks the policy, or the current one is missing
        """
        await self._request("POST", f"/t/{_path(tenant)}/me/password", json=_body({"current_password": current_password, "new_password": new_password}), auth=("session_token",), expect="empty", options=request_options)

    async def list_my_sessions(self, tenant: str, *, request_options: RequestOptions | None = None) -> SessionList:
        """List my sessions.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/t/{_path(tenant)}/me/sessions", auth=("session_token",), expect="json", options=request_options)
        return SessionList.from_dict(_data)

    async def revoke_my_session(self, tenant: str, session: str, *, request_options: RequestOptions | None = None) -> None:
        """Sign out one of my sessions.

        Args:
            tenant: The tenant's slug
            session: The session's id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant or live session
        """
        await self._request("DELETE", f"/t/{_path(tenant)}/me/sessions/{_path(session)}", auth=("session_token",), expect="empty", options=request_options)

    async def get_my_totp(self, tenant: str, *, request_options: RequestOptions | None = None) -> TotpStatus:
        """My TOTP status.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/t/{_path(tenant)}/me/mfa/totp", auth=("session_token",), expect="json", options=request_options)
        return TotpStatus.from_dict(_data)

    async def start_my_totp_enrolment(self, tenant: str, *, current_password: str | None = None, request_options: RequestOptions | None = None) -> TotpEnrolment:
        """Start my TOTP enrolment.

        Needs the current password (when the account has one). Returns a new secret, pending
        until confirmed, as base32, an `otpauth://` URI and QR codes, shown once.

        Args:
            tenant: The tenant's slug
            current_password: Required when the account has a password.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Invalid access token, or a wrong current password
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            ConflictError: 409 TOTP is already enabled
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The current password is missing
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/me/mfa/totp", json=_body({"current_password": current_password}), auth=("session_token",), expect="json", options=request_options)
        return TotpEnrolment.from_dict(_data)

    async def disable_my_totp(self, tenant: str, *, current_password: str | None = None, request_options: RequestOptions | None = None) -> None:
        """Disable my TOTP.

        Needs the current password (when the account has one).

        Args:
            tenant: The tenant's slug
            current_password: Required when the account has a password.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Invalid access token, or a wrong current password
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant, or no authenticator
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The current password is missing
        """
        await self._request("DELETE", f"/t/{_path(tenant)}/me/mfa/totp", json=_body({"current_password": current_password}), auth=("session_token",), expect="empty", options=request_options)

    async def confirm_my_totp(self, tenant: str, *, code: str, request_options: RequestOptions | None = None) -> RecoveryCodes:
        """Confirm my TOTP enrolment.

        Enables the pending authenticator with a code it shows now and returns ten single-use
        recovery codes, shown once.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            ConflictError: 409 No enrolment is pending, or TOTP is already enabled
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The code is malformed or not the authenticator's current code
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/me/mfa/totp/confirm", json=_body({"code": code}), auth=("session_token",), expect="json", options=request_options)
        return RecoveryCodes.from_dict(_data)

    async def regenerate_my_recovery_codes(self, tenant: str, *, current_password: str | None = None, request_options: RequestOptions | None = None) -> RecoveryCodes:
        """Regenerate my recovery codes.

        Needs the current password (when the account has one); the old codes stop working.

        Args:
            tenant: The tenant's slug
            current_password: Required when the account has a password.

        Raises:
            BadRequestError: 400 Malformed body or tenant slug
            AuthenticationError: 401 Invalid access token, or a wrong current password
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
            ConflictError: 409 No enabled authenticator
            APIError: 415 Body is not JSON
            UnprocessableError: 422 The current password is missing
        """
        _data = await self._request("POST", f"/t/{_path(tenant)}/me/mfa/recovery-codes", json=_body({"current_password": current_password}), auth=("session_token",), expect="json", options=request_options)
        return RecoveryCodes.from_dict(_data)

    async def list_my_consents(self, tenant: str, *, request_options: RequestOptions | None = None) -> ConsentList:
        """List my connected applications.

        Applications I allowed at the consent page, with the scopes granted.

        Args:
            tenant: The tenant's slug

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant
        """
        _data = await self._request("GET", f"/t/{_path(tenant)}/me/consents", auth=("session_token",), expect="json", options=request_options)
        return ConsentList.from_dict(_data)

    async def revoke_my_consent(self, tenant: str, client: str, *, request_options: RequestOptions | None = None) -> None:
        """Disconnect an application.

        Withdraws my consent: the application must ask again, and its refresh tokens stop working.

        Args:
            tenant: The tenant's slug
            client: The application's client_id

        Raises:
            BadRequestError: 400 Malformed tenant slug
            AuthenticationError: 401 Missing, invalid or expired access token, or an ended session
            PermissionDeniedError: 403 The account is disabled
            NotFoundError: 404 No such tenant, or no consent for this application
        """
        await self._request("DELETE", f"/t/{_path(tenant)}/me/consents/{_path(client)}", auth=("session_token",), expect="empty", options=request_options)

    async def get_health(self, *, request_options: RequestOptions | None = None) -> HealthStatus:
        """Liveness.

        Answers while the process can serve HTTP; it does not touch the database.
        """
        _data = await self._request("GET", f"/healthz", expect="json", options=request_options)
        return HealthStatus.from_dict(_data)

    async def get_readiness(self, *, request_options: RequestOptions | None = None) -> HealthStatus:
        """Readiness.

        Ready when the database answers within two seconds; recovers by itself when it returns.

        Raises:
            InternalServerError: 503 The database is unreachable
        """
        _data = await self._request("GET", f"/readyz", expect="json", options=request_options)
        return HealthStatus.from_dict(_data)

    async def get_metrics(self, *, request_options: RequestOptions | None = None) -> str:
        """Prometheus metrics.

        Requests by route and status, latency histograms and database pool gauges, in the
        Prometheus text format.
        """
        _data = await self._request("GET", f"/metrics", expect="text", options=request_options)
        return str(_data)

    async def get_open_api(self, *, request_options: RequestOptions | None = None) -> dict[str, Any]:
        """OpenAPI document.

        This server's API description (OpenAPI 3.1), identical to `spec/openapi.yaml`.
        """
        _data = await self._request("GET", f"/openapi.json", expect="json", options=request_options)
        return dict(_data)
