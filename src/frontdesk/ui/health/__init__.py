"""健康监测 on screen: recording a resident's readings and looking at their history, opened from the 居民 page and
the 预约 agenda alike (so it sits below the pages and imports none of them)."""
