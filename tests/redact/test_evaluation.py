"""The evaluation corpus: marker parsing, exact offsets, scoring arithmetic, every report valid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from redact.evaluation import (
    BLOCK_TYPES,
    GOLD_TYPES,
    CorpusError,
    GoldSpan,
    load_gold,
    materialise,
    parse_markers,
    report_word_counts,
    score,
)
from redact.findings import Finding, Severity, Surface
from redact.review import load_review_metadata
from redact.themes import load_theme_vocabulary

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
THEMES = ROOT / "site_config" / "themes.yml"


@pytest.mark.parametrize(
    ("raw", "stripped", "markers"),
    [
        # plain text passes through untouched
        ("no markers here", "no markers here", []),
        # a typed marker with no form
        ("Met {{PERSON:Ann Lee}} today", "Met Ann Lee today", [(4, 11, "PERSON", None)]),
        # a form; the agency word stays outside the marker
        ("{{PLACE/in-agency:Wigan}} Council", "Wigan Council", [(0, 5, "PLACE", "in-agency")]),
        # inside a URL, and two markers on one line
        (
            "[x](https://facebook.com/{{SOCIAL:aga88}}) {{PHONE:07700 900123}}",
            "[x](https://facebook.com/aga88) 07700 900123",
            [(25, 30, "SOCIAL", None), (32, 44, "PHONE", None)],
        ),
        # offsets are code points, not bytes: accents and an emoji before the marker
        (
            "Łódź 🙂 {{PERSON/nonwestern:Wiśniewska}}",
            "Łódź 🙂 Wiśniewska",
            [(7, 17, "PERSON", "nonwestern")],
        ),
        # a single brace is ordinary text
        ("a {b} {{NINO:JX 48 21 93 B}}", "a {b} JX 48 21 93 B", [(6, 19, "NINO", None)]),
    ],
)
def test_parse_markers(
    raw: str, stripped: str, markers: list[tuple[int, int, str, str | None]]
) -> None:
    text, found = parse_markers(raw)
    assert text == stripped
    assert [(m.start, m.end, m.type, m.form) for m in found] == markers
    for marker in found:
        assert text[marker.start : marker.end] == marker.text


@pytest.mark.parametrize(
    ("raw", "line", "message"),
    [
        ("{{PERSON:{{PLACE:X}}}}", 1, "nested"),  # nested markers
        ("line one\n{{PERSON:Ann", 2, "not closed"),  # never closed
        ("{{PERSON:Ann\nLee}}", 1, "not closed"),  # closed on another line
        ("text }} more", 1, "without a matching"),  # stray close
        ("a\nb\n{{NAME:Ann}}", 3, "unknown type 'NAME'"),  # unknown type
        ("{{PERSON/shouty:ANN}}", 1, "unknown form 'shouty'"),  # unknown form
        ("{{PERSON:}}", 1, "no text"),  # empty marker
        ("{{ PERSON: Ann }}", 1, "must start a marker"),  # not the marker shape
        ("{{person:Ann}}", 1, "unknown type 'person'"),  # types are upper case
    ],
)
def test_parse_markers_rejects(raw: str, line: int, message: str) -> None:
    with pytest.raises(CorpusError) as caught:
        parse_markers(raw, "r/overview-report.md")
    assert caught.value.line == line
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"r/overview-report.md:{line}:")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _tiny_corpus(base: Path) -> Path:
    corpus = base / "corpus"
    _write(
        corpus / "leaky" / "01-a" / "overview-report.md",
        "# Review\n\nŻaneta met {{PERSON/full:Ann Lee}} at {{ADDRESS:4 Elm Row}}.\n"
        "Call {{PHONE:07700 900123}} on {{DATE:3 May 2021}}.\n",
    )
    _write(corpus / "leaky" / "01-a" / "review.yml", "author: {{PERSON:Bo Yang}}\n")
    (corpus / "leaky" / "01-a" / "lee-photo.png").write_bytes(b"\x89PNG not really")
    _write(
        corpus / "leaky" / "01-a" / "gold.yml",
        "- {file: lee-photo.png, where: file_name, type: PERSON, form: filename, text: lee}\n",
    )
    _write(corpus / "clean" / "01-b" / "overview-report.md", "word " * 200)
    return corpus


def test_materialise_strips_markers_with_exact_offsets(tmp_path: Path) -> None:
    corpus = _tiny_corpus(tmp_path)
    out = tmp_path / "out"
    gold = materialise(corpus, out)
    text = (out / "leaky/01-a/overview-report.md").read_text(encoding="utf-8")
    assert "{{" not in text and "}}" not in text
    in_text = [s for s in gold if s.start is not None]
    assert [(s.type, s.text) for s in in_text] == [
        ("PERSON", "Ann Lee"),
        ("ADDRESS", "4 Elm Row"),
        ("PHONE", "07700 900123"),
        ("DATE", "3 May 2021"),
        ("PERSON", "Bo Yang"),
    ]
    for span in in_text:
        assert span.end is not None and span.start is not None
        assert (out / span.path).read_text(encoding="utf-8")[span.start : span.end] == span.text
    assert (out / "leaky/01-a/review.yml").read_text(encoding="utf-8") == "author: Bo Yang\n"
    assert [s.surface for s in in_text if s.path.endswith("review.yml")] == ["metadata"]
    # the sidecar is gold, not content: never copied, its span has no offsets
    assert not (out / "leaky/01-a/gold.yml").exists()
    (name_span,) = [s for s in gold if s.start is None]
    assert (name_span.path, name_span.surface, name_span.form) == (
        "leaky/01-a/lee-photo.png",
        "file_name",
        "filename",
    )
    assert (out / "leaky/01-a/lee-photo.png").read_bytes() == b"\x89PNG not really"
    assert load_gold(corpus) == gold


def test_materialise_refuses_a_non_empty_output(tmp_path: Path) -> None:
    corpus = _tiny_corpus(tmp_path)
    out = tmp_path / "out"
    _write(out / "stale.md", "old")
    with pytest.raises(CorpusError, match="not empty"):
        materialise(corpus, out)


def test_sidecar_text_must_be_in_the_file_name(tmp_path: Path) -> None:
    corpus = _tiny_corpus(tmp_path)
    _write(
        corpus / "leaky" / "01-a" / "gold.yml",
        "- {file: lee-photo.png, where: file_name, type: PERSON, text: smith}\n",
    )
    with pytest.raises(CorpusError, match="not in the file name"):
        load_gold(corpus)


def _finding(
    path: Path,
    start: int | None,
    end: int | None,
    severity: Severity = Severity.BLOCK,
    surface: Surface = Surface.PARAGRAPH,
) -> Finding:
    return Finding(str(path), start, end, None, None, "X", severity, 1.0, "test", surface, "")


def test_score_arithmetic(tmp_path: Path) -> None:
    corpus = _tiny_corpus(tmp_path)
    out = tmp_path / "out"
    gold = materialise(corpus, out)
    spans = {s.text: s for s in gold}
    report = out / "leaky/01-a/overview-report.md"
    ann, address, phone, date = (
        spans["Ann Lee"],
        spans["4 Elm Row"],
        spans["07700 900123"],
        spans["3 May 2021"],
    )
    assert ann.start is not None and address.start is not None and phone.start is not None
    assert date.start is not None and date.end is not None
    findings = [
        _finding(report, ann.start, ann.start + 3),  # covers "Ann" of "Ann Lee": found, 3/7 chars
        _finding(report, address.start, address.start + 9, Severity.WARN),  # warn does not count
        _finding(report, 0, 1),  # "#": blocking, touches no gold span
        _finding(report, date.start, date.end, Severity.WARN),  # the DATE is flagged (any severity)
        _finding(out / "leaky/01-a/lee-photo.png", None, None, surface=Surface.FILE_NAME),
        _finding(out / "clean/01-b/overview-report.md", 0, 4),  # a false positive on a clean report
        _finding(out / "clean/01-b/overview-report.md", 5, 9, Severity.WARN),  # warnings pass
    ]
    scores = score(gold, findings, out)
    # block spans: Ann Lee (hit), 4 Elm Row (miss), phone (miss), Bo Yang (miss), lee (hit)
    assert (scores.recall.hit, scores.recall.total) == (2, 5)
    assert (scores.strict_coverage.hit, scores.strict_coverage.total) == (3 + 3, 7 + 9 + 12 + 7 + 3)
    assert (scores.leaky_reports_with_miss.hit, scores.leaky_reports_with_miss.total) == (1, 1)
    assert (scores.dates_flagged.hit, scores.dates_flagged.total) == (1, 1)
    assert scores.clean_words == 200
    assert scores.clean_blocking == 1
    assert scores.clean_blocking_per_1000_words == pytest.approx(5.0)
    assert (scores.clean_reports_passing.hit, scores.clean_reports_passing.total) == (0, 1)
    assert scores.leaky_blocking_off_gold == 1
    assert {k: (v.hit, v.total) for k, v in scores.by_type.items()} == {
        "PERSON": (2, 3),
        "ADDRESS": (0, 1),
        "PHONE": (0, 1),
    }
    assert scores.by_form["filename"].hit == 1
    assert scores.by_surface["metadata"].hit == 0
    assert sorted(s.text for s in scores.missed) == ["07700 900123", "4 Elm Row", "Bo Yang"]


def test_relative_paths_and_a_file_name_finding_in_the_wrong_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _tiny_corpus(tmp_path)
    out = tmp_path / "out"
    gold = materialise(corpus, out)
    monkeypatch.chdir(tmp_path)
    findings = [
        # cwd-relative path, as a command line tool reports it
        _finding(Path("out/leaky/01-a/review.yml"), 8, 10),
        # something found in the image metadata does not find the name in the file name
        _finding(out / "leaky/01-a/lee-photo.png", None, None, surface=Surface.IMAGE_METADATA),
    ]
    scores = score(gold, findings, out)
    assert scores.by_surface["metadata"].hit == 1
    assert scores.by_surface["file_name"].hit == 0


def test_scores_have_no_gold_text_in_json(tmp_path: Path) -> None:
    corpus = _tiny_corpus(tmp_path)
    out = tmp_path / "out"
    gold = materialise(corpus, out)
    dumped = json.dumps(score(gold, [], out).as_dict())
    assert "Ann" not in dumped and "Bo Yang" not in dumped


# ---------------------------------------------------------------------------------------------
# The real corpus

REPORTS = sorted(p for kind in ("leaky", "clean") for p in (CORPUS / kind).iterdir() if p.is_dir())


@pytest.fixture(scope="module")
def materialised(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[GoldSpan]]:
    out = tmp_path_factory.mktemp("corpus") / "m"
    return out, materialise(CORPUS, out)


@pytest.mark.parametrize("report_dir", REPORTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_report_is_valid(
    report_dir: Path, materialised: tuple[Path, list[GoldSpan]]
) -> None:
    out, gold = materialised
    report = f"{report_dir.parent.name}/{report_dir.name}"
    metadata = load_review_metadata(out / report, _theme_slugs())
    assert metadata.fictional, "every corpus review must say fictional: true"
    policy = yaml.safe_load((CORPUS / "policy.yml").read_text(encoding="utf-8"))
    assert any(metadata.csp.startswith(area) for area in policy["site_area"]), metadata.csp
    words = report_word_counts(out)[report]
    overview = (out / report / "overview-report.md").read_text(encoding="utf-8")
    assert 1000 <= len(overview.split()) <= 2200, "an overview report has 1,000-2,000 words"
    assert words >= len(overview.split())
    spans = [s for s in gold if s.report == report]
    if report_dir.parent.name == "clean":
        assert spans == [], "a clean report has no gold spans"
    else:
        assert 15 <= len(spans) <= 60, f"{len(spans)} gold spans"
        assert {s.type for s in spans} <= GOLD_TYPES


def test_corpus_covers_every_type(materialised: tuple[Path, list[GoldSpan]]) -> None:
    _, gold = materialised
    counts = {t: sum(1 for s in gold if s.type == t) for t in GOLD_TYPES}
    assert min(counts[t] for t in BLOCK_TYPES) >= 10, counts
    assert counts["DATE"] >= 5


def _theme_slugs() -> list[str]:
    return sorted(load_theme_vocabulary(THEMES))


# ---------------------------------------------------------------------------------------------
# The benchmark command, with the real Presidio default analyzer on a tiny corpus


@pytest.mark.slow
def test_bench_default_only_json_and_masked_misses(tmp_path: Path) -> None:
    from redact.bench import main

    corpus = _tiny_corpus(tmp_path)
    result = CliRunner().invoke(
        main, ["--corpus", str(corpus), "--only", "default", "--json", "--show-misses"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    default = data["detectors"]["default"]
    assert default["recall"]["total"] == 5
    assert data["corpus"] == {
        "leaky_reports": 1,
        "clean_reports": 1,
        "words": report_word_counts_total(tmp_path, corpus),
        "gold_block": 5,
        "gold_date": 1,
    }
    assert "gate" not in data["detectors"]
    texts = [miss["text"] for miss in data["misses"]]
    assert "Bo Yang" not in texts  # masked by default
    assert all(text[1:].replace(" ", "").strip("*") == "" for text in texts)


@pytest.mark.slow
def test_bench_repeat_reports_the_median_pass(tmp_path: Path) -> None:
    """`--repeat` times each detector again from a fresh load; the throughput is the median."""
    from redact.bench import main

    corpus = _tiny_corpus(tmp_path)
    result = CliRunner().invoke(
        main, ["--corpus", str(corpus), "--only", "default", "--json", "--repeat", "3"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    default = data["detectors"]["default"]
    passes = default["timed_passes"]
    assert len(passes) == 3 and all(seconds > 0 for seconds in passes)
    assert default["seconds"] == sorted(passes)[1]
    assert default["words_per_second"] == data["corpus"]["words"] / sorted(passes)[1]


def report_word_counts_total(tmp_path: Path, corpus: Path) -> int:
    out = tmp_path / "count"
    materialise(corpus, out)
    return sum(report_word_counts(out).values())
