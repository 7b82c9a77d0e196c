"""Long fuzz run of extract(), outside CI: many more examples than the property test.

    python tests/fuzz/fuzz_extract.py [--examples 20000] [--seed 0]

Feeds random bytes, random text, and HTML/quote-shaped fragments (also mutated samples) to
extract(); every result must validate against the record schema with each quote equal to its
body slice, or raise NewsjsonError. Prints inputs tried and failures found (with a reproducer).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

import jsonschema

from newsjson import NewsjsonError, extract
from newsjson.extractors.schema import record_schema

ROOT = Path(__file__).resolve().parents[2]
PIECES = [
    "<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<figure><img src='a.jpg'><figcaption>", "</figcaption>",
    "<script type='application/ld+json'>", "</script>", '{"@type": "NewsArticle", "author": ', '"By Ann Lee"}',
    '{"@graph": [', "]}", "<meta charset='shift_jis'>", "<meta charset='utf-16'>", "<title>", "</title>", "<h1>",
    "“", "”", '"', "'", "«", "»", "„", "「", "」", " said ", " he added. ", ", she said.", " according to ", "\n\n",
    "&amp;", "&#0;", "&#xD800;", "\x00", "\ufeff", "\u202e", "The mayor", "Photo: AFP", "By ", "Mr. Smith", "<time datetime='2024-13-45'>",
    "<!--", "-->", "<![CDATA[", "]]>", "<svg><foreignObject>", "<table><tr><td>", "<br/>" * 5,
]


def mutate(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        op = rng.random()
        pos = rng.randint(0, max(0, len(data) - 1))
        if op < 0.4 and data:
            data[pos] = rng.randint(0, 255)
        elif op < 0.7:
            data[pos:pos] = rng.choice(PIECES).encode("utf-8", "surrogatepass")
        elif data:
            del data[pos:pos + rng.randint(1, 200)]
    return bytes(data)


def generate(rng: random.Random, samples: list[bytes]):
    kind = rng.random()
    if kind < 0.2:
        return rng.randbytes(rng.randint(0, 4000))
    if kind < 0.4:
        return "".join(chr(rng.choice([rng.randint(1, 0x7F), rng.randint(0x80, 0xD7FF), rng.randint(0xE000, 0x10FFFF)]))
                       for _ in range(rng.randint(0, 2000)))
    if kind < 0.7:
        return "".join(rng.choice(PIECES) if rng.random() < 0.6 else rng.choice(["word ", "Smith ", ". ", "Kim "])
                       for _ in range(rng.randint(0, 300)))
    return mutate(rng, rng.choice(samples))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    validator = jsonschema.Draft202012Validator(record_schema())
    samples = [p.read_bytes() for p in sorted((ROOT / "samples").iterdir()) if not p.name.endswith(".json")]
    failures, errors, started = 0, 0, time.perf_counter()
    slowest: list[tuple[float, int, bytes | str]] = []
    for i in range(args.examples):
        data = generate(rng, samples)
        began = time.perf_counter()
        try:
            record = extract(data).to_dict()
            validator.validate(record)
            for quote in record["quotes"]:
                assert record["body"][quote["start"]:quote["end"]] == quote["text"], "quote is not its body slice"
        except NewsjsonError:
            errors += 1
        except Exception:
            failures += 1
            print(f"FAILURE on example {i} (seed {args.seed}): {data[:200]!r}", file=sys.stderr)
            traceback.print_exc()
        slowest = sorted([*slowest, (time.perf_counter() - began, i, data)], key=lambda t: -t[0])[:3]
        if (i + 1) % 500 == 0:
            print(f"{i + 1} inputs, {failures} failures, {time.perf_counter() - started:.0f} s", flush=True)
    seconds = time.perf_counter() - started
    for took, i, data in slowest:
        print(f"slowest: example {i} took {took:.2f} s: {data[:120]!r} ({len(data)} long)")
    print(f"{args.examples} inputs in {seconds:.0f} s: {errors} NewsjsonError (expected), {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
