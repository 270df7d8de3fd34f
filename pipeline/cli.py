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
    html: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML view of the rows per article."),
) -> None:
    """Extract entity and deal rows from every article into CSV."""
    from pipeline.nlp import ModelMissing
    from pipeline.run import extract_folder

    if not articles.exists():
        typer.echo(f"error: {articles}: no such file or folder", err=True)
        raise typer.Exit(2)
    try:
        summary = extract_folder(articles, out)
    except ModelMissing as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    if html is not None:
        from pipeline.report import write_extraction_report

        write_extraction_report(html, articles, out)
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
    html: Optional[Path] = typer.Option(None, "--html", help="Write a self-contained HTML report here."),
) -> None:
    """Score extraction against gold: per-field and micro P/R/F1, deals, titles."""
    from pipeline.evaluate import evaluate as run_eval
    from pipeline.evaluate import format_table

    result = run_eval(articles, gold, split, splits_file, out, baseline=baseline)
    if errors:
        for e in result["errors"]:
            typer.echo(f"{e['kind']} {e['article_id']} {e['field']}: {e['value']}  |  {e['sentence'][:200]}")
    typer.echo(format_table(result))
    if html is not None:
        from pipeline.export import atomic_write_text
        from pipeline.report import evaluation_report

        atomic_write_text(html, evaluation_report(result, f"Evaluation: {articles}" + (f", {split} split" if split else "")))
        typer.echo(f"report -> {html}")


def main() -> None:
    app()
