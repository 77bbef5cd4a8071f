"""The counted texts (kneecare.i18n.counted) for pyside6-lupdate, written by update.py: do not
edit. Each is a plural entry (numerus): every language gives as many forms as its rules have."""

# ruff: noqa: E501
from PySide6.QtCore import QCoreApplication

# fmt: off
TEXTS = [
    QCoreApplication.translate("MainWindow", "Every %n day(s)", None, 1),
    QCoreApplication.translate("tray", "%1 of %n session(s) today", None, 1),
    QCoreApplication.translate("tray", "about %n minute(s)", None, 1),
    QCoreApplication.translate("history", "%n session(s)", None, 1),
    QCoreApplication.translate("history", "%n day(s)", None, 1),
    QCoreApplication.translate("history", "%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.", None, 1),
    QCoreApplication.translate("history", "Deleted all data (%n session(s)).", None, 1),
    QCoreApplication.translate("history", "%1: %n session(s) completed", None, 1),
    QCoreApplication.translate("history", "%1: %2 completed a day (%3 in %n day(s), %4 ended early)", None, 1),
    QCoreApplication.translate("history", "%1: %2 completed a day (%3 in %n day(s))", None, 1),
    QCoreApplication.translate("history", "On average %1 (%n session(s) rated before and after).", None, 1),
    QCoreApplication.translate("history", "week of %1: %2 min in %n session(s)", None, 1),
    QCoreApplication.translate("history", "%n report(s)", None, 1),
    QCoreApplication.translate("history", "Exported %n session(s) to %1.", None, 1),
    QCoreApplication.translate("exchange", "%n session(s) added", None, 1),
    QCoreApplication.translate("exchange", "%1; %n were already in your history.", None, 1),
    QCoreApplication.translate("sync", "read %n journal(s)", None, 1),
    QCoreApplication.translate("sync", "%n new session(s)", None, 1),
    QCoreApplication.translate("sync", "%n deletion(s)", None, 1),
    QCoreApplication.translate("sync", "wrote %n record(s)", None, 1),
    QCoreApplication.translate("sync", "%n safety record(s)", None, 1),
    QCoreApplication.translate("sync", "%n rating(s)", None, 1),
    QCoreApplication.translate("sync", "%n record(s) from a newer KneeCare left for later.", None, 1),
    QCoreApplication.translate("sync", "%n damaged line(s) skipped (see the log).", None, 1),
    QCoreApplication.translate("ReminderSettingsDialog", "Fine: the next reminder comes in %n minute(s).", None, 1),
    QCoreApplication.translate("ReminderSettingsDialog", "%n day(s)", None, 1),
    QCoreApplication.translate("Report", "%1 to %2 (%n day(s))", None, 1),
    QCoreApplication.translate("Report", "%n session(s), %1 completed. Ended early: %2.", None, 1),
    QCoreApplication.translate("Report", "Daily goal: %n completed session(s) a day; reached on average %1 a day.", None, 1),
    QCoreApplication.translate("Helps", "Rate %n more session(s) of one program before and after, and this shows what seems to help you.", None, 1),
    QCoreApplication.translate("Helps", "%1: %2; %n session(s) rated before and after", None, 1),
]
# fmt: on
