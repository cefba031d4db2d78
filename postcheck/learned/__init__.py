"""The learned screening layer: a sentence encoder and one linear classifier per category.

It reads each sentence of a post (and the post as a whole) and gives, per policy category,
the probability that the sentence breaks it. Rules use those probabilities through the
`model:` match primitive (see `postcheck.text.matching`), so a model finding is an ordinary
finding with a rule ID, a quote, a message, a fix and the policy clauses.

    units.py       where the sentences of a post are
    features.py    word and character n-gram TF-IDF vectors (fitted at training time)
    encoder.py     all-MiniLM-L6-v2 as int8 ONNX, run by onnxruntime
    classifier.py  loads the shipped model, checks its hashes, scores posts
"""
