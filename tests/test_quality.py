"""Quality floors on labelled sets (never the shared dev set), rules and learned layer together.

`challenge*` and `independent_a`/`b` were written by other hands before the learned layer and are part
of its training corpus (`independent_b` calibrates it), as are every set that was ever held out from an
earlier model: the `h`, `i`, `u`, `v` and `x` sets since the seventeenth; `aA` to `yE` since the
nineteenth; the fifty-three sets that were the nineteenth to twenty-fourth models' honest figures (`zC`
to `vH`, each scored once before it was trained on) since the twenty-fifth; and, since the twenty-sixth,
the twenty-fifth's decision sets and honest figures (`cH` to `yH`), the read set `uH` and the disguised
sets `zH` and `aI`; all in models/corpus/written/ and real/. Their floors guard the rules and the model
against regressions, not generalisation. `independent_c` has been held out from every model version.
Since the thirtieth, every set that was held out from the twenty-sixth to the twenty-ninth model (`bI` to
`oP`, 185 sets each scored once and read since, the everyday sets `fH` and `mH` among them) is trained on
too, in models/corpus/written/ and real/: their floors are guards as well. models/corpus/heldout/ holds what
the shipped thirtieth model never saw: its decision sets `tP` to `yP` (written while it trained), the six sets
it was chosen on by a rule written before they were scored (`zP`, `aQ` to `eQ`), and its honest figures
`fQ` to `lQ`, `mQ` to `sQ`, `tQ` to `yQ`, `zQ`, `aR` to `eR`, `fR` to `lR`, `mR` to `sR`, `tR` to `yR`, `zR`, `aS` to `eS`, `fS`, `gS`, `iS` to `lS` (the decision sets of a thirty-first
model that did not ship), `mS` to `qS`, `sS`, `tS`
to `yS`, `zS`, `aT` to `eT`, and `fT`,
`gT`, `iT` to `lT`, `mT` to `qT`, `sT`, `uT` to `zT`, `aU` to `fU`, `gU`, `iU` to `mU`, `nU` to `qU`, `sU`, `tU`, `uU` to `zU`, `aV` to `cV`, `dV` to `gV`, `iV` to `lV`, `mV` to `qV`, `sV`, `tV`, `uV`, `wV` to `zV`, `aW` to `gW`, `iW`
to `mW`, `nW` to `qW`, `sW` to `zW`, `aX`
to `gX`, `iX` to `qX`, `sX` to `zX`, `aY`
to `dY`, `eY` to `vY` (the decision sets of a thirty-second model that did not ship, and eight more
written while it trained), and `wY` to `zY`, `aZ` to `gZ`, `iZ` to `mZ`, `nZ` to `qZ`, `sZ` to `zZ`, `a9` to `g9`, `i9` to `q9`, `s9` to `z9` (not `w9`), and `a8` to `g8`, `i8` to `n8`, `o8` to `q8`, `s8` to `v8`, `x8` (not `w8`, trained on), `y8`, `z8`, `a7` to `g7`, `i7` to `v7` and `x7` to `z7` (not `w7`, trained on), and `a6` to `g6`, `i6` to `q6`, `s6` to `v6` and `x6` to `z6` (not `w6`, trained on), and `a5` to `g5`, `i5` to `q5`, `s5` to `v5`, `x5` to `z5`, and `a4` to `g4`, `i4` to `q4`, `s4` to `v4`, `x4` to `z4`, and `a3` to `g3`, `i3` to `q3`, `s3` to `v3`, `x3` to `z3`, `a2` to `g2`, `i2` to `q2`, `s2` to `v2`, `x2` to `z2`, `a1` to `g1`, `i1` to `q1`, `s1` to `v1`, `x1` to `z1`, and `a0` to `g0`, `i0` to `q0`, `s0` to `v0` and `x0` to `z0`, and the fifty-second session's `aG`, `bG`, `dG` to `fG`, `iG`, `lG`, `mG`, `iH`, `pP`, `qG`, `tT`, `vA` to `vV` (not `vD`, another writer's), `ka` to `kh`, `ma` to `mh`, `na` to `nh`, `pa` to `ph`, `qa` to `qh` and `sa` to `sh`. The real exports are floored too. Each floor is what
the shipped model scores with today's rules, so a change that drops below one has made postcheck worse.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from postcheck.evaluate import evaluate, read_labeled
from postcheck.inputs import read_posts
from postcheck.model import Post

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
CORPUS = REPO / "models" / "corpus"
HELD_OUT = CORPUS / "heldout"


@pytest.mark.parametrize(
    ("path", "min_accuracy", "min_block_recall", "max_blocks_as_pass", "max_false_alarms", "max_near_miss_alarms"),
    [
        (FIXTURES / "challenge.jsonl", 0.98, 1.0, 0, 0.06, None),
        (FIXTURES / "challenge_holdout.jsonl", 0.88, 1.0, 0, 0.1, None),
        (FIXTURES / "independent_a.jsonl", 0.92, 1.0, 0, 0.07, None),
        (FIXTURES / "independent_b.jsonl", 0.94, 1.0, 0, 0.0, None),
        # held out from every model
        (FIXTURES / "independent_c.jsonl", 0.91, 1.0, 0, 0.08, None),
        # held out from the nineteenth to the twenty-fourth model, each scored once as an honest figure,
        # trained on since the twenty-fifth: guards. Each group in the order it was written:
        # the nineteenth model's first honest figure: written at the start of the twenty-seventh session,
        # before that model was trained, and scored once at its end (2026-12-04)
        (CORPUS / "written" / "zC.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "zD.jsonl", 0.9, 0.95, 1, 0.02, 0.03),
        (CORPUS / "real" / "zE.jsonl", 0.93, 1.0, 0, 0.09, 0.09),
        # its second: written at the start of the twenty-eighth session by four new writers and scored once
        # before anything was changed (2026-12-04)
        (CORPUS / "written" / "dC.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "written" / "eC.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "dD.jsonl", 0.96, 0.97, 0, 0.0, 0.0),
        (CORPUS / "real" / "dE.jsonl", 0.96, 1.0, 0, 0.02, 0.03),
        # its third: three more writers, scored once after that session's first rule fixes (2026-12-04)
        (CORPUS / "written" / "fD.jsonl", 0.95, 0.98, 1, 0.03, 0.03),
        (CORPUS / "real" / "eD.jsonl", 0.96, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "eE.jsonl", 0.95, 1.0, 0, 0.0, 0.0),
        # its fourth: three more writers, scored once at that session's end, after its six rule fixes
        (CORPUS / "written" / "iC.jsonl", 0.95, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "iD.jsonl", 0.96, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "iE.jsonl", 0.96, 1.0, 0, 0.02, 0.03),
        # its fifth: three more writers, scored once at the start of the twenty-ninth session, after
        # its first three rule fixes (2026-12-05)
        (CORPUS / "written" / "wC.jsonl", 0.94, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "wD.jsonl", 0.93, 0.97, 0, 0.05, 0.05),
        (CORPUS / "real" / "wE.jsonl", 0.96, 1.0, 0, 0.02, 0.03),
        # its sixth: three more writers, scored once after that session's next two rule fixes
        (CORPUS / "written" / "aC.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "aD.jsonl", 0.94, 0.97, 0, 0.0, 0.0),
        (CORPUS / "real" / "aE.jsonl", 0.97, 1.0, 0, 0.05, 0.05),
        # its seventh: three more writers, scored once after that session's next three rule fixes
        (CORPUS / "written" / "bC.jsonl", 0.97, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "bD.jsonl", 0.95, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "bE.jsonl", 0.98, 1.0, 0, 0.0, 0.0),
        # its eighth: three more writers (the written one disguising about 100 of its posts), scored
        # once after that session's next three rule fixes
        (CORPUS / "written" / "fE.jsonl", 0.93, 1.0, 0, 0.07, 0.08),
        (CORPUS / "real" / "qE.jsonl", 0.99, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "rE-second.jsonl", 0.98, 1.0, 0, 0.0, 0.0),
        # its ninth: three more writers (the written one with 90 clean posts, 85 of them near-misses),
        # scored once after that session's next four rule fixes
        (CORPUS / "written" / "kF.jsonl", 0.94, 1.0, 0, 0.07, 0.08),
        (CORPUS / "real" / "lF.jsonl", 0.9, 0.97, 0, 0.05, 0.05),
        (CORPUS / "real" / "nF.jsonl", 0.95, 1.0, 0, 0.02, 0.03),
        # its tenth: three more writers (the written one keeping most posts under 12 words), scored
        # once after that session's next three rule fixes
        (CORPUS / "written" / "sF.jsonl", 0.95, 0.96, 0, 0.03, 0.03),
        (CORPUS / "real" / "uF.jsonl", 0.95, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "xF.jsonl", 0.98, 1.0, 0, 0.0, 0.0),
        # its eleventh: three more writers (the written one in staff group chats and replies), scored
        # once after that session's first nineteen rule fixes (two more followed)
        (CORPUS / "written" / "yF.jsonl", 0.97, 0.98, 0, 0.03, 0.03),
        (CORPUS / "real" / "zF.jsonl", 0.97, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "iF.jsonl", 0.99, 0.97, 0, 0.0, 0.0),
        # its twelfth: three more writers (the written one mixing other languages into English), scored
        # once after the thirtieth session's first rule change (2026-12-05)
        (CORPUS / "written" / "aF.jsonl", 0.93, 0.98, 1, 0.07, 0.08),
        (CORPUS / "real" / "bF.jsonl", 0.98, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "fF.jsonl", 0.97, 1.0, 0, 0.05, 0.05),
        # its thirteenth: three more writers, long posts of 40 to 150 words, scored once after the
        # thirtieth session's first three rule changes
        (CORPUS / "written" / "dF.jsonl", 0.96, 1.0, 0, 0.03, 0.02),
        (CORPUS / "real" / "eF.jsonl", 0.96, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "mE.jsonl", 0.93, 1.0, 0, 0.03, 0.03),
        # its fourteenth: three more writers (the written one where people really post: community groups,
        # LinkedIn, Instagram), written at the thirtieth session's start and scored once at its end
        (CORPUS / "written" / "mF.jsonl", 0.95, 0.98, 1, 0.04, 0.05),
        (CORPUS / "real" / "qF.jsonl", 0.93, 1.0, 0, 0.07, 0.03),
        (CORPUS / "real" / "rF-second.jsonl", 0.93, 1.0, 0, 0.05, 0.03),
        # its fifteenth and sixteenth: four more writers at the thirty-first session's start (one-liners,
        # disguise and near-misses, and the two real-style halves), scored two at a time after its first
        # rule change and after its next two
        (CORPUS / "written" / "nG.jsonl", 0.92, 0.96, 1, 0.11, 0.12),
        (CORPUS / "real" / "sG.jsonl", 0.92, 1.0, 0, 0.02, 0.03),
        (CORPUS / "written" / "oG.jsonl", 0.94, 1.0, 0, 0.08, 0.09),
        (CORPUS / "real" / "tG.jsonl", 0.96, 1.0, 0, 0.0, 0.0),
        # its seventeenth: three more writers in that session, scored once to judge a twenty-first model
        # (not shipped), after its next rule change
        (CORPUS / "written" / "uG.jsonl", 0.95, 0.98, 0, 0.04, 0.05),
        (CORPUS / "real" / "xG.jsonl", 0.92, 0.97, 0, 0.05, 0.05),
        (CORPUS / "real" / "yG.jsonl", 0.96, 1.0, 0, 0.05, 0.05),
        # its eighteenth: three more writers in that session, kept unread while a twenty-second model was
        # judged, scored once at its end
        (CORPUS / "written" / "wF.jsonl", 0.97, 0.98, 0, 0.04, 0.05),
        (CORPUS / "real" / "tH.jsonl", 0.96, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "vH.jsonl", 0.95, 0.97, 0, 0.0, 0.0),
        # held out from the twenty-fifth model (its decision sets, its two honest figures, a read set on the
        # hardest categories), trained on since the twenty-sixth: guards
        # the twenty-third model's first: three writers at the start of the thirty-second session, scored
        # once to judge it against the nineteenth (the same verdicts)
        (CORPUS / "written" / "cH.jsonl", 0.96, 0.97, 2, 0.0, 0.0),
        (CORPUS / "real" / "dH.jsonl", 0.95, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "eH.jsonl", 0.95, 1.0, 0, 0.07, 0.07),
        # the twenty-fourth model's first: three more writers later in that session, scored once after its
        # last model change and six rule commits
        (CORPUS / "written" / "nH.jsonl", 0.95, 1.0, 0, 0.05, 0.06),
        (CORPUS / "real" / "oH.jsonl", 0.92, 1.0, 0, 0.09, 0.09),
        (CORPUS / "real" / "pH.jsonl", 0.92, 1.0, 0, 0.11, 0.05),
        # the twenty-fifth model's first: three writers at the start of the thirty-third session, kept unread
        # while it was chosen and scored once after three rule commits
        (CORPUS / "written" / "qH.jsonl", 0.92, 0.97, 1, 0.07, 0.08),
        (CORPUS / "real" / "rH-second.jsonl", 0.9, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "sH.jsonl", 0.94, 1.0, 0, 0.02, 0.03),
        # its second: three more writers later in that session, scored once after all its rule commits but one
        (CORPUS / "written" / "wH.jsonl", 0.96, 0.98, 0, 0.04, 0.05),
        (CORPUS / "real" / "xH.jsonl", 0.97, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "yH.jsonl", 0.9, 0.97, 1, 0.06, 0.05),
        # a read set on the hardest categories, written in that session for rule fixes
        (CORPUS / "written" / "uH.jsonl", 0.91, 1.0, 0, 0.07, 0.09),
        # two heavily disguised sets written in that session for the next model's training
        (CORPUS / "written" / "zH.jsonl", 0.96, 0.98, 1, 0.06, 0.1),
        (CORPUS / "written" / "aI.jsonl", 0.94, 0.96, 2, 0.06, 0.05),
        # held out from the twenty-sixth to the twenty-ninth model, each scored once, and trained on since the
        # thirtieth (2026-12-06): guards. Each group as it was written:
        # held out from the twenty-sixth model: its decision sets, six writers at the start of the
        # thirty-fourth session (it was chosen over the twenty-fifth on them by a rule written before it
        # was trained)
        (CORPUS / "written" / "bI.jsonl", 0.99, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "cI.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "dI.jsonl", 0.94, 1.0, 0, 0.0, 0.0),
        (CORPUS / "written" / "eI.jsonl", 0.96, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "fI.jsonl", 0.95, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "gI.jsonl", 0.91, 1.0, 0, 0.07, 0.07),
        # its first honest figure: three writers while it was chosen, kept unread until it shipped and
        # scored once after four rule commits of the thirty-fourth session
        (CORPUS / "written" / "iI.jsonl", 0.94, 0.98, 0, 0.04, 0.03),
        (CORPUS / "real" / "jI.jsonl", 0.94, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "kI.jsonl", 0.97, 0.97, 0, 0.0, 0.0),
        # its second: three more writers while the first was scored, kept unread and scored once after eleven
        # rule commits of that session
        (CORPUS / "written" / "lI.jsonl", 0.97, 0.98, 1, 0.03, 0.04),
        (CORPUS / "real" / "mI.jsonl", 0.94, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "nI.jsonl", 0.94, 0.97, 0, 0.03, 0.03),
        # its third: six writers later in that session, the decision sets of a twenty-seventh model that
        # did not ship, scored once on it in judging that model
        (CORPUS / "written" / "oI.jsonl", 0.98, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "pI.jsonl", 0.94, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "qI.jsonl", 0.87, 1.0, 0, 0.09, 0.1),
        (CORPUS / "written" / "sI.jsonl", 0.97, 0.98, 0, 0.03, 0.04),
        (CORPUS / "real" / "tI.jsonl", 0.97, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "uI.jsonl", 0.94, 1.0, 0, 0.0, 0.0),
        # its fourth: three more writers while that model was judged, kept unread and scored once after
        # eighteen rule commits of the session
        (CORPUS / "written" / "vI.jsonl", 0.93, 1.0, 0, 0.09, 0.09),
        (CORPUS / "real" / "wI.jsonl", 0.96, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "xI.jsonl", 0.94, 0.95, 0, 0.0, 0.0),
        # its fifth: six writers in the thirty-fifth session, the decision sets of a twenty-eighth model that
        # did not ship, scored once on it in judging that model after six rule commits of the session
        (CORPUS / "written" / "yI.jsonl", 0.96, 1.0, 0, 0.04, 0.05),
        (CORPUS / "written" / "zI.jsonl", 0.98, 0.98, 1, 0.0, 0.0),
        (CORPUS / "real" / "aJ.jsonl", 0.93, 0.97, 1, 0.07, 0.07),
        (CORPUS / "real" / "bJ.jsonl", 0.92, 1.0, 0, 0.07, 0.08),
        (CORPUS / "real" / "cJ.jsonl", 0.95, 0.97, 0, 0.05, 0.05),
        (CORPUS / "real" / "dJ.jsonl", 0.95, 1.0, 0, 0.0, 0.0),
        # its sixth, seventh and eighth: three writers each in that session, kept unread and scored once after
        # eighteen, twenty-one and twenty-six of its rule commits
        (CORPUS / "written" / "eJ.jsonl", 0.98, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "fJ.jsonl", 0.96, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "gJ.jsonl", 0.94, 1.0, 0, 0.07, 0.07),
        (CORPUS / "written" / "iJ.jsonl", 0.92, 0.94, 2, 0.13, 0.15),
        (CORPUS / "real" / "jJ.jsonl", 0.95, 0.97, 1, 0.05, 0.05),
        (CORPUS / "real" / "kJ.jsonl", 0.94, 1.0, 0, 0.0, 0.0),
        (CORPUS / "written" / "lJ.jsonl", 1.0, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "mJ.jsonl", 0.91, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "nJ.jsonl", 0.9, 0.95, 1, 0.12, 0.12),
        # its ninth: three more writers later in that session, scored once after twenty-seven rule commits
        (CORPUS / "written" / "oJ.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "pJ.jsonl", 0.94, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "qJ.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        # its tenth: three more writers later in that session, scored once after thirty-two rule commits
        (CORPUS / "written" / "rJ.jsonl", 0.93, 0.98, 1, 0.11, 0.1),
        (CORPUS / "real" / "sJ.jsonl", 0.94, 1.0, 0, 0.05, 0.03),
        (CORPUS / "real" / "tJ.jsonl", 0.94, 0.97, 1, 0.09, 0.1),
        # its eleventh: three more writers at that session's end, scored once after thirty-seven rule commits
        (CORPUS / "written" / "uJ.jsonl", 0.98, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "vJ.jsonl", 0.88, 0.97, 0, 0.13, 0.14),
        (CORPUS / "real" / "wJ.jsonl", 0.89, 1.0, 0, 0.09, 0.1),
        # its twelfth: three more writers at the thirty-sixth session's start, scored once before its rule commits
        (CORPUS / "written" / "xJ.jsonl", 0.97, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "yJ.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "zJ.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        # held out from the twenty-ninth model: its decision sets, three writers while it trained
        (CORPUS / "written" / "aK.jsonl", 0.97, 0.98, 0, 0.02, 0.02),
        (CORPUS / "real" / "bK.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "cK.jsonl", 0.96, 1.0, 0, 0.05, 0.05),
        # its first honest figure: three more writers, kept unread, scored once on it when it shipped
        (CORPUS / "written" / "dK.jsonl", 0.96, 1.0, 0, 0.06, 0.05),
        (CORPUS / "real" / "eK.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "fK.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        # its second: three more writers while it was chosen, kept unread, scored once after eight rule commits
        (CORPUS / "written" / "gK.jsonl", 0.94, 1.0, 0, 0.06, 0.07),
        (CORPUS / "real" / "iK.jsonl", 0.93, 0.95, 0, 0.0, 0.0),
        (CORPUS / "real" / "jK.jsonl", 0.98, 1.0, 0, 0.03, 0.03),
        # its third: three more writers, kept unread, scored once after eight more rule commits
        (CORPUS / "written" / "kK.jsonl", 0.97, 1.0, 0, 0.05, 0.06),
        (CORPUS / "real" / "lK.jsonl", 0.91, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "mK.jsonl", 0.93, 1.0, 0, 0.07, 0.07),
        # its fourth: three more writers, kept unread, scored once after six more rule commits
        (CORPUS / "written" / "nK.jsonl", 0.96, 1.0, 0, 0.03, 0.02),
        (CORPUS / "real" / "oK.jsonl", 0.92, 0.97, 0, 0.03, 0.03),
        (CORPUS / "real" / "pK.jsonl", 0.95, 0.97, 0, 0.05, 0.05),
        # its fifth: three more writers, kept unread, scored once after two more rule commits
        (CORPUS / "written" / "qK.jsonl", 0.98, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "rK-second.jsonl", 0.9, 1.0, 0, 0.11, 0.11),
        (CORPUS / "real" / "sK.jsonl", 0.94, 0.97, 1, 0.0, 0.0),
        # its sixth: three more writers at the session's end, kept unread, scored once after three more rule commits
        (CORPUS / "written" / "tK.jsonl", 0.94, 0.98, 1, 0.08, 0.1),
        (CORPUS / "real" / "uK.jsonl", 0.93, 0.97, 0, 0.05, 0.05),
        (CORPUS / "real" / "vK.jsonl", 0.95, 0.97, 0, 0.0, 0.0),
        # its seventh (the thirty-seventh session's first): three more writers, kept unread, scored once before any rule commit
        (CORPUS / "written" / "wK.jsonl", 0.99, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "xK.jsonl", 0.99, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "yK.jsonl", 0.95, 1.0, 0, 0.0, 0.0),
        # its eighth: three more writers, kept unread, scored once after six more rule commits
        (CORPUS / "written" / "zK.jsonl", 0.96, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "aL.jsonl", 0.91, 1.0, 0, 0.07, 0.05),
        (CORPUS / "real" / "bL.jsonl", 0.92, 1.0, 0, 0.09, 0.09),
        # its ninth: three more writers, kept unread, scored once after three more rule commits
        (CORPUS / "written" / "cL.jsonl", 0.96, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "dL.jsonl", 0.91, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "eL.jsonl", 0.91, 1.0, 0, 0.07, 0.07),
        # its tenth: three more writers, kept unread, scored once after twelve rule commits in all
        (CORPUS / "written" / "fL.jsonl", 0.99, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "gL.jsonl", 0.95, 0.95, 1, 0.0, 0.0),
        (CORPUS / "real" / "iL.jsonl", 0.96, 0.97, 0, 0.0, 0.0),
        # its eleventh: three more writers, kept unread, scored once after sixteen rule commits in all
        (CORPUS / "written" / "jL.jsonl", 0.98, 0.98, 1, 0.02, 0.02),
        (CORPUS / "real" / "kL.jsonl", 0.95, 1.0, 0, 0.05, 0.03),
        (CORPUS / "real" / "lL.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        # its twelfth: three more writers, kept unread, scored once after eighteen rule commits in all
        (CORPUS / "written" / "mL.jsonl", 0.98, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "nL.jsonl", 0.93, 0.95, 0, 0.0, 0.0),
        (CORPUS / "real" / "oL.jsonl", 0.92, 1.0, 0, 0.0, 0.0),
        # its thirteenth: three more writers, kept unread, scored once after twenty-one rule commits in all
        (CORPUS / "written" / "pL.jsonl", 0.98, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "qL.jsonl", 0.94, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "sL.jsonl", 0.99, 1.0, 0, 0.0, 0.0),
        # its fourteenth: three more writers, kept unread, scored once after twenty-four rule commits in all
        (CORPUS / "written" / "tL.jsonl", 0.96, 0.98, 1, 0.06, 0.07),
        (CORPUS / "real" / "uL.jsonl", 0.95, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "vL.jsonl", 0.94, 1.0, 0, 0.03, 0.03),
        # its fifteenth: three more writers, kept unread, scored once after twenty-eight rule commits in all
        (CORPUS / "written" / "wL.jsonl", 0.97, 1.0, 0, 0.03, 0.04),
        (CORPUS / "real" / "xL.jsonl", 0.96, 1.0, 0, 0.03, 0.0),
        (CORPUS / "real" / "yL.jsonl", 0.96, 1.0, 0, 0.03, 0.03),
        # its sixteenth: three more writers, kept unread, scored once after twenty-nine rule commits in all
        (CORPUS / "written" / "zL.jsonl", 0.96, 0.98, 1, 0.07, 0.08),
        (CORPUS / "real" / "aM.jsonl", 0.99, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "bM.jsonl", 0.94, 0.97, 0, 0.0, 0.0),
        # its seventeenth: three more writers, kept unread, scored once before any rule commit
        (CORPUS / "written" / "cM.jsonl", 0.94, 1.0, 0, 0.07, 0.08),
        (CORPUS / "real" / "dM.jsonl", 0.91, 0.97, 0, 0.03, 0.0),
        (CORPUS / "real" / "eM.jsonl", 0.94, 0.97, 1, 0.07, 0.08),
        # its eighteenth: three more writers, kept unread, scored once after three rule commits in all
        (CORPUS / "written" / "fM.jsonl", 0.98, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "gM.jsonl", 0.93, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "iM.jsonl", 0.95, 1.0, 0, 0.07, 0.08),
        # its nineteenth: three more writers, kept unread, scored once after six rule commits in all
        (CORPUS / "written" / "jM.jsonl", 0.98, 0.98, 0, 0.02, 0.02),
        (CORPUS / "real" / "kM.jsonl", 0.92, 1.0, 0, 0.11, 0.11),
        (CORPUS / "real" / "lM.jsonl", 0.97, 0.97, 0, 0.03, 0.03),
        # its twentieth: three more writers, kept unread, scored once after eight rule commits in all
        (CORPUS / "written" / "mM.jsonl", 0.93, 0.97, 0, 0.07, 0.08),
        (CORPUS / "real" / "nM.jsonl", 0.92, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "oM.jsonl", 0.91, 1.0, 0, 0.07, 0.08),
        # its twenty-first: three more writers, kept unread, scored once after twelve rule commits in all
        (CORPUS / "written" / "pM.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "qM.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "sM.jsonl", 0.92, 0.97, 0, 0.03, 0.03),
        # its twenty-second: three more writers, kept unread, scored once after fifteen rule commits in all
        (CORPUS / "written" / "tM.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "uM.jsonl", 0.92, 1.0, 0, 0.09, 0.09),
        (CORPUS / "real" / "vM.jsonl", 0.98, 1.0, 0, 0.0, 0.0),
        # its twenty-third: three more writers, kept unread, scored once after eighteen rule commits in all
        (CORPUS / "written" / "wM.jsonl", 0.96, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "xM.jsonl", 0.91, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "yM.jsonl", 0.93, 1.0, 0, 0.07, 0.08),
        # its twenty-fourth: three more writers, kept unread, scored once after twenty rule commits in all
        (CORPUS / "written" / "zM.jsonl", 0.96, 1.0, 0, 0.03, 0.02),
        (CORPUS / "real" / "aN.jsonl", 0.95, 0.97, 1, 0.0, 0.0),
        (CORPUS / "real" / "bN.jsonl", 0.92, 0.97, 1, 0.12, 0.1),
        # its twenty-fifth: three more writers, kept unread, scored once after twenty-two rule commits in all
        (CORPUS / "written" / "cN.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "dN.jsonl", 0.95, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "eN.jsonl", 0.88, 0.97, 0, 0.11, 0.12),
        # its twenty-sixth: three more writers, kept unread, scored once after twenty-four rule commits in all
        (CORPUS / "written" / "fN.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "gN.jsonl", 0.89, 0.93, 2, 0.07, 0.05),
        (CORPUS / "real" / "iN.jsonl", 0.9, 1.0, 0, 0.05, 0.05),
        # its twenty-seventh: three more writers, kept unread, scored once after twenty-six rule commits in all
        (CORPUS / "written" / "jN.jsonl", 0.95, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "kN.jsonl", 0.93, 0.95, 1, 0.02, 0.03),
        (CORPUS / "real" / "lN.jsonl", 0.92, 1.0, 0, 0.03, 0.03),
        # its twenty-eighth: three more writers, kept unread, scored once after twenty-six rule commits in all
        (CORPUS / "written" / "mN.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "nN.jsonl", 0.96, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "oN.jsonl", 0.93, 1.0, 0, 0.03, 0.03),
        # its twenty-ninth: three more writers, kept unread, scored once after twenty-seven rule commits in all
        (CORPUS / "written" / "pN.jsonl", 0.97, 1.0, 0, 0.06, 0.06),
        (CORPUS / "real" / "qN.jsonl", 1.0, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "sN.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        # its thirtieth: three more writers, kept unread, scored once after one rule commit in all
        (CORPUS / "written" / "tN.jsonl", 0.96, 1.0, 0, 0.06, 0.06),
        (CORPUS / "real" / "uN.jsonl", 0.94, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "vN.jsonl", 0.91, 1.0, 0, 0.05, 0.05),
        # its thirty-first: three more writers, kept unread, scored once after one rule commit in all
        (CORPUS / "written" / "wN.jsonl", 0.98, 0.98, 0, 0.02, 0.02),
        (CORPUS / "real" / "xN.jsonl", 0.89, 0.97, 0, 0.09, 0.07),
        (CORPUS / "real" / "yN.jsonl", 0.94, 1.0, 0, 0.1, 0.1),
        # its thirty-second: three more writers, kept unread, scored once after eight rule commits in all
        (CORPUS / "written" / "zN.jsonl", 0.95, 0.97, 1, 0.07, 0.08),
        (CORPUS / "real" / "aO.jsonl", 0.94, 0.97, 0, 0.0, 0.0),
        (CORPUS / "real" / "bO.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        # its thirty-third: three more writers, kept unread, scored once after eight rule commits in all
        (CORPUS / "written" / "cO.jsonl", 0.96, 1.0, 0, 0.04, 0.02),
        (CORPUS / "real" / "dO.jsonl", 0.9, 0.95, 1, 0.05, 0.05),
        (CORPUS / "real" / "eO.jsonl", 0.93, 1.0, 0, 0.13, 0.13),
        # its thirty-fourth: three more writers, kept unread, scored once after sixteen rule commits in all
        (CORPUS / "written" / "fO.jsonl", 0.98, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "gO.jsonl", 0.92, 1.0, 0, 0.03, 0.0),
        (CORPUS / "real" / "qP.jsonl", 0.94, 0.97, 1, 0.07, 0.05),
        # its thirty-fifth: three more writers, kept unread, scored once after sixteen rule commits in all
        (CORPUS / "written" / "sP.jsonl", 0.94, 1.0, 0, 0.09, 0.1),
        (CORPUS / "real" / "kO.jsonl", 0.92, 0.97, 0, 0.05, 0.05),
        (CORPUS / "real" / "lO.jsonl", 0.92, 0.97, 1, 0.05, 0.05),
        # its thirty-sixth: three more writers, kept unread, scored once after eighteen rule commits in all
        (CORPUS / "written" / "mO.jsonl", 0.94, 0.98, 0, 0.06, 0.06),
        (CORPUS / "real" / "nO.jsonl", 0.88, 0.95, 0, 0.07, 0.08),
        (CORPUS / "real" / "oO.jsonl", 0.92, 1.0, 0, 0.07, 0.07),
        # its thirty-seventh: three more writers, kept unread, scored once after eighteen rule commits in all
        (CORPUS / "written" / "pO.jsonl", 0.96, 1.0, 0, 0.08, 0.08),
        (CORPUS / "real" / "qO.jsonl", 0.93, 0.97, 0, 0.05, 0.05),
        (CORPUS / "real" / "sO.jsonl", 0.9, 0.97, 0, 0.08, 0.09),
        # its thirty-eighth: three more writers, kept unread, scored once after twenty-five rule commits in all
        (CORPUS / "written" / "tO.jsonl", 0.97, 1.0, 0, 0.06, 0.05),
        (CORPUS / "real" / "uO.jsonl", 0.93, 1.0, 0, 0.09, 0.09),
        (CORPUS / "real" / "vO.jsonl", 0.93, 1.0, 0, 0.07, 0.07),
        # its thirty-ninth: three more writers, kept unread, scored once after twenty-five rule commits in all
        (CORPUS / "written" / "wO.jsonl", 0.93, 1.0, 0, 0.08, 0.07),
        (CORPUS / "real" / "xO.jsonl", 0.9, 0.95, 0, 0.09, 0.09),
        (CORPUS / "real" / "yO.jsonl", 0.87, 0.93, 2, 0.02, 0.03),
        # its fortieth: three more writers, kept unread, scored once after twenty-eight rule commits in all
        (CORPUS / "written" / "zO.jsonl", 0.98, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "aP.jsonl", 0.95, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "bP.jsonl", 0.94, 0.97, 0, 0.0, 0.0),
        # its forty-first: three more writers, kept unread, scored once after twenty-eight rule commits in all
        (CORPUS / "written" / "cP.jsonl", 0.96, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "dP.jsonl", 0.94, 0.97, 0, 0.05, 0.05),
        (CORPUS / "real" / "eP.jsonl", 0.92, 0.95, 1, 0.0, 0.0),
        # its forty-second: three more writers, kept unread, scored once after thirty-one rule commits in all
        (CORPUS / "written" / "fP.jsonl", 0.95, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "gP.jsonl", 0.95, 0.97, 1, 0.05, 0.05),
        (CORPUS / "real" / "iP.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        # its forty-third: three more writers, kept unread, scored once after thirty-one rule commits in all
        (CORPUS / "written" / "jP.jsonl", 0.98, 1.0, 0, 0.03, 0.04),
        (CORPUS / "real" / "kP.jsonl", 0.89, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "lP.jsonl", 0.93, 1.0, 0, 0.09, 0.09),
        # its forty-fourth: three more writers, kept unread, scored once after thirty-three rule commits in all
        (CORPUS / "written" / "mP.jsonl", 0.96, 0.98, 0, 0.04, 0.04),
        (CORPUS / "real" / "nP.jsonl", 0.91, 1.0, 0, 0.09, 0.1),
        (CORPUS / "real" / "oP.jsonl", 0.92, 1.0, 0, 0.05, 0.05),
        # held out from the thirtieth model (shipped 2026-12-06, fortieth session): its decision sets, six
        # writers at the session's start, scored once on it and on the twenty-ninth
        (HELD_OUT / "tP.jsonl", 0.96, 0.98, 0, 0.07, 0.08),
        (HELD_OUT / "uP.jsonl", 0.84, 0.93, 1, 0.07, 0.07),
        (HELD_OUT / "vP.jsonl", 0.91, 0.92, 0, 0.07, 0.08),
        (HELD_OUT / "wP.jsonl", 0.97, 0.98, 1, 0.02, 0.0),
        (HELD_OUT / "xP.jsonl", 0.94, 0.97, 0, 0.07, 0.07),
        (HELD_OUT / "yP.jsonl", 0.92, 0.97, 0, 0.09, 0.09),
        # six more writers, kept unread until a rule written before they were scored chose it on them
        (HELD_OUT / "zP.jsonl", 0.92, 0.98, 0, 0.08, 0.08),
        (HELD_OUT / "aQ.jsonl", 0.9, 1.0, 0, 0.09, 0.1),
        (HELD_OUT / "bQ.jsonl", 0.93, 0.95, 0, 0.07, 0.07),
        (HELD_OUT / "cQ.jsonl", 0.91, 0.94, 3, 0.09, 0.09),
        (HELD_OUT / "dQ.jsonl", 0.91, 0.95, 1, 0.03, 0.03),
        (HELD_OUT / "eQ.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        # its first honest figure: six more writers, kept unread, scored once on it after it shipped
        (HELD_OUT / "fQ.jsonl", 0.96, 0.95, 2, 0.03, 0.03),
        (HELD_OUT / "gQ.jsonl", 0.93, 0.93, 1, 0.0, 0.0),
        (HELD_OUT / "iQ.jsonl", 0.9, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "jQ.jsonl", 0.97, 1.0, 0, 0.03, 0.04),
        (HELD_OUT / "kQ.jsonl", 0.86, 1.0, 0, 0.13, 0.14),
        (HELD_OUT / "lQ.jsonl", 0.89, 0.95, 1, 0.05, 0.05),
        # its second: six more writers, kept unread, scored once on it after the first
        (HELD_OUT / "mQ.jsonl", 0.96, 1.0, 0, 0.08, 0.05),
        (HELD_OUT / "nQ.jsonl", 0.89, 0.95, 2, 0.07, 0.07),
        (HELD_OUT / "oQ.jsonl", 0.93, 0.95, 1, 0.05, 0.05),
        (HELD_OUT / "pQ.jsonl", 0.95, 0.97, 1, 0.06, 0.07),
        (HELD_OUT / "qQ.jsonl", 0.9, 0.92, 1, 0.0, 0.0),
        (HELD_OUT / "sQ.jsonl", 0.88, 0.88, 3, 0.0, 0.0),
        # its third: six more writers, kept unread, scored once after the session's seven rule commits
        (HELD_OUT / "tQ.jsonl", 0.94, 0.95, 2, 0.03, 0.03),
        (HELD_OUT / "uQ.jsonl", 0.88, 0.9, 1, 0.02, 0.02),
        (HELD_OUT / "vQ.jsonl", 0.89, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "wQ.jsonl", 0.94, 0.98, 0, 0.04, 0.04),
        (HELD_OUT / "xQ.jsonl", 0.92, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "yQ.jsonl", 0.93, 0.97, 0, 0.03, 0.03),
        # its fourth: six more writers (the forty-first session), kept unread, scored once before that
        # session's rule commits
        (HELD_OUT / "zQ.jsonl", 0.94, 0.98, 1, 0.1, 0.1),
        (HELD_OUT / "aR.jsonl", 0.91, 0.97, 0, 0.05, 0.05),
        (HELD_OUT / "bR.jsonl", 0.91, 0.9, 1, 0.05, 0.03),
        (HELD_OUT / "cR.jsonl", 0.92, 0.95, 2, 0.08, 0.08),
        (HELD_OUT / "dR.jsonl", 0.92, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "eR.jsonl", 0.94, 1.0, 0, 0.03, 0.03),
        # its fifth: six more, kept unread, scored once after that session's first five rule commits
        (HELD_OUT / "fR.jsonl", 0.93, 0.92, 4, 0.03, 0.02),
        (HELD_OUT / "gR.jsonl", 0.9, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "jR.jsonl", 0.89, 1.0, 0, 0.11, 0.11),
        (HELD_OUT / "iR.jsonl", 0.95, 0.98, 1, 0.04, 0.05),
        (HELD_OUT / "kR.jsonl", 0.91, 0.97, 1, 0.03, 0.03),
        (HELD_OUT / "lR.jsonl", 0.92, 1.0, 0, 0.0, 0.0),
        # its sixth: six more, kept unread, scored once after that session's eight rule commits
        (HELD_OUT / "mR.jsonl", 0.94, 0.94, 3, 0.03, 0.04),
        (HELD_OUT / "nR.jsonl", 0.91, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "oR.jsonl", 0.87, 0.88, 5, 0.07, 0.07),
        (HELD_OUT / "pR.jsonl", 0.94, 0.98, 0, 0.08, 0.08),
        (HELD_OUT / "qR.jsonl", 0.89, 1.0, 0, 0.13, 0.14),
        (HELD_OUT / "sR.jsonl", 0.92, 0.97, 0, 0.05, 0.05),
        # its seventh: six more, kept unread, scored once after that session's thirteen rule changes
        (HELD_OUT / "tR.jsonl", 0.94, 1.0, 0, 0.06, 0.05),
        (HELD_OUT / "uR.jsonl", 0.92, 0.93, 1, 0.05, 0.05),
        (HELD_OUT / "vR.jsonl", 0.93, 0.97, 1, 0.0, 0.0),
        (HELD_OUT / "wR.jsonl", 0.97, 0.98, 1, 0.02, 0.02),
        (HELD_OUT / "xR.jsonl", 0.88, 1.0, 0, 0.09, 0.1),
        (HELD_OUT / "yR.jsonl", 0.91, 0.97, 0, 0.07, 0.07),
        # its eighth: six more, kept unread, scored once after that session's fifteen rule changes
        (HELD_OUT / "zR.jsonl", 0.94, 0.97, 1, 0.07, 0.07),
        (HELD_OUT / "aS.jsonl", 0.92, 0.97, 0, 0.05, 0.05),
        (HELD_OUT / "bS.jsonl", 0.92, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "cS.jsonl", 0.96, 0.98, 0, 0.03, 0.03),
        (HELD_OUT / "dS.jsonl", 0.8, 0.88, 4, 0.11, 0.1),
        (HELD_OUT / "eS.jsonl", 0.88, 0.85, 4, 0.03, 0.03),
        # its ninth: the decision sets of a thirty-first model that did not ship, written while it trained
        (HELD_OUT / "fS.jsonl", 0.93, 0.94, 2, 0.08, 0.08),
        (HELD_OUT / "gS.jsonl", 0.9, 1.0, 0, 0.06, 0.07),
        (HELD_OUT / "iS.jsonl", 0.89, 0.92, 4, 0.03, 0.04),
        (HELD_OUT / "jS.jsonl", 0.87, 0.9, 4, 0.03, 0.03),
        (HELD_OUT / "kS.jsonl", 0.85, 0.81, 4, 0.05, 0.05),
        (HELD_OUT / "lS.jsonl", 0.93, 0.97, 0, 0.0, 0.0),
        # its tenth: six more, kept unread, scored once after that session's nine rule changes
        (HELD_OUT / "mS.jsonl", 0.95, 0.98, 0, 0.07, 0.07),
        (HELD_OUT / "nS.jsonl", 0.92, 0.95, 1, 0.05, 0.05),
        (HELD_OUT / "oS.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "pS.jsonl", 0.93, 0.95, 3, 0.03, 0.02),
        (HELD_OUT / "qS.jsonl", 0.93, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "sS.jsonl", 0.92, 0.95, 0, 0.0, 0.0),
        # its eleventh: six more, kept unread, scored once after that session's twelve rule changes
        (HELD_OUT / "tS.jsonl", 0.92, 0.98, 0, 0.06, 0.06),
        (HELD_OUT / "uS.jsonl", 0.88, 0.95, 2, 0.09, 0.1),
        (HELD_OUT / "vS.jsonl", 0.88, 0.95, 2, 0.05, 0.05),
        (HELD_OUT / "wS.jsonl", 0.87, 0.94, 2, 0.12, 0.13),
        (HELD_OUT / "xS.jsonl", 0.94, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "yS.jsonl", 0.92, 1.0, 0, 0.06, 0.06),
        # its twelfth: six more, kept unread, scored once after that session's sixteen rule changes
        (HELD_OUT / "zS.jsonl", 0.96, 0.98, 0, 0.04, 0.04),
        (HELD_OUT / "aT.jsonl", 0.91, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "bT.jsonl", 0.93, 0.93, 2, 0.03, 0.03),
        (HELD_OUT / "cT.jsonl", 0.94, 0.97, 2, 0.06, 0.07),
        (HELD_OUT / "dT.jsonl", 0.91, 0.97, 0, 0.05, 0.05),
        (HELD_OUT / "eT.jsonl", 0.95, 0.97, 0, 0.03, 0.03),
        # its thirteenth: six more, kept unread, scored once after that session's nineteen rule changes
        (HELD_OUT / "fT.jsonl", 0.95, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "gT.jsonl", 0.92, 0.97, 0, 0.05, 0.05),
        (HELD_OUT / "iT.jsonl", 0.9, 0.93, 2, 0.07, 0.08),
        (HELD_OUT / "jT.jsonl", 0.92, 0.97, 1, 0.08, 0.1),
        (HELD_OUT / "kT.jsonl", 0.9, 0.95, 2, 0.05, 0.05),
        (HELD_OUT / "lT.jsonl", 0.9, 0.97, 1, 0.09, 0.09),
        # its fourteenth: six more, kept unread, scored once with the forty-second session's final rules
        (HELD_OUT / "mT.jsonl", 0.93, 1.0, 0, 0.09, 0.11),
        (HELD_OUT / "nT.jsonl", 0.93, 0.98, 0, 0.08, 0.1),
        (HELD_OUT / "oT.jsonl", 0.97, 0.98, 0, 0.03, 0.03),
        (HELD_OUT / "pT.jsonl", 0.91, 0.97, 1, 0.09, 0.09),
        (HELD_OUT / "qT.jsonl", 0.89, 0.95, 2, 0.03, 0.03),
        (HELD_OUT / "sT.jsonl", 0.95, 0.95, 1, 0.03, 0.03),
        # its fifteenth: six more, kept unread, scored once after that session's first five rule commits
        (HELD_OUT / "uT.jsonl", 0.94, 0.95, 1, 0.07, 0.07),
        (HELD_OUT / "vT.jsonl", 0.91, 0.98, 0, 0.14, 0.13),
        (HELD_OUT / "wT.jsonl", 0.94, 1.0, 0, 0.06, 0.07),
        (HELD_OUT / "xT.jsonl", 0.93, 1.0, 0, 0.11, 0.11),
        (HELD_OUT / "yT.jsonl", 0.87, 0.95, 0, 0.11, 0.12),
        (HELD_OUT / "zT.jsonl", 0.91, 1.0, 0, 0.11, 0.11),
        # its sixteenth: six more, kept unread, scored once after that session's first ten rule commits
        (HELD_OUT / "aU.jsonl", 0.96, 1.0, 0, 0.04, 0.04),
        (HELD_OUT / "bU.jsonl", 0.92, 0.98, 1, 0.09, 0.1),
        (HELD_OUT / "cU.jsonl", 0.92, 0.98, 1, 0.04, 0.03),
        (HELD_OUT / "dU.jsonl", 0.93, 0.97, 0, 0.07, 0.07),
        (HELD_OUT / "eU.jsonl", 0.9, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "fU.jsonl", 0.93, 0.97, 0, 0.0, 0.0),
        # its seventeenth: six more, kept unread, scored once after that session's first thirteen rule commits
        (HELD_OUT / "gU.jsonl", 0.96, 0.98, 0, 0.04, 0.05),
        (HELD_OUT / "iU.jsonl", 0.92, 0.93, 3, 0.08, 0.08),
        (HELD_OUT / "jU.jsonl", 0.93, 0.93, 2, 0.04, 0.05),
        (HELD_OUT / "kU.jsonl", 0.91, 0.97, 0, 0.1, 0.1),
        (HELD_OUT / "lU.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "mU.jsonl", 0.96, 1.0, 0, 0.05, 0.05),
        # its eighteenth: six more, kept unread, scored once after that session's first fourteen rule commits
        (HELD_OUT / "nU.jsonl", 0.91, 0.95, 2, 0.12, 0.14),
        (HELD_OUT / "oU.jsonl", 0.94, 0.98, 0, 0.04, 0.04),
        (HELD_OUT / "pU.jsonl", 0.93, 0.98, 1, 0.06, 0.05),
        (HELD_OUT / "qU.jsonl", 0.89, 1.0, 0, 0.12, 0.12),
        (HELD_OUT / "sU.jsonl", 0.86, 0.97, 0, 0.07, 0.08),
        (HELD_OUT / "tU.jsonl", 0.95, 0.97, 0, 0.07, 0.07),
        # its nineteenth: six more, kept unread, scored once after that session's first eighteen rule commits
        (HELD_OUT / "uU.jsonl", 0.92, 1.0, 0, 0.09, 0.1),
        (HELD_OUT / "vU.jsonl", 0.95, 0.98, 0, 0.06, 0.06),
        (HELD_OUT / "wU.jsonl", 0.94, 0.98, 1, 0.03, 0.0),
        (HELD_OUT / "xU.jsonl", 0.9, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "yU.jsonl", 0.88, 0.93, 0, 0.05, 0.05),
        (HELD_OUT / "zU.jsonl", 0.9, 0.97, 1, 0.07, 0.07),
        # its twentieth: three more, kept unread, scored once after that session's first nineteen rule commits
        (HELD_OUT / "aV.jsonl", 0.96, 1.0, 0, 0.06, 0.05),
        (HELD_OUT / "bV.jsonl", 0.92, 0.95, 2, 0.06, 0.05),
        (HELD_OUT / "cV.jsonl", 0.94, 1.0, 0, 0.09, 0.09),
        # its twenty-first: eight more, kept unread, scored once after the forty-fourth session's first rule
        # commit (a shared lexicon that moved no verdict)
        (HELD_OUT / "dV.jsonl", 0.92, 0.95, 1, 0.1, 0.1),
        (HELD_OUT / "eV.jsonl", 0.92, 0.97, 1, 0.07, 0.07),
        (HELD_OUT / "fV.jsonl", 0.93, 0.98, 1, 0.07, 0.07),
        (HELD_OUT / "kV.jsonl", 0.96, 0.98, 0, 0.0, 0.0),
        (HELD_OUT / "gV.jsonl", 0.93, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "iV.jsonl", 0.92, 0.93, 0, 0.05, 0.05),
        (HELD_OUT / "jV.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "lV.jsonl", 0.89, 0.86, 1, 0.05, 0.05),
        # its twenty-second: six more, kept unread, scored once after that session's first ten rule commits
        (HELD_OUT / "mV.jsonl", 0.89, 0.98, 1, 0.15, 0.15),
        (HELD_OUT / "nV.jsonl", 0.95, 0.98, 0, 0.05, 0.06),
        (HELD_OUT / "oV.jsonl", 0.93, 0.98, 0, 0.03, 0.02),
        (HELD_OUT / "pV.jsonl", 0.83, 0.93, 2, 0.09, 0.09),
        (HELD_OUT / "qV.jsonl", 0.9, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "sV.jsonl", 0.94, 1.0, 0, 0.07, 0.07),
        # its twenty-third: twelve more, kept unread, scored once after that session's first eleven rule commits
        (HELD_OUT / "tV.jsonl", 0.92, 0.98, 0, 0.1, 0.1),
        (HELD_OUT / "uV.jsonl", 0.92, 0.97, 1, 0.07, 0.08),
        (HELD_OUT / "wV.jsonl", 0.95, 1.0, 0, 0.07, 0.06),
        (HELD_OUT / "xV.jsonl", 0.93, 0.97, 0, 0.0, 0.0),
        (HELD_OUT / "yV.jsonl", 0.89, 1.0, 0, 0.1, 0.1),
        (HELD_OUT / "zV.jsonl", 0.95, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "aW.jsonl", 0.95, 1.0, 0, 0.07, 0.08),
        (HELD_OUT / "bW.jsonl", 0.93, 0.97, 1, 0.09, 0.1),
        (HELD_OUT / "cW.jsonl", 0.92, 0.98, 0, 0.08, 0.08),
        (HELD_OUT / "dW.jsonl", 0.93, 1.0, 0, 0.07, 0.05),
        (HELD_OUT / "eW.jsonl", 0.94, 0.97, 1, 0.03, 0.03),
        (HELD_OUT / "fW.jsonl", 0.91, 0.95, 1, 0.05, 0.05),
        # its twenty-fourth: six more, kept unread, scored once after that session's twelve rule commits
        (HELD_OUT / "gW.jsonl", 0.91, 0.95, 0, 0.07, 0.07),
        (HELD_OUT / "iW.jsonl", 0.93, 1.0, 0, 0.09, 0.11),
        (HELD_OUT / "jW.jsonl", 0.96, 0.98, 0, 0.03, 0.03),
        (HELD_OUT / "kW.jsonl", 0.94, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "lW.jsonl", 0.92, 0.95, 1, 0.03, 0.03),
        (HELD_OUT / "mW.jsonl", 0.9, 0.93, 1, 0.05, 0.05),
        # its twenty-fifth: eight more, kept unread, scored once with the forty-fourth session's final rules
        (HELD_OUT / "nW.jsonl", 0.86, 1.0, 0, 0.21, 0.21),
        (HELD_OUT / "oW.jsonl", 0.92, 0.98, 1, 0.14, 0.14),
        (HELD_OUT / "pW.jsonl", 0.93, 0.97, 1, 0.1, 0.1),
        (HELD_OUT / "qW.jsonl", 0.92, 0.97, 1, 0.11, 0.11),
        (HELD_OUT / "sW.jsonl", 0.95, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "tW.jsonl", 0.9, 0.93, 2, 0.07, 0.07),
        (HELD_OUT / "uW.jsonl", 1.0, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "vW.jsonl", 0.93, 0.97, 0, 0.05, 0.05),
        # its twenty-sixth: eight more, kept unread, scored once after nine of the forty-fifth session's rule commits
        (HELD_OUT / "wW.jsonl", 0.91, 0.98, 0, 0.06, 0.06),
        (HELD_OUT / "xW.jsonl", 0.9, 0.95, 1, 0.13, 0.13),
        (HELD_OUT / "yW.jsonl", 0.91, 0.97, 1, 0.12, 0.12),
        (HELD_OUT / "zW.jsonl", 0.92, 0.97, 0, 0.08, 0.08),
        (HELD_OUT / "aX.jsonl", 0.84, 0.93, 0, 0.09, 0.09),
        (HELD_OUT / "bX.jsonl", 0.93, 0.93, 1, 0.05, 0.05),
        (HELD_OUT / "cX.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "dX.jsonl", 0.94, 0.97, 1, 0.09, 0.09),
        # its twenty-seventh: eight more, kept unread, scored once after fourteen of the session's rule commits
        (HELD_OUT / "eX.jsonl", 0.91, 0.97, 0, 0.11, 0.11),
        (HELD_OUT / "fX.jsonl", 0.88, 0.95, 2, 0.13, 0.13),
        (HELD_OUT / "gX.jsonl", 0.86, 1.0, 0, 0.19, 0.19),
        (HELD_OUT / "iX.jsonl", 0.96, 0.97, 1, 0.03, 0.02),
        (HELD_OUT / "jX.jsonl", 0.92, 0.97, 0, 0.05, 0.05),
        (HELD_OUT / "kX.jsonl", 0.94, 0.97, 1, 0.03, 0.03),
        (HELD_OUT / "lX.jsonl", 0.92, 0.95, 0, 0.07, 0.07),
        (HELD_OUT / "mX.jsonl", 0.94, 1.0, 0, 0.07, 0.07),
        # its twenty-eighth: eight more, kept unread, scored once after eighteen of the session's rule commits
        (HELD_OUT / "nX.jsonl", 0.97, 1.0, 0, 0.03, 0.04),
        (HELD_OUT / "oX.jsonl", 0.91, 0.95, 2, 0.08, 0.1),
        (HELD_OUT / "pX.jsonl", 0.92, 1.0, 0, 0.13, 0.13),
        (HELD_OUT / "qX.jsonl", 0.9, 0.94, 2, 0.11, 0.12),
        (HELD_OUT / "sX.jsonl", 0.92, 0.95, 0, 0.03, 0.03),
        (HELD_OUT / "tX.jsonl", 0.9, 0.95, 2, 0.11, 0.12),
        (HELD_OUT / "uX.jsonl", 0.93, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "vX.jsonl", 0.94, 0.97, 1, 0.0, 0.0),
        # its twenty-ninth: eight more, kept unread, scored once after twenty-one of the session's rule commits
        (HELD_OUT / "wX.jsonl", 0.91, 0.93, 3, 0.07, 0.07),
        (HELD_OUT / "xX.jsonl", 0.85, 0.98, 0, 0.22, 0.22),
        (HELD_OUT / "yX.jsonl", 0.9, 0.97, 0, 0.08, 0.08),
        (HELD_OUT / "zX.jsonl", 0.88, 0.93, 3, 0.13, 0.13),
        (HELD_OUT / "aY.jsonl", 0.95, 0.97, 0, 0.03, 0.03),
        (HELD_OUT / "bY.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "cY.jsonl", 0.91, 0.93, 1, 0.07, 0.07),
        (HELD_OUT / "dY.jsonl", 0.83, 0.97, 0, 0.18, 0.18),
        # its thirtieth: the decision sets of a thirty-second model that did not ship, written while it trained
        # and scored once on the thirtieth before anyone read them (2026-12-07)
        (HELD_OUT / "eY.jsonl", 0.89, 0.98, 0, 0.16, 0.16),
        (HELD_OUT / "fY.jsonl", 0.92, 0.97, 0, 0.07, 0.07),
        (HELD_OUT / "gY.jsonl", 0.93, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "iY.jsonl", 0.89, 0.95, 1, 0.13, 0.14),
        (HELD_OUT / "jY.jsonl", 0.89, 0.93, 2, 0.05, 0.05),
        (HELD_OUT / "kY.jsonl", 0.94, 0.95, 1, 0.0, 0.0),
        (HELD_OUT / "lY.jsonl", 0.94, 0.97, 0, 0.03, 0.03),
        (HELD_OUT / "mY.jsonl", 0.94, 0.97, 0, 0.05, 0.05),
        # its thirty-first: eight more, written while the thirty-second trained, kept out of it and scored once
        (HELD_OUT / "nY.jsonl", 0.89, 0.97, 1, 0.11, 0.11),
        (HELD_OUT / "oY.jsonl", 0.87, 0.98, 1, 0.16, 0.16),
        (HELD_OUT / "pY.jsonl", 0.9, 0.97, 0, 0.14, 0.14),
        (HELD_OUT / "qY.jsonl", 0.92, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "sY.jsonl", 0.93, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "tY.jsonl", 0.93, 0.97, 1, 0.07, 0.07),
        (HELD_OUT / "uY.jsonl", 0.91, 0.95, 1, 0.11, 0.11),
        (HELD_OUT / "vY.jsonl", 0.96, 1.0, 0, 0.03, 0.03),
        # its thirty-second: sixteen more, written at the forty-seventh session's start and scored once
        (HELD_OUT / "wY.jsonl", 0.96, 0.97, 0, 0.04, 0.05),
        (HELD_OUT / "xY.jsonl", 0.96, 0.98, 1, 0.03, 0.02),
        (HELD_OUT / "yY.jsonl", 0.93, 0.98, 1, 0.09, 0.11),
        (HELD_OUT / "zY.jsonl", 0.92, 0.97, 2, 0.07, 0.08),
        (HELD_OUT / "aZ.jsonl", 0.92, 0.95, 0, 0.05, 0.05),
        (HELD_OUT / "bZ.jsonl", 0.92, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "cZ.jsonl", 0.92, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "dZ.jsonl", 0.96, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "eZ.jsonl", 0.96, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "fZ.jsonl", 0.93, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "gZ.jsonl", 0.93, 0.95, 1, 0.07, 0.07),
        (HELD_OUT / "iZ.jsonl", 0.92, 0.97, 0, 0.05, 0.05),
        (HELD_OUT / "jZ.jsonl", 0.94, 0.97, 0, 0.0, 0.0),
        (HELD_OUT / "kZ.jsonl", 0.93, 0.97, 1, 0.03, 0.03),
        (HELD_OUT / "lZ.jsonl", 0.93, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "mZ.jsonl", 0.93, 1.0, 0, 0.03, 0.03),
        # its thirty-third: sixteen more, written after six of the session's rule commits and scored once
        (HELD_OUT / "nZ.jsonl", 0.93, 0.98, 1, 0.08, 0.1),
        (HELD_OUT / "oZ.jsonl", 0.92, 0.94, 0, 0.04, 0.04),
        (HELD_OUT / "pZ.jsonl", 0.94, 0.97, 1, 0.04, 0.05),
        (HELD_OUT / "qZ.jsonl", 0.93, 1.0, 0, 0.12, 0.13),
        (HELD_OUT / "sZ.jsonl", 0.94, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "tZ.jsonl", 0.89, 0.95, 0, 0.09, 0.1),
        (HELD_OUT / "uZ.jsonl", 0.95, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "vZ.jsonl", 0.9, 1.0, 0, 0.11, 0.1),
        (HELD_OUT / "wZ.jsonl", 0.9, 0.97, 0, 0.05, 0.03),
        (HELD_OUT / "xZ.jsonl", 0.91, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "yZ.jsonl", 0.95, 0.95, 0, 0.05, 0.05),
        (HELD_OUT / "zZ.jsonl", 0.94, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "a9.jsonl", 0.92, 0.95, 1, 0.05, 0.05),
        (HELD_OUT / "b9.jsonl", 0.93, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "c9.jsonl", 0.94, 0.97, 0, 0.0, 0.0),
        (HELD_OUT / "d9.jsonl", 0.94, 0.95, 1, 0.07, 0.07),
        # its thirty-fourth: sixteen more, written after eight of the session's rule commits and scored once
        (HELD_OUT / "e9.jsonl", 0.93, 0.97, 0, 0.06, 0.05),
        (HELD_OUT / "f9.jsonl", 0.92, 0.97, 2, 0.05, 0.07),
        (HELD_OUT / "g9.jsonl", 0.9, 0.94, 2, 0.04, 0.04),
        (HELD_OUT / "i9.jsonl", 0.93, 1.0, 0, 0.11, 0.1),
        (HELD_OUT / "j9.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "k9.jsonl", 0.9, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "l9.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "m9.jsonl", 0.95, 0.97, 1, 0.03, 0.03),
        (HELD_OUT / "n9.jsonl", 0.9, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "o9.jsonl", 0.93, 0.95, 1, 0.03, 0.03),
        (HELD_OUT / "p9.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "q9.jsonl", 0.94, 0.97, 0, 0.07, 0.07),
        (HELD_OUT / "s9.jsonl", 0.92, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "t9.jsonl", 0.94, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "u9.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "v9.jsonl", 0.94, 0.97, 0, 0.03, 0.03),
        # its thirty-fifth: sixteen more, written after ten of the session's rule commits and scored once
        (HELD_OUT / "x9.jsonl", 0.95, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "y9.jsonl", 0.9, 1.0, 0, 0.18, 0.18),
        (HELD_OUT / "z9.jsonl", 0.9, 0.97, 0, 0.13, 0.13),
        (HELD_OUT / "a8.jsonl", 0.85, 0.95, 1, 0.21, 0.24),
        (HELD_OUT / "b8.jsonl", 0.95, 0.95, 1, 0.0, 0.0),
        (HELD_OUT / "c8.jsonl", 0.92, 0.91, 2, 0.05, 0.05),
        (HELD_OUT / "d8.jsonl", 0.89, 1.0, 0, 0.11, 0.09),
        (HELD_OUT / "e8.jsonl", 0.96, 0.97, 0, 0.0, 0.0),
        (HELD_OUT / "f8.jsonl", 0.93, 0.97, 1, 0.07, 0.07),
        (HELD_OUT / "g8.jsonl", 0.88, 0.95, 0, 0.05, 0.05),
        (HELD_OUT / "i8.jsonl", 0.94, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "j8.jsonl", 0.92, 0.97, 0, 0.03, 0.03),
        (HELD_OUT / "k8.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "l8.jsonl", 0.93, 0.97, 0, 0.07, 0.07),
        (HELD_OUT / "m8.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "n8.jsonl", 0.9, 0.93, 2, 0.07, 0.07),
        # its thirty-sixth: eight more, written at the forty-eighth session's start and scored once after two of
        # that session's rule commits
        (HELD_OUT / "o8.jsonl", 0.91, 0.97, 0, 0.12, 0.13),
        (HELD_OUT / "p8.jsonl", 0.91, 0.98, 1, 0.07, 0.08),
        (HELD_OUT / "q8.jsonl", 0.93, 0.95, 2, 0.02, 0.02),
        (HELD_OUT / "s8.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "t8.jsonl", 0.88, 1.0, 0, 0.17, 0.18),
        (HELD_OUT / "u8.jsonl", 0.94, 0.97, 0, 0.0, 0.0),
        (HELD_OUT / "v8.jsonl", 0.93, 0.95, 1, 0.03, 0.0),
        (HELD_OUT / "x8.jsonl", 0.84, 0.94, 1, 0.17, 0.17),
        # its thirty-seventh: eight more, scored once after five of the session's rule commits
        (HELD_OUT / "y8.jsonl", 0.94, 0.98, 1, 0.08, 0.09),
        (HELD_OUT / "z8.jsonl", 0.94, 0.96, 1, 0.03, 0.04),
        (HELD_OUT / "a7.jsonl", 0.91, 0.95, 2, 0.08, 0.09),
        (HELD_OUT / "b7.jsonl", 0.92, 0.9, 3, 0.08, 0.1),
        (HELD_OUT / "c7.jsonl", 0.9, 1.0, 0, 0.14, 0.15),
        (HELD_OUT / "d7.jsonl", 0.93, 0.97, 0, 0.03, 0.03),
        (HELD_OUT / "e7.jsonl", 0.94, 0.97, 0, 0.08, 0.08),
        (HELD_OUT / "f7.jsonl", 0.91, 1.0, 0, 0.08, 0.08),
        # its thirty-eighth: eight more, scored once after seven of the session's rule commits
        (HELD_OUT / "g7.jsonl", 0.91, 0.93, 2, 0.08, 0.07),
        (HELD_OUT / "i7.jsonl", 0.9, 0.98, 1, 0.1, 0.11),
        (HELD_OUT / "j7.jsonl", 0.93, 0.98, 0, 0.09, 0.08),
        (HELD_OUT / "k7.jsonl", 0.93, 0.95, 2, 0.03, 0.03),
        (HELD_OUT / "l7.jsonl", 0.92, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "m7.jsonl", 0.91, 0.97, 0, 0.08, 0.08),
        (HELD_OUT / "n7.jsonl", 0.91, 0.92, 1, 0.07, 0.08),
        (HELD_OUT / "o7.jsonl", 0.88, 0.97, 1, 0.12, 0.12),
        # its thirty-ninth: eight more, scored once after nine of the session's rule commits
        (HELD_OUT / "p7.jsonl", 0.95, 0.96, 2, 0.03, 0.04),
        (HELD_OUT / "q7.jsonl", 0.87, 0.95, 1, 0.12, 0.13),
        (HELD_OUT / "s7.jsonl", 0.89, 0.93, 2, 0.08, 0.09),
        (HELD_OUT / "t7.jsonl", 0.91, 0.98, 0, 0.12, 0.12),
        (HELD_OUT / "u7.jsonl", 0.92, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "v7.jsonl", 0.94, 0.97, 1, 0.0, 0.0),
        (HELD_OUT / "x7.jsonl", 0.92, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "y7.jsonl", 0.9, 1.0, 0, 0.14, 0.14),
        # its fortieth: eight more, scored once after twelve of the session's rule commits
        (HELD_OUT / "z7.jsonl", 0.92, 0.96, 1, 0.13, 0.14),
        (HELD_OUT / "a6.jsonl", 0.91, 0.93, 2, 0.06, 0.06),
        (HELD_OUT / "b6.jsonl", 0.92, 0.94, 2, 0.08, 0.08),
        (HELD_OUT / "c6.jsonl", 0.86, 0.88, 4, 0.12, 0.12),
        (HELD_OUT / "d6.jsonl", 0.94, 0.95, 1, 0.03, 0.03),
        (HELD_OUT / "e6.jsonl", 0.94, 1.0, 0, 0.1, 0.1),
        (HELD_OUT / "f6.jsonl", 0.93, 0.92, 1, 0.03, 0.03),
        (HELD_OUT / "g6.jsonl", 0.89, 0.89, 2, 0.05, 0.05),
        # its forty-first: eight more, scored once after fourteen of the session's rule commits
        (HELD_OUT / "i6.jsonl", 0.83, 0.95, 0, 0.25, 0.26),
        (HELD_OUT / "j6.jsonl", 0.91, 0.98, 1, 0.12, 0.12),
        (HELD_OUT / "k6.jsonl", 0.88, 0.98, 0, 0.14, 0.11),
        (HELD_OUT / "l6.jsonl", 0.93, 0.96, 1, 0.05, 0.05),
        (HELD_OUT / "m6.jsonl", 0.9, 0.97, 1, 0.07, 0.05),
        (HELD_OUT / "n6.jsonl", 0.93, 0.97, 0, 0.05, 0.06),
        (HELD_OUT / "o6.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "p6.jsonl", 0.96, 0.97, 0, 0.05, 0.05),
        # its forty-second: eight more, scored once after all sixteen of the session's rule commits
        (HELD_OUT / "q6.jsonl", 0.88, 0.94, 2, 0.14, 0.13),
        (HELD_OUT / "s6.jsonl", 0.87, 1.0, 0, 0.2, 0.19),
        (HELD_OUT / "t6.jsonl", 0.91, 0.98, 0, 0.08, 0.08),
        (HELD_OUT / "u6.jsonl", 0.84, 0.95, 1, 0.24, 0.24),
        (HELD_OUT / "v6.jsonl", 0.93, 1.0, 0, 0.07, 0.08),
        (HELD_OUT / "x6.jsonl", 0.88, 0.97, 1, 0.07, 0.08),
        (HELD_OUT / "y6.jsonl", 0.91, 0.95, 1, 0.03, 0.03),
        (HELD_OUT / "z6.jsonl", 0.92, 1.0, 0, 0.05, 0.05),
        # its forty-third: six more, written at the forty-ninth session's start and scored once before any of its changes
        (HELD_OUT / "a5.jsonl", 0.88, 0.87, 2, 0.05, 0.04),
        (HELD_OUT / "b5.jsonl", 0.88, 0.92, 2, 0.09, 0.08),
        (HELD_OUT / "c5.jsonl", 0.88, 0.9, 3, 0.09, 0.1),
        (HELD_OUT / "d5.jsonl", 0.85, 0.88, 3, 0.1, 0.11),
        (HELD_OUT / "e5.jsonl", 0.91, 0.88, 3, 0.0, 0.0),
        (HELD_OUT / "f5.jsonl", 0.92, 0.97, 0, 0.0, 0.0),
        # its forty-fourth: four more, written meanwhile and scored once, also before any of the session's changes
        (HELD_OUT / "g5.jsonl", 0.9, 0.95, 2, 0.06, 0.1),
        (HELD_OUT / "i5.jsonl", 0.91, 0.88, 2, 0.04, 0.07),
        (HELD_OUT / "j5.jsonl", 0.91, 0.94, 2, 0.03, 0.0),
        (HELD_OUT / "k5.jsonl", 0.92, 0.95, 1, 0.03, 0.0),
        # its forty-fifth: four more, scored once after the session's first three text commits
        (HELD_OUT / "l5.jsonl", 0.88, 0.9, 4, 0.15, 0.16),
        (HELD_OUT / "m5.jsonl", 0.9, 0.98, 0, 0.08, 0.08),
        (HELD_OUT / "n5.jsonl", 0.91, 0.88, 4, 0.03, 0.03),
        (HELD_OUT / "o5.jsonl", 0.88, 0.94, 1, 0.05, 0.05),
        # its forty-sixth: four more, scored once after all five of the session's text commits
        (HELD_OUT / "p5.jsonl", 0.95, 0.98, 1, 0.04, 0.04),
        (HELD_OUT / "q5.jsonl", 0.9, 0.95, 1, 0.11, 0.12),
        (HELD_OUT / "s5.jsonl", 0.87, 0.9, 3, 0.13, 0.15),
        (HELD_OUT / "t5.jsonl", 0.96, 0.95, 2, 0.03, 0.03),
        # its forty-seventh: four more, scored once after all six of the session's text commits
        (HELD_OUT / "u5.jsonl", 0.91, 0.91, 3, 0.11, 0.13),
        (HELD_OUT / "v5.jsonl", 0.93, 0.93, 2, 0.06, 0.06),
        (HELD_OUT / "x5.jsonl", 0.94, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "y5.jsonl", 0.88, 0.95, 1, 0.05, 0.05),
        # its forty-eighth: six more, written at the fiftieth session's start and scored once before any of its changes
        (HELD_OUT / "z5.jsonl", 0.93, 0.93, 1, 0.08, 0.08),
        (HELD_OUT / "a4.jsonl", 0.9, 1.0, 0, 0.08, 0.09),
        (HELD_OUT / "b4.jsonl", 0.93, 0.94, 1, 0.09, 0.09),
        (HELD_OUT / "c4.jsonl", 0.92, 0.95, 2, 0.1, 0.1),
        (HELD_OUT / "d4.jsonl", 0.93, 0.95, 2, 0.03, 0.03),
        (HELD_OUT / "e4.jsonl", 0.94, 1.0, 0, 0.0, 0.0),
        # its forty-ninth: six more, scored once after the session's first two text commits
        (HELD_OUT / "f4.jsonl", 0.94, 0.96, 2, 0.02, 0.02),
        (HELD_OUT / "g4.jsonl", 0.94, 0.98, 1, 0.05, 0.04),
        (HELD_OUT / "i4.jsonl", 0.87, 0.96, 1, 0.16, 0.15),
        (HELD_OUT / "j4.jsonl", 0.95, 0.97, 1, 0.05, 0.06),
        (HELD_OUT / "k4.jsonl", 0.91, 0.95, 1, 0.07, 0.07),
        (HELD_OUT / "l4.jsonl", 0.9, 0.86, 2, 0.03, 0.03),
        # its fiftieth: six more, scored once after the session's first five text commits
        (HELD_OUT / "m4.jsonl", 0.88, 0.86, 2, 0.0, 0.0),
        (HELD_OUT / "n4.jsonl", 0.92, 0.93, 1, 0.04, 0.04),
        (HELD_OUT / "o4.jsonl", 0.88, 0.93, 1, 0.11, 0.12),
        (HELD_OUT / "p4.jsonl", 0.88, 0.88, 2, 0.07, 0.07),
        (HELD_OUT / "q4.jsonl", 0.88, 0.9, 1, 0.13, 0.14),
        (HELD_OUT / "s4.jsonl", 0.93, 0.95, 1, 0.03, 0.03),
        # its fifty-first: six more, scored once after eight of the session's text commits
        (HELD_OUT / "t4.jsonl", 0.89, 0.9, 2, 0.1, 0.1),
        (HELD_OUT / "u4.jsonl", 0.91, 0.89, 4, 0.04, 0.05),
        (HELD_OUT / "v4.jsonl", 0.94, 0.96, 1, 0.04, 0.04),
        (HELD_OUT / "x4.jsonl", 0.93, 0.95, 0, 0.05, 0.06),
        (HELD_OUT / "y4.jsonl", 0.9, 0.97, 0, 0.15, 0.14),
        (HELD_OUT / "z4.jsonl", 0.95, 0.97, 1, 0.03, 0.03),
        # its fifty-second: six more, scored once after the same eight
        (HELD_OUT / "a3.jsonl", 0.87, 0.93, 1, 0.1, 0.1),
        (HELD_OUT / "b3.jsonl", 0.96, 0.98, 0, 0.04, 0.04),
        (HELD_OUT / "c3.jsonl", 0.9, 0.91, 3, 0.05, 0.05),
        (HELD_OUT / "d3.jsonl", 0.94, 1.0, 0, 0.06, 0.06),
        (HELD_OUT / "e3.jsonl", 0.93, 0.94, 2, 0.03, 0.03),
        (HELD_OUT / "f3.jsonl", 0.91, 0.97, 1, 0.11, 0.11),
        # its fifty-third: six more, scored once after ten of the session's text commits
        (HELD_OUT / "g3.jsonl", 0.9, 0.92, 3, 0.02, 0.02),
        (HELD_OUT / "i3.jsonl", 0.92, 0.98, 0, 0.11, 0.11),
        (HELD_OUT / "j3.jsonl", 0.94, 0.94, 2, 0.04, 0.04),
        (HELD_OUT / "k3.jsonl", 0.89, 0.97, 1, 0.15, 0.15),
        (HELD_OUT / "l3.jsonl", 0.93, 0.97, 1, 0.03, 0.03),
        (HELD_OUT / "m3.jsonl", 0.92, 0.92, 2, 0.03, 0.03),
        # its fifty-fourth: six more, scored once after eleven of the session's text commits
        (HELD_OUT / "n3.jsonl", 0.91, 0.98, 0, 0.09, 0.1),
        (HELD_OUT / "o3.jsonl", 0.82, 0.89, 4, 0.19, 0.19),
        (HELD_OUT / "p3.jsonl", 0.87, 0.98, 1, 0.18, 0.19),
        (HELD_OUT / "q3.jsonl", 0.93, 0.97, 1, 0.08, 0.08),
        (HELD_OUT / "s3.jsonl", 0.96, 0.97, 1, 0.03, 0.03),
        (HELD_OUT / "t3.jsonl", 0.93, 0.95, 0, 0.0, 0.0),
        # its fifty-fifth: six more, scored once after all thirteen of the session's text commits
        (HELD_OUT / "u3.jsonl", 0.89, 0.9, 4, 0.08, 0.08),
        (HELD_OUT / "v3.jsonl", 0.9, 0.87, 2, 0.04, 0.04),
        (HELD_OUT / "x3.jsonl", 0.95, 0.96, 2, 0.04, 0.04),
        (HELD_OUT / "y3.jsonl", 0.88, 0.95, 1, 0.12, 0.13),
        (HELD_OUT / "z3.jsonl", 0.96, 0.97, 0, 0.0, 0.0),
        (HELD_OUT / "a2.jsonl", 0.92, 0.93, 0, 0.06, 0.06),
        # its fifty-sixth: eight more, scored once before any of the fifty-first session's changes
        (HELD_OUT / "b2.jsonl", 0.92, 0.93, 2, 0.09, 0.09),
        (HELD_OUT / "c2.jsonl", 0.92, 0.98, 0, 0.11, 0.08),
        (HELD_OUT / "d2.jsonl", 0.9, 0.96, 1, 0.13, 0.1),
        (HELD_OUT / "e2.jsonl", 0.92, 0.94, 1, 0.06, 0.06),
        (HELD_OUT / "f2.jsonl", 0.92, 0.92, 2, 0.05, 0.05),
        (HELD_OUT / "g2.jsonl", 0.89, 0.95, 2, 0.08, 0.08),
        (HELD_OUT / "i2.jsonl", 0.93, 0.96, 2, 0.05, 0.04),
        (HELD_OUT / "j2.jsonl", 0.93, 0.97, 0, 0.03, 0.03),
        # its fifty-seventh: six more, also scored once before any of the session's changes
        (HELD_OUT / "k2.jsonl", 0.92, 0.98, 0, 0.09, 0.1),
        (HELD_OUT / "l2.jsonl", 0.95, 0.98, 0, 0.02, 0.02),
        (HELD_OUT / "m2.jsonl", 0.93, 0.98, 1, 0.11, 0.11),
        (HELD_OUT / "n2.jsonl", 0.95, 0.95, 0, 0.0, 0.0),
        (HELD_OUT / "o2.jsonl", 0.92, 0.91, 2, 0.09, 0.1),
        (HELD_OUT / "p2.jsonl", 0.88, 0.97, 1, 0.19, 0.2),
        # its fifty-eighth: eight more, scored once after four of the session's text commits
        (HELD_OUT / "q2.jsonl", 0.86, 0.91, 3, 0.14, 0.14),
        (HELD_OUT / "s2.jsonl", 0.86, 0.86, 6, 0.07, 0.08),
        (HELD_OUT / "t2.jsonl", 0.9, 0.96, 2, 0.08, 0.09),
        (HELD_OUT / "u2.jsonl", 0.91, 0.94, 1, 0.08, 0.08),
        (HELD_OUT / "v2.jsonl", 0.87, 0.83, 2, 0.07, 0.07),
        (HELD_OUT / "x2.jsonl", 0.93, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "y2.jsonl", 0.94, 0.97, 1, 0.1, 0.06),
        (HELD_OUT / "z2.jsonl", 0.92, 0.93, 3, 0.03, 0.03),
        # its fifty-ninth: eight more, scored once after six of the session's text commits
        (HELD_OUT / "a1.jsonl", 0.96, 0.98, 1, 0.0, 0.0),
        (HELD_OUT / "b1.jsonl", 0.92, 0.95, 2, 0.07, 0.08),
        (HELD_OUT / "c1.jsonl", 0.89, 0.96, 0, 0.1, 0.11),
        (HELD_OUT / "d1.jsonl", 0.93, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "e1.jsonl", 0.92, 1.0, 0, 0.1, 0.1),
        (HELD_OUT / "f1.jsonl", 0.9, 0.92, 1, 0.03, 0.03),
        (HELD_OUT / "g1.jsonl", 0.92, 0.93, 1, 0.03, 0.03),
        (HELD_OUT / "i1.jsonl", 0.91, 1.0, 0, 0.08, 0.08),
        # its sixtieth: eight more, scored once after nine of the session's text commits
        (HELD_OUT / "j1.jsonl", 0.98, 0.96, 1, 0.02, 0.02),
        (HELD_OUT / "k1.jsonl", 0.95, 0.96, 0, 0.06, 0.06),
        (HELD_OUT / "l1.jsonl", 0.95, 0.94, 2, 0.04, 0.04),
        (HELD_OUT / "m1.jsonl", 0.92, 0.97, 0, 0.05, 0.06),
        (HELD_OUT / "n1.jsonl", 0.96, 0.95, 1, 0.0, 0.0),
        (HELD_OUT / "o1.jsonl", 0.87, 0.97, 1, 0.11, 0.12),
        (HELD_OUT / "p1.jsonl", 0.91, 0.95, 1, 0.07, 0.08),
        (HELD_OUT / "q1.jsonl", 0.86, 0.93, 2, 0.14, 0.16),
        # its sixty-first: eight more, scored once after twelve of the session's text commits
        (HELD_OUT / "s1.jsonl", 0.9, 0.96, 1, 0.04, 0.02),
        (HELD_OUT / "t1.jsonl", 0.91, 0.96, 2, 0.14, 0.15),
        (HELD_OUT / "u1.jsonl", 0.87, 0.93, 1, 0.13, 0.13),
        (HELD_OUT / "v1.jsonl", 0.92, 0.97, 1, 0.07, 0.08),
        (HELD_OUT / "x1.jsonl", 0.83, 0.88, 2, 0.18, 0.18),
        (HELD_OUT / "y1.jsonl", 0.96, 0.97, 0, 0.0, 0.0),
        (HELD_OUT / "z1.jsonl", 0.9, 0.95, 2, 0.08, 0.08),
        (HELD_OUT / "a0.jsonl", 0.92, 0.95, 0, 0.08, 0.08),
        # its sixty-second: eight more, scored once after fourteen of the session's text commits
        (HELD_OUT / "b0.jsonl", 0.92, 0.98, 1, 0.08, 0.09),
        (HELD_OUT / "c0.jsonl", 0.92, 0.98, 1, 0.1, 0.09),
        (HELD_OUT / "d0.jsonl", 0.92, 0.94, 2, 0.04, 0.04),
        (HELD_OUT / "e0.jsonl", 0.85, 0.88, 2, 0.19, 0.2),
        (HELD_OUT / "f0.jsonl", 0.94, 1.0, 0, 0.1, 0.1),
        (HELD_OUT / "g0.jsonl", 0.93, 0.95, 1, 0.08, 0.08),
        (HELD_OUT / "i0.jsonl", 0.89, 0.92, 1, 0.13, 0.13),
        (HELD_OUT / "j0.jsonl", 0.93, 1.0, 0, 0.15, 0.15),
        # its sixty-third: eight more, scored once after fifteen of the session's text commits
        (HELD_OUT / "k0.jsonl", 0.95, 0.98, 1, 0.08, 0.09),
        (HELD_OUT / "l0.jsonl", 0.96, 0.98, 1, 0.05, 0.06),
        (HELD_OUT / "m0.jsonl", 0.92, 0.94, 0, 0.05, 0.04),
        (HELD_OUT / "n0.jsonl", 0.85, 0.97, 1, 0.15, 0.15),
        (HELD_OUT / "o0.jsonl", 0.91, 0.95, 0, 0.13, 0.14),
        (HELD_OUT / "p0.jsonl", 0.92, 0.95, 1, 0.09, 0.09),
        (HELD_OUT / "q0.jsonl", 0.93, 0.94, 0, 0.0, 0.0),
        (HELD_OUT / "s0.jsonl", 0.86, 0.97, 0, 0.13, 0.11),
        # its sixty-fourth: six more, scored once after all nineteen of the session's text commits
        (HELD_OUT / "t0.jsonl", 0.92, 0.96, 1, 0.09, 0.09),
        (HELD_OUT / "u0.jsonl", 0.92, 0.98, 1, 0.07, 0.08),
        (HELD_OUT / "v0.jsonl", 0.91, 0.95, 1, 0.07, 0.07),
        (HELD_OUT / "x0.jsonl", 0.92, 0.97, 1, 0.06, 0.06),
        (HELD_OUT / "y0.jsonl", 0.8, 0.93, 0, 0.22, 0.22),
        (HELD_OUT / "z0.jsonl", 0.93, 1.0, 0, 0.0, 0.0),
        # its sixty-fifth: eight writers of the fifty-second session, scored once after its first two text commits
        (HELD_OUT / "aG.jsonl", 0.92, 0.98, 1, 0.04, 0.04),
        (HELD_OUT / "bG.jsonl", 0.9, 0.97, 2, 0.17, 0.17),
        (HELD_OUT / "dG.jsonl", 0.93, 1.0, 0, 0.07, 0.08),
        (HELD_OUT / "eG.jsonl", 0.92, 0.97, 0, 0.03, 0.03),
        (HELD_OUT / "fG.jsonl", 0.92, 0.95, 2, 0.09, 0.09),
        (HELD_OUT / "iG.jsonl", 0.93, 0.9, 2, 0.03, 0.03),
        (HELD_OUT / "lG.jsonl", 0.89, 0.9, 3, 0.08, 0.08),
        (HELD_OUT / "mG.jsonl", 0.9, 0.97, 0, 0.1, 0.1),
        # its sixty-sixth: seven more, scored once after the same two
        (HELD_OUT / "iH.jsonl", 0.92, 0.94, 1, 0.04, 0.04),
        (HELD_OUT / "pP.jsonl", 0.91, 0.96, 2, 0.07, 0.07),
        (HELD_OUT / "qG.jsonl", 0.91, 0.94, 1, 0.12, 0.12),
        (HELD_OUT / "tT.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "vA.jsonl", 0.89, 0.94, 1, 0.11, 0.11),
        (HELD_OUT / "vB.jsonl", 0.91, 0.92, 2, 0.06, 0.06),
        (HELD_OUT / "vV.jsonl", 0.92, 1.0, 0, 0.05, 0.05),
        # its sixty-seventh: eight more, scored once after five of the session's text commits
        (HELD_OUT / "ka.jsonl", 0.91, 0.98, 0, 0.08, 0.08),
        (HELD_OUT / "kb.jsonl", 0.92, 0.91, 2, 0.06, 0.06),
        (HELD_OUT / "kc.jsonl", 0.89, 0.93, 0, 0.05, 0.06),
        (HELD_OUT / "kd.jsonl", 0.9, 0.91, 1, 0.08, 0.08),
        (HELD_OUT / "ke.jsonl", 0.94, 0.95, 1, 0.05, 0.06),
        (HELD_OUT / "kf.jsonl", 0.91, 0.97, 1, 0.1, 0.1),
        (HELD_OUT / "kg.jsonl", 0.94, 0.95, 1, 0.08, 0.09),
        (HELD_OUT / "kh.jsonl", 0.92, 0.97, 0, 0.08, 0.08),
        # its sixty-eighth: eight more, scored once after eight of the session's text commits
        (HELD_OUT / "ma.jsonl", 0.95, 0.98, 0, 0.05, 0.05),
        (HELD_OUT / "mb.jsonl", 0.85, 0.91, 3, 0.19, 0.2),
        (HELD_OUT / "mc.jsonl", 0.96, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "md.jsonl", 0.93, 1.0, 0, 0.06, 0.07),
        (HELD_OUT / "me.jsonl", 0.91, 0.88, 1, 0.0, 0.0),
        (HELD_OUT / "mf.jsonl", 0.92, 1.0, 0, 0.06, 0.06),
        (HELD_OUT / "mg.jsonl", 0.94, 0.97, 0, 0.05, 0.05),
        (HELD_OUT / "mh.jsonl", 0.92, 0.97, 1, 0.05, 0.05),
        # its sixty-ninth: eight more, scored once after ten of the session's text commits
        (HELD_OUT / "na.jsonl", 0.91, 0.96, 1, 0.1, 0.09),
        (HELD_OUT / "nb.jsonl", 0.93, 0.98, 1, 0.09, 0.09),
        (HELD_OUT / "nc.jsonl", 0.89, 1.0, 0, 0.18, 0.19),
        (HELD_OUT / "nd.jsonl", 0.92, 0.95, 1, 0.1, 0.1),
        (HELD_OUT / "ne.jsonl", 0.89, 1.0, 0, 0.13, 0.13),
        (HELD_OUT / "nf.jsonl", 0.96, 0.97, 1, 0.0, 0.0),
        (HELD_OUT / "ng.jsonl", 0.91, 0.97, 1, 0.08, 0.08),
        (HELD_OUT / "nh.jsonl", 0.93, 0.93, 0, 0.05, 0.05),
        # its seventieth: eight more, scored once after fourteen of the session's text commits
        (HELD_OUT / "pa.jsonl", 0.91, 0.98, 0, 0.08, 0.08),
        (HELD_OUT / "pb.jsonl", 0.94, 1.0, 0, 0.02, 0.02),
        (HELD_OUT / "pc.jsonl", 0.9, 0.95, 1, 0.05, 0.05),
        (HELD_OUT / "pd.jsonl", 0.91, 0.97, 1, 0.08, 0.08),
        (HELD_OUT / "pe.jsonl", 0.91, 0.95, 0, 0.1, 0.08),
        (HELD_OUT / "pf.jsonl", 0.9, 0.84, 5, 0.05, 0.06),
        (HELD_OUT / "pg.jsonl", 0.93, 0.95, 2, 0.07, 0.08),
        (HELD_OUT / "ph.jsonl", 0.95, 0.97, 0, 0.03, 0.03),
        # its seventy-first: eight more, scored once after fifteen of the session's text commits
        (HELD_OUT / "qa.jsonl", 0.88, 0.95, 1, 0.13, 0.13),
        (HELD_OUT / "qb.jsonl", 0.94, 0.96, 1, 0.04, 0.04),
        (HELD_OUT / "qc.jsonl", 0.91, 0.92, 2, 0.08, 0.06),
        (HELD_OUT / "qd.jsonl", 0.91, 1.0, 0, 0.06, 0.06),
        (HELD_OUT / "qe.jsonl", 0.98, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "qf.jsonl", 0.92, 0.97, 1, 0.08, 0.08),
        (HELD_OUT / "qg.jsonl", 0.95, 1.0, 0, 0.08, 0.08),
        (HELD_OUT / "qh.jsonl", 0.96, 0.97, 1, 0.06, 0.06),
        # its seventy-second: eight more, scored once after all seventeen of the session's text commits
        (HELD_OUT / "sa.jsonl", 0.85, 0.96, 0, 0.19, 0.21),
        (HELD_OUT / "sb.jsonl", 0.87, 0.92, 2, 0.11, 0.11),
        (HELD_OUT / "sc.jsonl", 0.93, 0.95, 0, 0.05, 0.05),
        (HELD_OUT / "sd.jsonl", 0.87, 0.92, 1, 0.11, 0.11),
        (HELD_OUT / "se.jsonl", 0.92, 0.97, 1, 0.12, 0.13),
        (HELD_OUT / "sf.jsonl", 0.85, 0.93, 2, 0.1, 0.1),
        (HELD_OUT / "sg.jsonl", 0.91, 0.93, 1, 0.0, 0.0),
        (HELD_OUT / "sh.jsonl", 0.96, 1.0, 0, 0.08, 0.08),
        # held out from the seventeenth model (its decision sets and its sixteen honest figures, each scored
        # once), trained on since the nineteenth: guards
        (CORPUS / "written" / "aA.jsonl", 0.94, 1.0, 0, 0.11, 0.13),
        (CORPUS / "real" / "aB.jsonl", 0.86, 1.0, 0, 0.15, 0.17),
        (CORPUS / "written" / "cA.jsonl", 0.94, 1.0, 0, 0.07, 0.1),
        (CORPUS / "real" / "cB.jsonl", 0.88, 0.97, 0, 0.12, 0.15),
        (CORPUS / "written" / "bA.jsonl", 0.92, 1.0, 0, 0.12, 0.12),
        (CORPUS / "real" / "bB.jsonl", 0.87, 0.97, 0, 0.1, 0.25),
        (CORPUS / "written" / "cC.jsonl", 0.93, 1.0, 0, 0.09, 0.08),
        (CORPUS / "real" / "cD.jsonl", 0.85, 0.94, 0, 0.1, 0.11),
        (CORPUS / "written" / "qA.jsonl", 0.94, 1.0, 0, 0.06, 0.09),
        (CORPUS / "real" / "qB.jsonl", 0.92, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "qD.jsonl", 0.9, 1.0, 0, 0.05, 0.05),
        (CORPUS / "written" / "kC.jsonl", 0.91, 1.0, 0, 0.07, 0.05),
        (CORPUS / "real" / "kD.jsonl", 0.95, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "kE.jsonl", 0.89, 0.97, 0, 0.06, 0.05),
        (CORPUS / "written" / "yC.jsonl", 0.93, 0.98, 1, 0.11, 0.11),
        (CORPUS / "real" / "yD.jsonl", 0.94, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "yE.jsonl", 0.88, 0.97, 0, 0.11, 0.11),
        (CORPUS / "written" / "gC.jsonl", 0.93, 0.98, 0, 0.07, 0.09),
        (CORPUS / "real" / "gD.jsonl", 0.92, 1.0, 0, 0.11, 0.11),
        (CORPUS / "real" / "gE.jsonl", 0.92, 1.0, 0, 0.06, 0.07),
        (CORPUS / "written" / "gF.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "gG.jsonl", 0.88, 1.0, 0, 0.12, 0.12),
        (CORPUS / "real" / "gH.jsonl", 0.93, 0.97, 0, 0.05, 0.03),
        (CORPUS / "written" / "jC.jsonl", 0.97, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "jD.jsonl", 0.96, 0.97, 0, 0.0, 0.0),
        (CORPUS / "real" / "jE.jsonl", 0.91, 1.0, 0, 0.12, 0.14),
        (CORPUS / "real" / "jF.jsonl", 0.9, 1.0, 0, 0.11, 0.12),
        (CORPUS / "real" / "jG.jsonl", 0.91, 0.97, 0, 0.07, 0.07),
        (CORPUS / "written" / "jH.jsonl", 0.94, 1.0, 0, 0.12, 0.14),
        (CORPUS / "written" / "lC.jsonl", 0.95, 0.96, 1, 0.02, 0.0),
        (CORPUS / "real" / "lD.jsonl", 0.94, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "lE.jsonl", 0.94, 1.0, 0, 0.07, 0.08),
        (CORPUS / "written" / "nC.jsonl", 0.93, 1.0, 0, 0.09, 0.1),
        (CORPUS / "real" / "nD.jsonl", 0.94, 0.97, 1, 0.03, 0.03),
        (CORPUS / "real" / "nE.jsonl", 0.97, 1.0, 0, 0.02, 0.03),
        (CORPUS / "written" / "pE.jsonl", 0.95, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "pF.jsonl", 0.93, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "pG.jsonl", 0.91, 1.0, 0, 0.09, 0.1),
        (CORPUS / "written" / "sC.jsonl", 0.96, 1.0, 0, 0.04, 0.02),
        (CORPUS / "real" / "sD.jsonl", 0.89, 1.0, 0, 0.13, 0.13),
        (CORPUS / "real" / "sE.jsonl", 0.9, 1.0, 0, 0.11, 0.11),
        (CORPUS / "written" / "tD.jsonl", 0.93, 0.98, 0, 0.06, 0.05),
        (CORPUS / "real" / "tE.jsonl", 0.92, 1.0, 0, 0.09, 0.1),
        (CORPUS / "real" / "tF.jsonl", 0.91, 1.0, 0, 0.03, 0.03),
        (CORPUS / "written" / "uC.jsonl", 0.92, 0.98, 0, 0.09, 0.1),
        (CORPUS / "real" / "uD.jsonl", 0.84, 0.97, 0, 0.16, 0.19),
        (CORPUS / "real" / "uE.jsonl", 0.93, 0.97, 0, 0.03, 0.03),
        (CORPUS / "written" / "vC.jsonl", 0.95, 0.96, 0, 0.07, 0.08),
        (CORPUS / "real" / "vF.jsonl", 0.96, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "vG.jsonl", 0.89, 1.0, 0, 0.09, 0.09),
        (CORPUS / "written" / "xC.jsonl", 0.95, 0.98, 0, 0.08, 0.09),
        (CORPUS / "real" / "xD.jsonl", 0.9, 1.0, 0, 0.11, 0.11),
        (CORPUS / "real" / "xE.jsonl", 0.91, 1.0, 0, 0.15, 0.12),
        # held out from earlier models, trained on since the seventeenth: guards
        (CORPUS / "written" / "hW.jsonl", 0.98, 0.98, 1, 0.0, 0.0),
        (CORPUS / "real" / "hR.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        (CORPUS / "written" / "hH.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "hG.jsonl", 0.95, 0.98, 0, 0.03, 0.03),
        (CORPUS / "real" / "hF.jsonl", 0.92, 1.0, 0, 0.08, 0.08),
        (CORPUS / "written" / "hE.jsonl", 0.97, 1.0, 0, 0.04, 0.04),
        (CORPUS / "real" / "hD.jsonl", 0.85, 0.97, 0, 0.13, 0.13),
        (CORPUS / "real" / "hC.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "written" / "hB.jsonl", 0.96, 1.0, 0, 0.06, 0.06),
        (CORPUS / "real" / "hA.jsonl", 0.96, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "hO.jsonl", 0.93, 1.0, 0, 0.06, 0.07),
        (CORPUS / "written" / "iB.jsonl", 0.96, 0.97, 1, 0.02, 0.02),
        (CORPUS / "real" / "iA.jsonl", 0.93, 1.0, 0, 0.09, 0.08),
        (CORPUS / "real" / "iO.jsonl", 0.93, 1.0, 0, 0.04, 0.04),
        (CORPUS / "written" / "vE.jsonl", 0.93, 1.0, 0, 0.04, 0.04),
        (CORPUS / "written" / "uA.jsonl", 0.95, 1.0, 0, 0.03, 0.02),
        (CORPUS / "real" / "uB.jsonl", 0.91, 1.0, 0, 0.08, 0.04),
        (CORPUS / "written" / "xA.jsonl", 0.97, 0.98, 1, 0.03, 0.04),
        (CORPUS / "real" / "xB.jsonl", 0.92, 0.96, 0, 0.02, 0.03),
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


EXTERNAL = REPO.parent / "shared" / "external"
EXPORTS = ["linkedin/sanand0/Shares.csv", "mastodon/quicoto/outbox.json", "x_twitter/community-archive",
           "x_twitter/mrled-twarchive"]


@pytest.mark.parametrize(("path", "max_false_alarms"), [
    (CORPUS / "written" / "fH.jsonl", 0.07),  # staff accounts' own off-duty posts
    (CORPUS / "written" / "mH.jsonl", 0.07),  # posts by people outside the job
])
def test_everyday_posts_floor(screener, path, max_false_alarms):
    # Allowed posts only, so there is no block recall to floor; these sets judged the everyday head.
    scores = evaluate(read_labeled(path), screener.screen_many).as_dict()
    assert scores["errors"] == 0
    assert scores["false_alarm_rate_on_pass"] <= max_false_alarms, scores["mistakes"]


@pytest.mark.skipif(not EXTERNAL.is_dir(), reason=f"real export files not found at {EXTERNAL}")
def test_real_exports_by_people_outside_the_job_are_mostly_left_alone(screener):
    # Posts by a developer and two X accounts, none about social care: every one should pass. Their
    # photos are left out; the photo checks are floored in tests/images.
    posts = [Post(post.id, post.text) for name in EXPORTS for post in read_posts(EXTERNAL / name)
             if post.text and post.text.strip()]
    assert len(posts) == 243
    reports = screener.screen_many(posts)
    assert not [r for r in reports if r.verdict.value == "error"]
    assert sum(r.verdict.value != "pass" for r in reports) / len(posts) <= 0.19

