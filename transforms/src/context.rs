//! What a rule sees while checking one file: the file, the project and the settings, and the
//! per-scope facts computed once on first use.

use std::collections::{BTreeMap, BTreeSet};

use crate::project::Project;
use crate::source::Parsed;
use crate::{effects, kb, module::ModuleInfo, scope};

/// Settings that change what rewrites look like.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// `max-workers` from the repository config.
    pub max_workers: Option<u32>,
    /// Lowest Python version the project supports (`requires-python`).
    pub min_python: Option<(u32, u32)>,
    /// `max-concurrency` from the repository config: tasks run at once by async rewrites.
    pub max_concurrency: Option<u32>,
    /// Distributions the project declares (normalised names: `numpy`, `scikit-learn`).
    pub dependencies: BTreeSet<String>,
    /// `rewrite-tests` from the repository config: test code is rewritten too (the caller
    /// applies it with [`crate::keep_test_code_unchanged`], knowing each file's project path).
    pub rewrite_tests: bool,
}

/// Everything a rule needs while checking one file.
pub struct FileContext<'a> {
    pub path: &'a str,
    pub parsed: &'a Parsed,
    pub module: &'a ModuleInfo,
    pub project: &'a Project,
    pub settings: &'a Settings,
    /// Every identifier spelled in the file (fresh names must avoid them).
    identifiers: std::cell::OnceCell<BTreeSet<String>>,
    /// Each scope's bindings (by the scope node's id), computed on first use.
    scope_bindings: std::cell::RefCell<BTreeMap<usize, std::rc::Rc<Vec<scope::Binding>>>>,
    /// Types of each scope's names (by the scope node's id), computed on first use.
    scope_types: std::cell::RefCell<BTreeMap<usize, std::rc::Rc<BTreeMap<String, kb::Ty>>>>,
    /// Code of function scopes in which no work was found (scope node id, byte range): a loop
    /// nested in it has no work either (see [`FileContext::note_no_work`]).
    no_work: std::cell::RefCell<Vec<(usize, usize, usize)>>,
}

impl<'a> FileContext<'a> {
    pub fn new(
        path: &'a str,
        parsed: &'a Parsed,
        module: &'a ModuleInfo,
        project: &'a Project,
        settings: &'a Settings,
    ) -> Self {
        FileContext {
            path,
            parsed,
            module,
            project,
            settings,
            identifiers: std::cell::OnceCell::new(),
            scope_bindings: Default::default(),
            scope_types: Default::default(),
            no_work: Default::default(),
        }
    }

    /// Record that the code of `node`, analysed as a region of the function `scope`, calls
    /// nothing that may be work (CPU-heavy or I/O). A loop nested in it is then known to have no
    /// work without analysing it again: its region is part of that code, the functions it
    /// calls are among those that code calls, and its names are resolved in the same function.
    pub fn note_no_work(&self, scope: scope::Scope<'_>, node: crate::ast::Node<'_>) {
        if !scope.is_module() {
            self.no_work
                .borrow_mut()
                .push((scope.node.id(), node.start_byte(), node.end_byte()));
        }
    }

    /// Whether `node` lies in code of `scope` recorded by [`FileContext::note_no_work`].
    pub fn known_no_work(&self, scope: scope::Scope<'_>, node: crate::ast::Node<'_>) -> bool {
        let (id, start, end) = (scope.node.id(), node.start_byte(), node.end_byte());
        self.no_work
            .borrow()
            .iter()
            .any(|&(s, a, b)| s == id && a <= start && end <= b)
    }

    pub fn src(&self) -> &str {
        self.parsed.text.as_str()
    }

    /// The names a scope binds in its own code, with where; computed once per scope.
    pub fn scope_bindings(&self, scope: scope::Scope<'_>) -> std::rc::Rc<Vec<scope::Binding>> {
        let key = scope.node.id();
        if let Some(b) = self.scope_bindings.borrow().get(&key) {
            return b.clone();
        }
        let b = std::rc::Rc::new(scope::bindings(self.src(), scope));
        self.scope_bindings.borrow_mut().insert(key, b.clone());
        b
    }

    /// The types of the names of a scope (a function, or the module), from one flow-insensitive
    /// pass over it with the project's summaries; computed once per scope.
    pub fn scope_types(&self, scope: scope::Scope<'_>) -> std::rc::Rc<BTreeMap<String, kb::Ty>> {
        let key = scope.node.id();
        if let Some(t) = self.scope_types.borrow().get(&key) {
            return t.clone();
        }
        let src = self.src();
        let params = scope.params(src);
        // Parameters typed by the calls the project makes (annotations below take precedence).
        let mut known = BTreeMap::new();
        if let Some(f) = scope.function_name(src) {
            if let Some(ts) = self
                .project
                .param_types
                .get(&format!("{}.{f}", self.module.name))
            {
                for (name, t) in params.iter().zip(ts) {
                    if let Some(t) = t.as_ref().filter(|t| !matches!(t, kb::Ty::Param(_))) {
                        known.insert(name.clone(), t.clone());
                    }
                }
            }
        }
        let mut analyzer = effects::BodyAnalyzer::new(self.module, src, &params)
            .with_summaries(&self.project.summaries, &self.project.entries)
            .with_types(&known);
        if scope.is_module() {
            analyzer = analyzer.at_module_level();
        }
        if let Some(p) = scope.parameters() {
            analyzer.note_parameter_types(p);
        }
        let types = std::rc::Rc::new(analyzer.types_of(&[scope.body()]));
        self.scope_types.borrow_mut().insert(key, types.clone());
        types
    }

    /// Every identifier spelled in the file, computed on first use (only rewrites need it).
    pub fn identifiers(&self) -> &BTreeSet<String> {
        self.identifiers
            .get_or_init(|| scope::all_identifiers(self.src(), self.parsed.root()))
    }
}
