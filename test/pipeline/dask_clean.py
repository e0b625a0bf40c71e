"""Cleans a JSON-lines corpus on a Dask cluster, each partition piped through the chaff CLI.

Usage: dask_clean.py CORPUS.jsonl EVIDENCE.json OUT.jsonl [WORKERS] [PARTITIONS]

The corpus evidence is made once (`chaff evidence`) and given to every partition, so the output is
the output of one `chaff clean --jsonl` over the whole corpus. Partitions keep their order.
"""
import os
import subprocess
import sys
import time

import dask.bag as db
from dask.distributed import Client, LocalCluster

CHAFF = [os.environ.get("CHAFF_NODE", "node"), os.environ.get("CHAFF_CLI", "dist/cli.js")]


def clean_partition(lines, evidence):
    """One `chaff clean --jsonl` per partition: the CLI's start-up is paid once per partition, not per article."""
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    if not text:
        return []
    done = subprocess.run(
        CHAFF + ["clean", "--jsonl", "--evidence", evidence, "--quiet"],
        input=text.encode("utf-8"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"chaff exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')[:2000]}")
    return done.stdout.decode("utf-8").splitlines(keepends=True)


def main():
    corpus, evidence, out = sys.argv[1:4]
    workers = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    partitions = int(sys.argv[5]) if len(sys.argv) > 5 else 8
    t0 = time.time()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster):
        bag = db.read_text(corpus).repartition(npartitions=partitions)
        lines = bag.map_partitions(clean_partition, os.path.abspath(evidence)).compute()
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(lines)
    print(f"dask: {len(lines)} records, {partitions} partitions on {workers} workers, {time.time() - t0:.1f} s")


if __name__ == "__main__":
    main()
