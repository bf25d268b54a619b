"""wirelint's rules: one module per rule, named after its code (``wl301_space_before_punctuation``).

Each module defines one Rule with the ``@rule`` decorator; its docstring says why the pattern is an
artifact of machine translation or scraping. Data the rules need lives in ``data/`` beside them.
"""
