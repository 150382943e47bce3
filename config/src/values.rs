//! Typed reading of single configuration values, with positioned errors.

use std::ops::{Range, RangeInclusive};
use std::time::Duration;

use toml_edit::{Item, Value};

use crate::error::{ConfigError, Ctx};

/// One `key = value` entry of a table being read.
pub(crate) struct Field<'a> {
    /// The key as written (after unquoting).
    pub(crate) name: &'a str,
    /// The value.
    pub(crate) item: &'a Item,
    /// Where the key is in the file.
    pub(crate) key_span: Option<Range<usize>>,
}

impl Field<'_> {
    /// Where the value is in the file (the key when the value has no span).
    pub(crate) fn span(&self) -> Option<Range<usize>> {
        self.item.span().or_else(|| self.key_span.clone())
    }

    /// An error at the value saying that it must be `expected`.
    pub(crate) fn type_error(&self, ctx: &Ctx<'_>, expected: &str) -> ConfigError {
        let found = self.item.type_name();
        ctx.invalid(
            self.span(),
            format!("`{}` must be {expected}, found {found}", self.name),
        )
    }

    /// The value, if it is a plain value (not a table).
    fn value(&self, ctx: &Ctx<'_>, expected: &str) -> Result<&Value, ConfigError> {
        self.item
            .as_value()
            .ok_or_else(|| self.type_error(ctx, expected))
    }

    /// A boolean value.
    pub(crate) fn bool(&self, ctx: &Ctx<'_>) -> Result<bool, ConfigError> {
        let expected = "a boolean (true or false)";
        self.value(ctx, expected)?
            .as_bool()
            .ok_or_else(|| self.type_error(ctx, expected))
    }

    /// A string value.
    pub(crate) fn str(&self, ctx: &Ctx<'_>) -> Result<&str, ConfigError> {
        let expected = "a string";
        self.value(ctx, expected)?
            .as_str()
            .ok_or_else(|| self.type_error(ctx, expected))
    }

    /// A string that is not empty or blank.
    pub(crate) fn non_empty_string(&self, ctx: &Ctx<'_>) -> Result<String, ConfigError> {
        let text = self.str(ctx)?;
        if text.trim().is_empty() {
            return Err(ctx.invalid(self.span(), format!("`{}` must not be empty", self.name)));
        }
        Ok(text.to_owned())
    }

    /// An integer within `range`.
    pub(crate) fn int_in(
        &self,
        ctx: &Ctx<'_>,
        range: RangeInclusive<u32>,
    ) -> Result<u32, ConfigError> {
        let expected = "an integer";
        let n = self
            .value(ctx, expected)?
            .as_integer()
            .ok_or_else(|| self.type_error(ctx, expected))?;
        u32::try_from(n)
            .ok()
            .filter(|n| range.contains(n))
            .ok_or_else(|| {
                let (lo, hi) = (range.start(), range.end());
                ctx.invalid(
                    self.span(),
                    format!("`{}` must be between {lo} and {hi}, found {n}", self.name),
                )
            })
    }

    /// A number (integer or float) within `range`, rounded to hundredths: the value times 100.
    pub(crate) fn hundredths_in(
        &self,
        ctx: &Ctx<'_>,
        range: RangeInclusive<f64>,
    ) -> Result<u32, ConfigError> {
        let expected = "a number";
        let value = self.value(ctx, expected)?;
        let n = value
            .as_float()
            .or_else(|| value.as_integer().map(|i| i as f64))
            .ok_or_else(|| self.type_error(ctx, expected))?;
        if !range.contains(&n) {
            let (lo, hi) = (range.start(), range.end());
            return Err(ctx.invalid(
                self.span(),
                format!("`{}` must be between {lo} and {hi}, found {n}", self.name),
            ));
        }
        Ok((n * 100.0).round() as u32)
    }

    /// An array of strings, each accepted by `check` (which explains a rejection).
    pub(crate) fn string_array(
        &self,
        ctx: &Ctx<'_>,
        check: impl Fn(&str) -> Result<(), String>,
    ) -> Result<Vec<String>, ConfigError> {
        let expected = "an array of strings";
        let array = self
            .value(ctx, expected)?
            .as_array()
            .ok_or_else(|| self.type_error(ctx, expected))?;
        let mut out = Vec::with_capacity(array.len());
        for element in array.iter() {
            let Some(text) = element.as_str() else {
                let message = format!(
                    "`{}` must be an array of strings, found {} element",
                    self.name,
                    article(element.type_name())
                );
                return Err(ctx.invalid(element.span(), message));
            };
            check(text).map_err(|why| ctx.invalid(element.span(), why))?;
            out.push(text.to_owned());
        }
        Ok(out)
    }

    /// A duration: a positive integer number of seconds, or a string such as `"90s"`,
    /// `"15m"`, `"1h30m"` (see [`parse_duration`]).
    pub(crate) fn duration(&self, ctx: &Ctx<'_>) -> Result<Duration, ConfigError> {
        let allowed = "a positive integer number of seconds or a duration string like \"90s\", \"15m\", \"1h30m\"";
        let value = self.value(ctx, allowed)?;
        if let Some(seconds) = value.as_integer() {
            return u64::try_from(seconds)
                .ok()
                .filter(|&s| s > 0)
                .map(Duration::from_secs)
                .ok_or_else(|| {
                    ctx.invalid(
                        self.span(),
                        format!("`{}` must be {allowed}, found {seconds}", self.name),
                    )
                });
        }
        let text = value
            .as_str()
            .ok_or_else(|| self.type_error(ctx, allowed))?;
        parse_duration(text).ok_or_else(|| {
            ctx.invalid(
                self.span(),
                format!(
                    "invalid duration {text:?} for `{}`; expected {allowed}",
                    self.name
                ),
            )
        })
    }
}

/// "an integer", "a string", ... for messages.
pub(crate) fn article(type_name: &str) -> String {
    match type_name.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {type_name}"),
        _ => format!("a {type_name}"),
    }
}

/// Parses a positive duration written as hours, minutes and seconds in that order, each
/// at most once, without spaces: `"90s"`, `"15m"`, `"1h"`, `"1h30m"`, `"2m30s"`.
/// Returns `None` for anything else, including a zero total.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let mut total: u64 = 0;
    let mut rest = text;
    // Units allowed next, largest first; each unit may only follow larger ones.
    let mut units: &[(char, u64)] = &[('h', 3600), ('m', 60), ('s', 1)];
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit())?;
        if digits == 0 {
            return None;
        }
        let number: u64 = rest[..digits].parse().ok()?;
        let unit = rest[digits..].chars().next()?;
        let position = units.iter().position(|&(u, _)| u == unit)?;
        let seconds = number.checked_mul(units[position].1)?;
        total = total.checked_add(seconds)?;
        units = &units[position + 1..];
        rest = &rest[digits + unit.len_utf8()..];
    }
    (total > 0).then(|| Duration::from_secs(total))
}

/// Checks a `bot.branch-prefix`: it must be usable at the start of a git branch name.
pub(crate) fn check_branch_prefix(prefix: &str) -> Result<(), String> {
    match branch_prefix_problem(prefix) {
        None => Ok(()),
        Some(problem) => Err(format!(
            "invalid `branch-prefix` {prefix:?}: {problem}; it must be the start of a valid git branch name, such as \"parallelize/\""
        )),
    }
}

/// What makes `prefix` unusable as the start of a git branch name, if anything.
fn branch_prefix_problem(prefix: &str) -> Option<String> {
    if prefix.is_empty() {
        return Some("must not be empty".to_owned());
    }
    if prefix.starts_with('/') || prefix.starts_with('-') {
        return Some("must not start with `/` or `-`".to_owned());
    }
    if prefix.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some("must not contain spaces or control characters".to_owned());
    }
    if let Some(c) = prefix.chars().find(|c| "~^:?*[\\".contains(*c)) {
        return Some(format!("must not contain `{c}`"));
    }
    ["..", "@{", "//"]
        .into_iter()
        .find(|seq| prefix.contains(seq))
        .map(|seq| format!("must not contain `{seq}`"))
}

#[cfg(test)]
mod tests {
    use super::{check_branch_prefix, parse_duration};
    use std::time::Duration;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90s"), Some(Duration::from_secs(90)));
        assert_eq!(parse_duration("15m"), Some(Duration::from_secs(900)));
        assert_eq!(parse_duration("1h"), Some(Duration::from_secs(3600)));
        assert_eq!(parse_duration("1h30m"), Some(Duration::from_secs(5400)));
        assert_eq!(parse_duration("1h0m5s"), Some(Duration::from_secs(3605)));
        assert_eq!(parse_duration("2m30s"), Some(Duration::from_secs(150)));
        for bad in [
            "",
            "0s",
            "0h0m",
            "15",
            "m",
            "15x",
            "1m1h",
            "1h1h",
            "1h 30m",
            "-5s",
            "1.5h",
            "15M",
            "99999999999999999999h",
            "5124095576030432h",
        ] {
            assert_eq!(parse_duration(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn branch_prefixes() {
        for ok in ["parallelize/", "bots/par-", "x", "a.b/c_d/"] {
            assert_eq!(check_branch_prefix(ok), Ok(()), "{ok}");
        }
        let err = |p: &str| check_branch_prefix(p).err().unwrap_or_default();
        assert!(err("").contains(": must not be empty;"));
        assert!(err("/x").contains(": must not start with `/` or `-`;"));
        assert!(err("-x").contains(": must not start with `/` or `-`;"));
        assert!(err("my branch/").contains(": must not contain spaces or control characters;"));
        assert!(err("a..b/").contains(": must not contain `..`;"));
        assert!(err("a@{b").contains(": must not contain `@{`;"));
        assert!(err("a//b").contains(": must not contain `//`;"));
        for c in ['~', '^', ':', '?', '*', '[', '\\'] {
            assert!(
                err(&format!("a{c}b")).contains(&format!(": must not contain `{c}`;")),
                "{c}"
            );
        }
        assert_eq!(
            err("a b"),
            "invalid `branch-prefix` \"a b\": must not contain spaces or control characters; it must be the start of a valid git branch name, such as \"parallelize/\""
        );
    }
}
