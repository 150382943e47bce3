//! `--output-format sarif`: SARIF 2.1.0, one run, the rules' documentation as help text.

use std::io::Write;

use serde_json::json;
use transforms::Safety;

use crate::check::Report;

pub fn write(out: &mut dyn Write, report: &Report) -> anyhow::Result<()> {
    let rules: Vec<serde_json::Value> = transforms::rules::all()
        .iter()
        .map(|r| {
            json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": {"text": r.summary},
                "fullDescription": {"text": r.summary},
                "help": {"text": transforms::rules::doc_text(r), "markdown": transforms::rules::doc_text(r)},
            })
        })
        .collect();
    let results: Vec<serde_json::Value> = report
        .findings
        .iter()
        .map(|f| {
            let mut text = format!("{} ({}, {})", f.message, f.strategy.as_str(), f.workload.as_str());
            if f.safety == Safety::Review && !f.reasons.is_empty() {
                text.push_str(". Not rewritten: ");
                text.push_str(&f.reasons.join("; "));
            }
            json!({
                "ruleId": f.rule,
                "level": if f.safety == Safety::Safe { "warning" } else { "note" },
                "message": {"text": text},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path},
                        "region": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}
                    }
                }],
                "properties": {
                    "safety": f.safety,
                    "strategy": f.strategy,
                    "workload": f.workload,
                    "reasons": f.reasons,
                    "fixable": f.fix.is_some(),
                }
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "parallelize",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)?;
    Ok(())
}
