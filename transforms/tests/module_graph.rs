//! The modules of `transforms` depend on each other without cycles: each module's uses of
//! `crate::<module>` (outside comments and tests) are the edges; `lib.rs` may use every module
//! and no module may use `lib.rs` itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn modules() -> BTreeMap<String, String> {
    // At run time: a binary reused from a clone at another path must read this clone.
    let src = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf())
        .join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).expect("under src");
            // The top-level module a file belongs to (`rules/par101.rs` -> `rules`).
            let top = rel
                .iter()
                .next()
                .and_then(|c| c.to_str())
                .map(|c| c.trim_end_matches(".rs").to_owned())
                .expect("name");
            let text = std::fs::read_to_string(&path).expect("read");
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let code: String = code
                .lines()
                .map(|l| l.split("//").next().unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n");
            out.entry(top).or_insert_with(String::new).push_str(&code);
        }
    }
    out
}

fn edges(modules: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, code) in modules {
        let deps = out.entry(name.clone()).or_default();
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + "crate::".len()..];
            let ident: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if modules.contains_key(&ident) && ident != *name {
                deps.insert(ident);
            } else if !ident.is_empty()
                && ident.chars().next().is_some_and(char::is_uppercase)
                && name != "lib"
            {
                // `crate::Finding`: an item of the crate root.
                deps.insert("lib".to_owned());
            }
        }
    }
    out
}

#[test]
fn modules_have_no_cycles() {
    let modules = modules();
    assert!(modules.contains_key("effects") && modules.contains_key("rules"));
    let edges = edges(&modules);
    let mut cycles = Vec::new();
    for (a, deps) in &edges {
        for b in deps {
            // Is there a path back from b to a?
            let mut seen = BTreeSet::new();
            let mut stack = vec![b.clone()];
            while let Some(x) = stack.pop() {
                if x == *a {
                    cycles.push(format!("{a} -> {b} -> ... -> {a}"));
                    break;
                }
                if seen.insert(x.clone()) {
                    stack.extend(edges.get(&x).into_iter().flatten().cloned());
                }
            }
        }
    }
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}
