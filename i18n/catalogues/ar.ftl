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
