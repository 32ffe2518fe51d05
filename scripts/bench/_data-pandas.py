# The pandas baseline for scripts/bench/data-validate.mjs: what a team's own script does today
# (read_csv + describe + missing-rate and schema checks) plus the same drift statistics as cml
# (PSI over the base's deciles and two-sample KS for numbers, JS and PSI for categories), numpy.
import sys
import numpy as np
import pandas as pd

def load(path):
    return pd.read_parquet(path) if path.endswith('.parquet') else pd.read_csv(path)

base, head = load(sys.argv[1]), load(sys.argv[2])
for df in (base, head):
    df.describe(include='all')
    df.isna().mean()
    df.duplicated().sum()
schema_changed = list(base.dtypes.items()) != list(head.dtypes.items())

def psi(b, h, eps=1e-4):
    edges = np.quantile(b, np.linspace(0.1, 0.9, 9))
    bc = np.bincount(np.searchsorted(edges, b, side='left'), minlength=10) / len(b)
    hc = np.bincount(np.searchsorted(edges, h, side='left'), minlength=10) / len(h)
    bc, hc = np.maximum(bc, eps), np.maximum(hc, eps)
    return float(np.sum((hc - bc) * np.log(hc / bc)))

def ks(b, h):
    b, h = np.sort(b), np.sort(h)
    grid = np.concatenate([b, h])
    return float(np.max(np.abs(np.searchsorted(b, grid, side='right') / len(b) - np.searchsorted(h, grid, side='right') / len(h))))

def js(b, h):
    p, q = b.value_counts(normalize=True), h.value_counts(normalize=True)
    p, q = p.align(q, fill_value=0)
    m = (p + q) / 2
    kl = lambda a: float(np.sum(a[a > 0] * np.log2(a[a > 0] / m[a > 0])))
    return 0.5 * kl(p) + 0.5 * kl(q)

drifted = []
for col in base.columns.intersection(head.columns):
    if pd.api.types.is_numeric_dtype(base[col]) and pd.api.types.is_numeric_dtype(head[col]):
        b, h = base[col].dropna().to_numpy(float), head[col].dropna().to_numpy(float)
        p, k = psi(b, h), ks(b, h)
        if p >= 0.2 or k >= 0.1: drifted.append(col)
    else:
        if js(base[col].astype(str), head[col].astype(str)) >= 0.1: drifted.append(col)
print({'rows': len(head), 'schema_changed': schema_changed, 'drifted': drifted})
import resource, json
u = resource.getrusage(resource.RUSAGE_SELF)
print('BENCH ' + json.dumps({'maxrss_mb': u.ru_maxrss / 1024, 'cpu_s': u.ru_utime + u.ru_stime}))
