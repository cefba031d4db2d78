"""Quality floors on labelled sets (never the shared dev set), rules and learned layer together.

`challenge*` and `independent_a`/`b` were written by other hands before the learned layer and
are part of its training corpus (`independent_b` calibrates it), as are, since the seventeenth
model, every set that was held out from an earlier model (the `h`, `i`, `u`, `v` and `x` sets,
now in models/corpus/written/ and real/): their floors guard the rules and the model against
regressions, not generalisation. `independent_c` has been held out from every model version.
The sets in models/corpus/heldout/ were written after the shipped (seventeenth) model's data
was fixed, by writers who saw neither rules nor model. It was chosen over the fifteenth on
`aA` and `aB`, and kept over an eighteenth model on `cA` and `cB` (decision sets,
docs/learned-layer.md), so their floors are a guard; `bA` and `bB` (its first honest figure)
and `cC` and `cD` (its second) were never read before they were scored once, at the end of a
session, as were `qA`, `qB` and `qD` (its third, with the 9% second-look budget and the
twentieth session's rules), `kC`, `kD` and `kE` (its fourth, with the twenty-first's), `yC`, `yD` and `yE`
(its fifth, with the twenty-second's), `gC`, `gD` and `gE` (its sixth, with the twenty-third's), `gF`, `gG` and
`gH` (its seventh, with the twenty-fourth's), `jC` to `jH` (its eighth), `lC`, `lD` and `lE` (its ninth), `nC`,
`nD` and `nE` (its tenth, all three with the twenty-fifth's), `pE`, `pF` and `pG` (its eleventh), `sC`, `sD`
and `sE` (its twelfth), `tD`, `tE` and `tF` (its thirteenth), `uC`, `uD` and `uE` (its fourteenth), `vC`, `vF`
and `vG` (its fifteenth) and `xC`, `xD` and `xE` (its sixteenth, all six with the twenty-sixth's). Each floor is what the shipped model scores with today's
rules (for `bB`, `cA`, `cC`, `cD`, `qB`, `qD`, `kC`, `kD`, `yC`, `yD`, `yE`, `gC` to `gH`, `jC` to `jH`, `lD`, `lE`,
`nC`, `nE`, `pE`, `pF` and `pG`, rule fixes read off them after their one scoring raised it),
so a change that drops
below one has made postcheck worse on posts nobody here wrote. Since the gate's second-look
budget went from 7% to 9% (2026-12-03, docs/learned-layer.md) fewer must-block posts pass
(`aA`, `bA`, `cA`, `cD`, `iA` one each) and some false-alarm floors rose by a hundredth or two:
a trade made on purpose, not a drift.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from postcheck.evaluate import evaluate, read_labeled

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
CORPUS = REPO / "models" / "corpus"
HELD_OUT = CORPUS / "heldout"


@pytest.mark.parametrize(
    ("path", "min_accuracy", "min_block_recall", "max_blocks_as_pass", "max_false_alarms", "max_near_miss_alarms"),
    [
        (FIXTURES / "challenge.jsonl", 0.98, 1.0, 0, 0.0, None),
        (FIXTURES / "challenge_holdout.jsonl", 0.92, 1.0, 0, 0.0, None),
        (FIXTURES / "independent_a.jsonl", 0.9, 1.0, 0, 0.0, None),
        (FIXTURES / "independent_b.jsonl", 0.92, 1.0, 0, 0.0, None),
        # held out from every model
        (FIXTURES / "independent_c.jsonl", 0.85, 0.96, 1, 0.08, None),
        # the seventeenth model was chosen on them (2026-12-03): a guard, not a measure
        (HELD_OUT / "aA.jsonl", 0.85, 0.96, 1, 0.16, 0.14),
        (HELD_OUT / "aB.jsonl", 0.85, 0.97, 0, 0.12, 0.07),
        # it was kept over an eighteenth model on them (2026-12-03, nineteenth session)
        (HELD_OUT / "cA.jsonl", 0.89, 0.92, 2, 0.11, 0.14),
        (HELD_OUT / "cB.jsonl", 0.82, 0.88, 4, 0.08, 0.12),
        # written after it was frozen, each scored once at the end of a session (2026-12-03)
        (HELD_OUT / "bA.jsonl", 0.88, 0.96, 1, 0.11, 0.09),
        (HELD_OUT / "bB.jsonl", 0.79, 0.9, 4, 0.12, 0.32),
        (HELD_OUT / "cC.jsonl", 0.88, 0.96, 1, 0.1, 0.1),
        (HELD_OUT / "cD.jsonl", 0.81, 0.92, 2, 0.06, 0.06),
        # the third honest figure: written at the start of the twentieth session, scored once at its end
        (HELD_OUT / "qA.jsonl", 0.89, 1.0, 0, 0.11, 0.11),
        (HELD_OUT / "qB.jsonl", 0.85, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "qD.jsonl", 0.82, 0.95, 1, 0.11, 0.12),
        # the fourth: written at the start of the twenty-first session, scored once at its end
        (HELD_OUT / "kC.jsonl", 0.86, 1.0, 0, 0.17, 0.17),
        (HELD_OUT / "kD.jsonl", 0.89, 1.0, 0, 0.04, 0.05),
        (HELD_OUT / "kE.jsonl", 0.86, 0.95, 0, 0.04, 0.03),
        # the fifth: written at the start of the twenty-second session, scored once at its end (2026-12-04)
        (HELD_OUT / "yC.jsonl", 0.88, 0.98, 1, 0.14, 0.15),
        (HELD_OUT / "yD.jsonl", 0.9, 0.95, 0, 0.03, 0.03),
        (HELD_OUT / "yE.jsonl", 0.85, 0.94, 1, 0.07, 0.07),
        # the sixth: written at the start of the twenty-third session, scored once at its end (2026-12-04)
        (HELD_OUT / "gC.jsonl", 0.89, 1.0, 0, 0.1, 0.09),
        (HELD_OUT / "gD.jsonl", 0.87, 0.97, 0, 0.11, 0.11),
        (HELD_OUT / "gE.jsonl", 0.83, 0.97, 0, 0.12, 0.12),
        # the seventh: written at the start of the twenty-fourth session, scored once at its end (2026-12-04)
        (HELD_OUT / "gF.jsonl", 0.93, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "gG.jsonl", 0.88, 0.97, 1, 0.06, 0.06),
        (HELD_OUT / "gH.jsonl", 0.87, 0.97, 0, 0.09, 0.05),
        # the eighth: written at the start of the twenty-fifth session, scored once in it (2026-12-04)
        (HELD_OUT / "jC.jsonl", 0.91, 0.96, 1, 0.1, 0.1),
        (HELD_OUT / "jD.jsonl", 0.92, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "jE.jsonl", 0.9, 0.97, 1, 0.12, 0.14),
        (HELD_OUT / "jF.jsonl", 0.91, 1.0, 0, 0.09, 0.1),
        (HELD_OUT / "jG.jsonl", 0.89, 0.97, 0, 0.11, 0.12),
        (HELD_OUT / "jH.jsonl", 0.91, 0.98, 1, 0.16, 0.16),
        # the ninth: written during the twenty-fifth session, scored once at its end (2026-12-04)
        (HELD_OUT / "lC.jsonl", 0.91, 0.95, 1, 0.03, 0.02),
        (HELD_OUT / "lD.jsonl", 0.92, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "lE.jsonl", 0.91, 1.0, 0, 0.05, 0.06),
        # the tenth: written late in the twenty-fifth session, scored once at its end (2026-12-04)
        (HELD_OUT / "nC.jsonl", 0.88, 0.95, 3, 0.12, 0.12),
        (HELD_OUT / "nD.jsonl", 0.89, 1.0, 0, 0.09, 0.1),
        (HELD_OUT / "nE.jsonl", 0.92, 0.95, 0, 0.04, 0.05),
        # the eleventh: written at the start of the twenty-sixth session, scored once in it (2026-12-04)
        (HELD_OUT / "pE.jsonl", 0.9, 1.0, 0, 0.09, 0.1),
        (HELD_OUT / "pF.jsonl", 0.89, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "pG.jsonl", 0.91, 1.0, 0, 0.09, 0.1),
        # the twelfth: written early in the twenty-sixth session, scored once in it (2026-12-04)
        (HELD_OUT / "sC.jsonl", 0.92, 0.93, 2, 0.06, 0.06),
        (HELD_OUT / "sD.jsonl", 0.88, 1.0, 0, 0.13, 0.13),
        (HELD_OUT / "sE.jsonl", 0.86, 1.0, 0, 0.13, 0.13),
        # the thirteenth: written during the twenty-sixth session, scored once in it (2026-12-04)
        (HELD_OUT / "tD.jsonl", 0.85, 0.98, 0, 0.15, 0.12),
        (HELD_OUT / "tE.jsonl", 0.85, 0.95, 1, 0.15, 0.17),
        (HELD_OUT / "tF.jsonl", 0.9, 1.0, 0, 0.07, 0.07),
        # the fourteenth: written during the twenty-sixth session, scored once in it (2026-12-04)
        (HELD_OUT / "uC.jsonl", 0.86, 0.95, 2, 0.17, 0.18),
        (HELD_OUT / "uD.jsonl", 0.82, 0.97, 1, 0.14, 0.17),
        (HELD_OUT / "uE.jsonl", 0.9, 1.0, 0, 0.05, 0.05),
        # the fifteenth: written late in the twenty-sixth session, scored once in it (2026-12-04)
        (HELD_OUT / "vC.jsonl", 0.87, 0.92, 4, 0.12, 0.09),
        (HELD_OUT / "vF.jsonl", 0.94, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "vG.jsonl", 0.88, 0.97, 0, 0.09, 0.09),
        # the sixteenth: written late in the twenty-sixth session, scored once at its end (2026-12-04)
        (HELD_OUT / "xC.jsonl", 0.89, 0.95, 3, 0.11, 0.12),
        (HELD_OUT / "xD.jsonl", 0.87, 0.97, 0, 0.13, 0.11),
        (HELD_OUT / "xE.jsonl", 0.88, 1.0, 0, 0.15, 0.12),
        # held out from earlier models, trained on since the seventeenth: guards
        (CORPUS / "written" / "hW.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "hR.jsonl", 0.94, 1.0, 0, 0.03, 0.03),
        (CORPUS / "written" / "hH.jsonl", 0.94, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "hG.jsonl", 0.93, 0.98, 1, 0.09, 0.09),
        (CORPUS / "real" / "hF.jsonl", 0.95, 1.0, 0, 0.03, 0.04),
        (CORPUS / "written" / "hE.jsonl", 0.96, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "hD.jsonl", 0.84, 1.0, 0, 0.1, 0.1),
        (CORPUS / "real" / "hC.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "written" / "hB.jsonl", 0.97, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "hA.jsonl", 0.91, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "hO.jsonl", 0.93, 1.0, 0, 0.06, 0.07),
        (CORPUS / "written" / "iB.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "iA.jsonl", 0.91, 0.98, 0, 0.06, 0.08),
        (CORPUS / "real" / "iO.jsonl", 0.94, 1.0, 0, 0.04, 0.04),
        (CORPUS / "written" / "vE.jsonl", 0.95, 1.0, 0, 0.02, 0.02),
        (CORPUS / "written" / "uA.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "uB.jsonl", 0.87, 0.97, 0, 0.08, 0.04),
        (CORPUS / "written" / "xA.jsonl", 0.95, 0.98, 1, 0.02, 0.02),
        (CORPUS / "real" / "xB.jsonl", 0.89, 0.93, 1, 0.04, 0.06),
    ],
    ids=lambda value: value.name if isinstance(value, Path) else None,
)
def test_quality_floor(screener, path, min_accuracy, min_block_recall, max_blocks_as_pass, max_false_alarms,
                       max_near_miss_alarms):
    scores = evaluate(read_labeled(path), screener.screen_many).as_dict()
    assert scores["errors"] == 0
    assert scores["verdict_accuracy"] >= min_accuracy, scores["mistakes"]
    assert scores["block_recall"] >= min_block_recall, scores["mistakes"]
    assert scores["blocks_reported_as_pass"] <= max_blocks_as_pass, scores["mistakes"]
    assert scores["false_alarm_rate_on_pass"] <= max_false_alarms, scores["mistakes"]
    if max_near_miss_alarms is not None:
        assert scores["false_alarm_rate_on_near_misses"] <= max_near_miss_alarms, scores["mistakes"]
