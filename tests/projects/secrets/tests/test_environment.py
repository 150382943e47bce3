"""What reached the test run from the bot's environment (see README.md)."""
import os

SECRET_MARKER = b"PARALLELIZE_E2E_SECRET="


def test_secret_not_in_environment():
    assert "PARALLELIZE_E2E_SECRET" not in os.environ


def test_github_token_not_in_environment():
    assert "GITHUB_TOKEN" not in os.environ


def test_home_is_not_root_and_is_writable():
    home = os.environ.get("HOME", "")
    assert home, "HOME is not set"
    assert os.path.realpath(home) != "/root"
    probe = os.path.join(home, ".parallelize-e2e-probe")
    with open(probe, "w") as fh:
        fh.write("ok")
    os.remove(probe)


def test_no_readable_process_environment_holds_the_secret():
    """Meaningful only under bubblewrap (its own pid namespace): outside a sandbox, /proc
    also shows the processes of the user that started the run."""
    leaking = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                environ = fh.read()
        except OSError:  # gone, or not ours to read
            continue
        if SECRET_MARKER in environ:
            leaking.append(entry)
    assert leaking == []


def test_write_environment_names(capsys):
    names = sorted(os.environ)
    with open(os.path.join(tmpdir(), "env-names.txt"), "w") as fh:
        fh.write("\n".join(names) + "\n")
    with capsys.disabled():
        print("environment names:", " ".join(names), flush=True)


def tmpdir():
    path = os.environ.get("TMPDIR")
    assert path, "TMPDIR is not set (the sandbox is expected to set it)"
    return path
