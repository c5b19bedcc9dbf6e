"""Quotation attribution: who said what, to whom (issue 3).

Stage: after the base pipeline. Modules: ``dataset`` (the Wikinews quotation benchmark as typed
records and spaCy ``Doc`` objects), ``scoring`` (the benchmark's scoring rule), ``predictors``
(the registry of predictors the bench runs), ``lexicon`` (cue lexicon learned from train) and
``rules`` (the lexicon-and-rules predictor).
"""
