-- Accounts whose password someone else chose (a teacher signing a student
-- up, an admin resetting it) must choose their own at the next sign-in.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
