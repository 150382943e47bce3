"""A request handler that paces itself with a blocking time.sleep inside async def; PAR212 should fire on the sleep in handle."""
import asyncio
import time


async def handle(request_id: int) -> dict:
    time.sleep(0.05)
    return {"id": request_id, "status": 200, "body": f"hello {request_id}"}


async def serve(ids):
    return await asyncio.gather(*(handle(i) for i in ids))


def main():
    responses = asyncio.run(serve(range(20)))
    print(f"served {len(responses)} requests")
    return responses
