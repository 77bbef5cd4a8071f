<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>KneeCare cannot start: a program file is broken.</source>
        <translation>KneeCare no puede iniciarse: un archivo del programa está dañado.</translation>
    </message>
    <message>
        <source>KneeCare cannot open your history, so it cannot start. The details say why.</source>
        <translation>KneeCare no puede abrir su historial, así que no puede iniciarse. En los detalles se explica el motivo.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of KneeCare. It has been left untouched: please update KneeCare.</source>
        <translation>Su historial lo escribió una versión más nueva de KneeCare. No se ha modificado: por favor, actualice KneeCare.</translation>
    </message>
    <message>
        <source>Your history was damaged and no good backup of it was found. The damaged file was kept, and what could still be read from it was saved into a new history; the details say where and how much.</source>
        <translation>Su historial estaba dañado y no se encontró ninguna copia de seguridad válida. Se conservó el archivo dañado, y lo que aún se podía leer se guardó en un historial nuevo; en los detalles se indica dónde y cuánto.</translation>
    </message>
    <message>
        <source>Your history was damaged. KneeCare kept the damaged file, restored your newest good backup from the backups folder and added what could still be read from the damaged file. The details name the backup, the folder and how many sessions each gave.</source>
        <translation>Su historial estaba dañado. KneeCare conservó el archivo dañado, restauró su copia de seguridad válida más reciente desde la carpeta de copias y añadió lo que aún se podía leer del archivo dañado. En los detalles se indican la copia, la carpeta y cuántas sesiones aportó cada uno.</translation>
    </message>
    <message>
        <source>Your history is in use by another program (a backup or sync tool, or a second reader). KneeCare will try again by itself and start as soon as it is free.</source>
        <translation>Otro programa está usando su historial (una herramienta de copia de seguridad o sincronización, u otro lector). KneeCare lo volverá a intentar por sí solo y se iniciará en cuanto quede libre.</translation>
    </message>
    <message>
        <source>Your history can only be read where it is (a read-only folder, file or drive). You can look at it and export it, but new sessions cannot be saved, so Start is off.</source>
        <translation>Su historial solo se puede leer donde está (una carpeta, un archivo o una unidad de solo lectura). Puede verlo y exportarlo, pero no se pueden guardar sesiones nuevas, así que «Iniciar» está desactivado.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so KneeCare is using its defaults. The file was kept, not overwritten; the details say where it is.</source>
        <translation>No se pudo leer su archivo de configuración, así que KneeCare usa los valores predeterminados. El archivo se conservó, no se sobrescribió; en los detalles se indica dónde está.</translation>
    </message>
    <message>
        <source>KneeCare could not save this session to your history.</source>
        <translation>KneeCare no pudo guardar esta sesión en su historial.</translation>
    </message>
    <message>
        <source>KneeCare cannot check safely whether it is already running, so it does not start. The details say why and what to do.</source>
        <translation>KneeCare no puede comprobar con seguridad si ya está abierto, así que no se inicia. En los detalles se explica el motivo y qué hacer.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in KneeCare. Your history is kept as it was; the details say what happened, and the log file has them too.</source>
        <translation>Algo inesperado falló en KneeCare. Su historial se conserva tal como estaba; en los detalles se explica qué pasó, y también figuran en el archivo de registro.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Sessions cannot start: your history can only be read, so they could not be saved.</source>
        <translation>No se pueden iniciar sesiones: su historial es de solo lectura, así que no se podrían guardar.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Ritmo de respiración</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sounds and voice stopped working; the session goes on without them.</source>
        <translation>Los sonidos y la voz dejaron de funcionar; la sesión continúa sin ellos.</translation>
    </message>
</context>
<context>
    <name>CueSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>A chime at each new step</source>
        <translation>Un aviso sonoro en cada paso nuevo</translation>
    </message>
    <message>
        <source>A different chime when it is time for the other knee</source>
        <translation>Otro aviso sonoro cuando toca la otra rodilla</translation>
    </message>
    <message>
        <source>A chime when the session is done</source>
        <translation>Un aviso sonoro al terminar la sesión</translation>
    </message>
    <message>
        <source>Breathing tones: rising to breathe in, falling to breathe out</source>
        <translation>Tonos de respiración: suben para inspirar, bajan para espirar</translation>
    </message>
    <message>
        <source>A soft tick for each circle, stroke or repetition</source>
        <translation>Un suave tic en cada círculo, pasada o repetición</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Play a chime</source>
        <translation>Reproducir un aviso</translation>
    </message>
    <message>
        <source>Plays the step chime at this volume</source>
        <translation>Reproduce el aviso de paso con este volumen</translation>
    </message>
    <message>
        <source>KneeCare cannot play sounds here: no sound output was found when it started. Connect speakers or headphones and start KneeCare again to hear them.</source>
        <translation>KneeCare no puede reproducir sonidos aquí: al iniciarse no encontró ninguna salida de audio. Conecte altavoces o auriculares y vuelva a iniciar KneeCare para oírlos.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>Leer cada paso en voz alta</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lenta</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápida</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <source>Reads a sample sentence with this voice and speed</source>
        <translation>Lee una frase de ejemplo con esta voz y esta velocidad</translation>
    </message>
    <message>
        <source>The speech engine is starting…</source>
        <translation>El motor de voz se está iniciando…</translation>
    </message>
    <message>
        <source>Steps cannot be read aloud on this computer. %1 The chimes still play.</source>
        <translation>En este equipo no se pueden leer los pasos en voz alta. %1 Los avisos sonoros siguen sonando.</translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>La voz predeterminada del sistema</translation>
    </message>
    <message>
        <source>%1 (not available in this language)</source>
        <translation>%1 (no disponible en este idioma)</translation>
    </message>
    <message>
        <source>Sound and &amp;voice…</source>
        <translation>Sonido y &amp;voz…</translation>
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>tension</source>
        <translation>tensión</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolor</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>hinchazón</translation>
    </message>
    <message>
        <source>Sessions before 12:00</source>
        <translation>Sesiones antes de las 12:00</translation>
    </message>
    <message>
        <source>Sessions from 12:00</source>
        <translation>Sesiones desde las 12:00</translation>
    </message>
    <message>
        <source>%1 on average about the same after a session (80% interval %2 to %3)</source>
        <translation>%1: en promedio casi igual después de una sesión (intervalo del 80 %: %2 a %3)</translation>
    </message>
    <message>
        <source>%1 about the same (80% interval %2 to %3)</source>
        <translation>%1: casi igual (intervalo del 80 %: %2 a %3)</translation>
    </message>
    <message>
        <source>%1 on average %2 points lower after a session (80% interval %3 to %4)</source>
        <translation>%1: en promedio %2 puntos menos después de una sesión (intervalo del 80 %: %3 a %4)</translation>
    </message>
    <message>
        <source>%1 on average %2 points higher after a session (80% interval %3 to %4)</source>
        <translation>%1: en promedio %2 puntos más después de una sesión (intervalo del 80 %: %3 a %4)</translation>
    </message>
    <message>
        <source>%1 %2 points lower (80% interval %3 to %4)</source>
        <translation>%1: %2 puntos menos (intervalo del 80 %: %3 a %4)</translation>
    </message>
    <message>
        <source>%1 %2 points higher (80% interval %3 to %4)</source>
        <translation>%1: %2 puntos más (intervalo del 80 %: %3 a %4)</translation>
    </message>
    <message>
        <source>From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would likely stay with more sessions like these. What you noticed, not proof that a program works.</source>
        <translation>Según sus propias valoraciones de 0 a 10, después menos antes. El intervalo del 80 % es donde probablemente se mantendría el promedio con más sesiones como estas. Es lo que usted notó, no una prueba de que un programa funcione.</translation>
    </message>
    <message>
        <source>In your own ratings, tension drops most clearly after %1. Try it next?</source>
        <translation>Según sus propias valoraciones, la tensión baja más claramente después de «%1». ¿Lo prueba la próxima vez?</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n more session(s) of one program before and after, and this shows what seems to help you.</source>
        <translation>
            <numerusform>Valore %n sesión más de un mismo programa antes y después, y aquí verá lo que parece ayudarle.</numerusform>
            <numerusform>Valore %n sesiones más de un mismo programa antes y después, y aquí verá lo que parece ayudarle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n session(s) rated before and after</source>
        <translation>
            <numerusform>%1: %2; %n sesión valorada antes y después</numerusform>
            <numerusform>%1: %2; %n sesiones valoradas antes y después</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Ankle pumps</source>
        <translation>Bombeo de tobillos</translation>
    </message>
    <message>
        <source>Point the foot away, then pull the toes back towards the shin</source>
        <translation>Estire el pie hacia delante y luego lleve los dedos hacia la espinilla</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Elevaciones de talones</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet, then lower your heels again</source>
        <translation>Súbase a las puntas de los pies y luego baje los talones</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Estiramiento de pantorrilla</translation>
    </message>
    <message>
        <source>Lean towards a wall with one leg back, heel down</source>
        <translation>Inclínese hacia una pared con una pierna atrás y el talón en el suelo</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Pasadas por la pantorrilla</translation>
    </message>
    <message>
        <source>Light strokes from behind the knee down to the ankle</source>
        <translation>Pasadas suaves desde detrás de la rodilla hasta el tobillo</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Ducha alterna</translation>
    </message>
    <message>
        <source>Warm water, then cool, in turns, on both legs</source>
        <translation>Agua tibia y luego fresca, por turnos, en ambas piernas</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Estiramiento de isquiotibiales</translation>
    </message>
    <message>
        <source>Sit forward, one leg straight, heel down, lean from the hips</source>
        <translation>Sentado al borde, una pierna estirada, talón en el suelo, inclínese desde la cadera</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Piernas en alto</translation>
    </message>
    <message>
        <source>Lie down with your feet resting higher than your heart</source>
        <translation>Acuéstese con los pies más altos que el corazón</translation>
    </message>
    <message>
        <source>Drawing: %1</source>
        <translation>Dibujo: %1</translation>
    </message>
</context>
<context>
    <name>KnowHow</name>
    <message>
        <source>More for your legs</source>
        <translation>Más para sus piernas</translation>
    </message>
    <message>
        <source>Compression stockings</source>
        <translation>Medias de compresión</translation>
    </message>
    <message>
        <source>Firm, graduated stockings can help people whose legs swell again and again, or who have varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.</source>
        <translation>Las medias de compresión firmes y graduadas pueden ayudar a las personas cuyas piernas se hinchan una y otra vez, o que tienen varices: su presión constante evita que el líquido se acumule en la parte baja de las piernas.</translation>
    </message>
    <message>
        <source>The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them with you.</source>
        <translation>La presión y la talla adecuadas importan. Pida a un médico, una enfermera o un farmacéutico que las elija con usted.</translation>
    </message>
    <message>
        <source>Move every hour</source>
        <translation>Muévase cada hora</translation>
    </message>
    <message>
        <source>Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle pumps keeps the calf muscles working.</source>
        <translation>Estar horas sentado o de pie sin moverse hace que el líquido se acumule en la parte baja de las piernas. Levántese y camine unos minutos al menos una vez por hora. Si no puede dejar su asiento, unos bombeos de tobillos mantienen activos los músculos de la pantorrilla.</translation>
    </message>
    <message>
        <source>Regular walking, cycling or swimming builds up the calf muscle pump over time.</source>
        <translation>Caminar, ir en bicicleta o nadar con regularidad fortalece con el tiempo el bombeo muscular de la pantorrilla.</translation>
    </message>
    <message>
        <source>Water and salt</source>
        <translation>Agua y sal</translation>
    </message>
    <message>
        <source>Drink enough water through the day. A lot of salt makes the body hold on to water, so going easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on the plate.</source>
        <translation>Beba suficiente agua a lo largo del día. Mucha sal hace que el cuerpo retenga agua, así que moderar la comida salada puede significar menos hinchazón. El pescado azul y las verduras de hoja verde son buenos en el plato.</translation>
    </message>
    <message>
        <source>A healthy weight</source>
        <translation>Un peso saludable</translation>
    </message>
    <message>
        <source>Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving more helps with both.</source>
        <translation>Mantener un peso saludable aligera el trabajo de la circulación en sus piernas; moverse más ayuda en ambas cosas.</translation>
    </message>
    <message>
        <source>Smoking, blood pressure and blood sugar</source>
        <translation>Tabaco, presión arterial y azúcar en sangre</translation>
    </message>
    <message>
        <source>Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after your blood vessels, in the legs as everywhere else. Your doctor can help with all three.</source>
        <translation>Dejar de fumar y mantener la presión arterial y el azúcar en sangre en valores saludables cuida sus vasos sanguíneos, en las piernas y en todo el cuerpo. Su médico puede ayudarle con las tres cosas.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Cuándo consultar a un profesional</translation>
    </message>
    <message>
        <source>See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.</source>
        <translation>Consulte a un médico o una enfermera si la hinchazón o el dolor en una pierna no desaparece o vuelve una y otra vez.</translation>
    </message>
    <message>
        <source>Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly swollen or painful.</source>
        <translation>Busque ayuda pronto, y no masajee la pierna, si de repente nota calor en ella, o se pone roja, muy hinchada o con dolor.</translation>
    </message>
    <message>
        <source>For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.</source>
        <translation>Para una hinchazón que dura, un terapeuta formado puede ofrecer drenaje linfático o masaje de tejido profundo.</translation>
    </message>
    <message>
        <source>KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace advice from a health professional.</source>
        <translation>KneeCare es un compañero para cuidarse. No trata ni cura ninguna enfermedad, y no sustituye el consejo de un profesional de la salud.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;More for your legs</source>
        <translation>&amp;Más para sus piernas</translation>
    </message>
</context>
<context>
    <name>LegDiagram</name>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Leg diagram</source>
        <translation>Diagrama de las piernas</translation>
    </message>
    <message>
        <source>Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Parte posterior de ambas piernas, rodilla izquierda resaltada; BL40 (Weizhong) en el centro del pliegue</translation>
    </message>
    <message>
        <source>Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Parte posterior de ambas piernas, rodilla derecha resaltada; BL40 (Weizhong) en el centro del pliegue</translation>
    </message>
    <message>
        <source>Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Parte posterior de ambas piernas, ambas rodillas; BL40 (Weizhong) en el centro del pliegue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sharp pain</source>
        <translation>Dolor punzante</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Hormigueo</translation>
    </message>
    <message>
        <source>It hurts / numb / tingling  (!)</source>
        <translation>Dolor / entumecido / hormigueo  (!)</translation>
    </message>
    <message>
        <source>Continue &amp;gently</source>
        <translation>Seguir con &amp;suavidad</translation>
    </message>
    <message>
        <source>Go on with a lighter touch</source>
        <translation>Continuar con una presión más ligera</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <source>End the session now, for safety</source>
        <translation>Terminar la sesión ahora, por seguridad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Iniciar, pausar o reanudar (Espacio)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Saltar al paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Detener la sesión (Esc)</translation>
    </message>
    <message>
        <source>Sharp pain, numbness or tingling: pause now (! or Ctrl+H)</source>
        <translation>Dolor punzante, entumecimiento u hormigueo: pausa inmediata (! o Ctrl+H)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Iniciar, pausar o reanudar la sesión (Espacio)</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Saltar paso</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Ir al paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Detener sesión</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Terminar la sesión (Esc)</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling</source>
        <translation>Dolor, entumecido u hormigueo</translation>
    </message>
    <message>
        <source>Pauses the session at once and asks what you feel (! or Ctrl+H)</source>
        <translation>Pausa la sesión al instante y pregunta qué siente (! o Ctrl+H)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Iniciar, pausar o reanudar la sesión</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Saltar al paso siguiente</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling: pause now</source>
        <translation>Dolor, entumecido u hormigueo: pausa inmediata</translation>
    </message>
    <message>
        <source>This session cannot start: %1.</source>
        <translation>Esta sesión no puede iniciarse: %1.</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Avisado: %1</translation>
    </message>
    <message>
        <source>Pause session</source>
        <translation>Pausar sesión</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>Reanudar sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar historial…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Importar historial…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Reducir movimiento</translation>
    </message>
    <message>
        <source>A still marker and words instead of moving pictures</source>
        <translation>Un punto fijo y palabras en lugar de imágenes en movimiento</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The new language shows from KneeCare&apos;s next start.</source>
        <translation>El nuevo idioma se verá la próxima vez que inicie KneeCare.</translation>
    </message>
    <message>
        <source>&amp;About safety</source>
        <translation>Sobre la &amp;seguridad</translation>
    </message>
    <message>
        <source>My situation &amp;changed…</source>
        <translation>Mi situación &amp;cambió…</translation>
    </message>
    <message>
        <source>Answer the safety questions again</source>
        <translation>Responder de nuevo las preguntas de seguridad</translation>
    </message>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Preguntar por mis piernas antes de cada sesión</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Sobre la seguridad</translation>
    </message>
    <message>
        <source>When not to do this, and when to see a health professional (F1)</source>
        <translation>Cuándo no hacerlo y cuándo consultar a un profesional de la salud (F1)</translation>
    </message>
    <message>
        <source>Repeat the safety &amp;questions</source>
        <translation>Repetir las &amp;preguntas de seguridad</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Ambas rodillas</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Rodilla izquierda</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rodilla derecha</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>La rutina que va a seguir</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Rodillas</translation>
    </message>
    <message>
        <source>Work both knees, or only the left or the right one</source>
        <translation>Ambas rodillas, o solo la izquierda o la derecha</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of movement per knee</source>
        <translation>Minutos de movimiento por rodilla</translation>
    </message>
    <message>
        <source>&amp;Warm compress first</source>
        <translation>&amp;Compresa tibia primero</translation>
    </message>
    <message>
        <source>Warm compress first</source>
        <translation>Compresa tibia primero</translation>
    </message>
    <message>
        <source>Rest a warm compress behind the knees before the session starts</source>
        <translation>Poner una compresa tibia detrás de las rodillas antes de empezar la sesión</translation>
    </message>
    <message>
        <source>Minutes of warm compress</source>
        <translation>Minutos de compresa tibia</translation>
    </message>
    <message>
        <source>1 or 2 minutes, before the first knee</source>
        <translation>1 o 2 minutos, antes de la primera rodilla</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nada más</translation>
    </message>
    <message>
        <source>Finish with</source>
        <translation>Terminar con</translation>
    </message>
    <message>
        <source>A routine to do right after the knee session</source>
        <translation>Una rutina para hacer justo después de la sesión de rodillas</translation>
    </message>
    <message>
        <source>Minutes with legs raised</source>
        <translation>Minutos con las piernas en alto</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Knees</source>
        <translation>&amp;Rodillas</translation>
    </message>
    <message>
        <source>&amp;Movement per knee</source>
        <translation>&amp;Movimiento por rodilla</translation>
    </message>
    <message>
        <source>&amp;Finish with</source>
        <translation>&amp;Terminar con</translation>
    </message>
    <message>
        <source>Legs &amp;raised for</source>
        <translation>Piernas en a&amp;lto durante</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>No, &amp;thanks</source>
        <translation>No, &amp;gracias</translation>
    </message>
    <message>
        <source>Do not suggest a program again</source>
        <translation>No volver a sugerir un programa</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)</source>
        <translation>De %1 a %2 minutos, en medios minutos (de 2 a 5 minutos por rodilla en total)</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in whole minutes</source>
        <translation>De %1 a %2 minutos, en minutos enteros</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Choose %1 for your next session</source>
        <translation>Elegir %1 para su próxima sesión</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>Si&amp;ncronizar…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>&amp;Tension</source>
        <translation>&amp;Tensión</translation>
    </message>
    <message>
        <source>how tight the back of the knee feels</source>
        <translation>cuánta tensión nota detrás de la rodilla</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Dolor</translation>
    </message>
    <message>
        <source>any ache or soreness</source>
        <translation>cualquier molestia o dolor</translation>
    </message>
    <message>
        <source>&amp;Swelling</source>
        <translation>&amp;Hinchazón</translation>
    </message>
    <message>
        <source>any puffiness around the knee</source>
        <translation>cualquier hinchazón alrededor de la rodilla</translation>
    </message>
    <message>
        <source>Rate your knees</source>
        <translation>Valore sus rodillas</translation>
    </message>
    <message>
        <source>How do your knees feel before the session?</source>
        <translation>¿Cómo nota las rodillas antes de la sesión?</translation>
    </message>
    <message>
        <source>And after the session?</source>
        <translation>¿Y después de la sesión?</translation>
    </message>
    <message>
        <source>Rate what you feel, 0 for none and 10 for the most you can imagine. A slider you leave alone is simply not rated.</source>
        <translation>Valore lo que siente, de 0 (nada) a 10 (lo máximo que pueda imaginar). Un control deslizante que no toque se queda simplemente sin valorar.</translation>
    </message>
    <message>
        <source>A note, if you like (optional)</source>
        <translation>Una nota, si quiere (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>No volver a preguntar</translation>
    </message>
    <message>
        <source>You can turn ratings back on in the History window.</source>
        <translation>Puede volver a activar las valoraciones en la ventana Historial.</translation>
    </message>
    <message>
        <source>%1, 0 none to 10 the most</source>
        <translation>%1, de 0 (nada) a 10 (lo máximo)</translation>
    </message>
    <message>
        <source>not rated (before: %1)</source>
        <translation>sin valorar (antes: %1)</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Omitir  (Esc)</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Guardar e iniciar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation>(antes: %1)</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a session</source>
        <translation>&amp;Recordarme hacer una sesión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Recovery after heavy exercise</source>
        <translation>Recuperación tras un ejercicio intenso</translation>
    </message>
    <message>
        <source>Start KneeCare in the tray when I log in</source>
        <translation>Iniciar KneeCare en el área de notificación al iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>I&apos;m in a &amp;meeting: remind me in %1 min</source>
        <translation>Estoy en una re&amp;unión: recordármelo en %1 min</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horas del día</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> al día</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Meta diaria</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Meta diaria</translation>
    </message>
    <message>
        <source>Skip a reminder when today&apos;s goal is already met</source>
        <translation>Omitir un recordatorio si ya se cumplió la meta de hoy</translation>
    </message>
    <message>
        <source>Count routines (stretches, ankle pumps…) towards the goal</source>
        <translation>Contar las rutinas (estiramientos, bombeo de tobillos…) para la meta</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>&amp;Snooze for</source>
        <translation>&amp;Posponer durante</translation>
    </message>
    <message>
        <source>Use reminder time %1</source>
        <translation>Usar la hora de recordatorio %1</translation>
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation>Hora de recordatorio %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>Recovery reminders a day</source>
        <translation>Recordatorios de recuperación al día</translation>
    </message>
    <message>
        <source>Recovery days</source>
        <translation>Días de recuperación</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source>Remind me to stand up and &amp;move every hour, from</source>
        <translation>Recordarme levantarme y mo&amp;verme cada hora, desde</translation>
    </message>
    <message>
        <source>Movement nudges from</source>
        <translation>Avisos para moverse desde</translation>
    </message>
    <message>
        <source>Movement nudges until</source>
        <translation>Avisos para moverse hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>These reminders cannot work yet: %1.</source>
        <translation>Estos recordatorios aún no pueden funcionar: %1.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A weekday, day and month as QLocale writes them (QDate format), e.g. &quot;Sunday 29 November&quot;.</extracomment>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>On until %1, then back to your usual reminders by itself. Reminders at %2.</source>
        <translation>Activo hasta el %1; después vuelve solo a sus recordatorios habituales. Recordatorios a las %2.</translation>
    </message>
    <message>
        <source>End recovery reminders now</source>
        <translation>Terminar ahora los recordatorios de recuperación</translation>
    </message>
    <message>
        <source>For a few days after heavy exercise: reminders at %1, then back to your usual ones.</source>
        <translation>Durante unos días tras un ejercicio intenso: recordatorios a las %1 y después de vuelta a los habituales.</translation>
    </message>
    <message>
        <source>Start recovery reminders today</source>
        <translation>Empezar hoy los recordatorios de recuperación</translation>
    </message>
    <message numerus="yes">
        <source>Fine: the next reminder comes in %n minute(s).</source>
        <translation>
            <numerusform>Bien: el próximo recordatorio llegará en %n minuto.</numerusform>
            <numerusform>Bien: el próximo recordatorio llegará en %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>stopped early by the person</source>
        <translation>detenida antes por la persona</translation>
    </message>
    <message>
        <source>ended for safety</source>
        <translation>terminada por seguridad</translation>
    </message>
    <message>
        <source>interrupted (the app was closed)</source>
        <translation>interrumpida (se cerró la aplicación)</translation>
    </message>
    <message>
        <source>a hands-on step skipped</source>
        <translation>se saltó un paso práctico</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <source>settling in</source>
        <translation>acomodarse</translation>
    </message>
    <message>
        <source>warm compress</source>
        <translation>compresa tibia</translation>
    </message>
    <message>
        <source>finding the point</source>
        <translation>encontrar el punto</translation>
    </message>
    <message>
        <source>steady pressure</source>
        <translation>presión constante</translation>
    </message>
    <message>
        <source>circles or strokes</source>
        <translation>círculos o pasadas</translation>
    </message>
    <message>
        <source>holding the point</source>
        <translation>mantener el punto</translation>
    </message>
    <message>
        <source>calf strokes</source>
        <translation>pasadas por la pantorrilla</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>estiramiento</translation>
    </message>
    <message>
        <source>legs raised</source>
        <translation>piernas en alto</translation>
    </message>
    <message>
        <source>warm and cool water</source>
        <translation>agua tibia y fresca</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>rodilla izquierda</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rodilla derecha</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>dolor punzante</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>hormigueo</translation>
    </message>
    <message>
        <source>session ended for safety</source>
        <translation>sesión terminada por seguridad</translation>
    </message>
    <message>
        <source>no reason given not to do the sessions</source>
        <translation>no indicó ningún motivo para no hacer las sesiones</translation>
    </message>
    <message>
        <source>pregnant; a healthcare provider agreed to the sessions</source>
        <translation>embarazada; un profesional de la salud aprobó las sesiones</translation>
    </message>
    <message>
        <source>pregnant; sessions held until a healthcare provider agrees</source>
        <translation>embarazada; sesiones en pausa hasta que un profesional de la salud las apruebe</translation>
    </message>
    <message>
        <source>sessions on hold because of a yes</source>
        <translation>sesiones en pausa por un «sí»</translation>
    </message>
    <message>
        <source>not every question answered</source>
        <translation>no todas las preguntas tienen respuesta</translation>
    </message>
    <message>
        <source>the person said the leg was back to normal</source>
        <translation>la persona dijo que la pierna volvió a estar normal</translation>
    </message>
    <message>
        <source>the person said a health professional cleared it</source>
        <translation>la persona dijo que un profesional de la salud dio el visto bueno</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Self-care log from KneeCare</source>
        <translation>Registro de autocuidado de KneeCare</translation>
    </message>
    <message>
        <source>Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are self-care and are not offered as a treatment.</source>
        <translation>Registro llevado por la propia persona con la aplicación KneeCare; no es un diagnóstico. Las sesiones son autocuidado y no se ofrecen como tratamiento.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>completed sessions a day, week&apos;s average</source>
        <translation>sesiones completadas al día, promedio semanal</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>meta diaria</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 después</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.</source>
        <translation>Acupresión guiada detrás de las rodillas (punto BL40, Weizhong), tal como la registró la persona.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Time on each knee: left %1 min, right %2 min.</source>
        <translation>Tiempo en cada rodilla: izquierda %1 min, derecha %2 min.</translation>
    </message>
    <message>
        <source>knee points</source>
        <translation>puntos de la rodilla</translation>
    </message>
    <message>
        <source>leg routine</source>
        <translation>rutina de piernas</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Cómo se sintió</translation>
    </message>
    <message>
        <source>No session was rated both before and after.</source>
        <translation>Ninguna sesión se valoró antes y después.</translation>
    </message>
    <message>
        <source>0-10, 10 worst</source>
        <translation>0-10, 10 = lo peor</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Sessions rated</source>
        <translation>Sesiones valoradas</translation>
    </message>
    <message>
        <source>Averages of the ratings given just before and just after a session, over the sessions rated both times.</source>
        <translation>Promedios de las valoraciones dadas justo antes y justo después de una sesión, en las sesiones valoradas las dos veces.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Lo que parece ayudar</translation>
    </message>
    <message>
        <source>Not enough rated sessions yet: each line needs at least 5.</source>
        <translation>Aún no hay suficientes sesiones valoradas: cada línea necesita al menos 5.</translation>
    </message>
    <message>
        <source>Average change in the person&apos;s own 0-10 ratings after a session (below 0: lower after), with an 80% interval of that average. An observation, not evidence of an effect.</source>
        <translation>Cambio promedio de las valoraciones de 0 a 10 de la persona después de una sesión (por debajo de 0: más bajas después), con un intervalo del 80 % de ese promedio. Una observación, no una prueba de efecto.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>No safety screening recorded.</source>
        <translation>No hay preguntas de seguridad registradas.</translation>
    </message>
    <message>
        <source>Latest safety screening: %1. Result: %2.</source>
        <translation>Últimas preguntas de seguridad: %1. Resultado: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Red flags, all-clears and safety stops in the period</source>
        <translation>Señales de alarma, fin de alarmas y paradas de seguridad en el período</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when this report was made.</source>
        <translation>La pregunta diaria antes de cada sesión (¿hay una pierna hinchada, con calor, enrojecida o con dolor?) estaba %1 cuando se creó este informe.</translation>
    </message>
    <message>
        <source>Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.</source>
        <translation>Respondió «sí» a la pregunta diaria (una pierna hinchada, con calor, enrojecida o con dolor); sesiones en pausa.</translation>
    </message>
    <message>
        <source>Hold ended: %1.</source>
        <translation>Fin de la pausa: %1.</translation>
    </message>
    <message>
        <source>In a session of %1: %2</source>
        <translation>En una sesión de «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>Del %1 al %2 (%n día)</numerusform>
            <numerusform>Del %1 al %2 (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 completed. Ended early: %2.</source>
        <translation>
            <numerusform>%n sesión. Completadas: %1. Terminadas antes: %2.</numerusform>
            <numerusform>%n sesiones. Completadas: %1. Terminadas antes: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal: %n completed session(s) a day; reached on average %1 a day.</source>
        <translation>
            <numerusform>Meta diaria: %n sesión completada al día; promedio alcanzado: %1 al día.</numerusform>
            <numerusform>Meta diaria: %n sesiones completadas al día; promedio alcanzado: %1 al día.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a health professional</source>
        <translation>Informe para un profesional de la salud</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Remember this name</source>
        <translation>&amp;Recordar este nombre</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Nombre en el informe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>The first day comes after the last day. Please swap them.</source>
        <translation>El primer día es posterior al último. Por favor, cámbielos de orden.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No session was recorded in this period, so there is nothing to report.</source>
        <translation>No se registró ninguna sesión en este período, así que no hay nada que informar.</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>No se pudo guardar el informe ahí: %1</translation>
    </message>
    <message>
        <source>Report for a &amp;health professional…</source>
        <translation>Infor&amp;me para un profesional de la salud…</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety questions · %1</source>
        <translation>Preguntas de seguridad · %1</translation>
    </message>
    <message>
        <source>They ask about:</source>
        <translation>Tratan sobre:</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Ahora &amp;no</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Preguntas de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Sessions are on hold for now</source>
        <translation>Las sesiones quedan en pausa por ahora</translation>
    </message>
    <message>
        <source>Your answers show something that makes pressing behind the knee unwise at the moment, so KneeCare will not start a session.</source>
        <translation>Sus respuestas muestran algo que hace poco aconsejable presionar detrás de la rodilla en este momento, así que KneeCare no iniciará ninguna sesión.</translation>
    </message>
    <message>
        <source>If an answer was a mistake, or things have changed, you can review your answers.</source>
        <translation>Si se equivocó en una respuesta o algo ha cambiado, puede revisar sus respuestas.</translation>
    </message>
    <message>
        <source>About &amp;safety</source>
        <translation>Sobre la &amp;seguridad</translation>
    </message>
    <message>
        <source>&amp;Review my answers</source>
        <translation>&amp;Revisar mis respuestas</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Check with your healthcare provider first</source>
        <translation>Consulte primero con su profesional de la salud</translation>
    </message>
    <message>
        <source>Tick the box once your provider has agreed; then Continue is available.</source>
        <translation>Marque la casilla cuando su profesional de la salud lo haya aprobado; entonces podrá pulsar «Continuar».</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>Todavía &amp;no</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>Marque primero la casilla de arriba</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Las sesiones están en pausa</translation>
    </message>
    <message>
        <source>You said a leg is swollen, warm, red or painful.</source>
        <translation>Usted indicó que tiene una pierna hinchada, con calor, enrojecida o con dolor.</translation>
    </message>
    <message>
        <source>Sessions stay on hold</source>
        <translation>Las sesiones siguen en pausa</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Nothing in your answers stops you from using KneeCare. Press Start when you are ready; a quick question about your legs comes first.</source>
        <translation>Nada en sus respuestas le impide usar KneeCare. Pulse «Iniciar» cuando esté listo; primero verá una breve pregunta sobre sus piernas.</translation>
    </message>
    <message>
        <source>If your health changes, choose Safety &gt; My situation changed, and the questions are asked again.</source>
        <translation>Si su salud cambia, elija Seguridad &gt; Mi situación cambió y se le harán las preguntas de nuevo.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Preguntar por mis piernas antes de cada sesión</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on until %1)</source>
        <translation>Preguntar por mis piernas antes de cada sesión (siempre activo hasta el %1)</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on in your first week)</source>
        <translation>Preguntar por mis piernas antes de cada sesión (siempre activo en su primera semana)</translation>
    </message>
    <message>
        <source>You turned this question off; after a recent leg problem or a report of pain, numbness or tingling it is asked again until %1.</source>
        <translation>Usted desactivó esta pregunta; tras un problema reciente en una pierna o tras avisar de dolor, entumecimiento u hormigueo, se vuelve a hacer hasta el %1.</translation>
    </message>
    <message>
        <source>This question is always asked before your first session.</source>
        <translation>Esta pregunta se hace siempre antes de su primera sesión.</translation>
    </message>
    <message>
        <source>You turned this question off; it is still asked in your first week, until %1.</source>
        <translation>Usted desactivó esta pregunta; aun así se hace durante su primera semana, hasta el %1.</translation>
    </message>
    <message>
        <source>KneeCare could not save your answer (%1). It counts for now, but you may be asked again next time.</source>
        <translation>KneeCare no pudo guardar su respuesta (%1). Vale por ahora, pero es posible que se le pregunte de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <source>I have read this, and it does not apply to me</source>
        <translation>Lo he leído y no se aplica a mi caso</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>Antes de empezar: %1</translation>
    </message>
    <message>
        <source>Safety note for %1</source>
        <translation>Aviso de seguridad: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>About safety · %1</source>
        <translation>Sobre la seguridad · %1</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Sobre la seguridad</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The backs of your legs, seen from behind</source>
        <translation>La parte posterior de sus piernas, vista desde atrás</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>Qué hacen las manos</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Tiempo restante de la sesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Listo cuando usted quiera</translation>
    </message>
    <message>
        <source>%1 Press Start or Space to begin.</source>
        <translation>%1 Pulse «Iniciar» o la tecla Espacio para empezar.</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>en total</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Primero: %1</translation>
    </message>
    <message>
        <source>left in this step</source>
        <translation>restante en este paso</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>En pausa. Pulse Espacio para continuar.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>Press Start or Space for another session.</source>
        <translation>Pulse «Iniciar» o la tecla Espacio para otra sesión.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Open the %1 menu</source>
        <translation>Abrir el menú %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Tab moves between controls; Space or Enter presses the one with the focus.</source>
        <translation>Tab pasa de un control a otro; Espacio o Intro pulsa el que tiene el foco.</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation>Cada fila: las teclas y lo que hacen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>Every key KneeCare answers</source>
        <translation>Todas las teclas a las que responde KneeCare</translation>
    </message>
</context>
<context>
    <name>TrayCompanion</name>
    <message>
        <source>No tray here: closing this window quits KneeCare. Reminders come as notifications.</source>
        <translation>Aquí no hay área de notificación: al cerrar esta ventana se cierra KneeCare. Los recordatorios llegan como notificaciones.</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <source>KneeCare could not change how it starts at login: %1</source>
        <translation>KneeCare no pudo cambiar cómo se inicia al entrar en el equipo: %1</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Su sesión</translation>
    </message>
    <message>
        <source>KneeCare is still here</source>
        <translation>KneeCare sigue aquí</translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.</source>
        <translation>Sigue en el área de notificación para recordarle sus sesiones. Para salir, elija Salir en el menú del icono.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>For 30 minutes</source>
        <translation>Durante 30 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Start session (%1)</source>
        <translation>Empezar la sesión (%1)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Open KneeCare</source>
        <translation>Abrir KneeCare</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Sobre la seguridad</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Recordatorios…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>This is how KneeCare will read each step to you.</source>
        <translation>Así le leerá KneeCare cada paso.</translation>
    </message>
    <message>
        <source>Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.</source>
        <translation>Instale speech-dispatcher (y una voz como espeak-ng) para oír los pasos en voz alta.</translation>
    </message>
    <message>
        <source>Your system&apos;s speech service did not answer.</source>
        <translation>El servicio de voz de su sistema no respondió.</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>El motor de voz dejó de funcionar.</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>No hay ningún motor de voz instalado.</translation>
    </message>
    <message>
        <source>The speech engine “%1” could not start.</source>
        <translation>El motor de voz «%1» no pudo iniciarse.</translation>
    </message>
    <message>
        <source>No speech voice for %1 is installed on this computer, so KneeCare plays the chimes only and does not read the steps aloud. Install a voice for %1 to hear them.</source>
        <translation>No hay ninguna voz sintética para %1 instalada en este equipo, así que KneeCare solo reproduce los avisos sonoros y no lee los pasos en voz alta. Instale una voz para %1 para oírlos.</translation>
    </message>
    <message>
        <source>The speech engine “%1” did not answer.</source>
        <translation>El motor de voz «%1» no respondió.</translation>
    </message>
    <message>
        <source>The speech helper stopped (exit code %1).</source>
        <translation>El asistente de voz se detuvo (código de salida %1).</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Showing %1</source>
        <extracomment>Read by screen readers after the chart&apos;s summary: %1 is the value picked (e.g. &quot;Thu 26 Nov: 2 sessions completed&quot;).</extracomment>
        <translation>Se muestra: %1</translation>
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
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time</source>
        <translation>%1 no es una hora ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, campo «%2»: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>%1 is not a non-empty text</source>
        <translation>%1 no es un texto no vacío</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 no es uno de %2</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds (0 or more)</source>
        <translation>%1 no es un número de segundos (0 o más)</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 no es un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>%1 has no UTC offset (like +01:00)</source>
        <translation>%1 no tiene desfase UTC (como +01:00)</translation>
    </message>
    <message>
        <source>%1 is not a time from the year %2 to %3</source>
        <translation>%1 no es una fecha entre los años %2 y %3</translation>
    </message>
    <message>
        <source>%1 is not a value KneeCare knows</source>
        <translation>%1 no es un valor que KneeCare conozca</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>no es una lista</translation>
    </message>
    <message>
        <source>is not an object with &apos;before&apos; and &apos;after&apos;</source>
        <translation>no es un objeto con «before» y «after»</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 no es texto</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>entry %1 (started %2)</source>
        <translation>entrada %1 (iniciada %2)</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>es anterior a started_at</translation>
    </message>
    <message>
        <source>two phases have the same index</source>
        <translation>dos fases tienen el mismo índice</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most KneeCare imports</source>
        <translation>el archivo supera %1 MiB, el máximo que importa KneeCare</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>el archivo no es JSON válido (línea %1, columna %2: %3)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a KneeCare export</source>
        <translation>el archivo está demasiado anidado para ser una exportación de KneeCare</translation>
    </message>
    <message>
        <source>the file holds a value KneeCare cannot read: %1</source>
        <translation>el archivo contiene un valor que KneeCare no puede leer: %1</translation>
    </message>
    <message>
        <source>the file does not hold a list of sessions (a KneeCare JSON export)</source>
        <translation>el archivo no contiene una lista de sesiones (una exportación JSON de KneeCare)</translation>
    </message>
    <message>
        <source>entries %1 and %2 are the same session (uid %3)</source>
        <translation>las entradas %1 y %2 son la misma sesión (uid %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n sesión añadida</numerusform>
            <numerusform>%n sesiones añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were already in your history.</source>
        <translation>
            <numerusform>%1; %n ya estaba en su historial.</numerusform>
            <numerusform>%1; %n ya estaban en su historial.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>KneeCare had a problem with your history just now. The details say what happened and what KneeCare did about it.</source>
        <translation>KneeCare acaba de tener un problema con su historial. En los detalles se explica qué pasó y qué hizo KneeCare al respecto.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenida antes</translation>
    </message>
    <message>
        <source>Ended for safety</source>
        <translation>Terminada por seguridad</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session gone through to its end with a pressing, moving or exercise step skipped (not done).</extracomment>
        <translation>Pasos saltados</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>The Knees column of the sessions table.</extracomment>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>rodilla izquierda</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rodilla derecha</translation>
    </message>
    <message>
        <source>both knees</source>
        <translation>ambas rodillas</translation>
    </message>
    <message>
        <source>settling in</source>
        <extracomment>What the person was doing: fills %3 of &quot;Reported %1 at %2, during %3&quot; (with the preposition needed).</extracomment>
        <translation>al acomodarse</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>al calentar</translation>
    </message>
    <message>
        <source>finding the hollow</source>
        <translation>al buscar el hueco</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>al presionar</translation>
    </message>
    <message>
        <source>the movement</source>
        <translation>durante el movimiento</translation>
    </message>
    <message>
        <source>a hold</source>
        <translation>al mantener la presión</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>al final</translation>
    </message>
    <message>
        <source>the repetitions</source>
        <translation>durante las repeticiones</translation>
    </message>
    <message>
        <source>a stretch</source>
        <translation>durante un estiramiento</translation>
    </message>
    <message>
        <source>a rest</source>
        <translation>durante un descanso</translation>
    </message>
    <message>
        <source>the intervals</source>
        <translation>durante los intervalos</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolor</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>hormigueo</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>tensión</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>hinchazón</translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word the person types to delete everything (in capitals).</extracomment>
        <translation>BORRAR</translation>
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
        <translation>%1: ninguna sesión</translation>
    </message>
    <message>
        <source>, %1 ended early</source>
        <translation>, terminadas antes: %1</translation>
    </message>
    <message>
        <source> (goal met)</source>
        <translation> (meta cumplida)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semana del %1</translation>
    </message>
    <message>
        <source>Rate how your knees feel before and after a session to see here how they compare.</source>
        <translation>Valore cómo nota las rodillas antes y después de una sesión para ver aquí la comparación.</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points after a session</source>
        <translation>su valoración de %1 bajó %2 puntos después de una sesión</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points</source>
        <translation>su valoración de %1 bajó %2 puntos</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points after a session</source>
        <translation>su valoración de %1 subió %2 puntos después de una sesión</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points</source>
        <translation>su valoración de %1 subió %2 puntos</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same after a session</source>
        <translation>su valoración de %1 se mantuvo casi igual después de una sesión</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same</source>
        <translation>su valoración de %1 se mantuvo casi igual</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the measures: &quot;A, B and C&quot;.</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Rodillas</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Tiempo hecho</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day was met on %5 of %6 days.</source>
        <translation>Sesiones al día en los últimos %1: %2 completadas, %3 terminadas antes; la meta de %4 al día se cumplió %5 de %6 días.</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.</source>
        <translation>Sesiones al día en los últimos %1: %2 completadas; la meta de %3 al día se cumplió %4 de %5 días.</translation>
    </message>
    <message>
        <source>Minutes per week, last %1 weeks: %2 in all.</source>
        <translation>Minutos por semana, últimas %1 semanas: %2 en total.</translation>
    </message>
    <message>
        <source>%1: %2 before %3, after %4</source>
        <extracomment>%1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.</extracomment>
        <translation>%1: %2 antes %3, después %4</translation>
    </message>
    <message>
        <source>%1 rating, 0 to 10, mean before and after sessions, last %2.</source>
        <translation>Valoración de %1, de 0 a 10, promedio antes y después de las sesiones, últimos %2.</translation>
    </message>
    <message>
        <source> Overall %1 before, %2 after.</source>
        <translation> En total: %1 antes, %2 después.</translation>
    </message>
    <message>
        <source>Deleted the session of %1, %2.</source>
        <translation>Se borró la sesión del %1, %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Pasos: %1 de %2 hechos</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, saltados: %1</translation>
    </message>
    <message>
        <source>Reported %1 at %2, during %3</source>
        <extracomment>%1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of &quot;settling in&quot;, &quot;pressing&quot;, ...).</extracomment>
        <translation>Aviso de %1 a los %2, %3</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>sin valoraciones</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — «%1»</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Knee sessions</source>
        <translation>Sesiones de rodillas</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Tension · pain · swelling, 0 to 10 (– not rated)</source>
        <translation>Tensión · dolor · hinchazón, de 0 a 10 (– sin valorar)</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sesiones al día</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>How your knees felt, before and after</source>
        <translation>Cómo notaba las rodillas, antes y después</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Mostrar los últimos %1</translation>
    </message>
    <message>
        <source>sessions today</source>
        <translation>sesiones hoy</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>racha actual</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>mejor racha</translation>
    </message>
    <message>
        <source>days the goal was met</source>
        <translation>días con la meta cumplida</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>minutos esta semana</translation>
    </message>
    <message>
        <source>Tension before and after sessions</source>
        <translation>Tensión antes y después de las sesiones</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolor antes y después de las sesiones</translation>
    </message>
    <message>
        <source>The quick rating before and after sessions is off.</source>
        <translation>La valoración rápida antes y después de las sesiones está desactivada.</translation>
    </message>
    <message>
        <source>Ask me again</source>
        <translation>Volver a preguntarme</translation>
    </message>
    <message>
        <source>What seems to help you</source>
        <translation>Lo que parece ayudarle</translation>
    </message>
    <message>
        <source>goal: %1 a day</source>
        <translation>meta: %1 al día</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completadas</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminadas antes</translation>
    </message>
    <message>
        <source>Sessions per day, each week&apos;s average</source>
        <translation>Sesiones al día, promedio de cada semana</translation>
    </message>
    <message>
        <source> Shown as each week&apos;s average per day.</source>
        <translation> Se muestra como el promedio diario de cada semana.</translation>
    </message>
    <message>
        <source>No sessions in this time yet. When you finish one, it shows here.</source>
        <translation>Aún no hay sesiones en este período. Cuando termine una, aparecerá aquí.</translation>
    </message>
    <message>
        <source>current streak, go on today</source>
        <translation>racha actual, siga hoy</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 después</translation>
    </message>
    <message>
        <source>History · %1</source>
        <translation>Historial · %1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Which sessions to list</source>
        <translation>Qué sesiones mostrar</translation>
    </message>
    <message>
        <source>List every session, only the knee sessions, or only the routines</source>
        <translation>Mostrar todas las sesiones, solo las de rodillas o solo las rutinas</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Borrar sesión</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); you can undo it</source>
        <translation>Borrar la sesión elegida (tecla Supr); puede deshacerlo</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>Borrar todos los datos…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>Recuperar la sesión (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, la más reciente primero</translation>
    </message>
    <message>
        <source>Choose a session to see its details.</source>
        <translation>Elija una sesión para ver sus detalles.</translation>
    </message>
    <message>
        <source>Your other computers delete it at their next sync.</source>
        <translation>Sus otros equipos los borrarán en su próxima sincronización.</translation>
    </message>
    <message>
        <source>The sync folder could not be reached; it is cleared at the next sync.</source>
        <translation>No se pudo acceder a la carpeta de sincronización; se vaciará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Sync is now off; the sync folder was left as it was.</source>
        <translation>La sincronización está ahora desactivada; la carpeta de sincronización quedó como estaba.</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Borrar todos los datos</translation>
    </message>
    <message>
        <source>This deletes every session, rating and safety report, the reminder log, your screening answers and all backup copies, for good. Your settings stay.

If you might want them later, close this and use File &gt; Export first.

To go ahead, type %1 below.</source>
        <extracomment>%1 is the word to type (DELETE, translated above). &quot;File &gt; Export&quot; names the menu entry.</extracomment>
        <translation>Esto borra para siempre todas las sesiones, valoraciones y avisos de seguridad, el registro de recordatorios, sus respuestas a las preguntas de seguridad y todas las copias de seguridad. Su configuración se conserva.

Si los puede necesitar más adelante, cierre esto y use antes Archivo &gt; Exportar historial.

Para continuar, escriba %1 abajo.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escriba %1 para confirmar</translation>
    </message>
    <message>
        <source>Also delete it on my other &amp;computers (sync folder)</source>
        <translation>Borrar también en mis otros &amp;equipos (carpeta de sincronización)</translation>
    </message>
    <message>
        <source>Checked: your other computers delete everything too at their next sync. Not checked: only this computer&apos;s history goes, and sync is turned off here.</source>
        <translation>Marcado: sus otros equipos también lo borran todo en su próxima sincronización. Sin marcar: solo se borra el historial de este equipo, y aquí se desactiva la sincronización.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>The title of the message after an export.</extracomment>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2.</source>
        <translation>No se pudo escribir el historial en %1: %2.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importar historial</translation>
    </message>
    <message>
        <source>KneeCare JSON export (*.json)</source>
        <translation>Exportación JSON de KneeCare (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The title of the message after an import.</extracomment>
        <translation>Importación</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a text file; nothing was imported.</source>
        <translation>%1 no es un archivo de texto; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation>%1 no se importó y no cambió nada: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation>
            <numerusform>%n sesión, de la más reciente a la más antigua. Valoraciones: tensión · dolor · hinchazón, de 0 a 10.</numerusform>
            <numerusform>%n sesiones, de la más reciente a la más antigua. Valoraciones: tensión · dolor · hinchazón, de 0 a 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted all data (%n session(s)).</source>
        <translation>
            <numerusform>Se borraron todos los datos (%n sesión).</numerusform>
            <numerusform>Se borraron todos los datos (%n sesiones).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) completed</source>
        <translation>
            <numerusform>%1: %n sesión completada</numerusform>
            <numerusform>%1: %n sesiones completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s), %4 ended early)</source>
        <translation>
            <numerusform>%1: %2 completadas al día (%3 en %n día, %4 terminadas antes)</numerusform>
            <numerusform>%1: %2 completadas al día (%3 en %n días, %4 terminadas antes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s))</source>
        <translation>
            <numerusform>%1: %2 completadas al día (%3 en %n día)</numerusform>
            <numerusform>%1: %2 completadas al día (%3 en %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>En promedio %1 (%n sesión valorada antes y después).</numerusform>
            <numerusform>En promedio %1 (%n sesiones valoradas antes y después).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %2 min in %n session(s)</source>
        <translation>
            <numerusform>semana del %1: %2 min en %n sesión</numerusform>
            <numerusform>semana del %1: %2 min en %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n sesión a %1.</numerusform>
            <numerusform>Se exportaron %n sesiones a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>left</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your left knee&quot;).</extracomment>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your right knee&quot;).</extracomment>
        <translation>derecha</translation>
    </message>
    <message>
        <source>Warm compress</source>
        <translation>Compresa tibia</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends.</source>
        <extracomment>{knee} becomes &quot;left&quot; or &quot;right&quot; (the words above).</extracomment>
        <translation>Siéntese cómodamente y ponga una compresa tibia, nunca caliente, detrás de la rodilla {knee} hasta que termine el temporizador.</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.</source>
        <translation>Siéntese cómodamente y ponga una compresa tibia, nunca caliente, detrás de ambas rodillas hasta que termine el temporizador.</translation>
    </message>
    <message>
        <source>Firm, but never painful.</source>
        <translation>Firme, pero nunca dolorosa.</translation>
    </message>
    <message>
        <source>firm</source>
        <extracomment>Words (separated by |) that say &quot;firm&quot; in the translated pressure instructions.</extracomment>
        <translation>firme</translation>
    </message>
    <message>
        <source>never painful|never hurts|never hurt</source>
        <extracomment>Words (separated by |) that say &quot;never painful&quot; in the translated pressure instructions.</extracomment>
        <translation>nunca dolorosa|nunca duela|nunca le duela</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Everyday care to keep the backs of the knees loose: once or twice a day.</source>
        <translation>Cuidado de cada día para mantener flexible la parte de atrás de las rodillas: una o dos veces al día.</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>Acomodarse</translation>
    </message>
    <message>
        <source>Sit down and bend your {knee} knee a little, with the foot flat on the floor or resting on something.</source>
        <translation>Siéntese y doble un poco la rodilla {knee}, con el pie plano en el suelo o apoyado en algo.</translation>
    </message>
    <message>
        <source>Warm your hands</source>
        <translation>Calentar las manos</translation>
    </message>
    <message>
        <source>Rub your palms briskly together until they feel warm.</source>
        <translation>Frote las palmas con energía hasta que las note calientes.</translation>
    </message>
    <message>
        <source>Find the hollow</source>
        <translation>Buscar el hueco</translation>
    </message>
    <message>
        <source>Slide your fingers behind the {knee} knee and feel for the soft dip in the middle of the crease.</source>
        <translation>Pase los dedos por detrás de la rodilla {knee} y busque el hueco blando en el centro del pliegue.</translation>
    </message>
    <message>
        <source>Press gently</source>
        <translation>Presionar con suavidad</translation>
    </message>
    <message>
        <source>Rest your thumbs in the hollow and lean in slowly until the pressure is firm but never painful.</source>
        <translation>Apoye los pulgares en el hueco y presione despacio hasta que la presión sea firme, pero nunca dolorosa.</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>Círculos pequeños</translation>
    </message>
    <message>
        <source>Trace small, slow circles across the hollow, the pressure firm but never painful.</source>
        <translation>Trace círculos pequeños y lentos sobre el hueco, con una presión firme, pero nunca dolorosa.</translation>
    </message>
    <message>
        <source>Steady hold</source>
        <translation>Presión mantenida</translation>
    </message>
    <message>
        <source>Keep a still pressure on the centre of the crease, firm but never painful, then let go when the timer ends.</source>
        <translation>Mantenga una presión quieta en el centro del pliegue, firme pero nunca dolorosa, y suelte cuando termine el temporizador.</translation>
    </message>
    <message>
        <source>Stroke down the calf</source>
        <translation>Pasadas por la pantorrilla</translation>
    </message>
    <message>
        <source>With light hands, stroke from behind the knee down the calf towards the ankle.</source>
        <translation>Con las manos ligeras, deslícelas desde detrás de la rodilla por la pantorrilla hacia el tobillo.</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>A short version for a busy day: one minute of movement per knee.</source>
        <translation>Una versión corta para un día ajetreado: un minuto de movimiento por rodilla.</translation>
    </message>
    <message>
        <source>Sit with your {knee} knee slightly bent and the foot supported.</source>
        <translation>Siéntese con la rodilla {knee} algo doblada y el pie apoyado.</translation>
    </message>
    <message>
        <source>Rub your palms together for a few breaths.</source>
        <translation>Frote las palmas durante unas cuantas respiraciones.</translation>
    </message>
    <message>
        <source>Feel for the soft dip at the centre of the crease behind the {knee} knee.</source>
        <translation>Busque el hueco blando en el centro del pliegue, detrás de la rodilla {knee}.</translation>
    </message>
    <message>
        <source>Press in with your thumbs, slowly, to a firm pressure that never hurts.</source>
        <translation>Presione despacio con los pulgares, hasta una presión firme que nunca duela.</translation>
    </message>
    <message>
        <source>Make small, unhurried circles over the hollow, the pressure firm but never painful.</source>
        <translation>Haga círculos pequeños y sin prisa sobre el hueco, con una presión firme, pero nunca dolorosa.</translation>
    </message>
    <message>
        <source>Finish with a few light strokes from the knee down towards the ankle.</source>
        <translation>Termine con unas pasadas suaves desde la rodilla hacia el tobillo.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>After hard exercise: three minutes of movement per knee and a longer finish down the calf.</source>
        <translation>Tras un ejercicio intenso: tres minutos de movimiento por rodilla y un final más largo por la pantorrilla.</translation>
    </message>
    <message>
        <source>Sit comfortably, {knee} knee bent a little, foot flat or propped up.</source>
        <translation>Siéntese cómodamente, con la rodilla {knee} un poco doblada y el pie plano o en alto.</translation>
    </message>
    <message>
        <source>Rub your hands together until the palms are warm.</source>
        <translation>Frótese las manos hasta que las palmas estén calientes.</translation>
    </message>
    <message>
        <source>Bend the {knee} knee slightly and find the soft centre of the crease with your fingertips.</source>
        <translation>Doble un poco la rodilla {knee} y busque con las yemas de los dedos el centro blando del pliegue.</translation>
    </message>
    <message>
        <source>Use the heels of your palms and build up slowly to a pressure that is firm but never painful.</source>
        <translation>Use la base de las palmas y aumente poco a poco la presión hasta que sea firme, pero nunca dolorosa.</translation>
    </message>
    <message>
        <source>Slow strokes</source>
        <translation>Pasadas lentas</translation>
    </message>
    <message>
        <source>Stroke slowly up and down across the hollow with an even pressure, firm but never painful.</source>
        <translation>Deslice las manos despacio arriba y abajo por el hueco, con una presión uniforme, firme pero nunca dolorosa.</translation>
    </message>
    <message>
        <source>Press steadily into the centre of the crease, firm but never painful, and keep still; release when the timer ends.</source>
        <translation>Presione de forma constante en el centro del pliegue, firme pero nunca dolorosa, y quédese quieto; suelte cuando termine el temporizador.</translation>
    </message>
    <message>
        <source>Stroke lightly and slowly down the whole calf to the ankle, several times.</source>
        <translation>Deslice las manos suave y lentamente por toda la pantorrilla hasta el tobillo, varias veces.</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relajación</translation>
    </message>
    <message>
        <source>Wind down: slow breathing, small slow circles and three still holds.</source>
        <translation>Para calmarse: respiración lenta, círculos pequeños y lentos y tres presiones quietas.</translation>
    </message>
    <message>
        <source>Sit back, let your shoulders drop, and rest your {knee} foot with the knee slightly bent.</source>
        <translation>Recuéstese, deje caer los hombros y apoye el pie de la pierna {knee} con la rodilla algo doblada.</translation>
    </message>
    <message>
        <source>Rub your palms together slowly while you breathe out long.</source>
        <translation>Frote las palmas despacio mientras espira largamente.</translation>
    </message>
    <message>
        <source>Find the soft middle of the crease behind the {knee} knee.</source>
        <translation>Busque el centro blando del pliegue, detrás de la rodilla {knee}.</translation>
    </message>
    <message>
        <source>Let your thumbs sink in bit by bit until the pressure is firm but never painful.</source>
        <translation>Deje que los pulgares se hundan poco a poco hasta que la presión sea firme, pero nunca dolorosa.</translation>
    </message>
    <message>
        <source>Small, slow circles</source>
        <translation>Círculos pequeños y lentos</translation>
    </message>
    <message>
        <source>Make small, slow circles over the hollow in time with your breath, the pressure firm but never painful.</source>
        <translation>Haga círculos pequeños y lentos sobre el hueco, al ritmo de su respiración, con una presión firme, pero nunca dolorosa.</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation>Presión quieta</translation>
    </message>
    <message>
        <source>Hold a steady pressure on the centre of the crease, firm but never painful, and breathe slowly.</source>
        <translation>Mantenga una presión constante en el centro del pliegue, firme pero nunca dolorosa, y respire despacio.</translation>
    </message>
    <message>
        <source>Glide your hands gently down the calf towards the ankle.</source>
        <translation>Deslice las manos con suavidad por la pantorrilla hacia el tobillo.</translation>
    </message>
    <message>
        <source>Ankle pumps</source>
        <translation>Bombeo de tobillos</translation>
    </message>
    <message>
        <source>Point and pull your feet in a steady rhythm so the calf muscles squeeze blood back up the legs.</source>
        <translation>Estire y flexione los pies a un ritmo constante para que los músculos de la pantorrilla empujen la sangre hacia arriba por las piernas.</translation>
    </message>
    <message>
        <source>Legs out</source>
        <translation>Piernas estiradas</translation>
    </message>
    <message>
        <source>Sit back or lie down with both legs stretched out and your heels resting on the floor or the bed.</source>
        <translation>Recuéstese o acuéstese con las dos piernas estiradas y los talones apoyados en el suelo o en la cama.</translation>
    </message>
    <message>
        <source>Point both feet away from you, then pull your toes back towards your shins: one full pump on each count. Smooth, not forced.</source>
        <translation>Estire los dos pies alejándolos de usted y luego lleve los dedos hacia las espinillas: un bombeo completo en cada cuenta. Suave, sin forzar.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Let your feet go still and breathe easily; the next set starts when the timer ends.</source>
        <translation>Deje los pies quietos y respire con calma; la siguiente serie empieza cuando termine el temporizador.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Elevaciones de talones</translation>
    </message>
    <message>
        <source>Rise up on your toes and lower slowly, to work the calf muscles that help blood flow back from the legs.</source>
        <translation>Suba de puntillas y baje despacio, para trabajar los músculos de la pantorrilla que ayudan a que la sangre vuelva desde las piernas.</translation>
    </message>
    <message>
        <source>Stand and hold on</source>
        <translation>De pie y sujeto</translation>
    </message>
    <message>
        <source>Stand behind a sturdy chair or beside a wall, feet about hip-width apart, one hand resting on it for balance.</source>
        <translation>Póngase detrás de una silla firme o junto a una pared, con los pies separados más o menos al ancho de la cadera y una mano apoyada para mantener el equilibrio.</translation>
    </message>
    <message>
        <source>Rise slowly onto the balls of both feet, then lower your heels back to the floor: one raise on each count.</source>
        <translation>Suba despacio sobre la parte delantera de los dos pies y luego baje los talones al suelo: una elevación en cada cuenta.</translation>
    </message>
    <message>
        <source>Stand easy with your heels down and let the calves relax before the next set.</source>
        <translation>Quédese de pie, relajado, con los talones en el suelo, y deje que las pantorrillas se relajen antes de la siguiente serie.</translation>
    </message>
    <message>
        <source>Calf and hamstring stretches</source>
        <translation>Estiramientos de pantorrillas e isquiotibiales</translation>
    </message>
    <message>
        <source>Gentle, still stretches for the backs of the legs, to ease tight calves and hamstrings.</source>
        <translation>Estiramientos suaves y quietos para la parte posterior de las piernas, para soltar pantorrillas e isquiotibiales tensos.</translation>
    </message>
    <message>
        <source>Face a wall</source>
        <translation>Frente a una pared</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from a wall and rest both hands on it at shoulder height.</source>
        <translation>Póngase a un brazo de distancia de una pared y apoye las dos manos en ella a la altura de los hombros.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Estiramiento de pantorrilla</translation>
    </message>
    <message>
        <source>Step your {side} foot back and press that heel to the floor. Bend the front knee and lean towards the wall until the {side} calf feels a mild pull. Stay still; no bouncing.</source>
        <translation>Lleve la pierna {side} un paso atrás y apoye ese talón en el suelo. Doble la rodilla de delante e inclínese hacia la pared hasta notar un leve estiramiento en la pantorrilla {side}. Quédese quieto, sin rebotes.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Ease out of the stretch and shake the leg loose. Next: the {side} leg.</source>
        <translation>Salga despacio del estiramiento y sacuda la pierna para soltarla. A continuación: la pierna {side}.</translation>
    </message>
    <message>
        <source>Sit on a chair</source>
        <translation>Sentarse en una silla</translation>
    </message>
    <message>
        <source>Sit near the front edge of a steady chair with both feet flat on the floor.</source>
        <translation>Siéntese cerca del borde delantero de una silla estable, con los dos pies planos en el suelo.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Estiramiento de isquiotibiales</translation>
    </message>
    <message>
        <source>Straighten your {side} leg in front of you, heel on the floor and toes up. Keep your back long and tip forward from the hips until the back of the {side} thigh feels a mild pull.</source>
        <translation>Estire la pierna {side} delante de usted, con el talón en el suelo y los dedos hacia arriba. Mantenga la espalda recta e inclínese desde la cadera hasta notar un leve estiramiento detrás del muslo, en la pierna {side}.</translation>
    </message>
    <message>
        <source>Sit back up, bend the knee and let the leg rest. Next: the {side} leg.</source>
        <translation>Vuelva a sentarse derecho, doble la rodilla y deje descansar la pierna. A continuación: la pierna {side}.</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Piernas en alto</translation>
    </message>
    <message>
        <source>Rest with your legs raised above your heart for 15 to 20 minutes, to help swelling go down.</source>
        <translation>Descanse con las piernas más altas que el corazón durante 15 a 20 minutos, para ayudar a que baje la hinchazón.</translation>
    </message>
    <message>
        <source>Lie down, legs up</source>
        <translation>Acostado, piernas arriba</translation>
    </message>
    <message>
        <source>Lie on your back and rest your legs on cushions, or up against a wall, so that your feet are higher than your heart.</source>
        <translation>Acuéstese boca arriba y apoye las piernas en cojines, o contra una pared, de modo que los pies queden más altos que el corazón.</translation>
    </message>
    <message>
        <source>Legs raised</source>
        <translation>Piernas en alto</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. You can minimise this window: a soft chime tells you when the time is up.</source>
        <translation>Quédese quieto y respire con calma. Puede minimizar esta ventana: un aviso suave le dirá cuándo se acabó el tiempo.</translation>
    </message>
    <message>
        <source>Come down slowly</source>
        <translation>Bajar despacio</translation>
    </message>
    <message>
        <source>Lower your legs, roll onto one side and sit up gently before you stand.</source>
        <translation>Baje las piernas, gire hacia un lado y siéntese con cuidado antes de ponerse de pie.</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Ducha alterna</translation>
    </message>
    <message>
        <source>Warm and cool water on the legs in turns, to get the circulation going.</source>
        <translation>Agua tibia y fresca en las piernas por turnos, para activar la circulación.</translation>
    </message>
    <message>
        <source>Not for you if you have been told to avoid sudden changes of temperature. Keep the water warm, never hot, and cool, never icy. Stop at once if you feel dizzy or unwell.</source>
        <translation>No es para usted si le han dicho que evite los cambios bruscos de temperatura. El agua debe estar tibia, nunca caliente, y fresca, nunca helada. Pare de inmediato si se marea o se siente mal.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepararse</translation>
    </message>
    <message>
        <source>Stand steadily in the shower, or sit on a shower stool, with the shower head in your hand and the water warm.</source>
        <translation>Póngase de pie con estabilidad en la ducha, o siéntese en un taburete de ducha, con el cabezal de la ducha en la mano y el agua tibia.</translation>
    </message>
    <message>
        <source>Warm and cool</source>
        <translation>Tibia y fresca</translation>
    </message>
    <message>
        <source>Dry off</source>
        <translation>Secarse</translation>
    </message>
    <message>
        <source>Turn off the water, pat your legs dry and rest a moment before you move on.</source>
        <translation>Cierre el agua, séquese las piernas con toquecitos y descanse un momento antes de seguir.</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Pasadas por la pantorrilla</translation>
    </message>
    <message>
        <source>Light, slow strokes down the calf towards the ankle, a longer, gentle finish.</source>
        <translation>Pasadas suaves y lentas por la pantorrilla hacia el tobillo: un final más largo y suave.</translation>
    </message>
    <message>
        <source>With light hands, stroke slowly from behind the {knee} knee down the calf to the ankle, again and again.</source>
        <translation>Con las manos ligeras, deslícelas despacio desde detrás de la rodilla {knee} por la pantorrilla hasta el tobillo, una y otra vez.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, or are you being treated for one?</source>
        <translation>¿Tiene una trombosis venosa profunda (TVP), es decir, un coágulo de sangre en una vena profunda de la pierna, o recibe tratamiento por ella?</translation>
    </message>
    <message>
        <source>A blood clot in a leg vein (DVT)</source>
        <translation>Un coágulo de sangre en una vena de la pierna (TVP)</translation>
    </message>
    <message>
        <source>Massage is not advised while there is a clot in a leg. Please leave these sessions aside and ask your doctor what is safe for you.</source>
        <translation>No se aconseja el masaje mientras haya un coágulo en una pierna. Por favor, deje estas sesiones de lado y pregunte a su médico qué es seguro para usted.</translation>
    </message>
    <message>
        <source>Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?</source>
        <translation>¿Tiene ahora varices muy inflamadas en alguna pierna: rojas, calientes, duras o doloridas?</translation>
    </message>
    <message>
        <source>Badly inflamed varicose veins</source>
        <translation>Varices muy inflamadas</translation>
    </message>
    <message>
        <source>Pressing on inflamed veins can make them worse. Please have a doctor look at them before you use these sessions.</source>
        <translation>Presionar venas inflamadas puede empeorarlas. Por favor, que las vea un médico antes de usar estas sesiones.</translation>
    </message>
    <message>
        <source>Is there an open wound, a cut, broken skin or a skin infection at the back of either knee or on either calf?</source>
        <translation>¿Tiene una herida abierta, un corte, la piel dañada o una infección de la piel detrás de alguna rodilla o en alguna pantorrilla?</translation>
    </message>
    <message>
        <source>A wound, broken skin or a skin infection behind the knee or on the calf</source>
        <translation>Una herida, piel dañada o una infección de la piel detrás de la rodilla o en la pantorrilla</translation>
    </message>
    <message>
        <source>The sessions press behind the knee and stroke down the calf, so let the skin there heal first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole and healthy again.</source>
        <translation>Las sesiones presionan detrás de la rodilla y recorren la pantorrilla hacia abajo, así que deje primero que la piel se cure, y que una enfermera o un médico vea cualquier infección. Las sesiones pueden esperar hasta que la piel vuelva a estar intacta y sana.</translation>
    </message>
    <message>
        <source>Have you had an operation on a knee recently, or are you still recovering from one?</source>
        <translation>¿Le han operado de una rodilla hace poco, o todavía se está recuperando de una operación de rodilla?</translation>
    </message>
    <message>
        <source>Recent knee surgery</source>
        <translation>Una operación de rodilla reciente</translation>
    </message>
    <message>
        <source>A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist when pressure behind the knee is safe for you.</source>
        <translation>Una rodilla operada necesita su propio plan. Pregunte a su cirujano o fisioterapeuta cuándo es seguro para usted presionar detrás de la rodilla.</translation>
    </message>
    <message>
        <source>Do you have a bleeding or clotting disorder that is not under control?</source>
        <translation>¿Tiene un trastorno de sangrado o de coagulación que no está controlado?</translation>
    </message>
    <message>
        <source>A bleeding disorder that is not under control</source>
        <translation>Un trastorno de sangrado no controlado</translation>
    </message>
    <message>
        <source>Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor before you use these sessions.</source>
        <translation>Una presión firme puede causar moretones o sangrado bajo la piel. Por favor, hable con su médico antes de usar estas sesiones.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>¿Está embarazada?</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>Please check with your midwife, doctor or another healthcare provider before doing any pressure-point work. You can go on once they have told you it is fine for you.</source>
        <translation>Por favor, consulte con su matrona o partera, su médico u otro profesional de la salud antes de presionar puntos del cuerpo. Podrá continuar cuando le hayan dicho que no hay problema en su caso.</translation>
    </message>
    <message>
        <source>My healthcare provider has told me that pressure-point self-massage is fine for me.</source>
        <translation>Mi profesional de la salud me ha dicho que el automasaje de puntos de presión no es un problema en mi caso.</translation>
    </message>
    <message>
        <source>Is either of your legs swollen, warm, red or painful at the moment?</source>
        <translation>¿Tiene ahora alguna pierna hinchada, con calor, enrojecida o con dolor?</translation>
    </message>
    <message>
        <source>A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don&apos;t massage it. Sessions stay on hold until the leg is back to normal, or until a health professional has told you that massage is fine.</source>
        <translation>Una pierna hinchada, con calor, enrojecida o con dolor debe revisarla pronto un médico o una enfermera. Por favor, no la masajee. Las sesiones siguen en pausa hasta que la pierna vuelva a estar normal, o hasta que un profesional de la salud le haya dicho que el masaje no es un problema.</translation>
    </message>
    <message>
        <source>Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here.</source>
        <translation>En pausa. Reduzca la presión o pare. Dolor punzante, entumecimiento u hormigueo significa: presione más suave o termine la sesión aquí.</translation>
    </message>
    <message>
        <source>What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you.</source>
        <translation>Qué hacer en su lugar: hable de sus piernas con un médico u otro profesional de la salud. Le dirán qué es seguro para usted.</translation>
    </message>
    <message>
        <source>How is your leg now?</source>
        <translation>¿Cómo está su pierna ahora?</translation>
    </message>
    <message>
        <source>Earlier you told KneeCare that a leg was swollen, warm, red or painful. Is it back to normal now?</source>
        <translation>Antes le dijo a KneeCare que tenía una pierna hinchada, con calor, enrojecida o con dolor. ¿Ya está normal?</translation>
    </message>
    <message>
        <source>A leg that is still swollen, warm, red or painful needs a doctor or nurse, not massage. Please have it checked soon; About safety says what to look out for.</source>
        <translation>Una pierna que sigue hinchada, con calor, enrojecida o con dolor necesita un médico o una enfermera, no un masaje. Por favor, hágala revisar pronto; en «Sobre la seguridad» verá a qué debe prestar atención.</translation>
    </message>
    <message>
        <source>&amp;No, not yet</source>
        <translation>&amp;No, todavía no</translation>
    </message>
    <message>
        <source>&amp;Yes, it is back to normal</source>
        <translation>&amp;Sí, ya está normal</translation>
    </message>
    <message>
        <source>A &amp;professional said it is fine</source>
        <translation>Un &amp;profesional dijo que no hay problema</translation>
    </message>
    <message>
        <source>Sessions are on hold: you said a leg was swollen, warm, red or painful. Please have it checked; press Start once it is back to normal.</source>
        <translation>Las sesiones están en pausa: usted indicó que una pierna estaba hinchada, con calor, enrojecida o con dolor. Por favor, hágala revisar; pulse «Iniciar» cuando vuelva a estar normal.</translation>
    </message>
    <message>
        <source>Sessions on hold: a leg to have checked</source>
        <translation>Sesiones en pausa: una pierna que revisar</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>Las sesiones están en pausa</translation>
    </message>
    <message>
        <source>You told KneeCare that a leg was swollen, warm, red or painful, so there is no session for now. Please have the leg checked. When it is back to normal, open KneeCare and press Start.</source>
        <translation>Usted le dijo a KneeCare que una pierna estaba hinchada, con calor, enrojecida o con dolor, así que por ahora no hay sesión. Por favor, haga revisar la pierna. Cuando vuelva a estar normal, abra KneeCare y pulse «Iniciar».</translation>
    </message>
    <message>
        <source>Not on a leg that is swollen, warm, red or painful.</source>
        <translation>Nunca en una pierna hinchada, con calor, enrojecida o con dolor.</translation>
    </message>
    <message>
        <source>Self-care, not treatment</source>
        <translation>Autocuidado, no tratamiento</translation>
    </message>
    <message>
        <source>KneeCare guides you through gentle self-massage of the points behind your knees. It is a way of looking after yourself. It does not diagnose, treat or cure any condition, and it does not replace advice from a doctor, nurse or physiotherapist.</source>
        <translation>KneeCare le guía en un automasaje suave de los puntos de detrás de las rodillas. Es una forma de cuidarse. No diagnostica, no trata ni cura ninguna enfermedad, y no sustituye el consejo de un médico, una enfermera o un fisioterapeuta.</translation>
    </message>
    <message>
        <source>When not to do this</source>
        <translation>Cuándo no hacerlo</translation>
    </message>
    <message>
        <source>Please don&apos;t use these sessions if you have any of the following:</source>
        <translation>Por favor, no use estas sesiones si tiene alguno de los siguientes problemas:</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>Si está embarazada</translation>
    </message>
    <message>
        <source>Check with your healthcare provider before any pressure-point work, and go on only once they have agreed.</source>
        <translation>Consulte con su profesional de la salud antes de presionar puntos del cuerpo, y continúe solo cuando le haya dado su aprobación.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Durante una sesión</translation>
    </message>
    <message>
        <source>Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red &quot;It hurts / numb / tingling&quot; button, or the ! key, pauses the session at once.</source>
        <translation>Presione con firmeza, pero nunca tanto que duela. Si siente dolor punzante, entumecimiento u hormigueo, reduzca la presión o pare. El botón rojo «Dolor / entumecido / hormigueo» o la tecla ! ponen la sesión en pausa al instante.</translation>
    </message>
    <message>
        <source>When to see a health professional</source>
        <translation>Cuándo consultar a un profesional de la salud</translation>
    </message>
    <message>
        <source>Don&apos;t massage a leg that shows these signs; have it checked promptly instead:</source>
        <translation>No masajee una pierna con estas señales; en su lugar, hágala revisar pronto:</translation>
    </message>
    <message>
        <source>swelling or pain in a leg that does not go away</source>
        <translation>hinchazón o dolor en una pierna que no desaparece</translation>
    </message>
    <message>
        <source>a leg that suddenly feels warm</source>
        <translation>una pierna en la que de repente nota calor</translation>
    </message>
    <message>
        <source>severe swelling</source>
        <translation>hinchazón intensa</translation>
    </message>
    <message>
        <source>redness of the skin</source>
        <translation>enrojecimiento de la piel</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>En caso de emergencia</translation>
    </message>
    <message>
        <source>If a painful or swollen leg comes with sudden shortness of breath or chest pain, call your local emergency number at once.</source>
        <translation>Si tiene dolor o hinchazón en una pierna junto con falta de aire repentina o dolor en el pecho, llame de inmediato al número de emergencias de su país.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <source>The safety answers stay on this computer. KneeCare asks the questions again every {days} days, and you can answer them again at any time with Safety &gt; My situation changed. Before each session it asks one quick question about your legs.</source>
        <translation>Las respuestas de seguridad se quedan en este equipo. KneeCare vuelve a hacer las preguntas cada {days} días, y puede responderlas de nuevo cuando quiera con Seguridad &gt; Mi situación cambió. Antes de cada sesión, hace una breve pregunta sobre sus piernas.</translation>
    </message>
    <message>
        <source>If you say a leg is swollen, warm, red or painful, sessions stay on hold until you tell KneeCare the leg is back to normal or a health professional has said massage is fine. For {back} days after that, or after you report pain, numbness or tingling during a session, the quick question is asked before every session, even if you turned it off.</source>
        <translation>Si indica que una pierna está hinchada, con calor, enrojecida o con dolor, las sesiones siguen en pausa hasta que le diga a KneeCare que la pierna está normal o que un profesional de la salud ha dicho que el masaje no es un problema. Durante los {back} días siguientes, o después de avisar de dolor, entumecimiento u hormigueo en una sesión, la breve pregunta se hace antes de cada sesión, aunque la haya desactivado.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>times</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>meta diaria</translation>
    </message>
    <message>
        <source>snooze length (minutes)</source>
        <translation>posponer durante (minutos)</translation>
    </message>
    <message>
        <source>recovery reminders a day</source>
        <translation>recordatorios de recuperación al día</translation>
    </message>
    <message>
        <source>recovery days</source>
        <translation>días de recuperación</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>posponer</translation>
    </message>
    <message>
        <source>movement nudges</source>
        <translation>avisos para moverse</translation>
    </message>
    <message>
        <source>choose at least one time of day (or turn reminders off)</source>
        <translation>elija al menos una hora del día (o desactive los recordatorios)</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>como máximo %1 al día</translation>
    </message>
    <message>
        <source>the same time is listed twice</source>
        <translation>la misma hora aparece dos veces</translation>
    </message>
    <message>
        <source>choose at least one day of the week (or turn reminders off)</source>
        <translation>elija al menos un día de la semana (o desactive los recordatorios)</translation>
    </message>
    <message>
        <source>days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation>los días van numerados del 0 (lunes) al 6 (domingo)</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3</source>
        <translation>%1 no está entre %2 y %3</translation>
    </message>
    <message>
        <source>minutes must be more than 0</source>
        <translation>los minutos deben ser más de 0</translation>
    </message>
    <message>
        <source>the hours must span at least one hour, from the first to the last</source>
        <translation>el horario debe abarcar al menos una hora, del principio al final</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Welcome to KneeCare</source>
        <translation>Bienvenido a KneeCare</translation>
    </message>
    <message>
        <source>Before your first session, please answer {n} short yes-or-no questions about your legs and your health. Acupressure is not right for everyone, and these questions check that it is safe for you to start. Your answers stay on this computer.</source>
        <translation>Antes de su primera sesión, responda a {n} preguntas breves de sí o no sobre sus piernas y su salud. La acupresión no es adecuada para todo el mundo, y estas preguntas comprueban que puede empezar con seguridad. Sus respuestas se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Time to check in again</source>
        <translation>Es hora de revisar de nuevo</translation>
    </message>
    <message>
        <source>It has been {days} days since you answered the safety questions, and things can change. Please answer the {n} questions again before your next session.</source>
        <translation>Han pasado {days} días desde que respondió las preguntas de seguridad, y las cosas pueden cambiar. Por favor, responda de nuevo las {n} preguntas antes de su próxima sesión.</translation>
    </message>
    <message>
        <source>A few safety questions</source>
        <translation>Unas preguntas de seguridad</translation>
    </message>
    <message>
        <source>Some safety questions have not been answered yet. Please answer all {n} before your next session.</source>
        <translation>Algunas preguntas de seguridad aún no tienen respuesta. Por favor, responda las {n} antes de su próxima sesión.</translation>
    </message>
    <message>
        <source>Your situation changed</source>
        <translation>Su situación cambió</translation>
    </message>
    <message>
        <source>Please answer the {n} questions again for how things are now. Your earlier answers are marked, so you can change only what is different.</source>
        <translation>Por favor, responda de nuevo las {n} preguntas según su situación actual. Sus respuestas anteriores están marcadas, así que solo tiene que cambiar lo que sea distinto.</translation>
    </message>
    <message>
        <source>Press %1 for yes or %2 for no.</source>
        <extracomment>%1 is the key for yes, %2 the key for no (the two one-letter entries &quot;Y&quot; and &quot;N&quot; below).</extracomment>
        <translation>Pulse %1 para sí o %2 para no.</translation>
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
        <translation>Las sesiones están en pausa por sus respuestas de seguridad. Pulse «Iniciar» para ver por qué.</translation>
    </message>
    <message>
        <source>Sessions are on hold until your healthcare provider agrees. Press Start to see more.</source>
        <translation>Las sesiones están en pausa hasta que su profesional de la salud lo apruebe. Pulse «Iniciar» para saber más.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The sync folder %1 does not exist (is the drive or share connected?).</source>
        <translation>La carpeta de sincronización %1 no existe (¿está conectado el disco o la unidad de red?).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>KneeCare cannot write in the sync folder %1.</source>
        <translation>KneeCare no puede escribir en la carpeta de sincronización %1.</translation>
    </message>
    <message>
        <source>Other users of this computer can look into %1. KneeCare&apos;s own files there are for you only, but a folder only you can open is safer for health records.</source>
        <translation>Otros usuarios de este equipo pueden ver el contenido de %1. Los archivos de KneeCare que hay allí son solo para usted, pero una carpeta que solo usted pueda abrir es más segura para datos de salud.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The sync folder %1 failed: %2</source>
        <translation>Falló la carpeta de sincronización %1: %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Share your history with your other computers through a folder your sync tool keeps in step.</source>
        <translation>Comparta su historial con sus otros equipos mediante una carpeta que su herramienta de sincronización mantiene al día.</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a cloud drive keeps the same on each of your computers. KneeCare writes only its own journal files there, never the history itself.</source>
        <translation>Elija una carpeta que Syncthing, Nextcloud, una carpeta de red o un almacenamiento en la nube mantenga igual en cada uno de sus equipos. KneeCare solo escribe allí sus propios archivos de diario, nunca el historial en sí.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Aún no se ha sincronizado.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>S&amp;ync this computer&apos;s history</source>
        <translation>&amp;Sincronizar el historial de este equipo</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este equipo</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Nombre de este equipo:</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Please give the whole path of the folder.</source>
        <translation>Indique la ruta completa de la carpeta.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>read %n journal(s)</source>
        <translation>
            <numerusform>%n diario leído</numerusform>
            <numerusform>%n diarios leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n sesión nueva</numerusform>
            <numerusform>%n sesiones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n borrado</numerusform>
            <numerusform>%n borrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n record(s)</source>
        <translation>
            <numerusform>%n entrada escrita</numerusform>
            <numerusform>%n entradas escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety record(s)</source>
        <translation>
            <numerusform>%n entrada de seguridad</numerusform>
            <numerusform>%n entradas de seguridad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from a newer KneeCare left for later.</source>
        <translation>
            <numerusform>%n entrada de un KneeCare más nuevo se dejó para más adelante.</numerusform>
            <numerusform>%n entradas de un KneeCare más nuevo se dejaron para más adelante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped (see the log).</source>
        <translation>
            <numerusform>Se omitió %n línea dañada (vea el registro).</numerusform>
            <numerusform>Se omitieron %n líneas dañadas (vea el registro).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Left knee</source>
        <translation>Rodilla izquierda</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rodilla derecha</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Cambie ahora</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesión completada</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <source>Session ended for safety</source>
        <translation>Sesión terminada por seguridad</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation>Sesión interrumpida</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session that reached its end, but with a pressing, moving or exercise step skipped.</extracomment>
        <translation>Pasos saltados</translation>
    </message>
    <message>
        <source>Before the first knee</source>
        <translation>Antes de la primera rodilla</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Ambas piernas</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · paso %2 de %3</translation>
    </message>
    <message>
        <source> · set %1 of %2</source>
        <translation> · serie %1 de %2</translation>
    </message>
    <message>
        <source> · round %1 of %2</source>
        <translation> · ronda %1 de %2</translation>
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
        <translation>%1 de %2 pasos hechos</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, saltados: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>A continuación: %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation>Quedan %1 de sesión</translation>
    </message>
    <message>
        <source>↻  Small circles over BL40 · one every %1 s</source>
        <translation>↻  Círculos pequeños sobre BL40 · uno cada %1 s</translation>
    </message>
    <message>
        <source>↕  Slow strokes up and down across the hollow · one every %1 s</source>
        <translation>↕  Pasadas lentas arriba y abajo por el hueco · una cada %1 s</translation>
    </message>
    <message>
        <source>Release in %1 s</source>
        <translation>Suelte en %1 s</translation>
    </message>
    <message>
        <source>Hold still on BL40 · %1 s, then release</source>
        <translation>Quieto sobre BL40 · %1 s, luego suelte</translation>
    </message>
    <message>
        <source>↓  Light strokes from the knee down the calf to the ankle</source>
        <translation>↓  Pasadas suaves desde la rodilla por la pantorrilla hasta el tobillo</translation>
    </message>
    <message>
        <source>Release: let the hollow rest</source>
        <translation>Suelte: deje descansar el hueco</translation>
    </message>
    <message>
        <source>BL40 · Weizhong sits in the middle of the crease</source>
        <translation>BL40 · Weizhong está en el centro del pliegue de la rodilla</translation>
    </message>
    <message>
        <source>Hold the stretch · %1 s, then release</source>
        <translation>Mantenga el estiramiento · %1 s, luego suelte</translation>
    </message>
    <message>
        <source>One every %1 s, smooth and steady</source>
        <translation>Una cada %1 s, suave y constante</translation>
    </message>
    <message>
        <source>Rest quietly; a soft chime marks the end</source>
        <translation>Descanse tranquilo; un aviso suave marca el final</translation>
    </message>
    <message>
        <source>Breathe in
through the nose · %1 s</source>
        <translation>Inspire
por la nariz · %1 s</translation>
    </message>
    <message>
        <source>Breathe out
through the mouth · %1 s</source>
        <translation>Espire
por la boca · %1 s</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>You reported %1. Next time use a lighter touch; if it comes back, leave this point out and ask a health professional.</source>
        <translation>Avisó de %1. La próxima vez presione más suave; si vuelve a pasar, deje este punto y consulte a un profesional de la salud.</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>dolor punzante</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>hormigueo</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Cuídese</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>%1 in all, %2.</source>
        <translation>%1 en total, %2.</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Time for your knees</source>
        <translation>Hora de cuidar sus rodillas</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Hora de moverse</translation>
    </message>
    <message>
        <source>You have been still for a while. Stand up and walk for a few minutes, or press Start now for two minutes of calf raises.</source>
        <translation>Lleva un rato sin moverse. Levántese y camine unos minutos, o pulse «Empezar ahora» para dos minutos de elevaciones de talones.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>KneeCare reminder</source>
        <translation>Recordatorio de KneeCare</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>alrededor de un minuto</translation>
    </message>
    <message>
        <source>%1: %2, sitting down. %3.</source>
        <translation>%1: %2, sentado. %3.</translation>
    </message>
    <message>
        <source>Here again, as you asked.</source>
        <translation>Aquí estoy otra vez, como pidió.</translation>
    </message>
    <message>
        <source>This one was due at %1, while the computer was asleep or off.</source>
        <translation>Este recordatorio tocaba a las %1, mientras el equipo estaba en suspensión o apagado.</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Hay una sesión en curso</translation>
    </message>
    <message>
        <source>A session is due (since %1)</source>
        <translation>Toca hacer una sesión (desde las %1)</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Próximo recordatorio: %1</translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation>No hay recordatorios previstos</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) today</source>
        <translation>
            <numerusform>%1 de %n sesión hoy</numerusform>
            <numerusform>%1 de %n sesiones hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>alrededor de %n minutos</numerusform>
        </translation>
    </message>
</context>
</TS>
