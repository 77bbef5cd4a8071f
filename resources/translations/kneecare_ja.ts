<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>App</name>
    <message>
        <source>KneeCare cannot start: a program file is broken.</source>
        <translation>KneeCare を起動できません: プログラムのファイルが壊れています。</translation>
    </message>
    <message>
        <source>KneeCare cannot open your history, so it cannot start. The details say why.</source>
        <translation>履歴を開けないため、KneeCare を起動できません。理由は詳細に書いてあります。</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of KneeCare. It has been left untouched: please update KneeCare.</source>
        <translation>履歴は新しいバージョンの KneeCare で書かれています。履歴はそのままにしてあります。KneeCare を更新してください。</translation>
    </message>
    <message>
        <source>Your history was damaged and no good backup of it was found. The damaged file was kept, and what could still be read from it was saved into a new history; the details say where and how much.</source>
        <translation>履歴が壊れていて、使えるバックアップが見つかりませんでした。壊れたファイルは残してあり、読み取れた分は新しい履歴に保存しました。場所と量は詳細に書いてあります。</translation>
    </message>
    <message>
        <source>Your history was damaged. KneeCare kept the damaged file, restored your newest good backup from the backups folder and added what could still be read from the damaged file. The details name the backup, the folder and how many sessions each gave.</source>
        <translation>履歴が壊れていました。KneeCare は壊れたファイルを残し、バックアップフォルダーから最新の正常なバックアップを復元して、壊れたファイルから読み取れた分を追加しました。バックアップ、フォルダー、それぞれから戻ったセッション数は詳細に書いてあります。</translation>
    </message>
    <message>
        <source>Your history is in use by another program (a backup or sync tool, or a second reader). KneeCare will try again by itself and start as soon as it is free.</source>
        <translation>履歴は別のプログラム（バックアップや同期のツール、別の読み取りプログラム）が使用中です。KneeCare は自動で再試行し、使えるようになりしだい起動します。</translation>
    </message>
    <message>
        <source>Your history can only be read where it is (a read-only folder, file or drive). You can look at it and export it, but new sessions cannot be saved, so Start is off.</source>
        <translation>履歴は今の場所では読み取り専用です（読み取り専用のフォルダー、ファイル、ドライブ）。表示とエクスポートはできますが、新しいセッションは保存できないため、「開始」は使えません。</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so KneeCare is using its defaults. The file was kept, not overwritten; the details say where it is.</source>
        <translation>設定ファイルを読み込めなかったため、KneeCare は初期設定を使っています。ファイルは上書きせずに残してあります。場所は詳細に書いてあります。</translation>
    </message>
    <message>
        <source>KneeCare could not save this session to your history.</source>
        <translation>KneeCare はこのセッションを履歴に保存できませんでした。</translation>
    </message>
    <message>
        <source>KneeCare cannot check safely whether it is already running, so it does not start. The details say why and what to do.</source>
        <translation>KneeCare がすでに起動しているかを安全に確認できないため、起動しません。理由と対処法は詳細に書いてあります。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in KneeCare. Your history is kept as it was; the details say what happened, and the log file has them too.</source>
        <translation>KneeCare で予期しない問題が起きました。履歴は元のままです。何が起きたかは詳細とログファイルに書いてあります。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Sessions cannot start: your history can only be read, so they could not be saved.</source>
        <translation>セッションを開始できません: 履歴が読み取り専用のため、保存できません。</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>呼吸ガイド</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sounds and voice stopped working; the session goes on without them.</source>
        <translation>音と音声が使えなくなりました。セッションは音なしで続きます。</translation>
    </message>
</context>
<context>
    <name>CueSettingsDialog</name>
    <message>
        <source>Sound and voice</source>
        <translation>音と音声</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>音</translation>
    </message>
    <message>
        <source>A chime at each new step</source>
        <translation>ステップが変わるたびにチャイムを鳴らす</translation>
    </message>
    <message>
        <source>A different chime when it is time for the other knee</source>
        <translation>反対のひざに移るときは別のチャイムを鳴らす</translation>
    </message>
    <message>
        <source>A chime when the session is done</source>
        <translation>セッションが終わったらチャイムを鳴らす</translation>
    </message>
    <message>
        <source>Breathing tones: rising to breathe in, falling to breathe out</source>
        <translation>呼吸の音: 上がる音で吸い、下がる音で吐く</translation>
    </message>
    <message>
        <source>A soft tick for each circle, stroke or repetition</source>
        <translation>円、さする動き、反復ごとに小さなクリック音</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Play a chime</source>
        <translation>チャイムを鳴らす</translation>
    </message>
    <message>
        <source>Plays the step chime at this volume</source>
        <translation>この音量でステップのチャイムを鳴らします</translation>
    </message>
    <message>
        <source>KneeCare cannot play sounds here: no sound output was found when it started. Connect speakers or headphones and start KneeCare again to hear them.</source>
        <translation>ここでは KneeCare は音を鳴らせません: 起動時に音声出力が見つかりませんでした。スピーカーかヘッドホンをつないで、KneeCare を起動し直してください。</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>各ステップを読み上げる</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>音声の速さ</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>遅く</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>速く</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速さ</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>音声をテスト</translation>
    </message>
    <message>
        <source>Reads a sample sentence with this voice and speed</source>
        <translation>この音声と速さで例文を読み上げます</translation>
    </message>
    <message>
        <source>The speech engine is starting…</source>
        <translation>音声エンジンを起動しています…</translation>
    </message>
    <message>
        <source>Steps cannot be read aloud on this computer. %1 The chimes still play.</source>
        <translation>このコンピューターではステップを読み上げられません。%1 チャイムは鳴ります。</translation>
    </message>
    <message>
        <source>The system&apos;s default voice</source>
        <translation>システムの既定の音声</translation>
    </message>
    <message>
        <source>%1 (not available in this language)</source>
        <translation>%1（この言語では使用できません）</translation>
    </message>
    <message>
        <source>Sound and &amp;voice…</source>
        <translation>音と音声(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>Helps</name>
    <message>
        <source>tension</source>
        <translation>張り</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>痛み</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>腫れ</translation>
    </message>
    <message>
        <source>Sessions before 12:00</source>
        <translation>12:00 より前のセッション</translation>
    </message>
    <message>
        <source>Sessions from 12:00</source>
        <translation>12:00 以降のセッション</translation>
    </message>
    <message>
        <source>%1 on average about the same after a session (80% interval %2 to %3)</source>
        <translation>%1 はセッション後も平均してほぼ同じ（80% 区間 %2 ～ %3）</translation>
    </message>
    <message>
        <source>%1 about the same (80% interval %2 to %3)</source>
        <translation>%1 はほぼ同じ（80% 区間 %2 ～ %3）</translation>
    </message>
    <message>
        <source>%1 on average %2 points lower after a session (80% interval %3 to %4)</source>
        <translation>%1 はセッション後に平均 %2 ポイント低下（80% 区間 %3 ～ %4）</translation>
    </message>
    <message>
        <source>%1 on average %2 points higher after a session (80% interval %3 to %4)</source>
        <translation>%1 はセッション後に平均 %2 ポイント上昇（80% 区間 %3 ～ %4）</translation>
    </message>
    <message>
        <source>%1 %2 points lower (80% interval %3 to %4)</source>
        <translation>%1 は %2 ポイント低下（80% 区間 %3 ～ %4）</translation>
    </message>
    <message>
        <source>%1 %2 points higher (80% interval %3 to %4)</source>
        <translation>%1 は %2 ポイント上昇（80% 区間 %3 ～ %4）</translation>
    </message>
    <message>
        <source>From your own 0 to 10 ratings, after minus before. The 80% interval is where the average would likely stay with more sessions like these. What you noticed, not proof that a program works.</source>
        <translation>ご自身の 0～10 の評価（後 − 前）から計算しています。80% 区間は、同じようなセッションが増えても平均がおそらく収まる範囲です。気づいたことの記録であり、プログラムの効果の証明ではありません。</translation>
    </message>
    <message>
        <source>In your own ratings, tension drops most clearly after %1. Try it next?</source>
        <translation>ご自身の評価では、%1 の後に張りが最もはっきり下がっています。次はこれを試しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n more session(s) of one program before and after, and this shows what seems to help you.</source>
        <translation>
            <numerusform>1つのプログラムで、あと %n 回のセッションを前後に評価すると、何が役立っていそうかがここに表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n session(s) rated before and after</source>
        <translation>
            <numerusform>%1: %2（前後に評価したセッション %n 回）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>Ankle pumps</source>
        <translation>足首の運動</translation>
    </message>
    <message>
        <source>Point the foot away, then pull the toes back towards the shin</source>
        <translation>つま先を前に伸ばし、次にすねの方へ引き寄せます</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>かかと上げ</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet, then lower your heels again</source>
        <translation>つま先立ちになり、かかとをまた下ろします</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>ふくらはぎのストレッチ</translation>
    </message>
    <message>
        <source>Lean towards a wall with one leg back, heel down</source>
        <translation>片脚を後ろに引き、かかとを床につけて壁に寄りかかります</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>ふくらはぎをさする</translation>
    </message>
    <message>
        <source>Light strokes from behind the knee down to the ankle</source>
        <translation>ひざの裏から足首まで軽くさすります</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>温冷シャワー</translation>
    </message>
    <message>
        <source>Warm water, then cool, in turns, on both legs</source>
        <translation>両脚に温水と冷水を交互にかけます</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>太もも裏のストレッチ</translation>
    </message>
    <message>
        <source>Sit forward, one leg straight, heel down, lean from the hips</source>
        <translation>浅く座り、片脚を伸ばしてかかとを床につけ、股関節から前に倒します</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>脚を高くする</translation>
    </message>
    <message>
        <source>Lie down with your feet resting higher than your heart</source>
        <translation>横になり、足を心臓より高い位置に置きます</translation>
    </message>
    <message>
        <source>Drawing: %1</source>
        <translation>イラスト: %1</translation>
    </message>
</context>
<context>
    <name>KnowHow</name>
    <message>
        <source>More for your legs</source>
        <translation>脚のためにできること</translation>
    </message>
    <message>
        <source>Compression stockings</source>
        <translation>弾性ストッキング</translation>
    </message>
    <message>
        <source>Firm, graduated stockings can help people whose legs swell again and again, or who have varicose veins: their steady squeeze keeps fluid from pooling in the lower legs.</source>
        <translation>段階的に圧がかかるしっかりしたストッキングは、脚がくり返しむくむ人や静脈瘤のある人の助けになります。一定の締めつけで、すねや足に水分がたまるのを防ぎます。</translation>
    </message>
    <message>
        <source>The right strength and size matter. Ask a doctor, nurse or pharmacist to choose them with you.</source>
        <translation>合った強さとサイズが大切です。医師、看護師、薬剤師と一緒に選んでください。</translation>
    </message>
    <message>
        <source>Move every hour</source>
        <translation>1時間ごとに体を動かす</translation>
    </message>
    <message>
        <source>Sitting or standing still for hours lets fluid settle in the lower legs. Get up and walk for a few minutes at least once an hour. When you cannot leave your seat, a set of ankle pumps keeps the calf muscles working.</source>
        <translation>何時間も座ったり立ったりしたままだと、すねや足に水分がたまります。少なくとも1時間に1回は立ち上がり、数分歩きましょう。席を離れられないときは、足首の運動でふくらはぎの筋肉を動かし続けられます。</translation>
    </message>
    <message>
        <source>Regular walking, cycling or swimming builds up the calf muscle pump over time.</source>
        <translation>ウォーキング、サイクリング、水泳を続けると、ふくらはぎの筋肉のポンプ作用が少しずつ鍛えられます。</translation>
    </message>
    <message>
        <source>Water and salt</source>
        <translation>水分と塩分</translation>
    </message>
    <message>
        <source>Drink enough water through the day. A lot of salt makes the body hold on to water, so going easy on salty food can mean less puffiness. Oily fish and leafy greens are good to have on the plate.</source>
        <translation>一日を通して水を十分に飲みましょう。塩分をとりすぎると体が水分をため込むので、塩辛い食べ物を控えるとむくみが減ることがあります。青魚や葉物野菜もおすすめです。</translation>
    </message>
    <message>
        <source>A healthy weight</source>
        <translation>健康的な体重</translation>
    </message>
    <message>
        <source>Keeping to a healthy weight makes the work of the circulation in your legs lighter; moving more helps with both.</source>
        <translation>健康的な体重を保つと、脚の血液循環の負担が軽くなります。よく体を動かすことは、その両方に役立ちます。</translation>
    </message>
    <message>
        <source>Smoking, blood pressure and blood sugar</source>
        <translation>喫煙、血圧、血糖</translation>
    </message>
    <message>
        <source>Stopping smoking, and keeping blood pressure and blood sugar in a healthy range, look after your blood vessels, in the legs as everywhere else. Your doctor can help with all three.</source>
        <translation>禁煙し、血圧と血糖を健康的な範囲に保つことは、脚を含む全身の血管を守ります。この3つはどれも医師に相談できます。</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>専門家に相談すべきとき</translation>
    </message>
    <message>
        <source>See a doctor or nurse if swelling or pain in a leg does not go away, or keeps coming back.</source>
        <translation>脚の腫れや痛みが治まらない、またはくり返すときは、医師か看護師に相談してください。</translation>
    </message>
    <message>
        <source>Get help promptly, and do not massage the leg, if it suddenly turns warm, red, badly swollen or painful.</source>
        <translation>脚が急に熱をもつ、赤くなる、ひどく腫れる、痛くなるときは、すぐに受診し、その脚はマッサージしないでください。</translation>
    </message>
    <message>
        <source>For swelling that lasts, a trained therapist can offer lymphatic or deep tissue massage.</source>
        <translation>腫れが続く場合は、専門の施術者によるリンパマッサージや深部組織マッサージを受けられることがあります。</translation>
    </message>
    <message>
        <source>KneeCare is a self-care companion. It does not treat or heal any illness, and it does not replace advice from a health professional.</source>
        <translation>KneeCare はセルフケアのお供です。病気の治療や治癒は行わず、医療の専門家の助言に代わるものでもありません。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;More for your legs</source>
        <translation>脚のためにできること(&amp;M)</translation>
    </message>
</context>
<context>
    <name>LegDiagram</name>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Leg diagram</source>
        <translation>脚の図</translation>
    </message>
    <message>
        <source>Backs of both legs, left knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>両脚の裏側、左ひざを強調。BL40（Weizhong）はひざ裏のしわの中央</translation>
    </message>
    <message>
        <source>Backs of both legs, right knee highlighted; BL40 (Weizhong) in the middle of the crease</source>
        <translation>両脚の裏側、右ひざを強調。BL40（Weizhong）はひざ裏のしわの中央</translation>
    </message>
    <message>
        <source>Backs of both legs, both knees; BL40 (Weizhong) in the middle of the crease</source>
        <translation>両脚の裏側、両ひざ。BL40（Weizhong）はひざ裏のしわの中央</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sharp pain</source>
        <translation>鋭い痛み</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>しびれ</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>ピリピリ感</translation>
    </message>
    <message>
        <source>It hurts / numb / tingling  (!)</source>
        <translation>痛い／しびれ／ピリピリ  (!)</translation>
    </message>
    <message>
        <source>Continue &amp;gently</source>
        <translation>軽めに続ける(&amp;G)</translation>
    </message>
    <message>
        <source>Go on with a lighter touch</source>
        <translation>もっと軽い力で続けます</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>セッションを終了(&amp;E)</translation>
    </message>
    <message>
        <source>End the session now, for safety</source>
        <translation>安全のため、今すぐセッションを終了する</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>開始・一時停止・再開（スペースキー）</translation>
    </message>
    <message>
        <source>Skip to the next step (Right arrow)</source>
        <translation>次のステップへスキップ（→キー）</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>セッションを停止（Esc）</translation>
    </message>
    <message>
        <source>Sharp pain, numbness or tingling: pause now (! or Ctrl+H)</source>
        <translation>鋭い痛み・しびれ・ピリピリ感があれば、すぐ一時停止 (! または Ctrl+H)</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>セッションを開始</translation>
    </message>
    <message>
        <source>Start, pause or resume the session (Space)</source>
        <translation>セッションを開始・一時停止・再開（スペースキー）</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>ステップをスキップ</translation>
    </message>
    <message>
        <source>Go to the next step (Right arrow)</source>
        <translation>次のステップへ進む（→キー）</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>セッションを停止</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>セッションを終了（Esc）</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling</source>
        <translation>痛い・しびれる・ピリピリする</translation>
    </message>
    <message>
        <source>Pauses the session at once and asks what you feel (! or Ctrl+H)</source>
        <translation>セッションをすぐに一時停止し、どう感じるかを尋ねます（! または Ctrl+H）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>セッションを開始・一時停止・再開</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>次のステップへスキップ</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>セッションを停止</translation>
    </message>
    <message>
        <source>It hurts, numb or tingling: pause now</source>
        <translation>痛い・しびれる・ピリピリする：すぐ一時停止</translation>
    </message>
    <message>
        <source>This session cannot start: %1.</source>
        <translation>このセッションは開始できません: %1。</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>報告: %1</translation>
    </message>
    <message>
        <source>Pause session</source>
        <translation>セッションを一時停止</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>セッションを再開</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>履歴をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>履歴をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translation>ハイコントラスト(&amp;C)</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>動きを減らす(&amp;M)</translation>
    </message>
    <message>
        <source>A still marker and words instead of moving pictures</source>
        <translation>動く絵の代わりに、止まった印と文字で示します</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>The new language shows from KneeCare&apos;s next start.</source>
        <translation>新しい言語は、KneeCare の次回起動時から表示されます。</translation>
    </message>
    <message>
        <source>&amp;About safety</source>
        <translation>安全について(&amp;A)</translation>
    </message>
    <message>
        <source>My situation &amp;changed…</source>
        <translation>状況が変わった(&amp;C)…</translation>
    </message>
    <message>
        <source>Answer the safety questions again</source>
        <translation>安全確認の質問にもう一度答えます</translation>
    </message>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>毎回セッションの前に脚の状態を確認する</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>安全(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>安全について</translation>
    </message>
    <message>
        <source>When not to do this, and when to see a health professional (F1)</source>
        <translation>行ってはいけないとき、医療の専門家に相談すべきとき（F1）</translation>
    </message>
    <message>
        <source>Repeat the safety &amp;questions</source>
        <translation>安全確認の質問をくり返す(&amp;Q)</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>両ひざ</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>左ひざ</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>右ひざ</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>The routine to follow</source>
        <translation>行う手順</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>ひざ</translation>
    </message>
    <message>
        <source>Work both knees, or only the left or the right one</source>
        <translation>両ひざ、または左右どちらかのひざだけを行います</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Minutes of movement per knee</source>
        <translation>ひざ1つあたりの動きの時間（分）</translation>
    </message>
    <message>
        <source>&amp;Warm compress first</source>
        <translation>最初に温湿布をする(&amp;W)</translation>
    </message>
    <message>
        <source>Warm compress first</source>
        <translation>最初に温湿布をする</translation>
    </message>
    <message>
        <source>Rest a warm compress behind the knees before the session starts</source>
        <translation>セッションの前に、ひざの裏に温湿布を当てます</translation>
    </message>
    <message>
        <source>Minutes of warm compress</source>
        <translation>温湿布の時間（分）</translation>
    </message>
    <message>
        <source>1 or 2 minutes, before the first knee</source>
        <translation>1分か2分、最初のひざの前に</translation>
    </message>
    <message>
        <source>Nothing more</source>
        <translation>追加なし</translation>
    </message>
    <message>
        <source>Finish with</source>
        <translation>最後に行うこと</translation>
    </message>
    <message>
        <source>A routine to do right after the knee session</source>
        <translation>ひざのセッションのすぐ後に行う手順</translation>
    </message>
    <message>
        <source>Minutes with legs raised</source>
        <translation>脚を高くする時間（分）</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>プログラム(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Knees</source>
        <translation>ひざ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Movement per knee</source>
        <translation>ひざ1つあたりの動き(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Finish with</source>
        <translation>最後に行うこと(&amp;F)</translation>
    </message>
    <message>
        <source>Legs &amp;raised for</source>
        <translation>脚を高くする時間(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>使う(&amp;U)</translation>
    </message>
    <message>
        <source>No, &amp;thanks</source>
        <translation>いいえ、結構です(&amp;T)</translation>
    </message>
    <message>
        <source>Do not suggest a program again</source>
        <translation>今後プログラムを提案しない</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in half minutes (2 to 5 minutes per knee in all)</source>
        <translation>%1 ～ %2 分、30秒単位（ひざ1つあたり合計 2～5 分）</translation>
    </message>
    <message>
        <source>From %1 to %2 minutes, in whole minutes</source>
        <translation>%1 ～ %2 分、1分単位</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使う</translation>
    </message>
    <message>
        <source>Choose %1 for your next session</source>
        <translation>次のセッションで %1 を選ぶ</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>%n 日ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>同期(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>&amp;Tension</source>
        <translation>張り(&amp;T)</translation>
    </message>
    <message>
        <source>how tight the back of the knee feels</source>
        <translation>ひざの裏がどのくらい張っているか</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>痛み(&amp;P)</translation>
    </message>
    <message>
        <source>any ache or soreness</source>
        <translation>うずきや痛み</translation>
    </message>
    <message>
        <source>&amp;Swelling</source>
        <translation>腫れ(&amp;S)</translation>
    </message>
    <message>
        <source>any puffiness around the knee</source>
        <translation>ひざのまわりのむくみ</translation>
    </message>
    <message>
        <source>Rate your knees</source>
        <translation>ひざの状態を評価</translation>
    </message>
    <message>
        <source>How do your knees feel before the session?</source>
        <translation>セッションの前、ひざの具合はどうですか？</translation>
    </message>
    <message>
        <source>And after the session?</source>
        <translation>セッションの後はどうですか？</translation>
    </message>
    <message>
        <source>Rate what you feel, 0 for none and 10 for the most you can imagine. A slider you leave alone is simply not rated.</source>
        <translation>感じている程度を、0（なし）から 10（想像できる最大）で評価してください。動かさなかったスライダーは評価なしになります。</translation>
    </message>
    <message>
        <source>A note, if you like (optional)</source>
        <translation>メモ（任意）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>今後は尋ねない</translation>
    </message>
    <message>
        <source>You can turn ratings back on in the History window.</source>
        <translation>評価は履歴ウィンドウでまたオンにできます。</translation>
    </message>
    <message>
        <source>%1, 0 none to 10 the most</source>
        <translation>%1、0（なし）～ 10（最大）</translation>
    </message>
    <message>
        <source>not rated (before: %1)</source>
        <translation>評価なし（前: %1）</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>スキップ  (Esc)</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>保存して開始</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>評価なし</translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation>（前: %1）</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>&amp;Remind me to do a session</source>
        <translation>セッションの時間を知らせる(&amp;R)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>Recovery after heavy exercise</source>
        <translation>激しい運動の後の回復</translation>
    </message>
    <message>
        <source>Start KneeCare in the tray when I log in</source>
        <translation>ログイン時に KneeCare をトレイで起動する</translation>
    </message>
    <message>
        <source>I&apos;m in a &amp;meeting: remind me in %1 min</source>
        <translation>会議中です: %1 分後に知らせる(&amp;M)</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> 回／日</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>1日の目標</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>1日の目標(&amp;G)</translation>
    </message>
    <message>
        <source>Skip a reminder when today&apos;s goal is already met</source>
        <translation>今日の目標を達成していればリマインダーを省く</translation>
    </message>
    <message>
        <source>Count routines (stretches, ankle pumps…) towards the goal</source>
        <translation>手順（ストレッチ、足首の運動など）も目標に数える</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>通知しない時間帯</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>スヌーズの長さ</translation>
    </message>
    <message>
        <source>&amp;Snooze for</source>
        <translation>スヌーズ時間(&amp;S)</translation>
    </message>
    <message>
        <source>Use reminder time %1</source>
        <translation>リマインダー時刻 %1 を使う</translation>
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation>リマインダー時刻 %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>通知しない時間帯の開始</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>通知しない時間帯の終了</translation>
    </message>
    <message>
        <source>Recovery reminders a day</source>
        <translation>回復リマインダーの1日の回数</translation>
    </message>
    <message>
        <source>Recovery days</source>
        <translation>回復の日数</translation>
    </message>
    <message>
        <source>for</source>
        <translation>を</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>知らせる</translation>
    </message>
    <message>
        <source>Remind me to stand up and &amp;move every hour, from</source>
        <translation>1時間ごとに立って体を動かすよう知らせる(&amp;M)</translation>
    </message>
    <message>
        <source>Movement nudges from</source>
        <translation>動く合図の開始</translation>
    </message>
    <message>
        <source>Movement nudges until</source>
        <translation>動く合図の終了</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>These reminders cannot work yet: %1.</source>
        <translation>これらのリマインダーはまだ使えません: %1。</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A weekday, day and month as QLocale writes them (QDate format), e.g. &quot;Sunday 29 November&quot;.</extracomment>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>On until %1, then back to your usual reminders by itself. Reminders at %2.</source>
        <translation>%1 までオン。その後は自動で通常のリマインダーに戻ります。リマインダー: %2。</translation>
    </message>
    <message>
        <source>End recovery reminders now</source>
        <translation>回復リマインダーを今すぐ終える</translation>
    </message>
    <message>
        <source>For a few days after heavy exercise: reminders at %1, then back to your usual ones.</source>
        <translation>激しい運動の後の数日間: %1 にリマインダー。その後は通常に戻ります。</translation>
    </message>
    <message>
        <source>Start recovery reminders today</source>
        <translation>今日から回復リマインダーを始める</translation>
    </message>
    <message numerus="yes">
        <source>Fine: the next reminder comes in %n minute(s).</source>
        <translation>
            <numerusform>わかりました。次のリマインダーは %n 分後です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>stopped early by the person</source>
        <translation>本人が途中で停止</translation>
    </message>
    <message>
        <source>ended for safety</source>
        <translation>安全のため終了</translation>
    </message>
    <message>
        <source>interrupted (the app was closed)</source>
        <translation>中断（アプリが閉じられた）</translation>
    </message>
    <message>
        <source>a hands-on step skipped</source>
        <translation>手で行うステップをスキップ</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>張り</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>痛み</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>腫れ</translation>
    </message>
    <message>
        <source>settling in</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>warm compress</source>
        <translation>温湿布</translation>
    </message>
    <message>
        <source>finding the point</source>
        <translation>ツボを探す</translation>
    </message>
    <message>
        <source>steady pressure</source>
        <translation>一定の圧</translation>
    </message>
    <message>
        <source>circles or strokes</source>
        <translation>円を描く・さする</translation>
    </message>
    <message>
        <source>holding the point</source>
        <translation>ツボを押さえる</translation>
    </message>
    <message>
        <source>calf strokes</source>
        <translation>ふくらはぎをさする</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>反復</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>ストレッチ</translation>
    </message>
    <message>
        <source>legs raised</source>
        <translation>脚を高くする</translation>
    </message>
    <message>
        <source>warm and cool water</source>
        <translation>温水と冷水</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>左ひざ</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>右ひざ</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>鋭い痛み</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>しびれ</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>ピリピリ感</translation>
    </message>
    <message>
        <source>session ended for safety</source>
        <translation>安全のためセッションを終了</translation>
    </message>
    <message>
        <source>no reason given not to do the sessions</source>
        <translation>セッションを控える理由の回答なし</translation>
    </message>
    <message>
        <source>pregnant; a healthcare provider agreed to the sessions</source>
        <translation>妊娠中。医療の専門家がセッションを了承</translation>
    </message>
    <message>
        <source>pregnant; sessions held until a healthcare provider agrees</source>
        <translation>妊娠中。医療の専門家が了承するまでセッション休止</translation>
    </message>
    <message>
        <source>sessions on hold because of a yes</source>
        <translation>「はい」の回答によりセッション休止</translation>
    </message>
    <message>
        <source>not every question answered</source>
        <translation>未回答の質問あり</translation>
    </message>
    <message>
        <source>the person said the leg was back to normal</source>
        <translation>本人が脚は元に戻ったと回答</translation>
    </message>
    <message>
        <source>the person said a health professional cleared it</source>
        <translation>本人が医療の専門家の許可を得たと回答</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Self-care log from KneeCare</source>
        <translation>KneeCare のセルフケア記録</translation>
    </message>
    <message>
        <source>Self-reported log kept by the person with the KneeCare app; not a diagnosis. The sessions are self-care and are not offered as a treatment.</source>
        <translation>本人が KneeCare アプリで記録した自己申告の記録であり、診断ではありません。セッションはセルフケアであり、治療として提供するものではありません。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>completed sessions a day, week&apos;s average</source>
        <translation>1日に完了したセッション数（週平均）</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>1日の目標</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>前 %1</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>後 %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Guided self-acupressure behind the knees (point BL40, Weizhong), as the person recorded it.</source>
        <translation>ひざ裏のセルフ指圧のガイド（ツボ BL40、Weizhong）。本人の記録によるものです。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Time on each knee: left %1 min, right %2 min.</source>
        <translation>ひざごとの時間: 左 %1 分、右 %2 分。</translation>
    </message>
    <message>
        <source>knee points</source>
        <translation>ひざのツボ</translation>
    </message>
    <message>
        <source>leg routine</source>
        <translation>脚の手順</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>行ったこと</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>感じたこと</translation>
    </message>
    <message>
        <source>No session was rated both before and after.</source>
        <translation>前後の両方を評価したセッションはありません。</translation>
    </message>
    <message>
        <source>0-10, 10 worst</source>
        <translation>0～10、10 が最悪</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Sessions rated</source>
        <translation>評価したセッション</translation>
    </message>
    <message>
        <source>Averages of the ratings given just before and just after a session, over the sessions rated both times.</source>
        <translation>セッションの直前と直後に付けた評価の平均です。前後の両方を評価したセッションを対象とします。</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>役立っていそうなこと</translation>
    </message>
    <message>
        <source>Not enough rated sessions yet: each line needs at least 5.</source>
        <translation>評価したセッションがまだ足りません: 各行に 5 回以上必要です。</translation>
    </message>
    <message>
        <source>Average change in the person&apos;s own 0-10 ratings after a session (below 0: lower after), with an 80% interval of that average. An observation, not evidence of an effect.</source>
        <translation>本人の 0～10 の評価のセッション後の平均変化（0 未満: 後の方が低い）と、その平均の 80% 区間。観察であり、効果の証拠ではありません。</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>No safety screening recorded.</source>
        <translation>安全確認の記録はありません。</translation>
    </message>
    <message>
        <source>Latest safety screening: %1. Result: %2.</source>
        <translation>最新の安全確認: %1。結果: %2。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>回答なし</translation>
    </message>
    <message>
        <source>Red flags, all-clears and safety stops in the period</source>
        <translation>期間中の危険のサイン、解除、安全のための停止</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>The daily question before each session (is a leg swollen, warm, red or painful?) was %1 when this report was made.</source>
        <translation>毎回セッション前の質問（脚が腫れている、熱をもっている、赤い、または痛いか）は、このレポートの作成時点で %1 でした。</translation>
    </message>
    <message>
        <source>Answered yes to the daily question (a leg swollen, warm, red or painful); sessions held.</source>
        <translation>毎日の質問（脚が腫れている、熱をもっている、赤い、または痛い）に「はい」と回答。セッション休止。</translation>
    </message>
    <message>
        <source>Hold ended: %1.</source>
        <translation>休止の終了: %1。</translation>
    </message>
    <message>
        <source>In a session of %1: %2</source>
        <translation>%1 のセッション中: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 ～ %2（%n 日間）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 completed. Ended early: %2.</source>
        <translation>
            <numerusform>セッション %n 回、うち完了 %1 回。途中で終了: %2 回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily goal: %n completed session(s) a day; reached on average %1 a day.</source>
        <translation>
            <numerusform>1日の目標: 完了したセッション %n 回。平均で1日 %1 回達成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a health professional</source>
        <translation>医療の専門家向けレポート</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Remember this name</source>
        <translation>この名前を記憶する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Name on the report:</source>
        <translation>レポートに載せる名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>The first day comes after the last day. Please swap them.</source>
        <translation>開始日が終了日より後になっています。入れ替えてください。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>No session was recorded in this period, so there is nothing to report.</source>
        <translation>この期間に記録されたセッションがないため、レポートにする内容がありません。</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>その場所にレポートを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Report for a &amp;health professional…</source>
        <translation>医療の専門家向けレポート(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety questions · %1</source>
        <translation>安全確認の質問 · %1</translation>
    </message>
    <message>
        <source>They ask about:</source>
        <translation>質問する内容:</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>今はしない(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>始める(&amp;B)</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>安全確認の質問</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Sessions are on hold for now</source>
        <translation>セッションは現在休止中です</translation>
    </message>
    <message>
        <source>Your answers show something that makes pressing behind the knee unwise at the moment, so KneeCare will not start a session.</source>
        <translation>ご回答から、今はひざの裏を押すのは避けたほうがよいことがわかりました。そのため、KneeCare はセッションを開始しません。</translation>
    </message>
    <message>
        <source>If an answer was a mistake, or things have changed, you can review your answers.</source>
        <translation>回答を間違えた場合や、状況が変わった場合は、回答を見直すことができます。</translation>
    </message>
    <message>
        <source>About &amp;safety</source>
        <translation>安全について(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Review my answers</source>
        <translation>回答を見直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Check with your healthcare provider first</source>
        <translation>まず医療の専門家に確認してください</translation>
    </message>
    <message>
        <source>Tick the box once your provider has agreed; then Continue is available.</source>
        <translation>医療の専門家の了承を得たら、ボックスにチェックを入れてください。「続ける」を押せるようになります。</translation>
    </message>
    <message>
        <source>Not &amp;yet</source>
        <translation>まだ(&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>続ける(&amp;O)</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>先に上のボックスにチェックを入れてください</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>セッションは休止中です</translation>
    </message>
    <message>
        <source>You said a leg is swollen, warm, red or painful.</source>
        <translation>脚が腫れている、熱をもっている、赤い、または痛いとお答えになりました。</translation>
    </message>
    <message>
        <source>Sessions stay on hold</source>
        <translation>セッションは休止したままです</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>ありがとうございます</translation>
    </message>
    <message>
        <source>Nothing in your answers stops you from using KneeCare. Press Start when you are ready; a quick question about your legs comes first.</source>
        <translation>ご回答には、KneeCare を使えない理由はありませんでした。準備ができたら「開始」を押してください。最初に脚についての短い質問があります。</translation>
    </message>
    <message>
        <source>If your health changes, choose Safety &gt; My situation changed, and the questions are asked again.</source>
        <translation>体調が変わったときは「安全」&gt;「状況が変わった」を選んでください。もう一度質問します。</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>質問 %1 / %2</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Ask about my legs before each session</source>
        <translation>毎回セッションの前に脚の状態を確認する</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on until %1)</source>
        <translation>毎回セッションの前に脚の状態を確認する（%1 までは常にオン）</translation>
    </message>
    <message>
        <source>Ask about my legs before each session (always on in your first week)</source>
        <translation>毎回セッションの前に脚の状態を確認する（最初の1週間は常にオン）</translation>
    </message>
    <message>
        <source>You turned this question off; after a recent leg problem or a report of pain, numbness or tingling it is asked again until %1.</source>
        <translation>この質問はオフにされていますが、最近脚に問題があったか、痛み・しびれ・ピリピリ感の報告があったため、%1 までは再び質問します。</translation>
    </message>
    <message>
        <source>This question is always asked before your first session.</source>
        <translation>この質問は、最初のセッションの前には必ず行います。</translation>
    </message>
    <message>
        <source>You turned this question off; it is still asked in your first week, until %1.</source>
        <translation>この質問はオフにされていますが、最初の1週間（%1 まで）は引き続き質問します。</translation>
    </message>
    <message>
        <source>KneeCare could not save your answer (%1). It counts for now, but you may be asked again next time.</source>
        <translation>KneeCare は回答を保存できませんでした（%1）。今回は有効ですが、次回もう一度質問されることがあります。</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <source>I have read this, and it does not apply to me</source>
        <translation>内容を読みました。私には当てはまりません</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>始める前に: %1</translation>
    </message>
    <message>
        <source>Safety note for %1</source>
        <translation>安全上の注意: %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>About safety · %1</source>
        <translation>安全について · %1</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>安全について</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>The backs of your legs, seen from behind</source>
        <translation>後ろから見た両脚の裏側</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>反復</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>現在の位置</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>すること</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>手の動き</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>セッションの残り時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>準備ができたら始めましょう</translation>
    </message>
    <message>
        <source>%1 Press Start or Space to begin.</source>
        <translation>%1 「開始」かスペースキーを押すと始まります。</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>最初: %1</translation>
    </message>
    <message>
        <source>left in this step</source>
        <translation>このステップの残り</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>一時停止中です。続けるにはスペースキーを押してください。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Press Start or Space for another session.</source>
        <translation>もう一度行うには「開始」かスペースキーを押してください。</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Open the %1 menu</source>
        <translation>%1 メニューを開く</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Tab moves between controls; Space or Enter presses the one with the focus.</source>
        <translation>Tab キーで項目を移動し、スペースキーか Enter キーでフォーカスのある項目を押します。</translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation>各行: キーと、その働き</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>働き</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <source>Every key KneeCare answers</source>
        <translation>KneeCare で使えるすべてのキー</translation>
    </message>
</context>
<context>
    <name>TrayCompanion</name>
    <message>
        <source>No tray here: closing this window quits KneeCare. Reminders come as notifications.</source>
        <translation>トレイがありません: このウィンドウを閉じると KneeCare は終了します。リマインダーは通知で届きます。</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>リマインダー(&amp;R)…</translation>
    </message>
    <message>
        <source>KneeCare could not change how it starts at login: %1</source>
        <translation>KneeCare はログイン時の起動方法を変更できませんでした: %1</translation>
    </message>
    <message>
        <source>Your session</source>
        <translation>あなたのセッション</translation>
    </message>
    <message>
        <source>KneeCare is still here</source>
        <translation>KneeCare は動いています</translation>
    </message>
    <message>
        <source>It keeps running in the tray to remind you. To quit, choose Quit in the tray menu.</source>
        <translation>お知らせのため、トレイで動き続けます。終了するには、トレイのメニューで「終了」を選んでください。</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>For 30 minutes</source>
        <translation>30分間</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Start session (%1)</source>
        <translation>セッションを開始（%1）</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>セッションを開始</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Open KneeCare</source>
        <translation>KneeCare を開く</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>About safety</source>
        <translation>安全について</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>リマインダー…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>This is how KneeCare will read each step to you.</source>
        <translation>KneeCare はこのように各ステップを読み上げます。</translation>
    </message>
    <message>
        <source>Install speech-dispatcher (and a voice such as espeak-ng) to hear the steps read aloud.</source>
        <translation>ステップの読み上げを聞くには、speech-dispatcher（と espeak-ng などの音声）をインストールしてください。</translation>
    </message>
    <message>
        <source>Your system&apos;s speech service did not answer.</source>
        <translation>システムの音声サービスが応答しませんでした。</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>音声エンジンが動かなくなりました。</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>音声エンジンがインストールされていません。</translation>
    </message>
    <message>
        <source>The speech engine “%1” could not start.</source>
        <translation>音声エンジン「%1」を起動できませんでした。</translation>
    </message>
    <message>
        <source>No speech voice for %1 is installed on this computer, so KneeCare plays the chimes only and does not read the steps aloud. Install a voice for %1 to hear them.</source>
        <translation>このコンピューターには %1 の音声がインストールされていないため、KneeCare はチャイムだけを鳴らし、ステップの読み上げは行いません。読み上げを聞くには %1 の音声をインストールしてください。</translation>
    </message>
    <message>
        <source>The speech engine “%1” did not answer.</source>
        <translation>音声エンジン「%1」が応答しませんでした。</translation>
    </message>
    <message>
        <source>The speech helper stopped (exit code %1).</source>
        <translation>音声ヘルパーが停止しました（終了コード %1）。</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Showing %1</source>
        <extracomment>Read by screen readers after the chart&apos;s summary: %1 is the value picked (e.g. &quot;Thu 26 Nov: 2 sessions completed&quot;).</extracomment>
        <translation>表示中: %1</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time</source>
        <translation>%1 は ISO 8601 形式の時刻ではありません</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 は JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1、フィールド &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>%1 is not a non-empty text</source>
        <translation>%1 は空でないテキストではありません</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds (0 or more)</source>
        <translation>%1 は秒数（0 以上）ではありません</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 は %2 ～ %3 の整数ではありません</translation>
    </message>
    <message>
        <source>%1 has no UTC offset (like +01:00)</source>
        <translation>%1 に UTC オフセット（+01:00 など）がありません</translation>
    </message>
    <message>
        <source>%1 is not a time from the year %2 to %3</source>
        <translation>%1 は %2 年～ %3 年の時刻ではありません</translation>
    </message>
    <message>
        <source>%1 is not a value KneeCare knows</source>
        <translation>%1 は KneeCare が知らない値です</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>リストではありません</translation>
    </message>
    <message>
        <source>is not an object with &apos;before&apos; and &apos;after&apos;</source>
        <translation>&apos;before&apos; と &apos;after&apos; を持つオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 はテキストではありません</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>entry %1 (started %2)</source>
        <translation>項目 %1（開始 %2）</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>が started_at より前です</translation>
    </message>
    <message>
        <source>two phases have the same index</source>
        <translation>2つのフェーズのインデックスが同じです</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most KneeCare imports</source>
        <translation>ファイルが %1 MiB を超えています（KneeCare がインポートできる上限）</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>ファイルが正しい JSON ではありません（%1 行目、%2 列目: %3）</translation>
    </message>
    <message>
        <source>the file is nested too deeply to be a KneeCare export</source>
        <translation>ファイルの入れ子が深すぎるため、KneeCare のエクスポートではありません</translation>
    </message>
    <message>
        <source>the file holds a value KneeCare cannot read: %1</source>
        <translation>ファイルに KneeCare が読めない値があります: %1</translation>
    </message>
    <message>
        <source>the file does not hold a list of sessions (a KneeCare JSON export)</source>
        <translation>ファイルにセッションのリストがありません（KneeCare の JSON エクスポートではありません）</translation>
    </message>
    <message>
        <source>entries %1 and %2 are the same session (uid %3)</source>
        <translation>項目 %1 と %2 は同じセッションです（uid %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n 回分のセッションを追加しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were already in your history.</source>
        <translation>
            <numerusform>%1。%n 回分はすでに履歴にありました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>KneeCare had a problem with your history just now. The details say what happened and what KneeCare did about it.</source>
        <translation>先ほど KneeCare で履歴の問題が起きました。何が起きて、KneeCare がどう対処したかは詳細に書いてあります。</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7日</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30日</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90日</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>途中で停止</translation>
    </message>
    <message>
        <source>Ended for safety</source>
        <translation>安全のため終了</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session gone through to its end with a pressing, moving or exercise step skipped (not done).</extracomment>
        <translation>ステップを省略</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>The Knees column of the sessions table.</extracomment>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>左ひざ</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>右ひざ</translation>
    </message>
    <message>
        <source>both knees</source>
        <translation>両ひざ</translation>
    </message>
    <message>
        <source>settling in</source>
        <extracomment>What the person was doing: fills %3 of &quot;Reported %1 at %2, during %3&quot; (with the preposition needed).</extracomment>
        <translation>準備</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>温め</translation>
    </message>
    <message>
        <source>finding the hollow</source>
        <translation>くぼみ探し</translation>
    </message>
    <message>
        <source>pressing</source>
        <translation>指圧</translation>
    </message>
    <message>
        <source>the movement</source>
        <translation>動き</translation>
    </message>
    <message>
        <source>a hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>仕上げ</translation>
    </message>
    <message>
        <source>the repetitions</source>
        <translation>反復</translation>
    </message>
    <message>
        <source>a stretch</source>
        <translation>ストレッチ</translation>
    </message>
    <message>
        <source>a rest</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>the intervals</source>
        <translation>温冷の切り替え</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>痛み</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>しびれ</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>ピリピリ感</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>張り</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>腫れ</translation>
    </message>
    <message>
        <source>DELETE</source>
        <extracomment>The word the person types to delete everything (in capitals).</extracomment>
        <translation>削除</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month, yyyy: year); write it as your language does.</extracomment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A Qt date format (ddd: short weekday, d: day, MMM: short month); write it as your language does.</extracomment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A Qt date format under the chart&apos;s weekly bars (d: day, MMM: short month).</extracomment>
        <translation>M/d</translation>
    </message>
    <message>
        <source>%1: no sessions</source>
        <translation>%1: セッションなし</translation>
    </message>
    <message>
        <source>, %1 ended early</source>
        <translation>、途中で終了 %1 回</translation>
    </message>
    <message>
        <source> (goal met)</source>
        <translation>（目標達成）</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>%1 の週</translation>
    </message>
    <message>
        <source>Rate how your knees feel before and after a session to see here how they compare.</source>
        <translation>セッションの前後にひざの具合を評価すると、ここで比べられます。</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points after a session</source>
        <translation>%1 の評価がセッション後に %2 ポイント下がりました</translation>
    </message>
    <message>
        <source>your %1 rating dropped %2 points</source>
        <translation>%1 の評価が %2 ポイント下がりました</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points after a session</source>
        <translation>%1 の評価がセッション後に %2 ポイント上がりました</translation>
    </message>
    <message>
        <source>your %1 rating rose %2 points</source>
        <translation>%1 の評価が %2 ポイント上がりました</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same after a session</source>
        <translation>%1 の評価はセッション後もほぼ同じでした</translation>
    </message>
    <message>
        <source>your %1 rating stayed about the same</source>
        <translation>%1 の評価はほぼ同じでした</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the measures: &quot;A, B and C&quot;.</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>ひざ</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>実施時間</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>終わり方</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed, %3 ended early; the goal of %4 a day was met on %5 of %6 days.</source>
        <translation>過去 %1 の1日あたりのセッション: 完了 %2 回、途中で終了 %3 回。1日 %4 回の目標は %6 日中 %5 日達成。</translation>
    </message>
    <message>
        <source>Sessions per day over the last %1: %2 completed; the goal of %3 a day was met on %4 of %5 days.</source>
        <translation>過去 %1 の1日あたりのセッション: 完了 %2 回。1日 %3 回の目標は %5 日中 %4 日達成。</translation>
    </message>
    <message>
        <source>Minutes per week, last %1 weeks: %2 in all.</source>
        <translation>過去 %1 週間の週ごとの時間（分）: 合計 %2。</translation>
    </message>
    <message>
        <source>%1: %2 before %3, after %4</source>
        <extracomment>%1 the day (or days), %2 the measure (tension, pain), %3 and %4 the mean ratings.</extracomment>
        <translation>%1: %2 前 %3、後 %4</translation>
    </message>
    <message>
        <source>%1 rating, 0 to 10, mean before and after sessions, last %2.</source>
        <translation>%1 の評価（0～10）、セッション前後の平均、過去 %2。</translation>
    </message>
    <message>
        <source> Overall %1 before, %2 after.</source>
        <translation> 全体では前 %1、後 %2。</translation>
    </message>
    <message>
        <source>Deleted the session of %1, %2.</source>
        <translation>%1、%2 のセッションを削除しました。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Steps: %1 of %2 done</source>
        <translation>ステップ: %2 中 %1 完了</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>、%1 スキップ</translation>
    </message>
    <message>
        <source>Reported %1 at %2, during %3</source>
        <extracomment>%1 what was felt (pain, numbness, tingling), %2 the time into the session, %3 the step (one of &quot;settling in&quot;, &quot;pressing&quot;, ...).</extracomment>
        <translation>%3 の途中、%2 の時点で %1 を報告</translation>
    </message>
    <message>
        <source>no numbers</source>
        <translation>数値なし</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — 「%1」</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>すべてのセッション</translation>
    </message>
    <message>
        <source>Knee sessions</source>
        <translation>ひざのセッション</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Tension · pain · swelling, 0 to 10 (– not rated)</source>
        <translation>張り · 痛み · 腫れ、0～10（– は評価なし）</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1（%2 で）</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>1日あたりのセッション</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>週ごとの時間（分）</translation>
    </message>
    <message>
        <source>How your knees felt, before and after</source>
        <translation>ひざの具合（前と後）</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>過去 %1 を表示</translation>
    </message>
    <message>
        <source>sessions today</source>
        <translation>今日のセッション</translation>
    </message>
    <message>
        <source>current streak</source>
        <translation>現在の連続日数</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>最長の連続日数</translation>
    </message>
    <message>
        <source>days the goal was met</source>
        <translation>目標を達成した日</translation>
    </message>
    <message>
        <source>minutes this week</source>
        <translation>今週の時間（分）</translation>
    </message>
    <message>
        <source>Tension before and after sessions</source>
        <translation>セッション前後の張り</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>セッション前後の痛み</translation>
    </message>
    <message>
        <source>The quick rating before and after sessions is off.</source>
        <translation>セッション前後の簡単な評価はオフになっています。</translation>
    </message>
    <message>
        <source>Ask me again</source>
        <translation>また尋ねる</translation>
    </message>
    <message>
        <source>What seems to help you</source>
        <translation>役立っていそうなこと</translation>
    </message>
    <message>
        <source>goal: %1 a day</source>
        <translation>目標: 1日 %1 回</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>途中で終了</translation>
    </message>
    <message>
        <source>Sessions per day, each week&apos;s average</source>
        <translation>1日あたりのセッション（週ごとの平均）</translation>
    </message>
    <message>
        <source> Shown as each week&apos;s average per day.</source>
        <translation> 週ごとの1日平均で表示しています。</translation>
    </message>
    <message>
        <source>No sessions in this time yet. When you finish one, it shows here.</source>
        <translation>この期間のセッションはまだありません。セッションを終えると、ここに表示されます。</translation>
    </message>
    <message>
        <source>current streak, go on today</source>
        <translation>現在の連続日数。今日も続けましょう</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>前 %1</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>後 %1</translation>
    </message>
    <message>
        <source>History · %1</source>
        <translation>履歴 · %1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <source>Which sessions to list</source>
        <translation>一覧に表示するセッション</translation>
    </message>
    <message>
        <source>List every session, only the knee sessions, or only the routines</source>
        <translation>すべてのセッション、ひざのセッションだけ、または手順だけを一覧表示します</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>セッションを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key); you can undo it</source>
        <translation>選んだセッションを削除します（Delete キー）。元に戻せます</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>すべてのデータを削除…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Bring the session back (Ctrl+Z)</source>
        <translation>セッションを元に戻します（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>セッション（新しい順）</translation>
    </message>
    <message>
        <source>Choose a session to see its details.</source>
        <translation>セッションを選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <source>Your other computers delete it at their next sync.</source>
        <translation>ほかのコンピューターでも、次の同期のときに削除されます。</translation>
    </message>
    <message>
        <source>The sync folder could not be reached; it is cleared at the next sync.</source>
        <translation>同期フォルダーにアクセスできませんでした。そこにあるデータは次の同期のときに消去されます。</translation>
    </message>
    <message>
        <source>Sync is now off; the sync folder was left as it was.</source>
        <translation>同期はオフになりました。同期フォルダーはそのままです。</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>すべてのデータを削除</translation>
    </message>
    <message>
        <source>This deletes every session, rating and safety report, the reminder log, your screening answers and all backup copies, for good. Your settings stay.

If you might want them later, close this and use File &gt; Export first.

To go ahead, type %1 below.</source>
        <extracomment>%1 is the word to type (DELETE, translated above). &quot;File &gt; Export&quot; names the menu entry.</extracomment>
        <translation>すべてのセッション、評価、安全の報告、リマインダーの記録、安全確認の回答、すべてのバックアップを完全に削除します。設定は残ります。

後で必要になるかもしれない場合は、ここで閉じて、先に「ファイル」&gt;「エクスポート」を使ってください。

続けるには、下に %1 と入力してください。</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>確認のため %1 と入力</translation>
    </message>
    <message>
        <source>Also delete it on my other &amp;computers (sync folder)</source>
        <translation>ほかのコンピューターでも削除する（同期フォルダー）(&amp;C)</translation>
    </message>
    <message>
        <source>Checked: your other computers delete everything too at their next sync. Not checked: only this computer&apos;s history goes, and sync is turned off here.</source>
        <translation>チェックあり: ほかのコンピューターでも次の同期のときにすべて削除されます。チェックなし: このコンピューターの履歴だけが削除され、このコンピューターでは同期がオフになります。</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>履歴をエクスポート</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>The title of the message after an export.</extracomment>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>The history could not be written to %1: %2.</source>
        <translation>履歴を %1 に書き込めませんでした: %2。</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>履歴をインポート</translation>
    </message>
    <message>
        <source>KneeCare JSON export (*.json)</source>
        <translation>KneeCare JSON エクスポート (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>The title of the message after an import.</extracomment>
        <translation>インポート</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <source>%1 is not a text file; nothing was imported.</source>
        <translation>%1 はテキストファイルではないため、何もインポートしていません。</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing changed: %2.</source>
        <translation>%1 はインポートされず、何も変わっていません: %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>セッション %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first. Ratings read tension · pain · swelling, 0 to 10.</source>
        <translation>
            <numerusform>セッション %n 回（新しい順）。評価は 張り・痛み・腫れ、0～10。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted all data (%n session(s)).</source>
        <translation>
            <numerusform>すべてのデータを削除しました（セッション %n 回）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) completed</source>
        <translation>
            <numerusform>%1: 完了したセッション %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s), %4 ended early)</source>
        <translation>
            <numerusform>%1: 1日に完了 %2 回（%n 日間で %3 回、途中で終了 %4 回）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 completed a day (%3 in %n day(s))</source>
        <translation>
            <numerusform>%1: 1日に完了 %2 回（%n 日間で %3 回）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On average %1 (%n session(s) rated before and after).</source>
        <translation>
            <numerusform>平均 %1（前後に評価したセッション %n 回）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week of %1: %2 min in %n session(s)</source>
        <translation>
            <numerusform>%1 の週: セッション %n 回で %2 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>報告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>セッション %n 回分を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>left</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your left knee&quot;).</extracomment>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <extracomment>Fills {knee} and {side} in the program texts (&quot;your right knee&quot;).</extracomment>
        <translation>右</translation>
    </message>
    <message>
        <source>Warm compress</source>
        <translation>温湿布</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind the {knee} knee until the timer ends.</source>
        <extracomment>{knee} becomes &quot;left&quot; or &quot;right&quot; (the words above).</extracomment>
        <translation>楽に座り、{knee}ひざの裏に温かい（熱すぎない）湿布を当てて、タイマーが終わるまで待ちます。</translation>
    </message>
    <message>
        <source>Sit comfortably and rest a warm, never hot, compress behind both knees until the timer ends.</source>
        <translation>楽に座り、両ひざの裏に温かい（熱すぎない）湿布を当てて、タイマーが終わるまで待ちます。</translation>
    </message>
    <message>
        <source>Firm, but never painful.</source>
        <translation>しっかりと、でも決して痛くない強さで。</translation>
    </message>
    <message>
        <source>firm</source>
        <extracomment>Words (separated by |) that say &quot;firm&quot; in the translated pressure instructions.</extracomment>
        <translation>しっかり</translation>
    </message>
    <message>
        <source>never painful|never hurts|never hurt</source>
        <extracomment>Words (separated by |) that say &quot;never painful&quot; in the translated pressure instructions.</extracomment>
        <translation>痛くない|痛みのない</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Everyday care to keep the backs of the knees loose: once or twice a day.</source>
        <translation>ひざの裏をやわらかく保つ毎日のケア。1日1～2回。</translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>Sit down and bend your {knee} knee a little, with the foot flat on the floor or resting on something.</source>
        <translation>座って{knee}ひざを少し曲げ、足の裏を床につけるか、何かの上に乗せます。</translation>
    </message>
    <message>
        <source>Warm your hands</source>
        <translation>手を温める</translation>
    </message>
    <message>
        <source>Rub your palms briskly together until they feel warm.</source>
        <translation>手のひらが温かくなるまで、すばやくこすり合わせます。</translation>
    </message>
    <message>
        <source>Find the hollow</source>
        <translation>くぼみを探す</translation>
    </message>
    <message>
        <source>Slide your fingers behind the {knee} knee and feel for the soft dip in the middle of the crease.</source>
        <translation>{knee}ひざの裏に指を入れ、しわの中央にあるやわらかいくぼみを探します。</translation>
    </message>
    <message>
        <source>Press gently</source>
        <translation>やさしく押す</translation>
    </message>
    <message>
        <source>Rest your thumbs in the hollow and lean in slowly until the pressure is firm but never painful.</source>
        <translation>親指をくぼみに当て、しっかりと、でも決して痛くない強さになるまで、ゆっくり体重をかけます。</translation>
    </message>
    <message>
        <source>Small circles</source>
        <translation>小さな円</translation>
    </message>
    <message>
        <source>Trace small, slow circles across the hollow, the pressure firm but never painful.</source>
        <translation>くぼみの上に小さな円をゆっくり描きます。強さはしっかりと、でも決して痛くない程度に。</translation>
    </message>
    <message>
        <source>Steady hold</source>
        <translation>一定に押さえる</translation>
    </message>
    <message>
        <source>Keep a still pressure on the centre of the crease, firm but never painful, then let go when the timer ends.</source>
        <translation>ひざ裏のしわの中央を、しっかりと、でも決して痛くない強さで動かさずに押し続け、タイマーが終わったら離します。</translation>
    </message>
    <message>
        <source>Stroke down the calf</source>
        <translation>ふくらはぎをさする</translation>
    </message>
    <message>
        <source>With light hands, stroke from behind the knee down the calf towards the ankle.</source>
        <translation>軽い手で、ひざの裏からふくらはぎを足首の方へさすり下ろします。</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>クイック</translation>
    </message>
    <message>
        <source>A short version for a busy day: one minute of movement per knee.</source>
        <translation>忙しい日の短縮版: ひざ1つにつき動き1分。</translation>
    </message>
    <message>
        <source>Sit with your {knee} knee slightly bent and the foot supported.</source>
        <translation>{knee}ひざを少し曲げて座り、足を支えます。</translation>
    </message>
    <message>
        <source>Rub your palms together for a few breaths.</source>
        <translation>数回呼吸する間、手のひらをこすり合わせます。</translation>
    </message>
    <message>
        <source>Feel for the soft dip at the centre of the crease behind the {knee} knee.</source>
        <translation>{knee}ひざの裏、しわの中央にあるやわらかいくぼみを探します。</translation>
    </message>
    <message>
        <source>Press in with your thumbs, slowly, to a firm pressure that never hurts.</source>
        <translation>親指でゆっくり押し込みます。しっかりと、でも決して痛くない強さで。</translation>
    </message>
    <message>
        <source>Make small, unhurried circles over the hollow, the pressure firm but never painful.</source>
        <translation>くぼみの上に小さな円をあわてずに描きます。強さはしっかりと、でも決して痛くない程度に。</translation>
    </message>
    <message>
        <source>Finish with a few light strokes from the knee down towards the ankle.</source>
        <translation>最後に、ひざから足首の方へ軽く数回さすります。</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>回復</translation>
    </message>
    <message>
        <source>After hard exercise: three minutes of movement per knee and a longer finish down the calf.</source>
        <translation>激しい運動の後に: ひざ1つにつき動き3分と、ふくらはぎを長めにさする仕上げ。</translation>
    </message>
    <message>
        <source>Sit comfortably, {knee} knee bent a little, foot flat or propped up.</source>
        <translation>楽に座り、{knee}ひざを少し曲げ、足は床につけるか台に乗せます。</translation>
    </message>
    <message>
        <source>Rub your hands together until the palms are warm.</source>
        <translation>手のひらが温かくなるまで、両手をこすり合わせます。</translation>
    </message>
    <message>
        <source>Bend the {knee} knee slightly and find the soft centre of the crease with your fingertips.</source>
        <translation>{knee}ひざを少し曲げ、指先でしわの中央のやわらかい部分を探します。</translation>
    </message>
    <message>
        <source>Use the heels of your palms and build up slowly to a pressure that is firm but never painful.</source>
        <translation>手のひらの付け根を使い、しっかりと、でも決して痛くない強さまで、ゆっくり力を加えます。</translation>
    </message>
    <message>
        <source>Slow strokes</source>
        <translation>ゆっくりさする</translation>
    </message>
    <message>
        <source>Stroke slowly up and down across the hollow with an even pressure, firm but never painful.</source>
        <translation>くぼみの上をゆっくり上下にさすります。一定の強さで、しっかりと、でも決して痛くない程度に。</translation>
    </message>
    <message>
        <source>Press steadily into the centre of the crease, firm but never painful, and keep still; release when the timer ends.</source>
        <translation>ひざ裏のしわの中央を、しっかりと、でも決して痛くない強さで一定に押し、動かさずに保ちます。タイマーが終わったら離します。</translation>
    </message>
    <message>
        <source>Stroke lightly and slowly down the whole calf to the ankle, several times.</source>
        <translation>ふくらはぎ全体を足首まで、軽くゆっくり何度かさすり下ろします。</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>リラックス</translation>
    </message>
    <message>
        <source>Wind down: slow breathing, small slow circles and three still holds.</source>
        <translation>心を落ち着けて: ゆっくりした呼吸、小さくゆっくりした円、3回の静かな保持。</translation>
    </message>
    <message>
        <source>Sit back, let your shoulders drop, and rest your {knee} foot with the knee slightly bent.</source>
        <translation>深く座って肩の力を抜き、ひざを少し曲げて{knee}足を休めます。</translation>
    </message>
    <message>
        <source>Rub your palms together slowly while you breathe out long.</source>
        <translation>息を長く吐きながら、手のひらをゆっくりこすり合わせます。</translation>
    </message>
    <message>
        <source>Find the soft middle of the crease behind the {knee} knee.</source>
        <translation>{knee}ひざの裏、しわの中央のやわらかい部分を探します。</translation>
    </message>
    <message>
        <source>Let your thumbs sink in bit by bit until the pressure is firm but never painful.</source>
        <translation>親指を少しずつ沈めていき、しっかりと、でも決して痛くない強さにします。</translation>
    </message>
    <message>
        <source>Small, slow circles</source>
        <translation>小さくゆっくりした円</translation>
    </message>
    <message>
        <source>Make small, slow circles over the hollow in time with your breath, the pressure firm but never painful.</source>
        <translation>呼吸に合わせて、くぼみの上に小さな円をゆっくり描きます。強さはしっかりと、でも決して痛くない程度に。</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation>静かに押さえる</translation>
    </message>
    <message>
        <source>Hold a steady pressure on the centre of the crease, firm but never painful, and breathe slowly.</source>
        <translation>ひざ裏のしわの中央を、しっかりと、でも決して痛くない強さで一定に押したまま、ゆっくり呼吸します。</translation>
    </message>
    <message>
        <source>Glide your hands gently down the calf towards the ankle.</source>
        <translation>両手でふくらはぎを足首の方へやさしくすべらせます。</translation>
    </message>
    <message>
        <source>Ankle pumps</source>
        <translation>足首の運動</translation>
    </message>
    <message>
        <source>Point and pull your feet in a steady rhythm so the calf muscles squeeze blood back up the legs.</source>
        <translation>一定のリズムでつま先を伸ばしたり引いたりして、ふくらはぎの筋肉で血液を脚の上へ押し戻します。</translation>
    </message>
    <message>
        <source>Legs out</source>
        <translation>脚を伸ばす</translation>
    </message>
    <message>
        <source>Sit back or lie down with both legs stretched out and your heels resting on the floor or the bed.</source>
        <translation>深く座るか横になり、両脚を伸ばして、かかとを床かベッドに置きます。</translation>
    </message>
    <message>
        <source>Point both feet away from you, then pull your toes back towards your shins: one full pump on each count. Smooth, not forced.</source>
        <translation>両足のつま先を前に伸ばし、次にすねの方へ引き寄せます。1カウントで1往復。無理をせず、なめらかに。</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Let your feet go still and breathe easily; the next set starts when the timer ends.</source>
        <translation>足を止めて楽に呼吸します。タイマーが終わると次のセットが始まります。</translation>
    </message>
    <message>
        <source>Calf raises</source>
        <translation>かかと上げ</translation>
    </message>
    <message>
        <source>Rise up on your toes and lower slowly, to work the calf muscles that help blood flow back from the legs.</source>
        <translation>つま先立ちになってからゆっくり下ろし、脚の血液を戻すのを助けるふくらはぎの筋肉を使います。</translation>
    </message>
    <message>
        <source>Stand and hold on</source>
        <translation>立ってつかまる</translation>
    </message>
    <message>
        <source>Stand behind a sturdy chair or beside a wall, feet about hip-width apart, one hand resting on it for balance.</source>
        <translation>しっかりしたいすの後ろか壁の横に、足を腰幅くらいに開いて立ち、バランスのため片手を添えます。</translation>
    </message>
    <message>
        <source>Rise slowly onto the balls of both feet, then lower your heels back to the floor: one raise on each count.</source>
        <translation>両足のつま先でゆっくり立ち、かかとを床に下ろします。1カウントで1回。</translation>
    </message>
    <message>
        <source>Stand easy with your heels down and let the calves relax before the next set.</source>
        <translation>かかとを下ろして楽に立ち、次のセットの前にふくらはぎを休めます。</translation>
    </message>
    <message>
        <source>Calf and hamstring stretches</source>
        <translation>ふくらはぎと太もも裏のストレッチ</translation>
    </message>
    <message>
        <source>Gentle, still stretches for the backs of the legs, to ease tight calves and hamstrings.</source>
        <translation>脚の裏側をやさしく静かに伸ばし、張ったふくらはぎと太もも裏をほぐします。</translation>
    </message>
    <message>
        <source>Face a wall</source>
        <translation>壁に向かう</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from a wall and rest both hands on it at shoulder height.</source>
        <translation>壁から腕の長さくらい離れて立ち、肩の高さで両手を壁につけます。</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>ふくらはぎのストレッチ</translation>
    </message>
    <message>
        <source>Step your {side} foot back and press that heel to the floor. Bend the front knee and lean towards the wall until the {side} calf feels a mild pull. Stay still; no bouncing.</source>
        <translation>{side}足を後ろに引き、そのかかとを床に押しつけます。前のひざを曲げ、{side}ふくらはぎが軽く伸びるまで壁の方へ体を傾けます。そのまま止まり、反動はつけません。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>ゆるめる</translation>
    </message>
    <message>
        <source>Ease out of the stretch and shake the leg loose. Next: the {side} leg.</source>
        <translation>ストレッチをゆっくり解き、脚を軽く振ってほぐします。次は{side}脚です。</translation>
    </message>
    <message>
        <source>Sit on a chair</source>
        <translation>いすに座る</translation>
    </message>
    <message>
        <source>Sit near the front edge of a steady chair with both feet flat on the floor.</source>
        <translation>安定したいすの前の方に座り、両足の裏を床につけます。</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>太もも裏のストレッチ</translation>
    </message>
    <message>
        <source>Straighten your {side} leg in front of you, heel on the floor and toes up. Keep your back long and tip forward from the hips until the back of the {side} thigh feels a mild pull.</source>
        <translation>{side}脚を前に伸ばし、かかとを床につけてつま先を上に向けます。背すじを伸ばしたまま、{side}太ももの裏が軽く伸びるまで股関節から前に倒します。</translation>
    </message>
    <message>
        <source>Sit back up, bend the knee and let the leg rest. Next: the {side} leg.</source>
        <translation>体を起こし、ひざを曲げて脚を休めます。次は{side}脚です。</translation>
    </message>
    <message>
        <source>Leg elevation</source>
        <translation>脚を高くする</translation>
    </message>
    <message>
        <source>Rest with your legs raised above your heart for 15 to 20 minutes, to help swelling go down.</source>
        <translation>脚を心臓より高くして 15～20 分休み、腫れが引くのを助けます。</translation>
    </message>
    <message>
        <source>Lie down, legs up</source>
        <translation>横になって脚を上げる</translation>
    </message>
    <message>
        <source>Lie on your back and rest your legs on cushions, or up against a wall, so that your feet are higher than your heart.</source>
        <translation>あお向けになり、クッションの上か壁に脚を乗せて、足を心臓より高くします。</translation>
    </message>
    <message>
        <source>Legs raised</source>
        <translation>脚を高くしたまま</translation>
    </message>
    <message>
        <source>Stay still and breathe easily. You can minimise this window: a soft chime tells you when the time is up.</source>
        <translation>じっとして楽に呼吸します。このウィンドウは最小化してかまいません。時間になるとやさしいチャイムでお知らせします。</translation>
    </message>
    <message>
        <source>Come down slowly</source>
        <translation>ゆっくり下ろす</translation>
    </message>
    <message>
        <source>Lower your legs, roll onto one side and sit up gently before you stand.</source>
        <translation>脚を下ろし、横向きになってから、そっと起き上がり、それから立ちます。</translation>
    </message>
    <message>
        <source>Contrast shower</source>
        <translation>温冷シャワー</translation>
    </message>
    <message>
        <source>Warm and cool water on the legs in turns, to get the circulation going.</source>
        <translation>脚に温水と冷水を交互にかけて、血行をうながします。</translation>
    </message>
    <message>
        <source>Not for you if you have been told to avoid sudden changes of temperature. Keep the water warm, never hot, and cool, never icy. Stop at once if you feel dizzy or unwell.</source>
        <translation>急な温度変化を避けるよう言われている方には向きません。お湯は温かく（熱すぎず）、水は冷たく（氷のようにせず）。めまいや気分の悪さを感じたら、すぐにやめてください。</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>準備する</translation>
    </message>
    <message>
        <source>Stand steadily in the shower, or sit on a shower stool, with the shower head in your hand and the water warm.</source>
        <translation>シャワーの中でしっかり立つか、シャワーチェアに座り、シャワーヘッドを手に持って、温かいお湯を出します。</translation>
    </message>
    <message>
        <source>Warm and cool</source>
        <translation>温水と冷水</translation>
    </message>
    <message>
        <source>Dry off</source>
        <translation>水気をふく</translation>
    </message>
    <message>
        <source>Turn off the water, pat your legs dry and rest a moment before you move on.</source>
        <translation>水を止め、脚を軽くたたくように拭いて、次に移る前に少し休みます。</translation>
    </message>
    <message>
        <source>Calf strokes</source>
        <translation>ふくらはぎをさする</translation>
    </message>
    <message>
        <source>Light, slow strokes down the calf towards the ankle, a longer, gentle finish.</source>
        <translation>ふくらはぎを足首の方へ軽くゆっくりさする、長めのやさしい仕上げ。</translation>
    </message>
    <message>
        <source>With light hands, stroke slowly from behind the {knee} knee down the calf to the ankle, again and again.</source>
        <translation>軽い手で、{knee}ひざの裏からふくらはぎを足首まで、何度もゆっくりさすり下ろします。</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Do you have a deep vein thrombosis (DVT), a blood clot in a deep vein of the leg, or are you being treated for one?</source>
        <translation>深部静脈血栓症（DVT：脚の深い静脈にできる血の塊）がありますか？ または、その治療を受けていますか？</translation>
    </message>
    <message>
        <source>A blood clot in a leg vein (DVT)</source>
        <translation>脚の静脈の血栓（DVT）</translation>
    </message>
    <message>
        <source>Massage is not advised while there is a clot in a leg. Please leave these sessions aside and ask your doctor what is safe for you.</source>
        <translation>脚に血栓があるときは、マッサージはおすすめできません。このセッションは行わず、何が安全かを医師に相談してください。</translation>
    </message>
    <message>
        <source>Are varicose veins in either leg badly inflamed at the moment: red, hot, hard or sore?</source>
        <translation>今、どちらかの脚の静脈瘤がひどい炎症を起こしていますか（赤い、熱い、硬い、痛い）？</translation>
    </message>
    <message>
        <source>Badly inflamed varicose veins</source>
        <translation>ひどい炎症を起こした静脈瘤</translation>
    </message>
    <message>
        <source>Pressing on inflamed veins can make them worse. Please have a doctor look at them before you use these sessions.</source>
        <translation>炎症を起こした静脈を押すと、悪化することがあります。このセッションを使う前に、医師に診てもらってください。</translation>
    </message>
    <message>
        <source>Is there an open wound, a cut, broken skin or a skin infection at the back of either knee or on either calf?</source>
        <translation>どちらかのひざの裏やふくらはぎに、開いた傷、切り傷、皮膚の破れ、または皮膚の感染症がありますか？</translation>
    </message>
    <message>
        <source>A wound, broken skin or a skin infection behind the knee or on the calf</source>
        <translation>ひざの裏やふくらはぎの傷、皮膚の破れ、皮膚の感染症</translation>
    </message>
    <message>
        <source>The sessions press behind the knee and stroke down the calf, so let the skin there heal first, and have an infection seen by a nurse or doctor. Sessions can wait until the skin is whole and healthy again.</source>
        <translation>セッションではひざの裏を押し、ふくらはぎを下へさするので、まずその部分の皮膚を治してください。感染症は看護師か医師に診てもらってください。セッションは、皮膚が元どおり健康になるまで待てます。</translation>
    </message>
    <message>
        <source>Have you had an operation on a knee recently, or are you still recovering from one?</source>
        <translation>最近ひざの手術を受けましたか？ または、まだ手術から回復している途中ですか？</translation>
    </message>
    <message>
        <source>Recent knee surgery</source>
        <translation>最近のひざの手術</translation>
    </message>
    <message>
        <source>A knee that has been operated on needs its own plan. Ask your surgeon or physiotherapist when pressure behind the knee is safe for you.</source>
        <translation>手術を受けたひざには、それに合った計画が必要です。ひざの裏を押しても安全になる時期を、執刀医か理学療法士に聞いてください。</translation>
    </message>
    <message>
        <source>Do you have a bleeding or clotting disorder that is not under control?</source>
        <translation>コントロールできていない出血や血液凝固の病気がありますか？</translation>
    </message>
    <message>
        <source>A bleeding disorder that is not under control</source>
        <translation>コントロールできていない出血の病気</translation>
    </message>
    <message>
        <source>Firm pressure can cause bruising or bleeding under the skin. Please talk to your doctor before you use these sessions.</source>
        <translation>強く押すと、あざや皮膚の下の出血が起きることがあります。このセッションを使う前に、医師に相談してください。</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>妊娠していますか？</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>妊娠</translation>
    </message>
    <message>
        <source>Please check with your midwife, doctor or another healthcare provider before doing any pressure-point work. You can go on once they have told you it is fine for you.</source>
        <translation>ツボ押しをする前に、助産師、医師、またはその他の医療の専門家に確認してください。問題ないと言われたら、続けることができます。</translation>
    </message>
    <message>
        <source>My healthcare provider has told me that pressure-point self-massage is fine for me.</source>
        <translation>医療の専門家から、ツボのセルフマッサージをしてもよいと言われました。</translation>
    </message>
    <message>
        <source>Is either of your legs swollen, warm, red or painful at the moment?</source>
        <translation>今、どちらかの脚が腫れている、熱をもっている、赤い、または痛いということはありますか？</translation>
    </message>
    <message>
        <source>A leg that is swollen, warm, red or painful should be checked by a doctor or nurse promptly. Please don&apos;t massage it. Sessions stay on hold until the leg is back to normal, or until a health professional has told you that massage is fine.</source>
        <translation>腫れている、熱をもっている、赤い、または痛い脚は、すぐに医師か看護師に診てもらってください。その脚はマッサージしないでください。脚が元に戻るまで、または医療の専門家からマッサージしてよいと言われるまで、セッションは休止したままです。</translation>
    </message>
    <message>
        <source>Paused. Ease the pressure, or stop. Sharp pain, numbness or tingling means: press more lightly, or end the session here.</source>
        <translation>一時停止しました。押す力をゆるめるか、やめてください。鋭い痛み、しびれ、ピリピリ感があるときは、もっと軽く押すか、ここでセッションを終えてください。</translation>
    </message>
    <message>
        <source>What to do instead: talk to a doctor or another health professional about your legs. They can tell you what is safe for you.</source>
        <translation>代わりにできること: 脚のことを医師やその他の医療の専門家に相談してください。何が安全かを教えてもらえます。</translation>
    </message>
    <message>
        <source>How is your leg now?</source>
        <translation>脚の具合は今どうですか？</translation>
    </message>
    <message>
        <source>Earlier you told KneeCare that a leg was swollen, warm, red or painful. Is it back to normal now?</source>
        <translation>以前、脚が腫れている、熱をもっている、赤い、または痛いと KneeCare にお答えになりました。今は元に戻りましたか？</translation>
    </message>
    <message>
        <source>A leg that is still swollen, warm, red or painful needs a doctor or nurse, not massage. Please have it checked soon; About safety says what to look out for.</source>
        <translation>まだ腫れている、熱をもっている、赤い、または痛い脚に必要なのは、マッサージではなく医師か看護師です。早めに診てもらってください。注意すべき点は「安全について」に書いてあります。</translation>
    </message>
    <message>
        <source>&amp;No, not yet</source>
        <translation>いいえ、まだです(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes, it is back to normal</source>
        <translation>はい、元に戻りました(&amp;Y)</translation>
    </message>
    <message>
        <source>A &amp;professional said it is fine</source>
        <translation>専門家に問題ないと言われました(&amp;P)</translation>
    </message>
    <message>
        <source>Sessions are on hold: you said a leg was swollen, warm, red or painful. Please have it checked; press Start once it is back to normal.</source>
        <translation>セッションは休止中です。脚が腫れている、熱をもっている、赤い、または痛いとお答えになったためです。診てもらい、元に戻ったら「開始」を押してください。</translation>
    </message>
    <message>
        <source>Sessions on hold: a leg to have checked</source>
        <translation>セッション休止中: 脚を診てもらってください</translation>
    </message>
    <message>
        <source>Sessions are on hold</source>
        <translation>セッションは休止中です</translation>
    </message>
    <message>
        <source>You told KneeCare that a leg was swollen, warm, red or painful, so there is no session for now. Please have the leg checked. When it is back to normal, open KneeCare and press Start.</source>
        <translation>脚が腫れている、熱をもっている、赤い、または痛いと KneeCare にお答えになったため、今はセッションを行いません。脚を診てもらってください。元に戻ったら、KneeCare を開いて「開始」を押してください。</translation>
    </message>
    <message>
        <source>Not on a leg that is swollen, warm, red or painful.</source>
        <translation>腫れている、熱をもっている、赤い、または痛い脚には行わないでください。</translation>
    </message>
    <message>
        <source>Self-care, not treatment</source>
        <translation>治療ではなく、セルフケアです</translation>
    </message>
    <message>
        <source>KneeCare guides you through gentle self-massage of the points behind your knees. It is a way of looking after yourself. It does not diagnose, treat or cure any condition, and it does not replace advice from a doctor, nurse or physiotherapist.</source>
        <translation>KneeCare は、ひざの裏のツボをやさしくセルフマッサージする手順をご案内します。自分の体をいたわるための方法です。病気の診断・治療・治癒は行わず、医師、看護師、理学療法士の助言に代わるものでもありません。</translation>
    </message>
    <message>
        <source>When not to do this</source>
        <translation>行ってはいけないとき</translation>
    </message>
    <message>
        <source>Please don&apos;t use these sessions if you have any of the following:</source>
        <translation>次のいずれかに当てはまる場合は、このセッションを使わないでください:</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>妊娠している場合</translation>
    </message>
    <message>
        <source>Check with your healthcare provider before any pressure-point work, and go on only once they have agreed.</source>
        <translation>ツボ押しをする前に医療の専門家に確認し、了承を得た場合にのみ続けてください。</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>セッション中</translation>
    </message>
    <message>
        <source>Press firmly, but never so hard that it hurts. If you feel sharp pain, numbness or tingling, ease the pressure or stop. The red &quot;It hurts / numb / tingling&quot; button, or the ! key, pauses the session at once.</source>
        <translation>しっかり押しますが、痛くなるほど強くは決して押さないでください。鋭い痛み、しびれ、ピリピリ感があれば、力をゆるめるか、やめてください。赤い「痛い／しびれ／ピリピリ」ボタンか ! キーで、セッションはすぐに一時停止します。</translation>
    </message>
    <message>
        <source>When to see a health professional</source>
        <translation>医療の専門家に相談すべきとき</translation>
    </message>
    <message>
        <source>Don&apos;t massage a leg that shows these signs; have it checked promptly instead:</source>
        <translation>次のような兆候がある脚はマッサージせず、代わりにすぐに診てもらってください:</translation>
    </message>
    <message>
        <source>swelling or pain in a leg that does not go away</source>
        <translation>脚の腫れや痛みが治まらない</translation>
    </message>
    <message>
        <source>a leg that suddenly feels warm</source>
        <translation>脚が急に熱をもった</translation>
    </message>
    <message>
        <source>severe swelling</source>
        <translation>ひどい腫れ</translation>
    </message>
    <message>
        <source>redness of the skin</source>
        <translation>皮膚が赤くなっている</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>緊急のとき</translation>
    </message>
    <message>
        <source>If a painful or swollen leg comes with sudden shortness of breath or chest pain, call your local emergency number at once.</source>
        <translation>脚の痛みや腫れとともに、急に息が苦しくなったり胸が痛くなったりしたときは、すぐにお住まいの地域の緊急通報番号に電話してください。</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>あなたの回答</translation>
    </message>
    <message>
        <source>The safety answers stay on this computer. KneeCare asks the questions again every {days} days, and you can answer them again at any time with Safety &gt; My situation changed. Before each session it asks one quick question about your legs.</source>
        <translation>安全確認の回答は、このコンピューターの中だけに保存されます。KneeCare は {days} 日ごとにもう一度質問します。「安全」&gt;「状況が変わった」から、いつでも回答し直せます。毎回セッションの前には、脚について短い質問を1つします。</translation>
    </message>
    <message>
        <source>If you say a leg is swollen, warm, red or painful, sessions stay on hold until you tell KneeCare the leg is back to normal or a health professional has said massage is fine. For {back} days after that, or after you report pain, numbness or tingling during a session, the quick question is asked before every session, even if you turned it off.</source>
        <translation>脚が腫れている、熱をもっている、赤い、または痛いと答えた場合、脚が元に戻ったと KneeCare に伝えるか、医療の専門家からマッサージしてよいと言われるまで、セッションは休止したままです。その後、またはセッション中に痛み・しびれ・ピリピリ感を報告した後の {back} 日間は、オフにしていても、毎回セッションの前に短い質問をします。</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>times</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>days</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>1日の目標</translation>
    </message>
    <message>
        <source>snooze length (minutes)</source>
        <translation>スヌーズの長さ（分）</translation>
    </message>
    <message>
        <source>recovery reminders a day</source>
        <translation>回復リマインダーの1日の回数</translation>
    </message>
    <message>
        <source>recovery days</source>
        <translation>回復の日数</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>movement nudges</source>
        <translation>動く合図</translation>
    </message>
    <message>
        <source>choose at least one time of day (or turn reminders off)</source>
        <translation>時刻を1つ以上選んでください（またはリマインダーをオフにしてください）</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>1日 %1 回まで</translation>
    </message>
    <message>
        <source>the same time is listed twice</source>
        <translation>同じ時刻が2回あります</translation>
    </message>
    <message>
        <source>choose at least one day of the week (or turn reminders off)</source>
        <translation>曜日を1つ以上選んでください（またはリマインダーをオフにしてください）</translation>
    </message>
    <message>
        <source>days are numbered 0 (Monday) to 6 (Sunday)</source>
        <translation>曜日の番号は 0（月曜日）～ 6（日曜日）です</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3</source>
        <translation>%1 が %2 ～ %3 の範囲にありません</translation>
    </message>
    <message>
        <source>minutes must be more than 0</source>
        <translation>分は 0 より大きくしてください</translation>
    </message>
    <message>
        <source>the hours must span at least one hour, from the first to the last</source>
        <translation>時間帯は、最初から最後まで1時間以上にしてください</translation>
    </message>
</context>
<context>
    <name>screening</name>
    <message>
        <source>Welcome to KneeCare</source>
        <translation>KneeCare へようこそ</translation>
    </message>
    <message>
        <source>Before your first session, please answer {n} short yes-or-no questions about your legs and your health. Acupressure is not right for everyone, and these questions check that it is safe for you to start. Your answers stay on this computer.</source>
        <translation>最初のセッションの前に、脚と健康について「はい」か「いいえ」で答える短い質問 {n} 問にお答えください。ツボ押しは誰にでも合うわけではありません。これらの質問で、始めても安全かどうかを確認します。回答はこのコンピューターの中だけに保存されます。</translation>
    </message>
    <message>
        <source>Time to check in again</source>
        <translation>もう一度確認する時期です</translation>
    </message>
    <message>
        <source>It has been {days} days since you answered the safety questions, and things can change. Please answer the {n} questions again before your next session.</source>
        <translation>安全確認の質問に答えてから {days} 日たちました。状況は変わることがあります。次のセッションの前に、{n} 問の質問にもう一度お答えください。</translation>
    </message>
    <message>
        <source>A few safety questions</source>
        <translation>安全確認の質問</translation>
    </message>
    <message>
        <source>Some safety questions have not been answered yet. Please answer all {n} before your next session.</source>
        <translation>まだ答えていない安全確認の質問があります。次のセッションの前に、{n} 問すべてにお答えください。</translation>
    </message>
    <message>
        <source>Your situation changed</source>
        <translation>状況が変わったとき</translation>
    </message>
    <message>
        <source>Please answer the {n} questions again for how things are now. Your earlier answers are marked, so you can change only what is different.</source>
        <translation>今の状況に合わせて、{n} 問の質問にもう一度お答えください。前回の回答に印が付いているので、変わったところだけを変更できます。</translation>
    </message>
    <message>
        <source>Press %1 for yes or %2 for no.</source>
        <extracomment>%1 is the key for yes, %2 the key for no (the two one-letter entries &quot;Y&quot; and &quot;N&quot; below).</extracomment>
        <translation>「はい」は %1、「いいえ」は %2 を押してください。</translation>
    </message>
    <message>
        <source>Y</source>
        <extracomment>The one letter that answers &quot;yes&quot; on a keyboard in your language (the first letter of its word for yes).</extracomment>
        <translation>Y</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The one letter that answers &quot;no&quot; on a keyboard in your language; it must differ from the one for yes.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Sessions are on hold because of your safety answers. Press Start to see why.</source>
        <translation>安全確認の回答により、セッションは休止中です。「開始」を押すと理由が表示されます。</translation>
    </message>
    <message>
        <source>Sessions are on hold until your healthcare provider agrees. Press Start to see more.</source>
        <translation>医療の専門家が了承するまで、セッションは休止中です。「開始」を押すと詳細が表示されます。</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The sync folder %1 does not exist (is the drive or share connected?).</source>
        <translation>同期フォルダー %1 がありません（ドライブや共有フォルダーは接続されていますか？）。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>KneeCare cannot write in the sync folder %1.</source>
        <translation>KneeCare は同期フォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Other users of this computer can look into %1. KneeCare&apos;s own files there are for you only, but a folder only you can open is safer for health records.</source>
        <translation>このコンピューターのほかのユーザーも %1 の中を見られます。そこにある KneeCare のファイルはご本人しか読めませんが、健康の記録には、ご本人だけが開けるフォルダーのほうが安全です。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>The sync folder %1 failed: %2</source>
        <translation>同期フォルダー %1 でエラーが起きました: %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Share your history with your other computers through a folder your sync tool keeps in step.</source>
        <translation>同期ツールが同じ状態に保つフォルダーを通して、履歴をほかのコンピューターと共有します。</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud, a network share or a cloud drive keeps the same on each of your computers. KneeCare writes only its own journal files there, never the history itself.</source>
        <translation>Syncthing、Nextcloud、ネットワーク共有、クラウドドライブなどで、どのコンピューターでも同じ内容に保たれるフォルダーを選んでください。KneeCare がそこに書き込むのは自分のジャーナルファイルだけで、履歴そのものは書き込みません。</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>まだ同期していません。</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>前回の同期</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;ync this computer&apos;s history</source>
        <translation>このコンピューターの履歴を同期する(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同期フォルダー</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選ぶ(&amp;H)…</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>このコンピューターの名前</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>このコンピューターの名前(&amp;N):</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>同期フォルダーを選ぶ</translation>
    </message>
    <message>
        <source>Please give the whole path of the folder.</source>
        <translation>フォルダーのパスを省略せずに入力してください。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message numerus="yes">
        <source>read %n journal(s)</source>
        <translation>
            <numerusform>ジャーナル %n 件を読み込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>新しいセッション %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>削除 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n record(s)</source>
        <translation>
            <numerusform>%n 件を書き込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety record(s)</source>
        <translation>
            <numerusform>安全の記録 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>評価 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from a newer KneeCare left for later.</source>
        <translation>
            <numerusform>新しい版の KneeCare の記録 %n 件は後で取り込みます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped (see the log).</source>
        <translation>
            <numerusform>壊れた行 %n 行を飛ばしました（ログを参照）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Left knee</source>
        <translation>左ひざ</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>右ひざ</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>左脚</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>右脚</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>今すぐ切り替え</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>セッション完了</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>セッションを停止しました</translation>
    </message>
    <message>
        <source>Session ended for safety</source>
        <translation>安全のためセッションを終了しました</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation>セッションが中断されました</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <extracomment>A session that reached its end, but with a pressing, moving or exercise step skipped.</extracomment>
        <translation>ステップを省略</translation>
    </message>
    <message>
        <source>Before the first knee</source>
        <translation>最初のひざの前</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>両脚</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · ステップ %2 / %3</translation>
    </message>
    <message>
        <source> · set %1 of %2</source>
        <translation> · セット %1 / %2</translation>
    </message>
    <message>
        <source> · round %1 of %2</source>
        <translation> · ラウンド %1 / %2</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%2 ステップ中 %1 完了</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>、%1 スキップ</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2、%3。</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最後のステップ</translation>
    </message>
    <message>
        <source>Next: %1 · %2</source>
        <translation>次: %1 · %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次: %1</translation>
    </message>
    <message>
        <source>%1 left in the session</source>
        <translation>セッション残り %1</translation>
    </message>
    <message>
        <source>↻  Small circles over BL40 · one every %1 s</source>
        <translation>↻  BL40 の上で小さな円 · %1 秒に1回</translation>
    </message>
    <message>
        <source>↕  Slow strokes up and down across the hollow · one every %1 s</source>
        <translation>↕  くぼみの上をゆっくり上下にさする · %1 秒に1回</translation>
    </message>
    <message>
        <source>Release in %1 s</source>
        <translation>%1 秒後に離す</translation>
    </message>
    <message>
        <source>Hold still on BL40 · %1 s, then release</source>
        <translation>BL40 を動かさずに押さえる · %1 秒、その後離す</translation>
    </message>
    <message>
        <source>↓  Light strokes from the knee down the calf to the ankle</source>
        <translation>↓  ひざからふくらはぎを足首まで軽くさする</translation>
    </message>
    <message>
        <source>Release: let the hollow rest</source>
        <translation>離す: くぼみを休ませる</translation>
    </message>
    <message>
        <source>BL40 · Weizhong sits in the middle of the crease</source>
        <translation>BL40 · Weizhong はしわの中央にあります</translation>
    </message>
    <message>
        <source>Hold the stretch · %1 s, then release</source>
        <translation>ストレッチを保つ · %1 秒、その後ゆるめる</translation>
    </message>
    <message>
        <source>One every %1 s, smooth and steady</source>
        <translation>%1 秒に1回、なめらかに一定に</translation>
    </message>
    <message>
        <source>Rest quietly; a soft chime marks the end</source>
        <translation>静かに休みます。やさしいチャイムが終わりの合図です</translation>
    </message>
    <message>
        <source>Breathe in
through the nose · %1 s</source>
        <translation>息を吸う
鼻から · %1 秒</translation>
    </message>
    <message>
        <source>Breathe out
through the mouth · %1 s</source>
        <translation>息を吐く
口から · %1 秒</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>You reported %1. Next time use a lighter touch; if it comes back, leave this point out and ask a health professional.</source>
        <translation>%1 を報告されました。次回はもっと軽く触れてください。また起きる場合は、このツボは省いて医療の専門家に相談してください。</translation>
    </message>
    <message>
        <source>sharp pain</source>
        <translation>鋭い痛み</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>しびれ</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>ピリピリ感</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>お疲れさまでした</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>お大事に</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>セッション終了</translation>
    </message>
    <message>
        <source>%1 in all, %2.</source>
        <translation>合計 %1、%2。</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <source>Time for your knees</source>
        <translation>ひざのケアの時間です</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>体を動かす時間です</translation>
    </message>
    <message>
        <source>You have been still for a while. Stand up and walk for a few minutes, or press Start now for two minutes of calf raises.</source>
        <translation>しばらく動いていません。立ち上がって数分歩くか、「今すぐ開始」を押して 2 分間のかかと上げをしましょう。</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>今すぐ開始</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>KneeCare reminder</source>
        <translation>KneeCare のリマインダー</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>明日 %1</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>約1分</translation>
    </message>
    <message>
        <source>%1: %2, sitting down. %3.</source>
        <translation>%1: %2、座って行います。%3。</translation>
    </message>
    <message>
        <source>Here again, as you asked.</source>
        <translation>ご希望どおり、またお知らせします。</translation>
    </message>
    <message>
        <source>This one was due at %1, while the computer was asleep or off.</source>
        <translation>これは %1 の予定でしたが、その間コンピューターはスリープ中か電源が切れていました。</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>セッション実行中</translation>
    </message>
    <message>
        <source>A session is due (since %1)</source>
        <translation>セッションの時間です（%1 から）</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>次のリマインダー: %1</translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation>予定されたリマインダーはありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) today</source>
        <translation>
            <numerusform>今日のセッション %1 / %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>約 %n 分</numerusform>
        </translation>
    </message>
</context>
</TS>
