"""The safety texts (kneecare/core/safety.py) for pyside6-lupdate, written by update.py:
do not edit. The UI translates each under the "safety" context where it shows it."""

# ruff: noqa: E501
from kneecare.i18n import QT_TRANSLATE_NOOP

# fmt: off
TEXTS = [
    QT_TRANSLATE_NOOP("safety", "Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, or are you being treated for one?"),
    QT_TRANSLATE_NOOP("safety", "A blood clot in a leg vein (DVT)"),
    QT_TRANSLATE_NOOP("safety", "Massage is not advised while there is a clot in a leg. Please leave these sessions aside and ask your doctor what is safe for you."),
    QT_TRANSLATE_NOOP("safety", "Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?"),
    QT_TRANSLATE_NOOP("safety", "Badly inflamed varicose veins"),
    QT_TRANSLATE_NOOP("safety", "Pressing on inflamed veins can make them worse. Please have a doctor look at them before you use these sessions."),
    QT_TRANSLATE_NOOP("safety", "Is there an open wound, a cut, or a skin infection at the back of either knee?"),
    QT_TRANSLATE_NOOP("safety", "A wound or a skin infection behind the knee"),
    QT_TRANSLATE_NOOP("safety", "Let the skin heal first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole and healthy again."),
    QT_TRANSLATE_NOOP("safety", "Have you had an operation on a knee recently, or are you still recovering from one?"),
    QT_TRANSLATE_NOOP("safety", "Recent knee surgery"),
    QT_TRANSLATE_NOOP("safety", "A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist when pressure behind the knee is safe for you."),
    QT_TRANSLATE_NOOP("safety", "Do you have a bleeding or clotting disorder that is not under control?"),
    QT_TRANSLATE_NOOP("safety", "A bleeding disorder that is not under control"),
    QT_TRANSLATE_NOOP("safety", "Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor before you use these sessions."),
    QT_TRANSLATE_NOOP("safety", "Are you pregnant?"),
    QT_TRANSLATE_NOOP("safety", "Pregnancy"),
    QT_TRANSLATE_NOOP("safety", "Please check with your midwife, doctor or another healthcare provider before doing any pressure-point work. You can go on once they have told you it is fine for you."),
    QT_TRANSLATE_NOOP("safety", "My healthcare provider has told me that pressure-point self-massage is fine for me."),
    QT_TRANSLATE_NOOP("safety", "Is there any new swelling, warmth, redness or pain in either of your legs?"),
    QT_TRANSLATE_NOOP("safety", "A leg that is newly swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don't massage it. There will be no session today; you can check in again tomorrow."),
    QT_TRANSLATE_NOOP("safety", "Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here."),
    QT_TRANSLATE_NOOP("safety", "What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you."),
    QT_TRANSLATE_NOOP("safety", "Self-care, not treatment"),
    QT_TRANSLATE_NOOP("safety", "KneeCare guides you through gentle self-massage of the points behind your knees. It is a way of looking after yourself. It does not diagnose, treat or cure any condition, and it does not replace advice from a doctor, nurse or physiotherapist."),
    QT_TRANSLATE_NOOP("safety", "When not to do this"),
    QT_TRANSLATE_NOOP("safety", "Please don't use these sessions if you have any of the following:"),
    QT_TRANSLATE_NOOP("safety", "If you are pregnant"),
    QT_TRANSLATE_NOOP("safety", "Check with your healthcare provider before any pressure-point work, and go on only once they have agreed."),
    QT_TRANSLATE_NOOP("safety", "During a session"),
    QT_TRANSLATE_NOOP("safety", "Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red \"It hurts / numb / tingling\" button, or the ! key, pauses the session at once."),
    QT_TRANSLATE_NOOP("safety", "When to see a health professional"),
    QT_TRANSLATE_NOOP("safety", "Don't massage a leg that shows these signs; have it checked promptly instead:"),
    QT_TRANSLATE_NOOP("safety", "swelling or pain in a leg that does not go away"),
    QT_TRANSLATE_NOOP("safety", "a leg that suddenly feels warm"),
    QT_TRANSLATE_NOOP("safety", "severe swelling"),
    QT_TRANSLATE_NOOP("safety", "redness of the skin"),
    QT_TRANSLATE_NOOP("safety", "In an emergency"),
    QT_TRANSLATE_NOOP("safety", "If a painful or swollen leg comes with sudden shortness of breath or chest pain, call your local emergency number at once."),
    QT_TRANSLATE_NOOP("safety", "Your answers"),
    QT_TRANSLATE_NOOP("safety", "The safety answers stay on this computer. KneeCare asks the questions again every {days} days, and you can answer them again at any time with Safety > My situation changed. Before each session it asks one quick question about your legs."),
]
# fmt: on
