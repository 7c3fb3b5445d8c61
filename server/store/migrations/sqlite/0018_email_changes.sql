-- Self-service email change: the confirmation link is a one-time token (purpose
-- `email_change`) sent to the new address. Its `email` stays the current address, so the
-- token dies if the address changes some other way first; `new_email` is the address it
-- switches to when it is confirmed. NULL for every other purpose.
ALTER TABLE one_time_tokens ADD COLUMN new_email TEXT;
