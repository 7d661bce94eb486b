"""Official working days: China's calendar with its make-up working days.

Wraps the maintained `holidays` package (country CN, `is_working_day`). The package is
imported only when a week is first asked about, and each year's answer is kept for the
life of the process, so a report over many weeks asks the library once per year.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

OFFICIAL = "official"
WEEKDAYS = "weekdays"


@lru_cache(maxsize=16)
def _official_workdays_of_year(year: int) -> frozenset[date]:
    cache = _DiskCache.load()
    days = cache.get(year)
    if days is None:
        days = _compute_year(year)
        cache.put(year, days)
    return days


def _compute_year(year: int) -> frozenset[date]:
    import holidays  # heavy (~100 ms with a year's rules); the disk cache spares most runs

    calendar = holidays.country_holidays("CN", years=range(year - 1, year + 2))
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    return frozenset(
        day
        for day in (start + timedelta(days=i) for i in range(days))
        if calendar.is_working_day(day)
    )


class _DiskCache:
    """Each year's official working days, kept in the user cache directory.

    Stored as the days that differ from Monday-Friday, keyed by the installed `holidays`
    package's files, so upgrading the package (new announcements) recomputes them. A missing,
    stale or unwritable cache only costs the computation; it never fails a command.
    """

    _loaded: _DiskCache | None = None

    def __init__(self, path: Path | None, key: str, years: dict[str, list[int]]) -> None:
        self.path, self.key, self.years = path, key, years

    @classmethod
    def load(cls) -> _DiskCache:
        if cls._loaded is None:
            path, key, years = _cache_path(), _package_key(), {}
            if path is not None and key:
                try:
                    stored = json.loads(path.read_text(encoding="utf-8"))
                    if stored.get("key") == key:
                        years = stored["years"]
                except (OSError, ValueError, KeyError, TypeError, AttributeError):
                    years = {}
            cls._loaded = cls(path, key, years)
        return cls._loaded

    def get(self, year: int) -> frozenset[date] | None:
        flipped = self.years.get(str(year))
        if flipped is None:
            return None
        try:
            flips = {date.fromordinal(n) for n in flipped}
        except (TypeError, ValueError, OverflowError):
            return None  # a damaged cache entry: recompute
        start = date(year, 1, 1)
        span = (date(year + 1, 1, 1) - start).days
        return frozenset(
            day for day in (start + timedelta(days=i) for i in range(span))
            if (day.weekday() < 5) != (day in flips)
        )

    def put(self, year: int, workdays: frozenset[date]) -> None:
        start = date(year, 1, 1)
        span = (date(year + 1, 1, 1) - start).days
        self.years[str(year)] = [
            day.toordinal() for day in (start + timedelta(days=i) for i in range(span))
            if (day.weekday() < 5) != (day in workdays)
        ]
        if self.path is None or not self.key:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"key": self.key, "years": self.years}),
                                 encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            pass


def _cache_path() -> Path | None:
    explicit = os.environ.get("VISITLOG_CACHE_DIR")
    if explicit:
        return Path(explicit) / "workdays.json"
    try:
        from visitlog.config import user_dir

        return user_dir("cache") / "workdays.json"
    except Exception:  # noqa: BLE001 - no cache directory: compute every time
        return None


def _package_key() -> str:
    """Identifies the installed holidays package's China rules without importing it."""
    from importlib.util import find_spec

    try:
        spec = find_spec("holidays")
    except (ImportError, ValueError):
        return ""
    if spec is None or spec.origin is None:
        return ""
    package = Path(spec.origin).parent
    parts = []
    for name in ("version.py", "countries/china.py"):
        try:
            info = (package / name).stat()
        except OSError:
            return ""
        parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return f"{package}|" + "|".join(parts)


def is_working_day(day: date, calendar: str = OFFICIAL) -> bool:
    if calendar == WEEKDAYS:
        return day.weekday() < 5
    return day in _official_workdays_of_year(day.year)


def working_days_of_week(monday: date, calendar: str = OFFICIAL) -> tuple[date, ...]:
    """The working days of the ISO week starting on `monday`, in order."""
    return tuple(
        day
        for day in (monday + timedelta(days=i) for i in range(7))
        if is_working_day(day, calendar)
    )
