//! Reading a class list a teacher uploads: CSV with the columns username,
//! email (may be empty) and date of birth, and optionally a header row.
//!
//! Outside input, so it is read in time linear in its size (line numbers
//! are counted once, as the reader moves on) and capped in rows.

use model::NewStudent;
use pinpoint_i18n::Message;

/// Most students one file may add: a big year group, not a whole town.
pub const MAX_ROWS: usize = 1_000;

/// One line of the file that names a student, or says why it cannot.
#[derive(Clone, Debug, PartialEq)]
pub struct ListRow {
    /// The file's own line number (1-based), as the teacher sees it.
    pub line: usize,
    pub student: Result<NewStudent, Message>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassListError {
    Empty,
    TooManyRows,
}

impl ClassListError {
    /// What to tell the teacher who sent the list.
    pub fn message(&self) -> Message {
        match self {
            ClassListError::Empty => Message::new("error-class-list-empty"),
            ClassListError::TooManyRows => {
                Message::new("error-class-list-too-long").number("max", MAX_ROWS as f64)
            }
        }
    }
}

/// Counts newlines up to successive byte offsets, each count starting
/// where the last one stopped, so a whole file costs one pass.
struct LineCounter<'a> {
    body: &'a [u8],
    offset: usize,
    newlines: usize,
}

impl LineCounter<'_> {
    /// The 1-based line of the first byte at or after `offset` that is
    /// not a line break: where a record really starts, since the reader
    /// reports a record's position before the blank lines it skipped.
    fn line_at(&mut self, offset: usize) -> usize {
        let mut start = offset.clamp(self.offset, self.body.len());
        while start < self.body.len() && matches!(self.body[start], b'\n' | b'\r') {
            start += 1;
        }
        // A line ends at "\n", "\r\n" or a lone "\r" (old Mac files), as
        // the CSV reader's records do.
        let passed = &self.body[self.offset..start];
        self.newlines += passed
            .iter()
            .enumerate()
            .filter(|&(i, &b)| {
                b == b'\n' || (b == b'\r' && self.body.get(self.offset + i + 1) != Some(&b'\n'))
            })
            .count();
        self.offset = start;
        self.newlines + 1
    }
}

/// The students a file names, in order, each with its line. Blank lines
/// and a first line starting with `username` are skipped.
pub fn parse(body: &[u8]) -> Result<Vec<ListRow>, ClassListError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(body);
    let mut lines = LineCounter {
        body,
        offset: 0,
        newlines: 0,
    };
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let position = match &record {
            Ok(r) => r.position(),
            Err(e) => e.position(),
        };
        let line = position.map_or(index + 1, |p| lines.line_at(p.byte() as usize));
        // Every reported row counts, unreadable ones too: the report is
        // as long as the cap.
        if rows.len() >= MAX_ROWS && !record.as_ref().is_ok_and(|r| is_skipped(r, line)) {
            return Err(ClassListError::TooManyRows);
        }
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                rows.push(ListRow {
                    line,
                    student: Err(
                        Message::new("error-class-list-line").text("detail", e.to_string())
                    ),
                });
                continue;
            }
        };
        if is_skipped(&record, line) {
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or("").to_string();
        rows.push(ListRow {
            line,
            student: Ok(NewStudent {
                username: field(0),
                email: Some(field(1)).filter(|e| !e.is_empty()),
                date_of_birth: field(2),
            }),
        });
    }
    if rows.is_empty() {
        return Err(ClassListError::Empty);
    }
    Ok(rows)
}

/// A header line (first, starting with `username`, after any byte-order
/// mark) or a line of empty fields names no student.
fn is_skipped(record: &csv::StringRecord, line: usize) -> bool {
    let first = record.get(0).unwrap_or("").trim_start_matches('\u{feff}');
    (line == 1 && first.eq_ignore_ascii_case("username")) || record.iter().all(str::is_empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_and_names(body: &str) -> Vec<(usize, String)> {
        parse(body.as_bytes())
            .unwrap()
            .into_iter()
            .map(|r| (r.line, r.student.map(|s| s.username).unwrap_or_default()))
            .collect()
    }

    #[test]
    fn rows_keep_the_files_own_line_numbers() {
        assert_eq!(
            lines_and_names("username,email,date\nada,,2012-01-01\n\n\r\nbo,b@x.org,2012-02-02\n"),
            vec![(2, "ada".into()), (5, "bo".into())]
        );
        assert_eq!(
            lines_and_names("\n\nada,,2012-01-01"),
            vec![(3, "ada".into())]
        );
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line_too() {
        // Found by fuzz_inputs: two records on "line 1".
        assert_eq!(
            lines_and_names("ada,,2012-01-01\rbo,,2012-01-01\n"),
            vec![(1, "ada".into()), (2, "bo".into())]
        );
        assert_eq!(
            lines_and_names("ada\r\n\r\rbo\r\ncy"),
            vec![(1, "ada".into()), (4, "bo".into()), (5, "cy".into())]
        );
    }

    #[test]
    fn an_empty_file_or_one_only_of_a_header_names_nobody() {
        assert_eq!(parse(b""), Err(ClassListError::Empty));
        assert_eq!(
            parse(b"username,email,date\n\n"),
            Err(ClassListError::Empty)
        );
        assert_eq!(parse(b",,\n , ,\n"), Err(ClassListError::Empty));
    }

    #[test]
    fn the_row_cap_counts_students_not_lines() {
        let mut body = String::from("username,email,date\n");
        for i in 0..MAX_ROWS {
            body.push_str(&format!("s{i},,2012-01-01\n\n"));
        }
        assert_eq!(parse(body.as_bytes()).unwrap().len(), MAX_ROWS);
        body.push_str("one_more,,2012-01-01\n");
        assert_eq!(parse(body.as_bytes()), Err(ClassListError::TooManyRows));
    }

    #[test]
    fn unreadable_lines_count_against_the_cap_too() {
        // Found in review: 1,001 unreadable lines then valid rows slipped
        // past a cap that counted only after the first 1,000 rows.
        let mut body = Vec::new();
        for _ in 0..=MAX_ROWS {
            body.extend_from_slice(b"\xff\xfe,\xff\n");
        }
        body.extend_from_slice(b"ada,,2012-01-01\n");
        assert_eq!(parse(&body), Err(ClassListError::TooManyRows));
    }

    #[test]
    fn a_header_after_a_byte_order_mark_is_still_a_header() {
        assert_eq!(
            lines_and_names("\u{feff}username,email,date\nada,,2012-01-01\n"),
            vec![(2, "ada".into())]
        );
    }

    #[test]
    fn a_file_of_nothing_but_line_breaks_is_read_in_one_pass() {
        // 256 KiB of "a\n" was quadratic before; now each byte is looked
        // at a bounded number of times, whatever the file.
        let body = "a\n".repeat(128 * 1024);
        assert_eq!(parse(body.as_bytes()), Err(ClassListError::TooManyRows));
        let blank = "\n".repeat(256 * 1024);
        assert_eq!(parse(blank.as_bytes()), Err(ClassListError::Empty));
    }
}
