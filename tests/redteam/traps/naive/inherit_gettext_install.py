"""main() installs gettext's `_` into builtins (the usual i18n start-up); a spawned worker never
ran install(), so the per-item summary raises NameError for `_` there."""
import gettext
import hashlib


def render_summary(batch):
    digest = str(batch).encode()
    count = 0
    for _i in range(2000):
        digest = hashlib.sha256(digest).digest()
        count += digest[0] & 1
    return _("batch %(n)d: %(c)d flagged") % {"n": batch, "c": count}


def main():
    gettext.NullTranslations().install()
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        lines = list(ex.map(render_summary, range(20)))
    return lines[:3]
