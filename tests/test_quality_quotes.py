"""Quality gate for the quote pass: the PolNeAR dev and `resolved` figures may
not drop below the floors pinned in tests/baselines/quotes.json.

Each prepared text goes through the whole ``extract()``, as the command line
runs it, so the figures are those of the records users get.

Raising a floor is a plain edit; lowering one needs an explained decision.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsjson import extract

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
BASELINE = Path(__file__).resolve().parent / "baselines" / "quotes.json"


def _evaluate(*args: str) -> str:
    done = subprocess.run([sys.executable, str(EVAL / "evaluate.py"), *args],
                          capture_output=True, text=True, check=True)
    return done.stdout


def _scores(dataset: str, split: list[str], tmp: Path) -> dict:
    inputs = tmp / dataset
    _evaluate("prepare", dataset, str(inputs), *split)
    pred = tmp / f"{dataset}.jsonl"
    with open(pred, "w", encoding="utf-8") as fh:
        for path in sorted(inputs.glob("*.txt")):
            record = extract(path.read_bytes(), path=str(path)).to_dict()
            fh.write(json.dumps(record) + "\n")
    return json.loads(_evaluate("score", dataset, str(pred), *split, "--json"))["scores"]


def _figures(polnear: dict, resolved: dict) -> dict[str, float]:
    quoted, every = polnear["quotes"]["quoted"], polnear["quotes"]["all"]
    res = resolved["resolved"]
    by_via = res["speaker"]["by_via"]
    return {
        "polnear_quoted_loose_f1": quoted["loose"]["f1"],
        "polnear_quoted_strict_f1": quoted["strict"]["f1"],
        "polnear_quoted_speaker_accuracy": quoted["speaker"]["accuracy"],
        "polnear_quoted_attributed_f1": quoted["attributed"]["f1"],
        "polnear_all_loose_f1": every["loose"]["f1"],
        "resolved_recall": res["recall"],
        "resolved_speaker_accuracy": res["speaker"]["accuracy"],
        **{f"resolved_speaker_accuracy_{via}": by_via[via]["accuracy"]
           for via in ("name", "surname", "pronoun", "description", "continuation")},
    }


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    if not (EVAL / "evaluate.py").is_file():
        pytest.skip(f"evaluation folder {EVAL} is absent")
    tmp = tmp_path_factory.mktemp("quotes-gate")
    return _figures(_scores("polnear", ["--split", "dev"], tmp), _scores("resolved", [], tmp))


FLOORS = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_holds_its_floor(figures: dict[str, float], name: str) -> None:
    assert figures[name] >= FLOORS[name], f"{name} fell to {figures[name]:.4f} (floor {FLOORS[name]})"
