//! uniffi's binding generator, pinned to the same uniffi version as the library it reads.
//! `cargo run -p tessera-uniffi --bin uniffi-bindgen -- generate --library <cdylib> ...`

fn main() {
    uniffi::uniffi_bindgen_main()
}
