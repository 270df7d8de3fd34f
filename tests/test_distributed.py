"""The Dask engine writes what the local engine writes, on a 2-worker
LocalCluster on loopback; a partition that fails twice lands in errors.csv."""

from __future__ import annotations

import shutil

import pytest
from conftest import CORPUS

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("distributed")

ARTICLES = ["eam-intel-wroclaw-chip-plant", "eas-tsmc-kumamoto-second-fab", "sag-hyundai-saudi-plant",
            "eam-aws-mexico-queretaro-region", "sag-pesaflow-nairobi-round", "eas-catl-jining-sodium",
            "sag-reliance-jamnagar-battery"]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("articles")
    (root / "more").mkdir()
    for i, name in enumerate(ARTICLES):
        shutil.copy(CORPUS / "articles" / f"{name}.txt", (root / "more" if i % 2 else root) / f"{name}.txt")
    (root / "empty.txt").write_text("", encoding="utf-8")  # unreadable: an error row
    shutil.copy(CORPUS / "articles" / f"{ARTICLES[0]}.txt", root / "more" / f"{ARTICLES[0]}.txt")  # duplicate id
    return root


def _files(out):
    return {name: (out / name).read_bytes() for name in ("entities.csv", "deals.csv", "errors.csv")}


def test_dask_output_identical_to_local(nlp, cluster, folder, tmp_path):
    from pipeline.distributed import extract_dask
    from pipeline.run import extract_folder

    local = extract_folder(folder, tmp_path / "local", nlp=nlp, quiet=True)
    dask = extract_dask(folder, tmp_path / "dask", scheduler=cluster.scheduler_address, partition_size=3, quiet=True)
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    assert {k: v for k, v in dask.items() if k != "seconds"} == {k: v for k, v in local.items() if k != "seconds"}
    assert local["status"] == 1 and local["failed"] == 2  # the empty file and the duplicate
    assert not list((tmp_path / "dask").glob(".parts-*"))


def test_failed_partition_is_listed_and_the_rest_lands(cluster, folder, tmp_path):
    from pipeline.distributed import extract_dask, inject_failure, list_files

    with distributed.Client(cluster.scheduler_address) as client:
        client.run(inject_failure, ARTICLES[2])
        try:
            summary = extract_dask(folder, tmp_path, scheduler=cluster.scheduler_address, partition_size=3, quiet=True)
        finally:
            client.run(inject_failure, None)
    files, _walk_errors = list_files(folder)
    k = next(i for i, p in enumerate(files) if ARTICLES[2] in p) // 3
    failed = files[3 * k : 3 * k + 3]
    errors = (tmp_path / "errors.csv").read_text(encoding="utf-8")
    assert all(p in errors for p in failed) and "partition failed twice" in errors
    assert summary["status"] == 1 and summary["articles"] > 0
    entities = (tmp_path / "entities.csv").read_text(encoding="utf-8")
    landed = [p for p in files if p not in failed and p.endswith(".txt") and "empty" not in p]
    assert landed and all(p.rsplit("/", 1)[1][:-4] in entities for p in landed)
