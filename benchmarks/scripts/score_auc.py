#!/usr/bin/env python3
"""Out-of-time check of a scoring run against what happened next, in the database.

usage: score_auc.py DB RUN_ID AS_OF UNTIL   (needs psql on the PATH; PostgreSQL at 127.0.0.1, user postgres)

Takes the scores of run RUN_ID (as of AS_OF), keeps customers holding a line granted by AS_OF and not
already more than 60 days past due then (the card's current_dpd input, the last characteristic), labels
bad the customers with a loan entering M3 (61+ days past due) after AS_OF and no later than UNTIL, and
prints the AUC and KS of the score, and, on a simulated book, the AUC of the simulator's true propensity
(the ceiling).
"""
import csv
import io
import subprocess
import sys

db, run_id, as_of, until = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
sql = f"""
with book as (select customer_id from credit_line where granted_on <= '{as_of}' group by customer_id),
bad as (select distinct l.customer_id from delinquency_event d join loan l on l.id = d.loan_id
        where d.to_bucket in ('M3', 'M4', 'M5', 'M6') and d.from_bucket in ('M0', 'M1', 'M2')
          and d.on_date > '{as_of}' and d.on_date <= '{until}')
select h.score, h.inputs, (b.customer_id is not null)::int, t.monthly_propensity
from score_history h join book k on k.customer_id = h.customer_id
left join bad b on b.customer_id = h.customer_id
left join sim_customer_truth t on t.customer_id = h.customer_id
where h.run_id = {run_id}"""
out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-tA", "-F,", "-c", sql],
                     check=True, capture_output=True, text=True).stdout
rows = []
for score, inputs, bad, propensity in csv.reader(io.StringIO(out)):
    dpd = float(inputs.split(";")[-1].split(":")[0])
    if dpd > 60:
        continue
    rows.append((float(score), int(bad), float(propensity) if propensity else None))


def auc(pairs):
    """P(a good scores above a bad), ties counted half: pairs of (score, bad), higher = safer."""
    pairs = sorted(pairs)
    ranks, i = [0.0] * len(pairs), 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    bads = sum(b for _, b in pairs)
    goods = len(pairs) - bads
    rank_sum = sum(r for r, (_, b) in zip(ranks, pairs) if b == 0)
    return (rank_sum - goods * (goods + 1) / 2) / (goods * bads)


def ks(pairs):
    pairs = sorted(pairs)
    bads = sum(b for _, b in pairs)
    goods = len(pairs) - bads
    cb = cg = best = 0
    for i, (score, b) in enumerate(pairs):
        cb += b
        cg += 1 - b
        if i + 1 == len(pairs) or pairs[i + 1][0] != score:
            best = max(best, abs(cb / bads - cg / goods))
    return best


print(f"customers {len(rows):,}, bad rate {sum(r[1] for r in rows) / len(rows):.4f}")
print(f"score AUC {auc([(s, b) for s, b, _ in rows]):.4f}  KS {ks([(s, b) for s, b, _ in rows]):.4f}")
if all(p is not None for _, _, p in rows):
    print(f"true propensity AUC (ceiling) {auc([(-p, b) for _, b, p in rows]):.4f}")
