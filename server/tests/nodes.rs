//! Several servers on one database: work that must be done once (the
//! hourly purge) is done by the one server holding its lease.

use pinpoint_server::retention::purge_if_holding;
use pinpoint_server::AppState;

/// Two servers' states on one data directory, as two `serve` processes
/// sharing a database would be.
fn two_servers() -> (tempfile::TempDir, AppState, AppState) {
    let data = tempfile::tempdir().expect("temporary data directory");
    let first = AppState::open(data.path()).expect("the first server");
    let second = AppState::open(data.path()).expect("the second server");
    assert_ne!(first.node, second.node, "each server has its own name");
    (data, first, second)
}

#[tokio::test]
async fn one_server_purges_and_another_takes_over_when_it_stops() {
    let (_data, first, second) = two_servers();
    assert!(
        purge_if_holding(&first).await.unwrap().is_some(),
        "the first to ask purges"
    );
    assert!(
        purge_if_holding(&second).await.unwrap().is_none(),
        "the other does not"
    );

    // An hour on, the holder renews its lease and purges again.
    first.clock.advance(3600);
    second.clock.advance(3600);
    assert!(purge_if_holding(&first).await.unwrap().is_some());
    assert!(purge_if_holding(&second).await.unwrap().is_none());

    // The first server stops; once its lease runs out, the second purges.
    second.clock.advance(2 * 3600);
    assert!(
        purge_if_holding(&second).await.unwrap().is_some(),
        "taken over"
    );
    first.clock.advance(2 * 3600);
    assert!(
        purge_if_holding(&first).await.unwrap().is_none(),
        "and kept"
    );
}

#[test]
fn a_server_with_another_key_is_refused_by_the_data() {
    let data = tempfile::tempdir().expect("temporary data directory");
    drop(AppState::open(data.path()).expect("the first server seals with its key"));
    // A second server whose data directory has a key of its own, on the
    // first one's database: as a node started without the shared
    // PINPOINT_SECRET_KEY.
    let other = tempfile::tempdir().expect("another data directory");
    let database = pinpoint_server::db::Location::in_data_dir(data.path());
    let refused = AppState::open_with(other.path(), &database)
        .err()
        .expect("refused");
    assert!(
        format!("{refused:#}").contains("not the one the data was sealed with"),
        "{refused:#}"
    );
}
