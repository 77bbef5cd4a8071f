<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>App</name>
    <message>
        <source>KneeCare cannot start: a program file is broken.</source>
        <translation>KneeCare non può avviarsi: un file del programma è danneggiato.</translation>
    </message>
    <message>
        <source>KneeCare cannot open your history, so it cannot start. The details say why.</source>
        <translation>KneeCare non riesce ad aprire la sua cronologia, quindi non può avviarsi. I dettagli spiegano perché.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of KneeCare. It has been left untouched: please update KneeCare.</source>
        <translation>La sua cronologia è stata scritta da una versione più recente di KneeCare. Non è stata toccata: aggiorni KneeCare.</translation>
    </message>
    <message>
        <source>Your history was damaged and no good backup of it was found. The damaged file was kept, and what could still be read from it was saved into a new history; the details say where and how much.</source>
        <translation>La sua cronologia era danneggiata e non è stato trovato un backup valido. Il file danneggiato è stato conservato, e ciò che si poteva ancora leggere è stato salvato in una nuova cronologia; i dettagli dicono dove e quanto.</translation>
    </message>
    <message>
        <source>Your history was damaged. KneeCare kept the damaged file, restored your newest good backup from the backups folder and added what could still be read from the damaged file. The details name the backup, the folder and how many sessions each gave.</source>
        <translation>La sua cronologia era danneggiata. KneeCare ha conservato il file danneggiato, ha ripristinato il backup valido più recente dalla cartella dei backup e ha aggiunto ciò che si poteva ancora leggere dal file danneggiato. I dettagli indicano il backup, la cartella e quante sessioni ha dato ciascuno.</translation>
    </message>
    <message>
        <source>Your history is in use by another program (a backup or sync tool, or a second reader). KneeCare will try again by itself and start as soon as it is free.</source>
        <translation>La sua cronologia è in uso da parte di un altro programma (uno strumento di backup o di sincronizzazione, o un secondo lettore). KneeCare riproverà da solo e si avvierà appena sarà libera.</translation>
    </message>
    <message>
        <source>Your history can only be read where it is (a read-only folder, file or drive). You can look at it and export it, but new sessions cannot be saved, so Start is off.</source>
        <translation>La sua cronologia si può solo leggere dove si trova (cartella, file o unità in sola lettura). Può consultarla ed esportarla, ma le nuove sessioni non possono essere salvate, quindi Avvia è disattivato.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so KneeCare is using its defaults. The file was kept, not overwritten; the details say where it is.</source>
        <translation>Non è stato possibile leggere il file delle impostazioni, quindi KneeCare usa i valori predefiniti. Il file è stato conservato, non sovrascritto; i dettagli dicono dove si trova.</translation>
    </message>
    <message>
        <source>KneeCare could not save this session to your history.</source>
        <translation>KneeCare non ha potuto salvare questa sessione nella cronologia.</translation>
    </message>
    <message>
        <source>KneeCare cannot check safely whether it is already running, so it does not start. The details say why and what to do.</source>
        <translation>KneeCare non può verificare in modo sicuro se è già in esecuzione, quindi non si avvia. I dettagli dicono perché e che cosa fare.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in KneeCare. Your history is kept as it was; the details say what happened, and the log file has them too.</source>
        <translation>In KneeCare si è verificato un errore imprevisto. La sua cronologia è rimasta com&apos;era; i dettagli dicono che cosa è successo, e li riporta anche il file di log.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Sessions cannot start: your history can only be read, so they could not be saved.</source>
        <translation>Le sessioni non possono iniziare: la cronologia si può solo leggere, quindi non potrebbero essere salvate.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Guida al respiro</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sounds and voice stopped working; the session goes on without them.</source>
        <translation>Suoni e voce hanno smesso di funzionare; la sessione continua senza.</translation>
    </message>
</context>
<context>
    <name>CueSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation>Suoni e voce</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Suoni</translation>
    </message>
    <message>
        <source>A chime at each new step</source>
        <translation>Un suono a ogni nuovo passo</translation>
    </message>
    <message>
        <source>A different chime when it is time for the other knee</source>
        <translation>Un suono diverso quando è il momento dell&apos;altro ginocchio</translation>
    </message>
    <message>
        <source>A chime when the session is done</source>
        <translation>Un suono alla fine della sessione</translation>
    </message>
    <message>
        <source>Breathing tones: rising to breathe in, falling to breathe out</source>
        <translation>Toni del respiro: salgono per inspirare, scendono per espirare</translation>
    </message>
    <message>
        <source>A soft tick for each circle, stroke or repetition</source>
        <translation>Un tic leggero per ogni cerchio, carezza o ripetizione</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Play a chime</source>
        <translation>Prova il suono</translation>
    </message>
    <message>
        <source>Plays the step chime at this volume</source>
        <translation>Riproduce il suono del passo a questo volume</translation>
    </message>
    <message>
        <source>KneeCare cannot play sounds here: no sound output was found when it started. Connect speakers or headphones and start KneeCare again to hear them.</source>
        <translation>KneeCare non può riprodurre suoni qui: all&apos;avvio non è stata trovata alcuna uscita audio. Colleghi altoparlanti o cuffie e riavvii KneeCare per sentirli.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>Leggi ad alta voce ogni passo</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Velocità della voce</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Più lenta</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Più veloce</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Prova la voce</translation>
    </message>
    <message>
        <source>Reads a sample sentence with this voice and speed</source>
        <translation>Legge una frase di prova con questa voce e velocità</translation>
    </message>
    <message>
        <source>The speech engine is starting…</source>
        <translation>Il motore vocale si sta avviando…</translation>
    </message>
    <message>
        <source>Steps cannot be read aloud on this computer. %1 The chimes still play.</source>
        <translation>I passi non possono essere letti ad alta voce su questo computer. %1 I suoni restano attivi.</translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>La voce predefinita del sistema</translation>
    </message>
    <message>
        <source>%1 (not available in this language)</source>
        <translation>%1 (non disponibile in questa lingua)</translation>
    </message>
    <message>
        <source>Sound and &amp;voice…</source>
        <translation>Suoni e &amp;voce…</translation>
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>tension</source>
        <translation>tensione</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolore</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>gonfiore</translation>
    </message>
    <message>
        <source>Sessions before 12:00</source>
        <translation>Sessioni prima delle 12:00</translation>
    </message>
    <message>
        <source>Sessions from 12:00</source>
        <translation>Sessioni dalle 12:00</translation>
    </message>
    <message>
        <source>%1 on average about the same after a session (80% interval %2 to %3)</source>
        <translation>%1: in media circa lo stesso valore dopo una sessione (intervallo all&apos;80% da %2 a %3)</translation>
    </message>
    <message>
        <source>%1 about the same (80% interval %2 to %3)</source>
        <translation>%1: circa lo stesso valore (intervallo all&apos;80% da %2 a %3)</translation>
    </message>
    <message>
        <source>%1 on average %2 points lower after a session (80% interval %3 to %4)</source>
        <translation>%1: in media %2 punti in meno dopo una sessione (intervallo all&apos;80% da %3 a %4)</translation>
    </message>
    <message>
        <source>%1 on average %2 points higher after a session (80% interval %3 to %4)</source>
        <translation>%1: in media %2 punti in più dopo una sessione (intervallo all&apos;80% da %3 a %4)</translation>
    </message>
    <message>
        <source>%1 %2 points lower (80% interval %3 to %4)</source>
        <translation>%1: %2 punti in meno (intervallo all&apos;80% da %3 a %4)</translation>
    </message>
    <message>
        <source>%1 %2 points higher (80% interval %3 to %4)</source>
        <translation>%1: %2 punti in più (intervallo all&apos;80% da %3 a %4)</translation>
    </message>
    <message>
        <source>From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would likely stay with more sessions like these. What you noticed, not proof that a program works.</source>
        <translation>Dalle sue valutazioni da 0 a 10, dopo meno prima. L&apos;intervallo all&apos;80% è dove probabilmente resterebbe la media con altre sessioni simili. È ciò che lei ha notato, non la prova che un programma funziona.</translation>
    </message>
    <message>
        <source>In your own ratings, tension drops most clearly after %1. Try it next?</source>
        <translation>Nelle sue valutazioni, la tensione cala più chiaramente dopo %1. Lo prova la prossima volta?</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n more session(s) of one program before and after, and this shows what seems to help you.</source>
        <translation>
            <numerusform>Valuti ancora %n sessione di uno stesso programma prima e dopo, e qui vedrà che cosa sembra aiutarla.</numerusform>
            <numerusform>Valuti ancora %n sessioni di uno stesso programma prima e dopo, e qui vedrà che cosa sembra aiutarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n session(s) rated before and after</source>
        <translation>
            <numerusform>%1: %2; %n sessione valutata prima e dopo</numerusform>
            <numerusform>%1: %2; %n sessioni valutate prima e dopo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Ankle pumps</source>
        <translation>Pompa della caviglia</translation>
    </message>
    <message>
        <source>Point the foot away, then pull the toes back towards the shin</source>
        <translation>Punti il piede in avanti, poi tiri le dita verso lo stinco</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Sollevamenti sulle punte</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet, then lower your heels again</source>
        <translation>Si alzi sulle punte dei piedi, poi riabbassi i talloni</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Allungamento del polpaccio</translation>
    </message>
    <message>
        <source>Lean towards a wall with one leg back, heel down</source>
        <translation>Si sporga verso un muro con una gamba indietro, tallone a terra</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Carezze al polpaccio</translation>
    </message>
    <message>
        <source>Light strokes from behind the knee down to the ankle</source>
        <translation>Carezze leggere da dietro il ginocchio fino alla caviglia</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Doccia alternata</translation>
    </message>
    <message>
        <source>Warm water, then cool, in turns, on both legs</source>
        <translation>Acqua calda, poi fresca, a turno, su entrambe le gambe</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Allungamento dei muscoli posteriori della coscia</translation>
    </message>
    <message>
        <source>Sit forward, one leg straight, heel down, lean from the hips</source>
        <translation>Sul bordo della sedia, una gamba tesa, tallone a terra, si pieghi dalle anche</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Gambe sollevate</translation>
    </message>
    <message>
        <source>Lie down with your feet resting higher than your heart</source>
        <translation>Si sdrai con i piedi appoggiati più in alto del cuore</translation>
    </message>
    <message>
        <source>Drawing: %1</source>
        <translation>Disegno: %1</translation>
    </message>
</context>
<context>
    <name>KnowHow</name>
    <message>
        <source>More for your legs</source>
        <translation>Altro per le sue gambe</translation>
    </message>
    <message>
        <source>Compression stockings</source>
        <translation>Calze a compressione</translation>
    </message>
    <message>
        <source>Firm, graduated stockings can help people whose legs swell again and again, or who have varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.</source>
        <translation>Calze compressive graduate possono aiutare chi ha le gambe che si gonfiano spesso o ha vene varicose: la loro stretta costante impedisce ai liquidi di ristagnare nella parte bassa delle gambe.</translation>
    </message>
    <message>
        <source>The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them with you.</source>
        <translation>Contano la giusta compressione e la misura giusta. Chieda a un medico, a un infermiere o al farmacista di sceglierle insieme a lei.</translation>
    </message>
    <message>
        <source>Move every hour</source>
        <translation>Si muova ogni ora</translation>
    </message>
    <message>
        <source>Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle pumps keeps the calf muscles working.</source>
        <translation>Stare seduti o in piedi fermi per ore fa ristagnare i liquidi nella parte bassa delle gambe. Si alzi e cammini per qualche minuto almeno una volta all&apos;ora. Quando non può lasciare il posto, una serie di pompe della caviglia tiene al lavoro i muscoli del polpaccio.</translation>
    </message>
    <message>
        <source>Regular walking, cycling or swimming builds up the calf muscle pump over time.</source>
        <translation>Camminare, andare in bicicletta o nuotare con regolarità rafforza nel tempo la pompa muscolare del polpaccio.</translation>
    </message>
    <message>
        <source>Water and salt</source>
        <translation>Acqua e sale</translation>
    </message>
    <message>
        <source>Drink enough water through the day. A lot of salt makes the body hold on to water, so going easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on the plate.</source>
        <translation>Beva abbastanza acqua durante la giornata. Molto sale fa trattenere acqua al corpo, quindi limitare i cibi salati può voler dire meno gonfiore. Pesce azzurro e verdure a foglia verde sono buoni da avere nel piatto.</translation>
    </message>
    <message>
        <source>A healthy weight</source>
        <translation>Un peso sano</translation>
    </message>
    <message>
        <source>Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving more helps with both.</source>
        <translation>Mantenere un peso sano alleggerisce il lavoro della circolazione nelle gambe; muoversi di più aiuta in entrambe le cose.</translation>
    </message>
    <message>
        <source>Smoking, blood pressure and blood sugar</source>
        <translation>Fumo, pressione e zucchero nel sangue</translation>
    </message>
    <message>
        <source>Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after your blood vessels, in the legs as everywhere else. Your doctor can help with all three.</source>
        <translation>Smettere di fumare e mantenere pressione e zucchero nel sangue nei valori sani protegge i vasi sanguigni, nelle gambe come altrove. Il suo medico può aiutarla in tutte e tre le cose.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando rivolgersi a un professionista</translation>
    </message>
    <message>
        <source>See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.</source>
        <translation>Si rivolga a un medico o a un infermiere se il gonfiore o il dolore a una gamba non passa, o continua a tornare.</translation>
    </message>
    <message>
        <source>Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly swollen or painful.</source>
        <translation>Si faccia aiutare presto, e non massaggi la gamba, se all&apos;improvviso diventa calda, arrossata, molto gonfia o dolente.</translation>
    </message>
    <message>
        <source>For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.</source>
        <translation>Per un gonfiore che dura, un terapista formato può offrire un linfodrenaggio o un massaggio profondo.</translation>
    </message>
    <message>
        <source>KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace advice from a health professional.</source>
        <translation>KneeCare è un compagno per la cura di sé. Non tratta né guarisce alcuna malattia, e non sostituisce il parere di un professionista sanitario.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;More for your legs</source>
        <translation>&amp;Altro per le sue gambe</translation>
    </message>
</context>
<context>
    <name>LegDiagram</name>
    <message>
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <source>Leg diagram</source>
        <translation>Schema delle gambe</translation>
    </message>
    <message>
        <source>Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Retro di entrambe le gambe, ginocchio sinistro evidenziato; BL40 (Weizhong) al centro della piega</translation>
    </message>
    <message>
        <source>Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Retro di entrambe le gambe, ginocchio destro evidenziato; BL40 (Weizhong) al centro della piega</translation>
    </message>
    <message>
        <source>Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Retro di entrambe le gambe, entrambe le ginocchia; BL40 (Weizhong) al centro della piega</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sharp pain</source>
        <translation>Dolore acuto</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Intorpidimento</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Formicolio</translation>
    </message>
    <message>
        <source>It hurts / numb / tingling  (!)</source>
        <translation>Dolore / intorpidimento / formicolio  (!)</translation>
    </message>
    <message>
        <source>Continue &amp;gently</source>
        <translation>Continua con &amp;delicatezza</translation>
    </message>
    <message>
        <source>Go on with a lighter touch</source>
        <translation>Prosegua con un tocco più leggero</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Termina sessione</translation>
    </message>
    <message>
        <source>End the session now, for safety</source>
        <translation>Termina la sessione ora, per sicurezza</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Avvia, metti in pausa o riprendi (Spazio)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Passa al passo successivo (Freccia destra)</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Ferma la sessione (Esc)</translation>
    </message>
    <message>
        <source>Sharp pain, numbness or tingling: pause now (! or Ctrl+H)</source>
        <translation>Dolore acuto, intorpidimento o formicolio: pausa subito (! o Ctrl+H)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Avvia sessione</translation>
    </message>
    <message>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Avvia, metti in pausa o riprendi la sessione (Spazio)</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Salta passo</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Vai al passo successivo (Freccia destra)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Ferma sessione</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Termina la sessione (Esc)</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling</source>
        <translation>Dolore, intorpidimento o formicolio</translation>
    </message>
    <message>
        <source>Pauses the session at once and asks what you feel (! or Ctrl+H)</source>
        <translation>Mette subito in pausa la sessione e chiede che cosa sente (! o Ctrl+H)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Avvia, metti in pausa o riprendi la sessione</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Passa al passo successivo</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Ferma la sessione</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling: pause now</source>
        <translation>Dolore, intorpidimento o formicolio: pausa subito</translation>
    </message>
    <message>
        <source>This session cannot start: %1.</source>
        <translation>Questa sessione non può iniziare: %1.</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Segnalato: %1</translation>
    </message>
    <message>
        <source>Pause session</source>
        <translation>Metti in pausa la sessione</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>Riprendi la sessione</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Esporta cronologia…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Importa cronologia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translation>Alto &amp;contrasto</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>Riduci &amp;movimento</translation>
    </message>
    <message>
        <source>A still marker and words instead of moving pictures</source>
        <translation>Un segno fermo e parole al posto delle immagini in movimento</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>The new language shows from KneeCare&apos;s next start.</source>
        <translation>La nuova lingua compare dal prossimo avvio di KneeCare.</translation>
    </message>
    <message>
        <source>&amp;About safety</source>
        <translation>Note sulla &amp;sicurezza</translation>
    </message>
    <message>
        <source>My situation &amp;changed…</source>
        <translation>La mia situazione è &amp;cambiata…</translation>
    </message>
    <message>
        <source>Answer the safety questions again</source>
        <translation>Rispondi di nuovo alle domande di sicurezza</translation>
    </message>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Chiedimi delle gambe prima di ogni sessione</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Sicurezza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Note sulla sicurezza</translation>
    </message>
    <message>
        <source>When not to do this, and when to see a health professional (F1)</source>
        <translation>Quando non farlo e quando rivolgersi a un professionista sanitario (F1)</translation>
    </message>
    <message>
        <source>Repeat the safety &amp;questions</source>
        <translation>Ripeti le &amp;domande di sicurezza</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Entrambe le ginocchia</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Ginocchio sinistro</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Ginocchio destro</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>La sequenza da seguire</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Ginocchia</translation>
    </message>
    <message>
        <source>Work both knees, or only the left or the right one</source>
        <translation>Lavori su entrambe le ginocchia, o solo sulla sinistra o sulla destra</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of movement per knee</source>
        <translation>Minuti di movimento per ginocchio</translation>
    </message>
    <message>
        <source>&amp;Warm compress first</source>
        <translation>Prima un impacco &amp;caldo</translation>
    </message>
    <message>
        <source>Warm compress first</source>
        <translation>Prima un impacco caldo</translation>
    </message>
    <message>
        <source>Rest a warm compress behind the knees before the session starts</source>
        <translation>Appoggi un impacco caldo dietro le ginocchia prima che inizi la sessione</translation>
    </message>
    <message>
        <source>Minutes of warm compress</source>
        <translation>Minuti di impacco caldo</translation>
    </message>
    <message>
        <source>1 or 2 minutes, before the first knee</source>
        <translation>1 o 2 minuti, prima del primo ginocchio</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nient&apos;altro</translation>
    </message>
    <message>
        <source>Finish with</source>
        <translation>Per finire</translation>
    </message>
    <message>
        <source>A routine to do right after the knee session</source>
        <translation>Una sequenza da fare subito dopo la sessione per le ginocchia</translation>
    </message>
    <message>
        <source>Minutes with legs raised</source>
        <translation>Minuti con le gambe sollevate</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>&amp;Knees</source>
        <translation>&amp;Ginocchia</translation>
    </message>
    <message>
        <source>&amp;Movement per knee</source>
        <translation>&amp;Movimento per ginocchio</translation>
    </message>
    <message>
        <source>&amp;Finish with</source>
        <translation>Per &amp;finire</translation>
    </message>
    <message>
        <source>Legs &amp;raised for</source>
        <translation>Gambe &amp;sollevate per</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Usalo</translation>
    </message>
    <message>
        <source>No, &amp;thanks</source>
        <translation>No, &amp;grazie</translation>
    </message>
    <message>
        <source>Do not suggest a program again</source>
        <translation>Non suggerire più un programma</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)</source>
        <translation>Da %1 a %2 minuti, a mezzi minuti (da 2 a 5 minuti per ginocchio in tutto)</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in whole minutes</source>
        <translation>Da %1 a %2 minuti, a minuti interi</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usalo</translation>
    </message>
    <message>
        <source>Choose %1 for your next session</source>
        <translation>Scegli %1 per la prossima sessione</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Ogni %n giorno</numerusform>
            <numerusform>Ogni %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>Si&amp;ncronizza…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>&amp;Tension</source>
        <translation>&amp;Tensione</translation>
    </message>
    <message>
        <source>how tight the back of the knee feels</source>
        <translation>quanto è tesa la parte dietro il ginocchio</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Dolore</translation>
    </message>
    <message>
        <source>any ache or soreness</source>
        <translation>qualsiasi dolore o indolenzimento</translation>
    </message>
    <message>
        <source>&amp;Swelling</source>
        <translation>&amp;Gonfiore</translation>
    </message>
    <message>
        <source>any puffiness around the knee</source>
        <translation>qualsiasi gonfiore intorno al ginocchio</translation>
    </message>
    <message>
        <source>Rate your knees</source>
        <translation>Valuti le sue ginocchia</translation>
    </message>
    <message>
        <source>How do your knees feel before the session?</source>
        <translation>Come sente le ginocchia prima della sessione?</translation>
    </message>
    <message>
        <source>And after the session?</source>
        <translation>E dopo la sessione?</translation>
    </message>
    <message>
        <source>Rate what you feel, 0 for none and 10 for the most you can imagine. A slider you leave alone is simply not rated.</source>
        <translation>Valuti ciò che sente, 0 per niente e 10 per il massimo che può immaginare. Un cursore che non tocca semplicemente non viene valutato.</translation>
    </message>
    <message>
        <source>A note, if you like (optional)</source>
        <translation>Una nota, se vuole (facoltativa)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>Non chiedermelo più</translation>
    </message>
    <message>
        <source>You can turn ratings back on in the History window.</source>
        <translation>Può riattivare le valutazioni nella finestra Cronologia.</translation>
    </message>
    <message>
        <source>%1, 0 none to 10 the most</source>
        <translation>%1, da 0 niente a 10 il massimo</translation>
    </message>
    <message>
        <source>not rated (before: %1)</source>
        <translation>non valutato (prima: %1)</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Salta  (Esc)</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Salva e avvia</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation>(prima: %1)</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a session</source>
        <translation>&amp;Ricordami di fare una sessione</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Recovery after heavy exercise</source>
        <translation>Recupero dopo uno sforzo intenso</translation>
    </message>
    <message>
        <source>Start KneeCare in the tray when I log in</source>
        <translation>Avvia KneeCare nell&apos;area di notifica all&apos;accesso</translation>
    </message>
    <message>
        <source>I&apos;m in a &amp;meeting: remind me in %1 min</source>
        <translation>Sono in &amp;riunione: ricordamelo tra %1 min</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> al giorno</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Obiettivo giornaliero</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Obiettivo giornaliero</translation>
    </message>
    <message>
        <source>Skip a reminder when today&apos;s goal is already met</source>
        <translation>Salta un promemoria se l&apos;obiettivo di oggi è già raggiunto</translation>
    </message>
    <message>
        <source>Count routines (stretches, ankle pumps…) towards the goal</source>
        <translation>Conta le sequenze (allungamenti, pompe della caviglia…) per l&apos;obiettivo</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ore di silenzio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Durata del rinvio</translation>
    </message>
    <message>
        <source>&amp;Snooze for</source>
        <translation>Ri&amp;manda di</translation>
    </message>
    <message>
        <source>Use reminder time %1</source>
        <translation>Usa l&apos;orario di promemoria %1</translation>
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation>Orario di promemoria %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dalle</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inizio delle ore di silenzio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fine delle ore di silenzio</translation>
    </message>
    <message>
        <source>Recovery reminders a day</source>
        <translation>Promemoria di recupero al giorno</translation>
    </message>
    <message>
        <source>Recovery days</source>
        <translation>Giorni di recupero</translation>
    </message>
    <message>
        <source>for</source>
        <translation>per</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Ricorda</translation>
    </message>
    <message>
        <source>Remind me to stand up and &amp;move every hour, from</source>
        <translation>Ricordami di alzarmi e &amp;muovermi ogni ora, dalle</translation>
    </message>
    <message>
        <source>Movement nudges from</source>
        <translation>Inviti a muoversi dalle</translation>
    </message>
    <message>
        <source>Movement nudges until</source>
        <translation>Inviti a muoversi fino alle</translation>
    </message>
    <message>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>These reminders cannot work yet: %1.</source>
        <translation>Questi promemoria non possono ancora funzionare: %1.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A weekday, day and month as QLocale writes them (QDate format), e.g. &quot;Sunday 29 November&quot;.</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>On until %1, then back to your usual reminders by itself. Reminders at %2.</source>
        <translation>Attivo fino a %1, poi torna da solo ai promemoria abituali. Promemoria alle %2.</translation>
    </message>
    <message>
        <source>End recovery reminders now</source>
        <translation>Termina ora i promemoria di recupero</translation>
    </message>
    <message>
        <source>For a few days after heavy exercise: reminders at %1, then back to your usual ones.</source>
        <translation>Per qualche giorno dopo uno sforzo intenso: promemoria alle %1, poi di nuovo quelli abituali.</translation>
    </message>
    <message>
        <source>Start recovery reminders today</source>
        <translation>Avvia oggi i promemoria di recupero</translation>
    </message>
    <message numerus="yes">
        <source>Fine: the next reminder comes in %n minute(s).</source>
        <translation>
            <numerusform>Va bene: il prossimo promemoria arriva tra %n minuto.</numerusform>
            <numerusform>Va bene: il prossimo promemoria arriva tra %n minuti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>stopped early by the person</source>
        <translation>fermata prima dalla persona</translation>
    </message>
    <message>
        <source>ended for safety</source>
        <translation>terminata per sicurezza</translation>
    </message>
    <message>
        <source>interrupted (the app was closed)</source>
        <translation>interrotta (l&apos;app è stata chiusa)</translation>
    </message>
    <message>
        <source>a hands-on step skipped</source>
        <translation>saltato un passo manuale</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensione</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolore</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Gonfiore</translation>
    </message>
    <message>
        <source>settling in</source>
        <translation>sistemazione</translation>
    </message>
    <message>
        <source>warm compress</source>
        <translation>impacco caldo</translation>
    </message>
    <message>
        <source>finding the point</source>
        <translation>ricerca del punto</translation>
    </message>
    <message>
        <source>steady pressure</source>
        <translation>pressione costante</translation>
    </message>
    <message>
        <source>circles or strokes</source>
        <translation>cerchi o carezze</translation>
    </message>
    <message>
        <source>holding the point</source>
        <translation>tenuta del punto</translation>
    </message>
    <message>
        <source>calf strokes</source>
        <translation>carezze al polpaccio</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>ripetizioni</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>allungamento</translation>
    </message>
    <message>
        <source>legs raised</source>
        <translation>gambe sollevate</translation>
    </message>
    <message>
        <source>warm and cool water</source>
        <translation>acqua calda e fresca</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>ginocchio sinistro</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>ginocchio destro</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>dolore acuto</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>intorpidimento</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>formicolio</translation>
    </message>
    <message>
        <source>session ended for safety</source>
        <translation>sessione terminata per sicurezza</translation>
    </message>
    <message>
        <source>no reason given not to do the sessions</source>
        <translation>nessun motivo indicato per non fare le sessioni</translation>
    </message>
    <message>
        <source>pregnant; a healthcare provider agreed to the sessions</source>
        <translation>incinta; un operatore sanitario ha approvato le sessioni</translation>
    </message>
    <message>
        <source>pregnant; sessions held until a healthcare provider agrees</source>
        <translation>incinta; sessioni sospese finché un operatore sanitario non le approva</translation>
    </message>
    <message>
        <source>sessions on hold because of a yes</source>
        <translation>sessioni sospese per via di un sì</translation>
    </message>
    <message>
        <source>not every question answered</source>
        <translation>non tutte le domande hanno una risposta</translation>
    </message>
    <message>
        <source>the person said the leg was back to normal</source>
        <translation>la persona ha detto che la gamba era tornata normale</translation>
    </message>
    <message>
        <source>the person said a health professional cleared it</source>
        <translation>la persona ha detto che un professionista sanitario ha dato il via libera</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Self-care log from KneeCare</source>
        <translation>Diario di cura di sé da KneeCare</translation>
    </message>
    <message>
        <source>Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are self-care and are not offered as a treatment.</source>
        <translation>Diario compilato dalla persona stessa con l&apos;app KneeCare; non è una diagnosi. Le sessioni sono cura di sé e non sono proposte come terapia.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>completed sessions a day, week&apos;s average</source>
        <translation>sessioni completate al giorno, media della settimana</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>obiettivo giornaliero</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 prima</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 dopo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Creato il</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.</source>
        <translation>Digitopressione guidata fatta da sé dietro le ginocchia (punto BL40, Weizhong), come l&apos;ha registrata la persona.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Time on each knee: left %1 min, right %2 min.</source>
        <translation>Tempo per ginocchio: sinistro %1 min, destro %2 min.</translation>
    </message>
    <message>
        <source>knee points</source>
        <translation>punti del ginocchio</translation>
    </message>
    <message>
        <source>leg routine</source>
        <translation>sequenza per le gambe</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Che cosa è stato fatto</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Come è andata</translation>
    </message>
    <message>
        <source>No session was rated both before and after.</source>
        <translation>Nessuna sessione è stata valutata sia prima sia dopo.</translation>
    </message>
    <message>
        <source>0-10, 10 worst</source>
        <translation>0-10, 10 il peggio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Sessions rated</source>
        <translation>Sessioni valutate</translation>
    </message>
    <message>
        <source>Averages of the ratings given just before and just after a session, over the sessions rated both times.</source>
        <translation>Medie delle valutazioni date subito prima e subito dopo una sessione, sulle sessioni valutate entrambe le volte.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Che cosa sembra aiutare</translation>
    </message>
    <message>
        <source>Not enough rated sessions yet: each line needs at least 5.</source>
        <translation>Non ci sono ancora abbastanza sessioni valutate: ogni riga ne richiede almeno 5.</translation>
    </message>
    <message>
        <source>Average change in the person&apos;s own 0-10 ratings after a session (below 0: lower after), with an 80% interval of that average. An observation, not evidence of an effect.</source>
        <translation>Variazione media delle valutazioni 0-10 della persona dopo una sessione (sotto 0: più bassa dopo), con un intervallo all&apos;80% di quella media. Un&apos;osservazione, non una prova di efficacia.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>No safety screening recorded.</source>
        <translation>Nessuna verifica di sicurezza registrata.</translation>
    </message>
    <message>
        <source>Latest safety screening: %1. Result: %2.</source>
        <translation>Ultima verifica di sicurezza: %1. Risultato: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>Red flags, all-clears and safety stops in the period</source>
        <translation>Segnali d&apos;allarme, via libera e arresti di sicurezza nel periodo</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuno.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when this report was made.</source>
        <translation>La domanda quotidiana prima di ogni sessione (una gamba è gonfia, calda, arrossata o dolente?) era %1 quando è stato creato questo rapporto.</translation>
    </message>
    <message>
        <source>Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.</source>
        <translation>Risposta sì alla domanda quotidiana (una gamba gonfia, calda, arrossata o dolente); sessioni sospese.</translation>
    </message>
    <message>
        <source>Hold ended: %1.</source>
        <translation>Sospensione terminata: %1.</translation>
    </message>
    <message>
        <source>In a session of %1: %2</source>
        <translation>In una sessione di %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>Dal %1 al %2 (%n giorno)</numerusform>
            <numerusform>Dal %1 al %2 (%n giorni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 completed. Ended early: %2.</source>
        <translation>
            <numerusform>%n sessione. Completate: %1. Terminate prima: %2.</numerusform>
            <numerusform>%n sessioni. Completate: %1. Terminate prima: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal: %n completed session(s) a day; reached on average %1 a day.</source>
        <translation>
            <numerusform>Obiettivo giornaliero: %n sessione completata al giorno; media raggiunta: %1 al giorno.</numerusform>
            <numerusform>Obiettivo giornaliero: %n sessioni completate al giorno; media raggiunta: %1 al giorno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a health professional</source>
        <translation>Rapporto per un professionista sanitario</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>&amp;Remember this name</source>
        <translation>&amp;Ricorda questo nome</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Nome sul rapporto:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salva PDF…</translation>
    </message>
    <message>
        <source>The first day comes after the last day. Please swap them.</source>
        <translation>Il primo giorno viene dopo l&apos;ultimo. Li scambi, per favore.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salva il rapporto</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No session was recorded in this period, so there is nothing to report.</source>
        <translation>In questo periodo non è stata registrata alcuna sessione, quindi non c&apos;è niente da riportare.</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>Non è stato possibile salvare il rapporto lì: %1</translation>
    </message>
    <message>
        <source>Report for a &amp;health professional…</source>
        <translation>Rapporto per un &amp;professionista sanitario…</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety questions · %1</source>
        <translation>Domande di sicurezza · %1</translation>
    </message>
    <message>
        <source>They ask about:</source>
        <translation>Riguardano:</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Non ora</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Inizia</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Domande di sicurezza</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Indie&amp;tro</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Sessions are on hold for now</source>
        <translation>Per ora le sessioni sono sospese</translation>
    </message>
    <message>
        <source>Your answers show something that makes pressing behind the knee unwise at the moment, so KneeCare will not start a session.</source>
        <translation>Dalle sue risposte emerge qualcosa che al momento rende sconsigliabile premere dietro il ginocchio, quindi KneeCare non avvierà una sessione.</translation>
    </message>
    <message>
        <source>If an answer was a mistake, or things have changed, you can review your answers.</source>
        <translation>Se una risposta era sbagliata, o se qualcosa è cambiato, può rivedere le sue risposte.</translation>
    </message>
    <message>
        <source>About &amp;safety</source>
        <translation>Note sulla &amp;sicurezza</translation>
    </message>
    <message>
        <source>&amp;Review my answers</source>
        <translation>&amp;Rivedi le risposte</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Check with your healthcare provider first</source>
        <translation>Prima chieda al suo operatore sanitario</translation>
    </message>
    <message>
        <source>Tick the box once your provider has agreed; then Continue is available.</source>
        <translation>Spunti la casella quando l&apos;operatore sanitario ha dato il suo consenso; allora potrà scegliere Continua.</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>Non &amp;ancora</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>Prima spunti la casella qui sopra</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Le sessioni sono sospese</translation>
    </message>
    <message>
        <source>You said a leg is swollen, warm, red or painful.</source>
        <translation>Ha detto che una gamba è gonfia, calda, arrossata o dolente.</translation>
    </message>
    <message>
        <source>Sessions stay on hold</source>
        <translation>Le sessioni restano sospese</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Grazie</translation>
    </message>
    <message>
        <source>Nothing in your answers stops you from using KneeCare. Press Start when you are ready; a quick question about your legs comes first.</source>
        <translation>Nelle sue risposte non c&apos;è nulla che le impedisca di usare KneeCare. Prema Avvia quando vuole; prima arriva una breve domanda sulle sue gambe.</translation>
    </message>
    <message>
        <source>If your health changes, choose Safety &gt; My situation changed, and the questions are asked again.</source>
        <translation>Se la sua salute cambia, scelga Sicurezza &gt; La mia situazione è cambiata, e le domande le verranno poste di nuovo.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Domanda %1 di %2</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Chiedimi delle gambe prima di ogni sessione</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on until %1)</source>
        <translation>Chiedimi delle gambe prima di ogni sessione (sempre attivo fino al %1)</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on in your first week)</source>
        <translation>Chiedimi delle gambe prima di ogni sessione (sempre attivo nella prima settimana)</translation>
    </message>
    <message>
        <source>You turned this question off; after a recent leg problem or a report of pain, numbness or tingling it is asked again until %1.</source>
        <translation>Ha disattivato questa domanda; dopo un recente problema a una gamba o una segnalazione di dolore, intorpidimento o formicolio, viene posta di nuovo fino al %1.</translation>
    </message>
    <message>
        <source>This question is always asked before your first session.</source>
        <translation>Questa domanda viene sempre posta prima della sua prima sessione.</translation>
    </message>
    <message>
        <source>You turned this question off; it is still asked in your first week, until %1.</source>
        <translation>Ha disattivato questa domanda; viene comunque posta nella prima settimana, fino al %1.</translation>
    </message>
    <message>
        <source>KneeCare could not save your answer (%1). It counts for now, but you may be asked again next time.</source>
        <translation>KneeCare non ha potuto salvare la sua risposta (%1). Per ora vale, ma la prossima volta la domanda potrebbe esserle posta di nuovo.</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <source>I have read this, and it does not apply to me</source>
        <translation>Ho letto questa nota e non riguarda il mio caso</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>Prima di iniziare: %1</translation>
    </message>
    <message>
        <source>Safety note for %1</source>
        <translation>Nota di sicurezza: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>About safety · %1</source>
        <translation>Note sulla sicurezza · %1</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Note sulla sicurezza</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The backs of your legs, seen from behind</source>
        <translation>Il retro delle sue gambe, visto da dietro</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Ripetizione</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiro</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dove si trova</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Che cosa fare</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>Che cosa fanno le mani</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Poi</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Tempo rimasto nella sessione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Si comincia quando vuole</translation>
    </message>
    <message>
        <source>%1 Press Start or Space to begin.</source>
        <translation>%1 Prema Avvia o Spazio per iniziare.</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>in tutto</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Prima: %1</translation>
    </message>
    <message>
        <source>left in this step</source>
        <translation>rimasti in questo passo</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>In pausa. Prema Spazio per continuare.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>Press Start or Space for another session.</source>
        <translation>Prema Avvia o Spazio per un&apos;altra sessione.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Open the %1 menu</source>
        <translation>Apri il menu %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Tab moves between controls; Space or Enter presses the one with the focus.</source>
        <translation>Tab passa da un controllo all&apos;altro; Spazio o Invio preme quello selezionato.</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation>Ogni riga: i tasti, poi che cosa fanno</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Che cosa fanno</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Scorciatoie da tastiera…</translation>
    </message>
    <message>
        <source>Every key KneeCare answers</source>
        <translation>Tutti i tasti a cui KneeCare risponde</translation>
    </message>
</context>
<context>
    <name>TrayCompanion</name>
    <message>
        <source>No tray here: closing this window quits KneeCare. Reminders come as notifications.</source>
        <translation>Qui non c&apos;è un&apos;area di notifica: chiudere questa finestra chiude KneeCare. I promemoria arrivano come notifiche.</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Promemoria…</translation>
    </message>
    <message>
        <source>KneeCare could not change how it starts at login: %1</source>
        <translation>KneeCare non ha potuto cambiare il modo in cui si avvia all&apos;accesso: %1</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>La sua sessione</translation>
    </message>
    <message>
        <source>KneeCare is still here</source>
        <translation>KneeCare è ancora qui</translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.</source>
        <translation>Resta attivo nell&apos;area di notifica per ricordarle le sessioni. Per uscire, scelga Esci nel menu dell&apos;area di notifica.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>For 30 minutes</source>
        <translation>Per 30 minuti</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>Start session (%1)</source>
        <translation>Avvia sessione (%1)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Avvia sessione</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <source>Open KneeCare</source>
        <translation>Apri KneeCare</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Note sulla sicurezza</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Promemoria…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>This is how KneeCare will read each step to you.</source>
        <translation>Ecco come KneeCare le leggerà ogni passo.</translation>
    </message>
    <message>
        <source>Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.</source>
        <translation>Installi speech-dispatcher (e una voce come espeak-ng) per sentire i passi letti ad alta voce.</translation>
    </message>
    <message>
        <source>Your system&apos;s speech service did not answer.</source>
        <translation>Il servizio vocale del sistema non ha risposto.</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>Il motore vocale ha smesso di funzionare.</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Non è installato alcun motore vocale.</translation>
    </message>
    <message>
        <source>The speech engine “%1” could not start.</source>
        <translation>Il motore vocale «%1» non ha potuto avviarsi.</translation>
    </message>
    <message>
        <source>No speech voice for %1 is installed on this computer, so KneeCare plays the chimes only and does not read the steps aloud. Install a voice for %1 to hear them.</source>
        <translation>Su questo computer non è installata nessuna voce sintetica per %1, quindi KneeCare riproduce solo i segnali acustici e non legge i passi ad alta voce. Installi una voce per %1 per sentirli.</translation>
    </message>
    <message>
        <source>The speech engine “%1” did not answer.</source>
        <translation>Il motore vocale «%1» non ha risposto.</translation>
    </message>
    <message>
        <source>The speech helper stopped (exit code %1).</source>
        <translation>L&apos;assistente vocale si è fermato (codice di uscita %1).</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Showing %1</source>
        <extracomment>Read by screen readers after the chart&apos;s summary: %1 is the value picked (e.g. &quot;Thu 26 Nov: 2 sessions completed&quot;).</extracomment>
        <translation>Selezionato: %1</translation>
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
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time</source>
        <translation>%1 non è un orario ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 non è un oggetto JSON</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, campo &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>%1 is not a non-empty text</source>
        <translation>%1 non è un testo non vuoto</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 non è uno tra %2</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds (0 or more)</source>
        <translation>%1 non è un numero di secondi (0 o più)</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 non è un numero intero da %2 a %3</translation>
    </message>
    <message>
        <source>%1 has no UTC offset (like +01:00)</source>
        <translation>%1 non ha uno scarto da UTC (come +01:00)</translation>
    </message>
    <message>
        <source>%1 is not a time from the year %2 to %3</source>
        <translation>%1 non è un orario tra l&apos;anno %2 e il %3</translation>
    </message>
    <message>
        <source>%1 is not a value KneeCare knows</source>
        <translation>%1 non è un valore che KneeCare conosce</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>non è una lista</translation>
    </message>
    <message>
        <source>is not an object with &apos;before&apos; and &apos;after&apos;</source>
        <translation>non è un oggetto con &apos;before&apos; e &apos;after&apos;</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 non è un testo</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>voce %1</translation>
    </message>
    <message>
        <source>entry %1 (started %2)</source>
        <translation>voce %1 (iniziata %2)</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>è prima di started_at</translation>
    </message>
    <message>
        <source>two phases have the same index</source>
        <translation>due fasi hanno lo stesso indice</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most KneeCare imports</source>
        <translation>il file supera %1 MiB, il massimo che KneeCare importa</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>il file non è un JSON valido (riga %1, colonna %2: %3)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a KneeCare export</source>
        <translation>il file è annidato troppo in profondità per essere un&apos;esportazione di KneeCare</translation>
    </message>
    <message>
        <source>the file holds a value KneeCare cannot read: %1</source>
        <translation>il file contiene un valore che KneeCare non sa leggere: %1</translation>
    </message>
    <message>
        <source>the file does not hold a list of sessions (a KneeCare JSON export)</source>
        <translation>il file non contiene un elenco di sessioni (un&apos;esportazione JSON di KneeCare)</translation>
    </message>
    <message>
        <source>entries %1 and %2 are the same session (uid %3)</source>
        <translation>le voci %1 e %2 sono la stessa sessione (uid %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n sessione aggiunta</numerusform>
            <numerusform>%n sessioni aggiunte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were already in your history.</source>
        <translation>
            <numerusform>%1; %n era già nella sua cronologia.</numerusform>
            <numerusform>%1; %n erano già nella sua cronologia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>KneeCare had a problem with your history just now. The details say what happened and what KneeCare did about it.</source>
        <translation>KneeCare ha appena avuto un problema con la sua cronologia. I dettagli dicono che cosa è successo e che cosa ha fatto KneeCare.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 giorni</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 giorni</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Fermata prima</translation>
    </message>
    <message>
        <source>Ended for safety</source>
        <translation>Terminata per sicurezza</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrotta</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session gone through to its end with a pressing, moving or exercise step skipped (not done).</extracomment>
        <translation>Passi saltati</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>The Knees column of the sessions table.</extracomment>
        <translation>Sinistro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destro</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Entrambe</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>ginocchio sinistro</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>ginocchio destro</translation>
    </message>
    <message>
        <source>both knees</source>
        <translation>entrambe le ginocchia</translation>
    </message>
    <message>
        <source>settling in</source>
        <extracomment>What the person was doing: fills %3 of &quot;Reported %1 at %2, during %3&quot; (with the preposition needed).</extracomment>
        <translation>la sistemazione</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>il riscaldamento</translation>
    </message>
    <message>
        <source>finding the hollow</source>
        <translation>la ricerca dell&apos;incavo</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>la pressione</translation>
    </message>
    <message>
        <source>the movement</source>
        <translation>il movimento</translation>
    </message>
    <message>
        <source>a hold</source>
        <translation>una tenuta</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>la conclusione</translation>
    </message>
    <message>
        <source>the repetitions</source>
        <translation>le ripetizioni</translation>
    </message>
    <message>
        <source>a stretch</source>
        <translation>un allungamento</translation>
    </message>
    <message>
        <source>a rest</source>
        <translation>una pausa</translation>
    </message>
    <message>
        <source>the intervals</source>
        <translation>gli intervalli</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolore</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>intorpidimento</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>formicolio</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>tensione</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>gonfiore</translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word the person types to delete everything (in capitals).</extracomment>
        <translation>ELIMINA</translation>
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
        <translation>%1: nessuna sessione</translation>
    </message>
    <message>
        <source>, %1 ended early</source>
        <translation>, %1 terminate prima</translation>
    </message>
    <message>
        <source> (goal met)</source>
        <translation> (obiettivo raggiunto)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>settimana del %1</translation>
    </message>
    <message>
        <source>Rate how your knees feel before and after a session to see here how they compare.</source>
        <translation>Valuti come si sentono le sue ginocchia prima e dopo una sessione per vedere qui il confronto.</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points after a session</source>
        <translation>la sua valutazione di %1 è scesa di %2 punti dopo una sessione</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points</source>
        <translation>la sua valutazione di %1 è scesa di %2 punti</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points after a session</source>
        <translation>la sua valutazione di %1 è salita di %2 punti dopo una sessione</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points</source>
        <translation>la sua valutazione di %1 è salita di %2 punti</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same after a session</source>
        <translation>la sua valutazione di %1 è rimasta più o meno uguale dopo una sessione</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same</source>
        <translation>la sua valutazione di %1 è rimasta più o meno uguale</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the measures: &quot;A, B and C&quot;.</extracomment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Ginocchia</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Tempo svolto</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Come è finita</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day was met on %5 of %6 days.</source>
        <translation>Sessioni al giorno negli ultimi %1: %2 completate, %3 terminate prima; l&apos;obiettivo di %4 al giorno è stato raggiunto in %5 giorni su %6.</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.</source>
        <translation>Sessioni al giorno negli ultimi %1: %2 completate; l&apos;obiettivo di %3 al giorno è stato raggiunto in %4 giorni su %5.</translation>
    </message>
    <message>
        <source>Minutes per week, last %1 weeks: %2 in all.</source>
        <translation>Minuti a settimana, ultime %1 settimane: %2 in tutto.</translation>
    </message>
    <message>
        <source>%1: %2 before %3, after %4</source>
        <extracomment>%1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.</extracomment>
        <translation>%1: %2 prima %3, dopo %4</translation>
    </message>
    <message>
        <source>%1 rating, 0 to 10, mean before and after sessions, last %2.</source>
        <translation>Valutazione di %1, da 0 a 10, media prima e dopo le sessioni, ultimi %2.</translation>
    </message>
    <message>
        <source> Overall %1 before, %2 after.</source>
        <translation> In tutto %1 prima, %2 dopo.</translation>
    </message>
    <message>
        <source>Deleted the session of %1, %2.</source>
        <translation>Eliminata la sessione del %1, %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Passi: %1 di %2 fatti</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 saltati</translation>
    </message>
    <message>
        <source>Reported %1 at %2, during %3</source>
        <extracomment>%1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of &quot;settling in&quot;, &quot;pressing&quot;, ...).</extracomment>
        <translation>Segnalato %1 dopo %2, durante %3</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>nessun valore</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — «%1»</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Tutte le sessioni</translation>
    </message>
    <message>
        <source>Knee sessions</source>
        <translation>Sessioni per le ginocchia</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Sequenze</translation>
    </message>
    <message>
        <source>Tension · pain · swelling, 0 to 10 (– not rated)</source>
        <translation>Tensione · dolore · gonfiore, da 0 a 10 (– non valutato)</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (su %2)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sessioni al giorno</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuti a settimana</translation>
    </message>
    <message>
        <source>How your knees felt, before and after</source>
        <translation>Come stavano le ginocchia, prima e dopo</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Mostra gli ultimi %1</translation>
    </message>
    <message>
        <source>sessions today</source>
        <translation>sessioni oggi</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>serie attuale</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>serie migliore</translation>
    </message>
    <message>
        <source>days the goal was met</source>
        <translation>giorni con obiettivo raggiunto</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>minuti questa settimana</translation>
    </message>
    <message>
        <source>Tension before and after sessions</source>
        <translation>Tensione prima e dopo le sessioni</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolore prima e dopo le sessioni</translation>
    </message>
    <message>
        <source>The quick rating before and after sessions is off.</source>
        <translation>La breve valutazione prima e dopo le sessioni è disattivata.</translation>
    </message>
    <message>
        <source>Ask me again</source>
        <translation>Chiedimelo di nuovo</translation>
    </message>
    <message>
        <source>What seems to help you</source>
        <translation>Che cosa sembra aiutarla</translation>
    </message>
    <message>
        <source>goal: %1 a day</source>
        <translation>obiettivo: %1 al giorno</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completate</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminate prima</translation>
    </message>
    <message>
        <source>Sessions per day, each week&apos;s average</source>
        <translation>Sessioni al giorno, media di ogni settimana</translation>
    </message>
    <message>
        <source> Shown as each week&apos;s average per day.</source>
        <translation> Mostrate come media giornaliera di ogni settimana.</translation>
    </message>
    <message>
        <source>No sessions in this time yet. When you finish one, it shows here.</source>
        <translation>Nessuna sessione in questo periodo. Quando ne finisce una, compare qui.</translation>
    </message>
    <message>
        <source>current streak, go on today</source>
        <translation>serie attuale, continui oggi</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 prima</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 dopo</translation>
    </message>
    <message>
        <source>History · %1</source>
        <translation>Cronologia · %1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessioni</translation>
    </message>
    <message>
        <source>Which sessions to list</source>
        <translation>Quali sessioni elencare</translation>
    </message>
    <message>
        <source>List every session, only the knee sessions, or only the routines</source>
        <translation>Elenca tutte le sessioni, solo quelle per le ginocchia, o solo le sequenze</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Elimina sessione</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); you can undo it</source>
        <translation>Elimina la sessione selezionata (tasto Canc); si può annullare</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>Elimina tutti i dati…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>Riporta indietro la sessione (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sessioni, dalla più recente</translation>
    </message>
    <message>
        <source>Choose a session to see its details.</source>
        <translation>Scelga una sessione per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Your other computers delete it at their next sync.</source>
        <translation>Gli altri suoi computer li elimineranno alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>The sync folder could not be reached; it is cleared at the next sync.</source>
        <translation>Non è stato possibile raggiungere la cartella di sincronizzazione; verrà svuotata alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Sync is now off; the sync folder was left as it was.</source>
        <translation>La sincronizzazione ora è disattivata; la cartella di sincronizzazione è rimasta com&apos;era.</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Elimina tutti i dati</translation>
    </message>
    <message>
        <source>This deletes every session, rating and safety report, the reminder log, your screening answers and all backup copies, for good. Your settings stay.

If you might want them later, close this and use File &gt; Export first.

To go ahead, type %1 below.</source>
        <extracomment>%1 is the word to type (DELETE, translated above). &quot;File &gt; Export&quot; names the menu entry.</extracomment>
        <translation>Così elimina per sempre ogni sessione, valutazione e segnalazione di sicurezza, il registro dei promemoria, le sue risposte alle domande di sicurezza e tutte le copie di backup. Le impostazioni restano.

Se potrebbe volerli più avanti, chiuda qui e usi prima File &gt; Esporta cronologia.

Per procedere, scriva %1 qui sotto.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Scriva %1 per confermare</translation>
    </message>
    <message>
        <source>Also delete it on my other &amp;computers (sync folder)</source>
        <translation>Elimina anche sugli altri miei &amp;computer (cartella di sincronizzazione)</translation>
    </message>
    <message>
        <source>Checked: your other computers delete everything too at their next sync. Not checked: only this computer&apos;s history goes, and sync is turned off here.</source>
        <translation>Selezionato: anche gli altri suoi computer eliminano tutto alla prossima sincronizzazione. Non selezionato: si elimina solo la cronologia di questo computer, e qui la sincronizzazione viene disattivata.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Elimina tutto</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Esporta cronologia</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>The title of the message after an export.</extracomment>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2.</source>
        <translation>Non è stato possibile scrivere la cronologia in %1: %2.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importa cronologia</translation>
    </message>
    <message>
        <source>KneeCare JSON export (*.json)</source>
        <translation>Esportazione JSON di KneeCare (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The title of the message after an import.</extracomment>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>Non è stato possibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a text file; nothing was imported.</source>
        <translation>%1 non è un file di testo; non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation>%1 non è stato importato, e non è cambiato nulla: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessione</numerusform>
            <numerusform>%n sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation>
            <numerusform>%n sessione, dalla più recente. Valutazioni: tensione · dolore · gonfiore, da 0 a 10.</numerusform>
            <numerusform>%n sessioni, dalla più recente. Valutazioni: tensione · dolore · gonfiore, da 0 a 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted all data (%n session(s)).</source>
        <translation>
            <numerusform>Eliminati tutti i dati (%n sessione).</numerusform>
            <numerusform>Eliminati tutti i dati (%n sessioni).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) completed</source>
        <translation>
            <numerusform>%1: %n sessione completata</numerusform>
            <numerusform>%1: %n sessioni completate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s), %4 ended early)</source>
        <translation>
            <numerusform>%1: %2 completate al giorno (%3 in %n giorno, %4 terminate prima)</numerusform>
            <numerusform>%1: %2 completate al giorno (%3 in %n giorni, %4 terminate prima)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s))</source>
        <translation>
            <numerusform>%1: %2 completate al giorno (%3 in %n giorno)</numerusform>
            <numerusform>%1: %2 completate al giorno (%3 in %n giorni)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>In media %1 (%n sessione valutata prima e dopo).</numerusform>
            <numerusform>In media %1 (%n sessioni valutate prima e dopo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %2 min in %n session(s)</source>
        <translation>
            <numerusform>settimana del %1: %2 min in %n sessione</numerusform>
            <numerusform>settimana del %1: %2 min in %n sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n segnalazione</numerusform>
            <numerusform>%n segnalazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n sessione esportata in %1.</numerusform>
            <numerusform>%n sessioni esportate in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>left</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your left knee&quot;).</extracomment>
        <translation>sinistro</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your right knee&quot;).</extracomment>
        <translation>destro</translation>
    </message>
    <message>
        <source>Warm compress</source>
        <translation>Impacco caldo</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends.</source>
        <extracomment>{knee} becomes &quot;left&quot; or &quot;right&quot; (the words above).</extracomment>
        <translation>Si sieda comodamente e appoggi un impacco caldo, mai bollente, dietro il ginocchio {knee} finché il timer non finisce.</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.</source>
        <translation>Si sieda comodamente e appoggi un impacco caldo, mai bollente, dietro entrambe le ginocchia finché il timer non finisce.</translation>
    </message>
    <message>
        <source>Firm, but never painful.</source>
        <translation>Decisa, ma mai dolorosa.</translation>
    </message>
    <message>
        <source>firm</source>
        <extracomment>Words (separated by |) that say &quot;firm&quot; in the translated pressure instructions.</extracomment>
        <translation>decisa</translation>
    </message>
    <message>
        <source>never painful|never hurts|never hurt</source>
        <extracomment>Words (separated by |) that say &quot;never painful&quot; in the translated pressure instructions.</extracomment>
        <translation>mai dolorosa|mai male</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Daily</source>
        <translation>Quotidiano</translation>
    </message>
    <message>
        <source>Everyday care to keep the backs of the knees loose: once or twice a day.</source>
        <translation>Cura di ogni giorno per mantenere sciolto il retro delle ginocchia: una o due volte al giorno.</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>Si sistemi</translation>
    </message>
    <message>
        <source>Sit down and bend your {knee} knee a little, with the foot flat on the floor or resting on something.</source>
        <translation>Si sieda e pieghi un po&apos; il ginocchio {knee}, con il piede appoggiato a terra o su un sostegno.</translation>
    </message>
    <message>
        <source>Warm your hands</source>
        <translation>Si scaldi le mani</translation>
    </message>
    <message>
        <source>Rub your palms briskly together until they feel warm.</source>
        <translation>Strofini con energia i palmi tra loro finché sono caldi.</translation>
    </message>
    <message>
        <source>Find the hollow</source>
        <translation>Trovi l&apos;incavo</translation>
    </message>
    <message>
        <source>Slide your fingers behind the {knee} knee and feel for the soft dip in the middle of the crease.</source>
        <translation>Faccia scivolare le dita dietro il ginocchio {knee} e cerchi l&apos;avvallamento morbido al centro della piega.</translation>
    </message>
    <message>
        <source>Press gently</source>
        <translation>Prema con delicatezza</translation>
    </message>
    <message>
        <source>Rest your thumbs in the hollow and lean in slowly until the pressure is firm but never painful.</source>
        <translation>Appoggi i pollici nell&apos;incavo e spinga lentamente finché la pressione è decisa ma mai dolorosa.</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>Piccoli cerchi</translation>
    </message>
    <message>
        <source>Trace small, slow circles across the hollow, the pressure firm but never painful.</source>
        <translation>Disegni piccoli cerchi lenti sull&apos;incavo, con una pressione decisa ma mai dolorosa.</translation>
    </message>
    <message>
        <source>Steady hold</source>
        <translation>Pressione ferma</translation>
    </message>
    <message>
        <source>Keep a still pressure on the centre of the crease, firm but never painful, then let go when the timer ends.</source>
        <translation>Mantenga una pressione ferma al centro della piega, decisa ma mai dolorosa, poi lasci andare quando il timer finisce.</translation>
    </message>
    <message>
        <source>Stroke down the calf</source>
        <translation>Carezze sul polpaccio</translation>
    </message>
    <message>
        <source>With light hands, stroke from behind the knee down the calf towards the ankle.</source>
        <translation>Con mani leggere, accarezzi da dietro il ginocchio giù lungo il polpaccio verso la caviglia.</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Rapido</translation>
    </message>
    <message>
        <source>A short version for a busy day: one minute of movement per knee.</source>
        <translation>Una versione breve per le giornate piene: un minuto di movimento per ginocchio.</translation>
    </message>
    <message>
        <source>Sit with your {knee} knee slightly bent and the foot supported.</source>
        <translation>Si sieda con il ginocchio {knee} un po&apos; piegato e il piede appoggiato.</translation>
    </message>
    <message>
        <source>Rub your palms together for a few breaths.</source>
        <translation>Strofini i palmi tra loro per qualche respiro.</translation>
    </message>
    <message>
        <source>Feel for the soft dip at the centre of the crease behind the {knee} knee.</source>
        <translation>Cerchi l&apos;avvallamento morbido al centro della piega dietro il ginocchio {knee}.</translation>
    </message>
    <message>
        <source>Press in with your thumbs, slowly, to a firm pressure that never hurts.</source>
        <translation>Prema con i pollici, lentamente, fino a una pressione decisa che non fa mai male.</translation>
    </message>
    <message>
        <source>Make small, unhurried circles over the hollow, the pressure firm but never painful.</source>
        <translation>Faccia piccoli cerchi senza fretta sull&apos;incavo, con una pressione decisa ma mai dolorosa.</translation>
    </message>
    <message>
        <source>Finish with a few light strokes from the knee down towards the ankle.</source>
        <translation>Finisca con qualche carezza leggera dal ginocchio giù verso la caviglia.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recupero</translation>
    </message>
    <message>
        <source>After hard exercise: three minutes of movement per knee and a longer finish down the calf.</source>
        <translation>Dopo un allenamento intenso: tre minuti di movimento per ginocchio e una conclusione più lunga lungo il polpaccio.</translation>
    </message>
    <message>
        <source>Sit comfortably, {knee} knee bent a little, foot flat or propped up.</source>
        <translation>Si sieda comodamente, ginocchio {knee} un po&apos; piegato, piede a terra o sollevato su un appoggio.</translation>
    </message>
    <message>
        <source>Rub your hands together until the palms are warm.</source>
        <translation>Strofini le mani tra loro finché i palmi sono caldi.</translation>
    </message>
    <message>
        <source>Bend the {knee} knee slightly and find the soft centre of the crease with your fingertips.</source>
        <translation>Pieghi leggermente il ginocchio {knee} e trovi con i polpastrelli il centro morbido della piega.</translation>
    </message>
    <message>
        <source>Use the heels of your palms and build up slowly to a pressure that is firm but never painful.</source>
        <translation>Usi la base dei palmi e aumenti lentamente la pressione fino a renderla decisa ma mai dolorosa.</translation>
    </message>
    <message>
        <source>Slow strokes</source>
        <translation>Carezze lente</translation>
    </message>
    <message>
        <source>Stroke slowly up and down across the hollow with an even pressure, firm but never painful.</source>
        <translation>Accarezzi lentamente l&apos;incavo in su e in giù con una pressione uniforme, decisa ma mai dolorosa.</translation>
    </message>
    <message>
        <source>Press steadily into the centre of the crease, firm but never painful, and keep still; release when the timer ends.</source>
        <translation>Prema in modo costante al centro della piega, con una pressione decisa ma mai dolorosa, e non si muova; rilasci quando il timer finisce.</translation>
    </message>
    <message>
        <source>Stroke lightly and slowly down the whole calf to the ankle, several times.</source>
        <translation>Accarezzi in modo leggero e lento tutto il polpaccio fino alla caviglia, più volte.</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Rilassamento</translation>
    </message>
    <message>
        <source>Wind down: slow breathing, small slow circles and three still holds.</source>
        <translation>Per distendersi: respiro lento, piccoli cerchi lenti e tre pressioni ferme.</translation>
    </message>
    <message>
        <source>Sit back, let your shoulders drop, and rest your {knee} foot with the knee slightly bent.</source>
        <translation>Si appoggi allo schienale, lasci scendere le spalle e appoggi il piede {knee} con il ginocchio un po&apos; piegato.</translation>
    </message>
    <message>
        <source>Rub your palms together slowly while you breathe out long.</source>
        <translation>Strofini lentamente i palmi tra loro mentre espira a lungo.</translation>
    </message>
    <message>
        <source>Find the soft middle of the crease behind the {knee} knee.</source>
        <translation>Trovi il centro morbido della piega dietro il ginocchio {knee}.</translation>
    </message>
    <message>
        <source>Let your thumbs sink in bit by bit until the pressure is firm but never painful.</source>
        <translation>Lasci affondare i pollici poco alla volta finché la pressione è decisa ma mai dolorosa.</translation>
    </message>
    <message>
        <source>Small, slow circles</source>
        <translation>Piccoli cerchi lenti</translation>
    </message>
    <message>
        <source>Make small, slow circles over the hollow in time with your breath, the pressure firm but never painful.</source>
        <translation>Faccia piccoli cerchi lenti sull&apos;incavo seguendo il respiro, con una pressione decisa ma mai dolorosa.</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation>Pressione immobile</translation>
    </message>
    <message>
        <source>Hold a steady pressure on the centre of the crease, firm but never painful, and breathe slowly.</source>
        <translation>Mantenga una pressione costante al centro della piega, decisa ma mai dolorosa, e respiri lentamente.</translation>
    </message>
    <message>
        <source>Glide your hands gently down the calf towards the ankle.</source>
        <translation>Faccia scivolare le mani con delicatezza lungo il polpaccio verso la caviglia.</translation>
    </message>
    <message>
        <source>Ankle pumps</source>
        <translation>Pompa della caviglia</translation>
    </message>
    <message>
        <source>Point and pull your feet in a steady rhythm so the calf muscles squeeze blood back up the legs.</source>
        <translation>Punti e tiri indietro i piedi a ritmo costante, così i muscoli del polpaccio spingono il sangue su per le gambe.</translation>
    </message>
    <message>
        <source>Legs out</source>
        <translation>Gambe distese</translation>
    </message>
    <message>
        <source>Sit back or lie down with both legs stretched out and your heels resting on the floor or the bed.</source>
        <translation>Si appoggi allo schienale o si sdrai con entrambe le gambe distese e i talloni appoggiati sul pavimento o sul letto.</translation>
    </message>
    <message>
        <source>Point both feet away from you, then pull your toes back towards your shins: one full pump on each count. Smooth, not forced.</source>
        <translation>Punti entrambi i piedi in avanti, poi tiri le dita verso gli stinchi: una pompata completa a ogni battito. Fluido, senza forzare.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Let your feet go still and breathe easily; the next set starts when the timer ends.</source>
        <translation>Lasci fermi i piedi e respiri tranquillamente; la serie successiva inizia quando il timer finisce.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Sollevamenti sulle punte</translation>
    </message>
    <message>
        <source>Rise up on your toes and lower slowly, to work the calf muscles that help blood flow back from the legs.</source>
        <translation>Si alzi sulle punte e scenda lentamente, per far lavorare i muscoli del polpaccio che aiutano il sangue a tornare dalle gambe.</translation>
    </message>
    <message>
        <source>Stand and hold on</source>
        <translation>In piedi, con un appoggio</translation>
    </message>
    <message>
        <source>Stand behind a sturdy chair or beside a wall, feet about hip-width apart, one hand resting on it for balance.</source>
        <translation>Si metta dietro una sedia robusta o accanto a un muro, piedi alla larghezza delle anche, una mano appoggiata per l&apos;equilibrio.</translation>
    </message>
    <message>
        <source>Rise slowly onto the balls of both feet, then lower your heels back to the floor: one raise on each count.</source>
        <translation>Si alzi lentamente sulle punte di entrambi i piedi, poi riabbassi i talloni a terra: un sollevamento a ogni battito.</translation>
    </message>
    <message>
        <source>Stand easy with your heels down and let the calves relax before the next set.</source>
        <translation>Resti in piedi con i talloni a terra e lasci rilassare i polpacci prima della serie successiva.</translation>
    </message>
    <message>
        <source>Calf and hamstring stretches</source>
        <translation>Allungamento di polpacci e cosce</translation>
    </message>
    <message>
        <source>Gentle, still stretches for the backs of the legs, to ease tight calves and hamstrings.</source>
        <translation>Allungamenti delicati e fermi per il retro delle gambe, per sciogliere polpacci e muscoli posteriori della coscia tesi.</translation>
    </message>
    <message>
        <source>Face a wall</source>
        <translation>Di fronte a un muro</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from a wall and rest both hands on it at shoulder height.</source>
        <translation>Si metta a circa un braccio di distanza da un muro e appoggi le mani all&apos;altezza delle spalle.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Allungamento del polpaccio</translation>
    </message>
    <message>
        <source>Step your {side} foot back and press that heel to the floor. Bend the front knee and lean towards the wall until the {side} calf feels a mild pull. Stay still; no bouncing.</source>
        <translation>Porti indietro il piede {side} e spinga il tallone a terra. Pieghi il ginocchio davanti e si sporga verso il muro finché il polpaccio {side} non tira leggermente. Resti immobile; niente molleggi.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rilascio</translation>
    </message>
    <message>
        <source>Ease out of the stretch and shake the leg loose. Next: the {side} leg.</source>
        <translation>Esca piano dall&apos;allungamento e scuota la gamba. Poi: il lato {side}.</translation>
    </message>
    <message>
        <source>Sit on a chair</source>
        <translation>Si sieda su una sedia</translation>
    </message>
    <message>
        <source>Sit near the front edge of a steady chair with both feet flat on the floor.</source>
        <translation>Si sieda vicino al bordo anteriore di una sedia stabile con entrambi i piedi appoggiati a terra.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Allungamento posteriore della coscia</translation>
    </message>
    <message>
        <source>Straighten your {side} leg in front of you, heel on the floor and toes up. Keep your back long and tip forward from the hips until the back of the {side} thigh feels a mild pull.</source>
        <translation>Lato {side}: distenda la gamba davanti a sé, tallone a terra e punta in su. Tenga la schiena lunga e si pieghi in avanti dalle anche finché il retro della coscia del lato {side} non tira leggermente.</translation>
    </message>
    <message>
        <source>Sit back up, bend the knee and let the leg rest. Next: the {side} leg.</source>
        <translation>Torni su con la schiena, pieghi il ginocchio e lasci riposare la gamba. Poi: il lato {side}.</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Gambe sollevate</translation>
    </message>
    <message>
        <source>Rest with your legs raised above your heart for 15 to 20 minutes, to help swelling go down.</source>
        <translation>Riposi con le gambe sollevate sopra il livello del cuore per 15-20 minuti, per aiutare a sgonfiare.</translation>
    </message>
    <message>
        <source>Lie down, legs up</source>
        <translation>Gambe in alto, da sdraiati</translation>
    </message>
    <message>
        <source>Lie on your back and rest your legs on cushions, or up against a wall, so that your feet are higher than your heart.</source>
        <translation>Si sdrai sulla schiena e appoggi le gambe su dei cuscini, o contro un muro, in modo che i piedi siano più in alto del cuore.</translation>
    </message>
    <message>
        <source>Legs raised</source>
        <translation>Gambe sollevate</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. You can minimise this window: a soft chime tells you when the time is up.</source>
        <translation>Resti fermo e respiri tranquillamente. Può ridurre a icona questa finestra: un suono leggero le dirà quando il tempo è finito.</translation>
    </message>
    <message>
        <source>Come down slowly</source>
        <translation>Scenda piano</translation>
    </message>
    <message>
        <source>Lower your legs, roll onto one side and sit up gently before you stand.</source>
        <translation>Abbassi le gambe, si giri su un fianco e si metta a sedere con calma prima di alzarsi.</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Doccia alternata</translation>
    </message>
    <message>
        <source>Warm and cool water on the legs in turns, to get the circulation going.</source>
        <translation>Acqua calda e fresca sulle gambe, a turno, per attivare la circolazione.</translation>
    </message>
    <message>
        <source>Not for you if you have been told to avoid sudden changes of temperature. Keep the water warm, never hot, and cool, never icy. Stop at once if you feel dizzy or unwell.</source>
        <translation>Non fa per lei se le hanno detto di evitare i bruschi sbalzi di temperatura. L&apos;acqua deve essere calda, mai bollente, e fresca, mai gelata. Smetta subito se ha le vertigini o si sente male.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Si prepari</translation>
    </message>
    <message>
        <source>Stand steadily in the shower, or sit on a shower stool, with the shower head in your hand and the water warm.</source>
        <translation>Stia in piedi ben saldo nella doccia, o si sieda su uno sgabello da doccia, con il soffione in mano e l&apos;acqua calda.</translation>
    </message>
    <message>
        <source>Warm and cool</source>
        <translation>Caldo e fresco</translation>
    </message>
    <message>
        <source>Dry off</source>
        <translation>Si asciughi</translation>
    </message>
    <message>
        <source>Turn off the water, pat your legs dry and rest a moment before you move on.</source>
        <translation>Chiuda l&apos;acqua, si tamponi le gambe per asciugarle e riposi un momento prima di proseguire.</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Carezze al polpaccio</translation>
    </message>
    <message>
        <source>Light, slow strokes down the calf towards the ankle, a longer, gentle finish.</source>
        <translation>Carezze leggere e lente lungo il polpaccio verso la caviglia, una conclusione più lunga e delicata.</translation>
    </message>
    <message>
        <source>With light hands, stroke slowly from behind the {knee} knee down the calf to the ankle, again and again.</source>
        <translation>Con mani leggere, accarezzi lentamente da dietro il ginocchio {knee} giù lungo il polpaccio fino alla caviglia, più e più volte.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, or are you being treated for one?</source>
        <translation>Ha una trombosi venosa profonda (TVP), cioè un coagulo di sangue in una vena profonda della gamba, o è in cura per una trombosi di questo tipo?</translation>
    </message>
    <message>
        <source>A blood clot in a leg vein (DVT)</source>
        <translation>Un coagulo di sangue in una vena della gamba (TVP)</translation>
    </message>
    <message>
        <source>Massage is not advised while there is a clot in a leg. Please leave these sessions aside and ask your doctor what is safe for you.</source>
        <translation>Il massaggio è sconsigliato finché c&apos;è un coagulo in una gamba. Metta da parte queste sessioni e chieda al suo medico che cosa è sicuro per lei.</translation>
    </message>
    <message>
        <source>Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?</source>
        <translation>Ci sono vene varicose fortemente infiammate in una delle due gambe in questo momento: arrossate, calde, dure o dolenti?</translation>
    </message>
    <message>
        <source>Badly inflamed varicose veins</source>
        <translation>Vene varicose fortemente infiammate</translation>
    </message>
    <message>
        <source>Pressing on inflamed veins can make them worse. Please have a doctor look at them before you use these sessions.</source>
        <translation>Premere su vene infiammate può peggiorarle. Le faccia vedere da un medico prima di usare queste sessioni.</translation>
    </message>
    <message>
        <source>Is there an open wound, a cut, broken skin or a skin infection at the back of either knee or on either calf?</source>
        <translation>C&apos;è una ferita aperta, un taglio, pelle lesionata o un&apos;infezione della pelle dietro uno dei due ginocchi o su uno dei due polpacci?</translation>
    </message>
    <message>
        <source>A wound, broken skin or a skin infection behind the knee or on the calf</source>
        <translation>Una ferita, pelle lesionata o un&apos;infezione della pelle dietro il ginocchio o sul polpaccio</translation>
    </message>
    <message>
        <source>The sessions press behind the knee and stroke down the calf, so let the skin there heal first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole and healthy again.</source>
        <translation>Le sessioni premono dietro il ginocchio e accarezzano il polpaccio verso il basso, quindi lasci prima guarire la pelle in quel punto e faccia vedere un&apos;infezione da un infermiere o da un medico. Le sessioni possono aspettare finché la pelle è di nuovo integra e sana.</translation>
    </message>
    <message>
        <source>Have you had an operation on a knee recently, or are you still recovering from one?</source>
        <translation>Ha subito di recente un&apos;operazione a un ginocchio, o si sta ancora riprendendo da un&apos;operazione?</translation>
    </message>
    <message>
        <source>Recent knee surgery</source>
        <translation>Un&apos;operazione recente al ginocchio</translation>
    </message>
    <message>
        <source>A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist when pressure behind the knee is safe for you.</source>
        <translation>Un ginocchio operato ha bisogno di un piano tutto suo. Chieda al chirurgo o al fisioterapista quando per lei la pressione dietro il ginocchio è sicura.</translation>
    </message>
    <message>
        <source>Do you have a bleeding or clotting disorder that is not under control?</source>
        <translation>Ha un disturbo emorragico o della coagulazione del sangue che non è sotto controllo?</translation>
    </message>
    <message>
        <source>A bleeding disorder that is not under control</source>
        <translation>Un disturbo emorragico non sotto controllo</translation>
    </message>
    <message>
        <source>Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor before you use these sessions.</source>
        <translation>Una pressione decisa può causare lividi o sanguinamenti sotto la pelle. Ne parli con il suo medico prima di usare queste sessioni.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>È incinta?</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Gravidanza</translation>
    </message>
    <message>
        <source>Please check with your midwife, doctor or another healthcare provider before doing any pressure-point work. You can go on once they have told you it is fine for you.</source>
        <translation>Prima di qualsiasi lavoro sui punti di pressione, chieda alla sua ostetrica, al medico o a un altro operatore sanitario. Può proseguire quando le hanno detto che per lei va bene.</translation>
    </message>
    <message>
        <source>My healthcare provider has told me that pressure-point self-massage is fine for me.</source>
        <translation>Il mio operatore sanitario mi ha detto che per me l&apos;automassaggio sui punti di pressione va bene.</translation>
    </message>
    <message>
        <source>Is either of your legs swollen, warm, red or painful at the moment?</source>
        <translation>Una delle sue gambe è gonfia, calda, arrossata o dolente in questo momento?</translation>
    </message>
    <message>
        <source>A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don&apos;t massage it. Sessions stay on hold until the leg is back to normal, or until a health professional has told you that massage is fine.</source>
        <translation>Una gamba gonfia, calda, arrossata o dolente va fatta controllare presto da un medico o da un infermiere. Non la massaggi. Le sessioni restano sospese finché la gamba non torna normale, o finché un professionista sanitario non le ha detto che il massaggio va bene.</translation>
    </message>
    <message>
        <source>Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here.</source>
        <translation>In pausa. Diminuisca la pressione, oppure smetta. Dolore acuto, intorpidimento o formicolio significano: premere più leggermente, o terminare qui la sessione.</translation>
    </message>
    <message>
        <source>What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you.</source>
        <translation>Che cosa fare invece: parli delle sue gambe con un medico o con un altro professionista sanitario. Potrà dirle che cosa è sicuro per lei.</translation>
    </message>
    <message>
        <source>How is your leg now?</source>
        <translation>Come va la gamba adesso?</translation>
    </message>
    <message>
        <source>Earlier you told KneeCare that a leg was swollen, warm, red or painful. Is it back to normal now?</source>
        <translation>In precedenza ha detto a KneeCare che una gamba era gonfia, calda, arrossata o dolente. Adesso è tornata normale?</translation>
    </message>
    <message>
        <source>A leg that is still swollen, warm, red or painful needs a doctor or nurse, not massage. Please have it checked soon; About safety says what to look out for.</source>
        <translation>Una gamba ancora gonfia, calda, arrossata o dolente ha bisogno di un medico o di un infermiere, non di un massaggio. La faccia controllare presto; le Note sulla sicurezza dicono a che cosa fare attenzione.</translation>
    </message>
    <message>
        <source>&amp;No, not yet</source>
        <translation>&amp;No, non ancora</translation>
    </message>
    <message>
        <source>&amp;Yes, it is back to normal</source>
        <translation>&amp;Sì, è tornata normale</translation>
    </message>
    <message>
        <source>A &amp;professional said it is fine</source>
        <translation>Un &amp;professionista ha detto che va bene</translation>
    </message>
    <message>
        <source>Sessions are on hold: you said a leg was swollen, warm, red or painful. Please have it checked; press Start once it is back to normal.</source>
        <translation>Sessioni sospese: ha detto che una gamba era gonfia, calda, arrossata o dolente. La faccia controllare; prema Avvia quando è tornata normale.</translation>
    </message>
    <message>
        <source>Sessions on hold: a leg to have checked</source>
        <translation>Sessioni sospese: una gamba da far controllare</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Le sessioni sono sospese</translation>
    </message>
    <message>
        <source>You told KneeCare that a leg was swollen, warm, red or painful, so there is no session for now. Please have the leg checked. When it is back to normal, open KneeCare and press Start.</source>
        <translation>Ha detto a KneeCare che una gamba era gonfia, calda, arrossata o dolente, quindi per ora niente sessioni. Faccia controllare la gamba. Quando sarà tornata normale, apra KneeCare e prema Avvia.</translation>
    </message>
    <message>
        <source>Not on a leg that is swollen, warm, red or painful.</source>
        <translation>Non su una gamba gonfia, calda, arrossata o dolente.</translation>
    </message>
    <message>
        <source>Self-care, not treatment</source>
        <translation>Cura di sé, non una terapia</translation>
    </message>
    <message>
        <source>KneeCare guides you through gentle self-massage of the points behind your knees. It is a way of looking after yourself. It does not diagnose, treat or cure any condition, and it does not replace advice from a doctor, nurse or physiotherapist.</source>
        <translation>KneeCare la guida in un delicato automassaggio dei punti dietro le ginocchia. È un modo per prendersi cura di sé. Non diagnostica, non tratta e non guarisce alcuna malattia, e non sostituisce il parere di un medico, di un infermiere o di un fisioterapista.</translation>
    </message>
    <message>
        <source>When not to do this</source>
        <translation>Quando non farlo</translation>
    </message>
    <message>
        <source>Please don&apos;t use these sessions if you have any of the following:</source>
        <translation>Non usi queste sessioni se ha una delle seguenti condizioni:</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>Se è incinta</translation>
    </message>
    <message>
        <source>Check with your healthcare provider before any pressure-point work, and go on only once they have agreed.</source>
        <translation>Prima di qualsiasi lavoro sui punti di pressione chieda al suo operatore sanitario, e prosegua solo dopo il suo consenso.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Durante una sessione</translation>
    </message>
    <message>
        <source>Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red &quot;It hurts / numb / tingling&quot; button, or the ! key, pauses the session at once.</source>
        <translation>Prema con decisione, ma mai così forte da fare male. Se sente dolore acuto, intorpidimento o formicolio, diminuisca la pressione o smetta. Il pulsante rosso &quot;Dolore / intorpidimento / formicolio&quot;, o il tasto !, mette subito in pausa la sessione.</translation>
    </message>
    <message>
        <source>When to see a health professional</source>
        <translation>Quando rivolgersi a un professionista sanitario</translation>
    </message>
    <message>
        <source>Don&apos;t massage a leg that shows these signs; have it checked promptly instead:</source>
        <translation>Non massaggi una gamba che mostra questi segni; la faccia invece controllare presto:</translation>
    </message>
    <message>
        <source>swelling or pain in a leg that does not go away</source>
        <translation>gonfiore o dolore a una gamba che non passa</translation>
    </message>
    <message>
        <source>a leg that suddenly feels warm</source>
        <translation>una gamba che diventa calda all&apos;improvviso</translation>
    </message>
    <message>
        <source>severe swelling</source>
        <translation>gonfiore forte</translation>
    </message>
    <message>
        <source>redness of the skin</source>
        <translation>arrossamento della pelle</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>In caso di emergenza</translation>
    </message>
    <message>
        <source>If a painful or swollen leg comes with sudden shortness of breath or chest pain, call your local emergency number at once.</source>
        <translation>Se una gamba dolente o gonfia si accompagna a un improvviso affanno o a dolore al petto, chiami subito il numero di emergenza.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Le sue risposte</translation>
    </message>
    <message>
        <source>The safety answers stay on this computer. KneeCare asks the questions again every {days} days, and you can answer them again at any time with Safety &gt; My situation changed. Before each session it asks one quick question about your legs.</source>
        <translation>Le risposte di sicurezza restano su questo computer. KneeCare ripropone le domande ogni {days} giorni, e lei può rispondere di nuovo in qualsiasi momento con Sicurezza &gt; La mia situazione è cambiata. Prima di ogni sessione pone una breve domanda sulle sue gambe.</translation>
    </message>
    <message>
        <source>If you say a leg is swollen, warm, red or painful, sessions stay on hold until you tell KneeCare the leg is back to normal or a health professional has said massage is fine. For {back} days after that, or after you report pain, numbness or tingling during a session, the quick question is asked before every session, even if you turned it off.</source>
        <translation>Se dice che una gamba è gonfia, calda, arrossata o dolente, le sessioni restano sospese finché non dice a KneeCare che la gamba è tornata normale o che un professionista sanitario ha detto che il massaggio va bene. Per {back} giorni dopo, o dopo una segnalazione di dolore, intorpidimento o formicolio durante una sessione, la breve domanda viene posta prima di ogni sessione, anche se l&apos;ha disattivata.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>times</source>
        <translation>orari</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>obiettivo giornaliero</translation>
    </message>
    <message>
        <source>snooze length (minutes)</source>
        <translation>durata del rinvio (minuti)</translation>
    </message>
    <message>
        <source>recovery reminders a day</source>
        <translation>promemoria di recupero al giorno</translation>
    </message>
    <message>
        <source>recovery days</source>
        <translation>giorni di recupero</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>rinvio</translation>
    </message>
    <message>
        <source>movement nudges</source>
        <translation>inviti a muoversi</translation>
    </message>
    <message>
        <source>choose at least one time of day (or turn reminders off)</source>
        <translation>scelga almeno un orario (o disattivi i promemoria)</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>al massimo %1 al giorno</translation>
    </message>
    <message>
        <source>the same time is listed twice</source>
        <translation>lo stesso orario compare due volte</translation>
    </message>
    <message>
        <source>choose at least one day of the week (or turn reminders off)</source>
        <translation>scelga almeno un giorno della settimana (o disattivi i promemoria)</translation>
    </message>
    <message>
        <source>days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation>i giorni sono numerati da 0 (lunedì) a 6 (domenica)</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3</source>
        <translation>%1 non è tra %2 e %3</translation>
    </message>
    <message>
        <source>minutes must be more than 0</source>
        <translation>i minuti devono essere più di 0</translation>
    </message>
    <message>
        <source>the hours must span at least one hour, from the first to the last</source>
        <translation>le ore devono coprire almeno un&apos;ora, dalla prima all&apos;ultima</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Welcome to KneeCare</source>
        <translation>Benvenuti in KneeCare</translation>
    </message>
    <message>
        <source>Before your first session, please answer {n} short yes-or-no questions about your legs and your health. Acupressure is not right for everyone, and these questions check that it is safe for you to start. Your answers stay on this computer.</source>
        <translation>Prima della sua prima sessione, risponda a {n} brevi domande sì o no sulle sue gambe e sulla sua salute. La digitopressione non è adatta a tutti, e queste domande verificano che per lei sia sicuro iniziare. Le sue risposte restano su questo computer.</translation>
    </message>
    <message>
        <source>Time to check in again</source>
        <translation>È ora di ricontrollare</translation>
    </message>
    <message>
        <source>It has been {days} days since you answered the safety questions, and things can change. Please answer the {n} questions again before your next session.</source>
        <translation>Sono passati {days} giorni da quando ha risposto alle domande di sicurezza, e le cose possono cambiare. Risponda di nuovo alle {n} domande prima della prossima sessione.</translation>
    </message>
    <message>
        <source>A few safety questions</source>
        <translation>Alcune domande di sicurezza</translation>
    </message>
    <message>
        <source>Some safety questions have not been answered yet. Please answer all {n} before your next session.</source>
        <translation>Ad alcune domande di sicurezza non ha ancora risposto. Risponda a tutte le {n} prima della prossima sessione.</translation>
    </message>
    <message>
        <source>Your situation changed</source>
        <translation>La sua situazione è cambiata</translation>
    </message>
    <message>
        <source>Please answer the {n} questions again for how things are now. Your earlier answers are marked, so you can change only what is different.</source>
        <translation>Risponda di nuovo alle {n} domande pensando a come stanno le cose adesso. Le risposte precedenti sono segnate, così può cambiare solo ciò che è diverso.</translation>
    </message>
    <message>
        <source>Press %1 for yes or %2 for no.</source>
        <extracomment>%1 is the key for yes, %2 the key for no (the two one-letter entries &quot;Y&quot; and &quot;N&quot; below).</extracomment>
        <translation>Prema %1 per sì o %2 per no.</translation>
    </message>
    <message>
        <source>Y</source>
        <extracomment>The one letter that answers &quot;yes&quot; on a keyboard in your language (the first letter of its word for yes).</extracomment>
        <translation>S</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The one letter that answers &quot;no&quot; on a keyboard in your language; it must differ from the one for yes.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Sessions are on hold because of your safety answers. Press Start to see why.</source>
        <translation>Le sessioni sono sospese per via delle sue risposte di sicurezza. Prema Avvia per sapere perché.</translation>
    </message>
    <message>
        <source>Sessions are on hold until your healthcare provider agrees. Press Start to see more.</source>
        <translation>Le sessioni sono sospese finché il suo operatore sanitario non dà il suo consenso. Prema Avvia per saperne di più.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The sync folder %1 does not exist (is the drive or share connected?).</source>
        <translation>La cartella di sincronizzazione %1 non esiste (il disco o la condivisione sono collegati?).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 non è una cartella.</translation>
    </message>
    <message>
        <source>KneeCare cannot write in the sync folder %1.</source>
        <translation>KneeCare non può scrivere nella cartella di sincronizzazione %1.</translation>
    </message>
    <message>
        <source>Other users of this computer can look into %1. KneeCare&apos;s own files there are for you only, but a folder only you can open is safer for health records.</source>
        <translation>Altri utenti di questo computer possono guardare in %1. I file di KneeCare lì dentro sono solo per lei, ma una cartella che solo lei può aprire è più sicura per i dati sulla salute.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The sync folder %1 failed: %2</source>
        <translation>Problema con la cartella di sincronizzazione %1: %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Share your history with your other computers through a folder your sync tool keeps in step.</source>
        <translation>Condivida la sua cronologia con gli altri suoi computer tramite una cartella che il suo programma di sincronizzazione tiene allineata.</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a cloud drive keeps the same on each of your computers. KneeCare writes only its own journal files there, never the history itself.</source>
        <translation>Scelga una cartella che Syncthing, Nextcloud, una condivisione di rete o un cloud mantiene uguale su ciascuno dei suoi computer. KneeCare vi scrive solo i propri file di diario, mai la cronologia stessa.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Non ancora sincronizzato.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizza &amp;ora</translation>
    </message>
    <message>
        <source>S&amp;ync this computer&apos;s history</source>
        <translation>&amp;Sincronizza la cronologia di questo computer</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Cartella di sincronizzazione</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Sce&amp;gli…</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nome di questo computer</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Nome di questo computer:</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Scegli la cartella di sincronizzazione</translation>
    </message>
    <message>
        <source>Please give the whole path of the folder.</source>
        <translation>Indichi il percorso completo della cartella.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message numerus="yes">
        <source>read %n journal(s)</source>
        <translation>
            <numerusform>%n diario letto</numerusform>
            <numerusform>%n diari letti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n nuova sessione</numerusform>
            <numerusform>%n nuove sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n eliminazione</numerusform>
            <numerusform>%n eliminazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n record(s)</source>
        <translation>
            <numerusform>%n registrazione scritta</numerusform>
            <numerusform>%n registrazioni scritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety record(s)</source>
        <translation>
            <numerusform>%n registrazione di sicurezza</numerusform>
            <numerusform>%n registrazioni di sicurezza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valutazione</numerusform>
            <numerusform>%n valutazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from a newer KneeCare left for later.</source>
        <translation>
            <numerusform>%n registrazione di un KneeCare più recente lasciata per dopo.</numerusform>
            <numerusform>%n registrazioni di un KneeCare più recente lasciate per dopo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped (see the log).</source>
        <translation>
            <numerusform>%n riga danneggiata saltata (veda il registro).</numerusform>
            <numerusform>%n righe danneggiate saltate (veda il registro).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Left knee</source>
        <translation>Ginocchio sinistro</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Ginocchio destro</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Gamba sinistra</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Gamba destra</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Cambia adesso</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sessione completata</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sessione fermata</translation>
    </message>
    <message>
        <source>Session ended for safety</source>
        <translation>Sessione terminata per sicurezza</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation>Sessione interrotta</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session that reached its end, but with a pressing, moving or exercise step skipped.</extracomment>
        <translation>Passi saltati</translation>
    </message>
    <message>
        <source>Before the first knee</source>
        <translation>Prima del primo ginocchio</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Entrambe le gambe</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · passo %2 di %3</translation>
    </message>
    <message>
        <source> · set %1 of %2</source>
        <translation> · serie %1 di %2</translation>
    </message>
    <message>
        <source> · round %1 of %2</source>
        <translation> · giro %1 di %2</translation>
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
        <translation>%1 passi fatti su %2</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 saltati</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Ultimo passo</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>Poi: %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Poi: %1</translation>
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation>%1 rimasti nella sessione</translation>
    </message>
    <message>
        <source>↻  Small circles over BL40 · one every %1 s</source>
        <translation>↻  Piccoli cerchi su BL40 · uno ogni %1 s</translation>
    </message>
    <message>
        <source>↕  Slow strokes up and down across the hollow · one every %1 s</source>
        <translation>↕  Carezze lente in su e in giù sull&apos;incavo · una ogni %1 s</translation>
    </message>
    <message>
        <source>Release in %1 s</source>
        <translation>Rilasci tra %1 s</translation>
    </message>
    <message>
        <source>Hold still on BL40 · %1 s, then release</source>
        <translation>Pressione ferma su BL40 · %1 s, poi rilasci</translation>
    </message>
    <message>
        <source>↓  Light strokes from the knee down the calf to the ankle</source>
        <translation>↓  Carezze leggere dal ginocchio lungo il polpaccio fino alla caviglia</translation>
    </message>
    <message>
        <source>Release: let the hollow rest</source>
        <translation>Rilasci: lasci riposare l&apos;incavo</translation>
    </message>
    <message>
        <source>BL40 · Weizhong sits in the middle of the crease</source>
        <translation>BL40 · Weizhong si trova al centro della piega</translation>
    </message>
    <message>
        <source>Hold the stretch · %1 s, then release</source>
        <translation>Mantenga l&apos;allungamento · %1 s, poi rilasci</translation>
    </message>
    <message>
        <source>One every %1 s, smooth and steady</source>
        <translation>Uno ogni %1 s, fluido e regolare</translation>
    </message>
    <message>
        <source>Rest quietly; a soft chime marks the end</source>
        <translation>Riposi in silenzio; un suono leggero segna la fine</translation>
    </message>
    <message>
        <source>Breathe in
through the nose · %1 s</source>
        <translation>Inspiri
dal naso · %1 s</translation>
    </message>
    <message>
        <source>Breathe out
through the mouth · %1 s</source>
        <translation>Espiri
dalla bocca · %1 s</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>You reported %1. Next time use a lighter touch; if it comes back, leave this point out and ask a health professional.</source>
        <translation>Ha segnalato %1. La prossima volta usi un tocco più leggero; se torna, salti questo punto e chieda a un professionista sanitario.</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>dolore acuto</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>intorpidimento</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>formicolio</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Ben fatto</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Si prenda cura di sé</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessione terminata</translation>
    </message>
    <message>
        <source>%1 in all, %2.</source>
        <translation>%1 in tutto, %2.</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Time for your knees</source>
        <translation>È ora delle sue ginocchia</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>È ora di muoversi</translation>
    </message>
    <message>
        <source>You have been still for a while. Stand up and walk for a few minutes, or press Start now for two minutes of calf raises.</source>
        <translation>È fermo da un po&apos;. Si alzi e cammini per qualche minuto, oppure prema «Avvia ora» per due minuti di sollevamenti sulle punte.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Avvia ora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>KneeCare reminder</source>
        <translation>Promemoria di KneeCare</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>domani %1</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>circa un minuto</translation>
    </message>
    <message>
        <source>%1: %2, sitting down. %3.</source>
        <translation>%1: %2, da seduti. %3.</translation>
    </message>
    <message>
        <source>Here again, as you asked.</source>
        <translation>Eccomi di nuovo, come ha chiesto.</translation>
    </message>
    <message>
        <source>This one was due at %1, while the computer was asleep or off.</source>
        <translation>Questo promemoria era previsto alle %1, mentre il computer era in sospensione o spento.</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>È in corso una sessione</translation>
    </message>
    <message>
        <source>A session is due (since %1)</source>
        <translation>È prevista una sessione (dalle %1)</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Prossimo promemoria: %1</translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation>Nessun promemoria previsto</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) today</source>
        <translation>
            <numerusform>%1 di %n sessione oggi</numerusform>
            <numerusform>%1 di %n sessioni oggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>circa %n minuto</numerusform>
            <numerusform>circa %n minuti</numerusform>
        </translation>
    </message>
</context>
</TS>
