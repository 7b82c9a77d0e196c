"""Quality gate: newsjson's figures on the evaluation sets stay at or above their floors.

The floors live in tests/baselines/articles.json. A change may raise a floor; lowering
one is an explicit edit of that file with the reason in the commit message.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from newsjson import extract

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
FLOORS = json.loads((Path(__file__).parent / "baselines" / "articles.json").read_text())

pytestmark = pytest.mark.skipif(not (EVAL / "evaluate.py").exists(), reason="evaluation data not present")


def _figures(dataset: str, folder: Path) -> dict:
    evaluate = str(EVAL / "evaluate.py")
    subprocess.run([sys.executable, evaluate, "prepare", dataset, str(folder / "in")], check=True, capture_output=True)
    lines = []
    for path in sorted((folder / "in").iterdir()):
        lines.append(orjson.dumps(extract(path.read_bytes(), path=str(path)).to_dict()))
    pred = folder / "pred.jsonl"
    pred.write_bytes(b"\n".join(lines) + b"\n")
    done = subprocess.run([sys.executable, evaluate, "score", dataset, str(pred), "--json"], check=True, capture_output=True, text=True)
    return json.loads(done.stdout)["scores"]


@pytest.mark.parametrize("dataset", sorted(FLOORS))
def test_figures_stay_above_their_floors(dataset, tmp_path):
    scores = _figures(dataset, tmp_path)
    below = []
    for name, floor in FLOORS[dataset].items():
        group, _, key = name.partition(" ")
        value = scores[group][key]
        # junk_rate is the one figure where lower is better: its "floor" is a ceiling.
        if (value > floor) if key == "junk_rate" else (value < floor):
            below.append(f"{name}: {value:.3f} (floor {floor})")
    assert not below, f"{dataset}: " + "; ".join(below)
