//! Property-based fuzzing of `pinpoint restore` (`backup::restore`) with
//! archives nobody should trust: random bytes; a real backup truncated and
//! with bits flipped; entries named with `..` or absolute paths, symbolic
//! and hard links, devices, long GNU and PAX names, sizes that lie and
//! headers rewritten with a valid checksum; gzip bombs; and real backups
//! whose database was edited (an older schema version, a table gone, odd
//! asset ids).
//!
//! Whatever the archive, restore must not panic, must write nothing outside
//! the directory it restores into, must leave there only what a data
//! directory holds (no links, no staging directory), and must either
//! succeed with a database in place or fail leaving no database behind
//! (its doc comment's promise). Archives built to be refused must be
//! refused; a `.tar.gz` that restores gives exactly what was backed up
//! (gzip carries a checksum); a plain tar cut short gives some of it, each
//! file exact.
//!
//! Each case restores into a fresh temporary directory, so each property
//! runs an eighth of proptest's count: 32 cases by default (part of
//! `scripts/test`). A longer run, 1,250 cases a property:
//! `PROPTEST_CASES=10000 cargo test -p pinpoint-server --test fuzz_backup`.
//! Failures found are kept as plain tests at the end of this file, and
//! their seeds in `fuzz_backup.proptest-regressions` beside it.

use pinpoint_server::backup;
use pinpoint_server::AppState;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::{TestCaseError, TestRunner};
use r2d2_sqlite::rusqlite::{types::Value as SqlValue, Connection, OpenFlags};
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

const BLOCK: usize = 512;
const ASSET_ID: &str = "fuzzAsset_01-x";
const PRECIOUS: &[u8] = b"precious, outside the data directory";

/// Checks `property` on values of `strategy` as `proptest!` does, but with
/// an eighth of proptest's count (256 by default, or `PROPTEST_CASES`), since
/// each case touches the disk, and a bounded shrink unless
/// `PROPTEST_MAX_SHRINK_ITERS` says otherwise. (`proptest!` would let
/// `PROPTEST_CASES` replace any count its config sets.)
fn check_on_disk<S: Strategy>(
    test_name: &'static str,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let default = ProptestConfig::default();
    let max_shrink_iters = if std::env::var_os("PROPTEST_MAX_SHRINK_ITERS").is_some() {
        default.max_shrink_iters
    } else {
        256
    };
    let config = ProptestConfig {
        cases: (default.cases / 8).max(1),
        max_shrink_iters,
        source_file: Some(file!()),
        test_name: Some(test_name),
        ..default
    };
    let mut runner = TestRunner::new(config);
    if let Err(e) = runner.run(&strategy, property) {
        panic!("{e}\n{runner}");
    }
}

fn fail(context: &str, e: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(format!("{context}: {e}"))
}

// ---- The real backup every case starts from ----

/// A path relative to a data directory, and the file there: its bytes, or
/// for the database a dump of its schema and rows.
type Contents = BTreeMap<String, Vec<u8>>;

struct Fixture {
    /// Keeps the data directory and the archives.
    _dir: tempfile::TempDir,
    tar: Vec<u8>,
    tgz: Vec<u8>,
    /// The plain archive's members in order, each its header and padded data.
    members: Vec<Vec<u8>>,
    /// Where each member starts in `tar`.
    offsets: Vec<usize>,
    /// The database as it is in the archive.
    db: Vec<u8>,
    /// The database's tables.
    tables: Vec<String>,
    /// What restoring the real archive gives.
    restored: Contents,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(make_fixture)
}

/// Bytes that gzip cannot squeeze to nothing (a stand-in for a picture).
fn asset_bytes() -> Vec<u8> {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    (0..3_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 7) as u8 + b'a'
        })
        .collect()
}

/// A data directory with an account, a scene and its picture, backed up
/// once as `.tar` and once as `.tar.gz`.
fn make_fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data = dir.path().join("data");
    drop(AppState::open(&data).expect("a new data directory"));
    let conn = Connection::open(data.join(backup::DB_FILE)).expect("the database");
    conn.execute_batch(&format!(
        "INSERT INTO users (id, username, password_hash, kind, created_at)
             VALUES ('u1', 'ada', 'not a hash', 'student', 0);
         INSERT INTO assets (id, owner_id, content_type, width, height, byte_size, created_at)
             VALUES ('{ASSET_ID}', 'u1', 'image/png', 2, 2, 3000, 0);
         INSERT INTO scenes (id, owner_id, title, description, visibility, body, version,
                             created_at, updated_at)
             VALUES ('s1', 'u1', 'Volcano', '', 'private',
                     '{{\"image\":null,\"hotspots\":[]}}', 1, 0, 0);
         INSERT INTO scene_assets (scene_id, asset_id) VALUES ('s1', '{ASSET_ID}');"
    ))
    .expect("an account, a scene and an asset");
    drop(conn);
    fs::write(data.join(backup::ASSETS_DIR).join(ASSET_ID), asset_bytes())
        .expect("the asset's file");

    let tar_path = dir.path().join("real.tar");
    let summary = backup::create(&data, &tar_path).expect("a backup");
    assert_eq!((summary.scenes, summary.assets, summary.key), (1, 1, true));
    let tgz_path = dir.path().join("real.tar.gz");
    backup::create(&data, &tgz_path).expect("a gzipped backup");
    let tar = fs::read(&tar_path).expect("the archive");
    let tgz = fs::read(&tgz_path).expect("the gzipped archive");

    let (members, offsets) = split_members(&tar);
    let db_size = header_size(&members[0]);
    let db = members[0][BLOCK..BLOCK + db_size].to_vec();
    let tables = {
        let db_copy = tempfile::NamedTempFile::new().expect("a temporary file");
        fs::write(db_copy.path(), &db).expect("a copy of the database");
        let conn = Connection::open(db_copy.path()).expect("the copy");
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .expect("the schema");
        stmt.query_map([], |r| r.get(0))
            .expect("the tables")
            .collect::<Result<Vec<String>, _>>()
            .expect("their names")
    };
    let into = dir.path().join("restored");
    backup::restore(&tar_path, &into).expect("the real backup restores");
    let restored = contents(&into).expect("the restored data directory reads");
    assert!(
        restored.contains_key(backup::DB_FILE) && restored.len() == 3,
        "{restored:?}"
    );
    Fixture {
        _dir: dir,
        tar,
        tgz,
        members,
        offsets,
        db,
        tables,
        restored,
    }
}

fn header_size(block: &[u8]) -> usize {
    let header = tar::Header::from_byte_slice(&block[..BLOCK]);
    header.entry_size().expect("a size") as usize
}

/// The members of a tar archive written by `backup::create`, up to its end.
fn split_members(tar: &[u8]) -> (Vec<Vec<u8>>, Vec<usize>) {
    let (mut members, mut offsets) = (Vec::new(), Vec::new());
    let mut at = 0;
    while tar[at..at + BLOCK].iter().any(|&b| b != 0) {
        let len = BLOCK + header_size(&tar[at..]).div_ceil(BLOCK) * BLOCK;
        members.push(tar[at..at + len].to_vec());
        offsets.push(at);
        at += len;
    }
    (members, offsets)
}

/// What a restored data directory holds, the database as a dump (its
/// bytes change as `restore` opens it).
fn contents(data: &Path) -> Result<Contents, String> {
    let mut out = Contents::new();
    for (path, node) in tree(data).map_err(|e| e.to_string())? {
        let name = path.to_string_lossy().into_owned();
        match node {
            Node::File(_) if name == backup::DB_FILE => {
                out.insert(name, dump(&data.join(&path)).map_err(|e| e.to_string())?);
            }
            Node::File(_) if name.starts_with("pinpoint.db-") => {}
            Node::File(bytes) => {
                out.insert(name, bytes);
            }
            Node::Dir | Node::Link(_) | Node::Other => {}
        }
    }
    Ok(out)
}

/// The schema version, the schema and every table's rows, sorted.
fn dump(db: &Path) -> r2d2_sqlite::rusqlite::Result<Vec<u8>> {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let mut out = format!("user_version {version}\n");
    let mut schema = conn
        .prepare("SELECT type, name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name")?;
    let objects = schema
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    for (kind, name, sql) in objects {
        out += &format!("{kind} {name}: {sql}\n");
        if kind != "table" {
            continue;
        }
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{}\"", name.replace('"', "\"\"")))?;
        let columns = stmt.column_count();
        let mut rows = stmt
            .query_map([], |r| {
                (0..columns)
                    .map(|i| r.get::<_, SqlValue>(i))
                    .collect::<Result<Vec<_>, _>>()
                    .map(|row| format!("  {row:?}\n"))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.sort();
        out.extend(rows);
    }
    Ok(out.into_bytes())
}

// ---- What is on disk ----

#[derive(Clone, Debug, PartialEq, Eq)]
enum Node {
    File(Vec<u8>),
    Dir,
    Link(PathBuf),
    Other,
}

/// Everything under `dir` (relative paths), links not followed; empty when
/// `dir` does not exist. A file that vanishes while it is being listed is
/// left out: `restore` returns while the connection pool it opened the
/// database with may still be opening and closing connections in the
/// background, making and removing `pinpoint.db-wal` and `-shm`.
fn tree(dir: &Path) -> std::io::Result<BTreeMap<PathBuf, Node>> {
    fn gone<T>(result: std::io::Result<T>) -> std::io::Result<Option<T>> {
        match result {
            Ok(value) => Ok(Some(value)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Node>) -> std::io::Result<()> {
        let Some(entries) = gone(fs::read_dir(dir))? else {
            return Ok(());
        };
        for entry in entries {
            let path = entry?.path();
            let relative = path
                .strip_prefix(root)
                .expect("under the root")
                .to_path_buf();
            let Some(meta) = gone(fs::symlink_metadata(&path))? else {
                continue;
            };
            let kind = meta.file_type();
            let node = if kind.is_symlink() {
                gone(fs::read_link(&path))?.map(Node::Link)
            } else if kind.is_dir() {
                walk(root, &path, out)?;
                Some(Node::Dir)
            } else if kind.is_file() {
                gone(fs::read(&path))?.map(Node::File)
            } else {
                Some(Node::Other)
            };
            out.extend(node.map(|node| (relative, node)));
        }
        Ok(())
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out)?;
    Ok(out)
}

/// Whether `path` (relative to a data directory) is something a restored
/// data directory may hold.
fn belongs_in_data_dir(path: &Path, node: &Node) -> bool {
    let name = path.to_string_lossy();
    let is_asset_id = |id: &str| {
        (1..=128).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    match node {
        Node::File(_) => {
            matches!(
                &*name,
                "pinpoint.db" | "pinpoint.db-wal" | "pinpoint.db-shm" | "secret.key"
            ) || name.strip_prefix("assets/").is_some_and(is_asset_id)
        }
        Node::Dir => name == backup::ASSETS_DIR,
        Node::Link(_) | Node::Other => false,
    }
}

// ---- One restore ----

/// What an archive should give, beyond what every restore promises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    /// Nothing more.
    Anything,
    /// A refusal.
    Refusal,
    /// If restored, exactly what was backed up.
    Original,
    /// If restored, the database and perhaps some of the rest, each file
    /// exactly as backed up.
    PartOfOriginal,
}

/// A fresh directory holding the archive, a file that must not change and
/// (not yet) the data directory to restore into.
struct Case {
    root: tempfile::TempDir,
}

impl Case {
    fn new() -> Result<Self, TestCaseError> {
        let root = tempfile::tempdir().map_err(|e| fail("a temporary directory", e))?;
        let outside = root.path().join("outside");
        fs::create_dir(&outside).map_err(|e| fail("outside", e))?;
        fs::write(outside.join("precious"), PRECIOUS).map_err(|e| fail("precious", e))?;
        Ok(Case { root })
    }

    fn root(&self) -> &Path {
        self.root.path()
    }

    /// Restores `archive` into `<root>/data` and checks the outcome.
    fn restore(&self, archive: &[u8], expect: Expect) -> Result<(), TestCaseError> {
        let from = self.root().join("archive");
        fs::write(&from, archive).map_err(|e| fail("writing the archive", e))?;
        let target = self.root().join("data");
        let before = tree(self.root()).map_err(|e| fail("listing", e))?;

        let result = backup::restore(&from, &target);

        let mut after = tree(self.root()).map_err(|e| fail("listing", e))?;
        after.retain(|path, _| !path.starts_with("data"));
        prop_assert!(
            after == before,
            "something outside the data directory changed: {:?}",
            after.keys().collect::<Vec<_>>()
        );
        let inside = tree(&target).map_err(|e| fail("listing the data directory", e))?;
        for (path, node) in &inside {
            prop_assert!(
                belongs_in_data_dir(path, node),
                "{path:?} ({node:?}) left in the data directory after {result:?}",
            );
        }
        let db = target.join(backup::DB_FILE);
        match result {
            Ok(summary) => {
                prop_assert!(
                    expect != Expect::Refusal,
                    "restored an archive to be refused: {summary:?}"
                );
                prop_assert!(db.is_file(), "restored without a database");
                prop_assert_eq!(summary.bytes, archive.len() as u64);
                prop_assert_eq!(summary.key, target.join("secret.key").is_file());
                let assets = inside
                    .keys()
                    .filter(|p| p.starts_with(backup::ASSETS_DIR) && p.components().count() == 2)
                    .count();
                prop_assert_eq!(summary.assets, assets);
                let original = &fixture().restored;
                match expect {
                    Expect::Original => {
                        let restored =
                            contents(&target).map_err(|e| fail("reading the restored data", e))?;
                        prop_assert!(
                            &restored == original,
                            "restored something else: {:?}",
                            differences(&restored, original)
                        );
                    }
                    Expect::PartOfOriginal => {
                        let restored =
                            contents(&target).map_err(|e| fail("reading the restored data", e))?;
                        prop_assert!(
                            restored.contains_key(backup::DB_FILE)
                                && restored.iter().all(|(k, v)| original.get(k) == Some(v)),
                            "restored something else: {:?}",
                            differences(&restored, original)
                        );
                    }
                    Expect::Anything | Expect::Refusal => {}
                }
            }
            Err(error) => {
                for name in [backup::DB_FILE, "pinpoint.db-wal"] {
                    prop_assert!(
                        !target.join(name).exists(),
                        "a failed restore left {name} behind: {error:#}"
                    );
                }
            }
        }
        Ok(())
    }
}

/// The paths whose contents differ, for messages.
fn differences(a: &Contents, b: &Contents) -> Vec<String> {
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect()
}

// ---- Archives by hand ----

/// One tar entry written byte by byte, so its name may hold `..` or be
/// absolute and its size may lie; a name or link longer than a header holds
/// goes in a GNU long-name entry before it, as GNU tar writes it. `data` is
/// padded to whole blocks.
fn raw_entry(
    name: &[u8],
    kind: tar::EntryType,
    link: &[u8],
    declared: u64,
    data: &[u8],
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut header = tar::Header::new_gnu();
    {
        let gnu = header.as_gnu_mut().expect("a GNU header");
        for (field, value, long_kind) in [
            (&mut gnu.name, name, tar::EntryType::GNULongName),
            (&mut gnu.linkname, link, tar::EntryType::GNULongLink),
        ] {
            if value.len() > field.len() {
                let data = [value, b"\0"].concat();
                out.extend(raw_entry(
                    b"././@LongLink",
                    long_kind,
                    b"",
                    data.len() as u64,
                    &data,
                ));
            }
            let n = value.len().min(field.len());
            field[..n].copy_from_slice(&value[..n]);
        }
    }
    header.set_entry_type(kind);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_size(declared);
    header.set_cksum();
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(data);
    out.resize(out.len().div_ceil(BLOCK) * BLOCK, 0);
    out
}

fn regular(name: &str, data: &[u8]) -> Vec<u8> {
    raw_entry(
        name.as_bytes(),
        tar::EntryType::Regular,
        b"",
        data.len() as u64,
        data,
    )
}

/// A PAX extended header giving `records` to the entry after it.
fn pax(records: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (key, value) in records {
        let tail = [b" ", key.as_bytes(), b"=", value, b"\n"].concat();
        let mut len = tail.len() + 1;
        while len.to_string().len() + tail.len() != len {
            len += 1;
        }
        body.extend_from_slice(len.to_string().as_bytes());
        body.extend_from_slice(&tail);
    }
    raw_entry(
        b"PaxHeaders/entry",
        tar::EntryType::XHeader,
        b"",
        body.len() as u64,
        &body,
    )
}

/// A GNU long-name entry naming the entry after it, however short the name.
fn gnu_long_name(name: &[u8]) -> Vec<u8> {
    let data = [name, b"\0"].concat();
    raw_entry(
        b"././@LongLink",
        tar::EntryType::GNULongName,
        b"",
        data.len() as u64,
        &data,
    )
}

fn end_of_archive() -> Vec<u8> {
    vec![0; 2 * BLOCK]
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).expect("gzip into memory");
    gz.finish().expect("gzip into memory")
}

// ---- Generators ----

/// Names that must refuse the whole archive; `{root}` is the case's
/// directory, so an absolute path that escaped would be seen.
const BAD_NAMES: &[&str] = &[
    "../evil",
    "../../evil",
    "../../outside/precious",
    "assets/../../evil",
    "assets/../../../evil",
    "assets/x/../../../../evil",
    "pinpoint.db/../../evil",
    "./pinpoint.db",
    "./../evil",
    "{root}/evil",
    "{root}/outside/precious",
    "{root}/data/pinpoint.db",
    "//evil",
    "/",
    ".",
    "..",
    "",
    "assets/..",
    "assets/.",
    "assets/a/b",
    "assets/.x",
    "assets/a b",
    "assets/a.b",
    "..\\..\\evil",
    "notes.txt",
    "pinpoint.db-wal",
    "pinpoint.db-journal",
    "secret.key/x",
    "backups/pinpoint-20240101-000000.tar",
    "Assets/x",
    "assets/\u{e9}",
];

fn bad_name() -> BoxedStrategy<String> {
    prop_oneof![
        6 => select(BAD_NAMES).prop_map(String::from),
        1 => (1usize..60).prop_map(|n| format!("{}evil", "../".repeat(n))),
        1 => Just(format!("assets/{}", "a".repeat(129))),
    ]
    .boxed()
}

/// Names a member may have (an extra asset, or a second copy of one).
fn good_name() -> BoxedStrategy<String> {
    prop_oneof![
        select(
            &[
                "pinpoint.db",
                "secret.key",
                "assets/extra",
                "assets//extra",
                "assets/x/"
            ][..]
        )
        .prop_map(String::from),
        Just(format!("assets/{ASSET_ID}")),
        Just(format!("assets/{}", "a".repeat(128))),
    ]
    .boxed()
}

/// Entry kinds other than a regular file.
const ODD_KINDS: &[u8] = b"1234567DgxLKSMNV\xff";

/// One entry that should not be in a backup, or that lies.
#[derive(Clone, Debug)]
enum Bad {
    /// A regular file with a refused name.
    Named(String),
    /// An entry of an odd kind (link, device, directory, ...), refused.
    OddKind(String, u8),
    /// A symbolic or hard link to something outside, then a file written
    /// over its name.
    Link {
        name: String,
        hard: bool,
        to: String,
    },
    /// A refused name given by a GNU long-name entry.
    LongName(String),
    /// A refused name or link given by PAX records.
    Pax { key: &'static str, name: String },
    /// A member whose header claims more data than the archive holds.
    Lying {
        name: String,
        declared: u64,
        data: usize,
    },
    /// A member whose PAX size claims more data than the archive holds.
    PaxSize { name: String, declared: u64 },
}

fn bad() -> BoxedStrategy<Bad> {
    let name = prop_oneof![3 => bad_name(), 1 => good_name()];
    let link_target = select(
        &[
            "{root}/outside/precious",
            "../../outside/precious",
            "../../../outside/precious",
            "/etc/passwd",
            "pinpoint.db",
            ".",
        ][..],
    );
    let huge = prop_oneof![
        select(
            &[
                1u64 << 33,
                1 << 40,
                0o77777777777,
                (1 << 62) + 1,
                u64::MAX,
                u64::MAX - 510
            ][..]
        ),
        (1u64 << 20)..(1 << 36),
    ];
    prop_oneof![
        bad_name().prop_map(Bad::Named),
        (name.clone(), select(ODD_KINDS)).prop_map(|(n, k)| Bad::OddKind(n, k)),
        (good_name(), any::<bool>(), link_target).prop_map(|(name, hard, to)| Bad::Link {
            name,
            hard,
            to: to.to_string()
        }),
        bad_name().prop_map(Bad::LongName),
        (select(&["path", "linkpath"][..]), bad_name())
            .prop_map(|(key, name)| Bad::Pax { key, name }),
        (good_name(), huge.clone(), 0usize..2048).prop_map(|(name, declared, data)| Bad::Lying {
            name,
            declared,
            data
        }),
        (good_name(), huge).prop_map(|(name, declared)| Bad::PaxSize {
            name,
            declared: declared.min(i64::MAX as u64)
        }),
    ]
    .boxed()
}

impl Bad {
    /// The entry's bytes, for a case in `root`; and whether it must refuse
    /// the archive.
    fn entry(&self, root: &Path) -> (Vec<u8>, bool) {
        let fill = |s: &str| s.replace("{root}", &root.to_string_lossy());
        match self {
            Bad::Named(name) => (regular(&fill(name), b"evil"), true),
            Bad::OddKind(name, kind) => {
                let precious = fill("{root}/outside/precious");
                let entry = raw_entry(
                    fill(name).as_bytes(),
                    tar::EntryType::new(*kind),
                    precious.as_bytes(),
                    4,
                    b"evil",
                );
                // What the tar reader takes as extensions of the next entry
                // (PAX records, GNU long names) may be harmless, or the
                // next entry may be the end; and `assets/.` is the assets
                // directory.
                let assets_dir = *kind == b'5'
                    && Path::new(&fill(name))
                        .components()
                        .eq(Path::new("assets").components());
                (entry, !b"xgLK".contains(kind) && !assets_dir)
            }
            Bad::Link { name, hard, to } => {
                let kind = if *hard {
                    tar::EntryType::Link
                } else {
                    tar::EntryType::Symlink
                };
                let link = raw_entry(name.as_bytes(), kind, fill(to).as_bytes(), 0, b"");
                ([link, regular(name, b"pwned")].concat(), true)
            }
            Bad::LongName(name) => (
                [
                    gnu_long_name(fill(name).as_bytes()),
                    regular("dummy", b"evil"),
                ]
                .concat(),
                true,
            ),
            Bad::Pax { key, name } => {
                let kind = if *key == "path" {
                    tar::EntryType::Regular
                } else {
                    tar::EntryType::Symlink
                };
                let entry = raw_entry(b"assets/pax", kind, b"", 4, b"evil");
                ([pax(&[(key, fill(name).as_bytes())]), entry].concat(), true)
            }
            Bad::Lying {
                name,
                declared,
                data,
            } => (
                raw_entry(
                    name.as_bytes(),
                    tar::EntryType::Regular,
                    b"",
                    *declared,
                    &vec![b'x'; *data],
                ),
                true,
            ),
            Bad::PaxSize { name, declared } => {
                let size = declared.to_string();
                (
                    [pax(&[("size", size.as_bytes())]), regular(name, b"evil")].concat(),
                    true,
                )
            }
        }
    }
}

#[test]
fn random_bytes_are_refused_cleanly() {
    let wraps = select(&["none", "gzip magic", "gzip", "tar header"][..]);
    check_on_disk(
        "random_bytes_are_refused_cleanly",
        (vec(any::<u8>(), 0..4096), wraps),
        |(bytes, wrap)| {
            let archive = match wrap {
                "gzip magic" => [&[0x1f, 0x8b][..], &bytes].concat(),
                "gzip" => gzip(&bytes),
                "tar header" => [regular("pinpoint.db", &bytes), bytes.clone()].concat(),
                _ => bytes,
            };
            Case::new()?.restore(&archive, Expect::Refusal)
        },
    );
}

#[test]
fn a_truncated_backup_restores_exactly_or_not_at_all() {
    check_on_disk(
        "a_truncated_backup_restores_exactly_or_not_at_all",
        (any::<bool>(), any::<Index>(), any::<Option<Index>>()),
        |(gzipped, at, at_member)| {
            let real = fixture();
            let (archive, expect) = if gzipped {
                (&real.tgz[..at.index(real.tgz.len())], Expect::Original)
            } else {
                // Cut between members, or one block into one, or anywhere.
                let cut = match at_member {
                    Some(i) => real.offsets[i.index(real.offsets.len())] + at.index(2) * BLOCK,
                    None => at.index(real.tar.len()),
                };
                (&real.tar[..cut], Expect::PartOfOriginal)
            };
            Case::new()?.restore(archive, expect)
        },
    );
}

#[test]
fn a_backup_with_flipped_bits_restores_cleanly_and_gzip_exactly() {
    // Each flip: a region, a place in it and a bit.
    let flips = vec((0u8..3, any::<Index>(), 0u8..8), 1..4);
    check_on_disk(
        "a_backup_with_flipped_bits_restores_cleanly_and_gzip_exactly",
        (any::<bool>(), flips),
        |(gzipped, flips)| {
            let real = fixture();
            let mut archive = if gzipped {
                real.tgz.clone()
            } else {
                real.tar.clone()
            };
            for (region, at, bit) in flips {
                let i = match region {
                    0 => at.index(archive.len()),
                    // The gzip header, or a tar header.
                    1 if gzipped => at.index(10),
                    1 => real.offsets[at.index(real.offsets.len())] + at.index(BLOCK),
                    // The gzip trailer, or the database's header.
                    _ if gzipped => archive.len() - 8 + at.index(8),
                    _ => real.offsets[0] + BLOCK + at.index(100),
                };
                archive[i] ^= 1 << bit;
            }
            let expect = if gzipped {
                Expect::Original
            } else {
                Expect::Anything
            };
            Case::new()?.restore(&archive, expect)
        },
    );
}

#[test]
fn unsafe_or_lying_entries_refuse_the_whole_archive() {
    check_on_disk(
        "unsafe_or_lying_entries_refuse_the_whole_archive",
        (bad(), any::<Index>(), any::<bool>(), any::<bool>()),
        |(bad, position, gzipped, ended)| {
            let real = fixture();
            let case = Case::new()?;
            let (entry, refused) = bad.entry(case.root());
            let mut members = real.members.clone();
            members.insert(position.index(members.len() + 1), entry);
            let mut archive = members.concat();
            if ended {
                archive.extend(end_of_archive());
            }
            if gzipped {
                archive = gzip(&archive);
            }
            let expect = if refused {
                Expect::Refusal
            } else {
                Expect::Anything
            };
            case.restore(&archive, expect)
        },
    );
}

#[test]
fn real_members_rewritten_with_a_valid_checksum_restore_cleanly() {
    check_on_disk(
        "real_members_rewritten_with_a_valid_checksum_restore_cleanly",
        (any::<Index>(), vec((any::<Index>(), any::<u8>()), 1..4)),
        |(member, edits)| {
            let real = fixture();
            let mut members = real.members.clone();
            let m = member.index(members.len());
            for (at, value) in edits {
                members[m][at.index(BLOCK)] = value;
            }
            let mut header = tar::Header::from_byte_slice(&members[m][..BLOCK]).clone();
            header.set_cksum();
            members[m][..BLOCK].copy_from_slice(header.as_bytes());
            let archive = [members.concat(), end_of_archive()].concat();
            Case::new()?.restore(&archive, Expect::Anything)
        },
    );
}

#[test]
fn gzip_bombs_are_unpacked_as_a_stream_and_cleaned_up() {
    check_on_disk(
        "gzip_bombs_are_unpacked_as_a_stream_and_cleaned_up",
        bomb(),
        |bomb| {
            let (archive, expect) = bomb_archive(&bomb);
            Case::new()?.restore(&archive, expect)
        },
    );
}

#[test]
fn a_backup_whose_database_was_edited_restores_cleanly() {
    check_on_disk(
        "a_backup_whose_database_was_edited_restores_cleanly",
        (db_edit(), any::<bool>()),
        |(edit, gzipped)| {
            let real = fixture();
            let db = edited_db(&real.db, &edit)?;
            let mut members = real.members.clone();
            members[0] = regular(backup::DB_FILE, &db);
            let mut archive = [members.concat(), end_of_archive()].concat();
            if gzipped {
                archive = gzip(&archive);
            }
            Case::new()?.restore(&archive, Expect::Anything)
        },
    );
}

// ---- Gzip bombs ----

/// A gzipped archive whose `member` inflates to `inflated` bytes of zeros
/// while its header declares `declared`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Bomb {
    /// The database (alone), or an asset after the real members.
    database: bool,
    inflated: usize,
    declared: usize,
}

fn bomb() -> BoxedStrategy<Bomb> {
    (
        any::<bool>(),
        select(&[1usize << 20, 4 << 20][..]),
        select(&[1usize, 2, 0][..]),
    )
        .prop_map(|(database, inflated, how)| Bomb {
            database,
            inflated,
            declared: match how {
                0 => inflated / 2,
                1 => inflated,
                _ => inflated * 2,
            },
        })
        .boxed()
}

/// Bombs are slow to compress unoptimised: each is made once.
fn bomb_archive(bomb: &Bomb) -> (Vec<u8>, Expect) {
    static MADE: OnceLock<Mutex<BTreeMap<Bomb, Vec<u8>>>> = OnceLock::new();
    let made = MADE.get_or_init(Default::default);
    let archive = made
        .lock()
        .expect("no panic while making a bomb")
        .entry(bomb.clone())
        .or_insert_with(|| {
            let real = fixture();
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            let (name, before): (&str, &[Vec<u8>]) = if bomb.database {
                (backup::DB_FILE, &[])
            } else {
                ("assets/bomb", &real.members)
            };
            for member in before {
                gz.write_all(member).expect("gzip into memory");
            }
            let header = raw_entry(
                name.as_bytes(),
                tar::EntryType::Regular,
                b"",
                bomb.declared as u64,
                b"",
            );
            gz.write_all(&header).expect("gzip into memory");
            let zeros = vec![0u8; 64 * 1024];
            for _ in 0..bomb.inflated / zeros.len() {
                gz.write_all(&zeros).expect("gzip into memory");
            }
            gz.finish().expect("gzip into memory")
        })
        .clone();
    // A bomb: tiny beside what it inflates to (the real members before an
    // asset bomb take some 11 KB of it themselves).
    assert!(
        archive.len() * 50 < bomb.inflated,
        "{} bytes inflate to {}",
        archive.len(),
        bomb.inflated
    );
    // Zeros are no database; a database with a bomb beside it may restore.
    let expect = if bomb.database {
        Expect::Refusal
    } else {
        Expect::Anything
    };
    (archive, expect)
}

// ---- Edited databases ----

/// A change to the backed-up database, as a damaged or tampered backup, or
/// one from another version of Pinpoint, might carry.
#[derive(Clone, Debug)]
enum DbEdit {
    /// The schema version, as an older or newer Pinpoint would leave it.
    UserVersion(i64),
    DropTable(Index),
    /// An asset row with an odd id.
    AssetId(SqlValue),
    /// The database left in WAL mode.
    Wal,
    /// Bytes appended past its last page.
    Append(Vec<u8>),
    /// Cut to a whole number of pages, or anywhere.
    Truncate {
        whole_pages: bool,
        at: Index,
    },
}

fn db_edit() -> BoxedStrategy<DbEdit> {
    prop_oneof![
        3 => prop_oneof![0i64..12, Just(-1), Just(i32::MAX as i64)].prop_map(DbEdit::UserVersion),
        1 => any::<Index>().prop_map(DbEdit::DropTable),
        1 => prop_oneof![
            select(&["../evil", "", "a/b", "/etc/passwd", "."][..]).prop_map(|s| SqlValue::Text(s.into())),
            Just(SqlValue::Null),
            any::<i64>().prop_map(SqlValue::Integer),
            vec(any::<u8>(), 0..8).prop_map(SqlValue::Blob),
        ].prop_map(DbEdit::AssetId),
        1 => Just(DbEdit::Wal),
        1 => vec(any::<u8>(), 1..2048).prop_map(DbEdit::Append),
        1 => (any::<bool>(), any::<Index>()).prop_map(|(whole_pages, at)| DbEdit::Truncate { whole_pages, at }),
    ]
    .boxed()
}

fn edited_db(db: &[u8], edit: &DbEdit) -> Result<Vec<u8>, TestCaseError> {
    let dir = tempfile::tempdir().map_err(|e| fail("a temporary directory", e))?;
    let path = dir.path().join("edited.db");
    fs::write(&path, db).map_err(|e| fail("a copy of the database", e))?;
    let sql = |statement: &str| -> Result<(), TestCaseError> {
        let conn = Connection::open(&path).map_err(|e| fail("opening the copy", e))?;
        conn.execute_batch(statement)
            .map_err(|e| fail(statement, e))
    };
    match edit {
        DbEdit::UserVersion(v) => sql(&format!("PRAGMA user_version = {v}"))?,
        DbEdit::DropTable(i) => {
            let tables = &fixture().tables;
            let table = &tables[i.index(tables.len())];
            sql(&format!(
                "PRAGMA foreign_keys = OFF; DROP TABLE \"{table}\""
            ))?;
        }
        DbEdit::AssetId(id) => {
            let conn = Connection::open(&path).map_err(|e| fail("opening the copy", e))?;
            conn.execute(
                "INSERT INTO assets (id, owner_id, content_type, width, height, byte_size, created_at)
                 VALUES (?1, 'u1', 'image/png', 1, 1, 1, 0)",
                [id],
            )
            .map_err(|e| fail("inserting an asset", e))?;
        }
        DbEdit::Wal => sql("PRAGMA journal_mode = WAL")?,
        DbEdit::Append(bytes) => {
            let mut file = fs::OpenOptions::new()
                .append(true)
                .open(&path)
                .map_err(|e| fail("appending", e))?;
            file.write_all(bytes).map_err(|e| fail("appending", e))?;
        }
        DbEdit::Truncate { whole_pages, at } => {
            let len = db.len();
            let cut = if *whole_pages {
                at.index(len / 4096 + 1) * 4096
            } else {
                at.index(len + 1)
            };
            fs::write(&path, &db[..cut.min(len)]).map_err(|e| fail("cutting", e))?;
        }
    }
    fs::read(&path).map_err(|e| fail("reading the copy", e))
}

// ---- Regressions: bugs the properties found ----

/// The real members with the database's `user_version` set to `version`.
fn archive_with_schema_version(version: i64) -> Vec<u8> {
    let real = fixture();
    let db = edited_db(&real.db, &DbEdit::UserVersion(version)).expect("an edited database");
    let mut members = real.members.clone();
    members[0] = regular(backup::DB_FILE, &db);
    [members.concat(), end_of_archive()].concat()
}

/// Found by `a_backup_whose_database_was_edited_restores_cleanly`: a backup
/// whose database says it has an older schema than it has (0, so every
/// migration runs again and the first fails on an existing table) or a
/// nonsense version (-1, which `migrate` cannot read as a count) fails to
/// restore, but only in `Db::open`, after `restore` has moved the database
/// into place: the database stays, against `restore`'s promise, and a
/// second try says the directory already holds one.
#[test]
fn a_restore_whose_migrations_fail_leaves_no_database_behind() {
    for version in [0, -1] {
        let case = Case::new().expect("a case");
        let from = case.root().join("archive.tar");
        fs::write(&from, archive_with_schema_version(version)).expect("the archive");
        let target = case.root().join("data");
        let error = backup::restore(&from, &target).expect_err("migrations fail");
        assert!(
            !target.join(backup::DB_FILE).exists(),
            "user_version {version}: the failed restore left pinpoint.db behind ({error:#})"
        );
    }
}

/// Found by `a_backup_with_flipped_bits_restores_cleanly_and_gzip_exactly`:
/// restore stops reading a `.tar.gz` at the tar's end, before gzip's CRC-32
/// and length, so damaged data that still inflates restores as if it were
/// the backup. Here one byte of the picture differs from what the gzip
/// trailer's checksum vouches for.
#[test]
fn a_gzipped_backup_that_fails_its_checksum_is_refused() {
    let real = fixture();
    let mut tar = real.tar.clone();
    let asset = real.offsets[2] + BLOCK + 10;
    assert_eq!(tar[real.offsets[2]..real.offsets[2] + 6], *b"assets");
    tar[asset] ^= 0x20;
    let mut archive = gzip(&tar);
    let mut crc = flate2::Crc::new();
    crc.update(&real.tar);
    let trailer = archive.len() - 8;
    archive[trailer..trailer + 4].copy_from_slice(&crc.sum().to_le_bytes());
    archive[trailer + 4..].copy_from_slice(&(real.tar.len() as u32).to_le_bytes());

    let case = Case::new().expect("a case");
    let from = case.root().join("archive.tar.gz");
    fs::write(&from, &archive).expect("the archive");
    let target = case.root().join("data");
    let result = backup::restore(&from, &target);
    let restored = fs::read(target.join("assets").join(ASSET_ID)).ok();
    assert!(
        result.is_err(),
        "restored, the picture {}",
        if restored.as_deref() == Some(&asset_bytes()[..]) {
            "intact"
        } else {
            "changed"
        }
    );
    assert!(!target.join(backup::DB_FILE).exists());
}
