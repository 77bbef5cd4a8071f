<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>App</name>
    <message>
        <source>KneeCare cannot start: a program file is broken.</source>
        <translation>Nie można uruchomić KneeCare: plik programu jest uszkodzony.</translation>
    </message>
    <message>
        <source>KneeCare cannot open your history, so it cannot start. The details say why.</source>
        <translation>KneeCare nie może otworzyć historii, więc nie może się uruchomić. Przyczyna jest w szczegółach.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of KneeCare. It has been left untouched: please update KneeCare.</source>
        <translation>Historia została zapisana przez nowszą wersję KneeCare. Pozostawiono ją bez zmian: proszę zaktualizować KneeCare.</translation>
    </message>
    <message>
        <source>Your history was damaged and no good backup of it was found. The damaged file was kept, and what could still be read from it was saved into a new history; the details say where and how much.</source>
        <translation>Historia była uszkodzona i nie znaleziono jej dobrej kopii zapasowej. Uszkodzony plik zachowano, a to, co dało się z niego odczytać, zapisano w nowej historii; szczegóły podają gdzie i ile.</translation>
    </message>
    <message>
        <source>Your history was damaged. KneeCare kept the damaged file, restored your newest good backup from the backups folder and added what could still be read from the damaged file. The details name the backup, the folder and how many sessions each gave.</source>
        <translation>Historia była uszkodzona. KneeCare zachował uszkodzony plik, przywrócił najnowszą dobrą kopię zapasową z folderu kopii i dodał to, co dało się odczytać z uszkodzonego pliku. Szczegóły podają kopię, folder i liczbę sesji z każdego źródła.</translation>
    </message>
    <message>
        <source>Your history is in use by another program (a backup or sync tool, or a second reader). KneeCare will try again by itself and start as soon as it is free.</source>
        <translation>Historia jest używana przez inny program (narzędzie do kopii zapasowych lub synchronizacji albo inny czytnik). KneeCare sam spróbuje ponownie i uruchomi się, gdy tylko będzie wolna.</translation>
    </message>
    <message>
        <source>Your history can only be read where it is (a read-only folder, file or drive). You can look at it and export it, but new sessions cannot be saved, so Start is off.</source>
        <translation>Historię można tylko odczytać w obecnym miejscu (folder, plik lub dysk tylko do odczytu). Można ją przeglądać i eksportować, ale nowych sesji nie da się zapisać, więc Start jest wyłączony.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so KneeCare is using its defaults. The file was kept, not overwritten; the details say where it is.</source>
        <translation>Nie udało się odczytać pliku ustawień, więc KneeCare używa ustawień domyślnych. Plik zachowano, nie nadpisano; jego położenie podają szczegóły.</translation>
    </message>
    <message>
        <source>KneeCare could not save this session to your history.</source>
        <translation>Nie udało się zapisać tej sesji w historii.</translation>
    </message>
    <message>
        <source>KneeCare cannot check safely whether it is already running, so it does not start. The details say why and what to do.</source>
        <translation>KneeCare nie może bezpiecznie sprawdzić, czy już działa, więc się nie uruchamia. Szczegóły podają przyczynę i co zrobić.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in KneeCare. Your history is kept as it was; the details say what happened, and the log file has them too.</source>
        <translation>W KneeCare wystąpił nieoczekiwany błąd. Historia pozostała bez zmian; szczegóły, a także plik dziennika, opisują, co się stało.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Sessions cannot start: your history can only be read, so they could not be saved.</source>
        <translation>Sesje nie mogą się rozpocząć: historię można tylko odczytać, więc nie dałoby się ich zapisać.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Rytm oddechu</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sounds and voice stopped working; the session goes on without them.</source>
        <translation>Dźwięki i głos przestały działać; sesja trwa dalej bez nich.</translation>
    </message>
</context>
<context>
    <name>CueSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation>Dźwięk i głos</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Dźwięki</translation>
    </message>
    <message>
        <source>A chime at each new step</source>
        <translation>Dzwonek przy każdym nowym kroku</translation>
    </message>
    <message>
        <source>A different chime when it is time for the other knee</source>
        <translation>Inny dzwonek, gdy pora na drugie kolano</translation>
    </message>
    <message>
        <source>A chime when the session is done</source>
        <translation>Dzwonek po zakończeniu sesji</translation>
    </message>
    <message>
        <source>Breathing tones: rising to breathe in, falling to breathe out</source>
        <translation>Tony oddechu: rosnący przy wdechu, opadający przy wydechu</translation>
    </message>
    <message>
        <source>A soft tick for each circle, stroke or repetition</source>
        <translation>Ciche tyknięcie przy każdym kółku, pociągnięciu lub powtórzeniu</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Głośność</translation>
    </message>
    <message>
        <source>Play a chime</source>
        <translation>Odtwórz dzwonek</translation>
    </message>
    <message>
        <source>Plays the step chime at this volume</source>
        <translation>Odtwarza dzwonek kroku z tą głośnością</translation>
    </message>
    <message>
        <source>KneeCare cannot play sounds here: no sound output was found when it started. Connect speakers or headphones and start KneeCare again to hear them.</source>
        <translation>KneeCare nie może tu odtwarzać dźwięków: przy uruchomieniu nie znaleziono wyjścia audio. Aby je słyszeć, proszę podłączyć głośniki lub słuchawki i ponownie uruchomić KneeCare.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Głos</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>Czytaj na głos każdy krok</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Tempo głosu</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Wolniej</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Szybciej</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Test głosu</translation>
    </message>
    <message>
        <source>Reads a sample sentence with this voice and speed</source>
        <translation>Czyta przykładowe zdanie tym głosem i w tym tempie</translation>
    </message>
    <message>
        <source>The speech engine is starting…</source>
        <translation>Uruchamianie syntezatora mowy…</translation>
    </message>
    <message>
        <source>Steps cannot be read aloud on this computer. %1 The chimes still play.</source>
        <translation>Na tym komputerze nie można czytać kroków na głos. %1 Dzwonki nadal działają.</translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>Domyślny głos systemu</translation>
    </message>
    <message>
        <source>%1 (not available in this language)</source>
        <translation>%1 (niedostępny w tym języku)</translation>
    </message>
    <message>
        <source>Sound and &amp;voice…</source>
        <translation>Dźwięk i &amp;głos…</translation>
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>tension</source>
        <translation>napięcie</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>ból</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>obrzęk</translation>
    </message>
    <message>
        <source>Sessions before 12:00</source>
        <translation>Sesje przed 12:00</translation>
    </message>
    <message>
        <source>Sessions from 12:00</source>
        <translation>Sesje od 12:00</translation>
    </message>
    <message>
        <source>%1 on average about the same after a session (80% interval %2 to %3)</source>
        <translation>%1: średnio bez większych zmian po sesji (przedział 80%: od %2 do %3)</translation>
    </message>
    <message>
        <source>%1 about the same (80% interval %2 to %3)</source>
        <translation>%1: bez większych zmian (przedział 80%: od %2 do %3)</translation>
    </message>
    <message>
        <source>%1 on average %2 points lower after a session (80% interval %3 to %4)</source>
        <translation>%1: średnio o %2 pkt niżej po sesji (przedział 80%: od %3 do %4)</translation>
    </message>
    <message>
        <source>%1 on average %2 points higher after a session (80% interval %3 to %4)</source>
        <translation>%1: średnio o %2 pkt wyżej po sesji (przedział 80%: od %3 do %4)</translation>
    </message>
    <message>
        <source>%1 %2 points lower (80% interval %3 to %4)</source>
        <translation>%1: o %2 pkt niżej (przedział 80%: od %3 do %4)</translation>
    </message>
    <message>
        <source>%1 %2 points higher (80% interval %3 to %4)</source>
        <translation>%1: o %2 pkt wyżej (przedział 80%: od %3 do %4)</translation>
    </message>
    <message>
        <source>From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would likely stay with more sessions like these. What you noticed, not proof that a program works.</source>
        <translation>Z własnych ocen od 0 do 10: po minus przed. Przedział 80% to zakres, w którym średnia najpewniej pozostanie przy kolejnych podobnych sesjach. To własne obserwacje, a nie dowód, że program działa.</translation>
    </message>
    <message>
        <source>In your own ratings, tension drops most clearly after %1. Try it next?</source>
        <translation>Według własnych ocen napięcie spada najwyraźniej po programie: %1. Spróbować go następnym razem?</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n more session(s) of one program before and after, and this shows what seems to help you.</source>
        <translation>
            <numerusform>Proszę ocenić przed i po jeszcze %n sesję jednego programu, a pojawi się tu, co wydaje się pomagać.</numerusform>
            <numerusform>Proszę ocenić przed i po jeszcze %n sesje jednego programu, a pojawi się tu, co wydaje się pomagać.</numerusform>
            <numerusform>Proszę ocenić przed i po jeszcze %n sesji jednego programu, a pojawi się tu, co wydaje się pomagać.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n session(s) rated before and after</source>
        <translation>
            <numerusform>%1: %2; %n sesja oceniona przed i po</numerusform>
            <numerusform>%1: %2; %n sesje ocenione przed i po</numerusform>
            <numerusform>%1: %2; %n sesji ocenionych przed i po</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Ankle pumps</source>
        <translation>Pompki stopami</translation>
    </message>
    <message>
        <source>Point the foot away, then pull the toes back towards the shin</source>
        <translation>Wyprostować stopę, potem przyciągnąć palce do goleni</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Wspięcia na palce</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet, then lower your heels again</source>
        <translation>Wspiąć się na przednią część stóp, potem opuścić pięty</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Rozciąganie łydki</translation>
    </message>
    <message>
        <source>Lean towards a wall with one leg back, heel down</source>
        <translation>Pochylić się do ściany, jedna noga z tyłu, pięta na podłodze</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Gładzenie łydki</translation>
    </message>
    <message>
        <source>Light strokes from behind the knee down to the ankle</source>
        <translation>Lekkie gładzenie spod kolana w dół do kostki</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Prysznic naprzemienny</translation>
    </message>
    <message>
        <source>Warm water, then cool, in turns, on both legs</source>
        <translation>Na zmianę ciepła i chłodna woda na obie nogi</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Rozciąganie tylnej części uda</translation>
    </message>
    <message>
        <source>Sit forward, one leg straight, heel down, lean from the hips</source>
        <translation>Siedząc na brzegu, jedna noga prosta, pięta na podłodze, pochylić się od bioder</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Uniesienie nóg</translation>
    </message>
    <message>
        <source>Lie down with your feet resting higher than your heart</source>
        <translation>Położyć się ze stopami wyżej niż serce</translation>
    </message>
    <message>
        <source>Drawing: %1</source>
        <translation>Rysunek: %1</translation>
    </message>
</context>
<context>
    <name>KnowHow</name>
    <message>
        <source>More for your legs</source>
        <translation>Więcej dla nóg</translation>
    </message>
    <message>
        <source>Compression stockings</source>
        <translation>Pończochy uciskowe</translation>
    </message>
    <message>
        <source>Firm, graduated stockings can help people whose legs swell again and again, or who have varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.</source>
        <translation>Mocne pończochy o stopniowanym ucisku mogą pomóc osobom, którym nogi wciąż puchną, albo osobom z żylakami: ich stały ucisk nie pozwala płynom gromadzić się w podudziach.</translation>
    </message>
    <message>
        <source>The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them with you.</source>
        <translation>Ważne są właściwy stopień ucisku i rozmiar. Najlepiej dobrać je razem z lekarzem, pielęgniarką lub farmaceutą.</translation>
    </message>
    <message>
        <source>Move every hour</source>
        <translation>Ruch co godzinę</translation>
    </message>
    <message>
        <source>Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle pumps keeps the calf muscles working.</source>
        <translation>Wielogodzinne siedzenie lub stanie w miejscu sprawia, że płyny gromadzą się w podudziach. Co najmniej raz na godzinę warto wstać i przejść się kilka minut. Gdy nie da się wstać, seria pompek stopami utrzymuje pracę mięśni łydek.</translation>
    </message>
    <message>
        <source>Regular walking, cycling or swimming builds up the calf muscle pump over time.</source>
        <translation>Regularne spacery, jazda na rowerze czy pływanie z czasem wzmacniają pompę mięśni łydek.</translation>
    </message>
    <message>
        <source>Water and salt</source>
        <translation>Woda i sól</translation>
    </message>
    <message>
        <source>Drink enough water through the day. A lot of salt makes the body hold on to water, so going easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on the plate.</source>
        <translation>Warto pić wystarczająco dużo wody przez cały dzień. Dużo soli sprawia, że organizm zatrzymuje wodę, więc mniej słonego jedzenia może oznaczać mniejsze obrzęki. Tłuste ryby i zielone warzywa liściaste dobrze mieć na talerzu.</translation>
    </message>
    <message>
        <source>A healthy weight</source>
        <translation>Zdrowa waga</translation>
    </message>
    <message>
        <source>Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving more helps with both.</source>
        <translation>Zdrowa waga ułatwia pracę krążenia w nogach; więcej ruchu pomaga w obu sprawach.</translation>
    </message>
    <message>
        <source>Smoking, blood pressure and blood sugar</source>
        <translation>Palenie, ciśnienie i cukier we krwi</translation>
    </message>
    <message>
        <source>Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after your blood vessels, in the legs as everywhere else. Your doctor can help with all three.</source>
        <translation>Rzucenie palenia oraz utrzymanie zdrowego ciśnienia i poziomu cukru we krwi chroni naczynia krwionośne, w nogach i wszędzie indziej. Lekarz może pomóc we wszystkich trzech sprawach.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Kiedy szukać pomocy medycznej</translation>
    </message>
    <message>
        <source>See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.</source>
        <translation>Do lekarza lub pielęgniarki, jeśli obrzęk lub ból nogi nie mija albo ciągle wraca.</translation>
    </message>
    <message>
        <source>Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly swollen or painful.</source>
        <translation>Szybko szukać pomocy i nie masować nogi, jeśli nagle robi się ciepła, czerwona, mocno spuchnięta lub bolesna.</translation>
    </message>
    <message>
        <source>For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.</source>
        <translation>Przy długotrwałym obrzęku przeszkolony terapeuta może zaproponować drenaż limfatyczny lub masaż tkanek głębokich.</translation>
    </message>
    <message>
        <source>KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace advice from a health professional.</source>
        <translation>KneeCare pomaga dbać o siebie. Nie leczy żadnej choroby i nie zastępuje porady pracownika medycznego.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;More for your legs</source>
        <translation>&amp;Więcej dla nóg</translation>
    </message>
</context>
<context>
    <name>LegDiagram</name>
    <message>
        <source>Left</source>
        <translation>Lewa</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Prawa</translation>
    </message>
    <message>
        <source>Leg diagram</source>
        <translation>Rysunek nóg</translation>
    </message>
    <message>
        <source>Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Tył obu nóg, zaznaczone lewe kolano; BL40 (Weizhong) pośrodku zgięcia</translation>
    </message>
    <message>
        <source>Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Tył obu nóg, zaznaczone prawe kolano; BL40 (Weizhong) pośrodku zgięcia</translation>
    </message>
    <message>
        <source>Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Tył obu nóg, oba kolana; BL40 (Weizhong) pośrodku zgięcia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sharp pain</source>
        <translation>Ostry ból</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Drętwienie</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Mrowienie</translation>
    </message>
    <message>
        <source>It hurts / numb / tingling  (!)</source>
        <translation>Boli / drętwieje / mrowi  (!)</translation>
    </message>
    <message>
        <source>Continue &amp;gently</source>
        <translation>Kontynuuj &amp;delikatnie</translation>
    </message>
    <message>
        <source>Go on with a lighter touch</source>
        <translation>Kontynuuj z lżejszym uciskiem</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Zakończ sesję</translation>
    </message>
    <message>
        <source>End the session now, for safety</source>
        <translation>Zakończ sesję teraz, dla bezpieczeństwa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Start, pauza lub wznowienie (spacja)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Następny krok (strzałka w prawo)</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Zatrzymaj sesję (Esc)</translation>
    </message>
    <message>
        <source>Sharp pain, numbness or tingling: pause now (! or Ctrl+H)</source>
        <translation>Ostry ból, drętwienie lub mrowienie: od razu pauza (! lub Ctrl+H)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Rozpocznij sesję</translation>
    </message>
    <message>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Rozpocznij, wstrzymaj lub wznów sesję (spacja)</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Pomiń krok</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Przejdź do następnego kroku (strzałka w prawo)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Zatrzymaj sesję</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Zakończ sesję (Esc)</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling</source>
        <translation>Boli, drętwieje lub mrowi</translation>
    </message>
    <message>
        <source>Pauses the session at once and asks what you feel (! or Ctrl+H)</source>
        <translation>Od razu wstrzymuje sesję i pyta o odczucia (! lub Ctrl+H)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Rozpocznij, wstrzymaj lub wznów sesję</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Zatrzymaj sesję</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling: pause now</source>
        <translation>Boli, drętwieje lub mrowi: od razu pauza</translation>
    </message>
    <message>
        <source>This session cannot start: %1.</source>
        <translation>Nie można rozpocząć tej sesji: %1.</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Zgłoszono: %1</translation>
    </message>
    <message>
        <source>Pause session</source>
        <translation>Wstrzymaj sesję</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>Wznów sesję</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Eksportuj historię…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Importuj historię…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translation>Wysoki &amp;kontrast</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Ogranicz ruch</translation>
    </message>
    <message>
        <source>A still marker and words instead of moving pictures</source>
        <translation>Nieruchomy znacznik i słowa zamiast ruchomych obrazów</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>The new language shows from KneeCare&apos;s next start.</source>
        <translation>Nowy język pojawi się po następnym uruchomieniu KneeCare.</translation>
    </message>
    <message>
        <source>&amp;About safety</source>
        <translation>&amp;O bezpieczeństwie</translation>
    </message>
    <message>
        <source>My situation &amp;changed…</source>
        <translation>Moja sytuacja się &amp;zmieniła…</translation>
    </message>
    <message>
        <source>Answer the safety questions again</source>
        <translation>Odpowiedz ponownie na pytania o bezpieczeństwo</translation>
    </message>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Pytaj o nogi przed każdą sesją</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Bezpieczeństwo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>O bezpieczeństwie</translation>
    </message>
    <message>
        <source>When not to do this, and when to see a health professional (F1)</source>
        <translation>Kiedy tego nie robić i kiedy szukać pomocy medycznej (F1)</translation>
    </message>
    <message>
        <source>Repeat the safety &amp;questions</source>
        <translation>Powtórz &amp;pytania o bezpieczeństwo</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Oba kolana</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Lewe kolano</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Prawe kolano</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>Program do wykonania</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Kolana</translation>
    </message>
    <message>
        <source>Work both knees, or only the left or the right one</source>
        <translation>Oba kolana albo tylko lewe lub prawe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of movement per knee</source>
        <translation>Minuty ruchu na kolano</translation>
    </message>
    <message>
        <source>&amp;Warm compress first</source>
        <translation>Najpierw &amp;ciepły okład</translation>
    </message>
    <message>
        <source>Warm compress first</source>
        <translation>Najpierw ciepły okład</translation>
    </message>
    <message>
        <source>Rest a warm compress behind the knees before the session starts</source>
        <translation>Ciepły okład za kolanami przed rozpoczęciem sesji</translation>
    </message>
    <message>
        <source>Minutes of warm compress</source>
        <translation>Minuty ciepłego okładu</translation>
    </message>
    <message>
        <source>1 or 2 minutes, before the first knee</source>
        <translation>1 lub 2 minuty, przed pierwszym kolanem</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nic więcej</translation>
    </message>
    <message>
        <source>Finish with</source>
        <translation>Na koniec</translation>
    </message>
    <message>
        <source>A routine to do right after the knee session</source>
        <translation>Ćwiczenia zaraz po sesji kolan</translation>
    </message>
    <message>
        <source>Minutes with legs raised</source>
        <translation>Minuty z uniesionymi nogami</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Knees</source>
        <translation>&amp;Kolana</translation>
    </message>
    <message>
        <source>&amp;Movement per knee</source>
        <translation>&amp;Ruch na kolano</translation>
    </message>
    <message>
        <source>&amp;Finish with</source>
        <translation>&amp;Na koniec</translation>
    </message>
    <message>
        <source>Legs &amp;raised for</source>
        <translation>Nogi &amp;uniesione przez</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Użyj</translation>
    </message>
    <message>
        <source>No, &amp;thanks</source>
        <translation>Nie, &amp;dziękuję</translation>
    </message>
    <message>
        <source>Do not suggest a program again</source>
        <translation>Nie proponuj więcej programu</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)</source>
        <translation>Od %1 do %2 minut, co pół minuty (łącznie 2 do 5 minut na kolano)</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in whole minutes</source>
        <translation>Od %1 do %2 minut, co całą minutę</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Użyj</translation>
    </message>
    <message>
        <source>Choose %1 for your next session</source>
        <translation>Wybierz %1 na następną sesję</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Co %n dzień</numerusform>
            <numerusform>Co %n dni</numerusform>
            <numerusform>Co %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Synchronizacja…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>&amp;Tension</source>
        <translation>&amp;Napięcie</translation>
    </message>
    <message>
        <source>how tight the back of the knee feels</source>
        <translation>jak bardzo napięty jest tył kolana</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Ból</translation>
    </message>
    <message>
        <source>any ache or soreness</source>
        <translation>każdy ból lub tkliwość</translation>
    </message>
    <message>
        <source>&amp;Swelling</source>
        <translation>&amp;Obrzęk</translation>
    </message>
    <message>
        <source>any puffiness around the knee</source>
        <translation>każda opuchlizna wokół kolana</translation>
    </message>
    <message>
        <source>Rate your knees</source>
        <translation>Ocena kolan</translation>
    </message>
    <message>
        <source>How do your knees feel before the session?</source>
        <translation>Jak czują się kolana przed sesją?</translation>
    </message>
    <message>
        <source>And after the session?</source>
        <translation>A po sesji?</translation>
    </message>
    <message>
        <source>Rate what you feel, 0 for none and 10 for the most you can imagine. A slider you leave alone is simply not rated.</source>
        <translation>Proszę ocenić odczucia: 0 to brak, 10 to najgorsze, jakie można sobie wyobrazić. Nieruszony suwak oznacza po prostu brak oceny.</translation>
    </message>
    <message>
        <source>A note, if you like (optional)</source>
        <translation>Notatka (opcjonalnie)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>Nie pytaj ponownie</translation>
    </message>
    <message>
        <source>You can turn ratings back on in the History window.</source>
        <translation>Oceny można ponownie włączyć w oknie Historia.</translation>
    </message>
    <message>
        <source>%1, 0 none to 10 the most</source>
        <translation>%1, od 0 (brak) do 10 (najgorzej)</translation>
    </message>
    <message>
        <source>not rated (before: %1)</source>
        <translation>bez oceny (przed: %1)</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Pomiń  (Esc)</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Zapisz i rozpocznij</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>bez oceny</translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation>(przed: %1)</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a session</source>
        <translation>&amp;Przypominaj o sesji</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Recovery after heavy exercise</source>
        <translation>Regeneracja po dużym wysiłku</translation>
    </message>
    <message>
        <source>Start KneeCare in the tray when I log in</source>
        <translation>Uruchamiaj KneeCare w zasobniku po zalogowaniu</translation>
    </message>
    <message>
        <source>I&apos;m in a &amp;meeting: remind me in %1 min</source>
        <translation>Mam &amp;spotkanie: przypomnij za %1 min</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Pory dnia</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> dziennie</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Cel dzienny</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Cel dzienny</translation>
    </message>
    <message>
        <source>Skip a reminder when today&apos;s goal is already met</source>
        <translation>Pomiń przypomnienie, gdy dzisiejszy cel jest już osiągnięty</translation>
    </message>
    <message>
        <source>Count routines (stretches, ankle pumps…) towards the goal</source>
        <translation>Wliczaj ćwiczenia (rozciąganie, pompki stopami…) do celu</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Godziny ciszy</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Czas drzemki</translation>
    </message>
    <message>
        <source>&amp;Snooze for</source>
        <translation>&amp;Drzemka przez</translation>
    </message>
    <message>
        <source>Use reminder time %1</source>
        <translation>Użyj pory przypomnienia %1</translation>
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation>Pora przypomnienia %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Początek godzin ciszy</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Koniec godzin ciszy</translation>
    </message>
    <message>
        <source>Recovery reminders a day</source>
        <translation>Przypomnienia regeneracyjne dziennie</translation>
    </message>
    <message>
        <source>Recovery days</source>
        <translation>Dni regeneracji</translation>
    </message>
    <message>
        <source>for</source>
        <translation>przez</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Przypominaj</translation>
    </message>
    <message>
        <source>Remind me to stand up and &amp;move every hour, from</source>
        <translation>Przypominaj co godzinę, by wstać i się &amp;ruszyć, od</translation>
    </message>
    <message>
        <source>Movement nudges from</source>
        <translation>Zachęty do ruchu od</translation>
    </message>
    <message>
        <source>Movement nudges until</source>
        <translation>Zachęty do ruchu do</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>These reminders cannot work yet: %1.</source>
        <translation>Te przypomnienia nie mogą jeszcze działać: %1.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A weekday, day and month as QLocale writes them (QDate format), e.g. &quot;Sunday 29 November&quot;.</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>On until %1, then back to your usual reminders by itself. Reminders at %2.</source>
        <translation>Włączone do %1, potem samo wraca do zwykłych przypomnień. Przypomnienia o %2.</translation>
    </message>
    <message>
        <source>End recovery reminders now</source>
        <translation>Zakończ teraz przypomnienia regeneracyjne</translation>
    </message>
    <message>
        <source>For a few days after heavy exercise: reminders at %1, then back to your usual ones.</source>
        <translation>Przez kilka dni po dużym wysiłku: przypomnienia o %1, potem powrót do zwykłych.</translation>
    </message>
    <message>
        <source>Start recovery reminders today</source>
        <translation>Rozpocznij dziś przypomnienia regeneracyjne</translation>
    </message>
    <message numerus="yes">
        <source>Fine: the next reminder comes in %n minute(s).</source>
        <translation>
            <numerusform>Dobrze: następne przypomnienie za %n minutę.</numerusform>
            <numerusform>Dobrze: następne przypomnienie za %n minuty.</numerusform>
            <numerusform>Dobrze: następne przypomnienie za %n minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>stopped early by the person</source>
        <translation>przerwana wcześniej przez osobę</translation>
    </message>
    <message>
        <source>ended for safety</source>
        <translation>zakończona dla bezpieczeństwa</translation>
    </message>
    <message>
        <source>interrupted (the app was closed)</source>
        <translation>przerwana (aplikację zamknięto)</translation>
    </message>
    <message>
        <source>a hands-on step skipped</source>
        <translation>pominięto krok z użyciem rąk</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Napięcie</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Ból</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Obrzęk</translation>
    </message>
    <message>
        <source>settling in</source>
        <translation>przygotowanie</translation>
    </message>
    <message>
        <source>warm compress</source>
        <translation>ciepły okład</translation>
    </message>
    <message>
        <source>finding the point</source>
        <translation>szukanie punktu</translation>
    </message>
    <message>
        <source>steady pressure</source>
        <translation>równy ucisk</translation>
    </message>
    <message>
        <source>circles or strokes</source>
        <translation>kółka lub gładzenie</translation>
    </message>
    <message>
        <source>holding the point</source>
        <translation>przytrzymanie punktu</translation>
    </message>
    <message>
        <source>calf strokes</source>
        <translation>gładzenie łydki</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>powtórzenia</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>rozciąganie</translation>
    </message>
    <message>
        <source>legs raised</source>
        <translation>nogi uniesione</translation>
    </message>
    <message>
        <source>warm and cool water</source>
        <translation>ciepła i chłodna woda</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>lewe kolano</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>prawe kolano</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>ostry ból</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>drętwienie</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>mrowienie</translation>
    </message>
    <message>
        <source>session ended for safety</source>
        <translation>sesja zakończona dla bezpieczeństwa</translation>
    </message>
    <message>
        <source>no reason given not to do the sessions</source>
        <translation>brak przeciwwskazań do sesji</translation>
    </message>
    <message>
        <source>pregnant; a healthcare provider agreed to the sessions</source>
        <translation>ciąża; pracownik medyczny zgodził się na sesje</translation>
    </message>
    <message>
        <source>pregnant; sessions held until a healthcare provider agrees</source>
        <translation>ciąża; sesje wstrzymane do zgody pracownika medycznego</translation>
    </message>
    <message>
        <source>sessions on hold because of a yes</source>
        <translation>sesje wstrzymane z powodu odpowiedzi „tak”</translation>
    </message>
    <message>
        <source>not every question answered</source>
        <translation>brak odpowiedzi na część pytań</translation>
    </message>
    <message>
        <source>the person said the leg was back to normal</source>
        <translation>osoba podała, że noga wróciła do normy</translation>
    </message>
    <message>
        <source>the person said a health professional cleared it</source>
        <translation>osoba podała, że pracownik medyczny wyraził zgodę</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Self-care log from KneeCare</source>
        <translation>Dziennik dbania o siebie z KneeCare</translation>
    </message>
    <message>
        <source>Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are self-care and are not offered as a treatment.</source>
        <translation>Dziennik prowadzony samodzielnie przez osobę w aplikacji KneeCare; nie jest to diagnoza. Sesje służą dbaniu o siebie i nie są oferowane jako leczenie.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>completed sessions a day, week&apos;s average</source>
        <translation>ukończone sesje dziennie, średnia tygodniowa</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>cel dzienny</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 przed</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 po</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Data sporządzenia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.</source>
        <translation>Samodzielna akupresura za kolanami z przewodnikiem (punkt BL40, Weizhong), według zapisów osoby.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Time on each knee: left %1 min, right %2 min.</source>
        <translation>Czas na każde kolano: lewe %1 min, prawe %2 min.</translation>
    </message>
    <message>
        <source>knee points</source>
        <translation>punkty kolan</translation>
    </message>
    <message>
        <source>leg routine</source>
        <translation>ćwiczenia nóg</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co wykonano</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Odczucia</translation>
    </message>
    <message>
        <source>No session was rated both before and after.</source>
        <translation>Żadna sesja nie ma oceny zarówno przed, jak i po.</translation>
    </message>
    <message>
        <source>0-10, 10 worst</source>
        <translation>0-10, 10 najgorzej</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Sessions rated</source>
        <translation>Ocenione sesje</translation>
    </message>
    <message>
        <source>Averages of the ratings given just before and just after a session, over the sessions rated both times.</source>
        <translation>Średnie ocen podanych tuż przed sesją i tuż po niej, z sesji ocenionych w obu momentach.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Co wydaje się pomagać</translation>
    </message>
    <message>
        <source>Not enough rated sessions yet: each line needs at least 5.</source>
        <translation>Za mało ocenionych sesji: każdy wiersz wymaga co najmniej 5.</translation>
    </message>
    <message>
        <source>Average change in the person&apos;s own 0-10 ratings after a session (below 0: lower after), with an 80% interval of that average. An observation, not evidence of an effect.</source>
        <translation>Średnia zmiana własnych ocen osoby (0-10) po sesji (poniżej 0: niżej po sesji), z przedziałem 80% dla tej średniej. To obserwacja, a nie dowód działania.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <source>No safety screening recorded.</source>
        <translation>Brak zapisanych pytań o bezpieczeństwo.</translation>
    </message>
    <message>
        <source>Latest safety screening: %1. Result: %2.</source>
        <translation>Ostatnie pytania o bezpieczeństwo: %1. Wynik: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>Red flags, all-clears and safety stops in the period</source>
        <translation>Sygnały alarmowe, zgody na powrót i przerwy dla bezpieczeństwa w tym okresie</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>włączone</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <source>The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when this report was made.</source>
        <translation>Codzienne pytanie przed każdą sesją (czy noga jest spuchnięta, ciepła, zaczerwieniona lub bolesna?) było w chwili sporządzenia raportu: %1.</translation>
    </message>
    <message>
        <source>Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.</source>
        <translation>Odpowiedź „tak” na codzienne pytanie (noga spuchnięta, ciepła, zaczerwieniona lub bolesna); sesje wstrzymane.</translation>
    </message>
    <message>
        <source>Hold ended: %1.</source>
        <translation>Koniec wstrzymania: %1.</translation>
    </message>
    <message>
        <source>In a session of %1: %2</source>
        <translation>Sesja z %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>od %1 do %2 (%n dzień)</numerusform>
            <numerusform>od %1 do %2 (%n dni)</numerusform>
            <numerusform>od %1 do %2 (%n dni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 completed. Ended early: %2.</source>
        <translation>
            <numerusform>%n sesja, ukończone: %1. Przerwane wcześniej: %2.</numerusform>
            <numerusform>%n sesje, ukończone: %1. Przerwane wcześniej: %2.</numerusform>
            <numerusform>%n sesji, ukończone: %1. Przerwane wcześniej: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal: %n completed session(s) a day; reached on average %1 a day.</source>
        <translation>
            <numerusform>Cel dzienny: %n ukończona sesja dziennie; średnio osiągnięto %1 dziennie.</numerusform>
            <numerusform>Cel dzienny: %n ukończone sesje dziennie; średnio osiągnięto %1 dziennie.</numerusform>
            <numerusform>Cel dzienny: %n ukończonych sesji dziennie; średnio osiągnięto %1 dziennie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a health professional</source>
        <translation>Raport dla pracownika medycznego</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>&amp;Remember this name</source>
        <translation>&amp;Zapamiętaj to imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Imię i nazwisko w raporcie:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Zapisz PDF…</translation>
    </message>
    <message>
        <source>The first day comes after the last day. Please swap them.</source>
        <translation>Pierwszy dzień jest po ostatnim dniu. Proszę je zamienić.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No session was recorded in this period, so there is nothing to report.</source>
        <translation>W tym okresie nie zapisano żadnej sesji, więc nie ma czego raportować.</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>Nie udało się tam zapisać raportu: %1</translation>
    </message>
    <message>
        <source>Report for a &amp;health professional…</source>
        <translation>Raport dla pracownika &amp;medycznego…</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety questions · %1</source>
        <translation>Pytania o bezpieczeństwo · %1</translation>
    </message>
    <message>
        <source>They ask about:</source>
        <translation>Pytania dotyczą:</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Nie &amp;teraz</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Pytania o bezpieczeństwo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>Sessions are on hold for now</source>
        <translation>Sesje są na razie wstrzymane</translation>
    </message>
    <message>
        <source>Your answers show something that makes pressing behind the knee unwise at the moment, so KneeCare will not start a session.</source>
        <translation>Z odpowiedzi wynika, że uciskanie za kolanem nie jest teraz wskazane, dlatego KneeCare nie rozpocznie sesji.</translation>
    </message>
    <message>
        <source>If an answer was a mistake, or things have changed, you can review your answers.</source>
        <translation>Jeśli odpowiedź była pomyłką albo coś się zmieniło, można przejrzeć odpowiedzi.</translation>
    </message>
    <message>
        <source>About &amp;safety</source>
        <translation>O &amp;bezpieczeństwie</translation>
    </message>
    <message>
        <source>&amp;Review my answers</source>
        <translation>&amp;Przejrzyj odpowiedzi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Check with your healthcare provider first</source>
        <translation>Najpierw proszę porozmawiać z lekarzem lub innym pracownikiem medycznym</translation>
    </message>
    <message>
        <source>Tick the box once your provider has agreed; then Continue is available.</source>
        <translation>Proszę zaznaczyć pole, gdy lekarz lub inny pracownik medyczny wyrazi zgodę; wtedy przycisk Dalej będzie dostępny.</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>Jeszcze &amp;nie</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>Najpierw proszę zaznaczyć pole powyżej</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Przed rozpoczęciem</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Sesje są wstrzymane</translation>
    </message>
    <message>
        <source>You said a leg is swollen, warm, red or painful.</source>
        <translation>Według odpowiedzi noga jest spuchnięta, ciepła, zaczerwieniona lub bolesna.</translation>
    </message>
    <message>
        <source>Sessions stay on hold</source>
        <translation>Sesje pozostają wstrzymane</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Dziękujemy</translation>
    </message>
    <message>
        <source>Nothing in your answers stops you from using KneeCare. Press Start when you are ready; a quick question about your legs comes first.</source>
        <translation>Nic w odpowiedziach nie wyklucza korzystania z KneeCare. Proszę nacisnąć Start w dogodnej chwili; najpierw pojawi się krótkie pytanie o nogi.</translation>
    </message>
    <message>
        <source>If your health changes, choose Safety &gt; My situation changed, and the questions are asked again.</source>
        <translation>Jeśli stan zdrowia się zmieni, proszę wybrać Bezpieczeństwo &gt; Moja sytuacja się zmieniła, a pytania zostaną zadane ponownie.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pytanie %1 z %2</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Pytaj o nogi przed każdą sesją</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on until %1)</source>
        <translation>Pytaj o nogi przed każdą sesją (zawsze włączone do %1)</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on in your first week)</source>
        <translation>Pytaj o nogi przed każdą sesją (zawsze włączone w pierwszym tygodniu)</translation>
    </message>
    <message>
        <source>You turned this question off; after a recent leg problem or a report of pain, numbness or tingling it is asked again until %1.</source>
        <translation>To pytanie zostało wyłączone; po niedawnym problemie z nogą lub zgłoszeniu bólu, drętwienia albo mrowienia jest zadawane ponownie do %1.</translation>
    </message>
    <message>
        <source>This question is always asked before your first session.</source>
        <translation>To pytanie jest zawsze zadawane przed pierwszą sesją.</translation>
    </message>
    <message>
        <source>You turned this question off; it is still asked in your first week, until %1.</source>
        <translation>To pytanie zostało wyłączone; w pierwszym tygodniu jest nadal zadawane, do %1.</translation>
    </message>
    <message>
        <source>KneeCare could not save your answer (%1). It counts for now, but you may be asked again next time.</source>
        <translation>Nie udało się zapisać odpowiedzi (%1). Na razie jest uwzględniona, ale następnym razem pytanie może pojawić się ponownie.</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <source>I have read this, and it does not apply to me</source>
        <translation>Informacja przeczytana; nie dotyczy mnie</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>Przed rozpoczęciem: %1</translation>
    </message>
    <message>
        <source>Safety note for %1</source>
        <translation>Uwaga dotycząca bezpieczeństwa: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>About safety · %1</source>
        <translation>O bezpieczeństwie · %1</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>O bezpieczeństwie</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The backs of your legs, seen from behind</source>
        <translation>Tył nóg, widziany od tyłu</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Powtórzenie</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Odliczanie</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Oddech</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Gdzie jesteśmy</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co robić</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>Co robią dłonie</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Czas do końca sesji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Gotowe do rozpoczęcia</translation>
    </message>
    <message>
        <source>%1 Press Start or Space to begin.</source>
        <translation>%1 Aby rozpocząć, proszę nacisnąć Start lub spację.</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>łącznie</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Najpierw: %1</translation>
    </message>
    <message>
        <source>left in this step</source>
        <translation>do końca kroku</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>Pauza. Aby kontynuować, proszę nacisnąć spację.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <source>Press Start or Space for another session.</source>
        <translation>Aby rozpocząć kolejną sesję, proszę nacisnąć Start lub spację.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Open the %1 menu</source>
        <translation>Otwórz menu %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Tab moves between controls; Space or Enter presses the one with the focus.</source>
        <translation>Tab przechodzi między elementami; spacja lub Enter naciska element z fokusem.</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation>Każdy wiersz: klawisze, a potem ich działanie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Skróty klawiszowe…</translation>
    </message>
    <message>
        <source>Every key KneeCare answers</source>
        <translation>Wszystkie klawisze obsługiwane przez KneeCare</translation>
    </message>
</context>
<context>
    <name>TrayCompanion</name>
    <message>
        <source>No tray here: closing this window quits KneeCare. Reminders come as notifications.</source>
        <translation>Brak zasobnika systemowego: zamknięcie tego okna kończy KneeCare. Przypomnienia pojawiają się jako powiadomienia.</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Przypomnienia…</translation>
    </message>
    <message>
        <source>KneeCare could not change how it starts at login: %1</source>
        <translation>KneeCare nie może zmienić sposobu uruchamiania po zalogowaniu: %1</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>KneeCare is still here</source>
        <translation>KneeCare nadal działa</translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.</source>
        <translation>Działa dalej w zasobniku, aby przypominać. Aby zakończyć, proszę wybrać Zakończ w menu zasobnika.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>For 30 minutes</source>
        <translation>Na 30 minut</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Na 1 godzinę</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>Start session (%1)</source>
        <translation>Rozpocznij sesję (%1)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Rozpocznij sesję</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Drzemka</translation>
    </message>
    <message>
        <source>Open KneeCare</source>
        <translation>Otwórz KneeCare</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>O bezpieczeństwie</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Przypomnienia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>This is how KneeCare will read each step to you.</source>
        <translation>Tak KneeCare będzie czytać każdy krok.</translation>
    </message>
    <message>
        <source>Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.</source>
        <translation>Aby słyszeć kroki czytane na głos, proszę zainstalować speech-dispatcher (i głos, np. espeak-ng).</translation>
    </message>
    <message>
        <source>Your system&apos;s speech service did not answer.</source>
        <translation>Usługa mowy systemu nie odpowiedziała.</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>Syntezator mowy przestał działać.</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Nie zainstalowano syntezatora mowy.</translation>
    </message>
    <message>
        <source>The speech engine “%1” could not start.</source>
        <translation>Nie można uruchomić syntezatora mowy „%1”.</translation>
    </message>
    <message>
        <source>No speech voice for %1 is installed on this computer, so KneeCare plays the chimes only and does not read the steps aloud. Install a voice for %1 to hear them.</source>
        <translation>Na tym komputerze nie ma zainstalowanego głosu dla języka: %1, więc KneeCare odtwarza tylko sygnały dźwiękowe i nie czyta kroków na głos. Aby je słyszeć, należy zainstalować głos dla języka: %1.</translation>
    </message>
    <message>
        <source>The speech engine “%1” did not answer.</source>
        <translation>Syntezator mowy „%1” nie odpowiedział.</translation>
    </message>
    <message>
        <source>The speech helper stopped (exit code %1).</source>
        <translation>Pomocnik mowy zakończył działanie (kod wyjścia %1).</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Showing %1</source>
        <extracomment>Read by screen readers after the chart&apos;s summary: %1 is the value picked (e.g. &quot;Thu 26 Nov: 2 sessions completed&quot;).</extracomment>
        <translation>Wybrano: %1</translation>
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
        <translation>nie jest obiektem JSON</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time</source>
        <translation>%1 nie jest czasem w formacie ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 nie jest obiektem JSON</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, pole &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1 is not a non-empty text</source>
        <translation>%1 nie jest niepustym tekstem</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 nie jest jedną z wartości %2</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds (0 or more)</source>
        <translation>%1 nie jest liczbą sekund (0 lub więcej)</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 nie jest liczbą całkowitą od %2 do %3</translation>
    </message>
    <message>
        <source>%1 has no UTC offset (like +01:00)</source>
        <translation>%1 nie ma przesunięcia UTC (np. +01:00)</translation>
    </message>
    <message>
        <source>%1 is not a time from the year %2 to %3</source>
        <translation>%1 nie jest czasem z lat %2–%3</translation>
    </message>
    <message>
        <source>%1 is not a value KneeCare knows</source>
        <translation>%1 to wartość nieznana KneeCare</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>nie jest listą</translation>
    </message>
    <message>
        <source>is not an object with &apos;before&apos; and &apos;after&apos;</source>
        <translation>nie jest obiektem z &apos;before&apos; i &apos;after&apos;</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 nie jest tekstem</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>wpis %1</translation>
    </message>
    <message>
        <source>entry %1 (started %2)</source>
        <translation>wpis %1 (rozpoczęty %2)</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>jest przed started_at</translation>
    </message>
    <message>
        <source>two phases have the same index</source>
        <translation>dwie fazy mają ten sam indeks</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most KneeCare imports</source>
        <translation>plik jest większy niż %1 MiB, najwięcej, ile KneeCare importuje</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>plik nie jest poprawnym JSON-em (wiersz %1, kolumna %2: %3)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a KneeCare export</source>
        <translation>plik jest zbyt głęboko zagnieżdżony jak na eksport KneeCare</translation>
    </message>
    <message>
        <source>the file holds a value KneeCare cannot read: %1</source>
        <translation>plik zawiera wartość, której KneeCare nie może odczytać: %1</translation>
    </message>
    <message>
        <source>the file does not hold a list of sessions (a KneeCare JSON export)</source>
        <translation>plik nie zawiera listy sesji (eksportu JSON z KneeCare)</translation>
    </message>
    <message>
        <source>entries %1 and %2 are the same session (uid %3)</source>
        <translation>wpisy %1 i %2 to ta sama sesja (uid %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>Dodano %n sesję</numerusform>
            <numerusform>Dodano %n sesje</numerusform>
            <numerusform>Dodano %n sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were already in your history.</source>
        <translation>
            <numerusform>%1; %n była już w historii.</numerusform>
            <numerusform>%1; %n były już w historii.</numerusform>
            <numerusform>%1; %n było już w historii.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>KneeCare had a problem with your history just now. The details say what happened and what KneeCare did about it.</source>
        <translation>KneeCare miał przed chwilą problem z historią. Szczegóły opisują, co się stało i co KneeCare zrobił.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dni</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dni</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 rok</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończona</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Przerwana wcześniej</translation>
    </message>
    <message>
        <source>Ended for safety</source>
        <translation>Zakończona dla bezpieczeństwa</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Przerwana</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session gone through to its end with a pressing, moving or exercise step skipped (not done).</extracomment>
        <translation>Pominięte kroki</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>The Knees column of the sessions table.</extracomment>
        <translation>Lewe</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Prawe</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Oba</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>lewe kolano</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>prawe kolano</translation>
    </message>
    <message>
        <source>both knees</source>
        <translation>oba kolana</translation>
    </message>
    <message>
        <source>settling in</source>
        <extracomment>What the person was doing: fills %3 of &quot;Reported %1 at %2, during %3&quot; (with the preposition needed).</extracomment>
        <translation>przygotowanie</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>rozgrzewanie</translation>
    </message>
    <message>
        <source>finding the hollow</source>
        <translation>szukanie zagłębienia</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>uciskanie</translation>
    </message>
    <message>
        <source>the movement</source>
        <translation>ruch</translation>
    </message>
    <message>
        <source>a hold</source>
        <translation>przytrzymanie</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>zakończenie</translation>
    </message>
    <message>
        <source>the repetitions</source>
        <translation>powtórzenia</translation>
    </message>
    <message>
        <source>a stretch</source>
        <translation>rozciąganie</translation>
    </message>
    <message>
        <source>a rest</source>
        <translation>odpoczynek</translation>
    </message>
    <message>
        <source>the intervals</source>
        <translation>interwały</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>ból</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>drętwienie</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>mrowienie</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>napięcie</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>obrzęk</translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word the person types to delete everything (in capitals).</extracomment>
        <translation>USUŃ</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month, yyyy: year); write it as your language does.</extracomment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month); write it as your language does.</extracomment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A Qt date format under the chart&apos;s weekly bars (d: day, MMM: short month).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1: no sessions</source>
        <translation>%1: brak sesji</translation>
    </message>
    <message>
        <source>, %1 ended early</source>
        <translation>, przerwane wcześniej: %1</translation>
    </message>
    <message>
        <source> (goal met)</source>
        <translation> (cel osiągnięty)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>tydzień od %1</translation>
    </message>
    <message>
        <source>Rate how your knees feel before and after a session to see here how they compare.</source>
        <translation>Ocena kolan przed sesją i po niej pozwala tu zobaczyć porównanie.</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points after a session</source>
        <translation>ocena „%1” spadła po sesji o %2 pkt</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points</source>
        <translation>ocena „%1” spadła o %2 pkt</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points after a session</source>
        <translation>ocena „%1” wzrosła po sesji o %2 pkt</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points</source>
        <translation>ocena „%1” wzrosła o %2 pkt</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same after a session</source>
        <translation>ocena „%1” po sesji prawie się nie zmieniła</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same</source>
        <translation>ocena „%1” prawie się nie zmieniła</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the measures: &quot;A, B and C&quot;.</extracomment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Kolana</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Czas wykonania</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day was met on %5 of %6 days.</source>
        <translation>Sesje dziennie, okres %1: ukończone %2, przerwane wcześniej %3; cel %4 dziennie osiągnięty w %5 z %6 dni.</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.</source>
        <translation>Sesje dziennie, okres %1: ukończone %2; cel %3 dziennie osiągnięty w %4 z %5 dni.</translation>
    </message>
    <message>
        <source>Minutes per week, last %1 weeks: %2 in all.</source>
        <translation>Minuty tygodniowo, liczba tygodni: %1; łącznie %2.</translation>
    </message>
    <message>
        <source>%1: %2 before %3, after %4</source>
        <extracomment>%1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.</extracomment>
        <translation>%1: %2 przed %3, po %4</translation>
    </message>
    <message>
        <source>%1 rating, 0 to 10, mean before and after sessions, last %2.</source>
        <translation>Ocena: %1, 0 do 10, średnia przed sesjami i po nich, okres %2.</translation>
    </message>
    <message>
        <source> Overall %1 before, %2 after.</source>
        <translation> Ogółem %1 przed, %2 po.</translation>
    </message>
    <message>
        <source>Deleted the session of %1, %2.</source>
        <translation>Usunięto sesję z %1, %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Kroki: wykonano %1 z %2</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, pominięte: %1</translation>
    </message>
    <message>
        <source>Reported %1 at %2, during %3</source>
        <extracomment>%1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of &quot;settling in&quot;, &quot;pressing&quot;, ...).</extracomment>
        <translation>Zgłoszono: %1 po %2, etap: %3</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>bez liczb</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — „%1”</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Wszystkie sesje</translation>
    </message>
    <message>
        <source>Knee sessions</source>
        <translation>Sesje kolan</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <source>Tension · pain · swelling, 0 to 10 (– not rated)</source>
        <translation>Napięcie · ból · obrzęk, 0 do 10 (– bez oceny)</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (komputer: %2)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sesje dziennie</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuty tygodniowo</translation>
    </message>
    <message>
        <source>How your knees felt, before and after</source>
        <translation>Jak czuły się kolana przed i po</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Pokaż okres: %1</translation>
    </message>
    <message>
        <source>sessions today</source>
        <translation>sesje dzisiaj</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>obecna seria</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>najlepsza seria</translation>
    </message>
    <message>
        <source>days the goal was met</source>
        <translation>dni z osiągniętym celem</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>minuty w tym tygodniu</translation>
    </message>
    <message>
        <source>Tension before and after sessions</source>
        <translation>Napięcie przed sesjami i po nich</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Ból przed sesjami i po nich</translation>
    </message>
    <message>
        <source>The quick rating before and after sessions is off.</source>
        <translation>Szybka ocena przed sesją i po niej jest wyłączona.</translation>
    </message>
    <message>
        <source>Ask me again</source>
        <translation>Pytaj ponownie</translation>
    </message>
    <message>
        <source>What seems to help you</source>
        <translation>Co wydaje się pomagać</translation>
    </message>
    <message>
        <source>goal: %1 a day</source>
        <translation>cel: %1 dziennie</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończone</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>przerwane wcześniej</translation>
    </message>
    <message>
        <source>Sessions per day, each week&apos;s average</source>
        <translation>Sesje dziennie, średnia tygodniowa</translation>
    </message>
    <message>
        <source> Shown as each week&apos;s average per day.</source>
        <translation> Pokazano jako średnią dzienną w każdym tygodniu.</translation>
    </message>
    <message>
        <source>No sessions in this time yet. When you finish one, it shows here.</source>
        <translation>W tym okresie nie ma jeszcze sesji. Po ukończeniu sesja pojawi się tutaj.</translation>
    </message>
    <message>
        <source>current streak, go on today</source>
        <translation>obecna seria, warto kontynuować dziś</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 przed</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 po</translation>
    </message>
    <message>
        <source>History · %1</source>
        <translation>Historia · %1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Przegląd</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesje</translation>
    </message>
    <message>
        <source>Which sessions to list</source>
        <translation>Które sesje wyświetlić</translation>
    </message>
    <message>
        <source>List every session, only the knee sessions, or only the routines</source>
        <translation>Wszystkie sesje, tylko sesje kolan albo tylko ćwiczenia</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Usuń sesję</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); you can undo it</source>
        <translation>Usuń wybraną sesję (klawisz Delete); można to cofnąć</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>Usuń wszystkie dane…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>Przywróć sesję (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesje, od najnowszej</translation>
    </message>
    <message>
        <source>Choose a session to see its details.</source>
        <translation>Proszę wybrać sesję, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>Your other computers delete it at their next sync.</source>
        <translation>Pozostałe komputery usuną je przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>The sync folder could not be reached; it is cleared at the next sync.</source>
        <translation>Folder synchronizacji był niedostępny; dane w nim zostaną usunięte przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Sync is now off; the sync folder was left as it was.</source>
        <translation>Synchronizacja jest teraz wyłączona; folder synchronizacji pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Usuń wszystkie dane</translation>
    </message>
    <message>
        <source>This deletes every session, rating and safety report, the reminder log, your screening answers and all backup copies, for good. Your settings stay.

If you might want them later, close this and use File &gt; Export first.

To go ahead, type %1 below.</source>
        <extracomment>%1 is the word to type (DELETE, translated above). &quot;File &gt; Export&quot; names the menu entry.</extracomment>
        <translation>To na zawsze usuwa każdą sesję, ocenę i zgłoszenie dotyczące bezpieczeństwa, dziennik przypomnień, odpowiedzi na pytania o bezpieczeństwo i wszystkie kopie zapasowe. Ustawienia pozostaną.

Jeśli dane mogą się jeszcze przydać, proszę zamknąć to okno i najpierw użyć Plik &gt; Eksportuj.

Aby kontynuować, proszę wpisać poniżej %1.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Aby potwierdzić, proszę wpisać %1</translation>
    </message>
    <message>
        <source>Also delete it on my other &amp;computers (sync folder)</source>
        <translation>Usuń także na moich pozostałych &amp;komputerach (folder synchronizacji)</translation>
    </message>
    <message>
        <source>Checked: your other computers delete everything too at their next sync. Not checked: only this computer&apos;s history goes, and sync is turned off here.</source>
        <translation>Zaznaczone: pozostałe komputery też usuną wszystko przy następnej synchronizacji. Niezaznaczone: znika tylko historia tego komputera, a synchronizacja zostaje tu wyłączona.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Usuń wszystko</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Eksportuj historię</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>The title of the message after an export.</extracomment>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2.</source>
        <translation>Nie udało się zapisać historii w %1: %2.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importuj historię</translation>
    </message>
    <message>
        <source>KneeCare JSON export (*.json)</source>
        <translation>Eksport JSON z KneeCare (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The title of the message after an import.</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>Nie udało się odczytać %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a text file; nothing was imported.</source>
        <translation>%1 nie jest plikiem tekstowym; niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation>Nie zaimportowano %1 i nic się nie zmieniło: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesja</numerusform>
            <numerusform>%n sesje</numerusform>
            <numerusform>%n sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation>
            <numerusform>%n sesja, od najnowszej. Oceny: napięcie · ból · obrzęk, od 0 do 10.</numerusform>
            <numerusform>%n sesje, od najnowszej. Oceny: napięcie · ból · obrzęk, od 0 do 10.</numerusform>
            <numerusform>%n sesji, od najnowszej. Oceny: napięcie · ból · obrzęk, od 0 do 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted all data (%n session(s)).</source>
        <translation>
            <numerusform>Usunięto wszystkie dane (%n sesja).</numerusform>
            <numerusform>Usunięto wszystkie dane (%n sesje).</numerusform>
            <numerusform>Usunięto wszystkie dane (%n sesji).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) completed</source>
        <translation>
            <numerusform>%1: ukończono %n sesję</numerusform>
            <numerusform>%1: ukończono %n sesje</numerusform>
            <numerusform>%1: ukończono %n sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s), %4 ended early)</source>
        <translation>
            <numerusform>%1: ukończone dziennie: %2 (%3 w ciągu %n dnia, przerwane wcześniej: %4)</numerusform>
            <numerusform>%1: ukończone dziennie: %2 (%3 w ciągu %n dni, przerwane wcześniej: %4)</numerusform>
            <numerusform>%1: ukończone dziennie: %2 (%3 w ciągu %n dni, przerwane wcześniej: %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s))</source>
        <translation>
            <numerusform>%1: ukończone dziennie: %2 (%3 w ciągu %n dnia)</numerusform>
            <numerusform>%1: ukończone dziennie: %2 (%3 w ciągu %n dni)</numerusform>
            <numerusform>%1: ukończone dziennie: %2 (%3 w ciągu %n dni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>Średnio %1 (%n sesja oceniona przed i po).</numerusform>
            <numerusform>Średnio %1 (%n sesje ocenione przed i po).</numerusform>
            <numerusform>Średnio %1 (%n sesji ocenionych przed i po).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %2 min in %n session(s)</source>
        <translation>
            <numerusform>tydzień od %1: %2 min w %n sesji</numerusform>
            <numerusform>tydzień od %1: %2 min w %n sesjach</numerusform>
            <numerusform>tydzień od %1: %2 min w %n sesjach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n zgłoszenie</numerusform>
            <numerusform>%n zgłoszenia</numerusform>
            <numerusform>%n zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n sesję do %1.</numerusform>
            <numerusform>Wyeksportowano %n sesje do %1.</numerusform>
            <numerusform>Wyeksportowano %n sesji do %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>left</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your left knee&quot;).</extracomment>
        <translation>lewej</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your right knee&quot;).</extracomment>
        <translation>prawej</translation>
    </message>
    <message>
        <source>Warm compress</source>
        <translation>Ciepły okład</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends.</source>
        <extracomment>{knee} becomes &quot;left&quot; or &quot;right&quot; (the words above).</extracomment>
        <translation>Usiąść wygodnie i położyć ciepły, nigdy gorący, okład za kolanem {knee} nogi, aż czas minie.</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.</source>
        <translation>Usiąść wygodnie i położyć ciepły, nigdy gorący, okład za obydwoma kolanami, aż czas minie.</translation>
    </message>
    <message>
        <source>Firm, but never painful.</source>
        <translation>Mocno, ale nigdy boleśnie.</translation>
    </message>
    <message>
        <source>firm</source>
        <extracomment>Words (separated by |) that say &quot;firm&quot; in the translated pressure instructions.</extracomment>
        <translation>mocny|mocno</translation>
    </message>
    <message>
        <source>never painful|never hurts|never hurt</source>
        <extracomment>Words (separated by |) that say &quot;never painful&quot; in the translated pressure instructions.</extracomment>
        <translation>nigdy bolesny|nigdy boleśnie|nigdy nie boli</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Daily</source>
        <translation>Codzienny</translation>
    </message>
    <message>
        <source>Everyday care to keep the backs of the knees loose: once or twice a day.</source>
        <translation>Codzienna troska o luźny tył kolan: raz lub dwa razy dziennie.</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <source>Sit down and bend your {knee} knee a little, with the foot flat on the floor or resting on something.</source>
        <translation>Usiąść i lekko zgiąć kolano {knee} nogi; stopa płasko na podłodze albo na czymś oparta.</translation>
    </message>
    <message>
        <source>Warm your hands</source>
        <translation>Rozgrzanie dłoni</translation>
    </message>
    <message>
        <source>Rub your palms briskly together until they feel warm.</source>
        <translation>Energicznie pocierać dłonie o siebie, aż zrobią się ciepłe.</translation>
    </message>
    <message>
        <source>Find the hollow</source>
        <translation>Szukanie zagłębienia</translation>
    </message>
    <message>
        <source>Slide your fingers behind the {knee} knee and feel for the soft dip in the middle of the crease.</source>
        <translation>Wsunąć palce za kolano {knee} nogi i wyczuć miękkie zagłębienie pośrodku zgięcia.</translation>
    </message>
    <message>
        <source>Press gently</source>
        <translation>Delikatny ucisk</translation>
    </message>
    <message>
        <source>Rest your thumbs in the hollow and lean in slowly until the pressure is firm but never painful.</source>
        <translation>Oprzeć kciuki w zagłębieniu i powoli się pochylać, aż ucisk będzie mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>Małe kółka</translation>
    </message>
    <message>
        <source>Trace small, slow circles across the hollow, the pressure firm but never painful.</source>
        <translation>Zataczać małe, powolne kółka po zagłębieniu; ucisk mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Steady hold</source>
        <translation>Spokojne przytrzymanie</translation>
    </message>
    <message>
        <source>Keep a still pressure on the centre of the crease, firm but never painful, then let go when the timer ends.</source>
        <translation>Utrzymywać nieruchomy ucisk na środku zgięcia, mocny, ale nigdy bolesny, i puścić, gdy czas minie.</translation>
    </message>
    <message>
        <source>Stroke down the calf</source>
        <translation>Gładzenie łydki</translation>
    </message>
    <message>
        <source>With light hands, stroke from behind the knee down the calf towards the ankle.</source>
        <translation>Lekkimi dłońmi gładzić od kolana w dół łydki w stronę kostki.</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Szybki</translation>
    </message>
    <message>
        <source>A short version for a busy day: one minute of movement per knee.</source>
        <translation>Krótka wersja na pracowity dzień: minuta ruchu na kolano.</translation>
    </message>
    <message>
        <source>Sit with your {knee} knee slightly bent and the foot supported.</source>
        <translation>Usiąść, kolano {knee} nogi lekko zgięte, stopa podparta.</translation>
    </message>
    <message>
        <source>Rub your palms together for a few breaths.</source>
        <translation>Pocierać dłonie o siebie przez kilka oddechów.</translation>
    </message>
    <message>
        <source>Feel for the soft dip at the centre of the crease behind the {knee} knee.</source>
        <translation>Wyczuć miękkie zagłębienie pośrodku zgięcia za kolanem {knee} nogi.</translation>
    </message>
    <message>
        <source>Press in with your thumbs, slowly, to a firm pressure that never hurts.</source>
        <translation>Powoli wciskać kciuki, aż ucisk będzie mocny, ale taki, który nigdy nie boli.</translation>
    </message>
    <message>
        <source>Make small, unhurried circles over the hollow, the pressure firm but never painful.</source>
        <translation>Zataczać małe, spokojne kółka po zagłębieniu; ucisk mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Finish with a few light strokes from the knee down towards the ankle.</source>
        <translation>Na koniec kilka razy lekko pogładzić od kolana w dół w stronę kostki.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Regeneracja</translation>
    </message>
    <message>
        <source>After hard exercise: three minutes of movement per knee and a longer finish down the calf.</source>
        <translation>Po dużym wysiłku: trzy minuty ruchu na kolano i dłuższe gładzenie łydki na koniec.</translation>
    </message>
    <message>
        <source>Sit comfortably, {knee} knee bent a little, foot flat or propped up.</source>
        <translation>Usiąść wygodnie, kolano {knee} nogi lekko zgięte, stopa płasko albo wyżej.</translation>
    </message>
    <message>
        <source>Rub your hands together until the palms are warm.</source>
        <translation>Pocierać dłonie o siebie, aż zrobią się ciepłe.</translation>
    </message>
    <message>
        <source>Bend the {knee} knee slightly and find the soft centre of the crease with your fingertips.</source>
        <translation>Lekko zgiąć kolano {knee} nogi i opuszkami palców znaleźć miękki środek zgięcia.</translation>
    </message>
    <message>
        <source>Use the heels of your palms and build up slowly to a pressure that is firm but never painful.</source>
        <translation>Użyć nasady dłoni i powoli zwiększać ucisk, aż będzie mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Slow strokes</source>
        <translation>Powolne gładzenie</translation>
    </message>
    <message>
        <source>Stroke slowly up and down across the hollow with an even pressure, firm but never painful.</source>
        <translation>Powoli gładzić zagłębienie w górę i w dół z równym uciskiem, mocnym, ale nigdy bolesnym.</translation>
    </message>
    <message>
        <source>Press steadily into the centre of the crease, firm but never painful, and keep still; release when the timer ends.</source>
        <translation>Równo uciskać środek zgięcia, mocno, ale nigdy boleśnie, i się nie ruszać; puścić, gdy czas minie.</translation>
    </message>
    <message>
        <source>Stroke lightly and slowly down the whole calf to the ankle, several times.</source>
        <translation>Kilka razy lekko i powoli pogładzić całą łydkę aż do kostki.</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relaks</translation>
    </message>
    <message>
        <source>Wind down: slow breathing, small slow circles and three still holds.</source>
        <translation>Wyciszenie: powolny oddech, małe powolne kółka i trzy spokojne przytrzymania.</translation>
    </message>
    <message>
        <source>Sit back, let your shoulders drop, and rest your {knee} foot with the knee slightly bent.</source>
        <translation>Oprzeć się wygodnie, opuścić ramiona i oprzeć stopę {knee} nogi, z kolanem lekko zgiętym.</translation>
    </message>
    <message>
        <source>Rub your palms together slowly while you breathe out long.</source>
        <translation>Powoli pocierać dłonie o siebie przy długim wydechu.</translation>
    </message>
    <message>
        <source>Find the soft middle of the crease behind the {knee} knee.</source>
        <translation>Znaleźć miękki środek zgięcia za kolanem {knee} nogi.</translation>
    </message>
    <message>
        <source>Let your thumbs sink in bit by bit until the pressure is firm but never painful.</source>
        <translation>Pozwolić kciukom zagłębiać się stopniowo, aż ucisk będzie mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Small, slow circles</source>
        <translation>Małe, powolne kółka</translation>
    </message>
    <message>
        <source>Make small, slow circles over the hollow in time with your breath, the pressure firm but never painful.</source>
        <translation>Zataczać małe, powolne kółka po zagłębieniu w rytmie oddechu; ucisk mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation>Nieruchome przytrzymanie</translation>
    </message>
    <message>
        <source>Hold a steady pressure on the centre of the crease, firm but never painful, and breathe slowly.</source>
        <translation>Utrzymywać równy ucisk na środku zgięcia, mocny, ale nigdy bolesny, i oddychać powoli.</translation>
    </message>
    <message>
        <source>Glide your hands gently down the calf towards the ankle.</source>
        <translation>Delikatnie przesuwać dłonie w dół łydki w stronę kostki.</translation>
    </message>
    <message>
        <source>Ankle pumps</source>
        <translation>Pompki stopami</translation>
    </message>
    <message>
        <source>Point and pull your feet in a steady rhythm so the calf muscles squeeze blood back up the legs.</source>
        <translation>Prostować i przyciągać stopy w równym rytmie, aby mięśnie łydek wypychały krew z nóg w górę.</translation>
    </message>
    <message>
        <source>Legs out</source>
        <translation>Nogi wyprostowane</translation>
    </message>
    <message>
        <source>Sit back or lie down with both legs stretched out and your heels resting on the floor or the bed.</source>
        <translation>Oprzeć się lub położyć z obiema nogami wyprostowanymi, pięty na podłodze lub łóżku.</translation>
    </message>
    <message>
        <source>Point both feet away from you, then pull your toes back towards your shins: one full pump on each count. Smooth, not forced.</source>
        <translation>Odchylić obie stopy od siebie, a potem przyciągnąć palce do goleni: jedna pełna pompka na każde odliczenie. Płynnie, bez siły.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Odpoczynek</translation>
    </message>
    <message>
        <source>Let your feet go still and breathe easily; the next set starts when the timer ends.</source>
        <translation>Stopy nieruchomo, spokojny oddech; następna seria zacznie się, gdy czas minie.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Wspięcia na palce</translation>
    </message>
    <message>
        <source>Rise up on your toes and lower slowly, to work the calf muscles that help blood flow back from the legs.</source>
        <translation>Wspiąć się na palce i powoli opuścić, aby pracowały mięśnie łydek, które pomagają krwi wracać z nóg.</translation>
    </message>
    <message>
        <source>Stand and hold on</source>
        <translation>Stanąć i się przytrzymać</translation>
    </message>
    <message>
        <source>Stand behind a sturdy chair or beside a wall, feet about hip-width apart, one hand resting on it for balance.</source>
        <translation>Stanąć za stabilnym krzesłem lub przy ścianie, stopy mniej więcej na szerokość bioder, jedna ręka oparta dla równowagi.</translation>
    </message>
    <message>
        <source>Rise slowly onto the balls of both feet, then lower your heels back to the floor: one raise on each count.</source>
        <translation>Powoli wspiąć się na przednią część obu stóp, potem opuścić pięty na podłogę: jedno wspięcie na każde odliczenie.</translation>
    </message>
    <message>
        <source>Stand easy with your heels down and let the calves relax before the next set.</source>
        <translation>Stać swobodnie, pięty na podłodze, i rozluźnić łydki przed następną serią.</translation>
    </message>
    <message>
        <source>Calf and hamstring stretches</source>
        <translation>Rozciąganie łydek i tylnej części ud</translation>
    </message>
    <message>
        <source>Gentle, still stretches for the backs of the legs, to ease tight calves and hamstrings.</source>
        <translation>Łagodne, nieruchome rozciąganie tyłu nóg na napięte łydki i tylną część ud.</translation>
    </message>
    <message>
        <source>Face a wall</source>
        <translation>Przodem do ściany</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from a wall and rest both hands on it at shoulder height.</source>
        <translation>Stanąć mniej więcej na długość ręki od ściany i oprzeć o nią obie dłonie na wysokości ramion.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Rozciąganie łydki</translation>
    </message>
    <message>
        <source>Step your {side} foot back and press that heel to the floor. Bend the front knee and lean towards the wall until the {side} calf feels a mild pull. Stay still; no bouncing.</source>
        <translation>Cofnąć stopę {side} nogi i docisnąć tę piętę do podłogi. Zgiąć przednie kolano i pochylać się do ściany, aż w łydce {side} nogi pojawi się lekkie naciągnięcie. Bez ruchu; bez sprężynowania.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rozluźnienie</translation>
    </message>
    <message>
        <source>Ease out of the stretch and shake the leg loose. Next: the {side} leg.</source>
        <translation>Spokojnie wyjść z rozciągania i rozluźnić nogę, potrząsając nią. Teraz kolej {side} nogi.</translation>
    </message>
    <message>
        <source>Sit on a chair</source>
        <translation>Siad na krześle</translation>
    </message>
    <message>
        <source>Sit near the front edge of a steady chair with both feet flat on the floor.</source>
        <translation>Usiąść blisko przedniej krawędzi stabilnego krzesła, obie stopy płasko na podłodze.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Rozciąganie tylnej części uda</translation>
    </message>
    <message>
        <source>Straighten your {side} leg in front of you, heel on the floor and toes up. Keep your back long and tip forward from the hips until the back of the {side} thigh feels a mild pull.</source>
        <translation>Wyprostować przed sobą nogę po {side} stronie, pięta na podłodze, palce w górę. Plecy proste; pochylać się od bioder, aż z tyłu uda {side} nogi pojawi się lekkie naciągnięcie.</translation>
    </message>
    <message>
        <source>Sit back up, bend the knee and let the leg rest. Next: the {side} leg.</source>
        <translation>Usiąść prosto, zgiąć kolano i dać nodze odpocząć. Teraz kolej {side} nogi.</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Uniesienie nóg</translation>
    </message>
    <message>
        <source>Rest with your legs raised above your heart for 15 to 20 minutes, to help swelling go down.</source>
        <translation>Odpoczywać z nogami uniesionymi powyżej serca przez 15 do 20 minut, aby obrzęk mógł się zmniejszyć.</translation>
    </message>
    <message>
        <source>Lie down, legs up</source>
        <translation>Leżenie z nogami w górze</translation>
    </message>
    <message>
        <source>Lie on your back and rest your legs on cushions, or up against a wall, so that your feet are higher than your heart.</source>
        <translation>Położyć się na plecach i oprzeć nogi na poduszkach lub o ścianę, tak aby stopy były wyżej niż serce.</translation>
    </message>
    <message>
        <source>Legs raised</source>
        <translation>Nogi uniesione</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. You can minimise this window: a soft chime tells you when the time is up.</source>
        <translation>Leżeć spokojnie i swobodnie oddychać. Okno można zminimalizować: cichy dzwonek da znać, gdy czas minie.</translation>
    </message>
    <message>
        <source>Come down slowly</source>
        <translation>Powolne opuszczenie</translation>
    </message>
    <message>
        <source>Lower your legs, roll onto one side and sit up gently before you stand.</source>
        <translation>Opuścić nogi, przekręcić się na bok i powoli usiąść, zanim się wstanie.</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Prysznic naprzemienny</translation>
    </message>
    <message>
        <source>Warm and cool water on the legs in turns, to get the circulation going.</source>
        <translation>Na zmianę ciepła i chłodna woda na nogi, aby pobudzić krążenie.</translation>
    </message>
    <message>
        <source>Not for you if you have been told to avoid sudden changes of temperature. Keep the water warm, never hot, and cool, never icy. Stop at once if you feel dizzy or unwell.</source>
        <translation>Nie dla osób, którym zalecono unikanie nagłych zmian temperatury. Woda ciepła, nigdy gorąca, i chłodna, nigdy lodowata. Od razu przerwać przy zawrotach głowy lub złym samopoczuciu.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <source>Stand steadily in the shower, or sit on a shower stool, with the shower head in your hand and the water warm.</source>
        <translation>Stanąć pewnie pod prysznicem albo usiąść na stołku, ze słuchawką prysznica w dłoni i ciepłą wodą.</translation>
    </message>
    <message>
        <source>Warm and cool</source>
        <translation>Ciepło i chłodno</translation>
    </message>
    <message>
        <source>Dry off</source>
        <translation>Osuszenie</translation>
    </message>
    <message>
        <source>Turn off the water, pat your legs dry and rest a moment before you move on.</source>
        <translation>Zakręcić wodę, osuszyć nogi ręcznikiem i chwilę odpocząć przed dalszym ruchem.</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Gładzenie łydki</translation>
    </message>
    <message>
        <source>Light, slow strokes down the calf towards the ankle, a longer, gentle finish.</source>
        <translation>Lekkie, powolne gładzenie w dół łydki w stronę kostki; dłuższe, łagodne zakończenie.</translation>
    </message>
    <message>
        <source>With light hands, stroke slowly from behind the {knee} knee down the calf to the ankle, again and again.</source>
        <translation>Lekkimi dłońmi raz po raz powoli gładzić od kolana {knee} nogi w dół łydki aż do kostki.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, or are you being treated for one?</source>
        <translation>Czy jest obecnie zakrzepica żył głębokich (ZŻG), czyli skrzep krwi w głębokiej żyle nogi, albo czy trwa jej leczenie?</translation>
    </message>
    <message>
        <source>A blood clot in a leg vein (DVT)</source>
        <translation>Skrzep krwi w żyle nogi (ZŻG)</translation>
    </message>
    <message>
        <source>Massage is not advised while there is a clot in a leg. Please leave these sessions aside and ask your doctor what is safe for you.</source>
        <translation>Masaż nie jest zalecany, gdy w nodze jest skrzep. Proszę odłożyć te sesje i zapytać lekarza, co jest bezpieczne.</translation>
    </message>
    <message>
        <source>Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?</source>
        <translation>Czy żylaki na którejś nodze są teraz silnie zapalone: czerwone, gorące, twarde lub bolesne?</translation>
    </message>
    <message>
        <source>Badly inflamed varicose veins</source>
        <translation>Silnie zapalone żylaki</translation>
    </message>
    <message>
        <source>Pressing on inflamed veins can make them worse. Please have a doctor look at them before you use these sessions.</source>
        <translation>Uciskanie zapalonych żył może pogorszyć ich stan. Przed korzystaniem z tych sesji proszę pokazać je lekarzowi.</translation>
    </message>
    <message>
        <source>Is there an open wound, a cut, broken skin or a skin infection at the back of either knee or on either calf?</source>
        <translation>Czy z tyłu któregoś kolana lub na którejś łydce jest otwarta rana, skaleczenie, uszkodzona skóra lub zakażenie skóry?</translation>
    </message>
    <message>
        <source>A wound, broken skin or a skin infection behind the knee or on the calf</source>
        <translation>Rana, uszkodzona skóra lub zakażenie skóry za kolanem lub na łydce</translation>
    </message>
    <message>
        <source>The sessions press behind the knee and stroke down the calf, so let the skin there heal first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole and healthy again.</source>
        <translation>Sesje polegają na uciskaniu za kolanem i gładzeniu łydki w dół, więc najpierw skóra w tym miejscu musi się wygoić, a zakażenie powinna obejrzeć pielęgniarka lub lekarz. Sesje mogą poczekać, aż skóra znów będzie cała i zdrowa.</translation>
    </message>
    <message>
        <source>Have you had an operation on a knee recently, or are you still recovering from one?</source>
        <translation>Czy któreś kolano było niedawno operowane albo czy nadal trwa powrót do zdrowia po operacji kolana?</translation>
    </message>
    <message>
        <source>Recent knee surgery</source>
        <translation>Niedawna operacja kolana</translation>
    </message>
    <message>
        <source>A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist when pressure behind the knee is safe for you.</source>
        <translation>Kolano po operacji wymaga osobnego planu. Proszę zapytać chirurga lub fizjoterapeutę, kiedy ucisk za kolanem będzie bezpieczny.</translation>
    </message>
    <message>
        <source>Do you have a bleeding or clotting disorder that is not under control?</source>
        <translation>Czy występuje zaburzenie krzepnięcia lub skłonność do krwawień, które nie są pod kontrolą?</translation>
    </message>
    <message>
        <source>A bleeding disorder that is not under control</source>
        <translation>Skłonność do krwawień, która nie jest pod kontrolą</translation>
    </message>
    <message>
        <source>Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor before you use these sessions.</source>
        <translation>Mocny ucisk może wywołać siniaki lub krwawienie pod skórą. Przed korzystaniem z tych sesji proszę porozmawiać z lekarzem.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Czy jest Pani w ciąży?</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Ciąża</translation>
    </message>
    <message>
        <source>Please check with your midwife, doctor or another healthcare provider before doing any pressure-point work. You can go on once they have told you it is fine for you.</source>
        <translation>Przed jakimkolwiek uciskaniem punktów proszę skonsultować się z położną, lekarzem lub innym pracownikiem medycznym. Można kontynuować, gdy potwierdzą, że to w porządku.</translation>
    </message>
    <message>
        <source>My healthcare provider has told me that pressure-point self-massage is fine for me.</source>
        <translation>Lekarz lub inny pracownik medyczny powiedział mi, że samodzielny masaż punktów uciskowych jest dla mnie w porządku.</translation>
    </message>
    <message>
        <source>Is either of your legs swollen, warm, red or painful at the moment?</source>
        <translation>Czy któraś noga jest teraz spuchnięta, ciepła, zaczerwieniona lub bolesna?</translation>
    </message>
    <message>
        <source>A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don&apos;t massage it. Sessions stay on hold until the leg is back to normal, or until a health professional has told you that massage is fine.</source>
        <translation>Noga spuchnięta, ciepła, zaczerwieniona lub bolesna powinna szybko zostać zbadana przez lekarza lub pielęgniarkę. Proszę jej nie masować. Sesje pozostają wstrzymane, dopóki noga nie wróci do normy albo pracownik medyczny nie powie, że masaż jest w porządku.</translation>
    </message>
    <message>
        <source>Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here.</source>
        <translation>Pauza. Proszę zmniejszyć ucisk albo przerwać. Ostry ból, drętwienie lub mrowienie oznacza: uciskać lżej albo zakończyć sesję w tym miejscu.</translation>
    </message>
    <message>
        <source>What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you.</source>
        <translation>Co można zrobić zamiast tego: porozmawiać o nogach z lekarzem lub innym pracownikiem medycznym. Taka osoba powie, co jest bezpieczne.</translation>
    </message>
    <message>
        <source>How is your leg now?</source>
        <translation>Jak teraz czuje się noga?</translation>
    </message>
    <message>
        <source>Earlier you told KneeCare that a leg was swollen, warm, red or painful. Is it back to normal now?</source>
        <translation>Wcześniej w KneeCare podano, że noga była spuchnięta, ciepła, zaczerwieniona lub bolesna. Czy wróciła już do normy?</translation>
    </message>
    <message>
        <source>A leg that is still swollen, warm, red or painful needs a doctor or nurse, not massage. Please have it checked soon; About safety says what to look out for.</source>
        <translation>Noga, która nadal jest spuchnięta, ciepła, zaczerwieniona lub bolesna, wymaga lekarza lub pielęgniarki, a nie masażu. Proszę niedługo pokazać ją lekarzowi lub pielęgniarce; na stronie O bezpieczeństwie opisano, na co zwracać uwagę.</translation>
    </message>
    <message>
        <source>&amp;No, not yet</source>
        <translation>&amp;Nie, jeszcze nie</translation>
    </message>
    <message>
        <source>&amp;Yes, it is back to normal</source>
        <translation>&amp;Tak, wróciła do normy</translation>
    </message>
    <message>
        <source>A &amp;professional said it is fine</source>
        <translation>&amp;Pracownik medyczny powiedział, że można</translation>
    </message>
    <message>
        <source>Sessions are on hold: you said a leg was swollen, warm, red or painful. Please have it checked; press Start once it is back to normal.</source>
        <translation>Sesje są wstrzymane: według odpowiedzi noga była spuchnięta, ciepła, zaczerwieniona lub bolesna. Proszę pokazać ją lekarzowi lub pielęgniarce; gdy wróci do normy, nacisnąć Start.</translation>
    </message>
    <message>
        <source>Sessions on hold: a leg to have checked</source>
        <translation>Sesje wstrzymane: noga do zbadania</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Sesje są wstrzymane</translation>
    </message>
    <message>
        <source>You told KneeCare that a leg was swollen, warm, red or painful, so there is no session for now. Please have the leg checked. When it is back to normal, open KneeCare and press Start.</source>
        <translation>W KneeCare podano, że noga była spuchnięta, ciepła, zaczerwieniona lub bolesna, więc na razie nie ma sesji. Proszę pokazać nogę lekarzowi lub pielęgniarce. Gdy wróci do normy, otworzyć KneeCare i nacisnąć Start.</translation>
    </message>
    <message>
        <source>Not on a leg that is swollen, warm, red or painful.</source>
        <translation>Nie na nodze spuchniętej, ciepłej, zaczerwienionej lub bolesnej.</translation>
    </message>
    <message>
        <source>Self-care, not treatment</source>
        <translation>Dbanie o siebie, nie leczenie</translation>
    </message>
    <message>
        <source>KneeCare guides you through gentle self-massage of the points behind your knees. It is a way of looking after yourself. It does not diagnose, treat or cure any condition, and it does not replace advice from a doctor, nurse or physiotherapist.</source>
        <translation>KneeCare prowadzi przez łagodny samodzielny masaż punktów za kolanami. To sposób dbania o siebie. Nie diagnozuje, nie leczy ani nie wyleczy żadnej choroby i nie zastępuje porady lekarza, pielęgniarki ani fizjoterapeuty.</translation>
    </message>
    <message>
        <source>When not to do this</source>
        <translation>Kiedy tego nie robić</translation>
    </message>
    <message>
        <source>Please don&apos;t use these sessions if you have any of the following:</source>
        <translation>Proszę nie korzystać z tych sesji, jeśli występuje którekolwiek z poniższych:</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>Jeśli jest Pani w ciąży</translation>
    </message>
    <message>
        <source>Check with your healthcare provider before any pressure-point work, and go on only once they have agreed.</source>
        <translation>Przed jakimkolwiek uciskaniem punktów proszę skonsultować się z lekarzem lub innym pracownikiem medycznym i kontynuować dopiero po jego zgodzie.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Podczas sesji</translation>
    </message>
    <message>
        <source>Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red &quot;It hurts / numb / tingling&quot; button, or the ! key, pauses the session at once.</source>
        <translation>Uciskać mocno, ale nigdy tak, żeby bolało. Przy ostrym bólu, drętwieniu lub mrowieniu zmniejszyć ucisk albo przerwać. Czerwony przycisk „Boli / drętwieje / mrowi” lub klawisz ! od razu wstrzymuje sesję.</translation>
    </message>
    <message>
        <source>When to see a health professional</source>
        <translation>Kiedy szukać pomocy medycznej</translation>
    </message>
    <message>
        <source>Don&apos;t massage a leg that shows these signs; have it checked promptly instead:</source>
        <translation>Nie masować nogi z tymi objawami; zamiast tego szybko pokazać ją lekarzowi lub pielęgniarce:</translation>
    </message>
    <message>
        <source>swelling or pain in a leg that does not go away</source>
        <translation>obrzęk lub ból nogi, który nie mija</translation>
    </message>
    <message>
        <source>a leg that suddenly feels warm</source>
        <translation>noga, która nagle staje się ciepła</translation>
    </message>
    <message>
        <source>severe swelling</source>
        <translation>silny obrzęk</translation>
    </message>
    <message>
        <source>redness of the skin</source>
        <translation>zaczerwienienie skóry</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>W nagłym wypadku</translation>
    </message>
    <message>
        <source>If a painful or swollen leg comes with sudden shortness of breath or chest pain, call your local emergency number at once.</source>
        <translation>Jeśli bolesnej lub spuchniętej nodze towarzyszy nagła duszność lub ból w klatce piersiowej, od razu zadzwonić pod lokalny numer alarmowy.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>The safety answers stay on this computer. KneeCare asks the questions again every {days} days, and you can answer them again at any time with Safety &gt; My situation changed. Before each session it asks one quick question about your legs.</source>
        <translation>Odpowiedzi na pytania o bezpieczeństwo pozostają na tym komputerze. KneeCare zadaje je ponownie co {days} dni, a odpowiedzieć na nie od nowa można w każdej chwili przez Bezpieczeństwo &gt; Moja sytuacja się zmieniła. Przed każdą sesją pojawia się jedno krótkie pytanie o nogi.</translation>
    </message>
    <message>
        <source>If you say a leg is swollen, warm, red or painful, sessions stay on hold until you tell KneeCare the leg is back to normal or a health professional has said massage is fine. For {back} days after that, or after you report pain, numbness or tingling during a session, the quick question is asked before every session, even if you turned it off.</source>
        <translation>Po odpowiedzi, że noga jest spuchnięta, ciepła, zaczerwieniona lub bolesna, sesje pozostają wstrzymane, dopóki w KneeCare nie zostanie podane, że noga wróciła do normy lub że pracownik medyczny powiedział, że masaż jest w porządku. Przez {back} dni po tym, albo po zgłoszeniu bólu, drętwienia lub mrowienia podczas sesji, krótkie pytanie pojawia się przed każdą sesją, nawet jeśli zostało wyłączone.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>times</source>
        <translation>pory</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>cel dzienny</translation>
    </message>
    <message>
        <source>snooze length (minutes)</source>
        <translation>czas drzemki (minuty)</translation>
    </message>
    <message>
        <source>recovery reminders a day</source>
        <translation>przypomnienia regeneracyjne dziennie</translation>
    </message>
    <message>
        <source>recovery days</source>
        <translation>dni regeneracji</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>drzemka</translation>
    </message>
    <message>
        <source>movement nudges</source>
        <translation>zachęty do ruchu</translation>
    </message>
    <message>
        <source>choose at least one time of day (or turn reminders off)</source>
        <translation>proszę wybrać co najmniej jedną porę dnia (albo wyłączyć przypomnienia)</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>najwyżej %1 dziennie</translation>
    </message>
    <message>
        <source>the same time is listed twice</source>
        <translation>ta sama pora występuje dwa razy</translation>
    </message>
    <message>
        <source>choose at least one day of the week (or turn reminders off)</source>
        <translation>proszę wybrać co najmniej jeden dzień tygodnia (albo wyłączyć przypomnienia)</translation>
    </message>
    <message>
        <source>days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation>dni są numerowane od 0 (poniedziałek) do 6 (niedziela)</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3</source>
        <translation>%1 nie mieści się w zakresie od %2 do %3</translation>
    </message>
    <message>
        <source>minutes must be more than 0</source>
        <translation>liczba minut musi być większa od 0</translation>
    </message>
    <message>
        <source>the hours must span at least one hour, from the first to the last</source>
        <translation>godziny muszą obejmować co najmniej jedną godzinę, od pierwszej do ostatniej</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Welcome to KneeCare</source>
        <translation>Witamy w KneeCare</translation>
    </message>
    <message>
        <source>Before your first session, please answer {n} short yes-or-no questions about your legs and your health. Acupressure is not right for everyone, and these questions check that it is safe for you to start. Your answers stay on this computer.</source>
        <translation>Przed pierwszą sesją prosimy odpowiedzieć na {n} krótkich pytań (tak lub nie) o nogi i zdrowie. Akupresura nie jest dla każdego, a te pytania sprawdzają, czy można bezpiecznie zacząć. Odpowiedzi pozostają na tym komputerze.</translation>
    </message>
    <message>
        <source>Time to check in again</source>
        <translation>Czas na ponowne pytania</translation>
    </message>
    <message>
        <source>It has been {days} days since you answered the safety questions, and things can change. Please answer the {n} questions again before your next session.</source>
        <translation>Od odpowiedzi na pytania o bezpieczeństwo minęło {days} dni, a wiele mogło się zmienić. Przed następną sesją prosimy ponownie odpowiedzieć na {n} pytań.</translation>
    </message>
    <message>
        <source>A few safety questions</source>
        <translation>Kilka pytań o bezpieczeństwo</translation>
    </message>
    <message>
        <source>Some safety questions have not been answered yet. Please answer all {n} before your next session.</source>
        <translation>Na niektóre pytania o bezpieczeństwo nie ma jeszcze odpowiedzi. Przed następną sesją prosimy odpowiedzieć na wszystkie {n}.</translation>
    </message>
    <message>
        <source>Your situation changed</source>
        <translation>Sytuacja się zmieniła</translation>
    </message>
    <message>
        <source>Please answer the {n} questions again for how things are now. Your earlier answers are marked, so you can change only what is different.</source>
        <translation>Prosimy ponownie odpowiedzieć na {n} pytań zgodnie z obecnym stanem. Wcześniejsze odpowiedzi są zaznaczone, więc wystarczy zmienić to, co jest inaczej.</translation>
    </message>
    <message>
        <source>Press %1 for yes or %2 for no.</source>
        <extracomment>%1 is the key for yes, %2 the key for no (the two one-letter entries &quot;Y&quot; and &quot;N&quot; below).</extracomment>
        <translation>Proszę nacisnąć %1 (tak) lub %2 (nie).</translation>
    </message>
    <message>
        <source>Y</source>
        <extracomment>The one letter that answers &quot;yes&quot; on a keyboard in your language (the first letter of its word for yes).</extracomment>
        <translation>T</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The one letter that answers &quot;no&quot; on a keyboard in your language; it must differ from the one for yes.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Sessions are on hold because of your safety answers. Press Start to see why.</source>
        <translation>Sesje są wstrzymane z powodu odpowiedzi na pytania o bezpieczeństwo. Proszę nacisnąć Start, aby zobaczyć powód.</translation>
    </message>
    <message>
        <source>Sessions are on hold until your healthcare provider agrees. Press Start to see more.</source>
        <translation>Sesje są wstrzymane do czasu zgody lekarza lub innego pracownika medycznego. Proszę nacisnąć Start, aby dowiedzieć się więcej.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The sync folder %1 does not exist (is the drive or share connected?).</source>
        <translation>Folder synchronizacji %1 nie istnieje (czy dysk lub udział sieciowy jest podłączony?).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 nie jest folderem.</translation>
    </message>
    <message>
        <source>KneeCare cannot write in the sync folder %1.</source>
        <translation>KneeCare nie może zapisywać w folderze synchronizacji %1.</translation>
    </message>
    <message>
        <source>Other users of this computer can look into %1. KneeCare&apos;s own files there are for you only, but a folder only you can open is safer for health records.</source>
        <translation>Inni użytkownicy tego komputera mogą zajrzeć do %1. Własne pliki KneeCare są tam dostępne tylko dla właściciela konta, ale dla danych o zdrowiu bezpieczniejszy jest folder, do którego nikt inny nie ma dostępu.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The sync folder %1 failed: %2</source>
        <translation>Błąd folderu synchronizacji %1: %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Share your history with your other computers through a folder your sync tool keeps in step.</source>
        <translation>Udostępnianie historii innym komputerom przez folder, który narzędzie do synchronizacji utrzymuje w zgodności.</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a cloud drive keeps the same on each of your computers. KneeCare writes only its own journal files there, never the history itself.</source>
        <translation>Proszę wybrać folder, który Syncthing, Nextcloud, udział sieciowy lub dysk w chmurze utrzymuje jednakowy na każdym komputerze. KneeCare zapisuje tam tylko własne pliki dziennika synchronizacji, nigdy samą historię.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Jeszcze nie synchronizowano.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ostatnia synchronizacja</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <source>S&amp;ync this computer&apos;s history</source>
        <translation>&amp;Synchronizuj historię tego komputera</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Folder synchronizacji</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nazwa tego komputera</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Nazwa tego komputera:</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Wybierz folder synchronizacji</translation>
    </message>
    <message>
        <source>Please give the whole path of the folder.</source>
        <translation>Proszę podać pełną ścieżkę folderu.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Trwa synchronizacja…</translation>
    </message>
    <message numerus="yes">
        <source>read %n journal(s)</source>
        <translation>
            <numerusform>odczytano %n dziennik synchronizacji</numerusform>
            <numerusform>odczytano %n dzienniki synchronizacji</numerusform>
            <numerusform>odczytano %n dzienników synchronizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n nowa sesja</numerusform>
            <numerusform>%n nowe sesje</numerusform>
            <numerusform>%n nowych sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n usunięcie</numerusform>
            <numerusform>%n usunięcia</numerusform>
            <numerusform>%n usunięć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n record(s)</source>
        <translation>
            <numerusform>zapisano %n wpis</numerusform>
            <numerusform>zapisano %n wpisy</numerusform>
            <numerusform>zapisano %n wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety record(s)</source>
        <translation>
            <numerusform>%n wpis dotyczący bezpieczeństwa</numerusform>
            <numerusform>%n wpisy dotyczące bezpieczeństwa</numerusform>
            <numerusform>%n wpisów dotyczących bezpieczeństwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n ocena</numerusform>
            <numerusform>%n oceny</numerusform>
            <numerusform>%n ocen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from a newer KneeCare left for later.</source>
        <translation>
            <numerusform>%n wpis z nowszej wersji KneeCare odłożono na później.</numerusform>
            <numerusform>%n wpisy z nowszej wersji KneeCare odłożono na później.</numerusform>
            <numerusform>%n wpisów z nowszej wersji KneeCare odłożono na później.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped (see the log).</source>
        <translation>
            <numerusform>Pominięto %n uszkodzony wiersz (szczegóły w pliku dziennika).</numerusform>
            <numerusform>Pominięto %n uszkodzone wiersze (szczegóły w pliku dziennika).</numerusform>
            <numerusform>Pominięto %n uszkodzonych wierszy (szczegóły w pliku dziennika).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Left knee</source>
        <translation>Lewe kolano</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Prawe kolano</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Lewa noga</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Prawa noga</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Teraz zmiana</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesja ukończona</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesja zatrzymana</translation>
    </message>
    <message>
        <source>Session ended for safety</source>
        <translation>Sesja zakończona dla bezpieczeństwa</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation>Sesja przerwana</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session that reached its end, but with a pressing, moving or exercise step skipped.</extracomment>
        <translation>Pominięte kroki</translation>
    </message>
    <message>
        <source>Before the first knee</source>
        <translation>Przed pierwszym kolanem</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Obie nogi</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · krok %2 z %3</translation>
    </message>
    <message>
        <source> · set %1 of %2</source>
        <translation> · seria %1 z %2</translation>
    </message>
    <message>
        <source> · round %1 of %2</source>
        <translation> · runda %1 z %2</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Wykonane kroki: %1 z %2</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, pominięte: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Ostatni krok</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>Dalej: %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Dalej: %1</translation>
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation>Do końca sesji: %1</translation>
    </message>
    <message>
        <source>↻  Small circles over BL40 · one every %1 s</source>
        <translation>↻  Małe kółka nad BL40 · jedno co %1 s</translation>
    </message>
    <message>
        <source>↕  Slow strokes up and down across the hollow · one every %1 s</source>
        <translation>↕  Powolne gładzenie w górę i w dół zagłębienia · raz co %1 s</translation>
    </message>
    <message>
        <source>Release in %1 s</source>
        <translation>Puścić za %1 s</translation>
    </message>
    <message>
        <source>Hold still on BL40 · %1 s, then release</source>
        <translation>Przytrzymać nieruchomo BL40 · %1 s, potem puścić</translation>
    </message>
    <message>
        <source>↓  Light strokes from the knee down the calf to the ankle</source>
        <translation>↓  Lekkie gładzenie od kolana w dół łydki do kostki</translation>
    </message>
    <message>
        <source>Release: let the hollow rest</source>
        <translation>Puścić: zagłębienie odpoczywa</translation>
    </message>
    <message>
        <source>BL40 · Weizhong sits in the middle of the crease</source>
        <translation>BL40 · Weizhong leży pośrodku zgięcia</translation>
    </message>
    <message>
        <source>Hold the stretch · %1 s, then release</source>
        <translation>Utrzymać rozciąganie · %1 s, potem puścić</translation>
    </message>
    <message>
        <source>One every %1 s, smooth and steady</source>
        <translation>Raz co %1 s, płynnie i równo</translation>
    </message>
    <message>
        <source>Rest quietly; a soft chime marks the end</source>
        <translation>Spokojny odpoczynek; cichy dzwonek oznacza koniec</translation>
    </message>
    <message>
        <source>Breathe in
through the nose · %1 s</source>
        <translation>Wdech
nosem · %1 s</translation>
    </message>
    <message>
        <source>Breathe out
through the mouth · %1 s</source>
        <translation>Wydech
ustami · %1 s</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>You reported %1. Next time use a lighter touch; if it comes back, leave this point out and ask a health professional.</source>
        <translation>Zgłoszono: %1. Następnym razem uciskać lżej; jeśli to wróci, pominąć ten punkt i zapytać pracownika medycznego.</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>ostry ból</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>drętwienie</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>mrowienie</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Dobra robota</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Proszę o siebie dbać</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesja zakończona</translation>
    </message>
    <message>
        <source>%1 in all, %2.</source>
        <translation>%1 łącznie, %2.</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Time for your knees</source>
        <translation>Pora na kolana</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Pora się poruszać</translation>
    </message>
    <message>
        <source>You have been still for a while. Stand up and walk for a few minutes, or press Start now for two minutes of calf raises.</source>
        <translation>Od dłuższej chwili nie było ruchu. Proszę wstać i pospacerować kilka minut albo nacisnąć „Rozpocznij teraz”, aby przez dwie minuty robić wspięcia na palce.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Rozpocznij teraz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>KneeCare reminder</source>
        <translation>Przypomnienie KneeCare</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>jutro %1</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>około minuty</translation>
    </message>
    <message>
        <source>%1: %2, sitting down. %3.</source>
        <translation>%1: %2, na siedząco. %3.</translation>
    </message>
    <message>
        <source>Here again, as you asked.</source>
        <translation>Znowu tutaj, zgodnie z prośbą.</translation>
    </message>
    <message>
        <source>This one was due at %1, while the computer was asleep or off.</source>
        <translation>To przypomnienie było zaplanowane na %1, gdy komputer był uśpiony lub wyłączony.</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Trwa sesja</translation>
    </message>
    <message>
        <source>A session is due (since %1)</source>
        <translation>Pora na sesję (od %1)</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Następne przypomnienie: %1</translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation>Brak zaplanowanych przypomnień</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) today</source>
        <translation>
            <numerusform>%1 z %n sesji dzisiaj</numerusform>
            <numerusform>%1 z %n sesji dzisiaj</numerusform>
            <numerusform>%1 z %n sesji dzisiaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>około %n minuty</numerusform>
            <numerusform>około %n minut</numerusform>
            <numerusform>około %n minut</numerusform>
        </translation>
    </message>
</context>
</TS>
