//! TXT lookups for domain verification, through hickory-resolver: the system's resolvers
//! (`/etc/resolv.conf`), or one resolver whose address is configured (`--dns-resolver`).
//! Nothing is cached, so a record published a moment ago is seen at once.

use std::net::SocketAddr;
use std::time::Duration;

use hickory_resolver::Resolver;
use hickory_resolver::config::{NameServerConfig, ResolverConfig, ResolverOpts};
use hickory_resolver::name_server::TokioConnectionProvider;
use hickory_resolver::proto::xfer::Protocol;

/// The TXT strings at `name`, each record's character-strings joined (RFC 7208 §3.3 style).
/// An empty list means the name has no TXT record; `Err` that the lookup itself failed.
pub async fn txt_records(resolver: Option<SocketAddr>, name: &str) -> Result<Vec<String>, String> {
    let mut options = ResolverOpts::default();
    options.cache_size = 0;
    options.attempts = 2;
    options.timeout = Duration::from_secs(3);
    let builder = match resolver {
        Some(address) => {
            let mut config = ResolverConfig::new();
            config.add_name_server(NameServerConfig::new(address, Protocol::Udp));
            Resolver::builder_with_config(config, TokioConnectionProvider::default())
        }
        None => Resolver::builder(TokioConnectionProvider::default())
            .map_err(|e| format!("the system's DNS configuration cannot be read: {e}"))?,
    };
    let resolver = builder.with_options(options).build();
    match resolver.txt_lookup(format!("{name}.")).await {
        Ok(lookup) => Ok(lookup
            .iter()
            .map(|txt| {
                txt.txt_data()
                    .iter()
                    .map(|part| String::from_utf8_lossy(part).into_owned())
                    .collect::<String>()
            })
            .collect()),
        Err(e) if e.is_no_records_found() => Ok(Vec::new()),
        Err(e) => Err(e.to_string()),
    }
}
