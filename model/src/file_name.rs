//! The names files are downloaded as, made from titles people typed: the
//! server sends them and the app saves what it fetched under them, so both
//! take them from here.

/// A name safe in a file or zip path: letters, digits and single dashes,
/// at most 60 letters long, never empty.
pub fn safe_name(title: &str) -> String {
    let mut name: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    name.truncate(name.char_indices().nth(60).map_or(name.len(), |(i, _)| i));
    if name.is_empty() {
        name = "scene".into();
    }
    name
}

/// A scene downloaded in a format ending in `ending` (`zip`, `w3c.json`).
pub fn scene_file(title: &str, ending: &str) -> String {
    format!("{}.{ending}", safe_name(title))
}

/// A class's work (`GET /api/classes/{id}/export`).
pub fn class_export(class_name: &str) -> String {
    format!("{}-work.zip", safe_name(class_name))
}

/// A whole school's data (`GET /api/school/export`).
pub fn school_export(school_name: &str) -> String {
    format!("{}-school.zip", safe_name(school_name))
}

/// A user's folder in a class or school export: their username, which
/// is unique and made of a-z, 0-9, `_`, `.` and `-` only; a name of dots
/// alone (which a path would read as "here" or "up") has its dots
/// written `%2E`, which no username can hold.
pub fn user_folder(username: &str) -> String {
    if username.chars().all(|c| c == '.') {
        username.replace('.', "%2E")
    } else {
        username.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_the_title_made_safe() {
        assert_eq!(
            scene_file("How a volcano works", "zip"),
            "How-a-volcano-works.zip"
        );
        assert_eq!(scene_file("../../etc/passwd", "zip"), "etc-passwd.zip");
        assert_eq!(
            scene_file("Tulivuori – äänet", "zip"),
            "Tulivuori-äänet.zip"
        );
        assert_eq!(scene_file("???", "w3c.json"), "scene.w3c.json");
        assert_eq!(scene_file(&"x".repeat(200), "zip").len(), 64);
        assert_eq!(class_export("7B / 2026"), "7B-2026-work.zip");
        assert_eq!(school_export("Hill School"), "Hill-School-school.zip");
    }

    #[test]
    fn every_username_has_its_own_folder() {
        let names = ["j.smith", "j_smith", "j-smith", "_ada", "ada", "...", ".."];
        let folders: std::collections::HashSet<String> =
            names.iter().map(|n| user_folder(n)).collect();
        assert_eq!(folders.len(), names.len());
        assert_eq!(user_folder("j.smith"), "j.smith");
        assert_eq!(user_folder(".."), "%2E%2E");
    }
}
