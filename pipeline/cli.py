"""Command line: python -m pipeline extract|evaluate."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, help="News-article extraction: companies, amounts, locations, officials, deals.")


@app.command()
def extract(
    articles: Path = typer.Argument(..., help="A folder of articles (searched recursively) or one file."),
    out: Path = typer.Option(..., "--out", help="Folder for entities.csv, deals.csv and errors.csv."),
    engine: str = typer.Option("local", "--engine", help="local (this process and its workers) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
) -> None:
    """Extract entity and deal rows from every article into CSV."""
    from pipeline.nlp import ModelMissing
    from pipeline.run import extract_folder

    if not articles.exists() or engine not in ("local", "dask"):
        typer.echo(f"error: {articles}: no such file or folder" if engine in ("local", "dask")
                   else f"error: --engine {engine}: use local or dask", err=True)
        raise typer.Exit(2)
    try:
        if engine == "dask":
            from pipeline.distributed import extract_dask

            summary = extract_dask(articles, out, scheduler=scheduler)
        else:
            summary = extract_folder(articles, out)
    except ModelMissing as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    raise typer.Exit(summary["status"])


@app.command()
def evaluate(
    articles: Path = typer.Argument(..., help="The articles folder."),
    gold: Path = typer.Option(..., "--gold", help="Gold records: a folder of .json or a .jsonl file."),
    split: Optional[str] = typer.Option(None, "--split", help="Score only this split (dev or test)."),
    splits_file: Optional[Path] = typer.Option(None, "--splits", help="Split file (default: splits.json beside the gold)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Folder for scores.json and errors.json."),
    errors: bool = typer.Option(False, "--errors", help="Print every false positive and false negative."),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Also score plain en_core_web_sm."),
) -> None:
    """Score extraction against gold: per-field and micro P/R/F1, deals, titles."""
    from pipeline.evaluate import evaluate as run_eval
    from pipeline.evaluate import format_table

    result = run_eval(articles, gold, split, splits_file, out, baseline=baseline)
    if errors:
        for e in result["errors"]:
            typer.echo(f"{e['kind']} {e['article_id']} {e['field']}: {e['value']}  |  {e['sentence'][:200]}")
    typer.echo(format_table(result))


def main() -> None:
    app()
