<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>App</name>
    <message>
        <source>KneeCare cannot start: a program file is broken.</source>
        <translation>O KneeCare não pode iniciar: um arquivo do programa está danificado.</translation>
    </message>
    <message>
        <source>KneeCare cannot open your history, so it cannot start. The details say why.</source>
        <translation>O KneeCare não consegue abrir seu histórico, então não pode iniciar. Os detalhes dizem por quê.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of KneeCare. It has been left untouched: please update KneeCare.</source>
        <translation>Seu histórico foi gravado por uma versão mais nova do KneeCare. Ele não foi alterado: atualize o KneeCare.</translation>
    </message>
    <message>
        <source>Your history was damaged and no good backup of it was found. The damaged file was kept, and what could still be read from it was saved into a new history; the details say where and how much.</source>
        <translation>Seu histórico estava danificado e não foi encontrado nenhum backup bom. O arquivo danificado foi mantido, e o que ainda dava para ler foi salvo em um novo histórico; os detalhes dizem onde e quanto.</translation>
    </message>
    <message>
        <source>Your history was damaged. KneeCare kept the damaged file, restored your newest good backup from the backups folder and added what could still be read from the damaged file. The details name the backup, the folder and how many sessions each gave.</source>
        <translation>Seu histórico estava danificado. O KneeCare manteve o arquivo danificado, restaurou seu backup bom mais recente da pasta de backups e acrescentou o que ainda dava para ler do arquivo danificado. Os detalhes indicam o backup, a pasta e quantas sessões cada um forneceu.</translation>
    </message>
    <message>
        <source>Your history is in use by another program (a backup or sync tool, or a second reader). KneeCare will try again by itself and start as soon as it is free.</source>
        <translation>Seu histórico está sendo usado por outro programa (uma ferramenta de backup ou sincronização, ou um segundo leitor). O KneeCare vai tentar de novo sozinho e iniciar assim que ele estiver livre.</translation>
    </message>
    <message>
        <source>Your history can only be read where it is (a read-only folder, file or drive). You can look at it and export it, but new sessions cannot be saved, so Start is off.</source>
        <translation>Seu histórico só pode ser lido onde está (pasta, arquivo ou unidade somente leitura). Você pode vê-lo e exportá-lo, mas novas sessões não podem ser salvas, então Iniciar fica desativado.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so KneeCare is using its defaults. The file was kept, not overwritten; the details say where it is.</source>
        <translation>Não foi possível ler seu arquivo de configurações, então o KneeCare está usando os padrões. O arquivo foi mantido, não sobrescrito; os detalhes dizem onde ele está.</translation>
    </message>
    <message>
        <source>KneeCare could not save this session to your history.</source>
        <translation>O KneeCare não conseguiu salvar esta sessão no seu histórico.</translation>
    </message>
    <message>
        <source>KneeCare cannot check safely whether it is already running, so it does not start. The details say why and what to do.</source>
        <translation>O KneeCare não consegue verificar com segurança se já está em execução, então não inicia. Os detalhes dizem por quê e o que fazer.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in KneeCare. Your history is kept as it was; the details say what happened, and the log file has them too.</source>
        <translation>Algo inesperado deu errado no KneeCare. Seu histórico continua como estava; os detalhes dizem o que aconteceu, e o arquivo de log também os tem.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Sessions cannot start: your history can only be read, so they could not be saved.</source>
        <translation>As sessões não podem iniciar: seu histórico só pode ser lido, então elas não poderiam ser salvas.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Guia de respiração</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sounds and voice stopped working; the session goes on without them.</source>
        <translation>Os sons e a voz pararam de funcionar; a sessão continua sem eles.</translation>
    </message>
</context>
<context>
    <name>CueSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation>Som e voz</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>A chime at each new step</source>
        <translation>Um sinal sonoro a cada novo passo</translation>
    </message>
    <message>
        <source>A different chime when it is time for the other knee</source>
        <translation>Um sinal diferente quando for a vez do outro joelho</translation>
    </message>
    <message>
        <source>A chime when the session is done</source>
        <translation>Um sinal sonoro quando a sessão terminar</translation>
    </message>
    <message>
        <source>Breathing tones: rising to breathe in, falling to breathe out</source>
        <translation>Tons de respiração: sobem para inspirar, descem para expirar</translation>
    </message>
    <message>
        <source>A soft tick for each circle, stroke or repetition</source>
        <translation>Um tique suave a cada círculo, deslizamento ou repetição</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Play a chime</source>
        <translation>Tocar um sinal</translation>
    </message>
    <message>
        <source>Plays the step chime at this volume</source>
        <translation>Toca o sinal de passo neste volume</translation>
    </message>
    <message>
        <source>KneeCare cannot play sounds here: no sound output was found when it started. Connect speakers or headphones and start KneeCare again to hear them.</source>
        <translation>O KneeCare não pode tocar sons aqui: nenhuma saída de som foi encontrada quando ele iniciou. Conecte alto-falantes ou fones de ouvido e inicie o KneeCare de novo para ouvi-los.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>Ler cada passo em voz alta</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Velocidade da voz</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Mais devagar</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Mais rápido</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Testar voz</translation>
    </message>
    <message>
        <source>Reads a sample sentence with this voice and speed</source>
        <translation>Lê uma frase de exemplo com esta voz e velocidade</translation>
    </message>
    <message>
        <source>The speech engine is starting…</source>
        <translation>O mecanismo de fala está iniciando…</translation>
    </message>
    <message>
        <source>Steps cannot be read aloud on this computer. %1 The chimes still play.</source>
        <translation>Os passos não podem ser lidos em voz alta neste computador. %1 Os sinais sonoros continuam tocando.</translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>A voz padrão do sistema</translation>
    </message>
    <message>
        <source>%1 (not available in this language)</source>
        <translation>%1 (indisponível neste idioma)</translation>
    </message>
    <message>
        <source>Sound and &amp;voice…</source>
        <translation>Som e &amp;voz…</translation>
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>tension</source>
        <translation>tensão</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dor</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>inchaço</translation>
    </message>
    <message>
        <source>Sessions before 12:00</source>
        <translation>Sessões antes das 12:00</translation>
    </message>
    <message>
        <source>Sessions from 12:00</source>
        <translation>Sessões a partir das 12:00</translation>
    </message>
    <message>
        <source>%1 on average about the same after a session (80% interval %2 to %3)</source>
        <translation>%1: em média, quase igual depois de uma sessão (intervalo de 80%: %2 a %3)</translation>
    </message>
    <message>
        <source>%1 about the same (80% interval %2 to %3)</source>
        <translation>%1: quase igual (intervalo de 80%: %2 a %3)</translation>
    </message>
    <message>
        <source>%1 on average %2 points lower after a session (80% interval %3 to %4)</source>
        <translation>%1: em média, %2 pontos a menos depois de uma sessão (intervalo de 80%: %3 a %4)</translation>
    </message>
    <message>
        <source>%1 on average %2 points higher after a session (80% interval %3 to %4)</source>
        <translation>%1: em média, %2 pontos a mais depois de uma sessão (intervalo de 80%: %3 a %4)</translation>
    </message>
    <message>
        <source>%1 %2 points lower (80% interval %3 to %4)</source>
        <translation>%1: %2 pontos a menos (intervalo de 80%: %3 a %4)</translation>
    </message>
    <message>
        <source>%1 %2 points higher (80% interval %3 to %4)</source>
        <translation>%1: %2 pontos a mais (intervalo de 80%: %3 a %4)</translation>
    </message>
    <message>
        <source>From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would likely stay with more sessions like these. What you noticed, not proof that a program works.</source>
        <translation>Com base nas suas próprias avaliações de 0 a 10, depois menos antes. O intervalo de 80% é onde a média provavelmente ficaria com mais sessões como estas. É o que você percebeu, não prova de que um programa funciona.</translation>
    </message>
    <message>
        <source>In your own ratings, tension drops most clearly after %1. Try it next?</source>
        <translation>Nas suas avaliações, a tensão cai mais claramente depois de %1. Que tal tentar na próxima vez?</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n more session(s) of one program before and after, and this shows what seems to help you.</source>
        <translation>
            <numerusform>Avalie mais %n sessão de um mesmo programa antes e depois, e aqui você verá o que parece ajudar.</numerusform>
            <numerusform>Avalie mais %n sessões de um mesmo programa antes e depois, e aqui você verá o que parece ajudar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n session(s) rated before and after</source>
        <translation>
            <numerusform>%1: %2; %n sessão avaliada antes e depois</numerusform>
            <numerusform>%1: %2; %n sessões avaliadas antes e depois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Ankle pumps</source>
        <translation>Bombeamento do tornozelo</translation>
    </message>
    <message>
        <source>Point the foot away, then pull the toes back towards the shin</source>
        <translation>Estique o pé para a frente, depois puxe os dedos de volta em direção à canela</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Elevação na ponta dos pés</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet, then lower your heels again</source>
        <translation>Suba na ponta dos pés, depois abaixe os calcanhares de novo</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Alongamento da panturrilha</translation>
    </message>
    <message>
        <source>Lean towards a wall with one leg back, heel down</source>
        <translation>Incline-se em direção a uma parede com uma perna atrás, calcanhar no chão</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Deslizamentos na panturrilha</translation>
    </message>
    <message>
        <source>Light strokes from behind the knee down to the ankle</source>
        <translation>Deslizamentos leves de trás do joelho até o tornozelo</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Banho de contraste</translation>
    </message>
    <message>
        <source>Warm water, then cool, in turns, on both legs</source>
        <translation>Água morna, depois fresca, alternando, nas duas pernas</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Alongamento posterior da coxa</translation>
    </message>
    <message>
        <source>Sit forward, one leg straight, heel down, lean from the hips</source>
        <translation>Na beira da cadeira, uma perna esticada, calcanhar no chão, incline-se a partir do quadril</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Pernas elevadas</translation>
    </message>
    <message>
        <source>Lie down with your feet resting higher than your heart</source>
        <translation>Deite-se com os pés apoiados mais alto que o coração</translation>
    </message>
    <message>
        <source>Drawing: %1</source>
        <translation>Desenho: %1</translation>
    </message>
</context>
<context>
    <name>KnowHow</name>
    <message>
        <source>More for your legs</source>
        <translation>Mais para suas pernas</translation>
    </message>
    <message>
        <source>Compression stockings</source>
        <translation>Meias de compressão</translation>
    </message>
    <message>
        <source>Firm, graduated stockings can help people whose legs swell again and again, or who have varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.</source>
        <translation>Meias de compressão graduada podem ajudar quem tem as pernas inchadas com frequência, ou tem varizes: a pressão constante delas evita que o líquido se acumule na parte de baixo das pernas.</translation>
    </message>
    <message>
        <source>The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them with you.</source>
        <translation>A compressão e o tamanho certos são importantes. Peça a um médico, enfermeiro ou farmacêutico para escolhê-las com você.</translation>
    </message>
    <message>
        <source>Move every hour</source>
        <translation>Mexa-se a cada hora</translation>
    </message>
    <message>
        <source>Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle pumps keeps the calf muscles working.</source>
        <translation>Ficar horas sentado ou em pé parado faz o líquido se acumular na parte de baixo das pernas. Levante-se e caminhe alguns minutos pelo menos uma vez por hora. Quando não puder sair do lugar, uma série de bombeamentos do tornozelo mantém os músculos da panturrilha trabalhando.</translation>
    </message>
    <message>
        <source>Regular walking, cycling or swimming builds up the calf muscle pump over time.</source>
        <translation>Caminhar, pedalar ou nadar com regularidade fortalece, com o tempo, a bomba muscular da panturrilha.</translation>
    </message>
    <message>
        <source>Water and salt</source>
        <translation>Água e sal</translation>
    </message>
    <message>
        <source>Drink enough water through the day. A lot of salt makes the body hold on to water, so going easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on the plate.</source>
        <translation>Beba água suficiente ao longo do dia. Muito sal faz o corpo reter água, então pegar leve nos alimentos salgados pode significar menos inchaço. Peixes gordos e verduras folhosas são boas opções no prato.</translation>
    </message>
    <message>
        <source>A healthy weight</source>
        <translation>Um peso saudável</translation>
    </message>
    <message>
        <source>Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving more helps with both.</source>
        <translation>Manter um peso saudável deixa mais leve o trabalho da circulação nas pernas; mexer-se mais ajuda nas duas coisas.</translation>
    </message>
    <message>
        <source>Smoking, blood pressure and blood sugar</source>
        <translation>Cigarro, pressão arterial e açúcar no sangue</translation>
    </message>
    <message>
        <source>Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after your blood vessels, in the legs as everywhere else. Your doctor can help with all three.</source>
        <translation>Parar de fumar e manter a pressão arterial e o açúcar no sangue em níveis saudáveis cuidam dos vasos sanguíneos, nas pernas e em todo o corpo. Seu médico pode ajudar com as três coisas.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quando procurar um profissional</translation>
    </message>
    <message>
        <source>See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.</source>
        <translation>Procure um médico ou enfermeiro se o inchaço ou a dor em uma perna não passar, ou voltar sempre.</translation>
    </message>
    <message>
        <source>Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly swollen or painful.</source>
        <translation>Procure ajuda logo, e não massageie a perna, se ela de repente ficar quente, vermelha, muito inchada ou dolorida.</translation>
    </message>
    <message>
        <source>For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.</source>
        <translation>Para um inchaço que não passa, um terapeuta qualificado pode oferecer drenagem linfática ou massagem profunda.</translation>
    </message>
    <message>
        <source>KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace advice from a health professional.</source>
        <translation>O KneeCare é um companheiro de autocuidado. Ele não trata nem cura nenhuma doença, e não substitui a orientação de um profissional de saúde.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;More for your legs</source>
        <translation>&amp;Mais para suas pernas</translation>
    </message>
</context>
<context>
    <name>LegDiagram</name>
    <message>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direita</translation>
    </message>
    <message>
        <source>Leg diagram</source>
        <translation>Diagrama das pernas</translation>
    </message>
    <message>
        <source>Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Parte de trás das duas pernas, joelho esquerdo destacado; BL40 (Weizhong) no meio da dobra</translation>
    </message>
    <message>
        <source>Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Parte de trás das duas pernas, joelho direito destacado; BL40 (Weizhong) no meio da dobra</translation>
    </message>
    <message>
        <source>Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease</source>
        <translation>Parte de trás das duas pernas, os dois joelhos; BL40 (Weizhong) no meio da dobra</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sharp pain</source>
        <translation>Dor aguda</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Dormência</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Formigamento</translation>
    </message>
    <message>
        <source>It hurts / numb / tingling  (!)</source>
        <translation>Dói / dormência / formigamento  (!)</translation>
    </message>
    <message>
        <source>Continue &amp;gently</source>
        <translation>Continuar com &amp;suavidade</translation>
    </message>
    <message>
        <source>Go on with a lighter touch</source>
        <translation>Continue com um toque mais leve</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Encerrar sessão</translation>
    </message>
    <message>
        <source>End the session now, for safety</source>
        <translation>Encerrar a sessão agora, por segurança</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Iniciar, pausar ou retomar (Espaço)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Pular para o próximo passo (Seta para a direita)</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>Parar a sessão (Esc)</translation>
    </message>
    <message>
        <source>Sharp pain, numbness or tingling: pause now (! or Ctrl+H)</source>
        <translation>Dor aguda, dormência ou formigamento: pause já (! ou Ctrl+H)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Start, pause or resume the session (Space)</source>
        <translation>Iniciar, pausar ou retomar a sessão (Espaço)</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Pular passo</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>Ir para o próximo passo (Seta para a direita)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Parar sessão</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Encerrar a sessão (Esc)</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling</source>
        <translation>Dói, dormência ou formigamento</translation>
    </message>
    <message>
        <source>Pauses the session at once and asks what you feel (! or Ctrl+H)</source>
        <translation>Pausa a sessão na hora e pergunta o que você sente (! ou Ctrl+H)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Iniciar, pausar ou retomar a sessão</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Pular para o próximo passo</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Parar a sessão</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling: pause now</source>
        <translation>Dói, dormência ou formigamento: pause já</translation>
    </message>
    <message>
        <source>This session cannot start: %1.</source>
        <translation>Esta sessão não pode iniciar: %1.</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Relatado: %1</translation>
    </message>
    <message>
        <source>Pause session</source>
        <translation>Pausar sessão</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>Retomar sessão</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar histórico…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>&amp;Importar histórico…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>Reduzir &amp;movimento</translation>
    </message>
    <message>
        <source>A still marker and words instead of moving pictures</source>
        <translation>Um marcador parado e palavras em vez de imagens em movimento</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>The new language shows from KneeCare&apos;s next start.</source>
        <translation>O novo idioma aparece na próxima vez que o KneeCare iniciar.</translation>
    </message>
    <message>
        <source>&amp;About safety</source>
        <translation>Sobre a &amp;segurança</translation>
    </message>
    <message>
        <source>My situation &amp;changed…</source>
        <translation>Minha situação &amp;mudou…</translation>
    </message>
    <message>
        <source>Answer the safety questions again</source>
        <translation>Responder de novo às perguntas de segurança</translation>
    </message>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Perguntar sobre minhas pernas antes de cada sessão</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Segurança</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Sobre a segurança</translation>
    </message>
    <message>
        <source>When not to do this, and when to see a health professional (F1)</source>
        <translation>Quando não fazer e quando procurar um profissional de saúde (F1)</translation>
    </message>
    <message>
        <source>Repeat the safety &amp;questions</source>
        <translation>Repetir as &amp;perguntas de segurança</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todo dia</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Os dois joelhos</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Joelho esquerdo</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Joelho direito</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>A rotina a seguir</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Joelhos</translation>
    </message>
    <message>
        <source>Work both knees, or only the left or the right one</source>
        <translation>Trabalhar os dois joelhos, ou só o esquerdo ou o direito</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of movement per knee</source>
        <translation>Minutos de movimento por joelho</translation>
    </message>
    <message>
        <source>&amp;Warm compress first</source>
        <translation>Compressa &amp;morna antes</translation>
    </message>
    <message>
        <source>Warm compress first</source>
        <translation>Compressa morna antes</translation>
    </message>
    <message>
        <source>Rest a warm compress behind the knees before the session starts</source>
        <translation>Coloque uma compressa morna atrás dos joelhos antes de a sessão começar</translation>
    </message>
    <message>
        <source>Minutes of warm compress</source>
        <translation>Minutos de compressa morna</translation>
    </message>
    <message>
        <source>1 or 2 minutes, before the first knee</source>
        <translation>1 ou 2 minutos, antes do primeiro joelho</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>Nada mais</translation>
    </message>
    <message>
        <source>Finish with</source>
        <translation>Terminar com</translation>
    </message>
    <message>
        <source>A routine to do right after the knee session</source>
        <translation>Uma rotina para fazer logo depois da sessão dos joelhos</translation>
    </message>
    <message>
        <source>Minutes with legs raised</source>
        <translation>Minutos com as pernas elevadas</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Knees</source>
        <translation>&amp;Joelhos</translation>
    </message>
    <message>
        <source>&amp;Movement per knee</source>
        <translation>&amp;Movimento por joelho</translation>
    </message>
    <message>
        <source>&amp;Finish with</source>
        <translation>&amp;Terminar com</translation>
    </message>
    <message>
        <source>Legs &amp;raised for</source>
        <translation>Pernas &amp;elevadas por</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>No, &amp;thanks</source>
        <translation>Não, &amp;obrigado</translation>
    </message>
    <message>
        <source>Do not suggest a program again</source>
        <translation>Não sugerir um programa de novo</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)</source>
        <translation>De %1 a %2 minutos, de meio em meio minuto (2 a 5 minutos por joelho no total)</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in whole minutes</source>
        <translation>De %1 a %2 minutos, em minutos inteiros</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Choose %1 for your next session</source>
        <translation>Escolher %1 para a próxima sessão</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>A cada %n dia</numerusform>
            <numerusform>A cada %n dias</numerusform>
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
        <translation>&amp;Tensão</translation>
    </message>
    <message>
        <source>how tight the back of the knee feels</source>
        <translation>o quanto a parte de trás do joelho está tensa</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Dor</translation>
    </message>
    <message>
        <source>any ache or soreness</source>
        <translation>qualquer dor ou incômodo</translation>
    </message>
    <message>
        <source>&amp;Swelling</source>
        <translation>&amp;Inchaço</translation>
    </message>
    <message>
        <source>any puffiness around the knee</source>
        <translation>qualquer inchaço em volta do joelho</translation>
    </message>
    <message>
        <source>Rate your knees</source>
        <translation>Avalie seus joelhos</translation>
    </message>
    <message>
        <source>How do your knees feel before the session?</source>
        <translation>Como estão seus joelhos antes da sessão?</translation>
    </message>
    <message>
        <source>And after the session?</source>
        <translation>E depois da sessão?</translation>
    </message>
    <message>
        <source>Rate what you feel, 0 for none and 10 for the most you can imagine. A slider you leave alone is simply not rated.</source>
        <translation>Avalie o que você sente, 0 para nada e 10 para o máximo que você consegue imaginar. Um controle deslizante que você não mexer simplesmente fica sem avaliação.</translation>
    </message>
    <message>
        <source>A note, if you like (optional)</source>
        <translation>Uma anotação, se quiser (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>Não perguntar de novo</translation>
    </message>
    <message>
        <source>You can turn ratings back on in the History window.</source>
        <translation>Você pode reativar as avaliações na janela Histórico.</translation>
    </message>
    <message>
        <source>%1, 0 none to 10 the most</source>
        <translation>%1, de 0 nada a 10 o máximo</translation>
    </message>
    <message>
        <source>not rated (before: %1)</source>
        <translation>sem avaliação (antes: %1)</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Pular  (Esc)</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Salvar e iniciar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sem avaliação</translation>
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
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a session</source>
        <translation>&amp;Lembrar-me de fazer uma sessão</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Recovery after heavy exercise</source>
        <translation>Recuperação depois de exercício pesado</translation>
    </message>
    <message>
        <source>Start KneeCare in the tray when I log in</source>
        <translation>Iniciar o KneeCare na área de notificação ao entrar</translation>
    </message>
    <message>
        <source>I&apos;m in a &amp;meeting: remind me in %1 min</source>
        <translation>Estou em &amp;reunião: lembrar em %1 min</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horários</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> por dia</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Meta diária</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>Meta &amp;diária</translation>
    </message>
    <message>
        <source>Skip a reminder when today&apos;s goal is already met</source>
        <translation>Pular um lembrete quando a meta de hoje já foi cumprida</translation>
    </message>
    <message>
        <source>Count routines (stretches, ankle pumps…) towards the goal</source>
        <translation>Contar rotinas (alongamentos, bombeamento do tornozelo…) para a meta</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silêncio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Duração do adiamento</translation>
    </message>
    <message>
        <source>&amp;Snooze for</source>
        <translation>&amp;Adiar por</translation>
    </message>
    <message>
        <source>Use reminder time %1</source>
        <translation>Usar o horário de lembrete %1</translation>
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation>Horário de lembrete %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>das</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Início das horas de silêncio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fim das horas de silêncio</translation>
    </message>
    <message>
        <source>Recovery reminders a day</source>
        <translation>Lembretes de recuperação por dia</translation>
    </message>
    <message>
        <source>Recovery days</source>
        <translation>Dias de recuperação</translation>
    </message>
    <message>
        <source>for</source>
        <translation>por</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Lembrar</translation>
    </message>
    <message>
        <source>Remind me to stand up and &amp;move every hour, from</source>
        <translation>Lembrar-me de levantar e me &amp;mexer a cada hora, das</translation>
    </message>
    <message>
        <source>Movement nudges from</source>
        <translation>Avisos para se mexer a partir de</translation>
    </message>
    <message>
        <source>Movement nudges until</source>
        <translation>Avisos para se mexer até</translation>
    </message>
    <message>
        <source>to</source>
        <translation>às</translation>
    </message>
    <message>
        <source>These reminders cannot work yet: %1.</source>
        <translation>Estes lembretes ainda não podem funcionar: %1.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A weekday, day and month as QLocale writes them (QDate format), e.g. &quot;Sunday 29 November&quot;.</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>On until %1, then back to your usual reminders by itself. Reminders at %2.</source>
        <translation>Ativo até %1, depois volta sozinho aos seus lembretes de sempre. Lembretes às %2.</translation>
    </message>
    <message>
        <source>End recovery reminders now</source>
        <translation>Encerrar agora os lembretes de recuperação</translation>
    </message>
    <message>
        <source>For a few days after heavy exercise: reminders at %1, then back to your usual ones.</source>
        <translation>Por alguns dias depois de exercício pesado: lembretes às %1, depois de volta aos de sempre.</translation>
    </message>
    <message>
        <source>Start recovery reminders today</source>
        <translation>Iniciar hoje os lembretes de recuperação</translation>
    </message>
    <message numerus="yes">
        <source>Fine: the next reminder comes in %n minute(s).</source>
        <translation>
            <numerusform>Certo: o próximo lembrete vem em %n minuto.</numerusform>
            <numerusform>Certo: o próximo lembrete vem em %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>stopped early by the person</source>
        <translation>parada antes pela pessoa</translation>
    </message>
    <message>
        <source>ended for safety</source>
        <translation>encerrada por segurança</translation>
    </message>
    <message>
        <source>interrupted (the app was closed)</source>
        <translation>interrompida (o app foi fechado)</translation>
    </message>
    <message>
        <source>a hands-on step skipped</source>
        <translation>um passo manual pulado</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensão</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dor</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Inchaço</translation>
    </message>
    <message>
        <source>settling in</source>
        <translation>acomodação</translation>
    </message>
    <message>
        <source>warm compress</source>
        <translation>compressa morna</translation>
    </message>
    <message>
        <source>finding the point</source>
        <translation>localização do ponto</translation>
    </message>
    <message>
        <source>steady pressure</source>
        <translation>pressão constante</translation>
    </message>
    <message>
        <source>circles or strokes</source>
        <translation>círculos ou deslizamentos</translation>
    </message>
    <message>
        <source>holding the point</source>
        <translation>pressão parada no ponto</translation>
    </message>
    <message>
        <source>calf strokes</source>
        <translation>deslizamentos na panturrilha</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>repetições</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>alongamento</translation>
    </message>
    <message>
        <source>legs raised</source>
        <translation>pernas elevadas</translation>
    </message>
    <message>
        <source>warm and cool water</source>
        <translation>água morna e fresca</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>joelho esquerdo</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>joelho direito</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>dor aguda</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>dormência</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>formigamento</translation>
    </message>
    <message>
        <source>session ended for safety</source>
        <translation>sessão encerrada por segurança</translation>
    </message>
    <message>
        <source>no reason given not to do the sessions</source>
        <translation>nenhum motivo informado para não fazer as sessões</translation>
    </message>
    <message>
        <source>pregnant; a healthcare provider agreed to the sessions</source>
        <translation>grávida; um profissional de saúde concordou com as sessões</translation>
    </message>
    <message>
        <source>pregnant; sessions held until a healthcare provider agrees</source>
        <translation>grávida; sessões suspensas até um profissional de saúde concordar</translation>
    </message>
    <message>
        <source>sessions on hold because of a yes</source>
        <translation>sessões suspensas por causa de um sim</translation>
    </message>
    <message>
        <source>not every question answered</source>
        <translation>nem todas as perguntas respondidas</translation>
    </message>
    <message>
        <source>the person said the leg was back to normal</source>
        <translation>a pessoa disse que a perna voltou ao normal</translation>
    </message>
    <message>
        <source>the person said a health professional cleared it</source>
        <translation>a pessoa disse que um profissional de saúde liberou</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Self-care log from KneeCare</source>
        <translation>Registro de autocuidado do KneeCare</translation>
    </message>
    <message>
        <source>Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are self-care and are not offered as a treatment.</source>
        <translation>Registro feito pela própria pessoa com o app KneeCare; não é um diagnóstico. As sessões são autocuidado e não são oferecidas como tratamento.</translation>
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
        <translation>sessões concluídas por dia, média da semana</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>meta diária</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 depois</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gerado em</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.</source>
        <translation>Autoacupressão guiada atrás dos joelhos (ponto BL40, Weizhong), conforme registrada pela pessoa.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Time on each knee: left %1 min, right %2 min.</source>
        <translation>Tempo em cada joelho: esquerdo %1 min, direito %2 min.</translation>
    </message>
    <message>
        <source>knee points</source>
        <translation>pontos do joelho</translation>
    </message>
    <message>
        <source>leg routine</source>
        <translation>rotina para as pernas</translation>
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
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Como se sentiu</translation>
    </message>
    <message>
        <source>No session was rated both before and after.</source>
        <translation>Nenhuma sessão foi avaliada antes e depois.</translation>
    </message>
    <message>
        <source>0-10, 10 worst</source>
        <translation>0-10, 10 o pior</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Sessions rated</source>
        <translation>Sessões avaliadas</translation>
    </message>
    <message>
        <source>Averages of the ratings given just before and just after a session, over the sessions rated both times.</source>
        <translation>Médias das avaliações feitas logo antes e logo depois de uma sessão, nas sessões avaliadas nas duas vezes.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>O que parece ajudar</translation>
    </message>
    <message>
        <source>Not enough rated sessions yet: each line needs at least 5.</source>
        <translation>Ainda não há sessões avaliadas suficientes: cada linha precisa de pelo menos 5.</translation>
    </message>
    <message>
        <source>Average change in the person&apos;s own 0-10 ratings after a session (below 0: lower after), with an 80% interval of that average. An observation, not evidence of an effect.</source>
        <translation>Variação média nas avaliações de 0 a 10 da própria pessoa depois de uma sessão (abaixo de 0: menor depois), com um intervalo de 80% dessa média. Uma observação, não evidência de efeito.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>No safety screening recorded.</source>
        <translation>Nenhuma triagem de segurança registrada.</translation>
    </message>
    <message>
        <source>Latest safety screening: %1. Result: %2.</source>
        <translation>Última triagem de segurança: %1. Resultado: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>Red flags, all-clears and safety stops in the period</source>
        <translation>Sinais de alerta, liberações e paradas de segurança no período</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhum.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when this report was made.</source>
        <translation>A pergunta diária antes de cada sessão (alguma perna está inchada, quente, vermelha ou dolorida?) estava %1 quando este relatório foi gerado.</translation>
    </message>
    <message>
        <source>Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.</source>
        <translation>Respondeu sim à pergunta diária (perna inchada, quente, vermelha ou dolorida); sessões suspensas.</translation>
    </message>
    <message>
        <source>Hold ended: %1.</source>
        <translation>Suspensão encerrada: %1.</translation>
    </message>
    <message>
        <source>In a session of %1: %2</source>
        <translation>Em uma sessão de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>De %1 a %2 (%n dia)</numerusform>
            <numerusform>De %1 a %2 (%n dias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 completed. Ended early: %2.</source>
        <translation>
            <numerusform>%n sessão. Concluídas: %1. Encerradas antes: %2.</numerusform>
            <numerusform>%n sessões. Concluídas: %1. Encerradas antes: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal: %n completed session(s) a day; reached on average %1 a day.</source>
        <translation>
            <numerusform>Meta diária: %n sessão concluída por dia; média alcançada: %1 por dia.</numerusform>
            <numerusform>Meta diária: %n sessões concluídas por dia; média alcançada: %1 por dia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a health professional</source>
        <translation>Relatório para um profissional de saúde</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Remember this name</source>
        <translation>&amp;Lembrar este nome</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>&amp;Nome no relatório:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <source>The first day comes after the last day. Please swap them.</source>
        <translation>O primeiro dia vem depois do último. Troque-os, por favor.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No session was recorded in this period, so there is nothing to report.</source>
        <translation>Nenhuma sessão foi registrada neste período, então não há nada para relatar.</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>Não foi possível salvar o relatório aí: %1</translation>
    </message>
    <message>
        <source>Report for a &amp;health professional…</source>
        <translation>Relatório para um &amp;profissional de saúde…</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety questions · %1</source>
        <translation>Perguntas de segurança · %1</translation>
    </message>
    <message>
        <source>They ask about:</source>
        <translation>Elas tratam de:</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Agora não</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Perguntas de segurança</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>Sessions are on hold for now</source>
        <translation>As sessões estão suspensas por enquanto</translation>
    </message>
    <message>
        <source>Your answers show something that makes pressing behind the knee unwise at the moment, so KneeCare will not start a session.</source>
        <translation>Suas respostas mostram algo que torna desaconselhável pressionar atrás do joelho neste momento, por isso o KneeCare não vai iniciar uma sessão.</translation>
    </message>
    <message>
        <source>If an answer was a mistake, or things have changed, you can review your answers.</source>
        <translation>Se uma resposta estava errada, ou se algo mudou, você pode rever suas respostas.</translation>
    </message>
    <message>
        <source>About &amp;safety</source>
        <translation>Sobre a &amp;segurança</translation>
    </message>
    <message>
        <source>&amp;Review my answers</source>
        <translation>&amp;Rever minhas respostas</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Check with your healthcare provider first</source>
        <translation>Consulte antes o seu profissional de saúde</translation>
    </message>
    <message>
        <source>Tick the box once your provider has agreed; then Continue is available.</source>
        <translation>Marque a caixa quando o profissional de saúde tiver concordado; aí Continuar fica disponível.</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>Ainda &amp;não</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>Marque antes a caixa acima</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de começar</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>As sessões estão suspensas</translation>
    </message>
    <message>
        <source>You said a leg is swollen, warm, red or painful.</source>
        <translation>Você disse que uma perna está inchada, quente, vermelha ou dolorida.</translation>
    </message>
    <message>
        <source>Sessions stay on hold</source>
        <translation>As sessões continuam suspensas</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Obrigado</translation>
    </message>
    <message>
        <source>Nothing in your answers stops you from using KneeCare. Press Start when you are ready; a quick question about your legs comes first.</source>
        <translation>Nada em suas respostas impede você de usar o KneeCare. Pressione Iniciar quando quiser; antes vem uma pergunta rápida sobre suas pernas.</translation>
    </message>
    <message>
        <source>If your health changes, choose Safety &gt; My situation changed, and the questions are asked again.</source>
        <translation>Se a sua saúde mudar, escolha Segurança &gt; Minha situação mudou, e as perguntas serão feitas de novo.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pergunta %1 de %2</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>Perguntar sobre minhas pernas antes de cada sessão</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on until %1)</source>
        <translation>Perguntar sobre minhas pernas antes de cada sessão (sempre ativo até %1)</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on in your first week)</source>
        <translation>Perguntar sobre minhas pernas antes de cada sessão (sempre ativo na primeira semana)</translation>
    </message>
    <message>
        <source>You turned this question off; after a recent leg problem or a report of pain, numbness or tingling it is asked again until %1.</source>
        <translation>Você desativou esta pergunta; depois de um problema recente na perna ou de um relato de dor, dormência ou formigamento, ela é feita de novo até %1.</translation>
    </message>
    <message>
        <source>This question is always asked before your first session.</source>
        <translation>Esta pergunta é sempre feita antes da sua primeira sessão.</translation>
    </message>
    <message>
        <source>You turned this question off; it is still asked in your first week, until %1.</source>
        <translation>Você desativou esta pergunta; ela ainda é feita na sua primeira semana, até %1.</translation>
    </message>
    <message>
        <source>KneeCare could not save your answer (%1). It counts for now, but you may be asked again next time.</source>
        <translation>O KneeCare não conseguiu salvar sua resposta (%1). Ela vale por enquanto, mas talvez a pergunta seja feita de novo na próxima vez.</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <source>I have read this, and it does not apply to me</source>
        <translation>Li este aviso, e ele não se aplica a mim</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>Antes de começar: %1</translation>
    </message>
    <message>
        <source>Safety note for %1</source>
        <translation>Aviso de segurança: %1</translation>
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
        <translation>Sobre a segurança · %1</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Sobre a segurança</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The backs of your legs, seen from behind</source>
        <translation>A parte de trás das suas pernas, vista por trás</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Contagem regressiva</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiração</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Onde você está</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>O que as mãos fazem</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>A seguir</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Tempo restante da sessão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Quando você quiser</translation>
    </message>
    <message>
        <source>%1 Press Start or Space to begin.</source>
        <translation>%1 Pressione Iniciar ou Espaço para começar.</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>no total</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Primeiro: %1</translation>
    </message>
    <message>
        <source>left in this step</source>
        <translation>restantes neste passo</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>Em pausa. Pressione Espaço para continuar.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>Press Start or Space for another session.</source>
        <translation>Pressione Iniciar ou Espaço para outra sessão.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Open the %1 menu</source>
        <translation>Abrir o menu %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Tab moves between controls; Space or Enter presses the one with the focus.</source>
        <translation>Tab passa de um controle para outro; Espaço ou Enter aciona o que está em foco.</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation>Cada linha: as teclas, depois o que elas fazem</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atalhos de teclado…</translation>
    </message>
    <message>
        <source>Every key KneeCare answers</source>
        <translation>Todas as teclas a que o KneeCare responde</translation>
    </message>
</context>
<context>
    <name>TrayCompanion</name>
    <message>
        <source>No tray here: closing this window quits KneeCare. Reminders come as notifications.</source>
        <translation>Não há área de notificação aqui: fechar esta janela encerra o KneeCare. Os lembretes chegam como notificações.</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Lembretes…</translation>
    </message>
    <message>
        <source>KneeCare could not change how it starts at login: %1</source>
        <translation>O KneeCare não conseguiu mudar como ele inicia ao entrar: %1</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>Sua sessão</translation>
    </message>
    <message>
        <source>KneeCare is still here</source>
        <translation>O KneeCare continua aqui</translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.</source>
        <translation>Ele continua funcionando na área de notificação para lembrar você. Para sair, escolha Sair no menu da área de notificação.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>For 30 minutes</source>
        <translation>Por 30 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>Start session (%1)</source>
        <translation>Iniciar sessão (%1)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Open KneeCare</source>
        <translation>Abrir o KneeCare</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>Sobre a segurança</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Lembretes…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>This is how KneeCare will read each step to you.</source>
        <translation>É assim que o KneeCare vai ler cada passo para você.</translation>
    </message>
    <message>
        <source>Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.</source>
        <translation>Instale o speech-dispatcher (e uma voz como espeak-ng) para ouvir os passos em voz alta.</translation>
    </message>
    <message>
        <source>Your system&apos;s speech service did not answer.</source>
        <translation>O serviço de fala do sistema não respondeu.</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>O mecanismo de fala parou de funcionar.</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Nenhum mecanismo de fala está instalado.</translation>
    </message>
    <message>
        <source>The speech engine “%1” could not start.</source>
        <translation>O mecanismo de fala “%1” não conseguiu iniciar.</translation>
    </message>
    <message>
        <source>No speech voice for %1 is installed on this computer, so KneeCare plays the chimes only and does not read the steps aloud. Install a voice for %1 to hear them.</source>
        <translation>Nenhuma voz sintetizada para %1 está instalada neste computador, então o KneeCare toca só os sinais sonoros e não lê os passos em voz alta. Instale uma voz para %1 para ouvi-los.</translation>
    </message>
    <message>
        <source>The speech engine “%1” did not answer.</source>
        <translation>O mecanismo de fala “%1” não respondeu.</translation>
    </message>
    <message>
        <source>The speech helper stopped (exit code %1).</source>
        <translation>O auxiliar de fala parou (código de saída %1).</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Showing %1</source>
        <extracomment>Read by screen readers after the chart&apos;s summary: %1 is the value picked (e.g. &quot;Thu 26 Nov: 2 sessions completed&quot;).</extracomment>
        <translation>Mostrando %1</translation>
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
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time</source>
        <translation>%1 não é um horário ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 não é um objeto JSON</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, campo &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>%1 is not a non-empty text</source>
        <translation>%1 não é um texto não vazio</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 não é um de %2</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds (0 or more)</source>
        <translation>%1 não é um número de segundos (0 ou mais)</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 não é um número inteiro de %2 a %3</translation>
    </message>
    <message>
        <source>%1 has no UTC offset (like +01:00)</source>
        <translation>%1 não tem diferença de UTC (como +01:00)</translation>
    </message>
    <message>
        <source>%1 is not a time from the year %2 to %3</source>
        <translation>%1 não é um horário entre o ano %2 e %3</translation>
    </message>
    <message>
        <source>%1 is not a value KneeCare knows</source>
        <translation>%1 não é um valor que o KneeCare conhece</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>não é uma lista</translation>
    </message>
    <message>
        <source>is not an object with &apos;before&apos; and &apos;after&apos;</source>
        <translation>não é um objeto com &apos;before&apos; e &apos;after&apos;</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 não é texto</translation>
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
        <translation>é anterior a started_at</translation>
    </message>
    <message>
        <source>two phases have the same index</source>
        <translation>duas fases têm o mesmo índice</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most KneeCare imports</source>
        <translation>o arquivo tem mais de %1 MiB, o máximo que o KneeCare importa</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>o arquivo não é um JSON válido (linha %1, coluna %2: %3)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a KneeCare export</source>
        <translation>o arquivo tem níveis demais para ser uma exportação do KneeCare</translation>
    </message>
    <message>
        <source>the file holds a value KneeCare cannot read: %1</source>
        <translation>o arquivo contém um valor que o KneeCare não consegue ler: %1</translation>
    </message>
    <message>
        <source>the file does not hold a list of sessions (a KneeCare JSON export)</source>
        <translation>o arquivo não contém uma lista de sessões (uma exportação JSON do KneeCare)</translation>
    </message>
    <message>
        <source>entries %1 and %2 are the same session (uid %3)</source>
        <translation>as entradas %1 e %2 são a mesma sessão (uid %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n sessão adicionada</numerusform>
            <numerusform>%n sessões adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were already in your history.</source>
        <translation>
            <numerusform>%1; %n já estava no seu histórico.</numerusform>
            <numerusform>%1; %n já estavam no seu histórico.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>KneeCare had a problem with your history just now. The details say what happened and what KneeCare did about it.</source>
        <translation>O KneeCare teve um problema com seu histórico agora há pouco. Os detalhes dizem o que aconteceu e o que o KneeCare fez.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dias</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 ano</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Parada antes</translation>
    </message>
    <message>
        <source>Ended for safety</source>
        <translation>Encerrada por segurança</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session gone through to its end with a pressing, moving or exercise step skipped (not done).</extracomment>
        <translation>Passos pulados</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>The Knees column of the sessions table.</extracomment>
        <translation>Esquerdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direito</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>joelho esquerdo</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>joelho direito</translation>
    </message>
    <message>
        <source>both knees</source>
        <translation>os dois joelhos</translation>
    </message>
    <message>
        <source>settling in</source>
        <extracomment>What the person was doing: fills %3 of &quot;Reported %1 at %2, during %3&quot; (with the preposition needed).</extracomment>
        <translation>a acomodação</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>o aquecimento</translation>
    </message>
    <message>
        <source>finding the hollow</source>
        <translation>a localização da cavidade</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>a pressão</translation>
    </message>
    <message>
        <source>the movement</source>
        <translation>o movimento</translation>
    </message>
    <message>
        <source>a hold</source>
        <translation>uma pressão parada</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>a finalização</translation>
    </message>
    <message>
        <source>the repetitions</source>
        <translation>as repetições</translation>
    </message>
    <message>
        <source>a stretch</source>
        <translation>um alongamento</translation>
    </message>
    <message>
        <source>a rest</source>
        <translation>um descanso</translation>
    </message>
    <message>
        <source>the intervals</source>
        <translation>os intervalos</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dor</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>dormência</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>formigamento</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>tensão</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>inchaço</translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word the person types to delete everything (in capitals).</extracomment>
        <translation>EXCLUIR</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month, yyyy: year); write it as your language does.</extracomment>
        <translation>ddd, d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month); write it as your language does.</extracomment>
        <translation>ddd, d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A Qt date format under the chart&apos;s weekly bars (d: day, MMM: short month).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1: no sessions</source>
        <translation>%1: nenhuma sessão</translation>
    </message>
    <message>
        <source>, %1 ended early</source>
        <translation>, %1 encerradas antes</translation>
    </message>
    <message>
        <source> (goal met)</source>
        <translation> (meta cumprida)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semana de %1</translation>
    </message>
    <message>
        <source>Rate how your knees feel before and after a session to see here how they compare.</source>
        <translation>Avalie como seus joelhos estão antes e depois de uma sessão para ver aqui a comparação.</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points after a session</source>
        <translation>sua avaliação de %1 caiu %2 pontos depois de uma sessão</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points</source>
        <translation>sua avaliação de %1 caiu %2 pontos</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points after a session</source>
        <translation>sua avaliação de %1 subiu %2 pontos depois de uma sessão</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points</source>
        <translation>sua avaliação de %1 subiu %2 pontos</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same after a session</source>
        <translation>sua avaliação de %1 ficou quase igual depois de uma sessão</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same</source>
        <translation>sua avaliação de %1 ficou quase igual</translation>
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
        <translation>Programa</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Joelhos</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Tempo feito</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Como terminou</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day was met on %5 of %6 days.</source>
        <translation>Sessões por dia nos últimos %1: %2 concluídas, %3 encerradas antes; a meta de %4 por dia foi cumprida em %5 de %6 dias.</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.</source>
        <translation>Sessões por dia nos últimos %1: %2 concluídas; a meta de %3 por dia foi cumprida em %4 de %5 dias.</translation>
    </message>
    <message>
        <source>Minutes per week, last %1 weeks: %2 in all.</source>
        <translation>Minutos por semana, últimas %1 semanas: %2 no total.</translation>
    </message>
    <message>
        <source>%1: %2 before %3, after %4</source>
        <extracomment>%1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.</extracomment>
        <translation>%1: %2 antes %3, depois %4</translation>
    </message>
    <message>
        <source>%1 rating, 0 to 10, mean before and after sessions, last %2.</source>
        <translation>Avaliação de %1, 0 a 10, média antes e depois das sessões, últimos %2.</translation>
    </message>
    <message>
        <source> Overall %1 before, %2 after.</source>
        <translation> No geral, %1 antes, %2 depois.</translation>
    </message>
    <message>
        <source>Deleted the session of %1, %2.</source>
        <translation>Sessão de %1 excluída, %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>Passos: %1 de %2 feitos</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 pulados</translation>
    </message>
    <message>
        <source>Reported %1 at %2, during %3</source>
        <extracomment>%1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of &quot;settling in&quot;, &quot;pressing&quot;, ...).</extracomment>
        <translation>Relatou %1 aos %2, durante %3</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>sem números</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — “%1”</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas as sessões</translation>
    </message>
    <message>
        <source>Knee sessions</source>
        <translation>Sessões dos joelhos</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rotinas</translation>
    </message>
    <message>
        <source>Tension · pain · swelling, 0 to 10 (– not rated)</source>
        <translation>Tensão · dor · inchaço, de 0 a 10 (– sem avaliação)</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (em %2)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sessões por dia</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <source>How your knees felt, before and after</source>
        <translation>Como seus joelhos estavam, antes e depois</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Mostrar os últimos %1</translation>
    </message>
    <message>
        <source>sessions today</source>
        <translation>sessões hoje</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>sequência atual</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>melhor sequência</translation>
    </message>
    <message>
        <source>days the goal was met</source>
        <translation>dias com a meta cumprida</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>minutos nesta semana</translation>
    </message>
    <message>
        <source>Tension before and after sessions</source>
        <translation>Tensão antes e depois das sessões</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dor antes e depois das sessões</translation>
    </message>
    <message>
        <source>The quick rating before and after sessions is off.</source>
        <translation>A avaliação rápida antes e depois das sessões está desativada.</translation>
    </message>
    <message>
        <source>Ask me again</source>
        <translation>Perguntar de novo</translation>
    </message>
    <message>
        <source>What seems to help you</source>
        <translation>O que parece ajudar você</translation>
    </message>
    <message>
        <source>goal: %1 a day</source>
        <translation>meta: %1 por dia</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluídas</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>encerradas antes</translation>
    </message>
    <message>
        <source>Sessions per day, each week&apos;s average</source>
        <translation>Sessões por dia, média de cada semana</translation>
    </message>
    <message>
        <source> Shown as each week&apos;s average per day.</source>
        <translation> Mostrado como média diária de cada semana.</translation>
    </message>
    <message>
        <source>No sessions in this time yet. When you finish one, it shows here.</source>
        <translation>Ainda não há sessões neste período. Quando você terminar uma, ela aparece aqui.</translation>
    </message>
    <message>
        <source>current streak, go on today</source>
        <translation>sequência atual, continue hoje</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 depois</translation>
    </message>
    <message>
        <source>History · %1</source>
        <translation>Histórico · %1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <source>Which sessions to list</source>
        <translation>Quais sessões listar</translation>
    </message>
    <message>
        <source>List every session, only the knee sessions, or only the routines</source>
        <translation>Listar todas as sessões, só as dos joelhos, ou só as rotinas</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Excluir sessão</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); you can undo it</source>
        <translation>Excluir a sessão selecionada (tecla Delete); dá para desfazer</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>Excluir todos os dados…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>Trazer a sessão de volta (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sessões, da mais recente</translation>
    </message>
    <message>
        <source>Choose a session to see its details.</source>
        <translation>Escolha uma sessão para ver os detalhes.</translation>
    </message>
    <message>
        <source>Your other computers delete it at their next sync.</source>
        <translation>Seus outros computadores vão excluí-los na próxima sincronização.</translation>
    </message>
    <message>
        <source>The sync folder could not be reached; it is cleared at the next sync.</source>
        <translation>Não foi possível acessar a pasta de sincronização; ela será limpa na próxima sincronização.</translation>
    </message>
    <message>
        <source>Sync is now off; the sync folder was left as it was.</source>
        <translation>A sincronização agora está desativada; a pasta de sincronização ficou como estava.</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Excluir todos os dados</translation>
    </message>
    <message>
        <source>This deletes every session, rating and safety report, the reminder log, your screening answers and all backup copies, for good. Your settings stay.

If you might want them later, close this and use File &gt; Export first.

To go ahead, type %1 below.</source>
        <extracomment>%1 is the word to type (DELETE, translated above). &quot;File &gt; Export&quot; names the menu entry.</extracomment>
        <translation>Isto exclui para sempre todas as sessões, avaliações e relatos de segurança, o registro de lembretes, suas respostas às perguntas de segurança e todas as cópias de backup. Suas configurações ficam.

Se talvez você queira esses dados depois, feche esta janela e use antes Arquivo &gt; Exportar histórico.

Para continuar, digite %1 abaixo.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Digite %1 para confirmar</translation>
    </message>
    <message>
        <source>Also delete it on my other &amp;computers (sync folder)</source>
        <translation>Excluir também nos meus outros &amp;computadores (pasta de sincronização)</translation>
    </message>
    <message>
        <source>Checked: your other computers delete everything too at their next sync. Not checked: only this computer&apos;s history goes, and sync is turned off here.</source>
        <translation>Marcado: seus outros computadores também excluem tudo na próxima sincronização. Desmarcado: só o histórico deste computador é excluído, e a sincronização é desativada aqui.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Excluir tudo</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>The title of the message after an export.</extracomment>
        <translation>Exportação</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2.</source>
        <translation>Não foi possível gravar o histórico em %1: %2.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importar histórico</translation>
    </message>
    <message>
        <source>KneeCare JSON export (*.json)</source>
        <translation>Exportação JSON do KneeCare (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The title of the message after an import.</extracomment>
        <translation>Importação</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>Não foi possível ler %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a text file; nothing was imported.</source>
        <translation>%1 não é um arquivo de texto; nada foi importado.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation>%1 não foi importado, e nada mudou: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation>
            <numerusform>%n sessão, da mais recente para a mais antiga. Avaliações: tensão · dor · inchaço, de 0 a 10.</numerusform>
            <numerusform>%n sessões, da mais recente para a mais antiga. Avaliações: tensão · dor · inchaço, de 0 a 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted all data (%n session(s)).</source>
        <translation>
            <numerusform>Todos os dados foram excluídos (%n sessão).</numerusform>
            <numerusform>Todos os dados foram excluídos (%n sessões).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) completed</source>
        <translation>
            <numerusform>%1: %n sessão concluída</numerusform>
            <numerusform>%1: %n sessões concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s), %4 ended early)</source>
        <translation>
            <numerusform>%1: %2 concluídas por dia (%3 em %n dia, %4 encerradas antes)</numerusform>
            <numerusform>%1: %2 concluídas por dia (%3 em %n dias, %4 encerradas antes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s))</source>
        <translation>
            <numerusform>%1: %2 concluídas por dia (%3 em %n dia)</numerusform>
            <numerusform>%1: %2 concluídas por dia (%3 em %n dias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>Em média %1 (%n sessão avaliada antes e depois).</numerusform>
            <numerusform>Em média %1 (%n sessões avaliadas antes e depois).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %2 min in %n session(s)</source>
        <translation>
            <numerusform>semana de %1: %2 min em %n sessão</numerusform>
            <numerusform>semana de %1: %2 min em %n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n relato</numerusform>
            <numerusform>%n relatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n sessão exportada para %1.</numerusform>
            <numerusform>%n sessões exportadas para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>left</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your left knee&quot;).</extracomment>
        <translation>esquerdo</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your right knee&quot;).</extracomment>
        <translation>direito</translation>
    </message>
    <message>
        <source>Warm compress</source>
        <translation>Compressa morna</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends.</source>
        <extracomment>{knee} becomes &quot;left&quot; or &quot;right&quot; (the words above).</extracomment>
        <translation>Sente-se confortavelmente e coloque uma compressa morna, nunca quente demais, atrás do joelho {knee} até o tempo acabar.</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.</source>
        <translation>Sente-se confortavelmente e coloque uma compressa morna, nunca quente demais, atrás dos dois joelhos até o tempo acabar.</translation>
    </message>
    <message>
        <source>Firm, but never painful.</source>
        <translation>Firme, mas nunca dolorosa.</translation>
    </message>
    <message>
        <source>firm</source>
        <extracomment>Words (separated by |) that say &quot;firm&quot; in the translated pressure instructions.</extracomment>
        <translation>firme</translation>
    </message>
    <message>
        <source>never painful|never hurts|never hurt</source>
        <extracomment>Words (separated by |) that say &quot;never painful&quot; in the translated pressure instructions.</extracomment>
        <translation>nunca dolorosa|nunca doa</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Daily</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Everyday care to keep the backs of the knees loose: once or twice a day.</source>
        <translation>Cuidado de todo dia para manter soltas as partes de trás dos joelhos: uma ou duas vezes por dia.</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>Acomode-se</translation>
    </message>
    <message>
        <source>Sit down and bend your {knee} knee a little, with the foot flat on the floor or resting on something.</source>
        <translation>Sente-se e dobre um pouco o joelho {knee}, com o pé apoiado no chão ou sobre algum apoio.</translation>
    </message>
    <message>
        <source>Warm your hands</source>
        <translation>Aqueça as mãos</translation>
    </message>
    <message>
        <source>Rub your palms briskly together until they feel warm.</source>
        <translation>Esfregue as palmas com vigor uma na outra até ficarem quentes.</translation>
    </message>
    <message>
        <source>Find the hollow</source>
        <translation>Encontre a cavidade</translation>
    </message>
    <message>
        <source>Slide your fingers behind the {knee} knee and feel for the soft dip in the middle of the crease.</source>
        <translation>Deslize os dedos para trás do joelho {knee} e procure a depressão macia no meio da dobra.</translation>
    </message>
    <message>
        <source>Press gently</source>
        <translation>Pressione suavemente</translation>
    </message>
    <message>
        <source>Rest your thumbs in the hollow and lean in slowly until the pressure is firm but never painful.</source>
        <translation>Apoie os polegares na cavidade e incline-se devagar até a pressão ficar firme, mas nunca dolorosa.</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>Pequenos círculos</translation>
    </message>
    <message>
        <source>Trace small, slow circles across the hollow, the pressure firm but never painful.</source>
        <translation>Faça pequenos círculos lentos pela cavidade, com a pressão firme, mas nunca dolorosa.</translation>
    </message>
    <message>
        <source>Steady hold</source>
        <translation>Pressão parada</translation>
    </message>
    <message>
        <source>Keep a still pressure on the centre of the crease, firm but never painful, then let go when the timer ends.</source>
        <translation>Mantenha uma pressão parada no centro da dobra, firme, mas nunca dolorosa, e solte quando o tempo acabar.</translation>
    </message>
    <message>
        <source>Stroke down the calf</source>
        <translation>Deslize pela panturrilha</translation>
    </message>
    <message>
        <source>With light hands, stroke from behind the knee down the calf towards the ankle.</source>
        <translation>Com as mãos leves, deslize de trás do joelho pela panturrilha em direção ao tornozelo.</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>A short version for a busy day: one minute of movement per knee.</source>
        <translation>Uma versão curta para um dia corrido: um minuto de movimento por joelho.</translation>
    </message>
    <message>
        <source>Sit with your {knee} knee slightly bent and the foot supported.</source>
        <translation>Sente-se com o joelho {knee} levemente dobrado e o pé apoiado.</translation>
    </message>
    <message>
        <source>Rub your palms together for a few breaths.</source>
        <translation>Esfregue as palmas uma na outra durante algumas respirações.</translation>
    </message>
    <message>
        <source>Feel for the soft dip at the centre of the crease behind the {knee} knee.</source>
        <translation>Procure a depressão macia no centro da dobra atrás do joelho {knee}.</translation>
    </message>
    <message>
        <source>Press in with your thumbs, slowly, to a firm pressure that never hurts.</source>
        <translation>Pressione com os polegares, devagar, até uma pressão firme, mas que nunca doa.</translation>
    </message>
    <message>
        <source>Make small, unhurried circles over the hollow, the pressure firm but never painful.</source>
        <translation>Faça pequenos círculos, sem pressa, sobre a cavidade, com a pressão firme, mas nunca dolorosa.</translation>
    </message>
    <message>
        <source>Finish with a few light strokes from the knee down towards the ankle.</source>
        <translation>Termine com alguns deslizamentos leves do joelho para baixo, em direção ao tornozelo.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>After hard exercise: three minutes of movement per knee and a longer finish down the calf.</source>
        <translation>Depois de exercício pesado: três minutos de movimento por joelho e uma finalização mais longa pela panturrilha.</translation>
    </message>
    <message>
        <source>Sit comfortably, {knee} knee bent a little, foot flat or propped up.</source>
        <translation>Sente-se confortavelmente, joelho {knee} um pouco dobrado, pé no chão ou apoiado mais alto.</translation>
    </message>
    <message>
        <source>Rub your hands together until the palms are warm.</source>
        <translation>Esfregue as mãos uma na outra até as palmas ficarem quentes.</translation>
    </message>
    <message>
        <source>Bend the {knee} knee slightly and find the soft centre of the crease with your fingertips.</source>
        <translation>Dobre levemente o joelho {knee} e encontre com as pontas dos dedos o centro macio da dobra.</translation>
    </message>
    <message>
        <source>Use the heels of your palms and build up slowly to a pressure that is firm but never painful.</source>
        <translation>Use a base das palmas e aumente devagar até uma pressão firme, mas nunca dolorosa.</translation>
    </message>
    <message>
        <source>Slow strokes</source>
        <translation>Deslizamentos lentos</translation>
    </message>
    <message>
        <source>Stroke slowly up and down across the hollow with an even pressure, firm but never painful.</source>
        <translation>Deslize as mãos devagar para cima e para baixo pela cavidade, com uma pressão uniforme, firme, mas nunca dolorosa.</translation>
    </message>
    <message>
        <source>Press steadily into the centre of the crease, firm but never painful, and keep still; release when the timer ends.</source>
        <translation>Pressione de forma constante o centro da dobra, com pressão firme, mas nunca dolorosa, sem se mexer; solte quando o tempo acabar.</translation>
    </message>
    <message>
        <source>Stroke lightly and slowly down the whole calf to the ankle, several times.</source>
        <translation>Deslize de leve e devagar por toda a panturrilha até o tornozelo, várias vezes.</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Relaxar</translation>
    </message>
    <message>
        <source>Wind down: slow breathing, small slow circles and three still holds.</source>
        <translation>Para desacelerar: respiração lenta, pequenos círculos lentos e três pressões paradas.</translation>
    </message>
    <message>
        <source>Sit back, let your shoulders drop, and rest your {knee} foot with the knee slightly bent.</source>
        <translation>Encoste-se, solte os ombros e apoie o pé {knee} com o joelho levemente dobrado.</translation>
    </message>
    <message>
        <source>Rub your palms together slowly while you breathe out long.</source>
        <translation>Esfregue as palmas devagar enquanto solta o ar bem longamente.</translation>
    </message>
    <message>
        <source>Find the soft middle of the crease behind the {knee} knee.</source>
        <translation>Encontre o meio macio da dobra atrás do joelho {knee}.</translation>
    </message>
    <message>
        <source>Let your thumbs sink in bit by bit until the pressure is firm but never painful.</source>
        <translation>Deixe os polegares afundarem aos poucos até a pressão ficar firme, mas nunca dolorosa.</translation>
    </message>
    <message>
        <source>Small, slow circles</source>
        <translation>Pequenos círculos lentos</translation>
    </message>
    <message>
        <source>Make small, slow circles over the hollow in time with your breath, the pressure firm but never painful.</source>
        <translation>Faça pequenos círculos lentos sobre a cavidade no ritmo da respiração, com a pressão firme, mas nunca dolorosa.</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation>Pressão imóvel</translation>
    </message>
    <message>
        <source>Hold a steady pressure on the centre of the crease, firm but never painful, and breathe slowly.</source>
        <translation>Mantenha uma pressão constante no centro da dobra, firme, mas nunca dolorosa, e respire devagar.</translation>
    </message>
    <message>
        <source>Glide your hands gently down the calf towards the ankle.</source>
        <translation>Deslize as mãos suavemente pela panturrilha em direção ao tornozelo.</translation>
    </message>
    <message>
        <source>Ankle pumps</source>
        <translation>Bombeamento do tornozelo</translation>
    </message>
    <message>
        <source>Point and pull your feet in a steady rhythm so the calf muscles squeeze blood back up the legs.</source>
        <translation>Estique e puxe os pés num ritmo constante para que os músculos da panturrilha empurrem o sangue de volta pelas pernas.</translation>
    </message>
    <message>
        <source>Legs out</source>
        <translation>Pernas esticadas</translation>
    </message>
    <message>
        <source>Sit back or lie down with both legs stretched out and your heels resting on the floor or the bed.</source>
        <translation>Encoste-se ou deite-se com as duas pernas esticadas e os calcanhares apoiados no chão ou na cama.</translation>
    </message>
    <message>
        <source>Point both feet away from you, then pull your toes back towards your shins: one full pump on each count. Smooth, not forced.</source>
        <translation>Estique os dois pés para a frente, depois puxe os dedos de volta em direção às canelas: um bombeamento completo a cada contagem. Suave, sem forçar.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Let your feet go still and breathe easily; the next set starts when the timer ends.</source>
        <translation>Deixe os pés parados e respire com calma; a próxima série começa quando o tempo acabar.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>Elevação na ponta dos pés</translation>
    </message>
    <message>
        <source>Rise up on your toes and lower slowly, to work the calf muscles that help blood flow back from the legs.</source>
        <translation>Suba na ponta dos pés e desça devagar, para trabalhar os músculos da panturrilha que ajudam o sangue a voltar das pernas.</translation>
    </message>
    <message>
        <source>Stand and hold on</source>
        <translation>Fique em pé e apoie-se</translation>
    </message>
    <message>
        <source>Stand behind a sturdy chair or beside a wall, feet about hip-width apart, one hand resting on it for balance.</source>
        <translation>Fique em pé atrás de uma cadeira firme ou ao lado de uma parede, pés mais ou menos na largura do quadril, com uma mão apoiada para ter equilíbrio.</translation>
    </message>
    <message>
        <source>Rise slowly onto the balls of both feet, then lower your heels back to the floor: one raise on each count.</source>
        <translation>Suba devagar na ponta dos dois pés, depois abaixe os calcanhares de volta ao chão: uma elevação a cada contagem.</translation>
    </message>
    <message>
        <source>Stand easy with your heels down and let the calves relax before the next set.</source>
        <translation>Fique em pé à vontade, com os calcanhares no chão, e deixe as panturrilhas relaxarem antes da próxima série.</translation>
    </message>
    <message>
        <source>Calf and hamstring stretches</source>
        <translation>Alongamentos da panturrilha e da parte de trás da coxa</translation>
    </message>
    <message>
        <source>Gentle, still stretches for the backs of the legs, to ease tight calves and hamstrings.</source>
        <translation>Alongamentos suaves e parados para a parte de trás das pernas, para soltar panturrilhas e coxas tensas.</translation>
    </message>
    <message>
        <source>Face a wall</source>
        <translation>De frente para a parede</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from a wall and rest both hands on it at shoulder height.</source>
        <translation>Fique a mais ou menos um braço de distância de uma parede e apoie as duas mãos nela na altura dos ombros.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Alongamento da panturrilha</translation>
    </message>
    <message>
        <source>Step your {side} foot back and press that heel to the floor. Bend the front knee and lean towards the wall until the {side} calf feels a mild pull. Stay still; no bouncing.</source>
        <translation>Leve o pé {side} para trás e pressione esse calcanhar no chão. Dobre o joelho da frente e incline-se em direção à parede até sentir um leve puxão na panturrilha do lado {side}. Fique sem se mexer; sem balançar.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Ease out of the stretch and shake the leg loose. Next: the {side} leg.</source>
        <translation>Saia do alongamento com calma e solte a perna. A seguir: o lado {side}.</translation>
    </message>
    <message>
        <source>Sit on a chair</source>
        <translation>Sente-se numa cadeira</translation>
    </message>
    <message>
        <source>Sit near the front edge of a steady chair with both feet flat on the floor.</source>
        <translation>Sente-se perto da beira da frente de uma cadeira firme, com os dois pés apoiados no chão.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Alongamento da parte de trás da coxa</translation>
    </message>
    <message>
        <source>Straighten your {side} leg in front of you, heel on the floor and toes up. Keep your back long and tip forward from the hips until the back of the {side} thigh feels a mild pull.</source>
        <translation>Lado {side}: estique a perna à sua frente, calcanhar no chão e dedos para cima. Mantenha as costas alongadas e incline-se para a frente a partir do quadril até sentir um leve puxão atrás da coxa do lado {side}.</translation>
    </message>
    <message>
        <source>Sit back up, bend the knee and let the leg rest. Next: the {side} leg.</source>
        <translation>Volte a se sentar ereto, dobre o joelho e deixe a perna descansar. A seguir: o lado {side}.</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>Elevação das pernas</translation>
    </message>
    <message>
        <source>Rest with your legs raised above your heart for 15 to 20 minutes, to help swelling go down.</source>
        <translation>Descanse com as pernas elevadas acima do coração por 15 a 20 minutos, para ajudar o inchaço a diminuir.</translation>
    </message>
    <message>
        <source>Lie down, legs up</source>
        <translation>Deite-se, pernas para cima</translation>
    </message>
    <message>
        <source>Lie on your back and rest your legs on cushions, or up against a wall, so that your feet are higher than your heart.</source>
        <translation>Deite-se de costas e apoie as pernas em almofadas, ou na parede, de modo que os pés fiquem mais altos que o coração.</translation>
    </message>
    <message>
        <source>Legs raised</source>
        <translation>Pernas elevadas</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. You can minimise this window: a soft chime tells you when the time is up.</source>
        <translation>Fique sem se mexer e respire com calma. Você pode minimizar esta janela: um sinal suave avisa quando o tempo acabar.</translation>
    </message>
    <message>
        <source>Come down slowly</source>
        <translation>Desça devagar</translation>
    </message>
    <message>
        <source>Lower your legs, roll onto one side and sit up gently before you stand.</source>
        <translation>Abaixe as pernas, vire-se de lado e sente-se com calma antes de ficar em pé.</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>Banho de contraste</translation>
    </message>
    <message>
        <source>Warm and cool water on the legs in turns, to get the circulation going.</source>
        <translation>Água morna e fresca nas pernas, alternando, para ativar a circulação.</translation>
    </message>
    <message>
        <source>Not for you if you have been told to avoid sudden changes of temperature. Keep the water warm, never hot, and cool, never icy. Stop at once if you feel dizzy or unwell.</source>
        <translation>Não é para você se já lhe disseram para evitar mudanças bruscas de temperatura. Mantenha a água morna, nunca quente demais, e fresca, nunca gelada. Pare na hora se sentir tontura ou mal-estar.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepare-se</translation>
    </message>
    <message>
        <source>Stand steadily in the shower, or sit on a shower stool, with the shower head in your hand and the water warm.</source>
        <translation>Fique em pé com firmeza no chuveiro, ou sente-se num banquinho de banho, com o chuveirinho na mão e a água morna.</translation>
    </message>
    <message>
        <source>Warm and cool</source>
        <translation>Morna e fresca</translation>
    </message>
    <message>
        <source>Dry off</source>
        <translation>Seque-se</translation>
    </message>
    <message>
        <source>Turn off the water, pat your legs dry and rest a moment before you move on.</source>
        <translation>Feche a água, seque as pernas com batidinhas e descanse um momento antes de seguir.</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>Deslizamentos na panturrilha</translation>
    </message>
    <message>
        <source>Light, slow strokes down the calf towards the ankle, a longer, gentle finish.</source>
        <translation>Deslizamentos leves e lentos pela panturrilha em direção ao tornozelo, uma finalização mais longa e suave.</translation>
    </message>
    <message>
        <source>With light hands, stroke slowly from behind the {knee} knee down the calf to the ankle, again and again.</source>
        <translation>Com as mãos leves, deslize devagar de trás do joelho {knee} pela panturrilha até o tornozelo, várias e várias vezes.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, or are you being treated for one?</source>
        <translation>Você tem uma trombose venosa profunda (TVP), um coágulo de sangue em uma veia profunda da perna, ou está em tratamento por causa de uma?</translation>
    </message>
    <message>
        <source>A blood clot in a leg vein (DVT)</source>
        <translation>Um coágulo de sangue em uma veia da perna (TVP)</translation>
    </message>
    <message>
        <source>Massage is not advised while there is a clot in a leg. Please leave these sessions aside and ask your doctor what is safe for you.</source>
        <translation>Massagem não é recomendada enquanto houver um coágulo na perna. Deixe estas sessões de lado e pergunte ao seu médico o que é seguro para você.</translation>
    </message>
    <message>
        <source>Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?</source>
        <translation>Há varizes muito inflamadas em alguma das pernas neste momento: vermelhas, quentes, duras ou doloridas?</translation>
    </message>
    <message>
        <source>Badly inflamed varicose veins</source>
        <translation>Varizes muito inflamadas</translation>
    </message>
    <message>
        <source>Pressing on inflamed veins can make them worse. Please have a doctor look at them before you use these sessions.</source>
        <translation>Pressionar veias inflamadas pode piorá-las. Peça a um médico que as examine antes de usar estas sessões.</translation>
    </message>
    <message>
        <source>Is there an open wound, a cut, broken skin or a skin infection at the back of either knee or on either calf?</source>
        <translation>Há alguma ferida aberta, corte, pele rompida ou infecção de pele atrás de algum dos joelhos ou em alguma das panturrilhas?</translation>
    </message>
    <message>
        <source>A wound, broken skin or a skin infection behind the knee or on the calf</source>
        <translation>Ferida, pele rompida ou infecção de pele atrás do joelho ou na panturrilha</translation>
    </message>
    <message>
        <source>The sessions press behind the knee and stroke down the calf, so let the skin there heal first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole and healthy again.</source>
        <translation>As sessões pressionam atrás do joelho e deslizam pela panturrilha para baixo, então deixe antes a pele ali cicatrizar, e mostre uma infecção a um enfermeiro ou médico. As sessões podem esperar até a pele estar inteira e saudável de novo.</translation>
    </message>
    <message>
        <source>Have you had an operation on a knee recently, or are you still recovering from one?</source>
        <translation>Você fez uma cirurgia no joelho recentemente, ou ainda está se recuperando de uma?</translation>
    </message>
    <message>
        <source>Recent knee surgery</source>
        <translation>Cirurgia recente no joelho</translation>
    </message>
    <message>
        <source>A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist when pressure behind the knee is safe for you.</source>
        <translation>Um joelho operado precisa de um plano próprio. Pergunte ao seu cirurgião ou fisioterapeuta quando a pressão atrás do joelho é segura para você.</translation>
    </message>
    <message>
        <source>Do you have a bleeding or clotting disorder that is not under control?</source>
        <translation>Você tem algum distúrbio de sangramento ou de coagulação que não está sob controle?</translation>
    </message>
    <message>
        <source>A bleeding disorder that is not under control</source>
        <translation>Distúrbio de sangramento que não está sob controle</translation>
    </message>
    <message>
        <source>Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor before you use these sessions.</source>
        <translation>Uma pressão firme pode causar manchas roxas ou sangramento sob a pele. Converse com seu médico antes de usar estas sessões.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Você está grávida?</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Gravidez</translation>
    </message>
    <message>
        <source>Please check with your midwife, doctor or another healthcare provider before doing any pressure-point work. You can go on once they have told you it is fine for you.</source>
        <translation>Consulte sua parteira, seu médico ou outro profissional de saúde antes de qualquer trabalho com pontos de pressão. Você pode continuar depois que disserem que, para você, não há problema.</translation>
    </message>
    <message>
        <source>My healthcare provider has told me that pressure-point self-massage is fine for me.</source>
        <translation>Meu profissional de saúde me disse que a automassagem em pontos de pressão não é problema para mim.</translation>
    </message>
    <message>
        <source>Is either of your legs swollen, warm, red or painful at the moment?</source>
        <translation>Alguma das suas pernas está inchada, quente, vermelha ou dolorida neste momento?</translation>
    </message>
    <message>
        <source>A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don&apos;t massage it. Sessions stay on hold until the leg is back to normal, or until a health professional has told you that massage is fine.</source>
        <translation>Uma perna inchada, quente, vermelha ou dolorida deve ser examinada logo por um médico ou enfermeiro. Não a massageie. As sessões continuam suspensas até a perna voltar ao normal, ou até um profissional de saúde dizer a você que a massagem não é problema.</translation>
    </message>
    <message>
        <source>Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here.</source>
        <translation>Em pausa. Alivie a pressão, ou pare. Dor aguda, dormência ou formigamento significam: pressione mais de leve, ou encerre a sessão aqui.</translation>
    </message>
    <message>
        <source>What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you.</source>
        <translation>O que fazer em vez disso: converse com um médico ou outro profissional de saúde sobre suas pernas. Ele pode dizer o que é seguro para você.</translation>
    </message>
    <message>
        <source>How is your leg now?</source>
        <translation>Como está sua perna agora?</translation>
    </message>
    <message>
        <source>Earlier you told KneeCare that a leg was swollen, warm, red or painful. Is it back to normal now?</source>
        <translation>Antes, você disse ao KneeCare que uma perna estava inchada, quente, vermelha ou dolorida. Ela já voltou ao normal?</translation>
    </message>
    <message>
        <source>A leg that is still swollen, warm, red or painful needs a doctor or nurse, not massage. Please have it checked soon; About safety says what to look out for.</source>
        <translation>Uma perna que ainda está inchada, quente, vermelha ou dolorida precisa de um médico ou enfermeiro, não de massagem. Mande examiná-la logo; Sobre a segurança diz o que observar.</translation>
    </message>
    <message>
        <source>&amp;No, not yet</source>
        <translation>&amp;Não, ainda não</translation>
    </message>
    <message>
        <source>&amp;Yes, it is back to normal</source>
        <translation>&amp;Sim, voltou ao normal</translation>
    </message>
    <message>
        <source>A &amp;professional said it is fine</source>
        <translation>Um &amp;profissional disse que não há problema</translation>
    </message>
    <message>
        <source>Sessions are on hold: you said a leg was swollen, warm, red or painful. Please have it checked; press Start once it is back to normal.</source>
        <translation>Sessões suspensas: você disse que uma perna estava inchada, quente, vermelha ou dolorida. Mande examiná-la; pressione Iniciar quando ela voltar ao normal.</translation>
    </message>
    <message>
        <source>Sessions on hold: a leg to have checked</source>
        <translation>Sessões suspensas: uma perna a ser examinada</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>As sessões estão suspensas</translation>
    </message>
    <message>
        <source>You told KneeCare that a leg was swollen, warm, red or painful, so there is no session for now. Please have the leg checked. When it is back to normal, open KneeCare and press Start.</source>
        <translation>Você disse ao KneeCare que uma perna estava inchada, quente, vermelha ou dolorida, então não há sessão por enquanto. Mande examinar a perna. Quando ela voltar ao normal, abra o KneeCare e pressione Iniciar.</translation>
    </message>
    <message>
        <source>Not on a leg that is swollen, warm, red or painful.</source>
        <translation>Não em uma perna inchada, quente, vermelha ou dolorida.</translation>
    </message>
    <message>
        <source>Self-care, not treatment</source>
        <translation>Autocuidado, não tratamento</translation>
    </message>
    <message>
        <source>KneeCare guides you through gentle self-massage of the points behind your knees. It is a way of looking after yourself. It does not diagnose, treat or cure any condition, and it does not replace advice from a doctor, nurse or physiotherapist.</source>
        <translation>O KneeCare guia você em uma automassagem suave dos pontos atrás dos joelhos. É uma forma de cuidar de si. Ele não diagnostica, não trata nem cura nenhuma doença, e não substitui a orientação de um médico, enfermeiro ou fisioterapeuta.</translation>
    </message>
    <message>
        <source>When not to do this</source>
        <translation>Quando não fazer</translation>
    </message>
    <message>
        <source>Please don&apos;t use these sessions if you have any of the following:</source>
        <translation>Não use estas sessões se tiver alguma das situações abaixo:</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>Se você estiver grávida</translation>
    </message>
    <message>
        <source>Check with your healthcare provider before any pressure-point work, and go on only once they have agreed.</source>
        <translation>Consulte o seu profissional de saúde antes de qualquer trabalho com pontos de pressão, e só continue depois que ele concordar.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Durante uma sessão</translation>
    </message>
    <message>
        <source>Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red &quot;It hurts / numb / tingling&quot; button, or the ! key, pauses the session at once.</source>
        <translation>Pressione com firmeza, mas nunca tão forte que doa. Se sentir dor aguda, dormência ou formigamento, alivie a pressão ou pare. O botão vermelho &quot;Dói / dormência / formigamento&quot;, ou a tecla !, pausa a sessão na hora.</translation>
    </message>
    <message>
        <source>When to see a health professional</source>
        <translation>Quando procurar um profissional de saúde</translation>
    </message>
    <message>
        <source>Don&apos;t massage a leg that shows these signs; have it checked promptly instead:</source>
        <translation>Não massageie uma perna com estes sinais; em vez disso, mande examiná-la logo:</translation>
    </message>
    <message>
        <source>swelling or pain in a leg that does not go away</source>
        <translation>inchaço ou dor em uma perna que não passa</translation>
    </message>
    <message>
        <source>a leg that suddenly feels warm</source>
        <translation>uma perna que de repente fica quente</translation>
    </message>
    <message>
        <source>severe swelling</source>
        <translation>inchaço forte</translation>
    </message>
    <message>
        <source>redness of the skin</source>
        <translation>vermelhidão na pele</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Em uma emergência</translation>
    </message>
    <message>
        <source>If a painful or swollen leg comes with sudden shortness of breath or chest pain, call your local emergency number at once.</source>
        <translation>Se uma perna dolorida ou inchada vier com falta de ar repentina ou dor no peito, ligue na hora para o número de emergência local.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Suas respostas</translation>
    </message>
    <message>
        <source>The safety answers stay on this computer. KneeCare asks the questions again every {days} days, and you can answer them again at any time with Safety &gt; My situation changed. Before each session it asks one quick question about your legs.</source>
        <translation>As respostas de segurança ficam neste computador. O KneeCare faz as perguntas de novo a cada {days} dias, e você pode respondê-las de novo a qualquer momento em Segurança &gt; Minha situação mudou. Antes de cada sessão, ele faz uma pergunta rápida sobre suas pernas.</translation>
    </message>
    <message>
        <source>If you say a leg is swollen, warm, red or painful, sessions stay on hold until you tell KneeCare the leg is back to normal or a health professional has said massage is fine. For {back} days after that, or after you report pain, numbness or tingling during a session, the quick question is asked before every session, even if you turned it off.</source>
        <translation>Se você disser que uma perna está inchada, quente, vermelha ou dolorida, as sessões continuam suspensas até você dizer ao KneeCare que a perna voltou ao normal ou que um profissional de saúde disse que a massagem não é problema. Durante {back} dias depois disso, ou depois de você relatar dor, dormência ou formigamento durante uma sessão, a pergunta rápida é feita antes de cada sessão, mesmo que você a tenha desativado.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>times</source>
        <translation>horários</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>meta diária</translation>
    </message>
    <message>
        <source>snooze length (minutes)</source>
        <translation>duração do adiamento (minutos)</translation>
    </message>
    <message>
        <source>recovery reminders a day</source>
        <translation>lembretes de recuperação por dia</translation>
    </message>
    <message>
        <source>recovery days</source>
        <translation>dias de recuperação</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>adiamento</translation>
    </message>
    <message>
        <source>movement nudges</source>
        <translation>avisos para se mexer</translation>
    </message>
    <message>
        <source>choose at least one time of day (or turn reminders off)</source>
        <translation>escolha pelo menos um horário do dia (ou desative os lembretes)</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>no máximo %1 por dia</translation>
    </message>
    <message>
        <source>the same time is listed twice</source>
        <translation>o mesmo horário aparece duas vezes</translation>
    </message>
    <message>
        <source>choose at least one day of the week (or turn reminders off)</source>
        <translation>escolha pelo menos um dia da semana (ou desative os lembretes)</translation>
    </message>
    <message>
        <source>days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation>os dias são numerados de 0 (segunda-feira) a 6 (domingo)</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3</source>
        <translation>%1 não está entre %2 e %3</translation>
    </message>
    <message>
        <source>minutes must be more than 0</source>
        <translation>os minutos devem ser mais que 0</translation>
    </message>
    <message>
        <source>the hours must span at least one hour, from the first to the last</source>
        <translation>as horas devem cobrir pelo menos uma hora, da primeira à última</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Welcome to KneeCare</source>
        <translation>Boas-vindas ao KneeCare</translation>
    </message>
    <message>
        <source>Before your first session, please answer {n} short yes-or-no questions about your legs and your health. Acupressure is not right for everyone, and these questions check that it is safe for you to start. Your answers stay on this computer.</source>
        <translation>Antes da sua primeira sessão, responda a {n} perguntas curtas de sim ou não sobre suas pernas e sua saúde. A acupressão não é indicada para todo mundo, e estas perguntas verificam se é seguro para você começar. Suas respostas ficam neste computador.</translation>
    </message>
    <message>
        <source>Time to check in again</source>
        <translation>Hora de conferir de novo</translation>
    </message>
    <message>
        <source>It has been {days} days since you answered the safety questions, and things can change. Please answer the {n} questions again before your next session.</source>
        <translation>Já se passaram {days} dias desde que você respondeu às perguntas de segurança, e as coisas podem mudar. Responda de novo às {n} perguntas antes da sua próxima sessão.</translation>
    </message>
    <message>
        <source>A few safety questions</source>
        <translation>Algumas perguntas de segurança</translation>
    </message>
    <message>
        <source>Some safety questions have not been answered yet. Please answer all {n} before your next session.</source>
        <translation>Algumas perguntas de segurança ainda não foram respondidas. Responda a todas as {n} antes da sua próxima sessão.</translation>
    </message>
    <message>
        <source>Your situation changed</source>
        <translation>Sua situação mudou</translation>
    </message>
    <message>
        <source>Please answer the {n} questions again for how things are now. Your earlier answers are marked, so you can change only what is different.</source>
        <translation>Responda de novo às {n} perguntas pensando em como as coisas estão agora. Suas respostas anteriores estão marcadas, assim você pode mudar só o que for diferente.</translation>
    </message>
    <message>
        <source>Press %1 for yes or %2 for no.</source>
        <extracomment>%1 is the key for yes, %2 the key for no (the two one-letter entries &quot;Y&quot; and &quot;N&quot; below).</extracomment>
        <translation>Pressione %1 para sim ou %2 para não.</translation>
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
        <translation>As sessões estão suspensas por causa das suas respostas de segurança. Pressione Iniciar para ver o motivo.</translation>
    </message>
    <message>
        <source>Sessions are on hold until your healthcare provider agrees. Press Start to see more.</source>
        <translation>As sessões estão suspensas até o seu profissional de saúde concordar. Pressione Iniciar para saber mais.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The sync folder %1 does not exist (is the drive or share connected?).</source>
        <translation>A pasta de sincronização %1 não existe (o disco ou o compartilhamento está conectado?).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 não é uma pasta.</translation>
    </message>
    <message>
        <source>KneeCare cannot write in the sync folder %1.</source>
        <translation>O KneeCare não consegue gravar na pasta de sincronização %1.</translation>
    </message>
    <message>
        <source>Other users of this computer can look into %1. KneeCare&apos;s own files there are for you only, but a folder only you can open is safer for health records.</source>
        <translation>Outros usuários deste computador podem ver o conteúdo de %1. Os arquivos do KneeCare ali são só para você, mas uma pasta que só você pode abrir é mais segura para dados de saúde.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The sync folder %1 failed: %2</source>
        <translation>Falha na pasta de sincronização %1: %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Share your history with your other computers through a folder your sync tool keeps in step.</source>
        <translation>Compartilhe seu histórico com seus outros computadores por meio de uma pasta que sua ferramenta de sincronização mantém em dia.</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a cloud drive keeps the same on each of your computers. KneeCare writes only its own journal files there, never the history itself.</source>
        <translation>Escolha uma pasta que o Syncthing, o Nextcloud, um compartilhamento de rede ou um drive na nuvem mantém igual em cada um dos seus computadores. O KneeCare só grava ali seus próprios arquivos de diário, nunca o histórico em si.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Ainda não sincronizado.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <source>S&amp;ync this computer&apos;s history</source>
        <translation>&amp;Sincronizar o histórico deste computador</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Pasta de sincronização</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nome deste computador</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Nome deste computador:</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Escolher a pasta de sincronização</translation>
    </message>
    <message>
        <source>Please give the whole path of the folder.</source>
        <translation>Informe o caminho completo da pasta.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>read %n journal(s)</source>
        <translation>
            <numerusform>%n diário lido</numerusform>
            <numerusform>%n diários lidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n sessão nova</numerusform>
            <numerusform>%n sessões novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n exclusão</numerusform>
            <numerusform>%n exclusões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n record(s)</source>
        <translation>
            <numerusform>%n registro gravado</numerusform>
            <numerusform>%n registros gravados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety record(s)</source>
        <translation>
            <numerusform>%n registro de segurança</numerusform>
            <numerusform>%n registros de segurança</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n avaliação</numerusform>
            <numerusform>%n avaliações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from a newer KneeCare left for later.</source>
        <translation>
            <numerusform>%n registro de um KneeCare mais novo ficou para depois.</numerusform>
            <numerusform>%n registros de um KneeCare mais novo ficaram para depois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped (see the log).</source>
        <translation>
            <numerusform>%n linha danificada foi ignorada (veja o log).</numerusform>
            <numerusform>%n linhas danificadas foram ignoradas (veja o log).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Left knee</source>
        <translation>Joelho esquerdo</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Joelho direito</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Perna esquerda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Perna direita</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Troque agora</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sessão concluída</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sessão parada</translation>
    </message>
    <message>
        <source>Session ended for safety</source>
        <translation>Sessão encerrada por segurança</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation>Sessão interrompida</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session that reached its end, but with a pressing, moving or exercise step skipped.</extracomment>
        <translation>Passos pulados</translation>
    </message>
    <message>
        <source>Before the first knee</source>
        <translation>Antes do primeiro joelho</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>As duas pernas</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · passo %2 de %3</translation>
    </message>
    <message>
        <source> · set %1 of %2</source>
        <translation> · série %1 de %2</translation>
    </message>
    <message>
        <source> · round %1 of %2</source>
        <translation> · rodada %1 de %2</translation>
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
        <translation>%1 de %2 passos feitos</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 pulados</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último passo</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>A seguir: %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A seguir: %1</translation>
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation>%1 restantes na sessão</translation>
    </message>
    <message>
        <source>↻  Small circles over BL40 · one every %1 s</source>
        <translation>↻  Pequenos círculos sobre o BL40 · um a cada %1 s</translation>
    </message>
    <message>
        <source>↕  Slow strokes up and down across the hollow · one every %1 s</source>
        <translation>↕  Deslizamentos lentos para cima e para baixo na cavidade · um a cada %1 s</translation>
    </message>
    <message>
        <source>Release in %1 s</source>
        <translation>Solte em %1 s</translation>
    </message>
    <message>
        <source>Hold still on BL40 · %1 s, then release</source>
        <translation>Pressão parada no BL40 · %1 s, depois solte</translation>
    </message>
    <message>
        <source>↓  Light strokes from the knee down the calf to the ankle</source>
        <translation>↓  Deslizamentos leves do joelho pela panturrilha até o tornozelo</translation>
    </message>
    <message>
        <source>Release: let the hollow rest</source>
        <translation>Solte: deixe a cavidade descansar</translation>
    </message>
    <message>
        <source>BL40 · Weizhong sits in the middle of the crease</source>
        <translation>O BL40 · Weizhong fica no meio da dobra</translation>
    </message>
    <message>
        <source>Hold the stretch · %1 s, then release</source>
        <translation>Mantenha o alongamento · %1 s, depois solte</translation>
    </message>
    <message>
        <source>One every %1 s, smooth and steady</source>
        <translation>Um a cada %1 s, suave e constante</translation>
    </message>
    <message>
        <source>Rest quietly; a soft chime marks the end</source>
        <translation>Descanse em silêncio; um sinal suave marca o fim</translation>
    </message>
    <message>
        <source>Breathe in
through the nose · %1 s</source>
        <translation>Inspire
pelo nariz · %1 s</translation>
    </message>
    <message>
        <source>Breathe out
through the mouth · %1 s</source>
        <translation>Expire
pela boca · %1 s</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>You reported %1. Next time use a lighter touch; if it comes back, leave this point out and ask a health professional.</source>
        <translation>Você relatou %1. Na próxima vez, use um toque mais leve; se voltar, deixe este ponto de fora e pergunte a um profissional de saúde.</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>dor aguda</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>dormência</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>formigamento</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muito bem</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Cuide-se</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sessão encerrada</translation>
    </message>
    <message>
        <source>%1 in all, %2.</source>
        <translation>%1 no total, %2.</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Time for your knees</source>
        <translation>Hora dos seus joelhos</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Hora de se mexer</translation>
    </message>
    <message>
        <source>You have been still for a while. Stand up and walk for a few minutes, or press Start now for two minutes of calf raises.</source>
        <translation>Você está parado há um tempo. Levante-se e caminhe por alguns minutos, ou pressione “Iniciar agora” para dois minutos de elevação na ponta dos pés.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Iniciar agora</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>KneeCare reminder</source>
        <translation>Lembrete do KneeCare</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>amanhã %1</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>cerca de um minuto</translation>
    </message>
    <message>
        <source>%1: %2, sitting down. %3.</source>
        <translation>%1: %2, em posição sentada. %3.</translation>
    </message>
    <message>
        <source>Here again, as you asked.</source>
        <translation>Aqui de novo, como você pediu.</translation>
    </message>
    <message>
        <source>This one was due at %1, while the computer was asleep or off.</source>
        <translation>Este lembrete era para as %1, quando o computador estava em suspensão ou desligado.</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Uma sessão está em andamento</translation>
    </message>
    <message>
        <source>A session is due (since %1)</source>
        <translation>Há uma sessão pendente (desde %1)</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Próximo lembrete: %1</translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation>Nenhum lembrete programado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) today</source>
        <translation>
            <numerusform>%1 de %n sessão hoje</numerusform>
            <numerusform>%1 de %n sessões hoje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
</context>
</TS>
