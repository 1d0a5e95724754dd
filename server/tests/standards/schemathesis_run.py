"""Runs schemathesis, the property-based API tester, against a live node's OpenAPI description
and reports what it found: schemathesis generates requests from the description (positive and
negative, boundary values, unexpected methods, chains of calls) and checks every answer against
it.

    schemathesis_run.py < request.json

The request is JSON on stdin, so the bearer token appears in no process's arguments:

    {
      "schema": "http://127.0.0.1:PORT/api/v1/openapi.json",
      "base_url": "http://127.0.0.1:PORT",
      "token": "...",                        # sent as `Authorization: Bearer ...` on every request
      "checks": ["not_a_server_error", ...],
      "exclude": ["DELETE /api/v1/me"],      # operations never to call, as "METHOD /path"
      "include_path_regex": null,            # only the operations whose path matches, if given
      "max_examples": 15,                    # per operation and phase
      "timeout": 300,                        # seconds for the whole run; then it is killed
      "request_timeout": 10,                 # seconds per request
      "values": [                            # real path parameter values, used half the time
        {"paths": "^/api/v1/materials/", "name": "id", "values": ["..."]}, ...
      ],
      "report_dir": "/path"                  # keeps junit.xml and report.json there
    }

Prints one JSON object: `exit_code` (schemathesis': 0 when nothing failed), `timed_out`,
`missing_exclusions` (excluded operations the description does not have: nothing is run then,
since a renamed path would otherwise be called), `command`, `output` (what schemathesis printed)
and `report` (its JSON run report: operations selected and tested, test cases, failures,
warnings, and per operation how many valid requests were accepted).
"""

import json
import os
import subprocess
import sys
import tempfile
import urllib.request

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def operations(schema_url):
    """Every operation the description has, as "METHOD /path"."""
    # No proxy: the node is on loopback, and a proxy from the environment would not reach it.
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(schema_url, timeout=30) as response:
        document = json.load(response)
    return {f"{method.upper()} {path}" for path, item in document.get("paths", {}).items() for method in item if method in METHODS}


def toml_string(text):
    # A JSON string is a TOML basic string for everything json.dumps emits (it never writes `\/`).
    return json.dumps(text)


def config(values):
    """schemathesis.toml: the token from the environment, and known values for path parameters,
    each for the operations whose path matches (`id` is a material's under /materials/, a
    network's name under /networks/, ...)."""
    lines = ["[headers]", 'Authorization = "Bearer ${DEELWIJS_SCHEMATHESIS_TOKEN}"', ""]
    for number, binding in enumerate(values):
        lines += [f"[dictionaries.known{number}]", "values = [" + ", ".join(json.dumps(v) for v in binding["values"]) + "]", ""]
    for number, binding in enumerate(values):
        parameter = toml_string("path." + binding["name"])
        lines += [
            "[[operations]]",
            f"include-path-regex = {toml_string(binding['paths'])}",
            f'parameters = {{ {parameter} = {{ dictionary = "known{number}", probability = 0.5 }} }}',
            "",
        ]
    return "\n".join(lines)


def main():
    request = json.load(sys.stdin)
    result = {"exit_code": None, "timed_out": False, "missing_exclusions": [], "command": [], "output": "", "report": None}
    known = operations(request["schema"])
    result["missing_exclusions"] = sorted(set(request.get("exclude", [])) - known)
    if result["missing_exclusions"]:
        json.dump(result, sys.stdout)
        return
    with tempfile.TemporaryDirectory(prefix="schemathesis-") as work:
        # Absolute: schemathesis runs in `work` below, where a relative path would land.
        report_dir = os.path.abspath(request.get("report_dir") or work)
        os.makedirs(report_dir, exist_ok=True)
        json_report, junit_report = os.path.join(report_dir, "report.json"), os.path.join(report_dir, "junit.xml")
        # A killed run must not leave the previous run's reports looking like its own.
        for stale in (json_report, junit_report):
            if os.path.exists(stale):
                os.remove(stale)
        config_file = os.path.join(work, "schemathesis.toml")
        with open(config_file, "w", encoding="utf-8") as f:
            f.write(config(request.get("values", [])))
        command = [
            sys.executable, "-m", "schemathesis.cli", "--config-file", config_file, "run", request["schema"],
            "--url", request["base_url"],
            "--checks", ",".join(request["checks"]),
            "--phases", "examples,coverage,fuzzing,stateful",
            "--max-examples", str(request.get("max_examples", 15)),
            # Deterministic generation (Hypothesis' derandomize): the same description and the
            # same answers give the same requests; `--seed` is ignored in this mode.
            "--generation-deterministic",
            # One worker: generation holds the GIL, so a second one gained nothing on two cores,
            # and once it failed the run with "AST constructor recursion depth mismatch"
            # (Hypothesis parsing lambda sources in two threads: CPython 3.11, gh-106905).
            "--workers", "1",
            "--request-timeout", str(request.get("request_timeout", 10)),
            # A busy CI machine (cargo building beside the test) must not fail a run for slow generation.
            "--suppress-health-check", "too_slow",
            "--report", "json,junit",
            "--report-json-path", json_report,
            "--report-junit-path", junit_report,
            "--no-color",
        ]
        for name in request.get("exclude", []):
            command += ["--exclude-name", name]
        if request.get("include_path_regex"):
            command += ["--include-path-regex", request["include_path_regex"]]
        result["command"] = command
        env = dict(os.environ, DEELWIJS_SCHEMATHESIS_TOKEN=request["token"], NO_COLOR="1", COLUMNS="120", PYTHONIOENCODING="utf-8")
        # requests, under schemathesis, honours proxy variables; the node is on loopback.
        env["NO_PROXY"] = env["no_proxy"] = ",".join(filter(None, [env.get("NO_PROXY") or env.get("no_proxy"), "127.0.0.1", "localhost"]))
        try:
            # cwd: schemathesis and Hypothesis keep caches (.schemathesis/, .hypothesis/) in it.
            done = subprocess.run(
                command, cwd=work, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=request.get("timeout", 300)
            )
            result["exit_code"] = done.returncode
            result["output"] = done.stdout.decode("utf-8", "replace")
        except subprocess.TimeoutExpired as expired:
            result["timed_out"] = True
            result["output"] = (expired.output or b"").decode("utf-8", "replace")
        # Written at the end of a run; a killed run leaves none, or an empty file.
        if not result["timed_out"] and os.path.exists(json_report):
            with open(json_report, encoding="utf-8") as f:
                try:
                    result["report"] = json.load(f)
                except json.JSONDecodeError:
                    result["report"] = None
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
