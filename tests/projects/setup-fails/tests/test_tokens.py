from fastfoo.tokens import scores, token_score

TEXTS = [f"the quick brown fox {i} jumps over {i * 3} lazy dogs" for i in range(20)]


def test_scores_keep_order():
    assert scores(TEXTS) == [token_score(t) for t in TEXTS]


def test_empty_text_scores_zero():
    assert token_score("") == 0
