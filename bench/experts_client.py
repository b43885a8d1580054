#!/usr/bin/env python3
"""Times GET /api/experts and GET /api/me/suggestions against a running Mingle over HTTP (keep-alive, one client,
sequential requests) and prints p50/p95/max per topic and per endpoint.
Usage: experts_client.py BASE_URL TOKENS_FILE ROUNDS"""
import http.client, json, statistics, sys, time, urllib.parse

TOPICS = ["kubernetes", "k8s", "python", "machine learning", "negotiation", "public speaking", "terraform",
          "react", "dataviz", "financial modeling", "gdpr", "coaching", "incident management", "golang", "figma"]


def pct(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def main():
    base, tokens_file, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    tokens = [t.strip() for t in open(tokens_file) if t.strip()]
    url = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=600)

    def get(path, token):
        start = time.perf_counter()
        conn.request("GET", path, headers={"Authorization": "Bearer " + token})
        response = conn.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status} {body[:300]!r}")
        return elapsed, json.loads(body)

    # Warm-up: the app builds the in-memory index right after start; the first request waits for it.
    build_ms, _ = get("/api/experts?q=warmup", tokens[0])
    for t in TOPICS[:3]:
        get("/api/experts?q=" + urllib.parse.quote(t), tokens[1 % len(tokens)])
    get("/api/me/suggestions", tokens[0])

    per_topic, experts_all, with_path, results = {}, [], 0, 0
    for r in range(rounds):
        for i, topic in enumerate(TOPICS):
            token = tokens[(r * len(TOPICS) + i) % len(tokens)]
            ms, body = get("/api/experts?q=" + urllib.parse.quote(topic) + "&limit=10", token)
            per_topic.setdefault(topic, []).append(ms)
            experts_all.append(ms)
            results += len(body["items"])
            with_path += sum(1 for x in body["items"] if x["path"])
    suggestions, suggested = [], 0
    for r in range(rounds):
        for token in tokens:
            ms, body = get("/api/me/suggestions", token)
            suggestions.append(ms)
            suggested += len(body["items"])

    print(f"first request (waits for the index being built at start-up): {build_ms:.0f} ms")
    print(f"{'endpoint / topic':<34}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for topic, values in per_topic.items():
        print(f"  experts q={topic:<24}{len(values):>5}{pct(values, 50):>9.1f}{pct(values, 95):>9.1f}{max(values):>9.1f}")
    print(f"{'GET /api/experts (all topics)':<34}{len(experts_all):>5}{pct(experts_all, 50):>9.1f}{pct(experts_all, 95):>9.1f}{max(experts_all):>9.1f}")
    print(f"{'GET /api/me/suggestions':<34}{len(suggestions):>5}{pct(suggestions, 50):>9.1f}{pct(suggestions, 95):>9.1f}{max(suggestions):>9.1f}")
    print(f"experts returned {results} results, {with_path} with a warm path; suggestions returned {suggested} "
          f"({suggested / max(1, len(suggestions)):.1f} per person)")


if __name__ == "__main__":
    main()
