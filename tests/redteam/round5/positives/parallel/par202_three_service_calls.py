"""Positive PAR202: three independent simulated service calls (time.sleep) one after the other."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import time


def get_user(uid):
    time.sleep(0.1)
    return {"id": uid, "name": f"user{uid}"}


def get_orders(uid):
    time.sleep(0.1)
    return [uid * 10 + k for k in range(3)]


def get_preferences(uid):
    time.sleep(0.1)
    return {"theme": "dark" if uid % 2 else "light"}


def main():
    uid = 7
    with ThreadPoolExecutor() as ex:
        fu = ex.submit(get_user, uid)
        fo = ex.submit(get_orders, uid)
        fp = ex.submit(get_preferences, uid)
        user, orders, prefs = fu.result(), fo.result(), fp.result()
    return user, orders, prefs
