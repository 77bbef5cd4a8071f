<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>KneeCare cannot start: a program file is broken.</source>
        <translation>KneeCare ne peut pas démarrer&#xa0;: un fichier du programme est endommagé.</translation>
    </message>
    <message>
        <source>KneeCare cannot open your history, so it cannot start. The details say why.</source>
        <translation>KneeCare ne peut pas ouvrir votre historique, il ne peut donc pas démarrer. Les détails en donnent la raison.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of KneeCare. It has been left untouched: please update KneeCare.</source>
        <translation>Votre historique a été écrit par une version plus récente de KneeCare. Il n&apos;a pas été modifié&#xa0;: veuillez mettre KneeCare à jour.</translation>
    </message>
    <message>
        <source>Your history was damaged and no good backup of it was found. The damaged file was kept, and what could still be read from it was saved into a new history; the details say where and how much.</source>
        <translation>Votre historique était endommagé et aucune bonne sauvegarde n&apos;a été trouvée. Le fichier endommagé a été conservé, et ce qui pouvait encore y être lu a été enregistré dans un nouvel historique&#xa0;; les détails disent où et combien.</translation>
    </message>
    <message>
        <source>Your history was damaged. KneeCare kept the damaged file, restored your newest good backup from the backups folder and added what could still be read from the damaged file. The details name the backup, the folder and how many sessions each gave.</source>
        <translation>Votre historique était endommagé. KneeCare a conservé le fichier endommagé, restauré votre plus récente bonne sauvegarde depuis le dossier des sauvegardes et ajouté ce qui pouvait encore être lu dans le fichier endommagé. Les détails indiquent la sauvegarde, le dossier et le nombre de séances apportées par chacun.</translation>
    </message>
    <message>
        <source>Your history is in use by another program (a backup or sync tool, or a second reader). KneeCare will try again by itself and start as soon as it is free.</source>
        <translation>Votre historique est utilisé par un autre programme (un outil de sauvegarde ou de synchronisation, ou un second lecteur). KneeCare réessaiera tout seul et démarrera dès qu&apos;il sera libre.</translation>
    </message>
    <message>
        <source>Your history can only be read where it is (a read-only folder, file or drive). You can look at it and export it, but new sessions cannot be saved, so Start is off.</source>
        <translation>Votre historique ne peut être que lu là où il se trouve (dossier, fichier ou disque en lecture seule). Vous pouvez le consulter et l&apos;exporter, mais les nouvelles séances ne peuvent pas être enregistrées&#xa0;: «&#xa0;Démarrer&#xa0;» est donc désactivé.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so KneeCare is using its defaults. The file was kept, not overwritten; the details say where it is.</source>
        <translation>Votre fichier de réglages n&apos;a pas pu être lu&#xa0;: KneeCare utilise donc ses réglages par défaut. Le fichier a été conservé, pas écrasé&#xa0;; les détails disent où il se trouve.</translation>
    </message>
    <message>
        <source>KneeCare could not save this session to your history.</source>
        <translation>KneeCare n&apos;a pas pu enregistrer cette séance dans votre historique.</translation>
    </message>
    <message>
        <source>KneeCare cannot check safely whether it is already running, so it does not start. The details say why and what to do.</source>
        <translation>KneeCare ne peut pas vérifier sans risque s&apos;il est déjà ouvert&#xa0;: il ne démarre donc pas. Les détails disent pourquoi et que faire.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in KneeCare. Your history is kept as it was; the details say what happened, and the log file has them too.</source>
        <translation>Un problème inattendu s&apos;est produit dans KneeCare. Votre historique reste tel qu&apos;il était&#xa0;; les détails disent ce qui s&apos;est passé, et le fichier journal les contient aussi.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Sessions cannot start: your history can only be read, so they could not be saved.</source>
        <translation>Impossible de démarrer une séance&#xa0;: votre historique est en lecture seule, elle ne pourrait donc pas être enregistrée.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Rythme de respiration</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sounds and voice stopped working; the session goes on without them.</source>
        <translation>Les sons et la voix ne fonctionnent plus&#xa0;; la séance continue sans eux.</translation>
    </message>
</context>
<context>
    <name>CueSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation>Son et voix</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>A chime at each new step</source>
        <translation>Un carillon à chaque nouvelle étape</translation>
    </message>
    <message>
        <source>A different chime when it is time for the other knee</source>
        <translation>Un autre carillon quand c&apos;est le tour de l&apos;autre genou</translation>
    </message>
    <message>
        <source>A chime when the session is done</source>
        <translation>Un carillon à la fin de la séance</translation>
    </message>
    <message>
        <source>Breathing tones: rising to breathe in, falling to breathe out</source>
        <translation>Sons de respiration&#xa0;: montant pour inspirer, descendant pour expirer</translation>
    </message>
    <message>
        <source>A soft tick for each circle, stroke or repetition</source>
        <translation>Un léger tic à chaque cercle, lissage ou répétition</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Play a chime</source>
        <translation>Jouer un carillon</translation>
    </message>
    <message>
        <source>Plays the step chime at this volume</source>
        <translation>Joue le carillon d&apos;étape à ce volume</translation>
    </message>
    <message>
        <source>KneeCare cannot play sounds here: no sound output was found when it started. Connect speakers or headphones and start KneeCare again to hear them.</source>
        <translation>KneeCare ne peut pas jouer de sons ici&#xa0;: aucune sortie audio n&apos;a été trouvée au démarrage. Branchez des haut-parleurs ou un casque et redémarrez KneeCare pour les entendre.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>Lire chaque étape à voix haute</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Vitesse de la voix</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Plus rapide</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Tester la voix</translation>
    </message>
    <message>
        <source>Reads a sample sentence with this voice and speed</source>
        <translation>Lit une phrase d&apos;exemple avec cette voix et cette vitesse</translation>
    </message>
    <message>
        <source>The speech engine is starting…</source>
        <translation>Le moteur vocal démarre…</translation>
    </message>
    <message>
        <source>Steps cannot be read aloud on this computer. %1 The chimes still play.</source>
        <translation>Les étapes ne peuvent pas être lues à voix haute sur cet ordinateur. %1 Les carillons sont toujours joués.</translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>La voix par défaut du système</translation>
    </message>
    <message>
        <source>%1 (not available in this language)</source>
        <translation>%1 (non disponible dans cette langue)</translation>
    </message>
    <message>
        <source>Sound and &amp;voice…</source>
        <translation>Son et &amp;voix…</translation>
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>tension</source>
        <translation>tension</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>douleur</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>gonflement</translation>
    </message>
    <message>
        <source>Sessions before 12:00</source>
        <translation>Séances avant 12:00</translation>
    </message>
    <message>
        <source>Sessions from 12:00</source>
        <translation>Séances à partir de 12:00</translation>
    </message>
    <message>
        <source>%1 on average about the same after a session (80% interval %2 to %3)</source>
        <translation>%1 en moyenne à peu près égale après une séance (intervalle à 80 % de %2 à %3)</translation>
    </message>
    <message>
        <source>%1 about the same (80% interval %2 to %3)</source>
        <translation>%1 à peu près égale (intervalle à 80 % de %2 à %3)</translation>
    </message>
    <message>
        <source>%1 on average %2 points lower after a session (80% interval %3 to %4)</source>
        <translation>%1 en moyenne %2 points plus bas après une séance (intervalle à 80 % de %3 à %4)</translation>
    </message>
    <message>
        <source>%1 on average %2 points higher after a session (80% interval %3 to %4)</source>
        <translation>%1 en moyenne %2 points plus haut après une séance (intervalle à 80 % de %3 à %4)</translation>
    </message>
    <message>
        <source>%1 %2 points lower (80% interval %3 to %4)</source>
        <translation>%1 %2 points plus bas (intervalle à 80 % de %3 à %4)</translation>
    </message>
    <message>
        <source>%1 %2 points higher (80% interval %3 to %4)</source>
        <translation>%1 %2 points plus haut (intervalle à 80 % de %3 à %4)</translation>
    </message>
    <message>
        <source>From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would likely stay with more sessions like these. What you noticed, not proof that a program works.</source>
        <translation>D&apos;après vos propres notes de 0 à 10, après moins avant. L&apos;intervalle à 80 % est la zone où la moyenne resterait probablement avec d&apos;autres séances semblables. C&apos;est ce que vous avez remarqué, pas une preuve qu&apos;un programme fonctionne.</translation>
    </message>
    <message>
        <source>In your own ratings, tension drops most clearly after %1. Try it next?</source>
        <translation>D&apos;après vos propres notes, la tension baisse le plus nettement après «&#xa0;%1&#xa0;». L&apos;essayer la prochaine fois&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n more session(s) of one program before and after, and this shows what seems to help you.</source>
        <translation>
            <numerusform>Notez encore %n séance d&apos;un même programme avant et après, pour voir ce qui semble vous aider.</numerusform>
            <numerusform>Notez encore %n séances d&apos;un même programme avant et après, pour voir ce qui semble vous aider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n session(s) rated before and after</source>
        <translation>
            <numerusform>%1&#xa0;: %2&#xa0;; %n séance notée avant et après</numerusform>
            <numerusform>%1&#xa0;: %2&#xa0;; %n séances notées avant et après</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Ankle pumps</source>
        <translation>Pompe des chevilles</translation>
    </message>
    <message>
        <source>Point the foot away, then pull the toes back towards the shin</source>
        <translation>Pointez le pied vers l&apos;avant, puis ramenez les orteils vers le tibia</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Montées sur pointes</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet, then lower your heels again</source>
        <translation>Montez sur la pointe des pieds, puis redescendez les talons</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Étirement du mollet</translation>
    </message>
    <message>
        <source>Lean towards a wall with one leg back, heel down</source>
        <translation>Penchez-vous vers un mur, une jambe en arrière, talon au sol</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Lissage du mollet</translation>
    </message>
    <message>
        <source>Light strokes from behind the knee down to the ankle</source>
        <translation>Lissages légers du creux du genou jusqu&apos;à la cheville</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Douche alternée</translation>
    </message>
    <message>
        <source>Warm water, then cool, in turns, on both legs</source>
        <translation>Eau tiède, puis fraîche, en alternance, sur les deux jambes</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Étirement de l&apos;arrière de la cuisse</translation>
    </message>
    <message>
        <source>Sit forward, one leg straight, heel down, lean from the hips</source>
        <translation>Assis au bord, une jambe tendue, talon au sol, penchez-vous depuis les hanches</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Jambes surélevées</translation>
    </message>
    <message>
        <source>Lie down with your feet resting higher than your heart</source>
        <translation>Allongez-vous, les pieds plus hauts que le cœur</translation>
    </message>
    <message>
        <source>Drawing: %1</source>
        <translation>Dessin&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>KnowHow</name>
    <message>
        <source>More for your legs</source>
        <translation>Plus pour vos jambes</translation>
    </message>
    <message>
        <source>Compression stockings</source>
        <translation>Bas de contention</translation>
    </message>
    <message>
        <source>Firm, graduated stockings can help people whose legs swell again and again, or who have varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.</source>
        <translation>Des bas de contention fermes et dégressifs peuvent aider les personnes dont les jambes gonflent souvent, ou qui ont des varices&#xa0;: leur pression régulière empêche les liquides de s&apos;accumuler dans le bas des jambes.</translation>
    </message>
    <message>
        <source>The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them with you.</source>
        <translation>La bonne classe et la bonne taille comptent. Demandez à un médecin, un infirmier ou un pharmacien de les choisir avec vous.</translation>
    </message>
    <message>
        <source>Move every hour</source>
        <translation>Bougez toutes les heures</translation>
    </message>
    <message>
        <source>Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle pumps keeps the calf muscles working.</source>
        <translation>Rester assis ou debout sans bouger pendant des heures laisse les liquides s&apos;accumuler dans le bas des jambes. Levez-vous et marchez quelques minutes au moins une fois par heure. Si vous ne pouvez pas quitter votre place, quelques pompes des chevilles font travailler les muscles des mollets.</translation>
    </message>
    <message>
        <source>Regular walking, cycling or swimming builds up the calf muscle pump over time.</source>
        <translation>Marcher, faire du vélo ou nager régulièrement renforce peu à peu la pompe musculaire du mollet.</translation>
    </message>
    <message>
        <source>Water and salt</source>
        <translation>Eau et sel</translation>
    </message>
    <message>
        <source>Drink enough water through the day. A lot of salt makes the body hold on to water, so going easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on the plate.</source>
        <translation>Buvez assez d&apos;eau tout au long de la journée. Beaucoup de sel fait retenir l&apos;eau par le corps&#xa0;: manger moins salé peut réduire les gonflements. Les poissons gras et les légumes verts à feuilles sont bons à mettre dans l&apos;assiette.</translation>
    </message>
    <message>
        <source>A healthy weight</source>
        <translation>Un poids sain</translation>
    </message>
    <message>
        <source>Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving more helps with both.</source>
        <translation>Garder un poids sain allège le travail de la circulation dans vos jambes&#xa0;; bouger davantage aide pour les deux.</translation>
    </message>
    <message>
        <source>Smoking, blood pressure and blood sugar</source>
        <translation>Tabac, tension artérielle et glycémie</translation>
    </message>
    <message>
        <source>Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after your blood vessels, in the legs as everywhere else. Your doctor can help with all three.</source>
        <translation>Arrêter de fumer et garder une tension artérielle et une glycémie dans les valeurs saines protège vos vaisseaux sanguins, dans les jambes comme ailleurs. Votre médecin peut vous aider pour les trois.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quand consulter un professionnel</translation>
    </message>
    <message>
        <source>See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.</source>
        <translation>Consultez un médecin ou un infirmier si un gonflement ou une douleur dans une jambe ne passe pas, ou revient sans cesse.</translation>
    </message>
    <message>
        <source>Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly swollen or painful.</source>
        <translation>Demandez vite de l&apos;aide, et ne massez pas la jambe, si elle devient soudain chaude, rouge, très gonflée ou douloureuse.</translation>
    </message>
    <message>
        <source>For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.</source>
        <translation>Pour un gonflement qui dure, un thérapeute formé peut proposer un drainage lymphatique ou un massage des tissus profonds.</translation>
    </message>
    <message>
        <source>KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace advice from a health professional.</source>
        <translation>KneeCare est un compagnon pour prendre soin de soi. Il ne traite et ne guérit aucune maladie, et ne remplace pas l&apos;avis d&apos;un professionnel de santé.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;More for your legs</source>
        <translation>&amp;Plus pour vos jambes</translation>
    </message>
</context>
<context>
    <name>LegDiagram</name>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Leg diagram</source>
        <translation>Schéma des jambes</translation>
    </message>
    <message>
        <source>Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Arrière des deux jambes, genou gauche mis en évidence&#xa0;; BL40 (Weizhong) au milieu du pli</translation>
    </message>
    <message>
        <source>Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Arrière des deux jambes, genou droit mis en évidence&#xa0;; BL40 (Weizhong) au milieu du pli</translation>
    </message>
    <message>
        <source>Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Arrière des deux jambes, les deux genoux&#xa0;; BL40 (Weizhong) au milieu du pli</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sharp pain</source>
        <translation>Douleur vive</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Engourdissement</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Fourmillements</translation>
    </message>
    <message>
        <source>It hurts / numb / tingling  (!)</source>
        <translation>Douleur / engourdi / fourmis  (!)</translation>
    </message>
    <message>
        <source>Continue &amp;gently</source>
        <translation>Continuer &amp;doucement</translation>
    </message>
    <message>
        <source>Go on with a lighter touch</source>
        <translation>Continuer avec une pression plus légère</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Arrêter la séance</translation>
    </message>
    <message>
        <source>End the session now, for safety</source>
        <translation>Arrêter la séance maintenant, par sécurité</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Démarrer, mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Passer à l&apos;étape suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <source>Sharp pain, numbness or tingling: pause now (! or Ctrl+H)</source>
        <translation>Douleur vive, engourdissement ou fourmillements&#xa0;: pause immédiate (! ou Ctrl+H)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Démarrer la séance</translation>
    </message>
    <message>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Démarrer, mettre en pause ou reprendre la séance (Espace)</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Passer l&apos;étape</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Aller à l&apos;étape suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Terminer la séance (Échap)</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling</source>
        <translation>Douleur, engourdi ou fourmis</translation>
    </message>
    <message>
        <source>Pauses the session at once and asks what you feel (! or Ctrl+H)</source>
        <translation>Met la séance en pause aussitôt et demande ce que vous ressentez (! ou Ctrl+H)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Démarrer, mettre en pause ou reprendre la séance</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling: pause now</source>
        <translation>Douleur, engourdi ou fourmis&#xa0;: pause immédiate</translation>
    </message>
    <message>
        <source>This session cannot start: %1.</source>
        <translation>Cette séance ne peut pas démarrer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pause session</source>
        <translation>Mettre la séance en pause</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>Reprendre la séance</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exporter l&apos;historique…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Importer l&apos;historique…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Réduire les animations</translation>
    </message>
    <message>
        <source>A still marker and words instead of moving pictures</source>
        <translation>Un repère fixe et des mots au lieu d&apos;images animées</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The new language shows from KneeCare&apos;s next start.</source>
        <translation>La nouvelle langue s&apos;affichera au prochain démarrage de KneeCare.</translation>
    </message>
    <message>
        <source>&amp;About safety</source>
        <translation>Consignes de &amp;sécurité</translation>
    </message>
    <message>
        <source>My situation &amp;changed…</source>
        <translation>Ma situation a &amp;changé…</translation>
    </message>
    <message>
        <source>Answer the safety questions again</source>
        <translation>Répondre de nouveau aux questions de sécurité</translation>
    </message>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Me poser la question sur mes jambes avant chaque séance</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Consignes de sécurité</translation>
    </message>
    <message>
        <source>When not to do this, and when to see a health professional (F1)</source>
        <translation>Quand ne pas le faire, et quand consulter un professionnel de santé (F1)</translation>
    </message>
    <message>
        <source>Repeat the safety &amp;questions</source>
        <translation>Reposer les &amp;questions de sécurité</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Les deux genoux</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Genou gauche</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Genou droit</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>La routine à suivre</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Genoux</translation>
    </message>
    <message>
        <source>Work both knees, or only the left or the right one</source>
        <translation>Les deux genoux, ou seulement le gauche ou le droit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of movement per knee</source>
        <translation>Minutes de mouvement par genou</translation>
    </message>
    <message>
        <source>&amp;Warm compress first</source>
        <translation>Compresse &amp;chaude d&apos;abord</translation>
    </message>
    <message>
        <source>Warm compress first</source>
        <translation>Compresse chaude d&apos;abord</translation>
    </message>
    <message>
        <source>Rest a warm compress behind the knees before the session starts</source>
        <translation>Poser une compresse chaude derrière les genoux avant le début de la séance</translation>
    </message>
    <message>
        <source>Minutes of warm compress</source>
        <translation>Minutes de compresse chaude</translation>
    </message>
    <message>
        <source>1 or 2 minutes, before the first knee</source>
        <translation>1 ou 2 minutes, avant le premier genou</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Rien de plus</translation>
    </message>
    <message>
        <source>Finish with</source>
        <translation>Terminer par</translation>
    </message>
    <message>
        <source>A routine to do right after the knee session</source>
        <translation>Une routine à faire juste après la séance des genoux</translation>
    </message>
    <message>
        <source>Minutes with legs raised</source>
        <translation>Minutes jambes surélevées</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Knees</source>
        <translation>&amp;Genoux</translation>
    </message>
    <message>
        <source>&amp;Movement per knee</source>
        <translation>&amp;Mouvement par genou</translation>
    </message>
    <message>
        <source>&amp;Finish with</source>
        <translation>&amp;Terminer par</translation>
    </message>
    <message>
        <source>Legs &amp;raised for</source>
        <translation>Jambes su&amp;rélevées pendant</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>No, &amp;thanks</source>
        <translation>&amp;Non merci</translation>
    </message>
    <message>
        <source>Do not suggest a program again</source>
        <translation>Ne plus proposer de programme</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)</source>
        <translation>De %1 à %2 minutes, par demi-minutes (2 à 5 minutes par genou en tout)</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in whole minutes</source>
        <translation>De %1 à %2 minutes, par minutes entières</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Choose %1 for your next session</source>
        <translation>Choisir %1 pour votre prochaine séance</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Chaque jour (%n)</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Synchroniser…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>&amp;Tension</source>
        <translation>&amp;Tension</translation>
    </message>
    <message>
        <source>how tight the back of the knee feels</source>
        <translation>à quel point l&apos;arrière du genou semble tendu</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Douleur</translation>
    </message>
    <message>
        <source>any ache or soreness</source>
        <translation>toute douleur ou sensibilité</translation>
    </message>
    <message>
        <source>&amp;Swelling</source>
        <translation>&amp;Gonflement</translation>
    </message>
    <message>
        <source>any puffiness around the knee</source>
        <translation>tout gonflement autour du genou</translation>
    </message>
    <message>
        <source>Rate your knees</source>
        <translation>Notez vos genoux</translation>
    </message>
    <message>
        <source>How do your knees feel before the session?</source>
        <translation>Comment se sentent vos genoux avant la séance&#xa0;?</translation>
    </message>
    <message>
        <source>And after the session?</source>
        <translation>Et après la séance&#xa0;?</translation>
    </message>
    <message>
        <source>Rate what you feel, 0 for none and 10 for the most you can imagine. A slider you leave alone is simply not rated.</source>
        <translation>Notez ce que vous ressentez, de 0 pour rien à 10 pour le maximum imaginable. Un curseur que vous ne touchez pas reste simplement sans note.</translation>
    </message>
    <message>
        <source>A note, if you like (optional)</source>
        <translation>Une remarque, si vous voulez (facultatif)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>Ne plus me demander</translation>
    </message>
    <message>
        <source>You can turn ratings back on in the History window.</source>
        <translation>Vous pouvez réactiver les notes dans la fenêtre Historique.</translation>
    </message>
    <message>
        <source>%1, 0 none to 10 the most</source>
        <translation>%1, de 0 (rien) à 10 (le maximum)</translation>
    </message>
    <message>
        <source>not rated (before: %1)</source>
        <translation>sans note (avant&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Passer  (Échap)</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Enregistrer et démarrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sans note</translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation>(avant&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a session</source>
        <translation>Me &amp;rappeler de faire une séance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Recovery after heavy exercise</source>
        <translation>Récupération après un effort intense</translation>
    </message>
    <message>
        <source>Start KneeCare in the tray when I log in</source>
        <translation>Lancer KneeCare dans la zone de notification à la connexion</translation>
    </message>
    <message>
        <source>I&apos;m in a &amp;meeting: remind me in %1 min</source>
        <translation>Je suis en ré&amp;union&#xa0;: me le rappeler dans %1 min</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> par jour</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif du jour</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Objectif du jour</translation>
    </message>
    <message>
        <source>Skip a reminder when today&apos;s goal is already met</source>
        <translation>Pas de rappel quand l&apos;objectif du jour est déjà atteint</translation>
    </message>
    <message>
        <source>Count routines (stretches, ankle pumps…) towards the goal</source>
        <translation>Compter les routines (étirements, pompes des chevilles…) dans l&apos;objectif</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Durée du report</translation>
    </message>
    <message>
        <source>&amp;Snooze for</source>
        <translation>Re&amp;porter de</translation>
    </message>
    <message>
        <source>Use reminder time %1</source>
        <translation>Utiliser l&apos;heure de rappel %1</translation>
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation>Heure de rappel %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>Recovery reminders a day</source>
        <translation>Rappels de récupération par jour</translation>
    </message>
    <message>
        <source>Recovery days</source>
        <translation>Jours de récupération</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Remind me to stand up and &amp;move every hour, from</source>
        <translation>Me rappeler de me lever et de &amp;bouger toutes les heures, de</translation>
    </message>
    <message>
        <source>Movement nudges from</source>
        <translation>Rappels de mouvement à partir de</translation>
    </message>
    <message>
        <source>Movement nudges until</source>
        <translation>Rappels de mouvement jusqu&apos;à</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>These reminders cannot work yet: %1.</source>
        <translation>Ces rappels ne peuvent pas encore fonctionner&#xa0;: %1.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A weekday, day and month as QLocale writes them (QDate format), e.g. &quot;Sunday 29 November&quot;.</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>On until %1, then back to your usual reminders by itself. Reminders at %2.</source>
        <translation>Actif jusqu&apos;au %1, puis retour automatique à vos rappels habituels. Rappels à %2.</translation>
    </message>
    <message>
        <source>End recovery reminders now</source>
        <translation>Arrêter les rappels de récupération</translation>
    </message>
    <message>
        <source>For a few days after heavy exercise: reminders at %1, then back to your usual ones.</source>
        <translation>Pendant quelques jours après un effort intense&#xa0;: rappels à %1, puis retour à vos rappels habituels.</translation>
    </message>
    <message>
        <source>Start recovery reminders today</source>
        <translation>Commencer les rappels de récupération aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Fine: the next reminder comes in %n minute(s).</source>
        <translation>
            <numerusform>Entendu&#xa0;: le prochain rappel arrive dans %n minute.</numerusform>
            <numerusform>Entendu&#xa0;: le prochain rappel arrive dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>stopped early by the person</source>
        <translation>arrêtée plus tôt par la personne</translation>
    </message>
    <message>
        <source>ended for safety</source>
        <translation>arrêtée par sécurité</translation>
    </message>
    <message>
        <source>interrupted (the app was closed)</source>
        <translation>interrompue (l&apos;application a été fermée)</translation>
    </message>
    <message>
        <source>a hands-on step skipped</source>
        <translation>une étape pratique sautée</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tension</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Gonflement</translation>
    </message>
    <message>
        <source>settling in</source>
        <translation>installation</translation>
    </message>
    <message>
        <source>warm compress</source>
        <translation>compresse chaude</translation>
    </message>
    <message>
        <source>finding the point</source>
        <translation>trouver le point</translation>
    </message>
    <message>
        <source>steady pressure</source>
        <translation>pression régulière</translation>
    </message>
    <message>
        <source>circles or strokes</source>
        <translation>cercles ou lissages</translation>
    </message>
    <message>
        <source>holding the point</source>
        <translation>maintien du point</translation>
    </message>
    <message>
        <source>calf strokes</source>
        <translation>lissage du mollet</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>étirement</translation>
    </message>
    <message>
        <source>legs raised</source>
        <translation>jambes surélevées</translation>
    </message>
    <message>
        <source>warm and cool water</source>
        <translation>eau tiède et fraîche</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>genou gauche</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>genou droit</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>douleur vive</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>engourdissement</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>fourmillements</translation>
    </message>
    <message>
        <source>session ended for safety</source>
        <translation>séance arrêtée par sécurité</translation>
    </message>
    <message>
        <source>no reason given not to do the sessions</source>
        <translation>aucune raison donnée de ne pas faire les séances</translation>
    </message>
    <message>
        <source>pregnant; a healthcare provider agreed to the sessions</source>
        <translation>enceinte&#xa0;; un professionnel de santé a donné son accord pour les séances</translation>
    </message>
    <message>
        <source>pregnant; sessions held until a healthcare provider agrees</source>
        <translation>enceinte&#xa0;; séances suspendues jusqu&apos;à l&apos;accord d&apos;un professionnel de santé</translation>
    </message>
    <message>
        <source>sessions on hold because of a yes</source>
        <translation>séances suspendues à cause d&apos;un «&#xa0;oui&#xa0;»</translation>
    </message>
    <message>
        <source>not every question answered</source>
        <translation>questions pas toutes répondues</translation>
    </message>
    <message>
        <source>the person said the leg was back to normal</source>
        <translation>la personne a dit que la jambe était redevenue normale</translation>
    </message>
    <message>
        <source>the person said a health professional cleared it</source>
        <translation>la personne a dit qu&apos;un professionnel de santé avait donné son accord</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Self-care log from KneeCare</source>
        <translation>Journal d&apos;autosoins KneeCare</translation>
    </message>
    <message>
        <source>Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are self-care and are not offered as a treatment.</source>
        <translation>Journal tenu par la personne elle-même avec l&apos;application KneeCare&#xa0;; ce n&apos;est pas un diagnostic. Les séances sont des autosoins et ne sont pas proposées comme un traitement.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>completed sessions a day, week&apos;s average</source>
        <translation>séances terminées par jour, moyenne de la semaine</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>objectif du jour</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 avant</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 après</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.</source>
        <translation>Acupression guidée derrière les genoux (point BL40, Weizhong), telle que la personne l&apos;a enregistrée.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Time on each knee: left %1 min, right %2 min.</source>
        <translation>Temps sur chaque genou&#xa0;: gauche %1 min, droit %2 min.</translation>
    </message>
    <message>
        <source>knee points</source>
        <translation>points du genou</translation>
    </message>
    <message>
        <source>leg routine</source>
        <translation>routine pour les jambes</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>No session was rated both before and after.</source>
        <translation>Aucune séance n&apos;a été notée à la fois avant et après.</translation>
    </message>
    <message>
        <source>0-10, 10 worst</source>
        <translation>0-10, 10 = le pire</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Sessions rated</source>
        <translation>Séances notées</translation>
    </message>
    <message>
        <source>Averages of the ratings given just before and just after a session, over the sessions rated both times.</source>
        <translation>Moyennes des notes données juste avant et juste après une séance, sur les séances notées les deux fois.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Ce qui semble aider</translation>
    </message>
    <message>
        <source>Not enough rated sessions yet: each line needs at least 5.</source>
        <translation>Pas encore assez de séances notées&#xa0;: chaque ligne en demande au moins 5.</translation>
    </message>
    <message>
        <source>Average change in the person&apos;s own 0-10 ratings after a session (below 0: lower after), with an 80% interval of that average. An observation, not evidence of an effect.</source>
        <translation>Variation moyenne des notes de 0 à 10 de la personne après une séance (sous 0&#xa0;: plus bas après), avec un intervalle à 80 % de cette moyenne. Une observation, pas une preuve d&apos;effet.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>No safety screening recorded.</source>
        <translation>Aucune réponse aux questions de sécurité enregistrée.</translation>
    </message>
    <message>
        <source>Latest safety screening: %1. Result: %2.</source>
        <translation>Dernières réponses aux questions de sécurité&#xa0;: %1. Résultat&#xa0;: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Red flags, all-clears and safety stops in the period</source>
        <translation>Signaux d&apos;alerte, levées d&apos;alerte et arrêts de sécurité sur la période</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when this report was made.</source>
        <translation>La question quotidienne avant chaque séance (une jambe est-elle gonflée, chaude, rouge ou douloureuse&#xa0;?) était %1 quand ce rapport a été établi.</translation>
    </message>
    <message>
        <source>Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.</source>
        <translation>Réponse «&#xa0;oui&#xa0;» à la question quotidienne (une jambe gonflée, chaude, rouge ou douloureuse)&#xa0;; séances suspendues.</translation>
    </message>
    <message>
        <source>Hold ended: %1.</source>
        <translation>Suspension levée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>In a session of %1: %2</source>
        <translation>Pendant une séance «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>Du %1 au %2 (%n jour)</numerusform>
            <numerusform>Du %1 au %2 (%n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 completed. Ended early: %2.</source>
        <translation>
            <numerusform>%n séance. Terminées&#xa0;: %1. Arrêtées plus tôt&#xa0;: %2.</numerusform>
            <numerusform>%n séances. Terminées&#xa0;: %1. Arrêtées plus tôt&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal: %n completed session(s) a day; reached on average %1 a day.</source>
        <translation>
            <numerusform>Objectif du jour&#xa0;: %n séance terminée par jour&#xa0;; moyenne atteinte&#xa0;: %1 par jour.</numerusform>
            <numerusform>Objectif du jour&#xa0;: %n séances terminées par jour&#xa0;; moyenne atteinte&#xa0;: %1 par jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a health professional</source>
        <translation>Rapport pour un professionnel de santé</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Remember this name</source>
        <translation>&amp;Retenir ce nom</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Nom sur le rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>The first day comes after the last day. Please swap them.</source>
        <translation>Le premier jour est après le dernier. Veuillez les inverser.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No session was recorded in this period, so there is nothing to report.</source>
        <translation>Aucune séance n&apos;a été enregistrée sur cette période&#xa0;: il n&apos;y a rien à rapporter.</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>Le rapport n&apos;a pas pu être enregistré à cet endroit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report for a &amp;health professional…</source>
        <translation>Rapport pour un professionnel de &amp;santé…</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety questions · %1</source>
        <translation>Questions de sécurité · %1</translation>
    </message>
    <message>
        <source>They ask about:</source>
        <translation>Elles portent sur&#xa0;:</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Questions de sécurité</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Sessions are on hold for now</source>
        <translation>Les séances sont suspendues pour l&apos;instant</translation>
    </message>
    <message>
        <source>Your answers show something that makes pressing behind the knee unwise at the moment, so KneeCare will not start a session.</source>
        <translation>Vos réponses montrent qu&apos;il vaut mieux ne pas appuyer derrière le genou en ce moment. KneeCare ne lancera donc pas de séance.</translation>
    </message>
    <message>
        <source>If an answer was a mistake, or things have changed, you can review your answers.</source>
        <translation>Si vous vous êtes trompé de réponse, ou si votre situation a changé, vous pouvez revoir vos réponses.</translation>
    </message>
    <message>
        <source>About &amp;safety</source>
        <translation>Consignes de &amp;sécurité</translation>
    </message>
    <message>
        <source>&amp;Review my answers</source>
        <translation>Revoir mes ré&amp;ponses</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Check with your healthcare provider first</source>
        <translation>Demandez d&apos;abord l&apos;avis d&apos;un professionnel de santé</translation>
    </message>
    <message>
        <source>Tick the box once your provider has agreed; then Continue is available.</source>
        <translation>Cochez la case quand votre professionnel de santé a donné son accord&#xa0;; le bouton «&#xa0;Continuer&#xa0;» devient alors disponible.</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>Pas &amp;encore</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>Cochez d&apos;abord la case ci-dessus</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Les séances sont suspendues</translation>
    </message>
    <message>
        <source>You said a leg is swollen, warm, red or painful.</source>
        <translation>Vous avez indiqué qu&apos;une jambe est gonflée, chaude, rouge ou douloureuse.</translation>
    </message>
    <message>
        <source>Sessions stay on hold</source>
        <translation>Les séances restent suspendues</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Nothing in your answers stops you from using KneeCare. Press Start when you are ready; a quick question about your legs comes first.</source>
        <translation>Rien dans vos réponses ne vous empêche d&apos;utiliser KneeCare. Cliquez sur «&#xa0;Démarrer&#xa0;» quand vous êtes prêt&#xa0;; une courte question sur vos jambes vient d&apos;abord.</translation>
    </message>
    <message>
        <source>If your health changes, choose Safety &gt; My situation changed, and the questions are asked again.</source>
        <translation>Si votre santé change, choisissez Sécurité &gt; Ma situation a changé&#xa0;: les questions vous seront posées à nouveau.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Me poser la question sur mes jambes avant chaque séance</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on until %1)</source>
        <translation>Me poser la question sur mes jambes avant chaque séance (toujours active jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on in your first week)</source>
        <translation>Me poser la question sur mes jambes avant chaque séance (toujours active la première semaine)</translation>
    </message>
    <message>
        <source>You turned this question off; after a recent leg problem or a report of pain, numbness or tingling it is asked again until %1.</source>
        <translation>Vous avez désactivé cette question&#xa0;; après un problème récent à une jambe ou un signalement de douleur, d&apos;engourdissement ou de fourmillements, elle est de nouveau posée jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>This question is always asked before your first session.</source>
        <translation>Cette question est toujours posée avant votre première séance.</translation>
    </message>
    <message>
        <source>You turned this question off; it is still asked in your first week, until %1.</source>
        <translation>Vous avez désactivé cette question&#xa0;; elle reste posée pendant votre première semaine, jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>KneeCare could not save your answer (%1). It counts for now, but you may be asked again next time.</source>
        <translation>KneeCare n&apos;a pas pu enregistrer votre réponse (%1). Elle compte pour cette fois, mais la question pourra vous être reposée la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <source>I have read this, and it does not apply to me</source>
        <translation>J&apos;ai lu ce message et il ne me concerne pas</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>Avant de commencer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Safety note for %1</source>
        <translation>Consigne de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>About safety · %1</source>
        <translation>Consignes de sécurité · %1</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Consignes de sécurité</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The backs of your legs, seen from behind</source>
        <translation>L&apos;arrière de vos jambes, vu de dos</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Où vous en êtes</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>Ce que font les mains</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Temps restant dans la séance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Prêt quand vous l&apos;êtes</translation>
    </message>
    <message>
        <source>%1 Press Start or Space to begin.</source>
        <translation>%1 Cliquez sur «&#xa0;Démarrer&#xa0;» ou appuyez sur Espace pour commencer.</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>en tout</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>D&apos;abord&#xa0;: %1</translation>
    </message>
    <message>
        <source>left in this step</source>
        <translation>restant dans cette étape</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>En pause. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Press Start or Space for another session.</source>
        <translation>Cliquez sur «&#xa0;Démarrer&#xa0;» ou appuyez sur Espace pour une autre séance.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Open the %1 menu</source>
        <translation>Ouvrir le menu %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Tab moves between controls; Space or Enter presses the one with the focus.</source>
        <translation>Tab passe d&apos;une commande à l&apos;autre&#xa0;; Espace ou Entrée active celle qui a le focus.</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation>Chaque ligne&#xa0;: les touches, puis leur effet</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Every key KneeCare answers</source>
        <translation>Toutes les touches auxquelles KneeCare répond</translation>
    </message>
</context>
<context>
    <name>TrayCompanion</name>
    <message>
        <source>No tray here: closing this window quits KneeCare. Reminders come as notifications.</source>
        <translation>Pas de zone de notification ici&#xa0;: fermer cette fenêtre quitte KneeCare. Les rappels arrivent sous forme de notifications.</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Rappels…</translation>
    </message>
    <message>
        <source>KneeCare could not change how it starts at login: %1</source>
        <translation>KneeCare n&apos;a pas pu modifier son lancement à la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Votre séance</translation>
    </message>
    <message>
        <source>KneeCare is still here</source>
        <translation>KneeCare est toujours là</translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.</source>
        <translation>Il reste dans la zone de notification pour vous faire penser à vos séances. Pour quitter, choisissez Quitter dans le menu de l&apos;icône.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>For 30 minutes</source>
        <translation>Pendant 30 minutes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Start session (%1)</source>
        <translation>Démarrer la séance (%1)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Démarrer la séance</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Open KneeCare</source>
        <translation>Ouvrir KneeCare</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Consignes de sécurité</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Rappels…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>This is how KneeCare will read each step to you.</source>
        <translation>Voici comment KneeCare vous lira chaque étape.</translation>
    </message>
    <message>
        <source>Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.</source>
        <translation>Installez speech-dispatcher (et une voix comme espeak-ng) pour entendre les étapes lues à voix haute.</translation>
    </message>
    <message>
        <source>Your system&apos;s speech service did not answer.</source>
        <translation>Le service vocal de votre système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>Le moteur vocal a cessé de fonctionner.</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Aucun moteur vocal n&apos;est installé.</translation>
    </message>
    <message>
        <source>The speech engine “%1” could not start.</source>
        <translation>Le moteur vocal «&#xa0;%1&#xa0;» n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>No speech voice for %1 is installed on this computer, so KneeCare plays the chimes only and does not read the steps aloud. Install a voice for %1 to hear them.</source>
        <translation>Aucune voix de synthèse pour %1 n&apos;est installée sur cet ordinateur : KneeCare joue seulement les carillons et ne lit pas les étapes à voix haute. Installez une voix pour %1 pour les entendre.</translation>
    </message>
    <message>
        <source>The speech engine “%1” did not answer.</source>
        <translation>Le moteur vocal «&#xa0;%1&#xa0;» n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The speech helper stopped (exit code %1).</source>
        <translation>L&apos;assistant vocal s&apos;est arrêté (code de sortie %1).</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Showing %1</source>
        <extracomment>Read by screen readers after the chart&apos;s summary: %1 is the value picked (e.g. &quot;Thu 26 Nov: 2 sessions completed&quot;).</extracomment>
        <translation>Affiché&#xa0;: %1</translation>
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
        <translation>n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time</source>
        <translation>%1 n&apos;est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>%1 is not a non-empty text</source>
        <translation>%1 n&apos;est pas un texte non vide</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds (0 or more)</source>
        <translation>%1 n&apos;est pas un nombre de secondes (0 ou plus)</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 n&apos;est pas un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>%1 has no UTC offset (like +01:00)</source>
        <translation>%1 n&apos;a pas de décalage UTC (comme +01:00)</translation>
    </message>
    <message>
        <source>%1 is not a time from the year %2 to %3</source>
        <translation>%1 n&apos;est pas une date entre les années %2 et %3</translation>
    </message>
    <message>
        <source>%1 is not a value KneeCare knows</source>
        <translation>%1 n&apos;est pas une valeur connue de KneeCare</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>is not an object with &apos;before&apos; and &apos;after&apos;</source>
        <translation>n&apos;est pas un objet avec «&#xa0;before&#xa0;» et «&#xa0;after&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>entry %1 (started %2)</source>
        <translation>entrée %1 (commencée %2)</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>est antérieur à started_at</translation>
    </message>
    <message>
        <source>two phases have the same index</source>
        <translation>deux phases ont le même index</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most KneeCare imports</source>
        <translation>le fichier dépasse %1 Mio, le maximum que KneeCare importe</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>le fichier n&apos;est pas du JSON valide (ligne %1, colonne %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a KneeCare export</source>
        <translation>le fichier est trop imbriqué pour être un export KneeCare</translation>
    </message>
    <message>
        <source>the file holds a value KneeCare cannot read: %1</source>
        <translation>le fichier contient une valeur que KneeCare ne peut pas lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file does not hold a list of sessions (a KneeCare JSON export)</source>
        <translation>le fichier ne contient pas de liste de séances (un export JSON de KneeCare)</translation>
    </message>
    <message>
        <source>entries %1 and %2 are the same session (uid %3)</source>
        <translation>les entrées %1 et %2 sont la même séance (uid %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n séance ajoutée</numerusform>
            <numerusform>%n séances ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were already in your history.</source>
        <translation>
            <numerusform>%1&#xa0;; %n était déjà dans votre historique.</numerusform>
            <numerusform>%1&#xa0;; %n étaient déjà dans votre historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>KneeCare had a problem with your history just now. The details say what happened and what KneeCare did about it.</source>
        <translation>KneeCare vient de rencontrer un problème avec votre historique. Les détails disent ce qui s&apos;est passé et ce que KneeCare a fait.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée plus tôt</translation>
    </message>
    <message>
        <source>Ended for safety</source>
        <translation>Arrêtée par sécurité</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session gone through to its end with a pressing, moving or exercise step skipped (not done).</extracomment>
        <translation>Étapes sautées</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>The Knees column of the sessions table.</extracomment>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>genou gauche</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>genou droit</translation>
    </message>
    <message>
        <source>both knees</source>
        <translation>les deux genoux</translation>
    </message>
    <message>
        <source>settling in</source>
        <extracomment>What the person was doing: fills %3 of &quot;Reported %1 at %2, during %3&quot; (with the preposition needed).</extracomment>
        <translation>l&apos;installation</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>l&apos;échauffement</translation>
    </message>
    <message>
        <source>finding the hollow</source>
        <translation>la recherche du creux</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>la pression</translation>
    </message>
    <message>
        <source>the movement</source>
        <translation>le mouvement</translation>
    </message>
    <message>
        <source>a hold</source>
        <translation>un maintien</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>the repetitions</source>
        <translation>les répétitions</translation>
    </message>
    <message>
        <source>a stretch</source>
        <translation>un étirement</translation>
    </message>
    <message>
        <source>a rest</source>
        <translation>un repos</translation>
    </message>
    <message>
        <source>the intervals</source>
        <translation>les intervalles</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>douleur</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>engourdissement</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>fourmillements</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>tension</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>gonflement</translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word the person types to delete everything (in capitals).</extracomment>
        <translation>SUPPRIMER</translation>
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
        <translation>%1&#xa0;: aucune séance</translation>
    </message>
    <message>
        <source>, %1 ended early</source>
        <translation>, arrêtées plus tôt&#xa0;: %1</translation>
    </message>
    <message>
        <source> (goal met)</source>
        <translation> (objectif atteint)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <source>Rate how your knees feel before and after a session to see here how they compare.</source>
        <translation>Notez vos genoux avant et après une séance pour voir ici la comparaison.</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points after a session</source>
        <translation>votre note de %1 a baissé de %2 points après une séance</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points</source>
        <translation>votre note de %1 a baissé de %2 points</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points after a session</source>
        <translation>votre note de %1 a augmenté de %2 points après une séance</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points</source>
        <translation>votre note de %1 a augmenté de %2 points</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same after a session</source>
        <translation>votre note de %1 est restée à peu près la même après une séance</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same</source>
        <translation>votre note de %1 est restée à peu près la même</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the measures: &quot;A, B and C&quot;.</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Genoux</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day was met on %5 of %6 days.</source>
        <translation>Séances par jour sur les derniers %1&#xa0;: %2 terminées, %3 arrêtées plus tôt&#xa0;; l&apos;objectif de %4 par jour a été atteint %5 jours sur %6.</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.</source>
        <translation>Séances par jour sur les derniers %1&#xa0;: %2 terminées&#xa0;; l&apos;objectif de %3 par jour a été atteint %4 jours sur %5.</translation>
    </message>
    <message>
        <source>Minutes per week, last %1 weeks: %2 in all.</source>
        <translation>Minutes par semaine, %1 dernières semaines&#xa0;: %2 en tout.</translation>
    </message>
    <message>
        <source>%1: %2 before %3, after %4</source>
        <extracomment>%1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.</extracomment>
        <translation>%1&#xa0;: %2 avant %3, après %4</translation>
    </message>
    <message>
        <source>%1 rating, 0 to 10, mean before and after sessions, last %2.</source>
        <translation>Note de %1, de 0 à 10, moyenne avant et après les séances, derniers %2.</translation>
    </message>
    <message>
        <source> Overall %1 before, %2 after.</source>
        <translation> Au total&#xa0;: %1 avant, %2 après.</translation>
    </message>
    <message>
        <source>Deleted the session of %1, %2.</source>
        <translation>Séance du %1, %2 supprimée.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Étapes&#xa0;: %1 sur %2 faites</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, sautées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reported %1 at %2, during %3</source>
        <extracomment>%1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of &quot;settling in&quot;, &quot;pressing&quot;, ...).</extracomment>
        <translation>Signalement&#xa0;: %1 à %2, pendant %3</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>pas de notes</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <source>Knee sessions</source>
        <translation>Séances des genoux</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Tension · pain · swelling, 0 to 10 (– not rated)</source>
        <translation>Tension · douleur · gonflement, de 0 à 10 (– sans note)</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (sur %2)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Séances par jour</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
    <message>
        <source>How your knees felt, before and after</source>
        <translation>Comment allaient vos genoux, avant et après</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Afficher les derniers %1</translation>
    </message>
    <message>
        <source>sessions today</source>
        <translation>séances aujourd&apos;hui</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>série en cours</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>meilleure série</translation>
    </message>
    <message>
        <source>days the goal was met</source>
        <translation>jours où l&apos;objectif a été atteint</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>minutes cette semaine</translation>
    </message>
    <message>
        <source>Tension before and after sessions</source>
        <translation>Tension avant et après les séances</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Douleur avant et après les séances</translation>
    </message>
    <message>
        <source>The quick rating before and after sessions is off.</source>
        <translation>La note rapide avant et après les séances est désactivée.</translation>
    </message>
    <message>
        <source>Ask me again</source>
        <translation>Me redemander</translation>
    </message>
    <message>
        <source>What seems to help you</source>
        <translation>Ce qui semble vous aider</translation>
    </message>
    <message>
        <source>goal: %1 a day</source>
        <translation>objectif&#xa0;: %1 par jour</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>arrêtées plus tôt</translation>
    </message>
    <message>
        <source>Sessions per day, each week&apos;s average</source>
        <translation>Séances par jour, moyenne de chaque semaine</translation>
    </message>
    <message>
        <source> Shown as each week&apos;s average per day.</source>
        <translation> Affiché en moyenne par jour pour chaque semaine.</translation>
    </message>
    <message>
        <source>No sessions in this time yet. When you finish one, it shows here.</source>
        <translation>Pas encore de séance sur cette période. Quand vous en terminerez une, elle apparaîtra ici.</translation>
    </message>
    <message>
        <source>current streak, go on today</source>
        <translation>série en cours, continuez aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 avant</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 après</translation>
    </message>
    <message>
        <source>History · %1</source>
        <translation>Historique · %1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>Which sessions to list</source>
        <translation>Séances à afficher</translation>
    </message>
    <message>
        <source>List every session, only the knee sessions, or only the routines</source>
        <translation>Afficher toutes les séances, seulement celles des genoux, ou seulement les routines</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>Supp&amp;rimer la séance</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); you can undo it</source>
        <translation>Supprimer la séance choisie (touche Suppr)&#xa0;; vous pouvez l&apos;annuler</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>Supprimer toutes les données…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>Récupérer la séance (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Séances, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <source>Choose a session to see its details.</source>
        <translation>Choisissez une séance pour voir ses détails.</translation>
    </message>
    <message>
        <source>Your other computers delete it at their next sync.</source>
        <translation>Vos autres ordinateurs les supprimeront à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The sync folder could not be reached; it is cleared at the next sync.</source>
        <translation>Le dossier de synchronisation était inaccessible&#xa0;; il sera vidé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Sync is now off; the sync folder was left as it was.</source>
        <translation>La synchronisation est maintenant désactivée&#xa0;; le dossier de synchronisation n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Supprimer toutes les données</translation>
    </message>
    <message>
        <source>This deletes every session, rating and safety report, the reminder log, your screening answers and all backup copies, for good. Your settings stay.

If you might want them later, close this and use File &gt; Export first.

To go ahead, type %1 below.</source>
        <extracomment>%1 is the word to type (DELETE, translated above). &quot;File &gt; Export&quot; names the menu entry.</extracomment>
        <translation>Ceci supprime définitivement toutes les séances, notes et signalements de sécurité, le journal des rappels, vos réponses aux questions de sécurité et toutes les copies de sauvegarde. Vos réglages sont conservés.

Si vous pourriez en avoir besoin plus tard, fermez ceci et utilisez d&apos;abord Fichier &gt; Exporter l&apos;historique.

Pour continuer, tapez %1 ci-dessous.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Tapez %1 pour confirmer</translation>
    </message>
    <message>
        <source>Also delete it on my other &amp;computers (sync folder)</source>
        <translation>Supprimer aussi sur mes autres &amp;ordinateurs (dossier de synchronisation)</translation>
    </message>
    <message>
        <source>Checked: your other computers delete everything too at their next sync. Not checked: only this computer&apos;s history goes, and sync is turned off here.</source>
        <translation>Coché&#xa0;: vos autres ordinateurs suppriment aussi tout à leur prochaine synchronisation. Non coché&#xa0;: seul l&apos;historique de cet ordinateur est supprimé, et la synchronisation est désactivée ici.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>The title of the message after an export.</extracomment>
        <translation>Export</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2.</source>
        <translation>L&apos;historique n&apos;a pas pu être écrit dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importer l&apos;historique</translation>
    </message>
    <message>
        <source>KneeCare JSON export (*.json)</source>
        <translation>Export JSON de KneeCare (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The title of the message after an import.</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a text file; nothing was imported.</source>
        <translation>%1 n&apos;est pas un fichier texte&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation>%1 n&apos;a pas été importé, et rien n&apos;a changé&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation>
            <numerusform>%n séance, de la plus récente à la plus ancienne. Notes&#xa0;: tension · douleur · gonflement, de 0 à 10.</numerusform>
            <numerusform>%n séances, de la plus récente à la plus ancienne. Notes&#xa0;: tension · douleur · gonflement, de 0 à 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted all data (%n session(s)).</source>
        <translation>
            <numerusform>Toutes les données ont été supprimées (%n séance).</numerusform>
            <numerusform>Toutes les données ont été supprimées (%n séances).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) completed</source>
        <translation>
            <numerusform>%1&#xa0;: %n séance terminée</numerusform>
            <numerusform>%1&#xa0;: %n séances terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s), %4 ended early)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 terminées par jour (%3 en %n jour, %4 arrêtées plus tôt)</numerusform>
            <numerusform>%1&#xa0;: %2 terminées par jour (%3 en %n jours, %4 arrêtées plus tôt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s))</source>
        <translation>
            <numerusform>%1&#xa0;: %2 terminées par jour (%3 en %n jour)</numerusform>
            <numerusform>%1&#xa0;: %2 terminées par jour (%3 en %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>En moyenne %1 (%n séance notée avant et après).</numerusform>
            <numerusform>En moyenne %1 (%n séances notées avant et après).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %2 min in %n session(s)</source>
        <translation>
            <numerusform>semaine du %1&#xa0;: %2 min en %n séance</numerusform>
            <numerusform>semaine du %1&#xa0;: %2 min en %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n séance exportée vers %1.</numerusform>
            <numerusform>%n séances exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>left</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your left knee&quot;).</extracomment>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your right knee&quot;).</extracomment>
        <translation>droit</translation>
    </message>
    <message>
        <source>Warm compress</source>
        <translation>Compresse chaude</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends.</source>
        <extracomment>{knee} becomes &quot;left&quot; or &quot;right&quot; (the words above).</extracomment>
        <translation>Asseyez-vous confortablement et posez une compresse chaude, jamais brûlante, derrière le genou {knee} jusqu&apos;à la fin du minuteur.</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.</source>
        <translation>Asseyez-vous confortablement et posez une compresse chaude, jamais brûlante, derrière les deux genoux jusqu&apos;à la fin du minuteur.</translation>
    </message>
    <message>
        <source>Firm, but never painful.</source>
        <translation>Ferme, mais jamais douloureux.</translation>
    </message>
    <message>
        <source>firm</source>
        <extracomment>Words (separated by |) that say &quot;firm&quot; in the translated pressure instructions.</extracomment>
        <translation>ferme</translation>
    </message>
    <message>
        <source>never painful|never hurts|never hurt</source>
        <extracomment>Words (separated by |) that say &quot;never painful&quot; in the translated pressure instructions.</extracomment>
        <translation>jamais douloureu|jamais mal</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Everyday care to keep the backs of the knees loose: once or twice a day.</source>
        <translation>Un soin de tous les jours pour garder l&apos;arrière des genoux souple&#xa0;: une ou deux fois par jour.</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>S&apos;installer</translation>
    </message>
    <message>
        <source>Sit down and bend your {knee} knee a little, with the foot flat on the floor or resting on something.</source>
        <translation>Asseyez-vous et pliez un peu le genou {knee}, le pied à plat sur le sol ou posé sur un appui.</translation>
    </message>
    <message>
        <source>Warm your hands</source>
        <translation>Réchauffer les mains</translation>
    </message>
    <message>
        <source>Rub your palms briskly together until they feel warm.</source>
        <translation>Frottez vivement vos paumes l&apos;une contre l&apos;autre jusqu&apos;à ce qu&apos;elles soient chaudes.</translation>
    </message>
    <message>
        <source>Find the hollow</source>
        <translation>Trouver le creux</translation>
    </message>
    <message>
        <source>Slide your fingers behind the {knee} knee and feel for the soft dip in the middle of the crease.</source>
        <translation>Glissez les doigts derrière le genou {knee} et cherchez le petit creux souple au milieu du pli.</translation>
    </message>
    <message>
        <source>Press gently</source>
        <translation>Appuyer doucement</translation>
    </message>
    <message>
        <source>Rest your thumbs in the hollow and lean in slowly until the pressure is firm but never painful.</source>
        <translation>Posez les pouces dans le creux et appuyez lentement jusqu&apos;à une pression ferme, mais jamais douloureuse.</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>Petits cercles</translation>
    </message>
    <message>
        <source>Trace small, slow circles across the hollow, the pressure firm but never painful.</source>
        <translation>Tracez de petits cercles lents sur le creux, avec une pression ferme, mais jamais douloureuse.</translation>
    </message>
    <message>
        <source>Steady hold</source>
        <translation>Pression continue</translation>
    </message>
    <message>
        <source>Keep a still pressure on the centre of the crease, firm but never painful, then let go when the timer ends.</source>
        <translation>Gardez une pression immobile au centre du pli, ferme mais jamais douloureuse, puis relâchez à la fin du minuteur.</translation>
    </message>
    <message>
        <source>Stroke down the calf</source>
        <translation>Lisser le mollet</translation>
    </message>
    <message>
        <source>With light hands, stroke from behind the knee down the calf towards the ankle.</source>
        <translation>Les mains légères, lissez de l&apos;arrière du genou vers le bas du mollet, jusqu&apos;à la cheville.</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>A short version for a busy day: one minute of movement per knee.</source>
        <translation>Une version courte pour les jours chargés&#xa0;: une minute de mouvement par genou.</translation>
    </message>
    <message>
        <source>Sit with your {knee} knee slightly bent and the foot supported.</source>
        <translation>Asseyez-vous, le genou {knee} légèrement plié et le pied soutenu.</translation>
    </message>
    <message>
        <source>Rub your palms together for a few breaths.</source>
        <translation>Frottez vos paumes l&apos;une contre l&apos;autre le temps de quelques respirations.</translation>
    </message>
    <message>
        <source>Feel for the soft dip at the centre of the crease behind the {knee} knee.</source>
        <translation>Cherchez le petit creux souple au centre du pli, derrière le genou {knee}.</translation>
    </message>
    <message>
        <source>Press in with your thumbs, slowly, to a firm pressure that never hurts.</source>
        <translation>Appuyez lentement avec les pouces, jusqu&apos;à une pression ferme qui ne fait jamais mal.</translation>
    </message>
    <message>
        <source>Make small, unhurried circles over the hollow, the pressure firm but never painful.</source>
        <translation>Faites de petits cercles sans vous presser sur le creux, avec une pression ferme, mais jamais douloureuse.</translation>
    </message>
    <message>
        <source>Finish with a few light strokes from the knee down towards the ankle.</source>
        <translation>Terminez par quelques lissages légers du genou vers la cheville.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>After hard exercise: three minutes of movement per knee and a longer finish down the calf.</source>
        <translation>Après un effort intense&#xa0;: trois minutes de mouvement par genou et une fin plus longue sur le mollet.</translation>
    </message>
    <message>
        <source>Sit comfortably, {knee} knee bent a little, foot flat or propped up.</source>
        <translation>Asseyez-vous confortablement, le genou {knee} un peu plié, le pied à plat ou surélevé.</translation>
    </message>
    <message>
        <source>Rub your hands together until the palms are warm.</source>
        <translation>Frottez vos mains l&apos;une contre l&apos;autre jusqu&apos;à ce que les paumes soient chaudes.</translation>
    </message>
    <message>
        <source>Bend the {knee} knee slightly and find the soft centre of the crease with your fingertips.</source>
        <translation>Pliez légèrement le genou {knee} et trouvez du bout des doigts le centre souple du pli.</translation>
    </message>
    <message>
        <source>Use the heels of your palms and build up slowly to a pressure that is firm but never painful.</source>
        <translation>Appuyez avec la base des paumes et augmentez lentement la pression&#xa0;: ferme, mais jamais douloureuse.</translation>
    </message>
    <message>
        <source>Slow strokes</source>
        <translation>Lissages lents</translation>
    </message>
    <message>
        <source>Stroke slowly up and down across the hollow with an even pressure, firm but never painful.</source>
        <translation>Lissez lentement de haut en bas le creux, avec une pression régulière, ferme mais jamais douloureuse.</translation>
    </message>
    <message>
        <source>Press steadily into the centre of the crease, firm but never painful, and keep still; release when the timer ends.</source>
        <translation>Appuyez de façon régulière au centre du pli, ferme mais jamais douloureux, sans bouger&#xa0;; relâchez à la fin du minuteur.</translation>
    </message>
    <message>
        <source>Stroke lightly and slowly down the whole calf to the ankle, several times.</source>
        <translation>Lissez légèrement et lentement tout le mollet jusqu&apos;à la cheville, plusieurs fois.</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Détente</translation>
    </message>
    <message>
        <source>Wind down: slow breathing, small slow circles and three still holds.</source>
        <translation>Pour se détendre&#xa0;: respiration lente, petits cercles lents et trois pressions immobiles.</translation>
    </message>
    <message>
        <source>Sit back, let your shoulders drop, and rest your {knee} foot with the knee slightly bent.</source>
        <translation>Installez-vous au fond du siège, relâchez les épaules et posez le pied {knee}, le genou légèrement plié.</translation>
    </message>
    <message>
        <source>Rub your palms together slowly while you breathe out long.</source>
        <translation>Frottez lentement vos paumes l&apos;une contre l&apos;autre en expirant longuement.</translation>
    </message>
    <message>
        <source>Find the soft middle of the crease behind the {knee} knee.</source>
        <translation>Trouvez le milieu souple du pli, derrière le genou {knee}.</translation>
    </message>
    <message>
        <source>Let your thumbs sink in bit by bit until the pressure is firm but never painful.</source>
        <translation>Laissez les pouces s&apos;enfoncer peu à peu jusqu&apos;à une pression ferme, mais jamais douloureuse.</translation>
    </message>
    <message>
        <source>Small, slow circles</source>
        <translation>Petits cercles lents</translation>
    </message>
    <message>
        <source>Make small, slow circles over the hollow in time with your breath, the pressure firm but never painful.</source>
        <translation>Faites de petits cercles lents sur le creux, au rythme de votre respiration, avec une pression ferme, mais jamais douloureuse.</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation>Pression immobile</translation>
    </message>
    <message>
        <source>Hold a steady pressure on the centre of the crease, firm but never painful, and breathe slowly.</source>
        <translation>Gardez une pression régulière au centre du pli, ferme mais jamais douloureuse, et respirez lentement.</translation>
    </message>
    <message>
        <source>Glide your hands gently down the calf towards the ankle.</source>
        <translation>Faites glisser doucement vos mains le long du mollet vers la cheville.</translation>
    </message>
    <message>
        <source>Ankle pumps</source>
        <translation>Pompe des chevilles</translation>
    </message>
    <message>
        <source>Point and pull your feet in a steady rhythm so the calf muscles squeeze blood back up the legs.</source>
        <translation>Pointez et ramenez les pieds à un rythme régulier&#xa0;: les muscles des mollets font ainsi remonter le sang dans les jambes.</translation>
    </message>
    <message>
        <source>Legs out</source>
        <translation>Jambes allongées</translation>
    </message>
    <message>
        <source>Sit back or lie down with both legs stretched out and your heels resting on the floor or the bed.</source>
        <translation>Installez-vous au fond du siège ou allongez-vous, les deux jambes tendues et les talons posés sur le sol ou sur le lit.</translation>
    </message>
    <message>
        <source>Point both feet away from you, then pull your toes back towards your shins: one full pump on each count. Smooth, not forced.</source>
        <translation>Pointez les deux pieds loin de vous, puis ramenez les orteils vers les tibias&#xa0;: un mouvement complet à chaque compte. En douceur, sans forcer.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Let your feet go still and breathe easily; the next set starts when the timer ends.</source>
        <translation>Laissez vos pieds immobiles et respirez calmement&#xa0;; la série suivante commence à la fin du minuteur.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Montées sur pointes</translation>
    </message>
    <message>
        <source>Rise up on your toes and lower slowly, to work the calf muscles that help blood flow back from the legs.</source>
        <translation>Montez sur la pointe des pieds et redescendez lentement, pour faire travailler les muscles des mollets qui aident le sang à remonter des jambes.</translation>
    </message>
    <message>
        <source>Stand and hold on</source>
        <translation>Debout, avec un appui</translation>
    </message>
    <message>
        <source>Stand behind a sturdy chair or beside a wall, feet about hip-width apart, one hand resting on it for balance.</source>
        <translation>Placez-vous derrière une chaise solide ou à côté d&apos;un mur, pieds écartés à peu près de la largeur des hanches, une main posée dessus pour l&apos;équilibre.</translation>
    </message>
    <message>
        <source>Rise slowly onto the balls of both feet, then lower your heels back to the floor: one raise on each count.</source>
        <translation>Montez lentement sur la pointe des deux pieds, puis reposez les talons au sol&#xa0;: une montée à chaque compte.</translation>
    </message>
    <message>
        <source>Stand easy with your heels down and let the calves relax before the next set.</source>
        <translation>Restez debout, détendu, talons au sol, et laissez les mollets se relâcher avant la série suivante.</translation>
    </message>
    <message>
        <source>Calf and hamstring stretches</source>
        <translation>Étirements des mollets et de l&apos;arrière des cuisses</translation>
    </message>
    <message>
        <source>Gentle, still stretches for the backs of the legs, to ease tight calves and hamstrings.</source>
        <translation>Des étirements doux et immobiles pour l&apos;arrière des jambes, pour détendre les mollets et l&apos;arrière des cuisses.</translation>
    </message>
    <message>
        <source>Face a wall</source>
        <translation>Face à un mur</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from a wall and rest both hands on it at shoulder height.</source>
        <translation>Placez-vous à environ une longueur de bras d&apos;un mur et posez les deux mains dessus, à hauteur des épaules.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Étirement du mollet</translation>
    </message>
    <message>
        <source>Step your {side} foot back and press that heel to the floor. Bend the front knee and lean towards the wall until the {side} calf feels a mild pull. Stay still; no bouncing.</source>
        <translation>Reculez le pied {side} d&apos;un pas et appuyez ce talon au sol. Pliez le genou avant et penchez-vous vers le mur jusqu&apos;à sentir un léger étirement dans le mollet {side}. Restez immobile, sans à-coups.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâcher</translation>
    </message>
    <message>
        <source>Ease out of the stretch and shake the leg loose. Next: the {side} leg.</source>
        <translation>Sortez doucement de l&apos;étirement et secouez la jambe pour la détendre. Ensuite&#xa0;: le côté {side}.</translation>
    </message>
    <message>
        <source>Sit on a chair</source>
        <translation>S&apos;asseoir sur une chaise</translation>
    </message>
    <message>
        <source>Sit near the front edge of a steady chair with both feet flat on the floor.</source>
        <translation>Asseyez-vous près du bord avant d&apos;une chaise stable, les deux pieds à plat sur le sol.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Étirement de l&apos;arrière de la cuisse</translation>
    </message>
    <message>
        <source>Straighten your {side} leg in front of you, heel on the floor and toes up. Keep your back long and tip forward from the hips until the back of the {side} thigh feels a mild pull.</source>
        <translation>Tendez la jambe devant vous, côté {side}, talon au sol et orteils vers le haut. Gardez le dos droit et penchez-vous depuis les hanches jusqu&apos;à sentir un léger étirement à l&apos;arrière de la cuisse, côté {side}.</translation>
    </message>
    <message>
        <source>Sit back up, bend the knee and let the leg rest. Next: the {side} leg.</source>
        <translation>Redressez-vous, pliez le genou et laissez la jambe se reposer. Ensuite&#xa0;: le côté {side}.</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Jambes surélevées</translation>
    </message>
    <message>
        <source>Rest with your legs raised above your heart for 15 to 20 minutes, to help swelling go down.</source>
        <translation>Reposez-vous les jambes plus hautes que le cœur pendant 15 à 20 minutes, pour aider le gonflement à diminuer.</translation>
    </message>
    <message>
        <source>Lie down, legs up</source>
        <translation>Allongé, jambes en l&apos;air</translation>
    </message>
    <message>
        <source>Lie on your back and rest your legs on cushions, or up against a wall, so that your feet are higher than your heart.</source>
        <translation>Allongez-vous sur le dos et posez les jambes sur des coussins, ou contre un mur, pour que vos pieds soient plus hauts que votre cœur.</translation>
    </message>
    <message>
        <source>Legs raised</source>
        <translation>Jambes surélevées</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. You can minimise this window: a soft chime tells you when the time is up.</source>
        <translation>Restez immobile et respirez calmement. Vous pouvez réduire cette fenêtre&#xa0;: un carillon doux vous préviendra quand le temps sera écoulé.</translation>
    </message>
    <message>
        <source>Come down slowly</source>
        <translation>Redescendre lentement</translation>
    </message>
    <message>
        <source>Lower your legs, roll onto one side and sit up gently before you stand.</source>
        <translation>Baissez les jambes, roulez sur le côté et asseyez-vous doucement avant de vous lever.</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Douche alternée</translation>
    </message>
    <message>
        <source>Warm and cool water on the legs in turns, to get the circulation going.</source>
        <translation>De l&apos;eau tiède et de l&apos;eau fraîche en alternance sur les jambes, pour relancer la circulation.</translation>
    </message>
    <message>
        <source>Not for you if you have been told to avoid sudden changes of temperature. Keep the water warm, never hot, and cool, never icy. Stop at once if you feel dizzy or unwell.</source>
        <translation>À éviter si l&apos;on vous a dit d&apos;éviter les changements brusques de température. Gardez l&apos;eau tiède, jamais brûlante, et fraîche, jamais glacée. Arrêtez aussitôt si vous avez des vertiges ou ne vous sentez pas bien.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Se préparer</translation>
    </message>
    <message>
        <source>Stand steadily in the shower, or sit on a shower stool, with the shower head in your hand and the water warm.</source>
        <translation>Tenez-vous bien stable dans la douche, ou asseyez-vous sur un tabouret de douche, le pommeau en main et l&apos;eau tiède.</translation>
    </message>
    <message>
        <source>Warm and cool</source>
        <translation>Tiède et fraîche</translation>
    </message>
    <message>
        <source>Dry off</source>
        <translation>Se sécher</translation>
    </message>
    <message>
        <source>Turn off the water, pat your legs dry and rest a moment before you move on.</source>
        <translation>Coupez l&apos;eau, séchez vos jambes en tapotant et reposez-vous un instant avant de continuer.</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Lissage du mollet</translation>
    </message>
    <message>
        <source>Light, slow strokes down the calf towards the ankle, a longer, gentle finish.</source>
        <translation>Des lissages légers et lents le long du mollet vers la cheville&#xa0;: une fin plus longue et douce.</translation>
    </message>
    <message>
        <source>With light hands, stroke slowly from behind the {knee} knee down the calf to the ankle, again and again.</source>
        <translation>Les mains légères, lissez lentement de l&apos;arrière du genou {knee} jusqu&apos;à la cheville, en passant par le mollet, encore et encore.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, or are you being treated for one?</source>
        <translation>Avez-vous une phlébite (thrombose veineuse profonde, TVP), c&apos;est-à-dire un caillot de sang dans une veine profonde de la jambe, ou êtes-vous soigné pour cela&#xa0;?</translation>
    </message>
    <message>
        <source>A blood clot in a leg vein (DVT)</source>
        <translation>Un caillot de sang dans une veine de la jambe (phlébite, TVP)</translation>
    </message>
    <message>
        <source>Massage is not advised while there is a clot in a leg. Please leave these sessions aside and ask your doctor what is safe for you.</source>
        <translation>Le massage est déconseillé tant qu&apos;il y a un caillot dans une jambe. Merci de laisser ces séances de côté et de demander à votre médecin ce qui est sans danger pour vous.</translation>
    </message>
    <message>
        <source>Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?</source>
        <translation>Avez-vous en ce moment des varices très enflammées sur l&apos;une ou l&apos;autre jambe&#xa0;: rouges, chaudes, dures ou douloureuses&#xa0;?</translation>
    </message>
    <message>
        <source>Badly inflamed varicose veins</source>
        <translation>Des varices très enflammées</translation>
    </message>
    <message>
        <source>Pressing on inflamed veins can make them worse. Please have a doctor look at them before you use these sessions.</source>
        <translation>Appuyer sur des veines enflammées peut les aggraver. Faites-les examiner par un médecin avant d&apos;utiliser ces séances.</translation>
    </message>
    <message>
        <source>Is there an open wound, a cut, broken skin or a skin infection at the back of either knee or on either calf?</source>
        <translation>Avez-vous une plaie ouverte, une coupure, une peau abîmée ou une infection de la peau derrière l&apos;un des genoux ou sur l&apos;un des mollets&#xa0;?</translation>
    </message>
    <message>
        <source>A wound, broken skin or a skin infection behind the knee or on the calf</source>
        <translation>Une plaie, une peau abîmée ou une infection de la peau derrière le genou ou sur le mollet</translation>
    </message>
    <message>
        <source>The sessions press behind the knee and stroke down the calf, so let the skin there heal first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole and healthy again.</source>
        <translation>Les séances appuient derrière le genou et lissent le mollet&#xa0;: laissez d&apos;abord la peau guérir à cet endroit, et faites examiner une infection par un infirmier ou un médecin. Les séances peuvent attendre que la peau soit de nouveau intacte et saine.</translation>
    </message>
    <message>
        <source>Have you had an operation on a knee recently, or are you still recovering from one?</source>
        <translation>Avez-vous été opéré d&apos;un genou récemment, ou êtes-vous encore en convalescence après une opération du genou&#xa0;?</translation>
    </message>
    <message>
        <source>Recent knee surgery</source>
        <translation>Une opération récente du genou</translation>
    </message>
    <message>
        <source>A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist when pressure behind the knee is safe for you.</source>
        <translation>Un genou opéré demande un programme adapté. Demandez à votre chirurgien ou à votre kinésithérapeute à partir de quand une pression derrière le genou est sans danger pour vous.</translation>
    </message>
    <message>
        <source>Do you have a bleeding or clotting disorder that is not under control?</source>
        <translation>Avez-vous un trouble de la coagulation ou des saignements qui n&apos;est pas maîtrisé&#xa0;?</translation>
    </message>
    <message>
        <source>A bleeding disorder that is not under control</source>
        <translation>Un trouble des saignements non maîtrisé</translation>
    </message>
    <message>
        <source>Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor before you use these sessions.</source>
        <translation>Une pression ferme peut provoquer des bleus ou des saignements sous la peau. Parlez-en à votre médecin avant d&apos;utiliser ces séances.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Êtes-vous enceinte&#xa0;?</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>Please check with your midwife, doctor or another healthcare provider before doing any pressure-point work. You can go on once they have told you it is fine for you.</source>
        <translation>Demandez l&apos;avis de votre sage-femme, de votre médecin ou d&apos;un autre professionnel de santé avant toute pression sur des points du corps. Vous pourrez continuer dès qu&apos;il vous aura dit que c&apos;est sans risque pour vous.</translation>
    </message>
    <message>
        <source>My healthcare provider has told me that pressure-point self-massage is fine for me.</source>
        <translation>Mon professionnel de santé m&apos;a dit que l&apos;automassage des points de pression est sans risque pour moi.</translation>
    </message>
    <message>
        <source>Is either of your legs swollen, warm, red or painful at the moment?</source>
        <translation>L&apos;une de vos jambes est-elle gonflée, chaude, rouge ou douloureuse en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don&apos;t massage it. Sessions stay on hold until the leg is back to normal, or until a health professional has told you that massage is fine.</source>
        <translation>Une jambe gonflée, chaude, rouge ou douloureuse devrait être examinée rapidement par un médecin ou un infirmier. Ne la massez pas. Les séances restent suspendues jusqu&apos;à ce que la jambe soit redevenue normale, ou jusqu&apos;à ce qu&apos;un professionnel de santé vous ait dit que le massage est sans risque.</translation>
    </message>
    <message>
        <source>Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here.</source>
        <translation>En pause. Diminuez la pression, ou arrêtez. En cas de douleur vive, d&apos;engourdissement ou de fourmillements&#xa0;: appuyez plus doucement, ou arrêtez la séance ici.</translation>
    </message>
    <message>
        <source>What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you.</source>
        <translation>À la place&#xa0;: parlez de vos jambes à un médecin ou à un autre professionnel de santé. Il pourra vous dire ce qui est sans danger pour vous.</translation>
    </message>
    <message>
        <source>How is your leg now?</source>
        <translation>Comment va votre jambe maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Earlier you told KneeCare that a leg was swollen, warm, red or painful. Is it back to normal now?</source>
        <translation>Vous avez indiqué à KneeCare qu&apos;une jambe était gonflée, chaude, rouge ou douloureuse. Est-elle redevenue normale&#xa0;?</translation>
    </message>
    <message>
        <source>A leg that is still swollen, warm, red or painful needs a doctor or nurse, not massage. Please have it checked soon; About safety says what to look out for.</source>
        <translation>Une jambe encore gonflée, chaude, rouge ou douloureuse a besoin d&apos;un médecin ou d&apos;un infirmier, pas d&apos;un massage. Faites-la examiner bientôt&#xa0;; les Consignes de sécurité disent à quoi faire attention.</translation>
    </message>
    <message>
        <source>&amp;No, not yet</source>
        <translation>&amp;Non, pas encore</translation>
    </message>
    <message>
        <source>&amp;Yes, it is back to normal</source>
        <translation>&amp;Oui, elle est redevenue normale</translation>
    </message>
    <message>
        <source>A &amp;professional said it is fine</source>
        <translation>Un &amp;professionnel me l&apos;a permis</translation>
    </message>
    <message>
        <source>Sessions are on hold: you said a leg was swollen, warm, red or painful. Please have it checked; press Start once it is back to normal.</source>
        <translation>Les séances sont suspendues&#xa0;: vous avez indiqué qu&apos;une jambe était gonflée, chaude, rouge ou douloureuse. Faites-la examiner&#xa0;; cliquez sur «&#xa0;Démarrer&#xa0;» quand elle sera redevenue normale.</translation>
    </message>
    <message>
        <source>Sessions on hold: a leg to have checked</source>
        <translation>Séances suspendues&#xa0;: une jambe à faire examiner</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Les séances sont suspendues</translation>
    </message>
    <message>
        <source>You told KneeCare that a leg was swollen, warm, red or painful, so there is no session for now. Please have the leg checked. When it is back to normal, open KneeCare and press Start.</source>
        <translation>Vous avez indiqué à KneeCare qu&apos;une jambe était gonflée, chaude, rouge ou douloureuse&#xa0;: pas de séance pour l&apos;instant. Faites examiner la jambe. Quand elle sera redevenue normale, ouvrez KneeCare et cliquez sur «&#xa0;Démarrer&#xa0;».</translation>
    </message>
    <message>
        <source>Not on a leg that is swollen, warm, red or painful.</source>
        <translation>Jamais sur une jambe gonflée, chaude, rouge ou douloureuse.</translation>
    </message>
    <message>
        <source>Self-care, not treatment</source>
        <translation>Prendre soin de soi, pas un traitement</translation>
    </message>
    <message>
        <source>KneeCare guides you through gentle self-massage of the points behind your knees. It is a way of looking after yourself. It does not diagnose, treat or cure any condition, and it does not replace advice from a doctor, nurse or physiotherapist.</source>
        <translation>KneeCare vous guide dans un automassage doux des points situés derrière vos genoux. C&apos;est une façon de prendre soin de vous. Il ne diagnostique, ne traite et ne guérit aucune maladie, et ne remplace pas l&apos;avis d&apos;un médecin, d&apos;un infirmier ou d&apos;un kinésithérapeute.</translation>
    </message>
    <message>
        <source>When not to do this</source>
        <translation>Quand ne pas le faire</translation>
    </message>
    <message>
        <source>Please don&apos;t use these sessions if you have any of the following:</source>
        <translation>N&apos;utilisez pas ces séances si l&apos;un des cas suivants vous concerne&#xa0;:</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>Si vous êtes enceinte</translation>
    </message>
    <message>
        <source>Check with your healthcare provider before any pressure-point work, and go on only once they have agreed.</source>
        <translation>Demandez l&apos;avis de votre professionnel de santé avant toute pression sur des points du corps, et ne continuez qu&apos;une fois qu&apos;il a donné son accord.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Pendant une séance</translation>
    </message>
    <message>
        <source>Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red &quot;It hurts / numb / tingling&quot; button, or the ! key, pauses the session at once.</source>
        <translation>Appuyez fermement, mais jamais au point d&apos;avoir mal. Si vous ressentez une douleur vive, un engourdissement ou des fourmillements, diminuez la pression ou arrêtez. Le bouton rouge «&#xa0;Douleur / engourdi / fourmis&#xa0;» ou la touche&#xa0;! met la séance en pause aussitôt.</translation>
    </message>
    <message>
        <source>When to see a health professional</source>
        <translation>Quand consulter un professionnel de santé</translation>
    </message>
    <message>
        <source>Don&apos;t massage a leg that shows these signs; have it checked promptly instead:</source>
        <translation>Ne massez pas une jambe qui présente ces signes&#xa0;; faites-la plutôt examiner rapidement&#xa0;:</translation>
    </message>
    <message>
        <source>swelling or pain in a leg that does not go away</source>
        <translation>un gonflement ou une douleur dans une jambe qui ne passe pas</translation>
    </message>
    <message>
        <source>a leg that suddenly feels warm</source>
        <translation>une jambe qui devient soudain chaude</translation>
    </message>
    <message>
        <source>severe swelling</source>
        <translation>un gonflement important</translation>
    </message>
    <message>
        <source>redness of the skin</source>
        <translation>une rougeur de la peau</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>En cas d&apos;urgence</translation>
    </message>
    <message>
        <source>If a painful or swollen leg comes with sudden shortness of breath or chest pain, call your local emergency number at once.</source>
        <translation>Si une jambe douloureuse ou gonflée s&apos;accompagne d&apos;un essoufflement soudain ou d&apos;une douleur dans la poitrine, appelez immédiatement le numéro d&apos;urgence de votre pays.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <source>The safety answers stay on this computer. KneeCare asks the questions again every {days} days, and you can answer them again at any time with Safety &gt; My situation changed. Before each session it asks one quick question about your legs.</source>
        <translation>Les réponses de sécurité restent sur cet ordinateur. KneeCare repose les questions tous les {days} jours, et vous pouvez y répondre à nouveau à tout moment avec Sécurité &gt; Ma situation a changé. Avant chaque séance, il pose une courte question sur vos jambes.</translation>
    </message>
    <message>
        <source>If you say a leg is swollen, warm, red or painful, sessions stay on hold until you tell KneeCare the leg is back to normal or a health professional has said massage is fine. For {back} days after that, or after you report pain, numbness or tingling during a session, the quick question is asked before every session, even if you turned it off.</source>
        <translation>Si vous indiquez qu&apos;une jambe est gonflée, chaude, rouge ou douloureuse, les séances restent suspendues jusqu&apos;à ce que vous disiez à KneeCare que la jambe est redevenue normale, ou qu&apos;un professionnel de santé a dit que le massage est sans risque. Pendant les {back} jours qui suivent, ou après un signalement de douleur, d&apos;engourdissement ou de fourmillements pendant une séance, la courte question est posée avant chaque séance, même si vous l&apos;avez désactivée.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>times</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>objectif du jour</translation>
    </message>
    <message>
        <source>snooze length (minutes)</source>
        <translation>durée du report (minutes)</translation>
    </message>
    <message>
        <source>recovery reminders a day</source>
        <translation>rappels de récupération par jour</translation>
    </message>
    <message>
        <source>recovery days</source>
        <translation>jours de récupération</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>report</translation>
    </message>
    <message>
        <source>movement nudges</source>
        <translation>rappels de mouvement</translation>
    </message>
    <message>
        <source>choose at least one time of day (or turn reminders off)</source>
        <translation>choisissez au moins une heure (ou désactivez les rappels)</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>%1 par jour au maximum</translation>
    </message>
    <message>
        <source>the same time is listed twice</source>
        <translation>la même heure figure deux fois</translation>
    </message>
    <message>
        <source>choose at least one day of the week (or turn reminders off)</source>
        <translation>choisissez au moins un jour de la semaine (ou désactivez les rappels)</translation>
    </message>
    <message>
        <source>days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation>les jours sont numérotés de 0 (lundi) à 6 (dimanche)</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3</source>
        <translation>%1 n&apos;est pas entre %2 et %3</translation>
    </message>
    <message>
        <source>minutes must be more than 0</source>
        <translation>les minutes doivent être plus de 0</translation>
    </message>
    <message>
        <source>the hours must span at least one hour, from the first to the last</source>
        <translation>la plage doit couvrir au moins une heure, du début à la fin</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Welcome to KneeCare</source>
        <translation>Bienvenue dans KneeCare</translation>
    </message>
    <message>
        <source>Before your first session, please answer {n} short yes-or-no questions about your legs and your health. Acupressure is not right for everyone, and these questions check that it is safe for you to start. Your answers stay on this computer.</source>
        <translation>Avant votre première séance, répondez à {n} courtes questions par oui ou non sur vos jambes et votre santé. L&apos;acupression ne convient pas à tout le monde&#xa0;: ces questions vérifient que vous pouvez commencer sans danger. Vos réponses restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Time to check in again</source>
        <translation>Un nouveau point sur votre santé</translation>
    </message>
    <message>
        <source>It has been {days} days since you answered the safety questions, and things can change. Please answer the {n} questions again before your next session.</source>
        <translation>Vous avez répondu aux questions de sécurité il y a {days} jours, et les choses peuvent changer. Répondez de nouveau aux {n} questions avant votre prochaine séance.</translation>
    </message>
    <message>
        <source>A few safety questions</source>
        <translation>Quelques questions de sécurité</translation>
    </message>
    <message>
        <source>Some safety questions have not been answered yet. Please answer all {n} before your next session.</source>
        <translation>Certaines questions de sécurité n&apos;ont pas encore de réponse. Répondez aux {n} questions avant votre prochaine séance.</translation>
    </message>
    <message>
        <source>Your situation changed</source>
        <translation>Votre situation a changé</translation>
    </message>
    <message>
        <source>Please answer the {n} questions again for how things are now. Your earlier answers are marked, so you can change only what is different.</source>
        <translation>Répondez de nouveau aux {n} questions selon votre situation actuelle. Vos réponses précédentes sont indiquées&#xa0;: vous n&apos;avez qu&apos;à changer ce qui est différent.</translation>
    </message>
    <message>
        <source>Press %1 for yes or %2 for no.</source>
        <extracomment>%1 is the key for yes, %2 the key for no (the two one-letter entries &quot;Y&quot; and &quot;N&quot; below).</extracomment>
        <translation>Appuyez sur %1 pour oui ou sur %2 pour non.</translation>
    </message>
    <message>
        <source>Y</source>
        <extracomment>The one letter that answers &quot;yes&quot; on a keyboard in your language (the first letter of its word for yes).</extracomment>
        <translation>O</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The one letter that answers &quot;no&quot; on a keyboard in your language; it must differ from the one for yes.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Sessions are on hold because of your safety answers. Press Start to see why.</source>
        <translation>Les séances sont suspendues à cause de vos réponses de sécurité. Cliquez sur «&#xa0;Démarrer&#xa0;» pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>Sessions are on hold until your healthcare provider agrees. Press Start to see more.</source>
        <translation>Les séances sont suspendues jusqu&apos;à l&apos;accord de votre professionnel de santé. Cliquez sur «&#xa0;Démarrer&#xa0;» pour en savoir plus.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The sync folder %1 does not exist (is the drive or share connected?).</source>
        <translation>Le dossier de synchronisation %1 n&apos;existe pas (le disque ou le partage est-il connecté&#xa0;?).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>KneeCare cannot write in the sync folder %1.</source>
        <translation>KneeCare ne peut pas écrire dans le dossier de synchronisation %1.</translation>
    </message>
    <message>
        <source>Other users of this computer can look into %1. KneeCare&apos;s own files there are for you only, but a folder only you can open is safer for health records.</source>
        <translation>D&apos;autres utilisateurs de cet ordinateur peuvent regarder dans %1. Les fichiers de KneeCare qui s&apos;y trouvent ne sont lisibles que par vous, mais un dossier que vous seul pouvez ouvrir est plus sûr pour des données de santé.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The sync folder %1 failed: %2</source>
        <translation>Échec avec le dossier de synchronisation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Share your history with your other computers through a folder your sync tool keeps in step.</source>
        <translation>Partagez votre historique avec vos autres ordinateurs grâce à un dossier que votre outil de synchronisation garde à jour.</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a cloud drive keeps the same on each of your computers. KneeCare writes only its own journal files there, never the history itself.</source>
        <translation>Choisissez un dossier que Syncthing, Nextcloud, un partage réseau ou un stockage en ligne garde identique sur chacun de vos ordinateurs. KneeCare n&apos;y écrit que ses propres fichiers journaux, jamais l&apos;historique lui-même.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>S&amp;ync this computer&apos;s history</source>
        <translation>&amp;Synchroniser l&apos;historique de cet ordinateur</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Nom de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <source>Please give the whole path of the folder.</source>
        <translation>Veuillez indiquer le chemin complet du dossier.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message numerus="yes">
        <source>read %n journal(s)</source>
        <translation>
            <numerusform>%n journal lu</numerusform>
            <numerusform>%n journaux lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n nouvelle séance</numerusform>
            <numerusform>%n nouvelles séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n record(s)</source>
        <translation>
            <numerusform>%n entrée écrite</numerusform>
            <numerusform>%n entrées écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety record(s)</source>
        <translation>
            <numerusform>%n entrée de sécurité</numerusform>
            <numerusform>%n entrées de sécurité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from a newer KneeCare left for later.</source>
        <translation>
            <numerusform>%n entrée d&apos;une version plus récente de KneeCare, gardée pour plus tard.</numerusform>
            <numerusform>%n entrées d&apos;une version plus récente de KneeCare, gardées pour plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped (see the log).</source>
        <translation>
            <numerusform>%n ligne abîmée ignorée (voir le journal de l&apos;application).</numerusform>
            <numerusform>%n lignes abîmées ignorées (voir le journal de l&apos;application).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Left knee</source>
        <translation>Genou gauche</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Genou droit</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Changez maintenant</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>Session ended for safety</source>
        <translation>Séance arrêtée par sécurité</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation>Séance interrompue</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session that reached its end, but with a pressing, moving or exercise step skipped.</extracomment>
        <translation>Étapes sautées</translation>
    </message>
    <message>
        <source>Before the first knee</source>
        <translation>Avant le premier genou</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Les deux jambes</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · étape %2 sur %3</translation>
    </message>
    <message>
        <source> · set %1 of %2</source>
        <translation> · série %1 sur %2</translation>
    </message>
    <message>
        <source> · round %1 of %2</source>
        <translation> · tour %1 sur %2</translation>
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
        <translation>%1 étapes faites sur %2</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, sautées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1&#xa0;: %2, %3.</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>Ensuite&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation>%1 restant dans la séance</translation>
    </message>
    <message>
        <source>↻  Small circles over BL40 · one every %1 s</source>
        <translation>↻  Petits cercles sur BL40 · un toutes les %1 s</translation>
    </message>
    <message>
        <source>↕  Slow strokes up and down across the hollow · one every %1 s</source>
        <translation>↕  Lissages lents de haut en bas sur le creux · un toutes les %1 s</translation>
    </message>
    <message>
        <source>Release in %1 s</source>
        <translation>Relâchez dans %1 s</translation>
    </message>
    <message>
        <source>Hold still on BL40 · %1 s, then release</source>
        <translation>Restez immobile sur BL40 · %1 s, puis relâchez</translation>
    </message>
    <message>
        <source>↓  Light strokes from the knee down the calf to the ankle</source>
        <translation>↓  Lissages légers du genou vers la cheville, le long du mollet</translation>
    </message>
    <message>
        <source>Release: let the hollow rest</source>
        <translation>Relâchez&#xa0;: laissez le creux se reposer</translation>
    </message>
    <message>
        <source>BL40 · Weizhong sits in the middle of the crease</source>
        <translation>BL40 · Weizhong se trouve au milieu du pli du genou</translation>
    </message>
    <message>
        <source>Hold the stretch · %1 s, then release</source>
        <translation>Gardez l&apos;étirement · %1 s, puis relâchez</translation>
    </message>
    <message>
        <source>One every %1 s, smooth and steady</source>
        <translation>Un toutes les %1 s, en douceur et régulièrement</translation>
    </message>
    <message>
        <source>Rest quietly; a soft chime marks the end</source>
        <translation>Reposez-vous au calme&#xa0;; un carillon doux marque la fin</translation>
    </message>
    <message>
        <source>Breathe in
through the nose · %1 s</source>
        <translation>Inspirez
par le nez · %1 s</translation>
    </message>
    <message>
        <source>Breathe out
through the mouth · %1 s</source>
        <translation>Expirez
par la bouche · %1 s</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>You reported %1. Next time use a lighter touch; if it comes back, leave this point out and ask a health professional.</source>
        <translation>Vous avez signalé %1. La prochaine fois, appuyez plus légèrement&#xa0;; si cela revient, laissez ce point de côté et demandez l&apos;avis d&apos;un professionnel de santé.</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>une douleur vive</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>un engourdissement</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>des fourmillements</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Prenez soin de vous</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>%1 in all, %2.</source>
        <translation>%1 en tout, %2.</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Time for your knees</source>
        <translation>C&apos;est l&apos;heure de vos genoux</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>C&apos;est l&apos;heure de bouger</translation>
    </message>
    <message>
        <source>You have been still for a while. Stand up and walk for a few minutes, or press Start now for two minutes of calf raises.</source>
        <translation>Vous êtes immobile depuis un moment. Levez-vous et marchez quelques minutes, ou cliquez sur « Démarrer maintenant » pour deux minutes de montées sur pointes.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Démarrer maintenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>KneeCare reminder</source>
        <translation>Rappel KneeCare</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>demain %1</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>environ une minute</translation>
    </message>
    <message>
        <source>%1: %2, sitting down. %3.</source>
        <translation>%1&#xa0;: %2, en position assise. %3.</translation>
    </message>
    <message>
        <source>Here again, as you asked.</source>
        <translation>Me revoici, comme demandé.</translation>
    </message>
    <message>
        <source>This one was due at %1, while the computer was asleep or off.</source>
        <translation>Ce rappel était prévu à %1, pendant que l&apos;ordinateur était en veille ou éteint.</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Une séance est en cours</translation>
    </message>
    <message>
        <source>A session is due (since %1)</source>
        <translation>Une séance est à faire (depuis %1)</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Prochain rappel&#xa0;: %1</translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation>Aucun rappel prévu</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) today</source>
        <translation>
            <numerusform>%1 sur %n séance aujourd&apos;hui</numerusform>
            <numerusform>%1 sur %n séances aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
