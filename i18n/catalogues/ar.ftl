# Pinpoint بالعربية. المصطلحات: GLOSSARY.md.

-brand = Pinpoint

## عارض الرابط المشترك (/v/..., /embed/...)

viewer-page-title = { $title } · { -brand }
viewer-brand = { -brand }
viewer-byline = بواسطة { $username }
viewer-text-only = نص فقط
viewer-picture-view = عرض الصورة
viewer-fullscreen = ملء الشاشة
viewer-exit-fullscreen = الخروج من ملء الشاشة
viewer-embed = تضمين
viewer-the-picture = الصورة: { $alt }
viewer-no-picture = لا توجد صورة في هذا المشهد بعد.
viewer-no-hotspots = لا توجد نقاط في هذا المشهد بعد.
viewer-hotspot-number = النقطة { $number }
viewer-next-scene = الانتقال إلى المشهد التالي
viewer-video-link = فيديو: { $url }
viewer-close = إغلاق
viewer-failed-title = تعذّر فتح هذا المشهد
viewer-failed-text = تعذّر الاتصال بـ { -brand }. تحقّق من اتصالك ثم أعد تحميل الصفحة.
viewer-explore = استكشف المشاهد العامة
viewer-not-found-page-title = غير موجود · { -brand }
viewer-not-found-title = غير موجود، أو لم تتم مشاركته معك
viewer-not-found-text = هذا المشهد غير موجود، أو لم يشاركه صاحبه معك. إذا أرسل إليك أحدهم هذا الرابط، فاطلب منه التحقق منه.
viewer-embed-title = تضمين هذا المشهد
viewer-embed-hint = الصق هذه الشيفرة في صفحة ويب، مثل موقع مدرستك أو منصة التعلّم.
viewer-embed-code = شيفرة التضمين
viewer-copy-code = نسخ الشيفرة
viewer-copied = تم النسخ
viewer-video-provider = فيديو من { $provider }
viewer-video-cookies = يحمّل محتوى من { $provider }، وقد يحفظ ملفات تعريف الارتباط.
viewer-load-video = تحميل الفيديو
viewer-watch-on = المشاهدة على { $provider }
viewer-video-frame-title = فيديو من { $provider }: { $title }
viewer-sound = صوت: { $title }
viewer-email = راسل { $address }
viewer-panorama = صورة بزاوية 360°. اسحب أو استخدم مفاتيح الأسهم للنظر حولك؛ و+ و- للتكبير والتصغير.
viewer-panorama-described = صورة بزاوية 360°: { $alt }. اسحب أو استخدم مفاتيح الأسهم للنظر حولك؛ و+ و- للتكبير والتصغير.
viewer-noscript = تحتاج هذه الصورة التفاعلية إلى JavaScript وWebAssembly.

## كل صفحات التطبيق: الترويسة والقائمة والتذييل

app-brand = { -brand }
app-nav-label = القائمة الرئيسية
app-nav-explore = استكشاف
app-nav-my-scenes = مشاهدي
app-nav-classes = الصفوف
app-nav-school = المدرسة
app-log-in = تسجيل الدخول
app-sign-up = إنشاء حساب
app-new-scene = مشهد جديد
app-settings = الإعدادات
app-log-out = تسجيل الخروج
app-own-password-title = اختر كلمة مرور خاصة بك
app-own-password-text = أعطاك معلمك أو مدرستك كلمة مرور لمرة واحدة. اختر كلمة مرور لا يعرفها أحد غيرك.
app-one-time-password = كلمة المرور لمرة واحدة
app-save-my-password = حفظ كلمة المرور
app-footer = { -brand }: صور تفاعلية بخصوصية.
app-privacy = الخصوصية

## تسجيل الدخول (/login)

login-title = تسجيل الدخول
login-username = اسم المستخدم أو البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-new-here = جديد هنا؟
login-sign-up = إنشاء حساب
login-with = الدخول عبر { $provider }
login-or = أو

## صفحة الترحيب (/ دون تسجيل الدخول)

welcome-title = صور تشرح نفسها
welcome-lead = يحوّل { -brand } الصورة إلى درس: أضف نقاطًا تفتح نصوصًا وروابط وصورًا ومقاطع فيديو، ثم شاركها برابط. لا يحتاج المشاهدون إلى حساب ولا يُتتبَّعون أبدًا.
welcome-get-started = ابدأ الآن
welcome-examples = شاهد أمثلة
welcome-private = خاص افتراضيًا.
welcome-private-text = تبدأ المشاهد خاصة، وأنت من يختار من يراها.
welcome-schools = مصمَّم للمدارس.
welcome-schools-text = لا يُعرض البريد الإلكتروني للطلاب ولا تاريخ ميلادهم على زملائهم أبدًا.
welcome-yours = بياناتك ملكك.
welcome-yours-text = يعمل على خادمك الخاص، وتبقى بياناتك عليه.

## الإعدادات (/settings)

settings-language = اللغة
settings-language-browser = لغة متصفحك
settings-language-hint = لغة نصوص { -brand } نفسها على كل جهاز تسجّل الدخول منه. تبقى المشاهد باللغة التي صُنعت بها.

## إنشاء حساب (/signup)

signup-title = إنشاء حساب
signup-account-type = نوع الحساب
signup-kind-individual = لنفسي
signup-kind-individual-hint = أنشئ المشاهد وشاركها بمفردك.
signup-kind-teacher = معلّم
signup-kind-teacher-hint = أدِر الصفوف وراجع أعمال طلابك.
signup-kind-student = طالب
signup-kind-student-hint = انضم إلى صفك بالرمز الذي أعطاك إياه معلمك.
signup-username = اسم المستخدم
signup-username-hint = من 3 إلى 32 حرفًا من a-z و0-9 و_ . - (لا يرى الآخرون إلا هذا الاسم)
signup-email = البريد الإلكتروني
signup-password = كلمة المرور
signup-password-hint = 8 أحرف على الأقل.
signup-birth = تاريخ الميلاد
signup-birth-hint = لا يراه إلا أنت ومسؤولو مدرستك، ولا يراه معلموك أو زملاؤك أبدًا.
signup-join-code = رمز الانضمام
signup-invite = رمز الدعوة (اختياري)
signup-invite-hint = من مسؤول مدرستك، للانضمام إلى مدرستك. اتركه فارغًا لتأسيس مدرسة أو للعمل بمفردك.
signup-school = اسم المدرسة (اختياري)
signup-school-hint = أسّس مدرستك على { -brand } وكن مسؤولها.
signup-privacy = بإنشاء حساب، توافق على طريقة تعاملنا مع بياناتك:
signup-privacy-link = الخصوصية
signup-submit = إنشاء حساب
signup-have-account = لديك حساب بالفعل؟
signup-log-in = تسجيل الدخول

## مشاهدي (/ بعد تسجيل الدخول) وبطاقات المشاهد

scene-untitled = بلا عنوان
visibility-private = خاص
visibility-unlisted = غير مدرج
visibility-public = عام
home-title = مشاهدي
home-import = استيراد
home-import-input = استيراد مشهد
home-import-hint = استورد حزمة { -brand } (.zip)، أو ملف H5P Image Hotspots (.h5p)، أو تعليقات W3C أو بيان IIIF (.json) مع صورته، كمشهد خاص جديد. يمكنك أيضًا إفلاتها هنا.
home-choose-picture = اختر صورته
home-picture-input = الصورة التي تخصها التعليقات
home-not-imported = لم يُستورد:
home-new-scene = مشهد جديد
home-teacher-next = ستصلك أعمال طلابك في الصفوف:
home-teacher-next-link = أنشئ صفك الأول
home-teacher-next-after = وأعطِ رمز الانضمام إلى طلابك.
home-empty = لا توجد لديك مشاهد بعد. ابدأ بصورة: خريطة أو رسم توضيحي أو صورة لمدرستك.
home-create-first = أنشئ مشهدك الأول
home-copying = جارٍ النسخ…
home-copied = أُنشئت «{ $title }»، نسخة خاصة.
home-copy-failed = تعذّر نسخ المشهد: { $reason }
home-deleted = حُذف «{ $title }».
home-delete-title = حذف «{ $title }»؟
home-delete-confirm = حذف المشهد
home-delete-text = يُحذف المشهد ونقاطه وإحصاءات مشاهدته نهائيًا، ويتوقف رابطه عن العمل. تُحذف صوره خلال يوم، ما لم يعرضها مشهد آخر من مشاهدك.
card-hotspots = { $count ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
    [many] { $count } نقطة
   *[other] { $count } نقطة
}
card-by = بواسطة { $username }
card-edit = تعديل
card-duplicate = نسخ
card-delete = حذف
card-shared = مشترك برابط
card-feedback = { $count ->
    [one] ملاحظات جديدة
   *[other] ملاحظات جديدة ({ $count })
}
card-feedback-on = على { $title }
download = تنزيل
download-html = صفحة دون اتصال (HTML)
download-zip = حزمة { -brand } (ZIP)
download-w3c = تعليقات W3C (JSON)
download-iiif = بيان IIIF (JSON)
import-choose-picture = اختر الآن الصورة التي تخصها هذه التعليقات.
import-importing = جارٍ استيراد { $name }…
import-progress = جارٍ استيراد { $name }… { $percent }٪
import-done = استُورد «{ $title }» كمشهد خاص.
import-failed = تعذّر استيراد الملف: { $reason }
import-nothing = اختر ملفًا لاستيراده.
import-needs-picture = تحتاج التعليقات إلى صورتها: اختر ملف JSON والصورة معًا.
import-picture-alone = لإنشاء مشهد من صورة، استخدم «مشهد جديد». لاستيراد تعليقات، اختر ملف JSON الخاص بها مع الصورة.
import-too-many = استورد ملفًا واحدًا في كل مرة: حزمة، أو ملف H5P، أو ملف JSON مع صورته.
confirm-cancel = إلغاء

## استكشاف (/explore)، غير موجود، والصفحات التي تحتاج إلى حساب

explore-title = استكشاف
explore-lead = مشاهد اختار أصحابها نشرها للعموم.
explore-empty = لا توجد مشاهد عامة بعد.
explore-loading = جارٍ التحميل…
explore-more = عرض المزيد
not-found-title = غير موجود، أو لم تتم مشاركته معك
not-found-text = هذه الصفحة غير موجودة، أو لم يشاركها صاحبها معك. إذا أرسل إليك أحدهم هذا الرابط، فاطلب منه التحقق منه.
not-found-explore = استكشف المشاهد العامة
gate-log-in = تسجيل الدخول
gate-sign-up = إنشاء حساب
gate-editor-title = إنشاء مشهد
gate-editor = سجّل الدخول أو أنشئ حسابًا لإنشاء المشاهد.
gate-school-title = المدرسة
gate-school = سجّل الدخول بصفتك مسؤول مدرستك لرؤية إعداداتها.
gate-classes-title = الصفوف
gate-classes = سجّل الدخول أو أنشئ حسابًا لرؤية صفوفك.
gate-settings-title = الإعدادات
gate-settings = سجّل الدخول أو أنشئ حسابًا لرؤية حسابك.
## الإعدادات (/settings): الحساب وصورته والملف الشخصي وكلمة المرور وحسابات المدرسة وسجل النشاط

settings-title = حسابك
settings-account-type = نوع الحساب
settings-kind-individual = فردي
settings-kind-student = طالب
settings-kind-teacher = معلّم
settings-school = المدرسة
settings-school-admin = { $school } (مسؤول)
settings-birth = تاريخ الميلاد
settings-birth-hint = لا يستطيع تغييره إلا مسؤولو مدرستك.
settings-picture = الصورة الشخصية
settings-profile = الملف الشخصي
settings-password = كلمة المرور
settings-change-password = تغيير كلمة المرور
settings-data = بياناتك
settings-data-text = ملف واحد فيه كل ما يحتفظ به { -brand } عنك: حسابك ومشاهدك وملفاتك المرفوعة والملاحظات والصفوف وسجل النشاط وإحصاءات مشاهدة مشاهدك.
settings-download-data = تنزيل بياناتي
settings-activity = النشاط
settings-activity-text = عمليات تسجيل الدخول والتغييرات على حسابك، مع العنوان الذي جاءت منه. يُحتفظ بها 90 يومًا.
settings-delete-heading = حذف حسابك
settings-delete-explanation = يُحذف حسابك ومشاهدك وصورك وأصواتك وملاحظاتك وإحصاءات المشاهدة فورًا، وتتوقف روابطك المشتركة عن العمل. لا يُحتفظ إلا بسجل نشاطك مدة 30 يومًا أخرى، ثم يُحذف هو أيضًا. لا يمكن التراجع عن ذلك؛ نزّل بياناتك أولًا إن أردت الاحتفاظ بها.
settings-delete-open = حذف الحساب
settings-delete-confirm = حذف حسابي نهائيًا
settings-delete-password = كلمة المرور
avatar-current = صورتك الشخصية
avatar-file = الصورة الشخصية
avatar-choose = اختر صورة
avatar-choose-new = اختر صورة جديدة
avatar-remove = إزالة الصورة
avatar-not-a-picture = «{ $name }» ليس صورة يستطيع { -brand } عرضها. استخدم ملف PNG أو JPEG أو WebP أو GIF.
avatar-unreadable = تعذّرت قراءة هذه الصورة.
avatar-unprepared = تعذّر تجهيز هذه الصورة.
avatar-preview = صورتك الجديدة: اسحبها أو استخدم مفاتيح الأسهم لتحريكها
avatar-crop-hint = اسحب الصورة أو استخدم مفاتيح الأسهم لتختار ما يظهر داخل المربع.
avatar-zoom = التكبير
avatar-save = حفظ الصورة
avatar-saving = جارٍ الحفظ…
avatar-cancel = إلغاء
profile-username = اسم المستخدم
profile-username-hint = من 3 إلى 32 حرفًا من a–z و0–9 و_ . و-. يراه الآخرون بجانب مشاهدك.
profile-email = البريد الإلكتروني
profile-email-hint = لا يراه إلا أنت (وفي المدرسة، معلموك ومسؤولوها).
profile-marketing = راسلني بأخبار { -brand } من حين لآخر
profile-save = حفظ التغييرات
profile-saved = تم الحفظ.
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة
password-new-hint = 8 أحرف على الأقل.
password-change = تغيير كلمة المرور
password-changed = تم تغيير كلمة المرور. سُجّل خروجك من كل الأماكن الأخرى.
providers-title = حسابات المدرسة
providers-intro = سجّل الدخول بحساب أعطتك إياه مدرستك. لا يحتفظ { -brand } إلا بمعرفة أي حساب هو، ولا يأخذ منه شيئًا آخر.
providers-connected = رُبط في { $date }
providers-remove = إزالة
providers-remove-label = إزالة { $provider }
providers-removed = أُزيل { $provider }
providers-connect = ربط { $provider }
providers-password = كلمة المرور
providers-password-hint = كلمة مرورك في { -brand }، لتأكيد أنك أنت.
providers-continue = المتابعة إلى { $provider }
providers-cancel = إلغاء
activity-loading = جارٍ تحميل نشاطك…
activity-caption = نشاطك، الأحدث أولًا
activity-when = متى
activity-what = ماذا
activity-from = من أين
activity-with-detail = { $what }: { $detail }
activity-show-all = { $count ->
    [zero] عرض كل الإدخالات
    [one] عرض الإدخال الوحيد
    [two] عرض الإدخالين كليهما
    [few] عرض الإدخالات الـ{ $count } كلها
    [many] عرض الإدخالات الـ{ $count } كلها
   *[other] عرض الإدخالات الـ{ $count } كلها
}
activity-kind-account-created = إنشاء الحساب
activity-kind-sign-in = تسجيل الدخول
activity-kind-sign-in-failed = محاولة دخول فاشلة (كلمة مرور خاطئة)
activity-kind-sign-out = تسجيل الخروج
activity-kind-password-changed = تغيير كلمة المرور
activity-kind-settings-changed = تغيير إعدادات الحساب
activity-kind-changed-by-admin = تعديل من مسؤول المدرسة
activity-kind-scene-created = إنشاء مشهد
activity-kind-scene-deleted = حذف مشهد
activity-kind-visibility-changed = تغيير ظهور مشهد
activity-kind-data-exported = تنزيل البيانات
activity-kind-account-deleted = حذف الحساب
activity-kind-provider-connected = ربط خدمة لتسجيل الدخول
activity-kind-provider-removed = إزالة خدمة لتسجيل الدخول
activity-kind-learning-platform-linked = ربط حساب على منصة التعلّم
activity-kind-class-work-exported = تنزيل أعمال صف
activity-kind-school-exported = تنزيل بيانات المدرسة
activity-kind-school-deleted = حذف المدرسة

## أول زيارة للطالب بعد الدخول بحساب المدرسة: تاريخ الميلاد

birth-date-title = أهلًا بك! سؤال واحد أولًا
birth-date-label = تاريخ الميلاد
birth-date-hint = تحتاج إليه مدرستك. لا يراه إلا أنت ومسؤولو مدرستك.
birth-date-save = حفظ

## عنوان علامة التبويب في المتصفح، باسم عنوان الصفحة

heading-title-alone = { -brand }
heading-page-title = { $name } · { -brand }

## الخصوصية (/privacy): رسالة لكل فقرة أو بند في قائمة؛ مع الحفاظ على دقة الحقائق

privacy-title = الخصوصية
privacy-lead = يحتفظ { -brand } بأقل ما يمكن، على الخادم الذي تشغّله مدرستك أو تشغّله أنت. لا إعلانات، ولا تتبّع، ولا أطراف ثالثة.
privacy-viewer-heading = إذا كنت تشاهد مشهدًا فقط
privacy-viewer-no-account = لا تحتاج إلى حساب. لا يضع { -brand } لك أي ملف تعريف ارتباط، ولا يحفظ أي معرّف في متصفحك، ولا يخزّن أبدًا عنوان IP الخاص بك ولا متصفحك ولا لغتك.
privacy-viewer-counts = يرى صاحب المشهد أعدادًا مجهولة الهوية لكل يوم: المشاهدات، والزوار، والنقاط التي فُتحت، والنقرات على الروابط، ومرات تشغيل الوسائط، والمدة التقريبية لبقاء الناس. لكي يُحسب الزائر مرة واحدة في اليوم، يمزج الخادم المشهد وعنوان IP الخاص بك واسم متصفحك بسرّ عشوائي أُنشئ لذلك اليوم. لا يُحفظ إلا ناتج المزج، ولا يمكن إرجاعه إلى عنوانك. عند انتهاء اليوم (بتوقيت UTC؛ أو بعد ساعة على الأكثر) يُتلف السرّ ونواتج المزج، فلا يربط شيء بين زياراتك في أيام مختلفة؛ ولا يبقى إلا الأعداد. إذا أرسل متصفحك Do Not Track أو Global Privacy Control، فلا تُحسب إلا مشاهدة مجردة. في المشاهد التي صنعها طلاب، تُعرض الأعداد الأقل من 5 على أنها «أقل من 5»، حتى لا يتميّز أي مشاهد بمفرده.
privacy-account-heading = إذا كان لديك حساب
privacy-account-username = اسم المستخدم الخاص بك، الذي يمكن للآخرين رؤيته بجانب مشاهدك.
privacy-account-email = عنوان بريدك الإلكتروني، محفوظًا مشفّرًا. يمكنك رؤيته، وكذلك مسؤولو مدرستك؛ وإن كنت طالبًا، فمعلموك أيضًا. أما زملاؤك وكل من عداهم فلا يرونه أبدًا.
privacy-account-password = كلمة مرورك، محفوظة فقط على شكل تجزئة أحادية الاتجاه (argon2id): لا يستطيع أحد قراءتها، ولا حتى مديرو الخادم.
privacy-account-birth = للطلاب، تاريخ ميلادك، محفوظًا مشفّرًا. يمكنك أنت ومسؤولو مدرستك رؤيته؛ أما معلموك وزملاؤك فلا يرونه أبدًا.
privacy-account-scenes = المشاهد والصور التي تصنعها. تبدأ خاصة: تراها أنت، وفي المدرسة مسؤولوها؛ ومشاهد الطالب يراها أيضًا معلموه و(إن سمحت المدرسة) بقية طلابها. «غير مدرج» يفتحها لكل من لديه الرابط؛ و«عام» يدرجها أيضًا في «استكشاف». الصورة أو الصوت الذي ترفعه ولا تستخدمه أبدًا في مشهد يُحذف بعد يوم.
privacy-account-picture = صورتك الشخصية، إن اخترت واحدة. لا يراها زملاؤك إلا إذا سمحت مدرستك بذلك.
privacy-account-cookie = ملف تعريف ارتباط واحد، pinpoint_session (أو __Host-pinpoint_session على خادم يستخدم HTTPS)، لإبقائك مسجّل الدخول. يدوم 30 يومًا أو حتى تسجّل الخروج، ولا يخزّن الخادم منه إلا تجزئته.
privacy-account-unsaved = التعديلات التي لم تحفظها بعد، وتبقى في هذا المتصفح فقط (لا تُرسل إلى أي مكان) حتى تصل إلى الخادم. يزيل تسجيل الخروج من المتصفح التعديلات غير المحفوظة لكل الحسابات، فلا يجد الشخص التالي على حاسوب مشترك أيًّا منها.
privacy-account-activity = سجل نشاط: عمليات تسجيل الدخول (والفاشلة منها)، وتسجيل الخروج، وتغييرات كلمة المرور والإعدادات، والمشاهد التي أُنشئت أو حُذفت، وتغييرات الظهور، وتنزيلات البيانات. لكل إدخال وقته وعنوان IP الذي جاء منه، محفوظًا مشفّرًا. لا يستطيع قراءته أحد غيرك، في صفحة إعداداتك. تُحفظ عدة محاولات دخول فاشلة متتالية كإدخال واحد يعدّها. تُحذف الإدخالات بعد 90 يومًا.
privacy-account-guessing = لمنع تخمين كلمات المرور، يعدّ الخادم محاولات الدخول الفاشلة لكل اسم ومن كل عنوان مدة 15 دقيقة، بتجزئة ذات مفتاح لا يمكن إرجاعها إلى أيٍّ منهما؛ وبعد 10 محاولات، ينتظر تسجيل الدخول حتى تنقضي الدقائق الـ15.
privacy-account-marketing = رسائل تسويقية بالبريد الإلكتروني فقط إذا طلبتها (ولا تُرسل أبدًا إلى الطلاب).
privacy-sso-heading = إذا سجّلت الدخول بحساب المدرسة
privacy-sso-text = إذا كان { -brand } هذا يتيح تسجيل الدخول عبر Google أو Microsoft أو حسابات مدرستك الخاصة، فإن تسجيل الدخول بهذه الطريقة ينقلك إلى ذلك المزوّد. يعرف المزوّد أنك تسجّل الدخول إلى { -brand } هذا (ومتى)؛ ولا يعرف { -brand } منه إلا من أنت هناك (معرّف)، وعنوان بريدك الإلكتروني، وهل تحقّق منه المزوّد. لا يحتفظ { -brand } إلا بالمزوّد وذلك المعرّف، ليتعرّف عليك في المرة القادمة، ولا يحتفظ أبدًا بكلمة مرورك هناك ولا بأي من رموز المزوّد. ولا يربط أبدًا حسابًا بحسابك بعنوان البريد الإلكتروني وحده: لاستخدام حساب المدرسة مع حساب لديك بالفعل، اربطه في «الإعدادات». ويمكنك إزالته من هناك أيضًا (ما لم يكن طريقتك الوحيدة للدخول)، وهو مذكور في «تنزيل بياناتي» وفي سجل النشاط.
privacy-sso-domain = إذا سجّلت مدرستك نطاق بريدها الإلكتروني، فإن أول تسجيل دخول لك يجعلك طالبًا في تلك المدرسة، وتُدخل تاريخ ميلادك مرة واحدة؛ ويمكن لمسؤول مدرستك تغيير دورك.
privacy-lms-heading = إذا فتحت مشهدًا من مقررك الدراسي (LMS)
privacy-lms-text = تُخبر منصة التعلّم في مدرستك (Canvas وMoodle و...) { -brand } في رسالة موقّعة بالمشهد الذي يجب عرضه. يتحقّق { -brand } من الرسالة ويعرض المشهد كما يعرض أي رابط مشترك: لا تحتاج إلى حساب في { -brand }، ولا يضع أي ملف تعريف ارتباط، ولا يحتفظ بشيء مما تقوله المنصة عنك (ولا حتى معرّفك هناك)؛ ولا تُحسب مشاهدتك إلا دون كشف هويتك، كما سبق. تعرف المنصة أنك فتحت المشهد، كما في أي شيء في مقررك.
privacy-lms-teacher = المعلّم الذي يضيف مشاهد إلى المقررات يربط حسابه على المنصة بحسابه في { -brand } مرة واحدة. لا يحتفظ { -brand } إلا بهذا الربط: المنصة ومعرّف المعلّم هناك. وهو مذكور في «تنزيل بياناتي» وفي سجل النشاط، ويُحذف مع الحساب.
privacy-rights-heading = حقوقك
privacy-rights-change = رؤية اسم المستخدم والبريد الإلكتروني والصورة الشخصية وكلمة المرور وتغييرها في صفحة الإعدادات. أما تاريخ ميلاد الطالب فيغيّره مسؤول مدرسته.
privacy-rights-download = «تنزيل بياناتي» يعطيك ملفًا واحدًا فيه كل ما يحتفظ به { -brand } عنك.
privacy-rights-delete = «حذف الحساب» يزيل حسابك ومشاهدك وصورك وأصواتك وملاحظاتك وإحصاءاتك فورًا؛ وتتوقف روابطها عن العمل. لا يبقى إلا سجل نشاطك، مدة 30 يومًا، تحسّبًا لأي مسألة أمنية، ثم يُحذف.
privacy-who-heading = من يرى مشاهدك
privacy-who-private = : أنت ومعلموك ومسؤولو مدرستك؛ وإن سمحت مدرستك، طلاب مدرستك (للقراءة فقط).
privacy-who-unlisted = : كل من تعطيه الرابط. لا يُدرج أبدًا، ويُطلب من محركات البحث عدم فهرسته.
privacy-who-public = : الجميع؛ ويُدرج في «استكشاف».
privacy-who-hidden = المشهد الذي لا يحق لشخص ما رؤيته يجيبه تمامًا كما لو لم يكن موجودًا.
privacy-school-heading = في المدرسة
privacy-school-teachers = يرى معلموك عنوان بريدك الإلكتروني، ولا يرون تاريخ ميلادك أبدًا. ويرى مسؤولو مدرستك كليهما.
privacy-school-classmates = لا يرى زملاؤك أبدًا عنوان بريدك الإلكتروني ولا تاريخ ميلادك. وإن سمحت مدرستك، فإنهم يرون اسم المستخدم الخاص بك وصورتك الشخصية ومشاهدك.
privacy-school-feedback = يمكن لمعلميك ترك ملاحظات على مشاهدك؛ ولا يقرؤها إلا أنت ومعلموك ومسؤولو مدرستك.
privacy-school-publish = تقرّر مدرستك ما إذا كان يحق للطلاب نشر المشاهد للعموم.
privacy-school-statistics = يمكن لمعلميك ولمسؤولي مدرستك رؤية إحصاءات مشاهدة مشاهدك.
privacy-school-downloads = يمكن لمعلميك تنزيل أعمال صفوفهم (مشاهدك، مع صورها وأصواتها). ويمكن لمسؤولي مدرستك تنزيل كل ما تحتفظ به المدرسة، بما في ذلك بيانات كل حساب كما يقدّمها «تنزيل بياناتي»، لنقلها إلى مكان آخر.
privacy-school-deleted = إذا حُذفت مدرستك، يُحذف حسابك وكل ما فيه فورًا، كما لو حذفت حسابك بنفسك؛ ولا يبقى إلا سجل النشاط، مدة 30 يومًا.
privacy-where-heading = أين تُحفظ
privacy-where-text = على الخادم الذي يشغّل { -brand } هذا، في قاعدة بيانات واحدة (SQLite، أو PostgreSQL للتثبيتات الأكبر) ومجلد أو حاوية تخزين للملفات المرفوعة، يديرهما مشغّل الخادم. تُشفَّر عناوين البريد الإلكتروني وتواريخ الميلاد وعناوين سجل النشاط بمفتاح محفوظ بجانبها. تحتوي النسخ الاحتياطية (يحتفظ الخادم بآخر أربع نسخ أسبوعية ما لم يختر مشغّله غير ذلك) على البيانات نفسها، باستثناء أسرار عدّ الزوار، وتُحفظ بالأمان نفسه؛ ويبقى ما حُذف فيها حتى تُستبدل.

## الاتصال بالخادم

api-status = أجاب الخادم بالحالة { $status }
api-network = تعذّر الوصول إلى Pinpoint. تحقّق من اتصالك وحاول مرة أخرى.
api-unreadable = أرسل الخادم ردًّا لا تستطيع هذه الصفحة قراءته. أعد تحميل الصفحة.
api-too-many-tries-later = محاولات كثيرة جدًا. حاول مرة أخرى لاحقًا.
api-too-many-tries = { $minutes ->
    [zero] محاولات كثيرة جدًا. حاول مرة أخرى بعد قليل.
    [one] محاولات كثيرة جدًا. حاول مرة أخرى بعد دقيقة.
    [two] محاولات كثيرة جدًا. حاول مرة أخرى بعد دقيقتين.
    [few] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقائق.
    [many] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقيقة.
   *[other] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقيقة.
}
api-not-a-picture = «{ $name }» ليست صورة يستطيع Pinpoint عرضها. استخدم ملف PNG أو JPEG أو WebP أو GIF.
api-not-a-picture-or-sound = «{ $name }» ليست صورة ولا صوتًا يستطيع Pinpoint تشغيله. استخدم PNG أو JPEG أو WebP أو GIF أو MP3 أو Ogg أو WAV أو M4A.
api-file-too-big = حجم هذا الملف { $size } ميغابايت؛ والحد الأقصى للملفات { $max } ميغابايت.

## تفاصيل سجل النشاط (يكتبها الخادم)

activity-repeats = { $count ->
    [zero] لا محاولات
    [one] محاولة واحدة
    [two] محاولتان متتاليتان، الأخيرة في هذا الوقت
    [few] { $count } محاولات متتالية، الأخيرة في هذا الوقت
    [many] { $count } محاولة متتالية، الأخيرة في هذا الوقت
   *[other] { $count } محاولة متتالية، الأخيرة في هذا الوقت
}
activity-change-username = اسم المستخدم
activity-change-email = البريد الإلكتروني
activity-change-picture = الصورة
activity-change-birth-date = تاريخ الميلاد
activity-change-marketing = خيار الرسائل التسويقية
activity-change-language = اللغة
activity-change-password-reset = إعادة تعيين كلمة المرور
activity-change-removed = أُزيل من المدرسة
activity-list-separator = {"، "}
activity-by-admin = بواسطة مسؤول المدرسة
## الصفوف (/classes): الصفوف ورموز الانضمام والطلاب وأعمالهم

classes-title = الصفوف
classes-no-school-teacher = تنتمي الصفوف إلى مدرسة. أسّس مدرستك عند إنشاء حسابك كمعلّم، أو اطلب دعوة من مسؤول مدرستك.
classes-no-school = الصفوف مخصّصة للمدارس، وحسابك لا ينتمي إلى أي مدرسة.
classes-empty-teacher = لا توجد لديك صفوف بعد. أنشئ صفًا، ثم أعطِ طلابك رمز الانضمام إليه.
classes-empty-student = لست في أي صف بعد.
classes-name = اسم الصف
classes-create = إنشاء صف
classes-join-code = رمز الانضمام
classes-join-hint = هل تنضم إلى صف آخر في مدرستك؟ اكتب رمزه.
classes-join = الانضمام إلى الصف
classes-student-count = { $count ->
    [zero] لا طلاب
    [one] طالب واحد
    [two] طالبان
    [few] { $count } طلاب
    [many] { $count } طالبًا
   *[other] { $count } طالب
}
classes-join-code-label = رمز الانضمام:
classes-new-code = رمز جديد
classes-copy-join-link = نسخ رابط الانضمام
classes-join-link = رابط الانضمام
classes-private-note = تُبقي مدرستك أسماء زملائك وأعمالهم خاصة.
classes-students = الطلاب
classes-student-born = تاريخ الميلاد: { $date }
classes-no-students = لا يوجد طلاب بعد.
classes-work = الأعمال
classes-no-work = لا توجد مشاهد بعد.
classes-work-byline = بواسطة { $username } · { $date }
classes-not-reviewed = لم تُراجَع
classes-feedback = ملاحظات
# Said after "Feedback" to screen readers: "Feedback on Volcano".
classes-feedback-on = على { $title }

## إضافة طلاب إلى صف، وكلمات المرور لمرة واحدة

students-add = إضافة طلاب
students-add-hint = للطلاب الذين ليس لديهم بريد إلكتروني خاص بهم، أو لإعداد صف كامل دفعة واحدة. يحصل كل منهم على كلمة مرور لمرة واحدة تُعرض هنا مرة واحدة فقط: أعطها له.
students-username = اسم مستخدم الطالب
students-email = البريد الإلكتروني للطالب (اختياري)
students-born = تاريخ ميلاد الطالب
students-add-one = إضافة طالب
students-class-list = قائمة الصف (CSV)
students-class-list-hint = طالب واحد في كل سطر: اسم المستخدم، والبريد الإلكتروني (يمكن أن يكون فارغًا)، وتاريخ الميلاد (YYYY-MM-DD). لا بأس بسطر عناوين في البداية.
students-class-list-choose = اختر ملف CSV
students-report-caption = أُضيفوا في هذه الزيارة (لن تُعرض كلمات المرور مرة أخرى)
students-report-username = اسم المستخدم
students-report-result = النتيجة
students-report-password = كلمة المرور لمرة واحدة
students-created = أُنشئ
# $reason: why the server refused the line, in its own words.
students-refused = رُفض: { $reason }

## ملاحظات على مشهد طالب

feedback-title = ملاحظات
feedback-loading = جارٍ تحميل الملاحظات…
feedback-none = لا توجد ملاحظات بعد.
feedback-yours = ملاحظاتك
feedback-send = إرسال الملاحظات
feedback-mark-reviewed = تحديد كمُراجَع
feedback-send-and-mark = إرسال وتحديد كمُراجَع
feedback-sent = أُرسلت الملاحظات.
feedback-sent-and-reviewed = أُرسلت الملاحظات، وحُدِّد المشهد كمُراجَع.
feedback-marked-reviewed = حُدِّد كمُراجَع.

## إحصاءات المشهد

stats-show = الإحصاءات
stats-hide = إخفاء الإحصاءات
# Said after "Statistics" to screen readers: "Statistics of Volcano".
stats-of = لمشهد { $title }
stats-period = المدة
stats-period-7 = آخر 7 أيام
stats-period-30 = آخر 30 يومًا
stats-period-90 = آخر 90 يومًا
stats-period-365 = آخر سنة
stats-loading = جارٍ تحميل الإحصاءات…
stats-views = المشاهدات
stats-visitors = الزوار
stats-link-clicks = النقرات على الروابط
stats-media-plays = مرات التشغيل
# A count hidden on a student's scene ($count is 5).
stats-fewer-than = أقل من { $count }
# A total that includes hidden counts.
stats-or-more = { $count } أو أكثر
stats-visitors-hint = يُحسب الزائر مرة واحدة في اليوم لكل مشهد، دون ملفات تعريف الارتباط؛ ومن يزور في يومين يُحسب مرتين.
stats-small-counts-hint = هذا مشهد طالب: تظهر الأعداد التي تقل عن { $count } بعبارة «أقل من { $count }»، ولا تدخل تلك الأيام في المجاميع، كي لا يتميّز أي مشاهد بمفرده.
# The chart, for screen readers; $views and $visitors are the phrases below.
stats-chart-summary = المشاهدات والزوار يوميًا خلال { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }: { $views }، { $visitors }.
stats-views-count = { $count ->
    [zero] لا مشاهدات
    [one] مشاهدة واحدة
    [two] مشاهدتان
    [few] { $count } مشاهدات
    [many] { $count } مشاهدةً
   *[other] { $count } مشاهدة
}
stats-views-or-more = { $count ->
    [zero] { $count } مشاهدة أو أكثر
    [one] مشاهدة واحدة أو أكثر
    [two] مشاهدتان أو أكثر
    [few] { $count } مشاهدات أو أكثر
    [many] { $count } مشاهدةً أو أكثر
   *[other] { $count } مشاهدة أو أكثر
}
stats-views-fewer = { $count ->
    [zero] أقل من { $count } مشاهدة
    [one] أقل من مشاهدة واحدة
    [two] أقل من مشاهدتين
    [few] أقل من { $count } مشاهدات
    [many] أقل من { $count } مشاهدةً
   *[other] أقل من { $count } مشاهدة
}
stats-visitors-count = { $count ->
    [zero] لا زوار
    [one] زائر واحد
    [two] زائران
    [few] { $count } زوار
    [many] { $count } زائرًا
   *[other] { $count } زائر
}
stats-visitors-or-more = { $count ->
    [zero] { $count } زائر أو أكثر
    [one] زائر واحد أو أكثر
    [two] زائران أو أكثر
    [few] { $count } زوار أو أكثر
    [many] { $count } زائرًا أو أكثر
   *[other] { $count } زائر أو أكثر
}
stats-visitors-fewer = { $count ->
    [zero] أقل من { $count } زائر
    [one] أقل من زائر واحد
    [two] أقل من زائرَين
    [few] أقل من { $count } زوار
    [many] أقل من { $count } زائرًا
   *[other] أقل من { $count } زائر
}
# A day's bar in the chart: "30 Nov 2026: 12 views".
stats-bar-title = { $date }: { $views }
stats-by-day = الأعداد يومًا بيوم
stats-date = التاريخ
stats-hotspots = النقاط حسب مرات الفتح
stats-no-hotspots = لا توجد نقاط في هذا المشهد بعد.
stats-hotspot = النقطة
stats-opens = مرات الفتح
# A hotspot without a title.
stats-hotspot-number = النقطة { $number }
stats-time = مدة المشاهدة
stats-time-under-10s = أقل من 10 ثوانٍ
stats-time-10s-30s = من 10 إلى 30 ثانية
stats-time-30s-1m = من 30 ثانية إلى دقيقة
stats-time-1m-3m = من دقيقة إلى 3 دقائق
stats-time-3m-10m = من 3 إلى 10 دقائق
stats-time-over-10m = أكثر من 10 دقائق

## صفحة مسؤول المدرسة (/school)

school-title = المدرسة
school-admins-only = لا يستطيع تغيير إعدادات مدرستك إلا مسؤولوها.
school-saved = تم الحفظ
school-privacy = إعدادات الخصوصية
school-peer-visibility = يرى الطلاب أعمال زملائهم
school-peer-visibility-hint = عند التفعيل، يرى الطلاب أسماء المستخدمين والصور الرمزية والمشاهد (للقراءة فقط، حتى الخاصة منها) لطلاب مدرستهم. ولا يرون أبدًا بريدهم الإلكتروني أو تاريخ ميلادهم.
school-students-can-publish = يمكن للطلاب النشر للعموم
school-students-can-publish-hint = عند الإيقاف، لا يمكن للطلاب جعل مشاهدهم إلا خاصة أو غير مدرجة (لمن لديه الرابط)؛ ولا يظهر أي شيء من أعمالهم في «استكشاف».
school-invite = دعوة المعلمين
school-invite-hint = ينضم إلى مدرستك المعلمون الذين ينشئون حساباتهم بهذا الرمز (أو بالرابط). ولا يرون إلا طلاب صفوفهم.
school-invite-code-label = رمز الدعوة:
school-new-invite-code = رمز دعوة جديد
school-copy-invite-link = نسخ رابط الدعوة
school-invite-link = رابط الدعوة
school-data = بيانات مدرستك
school-data-hint = ملف ZIP واحد فيه كل شيء: بيانات كل شخص، والصفوف والإعدادات، وكل مشهد كحزمة { -brand }، مع قائمة بها في index.csv.

## أشخاص المدرسة، لمسؤولها

users-caption = الأشخاص في مدرستك
users-column-username = اسم المستخدم
users-column-role = الدور
users-column-email = البريد الإلكتروني
users-column-born = تاريخ الميلاد
users-column-actions = الإجراءات
users-role-individual = فرد
users-role-student = طالب
users-role-teacher = معلّم
# $role is one of the three above.
users-role-and-admin = { $role }، مسؤول
users-one-time-password = كلمة المرور لمرة واحدة: { $password }
users-edit = تعديل
users-new-username = اسم المستخدم الجديد
users-new-email = البريد الإلكتروني الجديد
users-new-born = تاريخ الميلاد
users-save = حفظ التغييرات
users-reset-password = إعادة تعيين كلمة المرور
# Said after "Reset password" to screen readers.
users-reset-password-of = للمستخدم { $username }
users-reset-password-confirm = هل تعطي { $username } كلمة مرور جديدة لمرة واحدة؟ ستتوقف كلمة المرور الحالية عن العمل.
users-remove = إزالة من المدرسة
users-remove-confirm = هل تُخرج { $username } من المدرسة؟ يبقى حسابه، وتنتقل صفوفه إليك.
users-delete = حذف
users-delete-confirm = هل تحذف حساب { $username }؟ تُحذف مشاهده وصوره فورًا. لا يمكن التراجع عن ذلك.

## تسجيل الدخول بحسابات المدرسة (نطاقات البريد الإلكتروني)

domains-title = تسجيل الدخول بحسابات المدرسة
domains-hint = ينضم إلى مدرستك الطلاب الذين ينتهي بريدهم المدرسي بأحد هذه النطاقات، في أول مرة يسجّلون فيها الدخول بحسابهم المدرسي. ويُدخلون تاريخ ميلادهم في زيارتهم الأولى؛ ويمكنك تغيير أدوارهم أدناه.
domains-field = نطاقات البريد الإلكتروني
# Keep the example's commas: the field is split at them.
domains-field-hint = افصل بينها بفواصل، مثل hill.example, pupils.hill.example
domains-save = حفظ النطاقات
domains-saved = تم الحفظ

## منصات التعلّم (LTI 1.3)

lti-title = منصات التعلّم (LTI)
lti-hint = اعرض مشاهد { -brand } داخل Canvas أو Moodle أو أي منصة تعلّم أخرى. يضيف معلمو هذه المدرسة مشاهدهم من محرّر المقرر (ويدعم رابط الإطلاق الربط العميق أيضًا)؛ ويفتحها المتعلمون هناك دون حساب في { -brand }، ولا يُحفظ عنهم أي شيء.
lti-step-1 = 1. أضف { -brand } إلى منصة التعلّم لديك كأداة LTI 1.3
lti-login-url = رابط تسجيل الدخول (Login URL)
lti-copy-login-url = نسخ رابط تسجيل الدخول
lti-launch-url = رابط الإطلاق (Launch URL)
lti-copy-launch-url = نسخ رابط الإطلاق
lti-keys-url = رابط المفاتيح العامة
lti-copy-keys-url = نسخ رابط المفاتيح
lti-step-2 = 2. أدخل ما تعرضه منصة التعلّم لديك لـ{ -brand }
lti-platform-ids = العميل { $client }، النشر { $deployment }
lti-remove = إزالة
lti-remove-platform = إزالة { $issuer }
lti-issuer = مُصدِر المنصة (Issuer)
lti-issuer-hint = مثل https://canvas.instructure.com
lti-client-id = معرّف العميل (Client ID)
lti-deployment-id = معرّف النشر (Deployment ID)
lti-auth-url = رابط التفويض
lti-auth-url-hint = رابط طلب المصادقة OIDC الخاص بالمنصة
lti-jwks-url = رابط المفاتيح
lti-jwks-url-hint = رابط مجموعة المفاتيح العامة (JWK) الخاصة بالمنصة
lti-register = تسجيل المنصة
lti-registered = سُجّلت { $issuer }
lti-removed = أُزيلت

## تنزيل أعمال صف أو بيانات المدرسة كلها

export-class-button = تنزيل أعمال الصف
# $name: the class's name.
export-class-downloading = جارٍ تنزيل أعمال { $name }…
export-class-done = نُزّلت أعمال { $name } ({ $size }) باسم { $file }.
export-class-failed = تعذّر تنزيل أعمال { $name }: { $reason }
export-school-button = تنزيل بيانات المدرسة
export-school-downloading = جارٍ تنزيل بيانات المدرسة…
export-school-done = نُزّلت بيانات المدرسة ({ $size }) باسم { $file }.
export-school-failed = تعذّر تنزيل بيانات المدرسة: { $reason }
# How much has arrived so far.
export-received = وصل { $size }
export-size-kb = { $size } كيلوبايت
export-size-mb = { $size } ميغابايت

## حذف المدرسة

danger-school-title = حذف المدرسة
danger-school-text = يُحذف كل حساب في المدرسة فورًا، مع كل مشاهده وصوره وأصواته وملاحظاته وإحصاءاته، وكل صفوف المدرسة وإعداداتها. وتتوقف الروابط المشتركة عن العمل. ولا يُحتفظ إلا بسجلات النشاط، { $days ->
        [zero] دون مدة إضافية
        [one] ليوم واحد آخر
        [two] ليومين آخرين
        [few] لمدة { $days } أيام أخرى
        [many] لمدة { $days } يومًا آخر
       *[other] لمدة { $days } يوم آخر
    }، ثم تُحذف هي أيضًا. لا يمكن التراجع عن ذلك: نزّل بيانات المدرسة أولًا.
danger-school-open = حذف المدرسة…
danger-school-confirm = حذف المدرسة
danger-school-name = اسم المدرسة
danger-school-name-hint = اكتب «{ $name }» للتأكيد.
danger-school-name-wrong = هذا ليس اسم المدرسة: اكتب «{ $name }» كما هو تمامًا
danger-school-password = كلمة المرور
danger-cancel = إلغاء
## المحرر (/new، /s/.../edit): الصفحة وشريط الأدوات وسطر الحالة

editor-open-not-found = غير موجود، أو لم تتم مشاركته معك
editor-open-failed = تعذّر فتح هذا المشهد
editor-new-scene = مشهد جديد
editor-loading = جارٍ تحميل المشهد…
editor-toolbar = المشهد
editor-undo = تراجع
editor-redo = إعادة
editor-save = حفظ
editor-copy-link = نسخ الرابط
editor-link = الرابط
editor-share = مشاركة
editor-view = عرض
editor-link-who = من يمكنه فتحه: { $who }
editor-link-who-private = من يمكنه فتحه: { $who } أما غيرهم فيرون «غير موجود».
editor-saving = جارٍ الحفظ…
editor-offline = غير متصل: تبقى تغييراتك في هذا المتصفح وتُحفظ عند عودة الاتصال.
editor-reload = إعادة التحميل (تجاهل تغييراتي)
editor-overwrite = الاستبدال بتغييراتي
editor-needs-name = أعطِ المشهد اسمًا لتتمكن من حفظه
editor-unsaved = تغييرات غير محفوظة
editor-saved = تم الحفظ
editor-restored = استُعيدت تغييرات لم تحفظها في هذا المتصفح.
editor-restored-discard = تجاهلها
editor-restored-keep = الاحتفاظ بها
editor-leave-unsaved = لديك تغييرات غير محفوظة.

## الصورة قيد التحرير

editor-picture = الصورة
editor-hint-panorama-pointer = اسحب الصورة أو استخدم مفاتيح الأسهم عليها للنظر حولك. انقر لإضافة نقطة هناك، واسحب نقطة لنقلها. عند تحديد نقطة، تنقلها مفاتيح الأسهم ويحذفها المفتاح Delete.
editor-hint-panorama-touch = اسحب بإصبعك للنظر حولك، والمس لإضافة نقطة هناك، واسحب نقطة لنقلها.
editor-hint-pointer = انقر على الصورة لإضافة نقطة، واسحب نقطة لنقلها. عند تحديد نقطة، تنقلها مفاتيح الأسهم (ومع Shift: أبعد) ويحذفها المفتاح Delete.
editor-hint-touch = المس الصورة لإضافة نقطة، واسحب نقطة لنقلها.
editor-add-hotspot = إضافة نقطة
editor-set-start-view = تعيين منظر البداية
editor-start-view-set = سيبدأ المشاهدون بالنظر حيث تنظر الآن.
editor-added-middle = أُضيفت النقطة { $number } في المنتصف.
editor-added-left = أُضيفت النقطة { $number } على اليسار.
editor-added-right = أُضيفت النقطة { $number } على اليمين.
editor-added-top = أُضيفت النقطة { $number } في الأعلى.
editor-added-bottom = أُضيفت النقطة { $number } في الأسفل.
editor-added-top-left = أُضيفت النقطة { $number } أعلى اليسار.
editor-added-top-right = أُضيفت النقطة { $number } أعلى اليمين.
editor-added-bottom-left = أُضيفت النقطة { $number } أسفل اليسار.
editor-added-bottom-right = أُضيفت النقطة { $number } أسفل اليمين.
editor-added-view-middle = أُضيفت النقطة { $number } في منتصف المنظر.
editor-panorama-toggle = 360°
editor-panorama-hint = عرض هذه الصورة ضعف ارتفاعها، مثل صورة بانورامية بزاوية 360°: ينظر المشاهدون حولهم داخلها.
editor-start-title = ابدأ بصورة
editor-start-pointer = اختر ملفًا أدناه، أو أفلته هنا، أو الصقه (Ctrl+V).
editor-start-touch = المس هنا لاختيار صورة أو لالتقاط واحدة.
editor-image = الصورة
editor-image-replace = الصورة (استبدال)
editor-image-hint = PNG أو JPEG أو WebP أو GIF، حتى 10 ميغابايت. تبقى نقاطك عند استبدالها.
editor-image-choose = اختر صورة
editor-uploading = جارٍ الرفع
editor-uploading-percent = جارٍ الرفع… { $percent }٪
editor-panorama-label = صورة بزاوية 360°. اسحب أو استخدم مفاتيح الأسهم للنظر حولك؛ و+ و- للتكبير والتصغير. انقر لإضافة نقطة.
editor-panorama-label-described = صورة بزاوية 360°: { $alt }. اسحب أو استخدم مفاتيح الأسهم للنظر حولك؛ و+ و- للتكبير والتصغير. انقر لإضافة نقطة.
editor-hotspot-number = النقطة { $number }

## اللوحة بجانب الصورة: حقول المشهد ومن يراه

editor-select-hint = حدّد نقطة لكتابة عنوانها ونصها.
editor-scene-fields = المشهد
editor-scene-name = اسم المشهد
editor-description = الوصف
editor-description-hint = يظهر أسفل الصورة.
editor-alt = صِف الصورة لمن لا يستطيع رؤيتها
editor-reset-link = إعادة تعيين الرابط
editor-reset-link-hint = يمنح المشهد رابطًا جديدًا. يفقد كل من لديه الرابط القديم أو تضمين قديم إمكانية الوصول إليه.
editor-reset-link-confirm = إعادة تعيين رابط هذا المشهد؟ سيتوقف الرابط القديم وأي تضمين له عن العمل.
editor-visibility = مستوى الظهور
editor-who-private-alone = أنت فقط.
editor-who-private-staff = أنت ومسؤولو مدرستك.
editor-who-private-student = أنت ومعلموك ومسؤولو مدرستك.
editor-who-private-student-peers = أنت ومعلموك ومسؤولو مدرستك وبقية طلاب مدرستك (لا يمكنهم تعديله).
editor-who-unlisted = أي شخص لديه الرابط. لا يُدرج في القوائم أبدًا ولا تعثر عليه محركات البحث.
editor-who-public = أي شخص. يُدرج في «استكشاف» وتعثر عليه محركات البحث.

## حقول النقطة المحددة

editor-hotspot-of = النقطة { $number } من { $count }
editor-hotspot-title = العنوان
editor-hotspot-text = النص
editor-hotspot-text-hint = نص عادي. تُحفظ فواصل الأسطر، وتصبح عناوين الويب روابط.
editor-hotspot-link = الرابط
editor-hotspot-link-hint = اختياري: صفحة ويب (https://) أو بريد إلكتروني (mailto:).
editor-across = من اليسار (%)
editor-down = من الأعلى (%)
editor-order = ترتيب القراءة (تتبعه قارئات الشاشة ومفتاح Tab):
editor-move-earlier = تقديم
editor-move-later = تأخير
editor-icon = الأيقونة
editor-icon-info = معلومات
editor-icon-question = علامة استفهام
editor-icon-star = نجمة
editor-icon-dot = دائرة
editor-icon-number = رقم
editor-colour = اللون
editor-opens-with = يُفتح معها
editor-media-picture = تفتح هذه النقطة صورة.
editor-media-sound = تشغّل هذه النقطة صوتًا.
editor-media-video = تفتح هذه النقطة فيديو من { $provider }.
editor-popup-media = صورة أو صوت في النافذة المنبثقة
editor-popup-media-choose = اختر صورة أو صوتًا
editor-popup-uploading = جارٍ رفع صورة النافذة المنبثقة أو صوتها
editor-video-address = عنوان الفيديو (YouTube أو Vimeo)
editor-video-invalid = هذا ليس عنوان فيديو على YouTube أو Vimeo.
editor-remove-media = إزالة الصورة أو الصوت أو الفيديو
editor-tour = يؤدي إلى مشهد آخر
editor-tour-none = لا مشهد آخر
editor-tour-hint = أنشئ جولة: تعرض النافذة المنبثقة فتح ذلك المشهد.
editor-delete-hotspot = حذف النقطة

## المشاركة: نافذة المشاركة وأزرار النسخ

editor-share-title = مشاركة «{ $title }»
editor-share-visibility = { $visibility }:
editor-share-private = أما غيرهم ممن يفتح الرابط فيرى «غير موجود». لمشاركته، اختر «غير مدرج» أو «عام» ضمن «مستوى الظهور».
editor-share-copy-link = نسخ الرابط
editor-embed-code = شيفرة التضمين
editor-embed-hint = الصقها في موقع مدرسة أو في صفحة على منصة التعلّم.
editor-copy-embed = نسخ شيفرة التضمين
editor-qr-alt = رمز QR لرابط المشهد
editor-qr-caption = تفتح الهواتف والأجهزة اللوحية الرابط بكاميرتها.
editor-qr-large = عرض بحجم كبير
editor-close = إغلاق
editor-copied = تم نسخ { $what }.
editor-copied-note = تم نسخ { $what }. { $note }
editor-copy-by-hand = انسخه من الحقل: Ctrl+C (أو ⌘C على Mac)، أو اضغط عليه مطولًا على الهاتف.

## الإحصاءات أسفل المحرر

editor-stats = الإحصاءات
editor-stats-hint = أعداد مجهولة الهوية لطريقة استخدام رابطك المشترك: بلا ملفات تعريف ارتباط، ولا تُحفظ أي عناوين.

## أسماء الحقول كما تذكرها رسائل الخطأ

field-title = العنوان
field-description = الوصف
field-text = النص
field-link = الرابط
field-image = الصورة
field-sound = الصوت
field-alt = النص البديل
field-hotspot-id = معرّف النقطة
field-linked-scene = المشهد المرتبط
field-username = اسم المستخدم
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-school-name = اسم المدرسة
field-class-name = اسم الصف
field-feedback = الملاحظات

## ما كان خطأً فيما كتبه أحدهم أو أرسله (فحوص التطبيق وردود الخادم)

error-required = حقل «{ $label }» مطلوب
error-too-short = حقل «{ $label }» قصير جدًا: يجب ألا يقل عدد أحرفه عن { $min }
error-too-long = حقل «{ $label }» طويل جدًا: يجب ألا يزيد عدد أحرفه على { $max }
error-id-characters = لا يُسمح في حقل «{ $label }» إلا بالحروف والأرقام و_ و-
error-lti-setting-length = أدخل قيمة لا يقل عدد أحرفها عن 1 ولا يزيد على { $max }
error-lti-address = أدخل عنوان https:// الذي تعرضه المنصة
error-youtube-id = هذا ليس معرّف فيديو على YouTube
error-vimeo-id = هذا ليس معرّف فيديو على Vimeo
error-start-view-outside = يجب أن يشير منظر البداية إلى داخل الصورة (من 0 إلى 1)
error-field-of-view = يجب أن يكون مجال الرؤية بين { $min }° و{ $max }°
error-image-size-missing = أبعاد الصورة مفقودة
error-start-view-flat = منظر البداية مخصص للصور بزاوية 360° فقط
error-panorama-shape = يجب أن يكون عرض الصورة بزاوية 360° ضعف ارتفاعها، وألا تزيد أبعادها على { $max_width } × { $max_height } بكسل (أبعاد هذه الصورة { $width } × { $height })
error-link-spaces = يجب أن يكون الرابط عنوانًا كاملًا بلا مسافات
error-link-scheme = يجب أن يبدأ الرابط بـ https:// أو http:// أو mailto:
error-colour = يجب كتابة اللون بهذا الشكل: #e4572e
error-position = يجب أن يكون الموضع داخل الصورة (من 0 إلى 1)
error-too-many-hotspots = الحد الأقصى لعدد النقاط في المشهد الواحد هو { $max }
error-hotspot-id-twice = هناك نقطتان لهما المعرّف نفسه
error-domain = «{ $domain }» ليس نطاق بريد إلكتروني مثل school.example
error-too-many-domains = الحد الأقصى لعدد النطاقات هو { $max }
error-username-characters = لا يُسمح في اسم المستخدم إلا بالأحرف الصغيرة a-z والأرقام و_ . -
error-email = يجب أن يكون البريد الإلكتروني بالشكل name@example.org
error-birth-date-format = يجب أن يكون تاريخ الميلاد تاريخًا بالشكل 2012-05-01
error-today-unknown = تاريخ اليوم غير معروف
error-birth-date-future = لا يمكن أن يكون تاريخ الميلاد في المستقبل
error-birth-date-age = يجب أن يكون عمرك بحسب تاريخ الميلاد بين 3 و25 سنة
error-birth-date-required = تاريخ الميلاد مطلوب للطلاب
error-birth-date-not-student = لا يُدخل تاريخ الميلاد إلا الطلاب
error-join-code-required = يحتاج الطلاب إلى رمز انضمام من معلمهم
error-join-code-individual = رموز الانضمام مخصصة للطلاب والمعلمين المدعوين
error-found-school-teacher = لا يستطيع تأسيس مدرسة إلا المعلمون
error-join-or-found = انضم إلى المدرسة التي دُعيت إليها، أو أسّس مدرسة جديدة، لا الاثنين معًا
error-language = اختر إحدى اللغات التي يتحدثها Pinpoint
error-not-found = غير موجود، أو لم تتم مشاركته معك
error-method-not-allowed = هذه الطريقة غير مسموح بها هنا
error-busy = الخادم مشغول؛ حاول مرة أخرى بعد لحظات
error-internal = حدث خطأ ما في الخادم
error-host = لا يستجيب هذا الخادم لاسم المضيف هذا
error-cross-site = يجب أن تأتي الطلبات التي تغيّر البيانات من صفحات Pinpoint نفسها
error-log-in = يُرجى تسجيل الدخول
error-password-change-first = اختر كلمة مرور خاصة بك أولًا: فكلمة مرورك الحالية وضعتها مدرستك
error-too-many-tries = { $minutes ->
    [zero] محاولات كثيرة جدًا. حاول مرة أخرى بعد لحظات.
    [one] محاولات كثيرة جدًا. حاول مرة أخرى بعد دقيقة.
    [two] محاولات كثيرة جدًا. حاول مرة أخرى بعد دقيقتين.
    [few] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقائق.
    [many] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقيقة.
   *[other] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $minutes } دقيقة.
}
error-send-json = أرسل JSON مع Content-Type: application/json
error-json-object = يجب أن يكون محتوى الطلب كائن JSON
error-json-field = { $detail }
error-json-invalid = محتوى الطلب ليس JSON صالحًا
error-json-trailing = يحتوي محتوى الطلب على أكثر من قيمة JSON واحدة
error-body-too-large = محتوى الطلب كبير جدًا
error-body-unreadable = تعذّرت قراءة محتوى الطلب
error-only-admins = لا يستطيع فعل هذا إلا مسؤولو المدرسة
error-manage-own = غيّر حسابك من إعداداتك؛ لا يستطيع المسؤول هنا إزالة نفسه من المدرسة أو حذف حسابه
error-manage-admin = لا يستطيع تغيير حساب مسؤول آخر إلا صاحبه
error-only-owner-edit = لا يستطيع تعديل هذا المشهد إلا صاحبه
error-only-owner-delete = لا يستطيع حذف هذا المشهد إلا صاحبه
error-only-owner-reset-link = لا يستطيع إعادة تعيين رابط هذا المشهد إلا صاحبه
error-only-teacher-code = لا يستطيع تغيير رمز الصف إلا معلّمه
error-only-teacher-add = لا يستطيع إضافة طلاب إلى الصف إلا معلّمه
error-only-teacher-export = لا يستطيع تنزيل أعمال الصف إلا معلّمه
error-upload-image-first = ارفع الصورة قبل استخدامها
error-students-public = لا تسمح مدرستك للطلاب بنشر المشاهد للعموم. اختر «خاص» أو «غير مدرج».
error-upload-media-first = ارفع الصورة أو الصوت قبل استخدامه
error-send-version = أرسل الإصدار الذي عدّلته
error-page-number = يجب أن تكون قيمة page رقمًا يبدأ من 1
error-create-class = لا يستطيع إنشاء الصفوف إلا معلّم في مدرسة
error-join-class-student = لا ينضم إلى الصفوف برمز إلا الطلاب
error-join-code-shape = يبدو رمز الانضمام هكذا: K7PX-2QMD
error-join-code-unknown = رمز الانضمام هذا لا يطابق أي صف
error-invitation-unknown = رمز الدعوة هذا لا يطابق أي مدرسة
error-wrong-login = خطأ في اسم المستخدم أو البريد الإلكتروني أو كلمة المرور
error-lti-registered = هذه المنصة ومعرّف العميل هذا مسجّلان بالفعل
error-scene-changed = تم تغيير هذا المشهد في مكان آخر (الإصدار الحالي { $current }، وأنت عدّلت الإصدار { $base }). أعد تحميله، أو استبدله بإصدارك.
error-username-taken = اسم المستخدم هذا مأخوذ
error-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل
error-identity-taken = هذا الحساب مرتبط بالفعل بحساب آخر على Pinpoint
error-domain-taken = النطاق { $domain } تابع لمدرسة أخرى بالفعل
error-stats-scene = لا يوجد مشهد مشترك كهذا
error-stats-hotspot = لا توجد نقطة كهذه في هذا المشهد
error-stats-too-many = أحداث كثيرة جدًا من هنا؛ حاول مرة أخرى بعد لحظات
error-stats-none = أرسل حدثًا واحدًا على الأقل
error-stats-batch = الحد الأقصى لعدد الأحداث في المرة الواحدة هو { $max }
error-stats-days-range = يجب أن تكون قيمة days عددًا صحيحًا من 1 إلى { $max }
error-stats-days = يجب أن تكون قيمة days عددًا صحيحًا
error-stats-who = لا يرى إحصاءات المشهد إلا صاحبه ومعلموه ومسؤولو مدرسته
error-feedback-who = لا يستطيع ترك الملاحظات إلا معلمو الطالب
error-feedback-read = لا يستطيع تعليم الملاحظات كمقروءة إلا الطالب الموجّهة إليه
error-feedback-unknown = لا توجد ملاحظات كهذه على هذا المشهد
error-reviewed-who = لا يستطيع تعليم العمل كمُراجَع إلا معلمو الطالب
error-domain-not-allowed = النطاق { $domain } ليس من النطاقات التي سمح بها مشغّل Pinpoint هذا للمدارس
error-birth-date-students = لا تُحفظ تواريخ الميلاد إلا للطلاب
error-school-name-mismatch = اكتب اسم المدرسة تمامًا كما يظهر
error-storage-full = مساحة التخزين لديك ممتلئة (استُخدم { $used } من { $quota } ميغابايت). احذف المشاهد أو الصور التي لم تعد تحتاج إليها.
error-upload-empty = الملف المرفوع فارغ
error-upload-type = لا يمكن رفع إلا صور PNG وJPEG وWebP وGIF (أو أصوات MP3 وOgg وWAV وM4A)
error-lti-addresses = أدخل عناوين https:// التي تعرضها المنصة
error-lti-auth-url = عنوان URL للتفويض ليس عنوان URL صالحًا
error-avatar-square = يجب أن تكون الصورة مربعة؛ أبعاد هذه الصورة { $width } × { $height } بكسل
error-avatar-size = يجب أن يكون عرض الصورة بين { $min } و{ $max } بكسل؛ عرض هذه الصورة { $width }
error-avatar-type = يجب أن تكون الصورة بصيغة PNG أو JPEG أو WebP أو GIF
error-not-your-password = هذه ليست كلمة مرورك
error-sign-in-again = سجّل الدخول مرة أخرى بحساب مدرستك، ثم حاول مجددًا
error-marketing-students = لا يتلقى الطلاب رسائل تسويقية أبدًا
error-birth-date-admin = لا يستطيع تغيير تاريخ ميلادك إلا مسؤول مدرستك
error-provider-unknown = لا توجد خدمة تسجيل دخول كهذه
error-last-sign-in = هذه طريقتك الوحيدة لتسجيل الدخول: عيّن كلمة مرور أو اربط خدمة أخرى أولًا
error-export-format = حدّد format={ $formats }
error-export-no-picture = لا توجد في هذا المشهد صورة لتصديرها بعد
error-offline-unavailable = لا يمكن إنشاء صفحات دون اتصال: لم يُبنَ العارض على هذا الخادم
error-package-too-big = صور هذا المشهد وأصواته أكثر من أن تُجمع في حزمة (أكثر من { $max } ميغابايت)
error-import-too-big = حجم الملف أكبر من { $max } ميغابايت أو أنه مقطوع: { $detail }
error-import-no-file = اختر ملفًا لاستيراده
error-form-unreadable = تعذّرت قراءة النموذج: { $detail }
error-annotations-too-big = يجب ألا يزيد حجم التعليقات على { $max } ميغابايت
error-json-unreadable = تعذّرت قراءة JSON هذا: { $detail }
error-annotations-refused = لا يمكن استيراد هذه التعليقات: { $reason }
error-annotations-picture = أرسل مع التعليقات الصورة التي تخصها (في حقل الصورة في النموذج)
error-annotations-picture-type = لا يمكن أن تكون الصورة المعلَّق عليها إلا بصيغة PNG أو JPEG أو WebP أو GIF
error-package-missing-file = لا يوجد في الحزمة ملف للصورة أو الصوت { $name }
error-image-type = هذه ليست صورة PNG أو JPEG أو WebP أو GIF
error-image-damaged = ملف الصورة هذا تالف أو غير مكتمل
error-image-empty = لا توجد في هذه الصورة أي بكسلات
error-image-too-wide = يجب ألا يزيد عرض الصور وارتفاعها على { $max } بكسل
error-image-too-many-pixels = في هذه الصورة بكسلات كثيرة جدًا (40 ميغابكسل على الأكثر، لكل الإطارات معًا)
error-class-list-empty = لا يوجد طلاب في هذا الملف
error-class-list-too-long = الحد الأقصى لعدد الطلاب في قائمة الصف هو { $max }؛ قسّم الملف
error-class-list-line = تعذّرت قراءة هذا السطر: { $detail }
error-package-not-zip = هذا الملف ليس حزمة zip (أو أنه تالف)
error-package-no-scene = ملف zip هذا ليس حزمة Pinpoint: لا يحتوي على { $file }
error-package-bad-scene = تعذّرت قراءة { $file } في الحزمة: { $detail }
error-package-newer = صُنعت هذه الحزمة بإصدار أحدث من Pinpoint (الصيغة { $format })؛ حدّث هذا الإصدار أولًا
error-package-too-many-files = عدد الملفات في الحزمة أكبر من { $max }
error-package-file-too-large = حجم الملف { $name } في الحزمة أكبر من المسموح
error-package-unpacked-too-large = حجم الحزمة بعد فك ضغطها أكبر من { $max } ميغابايت
error-package-outside = تشير الحزمة إلى ملف خارجها ({ $name })
error-h5p-other = ملف H5P هذا من نوع { $kind }، وليس Image Hotspots: لا يمكن استيراد إلا H5P.ImageHotspots
error-h5p-broken = تعذّرت قراءة ملف H5P هذا: { $detail }
error-h5p-no-picture = لا توجد صورة خلفية في ملف H5P هذا
error-busy-transfers = Pinpoint مشغول بعمليات تنزيل واستيراد أخرى: حاول مرة أخرى بعد لحظات
error-sso-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول بكلمة مرورك، ثم اربط حساب مدرستك من الإعدادات.
error-sso-no-verified-email = لا يوجد في حساب مدرستك عنوان بريد إلكتروني مؤكَّد، لذلك تعذّر إنشاء حساب.
error-sso-linked-elsewhere = حساب المدرسة هذا مرتبط بحساب آخر على Pinpoint.
error-sso-not-started = انتهت صلاحية رابط تسجيل الدخول هذا أو سبق استخدامه. يُرجى المحاولة مرة أخرى.
error-sso-failed = لم ينجح تسجيل الدخول. يُرجى المحاولة مرة أخرى.

## الصفحات التي تعرضها منصة التعلّم (LTI) داخل إطارها

picker-expired-title = انتهت صلاحية هذه الصفحة
picker-expired-text = سبق استخدامها أو بقيت مفتوحة مدة طويلة جدًا. في مقررك، اختر إضافة محتوى ثم اختر Pinpoint مرة أخرى.
picker-link-intro = لإضافة مشاهدك إلى المقررات على { $platform }، اربط حسابك على Pinpoint مرة واحدة. بعد ذلك، سيتعرّف Pinpoint عليك عبر { $platform }.
picker-login = البريد الإلكتروني أو اسم المستخدم
picker-password = كلمة المرور
picker-link = ربط الحساب
picker-link-hint = لا يستطيع ربط حسابه إلا معلمو المدرسة التي أضافت { $platform } إلى Pinpoint. إذا كنت تسجّل الدخول إلى Pinpoint بحساب مدرسة فقط، فعيّن كلمة مرور في إعدادات Pinpoint أولًا. لا يحتفظ Pinpoint إلا بمعرّف حسابك على { $platform }.
picker-link-title = اربط حسابك على Pinpoint
picker-private = خاص: لن يتمكن المتعلمون من فتحه. شاركه برابط في Pinpoint لتتمكن من إضافته.
picker-add-label = إضافة «{ $title }»
picker-add = إضافة
picker-no-scenes = لا توجد لديك مشاهد بعد. أنشئ مشهدًا في Pinpoint، وشاركه برابط، ثم عد إلى هنا.
picker-your-scenes = مشاهدك
picker-signed-in = سجّلت الدخول باسم { $username }. اختر المشهد الذي سيراه المتعلمون.
picker-title = إضافة مشهد من Pinpoint
picker-too-many-tries = محاولات كثيرة جدًا. انتظر بضع دقائق، ثم حاول مرة أخرى.
picker-wrong-login = خطأ في البريد الإلكتروني أو اسم المستخدم أو كلمة المرور.
picker-password-first = سجّل الدخول إلى Pinpoint واختر كلمة مرور خاصة بك أولًا.
picker-teachers-only = لا يستطيع إضافة المشاهد إلا معلمو المدرسة التي أضافت منصة المقررات هذه.
picker-cannot-add-title = لا يمكن إضافة هذا المشهد
picker-cannot-add-text = ليس من مشاهدك المشتركة (ربما جُعل خاصًا أو حُذف). عد واختر مشهدًا آخر.
picker-adding = جارٍ إضافة «{ $title }» إلى مقررك…
picker-add-to-course = إضافة إلى المقرر
picker-adding-title = جارٍ الإضافة إلى مقررك
launch-refused-title = تعذّر فتح رابط Pinpoint هذا
launch-refused-hint = اطلب من معلمك التحقق من الرابط، أو حاول مرة أخرى من مقررك.
launch-unknown-platform = منصة التعلّم هذه غير مسجّلة في Pinpoint هذا.
launch-keys = تعذّر جلب مفاتيح منصة التعلّم.
launch-invalid = لم يجتز طلب الفتح التحقق: { $detail }
launch-not-started = لم يبدأ طلب الفتح هذا من هنا، أو استغرق وقتًا طويلًا جدًا، أو سبق استخدامه.
launch-not-shared = المشهد غير مشترك (ربما جعله صاحبه خاصًا أو حذفه).
