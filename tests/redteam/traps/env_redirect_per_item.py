"""capture() runs a legacy report function under contextlib.redirect_stdout to grab its printed
output; sys.stdout is process-wide, so in a thread pool the reports land in each other's buffers."""
import contextlib
import io
import time


def legacy_report(name):
    print(f"report {name}: begin")
    time.sleep(0.005)  # queries the database
    print(f"report {name}: end")


def capture(name):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        legacy_report(name)
    return buf.getvalue()


def main():
    names = [f"r{i}" for i in range(20)]
    job_log = io.StringIO()
    with contextlib.redirect_stdout(job_log):  # the batch's own chatter goes to the job log
        outputs = [capture(n) for n in names]
    ok = sum(o == f"report {n}: begin\nreport {n}: end\n" for n, o in zip(names, outputs))
    return "all reports intact" if ok == len(names) else "reports mixed up"
