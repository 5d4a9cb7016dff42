-- The language an account chose in settings (`fi`); NULL follows the
-- browser.
ALTER TABLE users ADD COLUMN language TEXT;
