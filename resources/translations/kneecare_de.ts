<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Sessions cannot start: your history can only be read, so they could not be saved.</source>
        <translation>Sitzungen können nicht starten: Ihr Verlauf lässt sich nur lesen, daher könnten sie nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>KneeCare cannot start: a program file is broken.</source>
        <translation>KneeCare kann nicht starten: Eine Programmdatei ist beschädigt.</translation>
    </message>
    <message>
        <source>KneeCare cannot open your history, so it cannot start. The details say why.</source>
        <translation>KneeCare kann Ihren Verlauf nicht öffnen und daher nicht starten. Die Details nennen den Grund.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of KneeCare. It has been left untouched: please update KneeCare.</source>
        <translation>Ihr Verlauf wurde von einer neueren Version von KneeCare geschrieben. Er bleibt unverändert: Bitte aktualisieren Sie KneeCare.</translation>
    </message>
    <message>
        <source>Your history was damaged and no good backup of it was found. The damaged file was kept, and what could still be read from it was saved into a new history; the details say where and how much.</source>
        <translation>Ihr Verlauf war beschädigt, und es wurde keine intakte Sicherung gefunden. Die beschädigte Datei wurde aufbewahrt, und was sich aus ihr noch lesen ließ, wurde in einen neuen Verlauf übernommen; die Details sagen, wo und wie viel.</translation>
    </message>
    <message>
        <source>Your history was damaged. KneeCare kept the damaged file, restored your newest good backup from the backups folder and added what could still be read from the damaged file. The details name the backup, the folder and how many sessions each gave.</source>
        <translation>Ihr Verlauf war beschädigt. KneeCare hat die beschädigte Datei aufbewahrt, Ihre neueste intakte Sicherung aus dem Sicherungsordner wiederhergestellt und ergänzt, was sich aus der beschädigten Datei noch lesen ließ. Die Details nennen die Sicherung, den Ordner und wie viele Sitzungen jeweils dazukamen.</translation>
    </message>
    <message>
        <source>Your history is in use by another program (a backup or sync tool, or a second reader). KneeCare will try again by itself and start as soon as it is free.</source>
        <translation>Ihr Verlauf wird gerade von einem anderen Programm verwendet (etwa einem Sicherungs- oder Synchronisationsprogramm). KneeCare versucht es selbst erneut und startet, sobald er frei ist.</translation>
    </message>
    <message>
        <source>Your history can only be read where it is (a read-only folder, file or drive). You can look at it and export it, but new sessions cannot be saved, so Start is off.</source>
        <translation>Ihr Verlauf lässt sich an seinem Ort nur lesen (ein schreibgeschützter Ordner, eine schreibgeschützte Datei oder ein schreibgeschütztes Laufwerk). Sie können ihn ansehen und exportieren, aber neue Sitzungen können nicht gespeichert werden, daher ist „Start“ ausgeschaltet.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so KneeCare is using its defaults. The file was kept, not overwritten; the details say where it is.</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden, daher verwendet KneeCare die Standardeinstellungen. Die Datei wurde aufbewahrt, nicht überschrieben; die Details sagen, wo sie liegt.</translation>
    </message>
    <message>
        <source>KneeCare could not save this session to your history.</source>
        <translation>KneeCare konnte diese Sitzung nicht in Ihrem Verlauf speichern.</translation>
    </message>
    <message>
        <source>KneeCare cannot check safely whether it is already running, so it does not start. The details say why and what to do.</source>
        <translation>KneeCare kann nicht sicher prüfen, ob es bereits läuft, und startet deshalb nicht. Die Details nennen den Grund und was Sie tun können.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in KneeCare. Your history is kept as it was; the details say what happened, and the log file has them too.</source>
        <translation>In KneeCare ist etwas Unerwartetes schiefgegangen. Ihr Verlauf bleibt, wie er war; die Details sagen, was geschah, und stehen auch in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Atemtakt</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sounds and voice stopped working; the session goes on without them.</source>
        <translation>Töne und Sprachausgabe funktionieren nicht mehr; die Sitzung läuft ohne sie weiter.</translation>
    </message>
</context>
<context>
    <name>CueSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>A chime at each new step</source>
        <translation>Ein Signalton bei jedem neuen Schritt</translation>
    </message>
    <message>
        <source>A different chime when it is time for the other knee</source>
        <translation>Ein anderer Signalton, wenn das andere Knie an der Reihe ist</translation>
    </message>
    <message>
        <source>A chime when the session is done</source>
        <translation>Ein Signalton, wenn die Sitzung zu Ende ist</translation>
    </message>
    <message>
        <source>Breathing tones: rising to breathe in, falling to breathe out</source>
        <translation>Atemtöne: steigend zum Einatmen, fallend zum Ausatmen</translation>
    </message>
    <message>
        <source>A soft tick for each circle, stroke or repetition</source>
        <translation>Ein leises Ticken bei jedem Kreis, Strich oder jeder Wiederholung</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Play a chime</source>
        <translation>Signalton abspielen</translation>
    </message>
    <message>
        <source>Plays the step chime at this volume</source>
        <translation>Spielt den Schritt-Signalton in dieser Lautstärke</translation>
    </message>
    <message>
        <source>KneeCare cannot play sounds here: no sound output was found when it started. Connect speakers or headphones and start KneeCare again to hear them.</source>
        <translation>KneeCare kann hier keine Töne abspielen: Beim Start wurde keine Tonausgabe gefunden. Schließen Sie Lautsprecher oder Kopfhörer an und starten Sie KneeCare neu, um sie zu hören.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>Jeden Schritt vorlesen</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Sprechtempo der Stimme</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Reads a sample sentence with this voice and speed</source>
        <translation>Liest einen Beispielsatz mit dieser Stimme und diesem Tempo vor</translation>
    </message>
    <message>
        <source>The speech engine is starting…</source>
        <translation>Die Sprachausgabe startet…</translation>
    </message>
    <message>
        <source>Steps cannot be read aloud on this computer. %1 The chimes still play.</source>
        <translation>Auf diesem Computer können die Schritte nicht vorgelesen werden. %1 Die Signaltöne erklingen weiterhin.</translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>Die Standardstimme des Systems</translation>
    </message>
    <message>
        <source>%1 (not available in this language)</source>
        <translation>%1 (für diese Sprache nicht verfügbar)</translation>
    </message>
    <message>
        <source>Sound and &amp;voice…</source>
        <translation>Ton und &amp;Stimme…</translation>
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>tension</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Sessions before 12:00</source>
        <translation>Sitzungen vor 12:00 Uhr</translation>
    </message>
    <message>
        <source>Sessions from 12:00</source>
        <translation>Sitzungen ab 12:00 Uhr</translation>
    </message>
    <message>
        <source>%1 on average about the same after a session (80% interval %2 to %3)</source>
        <translation>%1 nach einer Sitzung im Durchschnitt etwa gleich (80-%-Intervall %2 bis %3)</translation>
    </message>
    <message>
        <source>%1 about the same (80% interval %2 to %3)</source>
        <translation>%1 etwa gleich (80-%-Intervall %2 bis %3)</translation>
    </message>
    <message>
        <source>%1 on average %2 points lower after a session (80% interval %3 to %4)</source>
        <translation>%1 nach einer Sitzung im Durchschnitt %2 Punkte niedriger (80-%-Intervall %3 bis %4)</translation>
    </message>
    <message>
        <source>%1 on average %2 points higher after a session (80% interval %3 to %4)</source>
        <translation>%1 nach einer Sitzung im Durchschnitt %2 Punkte höher (80-%-Intervall %3 bis %4)</translation>
    </message>
    <message>
        <source>%1 %2 points lower (80% interval %3 to %4)</source>
        <translation>%1 %2 Punkte niedriger (80-%-Intervall %3 bis %4)</translation>
    </message>
    <message>
        <source>%1 %2 points higher (80% interval %3 to %4)</source>
        <translation>%1 %2 Punkte höher (80-%-Intervall %3 bis %4)</translation>
    </message>
    <message>
        <source>From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would likely stay with more sessions like these. What you noticed, not proof that a program works.</source>
        <translation>Aus Ihren eigenen Bewertungen von 0 bis 10, nachher minus vorher. Im 80-%-Intervall bliebe der Durchschnitt wahrscheinlich auch mit weiteren solchen Sitzungen. Das ist Ihre eigene Beobachtung, kein Beweis, dass ein Programm wirkt.</translation>
    </message>
    <message>
        <source>In your own ratings, tension drops most clearly after %1. Try it next?</source>
        <translation>Nach Ihren eigenen Bewertungen sinkt die Spannung nach „%1“ am deutlichsten. Möchten Sie es als Nächstes ausprobieren?</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n more session(s) of one program before and after, and this shows what seems to help you.</source>
        <translation>
            <numerusform>Bewerten Sie noch %n Sitzung eines Programms vorher und nachher, dann zeigt sich hier, was Ihnen zu helfen scheint.</numerusform>
            <numerusform>Bewerten Sie noch %n Sitzungen eines Programms vorher und nachher, dann zeigt sich hier, was Ihnen zu helfen scheint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n session(s) rated before and after</source>
        <translation>
            <numerusform>%1: %2; %n Sitzung vorher und nachher bewertet</numerusform>
            <numerusform>%1: %2; %n Sitzungen vorher und nachher bewertet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Ankle pumps</source>
        <translation>Fußpumpe</translation>
    </message>
    <message>
        <source>Point the foot away, then pull the toes back towards the shin</source>
        <translation>Den Fuß strecken, dann die Zehen zum Schienbein heranziehen</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Fersenheben</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet, then lower your heels again</source>
        <translation>Auf die Fußballen steigen, dann die Fersen wieder senken</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Wadendehnung</translation>
    </message>
    <message>
        <source>Lean towards a wall with one leg back, heel down</source>
        <translation>An eine Wand lehnen, ein Bein hinten, die Ferse am Boden</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Wade ausstreichen</translation>
    </message>
    <message>
        <source>Light strokes from behind the knee down to the ankle</source>
        <translation>Leichte Striche von der Kniekehle hinunter zum Knöchel</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Wechseldusche</translation>
    </message>
    <message>
        <source>Warm water, then cool, in turns, on both legs</source>
        <translation>Warmes, dann kühles Wasser, im Wechsel, auf beide Beine</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Dehnung der Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>Sit forward, one leg straight, heel down, lean from the hips</source>
        <translation>Vorn auf dem Stuhl sitzen, ein Bein gestreckt, die Ferse am Boden, aus der Hüfte nach vorn neigen</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Beine hochlegen</translation>
    </message>
    <message>
        <source>Lie down with your feet resting higher than your heart</source>
        <translation>Hinlegen, die Füße höher als das Herz</translation>
    </message>
    <message>
        <source>Drawing: %1</source>
        <translation>Zeichnung: %1</translation>
    </message>
</context>
<context>
    <name>KnowHow</name>
    <message>
        <source>More for your legs</source>
        <translation>Mehr für Ihre Beine</translation>
    </message>
    <message>
        <source>Compression stockings</source>
        <translation>Kompressionsstrümpfe</translation>
    </message>
    <message>
        <source>Firm, graduated stockings can help people whose legs swell again and again, or who have varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.</source>
        <translation>Feste Strümpfe mit abgestuftem Druck können Menschen helfen, deren Beine immer wieder anschwellen oder die Krampfadern haben: Ihr gleichmäßiger Druck hält die Flüssigkeit davon ab, sich in den Unterschenkeln zu sammeln.</translation>
    </message>
    <message>
        <source>The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them with you.</source>
        <translation>Auf die richtige Stärke und Größe kommt es an. Wählen Sie sie gemeinsam mit Ihrer Ärztin, Ihrem Arzt, einer Pflegefachperson oder in der Apotheke aus.</translation>
    </message>
    <message>
        <source>Move every hour</source>
        <translation>Jede Stunde bewegen</translation>
    </message>
    <message>
        <source>Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle pumps keeps the calf muscles working.</source>
        <translation>Wer stundenlang still sitzt oder steht, bei dem sammelt sich Flüssigkeit in den Unterschenkeln. Stehen Sie mindestens einmal pro Stunde auf und gehen Sie ein paar Minuten. Wenn Sie Ihren Platz nicht verlassen können, halten ein paar Fußpumpen die Wadenmuskeln in Gang.</translation>
    </message>
    <message>
        <source>Regular walking, cycling or swimming builds up the calf muscle pump over time.</source>
        <translation>Regelmäßiges Gehen, Radfahren oder Schwimmen stärkt mit der Zeit die Wadenmuskelpumpe.</translation>
    </message>
    <message>
        <source>Water and salt</source>
        <translation>Wasser und Salz</translation>
    </message>
    <message>
        <source>Drink enough water through the day. A lot of salt makes the body hold on to water, so going easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on the plate.</source>
        <translation>Trinken Sie über den Tag verteilt genug Wasser. Viel Salz lässt den Körper Wasser zurückhalten; wer mit salzigem Essen sparsam ist, hat oft weniger Schwellungen. Fetter Fisch und grünes Blattgemüse gehören gern auf den Teller.</translation>
    </message>
    <message>
        <source>A healthy weight</source>
        <translation>Ein gesundes Gewicht</translation>
    </message>
    <message>
        <source>Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving more helps with both.</source>
        <translation>Ein gesundes Gewicht erleichtert dem Kreislauf die Arbeit in Ihren Beinen; mehr Bewegung hilft bei beidem.</translation>
    </message>
    <message>
        <source>Smoking, blood pressure and blood sugar</source>
        <translation>Rauchen, Blutdruck und Blutzucker</translation>
    </message>
    <message>
        <source>Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after your blood vessels, in the legs as everywhere else. Your doctor can help with all three.</source>
        <translation>Mit dem Rauchen aufzuhören und Blutdruck und Blutzucker im gesunden Bereich zu halten, schont Ihre Blutgefäße, in den Beinen wie überall sonst. Ihre Ärztin oder Ihr Arzt kann Ihnen bei allen dreien helfen.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wann Sie eine Fachperson aufsuchen sollten</translation>
    </message>
    <message>
        <source>See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.</source>
        <translation>Gehen Sie zu Ihrer Ärztin, Ihrem Arzt oder einer Pflegefachperson, wenn eine Schwellung oder Schmerzen in einem Bein nicht vergehen oder immer wiederkehren.</translation>
    </message>
    <message>
        <source>Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly swollen or painful.</source>
        <translation>Holen Sie sich rasch Hilfe und massieren Sie das Bein nicht, wenn es plötzlich warm, rot, stark geschwollen oder schmerzhaft wird.</translation>
    </message>
    <message>
        <source>For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.</source>
        <translation>Bei anhaltenden Schwellungen kann eine ausgebildete Therapeutin oder ein Therapeut Lymphdrainage oder eine Tiefengewebsmassage anbieten.</translation>
    </message>
    <message>
        <source>KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace advice from a health professional.</source>
        <translation>KneeCare ist eine Begleitung zur Selbstfürsorge. Es behandelt oder heilt keine Krankheit und ersetzt nicht den Rat einer medizinischen Fachperson.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;More for your legs</source>
        <translation>&amp;Mehr für Ihre Beine</translation>
    </message>
</context>
<context>
    <name>LegDiagram</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Leg diagram</source>
        <translation>Beindiagramm</translation>
    </message>
    <message>
        <source>Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Rückseite beider Beine, das linke Knie hervorgehoben; BL40 (Weizhong) in der Mitte der Beugefalte</translation>
    </message>
    <message>
        <source>Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Rückseite beider Beine, das rechte Knie hervorgehoben; BL40 (Weizhong) in der Mitte der Beugefalte</translation>
    </message>
    <message>
        <source>Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Rückseite beider Beine, beide Knie; BL40 (Weizhong) in der Mitte der Beugefalte</translation>
    </message>
</context>
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
        <source>&amp;Use it</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>No, &amp;thanks</source>
        <translation>&amp;Nein, danke</translation>
    </message>
    <message>
        <source>Do not suggest a program again</source>
        <translation>Kein Programm mehr vorschlagen</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Choose %1 for your next session</source>
        <translation>%1 für Ihre nächste Sitzung wählen</translation>
    </message>
    <message>
        <source>&amp;Warm compress first</source>
        <translation>&amp;Zuerst warme Kompresse</translation>
    </message>
    <message>
        <source>Warm compress first</source>
        <translation>Zuerst warme Kompresse</translation>
    </message>
    <message>
        <source>Rest a warm compress behind the knees before the session starts</source>
        <translation>Vor Beginn der Sitzung eine warme Kompresse in die Kniekehlen legen</translation>
    </message>
    <message>
        <source>Minutes of warm compress</source>
        <translation>Minuten mit warmer Kompresse</translation>
    </message>
    <message>
        <source>1 or 2 minutes, before the first knee</source>
        <translation>1 oder 2 Minuten, vor dem ersten Knie</translation>
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
        <source>Minutes with legs raised</source>
        <translation>Minuten mit hochgelegten Beinen</translation>
    </message>
    <message>
        <source>Legs &amp;raised for</source>
        <translation>Beine hoch&amp;gelegt für</translation>
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
        <source>High &amp;contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>Repeat the safety &amp;questions</source>
        <translation>Sicherheitsfragen &amp;wiederholen</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Bewegung reduzieren</translation>
    </message>
    <message>
        <source>A still marker and words instead of moving pictures</source>
        <translation>Ein ruhender Punkt und Worte statt bewegter Bilder</translation>
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
        <source>Every day</source>
        <translation>Jeden Tag</translation>
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
        <source>From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)</source>
        <translation>Von %1 bis %2 Minuten, in halben Minuten (insgesamt 2 bis 5 Minuten je Knie)</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in whole minutes</source>
        <translation>Von %1 bis %2 Minuten, in ganzen Minuten</translation>
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
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Jeden %n. Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynchronisieren…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>&amp;Tension</source>
        <translation>&amp;Spannung</translation>
    </message>
    <message>
        <source>how tight the back of the knee feels</source>
        <translation>wie gespannt sich die Kniekehle anfühlt</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>Sch&amp;merz</translation>
    </message>
    <message>
        <source>any ache or soreness</source>
        <translation>jedes Ziehen oder Wehtun</translation>
    </message>
    <message>
        <source>&amp;Swelling</source>
        <translation>Sch&amp;wellung</translation>
    </message>
    <message>
        <source>any puffiness around the knee</source>
        <translation>jede Schwellung rund ums Knie</translation>
    </message>
    <message>
        <source>Rate your knees</source>
        <translation>Wie geht es Ihren Knien?</translation>
    </message>
    <message>
        <source>How do your knees feel before the session?</source>
        <translation>Wie fühlen sich Ihre Knie vor der Sitzung an?</translation>
    </message>
    <message>
        <source>And after the session?</source>
        <translation>Und nach der Sitzung?</translation>
    </message>
    <message>
        <source>Rate what you feel, 0 for none and 10 for the most you can imagine. A slider you leave alone is simply not rated.</source>
        <translation>Bewerten Sie, was Sie spüren: 0 für gar nicht, 10 für das Stärkste, das Sie sich vorstellen können. Ein Regler, den Sie nicht bewegen, bleibt einfach ohne Bewertung.</translation>
    </message>
    <message>
        <source>%1, 0 none to 10 the most</source>
        <translation>%1, 0 gar nicht bis 10 am stärksten</translation>
    </message>
    <message>
        <source>not rated (before: %1)</source>
        <translation>ohne Bewertung (vorher: %1)</translation>
    </message>
    <message>
        <source>A note, if you like (optional)</source>
        <translation>Eine Notiz, wenn Sie möchten (freiwillig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>You can turn ratings back on in the History window.</source>
        <translation>Im Fenster „Verlauf“ können Sie die Bewertungen wieder einschalten.</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Überspringen  (Esc)</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Speichern und starten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ohne Bewertung</translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation>(vorher: %1)</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a session</source>
        <translation>An eine Sitzung &amp;erinnern</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Use reminder time %1</source>
        <translation>Erinnerungszeit %1 verwenden</translation>
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation>Erinnerungszeit %1</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>I&apos;m in a &amp;meeting: remind me in %1 min</source>
        <translation>Ich habe einen &amp;Termin: in %1 Min. erinnern</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>Tages&amp;ziel</translation>
    </message>
    <message>
        <source>Skip a reminder when today&apos;s goal is already met</source>
        <translation>Keine Erinnerung, wenn das heutige Ziel schon erreicht ist</translation>
    </message>
    <message>
        <source>Count routines (stretches, ankle pumps…) towards the goal</source>
        <translation>Übungen (Dehnen, Fußpumpe…) für das Ziel mitzählen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <source>&amp;Snooze for</source>
        <translation>&amp;Später erinnern nach</translation>
    </message>
    <message>
        <source>Recovery after heavy exercise</source>
        <translation>Erholung nach starker Belastung</translation>
    </message>
    <message>
        <source>Recovery reminders a day</source>
        <translation>Erholungs-Erinnerungen pro Tag</translation>
    </message>
    <message>
        <source>Recovery days</source>
        <translation>Erholungstage</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Remind me to stand up and &amp;move every hour, from</source>
        <translation>Jede Stunde ans Aufstehen und &amp;Bewegen erinnern, von</translation>
    </message>
    <message>
        <source>Movement nudges from</source>
        <translation>Bewegungserinnerungen ab</translation>
    </message>
    <message>
        <source>Movement nudges until</source>
        <translation>Bewegungserinnerungen bis</translation>
    </message>
    <message>
        <source>Start KneeCare in the tray when I log in</source>
        <translation>KneeCare beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>These reminders cannot work yet: %1.</source>
        <translation>So können die Erinnerungen noch nicht funktionieren: %1.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A weekday, day and month as QLocale writes them (QDate format), e.g. &quot;Sunday 29 November&quot;.</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>On until %1, then back to your usual reminders by itself. Reminders at %2.</source>
        <translation>Eingeschaltet bis %1, danach geht es von selbst mit Ihren gewohnten Erinnerungen weiter. Erinnerungen um %2.</translation>
    </message>
    <message>
        <source>End recovery reminders now</source>
        <translation>Erholungs-Erinnerungen jetzt beenden</translation>
    </message>
    <message>
        <source>For a few days after heavy exercise: reminders at %1, then back to your usual ones.</source>
        <translation>Für einige Tage nach starker Belastung: Erinnerungen um %1, danach wieder Ihre gewohnten.</translation>
    </message>
    <message>
        <source>Start recovery reminders today</source>
        <translation>Erholungs-Erinnerungen heute beginnen</translation>
    </message>
    <message numerus="yes">
        <source>Fine: the next reminder comes in %n minute(s).</source>
        <translation>
            <numerusform>In Ordnung: Die nächste Erinnerung kommt in %n Minute.</numerusform>
            <numerusform>In Ordnung: Die nächste Erinnerung kommt in %n Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>stopped early by the person</source>
        <translation>von der Person vorzeitig beendet</translation>
    </message>
    <message>
        <source>ended for safety</source>
        <translation>aus Sicherheitsgründen beendet</translation>
    </message>
    <message>
        <source>interrupted (the app was closed)</source>
        <translation>unterbrochen (die App wurde geschlossen)</translation>
    </message>
    <message>
        <source>a hands-on step skipped</source>
        <translation>ein Anwendungsschritt übersprungen</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>settling in</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>warm compress</source>
        <translation>warme Kompresse</translation>
    </message>
    <message>
        <source>finding the point</source>
        <translation>Punkt finden</translation>
    </message>
    <message>
        <source>steady pressure</source>
        <translation>gleichmäßiger Druck</translation>
    </message>
    <message>
        <source>circles or strokes</source>
        <translation>Kreisen oder Streichen</translation>
    </message>
    <message>
        <source>holding the point</source>
        <translation>Punkt halten</translation>
    </message>
    <message>
        <source>calf strokes</source>
        <translation>Waden ausstreichen</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>legs raised</source>
        <translation>Beine hochgelegt</translation>
    </message>
    <message>
        <source>warm and cool water</source>
        <translation>warmes und kühles Wasser</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>linkes Knie</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechtes Knie</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>stechender Schmerz</translation>
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
        <source>session ended for safety</source>
        <translation>Sitzung aus Sicherheitsgründen beendet</translation>
    </message>
    <message>
        <source>no reason given not to do the sessions</source>
        <translation>kein Grund gegen die Sitzungen angegeben</translation>
    </message>
    <message>
        <source>pregnant; a healthcare provider agreed to the sessions</source>
        <translation>schwanger; eine Fachperson hat den Sitzungen zugestimmt</translation>
    </message>
    <message>
        <source>pregnant; sessions held until a healthcare provider agrees</source>
        <translation>schwanger; Sitzungen pausiert, bis eine Fachperson zustimmt</translation>
    </message>
    <message>
        <source>sessions on hold because of a yes</source>
        <translation>Sitzungen wegen eines „Ja“ pausiert</translation>
    </message>
    <message>
        <source>not every question answered</source>
        <translation>nicht jede Frage beantwortet</translation>
    </message>
    <message>
        <source>the person said the leg was back to normal</source>
        <translation>laut der Person ist das Bein wieder normal</translation>
    </message>
    <message>
        <source>the person said a health professional cleared it</source>
        <translation>laut der Person hat eine Fachperson es freigegeben</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Self-care log from KneeCare</source>
        <translation>Selbstpflege-Protokoll aus KneeCare</translation>
    </message>
    <message>
        <source>Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are self-care and are not offered as a treatment.</source>
        <translation>Von der Person selbst mit der App KneeCare geführtes Protokoll; keine Diagnose. Die Sitzungen sind Selbstpflege und keine Behandlung.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>completed sessions a day, week&apos;s average</source>
        <translation>abgeschlossene Sitzungen pro Tag, Wochenmittel</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 vorher</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 nachher</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.</source>
        <translation>Angeleitete Selbst-Akupressur in der Kniekehle (Punkt BL40, Weizhong), wie von der Person aufgezeichnet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Time on each knee: left %1 min, right %2 min.</source>
        <translation>Zeit je Knie: links %1 Min., rechts %2 Min.</translation>
    </message>
    <message>
        <source>knee points</source>
        <translation>Kniepunkte</translation>
    </message>
    <message>
        <source>leg routine</source>
        <translation>Beinübung</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was gemacht wurde</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>No session was rated both before and after.</source>
        <translation>Keine Sitzung wurde vorher und nachher bewertet.</translation>
    </message>
    <message>
        <source>0-10, 10 worst</source>
        <translation>0–10, 10 am stärksten</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Sessions rated</source>
        <translation>Bewertete Sitzungen</translation>
    </message>
    <message>
        <source>Averages of the ratings given just before and just after a session, over the sessions rated both times.</source>
        <translation>Mittelwerte der Bewertungen direkt vor und direkt nach einer Sitzung, über die Sitzungen, die beide Male bewertet wurden.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Was zu helfen scheint</translation>
    </message>
    <message>
        <source>Not enough rated sessions yet: each line needs at least 5.</source>
        <translation>Noch zu wenige bewertete Sitzungen: Jede Zeile braucht mindestens 5.</translation>
    </message>
    <message>
        <source>Average change in the person&apos;s own 0-10 ratings after a session (below 0: lower after), with an 80% interval of that average. An observation, not evidence of an effect.</source>
        <translation>Mittlere Änderung der eigenen Bewertungen (0–10) der Person nach einer Sitzung (unter 0: danach niedriger), mit einem 80-%-Intervall dieses Mittelwerts. Eine Beobachtung, kein Nachweis einer Wirkung.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>No safety screening recorded.</source>
        <translation>Keine Sicherheitsabfrage aufgezeichnet.</translation>
    </message>
    <message>
        <source>Latest safety screening: %1. Result: %2.</source>
        <translation>Letzte Sicherheitsabfrage: %1. Ergebnis: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Red flags, all-clears and safety stops in the period</source>
        <translation>Rote Flaggen, Entwarnungen und Sicherheitsstopps im Zeitraum</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when this report was made.</source>
        <translation>Die tägliche Frage vor jeder Sitzung (Ist ein Bein geschwollen, warm, gerötet oder schmerzhaft?) war beim Erstellen dieses Berichts %1.</translation>
    </message>
    <message>
        <source>Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.</source>
        <translation>Tägliche Frage mit Ja beantwortet (ein Bein geschwollen, warm, gerötet oder schmerzhaft); Sitzungen pausiert.</translation>
    </message>
    <message>
        <source>Hold ended: %1.</source>
        <translation>Pause beendet: %1.</translation>
    </message>
    <message>
        <source>In a session of %1: %2</source>
        <translation>In einer Sitzung %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 bis %2 (%n Tag)</numerusform>
            <numerusform>%1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 completed. Ended early: %2.</source>
        <translation>
            <numerusform>%n Sitzung, %1 abgeschlossen. Vorzeitig beendet: %2.</numerusform>
            <numerusform>%n Sitzungen, %1 abgeschlossen. Vorzeitig beendet: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal: %n completed session(s) a day; reached on average %1 a day.</source>
        <translation>
            <numerusform>Tagesziel: %n abgeschlossene Sitzung pro Tag; erreicht im Mittel %1 pro Tag.</numerusform>
            <numerusform>Tagesziel: %n abgeschlossene Sitzungen pro Tag; erreicht im Mittel %1 pro Tag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a health professional</source>
        <translation>Bericht für eine Fachperson</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <source>&amp;Remember this name</source>
        <translation>Namen &amp;merken</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Name im Bericht:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF s&amp;peichern…</translation>
    </message>
    <message>
        <source>The first day comes after the last day. Please swap them.</source>
        <translation>Der erste Tag liegt nach dem letzten. Bitte tauschen Sie die beiden.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>No session was recorded in this period, so there is nothing to report.</source>
        <translation>In diesem Zeitraum wurde keine Sitzung aufgezeichnet, es gibt also nichts zu berichten.</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>Der Bericht konnte dort nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Report for a &amp;health professional…</source>
        <translation>Bericht für eine &amp;Fachperson…</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety questions · %1</source>
        <translation>Sicherheitsfragen · %1</translation>
    </message>
    <message>
        <source>They ask about:</source>
        <translation>Es geht um:</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Sessions are on hold for now</source>
        <translation>Die Sitzungen ruhen vorerst</translation>
    </message>
    <message>
        <source>Your answers show something that makes pressing behind the knee unwise at the moment, so KneeCare will not start a session.</source>
        <translation>Ihre Antworten zeigen etwas, das Druck in der Kniekehle im Moment nicht ratsam macht. Deshalb startet KneeCare keine Sitzung.</translation>
    </message>
    <message>
        <source>If an answer was a mistake, or things have changed, you can review your answers.</source>
        <translation>Wenn eine Antwort ein Versehen war oder sich etwas geändert hat, können Sie Ihre Antworten prüfen.</translation>
    </message>
    <message>
        <source>About &amp;safety</source>
        <translation>&amp;Zur Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Review my answers</source>
        <translation>Antworten &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Check with your healthcare provider first</source>
        <translation>Klären Sie es zuerst mit Ihrer medizinischen Fachperson ab</translation>
    </message>
    <message>
        <source>Tick the box once your provider has agreed; then Continue is available.</source>
        <translation>Setzen Sie das Häkchen, sobald Ihre Fachperson zugestimmt hat; dann können Sie auf „Weiter“ klicken.</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>Noch &amp;nicht</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>Setzen Sie zuerst oben das Häkchen</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Sitzungen sind ausgesetzt</translation>
    </message>
    <message>
        <source>You said a leg is swollen, warm, red or painful.</source>
        <translation>Sie haben angegeben, dass ein Bein geschwollen, warm, gerötet oder schmerzhaft ist.</translation>
    </message>
    <message>
        <source>Sessions stay on hold</source>
        <translation>Die Sitzungen bleiben ausgesetzt</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <source>Nothing in your answers stops you from using KneeCare. Press Start when you are ready; a quick question about your legs comes first.</source>
        <translation>Nach Ihren Antworten spricht nichts dagegen, dass Sie KneeCare nutzen. Klicken Sie auf „Starten“, wenn Sie bereit sind; zuerst kommt eine kurze Frage zu Ihren Beinen.</translation>
    </message>
    <message>
        <source>If your health changes, choose Safety &gt; My situation changed, and the questions are asked again.</source>
        <translation>Wenn sich Ihre Gesundheit ändert, wählen Sie Sicherheit &gt; Meine Lage hat sich geändert; dann werden die Fragen erneut gestellt.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Vor jeder Sitzung nach meinen Beinen fragen</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on until %1)</source>
        <translation>Vor jeder Sitzung nach meinen Beinen fragen (bis %1 immer eingeschaltet)</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on in your first week)</source>
        <translation>Vor jeder Sitzung nach meinen Beinen fragen (in Ihrer ersten Woche immer eingeschaltet)</translation>
    </message>
    <message>
        <source>You turned this question off; after a recent leg problem or a report of pain, numbness or tingling it is asked again until %1.</source>
        <translation>Sie haben diese Frage ausgeschaltet; nach einem kürzlichen Problem mit einem Bein oder einer Meldung von Schmerz, Taubheit oder Kribbeln wird sie bis %1 wieder gestellt.</translation>
    </message>
    <message>
        <source>This question is always asked before your first session.</source>
        <translation>Diese Frage wird vor Ihrer ersten Sitzung immer gestellt.</translation>
    </message>
    <message>
        <source>You turned this question off; it is still asked in your first week, until %1.</source>
        <translation>Sie haben diese Frage ausgeschaltet; in Ihrer ersten Woche wird sie trotzdem gestellt, bis %1.</translation>
    </message>
    <message>
        <source>KneeCare could not save your answer (%1). It counts for now, but you may be asked again next time.</source>
        <translation>KneeCare konnte Ihre Antwort nicht speichern (%1). Sie gilt vorerst, aber beim nächsten Mal werden Sie vielleicht erneut gefragt.</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <source>I have read this, and it does not apply to me</source>
        <translation>Ich habe das gelesen, und es trifft auf mich nicht zu</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>Bevor Sie beginnen: %1</translation>
    </message>
    <message>
        <source>Safety note for %1</source>
        <translation>Sicherheitshinweis zu %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>About safety · %1</source>
        <translation>Zur Sicherheit · %1</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Zur Sicherheit</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The backs of your legs, seen from behind</source>
        <translation>Die Rückseiten Ihrer Beine, von hinten gesehen</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
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
    <name>TrayCompanion</name>
    <message>
        <source>No tray here: closing this window quits KneeCare. Reminders come as notifications.</source>
        <translation>Hier gibt es keinen Infobereich: Wenn Sie dieses Fenster schließen, wird KneeCare beendet. Erinnerungen kommen als Benachrichtigungen.</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>E&amp;rinnerungen…</translation>
    </message>
    <message>
        <source>KneeCare could not change how it starts at login: %1</source>
        <translation>KneeCare konnte nicht ändern, wie es beim Anmelden startet: %1</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Ihre Sitzung</translation>
    </message>
    <message>
        <source>KneeCare is still here</source>
        <translation>KneeCare ist noch da</translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.</source>
        <translation>Es läuft im Infobereich weiter, um Sie zu erinnern. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols.</translation>
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
    <name>Voice</name>
    <message>
        <source>This is how KneeCare will read each step to you.</source>
        <translation>So liest KneeCare Ihnen jeden Schritt vor.</translation>
    </message>
    <message>
        <source>Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.</source>
        <translation>Installieren Sie speech-dispatcher (und eine Stimme wie espeak-ng), um die Schritte vorgelesen zu bekommen.</translation>
    </message>
    <message>
        <source>Your system&apos;s speech service did not answer.</source>
        <translation>Der Sprachdienst Ihres Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Es ist keine Sprachausgabe installiert.</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>Die Sprachausgabe funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The speech engine “%1” could not start.</source>
        <translation>Die Sprachausgabe „%1“ konnte nicht starten.</translation>
    </message>
    <message>
        <source>No speech voice for %1 is installed on this computer, so KneeCare plays the chimes only and does not read the steps aloud. Install a voice for %1 to hear them.</source>
        <translation>Auf diesem Computer ist keine Sprachausgabe-Stimme für %1 installiert. KneeCare spielt deshalb nur die Signaltöne und liest die Schritte nicht vor. Installieren Sie eine Stimme für %1, um die Schritte zu hören.</translation>
    </message>
    <message>
        <source>The speech engine “%1” did not answer.</source>
        <translation>Die Sprachausgabe „%1“ hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The speech helper stopped (exit code %1).</source>
        <translation>Das Sprachhilfsprogramm wurde beendet (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Showing %1</source>
        <extracomment>Read by screen readers after the chart&apos;s summary: %1 is the value picked (e.g. &quot;Thu 26 Nov: 2 sessions completed&quot;).</extracomment>
        <translation>Angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time</source>
        <translation>%1 ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, Feld „%2“: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 is not a non-empty text</source>
        <translation>%1 ist kein Text oder leer</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds (0 or more)</source>
        <translation>%1 ist keine Anzahl Sekunden (0 oder mehr)</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 has no UTC offset (like +01:00)</source>
        <translation>%1 hat keinen UTC-Versatz (wie +01:00)</translation>
    </message>
    <message>
        <source>%1 is not a time from the year %2 to %3</source>
        <translation>%1 ist kein Zeitpunkt zwischen den Jahren %2 und %3</translation>
    </message>
    <message>
        <source>%1 is not a value KneeCare knows</source>
        <translation>%1 ist kein Wert, den KneeCare kennt</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>is not an object with &apos;before&apos; and &apos;after&apos;</source>
        <translation>ist kein Objekt mit „before“ und „after“</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>entry %1 (started %2)</source>
        <translation>Eintrag %1 (begonnen %2)</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>liegt vor started_at</translation>
    </message>
    <message>
        <source>two phases have the same index</source>
        <translation>zwei Phasen haben denselben Index</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most KneeCare imports</source>
        <translation>die Datei ist größer als %1 MiB, das Höchste, was KneeCare importiert</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>die Datei ist kein gültiges JSON (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a KneeCare export</source>
        <translation>die Datei ist zu tief verschachtelt für einen KneeCare-Export</translation>
    </message>
    <message>
        <source>the file holds a value KneeCare cannot read: %1</source>
        <translation>die Datei enthält einen Wert, den KneeCare nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>the file does not hold a list of sessions (a KneeCare JSON export)</source>
        <translation>die Datei enthält keine Liste von Sitzungen (einen JSON-Export von KneeCare)</translation>
    </message>
    <message>
        <source>entries %1 and %2 are the same session (uid %3)</source>
        <translation>die Einträge %1 und %2 sind dieselbe Sitzung (uid %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n Sitzung hinzugefügt</numerusform>
            <numerusform>%n Sitzungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were already in your history.</source>
        <translation>
            <numerusform>%1; %n war bereits in Ihrem Verlauf.</numerusform>
            <numerusform>%1; %n waren bereits in Ihrem Verlauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>KneeCare had a problem with your history just now. The details say what happened and what KneeCare did about it.</source>
        <translation>KneeCare hatte soeben ein Problem mit Ihrem Verlauf. Die Details sagen, was geschehen ist und was KneeCare dagegen getan hat.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Ended for safety</source>
        <translation>Zur Sicherheit beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session gone through to its end with a pressing, moving or exercise step skipped (not done).</extracomment>
        <translation>Schritte übersprungen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>The Knees column of the sessions table.</extracomment>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>linkes Knie</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechtes Knie</translation>
    </message>
    <message>
        <source>both knees</source>
        <translation>beide Knie</translation>
    </message>
    <message>
        <source>settling in</source>
        <extracomment>What the person was doing: fills %3 of &quot;Reported %1 at %2, during %3&quot; (with the preposition needed).</extracomment>
        <translation>beim Hinsetzen</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>beim Aufwärmen</translation>
    </message>
    <message>
        <source>finding the hollow</source>
        <translation>beim Finden der Mulde</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>beim Drücken</translation>
    </message>
    <message>
        <source>the movement</source>
        <translation>bei der Bewegung</translation>
    </message>
    <message>
        <source>a hold</source>
        <translation>beim Halten</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>beim Abschluss</translation>
    </message>
    <message>
        <source>the repetitions</source>
        <translation>bei den Wiederholungen</translation>
    </message>
    <message>
        <source>a stretch</source>
        <translation>beim Dehnen</translation>
    </message>
    <message>
        <source>a rest</source>
        <translation>beim Ruhen</translation>
    </message>
    <message>
        <source>the intervals</source>
        <translation>bei den Intervallen</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
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
        <source>tension</source>
        <translation>Spannung</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word the person types to delete everything (in capitals).</extracomment>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month, yyyy: year); write it as your language does.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month); write it as your language does.</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A Qt date format under the chart&apos;s weekly bars (d: day, MMM: short month).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1: no sessions</source>
        <translation>%1: keine Sitzungen</translation>
    </message>
    <message>
        <source>, %1 ended early</source>
        <translation>, %1 vorzeitig beendet</translation>
    </message>
    <message>
        <source> (goal met)</source>
        <translation> (Ziel erreicht)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>Rate how your knees feel before and after a session to see here how they compare.</source>
        <translation>Bewerten Sie vor und nach einer Sitzung, wie sich Ihre Knie anfühlen; hier sehen Sie dann den Vergleich.</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points after a session</source>
        <translation>Ihr Wert für %1 sank nach einer Sitzung um %2 Punkte</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points</source>
        <translation>Ihr Wert für %1 sank um %2 Punkte</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points after a session</source>
        <translation>Ihr Wert für %1 stieg nach einer Sitzung um %2 Punkte</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points</source>
        <translation>Ihr Wert für %1 stieg um %2 Punkte</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same after a session</source>
        <translation>Ihr Wert für %1 blieb nach einer Sitzung etwa gleich</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same</source>
        <translation>Ihr Wert für %1 blieb etwa gleich</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the measures: &quot;A, B and C&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Knee sessions</source>
        <translation>Knie-Sitzungen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie sie endete</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Tension · pain · swelling, 0 to 10 (– not rated)</source>
        <translation>Spannung · Schmerz · Schwellung, 0 bis 10 (– nicht bewertet)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Alle Daten löschen</translation>
    </message>
    <message>
        <source>This deletes every session, rating and safety report, the reminder log, your screening answers and all backup copies, for good. Your settings stay.

If you might want them later, close this and use File &gt; Export first.

To go ahead, type %1 below.</source>
        <extracomment>%1 is the word to type (DELETE, translated above). &quot;File &gt; Export&quot; names the menu entry.</extracomment>
        <translation>Damit löschen Sie endgültig alle Sitzungen, Bewertungen und Sicherheitsmeldungen, das Protokoll der Erinnerungen, Ihre Antworten auf die Sicherheitsfragen und alle Sicherungskopien. Ihre Einstellungen bleiben erhalten.

Wenn Sie die Daten später vielleicht noch brauchen, schließen Sie dieses Fenster und wählen Sie zuerst Datei &gt; Verlauf exportieren.

Um fortzufahren, geben Sie unten %1 ein.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zum Bestätigen %1 eingeben</translation>
    </message>
    <message>
        <source>Also delete it on my other &amp;computers (sync folder)</source>
        <translation>Auch auf meinen anderen &amp;Computern löschen (Sync-Ordner)</translation>
    </message>
    <message>
        <source>Checked: your other computers delete everything too at their next sync. Not checked: only this computer&apos;s history goes, and sync is turned off here.</source>
        <translation>Angekreuzt: Ihre anderen Computer löschen beim nächsten Abgleich ebenfalls alles. Nicht angekreuzt: Nur der Verlauf dieses Computers wird gelöscht, und der Abgleich wird hier ausgeschaltet.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>History · %1</source>
        <translation>Verlauf · %1</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sitzungen pro Tag</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Zeitraum %1 zeigen</translation>
    </message>
    <message>
        <source>sessions today</source>
        <translation>Sitzungen heute</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>aktuelle Serie</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <source>days the goal was met</source>
        <translation>Tage mit erreichtem Ziel</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>Minuten diese Woche</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>How your knees felt, before and after</source>
        <translation>Wie sich Ihre Knie anfühlten, vorher und nachher</translation>
    </message>
    <message>
        <source>Tension before and after sessions</source>
        <translation>Spannung vor und nach den Sitzungen</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Schmerz vor und nach den Sitzungen</translation>
    </message>
    <message>
        <source>The quick rating before and after sessions is off.</source>
        <translation>Die kurze Bewertung vor und nach den Sitzungen ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Ask me again</source>
        <translation>Wieder fragen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Which sessions to list</source>
        <translation>Welche Sitzungen aufgelistet werden</translation>
    </message>
    <message>
        <source>List every session, only the knee sessions, or only the routines</source>
        <translation>Alle Sitzungen auflisten, nur die Knie-Sitzungen oder nur die Übungen</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); you can undo it</source>
        <translation>Die gewählte Sitzung löschen (Entf-Taste); Sie können das rückgängig machen</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>Alle Daten löschen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>Die Sitzung zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sitzungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Your other computers delete it at their next sync.</source>
        <translation>Ihre anderen Computer löschen ihn beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>The sync folder could not be reached; it is cleared at the next sync.</source>
        <translation>Der Sync-Ordner war nicht erreichbar; er wird beim nächsten Abgleich geleert.</translation>
    </message>
    <message>
        <source>Sync is now off; the sync folder was left as it was.</source>
        <translation>Der Abgleich ist jetzt ausgeschaltet; der Sync-Ordner blieb unverändert.</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day was met on %5 of %6 days.</source>
        <translation>Sitzungen pro Tag, Zeitraum %1: %2 abgeschlossen, %3 vorzeitig beendet; das Ziel von %4 am Tag wurde an %5 von %6 Tagen erreicht.</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.</source>
        <translation>Sitzungen pro Tag, Zeitraum %1: %2 abgeschlossen; das Ziel von %3 am Tag wurde an %4 von %5 Tagen erreicht.</translation>
    </message>
    <message>
        <source>Sessions per day, each week&apos;s average</source>
        <translation>Sitzungen pro Tag, Mittel jeder Woche</translation>
    </message>
    <message>
        <source>goal: %1 a day</source>
        <translation>Ziel: %1 am Tag</translation>
    </message>
    <message>
        <source>What seems to help you</source>
        <translation>Was Ihnen zu helfen scheint</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source> Shown as each week&apos;s average per day.</source>
        <translation> Dargestellt als Mittel pro Tag in jeder Woche.</translation>
    </message>
    <message>
        <source>No sessions in this time yet. When you finish one, it shows here.</source>
        <translation>In diesem Zeitraum noch keine Sitzungen. Wenn Sie eine abschließen, erscheint sie hier.</translation>
    </message>
    <message>
        <source>Minutes per week, last %1 weeks: %2 in all.</source>
        <translation>Minuten pro Woche, letzte %1 Wochen: %2 insgesamt.</translation>
    </message>
    <message>
        <source>current streak, go on today</source>
        <translation>aktuelle Serie, heute fortsetzen</translation>
    </message>
    <message>
        <source>%1: %2 before %3, after %4</source>
        <extracomment>%1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.</extracomment>
        <translation>%1: %2 vorher %3, nachher %4</translation>
    </message>
    <message>
        <source>%1 rating, 0 to 10, mean before and after sessions, last %2.</source>
        <translation>%1: Bewertung 0 bis 10, Mittel vor und nach den Sitzungen, Zeitraum %2.</translation>
    </message>
    <message>
        <source> Overall %1 before, %2 after.</source>
        <translation> Insgesamt %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 vorher</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 nachher</translation>
    </message>
    <message>
        <source>Choose a session to see its details.</source>
        <translation>Wählen Sie eine Sitzung, um die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Schritte: %1 von %2 geschafft</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <source>Reported %1 at %2, during %3</source>
        <extracomment>%1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of &quot;settling in&quot;, &quot;pressing&quot;, ...).</extracomment>
        <translation>%1 gemeldet bei %2, %3</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>keine Zahlen</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> – „%1“</translation>
    </message>
    <message>
        <source>Deleted the session of %1, %2.</source>
        <translation>Die Sitzung vom %1, %2 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>The title of the message after an export.</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2.</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>KneeCare JSON export (*.json)</source>
        <translation>KneeCare-JSON-Export (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The title of the message after an import.</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a text file; nothing was imported.</source>
        <translation>%1 ist keine Textdatei; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation>%1 wurde nicht importiert, und nichts hat sich geändert: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation>
            <numerusform>%n Sitzung, neueste zuerst. Bewertungen: Spannung · Schmerz · Schwellung, 0 bis 10.</numerusform>
            <numerusform>%n Sitzungen, neueste zuerst. Bewertungen: Spannung · Schmerz · Schwellung, 0 bis 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted all data (%n session(s)).</source>
        <translation>
            <numerusform>Alle Daten wurden gelöscht (%n Sitzung).</numerusform>
            <numerusform>Alle Daten wurden gelöscht (%n Sitzungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) completed</source>
        <translation>
            <numerusform>%1: %n Sitzung abgeschlossen</numerusform>
            <numerusform>%1: %n Sitzungen abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s), %4 ended early)</source>
        <translation>
            <numerusform>%1: %2 abgeschlossen pro Tag (%3 an %n Tag, %4 vorzeitig beendet)</numerusform>
            <numerusform>%1: %2 abgeschlossen pro Tag (%3 an %n Tagen, %4 vorzeitig beendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s))</source>
        <translation>
            <numerusform>%1: %2 abgeschlossen pro Tag (%3 an %n Tag)</numerusform>
            <numerusform>%1: %2 abgeschlossen pro Tag (%3 an %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>Im Durchschnitt: %1 (%n Sitzung vorher und nachher bewertet).</numerusform>
            <numerusform>Im Durchschnitt: %1 (%n Sitzungen vorher und nachher bewertet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %2 min in %n session(s)</source>
        <translation>
            <numerusform>Woche ab %1: %2 Min. in %n Sitzung</numerusform>
            <numerusform>Woche ab %1: %2 Min. in %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n Sitzung nach %1 exportiert.</numerusform>
            <numerusform>%n Sitzungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>left</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your left knee&quot;).</extracomment>
        <translation>linke</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your right knee&quot;).</extracomment>
        <translation>rechte</translation>
    </message>
    <message>
        <source>Warm compress</source>
        <translation>Warme Kompresse</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends.</source>
        <extracomment>{knee} becomes &quot;left&quot; or &quot;right&quot; (the words above).</extracomment>
        <translation>Setzen Sie sich bequem hin und legen Sie eine warme, nie heiße Kompresse hinter das {knee} Knie, bis die Zeit abgelaufen ist.</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.</source>
        <translation>Setzen Sie sich bequem hin und legen Sie eine warme, nie heiße Kompresse hinter beide Knie, bis die Zeit abgelaufen ist.</translation>
    </message>
    <message>
        <source>Firm, but never painful.</source>
        <translation>Fest, aber nie schmerzhaft.</translation>
    </message>
    <message>
        <source>firm</source>
        <extracomment>Words (separated by |) that say &quot;firm&quot; in the translated pressure instructions.</extracomment>
        <translation>fest</translation>
    </message>
    <message>
        <source>never painful|never hurts|never hurt</source>
        <extracomment>Words (separated by |) that say &quot;never painful&quot; in the translated pressure instructions.</extracomment>
        <translation>nie schmerzhaft|nie wehtut|nie weh</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Everyday care to keep the backs of the knees loose: once or twice a day.</source>
        <translation>Pflege für jeden Tag, damit die Kniekehlen locker bleiben: ein- oder zweimal täglich.</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Sit down and bend your {knee} knee a little, with the foot flat on the floor or resting on something.</source>
        <translation>Setzen Sie sich und beugen Sie das {knee} Knie ein wenig; der Fuß steht flach auf dem Boden oder liegt auf etwas auf.</translation>
    </message>
    <message>
        <source>Warm your hands</source>
        <translation>Hände wärmen</translation>
    </message>
    <message>
        <source>Rub your palms briskly together until they feel warm.</source>
        <translation>Reiben Sie die Handflächen kräftig aneinander, bis sie sich warm anfühlen.</translation>
    </message>
    <message>
        <source>Find the hollow</source>
        <translation>Die Mulde finden</translation>
    </message>
    <message>
        <source>Slide your fingers behind the {knee} knee and feel for the soft dip in the middle of the crease.</source>
        <translation>Legen Sie die Finger in die {knee} Kniekehle und tasten Sie nach der weichen Mulde in der Mitte der Beugefalte.</translation>
    </message>
    <message>
        <source>Press gently</source>
        <translation>Sanft drücken</translation>
    </message>
    <message>
        <source>Rest your thumbs in the hollow and lean in slowly until the pressure is firm but never painful.</source>
        <translation>Legen Sie die Daumen in die Mulde und drücken Sie langsam zu, bis der Druck fest, aber nie schmerzhaft ist.</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>Kleine Kreise</translation>
    </message>
    <message>
        <source>Steady hold</source>
        <translation>Gleichmäßig halten</translation>
    </message>
    <message>
        <source>Stroke down the calf</source>
        <translation>Die Wade ausstreichen</translation>
    </message>
    <message>
        <source>With light hands, stroke from behind the knee down the calf towards the ankle.</source>
        <translation>Streichen Sie mit leichten Händen von der Kniekehle über die Wade hinunter zum Knöchel.</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>A short version for a busy day: one minute of movement per knee.</source>
        <translation>Eine kurze Fassung für volle Tage: eine Minute Bewegung je Knie.</translation>
    </message>
    <message>
        <source>Sit with your {knee} knee slightly bent and the foot supported.</source>
        <translation>Setzen Sie sich, das {knee} Knie leicht gebeugt und der Fuß abgestützt.</translation>
    </message>
    <message>
        <source>Rub your palms together for a few breaths.</source>
        <translation>Reiben Sie die Handflächen ein paar Atemzüge lang aneinander.</translation>
    </message>
    <message>
        <source>Feel for the soft dip at the centre of the crease behind the {knee} knee.</source>
        <translation>Tasten Sie die {knee} Kniekehle ab und finden Sie die weiche Mulde in der Mitte der Beugefalte.</translation>
    </message>
    <message>
        <source>Press in with your thumbs, slowly, to a firm pressure that never hurts.</source>
        <translation>Drücken Sie langsam mit den Daumen zu, bis der Druck fest ist, aber nie wehtut.</translation>
    </message>
    <message>
        <source>Finish with a few light strokes from the knee down towards the ankle.</source>
        <translation>Streichen Sie zum Schluss ein paarmal leicht vom Knie hinunter zum Knöchel.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>After hard exercise: three minutes of movement per knee and a longer finish down the calf.</source>
        <translation>Nach harter Anstrengung: drei Minuten Bewegung je Knie und ein längeres Ausstreichen der Wade zum Schluss.</translation>
    </message>
    <message>
        <source>Sit comfortably, {knee} knee bent a little, foot flat or propped up.</source>
        <translation>Setzen Sie sich bequem hin, das {knee} Knie ein wenig gebeugt, der Fuß flach aufgestellt oder hochgelegt.</translation>
    </message>
    <message>
        <source>Rub your hands together until the palms are warm.</source>
        <translation>Reiben Sie die Hände aneinander, bis die Handflächen warm sind.</translation>
    </message>
    <message>
        <source>Bend the {knee} knee slightly and find the soft centre of the crease with your fingertips.</source>
        <translation>Beugen Sie das {knee} Knie leicht und finden Sie mit den Fingerspitzen die weiche Mitte der Beugefalte.</translation>
    </message>
    <message>
        <source>Use the heels of your palms and build up slowly to a pressure that is firm but never painful.</source>
        <translation>Drücken Sie mit den Handballen und steigern Sie den Druck langsam, bis er fest, aber nie schmerzhaft ist.</translation>
    </message>
    <message>
        <source>Slow strokes</source>
        <translation>Langsam streichen</translation>
    </message>
    <message>
        <source>Stroke lightly and slowly down the whole calf to the ankle, several times.</source>
        <translation>Streichen Sie mehrmals leicht und langsam über die ganze Wade hinunter bis zum Knöchel.</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <source>Sit back, let your shoulders drop, and rest your {knee} foot with the knee slightly bent.</source>
        <translation>Lehnen Sie sich zurück, lassen Sie die Schultern sinken und stellen Sie das {knee} Bein mit leicht gebeugtem Knie ab.</translation>
    </message>
    <message>
        <source>Rub your palms together slowly while you breathe out long.</source>
        <translation>Reiben Sie die Handflächen langsam aneinander und atmen Sie dabei lange aus.</translation>
    </message>
    <message>
        <source>Find the soft middle of the crease behind the {knee} knee.</source>
        <translation>Tasten Sie die {knee} Kniekehle ab und finden Sie die weiche Mitte der Beugefalte.</translation>
    </message>
    <message>
        <source>Let your thumbs sink in bit by bit until the pressure is firm but never painful.</source>
        <translation>Lassen Sie die Daumen nach und nach einsinken, bis der Druck fest, aber nie schmerzhaft ist.</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation>Ruhig halten</translation>
    </message>
    <message>
        <source>Trace small, slow circles across the hollow, the pressure firm but never painful.</source>
        <translation>Ziehen Sie kleine, langsame Kreise über die Mulde; der Druck bleibt fest, aber nie schmerzhaft.</translation>
    </message>
    <message>
        <source>Keep a still pressure on the centre of the crease, firm but never painful, then let go when the timer ends.</source>
        <translation>Halten Sie einen ruhigen Druck auf die Mitte der Beugefalte, fest, aber nie schmerzhaft, und lassen Sie los, wenn die Zeit abgelaufen ist.</translation>
    </message>
    <message>
        <source>Make small, unhurried circles over the hollow, the pressure firm but never painful.</source>
        <translation>Machen Sie kleine, ruhige Kreise über der Mulde; der Druck bleibt fest, aber nie schmerzhaft.</translation>
    </message>
    <message>
        <source>Stroke slowly up and down across the hollow with an even pressure, firm but never painful.</source>
        <translation>Streichen Sie langsam auf und ab über die Mulde, mit gleichmäßigem Druck, fest, aber nie schmerzhaft.</translation>
    </message>
    <message>
        <source>Press steadily into the centre of the crease, firm but never painful, and keep still; release when the timer ends.</source>
        <translation>Drücken Sie gleichmäßig in die Mitte der Beugefalte, fest, aber nie schmerzhaft, und halten Sie still; lassen Sie los, wenn die Zeit abgelaufen ist.</translation>
    </message>
    <message>
        <source>Wind down: slow breathing, small slow circles and three still holds.</source>
        <translation>Zur Ruhe kommen: langsames Atmen, kleine, langsame Kreise und dreimal ruhig halten.</translation>
    </message>
    <message>
        <source>Small, slow circles</source>
        <translation>Kleine, langsame Kreise</translation>
    </message>
    <message>
        <source>Make small, slow circles over the hollow in time with your breath, the pressure firm but never painful.</source>
        <translation>Machen Sie kleine, langsame Kreise über der Mulde, im Takt Ihres Atems; der Druck bleibt fest, aber nie schmerzhaft.</translation>
    </message>
    <message>
        <source>Hold a steady pressure on the centre of the crease, firm but never painful, and breathe slowly.</source>
        <translation>Halten Sie einen gleichmäßigen Druck auf die Mitte der Beugefalte, fest, aber nie schmerzhaft, und atmen Sie langsam.</translation>
    </message>
    <message>
        <source>Glide your hands gently down the calf towards the ankle.</source>
        <translation>Lassen Sie die Hände sanft über die Wade hinunter zum Knöchel gleiten.</translation>
    </message>
    <message>
        <source>Ankle pumps</source>
        <translation>Fußpumpe</translation>
    </message>
    <message>
        <source>Point and pull your feet in a steady rhythm so the calf muscles squeeze blood back up the legs.</source>
        <translation>Strecken und beugen Sie die Füße in gleichmäßigem Rhythmus, damit die Wadenmuskeln das Blut in den Beinen nach oben pumpen.</translation>
    </message>
    <message>
        <source>Legs out</source>
        <translation>Beine ausstrecken</translation>
    </message>
    <message>
        <source>Sit back or lie down with both legs stretched out and your heels resting on the floor or the bed.</source>
        <translation>Lehnen Sie sich zurück oder legen Sie sich hin, beide Beine ausgestreckt, die Fersen auf dem Boden oder dem Bett.</translation>
    </message>
    <message>
        <source>Point both feet away from you, then pull your toes back towards your shins: one full pump on each count. Smooth, not forced.</source>
        <translation>Strecken Sie beide Füße von sich weg und ziehen Sie dann die Zehen zu den Schienbeinen zurück: eine ganze Bewegung bei jedem Zählen. Fließend, ohne Kraftaufwand.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Let your feet go still and breathe easily; the next set starts when the timer ends.</source>
        <translation>Lassen Sie die Füße ruhen und atmen Sie locker; die nächste Runde beginnt, wenn die Zeit abgelaufen ist.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Fersenheben</translation>
    </message>
    <message>
        <source>Rise up on your toes and lower slowly, to work the calf muscles that help blood flow back from the legs.</source>
        <translation>Gehen Sie auf die Zehenspitzen und senken Sie sich langsam ab; das kräftigt die Wadenmuskeln, die das Blut aus den Beinen zurückfließen lassen.</translation>
    </message>
    <message>
        <source>Stand and hold on</source>
        <translation>Aufstellen und festhalten</translation>
    </message>
    <message>
        <source>Stand behind a sturdy chair or beside a wall, feet about hip-width apart, one hand resting on it for balance.</source>
        <translation>Stellen Sie sich hinter einen stabilen Stuhl oder neben eine Wand, die Füße etwa hüftbreit, eine Hand zum Halten daraufgelegt.</translation>
    </message>
    <message>
        <source>Rise slowly onto the balls of both feet, then lower your heels back to the floor: one raise on each count.</source>
        <translation>Heben Sie sich langsam auf beide Fußballen und senken Sie die Fersen dann wieder auf den Boden: einmal bei jedem Zählen.</translation>
    </message>
    <message>
        <source>Stand easy with your heels down and let the calves relax before the next set.</source>
        <translation>Stehen Sie locker mit den Fersen am Boden und lassen Sie die Waden vor der nächsten Runde entspannen.</translation>
    </message>
    <message>
        <source>Calf and hamstring stretches</source>
        <translation>Dehnen von Waden und Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>Gentle, still stretches for the backs of the legs, to ease tight calves and hamstrings.</source>
        <translation>Sanftes, ruhiges Dehnen der Beinrückseiten, um verspannte Waden und Oberschenkelrückseiten zu lockern.</translation>
    </message>
    <message>
        <source>Face a wall</source>
        <translation>Zur Wand drehen</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from a wall and rest both hands on it at shoulder height.</source>
        <translation>Stellen Sie sich etwa eine Armlänge vor eine Wand und legen Sie beide Hände in Schulterhöhe daran.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Wadendehnung</translation>
    </message>
    <message>
        <source>Step your {side} foot back and press that heel to the floor. Bend the front knee and lean towards the wall until the {side} calf feels a mild pull. Stay still; no bouncing.</source>
        <translation>Stellen Sie das {side} Bein einen Schritt zurück und drücken Sie die Ferse auf den Boden. Beugen Sie das vordere Knie und lehnen Sie sich zur Wand, bis die {side} Wade leicht zieht. Halten Sie still, ohne zu wippen.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Ease out of the stretch and shake the leg loose. Next: the {side} leg.</source>
        <translation>Lösen Sie die Dehnung langsam und schütteln Sie das Bein locker. Als Nächstes: das {side} Bein.</translation>
    </message>
    <message>
        <source>Sit on a chair</source>
        <translation>Auf einen Stuhl setzen</translation>
    </message>
    <message>
        <source>Sit near the front edge of a steady chair with both feet flat on the floor.</source>
        <translation>Setzen Sie sich nah an die Vorderkante eines stabilen Stuhls, beide Füße flach auf dem Boden.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Dehnung der Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>Straighten your {side} leg in front of you, heel on the floor and toes up. Keep your back long and tip forward from the hips until the back of the {side} thigh feels a mild pull.</source>
        <translation>Strecken Sie das {side} Bein vor sich aus, die Ferse am Boden, die Zehen nach oben. Halten Sie den Rücken lang und neigen Sie sich aus der Hüfte nach vorn, bis die {side} Oberschenkelrückseite leicht zieht.</translation>
    </message>
    <message>
        <source>Sit back up, bend the knee and let the leg rest. Next: the {side} leg.</source>
        <translation>Richten Sie sich wieder auf, beugen Sie das Knie und lassen Sie das Bein ruhen. Als Nächstes: das {side} Bein.</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Beine hochlegen</translation>
    </message>
    <message>
        <source>Rest with your legs raised above your heart for 15 to 20 minutes, to help swelling go down.</source>
        <translation>Ruhen Sie 15 bis 20 Minuten mit den Beinen höher als das Herz, damit Schwellungen zurückgehen können.</translation>
    </message>
    <message>
        <source>Lie down, legs up</source>
        <translation>Hinlegen, Beine hoch</translation>
    </message>
    <message>
        <source>Lie on your back and rest your legs on cushions, or up against a wall, so that your feet are higher than your heart.</source>
        <translation>Legen Sie sich auf den Rücken und lagern Sie die Beine auf Kissen oder an einer Wand hoch, sodass die Füße höher liegen als das Herz.</translation>
    </message>
    <message>
        <source>Legs raised</source>
        <translation>Beine oben</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. You can minimise this window: a soft chime tells you when the time is up.</source>
        <translation>Bleiben Sie ruhig liegen und atmen Sie locker. Sie können dieses Fenster minimieren: Ein leiser Ton sagt Ihnen, wenn die Zeit um ist.</translation>
    </message>
    <message>
        <source>Come down slowly</source>
        <translation>Langsam aufstehen</translation>
    </message>
    <message>
        <source>Lower your legs, roll onto one side and sit up gently before you stand.</source>
        <translation>Legen Sie die Beine ab, rollen Sie sich auf die Seite und setzen Sie sich behutsam auf, bevor Sie aufstehen.</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Wechseldusche</translation>
    </message>
    <message>
        <source>Warm and cool water on the legs in turns, to get the circulation going.</source>
        <translation>Abwechselnd warmes und kühles Wasser auf die Beine, um den Kreislauf anzuregen.</translation>
    </message>
    <message>
        <source>Not for you if you have been told to avoid sudden changes of temperature. Keep the water warm, never hot, and cool, never icy. Stop at once if you feel dizzy or unwell.</source>
        <translation>Nicht für Sie, wenn man Ihnen geraten hat, plötzliche Temperaturwechsel zu meiden. Das Wasser soll warm sein, nie heiß, und kühl, nie eiskalt. Hören Sie sofort auf, wenn Ihnen schwindlig wird oder Sie sich unwohl fühlen.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Stand steadily in the shower, or sit on a shower stool, with the shower head in your hand and the water warm.</source>
        <translation>Stellen Sie sich sicher in die Dusche oder setzen Sie sich auf einen Duschhocker, den Duschkopf in der Hand und das Wasser warm.</translation>
    </message>
    <message>
        <source>Warm and cool</source>
        <translation>Warm und kühl</translation>
    </message>
    <message>
        <source>Dry off</source>
        <translation>Abtrocknen</translation>
    </message>
    <message>
        <source>Turn off the water, pat your legs dry and rest a moment before you move on.</source>
        <translation>Drehen Sie das Wasser ab, tupfen Sie die Beine trocken und ruhen Sie einen Moment, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Wade ausstreichen</translation>
    </message>
    <message>
        <source>Light, slow strokes down the calf towards the ankle, a longer, gentle finish.</source>
        <translation>Leichtes, langsames Streichen über die Wade zum Knöchel: ein längerer, sanfter Abschluss.</translation>
    </message>
    <message>
        <source>With light hands, stroke slowly from behind the {knee} knee down the calf to the ankle, again and again.</source>
        <translation>Streichen Sie mit leichten Händen immer wieder langsam vom Knie über die {knee} Wade hinunter zum Knöchel.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, or are you being treated for one?</source>
        <translation>Haben Sie eine tiefe Venenthrombose (TVT), also ein Blutgerinnsel in einer tiefen Beinvene, oder werden Sie deswegen behandelt?</translation>
    </message>
    <message>
        <source>A blood clot in a leg vein (DVT)</source>
        <translation>Ein Blutgerinnsel in einer Beinvene (TVT)</translation>
    </message>
    <message>
        <source>Massage is not advised while there is a clot in a leg. Please leave these sessions aside and ask your doctor what is safe for you.</source>
        <translation>Solange ein Gerinnsel im Bein ist, wird von Massage abgeraten. Bitte lassen Sie diese Sitzungen beiseite und fragen Sie Ihre Ärztin oder Ihren Arzt, was für Sie sicher ist.</translation>
    </message>
    <message>
        <source>Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?</source>
        <translation>Sind Krampfadern an einem Ihrer Beine zurzeit stark entzündet: gerötet, heiß, verhärtet oder schmerzhaft?</translation>
    </message>
    <message>
        <source>Badly inflamed varicose veins</source>
        <translation>Stark entzündete Krampfadern</translation>
    </message>
    <message>
        <source>Pressing on inflamed veins can make them worse. Please have a doctor look at them before you use these sessions.</source>
        <translation>Druck auf entzündete Venen kann sie verschlimmern. Bitte lassen Sie sie ärztlich ansehen, bevor Sie diese Sitzungen nutzen.</translation>
    </message>
    <message>
        <source>Have you had an operation on a knee recently, or are you still recovering from one?</source>
        <translation>Wurden Sie vor Kurzem am Knie operiert, oder erholen Sie sich noch von einer Knieoperation?</translation>
    </message>
    <message>
        <source>Recent knee surgery</source>
        <translation>Eine kürzliche Knieoperation</translation>
    </message>
    <message>
        <source>A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist when pressure behind the knee is safe for you.</source>
        <translation>Ein operiertes Knie braucht einen eigenen Plan. Fragen Sie Ihre Chirurgin, Ihren Chirurgen oder Ihre Physiotherapie, ab wann Druck in der Kniekehle für Sie sicher ist.</translation>
    </message>
    <message>
        <source>Do you have a bleeding or clotting disorder that is not under control?</source>
        <translation>Haben Sie eine Blutungs- oder Gerinnungsstörung, die nicht unter Kontrolle ist?</translation>
    </message>
    <message>
        <source>A bleeding disorder that is not under control</source>
        <translation>Eine Blutungsstörung, die nicht unter Kontrolle ist</translation>
    </message>
    <message>
        <source>Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor before you use these sessions.</source>
        <translation>Fester Druck kann Blutergüsse oder Blutungen unter der Haut verursachen. Bitte sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie diese Sitzungen nutzen.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Sind Sie schwanger?</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>Please check with your midwife, doctor or another healthcare provider before doing any pressure-point work. You can go on once they have told you it is fine for you.</source>
        <translation>Bitte klären Sie mit Ihrer Hebamme, Ihrer Ärztin, Ihrem Arzt oder einer anderen medizinischen Fachperson ab, bevor Sie Druckpunkte behandeln. Sie können weitermachen, sobald man Ihnen gesagt hat, dass es für Sie unbedenklich ist.</translation>
    </message>
    <message>
        <source>My healthcare provider has told me that pressure-point self-massage is fine for me.</source>
        <translation>Meine medizinische Fachperson hat mir gesagt, dass Druckpunkt-Selbstmassage für mich unbedenklich ist.</translation>
    </message>
    <message>
        <source>Is there an open wound, a cut, broken skin or a skin infection at the back of either knee or on either calf?</source>
        <translation>Haben Sie eine offene Wunde, einen Schnitt, verletzte Haut oder eine Hautinfektion in einer Ihrer Kniekehlen oder an einer Ihrer Waden?</translation>
    </message>
    <message>
        <source>A wound, broken skin or a skin infection behind the knee or on the calf</source>
        <translation>Eine Wunde, verletzte Haut oder eine Hautinfektion in der Kniekehle oder an der Wade</translation>
    </message>
    <message>
        <source>The sessions press behind the knee and stroke down the calf, so let the skin there heal first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole and healthy again.</source>
        <translation>In den Sitzungen drücken Sie in der Kniekehle und streichen die Wade hinab. Lassen Sie die Haut dort deshalb zuerst heilen, und lassen Sie eine Infektion von einer Pflegefachkraft oder einer Ärztin oder einem Arzt ansehen. Die Sitzungen können warten, bis die Haut wieder heil und gesund ist.</translation>
    </message>
    <message>
        <source>Is either of your legs swollen, warm, red or painful at the moment?</source>
        <translation>Ist eines Ihrer Beine im Moment geschwollen, warm, gerötet oder schmerzhaft?</translation>
    </message>
    <message>
        <source>A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don&apos;t massage it. Sessions stay on hold until the leg is back to normal, or until a health professional has told you that massage is fine.</source>
        <translation>Ein geschwollenes, warmes, gerötetes oder schmerzhaftes Bein sollte umgehend ärztlich oder von einer Pflegefachkraft untersucht werden. Bitte massieren Sie es nicht. Die Sitzungen bleiben ausgesetzt, bis das Bein wieder normal ist oder bis eine Fachperson Ihnen gesagt hat, dass Massage in Ordnung ist.</translation>
    </message>
    <message>
        <source>Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here.</source>
        <translation>Pausiert. Lassen Sie mit dem Druck nach oder hören Sie auf. Stechender Schmerz, Taubheit oder Kribbeln heißt: leichter drücken oder die Sitzung hier beenden.</translation>
    </message>
    <message>
        <source>What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you.</source>
        <translation>Was Sie stattdessen tun können: Sprechen Sie mit einer Ärztin, einem Arzt oder einer anderen medizinischen Fachperson über Ihre Beine. Dort kann man Ihnen sagen, was für Sie sicher ist.</translation>
    </message>
    <message>
        <source>How is your leg now?</source>
        <translation>Wie geht es Ihrem Bein jetzt?</translation>
    </message>
    <message>
        <source>Earlier you told KneeCare that a leg was swollen, warm, red or painful. Is it back to normal now?</source>
        <translation>Sie haben KneeCare zuvor gesagt, dass ein Bein geschwollen, warm, gerötet oder schmerzhaft war. Ist es jetzt wieder normal?</translation>
    </message>
    <message>
        <source>A leg that is still swollen, warm, red or painful needs a doctor or nurse, not massage. Please have it checked soon; About safety says what to look out for.</source>
        <translation>Ein Bein, das noch geschwollen, warm, gerötet oder schmerzhaft ist, braucht eine Ärztin, einen Arzt oder eine Pflegefachkraft, keine Massage. Bitte lassen Sie es bald ansehen; unter „Zur Sicherheit“ steht, worauf Sie achten sollten.</translation>
    </message>
    <message>
        <source>&amp;No, not yet</source>
        <translation>&amp;Nein, noch nicht</translation>
    </message>
    <message>
        <source>&amp;Yes, it is back to normal</source>
        <translation>&amp;Ja, es ist wieder normal</translation>
    </message>
    <message>
        <source>A &amp;professional said it is fine</source>
        <translation>Eine &amp;Fachperson sagt, es ist in Ordnung</translation>
    </message>
    <message>
        <source>Sessions are on hold: you said a leg was swollen, warm, red or painful. Please have it checked; press Start once it is back to normal.</source>
        <translation>Sitzungen sind ausgesetzt: Sie haben angegeben, dass ein Bein geschwollen, warm, gerötet oder schmerzhaft war. Bitte lassen Sie es ansehen; drücken Sie auf Start, sobald es wieder normal ist.</translation>
    </message>
    <message>
        <source>Sessions on hold: a leg to have checked</source>
        <translation>Sitzungen ausgesetzt: ein Bein ansehen lassen</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Sitzungen sind ausgesetzt</translation>
    </message>
    <message>
        <source>You told KneeCare that a leg was swollen, warm, red or painful, so there is no session for now. Please have the leg checked. When it is back to normal, open KneeCare and press Start.</source>
        <translation>Sie haben KneeCare gesagt, dass ein Bein geschwollen, warm, gerötet oder schmerzhaft war, deshalb gibt es vorerst keine Sitzung. Bitte lassen Sie das Bein ansehen. Wenn es wieder normal ist, öffnen Sie KneeCare und drücken Sie auf Start.</translation>
    </message>
    <message>
        <source>Not on a leg that is swollen, warm, red or painful.</source>
        <translation>Nicht an einem Bein, das geschwollen, warm, gerötet oder schmerzhaft ist.</translation>
    </message>
    <message>
        <source>Self-care, not treatment</source>
        <translation>Selbstfürsorge, keine Behandlung</translation>
    </message>
    <message>
        <source>KneeCare guides you through gentle self-massage of the points behind your knees. It is a way of looking after yourself. It does not diagnose, treat or cure any condition, and it does not replace advice from a doctor, nurse or physiotherapist.</source>
        <translation>KneeCare leitet Sie durch eine sanfte Selbstmassage der Punkte in Ihren Kniekehlen. Damit sorgen Sie für sich selbst. KneeCare stellt keine Diagnose, behandelt und heilt keine Erkrankung und ersetzt nicht den Rat von Ärztin, Arzt, Pflegefachkraft oder Physiotherapie.</translation>
    </message>
    <message>
        <source>When not to do this</source>
        <translation>Wann Sie es lassen sollten</translation>
    </message>
    <message>
        <source>Please don&apos;t use these sessions if you have any of the following:</source>
        <translation>Bitte nutzen Sie diese Sitzungen nicht, wenn einer der folgenden Punkte auf Sie zutrifft:</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>Wenn Sie schwanger sind</translation>
    </message>
    <message>
        <source>Check with your healthcare provider before any pressure-point work, and go on only once they have agreed.</source>
        <translation>Klären Sie es mit Ihrer medizinischen Fachperson ab, bevor Sie Druckpunkte behandeln, und machen Sie erst weiter, wenn sie zugestimmt hat.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Während einer Sitzung</translation>
    </message>
    <message>
        <source>Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red &quot;It hurts / numb / tingling&quot; button, or the ! key, pauses the session at once.</source>
        <translation>Drücken Sie fest, aber nie so stark, dass es wehtut. Wenn Sie stechenden Schmerz, Taubheit oder Kribbeln spüren, lassen Sie mit dem Druck nach oder hören Sie auf. Die rote Schaltfläche „Schmerz / taub / kribbelt“ oder die Taste ! pausiert die Sitzung sofort.</translation>
    </message>
    <message>
        <source>When to see a health professional</source>
        <translation>Wann Sie eine medizinische Fachperson aufsuchen sollten</translation>
    </message>
    <message>
        <source>Don&apos;t massage a leg that shows these signs; have it checked promptly instead:</source>
        <translation>Massieren Sie kein Bein, das diese Zeichen zeigt; lassen Sie es stattdessen umgehend untersuchen:</translation>
    </message>
    <message>
        <source>swelling or pain in a leg that does not go away</source>
        <translation>eine Schwellung oder Schmerzen in einem Bein, die nicht vergehen</translation>
    </message>
    <message>
        <source>a leg that suddenly feels warm</source>
        <translation>ein Bein, das sich plötzlich warm anfühlt</translation>
    </message>
    <message>
        <source>severe swelling</source>
        <translation>eine starke Schwellung</translation>
    </message>
    <message>
        <source>redness of the skin</source>
        <translation>eine Rötung der Haut</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Im Notfall</translation>
    </message>
    <message>
        <source>If a painful or swollen leg comes with sudden shortness of breath or chest pain, call your local emergency number at once.</source>
        <translation>Wenn zu einem schmerzenden oder geschwollenen Bein plötzlich Atemnot oder Brustschmerzen kommen, rufen Sie sofort Ihre örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <source>The safety answers stay on this computer. KneeCare asks the questions again every {days} days, and you can answer them again at any time with Safety &gt; My situation changed. Before each session it asks one quick question about your legs.</source>
        <translation>Die Antworten zur Sicherheit bleiben auf diesem Computer. KneeCare stellt die Fragen alle {days} Tage erneut, und Sie können sie jederzeit über Sicherheit &gt; Meine Lage hat sich geändert neu beantworten. Vor jeder Sitzung fragt KneeCare kurz nach Ihren Beinen.</translation>
    </message>
    <message>
        <source>If you say a leg is swollen, warm, red or painful, sessions stay on hold until you tell KneeCare the leg is back to normal or a health professional has said massage is fine. For {back} days after that, or after you report pain, numbness or tingling during a session, the quick question is asked before every session, even if you turned it off.</source>
        <translation>Wenn Sie angeben, dass ein Bein geschwollen, warm, gerötet oder schmerzhaft ist, bleiben die Sitzungen ausgesetzt, bis Sie KneeCare sagen, dass das Bein wieder normal ist oder eine Fachperson Massage für in Ordnung hält. {back} Tage lang danach – oder nachdem Sie während einer Sitzung Schmerz, Taubheit oder Kribbeln gemeldet haben – wird die kurze Frage vor jeder Sitzung gestellt, auch wenn Sie sie ausgeschaltet haben.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>the hours must span at least one hour, from the first to the last</source>
        <translation>zwischen Beginn und Ende muss mindestens eine Stunde liegen</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>snooze length (minutes)</source>
        <translation>später erinnern nach (Minuten)</translation>
    </message>
    <message>
        <source>recovery reminders a day</source>
        <translation>Erholungs-Erinnerungen pro Tag</translation>
    </message>
    <message>
        <source>recovery days</source>
        <translation>Erholungstage</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>später erinnern</translation>
    </message>
    <message>
        <source>movement nudges</source>
        <translation>Bewegungserinnerungen</translation>
    </message>
    <message>
        <source>choose at least one time of day (or turn reminders off)</source>
        <translation>Wählen Sie mindestens eine Uhrzeit (oder schalten Sie die Erinnerungen aus)</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>höchstens %1 pro Tag</translation>
    </message>
    <message>
        <source>the same time is listed twice</source>
        <translation>dieselbe Uhrzeit ist zweimal gewählt</translation>
    </message>
    <message>
        <source>choose at least one day of the week (or turn reminders off)</source>
        <translation>Wählen Sie mindestens einen Wochentag (oder schalten Sie die Erinnerungen aus)</translation>
    </message>
    <message>
        <source>days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation>Tage sind von 0 (Montag) bis 6 (Sonntag) nummeriert</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3</source>
        <translation>%1 liegt nicht zwischen %2 und %3</translation>
    </message>
    <message>
        <source>minutes must be more than 0</source>
        <translation>die Minuten müssen mehr als 0 sein</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Welcome to KneeCare</source>
        <translation>Willkommen bei KneeCare</translation>
    </message>
    <message>
        <source>Before your first session, please answer {n} short yes-or-no questions about your legs and your health. Acupressure is not right for everyone, and these questions check that it is safe for you to start. Your answers stay on this computer.</source>
        <translation>Bitte beantworten Sie vor Ihrer ersten Sitzung {n} kurze Ja-Nein-Fragen zu Ihren Beinen und Ihrer Gesundheit. Akupressur ist nicht für alle geeignet; diese Fragen prüfen, ob Sie sicher beginnen können. Ihre Antworten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Time to check in again</source>
        <translation>Zeit für eine neue Abfrage</translation>
    </message>
    <message>
        <source>It has been {days} days since you answered the safety questions, and things can change. Please answer the {n} questions again before your next session.</source>
        <translation>Sie haben die Sicherheitsfragen vor {days} Tagen beantwortet, und seitdem kann sich etwas geändert haben. Bitte beantworten Sie die {n} Fragen vor Ihrer nächsten Sitzung noch einmal.</translation>
    </message>
    <message>
        <source>A few safety questions</source>
        <translation>Ein paar Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Some safety questions have not been answered yet. Please answer all {n} before your next session.</source>
        <translation>Einige Sicherheitsfragen sind noch nicht beantwortet. Bitte beantworten Sie vor Ihrer nächsten Sitzung alle {n}.</translation>
    </message>
    <message>
        <source>Your situation changed</source>
        <translation>Ihre Lage hat sich geändert</translation>
    </message>
    <message>
        <source>Please answer the {n} questions again for how things are now. Your earlier answers are marked, so you can change only what is different.</source>
        <translation>Bitte beantworten Sie die {n} Fragen noch einmal so, wie es jetzt ist. Ihre früheren Antworten sind markiert, sodass Sie nur ändern müssen, was anders ist.</translation>
    </message>
    <message>
        <source>Press %1 for yes or %2 for no.</source>
        <extracomment>%1 is the key for yes, %2 the key for no (the two one-letter entries &quot;Y&quot; and &quot;N&quot; below).</extracomment>
        <translation>Drücken Sie %1 für Ja oder %2 für Nein.</translation>
    </message>
    <message>
        <source>Y</source>
        <extracomment>The one letter that answers &quot;yes&quot; on a keyboard in your language (the first letter of its word for yes).</extracomment>
        <translation>J</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The one letter that answers &quot;no&quot; on a keyboard in your language; it must differ from the one for yes.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Sessions are on hold because of your safety answers. Press Start to see why.</source>
        <translation>Die Sitzungen ruhen wegen Ihrer Antworten zur Sicherheit. Klicken Sie auf „Starten“, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Sessions are on hold until your healthcare provider agrees. Press Start to see more.</source>
        <translation>Die Sitzungen ruhen, bis Ihre medizinische Fachperson zustimmt. Klicken Sie auf „Starten“, um mehr zu erfahren.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The sync folder %1 does not exist (is the drive or share connected?).</source>
        <translation>Der Sync-Ordner %1 existiert nicht (ist das Laufwerk oder die Freigabe verbunden?).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>KneeCare cannot write in the sync folder %1.</source>
        <translation>KneeCare kann im Sync-Ordner %1 nicht schreiben.</translation>
    </message>
    <message>
        <source>Other users of this computer can look into %1. KneeCare&apos;s own files there are for you only, but a folder only you can open is safer for health records.</source>
        <translation>Andere Benutzer dieses Computers können in %1 hineinsehen. Die Dateien von KneeCare dort sind nur für Sie lesbar, doch für Gesundheitsdaten ist ein Ordner sicherer, den nur Sie öffnen können.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The sync folder %1 failed: %2</source>
        <translation>Der Sync-Ordner %1 hat versagt: %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Share your history with your other computers through a folder your sync tool keeps in step.</source>
        <translation>Teilen Sie Ihren Verlauf mit Ihren anderen Computern über einen Ordner, den Ihr Sync-Programm abgleicht.</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a cloud drive keeps the same on each of your computers. KneeCare writes only its own journal files there, never the history itself.</source>
        <translation>Wählen Sie einen Ordner, den Syncthing, Nextcloud, eine Netzwerkfreigabe oder ein Cloud-Laufwerk auf jedem Ihrer Computer gleich hält. KneeCare legt dort nur seine eigenen Journaldateien ab, niemals den Verlauf selbst.</translation>
    </message>
    <message>
        <source>S&amp;ync this computer&apos;s history</source>
        <translation>Verlauf dieses Computers ab&amp;gleichen</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Name dieses Computers:</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht abgeglichen.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Sync-Ordner auswählen</translation>
    </message>
    <message>
        <source>Please give the whole path of the folder.</source>
        <translation>Bitte geben Sie den vollständigen Pfad des Ordners an.</translation>
    </message>
    <message numerus="yes">
        <source>read %n journal(s)</source>
        <translation>
            <numerusform>%n Journal gelesen</numerusform>
            <numerusform>%n Journale gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n neue Sitzung</numerusform>
            <numerusform>%n neue Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n Löschung</numerusform>
            <numerusform>%n Löschungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n record(s)</source>
        <translation>
            <numerusform>%n Eintrag geschrieben</numerusform>
            <numerusform>%n Einträge geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety record(s)</source>
        <translation>
            <numerusform>%n Sicherheitseintrag</numerusform>
            <numerusform>%n Sicherheitseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from a newer KneeCare left for later.</source>
        <translation>
            <numerusform>%n Eintrag aus einem neueren KneeCare bleibt für später.</numerusform>
            <numerusform>%n Einträge aus einem neueren KneeCare bleiben für später.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped (see the log).</source>
        <translation>
            <numerusform>%n beschädigte Zeile übersprungen (siehe Protokoll).</numerusform>
            <numerusform>%n beschädigte Zeilen übersprungen (siehe Protokoll).</numerusform>
        </translation>
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
        <source>Before the first knee</source>
        <translation>Vor dem ersten Knie</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session that reached its end, but with a pressing, moving or exercise step skipped.</extracomment>
        <translation>Schritte übersprungen</translation>
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
<context>
    <name>tray</name>
    <message>
        <source>Time for your knees</source>
        <translation>Zeit für Ihre Knie</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Zeit für Bewegung</translation>
    </message>
    <message>
        <source>You have been still for a while. Stand up and walk for a few minutes, or press Start now for two minutes of calf raises.</source>
        <translation>Sie sitzen schon eine Weile still. Stehen Sie auf und gehen Sie ein paar Minuten, oder drücken Sie auf „Jetzt starten“ für zwei Minuten Fersenheben.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>KneeCare reminder</source>
        <translation>KneeCare-Erinnerung</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>etwa eine Minute</translation>
    </message>
    <message>
        <source>%1: %2, sitting down. %3.</source>
        <translation>%1: %2, im Sitzen. %3.</translation>
    </message>
    <message>
        <source>Here again, as you asked.</source>
        <translation>Da bin ich wieder, wie gewünscht.</translation>
    </message>
    <message>
        <source>This one was due at %1, while the computer was asleep or off.</source>
        <translation>Diese Erinnerung war um %1 fällig, als der Computer im Ruhezustand oder aus war.</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Eine Sitzung läuft</translation>
    </message>
    <message>
        <source>A session is due (since %1)</source>
        <translation>Eine Sitzung ist fällig (seit %1)</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Nächste Erinnerung: %1</translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation>Keine Erinnerungen geplant</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) today</source>
        <translation>
            <numerusform>%1 von %n Sitzung heute</numerusform>
            <numerusform>%1 von %n Sitzungen heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
</TS>
