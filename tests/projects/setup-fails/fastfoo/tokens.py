"""Pure-Python fallback of the token statistics."""
import zlib


def token_score(text):
    score = 0
    for round_ in range(50):
        for token in text.split():
            score = zlib.crc32(token.encode("utf-8"), score + round_)
    return score


def scores(texts):
    out = []
    for text in texts:
        out.append(token_score(text))
    return out
