//! The knowledge base's claims hold when run: every entry's example is executed with the real
//! interpreter by `transforms/kb/check_claims.py` (arguments mutated or not, result type,
//! freshness, pickle round trip, output, determinism, settings read).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::{json, Value};
use transforms::kb::{self, Arg, Entry, ParamKind, Returns, Spec};

fn python() -> String {
    std::env::var("PARALLELIZE_TEST_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

fn arg(a: Arg) -> Value {
    match a {
        Arg::Receiver => json!("Receiver"),
        Arg::Every => json!("Every"),
        Arg::Param(i) => json!({ "Param": i }),
    }
}

fn spec(s: &Spec) -> Value {
    match s {
        Spec::Mutates(a) => json!({ "Mutates": arg(*a) }),
        Spec::Calls(a) => json!({ "Calls": arg(*a) }),
        Spec::Reads(s) => json!({ "Reads": s.name() }),
        Spec::Writes(s) => json!({ "Writes": s.name() }),
        Spec::Io(k) => json!({ "Io": k.name() }),
        Spec::Output(s) => json!({ "Output": s.name() }),
        Spec::Rng => json!("Rng"),
        Spec::Clock => json!("Clock"),
        Spec::Identity => json!("Identity"),
        Spec::Lazy => json!("Lazy"),
    }
}

fn entry(e: &Entry) -> Value {
    let (kind, ty) = match &e.returns {
        Returns::Nothing => ("Nothing", "None".to_owned()),
        Returns::New(t) => ("New", t.to_string()),
        Returns::Holds(t, _) => ("Holds", t.to_string()),
        Returns::Part(t, _) => ("Part", t.to_string()),
        Returns::Receiver => ("Receiver", "?".to_owned()),
    };
    let params: Vec<Value> = e
        .params
        .iter()
        .map(|p| {
            let kind = match p.kind {
                ParamKind::Normal => "Normal",
                ParamKind::PositionalOnly => "PositionalOnly",
                ParamKind::KeywordOnly => "KeywordOnly",
                ParamKind::Star => "Star",
                ParamKind::DoubleStar => "DoubleStar",
            };
            json!({ "name": p.name, "kind": kind })
        })
        .collect();
    json!({
        "name": e.name,
        "owner": e.owner,
        "at": e.at,
        "params": params,
        "returns": { "kind": kind, "ty": ty },
        "pickles": e.returns.ty().pickles(),
        "effects": e.effects.iter().map(spec).collect::<Vec<_>>(),
        "example": e.example,
    })
}

#[test]
fn every_claim_holds_when_run() {
    let kb = kb::get();
    let data = json!({
        "types": kb.types().map(|t| json!({
            "name": t.name, "python": t.python, "picklable": t.picklable,
        })).collect::<Vec<_>>(),
        "entries": kb.entries().map(entry).collect::<Vec<_>>(),
    });
    // At run time: a binary reused from a clone at another path must read this clone.
    let script = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
        .join("kb/check_claims.py");
    let mut child = Command::new(python())
        .arg(&script)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run python");
    // A script that dies early closes its stdin: what it said on stderr explains why.
    let written = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(data.to_string().as_bytes());
    let out = child.wait_with_output().expect("python finished");
    if let Err(e) = written {
        panic!(
            "cannot write the entries to {} ({e}); it exited with {} and said:\n{}",
            python(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "knowledge-base claims that do not hold:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("0 problems"), "{stdout}");
}
