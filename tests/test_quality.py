"""Quality floors on labelled sets (never the shared dev set), rules and learned layer together.

`challenge*` and `independent_a`/`b` were written by other hands before the learned layer and are part
of its training corpus (`independent_b` calibrates it), as are every set that was ever held out from an
earlier model: the `h`, `i`, `u`, `v` and `x` sets since the seventeenth; `aA` to `yE` since the
nineteenth; the fifty-three sets that were the nineteenth to twenty-fourth models' honest figures (`zC`
to `vH`, each scored once before it was trained on) since the twenty-fifth; and, since the twenty-sixth,
the twenty-fifth's decision sets and honest figures (`cH` to `yH`), the read set `uH` and the disguised
sets `zH` and `aI`; all in models/corpus/written/ and real/. Their floors guard the rules and the model
against regressions, not generalisation. `independent_c` has been held out from every model version.
models/corpus/heldout/ holds what the shipped twenty-ninth model never saw: it is the twenty-sixth's corpus
and recipe with emoji read as words, chosen over it on `aK`, `bK` and `cK` by a rule written before it
was trained, with its honest figures `dK` to `fK`, `gK` to `jK`, `kK` to `mK`, `nK` to `pK`, `qK` to `sK`, `tK` to `vK`, `wK` to `yK`, `zK` to `bL`, `cL` to `eL`, `fL` to `iL`, `jL` to `lL`, `mL` to `oL`, `pL`, `qL` and `sL`, `tL` to `vL`, `wL` to `yL`, `zL` to `bM`, `cM` to `eM`, `fM` to `iM`, `jM` to `lM`, `mM` to `oM`, `pM` to `sM`,
`tM` to `vM`, `wM` to `yM`, `zM` to `bN`, `cN` to `eN`, `fN` to `iN`, `jN`
to `lN`, `mN` to `oN`, `pN` to `sN`, `tN` to `vN`, `wN` to `yN`, `zN`
to `bO`, `cO` to `eO`, `fO`, `gO`, `qP`, `sP`, `kO`, `lO`,
`mO` to `oO`, `pO` to `sO`, `tO` to `vO`, `wO` to `yO`, `zO` to `bP`,
`cP` to `eP`, `fP` to `iP`, `jP` to `lP` and `mP` to
`oP`. The twenty-sixth was chosen over the twenty-fifth
on `bI` to `gI` the same way; its honest figures `iI`,
`jI`, `kI`, `lI`, `mI`, `nI`, `oI` to `uI` (the decision sets of a twenty-seventh model that did not
ship), `vI`, `wI` and `xI`; `yI`, `zI` and `aJ` to `dJ` (the decision sets of a twenty-eighth model
that did not ship either), `eJ` to `gJ`, `iJ` to `kJ`, `lJ` to `nJ`, `oJ` to `qJ`, `rJ` to `tJ` and
`uJ` to `wJ` and `xJ` to `zJ`; and the everyday sets `fH` and `mH`. The real exports are floored too. Each floor is what
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
        (FIXTURES / "independent_a.jsonl", 0.94, 1.0, 0, 0.07, None),
        (FIXTURES / "independent_b.jsonl", 0.92, 1.0, 0, 0.0, None),
        # held out from every model
        (FIXTURES / "independent_c.jsonl", 0.9, 1.0, 0, 0.08, None),
        # held out from the nineteenth to the twenty-fourth model, each scored once as an honest figure,
        # trained on since the twenty-fifth: guards. Each group in the order it was written:
        # the nineteenth model's first honest figure: written at the start of the twenty-seventh session,
        # before that model was trained, and scored once at its end (2026-12-04)
        (CORPUS / "written" / "zC.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "zD.jsonl", 0.91, 0.97, 1, 0.02, 0.03),
        (CORPUS / "real" / "zE.jsonl", 0.93, 1.0, 0, 0.05, 0.05),
        # its second: written at the start of the twenty-eighth session by four new writers and scored once
        # before anything was changed (2026-12-04)
        (CORPUS / "written" / "dC.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "written" / "eC.jsonl", 0.96, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "dD.jsonl", 0.97, 1.0, 0, 0.02, 0.0),
        (CORPUS / "real" / "dE.jsonl", 0.96, 1.0, 0, 0.0, 0.0),
        # its third: three more writers, scored once after that session's first rule fixes (2026-12-04)
        (CORPUS / "written" / "fD.jsonl", 0.95, 0.98, 0, 0.03, 0.03),
        (CORPUS / "real" / "eD.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "eE.jsonl", 0.95, 1.0, 0, 0.0, 0.0),
        # its fourth: three more writers, scored once at that session's end, after its six rule fixes
        (CORPUS / "written" / "iC.jsonl", 0.95, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "iD.jsonl", 0.96, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "iE.jsonl", 0.96, 1.0, 0, 0.02, 0.03),
        # its fifth: three more writers, scored once at the start of the twenty-ninth session, after
        # its first three rule fixes (2026-12-05)
        (CORPUS / "written" / "wC.jsonl", 0.94, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "wD.jsonl", 0.94, 0.97, 0, 0.05, 0.05),
        (CORPUS / "real" / "wE.jsonl", 0.96, 1.0, 0, 0.0, 0.0),
        # its sixth: three more writers, scored once after that session's next two rule fixes
        (CORPUS / "written" / "aC.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "aD.jsonl", 0.93, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "aE.jsonl", 0.96, 1.0, 0, 0.05, 0.05),
        # its seventh: three more writers, scored once after that session's next three rule fixes
        (CORPUS / "written" / "bC.jsonl", 0.97, 1.0, 0, 0.03, 0.02),
        (CORPUS / "real" / "bD.jsonl", 0.95, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "bE.jsonl", 0.97, 1.0, 0, 0.02, 0.03),
        # its eighth: three more writers (the written one disguising about 100 of its posts), scored
        # once after that session's next three rule fixes
        (CORPUS / "written" / "fE.jsonl", 0.92, 1.0, 0, 0.08, 0.09),
        (CORPUS / "real" / "qE.jsonl", 0.98, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "rE-second.jsonl", 0.98, 1.0, 0, 0.0, 0.0),
        # its ninth: three more writers (the written one with 90 clean posts, 85 of them near-misses),
        # scored once after that session's next four rule fixes
        (CORPUS / "written" / "kF.jsonl", 0.95, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "lF.jsonl", 0.91, 0.97, 0, 0.02, 0.03),
        (CORPUS / "real" / "nF.jsonl", 0.94, 1.0, 0, 0.02, 0.03),
        # its tenth: three more writers (the written one keeping most posts under 12 words), scored
        # once after that session's next three rule fixes
        (CORPUS / "written" / "sF.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "uF.jsonl", 0.94, 0.97, 0, 0.0, 0.0),
        (CORPUS / "real" / "xF.jsonl", 0.99, 1.0, 0, 0.0, 0.0),
        # its eleventh: three more writers (the written one in staff group chats and replies), scored
        # once after that session's first nineteen rule fixes (two more followed)
        (CORPUS / "written" / "yF.jsonl", 0.98, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "zF.jsonl", 0.95, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "iF.jsonl", 0.97, 0.97, 0, 0.0, 0.0),
        # its twelfth: three more writers (the written one mixing other languages into English), scored
        # once after the thirtieth session's first rule change (2026-12-05)
        (CORPUS / "written" / "aF.jsonl", 0.93, 0.98, 1, 0.07, 0.08),
        (CORPUS / "real" / "bF.jsonl", 0.96, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "fF.jsonl", 0.96, 1.0, 0, 0.05, 0.05),
        # its thirteenth: three more writers, long posts of 40 to 150 words, scored once after the
        # thirtieth session's first three rule changes
        (CORPUS / "written" / "dF.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "eF.jsonl", 0.94, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "mE.jsonl", 0.93, 0.97, 1, 0.03, 0.03),
        # its fourteenth: three more writers (the written one where people really post: community groups,
        # LinkedIn, Instagram), written at the thirtieth session's start and scored once at its end
        (CORPUS / "written" / "mF.jsonl", 0.93, 0.98, 1, 0.03, 0.03),
        (CORPUS / "real" / "qF.jsonl", 0.93, 1.0, 0, 0.05, 0.03),
        (CORPUS / "real" / "rF-second.jsonl", 0.92, 1.0, 0, 0.05, 0.03),
        # its fifteenth and sixteenth: four more writers at the thirty-first session's start (one-liners,
        # disguise and near-misses, and the two real-style halves), scored two at a time after its first
        # rule change and after its next two
        (CORPUS / "written" / "nG.jsonl", 0.92, 0.96, 1, 0.09, 0.1),
        (CORPUS / "real" / "sG.jsonl", 0.92, 1.0, 0, 0.02, 0.03),
        (CORPUS / "written" / "oG.jsonl", 0.94, 1.0, 0, 0.08, 0.09),
        (CORPUS / "real" / "tG.jsonl", 0.96, 1.0, 0, 0.0, 0.0),
        # its seventeenth: three more writers in that session, scored once to judge a twenty-first model
        # (not shipped), after its next rule change
        (CORPUS / "written" / "uG.jsonl", 0.95, 0.98, 0, 0.04, 0.05),
        (CORPUS / "real" / "xG.jsonl", 0.94, 0.97, 0, 0.02, 0.03),
        (CORPUS / "real" / "yG.jsonl", 0.96, 1.0, 0, 0.02, 0.03),
        # its eighteenth: three more writers in that session, kept unread while a twenty-second model was
        # judged, scored once at its end
        (CORPUS / "written" / "wF.jsonl", 0.96, 0.98, 0, 0.04, 0.05),
        (CORPUS / "real" / "tH.jsonl", 0.93, 0.97, 0, 0.07, 0.07),
        (CORPUS / "real" / "vH.jsonl", 0.97, 1.0, 0, 0.0, 0.0),
        # held out from the twenty-fifth model (its decision sets, its two honest figures, a read set on the
        # hardest categories), trained on since the twenty-sixth: guards
        # the twenty-third model's first: three writers at the start of the thirty-second session, scored
        # once to judge it against the nineteenth (the same verdicts)
        (CORPUS / "written" / "cH.jsonl", 0.95, 0.97, 2, 0.03, 0.03),
        (CORPUS / "real" / "dH.jsonl", 0.95, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "eH.jsonl", 0.94, 1.0, 0, 0.07, 0.07),
        # the twenty-fourth model's first: three more writers later in that session, scored once after its
        # last model change and six rule commits
        (CORPUS / "written" / "nH.jsonl", 0.95, 1.0, 0, 0.05, 0.06),
        (CORPUS / "real" / "oH.jsonl", 0.91, 1.0, 0, 0.09, 0.09),
        (CORPUS / "real" / "pH.jsonl", 0.91, 1.0, 0, 0.07, 0.05),
        # the twenty-fifth model's first: three writers at the start of the thirty-third session, kept unread
        # while it was chosen and scored once after three rule commits
        (CORPUS / "written" / "qH.jsonl", 0.93, 0.97, 2, 0.05, 0.06),
        (CORPUS / "real" / "rH-second.jsonl", 0.91, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "sH.jsonl", 0.93, 1.0, 0, 0.05, 0.05),
        # its second: three more writers later in that session, scored once after all its rule commits but one
        (CORPUS / "written" / "wH.jsonl", 0.96, 0.98, 1, 0.04, 0.05),
        (CORPUS / "real" / "xH.jsonl", 0.97, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "yH.jsonl", 0.9, 0.97, 1, 0.06, 0.05),
        # a read set on the hardest categories, written in that session for rule fixes
        (CORPUS / "written" / "uH.jsonl", 0.91, 0.98, 0, 0.07, 0.1),
        # two heavily disguised sets written in that session for the next model's training
        (CORPUS / "written" / "zH.jsonl", 0.97, 0.98, 1, 0.04, 0.05),
        (CORPUS / "written" / "aI.jsonl", 0.94, 0.96, 1, 0.06, 0.05),
        # held out from the twenty-sixth model: its decision sets, six writers at the start of the
        # thirty-fourth session (it was chosen over the twenty-fifth on them by a rule written before it
        # was trained)
        (HELD_OUT / "bI.jsonl", 0.96, 0.98, 0, 0.03, 0.03),
        (HELD_OUT / "cI.jsonl", 0.9, 0.95, 0, 0.07, 0.07),
        (HELD_OUT / "dI.jsonl", 0.93, 0.97, 0, 0.0, 0.0),
        (HELD_OUT / "eI.jsonl", 0.94, 0.98, 1, 0.07, 0.07),
        (HELD_OUT / "fI.jsonl", 0.93, 0.97, 0, 0.09, 0.1),
        (HELD_OUT / "gI.jsonl", 0.88, 0.97, 0, 0.07, 0.07),
        # its first honest figure: three writers while it was chosen, kept unread until it shipped and
        # scored once after four rule commits of the thirty-fourth session
        (HELD_OUT / "iI.jsonl", 0.9, 0.97, 1, 0.07, 0.06),
        (HELD_OUT / "jI.jsonl", 0.94, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "kI.jsonl", 0.97, 0.97, 1, 0.0, 0.0),
        # its second: three more writers while the first was scored, kept unread and scored once after eleven
        # rule commits of that session
        (HELD_OUT / "lI.jsonl", 0.94, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "mI.jsonl", 0.89, 1.0, 0, 0.11, 0.11),
        (HELD_OUT / "nI.jsonl", 0.94, 1.0, 0, 0.05, 0.05),
        # its third: six writers later in that session, the decision sets of a twenty-seventh model that
        # did not ship, scored once on it in judging that model
        (HELD_OUT / "oI.jsonl", 0.95, 0.94, 1, 0.02, 0.02),
        (HELD_OUT / "pI.jsonl", 0.93, 0.97, 0, 0.03, 0.03),
        (HELD_OUT / "qI.jsonl", 0.87, 0.97, 0, 0.07, 0.07),
        (HELD_OUT / "sI.jsonl", 0.93, 0.94, 1, 0.09, 0.11),
        (HELD_OUT / "tI.jsonl", 0.93, 0.97, 1, 0.05, 0.05),
        (HELD_OUT / "uI.jsonl", 0.91, 0.95, 0, 0.0, 0.0),
        # its fourth: three more writers while that model was judged, kept unread and scored once after
        # eighteen rule commits of the session
        (HELD_OUT / "vI.jsonl", 0.91, 1.0, 0, 0.11, 0.11),
        (HELD_OUT / "wI.jsonl", 0.92, 0.97, 0, 0.09, 0.1),
        (HELD_OUT / "xI.jsonl", 0.92, 0.95, 2, 0.0, 0.0),
        # its fifth: six writers in the thirty-fifth session, the decision sets of a twenty-eighth model that
        # did not ship, scored once on it in judging that model after six rule commits of the session
        (HELD_OUT / "yI.jsonl", 0.95, 0.98, 0, 0.04, 0.03),
        (HELD_OUT / "zI.jsonl", 0.97, 0.97, 1, 0.02, 0.02),
        (HELD_OUT / "aJ.jsonl", 0.9, 0.95, 1, 0.05, 0.05),
        (HELD_OUT / "bJ.jsonl", 0.89, 0.95, 0, 0.07, 0.08),
        (HELD_OUT / "cJ.jsonl", 0.95, 0.97, 1, 0.03, 0.03),
        (HELD_OUT / "dJ.jsonl", 0.93, 1.0, 0, 0.0, 0.0),
        # its sixth, seventh and eighth: three writers each in that session, kept unread and scored once after
        # eighteen, twenty-one and twenty-six of its rule commits
        (HELD_OUT / "eJ.jsonl", 0.96, 0.98, 0, 0.06, 0.07),
        (HELD_OUT / "fJ.jsonl", 0.92, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "gJ.jsonl", 0.93, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "iJ.jsonl", 0.87, 0.87, 6, 0.13, 0.15),
        (HELD_OUT / "jJ.jsonl", 0.9, 0.93, 1, 0.09, 0.09),
        (HELD_OUT / "kJ.jsonl", 0.93, 0.95, 2, 0.0, 0.0),
        (HELD_OUT / "lJ.jsonl", 0.98, 0.98, 0, 0.0, 0.0),
        (HELD_OUT / "mJ.jsonl", 0.89, 0.97, 0, 0.07, 0.07),
        (HELD_OUT / "nJ.jsonl", 0.91, 0.95, 1, 0.1, 0.1),
        # its ninth: three more writers later in that session, scored once after twenty-seven rule commits
        (HELD_OUT / "oJ.jsonl", 0.95, 0.95, 1, 0.03, 0.03),
        (HELD_OUT / "pJ.jsonl", 0.93, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "qJ.jsonl", 0.95, 1.0, 0, 0.05, 0.05),
        # its tenth: three more writers later in that session, scored once after thirty-two rule commits
        (HELD_OUT / "rJ.jsonl", 0.88, 0.94, 3, 0.15, 0.14),
        (HELD_OUT / "sJ.jsonl", 0.91, 0.97, 0, 0.07, 0.05),
        (HELD_OUT / "tJ.jsonl", 0.94, 0.97, 1, 0.09, 0.1),
        # its eleventh: three more writers at that session's end, scored once after thirty-seven rule commits
        (HELD_OUT / "uJ.jsonl", 0.94, 0.97, 1, 0.04, 0.05),
        (HELD_OUT / "vJ.jsonl", 0.89, 0.97, 1, 0.09, 0.1),
        (HELD_OUT / "wJ.jsonl", 0.89, 0.95, 1, 0.05, 0.05),
        # its twelfth: three more writers at the thirty-sixth session's start, scored once before its rule commits
        (HELD_OUT / "xJ.jsonl", 0.94, 0.98, 0, 0.06, 0.07),
        (HELD_OUT / "yJ.jsonl", 0.89, 0.93, 2, 0.07, 0.08),
        (HELD_OUT / "zJ.jsonl", 0.93, 0.95, 1, 0.03, 0.03),
        # held out from the twenty-ninth model: its decision sets, three writers while it trained
        (HELD_OUT / "aK.jsonl", 0.94, 0.95, 3, 0.04, 0.05),
        (HELD_OUT / "bK.jsonl", 0.88, 0.9, 2, 0.05, 0.05),
        (HELD_OUT / "cK.jsonl", 0.92, 1.0, 0, 0.07, 0.07),
        # its first honest figure: three more writers, kept unread, scored once on it when it shipped
        (HELD_OUT / "dK.jsonl", 0.95, 1.0, 0, 0.06, 0.05),
        (HELD_OUT / "eK.jsonl", 0.91, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "fK.jsonl", 0.93, 1.0, 0, 0.05, 0.05),
        # its second: three more writers while it was chosen, kept unread, scored once after eight rule commits
        (HELD_OUT / "gK.jsonl", 0.92, 0.98, 1, 0.07, 0.08),
        (HELD_OUT / "iK.jsonl", 0.93, 0.95, 0, 0.03, 0.03),
        (HELD_OUT / "jK.jsonl", 0.93, 0.97, 1, 0.09, 0.1),
        # its third: three more writers, kept unread, scored once after eight more rule commits
        (HELD_OUT / "kK.jsonl", 0.95, 1.0, 0, 0.06, 0.07),
        (HELD_OUT / "lK.jsonl", 0.86, 0.93, 0, 0.07, 0.07),
        (HELD_OUT / "mK.jsonl", 0.93, 1.0, 0, 0.05, 0.05),
        # its fourth: three more writers, kept unread, scored once after six more rule commits
        (HELD_OUT / "nK.jsonl", 0.92, 0.97, 0, 0.06, 0.05),
        (HELD_OUT / "oK.jsonl", 0.89, 0.95, 0, 0.03, 0.03),
        (HELD_OUT / "pK.jsonl", 0.93, 0.97, 1, 0.05, 0.03),
        # its fifth: three more writers, kept unread, scored once after two more rule commits
        (HELD_OUT / "qK.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "rK.jsonl", 0.92, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "sK.jsonl", 0.92, 0.95, 1, 0.03, 0.03),
        # its sixth: three more writers at the session's end, kept unread, scored once after three more rule commits
        (HELD_OUT / "tK.jsonl", 0.91, 0.95, 1, 0.09, 0.11),
        (HELD_OUT / "uK.jsonl", 0.91, 0.95, 0, 0.05, 0.05),
        (HELD_OUT / "vK.jsonl", 0.92, 0.97, 1, 0.03, 0.03),
        # its seventh (the thirty-seventh session's first): three more writers, kept unread, scored once before any rule commit
        (HELD_OUT / "wK.jsonl", 0.97, 0.97, 0, 0.02, 0.02),
        (HELD_OUT / "xK.jsonl", 0.96, 0.97, 1, 0.03, 0.03),
        (HELD_OUT / "yK.jsonl", 0.93, 0.97, 1, 0.03, 0.03),
        # its eighth: three more writers, kept unread, scored once after six more rule commits
        (HELD_OUT / "zK.jsonl", 0.94, 0.98, 0, 0.07, 0.07),
        (HELD_OUT / "aL.jsonl", 0.87, 0.95, 1, 0.09, 0.05),
        (HELD_OUT / "bL.jsonl", 0.88, 1.0, 0, 0.09, 0.09),
        # its ninth: three more writers, kept unread, scored once after three more rule commits
        (HELD_OUT / "cL.jsonl", 0.94, 0.98, 1, 0.04, 0.05),
        (HELD_OUT / "dL.jsonl", 0.91, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "eL.jsonl", 0.9, 0.97, 0, 0.07, 0.07),
        # its tenth: three more writers, kept unread, scored once after twelve rule commits in all
        (HELD_OUT / "fL.jsonl", 0.98, 1.0, 0, 0.04, 0.05),
        (HELD_OUT / "gL.jsonl", 0.89, 0.9, 3, 0.03, 0.03),
        (HELD_OUT / "iL.jsonl", 0.93, 0.95, 1, 0.0, 0.0),
        # its eleventh: three more writers, kept unread, scored once after sixteen rule commits in all
        (HELD_OUT / "jL.jsonl", 0.97, 0.97, 2, 0.02, 0.02),
        (HELD_OUT / "kL.jsonl", 0.92, 1.0, 0, 0.05, 0.03),
        (HELD_OUT / "lL.jsonl", 0.95, 0.97, 1, 0.0, 0.0),
        # its twelfth: three more writers, kept unread, scored once after eighteen rule commits in all
        (HELD_OUT / "mL.jsonl", 0.97, 1.0, 0, 0.03, 0.04),
        (HELD_OUT / "nL.jsonl", 0.89, 0.9, 1, 0.0, 0.0),
        (HELD_OUT / "oL.jsonl", 0.9, 1.0, 0, 0.0, 0.0),
        # its thirteenth: three more writers, kept unread, scored once after twenty-one rule commits in all
        (HELD_OUT / "pL.jsonl", 0.96, 1.0, 0, 0.06, 0.05),
        (HELD_OUT / "qL.jsonl", 0.93, 1.0, 0, 0.09, 0.1),
        (HELD_OUT / "sL.jsonl", 0.97, 1.0, 0, 0.03, 0.03),
        # its fourteenth: three more writers, kept unread, scored once after twenty-four rule commits in all
        (HELD_OUT / "tL.jsonl", 0.94, 0.97, 1, 0.06, 0.07),
        (HELD_OUT / "uL.jsonl", 0.93, 0.97, 0, 0.03, 0.03),
        (HELD_OUT / "vL.jsonl", 0.92, 1.0, 0, 0.05, 0.06),
        # its fifteenth: three more writers, kept unread, scored once after twenty-eight rule commits in all
        (HELD_OUT / "wL.jsonl", 0.94, 0.97, 0, 0.04, 0.05),
        (HELD_OUT / "xL.jsonl", 0.95, 0.95, 0, 0.0, 0.0),
        (HELD_OUT / "yL.jsonl", 0.93, 0.97, 0, 0.03, 0.03),
        # its sixteenth: three more writers, kept unread, scored once after twenty-nine rule commits in all
        (HELD_OUT / "zL.jsonl", 0.94, 0.98, 1, 0.09, 0.11),
        (HELD_OUT / "aM.jsonl", 0.97, 0.95, 1, 0.0, 0.0),
        (HELD_OUT / "bM.jsonl", 0.9, 0.95, 1, 0.0, 0.0),
        # its seventeenth: three more writers, kept unread, scored once before any rule commit
        (HELD_OUT / "cM.jsonl", 0.88, 0.97, 1, 0.12, 0.15),
        (HELD_OUT / "dM.jsonl", 0.92, 0.97, 0, 0.0, 0.0),
        (HELD_OUT / "eM.jsonl", 0.92, 0.95, 2, 0.07, 0.08),
        # its eighteenth: three more writers, kept unread, scored once after three rule commits in all
        (HELD_OUT / "fM.jsonl", 0.93, 0.94, 3, 0.04, 0.05),
        (HELD_OUT / "gM.jsonl", 0.92, 1.0, 0, 0.07, 0.07),
        (HELD_OUT / "iM.jsonl", 0.92, 0.97, 0, 0.07, 0.08),
        # its nineteenth: three more writers, kept unread, scored once after six rule commits in all
        (HELD_OUT / "jM.jsonl", 0.95, 0.97, 2, 0.04, 0.05),
        (HELD_OUT / "kM.jsonl", 0.9, 0.97, 0, 0.11, 0.11),
        (HELD_OUT / "lM.jsonl", 0.93, 0.95, 0, 0.07, 0.07),
        # its twentieth: three more writers, kept unread, scored once after eight rule commits in all
        (HELD_OUT / "mM.jsonl", 0.91, 0.95, 1, 0.08, 0.09),
        (HELD_OUT / "nM.jsonl", 0.91, 0.95, 0, 0.0, 0.0),
        (HELD_OUT / "oM.jsonl", 0.9, 1.0, 0, 0.07, 0.08),
        # its twenty-first: three more writers, kept unread, scored once after twelve rule commits in all
        (HELD_OUT / "pM.jsonl", 0.95, 0.98, 0, 0.03, 0.02),
        (HELD_OUT / "qM.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        (HELD_OUT / "sM.jsonl", 0.88, 0.95, 1, 0.03, 0.03),
        # its twenty-second: three more writers, kept unread, scored once after fifteen rule commits in all
        (HELD_OUT / "tM.jsonl", 0.93, 0.97, 0, 0.04, 0.04),
        (HELD_OUT / "uM.jsonl", 0.9, 0.95, 1, 0.09, 0.09),
        (HELD_OUT / "vM.jsonl", 0.96, 1.0, 0, 0.0, 0.0),
        # its twenty-third: three more writers, kept unread, scored once after eighteen rule commits in all
        (HELD_OUT / "wM.jsonl", 0.93, 0.98, 0, 0.08, 0.09),
        (HELD_OUT / "xM.jsonl", 0.91, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "yM.jsonl", 0.94, 1.0, 0, 0.07, 0.08),
        # its twenty-fourth: three more writers, kept unread, scored once after twenty rule commits in all
        (HELD_OUT / "zM.jsonl", 0.94, 0.98, 0, 0.06, 0.05),
        (HELD_OUT / "aN.jsonl", 0.92, 0.95, 1, 0.0, 0.0),
        (HELD_OUT / "bN.jsonl", 0.9, 0.95, 1, 0.12, 0.1),
        # its twenty-fifth: three more writers, kept unread, scored once after twenty-two rule commits in all
        (HELD_OUT / "cN.jsonl", 0.91, 0.98, 1, 0.1, 0.1),
        (HELD_OUT / "dN.jsonl", 0.91, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "eN.jsonl", 0.89, 0.97, 1, 0.11, 0.12),
        # its twenty-sixth: three more writers, kept unread, scored once after twenty-four rule commits in all
        (HELD_OUT / "fN.jsonl", 0.94, 0.97, 0, 0.0, 0.0),
        (HELD_OUT / "gN.jsonl", 0.87, 0.88, 2, 0.07, 0.05),
        (HELD_OUT / "iN.jsonl", 0.87, 0.95, 0, 0.08, 0.08),
        # its twenty-seventh: three more writers, kept unread, scored once after twenty-six rule commits in all
        (HELD_OUT / "jN.jsonl", 0.92, 0.95, 0, 0.06, 0.06),
        (HELD_OUT / "kN.jsonl", 0.89, 0.88, 2, 0.02, 0.03),
        (HELD_OUT / "lN.jsonl", 0.93, 1.0, 0, 0.03, 0.03),
        # its twenty-eighth: three more writers, kept unread, scored once after twenty-six rule commits in all
        (HELD_OUT / "mN.jsonl", 0.94, 0.97, 1, 0.02, 0.0),
        (HELD_OUT / "nN.jsonl", 0.93, 1.0, 0, 0.05, 0.05),
        (HELD_OUT / "oN.jsonl", 0.91, 1.0, 0, 0.03, 0.03),
        # its twenty-ninth: three more writers, kept unread, scored once after twenty-seven rule commits in all
        (HELD_OUT / "pN.jsonl", 0.95, 0.98, 0, 0.07, 0.06),
        (HELD_OUT / "qN.jsonl", 0.99, 1.0, 0, 0.03, 0.0),
        (HELD_OUT / "sN.jsonl", 0.95, 0.97, 1, 0.03, 0.03),
        # its thirtieth: three more writers, kept unread, scored once after one rule commit in all
        (HELD_OUT / "tN.jsonl", 0.91, 0.97, 1, 0.11, 0.12),
        (HELD_OUT / "uN.jsonl", 0.91, 0.97, 0, 0.05, 0.05),
        (HELD_OUT / "vN.jsonl", 0.9, 1.0, 0, 0.05, 0.05),
        # its thirty-first: three more writers, kept unread, scored once after one rule commit in all
        (HELD_OUT / "wN.jsonl", 0.97, 0.98, 1, 0.04, 0.05),
        (HELD_OUT / "xN.jsonl", 0.89, 0.97, 0, 0.07, 0.07),
        (HELD_OUT / "yN.jsonl", 0.91, 0.97, 0, 0.1, 0.1),
        # its thirty-second: three more writers, kept unread, scored once after eight rule commits in all
        (HELD_OUT / "zN.jsonl", 0.91, 0.92, 3, 0.09, 0.1),
        (HELD_OUT / "aO.jsonl", 0.91, 0.95, 0, 0.03, 0.03),
        (HELD_OUT / "bO.jsonl", 0.89, 0.95, 1, 0.07, 0.07),
        # its thirty-third: three more writers, kept unread, scored once after eight rule commits in all
        (HELD_OUT / "cO.jsonl", 0.9, 0.92, 2, 0.1, 0.08),
        (HELD_OUT / "dO.jsonl", 0.87, 0.95, 1, 0.05, 0.05),
        (HELD_OUT / "eO.jsonl", 0.9, 0.97, 0, 0.15, 0.16),
        # its thirty-fourth: three more writers, kept unread, scored once after sixteen rule commits in all
        (HELD_OUT / "fO.jsonl", 0.94, 0.94, 4, 0.02, 0.02),
        (HELD_OUT / "gO.jsonl", 0.89, 0.97, 0, 0.05, 0.03),
        (HELD_OUT / "qP.jsonl", 0.88, 0.95, 2, 0.14, 0.1),
        # its thirty-fifth: three more writers, kept unread, scored once after sixteen rule commits in all
        (HELD_OUT / "sP.jsonl", 0.92, 0.98, 0, 0.12, 0.12),
        (HELD_OUT / "kO.jsonl", 0.87, 0.93, 2, 0.07, 0.08),
        (HELD_OUT / "lO.jsonl", 0.92, 0.97, 1, 0.03, 0.03),
        # its thirty-sixth: three more writers, kept unread, scored once after eighteen rule commits in all
        (HELD_OUT / "mO.jsonl", 0.92, 0.97, 1, 0.09, 0.1),
        (HELD_OUT / "nO.jsonl", 0.86, 0.93, 2, 0.07, 0.08),
        (HELD_OUT / "oO.jsonl", 0.87, 0.97, 0, 0.11, 0.12),
        # its thirty-seventh: three more writers, kept unread, scored once after eighteen rule commits in all
        (HELD_OUT / "pO.jsonl", 0.92, 0.92, 2, 0.11, 0.11),
        (HELD_OUT / "qO.jsonl", 0.9, 0.97, 0, 0.05, 0.05),
        (HELD_OUT / "sO.jsonl", 0.84, 0.86, 3, 0.05, 0.06),
        # its thirty-eighth: three more writers, kept unread, scored once after twenty-five rule commits in all
        (HELD_OUT / "tO.jsonl", 0.93, 0.97, 1, 0.08, 0.09),
        (HELD_OUT / "uO.jsonl", 0.88, 1.0, 0, 0.09, 0.09),
        (HELD_OUT / "vO.jsonl", 0.92, 0.97, 1, 0.05, 0.05),
        # its thirty-ninth: three more writers, kept unread, scored once after twenty-five rule commits in all
        (HELD_OUT / "wO.jsonl", 0.91, 0.98, 0, 0.09, 0.09),
        (HELD_OUT / "xO.jsonl", 0.84, 0.92, 1, 0.09, 0.09),
        (HELD_OUT / "yO.jsonl", 0.84, 0.86, 4, 0.02, 0.03),
        # its fortieth: three more writers, kept unread, scored once after twenty-eight rule commits in all
        (HELD_OUT / "zO.jsonl", 0.94, 1.0, 0, 0.06, 0.06),
        (HELD_OUT / "aP.jsonl", 0.93, 1.0, 0, 0.0, 0.0),
        (HELD_OUT / "bP.jsonl", 0.9, 0.9, 3, 0.0, 0.0),
        # its forty-first: three more writers, kept unread, scored once after twenty-eight rule commits in all
        (HELD_OUT / "cP.jsonl", 0.94, 0.98, 1, 0.09, 0.1),
        (HELD_OUT / "dP.jsonl", 0.92, 0.95, 0, 0.05, 0.05),
        (HELD_OUT / "eP.jsonl", 0.88, 0.86, 3, 0.0, 0.0),
        # its forty-second: three more writers, kept unread, scored once after thirty-one rule commits in all
        (HELD_OUT / "fP.jsonl", 0.94, 1.0, 0, 0.06, 0.05),
        (HELD_OUT / "gP.jsonl", 0.94, 0.97, 1, 0.02, 0.03),
        (HELD_OUT / "iP.jsonl", 0.92, 0.95, 1, 0.03, 0.03),
        # its forty-third: three more writers, kept unread, scored once after thirty-one rule commits in all
        (HELD_OUT / "jP.jsonl", 0.93, 0.97, 1, 0.06, 0.05),
        (HELD_OUT / "kP.jsonl", 0.89, 0.97, 1, 0.07, 0.07),
        (HELD_OUT / "lP.jsonl", 0.93, 1.0, 0, 0.07, 0.07),
        # its forty-fourth: three more writers, kept unread, scored once after thirty-three rule commits in all
        (HELD_OUT / "mP.jsonl", 0.89, 0.91, 5, 0.07, 0.07),
        (HELD_OUT / "nP.jsonl", 0.9, 1.0, 0, 0.09, 0.1),
        (HELD_OUT / "oP.jsonl", 0.9, 0.97, 0, 0.05, 0.05),
        # held out from the seventeenth model (its decision sets and its sixteen honest figures, each scored
        # once), trained on since the nineteenth: guards
        (CORPUS / "written" / "aA.jsonl", 0.92, 1.0, 0, 0.1, 0.13),
        (CORPUS / "real" / "aB.jsonl", 0.88, 1.0, 0, 0.1, 0.1),
        (CORPUS / "written" / "cA.jsonl", 0.94, 1.0, 0, 0.07, 0.1),
        (CORPUS / "real" / "cB.jsonl", 0.9, 0.95, 1, 0.08, 0.12),
        (CORPUS / "written" / "bA.jsonl", 0.93, 1.0, 0, 0.11, 0.11),
        (CORPUS / "real" / "bB.jsonl", 0.89, 1.0, 0, 0.08, 0.19),
        (CORPUS / "written" / "cC.jsonl", 0.92, 1.0, 0, 0.07, 0.08),
        (CORPUS / "real" / "cD.jsonl", 0.86, 0.94, 1, 0.06, 0.06),
        (CORPUS / "written" / "qA.jsonl", 0.94, 1.0, 0, 0.05, 0.07),
        (CORPUS / "real" / "qB.jsonl", 0.92, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "qD.jsonl", 0.89, 1.0, 0, 0.05, 0.05),
        (CORPUS / "written" / "kC.jsonl", 0.92, 1.0, 0, 0.07, 0.03),
        (CORPUS / "real" / "kD.jsonl", 0.92, 1.0, 0, 0.02, 0.03),
        (CORPUS / "real" / "kE.jsonl", 0.89, 0.97, 0, 0.04, 0.03),
        (CORPUS / "written" / "yC.jsonl", 0.96, 1.0, 0, 0.06, 0.07),
        (CORPUS / "real" / "yD.jsonl", 0.95, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "yE.jsonl", 0.91, 1.0, 0, 0.07, 0.07),
        (CORPUS / "written" / "gC.jsonl", 0.94, 0.98, 0, 0.06, 0.07),
        (CORPUS / "real" / "gD.jsonl", 0.94, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "gE.jsonl", 0.93, 1.0, 0, 0.04, 0.05),
        (CORPUS / "written" / "gF.jsonl", 0.98, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "gG.jsonl", 0.89, 1.0, 0, 0.1, 0.1),
        (CORPUS / "real" / "gH.jsonl", 0.94, 0.97, 0, 0.05, 0.03),
        (CORPUS / "written" / "jC.jsonl", 0.95, 1.0, 0, 0.09, 0.08),
        (CORPUS / "real" / "jD.jsonl", 0.95, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "jE.jsonl", 0.9, 1.0, 0, 0.12, 0.14),
        (CORPUS / "real" / "jF.jsonl", 0.94, 1.0, 0, 0.09, 0.1),
        (CORPUS / "real" / "jG.jsonl", 0.91, 0.95, 1, 0.07, 0.07),
        (CORPUS / "written" / "jH.jsonl", 0.96, 1.0, 0, 0.08, 0.09),
        (CORPUS / "written" / "lC.jsonl", 0.95, 0.96, 1, 0.03, 0.02),
        (CORPUS / "real" / "lD.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "lE.jsonl", 0.96, 1.0, 0, 0.03, 0.03),
        (CORPUS / "written" / "nC.jsonl", 0.93, 1.0, 0, 0.08, 0.09),
        (CORPUS / "real" / "nD.jsonl", 0.96, 1.0, 0, 0.0, 0.0),
        (CORPUS / "real" / "nE.jsonl", 0.97, 1.0, 0, 0.02, 0.03),
        (CORPUS / "written" / "pE.jsonl", 0.95, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "pF.jsonl", 0.92, 1.0, 0, 0.07, 0.07),
        (CORPUS / "real" / "pG.jsonl", 0.92, 1.0, 0, 0.09, 0.1),
        (CORPUS / "written" / "sC.jsonl", 0.97, 1.0, 0, 0.03, 0.02),
        (CORPUS / "real" / "sD.jsonl", 0.88, 1.0, 0, 0.15, 0.15),
        (CORPUS / "real" / "sE.jsonl", 0.9, 1.0, 0, 0.11, 0.11),
        (CORPUS / "written" / "tD.jsonl", 0.95, 1.0, 0, 0.04, 0.03),
        (CORPUS / "real" / "tE.jsonl", 0.93, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "tF.jsonl", 0.92, 1.0, 0, 0.03, 0.03),
        (CORPUS / "written" / "uC.jsonl", 0.94, 1.0, 0, 0.07, 0.08),
        (CORPUS / "real" / "uD.jsonl", 0.86, 0.97, 1, 0.12, 0.14),
        (CORPUS / "real" / "uE.jsonl", 0.93, 1.0, 0, 0.03, 0.03),
        (CORPUS / "written" / "vC.jsonl", 0.95, 1.0, 0, 0.08, 0.09),
        (CORPUS / "real" / "vF.jsonl", 0.95, 1.0, 0, 0.03, 0.03),
        (CORPUS / "real" / "vG.jsonl", 0.87, 1.0, 0, 0.11, 0.11),
        (CORPUS / "written" / "xC.jsonl", 0.97, 1.0, 0, 0.06, 0.06),
        (CORPUS / "real" / "xD.jsonl", 0.91, 1.0, 0, 0.09, 0.09),
        (CORPUS / "real" / "xE.jsonl", 0.92, 1.0, 0, 0.09, 0.07),
        # held out from earlier models, trained on since the seventeenth: guards
        (CORPUS / "written" / "hW.jsonl", 0.97, 0.98, 1, 0.0, 0.0),
        (CORPUS / "real" / "hR.jsonl", 0.96, 1.0, 0, 0.03, 0.03),
        (CORPUS / "written" / "hH.jsonl", 0.96, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "hG.jsonl", 0.94, 0.98, 0, 0.03, 0.03),
        (CORPUS / "real" / "hF.jsonl", 0.93, 1.0, 0, 0.06, 0.07),
        (CORPUS / "written" / "hE.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "hD.jsonl", 0.83, 0.97, 0, 0.13, 0.13),
        (CORPUS / "real" / "hC.jsonl", 0.98, 1.0, 0, 0.02, 0.02),
        (CORPUS / "written" / "hB.jsonl", 0.97, 1.0, 0, 0.05, 0.05),
        (CORPUS / "real" / "hA.jsonl", 0.95, 1.0, 0, 0.04, 0.05),
        (CORPUS / "real" / "hO.jsonl", 0.95, 1.0, 0, 0.04, 0.05),
        (CORPUS / "written" / "iB.jsonl", 0.97, 0.97, 1, 0.0, 0.0),
        (CORPUS / "real" / "iA.jsonl", 0.95, 1.0, 0, 0.06, 0.08),
        (CORPUS / "real" / "iO.jsonl", 0.94, 1.0, 0, 0.04, 0.04),
        (CORPUS / "written" / "vE.jsonl", 0.95, 1.0, 0, 0.02, 0.02),
        (CORPUS / "written" / "uA.jsonl", 0.97, 1.0, 0, 0.02, 0.02),
        (CORPUS / "real" / "uB.jsonl", 0.92, 1.0, 0, 0.08, 0.04),
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
    (HELD_OUT / "fH.jsonl", 0.11),  # staff accounts' own off-duty posts
    (HELD_OUT / "mH.jsonl", 0.13),  # posts by people outside the job
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

