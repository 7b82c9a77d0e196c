"""newsjson as a datatrove pipeline step: ``WarcReader -> NewsjsonExtractor -> JsonlWriter``.

The step runs :func:`newsjson.extract` on each document's HTML, leaves the article body in
``doc.text`` and the rest of the record in ``doc.metadata["newsjson"]``, and drops documents
that give no article, counting each reason (``dropped_<error type>``) in the step's stats.
Like datatrove's own extractors it runs extraction in a child process with a per-document
timeout, so one pathological page costs ``timeout`` seconds, never the task.

Needs the ``datatrove`` extra: ``pip install 'newsjson[datatrove]'``.
"""
from __future__ import annotations

from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
from datatrove.utils.typeshelper import StatHints

from newsjson.extractors.core import Options, extract
from newsjson.extractors.errors import NewsjsonError

# What crosses the sandbox pipe: ("ok", record) or ("error", error type, message).
Outcome = tuple[Any, ...]


def extract_record(html: str, url: str | None, options: Options) -> Outcome:
    """One document to a record, with newsjson's own failures returned, not raised (a raise would kill the child)."""
    try:
        return ("ok", extract(html, url=url, options=options).to_dict())
    except NewsjsonError as exc:
        return ("error", exc.type, exc.message)
    except RecursionError:
        return ("error", "parse", "document is nested too deeply")
    except Exception as exc:  # a bug in newsjson or a library: count it, keep the task going
        return ("error", "internal", f"{type(exc).__name__}: {exc}")


class NewsjsonExtractor(BaseExtractor):
    """Extract news articles with newsjson.

    Args:
        timeout: seconds one document may take before it is dropped (counted as ``timeout``).
        quotes: find quotes and their speakers (the slowest stage; off for body and metadata only).
        max_bytes: largest document accepted, in bytes of UTF-8.
        metadata_key: where in ``doc.metadata`` the record (without its body) goes.
    """

    name = "📰 newsjson"

    def __init__(self, timeout: float = 30, quotes: bool = True, max_bytes: int = 20_000_000,
                 metadata_key: str = "newsjson") -> None:
        super().__init__(timeout)
        self.options = Options(max_bytes=max_bytes, quotes=quotes)
        self.metadata_key = metadata_key

    def extract(self, text: str) -> str:
        """The body alone, for code that treats this step as any datatrove text extractor."""
        outcome = extract_record(text, None, self.options)
        if outcome[0] != "ok":
            raise NewsjsonError(outcome[2])
        return outcome[1]["body"]

    def _extract_in_child(self, text: str, url: str | None) -> Outcome:
        return extract_record(text, url, self.options)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        with ExtractorSandbox(timeout=self.timeout, warmup_text=("", None)) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    try:
                        outcome = sandbox.process_document((doc.text, doc.metadata.get("url")),
                                                           self._extract_in_child)
                    except TimeoutError:
                        self.stat_update("dropped_timeout", StatHints.dropped)
                        continue
                    except EOFError:  # the child died (out of memory, a crash in a C library)
                        self.stat_update("dropped_crash", StatHints.dropped)
                        continue
                if outcome[0] != "ok":
                    self.stat_update(f"dropped_{outcome[1]}", StatHints.dropped)
                    continue
                record = outcome[1]
                body = record.pop("body")
                if not body:
                    self.stat_update("dropped_empty_body", StatHints.dropped)
                    continue
                self._add_crawl_source(record, doc)
                doc.text = body
                doc.metadata[self.metadata_key] = record
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc

    @staticmethod
    def _add_crawl_source(record: dict[str, Any], doc) -> None:
        """The same source fields as the command line gives a WARC page, from what WarcReader kept."""
        source = record["source"]
        source["path"] = doc.metadata.get("file_path")
        source["warc_record_id"] = doc.id if str(doc.id).startswith("<urn:") else None
        source["warc_target_uri"] = doc.metadata.get("url")
        source["warc_date"] = doc.metadata.get("date")
