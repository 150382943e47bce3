from jobs.work import job_digest, run_jobs


def test_run_jobs_keeps_keys_and_order():
    ids = list(range(100, 120))
    results = run_jobs(ids)
    assert list(results) == ids
    assert results == {i: job_digest(i) for i in ids}
