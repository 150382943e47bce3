-- The last commit of each branch the App analysed (a coalesced burst of pushes is compared
-- from there, not from the last push's `before`), and the check run a job created (a job
-- re-run after a crash completes that run instead of leaving it in progress).
CREATE TABLE branches (
    repository TEXT NOT NULL,
    branch TEXT NOT NULL,
    analysed_commit TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (repository, branch)
);

ALTER TABLE jobs ADD COLUMN check_run_id BIGINT;
