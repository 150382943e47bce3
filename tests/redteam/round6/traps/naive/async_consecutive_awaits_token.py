"""Hazard [consecutive awaits with a hidden dependency]: `load_profile` builds its request from the token `login` stores in a module dict; gathered together, the request is built before the login has finished."""
import asyncio

SESSION = {}


async def login(user):
    await asyncio.sleep(0.05)
    SESSION["token"] = f"tok-{user}"
    return True


async def load_profile():
    token = SESSION.get("token", "anonymous")
    await asyncio.sleep(0.05)
    return f"profile for {token}"


async def amain():
    ok, profile = await asyncio.gather(login("ada"), load_profile())
    return ok, profile


def main():
    return asyncio.run(amain())
