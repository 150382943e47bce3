"""charge() reads a balance, awaits the payment gateway, then writes the balance back; awaited
one by one the updates compose, gathered they interleave and all but one update is lost."""
import asyncio

BALANCES = {"acme": 1000}


async def charge(account, amount):
    balance = BALANCES[account]
    await asyncio.sleep(0.005)  # payment gateway round trip
    BALANCES[account] = balance - amount
    return amount


async def bill(invoices):
    charged = sum(await asyncio.gather(*(charge("acme", amount) for amount in invoices)))
    return charged


def main():
    charged = asyncio.run(bill([10 + i for i in range(20)]))
    return charged, BALANCES["acme"]
