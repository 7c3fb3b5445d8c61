-- The rest of a tenant's look on the hosted pages: an optional stylesheet of its own, a
-- support link, the origins allowed to frame the pages (a JSON array; none when NULL), and
-- the language used when neither the request nor the browser names a supported one.

ALTER TABLE tenant_branding ADD COLUMN custom_css TEXT;
ALTER TABLE tenant_branding ADD COLUMN support_url TEXT;
ALTER TABLE tenant_branding ADD COLUMN frame_ancestors TEXT;
ALTER TABLE tenant_branding ADD COLUMN default_locale TEXT;
