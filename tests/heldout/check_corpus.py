"""Check a held-out corpus that a writer has just finished, without running the gate.

Usage: .venv/bin/python tests/heldout/check_corpus.py tests/corpus_heldoutN

It materialises the corpus (stripping the gold markers), counts the spans, validates every
report's review.yml (with the site's learning themes) and the corpus policy.yml, and prints
one line for each. A writer runs it to find marker, YAML and schema mistakes; it says nothing
about what the gate would find, so the set stays blind.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

from redact.evaluation import CorpusError, materialise
from redact.policy import PolicyError, load_policy
from redact.review import ReviewError, load_review_metadata
from redact.themes import load_theme_vocabulary, theme_slugs

ROOT = Path(__file__).resolve().parents[2]


def main(corpus: Path) -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        try:
            spans = materialise(corpus, out)
        except CorpusError as error:
            print(f"markers: {error}")
            return 1
        kinds = Counter(span.type for span in spans)
        dates = kinds.pop("DATE", 0)
        blocking = sum(kinds.values())
        print(f"{blocking + dates} spans ({blocking} blocking, {dates} DATE)")
        print("by type: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
        slugs = theme_slugs(load_theme_vocabulary(ROOT / "site_config" / "themes.yml"))
        for review_yml in sorted(out.glob("*/*/review.yml")):
            try:
                load_review_metadata(review_yml.parent, slugs)
            except ReviewError as error:
                problems.append(f"review.yml: {error}")
        print("review.yml: all valid" if not problems else "\n".join(problems))
    try:
        load_policy(corpus / "policy.yml")
        print("policy.yml: valid")
    except PolicyError as error:
        problems.append(str(error))
        print(f"policy.yml: {error}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
