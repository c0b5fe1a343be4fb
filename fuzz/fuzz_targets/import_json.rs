//! Fuzzes the journal JSON importer: any input must give a journal or an error, never a panic,
//! and a journal that reads must import into an empty store all or nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relief_journal::exchange::read_json;
use relief_journal::store::Store;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(imported) = read_json(&text, "fuzz.json")
        && let Ok(mut store) = Store::open_in_memory()
    {
        let _ = store.import(&imported.entries, &imported.infusions, None);
    }
});
