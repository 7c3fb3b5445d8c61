//! Collects check results as plans run and prints each one as it lands, so a slow or hanging
//! deployment shows where it is.

use std::time::Instant;

use crate::check::{Check, CheckResult, Outcome, Severity};

pub struct Recorder {
    plan: String,
    started: Instant,
    results: Vec<CheckResult>,
}

impl Default for Recorder {
    fn default() -> Self {
        Recorder {
            plan: String::new(),
            started: Instant::now(),
            results: Vec::new(),
        }
    }
}

impl Recorder {
    /// Starts a plan; later results belong to it.
    pub fn begin_plan(&mut self, name: &str) {
        self.plan = name.to_owned();
        self.started = Instant::now();
        println!("\n── plan {name}");
    }

    /// Records `result` for `check`: `Ok` passes, `Err` fails with the message.
    pub fn check(&mut self, check: &Check, result: Result<(), String>) -> bool {
        let passed = result.is_ok();
        self.record(
            check,
            match result {
                Ok(()) => Outcome::Passed,
                Err(message) => Outcome::Failed(message),
            },
        );
        passed
    }

    pub fn not_applicable(&mut self, check: &Check, why: &str) {
        self.record(check, Outcome::NotApplicable(why.to_owned()));
    }

    pub fn skip(&mut self, check: &Check, why: &str) {
        self.record(check, Outcome::Skipped(why.to_owned()));
    }

    /// Marks every check in `checks` not applicable (a plan whose feature is absent).
    pub fn all_not_applicable(&mut self, checks: &[Check], why: &str) {
        for check in checks {
            self.not_applicable(check, why);
        }
    }

    /// Skips the checks of `checks` that have no result yet in this plan.
    pub fn skip_remaining(&mut self, checks: &[Check], why: &str) {
        for check in checks {
            let done = self
                .results
                .iter()
                .any(|r| r.plan == self.plan && r.id == check.id);
            if !done {
                self.skip(check, why);
            }
        }
    }

    fn record(&mut self, check: &Check, outcome: Outcome) {
        let duration = self.started.elapsed();
        self.started = Instant::now();
        let mark = match (&outcome, check.severity) {
            (Outcome::Passed, _) => "pass",
            (Outcome::Failed(_), Severity::Must) => "FAIL",
            (Outcome::Failed(_), Severity::Should) => "warn",
            (Outcome::NotApplicable(_), _) => "n/a ",
            (Outcome::Skipped(_), _) => "skip",
        };
        println!(
            "  {mark}  {:<6} {:<44} {}",
            check.severity.label(),
            check.id,
            check.clause
        );
        match &outcome {
            Outcome::Failed(detail) | Outcome::NotApplicable(detail) | Outcome::Skipped(detail) => {
                println!("        {}", one_line(detail));
            }
            Outcome::Passed => {}
        }
        self.results.push(CheckResult {
            plan: self.plan.clone(),
            id: check.id.to_owned(),
            clause: check.clause.to_owned(),
            severity: check.severity,
            summary: check.summary.to_owned(),
            outcome,
            duration,
        });
    }

    pub fn results(&self) -> &[CheckResult] {
        &self.results
    }
}

/// A message on one terminal line, cut to a readable length.
fn one_line(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 400 {
        let cut: String = flat.chars().take(400).collect();
        format!("{cut}…")
    } else {
        flat
    }
}
