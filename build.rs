//! Build script: gives the Windows exe its icon as a resource, so Explorer, the taskbar and the
//! Start menu show it. Other targets need nothing from here.

fn main() {
    println!("cargo:rerun-if-changed=packaging/windows/relief-journal.rc");
    println!("cargo:rerun-if-changed=assets/icons/relief-journal.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    // windres from mingw (or rc.exe with MSVC) compiles the resource script; embed-resource
    // finds the right one for the target and links the result into the binary.
    if let Err(error) =
        embed_resource::compile("packaging/windows/relief-journal.rc", embed_resource::NONE)
            .manifest_optional()
    {
        panic!("could not compile the Windows resource script: {error}");
    }
}
