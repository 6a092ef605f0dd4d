"""Checks a token-level BIO export: one tag per token in every tag column, well-formed B/I runs,
and each tagged run of tokens lying inside the text of a span of that label.

Usage: python3 check_bio.py BIO_FILE NATIVE_FILE
Prints one JSON object: records, tokens, tagged runs per label and every problem found.
"""
import json
import sys

COLUMNS = {"claim_tags": "CLAIM", "source_tags": "SOURCE", "quantity_tags": "QUANTITY"}


def main(bio_path: str, native_path: str) -> None:
    span_texts = {}
    with open(native_path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                for span in doc["spans"]:
                    span_texts.setdefault(span["label"], set()).add(doc["text"][span["start"] : span["end"]])
    problems, runs, records, tokens = [], {label: [] for label in COLUMNS.values()}, 0, 0
    with open(bio_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            records += 1
            tokens += len(record["tokens"])
            for column, label in COLUMNS.items():
                tags = record[column]
                if len(tags) != len(record["tokens"]):
                    problems.append(f"line {number}: {column} has {len(tags)} tags for {len(record['tokens'])} tokens")
                    continue
                current = []
                for token, tag in zip(record["tokens"] + [""], tags + ["O"]):
                    if tag == "O" or tag.startswith("B-"):
                        if current:
                            runs[label].append(current)
                        current = []
                    if tag.startswith("B-") or tag.startswith("I-"):
                        if tag[2:] != label:
                            problems.append(f"line {number}: {column} holds {tag}")
                        if tag.startswith("I-") and not current:
                            problems.append(f"line {number}: {column} has I- without B- at {token!r}")
                        current.append(token)
    for label, found in runs.items():
        for run in found:
            if not any(all(token in text for token in run) for text in span_texts.get(label, ())):
                problems.append(f"{label} run {' '.join(run)!r} is not inside any {label} span")
    joined = {label: [" ".join(run) for run in found] for label, found in runs.items()}
    json.dump({"records": records, "tokens": tokens, "runs": joined, "problems": problems}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
