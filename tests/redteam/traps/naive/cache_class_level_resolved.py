"""Resolver.resolve() records every answer in a class-level dict shared by all resolvers; in a
worker the method runs on a pickled copy and the class dict of the worker's own import is filled."""
import hashlib


class Resolver:
    _resolved = {}

    def __init__(self, zone):
        self.zone = zone

    def resolve(self, host):
        h = f"{host}.{self.zone}".encode()
        for _ in range(2000):
            h = hashlib.sha256(h).digest()
        addr = f"10.{h[0]}.{h[1]}.{h[2]}"
        Resolver._resolved[host] = addr
        return addr

    @classmethod
    def known(cls):
        return sorted(cls._resolved)


def main():
    resolver = Resolver("corp.example")
    hosts = [f"node{i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        addrs = dict(zip(hosts, ex.map(resolver.resolve, hosts)))
    return addrs["node0"], len(Resolver.known())
