//! Export bundles: reading arbitrary bytes is either a clear error or a snapshot that merges.
//! Input that is not a bundle is also tried as the snapshot JSON inside one, then wrapped in a
//! real bundle, so the fuzzer reaches the decoding, validation and merge behind the checksum.
#![no_main]
use jikim_hub::HubStore;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let snap = match jikim_report::bundle::read(data) {
        Ok(s) => Some(s),
        Err(_) => serde_json::from_slice::<jikim_report::Snapshot>(data).ok(),
    };
    let Some(snap) = snap else {
        return;
    };
    // Whatever parsed goes through a real bundle round trip and a merge.
    let bytes = jikim_report::bundle::write(&snap, &jikim_hub::school_key::SchoolKey::from_seed([1; 32])).expect("write");
    let back = jikim_report::bundle::read(&bytes);
    if snap.validate().is_err() {
        assert!(back.is_err(), "an invalid snapshot is refused on read");
        return;
    }
    let back = back.expect("a valid snapshot reads back");
    let dir = tempfile::tempdir().expect("temp dir");
    let store = HubStore::open(dir.path()).expect("store");
    if store.merge(&back, &mut |_, _| {}).is_ok() {
        let n = store.record_count().expect("count");
        let again = store.merge(&back, &mut |_, _| {}).expect("second merge");
        assert_eq!(again.records_added, 0);
        assert_eq!(store.record_count().expect("count"), n);
    }
});
