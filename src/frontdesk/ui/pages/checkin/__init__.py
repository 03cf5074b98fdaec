"""签到 The check-in page's parts: search box and scan detection, results, the resident's card, actions, live lists."""
