//! `parallelize serve`: the GitHub App. A verifying webhook route that only validates, records
//! and enqueues (webhook.rs), a durable job queue (queue.rs), and workers that do the long work
//! (worker.rs).

mod closed;
mod command;
mod memory;
mod metrics;
mod push;
mod queue;
mod sweep;
mod webhook;
mod worker;

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use config::AppSettings;
use tokio::sync::Notify;

use crate::cli::ServeArgs;
use crate::github::GitHub;
use queue::{Policy, Queue};

/// What the request handlers share.
#[derive(Clone)]
pub struct AppState {
    pub queue: Queue,
    pub webhook_secrets: Arc<Vec<String>>,
    /// Wakes idle workers when a job is queued.
    pub wake: Arc<Notify>,
    /// What `GET /metrics` shows (shared with the workers).
    pub metrics: Arc<metrics::Metrics>,
}

pub fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let settings = match AppSettings::load(args.config.as_deref(), &cwd, &|k| std::env::var(k).ok())
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("parallelize: error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    if args.isolation == crate::cli::Isolation::Bubblewrap {
        if let Some(problem) = bubblewrap_problem() {
            eprintln!(
                "parallelize: error: --isolation bubblewrap (the default of serve): {problem}; \
                 install bubblewrap, or pass --isolation auto or none to run repositories' code \
                 without it"
            );
            return Ok(ExitCode::from(2));
        }
    }
    init_tracing();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    // octocrab's client needs the runtime (its tower buffer spawns a task).
    let entered = runtime.enter();
    let github = match GitHub::new(
        &settings.github_api_url,
        settings.app_id,
        settings.private_key_pem.expose(),
        crate::github::Policy::default(),
    ) {
        Ok(g) => g,
        Err(e) => {
            let setting = match e {
                crate::github::GitHubError::Key(_) => "PARALLELIZE_PRIVATE_KEY",
                _ => "PARALLELIZE_GITHUB_API_URL",
            };
            eprintln!("parallelize: error: {setting}: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    drop(entered);
    let policy = Policy {
        lease: std::time::Duration::from_secs(args.job_lease),
        ..Policy::default()
    };
    let workers = worker::Shared {
        metrics: Arc::new(metrics::Metrics::new(github.api_stats())),
        github,
        python: args.python.clone(),
        isolation: args.isolation,
    };
    let sweep_tick = std::time::Duration::from_secs(args.sweep_tick);
    runtime.block_on(serve(settings, policy, workers, sweep_tick))?;
    Ok(ExitCode::SUCCESS)
}

/// Why bubblewrap cannot isolate the repositories' code here, if it cannot (a trial sandbox).
fn bubblewrap_problem() -> Option<String> {
    use crate::sandbox::{Isolation, Limits, Sandbox};
    let scratch = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => return Some(format!("cannot create a scratch directory: {e}")),
    };
    match Sandbox::new(
        scratch.path(),
        Vec::new(),
        Vec::new(),
        Limits::with_timeout(std::time::Duration::from_secs(10)),
        true,
    ) {
        Ok(sandbox) if sandbox.isolation() == Isolation::Bubblewrap => None,
        Ok(sandbox) => Some(sandbox.describe(false)),
        Err(e) => Some(e.to_string()),
    }
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(false)
        .try_init();
}

async fn serve(
    settings: AppSettings,
    policy: Policy,
    shared: worker::Shared,
    sweep_tick: std::time::Duration,
) -> anyhow::Result<()> {
    let shown_url = settings.redacted_database_url();
    let queue = Queue::connect(settings.database_url.as_str(), &shown_url, policy).await?;
    let state = AppState {
        queue: queue.clone(),
        webhook_secrets: Arc::new(
            settings
                .webhook_secrets
                .iter()
                .map(|s| s.expose().to_owned())
                .collect(),
        ),
        wake: Arc::new(Notify::new()),
        metrics: shared.metrics.clone(),
    };
    let app = Router::new()
        .route("/webhook", post(webhook::handle))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .layer(DefaultBodyLimit::max(webhook::MAX_BODY))
        .with_state(state.clone());
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .with_context(|| format!("cannot listen on {}", settings.listen))?;
    let addr: SocketAddr = listener.local_addr().context("no local address")?;
    tracing::info!(%addr, database = %shown_url, workers = settings.workers, "listening");
    // Tests and scripts read the bound address (the port may be 0 in the settings).
    println!("listening on http://{addr}");

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let shared = Arc::new(shared);
    let mut workers = Vec::new();
    for n in 0..=settings.workers {
        // Worker `workers` is the quick lane.
        let kinds = if n == settings.workers {
            worker::QUICK_KINDS
        } else {
            worker::KINDS
        };
        workers.push(tokio::spawn(worker::run(
            n,
            kinds,
            state.queue.clone(),
            shared.clone(),
            state.wake.clone(),
            stop_rx.clone(),
        )));
    }
    let scheduler = tokio::spawn(schedule_sweeps(
        state.queue.clone(),
        state.wake.clone(),
        sweep_tick,
        stop_rx.clone(),
    ));
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("the HTTP server failed")?;
    tracing::info!(
        grace_s = SHUTDOWN_GRACE.as_secs(),
        "shutting down: no new jobs; waiting for running ones"
    );
    let _ = stop_tx.send(true);
    scheduler.abort();
    state.wake.notify_waiters();
    let aborts: Vec<_> = workers.iter().map(|w| w.abort_handle()).collect();
    let all = futures_join(workers);
    if tokio::time::timeout(SHUTDOWN_GRACE, all).await.is_err() {
        // Their leases expire and the jobs run again (here after a restart, or on a replica).
        tracing::warn!("jobs still running after the grace period: stopped; they will run again");
        for a in aborts {
            a.abort();
        }
    }
    queue.close().await;
    Ok(())
}

/// Every `tick`, queue the sweeps that are due (the first tick one `tick` after the start).
async fn schedule_sweeps(
    queue: Queue,
    wake: Arc<Notify>,
    tick: std::time::Duration,
    stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        tokio::time::sleep(tick).await;
        if *stop.borrow() {
            return;
        }
        match sweep::enqueue_due(&queue, queue::now_ms()).await {
            Ok(0) => {}
            Ok(n) => {
                tracing::info!(sweeps = n, "sweeps queued");
                wake.notify_waiters();
            }
            Err(e) => tracing::error!(error = %e, "cannot queue the due sweeps"),
        }
    }
}

/// How long a stopping server waits for running jobs (a push job can take minutes; process
/// managers send SIGKILL after ~30 s).
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

async fn futures_join(workers: Vec<tokio::task::JoinHandle<()>>) {
    for w in workers {
        let _ = w.await;
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match state.queue.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n".to_owned()),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "database unreachable\n".to_owned(),
            )
        }
    }
}

/// The Prometheus text of [`metrics`]: this replica's counters and the database's job gauges.
async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let jobs = match state.queue.job_counts_by_kind().await {
        Ok(by_kind_and_state) => Some(metrics::JobCounts { by_kind_and_state }),
        Err(e) => {
            tracing::error!(error = %e, "metrics: cannot count the jobs");
            None
        }
    };
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(jobs.as_ref()),
    )
}
