<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/explorer/explorer_curve_series.cpp" line="91"/>
        <source>%1: f(x)</source>
        <translation>%1: f(x)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_series.cpp" line="94"/>
        <source>%1: f′(x)</source>
        <translation>%1: f′(x)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_series.cpp" line="98"/>
        <source>%1: f″(x)</source>
        <translation>%1: f″(x)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_export.cpp" line="22"/>
        <source>Could not write %1: check that the folder exists and that you may write to it.</source>
        <translation>تعذّرت كتابة ⁦%1⁩: تحقّق من أن المجلد موجود وأن لديك إذنًا بالكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_export.cpp" line="50"/>
        <source>PNG image of the plot (*.png);;SVG drawing of the plot (*.svg);;CSV table of the curves (*.csv)</source>
        <translation>صورة PNG للرسم (*.png);;ملف SVG للرسم (*.svg);;جدول CSV للمنحنيات (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_export.cpp" line="58"/>
        <source>Could not render the plot to an image.</source>
        <translation>تعذّر تحويل الرسم إلى صورة.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_export.cpp" line="78"/>
        <source>ReLU Lab: activation curves</source>
        <translation>مختبر ReLU: منحنيات دوال التنشيط</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_export.cpp" line="79"/>
        <source>Activation functions and their derivatives, drawn by ReLU Lab.</source>
        <translation>دوال التنشيط ومشتقاتها، من رسم مختبر ReLU.</translation>
    </message>
    <message>
        <location filename="../../ui/common/widget_png.cpp" line="13"/>
        <source>Could not render the window to an image.</source>
        <translation>تعذّر تحويل النافذة إلى صورة.</translation>
    </message>
    <message>
        <location filename="../../ui/common/widget_png.cpp" line="16"/>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>تعذّرت كتابة ⁦%1⁩: تحقّق من أن المجلد موجود وقابل للكتابة.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/screenshot.cpp" line="18"/>
        <source>Could not create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد ⁦%1⁩.</translation>
    </message>
</context>
<context>
    <name>relulab::app</name>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="43"/>
        <source>give exactly one of --x v1,v2,… and --range a:b:n</source>
        <translation>حدِّد واحدًا فقط من الخيارين ⁦--x v1,v2,…⁩ و ⁦--range a:b:n⁩</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="48"/>
        <source>--x: &apos;%1&apos; is not a number</source>
        <translation>⁦--x⁩: القيمة &apos;%1&apos; ليست عددًا</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="61"/>
        <source>--range: expected a:b:n with finite a, b and 1 ≤ n ≤ 10000000 (e.g. -5:5:101), got &apos;%1&apos;</source>
        <translation>⁦--range⁩: المتوقع ⁦a:b:n⁩ حيث a و b عددان منتهيان و ⁦1 ≤ n ≤ 10000000⁩ (مثلًا ⁦-5:5:101⁩)، والمُعطى &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="73"/>
        <source>--activation is required; valid: %1</source>
        <translation>الخيار ⁦--activation⁩ مطلوب؛ القيم الصالحة: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="79"/>
        <source>--param: &apos;%1&apos; is not a number</source>
        <translation>⁦--param⁩: القيمة &apos;%1&apos; ليست عددًا</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="134"/>
        <source>Print an activation&apos;s value, derivative and parameter derivative as CSV.</source>
        <translation>طباعة قيمة دالة التنشيط ومشتقتها ومشتقتها بالنسبة إلى المعامل بصيغة CSV.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="138"/>
        <source>The activation: %1.</source>
        <translation>دالة التنشيط: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="138"/>
        <location filename="../../app/cli/command_eval.cpp" line="206"/>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="55"/>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="62"/>
        <location filename="../../app/cli/command_study_collapse.cpp" line="69"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="68"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="125"/>
        <location filename="../../app/cli/command_study_phase.cpp" line="61"/>
        <location filename="../../app/cli/command_study_phase.cpp" line="84"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="140"/>
        <source>Its parameter (default: PyTorch&apos;s; see `relulab activations`).</source>
        <translation>معاملها (الافتراضي: قيمة PyTorch؛ انظر ⁦`relulab activations`⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="140"/>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="57"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="70"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="127"/>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="141"/>
        <source>Inputs, comma-separated.</source>
        <translation>قيم الإدخال، مفصولة بفواصل.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="141"/>
        <source>v1,v2,…</source>
        <translation>v1,v2,…</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="142"/>
        <source>n inputs evenly spaced from a to b.</source>
        <translation>عدد n من قيم الإدخال موزعة بانتظام من a إلى b.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="142"/>
        <source>a:b:n</source>
        <translation>a:b:n</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="143"/>
        <source>Precision: f64 (default) or f32.</source>
        <translation>الدقة العددية: f64 (الافتراضي) أو f32.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="143"/>
        <source>f32|f64</source>
        <translation>f32|f64</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="146"/>
        <source>Where f32 arrays are evaluated: cpu (default), gpu, or auto (the GPU only where it is faster; never for arrays on the host). What ran, and why, goes to stderr.</source>
        <translation>أين تُحسب مصفوفات f32: cpu (الافتراضي) أو gpu أو auto (على GPU فقط حيث يكون أسرع؛ ولا يُستخدم أبدًا للمصفوفات الموجودة على المضيف). يُكتب ما شُغِّل وسببه إلى stderr.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="148"/>
        <source>cpu|gpu|auto</source>
        <translation>cpu|gpu|auto</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="157"/>
        <location filename="../../app/cli/command_eval.cpp" line="204"/>
        <location filename="../../app/cli/command_study_support.cpp" line="64"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>وسيط غير متوقع &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="160"/>
        <source>--dtype: expected f32 or f64, got &apos;%1&apos;</source>
        <translation>⁦--dtype⁩: المتوقع f32 أو f64، والمُعطى &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="170"/>
        <source>--backend: expected cpu, gpu or auto, got &apos;%1&apos;</source>
        <translation>⁦--backend⁩: المتوقع cpu أو gpu أو auto، والمُعطى &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="173"/>
        <source>--backend %1: the GPU path computes in float32; add --dtype f32</source>
        <translation>⁦--backend %1⁩: مسار GPU يحسب بدقة float32؛ أضف ⁦--dtype f32⁩</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="185"/>
        <source>GPU path: %1</source>
        <translation>مسار GPU: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="185"/>
        <location filename="../../app/main.cpp" line="198"/>
        <source>CPU path: %1</source>
        <translation>مسار CPU: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="194"/>
        <source>List the activations: id (for --activation), name, parameter, default, valid range.</source>
        <translation>سرد دوال التنشيط: المعرّف (لاستخدامه مع ⁦--activation⁩)، والاسم، والمعامل، والقيمة الافتراضية، والمدى الصالح.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="206"/>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="206"/>
        <source>parameter</source>
        <translation>المعامل</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="207"/>
        <source>default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="207"/>
        <source>valid range</source>
        <translation>المدى الصالح</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_eval.cpp" line="221"/>
        <source>Alias: swish = silu.</source>
        <translation>اسم بديل: ⁦swish = silu⁩.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_gpu_info.cpp" line="24"/>
        <source>%1 bytes (%2 MiB)</source>
        <translation>%1 بايت (%2 MiB)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_gpu_info.cpp" line="62"/>
        <source>Show the GPU path: the headless OpenGL 4.3 context (EGL) the compute kernels run on,
its limits, and what --backend auto picks; or why there is no GPU path (then every
command uses the CPU path). RELULAB_DISABLE_GPU=1 turns the GPU path off.
Exit 0 when the GPU path is available, 1 when it is not, 2 for bad arguments.</source>
        <translation>عرض مسار GPU: سياق OpenGL 4.3 دون واجهة (EGL) الذي تعمل عليه نوى الحساب،
وحدوده، وما يختاره ⁦--backend auto⁩؛ أو سبب عدم وجود مسار GPU (وعندها يستخدم
كل أمر مسار CPU). المتغير ⁦RELULAB_DISABLE_GPU=1⁩ يعطّل مسار GPU.
رمز الخروج 0 عند توفر مسار GPU، و 1 عند عدم توفره، و 2 للوسائط الخاطئة.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_gpu_info.cpp" line="69"/>
        <source>relulab gpu-info: </source>
        <translation>relulab gpu-info: </translation>
    </message>
    <message>
        <location filename="../../app/cli/command_gpu_info.cpp" line="77"/>
        <source>relulab gpu-info: unexpected argument &quot;%1&quot;</source>
        <translation>relulab gpu-info: وسيط غير متوقع &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_gpu_info.cpp" line="106"/>
        <source>%1 bits</source>
        <translation>%1 بت</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study.cpp" line="27"/>
        <source>Probability that a new network is a constant function (Lu et al. 2019)</source>
        <translation>احتمال أن تكون الشبكة الجديدة دالة ثابتة (Lu et al. 2019)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study.cpp" line="31"/>
        <source>Mean square and fraction of zeros layer by layer, He vs Xavier vs LeCun (He et al. 2015)</source>
        <translation>متوسط المربع ونسبة الأصفار طبقةً بعد طبقة، He مقابل Xavier مقابل LeCun (He et al. 2015)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study.cpp" line="36"/>
        <source>One unit fed N(mu, sigma^2): P(0), mean and variance against the exact values</source>
        <translation>وحدة واحدة مدخلها من ⁦N(mu, sigma^2)⁩: ⁦P(0)⁩ والمتوسط والتباين مقارنةً بالقيم الدقيقة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study.cpp" line="41"/>
        <source>Fraction of dead units after training, over learning rate x bias init (or depth, activation)</source>
        <translation>نسبة الوحدات الميتة بعد التدريب، على شبكة من معدل التعلم × تهيئة الانحياز (أو العمق، أو دالة التنشيط)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study.cpp" line="47"/>
        <source>How often deep, narrow nets trained on |x| collapse to a constant</source>
        <translation>كم مرة تنهار الشبكات العميقة الضيقة المدرَّبة على ⁦|x|⁩ إلى دالة ثابتة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study.cpp" line="53"/>
        <source>Usage: relulab study NAME [options]   (relulab study NAME --help for its options)</source>
        <translation>الاستخدام: ⁦relulab study NAME [options]⁩   (⁦relulab study NAME --help⁩ لعرض خياراتها)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study.cpp" line="56"/>
        <source>Studies:</source>
        <translation>الدراسات:</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study.cpp" line="61"/>
        <source>Every study prints a table, writes CSV with --csv FILE, and reproduces its numbers from --seed whatever --threads is.</source>
        <translation>كل دراسة تطبع جدولًا، وتكتب ملف CSV مع ⁦--csv FILE⁩، وتعيد أرقامها نفسها من ⁦--seed⁩ أيًّا كانت قيمة ⁦--threads⁩.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study.cpp" line="78"/>
        <source>relulab study: name a study (%1; try relulab study --help)</source>
        <translation>relulab study: حدِّد اسم دراسة (%1؛ جرّب ⁦relulab study --help⁩)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study.cpp" line="89"/>
        <source>relulab study: unknown study &apos;%1&apos; (try relulab study --help)</source>
        <translation>relulab study: دراسة غير معروفة &apos;%1&apos; (جرّب ⁦relulab study --help⁩)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="14"/>
        <source>width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="14"/>
        <source>depth</source>
        <translation>العمق</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="14"/>
        <source>networks</source>
        <translation>الشبكات</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="15"/>
        <source>pointwise [95% CI]</source>
        <translation>نقطي [فترة ثقة 95%]</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="15"/>
        <source>domain [95% CI]</source>
        <translation>المجال [فترة ثقة 95%]</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="16"/>
        <source>inactive [95% CI]</source>
        <translation>غير نشط [فترة ثقة 95%]</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="16"/>
        <source>1-(1-2^-N)^H</source>
        <translation>1-(1-2^-N)^H</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="22"/>
        <source>pointwise: some hidden layer is all zero at x0 = %1; domain: constant on [-%2, %2] (%3); inactive: some layer has every z &lt;= 0 at x0.</source>
        <translation>نقطي: طبقة مخفية ما كل مخرجاتها صفر عند ⁦x0 = %1⁩؛ المجال: ثابتة على ⁦[-%2, %2]⁩ (%3)؛ غير نشط: طبقة ما كل قيمها ⁦z &lt;= 0⁩ عند x0.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="27"/>
        <source>decided exactly at x = -a and x = a: zero biases and a positively homogeneous activation</source>
        <translation>حُسم بدقة عند ⁦x = -a⁩ و ⁦x = a⁩: الانحيازات صفرية ودالة التنشيط موجبة التجانس</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="29"/>
        <source>on a grid of %1 points</source>
        <translation>على شبكة منتظمة عدد نقاطها %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="32"/>
        <source>* cancelled part-way: fewer networks than asked.</source>
        <translation>* أُلغيت الدراسة قبل اكتمالها: عدد الشبكات أقل من المطلوب.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="40"/>
        <source>Born-dead probability (Lu, Shin, Su, Karniadakis 2019): the fraction of freshly drawn networks that are a constant function, per width and depth.</source>
        <translation>احتمال أن تكون الشبكة ميتة منذ الولادة (Lu, Shin, Su, Karniadakis 2019): نسبة الشبكات المسحوبة عشوائيًا للتو التي تكون دالة ثابتة، لكل عرض وعمق.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="46"/>
        <source>Hidden layer widths N (default 2,3,4,5,10).</source>
        <translation>عروض الطبقات المخفية N (الافتراضي ⁦2,3,4,5,10⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="47"/>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="50"/>
        <location filename="../../app/cli/command_study_collapse.cpp" line="55"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="75"/>
        <location filename="../../app/cli/command_study_phase.cpp" line="64"/>
        <location filename="../../app/cli/command_study_phase.cpp" line="70"/>
        <location filename="../../app/cli/command_study_phase.cpp" line="73"/>
        <location filename="../../app/cli/command_study_phase.cpp" line="77"/>
        <source>list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="49"/>
        <source>Numbers of hidden layers H (default 10,20,50).</source>
        <translation>أعداد الطبقات المخفية H (الافتراضي ⁦10,20,50⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="52"/>
        <source>Networks per cell (default 10000).</source>
        <translation>عدد الشبكات لكل خلية (الافتراضي 10000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="52"/>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="74"/>
        <location filename="../../app/cli/command_study_collapse.cpp" line="57"/>
        <location filename="../../app/cli/command_study_collapse.cpp" line="59"/>
        <location filename="../../app/cli/command_study_collapse.cpp" line="62"/>
        <location filename="../../app/cli/command_study_collapse.cpp" line="64"/>
        <location filename="../../app/cli/command_study_collapse.cpp" line="73"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="77"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="79"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="81"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="84"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="87"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="132"/>
        <location filename="../../app/cli/command_study_phase.cpp" line="79"/>
        <location filename="../../app/cli/command_study_phase.cpp" line="81"/>
        <location filename="../../app/cli/command_study_support.cpp" line="39"/>
        <location filename="../../app/cli/command_study_support.cpp" line="42"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="54"/>
        <source>Activation (default relu; e.g. leaky_relu).</source>
        <translation>دالة التنشيط (الافتراضي relu؛ مثلًا leaky_relu).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="56"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="69"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="126"/>
        <source>The activation&apos;s parameter.</source>
        <translation>معامل دالة التنشيط.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="60"/>
        <source>Weights: normal (N(0,1), the paper&apos;s symmetric case), he, xavier, lecun, or rai (randomized asymmetric; default normal).</source>
        <translation>الأوزان: normal (⁦N(0,1)⁩، الحالة المتناظرة في الورقة البحثية)، أو he، أو xavier، أو lecun، أو rai (عشوائية غير متناظرة؛ الافتراضي normal).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="65"/>
        <source>Biases: zero or random (drawn like the weights; default zero).</source>
        <translation>الانحيازات: zero أو random (تُسحب كما تُسحب الأوزان؛ الافتراضي zero).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="65"/>
        <location filename="../../app/cli/command_study_collapse.cpp" line="71"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="89"/>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="67"/>
        <source>The domain is [-a, a] (default 1.7320508: sqrt 3).</source>
        <translation>المجال هو ⁦[-a, a]⁩ (الافتراضي 1.7320508: ⁦sqrt 3⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="68"/>
        <location filename="../../app/cli/command_study_collapse.cpp" line="76"/>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="70"/>
        <source>The input x0 for the pointwise probability (default 1).</source>
        <translation>قيمة الإدخال x0 للاحتمال النقطي (الافتراضي 1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="71"/>
        <source>x0</source>
        <translation>x0</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_born_dead.cpp" line="73"/>
        <source>Grid points on [-a, a] for the domain test (default 101).</source>
        <translation>عدد نقاط الشبكة المنتظمة على ⁦[-a, a]⁩ لاختبار المجال (الافتراضي 101).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="14"/>
        <source>activation</source>
        <translation>دالة التنشيط</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="14"/>
        <source>runs</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="14"/>
        <source>collapsed [95% CI]</source>
        <translation>منهارة [فترة ثقة 95%]</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="15"/>
        <source>flat at start [95% CI]</source>
        <translation>مسطحة في البداية [فترة ثقة 95%]</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="15"/>
        <source>final loss</source>
        <translation>الخسارة النهائية</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="15"/>
        <source>flat loss</source>
        <translation>خسارة الدالة الثابتة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="26"/>
        <source>%1 hidden layers of width %2, trained on |x| over [-%3, %3] (%4 points) with full-batch Adam, lr %5, %6 steps. Collapsed: the output&apos;s standard deviation is at most %7 of the target&apos;s. Flat loss: the loss of the best constant.</source>
        <translation>طبقات مخفية عددها %1 وعرضها %2، دُرِّبت على ⁦|x|⁩ في ⁦[-%3, %3]⁩ (عدد النقاط %4) باستخدام Adam على الدفعة الكاملة، بمعدل تعلم %5 وعدد خطوات %6. منهارة: الانحراف المعياري للمخرجات لا يتجاوز %7 من الانحراف المعياري للهدف. خسارة الدالة الثابتة: خسارة أفضل دالة ثابتة.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="39"/>
        <location filename="../../app/cli/command_study_phase.cpp" line="45"/>
        <source>* cancelled part-way: fewer runs than asked.</source>
        <translation>* أُلغيت الدراسة قبل اكتمالها: عدد الجولات أقل من المطلوب.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="47"/>
        <source>Training collapse (Lu et al.): train many deep, narrow networks on |x| and count how many end as a constant function.</source>
        <translation>الانهيار أثناء التدريب (Lu et al.): تدريب شبكات عميقة ضيقة كثيرة على ⁦|x|⁩ وعدّ ما ينتهي منها دالةً ثابتة.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="54"/>
        <source>Activations to compare, NAME or NAME:PARAM (default relu,leaky_relu:0.01).</source>
        <translation>دوال التنشيط المراد مقارنتها، بالصيغة NAME أو NAME:PARAM (الافتراضي ⁦relu,leaky_relu:0.01⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="56"/>
        <source>Hidden width (default 2).</source>
        <translation>عرض الطبقات المخفية (الافتراضي 2).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="58"/>
        <source>Hidden layers (default 10).</source>
        <translation>عدد الطبقات المخفية (الافتراضي 10).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="61"/>
        <source>Networks trained per activation (default 100).</source>
        <translation>عدد الشبكات المدرَّبة لكل دالة تنشيط (الافتراضي 100).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="63"/>
        <source>Adam steps (default 2000).</source>
        <translation>عدد خطوات Adam (الافتراضي 2000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="65"/>
        <source>Learning rate (default 0.003).</source>
        <translation>معدل التعلم (الافتراضي 0.003).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="66"/>
        <source>eta</source>
        <translation>eta</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="68"/>
        <source>Weights: he (default), xavier, lecun, normal or rai.</source>
        <translation>الأوزان: he (الافتراضي)، أو xavier، أو lecun، أو normal، أو rai.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="71"/>
        <source>Biases: zero (default) or random.</source>
        <translation>الانحيازات: zero (الافتراضي) أو random.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="73"/>
        <source>Training points on [-a, a] (default 64).</source>
        <translation>عدد نقاط التدريب على ⁦[-a, a]⁩ (الافتراضي 64).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="75"/>
        <source>The domain is [-a, a] (default sqrt 3).</source>
        <translation>المجال هو ⁦[-a, a]⁩ (الافتراضي ⁦sqrt 3⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="79"/>
        <source>Collapsed when std(output) &lt;= this x std(target) (default 0.01).</source>
        <translation>تُعدّ الشبكة منهارة عندما يكون ⁦std(output) &lt;= t × std(target)⁩ (الافتراضي 0.01).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="79"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="93"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="135"/>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="81"/>
        <source>Also write one CSV row per trained network to &lt;file&gt;.</source>
        <translation>كتابة صف CSV لكل شبكة مدرَّبة في ⁦&lt;file&gt;⁩ أيضًا.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_collapse.cpp" line="82"/>
        <location filename="../../app/cli/command_study_support.cpp" line="46"/>
        <location filename="../../app/main.cpp" line="161"/>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="15"/>
        <source>layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="18"/>
        <source>%1 E[z^2]</source>
        <translation>%1 E[z^2]</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="18"/>
        <source>%1 theory</source>
        <translation>%1 نظريًا</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="19"/>
        <source>%1 zeros</source>
        <translation>%1 أصفار</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="36"/>
        <source>E[z^2]: mean square pre-activation over %1 networks x %2 inputs (± one standard error between networks); zeros: fraction of outputs counted as zero.</source>
        <translation>⁦E[z^2]⁩: متوسط مربع قيمة ما قبل التنشيط، محسوبًا على %1 من الشبكات × %2 من المدخلات (± خطأ معياري واحد بين الشبكات)؛ أصفار: نسبة المخرجات المعدودة صفرًا.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="47"/>
        <source>quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="47"/>
        <source>estimate</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="47"/>
        <source>standard error</source>
        <translation>الخطأ المعياري</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="47"/>
        <source>exact</source>
        <translation>القيمة الدقيقة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="48"/>
        <source>P(y = 0)</source>
        <translation>P(y = 0)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="50"/>
        <source>E[y]</source>
        <translation>E[y]</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="52"/>
        <source>Var[y]</source>
        <translation>Var[y]</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="62"/>
        <source>Variance and sparsity by depth (He et al. 2015): mean square pre-activation and fraction of zeros per layer, for several initialisations.</source>
        <translation>التباين والتناثر حسب العمق (He et al. 2015): متوسط مربع قيمة ما قبل التنشيط ونسبة الأصفار في كل طبقة، لعدة طرق تهيئة.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="68"/>
        <location filename="../../app/cli/command_study_depth.cpp" line="125"/>
        <source>Activation (default relu).</source>
        <translation>دالة التنشيط (الافتراضي relu).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="73"/>
        <source>Initialisations to compare (default he,xavier,lecun; also normal, rai).</source>
        <translation>طرق التهيئة المراد مقارنتها (الافتراضي ⁦he,xavier,lecun⁩؛ والمتاح أيضًا normal و rai).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="77"/>
        <source>Width of every layer (default 64).</source>
        <translation>عرض كل طبقة (الافتراضي 64).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="78"/>
        <source>Hidden layers (default 30).</source>
        <translation>عدد الطبقات المخفية (الافتراضي 30).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="81"/>
        <source>Input dimension (default: the width).</source>
        <translation>بُعد الإدخال (الافتراضي: العرض).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="83"/>
        <source>Inputs x ~ N(0, I) per network (default 64).</source>
        <translation>عدد المدخلات ⁦x ~ N(0, I)⁩ لكل شبكة (الافتراضي 64).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="86"/>
        <source>Networks per initialisation (default 200).</source>
        <translation>عدد الشبكات لكل طريقة تهيئة (الافتراضي 200).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="89"/>
        <source>Biases: zero or random (default zero).</source>
        <translation>الانحيازات: zero أو random (الافتراضي zero).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="92"/>
        <source>Count an output as zero when |f(z)| &lt;= this (default 0: exact zeros).</source>
        <translation>اعتبار المخرج صفرًا عندما يكون ⁦|f(z)| &lt;= t⁩ (الافتراضي 0: الأصفار التامة فقط).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="119"/>
        <source>One unit y = f(z) with z ~ N(mu, sigma^2): the fraction of zeros, the mean and the variance of y by Monte Carlo, beside ReLU&apos;s exact values.</source>
        <translation>وحدة واحدة ⁦y = f(z)⁩ مع ⁦z ~ N(mu, sigma^2)⁩: نسبة الأصفار ومتوسط y وتباينه بطريقة مونت كارلو، إلى جانب القيم الدقيقة لدالة ReLU.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="128"/>
        <source>mu (default 0).</source>
        <translation>المتوسط mu (الافتراضي 0).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="128"/>
        <source>mu</source>
        <translation>mu</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="129"/>
        <source>sigma (default 1).</source>
        <translation>الانحراف المعياري sigma (الافتراضي 1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="130"/>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="131"/>
        <source>Samples (default 1000000).</source>
        <translation>عدد العينات (الافتراضي 1000000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_depth.cpp" line="135"/>
        <source>Count y as zero when |y| &lt;= this (default 0: exact zeros).</source>
        <translation>اعتبار y صفرًا عندما يكون ⁦|y| &lt;= t⁩ (الافتراضي 0: الأصفار التامة فقط).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="19"/>
        <source>lr \ %1</source>
        <translation>معدل التعلم \ %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="31"/>
        <source> (%1 diverged)</source>
        <translation> (تباعدت %1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="36"/>
        <source>Fraction of hidden units dead after %1 epochs (mean over %2 seeds; i: inactive, for activations that cannot die):</source>
        <translation>نسبة الوحدات المخفية الميتة بعد %1 من الحقب (المتوسط على %2 من البذور؛ i: غير نشطة، لدوال التنشيط التي لا يمكن أن تموت):</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="42"/>
        <source>Runs with at least one dead unit:</source>
        <translation>الجولات التي فيها وحدة ميتة واحدة على الأقل:</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="43"/>
        <source>Took %1 s.</source>
        <translation>استغرق ذلك %1 s.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="54"/>
        <source>Dying phase diagram: fraction of dead hidden units after training, over learning rate x bias init (or depth, or activation), several seeds per cell.</source>
        <translation>مخطط أطوار موت الوحدات: نسبة الوحدات المخفية الميتة بعد التدريب، على شبكة من معدل التعلم × تهيئة الانحياز (أو العمق، أو دالة التنشيط)، مع عدة بذور لكل خلية.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="60"/>
        <source>The set-up every run starts from (default tfp-relu).</source>
        <translation>الإعداد الذي تبدأ منه كل جولة (الافتراضي tfp-relu).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="63"/>
        <source>Learning rates, the rows (default 0.01,0.03,0.1,0.3,1,3).</source>
        <translation>معدلات التعلم، وهي الصفوف (الافتراضي ⁦0.01,0.03,0.1,0.3,1,3⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="66"/>
        <source>The columns: bias (default), depth or activation.</source>
        <translation>الأعمدة: bias (الافتراضي) أو depth أو activation.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="67"/>
        <source>axis</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="69"/>
        <source>Bias inits for --axis bias (default -1,-0.5,0,0.1,0.5).</source>
        <translation>قيم تهيئة الانحياز مع ⁦--axis bias⁩ (الافتراضي ⁦-1,-0.5,0,0.1,0.5⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="72"/>
        <source>Hidden layers for --axis depth (default 1,2,3,4,6).</source>
        <translation>أعداد الطبقات المخفية مع ⁦--axis depth⁩ (الافتراضي ⁦1,2,3,4,6⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="76"/>
        <source>Activations for --axis activation (default relu,leaky_relu:0.01,elu).</source>
        <translation>دوال التنشيط مع ⁦--axis activation⁩ (الافتراضي ⁦relu,leaky_relu:0.01,elu⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="78"/>
        <source>Runs per cell (default 5).</source>
        <translation>عدد الجولات لكل خلية (الافتراضي 5).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="81"/>
        <source>Epochs per run (default 500).</source>
        <translation>عدد الحقب لكل جولة (الافتراضي 500).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="83"/>
        <source>cpu, gpu or auto (default auto): where the runs train.</source>
        <translation>cpu أو gpu أو auto (الافتراضي auto): أين تُدرَّب الجولات.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="94"/>
        <source>unknown preset &apos;%1&apos; (one of: %2)</source>
        <translation>إعداد مسبق غير معروف &apos;%1&apos; (القيم الممكنة: %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="105"/>
        <source>--axis must be bias, depth or activation, got &apos;%1&apos;</source>
        <translation>يجب أن تكون قيمة ⁦--axis⁩ هي bias أو depth أو activation، والمُعطى &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="120"/>
        <source>--backend must be cpu, gpu or auto, got &apos;%1&apos;</source>
        <translation>يجب أن تكون قيمة ⁦--backend⁩ هي cpu أو gpu أو auto، والمُعطى &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="128"/>
        <source>relulab study phase-diagram: %1</source>
        <translation>relulab study phase-diagram: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="132"/>
        <source>relulab study phase-diagram: training on the %1 path: %2</source>
        <translation>relulab study phase-diagram: التدريب على مسار %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_phase.cpp" line="145"/>
        <source>relulab study phase-diagram: the GPU path failed part-way (%1); the results above are partial</source>
        <translation>relulab study phase-diagram: فشل مسار GPU قبل الاكتمال (%1)؛ النتائج أعلاه جزئية</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="39"/>
        <source>Seed: the same seed gives the same numbers (default 1).</source>
        <translation>البذرة: البذرة نفسها تعطي الأرقام نفسها (الافتراضي 1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="41"/>
        <source>Worker threads (default: all cores); results do not depend on it.</source>
        <translation>عدد خيوط المعالجة (الافتراضي: كل الأنوية)؛ لا تعتمد النتائج عليه.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="44"/>
        <source>Write the results as CSV to &lt;file&gt; (&quot;-&quot;: to stdout, instead of the table).</source>
        <translation>كتابة النتائج بصيغة CSV في ⁦&lt;file&gt;⁩ (&quot;-&quot;: إلى stdout بدلًا من الجدول).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="47"/>
        <source>Report progress and time left on stderr.</source>
        <translation>عرض التقدم والوقت المتبقي على stderr.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="75"/>
        <source>relulab study %1: %2 (try relulab study %1 --help)</source>
        <translation>relulab study %1: %2 (جرّب ⁦relulab study %1 --help⁩)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="90"/>
        <source>--%1 must be an integer in [%2, %3], got &apos;%4&apos;</source>
        <translation>يجب أن تكون قيمة ⁦--%1⁩ عددًا صحيحًا في ⁦[%2, %3]⁩، والمُعطى &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="106"/>
        <source>--%1 must be a number, got &apos;%2&apos;</source>
        <translation>يجب أن تكون قيمة ⁦--%1⁩ عددًا، والمُعطى &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="120"/>
        <source>--%1 takes integers separated by commas, got &apos;%2&apos;</source>
        <translation>يقبل ⁦--%1⁩ أعدادًا صحيحة مفصولة بفواصل، والمُعطى &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="137"/>
        <source>--%1 takes numbers separated by commas, got &apos;%2&apos;</source>
        <translation>يقبل ⁦--%1⁩ أعدادًا مفصولة بفواصل، والمُعطى &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="169"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="179"/>
        <source>--%1 takes one initialisation</source>
        <translation>يقبل ⁦--%1⁩ طريقة تهيئة واحدة فقط</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="190"/>
        <source>unknown initialisation &apos;%1&apos; (one of: %2)</source>
        <translation>طريقة تهيئة غير معروفة &apos;%1&apos; (القيم الممكنة: %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="203"/>
        <source>--%1 must be zero or random, got &apos;%2&apos;</source>
        <translation>يجب أن تكون قيمة ⁦--%1⁩ هي zero أو random، والمُعطى &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="215"/>
        <source>--seed must be a non-negative integer, got &apos;%1&apos;</source>
        <translation>يجب أن تكون قيمة ⁦--seed⁩ عددًا صحيحًا غير سالب، والمُعطى &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="232"/>
        <source>%1: %2% done, about %3 s left</source>
        <translation>%1: اكتمل %2%، والمتبقي نحو %3 s</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="247"/>
        <source>relulab study %1: cannot write %2: %3</source>
        <translation>relulab study %1: تعذّرت كتابة ⁦%2⁩: %3</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_study_support.cpp" line="265"/>
        <source>relulab study %1: interrupted; the results above are partial</source>
        <translation>relulab study %1: قُوطع التنفيذ؛ النتائج أعلاه جزئية</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="38"/>
        <source>train loss %1   test loss %2
</source>
        <translation>خسارة التدريب %1   خسارة الاختبار %2
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="42"/>
        <source>train accuracy %1   test accuracy %2
</source>
        <translation>دقة التدريب %1   دقة الاختبار %2
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="51"/>
        <location filename="../../app/cli/command_train_images.cpp" line="32"/>
        <source>dead</source>
        <translation>ميتة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="52"/>
        <location filename="../../app/cli/command_train_images.cpp" line="33"/>
        <source>inactive</source>
        <translation>غير نشطة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="53"/>
        <location filename="../../app/cli/command_train_images.cpp" line="34"/>
        <source>saturated</source>
        <translation>مشبعة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="54"/>
        <source>layer %1 (%2): %3 of %4 %5</source>
        <translation>الطبقة %1 (%2): %3 من %4 %5</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="61"/>
        <location filename="../../app/cli/command_train_images.cpp" line="271"/>
        <source>dead units per layer: %1
</source>
        <translation>الوحدات الميتة في كل طبقة: %1
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="66"/>
        <source>relulab train: diverged at step %1: %2.
</source>
        <translation>relulab train: تباعد التدريب عند الخطوة %1: %2.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="69"/>
        <source>The network is kept as it was after step %1 (every value finite); nothing non-finite was recorded.
</source>
        <translation>أُبقيت الشبكة كما كانت بعد الخطوة %1 (كل القيم منتهية)؛ ولم تُسجَّل أي قيمة غير منتهية.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="74"/>
        <source>a smaller learning rate (now %1; try %2)</source>
        <translation>معدل تعلم أصغر (الحالي %1؛ جرّب %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="78"/>
        <source>gradient clipping (&quot;clip_norm&quot;: 1 under &quot;optimizer&quot; in a config)</source>
        <translation>قص التدرجات (⁦&quot;clip_norm&quot;: 1⁩ تحت &quot;optimizer&quot; في ملف الإعداد)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="80"/>
        <source>a bounded output (&quot;output&quot;: &quot;tanh_squared&quot;) if the targets lie in [-1, 1]</source>
        <translation>مخرجًا محدودًا (⁦&quot;output&quot;: &quot;tanh_squared&quot;⁩) إذا كانت الأهداف ضمن ⁦[-1, 1]⁩</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="83"/>
        <source>smaller initial weights</source>
        <translation>أوزانًا ابتدائية أصغر</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="84"/>
        <source>Try %1.
</source>
        <translation>جرّب %1.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="84"/>
        <source>, or </source>
        <translation>، أو </translation>
    </message>
    <message>
        <location filename="../../app/cli/command_text.cpp" line="28"/>
        <source>relulab train: </source>
        <translation>relulab train: </translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="92"/>
        <source>Train a small network headless; print final losses, accuracy and dead units per layer;
write the metric history as CSV. A step is one mini-batch update; an epoch one pass over
the training set. Exit 0 done, 1 diverged (what, where, at which step), 2 bad arguments.</source>
        <translation>تدريب شبكة صغيرة دون واجهة رسومية؛ وطباعة الخسائر النهائية والدقة والوحدات الميتة في كل طبقة؛
وكتابة سجل المقاييس بصيغة CSV. الخطوة تحديث واحد على دفعة صغيرة، والحقبة مرور واحد على
مجموعة التدريب. رمز الخروج 0 عند الانتهاء، و 1 عند التباعد (ماذا وأين وعند أي خطوة)، و 2 للوسائط الخاطئة.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="98"/>
        <source>Training set-up as JSON (see resources/presets/).</source>
        <translation>إعداد التدريب بصيغة JSON (انظر ⁦resources/presets/⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="102"/>
        <source>A built-in set-up: %1. Image networks: %2 (relulab train --preset fashion-mlp --help for their options).</source>
        <translation>إعداد مسبق مضمَّن: %1. شبكات الصور: %2 (انظر ⁦relulab train --preset fashion-mlp --help⁩ لخياراتها).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="107"/>
        <location filename="../../app/cli/command_train_images.cpp" line="94"/>
        <source>Mini-batch updates to run.</source>
        <translation>عدد تحديثات الدفعات الصغيرة المراد تشغيلها.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="110"/>
        <source>Passes over the training set to run (default 500).</source>
        <translation>عدد مرات المرور على مجموعة التدريب (الحقب) المراد تشغيلها (الافتراضي 500).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="113"/>
        <source>Seed for data, weights and batch order.</source>
        <translation>البذرة للبيانات والأوزان وترتيب الدفعات.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="115"/>
        <location filename="../../app/cli/command_train_images.cpp" line="103"/>
        <source>Write the metric history here.</source>
        <translation>كتابة سجل المقاييس في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="118"/>
        <source>Record metrics every K steps (default: the config&apos;s, 25).</source>
        <translation>تسجيل المقاييس كل K خطوة (الافتراضي: قيمة ملف الإعداد، 25).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="122"/>
        <source>Save the run as an experiment file when done (weights, optimiser state, batch order, history): the app opens it, --load continues it.</source>
        <translation>حفظ الجولة في ملف تجربة عند الانتهاء (الأوزان، وحالة المُحسِّن، وترتيب الدفعات، والسجل): يفتحه التطبيق، ويتابعها منه ⁦--load⁩.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="127"/>
        <source>Continue a saved run (an experiment file from --save or the app) for --steps or --epochs more: the same steps, bit for bit, as if it had never stopped.</source>
        <translation>متابعة جولة محفوظة (ملف تجربة من ⁦--save⁩ أو من التطبيق) لعدد إضافي من الخطوات ⁦--steps⁩ أو الحقب ⁦--epochs⁩: الخطوات نفسها، بتًا ببت، كأنها لم تتوقف قط.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="132"/>
        <source>Start from these weights (a weights file from --weights-out or the app&apos;s File → Export Weights), for a network of the same shape.</source>
        <translation>البدء من هذه الأوزان (ملف أوزان من ⁦--weights-out⁩ أو من «ملف ← تصدير الأوزان» في التطبيق)، لشبكة بالشكل نفسه.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="137"/>
        <source>Write the network&apos;s weights alone when done (JSON), for --weights-in or the app.</source>
        <translation>كتابة أوزان الشبكة وحدها عند الانتهاء (JSON)، من أجل ⁦--weights-in⁩ أو التطبيق.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="148"/>
        <location filename="../../app/cli/command_train_images.cpp" line="143"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="151"/>
        <source>give exactly one of --config FILE.json, --preset NAME or --load FILE.relulab</source>
        <translation>حدِّد واحدًا فقط من ⁦--config FILE.json⁩ أو ⁦--preset NAME⁩ أو ⁦--load FILE.relulab⁩</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="154"/>
        <source>--seed: a loaded run keeps its own seed</source>
        <translation>⁦--seed⁩: الجولة المحمَّلة تحتفظ ببذرتها الخاصة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="156"/>
        <source>--weights-in: a loaded run keeps its own weights</source>
        <translation>⁦--weights-in⁩: الجولة المحمَّلة تحتفظ بأوزانها الخاصة</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="158"/>
        <location filename="../../app/cli/command_train_images.cpp" line="145"/>
        <source>give --steps or --epochs, not both</source>
        <translation>حدِّد ⁦--steps⁩ أو ⁦--epochs⁩، لا كليهما</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="174"/>
        <source>%1 holds no playground run to continue</source>
        <translation>لا يحتوي ⁦%1⁩ على جولة من ساحة التجريب لمتابعتها</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="177"/>
        <source>preset </source>
        <translation>الإعداد المسبق </translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="180"/>
        <source>unknown preset &quot;%1&quot; (known: %2)</source>
        <translation>إعداد مسبق غير معروف &quot;%1&quot; (المعروف منها: %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="188"/>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة ⁦%1⁩: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="202"/>
        <location filename="../../app/cli/command_train_images.cpp" line="160"/>
        <source>--seed: not a non-negative integer: &quot;%1&quot;</source>
        <translation>⁦--seed⁩: ليس عددًا صحيحًا غير سالب: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="208"/>
        <source>--every: must be an integer ≥ 1, got &quot;%1&quot;</source>
        <translation>⁦--every⁩: يجب أن يكون عددًا صحيحًا ⁦≥ 1⁩، والمُعطى &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="220"/>
        <source>--steps: must be an integer ≥ 0, got &quot;%1&quot;</source>
        <translation>⁦--steps⁩: يجب أن يكون عددًا صحيحًا ⁦≥ 0⁩، والمُعطى &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="228"/>
        <location filename="../../app/cli/command_train_images.cpp" line="173"/>
        <source>--epochs: must be a number ≥ 0, got &quot;%1&quot;</source>
        <translation>⁦--epochs⁩: يجب أن يكون عددًا ⁦≥ 0⁩، والمُعطى &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="235"/>
        <source>--load: say how much more to train with --steps N or --epochs N</source>
        <translation>⁦--load⁩: حدِّد مقدار التدريب الإضافي باستخدام ⁦--steps N⁩ أو ⁦--epochs N⁩</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="259"/>
        <source>--weights-in: %1 holds weights for a network of another shape</source>
        <translation>⁦--weights-in⁩: يحمل ⁦%1⁩ أوزانًا لشبكة بشكل آخر</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="275"/>
        <source>%1 · seed %2 · %3 · %4 · %5 η=%6 · batch %7
</source>
        <translation>%1 · البذرة %2 · %3 · %4 · %5 η=%6 · الدفعة %7
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="287"/>
        <location filename="../../app/cli/command_train_images.cpp" line="249"/>
        <source>trained %1 steps (%2 epochs) in %3 s
</source>
        <translation>اكتمل التدريب: الخطوات %1 (الحقب %2) في %3 s
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="299"/>
        <location filename="../../app/cli/command_train.cpp" line="313"/>
        <source>relulab train: %1</source>
        <translation>relulab train: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="302"/>
        <source>saved step %1 → %2
</source>
        <translation>حُفظت الخطوة %1 في ⁦%2⁩
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_text.cpp" line="41"/>
        <source>relulab train: cannot write %1: %2</source>
        <translation>relulab train: تعذّرت كتابة ⁦%1⁩: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_text.cpp" line="44"/>
        <source>history: %1 rows → %2
</source>
        <translation>السجل: %1 من الصفوف → ⁦%2⁩
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train.cpp" line="316"/>
        <source>weights → %1
</source>
        <translation>الأوزان في ⁦%1⁩
</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="32"/>
        <source>Print an activation&apos;s values and derivatives as CSV</source>
        <translation>طباعة قيم دالة تنشيط ومشتقاتها بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="36"/>
        <source>List the activations, their parameters and defaults</source>
        <translation>سرد دوال التنشيط ومعاملاتها وقيمها الافتراضية</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="39"/>
        <source>Train a network headless (preset or JSON config) and write its metric history</source>
        <translation>تدريب شبكة دون واجهة رسومية (إعداد مسبق أو ملف إعداد JSON) وكتابة سجل مقاييسها</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="45"/>
        <source>Run a headless study (born-dead, depth-variance, …) to a table and CSV</source>
        <translation>تشغيل دراسة دون واجهة رسومية (born-dead، depth-variance، …) وإخراجها جدولًا وملف CSV</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="49"/>
        <source>Show the GPU path&apos;s device and limits, or why there is none</source>
        <translation>عرض جهاز مسار GPU وحدوده، أو سبب عدم وجوده</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="95"/>
        <source>Commands (relulab COMMAND --help for each):</source>
        <translation>الأوامر (⁦relulab COMMAND --help⁩ لتفاصيل كل أمر):</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="74"/>
        <location filename="../../app/main.cpp" line="105"/>
        <location filename="../../app/main.cpp" line="194"/>
        <location filename="../../app/main.cpp" line="218"/>
        <source>relulab: %1</source>
        <translation>relulab: %1</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="145"/>
        <source>ReLU Lab: explore ReLU and its variants, and watch neurons die while tiny networks train.</source>
        <translation>مختبر ReLU: استكشف ReLU ومتغيراتها، وشاهد العصبونات تموت أثناء تدريب شبكات صغيرة.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="151"/>
        <source>Speak &lt;code&gt;: ar (Arabic) or en (English), for this run only; before a command too (relulab --lang ar train …). View → Language saves a choice.</source>
        <translation>تحدّث باللغة &lt;code&gt;: ar (العربية) أو en (الإنجليزية)، لهذا التشغيل فقط؛ وقبل أي أمر أيضًا (⁦relulab --lang ar train …⁩). أما القائمة عرض ← اللغة فتحفظ الاختيار.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="153"/>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="157"/>
        <source>Render the main window off screen and write PNG files to &lt;folder&gt;, then exit.</source>
        <translation>رسم النافذة الرئيسية خارج الشاشة وكتابة ملفات PNG في ⁦&lt;folder&gt;⁩، ثم الخروج.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="158"/>
        <source>folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="162"/>
        <source>An experiment (.relulab) to open and continue, a training set-up (.json), or points (.csv) to train on.</source>
        <translation>تجربة (⁦.relulab⁩) لفتحها ومتابعتها، أو إعداد تدريب (⁦.json⁩)، أو نقاط (⁦.csv⁩) للتدريب عليها.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="164"/>
        <source>[FILE]</source>
        <translation>[ملف]</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="169"/>
        <source>relulab: %1 (try relulab --help)</source>
        <translation>relulab: %1 (جرّب ⁦relulab --help⁩)</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="181"/>
        <source>relulab: no such file: %1</source>
        <translation>relulab: لا يوجد ملف بهذا الاسم: ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="182"/>
        <source>relulab: unknown command &apos;%1&apos; (try relulab --help)</source>
        <translation>relulab: أمر غير معروف &apos;%1&apos; (جرّب ⁦relulab --help⁩)</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="225"/>
        <source>relulab: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open. Writing what it would show to %1 instead; run ReLU Lab on a desktop, or under xvfb-run, to use it.</source>
        <translation>relulab: لا توجد شاشة عرض (المتغيران DISPLAY و WAYLAND_DISPLAY غير مضبوطين)، لذا لا يمكن فتح النافذة. ستُكتب بدلًا من ذلك الصور التي كانت ستعرضها في ⁦%1⁩؛ شغّل مختبر ReLU على سطح مكتب، أو ضمن xvfb-run، لاستخدامه.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="35"/>
        <source>layer %1 (%2 %3): %4 of %5 %6</source>
        <translation>الطبقة %1 (%2 %3): %4 من %5 %6</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="50"/>
        <source>layer %1: %2</source>
        <translation>الطبقة %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="60"/>
        <source>--%1: must be an integer ≥ %2, got &quot;%3&quot;</source>
        <translation>⁦--%1⁩: يجب أن يكون عددًا صحيحًا ⁦≥ %2⁩، والمُعطى &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="85"/>
        <source>Train an image network headless (Fashion-MNIST by default); print per epoch the training
loss and accuracy, the test accuracy, dead units and sparsity per layer, and at the end
the accuracy on every test image. Exit 0 done, 1 diverged, 2 bad arguments or no data.</source>
        <translation>تدريب شبكة صور دون واجهة رسومية (على Fashion-MNIST افتراضيًا)؛ وطباعة خسارة التدريب ودقته في كل حقبة،
ودقة الاختبار، والوحدات الميتة والتناثر في كل طبقة، ثم في النهاية الدقة على كل صور
الاختبار. رمز الخروج 0 عند الانتهاء، و 1 عند التباعد، و 2 للوسائط الخاطئة أو غياب البيانات.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="92"/>
        <source>An image preset: %1.</source>
        <translation>إعداد مسبق للصور: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="98"/>
        <source>Passes over the training images (default 1: about 2 s for fashion-mlp).</source>
        <translation>عدد مرات المرور على صور التدريب، أي الحقب (الافتراضي 1: نحو 2 s مع ⁦fashion-mlp⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="101"/>
        <source>Seed for the weights, the batch order and the probe.</source>
        <translation>البذرة للأوزان وترتيب الدفعات ومجموعة الفحص.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="107"/>
        <source>Record metrics every K steps (default: the preset&apos;s, 200; 0: once an epoch).</source>
        <translation>تسجيل المقاييس كل K خطوة (الافتراضي: قيمة الإعداد المسبق، 200؛ 0: مرة في كل حقبة).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="111"/>
        <source>Fashion-MNIST (or MNIST) files in this folder (default %1).</source>
        <translation>ملفات Fashion-MNIST (أو MNIST) في هذا المجلد (الافتراضي ⁦%1⁩).</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="115"/>
        <source>IDX file of training images.</source>
        <translation>ملف IDX لصور التدريب.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="118"/>
        <source>IDX file of training labels.</source>
        <translation>ملف IDX لوسوم التدريب.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="121"/>
        <source>IDX file of test images.</source>
        <translation>ملف IDX لصور الاختبار.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="123"/>
        <source>IDX file of test labels.</source>
        <translation>ملف IDX لوسوم الاختبار.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="125"/>
        <source>Train on the first N images only.</source>
        <translation>التدريب على أول N صورة فقط.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="128"/>
        <source>Test on the first N images only.</source>
        <translation>الاختبار على أول N صورة فقط.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="132"/>
        <source>Threads, 1–64 (default 1); the numbers are the same for any count.</source>
        <translation>عدد خيوط المعالجة، من 1 إلى 64 (الافتراضي 1)؛ والأرقام نفسها أيًّا كان عددها.</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="150"/>
        <source>unknown image preset &quot;%1&quot; (known: %2)</source>
        <translation>إعداد مسبق للصور غير معروف &quot;%1&quot; (المعروف منها: %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="185"/>
        <source>give all four of --train-images, --train-labels, --test-images and --test-labels, or none</source>
        <translation>حدِّد الخيارات الأربعة كلها ⁦--train-images⁩ و ⁦--train-labels⁩ و ⁦--test-images⁩ و ⁦--test-labels⁩، أو لا تحدِّد أيًّا منها</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="188"/>
        <source>give --images-dir or the four IDX files, not both</source>
        <translation>حدِّد ⁦--images-dir⁩ أو ملفات IDX الأربعة، لا كليهما</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="207"/>
        <source>preset %1 · %2 · %3 training and %4 test images of %5 × %6 · seed %7 · %8 η=%9 · batch %10
</source>
        <translation>الإعداد المسبق ⁦%1⁩ · ⁦%2⁩ · صور التدريب %3 وصور الاختبار %4 بحجم ⁦%5 × %6⁩ · البذرة %7 · %8 η=%9 · الدفعة %10
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="235"/>
        <source>epoch %1 · step %2: train loss %3, accuracy %4 · test accuracy %5 (%6 images) · dead: %7 · sparsity: %8 · %9 s
</source>
        <translation>الحقبة %1 · الخطوة %2: خسارة التدريب %3، والدقة %4 · دقة الاختبار %5 (عدد الصور %6) · الوحدات الميتة: %7 · التناثر: %8 · %9 s
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="257"/>
        <source>relulab train: diverged: %1.
</source>
        <translation>relulab train: تباعد التدريب: %1.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="258"/>
        <source>The network is kept as it was after step %1 (every value finite). Try a smaller learning rate (now %2; try %3).
</source>
        <translation>أُبقيت الشبكة كما كانت بعد الخطوة %1 (كل القيم منتهية). جرّب معدل تعلم أصغر (الحالي %2؛ جرّب %3).
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="267"/>
        <source>test accuracy on all %1 test images: %2 (loss %3)
</source>
        <translation>دقة الاختبار على كل صور الاختبار (%1): %2 (الخسارة %3)
</translation>
    </message>
    <message>
        <location filename="../../app/cli/command_train_images.cpp" line="272"/>
        <source>sparsity per layer: %1
</source>
        <translation>التناثر في كل طبقة: %1
</translation>
    </message>
</context>
<context>
    <name>relulab::core</name>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="23"/>
        <source>negative slope</source>
        <translation>ميل الجزء السالب</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="25"/>
        <source>alpha</source>
        <translation>ألفا</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="26"/>
        <source>beta</source>
        <translation>بيتا</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="30"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="31"/>
        <source>f(x) = max(0, x)</source>
        <translation>f(x) = max(0, x)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="32"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="33"/>
        <source>[0, ∞)</source>
        <translation>[0, ∞)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="33"/>
        <location filename="../../core/activations/activation_info.cpp" line="41"/>
        <location filename="../../core/activations/activation_info.cpp" line="49"/>
        <location filename="../../core/activations/activation_info.cpp" line="70"/>
        <source>x = 0</source>
        <translation>x = 0</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="34"/>
        <source>f′(0) = 0, as PyTorch</source>
        <translation>⁦f′(0) = 0⁩، كما في PyTorch</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="35"/>
        <source>Cheap and non-saturating for x &gt; 0, but a unit whose input stays negative outputs 0 with gradient 0: it is dead.</source>
        <translation>رخيصة الحساب وغير مشبعة عندما ⁦x &gt; 0⁩، لكن الوحدة التي تبقى قيمة إدخالها سالبة تُخرج 0 وتدرجها 0: إنها وحدة ميتة.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="37"/>
        <source>x ≤ 0</source>
        <translation>x ≤ 0</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="38"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="39"/>
        <source>f(x) = x if x &gt; 0, else s·x</source>
        <translation>⁦f(x) = x⁩ إذا كان ⁦x &gt; 0⁩، وإلا ⁦s·x⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="40"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;s&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;</source>
        <translation>⁦&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;⁩ إذا كان ⁦&lt;i&gt;x&lt;/i&gt; &amp;gt; 0⁩، وإلا ⁦&lt;i&gt;s&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="41"/>
        <location filename="../../core/activations/activation_info.cpp" line="49"/>
        <source>(−∞, ∞)</source>
        <translation>(−∞, ∞)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="42"/>
        <source>f′(0) = s (the left-hand slope), as PyTorch</source>
        <translation>⁦f′(0) = s⁩ (الميل من اليسار)، كما في PyTorch</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="43"/>
        <source>A small slope for x &lt; 0 (0.01 by default, Maas et al., 2013) keeps a gradient flowing, so units never die; at s = 0 it is ReLU again.</source>
        <translation>ميل صغير عندما ⁦x &lt; 0⁩ (0.01 افتراضيًا، Maas وآخرون، 2013) يُبقي التدرج متدفقًا، فلا تموت الوحدات أبدًا؛ وعند ⁦s = 0⁩ نعود إلى ReLU.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="46"/>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="47"/>
        <source>f(x) = x if x &gt; 0, else a·x</source>
        <translation>⁦f(x) = x⁩ إذا كان ⁦x &gt; 0⁩، وإلا ⁦a·x⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="48"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;</source>
        <translation>⁦&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;⁩ إذا كان ⁦&lt;i&gt;x&lt;/i&gt; &amp;gt; 0⁩، وإلا ⁦&lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="50"/>
        <source>f′(0) = a (the left-hand slope), as PyTorch</source>
        <translation>⁦f′(0) = a⁩ (الميل من اليسار)، كما في PyTorch</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="51"/>
        <source>Leaky ReLU whose slope a is learned (He et al., 2015, from a = 0.25); He init for it uses Var[w] = 2/((1 + a²)·n), and a &lt; 0 makes it non-monotonic.</source>
        <translation>دالة Leaky ReLU يُتعلَّم ميلها a أثناء التدريب (He وآخرون، 2015، بدءًا من ⁦a = 0.25⁩)؛ تستخدم تهيئة He لها ⁦Var[w] = 2/((1 + a²)·n)⁩، والقيمة ⁦a &lt; 0⁩ تجعلها غير رتيبة.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="54"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="55"/>
        <source>f(x) = x if x &gt; 0, else α·(eˣ − 1)</source>
        <translation>⁦f(x) = x⁩ إذا كان ⁦x &gt; 0⁩، وإلا ⁦α·(eˣ − 1)⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="56"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α·(&lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)</source>
        <translation>⁦&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;⁩ إذا كان ⁦&lt;i&gt;x&lt;/i&gt; &amp;gt; 0⁩، وإلا ⁦α·(&lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="58"/>
        <location filename="../../core/activations/activation_info.cpp" line="79"/>
        <source>(−α, ∞)</source>
        <translation>(−α, ∞)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="59"/>
        <source>x = 0 when α ≠ 1</source>
        <translation>⁦x = 0⁩ عندما ⁦α ≠ 1⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="60"/>
        <source>f′(0) = α (the left-hand slope), as PyTorch</source>
        <translation>⁦f′(0) = α⁩ (الميل من اليسار)، كما في PyTorch</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="61"/>
        <source>Saturates smoothly to −α for very negative inputs, which pulls mean activations towards zero (Clevert et al., 2015); continuously differentiable only at α = 1.</source>
        <translation>تتشبع بسلاسة نحو ⁦−α⁩ عند قيم الإدخال شديدة السالبية، مما يقرّب متوسط التنشيطات من الصفر (Clevert وآخرون، 2015)؛ ومشتقتها متصلة فقط عند ⁦α = 1⁩.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="65"/>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="66"/>
        <source>f(x) = λ·x if x &gt; 0, else λ·α·(eˣ − 1); λ ≈ 1.0507, α ≈ 1.6733</source>
        <translation>⁦f(x) = λ·x⁩ إذا كان ⁦x &gt; 0⁩، وإلا ⁦λ·α·(eˣ − 1)⁩؛ حيث ⁦λ ≈ 1.0507⁩ و ⁦α ≈ 1.6733⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="67"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = λ&lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else λα(&lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1); λ ≈ 1.0507, α ≈ 1.6733</source>
        <translation>⁦&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = λ&lt;i&gt;x&lt;/i&gt;⁩ إذا كان ⁦&lt;i&gt;x&lt;/i&gt; &amp;gt; 0⁩، وإلا ⁦λα(&lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)⁩؛ حيث ⁦λ ≈ 1.0507⁩ و ⁦α ≈ 1.6733⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="69"/>
        <source>(−λα, ∞) ≈ (−1.7581, ∞)</source>
        <translation>(−λα, ∞) ≈ (−1.7581, ∞)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="71"/>
        <source>f′(0) = λα ≈ 1.7581 (the left-hand slope), as PyTorch</source>
        <translation>⁦f′(0) = λα ≈ 1.7581⁩ (الميل من اليسار)، كما في PyTorch</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="72"/>
        <source>λ ≈ 1.0507 and α ≈ 1.6733 are chosen so that activations keep mean 0 and variance 1 through layers with LeCun-normal init (Klambauer et al., 2017).</source>
        <translation>اختيرت القيمتان ⁦λ ≈ 1.0507⁩ و ⁦α ≈ 1.6733⁩ بحيث تحافظ التنشيطات على متوسط 0 وتباين 1 عبر الطبقات مع تهيئة LeCun ذات التوزيع الطبيعي (Klambauer وآخرون، 2017).</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="75"/>
        <source>CELU</source>
        <translation>CELU</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="76"/>
        <source>f(x) = x if x &gt; 0, else α·(e^(x/α) − 1)</source>
        <translation>⁦f(x) = x⁩ إذا كان ⁦x &gt; 0⁩، وإلا ⁦α·(e^(x/α) − 1)⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="77"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α·(&lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt; − 1)</source>
        <translation>⁦&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;⁩ إذا كان ⁦&lt;i&gt;x&lt;/i&gt; &amp;gt; 0⁩، وإلا ⁦α·(&lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt; − 1)⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="80"/>
        <source>ELU with the exponent scaled by 1/α, so that f′(0) = 1 from both sides and the curve is continuously differentiable for every α (Barron, 2017).</source>
        <translation>دالة ELU مع قسمة الأس على α، بحيث تكون ⁦f′(0) = 1⁩ من الجهتين ويكون للمنحنى مشتقة متصلة لكل قيمة من α (Barron، 2017).</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="83"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="84"/>
        <source>f(x) = x·Φ(x) = x/2·(1 + erf(x/√2))</source>
        <translation>f(x) = x·Φ(x) = x/2·(1 + erf(x/√2))</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="85"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·Φ(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;/2·(1 + erf(&lt;i&gt;x&lt;/i&gt;/√2))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·Φ(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;/2·(1 + erf(&lt;i&gt;x&lt;/i&gt;/√2))</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="86"/>
        <location filename="../../core/activations/activation_info.cpp" line="94"/>
        <source>[−0.170, ∞)</source>
        <translation>[−0.170, ∞)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="87"/>
        <source>Weights x by the probability Φ(x) that a standard normal lies below it (Hendrycks &amp; Gimpel, 2016); minimum ≈ −0.170 at x ≈ −0.752, so not monotonic.</source>
        <translation>تضرب x في الاحتمال ⁦Φ(x)⁩ أن يقع متغير طبيعي معياري تحتها (Hendrycks و Gimpel، 2016)؛ أصغر قيمة لها نحو ⁦−0.170⁩ عند ⁦x ≈ −0.752⁩، لذا فهي ليست رتيبة.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="90"/>
        <source>GELU (tanh approximation)</source>
        <translation>GELU (تقريب tanh)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="91"/>
        <source>f(x) = x/2·(1 + tanh(√(2/π)·(x + 0.044715·x³)))</source>
        <translation>f(x) = x/2·(1 + tanh(√(2/π)·(x + 0.044715·x³)))</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="92"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;/2·(1 + tanh(√(2/π)·(&lt;i&gt;x&lt;/i&gt; + 0.044715&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;/2·(1 + tanh(√(2/π)·(&lt;i&gt;x&lt;/i&gt; + 0.044715&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)))</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="95"/>
        <source>The tanh approximation of GELU from the same paper, cheaper before fast erf existed; it stays within 4.8e−4 of the erf form (the largest gap is near |x| = 2.7).</source>
        <translation>تقريب tanh لدالة GELU من الورقة نفسها، وكان أرخص حسابًا قبل توفر erf سريعة؛ ولا يتجاوز الفرق بينه وبين صيغة erf القيمة ⁦4.8e−4⁩ (أكبر فرق قرب ⁦|x| = 2.7⁩).</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="99"/>
        <source>SiLU (Swish)</source>
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="100"/>
        <source>f(x) = x·σ(x) = x/(1 + e⁻ˣ)</source>
        <translation>f(x) = x·σ(x) = x/(1 + e⁻ˣ)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="101"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;/(1 + &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;/(1 + &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="103"/>
        <source>[−0.278, ∞)</source>
        <translation>[−0.278, ∞)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="104"/>
        <source>x·σ(x), found by automated search as Swish (Ramachandran et al., 2017); minimum ≈ −0.278 at x ≈ −1.278, so not monotonic.</source>
        <translation>⁦x·σ(x)⁩، اكتُشفت بالبحث الآلي باسم Swish (Ramachandran وآخرون، 2017)؛ أصغر قيمة لها نحو ⁦−0.278⁩ عند ⁦x ≈ −1.278⁩، لذا فهي ليست رتيبة.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="107"/>
        <source>Mish</source>
        <translation>Mish</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="108"/>
        <source>f(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + eˣ))</source>
        <translation>f(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + eˣ))</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="109"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;))</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;))</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="110"/>
        <source>[−0.309, ∞)</source>
        <translation>[−0.309, ∞)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="111"/>
        <source>x·tanh(softplus(x)) (Misra, 2019), a close cousin of SiLU; minimum ≈ −0.309 at x ≈ −1.192, so not monotonic.</source>
        <translation>⁦x·tanh(softplus(x))⁩ (Misra، 2019)، قريبة جدًا من SiLU؛ أصغر قيمة لها نحو ⁦−0.309⁩ عند ⁦x ≈ −1.192⁩، لذا فهي ليست رتيبة.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="114"/>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="115"/>
        <source>f(x) = ln(1 + e^(βx))/β, or x where βx &gt; 20</source>
        <translation>⁦f(x) = ln(1 + e^(βx))/β⁩، أو x حيث ⁦βx &gt; 20⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="116"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = ln(1 + &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;β&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)/β, or &lt;i&gt;x&lt;/i&gt; where β&lt;i&gt;x&lt;/i&gt; &amp;gt; 20</source>
        <translation>⁦&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = ln(1 + &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;β&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)/β⁩، أو &lt;i&gt;x&lt;/i&gt; حيث ⁦β&lt;i&gt;x&lt;/i&gt; &amp;gt; 20⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="118"/>
        <source>(0, ∞)</source>
        <translation>(0, ∞)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="119"/>
        <source>A smooth ReLU whose derivative is the sigmoid σ(βx); as PyTorch it returns x itself where βx &gt; 20, a jump of under 2.1e−9/β.</source>
        <translation>نسخة ملساء من ReLU مشتقتها هي الدالة السينية (sigmoid) ⁦σ(βx)⁩؛ وكما في PyTorch تُعيد x نفسها حيث ⁦βx &gt; 20⁩، بقفزة أقل من ⁦2.1e−9/β⁩.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="122"/>
        <source>ReLU6</source>
        <translation>ReLU6</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="123"/>
        <source>f(x) = min(max(0, x), 6)</source>
        <translation>f(x) = min(max(0, x), 6)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="124"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt;), 6)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt;), 6)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="125"/>
        <source>[0, 6]</source>
        <translation>[0, 6]</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="126"/>
        <source>x = 0 and x = 6</source>
        <translation>⁦x = 0⁩ و ⁦x = 6⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="127"/>
        <source>f′(0) = 0 and f′(6) = 0, as PyTorch</source>
        <translation>⁦f′(0) = 0⁩ و ⁦f′(6) = 0⁩، كما في PyTorch</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="128"/>
        <source>ReLU capped at 6, used in MobileNets because bounded activations survive low-precision arithmetic; the gradient is 0 beyond both ends.</source>
        <translation>دالة ReLU مقيدة بالحد الأعلى 6، تُستخدم في شبكات MobileNets لأن التنشيطات المحدودة تصمد أمام الحساب منخفض الدقة؛ والتدرج 0 خارج الطرفين.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="130"/>
        <source>x ≤ 0 and x ≥ 6</source>
        <translation>⁦x ≤ 0⁩ و ⁦x ≥ 6⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="131"/>
        <source>Hardswish</source>
        <translation>Hardswish</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="132"/>
        <source>f(x) = x·min(max(0, x + 3), 6)/6</source>
        <translation>f(x) = x·min(max(0, x + 3), 6)/6</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="133"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·min(max(0, &lt;i&gt;x&lt;/i&gt; + 3), 6)/6</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·min(max(0, &lt;i&gt;x&lt;/i&gt; + 3), 6)/6</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="134"/>
        <source>[−0.375, ∞)</source>
        <translation>[−0.375, ∞)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="135"/>
        <location filename="../../core/activations/activation_info.cpp" line="144"/>
        <source>x = −3 and x = 3</source>
        <translation>⁦x = −3⁩ و ⁦x = 3⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="136"/>
        <source>f′(−3) = −0.5 and f′(3) = 1 (right-hand slopes), as PyTorch&apos;s vectorised path</source>
        <translation>⁦f′(−3) = −0.5⁩ و ⁦f′(3) = 1⁩ (الميلان من اليمين)، كما في المسار المتجهي في PyTorch</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="137"/>
        <source>A piecewise-quadratic stand-in for SiLU from MobileNetV3 (Howard et al., 2019), cheap on phones; minimum −0.375 at x = −1.5.</source>
        <translation>بديل تربيعي متعدد التعريف لدالة SiLU من MobileNetV3 (Howard وآخرون، 2019)، رخيص الحساب على الهواتف؛ أصغر قيمة له ⁦−0.375⁩ عند ⁦x = −1.5⁩.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="139"/>
        <source>x &lt; −3</source>
        <translation>x &lt; −3</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="140"/>
        <source>Hardsigmoid</source>
        <translation>Hardsigmoid</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="141"/>
        <source>f(x) = min(max(0, x + 3), 6)/6</source>
        <translation>f(x) = min(max(0, x + 3), 6)/6</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="142"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt; + 3), 6)/6</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt; + 3), 6)/6</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="143"/>
        <source>[0, 1]</source>
        <translation>[0, 1]</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="145"/>
        <source>f′(−3) = 0 and f′(3) = 0, as PyTorch</source>
        <translation>⁦f′(−3) = 0⁩ و ⁦f′(3) = 0⁩، كما في PyTorch</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="146"/>
        <source>A piecewise-linear sigmoid: a straight line of slope exactly 1/6 from (−3, 0) to (3, 1), flat outside.</source>
        <translation>دالة سينية (sigmoid) خطية متعددة التعريف: خط مستقيم ميله ⁦1/6⁩ تمامًا من ⁦(−3, 0)⁩ إلى ⁦(3, 1)⁩، وثابتة خارج ذلك.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="148"/>
        <source>x ≤ −3 and x ≥ 3</source>
        <translation>⁦x ≤ −3⁩ و ⁦x ≥ 3⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="149"/>
        <source>Hardtanh</source>
        <translation>Hardtanh</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="150"/>
        <source>f(x) = min(max(−1, x), 1)</source>
        <translation>f(x) = min(max(−1, x), 1)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="151"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = min(max(−1, &lt;i&gt;x&lt;/i&gt;), 1)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = min(max(−1, &lt;i&gt;x&lt;/i&gt;), 1)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="152"/>
        <source>[−1, 1]</source>
        <translation>[−1, 1]</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="153"/>
        <source>x = −1 and x = 1</source>
        <translation>⁦x = −1⁩ و ⁦x = 1⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="154"/>
        <source>f′(−1) = 0 and f′(1) = 0, as PyTorch</source>
        <translation>⁦f′(−1) = 0⁩ و ⁦f′(1) = 0⁩، كما في PyTorch</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="155"/>
        <source>tanh replaced by a clamp to [−1, 1]; the gradient is exactly 0 outside, so a unit stuck there stops learning although its output is not 0.</source>
        <translation>يحل فيها قصٌّ إلى المجال ⁦[−1, 1]⁩ محل tanh؛ التدرج 0 تمامًا خارجه، لذا تتوقف الوحدة العالقة هناك عن التعلم مع أن مخرجها ليس 0.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="157"/>
        <source>x ≤ −1 and x ≥ 1</source>
        <translation>⁦x ≤ −1⁩ و ⁦x ≥ 1⁩</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="158"/>
        <source>Sigmoid</source>
        <translation>الدالة السينية (sigmoid)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="159"/>
        <source>f(x) = σ(x) = 1/(1 + e⁻ˣ)</source>
        <translation>f(x) = σ(x) = 1/(1 + e⁻ˣ)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="160"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;) = 1/(1 + &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;) = 1/(1 + &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="161"/>
        <source>(0, 1)</source>
        <translation>(0, 1)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="162"/>
        <source>Its derivative σ(x)·(1 − σ(x)) is at most 1/4 (at x = 0), so gradients shrink through stacked sigmoid layers: the vanishing-gradient problem.</source>
        <translation>مشتقتها ⁦σ(x)·(1 − σ(x))⁩ لا تتجاوز ⁦1/4⁩ (عند ⁦x = 0⁩)، لذا تتقلص التدرجات عبر طبقات الدالة السينية المتراكبة: إنها مشكلة تلاشي التدرج.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="165"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="166"/>
        <source>f(x) = tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)</source>
        <translation>f(x) = tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="167"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = tanh(&lt;i&gt;x&lt;/i&gt;) = (&lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)/(&lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; + &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = tanh(&lt;i&gt;x&lt;/i&gt;) = (&lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)/(&lt;i&gt;e&lt;/i&gt;&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; + &lt;i&gt;e&lt;/i&gt;&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="170"/>
        <location filename="../../core/activations/activation_info.cpp" line="177"/>
        <source>(−1, 1)</source>
        <translation>(−1, 1)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="171"/>
        <source>A zero-centred sigmoid, tanh(x) = 2σ(2x) − 1, with slope 1 at 0; it still saturates (f′ &lt; 0.01 for |x| &gt; 3), so deep stacks of it learn slowly.</source>
        <translation>دالة سينية متمركزة حول الصفر، ⁦tanh(x) = 2σ(2x) − 1⁩، ميلها 1 عند 0؛ لكنها ما زالت تتشبع (⁦f′ &lt; 0.01⁩ عندما ⁦|x| &gt; 3⁩)، لذا تتعلم الطبقات العميقة المتراكبة منها ببطء.</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="174"/>
        <source>Softsign</source>
        <translation>Softsign</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="175"/>
        <source>f(x) = x/(1 + |x|)</source>
        <translation>f(x) = x/(1 + |x|)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="176"/>
        <source>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;/(1 + |&lt;i&gt;x&lt;/i&gt;|)</source>
        <translation>&lt;i&gt;f&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;/(1 + |&lt;i&gt;x&lt;/i&gt;|)</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="178"/>
        <source>Shaped like tanh but approaches ±1 polynomially, as 1 − 1/|x|, so it saturates far more slowly (f′(3) = 1/16 against tanh′(3) ≈ 0.0099).</source>
        <translation>شكلها يشبه tanh لكنها تقترب من ⁦±1⁩ بمعدل كثير الحدود، على نحو ⁦1 − 1/|x|⁩، لذا تتشبع أبطأ بكثير (⁦f′(3) = 1/16⁩ مقابل ⁦tanh′(3) ≈ 0.0099⁩).</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="239"/>
        <source>%1: %2 must be in (%3, %4], got %5</source>
        <extracomment>%1 an activation, %2 its parameter, %3 to %4 the valid range, %5 the value given.</extracomment>
        <translation>⁦%1⁩: يجب أن تقع قيمة %2 ضمن ⁦(%3, %4]⁩، والقيمة المعطاة %5</translation>
    </message>
    <message>
        <location filename="../../core/activations/activation_info.cpp" line="242"/>
        <source>%1: %2 must be in [%3, %4], got %5</source>
        <extracomment>%1 an activation, %2 its parameter, %3 to %4 the valid range, %5 the value given.</extracomment>
        <translation>⁦%1⁩: يجب أن تقع قيمة %2 ضمن ⁦[%3, %4]⁩، والقيمة المعطاة %5</translation>
    </message>
    <message>
        <location filename="../../core/training/dataset.cpp" line="210"/>
        <source>data.kind: unknown data set</source>
        <translation>⁦data.kind⁩: مجموعة بيانات غير معروفة</translation>
    </message>
    <message>
        <location filename="../../core/training/dataset.cpp" line="212"/>
        <source>data.points: must be an integer in [10, 100000], got %1</source>
        <translation>⁦data.points⁩: يجب أن تكون القيمة عددًا صحيحًا ضمن ⁦[10, 100000]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/training/dataset.cpp" line="216"/>
        <source>data.noise: must be in [0, 0.5] (TensorFlow Playground&apos;s 0…50 %), got %1</source>
        <translation>⁦data.noise⁩: يجب أن تقع القيمة ضمن ⁦[0, 0.5]⁩ (أي ⁦0…50 %⁩ في TensorFlow Playground)، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/training/dataset.cpp" line="219"/>
        <source>data.train_fraction: must be in [0.1, 0.9], got %1</source>
        <translation>⁦data.train_fraction⁩: يجب أن تقع القيمة ضمن ⁦[0.1, 0.9]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/training/dataset.cpp" line="222"/>
        <source>data.features: choose at least one of x1, x2, x1^2, x2^2, x1*x2, sin_x1, sin_x2</source>
        <translation>⁦data.features⁩: اختر واحدة على الأقل من ⁦x1, x2, x1^2, x2^2, x1*x2, sin_x1, sin_x2⁩</translation>
    </message>
    <message>
        <location filename="../../core/model/network_spec.cpp" line="41"/>
        <source>network.inputs: must be in [1, 7], got %1</source>
        <translation>⁦network.inputs⁩: يجب أن تقع القيمة ضمن ⁦[1, 7]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/model/network_spec.cpp" line="43"/>
        <source>network.hidden: at most %1 hidden layers, got %2</source>
        <translation>⁦network.hidden⁩: عدد الطبقات المخفية %1 على الأكثر، والعدد المعطى %2</translation>
    </message>
    <message>
        <location filename="../../core/model/network_spec.cpp" line="49"/>
        <source>network.hidden[%1].width: must be an integer in [1, %2], got %3</source>
        <translation>⁦network.hidden[%1].width⁩: يجب أن تكون القيمة عددًا صحيحًا ضمن ⁦[1, %2]⁩، والقيمة المعطاة %3</translation>
    </message>
    <message>
        <location filename="../../core/model/network_spec.cpp" line="53"/>
        <source>network.hidden[%1].activation: unknown activation</source>
        <translation>⁦network.hidden[%1].activation⁩: دالة تنشيط غير معروفة</translation>
    </message>
    <message>
        <location filename="../../core/model/network_spec.cpp" line="58"/>
        <source>network.hidden[%1].param: %2</source>
        <translation>⁦network.hidden[%1].param⁩: %2</translation>
    </message>
    <message>
        <location filename="../../core/model/network_spec.cpp" line="63"/>
        <source>network.output: unknown output head</source>
        <translation>⁦network.output⁩: رأس إخراج غير معروف</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="32"/>
        <source>network.rows: must be in [1, %1], got %2</source>
        <translation>⁦network.rows⁩: يجب أن تقع القيمة ضمن ⁦[1, %1]⁩، والقيمة المعطاة %2</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="35"/>
        <source>network.cols: must be in [1, %1], got %2</source>
        <translation>⁦network.cols⁩: يجب أن تقع القيمة ضمن ⁦[1, %1]⁩، والقيمة المعطاة %2</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="38"/>
        <source>network.classes: must be in [2, %1], got %2</source>
        <translation>⁦network.classes⁩: يجب أن تقع القيمة ضمن ⁦[2, %1]⁩، والقيمة المعطاة %2</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="41"/>
        <source>network.layers: at most %1 hidden layers, got %2</source>
        <translation>⁦network.layers⁩: عدد الطبقات المخفية %1 على الأكثر، والعدد المعطى %2</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="51"/>
        <source>network.layers[%1].kind: unknown layer kind</source>
        <translation>⁦network.layers[%1].kind⁩: نوع طبقة غير معروف</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="54"/>
        <source>network.layers[%1].kind: a %2 layer may not follow a dense layer</source>
        <translation>⁦network.layers[%1].kind⁩: لا يجوز أن تأتي طبقة ⁦%2⁩ بعد طبقة كثيفة (dense)</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="59"/>
        <location filename="../../core/images/image_network.cpp" line="75"/>
        <source>network.layers[%1].size: must be in [1, %2], got %3</source>
        <translation>⁦network.layers[%1].size⁩: يجب أن تقع القيمة ضمن ⁦[1, %2]⁩، والقيمة المعطاة %3</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="62"/>
        <source>network.layers[%1].kernel: must be 3 or 5, got %2</source>
        <translation>⁦network.layers[%1].kernel⁩: يجب أن تكون القيمة 3 أو 5، والقيمة المعطاة %2</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="68"/>
        <source>network.layers[%1]: pooling needs at least 2 × 2 pixels, got %2 × %3</source>
        <translation>⁦network.layers[%1]⁩: يحتاج التجميع إلى ⁦2 × 2⁩ بكسل على الأقل، والمعطى ⁦%2 × %3⁩</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="83"/>
        <source>network.layers[%1].activation: unknown activation</source>
        <translation>⁦network.layers[%1].activation⁩: دالة تنشيط غير معروفة</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="87"/>
        <source>network.layers[%1].param: %2</source>
        <translation>⁦network.layers[%1].param⁩: %2</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="93"/>
        <location filename="../../core/model/network_spec.cpp" line="66"/>
        <source>network.weight_init.scheme: unknown scheme</source>
        <translation>⁦network.weight_init.scheme⁩: مخطط تهيئة غير معروف</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="96"/>
        <location filename="../../core/model/network_spec.cpp" line="69"/>
        <source>network.weight_init.scale: must be finite and in [-100, 100]</source>
        <translation>⁦network.weight_init.scale⁩: يجب أن تكون القيمة منتهية وضمن ⁦[-100, 100]⁩</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="99"/>
        <location filename="../../core/model/network_spec.cpp" line="72"/>
        <source>network.weight_init.scale: the uniform half-width must be &gt; 0</source>
        <translation>⁦network.weight_init.scale⁩: يجب أن يكون نصف عرض التوزيع المنتظم ⁦&gt; 0⁩</translation>
    </message>
    <message>
        <location filename="../../core/images/image_network.cpp" line="101"/>
        <location filename="../../core/model/network_spec.cpp" line="74"/>
        <source>network.bias_init: must be finite and in [-100, 100]</source>
        <translation>⁦network.bias_init⁩: يجب أن تكون القيمة منتهية وضمن ⁦[-100, 100]⁩</translation>
    </message>
    <message>
        <location filename="../../core/studies/born_dead.cpp" line="119"/>
        <source>%1 must list at least one value</source>
        <translation>يجب أن تحتوي قائمة ⁦%1⁩ على قيمة واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../../core/studies/born_dead.cpp" line="122"/>
        <source>%1 must lie in [%2, %3], got %4</source>
        <translation>يجب أن تقع قيم ⁦%1⁩ ضمن ⁦[%2, %3]⁩، والقيمة المعطاة %4</translation>
    </message>
    <message>
        <location filename="../../core/studies/born_dead.cpp" line="132"/>
        <source>samples must lie in [1, 1000000000], got %1</source>
        <translation>يجب أن يقع عدد العينات (samples) ضمن ⁦[1, 1000000000]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/born_dead.cpp" line="135"/>
        <location filename="../../core/studies/collapse.cpp" line="180"/>
        <source>the half-width a of the domain [-a, a] must be a positive number</source>
        <translation>يجب أن يكون نصف العرض a للمجال ⁦[-a, a]⁩ عددًا موجبًا</translation>
    </message>
    <message>
        <location filename="../../core/studies/born_dead.cpp" line="138"/>
        <source>the probe input x0 must be a nonzero number (at x = 0 a network without biases is trivially zero)</source>
        <translation>يجب أن تكون قيمة إدخال الفحص x0 عددًا غير صفري (عند ⁦x = 0⁩ يكون مخرج الشبكة التي بلا انحياز صفرًا بداهةً)</translation>
    </message>
    <message>
        <location filename="../../core/studies/born_dead.cpp" line="141"/>
        <source>grid points must lie in [2, 100001], got %1</source>
        <translation>يجب أن يقع عدد نقاط الشبكة المنتظمة (grid) ضمن ⁦[2, 100001]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/collapse.cpp" line="165"/>
        <source>list at least one activation</source>
        <translation>اذكر دالة تنشيط واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../../core/studies/collapse.cpp" line="167"/>
        <source>width must lie in [1, 256], got %1</source>
        <translation>يجب أن يقع العرض (width) ضمن ⁦[1, 256]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/collapse.cpp" line="169"/>
        <source>depth must lie in [1, 200], got %1</source>
        <translation>يجب أن يقع العمق (depth) ضمن ⁦[1, 200]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/collapse.cpp" line="171"/>
        <source>runs must lie in [1, 1000000], got %1</source>
        <translation>يجب أن يقع عدد الجولات (runs) ضمن ⁦[1, 1000000]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/collapse.cpp" line="173"/>
        <source>steps must lie in [0, 10000000], got %1</source>
        <translation>يجب أن يقع عدد الخطوات (steps) ضمن ⁦[0, 10000000]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/collapse.cpp" line="175"/>
        <source>the learning rate must lie in (0, 10]</source>
        <translation>يجب أن يقع معدل التعلم ضمن ⁦(0, 10]⁩</translation>
    </message>
    <message>
        <location filename="../../core/studies/collapse.cpp" line="177"/>
        <source>points must lie in [2, 100000], got %1</source>
        <translation>يجب أن يقع عدد النقاط (points) ضمن ⁦[2, 100000]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/collapse.cpp" line="182"/>
        <source>the tolerance must lie in [0, 1)</source>
        <translation>يجب أن تقع سماحية التسطح ضمن ⁦[0, 1)⁩</translation>
    </message>
    <message>
        <location filename="../../core/studies/depth_variance.cpp" line="55"/>
        <source>the mean must be a finite number</source>
        <translation>يجب أن يكون المتوسط عددًا منتهيًا</translation>
    </message>
    <message>
        <location filename="../../core/studies/depth_variance.cpp" line="57"/>
        <source>the standard deviation must be a positive number</source>
        <translation>يجب أن يكون الانحراف المعياري عددًا موجبًا</translation>
    </message>
    <message>
        <location filename="../../core/studies/depth_variance.cpp" line="59"/>
        <source>samples must lie in [2, 1000000000], got %1</source>
        <translation>يجب أن يقع عدد العينات (samples) ضمن ⁦[2, 1000000000]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/depth_variance.cpp" line="61"/>
        <location filename="../../core/studies/depth_variance.cpp" line="141"/>
        <source>the near-zero threshold must be ≥ 0</source>
        <translation>يجب أن تكون عتبة القرب من الصفر ⁦≥ 0⁩</translation>
    </message>
    <message>
        <location filename="../../core/studies/depth_variance.cpp" line="130"/>
        <source>inits must list at least one initialisation</source>
        <translation>يجب أن تحتوي قائمة التهيئات (inits) على تهيئة واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../../core/studies/depth_variance.cpp" line="132"/>
        <source>width must lie in [1, 2048], got %1</source>
        <translation>يجب أن يقع العرض (width) ضمن ⁦[1, 2048]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/depth_variance.cpp" line="134"/>
        <source>depth must lie in [1, 1000], got %1</source>
        <translation>يجب أن يقع العمق (depth) ضمن ⁦[1, 1000]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/depth_variance.cpp" line="136"/>
        <source>inputs must lie in [1, 2048] (0: the width)</source>
        <translation>يجب أن يقع عدد المدخلات (inputs) ضمن ⁦[1, 2048]⁩ (القيمة 0 تعني أن يساوي العرض)</translation>
    </message>
    <message>
        <location filename="../../core/studies/depth_variance.cpp" line="138"/>
        <source>batch must lie in [1, 100000], got %1</source>
        <translation>يجب أن يقع حجم الدفعة (batch) ضمن ⁦[1, 100000]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/depth_variance.cpp" line="140"/>
        <source>networks must lie in [2, 10000000], got %1</source>
        <translation>يجب أن يقع عدد الشبكات (networks) ضمن ⁦[2, 10000000]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/phase_diagram.cpp" line="89"/>
        <source>list at least one learning rate</source>
        <translation>اذكر معدل تعلم واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../../core/studies/phase_diagram.cpp" line="91"/>
        <source>list at least one value for the %1 axis</source>
        <translation>اذكر قيمة واحدة على الأقل للمحور ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../core/studies/phase_diagram.cpp" line="94"/>
        <source>the base network needs a hidden layer</source>
        <translation>تحتاج الشبكة الأساسية إلى طبقة مخفية</translation>
    </message>
    <message>
        <location filename="../../core/studies/phase_diagram.cpp" line="96"/>
        <source>seeds must lie in [1, 10000], got %1</source>
        <translation>يجب أن يقع عدد البذور (seeds) ضمن ⁦[1, 10000]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/studies/phase_diagram.cpp" line="98"/>
        <source>epochs must lie in (0, 100000]</source>
        <translation>يجب أن يقع عدد الحقب (epochs) ضمن ⁦(0, 100000]⁩</translation>
    </message>
    <message>
        <location filename="../../core/studies/phase_diagram.cpp" line="104"/>
        <source>learning rate %1, %2: %3</source>
        <translation>معدل التعلم %1، %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="31"/>
        <source>%1: must be in (%2, %3), got %4</source>
        <translation>⁦%1⁩: يجب أن تقع القيمة ضمن ⁦(%2, %3)⁩، والقيمة المعطاة %4</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="32"/>
        <source>%1: must be in (%2, %3], got %4</source>
        <translation>⁦%1⁩: يجب أن تقع القيمة ضمن ⁦(%2, %3]⁩، والقيمة المعطاة %4</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="33"/>
        <source>%1: must be in [%2, %3), got %4</source>
        <translation>⁦%1⁩: يجب أن تقع القيمة ضمن ⁦[%2, %3)⁩، والقيمة المعطاة %4</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="34"/>
        <source>%1: must be in [%2, %3], got %4</source>
        <translation>⁦%1⁩: يجب أن تقع القيمة ضمن ⁦[%2, %3]⁩، والقيمة المعطاة %4</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="88"/>
        <source>optimizer.kind: unknown optimizer</source>
        <translation>⁦optimizer.kind⁩: مُحسِّن غير معروف</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="90"/>
        <source>optimizer.regularization: unknown penalty</source>
        <translation>⁦optimizer.regularization⁩: عقوبة تنظيم غير معروفة</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="105"/>
        <source>diagnostics.every: must be ≥ 0 (0: record only when asked)</source>
        <translation>⁦diagnostics.every⁩: يجب أن تكون القيمة ⁦≥ 0⁩ (0: التسجيل عند الطلب فقط)</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="107"/>
        <source>diagnostics.probe: unknown probe set</source>
        <translation>⁦diagnostics.probe⁩: مجموعة فحص غير معروفة</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="130"/>
        <source>batch_order: unknown order</source>
        <translation>⁦batch_order⁩: ترتيب غير معروف</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="132"/>
        <source>precision: unknown precision</source>
        <translation>⁦precision⁩: دقة عددية غير معروفة</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="134"/>
        <source>network.inputs: is %1 but data.features gives %2 inputs</source>
        <translation>⁦network.inputs⁩: قيمتها %1 لكن ⁦data.features⁩ تعطي %2 من المدخلات</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="138"/>
        <source>network.output: sigmoid_cross_entropy needs a classification data set; %1 is a regression set (use linear_squared)</source>
        <translation>⁦network.output⁩: يحتاج ⁦sigmoid_cross_entropy⁩ إلى مجموعة بيانات تصنيف؛ أما ⁦%1⁩ فمجموعة انحدار (استخدم ⁦linear_squared⁩)</translation>
    </message>
    <message>
        <location filename="../../core/training/train_config.cpp" line="144"/>
        <source>batch_size: must be in [1, %1] (the training-set size), got %2</source>
        <translation>⁦batch_size⁩: يجب أن تقع القيمة ضمن ⁦[1, %1]⁩ (حجم مجموعة التدريب)، والقيمة المعطاة %2</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="21"/>
        <source>data: every point must be finite</source>
        <translation>⁦data⁩: يجب أن تكون كل نقطة منتهية القيم</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="27"/>
        <location filename="../../core/training/trainer.cpp" line="24"/>
        <source>batch_size: must be in [1, %1], got %2</source>
        <translation>⁦batch_size⁩: يجب أن تقع القيمة ضمن ⁦[1, %1]⁩، والقيمة المعطاة %2</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="35"/>
        <source>the softmax layer</source>
        <translation>طبقة softmax</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="36"/>
        <source>hidden layer %1</source>
        <translation>الطبقة المخفية %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="38"/>
        <source>a weight of %1</source>
        <translation>أحد أوزان %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="40"/>
        <source>a bias of %1</source>
        <translation>أحد انحيازات %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="42"/>
        <source>a PReLU slope of %1</source>
        <translation>أحد ميول PReLU في %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="44"/>
        <source>a parameter</source>
        <translation>أحد المعاملات</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="57"/>
        <source>batch_size: must be at least 1, got %1</source>
        <translation>⁦batch_size⁩: يجب أن تكون القيمة 1 على الأقل، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="59"/>
        <source>train_limit: must be ≥ 0 (0: all images), got %1</source>
        <translation>⁦train_limit⁩: يجب أن تكون القيمة ⁦≥ 0⁩ (0: كل الصور)، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="61"/>
        <source>test_limit: must be ≥ 0 (0: all images), got %1</source>
        <translation>⁦test_limit⁩: يجب أن تكون القيمة ⁦≥ 0⁩ (0: كل الصور)، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="62"/>
        <source>probe_size: must be at least 1, got %1</source>
        <translation>⁦probe_size⁩: يجب أن تكون القيمة 1 على الأقل، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="64"/>
        <source>test_probe: must be ≥ 0 (0: the whole test set), got %1</source>
        <translation>⁦test_probe⁩: يجب أن تكون القيمة ⁦≥ 0⁩ (0: مجموعة الاختبار كلها)، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="66"/>
        <source>record_every: must be ≥ 0 (0: only when asked), got %1</source>
        <translation>⁦record_every⁩: يجب أن تكون القيمة ⁦≥ 0⁩ (0: عند الطلب فقط)، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="67"/>
        <source>threads: must be in [1, 64], got %1</source>
        <translation>⁦threads⁩: يجب أن تقع القيمة ضمن ⁦[1, 64]⁩، والقيمة المعطاة %1</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="68"/>
        <source>step %1: the mini-batch loss became %2</source>
        <translation>الخطوة %1: أصبحت خسارة الدفعة الصغيرة تساوي %2</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="69"/>
        <source>step %1: the gradient of %2 became %3</source>
        <translation>الخطوة %1: أصبح تدرج %2 يساوي %3</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="70"/>
        <source>step %1: %2 became %3 after the update</source>
        <translation>الخطوة %1: أصبح %2 يساوي %3 بعد التحديث</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="71"/>
        <source>data: there are no training images</source>
        <translation>⁦data⁩: لا توجد صور تدريب</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="73"/>
        <source>network.rows: the images are %1 × %2 pixels, the network reads %3 × %4</source>
        <translation>⁦network.rows⁩: حجم الصور ⁦%1 × %2⁩ بكسل، والشبكة تقرأ ⁦%3 × %4⁩</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="75"/>
        <source>data: the test images are %1 × %2 pixels, the training images %3 × %4</source>
        <translation>⁦data⁩: حجم صور الاختبار ⁦%1 × %2⁩ بكسل، وحجم صور التدريب ⁦%3 × %4⁩</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="76"/>
        <source>network.classes: the labels go up to %1, so at least %2 classes are needed, got %3</source>
        <translation>⁦network.classes⁩: تصل الوسوم إلى %1، لذا يلزم %2 من الأصناف على الأقل، والعدد المعطى %3</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="80"/>
        <source>train_limit: there are only %1 training images, got %2</source>
        <translation>⁦train_limit⁩: عدد صور التدريب %1 فقط، والقيمة المعطاة %2</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="82"/>
        <source>test_limit: there are only %1 test images, got %2</source>
        <translation>⁦test_limit⁩: عدد صور الاختبار %1 فقط، والقيمة المعطاة %2</translation>
    </message>
    <message>
        <location filename="../../core/images/image_trainer.cpp" line="84"/>
        <source>network.layers[%1]: no convolution or dense layer there</source>
        <translation>⁦network.layers[%1]⁩: لا توجد في هذا الموضع طبقة التفافية أو كثيفة</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="27"/>
        <source>network.hidden: no hidden layer %1</source>
        <translation>⁦network.hidden⁩: لا توجد طبقة مخفية رقم %1</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="31"/>
        <source>diagnostics.probe: &quot;all&quot; must be chosen when the trainer is created</source>
        <translation>⁦diagnostics.probe⁩: يجب اختيار &quot;all&quot; عند إنشاء المدرِّب</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="34"/>
        <source>parameters: expected %1 values, got %2</source>
        <translation>⁦parameters⁩: المتوقع %1 من القيم، والمعطى %2</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="37"/>
        <source>step: must be ≥ 0</source>
        <translation>⁦step⁩: يجب أن تكون القيمة ⁦≥ 0⁩</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="41"/>
        <source>history.columns: do not match this network&apos;s metrics (%1 expected)</source>
        <translation>⁦history.columns⁩: لا تطابق مقاييس هذه الشبكة (المتوقع %1)</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="48"/>
        <source>history.values: every value must be finite</source>
        <translation>⁦history.values⁩: يجب أن تكون كل قيمة منتهية</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="51"/>
        <source>parameters: every value must be finite</source>
        <translation>⁦parameters⁩: يجب أن تكون كل قيمة منتهية</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="58"/>
        <source>neuron %1 of layer %2</source>
        <translation>العصبون %1 في الطبقة %2</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="61"/>
        <source>the weight from input %1 to %2</source>
        <translation>الوزن من المدخل %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="64"/>
        <source>the bias of %1</source>
        <translation>انحياز %1</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="67"/>
        <source>the PReLU slope of %1</source>
        <translation>ميل PReLU لدى %1</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="74"/>
        <source>the mini-batch loss became %1</source>
        <translation>أصبحت خسارة الدفعة الصغيرة تساوي %1</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="76"/>
        <source>the gradient of %1 became %2</source>
        <translation>أصبح تدرج %1 يساوي %2</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="78"/>
        <source>%1 became %2 after the update</source>
        <translation>أصبح %1 يساوي %2 بعد التحديث</translation>
    </message>
    <message>
        <location filename="../../core/training/trainer.cpp" line="80"/>
        <source>the measured %1 became %2 (every weight still finite)</source>
        <translation>أصبحت قيمة %1 المقيسة تساوي %2 (وكل الأوزان ما زالت منتهية)</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="11"/>
        <source>TensorFlow Playground&apos;s default (tanh)</source>
        <translation>الإعداد الافتراضي في TensorFlow Playground (tanh)</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="12"/>
        <source>TensorFlow Playground&apos;s default: circle, 2-[4,2]-1 tanh, SGD 0.03</source>
        <translation>الإعداد الافتراضي في TensorFlow Playground: بيانات الدائرة، ⁦2-[4,2]-1 tanh⁩، ⁦SGD 0.03⁩</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="13"/>
        <source>ReLU on the circle</source>
        <translation>ReLU على بيانات الدائرة</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="14"/>
        <source>tfp-default with ReLU hidden units</source>
        <translation>⁦tfp-default⁩ مع وحدات مخفية من نوع ReLU</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="15"/>
        <source>Dying ReLU (learning rate 3)</source>
        <translation>موت عصبونات ReLU (معدل التعلم 3)</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="16"/>
        <source>tfp-relu with learning rate 3: ReLUs die</source>
        <translation>⁦tfp-relu⁩ بمعدل تعلم 3: تموت عصبونات ReLU</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="17"/>
        <source>Leaky ReLU at learning rate 3</source>
        <translation>Leaky ReLU بمعدل تعلم 3</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="18"/>
        <source>dying-relu with Leaky ReLU (slope 0.01): none die</source>
        <translation>⁦dying-relu⁩ مع Leaky ReLU (الميل 0.01): لا يموت أي عصبون</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="19"/>
        <source>tfp-relu on the XOR data</source>
        <translation>⁦tfp-relu⁩ على بيانات XOR</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="19"/>
        <source>ReLU on XOR</source>
        <translation>ReLU على بيانات XOR</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="20"/>
        <source>Regression on a plane</source>
        <translation>انحدار على مستوى</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="21"/>
        <source>plane regression, ReLU 2-[4,2]-1, linear output, SGD 0.01</source>
        <translation>انحدار على مستوى، ⁦ReLU 2-[4,2]-1⁩، إخراج خطي، ⁦SGD 0.01⁩</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="22"/>
        <source>A run that diverges (learning rate 10)</source>
        <translation>جولة تتباعد (معدل التعلم 10)</translation>
    </message>
    <message>
        <location filename="../../core/training/presets.cpp" line="23"/>
        <source>the regression net at learning rate 10: it overflows</source>
        <translation>شبكة الانحدار بمعدل تعلم 10: يحدث فيها فيض عددي (overflow)</translation>
    </message>
    <message>
        <location filename="../../core/training/engine.cpp" line="38"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../core/training/engine.cpp" line="47"/>
        <source>%1: expected %2 values for this network, got %3</source>
        <translation>⁦%1⁩: المتوقع %2 من القيم لهذه الشبكة، والمعطى %3</translation>
    </message>
    <message>
        <location filename="../../core/training/engine.cpp" line="51"/>
        <source>%1[%2]: must be a finite number</source>
        <translation>⁦%1[%2]⁩: يجب أن يكون عددًا منتهيًا</translation>
    </message>
    <message>
        <location filename="../../core/images/idx.cpp" line="16"/>
        <source>%1: cannot be opened (is the file there, and readable?)</source>
        <translation>⁦%1⁩: تعذّر فتحه (هل الملف موجود، وهل تمكن قراءته؟)</translation>
    </message>
    <message>
        <location filename="../../core/images/idx.cpp" line="20"/>
        <source>%1: not an IDX file of bytes (its first four bytes are not 0, 0, 8, and a dimension count)</source>
        <translation>⁦%1⁩: ليس ملف IDX من البايتات (بايتاته الأربعة الأولى ليست 0، 0، 8، ثم عدد الأبعاد)</translation>
    </message>
    <message>
        <location filename="../../core/images/idx.cpp" line="27"/>
        <source>%1: expected images, 3 dimensions (images × rows × columns), found %2</source>
        <translation>⁦%1⁩: المتوقَّع صور بثلاثة أبعاد (الصور × الصفوف × الأعمدة)، والموجود %2</translation>
    </message>
    <message>
        <location filename="../../core/images/idx.cpp" line="29"/>
        <source>%1: expected labels, 1 dimension, found %2</source>
        <translation>⁦%1⁩: المتوقَّع وسوم ببُعد واحد، والموجود %2</translation>
    </message>
    <message>
        <location filename="../../core/images/idx.cpp" line="32"/>
        <source>%1: its sizes are too large to be images or labels</source>
        <translation>⁦%1⁩: أحجامه أكبر من أن تكون صورًا أو وسومًا</translation>
    </message>
    <message>
        <location filename="../../core/images/idx.cpp" line="35"/>
        <source>%1: cut short: %2 bytes of data expected, %3 found</source>
        <translation>⁦%1⁩: مبتور: المتوقَّع %2 بايت من البيانات، والموجود %3</translation>
    </message>
    <message>
        <location filename="../../core/images/idx.cpp" line="40"/>
        <source>%1 holds %2 images but %3 holds %4 labels</source>
        <translation>يحمل ⁦%1⁩ ‏%2 صورة، لكن ⁦%3⁩ يحمل %4 وسمًا</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="17"/>
        <source>T-shirt/top</source>
        <translation>تي شيرت/قميص علوي</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="17"/>
        <source>Trouser</source>
        <translation>بنطال</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="17"/>
        <source>Pullover</source>
        <translation>كنزة صوف</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="18"/>
        <source>Dress</source>
        <translation>فستان</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="18"/>
        <source>Coat</source>
        <translation>معطف</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="18"/>
        <source>Sandal</source>
        <translation>صندل</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="19"/>
        <source>Shirt</source>
        <translation>قميص</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="19"/>
        <source>Sneaker</source>
        <translation>حذاء رياضي</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="19"/>
        <source>Bag</source>
        <translation>حقيبة</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="20"/>
        <source>Ankle boot</source>
        <translation>جزمة قصيرة</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="49"/>
        <source>%1: the test images are %2 × %3 pixels, but the training images (%4) are %5 × %6; both sets must have one size</source>
        <translation>⁦%1⁩: حجم صور الاختبار ⁦%2 × %3⁩ بكسل، لكن حجم صور التدريب (⁦%4⁩) ⁦%5 × %6⁩؛ يجب أن يكون للمجموعتين حجم واحد</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="54"/>
        <source>%1: holds no images to train on</source>
        <translation>⁦%1⁩: لا يحوي صورًا للتدريب عليها</translation>
    </message>
    <message>
        <location filename="../../core/images/image_data.cpp" line="71"/>
        <source>Fashion-MNIST is not in %1 (%2 is missing). Install it with &quot;sudo apt install dataset-fashion-mnist&quot;, or choose any IDX files of images and labels instead.</source>
        <translation>مجموعة Fashion-MNIST غير موجودة في ⁦%1⁩ (الملف ⁦%2⁩ مفقود). ثبّتها بالأمر &quot;⁦sudo apt install dataset-fashion-mnist⁩&quot;، أو اختر بدلًا منها أي ملفات IDX للصور والوسوم.</translation>
    </message>
    <message>
        <location filename="../../core/images/image_presets.cpp" line="14"/>
        <source>Fashion-MNIST, one hidden layer</source>
        <translation>Fashion-MNIST، طبقة مخفية واحدة</translation>
    </message>
    <message>
        <location filename="../../core/images/image_presets.cpp" line="15"/>
        <source>784-[100]-10 ReLU MLP, Adam 0.001, batch 64</source>
        <translation>شبكة MLP ⁦784-[100]-10⁩ بدالة ReLU، و Adam بمعدل تعلم 0.001، وحجم الدفعة 64</translation>
    </message>
    <message>
        <location filename="../../core/images/image_presets.cpp" line="16"/>
        <source>Fashion-MNIST, the benchmark MLP</source>
        <translation>Fashion-MNIST، شبكة MLP المرجعية</translation>
    </message>
    <message>
        <location filename="../../core/images/image_presets.cpp" line="17"/>
        <source>784-[256, 128, 100]-10 ReLU MLP, Adam 0.001, batch 64</source>
        <translation>شبكة MLP ⁦784-[256, 128, 100]-10⁩ بدالة ReLU، و Adam بمعدل تعلم 0.001، وحجم الدفعة 64</translation>
    </message>
    <message>
        <location filename="../../core/images/image_presets.cpp" line="18"/>
        <source>Fashion-MNIST, a small CNN</source>
        <translation>Fashion-MNIST، شبكة CNN صغيرة</translation>
    </message>
    <message>
        <location filename="../../core/images/image_presets.cpp" line="19"/>
        <source>conv 16@3×3 → pool → conv 32@3×3 → pool → softmax, ReLU, Adam 0.001, batch 64</source>
        <translation>⁦conv 16@3×3 → pool → conv 32@3×3 → pool → softmax⁩، بدالة ReLU، و Adam بمعدل تعلم 0.001، وحجم الدفعة 64</translation>
    </message>
    <message>
        <location filename="../../core/images/image_presets.cpp" line="21"/>
        <source>Fashion-MNIST: ReLUs die</source>
        <translation>Fashion-MNIST: موت عصبونات ReLU</translation>
    </message>
    <message>
        <location filename="../../core/images/image_presets.cpp" line="22"/>
        <source>fashion-mlp with biases starting at −2.5: most hidden units are born dead and never learn</source>
        <translation>شبكة ⁦fashion-mlp⁩ بانحيازات تبدأ عند ⁦−2.5⁩: معظم الوحدات المخفية ميتة منذ الولادة ولا تتعلم أبدًا</translation>
    </message>
    <message>
        <location filename="../../core/images/image_presets.cpp" line="24"/>
        <source>Fashion-MNIST: Leaky ReLU, the cure</source>
        <translation>Fashion-MNIST: العلاج بدالة Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../core/images/image_presets.cpp" line="25"/>
        <source>fashion-dying with Leaky ReLU (slope 0.01): none die</source>
        <translation>⁦fashion-dying⁩ مع Leaky ReLU (الميل 0.01): لا تموت أي وحدة</translation>
    </message>
    <message>
        <location filename="../../core/cpu/cpu.cpp" line="22"/>
        <source>RELULAB_CPU=%1: this build does not carry that CPU path; valid here: %2</source>
        <translation>‏RELULAB_CPU=%1: هذا الإصدار من البرنامج لا يحمل مسار CPU هذا؛ المسارات الصالحة هنا: ⁦%2⁩</translation>
    </message>
    <message>
        <location filename="../../core/cpu/cpu.cpp" line="27"/>
        <source>RELULAB_CPU=%1: this CPU cannot run that path; valid here: %2</source>
        <translation>‏RELULAB_CPU=%1: هذا المعالج لا يستطيع تشغيل هذا المسار؛ المسارات الصالحة هنا: ⁦%2⁩</translation>
    </message>
    <message>
        <location filename="../../core/cpu/cpu.cpp" line="31"/>
        <source>RELULAB_CPU=%1: unknown CPU path; valid here: %2</source>
        <translation>‏RELULAB_CPU=%1: مسار CPU غير معروف؛ المسارات الصالحة هنا: ⁦%2⁩</translation>
    </message>
</context>
<context>
    <name>relulab::gpu</name>
    <message>
        <location filename="../../core/gpu/activation_kernel.cpp" line="37"/>
        <source>kernel shape out of range: %1</source>
        <translation>شكل النواة خارج النطاق: %1</translation>
    </message>
    <message>
        <location filename="../../core/gpu/activation_kernel.cpp" line="106"/>
        <location filename="../../core/gpu/backend.cpp" line="124"/>
        <source>activation output size differs from the input&apos;s</source>
        <translation>حجم مخرج دالة التنشيط يختلف عن حجم الإدخال</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="63"/>
        <source>activation arrays</source>
        <translation>حساب دوال التنشيط على مصفوفات</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="65"/>
        <source>grid evaluation</source>
        <translation>التقييم على شبكة نقاط</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="67"/>
        <source>ensemble training</source>
        <translation>تدريب مجموعة الشبكات</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="69"/>
        <source>work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="76"/>
        <source>the CPU path was asked for</source>
        <translation>طُلب مسار CPU</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="81"/>
        <source>the GPU path was asked for (%1)</source>
        <translation>طُلب مسار GPU (%1)</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="83"/>
        <source>the GPU path was asked for but is unavailable: %1; using the CPU path</source>
        <translation>طُلب مسار GPU لكنه غير متاح: %1؛ سيُستخدم مسار CPU</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="91"/>
        <source>auto: no GPU path (%1); using the CPU path</source>
        <translation>⁦auto⁩: لا يوجد مسار GPU (%1)؛ سيُستخدم مسار CPU</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="95"/>
        <source>auto: %1 is a software renderer, slower than the CPU path; using the CPU path</source>
        <translation>⁦auto⁩: ⁦%1⁩ مُصيِّر برمجي أبطأ من مسار CPU؛ سيُستخدم مسار CPU</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="102"/>
        <source>auto: %1 measured faster on the CPU at every size</source>
        <translation>⁦auto⁩: تبيّن بالقياس أن %1 أسرع على CPU عند كل الأحجام</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="106"/>
        <source>auto: %1 of width %2 is below %3, where the GPU starts to win; using the CPU path</source>
        <translation>⁦auto⁩: %1 بعرض %2 أقل من %3، وهو الحد الذي يبدأ عنده GPU بالتفوق؛ سيُستخدم مسار CPU</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="111"/>
        <source>auto: %1 of width %2 runs faster on %3</source>
        <translation>⁦auto⁩: يعمل %1 بعرض %2 أسرع على ⁦%3⁩</translation>
    </message>
    <message>
        <location filename="../../core/gpu/backend.cpp" line="130"/>
        <location filename="../../core/gpu/ensemble_cpu.cpp" line="125"/>
        <location filename="../../core/gpu/grid.cpp" line="150"/>
        <source>the GPU path failed (%1); using the CPU path</source>
        <translation>فشل مسار GPU (%1)؛ سيُستخدم مسار CPU</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="73"/>
        <source>EGL error %1</source>
        <translation>خطأ EGL %1</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="79"/>
        <location filename="../../core/gpu/device.cpp" line="202"/>
        <location filename="../../core/gpu/device.cpp" line="297"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="91"/>
        <source>libEGL.so.1 not found (%1)</source>
        <translation>لم يُعثر على ⁦libEGL.so.1⁩ (%1)</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="96"/>
        <source>neither libOpenGL.so.0 nor libGL.so.1 found (%1)</source>
        <translation>لم يُعثر على ⁦libOpenGL.so.0⁩ ولا على ⁦libGL.so.1⁩ (%1)</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="122"/>
        <source>no desktop OpenGL on this display (%1)</source>
        <translation>لا يتوفر OpenGL لسطح المكتب على هذه الشاشة (%1)</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="129"/>
        <source>no EGL config renders desktop OpenGL</source>
        <translation>لا يوجد إعداد EGL يُصيِّر OpenGL لسطح المكتب</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="141"/>
        <source>no OpenGL 4.3 core context (%1)</source>
        <translation>لا يتوفر سياق ⁦OpenGL 4.3⁩ من نوع core (%1)</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="157"/>
        <source>OpenGL %1.%2 only; compute shaders need 4.3</source>
        <translation>لا يتوفر إلا ⁦OpenGL %1.%2⁩؛ ومظللات الحساب (compute shaders) تحتاج إلى 4.3</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="180"/>
        <source>EGL device platform: not offered by this libEGL</source>
        <translation>منصة الأجهزة في EGL: لا توفرها مكتبة libEGL هذه</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="185"/>
        <source>EGL device platform: no devices</source>
        <translation>منصة الأجهزة في EGL: لا توجد أجهزة</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="220"/>
        <source>surfaceless: %1</source>
        <translation>⁦surfaceless⁩: %1</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="222"/>
        <source>surfaceless: not offered by this libEGL</source>
        <translation>⁦surfaceless⁩: لا توفرها مكتبة libEGL هذه</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="229"/>
        <source>default display: %1</source>
        <translation>الشاشة الافتراضية: %1</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="269"/>
        <source>no OpenGL 4.3 context could be made with EGL</source>
        <translation>تعذّر إنشاء سياق ⁦OpenGL 4.3⁩ باستخدام EGL</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="273"/>
        <source>%1; %2</source>
        <extracomment>Joins the ways tried to make a GPU context into one list.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="274"/>
        <source>no OpenGL 4.3 context could be made with EGL (%1)</source>
        <translation>تعذّر إنشاء سياق ⁦OpenGL 4.3⁩ باستخدام EGL (%1)</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="292"/>
        <source>%1: %2, OpenGL %3</source>
        <translation>%1: %2, OpenGL %3</translation>
    </message>
    <message>
        <location filename="../../core/gpu/device.cpp" line="321"/>
        <source>the GPU path is disabled by RELULAB_DISABLE_GPU</source>
        <translation>مسار GPU معطَّل بواسطة ⁦RELULAB_DISABLE_GPU⁩</translation>
    </message>
    <message>
        <location filename="../../core/gpu/ensemble_cpu.cpp" line="23"/>
        <source>ensemble.members: at least one member</source>
        <translation>⁦ensemble.members⁩: عضو واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../../core/gpu/ensemble_cpu.cpp" line="27"/>
        <source>ensemble.members[%1].learning_rate: must be in (0, 100]</source>
        <translation>⁦ensemble.members[%1].learning_rate⁩: يجب أن تقع القيمة ضمن ⁦(0, 100]⁩</translation>
    </message>
    <message>
        <location filename="../../core/gpu/ensemble_cpu.cpp" line="29"/>
        <source>ensemble.members[%1].bias_init: must be finite</source>
        <translation>⁦ensemble.members[%1].bias_init⁩: يجب أن تكون القيمة منتهية</translation>
    </message>
    <message>
        <location filename="../../core/gpu/ensemble_gpu.cpp" line="53"/>
        <source>the GPU path computes in float32; precision float64 runs on the CPU path</source>
        <translation>يحسب مسار GPU بدقة float32؛ أما الدقة العددية float64 فتعمل على مسار CPU</translation>
    </message>
    <message>
        <location filename="../../core/gpu/ensemble_gpu.cpp" line="57"/>
        <source>the GPU ensemble kernel holds a network in %1 bytes of shared memory and %2 parameters per thread; this architecture needs more than the device&apos;s %3 bytes or 64 parameters per thread</source>
        <translation>تحفظ نواة GPU لمجموعة الشبكات الشبكةَ الواحدة في %1 بايت من الذاكرة المشتركة و %2 من المعاملات لكل خيط؛ وهذه البنية تحتاج إلى أكثر مما يتيحه الجهاز: %3 بايت أو 64 معاملًا لكل خيط</translation>
    </message>
    <message>
        <location filename="../../core/gpu/ensemble_gpu.cpp" line="64"/>
        <source>too many networks for one dispatch</source>
        <translation>عدد الشبكات أكبر مما يتسع له إطلاق واحد (dispatch)</translation>
    </message>
    <message>
        <location filename="../../core/gpu/ensemble_gpu.cpp" line="68"/>
        <source>ensemble: negative step count</source>
        <translation>⁦ensemble⁩: عدد خطوات سالب</translation>
    </message>
    <message>
        <location filename="../../core/gpu/gl_objects.cpp" line="139"/>
        <source>compute shader &apos;%1&apos; failed to compile (source 1 = the kernel, 2 = activations.glsl, 3 = network.glsl): %2</source>
        <translation>فشلت ترجمة مظلل الحساب «%1» (المصدر 1 = النواة، 2 = ⁦activations.glsl⁩، 3 = ⁦network.glsl⁩): %2</translation>
    </message>
    <message>
        <location filename="../../core/gpu/gl_objects.cpp" line="152"/>
        <source>compute program &apos;%1&apos; failed to link: %2</source>
        <translation>فشل ربط برنامج الحساب «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../core/gpu/grid.cpp" line="18"/>
        <source>grid: size must be in [2, 1000]</source>
        <translation>⁦grid⁩: يجب أن يقع الحجم ضمن ⁦[2, 1000]⁩</translation>
    </message>
    <message>
        <location filename="../../core/gpu/grid.cpp" line="19"/>
        <source>grid: lo must be below hi</source>
        <translation>⁦grid⁩: يجب أن تكون lo أصغر من hi</translation>
    </message>
    <message>
        <location filename="../../core/gpu/grid.cpp" line="21"/>
        <source>grid: %1 features for a network of %2 inputs</source>
        <translation>⁦grid⁩: %1 من الميزات لشبكة ذات %2 من المدخلات</translation>
    </message>
    <message>
        <location filename="../../core/gpu/grid.cpp" line="55"/>
        <source>grid: the networks differ in architecture</source>
        <translation>⁦grid⁩: الشبكات مختلفة البنية</translation>
    </message>
    <message>
        <location filename="../../core/gpu/grid.cpp" line="69"/>
        <source>grid: one network&apos;s maps (%1 MiB) exceed the device&apos;s %2 MiB storage block limit</source>
        <translation>⁦grid⁩: خرائط الشبكة الواحدة (⁦%1 MiB⁩) تتجاوز حد كتلة التخزين في الجهاز البالغ ⁦%2 MiB⁩</translation>
    </message>
    <message>
        <location filename="../../core/gpu/phase_ensemble.cpp" line="229"/>
        <source>the GPU path was asked for but cannot train these runs: %1</source>
        <translation>طُلب مسار GPU لكنه لا يستطيع تدريب هذه الجولات: %1</translation>
    </message>
    <message>
        <location filename="../../core/gpu/phase_ensemble.cpp" line="233"/>
        <source>the GPU path was asked for (%1, %2 networks per ensemble)</source>
        <translation>طُلب مسار GPU (%1، %2 من الشبكات لكل مجموعة)</translation>
    </message>
    <message>
        <location filename="../../core/gpu/phase_ensemble.cpp" line="245"/>
        <source>auto: these runs cannot train on the GPU path (%1); using the CPU path</source>
        <translation>⁦auto⁩: لا يمكن تدريب هذه الجولات على مسار GPU (%1)؛ سيُستخدم مسار CPU</translation>
    </message>
</context>
<context>
    <name>relulab::io::ActivationSpec</name>
    <message>
        <location filename="../../io/activation_spec.cpp" line="22"/>
        <source>unknown activation &apos;%1&apos; (one of: %2)</source>
        <translation>دالة تنشيط غير معروفة &apos;%1&apos; (القيم الممكنة: %2)</translation>
    </message>
    <message>
        <location filename="../../io/activation_spec.cpp" line="33"/>
        <source>%1 has no parameter; leave it out</source>
        <translation>لا معامل للدالة %1؛ احذفه</translation>
    </message>
    <message>
        <location filename="../../io/activation_spec.cpp" line="47"/>
        <source>&apos;%1&apos; is not NAME or NAME:PARAM</source>
        <translation>&apos;%1&apos; ليس بالصيغة NAME أو NAME:PARAM</translation>
    </message>
    <message>
        <location filename="../../io/activation_spec.cpp" line="54"/>
        <source>&apos;%1&apos; is not a number (use a dot for decimals)</source>
        <translation>&apos;%1&apos; ليس عددًا (استخدم النقطة للكسور العشرية)</translation>
    </message>
</context>
<context>
    <name>relulab::io::ExperimentFile</name>
    <message>
        <location filename="../../io/experiment_file.cpp" line="84"/>
        <source>must be a whole number ≥ %1</source>
        <translation>يجب أن يكون عددًا صحيحًا ⁦≥ %1⁩</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="93"/>
        <source>must be a list [ … ]</source>
        <translation>يجب أن يكون قائمة ⁦[ … ]⁩</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="106"/>
        <source>must be a finite number</source>
        <translation>يجب أن يكون عددًا منتهيًا</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="128"/>
        <source>must be a point [x1, x2, label]</source>
        <translation>يجب أن يكون نقطة ⁦[x1, x2, label]⁩</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="144"/>
        <source>must be a text</source>
        <translation>يجب أن يكون نصًّا</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="154"/>
        <location filename="../../io/experiment_file.cpp" line="234"/>
        <source>must be a whole number ≥ 0</source>
        <translation>يجب أن يكون عددًا صحيحًا ⁦≥ 0⁩</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="159"/>
        <source>must hold one row per step</source>
        <translation>يجب أن يحتوي على صف واحد لكل خطوة</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="164"/>
        <source>must hold one number per column (%1)</source>
        <translation>يجب أن يحتوي على عدد واحد لكل عمود (%1)</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="224"/>
        <source>must be four 16-digit hexadecimal texts</source>
        <translation>يجب أن يكون أربعة نصوص ست عشرية من 16 خانة</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="284"/>
        <source>is not one this ReLU Lab knows</source>
        <translation>ليست قيمة يعرفها هذا الإصدار من مختبر ReLU</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="322"/>
        <source>must be a step, or -1</source>
        <translation>يجب أن يكون رقم خطوة، أو ⁦-1⁩</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="338"/>
        <source>must be a point [step, loss]</source>
        <translation>يجب أن يكون نقطة ⁦[step, loss]⁩</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="373"/>
        <source>must be one of %1</source>
        <translation>يجب أن يكون واحدًا مما يلي: %1</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="398"/>
        <source>not an experiment (no &quot;format&quot;), nor a training set-up: %1</source>
        <translation>ليس تجربة (لا يوجد &quot;format&quot;)، ولا إعداد تدريب: %1</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="489"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="494"/>
        <source>not valid JSON at %1: %2 (is the file cut short, or not an experiment?)</source>
        <translation>JSON غير صالح عند %1: %2 (هل الملف مبتور، أم أنه ليس تجربة؟)</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="496"/>
        <source>the file must hold one object { … }</source>
        <translation>يجب أن يحتوي الملف على كائن واحد ⁦{ … }⁩</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="501"/>
        <source>format: this is “%1”, not a ReLU Lab experiment (“%2”)</source>
        <translation>⁦format⁩: هذا «⁦%1⁩»، وليس تجربة من مختبر ReLU («⁦%2⁩»)</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="505"/>
        <source>version: must be a whole number, got %1</source>
        <translation>⁦version⁩: يجب أن يكون عددًا صحيحًا، والمعطى %1</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="511"/>
        <source>version %1 is newer than this ReLU Lab reads (up to %2): open it with a newer ReLU Lab</source>
        <translation>الإصدار %1 أحدث مما يقرؤه هذا الإصدار من مختبر ReLU (حتى %2): افتحه بإصدار أحدث من مختبر ReLU</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="563"/>
        <location filename="../../io/experiment_file.cpp" line="639"/>
        <source>%1: cannot be read: %2</source>
        <translation>⁦%1⁩: تعذّرت قراءته: %2</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="565"/>
        <location filename="../../io/experiment_file.cpp" line="643"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="573"/>
        <source>%1: cannot be written: %2</source>
        <translation>⁦%1⁩: تعذّرت كتابته: %2</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="598"/>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON غير صالح عند %1: %2</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="602"/>
        <source>format: not a ReLU Lab weights file (“%1”)</source>
        <translation>⁦format⁩: ليس ملف أوزان من مختبر ReLU («⁦%1⁩»)</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="605"/>
        <source>version: this ReLU Lab reads version 1 only</source>
        <translation>⁦version⁩: هذا الإصدار من مختبر ReLU لا يقرأ إلا الإصدار 1</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="626"/>
        <source>the network named here has %1 parameters, the list holds %2</source>
        <translation>للشبكة المذكورة هنا %1 من المعاملات، والقائمة تحتوي على %2</translation>
    </message>
</context>
<context>
    <name>relulab::io::JsonReader</name>
    <message>
        <location filename="../../io/json_reader.h" line="56"/>
        <source>unknown key (known here: %1)</source>
        <translation>مفتاح غير معروف (المفاتيح المعروفة هنا: %1)</translation>
    </message>
    <message>
        <location filename="../../io/json_reader.h" line="61"/>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location filename="../../io/json_reader.h" line="68"/>
        <source>must be a number from %1 to %2</source>
        <translation>يجب أن يكون عددًا من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../io/json_reader.h" line="78"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>يجب أن يكون عددًا صحيحًا من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../io/json_reader.h" line="87"/>
        <source>must be true or false</source>
        <translation>يجب أن يكون true أو false</translation>
    </message>
    <message>
        <location filename="../../io/json_reader.h" line="97"/>
        <source>must be a text that is not empty</source>
        <translation>يجب أن يكون نصًّا غير فارغ</translation>
    </message>
    <message>
        <location filename="../../io/experiment_file.cpp" line="545"/>
        <location filename="../../io/json_reader.h" line="117"/>
        <location filename="../../io/lesson_parser.cpp" line="71"/>
        <location filename="../../io/lesson_parser.cpp" line="318"/>
        <source>must be an object { … }</source>
        <translation>يجب أن يكون كائنًا ⁦{ … }⁩</translation>
    </message>
    <message>
        <location filename="../../io/json_reader.h" line="127"/>
        <source>must be a list [ … ] of %1 to %2 items</source>
        <translation>يجب أن يكون قائمة ⁦[ … ]⁩ فيها من %1 إلى %2 من العناصر</translation>
    </message>
    <message>
        <location filename="../../io/json_reader.h" line="141"/>
        <source>must hold numbers from %1 to %2</source>
        <translation>يجب أن يحتوي على أعداد من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../io/json_reader.h" line="155"/>
        <location filename="../../io/lesson_parser.cpp" line="192"/>
        <location filename="../../io/lesson_parser.cpp" line="219"/>
        <location filename="../../io/lesson_parser.cpp" line="256"/>
        <source>must be one of %1</source>
        <translation>يجب أن يكون واحدًا مما يلي: %1</translation>
    </message>
    <message>
        <location filename="../../io/json_reader.h" line="188"/>
        <source>line %1, column %2</source>
        <translation>السطر %1، العمود %2</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="91"/>
        <source>must run from a smaller to a larger number</source>
        <translation>يجب أن يمتد من عدد أصغر إلى عدد أكبر</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="97"/>
        <source>must be &quot;curves&quot; or &quot;gaussian&quot;</source>
        <translation>يجب أن يكون &quot;curves&quot; أو &quot;gaussian&quot;</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="112"/>
        <source>says nothing to change</source>
        <translation>لا يحدد شيئًا لتغييره</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="133"/>
        <source>not used here: a lesson&apos;s run goes on until the student pauses it</source>
        <translation>غير مستخدم هنا: جولة الدرس تستمر حتى يوقفها الطالب مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="149"/>
        <source>the playground&apos;s controls show %1</source>
        <translation>عناصر التحكم في ساحة التجريب تعرض %1 فقط</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="169"/>
        <source>give &quot;config&quot; (a new run) or &quot;change&quot; (keep the weights), not both</source>
        <translation>حدِّد &quot;config&quot; (جولة جديدة) أو &quot;change&quot; (مع الإبقاء على الأوزان)، لا كليهما</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="180"/>
        <source>must be one of the playground&apos;s speeds: %1 (0: as fast as possible)</source>
        <translation>يجب أن يكون من سرعات ساحة التجريب: %1 (0: بأقصى سرعة ممكنة)</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="225"/>
        <source>must be a list [ … ] of at most one item per Conv or Dense layer of %1 (%2)</source>
        <translation>يجب أن تكون قائمة ⁦[ … ]⁩ فيها عنصر واحد على الأكثر لكل طبقة التفافية أو كثيفة في %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="241"/>
        <source>must be one of %1, or null to keep the layer&apos;s</source>
        <translation>يجب أن تكون إحدى القيم %1، أو ⁦null⁩ للإبقاء على دالة الطبقة</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="281"/>
        <source>a step sets up one of the explorer, the playground and the Images tab, not %1 and %2</source>
        <translation>تُعِدّ الخطوة واحدًا فقط من المستكشف وساحة التجريب وتبويب الصور، لا %1 و %2 معًا</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="298"/>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON غير صالح عند %1: %2</translation>
    </message>
    <message>
        <location filename="../../io/lesson_parser.cpp" line="301"/>
        <source>the file must hold one object { … }</source>
        <translation>يجب أن يحتوي الملف على كائن واحد ⁦{ … }⁩</translation>
    </message>
</context>
<context>
    <name>relulab::io::LessonWriter</name>
    <message>
        <location filename="../../io/lesson_writer.cpp" line="123"/>
        <source>%1: cannot be read: %2</source>
        <translation>⁦%1⁩: تعذّرت قراءته: %2</translation>
    </message>
    <message>
        <location filename="../../io/lesson_writer.cpp" line="127"/>
        <source>%1 is not a lesson this step can be added to: %2</source>
        <translation>⁦%1⁩ ليس درسًا يمكن إضافة هذه الخطوة إليه: %2</translation>
    </message>
    <message>
        <location filename="../../io/lesson_writer.cpp" line="141"/>
        <source>%1: the step cannot be saved: %2</source>
        <translation>⁦%1⁩: تعذّر حفظ الخطوة: %2</translation>
    </message>
</context>
<context>
    <name>relulab::io::PointsCsv</name>
    <message>
        <location filename="../../io/points_csv.cpp" line="80"/>
        <source>line %1, column %2: the value is missing</source>
        <translation>السطر %1، العمود %2: القيمة مفقودة</translation>
    </message>
    <message>
        <location filename="../../io/points_csv.cpp" line="82"/>
        <source>line %1, column %2: “%3” is not a number</source>
        <translation>السطر %1، العمود %2: «⁦%3⁩» ليس عددًا</translation>
    </message>
    <message>
        <location filename="../../io/points_csv.cpp" line="87"/>
        <source>line %1, column %2: “%3” is not a finite number</source>
        <translation>السطر %1، العمود %2: «⁦%3⁩» ليس عددًا منتهيًا</translation>
    </message>
    <message>
        <location filename="../../io/points_csv.cpp" line="92"/>
        <source>line %1, column %2: “%3” is too large or too small for a number</source>
        <translation>السطر %1، العمود %2: «⁦%3⁩» كبير جدًا أو صغير جدًا على أن يكون عددًا</translation>
    </message>
    <message>
        <location filename="../../io/points_csv.cpp" line="165"/>
        <source>line %1: expected 3 values (x1, x2, and a label or target), found %2</source>
        <translation>السطر %1: المتوقع 3 قيم (x1 و x2 ثم الوسم أو الهدف)، والموجود %2</translation>
    </message>
    <message>
        <location filename="../../io/points_csv.cpp" line="236"/>
        <source>there is a header line but no points after it</source>
        <translation>يوجد سطر عناوين لكن لا نقاط بعده</translation>
    </message>
    <message>
        <location filename="../../io/points_csv.cpp" line="237"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../io/points_csv.cpp" line="257"/>
        <source>line %1, column 3: the label %2 is not 0 or 1</source>
        <translation>السطر %1، العمود 3: الوسم ⁦%2⁩ ليس 0 ولا 1</translation>
    </message>
    <message>
        <location filename="../../io/points_csv.cpp" line="258"/>
        <source>line %1, column 3: the label %2 is not −1 or 1</source>
        <translation>السطر %1، العمود 3: الوسم ⁦%2⁩ ليس ⁦−1⁩ ولا 1</translation>
    </message>
    <message>
        <location filename="../../io/points_csv.cpp" line="266"/>
        <source>no row could be read; the first: %1</source>
        <translation>تعذّرت قراءة أي صف؛ أولى المشكلات: %1</translation>
    </message>
</context>
<context>
    <name>relulab::io::TrainConfigJson</name>
    <message>
        <location filename="../../io/train_config_json.cpp" line="37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="44"/>
        <source>unknown key (known here: %1)</source>
        <translation>مفتاح غير معروف (المفاتيح المعروفة هنا: %1)</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="52"/>
        <source>must be a number</source>
        <translation>يجب أن يكون عددًا</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="63"/>
        <source>must be an integer in [%1, %2]</source>
        <translation>يجب أن يكون عددًا صحيحًا في ⁦[%1, %2]⁩</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="73"/>
        <location filename="../../io/train_config_json.cpp" line="117"/>
        <source>must be one of %1</source>
        <translation>يجب أن يكون واحدًا مما يلي: %1</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="81"/>
        <location filename="../../io/train_config_json.cpp" line="161"/>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="109"/>
        <source>must be a list of %1</source>
        <translation>يجب أن يكون قائمة من %1</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="151"/>
        <source>must be a list of layers</source>
        <translation>يجب أن يكون قائمة طبقات</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="155"/>
        <source>at most %1 hidden layers</source>
        <translation>عدد الطبقات المخفية %1 على الأكثر</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="215"/>
        <source>unknown preset &quot;%1&quot; (known: %2)</source>
        <translation>إعداد مسبق غير معروف &quot;%1&quot; (المعروف منها: %2)</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="237"/>
        <source>must be in [0, 1e9]</source>
        <translation>يجب أن يكون ضمن ⁦[0, 1e9]⁩</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="241"/>
        <source>give steps or epochs, not both</source>
        <translation>حدِّد steps أو epochs، لا كليهما</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="257"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON غير صالح عند الموضع %1: %2</translation>
    </message>
    <message>
        <location filename="../../io/train_config_json.cpp" line="262"/>
        <source>the top level must be a JSON object</source>
        <translation>يجب أن يكون المستوى الأعلى كائن JSON</translation>
    </message>
</context>
<context>
    <name>relulab::ui::CompareColumn</name>
    <message>
        <location filename="../../ui/compare/compare_column.cpp" line="21"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_column.cpp" line="33"/>
        <source>dead units %1 / %2</source>
        <translation>الوحدات الميتة ⁦%1 / %2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_column.cpp" line="34"/>
        <source>, inactive %1</source>
        <translation>، غير النشطة %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_column.cpp" line="35"/>
        <source>, saturated %1</source>
        <translation>، المشبعة %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_column.cpp" line="49"/>
        <source>Run &amp;%1</source>
        <translation>الجولة &amp;%1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_column.cpp" line="61"/>
        <source>This run&apos;s activation, in every hidden layer. Everything else — data, seed, initial weights, learning rate — is shared by all runs. Changing it starts every run again at step 0.</source>
        <translation>دالة التنشيط في هذه الجولة، في كل طبقة مخفية. كل ما عدا ذلك — البيانات والبذرة والأوزان الابتدائية ومعدل التعلم — مشترك بين جميع الجولات. تغييرها يعيد كل الجولات إلى الخطوة 0.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_column.cpp" line="69"/>
        <source>This run&apos;s output over the input plane: blue for +1, orange for −1, pale near 0. Filled dots are training points, dots with a dark ring are test points — the same points for every run.</source>
        <translation>مخرجات هذه الجولة على مستوى الإدخال: الأزرق للقيمة ⁦+1⁩، والبرتقالي للقيمة ⁦−1⁩، وألوان باهتة قرب 0. النقاط المصمتة نقاط تدريب، والنقاط ذات الحلقة الداكنة نقاط اختبار — وهي النقاط نفسها في كل الجولات.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_column.cpp" line="141"/>
        <source>Step %1 · loss %2</source>
        <translation>الخطوة %1 · الخسارة %2</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_column.cpp" line="146"/>
        <source>accuracy %1 % · %2</source>
        <translation>الدقة %1 % · %2</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_column.cpp" line="149"/>
        <source>Diverged at step %1 and stopped; the other runs go on. Lower the learning rate and press Reset.</source>
        <translation>حدث تباعد عند الخطوة %1 فتوقفت هذه الجولة؛ وتستمر الجولات الأخرى. خفّض معدل التعلم واضغط «إعادة الضبط».</translation>
    </message>
</context>
<context>
    <name>relulab::ui::CompareOptions</name>
    <message>
        <location filename="../../ui/compare/compare_options.cpp" line="19"/>
        <source>How many runs to compare side by side (2 to 4).</source>
        <translation>عدد الجولات التي تُقارَن جنبًا إلى جنب (من 2 إلى 4).</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_options.cpp" line="20"/>
        <source>R&amp;uns:</source>
        <translation>&amp;الجولات:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_options.cpp" line="26"/>
        <source>One seed for every run: the same data, the same initial weights and the same order of mini-batches. Only the activation differs.</source>
        <translation>بذرة واحدة لكل الجولات: البيانات نفسها، والأوزان الابتدائية نفسها، والترتيب نفسه للدفعات الصغيرة. لا تختلف إلا دالة التنشيط.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_options.cpp" line="28"/>
        <source>See&amp;d:</source>
        <translation>&amp;البذرة:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_options.cpp" line="34"/>
        <source>The learning rate η of plain SGD, shared by every run.</source>
        <translation>معدل التعلم η لخوارزمية SGD البسيطة، وهو مشترك بين كل الجولات.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_options.cpp" line="35"/>
        <source>Learning &amp;rate:</source>
        <translation>&amp;معدل التعلم:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_options.cpp" line="41"/>
        <source>Hidden layers of every run&apos;s network (1–%1). Deep and narrow networks show vanishing gradients: compare ReLU with sigmoid and tanh at 8 layers.</source>
        <translation>عدد الطبقات المخفية في شبكة كل جولة (⁦1–%1⁩). تظهر مشكلة تلاشي التدرج في الشبكات العميقة الضيقة: قارن ReLU بالدالة السينية (sigmoid) وبدالة الظل الزائدي (tanh) عند 8 طبقات.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_options.cpp" line="44"/>
        <source>&amp;Layers:</source>
        <translation>&amp;الطبقات:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_options.cpp" line="48"/>
        <source>Units in each hidden layer (1–%1).</source>
        <translation>عدد الوحدات في كل طبقة مخفية (⁦1–%1⁩).</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_options.cpp" line="49"/>
        <source>&amp;Width:</source>
        <translation>&amp;العرض:</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ComparePanel</name>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="44"/>
        <source>Press Space to train every run in step, → to take one step, R to start again.</source>
        <translation>اضغط Space لتدريب كل الجولات بالتزامن، و→ للتقدم خطوة واحدة، وR للبدء من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="54"/>
        <source>The shared set-up: data, network, learning rate. Each run keeps its own activation; choosing a preset starts every run again.</source>
        <translation>الإعداد المشترك: البيانات والشبكة ومعدل التعلم. تحتفظ كل جولة بدالة التنشيط الخاصة بها؛ واختيار إعداد مسبق يعيد بدء كل الجولات.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="57"/>
        <source>Start every run again at step 0 from the same initial weights (R).</source>
        <translation>إعادة بدء كل الجولات من الخطوة 0 بالأوزان الابتدائية نفسها (R).</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="62"/>
        <location filename="../../ui/compare/compare_panel.cpp" line="104"/>
        <source>Training loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="63"/>
        <source>step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="63"/>
        <source>loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="66"/>
        <source>Every run&apos;s mean loss over the training points, against the same steps: the runs differ only in their activation. The dotted line is the loss target.</source>
        <translation>متوسط الخسارة على نقاط التدريب لكل جولة، مقابل الخطوات نفسها: لا تختلف الجولات إلا في دالة التنشيط. الخط المنقط هو الخسارة المستهدفة.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="131"/>
        <source>Run %1: %2</source>
        <translation>الجولة %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="215"/>
        <source>New comparison: every run starts at step 0 from the same data and the same initial weights.</source>
        <translation>مقارنة جديدة: تبدأ كل الجولات من الخطوة 0 بالبيانات نفسها والأوزان الابتدائية نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="219"/>
        <source>Reset: every run is back at step 0 with the same initial weights.</source>
        <translation>إعادة الضبط: عادت كل الجولات إلى الخطوة 0 بالأوزان الابتدائية نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="222"/>
        <source>Not applied: %1</source>
        <translation>لم يُطبَّق: %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="225"/>
        <source>Run %1 diverged and stopped; the other runs go on.</source>
        <translation>حدث تباعد في الجولة %1 فتوقفت؛ وتستمر الجولات الأخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="228"/>
        <source>The saved runs continue from where they stopped: press Space to train on.</source>
        <translation>تتابع الجولات المحفوظة من حيث توقفت: اضغط Space لمواصلة التدريب.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="231"/>
        <source>Every run has diverged. Lower the learning rate, then press Reset (R).</source>
        <translation>حدث تباعد في كل الجولات. خفّض معدل التعلم، ثم اضغط «إعادة الضبط» (R).</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="272"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_panel.cpp" line="277"/>
        <source>target %1</source>
        <translation>الهدف %1</translation>
    </message>
</context>
<context>
    <name>relulab::ui::CompareSummary</name>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="23"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="29"/>
        <source>Steps to reach</source>
        <translation>الخطوات اللازمة للوصول إلى</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="36"/>
        <source>The training loss (mean over the training points) a run must reach.</source>
        <translation>خسارة التدريب (المتوسط على نقاط التدريب) التي يجب أن تصل إليها الجولة.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="40"/>
        <source>The training accuracy (share of training points on the right side) a run must reach.</source>
        <translation>دقة التدريب (نسبة نقاط التدريب الواقعة في الجانب الصحيح) التي يجب أن تصل إليها الجولة.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="43"/>
        <source>L&amp;oss ≤</source>
        <translation>&amp;الخسارة ≤</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="45"/>
        <source>&amp;Accuracy ≥</source>
        <translation>&amp;الدقة ≥</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="60"/>
        <source>Run</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="79"/>
        <source>Lo&amp;g scale for the loss</source>
        <translation>مقياس &amp;لوغاريتمي للخسارة</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="81"/>
        <source>Targets are checked every %1 steps, on the same steps for every run.</source>
        <translation>يُتحقَّق من بلوغ الأهداف مرةً كل %1 من الخطوات، في الخطوات نفسها لكل الجولات.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="135"/>
        <source>%1 (run %2)</source>
        <translation>%1 (الجولة %2)</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="144"/>
        <source>diverged</source>
        <translation>تباعد</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="145"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="146"/>
        <source>not yet</source>
        <translation>لم يصل بعد</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="150"/>
        <source>loss ≤ %1</source>
        <translation>الخسارة ≤ %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="151"/>
        <source>accuracy ≥ %1</source>
        <translation>الدقة ≥ %1</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="158"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="177"/>
        <source>No run has reached a training loss of %1 yet (step %2).</source>
        <translation>لم تصل أي جولة بعدُ إلى خسارة تدريب قدرها %1 (الخطوة %2).</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="189"/>
        <source>%1 reached a training loss of %2 first, in %3 steps. %4: not yet after %5 steps (%6× as many, and counting).</source>
        <translation>أول من بلغ خسارة تدريب قدرها %2: %1، في %3 من الخطوات. %4: لم تبلغها بعدُ بعد %5 من الخطوات (⁦%6×⁩ ذلك العدد، والعدّ مستمر).</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="195"/>
        <source>%1 reached a training loss of %2 in %3 steps; the other runs diverged.</source>
        <translation>بلغت %1 خسارة تدريب قدرها %2 في %3 من الخطوات؛ وحدث تباعد في الجولات الأخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="198"/>
        <source>Every run reached a training loss of %1 at step %2.</source>
        <translation>بلغت كل الجولات خسارة تدريب قدرها %1 عند الخطوة %2.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/compare_summary.cpp" line="199"/>
        <source>%1 reached a training loss of %2 in %3 steps: %4× fewer than %5 (%6 steps).</source>
        <translation>بلغت %1 خسارة تدريب قدرها %2 في %3 من الخطوات: أي بخطوات أقل بمعامل ⁦%4×⁩ مما احتاجته %5 (%6 من الخطوات).</translation>
    </message>
</context>
<context>
    <name>relulab::ui::CompareWorker</name>
    <message>
        <location filename="../../ui/compare/compare_worker.cpp" line="30"/>
        <location filename="../../ui/compare/compare_worker.cpp" line="205"/>
        <source>Compare between %1 and %2 runs.</source>
        <translation>يجب أن يكون عدد الجولات في المقارنة بين %1 و %2.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ExampleTable</name>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="44"/>
        <source>The textbook example: type any input x in the first column and read what each activation outputs, and the slope the network uses when it learns.</source>
        <translation>مثال الكتاب المدرسي: اكتب أي قيمة إدخال x في العمود الأول، واقرأ ما تُخرجه كل دالة تنشيط، والميل الذي تستخدمه الشبكة عندما تتعلم.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="54"/>
        <source>Add input</source>
        <translation>إضافة قيمة إدخال</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="55"/>
        <source>Add a row for another input x.</source>
        <translation>إضافة صف لقيمة إدخال x أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="56"/>
        <source>Remove input</source>
        <translation>إزالة قيمة إدخال</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="57"/>
        <source>Remove the selected row (or the last one).</source>
        <translation>إزالة الصف المحدد (أو الصف الأخير).</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="58"/>
        <source>Textbook inputs</source>
        <translation>قيم إدخال الكتاب المدرسي</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="59"/>
        <source>Go back to the inputs −2, −1, 0, 1, 2.</source>
        <translation>العودة إلى قيم الإدخال ⁦−2, −1, 0, 1, 2⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="61"/>
        <source>&lt;b&gt;Worked example&lt;/b&gt;: double-click an input x to change it</source>
        <translation>&lt;b&gt;مثال محلول&lt;/b&gt;: انقر نقرًا مزدوجًا على قيمة إدخال x لتغييرها</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="188"/>
        <source>Double-click, or select and start typing, to change this input.</source>
        <translation>انقر نقرًا مزدوجًا، أو حدّدها وابدأ الكتابة، لتغيير قيمة الإدخال هذه.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="197"/>
        <source>input x</source>
        <translation>قيمة الإدخال x</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="198"/>
        <source>Double-click to type another input.</source>
        <translation>انقر نقرًا مزدوجًا لكتابة قيمة إدخال أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="207"/>
        <source>%1 f(x)</source>
        <translation>%1 ⁦f(x)⁩</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="208"/>
        <source>%1 f′(x)</source>
        <translation>%1 ⁦f′(x)⁩</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="209"/>
        <source>%1: the output f(x) for each input x.</source>
        <translation>%1: المخرج ⁦f(x)⁩ لكل قيمة إدخال x.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="210"/>
        <source>%1: the derivative f′(x), the slope a network learns through.</source>
        <translation>%1: المشتقة ⁦f′(x)⁩، وهي الميل الذي تتعلم الشبكة من خلاله.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="221"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="236"/>
        <source>&lt;i&gt;At a kink the derivative is not defined; the value shown there is a convention: %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;عند نقطة الانكسار لا تكون المشتقة معرَّفة؛ والقيمة المعروضة هناك اصطلاح: %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/example_table.cpp" line="254"/>
        <source>“%1” is not a number. Type a number such as −1.5 or 2; the input stays %2.</source>
        <translation>«%1» ليس عددًا. اكتب عددًا مثل ⁦−1.5⁩ أو 2؛ وتبقى قيمة الإدخال ⁦%2⁩.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ExperimentDocument</name>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="93"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="95"/>
        <source>Start again: the playground and compare mode at their first set-ups.</source>
        <translation>البدء من جديد: ساحة التجريب ووضع المقارنة بإعداداتهما الأولى.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="99"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="101"/>
        <source>Open a saved experiment and continue its runs where they stopped.</source>
        <translation>فتح تجربة محفوظة ومتابعة جولاتها من حيث توقفت.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="103"/>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;ملف حديث</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="106"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="109"/>
        <source>Save the experiment: data, networks, weights and optimiser state, so that its runs continue exactly where they stopped.</source>
        <translation>حفظ التجربة: البيانات والشبكات والأوزان وحالة المُحسِّن، لتتابع جولاتها من حيث توقفت تمامًا.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="112"/>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="113"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="116"/>
        <source>&amp;Import Points…</source>
        <translation>&amp;استيراد النقاط…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="117"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="119"/>
        <source>Train the playground on your own 2-D points from a CSV file (x1, x2, label or target).</source>
        <translation>تدريب ساحة التجريب على نقاطك الثنائية الأبعاد من ملف CSV (x1، x2، الوسم label أو الهدف target).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="121"/>
        <source>Export &amp;Points…</source>
        <translation>تصدير &amp;النقاط…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="122"/>
        <source>Save the playground&apos;s points as a CSV file.</source>
        <translation>حفظ نقاط ساحة التجريب في ملف CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="124"/>
        <source>Import &amp;Weights…</source>
        <translation>استيراد &amp;الأوزان…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="126"/>
        <source>Put weights saved from a network of the same shape into the playground&apos;s network.</source>
        <translation>وضع أوزان محفوظة من شبكة بالشكل نفسه في شبكة ساحة التجريب.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="128"/>
        <source>Export W&amp;eights…</source>
        <translation>تصدير &amp;الأوزان…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="129"/>
        <source>Save the playground network&apos;s weights alone, as JSON.</source>
        <translation>حفظ أوزان شبكة ساحة التجريب وحدها، بصيغة JSON.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="137"/>
        <location filename="../../ui/shell/experiment_document.cpp" line="240"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="138"/>
        <source>%1[*] — ReLU Lab</source>
        <translation>%1[*] — مختبر ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="196"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="197"/>
        <source>Nothing was lost: the window keeps your work; save it elsewhere (File → Save As…).</source>
        <translation>لم يضِع شيء: تحتفظ النافذة بعملك؛ احفظه في مكان آخر («ملف ← حفظ باسم…»).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="220"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="229"/>
        <source>experiment.relulab</source>
        <translation>تجربة.relulab</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="230"/>
        <source>Save Experiment</source>
        <translation>حفظ التجربة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="231"/>
        <source>ReLU Lab experiments (*.relulab)</source>
        <translation>تجارب مختبر ReLU (*.relulab)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="238"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="239"/>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>في «⁨%1⁩» تغييرات غير محفوظة. هل تحفظها أولًا؟</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="244"/>
        <source>Discarding loses the runs&apos; progress since the last save.</source>
        <translation>عدم الحفظ يُضيّع ما أحرزته الجولات من تقدّم منذ آخر حفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="246"/>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="270"/>
        <source>Open Experiment</source>
        <translation>فتح تجربة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="271"/>
        <source>ReLU Lab experiments (*.relulab);;Training set-ups (*.json);;Points (*.csv);;All files (*)</source>
        <translation>تجارب مختبر ReLU (*.relulab);;إعدادات التدريب (*.json);;نقاط (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="281"/>
        <source>Cannot open %1</source>
        <translation>تعذّر فتح ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="283"/>
        <source>Nothing was changed: the window keeps what it had.</source>
        <translation>لم يتغير شيء: تحتفظ النافذة بما كان فيها.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="318"/>
        <source>Opened %1</source>
        <translation>فُتح ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="368"/>
        <source>No recent files</source>
        <translation>لا توجد ملفات حديثة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="370"/>
        <source>&amp;Clear the List</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="382"/>
        <source>Import Points</source>
        <translation>استيراد النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="383"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="395"/>
        <source>Export Points</source>
        <translation>تصدير النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="395"/>
        <source>points.csv</source>
        <translation>نقاط.csv</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="396"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="406"/>
        <location filename="../../ui/shell/experiment_document.cpp" line="425"/>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/experiment_document.cpp" line="409"/>
        <source>Exported %n point(s) to %1</source>
        <translation>
            <numerusform>صُدِّرت %n نقطة إلى ⁦%1⁩</numerusform>
            <numerusform>صُدِّرت نقطة واحدة إلى ⁦%1⁩</numerusform>
            <numerusform>صُدِّرت نقطتان إلى ⁦%1⁩</numerusform>
            <numerusform>صُدِّرت %n نقاط إلى ⁦%1⁩</numerusform>
            <numerusform>صُدِّرت %n نقطة إلى ⁦%1⁩</numerusform>
            <numerusform>صُدِّرت %n نقطة إلى ⁦%1⁩</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="415"/>
        <source>Export Weights</source>
        <translation>تصدير الأوزان</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="416"/>
        <source>weights.json</source>
        <translation>أوزان.json</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="416"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="428"/>
        <source>Exported the weights to %1</source>
        <translation>صُدِّرت الأوزان إلى ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="433"/>
        <source>Import Weights</source>
        <translation>استيراد الأوزان</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="434"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>ملفات JSON (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="441"/>
        <source>Nothing was changed: the network keeps its weights.</source>
        <translation>لم يتغير شيء: تحتفظ الشبكة بأوزانها.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="444"/>
        <location filename="../../ui/shell/experiment_document.cpp" line="456"/>
        <source>Cannot import %1</source>
        <translation>تعذّر استيراد ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="457"/>
        <source>These weights are for a network of another shape: the playground&apos;s network must have the same inputs and the same layer widths.</source>
        <translation>هذه الأوزان لشبكة بشكل مختلف: يجب أن يكون لشبكة ساحة التجريب المدخلات نفسها وعروض الطبقات نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/experiment_document.cpp" line="466"/>
        <source>Imported the weights from %1</source>
        <translation>استُوردت الأوزان من ⁦%1⁩</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ExplorerControls</name>
    <message>
        <location filename="../../ui/explorer/explorer_controls.cpp" line="37"/>
        <source>&amp;Add curve</source>
        <translation>&amp;إضافة منحنى</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_controls.cpp" line="44"/>
        <source>&lt;b&gt;Activations&lt;/b&gt;</source>
        <translation>&lt;b&gt;دوال التنشيط&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_controls.cpp" line="147"/>
        <source>Overlay the next activation (up to six), each in its own colour; the arrow lists them all.</source>
        <translation>إضافة دالة التنشيط التالية فوق المنحنيات الأخرى (حتى ست دوال)، لكلٍّ منها لونها؛ ويعرض السهم قائمة بها كلها.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_controls.cpp" line="149"/>
        <source>Six curves are shown, the most this plot overlays. Remove one to add another.</source>
        <translation>تُعرض ستة منحنيات، وهو أقصى عدد يجمعه هذا الرسم. أزل منحنى لتضيف آخر.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ExplorerCurve</name>
    <message>
        <location filename="../../ui/explorer/explorer_curve.cpp" line="61"/>
        <source>%1 (%2 %3)</source>
        <extracomment>%1 activation name, %2 parameter name, %3 its value, e.g. &quot;ELU (alpha 1)&quot;</extracomment>
        <translation>%1 (%2 %3)</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ExplorerCurvePlot</name>
    <message>
        <location filename="../../ui/explorer/explorer_curve_plot.cpp" line="42"/>
        <source>input x</source>
        <translation>قيمة الإدخال x</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_plot.cpp" line="45"/>
        <source>f(x) and its slopes</source>
        <translation>الدالة ⁦f(x)⁩ وميولها</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_plot.cpp" line="259"/>
        <source>&lt;td&gt;&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2: f = %3, f′ = %4&lt;/td&gt;</source>
        <translation>&lt;td&gt;&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; %2: ⁦f = %3⁩، ⁦f′ = %4⁩&lt;/td&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_plot.cpp" line="266"/>
        <source>&lt;table cellspacing=&quot;3&quot;&gt;&lt;tr&gt;&lt;td rowspan=&quot;3&quot;&gt;&lt;b&gt;x = %1&lt;/b&gt;&lt;/td&gt;%2&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;3&quot;&gt;&lt;tr&gt;&lt;td rowspan=&quot;3&quot;&gt;&lt;b&gt;⁦x = %1⁩&lt;/b&gt;&lt;/td&gt;%2&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_plot.cpp" line="276"/>
        <source>&lt;i&gt;Point at the plot to read x, f(x) and f′(x) for every curve. Wheel: zoom (Shift: only x, Ctrl: only y). Drag: move. Ctrl+0: back to the start. Click a name in the legend to hide or show its curve.&lt;/i&gt;</source>
        <translation>&lt;i&gt;أشر إلى الرسم لقراءة x و⁦f(x)⁩ و⁦f′(x)⁩ لكل منحنى. العجلة: تكبير وتصغير (مع Shift: المحور x فقط، ومع Ctrl: المحور y فقط). السحب: تحريك. Ctrl+0: العودة إلى العرض الأول. انقر اسمًا في وسيلة الإيضاح لإخفاء منحناه أو إظهاره.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_plot.cpp" line="292"/>
        <source>&lt;b&gt;%1 at x = %2&lt;/b&gt;&lt;br&gt;The slope jumps here: just left of it f′ is %3, just right of it %4 (hollow dots). At the kink itself the derivative is not defined, so a library has to pick a value. This one uses %5 (filled dot): %6.</source>
        <translation>&lt;b&gt;%1 عند ⁦x = %2⁩&lt;/b&gt;&lt;br&gt;يقفز الميل هنا: على يسار هذه النقطة مباشرةً ⁦f′ = %3⁩، وعلى يمينها مباشرةً ⁦%4⁩ (النقطتان المفرغتان). أما عند نقطة الانكسار نفسها فالمشتقة غير معرَّفة، لذا على المكتبة أن تختار قيمة. وهذه المكتبة تستخدم ⁦%5⁩ (النقطة المصمتة): %6.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ExplorerCurveRow</name>
    <message>
        <location filename="../../ui/explorer/explorer_curve_row.cpp" line="52"/>
        <source>Select this curve: the formula, the properties and the Gaussian input view describe the selected curve.</source>
        <translation>تحديد هذا المنحنى: الصيغة والخصائص وعرض الإدخال الغاوسي تصف كلها المنحنى المحدد.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_row.cpp" line="57"/>
        <source>Which activation function this curve shows.</source>
        <translation>دالة التنشيط التي يعرضها هذا المنحنى.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_row.cpp" line="58"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_row.cpp" line="60"/>
        <source>Hide or show this curve without losing its settings.</source>
        <translation>إخفاء هذا المنحنى أو إظهاره دون فقدان إعداداته.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_row.cpp" line="63"/>
        <source>Remove this curve from the plot.</source>
        <translation>إزالة هذا المنحنى من الرسم.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_row.cpp" line="64"/>
        <source>Remove curve</source>
        <translation>إزالة المنحنى</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_row.cpp" line="138"/>
        <source>%1 %2</source>
        <extracomment>a parameter&apos;s name and its symbol: &quot;negative slope s&quot;, &quot;alpha α&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_curve_row.cpp" line="147"/>
        <source>%1: from %2 to %3 (default %4). Drag the slider to watch the curve change, or type an exact value.</source>
        <translation>%1: من ⁦%2⁩ إلى ⁦%3⁩ (القيمة الافتراضية ⁦%4⁩). اسحب المنزلق لترى المنحنى يتغير، أو اكتب قيمة دقيقة.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ExplorerGaussian</name>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="49"/>
        <source>μ, the mean of the input x. A positive μ (think: a positive bias) pushes more inputs past the kink, so fewer outputs are zero.</source>
        <translation>μ: متوسط قيمة الإدخال x. قيمة μ الموجبة (مثل انحياز موجب) تدفع مزيدًا من قيم الإدخال إلى ما بعد نقطة الانكسار، فيقل عدد المخرجات التي تساوي صفرًا.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="52"/>
        <source>σ, the standard deviation of the input x: how widely the inputs spread around μ.</source>
        <translation>σ: الانحراف المعياري لقيمة الإدخال x، أي مدى انتشار قيم الإدخال حول μ.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="59"/>
        <source>mean μ</source>
        <translation>المتوسط μ</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="60"/>
        <source>spread σ</source>
        <translation>الانتشار σ</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="68"/>
        <source>value (input x for the bell curve, output f(x) for the bars)</source>
        <translation>القيمة (قيمة الإدخال x للمنحنى الجرسي، والمخرج ⁦f(x)⁩ للأعمدة)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="71"/>
        <source>probability density</source>
        <translation>كثافة الاحتمال</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="92"/>
        <source>Grey dashed: the density of the input x. Bars: the density of the outputs f(x) that are not exactly zero. The thick line at 0: the share of outputs that are exactly zero (a point mass, drawn as a spike; its height is not to scale).</source>
        <translation>الخط الرمادي المتقطع: كثافة قيمة الإدخال x. الأعمدة: كثافة المخرجات ⁦f(x)⁩ التي لا تساوي صفرًا تمامًا. الخط السميك عند 0: نسبة المخرجات التي تساوي صفرًا تمامًا (كتلة نقطية تُرسم خطًّا حادًّا؛ وارتفاعه ليس وفق المقياس).</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="173"/>
        <source>&lt;b&gt;Gaussian input&lt;/b&gt;: feed x ~ N(μ, σ²) through &lt;b&gt;%1&lt;/b&gt; and see what comes out.</source>
        <translation>&lt;b&gt;إدخال غاوسي&lt;/b&gt;: مرِّر ⁦x ~ N(μ, σ²)⁩ عبر &lt;b&gt;%1&lt;/b&gt; وانظر ماذا يخرج.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="196"/>
        <source>input x ~ N(%1, %2²)</source>
        <translation>الإدخال ⁦x ~ N(%1, %2²)⁩</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="214"/>
        <source>output f(x), not zero</source>
        <translation>المخرج ⁦f(x)⁩ غير الصفري</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="224"/>
        <source>f(x) = 0 exactly: %1% (spike not to scale)</source>
        <translation>المخرج ⁦f(x) = 0⁩ تمامًا: %1% (الخط الحاد ليس وفق المقياس)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="233"/>
        <source>&lt;p&gt;&lt;b&gt;Exactly zero&lt;/b&gt;: %1% of %2 samples (exact: %3%).</source>
        <translation>&lt;p&gt;&lt;b&gt;صفر تمامًا&lt;/b&gt;: %1% من %2 عينة (القيمة الدقيقة: %3%).</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="237"/>
        <source> For ReLU this is Φ(−μ/σ) = %1%: the chance that the input is negative.</source>
        <translation> وفي حالة ReLU تساوي هذه النسبة ⁦Φ(−μ/σ) = %1%⁩: أي احتمال أن تكون قيمة الإدخال سالبة.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="239"/>
        <source>&lt;br&gt;&lt;b&gt;Mean&lt;/b&gt; of f(x): %1 (exact %2). &lt;b&gt;Variance&lt;/b&gt;: %3 (exact %4).</source>
        <translation>&lt;br&gt;&lt;b&gt;متوسط&lt;/b&gt; ⁦f(x)⁩: ⁦%1⁩ (القيمة الدقيقة ⁦%2⁩). &lt;b&gt;التباين&lt;/b&gt;: %3 (القيمة الدقيقة %4).</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_gaussian.cpp" line="242"/>
        <source>&lt;br&gt;&lt;b&gt;Second moment&lt;/b&gt; E[f(x)²] = %1, which is %2% of the input&apos;s E[x²] = %3. To keep the signal&apos;s scale from layer to layer, weights need Var[w] = %4/n (He et al., 2015: 2/n for ReLU, which keeps half).&lt;/p&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;العزم الثاني&lt;/b&gt; ⁦E[f(x)²] = %1⁩، أي %2% من العزم الثاني لقيمة الإدخال ⁦E[x²] = %3⁩. وللحفاظ على مقياس الإشارة من طبقة إلى أخرى، تحتاج الأوزان إلى ⁦Var[w] = %4/n⁩ (⁦He et al., 2015⁩: ⁦2/n⁩ لدالة ReLU، التي تُبقي النصف).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ExplorerPanel</name>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="37"/>
        <source>&lt;b&gt;Selected curve&lt;/b&gt;</source>
        <translation>&lt;b&gt;المنحنى المحدد&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="45"/>
        <source>&amp;Curves</source>
        <translation>&amp;المنحنيات</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="46"/>
        <source>&amp;Gaussian input</source>
        <translation>الإدخال &amp;الغاوسي</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="47"/>
        <source>Every curve with its slopes, on one x axis.</source>
        <translation>كل المنحنيات مع ميولها، على محور x واحد.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="48"/>
        <source>What the selected activation does to random inputs x ~ N(μ, σ²): how many outputs are exactly zero, and how the signal&apos;s size changes.</source>
        <translation>ما تفعله دالة التنشيط المحددة بقيم إدخال عشوائية ⁦x ~ N(μ, σ²)⁩: كم من المخرجات يساوي صفرًا تمامًا، وكيف يتغير حجم الإشارة.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="89"/>
        <source>&amp;Reset View</source>
        <translation>&amp;إعادة ضبط العرض</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="89"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="90"/>
        <source>Show x from −5 to 5 again and fit the curves (Ctrl+0).</source>
        <translation>عرض x من ⁦−5⁩ إلى 5 مجددًا وملاءمة المنحنيات للعرض (Ctrl+0).</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="91"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="92"/>
        <source>Zoom in on the origin, where the kink is (or the centre when the origin is out of view).</source>
        <translation>التكبير حول نقطة الأصل، حيث نقطة الانكسار (أو حول المركز إذا كانت نقطة الأصل خارج العرض).</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="95"/>
        <source>Zoom out from the origin (or the centre when it is out of view).</source>
        <translation>التصغير حول نقطة الأصل (أو حول المركز إذا كانت خارج العرض).</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="94"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;تصغير</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="96"/>
        <source>&amp;Export Plot…</source>
        <translation>&amp;تصدير الرسم…</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="96"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="97"/>
        <source>Save the plot as a PNG image or an SVG drawing, or the curves as a CSV table (Ctrl+E).</source>
        <translation>حفظ الرسم صورةً بصيغة PNG أو رسمًا بصيغة SVG، أو حفظ المنحنيات جدولًا بصيغة CSV (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="111"/>
        <source>&amp;Worked example</source>
        <translation>مثال &amp;محلول</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="113"/>
        <source>The textbook table: inputs, outputs and slopes, one row per input.</source>
        <translation>جدول الكتاب المدرسي: المدخلات والمخرجات والميول، صفّ لكل قيمة إدخال.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="151"/>
        <source>Cannot tell the format of %1: end the file name with .png, .svg or .csv.</source>
        <translation>تعذّر تحديد صيغة ⁦%1⁩: اجعل اسم الملف ينتهي بـ ⁦.png⁩ أو ⁦.svg⁩ أو ⁦.csv⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="167"/>
        <source>Export Plot</source>
        <translation>تصدير الرسم</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="167"/>
        <source>activations.png</source>
        <translation>activations.png</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="178"/>
        <source>Saved %1</source>
        <translation>حُفظ ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_panel.cpp" line="176"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ExplorerPlotBar</name>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="49"/>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="50"/>
        <source>Solid lines: the activation&apos;s output f(x).</source>
        <translation>الخطوط المتصلة: مخرج دالة التنشيط ⁦f(x)⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="51"/>
        <source>slope f′(x)</source>
        <translation>الميل ⁦f′(x)⁩</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="55"/>
        <source>Dashed lines: the derivative f′(x), the slope a network uses when it learns. At a kink the slope jumps; hollow dots show the values on either side, the filled dot the value the library uses.</source>
        <translation>الخطوط المتقطعة: المشتقة ⁦f′(x)⁩، أي الميل الذي تستخدمه الشبكة عندما تتعلم. عند نقطة الانكسار يقفز الميل؛ وتبيّن النقطتان المفرغتان القيمتين على الجانبين، والنقطة المصمتة القيمة التي تستخدمها المكتبة.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="58"/>
        <source>curvature f″(x)</source>
        <translation>الانحناء ⁦f″(x)⁩</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="61"/>
        <source>Dotted lines: the second derivative f″(x). A smooth function such as GELU has a continuous f″; ReLU&apos;s is 0 everywhere except at the kink, where it does not exist.</source>
        <translation>الخطوط المنقطة: المشتقة الثانية ⁦f″(x)⁩. للدالة الملساء مثل GELU مشتقة ثانية ⁦f″⁩ متصلة؛ أما المشتقة الثانية لدالة ReLU فتساوي 0 في كل مكان إلا عند نقطة الانكسار، حيث لا وجود لها.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="65"/>
        <source>The smallest x shown. Type an exact value and press Enter.</source>
        <translation>أصغر قيمة x معروضة. اكتب قيمة دقيقة واضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="67"/>
        <source>The largest x shown. Type an exact value and press Enter.</source>
        <translation>أكبر قيمة x معروضة. اكتب قيمة دقيقة واضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="85"/>
        <source>x from</source>
        <translation>x من</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="87"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_plot_bar.cpp" line="130"/>
        <source>The x range must run from a smaller to a larger number: %1 is not below %2. The plot keeps its last range.</source>
        <translation>يجب أن يمتد مدى x من عدد أصغر إلى عدد أكبر: ⁦%1⁩ ليس أصغر من ⁦%2⁩. يحتفظ الرسم بمداه السابق.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ExplorerProperties</name>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="63"/>
        <source>above %1, up to %2</source>
        <translation>أكبر من ⁦%1⁩ وحتى ⁦%2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="64"/>
        <source>from %1 to %2</source>
        <translation>من ⁦%1⁩ إلى ⁦%2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="66"/>
        <source>Parameter</source>
        <translation>المعامل</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="66"/>
        <source>%1 = %2 (%3; %4, default %5)</source>
        <translation>⁦%1 = %2⁩ (%3؛ %4، القيمة الافتراضية ⁦%5⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="70"/>
        <source>Output range</source>
        <translation>مدى المخرجات</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="71"/>
        <source>Monotonic</source>
        <translation>رتيبة</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="72"/>
        <source>yes: a larger input never gives a smaller output</source>
        <translation>نعم: قيمة الإدخال الأكبر لا تعطي أبدًا مخرجًا أصغر</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="73"/>
        <source>no: somewhere a larger input gives a smaller output</source>
        <translation>لا: في موضع ما تعطي قيمة الإدخال الأكبر مخرجًا أصغر</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="76"/>
        <source>Smooth</source>
        <translation>ملساء</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="78"/>
        <source>yes: the slope changes without jumps</source>
        <translation>نعم: يتغير الميل دون قفزات</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="79"/>
        <source>no: kinked at %1, where the slope jumps</source>
        <translation>لا: فيها انكسار عند ⁦%1⁩، حيث يقفز الميل</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="80"/>
        <source>Zero-centred</source>
        <translation>متمركزة حول الصفر</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="81"/>
        <source>yes: outputs are negative as well as positive</source>
        <translation>نعم: المخرجات سالبة وموجبة</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="82"/>
        <source>no: outputs lean to one side of zero</source>
        <translation>لا: تميل المخرجات إلى جانب واحد من الصفر</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="83"/>
        <source>Can die</source>
        <translation>قد تموت وحداتها</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="85"/>
        <source>yes: output and slope are exactly 0 on a whole half-line, so a unit stuck there gets no gradient</source>
        <translation>نعم: المخرج والميل يساويان 0 تمامًا على نصف مستقيم كامل، فالوحدة العالقة هناك لا يصلها أي تدرج</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="87"/>
        <source>no: some gradient gets through everywhere</source>
        <translation>لا: يمر قدر من التدرج في كل مكان</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="90"/>
        <source>No gradient</source>
        <translation>انعدام التدرج</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="91"/>
        <source>f′ is exactly 0 where %1, so nothing there learns</source>
        <translation>المشتقة ⁦f′⁩ تساوي 0 تمامًا حيث ⁦%1⁩، فلا يتعلم شيء هناك</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="93"/>
        <source>Self-normalizing</source>
        <translation>ذاتية التطبيع</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="94"/>
        <source>yes: keeps activations near mean 0, variance 1 through layers</source>
        <translation>نعم: تُبقي قيم التنشيط قرب متوسط 0 وتباين 1 عبر الطبقات</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/explorer_properties.cpp" line="96"/>
        <source>At the kink</source>
        <translation>عند نقطة الانكسار</translation>
    </message>
</context>
<context>
    <name>relulab::ui::HelpPages</name>
    <message>
        <location filename="../../ui/shell/help_pages.cpp" line="43"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_pages.cpp" line="47"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_pages.cpp" line="47"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_pages.cpp" line="66"/>
        <source>&lt;p&gt;&lt;b&gt;ReLU Lab in four tabs&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Explorer&lt;/b&gt;: pick activations on the left and compare their curves and slopes; point at the plot to read values.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Playground&lt;/b&gt;: a tiny network trains live. Space plays or pauses, → takes one step, R starts again. A crossed-out unit is dead: no gradient reaches it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Compare&lt;/b&gt;: the same network with two to four activations, trained in step.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Studies&lt;/b&gt;: the classic dying-ReLU experiments, with the papers&apos; numbers.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Lessons&lt;/b&gt; (Ctrl+L) walk you through all of this step by step; F11 is presenter mode for a projector.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;مختبر ReLU في أربع علامات تبويب&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;المستكشف&lt;/b&gt;: اختر دوال التنشيط على اليمين وقارن منحنياتها وميولها؛ وأشر إلى الرسم لقراءة القيم.&lt;/p&gt;&lt;p&gt;&lt;b&gt;ساحة التجريب&lt;/b&gt;: شبكة صغيرة تتدرّب أمامك مباشرةً. يشغّل Space التدريب أو يوقفه مؤقتًا، ويتقدم → خطوة واحدة، ويبدأ R من جديد. الوحدة المشطوبة وحدة ميتة: لا يصلها أي تدرج.&lt;/p&gt;&lt;p&gt;&lt;b&gt;المقارنة&lt;/b&gt;: الشبكة نفسها مع دالتين إلى أربع دوال تنشيط، تتدرّب بالتزامن.&lt;/p&gt;&lt;p&gt;&lt;b&gt;الدراسات&lt;/b&gt;: التجارب الكلاسيكية على موت عصبونات ReLU، مع الأرقام الواردة في الأوراق البحثية.&lt;/p&gt;&lt;p&gt;تأخذك &lt;b&gt;الدروس&lt;/b&gt; (Ctrl+L) عبر كل ذلك خطوة بخطوة؛ ويفتح F11 وضع العرض المناسب لجهاز العرض.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_pages.cpp" line="79"/>
        <source>Copyright © 2026 The ReLU Lab authors.
Licence: GNU GPL version 3 or later (GPL-3.0-or-later), &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.
This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>حقوق النشر © 2026 مؤلفو مختبر ReLU.
الترخيص: رخصة GNU العمومية (GNU GPL) الإصدار 3 أو أي إصدار لاحق (⁦GPL-3.0-or-later⁩)، ⁦&lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;⁩.
هذا برنامج حر: لك حرية تعديله وإعادة توزيعه. ولا يوجد أي ضمان، في الحدود التي يسمح بها القانون.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ImagesActivityView</name>
    <message>
        <location filename="../../ui/images/images_activity_view.cpp" line="71"/>
        <source>Unit activity appears once the network is measured.</source>
        <translation>يظهر نشاط الوحدات بعد قياس الشبكة.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_activity_view.cpp" line="80"/>
        <source>conv</source>
        <translation>التفافية</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_activity_view.cpp" line="80"/>
        <source>dense</source>
        <translation>كثيفة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_activity_view.cpp" line="81"/>
        <source>Layer %1 (%2, %3): %4 dead, %5 inactive</source>
        <translation>الطبقة %1 (%2، %3): %4 ميتة، %5 غير نشطة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_activity_view.cpp" line="140"/>
        <source>rarely live</source>
        <translation>نادرًا ما ينشط</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_activity_view.cpp" line="141"/>
        <source>always live</source>
        <translation>نشط دائمًا</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_activity_view.cpp" line="142"/>
        <source>dead</source>
        <translation>ميت</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_activity_view.cpp" line="143"/>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_activity_view.cpp" line="144"/>
        <source>saturated</source>
        <translation>مشبع</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_activity_view.cpp" line="145"/>
        <source>kymograph: a row per unit, training time →</source>
        <translation>المخطط الزمني: صف لكل وحدة، ⁦زمن التدريب →⁩</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ImagesClassView</name>
    <message>
        <location filename="../../ui/images/images_class_view.cpp" line="17"/>
        <source>Mean activation of each unit (columns) over the probe images of each class (rows), each unit on its own scale: a dark cell is the class the unit answers most.</source>
        <translation>متوسط تنشيط كل وحدة (الأعمدة) على صور الفحص من كل صنف (الصفوف)، ولكل وحدة مقياسها الخاص: الخلية الداكنة هي الصنف الذي تستجيب له الوحدة أكثر من غيره.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_class_view.cpp" line="88"/>
        <source>Choose a layer with units (a convolution or a dense layer).</source>
        <translation>اختر طبقة فيها وحدات (طبقة التفافية أو كثيفة).</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_class_view.cpp" line="98"/>
        <source>Layer %1 (%2): mean activation per class and unit; %3 units silent for every class</source>
        <translation>الطبقة %1 (%2): متوسط التنشيط لكل صنف ووحدة؛ الوحدات الصامتة مع كل الأصناف: %3</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_class_view.cpp" line="148"/>
        <source>units (%1), grouped by the class they answer most →</source>
        <translation>الوحدات (%1)، مجمَّعة حسب الصنف الذي تستجيب له أكثر ←</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_class_view.cpp" line="149"/>
        <source>units (%1) in their order →</source>
        <translation>الوحدات (%1) بترتيبها ←</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_class_view.cpp" line="155"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_class_view.cpp" line="155"/>
        <source>the unit&apos;s largest mean</source>
        <translation>أكبر متوسط للوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_class_view.cpp" line="156"/>
        <source>silent (0 for every class)</source>
        <translation>صامتة (0 مع كل الأصناف)</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ImagesConfusionView</name>
    <message>
        <location filename="../../ui/images/images_confusion_view.cpp" line="39"/>
        <source>Rows: the true class; columns: the class the network predicted. Blue: right; orange: mistakes, darker the larger their share of the row.</source>
        <translation>الصفوف: الصنف الحقيقي؛ الأعمدة: الصنف الذي تنبأت به الشبكة. الأزرق: الإجابات الصحيحة؛ البرتقالي: الأخطاء، ويزداد قتامةً كلما كبرت نسبتها من الصف.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_confusion_view.cpp" line="57"/>
        <source>%1 %2</source>
        <comment>a class&apos;s number and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_confusion_view.cpp" line="123"/>
        <source>Confusion matrix</source>
        <translation>مصفوفة الالتباس</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_confusion_view.cpp" line="124"/>
        <source>Confusion matrix: %1 test images</source>
        <translation>مصفوفة الالتباس: %1 من صور الاختبار</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_confusion_view.cpp" line="163"/>
        <source>rows: true class · columns: predicted</source>
        <translation>الصفوف: الصنف الحقيقي · الأعمدة: الصنف المتنبأ به</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_confusion_view.cpp" line="176"/>
        <source>%1 test images of class %2 predicted as %3</source>
        <translation>%1 من صور الاختبار من الصنف «%2» صنّفتها الشبكة على أنها «%3»</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ImagesControls</name>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="25"/>
        <source>Layer %1, conv %2 maps %3×%3:</source>
        <translation>الطبقة %1، التفافية، %2 من الخرائط ⁦%3×%3⁩:</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="29"/>
        <source>Layer %1, dense %2 units:</source>
        <translation>الطبقة %1، كثيفة، %2 من الوحدات:</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="34"/>
        <source>Layer %1, max pooling 2×2</source>
        <translation>الطبقة %1، تجميع أقصى ⁦2×2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="41"/>
        <source>%1: conv %2</source>
        <translation>%1: التفافية %2</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="43"/>
        <source>%1: dense %2</source>
        <translation>%1: كثيفة %2</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="79"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="82"/>
        <source>&amp;Open IDX Files…</source>
        <translation>&amp;فتح ملفات IDX…</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="84"/>
        <source>Train on any four IDX files (MNIST, for instance): the training images and labels and the test images and labels.</source>
        <translation>التدريب على أي أربعة ملفات IDX (مثل ملفات MNIST): صور التدريب ووسومها، وصور الاختبار ووسومها.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="86"/>
        <source>&amp;Measure All Test Images</source>
        <translation>&amp;قياس كل صور الاختبار</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="88"/>
        <source>Accuracy, loss and the confusion matrix over every test image once (while training, a fixed sample of them is measured).</source>
        <translation>قياس الدقة والخسارة ومصفوفة الالتباس على كل صور الاختبار مرة واحدة (أثناء التدريب تُقاس عينة ثابتة منها).</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="95"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="104"/>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="108"/>
        <source>The optimiser&apos;s step size η. Changing it keeps the weights. Too large, and ReLU units die in the first updates.</source>
        <translation>حجم خطوة المُحسِّن η. تغييره يُبقي الأوزان. وإذا كان كبيرًا جدًا تموت وحدات ReLU في التحديثات الأولى.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="112"/>
        <source>Images per update; changing it keeps the weights.</source>
        <translation>عدد الصور في كل تحديث؛ تغييره يُبقي الأوزان.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="114"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;معدل التعلم:</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="115"/>
        <source>&amp;Batch size:</source>
        <translation>حجم &amp;الدفعة:</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="117"/>
        <source>Views</source>
        <translation>العروض</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="121"/>
        <source>The test image whose feature maps are shown (or click one in Test Images).</source>
        <translation>صورة الاختبار التي تُعرض خرائط ميزاتها (أو انقر إحدى الصور في «صور الاختبار»).</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="124"/>
        <source>The hidden layer whose units the class × unit view shows.</source>
        <translation>الطبقة المخفية التي تظهر وحداتها في عرض «الصنف × الوحدة».</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="127"/>
        <source>Test &amp;image:</source>
        <translation>صورة &amp;الاختبار:</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="128"/>
        <source>Class × unit &amp;layer:</source>
        <translation>&amp;طبقة عرض الصنف × الوحدة:</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="175"/>
        <source>This layer&apos;s activation. Changing it while the network trains keeps every weight: switch a dying ReLU layer to Leaky ReLU and watch its units come back.</source>
        <translation>دالة التنشيط في هذه الطبقة. تغييرها أثناء تدريب الشبكة يُبقي كل الأوزان: بدّل طبقة ReLU تموت وحداتها إلى Leaky ReLU وشاهد وحداتها تعود إلى الحياة.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="203"/>
        <source>%1: %2 training and %3 test images, %4 classes</source>
        <translation>⁦%1⁩: صور التدريب %2، وصور الاختبار %3، والأصناف %4</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="221"/>
        <source>Epoch %1 · step %2</source>
        <translation>الحقبة %1 · الخطوة %2</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="224"/>
        <source>%1 images/s</source>
        <translation>%1 صورة/ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="226"/>
        <source>Test accuracy %1 % (%2 images)</source>
        <translation>دقة الاختبار %1 % (عدد الصور %2)</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_controls.cpp" line="229"/>
        <source>Dead units: %1</source>
        <translation>الوحدات الميتة: %1</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ImagesFeatureView</name>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="16"/>
        <source>Each feature map of the chosen test image before the activation (upper row) and after it (lower row). Dark slate: exactly 0, what ReLU makes of every negative value.</source>
        <translation>كل خريطة ميزات لصورة الاختبار المختارة قبل دالة التنشيط (الصف العلوي) وبعدها (الصف السفلي). الرمادي المزرق الداكن: صفر تمامًا، وهو ما تجعله ReLU من كل قيمة سالبة.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="65"/>
        <source>Test image %1: %2</source>
        <translation>صورة الاختبار %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="67"/>
        <source>Predicted: %1 (%2 %), right</source>
        <translation>التنبؤ: %1 (%2 %)، صحيح</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="67"/>
        <source>Predicted: %1 (%2 %), wrong</source>
        <translation>التنبؤ: %1 (%2 %)، خاطئ</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="70"/>
        <source>%1 % of the feature-map positions are exactly 0 after the activation</source>
        <translation>%1 % من مواضع خرائط الميزات تساوي 0 تمامًا بعد دالة التنشيط</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="81"/>
        <source>negative</source>
        <translation>سالبة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="81"/>
        <source>positive</source>
        <translation>موجبة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="81"/>
        <source>exactly 0</source>
        <translation>0 تمامًا</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="107"/>
        <source>The chosen test image appears once data are loaded.</source>
        <translation>تظهر صورة الاختبار المختارة بعد تحميل البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="121"/>
        <source>This network has no convolutional layer, so there are no feature maps. Choose the preset “Fashion CNN” to see them.</source>
        <translation>لا توجد في هذه الشبكة طبقة التفافية، لذا لا توجد خرائط ميزات. اختر الإعداد المسبق «Fashion-MNIST، شبكة CNN صغيرة» لرؤيتها.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_feature_view.cpp" line="139"/>
        <source>Layer %1: %2 feature maps, before (upper row) and after (lower row) %3</source>
        <translation>الطبقة %1: خرائط الميزات (%2)، قبل %3 (الصف العلوي) وبعدها (الصف السفلي)</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ImagesPanel</name>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="68"/>
        <source>Ready-made networks for images. Choosing one starts a new run; “dying” shows many first-layer units dying, “leaky” the same network with Leaky ReLU.</source>
        <translation>شبكات جاهزة للصور. اختيار إحداها يبدأ جولة جديدة؛ ويُظهر «Fashion-MNIST: موت عصبونات ReLU» موت وحدات كثيرة في الطبقة الأولى، و«Fashion-MNIST: العلاج بدالة Leaky ReLU» الشبكةَ نفسها مع Leaky ReLU.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="71"/>
        <source>Start again from the same initial weights (same seed), step 0 (R).</source>
        <translation>البدء من جديد بالأوزان الابتدائية نفسها (البذرة نفسها)، الخطوة 0 (R).</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="73"/>
        <source>Train one update (one batch of images) or one epoch, as chosen beside it, then pause (→).</source>
        <translation>درِّب تحديثًا واحدًا (دفعة واحدة من الصور) أو حقبة واحدة، بحسب الاختيار المجاور، ثم توقف مؤقتًا (→).</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="86"/>
        <source>Open IDX Files…</source>
        <translation>فتح ملفات IDX…</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="109"/>
        <source>Fashion-MNIST is read when this tab is first shown.</source>
        <translation>تُقرأ مجموعة Fashion-MNIST عند أول عرض لعلامة التبويب هذه.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="140"/>
        <location filename="../../ui/images/images_panel.cpp" line="407"/>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="141"/>
        <location filename="../../ui/images/images_panel.cpp" line="150"/>
        <source>step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="141"/>
        <source>share right</source>
        <translation>نسبة الصواب</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="143"/>
        <location filename="../../ui/images/images_panel.cpp" line="151"/>
        <source>Press Play (Space) to train.</source>
        <translation>اضغط «تشغيل» (Space) لبدء التدريب.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="145"/>
        <source>The share of images classified right: training batches since the last measurement (solid) and the measured test images (dashed). Chance is one in ten.</source>
        <translation>نسبة الصور المصنَّفة تصنيفًا صحيحًا: دفعات التدريب منذ آخر قياس (خط متصل) وصور الاختبار المقيسة (خط متقطع). التخمين العشوائي يصيب مرة من كل عشر.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="149"/>
        <location filename="../../ui/images/images_panel.cpp" line="407"/>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="150"/>
        <source>cross-entropy</source>
        <translation>الإنتروبيا المتقاطعة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="153"/>
        <source>Mean cross-entropy of the training batches (solid) and of the test images (dashed), in nats.</source>
        <translation>متوسط الإنتروبيا المتقاطعة لدفعات التدريب (خط متصل) ولصور الاختبار (خط متقطع)، بوحدة nat.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="168"/>
        <source>&amp;Group units by the class they answer most</source>
        <translation>&amp;جمّع الوحدات حسب الصنف الذي تستجيب له أكثر</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="171"/>
        <source>Sort the units by their strongest class, so selective units form a staircase; off: the units in the layer&apos;s order.</source>
        <translation>رتّب الوحدات حسب أقوى أصنافها، فتشكّل الوحدات الانتقائية درجًا؛ عند الإلغاء: الوحدات بترتيبها في الطبقة.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="179"/>
        <source>&amp;Weights</source>
        <translation>&amp;الأوزان</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="180"/>
        <source>The first layer&apos;s weights: what each unit looks for.</source>
        <translation>أوزان الطبقة الأولى: ما تبحث عنه كل وحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="181"/>
        <source>Unit &amp;Activity</source>
        <translation>&amp;نشاط الوحدات</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="182"/>
        <source>How often each unit is live, now and over training.</source>
        <translation>كم مرة تنشط كل وحدة، الآن وعلى مدى التدريب.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="183"/>
        <source>&amp;Feature Maps</source>
        <translation>&amp;خرائط الميزات</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="184"/>
        <source>A test image through the convolutional layers, before and after the activation.</source>
        <translation>صورة اختبار عبر الطبقات الالتفافية، قبل دالة التنشيط وبعدها.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="186"/>
        <source>&amp;Class × Unit</source>
        <translation>&amp;الصنف × الوحدة</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="187"/>
        <source>Which units fire for which class.</source>
        <translation>أيّ الوحدات تنشط لأيّ صنف.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="188"/>
        <source>&amp;Test Images</source>
        <translation>صور &amp;الاختبار</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="189"/>
        <source>Test images with the network&apos;s answers; mistakes in red.</source>
        <translation>صور الاختبار مع إجابات الشبكة؛ الأخطاء بالأحمر.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="234"/>
        <source>There is no image preset called “%1”.</source>
        <translation>لا يوجد إعداد مسبق للصور باسم «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="253"/>
        <source>Open IDX Files</source>
        <translation>فتح ملفات IDX</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="254"/>
        <source>IDX files (*-ubyte *-ubyte.gz *.idx *.idx.gz);;All files (*)</source>
        <translation>ملفات IDX (*-ubyte *-ubyte.gz *.idx *.idx.gz);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="258"/>
        <source>Choose four IDX files whose names say which they are, as MNIST&apos;s do: train-images…, train-labels…, t10k-images… (or test-images…) and t10k-labels….</source>
        <translation>اختر أربعة ملفات IDX تدل أسماؤها على محتواها، كما في ملفات MNIST: ⁦train-images…⁩ و ⁦train-labels…⁩ و ⁦t10k-images…⁩ (أو ⁦test-images…⁩) و ⁦t10k-labels…⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="311"/>
        <source>Loaded %1. Press Play (Space) to train.</source>
        <translation>تم تحميل ⁦%1⁩. اضغط «تشغيل» (Space) لبدء التدريب.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="322"/>
        <source>New run: new weights from the seed, step 0.</source>
        <translation>جولة جديدة: أوزان جديدة من البذرة، الخطوة 0.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="325"/>
        <source>Changed while training: every weight and the step count kept.</source>
        <translation>تم التغيير أثناء التدريب مع الإبقاء على كل الأوزان وعدد الخطوات.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="332"/>
        <source>Measured on every test image.</source>
        <translation>تم القياس على كل صور الاختبار.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="355"/>
        <location filename="../../ui/images/images_panel.cpp" line="357"/>
        <source>train</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="356"/>
        <location filename="../../ui/images/images_panel.cpp" line="358"/>
        <source>test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_panel.cpp" line="407"/>
        <source>Confusion</source>
        <translation>مصفوفة الالتباس</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ImagesSampleGrid</name>
    <message>
        <location filename="../../ui/images/images_sample_grid.cpp" line="20"/>
        <source>The first test images and what the network answers; a red frame marks a mistake. Click an image to see its feature maps.</source>
        <translation>أولى صور الاختبار وإجابات الشبكة عنها؛ الإطار الأحمر يدل على خطأ. انقر صورة لرؤية خرائط ميزاتها.</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_sample_grid.cpp" line="95"/>
        <source>The first %1 test images: %2 mistakes (red)</source>
        <translation>أول %1 من صور الاختبار: الأخطاء %2 (بالأحمر)</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_sample_grid.cpp" line="125"/>
        <source>is %1</source>
        <translation>الصحيح: %1</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ImagesWeightsView</name>
    <message>
        <location filename="../../ui/images/images_weights_view.cpp" line="66"/>
        <source>First layer&apos;s kernels: one per feature map (%1)</source>
        <translation>أنوية الطبقة الأولى: نواة لكل خريطة ميزات (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_weights_view.cpp" line="67"/>
        <source>First layer&apos;s weights: each unit&apos;s pattern over the image (%1 units)</source>
        <translation>أوزان الطبقة الأولى: نمط كل وحدة على الصورة (عدد الوحدات %1)</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_weights_view.cpp" line="69"/>
        <source>Blue: a bright pixel raises the unit&apos;s input; orange: lowers it. Crossed out: dead (%1).</source>
        <translation>الأزرق: البكسل الساطع يرفع مُدخل الوحدة؛ البرتقالي: يخفضه. المشطوبة: ميتة (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_weights_view.cpp" line="106"/>
        <source>Unit %1: live on %2 % of the probe images</source>
        <translation>الوحدة %1: نشطة على %2 % من صور الفحص</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_weights_view.cpp" line="111"/>
        <source>Dead: its input is ≤ 0 on every probe image, so no gradient reaches its weights.</source>
        <translation>ميتة: مُدخلها ⁦≤ 0⁩ على كل صور الفحص، لذا لا يصل أي تدرج إلى أوزانها.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::ImagesWorker</name>
    <message>
        <location filename="../../ui/images/images_worker.cpp" line="30"/>
        <source>Loading Fashion-MNIST…</source>
        <translation>جارٍ تحميل Fashion-MNIST…</translation>
    </message>
    <message>
        <location filename="../../ui/images/images_worker.cpp" line="37"/>
        <source>Loading %1…</source>
        <translation>جارٍ تحميل ⁦%1⁩…</translation>
    </message>
</context>
<context>
    <name>relulab::ui::LessonApplier</name>
    <message>
        <location filename="../../ui/shell/lesson_applier.cpp" line="138"/>
        <source>This step set up its own curves in place of yours (%1); Lessons → Put Back My Curves restores them.</source>
        <translation>أعدّت هذه الخطوة منحنياتها مكان منحنياتك (%1)؛ والأمر الدروس ← أعِد منحنياتي يستعيدها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/lesson_applier.cpp" line="267"/>
        <source>This step sets the activation of %n layer(s), but the network on the Images tab has %1; the rest were left out.</source>
        <translation>
            <numerusform>تضبط هذه الخطوة دالة التنشيط لـ %n طبقة، لكن الشبكة في تبويب الصور فيها %1؛ وتُرك الباقي.</numerusform>
            <numerusform>تضبط هذه الخطوة دالة التنشيط لطبقة واحدة (%n)، لكن الشبكة في تبويب الصور فيها %1؛ وتُرك الباقي.</numerusform>
            <numerusform>تضبط هذه الخطوة دالة التنشيط لطبقتين (%n)، لكن الشبكة في تبويب الصور فيها %1؛ وتُرك الباقي.</numerusform>
            <numerusform>تضبط هذه الخطوة دالة التنشيط لـ %n طبقات، لكن الشبكة في تبويب الصور فيها %1؛ وتُرك الباقي.</numerusform>
            <numerusform>تضبط هذه الخطوة دالة التنشيط لـ %n طبقة، لكن الشبكة في تبويب الصور فيها %1؛ وتُرك الباقي.</numerusform>
            <numerusform>تضبط هذه الخطوة دالة التنشيط لـ %n طبقة، لكن الشبكة في تبويب الصور فيها %1؛ وتُرك الباقي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relulab::ui::LessonDock</name>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="17"/>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="30"/>
        <source>Pick a lesson. Each one is a few short steps that set the app up and say what to watch.</source>
        <translation>اختر درسًا. يتكون كل درس من بضع خطوات قصيرة تُعِدّ التطبيق وتخبرك بما يجب أن تلاحظه.</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="32"/>
        <source>Less&amp;on:</source>
        <translation>&amp;الدرس:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="45"/>
        <source>&amp;Back</source>
        <translation>&amp;السابق</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="46"/>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="203"/>
        <source>&amp;Next</source>
        <translation>&amp;التالي</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="48"/>
        <source>Set up again</source>
        <translation>إعادة الإعداد</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="50"/>
        <source>The previous step (Alt+Page Up).</source>
        <translation>الخطوة السابقة (Alt+Page Up).</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="51"/>
        <source>The next step: the app is set up for it (Alt+Page Down).</source>
        <translation>الخطوة التالية: يُعَدّ التطبيق لها (Alt+Page Down).</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="52"/>
        <source>Set the app up for this step again, as it was when the step began.</source>
        <translation>إعداد التطبيق لهذه الخطوة من جديد، كما كان عند بدايتها.</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="92"/>
        <source>Show &amp;Lessons</source>
        <translation>إظهار &amp;الدروس</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="93"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="94"/>
        <source>Show or hide the guided lessons beside the app.</source>
        <translation>إظهار الدروس الموجَّهة بجانب التطبيق أو إخفاؤها.</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="101"/>
        <source>&amp;Next Step</source>
        <translation>الخطوة &amp;التالية</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="101"/>
        <source>Alt+PgDown</source>
        <translation>Alt+PgDown</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="105"/>
        <source>&amp;Previous Step</source>
        <translation>الخطوة &amp;السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="105"/>
        <source>Alt+PgUp</source>
        <translation>Alt+PgUp</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="109"/>
        <source>Set Step &amp;Up Again</source>
        <translation>&amp;إعادة إعداد الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="110"/>
        <source>&amp;Reload Lessons</source>
        <translation>إعادة &amp;تحميل الدروس</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="111"/>
        <source>Read the lesson files again, yours included.</source>
        <translation>قراءة ملفات الدروس من جديد، بما فيها ملفاتك.</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="112"/>
        <source>Open Lessons &amp;Folder</source>
        <translation>فتح &amp;مجلد الدروس</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="114"/>
        <source>Your own lessons go here, one JSON file each (see the README that comes with the bundled lessons).</source>
        <translation>ضع دروسك الخاصة هنا، ملف JSON واحد لكل درس (راجع ملف README المرفق بالدروس المضمّنة).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lessons/lesson_dock.cpp" line="141"/>
        <source>%n lesson(s) ready.</source>
        <translation>
            <numerusform>%n درس جاهز.</numerusform>
            <numerusform>درس واحد جاهز.</numerusform>
            <numerusform>درسان جاهزان.</numerusform>
            <numerusform>%n دروس جاهزة.</numerusform>
            <numerusform>%n درسًا جاهزًا.</numerusform>
            <numerusform>%n درس جاهز.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lessons/lesson_dock.cpp" line="149"/>
        <source>%n lesson file(s) could not be loaded:</source>
        <translation>
            <numerusform>تعذّر تحميل %n ملف درس:</numerusform>
            <numerusform>تعذّر تحميل ملف درس واحد:</numerusform>
            <numerusform>تعذّر تحميل ملفين من ملفات الدروس:</numerusform>
            <numerusform>تعذّر تحميل %n ملفات دروس:</numerusform>
            <numerusform>تعذّر تحميل %n ملفًا من ملفات الدروس:</numerusform>
            <numerusform>تعذّر تحميل %n ملف درس:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="203"/>
        <source>&amp;Start</source>
        <translation>&amp;ابدأ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="209"/>
        <source>No lessons</source>
        <translation>لا توجد دروس</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="211"/>
        <source>&lt;p&gt;No lesson could be loaded. Lessons are JSON files in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;تعذّر تحميل أي درس. الدروس ملفات JSON في ⁦%1⁩.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lessons/lesson_dock.cpp" line="217"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n خطوة</numerusform>
            <numerusform>خطوة واحدة</numerusform>
            <numerusform>خطوتان</numerusform>
            <numerusform>%n خطوات</numerusform>
            <numerusform>%n خطوة</numerusform>
            <numerusform>%n خطوة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="223"/>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="226"/>
        <source>Press &lt;b&gt;Start&lt;/b&gt;: each step sets the app up for you, then says what to watch. You can change anything yourself in between.</source>
        <translation>اضغط &lt;b&gt;ابدأ&lt;/b&gt;: كل خطوة تُعِدّ التطبيق لك، ثم تخبرك بما يجب أن تلاحظه. ويمكنك أن تغيّر أي شيء بنفسك بين الخطوات.</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="234"/>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="243"/>
        <source>This lesson has no text in your language yet; it is shown in English.</source>
        <translation>لا يوجد لهذا الدرس نص بلغتك بعد؛ لذا يُعرض بالإنجليزية.</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_dock.cpp" line="249"/>
        <source>Could not open %1; put your lesson files there.</source>
        <translation>تعذّر فتح ⁦%1⁩؛ ضع ملفات دروسك هناك.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::LessonLibrary</name>
    <message>
        <location filename="../../ui/lessons/lesson_library.cpp" line="47"/>
        <source>%1: could not be read (%2)</source>
        <translation>⁦%1⁩: تعذّرت قراءته (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_library.cpp" line="51"/>
        <source>%1: is larger than 1 MiB, too large for a lesson</source>
        <translation>⁦%1⁩: حجمه أكبر من 1 MiB، وهو كبير جدًا على درس</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_library.cpp" line="56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/lesson_library.cpp" line="61"/>
        <source>%1: the id “%2” is already used by %3</source>
        <translation>⁦%1⁩: المعرّف «%2» مستخدم من قبلُ في ⁦%3⁩</translation>
    </message>
</context>
<context>
    <name>relulab::ui::LessonStepDialog</name>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="22"/>
        <source>Save as Lesson Step</source>
        <translation>حفظ كخطوة درس</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="24"/>
        <source>The step sets the app up as it is now: the explorer&apos;s curves when the explorer is in front, otherwise the playground&apos;s data, network and training (a new run, paused). Write what the students should do and watch; the text can be edited later in the lesson&apos;s file (Lessons → Open Lesson Folder).</source>
        <translation>تُعِدّ الخطوة التطبيق كما هو الآن: منحنيات المستكشف إذا كان المستكشف في الواجهة، وإلا فبيانات ساحة التجريب وشبكتها وتدريبها (جولة جديدة، متوقفة مؤقتًا). اكتب ما ينبغي أن يفعله الطلاب وما يراقبونه؛ ويمكن تعديل النص لاحقًا في ملف الدرس («الدروس ← فتح مجلد الدروس»).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="31"/>
        <source>A new lesson</source>
        <translation>درس جديد</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="36"/>
        <source>Your own lessons, in %1</source>
        <translation>دروسك الخاصة، في ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="38"/>
        <source>e.g. Why ReLUs die</source>
        <translation>مثلًا: لماذا تموت وحدات ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="40"/>
        <source>e.g. A learning rate too large</source>
        <translation>مثلًا: معدل تعلم كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="42"/>
        <source>What to do, and what to watch.</source>
        <translation>ما يجب فعله، وما يجب مراقبته.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="46"/>
        <source>&amp;Lesson:</source>
        <translation>&amp;الدرس:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="47"/>
        <source>New lesson&apos;s &amp;title:</source>
        <translation>&amp;عنوان الدرس الجديد:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="48"/>
        <source>&amp;Step&apos;s title:</source>
        <translation>عنوان &amp;الخطوة:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="49"/>
        <source>Step&apos;s te&amp;xt:</source>
        <translation>&amp;نص الخطوة:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lesson_step_dialog.cpp" line="52"/>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
</context>
<context>
    <name>relulab::ui::LivePanel</name>
    <message>
        <location filename="../../ui/common/live_panel.cpp" line="39"/>
        <source>There is no preset called “%1”.</source>
        <translation>لا يوجد إعداد مسبق باسم «%1».</translation>
    </message>
</context>
<context>
    <name>relulab::ui::MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="47"/>
        <source>ReLU Lab</source>
        <translation>مختبر ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="62"/>
        <source>&amp;Explorer</source>
        <translation>&amp;المستكشف</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="63"/>
        <source>Every activation&apos;s curve and its slopes, side by side.</source>
        <translation>منحنى كل دالة تنشيط وميوله، جنبًا إلى جنب.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="64"/>
        <source>Pick activations on the left; point at the plot to read values. Ctrl+0 resets the view, Ctrl+E exports it.</source>
        <translation>اختر دوال التنشيط على اليمين، وأشر إلى الرسم لقراءة القيم. يعيد Ctrl+0 ضبط العرض، ويصدّره Ctrl+E.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="67"/>
        <source>&amp;Playground</source>
        <translation>ساحة &amp;التجريب</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="68"/>
        <source>Train a tiny network live: watch neurons die, sparsity climb and gradients vanish (Space plays, → steps, R resets).</source>
        <translation>درّب شبكة صغيرة أمامك مباشرةً: شاهد العصبونات تموت، والتناثر يرتفع، والتدرجات تتلاشى (Space للتشغيل، و→ للتقدم خطوة، وR لإعادة الضبط).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="70"/>
        <source>Space plays or pauses, → steps, R resets; point at a unit or a plot for its values, double-click a plot to enlarge it.</source>
        <translation>اضغط Space للتشغيل أو الإيقاف المؤقت، و→ للتقدم خطوة، وR لإعادة الضبط؛ وأشر إلى وحدة أو رسم لقراءة قيمه، وانقر نقرًا مزدوجًا على رسم لتكبيره.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="73"/>
        <source>&amp;Compare</source>
        <translation>&amp;المقارنة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="74"/>
        <source>Two to four runs side by side on the same data and weights, one activation each, trained in step: see which converges first.</source>
        <translation>من جولتين إلى أربع جولات جنبًا إلى جنب على البيانات والأوزان نفسها، لكلٍّ منها دالة تنشيط، تتدرّب بالتزامن: لاحظ أيها تتقارب أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="76"/>
        <source>Pick an activation per run; Space trains every run in step, → steps, R restarts.</source>
        <translation>اختر دالة تنشيط لكل جولة؛ يدرّب Space كل الجولات بالتزامن، و→ للتقدم خطوة، وR لإعادة البدء.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="78"/>
        <source>&amp;Studies</source>
        <translation>&amp;الدراسات</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="79"/>
        <source>Run the classic dying-ReLU experiments: how often networks are born dead, how the signal shrinks with depth, which settings kill units.</source>
        <translation>شغّل التجارب الكلاسيكية على موت عصبونات ReLU: كم مرة تكون الشبكات ميتة منذ الولادة، وكيف تضعف الإشارة مع العمق، وأي الإعدادات تقتل الوحدات.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="81"/>
        <source>Choose a study and its settings, then Run; long studies can be cancelled and keep what they found.</source>
        <translation>اختر دراسة وإعداداتها، ثم اضغط «تشغيل»؛ يمكن إلغاء الدراسات الطويلة مع الاحتفاظ بما توصلت إليه.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="84"/>
        <source>&amp;Images</source>
        <translation>&amp;الصور</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="85"/>
        <source>Watch ReLU work and die on real pictures: an MLP or a small CNN trained live on Fashion-MNIST (Space plays, → steps, R resets).</source>
        <translation>شاهد ReLU تعمل وتموت على صور حقيقية: شبكة MLP أو شبكة CNN صغيرة تتدرّب أمامك مباشرةً على Fashion-MNIST (Space للتشغيل، و→ للتقدم خطوة، وR لإعادة الضبط).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="87"/>
        <source>Space plays or pauses, → steps, R resets; PgUp and PgDown turn the views; click a test image for its feature maps.</source>
        <translation>اضغط Space للتشغيل أو الإيقاف المؤقت، و→ للتقدم خطوة، وR لإعادة الضبط؛ وPgUp وPgDown للتنقل بين العروض؛ وانقر صورة اختبار لرؤية خرائط ميزاتها.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="143"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="153"/>
        <source>Save &amp;Screenshot…</source>
        <translation>حفظ &amp;لقطة شاشة…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="154"/>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="159"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="163"/>
        <source>Go to %1</source>
        <translation>انتقل إلى %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="178"/>
        <source>&amp;Lessons</source>
        <translation>&amp;الدروس</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="181"/>
        <source>Put Back My &amp;Curves</source>
        <translation>أعِد &amp;منحنياتي</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="186"/>
        <source>The explorer&apos;s curves as you had them before a lesson step set up its own.</source>
        <translation>منحنيات المستكشف كما كانت لديك قبل أن تُعدّ خطوة من الدرس منحنياتها.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="190"/>
        <source>Save as Lesson &amp;Step…</source>
        <translation>&amp;حفظ كخطوة درس…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="192"/>
        <source>Write the window&apos;s set-up as a step of a lesson of your own, with your text.</source>
        <translation>كتابة إعداد النافذة خطوةً في درس من دروسك، مع نصك.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="195"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;دليل البدء</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="197"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="199"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="201"/>
        <source>&amp;About ReLU Lab</source>
        <translation>&amp;حول مختبر ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="205"/>
        <source>About ReLU Lab</source>
        <translation>حول مختبر ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="206"/>
        <source>&lt;b&gt;ReLU Lab %1&lt;/b&gt;&lt;p&gt;Explore ReLU and its variants, and watch neurons die while tiny networks train.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;b&gt;مختبر ReLU ⁦%1⁩&lt;/b&gt;&lt;p&gt;استكشف دالة ReLU ومتغيراتها، وشاهد العصبونات تموت أثناء تدريب شبكات صغيرة.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="218"/>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="222"/>
        <source>&amp;System</source>
        <translation>لغة &amp;النظام</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="242"/>
        <source>ReLU Lab speaks %1 from its next start. Restart now? Nothing you have set up is kept.</source>
        <translation>سيتحدث مختبر ReLU باللغة %1 من تشغيله القادم. هل تعيد تشغيله الآن؟ لن يُحفظ شيء مما أعددته.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="246"/>
        <source>RELULAB_LANG is set to “%1” here, which wins over this choice until it is unset.</source>
        <translation>المتغير RELULAB_LANG مضبوط هنا على «%1»، وهو يتقدّم على هذا الاختيار ما دام مضبوطًا.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="249"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="253"/>
        <source>&amp;Restart Now</source>
        <translation>أعِد &amp;التشغيل الآن</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="254"/>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="264"/>
        <source>Getting Started</source>
        <translation>دليل البدء</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="268"/>
        <source>Start the &amp;First Lesson</source>
        <translation>ابدأ الدرس &amp;الأول</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="278"/>
        <source>CPU path: %1 (the best of: %2; RELULAB_CPU picks another).</source>
        <translation>مسار CPU: ⁦%1⁩ (الأفضل من بين: ⁦%2⁩؛ ويختار المتغيّر RELULAB_CPU مسارًا آخر).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="290"/>
        <source>CPU path</source>
        <translation>مسار CPU</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="291"/>
        <source>%1

ReLU Lab runs on the best path this CPU has, %2, instead. To choose another, quit, and set RELULAB_CPU to one of the valid paths (or unset it).</source>
        <translation>%1

يعمل مختبر ReLU بدلًا من ذلك على أفضل مسار يملكه هذا المعالج، ⁦%2⁩. لاختيار مسار آخر، أغلق البرنامج واضبط RELULAB_CPU على أحد المسارات الصالحة (أو احذفه).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="305"/>
        <source>GPU path: not available (%1). Everything runs on the CPU path.</source>
        <translation>مسار GPU: غير متاح (%1). يعمل كل شيء عبر مسار CPU.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="307"/>
        <source>GPU path: %1, OpenGL %2%3. The playground always trains on the CPU (one tiny network is faster there); the phase-diagram study can use the GPU.</source>
        <translation>مسار GPU: ⁦%1⁩، ⁦OpenGL %2⁩%3. تتدرّب الشبكة في ساحة التجريب دائمًا على CPU (فالشبكة الصغيرة الواحدة أسرع هناك)؛ أما دراسة مخطط الأطوار فيمكنها استخدام GPU.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="310"/>
        <source> (software: the shaders run on the CPU)</source>
        <translation> (برمجي: تعمل المظلِّلات على CPU)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="413"/>
        <source>Lesson step not saved</source>
        <translation>لم تُحفظ خطوة الدرس</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="427"/>
        <source>Saved as step %1 of %2 (%3); edit its text there.</source>
        <translation>حُفظت بوصفها الخطوة %1 من «⁨%2⁩» (⁦%3⁩)؛ عدّل نصها هناك.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="435"/>
        <source>Save Screenshot</source>
        <translation>حفظ لقطة الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="435"/>
        <source>relulab.png</source>
        <translation>relulab.png</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="436"/>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="439"/>
        <source>Screenshot not saved</source>
        <translation>لم تُحفظ لقطة الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="441"/>
        <source>Saved %1</source>
        <translation>حُفظ ⁦%1⁩</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundControlsData</name>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="77"/>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="78"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="77"/>
        <source>How far points stray from their class&apos;s shape (0–50 %).</source>
        <translation>مدى ابتعاد النقاط عن شكل صنفها (من 0 إلى 50 %).</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="79"/>
        <source>The share of points used for training; the rest are test points, never trained on, that show how well the network generalises.</source>
        <translation>نسبة النقاط المستخدمة في التدريب؛ والباقي نقاط اختبار لا تتدرب عليها الشبكة أبدًا، وتُظهر مدى قدرتها على التعميم.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="83"/>
        <source>Points in the data set, training and test together.</source>
        <translation>عدد النقاط في مجموعة البيانات، نقاط التدريب والاختبار معًا.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="85"/>
        <source>One seed reproduces the data, the initial weights and the batch order exactly.</source>
        <translation>البذرة نفسها تعيد إنتاج البيانات والأوزان الابتدائية وترتيب الدفعات بالضبط.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="87"/>
        <source>Re&amp;generate</source>
        <translation>إعادة &amp;التوليد</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="88"/>
        <source>New points from the next seed; the network starts again.</source>
        <translation>نقاط جديدة من البذرة التالية؛ وتبدأ الشبكة من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="90"/>
        <source>+1 (blue)</source>
        <translation>⁦+1⁩ (أزرق)</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="91"/>
        <source>−1 (orange)</source>
        <translation>⁦−1⁩ (برتقالي)</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="93"/>
        <source>The class a left click on the heatmap adds to the training set; a right click adds the other class.</source>
        <translation>الصنف الذي يضيفه النقر الأيسر على الخريطة الحرارية إلى مجموعة التدريب؛ أما النقر الأيمن فيضيف الصنف الآخر.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="97"/>
        <source>N&amp;oise:</source>
        <translation>&amp;الضجيج:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="98"/>
        <source>Training sh&amp;are:</source>
        <translation>&amp;نسبة التدريب:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="99"/>
        <source>Po&amp;ints:</source>
        <translation>&amp;عدد النقاط:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="100"/>
        <source>&amp;Random seed:</source>
        <translation>&amp;البذرة العشوائية:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_data.cpp" line="102"/>
        <source>&amp;Click adds:</source>
        <translation>النقر &amp;يضيف:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playground/playground_controls_data.cpp" line="150"/>
        <source>Your points: %1 (%n point(s)). Choosing a data set below or changing a setting here generates new points.</source>
        <translation>
            <numerusform>نقاطك: ⁦%1⁩ (%n نقطة). اختيار مجموعة بيانات أدناه أو تغيير أحد الإعدادات هنا يولّد نقاطًا جديدة.</numerusform>
            <numerusform>نقاطك: ⁦%1⁩ (نقطة واحدة). اختيار مجموعة بيانات أدناه أو تغيير أحد الإعدادات هنا يولّد نقاطًا جديدة.</numerusform>
            <numerusform>نقاطك: ⁦%1⁩ (نقطتان). اختيار مجموعة بيانات أدناه أو تغيير أحد الإعدادات هنا يولّد نقاطًا جديدة.</numerusform>
            <numerusform>نقاطك: ⁦%1⁩ (%n نقاط). اختيار مجموعة بيانات أدناه أو تغيير أحد الإعدادات هنا يولّد نقاطًا جديدة.</numerusform>
            <numerusform>نقاطك: ⁦%1⁩ (%n نقطة). اختيار مجموعة بيانات أدناه أو تغيير أحد الإعدادات هنا يولّد نقاطًا جديدة.</numerusform>
            <numerusform>نقاطك: ⁦%1⁩ (%n نقطة). اختيار مجموعة بيانات أدناه أو تغيير أحد الإعدادات هنا يولّد نقاطًا جديدة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundControlsNetwork</name>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="38"/>
        <source>Inputs</source>
        <translation>المدخلات</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="40"/>
        <source>What the network sees of each point (x₁, x₂). Extra features such as x₁² make some shapes easy without hidden layers.</source>
        <translation>ما تراه الشبكة من كل نقطة (⁦x₁, x₂⁩). الخصائص الإضافية مثل x₁² تجعل بعض الأشكال سهلة دون طبقات مخفية.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="51"/>
        <source>Hidden layers</source>
        <translation>الطبقات المخفية</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="53"/>
        <source>Each row is a layer: its number of units, its activation and the activation&apos;s parameter. Changing the activation keeps the weights.</source>
        <translation>كل صف طبقة: عدد وحداتها، ودالة التنشيط فيها، ومعامل دالة التنشيط. تغيير دالة التنشيط يُبقي الأوزان كما هي.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="60"/>
        <source>&amp;Add layer</source>
        <translation>&amp;إضافة طبقة</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="61"/>
        <source>Re&amp;move layer</source>
        <translation>&amp;حذف طبقة</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="62"/>
        <source>Add a hidden layer after the last one (the network starts again).</source>
        <translation>إضافة طبقة مخفية بعد الأخيرة (تبدأ الشبكة من جديد).</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="63"/>
        <source>Remove the last hidden layer (the network starts again).</source>
        <translation>حذف آخر طبقة مخفية (تبدأ الشبكة من جديد).</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="87"/>
        <source>Starting weights</source>
        <translation>الأوزان الابتدائية</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="93"/>
        <source>How the weights are drawn at the start. He init keeps ReLU signals at the same scale layer after layer; TensorFlow Playground uses uniform ±0.5.</source>
        <translation>طريقة سحب الأوزان عند البدء. تهيئة He تُبقي إشارات ReLU بالمقياس نفسه طبقةً بعد طبقة؛ أما TensorFlow Playground فيستخدم توزيعًا منتظمًا ⁦±0.5⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="96"/>
        <source>For Uniform: the half-width a of U(−a, a). For Constant: the value.</source>
        <translation>في «منتظم»: نصف العرض a في ⁦U(−a, a)⁩. في «ثابت»: القيمة نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="99"/>
        <source>Every bias starts here. A small positive bias (0.1) keeps ReLUs alive at the start; a large negative one makes units dead from birth.</source>
        <translation>كل انحياز يبدأ من هذه القيمة. الانحياز الموجب الصغير (0.1) يُبقي وحدات ReLU حية في البداية؛ أما الانحياز السالب الكبير فيجعل الوحدات ميتة منذ الولادة.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="101"/>
        <source>&amp;Initialisation:</source>
        <translation>&amp;التهيئة:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="102"/>
        <source>S&amp;cale:</source>
        <translation>&amp;المقياس:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="103"/>
        <source>&amp;Bias:</source>
        <translation>&amp;الانحياز:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="118"/>
        <source>Layer %1</source>
        <translation>الطبقة %1</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="124"/>
        <source>Units in this layer (1–%1). The network starts again.</source>
        <translation>عدد الوحدات في هذه الطبقة (من 1 إلى %1). تبدأ الشبكة من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="130"/>
        <source>This layer&apos;s activation. Changing it keeps every weight, so a dead ReLU layer can be switched to Leaky ReLU and watched revive.</source>
        <translation>دالة التنشيط في هذه الطبقة. تغييرها يُبقي كل الأوزان، لذا يمكن تحويل طبقة ReLU ميتة إلى Leaky ReLU ومشاهدتها وهي تعود إلى الحياة.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="165"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="167"/>
        <source>This activation has no parameter.</source>
        <translation>ليس لدالة التنشيط هذه معامل.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="175"/>
        <source>The %1 of %2, from %3 to %4.</source>
        <translation>%1 في دالة %2، من %3 إلى %4.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_network.cpp" line="180"/>
        <source>The playground offers 0.2 rather than the usual 0.01: with 0.01 a dead unit&apos;s weights move so slowly that it takes thousands of steps to revive.</source>
        <translation>تقترح ساحة التجريب 0.2 بدلًا من القيمة المعتادة 0.01: فمع 0.01 تتحرك أوزان الوحدة الميتة ببطء شديد حتى إنها تحتاج إلى آلاف الخطوات لتعود إلى الحياة.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundControlsTraining</name>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="29"/>
        <source>How far each update moves the weights along the gradient. Too large and ReLUs die (a step throws a unit&apos;s bias far negative) or the run diverges. Changing it keeps the weights.</source>
        <translation>مقدار ما يحرّك به كل تحديثٍ الأوزانَ على امتداد التدرج. إذا كان كبيرًا جدًا تموت وحدات ReLU (إذ تدفع خطوة واحدة انحياز الوحدة إلى قيمة سالبة بعيدة) أو يتباعد التدريب. تغييره يُبقي الأوزان كما هي.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="36"/>
        <source>The update rule. SGD is TensorFlow Playground&apos;s; Momentum and Adam smooth the steps. Changing it keeps the weights (Adam&apos;s and momentum&apos;s running averages start again).</source>
        <translation>قاعدة التحديث. SGD هي قاعدة TensorFlow Playground؛ أما الزخم (Momentum) وAdam فيُنعّمان الخطوات. تغييرها يُبقي الأوزان (وتبدأ المتوسطات الجارية في Adam والزخم من جديد).</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="43"/>
        <source>Training points per update: 1 is online learning, the training set&apos;s size is full-batch gradient descent.</source>
        <translation>عدد نقاط التدريب في كل تحديث: القيمة 1 تعني التعلم المباشر (online)، وحجم مجموعة التدريب كلها يعني النزول التدرجي بالدفعة الكاملة.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="50"/>
        <source>A penalty on large weights (not on biases): L1 pushes weights to exactly zero, L2 shrinks them in proportion.</source>
        <translation>عقوبة على الأوزان الكبيرة (لا على الانحيازات): L1 يدفع الأوزان إلى الصفر تمامًا، وL2 يقلّصها بالتناسب.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="53"/>
        <source>How strong the penalty is (λ, 0–10).</source>
        <translation>شدة العقوبة (λ، من 0 إلى 10).</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="56"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;معدل التعلم:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="57"/>
        <source>&amp;Optimiser:</source>
        <translation>&amp;المُحسِّن:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="58"/>
        <source>Batch si&amp;ze:</source>
        <translation>حجم &amp;الدفعة:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="59"/>
        <source>Re&amp;gularisation:</source>
        <translation>&amp;التنظيم:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="60"/>
        <source>Regularisation &amp;rate:</source>
        <translation>&amp;معدل التنظيم:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="69"/>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="71"/>
        <source>The learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="73"/>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="76"/>
        <source>The regularisation rate</source>
        <translation>معدل التنظيم</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_controls_training.cpp" line="93"/>
        <source>%1 must be a number from %2 to %3; “%4” is not. It stays at %5.</source>
        <translation>يجب أن يكون %1 عددًا من %2 إلى %3، و«⁦%4⁩» ليس كذلك. سيبقى على %5.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundDeadView</name>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="96"/>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="150"/>
        <source>Layer %1</source>
        <translation>الطبقة %1</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="132"/>
        <source>Active fraction by unit</source>
        <translation>نسبة النشاط لكل وحدة</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="134"/>
        <source>Active fraction over time (kymograph)</source>
        <translation>نسبة النشاط عبر الزمن (مخطط زمني)</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="202"/>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="221"/>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="225"/>
        <source>step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="223"/>
        <source>training time →</source>
        <translation>⁦زمن التدريب →⁩</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="237"/>
        <source>active on 0%</source>
        <translation>نشط على 0%</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="243"/>
        <source>100% of points</source>
        <translation>100% من النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="251"/>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="283"/>
        <source>dead</source>
        <translation>ميت</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="252"/>
        <source>inactive (leaky)</source>
        <translation>غير نشط (leaky)</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="253"/>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="286"/>
        <source>saturated</source>
        <translation>مشبع</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="259"/>
        <source>&lt;b&gt;Layer %1, neuron %2&lt;/b&gt;: %3, active on %4% of the probe points</source>
        <translation>&lt;b&gt;الطبقة %1، العصبون %2&lt;/b&gt;: %3، نشط على %4% من نقاط الفحص</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="284"/>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="287"/>
        <source>active on %1% of the probe points</source>
        <translation>نشط على %1% من نقاط الفحص</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="288"/>
        <source>Layer %1, neuron %2 at step %3: %4</source>
        <translation>الطبقة %1، العصبون %2 عند الخطوة %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_dead_view.cpp" line="308"/>
        <source>Rows are layers, cells are units, coloured by how often each unit is active. The kymograph beside it shows every unit over training time: a row turning black is a unit dying.</source>
        <translation>الصفوف طبقات والخلايا وحدات، ملوّنة بحسب عدد مرات نشاط كل وحدة. ويُظهر المخطط الزمني بجانبها كل وحدة على امتداد زمن التدريب: الصف الذي يتحول إلى الأسود وحدةٌ تموت.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundDecisionView</name>
    <message>
        <location filename="../../ui/common/playground_decision_view.cpp" line="23"/>
        <source>The network&apos;s output over the input plane: blue for +1, orange for −1, pale near 0. Filled dots are training points, dots with a dark ring are test points. Click to add a training point: the left button adds the class chosen under Data, the right button the other class.</source>
        <translation>مخرج الشبكة على مستوى الإدخال: أزرق للقيمة ⁦+1⁩، وبرتقالي للقيمة ⁦−1⁩، وباهت قرب 0. النقاط المصمتة نقاط تدريب، والنقاط ذات الحلقة الداكنة نقاط اختبار. انقر لإضافة نقطة تدريب: الزر الأيسر يضيف الصنف المختار في «البيانات»، والزر الأيمن يضيف الصنف الآخر.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_decision_view.cpp" line="171"/>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_decision_view.cpp" line="176"/>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_decision_view.cpp" line="39"/>
        <location filename="../../ui/common/playground_decision_view.cpp" line="188"/>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_decision_view.cpp" line="44"/>
        <location filename="../../ui/common/playground_decision_view.cpp" line="211"/>
        <source>train</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_decision_view.cpp" line="44"/>
        <location filename="../../ui/common/playground_decision_view.cpp" line="217"/>
        <source>test</source>
        <translation>اختبار</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundNetworkView</name>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="63"/>
        <source>x</source>
        <comment>the inputs, over a narrow column</comment>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="64"/>
        <source>ŷ</source>
        <comment>the output, over a narrow column</comment>
        <translation>ŷ</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="65"/>
        <source>L%1</source>
        <comment>short for Layer 1, …</comment>
        <translation>L%1</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="117"/>
        <source>&lt;b&gt;Layer %1, neuron %2&lt;/b&gt; · %3</source>
        <translation>&lt;b&gt;الطبقة %1، العصبون %2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="121"/>
        <source>Active on %1% of the probe points</source>
        <translation>نشط على %1% من نقاط الفحص</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="124"/>
        <source>Mean activation %1</source>
        <translation>متوسط التنشيط %1</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="126"/>
        <source>Mean |gradient| %1</source>
        <translation>متوسط |التدرج| %1</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="156"/>
        <source>Each square shows what a unit outputs over the input plane. Lines are weights: thicker for larger |w|, blue positive, orange negative. Hover a unit for its numbers.</source>
        <translation>يُظهر كل مربع مخرج الوحدة على مستوى الإدخال. الخطوط هي الأوزان: أسمك كلما كبرت ⁦|w|⁩، زرقاء للموجبة وبرتقالية للسالبة. مرّر المؤشر فوق وحدة لترى أرقامها.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="195"/>
        <source>Inputs</source>
        <translation>المدخلات</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="196"/>
        <source>Output</source>
        <translation>المخرج</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_network_view.cpp" line="197"/>
        <source>Layer %1</source>
        <translation>الطبقة %1</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundPanel</name>
    <message>
        <location filename="../../ui/playground/playground_panel.cpp" line="51"/>
        <source>Press Space to train, → to take one step, R to start again.</source>
        <translation>اضغط Space للتدريب، و→ لأخذ خطوة واحدة، وR للبدء من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_panel.cpp" line="64"/>
        <source>&amp;Data</source>
        <translation>&amp;البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_panel.cpp" line="65"/>
        <source>&amp;Network</source>
        <translation>&amp;الشبكة</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_panel.cpp" line="66"/>
        <source>&amp;Training</source>
        <translation>&amp;التدريب</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_panel.cpp" line="192"/>
        <source>Boundary</source>
        <comment>tab: the decision boundary plot</comment>
        <translation>حدّ القرار</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_panel.cpp" line="194"/>
        <source>Units</source>
        <comment>tab: which units are active or dead</comment>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_panel.cpp" line="197"/>
        <source>PgUp and PgDown turn the views.</source>
        <translation>يقلّب المفتاحان PgUp و PgDown بين العروض.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_panel.cpp" line="288"/>
        <location filename="../../ui/playground/playground_panel.cpp" line="372"/>
        <source>Batch size lowered to %1: the training set has only %1 points.</source>
        <translation>خُفِّض حجم الدفعة إلى %1: فمجموعة التدريب لا تضم سوى %1 من النقاط.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundPlayback</name>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="38"/>
        <source>Pre&amp;set:</source>
        <translation>إعداد &amp;مسبق:</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="41"/>
        <location filename="../../ui/common/playground_playback.cpp" line="109"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="43"/>
        <source>Step</source>
        <translation>خطوة</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="45"/>
        <source>Train one update or one epoch, as chosen beside it, then pause (→).</source>
        <translation>درِّب تحديثًا واحدًا أو حقبة واحدة، بحسب الاختيار المجاور، ثم توقف مؤقتًا (→).</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="46"/>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="49"/>
        <source>Start again from the same initial weights (same seed), step 0 (R). Points you added stay.</source>
        <translation>البدء من جديد بالأوزان الابتدائية نفسها (البذرة نفسها)، الخطوة 0 (R). تبقى النقاط التي أضفتها.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="58"/>
        <source>one update</source>
        <translation>تحديث واحد</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="59"/>
        <source>one epoch</source>
        <translation>حقبة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="61"/>
        <source>What Step trains: one mini-batch update, or one pass over the training set.</source>
        <translation>ما يدرّبه زر «خطوة»: تحديث واحد بدفعة صغيرة، أو مرور واحد على مجموعة التدريب.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="66"/>
        <source>1 update per frame</source>
        <translation>تحديث واحد لكل إطار</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="67"/>
        <source>%1 updates per frame</source>
        <translation>%1 من التحديثات لكل إطار</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="65"/>
        <source>as fast as possible</source>
        <translation>بأقصى سرعة ممكنة</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="34"/>
        <source>Custom set-up</source>
        <translation>إعداد مخصص</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="36"/>
        <source>Ready-made set-ups. Choosing one starts a new run; “Dying ReLU” shows units dying at learning rate 3.</source>
        <translation>إعدادات مسبقة جاهزة. اختيار أحدها يبدأ جولة جديدة؛ ويُظهر «موت عصبونات ReLU» وحدات تموت عند معدل تعلم 3.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="74"/>
        <source>Updates trained per displayed frame (about 60 frames a second); or as many as the machine manages, with the display still live.</source>
        <translation>عدد التحديثات المدرَّبة في كل إطار معروض (نحو 60 إطارًا في الثانية)؛ أو أكبر عدد يستطيعه الجهاز مع بقاء العرض حيًّا.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="76"/>
        <source>Speed:</source>
        <translation>السرعة:</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="109"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="106"/>
        <source>Pause training (Space).</source>
        <translation>إيقاف التدريب مؤقتًا (Space).</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_playback.cpp" line="106"/>
        <source>Train continuously (Space).</source>
        <translation>تدريب متواصل (Space).</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundPlot</name>
    <message>
        <location filename="../../ui/common/playground_plot.cpp" line="229"/>
        <source>step %1: %2</source>
        <translation>الخطوة %1: %2</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundSeriesView</name>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="28"/>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="29"/>
        <location filename="../../ui/playground/playground_series_view.cpp" line="35"/>
        <location filename="../../ui/playground/playground_series_view.cpp" line="42"/>
        <location filename="../../ui/playground/playground_series_view.cpp" line="47"/>
        <source>step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="29"/>
        <source>loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="31"/>
        <source>The mean loss over the training points (solid) and the test points (dashed). Test loss rising while training loss falls is overfitting.</source>
        <translation>متوسط الخسارة على نقاط التدريب (خط متصل) ونقاط الاختبار (خط متقطع). ارتفاع خسارة الاختبار بينما تنخفض خسارة التدريب هو فرط التخصيص (overfitting).</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="34"/>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="35"/>
        <source>fraction correct</source>
        <translation>نسبة الصواب</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="38"/>
        <source>The share of points whose predicted sign matches their label, on the training points (solid) and the test points (dashed).</source>
        <translation>نسبة النقاط التي تطابق إشارتُها المتوقعة وسمَها، على نقاط التدريب (خط متصل) ونقاط الاختبار (خط متقطع).</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="41"/>
        <source>Sparsity</source>
        <translation>التناثر</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="42"/>
        <source>zero outputs</source>
        <translation>المخرجات الصفرية</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="46"/>
        <source>Gradient norm</source>
        <translation>معيار التدرج</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="47"/>
        <source>‖∂L/∂W‖ (log)</source>
        <translation>⁦‖∂L/∂W‖⁩ (لوغاريتمي)</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="83"/>
        <location filename="../../ui/playground/playground_series_view.cpp" line="87"/>
        <source>train</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="84"/>
        <location filename="../../ui/playground/playground_series_view.cpp" line="88"/>
        <source>test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="92"/>
        <source>No accuracy for regression: see the loss.</source>
        <translation>لا توجد دقة في مسائل الانحدار: انظر إلى الخسارة.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="96"/>
        <source>layer %1</source>
        <translation>الطبقة %1</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_series_view.cpp" line="100"/>
        <source>output</source>
        <translation>المخرج</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundStatus</name>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="22"/>
        <source>Updates (mini-batch steps) since the run started.</source>
        <translation>عدد التحديثات (خطوات الدفعات الصغيرة) منذ بدء الجولة.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="23"/>
        <source>Passes over the training set since the run started.</source>
        <translation>عدد مرات المرور على مجموعة التدريب منذ بدء الجولة.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="24"/>
        <source>Training points processed per second while playing, drawing included.</source>
        <translation>عدد نقاط التدريب المعالَجة في الثانية أثناء التشغيل، بما في ذلك الرسم.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="27"/>
        <source>Where the training arithmetic runs. The playground trains one tiny network, which is fastest on the CPU: a GPU&apos;s launch overhead alone takes longer than a whole step here. The phase-diagram study can train many networks at once on the GPU path; Help → About says whether this machine has one.</source>
        <translation>مكان تنفيذ حسابات التدريب. تدرّب ساحة التجريب شبكة واحدة صغيرة جدًا، وهي أسرع على المعالج المركزي (CPU): فكلفة إطلاق العمليات على معالج الرسوميات (GPU) وحدها تستغرق هنا وقتًا أطول من خطوة كاملة. أما دراسة مخطط الأطوار فيمكنها تدريب شبكات كثيرة معًا عبر مسار GPU؛ وتُبيّن «مساعدة ← حول مختبر ReLU» ما إذا كان في هذا الجهاز معالج رسوميات.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="60"/>
        <location filename="../../ui/playground/playground_status.cpp" line="102"/>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="61"/>
        <location filename="../../ui/playground/playground_status.cpp" line="103"/>
        <source>Epoch %1</source>
        <translation>الحقبة %1</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="62"/>
        <location filename="../../ui/playground/playground_status.cpp" line="105"/>
        <source>%1 examples/s</source>
        <translation>%1 مثال/ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="63"/>
        <location filename="../../ui/playground/playground_status.cpp" line="114"/>
        <source>Dead %1 / %2</source>
        <translation>ميتة ⁦%1 / %2⁩</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="63"/>
        <location filename="../../ui/playground/playground_status.cpp" line="115"/>
        <source> (inactive %1)</source>
        <translation> (غير نشطة %1)</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="64"/>
        <location filename="../../ui/playground/playground_status.cpp" line="119"/>
        <source>Backend: CPU</source>
        <translation>مسار الحساب: CPU</translation>
    </message>
    <message>
        <location filename="../../ui/playground/playground_status.cpp" line="106"/>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PlaygroundText</name>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="12"/>
        <source>&lt;b&gt;Active fraction&lt;/b&gt;: the share of probe samples (the training points) for which the unit&apos;s input z lies in its live region — z &amp;gt; 0 for the ReLU family — so that it passes a gradient back to its weights.</source>
        <translation>&lt;b&gt;نسبة النشاط&lt;/b&gt;: نسبة عينات الفحص (نقاط التدريب) التي يقع فيها مُدخل الوحدة z في منطقتها الحية — ⁦z &amp;gt; 0⁩ لعائلة ReLU — بحيث تمرّر تدرجًا عائدًا إلى أوزانها.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="19"/>
        <source>&lt;b&gt;Dead&lt;/b&gt;: a unit with a hard zero (ReLU, ReLU6, …) that is active on no probe sample. Its output and its gradient are zero everywhere, so gradient descent cannot bring it back; only a change elsewhere (or a different activation) can.</source>
        <translation>&lt;b&gt;الوحدة الميتة&lt;/b&gt;: وحدة ذات صفر تام (ReLU، ReLU6، …) لا تنشط على أي عينة فحص. مخرجها وتدرجها صفر في كل مكان، لذا لا يستطيع النزول التدرجي إعادتها؛ وحده تغيير في مكان آخر (أو دالة تنشيط مختلفة) يستطيع ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="26"/>
        <source>&lt;b&gt;Inactive&lt;/b&gt;: a Leaky ReLU, PReLU, ELU or similar unit with z ≤ 0 on every probe sample. Unlike a dead ReLU it still passes a small gradient, so it can come back (&quot;revive&quot;).</source>
        <translation>&lt;b&gt;الوحدة غير النشطة&lt;/b&gt;: وحدة Leaky ReLU أو PReLU أو ELU أو ما يشبهها، يكون فيها ⁦z ≤ 0⁩ على كل عينات الفحص. وعلى خلاف وحدة ReLU الميتة، ما زالت تمرّر تدرجًا صغيرًا، لذا يمكنها أن تعود («تحيا من جديد»).</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="33"/>
        <source>&lt;b&gt;Saturated&lt;/b&gt;: a sigmoid, tanh or softsign unit whose slope |f′(z)| is at most %1 on every probe sample, so almost no gradient passes through it.</source>
        <translation>&lt;b&gt;الوحدة المشبعة&lt;/b&gt;: وحدة بالدالة السينية (sigmoid) أو tanh أو softsign، لا يتجاوز ميلها ⁦|f′(z)|⁩ القيمة %1 على كل عينات الفحص، فلا يكاد يمر عبرها أي تدرج.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="39"/>
        <source>&lt;b&gt;Sparsity&lt;/b&gt; of a layer: the share of its outputs (over all probe samples and units) that are zero — exactly zero for ReLU, ReLU6, Hardswish and Hardsigmoid, |f(z)| ≤ %1 for activations without a hard zero.</source>
        <translation>&lt;b&gt;التناثر&lt;/b&gt; في طبقة: نسبة مخرجاتها (على كل عينات الفحص والوحدات) التي تساوي صفرًا — صفرًا تامًا في ReLU وReLU6 وHardswish وHardsigmoid، و⁦|f(z)| ≤ %1⁩ في دوال التنشيط التي ليس لها صفر تام.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="46"/>
        <source>&lt;b&gt;Gradient norm&lt;/b&gt; of a layer: the size (Frobenius norm) of the gradient of the mean loss over the probe set with respect to the layer&apos;s weights. When it shrinks layer after layer towards the input, the early layers barely learn: the vanishing gradient.</source>
        <translation>&lt;b&gt;معيار التدرج&lt;/b&gt; في طبقة: حجم (معيار فروبينيوس، Frobenius) تدرج متوسط الخسارة على مجموعة الفحص بالنسبة إلى أوزان الطبقة. وعندما يصغر طبقةً بعد طبقة باتجاه الإدخال، بالكاد تتعلم الطبقات الأولى: إنها مشكلة تلاشي التدرج.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="56"/>
        <source>Circle</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="58"/>
        <source>Exclusive or</source>
        <translation>أو الحصرية (XOR)</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="60"/>
        <source>Two Gaussians</source>
        <translation>توزيعان غاوسيان</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="62"/>
        <source>Spiral</source>
        <translation>حلزون</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="64"/>
        <source>Moons</source>
        <translation>هلالان</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="66"/>
        <source>Checkerboard</source>
        <translation>رقعة شطرنج</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="68"/>
        <source>Plane (regression)</source>
        <translation>مستوى (انحدار)</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="70"/>
        <source>Bumps (regression)</source>
        <translation>نتوءات (انحدار)</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="78"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="80"/>
        <source>Momentum</source>
        <translation>الزخم (Momentum)</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="82"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="84"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="86"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="94"/>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="96"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="98"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="106"/>
        <source>He normal</source>
        <translation>He طبيعي</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="108"/>
        <source>He uniform</source>
        <translation>He منتظم</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="110"/>
        <source>Xavier normal</source>
        <translation>Xavier طبيعي</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="112"/>
        <source>Xavier uniform</source>
        <translation>Xavier منتظم</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="114"/>
        <source>LeCun normal</source>
        <translation>LeCun طبيعي</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="116"/>
        <source>Uniform ±a</source>
        <translation>منتظم ⁦±a⁩</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="118"/>
        <source>Constant</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="126"/>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="128"/>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="130"/>
        <source>x₁²</source>
        <translation>x₁²</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="132"/>
        <source>x₂²</source>
        <translation>x₂²</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="134"/>
        <source>x₁x₂</source>
        <translation>x₁x₂</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="136"/>
        <source>sin x₁</source>
        <translation>sin x₁</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="138"/>
        <source>sin x₂</source>
        <translation>sin x₂</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="150"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="152"/>
        <source>dead</source>
        <translation>ميت</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="154"/>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="156"/>
        <source>saturated</source>
        <translation>مشبع</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="164"/>
        <source>NaN (not a number)</source>
        <translation>NaN (ليس عددًا)</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="166"/>
        <source>+infinity</source>
        <translation>اللانهاية الموجبة</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="166"/>
        <source>−infinity</source>
        <translation>اللانهاية السالبة</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="173"/>
        <source>the output neuron</source>
        <translation>عصبون المخرج</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="174"/>
        <source>neuron %1 of layer %2</source>
        <translation>العصبون %1 في الطبقة %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="177"/>
        <source>the weight from input %1 to %2</source>
        <translation>الوزن من المدخل %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="179"/>
        <source>the bias of %1</source>
        <translation>انحياز %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="181"/>
        <source>the PReLU slope of %1</source>
        <translation>ميل PReLU لدى %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="193"/>
        <source>the loss on a mini-batch became %1: the network&apos;s output overflowed</source>
        <translation>أصبحت الخسارة على دفعة صغيرة تساوي %1: حدث فيض عددي (overflow) في مخرج الشبكة</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="197"/>
        <source>the gradient of %1 became %2</source>
        <translation>أصبح تدرج %1 يساوي %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="200"/>
        <source>%1 became %2 after the update</source>
        <translation>أصبح %1 يساوي %2 بعد التحديث</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="203"/>
        <source>the loss over the whole data set became %1</source>
        <translation>أصبحت الخسارة على مجموعة البيانات كلها تساوي %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="207"/>
        <source>Training stopped itself at step %1: %2. The updates grew without bound — the learning rate (%3) is too large for this problem. Try a learning rate of %4 or lower, then press Reset (R).</source>
        <translation>توقف التدريب من تلقاء نفسه عند الخطوة %1: %2. نمت التحديثات بلا حدود — معدل التعلم (%3) كبير جدًا على هذه المسألة. جرّب معدل تعلم %4 أو أقل، ثم اضغط «إعادة الضبط» (R).</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="217"/>
        <source>Changed while keeping every weight: training goes on from here.</source>
        <translation>تم التغيير مع الإبقاء على كل الأوزان: يتابع التدريب من هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="219"/>
        <source>The network&apos;s shape or initialisation changed: it starts again from new weights at step 0.</source>
        <translation>تغيّر شكل الشبكة أو تهيئتها: تبدأ من جديد بأوزان جديدة عند الخطوة 0.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="223"/>
        <source>The data changed: new points, and the network starts again at step 0.</source>
        <translation>تغيّرت البيانات: نقاط جديدة، وتبدأ الشبكة من جديد عند الخطوة 0.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="225"/>
        <source>Reset: the same initial weights as before (same seed), step 0.</source>
        <translation>إعادة الضبط: الأوزان الابتدائية نفسها كما في السابق (البذرة نفسها)، الخطوة 0.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="227"/>
        <source>New run: fresh data and weights, step 0.</source>
        <translation>جولة جديدة: بيانات وأوزان جديدة، الخطوة 0.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="229"/>
        <source>New run on your points from %1: new weights, step 0.</source>
        <translation>جولة جديدة على نقاطك من ⁦%1⁩: أوزان جديدة، الخطوة 0.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="231"/>
        <source>The saved run continues from where it stopped: press Space to train on.</source>
        <translation>تتابع الجولة المحفوظة من حيث توقفت: اضغط Space لمواصلة التدريب.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="233"/>
        <source>Point added to the training set; the weights were kept.</source>
        <translation>أُضيفت النقطة إلى مجموعة التدريب؛ وبقيت الأوزان كما هي.</translation>
    </message>
    <message>
        <location filename="../../ui/common/playground_text.cpp" line="235"/>
        <source>Not applied: %1</source>
        <translation>لم يُطبَّق: %1</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PointsImportDialog</name>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="60"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="63"/>
        <source>Rows left out of %1</source>
        <translation>الصفوف المستبعدة من ⁦%1⁩</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="65"/>
        <source>&amp;Scale to fit the plot&apos;s square [−6, 6]²</source>
        <translation>&amp;تحجيم النقاط لتلائم مربع المخطط ⁦[−6, 6]²⁩</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="67"/>
        <source>Import Points</source>
        <translation>استيراد النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="73"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="74"/>
        <source>Data:</source>
        <translation>البيانات:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="75"/>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="100"/>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="101"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="139"/>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="149"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="144"/>
        <source>%1: the file is larger than 64 MiB, too large for a file of points</source>
        <translation>⁦%1⁩: حجم الملف أكبر من 64 MiB، وهو كبير جدًا على ملف نقاط</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="156"/>
        <source>%1: the playground needs at least %2 points; this file holds %3</source>
        <translation>⁦%1⁩: تحتاج ساحة التجريب إلى %2 من النقاط على الأقل؛ وفي هذا الملف %3</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="159"/>
        <source>%1: the playground takes at most %2 points; this file holds %3</source>
        <translation>⁦%1⁩: تقبل ساحة التجريب %2 من النقاط على الأكثر؛ وفي هذا الملف %3</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="167"/>
        <source>Nothing read</source>
        <translation>لم يُقرأ شيء</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="168"/>
        <source>No points</source>
        <translation>لا نقاط</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="170"/>
        <source>Regression: the third column is a target</source>
        <translation>انحدار: العمود الثالث هو الهدف</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="171"/>
        <source>Classification, labels 0/1 (0 becomes −1)</source>
        <translation>تصنيف، الوسوم ⁦0/1⁩ (يصبح 0 هو ⁦−1⁩)</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="172"/>
        <source>Classification, labels ±1</source>
        <translation>تصنيف، الوسوم ⁦±1⁩</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playground/points_import_dialog.cpp" line="173"/>
        <source>%n point(s) read</source>
        <translation>
            <numerusform>قُرئت %n نقطة</numerusform>
            <numerusform>قُرئت نقطة واحدة</numerusform>
            <numerusform>قُرئت نقطتان</numerusform>
            <numerusform>قُرئت %n نقاط</numerusform>
            <numerusform>قُرئت %n نقطة</numerusform>
            <numerusform>قُرئت %n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="174"/>
        <source>%1 read, %2 left out</source>
        <translation>المقروء: %1، والمستبعد: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playground/points_import_dialog.cpp" line="175"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playground/points_import_dialog.cpp" line="176"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="187"/>
        <source>Every point is in class %1: with one class there is no boundary to learn.</source>
        <translation>كل النقاط في الصنف ⁦%1⁩: مع صنف واحد لا يوجد حدّ قرار لتعلّمه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playground/points_import_dialog.cpp" line="195"/>
        <source>Import %n point(s)</source>
        <translation>
            <numerusform>استيراد %n نقطة</numerusform>
            <numerusform>استيراد نقطة واحدة</numerusform>
            <numerusform>استيراد نقطتين</numerusform>
            <numerusform>استيراد %n نقاط</numerusform>
            <numerusform>استيراد %n نقطة</numerusform>
            <numerusform>استيراد %n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/playground/points_import_dialog.cpp" line="207"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%n مشكلة أخرى</numerusform>
            <numerusform>… ومشكلة أخرى</numerusform>
            <numerusform>… ومشكلتان أخريان</numerusform>
            <numerusform>… و%n مشكلات أخرى</numerusform>
            <numerusform>… و%n مشكلة أخرى</numerusform>
            <numerusform>… و%n مشكلة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="214"/>
        <source>x1 runs from %1 to %2, x2 from %3 to %4.</source>
        <translation>يمتد x1 من ⁦%1⁩ إلى ⁦%2⁩، و x2 من ⁦%3⁩ إلى ⁦%4⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="220"/>
        <source>The targets run from %1 to %2.</source>
        <translation>تمتد قيم الهدف من ⁦%1⁩ إلى ⁦%2⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="231"/>
        <source>target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="231"/>
        <source>label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/playground/points_import_dialog.cpp" line="242"/>
        <source>The first %1 of %2 points.</source>
        <translation>أول %1 من النقاط البالغ عددها %2.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::PresenterMode</name>
    <message>
        <location filename="../../ui/shell/presenter_mode.cpp" line="48"/>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;وضع العرض</translation>
    </message>
    <message>
        <location filename="../../ui/shell/presenter_mode.cpp" line="52"/>
        <source>Full screen, larger text and high contrast for a projector; F11 or Esc goes back.</source>
        <translation>ملء الشاشة، ونص أكبر، وتباين عالٍ لجهاز العرض؛ ويعيدك F11 أو Esc إلى الوضع العادي.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/presenter_mode.cpp" line="57"/>
        <source>Leave Presenter Mode</source>
        <translation>الخروج من وضع العرض</translation>
    </message>
    <message>
        <location filename="../../ui/shell/presenter_mode.cpp" line="63"/>
        <source>Presenter &amp;Options</source>
        <translation>&amp;خيارات وضع العرض</translation>
    </message>
    <message>
        <location filename="../../ui/shell/presenter_mode.cpp" line="65"/>
        <source>Hide &amp;Data Controls</source>
        <translation>إخفاء عناصر التحكم &amp;بالبيانات</translation>
    </message>
    <message>
        <location filename="../../ui/shell/presenter_mode.cpp" line="66"/>
        <source>Hide &amp;Network Editor</source>
        <translation>إخفاء محرر &amp;الشبكة</translation>
    </message>
    <message>
        <location filename="../../ui/shell/presenter_mode.cpp" line="67"/>
        <source>Hide &amp;Training Controls</source>
        <translation>إخفاء عناصر التحكم &amp;بالتدريب</translation>
    </message>
    <message>
        <location filename="../../ui/shell/presenter_mode.cpp" line="73"/>
        <source>In presenter mode, hide this panel of the playground so the plots get the room.</source>
        <translation>في وضع العرض، أخفِ هذه اللوحة من ساحة التجريب لتحصل الرسوم على المساحة كلها.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesActivationList</name>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="219"/>
        <source>The %1 of %2.</source>
        <translation>%1 في دالة %2.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="240"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="244"/>
        <source>%1: tick at least one activation.</source>
        <translation>%1: اختر دالة تنشيط واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesActivationPicker</name>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="158"/>
        <source>The activation f of every hidden unit.</source>
        <translation>دالة التنشيط f لكل وحدة مخفية.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="163"/>
        <source>The activation&apos;s parameter (for Leaky ReLU: the slope for z &lt; 0).</source>
        <translation>معامل دالة التنشيط (في Leaky ReLU: الميل عندما ⁦z &lt; 0⁩).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="177"/>
        <source>no parameter</source>
        <translation>بلا معامل</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesFields</name>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="35"/>
        <source>Type a list separated by commas or spaces, with a dot for decimals.</source>
        <translation>اكتب قائمة مفصولة بفواصل أو مسافات، واستخدم النقطة للكسور العشرية.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="59"/>
        <source>%1: “%2” is not a whole number from %3 to %4.</source>
        <translation>%1: «%2» ليس عددًا صحيحًا من %3 إلى %4.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="62"/>
        <location filename="../../ui/studies/studies_fields.cpp" line="78"/>
        <source>%1: give at least one value.</source>
        <translation>%1: أدخل قيمة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="75"/>
        <source>%1: “%2” is not a number (use a dot for decimals).</source>
        <translation>%1: «%2» ليس عددًا (استخدم النقطة للكسور العشرية).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="126"/>
        <source>How the weights are drawn at random before training. Point at an entry in the list for what it means.</source>
        <translation>طريقة سحب الأوزان عشوائيًا قبل التدريب. أشِر إلى أي عنصر في القائمة لمعرفة معناه.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_fields.cpp" line="137"/>
        <source>Zero: every bias starts at 0. Random: each bias is drawn like that layer&apos;s weights (the paper&apos;s symmetric weights and biases).</source>
        <translation>صفر: يبدأ كل انحياز من 0. عشوائي: يُسحب كل انحياز كما تُسحب أوزان طبقته (الأوزان وقيم الانحياز المتناظرة في الورقة البحثية).</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesFormBornDead</name>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="16"/>
        <source>Units per hidden layer (N, 1 to 4096). The plot draws one line per width.</source>
        <translation>عدد الوحدات في كل طبقة مخفية (N، من 1 إلى 4096). يرسم المخطط خطًا لكل عرض.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="20"/>
        <source>Numbers of hidden layers (H, 1 to 10000): the plot&apos;s horizontal axis.</source>
        <translation>أعداد الطبقات المخفية (H، من 1 إلى 10000): المحور الأفقي للمخطط.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="24"/>
        <source>How many random networks are drawn for each width and depth. More networks give narrower 95% intervals and take longer.</source>
        <translation>عدد الشبكات العشوائية المسحوبة لكل عرض وعمق. كلما زاد عدد الشبكات ضاقت فترات الثقة 95% وطال الوقت.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="31"/>
        <source>The inputs range over [−a, a]. The default, √3 ≈ 1.7321, gives inputs of variance 1.</source>
        <translation>تتراوح المدخلات في ⁦[−a, a]⁩. القيمة الافتراضية ⁦√3 ≈ 1.7321⁩ تعطي مدخلات تباينها 1.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="35"/>
        <source>The input x₀ at which the pointwise probability is measured (not 0).</source>
        <translation>قيمة الإدخال x₀ التي يُقاس عندها الاحتمال النقطي (لا تساوي 0).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="39"/>
        <source>Evenly spaced points of [−a, a] checked for the domain probability. With zero biases and ReLU or Leaky ReLU the two ends decide it exactly and the grid is not used.</source>
        <translation>نقاط متساوية التباعد في ⁦[−a, a]⁩ تُفحص لحساب الاحتمال على المجال كله. مع انحياز صفري و ReLU أو Leaky ReLU يحدده الطرفان بدقة ولا تُستخدم هذه النقاط.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="46"/>
        <source>&amp;Widths N:</source>
        <translation>&amp;قيم العرض N:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="47"/>
        <source>&amp;Depths H:</source>
        <translation>قيم &amp;العمق H:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="48"/>
        <source>&amp;Networks per cell:</source>
        <translation>&amp;الشبكات لكل خلية:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="49"/>
        <source>&amp;Activation:</source>
        <translation>دالة &amp;التنشيط:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="50"/>
        <source>&amp;Weights:</source>
        <translation>&amp;الأوزان:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="51"/>
        <source>&amp;Biases:</source>
        <translation>&amp;الانحياز:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="52"/>
        <source>Input range &amp;a:</source>
        <translation>مدى الإدخال &amp;a:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="53"/>
        <source>&amp;Probe input x₀:</source>
        <translation>قيمة إدخال &amp;الفحص x₀:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="54"/>
        <source>&amp;Grid points:</source>
        <translation>نقاط الشبكة &amp;المنتظمة:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="60"/>
        <source>Widths</source>
        <translation>قيم العرض</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_born_dead.cpp" line="62"/>
        <source>Depths</source>
        <translation>قيم العمق</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesFormCollapse</name>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="17"/>
        <source>Tick the activations to compare, and set a parameter where one has it. Every activation trains the same starting networks.</source>
        <translation>اختر دوال التنشيط المراد مقارنتها، واضبط المعامل لما كان له معامل. تبدأ كل دالة تنشيط التدريب من الشبكات الابتدائية نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="21"/>
        <source>Units per hidden layer. Narrow networks collapse most.</source>
        <translation>عدد الوحدات في كل طبقة مخفية. الشبكات الضيقة هي الأكثر انهيارًا.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="23"/>
        <source>Hidden layers. Deep networks collapse most.</source>
        <translation>عدد الطبقات المخفية. الشبكات العميقة هي الأكثر انهيارًا.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="25"/>
        <source>Networks trained per activation; the bars show the fraction that collapsed.</source>
        <translation>عدد الشبكات المدرَّبة لكل دالة تنشيط؛ تُظهر الأعمدة نسبة الشبكات المنهارة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="29"/>
        <source>Training steps per network (Adam on all points at once).</source>
        <translation>عدد خطوات التدريب لكل شبكة (Adam على جميع النقاط معًا).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="31"/>
        <source>Adam&apos;s learning rate: how far each step moves the weights.</source>
        <translation>معدل التعلم للمُحسِّن Adam: مقدار تحريك كل خطوة للأوزان.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="36"/>
        <source>Training points x, evenly spaced on [−a, a]; the target is |x|.</source>
        <translation>نقاط التدريب x، متساوية التباعد على ⁦[−a, a]⁩؛ والهدف هو ⁦|x|⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="38"/>
        <source>The inputs range over [−a, a]. The default, √3 ≈ 1.7321, gives inputs of variance 1.</source>
        <translation>تتراوح المدخلات في ⁦[−a, a]⁩. القيمة الافتراضية ⁦√3 ≈ 1.7321⁩ تعطي مدخلات تباينها 1.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="42"/>
        <source>A network has collapsed when its output varies by at most this fraction of the target&apos;s variation (standard deviations): its function is flat.</source>
        <translation>تُعدّ الشبكة منهارة إذا لم يتجاوز تغيّر مخرجها هذه النسبة من تغيّر الهدف (بالانحرافات المعيارية): أي أن دالتها مسطحة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="49"/>
        <source>&amp;Activations:</source>
        <translation>دوال &amp;التنشيط:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="50"/>
        <source>&amp;Width:</source>
        <translation>&amp;العرض:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="51"/>
        <source>&amp;Depth:</source>
        <translation>&amp;العمق:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="52"/>
        <source>&amp;Networks:</source>
        <translation>&amp;الشبكات:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="53"/>
        <source>&amp;Steps:</source>
        <translation>&amp;الخطوات:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="54"/>
        <source>&amp;Learning rate:</source>
        <translation>&amp;معدل التعلم:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="55"/>
        <source>W&amp;eights:</source>
        <translation>&amp;الأوزان:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="56"/>
        <source>&amp;Biases:</source>
        <translation>&amp;الانحياز:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="57"/>
        <source>&amp;Points:</source>
        <translation>&amp;النقاط:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="58"/>
        <source>Input range &amp;a:</source>
        <translation>مدى الإدخال &amp;a:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="59"/>
        <source>Flatness &amp;tolerance:</source>
        <translation>&amp;سماحية التسطح:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_collapse.cpp" line="65"/>
        <source>Activations</source>
        <translation>دوال التنشيط</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesFormDepth</name>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="28"/>
        <source>Each ticked initialisation is one line in the plots.</source>
        <translation>كل تهيئة مؤشَّر عليها تظهر خطًا في المخططات.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="32"/>
        <source>Units in every hidden layer.</source>
        <translation>عدد الوحدات في كل طبقة مخفية.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="35"/>
        <source>Hidden layers: the plots&apos; horizontal axis.</source>
        <translation>عدد الطبقات المخفية: المحور الأفقي للمخططات.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="37"/>
        <source>Size of the input vector. 0 makes it the same as the width.</source>
        <translation>حجم متجه الإدخال. القيمة 0 تجعله مساويًا للعرض.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="38"/>
        <source>same as width</source>
        <translation>مثل العرض</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="40"/>
        <source>Random inputs x ~ N(0, I) sent through each network.</source>
        <translation>مدخلات عشوائية ⁦x ~ N(0, I)⁩ تمرَّر عبر كل شبكة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="42"/>
        <source>Independent random networks per initialisation. The plotted values are averages over them.</source>
        <translation>عدد الشبكات العشوائية المستقلة لكل تهيئة. القيم المرسومة متوسطات عليها.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="47"/>
        <source>An output counts as zero when |f(z)| is at most this. 0 counts only exact zeros (what ReLU makes).</source>
        <translation>يُعدّ المخرج صفرًا إذا كانت ⁦|f(z)|⁩ لا تتجاوز هذه القيمة. القيمة 0 لا تعدّ إلا الأصفار التامة (التي تنتجها ReLU).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="53"/>
        <source>&amp;Activation:</source>
        <translation>دالة &amp;التنشيط:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="54"/>
        <source>Initialisations:</source>
        <translation>التهيئات:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="55"/>
        <source>&amp;Width:</source>
        <translation>&amp;العرض:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="56"/>
        <source>&amp;Depth:</source>
        <translation>&amp;العمق:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="57"/>
        <source>&amp;Inputs:</source>
        <translation>&amp;المدخلات:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="58"/>
        <source>&amp;Batch per network:</source>
        <translation>&amp;الدفعة لكل شبكة:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="59"/>
        <source>&amp;Networks:</source>
        <translation>&amp;الشبكات:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="60"/>
        <source>&amp;Biases:</source>
        <translation>&amp;الانحياز:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="61"/>
        <source>&amp;Zero threshold:</source>
        <translation>عتبة &amp;الصفر:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_depth.cpp" line="73"/>
        <source>Initialisations: tick at least one.</source>
        <translation>التهيئات: أشِّر على واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesFormPhase</name>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="27"/>
        <source>The data set and network every run starts from; the diagram changes only the learning rate and the column&apos;s setting.</source>
        <translation>مجموعة البيانات والشبكة اللتان تبدأ منهما كل جولة؛ لا يغيّر المخطط إلا معدل التعلم وإعداد العمود.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="30"/>
        <source>Learning rates, one row of the diagram each. Large rates kill ReLU units: one big step can push a unit&apos;s bias so far down that it never fires again.</source>
        <translation>قيم معدل التعلم، لكلٍّ منها صف في المخطط. المعدلات الكبيرة تقتل وحدات ReLU: فخطوة كبيرة واحدة قد تدفع انحياز الوحدة إلى قيمة منخفضة جدًا فلا تنشط بعدها أبدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="39"/>
        <source>What changes from column to column.</source>
        <translation>ما يتغيّر من عمود إلى آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="41"/>
        <source>The value every bias starts at, one column each. Negative biases start units closer to dying.</source>
        <translation>القيمة التي يبدأ منها كل انحياز، لكلٍّ منها عمود. قيم الانحياز السالبة تجعل الوحدات تبدأ أقرب إلى الموت.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="45"/>
        <source>Numbers of hidden layers (1 to 10), one column each; every layer is as wide as the preset&apos;s first.</source>
        <translation>أعداد الطبقات المخفية (من 1 إلى 10)، لكلٍّ منها عمود؛ وعرض كل طبقة يساوي عرض الطبقة الأولى في الإعداد المسبق.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="50"/>
        <source>Tick the activations to compare, one column each, and set a parameter where one has it. Units that cannot die (Leaky ReLU, ELU) count as inactive instead, marked i.</source>
        <translation>اختر دوال التنشيط المراد مقارنتها، لكلٍّ منها عمود، واضبط المعامل لما كان له معامل. الوحدات التي لا يمكن أن تموت (Leaky ReLU و ELU) تُعدّ بدلًا من ذلك غير نشطة، وتُعلَّم بالحرف i.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="54"/>
        <source>Training runs per cell, each from other random weights; the cell shows their average.</source>
        <translation>عدد جولات التدريب لكل خلية، كلٌّ منها من أوزان عشوائية مختلفة؛ وتعرض الخلية متوسطها.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="58"/>
        <source>How long each run trains, in passes over the training data.</source>
        <translation>مدة تدريب كل جولة، بعدد الحقب (المرورات الكاملة على بيانات التدريب).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="62"/>
        <source>&amp;Set-up:</source>
        <translation>&amp;الإعداد:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="63"/>
        <source>&amp;Learning rates:</source>
        <translation>قيم &amp;معدل التعلم:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="64"/>
        <source>&amp;Columns:</source>
        <translation>&amp;الأعمدة:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="65"/>
        <source>&amp;Initial biases:</source>
        <translation>قيم الانحياز &amp;الابتدائية:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="66"/>
        <source>&amp;Hidden layers:</source>
        <translation>الطبقات &amp;المخفية:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="67"/>
        <source>&amp;Activations:</source>
        <translation>دوال &amp;التنشيط:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="68"/>
        <source>&amp;Runs per cell:</source>
        <translation>&amp;الجولات لكل خلية:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="69"/>
        <source>&amp;Epochs per run:</source>
        <translation>&amp;الحقب لكل جولة:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="86"/>
        <source>Set-up: “%1” is not a preset.</source>
        <translation>الإعداد: «%1» ليس إعدادًا مسبقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="89"/>
        <source>Learning rates</source>
        <translation>قيم معدل التعلم</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="95"/>
        <source>Initial biases</source>
        <translation>قيم الانحياز الابتدائية</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="101"/>
        <source>Hidden layers</source>
        <translation>الطبقات المخفية</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_form_phase.cpp" line="107"/>
        <source>Activations</source>
        <translation>دوال التنشيط</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesHeatmap</name>
    <message>
        <location filename="../../ui/studies/studies_heatmap.cpp" line="62"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_heatmap.cpp" line="65"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesJob</name>
    <message>
        <location filename="../../ui/studies/studies_job.cpp" line="20"/>
        <source>Trained on the GPU path.</source>
        <translation>دُرِّبت عبر مسار GPU.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_job.cpp" line="21"/>
        <source>Trained on the CPU path.</source>
        <translation>دُرِّبت عبر مسار CPU.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_job.cpp" line="84"/>
        <source>The GPU path failed part-way (%1); the results are partial. Run again on the CPU path (Backend: CPU).</source>
        <translation>فشل مسار GPU في منتصف العمل (%1)؛ النتائج جزئية. أعِد التشغيل عبر مسار CPU (مسار الحساب: CPU).</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesPanel</name>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="86"/>
        <source>Settings back to their defaults.</source>
        <translation>أُعيدت الإعدادات إلى قيمها الافتراضية.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="90"/>
        <source>Pick a study, adjust its settings, and press Run.</source>
        <translation>اختر دراسة، واضبط إعداداتها، ثم اضغط «تشغيل».</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="102"/>
        <source>Which experiment to run. Each is also a command: relulab study …</source>
        <translation>التجربة المراد تشغيلها. لكلٍّ منها أمر أيضًا: ⁦relulab study …⁩</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="117"/>
        <source>The random seed. The same seed and settings give exactly the same numbers, whatever the number of threads.</source>
        <translation>البذرة العشوائية. البذرة نفسها مع الإعدادات نفسها تعطي الأرقام نفسها تمامًا، مهما كان عدد خيوط المعالجة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="122"/>
        <source>all cores (%1)</source>
        <translation>كل الأنوية (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="124"/>
        <source>How many CPU cores work on the study. The results do not depend on it, only the time.</source>
        <translation>عدد أنوية CPU التي تعمل على الدراسة. لا تتأثر النتائج به، بل الوقت فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="128"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="129"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="130"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="132"/>
        <source>Where the phase diagram&apos;s training runs happen. Automatic uses the GPU only where it is faster (a hardware GPU and enough runs at once; never a software renderer); GPU insists, and says why when there is none. The other studies run on the CPU. The status line says which path ran.</source>
        <translation>مكان تشغيل جولات التدريب في مخطط الأطوار. «تلقائي» يستخدم GPU فقط حين يكون أسرع (GPU عتادي وعدد كافٍ من الجولات في آن واحد؛ ولا يستخدم مُصيِّرًا برمجيًا أبدًا)؛ و«GPU» يفرض استخدامه ويذكر السبب إن لم يتوفر. أما الدراسات الأخرى فتعمل على CPU. ويبيّن سطر الحالة أي مسار استُخدم.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="136"/>
        <source>Every study</source>
        <translation>كل الدراسات</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="138"/>
        <source>S&amp;eed:</source>
        <translation>&amp;البذرة:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="139"/>
        <source>&amp;Threads:</source>
        <translation>&amp;خيوط المعالجة:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="140"/>
        <source>&amp;Backend:</source>
        <translation>مسار &amp;الحساب:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="142"/>
        <source>&amp;Run</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="144"/>
        <source>Run the study with these settings (Ctrl+Return).</source>
        <translation>شغّل الدراسة بهذه الإعدادات (Ctrl+Return).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="145"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="146"/>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="148"/>
        <source>Stop now and keep what is finished (partial results).</source>
        <translation>أوقِف الآن واحتفظ بما اكتمل (نتائج جزئية).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="149"/>
        <source>&amp;Defaults</source>
        <translation>القيم &amp;الافتراضية</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="150"/>
        <source>Put this study&apos;s settings back to their defaults.</source>
        <translation>أعِد إعدادات هذه الدراسة إلى قيمها الافتراضية.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="167"/>
        <source>Save CS&amp;V…</source>
        <translation>حفظ &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="168"/>
        <source>Save the numbers as CSV text, the same as relulab study writes.</source>
        <translation>احفظ الأرقام نصًا بصيغة CSV، كما يكتبها ⁦relulab study⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="169"/>
        <source>Save &amp;PNG…</source>
        <translation>حفظ &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="170"/>
        <source>Save the plot as a PNG image.</source>
        <translation>احفظ المخطط صورةً بصيغة PNG.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="179"/>
        <source>&amp;Study:</source>
        <translation>&amp;الدراسة:</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="244"/>
        <source>Not started: %1</source>
        <translation>لم تبدأ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="252"/>
        <source>0% — %1</source>
        <translation>0% — %1</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="253"/>
        <source>Running “%1”…</source>
        <translation>جارٍ تشغيل «%1»…</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="260"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="270"/>
        <source>%1% — %2</source>
        <translation>%1% — %2</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="279"/>
        <source>The study did not run: %1</source>
        <translation>لم تُشغَّل الدراسة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="285"/>
        <location filename="../../ui/studies/studies_panel.cpp" line="465"/>
        <source>Stopped</source>
        <translation>أُوقفت</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="288"/>
        <location filename="../../ui/studies/studies_panel.cpp" line="466"/>
        <source>Cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="290"/>
        <source>Cancelled after %1 s. The results shown are partial. %2</source>
        <translation>أُلغيت بعد %1 s. النتائج المعروضة جزئية. %2</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="296"/>
        <location filename="../../ui/studies/studies_panel.cpp" line="467"/>
        <source>Done</source>
        <translation>اكتملت</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="298"/>
        <source>Finished in %1 s. %2</source>
        <translation>انتهت في %1 s. %2</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="309"/>
        <source>Run again from the saved settings: the same results as saved.</source>
        <translation>أُعيد التشغيل من الإعدادات المحفوظة: النتائج نفسها المحفوظة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="310"/>
        <source>Run again from the saved settings: the results differ from the saved ones (saved by another build of ReLU Lab?).</source>
        <translation>أُعيد التشغيل من الإعدادات المحفوظة: النتائج تختلف عن المحفوظة (هل حُفظت بإصدار آخر من مختبر ReLU؟).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="389"/>
        <source>The file&apos;s study (“%1”) is not one this ReLU Lab knows.</source>
        <translation>دراسة الملف («%1») ليست مما يعرفه مختبر ReLU هذا.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="392"/>
        <source>A study is running: the saved one was not opened.</source>
        <translation>تجري دراسة الآن: لم تُفتح الدراسة المحفوظة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="420"/>
        <source>Partial results: the study was cancelled before it finished. Rows and cells marked * hold fewer samples than asked for.</source>
        <translation>نتائج جزئية: أُلغيت الدراسة قبل أن تنتهي. الصفوف والخلايا المعلَّمة بـ * تحوي عينات أقل من المطلوب.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="473"/>
        <location filename="../../ui/studies/studies_panel.cpp" line="487"/>
        <source>Nothing to save yet: run the study first.</source>
        <translation>لا شيء للحفظ بعد: شغّل الدراسة أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="479"/>
        <source>Could not write %1 (%2). Check that the folder exists and is writable.</source>
        <translation>تعذّرت كتابة %1 (%2). تحقّق من أن المجلد موجود وأن الكتابة فيه مسموحة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="493"/>
        <source>Save CSV</source>
        <translation>حفظ CSV</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="494"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="499"/>
        <location filename="../../ui/studies/studies_panel.cpp" line="509"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="504"/>
        <source>Save PNG</source>
        <translation>حفظ PNG</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_panel.cpp" line="504"/>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesText</name>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="13"/>
        <source>Born dead</source>
        <translation>ميتة منذ الولادة</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="15"/>
        <source>Variance by depth</source>
        <translation>التباين حسب العمق</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="17"/>
        <source>Dying phase diagram</source>
        <translation>مخطط أطوار موت الوحدات</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="19"/>
        <source>Collapse in training</source>
        <translation>الانهيار أثناء التدريب</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="27"/>
        <source>How often is a freshly drawn ReLU network already dead, a constant function of its input, before any training? Many random networks of H layers of N units are drawn and counted. Deep, narrow ones are very likely born dead (Lu, Shin, Su and Karniadakis, 2019).</source>
        <translation>كم مرة تكون شبكة ReLU مسحوبة حديثًا ميتة أصلًا، أي دالة ثابتة في مدخلها، قبل أي تدريب؟ تُسحب شبكات عشوائية كثيرة من H طبقة في كلٍّ منها N وحدة وتُعَدّ. الشبكات العميقة الضيقة يُرجَّح جدًا أن تكون ميتة منذ الولادة (Lu و Shin و Su و Karniadakis، 2019).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="33"/>
        <source>How the size of the signal and its share of exact zeros change from layer to layer of a deep network at initialisation. He initialisation keeps the mean square steady; Xavier and LeCun halve it at every ReLU layer (He et al., 2015).</source>
        <translation>كيف يتغيّر حجم الإشارة ونسبة الأصفار التامة فيها من طبقة إلى أخرى في شبكة عميقة عند التهيئة. تهيئة He تحافظ على متوسط المربع ثابتًا؛ أما Xavier و LeCun فتنصّفانه عند كل طبقة ReLU (He وآخرون، 2015).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="39"/>
        <source>Trains TensorFlow Playground&apos;s small ReLU network again and again and measures the fraction of hidden units that end up dead, for each learning rate (rows) and each bias initialisation, depth or activation (columns).</source>
        <translation>تدرّب شبكة ReLU الصغيرة من TensorFlow Playground مرة بعد مرة وتقيس نسبة الوحدات المخفية التي تنتهي ميتة، لكل معدل تعلم (الصفوف) ولكل تهيئة انحياز أو عمق أو دالة تنشيط (الأعمدة).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="44"/>
        <source>Trains many deep, narrow networks to fit f(x) = |x| and counts how many end up as a flat, constant function, with ReLU and with Leaky ReLU (Lu, Su and Karniadakis, 2018).</source>
        <translation>تدرّب شبكات عميقة ضيقة كثيرة لتقريب ⁦f(x) = |x|⁩ وتعدّ كم منها ينتهي دالةً ثابتة مسطحة، مع ReLU ومع Leaky ReLU (Lu و Su و Karniadakis، 2018).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="55"/>
        <source>Normal N(0, 1)</source>
        <translation>طبيعي ⁦N(0, 1)⁩</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="57"/>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="59"/>
        <source>Xavier (Glorot)</source>
        <translation>Xavier (Glorot)</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="61"/>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="63"/>
        <source>RAI (asymmetric)</source>
        <translation>RAI (غير متناظرة)</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="71"/>
        <source>Every weight drawn from N(0, 1): the paper&apos;s symmetric case.</source>
        <translation>كل وزن مسحوب من ⁦N(0, 1)⁩: الحالة المتناظرة في الورقة البحثية.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="73"/>
        <source>Weights with variance 2/fan-in: made for ReLU, keeps the signal&apos;s size.</source>
        <translation>أوزان تباينها ⁦2/fan-in⁩: مصممة لـ ReLU، وتحافظ على حجم الإشارة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="75"/>
        <source>Weights with variance 2/(fan-in + fan-out): made for tanh; with ReLU the signal halves at every layer.</source>
        <translation>أوزان تباينها ⁦2/(fan-in + fan-out)⁩: مصممة لـ tanh؛ ومع ReLU تنتصف الإشارة عند كل طبقة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="79"/>
        <source>Weights with variance 1/fan-in: with ReLU the signal halves at every layer.</source>
        <translation>أوزان تباينها ⁦1/fan-in⁩: مع ReLU تنتصف الإشارة عند كل طبقة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="81"/>
        <source>Randomized asymmetric initialisation (Lu et al.): every unit gets one positive weight or bias, which makes networks far less likely to be born dead. It draws the biases itself.</source>
        <translation>تهيئة عشوائية غير متناظرة (Lu وآخرون): تحصل كل وحدة على وزن أو انحياز موجب واحد، مما يجعل احتمال أن تكون الشبكات ميتة منذ الولادة أقل بكثير. وهي تسحب قيم الانحياز بنفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="90"/>
        <source>Zero</source>
        <translation>صفر</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="90"/>
        <source>Random, like the weights</source>
        <translation>عشوائي، مثل الأوزان</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="96"/>
        <source>initial bias</source>
        <translation>الانحياز الابتدائي</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="98"/>
        <source>hidden layers</source>
        <translation>الطبقات المخفية</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="100"/>
        <source>activation</source>
        <translation>دالة التنشيط</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="109"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="113"/>
        <location filename="../../ui/studies/studies_text.cpp" line="134"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="121"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="125"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="139"/>
        <source>estimating time left…</source>
        <translation>جارٍ تقدير الوقت المتبقي…</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_text.cpp" line="140"/>
        <source>less than a second left</source>
        <translation>بقي أقل من ثانية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/studies/studies_text.cpp" line="141"/>
        <source>about %n s left</source>
        <translation>
            <numerusform>بقي نحو %n ثانية</numerusform>
            <numerusform>بقيت ثانية واحدة تقريبًا</numerusform>
            <numerusform>بقيت ثانيتان تقريبًا</numerusform>
            <numerusform>بقي نحو %n ثوانٍ</numerusform>
            <numerusform>بقي نحو %n ثانية</numerusform>
            <numerusform>بقي نحو %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/studies/studies_text.cpp" line="142"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>بقي نحو %n دقيقة</numerusform>
            <numerusform>بقيت دقيقة واحدة تقريبًا</numerusform>
            <numerusform>بقيت دقيقتان تقريبًا</numerusform>
            <numerusform>بقي نحو %n دقائق</numerusform>
            <numerusform>بقي نحو %n دقيقة</numerusform>
            <numerusform>بقي نحو %n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesViewBornDead</name>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="33"/>
        <source>Probability that a network is born dead</source>
        <translation>احتمال أن تكون الشبكة ميتة منذ الولادة</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="34"/>
        <source>hidden layers H</source>
        <translation>الطبقات المخفية H</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="35"/>
        <source>P(born dead) at x₀</source>
        <translation>احتمال أن تكون ميتة منذ الولادة عند x₀</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="41"/>
        <source>Width N</source>
        <translation>العرض N</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="41"/>
        <source>Units per hidden layer.</source>
        <translation>عدد الوحدات في كل طبقة مخفية.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="42"/>
        <source>Depth H</source>
        <translation>العمق H</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="42"/>
        <source>Hidden layers.</source>
        <translation>عدد الطبقات المخفية.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="43"/>
        <source>Networks</source>
        <translation>الشبكات</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="43"/>
        <source>Random networks drawn (* fewer than asked: cancelled).</source>
        <translation>الشبكات العشوائية المسحوبة (* أقل من المطلوب: أُلغيت).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="44"/>
        <source>Born dead at x₀ [95%]</source>
        <translation>ميتة منذ الولادة عند x₀ [95%]</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="47"/>
        <source>Born dead everywhere [95%]</source>
        <translation>ميتة منذ الولادة في كل مكان [95%]</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="81"/>
        <source>Born dead at x₀: some hidden layer outputs all zeros at x₀ = %1, so the network is constant near x₀. Everywhere: constant on all of [−%2, %2] (%3). Dashed lines: theory 1 − (1 − 2^−N)^H.</source>
        <translation>ميتة منذ الولادة عند x₀: طبقة مخفية ما تُخرج أصفارًا فقط عند ⁦x₀ = %1⁩، فتكون الشبكة ثابتة قرب x₀. في كل مكان: ثابتة على كامل ⁦[−%2, %2]⁩ (%3). الخطوط المتقطعة: النظرية ⁦1 − (1 − 2^−N)^H⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="45"/>
        <source>Fraction of networks in which some hidden layer outputs all zeros at the probe input x₀, so the output is constant there; in brackets the 95% interval.</source>
        <translation>نسبة الشبكات التي تُخرج فيها طبقة مخفية ما أصفارًا فقط عند قيمة إدخال الفحص x₀، فيكون المخرج ثابتًا هناك؛ وبين القوسين فترة الثقة 95%.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="48"/>
        <source>Fraction of networks that are constant on the whole input range [−a, a].</source>
        <translation>نسبة الشبكات الثابتة على كامل مدى الإدخال ⁦[−a, a]⁩.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="49"/>
        <source>Inactive [95%]</source>
        <translation>غير نشطة [95%]</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="50"/>
        <source>Fraction with some hidden layer whose every z ≤ 0 at x₀. For ReLU it is the pointwise probability; Leaky ReLU goes inactive as often but stays alive.</source>
        <translation>نسبة الشبكات التي فيها طبقة مخفية تكون فيها ⁦z ≤ 0⁩ لكل وحداتها عند x₀. في ReLU هي الاحتمال النقطي؛ أما Leaky ReLU فتصبح غير نشطة بالقدر نفسه لكنها تبقى حية.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="52"/>
        <source>Theory</source>
        <translation>النظرية</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="52"/>
        <source>1 − (1 − 2^−N)^H: exact for the pointwise probability with symmetric weights and zero biases (Lu et al. 2019).</source>
        <translation>⁦1 − (1 − 2^−N)^H⁩: دقيقة للاحتمال النقطي مع أوزان متناظرة وانحياز صفري (Lu وآخرون 2019).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="85"/>
        <source>decided exactly at x = ±a: zero biases and a ReLU-like activation</source>
        <translation>محدَّد بدقة عند ⁦x = ±a⁩: انحياز صفري ودالة تنشيط شبيهة بـ ReLU</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="87"/>
        <source>checked on %n grid points</source>
        <translation>
            <numerusform>فُحص عند %n نقطة</numerusform>
            <numerusform>فُحص عند نقطة واحدة</numerusform>
            <numerusform>فُحص عند نقطتين</numerusform>
            <numerusform>فُحص عند %n نقاط</numerusform>
            <numerusform>فُحص عند %n نقطة</numerusform>
            <numerusform>فُحص عند %n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="128"/>
        <source>N = %1</source>
        <translation>N = %1</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_born_dead.cpp" line="142"/>
        <source>theory, N = %1</source>
        <translation>النظرية، ⁦N = %1⁩</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesViewCollapse</name>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="19"/>
        <source>Networks that end as a constant function</source>
        <translation>الشبكات التي تنتهي دالةً ثابتة</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="21"/>
        <source>activation</source>
        <translation>دالة التنشيط</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="23"/>
        <source>fraction of networks</source>
        <translation>نسبة الشبكات</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="30"/>
        <source>Activation</source>
        <translation>دالة التنشيط</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="30"/>
        <source>The hidden units&apos; activation.</source>
        <translation>دالة التنشيط في الوحدات المخفية.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="31"/>
        <source>Networks</source>
        <translation>الشبكات</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="31"/>
        <source>Networks trained (* fewer than asked: cancelled).</source>
        <translation>الشبكات المدرَّبة (* أقل من المطلوب: أُلغيت).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="32"/>
        <source>Collapsed [95%]</source>
        <translation>منهارة [95%]</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="33"/>
        <source>Fraction whose output is flat after training: a constant function.</source>
        <translation>نسبة الشبكات التي يكون مخرجها مسطحًا بعد التدريب: دالة ثابتة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="34"/>
        <source>Flat at start [95%]</source>
        <translation>مسطحة في البداية [95%]</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="34"/>
        <source>Fraction already flat before training.</source>
        <translation>نسبة الشبكات المسطحة أصلًا قبل التدريب.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="35"/>
        <source>Final loss</source>
        <translation>الخسارة النهائية</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="35"/>
        <source>Mean training loss at the end ± its standard error.</source>
        <translation>متوسط خسارة التدريب في النهاية ± خطؤه المعياري.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="36"/>
        <source>Flat loss</source>
        <translation>خسارة الدالة الثابتة</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="36"/>
        <source>The loss of the best constant: a collapsed network&apos;s loss.</source>
        <translation>خسارة أفضل دالة ثابتة: أي خسارة الشبكة المنهارة.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="59"/>
        <source>flat at the start</source>
        <translation>مسطحة في البداية</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="60"/>
        <source>flat after training (collapsed)</source>
        <translation>مسطحة بعد التدريب (منهارة)</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_collapse.cpp" line="102"/>
        <source>%1 hidden layers of width %2 trained on |x| over [−%3, %3] (%4 points) with Adam, learning rate %5, %6 steps. Collapsed: the output&apos;s standard deviation is at most %7 of the target&apos;s.</source>
        <translation>عدد الطبقات المخفية %1 بعرض %2، دُرِّبت على ⁦|x|⁩ في ⁦[−%3, %3]⁩ (عدد النقاط %4) باستخدام Adam، بمعدل تعلم %5، وعدد الخطوات %6. منهارة: الانحراف المعياري للمخرج لا يتجاوز %7 من الانحراف المعياري للهدف.</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesViewDepth</name>
    <message>
        <location filename="../../ui/studies/studies_view_depth.cpp" line="23"/>
        <source>Mean square pre-activation E[z²] by layer</source>
        <translation>متوسط مربع قيمة ما قبل التنشيط ⁦E[z²]⁩ حسب الطبقة</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_depth.cpp" line="24"/>
        <location filename="../../ui/studies/studies_view_depth.cpp" line="32"/>
        <source>layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_depth.cpp" line="26"/>
        <source>E[z²] (log scale)</source>
        <translation>⁦E[z²]⁩ (مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_depth.cpp" line="31"/>
        <source>Fraction of outputs that are zero</source>
        <translation>نسبة المخرجات الصفرية</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_depth.cpp" line="33"/>
        <source>fraction zero</source>
        <translation>نسبة الأصفار</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/studies/studies_view_depth.cpp" line="111"/>
        <source>%1 (partial: %n networks)</source>
        <translation>
            <numerusform>%1 (جزئي: %n شبكة)</numerusform>
            <numerusform>%1 (جزئي: شبكة واحدة)</numerusform>
            <numerusform>%1 (جزئي: شبكتان)</numerusform>
            <numerusform>%1 (جزئي: %n شبكات)</numerusform>
            <numerusform>%1 (جزئي: %n شبكة)</numerusform>
            <numerusform>%1 (جزئي: %n شبكة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_depth.cpp" line="131"/>
        <location filename="../../ui/studies/studies_view_depth.cpp" line="138"/>
        <source>theory</source>
        <translation>النظرية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/studies/studies_view_depth.cpp" line="147"/>
        <source>Averages over %n random networks per initialisation</source>
        <translation>
            <numerusform>المتوسطات محسوبة على %n شبكة عشوائية لكل تهيئة</numerusform>
            <numerusform>المتوسطات محسوبة على شبكة عشوائية واحدة لكل تهيئة</numerusform>
            <numerusform>المتوسطات محسوبة على شبكتين عشوائيتين لكل تهيئة</numerusform>
            <numerusform>المتوسطات محسوبة على %n شبكات عشوائية لكل تهيئة</numerusform>
            <numerusform>المتوسطات محسوبة على %n شبكة عشوائية لكل تهيئة</numerusform>
            <numerusform>المتوسطات محسوبة على %n شبكة عشوائية لكل تهيئة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/studies/studies_view_depth.cpp" line="148"/>
        <source>, each fed %n random inputs; width %1, %2.</source>
        <translation>
            <numerusform>، وتُغذّى كل شبكة بـ %n مُدخَل عشوائي؛ العرض %1، دالة التنشيط %2.</numerusform>
            <numerusform>، وتُغذّى كل شبكة بمُدخَل عشوائي واحد؛ العرض %1، دالة التنشيط %2.</numerusform>
            <numerusform>، وتُغذّى كل شبكة بمُدخَلَين عشوائيين؛ العرض %1، دالة التنشيط %2.</numerusform>
            <numerusform>، وتُغذّى كل شبكة بـ %n مُدخَلات عشوائية؛ العرض %1، دالة التنشيط %2.</numerusform>
            <numerusform>، وتُغذّى كل شبكة بـ %n مُدخَلًا عشوائيًا؛ العرض %1، دالة التنشيط %2.</numerusform>
            <numerusform>، وتُغذّى كل شبكة بـ %n مُدخَل عشوائي؛ العرض %1، دالة التنشيط %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_depth.cpp" line="151"/>
        <source>Where lines coincide, the wider one lies underneath.</source>
        <translation>حيث تتطابق الخطوط، يقع الأعرض تحت الآخر.</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_depth.cpp" line="153"/>
        <source>Dashed: the exact expectation (He et al. 2015; zeros: ½ + ½·[1 − (1 − 2^−N)^(l−1)]).</source>
        <translation>الخطوط المتقطعة: التوقع الدقيق (He وآخرون 2015؛ الأصفار: ⁦½ + ½·[1 − (1 − 2^−N)^(l−1)]⁩).</translation>
    </message>
</context>
<context>
    <name>relulab::ui::StudiesViewPhase</name>
    <message numerus="yes">
        <location filename="../../ui/studies/studies_view_phase.cpp" line="53"/>
        <source>Fraction of hidden units dead after %n epochs</source>
        <translation>
            <numerusform>نسبة الوحدات المخفية الميتة بعد %n حقبة</numerusform>
            <numerusform>نسبة الوحدات المخفية الميتة بعد حقبة واحدة</numerusform>
            <numerusform>نسبة الوحدات المخفية الميتة بعد حقبتين</numerusform>
            <numerusform>نسبة الوحدات المخفية الميتة بعد %n حقب</numerusform>
            <numerusform>نسبة الوحدات المخفية الميتة بعد %n حقبة</numerusform>
            <numerusform>نسبة الوحدات المخفية الميتة بعد %n حقبة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_phase.cpp" line="55"/>
        <source>learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_phase.cpp" line="57"/>
        <source>dead fraction (mean over runs)</source>
        <translation>نسبة الوحدات الميتة (المتوسط على الجولات)</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_phase.cpp" line="71"/>
        <source>i</source>
        <translation>i</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/studies/studies_view_phase.cpp" line="84"/>
        <source>Each cell: the mean over %n training runs of the fraction of hidden units that are dead (inactive on every training point) at the end.</source>
        <translation>
            <numerusform>كل خلية: متوسط نسبة الوحدات المخفية الميتة في النهاية (غير النشطة عند كل نقطة تدريب) على %n جولة تدريب.</numerusform>
            <numerusform>كل خلية: نسبة الوحدات المخفية الميتة في النهاية (غير النشطة عند كل نقطة تدريب) في جولة تدريب واحدة.</numerusform>
            <numerusform>كل خلية: متوسط نسبة الوحدات المخفية الميتة في النهاية (غير النشطة عند كل نقطة تدريب) على جولتَي تدريب.</numerusform>
            <numerusform>كل خلية: متوسط نسبة الوحدات المخفية الميتة في النهاية (غير النشطة عند كل نقطة تدريب) على %n جولات تدريب.</numerusform>
            <numerusform>كل خلية: متوسط نسبة الوحدات المخفية الميتة في النهاية (غير النشطة عند كل نقطة تدريب) على %n جولة تدريب.</numerusform>
            <numerusform>كل خلية: متوسط نسبة الوحدات المخفية الميتة في النهاية (غير النشطة عند كل نقطة تدريب) على %n جولة تدريب.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_phase.cpp" line="88"/>
        <source>i: the activation has no hard zero, so its units cannot die; the cell shows the fraction inactive (z ≤ 0 on every point) instead.</source>
        <translation>i: دالة التنشيط ليس لها صفر تام، فلا يمكن لوحداتها أن تموت؛ وتعرض الخلية بدلًا من ذلك نسبة الوحدات غير النشطة (⁦z ≤ 0⁩ عند كل نقطة).</translation>
    </message>
    <message>
        <location filename="../../ui/studies/studies_view_phase.cpp" line="91"/>
        <source>*: fewer runs than asked (cancelled).</source>
        <translation>*: جولات أقل من المطلوب (أُلغيت).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/studies/studies_view_phase.cpp" line="93"/>
        <source>%n run(s) diverged and were measured where they stopped.</source>
        <translation>
            <numerusform>تباعدت %n جولة وقيست حيث توقفت.</numerusform>
            <numerusform>تباعدت جولة واحدة وقيست حيث توقفت.</numerusform>
            <numerusform>تباعدت جولتان وقيستا حيث توقفتا.</numerusform>
            <numerusform>تباعدت %n جولات وقيست حيث توقفت.</numerusform>
            <numerusform>تباعدت %n جولة وقيست حيث توقفت.</numerusform>
            <numerusform>تباعدت %n جولة وقيست حيث توقفت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relulab::ui::TrainingWorker</name>
    <message>
        <location filename="../../ui/playground/training_worker.cpp" line="254"/>
        <source>A point must lie in the square [−6, 6]² and have the label +1 or −1.</source>
        <translation>يجب أن تقع النقطة داخل المربع ⁦[−6, 6]²⁩ وأن يكون وسمها ⁦+1⁩ أو ⁦−1⁩.</translation>
    </message>
</context>
</TS>
