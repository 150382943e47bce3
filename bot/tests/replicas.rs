//! Several real `parallelize serve` replicas on one Postgres database, as an operator runs them
//! (`deploy/helm`: N replicas), against the fake GitHub and the real git server
//! (tests/common/replicas.rs). What a user or an operator would notice if the shared queue
//! misbehaved:
//!
//! * a push processed twice (two check runs, two pushes of the bot branch, a second pull
//!   request) or a delivery stored twice when GitHub redelivers it to another replica;
//! * a job lost with a replica killed mid-run;
//! * a scheduled sweep run by each replica's scheduler;
//! * two replicas rebuilding one repository's bot branch at once (the later force-push wins
//!   with a stale result).
//!
//! Skipped, with a notice, when `PARALLELIZE_TEST_POSTGRES` is not set (`scripts/test.sh` sets
//! it). One test at a time: each runs several replicas whose jobs fill a 2-core machine.

mod common;

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::app::wait_for;
use common::replicas::{
    assert_disjoint, deliver_at, now_secs, postgres_or_skip, tally, Cluster, Options, Project,
};

/// A job sets up a venv, runs the tests a few times and measures its rewrite: on a loaded
/// 2-core machine, with the other replicas' jobs beside it, minutes are a generous bound.
const JOBS: Duration = Duration::from_secs(300);

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// Waits until no job is queued or running and `done` says the expected ones are there;
/// panics (with the replicas' logs) as soon as a job fails or waits for a retry.
fn wait_idle(c: &Cluster, what: &str, mut done: impl FnMut(&Cluster) -> bool) {
    wait_for(what, JOBS, || {
        c.assert_no_failed_jobs();
        c.db.count("SELECT count(*) FROM jobs WHERE state IN ('queued', 'running')") == 0 && done(c)
    });
}

#[test]
fn pushes_spread_over_three_replicas_are_each_processed_once() {
    let Some(admin) = postgres_or_skip("pushes_spread_over_three_replicas_are_each_processed_once")
    else {
        return;
    };
    let _one = one_at_a_time();
    let started = Instant::now();
    const INSTALLATION: u64 = 5100;
    const OWNER: &str = "octo";
    const REPOS: usize = 6;
    let mut c = Cluster::new(&admin, "once", Options::default());
    c.github.add_installation(INSTALLATION, OWNER);
    let names: Vec<String> = (0..REPOS).map(|i| format!("shop-{i}")).collect();
    for n in &names {
        c.add_repo(INSTALLATION, OWNER, n, Project::REWRITE);
    }
    c.start(3);

    // A human pushes to each repository; GitHub's delivery reaches two replicas at the same
    // moment (a redelivery, a retrying load balancer): stored once, the other answer says so.
    let pushes: Vec<_> = names
        .iter()
        .map(|n| c.human_push(OWNER, n, "reviewed"))
        .collect();
    let statuses: Vec<Vec<u16>> = std::thread::scope(|s| {
        let handles: Vec<_> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let payload = c.push_delivery(INSTALLATION, OWNER, n, &pushes[i]);
                let id = format!("d-push-{i}");
                [i % 3, (i + 1) % 3]
                    .into_iter()
                    .map(|r| {
                        let (addr, payload, id) =
                            (c.replicas[r].addr().to_owned(), payload.clone(), id.clone());
                        s.spawn(move || deliver_at(&addr, "push", &id, &payload))
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        handles
            .into_iter()
            .map(|both| {
                let mut codes: Vec<u16> = both
                    .into_iter()
                    .map(|h| {
                        let (status, body) = h.join().expect("delivery thread");
                        assert!(matches!(status, 200 | 202), "{status}: {body}");
                        status
                    })
                    .collect();
                codes.sort_unstable();
                codes
            })
            .collect()
    });
    for (i, codes) in statuses.iter().enumerate() {
        assert_eq!(
            codes,
            &vec![200, 202],
            "d-push-{i}: one replica queues it (202), the other sees a repeat (200)"
        );
    }
    wait_idle(&c, "every push job", |c| {
        c.db.count("SELECT count(*) FROM jobs WHERE kind = 'push' AND state = 'done'") >= REPOS
    });

    // The database: each delivery once, one push job per repository, each claimed once.
    assert_eq!(
        c.db.count("SELECT count(*) FROM deliveries"),
        REPOS,
        "{:?}",
        c.db.rows("SELECT id FROM deliveries ORDER BY id")
    );
    let jobs = c.db.jobs();
    let pushes_by_repo = tally(
        jobs.iter()
            .filter(|j| j.kind == "push")
            .map(|j| j.repository.clone()),
    );
    assert_eq!(
        pushes_by_repo,
        names
            .iter()
            .map(|n| (format!("{OWNER}/{n}"), 1))
            .collect::<Vec<_>>(),
        "{jobs:#?}"
    );
    for j in &jobs {
        assert_eq!(
            (j.state.as_str(), j.attempts),
            ("done", 1),
            "every job ran once, to the end: {j:#?}\n{}",
            c.logs()
        );
    }
    // The work was spread: the replicas' workers took jobs from the one queue.
    let claimers: BTreeSet<u32> = jobs.iter().filter_map(|j| j.claimer_pid()).collect();
    let replicas: BTreeSet<u32> = c.replicas.iter().map(|r| r.pid()).collect();
    assert!(
        claimers.is_subset(&replicas) && claimers.len() >= 2,
        "claimed by {claimers:?}, replicas {replicas:?}: {jobs:#?}"
    );

    // GitHub: per repository one check run (on the pushed commit), one push of the bot
    // branch, one pull request carrying the rewrite.
    let runs = c.github.check_runs();
    for (i, n) in names.iter().enumerate() {
        let full = format!("{OWNER}/{n}");
        let mine: Vec<_> = runs.iter().filter(|r| r.repo == full).collect();
        assert_eq!(mine.len(), 1, "{full}: {mine:#?}");
        assert_eq!(
            (mine[0].head_sha.as_str(), mine[0].conclusion.as_deref()),
            (pushes[i].after.as_str(), Some("success")),
            "{full}: {:#?}",
            mine[0]
        );
        assert_eq!(
            c.receive_packs(OWNER, n),
            1,
            "{full}: pushes of the bot branch"
        );
        assert_eq!(c.bot_pushes(OWNER, n).len(), 1, "{full}: seen by the hooks");
        let pulls = c.github.pulls(OWNER, n);
        assert_eq!(pulls.len(), 1, "{full}: {pulls:#?}");
        assert_eq!(
            (pulls[0].state.as_str(), pulls[0].head_ref.as_str()),
            ("open", "parallelize/main")
        );
        let rewritten = c
            .github
            .file_at(
                OWNER,
                n,
                "parallelize/main",
                &format!("{}/store.py", n.replace('-', "_")),
            )
            .unwrap_or_default();
        assert!(
            rewritten.contains("ThreadPoolExecutor"),
            "{full}: {rewritten}"
        );
    }
    eprintln!(
        "{REPOS} pushes on 3 replicas (claimed by {} of them) in {:?}",
        claimers.len(),
        started.elapsed()
    );
}

#[test]
fn a_job_of_a_replica_killed_mid_run_is_finished_by_another_after_its_lease() {
    let Some(admin) = postgres_or_skip(
        "a_job_of_a_replica_killed_mid_run_is_finished_by_another_after_its_lease",
    ) else {
        return;
    };
    let _one = one_at_a_time();
    let started = Instant::now();
    const INSTALLATION: u64 = 5200;
    const OWNER: &str = "octo";
    const NAME: &str = "slow-suite";
    let lease = 3;
    let mut c = Cluster::new(
        &admin,
        "kill",
        Options {
            job_lease: lease,
            ..Options::default()
        },
    );
    c.github.add_installation(INSTALLATION, OWNER);
    // Each test run takes at least 4 s: the job is surely mid-run while its tests run.
    c.add_repo(
        INSTALLATION,
        OWNER,
        NAME,
        Project {
            slow_test: Duration::from_secs(4),
            ..Project::REWRITE
        },
    );
    c.start(2);
    let push = c.human_push(OWNER, NAME, "reviewed");
    let (status, body) = deliver_at(
        c.replicas[0].addr(),
        "push",
        "d-slow",
        &c.push_delivery(INSTALLATION, OWNER, NAME, &push),
    );
    assert_eq!(status, 202, "{body}");

    // Mid-run: claimed, and its tests are running.
    wait_for("the job's first test run", JOBS, || {
        c.assert_no_failed_jobs();
        !c.test_sessions(OWNER, NAME).is_empty()
    });
    let job =
        c.db.jobs()
            .into_iter()
            .find(|j| j.kind == "push")
            .expect("the push job");
    assert_eq!(
        (job.state.as_str(), job.attempts),
        ("running", 1),
        "{job:#?}"
    );
    let pid = job
        .claimer_pid()
        .unwrap_or_else(|| panic!("claimed_by names no pid: {job:#?}"));
    let victim = c
        .replica_of(pid)
        .unwrap_or_else(|| panic!("pid {pid} is no replica: {job:#?}"));
    let survivor = 1 - victim;
    c.kill(victim);
    let killed_at = now_secs();

    wait_idle(&c, "the job, finished by the surviving replica", |c| {
        c.db.count("SELECT count(*) FROM jobs WHERE kind = 'push' AND state = 'done'") == 1
    });
    let job =
        c.db.jobs()
            .into_iter()
            .find(|j| j.kind == "push")
            .expect("the push job");
    assert_eq!(
        (job.state.as_str(), job.attempts, job.claimer_pid()),
        ("done", 2, Some(c.replicas[survivor].pid())),
        "claimed again once, by the replica still alive: {job:#?}\n{}",
        c.logs()
    );
    // The second run started after the kill and after the lease ran out (the victim renewed
    // it at most until the kill).
    let runs = c.job_intervals(OWNER, NAME);
    assert_eq!(
        runs.len(),
        2,
        "the killed run and the finishing one: {runs:#?}"
    );
    let second = runs
        .iter()
        .map(|r| r.start)
        .fold(f64::NEG_INFINITY, f64::max);
    assert!(
        second >= killed_at,
        "the second run started after the kill: {runs:#?} (killed at {killed_at:.3})"
    );

    // What the user sees: one check run, completed; one pull request with the rewrite.
    let checks = c.github.check_runs();
    assert_eq!(
        checks.len(),
        1,
        "the re-run completes the same check run: {checks:#?}"
    );
    assert_eq!(
        (
            checks[0].head_sha.as_str(),
            checks[0].status.as_str(),
            checks[0].conclusion.as_deref()
        ),
        (push.after.as_str(), "completed", Some("success"))
    );
    let pulls = c.github.pulls(OWNER, NAME);
    assert_eq!(pulls.len(), 1, "{pulls:#?}");
    assert!(c
        .github
        .file_at(OWNER, NAME, "parallelize/main", "slow_suite/store.py")
        .unwrap_or_default()
        .contains("ThreadPoolExecutor"));
    eprintln!(
        "killed replica {victim} (pid {pid}) mid-run; replica {survivor} finished the job; \
         {:?} in all",
        started.elapsed()
    );
}

#[test]
fn a_due_sweep_is_queued_once_however_many_schedulers_look() {
    let Some(admin) = postgres_or_skip("a_due_sweep_is_queued_once_however_many_schedulers_look")
    else {
        return;
    };
    let _one = one_at_a_time();
    let started = Instant::now();
    // Two installations, several repositories each; repositories without any finding, so a
    // sweep is quick and the rounds many.
    const INSTALLATIONS: [(u64, &str); 2] = [(5301, "octo"), (5302, "acme")];
    const PER_INSTALLATION: usize = 6;
    const ROUNDS: usize = 6;
    let mut c = Cluster::new(
        &admin,
        "sweeps",
        Options {
            sweep_tick: 1,
            ..Options::default()
        },
    );
    let mut repos = Vec::new();
    for (installation, owner) in INSTALLATIONS {
        c.github.add_installation(installation, owner);
        for i in 0..PER_INSTALLATION {
            let name = format!("tool-{i}");
            c.add_repo(installation, owner, &name, Project::NOTHING_TO_DO);
            repos.push(format!("{owner}/{name}"));
        }
    }
    repos.sort();
    c.start(3);
    for (k, (installation, owner)) in INSTALLATIONS.iter().enumerate() {
        let names: Vec<String> = (0..PER_INSTALLATION).map(|i| format!("tool-{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let (status, body) = deliver_at(
            c.replicas[k].addr(),
            "installation",
            &format!("d-install-{installation}"),
            &c.installation_created(*installation, owner, &names),
        );
        assert_eq!(status, 202, "{body}");
    }

    // Round 1: the new installations' repositories are due at once; later rounds make every
    // sweep due again at once, while three schedulers (started together: they tick in step)
    // look every second.
    for round in 1..=ROUNDS {
        if round > 1 {
            c.db.execute("UPDATE sweeps SET next_at = 0");
        }
        wait_idle(&c, &format!("round {round} of sweeps"), |c| {
            c.db.count("SELECT count(*) FROM jobs WHERE kind = 'sweep'") >= round * repos.len()
        });
        let per_repo = tally(
            c.db.jobs()
                .into_iter()
                .filter(|j| j.kind == "sweep")
                .map(|j| j.repository),
        );
        assert_eq!(
            per_repo,
            repos.iter().map(|r| (r.clone(), round)).collect::<Vec<_>>(),
            "round {round}: one sweep per repository and round\n{}",
            c.logs()
        );
        // Not due again before the schedule says so (weekly by default).
        let due_soon = c.db.count(&format!(
            "SELECT count(*) FROM sweeps WHERE next_at IS NULL OR next_at < {}",
            (now_secs() as i64 + 3600) * 1000
        ));
        assert_eq!(due_soon, 0, "{:?}", c.db.rows("SELECT * FROM sweeps"));
    }
    for j in c.db.jobs() {
        assert_eq!((j.state.as_str(), j.attempts), ("done", 1), "{j:#?}");
    }
    eprintln!(
        "{ROUNDS} rounds of {} due sweeps under 3 schedulers in {:?}",
        repos.len(),
        started.elapsed()
    );
}

#[test]
fn no_two_replicas_rebuild_one_bot_branch_at_once() {
    let Some(admin) = postgres_or_skip("no_two_replicas_rebuild_one_bot_branch_at_once") else {
        return;
    };
    let _one = one_at_a_time();
    let started = Instant::now();
    const INSTALLATION: u64 = 5400;
    const OWNER: &str = "octo";
    const REPOS: usize = 3;
    let mut c = Cluster::new(
        &admin,
        "exclusive",
        Options {
            sweep_tick: 1,
            ..Options::default()
        },
    );
    c.github.add_installation(INSTALLATION, OWNER);
    let names: Vec<String> = (0..REPOS).map(|i| format!("mill-{i}")).collect();
    for n in &names {
        // A job runs its tests four times or more, two seconds each (pytest's start): jobs of
        // one repository running at once would overlap for seconds.
        c.add_repo(INSTALLATION, OWNER, n, Project::REWRITE);
    }
    c.start(3);

    // The queue's own view, sampled: never two jobs rebuilding one repository's bot branch
    // with live leases.
    let stop = Arc::new(AtomicBool::new(false));
    let seen: Vec<Vec<String>> = std::thread::scope(|s| {
        let sampler = {
            let (db, stop) = (&c.db, stop.clone());
            s.spawn(move || {
                let mut seen = Vec::new();
                while !stop.load(Ordering::SeqCst) {
                    seen.extend(db.rows(
                        "SELECT repository, string_agg(kind || ' ' || id || ' ' || \
                         COALESCE(claimed_by, '?'), ', ') FROM jobs \
                         WHERE state = 'running' AND kind IN ('push', 'sweep', 'dashboard') \
                         AND lease_until >= (extract(epoch from clock_timestamp()) * 1000)::bigint \
                         GROUP BY repository HAVING count(*) > 1",
                    ));
                    std::thread::sleep(Duration::from_millis(25));
                }
                seen
            })
        };

        // The installation: every repository's first sweep is due at the next tick. Pushes to
        // every repository at the same time, to the three replicas; once each repository has a
        // job running, a second push each: three jobs per repository, runnable at once on six
        // workers if the per-repository exclusion let them.
        let (status, body) = deliver_at(
            c.replicas[0].addr(),
            "installation",
            "d-install",
            &c.installation_created(
                INSTALLATION,
                OWNER,
                &names.iter().map(String::as_str).collect::<Vec<_>>(),
            ),
        );
        assert_eq!(status, 202, "{body}");
        for (i, n) in names.iter().enumerate() {
            let push = c.human_push(OWNER, n, "first");
            let (status, body) = deliver_at(
                c.replicas[i % 3].addr(),
                "push",
                &format!("d-first-{i}"),
                &c.push_delivery(INSTALLATION, OWNER, n, &push),
            );
            assert_eq!(status, 202, "{body}");
        }
        wait_for("a running job in every repository", JOBS, || {
            c.assert_no_failed_jobs();
            c.db.count(
                "SELECT count(DISTINCT repository) FROM jobs WHERE state IN ('running', 'done') \
                 AND kind IN ('push', 'sweep')",
            ) == REPOS
        });
        for (i, n) in names.iter().enumerate() {
            let push = c.human_push(OWNER, n, "second");
            let (status, body) = deliver_at(
                c.replicas[(i + 1) % 3].addr(),
                "push",
                &format!("d-second-{i}"),
                &c.push_delivery(INSTALLATION, OWNER, n, &push),
            );
            assert_eq!(status, 202, "{body}");
        }
        wait_idle(&c, "every push and sweep", |c| {
            c.db.count("SELECT count(*) FROM jobs WHERE kind = 'sweep' AND state = 'done'") == REPOS
        });
        stop.store(true, Ordering::SeqCst);
        sampler.join().expect("sampler")
    });
    assert!(
        seen.is_empty(),
        "the queue let two jobs rebuild one bot branch at once: {seen:?}\n{}",
        c.logs()
    );

    // What ran, from outside: each job's test runs (its checkout), each push of a bot branch.
    let mut overlapping_work = 0;
    for n in &names {
        let full = format!("{OWNER}/{n}");
        let jobs = c.job_intervals(OWNER, n);
        assert!(
            jobs.len() >= 2,
            "{full}: at least a push and the sweep ran its tests: {jobs:#?}"
        );
        assert_disjoint(&format!("{full}: jobs (their test runs)"), &jobs);
        let pushes = c.bot_pushes(OWNER, n);
        assert!(!pushes.is_empty(), "{full}: the bot branch was pushed");
        assert_disjoint(&format!("{full}: pushes of the bot branch"), &pushes);
        // How much the exclusion held back: the next job of the repository started right
        // after the previous one (it was waiting), for jobs of different repositories overlap.
        overlapping_work += jobs.len();
        assert_eq!(
            c.github.pulls(OWNER, n).len(),
            1,
            "{full}: one pull request"
        );
    }
    let all: Vec<_> = names
        .iter()
        .flat_map(|n| c.job_intervals(OWNER, n))
        .collect();
    let concurrent = all
        .iter()
        .enumerate()
        .filter(|(i, a)| {
            all.iter().enumerate().any(|(k, b)| {
                *i != k
                    && b.start < a.end.unwrap_or(f64::INFINITY)
                    && a.start < b.end.unwrap_or(f64::INFINITY)
            })
        })
        .count();
    // The replicas did run jobs side by side (of different repositories): the exclusion is
    // per repository, not a global lock.
    assert!(concurrent >= 2, "no two jobs ever ran at once: {all:#?}");
    let jobs = c.db.jobs();
    eprintln!(
        "{} jobs ({overlapping_work} with test runs; {concurrent} overlapped a job of another \
         repository) over {REPOS} repositories on 3 replicas in {:?}; kinds {:?}",
        jobs.len(),
        started.elapsed(),
        tally(jobs.iter().map(|j| j.kind.clone()))
    );
}
