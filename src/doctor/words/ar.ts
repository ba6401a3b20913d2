import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'تشخيص تجمع المستخدمين',
  intro: 'تتحقق هذه الصفحة من إعداد تجمع مستخدمي Cognito وعميل التطبيق لهذا الموقع، استنادًا إلى ما يرد به Cognito على المتصفح.',
  harmless:
    'ترسل الصفحة طلبين يرفضهما Cognito: تسجيل دخول باسم مستخدم لا يمكن أن يكون موجودًا، وتحديث رمز مميز بشيء ليس رمزًا مميزًا. لا يُنشأ أي حساب، ولا يُرسل شيء إلى أي أحد، ولا تُستخدم أي واجهة API إدارية.',
  running: 'جارٍ سؤال Cognito…',
  runAgain: 'التحقق مرة أخرى',
  language: 'اللغة',
  status: { pass: 'سليم', problem: 'مشكلة', unknown: 'تعذّر التحديد' },
  findings: {
    endpoint: {
      title: 'نقطة نهاية Cognito قابلة للوصول',
      answered: (p) => `ردّ Cognito من ${p.endpoint}، وسمح المتصفح للصفحة بقراءة الرد (CORS).`,
      notCognito: (p) => `ردّ على ${p.endpoint} شيءٌ ليس Cognito: خادم وكيل، أو بوابة مقيدة (captive portal)، أو قيمة خاطئة لـ VITE_COGNITO_ENDPOINT.`,
      noAnswer: (p) =>
        `لا رد من ${p.endpoint}: هذا الكمبيوتر غير متصل، أو المضيف خاطئ، أو نقطة النهاية لا تسمح بهذا المصدر (CORS). يسمح Cognito نفسه بكل المصادر؛ وقد لا يسمح بها المحاكي.`,
      blockedByCsp: (p) => `لم يرسل المتصفح الطلبات: سياسة Content-Security-Policy لهذه الصفحة لا تسمح بـ ${p.endpoint} (انظر أدناه).`,
    },
    csp: {
      title: 'سياسة Content-Security-Policy تسمح بنقطة النهاية',
      allows: (p) => `يسمح connect-src بـ ${p.endpoint}.`,
      blocks: (p) => `لا يسمح connect-src (أو default-src) بـ ${p.endpoint}: سيفشل كل تسجيل دخول. يُرجى إرسال هذا الرأس:`,
      violated: (p) => `حظر المتصفح طلبًا إلى ${p.endpoint} بموجب سياسة هذه الصفحة: سيفشل كل تسجيل دخول. يُرجى إرسال هذا الرأس:`,
      none: () => 'تُقدَّم الصفحة بدون Content-Security-Policy. إنها تعمل، لكن بدون الحماية التي توفرها السياسة من النصوص البرمجية المحقونة. يُرجى إرسال هذا الرأس:',
      unread: () => 'تعذّر على الصفحة قراءة السياسة التي تُقدَّم بها. يُرجى التحقق من إرسال هذا الرأس:',
    },
    client: {
      title: 'عميل التطبيق موجود',
      found: (p) => `يعرف Cognito عميل التطبيق ${p.clientId} في ${p.region}.`,
      notFound: (p) =>
        `ردّ Cognito بأن عميل التطبيق ${p.clientId} غير موجود في ${p.region}: معرّف العميل أو منطقة التجمع خاطئة. ابحث عن العميل أو أنشئ عميلًا جديدًا، ثم اضبط VITE_COGNITO_CLIENT_ID وأعد البناء:`,
      unknown: () => 'لم تكشف ردود Cognito عن ذلك.',
    },
    pool: {
      title: 'عميل التطبيق ينتمي إلى تجمع المستخدمين',
      notProbed: (p) =>
        `يحدد معرّف التجمع ${p.userPoolId} المنطقة (${p.region}). لا يستطيع المتصفح التحقق من انتماء العميل إلى هذا التجمع: طلبات تسجيل الدخول لا تذكر إلا العميل. تحقق باستخدام:`,
    },
    secret: {
      title: 'لا يملك عميل التطبيق سرًا',
      none: () => 'قبِل العميل تسجيل دخول بدون تجزئة السر.',
      hasSecret: (p) =>
        `يملك عميل التطبيق ${p.clientId} سر عميل، ولا يستطيع تطبيق يعمل في المتصفح الحفاظ على سريته. لا يمكن إزالة السر من العميل: أنشئ عميلًا بدون سر، ثم اضبط VITE_COGNITO_CLIENT_ID على المعرّف الذي يطبعه وأعد البناء:`,
      unknown: () => 'لم تكشف ردود Cognito عن ذلك.',
    },
    passwordAuth: {
      title: 'تسجيل الدخول بكلمة المرور مسموح (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'يسمح العميل بـ USER_PASSWORD_AUTH.',
      off: () => 'لا يسمح العميل بـ USER_PASSWORD_AUTH: لا يستطيع أحد تسجيل الدخول. يُرجى تشغيله:',
      behindSecret: () => 'توقف Cognito عند سر العميل قبل أن يكشف عن ذلك.',
      unknown: () => 'لم تكشف ردود Cognito عن ذلك.',
    },
    refresh: {
      title: 'تحديث الرموز المميزة مسموح (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'يسمح العميل بـ REFRESH_TOKEN_AUTH، الذي تستخدمه هذه الصفحة لإبقاء المستخدمين مسجَّلي الدخول.',
      off: () =>
        'يرفض العميل REFRESH_TOKEN_AUTH (إما أنه متوقف، أو أن تدوير رموز التحديث مفعّل، وهو ما لا تستخدمه هذه الصفحة): يُسجَّل خروج المستخدمين عند انتهاء صلاحية رموزهم، بعد ساعة افتراضيًا. يُرجى تشغيله:',
      behindSecret: () => 'توقف Cognito عند سر العميل قبل أن يكشف عن ذلك.',
      unknown: () => 'لم تكشف ردود Cognito عن ذلك.',
    },
    userExistence: {
      title: 'الحماية من كشف وجود المستخدمين (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: يتلقى البريد الإلكتروني غير المعروف «Incorrect username or password.» (NotAuthorizedException)، تمامًا ككلمة مرور خاطئة، وعند إعادة التعيين يُقال إن الرمز في الطريق. لا يستطيع أحد أن يعرف من هذه الصفحة من يملك حسابًا.',
      enabledByTrigger: () =>
        'ENABLED: شغّل Cognito مشغّل ما قبل المصادقة لمستخدم غير موجود، وهو لا يفعل ذلك إلا عند تفعيل هذه الحماية.',
      legacy: () =>
        'LEGACY: يرد Cognito على البريد الإلكتروني غير المعروف بـ UserNotFoundException، لذا يستطيع أي شخص معرفة عناوين البريد الإلكتروني التي لها حسابات. ما زالت هذه الصفحة تعرض عند تسجيل الدخول أن البريد الإلكتروني أو كلمة المرور غير صحيحة، لكن شاشتي إعادة التعيين والتأكيد فيها تقولان «لم نعثر على حساب بهذا البريد الإلكتروني.» لإخفاء ذلك:',
      unknown: () => 'لم تكشف ردود Cognito عن ذلك.',
    },
    trigger: {
      title: 'مشغّلات Lambda',
      refused: () =>
        'رفض مشغّل Lambda تسجيل دخول مستخدم غير موجود، أو فشل (رده أدناه). عندما تكون قيمة PreventUserExistenceErrors هي ENABLED، يعمل مشغّل ما قبل المصادقة للمستخدمين غير المعروفين أيضًا، مع ضبط userNotFound على true؛ والمشغّل الذي يعيد إليهم الحدث دون تغيير يدع Cognito يرد كالمعتاد بـ «Incorrect username or password.». الإصلاح في شيفرة المشغّل.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `يعيد update-user-pool-client كل إعداد لم يُعطَ له إلى قيمته الافتراضية (مدد صلاحية الرموز المميزة، والسمات، وإعدادات OAuth، وغيرها). اقرأ أولًا الإعدادات الحالية للعميل باستخدام ${describe}، وأضف كل ما تعتمد عليه.`,
    newClient: 'يحصل العميل الجديد على الإعدادات التي تحتاجها هذه الصفحة.',
    check: 'يعرض إعدادات العميل؛ ولا يغيّر شيئًا.',
    header: 'أرسله من المضيف (README، «Content-Security-Policy»)، مع نقطة نهاية التجمع في connect-src.',
  },
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyFailed: 'تعذّر النسخ: حدّد النص بدلًا من ذلك',
  answers: {
    heading: 'ما ردّ به Cognito',
    signIn: 'تسجيل دخول مستخدم لا يمكن أن يكون موجودًا (InitiateAuth، USER_PASSWORD_AUTH)',
    refresh: 'تحديث بشيء ليس رمزًا مميزًا (InitiateAuth، REFRESH_TOKEN_AUTH)',
    accepted: 'مقبول',
    noAnswer: 'لا رد',
    notCognito: (status) => `HTTP ${status}، وليس JSON من Cognito`,
  },
};
