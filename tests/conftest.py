from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
EVAL = ROOT.parent / "shared" / "eval"
