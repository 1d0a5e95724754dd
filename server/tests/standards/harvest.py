"""Harvests a Deelwijs node over OAI-PMH with Sickle, an independent harvester, and validates
every record it gets: `lom` against the IEEE LOM schema Edurep uses (imsmd_v1p2p4.xsd from
../shared), `oai_dc` against the oai_dc schema. Prints one JSON summary on stdout.

    harvest.py BASE_URL NL_LOM_DIR [--prefix lom] [--from 2026-12-06T10:00:00Z] [--set level:po]
               [--verb ListRecords|ListIdentifiers]
"""

import argparse
import json
import os
import shutil
import sys
import tempfile

import xmlschema
from lxml import etree
from sickle import Sickle
from sickle.oaiexceptions import NoRecordsMatch

HERE = os.path.dirname(os.path.abspath(__file__))
LOM = "{http://www.imsglobal.org/xsd/imsmd_v1p2}"
OAI = "{http://www.openarchives.org/OAI/2.0/}"


def schemas(nl_lom_dir):
    """The LOM and oai_dc schemas with their imports pointed at local copies (no network)."""
    work = tempfile.mkdtemp()
    shutil.copy(os.path.join(nl_lom_dir, "xml.xsd"), work)
    with open(os.path.join(nl_lom_dir, "imsmd_v1p2p4.xsd"), encoding="utf-8") as f:
        imsmd = f.read().replace("http://www.w3.org/2001/03/xml.xsd", "xml.xsd")
    with open(os.path.join(work, "imsmd_v1p2p4.xsd"), "w", encoding="utf-8") as f:
        f.write(imsmd)
    with open(os.path.join(HERE, "simpledc20021212.xsd"), encoding="utf-8") as f:
        simpledc = f.read().replace("XML_XSD", "xml.xsd")
    with open(os.path.join(work, "simpledc20021212.xsd"), "w", encoding="utf-8") as f:
        f.write(simpledc)
    shutil.copy(os.path.join(HERE, "oai_dc.xsd"), work)
    return {
        "lom": xmlschema.XMLSchema(os.path.join(work, "imsmd_v1p2p4.xsd")),
        "oai_dc": xmlschema.XMLSchema(os.path.join(work, "oai_dc.xsd")),
    }


def texts(element, path):
    return [t.strip() for t in element.xpath(path, namespaces={"l": LOM[1:-1]}) if t.strip()]


def lom_summary(lom):
    """What the test checks in a LOM record, beside its validity."""
    return {
        "title": texts(lom, "l:general/l:title/l:langstring/text()"),
        "learning_resource_type": texts(lom, "l:educational/l:learningresourcetype/l:value/l:langstring/text()"),
        "copyright": texts(lom, "l:rights/l:copyrightandotherrestrictions/l:value/l:langstring/text()"),
        "relations": [
            {"kind": k, "target": t}
            for rel in lom.xpath("l:relation", namespaces={"l": LOM[1:-1]})
            for k in texts(rel, "l:kind/l:value/l:langstring/text()")
            for t in texts(rel, "l:resource/l:catalogentry/l:entry/l:langstring/text()")
        ],
        "purposes": texts(lom, "l:classification/l:purpose/l:value/l:langstring/text()"),
        "taxa": texts(lom, "l:classification/l:taxonpath/l:taxon/l:id/text()"),
        "locations": texts(lom, "l:technical/l:location/text()"),
    }


def harvest(base_url, prefix, verb, since, set_spec, schema):
    sickle = Sickle(base_url, max_retries=0, timeout=60)
    arguments = {"metadataPrefix": prefix, "ignore_deleted": False}
    if since:
        arguments["from"] = since
    if set_spec:
        arguments["set"] = set_spec
    records, tokens = [], []
    try:
        iterator = getattr(sickle, verb)(**arguments)
        for item in iterator:
            token = getattr(iterator, "resumption_token", None)
            if token is not None and token.token and token.token not in tokens:
                tokens.append(token.token)
            header = item if verb == "ListIdentifiers" else item.header
            entry = {
                "identifier": header.identifier,
                "datestamp": header.datestamp,
                "deleted": header.deleted,
                "sets": header.setSpecs,
            }
            if verb == "ListRecords" and not header.deleted:
                metadata = item.xml.find(OAI + "metadata")
                element = metadata[0]
                errors = [str(e.reason or e.message) for e in schema.iter_errors(etree.tostring(element, encoding="unicode"))]
                entry["invalid"] = errors[:3]
                if prefix == "lom":
                    entry["lom"] = lom_summary(element)
            records.append(entry)
    except NoRecordsMatch:
        pass
    return {"records": records, "pages": len(tokens) + (1 if records else 0)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base_url")
    parser.add_argument("nl_lom_dir")
    parser.add_argument("--prefix", action="append")
    parser.add_argument("--from", dest="since")
    parser.add_argument("--set", dest="set_spec")
    parser.add_argument("--verb", default="ListRecords")
    args = parser.parse_args()
    loaded = schemas(args.nl_lom_dir)
    summary = {}
    for prefix in args.prefix or ["lom", "oai_dc"]:
        summary[prefix] = harvest(args.base_url, prefix, args.verb, args.since, args.set_spec, loaded[prefix])
    json.dump(summary, sys.stdout)


if __name__ == "__main__":
    main()
