-- The rewrites each bot pull request proposes (their fingerprints: rule + file + normalised
-- code), so that closing the pull request without merging can decline them.
CREATE TABLE proposals (
    repository TEXT NOT NULL,
    pull_number BIGINT NOT NULL,
    fingerprint TEXT NOT NULL,
    rule TEXT NOT NULL,
    path TEXT NOT NULL,
    PRIMARY KEY (repository, pull_number, fingerprint)
);

-- Rewrites people declined: never proposed again on pushes or sweeps (an explicit
-- `/parallelize` still may). Reopening the pull request removes its rows.
CREATE TABLE declined (
    repository TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    pull_number BIGINT NOT NULL,
    declined_at BIGINT NOT NULL,
    PRIMARY KEY (repository, fingerprint)
);

-- What the bot says only once (a human's commit on its branch, ...).
CREATE TABLE notices (
    repository TEXT NOT NULL,
    notice TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (repository, notice)
);

-- Scheduled sweeps: when each repository is analysed whole next (NULL: `schedule = "off"`),
-- and the number of its dashboard issue (`dashboard = true`).
CREATE TABLE sweeps (
    repository TEXT PRIMARY KEY,
    installation_id BIGINT NOT NULL,
    next_at BIGINT,
    dashboard_issue BIGINT
);
