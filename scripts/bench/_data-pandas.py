# The pandas baseline for scripts/bench/data-validate.mjs: what a team's own script does today
# (read_csv + describe + the seed's missing-rate and schema checks, duplicates) plus the same
# drift statistics and verdicts as cml, with numpy: PSI over the base's deciles and the exact
# two-sample KS for numbers; Jensen-Shannon and PSI for categories (booleans and text with at most
# 1000 distinct values), drifted at PSI >= 0.2, KS >= 0.1 or JS >= 0.1. Written the way a pandas
# user would: vectorised numpy, no per-row Python.
import json
import resource
import sys

import numpy as np
import pandas as pd

PSI_EPS, MAX_CATEGORIES = 1e-4, 1000


def load(path):
    return pd.read_parquet(path) if path.endswith('.parquet') else pd.read_csv(path)


def profile(df):
    return {
        'describe': df.describe(include='all'),
        'missing': df.isna().mean(),
        'duplicates': int(df.duplicated().sum()),
        'distinct': df.nunique(),
    }


def psi_shares(b, h):
    b, h = np.maximum(b, PSI_EPS), np.maximum(h, PSI_EPS)
    return float(np.sum((h - b) * np.log(h / b)))


def numeric_drift(b, h):
    edges = np.unique(np.quantile(b, np.linspace(0.1, 0.9, 9)))
    bins = lambda x: np.bincount(np.searchsorted(edges, x, side='left'), minlength=len(edges) + 1) / len(x)
    b, h = np.sort(b), np.sort(h)
    grid = np.concatenate([b, h])
    ks = np.max(np.abs(np.searchsorted(b, grid, side='right') / len(b)
                       - np.searchsorted(h, grid, side='right') / len(h)))
    return psi_shares(bins(b), bins(h)), float(ks)


def categorical_drift(b, h):
    p, q = b.value_counts(normalize=True).align(h.value_counts(normalize=True), fill_value=0)
    m = (p + q) / 2
    kl = lambda a: float(np.sum(a[a > 0] * np.log2(a[a > 0] / m[a > 0])))
    return 0.5 * kl(p) + 0.5 * kl(q), psi_shares(p.to_numpy(), q.to_numpy())


def is_number(s):
    return pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s)


base, head = load(sys.argv[1]), load(sys.argv[2])
profiles = [profile(base), profile(head)]
schema_changed = list(base.dtypes.items()) != list(head.dtypes.items())

drifted = []
for col in base.columns.intersection(head.columns, sort=False):
    b, h = base[col].dropna(), head[col].dropna()
    if is_number(base[col]) and is_number(head[col]):
        psi, ks = numeric_drift(b.to_numpy(float), h.to_numpy(float))
        if psi >= 0.2 or ks >= 0.1:
            drifted.append(col)
    elif not is_number(base[col]) and not is_number(head[col]):
        if max(profiles[0]['distinct'][col], profiles[1]['distinct'][col]) > MAX_CATEGORIES:
            continue
        js, psi = categorical_drift(b.astype(str), h.astype(str))
        if js >= 0.1 or psi >= 0.2:
            drifted.append(col)

u = resource.getrusage(resource.RUSAGE_SELF)
print('BENCH ' + json.dumps({
    'rows': len(head), 'schema_changed': schema_changed, 'drifted': drifted,
    'maxrss_mb': u.ru_maxrss / 1024, 'cpu_s': u.ru_utime + u.ru_stime,
}))
