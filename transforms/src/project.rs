//! The project-wide pass: each file's facts (parse, module facts, per-function facts,
//! import-time facts), then [`Project::link`]: effect summaries over the whole call graph,
//! parameter types from the project's calls, what each module does when imported.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::effects::{self, compute_summaries, function_facts, FunctionFactsEntry, Summaries};
use crate::module::{self, FunctionDef, ModuleInfo};
use crate::source::{self, Parsed, SkipReason};
use crate::{foreign, kb, py, vocab};

/// One parsed file with its module facts and per-function facts.
pub struct FileAnalysis {
    /// Path relative to the project root, forward slashes.
    pub path: String,
    pub parsed: Parsed,
    pub module: Arc<ModuleInfo>,
    functions: Vec<(FunctionDef, Arc<effects::Facts>)>,
    imports: effects::ImportFacts,
}

impl FileAnalysis {
    /// Parse and analyse one file. `module_name` is its dotted import name.
    pub fn new(
        path: &str,
        module_name: &str,
        is_package: bool,
        bytes: &[u8],
    ) -> Result<Self, SkipReason> {
        let parsed = source::parse(bytes)?;
        Ok(Self::from_parsed(path, module_name, is_package, parsed))
    }

    pub fn from_parsed(path: &str, module_name: &str, is_package: bool, parsed: Parsed) -> Self {
        let mut module = ModuleInfo::build(&parsed, module_name, is_package);
        module.foreign_writes = foreign::collect(&module, parsed.text.as_str(), parsed.root());
        (module.hazards, module.task_groups) =
            crate::runtime::collect(&module, parsed.text.as_str(), parsed.root());
        let mut functions = Vec::new();
        let src = parsed.text.as_str();
        for stmt in py::statements(parsed.root()) {
            let def = match stmt.kind() {
                "function_definition" => Some(stmt),
                "decorated_definition" => {
                    py::field(stmt, "definition").filter(|d| d.kind() == "function_definition")
                }
                _ => None,
            };
            if stmt.kind() == "class_definition" {
                for (name, def) in crate::module::static_methods(src, stmt) {
                    if let Some(fd) = module.functions.get(&name) {
                        let facts = function_facts(&module, src, def, &fd.qualname);
                        functions.push((fd.clone(), Arc::new(facts)));
                    }
                }
            }
            let Some(def) = def else { continue };
            let Some(name) = py::field(def, "name").map(|n| py::text(src, n)) else {
                continue;
            };
            if let Some(fd) = module.functions.get(name) {
                let facts = function_facts(&module, src, def, &fd.qualname);
                functions.push((fd.clone(), Arc::new(facts)));
            }
        }
        let imports = effects::import_facts(&module, src, parsed.root());
        FileAnalysis {
            path: path.to_owned(),
            parsed,
            module: Arc::new(module),
            functions,
            imports,
        }
    }
}

/// A file analysed for linking whose syntax tree was dropped to bound memory on large trees:
/// the facts [`Project::link`] needs stay, and [`Unparsed::reparse`] parses the kept text again
/// when the rules run.
pub struct Unparsed {
    pub path: String,
    text: String,
    pub module: Arc<ModuleInfo>,
    functions: Vec<(FunctionDef, Arc<effects::Facts>)>,
    imports: effects::ImportFacts,
}

impl FileAnalysis {
    /// Drop the syntax tree (the bulk of the memory), keeping the text and the linking facts.
    /// The module name and package flag are those the analysis was made with (kept in its
    /// module facts); the parameters remain for callers.
    pub fn into_unparsed(self, _module_name: &str, _is_package: bool) -> Unparsed {
        Unparsed {
            path: self.path,
            text: self.parsed.text,
            module: self.module,
            functions: self.functions,
            imports: self.imports,
        }
    }

    fn link_parts(&self) -> LinkParts<'_> {
        (&self.module, &self.functions, &self.imports)
    }
}

impl Unparsed {
    /// Parse the kept text again (it parsed before, so this only fails on a parser failure).
    /// The module and function facts were computed from this very text: they are reused.
    pub fn reparse(&self) -> Result<FileAnalysis, SkipReason> {
        let parsed = source::parse_str(self.text.clone())?;
        Ok(FileAnalysis {
            path: self.path.clone(),
            parsed,
            module: self.module.clone(),
            functions: self.functions.clone(),
            imports: self.imports.clone(),
        })
    }

    fn link_parts(&self) -> LinkParts<'_> {
        (&self.module, &self.functions, &self.imports)
    }
}

type LinkParts<'a> = (
    &'a Arc<ModuleInfo>,
    &'a Vec<(FunctionDef, Arc<effects::Facts>)>,
    &'a effects::ImportFacts,
);

/// A file as [`Project::link`] sees it: with or without its syntax tree.
pub enum Linkable<'a> {
    Parsed(&'a FileAnalysis),
    Unparsed(&'a Unparsed),
}

impl Linkable<'_> {
    fn parts(&self) -> LinkParts<'_> {
        match self {
            Linkable::Parsed(f) => f.link_parts(),
            Linkable::Unparsed(u) => u.link_parts(),
        }
    }
}

/// Project-wide view shared by every file's rules.
#[derive(Default)]
pub struct Project {
    pub modules: BTreeMap<String, Arc<ModuleInfo>>,
    /// Two files claim one module name: they are left out of `modules`, so what they import is
    /// not known.
    pub ambiguous_modules: bool,
    pub functions: BTreeMap<String, FunctionDef>,
    pub entries: BTreeMap<String, FunctionFactsEntry>,
    pub summaries: Summaries,
    /// Method name -> a class of the project that defines it (`Buffer.append`).
    pub class_methods: BTreeMap<String, String>,
    /// What importing each module does (its code outside functions and `__main__` blocks).
    pub import_effects: BTreeMap<String, effects::Summary>,
    /// Module variables whose import-time value is computed with effects, with the first one:
    /// a worker process that imports the module again computes another value.
    pub volatile: BTreeMap<(String, String), effects::Effect>,
    /// Settings some code of the project changes (in a function, at import, or under
    /// `__main__`).
    pub settings_written: BTreeSet<vocab::Setting>,
    /// Types of the project functions' parameters, from the calls the project makes
    /// ([`effects::parameter_types`]).
    pub param_types: BTreeMap<String, Vec<Option<kb::Ty>>>,
    /// Every module's run-time hazards ([`crate::runtime`]), by module.
    pub hazards: Vec<(String, vocab::Hazard)>,
    /// State outside the project the program changes (`json.dumps`, `builtins.round`), with the
    /// module that changes it.
    pub patched: BTreeMap<String, String>,
    /// Project function -> the project functions that call it, built on first use.
    callers: std::sync::OnceLock<BTreeMap<String, Vec<String>>>,
    /// Some module imports `decimal`, computed on first use.
    imports_decimal: std::sync::OnceLock<bool>,
    /// Some module gathers tasks, computed on first use.
    gathers_tasks: std::sync::OnceLock<bool>,
}

impl Project {
    /// Link every file's facts and compute effect summaries to a fixed point.
    pub fn link(files: &[&FileAnalysis]) -> Project {
        let all: Vec<Linkable<'_>> = files.iter().map(|f| Linkable::Parsed(f)).collect();
        Self::link_all(&all)
    }

    /// [`Project::link`] over files some of whose trees were dropped.
    pub fn link_all(files: &[Linkable<'_>]) -> Project {
        let files: Vec<LinkParts<'_>> = files.iter().map(Linkable::parts).collect();
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (module, _, _) in &files {
            *seen.entry(module.name.as_str()).or_default() += 1;
        }
        let mut project = Project {
            ambiguous_modules: seen.values().any(|c| *c > 1),
            ..Project::default()
        };
        let mut import_time = BTreeSet::new();
        let mut foreign_writes = BTreeSet::new();
        for (module, _, _) in &files {
            // Kept from every file, even one whose module name is claimed twice: its writes
            // into other modules still happen.
            foreign_writes.extend(module.foreign_writes.iter().cloned());
            project.hazards.extend(
                module
                    .hazards
                    .iter()
                    .map(|h| (module.name.clone(), h.clone())),
            );
        }
        let mut module_imports = Vec::new();
        let mut patched = Vec::new();
        for (module, functions, imports) in files {
            patched.push((module.name.clone(), module.foreign_writes.clone()));
            // Two files claiming one module name: neither is trusted for cross-module calls.
            if seen.get(module.name.as_str()).copied().unwrap_or(0) > 1 {
                continue;
            }
            project
                .modules
                .insert(module.name.clone(), Arc::clone(module));
            module_imports.push((module.name.clone(), imports));
            for (method, class) in &module.class_methods {
                project
                    .class_methods
                    .entry(method.clone())
                    .or_insert_with(|| class.clone());
            }
            import_time.extend(module.import_time_calls.iter().cloned());
            for (def, facts) in functions {
                // A name bound more than once at module level has no single definition (a
                // static method `Class.name`: its class).
                let bound = def.name.split('.').next().unwrap_or(&def.name);
                if module.bindings.get(bound).is_some_and(|b| b.count > 1) {
                    continue;
                }
                project.functions.insert(def.qualname.clone(), def.clone());
                project.entries.insert(
                    def.qualname.clone(),
                    FunctionFactsEntry {
                        facts: Arc::clone(facts),
                        params: def.params.clone(),
                        star_params: def.star_params,
                        decorators: def.decorators.clone(),
                    },
                );
            }
        }
        // The summaries and the parameters' types from the calls do not depend on each other:
        // on two threads, the link waits for the longer only.
        let (summaries, param_types) = std::thread::scope(|scope| {
            let entries = &project.entries;
            let types = scope.spawn(|| {
                effects::parameter_types(
                    entries,
                    module_imports
                        .iter()
                        .flat_map(|(_, i)| i.code.calls.iter().chain(i.main.calls.iter())),
                )
            });
            let summaries = compute_summaries(entries, &import_time);
            // A panic on the other thread is re-raised here, as if it had run on this one.
            let types = types
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (summaries, types)
        });
        project.summaries = summaries;
        project.param_types = param_types;
        for s in project.summaries.by_name.values() {
            for e in &s.effects {
                if let effects::Effect::WritesSetting { setting, .. } = e {
                    project.settings_written.insert(*setting);
                }
            }
        }
        // What importing each module does, and which of its values are computed with effects
        // (clock, randomness, environment, files, unknown calls): a worker process that imports
        // it again computes them again.
        for (name, imports) in module_imports {
            let summarize = |f: &effects::Facts| {
                effects::summarize_region(f, &project.summaries, &project.entries)
            };
            let code = summarize(&imports.code);
            let main = summarize(&imports.main);
            for e in code.effects.iter().chain(main.effects.iter()) {
                if let effects::Effect::WritesSetting { setting, .. } = e {
                    project.settings_written.insert(*setting);
                }
            }
            project.import_effects.insert(name.clone(), code);
            for (var, facts) in &imports.values {
                let mut s = summarize(facts);
                // A logger is the same by name in every process.
                s.effects.retain(|e| {
                    !matches!(
                        e,
                        effects::Effect::ReadsSetting {
                            setting: vocab::Setting::LoggingConfig,
                            ..
                        }
                    )
                });
                if let Some(why) = s.effects.iter().next() {
                    project
                        .volatile
                        .insert((name.clone(), var.clone()), why.clone());
                }
            }
        }
        // Writes as the writing module spells them: its own variables by name, others' by
        // dotted path (`pkg.mod.SCALE`, or the module itself when a helper mutates it: `import
        // pkg` then `fill(pkg)`). A name bound twice (`import os` and `import os.path`) is the
        // writing module's own variable, whatever it holds.
        let mut paths = Vec::new();
        let mut written = BTreeSet::new();
        for (module, name) in std::mem::take(&mut project.summaries.runtime_written) {
            let bound_once = || {
                project
                    .modules
                    .get(&module)
                    .and_then(|m| m.bindings.get(&name))
                    .is_none_or(|b| b.count == 1)
            };
            if name.contains('.') || (project.modules.contains_key(&name) && bound_once()) {
                paths.push(foreign::ForeignWrite::AnyAttribute(name.clone()));
            }
            if !name.contains('.') {
                written.insert((module, name));
            }
        }
        for (module, writes) in patched {
            for p in foreign::outside_project(&project.modules, writes.iter()) {
                project.patched.entry(p).or_insert_with(|| module.clone());
            }
        }
        written.extend(foreign::changed_state(
            &project.modules,
            paths.iter().chain(foreign_writes.iter()),
        ));
        project.summaries.runtime_written = written
            .into_iter()
            .map(|(m, n)| project.defining(&m, &n))
            .collect();
        project
    }

    /// Whether some module of the project imports `decimal` (or a name of it).
    pub fn imports_decimal(&self) -> bool {
        *self.imports_decimal.get_or_init(|| {
            self.modules.values().any(|m| {
                m.imports
                    .values()
                    .any(|q| q == "decimal" || q.starts_with("decimal."))
            })
        })
    }

    /// Whether some module of the project runs coroutines together (`asyncio.gather`, a task
    /// group): without one, no coroutine has a peer.
    pub fn gathers_tasks(&self) -> bool {
        *self
            .gathers_tasks
            .get_or_init(|| self.modules.values().any(|m| !m.task_groups.is_empty()))
    }

    /// The project functions that call `function` directly.
    pub fn callers_of(&self, function: &str) -> &[String] {
        let map = self.callers.get_or_init(|| {
            let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for (name, entry) in &self.entries {
                for c in &entry.facts.calls {
                    map.entry(c.callee.clone()).or_default().push(name.clone());
                }
            }
            map
        });
        map.get(function).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Where a module variable is defined: `from .settings import CONFIG` in `pkg/__init__.py`
    /// makes `pkg.CONFIG` the object `CONFIG` of `pkg.settings`.
    pub fn defining(&self, module: &str, name: &str) -> (String, String) {
        let (mut module, mut name) = (module.to_owned(), name.to_owned());
        for _ in 0..8 {
            let Some(m) = self.modules.get(&module) else {
                break;
            };
            let Some(q) = m
                .bindings
                .get(&name)
                .filter(|b| b.kind == module::BindingKind::Import)
                .and_then(|_| m.imports.get(&name))
            else {
                break;
            };
            let Some((m2, Some(n2))) = foreign::split_module(&self.modules, q) else {
                break;
            };
            // Only a variable of a module (`pkg.settings.CONFIG`), not an object inside one.
            if q.len() != m2.len() + 1 + n2.len() {
                break;
            }
            (module, name) = (m2.to_owned(), n2.to_owned());
        }
        (module, name)
    }

    /// Whether a summarised function of the project writes the variable `name` of `module`
    /// (spelled as that module spells it: assigned under `global`, or changed in place).
    pub fn written_by_functions(&self, module: &str, name: &str) -> bool {
        self.summaries.by_name.values().any(|s| {
            s.effects.iter().any(|e| {
                matches!(e, effects::Effect::WritesGlobal { module: m, name: n }
                    if m == module && n == name)
            })
        })
    }

    /// Whether the module variable `name` of `module` (as a function reads it) may be changed
    /// at run time, so that a worker process would see another value than the caller.
    pub fn changed_at_run_time(&self, module: &str, name: &str) -> bool {
        self.summaries
            .runtime_written
            .contains(&self.defining(module, name))
    }
}
