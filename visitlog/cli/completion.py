"""Shell completion for bash, zsh and fish, without Typer (every TAB starts a process).

`visitlog --show-completion [SHELL]` prints the script, `--install-completion [SHELL]` installs
it where the shell looks (the shell from $SHELL when none is named). The script calls
`visitlog` back with `_VISITLOG_COMPLETE=<shell>_complete` and the words typed (as click's do,
so the protocol is the one Typer users know); the front door (cli/front.py) sends that here.

What completes: commands, options, the values of options and arguments: fixed choices (formats,
roles, six ones …), files, and names from the logbook (ENTERPRISE, --officer, --dept,
campaigns, points: store/completion.py). The commands and their options come from
cli/commandtree.py, generated from the Typer declarations (`python -m visitlog.cli.completion
--generate`; tests/test_completion.py regenerates it and compares).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SHELLS = ("bash", "zsh", "fish")
PROG = "visitlog"
VAR = "_VISITLOG_COMPLETE"

# a value spec in the tree: None (a flag), "" (free text), "file", "dir", a logbook kind
# (store/completion.KINDS), or a list of choices


def complete(words: list[str], incomplete: str) -> list[tuple[str, str, str]]:
    """(type, value, help) for each completion of `incomplete` after `words` (the program's
    name left out); type is plain, file or dir."""
    from visitlog.cli.commandtree import TREE

    path, node = "", TREE[""]
    expecting: object = False  # the spec of the option whose value comes next
    positional = 0
    db: str | None = None
    option_of_db = False
    only_positional = False
    for word in words:
        if expecting is not False:
            if option_of_db:
                db = word
            expecting, option_of_db = False, False
            continue
        if word == "--" and not only_positional:
            only_positional = True
            continue
        if word.startswith("-") and word != "-" and not only_positional:
            name, eq, value = word.partition("=")
            spec = _option(node, name)
            if spec is not None and not eq and spec[0] is not None:
                expecting, option_of_db = spec[0], name == "--db"
            elif name == "--db" and eq:
                db = value
            continue
        subcommands = node.get("commands", {})
        if word in subcommands:
            path = f"{path} {word}".strip()
            node, positional = TREE[path], 0
        elif node.get("default") and subcommands:  # `achieve matters …`: achieve add
            path = f"{path} {node['default']}".strip()
            node, positional = TREE[path], 1
        else:
            positional += 1
    if expecting is not False:
        return _values(expecting, incomplete, db)
    if incomplete.startswith("-") and not only_positional:
        name, eq, value = incomplete.partition("=")
        if eq:
            spec = _option(node, name)
            return [(kind, f"{name}={v}" if kind == "plain" else v, h)
                    for kind, v, h in _values(spec[0] if spec else "", value, db)]
        return [("plain", word, "") for word, spec in node.get("options", {}).items()
                if word.startswith(incomplete) and not spec[1]]
    subcommands = node.get("commands", {})
    found = [("plain", name, short) for name, short in _commands(path, subcommands)
             if name.startswith(incomplete)]
    arguments = node.get("args", [])
    if node.get("default") and subcommands:
        arguments = TREE[f"{path} {node['default']}".strip()].get("args", [])
    if arguments:
        spec = arguments[min(positional, len(arguments) - 1)] if (
            positional < len(arguments) or node.get("many")) else None
        if spec is not None:
            found += _values(spec, incomplete, db)
    return found


def _option(node: dict, name: str) -> tuple[object, bool] | None:
    from visitlog.cli.commandtree import TREE

    return node.get("options", {}).get(name) or TREE[""]["options"].get(name)


def _commands(path: str, subcommands: dict[str, str]) -> list[tuple[str, str]]:
    """Each subcommand with its line in the reader's language (zsh and fish show it)."""
    from visitlog.cli.helppage import short_help
    from visitlog.i18n import has, t

    out = []
    for name in subcommands:
        key = f"help.{name}" if not path else f"help.page.{path.replace(' ', '.')}.{name}"
        out.append((name, short_help(t(key), 60) if has(key) else ""))
    return out


def _values(spec: object, incomplete: str, db: str | None) -> list[tuple[str, str, str]]:
    if spec is None or spec == "":
        return []
    if spec in ("file", "dir"):
        return [(str(spec), incomplete, "")]
    if isinstance(spec, list):
        return [("plain", choice, "") for choice in spec if choice.startswith(incomplete)]
    from visitlog.store.completion import names

    return [("plain", name, "") for name in names(_logbook(db), str(spec), incomplete)
            if not any(ch in name for ch in "\n\r\t")]


def _logbook(db: str | None) -> Path:
    """The logbook the command would open: --db, VISITLOG_DB, the user's data folder."""
    if db:
        return Path(db).expanduser()
    if os.environ.get("VISITLOG_DB"):
        return Path(os.environ["VISITLOG_DB"]).expanduser()
    from visitlog.config import default_db_path

    return default_db_path()


# ---- the protocol -------------------------------------------------------------------------

def answer(instruction: str) -> int:
    """Print the completions a shell's script asked for (`bash_complete`, `zsh_complete`,
    `fish_complete`) or its script (`bash_source` …)."""
    import shlex

    shell, _, action = instruction.partition("_")
    if shell not in SHELLS:
        return 1
    if action == "source":
        sys.stdout.write(script(shell))
        return 0
    try:
        words = shlex.split(os.environ.get("COMP_WORDS", ""))
    except ValueError:  # an open quote: complete the words before it
        words = os.environ.get("COMP_WORDS", "").split()
    if shell == "fish":
        incomplete = os.environ.get("COMP_CWORD", "")
        if incomplete and words and words[-1] == incomplete:
            words.pop()
        words = words[1:]
    else:
        cword = int(os.environ.get("COMP_CWORD", "0") or 0)
        incomplete = words[cword] if cword < len(words) else ""
        words = words[1:cword]
    lines = []
    for kind, value, help_text in complete(words, incomplete):
        if shell == "zsh":
            lines += [kind, value.replace(":", "\\:"), help_text or "_"]
        elif shell == "fish" and help_text and kind == "plain":
            lines.append(f"{kind},{value}\t{help_text}")
        else:
            lines.append(f"{kind},{value}")
    sys.stdout.write("".join(f"{line}\n" for line in lines))
    return 0


def script(shell: str) -> str:
    return _SCRIPTS[shell].replace("%(prog)s", PROG).replace("%(var)s", VAR)


_SCRIPTS = {
    "bash": """\
_%(prog)s_completion() {
    local IFS=$'\\n'
    local response
    response=$(env COMP_WORDS="${COMP_WORDS[*]}" COMP_CWORD=$COMP_CWORD \\
%(var)s=bash_complete $1)
    for completion in $response; do
        IFS=',' read type value <<< "$completion"
        if [[ $type == 'dir' ]]; then
            COMPREPLY=()
            compopt -o dirnames
        elif [[ $type == 'file' ]]; then
            COMPREPLY=()
            compopt -o default
        elif [[ $type == 'plain' ]]; then
            COMPREPLY+=($value)
        fi
    done
    return 0
}

complete -o nosort -F _%(prog)s_completion %(prog)s
""",
    "zsh": """\
#compdef %(prog)s

_%(prog)s_completion() {
    local -a completions
    local -a completions_with_descriptions
    local -a response
    (( ! $+commands[%(prog)s] )) && return 1
    response=("${(@f)$(env COMP_WORDS="${words[*]}" COMP_CWORD=$((CURRENT-1)) \\
%(var)s=zsh_complete %(prog)s)}")
    for type key descr in ${response}; do
        if [[ "$type" == "plain" ]]; then
            if [[ "$descr" == "_" ]]; then
                completions+=("$key")
            else
                completions_with_descriptions+=("$key":"$descr")
            fi
        elif [[ "$type" == "dir" ]]; then
            _path_files -/
        elif [[ "$type" == "file" ]]; then
            _path_files -f
        fi
    done
    if [ -n "$completions_with_descriptions" ]; then
        _describe -V unsorted completions_with_descriptions -U
    fi
    if [ -n "$completions" ]; then
        compadd -U -V unsorted -a completions
    fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    _%(prog)s_completion "$@"
else
    compdef _%(prog)s_completion %(prog)s
fi
""",
    "fish": """\
function _%(prog)s_completion
    set -l response (env %(var)s=fish_complete COMP_WORDS=(commandline -cp) \\
COMP_CWORD=(commandline -t) %(prog)s)
    for completion in $response
        set -l metadata (string split "," -m 1 $completion)
        if test $metadata[1] = "dir"
            __fish_complete_directories $metadata[2]
        else if test $metadata[1] = "file"
            __fish_complete_path $metadata[2]
        else if test $metadata[1] = "plain"
            echo $metadata[2]
        end
    end
end

complete --no-files --command %(prog)s --arguments "(_%(prog)s_completion)"
""",
}


# ---- --show-completion, --install-completion ----------------------------------------------

def shell_of(named: str | None) -> str:
    """The shell named, else the user's ($SHELL); Invalid when it is none of bash, zsh, fish."""
    from visitlog.domain.errors import Invalid

    shell = named or Path(os.environ.get("SHELL", "")).name
    if shell not in SHELLS:
        raise Invalid("completion.shell", shell=shell or "-", shells=", ".join(SHELLS))
    return shell


def install(shell: str, home: Path) -> tuple[Path, Path | None]:
    """Write the script where `shell` finds it; for bash and zsh also the line in the rc file
    that loads it (once). Returns (script, rc file changed or None)."""
    if shell == "fish":
        target = home / ".config" / "fish" / "completions" / f"{PROG}.fish"
        rc, line = None, ""
    elif shell == "zsh":
        target = home / ".zfunc" / f"_{PROG}"
        rc, line = home / ".zshrc", "fpath+=~/.zfunc; autoload -Uz compinit; compinit"
    else:
        target = home / ".bash_completions" / f"{PROG}.sh"
        rc, line = home / ".bashrc", f"source '{target}'"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(script(shell), encoding="utf-8")
    if rc is None:
        return target, None
    existing = rc.read_text(encoding="utf-8") if rc.exists() else ""
    if line in existing:
        return target, None
    with rc.open("a", encoding="utf-8") as out:
        out.write(("" if not existing or existing.endswith("\n") else "\n") + line + "\n")
    return target, rc


def run_option(option: str, named: str | None) -> None:
    """`--show-completion [SHELL]` or `--install-completion [SHELL]`."""
    shell = shell_of(named)
    if option == "--show-completion":
        sys.stdout.write(script(shell))
        return
    from visitlog.i18n import t

    target, rc = install(shell, Path.home())
    print(t("completion.installed", shell=shell, path=str(target)))
    if rc is not None:
        print(t("completion.rc", path=str(rc)))
    print(t("completion.restart"))


# ---- the tree, generated from the Typer declarations ---------------------------------------

TARGET = Path(__file__).with_name("commandtree.py")


def generate() -> str:
    """cli/commandtree.py's text: every command path -> its subcommands, options, arguments."""
    import pprint

    from visitlog.cli.framework import click as _click
    from visitlog.cli.root import cli as root_command

    tree: dict[str, dict] = {}

    def walk(command: _click.Command, ctx: _click.Context, path: list[str]) -> None:
        node: dict = {"options": {}, "args": []}
        for param in command.params:
            spec = _spec(param, path)
            if param.param_type_name == "argument":
                node["args"].append(spec)
                if param.nargs != 1:
                    node["many"] = True
            else:
                for word in (*param.opts, *param.secondary_opts):
                    node["options"][word] = (spec, bool(param.hidden))
        for word in ctx.help_option_names:
            node["options"][word] = (None, False)
        if hasattr(command, "list_commands"):
            node["commands"] = {}
            for name in command.list_commands(ctx):
                node["commands"][name] = ""
                sub = command.get_command(ctx, name)
                walk(sub, _click.Context(sub, info_name=name, parent=ctx), [*path, name])
            if path == ["achieve"]:  # AchieveGroup: `achieve CATEGORY …` is `achieve add`
                node["default"] = "add"
        if not node["args"]:
            del node["args"]
        tree[" ".join(path)] = node

    ctx = _click.Context(root_command, info_name=PROG, **root_command.context_settings)
    walk(root_command, ctx, [])
    tree[""]["options"]["--install-completion"] = (list(SHELLS), False)
    tree[""]["options"]["--show-completion"] = (list(SHELLS), False)
    body = pprint.pformat(dict(sorted(tree.items())), width=96, sort_dicts=False)
    return ('"""Generated from the Typer declarations by `python -m visitlog.cli.completion '
            '--generate`.\nDo not edit: shell completion\'s commands, options and values '
            '(cli/completion.py)."""\n\nTREE = ' + body + "\n")


# parameter name -> what completes its value (else by its type)
_BY_NAME = {"enterprise": "enterprise", "officer": "officer", "host": "officer",
            "leader": "officer", "dept": "dept", "campaign": "campaign", "point": "point",
            "lang": ["zh", "en"]}
# an argument called NAME, by command
_NAME_IS = {"report officer": "officer", "officer retire": "officer", "leave add": "officer",
            "assign": "officer", "campaign show": "campaign", "report campaign": "campaign"}


def _spec(param: object, path: list[str]) -> object:
    from typer._types import TyperChoice
    from typer.models import TyperPath

    from visitlog.domain.demand_rules import RATINGS, STATUSES
    from visitlog.domain.programmes_rules import INTERVIEW_GROUPS, PRACTICE_KINDS
    from visitlog.domain.vocab import ROLES, SIX_ONES

    def terms(found: tuple) -> list[str]:
        return [term.key for term in found] + [term.zh for term in found]

    name = getattr(param, "name", "")
    ptype = getattr(param, "type", None)
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return None
    if isinstance(ptype, TyperChoice):
        return [str(getattr(c, "value", c)) for c in ptype.choices]
    if isinstance(ptype, TyperPath):
        return "dir" if not ptype.file_okay else "file"
    by_path = {"role": terms(ROLES), "kind": terms(PRACTICE_KINDS),
               "group": terms(INTERVIEW_GROUPS), "satisfaction": terms(RATINGS),
               "status": terms(STATUSES)}
    if name in by_path:
        return by_path[name]
    if name == "category" and path[:1] == ["achieve"]:
        return terms(SIX_ONES)
    if name == "key" and path[:1] == ["config"]:
        return ["officer", "lang", "min_available_days", "calendar"]
    if name == "name":
        return _NAME_IS.get(" ".join(path), "")
    return _BY_NAME.get(name, "")


def main(argv: list[str]) -> int:
    from visitlog.generated import write_or_check

    return write_or_check(TARGET, generate(), argv[:1] == ["--check"])


if __name__ == "__main__" and sys.argv[1:2] in (["--generate"], ["--check"]):
    sys.exit(main(sys.argv[1:] if sys.argv[1] == "--check" else []))
