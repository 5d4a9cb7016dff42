-- A school's invitation for teachers: a code (and the link built from it)
-- its admins hand to colleagues, who sign up with it as teachers of the
-- school. Admins can replace it when it has spread too far. Schools that
-- exist before this migration get one on first use (NULL until then).
ALTER TABLE schools ADD COLUMN teacher_invite_code TEXT;
CREATE UNIQUE INDEX schools_by_invite ON schools(teacher_invite_code);
