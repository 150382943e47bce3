//! The sweep benchmark (`bash bench/sweep.sh`; ignored by `cargo test`): how many repositories
//! per minute scheduled sweeps get through with one `parallelize serve` replica, and with two,
//! on one Postgres database, on this machine. It prints numbers; it asserts only that every
//! sweep finished and opened its pull request (a benchmark of failing sweeps measures nothing).
//!
//! Each run: a fresh database and fake GitHub, `SWEEP_REPOS` synthetic repositories (a package
//! with one safe thread-pool rewrite of blocking reads, measured faster, and a sub-second pytest
//! suite; tests/common/replicas.rs), the replicas started with `--sweep-tick 1`, then one
//! `installation` `created` delivery listing every repository: the next tick queues a sweep per
//! repository, and the replicas' workers (`SWEEP_WORKERS` each) run them. The time is the
//! queue's own: from the first sweep job's creation to the last one's completion.

mod common;

use std::time::{Duration, Instant};

use common::app::wait_for;
use common::replicas::{deliver_at, Cluster, Options, Project};

const INSTALLATION: u64 = 7100;
const OWNER: &str = "bench";

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// One run with `replicas` replicas: (seconds of sweeping, seconds from the delivery).
fn run(admin: &str, repos: usize, replicas: usize, workers: usize, shared_tmp: bool) -> (f64, f64) {
    let mut c = Cluster::new(
        admin,
        "bench",
        Options {
            job_lease: 30,
            sweep_tick: 1,
            workers,
            shared_tmp,
        },
    );
    c.github.add_installation(INSTALLATION, OWNER);
    let names: Vec<String> = (0..repos).map(|i| format!("repo-{i:02}")).collect();
    for n in &names {
        c.add_repo(INSTALLATION, OWNER, n, Project::REWRITE);
    }
    c.start(replicas);
    let delivered = Instant::now();
    let (status, body) = deliver_at(
        c.replicas[0].addr(),
        "installation",
        "d-bench-install",
        &c.installation_created(
            INSTALLATION,
            OWNER,
            &names.iter().map(String::as_str).collect::<Vec<_>>(),
        ),
    );
    assert_eq!(status, 202, "{body}");
    let mut last_report = Instant::now();
    wait_for("every sweep", Duration::from_secs(60 * 60), || {
        c.assert_no_failed_jobs();
        let done =
            c.db.count("SELECT count(*) FROM jobs WHERE kind = 'sweep' AND state = 'done'");
        if last_report.elapsed() > Duration::from_secs(30) {
            eprintln!(
                "  {replicas} replica(s): {done}/{repos} sweeps done after {:.0} s",
                delivered.elapsed().as_secs_f64()
            );
            last_report = Instant::now();
        }
        done == repos
    });
    let wall = delivered.elapsed().as_secs_f64();
    let span_ms: i64 =
        c.db.scalar("SELECT max(updated_at) - min(created_at) FROM jobs WHERE kind = 'sweep'")
            .parse()
            .expect("the sweeps' span");
    let pulls: usize = names.iter().map(|n| c.github.pulls(OWNER, n).len()).sum();
    assert_eq!(pulls, repos, "every sweep opened its pull request");
    let per_replica = common::replicas::tally(
        c.db.jobs()
            .iter()
            .filter(|j| j.kind == "sweep")
            .filter_map(|j| j.claimer_pid()),
    );
    eprintln!("  {replicas} replica(s): sweeps per replica (by pid) {per_replica:?}");
    (span_ms as f64 / 1000.0, wall)
}

#[test]
#[ignore = "a benchmark, minutes long: bash bench/sweep.sh"]
fn sweep_throughput_with_one_and_two_replicas() {
    let admin = std::env::var("PARALLELIZE_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
        .expect("PARALLELIZE_TEST_POSTGRES: the benchmark needs a Postgres server");
    let repos = env_number("SWEEP_REPOS", 20);
    let workers = env_number("SWEEP_WORKERS", 2);
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    eprintln!(
        "sweep benchmark: {repos} repositories, {workers} workers per replica, {cpus} CPUs, \
         {} build",
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    // One replica; two on one host (one /tmp: the measurement lock of calibrations and
    // replays is shared, as on one machine); two as on hosts of their own (a /tmp each), still
    // on this machine's CPUs.
    let setups = [
        (1, true, "1 replica"),
        (2, true, "2 replicas, one host (shared measurement lock)"),
        (2, false, "2 replicas, a TMPDIR each (as on two hosts)"),
    ];
    let mut rows = Vec::new();
    for (replicas, shared_tmp, label) in setups {
        let (span, wall) = run(&admin, repos, replicas, workers, shared_tmp);
        let per_minute = repos as f64 * 60.0 / span;
        eprintln!(
            "  {label}: {repos} sweeps in {span:.1} s ({wall:.1} s from the delivery): \
             {per_minute:.1} repositories/minute"
        );
        rows.push((label, span, per_minute));
    }
    println!();
    println!("| setup ({workers} workers per replica) | repositories | seconds | repositories/minute | vs 1 replica |");
    println!("|---|---|---|---|---|");
    for (label, span, per_minute) in &rows {
        println!(
            "| {label} | {repos} | {span:.1} | {per_minute:.1} | {:.2}x |",
            per_minute / rows[0].2
        );
    }
}
