-- Which worker holds a running job ("<pid>@<host>/w<n>"): operators see who runs what, and a
-- replica that lost its lease can tell that another one took the job over.
ALTER TABLE jobs ADD COLUMN claimed_by TEXT;
