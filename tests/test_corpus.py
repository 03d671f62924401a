"""The benchmark corpus generator is deterministic and streams (benchmarks/corpus.py)."""
import importlib.util
import inspect
import itertools
import sys
from pathlib import Path

import pytest

CORPUS_PY = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"


@pytest.fixture(scope="module")
def corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", CORPUS_PY)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module      # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_same_seed_same_bytes_and_a_smaller_corpus_is_a_prefix(corpus, tmp_path):
    corpus.write_corpus(tmp_path / "a", 30, seed=3, shard=10)
    corpus.write_corpus(tmp_path / "b", 20, seed=3, shard=10)
    a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.txt"))
    b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*.txt"))
    assert len(a) == 30 and b == a[:20]
    assert [p.parent.name for p in a[::10]] == ["part-0000", "part-0001", "part-0002"]
    for rel in b:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def test_another_seed_gives_other_articles(corpus):
    first = [text for _, text in corpus.generate(5, seed=1)]
    other = [text for _, text in corpus.generate(5, seed=2)]
    assert not set(first) & set(other)


def test_articles_are_generated_one_at_a_time(corpus):
    stream = corpus.generate(10**9, seed=1)    # a billion: only works if nothing is pre-built
    assert inspect.isgenerator(stream)
    assert len(list(itertools.islice(stream, 3))) == 3


def test_articles_have_the_genre_shape(corpus):
    texts = [text for _, text in corpus.generate(200, seed=5)]
    assert len(set(texts)) == 200
    for text in texts:
        headline, dateline, *_ = text.split("\n")
        assert headline and "(" in dateline.split(":")[0] and dateline.split("):")[1].strip()
        assert 1400 <= len(text.encode("utf-8")) <= 4096
    joined = "\n".join(texts)
    for cue in ("Operation ", "joint venture", "under licence", "sanctions", "Ambassador",
                "Foreign Military Sale", "of which", "formerly", "in talks", "\u201c"):
        assert cue in joined, cue
