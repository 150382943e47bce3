"""The image's HEALTHCHECK: GET /healthz of `parallelize serve` on the port of PARALLELIZE_LISTEN.

Exit status 0 when the App answers 200 (it answers 503 while its database is unreachable),
1 otherwise, with the reason on stdout (`docker inspect` shows it). Standard library only: the
image has Python for the repositories' tests anyway, so no curl is needed.
"""

import os
import sys
import urllib.error
import urllib.request

# The default of PARALLELIZE_LISTEN in the image (the server's own default is 127.0.0.1:3000).
DEFAULT_LISTEN = "0.0.0.0:3000"


def url(listen: str) -> str:
    """The /healthz URL of the address the server listens on (`IP:port`, `[v6]:port`,
    `localhost:port`); a wildcard address is reached on loopback."""
    host, sep, port = listen.strip().rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"PARALLELIZE_LISTEN={listen!r}: expected IP:port")
    host = host.strip("[]")
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/healthz"


def main() -> int:
    try:
        target = url(os.environ.get("PARALLELIZE_LISTEN") or DEFAULT_LISTEN)
    except ValueError as e:
        print(f"unhealthy: {e}")
        return 1
    try:
        with urllib.request.urlopen(target, timeout=4) as response:
            print(f"{target}: {response.status} {response.read(200).decode(errors='replace').strip()}")
            return 0 if response.status == 200 else 1
    except urllib.error.HTTPError as e:
        print(f"unhealthy: {target}: {e.code} {e.read(200).decode(errors='replace').strip()}")
    except (OSError, ValueError) as e:
        print(f"unhealthy: {target}: {e}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
