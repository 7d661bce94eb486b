"""The command registry: each top-level command's module, Typer app and one-line help.

No framework here: the root group (cli/root.py) loads a command's module only when it runs,
and the front door (cli/roothelp.py) lists the commands for `visitlog --help` from it.
"""

from __future__ import annotations

# command name -> (module, Typer app attribute, key of its one-line help)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "init": ("visitlog.cli.setup", "init_app", "help.init"),
    "demo": ("visitlog.cli.setup", "demo_app", "help.demo"),
    "log": ("visitlog.cli.visits", "log_app", "help.log"),
    "visit": ("visitlog.cli.visits", "visit_app", "help.visit"),
    "officer": ("visitlog.cli.officers", "officer_app", "help.officer"),
    "leave": ("visitlog.cli.officers", "leave_app", "help.leave"),
    "enterprise": ("visitlog.cli.enterprises", "enterprise_app", "help.enterprise"),
    "report": ("visitlog.cli.reports", "report_app", "help.report"),
    "undo": ("visitlog.cli.setup", "undo_app", "help.undo"),
    "redo": ("visitlog.cli.setup", "redo_app", "help.redo"),
    "next": ("visitlog.cli.next_visits", "next_app", "help.next"),
    "config": ("visitlog.cli.config", "config_app", "help.config"),
    "demand": ("visitlog.cli.demands", "demand_app", "help.demand"),
    "reception": ("visitlog.cli.receptions", "reception_app", "help.reception"),
    "practice": ("visitlog.cli.programmes", "practice_app", "help.practice"),
    "campaign": ("visitlog.cli.programmes", "campaign_app", "help.campaign"),
    "interview": ("visitlog.cli.programmes", "interview_app", "help.interview"),
    "assign": ("visitlog.cli.programmes", "assign_app", "help.assign"),
    "achieve": ("visitlog.cli.achievements", "achieve_app", "help.achieve"),
    "target": ("visitlog.cli.targets", "target_app", "help.target"),
    "calendar": ("visitlog.cli.calendar", "calendar_app", "help.calendar"),
    "backup": ("visitlog.cli.data", "backup_app", "help.backup"),
    "restore": ("visitlog.cli.data", "restore_app", "help.restore"),
    "export": ("visitlog.cli.exchange", "export_app", "help.export"),
    "merge": ("visitlog.cli.exchange", "merge_app", "help.merge"),
    "browse": ("visitlog.cli.exchange", "browse_app", "help.browse"),
}
