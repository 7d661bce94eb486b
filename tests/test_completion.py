"""Shell completion (cli/completion.py): commands, options, values and names from the logbook,
in a real bash as a shell runs it, without Typer on the path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Cli, run_front
from tests.templates import Templates
from visitlog.cli import completion


def names_to_complete(cli: Cli) -> Cli:
    """Officers 王伟 and 王芳, three enterprises (two with aliases), a campaign with a point."""
    cli.ok("officer", "add", "王伟", "--dept", "权益保障部", "--since", "2026-01-01")
    cli.ok("officer", "add", "王芳", "--dept", "组织部", "--since", "2026-01-01")
    cli.ok("enterprise", "add", "常州华丰机械有限公司", "--alias", "华丰")
    cli.ok("enterprise", "add", "常州新能源有限公司")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司", "--alias", "金海")
    cli.ok("campaign", "create", "青年职工大访谈", "--from", "2026-09-01", "--to", "2026-12-31",
           "--target", "100")
    cli.ok("campaign", "point", "add", "青年职工大访谈", "金湖镇职工服务中心")
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    templates.built(cli, names_to_complete)
    return cli


def test_the_command_tree_is_generated_from_the_declarations() -> None:
    assert completion.TARGET.read_text(encoding="utf-8") == completion.generate(), (
        "cli/commandtree.py is stale: run python -m visitlog.cli.completion --generate")


def _values(words: str, incomplete: str) -> list[str]:
    return [value for _kind, value, _help in completion.complete(words.split(), incomplete)]


@pytest.mark.parametrize(("words", "incomplete", "expected"), [
    ("", "re", ["report", "redo", "reception", "restore"]),
    ("report", "w", ["week"]),
    ("log", "常州", ["常州华丰机械有限公司", "常州新能源有限公司"]),
    ("log", "华丰", ["常州华丰机械有限公司"]),  # an alias: its enterprise
    ("log", "新能源", ["常州新能源有限公司", "江苏金海新能源科技有限公司"]),  # names holding it
    ("log 金海 --officer", "王", ["王伟", "王芳"]),
    ("report week --dept", "", ["权益保障部", "组织部"]),
    ("report week -f", "c", ["csv"]),
    ("report week", "--o", ["--officer", "--output"]),
    ("log 金海 --role", "调", ["调查员"]),
    ("--lang", "", ["zh", "en"]),
    ("", "--install", ["--install-completion"]),
    ("--install-completion", "", ["bash", "zsh", "fish"]),
    ("interview log 青年职工大访谈 --point", "金", ["金湖镇职工服务中心"]),
    ("report campaign", "青", ["青年职工大访谈"]),
    ("achieve", "mat", ["matters"]),  # `achieve CATEGORY`: achieve add
    ("achieve", "i", ["import", "innovation"]),
    ("practice log", "", ["chair", "office", "worker", "主席", "办公室", "职工"]),
    ("demand feedback 1 --satisfaction", "very", ["very_satisfied"]),
    ("log 金海", "", []),  # ENTERPRISE given: nothing more to name
    ("report officer", "王", ["王伟", "王芳"]),
    ("log --note", "", []),  # free text
])
def test_what_completes(book: Cli, words: str, incomplete: str, expected: list[str]) -> None:
    assert _values(words, incomplete) == expected


def test_names_come_from_the_logbook_the_words_name(book: Cli, tmp_path: Path) -> None:
    assert _values(f"--db {tmp_path / 'none.db'} log", "常州") == []
    assert _values(f"log --db {book.db}", "常州") == ["常州华丰机械有限公司", "常州新能源有限公司"]


def test_files_are_left_to_the_shell() -> None:
    assert completion.complete(["officer", "import"], "of") == [("file", "of", "")]
    assert completion.complete(["report", "week", "-o"], "") == [("file", "", "")]


# ---- in a real bash, as a shell runs it ----------------------------------------------------

BASH = shutil.which("bash")


def _shell_env(book: Cli) -> dict[str, str]:
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
            "VISITLOG_DB": str(book.db), "VISITLOG_LANG": "en"}


@pytest.mark.skipif(BASH is None, reason="no bash")
def test_bash_sources_the_script_and_completes(book: Cli, tmp_path: Path) -> None:
    shown = run_front(["--show-completion", "bash"])
    assert shown is not None and shown.exit_code == 0
    script = tmp_path / "visitlog.bash"
    script.write_text(shown.stdout, encoding="utf-8")
    probe = f"""
source {script}
t() {{ COMP_WORDS=("$@"); COMP_CWORD=$((${{#COMP_WORDS[@]}}-1)); COMPREPLY=()
      _visitlog_completion visitlog; printf '%s|' "${{COMPREPLY[@]}}"; echo; }}
complete -p visitlog
t visitlog rep
t visitlog log 常州
t visitlog log 金海 --officer 王
t visitlog report week --format x
"""
    done = subprocess.run([BASH, "--norc", "--noprofile", "-c", probe], env=_shell_env(book),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "complete -o nosort -F _visitlog_completion visitlog",
        "report|",
        "常州华丰机械有限公司|常州新能源有限公司|",
        "王伟|王芳|",
        "xlsx|",
    ]


FISH, ZSH = shutil.which("fish"), shutil.which("zsh")


def _script(shell: str, tmp_path: Path) -> Path:
    shown = run_front(["--show-completion", shell])
    assert shown is not None and shown.exit_code == 0
    script = tmp_path / f"visitlog.{shell}"
    script.write_text(shown.stdout, encoding="utf-8")
    return script


@pytest.mark.skipif(FISH is None, reason="no fish (apt-get install fish)")
def test_fish_completes_with_the_script(book: Cli, tmp_path: Path) -> None:
    script = _script("fish", tmp_path)
    probe = (f"source {script}; complete -C 'visitlog log 常州'; echo ---; "
             "complete -C 'visitlog rep'; echo ---; complete -C 'visitlog report week --format c'")
    done = subprocess.run([FISH, "--no-config", "-c", probe], capture_output=True, text=True,
                          timeout=60, env={**_shell_env(book), "HOME": str(tmp_path)})
    assert done.stdout.splitlines() == ["常州华丰机械有限公司", "常州新能源有限公司", "---",
                                        "report\tReports: week …", "---", "csv"], done.stderr


@pytest.mark.skipif(ZSH is None, reason="no zsh (apt-get install zsh)")
def test_zsh_completes_with_the_script(book: Cli, tmp_path: Path) -> None:
    """The function as zsh's completion system calls it, its compadd and _describe recorded
    (they only work inside a completion widget)."""
    script = _script("zsh", tmp_path)
    probe = f"""
compdef() {{ : }}
compadd() {{ print -l -- ${{(P)${{@[-1]}}}} }}
_describe() {{ print -l -- ${{(P)3}} }}
source {script}
words=(visitlog log 常州); CURRENT=3; _visitlog_completion; echo ---
words=(visitlog rep); CURRENT=2; _visitlog_completion
"""
    done = subprocess.run([ZSH, "-f", "-c", probe], capture_output=True, text=True, timeout=60,
                          env=_shell_env(book))
    assert done.stdout.splitlines() == ["常州华丰机械有限公司", "常州新能源有限公司", "---",
                                        "report:Reports: week …"], done.stderr


def test_zsh_and_fish_get_the_same_answers_in_their_form(book: Cli) -> None:
    env = {**_shell_env(book), "COMP_WORDS": "visitlog log 常州", "COMP_CWORD": "2",
           "_VISITLOG_COMPLETE": "zsh_complete"}
    zsh = subprocess.run([sys.executable, "-m", "visitlog"], env=env, capture_output=True,
                         text=True, timeout=60)
    assert zsh.stdout.splitlines() == ["plain", "常州华丰机械有限公司", "_",
                                       "plain", "常州新能源有限公司", "_"]
    env.update(COMP_WORDS="visitlog report w", COMP_CWORD="w", _VISITLOG_COMPLETE="fish_complete")
    fish = subprocess.run([sys.executable, "-m", "visitlog"], env=env, capture_output=True,
                          text=True, timeout=60)
    lines = fish.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("plain,week\tWho met")


def test_completion_does_not_import_typer(book: Cli) -> None:
    env = {**_shell_env(book), "COMP_WORDS": "visitlog log 常州", "COMP_CWORD": "2",
           "_VISITLOG_COMPLETE": "bash_complete"}
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "visitlog"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == ["plain,常州华丰机械有限公司", "plain,常州新能源有限公司"]
    modules = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
               if line.startswith("import time:") and line.count("|") == 2}
    assert "visitlog.cli.completion" in modules
    assert not [m for m in modules if m.split(".")[0] in ("typer", "click", "rich")]


def test_a_broken_request_offers_nothing_and_says_nothing(book: Cli) -> None:
    env = {**_shell_env(book), "COMP_WORDS": "visitlog 'log", "COMP_CWORD": "x",
           "_VISITLOG_COMPLETE": "bash_complete"}
    done = subprocess.run([sys.executable, "-m", "visitlog"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.stderr == ""


# ---- --show-completion, --install-completion ----------------------------------------------

@pytest.mark.parametrize("shell", completion.SHELLS)
def test_show_completion(shell: str) -> None:
    shown = run_front(["--show-completion", shell])
    assert shown is not None and shown.exit_code == 0
    assert shown.stdout == completion.script(shell)
    assert "_VISITLOG_COMPLETE=" in shown.stdout


def test_the_shell_defaults_to_the_users(cli: Cli) -> None:
    cli.monkeypatch.setenv("SHELL", "/usr/bin/zsh")
    shown = run_front(["--show-completion"])
    assert shown is not None and shown.stdout.startswith("#compdef visitlog")
    cli.monkeypatch.setenv("SHELL", "/bin/tcsh")
    refused = run_front(["--lang", "zh", "--show-completion"])
    assert refused is not None and refused.exit_code == 2
    assert refused.stderr == "错误：不支持的终端 tcsh；可选：bash, zsh, fish\n"


@pytest.mark.parametrize(("shell", "script", "rc", "line"), [
    ("bash", ".bash_completions/visitlog.sh", ".bashrc",
     "source '{home}/.bash_completions/visitlog.sh'"),
    ("zsh", ".zfunc/_visitlog", ".zshrc", "fpath+=~/.zfunc; autoload -Uz compinit; compinit"),
    ("fish", ".config/fish/completions/visitlog.fish", None, None),
])
def test_install_completion(cli: Cli, tmp_path: Path, shell: str, script: str, rc: str | None,
                            line: str | None) -> None:
    home = tmp_path / "home"
    home.mkdir()
    cli.monkeypatch.setenv("HOME", str(home))
    if rc:
        (home / rc).write_text("# mine\n", encoding="utf-8")
    for _ in range(2):  # twice: the line is added once
        done = run_front(["--install-completion", shell])
        assert done is not None and done.exit_code == 0, done.stderr
    assert (home / script).read_text(encoding="utf-8") == completion.script(shell)
    assert done.stdout.startswith(f"{shell} completion installed in {home / script}\n")
    if rc:
        assert (home / rc).read_text(encoding="utf-8") == f"# mine\n{line.format(home=home)}\n"


def test_the_root_page_names_the_completion_options(cli: Cli) -> None:
    out = cli.ok("--help")
    assert "--install-completion [bash|zsh|fish]" in out and "--show-completion" in out
    cli.lang("zh")
    assert "为 bash、zsh 或 fish 安装命令补全" in cli.ok("--help")
