//! Fuzzes the entries and infusions CSV importer: any input must give rows or an error, never
//! a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relief_journal::exchange::read_csv;
use relief_journal::store::Store;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(imported) = read_csv(&text, "fuzz.csv")
        && let Ok(mut store) = Store::open_in_memory()
    {
        let _ = store.import(&imported.entries, &imported.infusions, None);
    }
});
