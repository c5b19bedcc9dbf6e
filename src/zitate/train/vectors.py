"""Training, static vectors: raw German text of ``shared/data`` -> floret subword vectors.

floret (fastText with hashed subword buckets, made for spaCy) learns word vectors from the raw
text of the training corpora: LER court decisions, 10kGNAD news, Wikinews train+dev, GermEval
training sentences and REDEWIEDERGABE. No evaluation text (UD test sets, PUD, the GermEval
held-out slice, Wikinews test) is used. The vectors feed the NER model's embedding layer.
"""

from __future__ import annotations

import tarfile
from pathlib import Path

from . import corpora
from .prepare import germeval_split, require

DIM = 100
BUCKET = 50000


def write_raw_text(data: Path, out: Path, max_ler: int | None = None) -> Path:
    """One tokenised sentence per line (space-separated words), lower-cased by floret itself."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:

        def emit(words: list[str]) -> None:
            if words:
                fh.write(" ".join(words) + "\n")

        train, _ = germeval_split(data)
        for sent in train:
            emit(sent.words)
        for path in sorted(require(data / "ler").glob("*.conll.gz")):
            for sent in corpora.read_ler(path)[:max_ler]:
                emit(sent.words)
        for split in ("train", "dev"):
            for doc in corpora.iter_wikinews(
                require(data / f"quotes-de-wikinews/{split}.jsonl.gz")
            ):
                for sent in corpora.wikinews_sentences(doc):
                    emit(sent.words)
        for text in corpora.read_gnad(require(data / "corpora/10kgnad-test.csv.gz")):
            emit(text.split())
        rw = data / "redewiedergabe/main-tsv.tar.xz"
        if rw.exists():
            with tarfile.open(rw) as tar:
                for member in tar:
                    if member.isfile() and member.name.endswith(".tsv"):
                        lines = tar.extractfile(member).read().decode("utf-8").splitlines()[1:]
                        emit([ln.split("\t", 1)[0] for ln in lines if ln.strip()])
    return out


def train_floret(raw: Path, out_prefix: Path, epochs: int = 5, threads: int = 2) -> Path:
    """Train floret vectors (``out_prefix.floret``) in spaCy's floret mode."""
    import floret

    model = floret.train_unsupervised(
        str(raw),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=BUCKET,
        minn=3,
        maxn=5,
        minCount=3,
        dim=DIM,
        epoch=epochs,
        thread=threads,
        verbose=0,
    )
    model.save_floret_vectors(str(out_prefix) + ".floret")
    return Path(str(out_prefix) + ".floret")
