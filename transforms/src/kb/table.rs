//! The parser of the knowledge base's line format. Errors name the file, the line and the problem.

use super::{Arg, Entry, Kb, Param, ParamKind, Returns, Spec, Ty, TypeInfo};
use crate::vocab::{Cost, IoKind, Setting, Stream};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct ParseError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

pub(super) fn parse_into(kb: &mut Kb, file: &str, text: &str) -> Result<(), ParseError> {
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let err = |message: String| ParseError {
            file: file.to_owned(),
            line,
            message,
        };
        let content = strip_comment(raw).trim();
        if content.is_empty() {
            continue;
        }
        if let Some(rest) = content.strip_prefix("type ") {
            let t = parse_type_decl(rest).map_err(err)?;
            if kb.types.insert(t.name.clone(), t).is_some() {
                return Err(err("type declared twice".into()));
            }
        } else if let Some((checked, rest)) = content
            .strip_prefix("duck-checked ")
            .map(|r| (true, r))
            .or_else(|| content.strip_prefix("duck ").map(|r| (false, r)))
        {
            let (name, types) = rest.split_once(':').ok_or_else(|| {
                err("expected `duck NAME: TYPE TYPE...` or `duck-checked NAME: TYPE...`".into())
            })?;
            let types: Vec<String> = types.split_whitespace().map(str::to_owned).collect();
            if types.is_empty() {
                return Err(err("a duck method needs at least one type".into()));
            }
            if checked {
                kb.duck_checked.insert(name.trim().to_owned());
            }
            kb.duck.insert(name.trim().to_owned(), types);
        } else {
            let entry = parse_entry(kb, content, &format!("{file}:{line}")).map_err(err)?;
            let duplicate = match &entry.owner {
                Some(owner) => {
                    let method = entry.name[owner.len() + 1..].to_owned();
                    kb.methods
                        .entry(owner.clone())
                        .or_default()
                        .insert(method, entry)
                        .is_some()
                }
                None => kb.functions.insert(entry.name.clone(), entry).is_some(),
            };
            if duplicate {
                return Err(err("entry listed twice".into()));
            }
        }
    }
    Ok(())
}

/// Cross-checks once every file is read: types referenced exist, duck lists name real methods,
/// every entry has an example or says why not.
pub(super) fn validate(kb: &Kb) -> Result<(), ParseError> {
    let at_err = |at: &str, message: String| {
        let (file, line) = at.rsplit_once(':').unwrap_or((at, "0"));
        ParseError {
            file: file.to_owned(),
            line: line.parse().unwrap_or(0),
            message,
        }
    };
    for e in kb.entries() {
        let mut names = Vec::new();
        type_names(&e.returns.ty(), &mut names);
        for n in names {
            if !kb.types.contains_key(&n) {
                return Err(at_err(
                    &e.at,
                    format!("unknown type `{n}` (declare it in types.kb)"),
                ));
            }
        }
        if e.example.is_none() && e.untested.is_none() {
            return Err(at_err(
                &e.at,
                "every entry needs `e.g. ARGS` (or `untested REASON`)".into(),
            ));
        }
    }
    for (name, types) in &kb.duck {
        for t in types {
            if !kb.methods.get(t).is_some_and(|m| m.contains_key(name)) {
                return Err(ParseError {
                    file: "types.kb".into(),
                    line: 0,
                    message: format!("duck `{name}` names `{t}.{name}`, which is not listed"),
                });
            }
        }
    }
    Ok(())
}

fn type_names(t: &Ty, out: &mut Vec<String>) {
    match t {
        Ty::Unknown | Ty::Param(_) | Ty::Field(..) => {}
        Ty::Record(r) => r.fields.iter().for_each(|(_, t)| type_names(t, out)),
        Ty::Union(alts) => alts.iter().for_each(|a| type_names(a, out)),
        Ty::Named(n, args) => {
            out.push(n.clone());
            args.iter().for_each(|a| type_names(a, out));
        }
    }
}

/// `#` starts a comment outside quotes.
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '#') => return &line[..i],
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
    }
    line
}

fn parse_type_decl(rest: &str) -> Result<TypeInfo, String> {
    let (flags, python) = match rest.split_once("python=") {
        Some((f, p)) => (f, Some(p.trim().to_owned())),
        None => (rest, None),
    };
    let mut words = flags.split_whitespace();
    let name = words.next().ok_or("expected a type name")?.to_owned();
    let mut t = TypeInfo {
        name,
        immutable: false,
        picklable: true,
        thread_unsafe: false,
        container: false,
        reorders: false,
        python,
    };
    for w in words {
        match w {
            "immutable" => t.immutable = true,
            "unpicklable" => t.picklable = false,
            "thread-unsafe" => t.thread_unsafe = true,
            "container" => t.container = true,
            "reorders" => t.reorders = true,
            other => return Err(format!("unknown type flag `{other}`")),
        }
    }
    Ok(t)
}

/// Split on `sep` outside brackets and quotes.
fn split_top(s: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') => depth -= 1,
            (None, c) if c == sep && depth == 0 => {
                out.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

fn parse_entry(kb: &Kb, content: &str, at: &str) -> Result<Entry, String> {
    let segments: Vec<&str> = content.split(" ; ").map(str::trim).collect();
    let head = segments[0];
    let (sig, result) = head
        .split_once("->")
        .ok_or("expected `name(params) -> result`")?;
    let sig = sig.trim();
    let open = sig.find('(').ok_or("expected `(` after the name")?;
    if !sig.ends_with(')') {
        return Err("expected `)` at the end of the signature".into());
    }
    let name = sig[..open].trim().to_owned();
    if name.is_empty() || name.contains(char::is_whitespace) {
        return Err(format!("bad name `{name}`"));
    }
    let owner = name
        .rsplit_once('.')
        .map(|(o, _)| o)
        .filter(|o| kb.types.contains_key(*o))
        .map(str::to_owned);
    if owner.is_none() && !name.contains('.') {
        return Err(format!(
            "`{name}`: functions are qualified by their module (`builtins.{name}`)"
        ));
    }
    let params = parse_params(&sig[open + 1..sig.len() - 1])?;
    let mut entry = Entry {
        name,
        owner,
        params,
        returns: Returns::Nothing,
        effects: vec![],
        cost: Cost::Cheap,
        example: None,
        untested: None,
        at: at.to_owned(),
    };
    entry.returns = parse_returns(&entry, result.trim())?;
    for seg in &segments[1..] {
        let (word, arg) = match seg.split_once(char::is_whitespace) {
            Some((w, a)) => (w, a.trim()),
            None => (*seg, ""),
        };
        match word {
            "mutates" => {
                for a in arg.split(',') {
                    let a = arg_ref(&entry, a.trim())?;
                    entry.effects.push(Spec::Mutates(a));
                }
            }
            "calls" => {
                for a in arg.split(',') {
                    let a = arg_ref(&entry, a.trim())?;
                    entry.effects.push(Spec::Calls(a));
                }
            }
            "reads" | "writes" => {
                let s = Setting::from_name(arg).ok_or(format!("unknown setting `{arg}`"))?;
                entry.effects.push(if word == "reads" {
                    Spec::Reads(s)
                } else {
                    Spec::Writes(s)
                });
            }
            "io" => {
                let k = IoKind::from_name(arg).ok_or(format!("unknown I/O kind `{arg}`"))?;
                entry.effects.push(Spec::Io(k));
            }
            "output" => {
                let s = Stream::from_name(arg).ok_or(format!("unknown stream `{arg}`"))?;
                entry.effects.push(Spec::Output(s));
            }
            "rng" => entry.effects.push(Spec::Rng),
            "clock" => entry.effects.push(Spec::Clock),
            "identity" => entry.effects.push(Spec::Identity),
            "lazy" => entry.effects.push(Spec::Lazy),
            "cost" => entry.cost = Cost::from_name(arg).ok_or(format!("unknown cost `{arg}`"))?,
            "e.g." => {
                if arg.is_empty()
                    && entry.params.iter().any(|p| {
                        !p.has_default
                            && matches!(p.kind, ParamKind::Normal | ParamKind::PositionalOnly)
                    })
                {
                    return Err("`e.g.` needs the arguments of a call".into());
                }
                if entry.owner.is_some() && !arg.contains("::") {
                    return Err("a method's example is `RECEIVER :: ARGS`".into());
                }
                entry.example = Some(arg.to_owned());
            }
            "untested" => {
                if arg.is_empty() {
                    return Err("`untested` needs a reason".into());
                }
                entry.untested = Some(arg.to_owned());
            }
            other => return Err(format!("unknown segment `{other}`")),
        }
    }
    Ok(entry)
}

fn parse_params(s: &str) -> Result<Vec<Param>, String> {
    let mut out = Vec::new();
    let mut keyword_only = false;
    if s.trim().is_empty() {
        return Ok(out);
    }
    for p in split_top(s, ',') {
        let p = p.trim();
        if p == "/" {
            for q in out.iter_mut() {
                let q: &mut Param = q;
                if q.kind == ParamKind::Normal {
                    q.kind = ParamKind::PositionalOnly;
                }
            }
            continue;
        }
        if p == "*" {
            keyword_only = true;
            continue;
        }
        let (name, has_default) = match p.split_once('=') {
            Some((n, _)) => (n.trim(), true),
            None => (p, false),
        };
        let (name, kind) = if let Some(n) = name.strip_prefix("**") {
            (n, ParamKind::DoubleStar)
        } else if let Some(n) = name.strip_prefix('*') {
            keyword_only = true;
            (n, ParamKind::Star)
        } else if keyword_only {
            (name, ParamKind::KeywordOnly)
        } else {
            (name, ParamKind::Normal)
        };
        if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Err(format!("bad parameter `{p}`"));
        }
        out.push(Param {
            name: name.to_owned(),
            kind,
            has_default,
        });
    }
    Ok(out)
}

fn arg_ref(entry: &Entry, s: &str) -> Result<Arg, String> {
    match s {
        "self" if entry.owner.is_some() => Ok(Arg::Receiver),
        "*" => Ok(Arg::Every),
        name => entry
            .params
            .iter()
            .position(|p| p.name == name)
            .map(Arg::Param)
            .ok_or(format!("`{name}` is not a parameter of `{}`", entry.name)),
    }
}

fn parse_returns(entry: &Entry, s: &str) -> Result<Returns, String> {
    if s == "None" {
        return Ok(Returns::Nothing);
    }
    if s == "self" {
        return Ok(Returns::Receiver);
    }
    let (word, rest) = s.split_once(char::is_whitespace).ok_or(format!(
        "expected `None`, `self`, `new T`, `holds T` or `part T`, found `{s}`"
    ))?;
    let (ty, of) = match rest.split_once(" of ") {
        Some((t, of)) => (t.trim(), Some(of.trim())),
        None => (rest.trim(), None),
    };
    let ty = parse_ty(ty)?;
    let args = match of {
        Some(list) => list
            .split(',')
            .map(|a| arg_ref(entry, a.trim()))
            .collect::<Result<Vec<_>, _>>()?,
        None => vec![Arg::Every],
    };
    match word {
        "new" if of.is_none() => Ok(Returns::New(ty)),
        "holds" => Ok(Returns::Holds(ty, args)),
        "part" => Ok(Returns::Part(ty, args)),
        _ => Err(format!(
            "expected `new T`, `holds T [of ARGS]` or `part T [of ARGS]`, found `{s}`"
        )),
    }
}

/// `str`, `list[str]`, `tuple[int, str]`, `re.Match|None`, `?`.
pub(super) fn parse_ty(s: &str) -> Result<Ty, String> {
    let s = s.trim();
    let alts = split_top(s, '|');
    if alts.len() > 1 {
        let parsed = alts
            .iter()
            .map(|a| parse_ty(a))
            .collect::<Result<Vec<_>, _>>()?;
        return Ok(Ty::Union(parsed));
    }
    if s == "?" {
        return Ok(Ty::Unknown);
    }
    match s.find('[') {
        Some(open) => {
            let inner = s[open + 1..]
                .strip_suffix(']')
                .ok_or(format!("unbalanced `[` in `{s}`"))?;
            let args = split_top(inner, ',')
                .into_iter()
                .map(parse_ty)
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Ty::Named(s[..open].trim().to_owned(), args))
        }
        None if !s.is_empty()
            && s.chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.') =>
        {
            Ok(Ty::named(s))
        }
        None => Err(format!("bad type `{s}`")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kb_with(text: &str) -> Result<Kb, ParseError> {
        let mut kb = Kb::default();
        parse_into(
            &mut kb,
            "types.kb",
            "type str immutable\ntype list\ntype None immutable\n",
        )?;
        parse_into(&mut kb, "t.kb", text)?;
        validate(&kb)?;
        Ok(kb)
    }

    #[test]
    fn errors_say_file_line_and_problem() {
        let e = kb_with("\nmod.f(a) -> None ; mutates b ; e.g. 1\n").unwrap_err();
        assert_eq!(e.to_string(), "t.kb:2: `b` is not a parameter of `mod.f`");
        let e = kb_with("mod.f(a) -> new frob ; e.g. 1\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "t.kb:1: unknown type `frob` (declare it in types.kb)"
        );
        let e = kb_with("mod.f(a) -> None\n").unwrap_err();
        assert!(e.to_string().contains("needs `e.g. ARGS`"), "{e}");
        let e = kb_with("mod.f(a) -> None ; reads gravity ; e.g. 1\n").unwrap_err();
        assert_eq!(e.to_string(), "t.kb:1: unknown setting `gravity`");
        let e = kb_with("f(a) -> None ; e.g. 1\n").unwrap_err();
        assert!(e.to_string().contains("qualified by their module"), "{e}");
    }

    #[test]
    fn signatures_and_results() {
        let kb = kb_with(
            "mod.f(a, /, b=', ', *, key=None) -> holds list[str] of a ; calls key ; e.g. [1], 2 # c\nstr.g(x) -> self ; e.g. 'a' :: 1\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let f = &kb.functions["mod.f"];
        assert_eq!(f.params.len(), 3);
        assert_eq!(f.params[0].kind, ParamKind::PositionalOnly);
        assert_eq!(f.params[2].kind, ParamKind::KeywordOnly);
        assert_eq!(f.effects, vec![Spec::Calls(Arg::Param(2))]);
        assert_eq!(
            f.returns,
            Returns::Holds(
                Ty::Named("list".into(), vec![Ty::named("str")]),
                vec![Arg::Param(0)]
            )
        );
        assert_eq!(f.example.as_deref(), Some("[1], 2"));
        let g = &kb.methods["str"]["g"];
        assert_eq!(g.returns, Returns::Receiver);
    }
}
