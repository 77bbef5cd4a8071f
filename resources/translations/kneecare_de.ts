<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Sharp pain</source>
        <translation>Stechender Schmerz</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Beide Knie</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Linkes Knie</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechtes Knie</translation>
    </message>
    <message>
        <source>It hurts / numb / tingling  (!)</source>
        <translation>Schmerz / taub / kribbelt  (!)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>Der Ablauf, dem Sie folgen</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Work both knees, or only the left or the right one</source>
        <translation>Beide Knie, oder nur das linke oder das rechte</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes of movement per knee</source>
        <translation>Minuten Bewegung je Knie</translation>
    </message>
    <message>
        <source>From 1 to 3 minutes, in half minutes</source>
        <translation>Von 1 bis 3 Minuten, in halben Minuten</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Knees</source>
        <translation>&amp;Knie</translation>
    </message>
    <message>
        <source>&amp;Movement per knee</source>
        <translation>&amp;Bewegung je Knie</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nichts weiter</translation>
    </message>
    <message>
        <source>Finish with</source>
        <translation>Danach noch</translation>
    </message>
    <message>
        <source>A routine to do right after the knee session</source>
        <translation>Eine Übung direkt nach der Knie-Sitzung</translation>
    </message>
    <message>
        <source>&amp;Finish with</source>
        <translation>&amp;Danach noch</translation>
    </message>
    <message>
        <source>Continue &amp;gently</source>
        <translation>Sanft &amp;weitermachen</translation>
    </message>
    <message>
        <source>Go on with a lighter touch</source>
        <translation>Mit leichterem Druck weitermachen</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>Sitzung b&amp;eenden</translation>
    </message>
    <message>
        <source>End the session now, for safety</source>
        <translation>Die Sitzung zur Sicherheit jetzt beenden</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Starten, pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Zum nächsten Schritt (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Die Sitzung beenden (Esc)</translation>
    </message>
    <message>
        <source>Sharp pain, numbness or tingling: pause now (! or Ctrl+H)</source>
        <translation>Stechender Schmerz, Taubheit oder Kribbeln: sofort pausieren (! oder Strg+H)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Die Sitzung starten, pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Zum nächsten Schritt gehen (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Die Sitzung beenden (Esc)</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling</source>
        <translation>Schmerz, taub oder kribbelt</translation>
    </message>
    <message>
        <source>Pauses the session at once and asks what you feel (! or Ctrl+H)</source>
        <translation>Pausiert die Sitzung sofort und fragt, was Sie spüren (! oder Strg+H)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>Verlauf &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The new language shows from KneeCare&apos;s next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von KneeCare.</translation>
    </message>
    <message>
        <source>&amp;About safety</source>
        <translation>&amp;Zur Sicherheit</translation>
    </message>
    <message>
        <source>My situation &amp;changed…</source>
        <translation>Meine Lage hat sich &amp;geändert…</translation>
    </message>
    <message>
        <source>Answer the safety questions again</source>
        <translation>Die Sicherheitsfragen noch einmal beantworten</translation>
    </message>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Vor jeder Sitzung nach meinen Beinen fragen</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Zur Sicherheit</translation>
    </message>
    <message>
        <source>When not to do this, and when to see a health professional (F1)</source>
        <translation>Wann Sie es lassen sollten und wann Sie eine Fachperson fragen (F1)</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Die Sitzung starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Die Sitzung beenden</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling: pause now</source>
        <translation>Schmerz, taub oder kribbelt: sofort pausieren</translation>
    </message>
    <message>
        <source>This session cannot start: %1.</source>
        <translation>Diese Sitzung kann nicht beginnen: %1.</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Gemeldet: %1</translation>
    </message>
    <message>
        <source>Pause session</source>
        <translation>Sitzung pausieren</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>Sitzung fortsetzen</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The backs of your legs, seen from behind</source>
        <translation>Die Rückseiten Ihrer Beine, von hinten gesehen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Wo Sie gerade sind</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>Was die Hände tun</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Verbleibende Zeit der Sitzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wenn Sie es sind</translation>
    </message>
    <message>
        <source>%1 Press Start or Space to begin.</source>
        <translation>%1 Mit „Starten“ oder der Leertaste geht es los.</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Zuerst: %1</translation>
    </message>
    <message>
        <source>left in this step</source>
        <translation>übrig in diesem Schritt</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>Pausiert. Mit der Leertaste geht es weiter.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <source>Press Start or Space for another session.</source>
        <translation>Mit „Starten“ oder der Leertaste beginnt eine neue Sitzung.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Open the %1 menu</source>
        <translation>Das Menü %1 öffnen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Tab moves between controls; Space or Enter presses the one with the focus.</source>
        <translation>Tab wechselt zwischen den Bedienelementen; Leertaste oder Eingabe drückt das ausgewählte.</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation>Jede Zeile: die Tasten, dann was sie tun</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Every key KneeCare answers</source>
        <translation>Alle Tasten, auf die KneeCare reagiert</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Start session (%1)</source>
        <translation>Sitzung starten (%1)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>Open KneeCare</source>
        <translation>KneeCare öffnen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Zur Sicherheit</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Erinnerungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Left knee</source>
        <translation>Linkes Knie</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechtes Knie</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Jetzt wechseln</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Session ended for safety</source>
        <translation>Sitzung zur Sicherheit beendet</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation>Sitzung unterbrochen</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · Schritt %2 von %3</translation>
    </message>
    <message>
        <source> · set %1 of %2</source>
        <translation> · Satz %1 von %2</translation>
    </message>
    <message>
        <source> · round %1 of %2</source>
        <translation> · Runde %1 von %2</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten geschafft</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>Als Nächstes: %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation>noch %1 in dieser Sitzung</translation>
    </message>
    <message>
        <source>↻  Small circles over BL40 · one every %1 s</source>
        <translation>↻  Kleine Kreise über BL40 · einer alle %1 s</translation>
    </message>
    <message>
        <source>↕  Slow strokes up and down across the hollow · one every %1 s</source>
        <translation>↕  Langsam auf und ab über die Mulde streichen · einmal alle %1 s</translation>
    </message>
    <message>
        <source>Release in %1 s</source>
        <translation>Loslassen in %1 s</translation>
    </message>
    <message>
        <source>Hold still on BL40 · %1 s, then release</source>
        <translation>Ruhig auf BL40 halten · %1 s, dann loslassen</translation>
    </message>
    <message>
        <source>↓  Light strokes from the knee down the calf to the ankle</source>
        <translation>↓  Leicht vom Knie über die Wade zum Knöchel streichen</translation>
    </message>
    <message>
        <source>Release: let the hollow rest</source>
        <translation>Loslassen: die Mulde ruhen lassen</translation>
    </message>
    <message>
        <source>BL40 · Weizhong sits in the middle of the crease</source>
        <translation>BL40 · Weizhong liegt mitten in der Kniekehlenfalte</translation>
    </message>
    <message>
        <source>Hold the stretch · %1 s, then release</source>
        <translation>Dehnung halten · %1 s, dann lösen</translation>
    </message>
    <message>
        <source>One every %1 s, smooth and steady</source>
        <translation>Eine alle %1 s, ruhig und gleichmäßig</translation>
    </message>
    <message>
        <source>Rest quietly; a soft chime marks the end</source>
        <translation>Ruhig ausruhen; ein leiser Ton markiert das Ende</translation>
    </message>
    <message>
        <source>Breathe in
through the nose · %1 s</source>
        <translation>Einatmen
durch die Nase · %1 s</translation>
    </message>
    <message>
        <source>Breathe out
through the mouth · %1 s</source>
        <translation>Ausatmen
durch den Mund · %1 s</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>You reported %1. Next time use a lighter touch; if it comes back, leave this point out and ask a health professional.</source>
        <translation>Sie haben %1 gemeldet. Drücken Sie beim nächsten Mal sanfter; kommt es wieder, lassen Sie diesen Punkt aus und fragen Sie eine Fachperson.</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>stechenden Schmerz</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Passen Sie auf sich auf</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>%1 in all, %2.</source>
        <translation>%1 insgesamt, %2.</translation>
    </message>
</context>
</TS>
