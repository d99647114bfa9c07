"""What a run is configured to do: which rules, which vocabulary, which status overrides."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from linter.finding import Finding
from linter.vocab import Vocabulary, cached_vocabulary


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # rule code prefixes to report (all when empty)
    ignore: tuple[str, ...] = ()  # rule code prefixes never to report
    vocab_files: tuple[Path, ...] = ()  # extra models files, after the shipped ones
    severity: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def vocabulary(self) -> Vocabulary:
        return cached_vocabulary(None, tuple(self.vocab_files))

    def enabled(self, code: str) -> bool:
        if self.select and not any(code.startswith(p) for p in self.select):
            return False
        return not any(code.startswith(p) for p in self.ignore)

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        from dataclasses import replace

        out = []
        for finding in findings:
            if not self.enabled(finding.code):
                continue
            if finding.code in self.severity:
                finding = replace(finding, severity=self.severity[finding.code])
            out.append(finding)
        return out
