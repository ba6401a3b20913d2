/**
 * עברית. Same keys and function parameters as the English reference (./en.ts). Written right to
 * left (dir: 'rtl' in the table of ./index.ts); what reads left to right inside a sentence
 * (emails, phone numbers, codes, identifiers, examples) is isolated, so the sentence around it
 * keeps its order. Counts take Hebrew's plural forms (Intl.PluralRules); the wording addresses
 * the reader without a grammatical gender ("יש להזין", "אפשר").
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';
import type { ConfigProblem } from '../config';

/** Left to right inside the sentence (LRI … PDI): an email, a phone number, a code, an identifier. */
const ltr = (text: string) => `\u2066${text}\u2069`;
/** Text of either direction (a name, a reason someone wrote), isolated (FSI … PDI). */
const isolate = (text: string) => `\u2068${text}\u2069`;

const plural = new Intl.PluralRules('he');
const number = new Intl.NumberFormat('he');
type Forms = { one: () => string; two: () => string; other: (n: string) => string };
/** The count with its noun in the form Hebrew gives that number ("many", where known, as "other"). */
const count = (n: number, forms: Forms) => {
  const form = plural.select(n);
  return form === 'one' || form === 'two' ? forms[form]() : forms.other(number.format(n));
};

const SECONDS: Forms = { one: () => 'שנייה אחת', two: () => 'שתי שניות', other: (n) => `${n} שניות` };
const CHARACTERS: Forms = { one: () => 'תו אחד', two: () => 'שני תווים', other: (n) => `${n} תווים` };

const valueOf = (p: ConfigProblem) => ltr('value' in p ? p.value : '');
const offline = 'לא הצלחנו להתחבר לשירות הכניסה. כדאי לבדוק את החיבור ולנסות שוב; מה שהקלדת נשמר.';
const emailExample = `יש להזין כתובת אימייל כמו ${ltr('name@example.com')}.`;

export const he: Dictionary = {
  lang: 'he',
  languageName: 'עברית',
  languagePicker: 'שפה',
  appName: 'כניסה',
  simulatedBanner: 'מאגר משתמשים מדומה: שום דבר לא יוצא מהדפדפן הזה, והקודים מופיעים בתיבת הדואר של המפתחים.',
  busy: 'רק רגע…',
  retry: 'ניסיון נוסף',
  back: 'חזרה לכניסה',
  backToAccount: 'חזרה לחשבון',
  backToHome: 'חזרה',
  offline,

  code: {
    resend: 'שליחת קוד חדש',
    resendIn: (seconds: number) => `אפשר לבקש קוד חדש בעוד ${count(seconds, SECONDS)}`,
  },

  fields: {
    email: 'אימייל',
    password: 'סיסמה',
    newPassword: 'סיסמה חדשה',
    code: 'קוד אימות',
    codeHint: '6 ספרות',
    currentPassword: 'הסיסמה הנוכחית',
    showPassword: 'הצגת הסיסמה',
    hidePassword: 'הסתרת הסיסמה',
    identifier: {
      email: 'אימייל',
      phone: 'מספר טלפון',
      username: 'שם משתמש',
      emailOrPhone: 'אימייל או מספר טלפון',
      usernameOrEmail: 'שם משתמש או אימייל',
      usernameOrPhone: 'שם משתמש או מספר טלפון',
      usernameEmailOrPhone: 'שם משתמש, אימייל או מספר טלפון',
      usernameOrPreferred: 'שם משתמש או שם משתמש מועדף',
      usernamePreferredOrEmail: 'שם משתמש, שם משתמש מועדף או אימייל',
      usernamePreferredOrPhone: 'שם משתמש, שם משתמש מועדף או מספר טלפון',
      usernamePreferredEmailOrPhone: 'שם משתמש, שם משתמש מועדף, אימייל או מספר טלפון',
    },
    phoneHint: `להתחיל ב־${ltr('+')} ובקידומת המדינה, למשל ${ltr('+44 7700 900123')}`,
  },

  signIn: {
    heading: 'כניסה',
    submit: 'כניסה',
    noAccount: 'חדשים כאן?',
    toSignUp: 'יצירת חשבון',
    forgot: 'שכחת את הסיסמה?',
    continue: 'המשך',
    withPasskey: 'כניסה עם מפתח גישה',
  },

  signUp: {
    heading: 'יצירת חשבון חדש',
    submit: 'יצירת החשבון',
    haveAccount: 'כבר יש לך חשבון?',
    toSignIn: 'כניסה',
    rulesHeading: 'הסיסמה צריכה לכלול',
    optional: (label: string) => `${isolate(label)} (רשות)`,
  },

  attributes: {
    name: 'שם מלא',
    given_name: 'שם פרטי',
    family_name: 'שם משפחה',
    middle_name: 'שם אמצעי',
    nickname: 'כינוי',
    preferred_username: 'שם משתמש מועדף',
    profile: 'דף פרופיל (URL)',
    picture: 'תמונה (URL)',
    website: 'אתר אינטרנט',
    gender: 'מגדר',
    birthdate: 'תאריך לידה',
    zoneinfo: `אזור זמן (למשל ${ltr('Asia/Jerusalem')})`,
    locale: `שפה (למשל ${ltr('he-IL')} או ${ltr('en-GB')})`,
    address: 'כתובת',
    email: 'אימייל',
    phone_number: 'מספר טלפון',
  },

  confirmSignUp: {
    heading: 'אימות כתובת האימייל',
    headingPhone: 'אימות מספר הטלפון',
    sentTo: (destination: string) => `שלחנו קוד בן 6 ספרות אל ${ltr(destination)}. יש להזין אותו כדי לאשר את החשבון.`,
    sentSomewhere: 'שלחנו קוד בן 6 ספרות לאימייל שלך. יש להזין אותו כדי לאשר את החשבון.',
    sentByText: (destination: string) =>
      `שלחנו קוד בן 6 ספרות ב־SMS למספר ${ltr(destination)}. יש להזין אותו כדי לאשר את החשבון.`,
    submit: 'אישור',
  },

  forgotPassword: {
    heading: 'איפוס סיסמה',
    intro: 'יש להזין את האימייל של החשבון, ואנחנו נשלח קוד לבחירת סיסמה חדשה.',
    introAny: 'יש להזין את מה שמשמש לכניסה, ונשלח קוד לבחירת סיסמה חדשה.',
    submit: 'שליחת קוד',
  },

  resetPassword: {
    heading: 'בחירת סיסמה חדשה',
    sentTo: (destination: string) => `שלחנו קוד בן 6 ספרות אל ${ltr(destination)}. יש להזין אותו יחד עם הסיסמה החדשה.`,
    sentSomewhere: 'שלחנו לך קוד בן 6 ספרות. יש להזין אותו יחד עם הסיסמה החדשה.',
    sentByText: (destination: string) =>
      `שלחנו קוד בן 6 ספרות ב־SMS למספר ${ltr(destination)}. יש להזין אותו יחד עם הסיסמה החדשה.`,
    ifEmailed: 'אם יש חשבון שתואם את מה שהזנת, קוד כבר בדרך לכתובת האימייל שלו.',
    ifTexted: 'אם יש חשבון שתואם את מה שהזנת, קוד כבר בדרך ב־SMS למספר הטלפון שלו.',
    ifSent: 'אם יש חשבון שתואם את מה שהזנת, קוד כבר בדרך.',
    submit: 'איפוס הסיסמה וכניסה',
  },

  newPassword: {
    heading: 'בחירת סיסמה',
    intro: 'החשבון נוצר עם סיסמה זמנית. כדי להמשיך, יש לבחור סיסמה משלך.',
    attributesHeading: 'אנחנו צריכים גם',
    submit: 'שמירה והמשך',
  },

  totpSetup: {
    heading: 'הגדרת אפליקציית אימות',
    intro:
      'החשבון שלך דורש שלב שני בכניסה. יש להוסיף אותו לאפליקציית אימות כמו Google Authenticator,‏ Microsoft Authenticator,‏ 1Password או Authy.',
    scan: 'יש לסרוק את קוד ה-QR הזה באפליקציה.',
    qrAlt: (account: string) => `קוד QR שמוסיף את ${ltr(account)} לאפליקציית אימות`,
    manual: 'לא מצליחים לסרוק? אפשר להזין באפליקציה את מפתח ההגדרה הזה במקום:',
    secretLabel: 'מפתח הגדרה',
    copy: 'העתקת המפתח',
    copied: 'הועתק',
    copyFailed: 'יש לסמן את המפתח ולהעתיק אותו ידנית',
    openInApp: 'פתיחה באפליקציית אימות במכשיר הזה',
    enterCode: 'לאחר מכן יש להזין את הקוד בן 6 הספרות שמוצג באפליקציה.',
    deviceName: 'שם לאפליקציית האימות הזו (לא חובה)',
    deviceNamePlaceholder: 'הטלפון שלי',
    submit: 'אימות וסיום',
    preparing: 'מכינים את מפתח ההגדרה…',
    verified: 'אפליקציית האימות אומתה. נשאר רק השלב האחרון של הכניסה.',
    enabling: 'הקוד התקבל. מפעילים…',
    notTurnedOn: 'הקוד התקבל, אבל אפליקציית האימות עדיין לא הופעלה בחשבון. אפשר לנסות שוב: אין צורך בקוד חדש.',
  },

  mfaSetupChoice: {
    heading: 'הוספת שלב שני',
    intro: 'החשבון שלך דורש שלב שני בכניסה. יש לבחור אחד.',
    emailOnly: 'החשבון שלך דורש שלב שני בכניסה: קוד שנשלח אליך באימייל.',
    emailTo: (email: string) => `הקודים יישלחו אל ${ltr(email)}.`,
    sending: 'שולחים קוד…',
  },

  totpChallenge: {
    heading: 'הזנת הקוד מאפליקציית האימות',
    intro: 'יש לפתוח את אפליקציית האימות ולהזין את הקוד בן 6 הספרות של החשבון הזה.',
    device: (name: string) => `אפליקציית אימות: ${isolate(name)}`,
    submit: 'אימות',
  },

  emailChallenge: {
    heading: 'הזנת הקוד ששלחנו באימייל',
    sentTo: (destination: string) => `שלחנו קוד בן 6 ספרות אל ${ltr(destination)}.`,
    sentSomewhere: 'שלחנו קוד בן 6 ספרות לאימייל שלך.',
    submit: 'אימות',
  },

  smsChallenge: {
    heading: 'הזנת הקוד ששלחנו בהודעת טקסט',
    sentTo: (destination: string) => `שלחנו קוד בן 6 ספרות למספר ${ltr(destination)}.`,
    sentSomewhere: 'שלחנו קוד בן 6 ספרות לטלפון שלך.',
    submit: 'אימות',
  },

  selectMfaType: {
    heading: 'בחירת דרך האימות',
    intro: 'לחשבון שלך יש יותר משלב שני אחד. יש לבחור אחד לכניסה הזו.',
    options: {
      SOFTWARE_TOKEN_MFA: 'אפליקציית אימות',
      SMS_MFA: 'הודעת טקסט (SMS)',
      EMAIL_OTP: 'אימייל',
    },
  },

  signedIn: {
    heading: 'נכנסת לחשבון',
    as: (email: string) => `החשבון המחובר: ${ltr(email)}`,
    account: 'חשבון ואבטחה',
    signOut: 'יציאה',
    signOutEverywhere: 'יציאה מכל המכשירים',
    reconnecting: 'מתחברים מחדש… כרגע אין לנו גישה לשירות הכניסה כדי לחדש את ההתחברות. החשבון נשאר מחובר, ואנחנו ממשיכים לנסות.',
    nav: 'החשבון שלך',
    home: 'דף הבית',
    profile: 'פרופיל',
    profileIntro: 'מה ה־API של האתר יודע עליך: דף הפרופיל שואל אותו, עם הכניסה שלך.',
  },

  profile: {
    heading: 'הפרופיל שלך',
    intro: 'התשובה שה־API של האתר נתן כשהדף הזה שאל, עם הכניסה שלך, למי שייך החשבון.',
    loading: 'שואלים את ה־API…',
    sub: 'מזהה משתמש (ID)',
    username: 'שם משתמש',
    groups: 'קבוצות',
    noGroups: 'אין',
    tokenExpiresAt: 'הכניסה בתוקף עד',
    servedAt: 'זמן התשובה',
    refused: 'ה־API לא קיבל את הכניסה. יש לצאת ולהיכנס שוב.',
    failed: (status: number) => `ה־API לא הצליח לענות (שגיאה ${ltr(String(status))}). כדאי לנסות שוב בעוד רגע.`,
    unreachable: 'לא הצלחנו להתחבר ל־API. כדאי לבדוק את החיבור ולנסות שוב.',
  },

  account: {
    heading: 'חשבון ואבטחה',
    mfaHeading: 'אימות דו-שלבי',
    mfaIntro: 'שלב שני בכניסה שומר על החשבון גם אם הסיסמה דלפה.',
    loading: 'טוענים את ההגדרות…',
    on: 'פועל',
    off: 'כבוי',
    preferred: 'בשימוש ראשון',
    setUpTotp: 'הגדרת אפליקציית אימות',
    replaceTotp: 'מעבר לאפליקציית אימות אחרת',
    verifiedNotOn: 'עדיין לא הופעל',
    turnOnTotp: 'הפעלת אפליקציית האימות',
    smsByPhone: 'נשלחים למספר הטלפון שלך, כפי שהאתר דורש; אי אפשר לכבות אותם כאן.',
    requiredOnly: 'האתר הזה דורש שלב שני, ולכן אי אפשר לכבות את השלב היחיד שלך.',
    turnOff: (factor: string) => `כיבוי: ${factor}`,
    prefer: (factor: string) => `שימוש קודם ב: ${factor}`,
    passwordHeading: 'סיסמה',
    changePassword: 'שינוי סיסמה',
  },

  changePassword: {
    heading: 'שינוי הסיסמה',
    submit: 'שינוי סיסמה',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `הזמן שנותר לסיום השלב: ${ltr(`${number.format(minutes)}:${String(seconds).padStart(2, '0')}`)}`,
  },

  notices: {
    sessionExpired: 'זה לקח יותר מדי זמן, ולכן הכניסה בוטלה לשמירה על ביטחונך. יש להיכנס שוב.',
    sessionUsed: 'שלב הכניסה הזה כבר נוצל (אולי רגע לפני שהחיבור נותק), ולכן אי אפשר לשלוח אותו שוב. יש להיכנס שוב.',
    codeResent: 'שלחנו קוד חדש. קודים שנשלחו לפניו כבר לא תקפים.',
    accountConfirmed: 'החשבון אושר. אפשר להיכנס.',
    alreadyConfirmed: 'החשבון הזה כבר אושר. אפשר להיכנס.',
    confirmBeforeSignIn: 'החשבון עדיין לא אושר. שלחנו לך קוד חדש.',
    resetCodeSent: 'אם יש חשבון עם האימייל הזה, קוד כבר בדרך.',
    passwordChanged: 'הסיסמה שונתה.',
    totpEnabled: 'אפליקציית האימות הוגדרה. היא תשמש אותך בכניסה הבאה.',
    mfaUpdated: 'הגדרות האימות הדו-שלבי נשמרו.',
    sessionEnded: 'ההתחברות הסתיימה. יש להיכנס שוב.',
    sessionRevoked: 'בוצעה יציאה מכל המכשירים, ממכשיר אחר או על ידי מנהל האתר. יש להיכנס שוב.',
    sessionNotRenewed: 'לא הצלחנו לחדש את ההתחברות, ולכן בוצעה יציאה. יש להיכנס שוב; אם זה חוזר על עצמו, כדאי לפנות לתמיכה של האתר.',
    signedOut: 'יצאת מהחשבון.',
    signedOutEverywhere: 'יצאת מהחשבון בכל המכשירים.',
    signedOutElsewhere: 'בוצעה יציאה בכרטיסייה אחרת של האתר הזה.',
    passkeyAdded: 'מפתח הגישה נוסף. בפעם הבאה אפשר להיכנס איתו.',
    passkeyDeleted: 'מפתח הגישה נמחק.',
  },

  passwordRules: {
    length: (min: number) => `לפחות ${count(min, CHARACTERS)}`,
    uppercase: () => `אות לטינית גדולה (${ltr('A-Z')})`,
    lowercase: () => `אות לטינית קטנה (${ltr('a-z')})`,
    number: () => 'ספרה',
    symbol: () => `סימן כמו ${ltr('! @ #')} או ${ltr('?')}`,
    spaces: () => 'בלי רווחים בהתחלה או בסוף',
  },

  problems: {
    required: 'יש למלא את השדה הזה.',
    emailFormat: emailExample,
    emailTooLong: 'כתובת אימייל יכולה להכיל 128 תווים לכל היותר.',
    phoneFormat: `יש להזין את המספר עם ${ltr('+')} וקידומת המדינה, למשל ${ltr('+44 7700 900123')}.`,
    usernameFormat: 'שם משתמש לא יכול להכיל רווחים.',
    usernameTooLong: 'שם משתמש יכול להכיל 128 תווים לכל היותר.',
    usernameLooksLikeEmail: 'יש לבחור שם משתמש שאינו כתובת אימייל: האימייל נשאל בהמשך.',
    usernameLooksLikePhone: 'יש לבחור שם משתמש שאינו מספר טלפון: המספר נשאל בהמשך.',
    birthdateFormat: `יש להזין תאריך כמו ${ltr('1990-05-17')} (שנה, חודש, יום).`,
    attributeTooLong: 'השדה הזה יכול להכיל 2048 תווים לכל היותר.',
    weakPassword: 'הסיסמה הזו לא עומדת בכללים שלמטה.',
    passwordTooLong: 'סיסמה יכולה להכיל 256 תווים לכל היותר.',
    codeFormat: 'יש להזין את 6 הספרות של הקוד.',
    wrongCredentials: 'האימייל או הסיסמה שגויים. כדאי לבדוק את שניהם ולנסות שוב.',
    userNotFound: 'לא מצאנו חשבון עם האימייל הזה. כדאי לבדוק שאין בו שגיאות הקלדה, או ליצור חשבון.',
    wrongCurrentPassword: 'הסיסמה הנוכחית שגויה.',
    userNotConfirmed: 'החשבון עדיין לא אושר.',
    usernameExists: 'כבר יש חשבון עם האימייל הזה. להיכנס במקום זאת?',
    invalidPassword: 'הסיסמה הזו לא עומדת בכללים.',
    invalidEmail: emailExample,
    codeMismatch: 'הקוד הזה שגוי. כדאי לבדוק אותו ולנסות שוב.',
    expiredCode: 'תוקף הקוד הזה פג. אפשר לבקש קוד חדש.',
    totpCodeReused: 'הקוד הזה כבר נוצל. יש לחכות עד שהאפליקציה תציג קוד חדש.',
    alreadyConfirmed: 'החשבון הזה כבר אושר.',
    userDisabled: 'החשבון הזה מושבת. יש לפנות לתמיכה של האתר.',
    passwordResetRequired: 'יש לאפס את הסיסמה לפני שאפשר יהיה להיכנס.',
    cannotResetPassword: 'אי אפשר לאפס כאן את הסיסמה של החשבון הזה.',
    mfaNotSetUp: 'קודם יש לסיים את הגדרת אפליקציית האימות.',
    sessionExpired: 'זה לקח יותר מדי זמן. יש להיכנס שוב.',
    signedOut: 'בוצעה יציאה מהחשבון. יש להיכנס שוב.',
    passwordAttemptsExceeded: 'יותר מדי ניסיונות כושלים. יש לחכות כמה דקות ולנסות שוב.',
    limitExceeded: 'יותר מדי ניסיונות לעת עתה. יש לחכות זמן מה (עד שעה) ולנסות שוב.',
    tooManyRequests: 'השירות עמוס. יש לחכות כמה שניות ולנסות שוב.',
    tooManyFailedAttempts: 'יותר מדי קודים שגויים. יש לחכות זמן מה ואז לבקש קוד חדש.',
    network: offline,
    serviceError: 'אירעה תקלה בשירות הכניסה. אפשר לנסות שוב בעוד רגע.',
    clientHasSecret:
      'האתר הזה מוגדר באופן שגוי: ללקוח האפליקציה שלו ב-Cognito יש סוד לקוח (client secret), ואפליקציה בדפדפן לא יכולה להשתמש בו. מפעיל האתר צריך ליצור לקוח אפליקציה בלי סוד ולהגדיר אותו ב-VITE_COGNITO_CLIENT_ID.',
    userPasswordAuthDisabled:
      'האתר הזה מוגדר באופן שגוי: לקוח האפליקציה שלו ב-Cognito לא מאפשר כניסה עם סיסמה. מפעיל האתר צריך להפעיל את ALLOW_USER_PASSWORD_AUTH בתהליכי האימות של לקוח האפליקציה.',
    unknownClient:
      'האתר הזה מוגדר באופן שגוי: Cognito לא מכיר את לקוח האפליקציה שלו. מפעיל האתר צריך לבדוק את VITE_COGNITO_CLIENT_ID ואת האזור ב-VITE_COGNITO_USER_POOL_ID.',
    softwareTokenMfaNotEnabled:
      'האתר הזה מוגדר באופן שגוי: אפליקציות אימות לא מופעלות במאגר המשתמשים שלו. מפעיל האתר צריך להפעיל MFA מסוג TOTP (אסימון תוכנה) בהגדרות הכניסה של מאגר המשתמשים.',
    unsupportedChallenge: 'החשבון שלך דורש שלב כניסה שהדף הזה לא תומך בו. יש לפנות לתמיכה של האתר.',
    blockedBySecurity:
      'לשמירה על ביטחון החשבון, הבקשה נחסמה. ניסיון נוסף עכשיו לא יעזור: אפשר לאפס את הסיסמה או לפנות לתמיכה של האתר.',
    temporaryPasswordExpired: 'תוקף הסיסמה הזמנית פג. יש לבקש ממנהל האתר לשלוח סיסמה חדשה.',
    compromisedPassword: 'הסיסמה הזו הופיעה בדליפת מידע במקום אחר, ולכן אי אפשר להשתמש בה כאן. יש לבחור סיסמה אחרת.',
    passwordReused: 'כבר השתמשת בסיסמה הזו. יש לבחור סיסמה שלא שימשה אותך לאחרונה.',
    lambdaRefused: 'הבדיקות של האתר עצמו לא אישרו את זה. אם נראה לך שזו טעות, יש לפנות לתמיכה של האתר.',
    lambdaFailed: 'הבדיקות של האתר עצמו לא הסתיימו. אפשר לנסות שוב בעוד רגע; אם זה חוזר על עצמו, יש לפנות לתמיכה של האתר.',
    sessionRevoked: 'בוצעה יציאה מכל המכשירים. יש להיכנס שוב.',
    refreshTokenInvalid: 'אי אפשר לחדש את ההתחברות. יש להיכנס שוב.',
    autoVerifyOff:
      'האתר הזה מוגדר באופן שגוי: מאגר המשתמשים שלו לא שולח קודי אישור. מפעיל האתר צריך להפעיל אימות אימייל (מאפיין שמאומת אוטומטית: email) במאגר המשתמשים.',
    emailNotUsername:
      'האתר הזה מוגדר באופן שגוי: מאגר המשתמשים שלו לא מקבל כשם משתמש את מה שהדף הזה מבקש (למשל אימייל שהוא רק שם חלופי שם, או מספר טלפון במקום ששמות המשתמשים הם כתובות אימייל). מפעיל האתר צריך להגדיר את VITE_COGNITO_SIGN_IN_WITH למה שמאגר המשתמשים מאפשר להיכנס איתו.',
    signUpAttributesRequired:
      'האתר הזה מוגדר באופן שגוי: מאגר המשתמשים שלו דורש בהרשמה פרטים שהדף הזה לא מבקש. מפעיל האתר צריך לפרט אותם ב־VITE_COGNITO_SIGN_UP_ATTRIBUTES, או להפוך אותם לאופציונליים במאגר המשתמשים.',
    poolCannotDeliver:
      'האתר הזה מוגדר באופן שגוי: למאגר המשתמשים שלו אין הרשאה לשלוח אימיילים או הודעות טקסט. מפעיל האתר צריך לתקן את הגדרות האימייל (SES) או ה-SMS (תפקיד SNS) של המאגר.',
    poolMisconfigured:
      'האתר הזה מוגדר באופן שגוי: לפי Cognito, התצורה של מאגר המשתמשים שלו לא תקינה. מפעיל האתר צריך לבדוק את הגדרות מאגר המשתמשים.',
    smsSetupNeedsPhone:
      'אין מספר טלפון בחשבון שלך, והאתר הזה שולח קודים רק בהודעות טקסט. אפשר לבקש ממפעיל האתר להוסיף את המספר שלך, או להפעיל אפליקציות אימות או קודים באימייל.',
    invalidParameter: 'משהו בבקשה לא התקבל. כדאי לבדוק מה הקלדת ולנסות שוב.',
    passkeyCancelled:
      'חלון מפתח הגישה נסגר, או שאין במכשיר הזה מפתח גישה לאתר הזה. כדאי לנסות שוב, או להיכנס בדרך אחרת.',
    passkeyExists: 'כבר יש במכשיר הזה מפתח גישה לחשבון שלך.',
    passkeyWrongDomain:
      'אי אפשר להשתמש במפתחות גישה בדף הזה. למפעיל האתר: מזהה הגורם המסתמך (relying party id) של מפתחות הגישה במאגר המשתמשים צריך להיות הדומיין של הדף הזה או דומיין־אב שלו.',
    passkeyUnsupported: 'הדפדפן הזה לא יכול להשתמש במפתחות גישה. אפשר להיכנס בדרך אחרת, או להשתמש בדפדפן שתומך בהם.',
    passkeyRefused: 'מפתח הגישה הזה לא אושר. כדאי לנסות שוב, או להשתמש במפתח גישה אחר.',
    passkeysOff:
      'האתר הזה מוגדר באופן שגוי: מפתחות גישה לא מופעלים במאגר המשתמשים שלו. מפעיל האתר צריך לאפשר מפתח גישה כגורם ראשון ולהגדיר את מזהה הגורם המסתמך (relying party id) של מפתחות הגישה במאגר המשתמשים.',
    featureNotInPlan:
      'האתר הזה מוגדר באופן שגוי: תוכנית התכונות של מאגר המשתמשים שלו לא כוללת את דרך הכניסה הזו. מפעיל האתר צריך להעביר את מאגר המשתמשים לתוכנית Essentials או Plus.',
    userAuthDisabled:
      'האתר הזה מוגדר באופן שגוי: לקוח האפליקציה שלו ב-Cognito לא מאפשר כניסה מבוססת בחירה. מפעיל האתר צריך להפעיל את ALLOW_USER_AUTH בתהליכי האימות של לקוח האפליקציה.',
    signUpSessionExpired:
      'זה לקח יותר מדי זמן כדי להכניס אותך ישירות. צריך להזין שוב את הקוד כדי לאשר את החשבון; אחר כך אפשר יהיה לבחור איך להיכנס.',
    unknown: 'משהו השתבש. אפשר לנסות שוב.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'פרטי הכניסה או הסיסמה שגויים. כדאי לבדוק את שניהם ולנסות שוב.',
    userNotFound: 'לא מצאנו חשבון עם הפרטים האלה. כדאי לבדוק שאין בהם שגיאות הקלדה, או ליצור חשבון.',
    usernameExists: 'כבר יש חשבון עם הפרטים האלה. להיכנס במקום זאת?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled: 'חלון מפתח הגישה נסגר או שהזמן עבר, ולכן לא נוסף מפתח גישה. נסו שוב, או בחרו ”לא עכשיו“.',
      passkeyExists:
        'במכשיר הזה כבר יש מפתח גישה לחשבון שלכם, ולכן לא נוסף מפתח חדש. בחרו ”לא עכשיו“ כדי להמשיך, או נסו עם מכשיר אחר או מפתח אבטחה.',
      passkeyWrongDomain:
        'אי אפשר להשתמש במפתחות גישה בדף הזה. למפעיל האתר: מזהה הגורם המסתמך (relying party id) של מפתחות הגישה במאגר המשתמשים צריך להיות הדומיין של הדף הזה או דומיין־אב שלו. בחרו ”לא עכשיו“ כדי להמשיך.',
      passkeyUnsupported:
        'הדפדפן הזה לא יכול ליצור מפתחות גישה, ולכן לא נוסף מפתח. בחרו ”לא עכשיו“ כדי להמשיך; אפשר להוסיף מפתח מאוחר יותר מהחשבון בדפדפן שתומך בהם.',
      passkeyRefused: 'שירות הכניסה לא קיבל את מפתח הגישה החדש, ולכן הוא לא נוסף. נסו שוב, או בחרו ”לא עכשיו“.',
      passkeysOff:
        'האתר הזה מוגדר באופן שגוי: מפתחות גישה לא מופעלים במאגר המשתמשים שלו. מפעיל האתר צריך לאפשר מפתח גישה כגורם ראשון ולהגדיר את מזהה הגורם המסתמך (relying party id) של מפתחות הגישה במאגר המשתמשים. בחרו ”לא עכשיו“ כדי להמשיך.',
      featureNotInPlan:
        'האתר הזה מוגדר באופן שגוי: תוכנית התכונות של מאגר המשתמשים שלו לא כוללת את דרך הכניסה הזו. מפעיל האתר צריך להעביר את מאגר המשתמשים לתוכנית Essentials או Plus. בחרו ”לא עכשיו“ כדי להמשיך.',
      network: 'לא הצלחנו להגיע לשירות הכניסה, ולכן לא נוסף מפתח גישה. בדקו את החיבור ונסו שוב, או בחרו ”לא עכשיו“.',
      serviceError: 'אירעה בעיה בשירות הכניסה, ולכן לא נוסף מפתח גישה. נסו שוב בעוד רגע, או בחרו ”לא עכשיו“.',
      invalidParameter: 'שירות הכניסה לא קיבל את הבקשה, ולכן לא נוסף מפתח גישה. נסו שוב, או בחרו ”לא עכשיו“.',
      unknown: 'משהו השתבש, ולכן לא נוסף מפתח גישה. נסו שוב, או בחרו ”לא עכשיו“.',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `האתר לא אישר את זה: ${isolate(reason)}`,
    contactSupport: (contact: string) => `תמיכה: ${ltr(contact)}`,
  },

  selectChallenge: {
    heading: 'בחירת דרך הכניסה',
    as: (email: string) => `נכנסים בתור ${ltr(email)}.`,
    options: {
      WEB_AUTHN: 'שימוש במפתח גישה',
      EMAIL_OTP: 'שליחת קוד באימייל',
      SMS_OTP: 'שליחת קוד בהודעת טקסט',
      PASSWORD: 'כניסה עם סיסמה',
    },
    none: 'הדף הזה לא מציע אף דרך כניסה שקיימת בחשבון שלך. יש לפנות לתמיכה של האתר.',
  },
  passkeySignIn: {
    heading: 'כניסה עם מפתח הגישה',
    waiting: 'כדי להשתמש במפתח הגישה, יש לפעול לפי ההנחיות של הדפדפן.',
    retry: 'ניסיון חוזר עם מפתח הגישה',
    otherWay: 'כניסה בדרך אחרת',
  },
  passkeyOffer: {
    heading: 'בפעם הבאה אפשר להיכנס מהר יותר עם מפתח גישה',
    intro: 'אפשר להשתמש בטביעת אצבע, בזיהוי פנים או בנעילת המסך במקום בסיסמה. אפשר להסיר את מפתח הגישה בכל עת מהחשבון.',
    notNow: 'לא עכשיו',
    checking: 'מתבצעת כניסה…',
  },
  passkeys: {
    heading: 'מפתחות גישה',
    intro: 'מפתח גישה מאפשר להיכנס עם טביעת אצבע, זיהוי פנים או נעילת המסך במקום סיסמה.',
    manage: 'ניהול מפתחות גישה',
    loading: 'טוענים את מפתחות הגישה שלך…',
    none: 'עדיין אין לך מפתחות גישה.',
    add: 'הוספת מפתח גישה',
    creating: 'כדי ליצור את מפתח הגישה, יש לפעול לפי ההנחיות של הדפדפן.',
    unnamed: 'מפתח גישה',
    added: (date: string) => `נוסף ב־${isolate(date)}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'בנעילת המסך של מכשיר' : attachment === 'cross-platform' ? 'מפתח אבטחה או טלפון' : 'מאמת',
    delete: (name: string) => `מחיקת ${isolate(name)}`,
    confirmDelete: (name: string) => `למחוק את ${isolate(name)}? אחרי זה לא תהיה אפשרות להיכנס איתו.`,
    confirm: 'מחיקת מפתח הגישה',
    cancel: 'השארה',
  },

  config: {
    heading: 'האפליקציה הזו לא מוגדרת כראוי',
    intro: `יש להגדיר את משתני זמן הבנייה האלה (למשל ב-${ltr('.env.local')}) ולבנות מחדש:`,
    problems: {
      missingPoolId: () =>
        `חסר VITE_COGNITO_USER_POOL_ID: יש להגדיר בו את מזהה מאגר המשתמשים, כמו ${ltr('eu-west-1_AbCdEf123')}.`,
      missingClientId: () => 'חסר VITE_COGNITO_CLIENT_ID: יש להגדיר בו את המזהה של לקוח אפליקציה בלי סוד.',
      badPoolId: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_USER_POOL_ID אינו מזהה מאגר משתמשים: מזהה נראה כמו ${ltr('eu-west-1_AbCdEf123')} (אזור, קו תחתון, מזהה).`,
      badClientId: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_CLIENT_ID אינו מזהה לקוח אפליקציה: אפשר להעתיק אותו מהדף של לקוח האפליקציה במסוף Cognito.`,
      badRegion: (p) => `הערך ${valueOf(p)} של VITE_COGNITO_REGION אינו אזור כמו ${ltr('eu-west-1')}.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION הוא ${ltr(p.region)} אבל מאגר המשתמשים נמצא ב-${ltr(p.poolRegion)}: יש להסיר את VITE_COGNITO_REGION או להתאים ביניהם.`
          : '',
      badEndpoint: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_ENDPOINT אינו כתובת URL מסוג ${ltr('http(s)')} כמו ${ltr('http://localhost:9229/')}.`,
      badSessionMinutes: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_SESSION_MINUTES צריך להיות מספר שלם של דקות בין 3 ל-15, כמשך ההתחברות של תהליך האימות בלקוח האפליקציה.`,
      badPasswordPolicy: (p) =>
        `הערך ${valueOf(p)} של VITE_PASSWORD_POLICY אינו מדיניות סיסמאות: יש לפרט את כללי מאגר המשתמשים מופרדים בפסיקים, ${ltr('min=<6…99>')} וכל אחד מ-upper,‏ lower,‏ number,‏ symbol, למשל ${ltr('min=12,upper,lower,number,symbol')}.`,
      badMfaRequired: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_MFA_REQUIRED צריך להיות true (מאגר המשתמשים דורש MFA) או false.`,
      badSignInWith: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_SIGN_IN_WITH צריך לפרט במה נכנסים, מופרד בפסיקים, כל אחד פעם אחת: email, phone, username, preferred_username (למשל ${ltr('username,email')} לשמות משתמש עם האימייל כשם חלופי).`,
      badSignUpAttributes: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_SIGN_UP_ATTRIBUTES צריך לפרט מאפיינים מופרדים בפסיקים, כל אחד פעם אחת: מאפיינים סטנדרטיים לפי שם (${ltr('name, given_name, birthdate, …')}), מותאמים אישית עם תווית (${ltr('custom:team=Team')}); ${ltr('?')} אחרי השם הופך מאפיין לאופציונלי.`,
      preferredUsernameWithoutUsername: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_SIGN_IN_WITH כולל את preferred_username בלי username: שם משתמש מועדף הוא כינוי במאגר של שמות משתמש (--alias-attributes preferred_username), לכן יש לכלול גם את username, למשל username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_SIGN_UP_ATTRIBUTES כולל את preferred_username, ש־VITE_COGNITO_SIGN_IN_WITH הופך לכינוי: Cognito מקבל שם משתמש מועדף שהוא כינוי רק אחרי אישור החשבון, לא בהרשמה. יש להסיר את preferred_username מ־VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_ADMIN_CREATE_USER_ONLY צריך להיות true (רק מנהלים יוצרים משתמשים) או false.`,
      badFirstFactors: (p) =>
        `הערך ${valueOf(p)} של VITE_COGNITO_FIRST_FACTORS אינו רשימת גורמים ראשונים: יש לפרט כל אחד מ-password, passkey, email, sms, מופרדים בפסיקים, כל אחד פעם אחת, למשל ${ltr('password,passkey,email')}.`,
    },
  },
};
