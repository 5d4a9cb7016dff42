-- Classes, their students, teachers' feedback and reviews.

-- A class belongs to a school and has one teacher. Students sign up or join
-- with its code; the teacher can rotate the code when it has spread too far.
CREATE TABLE classes (
    id          TEXT PRIMARY KEY,
    school_id   TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
    teacher_id  TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    join_code   TEXT NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);
CREATE INDEX classes_by_teacher ON classes(teacher_id);
CREATE INDEX classes_by_school ON classes(school_id);

CREATE TABLE class_members (
    class_id    TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    student_id  TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    joined_at   INTEGER NOT NULL,
    PRIMARY KEY (class_id, student_id)
);
CREATE INDEX class_members_by_student ON class_members(student_id);

-- A teacher's (or school admin's) comment on a student's scene, plain text.
CREATE TABLE feedback (
    id          TEXT PRIMARY KEY,
    scene_id    TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    author_id   TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX feedback_by_scene ON feedback(scene_id, created_at);

-- When a teacher last marked a scene reviewed; newer edits make it
-- unreviewed again (compared with scenes.updated_at).
CREATE TABLE scene_reviews (
    scene_id     TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE ON UPDATE CASCADE,
    reviewer_id  TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    reviewed_at  INTEGER NOT NULL,
    PRIMARY KEY (scene_id, reviewer_id)
);
