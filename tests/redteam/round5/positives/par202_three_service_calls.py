"""Positive PAR202: three independent simulated service calls (time.sleep) one after the other."""
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
    user = get_user(uid)
    orders = get_orders(uid)
    prefs = get_preferences(uid)
    return user, orders, prefs
