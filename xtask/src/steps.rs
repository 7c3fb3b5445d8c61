//! Named steps with timings. A failed step doesn't stop later ones, so one run reports every
//! problem; the summary and exit code say whether anything failed.

use std::process::ExitCode;
use std::time::Instant;

#[derive(Default)]
pub struct Runner {
    outcomes: Vec<Outcome>,
}

struct Outcome {
    name: String,
    status: Status,
}

enum Status {
    Ok { secs: f64 },
    Failed { secs: f64 },
    Skipped { why: String },
}

impl Runner {
    /// Runs `step` under a `==> name` header; returns its value if it succeeded.
    pub fn run<T>(&mut self, name: &str, step: impl FnOnce() -> Result<T, String>) -> Option<T> {
        println!("\n==> {name}");
        let started = Instant::now();
        let result = step();
        let secs = started.elapsed().as_secs_f64();
        let (status, value) = match result {
            Ok(value) => (Status::Ok { secs }, Some(value)),
            Err(message) => {
                eprintln!("error: {name}: {message}");
                (Status::Failed { secs }, None)
            }
        };
        self.outcomes.push(Outcome {
            name: name.to_string(),
            status,
        });
        value
    }

    pub fn skip(&mut self, name: &str, why: &str) {
        println!("\n==> {name}: skipped ({why})");
        self.outcomes.push(Outcome {
            name: name.to_string(),
            status: Status::Skipped {
                why: why.to_string(),
            },
        });
    }

    pub fn print_summary(&self) {
        println!("\n==> summary");
        for Outcome { name, status } in &self.outcomes {
            match status {
                Status::Ok { secs } => println!("    ok      {secs:7.1}s  {name}"),
                Status::Failed { secs } => println!("    FAILED  {secs:7.1}s  {name}"),
                Status::Skipped { why } => println!("    skipped {:8}  {name} ({why})", ""),
            }
        }
    }

    pub fn exit_code(&self) -> ExitCode {
        let failed = self
            .outcomes
            .iter()
            .any(|o| matches!(o.status, Status::Failed { .. }));
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}
