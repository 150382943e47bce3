from ledger.balance import running_balances
from ledger.checksums import weight


def test_running_balances_accumulate():
    records = ["a", "bb", "ccc", "dddd"]
    balances = running_balances(records, opening=10)
    expected = []
    balance = 10
    for r in records:
        balance += weight(r) % 100
        expected.append(balance)
    assert balances == expected
