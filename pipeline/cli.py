"""Command line: python -m pipeline extract|evaluate|gold import|gold export."""

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
    html: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML view of the rows per article."),
    engine: str = typer.Option("local", "--engine", help="local (this process and its workers) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
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
    if html is not None and fmt != "csv":
        typer.echo("error: --html reads the CSV output; use it with --format csv", err=True)
        raise typer.Exit(2)
    if not articles.exists() and not articles.is_symlink():
        typer.echo(f"error: {articles}: no such file or folder", err=True)
        raise typer.Exit(2)
    if engine not in ("local", "dask"):
        typer.echo(f"error: --engine {engine}: use local or dask", err=True)
        raise typer.Exit(2)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill`: stop as cleanly as Ctrl-C does
    try:
        if engine == "dask":
            from pipeline.distributed import extract_dask

            summary = extract_dask(articles, out, scheduler=scheduler)
        else:
            summary = extract_folder(articles, out, fmt=fmt, resume=resume, save_text=save_text,
                                     max_bytes=max_bytes, quiet=quiet)
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


gold_app = typer.Typer(add_completion=False, help="The labelling loop: gold from annotation tools, predictions to them.")
app.add_typer(gold_app, name="gold")


@gold_app.command("import")
def gold_import(
    file: Path = typer.Argument(..., help="An annotation tool's span export."),
    fmt: str = typer.Option(..., "--from", help="labelstudio (JSON export), doccano (JSONL) or prodigy (JSONL, db-out)."),
    out: Path = typer.Option(..., "--out", help="Folder for the gold records, one <id>.json each."),
    force: bool = typer.Option(False, "--force", help="Overwrite gold files that exist."),
) -> None:
    """Turn COMPANY/AMOUNT/LOCATION/OFFICIAL (+TITLE) spans into gold records
    (spec section 3), normalized like the pipeline; list what could not be converted."""
    import json

    from pipeline.export import atomic_write_text
    from pipeline.labeltools import IMPORT_FORMATS, import_file

    if fmt not in IMPORT_FORMATS:
        typer.echo(f"error: --from must be one of {', '.join(IMPORT_FORMATS)}", err=True)
        raise typer.Exit(2)
    if not file.is_file():
        typer.echo(f"error: {file}: no such file", err=True)
        raise typer.Exit(2)
    try:
        result = import_file(file, fmt)
    except (ValueError, KeyError, TypeError) as e:
        typer.echo(f"error: {file}: not a {fmt} export ({e})", err=True)
        raise typer.Exit(2) from e
    written = 0
    for rec in result.records:
        target = out / f"{rec['id']}.json"
        if target.exists() and not force:
            typer.echo(f"skipped {target}: exists (use --force to overwrite)", err=True)
            continue
        atomic_write_text(target, json.dumps(rec, ensure_ascii=False, indent=1) + "\n")
        written += 1
    for u in result.unconverted:
        typer.echo(f"could not convert: {u['id']}: {u['label']} {u['text']!r}: {u['reason']}")
    for n in result.notes:
        typer.echo(f"note: {n}")
    typer.echo(f"{written} gold records -> {out}; {len(result.unconverted)} could not be converted")
    raise typer.Exit(1 if result.unconverted else 0)


@gold_app.command("export")
def gold_export(
    articles: Path = typer.Argument(..., help="A folder of articles (searched recursively) or one file."),
    fmt: str = typer.Option(..., "--to", help="labelstudio (JSON tasks with predictions) or prodigy (JSONL)."),
    out: Path = typer.Option(..., "--out", help="The file to write."),
) -> None:
    """Write the pipeline's predictions as pre-annotations, to correct in the tool."""
    from pipeline.export import atomic_write_text
    from pipeline.labeltools import EXPORT_FORMATS, LABEL_STUDIO_CONFIG, dump_tasks, export_tasks
    from pipeline.nlp import ModelMissing

    if fmt not in EXPORT_FORMATS:
        typer.echo(f"error: --to must be one of {', '.join(EXPORT_FORMATS)}", err=True)
        raise typer.Exit(2)
    if not articles.exists():
        typer.echo(f"error: {articles}: no such file or folder", err=True)
        raise typer.Exit(2)
    try:
        tasks, failed = export_tasks(articles, fmt)
    except ModelMissing as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    atomic_write_text(out, dump_tasks(tasks, fmt))
    for f in failed:
        typer.echo(f"error: {f}", err=True)
    typer.echo(f"{len(tasks)} tasks -> {out}")
    if fmt == "labelstudio":
        typer.echo("Label Studio labeling config for these tasks:\n" + LABEL_STUDIO_CONFIG)
    raise typer.Exit(1 if failed else 0)


def main() -> None:
    app()
