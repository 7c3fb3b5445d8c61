//! Checks and their outcomes.
//!
//! A check is a named assertion about a deployment: it carries a stable id, the spec clause
//! it proves ("RFC 7662 §2.2") and a severity, so a failing report tells a reader which rule
//! broke without reading our code. Every check a plan can record is declared as a constant
//! and listed in the plan's `CHECKS`, which is what `tessera-conformance list` prints.

use std::time::Duration;

use serde::Serialize;

/// How binding the clause is (RFC 2119): a failed `Must` makes the run fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Must,
    Should,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Must => "MUST",
            Severity::Should => "SHOULD",
        }
    }
}

/// The declaration of one check.
#[derive(Clone, Copy, Debug)]
pub struct Check {
    pub id: &'static str,
    pub clause: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
}

impl Check {
    pub const fn must(id: &'static str, clause: &'static str, summary: &'static str) -> Check {
        Check {
            id,
            clause,
            severity: Severity::Must,
            summary,
        }
    }

    pub const fn should(id: &'static str, clause: &'static str, summary: &'static str) -> Check {
        Check {
            id,
            clause,
            severity: Severity::Should,
            summary,
        }
    }
}

/// What happened when a check ran.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", content = "detail", rename_all = "snake_case")]
pub enum Outcome {
    Passed,
    Failed(String),
    /// The deployment does not offer what the check is about (e.g. no
    /// `authorization_endpoint`); says why.
    NotApplicable(String),
    /// A step the check depends on failed earlier; that step's check carries the failure.
    Skipped(String),
}

/// One recorded result.
#[derive(Clone, Debug, Serialize)]
pub struct CheckResult {
    pub plan: String,
    pub id: String,
    pub clause: String,
    pub severity: Severity,
    pub summary: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    #[serde(serialize_with = "millis")]
    pub duration: Duration,
}

fn millis<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl CheckResult {
    pub fn is_must_failure(&self) -> bool {
        self.severity == Severity::Must && matches!(self.outcome, Outcome::Failed(_))
    }
}

/// `Ok(())` when `condition` holds, else the message.
pub fn ensure(condition: bool, message: impl FnOnce() -> String) -> Result<(), String> {
    if condition { Ok(()) } else { Err(message()) }
}
