-- Webhook deliveries (dedupe by GitHub's delivery id), the durable job queue, and what the App
-- is installed on. Times are Unix milliseconds. Keep statements portable to the Postgres folder.
CREATE TABLE deliveries (
    id TEXT PRIMARY KEY,
    event TEXT NOT NULL,
    action TEXT,
    installation_id BIGINT,
    repository TEXT,
    received_at BIGINT NOT NULL
);

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    repository TEXT,
    installation_id BIGINT,
    dedupe_key TEXT,
    payload TEXT NOT NULL,
    delivery_id TEXT,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    run_after BIGINT NOT NULL,
    lease_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- At most one queued job per dedupe key: a burst of pushes to one branch is one job.
CREATE UNIQUE INDEX jobs_queued_dedupe ON jobs (dedupe_key) WHERE state = 'queued';
CREATE INDEX jobs_claim ON jobs (state, run_after);

CREATE TABLE installations (
    id BIGINT PRIMARY KEY,
    account TEXT NOT NULL,
    suspended INTEGER NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL
);

CREATE TABLE repositories (
    id BIGINT PRIMARY KEY,
    installation_id BIGINT NOT NULL,
    full_name TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX repositories_installation ON repositories (installation_id);
