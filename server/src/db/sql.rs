//! What queries are written with, whichever database runs: the values bound
//! to a statement (`Param`, `params!`), the cells read from a row
//! (`Column`, `Row`) and the database errors the server tells apart
//! (`DbError`). Each database's own driver does the work: rusqlite for
//! SQLite, `postgres` for PostgreSQL; this only translates at the edges.

use postgres::types::{to_sql_checked, IsNull, ToSql, Type};
use r2d2_sqlite::rusqlite;
use rusqlite::types::{ToSqlOutput, ValueRef};

/// A value bound to a statement, borrowed from the caller.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Real(f64),
    Bool(bool),
    Text(&'a str),
    Blob(&'a [u8]),
}

/// Anything a query takes as a parameter.
pub trait Param: Sync {
    fn value(&self) -> Value<'_>;
}

macro_rules! int_params {
    ($($t:ty),*) => {$(
        impl Param for $t {
            fn value(&self) -> Value<'_> {
                // Counts and sizes here are far below i64::MAX; one that
                // were not is stored as the largest there is.
                Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_params!(i64, i32, u32, u64, usize);

impl Param for bool {
    fn value(&self) -> Value<'_> {
        Value::Bool(*self)
    }
}
impl Param for f64 {
    fn value(&self) -> Value<'_> {
        Value::Real(*self)
    }
}
impl Param for str {
    fn value(&self) -> Value<'_> {
        Value::Text(self)
    }
}
impl Param for String {
    fn value(&self) -> Value<'_> {
        Value::Text(self)
    }
}
impl Param for [u8] {
    fn value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}
impl Param for Vec<u8> {
    fn value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}
impl<const N: usize> Param for [u8; N] {
    fn value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}
impl<T: Param + ?Sized> Param for &T {
    fn value(&self) -> Value<'_> {
        (**self).value()
    }
}
impl<T: Param> Param for Option<T> {
    fn value(&self) -> Value<'_> {
        self.as_ref().map_or(Value::Null, Param::value)
    }
}
impl Param for Cell {
    fn value(&self) -> Value<'_> {
        self.as_value()
    }
}
impl Param for Value<'_> {
    fn value(&self) -> Value<'_> {
        *self
    }
}

/// The parameters of one statement: `params![id, now]`.
#[macro_export]
macro_rules! params {
    () => { &[] as &[&dyn $crate::db::Param] };
    ($($p:expr),+ $(,)?) => { &[$($crate::db::sql::param(&$p)),+] as &[&dyn $crate::db::Param] };
}

/// A parameter as `params!` passes it (a function, so that a `String` is
/// bound as itself rather than coerced to `str`).
pub fn param<T: Param>(p: &T) -> &dyn Param {
    p
}

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match *self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(i),
            Value::Real(f) => ValueRef::Real(f),
            Value::Bool(b) => ValueRef::Integer(i64::from(b)),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

/// PostgreSQL types its parameters strictly (an `i64` for a `BIGINT`, a
/// `bool` for a `BOOLEAN`); a value takes the type the statement has for
/// it, and one it cannot take is an error, never a silent change.
impl ToSql for Value<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match *self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) if *ty == Type::INT8 => i.to_sql(ty, out),
            Value::Int(i) if *ty == Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
            Value::Int(i) if *ty == Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
            Value::Int(i) if *ty == Type::FLOAT8 => (i as f64).to_sql(ty, out),
            // SQLite's flags, copied into PostgreSQL's booleans.
            Value::Int(i @ (0 | 1)) if *ty == Type::BOOL => (i == 1).to_sql(ty, out),
            Value::Bool(b) if *ty == Type::BOOL => b.to_sql(ty, out),
            Value::Bool(b) if *ty == Type::INT8 => i64::from(b).to_sql(ty, out),
            Value::Real(f) if *ty == Type::FLOAT8 => f.to_sql(ty, out),
            Value::Text(s) if <&str as ToSql>::accepts(ty) => s.to_sql(ty, out),
            Value::Blob(b) if *ty == Type::BYTEA => b.to_sql(ty, out),
            other => Err(format!("{other:?} cannot be a parameter of type {ty}").into()),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// One cell of a row as it came from the database.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Bool(bool),
    Text(String),
    Blob(Vec<u8>),
}

impl Cell {
    pub fn as_value(&self) -> Value<'_> {
        match self {
            Cell::Null => Value::Null,
            Cell::Int(i) => Value::Int(*i),
            Cell::Real(f) => Value::Real(*f),
            Cell::Bool(b) => Value::Bool(*b),
            Cell::Text(s) => Value::Text(s),
            Cell::Blob(b) => Value::Blob(b),
        }
    }

    fn from_sqlite(value: ValueRef<'_>) -> Result<Cell, String> {
        Ok(match value {
            ValueRef::Null => Cell::Null,
            ValueRef::Integer(i) => Cell::Int(i),
            ValueRef::Real(f) => Cell::Real(f),
            ValueRef::Text(t) => Cell::Text(
                std::str::from_utf8(t)
                    .map_err(|e| e.to_string())?
                    .to_string(),
            ),
            ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
        })
    }

    fn from_postgres(row: &postgres::Row, index: usize) -> Result<Cell, String> {
        fn read<'a, T: postgres::types::FromSql<'a>>(
            row: &'a postgres::Row,
            index: usize,
            cell: impl FnOnce(T) -> Cell,
        ) -> Result<Cell, String> {
            row.try_get::<_, Option<T>>(index)
                .map(|v| v.map_or(Cell::Null, cell))
                .map_err(|e| e.to_string())
        }
        let ty = row.columns()[index].type_();
        match *ty {
            Type::INT8 => read(row, index, Cell::Int),
            Type::INT4 => read(row, index, |i: i32| Cell::Int(i.into())),
            Type::INT2 => read(row, index, |i: i16| Cell::Int(i.into())),
            Type::BOOL => read(row, index, Cell::Bool),
            Type::FLOAT8 => read(row, index, Cell::Real),
            Type::FLOAT4 => read(row, index, |f: f32| Cell::Real(f.into())),
            Type::BYTEA => read(row, index, Cell::Blob),
            _ if <String as postgres::types::FromSql>::accepts(ty) => read(row, index, Cell::Text),
            _ => Err(format!(
                "a column of type {ty}, which the server never reads"
            )),
        }
    }
}

/// A Rust type a cell is read as.
pub trait Column: Sized {
    fn from_cell(cell: Cell) -> Option<Self>;
}

impl Column for Cell {
    fn from_cell(cell: Cell) -> Option<Self> {
        Some(cell)
    }
}
impl Column for i64 {
    fn from_cell(cell: Cell) -> Option<Self> {
        match cell {
            Cell::Int(i) => Some(i),
            Cell::Bool(b) => Some(b.into()),
            _ => None,
        }
    }
}
macro_rules! int_columns {
    ($($t:ty),*) => {$(
        impl Column for $t {
            fn from_cell(cell: Cell) -> Option<Self> {
                i64::from_cell(cell).and_then(|i| <$t>::try_from(i).ok())
            }
        }
    )*};
}
int_columns!(i32, u32, u64, usize);

impl Column for bool {
    fn from_cell(cell: Cell) -> Option<Self> {
        match cell {
            Cell::Bool(b) => Some(b),
            Cell::Int(i) => Some(i != 0),
            _ => None,
        }
    }
}
impl Column for f64 {
    fn from_cell(cell: Cell) -> Option<Self> {
        match cell {
            Cell::Real(f) => Some(f),
            Cell::Int(i) => Some(i as f64),
            _ => None,
        }
    }
}
impl Column for String {
    fn from_cell(cell: Cell) -> Option<Self> {
        match cell {
            Cell::Text(s) => Some(s),
            _ => None,
        }
    }
}
impl Column for Vec<u8> {
    fn from_cell(cell: Cell) -> Option<Self> {
        match cell {
            Cell::Blob(b) => Some(b),
            _ => None,
        }
    }
}
impl<T: Column> Column for Option<T> {
    fn from_cell(cell: Cell) -> Option<Self> {
        match cell {
            Cell::Null => Some(None),
            cell => T::from_cell(cell).map(Some),
        }
    }
}

/// A row of a result, from either database.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a postgres::Row),
}

impl Row<'_> {
    /// The cell at `index` (from 0) as a `T`.
    pub fn get<T: Column>(&self, index: usize) -> Result<T, DbError> {
        let cell = self.cell(index)?;
        let shown = format!("{cell:?}");
        T::from_cell(cell).ok_or_else(|| DbError::Column {
            index,
            message: format!(
                "{} cannot be read as {}",
                shown.chars().take(60).collect::<String>(),
                std::any::type_name::<T>()
            ),
        })
    }

    pub fn cell(&self, index: usize) -> Result<Cell, DbError> {
        match self {
            Row::Sqlite(row) => row.get_ref(index).map_err(DbError::from).and_then(|v| {
                Cell::from_sqlite(v).map_err(|message| DbError::Column { index, message })
            }),
            Row::Postgres(row) => Cell::from_postgres(row, index)
                .map_err(|message| DbError::Column { index, message }),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Row::Sqlite(row) => row.as_ref().column_count(),
            Row::Postgres(row) => row.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A database error, with the kinds the server acts on told apart.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// A unique constraint refused a row; names the column as
    /// `table.column` (SQLite's message; PostgreSQL's constraints are named
    /// so).
    #[error("{0} is already taken")]
    Unique(String),
    /// Someone else holds what this needs (SQLite's writer lock past its
    /// timeout, a PostgreSQL deadlock or serialisation failure): worth
    /// trying again later.
    #[error("the database is busy: {0}")]
    Busy(String),
    #[error("reading column {index}: {message}")]
    Column { index: usize, message: String },
    #[error("a query that returns one row returned none")]
    NoRow,
    /// A statement inside the transaction failed, so it was rolled back
    /// instead of committed.
    #[error("the transaction was rolled back: a statement in it failed")]
    RolledBack,
    #[error(transparent)]
    Sqlite(rusqlite::Error),
    #[error(transparent)]
    Postgres(postgres::Error),
    #[error(transparent)]
    Pool(#[from] r2d2::Error),
}

impl DbError {
    /// The `table.column` a unique constraint guards, if that refused it.
    pub fn unique_column(&self) -> Option<&str> {
        match self {
            DbError::Unique(column) => Some(column),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi;
        match &e {
            rusqlite::Error::SqliteFailure(f, Some(message))
                if f.extended_code == ffi::SQLITE_CONSTRAINT_UNIQUE
                    || f.extended_code == ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
            {
                let column = message
                    .strip_prefix("UNIQUE constraint failed: ")
                    .unwrap_or(message);
                DbError::Unique(column.to_string())
            }
            rusqlite::Error::SqliteFailure(f, _)
                if matches!(
                    f.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) =>
            {
                DbError::Busy(e.to_string())
            }
            _ => DbError::Sqlite(e),
        }
    }
}

impl From<postgres::Error> for DbError {
    fn from(e: postgres::Error) -> Self {
        use postgres::error::SqlState;
        match e.as_db_error() {
            Some(db) if *db.code() == SqlState::UNIQUE_VIOLATION => {
                DbError::Unique(db.constraint().unwrap_or_default().to_string())
            }
            Some(db)
                if *db.code() == SqlState::T_R_DEADLOCK_DETECTED
                    || *db.code() == SqlState::T_R_SERIALIZATION_FAILURE =>
            {
                DbError::Busy(db.message().to_string())
            }
            _ => DbError::Postgres(e),
        }
    }
}

pub type DbResult<T> = Result<T, DbError>;

/// SQLite's `?1` placeholders as PostgreSQL's `$1`; text in quotes is left
/// alone. Queries are written once, with numbered placeholders, wherever
/// the two databases read the same SQL.
pub fn postgres_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quoted = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted && chars.peek().is_some_and(char::is_ascii_digit) => out.push('$'),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_numbered_dollars_outside_quotes() {
        assert_eq!(
            postgres_placeholders("SELECT a FROM t WHERE b = ?1 AND c = '?2' AND d = ?12"),
            "SELECT a FROM t WHERE b = $1 AND c = '?2' AND d = $12"
        );
        assert_eq!(
            postgres_placeholders("SELECT 'it''s ?3', ?3"),
            "SELECT 'it''s ?3', $3"
        );
    }

    #[test]
    fn cells_are_read_as_the_types_asked_for() {
        assert_eq!(i64::from_cell(Cell::Int(7)), Some(7));
        assert_eq!(bool::from_cell(Cell::Int(1)), Some(true));
        assert_eq!(bool::from_cell(Cell::Bool(false)), Some(false));
        assert_eq!(u64::from_cell(Cell::Int(-1)), None);
        assert_eq!(Option::<String>::from_cell(Cell::Null), Some(None));
        assert_eq!(String::from_cell(Cell::Int(1)), None);
        assert_eq!(f64::from_cell(Cell::Int(2)), Some(2.0));
    }

    #[test]
    fn parameters_say_what_they_are() {
        assert_eq!(7u64.value(), Value::Int(7));
        assert_eq!(u64::MAX.value(), Value::Int(i64::MAX));
        assert_eq!(Some("a").value(), Value::Text("a"));
        assert_eq!(None::<i64>.value(), Value::Null);
        assert_eq!([1u8, 2].value(), Value::Blob(&[1, 2]));
    }
}
