"""The wheel installs one import name, newsjson: no top-level cli or extractors module."""
import subprocess
import sys
import zipfile

from .conftest import ROOT


def test_wheel_holds_only_the_newsjson_package(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    [wheel] = tmp_path.glob("newsjson-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names}
    assert {t for t in top if not t.endswith(".dist-info")} == {"newsjson"}
    for module in ("__init__.py", "__main__.py", "py.typed", "cli/main.py", "extractors/core.py"):
        assert f"newsjson/{module}" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "newsjson = newsjson.cli.main:run" in zipfile.ZipFile(wheel).read(entry_points).decode()
