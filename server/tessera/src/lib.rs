//! The Tessera reference server.
//!
//! Layers, outermost first: [`cli`] and [`config`] resolve settings; [`http`] translates HTTP
//! to use cases; [`services`] hold the rules; `tessera-store` persists and `tessera-crypto`
//! signs and seals. [`startup`] wires them together for each command.

pub mod cache;
pub mod cli;
pub mod clock;
pub mod config;
pub mod http;
pub mod services;
pub mod startup;
pub mod telemetry;
