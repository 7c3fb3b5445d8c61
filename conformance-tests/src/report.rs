//! The reports: a terminal summary, `report.json` and JUnit XML (`junit.xml`, one test suite
//! per plan, one test case per check) that CI systems display natively.

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::check::{CheckResult, Outcome, Severity};

#[derive(Default, Serialize, PartialEq, Eq, Debug)]
pub struct Totals {
    pub passed: usize,
    pub failed_must: usize,
    pub failed_should: usize,
    pub not_applicable: usize,
    pub skipped: usize,
}

pub fn totals(results: &[CheckResult]) -> Totals {
    let mut t = Totals::default();
    for r in results {
        match (&r.outcome, r.severity) {
            (Outcome::Passed, _) => t.passed += 1,
            (Outcome::Failed(_), Severity::Must) => t.failed_must += 1,
            (Outcome::Failed(_), Severity::Should) => t.failed_should += 1,
            (Outcome::NotApplicable(_), _) => t.not_applicable += 1,
            (Outcome::Skipped(_), _) => t.skipped += 1,
        }
    }
    t
}

pub fn print_summary(issuer: &str, results: &[CheckResult]) {
    println!("\n── summary for {issuer}");
    let mut plans: Vec<&str> = Vec::new();
    for r in results {
        if !plans.contains(&r.plan.as_str()) {
            plans.push(&r.plan);
        }
    }
    for plan in plans {
        let of_plan: Vec<CheckResult> =
            results.iter().filter(|r| r.plan == plan).cloned().collect();
        let t = totals(&of_plan);
        println!(
            "  {plan:<26} {:>3} passed  {:>2} must failed  {:>2} should failed  {:>2} n/a  {:>2} skipped",
            t.passed, t.failed_must, t.failed_should, t.not_applicable, t.skipped
        );
    }
    let failures: Vec<&CheckResult> = results
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Failed(_)))
        .collect();
    if !failures.is_empty() {
        println!("\n  failed checks:");
        for r in failures {
            if let Outcome::Failed(detail) = &r.outcome {
                println!(
                    "  - [{}] {}/{} ({}): {}\n      {}",
                    r.severity.label(),
                    r.plan,
                    r.id,
                    r.clause,
                    r.summary,
                    detail
                );
            }
        }
    }
    let t = totals(results);
    println!(
        "\nconformance: {} passed, {} failed (must), {} failed (should), {} not applicable, {} skipped",
        t.passed, t.failed_must, t.failed_should, t.not_applicable, t.skipped
    );
}

#[derive(Serialize)]
struct JsonReport<'a> {
    tool: &'static str,
    version: &'static str,
    issuer: &'a str,
    totals: Totals,
    checks: &'a [CheckResult],
}

pub fn write(dir: &Path, issuer: &str, results: &[CheckResult]) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("could not create {}: {e}", dir.display()))?;
    let json = JsonReport {
        tool: "tessera-conformance",
        version: env!("CARGO_PKG_VERSION"),
        issuer,
        totals: totals(results),
        checks: results,
    };
    let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
    write_file(&dir.join("report.json"), &text)?;
    write_file(&dir.join("junit.xml"), &junit(issuer, results))
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("could not write {}: {e}", path.display()))
}

/// JUnit XML: must failures are `<failure>`, should failures are passing test cases with the
/// warning in `<system-out>` (they don't fail a build), n/a and skipped are `<skipped>`.
pub fn junit(issuer: &str, results: &[CheckResult]) -> String {
    let mut plans: Vec<&str> = Vec::new();
    for r in results {
        if !plans.contains(&r.plan.as_str()) {
            plans.push(&r.plan);
        }
    }
    let t = totals(results);
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<testsuites name=\"tessera-conformance {}\" tests=\"{}\" failures=\"{}\">",
        escape(issuer),
        results.len(),
        t.failed_must
    );
    for plan in plans {
        let cases: Vec<&CheckResult> = results.iter().filter(|r| r.plan == plan).collect();
        let failures = cases.iter().filter(|r| r.is_must_failure()).count();
        let skipped = cases
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::NotApplicable(_) | Outcome::Skipped(_)))
            .count();
        let time: f64 = cases.iter().map(|r| r.duration.as_secs_f64()).sum();
        let _ = writeln!(
            xml,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" skipped=\"{skipped}\" time=\"{time:.3}\">",
            escape(plan),
            cases.len()
        );
        for r in cases {
            let _ = write!(
                xml,
                "    <testcase classname=\"{}\" name=\"{} [{} {}]\" time=\"{:.3}\"",
                escape(&r.plan),
                escape(&r.id),
                r.severity.label(),
                escape(&r.clause),
                r.duration.as_secs_f64()
            );
            match &r.outcome {
                Outcome::Passed => xml.push_str("/>\n"),
                Outcome::Failed(detail) if r.severity == Severity::Must => {
                    let _ = writeln!(
                        xml,
                        ">\n      <failure message=\"{}\">{}</failure>\n    </testcase>",
                        escape(&r.summary),
                        escape(detail)
                    );
                }
                Outcome::Failed(detail) => {
                    let _ = writeln!(
                        xml,
                        ">\n      <system-out>SHOULD not met: {}</system-out>\n    </testcase>",
                        escape(detail)
                    );
                }
                Outcome::NotApplicable(detail) | Outcome::Skipped(detail) => {
                    let _ = writeln!(
                        xml,
                        ">\n      <skipped message=\"{}\"/>\n    </testcase>",
                        escape(detail)
                    );
                }
            }
        }
        xml.push_str("  </testsuite>\n");
    }
    xml.push_str("</testsuites>\n");
    xml
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters even escaped.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn result(id: &str, severity: Severity, outcome: Outcome) -> CheckResult {
        CheckResult {
            plan: "p".into(),
            id: id.into(),
            clause: "RFC 1 §1".into(),
            severity,
            summary: "s <x>".into(),
            outcome,
            duration: Duration::from_millis(3),
        }
    }

    #[test]
    fn junit_marks_only_must_failures_as_failures() {
        let results = vec![
            result("a", Severity::Must, Outcome::Passed),
            result("b", Severity::Must, Outcome::Failed("bad & worse".into())),
            result("c", Severity::Should, Outcome::Failed("meh".into())),
            result("d", Severity::Must, Outcome::NotApplicable("none".into())),
        ];
        let xml = junit("http://x/t/a", &results);
        assert_eq!(xml.matches("<failure").count(), 1);
        assert!(xml.contains("bad &amp; worse"));
        assert!(xml.contains("failures=\"1\" skipped=\"1\""));
        assert_eq!(
            totals(&results),
            Totals {
                passed: 1,
                failed_must: 1,
                failed_should: 1,
                not_applicable: 1,
                skipped: 0
            }
        );
    }
}
