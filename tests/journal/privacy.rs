//! Privacy: the app has no network code. The dependency tree must not contain an HTTP or
//! network client crate, on any platform.

/// Crates that speak HTTP or open network connections for an application.
const NETWORK_CLIENTS: [&str; 14] = [
    "reqwest",
    "hyper",
    "hyper-util",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "ehttp",
    "surf",
    "attohttpc",
    "h2",
    "native-tls",
    "rustls",
    "tungstenite",
];

#[test]
fn no_network_client_is_in_the_dependency_tree() {
    let lock_file = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock");
    let lock = std::fs::read_to_string(lock_file).expect("Cargo.lock is committed");
    let packages: Vec<&str> = lock
        .lines()
        .filter_map(|line| line.strip_prefix("name = \""))
        .filter_map(|rest| rest.strip_suffix('"'))
        .collect();
    assert!(
        packages.len() > 50,
        "Cargo.lock looks wrong: {} packages",
        packages.len()
    );
    let found: Vec<&&str> = packages
        .iter()
        .filter(|name| NETWORK_CLIENTS.contains(name))
        .collect();
    assert!(
        found.is_empty(),
        "network client crates in the dependency tree: {found:?}"
    );
}
