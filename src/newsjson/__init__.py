"""newsjson: news pages and text dumps to structured JSON."""
from importlib.metadata import PackageNotFoundError, version

from newsjson.extractors.core import Options, extract
from newsjson.extractors.errors import NewsjsonError
from newsjson.extractors.record import Article

try:
    __version__ = version("newsjson")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["Article", "NewsjsonError", "Options", "extract", "__version__"]
