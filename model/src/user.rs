//! Accounts: what the API says about a user, and the sign-up and log-in
//! requests with their validation.

use crate::error::Message;
use crate::error::{check_length, FieldError};
use crate::visibility::Visibility;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserKind {
    Individual,
    Student,
    Teacher,
}

impl UserKind {
    pub fn as_str(self) -> &'static str {
        match self {
            UserKind::Individual => "individual",
            UserKind::Student => "student",
            UserKind::Teacher => "teacher",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "individual" => Some(UserKind::Individual),
            "student" => Some(UserKind::Student),
            "teacher" => Some(UserKind::Teacher),
            _ => None,
        }
    }

    /// The visibilities this kind of user may give their own scenes, given
    /// their school's `students_can_publish` (false outside a school): a
    /// student publishes only where the school allows. The server's policy
    /// enforces this; the app offers only these choices.
    pub fn allowed_visibilities(self, students_can_publish: bool) -> &'static [Visibility] {
        match self {
            UserKind::Student if !students_can_publish => {
                &[Visibility::Private, Visibility::Unlisted]
            }
            _ => &Visibility::ALL,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolRef {
    pub id: String,
    pub name: String,
}

/// `GET /api/me`: the whole account, shown only to its owner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub id: String,
    pub username: String,
    /// None only for a student whose teacher created the account without one.
    pub email: Option<String>,
    pub kind: UserKind,
    pub school: Option<SchoolRef>,
    pub is_admin: bool,
    pub date_of_birth: Option<String>,
    pub marketing_opt_in: bool,
    pub avatar: Option<String>,
    /// The password was set by a teacher or admin: choose your own now.
    #[serde(default)]
    pub must_change_password: bool,
    /// False for an account made by a school sign-in that has not set one.
    #[serde(default = "has_password_by_default")]
    pub has_password: bool,
    /// The language chosen in settings (`fi`); none follows the browser.
    #[serde(default)]
    pub language: Option<String>,
}

fn has_password_by_default() -> bool {
    true
}

/// `GET /api/session`: the signed-in account, or none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub me: Option<Me>,
}

/// `POST /api/me/password`
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// What anyone else may see of a user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSummary {
    pub id: String,
    pub username: String,
    pub avatar: Option<String>,
}

/// `POST /api/auth/signup`
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupRequest {
    pub username: String,
    pub email: String,
    pub password: String,
    #[serde(default = "default_kind")]
    pub kind: UserKind,
    #[serde(default)]
    pub date_of_birth: Option<String>,
    #[serde(default)]
    pub join_code: Option<String>,
    #[serde(default)]
    pub school_name: Option<String>,
}

fn default_kind() -> UserKind {
    UserKind::Individual
}

/// `POST /api/auth/login`: `login` is a username or an email address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginRequest {
    pub login: String,
    pub password: String,
}

pub const USERNAME_MIN: usize = 3;
pub const USERNAME_MAX: usize = 32;
pub const PASSWORD_MIN: usize = 8;
pub const PASSWORD_MAX: usize = 256;
pub const EMAIL_MAX: usize = 254;
pub const SCHOOL_NAME_MAX: usize = 120;

/// A username is 3 to 32 of `a-z 0-9 _ . -`: safe in URLs and unambiguous
/// to read aloud in a classroom.
pub fn validate_username(username: &str) -> Result<(), FieldError> {
    check_length(
        "username",
        "field-username",
        username,
        USERNAME_MIN,
        USERNAME_MAX,
    )?;
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.-".contains(c);
    if !username.chars().all(allowed) {
        return Err(FieldError::new(
            "username",
            Message::new("error-username-characters"),
        ));
    }
    Ok(())
}

/// Trims and lowercases an email address, so that one address is one account
/// however it is typed.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A plausible address: one `@`, something before it, a dotted domain after
/// it, no spaces. Whether it receives mail is not ours to know.
pub fn validate_email(email: &str) -> Result<(), FieldError> {
    check_length("email", "field-email", email, 1, EMAIL_MAX)?;
    let bad = || FieldError::new("email", Message::new("error-email"));
    let (local, domain) = email.split_once('@').ok_or_else(bad)?;
    let domain_ok = !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..");
    if local.is_empty() || !domain_ok || email.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(bad());
    }
    Ok(())
}

pub fn validate_password(password: &str) -> Result<(), FieldError> {
    check_length(
        "password",
        "field-password",
        password,
        PASSWORD_MIN,
        PASSWORD_MAX,
    )
}

/// A calendar date as `YYYY-MM-DD`, returned as (year, month, day).
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let bytes = s.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let year = digits(0..4)? as i32;
    let month = digits(5..7)?;
    let day = digits(8..10)?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (day >= 1 && day <= days_in_month).then_some((year, month, day))
}

/// A student's birth date: a real date, in the past, and a plausible age for
/// someone at school (3 to 25 years old). `today` is `YYYY-MM-DD`.
pub fn validate_student_birth_date(date: &str, today: &str) -> Result<(), FieldError> {
    let field = "date_of_birth";
    let born = parse_date(date)
        .ok_or_else(|| FieldError::new(field, Message::new("error-birth-date-format")))?;
    let now = parse_date(today)
        .ok_or_else(|| FieldError::new(field, Message::new("error-today-unknown")))?;
    let age = now.0 - born.0 - i32::from((now.1, now.2) < (born.1, born.2));
    if born > now {
        return Err(FieldError::new(
            field,
            Message::new("error-birth-date-future"),
        ));
    }
    if !(3..=25).contains(&age) {
        return Err(FieldError::new(field, Message::new("error-birth-date-age")));
    }
    Ok(())
}

impl SignupRequest {
    /// Checks every field a sign-up needs, for its kind of account. `today`
    /// (`YYYY-MM-DD`) bounds a student's birth date. Reports the first
    /// problem, in the form's order.
    pub fn validate(&self, today: &str) -> Result<(), FieldError> {
        match self.problems(today).into_iter().next() {
            Some(problem) => Err(problem),
            None => Ok(()),
        }
    }

    /// Every field's first problem, in the form's order: what a person
    /// filling in the form is told at once, rather than one at a time.
    pub fn problems(&self, today: &str) -> Vec<FieldError> {
        [
            validate_username(&self.username),
            validate_email(&normalize_email(&self.email)),
            validate_password(&self.password),
            self.check_birth_date(today),
            self.check_join_code(),
            self.check_school_name(),
        ]
        .into_iter()
        .filter_map(Result::err)
        .collect()
    }

    fn check_birth_date(&self, today: &str) -> Result<(), FieldError> {
        let given = self.date_of_birth.as_deref().unwrap_or("");
        match self.kind {
            UserKind::Student if given.is_empty() => Err(FieldError::new(
                "date_of_birth",
                Message::new("error-birth-date-required"),
            )),
            UserKind::Student => validate_student_birth_date(given, today),
            UserKind::Individual | UserKind::Teacher if !given.is_empty() => Err(FieldError::new(
                "date_of_birth",
                Message::new("error-birth-date-not-student"),
            )),
            UserKind::Individual | UserKind::Teacher => Ok(()),
        }
    }

    fn check_join_code(&self) -> Result<(), FieldError> {
        let given = self
            .join_code
            .as_deref()
            .is_some_and(|c| !c.trim().is_empty());
        match self.kind {
            UserKind::Student if !given => Err(FieldError::new(
                "join_code",
                Message::new("error-join-code-required"),
            )),
            UserKind::Individual if given => Err(FieldError::new(
                "join_code",
                Message::new("error-join-code-individual"),
            )),
            _ => Ok(()),
        }
    }

    fn check_school_name(&self) -> Result<(), FieldError> {
        let Some(name) = self.school_name.as_deref().filter(|n| !n.trim().is_empty()) else {
            return Ok(());
        };
        if self.kind != UserKind::Teacher {
            return Err(FieldError::new(
                "school_name",
                Message::new("error-found-school-teacher"),
            ));
        }
        if self
            .join_code
            .as_deref()
            .is_some_and(|c| !c.trim().is_empty())
        {
            return Err(FieldError::new(
                "school_name",
                Message::new("error-join-or-found"),
            ));
        }
        check_length(
            "school_name",
            "field-school-name",
            name.trim(),
            1,
            SCHOOL_NAME_MAX,
        )
    }
}

/// `PATCH /api/me`: what a user changes about their own account.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MePatch {
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// Never true for a student.
    #[serde(default)]
    pub marketing_opt_in: Option<bool>,
    /// A student's date of birth, given once by a student whose account a
    /// school sign-in made (afterwards only a school admin changes it).
    #[serde(default)]
    pub date_of_birth: Option<String>,
    /// A language's code, or `null` to follow the browser again; absent
    /// leaves it as it is.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub language: Option<Option<String>>,
}

/// A field that is there, even as `null` (`Some(None)`), apart from one
/// that is not (`None`, by `default`).
fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// A language Pinpoint speaks, by its exact code (`fi`, not `fi-FI`).
pub fn validate_language(code: &str) -> Result<(), FieldError> {
    if pinpoint_i18n::LANGUAGES.iter().any(|l| l.code == code) {
        Ok(())
    } else {
        Err(FieldError::new("language", Message::new("error-language")))
    }
}

/// `DELETE /api/me`: the password confirms it is really the owner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteAccount {
    pub password: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn students_publish_only_where_their_school_allows() {
        for students_can_publish in [true, false] {
            for kind in [UserKind::Individual, UserKind::Student, UserKind::Teacher] {
                let allowed = kind.allowed_visibilities(students_can_publish);
                assert_eq!(
                    allowed.contains(&Visibility::Public),
                    kind != UserKind::Student || students_can_publish,
                    "{kind:?}, students_can_publish: {students_can_publish}"
                );
                assert!(
                    allowed.contains(&Visibility::Private)
                        && allowed.contains(&Visibility::Unlisted),
                    "{kind:?}: private and unlisted are always allowed"
                );
            }
        }
    }

    fn signup(kind: UserKind) -> SignupRequest {
        SignupRequest {
            username: "ada".into(),
            email: "ada@example.org".into(),
            password: "correct horse".into(),
            kind,
            date_of_birth: None,
            join_code: None,
            school_name: None,
        }
    }

    #[test]
    fn every_field_at_fault_is_reported_at_once_in_the_forms_order() {
        let mut form = SignupRequest {
            username: "A".into(),
            email: "ada".into(),
            password: "short".into(),
            ..signup(UserKind::Student)
        };
        let fields = |form: &SignupRequest| -> Vec<String> {
            form.problems("2026-11-30")
                .into_iter()
                .map(|p| p.field)
                .collect()
        };
        assert_eq!(
            fields(&form),
            [
                "username",
                "email",
                "password",
                "date_of_birth",
                "join_code"
            ]
        );
        assert_eq!(
            form.validate("2026-11-30").unwrap_err().field,
            "username",
            "the first"
        );
        form.kind = UserKind::Individual;
        form.school_name = Some("Hill School".into());
        assert_eq!(
            fields(&form),
            ["username", "email", "password", "school_name"]
        );
        assert_eq!(signup(UserKind::Individual).problems("2026-11-30"), []);
    }

    #[test]
    fn usernames_follow_the_spec_alphabet_and_length() {
        for ok in ["ada", "a.b-c_d", "x9y", &"a".repeat(32)] {
            assert_eq!(validate_username(ok), Ok(()), "{ok}");
        }
        for bad in ["ab", "Ada", "a b", "ada!", "élan", &"a".repeat(33), ""] {
            let err = validate_username(bad).unwrap_err();
            assert_eq!(err.field, "username", "{bad}");
        }
    }

    #[test]
    fn emails_need_a_local_part_and_a_dotted_domain() {
        for ok in ["a@b.co", "first.last+tag@school.example.org"] {
            assert_eq!(validate_email(ok), Ok(()), "{ok}");
        }
        for bad in [
            "", "ada", "@b.co", "a@b", "a@.b.co", "a@b.co.", "a b@c.de", "a@b@c.de", "a@b..co",
        ] {
            assert!(validate_email(bad).is_err(), "{bad}");
        }
        assert_eq!(normalize_email("  Ada@Example.ORG "), "ada@example.org");
    }

    #[test]
    fn passwords_have_a_minimum_length() {
        assert!(validate_password("short").is_err());
        assert!(validate_password("eight ch").is_ok());
        assert!(validate_password(&"p".repeat(PASSWORD_MAX + 1)).is_err());
    }

    #[test]
    fn dates_are_real_calendar_dates() {
        assert_eq!(parse_date("2012-05-01"), Some((2012, 5, 1)));
        assert_eq!(parse_date("2012-02-29"), Some((2012, 2, 29)));
        for bad in [
            "2013-02-29",
            "2012-13-01",
            "2012-00-10",
            "2012-1-01",
            "12-05-01",
            "2012/05/01",
            "abcd-ef-gh",
            "2012-05-1x",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn student_birth_dates_must_give_a_school_age() {
        let today = "2026-11-29";
        assert!(validate_student_birth_date("2012-05-01", today).is_ok());
        assert!(validate_student_birth_date("2027-01-01", today).is_err());
        assert!(validate_student_birth_date("1950-01-01", today).is_err());
        assert!(validate_student_birth_date("2025-01-01", today).is_err());
        // Turning 3 today counts; turning 3 tomorrow does not.
        assert!(validate_student_birth_date("2023-11-29", today).is_ok());
        assert!(validate_student_birth_date("2023-11-30", today).is_err());
    }

    #[test]
    fn sign_up_rules_depend_on_the_kind_of_account() {
        let today = "2026-11-29";
        assert_eq!(signup(UserKind::Individual).validate(today), Ok(()));

        let mut student = signup(UserKind::Student);
        assert_eq!(student.validate(today).unwrap_err().field, "date_of_birth");
        student.date_of_birth = Some("2012-05-01".into());
        assert_eq!(student.validate(today).unwrap_err().field, "join_code");
        student.join_code = Some("K7PX-2QMD".into());
        assert_eq!(student.validate(today), Ok(()));

        let mut individual = signup(UserKind::Individual);
        individual.date_of_birth = Some("2012-05-01".into());
        assert_eq!(
            individual.validate(today).unwrap_err().field,
            "date_of_birth"
        );

        let mut founder = signup(UserKind::Individual);
        founder.school_name = Some("Hill School".into());
        assert_eq!(founder.validate(today).unwrap_err().field, "school_name");
        founder.kind = UserKind::Teacher;
        assert_eq!(founder.validate(today), Ok(()));
    }

    #[test]
    fn sign_up_kind_defaults_to_individual() {
        let req: SignupRequest =
            serde_json::from_str(r#"{"username":"ada","email":"a@b.co","password":"12345678"}"#)
                .unwrap();
        assert_eq!(req.kind, UserKind::Individual);
    }
}
