<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>App</name>
    <message>
        <source>KneeCare cannot start: a program file is broken.</source>
        <translation>لا يمكن تشغيل KneeCare: أحد ملفات البرنامج تالف.</translation>
    </message>
    <message>
        <source>KneeCare cannot open your history, so it cannot start. The details say why.</source>
        <translation>لا يستطيع KneeCare فتح سجلك، لذلك لا يمكنه التشغيل. التفاصيل توضح السبب.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of KneeCare. It has been left untouched: please update KneeCare.</source>
        <translation>كُتب سجلك بإصدار أحدث من KneeCare. تُرك السجل دون تغيير: يُرجى تحديث KneeCare.</translation>
    </message>
    <message>
        <source>Your history was damaged and no good backup of it was found. The damaged file was kept, and what could still be read from it was saved into a new history; the details say where and how much.</source>
        <translation>سجلك تالف ولم يُعثر على نسخة احتياطية سليمة منه. احتُفظ بالملف التالف، وحُفظ ما أمكن قراءته منه في سجل جديد؛ التفاصيل توضح المكان والكمية.</translation>
    </message>
    <message>
        <source>Your history was damaged. KneeCare kept the damaged file, restored your newest good backup from the backups folder and added what could still be read from the damaged file. The details name the backup, the folder and how many sessions each gave.</source>
        <translation>كان سجلك تالفًا. احتفظ KneeCare بالملف التالف، واستعاد أحدث نسخة احتياطية سليمة من مجلد النسخ الاحتياطية، وأضاف ما أمكن قراءته من الملف التالف. التفاصيل تذكر النسخة والمجلد وعدد الجلسات من كل منهما.</translation>
    </message>
    <message>
        <source>Your history is in use by another program (a backup or sync tool, or a second reader). KneeCare will try again by itself and start as soon as it is free.</source>
        <translation>سجلك قيد الاستخدام من برنامج آخر (أداة نسخ احتياطي أو مزامنة، أو قارئ آخر). سيحاول KneeCare مجددًا من تلقاء نفسه ويبدأ فور تحرّره.</translation>
    </message>
    <message>
        <source>Your history can only be read where it is (a read-only folder, file or drive). You can look at it and export it, but new sessions cannot be saved, so Start is off.</source>
        <translation>لا يمكن إلا قراءة سجلك في مكانه (مجلد أو ملف أو قرص للقراءة فقط). يمكنك الاطلاع عليه وتصديره، لكن لا يمكن حفظ جلسات جديدة، لذا زر «ابدأ» معطّل.</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so KneeCare is using its defaults. The file was kept, not overwritten; the details say where it is.</source>
        <translation>تعذّرت قراءة ملف الإعدادات، لذا يستخدم KneeCare الإعدادات الافتراضية. احتُفظ بالملف ولم يُستبدل؛ التفاصيل توضح مكانه.</translation>
    </message>
    <message>
        <source>KneeCare could not save this session to your history.</source>
        <translation>تعذّر على KneeCare حفظ هذه الجلسة في سجلك.</translation>
    </message>
    <message>
        <source>KneeCare cannot check safely whether it is already running, so it does not start. The details say why and what to do.</source>
        <translation>لا يستطيع KneeCare التحقق بأمان مما إذا كان يعمل بالفعل، لذلك لن يبدأ. التفاصيل توضح السبب وما يجب فعله.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in KneeCare. Your history is kept as it was; the details say what happened, and the log file has them too.</source>
        <translation>حدث خطأ غير متوقع في KneeCare. بقي سجلك كما كان؛ التفاصيل توضح ما حدث، وهي أيضًا في ملف السجل التقني.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Sessions cannot start: your history can only be read, so they could not be saved.</source>
        <translation>لا يمكن بدء الجلسات: سجلك للقراءة فقط، فلا يمكن حفظها.</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>مُنظِّم التنفس</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sounds and voice stopped working; the session goes on without them.</source>
        <translation>توقفت الأصوات والصوت المنطوق عن العمل؛ تستمر الجلسة بدونها.</translation>
    </message>
</context>
<context>
    <name>CueSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation>الأصوات والنطق</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>A chime at each new step</source>
        <translation>نغمة عند كل خطوة جديدة</translation>
    </message>
    <message>
        <source>A different chime when it is time for the other knee</source>
        <translation>نغمة مختلفة عند حلول وقت الركبة الأخرى</translation>
    </message>
    <message>
        <source>A chime when the session is done</source>
        <translation>نغمة عند انتهاء الجلسة</translation>
    </message>
    <message>
        <source>Breathing tones: rising to breathe in, falling to breathe out</source>
        <translation>نغمات التنفس: صاعدة للشهيق، هابطة للزفير</translation>
    </message>
    <message>
        <source>A soft tick for each circle, stroke or repetition</source>
        <translation>نقرة خفيفة لكل دائرة أو مسحة أو تكرار</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Play a chime</source>
        <translation>تشغيل نغمة</translation>
    </message>
    <message>
        <source>Plays the step chime at this volume</source>
        <translation>يشغّل نغمة الخطوة بمستوى الصوت هذا</translation>
    </message>
    <message>
        <source>KneeCare cannot play sounds here: no sound output was found when it started. Connect speakers or headphones and start KneeCare again to hear them.</source>
        <translation>لا يستطيع KneeCare تشغيل الأصوات هنا: لم يُعثر على مخرج صوت عند بدء التشغيل. صِل مكبرات صوت أو سماعات وأعد تشغيل KneeCare لسماعها.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>النطق</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>قراءة كل خطوة بصوت مسموع</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>سرعة الصوت</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>أسرع</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>تجربة الصوت</translation>
    </message>
    <message>
        <source>Reads a sample sentence with this voice and speed</source>
        <translation>يقرأ جملة تجريبية بهذا الصوت وهذه السرعة</translation>
    </message>
    <message>
        <source>The speech engine is starting…</source>
        <translation>جارٍ تشغيل محرك النطق…</translation>
    </message>
    <message>
        <source>Steps cannot be read aloud on this computer. %1 The chimes still play.</source>
        <translation>لا يمكن قراءة الخطوات بصوت مسموع على هذا الحاسوب. %1 تبقى النغمات تعمل.</translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>الصوت الافتراضي للنظام</translation>
    </message>
    <message>
        <source>%1 (not available in this language)</source>
        <translation>%1 (غير متاح بهذه اللغة)</translation>
    </message>
    <message>
        <source>Sound and &amp;voice…</source>
        <translation>الأ&amp;صوات والنطق…</translation>
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>tension</source>
        <translation>الشدّ</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>الألم</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>التورم</translation>
    </message>
    <message>
        <source>Sessions before 12:00</source>
        <translation>جلسات قبل 12:00</translation>
    </message>
    <message>
        <source>Sessions from 12:00</source>
        <translation>جلسات من 12:00</translation>
    </message>
    <message>
        <source>%1 on average about the same after a session (80% interval %2 to %3)</source>
        <translation>%1 يبقى في المتوسط كما هو تقريبًا بعد الجلسة (نطاق 80%: %2 إلى %3)</translation>
    </message>
    <message>
        <source>%1 about the same (80% interval %2 to %3)</source>
        <translation>%1 كما هو تقريبًا (نطاق 80%: %2 إلى %3)</translation>
    </message>
    <message>
        <source>%1 on average %2 points lower after a session (80% interval %3 to %4)</source>
        <translation>%1 أقل في المتوسط بمقدار %2 نقطة بعد الجلسة (نطاق 80%: %3 إلى %4)</translation>
    </message>
    <message>
        <source>%1 on average %2 points higher after a session (80% interval %3 to %4)</source>
        <translation>%1 أعلى في المتوسط بمقدار %2 نقطة بعد الجلسة (نطاق 80%: %3 إلى %4)</translation>
    </message>
    <message>
        <source>%1 %2 points lower (80% interval %3 to %4)</source>
        <translation>%1 أقل بمقدار %2 نقطة (نطاق 80%: %3 إلى %4)</translation>
    </message>
    <message>
        <source>%1 %2 points higher (80% interval %3 to %4)</source>
        <translation>%1 أعلى بمقدار %2 نقطة (نطاق 80%: %3 إلى %4)</translation>
    </message>
    <message>
        <source>From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would likely stay with more sessions like these. What you noticed, not proof that a program works.</source>
        <translation>من تقييماتك أنت من 0 إلى 10، البعد ناقص القبل. نطاق 80% هو المدى الذي يُرجّح أن يبقى فيه المتوسط مع مزيد من الجلسات المماثلة. هذا ما لاحظته أنت، وليس دليلًا على أن البرنامج فعّال.</translation>
    </message>
    <message>
        <source>In your own ratings, tension drops most clearly after %1. Try it next?</source>
        <translation>في تقييماتك، ينخفض الشدّ بأوضح صورة بعد %1. هل تجربه في المرة القادمة؟</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n more session(s) of one program before and after, and this shows what seems to help you.</source>
        <translation>
            <numerusform>قيّم %n جلسة أخرى من برنامج واحد قبلها وبعدها، ليظهر هنا ما يبدو أنه يساعدك.</numerusform>
            <numerusform>قيّم %n جلسة أخرى من برنامج واحد قبلها وبعدها، ليظهر هنا ما يبدو أنه يساعدك.</numerusform>
            <numerusform>قيّم %n جلستين أخريين من برنامج واحد قبلهما وبعدهما، ليظهر هنا ما يبدو أنه يساعدك.</numerusform>
            <numerusform>قيّم %n جلسات أخرى من برنامج واحد قبلها وبعدها، ليظهر هنا ما يبدو أنه يساعدك.</numerusform>
            <numerusform>قيّم %n جلسة أخرى من برنامج واحد قبلها وبعدها، ليظهر هنا ما يبدو أنه يساعدك.</numerusform>
            <numerusform>قيّم %n جلسة أخرى من برنامج واحد قبلها وبعدها، ليظهر هنا ما يبدو أنه يساعدك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n session(s) rated before and after</source>
        <translation>
            <numerusform>%1: %2؛ %n جلسة مقيَّمة قبلها وبعدها</numerusform>
            <numerusform>%1: %2؛ %n جلسة مقيَّمة قبلها وبعدها</numerusform>
            <numerusform>%1: %2؛ %n جلستان مقيَّمتان قبلهما وبعدهما</numerusform>
            <numerusform>%1: %2؛ %n جلسات مقيَّمة قبلها وبعدها</numerusform>
            <numerusform>%1: %2؛ %n جلسة مقيَّمة قبلها وبعدها</numerusform>
            <numerusform>%1: %2؛ %n جلسة مقيَّمة قبلها وبعدها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Ankle pumps</source>
        <translation>تمارين ضخ الكاحل</translation>
    </message>
    <message>
        <source>Point the foot away, then pull the toes back towards the shin</source>
        <translation>مُدّ القدم إلى الأمام، ثم اسحب أصابعها نحو الساق</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>رفع الكعبين</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet, then lower your heels again</source>
        <translation>ارتفع على مقدمة قدميك، ثم أنزل كعبيك مجددًا</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>إطالة ربلة الساق</translation>
    </message>
    <message>
        <source>Lean towards a wall with one leg back, heel down</source>
        <translation>مِل نحو الجدار وإحدى الساقين إلى الخلف، والكعب على الأرض</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>تمسيد ربلة الساق</translation>
    </message>
    <message>
        <source>Light strokes from behind the knee down to the ankle</source>
        <translation>مسحات خفيفة من خلف الركبة نزولًا إلى الكاحل</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>الدُّش المتناوب</translation>
    </message>
    <message>
        <source>Warm water, then cool, in turns, on both legs</source>
        <translation>ماء دافئ ثم بارد بالتناوب على الساقين</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>إطالة أوتار الركبة</translation>
    </message>
    <message>
        <source>Sit forward, one leg straight, heel down, lean from the hips</source>
        <translation>اجلس إلى الأمام، إحدى الساقين ممدودة والكعب على الأرض، ومِل من الوركين</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>رفع الساقين</translation>
    </message>
    <message>
        <source>Lie down with your feet resting higher than your heart</source>
        <translation>استلقِ وقدماك مرفوعتان أعلى من قلبك</translation>
    </message>
    <message>
        <source>Drawing: %1</source>
        <translation>رسم: %1</translation>
    </message>
</context>
<context>
    <name>KnowHow</name>
    <message>
        <source>More for your legs</source>
        <translation>المزيد لساقيك</translation>
    </message>
    <message>
        <source>Compression stockings</source>
        <translation>الجوارب الضاغطة</translation>
    </message>
    <message>
        <source>Firm, graduated stockings can help people whose legs swell again and again, or who have varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.</source>
        <translation>الجوارب الضاغطة المتدرجة قد تساعد من تتورم ساقاه مرارًا أو من لديه دوالٍ: ضغطها الثابت يمنع تجمّع السوائل في أسفل الساقين.</translation>
    </message>
    <message>
        <source>The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them with you.</source>
        <translation>القوة والمقاس المناسبان مهمّان. اطلب من طبيب أو ممرض أو صيدلي أن يختارها معك.</translation>
    </message>
    <message>
        <source>Move every hour</source>
        <translation>تحرّك كل ساعة</translation>
    </message>
    <message>
        <source>Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle pumps keeps the calf muscles working.</source>
        <translation>الجلوس أو الوقوف دون حركة لساعات يجعل السوائل تتجمع في أسفل الساقين. انهض وامشِ بضع دقائق مرة كل ساعة على الأقل. وإن لم تستطع ترك مقعدك، فمجموعة من تمارين ضخ الكاحل تُبقي عضلات الساق تعمل.</translation>
    </message>
    <message>
        <source>Regular walking, cycling or swimming builds up the calf muscle pump over time.</source>
        <translation>المشي أو ركوب الدراجة أو السباحة بانتظام يقوّي مضخة عضلة الساق مع الوقت.</translation>
    </message>
    <message>
        <source>Water and salt</source>
        <translation>الماء والملح</translation>
    </message>
    <message>
        <source>Drink enough water through the day. A lot of salt makes the body hold on to water, so going easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on the plate.</source>
        <translation>اشرب ما يكفي من الماء على مدار اليوم. الإكثار من الملح يجعل الجسم يحتبس الماء، لذا فالتخفيف من الأطعمة المالحة قد يقلل الانتفاخ. ومن الجيد أن يكون في طبقك سمك دهني وخضروات ورقية.</translation>
    </message>
    <message>
        <source>A healthy weight</source>
        <translation>وزن صحي</translation>
    </message>
    <message>
        <source>Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving more helps with both.</source>
        <translation>الحفاظ على وزن صحي يخفف عمل الدورة الدموية في ساقيك؛ والحركة أكثر تساعد في الأمرين.</translation>
    </message>
    <message>
        <source>Smoking, blood pressure and blood sugar</source>
        <translation>التدخين وضغط الدم وسكر الدم</translation>
    </message>
    <message>
        <source>Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after your blood vessels, in the legs as everywhere else. Your doctor can help with all three.</source>
        <translation>الإقلاع عن التدخين، وإبقاء ضغط الدم وسكر الدم في المعدل الصحي، يحميان أوعيتك الدموية في الساقين كما في سائر الجسم. يمكن لطبيبك مساعدتك في الأمور الثلاثة.</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>متى تراجع مختصًا</translation>
    </message>
    <message>
        <source>See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.</source>
        <translation>راجع طبيبًا أو ممرضًا إذا كان تورم الساق أو ألمها لا يزول، أو يعود مرارًا.</translation>
    </message>
    <message>
        <source>Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly swollen or painful.</source>
        <translation>اطلب المساعدة دون تأخير، ولا تدلّك الساق، إذا أصبحت فجأة دافئة أو حمراء أو متورمة بشدة أو مؤلمة.</translation>
    </message>
    <message>
        <source>For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.</source>
        <translation>للتورم المستمر، يمكن لمعالج مدرَّب أن يقدّم تدليكًا لمفاويًا أو تدليكًا للأنسجة العميقة.</translation>
    </message>
    <message>
        <source>KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace advice from a health professional.</source>
        <translation>KneeCare رفيق للعناية الذاتية. لا يعالج أي مرض ولا يشفيه، ولا يغني عن نصيحة المختص الصحي.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>&amp;More for your legs</source>
        <translation>ال&amp;مزيد لساقيك</translation>
    </message>
</context>
<context>
    <name>LegDiagram</name>
    <message>
        <source>Left</source>
        <translation>اليسرى</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>اليمنى</translation>
    </message>
    <message>
        <source>Leg diagram</source>
        <translation>رسم الساقين</translation>
    </message>
    <message>
        <source>Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>الساقان من الخلف، مع إبراز الركبة اليسرى؛ النقطة BL40 (Weizhong) في وسط ثنية الركبة</translation>
    </message>
    <message>
        <source>Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>الساقان من الخلف، مع إبراز الركبة اليمنى؛ النقطة BL40 (Weizhong) في وسط ثنية الركبة</translation>
    </message>
    <message>
        <source>Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease</source>
        <translation>الساقان من الخلف، كلتا الركبتين؛ النقطة BL40 (Weizhong) في وسط ثنية الركبة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sharp pain</source>
        <translation>ألم حاد</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>خدر</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>وخز</translation>
    </message>
    <message>
        <source>It hurts / numb / tingling  (!)</source>
        <translation>ألم / خدر / وخز  (!)</translation>
    </message>
    <message>
        <source>Continue &amp;gently</source>
        <translation>متابعة ب&amp;لطف</translation>
    </message>
    <message>
        <source>Go on with a lighter touch</source>
        <translation>المتابعة بلمسة أخف</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>إ&amp;نهاء الجلسة</translation>
    </message>
    <message>
        <source>End the session now, for safety</source>
        <translation>إنهاء الجلسة الآن حفاظًا على السلامة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>بدء أو إيقاف مؤقت أو استئناف (مسافة)</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>التخطي إلى الخطوة التالية (السهم الأيمن)</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>إيقاف الجلسة (Esc)</translation>
    </message>
    <message>
        <source>Sharp pain, numbness or tingling: pause now (! or Ctrl+H)</source>
        <translation>ألم حاد أو خدر أو وخز: أوقف مؤقتًا الآن (! أو Ctrl+H)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>بدء الجلسة</translation>
    </message>
    <message>
        <source>Start, pause or resume the session (Space)</source>
        <translation>بدء الجلسة أو إيقافها مؤقتًا أو استئنافها (مسافة)</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>تخطي الخطوة</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>الانتقال إلى الخطوة التالية (السهم الأيمن)</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>إيقاف الجلسة</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>إنهاء الجلسة (Esc)</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling</source>
        <translation>أشعر بألم أو خدر أو وخز</translation>
    </message>
    <message>
        <source>Pauses the session at once and asks what you feel (! or Ctrl+H)</source>
        <translation>يوقف الجلسة مؤقتًا فورًا ويسألك عمّا تشعر به (! أو Ctrl+H)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>بدء الجلسة أو إيقافها مؤقتًا أو استئنافها</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>التخطي إلى الخطوة التالية</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>إيقاف الجلسة</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling: pause now</source>
        <translation>أشعر بألم أو خدر أو وخز: أوقف مؤقتًا الآن</translation>
    </message>
    <message>
        <source>This session cannot start: %1.</source>
        <translation>لا يمكن بدء هذه الجلسة: %1.</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>تم الإبلاغ عن: %1</translation>
    </message>
    <message>
        <source>Pause session</source>
        <translation>إيقاف الجلسة مؤقتًا</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>استئناف الجلسة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;تصدير السجل…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>ا&amp;ستيراد السجل…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translation>&amp;تباين عالٍ</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>تقليل ال&amp;حركة</translation>
    </message>
    <message>
        <source>A still marker and words instead of moving pictures</source>
        <translation>علامة ثابتة وكلمات بدلًا من الصور المتحركة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>The new language shows from KneeCare&apos;s next start.</source>
        <translation>تظهر اللغة الجديدة من التشغيل التالي لـ KneeCare.</translation>
    </message>
    <message>
        <source>&amp;About safety</source>
        <translation>&amp;عن السلامة</translation>
    </message>
    <message>
        <source>My situation &amp;changed…</source>
        <translation>&amp;تغيّر وضعي…</translation>
    </message>
    <message>
        <source>Answer the safety questions again</source>
        <translation>الإجابة عن أسئلة السلامة مجددًا</translation>
    </message>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>اسألني عن ساقيّ قبل كل جلسة</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>ال&amp;سلامة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>عن السلامة</translation>
    </message>
    <message>
        <source>When not to do this, and when to see a health professional (F1)</source>
        <translation>متى يجب الامتناع، ومتى تراجع مختصًا صحيًا (F1)</translation>
    </message>
    <message>
        <source>Repeat the safety &amp;questions</source>
        <translation>تكرار أ&amp;سئلة السلامة</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>كلتا الركبتين</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>الركبة اليسرى</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>الركبة اليمنى</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>الروتين الذي ستتبعه</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>الركبتان</translation>
    </message>
    <message>
        <source>Work both knees, or only the left or the right one</source>
        <translation>العمل على الركبتين، أو على اليسرى أو اليمنى فقط</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Minutes of movement per knee</source>
        <translation>دقائق الحركة لكل ركبة</translation>
    </message>
    <message>
        <source>&amp;Warm compress first</source>
        <translation>كمادة &amp;دافئة أولًا</translation>
    </message>
    <message>
        <source>Warm compress first</source>
        <translation>كمادة دافئة أولًا</translation>
    </message>
    <message>
        <source>Rest a warm compress behind the knees before the session starts</source>
        <translation>ضع كمادة دافئة خلف الركبتين قبل بدء الجلسة</translation>
    </message>
    <message>
        <source>Minutes of warm compress</source>
        <translation>دقائق الكمادة الدافئة</translation>
    </message>
    <message>
        <source>1 or 2 minutes, before the first knee</source>
        <translation>دقيقة أو دقيقتان، قبل الركبة الأولى</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>لا شيء آخر</translation>
    </message>
    <message>
        <source>Finish with</source>
        <translation>الختام بـ</translation>
    </message>
    <message>
        <source>A routine to do right after the knee session</source>
        <translation>روتين يُؤدّى مباشرة بعد جلسة الركبة</translation>
    </message>
    <message>
        <source>Minutes with legs raised</source>
        <translation>دقائق رفع الساقين</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>ال&amp;برنامج</translation>
    </message>
    <message>
        <source>&amp;Knees</source>
        <translation>ال&amp;ركبتان</translation>
    </message>
    <message>
        <source>&amp;Movement per knee</source>
        <translation>ال&amp;حركة لكل ركبة</translation>
    </message>
    <message>
        <source>&amp;Finish with</source>
        <translation>ال&amp;ختام بـ</translation>
    </message>
    <message>
        <source>Legs &amp;raised for</source>
        <translation>رفع الساقين &amp;لمدة</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>ا&amp;ستخدمه</translation>
    </message>
    <message>
        <source>No, &amp;thanks</source>
        <translation>لا، &amp;شكرًا</translation>
    </message>
    <message>
        <source>Do not suggest a program again</source>
        <translation>لا تقترح برنامجًا مرة أخرى</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)</source>
        <translation>من %1 إلى %2 دقيقة، بخطوات نصف دقيقة (من 2 إلى 5 دقائق لكل ركبة إجمالًا)</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in whole minutes</source>
        <translation>من %1 إلى %2 دقيقة، بدقائق كاملة</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>استخدمه</translation>
    </message>
    <message>
        <source>Choose %1 for your next session</source>
        <translation>اختر %1 لجلستك القادمة</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل %n يومين</numerusform>
            <numerusform>كل %n أيام</numerusform>
            <numerusform>كل %n يومًا</numerusform>
            <numerusform>كل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>م&amp;زامنة…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>&amp;Tension</source>
        <translation>ال&amp;شدّ</translation>
    </message>
    <message>
        <source>how tight the back of the knee feels</source>
        <translation>مدى الشدّ الذي تشعر به خلف الركبة</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>الأ&amp;لم</translation>
    </message>
    <message>
        <source>any ache or soreness</source>
        <translation>أي وجع أو ألم</translation>
    </message>
    <message>
        <source>&amp;Swelling</source>
        <translation>ال&amp;تورم</translation>
    </message>
    <message>
        <source>any puffiness around the knee</source>
        <translation>أي انتفاخ حول الركبة</translation>
    </message>
    <message>
        <source>Rate your knees</source>
        <translation>قيّم ركبتيك</translation>
    </message>
    <message>
        <source>How do your knees feel before the session?</source>
        <translation>كيف تشعر بركبتيك قبل الجلسة؟</translation>
    </message>
    <message>
        <source>And after the session?</source>
        <translation>وبعد الجلسة؟</translation>
    </message>
    <message>
        <source>Rate what you feel, 0 for none and 10 for the most you can imagine. A slider you leave alone is simply not rated.</source>
        <translation>قيّم ما تشعر به، 0 يعني لا شيء و10 أقصى ما يمكنك تخيّله. المنزلق الذي لا تحرّكه لا يُحتسب تقييمًا.</translation>
    </message>
    <message>
        <source>A note, if you like (optional)</source>
        <translation>ملاحظة، إن أردت (اختياري)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>لا تسألني مرة أخرى</translation>
    </message>
    <message>
        <source>You can turn ratings back on in the History window.</source>
        <translation>يمكنك إعادة تفعيل التقييمات من نافذة السجل.</translation>
    </message>
    <message>
        <source>%1, 0 none to 10 the most</source>
        <translation>%1، من 0 لا شيء إلى 10 الأقصى</translation>
    </message>
    <message>
        <source>not rated (before: %1)</source>
        <translation>دون تقييم (قبل: %1)</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>تخطٍّ  (Esc)</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>حفظ وبدء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>دون تقييم</translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation>(قبل: %1)</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a session</source>
        <translation>&amp;ذكّرني بأداء جلسة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Recovery after heavy exercise</source>
        <translation>التعافي بعد التمارين الشاقة</translation>
    </message>
    <message>
        <source>Start KneeCare in the tray when I log in</source>
        <translation>تشغيل KneeCare في منطقة الإشعارات عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>I&apos;m in a &amp;meeting: remind me in %1 min</source>
        <translation>أنا في ا&amp;جتماع: ذكّرني بعد %1 دقيقة</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>أوقات اليوم</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> يوميًا</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>الهدف اليومي</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>ال&amp;هدف اليومي</translation>
    </message>
    <message>
        <source>Skip a reminder when today&apos;s goal is already met</source>
        <translation>تخطي التذكير إذا تحقق هدف اليوم بالفعل</translation>
    </message>
    <message>
        <source>Count routines (stretches, ankle pumps…) towards the goal</source>
        <translation>احتساب الروتينات (الإطالة، تمارين الكاحل…) ضمن الهدف</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>ساعات الهدوء</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>مدة الغفوة</translation>
    </message>
    <message>
        <source>&amp;Snooze for</source>
        <translation>&amp;غفوة لمدة</translation>
    </message>
    <message>
        <source>Use reminder time %1</source>
        <translation>استخدام وقت التذكير %1</translation>
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation>وقت التذكير %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>بداية ساعات الهدوء</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>نهاية ساعات الهدوء</translation>
    </message>
    <message>
        <source>Recovery reminders a day</source>
        <translation>تذكيرات التعافي يوميًا</translation>
    </message>
    <message>
        <source>Recovery days</source>
        <translation>أيام التعافي</translation>
    </message>
    <message>
        <source>for</source>
        <translation>لمدة</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>Remind me to stand up and &amp;move every hour, from</source>
        <translation>ذكّرني بالنهوض وال&amp;حركة كل ساعة، من</translation>
    </message>
    <message>
        <source>Movement nudges from</source>
        <translation>تنبيهات الحركة من</translation>
    </message>
    <message>
        <source>Movement nudges until</source>
        <translation>تنبيهات الحركة حتى</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>These reminders cannot work yet: %1.</source>
        <translation>لا يمكن لهذه التذكيرات أن تعمل بعد: %1.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A weekday, day and month as QLocale writes them (QDate format), e.g. &quot;Sunday 29 November&quot;.</extracomment>
        <translation>dddd، d MMMM</translation>
    </message>
    <message>
        <source>On until %1, then back to your usual reminders by itself. Reminders at %2.</source>
        <translation>مفعّلة حتى %1، ثم تعود تلقائيًا إلى تذكيراتك المعتادة. التذكيرات في %2.</translation>
    </message>
    <message>
        <source>End recovery reminders now</source>
        <translation>إنهاء تذكيرات التعافي الآن</translation>
    </message>
    <message>
        <source>For a few days after heavy exercise: reminders at %1, then back to your usual ones.</source>
        <translation>لبضعة أيام بعد التمارين الشاقة: تذكيرات في %1، ثم العودة إلى تذكيراتك المعتادة.</translation>
    </message>
    <message>
        <source>Start recovery reminders today</source>
        <translation>بدء تذكيرات التعافي اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Fine: the next reminder comes in %n minute(s).</source>
        <translation>
            <numerusform>حسنًا: التذكير التالي بعد %n دقيقة.</numerusform>
            <numerusform>حسنًا: التذكير التالي بعد %n دقيقة.</numerusform>
            <numerusform>حسنًا: التذكير التالي بعد %n دقيقتين.</numerusform>
            <numerusform>حسنًا: التذكير التالي بعد %n دقائق.</numerusform>
            <numerusform>حسنًا: التذكير التالي بعد %n دقيقة.</numerusform>
            <numerusform>حسنًا: التذكير التالي بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>stopped early by the person</source>
        <translation>أوقفها الشخص مبكرًا</translation>
    </message>
    <message>
        <source>ended for safety</source>
        <translation>انتهت حفاظًا على السلامة</translation>
    </message>
    <message>
        <source>interrupted (the app was closed)</source>
        <translation>مقطوعة (أُغلق التطبيق)</translation>
    </message>
    <message>
        <source>a hands-on step skipped</source>
        <translation>تُخطّيت خطوة يدوية</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>الشدّ</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>الألم</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>التورم</translation>
    </message>
    <message>
        <source>settling in</source>
        <translation>الاستعداد</translation>
    </message>
    <message>
        <source>warm compress</source>
        <translation>كمادة دافئة</translation>
    </message>
    <message>
        <source>finding the point</source>
        <translation>تحديد النقطة</translation>
    </message>
    <message>
        <source>steady pressure</source>
        <translation>ضغط ثابت</translation>
    </message>
    <message>
        <source>circles or strokes</source>
        <translation>دوائر أو مسحات</translation>
    </message>
    <message>
        <source>holding the point</source>
        <translation>تثبيت الضغط على النقطة</translation>
    </message>
    <message>
        <source>calf strokes</source>
        <translation>تمسيد ربلة الساق</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>الإطالة</translation>
    </message>
    <message>
        <source>legs raised</source>
        <translation>رفع الساقين</translation>
    </message>
    <message>
        <source>warm and cool water</source>
        <translation>ماء دافئ وبارد</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>الركبة اليسرى</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>الركبة اليمنى</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>ألم حاد</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>خدر</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>وخز</translation>
    </message>
    <message>
        <source>session ended for safety</source>
        <translation>جلسة انتهت حفاظًا على السلامة</translation>
    </message>
    <message>
        <source>no reason given not to do the sessions</source>
        <translation>لم يُذكر سبب يمنع أداء الجلسات</translation>
    </message>
    <message>
        <source>pregnant; a healthcare provider agreed to the sessions</source>
        <translation>حامل؛ وافق مقدّم رعاية صحية على الجلسات</translation>
    </message>
    <message>
        <source>pregnant; sessions held until a healthcare provider agrees</source>
        <translation>حامل؛ الجلسات مُعلّقة حتى يوافق مقدّم رعاية صحية</translation>
    </message>
    <message>
        <source>sessions on hold because of a yes</source>
        <translation>الجلسات مُعلّقة بسبب إجابة «نعم»</translation>
    </message>
    <message>
        <source>not every question answered</source>
        <translation>لم تُجَب كل الأسئلة</translation>
    </message>
    <message>
        <source>the person said the leg was back to normal</source>
        <translation>قال الشخص إن الساق عادت إلى طبيعتها</translation>
    </message>
    <message>
        <source>the person said a health professional cleared it</source>
        <translation>قال الشخص إن مختصًا صحيًا سمح بذلك</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Self-care log from KneeCare</source>
        <translation>سجل العناية الذاتية من KneeCare</translation>
    </message>
    <message>
        <source>Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are self-care and are not offered as a treatment.</source>
        <translation>سجل ذاتي دوّنه الشخص بتطبيق KneeCare؛ وليس تشخيصًا. الجلسات عناية ذاتية ولا تُقدَّم على أنها علاج.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>completed sessions a day, week&apos;s average</source>
        <translation>الجلسات المكتملة يوميًا، متوسط الأسبوع</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>الهدف اليومي</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 قبل</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 بعد</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.</source>
        <translation>ضغط ذاتي موجَّه على النقاط خلف الركبتين (النقطة BL40، Weizhong)، كما سجّله الشخص.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Time on each knee: left %1 min, right %2 min.</source>
        <translation>الوقت على كل ركبة: اليسرى %1 دقيقة، اليمنى %2 دقيقة.</translation>
    </message>
    <message>
        <source>knee points</source>
        <translation>نقاط الركبة</translation>
    </message>
    <message>
        <source>leg routine</source>
        <translation>روتين الساقين</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما تم أداؤه</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>الإحساس</translation>
    </message>
    <message>
        <source>No session was rated both before and after.</source>
        <translation>لم تُقيَّم أي جلسة قبلها وبعدها.</translation>
    </message>
    <message>
        <source>0-10, 10 worst</source>
        <translation>0-10، 10 الأسوأ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Sessions rated</source>
        <translation>الجلسات المقيَّمة</translation>
    </message>
    <message>
        <source>Averages of the ratings given just before and just after a session, over the sessions rated both times.</source>
        <translation>متوسطات التقييمات المعطاة قبل الجلسة وبعدها مباشرة، للجلسات المقيَّمة في المرتين.</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>ما يبدو أنه يفيد</translation>
    </message>
    <message>
        <source>Not enough rated sessions yet: each line needs at least 5.</source>
        <translation>لا توجد جلسات مقيَّمة كافية بعد: كل سطر يحتاج 5 على الأقل.</translation>
    </message>
    <message>
        <source>Average change in the person&apos;s own 0-10 ratings after a session (below 0: lower after), with an 80% interval of that average. An observation, not evidence of an effect.</source>
        <translation>متوسط التغيّر في تقييمات الشخص نفسه من 0 إلى 10 بعد الجلسة (أقل من 0: أدنى بعدها)، مع نطاق 80% لهذا المتوسط. ملاحظة، وليست دليلًا على فاعلية.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>No safety screening recorded.</source>
        <translation>لا يوجد فحص سلامة مسجَّل.</translation>
    </message>
    <message>
        <source>Latest safety screening: %1. Result: %2.</source>
        <translation>آخر فحص سلامة: %1. النتيجة: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>دون إجابة</translation>
    </message>
    <message>
        <source>Red flags, all-clears and safety stops in the period</source>
        <translation>علامات الخطر وإلغاؤها وحالات الإيقاف للسلامة خلال الفترة</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when this report was made.</source>
        <translation>السؤال اليومي قبل كل جلسة (هل الساق متورمة أو دافئة أو حمراء أو مؤلمة؟) كان %1 عند إعداد هذا التقرير.</translation>
    </message>
    <message>
        <source>Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.</source>
        <translation>أجاب بنعم عن السؤال اليومي (ساق متورمة أو دافئة أو حمراء أو مؤلمة)؛ عُلّقت الجلسات.</translation>
    </message>
    <message>
        <source>Hold ended: %1.</source>
        <translation>انتهى التعليق: %1.</translation>
    </message>
    <message>
        <source>In a session of %1: %2</source>
        <translation>في جلسة بتاريخ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>من %1 إلى %2 (%n يوم)</numerusform>
            <numerusform>من %1 إلى %2 (%n يوم)</numerusform>
            <numerusform>من %1 إلى %2 (%n يومان)</numerusform>
            <numerusform>من %1 إلى %2 (%n أيام)</numerusform>
            <numerusform>من %1 إلى %2 (%n يومًا)</numerusform>
            <numerusform>من %1 إلى %2 (%n يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 completed. Ended early: %2.</source>
        <translation>
            <numerusform>%n جلسة، %1 مكتملة. انتهت مبكرًا: %2.</numerusform>
            <numerusform>%n جلسة، %1 مكتملة. انتهت مبكرًا: %2.</numerusform>
            <numerusform>%n جلستان، %1 مكتملة. انتهت مبكرًا: %2.</numerusform>
            <numerusform>%n جلسات، %1 مكتملة. انتهت مبكرًا: %2.</numerusform>
            <numerusform>%n جلسة، %1 مكتملة. انتهت مبكرًا: %2.</numerusform>
            <numerusform>%n جلسة، %1 مكتملة. انتهت مبكرًا: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal: %n completed session(s) a day; reached on average %1 a day.</source>
        <translation>
            <numerusform>الهدف اليومي: %n جلسة مكتملة يوميًا؛ تحقق منها في المتوسط %1 يوميًا.</numerusform>
            <numerusform>الهدف اليومي: %n جلسة مكتملة يوميًا؛ تحقق منها في المتوسط %1 يوميًا.</numerusform>
            <numerusform>الهدف اليومي: %n جلستان مكتملتان يوميًا؛ تحقق منها في المتوسط %1 يوميًا.</numerusform>
            <numerusform>الهدف اليومي: %n جلسات مكتملة يوميًا؛ تحقق منها في المتوسط %1 يوميًا.</numerusform>
            <numerusform>الهدف اليومي: %n جلسة مكتملة يوميًا؛ تحقق منها في المتوسط %1 يوميًا.</numerusform>
            <numerusform>الهدف اليومي: %n جلسة مكتملة يوميًا؛ تحقق منها في المتوسط %1 يوميًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a health professional</source>
        <translation>تقرير لمختص صحي</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Remember this name</source>
        <translation>ت&amp;ذكّر هذا الاسم</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>الا&amp;سم في التقرير:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;حفظ PDF…</translation>
    </message>
    <message>
        <source>The first day comes after the last day. Please swap them.</source>
        <translation>اليوم الأول يأتي بعد اليوم الأخير. يُرجى تبديلهما.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No session was recorded in this period, so there is nothing to report.</source>
        <translation>لم تُسجَّل أي جلسة في هذه الفترة، فلا يوجد ما يُبلَّغ عنه.</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>تعذّر حفظ التقرير هناك: %1</translation>
    </message>
    <message>
        <source>Report for a &amp;health professional…</source>
        <translation>تقرير &amp;لمختص صحي…</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety questions · %1</source>
        <translation>أسئلة السلامة · %1</translation>
    </message>
    <message>
        <source>They ask about:</source>
        <translation>تسأل عن:</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;ابدأ</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>أسئلة السلامة</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Sessions are on hold for now</source>
        <translation>الجلسات مُعلّقة حاليًا</translation>
    </message>
    <message>
        <source>Your answers show something that makes pressing behind the knee unwise at the moment, so KneeCare will not start a session.</source>
        <translation>تُظهر إجاباتك أمرًا يجعل الضغط خلف الركبة غير مناسب في الوقت الحالي، لذلك لن يبدأ KneeCare أي جلسة.</translation>
    </message>
    <message>
        <source>If an answer was a mistake, or things have changed, you can review your answers.</source>
        <translation>إذا أخطأت في إحدى الإجابات، أو تغيّرت الأمور، يمكنك مراجعة إجاباتك.</translation>
    </message>
    <message>
        <source>About &amp;safety</source>
        <translation>عن ال&amp;سلامة</translation>
    </message>
    <message>
        <source>&amp;Review my answers</source>
        <translation>&amp;مراجعة إجاباتي</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Check with your healthcare provider first</source>
        <translation>استشر مقدّم الرعاية الصحية أولًا</translation>
    </message>
    <message>
        <source>Tick the box once your provider has agreed; then Continue is available.</source>
        <translation>ضع علامة في المربع بعد موافقة مقدّم الرعاية الصحية؛ عندها يصبح زر «متابعة» متاحًا.</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>ليس &amp;بعد</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>ضع علامة في المربع أعلاه أولًا</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>الجلسات مُعلّقة</translation>
    </message>
    <message>
        <source>You said a leg is swollen, warm, red or painful.</source>
        <translation>ذكرتَ أن إحدى ساقيك متورمة أو دافئة أو حمراء أو مؤلمة.</translation>
    </message>
    <message>
        <source>Sessions stay on hold</source>
        <translation>تبقى الجلسات مُعلّقة</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>شكرًا لك</translation>
    </message>
    <message>
        <source>Nothing in your answers stops you from using KneeCare. Press Start when you are ready; a quick question about your legs comes first.</source>
        <translation>لا شيء في إجاباتك يمنعك من استخدام KneeCare. اضغط «ابدأ» عندما تكون مستعدًا؛ وسيأتي أولًا سؤال سريع عن ساقيك.</translation>
    </message>
    <message>
        <source>If your health changes, choose Safety &gt; My situation changed, and the questions are asked again.</source>
        <translation>إذا تغيّرت حالتك الصحية، فاختر «السلامة» &gt; «تغيّر وضعي»، وستُطرح الأسئلة مرة أخرى.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>اسألني عن ساقيّ قبل كل جلسة</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on until %1)</source>
        <translation>اسألني عن ساقيّ قبل كل جلسة (مفعّل دائمًا حتى %1)</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on in your first week)</source>
        <translation>اسألني عن ساقيّ قبل كل جلسة (مفعّل دائمًا في أسبوعك الأول)</translation>
    </message>
    <message>
        <source>You turned this question off; after a recent leg problem or a report of pain, numbness or tingling it is asked again until %1.</source>
        <translation>لقد أوقفت هذا السؤال؛ لكن بعد مشكلة حديثة في الساق أو بلاغ عن ألم أو خدر أو وخز، يُطرح مرة أخرى حتى %1.</translation>
    </message>
    <message>
        <source>This question is always asked before your first session.</source>
        <translation>يُطرح هذا السؤال دائمًا قبل جلستك الأولى.</translation>
    </message>
    <message>
        <source>You turned this question off; it is still asked in your first week, until %1.</source>
        <translation>لقد أوقفت هذا السؤال؛ لكنه يظل يُطرح في أسبوعك الأول، حتى %1.</translation>
    </message>
    <message>
        <source>KneeCare could not save your answer (%1). It counts for now, but you may be asked again next time.</source>
        <translation>تعذّر على KneeCare حفظ إجابتك (%1). إجابتك معتمدة الآن، لكن قد يُطرح عليك السؤال مجددًا في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <source>I have read this, and it does not apply to me</source>
        <translation>قرأت هذا، وهو لا ينطبق عليّ</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>قبل أن تبدأ: %1</translation>
    </message>
    <message>
        <source>Safety note for %1</source>
        <translation>ملاحظة سلامة بشأن %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>About safety · %1</source>
        <translation>عن السلامة · %1</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>عن السلامة</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The backs of your legs, seen from behind</source>
        <translation>ساقاك من الخلف</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>العد التنازلي</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>التنفس</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>موضعك الآن</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>ما تفعله اليدان</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>الوقت المتبقي في الجلسة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>جاهز متى كنت جاهزًا</translation>
    </message>
    <message>
        <source>%1 Press Start or Space to begin.</source>
        <translation>%1 اضغط «ابدأ» أو المسافة للبدء.</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>إجمالًا</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>أولًا: %1</translation>
    </message>
    <message>
        <source>left in this step</source>
        <translation>متبقٍّ في هذه الخطوة</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>متوقف مؤقتًا. اضغط المسافة للمتابعة.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Press Start or Space for another session.</source>
        <translation>اضغط «ابدأ» أو المسافة لجلسة أخرى.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Open the %1 menu</source>
        <translation>فتح قائمة %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Tab moves between controls; Space or Enter presses the one with the focus.</source>
        <translation>ينقل Tab بين عناصر التحكم؛ والمسافة أو Enter يضغط العنصر المحدد.</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation>كل صف: المفاتيح، ثم وظيفتها</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>وظيفتها</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>اختصارات &amp;لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>Every key KneeCare answers</source>
        <translation>كل مفتاح يستجيب له KneeCare</translation>
    </message>
</context>
<context>
    <name>TrayCompanion</name>
    <message>
        <source>No tray here: closing this window quits KneeCare. Reminders come as notifications.</source>
        <translation>لا توجد منطقة إشعارات هنا: إغلاق هذه النافذة ينهي KneeCare. تصل التذكيرات كإشعارات.</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>التذ&amp;كيرات…</translation>
    </message>
    <message>
        <source>KneeCare could not change how it starts at login: %1</source>
        <translation>تعذّر على KneeCare تغيير طريقة تشغيله عند تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>جلستك</translation>
    </message>
    <message>
        <source>KneeCare is still here</source>
        <translation>KneeCare ما زال هنا</translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.</source>
        <translation>يستمر في العمل في منطقة الإشعارات ليذكّرك. للإنهاء، اختر «إنهاء» من قائمة منطقة الإشعارات.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>For 30 minutes</source>
        <translation>لمدة 30 دقيقة</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>لمدة ساعة</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <source>Start session (%1)</source>
        <translation>بدء الجلسة (%1)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>بدء الجلسة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>غفوة</translation>
    </message>
    <message>
        <source>Open KneeCare</source>
        <translation>فتح KneeCare</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>عن السلامة</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>التذكيرات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>This is how KneeCare will read each step to you.</source>
        <translation>هكذا سيقرأ KneeCare كل خطوة لك.</translation>
    </message>
    <message>
        <source>Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.</source>
        <translation>ثبّت speech-dispatcher (وصوتًا مثل espeak-ng) لسماع الخطوات مقروءة.</translation>
    </message>
    <message>
        <source>Your system&apos;s speech service did not answer.</source>
        <translation>لم تستجب خدمة النطق في نظامك.</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>توقف محرك النطق عن العمل.</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>لا يوجد محرك نطق مثبّت.</translation>
    </message>
    <message>
        <source>The speech engine “%1” could not start.</source>
        <translation>تعذّر تشغيل محرك النطق «%1».</translation>
    </message>
    <message>
        <source>No speech voice for %1 is installed on this computer, so KneeCare plays the chimes only and does not read the steps aloud. Install a voice for %1 to hear them.</source>
        <translation>لا يوجد صوت كلام مثبّت للغة %1 على هذا الحاسوب، لذلك يكتفي KneeCare بالنغمات ولا يقرأ الخطوات بصوت عالٍ. ثبّت صوتًا للغة %1 لتسمعها.</translation>
    </message>
    <message>
        <source>The speech engine “%1” did not answer.</source>
        <translation>لم يستجب محرك النطق «%1».</translation>
    </message>
    <message>
        <source>The speech helper stopped (exit code %1).</source>
        <translation>توقف مساعد النطق (رمز الخروج %1).</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Showing %1</source>
        <extracomment>Read by screen readers after the chart&apos;s summary: %1 is the value picked (e.g. &quot;Thu 26 Nov: 2 sessions completed&quot;).</extracomment>
        <translation>المعروض: %1</translation>
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
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time</source>
        <translation>%1 ليس وقتًا بصيغة ISO 8601</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 ليس كائن JSON</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1، الحقل &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>%1 is not a non-empty text</source>
        <translation>%1 ليس نصًا غير فارغ</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ليس من بين %2</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds (0 or more)</source>
        <translation>%1 ليس عددًا من الثواني (0 أو أكثر)</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 ليس عددًا صحيحًا من %2 إلى %3</translation>
    </message>
    <message>
        <source>%1 has no UTC offset (like +01:00)</source>
        <translation>%1 بلا فرق توقيت عن UTC (مثل +01:00)</translation>
    </message>
    <message>
        <source>%1 is not a time from the year %2 to %3</source>
        <translation>%1 ليس وقتًا بين سنة %2 و%3</translation>
    </message>
    <message>
        <source>%1 is not a value KneeCare knows</source>
        <translation>%1 ليس قيمة يعرفها KneeCare</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ليس قائمة</translation>
    </message>
    <message>
        <source>is not an object with &apos;before&apos; and &apos;after&apos;</source>
        <translation>ليس كائنًا يحوي &apos;before&apos; و&apos;after&apos;</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ليس نصًا</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>العنصر %1</translation>
    </message>
    <message>
        <source>entry %1 (started %2)</source>
        <translation>العنصر %1 (بدأ %2)</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>قبل started_at</translation>
    </message>
    <message>
        <source>two phases have the same index</source>
        <translation>لمرحلتين الفهرس نفسه</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most KneeCare imports</source>
        <translation>الملف أكبر من %1 MiB، وهو الحد الأقصى الذي يستورده KneeCare</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>الملف ليس JSON صالحًا (السطر %1، العمود %2: %3)</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a KneeCare export</source>
        <translation>الملف متداخل بعمق لا يناسب ملف تصدير من KneeCare</translation>
    </message>
    <message>
        <source>the file holds a value KneeCare cannot read: %1</source>
        <translation>يحوي الملف قيمة لا يستطيع KneeCare قراءتها: %1</translation>
    </message>
    <message>
        <source>the file does not hold a list of sessions (a KneeCare JSON export)</source>
        <translation>الملف لا يحوي قائمة جلسات (ملف تصدير JSON من KneeCare)</translation>
    </message>
    <message>
        <source>entries %1 and %2 are the same session (uid %3)</source>
        <translation>العنصران %1 و%2 هما الجلسة نفسها (uid %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>أُضيفت %n جلسة</numerusform>
            <numerusform>أُضيفت %n جلسة</numerusform>
            <numerusform>أُضيفت %n جلستان</numerusform>
            <numerusform>أُضيفت %n جلسات</numerusform>
            <numerusform>أُضيفت %n جلسة</numerusform>
            <numerusform>أُضيفت %n جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were already in your history.</source>
        <translation>
            <numerusform>%1؛ وكانت %n منها في سجلك من قبل.</numerusform>
            <numerusform>%1؛ وكانت %n منها في سجلك من قبل.</numerusform>
            <numerusform>%1؛ وكانت %n منها في سجلك من قبل.</numerusform>
            <numerusform>%1؛ وكانت %n منها في سجلك من قبل.</numerusform>
            <numerusform>%1؛ وكانت %n منها في سجلك من قبل.</numerusform>
            <numerusform>%1؛ وكانت %n منها في سجلك من قبل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>KneeCare had a problem with your history just now. The details say what happened and what KneeCare did about it.</source>
        <translation>واجه KneeCare مشكلة في سجلك للتو. التفاصيل توضح ما حدث وما فعله KneeCare حيالها.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 أيام</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 يومًا</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 يومًا</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>أُوقفت مبكرًا</translation>
    </message>
    <message>
        <source>Ended for safety</source>
        <translation>انتهت حفاظًا على السلامة</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>مقطوعة</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session gone through to its end with a pressing, moving or exercise step skipped (not done).</extracomment>
        <translation>تُخطّيت خطوات</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>The Knees column of the sessions table.</extracomment>
        <translation>اليسرى</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>اليمنى</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>كلتاهما</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>الركبة اليسرى</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>الركبة اليمنى</translation>
    </message>
    <message>
        <source>both knees</source>
        <translation>كلتا الركبتين</translation>
    </message>
    <message>
        <source>settling in</source>
        <extracomment>What the person was doing: fills %3 of &quot;Reported %1 at %2, during %3&quot; (with the preposition needed).</extracomment>
        <translation>الاستعداد</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>الإحماء</translation>
    </message>
    <message>
        <source>finding the hollow</source>
        <translation>تحديد التجويف</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>الضغط</translation>
    </message>
    <message>
        <source>the movement</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <source>a hold</source>
        <translation>تثبيت الضغط</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>الختام</translation>
    </message>
    <message>
        <source>the repetitions</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>a stretch</source>
        <translation>الإطالة</translation>
    </message>
    <message>
        <source>a rest</source>
        <translation>الراحة</translation>
    </message>
    <message>
        <source>the intervals</source>
        <translation>التناوب</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>ألم</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>خدر</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>وخز</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>الشدّ</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>التورم</translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word the person types to delete everything (in capitals).</extracomment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month, yyyy: year); write it as your language does.</extracomment>
        <translation>ddd، d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month); write it as your language does.</extracomment>
        <translation>ddd، d MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A Qt date format under the chart&apos;s weekly bars (d: day, MMM: short month).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1: no sessions</source>
        <translation>%1: لا جلسات</translation>
    </message>
    <message>
        <source>, %1 ended early</source>
        <translation>، %1 انتهت مبكرًا</translation>
    </message>
    <message>
        <source> (goal met)</source>
        <translation> (تحقق الهدف)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <source>Rate how your knees feel before and after a session to see here how they compare.</source>
        <translation>قيّم إحساس ركبتيك قبل الجلسة وبعدها لترى هنا المقارنة.</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points after a session</source>
        <translation>انخفض تقييم %1 لديك %2 نقطة بعد الجلسة</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points</source>
        <translation>انخفض تقييم %1 لديك %2 نقطة</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points after a session</source>
        <translation>ارتفع تقييم %1 لديك %2 نقطة بعد الجلسة</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points</source>
        <translation>ارتفع تقييم %1 لديك %2 نقطة</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same after a session</source>
        <translation>بقي تقييم %1 لديك كما هو تقريبًا بعد الجلسة</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same</source>
        <translation>بقي تقييم %1 لديك كما هو تقريبًا</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the measures: &quot;A, B and C&quot;.</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>الركبتان</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>المدة المنجزة</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>كيف انتهت</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day was met on %5 of %6 days.</source>
        <translation>الجلسات يوميًا خلال آخر %1: %2 مكتملة، %3 انتهت مبكرًا؛ تحقق هدف %4 يوميًا في %5 من %6 يوم.</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.</source>
        <translation>الجلسات يوميًا خلال آخر %1: %2 مكتملة؛ تحقق هدف %3 يوميًا في %4 من %5 يوم.</translation>
    </message>
    <message>
        <source>Minutes per week, last %1 weeks: %2 in all.</source>
        <translation>الدقائق أسبوعيًا، آخر %1 أسابيع: %2 إجمالًا.</translation>
    </message>
    <message>
        <source>%1: %2 before %3, after %4</source>
        <extracomment>%1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.</extracomment>
        <translation>%1: %2 قبل %3، بعد %4</translation>
    </message>
    <message>
        <source>%1 rating, 0 to 10, mean before and after sessions, last %2.</source>
        <translation>تقييم %1، من 0 إلى 10، المتوسط قبل الجلسات وبعدها، آخر %2.</translation>
    </message>
    <message>
        <source> Overall %1 before, %2 after.</source>
        <translation> إجمالًا %1 قبل، %2 بعد.</translation>
    </message>
    <message>
        <source>Deleted the session of %1, %2.</source>
        <translation>حُذفت جلسة %1، %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>الخطوات: أُنجز %1 من %2</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>، %1 تُخطّيت</translation>
    </message>
    <message>
        <source>Reported %1 at %2, during %3</source>
        <extracomment>%1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of &quot;settling in&quot;, &quot;pressing&quot;, ...).</extracomment>
        <translation>أُبلغ عن %1 عند %2، أثناء %3</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>بلا أرقام</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — «%1»</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>كل الجلسات</translation>
    </message>
    <message>
        <source>Knee sessions</source>
        <translation>جلسات الركبة</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>الروتينات</translation>
    </message>
    <message>
        <source>Tension · pain · swelling, 0 to 10 (– not rated)</source>
        <translation>الشدّ · الألم · التورم، من 0 إلى 10 (– دون تقييم)</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (على %2)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>الجلسات يوميًا</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>الدقائق أسبوعيًا</translation>
    </message>
    <message>
        <source>How your knees felt, before and after</source>
        <translation>إحساس ركبتيك، قبل وبعد</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>عرض آخر %1</translation>
    </message>
    <message>
        <source>sessions today</source>
        <translation>جلسات اليوم</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>الأيام المتتالية الحالية</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>أطول أيام متتالية</translation>
    </message>
    <message>
        <source>days the goal was met</source>
        <translation>أيام تحقق فيها الهدف</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>دقائق هذا الأسبوع</translation>
    </message>
    <message>
        <source>Tension before and after sessions</source>
        <translation>الشدّ قبل الجلسات وبعدها</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>الألم قبل الجلسات وبعدها</translation>
    </message>
    <message>
        <source>The quick rating before and after sessions is off.</source>
        <translation>التقييم السريع قبل الجلسات وبعدها معطّل.</translation>
    </message>
    <message>
        <source>Ask me again</source>
        <translation>اسألني مجددًا</translation>
    </message>
    <message>
        <source>What seems to help you</source>
        <translation>ما يبدو أنه يفيدك</translation>
    </message>
    <message>
        <source>goal: %1 a day</source>
        <translation>الهدف: %1 يوميًا</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>انتهت مبكرًا</translation>
    </message>
    <message>
        <source>Sessions per day, each week&apos;s average</source>
        <translation>الجلسات يوميًا، متوسط كل أسبوع</translation>
    </message>
    <message>
        <source> Shown as each week&apos;s average per day.</source>
        <translation> معروضة كمتوسط يومي لكل أسبوع.</translation>
    </message>
    <message>
        <source>No sessions in this time yet. When you finish one, it shows here.</source>
        <translation>لا توجد جلسات في هذه الفترة بعد. عندما تُنهي جلسة، ستظهر هنا.</translation>
    </message>
    <message>
        <source>current streak, go on today</source>
        <translation>الأيام المتتالية الحالية، واصل اليوم</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 قبل</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 بعد</translation>
    </message>
    <message>
        <source>History · %1</source>
        <translation>السجل · %1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>ال&amp;جلسات</translation>
    </message>
    <message>
        <source>Which sessions to list</source>
        <translation>الجلسات المعروضة في القائمة</translation>
    </message>
    <message>
        <source>List every session, only the knee sessions, or only the routines</source>
        <translation>عرض كل الجلسات، أو جلسات الركبة فقط، أو الروتينات فقط</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;حذف الجلسة</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); you can undo it</source>
        <translation>حذف الجلسة المحددة (مفتاح Delete)؛ يمكنك التراجع عن ذلك</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>حذف كل البيانات…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>استعادة الجلسة (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>الجلسات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Choose a session to see its details.</source>
        <translation>اختر جلسة لرؤية تفاصيلها.</translation>
    </message>
    <message>
        <source>Your other computers delete it at their next sync.</source>
        <translation>ستحذفها حواسيبك الأخرى أيضًا عند مزامنتها التالية.</translation>
    </message>
    <message>
        <source>The sync folder could not be reached; it is cleared at the next sync.</source>
        <translation>تعذّر الوصول إلى مجلد المزامنة؛ ستُمحى بياناتك فيه عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Sync is now off; the sync folder was left as it was.</source>
        <translation>المزامنة متوقفة الآن؛ وتُرك مجلد المزامنة كما هو.</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>حذف كل البيانات</translation>
    </message>
    <message>
        <source>This deletes every session, rating and safety report, the reminder log, your screening answers and all backup copies, for good. Your settings stay.

If you might want them later, close this and use File &gt; Export first.

To go ahead, type %1 below.</source>
        <extracomment>%1 is the word to type (DELETE, translated above). &quot;File &gt; Export&quot; names the menu entry.</extracomment>
        <translation>سيؤدي هذا إلى حذف كل جلسة وتقييم وبلاغ سلامة، وسجل التذكيرات، وإجاباتك عن أسئلة السلامة وكل النسخ الاحتياطية، نهائيًا. تبقى إعداداتك.

إذا كنت قد تحتاج إليها لاحقًا، فأغلق هذا واستخدم «ملف» &gt; «تصدير» أولًا.

للمتابعة، اكتب %1 أدناه.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>اكتب %1 للتأكيد</translation>
    </message>
    <message>
        <source>Also delete it on my other &amp;computers (sync folder)</source>
        <translation>حذفها أيضًا من &amp;حواسيبي الأخرى (مجلد المزامنة)</translation>
    </message>
    <message>
        <source>Checked: your other computers delete everything too at their next sync. Not checked: only this computer&apos;s history goes, and sync is turned off here.</source>
        <translation>عند التحديد: تحذف حواسيبك الأخرى كل شيء أيضًا عند مزامنتها التالية. دون تحديد: يُحذف سجل هذا الحاسوب فقط، وتُوقَف المزامنة عليه.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>حذف كل شيء</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>The title of the message after an export.</extracomment>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2.</source>
        <translation>تعذّرت كتابة السجل في %1: %2.</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>استيراد السجل</translation>
    </message>
    <message>
        <source>KneeCare JSON export (*.json)</source>
        <translation>ملف تصدير JSON من KneeCare (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The title of the message after an import.</extracomment>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a text file; nothing was imported.</source>
        <translation>%1 ليس ملفًا نصيًا؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation>لم يُستورد %1، ولم يتغير شيء: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلستان</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation>
            <numerusform>%n جلسة، الأحدث أولًا. التقييمات: الشدّ · الألم · التورم، من 0 إلى 10.</numerusform>
            <numerusform>%n جلسة، الأحدث أولًا. التقييمات: الشدّ · الألم · التورم، من 0 إلى 10.</numerusform>
            <numerusform>%n جلستان، الأحدث أولًا. التقييمات: الشدّ · الألم · التورم، من 0 إلى 10.</numerusform>
            <numerusform>%n جلسات، الأحدث أولًا. التقييمات: الشدّ · الألم · التورم، من 0 إلى 10.</numerusform>
            <numerusform>%n جلسة، الأحدث أولًا. التقييمات: الشدّ · الألم · التورم، من 0 إلى 10.</numerusform>
            <numerusform>%n جلسة، الأحدث أولًا. التقييمات: الشدّ · الألم · التورم، من 0 إلى 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted all data (%n session(s)).</source>
        <translation>
            <numerusform>حُذفت كل البيانات (%n جلسة).</numerusform>
            <numerusform>حُذفت كل البيانات (%n جلسة).</numerusform>
            <numerusform>حُذفت كل البيانات (%n جلستان).</numerusform>
            <numerusform>حُذفت كل البيانات (%n جلسات).</numerusform>
            <numerusform>حُذفت كل البيانات (%n جلسة).</numerusform>
            <numerusform>حُذفت كل البيانات (%n جلسة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) completed</source>
        <translation>
            <numerusform>%1: اكتملت %n جلسة</numerusform>
            <numerusform>%1: اكتملت %n جلسة</numerusform>
            <numerusform>%1: اكتملت %n جلستان</numerusform>
            <numerusform>%1: اكتملت %n جلسات</numerusform>
            <numerusform>%1: اكتملت %n جلسة</numerusform>
            <numerusform>%1: اكتملت %n جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s), %4 ended early)</source>
        <translation>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n يوم، %4 انتهت مبكرًا)</numerusform>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n يوم، %4 انتهت مبكرًا)</numerusform>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n يومين، %4 انتهت مبكرًا)</numerusform>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n أيام، %4 انتهت مبكرًا)</numerusform>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n يومًا، %4 انتهت مبكرًا)</numerusform>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n يوم، %4 انتهت مبكرًا)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s))</source>
        <translation>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n يوم)</numerusform>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n يوم)</numerusform>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n يومين)</numerusform>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n أيام)</numerusform>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n يومًا)</numerusform>
            <numerusform>%1: %2 مكتملة يوميًا (%3 في %n يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>في المتوسط %1 (%n جلسة مقيَّمة قبلها وبعدها).</numerusform>
            <numerusform>في المتوسط %1 (%n جلسة مقيَّمة قبلها وبعدها).</numerusform>
            <numerusform>في المتوسط %1 (%n جلستان مقيَّمتان قبلهما وبعدهما).</numerusform>
            <numerusform>في المتوسط %1 (%n جلسات مقيَّمة قبلها وبعدها).</numerusform>
            <numerusform>في المتوسط %1 (%n جلسة مقيَّمة قبلها وبعدها).</numerusform>
            <numerusform>في المتوسط %1 (%n جلسة مقيَّمة قبلها وبعدها).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %2 min in %n session(s)</source>
        <translation>
            <numerusform>أسبوع %1: %2 دقيقة في %n جلسة</numerusform>
            <numerusform>أسبوع %1: %2 دقيقة في %n جلسة</numerusform>
            <numerusform>أسبوع %1: %2 دقيقة في %n جلستين</numerusform>
            <numerusform>أسبوع %1: %2 دقيقة في %n جلسات</numerusform>
            <numerusform>أسبوع %1: %2 دقيقة في %n جلسة</numerusform>
            <numerusform>أسبوع %1: %2 دقيقة في %n جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n بلاغ</numerusform>
            <numerusform>%n بلاغ</numerusform>
            <numerusform>%n بلاغان</numerusform>
            <numerusform>%n بلاغات</numerusform>
            <numerusform>%n بلاغًا</numerusform>
            <numerusform>%n بلاغ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>صُدِّرت %n جلسة إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جلسة إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جلستان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جلسات إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جلسة إلى %1.</numerusform>
            <numerusform>صُدِّرت %n جلسة إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>left</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your left knee&quot;).</extracomment>
        <translation>اليسرى</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your right knee&quot;).</extracomment>
        <translation>اليمنى</translation>
    </message>
    <message>
        <source>Warm compress</source>
        <translation>كمادة دافئة</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends.</source>
        <extracomment>{knee} becomes &quot;left&quot; or &quot;right&quot; (the words above).</extracomment>
        <translation>اجلس بارتياح وضع كمادة دافئة، لا ساخنة أبدًا، خلف الركبة {knee} حتى ينتهي المؤقت.</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.</source>
        <translation>اجلس بارتياح وضع كمادة دافئة، لا ساخنة أبدًا، خلف الركبتين حتى ينتهي المؤقت.</translation>
    </message>
    <message>
        <source>Firm, but never painful.</source>
        <translation>ضغط حازم، لكن دون ألم أبدًا.</translation>
    </message>
    <message>
        <source>firm</source>
        <extracomment>Words (separated by |) that say &quot;firm&quot; in the translated pressure instructions.</extracomment>
        <translation>حازم</translation>
    </message>
    <message>
        <source>never painful|never hurts|never hurt</source>
        <extracomment>Words (separated by |) that say &quot;never painful&quot; in the translated pressure instructions.</extracomment>
        <translation>دون ألم|لا يؤلم</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Daily</source>
        <translation>يومي</translation>
    </message>
    <message>
        <source>Everyday care to keep the backs of the knees loose: once or twice a day.</source>
        <translation>عناية يومية لإبقاء ما خلف الركبتين مرنًا: مرة أو مرتين يوميًا.</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>الاستعداد</translation>
    </message>
    <message>
        <source>Sit down and bend your {knee} knee a little, with the foot flat on the floor or resting on something.</source>
        <translation>اجلس واثنِ ركبتك {knee} قليلًا، والقدم مسطّحة على الأرض أو مستندة إلى شيء.</translation>
    </message>
    <message>
        <source>Warm your hands</source>
        <translation>دفّئ يديك</translation>
    </message>
    <message>
        <source>Rub your palms briskly together until they feel warm.</source>
        <translation>افرك راحتيك معًا بسرعة حتى تشعر بدفئهما.</translation>
    </message>
    <message>
        <source>Find the hollow</source>
        <translation>حدّد التجويف</translation>
    </message>
    <message>
        <source>Slide your fingers behind the {knee} knee and feel for the soft dip in the middle of the crease.</source>
        <translation>مرّر أصابعك خلف الركبة {knee} وتحسّس الانخفاض الطري في وسط ثنية الركبة.</translation>
    </message>
    <message>
        <source>Press gently</source>
        <translation>اضغط برفق</translation>
    </message>
    <message>
        <source>Rest your thumbs in the hollow and lean in slowly until the pressure is firm but never painful.</source>
        <translation>ضع إبهاميك في التجويف واتّكئ ببطء حتى يصبح الضغط حازمًا لكن دون ألم أبدًا.</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>دوائر صغيرة</translation>
    </message>
    <message>
        <source>Trace small, slow circles across the hollow, the pressure firm but never painful.</source>
        <translation>ارسم دوائر صغيرة بطيئة على التجويف، بضغط حازم لكن دون ألم أبدًا.</translation>
    </message>
    <message>
        <source>Steady hold</source>
        <translation>تثبيت الضغط</translation>
    </message>
    <message>
        <source>Keep a still pressure on the centre of the crease, firm but never painful, then let go when the timer ends.</source>
        <translation>اضغط ضغطًا ساكنًا على وسط ثنية الركبة، حازمًا لكن دون ألم أبدًا، ثم ارفع يديك عند انتهاء المؤقت.</translation>
    </message>
    <message>
        <source>Stroke down the calf</source>
        <translation>مسّد ربلة الساق نزولًا</translation>
    </message>
    <message>
        <source>With light hands, stroke from behind the knee down the calf towards the ankle.</source>
        <translation>بيدين خفيفتين، مسّد من خلف الركبة نزولًا على ربلة الساق نحو الكاحل.</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>سريع</translation>
    </message>
    <message>
        <source>A short version for a busy day: one minute of movement per knee.</source>
        <translation>نسخة قصيرة ليوم مزدحم: دقيقة حركة واحدة لكل ركبة.</translation>
    </message>
    <message>
        <source>Sit with your {knee} knee slightly bent and the foot supported.</source>
        <translation>اجلس وركبتك {knee} مثنية قليلًا والقدم مسنودة.</translation>
    </message>
    <message>
        <source>Rub your palms together for a few breaths.</source>
        <translation>افرك راحتيك معًا لبضعة أنفاس.</translation>
    </message>
    <message>
        <source>Feel for the soft dip at the centre of the crease behind the {knee} knee.</source>
        <translation>تحسّس الانخفاض الطري في وسط ثنية الركبة خلف الركبة {knee}.</translation>
    </message>
    <message>
        <source>Press in with your thumbs, slowly, to a firm pressure that never hurts.</source>
        <translation>اضغط بإبهاميك ببطء حتى تصل إلى ضغط حازم لا يؤلم أبدًا.</translation>
    </message>
    <message>
        <source>Make small, unhurried circles over the hollow, the pressure firm but never painful.</source>
        <translation>ارسم دوائر صغيرة على مهل فوق التجويف، بضغط حازم لكن دون ألم أبدًا.</translation>
    </message>
    <message>
        <source>Finish with a few light strokes from the knee down towards the ankle.</source>
        <translation>اختم ببضع مسحات خفيفة من الركبة نزولًا نحو الكاحل.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>التعافي</translation>
    </message>
    <message>
        <source>After hard exercise: three minutes of movement per knee and a longer finish down the calf.</source>
        <translation>بعد التمارين الشاقة: ثلاث دقائق حركة لكل ركبة وختام أطول نزولًا على ربلة الساق.</translation>
    </message>
    <message>
        <source>Sit comfortably, {knee} knee bent a little, foot flat or propped up.</source>
        <translation>اجلس بارتياح، وركبتك {knee} مثنية قليلًا، والقدم مسطّحة أو مرفوعة على سند.</translation>
    </message>
    <message>
        <source>Rub your hands together until the palms are warm.</source>
        <translation>افرك يديك معًا حتى تدفأ راحتاك.</translation>
    </message>
    <message>
        <source>Bend the {knee} knee slightly and find the soft centre of the crease with your fingertips.</source>
        <translation>اثنِ الركبة {knee} قليلًا وحدّد بأطراف أصابعك الوسط الطري لثنية الركبة.</translation>
    </message>
    <message>
        <source>Use the heels of your palms and build up slowly to a pressure that is firm but never painful.</source>
        <translation>استخدم باطن راحتيك قرب الرسغ، وزِد الضغط ببطء حتى يصبح حازمًا لكن دون ألم أبدًا.</translation>
    </message>
    <message>
        <source>Slow strokes</source>
        <translation>مسحات بطيئة</translation>
    </message>
    <message>
        <source>Stroke slowly up and down across the hollow with an even pressure, firm but never painful.</source>
        <translation>مسّد ببطء صعودًا ونزولًا عبر التجويف بضغط متساوٍ، حازم لكن دون ألم أبدًا.</translation>
    </message>
    <message>
        <source>Press steadily into the centre of the crease, firm but never painful, and keep still; release when the timer ends.</source>
        <translation>اضغط بثبات على وسط ثنية الركبة، ضغطًا حازمًا لكن دون ألم أبدًا، وابقَ ساكنًا؛ ثم ارفع يديك عند انتهاء المؤقت.</translation>
    </message>
    <message>
        <source>Stroke lightly and slowly down the whole calf to the ankle, several times.</source>
        <translation>مسّد بخفة وببطء نزولًا على ربلة الساق كلها حتى الكاحل، عدة مرات.</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>الاسترخاء</translation>
    </message>
    <message>
        <source>Wind down: slow breathing, small slow circles and three still holds.</source>
        <translation>تهدئة: تنفس بطيء، ودوائر صغيرة بطيئة، وثلاث مرات تثبيت ساكن.</translation>
    </message>
    <message>
        <source>Sit back, let your shoulders drop, and rest your {knee} foot with the knee slightly bent.</source>
        <translation>اجلس مسترخيًا، وأرخِ كتفيك، وأرِح قدمك {knee} والركبة مثنية قليلًا.</translation>
    </message>
    <message>
        <source>Rub your palms together slowly while you breathe out long.</source>
        <translation>افرك راحتيك معًا ببطء وأنت تُخرج زفيرًا طويلًا.</translation>
    </message>
    <message>
        <source>Find the soft middle of the crease behind the {knee} knee.</source>
        <translation>حدّد الوسط الطري لثنية الركبة خلف الركبة {knee}.</translation>
    </message>
    <message>
        <source>Let your thumbs sink in bit by bit until the pressure is firm but never painful.</source>
        <translation>دع إبهاميك يغوصان شيئًا فشيئًا حتى يصبح الضغط حازمًا لكن دون ألم أبدًا.</translation>
    </message>
    <message>
        <source>Small, slow circles</source>
        <translation>دوائر صغيرة بطيئة</translation>
    </message>
    <message>
        <source>Make small, slow circles over the hollow in time with your breath, the pressure firm but never painful.</source>
        <translation>ارسم دوائر صغيرة بطيئة فوق التجويف مع إيقاع تنفّسك، بضغط حازم لكن دون ألم أبدًا.</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation>تثبيت ساكن</translation>
    </message>
    <message>
        <source>Hold a steady pressure on the centre of the crease, firm but never painful, and breathe slowly.</source>
        <translation>حافظ على ضغط ثابت وحازم على وسط ثنية الركبة، دون ألم أبدًا، وتنفّس ببطء.</translation>
    </message>
    <message>
        <source>Glide your hands gently down the calf towards the ankle.</source>
        <translation>مرّر يديك برفق نزولًا على ربلة الساق نحو الكاحل.</translation>
    </message>
    <message>
        <source>Ankle pumps</source>
        <translation>تمارين ضخ الكاحل</translation>
    </message>
    <message>
        <source>Point and pull your feet in a steady rhythm so the calf muscles squeeze blood back up the legs.</source>
        <translation>مُدّ قدميك واسحبهما بإيقاع ثابت لتعصر عضلات الساق الدم عائدًا إلى أعلى الساقين.</translation>
    </message>
    <message>
        <source>Legs out</source>
        <translation>الساقان ممدودتان</translation>
    </message>
    <message>
        <source>Sit back or lie down with both legs stretched out and your heels resting on the floor or the bed.</source>
        <translation>اجلس مسترخيًا أو استلقِ والساقان ممدودتان وكعباك على الأرض أو السرير.</translation>
    </message>
    <message>
        <source>Point both feet away from you, then pull your toes back towards your shins: one full pump on each count. Smooth, not forced.</source>
        <translation>مُدّ قدميك بعيدًا عنك، ثم اسحب أصابعك نحو ساقيك: ضخة كاملة مع كل عدّة. بسلاسة ودون إجهاد.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>راحة</translation>
    </message>
    <message>
        <source>Let your feet go still and breathe easily; the next set starts when the timer ends.</source>
        <translation>دع قدميك تسكنان وتنفّس براحة؛ تبدأ المجموعة التالية عند انتهاء المؤقت.</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>رفع الكعبين</translation>
    </message>
    <message>
        <source>Rise up on your toes and lower slowly, to work the calf muscles that help blood flow back from the legs.</source>
        <translation>ارتفع على أصابع قدميك وانزل ببطء، لتشغيل عضلات الساق التي تساعد الدم على العودة من الساقين.</translation>
    </message>
    <message>
        <source>Stand and hold on</source>
        <translation>قف واستند</translation>
    </message>
    <message>
        <source>Stand behind a sturdy chair or beside a wall, feet about hip-width apart, one hand resting on it for balance.</source>
        <translation>قف خلف كرسي متين أو بجانب جدار، والقدمان متباعدتان بعرض الوركين تقريبًا، وإحدى يديك مستندة إليه للتوازن.</translation>
    </message>
    <message>
        <source>Rise slowly onto the balls of both feet, then lower your heels back to the floor: one raise on each count.</source>
        <translation>ارتفع ببطء على مقدمة القدمين، ثم أنزل كعبيك إلى الأرض: رفعة واحدة مع كل عدّة.</translation>
    </message>
    <message>
        <source>Stand easy with your heels down and let the calves relax before the next set.</source>
        <translation>قف براحة وكعباك على الأرض ودع عضلات الساق ترتخي قبل المجموعة التالية.</translation>
    </message>
    <message>
        <source>Calf and hamstring stretches</source>
        <translation>إطالة ربلة الساق وأوتار الركبة</translation>
    </message>
    <message>
        <source>Gentle, still stretches for the backs of the legs, to ease tight calves and hamstrings.</source>
        <translation>إطالات لطيفة ساكنة لخلف الساقين، لتخفيف شدّ ربلة الساق وأوتار الركبة.</translation>
    </message>
    <message>
        <source>Face a wall</source>
        <translation>واجه جدارًا</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from a wall and rest both hands on it at shoulder height.</source>
        <translation>قف على بُعد ذراع تقريبًا من جدار وضع يديك عليه بمستوى الكتفين.</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>إطالة ربلة الساق</translation>
    </message>
    <message>
        <source>Step your {side} foot back and press that heel to the floor. Bend the front knee and lean towards the wall until the {side} calf feels a mild pull. Stay still; no bouncing.</source>
        <translation>أرجع قدمك {side} إلى الخلف واضغط كعبها على الأرض. اثنِ الركبة الأمامية ومِل نحو الجدار حتى تشعر بشدّ خفيف في ربلة الساق {side}. ابقَ ثابتًا؛ دون ارتداد.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>إرخاء</translation>
    </message>
    <message>
        <source>Ease out of the stretch and shake the leg loose. Next: the {side} leg.</source>
        <translation>اخرج من الإطالة بهدوء وهُزّ الساق لترتخي. التالي: الساق {side}.</translation>
    </message>
    <message>
        <source>Sit on a chair</source>
        <translation>اجلس على كرسي</translation>
    </message>
    <message>
        <source>Sit near the front edge of a steady chair with both feet flat on the floor.</source>
        <translation>اجلس قرب الحافة الأمامية لكرسي ثابت والقدمان مسطّحتان على الأرض.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>إطالة أوتار الركبة</translation>
    </message>
    <message>
        <source>Straighten your {side} leg in front of you, heel on the floor and toes up. Keep your back long and tip forward from the hips until the back of the {side} thigh feels a mild pull.</source>
        <translation>مُدّ ساقك {side} أمامك، والكعب على الأرض وأصابع القدم إلى أعلى. أبقِ ظهرك مستقيمًا ومِل إلى الأمام من الوركين حتى تشعر بشدّ خفيف في خلف الفخذ {side}.</translation>
    </message>
    <message>
        <source>Sit back up, bend the knee and let the leg rest. Next: the {side} leg.</source>
        <translation>اعتدل جالسًا، واثنِ الركبة ودع الساق ترتاح. التالي: الساق {side}.</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>رفع الساقين</translation>
    </message>
    <message>
        <source>Rest with your legs raised above your heart for 15 to 20 minutes, to help swelling go down.</source>
        <translation>استرح وساقاك مرفوعتان أعلى من قلبك مدة 15 إلى 20 دقيقة، للمساعدة على خفض التورم.</translation>
    </message>
    <message>
        <source>Lie down, legs up</source>
        <translation>استلقِ وارفع ساقيك</translation>
    </message>
    <message>
        <source>Lie on your back and rest your legs on cushions, or up against a wall, so that your feet are higher than your heart.</source>
        <translation>استلقِ على ظهرك وأسند ساقيك على وسائد أو على جدار، بحيث تكون قدماك أعلى من قلبك.</translation>
    </message>
    <message>
        <source>Legs raised</source>
        <translation>الساقان مرفوعتان</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. You can minimise this window: a soft chime tells you when the time is up.</source>
        <translation>ابقَ ساكنًا وتنفّس براحة. يمكنك تصغير هذه النافذة: ستخبرك نغمة هادئة بانتهاء الوقت.</translation>
    </message>
    <message>
        <source>Come down slowly</source>
        <translation>انزل ببطء</translation>
    </message>
    <message>
        <source>Lower your legs, roll onto one side and sit up gently before you stand.</source>
        <translation>أنزل ساقيك، واستدر على جانبك، واجلس برفق قبل أن تقف.</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>الدُّش المتناوب</translation>
    </message>
    <message>
        <source>Warm and cool water on the legs in turns, to get the circulation going.</source>
        <translation>ماء دافئ وبارد على الساقين بالتناوب، لتنشيط الدورة الدموية.</translation>
    </message>
    <message>
        <source>Not for you if you have been told to avoid sudden changes of temperature. Keep the water warm, never hot, and cool, never icy. Stop at once if you feel dizzy or unwell.</source>
        <translation>لا يناسبك إذا قيل لك أن تتجنب التغيرات المفاجئة في الحرارة. اجعل الماء دافئًا لا ساخنًا أبدًا، وباردًا لا مثلجًا أبدًا. توقف فورًا إذا شعرت بدوار أو توعك.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>استعد</translation>
    </message>
    <message>
        <source>Stand steadily in the shower, or sit on a shower stool, with the shower head in your hand and the water warm.</source>
        <translation>قف بثبات تحت الدُّش، أو اجلس على كرسي الاستحمام، ورأس الدُّش في يدك والماء دافئ.</translation>
    </message>
    <message>
        <source>Warm and cool</source>
        <translation>دافئ وبارد</translation>
    </message>
    <message>
        <source>Dry off</source>
        <translation>التجفيف</translation>
    </message>
    <message>
        <source>Turn off the water, pat your legs dry and rest a moment before you move on.</source>
        <translation>أغلق الماء، وجفّف ساقيك بالتربيت، واسترح لحظة قبل أن تتابع.</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>تمسيد ربلة الساق</translation>
    </message>
    <message>
        <source>Light, slow strokes down the calf towards the ankle, a longer, gentle finish.</source>
        <translation>مسحات خفيفة بطيئة نزولًا على ربلة الساق نحو الكاحل، ختام أطول ولطيف.</translation>
    </message>
    <message>
        <source>With light hands, stroke slowly from behind the {knee} knee down the calf to the ankle, again and again.</source>
        <translation>بيدين خفيفتين، مسّد ببطء من خلف الركبة {knee} نزولًا على ربلة الساق حتى الكاحل، مرة بعد مرة.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, or are you being treated for one?</source>
        <translation>هل لديك جلطة الأوردة العميقة (DVT)، أي جلطة دموية في وريد عميق في الساق، أو تتلقى علاجًا منها؟</translation>
    </message>
    <message>
        <source>A blood clot in a leg vein (DVT)</source>
        <translation>جلطة دموية في وريد الساق (DVT)</translation>
    </message>
    <message>
        <source>Massage is not advised while there is a clot in a leg. Please leave these sessions aside and ask your doctor what is safe for you.</source>
        <translation>لا يُنصح بالتدليك ما دامت هناك جلطة في الساق. يُرجى ترك هذه الجلسات جانبًا وسؤال طبيبك عمّا هو آمن لك.</translation>
    </message>
    <message>
        <source>Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?</source>
        <translation>هل الدوالي في إحدى ساقيك ملتهبة بشدة في الوقت الحالي: حمراء أو ساخنة أو صلبة أو مؤلمة؟</translation>
    </message>
    <message>
        <source>Badly inflamed varicose veins</source>
        <translation>دوالٍ ملتهبة بشدة</translation>
    </message>
    <message>
        <source>Pressing on inflamed veins can make them worse. Please have a doctor look at them before you use these sessions.</source>
        <translation>الضغط على الأوردة الملتهبة قد يزيدها سوءًا. يُرجى أن يفحصها طبيب قبل استخدام هذه الجلسات.</translation>
    </message>
    <message>
        <source>Is there an open wound, a cut, broken skin or a skin infection at the back of either knee or on either calf?</source>
        <translation>هل يوجد جرح مفتوح أو جرح قطعي أو تشقق في الجلد أو عدوى جلدية خلف إحدى الركبتين أو على ربلة إحدى الساقين؟</translation>
    </message>
    <message>
        <source>A wound, broken skin or a skin infection behind the knee or on the calf</source>
        <translation>جرح أو تشقق في الجلد أو عدوى جلدية خلف الركبة أو على ربلة الساق</translation>
    </message>
    <message>
        <source>The sessions press behind the knee and stroke down the calf, so let the skin there heal first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole and healthy again.</source>
        <translation>في الجلسات ضغط خلف الركبة وتمسيد نزولًا على ربلة الساق، لذا دع الجلد هناك يلتئم أولًا، واعرض أي عدوى على ممرض أو طبيب. يمكن أن تنتظر الجلسات حتى يعود الجلد سليمًا ومعافى.</translation>
    </message>
    <message>
        <source>Have you had an operation on a knee recently, or are you still recovering from one?</source>
        <translation>هل أجريت عملية جراحية في الركبة مؤخرًا، أو ما زلت تتعافى منها؟</translation>
    </message>
    <message>
        <source>Recent knee surgery</source>
        <translation>جراحة حديثة في الركبة</translation>
    </message>
    <message>
        <source>A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist when pressure behind the knee is safe for you.</source>
        <translation>الركبة التي أُجريت لها عملية تحتاج إلى خطة خاصة بها. اسأل جرّاحك أو أخصائي العلاج الطبيعي متى يصبح الضغط خلف الركبة آمنًا لك.</translation>
    </message>
    <message>
        <source>Do you have a bleeding or clotting disorder that is not under control?</source>
        <translation>هل لديك اضطراب في النزف أو تخثّر الدم غير مسيطر عليه؟</translation>
    </message>
    <message>
        <source>A bleeding disorder that is not under control</source>
        <translation>اضطراب نزفي غير مسيطر عليه</translation>
    </message>
    <message>
        <source>Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor before you use these sessions.</source>
        <translation>قد يسبب الضغط القوي كدمات أو نزفًا تحت الجلد. يُرجى التحدث إلى طبيبك قبل استخدام هذه الجلسات.</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>هل أنتِ حامل؟</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>الحمل</translation>
    </message>
    <message>
        <source>Please check with your midwife, doctor or another healthcare provider before doing any pressure-point work. You can go on once they have told you it is fine for you.</source>
        <translation>يُرجى استشارة القابلة أو الطبيب أو أي مقدّم رعاية صحية آخر قبل أي ضغط على نقاط الجسم. يمكنكِ المتابعة بعد أن يؤكدوا لكِ أن ذلك مناسب لكِ.</translation>
    </message>
    <message>
        <source>My healthcare provider has told me that pressure-point self-massage is fine for me.</source>
        <translation>أخبرني مقدّم الرعاية الصحية أن التدليك الذاتي بالضغط على النقاط مناسب لي.</translation>
    </message>
    <message>
        <source>Is either of your legs swollen, warm, red or painful at the moment?</source>
        <translation>هل إحدى ساقيك متورمة أو دافئة أو حمراء أو مؤلمة في الوقت الحالي؟</translation>
    </message>
    <message>
        <source>A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don&apos;t massage it. Sessions stay on hold until the leg is back to normal, or until a health professional has told you that massage is fine.</source>
        <translation>الساق المتورمة أو الدافئة أو الحمراء أو المؤلمة يجب أن يفحصها طبيب أو ممرض دون تأخير. يُرجى عدم تدليكها. تبقى الجلسات مُعلّقة حتى تعود الساق إلى طبيعتها، أو حتى يخبرك مختص صحي بأن التدليك لا بأس به.</translation>
    </message>
    <message>
        <source>Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here.</source>
        <translation>توقف مؤقت. خفّف الضغط، أو توقف. الألم الحاد أو الخدر أو الوخز يعني: اضغط بلطف أكثر، أو أنهِ الجلسة هنا.</translation>
    </message>
    <message>
        <source>What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you.</source>
        <translation>ما يمكنك فعله بدلًا من ذلك: تحدّث إلى طبيب أو مختص صحي آخر عن ساقيك. يمكنه أن يخبرك بما هو آمن لك.</translation>
    </message>
    <message>
        <source>How is your leg now?</source>
        <translation>كيف حال ساقك الآن؟</translation>
    </message>
    <message>
        <source>Earlier you told KneeCare that a leg was swollen, warm, red or painful. Is it back to normal now?</source>
        <translation>أخبرت KneeCare سابقًا أن إحدى ساقيك كانت متورمة أو دافئة أو حمراء أو مؤلمة. هل عادت إلى طبيعتها الآن؟</translation>
    </message>
    <message>
        <source>A leg that is still swollen, warm, red or painful needs a doctor or nurse, not massage. Please have it checked soon; About safety says what to look out for.</source>
        <translation>الساق التي لا تزال متورمة أو دافئة أو حمراء أو مؤلمة تحتاج إلى طبيب أو ممرض، لا إلى تدليك. يُرجى فحصها قريبًا؛ وصفحة «عن السلامة» تبيّن ما يجب الانتباه إليه.</translation>
    </message>
    <message>
        <source>&amp;No, not yet</source>
        <translation>&amp;لا، ليس بعد</translation>
    </message>
    <message>
        <source>&amp;Yes, it is back to normal</source>
        <translation>&amp;نعم، عادت إلى طبيعتها</translation>
    </message>
    <message>
        <source>A &amp;professional said it is fine</source>
        <translation>قال &amp;مختص إنه لا بأس</translation>
    </message>
    <message>
        <source>Sessions are on hold: you said a leg was swollen, warm, red or painful. Please have it checked; press Start once it is back to normal.</source>
        <translation>الجلسات مُعلّقة: ذكرتَ أن إحدى ساقيك كانت متورمة أو دافئة أو حمراء أو مؤلمة. يُرجى فحصها، واضغط «ابدأ» بعد أن تعود إلى طبيعتها.</translation>
    </message>
    <message>
        <source>Sessions on hold: a leg to have checked</source>
        <translation>الجلسات مُعلّقة: ساق تحتاج إلى فحص</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>الجلسات مُعلّقة</translation>
    </message>
    <message>
        <source>You told KneeCare that a leg was swollen, warm, red or painful, so there is no session for now. Please have the leg checked. When it is back to normal, open KneeCare and press Start.</source>
        <translation>أخبرت KneeCare أن إحدى ساقيك كانت متورمة أو دافئة أو حمراء أو مؤلمة، لذا لا توجد جلسة في الوقت الحالي. يُرجى فحص الساق. عندما تعود إلى طبيعتها، افتح KneeCare واضغط «ابدأ».</translation>
    </message>
    <message>
        <source>Not on a leg that is swollen, warm, red or painful.</source>
        <translation>لا تُستخدم على ساق متورمة أو دافئة أو حمراء أو مؤلمة.</translation>
    </message>
    <message>
        <source>Self-care, not treatment</source>
        <translation>عناية ذاتية، لا علاج</translation>
    </message>
    <message>
        <source>KneeCare guides you through gentle self-massage of the points behind your knees. It is a way of looking after yourself. It does not diagnose, treat or cure any condition, and it does not replace advice from a doctor, nurse or physiotherapist.</source>
        <translation>يرشدك KneeCare خلال تدليك ذاتي لطيف للنقاط خلف ركبتيك. إنه وسيلة للعناية بنفسك. لا يشخّص أي حالة ولا يعالجها ولا يشفيها، ولا يغني عن نصيحة الطبيب أو الممرض أو أخصائي العلاج الطبيعي.</translation>
    </message>
    <message>
        <source>When not to do this</source>
        <translation>متى يجب الامتناع</translation>
    </message>
    <message>
        <source>Please don&apos;t use these sessions if you have any of the following:</source>
        <translation>يُرجى عدم استخدام هذه الجلسات إذا كان لديك أي مما يلي:</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>إذا كنتِ حاملًا</translation>
    </message>
    <message>
        <source>Check with your healthcare provider before any pressure-point work, and go on only once they have agreed.</source>
        <translation>استشيري مقدّم الرعاية الصحية قبل أي ضغط على نقاط الجسم، ولا تتابعي إلا بعد موافقته.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>أثناء الجلسة</translation>
    </message>
    <message>
        <source>Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red &quot;It hurts / numb / tingling&quot; button, or the ! key, pauses the session at once.</source>
        <translation>اضغط بحزم، ولكن ليس بقوة تسبب الألم أبدًا. إذا شعرت بألم حاد أو خدر أو وخز، فخفّف الضغط أو توقف. الزر الأحمر «ألم / خدر / وخز» أو المفتاح ! يوقف الجلسة مؤقتًا فورًا.</translation>
    </message>
    <message>
        <source>When to see a health professional</source>
        <translation>متى تراجع مختصًا صحيًا</translation>
    </message>
    <message>
        <source>Don&apos;t massage a leg that shows these signs; have it checked promptly instead:</source>
        <translation>لا تدلّك ساقًا تظهر عليها هذه العلامات، بل اعرضها على مختص دون تأخير:</translation>
    </message>
    <message>
        <source>swelling or pain in a leg that does not go away</source>
        <translation>تورم أو ألم في الساق لا يزول</translation>
    </message>
    <message>
        <source>a leg that suddenly feels warm</source>
        <translation>ساق تصبح دافئة فجأة</translation>
    </message>
    <message>
        <source>severe swelling</source>
        <translation>تورم شديد</translation>
    </message>
    <message>
        <source>redness of the skin</source>
        <translation>احمرار الجلد</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>في حالة الطوارئ</translation>
    </message>
    <message>
        <source>If a painful or swollen leg comes with sudden shortness of breath or chest pain, call your local emergency number at once.</source>
        <translation>إذا صاحبَ ألمَ الساق أو تورمَها ضيقٌ مفاجئ في التنفس أو ألمٌ في الصدر، فاتصل برقم الطوارئ المحلي فورًا.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>إجاباتك</translation>
    </message>
    <message>
        <source>The safety answers stay on this computer. KneeCare asks the questions again every {days} days, and you can answer them again at any time with Safety &gt; My situation changed. Before each session it asks one quick question about your legs.</source>
        <translation>تبقى إجابات السلامة على هذا الحاسوب. يطرح KneeCare الأسئلة مجددًا كل {days} يومًا، ويمكنك الإجابة عنها مجددًا في أي وقت من «السلامة» &gt; «تغيّر وضعي». وقبل كل جلسة يطرح سؤالًا سريعًا واحدًا عن ساقيك.</translation>
    </message>
    <message>
        <source>If you say a leg is swollen, warm, red or painful, sessions stay on hold until you tell KneeCare the leg is back to normal or a health professional has said massage is fine. For {back} days after that, or after you report pain, numbness or tingling during a session, the quick question is asked before every session, even if you turned it off.</source>
        <translation>إذا ذكرت أن إحدى ساقيك متورمة أو دافئة أو حمراء أو مؤلمة، تبقى الجلسات مُعلّقة حتى تخبر KneeCare بأن الساق عادت إلى طبيعتها أو بأن مختصًا صحيًا قال إن التدليك لا بأس به. وخلال {back} يومًا بعد ذلك، أو بعد إبلاغك عن ألم أو خدر أو وخز أثناء جلسة، يُطرح السؤال السريع قبل كل جلسة، حتى لو أوقفته.</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>times</source>
        <translation>الأوقات</translation>
    </message>
    <message>
        <source>days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>الهدف اليومي</translation>
    </message>
    <message>
        <source>snooze length (minutes)</source>
        <translation>مدة الغفوة (بالدقائق)</translation>
    </message>
    <message>
        <source>recovery reminders a day</source>
        <translation>تذكيرات التعافي يوميًا</translation>
    </message>
    <message>
        <source>recovery days</source>
        <translation>أيام التعافي</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>الغفوة</translation>
    </message>
    <message>
        <source>movement nudges</source>
        <translation>تنبيهات الحركة</translation>
    </message>
    <message>
        <source>choose at least one time of day (or turn reminders off)</source>
        <translation>اختر وقتًا واحدًا على الأقل من اليوم (أو أوقف التذكيرات)</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>%1 يوميًا على الأكثر</translation>
    </message>
    <message>
        <source>the same time is listed twice</source>
        <translation>الوقت نفسه مذكور مرتين</translation>
    </message>
    <message>
        <source>choose at least one day of the week (or turn reminders off)</source>
        <translation>اختر يومًا واحدًا على الأقل من الأسبوع (أو أوقف التذكيرات)</translation>
    </message>
    <message>
        <source>days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation>الأيام مرقّمة من 0 (الاثنين) إلى 6 (الأحد)</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3</source>
        <translation>%1 ليس بين %2 و%3</translation>
    </message>
    <message>
        <source>minutes must be more than 0</source>
        <translation>يجب أن تكون الدقائق أكثر من 0</translation>
    </message>
    <message>
        <source>the hours must span at least one hour, from the first to the last</source>
        <translation>يجب أن تمتد الساعات ساعة واحدة على الأقل، من الأولى إلى الأخيرة</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Welcome to KneeCare</source>
        <translation>مرحبًا بك في KneeCare</translation>
    </message>
    <message>
        <source>Before your first session, please answer {n} short yes-or-no questions about your legs and your health. Acupressure is not right for everyone, and these questions check that it is safe for you to start. Your answers stay on this computer.</source>
        <translation>قبل جلستك الأولى، يُرجى الإجابة عن {n} أسئلة قصيرة بنعم أو لا عن ساقيك وصحتك. الضغط على النقاط لا يناسب الجميع، وهذه الأسئلة تتحقق من أن البدء آمن لك. تبقى إجاباتك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Time to check in again</source>
        <translation>حان وقت المراجعة مجددًا</translation>
    </message>
    <message>
        <source>It has been {days} days since you answered the safety questions, and things can change. Please answer the {n} questions again before your next session.</source>
        <translation>مرّ {days} يومًا منذ أن أجبت عن أسئلة السلامة، وقد تتغير الأمور. يُرجى الإجابة عن الأسئلة الـ{n} مجددًا قبل جلستك القادمة.</translation>
    </message>
    <message>
        <source>A few safety questions</source>
        <translation>بعض أسئلة السلامة</translation>
    </message>
    <message>
        <source>Some safety questions have not been answered yet. Please answer all {n} before your next session.</source>
        <translation>لم تُجب بعد عن بعض أسئلة السلامة. يُرجى الإجابة عن الأسئلة الـ{n} كلها قبل جلستك القادمة.</translation>
    </message>
    <message>
        <source>Your situation changed</source>
        <translation>تغيّر وضعك</translation>
    </message>
    <message>
        <source>Please answer the {n} questions again for how things are now. Your earlier answers are marked, so you can change only what is different.</source>
        <translation>يُرجى الإجابة عن الأسئلة الـ{n} مجددًا بحسب وضعك الآن. إجاباتك السابقة مُعلَّمة، لذا يمكنك تغيير ما اختلف فقط.</translation>
    </message>
    <message>
        <source>Press %1 for yes or %2 for no.</source>
        <extracomment>%1 is the key for yes, %2 the key for no (the two one-letter entries &quot;Y&quot; and &quot;N&quot; below).</extracomment>
        <translation>اضغط %1 للإجابة بنعم أو %2 للإجابة بلا.</translation>
    </message>
    <message>
        <source>Y</source>
        <extracomment>The one letter that answers &quot;yes&quot; on a keyboard in your language (the first letter of its word for yes).</extracomment>
        <translation>ن</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The one letter that answers &quot;no&quot; on a keyboard in your language; it must differ from the one for yes.</extracomment>
        <translation>ل</translation>
    </message>
    <message>
        <source>Sessions are on hold because of your safety answers. Press Start to see why.</source>
        <translation>الجلسات مُعلّقة بسبب إجاباتك عن أسئلة السلامة. اضغط «ابدأ» لمعرفة السبب.</translation>
    </message>
    <message>
        <source>Sessions are on hold until your healthcare provider agrees. Press Start to see more.</source>
        <translation>الجلسات مُعلّقة حتى يوافق مقدّم الرعاية الصحية. اضغط «ابدأ» لمعرفة المزيد.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The sync folder %1 does not exist (is the drive or share connected?).</source>
        <translation>مجلد المزامنة %1 غير موجود (هل القرص أو المجلد المشترك متصل؟).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ليس مجلدًا.</translation>
    </message>
    <message>
        <source>KneeCare cannot write in the sync folder %1.</source>
        <translation>لا يستطيع KneeCare الكتابة في مجلد المزامنة %1.</translation>
    </message>
    <message>
        <source>Other users of this computer can look into %1. KneeCare&apos;s own files there are for you only, but a folder only you can open is safer for health records.</source>
        <translation>يمكن لمستخدمين آخرين لهذا الحاسوب الاطلاع على %1. ملفات KneeCare نفسها هناك متاحة لك وحدك، لكن المجلد الذي لا يفتحه أحد غيرك أكثر أمانًا للسجلات الصحية.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The sync folder %1 failed: %2</source>
        <translation>فشل مجلد المزامنة %1: %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Share your history with your other computers through a folder your sync tool keeps in step.</source>
        <translation>مشاركة سجلك مع حواسيبك الأخرى عبر مجلد تُبقيه أداة المزامنة متطابقًا.</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a cloud drive keeps the same on each of your computers. KneeCare writes only its own journal files there, never the history itself.</source>
        <translation>اختر مجلدًا يُبقيه Syncthing أو Nextcloud أو مجلد شبكة مشترك أو قرص سحابي متطابقًا على كل حواسيبك. لا يكتب KneeCare هناك إلا ملفات اليومية الخاصة به، ولا يكتب السجل نفسه أبدًا.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>لم تتم المزامنة بعد.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>S&amp;ync this computer&apos;s history</source>
        <translation>م&amp;زامنة سجل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>المج&amp;لد:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>ا&amp;سم هذا الحاسوب:</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>اختيار مجلد المزامنة</translation>
    </message>
    <message>
        <source>Please give the whole path of the folder.</source>
        <translation>يُرجى إدخال المسار الكامل للمجلد.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message numerus="yes">
        <source>read %n journal(s)</source>
        <translation>
            <numerusform>قراءة %n ملف يومية</numerusform>
            <numerusform>قراءة %n ملف يومية</numerusform>
            <numerusform>قراءة %n ملفي يومية</numerusform>
            <numerusform>قراءة %n ملفات يومية</numerusform>
            <numerusform>قراءة %n ملف يومية</numerusform>
            <numerusform>قراءة %n ملف يومية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n جلسة جديدة</numerusform>
            <numerusform>%n جلسة جديدة</numerusform>
            <numerusform>%n جلستان جديدتان</numerusform>
            <numerusform>%n جلسات جديدة</numerusform>
            <numerusform>%n جلسة جديدة</numerusform>
            <numerusform>%n جلسة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n عملية حذف</numerusform>
            <numerusform>%n عملية حذف</numerusform>
            <numerusform>%n عمليتا حذف</numerusform>
            <numerusform>%n عمليات حذف</numerusform>
            <numerusform>%n عملية حذف</numerusform>
            <numerusform>%n عملية حذف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n record(s)</source>
        <translation>
            <numerusform>كتابة %n قيد</numerusform>
            <numerusform>كتابة %n قيد</numerusform>
            <numerusform>كتابة %n قيدين</numerusform>
            <numerusform>كتابة %n قيود</numerusform>
            <numerusform>كتابة %n قيدًا</numerusform>
            <numerusform>كتابة %n قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety record(s)</source>
        <translation>
            <numerusform>%n قيد سلامة</numerusform>
            <numerusform>%n قيد سلامة</numerusform>
            <numerusform>%n قيدا سلامة</numerusform>
            <numerusform>%n قيود سلامة</numerusform>
            <numerusform>%n قيد سلامة</numerusform>
            <numerusform>%n قيد سلامة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n تقييم</numerusform>
            <numerusform>%n تقييم</numerusform>
            <numerusform>%n تقييمان</numerusform>
            <numerusform>%n تقييمات</numerusform>
            <numerusform>%n تقييمًا</numerusform>
            <numerusform>%n تقييم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from a newer KneeCare left for later.</source>
        <translation>
            <numerusform>تُرك %n قيد من إصدار أحدث من KneeCare لوقت لاحق.</numerusform>
            <numerusform>تُرك %n قيد من إصدار أحدث من KneeCare لوقت لاحق.</numerusform>
            <numerusform>تُرك %n قيدان من إصدار أحدث من KneeCare لوقت لاحق.</numerusform>
            <numerusform>تُرك %n قيود من إصدار أحدث من KneeCare لوقت لاحق.</numerusform>
            <numerusform>تُرك %n قيدًا من إصدار أحدث من KneeCare لوقت لاحق.</numerusform>
            <numerusform>تُرك %n قيد من إصدار أحدث من KneeCare لوقت لاحق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped (see the log).</source>
        <translation>
            <numerusform>تم تخطي %n سطر تالف (راجع ملف السجل التقني).</numerusform>
            <numerusform>تم تخطي %n سطر تالف (راجع ملف السجل التقني).</numerusform>
            <numerusform>تم تخطي %n سطرين تالفين (راجع ملف السجل التقني).</numerusform>
            <numerusform>تم تخطي %n أسطر تالفة (راجع ملف السجل التقني).</numerusform>
            <numerusform>تم تخطي %n سطرًا تالفًا (راجع ملف السجل التقني).</numerusform>
            <numerusform>تم تخطي %n سطر تالف (راجع ملف السجل التقني).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Left knee</source>
        <translation>الركبة اليسرى</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>الركبة اليمنى</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>الساق اليسرى</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>الساق اليمنى</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>بدّل الآن</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>اكتملت الجلسة</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>أُوقفت الجلسة</translation>
    </message>
    <message>
        <source>Session ended for safety</source>
        <translation>انتهت الجلسة حفاظًا على السلامة</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation>انقطعت الجلسة</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session that reached its end, but with a pressing, moving or exercise step skipped.</extracomment>
        <translation>تُخطّيت خطوات</translation>
    </message>
    <message>
        <source>Before the first knee</source>
        <translation>قبل الركبة الأولى</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>كلتا الساقين</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · الخطوة %2 من %3</translation>
    </message>
    <message>
        <source> · set %1 of %2</source>
        <translation> · المجموعة %1 من %2</translation>
    </message>
    <message>
        <source> · round %1 of %2</source>
        <translation> · الجولة %1 من %2</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>أُنجزت %1 من %2 خطوات</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>، %1 تُخطّيت</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2، %3.</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>الخطوة الأخيرة</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>التالي: %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation>متبقٍّ في الجلسة: %1</translation>
    </message>
    <message>
        <source>↻  Small circles over BL40 · one every %1 s</source>
        <translation>↻  دوائر صغيرة فوق BL40 · واحدة كل %1 ث</translation>
    </message>
    <message>
        <source>↕  Slow strokes up and down across the hollow · one every %1 s</source>
        <translation>↕  مسحات بطيئة صعودًا ونزولًا عبر التجويف · واحدة كل %1 ث</translation>
    </message>
    <message>
        <source>Release in %1 s</source>
        <translation>ارفع يديك بعد %1 ث</translation>
    </message>
    <message>
        <source>Hold still on BL40 · %1 s, then release</source>
        <translation>ثبّت الضغط على BL40 · %1 ث، ثم ارفع يديك</translation>
    </message>
    <message>
        <source>↓  Light strokes from the knee down the calf to the ankle</source>
        <translation>↓  مسحات خفيفة من الركبة نزولًا على ربلة الساق حتى الكاحل</translation>
    </message>
    <message>
        <source>Release: let the hollow rest</source>
        <translation>ارفع يديك: دع التجويف يرتاح</translation>
    </message>
    <message>
        <source>BL40 · Weizhong sits in the middle of the crease</source>
        <translation>تقع BL40 · Weizhong في وسط ثنية الركبة</translation>
    </message>
    <message>
        <source>Hold the stretch · %1 s, then release</source>
        <translation>حافظ على الإطالة · %1 ث، ثم أرخِ</translation>
    </message>
    <message>
        <source>One every %1 s, smooth and steady</source>
        <translation>واحدة كل %1 ث، بسلاسة وانتظام</translation>
    </message>
    <message>
        <source>Rest quietly; a soft chime marks the end</source>
        <translation>استرح بهدوء؛ نغمة هادئة تعلن النهاية</translation>
    </message>
    <message>
        <source>Breathe in
through the nose · %1 s</source>
        <translation>شهيق
من الأنف · %1 ث</translation>
    </message>
    <message>
        <source>Breathe out
through the mouth · %1 s</source>
        <translation>زفير
من الفم · %1 ث</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>You reported %1. Next time use a lighter touch; if it comes back, leave this point out and ask a health professional.</source>
        <translation>أبلغتَ عن %1. في المرة القادمة المس بخفة أكبر؛ وإذا تكرر ذلك، فتجنّب هذه النقطة واسأل مختصًا صحيًا.</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>ألم حاد</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>خدر</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>وخز</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>أحسنت</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>اعتنِ بنفسك</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>%1 in all, %2.</source>
        <translation>%1 إجمالًا، %2.</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Time for your knees</source>
        <translation>حان وقت العناية بركبتيك</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>حان وقت الحركة</translation>
    </message>
    <message>
        <source>You have been still for a while. Stand up and walk for a few minutes, or press Start now for two minutes of calf raises.</source>
        <translation>لم تتحرك منذ مدة. قم وامشِ بضع دقائق، أو اضغط «ابدأ الآن» لدقيقتين من رفع الكعبين.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>ابدأ الآن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>KneeCare reminder</source>
        <translation>تذكير KneeCare</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>غدًا %1</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>نحو دقيقة</translation>
    </message>
    <message>
        <source>%1: %2, sitting down. %3.</source>
        <translation>%1: %2، جلوسًا. %3.</translation>
    </message>
    <message>
        <source>Here again, as you asked.</source>
        <translation>ها أنا مجددًا، كما طلبت.</translation>
    </message>
    <message>
        <source>This one was due at %1, while the computer was asleep or off.</source>
        <translation>كان موعد هذا التذكير %1، بينما كان الحاسوب في وضع السكون أو مطفأً.</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>جلسة قيد التشغيل</translation>
    </message>
    <message>
        <source>A session is due (since %1)</source>
        <translation>حان موعد جلسة (منذ %1)</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>التذكير التالي: %1</translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation>لا توجد تذكيرات مخططة</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) today</source>
        <translation>
            <numerusform>%1 من %n جلسة اليوم</numerusform>
            <numerusform>%1 من %n جلسة اليوم</numerusform>
            <numerusform>%1 من %n جلستين اليوم</numerusform>
            <numerusform>%1 من %n جلسات اليوم</numerusform>
            <numerusform>%1 من %n جلسة اليوم</numerusform>
            <numerusform>%1 من %n جلسة اليوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>نحو %n دقيقة</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
            <numerusform>نحو %n دقيقتين</numerusform>
            <numerusform>نحو %n دقائق</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
            <numerusform>نحو %n دقيقة</numerusform>
        </translation>
    </message>
</context>
</TS>
