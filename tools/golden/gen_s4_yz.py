"""Golden fixture of Scan and Snap's Y/Z model (presets S4a, S4b): the paper code's Model2 and Dataset2 of
luckmatters ssl/real-dataset/decoder_only.py, configured as the command line of scan_snap/figure_4.log (Fig. 4:
Syn-Small, zero init, SGD momentum 0.9, eta_Y = eta_Z = 1, batch 128, L = 128, seed 2), and stepped as main()
steps: one SGD per matrix (optimizer_y on K1 = Y^T, optimizer_z on K2 = Z), on one batch of Dataset2.generate.
Run by hand, never by CI (README.md, MODELS.md):

    python3 gen_s4_yz.py        # snapshot of facebookresearch/luckmatters under $GOLDEN_REFS

Fig. 6's random init (zero_init=false, preset S4c) is not a fixture: its dense 33 x 33 K1 and K2 at four
points would add 200 KB; from zero init K2 is non-zero from the second step on, so step 3 already differentiates
through a non-uniform attention.
"""
import contextlib
import os
import random
import types

import torch

import fixture
import reference

REPO = "facebookresearch/luckmatters"
PATH = "ssl/real-dataset/decoder_only.py"

# decoder_only.yaml with figure_4.log's overrides; lr_y = lr_z * lr_y_multi_on_z as main() computes it
CASES = [
    {"name": "yz-s4a", "preset": "s4a-scan-snap-equal-rates", "log": "scan_snap/figure_4.log", "seed": 2,
     "dataset2": dict(num_last=2, num_next_per_last=1, num_common=10, num_common_per_last=0,
                      num_unique_per_next=10, common_unnormalized_prob=1, unique_unnormalized_min=0.1,
                      unique_unnormalized_max=1),
     "zero_init": True, "lr_z": 1.0, "lr_y_multi_on_z": 1.0, "batch": 128},
]
L = 128
MOMENTUM = 0.9


def load(ref):
    reference.stub_config_packages()
    return reference.import_file("decoder_only", os.path.join(ref, PATH))


def run(module, case, dtype):
    random.seed(case["seed"])  # what common_utils.set_all_seeds seeds: python, numpy, torch
    torch.manual_seed(case["seed"])
    dataset = module.Dataset2(L, types.SimpleNamespace(**case["dataset2"]))
    model2 = types.SimpleNamespace(attn_include_base_token=False, zero_init=case["zero_init"], normalize=True,
                                   residual=False)
    model = module.Model2(dataset.M, dataset.L, model2).to(dtype)
    x, label = dataset.generate(case["batch"])
    names = {"K1.weight": model.K1.weight, "K2.weight": model.K2.weight}
    params0 = fixture.tensors(names)
    with reference.widened_float() if dtype == torch.float64 else contextlib.nullcontext():
        loss = model(x, label)
        loss.backward()
        grads = fixture.tensors((n, t.grad) for n, t in names.items())
        lr_z = case["lr_z"]
        lr_y = lr_z * case["lr_y_multi_on_z"]
        optimizer_y = torch.optim.SGD([model.K1.weight], lr=lr_y, momentum=MOMENTUM, weight_decay=0)
        optimizer_z = torch.optim.SGD([model.K2.weight], lr=lr_z, momentum=MOMENTUM, weight_decay=0)
        steps = []
        for _ in range(3):  # main()'s loop body, on the one fixed batch
            optimizer_y.zero_grad()
            optimizer_z.zero_grad()
            step_loss = model(x, label)
            step_loss.backward()
            optimizer_y.step()
            optimizer_z.step()
            model.normalize()
            steps.append(fixture.step(step_loss.item(), names))
    optimizer = {"type": "sgd", "lr_y": [lr_y] * 3, "lr_z": [lr_z] * 3, "momentum": MOMENTUM, "dampening": 0,
                 "nesterov": False, "weight_decay": 0, "schedule": "none"}
    return dataset, params0, x, label, loss.item(), grads, steps, optimizer


def facts(dataset):
    """Dataset2's classes: context tokens with their probabilities (float32 in the reference), query, next token."""
    return [{"tokens": f["tokens"].tolist(), "probs": [float(p) for p in f["probs"].tolist()],
             "query": f["last_token"], "next": f["next_token"]} for f in dataset.facts]


def write_case(module, commit, case):
    dataset, params0, x, label, loss, grads, steps, optimizer = run(module, case, torch.float64)
    _, _, _, _, loss32, _, steps32, _ = run(module, case, torch.float32)
    drift = max(abs(a - b) for s, s32 in zip(steps, steps32) for n in s["params"]
                for a, b in zip(s["params"][n]["data"], s32["params"][n]["data"]))
    print(f"{case['name']}: M = {dataset.M}, loss float64 {loss!r}, float32 {loss32!r}; "
          f"largest float32 - float64 weight difference after the steps {drift:.2e}")
    size = fixture.write_fixture(
        case["name"] + ".json", source=fixture.source(REPO, PATH, commit),
        config={"model": "Model2", "M": dataset.M, "L": L, "batch_size": case["batch"], "seed": case["seed"],
                "dataset2": case["dataset2"], "facts": facts(dataset), "zero_init": case["zero_init"],
                "normalize": True, "residual": False, "attn_include_base_token": False, "log": case["log"],
                "dtype": "float64", "preset": case["preset"]},
        params=params0, batch={"x": fixture.tensor(x), "label": fixture.tensor(label)}, loss=loss, grads=grads,
        optimizer=optimizer, steps=steps)
    print(f"wrote {case['name']}.json ({size} bytes)")


def main():
    ref, commit = reference.prepare(REPO, PATH)
    module = load(ref)
    for case in CASES:
        write_case(module, commit, case)


if __name__ == "__main__":
    main()
