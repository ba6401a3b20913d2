/**
 * العربية (Modern Standard Arabic). Same keys and function parameters as the English reference
 * (./en.ts). Written right to left (dir: 'rtl' in the table of ./index.ts); what reads left to
 * right inside a sentence (emails, phone numbers, codes, identifiers, examples) is isolated, so
 * the sentence around it keeps its order. Numbers are written in Latin digits, as codes are, and
 * the countable words take Arabic's six plural forms (Intl.PluralRules).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';
import type { ConfigProblem } from '../config';

/** Left to right inside the sentence (LRI … PDI): an email, a phone number, a code, an identifier. */
const ltr = (text: string) => `\u2066${text}\u2069`;
/** Text of either direction (a name, a reason someone wrote), isolated (FSI … PDI). */
const isolate = (text: string) => `\u2068${text}\u2069`;

const plural = new Intl.PluralRules('ar');
const number = new Intl.NumberFormat('ar-u-nu-latn');
type Forms = Record<Intl.LDMLPluralRule, (n: string) => string>;
/** The count with its noun in the form Arabic gives that number. */
const count = (n: number, forms: Forms) => forms[plural.select(n)](number.format(n));

const SECONDS: Forms = {
  zero: (n) => `${n} ثانية`,
  one: () => 'ثانية واحدة',
  two: () => 'ثانيتين',
  few: (n) => `${n} ثوانٍ`,
  many: (n) => `${n} ثانية`,
  other: (n) => `${n} ثانية`,
};
const CHARACTERS: Forms = {
  zero: (n) => `${n} حرف`,
  one: () => 'حرف واحد',
  two: () => 'حرفان',
  few: (n) => `${n} أحرف`,
  many: (n) => `${n} حرفًا`,
  other: (n) => `${n} حرف`,
};

const valueOf = (p: ConfigProblem) => ltr('value' in p ? p.value : '');
const offline = 'تعذّر علينا الوصول إلى خدمة تسجيل الدخول. تحقّق من اتصالك وأعد المحاولة؛ ما كتبته محفوظ.';
const emailExample = `أدخل عنوان بريد إلكتروني مثل ${ltr('name@example.com')}.`;

export const ar: Dictionary = {
  lang: 'ar',
  languageName: 'العربية',
  languagePicker: 'اللغة',
  appName: 'تسجيل الدخول',
  simulatedBanner: 'مجمّع مستخدمين مُحاكى: لا يغادر أي شيء هذا المتصفح، وتظهر الرموز في صندوق بريد المطوّرين.',
  busy: 'يُرجى الانتظار…',
  retry: 'إعادة المحاولة',
  back: 'العودة إلى تسجيل الدخول',
  backToAccount: 'العودة إلى حسابك',
  backToHome: 'رجوع',
  offline,

  code: {
    resend: 'إرسال رمز جديد',
    resendIn: (seconds: number) => `يمكنك طلب رمز جديد بعد ${count(seconds, SECONDS)}`,
  },

  fields: {
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    newPassword: 'كلمة المرور الجديدة',
    code: 'رمز التحقق',
    codeHint: '6 أرقام',
    currentPassword: 'كلمة المرور الحالية',
    showPassword: 'إظهار كلمة المرور',
    hidePassword: 'إخفاء كلمة المرور',
    identifier: {
      email: 'البريد الإلكتروني',
      phone: 'رقم الهاتف',
      username: 'اسم المستخدم',
      emailOrPhone: 'البريد الإلكتروني أو رقم الهاتف',
      usernameOrEmail: 'اسم المستخدم أو البريد الإلكتروني',
      usernameOrPhone: 'اسم المستخدم أو رقم الهاتف',
      usernameEmailOrPhone: 'اسم المستخدم أو البريد الإلكتروني أو رقم الهاتف',
      usernameOrPreferred: 'اسم المستخدم أو اسم المستخدم المفضّل',
      usernamePreferredOrEmail: 'اسم المستخدم أو اسم المستخدم المفضّل أو البريد الإلكتروني',
      usernamePreferredOrPhone: 'اسم المستخدم أو اسم المستخدم المفضّل أو رقم الهاتف',
      usernamePreferredEmailOrPhone: 'اسم المستخدم أو اسم المستخدم المفضّل أو البريد الإلكتروني أو رقم الهاتف',
    },
    phoneHint: `ابدأ بالعلامة ${ltr('+')} ثم رمز البلد، مثل ${ltr('+44 7700 900123')}`,
  },

  signIn: {
    heading: 'تسجيل الدخول',
    submit: 'تسجيل الدخول',
    noAccount: 'مستخدم جديد؟',
    toSignUp: 'إنشاء حساب',
    forgot: 'هل نسيت كلمة المرور؟',
    continue: 'متابعة',
    withPasskey: 'تسجيل الدخول بمفتاح مرور',
  },

  signUp: {
    heading: 'أنشئ حسابك',
    submit: 'إنشاء الحساب',
    haveAccount: 'لديك حساب بالفعل؟',
    toSignIn: 'تسجيل الدخول',
    rulesHeading: 'يجب أن تتضمن كلمة المرور',
    optional: (label: string) => `${isolate(label)} (اختياري)`,
  },

  attributes: {
    name: 'الاسم الكامل',
    given_name: 'الاسم الأول',
    family_name: 'اسم العائلة',
    middle_name: 'الاسم الأوسط',
    nickname: 'الاسم المستعار',
    preferred_username: 'اسم المستخدم المفضّل',
    profile: 'صفحة الملف الشخصي (URL)',
    picture: 'الصورة (URL)',
    website: 'الموقع الإلكتروني',
    gender: 'الجنس',
    birthdate: 'تاريخ الميلاد',
    zoneinfo: `المنطقة الزمنية (مثل ${ltr('Asia/Riyadh')})`,
    locale: `اللغة (مثل ${ltr('ar-SA')} أو ${ltr('en-GB')})`,
    address: 'العنوان',
    email: 'البريد الإلكتروني',
    phone_number: 'رقم الهاتف',
  },

  confirmSignUp: {
    heading: 'أكّد بريدك الإلكتروني',
    headingPhone: 'أكّد رقم هاتفك',
    sentTo: (destination: string) => `أرسلنا رمزًا من 6 أرقام إلى ${ltr(destination)}. أدخله لتأكيد حسابك.`,
    sentSomewhere: 'أرسلنا رمزًا من 6 أرقام إلى بريدك الإلكتروني. أدخله لتأكيد حسابك.',
    sentByText: (destination: string) =>
      `أرسلنا رمزًا من 6 أرقام في رسالة نصية إلى الرقم ${ltr(destination)}. أدخله لتأكيد حسابك.`,
    submit: 'تأكيد',
  },

  forgotPassword: {
    heading: 'إعادة تعيين كلمة المرور',
    intro: 'أدخل البريد الإلكتروني لحسابك وسنرسل إليك رمزًا لاختيار كلمة مرور جديدة.',
    introAny: 'أدخل ما تسجّل الدخول به وسنرسل إليك رمزًا لاختيار كلمة مرور جديدة.',
    submit: 'إرسال الرمز',
  },

  resetPassword: {
    heading: 'اختر كلمة مرور جديدة',
    sentTo: (destination: string) => `أرسلنا رمزًا من 6 أرقام إلى ${ltr(destination)}. أدخله مع كلمة المرور الجديدة.`,
    sentSomewhere: 'أرسلنا إليك رمزًا من 6 أرقام. أدخله مع كلمة المرور الجديدة.',
    sentByText: (destination: string) =>
      `أرسلنا رمزًا من 6 أرقام في رسالة نصية إلى الرقم ${ltr(destination)}. أدخله مع كلمة المرور الجديدة.`,
    ifEmailed: 'إن كان هناك حساب يطابق ما أدخلته، فالرمز في طريقه إلى بريده الإلكتروني.',
    ifTexted: 'إن كان هناك حساب يطابق ما أدخلته، فالرمز في طريقه إلى رقم هاتفه في رسالة نصية.',
    ifSent: 'إن كان هناك حساب يطابق ما أدخلته، فالرمز في طريقه إليك.',
    submit: 'إعادة تعيين كلمة المرور وتسجيل الدخول',
  },

  newPassword: {
    heading: 'اختر كلمة المرور',
    intro: 'أُنشئ حسابك بكلمة مرور مؤقتة. اختر كلمة مرور خاصة بك للمتابعة.',
    attributesHeading: 'نحتاج أيضًا إلى',
    submit: 'حفظ ومتابعة',
  },

  totpSetup: {
    heading: 'إعداد تطبيق المصادقة',
    intro:
      'يتطلب حسابك خطوة ثانية عند تسجيل الدخول. أضِفه إلى تطبيق مصادقة مثل Google Authenticator أو Microsoft Authenticator أو 1Password أو Authy.',
    scan: 'امسح رمز QR هذا بالتطبيق.',
    qrAlt: (account: string) => `رمز QR يضيف ${ltr(account)} إلى تطبيق مصادقة`,
    manual: 'ألا يمكنك مسحه؟ أدخل مفتاح الإعداد هذا في التطبيق بدلًا من ذلك:',
    secretLabel: 'مفتاح الإعداد',
    copy: 'نسخ المفتاح',
    copied: 'تم النسخ',
    copyFailed: 'حدّد المفتاح وانسخه يدويًا',
    openInApp: 'فتح في تطبيق مصادقة على هذا الجهاز',
    enterCode: 'ثم أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق.',
    deviceName: 'اسم لتطبيق المصادقة هذا (اختياري)',
    deviceNamePlaceholder: 'هاتفي',
    submit: 'التحقق والإنهاء',
    preparing: 'جارٍ تجهيز مفتاح الإعداد…',
    verified: 'تم التحقق من تطبيق المصادقة. لم تبقَ إلا الخطوة الأخيرة من تسجيل الدخول.',
    enabling: 'تم قبول الرمز. جارٍ التفعيل…',
    notTurnedOn: 'قُبل رمزك، لكن تطبيق المصادقة لم يُفعَّل لحسابك بعد. أعد المحاولة: لا حاجة إلى رمز جديد.',
  },

  mfaSetupChoice: {
    heading: 'أضف خطوة ثانية',
    intro: 'يتطلب حسابك خطوة ثانية عند تسجيل الدخول. اختر إحداها.',
    emailOnly: 'يتطلب حسابك خطوة ثانية عند تسجيل الدخول: رمز نرسله إلى بريدك الإلكتروني.',
    emailTo: (email: string) => `تُرسَل الرموز إلى ${ltr(email)}.`,
    sending: 'جارٍ إرسال رمز…',
  },

  totpChallenge: {
    heading: 'أدخل رمز تطبيق المصادقة',
    intro: 'افتح تطبيق المصادقة وأدخل الرمز المكوّن من 6 أرقام لهذا الحساب.',
    device: (name: string) => `تطبيق المصادقة: ${isolate(name)}`,
    submit: 'تحقّق',
  },

  emailChallenge: {
    heading: 'أدخل الرمز الذي أرسلناه إلى بريدك الإلكتروني',
    sentTo: (destination: string) => `أرسلنا رمزًا من 6 أرقام إلى ${ltr(destination)}.`,
    sentSomewhere: 'أرسلنا رمزًا من 6 أرقام إلى بريدك الإلكتروني.',
    submit: 'تحقّق',
  },

  smsChallenge: {
    heading: 'أدخل الرمز الذي أرسلناه في رسالة نصية',
    sentTo: (destination: string) => `أرسلنا رمزًا من 6 أرقام إلى الرقم ${ltr(destination)}.`,
    sentSomewhere: 'أرسلنا رمزًا من 6 أرقام إلى هاتفك.',
    submit: 'تحقّق',
  },

  selectMfaType: {
    heading: 'اختر طريقة التحقق من هويتك',
    intro: 'لحسابك أكثر من خطوة ثانية. اختر إحداها لتسجيل الدخول هذا.',
    options: {
      SOFTWARE_TOKEN_MFA: 'تطبيق المصادقة',
      SMS_MFA: 'رسالة نصية (SMS)',
      EMAIL_OTP: 'البريد الإلكتروني',
    },
  },

  signedIn: {
    heading: 'لقد سجّلت الدخول',
    as: (email: string) => `سجّلت الدخول باسم ${ltr(email)}`,
    account: 'الحساب والأمان',
    signOut: 'تسجيل الخروج',
    signOutEverywhere: 'تسجيل الخروج من جميع الأجهزة',
    reconnecting:
      'جارٍ إعادة الاتصال… لا يمكننا الوصول إلى خدمة تسجيل الدخول لتجديد جلستك الآن. ستبقى مسجّلًا الدخول، وسنواصل المحاولة.',
    nav: 'حسابك',
    home: 'الرئيسية',
    profile: 'الملف الشخصي',
    profileIntro: 'اطّلع على ما تعرفه واجهة API الخاصة بالموقع عنك: تسألها صفحة الملف الشخصي باستخدام تسجيل دخولك.',
  },

  profile: {
    heading: 'ملفك الشخصي',
    intro: 'ما أجابت به واجهة API الخاصة بالموقع عندما سألتها هذه الصفحة عمّن تكون، باستخدام تسجيل دخولك.',
    loading: 'جارٍ سؤال واجهة API…',
    sub: 'معرّف المستخدم (ID)',
    username: 'اسم المستخدم',
    groups: 'المجموعات',
    noGroups: 'لا شيء',
    tokenExpiresAt: 'تسجيل دخولك صالح حتى',
    servedAt: 'وقت الإجابة',
    refused: 'لم تقبل واجهة API تسجيل دخولك. يُرجى تسجيل الخروج ثم تسجيل الدخول مرة أخرى.',
    failed: (status: number) =>
      `تعذّر على واجهة API الإجابة (الخطأ ${ltr(String(status))}). يُرجى إعادة المحاولة بعد قليل.`,
    unreachable: 'تعذّر علينا الوصول إلى واجهة API. تحقّق من اتصالك وأعد المحاولة.',
  },

  account: {
    heading: 'الحساب والأمان',
    mfaHeading: 'التحقق بخطوتين',
    mfaIntro: 'تحمي الخطوة الثانية عند تسجيل الدخول حسابك حتى لو تسرّبت كلمة المرور.',
    loading: 'جارٍ تحميل إعداداتك…',
    on: 'مفعّل',
    off: 'غير مفعّل',
    preferred: 'يُستخدم أولًا',
    setUpTotp: 'إعداد تطبيق مصادقة',
    replaceTotp: 'الانتقال إلى تطبيق مصادقة آخر',
    verifiedNotOn: 'لم يُفعَّل بعد',
    turnOnTotp: 'تفعيل تطبيق المصادقة',
    smsByPhone: 'تُرسَل إلى رقم هاتفك كما يشترط هذا الموقع؛ ولا يمكن إيقافها من هنا.',
    requiredOnly: 'يشترط هذا الموقع خطوة ثانية، لذا لا يمكن إيقاف خطوتك الوحيدة.',
    turnOff: (factor: string) => `إيقاف: ${factor}`,
    prefer: (factor: string) => `استخدام ${factor} أولًا`,
    passwordHeading: 'كلمة المرور',
    changePassword: 'تغيير كلمة المرور',
  },

  changePassword: {
    heading: 'غيّر كلمة المرور',
    submit: 'تغيير كلمة المرور',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `الوقت المتبقي لإتمام هذه الخطوة: ${ltr(`${number.format(minutes)}:${String(seconds).padStart(2, '0')}`)}`,
  },

  notices: {
    sessionExpired: 'استغرق ذلك وقتًا طويلًا، فأُلغي تسجيل الدخول حفاظًا على أمانك. يُرجى تسجيل الدخول مرة أخرى.',
    sessionUsed:
      'سبق استخدام خطوة تسجيل الدخول هذه (ربما قبيل انقطاع الاتصال)، فلا يمكن إرسالها مرة أخرى. يُرجى تسجيل الدخول مرة أخرى.',
    codeResent: 'أرسلنا رمزًا جديدًا. لم تعد الرموز المرسلة قبله صالحة.',
    accountConfirmed: 'تم تأكيد حسابك. يُرجى تسجيل الدخول.',
    alreadyConfirmed: 'هذا الحساب مؤكَّد بالفعل. يُرجى تسجيل الدخول.',
    confirmBeforeSignIn: 'لم يُؤكَّد حسابك بعد. أرسلنا إليك رمزًا جديدًا.',
    resetCodeSent: 'إن كان هناك حساب يستخدم هذا البريد الإلكتروني، فالرمز في طريقه إليك.',
    passwordChanged: 'تم تغيير كلمة المرور.',
    totpEnabled: 'تم إعداد تطبيق المصادقة. ستستخدمه في المرة القادمة التي تسجّل فيها الدخول.',
    mfaUpdated: 'تم حفظ إعدادات التحقق بخطوتين.',
    sessionEnded: 'انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.',
    sessionRevoked: 'سُجّل خروجك من كل مكان، من جهاز آخر أو من قِبل مسؤول الموقع. يُرجى تسجيل الدخول مرة أخرى.',
    sessionNotRenewed:
      'تعذّر تجديد جلستك، فسُجّل خروجك. يُرجى تسجيل الدخول مرة أخرى؛ وإن تكرر ذلك، فأبلغ فريق دعم الموقع.',
    signedOut: 'لقد سجّلت الخروج.',
    signedOutEverywhere: 'لقد سجّلت الخروج من جميع أجهزتك.',
    signedOutElsewhere: 'سجّلت الخروج في علامة تبويب أخرى من هذا الموقع.',
    passkeyAdded: 'أُضيف مفتاح المرور. يمكنك في المرة القادمة تسجيل الدخول به.',
    passkeyDeleted: 'حُذف مفتاح المرور.',
  },

  passwordRules: {
    length: (min: number) => `${count(min, CHARACTERS)} على الأقل`,
    uppercase: () => `حرف لاتيني كبير (${ltr('A-Z')})`,
    lowercase: () => `حرف لاتيني صغير (${ltr('a-z')})`,
    number: () => 'رقم',
    symbol: () => `رمز مثل ${ltr('! @ #')} أو ${ltr('?')}`,
    spaces: () => 'بلا مسافات في البداية أو النهاية',
  },

  problems: {
    required: 'يُرجى ملء هذا الحقل.',
    emailFormat: emailExample,
    emailTooLong: 'يمكن أن يتكون عنوان البريد الإلكتروني من 128 حرفًا على الأكثر.',
    phoneFormat: `أدخل الرقم مع العلامة ${ltr('+')} ورمز البلد، مثل ${ltr('+44 7700 900123')}.`,
    usernameFormat: 'لا يمكن أن يحتوي اسم المستخدم على مسافات.',
    usernameTooLong: 'يمكن أن يتكون اسم المستخدم من 128 حرفًا على الأكثر.',
    usernameLooksLikeEmail: 'اختر اسم مستخدم ليس عنوان بريد إلكتروني: بريدك الإلكتروني مطلوب أدناه.',
    usernameLooksLikePhone: 'اختر اسم مستخدم ليس رقم هاتف: رقمك مطلوب أدناه.',
    birthdateFormat: `أدخل تاريخًا مثل ${ltr('1990-05-17')} (السنة، الشهر، اليوم).`,
    attributeTooLong: 'يمكن أن يتكون هذا الحقل من 2048 حرفًا على الأكثر.',
    weakPassword: 'كلمة المرور هذه لا تستوفي القواعد أدناه.',
    passwordTooLong: 'يمكن أن تتكون كلمة المرور من 256 حرفًا على الأكثر.',
    codeFormat: 'أدخل أرقام الرمز الـ 6.',
    wrongCredentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحين. تحقّق منهما وأعد المحاولة.',
    userNotFound: 'لم نجد حسابًا بهذا البريد الإلكتروني. تحقّق من خلوّه من الأخطاء الإملائية، أو أنشئ حسابًا.',
    wrongCurrentPassword: 'كلمة المرور الحالية غير صحيحة.',
    userNotConfirmed: 'لم يُؤكَّد حسابك بعد.',
    usernameExists: 'يوجد حساب بهذا البريد الإلكتروني بالفعل. هل تريد تسجيل الدخول بدلًا من ذلك؟',
    invalidPassword: 'كلمة المرور هذه لا تستوفي القواعد.',
    invalidEmail: emailExample,
    codeMismatch: 'هذا الرمز غير صحيح. تحقّق منه وأعد المحاولة.',
    expiredCode: 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.',
    totpCodeReused: 'سبق استخدام هذا الرمز. انتظر حتى يعرض التطبيق رمزًا جديدًا.',
    alreadyConfirmed: 'هذا الحساب مؤكَّد بالفعل.',
    userDisabled: 'هذا الحساب معطَّل. تواصل مع فريق دعم الموقع.',
    passwordResetRequired: 'عليك إعادة تعيين كلمة المرور قبل أن تتمكن من تسجيل الدخول.',
    cannotResetPassword: 'لا يمكن إعادة تعيين كلمة مرور هذا الحساب من هنا.',
    mfaNotSetUp: 'أكمل إعداد تطبيق المصادقة أولًا.',
    sessionExpired: 'استغرق ذلك وقتًا طويلًا. يُرجى تسجيل الدخول مرة أخرى.',
    signedOut: 'سُجّل خروجك. يُرجى تسجيل الدخول مرة أخرى.',
    passwordAttemptsExceeded: 'محاولات فاشلة كثيرة جدًا. انتظر بضع دقائق، ثم أعد المحاولة.',
    limitExceeded: 'محاولات كثيرة جدًا في الوقت الحالي. انتظر بعض الوقت (حتى ساعة)، ثم أعد المحاولة.',
    tooManyRequests: 'الخدمة مشغولة. انتظر بضع ثوانٍ، ثم أعد المحاولة.',
    tooManyFailedAttempts: 'رموز خاطئة كثيرة جدًا. انتظر بعض الوقت، ثم اطلب رمزًا جديدًا.',
    network: offline,
    serviceError: 'واجهت خدمة تسجيل الدخول مشكلة. أعد المحاولة بعد لحظات.',
    clientHasSecret:
      'إعداد هذا الموقع غير صحيح: لعميل تطبيق Cognito الخاص به سرّ عميل (client secret)، ولا يمكن لتطبيق يعمل في المتصفح استخدامه. يجب على مشغّل الموقع إنشاء عميل تطبيق بلا سرّ وتعيين VITE_COGNITO_CLIENT_ID إليه.',
    userPasswordAuthDisabled:
      'إعداد هذا الموقع غير صحيح: عميل تطبيق Cognito الخاص به لا يسمح بتسجيل الدخول بكلمة المرور. يجب على مشغّل الموقع تفعيل ALLOW_USER_PASSWORD_AUTH في تدفقات المصادقة لعميل التطبيق.',
    unknownClient:
      'إعداد هذا الموقع غير صحيح: لا يعرف Cognito عميل التطبيق الخاص به. يجب على مشغّل الموقع التحقق من VITE_COGNITO_CLIENT_ID ومن المنطقة في VITE_COGNITO_USER_POOL_ID.',
    softwareTokenMfaNotEnabled:
      'إعداد هذا الموقع غير صحيح: تطبيقات المصادقة غير مفعّلة في مجمّع المستخدمين الخاص به. يجب على مشغّل الموقع تفعيل MFA بطريقة TOTP (الرمز البرمجي) في إعدادات تسجيل الدخول لمجمّع المستخدمين.',
    unsupportedChallenge: 'يتطلب حسابك خطوة تسجيل دخول لا تدعمها هذه الصفحة. تواصل مع فريق دعم الموقع.',
    blockedBySecurity:
      'حُظر هذا الطلب حفاظًا على أمان حسابك. لن تفيد إعادة المحاولة الآن: أعد تعيين كلمة المرور، أو تواصل مع فريق دعم الموقع.',
    temporaryPasswordExpired: 'انتهت صلاحية كلمة المرور المؤقتة. اطلب من مسؤول الموقع أن يرسل إليك كلمة مرور جديدة.',
    compromisedPassword:
      'ظهرت كلمة المرور هذه في تسريب بيانات في مكان آخر، لذا لا يمكن استخدامها هنا. اختر كلمة مرور مختلفة.',
    passwordReused: 'سبق أن استخدمت كلمة المرور هذه. اختر كلمة مرور لم تستخدمها مؤخرًا.',
    lambdaRefused: 'لم تقبل عمليات التحقق الخاصة بهذا الموقع هذا الطلب. إن كنت تعتقد أن هذا خطأ، فتواصل مع فريق دعم الموقع.',
    lambdaFailed:
      'تعذّر إكمال عمليات التحقق الخاصة بهذا الموقع. أعد المحاولة بعد لحظات؛ وإن تكرر ذلك، فتواصل مع فريق دعم الموقع.',
    sessionRevoked: 'سُجّل خروجك من كل مكان. يُرجى تسجيل الدخول مرة أخرى.',
    refreshTokenInvalid: 'لا يمكن تجديد جلستك. يُرجى تسجيل الدخول مرة أخرى.',
    autoVerifyOff:
      'إعداد هذا الموقع غير صحيح: مجمّع المستخدمين الخاص به لا يرسل رموز التأكيد. يجب على مشغّل الموقع تفعيل التحقق من البريد الإلكتروني (السمة المُتحقَّق منها تلقائيًا: email) في مجمّع المستخدمين.',
    emailNotUsername:
      'إعداد هذا الموقع غير صحيح: مجمّع المستخدمين الخاص به لا يقبل ما تطلبه هذه الصفحة اسمًا للمستخدم (بريد إلكتروني هو مجرد اسم بديل هناك مثلًا، أو رقم هاتف حيث أسماء المستخدمين عناوين بريد إلكتروني). يجب على مشغّل الموقع تعيين VITE_COGNITO_SIGN_IN_WITH إلى ما يسجّل به مجمّع المستخدمين دخول الأشخاص.',
    signUpAttributesRequired:
      'إعداد هذا الموقع غير صحيح: يشترط مجمّع المستخدمين الخاص به بيانات عند التسجيل لا تطلبها هذه الصفحة. يجب على مشغّل الموقع إدراجها في VITE_COGNITO_SIGN_UP_ATTRIBUTES، أو جعلها اختيارية في مجمّع المستخدمين.',
    poolCannotDeliver:
      'إعداد هذا الموقع غير صحيح: مجمّع المستخدمين الخاص به غير مسموح له بإرسال رسائل البريد الإلكتروني أو الرسائل النصية. يجب على مشغّل الموقع إصلاح إعدادات البريد الإلكتروني (SES) أو الرسائل النصية SMS (دور SNS) للمجمّع.',
    poolMisconfigured:
      'إعداد هذا الموقع غير صحيح: يرى Cognito أن إعدادات مجمّع المستخدمين الخاص به غير صالحة. يجب على مشغّل الموقع التحقق من إعدادات مجمّع المستخدمين.',
    smsSetupNeedsPhone:
      'لا يوجد رقم هاتف في حسابك، وهذا الموقع لا يرسل الرموز إلا برسائل نصية. اطلب من مشغّل الموقع إضافة رقمك، أو تفعيل تطبيقات المصادقة أو الرموز عبر البريد الإلكتروني.',
    invalidParameter: 'لم يُقبل جزء من الطلب. تحقّق مما كتبته وأعد المحاولة.',
    passkeyCancelled:
      'أُغلقت نافذة مفتاح المرور، أو لا يوجد على هذا الجهاز مفتاح مرور لهذا الموقع. أعد المحاولة، أو سجّل الدخول بطريقة أخرى.',
    passkeyExists: 'يوجد على هذا الجهاز مفتاح مرور لحسابك بالفعل.',
    passkeyWrongDomain:
      'لا يمكن استخدام مفاتيح المرور في هذه الصفحة. إلى مشغّل الموقع: يجب أن يكون معرّف الطرف المعتمِد (relying party id) لمفاتيح المرور في مجمّع المستخدمين نطاقَ هذه الصفحة أو نطاقًا أعلى منه.',
    passkeyUnsupported:
      'لا يمكن لهذا المتصفح استخدام مفاتيح المرور. سجّل الدخول بطريقة أخرى، أو استخدم متصفحًا يدعمها.',
    passkeyRefused: 'لم يُقبل مفتاح المرور هذا. أعد المحاولة، أو استخدم مفتاح مرور آخر.',
    passkeysOff:
      'إعداد هذا الموقع غير صحيح: مفاتيح المرور غير مفعّلة في مجمّع المستخدمين الخاص به. يجب على مشغّل الموقع السماح بمفتاح المرور عاملًا أول وتعيين معرّف الطرف المعتمِد (relying party id) لمفاتيح المرور في مجمّع المستخدمين.',
    featureNotInPlan:
      'إعداد هذا الموقع غير صحيح: خطة ميزات مجمّع المستخدمين الخاص به لا تشمل طريقة تسجيل الدخول هذه. يجب على مشغّل الموقع نقل مجمّع المستخدمين إلى خطة Essentials أو Plus.',
    userAuthDisabled:
      'إعداد هذا الموقع غير صحيح: عميل تطبيق Cognito الخاص به لا يسمح بتسجيل الدخول القائم على الاختيار. يجب على مشغّل الموقع تفعيل ALLOW_USER_AUTH في تدفقات المصادقة لعميل التطبيق.',
    signUpSessionExpired:
      'استغرق الأمر وقتًا طويلًا فلم نتمكن من تسجيل دخولك مباشرة. أدخل الرمز مرة أخرى لتأكيد حسابك، ثم ستختار طريقة تسجيل الدخول.',
    unknown: 'حدث خطأ ما. أعد المحاولة.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'بيانات تسجيل الدخول أو كلمة المرور غير صحيحة. تحقّق منهما وأعد المحاولة.',
    userNotFound: 'لم نجد حسابًا بهذه البيانات. تحقّق من خلوّها من الأخطاء الإملائية، أو أنشئ حسابًا.',
    usernameExists: 'يوجد حساب بهذه البيانات بالفعل. هل تريد تسجيل الدخول بدلًا من ذلك؟',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'أُغلقت نافذة مفتاح المرور أو انتهت مهلتها، لذا لم يُضف أي مفتاح مرور. حاول مرة أخرى، أو اختر «ليس الآن».',
      passkeyExists:
        'يوجد على هذا الجهاز مفتاح مرور لحسابك بالفعل، لذا لم يُضف مفتاح جديد. اختر «ليس الآن» للمتابعة، أو حاول بجهاز آخر أو بمفتاح أمان.',
      passkeyWrongDomain:
        'لا يمكن استخدام مفاتيح المرور في هذه الصفحة. إلى مشغّل الموقع: يجب أن يكون معرّف الطرف المعتمِد (relying party id) لمفاتيح المرور في مجمّع المستخدمين نطاقَ هذه الصفحة أو نطاقًا أعلى منه. اختر «ليس الآن» للمتابعة.',
      passkeyUnsupported:
        'لا يستطيع هذا المتصفح إنشاء مفاتيح المرور، لذا لم يُضف أي مفتاح. اختر «ليس الآن» للمتابعة؛ يمكنك إضافة مفتاح لاحقًا من حسابك في متصفح يدعمها.',
      passkeyRefused: 'لم تقبل خدمة تسجيل الدخول مفتاح المرور الجديد، لذا لم يُضف. حاول مرة أخرى، أو اختر «ليس الآن».',
      passkeysOff:
        'إعداد هذا الموقع غير صحيح: مفاتيح المرور غير مفعّلة في مجمّع المستخدمين الخاص به. يجب على مشغّل الموقع السماح بمفتاح المرور عاملًا أول وتعيين معرّف الطرف المعتمِد (relying party id) لمفاتيح المرور في مجمّع المستخدمين. اختر «ليس الآن» للمتابعة.',
      featureNotInPlan:
        'إعداد هذا الموقع غير صحيح: خطة ميزات مجمّع المستخدمين الخاص به لا تشمل طريقة تسجيل الدخول هذه. يجب على مشغّل الموقع نقل مجمّع المستخدمين إلى خطة Essentials أو Plus. اختر «ليس الآن» للمتابعة.',
      network:
        'تعذّر الوصول إلى خدمة تسجيل الدخول، لذا لم يُضف أي مفتاح مرور. تحقق من اتصالك وحاول مرة أخرى، أو اختر «ليس الآن».',
      serviceError: 'واجهت خدمة تسجيل الدخول مشكلة، لذا لم يُضف أي مفتاح مرور. حاول مرة أخرى بعد قليل، أو اختر «ليس الآن».',
      invalidParameter: 'لم تقبل خدمة تسجيل الدخول الطلب، لذا لم يُضف أي مفتاح مرور. حاول مرة أخرى، أو اختر «ليس الآن».',
      unknown: 'حدث خطأ ما، لذا لم يُضف أي مفتاح مرور. حاول مرة أخرى، أو اختر «ليس الآن».',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `لم يقبل هذا الموقع هذا الطلب: ${isolate(reason)}`,
    contactSupport: (contact: string) => `الدعم: ${ltr(contact)}`,
  },

  selectChallenge: {
    heading: 'اختر طريقة تسجيل الدخول',
    as: (email: string) => `تسجيل الدخول باسم ${ltr(email)}.`,
    options: {
      WEB_AUTHN: 'استخدام مفتاح مرور',
      EMAIL_OTP: 'إرسال رمز إليّ بالبريد الإلكتروني',
      SMS_OTP: 'إرسال رمز إليّ برسالة نصية',
      PASSWORD: 'تسجيل الدخول بكلمة المرور',
    },
    none: 'لا تقدّم هذه الصفحة أي طريقة دخول متاحة لحسابك. تواصل مع فريق دعم الموقع.',
  },
  passkeySignIn: {
    heading: 'تسجيل الدخول بمفتاح المرور',
    waiting: 'اتبع تعليمات المتصفح لاستخدام مفتاح المرور.',
    retry: 'إعادة المحاولة بمفتاح المرور',
    otherWay: 'تسجيل الدخول بطريقة أخرى',
  },
  passkeyOffer: {
    heading: 'سجّل الدخول أسرع في المرة القادمة بمفتاح مرور',
    intro: 'استخدم بصمة إصبعك أو وجهك أو قفل الشاشة بدلًا من كلمة المرور. يمكنك إزالة مفتاح المرور في أي وقت من حسابك.',
    notNow: 'ليس الآن',
    checking: 'جارٍ تسجيل دخولك…',
  },
  passkeys: {
    heading: 'مفاتيح المرور',
    intro: 'يتيح لك مفتاح المرور تسجيل الدخول ببصمة إصبعك أو وجهك أو قفل الشاشة بدلًا من كلمة المرور.',
    manage: 'إدارة مفاتيح المرور',
    loading: 'جارٍ تحميل مفاتيح المرور…',
    none: 'ليس لديك مفاتيح مرور بعد.',
    add: 'إضافة مفتاح مرور',
    creating: 'اتبع تعليمات المتصفح لإنشاء مفتاح المرور.',
    unnamed: 'مفتاح مرور',
    added: (date: string) => `أُضيف في ${isolate(date)}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'بقفل شاشة جهاز' : attachment === 'cross-platform' ? 'مفتاح أمان أو هاتف' : 'أداة مصادقة',
    delete: (name: string) => `حذف ${isolate(name)}`,
    confirmDelete: (name: string) => `هل تريد حذف ${isolate(name)}؟ لن تتمكن بعد ذلك من تسجيل الدخول به.`,
    confirm: 'حذف مفتاح المرور',
    cancel: 'الإبقاء عليه',
  },

  config: {
    heading: 'إعداد هذا التطبيق غير صحيح',
    intro: `عيّن متغيرات وقت البناء هذه (مثلًا في ${ltr('.env.local')}) ثم أعد البناء:`,
    problems: {
      missingPoolId: () =>
        `المتغير VITE_COGNITO_USER_POOL_ID مفقود: عيّنه إلى معرّف مجمّع المستخدمين، مثل ${ltr('eu-west-1_AbCdEf123')}.`,
      missingClientId: () => 'المتغير VITE_COGNITO_CLIENT_ID مفقود: عيّنه إلى معرّف عميل تطبيق بلا سرّ.',
      badPoolId: (p) =>
        `القيمة ${valueOf(p)} للمتغير VITE_COGNITO_USER_POOL_ID ليست معرّف مجمّع مستخدمين: يبدو المعرّف مثل ${ltr('eu-west-1_AbCdEf123')} (المنطقة، ثم شرطة سفلية، ثم المعرّف).`,
      badClientId: (p) =>
        `القيمة ${valueOf(p)} للمتغير VITE_COGNITO_CLIENT_ID ليست معرّف عميل تطبيق: انسخه من صفحة عميل التطبيق في وحدة تحكم Cognito.`,
      badRegion: (p) => `القيمة ${valueOf(p)} للمتغير VITE_COGNITO_REGION ليست منطقة مثل ${ltr('eu-west-1')}.`,
      regionMismatch: (p) =>
        'region' in p
          ? `قيمة VITE_COGNITO_REGION هي ${ltr(p.region)} لكن مجمّع المستخدمين في ${ltr(p.poolRegion)}: احذف VITE_COGNITO_REGION أو اجعل القيمتين متطابقتين.`
          : '',
      badEndpoint: (p) =>
        `القيمة ${valueOf(p)} للمتغير VITE_COGNITO_ENDPOINT ليست عنوان URL بصيغة ${ltr('http(s)')} مثل ${ltr('http://localhost:9229/')}.`,
      badSessionMinutes: (p) =>
        `يجب أن تكون القيمة ${valueOf(p)} للمتغير VITE_COGNITO_SESSION_MINUTES عددًا صحيحًا من الدقائق من 3 إلى 15، بحسب مدة جلسة تدفق المصادقة لعميل التطبيق.`,
      badPasswordPolicy: (p) =>
        `القيمة ${valueOf(p)} للمتغير VITE_PASSWORD_POLICY ليست سياسة كلمات مرور: اذكر قواعد مجمّع المستخدمين مفصولة بفواصل، ${ltr('min=<6…99>')} وأيًّا من upper وlower وnumber وsymbol، مثل ${ltr('min=12,upper,lower,number,symbol')}.`,
      badMfaRequired: (p) =>
        `يجب أن تكون القيمة ${valueOf(p)} للمتغير VITE_COGNITO_MFA_REQUIRED إما true (يشترط مجمّع المستخدمين MFA) أو false.`,
      badSignInWith: (p) =>
        `يجب أن تذكر القيمة ${valueOf(p)} للمتغير VITE_COGNITO_SIGN_IN_WITH ما يسجّل به الأشخاص دخولهم، مفصولًا بفواصل، كلٌّ منها مرة واحدة: email وphone وusername وpreferred_username (مثل ${ltr('username,email')} لأسماء مستخدمين مع البريد الإلكتروني اسمًا بديلًا).`,
      badSignUpAttributes: (p) =>
        `يجب أن تذكر القيمة ${valueOf(p)} للمتغير VITE_COGNITO_SIGN_UP_ATTRIBUTES سمات مفصولة بفواصل، كلٌّ منها مرة واحدة: السمات القياسية باسمها (${ltr('name, given_name, birthdate, …')})، والمخصّصة مع تسمية (${ltr('custom:team=Team')})؛ أضف ${ltr('?')} بعد الاسم لسمة اختيارية.`,
      preferredUsernameWithoutUsername: (p) =>
        `تذكر القيمة ${valueOf(p)} للمتغير VITE_COGNITO_SIGN_IN_WITH السمة preferred_username دون username: اسم المستخدم المفضّل اسم بديل في مجمّع أسماء المستخدمين (--alias-attributes preferred_username)، فأضف username أيضًا، مثل username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `تذكر القيمة ${valueOf(p)} للمتغير VITE_COGNITO_SIGN_UP_ATTRIBUTES السمة preferred_username التي يجعلها VITE_COGNITO_SIGN_IN_WITH اسمًا بديلًا: لا يقبل Cognito اسم المستخدم المفضّل البديل إلا بعد تأكيد الحساب، لا عند إنشائه. احذف preferred_username من VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `يجب أن تكون القيمة ${valueOf(p)} للمتغير VITE_COGNITO_ADMIN_CREATE_USER_ONLY إما true (المسؤولون وحدهم ينشئون المستخدمين) أو false.`,
      badFirstFactors: (p) =>
        `القيمة ${valueOf(p)} للمتغير VITE_COGNITO_FIRST_FACTORS ليست قائمة بالعوامل الأولى: اذكر أيًّا من password وpasskey وemail وsms، مفصولة بفواصل، كلٌّ منها مرة واحدة، مثل ${ltr('password,passkey,email')}.`,
    },
  },
};
