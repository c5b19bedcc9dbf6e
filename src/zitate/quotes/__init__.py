"""Quotation attribution: who said what, how, to whom (issue 3).

Stage: after the base pipeline. Modules: ``dataset`` (the Wikinews quotation benchmark as typed
records and spaCy ``Doc`` objects), ``scoring`` (the benchmark's scoring rule), ``predictors`` (the
registry of predictors the bench runs), ``lexicon`` (cue lexicon learned from train), ``rules``
(the lexicon-and-rules baseline), ``speakers`` and ``roles`` (speaker, cue, addressee and Indirect
clauses from STTS tags), ``cuespan`` (cue phrase, addressee, speaker and frame boundaries as the
benchmark annotates them; short quotations inside Indirect ones), ``colon`` (the unmarked
clause after a colon frame: „X ist überzeugt: …“), ``refine`` (tag-based roles of
what the rules found), ``ranker`` (the
learned speaker ranker), ``features``, ``perceptron`` and ``model`` (the attribution model: rules
for spans and roles, learned sentence-type and medium classifiers, the ranker's speakers),
``component`` (the ``zitate_quotes`` pipeline component), ``base`` and ``pipeline`` (base pipeline
+ component in one process) and ``training`` (``zitate train quotes``).
"""
