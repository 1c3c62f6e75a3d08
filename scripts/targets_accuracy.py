#!/usr/bin/env python3
"""Helpers of scripts/targets-accuracy.sh (standard library only).

  unseen-corpus DIR                          text folders code/, proofs/, dict/ under DIR/text
  experiment SOURCE OUT SCHEDULE SIZE ROOT   print SOURCE with out, schedule and runs replaced
  table OUT SETTING...                       print the accuracy table of the settings run in OUT
  refit OUT SETTING...                       targets refitted during the run (constant-rate settings)
  steered EXPERIMENT_OUT RUN...              how well each RUN (a steered run beside `static`) predicts
                                             the static run's end, and the targets it logged (target_refit)
  gains OUT SETTING...                       the cooldown law's annealing gain: fitted, measured at each
                                             branch's end, and what the static run's end implies (decaying settings)
"""
import glob, gzip, json, math, os, random, re, statistics, sys


def unseen_corpus(directory):
    """~1.4 MB of CPython's standard library and of Coq's, and the Devil's Dictionary in pieces."""
    text = os.path.join(directory, "text")
    random.seed(0)

    def fill(files, name, limit):
        os.makedirs(os.path.join(text, name), exist_ok=True)
        total = 0
        for path in files:
            body = open(path, errors="replace").read()
            if len(body) < 500:
                continue
            with open(os.path.join(text, name, f"{total}_{os.path.basename(path)}.txt"), "w") as f:
                f.write(body)
            total += len(body)
            if total > limit:
                break

    python = sorted(p for p in glob.glob("/usr/lib/python3.*/**/*.py", recursive=True)
                    if "/test" not in p and "packages" not in p)
    random.shuffle(python)
    fill(python, "code", 1.4e6)
    proofs = sorted(glob.glob(os.path.join(directory, "root", "**", "*.v"), recursive=True))
    random.shuffle(proofs)
    fill(proofs, "proofs", 1.4e6)
    dictionary = gzip.open(os.path.join(directory, "root/usr/share/dictd/devil.dict.dz"), "rt", errors="replace").read()
    os.makedirs(os.path.join(text, "dict"), exist_ok=True)
    for index in range(0, len(dictionary), 8000):
        with open(os.path.join(text, "dict", f"{index // 8000:04d}.txt"), "w") as f:
            f.write(dictionary[index:index + 8000])


def experiment(source, out, schedule, size, root):
    text = open(source).read()
    text = re.sub(r"(?m)^out: .*$", f"out: {out}", text)
    text = re.sub(r"(?m)^(\s+schedule:) \w+", rf"\1 {schedule}", text)
    text = text[:text.index("\nruns:")] + "\nruns:\n  - {name: static, mixer: static}\n"
    text = re.sub(r"(?m)^(\s+)(\w+): corpus/", rf"\1\2: {root}/corpus/", text)
    if size.startswith("trained"):
        # A base pre-trained on 4x the demo's tokens, so that continual pre-training is shorter than
        # pre-training, as it is for a real base model.
        text, count = re.subn(r"(?m)^(    max_steps:) \d+", lambda m: f"{m.group(1)} {4 * int(m.group(0).split()[-1])}", text, count=1)
        assert count == 1, "the experiment file has no base max_steps"
    if size == "plentiful":
        text = text.replace(f"{root}/corpus/demo/", os.path.join(os.path.dirname(out), "full-corpus") + "/")
    if size == "unseen":
        base = os.path.join(os.path.dirname(out), "unseen-text", "text")
        domains = "".join(f"    {d}: {base}/{d}\n" for d in ("code", "proofs", "dict"))
        text = re.sub(r"  domains:\n(    .*\n)+", "  domains:\n" + domains, text)
        text = re.sub(r"order: \[.*\]", "order: [code, proofs, dict]", text)
        text = text.replace("weights: {prose: 1}", "weights: {dict: 1}").replace("replay_domains: [prose]", "replay_domains: [dict]")
    print(text)


def events(path):
    return [json.loads(line) for line in open(path) if line.strip()]


def area_of(log, warmup, peak):
    """Learning-rate area (in peak-rate steps) after each step of a run's `train` events."""
    rates = [1.0 if e["step"] <= warmup else e["lr"] / peak for e in log if e.get("event") == "train"]
    area = [0.0]
    for r in rates:
        area.append(area[-1] + r)
    return area


def line(points):
    """Least-squares line through (x, y) points: (mean x, mean y, slope)."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    return mx, my, sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def log_points(log, area, domain, skip):
    """(step, log area, log loss) of a run's evaluations of `domain` from step `skip` on."""
    return [(e["step"], math.log(area[e["step"]]), math.log(e["domain_loss"][domain])) for e in log
            if e.get("event") == "eval" and e["step"] >= max(skip, 1) and domain in e.get("domain_loss", {})]


def backtest(setting_dir, domain, skip, warmup, peak):
    """The area power law fitted to the first half (in log area) of the trunk's fitted window,
    relative error of its prediction at the trunk's last three evaluations (negative: it predicts
    too low a loss, the curve bends toward a plateau)."""
    log = events(os.path.join(setting_dir, "targets-proxy", "trunk", "metrics.jsonl"))
    points = [(x, y) for _, x, y in log_points(log, area_of(log, warmup, peak), domain, skip)]
    if len(points) < 6:
        return None
    middle = points[0][0] + (points[-1][0] - points[0][0]) / 2
    mx, my, slope = line([p for p in points if p[0] <= middle])
    tail = points[-3:]
    return sum(my + slope * (x - mx) - y for x, y in tail) / len(tail)


def refit(out, settings):
    """Targets refitted during the run (offline, constant-rate settings): the area power law
    fitted to the trunk's evaluations and the static run's so far ("all"), or to the run's most
    recent half only ("recent"), at several fractions of the run; error of its prediction of the
    run's end against the loss reached."""
    fractions = (0.2, 0.35, 0.5, 0.65, 0.8)
    print("| setting | domain | fit | " + " | ".join(f"{f:.0%}" for f in fractions) + " |")
    print("| --- | --- | --- | " + " | ".join("---" for _ in fractions) + " |")
    for setting in settings:
        directory = os.path.join(out, setting)
        targets = json.load(open(os.path.join(directory, "targets.json")))
        skip, warmup, peak = targets["proxy"]["skip_steps"], targets["schedule"]["warmup_steps"], targets["schedule"]["peak"]
        trunk_log = events(os.path.join(directory, "targets-proxy", "trunk", "metrics.jsonl"))
        run_log = events(os.path.join(directory, "runs", "static", "metrics.jsonl"))
        trunk_area, run_area = area_of(trunk_log, warmup, peak), area_of(run_log, warmup, peak)
        end = max(e["step"] for e in run_log if e.get("event") == "eval")
        for domain in (d["name"] for d in targets["domains"]):
            reached = [e for e in run_log if e.get("event") == "eval"][-1]["domain_loss"][domain]
            trunk = [(x, y) for _, x, y in log_points(trunk_log, trunk_area, domain, skip)]
            run = log_points(run_log, run_area, domain, skip)
            for mode in ("all", "recent"):
                cells = []
                for f in fractions:
                    points = trunk + [(x, y) for s, x, y in run if s <= f * end] if mode == "all" else \
                        [(x, y) for s, x, y in run if f * end / 2 <= s <= f * end]
                    if len(points) < 3:
                        cells.append("")
                        continue
                    mx, my, slope = line(points)
                    cells.append(f"{(math.exp(my + slope * (math.log(run_area[end]) - mx)) / reached - 1) * 100:+.1f}%")
                print(f"| {setting} | {domain} | {mode} | " + " | ".join(cells) + " |")


def table(out, settings):
    print("| setting | method | error per domain | median, max | intervals holding | backtest |")
    print("| --- | --- | --- | --- | --- | --- |")
    for setting in settings:
        directory = os.path.join(out, setting)
        targets = json.load(open(os.path.join(directory, "targets.json")))
        run = events(os.path.join(directory, "runs", "static", "metrics.jsonl"))
        final = [e for e in run if e.get("event") == "eval"][-1]
        reached = final["domain_loss"]
        schedule = targets["schedule"]
        methods = ["cooldown", "momentum", "multi-power"] if schedule["kind"] != "constant" else [targets["method"]]
        for method in methods:
            cells, errors, holding = [], [], 0
            for domain in targets["domains"]:
                name = domain["name"]
                error = domain["alternatives"][method] / reached[name] - 1
                errors.append(abs(error) * 100)
                mark = ""
                if method == targets["method"]:
                    inside = domain["interval"]["lower"] <= reached[name] <= domain["interval"]["upper"]
                    holding += inside
                    mark = "" if inside else "!"
                cells.append(f"{name} {error * 100:+.2f}%{mark}")
            tests = ""
            if method == targets["method"]:
                tests = " ".join(f"{d['name']} {b * 100:+.2f}%" for d in targets["domains"]
                                 if (b := backtest(directory, d["name"], targets["proxy"]["skip_steps"], schedule["warmup_steps"], schedule["peak"])) is not None)
            held = f"{holding} of {len(cells)}" if method == targets["method"] else ""
            print(f"| {setting} | {method} | {', '.join(cells)} | {statistics.median(errors):.1f}%, {max(errors):.1f}% | {held} | {tests} |")


def domain_areas(log, warmup, peak, domains, initial):
    """Per domain, its learning-rate area after each step: the rate over the peak (warm-up at the
    peak) times the domain's weight in effect over its initial weight (what target_refit uses)."""
    weights_at = {e["step"]: e["weights"] for e in log if e.get("event") == "eval" and "weights" in e}
    weights, area = dict(initial), {d: [0.0] for d in domains}
    for e in sorted((e for e in log if e.get("event") == "train"), key=lambda e: e["step"]):
        weights = weights_at.get(e["step"] - 1, weights)
        rate = 1.0 if e["step"] <= warmup else e["lr"] / peak
        for d in domains:
            area[d].append(area[d][-1] + rate * weights[d] / initial[d])
    return area


def steered(out, runs):
    """For each steered RUN of an experiment (beside its `static` run): the area power law fitted
    to the RUN's updates from half of each fraction of the run on, in each domain's own area,
    extrapolated to the static run's area at the budget, against the loss the static run reached;
    and, for a target_refit run, the last targets it logged. Cells: (predicted - reached) / reached."""
    targets = json.load(open(os.path.join(out, "targets.json")))
    warmup, peak = targets["schedule"]["warmup_steps"], targets["schedule"]["peak"]
    domains = [d["name"] for d in targets["domains"]]
    static = events(os.path.join(out, "runs", "static", "metrics.jsonl"))
    static_evals = [e for e in static if e.get("event") == "eval"]
    initial, end, reached = static_evals[0]["weights"], static_evals[-1]["step"], static_evals[-1]["domain_loss"]
    budget = area_of(static, warmup, peak)[end]
    fractions = (0.35, 0.5, 0.65, 0.8)
    print("| run | domain | proxy target | " + " | ".join(f"refit at {f:.0%}" for f in fractions) + " | last logged target |")
    print("| --- | --- | --- | " + " | ".join("---" for _ in fractions) + " | --- |")
    for run in ("static",) + tuple(runs):
        log = events(os.path.join(out, "runs", run, "metrics.jsonl"))
        evals = [e for e in log if e.get("event") == "eval"]
        area = domain_areas(log, warmup, peak, domains, initial)
        logged = [e["targets"] for e in evals if "targets" in e]
        for d in domains:
            proxy = next(x["l_target"] for x in targets["domains"] if x["name"] == d)
            cells = []
            for f in fractions:
                points = [(math.log(area[d][e["step"]]), math.log(e["domain_loss"][d])) for e in evals
                          if f * end / 2 <= e["step"] <= f * end and e["step"] > 0]
                if len(points) < 3:
                    cells.append("")
                    continue
                mx, my, slope = line(points)
                cells.append(f"{(math.exp(my + slope * (math.log(budget) - mx)) / reached[d] - 1) * 100:+.2f}%")
            last = f"{(logged[-1][d] / reached[d] - 1) * 100:+.2f}%" if logged else ""
            print(f"| {run} | {d} | {(proxy / reached[d] - 1) * 100:+.2f}% | " + " | ".join(cells) + f" | {last} |")


def gains(out, settings):
    """The cooldown law's annealing gain per domain of decaying settings: the fitted one, the one
    each cool-down branch shows at its end (1 - loss / trunk power law at the branch's area), and
    the one the static run's end implies (1 - reached / trunk power law at the run's area). The
    last also holds the power law's own extrapolation error (see the constant-rate settings)."""
    print("| setting | domain | fitted gain | branch 1 end | branch 2 end | implied by the run's end |")
    print("| --- | --- | --- | --- | --- | --- |")
    for setting in settings:
        directory = os.path.join(out, setting)
        targets = json.load(open(os.path.join(directory, "targets.json")))
        warmup, peak = targets["schedule"]["warmup_steps"], targets["schedule"]["peak"]
        run = events(os.path.join(directory, "runs", "static", "metrics.jsonl"))
        final = [e for e in run if e.get("event") == "eval"][-1]
        end, reached = final["step"], final["domain_loss"]
        run_area = area_of(run, warmup, peak)[end]
        for domain in targets["domains"]:
            fit = domain["schedule_fit"]
            law = fit["law"].get("cooldown")
            if law is None:
                continue
            trunk_law = lambda area: law["A"] * area ** -law["alpha"]
            cells = []
            for index, curve in enumerate(fit["curves"][1:], start=1):
                observations = [o for o in fit["observations"] if o["curve"] == index]
                if not observations:
                    cells.append("")
                    continue
                last = max(observations, key=lambda o: o["step"])
                cells.append(f"{1 - last['loss'] / trunk_law(sum(curve['rates'][:last['step']])):+.4f}")
            implied = 1 - reached[domain["name"]] / trunk_law(run_area)
            print(f"| {setting} | {domain['name']} | {law['gain']:+.4f} | " + " | ".join(cells) + f" | {implied:+.4f} |")


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    {"unseen-corpus": unseen_corpus, "experiment": experiment, "table": lambda o, *s: table(o, s),
     "refit": lambda o, *s: refit(o, s), "steered": lambda o, *r: steered(o, r),
     "gains": lambda o, *s: gains(o, s)}[command](*arguments)
