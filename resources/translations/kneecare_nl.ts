<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <source>KneeCare cannot start: a program file is broken.</source>
        <translation>KneeCare kan niet starten: een programmabestand is beschadigd.</translation>
    </message>
    <message>
        <source>KneeCare cannot open your history, so it cannot start. The details say why.</source>
        <translation>KneeCare kan uw geschiedenis niet openen en kan dus niet starten. In de details staat waarom.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of KneeCare. It has been left untouched: please update KneeCare.</source>
        <translation>Uw geschiedenis is geschreven door een nieuwere versie van KneeCare. Ze is niet aangeraakt: werk KneeCare bij.</translation>
    </message>
    <message>
        <source>Your history was damaged and no good backup of it was found. The damaged file was kept, and what could still be read from it was saved into a new history; the details say where and how much.</source>
        <translation>Uw geschiedenis was beschadigd en er is geen goede reservekopie gevonden. Het beschadigde bestand is bewaard, en wat er nog uit te lezen was, staat in een nieuwe geschiedenis; in de details staat waar en hoeveel.</translation>
    </message>
    <message>
        <source>Your history was damaged. KneeCare kept the damaged file, restored your newest good backup from the backups folder and added what could still be read from the damaged file. The details name the backup, the folder and how many sessions each gave.</source>
        <translation>Uw geschiedenis was beschadigd. KneeCare heeft het beschadigde bestand bewaard, uw nieuwste goede reservekopie uit de map met reservekopieën teruggezet en toegevoegd wat nog uit het beschadigde bestand te lezen was. De details noemen de reservekopie, de map en hoeveel sessies elk opleverde.</translation>
    </message>
    <message>
        <source>Your history is in use by another program (a backup or sync tool, or a second reader). KneeCare will try again by itself and start as soon as it is free.</source>
        <translation>Uw geschiedenis wordt gebruikt door een ander programma (een back-up- of synchronisatieprogramma, of een tweede lezer). KneeCare probeert het zelf opnieuw en start zodra ze vrij is.</translation>
    </message>
    <message>
        <source>Your history can only be read where it is (a read-only folder, file or drive). You can look at it and export it, but new sessions cannot be saved, so Start is off.</source>
        <translation>Uw geschiedenis kan alleen gelezen worden waar ze staat (een alleen-lezen map, bestand of schijf). U kunt ze bekijken en exporteren, maar nieuwe sessies kunnen niet worden opgeslagen, dus Starten staat uit.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so KneeCare is using its defaults. The file was kept, not overwritten; the details say where it is.</source>
        <translation>Uw instellingenbestand kon niet worden gelezen, dus KneeCare gebruikt de standaardinstellingen. Het bestand is bewaard, niet overschreven; in de details staat waar het is.</translation>
    </message>
    <message>
        <source>KneeCare could not save this session to your history.</source>
        <translation>KneeCare kon deze sessie niet opslaan in uw geschiedenis.</translation>
    </message>
    <message>
        <source>KneeCare cannot check safely whether it is already running, so it does not start. The details say why and what to do.</source>
        <translation>KneeCare kan niet veilig nagaan of het al draait, en start daarom niet. In de details staat waarom en wat u kunt doen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in KneeCare. Your history is kept as it was; the details say what happened, and the log file has them too.</source>
        <translation>Er ging iets onverwachts mis in KneeCare. Uw geschiedenis is gebleven zoals ze was; in de details staat wat er gebeurde, en ook in het logbestand.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Sessions cannot start: your history can only be read, so they could not be saved.</source>
        <translation>Sessies kunnen niet starten: uw geschiedenis kan alleen gelezen worden, dus ze zouden niet opgeslagen worden.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Ademhalingsgids</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sounds and voice stopped working; the session goes on without them.</source>
        <translation>Geluiden en stem werken niet meer; de sessie gaat zonder door.</translation>
    </message>
</context>
<context>
    <name>CueSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation>Geluid en stem</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Geluiden</translation>
    </message>
    <message>
        <source>A chime at each new step</source>
        <translation>Een belletje bij elke nieuwe stap</translation>
    </message>
    <message>
        <source>A different chime when it is time for the other knee</source>
        <translation>Een ander belletje als het tijd is voor de andere knie</translation>
    </message>
    <message>
        <source>A chime when the session is done</source>
        <translation>Een belletje als de sessie klaar is</translation>
    </message>
    <message>
        <source>Breathing tones: rising to breathe in, falling to breathe out</source>
        <translation>Ademtonen: stijgend bij inademen, dalend bij uitademen</translation>
    </message>
    <message>
        <source>A soft tick for each circle, stroke or repetition</source>
        <translation>Een zachte tik bij elk rondje, elke streek of herhaling</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Play a chime</source>
        <translation>Belletje afspelen</translation>
    </message>
    <message>
        <source>Plays the step chime at this volume</source>
        <translation>Speelt het stapbelletje af op dit volume</translation>
    </message>
    <message>
        <source>KneeCare cannot play sounds here: no sound output was found when it started. Connect speakers or headphones and start KneeCare again to hear them.</source>
        <translation>KneeCare kan hier geen geluid afspelen: bij het starten is geen geluidsuitgang gevonden. Sluit luidsprekers of een koptelefoon aan en start KneeCare opnieuw om ze te horen.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>Elke stap voorlezen</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Snelheid van de stem</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langzamer</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Sneller</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stem testen</translation>
    </message>
    <message>
        <source>Reads a sample sentence with this voice and speed</source>
        <translation>Leest een voorbeeldzin voor met deze stem en snelheid</translation>
    </message>
    <message>
        <source>The speech engine is starting…</source>
        <translation>De spraakengine start…</translation>
    </message>
    <message>
        <source>Steps cannot be read aloud on this computer. %1 The chimes still play.</source>
        <translation>Stappen kunnen op deze computer niet worden voorgelezen. %1 De belletjes klinken nog wel.</translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>De standaardstem van het systeem</translation>
    </message>
    <message>
        <source>%1 (not available in this language)</source>
        <translation>%1 (niet beschikbaar in deze taal)</translation>
    </message>
    <message>
        <source>Sound and &amp;voice…</source>
        <translation>Geluid en &amp;stem…</translation>
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>tension</source>
        <translation>spanning</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>pijn</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>zwelling</translation>
    </message>
    <message>
        <source>Sessions before 12:00</source>
        <translation>Sessies vóór 12:00</translation>
    </message>
    <message>
        <source>Sessions from 12:00</source>
        <translation>Sessies vanaf 12:00</translation>
    </message>
    <message>
        <source>%1 on average about the same after a session (80% interval %2 to %3)</source>
        <translation>%1 gemiddeld ongeveer gelijk na een sessie (80%-interval %2 tot %3)</translation>
    </message>
    <message>
        <source>%1 about the same (80% interval %2 to %3)</source>
        <translation>%1 ongeveer gelijk (80%-interval %2 tot %3)</translation>
    </message>
    <message>
        <source>%1 on average %2 points lower after a session (80% interval %3 to %4)</source>
        <translation>%1 gemiddeld %2 punten lager na een sessie (80%-interval %3 tot %4)</translation>
    </message>
    <message>
        <source>%1 on average %2 points higher after a session (80% interval %3 to %4)</source>
        <translation>%1 gemiddeld %2 punten hoger na een sessie (80%-interval %3 tot %4)</translation>
    </message>
    <message>
        <source>%1 %2 points lower (80% interval %3 to %4)</source>
        <translation>%1 %2 punten lager (80%-interval %3 tot %4)</translation>
    </message>
    <message>
        <source>%1 %2 points higher (80% interval %3 to %4)</source>
        <translation>%1 %2 punten hoger (80%-interval %3 tot %4)</translation>
    </message>
    <message>
        <source>From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would likely stay with more sessions like these. What you noticed, not proof that a program works.</source>
        <translation>Uit uw eigen scores van 0 tot 10, achteraf min vooraf. Het 80%-interval is waar het gemiddelde waarschijnlijk blijft bij meer van zulke sessies. Wat u merkte, geen bewijs dat een programma werkt.</translation>
    </message>
    <message>
        <source>In your own ratings, tension drops most clearly after %1. Try it next?</source>
        <translation>Volgens uw eigen scores daalt de spanning het duidelijkst na %1. Dat eens proberen?</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n more session(s) of one program before and after, and this shows what seems to help you.</source>
        <translation>
            <numerusform>Beoordeel nog %n sessie van één programma vooraf en achteraf, dan ziet u hier wat u lijkt te helpen.</numerusform>
            <numerusform>Beoordeel nog %n sessies van één programma vooraf en achteraf, dan ziet u hier wat u lijkt te helpen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n session(s) rated before and after</source>
        <translation>
            <numerusform>%1: %2; %n sessie vooraf en achteraf beoordeeld</numerusform>
            <numerusform>%1: %2; %n sessies vooraf en achteraf beoordeeld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Ankle pumps</source>
        <translation>Voetpompjes</translation>
    </message>
    <message>
        <source>Point the foot away, then pull the toes back towards the shin</source>
        <translation>Strek de voet, trek dan de tenen terug naar het scheenbeen</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Op de tenen staan</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet, then lower your heels again</source>
        <translation>Kom op de bal van uw voeten, laat dan de hielen weer zakken</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Kuitstretch</translation>
    </message>
    <message>
        <source>Lean towards a wall with one leg back, heel down</source>
        <translation>Leun naar een muur met één been naar achteren, hiel op de grond</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Kuitstreken</translation>
    </message>
    <message>
        <source>Light strokes from behind the knee down to the ankle</source>
        <translation>Lichte streken van achter de knie naar de enkel</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Wisseldouche</translation>
    </message>
    <message>
        <source>Warm water, then cool, in turns, on both legs</source>
        <translation>Om beurten warm en koel water op beide benen</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Hamstringstretch</translation>
    </message>
    <message>
        <source>Sit forward, one leg straight, heel down, lean from the hips</source>
        <translation>Zit op het puntje, één been gestrekt, hiel op de grond, buig vanuit de heupen</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Benen omhoog</translation>
    </message>
    <message>
        <source>Lie down with your feet resting higher than your heart</source>
        <translation>Ga liggen met uw voeten hoger dan uw hart</translation>
    </message>
    <message>
        <source>Drawing: %1</source>
        <translation>Tekening: %1</translation>
    </message>
</context>
<context>
    <name>KnowHow</name>
    <message>
        <source>More for your legs</source>
        <translation>Meer voor uw benen</translation>
    </message>
    <message>
        <source>Compression stockings</source>
        <translation>Steunkousen</translation>
    </message>
    <message>
        <source>Firm, graduated stockings can help people whose legs swell again and again, or who have varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.</source>
        <translation>Stevige steunkousen met afnemende druk kunnen helpen bij benen die steeds weer opzwellen, of bij spataderen: hun gelijkmatige druk voorkomt dat vocht zich ophoopt in de onderbenen.</translation>
    </message>
    <message>
        <source>The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them with you.</source>
        <translation>De juiste sterkte en maat zijn belangrijk. Vraag een arts, verpleegkundige of apotheker om ze samen met u te kiezen.</translation>
    </message>
    <message>
        <source>Move every hour</source>
        <translation>Elk uur bewegen</translation>
    </message>
    <message>
        <source>Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle pumps keeps the calf muscles working.</source>
        <translation>Urenlang stilzitten of stilstaan laat vocht in de onderbenen zakken. Sta minstens eens per uur op en loop een paar minuten. Kunt u niet opstaan, dan houdt een reeks voetpompjes de kuitspieren aan het werk.</translation>
    </message>
    <message>
        <source>Regular walking, cycling or swimming builds up the calf muscle pump over time.</source>
        <translation>Geregeld wandelen, fietsen of zwemmen versterkt na verloop van tijd de kuitspierpomp.</translation>
    </message>
    <message>
        <source>Water and salt</source>
        <translation>Water en zout</translation>
    </message>
    <message>
        <source>Drink enough water through the day. A lot of salt makes the body hold on to water, so going easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on the plate.</source>
        <translation>Drink de hele dag door genoeg water. Veel zout laat het lichaam water vasthouden, dus minder zout eten kan minder opgezwollenheid geven. Vette vis en bladgroenten zijn goed om op het bord te hebben.</translation>
    </message>
    <message>
        <source>A healthy weight</source>
        <translation>Een gezond gewicht</translation>
    </message>
    <message>
        <source>Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving more helps with both.</source>
        <translation>Een gezond gewicht maakt het werk van de bloedsomloop in uw benen lichter; meer bewegen helpt bij allebei.</translation>
    </message>
    <message>
        <source>Smoking, blood pressure and blood sugar</source>
        <translation>Roken, bloeddruk en bloedsuiker</translation>
    </message>
    <message>
        <source>Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after your blood vessels, in the legs as everywhere else. Your doctor can help with all three.</source>
        <translation>Stoppen met roken en uw bloeddruk en bloedsuiker gezond houden, beschermt uw bloedvaten, in de benen en overal. Uw arts kan u bij alle drie helpen.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wanneer naar een zorgverlener</translation>
    </message>
    <message>
        <source>See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.</source>
        <translation>Ga naar een arts of verpleegkundige als zwelling of pijn in een been niet overgaat, of steeds terugkomt.</translation>
    </message>
    <message>
        <source>Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly swollen or painful.</source>
        <translation>Zoek snel hulp, en masseer het been niet, als het plotseling warm, rood, erg gezwollen of pijnlijk wordt.</translation>
    </message>
    <message>
        <source>For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.</source>
        <translation>Bij zwelling die aanhoudt, kan een opgeleide therapeut lymfedrainage of diepe weefselmassage geven.</translation>
    </message>
    <message>
        <source>KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace advice from a health professional.</source>
        <translation>KneeCare helpt u voor uzelf te zorgen. Het behandelt of geneest geen ziekte en vervangt geen advies van een zorgverlener.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;More for your legs</source>
        <translation>&amp;Meer voor uw benen</translation>
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
        <translation>Beentekening</translation>
    </message>
    <message>
        <source>Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Achterkant van beide benen, linkerknie gemarkeerd; BL40 (Weizhong) midden in de plooi</translation>
    </message>
    <message>
        <source>Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Achterkant van beide benen, rechterknie gemarkeerd; BL40 (Weizhong) midden in de plooi</translation>
    </message>
    <message>
        <source>Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Achterkant van beide benen, beide knieën; BL40 (Weizhong) midden in de plooi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sharp pain</source>
        <translation>Scherpe pijn</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Gevoelloosheid</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Tintelingen</translation>
    </message>
    <message>
        <source>It hurts / numb / tingling  (!)</source>
        <translation>Pijn / gevoelloos / tintelt  (!)</translation>
    </message>
    <message>
        <source>Continue &amp;gently</source>
        <translation>&amp;Zacht doorgaan</translation>
    </message>
    <message>
        <source>Go on with a lighter touch</source>
        <translation>Ga door met lichtere druk</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>Sessie &amp;beëindigen</translation>
    </message>
    <message>
        <source>End the session now, for safety</source>
        <translation>Stop de sessie nu, voor de veiligheid</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Starten, pauzeren of hervatten (spatiebalk)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Naar de volgende stap (pijl-rechts)</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>De sessie stoppen (Esc)</translation>
    </message>
    <message>
        <source>Sharp pain, numbness or tingling: pause now (! or Ctrl+H)</source>
        <translation>Scherpe pijn, gevoelloosheid of tintelingen: nu pauzeren (! of Ctrl+H)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <source>Start, pause or resume the session (Space)</source>
        <translation>De sessie starten, pauzeren of hervatten (spatiebalk)</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Stap overslaan</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Naar de volgende stap (pijl-rechts)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Sessie stoppen</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>De sessie beëindigen (Esc)</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling</source>
        <translation>Pijn, gevoelloos of tintelt</translation>
    </message>
    <message>
        <source>Pauses the session at once and asks what you feel (! or Ctrl+H)</source>
        <translation>Pauzeert de sessie meteen en vraagt wat u voelt (! of Ctrl+H)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>De sessie starten, pauzeren of hervatten</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Naar de volgende stap</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>De sessie stoppen</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling: pause now</source>
        <translation>Pijn, gevoelloos of tintelt: nu pauzeren</translation>
    </message>
    <message>
        <source>This session cannot start: %1.</source>
        <translation>Deze sessie kan niet starten: %1.</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Gemeld: %1</translation>
    </message>
    <message>
        <source>Pause session</source>
        <translation>Sessie pauzeren</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>Sessie hervatten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Geschiedenis &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>Geschiedenis &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translation>Hoog &amp;contrast</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Minder beweging</translation>
    </message>
    <message>
        <source>A still marker and words instead of moving pictures</source>
        <translation>Een stilstaande markering en woorden in plaats van bewegende beelden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>The new language shows from KneeCare&apos;s next start.</source>
        <translation>De nieuwe taal verschijnt als KneeCare de volgende keer start.</translation>
    </message>
    <message>
        <source>&amp;About safety</source>
        <translation>&amp;Over veiligheid</translation>
    </message>
    <message>
        <source>My situation &amp;changed…</source>
        <translation>Mijn situatie is &amp;veranderd…</translation>
    </message>
    <message>
        <source>Answer the safety questions again</source>
        <translation>De veiligheidsvragen opnieuw beantwoorden</translation>
    </message>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Vraag naar mijn benen vóór elke sessie</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Veiligheid</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Over veiligheid</translation>
    </message>
    <message>
        <source>When not to do this, and when to see a health professional (F1)</source>
        <translation>Wanneer u dit niet moet doen, en wanneer u naar een zorgverlener moet (F1)</translation>
    </message>
    <message>
        <source>Repeat the safety &amp;questions</source>
        <translation>De veiligheids&amp;vragen herhalen</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Elke dag</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Beide knieën</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Linkerknie</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechterknie</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>Het programma dat u volgt</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Knieën</translation>
    </message>
    <message>
        <source>Work both knees, or only the left or the right one</source>
        <translation>Beide knieën, of alleen de linker of de rechter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of movement per knee</source>
        <translation>Minuten beweging per knie</translation>
    </message>
    <message>
        <source>&amp;Warm compress first</source>
        <translation>Eerst een &amp;warm kompres</translation>
    </message>
    <message>
        <source>Warm compress first</source>
        <translation>Eerst een warm kompres</translation>
    </message>
    <message>
        <source>Rest a warm compress behind the knees before the session starts</source>
        <translation>Leg een warm kompres achter de knieën voordat de sessie begint</translation>
    </message>
    <message>
        <source>Minutes of warm compress</source>
        <translation>Minuten warm kompres</translation>
    </message>
    <message>
        <source>1 or 2 minutes, before the first knee</source>
        <translation>1 of 2 minuten, vóór de eerste knie</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Niets meer</translation>
    </message>
    <message>
        <source>Finish with</source>
        <translation>Afsluiten met</translation>
    </message>
    <message>
        <source>A routine to do right after the knee session</source>
        <translation>Een oefenreeks direct na de kniesessie</translation>
    </message>
    <message>
        <source>Minutes with legs raised</source>
        <translation>Minuten met de benen omhoog</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>&amp;Knees</source>
        <translation>&amp;Knieën</translation>
    </message>
    <message>
        <source>&amp;Movement per knee</source>
        <translation>&amp;Beweging per knie</translation>
    </message>
    <message>
        <source>&amp;Finish with</source>
        <translation>Af&amp;sluiten met</translation>
    </message>
    <message>
        <source>Legs &amp;raised for</source>
        <translation>Benen &amp;omhoog gedurende</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Gebruiken</translation>
    </message>
    <message>
        <source>No, &amp;thanks</source>
        <translation>Nee, &amp;bedankt</translation>
    </message>
    <message>
        <source>Do not suggest a program again</source>
        <translation>Stel geen programma meer voor</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)</source>
        <translation>Van %1 tot %2 minuten, per halve minuut (2 tot 5 minuten per knie in totaal)</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in whole minutes</source>
        <translation>Van %1 tot %2 minuten, per hele minuut</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Gebruiken</translation>
    </message>
    <message>
        <source>Choose %1 for your next session</source>
        <translation>Kies %1 voor uw volgende sessie</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Elke %n dag</numerusform>
            <numerusform>Elke %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Synchroniseren…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>&amp;Tension</source>
        <translation>&amp;Spanning</translation>
    </message>
    <message>
        <source>how tight the back of the knee feels</source>
        <translation>hoe strak de achterkant van de knie aanvoelt</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Pijn</translation>
    </message>
    <message>
        <source>any ache or soreness</source>
        <translation>elke pijn of gevoeligheid</translation>
    </message>
    <message>
        <source>&amp;Swelling</source>
        <translation>&amp;Zwelling</translation>
    </message>
    <message>
        <source>any puffiness around the knee</source>
        <translation>elke opgezwollenheid rond de knie</translation>
    </message>
    <message>
        <source>Rate your knees</source>
        <translation>Beoordeel uw knieën</translation>
    </message>
    <message>
        <source>How do your knees feel before the session?</source>
        <translation>Hoe voelen uw knieën aan vóór de sessie?</translation>
    </message>
    <message>
        <source>And after the session?</source>
        <translation>En na de sessie?</translation>
    </message>
    <message>
        <source>Rate what you feel, 0 for none and 10 for the most you can imagine. A slider you leave alone is simply not rated.</source>
        <translation>Geef een score voor wat u voelt: 0 voor niets en 10 voor het ergste dat u zich kunt voorstellen. Een schuifregelaar die u niet aanraakt, telt gewoon niet mee.</translation>
    </message>
    <message>
        <source>A note, if you like (optional)</source>
        <translation>Een notitie, als u wilt (optioneel)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>Niet meer vragen</translation>
    </message>
    <message>
        <source>You can turn ratings back on in the History window.</source>
        <translation>U kunt de beoordelingen weer aanzetten in het venster Geschiedenis.</translation>
    </message>
    <message>
        <source>%1, 0 none to 10 the most</source>
        <translation>%1, 0 niets tot 10 het ergst</translation>
    </message>
    <message>
        <source>not rated (before: %1)</source>
        <translation>geen score (vooraf: %1)</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Overslaan  (Esc)</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Opslaan en starten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation>(vooraf: %1)</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a session</source>
        <translation>&amp;Herinner me aan een sessie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Recovery after heavy exercise</source>
        <translation>Herstel na zware inspanning</translation>
    </message>
    <message>
        <source>Start KneeCare in the tray when I log in</source>
        <translation>KneeCare in het systeemvak starten als ik me aanmeld</translation>
    </message>
    <message>
        <source>I&apos;m in a &amp;meeting: remind me in %1 min</source>
        <translation>Ik zit in een &amp;vergadering: herinner me over %1 min</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Tijdstippen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> per dag</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Dagdoel</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Dagdoel</translation>
    </message>
    <message>
        <source>Skip a reminder when today&apos;s goal is already met</source>
        <translation>Een herinnering overslaan als het dagdoel al gehaald is</translation>
    </message>
    <message>
        <source>Count routines (stretches, ankle pumps…) towards the goal</source>
        <translation>Oefenreeksen (rekoefeningen, voetpompjes…) meetellen voor het doel</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Stille uren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Duur van sluimeren</translation>
    </message>
    <message>
        <source>&amp;Snooze for</source>
        <translation>&amp;Sluimeren gedurende</translation>
    </message>
    <message>
        <source>Use reminder time %1</source>
        <translation>Herinneringstijd %1 gebruiken</translation>
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation>Herinneringstijd %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Begin stille uren</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Einde stille uren</translation>
    </message>
    <message>
        <source>Recovery reminders a day</source>
        <translation>Herstelherinneringen per dag</translation>
    </message>
    <message>
        <source>Recovery days</source>
        <translation>Hersteldagen</translation>
    </message>
    <message>
        <source>for</source>
        <translation>gedurende</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Herinneren</translation>
    </message>
    <message>
        <source>Remind me to stand up and &amp;move every hour, from</source>
        <translation>Herinner me elk uur om op te staan en te &amp;bewegen, van</translation>
    </message>
    <message>
        <source>Movement nudges from</source>
        <translation>Beweegseintjes vanaf</translation>
    </message>
    <message>
        <source>Movement nudges until</source>
        <translation>Beweegseintjes tot</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>These reminders cannot work yet: %1.</source>
        <translation>Deze herinneringen kunnen nog niet werken: %1.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A weekday, day and month as QLocale writes them (QDate format), e.g. &quot;Sunday 29 November&quot;.</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>On until %1, then back to your usual reminders by itself. Reminders at %2.</source>
        <translation>Aan tot %1, daarna vanzelf terug naar uw gewone herinneringen. Herinneringen om %2.</translation>
    </message>
    <message>
        <source>End recovery reminders now</source>
        <translation>Herstelherinneringen nu beëindigen</translation>
    </message>
    <message>
        <source>For a few days after heavy exercise: reminders at %1, then back to your usual ones.</source>
        <translation>Een paar dagen na zware inspanning: herinneringen om %1, daarna terug naar uw gewone.</translation>
    </message>
    <message>
        <source>Start recovery reminders today</source>
        <translation>Herstelherinneringen vandaag starten</translation>
    </message>
    <message numerus="yes">
        <source>Fine: the next reminder comes in %n minute(s).</source>
        <translation>
            <numerusform>Prima: de volgende herinnering komt over %n minuut.</numerusform>
            <numerusform>Prima: de volgende herinnering komt over %n minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>stopped early by the person</source>
        <translation>door de persoon vroeg gestopt</translation>
    </message>
    <message>
        <source>ended for safety</source>
        <translation>beëindigd voor de veiligheid</translation>
    </message>
    <message>
        <source>interrupted (the app was closed)</source>
        <translation>onderbroken (de app werd gesloten)</translation>
    </message>
    <message>
        <source>a hands-on step skipped</source>
        <translation>een stap met de handen overgeslagen</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Zwelling</translation>
    </message>
    <message>
        <source>settling in</source>
        <translation>klaarzitten</translation>
    </message>
    <message>
        <source>warm compress</source>
        <translation>warm kompres</translation>
    </message>
    <message>
        <source>finding the point</source>
        <translation>het punt zoeken</translation>
    </message>
    <message>
        <source>steady pressure</source>
        <translation>gelijkmatige druk</translation>
    </message>
    <message>
        <source>circles or strokes</source>
        <translation>rondjes of streken</translation>
    </message>
    <message>
        <source>holding the point</source>
        <translation>het punt vasthouden</translation>
    </message>
    <message>
        <source>calf strokes</source>
        <translation>kuitstreken</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>herhalingen</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>rekken</translation>
    </message>
    <message>
        <source>legs raised</source>
        <translation>benen omhoog</translation>
    </message>
    <message>
        <source>warm and cool water</source>
        <translation>warm en koel water</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>linkerknie</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechterknie</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>scherpe pijn</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>gevoelloosheid</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>tintelingen</translation>
    </message>
    <message>
        <source>session ended for safety</source>
        <translation>sessie beëindigd voor de veiligheid</translation>
    </message>
    <message>
        <source>no reason given not to do the sessions</source>
        <translation>geen reden opgegeven om de sessies niet te doen</translation>
    </message>
    <message>
        <source>pregnant; a healthcare provider agreed to the sessions</source>
        <translation>zwanger; een zorgverlener ging akkoord met de sessies</translation>
    </message>
    <message>
        <source>pregnant; sessions held until a healthcare provider agrees</source>
        <translation>zwanger; sessies opgeschort tot een zorgverlener akkoord gaat</translation>
    </message>
    <message>
        <source>sessions on hold because of a yes</source>
        <translation>sessies opgeschort wegens een ja</translation>
    </message>
    <message>
        <source>not every question answered</source>
        <translation>niet elke vraag beantwoord</translation>
    </message>
    <message>
        <source>the person said the leg was back to normal</source>
        <translation>de persoon zei dat het been weer normaal was</translation>
    </message>
    <message>
        <source>the person said a health professional cleared it</source>
        <translation>de persoon zei dat een zorgverlener het goedkeurde</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Self-care log from KneeCare</source>
        <translation>Zelfzorglogboek uit KneeCare</translation>
    </message>
    <message>
        <source>Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are self-care and are not offered as a treatment.</source>
        <translation>Logboek dat de persoon zelf bijhield met de app KneeCare; geen diagnose. De sessies zijn zelfzorg en worden niet als behandeling aangeboden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>completed sessions a day, week&apos;s average</source>
        <translation>voltooide sessies per dag, weekgemiddelde</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>dagdoel</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 vooraf</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 achteraf</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.</source>
        <translation>Begeleide zelfacupressuur achter de knieën (punt BL40, Weizhong), zoals de persoon die heeft vastgelegd.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Time on each knee: left %1 min, right %2 min.</source>
        <translation>Tijd per knie: links %1 min, rechts %2 min.</translation>
    </message>
    <message>
        <source>knee points</source>
        <translation>kniepunten</translation>
    </message>
    <message>
        <source>leg routine</source>
        <translation>beenoefeningen</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Wat er gedaan is</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Hoe het voelde</translation>
    </message>
    <message>
        <source>No session was rated both before and after.</source>
        <translation>Geen enkele sessie is zowel vooraf als achteraf beoordeeld.</translation>
    </message>
    <message>
        <source>0-10, 10 worst</source>
        <translation>0-10, 10 het ergst</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vooraf</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Achteraf</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Sessions rated</source>
        <translation>Beoordeelde sessies</translation>
    </message>
    <message>
        <source>Averages of the ratings given just before and just after a session, over the sessions rated both times.</source>
        <translation>Gemiddelden van de scores vlak vóór en vlak na een sessie, over de sessies die beide keren zijn beoordeeld.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Wat lijkt te helpen</translation>
    </message>
    <message>
        <source>Not enough rated sessions yet: each line needs at least 5.</source>
        <translation>Nog niet genoeg beoordeelde sessies: elke regel heeft er minstens 5 nodig.</translation>
    </message>
    <message>
        <source>Average change in the person&apos;s own 0-10 ratings after a session (below 0: lower after), with an 80% interval of that average. An observation, not evidence of an effect.</source>
        <translation>Gemiddelde verandering in de eigen scores (0-10) van de persoon na een sessie (onder 0: lager achteraf), met een 80%-interval van dat gemiddelde. Een waarneming, geen bewijs van een effect.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>No safety screening recorded.</source>
        <translation>Geen veiligheidsvragen vastgelegd.</translation>
    </message>
    <message>
        <source>Latest safety screening: %1. Result: %2.</source>
        <translation>Laatste veiligheidsvragen: %1. Uitkomst: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>Red flags, all-clears and safety stops in the period</source>
        <translation>Alarmsignalen, vrijgaven en veiligheidsstops in de periode</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when this report was made.</source>
        <translation>De dagelijkse vraag vóór elke sessie (is een been gezwollen, warm, rood of pijnlijk?) stond %1 toen dit rapport werd gemaakt.</translation>
    </message>
    <message>
        <source>Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.</source>
        <translation>Ja geantwoord op de dagelijkse vraag (een been gezwollen, warm, rood of pijnlijk); sessies opgeschort.</translation>
    </message>
    <message>
        <source>Hold ended: %1.</source>
        <translation>Opschorting beëindigd: %1.</translation>
    </message>
    <message>
        <source>In a session of %1: %2</source>
        <translation>In een sessie van %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 t/m %2 (%n dag)</numerusform>
            <numerusform>%1 t/m %2 (%n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 completed. Ended early: %2.</source>
        <translation>
            <numerusform>%n sessie, %1 voltooid. Vroeg gestopt: %2.</numerusform>
            <numerusform>%n sessies, %1 voltooid. Vroeg gestopt: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal: %n completed session(s) a day; reached on average %1 a day.</source>
        <translation>
            <numerusform>Dagdoel: %n voltooide sessie per dag; gemiddeld %1 per dag gehaald.</numerusform>
            <numerusform>Dagdoel: %n voltooide sessies per dag; gemiddeld %1 per dag gehaald.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a health professional</source>
        <translation>Rapport voor een zorgverlener</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>&amp;Remember this name</source>
        <translation>Deze naam &amp;onthouden</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Naam op het rapport:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF op&amp;slaan…</translation>
    </message>
    <message>
        <source>The first day comes after the last day. Please swap them.</source>
        <translation>De eerste dag ligt na de laatste dag. Wissel ze om.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Het rapport opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>No session was recorded in this period, so there is nothing to report.</source>
        <translation>In deze periode is geen sessie vastgelegd, dus er valt niets te rapporteren.</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>Het rapport kon daar niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Report for a &amp;health professional…</source>
        <translation>Rapport voor een &amp;zorgverlener…</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety questions · %1</source>
        <translation>Veiligheidsvragen · %1</translation>
    </message>
    <message>
        <source>They ask about:</source>
        <translation>De vragen gaan over:</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Niet &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Veiligheidsvragen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>Sessions are on hold for now</source>
        <translation>Sessies zijn voorlopig opgeschort</translation>
    </message>
    <message>
        <source>Your answers show something that makes pressing behind the knee unwise at the moment, so KneeCare will not start a session.</source>
        <translation>Uit uw antwoorden blijkt iets waardoor drukken achter de knie op dit moment niet verstandig is. KneeCare start daarom geen sessie.</translation>
    </message>
    <message>
        <source>If an answer was a mistake, or things have changed, you can review your answers.</source>
        <translation>Was een antwoord een vergissing, of is er iets veranderd? Dan kunt u uw antwoorden nakijken.</translation>
    </message>
    <message>
        <source>About &amp;safety</source>
        <translation>Over &amp;veiligheid</translation>
    </message>
    <message>
        <source>&amp;Review my answers</source>
        <translation>Antwoorden &amp;nakijken</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Check with your healthcare provider first</source>
        <translation>Overleg eerst met uw zorgverlener</translation>
    </message>
    <message>
        <source>Tick the box once your provider has agreed; then Continue is available.</source>
        <translation>Vink het vakje aan zodra uw zorgverlener akkoord is; dan kunt u op Doorgaan klikken.</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>Nog &amp;niet</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>Vink eerst het vakje hierboven aan</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Voordat u begint</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Sessies zijn opgeschort</translation>
    </message>
    <message>
        <source>You said a leg is swollen, warm, red or painful.</source>
        <translation>U zei dat een been gezwollen, warm, rood of pijnlijk is.</translation>
    </message>
    <message>
        <source>Sessions stay on hold</source>
        <translation>Sessies blijven opgeschort</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Dank u wel</translation>
    </message>
    <message>
        <source>Nothing in your answers stops you from using KneeCare. Press Start when you are ready; a quick question about your legs comes first.</source>
        <translation>Niets in uw antwoorden houdt u tegen om KneeCare te gebruiken. Druk op Starten als u klaar bent; eerst komt er een korte vraag over uw benen.</translation>
    </message>
    <message>
        <source>If your health changes, choose Safety &gt; My situation changed, and the questions are asked again.</source>
        <translation>Verandert uw gezondheid? Kies dan Veiligheid &gt; Mijn situatie is veranderd, en de vragen worden opnieuw gesteld.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Vraag naar mijn benen vóór elke sessie</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on until %1)</source>
        <translation>Vraag naar mijn benen vóór elke sessie (altijd aan tot %1)</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on in your first week)</source>
        <translation>Vraag naar mijn benen vóór elke sessie (altijd aan in uw eerste week)</translation>
    </message>
    <message>
        <source>You turned this question off; after a recent leg problem or a report of pain, numbness or tingling it is asked again until %1.</source>
        <translation>U hebt deze vraag uitgezet. Na een recent probleem met een been, of na een melding van pijn, gevoelloosheid of tintelingen, wordt ze toch gesteld tot %1.</translation>
    </message>
    <message>
        <source>This question is always asked before your first session.</source>
        <translation>Deze vraag wordt altijd gesteld vóór uw eerste sessie.</translation>
    </message>
    <message>
        <source>You turned this question off; it is still asked in your first week, until %1.</source>
        <translation>U hebt deze vraag uitgezet. In uw eerste week wordt ze toch gesteld, tot %1.</translation>
    </message>
    <message>
        <source>KneeCare could not save your answer (%1). It counts for now, but you may be asked again next time.</source>
        <translation>KneeCare kon uw antwoord niet opslaan (%1). Het telt voor nu, maar misschien wordt de vraag de volgende keer opnieuw gesteld.</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <source>I have read this, and it does not apply to me</source>
        <translation>Ik heb dit gelezen en het geldt niet voor mij</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>Voordat u begint: %1</translation>
    </message>
    <message>
        <source>Safety note for %1</source>
        <translation>Veiligheidsnotitie voor %1</translation>
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
        <translation>Over veiligheid · %1</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Over veiligheid</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The backs of your legs, seen from behind</source>
        <translation>De achterkant van uw benen, van achteren gezien</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Aftellen</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Waar u bent</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat u doet</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>Wat de handen doen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Resterende tijd in de sessie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Klaar wanneer u klaar bent</translation>
    </message>
    <message>
        <source>%1 Press Start or Space to begin.</source>
        <translation>%1 Druk op Starten of de spatiebalk om te beginnen.</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>in totaal</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Eerst: %1</translation>
    </message>
    <message>
        <source>left in this step</source>
        <translation>over in deze stap</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>Gepauzeerd. Druk op de spatiebalk om door te gaan.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>Press Start or Space for another session.</source>
        <translation>Druk op Starten of de spatiebalk voor nog een sessie.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Open the %1 menu</source>
        <translation>Het menu %1 openen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Tab moves between controls; Space or Enter presses the one with the focus.</source>
        <translation>Tab gaat naar het volgende onderdeel; de spatiebalk of Enter drukt op het onderdeel met de focus.</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation>Elke regel: de toetsen, dan wat ze doen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Sneltoetsen…</translation>
    </message>
    <message>
        <source>Every key KneeCare answers</source>
        <translation>Elke toets waar KneeCare op reageert</translation>
    </message>
</context>
<context>
    <name>TrayCompanion</name>
    <message>
        <source>No tray here: closing this window quits KneeCare. Reminders come as notifications.</source>
        <translation>Geen systeemvak hier: dit venster sluiten sluit KneeCare af. Herinneringen komen als meldingen.</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Herinneringen…</translation>
    </message>
    <message>
        <source>KneeCare could not change how it starts at login: %1</source>
        <translation>KneeCare kon niet wijzigen hoe het start bij het aanmelden: %1</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Uw sessie</translation>
    </message>
    <message>
        <source>KneeCare is still here</source>
        <translation>KneeCare is er nog</translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.</source>
        <translation>Het blijft in het systeemvak draaien om u te herinneren. Om af te sluiten, kiest u Afsluiten in het menu van het systeemvak.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>For 30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>Start session (%1)</source>
        <translation>Sessie starten (%1)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Sluimeren</translation>
    </message>
    <message>
        <source>Open KneeCare</source>
        <translation>KneeCare openen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Over veiligheid</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Herinneringen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>This is how KneeCare will read each step to you.</source>
        <translation>Zo leest KneeCare elke stap aan u voor.</translation>
    </message>
    <message>
        <source>Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.</source>
        <translation>Installeer speech-dispatcher (en een stem zoals espeak-ng) om de stappen voorgelezen te horen.</translation>
    </message>
    <message>
        <source>Your system&apos;s speech service did not answer.</source>
        <translation>De spraakdienst van uw systeem gaf geen antwoord.</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>De spraakengine werkt niet meer.</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Er is geen spraakengine geïnstalleerd.</translation>
    </message>
    <message>
        <source>The speech engine “%1” could not start.</source>
        <translation>De spraakengine “%1” kon niet starten.</translation>
    </message>
    <message>
        <source>No speech voice for %1 is installed on this computer, so KneeCare plays the chimes only and does not read the steps aloud. Install a voice for %1 to hear them.</source>
        <translation>Er is op deze computer geen spraakstem voor %1 geïnstalleerd, dus KneeCare speelt alleen de signalen en leest de stappen niet voor. Installeer een stem voor %1 om ze te horen.</translation>
    </message>
    <message>
        <source>The speech engine “%1” did not answer.</source>
        <translation>De spraakengine “%1” gaf geen antwoord.</translation>
    </message>
    <message>
        <source>The speech helper stopped (exit code %1).</source>
        <translation>Het spraakhulpprogramma is gestopt (afsluitcode %1).</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Showing %1</source>
        <extracomment>Read by screen readers after the chart&apos;s summary: %1 is the value picked (e.g. &quot;Thu 26 Nov: 2 sessions completed&quot;).</extracomment>
        <translation>Getoond: %1</translation>
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
        <translation>is geen JSON-object</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time</source>
        <translation>%1 is geen ISO 8601-tijd</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 is geen JSON-object</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, veld &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>%1 is not a non-empty text</source>
        <translation>%1 is geen niet-lege tekst</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is niet een van %2</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds (0 or more)</source>
        <translation>%1 is geen aantal seconden (0 of meer)</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 is geen geheel getal van %2 tot %3</translation>
    </message>
    <message>
        <source>%1 has no UTC offset (like +01:00)</source>
        <translation>%1 heeft geen UTC-verschil (zoals +01:00)</translation>
    </message>
    <message>
        <source>%1 is not a time from the year %2 to %3</source>
        <translation>%1 is geen tijd uit de jaren %2 tot %3</translation>
    </message>
    <message>
        <source>%1 is not a value KneeCare knows</source>
        <translation>%1 is geen waarde die KneeCare kent</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>is geen lijst</translation>
    </message>
    <message>
        <source>is not an object with &apos;before&apos; and &apos;after&apos;</source>
        <translation>is geen object met &apos;before&apos; en &apos;after&apos;</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 is geen tekst</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>entry %1 (started %2)</source>
        <translation>item %1 (gestart %2)</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>ligt vóór started_at</translation>
    </message>
    <message>
        <source>two phases have the same index</source>
        <translation>twee fasen hebben dezelfde index</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most KneeCare imports</source>
        <translation>het bestand is groter dan %1 MiB, het maximum dat KneeCare importeert</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>het bestand is geen geldige JSON (regel %1, kolom %2: %3)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a KneeCare export</source>
        <translation>het bestand is te diep genest voor een KneeCare-export</translation>
    </message>
    <message>
        <source>the file holds a value KneeCare cannot read: %1</source>
        <translation>het bestand bevat een waarde die KneeCare niet kan lezen: %1</translation>
    </message>
    <message>
        <source>the file does not hold a list of sessions (a KneeCare JSON export)</source>
        <translation>het bestand bevat geen lijst met sessies (een KneeCare JSON-export)</translation>
    </message>
    <message>
        <source>entries %1 and %2 are the same session (uid %3)</source>
        <translation>items %1 en %2 zijn dezelfde sessie (uid %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n sessie toegevoegd</numerusform>
            <numerusform>%n sessies toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were already in your history.</source>
        <translation>
            <numerusform>%1; %n stond al in uw geschiedenis.</numerusform>
            <numerusform>%1; %n stonden al in uw geschiedenis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>KneeCare had a problem with your history just now. The details say what happened and what KneeCare did about it.</source>
        <translation>KneeCare had zojuist een probleem met uw geschiedenis. In de details staat wat er gebeurde en wat KneeCare eraan deed.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vroeg gestopt</translation>
    </message>
    <message>
        <source>Ended for safety</source>
        <translation>Beëindigd voor de veiligheid</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session gone through to its end with a pressing, moving or exercise step skipped (not done).</extracomment>
        <translation>Stappen overgeslagen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
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
        <translation>linkerknie</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechterknie</translation>
    </message>
    <message>
        <source>both knees</source>
        <translation>beide knieën</translation>
    </message>
    <message>
        <source>settling in</source>
        <extracomment>What the person was doing: fills %3 of &quot;Reported %1 at %2, during %3&quot; (with the preposition needed).</extracomment>
        <translation>het klaarzitten</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>het opwarmen</translation>
    </message>
    <message>
        <source>finding the hollow</source>
        <translation>het zoeken van de knieholte</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>het drukken</translation>
    </message>
    <message>
        <source>the movement</source>
        <translation>de beweging</translation>
    </message>
    <message>
        <source>a hold</source>
        <translation>het vasthouden</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>de afsluiting</translation>
    </message>
    <message>
        <source>the repetitions</source>
        <translation>de herhalingen</translation>
    </message>
    <message>
        <source>a stretch</source>
        <translation>een rekoefening</translation>
    </message>
    <message>
        <source>a rest</source>
        <translation>een rustpauze</translation>
    </message>
    <message>
        <source>the intervals</source>
        <translation>de intervallen</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>pijn</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>gevoelloosheid</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>tintelingen</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>spanning</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>zwelling</translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word the person types to delete everything (in capitals).</extracomment>
        <translation>VERWIJDEREN</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month, yyyy: year); write it as your language does.</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month); write it as your language does.</extracomment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A Qt date format under the chart&apos;s weekly bars (d: day, MMM: short month).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1: no sessions</source>
        <translation>%1: geen sessies</translation>
    </message>
    <message>
        <source>, %1 ended early</source>
        <translation>, %1 vroeg gestopt</translation>
    </message>
    <message>
        <source> (goal met)</source>
        <translation> (doel gehaald)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>week van %1</translation>
    </message>
    <message>
        <source>Rate how your knees feel before and after a session to see here how they compare.</source>
        <translation>Beoordeel hoe uw knieën voelen vóór en na een sessie, dan ziet u hier hoe ze zich verhouden.</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points after a session</source>
        <translation>uw score voor %1 daalde %2 punten na een sessie</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points</source>
        <translation>uw score voor %1 daalde %2 punten</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points after a session</source>
        <translation>uw score voor %1 steeg %2 punten na een sessie</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points</source>
        <translation>uw score voor %1 steeg %2 punten</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same after a session</source>
        <translation>uw score voor %1 bleef ongeveer gelijk na een sessie</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same</source>
        <translation>uw score voor %1 bleef ongeveer gelijk</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the measures: &quot;A, B and C&quot;.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Knieën</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Gedane tijd</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Hoe het eindigde</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vooraf</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Achteraf</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day was met on %5 of %6 days.</source>
        <translation>Sessies per dag in de laatste %1: %2 voltooid, %3 vroeg gestopt; het doel van %4 per dag werd gehaald op %5 van de %6 dagen.</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.</source>
        <translation>Sessies per dag in de laatste %1: %2 voltooid; het doel van %3 per dag werd gehaald op %4 van de %5 dagen.</translation>
    </message>
    <message>
        <source>Minutes per week, last %1 weeks: %2 in all.</source>
        <translation>Minuten per week, laatste %1 weken: %2 in totaal.</translation>
    </message>
    <message>
        <source>%1: %2 before %3, after %4</source>
        <extracomment>%1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.</extracomment>
        <translation>%1: %2 vooraf %3, achteraf %4</translation>
    </message>
    <message>
        <source>%1 rating, 0 to 10, mean before and after sessions, last %2.</source>
        <translation>Score voor %1, 0 tot 10, gemiddeld vóór en na sessies, laatste %2.</translation>
    </message>
    <message>
        <source> Overall %1 before, %2 after.</source>
        <translation> Totaal %1 vooraf, %2 achteraf.</translation>
    </message>
    <message>
        <source>Deleted the session of %1, %2.</source>
        <translation>De sessie van %1, %2 is verwijderd.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Stappen: %1 van %2 gedaan</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 overgeslagen</translation>
    </message>
    <message>
        <source>Reported %1 at %2, during %3</source>
        <extracomment>%1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of &quot;settling in&quot;, &quot;pressing&quot;, ...).</extracomment>
        <translation>%1 gemeld na %2, tijdens %3</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>geen cijfers</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — “%1”</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle sessies</translation>
    </message>
    <message>
        <source>Knee sessions</source>
        <translation>Kniesessies</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Oefenreeksen</translation>
    </message>
    <message>
        <source>Tension · pain · swelling, 0 to 10 (– not rated)</source>
        <translation>Spanning · pijn · zwelling, 0 tot 10 (– geen score)</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (op %2)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sessies per dag</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten per week</translation>
    </message>
    <message>
        <source>How your knees felt, before and after</source>
        <translation>Hoe uw knieën voelden, vooraf en achteraf</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Toon de laatste %1</translation>
    </message>
    <message>
        <source>sessions today</source>
        <translation>sessies vandaag</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>huidige reeks</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>beste reeks</translation>
    </message>
    <message>
        <source>days the goal was met</source>
        <translation>dagen met doel gehaald</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>minuten deze week</translation>
    </message>
    <message>
        <source>Tension before and after sessions</source>
        <translation>Spanning vóór en na sessies</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Pijn vóór en na sessies</translation>
    </message>
    <message>
        <source>The quick rating before and after sessions is off.</source>
        <translation>De korte beoordeling vóór en na sessies staat uit.</translation>
    </message>
    <message>
        <source>Ask me again</source>
        <translation>Vraag het weer</translation>
    </message>
    <message>
        <source>What seems to help you</source>
        <translation>Wat u lijkt te helpen</translation>
    </message>
    <message>
        <source>goal: %1 a day</source>
        <translation>doel: %1 per dag</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vroeg gestopt</translation>
    </message>
    <message>
        <source>Sessions per day, each week&apos;s average</source>
        <translation>Sessies per dag, gemiddelde per week</translation>
    </message>
    <message>
        <source> Shown as each week&apos;s average per day.</source>
        <translation> Getoond als gemiddelde per dag van elke week.</translation>
    </message>
    <message>
        <source>No sessions in this time yet. When you finish one, it shows here.</source>
        <translation>Nog geen sessies in deze periode. Als u er een afmaakt, verschijnt ze hier.</translation>
    </message>
    <message>
        <source>current streak, go on today</source>
        <translation>huidige reeks, ga vandaag door</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 vooraf</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 achteraf</translation>
    </message>
    <message>
        <source>History · %1</source>
        <translation>Geschiedenis · %1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessies</translation>
    </message>
    <message>
        <source>Which sessions to list</source>
        <translation>Welke sessies er getoond worden</translation>
    </message>
    <message>
        <source>List every session, only the knee sessions, or only the routines</source>
        <translation>Toon alle sessies, alleen de kniesessies of alleen de oefenreeksen</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>Sessie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); you can undo it</source>
        <translation>De gekozen sessie verwijderen (Delete-toets); u kunt dit ongedaan maken</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>Alle gegevens verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>De sessie terugzetten (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sessies, nieuwste eerst</translation>
    </message>
    <message>
        <source>Choose a session to see its details.</source>
        <translation>Kies een sessie om de details te zien.</translation>
    </message>
    <message>
        <source>Your other computers delete it at their next sync.</source>
        <translation>Uw andere computers verwijderen ze ook bij hun volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The sync folder could not be reached; it is cleared at the next sync.</source>
        <translation>De synchronisatiemap was niet bereikbaar; uw gegevens daar worden bij de volgende synchronisatie gewist.</translation>
    </message>
    <message>
        <source>Sync is now off; the sync folder was left as it was.</source>
        <translation>Synchronisatie staat nu uit; de synchronisatiemap is gebleven zoals ze was.</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Alle gegevens verwijderen</translation>
    </message>
    <message>
        <source>This deletes every session, rating and safety report, the reminder log, your screening answers and all backup copies, for good. Your settings stay.

If you might want them later, close this and use File &gt; Export first.

To go ahead, type %1 below.</source>
        <extracomment>%1 is the word to type (DELETE, translated above). &quot;File &gt; Export&quot; names the menu entry.</extracomment>
        <translation>Dit verwijdert voorgoed elke sessie, score en veiligheidsmelding, het herinneringslogboek, uw antwoorden op de veiligheidsvragen en alle reservekopieën. Uw instellingen blijven.

Wilt u ze later misschien nog hebben? Sluit dit dan en gebruik eerst Bestand &gt; Exporteren.

Typ hieronder %1 om door te gaan.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Typ %1 om te bevestigen</translation>
    </message>
    <message>
        <source>Also delete it on my other &amp;computers (sync folder)</source>
        <translation>Ook verwijderen op mijn andere &amp;computers (synchronisatiemap)</translation>
    </message>
    <message>
        <source>Checked: your other computers delete everything too at their next sync. Not checked: only this computer&apos;s history goes, and sync is turned off here.</source>
        <translation>Aangevinkt: uw andere computers verwijderen ook alles bij hun volgende synchronisatie. Niet aangevinkt: alleen de geschiedenis op deze computer verdwijnt, en synchronisatie gaat hier uit.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles verwijderen</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>The title of the message after an export.</extracomment>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2.</source>
        <translation>De geschiedenis kon niet worden geschreven naar %1: %2.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Geschiedenis importeren</translation>
    </message>
    <message>
        <source>KneeCare JSON export (*.json)</source>
        <translation>KneeCare JSON-export (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The title of the message after an import.</extracomment>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 kon niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>%1 is not a text file; nothing was imported.</source>
        <translation>%1 is geen tekstbestand; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation>%1 is niet geïmporteerd, en er is niets veranderd: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation>
            <numerusform>%n sessie, nieuwste eerst. Scores: spanning · pijn · zwelling, 0 tot 10.</numerusform>
            <numerusform>%n sessies, nieuwste eerst. Scores: spanning · pijn · zwelling, 0 tot 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted all data (%n session(s)).</source>
        <translation>
            <numerusform>Alle gegevens verwijderd (%n sessie).</numerusform>
            <numerusform>Alle gegevens verwijderd (%n sessies).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) completed</source>
        <translation>
            <numerusform>%1: %n sessie voltooid</numerusform>
            <numerusform>%1: %n sessies voltooid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s), %4 ended early)</source>
        <translation>
            <numerusform>%1: %2 voltooid per dag (%3 in %n dag, %4 vroeg gestopt)</numerusform>
            <numerusform>%1: %2 voltooid per dag (%3 in %n dagen, %4 vroeg gestopt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s))</source>
        <translation>
            <numerusform>%1: %2 voltooid per dag (%3 in %n dag)</numerusform>
            <numerusform>%1: %2 voltooid per dag (%3 in %n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>Gemiddeld %1 (%n sessie vooraf en achteraf beoordeeld).</numerusform>
            <numerusform>Gemiddeld %1 (%n sessies vooraf en achteraf beoordeeld).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %2 min in %n session(s)</source>
        <translation>
            <numerusform>week van %1: %2 min in %n sessie</numerusform>
            <numerusform>week van %1: %2 min in %n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n sessie geëxporteerd naar %1.</numerusform>
            <numerusform>%n sessies geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>left</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your left knee&quot;).</extracomment>
        <translation>linker</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your right knee&quot;).</extracomment>
        <translation>rechter</translation>
    </message>
    <message>
        <source>Warm compress</source>
        <translation>Warm kompres</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends.</source>
        <extracomment>{knee} becomes &quot;left&quot; or &quot;right&quot; (the words above).</extracomment>
        <translation>Ga gemakkelijk zitten en leg een warm, nooit heet, kompres achter uw {knee} knie tot de tijd om is.</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.</source>
        <translation>Ga gemakkelijk zitten en leg een warm, nooit heet, kompres achter beide knieën tot de tijd om is.</translation>
    </message>
    <message>
        <source>Firm, but never painful.</source>
        <translation>Stevig, maar nooit pijnlijk.</translation>
    </message>
    <message>
        <source>firm</source>
        <extracomment>Words (separated by |) that say &quot;firm&quot; in the translated pressure instructions.</extracomment>
        <translation>stevig</translation>
    </message>
    <message>
        <source>never painful|never hurts|never hurt</source>
        <extracomment>Words (separated by |) that say &quot;never painful&quot; in the translated pressure instructions.</extracomment>
        <translation>nooit pijnlijk|nooit pijn doet|nooit pijn</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Everyday care to keep the backs of the knees loose: once or twice a day.</source>
        <translation>Dagelijkse zorg om de achterkant van de knieën soepel te houden: een- of tweemaal per dag.</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>Gaan zitten</translation>
    </message>
    <message>
        <source>Sit down and bend your {knee} knee a little, with the foot flat on the floor or resting on something.</source>
        <translation>Ga zitten en buig uw {knee} knie een beetje, met de voet plat op de grond of ergens op rustend.</translation>
    </message>
    <message>
        <source>Warm your hands</source>
        <translation>Warm uw handen</translation>
    </message>
    <message>
        <source>Rub your palms briskly together until they feel warm.</source>
        <translation>Wrijf uw handpalmen stevig tegen elkaar tot ze warm aanvoelen.</translation>
    </message>
    <message>
        <source>Find the hollow</source>
        <translation>Zoek de knieholte</translation>
    </message>
    <message>
        <source>Slide your fingers behind the {knee} knee and feel for the soft dip in the middle of the crease.</source>
        <translation>Schuif uw vingers achter uw {knee} knie en voel naar het zachte kuiltje midden in de plooi.</translation>
    </message>
    <message>
        <source>Press gently</source>
        <translation>Zacht drukken</translation>
    </message>
    <message>
        <source>Rest your thumbs in the hollow and lean in slowly until the pressure is firm but never painful.</source>
        <translation>Leg uw duimen in de knieholte en leun langzaam naar voren tot de druk stevig is, maar nooit pijnlijk.</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>Kleine rondjes</translation>
    </message>
    <message>
        <source>Trace small, slow circles across the hollow, the pressure firm but never painful.</source>
        <translation>Maak kleine, langzame rondjes over de knieholte, met een druk die stevig is, maar nooit pijnlijk.</translation>
    </message>
    <message>
        <source>Steady hold</source>
        <translation>Rustig vasthouden</translation>
    </message>
    <message>
        <source>Keep a still pressure on the centre of the crease, firm but never painful, then let go when the timer ends.</source>
        <translation>Houd een rustige druk op het midden van de plooi, stevig maar nooit pijnlijk, en laat los als de tijd om is.</translation>
    </message>
    <message>
        <source>Stroke down the calf</source>
        <translation>Over de kuit strijken</translation>
    </message>
    <message>
        <source>With light hands, stroke from behind the knee down the calf towards the ankle.</source>
        <translation>Strijk met lichte handen van achter de knie over de kuit naar de enkel.</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Snel</translation>
    </message>
    <message>
        <source>A short version for a busy day: one minute of movement per knee.</source>
        <translation>Een korte versie voor een drukke dag: één minuut beweging per knie.</translation>
    </message>
    <message>
        <source>Sit with your {knee} knee slightly bent and the foot supported.</source>
        <translation>Zit met uw {knee} knie licht gebogen en de voet ondersteund.</translation>
    </message>
    <message>
        <source>Rub your palms together for a few breaths.</source>
        <translation>Wrijf uw handpalmen een paar ademhalingen lang tegen elkaar.</translation>
    </message>
    <message>
        <source>Feel for the soft dip at the centre of the crease behind the {knee} knee.</source>
        <translation>Voel naar het zachte kuiltje midden in de plooi achter uw {knee} knie.</translation>
    </message>
    <message>
        <source>Press in with your thumbs, slowly, to a firm pressure that never hurts.</source>
        <translation>Druk langzaam met uw duimen tot een stevige druk die nooit pijn doet.</translation>
    </message>
    <message>
        <source>Make small, unhurried circles over the hollow, the pressure firm but never painful.</source>
        <translation>Maak kleine, rustige rondjes over de knieholte, met een druk die stevig is, maar nooit pijnlijk.</translation>
    </message>
    <message>
        <source>Finish with a few light strokes from the knee down towards the ankle.</source>
        <translation>Sluit af met een paar lichte streken van de knie naar de enkel.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>After hard exercise: three minutes of movement per knee and a longer finish down the calf.</source>
        <translation>Na zware inspanning: drie minuten beweging per knie en een langere afsluiting over de kuit.</translation>
    </message>
    <message>
        <source>Sit comfortably, {knee} knee bent a little, foot flat or propped up.</source>
        <translation>Zit gemakkelijk, {knee} knie iets gebogen, voet plat of hoger gelegd.</translation>
    </message>
    <message>
        <source>Rub your hands together until the palms are warm.</source>
        <translation>Wrijf uw handen tegen elkaar tot de handpalmen warm zijn.</translation>
    </message>
    <message>
        <source>Bend the {knee} knee slightly and find the soft centre of the crease with your fingertips.</source>
        <translation>Buig uw {knee} knie licht en zoek met uw vingertoppen het zachte midden van de plooi.</translation>
    </message>
    <message>
        <source>Use the heels of your palms and build up slowly to a pressure that is firm but never painful.</source>
        <translation>Gebruik de muis van uw handen en bouw de druk langzaam op tot die stevig is, maar nooit pijnlijk.</translation>
    </message>
    <message>
        <source>Slow strokes</source>
        <translation>Langzame streken</translation>
    </message>
    <message>
        <source>Stroke slowly up and down across the hollow with an even pressure, firm but never painful.</source>
        <translation>Strijk langzaam op en neer over de knieholte met een gelijkmatige druk, stevig maar nooit pijnlijk.</translation>
    </message>
    <message>
        <source>Press steadily into the centre of the crease, firm but never painful, and keep still; release when the timer ends.</source>
        <translation>Druk gelijkmatig op het midden van de plooi, stevig maar nooit pijnlijk, en beweeg niet; laat los als de tijd om is.</translation>
    </message>
    <message>
        <source>Stroke lightly and slowly down the whole calf to the ankle, several times.</source>
        <translation>Strijk een paar keer licht en langzaam over de hele kuit naar de enkel.</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Ontspannen</translation>
    </message>
    <message>
        <source>Wind down: slow breathing, small slow circles and three still holds.</source>
        <translation>Tot rust komen: langzaam ademen, kleine langzame rondjes en driemaal rustig vasthouden.</translation>
    </message>
    <message>
        <source>Sit back, let your shoulders drop, and rest your {knee} foot with the knee slightly bent.</source>
        <translation>Leun achterover, laat uw schouders zakken en laat uw {knee} voet rusten met de knie licht gebogen.</translation>
    </message>
    <message>
        <source>Rub your palms together slowly while you breathe out long.</source>
        <translation>Wrijf uw handpalmen langzaam tegen elkaar terwijl u lang uitademt.</translation>
    </message>
    <message>
        <source>Find the soft middle of the crease behind the {knee} knee.</source>
        <translation>Zoek het zachte midden van de plooi achter uw {knee} knie.</translation>
    </message>
    <message>
        <source>Let your thumbs sink in bit by bit until the pressure is firm but never painful.</source>
        <translation>Laat uw duimen beetje bij beetje inzakken tot de druk stevig is, maar nooit pijnlijk.</translation>
    </message>
    <message>
        <source>Small, slow circles</source>
        <translation>Kleine, langzame rondjes</translation>
    </message>
    <message>
        <source>Make small, slow circles over the hollow in time with your breath, the pressure firm but never painful.</source>
        <translation>Maak kleine, langzame rondjes over de knieholte op het ritme van uw adem, met een druk die stevig is, maar nooit pijnlijk.</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation>Stil vasthouden</translation>
    </message>
    <message>
        <source>Hold a steady pressure on the centre of the crease, firm but never painful, and breathe slowly.</source>
        <translation>Houd een gelijkmatige druk op het midden van de plooi, stevig maar nooit pijnlijk, en adem rustig.</translation>
    </message>
    <message>
        <source>Glide your hands gently down the calf towards the ankle.</source>
        <translation>Laat uw handen zacht over de kuit naar de enkel glijden.</translation>
    </message>
    <message>
        <source>Ankle pumps</source>
        <translation>Voetpompjes</translation>
    </message>
    <message>
        <source>Point and pull your feet in a steady rhythm so the calf muscles squeeze blood back up the legs.</source>
        <translation>Strek en trek uw voeten in een rustig ritme, zodat de kuitspieren het bloed terug omhoog door de benen persen.</translation>
    </message>
    <message>
        <source>Legs out</source>
        <translation>Benen gestrekt</translation>
    </message>
    <message>
        <source>Sit back or lie down with both legs stretched out and your heels resting on the floor or the bed.</source>
        <translation>Leun achterover of ga liggen met beide benen gestrekt en de hielen op de grond of het bed.</translation>
    </message>
    <message>
        <source>Point both feet away from you, then pull your toes back towards your shins: one full pump on each count. Smooth, not forced.</source>
        <translation>Strek beide voeten van u af en trek dan uw tenen terug naar uw schenen: één volledige pomp per tel. Soepel, niet geforceerd.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Let your feet go still and breathe easily; the next set starts when the timer ends.</source>
        <translation>Houd uw voeten stil en adem rustig; de volgende reeks begint als de tijd om is.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Op de tenen staan</translation>
    </message>
    <message>
        <source>Rise up on your toes and lower slowly, to work the calf muscles that help blood flow back from the legs.</source>
        <translation>Kom op uw tenen en zak langzaam terug, om de kuitspieren te laten werken die het bloed uit de benen terug helpen stromen.</translation>
    </message>
    <message>
        <source>Stand and hold on</source>
        <translation>Sta en houd u vast</translation>
    </message>
    <message>
        <source>Stand behind a sturdy chair or beside a wall, feet about hip-width apart, one hand resting on it for balance.</source>
        <translation>Ga achter een stevige stoel of naast een muur staan, voeten ongeveer op heupbreedte, één hand erop voor uw evenwicht.</translation>
    </message>
    <message>
        <source>Rise slowly onto the balls of both feet, then lower your heels back to the floor: one raise on each count.</source>
        <translation>Kom langzaam op de bal van beide voeten en laat dan uw hielen terug op de grond zakken: één keer per tel.</translation>
    </message>
    <message>
        <source>Stand easy with your heels down and let the calves relax before the next set.</source>
        <translation>Sta ontspannen met uw hielen op de grond en laat de kuiten losser worden voor de volgende reeks.</translation>
    </message>
    <message>
        <source>Calf and hamstring stretches</source>
        <translation>Kuit- en hamstringstretch</translation>
    </message>
    <message>
        <source>Gentle, still stretches for the backs of the legs, to ease tight calves and hamstrings.</source>
        <translation>Zachte, stilstaande rekoefeningen voor de achterkant van de benen, tegen stijve kuiten en hamstrings.</translation>
    </message>
    <message>
        <source>Face a wall</source>
        <translation>Naar een muur toe</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from a wall and rest both hands on it at shoulder height.</source>
        <translation>Ga op een armlengte van een muur staan en leg beide handen erop op schouderhoogte.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Kuitstretch</translation>
    </message>
    <message>
        <source>Step your {side} foot back and press that heel to the floor. Bend the front knee and lean towards the wall until the {side} calf feels a mild pull. Stay still; no bouncing.</source>
        <translation>Zet uw {side} voet naar achteren en druk die hiel op de grond. Buig de voorste knie en leun naar de muur tot u een lichte rek in de {side} kuit voelt. Blijf stil; niet veren.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Loslaten</translation>
    </message>
    <message>
        <source>Ease out of the stretch and shake the leg loose. Next: the {side} leg.</source>
        <translation>Kom rustig uit de rekoefening en schud het been los. Daarna: het {side} been.</translation>
    </message>
    <message>
        <source>Sit on a chair</source>
        <translation>Op een stoel zitten</translation>
    </message>
    <message>
        <source>Sit near the front edge of a steady chair with both feet flat on the floor.</source>
        <translation>Ga op de voorrand van een stevige stoel zitten met beide voeten plat op de grond.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Hamstringstretch</translation>
    </message>
    <message>
        <source>Straighten your {side} leg in front of you, heel on the floor and toes up. Keep your back long and tip forward from the hips until the back of the {side} thigh feels a mild pull.</source>
        <translation>Strek uw {side} been voor u uit, hiel op de grond en tenen omhoog. Houd uw rug lang en buig vanuit de heupen naar voren tot u een lichte rek achter in de {side} dij voelt.</translation>
    </message>
    <message>
        <source>Sit back up, bend the knee and let the leg rest. Next: the {side} leg.</source>
        <translation>Ga weer rechtop zitten, buig de knie en laat het been rusten. Daarna: het {side} been.</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Benen omhoog</translation>
    </message>
    <message>
        <source>Rest with your legs raised above your heart for 15 to 20 minutes, to help swelling go down.</source>
        <translation>Rust 15 tot 20 minuten met uw benen hoger dan uw hart, zodat zwelling kan afnemen.</translation>
    </message>
    <message>
        <source>Lie down, legs up</source>
        <translation>Liggen, benen omhoog</translation>
    </message>
    <message>
        <source>Lie on your back and rest your legs on cushions, or up against a wall, so that your feet are higher than your heart.</source>
        <translation>Ga op uw rug liggen en leg uw benen op kussens of tegen een muur, zodat uw voeten hoger zijn dan uw hart.</translation>
    </message>
    <message>
        <source>Legs raised</source>
        <translation>Benen omhoog</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. You can minimise this window: a soft chime tells you when the time is up.</source>
        <translation>Lig stil en adem rustig. U kunt dit venster minimaliseren: een zacht belletje laat weten wanneer de tijd om is.</translation>
    </message>
    <message>
        <source>Come down slowly</source>
        <translation>Rustig omlaag</translation>
    </message>
    <message>
        <source>Lower your legs, roll onto one side and sit up gently before you stand.</source>
        <translation>Laat uw benen zakken, rol op één zij en kom rustig overeind voordat u gaat staan.</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Wisseldouche</translation>
    </message>
    <message>
        <source>Warm and cool water on the legs in turns, to get the circulation going.</source>
        <translation>Om beurten warm en koel water op de benen, om de bloedsomloop op gang te brengen.</translation>
    </message>
    <message>
        <source>Not for you if you have been told to avoid sudden changes of temperature. Keep the water warm, never hot, and cool, never icy. Stop at once if you feel dizzy or unwell.</source>
        <translation>Niet voor u als u gezegd is plotselinge temperatuurwisselingen te vermijden. Houd het water warm, nooit heet, en koel, nooit ijskoud. Stop meteen als u duizelig wordt of zich niet goed voelt.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Klaarmaken</translation>
    </message>
    <message>
        <source>Stand steadily in the shower, or sit on a shower stool, with the shower head in your hand and the water warm.</source>
        <translation>Sta stevig in de douche, of zit op een douchekrukje, met de douchekop in uw hand en het water warm.</translation>
    </message>
    <message>
        <source>Warm and cool</source>
        <translation>Warm en koel</translation>
    </message>
    <message>
        <source>Dry off</source>
        <translation>Afdrogen</translation>
    </message>
    <message>
        <source>Turn off the water, pat your legs dry and rest a moment before you move on.</source>
        <translation>Zet het water uit, dep uw benen droog en rust even voordat u verdergaat.</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Kuitstreken</translation>
    </message>
    <message>
        <source>Light, slow strokes down the calf towards the ankle, a longer, gentle finish.</source>
        <translation>Lichte, langzame streken over de kuit naar de enkel, een langere, zachte afsluiting.</translation>
    </message>
    <message>
        <source>With light hands, stroke slowly from behind the {knee} knee down the calf to the ankle, again and again.</source>
        <translation>Strijk met lichte handen steeds weer langzaam van achter uw {knee} knie over de kuit naar de enkel.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, or are you being treated for one?</source>
        <translation>Hebt u een diepe veneuze trombose (DVT), een bloedstolsel in een diepe ader van het been, of wordt u daarvoor behandeld?</translation>
    </message>
    <message>
        <source>A blood clot in a leg vein (DVT)</source>
        <translation>Een bloedstolsel in een ader van het been (DVT)</translation>
    </message>
    <message>
        <source>Massage is not advised while there is a clot in a leg. Please leave these sessions aside and ask your doctor what is safe for you.</source>
        <translation>Massage wordt afgeraden zolang er een stolsel in een been zit. Laat deze sessies dus rusten en vraag uw arts wat veilig is voor u.</translation>
    </message>
    <message>
        <source>Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?</source>
        <translation>Zijn spataderen in een van uw benen op dit moment erg ontstoken: rood, heet, hard of pijnlijk?</translation>
    </message>
    <message>
        <source>Badly inflamed varicose veins</source>
        <translation>Erg ontstoken spataderen</translation>
    </message>
    <message>
        <source>Pressing on inflamed veins can make them worse. Please have a doctor look at them before you use these sessions.</source>
        <translation>Drukken op ontstoken aderen kan ze erger maken. Laat ze eerst door een arts bekijken voordat u deze sessies gebruikt.</translation>
    </message>
    <message>
        <source>Is there an open wound, a cut, broken skin or a skin infection at the back of either knee or on either calf?</source>
        <translation>Is er een open wond, een snee, kapotte huid of een huidinfectie achter een van uw knieën of op een van uw kuiten?</translation>
    </message>
    <message>
        <source>A wound, broken skin or a skin infection behind the knee or on the calf</source>
        <translation>Een wond, kapotte huid of een huidinfectie achter de knie of op de kuit</translation>
    </message>
    <message>
        <source>The sessions press behind the knee and stroke down the calf, so let the skin there heal first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole and healthy again.</source>
        <translation>De sessies drukken achter de knie en strijken over de kuit. Laat de huid daar dus eerst genezen, en laat een infectie bekijken door een verpleegkundige of arts. De sessies kunnen wachten tot de huid weer heel en gezond is.</translation>
    </message>
    <message>
        <source>Have you had an operation on a knee recently, or are you still recovering from one?</source>
        <translation>Bent u onlangs aan een knie geopereerd, of bent u nog aan het herstellen van een knieoperatie?</translation>
    </message>
    <message>
        <source>Recent knee surgery</source>
        <translation>Recente knieoperatie</translation>
    </message>
    <message>
        <source>A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist when pressure behind the knee is safe for you.</source>
        <translation>Een geopereerde knie heeft een eigen plan nodig. Vraag uw chirurg of fysiotherapeut wanneer druk achter de knie veilig is voor u.</translation>
    </message>
    <message>
        <source>Do you have a bleeding or clotting disorder that is not under control?</source>
        <translation>Hebt u een bloedings- of stollingsstoornis die niet onder controle is?</translation>
    </message>
    <message>
        <source>A bleeding disorder that is not under control</source>
        <translation>Een bloedingsstoornis die niet onder controle is</translation>
    </message>
    <message>
        <source>Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor before you use these sessions.</source>
        <translation>Stevige druk kan blauwe plekken of bloedingen onder de huid geven. Overleg met uw arts voordat u deze sessies gebruikt.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Bent u zwanger?</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Zwangerschap</translation>
    </message>
    <message>
        <source>Please check with your midwife, doctor or another healthcare provider before doing any pressure-point work. You can go on once they have told you it is fine for you.</source>
        <translation>Overleg met uw verloskundige, arts of een andere zorgverlener voordat u met drukpunten aan de slag gaat. U kunt verder zodra zij u hebben gezegd dat het voor u in orde is.</translation>
    </message>
    <message>
        <source>My healthcare provider has told me that pressure-point self-massage is fine for me.</source>
        <translation>Mijn zorgverlener heeft gezegd dat zelfmassage van drukpunten voor mij in orde is.</translation>
    </message>
    <message>
        <source>Is either of your legs swollen, warm, red or painful at the moment?</source>
        <translation>Is een van uw benen op dit moment gezwollen, warm, rood of pijnlijk?</translation>
    </message>
    <message>
        <source>A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don&apos;t massage it. Sessions stay on hold until the leg is back to normal, or until a health professional has told you that massage is fine.</source>
        <translation>Een been dat gezwollen, warm, rood of pijnlijk is, hoort snel door een arts of verpleegkundige te worden nagekeken. Masseer het niet. De sessies blijven opgeschort tot het been weer normaal is, of tot een zorgverlener u heeft gezegd dat massage in orde is.</translation>
    </message>
    <message>
        <source>Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here.</source>
        <translation>Gepauzeerd. Verminder de druk, of stop. Scherpe pijn, gevoelloosheid of tintelingen betekent: druk zachter, of stop de sessie hier.</translation>
    </message>
    <message>
        <source>What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you.</source>
        <translation>Wat u in plaats daarvan kunt doen: praat met een arts of een andere zorgverlener over uw benen. Die kan u zeggen wat veilig is voor u.</translation>
    </message>
    <message>
        <source>How is your leg now?</source>
        <translation>Hoe is het nu met uw been?</translation>
    </message>
    <message>
        <source>Earlier you told KneeCare that a leg was swollen, warm, red or painful. Is it back to normal now?</source>
        <translation>U hebt KneeCare eerder gezegd dat een been gezwollen, warm, rood of pijnlijk was. Is het nu weer normaal?</translation>
    </message>
    <message>
        <source>A leg that is still swollen, warm, red or painful needs a doctor or nurse, not massage. Please have it checked soon; About safety says what to look out for.</source>
        <translation>Een been dat nog gezwollen, warm, rood of pijnlijk is, heeft een arts of verpleegkundige nodig, geen massage. Laat het snel nakijken; onder Over veiligheid staat waar u op moet letten.</translation>
    </message>
    <message>
        <source>&amp;No, not yet</source>
        <translation>&amp;Nee, nog niet</translation>
    </message>
    <message>
        <source>&amp;Yes, it is back to normal</source>
        <translation>&amp;Ja, het is weer normaal</translation>
    </message>
    <message>
        <source>A &amp;professional said it is fine</source>
        <translation>Een &amp;zorgverlener zei dat het mag</translation>
    </message>
    <message>
        <source>Sessions are on hold: you said a leg was swollen, warm, red or painful. Please have it checked; press Start once it is back to normal.</source>
        <translation>Sessies zijn opgeschort: u zei dat een been gezwollen, warm, rood of pijnlijk was. Laat het nakijken; druk op Starten zodra het weer normaal is.</translation>
    </message>
    <message>
        <source>Sessions on hold: a leg to have checked</source>
        <translation>Sessies opgeschort: laat een been nakijken</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Sessies zijn opgeschort</translation>
    </message>
    <message>
        <source>You told KneeCare that a leg was swollen, warm, red or painful, so there is no session for now. Please have the leg checked. When it is back to normal, open KneeCare and press Start.</source>
        <translation>U hebt KneeCare gezegd dat een been gezwollen, warm, rood of pijnlijk was. Daarom is er voorlopig geen sessie. Laat het been nakijken. Is het weer normaal? Open dan KneeCare en druk op Starten.</translation>
    </message>
    <message>
        <source>Not on a leg that is swollen, warm, red or painful.</source>
        <translation>Niet op een been dat gezwollen, warm, rood of pijnlijk is.</translation>
    </message>
    <message>
        <source>Self-care, not treatment</source>
        <translation>Zelfzorg, geen behandeling</translation>
    </message>
    <message>
        <source>KneeCare guides you through gentle self-massage of the points behind your knees. It is a way of looking after yourself. It does not diagnose, treat or cure any condition, and it does not replace advice from a doctor, nurse or physiotherapist.</source>
        <translation>KneeCare begeleidt u bij een zachte zelfmassage van de punten achter uw knieën. Het is een manier om voor uzelf te zorgen. Het stelt geen diagnose, behandelt of geneest geen aandoening en vervangt geen advies van een arts, verpleegkundige of fysiotherapeut.</translation>
    </message>
    <message>
        <source>When not to do this</source>
        <translation>Wanneer u dit niet moet doen</translation>
    </message>
    <message>
        <source>Please don&apos;t use these sessions if you have any of the following:</source>
        <translation>Gebruik deze sessies niet als een van de volgende dingen op u van toepassing is:</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>Als u zwanger bent</translation>
    </message>
    <message>
        <source>Check with your healthcare provider before any pressure-point work, and go on only once they have agreed.</source>
        <translation>Overleg met uw zorgverlener voordat u met drukpunten aan de slag gaat, en ga pas verder als die akkoord is.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Tijdens een sessie</translation>
    </message>
    <message>
        <source>Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red &quot;It hurts / numb / tingling&quot; button, or the ! key, pauses the session at once.</source>
        <translation>Druk stevig, maar nooit zo hard dat het pijn doet. Voelt u scherpe pijn, gevoelloosheid of tintelingen, verminder dan de druk of stop. De rode knop &quot;Pijn / gevoelloos / tintelt&quot;, of de toets !, pauzeert de sessie meteen.</translation>
    </message>
    <message>
        <source>When to see a health professional</source>
        <translation>Wanneer u naar een zorgverlener moet</translation>
    </message>
    <message>
        <source>Don&apos;t massage a leg that shows these signs; have it checked promptly instead:</source>
        <translation>Masseer geen been met deze tekenen; laat het in plaats daarvan snel nakijken:</translation>
    </message>
    <message>
        <source>swelling or pain in a leg that does not go away</source>
        <translation>zwelling of pijn in een been die niet overgaat</translation>
    </message>
    <message>
        <source>a leg that suddenly feels warm</source>
        <translation>een been dat plotseling warm aanvoelt</translation>
    </message>
    <message>
        <source>severe swelling</source>
        <translation>ernstige zwelling</translation>
    </message>
    <message>
        <source>redness of the skin</source>
        <translation>roodheid van de huid</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>In een noodgeval</translation>
    </message>
    <message>
        <source>If a painful or swollen leg comes with sudden shortness of breath or chest pain, call your local emergency number at once.</source>
        <translation>Gaat een pijnlijk of gezwollen been samen met plotselinge kortademigheid of pijn op de borst? Bel dan meteen het plaatselijke alarmnummer.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Uw antwoorden</translation>
    </message>
    <message>
        <source>The safety answers stay on this computer. KneeCare asks the questions again every {days} days, and you can answer them again at any time with Safety &gt; My situation changed. Before each session it asks one quick question about your legs.</source>
        <translation>De antwoorden op de veiligheidsvragen blijven op deze computer. KneeCare stelt de vragen elke {days} dagen opnieuw, en u kunt ze altijd opnieuw beantwoorden via Veiligheid &gt; Mijn situatie is veranderd. Vóór elke sessie stelt KneeCare één korte vraag over uw benen.</translation>
    </message>
    <message>
        <source>If you say a leg is swollen, warm, red or painful, sessions stay on hold until you tell KneeCare the leg is back to normal or a health professional has said massage is fine. For {back} days after that, or after you report pain, numbness or tingling during a session, the quick question is asked before every session, even if you turned it off.</source>
        <translation>Zegt u dat een been gezwollen, warm, rood of pijnlijk is, dan blijven de sessies opgeschort tot u KneeCare laat weten dat het been weer normaal is, of tot een zorgverlener heeft gezegd dat massage in orde is. Daarna, of na een melding van pijn, gevoelloosheid of tintelingen tijdens een sessie, wordt de korte vraag {back} dagen lang vóór elke sessie gesteld, ook als u die hebt uitgezet.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>times</source>
        <translation>tijden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>dagdoel</translation>
    </message>
    <message>
        <source>snooze length (minutes)</source>
        <translation>sluimerduur (minuten)</translation>
    </message>
    <message>
        <source>recovery reminders a day</source>
        <translation>herstelherinneringen per dag</translation>
    </message>
    <message>
        <source>recovery days</source>
        <translation>hersteldagen</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>sluimeren</translation>
    </message>
    <message>
        <source>movement nudges</source>
        <translation>beweegseintjes</translation>
    </message>
    <message>
        <source>choose at least one time of day (or turn reminders off)</source>
        <translation>kies minstens één tijdstip (of zet de herinneringen uit)</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>hoogstens %1 per dag</translation>
    </message>
    <message>
        <source>the same time is listed twice</source>
        <translation>hetzelfde tijdstip staat er twee keer</translation>
    </message>
    <message>
        <source>choose at least one day of the week (or turn reminders off)</source>
        <translation>kies minstens één dag van de week (of zet de herinneringen uit)</translation>
    </message>
    <message>
        <source>days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation>dagen zijn genummerd van 0 (maandag) tot 6 (zondag)</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3</source>
        <translation>%1 ligt niet tussen %2 en %3</translation>
    </message>
    <message>
        <source>minutes must be more than 0</source>
        <translation>minuten moeten meer dan 0 zijn</translation>
    </message>
    <message>
        <source>the hours must span at least one hour, from the first to the last</source>
        <translation>de uren moeten minstens één uur beslaan, van het eerste tot het laatste</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Welcome to KneeCare</source>
        <translation>Welkom bij KneeCare</translation>
    </message>
    <message>
        <source>Before your first session, please answer {n} short yes-or-no questions about your legs and your health. Acupressure is not right for everyone, and these questions check that it is safe for you to start. Your answers stay on this computer.</source>
        <translation>Beantwoord vóór uw eerste sessie {n} korte ja-neevragen over uw benen en uw gezondheid. Acupressuur is niet voor iedereen geschikt; deze vragen controleren of u veilig kunt beginnen. Uw antwoorden blijven op deze computer.</translation>
    </message>
    <message>
        <source>Time to check in again</source>
        <translation>Tijd om opnieuw na te gaan</translation>
    </message>
    <message>
        <source>It has been {days} days since you answered the safety questions, and things can change. Please answer the {n} questions again before your next session.</source>
        <translation>Het is {days} dagen geleden dat u de veiligheidsvragen hebt beantwoord, en er kan iets veranderd zijn. Beantwoord de {n} vragen opnieuw vóór uw volgende sessie.</translation>
    </message>
    <message>
        <source>A few safety questions</source>
        <translation>Een paar veiligheidsvragen</translation>
    </message>
    <message>
        <source>Some safety questions have not been answered yet. Please answer all {n} before your next session.</source>
        <translation>Sommige veiligheidsvragen zijn nog niet beantwoord. Beantwoord ze alle {n} vóór uw volgende sessie.</translation>
    </message>
    <message>
        <source>Your situation changed</source>
        <translation>Uw situatie is veranderd</translation>
    </message>
    <message>
        <source>Please answer the {n} questions again for how things are now. Your earlier answers are marked, so you can change only what is different.</source>
        <translation>Beantwoord de {n} vragen opnieuw voor hoe het nu is. Uw eerdere antwoorden zijn gemarkeerd, dus u hoeft alleen te veranderen wat anders is.</translation>
    </message>
    <message>
        <source>Press %1 for yes or %2 for no.</source>
        <extracomment>%1 is the key for yes, %2 the key for no (the two one-letter entries &quot;Y&quot; and &quot;N&quot; below).</extracomment>
        <translation>Druk op %1 voor ja of %2 voor nee.</translation>
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
        <translation>Sessies zijn opgeschort vanwege uw antwoorden op de veiligheidsvragen. Druk op Starten om te zien waarom.</translation>
    </message>
    <message>
        <source>Sessions are on hold until your healthcare provider agrees. Press Start to see more.</source>
        <translation>Sessies zijn opgeschort tot uw zorgverlener akkoord is. Druk op Starten voor meer informatie.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The sync folder %1 does not exist (is the drive or share connected?).</source>
        <translation>De synchronisatiemap %1 bestaat niet (is de schijf of netwerkmap verbonden?).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is geen map.</translation>
    </message>
    <message>
        <source>KneeCare cannot write in the sync folder %1.</source>
        <translation>KneeCare kan niet schrijven in de synchronisatiemap %1.</translation>
    </message>
    <message>
        <source>Other users of this computer can look into %1. KneeCare&apos;s own files there are for you only, but a folder only you can open is safer for health records.</source>
        <translation>Andere gebruikers van deze computer kunnen in %1 kijken. De eigen bestanden van KneeCare daar zijn alleen voor u, maar een map die alleen u kunt openen is veiliger voor gezondheidsgegevens.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The sync folder %1 failed: %2</source>
        <translation>De synchronisatiemap %1 gaf een fout: %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Share your history with your other computers through a folder your sync tool keeps in step.</source>
        <translation>Deel uw geschiedenis met uw andere computers via een map die uw synchronisatieprogramma gelijk houdt.</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a cloud drive keeps the same on each of your computers. KneeCare writes only its own journal files there, never the history itself.</source>
        <translation>Kies een map die Syncthing, Nextcloud, een netwerkmap of een clouddrive op al uw computers gelijk houdt. KneeCare schrijft daar alleen zijn eigen journaalbestanden, nooit de geschiedenis zelf.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Nog niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>S&amp;ync this computer&apos;s history</source>
        <translation>Geschiedenis van deze &amp;computer synchroniseren</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synchronisatiemap</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Naam van deze computer</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Naam van deze computer:</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Kies de synchronisatiemap</translation>
    </message>
    <message>
        <source>Please give the whole path of the folder.</source>
        <translation>Geef het volledige pad van de map op.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message numerus="yes">
        <source>read %n journal(s)</source>
        <translation>
            <numerusform>%n journaal gelezen</numerusform>
            <numerusform>%n journaals gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n nieuwe sessie</numerusform>
            <numerusform>%n nieuwe sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n verwijdering</numerusform>
            <numerusform>%n verwijderingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n record(s)</source>
        <translation>
            <numerusform>%n item geschreven</numerusform>
            <numerusform>%n items geschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety record(s)</source>
        <translation>
            <numerusform>%n veiligheidsitem</numerusform>
            <numerusform>%n veiligheidsitems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from a newer KneeCare left for later.</source>
        <translation>
            <numerusform>%n item van een nieuwere KneeCare bewaard voor later.</numerusform>
            <numerusform>%n items van een nieuwere KneeCare bewaard voor later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped (see the log).</source>
        <translation>
            <numerusform>%n beschadigde regel overgeslagen (zie het logbestand).</numerusform>
            <numerusform>%n beschadigde regels overgeslagen (zie het logbestand).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Left knee</source>
        <translation>Linkerknie</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechterknie</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkerbeen</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechterbeen</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Nu wisselen</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sessie voltooid</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sessie gestopt</translation>
    </message>
    <message>
        <source>Session ended for safety</source>
        <translation>Sessie beëindigd voor de veiligheid</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation>Sessie onderbroken</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session that reached its end, but with a pressing, moving or exercise step skipped.</extracomment>
        <translation>Stappen overgeslagen</translation>
    </message>
    <message>
        <source>Before the first knee</source>
        <translation>Vóór de eerste knie</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide benen</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · stap %2 van %3</translation>
    </message>
    <message>
        <source> · set %1 of %2</source>
        <translation> · reeks %1 van %2</translation>
    </message>
    <message>
        <source> · round %1 of %2</source>
        <translation> · ronde %1 van %2</translation>
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
        <translation>%1 van %2 stappen gedaan</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 overgeslagen</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Laatste stap</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>Volgende: %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation>Nog %1 in de sessie</translation>
    </message>
    <message>
        <source>↻  Small circles over BL40 · one every %1 s</source>
        <translation>↻  Kleine rondjes over BL40 · elke %1 s één</translation>
    </message>
    <message>
        <source>↕  Slow strokes up and down across the hollow · one every %1 s</source>
        <translation>↕  Langzaam op en neer strijken over de knieholte · elke %1 s één</translation>
    </message>
    <message>
        <source>Release in %1 s</source>
        <translation>Loslaten over %1 s</translation>
    </message>
    <message>
        <source>Hold still on BL40 · %1 s, then release</source>
        <translation>Stil vasthouden op BL40 · %1 s, dan loslaten</translation>
    </message>
    <message>
        <source>↓  Light strokes from the knee down the calf to the ankle</source>
        <translation>↓  Lichte streken van de knie over de kuit naar de enkel</translation>
    </message>
    <message>
        <source>Release: let the hollow rest</source>
        <translation>Loslaten: laat de knieholte rusten</translation>
    </message>
    <message>
        <source>BL40 · Weizhong sits in the middle of the crease</source>
        <translation>BL40 · Weizhong ligt midden in de plooi</translation>
    </message>
    <message>
        <source>Hold the stretch · %1 s, then release</source>
        <translation>Houd de rek vast · %1 s, dan loslaten</translation>
    </message>
    <message>
        <source>One every %1 s, smooth and steady</source>
        <translation>Elke %1 s één, soepel en gelijkmatig</translation>
    </message>
    <message>
        <source>Rest quietly; a soft chime marks the end</source>
        <translation>Rust rustig uit; een zacht belletje geeft het einde aan</translation>
    </message>
    <message>
        <source>Breathe in
through the nose · %1 s</source>
        <translation>Adem in
door de neus · %1 s</translation>
    </message>
    <message>
        <source>Breathe out
through the mouth · %1 s</source>
        <translation>Adem uit
door de mond · %1 s</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>You reported %1. Next time use a lighter touch; if it comes back, leave this point out and ask a health professional.</source>
        <translation>U meldde %1. Druk de volgende keer lichter; komt het terug, sla dit punt dan over en vraag een zorgverlener om raad.</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>scherpe pijn</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>gevoelloosheid</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>tintelingen</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Goed gedaan</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Pas goed op uzelf</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessie beëindigd</translation>
    </message>
    <message>
        <source>%1 in all, %2.</source>
        <translation>%1 in totaal, %2.</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Time for your knees</source>
        <translation>Tijd voor uw knieën</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Tijd om te bewegen</translation>
    </message>
    <message>
        <source>You have been still for a while. Stand up and walk for a few minutes, or press Start now for two minutes of calf raises.</source>
        <translation>U zit al een tijdje stil. Sta op en loop een paar minuten, of druk op ‘Nu starten’ voor twee minuten op de tenen staan.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Nu starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>KneeCare reminder</source>
        <translation>KneeCare-herinnering</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>ongeveer een minuut</translation>
    </message>
    <message>
        <source>%1: %2, sitting down. %3.</source>
        <translation>%1: %2, zittend. %3.</translation>
    </message>
    <message>
        <source>Here again, as you asked.</source>
        <translation>Hier ben ik weer, zoals u vroeg.</translation>
    </message>
    <message>
        <source>This one was due at %1, while the computer was asleep or off.</source>
        <translation>Deze was gepland om %1, terwijl de computer sliep of uit stond.</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Er loopt een sessie</translation>
    </message>
    <message>
        <source>A session is due (since %1)</source>
        <translation>Een sessie staat gepland (sinds %1)</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Volgende herinnering: %1</translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation>Geen herinneringen gepland</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) today</source>
        <translation>
            <numerusform>%1 van %n sessie vandaag</numerusform>
            <numerusform>%1 van %n sessies vandaag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>ongeveer %n minuut</numerusform>
            <numerusform>ongeveer %n minuten</numerusform>
        </translation>
    </message>
</context>
</TS>
