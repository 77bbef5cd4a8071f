"""The report for a health professional as a PDF (QPdfWriter + QTextDocument): header, what was done, how it
felt, safety, and a footer on every page; in the language asked for, whatever the window speaks. The CLI
(`kneecare report`) and File ▸ Report for a health professional… both call `make_report`."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTime,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from kneecare.core.lazy_dataclass import dataclass
from kneecare.core.protocol import goal_kinds
from kneecare.core.report import Period, Report, build_report
from kneecare.core.safety import RULES, question_asked
from kneecare.core.words import fill
from kneecare.i18n import (
    PROGRAM_CONTEXT,
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    catalogue,
    counted,
    english_plurals,
)
from kneecare.settings import Settings
from kneecare.store.service import HistoryService
from kneecare.ui.helps_words import finding_words, signed
from kneecare.ui.report_charts import Canvas, goal_chart, rating_chart

DPI = 200  # the writer's resolution: the charts are painted at this many pixels per inch
MARGIN_MM = 16.0
FOOTER_PT = 22.0  # the room kept at each page's foot for the footer
CHART_PT = 78.0  # a chart's height
SCREEN_DPI = 96  # what QTextDocument takes an image's pixels to be

STATUS = {
    "stopped": QT_TRANSLATE_NOOP("Report", "stopped early by the person"),
    "safety_stopped": QT_TRANSLATE_NOOP("Report", "ended for safety"),
    "interrupted": QT_TRANSLATE_NOOP("Report", "interrupted (the app was closed)"),
    "skipped": QT_TRANSLATE_NOOP("Report", "a hands-on step skipped"),
}
MEASURE = {
    "tension": QT_TRANSLATE_NOOP("Report", "Tension"),
    "pain": QT_TRANSLATE_NOOP("Report", "Pain"),
    "swelling": QT_TRANSLATE_NOOP("Report", "Swelling"),
}
STEP = {
    "position": QT_TRANSLATE_NOOP("Report", "settling in"),
    "warm_up": QT_TRANSLATE_NOOP("Report", "warm compress"),
    "locate": QT_TRANSLATE_NOOP("Report", "finding the point"),
    "pressure": QT_TRANSLATE_NOOP("Report", "steady pressure"),
    "movement": QT_TRANSLATE_NOOP("Report", "circles or strokes"),
    "hold": QT_TRANSLATE_NOOP("Report", "holding the point"),
    "finish": QT_TRANSLATE_NOOP("Report", "calf strokes"),
    "reps": QT_TRANSLATE_NOOP("Report", "repetitions"),
    "stretch": QT_TRANSLATE_NOOP("Report", "stretch"),
    "timer": QT_TRANSLATE_NOOP("Report", "legs raised"),
    "intervals": QT_TRANSLATE_NOOP("Report", "warm and cool water"),
}
KNEE = {"left": QT_TRANSLATE_NOOP("Report", "left knee"), "right": QT_TRANSLATE_NOOP("Report", "right knee")}
FELT = {
    "pain": QT_TRANSLATE_NOOP("Report", "sharp pain"),
    "numbness": QT_TRANSLATE_NOOP("Report", "numbness"),
    "tingling": QT_TRANSLATE_NOOP("Report", "tingling"),
    "stopped": QT_TRANSLATE_NOOP("Report", "session ended for safety"),
}
VERDICT = {
    "clear": QT_TRANSLATE_NOOP("Report", "no reason given not to do the sessions"),
    "confirmed": QT_TRANSLATE_NOOP("Report", "pregnant; a healthcare provider agreed to the sessions"),
    "check_first": QT_TRANSLATE_NOOP("Report", "pregnant; sessions held until a healthcare provider agrees"),
    "blocked": QT_TRANSLATE_NOOP("Report", "sessions on hold because of a yes"),
    "incomplete": QT_TRANSLATE_NOOP("Report", "not every question answered"),
}
ALL_CLEAR = {
    "back_to_normal": QT_TRANSLATE_NOOP("Report", "the person said the leg was back to normal"),
    "professional_cleared": QT_TRANSLATE_NOOP("Report", "the person said a health professional cleared it"),
}


class Words:
    """The report's texts in one language, from KneeCare's catalogue, without changing the window's."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = QLocale(language)
        self._translator: QTranslator | None = None
        if language != SOURCE_LANGUAGE:
            translator = QTranslator()
            if translator.load(str(catalogue(language))):
                self._translator = translator

    def translate(self, context: str, text: str) -> str:
        """`text` (marked or read by pyside6-lupdate under `context`) in the report's language."""
        said = self._translator.translate(context, text) if self._translator is not None else ""
        return said or text

    def counted(self, context: str, text: str, n: int) -> str:
        """A counted text (%n) in the report's language, in the plural form its rules pick for `n`."""
        return counted(context, text, n, self._translator or english_plurals())

    def __call__(self, text: str, context: str = "Report") -> str:
        """A text marked with QT_TRANSLATE_NOOP (under "Report" unless said), in the report's language."""
        return self.translate(context, text)

    def number(self, value: float, places: int = 1) -> str:
        return self.locale.toString(float(value), "f", places)

    def signed(self, value: float) -> str:
        """A change with its sign (a true minus sign), never "-0.0"."""
        return signed(self, value)

    def day(self, day: date) -> str:
        form = self.translate("Report", "d MMM yyyy")  # a date's form: translators may reorder it
        return self.locale.toString(QDate(day.year, day.month, day.day), form)

    def moment(self, when: datetime) -> str:
        clock = self.locale.toString(QTime(when.hour, when.minute), "HH:mm")
        return f"{self.day(when.date())}, {clock}"

    def program(self, name: str) -> str:
        return self(name, context=PROGRAM_CONTEXT)


@dataclass(frozen=True)
class ReportRequest:
    """What the person asked for: the period, the language, and the name to print (may be empty)."""

    period: Period
    language: str
    name: str = ""


def make_report(
    history: HistoryService,
    request: ReportRequest,
    settings: Settings,
    program_names: Mapping[str, str],
    made_at: datetime,
    page: QPageSize.PageSizeId | None = None,
) -> tuple[bytes, int]:
    """The PDF's bytes and its page count. EmptyPeriod when nothing was recorded in the period;
    HistoryTrouble when the history cannot be read."""
    sessions, safety = history.report_data(request.period)
    report = build_report(
        sessions,
        safety,
        request.period,
        made_at,
        daily_goal=settings.daily_goal,
        goal_kinds=goal_kinds(settings.goal_counts_routines),
        daily_question_on=settings.daily_question,
    )
    return write_pdf(report, Words(request.language), program_names, request.name, page or page_for_locale())


def page_for_locale(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter where the locale measures in US units (the US, Canada's English...), else A4."""
    system = locale or QLocale.system()
    us = system.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4


def write_pdf(
    report: Report, w: Words, names: Mapping[str, str], person: str, page: QPageSize.PageSizeId
) -> tuple[bytes, int]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(w.translate("Report", "Self-care log from KneeCare"))
    writer.setCreator("KneeCare")
    painter = QPainter(writer)
    area = writer.pageLayout().paintRectPixels(DPI)
    scale = DPI / 72.0
    footer = FOOTER_PT * scale
    body = QSizeF(area.width(), area.height() - footer)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setPageSize(body)
    size = _add_charts(doc, report, w, body.width(), scale)
    doc.setHtml(Html(report, w, names, person, size).page())
    _even_lines(doc, font, writer)
    doc.setPageSize(body)
    pages = doc.pageCount()
    for index in range(pages):
        if index:
            writer.newPage()
        painter.save()
        painter.translate(0, -index * body.height())
        clip = QRectF(0, index * body.height(), body.width(), body.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        painter.setClipRect(clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        _footer(painter, w, index + 1, pages, QRectF(0, body.height(), body.width(), footer), scale)
    painter.end()
    buffer.close()
    return bytes(data.data()), pages


LINE_EM = 1.2  # the report's line height, in ems of its font


def _even_lines(doc: QTextDocument, font: QFont, device: QPdfWriter) -> None:
    """Lines about 1.2 em apart whatever the system's font leaves between them (Noto Sans about 1.36 em,
    DejaVu Sans 1.16), so the report keeps its length, one or two pages, on any system."""
    metrics = QFontMetricsF(font, device)
    em = font.pointSizeF() * device.logicalDpiY() / 72.0
    percent = round(min(100.0, 100.0 * LINE_EM * em / metrics.lineSpacing()))
    if percent >= 100:
        return
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        if "\ufffc" in block.text():  # a chart: its image keeps its own height
            block = block.next()
            continue
        cursor.setPosition(block.position())
        spaced = QTextBlockFormat()
        spaced.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(spaced)
        block = block.next()


def _footer(painter: QPainter, w: Words, number: int, pages: int, box: QRectF, scale: float) -> None:
    painter.save()
    font = QFont()
    font.setPixelSize(round(7.5 * scale))
    painter.setFont(font)
    rule = box.top() + 4 * scale
    painter.drawLine(QPointF(box.left(), rule), QPointF(box.right(), rule))
    text = w.translate(
        "Report",
        "Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are "
        "self-care and are not offered as a treatment.",
    )
    inner = QRectF(box.left(), box.top() + 6 * scale, box.width() - 70 * scale, box.height() - 6 * scale)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    points = 7.5
    while points > 6.0 and painter.boundingRect(inner, flags, text).height() > inner.height():
        points -= 0.25  # a long translation, or a font with tall lines: smaller, never cut off
        font.setPixelSize(round(points * scale))
        painter.setFont(font)
    painter.drawText(inner, flags, text)
    font.setPixelSize(round(7.5 * scale))
    painter.setFont(font)
    right = QRectF(box.right() - 68 * scale, box.top() + 6 * scale, 68 * scale, box.height() - 6 * scale)
    painter.drawText(
        right,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
        fill(w.translate("Report", "Page %1 of %2"), number, pages),
    )
    painter.restore()


def _add_charts(doc: QTextDocument, report: Report, w: Words, width: float, scale: float) -> tuple[int, int]:
    """Paints the charts at the writer's resolution and adds them to `doc`; the size to give their <img>
    tags (QTextDocument scales images by the device's resolution over 96 dpi)."""
    labels = [
        w.locale.toString(QDate(x.start.year, x.start.month, x.start.day), w.translate("Report", "d MMM"))
        for x in report.weeks
    ]
    canvas = Canvas(round(width), round(CHART_PT * scale), scale)
    goal = goal_chart(
        canvas,
        report.weeks,
        report.daily_goal,
        labels,
        lambda v: w.number(v, 0),
        (
            w.translate("Report", "completed sessions a day, week's average"),
            w.translate("Report", "daily goal"),
        ),
    )
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:goal"), goal)
    names = {
        (m, moment): fill(w.translate("Report", "%1 before"), w(MEASURE[m]))
        if moment == "before"
        else fill(w.translate("Report", "%1 after"), w(MEASURE[m]))
        for m in ("tension", "pain")
        for moment in ("before", "after")
    }
    trend = rating_chart(canvas, report.trend, labels, names)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:ratings"), trend)
    return round(canvas.width * SCREEN_DPI / DPI), round(canvas.height * SCREEN_DPI / DPI)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


class Html:
    """The report's body as the HTML subset QTextDocument lays out (texts translated before they go in)."""

    def __init__(
        self, report: Report, w: Words, names: Mapping[str, str], person: str, chart: tuple[int, int]
    ) -> None:
        self.r, self.w, self.names, self.person = report, w, names, person.strip()
        self.chart = chart

    def image(self, name: str) -> str:
        width, height = self.chart
        tag = f"<img src='chart:{name}' width='{width}' height='{height}'>"
        return f"<p style='margin-top:4px;margin-bottom:2px'>{tag}</p>"

    def name(self, program: str) -> str:
        return self.w.program(self.names.get(program, program))

    def page(self) -> str:
        parts = [self.header(), self.done(), self.felt(), self.safety(), self.helps()]
        return "<html><body>" + "".join(parts) + "</body></html>"

    def header(self) -> str:
        r, w = self.r, self.w
        period = fill(
            w.counted("Report", "%1 to %2 (%n day(s))", r.period.days),
            w.day(r.period.first),
            w.day(r.period.last),
        )
        rows = [
            (w.translate("Report", "Period"), period),
            (w.translate("Report", "Made on"), w.day(r.made_at.date())),
        ]
        if self.person:
            rows.insert(0, (w.translate("Report", "Name"), self.person))
        title = w.translate("Report", "Self-care log from KneeCare")
        about = w.translate(
            "Report",
            "Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.",
        )
        return (
            f"<h2 style='margin-bottom:2px'>{_e(title)}</h2><p style='margin-top:0'>{_e(about)}</p>"
            + _table(rows, bold_first=True)
        )

    def done(self) -> str:
        r, w = self.r, self.w
        parts = [fill("%1 %2", n, w(STATUS[k])) for k, n in r.early.items()]
        early = "; ".join(parts) or w.translate("Report", "none")
        per_day = sum(x.done for x in r.weeks) / r.period.days
        lines = [
            fill(
                w.counted("Report", "%n session(s), %1 completed. Ended early: %2.", r.sessions),
                r.completed,
                early,
            ),
            fill(
                w.counted(
                    "Report",
                    "Daily goal: %n completed session(s) a day; reached on average %1 a day.",
                    r.daily_goal,
                ),
                w.number(per_day),
            ),
            fill(
                w.translate("Report", "Time on each knee: left %1 min, right %2 min."),
                w.number(r.knee_minutes["left"], 0),
                w.number(r.knee_minutes["right"], 0),
            ),
        ]
        knee, routine = w.translate("Report", "knee points"), w.translate("Report", "leg routine")
        head = [
            w.translate("Report", "Program"),
            w.translate("Report", "Kind"),
            w.translate("Report", "Sessions"),
            w.translate("Report", "Minutes"),
        ]
        rows = [
            (
                self.name(p.program),
                knee if p.kind == "knee" else routine,
                str(p.sessions),
                w.number(p.minutes, 0),
            )
            for p in r.programs
        ]
        return (
            _h3(w.translate("Report", "What was done"))
            + "".join(_p(t) for t in lines)
            + self.image("goal")
            + _table([tuple(head), *rows], head=True, right_from=2)
        )

    def felt(self) -> str:
        r, w = self.r, self.w
        title = _h3(w.translate("Report", "How it felt"))
        if not r.ratings:
            return title + _p(w.translate("Report", "No session was rated both before and after."))
        head = (
            w.translate("Report", "0-10, 10 worst"),
            w.translate("Report", "Before"),
            w.translate("Report", "After"),
            w.translate("Report", "Change"),
            w.translate("Report", "Sessions rated"),
        )
        rows = [
            (
                w(MEASURE[c.measure]),
                w.number(c.mean_before),
                w.number(c.mean_after),
                w.signed(c.mean_change),
                str(c.count),
            )
            for c in r.ratings
        ]
        note = w.translate(
            "Report",
            "Averages of the ratings given just before and just after a session, over the sessions rated "
            "both times.",
        )
        return title + _p(note) + _table([head, *rows], head=True, right_from=1) + self.image("ratings")

    def helps(self) -> str:
        w = self.w
        out = _h3(w.translate("Report", "What seems to help"), new_page=True)
        if not self.r.findings:
            return out + _p(
                w.translate("Report", "Not enough rated sessions yet: each line needs at least 5.")
            )
        note = w.translate(
            "Report",
            "Average change in the person's own 0-10 ratings after a session (below 0: lower after), with "
            "an 80% interval of that average. An observation, not evidence of an effect.",
        )
        lines = "".join(f"<li>{_e(finding_words(f, w, self.name))}</li>" for f in self.r.findings)
        return out + _p(note) + f"<ul style='margin-top:2px'>{lines}</ul>"

    def safety(self) -> str:
        r, w = self.r, self.w
        out = [_h3(w.translate("Report", "Safety"))]
        s = r.screening
        if s is None:
            out.append(_p(w.translate("Report", "No safety screening recorded.")))
        else:
            latest = w.translate("Report", "Latest safety screening: %1. Result: %2.")
            out.append(_p(fill(latest, w.moment(s.taken_at), w(VERDICT[s.verdict.value]))))
            yes, no, none = (
                w.translate("Report", "yes"),
                w.translate("Report", "no"),
                w.translate("Report", "no answer"),
            )
            rows = []
            for rule in RULES:
                answer = s.answers.get(rule.concern)
                question = w(question_asked(rule.concern, s.version_of(rule.concern)), context="safety")
                rows.append((question, none if answer is None else yes if answer else no))
            out.append(_table(rows))
        heading = w.translate("Report", "Red flags, all-clears and safety stops in the period")
        out.append(_p(f"<b>{_e(heading)}</b>", raw=True))
        events = self.events()
        if events:
            items = "".join(f"<li>{_e(w.moment(t))}: {_e(x)}</li>" for t, x in events)
            out.append(f"<ul style='margin-top:0'>{items}</ul>")
        else:
            out.append(_p(w.translate("Report", "None.")))
        daily = w.translate("Report", "on") if r.daily_question_on else w.translate("Report", "off")
        question = w.translate(
            "Report",
            "The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when "
            "this report was made.",
        )
        out.append(_p(fill(question, daily)))
        return "".join(out)

    def events(self) -> list[tuple[datetime, str]]:
        r, w = self.r, self.w
        flag = w.translate(
            "Report",
            "Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.",
        )
        events = [(t, flag) for t in r.red_flags]
        ended = w.translate("Report", "Hold ended: %1.")
        events += [(c.at, fill(ended, w(ALL_CLEAR[c.how.value]))) for c in r.all_clears]
        during = w.translate("Report", "In a session of %1: %2")
        for e in r.safety_reports:
            step = w(STEP[e.step_kind]) if e.step_kind in STEP else ""
            knee = w(KNEE[e.knee]) if e.knee in KNEE else ""
            where = ", ".join(x for x in (step, knee) if x)
            what = fill(during, self.name(e.program), w(FELT.get(e.kind, e.kind)))
            events.append((e.at, f"{what} ({where})" if where else what))
        return sorted(events, key=lambda item: item[0])


def _h3(text: str, new_page: bool = False) -> str:
    page = "page-break-before:always;" if new_page else ""
    return f"<h3 style='{page}margin-top:10px;margin-bottom:3px'>{_e(text)}</h3>"


def _p(text: str, raw: bool = False) -> str:
    return f"<p style='margin-top:1px;margin-bottom:1px'>{text if raw else _e(text)}</p>"


def _table(
    rows: Sequence[tuple[str, ...]],
    head: bool = False,
    right_from: int | None = None,
    bold_first: bool = False,
) -> str:
    out = []
    for i, row in enumerate(rows):
        cells = []
        for j, text in enumerate(row):
            tag = "th" if head and i == 0 else "td"
            align = " align='right'" if right_from is not None and j >= right_from else ""
            body = f"<b>{_e(text)}</b>" if bold_first and j == 0 else _e(text)
            cells.append(f"<{tag}{align}>{body}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    border = " border='1' style='border-collapse:collapse;border-color:#888'" if head else ""
    return f"<table cellspacing='0' cellpadding='3'{border}>{''.join(out)}</table>"
