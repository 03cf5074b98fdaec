"""Demo data: a believable community service center in Pingcheng District, Datong, built from a seed.

Used by ``frontdesk --demo`` (first start), by tests that need a populated database, and by the benchmarks.
"""

from frontdesk.core.demo.seed import SeedSummary, seed_database

__all__ = ["SeedSummary", "seed_database"]
