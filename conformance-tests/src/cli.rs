//! Command-line interface.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "tessera-conformance",
    version,
    about = "Black-box conformance checks for an OpenID Provider / OAuth 2.1 authorization server \
             and the Tessera management API. Exit status 1 when a MUST-level check fails."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run plans against an issuer.
    Run(Box<RunOptions>),
    /// List every plan and check (Markdown with --markdown).
    List {
        #[arg(long)]
        markdown: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AuthMethod {
    /// `client_secret_basic` (RFC 6749 §2.3.1, HTTP Basic)
    Basic,
    /// `client_secret_post` (credentials in the form body)
    Post,
}

#[derive(Args, Clone, Debug)]
pub struct RunOptions {
    /// The issuer identifier, e.g. https://id.example.com/t/acme. Discovery is fetched from
    /// `{issuer}/.well-known/openid-configuration`.
    #[arg(long)]
    pub issuer: String,
    /// Plans to run, in the order given (default: all, in the documented order).
    #[arg(long = "plan", value_name = "NAME")]
    pub plans: Vec<String>,
    /// A confidential client allowed the client_credentials grant (and, for the code-flow
    /// plans, authorization_code/refresh_token with --redirect-uri registered).
    #[arg(long)]
    pub client_id: Option<String>,
    #[arg(long, requires = "client_id")]
    pub client_secret: Option<String>,
    /// A second client (client_credentials), for checks about one client's tokens in
    /// another's hands.
    #[arg(long)]
    pub other_client_id: Option<String>,
    #[arg(long, requires = "other_client_id")]
    pub other_client_secret: Option<String>,
    /// How the clients authenticate at the token, introspection and revocation endpoints.
    #[arg(long, value_enum, default_value = "basic")]
    pub client_auth: AuthMethod,
    /// The redirect URI registered for --client-id (code-flow plans). It is never fetched.
    #[arg(long)]
    pub redirect_uri: Option<String>,
    /// RFC 8707 resource indicator to request access tokens for (their `aud`).
    #[arg(long)]
    pub resource: Option<String>,
    /// A live resource server (its resource identifier URL) whose RFC 9728 protected-resource
    /// metadata the mcp-auth plan checks.
    #[arg(long)]
    pub protected_resource: Option<String>,
    /// Tessera admin key (`tsk_...`): provisions clients and a user in the issuer's tenant
    /// through the management API, and enables the tessera-api plan.
    #[arg(long, env = "TESSERA_CONFORMANCE_ADMIN_KEY", hide_env_values = true)]
    pub admin_key: Option<String>,
    /// With --admin-key: create the issuer's tenant first (Tessera issuers are {base}/t/{slug}).
    #[arg(long, requires = "admin_key")]
    pub create_tenant: bool,
    /// End-user credentials for the hosted sign-in form (code-flow plans).
    #[arg(long)]
    pub username: Option<String>,
    #[arg(long, requires = "username")]
    pub password: Option<String>,
    /// Name of the sign-in form's user field, tried before the built-in guesses.
    #[arg(long, default_value = "email")]
    pub login_field: String,
    /// Name of the sign-in form's password field.
    #[arg(long, default_value = "password")]
    pub password_field: String,
    /// The OpenAPI document for the tessera-api plan (default: the one built in).
    #[arg(long)]
    pub spec: Option<PathBuf>,
    /// Write report.json and junit.xml into this directory.
    #[arg(long)]
    pub report: Option<PathBuf>,
    /// Per-request timeout in seconds.
    #[arg(long, default_value_t = 15)]
    pub timeout: u64,
}
