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
