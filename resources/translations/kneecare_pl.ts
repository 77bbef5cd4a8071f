<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>App</name>
    <message>
        <source>KneeCare cannot start: a program file is broken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KneeCare cannot open your history, so it cannot start. The details say why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history was written by a newer version of KneeCare. It has been left untouched: please update KneeCare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history was damaged and no good backup of it was found. The damaged file was kept, and what could still be read from it was saved into a new history; the details say where and how much.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history was damaged. KneeCare kept the damaged file, restored your newest good backup from the backups folder and added what could still be read from the damaged file. The details name the backup, the folder and how many sessions each gave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history is in use by another program (a backup or sync tool, or a second reader). KneeCare will try again by itself and start as soon as it is free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history can only be read where it is (a read-only folder, file or drive). You can look at it and export it, but new sessions cannot be saved, so Start is off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your settings file could not be read, so KneeCare is using its defaults. The file was kept, not overwritten; the details say where it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KneeCare could not save this session to your history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KneeCare cannot check safely whether it is already running, so it does not start. The details say why and what to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something unexpected went wrong in KneeCare. Your history is kept as it was; the details say what happened, and the log file has them too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions cannot start: your history can only be read, so they could not be saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sounds and voice stopped working; the session goes on without them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CueSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A chime at each new step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A different chime when it is time for the other knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A chime when the session is done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breathing tones: rising to breathe in, falling to breathe out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A soft tick for each circle, stroke or repetition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play a chime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plays the step chime at this volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KneeCare cannot play sounds here: no sound output was found when it started. Connect speakers or headphones and start KneeCare again to hear them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reads a sample sentence with this voice and speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speech engine is starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps cannot be read aloud on this computer. %1 The chimes still play.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system's default voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound and &amp;voice…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>tension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>swelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions before 12:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions from 12:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on average about the same after a session (80% interval %2 to %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 about the same (80% interval %2 to %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on average %2 points lower after a session (80% interval %3 to %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on average %2 points higher after a session (80% interval %3 to %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 points lower (80% interval %3 to %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 points higher (80% interval %3 to %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2; %3 sessions rated before and after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate %1 more session of one program before and after, and this shows what seems to help you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate %1 more sessions of one program before and after, and this shows what seems to help you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would likely stay with more sessions like these. What you noticed, not proof that a program works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In your own ratings, tension drops most clearly after %1. Try it next?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Ankle pumps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point the foot away, then pull the toes back towards the shin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calf raises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rise onto the balls of your feet, then lower your heels again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calf stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lean towards a wall with one leg back, heel down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calf strokes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light strokes from behind the knee down to the ankle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contrast shower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm water, then cool, in turns, on both legs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit forward, one leg straight, heel down, lean from the hips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leg elevation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lie down with your feet resting higher than your heart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawing: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KnowHow</name>
    <message>
        <source>More for your legs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compression stockings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firm, graduated stockings can help people whose legs swell again and again, or who have varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move every hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle pumps keeps the calf muscles working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular walking, cycling or swimming builds up the calf muscle pump over time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Water and salt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drink enough water through the day. A lot of salt makes the body hold on to water, so going easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on the plate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A healthy weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving more helps with both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smoking, blood pressure and blood sugar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after your blood vessels, in the legs as everywhere else. Your doctor can help with all three.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When to see a professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly swollen or painful.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace advice from a health professional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;More for your legs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LegDiagram</name>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leg diagram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go on with a lighter touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the session now, for safety</source>
        <translation>Zakończ sesję teraz, dla bezpieczeństwa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharp pain, numbness or tingling: pause now (! or Ctrl+H)</source>
        <translation>Ostry ból, drętwienie lub mrowienie: od razu pauza (! lub Ctrl+H)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start, pause or resume the session (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It hurts, numb or tingling</source>
        <translation>Boli, drętwieje lub mrowi</translation>
    </message>
    <message>
        <source>Pauses the session at once and asks what you feel (! or Ctrl+H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It hurts, numb or tingling: pause now</source>
        <translation>Boli, drętwieje lub mrowi: od razu pauza</translation>
    </message>
    <message>
        <source>This session cannot start: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A still marker and words instead of moving pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language shows from KneeCare's next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My situation &amp;changed…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer the safety questions again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask about my legs before each session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When not to do this, and when to see a health professional (F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the safety &amp;questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every %1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both knees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The routine to follow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work both knees, or only the left or the right one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes of movement per knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Warm compress first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm compress first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest a warm compress behind the knees before the session starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes of warm compress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 or 2 minutes, before the first knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A routine to do right after the knee session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes with legs raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Knees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Movement per knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finish with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legs &amp;raised for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No, &amp;thanks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not suggest a program again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1 to %2 minutes, in whole minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose %1 for your next session</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>&amp;Tension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how tight the back of the knee feels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any ache or soreness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Swelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any puffiness around the knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate your knees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How do your knees feel before the session?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>And after the session?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate what you feel, 0 for none and 10 for the most you can imagine. A slider you leave alone is simply not rated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note, if you like (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Don't ask me again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can turn ratings back on in the History window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, 0 none to 10 the most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not rated (before: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(before: %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remind me to do a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery after heavy exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start KneeCare in the tray when I log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I'm in a &amp;meeting: remind me in %1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip a reminder when today's goal is already met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count routines (stretches, ankle pumps…) towards the goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Snooze for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use reminder time %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery reminders a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind me to stand up and &amp;move every hour, from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movement nudges from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Movement nudges until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These reminders cannot work yet: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fine: the next reminder comes in %1 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A weekday, day and month as QLocale writes them (QDate format), e.g. "Sunday 29 November".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On until %1, then back to your usual reminders by itself. Reminders at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End recovery reminders now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a few days after heavy exercise: reminders at %1, then back to your usual ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start recovery reminders today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>stopped early by the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended for safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted (the app was closed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a hands-on step skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>settling in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warm compress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finding the point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>steady pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>circles or strokes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holding the point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calf strokes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repetitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>legs raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warm and cool water</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>right knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sharp pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numbness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tingling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>session ended for safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reason given not to do the sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pregnant; a healthcare provider agreed to the sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pregnant; sessions held until a healthcare provider agrees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sessions on hold because of a yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not every question answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the person said the leg was back to normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the person said a health professional cleared it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-care log from KneeCare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are self-care and are not offered as a treatment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed sessions a day, week's average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>daily goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sessions, %2 completed. Ended early: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily goal: %1 completed sessions a day; reached on average %2 a day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time on each knee: left %1 min, right %2 min.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>knee points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leg routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it felt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No session was rated both before and after.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0-10, 10 worst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Averages of the ratings given just before and just after a session, over the sessions rated both times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What seems to help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough rated sessions yet: each line needs at least 5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average change in the person's own 0-10 ratings after a session (below 0: lower after), with an 80% interval of that average. An observation, not evidence of an effect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No safety screening recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest safety screening: %1. Result: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red flags, all-clears and safety stops in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when this report was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold ended: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In a session of %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a health professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remember this name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first day comes after the last day. Please swap them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No session was recorded in this period, so there is nothing to report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report for a &amp;health professional…</source>
        <translation type="unfinished" />
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
        <translation>Najpierw proszę porozmawiać z lekarzem lub innym specjalistą</translation>
    </message>
    <message>
        <source>Tick the box once your provider has agreed; then Continue is available.</source>
        <translation>Proszę zaznaczyć pole, gdy lekarz lub inny specjalista wyrazi zgodę; wtedy przycisk Dalej będzie dostępny.</translation>
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
        <translation>Nic w odpowiedziach nie wyklucza korzystania z KneeCare. Gdy wszystko będzie gotowe, proszę nacisnąć Start; najpierw pojawi się krótkie pytanie o nogi.</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repetition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where you are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the hands do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time left in the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready when you are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Press Start or Space to begin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left in this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Start or Space for another session.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Open the %1 menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab moves between controls; Space or Enter presses the one with the focus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every key KneeCare answers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrayCompanion</name>
    <message>
        <source>No tray here: closing this window quits KneeCare. Reminders come as notifications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KneeCare could not change how it starts at login: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KneeCare is still here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>For 30 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start session (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open KneeCare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>This is how KneeCare will read each step to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your system's speech service did not answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speech engine “%1” could not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speech engine “%1” did not answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speech helper stopped (exit code %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Showing %1</source>
        <extracomment>Read by screen readers after the chart's summary: %1 is the value picked (e.g. "Thu 26 Nov: 2 sessions completed").</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>%1 session added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sessions added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2 was already in your history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2 were already in your history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an ISO 8601 time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, field '%2': %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a non-empty text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a number of seconds (0 or more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no UTC offset (like +01:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a time from the year %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a value KneeCare knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not an object with 'before' and 'after'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 (started %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is before started_at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>two phases have the same index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most KneeCare imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is nested too deeply to be a KneeCare export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file holds a value KneeCare cannot read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file does not hold a list of sessions (a KneeCare JSON export)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entries %1 and %2 are the same session (uid %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>KneeCare had a problem with your history just now. The details say what happened and what KneeCare did about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended for safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session gone through to its end with a pressing, moving or exercise step skipped (not done).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <extracomment>The Knees column of the sessions table.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>right knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>both knees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>settling in</source>
        <extracomment>What the person was doing: fills %3 of "Reported %1 at %2, during %3" (with the preposition needed).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warming up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finding the hollow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pressing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the movement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the repetitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the intervals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numbness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tingling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>swelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word the person types to delete everything (in capitals).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month, yyyy: year); write it as your language does.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month); write it as your language does.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A Qt date format under the chart's weekly bars (d: day, MMM: short month).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 session completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 sessions completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 ended early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (goal met)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 completed a day (%3 in %4 day, %5 ended early)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 completed a day (%3 in %4 days, %5 ended early)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 completed a day (%3 in %4 day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 completed a day (%3 in %4 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate how your knees feel before and after a session to see here how they compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your %1 rating dropped %2 points after a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your %1 rating dropped %2 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your %1 rating rose %2 points after a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your %1 rating rose %2 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your %1 rating stayed about the same after a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your %1 rating stayed about the same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the measures: "A, B and C".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On average %1 (%2 session rated before and after).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On average %1 (%2 sessions rated before and after).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day was met on %5 of %6 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week of %1: %2 min in %3 session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week of %1: %2 min in %3 sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes per week, last %1 weeks: %2 in all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 before %3, after %4</source>
        <extracomment>%1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rating, 0 to 10, mean before and after sessions, last %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Overall %1 before, %2 after.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 session, newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sessions, newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted the session of %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted all data (%1 session).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted all data (%1 sessions).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported %1 at %2, during %3</source>
        <extracomment>%1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of "settling in", "pressing", ...).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knee sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tension · pain · swelling, 0 to 10 (– not rated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How your knees felt, before and after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sessions today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current streak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>best streak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days the goal was met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tension before and after sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quick rating before and after sessions is off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask me again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What seems to help you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goal: %1 a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions per day, each week's average</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Shown as each week's average per day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions in this time yet. When you finish one, it shows here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current streak, go on today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which sessions to list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List every session, only the knee sessions, or only the routines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected session (Delete key); you can undo it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete all data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a session to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete all data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This deletes every session, rating and safety report, the reminder log, your screening answers and all backup copies, for good. Your settings stay.

If you might want them later, close this and use File &gt; Export first.

To go ahead, type %1 below.</source>
        <extracomment>%1 is the word to type (DELETE, translated above). "File &gt; Export" names the menu entry.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <extracomment>The title of the message after an export.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history could not be written to %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 session to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 sessions to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KneeCare JSON export (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <extracomment>The title of the message after an import.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a text file; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>left</source>
        <extracomment>Fills {knee} and {side} in the program texts ("your left knee").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>right</source>
        <extracomment>Fills {knee} and {side} in the program texts ("your right knee").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm compress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends.</source>
        <extracomment>{knee} becomes "left" or "right" (the words above).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Firm, but never painful.</source>
        <translation>Mocno, ale nigdy boleśnie.</translation>
    </message>
    <message>
        <source>firm</source>
        <extracomment>Words (separated by |) that say "firm" in the translated pressure instructions.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never painful|never hurts|never hurt</source>
        <extracomment>Words (separated by |) that say "never painful" in the translated pressure instructions.</extracomment>
        <translation>nigdy bolesny|nigdy boleśnie|nigdy nie boli</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyday care to keep the backs of the knees loose: once or twice a day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settle in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit down and bend your {knee} knee a little, with the foot flat on the floor or resting on something.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm your hands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rub your palms briskly together until they feel warm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find the hollow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slide your fingers behind the {knee} knee and feel for the soft dip in the middle of the crease.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press gently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest your thumbs in the hollow and lean in slowly until the pressure is firm but never painful.</source>
        <translation>Oprzeć kciuki w zagłębieniu i powoli się pochylać, aż ucisk będzie mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trace small, slow circles across the hollow, the pressure firm but never painful.</source>
        <translation>Zataczać małe, powolne kółka po zagłębieniu; ucisk mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Steady hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep a still pressure on the centre of the crease, firm but never painful, then let go when the timer ends.</source>
        <translation>Utrzymywać nieruchomy ucisk na środku zgięcia, mocny, ale nigdy bolesny, i puścić, gdy czas minie.</translation>
    </message>
    <message>
        <source>Stroke down the calf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With light hands, stroke from behind the knee down the calf towards the ankle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A short version for a busy day: one minute of movement per knee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit with your {knee} knee slightly bent and the foot supported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rub your palms together for a few breaths.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feel for the soft dip at the centre of the crease behind the {knee} knee.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After hard exercise: three minutes of movement per knee and a longer finish down the calf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit comfortably, {knee} knee bent a little, foot flat or propped up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rub your hands together until the palms are warm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bend the {knee} knee slightly and find the soft centre of the crease with your fingertips.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the heels of your palms and build up slowly to a pressure that is firm but never painful.</source>
        <translation>Użyć nasady dłoni i powoli zwiększać ucisk, aż będzie mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Slow strokes</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wind down: slow breathing, small slow circles and three still holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit back, let your shoulders drop, and rest your {knee} foot with the knee slightly bent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rub your palms together slowly while you breathe out long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find the soft middle of the crease behind the {knee} knee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let your thumbs sink in bit by bit until the pressure is firm but never painful.</source>
        <translation>Pozwolić kciukom zagłębiać się stopniowo, aż ucisk będzie mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Small, slow circles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make small, slow circles over the hollow in time with your breath, the pressure firm but never painful.</source>
        <translation>Zataczać małe, powolne kółka po zagłębieniu w rytmie oddechu; ucisk mocny, ale nigdy bolesny.</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold a steady pressure on the centre of the crease, firm but never painful, and breathe slowly.</source>
        <translation>Utrzymywać równy ucisk na środku zgięcia, mocny, ale nigdy bolesny, i oddychać powoli.</translation>
    </message>
    <message>
        <source>Glide your hands gently down the calf towards the ankle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ankle pumps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point and pull your feet in a steady rhythm so the calf muscles squeeze blood back up the legs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legs out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit back or lie down with both legs stretched out and your heels resting on the floor or the bed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point both feet away from you, then pull your toes back towards your shins: one full pump on each count. Smooth, not forced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let your feet go still and breathe easily; the next set starts when the timer ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calf raises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rise up on your toes and lower slowly, to work the calf muscles that help blood flow back from the legs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stand and hold on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stand behind a sturdy chair or beside a wall, feet about hip-width apart, one hand resting on it for balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rise slowly onto the balls of both feet, then lower your heels back to the floor: one raise on each count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stand easy with your heels down and let the calves relax before the next set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calf and hamstring stretches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gentle, still stretches for the backs of the legs, to ease tight calves and hamstrings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Face a wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stand about an arm's length from a wall and rest both hands on it at shoulder height.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calf stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step your {side} foot back and press that heel to the floor. Bend the front knee and lean towards the wall until the {side} calf feels a mild pull. Stay still; no bouncing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ease out of the stretch and shake the leg loose. Next: the {side} leg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit on a chair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit near the front edge of a steady chair with both feet flat on the floor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Straighten your {side} leg in front of you, heel on the floor and toes up. Keep your back long and tip forward from the hips until the back of the {side} thigh feels a mild pull.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit back up, bend the knee and let the leg rest. Next: the {side} leg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leg elevation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest with your legs raised above your heart for 15 to 20 minutes, to help swelling go down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lie down, legs up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lie on your back and rest your legs on cushions, or up against a wall, so that your feet are higher than your heart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legs raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stay still and breathe easily. You can minimise this window: a soft chime tells you when the time is up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Come down slowly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lower your legs, roll onto one side and sit up gently before you stand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contrast shower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm and cool water on the legs in turns, to get the circulation going.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not for you if you have been told to avoid sudden changes of temperature. Keep the water warm, never hot, and cool, never icy. Stop at once if you feel dizzy or unwell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stand steadily in the shower, or sit on a shower stool, with the shower head in your hand and the water warm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm and cool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn off the water, pat your legs dry and rest a moment before you move on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calf strokes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light, slow strokes down the calf towards the ankle, a longer, gentle finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With light hands, stroke slowly from behind the {knee} knee down the calf to the ankle, again and again.</source>
        <translation type="unfinished" />
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
        <translation>Czy kolano było niedawno operowane albo czy nadal trwa powrót do zdrowia po operacji kolana?</translation>
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
        <translation>Przed jakimkolwiek uciskaniem punktów proszę skonsultować się z położną, lekarzem lub innym specjalistą. Można kontynuować, gdy potwierdzą, że to w porządku.</translation>
    </message>
    <message>
        <source>My healthcare provider has told me that pressure-point self-massage is fine for me.</source>
        <translation>Lekarz lub inny specjalista potwierdził, że samodzielny masaż punktów uciskowych jest dla mnie bezpieczny.</translation>
    </message>
    <message>
        <source>Is either of your legs swollen, warm, red or painful at the moment?</source>
        <translation>Czy któraś noga jest teraz spuchnięta, ciepła, zaczerwieniona lub bolesna?</translation>
    </message>
    <message>
        <source>A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don't massage it. Sessions stay on hold until the leg is back to normal, or until a health professional has told you that massage is fine.</source>
        <translation>Noga spuchnięta, ciepła, zaczerwieniona lub bolesna powinna szybko zostać zbadana przez lekarza lub pielęgniarkę. Proszę jej nie masować. Sesje pozostają wstrzymane, dopóki noga nie wróci do normy albo specjalista nie potwierdzi, że masaż jest bezpieczny.</translation>
    </message>
    <message>
        <source>Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here.</source>
        <translation>Pauza. Proszę zmniejszyć ucisk albo przerwać. Ostry ból, drętwienie lub mrowienie oznacza: uciskać lżej albo zakończyć sesję w tym miejscu.</translation>
    </message>
    <message>
        <source>What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you.</source>
        <translation>Co można zrobić zamiast tego: porozmawiać o nogach z lekarzem lub innym specjalistą. Taka osoba powie, co jest bezpieczne.</translation>
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
        <translation>&amp;Specjalista potwierdził, że można</translation>
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
        <source>Please don't use these sessions if you have any of the following:</source>
        <translation>Proszę nie korzystać z tych sesji, jeśli występuje którekolwiek z poniższych:</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>Jeśli jest Pani w ciąży</translation>
    </message>
    <message>
        <source>Check with your healthcare provider before any pressure-point work, and go on only once they have agreed.</source>
        <translation>Przed jakimkolwiek uciskaniem punktów proszę skonsultować się z lekarzem lub innym specjalistą i kontynuować dopiero po jego zgodzie.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Podczas sesji</translation>
    </message>
    <message>
        <source>Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red "It hurts / numb / tingling" button, or the ! key, pauses the session at once.</source>
        <translation>Uciskać mocno, ale nigdy tak, żeby bolało. Przy ostrym bólu, drętwieniu lub mrowieniu zmniejszyć ucisk albo przerwać. Czerwony przycisk „Boli / drętwieje / mrowi” lub klawisz ! od razu wstrzymuje sesję.</translation>
    </message>
    <message>
        <source>When to see a health professional</source>
        <translation>Kiedy zgłosić się do specjalisty</translation>
    </message>
    <message>
        <source>Don't massage a leg that shows these signs; have it checked promptly instead:</source>
        <translation>Nie masować nogi z tymi objawami; zamiast tego szybko pokazać ją specjaliście:</translation>
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
        <translation>Jeśli noga jest spuchnięta, ciepła, zaczerwieniona lub bolesna, sesje pozostają wstrzymane, dopóki w KneeCare nie zostanie podane, że noga wróciła do normy lub że specjalista uznał masaż za bezpieczny. Przez {back} dni po tym, albo po zgłoszeniu bólu, drętwienia lub mrowienia podczas sesji, krótkie pytanie pojawia się przed każdą sesją, nawet jeśli zostało wyłączone.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>daily goal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>snooze length (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovery reminders a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovery days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>snooze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>movement nudges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose at least one time of day (or turn reminders off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same time is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose at least one day of the week (or turn reminders off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes must be more than 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the hours must span at least one hour, from the first to the last</source>
        <translation type="unfinished" />
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
        <source>Press Y for yes or N for no.</source>
        <translation>Proszę nacisnąć T (tak) lub N (nie).</translation>
    </message>
    <message>
        <source>Sessions are on hold because of your safety answers. Press Start to see why.</source>
        <translation>Sesje są wstrzymane z powodu odpowiedzi na pytania o bezpieczeństwo. Proszę nacisnąć Start, aby zobaczyć powód.</translation>
    </message>
    <message>
        <source>Sessions are on hold until your healthcare provider agrees. Press Start to see more.</source>
        <translation>Sesje są wstrzymane do czasu zgody lekarza lub innego specjalisty. Proszę nacisnąć Start, aby dowiedzieć się więcej.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Left knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session ended for safety</source>
        <translation>Sesja przerwana dla bezpieczeństwa</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session that reached its end, but with a pressing, moving or exercise step skipped.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before the first knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both legs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · set %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · round %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↻  Small circles over BL40 · one every %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↕  Slow strokes up and down across the hollow · one every %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release in %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold still on BL40 · %1 s, then release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↓  Light strokes from the knee down the calf to the ankle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release: let the hollow rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BL40 · Weizhong sits in the middle of the crease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold the stretch · %1 s, then release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One every %1 s, smooth and steady</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest quietly; a soft chime marks the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breathe in
through the nose · %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breathe out
through the mouth · %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You reported %1. Next time use a lighter touch; if it comes back, leave this point out and ask a health professional.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in all, %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Time for your knees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 session today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 sessions today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about a minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2, sitting down. %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Here again, as you asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This one was due at %1, while the computer was asleep or off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session is due (since %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reminders planned</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>