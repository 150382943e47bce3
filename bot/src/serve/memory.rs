//! What the App remembers about people's decisions: the rewrites each bot pull request
//! proposes, the ones declined by closing such a pull request without merging, and the notices
//! it gives only once.

use std::collections::BTreeSet;

use sqlx::Row;

use super::queue::{now_ms, q, Queue, QueueError};

/// One proposed rewrite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub fingerprint: String,
    pub rule: String,
    pub path: String,
}

impl Queue {
    /// Pull request `number` now proposes exactly `proposals` (replacing what it proposed
    /// before: a rebuilt pull request may have lost rewrites).
    pub async fn record_proposals(
        &self,
        repository: &str,
        number: u64,
        proposals: &[Proposal],
    ) -> Result<(), QueueError> {
        let what = "recording the proposed rewrites";
        let mut tx = self.pool.begin().await.map_err(q(what))?;
        sqlx::query("DELETE FROM proposals WHERE repository = $1 AND pull_number = $2")
            .bind(repository)
            .bind(number as i64)
            .execute(&mut *tx)
            .await
            .map_err(q(what))?;
        for p in proposals.iter().filter(|p| !p.fingerprint.is_empty()) {
            sqlx::query(
                "INSERT INTO proposals (repository, pull_number, fingerprint, rule, path) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            )
            .bind(repository)
            .bind(number as i64)
            .bind(&p.fingerprint)
            .bind(&p.rule)
            .bind(&p.path)
            .execute(&mut *tx)
            .await
            .map_err(q(what))?;
        }
        tx.commit().await.map_err(q(what))
    }

    /// What pull request `number` proposed.
    pub async fn proposals(
        &self,
        repository: &str,
        number: u64,
    ) -> Result<Vec<Proposal>, QueueError> {
        let rows = sqlx::query(
            "SELECT fingerprint, rule, path FROM proposals \
             WHERE repository = $1 AND pull_number = $2 ORDER BY path, rule, fingerprint",
        )
        .bind(repository)
        .bind(number as i64)
        .fetch_all(&self.pool)
        .await
        .map_err(q("reading the proposed rewrites"))?;
        rows.iter()
            .map(|r| {
                Ok(Proposal {
                    fingerprint: r.try_get(0)?,
                    rule: r.try_get(1)?,
                    path: r.try_get(2)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(q("reading the proposed rewrites"))
    }

    /// Decline everything pull request `number` proposed; how many rewrites that is.
    pub async fn decline(&self, repository: &str, number: u64) -> Result<usize, QueueError> {
        let proposals = self.proposals(repository, number).await?;
        let what = "recording the declined rewrites";
        let mut tx = self.pool.begin().await.map_err(q(what))?;
        for p in &proposals {
            sqlx::query(
                "INSERT INTO declined (repository, fingerprint, pull_number, declined_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (repository, fingerprint) \
                 DO UPDATE SET pull_number = excluded.pull_number, declined_at = excluded.declined_at",
            )
            .bind(repository)
            .bind(&p.fingerprint)
            .bind(number as i64)
            .bind(now_ms())
            .execute(&mut *tx)
            .await
            .map_err(q(what))?;
        }
        tx.commit().await.map_err(q(what))?;
        Ok(proposals.len())
    }

    /// Forget what closing pull request `number` declined (it was reopened).
    pub async fn undecline(&self, repository: &str, number: u64) -> Result<u64, QueueError> {
        let done = sqlx::query("DELETE FROM declined WHERE repository = $1 AND pull_number = $2")
            .bind(repository)
            .bind(number as i64)
            .execute(&self.pool)
            .await
            .map_err(q("forgetting declined rewrites"))?;
        Ok(done.rows_affected())
    }

    /// Someone asked for these rewrites explicitly: they are no longer declined.
    pub async fn forget_declined(
        &self,
        repository: &str,
        fingerprints: &[String],
    ) -> Result<(), QueueError> {
        for f in fingerprints {
            sqlx::query("DELETE FROM declined WHERE repository = $1 AND fingerprint = $2")
                .bind(repository)
                .bind(f)
                .execute(&self.pool)
                .await
                .map_err(q("forgetting a declined rewrite"))?;
        }
        Ok(())
    }

    /// The fingerprints declined in the repository.
    pub async fn declined(&self, repository: &str) -> Result<BTreeSet<String>, QueueError> {
        let rows = sqlx::query("SELECT fingerprint FROM declined WHERE repository = $1")
            .bind(repository)
            .fetch_all(&self.pool)
            .await
            .map_err(q("reading the declined rewrites"))?;
        rows.iter()
            .map(|r| r.try_get::<String, _>(0))
            .collect::<Result<_, _>>()
            .map_err(q("reading the declined rewrites"))
    }

    /// Whether `notice` was given for the repository already.
    pub async fn notice_given(&self, repository: &str, notice: &str) -> Result<bool, QueueError> {
        let row = sqlx::query("SELECT 1 FROM notices WHERE repository = $1 AND notice = $2")
            .bind(repository)
            .bind(notice)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("reading a notice"))?;
        Ok(row.is_some())
    }

    /// Record that `notice` was given (call after posting it: a failed post is retried).
    pub async fn record_notice(&self, repository: &str, notice: &str) -> Result<(), QueueError> {
        sqlx::query(
            "INSERT INTO notices (repository, notice, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING",
        )
        .bind(repository)
        .bind(notice)
        .bind(now_ms())
        .execute(&self.pool)
        .await
        .map_err(q("recording a notice"))?;
        Ok(())
    }
}

/// A repository whose sweep is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueSweep {
    pub repository: String,
    pub installation: i64,
}

impl Queue {
    /// Repositories of active installations whose next sweep is due at `now` (never swept
    /// ones included: a new installation is swept at once).
    pub async fn due_sweeps(&self, now: i64) -> Result<Vec<DueSweep>, QueueError> {
        let rows = sqlx::query(
            "SELECT r.full_name, r.installation_id FROM repositories r \
             JOIN installations i ON i.id = r.installation_id \
             LEFT JOIN sweeps s ON s.repository = r.full_name \
             WHERE i.suspended = 0 \
               AND (s.repository IS NULL OR (s.next_at IS NOT NULL AND s.next_at <= $1)) \
             ORDER BY r.full_name",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .map_err(q("listing due sweeps"))?;
        rows.iter()
            .map(|r| {
                Ok(DueSweep {
                    repository: r.try_get(0)?,
                    installation: r.try_get(1)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(q("listing due sweeps"))
    }

    /// Queue `job`, the sweep of `due`, if it is still due at `now`, and mark it pending until
    /// `pending_until`, in one transaction; `false` when another scheduler (a replica) queued
    /// it first. The conditional upsert is what makes a due sweep run once however many
    /// schedulers look at the same moment: the second one's update finds `next_at` moved on.
    pub async fn enqueue_sweep_if_due(
        &self,
        due: &DueSweep,
        job: &super::queue::NewJob,
        now: i64,
        pending_until: i64,
    ) -> Result<bool, QueueError> {
        let what = "queueing a due sweep";
        let mut tx = self.pool.begin().await.map_err(q(what))?;
        let taken = sqlx::query(
            "INSERT INTO sweeps (repository, installation_id, next_at) VALUES ($1, $2, $3) \
             ON CONFLICT (repository) DO UPDATE SET installation_id = excluded.installation_id, \
             next_at = excluded.next_at \
             WHERE sweeps.next_at IS NOT NULL AND sweeps.next_at <= $4",
        )
        .bind(&due.repository)
        .bind(due.installation)
        .bind(pending_until)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(q(what))?
        .rows_affected();
        if taken == 0 {
            tx.rollback().await.map_err(q(what))?;
            return Ok(false);
        }
        super::queue::insert_job(&mut tx, job, None, now).await?;
        tx.commit().await.map_err(q(what))?;
        Ok(true)
    }

    /// The next sweep of `repository` is at `next_at` (`None`: none until the schedule is on).
    pub async fn schedule_sweep(
        &self,
        repository: &str,
        installation: i64,
        next_at: Option<i64>,
    ) -> Result<(), QueueError> {
        sqlx::query(
            "INSERT INTO sweeps (repository, installation_id, next_at) VALUES ($1, $2, $3) \
             ON CONFLICT (repository) DO UPDATE SET installation_id = excluded.installation_id, \
             next_at = excluded.next_at",
        )
        .bind(repository)
        .bind(installation)
        .bind(next_at)
        .execute(&self.pool)
        .await
        .map_err(q("scheduling a sweep"))?;
        Ok(())
    }

    /// A push read `schedule` on: sweeps resume at `next_at` if they were off (a schedule
    /// already running is kept).
    pub async fn resume_sweeps(
        &self,
        repository: &str,
        installation: i64,
        next_at: i64,
    ) -> Result<(), QueueError> {
        sqlx::query(
            "INSERT INTO sweeps (repository, installation_id, next_at) VALUES ($1, $2, $3) \
             ON CONFLICT (repository) DO UPDATE SET \
             next_at = COALESCE(sweeps.next_at, excluded.next_at)",
        )
        .bind(repository)
        .bind(installation)
        .bind(next_at)
        .execute(&self.pool)
        .await
        .map_err(q("resuming sweeps"))?;
        Ok(())
    }

    /// The repository's dashboard issue, if the App opened one.
    pub async fn dashboard_issue(&self, repository: &str) -> Result<Option<u64>, QueueError> {
        let row = sqlx::query("SELECT dashboard_issue FROM sweeps WHERE repository = $1")
            .bind(repository)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("reading the dashboard issue"))?;
        let n: Option<i64> = match row {
            Some(r) => r.try_get(0).map_err(q("reading the dashboard issue"))?,
            None => None,
        };
        Ok(n.map(|n| n as u64))
    }

    pub async fn set_dashboard_issue(
        &self,
        repository: &str,
        installation: i64,
        number: u64,
    ) -> Result<(), QueueError> {
        sqlx::query(
            "INSERT INTO sweeps (repository, installation_id, dashboard_issue) VALUES ($1, $2, $3) \
             ON CONFLICT (repository) DO UPDATE SET dashboard_issue = excluded.dashboard_issue",
        )
        .bind(repository)
        .bind(installation)
        .bind(number as i64)
        .execute(&self.pool)
        .await
        .map_err(q("recording the dashboard issue"))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::queue::tests::queues;
    use crate::serve::queue::NewJob;

    fn proposal(fingerprint: &str, path: &str) -> Proposal {
        Proposal {
            fingerprint: fingerprint.into(),
            rule: "PAR101".into(),
            path: path.into(),
        }
    }

    #[tokio::test]
    async fn closing_declines_what_the_pull_request_last_proposed_and_reopening_forgets_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        for queue in queues(&dir).await {
            let repo = "octo/repo";
            queue
                .record_proposals(repo, 3, &[proposal("a", "x.py"), proposal("b", "y.py")])
                .await
                .expect("record");
            // Rebuilt: `b` is no longer proposed; an empty fingerprint is never recorded.
            queue
                .record_proposals(repo, 3, &[proposal("a", "x.py"), proposal("", "z.py")])
                .await
                .expect("record");
            queue
                .record_proposals("other/repo", 3, &[proposal("c", "x.py")])
                .await
                .expect("record");
            assert!(queue.declined(repo).await.expect("read").is_empty());
            assert_eq!(queue.decline(repo, 3).await.expect("decline"), 1);
            assert_eq!(
                queue.declined(repo).await.expect("read"),
                BTreeSet::from(["a".to_owned()])
            );
            assert!(queue.declined("other/repo").await.expect("read").is_empty());
            // Asked for explicitly: no longer declined (and nothing to undo on reopening).
            queue
                .forget_declined(repo, &["a".to_owned()])
                .await
                .expect("forget");
            assert!(queue.declined(repo).await.expect("read").is_empty());
            queue.decline(repo, 3).await.expect("decline");
            assert_eq!(queue.undecline(repo, 3).await.expect("undecline"), 1);
            assert!(queue.declined(repo).await.expect("read").is_empty());
        }
    }

    #[tokio::test]
    async fn a_notice_is_given_once_per_repository() {
        let dir = tempfile::tempdir().expect("tempdir");
        for queue in queues(&dir).await {
            let given = |repo: &'static str| {
                let queue = queue.clone();
                async move {
                    queue
                        .notice_given(repo, "human-commit:4")
                        .await
                        .expect("read")
                }
            };
            assert!(!given("a/b").await);
            queue
                .record_notice("a/b", "human-commit:4")
                .await
                .expect("record");
            queue
                .record_notice("a/b", "human-commit:4")
                .await
                .expect("twice is fine");
            assert!(given("a/b").await);
            assert!(!given("a/c").await);
        }
    }

    #[tokio::test]
    async fn a_sweep_listed_by_two_schedulers_is_queued_by_the_first_only_even_once_it_runs() {
        let dir = tempfile::tempdir().expect("tempdir");
        for queue in queues(&dir).await {
            queue
                .upsert_installation(7, "octo", &[(1, "octo/a".into())])
                .await
                .expect("install");
            // Scheduler 2 lists what is due, then stalls...
            let listed = queue.due_sweeps(10).await.expect("due");
            assert_eq!(listed.len(), 1);
            // ...while scheduler 1 queues the sweep and a worker starts it.
            assert_eq!(
                super::super::sweep::enqueue_due(&queue, 10)
                    .await
                    .expect("enqueue"),
                1
            );
            let job = queue
                .claim(&["sweep"], "w", now_ms())
                .await
                .expect("claim")
                .expect("the sweep");
            // Scheduler 2 goes on with its stale list: nothing more is queued.
            let again = NewJob {
                kind: "sweep".into(),
                repository: Some("octo/a".into()),
                installation_id: Some(7),
                dedupe_key: Some("sweep:octo/a".into()),
                payload: "{}".into(),
            };
            assert!(!queue
                .enqueue_sweep_if_due(&listed[0], &again, 10, 10 + 1000)
                .await
                .expect("enqueue"));
            assert_eq!(
                queue.job_counts().await.expect("counts"),
                vec![("running".into(), 1)]
            );
            assert!(queue.complete(&job).await.expect("complete"));
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_due_sweep_is_queued_once_however_many_schedulers_look_at_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        for queue in queues(&dir).await {
            let repos: Vec<(i64, String)> = (1..=6).map(|i| (i, format!("octo/r{i}"))).collect();
            queue
                .upsert_installation(7, "octo", &repos)
                .await
                .expect("install");
            // Never swept (a new installation), then due again at 1000 and 2000: each time
            // five schedulers (replicas) look at the same moment.
            for (round, now) in [(0, 10), (1, 1000), (2, 2000)] {
                if round > 0 {
                    for (_, name) in &repos {
                        queue
                            .schedule_sweep(name, 7, Some(now))
                            .await
                            .expect("schedule");
                    }
                    // What the previous round queued ran.
                    sqlx::query("UPDATE jobs SET state = 'done'")
                        .execute(&queue.pool)
                        .await
                        .expect("finish");
                }
                let schedulers = (0..5).map(|_| {
                    let queue = queue.clone();
                    tokio::spawn(async move {
                        super::super::sweep::enqueue_due(&queue, now)
                            .await
                            .expect("enqueue")
                    })
                });
                let mut queued = 0;
                for s in schedulers {
                    queued += s.await.expect("task");
                }
                assert_eq!(
                    queued,
                    repos.len(),
                    "round {round}: one sweep per repository"
                );
                let rows = sqlx::query(
                    "SELECT repository, COUNT(*) FROM jobs WHERE kind = 'sweep' AND state = 'queued' \
                     GROUP BY repository ORDER BY repository",
                )
                .fetch_all(&queue.pool)
                .await
                .expect("count");
                let counts: Vec<(String, i64)> = rows
                    .iter()
                    .map(|r| (r.get::<String, _>(0), r.get::<i64, _>(1)))
                    .collect();
                let expected: Vec<(String, i64)> =
                    repos.iter().map(|(_, name)| (name.clone(), 1)).collect();
                assert_eq!(counts, expected, "round {round}");
            }
        }
    }

    #[tokio::test]
    async fn new_repositories_are_due_at_once_then_on_their_schedule_and_off_means_never() {
        let dir = tempfile::tempdir().expect("tempdir");
        for queue in queues(&dir).await {
            queue
                .upsert_installation(7, "octo", &[(1, "octo/a".into()), (2, "octo/b".into())])
                .await
                .expect("install");
            let due = |now| {
                let queue = queue.clone();
                async move {
                    queue
                        .due_sweeps(now)
                        .await
                        .expect("due")
                        .into_iter()
                        .map(|d| d.repository)
                        .collect::<Vec<_>>()
                }
            };
            assert_eq!(due(0).await, vec!["octo/a", "octo/b"]);
            queue
                .schedule_sweep("octo/a", 7, Some(100))
                .await
                .expect("schedule");
            queue
                .schedule_sweep("octo/b", 7, None)
                .await
                .expect("schedule");
            assert!(due(99).await.is_empty());
            assert_eq!(due(100).await, vec!["octo/a"]);
            queue
                .set_dashboard_issue("octo/a", 7, 12)
                .await
                .expect("issue");
            assert_eq!(
                queue.dashboard_issue("octo/a").await.expect("read"),
                Some(12)
            );
            assert_eq!(due(100).await, vec!["octo/a"], "the schedule is kept");
            // A push with `schedule` on resumes an "off" schedule, and keeps a running one.
            queue.resume_sweeps("octo/b", 7, 500).await.expect("resume");
            queue.resume_sweeps("octo/a", 7, 900).await.expect("resume");
            assert_eq!(due(500).await, vec!["octo/a", "octo/b"]);
            queue.set_suspended(7, true).await.expect("suspend");
            assert!(
                due(1000).await.is_empty(),
                "suspended installations are not swept"
            );
        }
    }
}
