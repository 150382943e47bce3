"""Hazard [read-modify-write of a shared file]: issue_ticket() reads the next number from counter.json, waits on a slow call, and writes number+1 back; threads read the same number and hand out duplicate tickets."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import json
import os
import time


def issue_ticket(customer):
    with open("counter.json") as f:
        n = json.load(f)["next"]
    time.sleep(0.02)
    tmp = f"counter.{customer}.tmp"
    with open(tmp, "w") as f:
        json.dump({"next": n + 1}, f)
    os.replace(tmp, "counter.json")
    return customer, n


def main():
    with open("counter.json", "w") as f:
        json.dump({"next": 1}, f)
    customers = [f"c{i}" for i in range(16)]
    with ThreadPoolExecutor() as ex:
        tickets = list(ex.map(issue_ticket, customers))
    numbers = [n for _, n in tickets]
    return len(set(numbers)) == len(numbers)
