#!/usr/bin/env python3
"""The order part of `make e2e` (hack/e2e.sh): sends the sample orders, waits until they ship, checks the
simulator's ledger and the example resources' status.kpis. Exits 1 naming every check that failed.

Reaches the operator and the simulator through the port-forwards e2e.sh opened, and the cluster through kubectl
(KUBECONFIG). Tokens come from the environment (E2E_INTAKE_TOKEN, E2E_READ_TOKEN), never from argv.
"""
import argparse
import base64
import datetime
import hashlib
import hmac
import json
import os
import pathlib
import subprocess
import sys
import time
import urllib.error
import urllib.request

SETTLED = {"Shipped", "Cancelled", "Rejected", "OnHold"}
# Reasons for which routing itself hands an order to a person (e.g. the same-day sample after the stores' cut-off).
ROUTED_TO_A_PERSON = {"NoCandidate", "Backorder", "NoPolicy"}


def http(method, url, body=None, headers=None):
    """(status, parsed JSON or text) of one request; never raises for an HTTP status."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=15) as answer:
            status, raw = answer.status, answer.read()
    except urllib.error.HTTPError as e:
        status, raw = e.code, e.read()
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, raw.decode(errors="replace")


def kubectl_json(*args):
    return json.loads(subprocess.run(["kubectl", *args, "-o", "json"], check=True, capture_output=True,
                                     text=True).stdout)


def sum_kpi(items, field):
    """The sum of status.kpis.<field> over resources (absent or null counts 0)."""
    return sum((item.get("status", {}).get("kpis") or {}).get(field) or 0 for item in items)


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Run:
    def __init__(self, args):
        self.api, self.sim, self.ns, self.examples = args.api, args.sim, args.namespace, pathlib.Path(args.examples)
        self.timeout = args.timeout
        self.intake = {"Authorization": "Bearer " + os.environ["E2E_INTAKE_TOKEN"]}
        self.read = {"Authorization": "Bearer " + os.environ["E2E_READ_TOKEN"]}
        now = datetime.datetime.now(datetime.timezone.utc)
        self.suffix = "-e2e" + now.strftime("%Y%m%d%H%M%S")  # fresh order ids per run: the store outlives runs
        self.placed, self.promised = iso(now), iso(now + datetime.timedelta(days=7))
        self.ids = {}  # operator id -> the order id sent
        self.failures = []

    def check(self, ok, message):
        """Records a failed check (the run goes on, to report everything)."""
        if not ok:
            self.failures.append(message)
            print("FAILED: " + message, flush=True)

    def send(self):
        status, _ = http("POST", self.sim + "/_sim/reset")
        self.check(status == 204, f"POST /_sim/reset answered {status}")
        for sample in sorted(self.examples.glob("orders/SO-*.json")):
            order = json.loads(sample.read_text())
            order["orderId"] += self.suffix
            order["placedAt"], order["promisedBy"] = self.placed, self.promised  # the samples' dates are fixed
            self.take("/orders", order, {**self.intake, "Content-Type": "application/json"})
        native = json.loads((self.examples / "orders/web-us-native-W-2001.json").read_text())
        native["order_number"] += self.suffix
        native["created_at"], native["promised_by"] = self.placed, self.promised
        body = json.dumps(native).encode()
        source = kubectl_json("get", "ordersource", "web-us", "-n", self.ns)
        secret = kubectl_json("get", "secret", source["spec"]["auth"]["secretRef"]["name"], "-n", self.ns)
        key = base64.b64decode(secret["data"][source["spec"]["auth"]["secretRef"]["key"]])
        signature = hmac.new(key, body, hashlib.sha256).hexdigest()
        header = source["spec"]["auth"].get("header") or "X-Signature"
        self.take("/sources/web-us/orders", body, {"Content-Type": "application/json", header: signature})

    def take(self, path, order, headers):
        body = order if isinstance(order, bytes) else json.dumps(order).encode()
        status, answer = http("POST", f"{self.api}{path}?namespace={self.ns}", body, headers)
        sent = json.loads(body).get("orderId") or json.loads(body).get("order_number")
        print(f"POST {path} {sent} -> {status} {answer}", flush=True)
        taken = status == 202 and isinstance(answer, dict) and "id" in answer
        self.check(taken, f"POST {path} {sent} answered {status}: {answer}")
        if taken:
            self.ids[answer["id"]] = sent

    def states(self):
        result = {}
        for order_ref in self.ids:
            status, answer = http("GET", f"{self.api}/orders/{order_ref}", headers=self.read)
            result[order_ref] = answer.get("state") if status == 200 and isinstance(answer, dict) else f"HTTP {status}"
        return result

    def wait(self):
        deadline = time.monotonic() + self.timeout
        while True:
            states = self.states()
            counts = {s: list(states.values()).count(s) for s in sorted(set(states.values()))}
            print("orders: " + ", ".join(f"{n} {s}" for s, n in counts.items()), flush=True)
            if all(s in SETTLED for s in states.values()) or time.monotonic() > deadline:
                return states
            time.sleep(3)

    def judge(self, states):
        shipped = [o for o, s in states.items() if s == "Shipped"]
        for order_ref, state in states.items():
            if state == "Shipped":
                continue
            if state == "OnHold":
                status, open_entries = http("GET", f"{self.api}/exceptions?state=Open&order={order_ref}",
                                            headers=self.read)
                reasons = {e.get("reason") for e in open_entries} if status == 200 else {f"HTTP {status}"}
                if reasons and reasons <= ROUTED_TO_A_PERSON:
                    print(f"{self.ids[order_ref]}: OnHold, routed to a person ({', '.join(sorted(reasons))})")
                    continue
                self.check(False, f"{self.ids[order_ref]} is OnHold with exceptions {sorted(reasons)}")
            else:
                self.check(False, f"{self.ids[order_ref]} ended {state} after {self.timeout}s, not Shipped")
        self.check(len(shipped) > 0, "no order shipped")
        return len(shipped)

    def ledger(self):
        status, entries = http("GET", self.sim + "/_sim/ledger")
        self.check(status == 200, f"GET /_sim/ledger answered {status}")
        if status == 200:
            twice = [f"{e['vendor']} {e.get('reference')} x{e['createCount']}" for e in entries
                     if e.get("createCount", 0) > 1]
            self.check(not twice, "vendors hold fulfillments twice: " + ", ".join(twice))
            print(f"ledger: {len(entries)} entries, none held twice" if not twice else "ledger: duplicates")

    def kpis(self, shipped):
        """Waits (at most 60 s: KPIs are written at most every 10 s) until status.kpis reflect the orders."""
        expected = [("ordersources", "received", 1), ("ordersources", "accepted", 1),
                    ("routingpolicies", "routed", shipped), ("fulfillmentnodes", "shipped", shipped),
                    ("adaptercontracts", "requests", shipped)]
        deadline, missing = time.monotonic() + 60, ["not read yet"]
        while missing and time.monotonic() < deadline:
            kinds = {k: kubectl_json("get", k, "-n", self.ns)["items"]
                     for k in ("ordersources", "routingpolicies", "fulfillmentnodes", "adaptercontracts")}
            totals = {(kind, field): sum_kpi(kinds[kind], field) for kind, field, _ in expected}
            missing = [f"{kind} kpis.{field}: {totals[kind, field]} in all, expected at least {max(least, 1)}"
                       for kind, field, least in expected if totals[kind, field] < max(least, 1)]
            if missing:
                time.sleep(5)
        for kind, items in kinds.items():
            for item in items:
                print(f"{kind}/{item['metadata']['name']}: {json.dumps(item.get('status', {}).get('kpis'))}")
        for message in missing:
            self.check(False, message)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--api", required=True, help="the orchestrator's /api/v1 base URL")
    parser.add_argument("--sim", required=True, help="the vendor simulator's base URL")
    parser.add_argument("--namespace", required=True)
    parser.add_argument("--examples", required=True, help="the repository's examples/ directory")
    parser.add_argument("--timeout", type=int, default=180, help="seconds for the orders to settle")
    run = Run(parser.parse_args())
    run.send()
    shipped = run.judge(run.wait()) if run.ids else 0
    run.ledger()
    run.kpis(shipped)
    if run.failures:
        print(f"\n{len(run.failures)} check(s) failed:\n  " + "\n  ".join(run.failures), file=sys.stderr)
        sys.exit(1)
    print(f"\nall checks passed: {shipped} of {len(run.ids)} orders shipped")


if __name__ == "__main__":
    main()
