#!/usr/bin/env python3
"""Prints an order's audit trail (GET /api/v1/orders/{id}/events on stdin) one event a line."""
import json
import sys

for event in json.load(sys.stdin):
    detail = event.get("detail") or ""
    try:
        detail = json.loads(detail).get("summary", detail)
    except (ValueError, AttributeError):
        pass
    print(f"{event['at']}  {event['type']:<16} {event.get('outcome') or '':<12} {detail}")
