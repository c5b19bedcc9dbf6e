"""Issue 5, ``zitate serve``: options, a bad --db refused before uvicorn starts, and the app
that uvicorn would run. Issue 15: a SQLite file that does not exist is refused (a mistyped path
would serve an empty database) unless ``--create`` asks for a new one."""

from __future__ import annotations

from typer.testing import CliRunner

from zitate.cli import app


def test_serve_help_lists_the_options():
    out = CliRunner().invoke(app, ["serve", "--help"])
    assert out.exit_code == 0
    for option in ("--db", "--host", "--port"):
        assert option in out.output


def test_serve_refuses_a_bad_database_url(monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: (_ for _ in ()).throw(AssertionError))
    out = CliRunner().invoke(app, ["serve", "--db", "mysql://x@y/z"])
    assert out.exit_code == 2
    assert "unsupported database URL" in out.output


def test_serve_runs_uvicorn_with_the_app(monkeypatch, tmp_path):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    db = f"sqlite:///{tmp_path / 'z.db'}"
    out = CliRunner().invoke(app, ["serve", "--db", db, "--port", "8123", "--create"])
    assert out.exit_code == 0, out.output
    ((served, options),) = calls
    assert options == {"host": "127.0.0.1", "port": 8123}
    assert served.title == "zitate"


def test_serve_refuses_a_database_file_that_does_not_exist(monkeypatch, tmp_path):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: (_ for _ in ()).throw(AssertionError))
    missing = tmp_path / "zitate-typo.db"
    out = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{missing}"])
    assert out.exit_code == 2
    assert str(missing) in out.output and "no such file" in out.output
    assert "--create" in out.output and not missing.exists()
