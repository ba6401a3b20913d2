import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'אבחון מאגר המשתמשים',
  intro: 'הדף הזה בודק איך מוגדרים מאגר המשתמשים של Cognito ולקוח האפליקציה של האתר, לפי התשובות ש-Cognito מחזיר לדפדפן.',
  harmless:
    'הדף שולח שתי בקשות ש-Cognito דוחה: כניסה עם שם משתמש שלא ייתכן שקיים, ורענון אסימון עם משהו שאינו אסימון. לא נוצר שום חשבון, שום דבר לא נשלח לאף אחד, ולא נעשה שימוש באף API ניהולי.',
  running: 'פונים ל-Cognito…',
  runAgain: 'לבדוק שוב',
  language: 'שפה',
  status: { pass: 'תקין', problem: 'בעיה', unknown: 'לא ניתן לקבוע' },
  findings: {
    endpoint: {
      title: 'נקודת הקצה של Cognito נגישה',
      answered: (p) => `Cognito ענה מ-${p.endpoint}, והדפדפן אפשר לדף לקרוא את התשובה (CORS).`,
      notCognito: (p) => `ב-${p.endpoint} ענה משהו שאינו Cognito: שרת proxy, פורטל שבוי (captive portal) או VITE_COGNITO_ENDPOINT שגוי.`,
      noAnswer: (p) =>
        `אין תשובה מ-${p.endpoint}: המחשב הזה לא מחובר, המארח שגוי, או שנקודת הקצה לא מתירה את המקור הזה (CORS). Cognito עצמו מתיר כל מקור; אמולטור אולי לא.`,
      blockedByCsp: (p) => `הדפדפן לא שלח את הבקשות: ה-Content-Security-Policy של הדף לא מתירה את ${p.endpoint} (ראו בהמשך).`,
    },
    csp: {
      title: 'ה-Content-Security-Policy מתירה את נקודת הקצה',
      allows: (p) => `connect-src מתיר את ${p.endpoint}.`,
      blocks: (p) => `connect-src (או default-src) לא מתיר את ${p.endpoint}: כל כניסה תיכשל. יש לשלוח את הכותרת הזו:`,
      violated: (p) => `הדפדפן חסם בקשה אל ${p.endpoint} לפי המדיניות של הדף: כל כניסה תיכשל. יש לשלוח את הכותרת הזו:`,
      none: () => 'הדף מוגש בלי Content-Security-Policy. הוא עובד, אבל בלי ההגנה שהיא נותנת מפני סקריפטים מוזרקים. יש לשלוח את הכותרת הזו:',
      unread: () => 'הדף לא הצליח לקרוא את המדיניות שאיתה הוא מוגש. יש לוודא שנשלחת הכותרת הזו:',
    },
    client: {
      title: 'לקוח האפליקציה קיים',
      found: (p) => `Cognito מכיר את לקוח האפליקציה ${p.clientId} ב-${p.region}.`,
      notFound: (p) =>
        `Cognito ענה שלקוח האפליקציה ${p.clientId} לא קיים ב-${p.region}: מזהה הלקוח או האזור של המאגר שגויים. יש למצוא את הלקוח או ליצור לקוח חדש, ואז להגדיר את VITE_COGNITO_CLIENT_ID ולבנות מחדש:`,
      unknown: () => 'התשובות של Cognito לא גילו זאת.',
    },
    pool: {
      title: 'לקוח האפליקציה שייך למאגר המשתמשים',
      notProbed: (p) =>
        `מזהה המאגר ${p.userPoolId} מציין את האזור (${p.region}). דפדפן לא יכול לבדוק שהלקוח שייך למאגר הזה: בקשות כניסה מציינות רק את הלקוח. אפשר לבדוק עם:`,
    },
    secret: {
      title: 'ללקוח האפליקציה אין סוד',
      none: () => 'הלקוח קיבל כניסה בלי גיבוב סוד.',
      hasSecret: (p) =>
        `ללקוח האפליקציה ${p.clientId} יש סוד לקוח, ואפליקציה בדפדפן לא יכולה לשמור אותו בסוד. אי אפשר להסיר סוד מלקוח: יש ליצור לקוח בלי סוד, להגדיר את VITE_COGNITO_CLIENT_ID למזהה שהוא מדפיס ולבנות מחדש:`,
      unknown: () => 'התשובות של Cognito לא גילו זאת.',
    },
    passwordAuth: {
      title: 'כניסה עם סיסמה מותרת (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'הלקוח מתיר USER_PASSWORD_AUTH.',
      off: () => 'הלקוח לא מתיר USER_PASSWORD_AUTH: אף אחד לא יכול להיכנס. יש להפעיל:',
      behindSecret: () => 'Cognito נעצר בסוד הלקוח לפני שגילה זאת.',
      unknown: () => 'התשובות של Cognito לא גילו זאת.',
    },
    refresh: {
      title: 'רענון אסימונים מותר (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'הלקוח מתיר REFRESH_TOKEN_AUTH, שבעזרתו הדף משאיר אנשים מחוברים.',
      off: () =>
        'הלקוח דוחה REFRESH_TOKEN_AUTH (הוא כבוי, או שסבב אסימוני רענון מופעל, והדף לא משתמש בו): אנשים מנותקים כשהאסימונים שלהם פגים, כברירת מחדל אחרי שעה. יש להפעיל:',
      behindSecret: () => 'Cognito נעצר בסוד הלקוח לפני שגילה זאת.',
      unknown: () => 'התשובות של Cognito לא גילו זאת.',
    },
    userExistence: {
      title: 'הגנה מפני חשיפת קיום משתמשים (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: כתובת אימייל לא מוכרת מקבלת “Incorrect username or password.” (NotAuthorizedException), בדיוק כמו סיסמה שגויה, ובאיפוס נאמר שהקוד בדרך. אף אחד לא יכול לגלות דרך הדף הזה למי יש חשבון.',
      enabledByTrigger: () =>
        'ENABLED: Cognito הפעיל את טריגר טרום-האימות עבור משתמש שלא קיים, ואת זה הוא עושה רק כשההגנה הזו מופעלת.',
      legacy: () =>
        'LEGACY: Cognito עונה לכתובת אימייל לא מוכרת ב-UserNotFoundException, כך שכל אחד יכול לגלות לאילו כתובות יש חשבון. בכניסה הדף עדיין מציג אימייל או סיסמה שגויים, אבל מסכי האיפוס והאישור שלו אומרים “לא מצאנו חשבון עם כתובת האימייל הזו.” כדי להסתיר זאת:',
      unknown: () => 'התשובות של Cognito לא גילו זאת.',
    },
    trigger: {
      title: 'טריגרים של Lambda',
      refused: () =>
        'טריגר של Lambda דחה את הכניסה של משתמש שלא קיים, או נכשל (התשובה שלו מופיעה בהמשך). כש-PreventUserExistenceErrors מוגדר ל-ENABLED, טריגר טרום-האימות רץ גם עבור משתמשים לא מוכרים, עם userNotFound שערכו true; טריגר שמחזיר להם את האירוע בלי שינוי מאפשר ל-Cognito לענות כרגיל “Incorrect username or password.”. התיקון נעשה בקוד של הטריגר.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client מחזיר לברירת המחדל כל הגדרה שלא נמסרה לו (משכי תוקף של אסימונים, מאפיינים, הגדרות OAuth ועוד). קודם יש לקרוא את ההגדרות הנוכחיות של הלקוח עם ${describe}, ולהוסיף את אלה שמסתמכים עליהן.`,
    newClient: 'הלקוח החדש מקבל את ההגדרות שהדף צריך.',
    check: 'מציג את הגדרות הלקוח; לא משנה דבר.',
    header: 'יש לשלוח אותה מהאחסון (README, “Content-Security-Policy”), עם נקודת הקצה של המאגר ב-connect-src.',
  },
  copy: 'העתקה',
  copied: 'הועתק',
  copyFailed: 'ההעתקה נכשלה: אפשר לסמן את הטקסט במקום זאת',
  answers: {
    heading: 'מה Cognito ענה',
    signIn: 'כניסה של משתמש שלא ייתכן שקיים (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'רענון עם משהו שאינו אסימון (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'התקבלה',
    noAnswer: 'אין תשובה',
    notCognito: (status) => `HTTP ${status}, לא JSON של Cognito`,
  },
};
