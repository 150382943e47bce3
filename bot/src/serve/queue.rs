//! The durable job queue and the App's own records, in SQL that runs on SQLite (default) and
//! Postgres (several replicas) alike.
//!
//! A job is claimed by setting a lease; a worker that dies leaves the lease to expire and the
//! job is claimed again, so nothing is lost when the process is killed at any point. Failures
//! retry with exponential backoff; after `max_attempts` claims a job is marked `failed` with its
//! last error. At most one *queued* job exists per dedupe key (a burst of pushes to one branch
//! becomes one job), and a job is not started while another with its key holds a live lease.

use std::time::Duration;

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Row};

/// Which SQL dialect the URL selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("cannot open the database {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("cannot migrate the database {url}: {source}")]
    Migrate {
        url: String,
        source: sqlx::migrate::MigrateError,
    },
    #[error("database error while {what}: {source}")]
    Query {
        what: &'static str,
        source: sqlx::Error,
    },
}

pub(super) fn q(what: &'static str) -> impl FnOnce(sqlx::Error) -> QueueError {
    move |source| QueueError::Query { what, source }
}

/// A job to enqueue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewJob {
    pub kind: String,
    pub repository: Option<String>,
    pub installation_id: Option<i64>,
    /// Jobs with the same key coalesce while queued (`push:owner/name:refs/heads/main`).
    pub dedupe_key: Option<String>,
    /// The JSON the handler needs (usually the webhook payload).
    pub payload: String,
}

/// A claimed job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub repository: Option<String>,
    pub installation_id: Option<i64>,
    pub payload: String,
    pub delivery_id: Option<String>,
    /// Claims so far, this one included.
    pub attempts: i64,
}

/// A verified webhook delivery.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: String,
    pub event: String,
    pub action: Option<String>,
    pub installation_id: Option<i64>,
    pub repository: Option<String>,
}

/// What [`Queue::record_delivery`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    /// Stored; the job it queued (or coalesced into), if any.
    New { job: Option<i64> },
    /// This delivery id was seen before: nothing stored, nothing queued.
    Duplicate,
}

/// Where a failed job went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Queued again to run at this time (Unix ms).
    At(i64),
    /// Out of attempts: `failed`.
    GaveUp,
    /// Nothing recorded: this claim had lost its lease and another worker holds the job.
    Lost,
}

/// Tunables of the queue.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub lease: Duration,
    pub max_attempts: i64,
    pub backoff_base: Duration,
    pub backoff_max: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            lease: Duration::from_secs(30),
            max_attempts: 5,
            backoff_base: Duration::from_secs(30),
            backoff_max: Duration::from_secs(3600),
        }
    }
}

#[derive(Clone)]
pub struct Queue {
    pub(super) pool: AnyPool,
    backend: Backend,
    pub policy: Policy,
}

/// Now, in Unix milliseconds.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Job kinds that rebuild a repository's `<prefix><default>` branch and its pull request: one
/// at a time per repository (a slow sweep must not force-push over a newer push's result).
const BRANCH_WRITERS: &str = "('push', 'sweep', 'dashboard')";

/// The advisory lock every replica's claims take in turn (Postgres; any constant key).
const CLAIM_LOCK: i64 = 0x7061_7261_6c6c;

const JOB_COLUMNS: &str = "id, kind, repository, installation_id, payload, delivery_id, attempts";

impl Queue {
    /// Connect (creating a SQLite file when the URL allows it) and apply the migrations.
    /// `shown_url` is the URL with any password redacted, for messages.
    pub async fn connect(url: &str, shown_url: &str, policy: Policy) -> Result<Self, QueueError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        };
        let mut options =
            AnyPoolOptions::new().max_connections(if backend == Backend::Sqlite { 4 } else { 16 });
        if backend == Backend::Sqlite {
            options = options.after_connect(|conn, _| {
                Box::pin(async move {
                    // WAL: readers do not block the writer; a commit survives a killed process.
                    sqlx::query("PRAGMA journal_mode = WAL")
                        .execute(&mut *conn)
                        .await?;
                    sqlx::query("PRAGMA synchronous = NORMAL")
                        .execute(&mut *conn)
                        .await?;
                    sqlx::query("PRAGMA busy_timeout = 10000")
                        .execute(&mut *conn)
                        .await?;
                    Ok(())
                })
            });
        }
        let pool = options
            .connect(url)
            .await
            .map_err(|source| QueueError::Connect {
                url: shown_url.to_owned(),
                source,
            })?;
        if backend == Backend::Sqlite {
            spawn_checkpointer(url.to_owned());
        }
        let migrator = match backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
        };
        migrator
            .run(&pool)
            .await
            .map_err(|source| QueueError::Migrate {
                url: shown_url.to_owned(),
                source,
            })?;
        Ok(Self {
            pool,
            backend,
            policy,
        })
    }

    /// The database answers.
    pub async fn ping(&self) -> Result<(), QueueError> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(q("checking the database"))?;
        Ok(())
    }

    /// Store a delivery and queue its job in one transaction; a repeated delivery id changes
    /// nothing.
    pub async fn record_delivery(
        &self,
        delivery: &Delivery,
        job: Option<&NewJob>,
    ) -> Result<Recorded, QueueError> {
        let now = now_ms();
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(q("starting a transaction"))?;
        let inserted = sqlx::query(
            "INSERT INTO deliveries (id, event, action, installation_id, repository, received_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
        )
        .bind(&delivery.id)
        .bind(&delivery.event)
        .bind(&delivery.action)
        .bind(delivery.installation_id)
        .bind(&delivery.repository)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(q("recording a delivery"))?
        .rows_affected();
        if inserted == 0 {
            tx.rollback().await.map_err(q("rolling back"))?;
            return Ok(Recorded::Duplicate);
        }
        let job_id = match job {
            Some(job) => Some(insert_job(&mut tx, job, Some(&delivery.id), now).await?),
            None => None,
        };
        tx.commit().await.map_err(q("committing a delivery"))?;
        Ok(Recorded::New { job: job_id })
    }

    /// Queue a job outside a delivery (a scheduled sweep).
    pub async fn enqueue(&self, job: &NewJob) -> Result<i64, QueueError> {
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(q("starting a transaction"))?;
        let id = insert_job(&mut tx, job, None, now_ms()).await?;
        tx.commit().await.map_err(q("committing a job"))?;
        Ok(id)
    }

    /// Claim the oldest runnable job of one of `kinds` for `worker` (`<pid>@<host>/w<n>`):
    /// queued and due, or running with an expired lease (its worker died). Jobs that have used
    /// up their attempts are marked failed on the way.
    ///
    /// On Postgres, claims from every replica are serialised by a transaction-scoped advisory
    /// lock: `SKIP LOCKED` keeps two claims off one row, but the per-key and per-repository
    /// exclusions read *other* rows, and two concurrent claims would both see them free.
    pub async fn claim(
        &self,
        kinds: &[&str],
        worker: &str,
        now: i64,
    ) -> Result<Option<Job>, QueueError> {
        if kinds.is_empty() {
            return Ok(None);
        }
        loop {
            let mut tx = self.pool.begin().await.map_err(q("claiming a job"))?;
            let job = self.claim_in(&mut tx, kinds, worker, now).await?;
            tx.commit().await.map_err(q("committing a claim"))?;
            let Some(job) = job else { return Ok(None) };
            if job.attempts > self.policy.max_attempts {
                self.mark_failed(
                    &job,
                    &format!(
                        "gave up after {} attempts: the last worker stopped without finishing (crash or hang)",
                        self.policy.max_attempts
                    ),
                )
                .await?;
                continue;
            }
            return Ok(Some(job));
        }
    }

    /// The claim itself, inside `tx` (its lock, on Postgres, is held until `tx` ends).
    async fn claim_in(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        kinds: &[&str],
        worker: &str,
        now: i64,
    ) -> Result<Option<Job>, QueueError> {
        let kind_list = (0..kinds.len())
            .map(|i| format!("${}", i + 5))
            .collect::<Vec<_>>()
            .join(", ");
        let lock = match self.backend {
            Backend::Postgres => " FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = $1, \
             updated_at = $2, claimed_by = $4 \
             WHERE id = (SELECT j.id FROM jobs j WHERE j.kind IN ({kind_list}) AND \
               ((j.state = 'queued' AND j.run_after <= $3) OR (j.state = 'running' AND j.lease_until < $3)) \
               AND NOT EXISTS (SELECT 1 FROM jobs r WHERE r.dedupe_key = j.dedupe_key \
                 AND r.id <> j.id AND r.state = 'running' AND r.lease_until >= $3) \
               AND NOT (j.kind IN {BRANCH_WRITERS} AND EXISTS (SELECT 1 FROM jobs w \
                 WHERE w.repository = j.repository AND w.kind IN {BRANCH_WRITERS} \
                 AND w.id <> j.id AND w.state = 'running' AND w.lease_until >= $3)) \
               ORDER BY j.id LIMIT 1{lock}) \
             RETURNING {JOB_COLUMNS}"
        );
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(CLAIM_LOCK)
                .execute(&mut **tx)
                .await
                .map_err(q("waiting for the claim lock"))?;
        }
        // Only placeholders and constants are formatted into `sql`; values are bound.
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now + self.policy.lease.as_millis() as i64)
            .bind(now)
            .bind(now)
            .bind(worker);
        for k in kinds {
            query = query.bind(*k);
        }
        let row = query
            .fetch_optional(&mut **tx)
            .await
            .map_err(q("claiming a job"))?;
        row.map(|row| job_from_row(&row))
            .transpose()
            .map_err(q("reading a claimed job"))
    }

    /// Extend the lease of a running job (the worker is alive). `false`: the lease was lost
    /// (it expired and another worker claimed the job), so this worker must stop.
    pub async fn renew(&self, job: &Job, now: i64) -> Result<bool, QueueError> {
        let renewed = sqlx::query(
            "UPDATE jobs SET lease_until = $1, updated_at = $2 \
             WHERE id = $3 AND state = 'running' AND attempts = $4",
        )
        .bind(now + self.policy.lease.as_millis() as i64)
        .bind(now)
        .bind(job.id)
        .bind(job.attempts)
        .execute(&self.pool)
        .await
        .map_err(q("renewing a lease"))?
        .rows_affected();
        Ok(renewed == 1)
    }

    /// The commit of `branch` the App analysed last.
    pub async fn analysed_commit(
        &self,
        repository: &str,
        branch: &str,
    ) -> Result<Option<String>, QueueError> {
        let row = sqlx::query(
            "SELECT analysed_commit FROM branches WHERE repository = $1 AND branch = $2",
        )
        .bind(repository)
        .bind(branch)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("reading the analysed commit"))?;
        row.map(|r| r.try_get::<String, _>(0))
            .transpose()
            .map_err(q("reading the analysed commit"))
    }

    pub async fn set_analysed_commit(
        &self,
        repository: &str,
        branch: &str,
        commit: &str,
    ) -> Result<(), QueueError> {
        sqlx::query(
            "INSERT INTO branches (repository, branch, analysed_commit, updated_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (repository, branch) \
             DO UPDATE SET analysed_commit = excluded.analysed_commit, updated_at = excluded.updated_at",
        )
        .bind(repository)
        .bind(branch)
        .bind(commit)
        .bind(now_ms())
        .execute(&self.pool)
        .await
        .map_err(q("recording the analysed commit"))?;
        Ok(())
    }

    /// The check run job `id` created in an earlier attempt, and the commit it is on.
    pub async fn check_run(&self, id: i64) -> Result<Option<i64>, QueueError> {
        let row = sqlx::query("SELECT check_run_id FROM jobs WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("reading the job's check run"))?;
        Ok(row.and_then(|r| r.try_get::<Option<i64>, _>(0).ok().flatten()))
    }

    pub async fn set_check_run(&self, id: i64, check_run: i64) -> Result<(), QueueError> {
        sqlx::query("UPDATE jobs SET check_run_id = $1 WHERE id = $2")
            .bind(check_run)
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(q("recording the job's check run"))?;
        Ok(())
    }

    /// The job is done. `false`: this claim of it had lost its lease (another worker holds
    /// the job now), so nothing was recorded.
    pub async fn complete(&self, job: &Job) -> Result<bool, QueueError> {
        let done = sqlx::query(
            "UPDATE jobs SET state = 'done', lease_until = NULL, updated_at = $1 \
             WHERE id = $2 AND state = 'running' AND attempts = $3",
        )
        .bind(now_ms())
        .bind(job.id)
        .bind(job.attempts)
        .execute(&self.pool)
        .await
        .map_err(q("completing a job"))?
        .rows_affected();
        Ok(done == 1)
    }

    /// The job failed with `error`: retry later with backoff, or give up after the last attempt.
    pub async fn fail(&self, job: &Job, error: &str, now: i64) -> Result<Retry, QueueError> {
        if job.attempts >= self.policy.max_attempts {
            return Ok(if self.mark_failed(job, error).await? {
                Retry::GaveUp
            } else {
                Retry::Lost
            });
        }
        let exp = (job.attempts - 1).clamp(0, 20) as u32;
        let delay = self
            .policy
            .backoff_base
            .saturating_mul(2u32.saturating_pow(exp))
            .min(self.policy.backoff_max);
        let at = now + delay.as_millis() as i64;
        let requeued = sqlx::query(
            "UPDATE jobs SET state = 'queued', run_after = $1, lease_until = NULL, last_error = $2, \
             updated_at = $3 WHERE id = $4 AND state = 'running' AND attempts = $5",
        )
        .bind(at)
        .bind(error)
        .bind(now)
        .bind(job.id)
        .bind(job.attempts)
        .execute(&self.pool)
        .await
        .map_err(q("re-queueing a failed job"))?
        .rows_affected();
        Ok(if requeued == 1 {
            Retry::At(at)
        } else {
            Retry::Lost
        })
    }

    /// Mark this claim of `job` failed for good; `false` when the claim had lost its lease.
    async fn mark_failed(&self, job: &Job, error: &str) -> Result<bool, QueueError> {
        let failed = sqlx::query(
            "UPDATE jobs SET state = 'failed', lease_until = NULL, last_error = $1, updated_at = $2 \
             WHERE id = $3 AND state = 'running' AND attempts = $4",
        )
        .bind(error)
        .bind(now_ms())
        .bind(job.id)
        .bind(job.attempts)
        .execute(&self.pool)
        .await
        .map_err(q("marking a job failed"))?
        .rows_affected();
        Ok(failed == 1)
    }

    /// Record an installation and the repositories the payload lists.
    pub async fn upsert_installation(
        &self,
        id: i64,
        account: &str,
        repositories: &[(i64, String)],
    ) -> Result<(), QueueError> {
        let now = now_ms();
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(q("starting a transaction"))?;
        sqlx::query(
            "INSERT INTO installations (id, account, suspended, updated_at) VALUES ($1, $2, 0, $3) \
             ON CONFLICT (id) DO UPDATE SET account = excluded.account, updated_at = excluded.updated_at",
        )
        .bind(id)
        .bind(account)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(q("recording an installation"))?;
        for (repo_id, name) in repositories {
            upsert_repository(&mut tx, id, *repo_id, name, now).await?;
        }
        tx.commit().await.map_err(q("committing an installation"))?;
        Ok(())
    }

    /// Forget an installation and its repositories.
    pub async fn delete_installation(&self, id: i64) -> Result<(), QueueError> {
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(q("starting a transaction"))?;
        sqlx::query("DELETE FROM repositories WHERE installation_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(q("forgetting repositories"))?;
        sqlx::query("DELETE FROM installations WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(q("forgetting an installation"))?;
        tx.commit().await.map_err(q("committing"))?;
        Ok(())
    }

    pub async fn set_suspended(&self, id: i64, suspended: bool) -> Result<(), QueueError> {
        sqlx::query("UPDATE installations SET suspended = $1, updated_at = $2 WHERE id = $3")
            .bind(i64::from(suspended))
            .bind(now_ms())
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(q("suspending an installation"))?;
        Ok(())
    }

    /// Repositories added to and removed from an installation.
    pub async fn change_repositories(
        &self,
        installation: i64,
        added: &[(i64, String)],
        removed: &[i64],
    ) -> Result<(), QueueError> {
        let now = now_ms();
        let mut tx = self
            .pool
            .begin()
            .await
            .map_err(q("starting a transaction"))?;
        for (id, name) in added {
            upsert_repository(&mut tx, installation, *id, name, now).await?;
        }
        for id in removed {
            sqlx::query("DELETE FROM repositories WHERE id = $1")
                .bind(*id)
                .execute(&mut *tx)
                .await
                .map_err(q("forgetting a repository"))?;
        }
        tx.commit().await.map_err(q("committing"))?;
        Ok(())
    }

    /// `full_name`s of an installation's repositories, sorted.
    #[cfg(test)]
    pub async fn repositories(&self, installation: i64) -> Result<Vec<String>, QueueError> {
        let rows = sqlx::query(
            "SELECT full_name FROM repositories WHERE installation_id = $1 ORDER BY full_name",
        )
        .bind(installation)
        .fetch_all(&self.pool)
        .await
        .map_err(q("listing repositories"))?;
        rows.iter()
            .map(|r| r.try_get::<String, _>(0))
            .collect::<Result<_, _>>()
            .map_err(q("reading repositories"))
    }

    /// `(state, count)` of all jobs, for the tests.
    #[cfg(test)]
    pub async fn job_counts(&self) -> Result<Vec<(String, i64)>, QueueError> {
        let rows = sqlx::query("SELECT state, COUNT(*) FROM jobs GROUP BY state ORDER BY state")
            .fetch_all(&self.pool)
            .await
            .map_err(q("counting jobs"))?;
        rows.iter()
            .map(|r| Ok((r.try_get::<String, _>(0)?, r.try_get::<i64, _>(1)?)))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(q("reading job counts"))
    }

    /// `((kind, state), count)` of all jobs, for `GET /metrics`.
    pub async fn job_counts_by_kind(
        &self,
    ) -> Result<std::collections::BTreeMap<(String, String), i64>, QueueError> {
        let rows = sqlx::query("SELECT kind, state, COUNT(*) FROM jobs GROUP BY kind, state")
            .fetch_all(&self.pool)
            .await
            .map_err(q("counting jobs"))?;
        rows.iter()
            .map(|r| {
                Ok((
                    (r.try_get::<String, _>(0)?, r.try_get::<String, _>(1)?),
                    r.try_get::<i64, _>(2)?,
                ))
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(q("reading job counts"))
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Copy the SQLite write-ahead log into the database every half second on a connection of its
/// own: a PASSIVE checkpoint never blocks the writer, so no webhook request pays for one.
fn spawn_checkpointer(url: String) {
    tokio::spawn(async move {
        use sqlx::Connection;
        let Ok(mut conn) = sqlx::AnyConnection::connect(&url).await else {
            tracing::warn!("no checkpoint connection: SQLite's log grows until restart");
            return;
        };
        loop {
            tokio::time::sleep(Duration::from_millis(500)).await;
            if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .execute(&mut conn)
                .await
            {
                tracing::warn!(error = %e, "checkpoint failed");
            }
        }
    });
}

pub(super) async fn insert_job(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    job: &NewJob,
    delivery: Option<&str>,
    now: i64,
) -> Result<i64, QueueError> {
    let row = sqlx::query(
        "INSERT INTO jobs (kind, repository, installation_id, dedupe_key, payload, delivery_id, \
         state, attempts, run_after, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'queued', 0, $7, $7, $7) \
         ON CONFLICT (dedupe_key) WHERE state = 'queued' \
         DO UPDATE SET payload = excluded.payload, delivery_id = excluded.delivery_id, \
         check_run_id = NULL, updated_at = excluded.updated_at \
         RETURNING id",
    )
    .bind(&job.kind)
    .bind(&job.repository)
    .bind(job.installation_id)
    .bind(&job.dedupe_key)
    .bind(&job.payload)
    .bind(delivery)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .map_err(q("queueing a job"))?;
    row.try_get::<i64, _>(0).map_err(q("reading a job id"))
}

async fn upsert_repository(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    installation: i64,
    id: i64,
    name: &str,
    now: i64,
) -> Result<(), QueueError> {
    sqlx::query(
        "INSERT INTO repositories (id, installation_id, full_name, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (id) DO UPDATE SET installation_id = excluded.installation_id, \
         full_name = excluded.full_name, updated_at = excluded.updated_at",
    )
    .bind(id)
    .bind(installation)
    .bind(name)
    .bind(now)
    .execute(&mut **tx)
    .await
    .map_err(q("recording a repository"))?;
    Ok(())
}

fn job_from_row(row: &AnyRow) -> Result<Job, sqlx::Error> {
    Ok(Job {
        id: row.try_get(0)?,
        kind: row.try_get(1)?,
        repository: row.try_get(2)?,
        installation_id: row.try_get(3)?,
        payload: row.try_get(4)?,
        delivery_id: row.try_get(5)?,
        attempts: row.try_get(6)?,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    impl Queue {
        /// One text value (tests).
        pub(crate) async fn scalar_for_tests(&self, sql: &str) -> String {
            let row = sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()))
                .fetch_one(&self.pool)
                .await
                .expect("query");
            row.try_get::<String, _>(0).expect("a text value")
        }
    }

    /// A queue on SQLite, and one on a new Postgres database when `PARALLELIZE_TEST_POSTGRES`
    /// names a server (`scripts/test.sh` starts one): every test runs on both backends.
    pub(crate) async fn queues(dir: &tempfile::TempDir) -> Vec<Queue> {
        static DATABASES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let policy = Policy {
            lease: Duration::from_secs(60),
            max_attempts: 3,
            backoff_base: Duration::from_secs(10),
            backoff_max: Duration::from_secs(100),
        };
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("q.db").display());
        let mut out = vec![Queue::connect(&url, &url, policy).await.expect("connect")];
        if let Some(admin) = std::env::var("PARALLELIZE_TEST_POSTGRES")
            .ok()
            .filter(|u| !u.is_empty())
        {
            sqlx::any::install_default_drivers();
            let name = format!(
                "pz_{}_{}",
                std::process::id(),
                DATABASES.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
            );
            let pool = sqlx::AnyPool::connect(&admin)
                .await
                .expect("connect to PARALLELIZE_TEST_POSTGRES");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&pool)
                .await
                .expect("create a test database");
            pool.close().await;
            let (server, _) = admin.rsplit_once('/').expect("a URL ending in /<database>");
            let url = format!("{server}/{name}");
            out.push(Queue::connect(&url, &url, policy).await.expect("connect"));
        }
        out
    }

    fn push(branch: &str, payload: &str) -> NewJob {
        NewJob {
            kind: "push".into(),
            repository: Some("octo/repo".into()),
            installation_id: Some(7),
            dedupe_key: Some(format!("push:octo/repo:refs/heads/{branch}")),
            payload: payload.into(),
        }
    }

    fn delivery(id: &str) -> Delivery {
        Delivery {
            id: id.into(),
            event: "push".into(),
            action: None,
            installation_id: Some(7),
            repository: Some("octo/repo".into()),
        }
    }

    #[tokio::test]
    async fn a_replayed_delivery_is_stored_and_queued_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        for q in queues(&dir).await {
            let first = q
                .record_delivery(&delivery("d1"), Some(&push("main", "{}")))
                .await
                .expect("record");
            assert!(matches!(first, Recorded::New { job: Some(_) }));
            let again = q
                .record_delivery(&delivery("d1"), Some(&push("main", "{}")))
                .await
                .expect("record");
            assert_eq!(again, Recorded::Duplicate);
            assert_eq!(
                q.job_counts().await.expect("counts"),
                vec![("queued".into(), 1)]
            );
        }
    }

    #[tokio::test]
    async fn a_burst_of_pushes_to_one_branch_is_one_job_with_the_latest_payload() {
        let dir = tempfile::tempdir().expect("tempdir");
        for q in queues(&dir).await {
            let mut ids = Vec::new();
            for (i, d) in ["a", "b", "c"].iter().enumerate() {
                let r = q
                    .record_delivery(
                        &delivery(d),
                        Some(&push("main", &format!("{{\"n\": {i}}}"))),
                    )
                    .await
                    .expect("record");
                let Recorded::New { job: Some(id) } = r else {
                    panic!("{r:?}")
                };
                ids.push(id);
            }
            assert!(ids.windows(2).all(|w| w[0] == w[1]), "{ids:?}");
            // Another repository's push (pushes to one repository run one at a time).
            let other = q
                .enqueue(&NewJob {
                    repository: Some("octo/other".into()),
                    dedupe_key: Some("push:octo/other:refs/heads/main".into()),
                    ..push("main", "{}")
                })
                .await
                .expect("enqueue");
            assert_ne!(other, ids[0]);
            let now = now_ms();
            let job = q
                .claim(&["push"], "w", now)
                .await
                .expect("claim")
                .expect("a job");
            assert_eq!(
                (job.id, job.payload.as_str(), job.delivery_id.as_deref()),
                (ids[0], "{\"n\": 2}", Some("c"))
            );
            // A push while that job runs queues a new one, which waits for the running one.
            let newer = q
                .enqueue(&push("main", "{\"n\": 3}"))
                .await
                .expect("enqueue");
            assert_ne!(newer, job.id);
            let later = now_ms() + 1000;
            let next = q
                .claim(&["push"], "w", later)
                .await
                .expect("claim")
                .expect("the other repository's job");
            assert_eq!(next.id, other);
            assert_eq!(q.claim(&["push"], "w", later).await.expect("claim"), None);
            q.complete(&job).await.expect("complete");
            let last = q
                .claim(&["push"], "w", later)
                .await
                .expect("claim")
                .expect("the newer main job");
            assert_eq!(last.id, newer);
        }
    }

    #[tokio::test]
    async fn an_abandoned_job_is_claimed_again_after_its_lease_and_given_up_after_max_attempts() {
        let dir = tempfile::tempdir().expect("tempdir");
        for q in queues(&dir).await {
            let id = q.enqueue(&push("main", "{}")).await.expect("enqueue");
            let t0 = now_ms();
            let lease = q.policy.lease.as_millis() as i64;
            let first = q
                .claim(&["push"], "w", t0)
                .await
                .expect("claim")
                .expect("job");
            assert_eq!((first.id, first.attempts), (id, 1));
            // The worker "crashes": nothing else can take the job while the lease is live...
            assert_eq!(
                q.claim(&["push"], "w", t0 + lease - 1)
                    .await
                    .expect("claim"),
                None
            );
            // ...and the next claim after it expires gets it back.
            let second = q
                .claim(&["push"], "w", t0 + lease + 1)
                .await
                .expect("claim")
                .expect("job again");
            assert_eq!((second.id, second.attempts), (id, 2));
            let third = q
                .claim(&["push"], "w", t0 + 2 * lease + 2)
                .await
                .expect("claim")
                .expect("job again");
            assert_eq!(third.attempts, 3);
            // A fourth expiry exceeds max_attempts = 3: failed, not handed out.
            assert_eq!(
                q.claim(&["push"], "w", t0 + 3 * lease + 3)
                    .await
                    .expect("claim"),
                None
            );
            assert_eq!(
                q.job_counts().await.expect("counts"),
                vec![("failed".into(), 1)]
            );
        }
    }

    #[tokio::test]
    async fn failures_back_off_exponentially_then_fail_with_the_last_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        for q in queues(&dir).await {
            q.enqueue(&push("main", "{}")).await.expect("enqueue");
            let mut now = now_ms();
            let mut delays = Vec::new();
            loop {
                let job = q
                    .claim(&["push"], "w", now)
                    .await
                    .expect("claim")
                    .expect("job");
                match q
                    .fail(&job, "GitHub answered 502", now)
                    .await
                    .expect("fail")
                {
                    Retry::At(at) => {
                        delays.push((at - now) / 1000);
                        assert_eq!(q.claim(&["push"], "w", at - 1).await.expect("claim"), None);
                        now = at;
                    }
                    Retry::GaveUp => break,
                    Retry::Lost => panic!("the only worker lost its lease"),
                }
            }
            assert_eq!(delays, vec![10, 20]);
            assert_eq!(
                q.job_counts().await.expect("counts"),
                vec![("failed".into(), 1)]
            );
        }
    }

    #[tokio::test]
    async fn jobs_that_rebuild_a_repository_s_bot_branch_run_one_at_a_time_per_repository() {
        let dir = tempfile::tempdir().expect("tempdir");
        for q in queues(&dir).await {
            let job = |kind: &str, repo: &str| NewJob {
                kind: kind.into(),
                repository: Some(repo.into()),
                installation_id: Some(7),
                dedupe_key: Some(format!("{kind}:{repo}")),
                payload: "{}".into(),
            };
            let kinds = ["push", "sweep", "command"];
            q.enqueue(&job("sweep", "octo/a")).await.expect("enqueue");
            q.enqueue(&job("push", "octo/a")).await.expect("enqueue");
            q.enqueue(&job("command", "octo/a")).await.expect("enqueue");
            q.enqueue(&job("push", "octo/b")).await.expect("enqueue");
            let now = now_ms() + 1;
            let sweep = q
                .claim(&kinds, "w", now)
                .await
                .expect("claim")
                .expect("a job");
            assert_eq!(
                (sweep.kind.as_str(), sweep.repository.as_deref()),
                ("sweep", Some("octo/a"))
            );
            // octo/a's push waits for the sweep; a command (another branch) and octo/b do not.
            let next = q
                .claim(&kinds, "w", now)
                .await
                .expect("claim")
                .expect("a job");
            assert_eq!(next.kind, "command");
            let next = q
                .claim(&kinds, "w", now)
                .await
                .expect("claim")
                .expect("a job");
            assert_eq!(next.repository.as_deref(), Some("octo/b"));
            assert!(q.claim(&kinds, "w", now).await.expect("claim").is_none());
            q.complete(&sweep).await.expect("complete");
            let push = q
                .claim(&kinds, "w", now)
                .await
                .expect("claim")
                .expect("a job");
            assert_eq!(
                (push.kind.as_str(), push.repository.as_deref()),
                ("push", Some("octo/a"))
            );
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn concurrent_claims_never_run_two_branch_writers_of_one_repository_or_one_job_twice() {
        let dir = tempfile::tempdir().expect("tempdir");
        for q in queues(&dir).await {
            for round in 0..10 {
                // Three repositories, each with a push and a sweep (different dedupe keys):
                // however the claims interleave, at most one of each pair may be running.
                for repo in ["octo/a", "octo/b", "octo/c"] {
                    for kind in ["push", "sweep"] {
                        q.enqueue(&NewJob {
                            kind: kind.into(),
                            repository: Some(repo.into()),
                            installation_id: Some(7),
                            dedupe_key: Some(format!("{kind}:{repo}:{round}")),
                            payload: "{}".into(),
                        })
                        .await
                        .expect("enqueue");
                    }
                }
                let now = now_ms() + 1;
                let claims = (0..8).map(|w| {
                    let q = q.clone();
                    tokio::spawn(async move {
                        q.claim(&["push", "sweep"], &format!("w{w}"), now)
                            .await
                            .expect("claim")
                    })
                });
                let mut claimed = Vec::new();
                for c in claims {
                    if let Some(job) = c.await.expect("task") {
                        claimed.push(job);
                    }
                }
                let mut repos: Vec<_> = claimed.iter().map(|j| j.repository.clone()).collect();
                repos.sort();
                repos.dedup();
                assert_eq!(
                    repos.len(),
                    claimed.len(),
                    "round {round}: two branch writers of one repository claimed at once: {claimed:?}"
                );
                assert_eq!(claimed.len(), 3, "round {round}: one job per repository");
                for job in &claimed {
                    assert!(q.complete(job).await.expect("complete"));
                }
                // The second job of each repository, then nothing.
                for _ in 0..3 {
                    let job = q.claim(&["push", "sweep"], "w", now).await.expect("claim");
                    let job = job.expect("the other job of a repository");
                    assert!(q.complete(&job).await.expect("complete"));
                }
                assert_eq!(
                    q.claim(&["push", "sweep"], "w", now).await.expect("claim"),
                    None
                );
            }
        }
    }

    #[tokio::test]
    async fn a_claim_waits_for_a_concurrent_claim_to_commit_before_judging_a_repository_free() {
        let dir = tempfile::tempdir().expect("tempdir");
        for q in queues(&dir).await {
            for kind in ["push", "sweep"] {
                q.enqueue(&NewJob {
                    kind: kind.into(),
                    repository: Some("octo/a".into()),
                    installation_id: Some(7),
                    dedupe_key: Some(format!("{kind}:octo/a")),
                    payload: "{}".into(),
                })
                .await
                .expect("enqueue");
            }
            let now = now_ms() + 1;
            // Replica 1 claims octo/a's push; its transaction has not committed yet...
            let mut first = q.pool.begin().await.expect("begin");
            let claimed = q
                .claim_in(&mut first, &["push", "sweep"], "r1", now)
                .await
                .expect("claim")
                .expect("the push");
            // ...when replica 2 claims: it must not take octo/a's sweep (two writers of one
            // bot branch). It sees replica 1's claim only once that commits, so it must wait.
            let second = tokio::spawn({
                let q = q.clone();
                async move { q.claim(&["push", "sweep"], "r2", now).await.expect("claim") }
            });
            tokio::time::sleep(Duration::from_millis(300)).await;
            first.commit().await.expect("commit");
            assert_eq!(
                second.await.expect("task"),
                None,
                "claimed {:?} too",
                claimed.kind
            );
        }
    }

    #[tokio::test]
    async fn a_worker_that_lost_its_lease_records_nothing_and_learns_it_must_stop() {
        let dir = tempfile::tempdir().expect("tempdir");
        for q in queues(&dir).await {
            q.enqueue(&push("main", "{}")).await.expect("enqueue");
            let t0 = now_ms() + 1;
            let lease = q.policy.lease.as_millis() as i64;
            let stalled = q
                .claim(&["push"], "w1", t0)
                .await
                .expect("claim")
                .expect("job");
            assert!(
                q.renew(&stalled, t0 + 1).await.expect("renew"),
                "still its lease"
            );
            // It stalls past its lease; another worker takes the job over.
            let taker = q
                .claim(&["push"], "w2", t0 + 1 + lease + 1)
                .await
                .expect("claim")
                .expect("the abandoned job");
            assert_eq!(taker.id, stalled.id);
            assert_eq!(
                q.scalar_for_tests(&format!(
                    "SELECT claimed_by FROM jobs WHERE id = {}",
                    taker.id
                ))
                .await,
                "w2"
            );
            assert!(!q.renew(&stalled, t0 + lease + 3).await.expect("renew"));
            assert!(!q.complete(&stalled).await.expect("complete"));
            assert_eq!(
                q.fail(&stalled, "late", t0 + lease + 3)
                    .await
                    .expect("fail"),
                Retry::Lost
            );
            assert_eq!(
                q.job_counts().await.expect("counts"),
                vec![("running".into(), 1)],
                "the stalled worker changed nothing"
            );
            assert!(q.complete(&taker).await.expect("complete"));
            assert_eq!(
                q.job_counts().await.expect("counts"),
                vec![("done".into(), 1)]
            );
        }
    }

    #[tokio::test]
    async fn only_the_kinds_a_worker_handles_are_claimed() {
        let dir = tempfile::tempdir().expect("tempdir");
        for q in queues(&dir).await {
            q.enqueue(&push("main", "{}")).await.expect("enqueue");
            assert_eq!(
                q.claim(&["installation"], "w", now_ms())
                    .await
                    .expect("claim"),
                None
            );
            assert!(q
                .claim(&["installation", "push"], "w", now_ms())
                .await
                .expect("claim")
                .is_some());
        }
    }

    #[tokio::test]
    async fn installations_and_their_repositories_are_recorded_and_forgotten() {
        let dir = tempfile::tempdir().expect("tempdir");
        for q in queues(&dir).await {
            q.upsert_installation(5, "octo", &[(1, "octo/a".into()), (2, "octo/b".into())])
                .await
                .expect("install");
            q.change_repositories(5, &[(3, "octo/c".into())], &[1])
                .await
                .expect("change");
            assert_eq!(
                q.repositories(5).await.expect("repos"),
                vec!["octo/b", "octo/c"]
            );
            q.delete_installation(5).await.expect("delete");
            assert!(q.repositories(5).await.expect("repos").is_empty());
        }
    }
}
