"""compile_all() hands back id(obj) as a handle that the caller resolves with a {id: obj} table;
in a worker the id is the address of a pickled copy, so no handle resolves."""
import hashlib


class Shader:
    def __init__(self, name):
        self.name = name
        self.compiled = None


def compile_shader(shader):
    h = shader.name.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    shader.compiled = h.hex()[:8]
    return id(shader)


def main():
    shaders = [Shader(f"pass{i}") for i in range(20)]
    by_id = {id(s): s for s in shaders}
    handles = [compile_shader(s) for s in shaders]
    resolved = [by_id[h].name for h in handles if h in by_id]
    return len(resolved), resolved[:2]
