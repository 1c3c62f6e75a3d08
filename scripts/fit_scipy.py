#!/usr/bin/env python3
"""Peer for `velocitune fit`: fits L(D) = E + B * D^-beta per curve with scipy.optimize.curve_fit
(bounded least squares, best of several starts) and prints one JSON object:
{"CURVE": prediction_at_tokens, ...}.

usage: fit_scipy.py POINTS.csv AT.csv
  POINTS.csv: curve,tokens,loss       AT.csv: curve,tokens  (where to predict)
"""
import csv, json, sys
import numpy as np
from scipy.optimize import curve_fit


def fit_one(tokens, loss):
    scale = float(np.exp(np.mean(np.log(tokens))))
    x = tokens / scale
    model = lambda x, E, B, beta: E + B * x ** (-beta)
    upper_e = loss.min() * (1 - 1e-9)
    best = None
    for beta0 in (0.1, 0.3, 0.5, 1.0):
        for frac in (0.0, 0.5, 0.9):
            e0 = frac * upper_e
            z = x ** (-beta0)
            b0 = max(float(np.dot(z, loss - e0) / np.dot(z, z)), 1e-6)
            try:
                p, _ = curve_fit(model, x, loss, p0=(e0, b0, beta0),
                                 bounds=([0, 1e-12, 1e-4], [upper_e, np.inf, 2.0]), maxfev=20000)
            except RuntimeError:
                continue
            sse = float(np.sum((model(x, *p) - loss) ** 2))
            if best is None or sse < best[0]:
                best = (sse, p)
    E, B, beta = best[1]
    return lambda t: E + B * (t / scale) ** (-beta)


def main():
    curves = {}
    with open(sys.argv[1]) as f:
        for row in csv.DictReader(f):
            curves.setdefault(row["curve"], []).append((float(row["tokens"]), float(row["loss"])))
    out = {}
    with open(sys.argv[2]) as f:
        for row in csv.DictReader(f):
            pts = np.array(curves[row["curve"]])
            out[row["curve"]] = fit_one(pts[:, 0], pts[:, 1])(float(row["tokens"]))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
