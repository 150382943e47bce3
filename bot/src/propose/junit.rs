//! Per-test outcomes and durations from a JUnit XML report (pytest's `--junitxml`).

use std::collections::BTreeMap;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// What happened to one test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Passed,
    Failed,
    Error,
    Skipped,
}

/// One test case: outcome and duration in seconds.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Case {
    pub outcome: Outcome,
    pub seconds: f64,
}

/// Test id (`tests/test_a.py::TestX::test_y`) -> case, in id order.
pub type Cases = BTreeMap<String, Case>;

#[derive(Debug, thiserror::Error)]
pub enum JunitError {
    #[error("cannot read the JUnit report {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the JUnit report {path} is not valid XML at byte {offset}: {message}")]
    Xml {
        path: String,
        offset: u64,
        message: String,
    },
}

/// Reads a JUnit XML file.
pub fn read(path: &Path) -> Result<Cases, JunitError> {
    let text = std::fs::read_to_string(path).map_err(|source| JunitError::Read {
        path: path.display().to_string(),
        source,
    })?;
    parse(&text).map_err(|(offset, message)| JunitError::Xml {
        path: path.display().to_string(),
        offset,
        message,
    })
}

/// Parses JUnit XML text; errors are (byte offset, message).
pub fn parse(text: &str) -> Result<Cases, (u64, String)> {
    let mut reader = Reader::from_str(text);
    let mut cases = Cases::new();
    // The open <testcase>: its id, duration, and the worst outcome seen inside it so far.
    let mut open: Option<(String, f64, Outcome)> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| (reader.buffer_position(), e.to_string()))?;
        match event {
            Event::Start(e) if e.name().as_ref() == "testcase" => {
                let (id, seconds) = case_attributes(&e);
                open = Some((id, seconds, Outcome::Passed));
            }
            Event::Empty(e) if e.name().as_ref() == "testcase" => {
                let (id, seconds) = case_attributes(&e);
                insert(&mut cases, id, seconds, Outcome::Passed);
            }
            Event::Start(e) | Event::Empty(e) => {
                if let Some((_, _, outcome)) = open.as_mut() {
                    let seen = match e.name().as_ref() {
                        "failure" => Some(Outcome::Failed),
                        "error" => Some(Outcome::Error),
                        "skipped" => Some(Outcome::Skipped),
                        _ => None,
                    };
                    if let Some(seen) = seen {
                        *outcome = worse(*outcome, seen);
                    }
                }
            }
            Event::End(e) if e.name().as_ref() == "testcase" => {
                if let Some((id, seconds, outcome)) = open.take() {
                    insert(&mut cases, id, seconds, outcome);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(cases)
}

/// pytest reports a test twice when it fails and its teardown errors too: keep the worse outcome
/// and the sum of the times.
fn insert(cases: &mut Cases, id: String, seconds: f64, outcome: Outcome) {
    cases
        .entry(id)
        .and_modify(|c| {
            c.outcome = worse(c.outcome, outcome);
            c.seconds += seconds;
        })
        .or_insert(Case { outcome, seconds });
}

fn worse(a: Outcome, b: Outcome) -> Outcome {
    let rank = |o: Outcome| match o {
        Outcome::Passed => 0,
        Outcome::Skipped => 1,
        Outcome::Failed => 2,
        Outcome::Error => 3,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// The pytest-style id of a `<testcase>` and its `time`. With a `file` attribute (pytest's
/// xunit1 family) the id is `path.py::Class::name`; otherwise `classname::name`.
fn case_attributes(e: &BytesStart<'_>) -> (String, f64) {
    let mut classname = String::new();
    let mut name = String::new();
    let mut file = String::new();
    let mut seconds = 0.0;
    for attr in e.attributes().flatten() {
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| v.into_owned())
            .unwrap_or_else(|_| attr.value.clone().into_owned());
        match attr.key.as_ref() {
            "classname" => classname = value,
            "name" => name = value,
            "file" => file = value,
            "time" => seconds = value.trim().parse().unwrap_or(0.0),
            _ => {}
        }
    }
    (test_id(&classname, &name, &file), seconds)
}

fn test_id(classname: &str, name: &str, file: &str) -> String {
    if classname.is_empty() {
        return name.to_owned();
    }
    if let Some(module) = file.strip_suffix(".py") {
        let dotted = module.replace(['/', '\\'], ".");
        if let Some(rest) = classname.strip_prefix(&dotted) {
            let rest = rest.trim_start_matches('.');
            return if rest.is_empty() {
                format!("{file}::{name}")
            } else {
                format!("{file}::{}::{name}", rest.replace('.', "::"))
            };
        }
    }
    format!("{classname}::{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="1" failures="1" skipped="1" tests="5" time="0.5">
<testcase classname="tests.test_render" name="test_ok" file="tests/test_render.py" line="3" time="0.125" />
<testcase classname="tests.test_render.TestBatch" name="test_order[2-b]" file="tests/test_render.py" line="9" time="0.25"><failure message="assert 1 == 2">tests/test_render.py:10: AssertionError</failure></testcase>
<testcase classname="tests.test_skip" name="test_later" file="tests/test_skip.py" line="1" time="0.0"><skipped type="pytest.skip" message="later">skip</skipped></testcase>
<testcase classname="" name="tests.test_broken" time="0.01"><error message="collection failure">SyntaxError</error></testcase>
<testcase classname="tests.test_render" name="test_ok" file="tests/test_render.py" line="3" time="0.5"><error message="failed on teardown">boom</error></testcase>
</testsuite></testsuites>"#;

    #[test]
    fn reads_outcomes_durations_and_pytest_ids() {
        let cases = parse(REPORT).expect("parses");
        let got: Vec<(&str, Outcome, f64)> = cases
            .iter()
            .map(|(k, c)| (k.as_str(), c.outcome, c.seconds))
            .collect();
        assert_eq!(
            got,
            vec![
                ("tests.test_broken", Outcome::Error, 0.01),
                (
                    "tests/test_render.py::TestBatch::test_order[2-b]",
                    Outcome::Failed,
                    0.25
                ),
                // Passed in the call phase, errored in teardown: an error, times added.
                ("tests/test_render.py::test_ok", Outcome::Error, 0.625),
                ("tests/test_skip.py::test_later", Outcome::Skipped, 0.0),
            ]
        );
    }

    #[test]
    fn truncated_report_is_an_error_with_a_position() {
        let err = parse("<testsuite><testcase name=\"a\" time=\"x").unwrap_err();
        assert!(err.0 > 0, "{err:?}");
    }
}
