"""compile_template() consumes the one-shot "strict" flag with options.pop() from a shared
options dict, so only the first template is compiled strictly; every worker gets its own copy."""
import hashlib


def compile_template(name, options):
    strict = options.pop("strict", False)
    rounds = 3000 if strict else 1000
    h = name.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return ("strict" if strict else "lenient"), h.hex()[:6]


def main():
    options = {"strict": True}
    names = [f"tpl_{i}.html" for i in range(20)]
    import concurrent.futures
    import itertools
    with concurrent.futures.ProcessPoolExecutor() as ex:
        compiled = list(ex.map(compile_template, names, itertools.repeat(options)))
    return [mode for mode, _ in compiled].count("strict"), options
