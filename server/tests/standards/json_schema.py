"""Validates JSON documents against a JSON schema (the draft the schema names, draft-07 when
it names none), with format checking. Prints a JSON object: file → list of errors.

    json_schema.py SCHEMA FILE [FILE...]
"""

import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    report = {}
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        report[path] = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"[:300] for e in validator.iter_errors(document)][:10]
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
