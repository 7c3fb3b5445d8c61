-- The organization a first-party sign-in asked to open into (`organization` on
-- `POST /auth/login`), remembered by its second-factor challenge so that the session opens
-- into it once the second factor is verified. NULL for a sign-in outside any organization.
-- No foreign key: a challenge lives five minutes, and an organization deleted meanwhile is
-- refused when the challenge completes.
ALTER TABLE mfa_challenges ADD COLUMN organization_id TEXT;
