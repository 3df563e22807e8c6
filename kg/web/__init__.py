"""From the web: fetch pages and feeds politely, keep what was read, follow sources."""
