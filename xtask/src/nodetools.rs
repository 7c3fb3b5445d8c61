//! Node.js programs that some integration tests run as independent peers (openid-client as
//! a relying party). Installed from the committed lock file next to their scripts; the tests
//! fail with a clear message when they are missing, rather than skip.

use std::path::Path;

/// Peer packages, relative to the repository root.
const PEERS: &[&str] = &[
    "server/tessera/tests/integration/peers/openid-client",
    "server/tessera/tests/integration/peers/mcp",
];

pub fn ensure(root: &Path) -> Result<(), String> {
    for peer in PEERS {
        crate::sdks::npm_install(&root.join(peer))?;
    }
    Ok(())
}
