"""Command line: python -m pipeline extract|evaluate."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Optional

import typer

from pipeline.ingest import DEFAULT_MAX_BYTES

app = typer.Typer(add_completion=False, help="News-article extraction: companies, amounts, locations, officials, deals.")


def _interrupt(signum, frame):
    raise KeyboardInterrupt


@app.command()
def extract(
    articles: Path = typer.Argument(..., help="A folder of articles (searched recursively) or one file: "
                                    ".txt, .md, .html/.htm, .json, .jsonl."),
    out: Path = typer.Option(..., "--out", help="Folder for entities, deals and errors.csv."),
    fmt: str = typer.Option("csv", "--format", help="Output format for entities and deals: csv, parquet or jsonl."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same --out."),
    save_text: bool = typer.Option(False, "--save-text", help="Also write the text read, OUT/text/<id>.txt "
                                   "(the text that start/end refer to)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Larger files (JSONL: lines) "
                                  "are errors."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary line."),
) -> None:
    """Extract entity and deal rows from every article.

    Exit status: 0 every file read, 1 some files failed (listed in
    errors.csv; every other article's rows are written), 2 nothing could run.
    """
    from pipeline.nlp import ModelMissing
    from pipeline.run import FORMATS, extract_folder

    if fmt not in FORMATS:
        typer.echo(f"error: --format must be one of {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    if not articles.exists() and not articles.is_symlink():
        typer.echo(f"error: {articles}: no such file or folder", err=True)
        raise typer.Exit(2)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill`: stop as cleanly as Ctrl-C does
    try:
        summary = extract_folder(articles, out, fmt=fmt, resume=resume, save_text=save_text, max_bytes=max_bytes,
                                 quiet=quiet)
    except ModelMissing as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    except KeyboardInterrupt:
        typer.echo(f"interrupted: no output file was changed; `--resume` continues from the "
                   f"finished articles in {out}/.partial", err=True)
        raise typer.Exit(130) from None
    except OSError as e:
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
