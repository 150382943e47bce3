//! Reading the settings table (`[tool.parallelize]` or the top level of
//! parallelize.toml) and its `bot` sub-table into a [`RepoConfig`].

use toml_edit::{Item, TableLike};

use crate::error::{ConfigError, Ctx};
use crate::filter::check_pattern;
use crate::repo::{BotConfig, RepoConfig, Schedule};
use crate::selection::is_valid_selector;
use crate::suggest::closest;
use crate::values::{check_branch_prefix, Field};

/// The keys allowed in the main settings table.
pub(crate) const SETTINGS_KEYS: &[&str] = &[
    "include",
    "exclude",
    "select",
    "ignore",
    "max-workers",
    "max-concurrency",
    "setup-command",
    "test-command",
    "test-timeout",
    "network-in-tests",
    "rewrite-tests",
    "bot",
];

/// The keys allowed in the `bot` table.
pub(crate) const BOT_KEYS: &[&str] = &[
    "on-push",
    "schedule",
    "labels",
    "open-pr-limit",
    "branch-prefix",
    "dashboard",
    "max-break-even",
    "min-speedup",
    "replay-seconds",
];

/// How the settings tables are called in messages, which depends on the file kind.
pub(crate) struct TableNames {
    /// The main table, e.g. `[tool.parallelize]`.
    pub(crate) main: &'static str,
    /// The bot table, e.g. `[tool.parallelize.bot]`.
    pub(crate) bot: &'static str,
}

/// Names used for pyproject.toml.
pub(crate) const PYPROJECT: TableNames = TableNames {
    main: "[tool.parallelize]",
    bot: "[tool.parallelize.bot]",
};

/// Names used for parallelize.toml.
pub(crate) const PARALLELIZE_TOML: TableNames = TableNames {
    main: "the top level",
    bot: "[bot]",
};

/// Reads the main settings table. Keys not given keep their defaults.
pub(crate) fn settings(
    table: &dyn TableLike,
    ctx: &Ctx<'_>,
    names: &TableNames,
) -> Result<RepoConfig, ConfigError> {
    let mut config = RepoConfig::default();
    for field in fields(table) {
        match field.name {
            "include" => config.include = field.string_array(ctx, |p| glob(&field, p))?,
            "exclude" => config.exclude = field.string_array(ctx, |p| glob(&field, p))?,
            "select" => config.select = field.string_array(ctx, |s| selector(&field, s))?,
            "ignore" => config.ignore = field.string_array(ctx, |s| selector(&field, s))?,
            "max-workers" => config.max_workers = Some(field.int_in(ctx, 1..=1024)?),
            "max-concurrency" => config.max_concurrency = Some(field.int_in(ctx, 1..=10_000)?),
            "setup-command" => config.setup_command = Some(field.non_empty_string(ctx)?),
            "test-command" => config.test_command = Some(field.non_empty_string(ctx)?),
            "test-timeout" => config.test_timeout = field.duration(ctx)?,
            "network-in-tests" => config.network_in_tests = field.bool(ctx)?,
            "rewrite-tests" => config.rewrite_tests = field.bool(ctx)?,
            "bot" => config.bot = bot(&field, ctx, names)?,
            _ => return Err(unknown_key(&field, ctx, names.main, SETTINGS_KEYS)),
        }
    }
    Ok(config)
}

/// Reads the `bot` table.
fn bot(field: &Field<'_>, ctx: &Ctx<'_>, names: &TableNames) -> Result<BotConfig, ConfigError> {
    let table = field
        .item
        .as_table_like()
        .ok_or_else(|| field.type_error(ctx, "a table"))?;
    let mut bot = BotConfig::default();
    for field in fields(table) {
        match field.name {
            "on-push" => bot.on_push = field.bool(ctx)?,
            "schedule" => bot.schedule = schedule(&field, ctx)?,
            "labels" => bot.labels = field.string_array(ctx, |l| label(&field, l))?,
            "open-pr-limit" => bot.open_pr_limit = field.int_in(ctx, 0..=100)?,
            "dashboard" => bot.dashboard = field.bool(ctx)?,
            "max-break-even" => bot.max_break_even = field.int_in(ctx, 1..=1_000_000)?,
            "min-speedup" => {
                bot.min_speedup =
                    crate::Speedup::from_hundredths(field.hundredths_in(ctx, 1.0..=100.0)?)
            }
            "replay-seconds" => {
                let hundredths = field.hundredths_in(ctx, 0.1..=10.0)?;
                bot.replay_seconds = std::time::Duration::from_millis(u64::from(hundredths) * 10);
            }
            "branch-prefix" => {
                let prefix = field.str(ctx)?;
                check_branch_prefix(prefix).map_err(|why| ctx.invalid(field.span(), why))?;
                bot.branch_prefix = prefix.to_owned();
            }
            _ => return Err(unknown_key(&field, ctx, names.bot, BOT_KEYS)),
        }
    }
    Ok(bot)
}

/// The entries of `table` in document order, with their key spans.
pub(crate) fn fields(table: &dyn TableLike) -> impl Iterator<Item = Field<'_>> {
    table.iter().map(move |(name, item): (&str, &Item)| Field {
        name,
        item,
        key_span: table.key(name).and_then(|k| k.span()),
    })
}

/// The error for a key that is not in `known`, with a suggestion when one is close.
fn unknown_key(field: &Field<'_>, ctx: &Ctx<'_>, table: &str, known: &[&str]) -> ConfigError {
    let name = field.name;
    let hint = match closest(name, known) {
        Some(suggestion) => format!("did you mean `{suggestion}`?"),
        None => {
            let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            format!("allowed keys are {}", list.join(", "))
        }
    };
    let span = field.key_span.clone().or_else(|| field.item.span());
    ctx.invalid(span, format!("unknown key `{name}` in {table}; {hint}"))
}

/// Checks an `include` / `exclude` entry.
fn glob(field: &Field<'_>, pattern: &str) -> Result<(), String> {
    check_pattern(pattern)
        .map_err(|why| format!("invalid glob {pattern:?} in `{}`: {why}", field.name))
}

/// Checks a `select` / `ignore` entry.
fn selector(field: &Field<'_>, code: &str) -> Result<(), String> {
    if is_valid_selector(code) {
        return Ok(());
    }
    Err(format!(
        "invalid rule selector {code:?} in `{}`; expected `ALL` or a rule code or prefix: `PAR` followed by up to 3 digits, such as \"PAR\", \"PAR1\", \"PAR101\"",
        field.name
    ))
}

/// Checks a `labels` entry.
fn label(field: &Field<'_>, label: &str) -> Result<(), String> {
    if label.trim().is_empty() {
        return Err(format!(
            "`{}` entries must be non-empty strings",
            field.name
        ));
    }
    Ok(())
}

/// Reads `schedule`.
fn schedule(field: &Field<'_>, ctx: &Ctx<'_>) -> Result<Schedule, ConfigError> {
    let text = field.str(ctx)?;
    Schedule::from_name(text).ok_or_else(|| {
        ctx.invalid(
            field.span(),
            format!("invalid `schedule` {text:?}; expected one of \"off\", \"daily\", \"weekly\", \"monthly\""),
        )
    })
}
