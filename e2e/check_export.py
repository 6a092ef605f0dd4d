"""Checks a native JSONL export the way a data scientist would: in Python, with code-point slicing.

Usage: python3 check_export.py FILE
Prints one JSON object: documents, spans, and every span whose text[start:end] differs from its text.
"""
import json
import sys


def main(path: str) -> None:
    documents = 0
    spans = []
    mismatches = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            doc = json.loads(line)
            documents += 1
            text = doc["text"]
            for span in doc["spans"]:
                sliced = text[span["start"] : span["end"]]
                spans.append(
                    {"doc": doc["id"], "label": span["label"], "start": span["start"], "end": span["end"],
                     "text": span["text"], "annotator": span["annotator"], "line": number}
                )
                if sliced != span["text"]:
                    mismatches.append({"line": number, "id": span["id"], "expected": span["text"], "sliced": sliced})
    json.dump({"documents": documents, "spans": spans, "mismatches": mismatches}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
