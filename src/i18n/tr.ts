/**
 * Türkçe. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const tr: Dictionary = {
  lang: 'tr',
  languageName: 'Türkçe',
  languagePicker: 'Dil',
  appName: 'Oturum açma',
  simulatedBanner:
    'Simülasyon kullanıcı havuzu: hiçbir veri bu tarayıcının dışına çıkmaz ve kodlar geliştirici gelen kutusunda görünür.',
  busy: 'Lütfen bekleyin…',
  retry: 'Tekrar dene',
  back: 'Oturum açmaya dön',
  backToAccount: 'Hesabınıza dön',
  backToHome: 'Geri',
  offline: 'Oturum açma hizmetine ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin; yazdıklarınız korundu.',

  fields: {
    email: 'E-posta',
    password: 'Şifre',
    newPassword: 'Yeni şifre',
    code: 'Doğrulama kodu',
    codeHint: '6 haneli',
    currentPassword: 'Mevcut şifre',
    showPassword: 'Şifreyi göster',
    hidePassword: 'Şifreyi gizle',
    identifier: {
      email: 'E-posta',
      phone: 'Telefon numarası',
      username: 'Kullanıcı adı',
      emailOrPhone: 'E-posta veya telefon numarası',
      usernameOrEmail: 'Kullanıcı adı veya e-posta',
      usernameOrPhone: 'Kullanıcı adı veya telefon numarası',
      usernameEmailOrPhone: 'Kullanıcı adı, e-posta veya telefon numarası',
      usernameOrPreferred: 'Kullanıcı adı veya tercih edilen kullanıcı adı',
      usernamePreferredOrEmail: 'Kullanıcı adı, tercih edilen kullanıcı adı veya e-posta',
      usernamePreferredOrPhone: 'Kullanıcı adı, tercih edilen kullanıcı adı veya telefon numarası',
      usernamePreferredEmailOrPhone: 'Kullanıcı adı, tercih edilen kullanıcı adı, e-posta veya telefon numarası',
    },
    phoneHint: '+ ve ülke koduyla başlayın, ör. +44 7700 900123',
  },

  signIn: {
    heading: 'Oturum açın',
    submit: 'Oturum aç',
    noAccount: 'Burada yeni misiniz?',
    toSignUp: 'Hesap oluşturun',
    forgot: 'Şifrenizi mi unuttunuz?',
    continue: 'Devam',
    withPasskey: 'Geçiş anahtarıyla oturum açın',
  },

  code: {
    resend: 'Yeni kod gönder',
    resendIn: (seconds: number) => `${seconds} saniye sonra yeni kod isteyebilirsiniz`,
  },

  signUp: {
    heading: 'Hesabınızı oluşturun',
    submit: 'Hesap oluştur',
    haveAccount: 'Zaten hesabınız var mı?',
    toSignIn: 'Oturum açın',
    rulesHeading: 'Şifre gereksinimleri',
    optional: (label: string) => `${label} (isteğe bağlı)`,
  },

  attributes: {
    name: 'Ad soyad',
    given_name: 'Ad',
    family_name: 'Soyadı',
    middle_name: 'İkinci ad',
    nickname: 'Takma ad',
    preferred_username: 'Tercih edilen kullanıcı adı',
    profile: 'Profil sayfası (URL)',
    picture: 'Fotoğraf (URL)',
    website: 'Web sitesi',
    gender: 'Cinsiyet',
    birthdate: 'Doğum tarihi',
    zoneinfo: 'Saat dilimi (ör. Europe/Istanbul)',
    locale: 'Dil (ör. tr-TR, en-GB)',
    address: 'Adres',
    email: 'E-posta',
    phone_number: 'Telefon numarası',
  },

  confirmSignUp: {
    heading: 'E-posta adresinizi onaylayın',
    headingPhone: 'Telefon numaranızı onaylayın',
    sentTo: (destination: string) =>
      `${destination} adresine 6 haneli bir kod gönderdik. Hesabınızı onaylamak için kodu girin.`,
    sentSomewhere: 'E-posta adresinize 6 haneli bir kod gönderdik. Hesabınızı onaylamak için kodu girin.',
    sentByText: (destination: string) =>
      `${destination} numarasına SMS ile 6 haneli bir kod gönderdik. Hesabınızı onaylamak için kodu girin.`,
    submit: 'Onayla',
  },

  forgotPassword: {
    heading: 'Şifrenizi sıfırlayın',
    intro: 'Hesabınızın e-posta adresini girin; yeni bir şifre belirlemeniz için size bir kod gönderelim.',
    introAny: 'Oturum açarken kullandığınız bilgiyi girin; yeni bir şifre belirlemeniz için size bir kod gönderelim.',
    submit: 'Kod gönder',
  },

  resetPassword: {
    heading: 'Yeni şifre belirleyin',
    sentTo: (destination: string) =>
      `6 haneli bir kodu şuraya gönderdik: ${destination}. Kodu yeni şifrenizle birlikte girin.`,
    sentSomewhere: 'Size 6 haneli bir kod gönderdik. Kodu yeni şifrenizle birlikte girin.',
    sentByText: (destination: string) =>
      `${destination} numarasına SMS ile 6 haneli bir kod gönderdik. Kodu yeni şifrenizle birlikte girin.`,
    ifEmailed: 'Girdiğiniz bilgilerle eşleşen bir hesap varsa kod, hesabın e-posta adresine gönderiliyor.',
    ifTexted: 'Girdiğiniz bilgilerle eşleşen bir hesap varsa kod, hesabın telefon numarasına SMS ile gönderiliyor.',
    ifSent: 'Girdiğiniz bilgilerle eşleşen bir hesap varsa kod yolda.',
    submit: 'Şifreyi sıfırla ve oturum aç',
  },

  newPassword: {
    heading: 'Şifrenizi belirleyin',
    intro: 'Hesabınız geçici bir şifreyle oluşturuldu. Devam etmek için kendi şifrenizi belirleyin.',
    attributesHeading: 'Ayrıca şunlara ihtiyacımız var',
    submit: 'Kaydet ve devam et',
  },

  totpSetup: {
    heading: 'Kimlik doğrulama uygulamanızı ayarlayın',
    intro:
      'Hesabınız oturum açarken ikinci bir adım gerektiriyor. Hesabınızı Google Authenticator, Microsoft Authenticator, 1Password veya Authy gibi bir kimlik doğrulama uygulamasına ekleyin.',
    scan: 'Bu QR kodunu uygulamayla tarayın.',
    qrAlt: (account: string) => `${account} hesabını bir kimlik doğrulama uygulamasına ekleyen QR kodu`,
    manual: 'Tarayamıyor musunuz? Bunun yerine uygulamaya şu kurulum anahtarını girin:',
    secretLabel: 'Kurulum anahtarı',
    copy: 'Anahtarı kopyala',
    copied: 'Kopyalandı',
    copyFailed: 'Anahtarı seçip elle kopyalayın',
    openInApp: 'Bu cihazdaki bir kimlik doğrulama uygulamasında aç',
    enterCode: 'Ardından uygulamanın gösterdiği 6 haneli kodu girin.',
    deviceName: 'Bu kimlik doğrulayıcının adı (isteğe bağlı)',
    deviceNamePlaceholder: 'Telefonum',
    submit: 'Doğrula ve bitir',
    preparing: 'Kurulum anahtarınız hazırlanıyor…',
    verified: 'Kimlik doğrulama uygulamanız doğrulandı. Oturum açmanın yalnızca son adımı kaldı.',
    enabling: 'Kod kabul edildi. Açılıyor…',
    notTurnedOn:
      'Kodunuz kabul edildi ancak kimlik doğrulama uygulaması hesabınız için henüz açılmadı. Tekrar deneyin; yeni koda gerek yok.',
  },

  mfaSetupChoice: {
    heading: 'İkinci bir adım ekleyin',
    intro: 'Hesabınız oturum açarken ikinci bir adım gerektiriyor. Birini seçin.',
    emailOnly: 'Hesabınız oturum açarken ikinci bir adım gerektiriyor: size e-postayla gönderdiğimiz bir kod.',
    emailTo: (email: string) => `Kodlar ${email} adresine gönderilir.`,
    sending: 'Kod gönderiliyor…',
  },

  totpChallenge: {
    heading: 'Kimlik doğrulama kodunuzu girin',
    intro: 'Kimlik doğrulama uygulamanızı açın ve bu hesabın 6 haneli kodunu girin.',
    device: (name: string) => `Kimlik doğrulayıcı: ${name}`,
    submit: 'Doğrula',
  },

  emailChallenge: {
    heading: 'E-postayla gönderdiğimiz kodu girin',
    sentTo: (destination: string) => `${destination} adresine 6 haneli bir kod gönderdik.`,
    sentSomewhere: 'E-posta adresinize 6 haneli bir kod gönderdik.',
    submit: 'Doğrula',
  },

  smsChallenge: {
    heading: 'Kısa mesajla gönderdiğimiz kodu girin',
    sentTo: (destination: string) => `${destination} numarasına 6 haneli bir kod gönderdik.`,
    sentSomewhere: 'Telefonunuza 6 haneli bir kod gönderdik.',
    submit: 'Doğrula',
  },

  selectMfaType: {
    heading: 'Kimliğinizi nasıl doğrulayacağınızı seçin',
    intro: 'Hesabınızda birden fazla ikinci adım var. Bu oturum açma için birini seçin.',
    options: {
      SOFTWARE_TOKEN_MFA: 'Kimlik doğrulama uygulaması',
      SMS_MFA: 'Kısa mesaj (SMS)',
      EMAIL_OTP: 'E-posta',
    },
  },

  signedIn: {
    heading: 'Oturum açtınız',
    as: (email: string) => `${email} olarak oturum açıldı`,
    account: 'Hesap ve güvenlik',
    signOut: 'Oturumu kapat',
    signOutEverywhere: 'Tüm cihazlarda oturumu kapat',
    reconnecting:
      'Yeniden bağlanılıyor… Oturumunuzu yenilemek için şu anda oturum açma hizmetine ulaşamıyoruz. Oturumunuz açık kalır ve denemeye devam ediyoruz.',
    nav: 'Hesabınız',
    home: 'Ana sayfa',
    profile: 'Profil',
    profileIntro: 'Sitenin API’sinin sizin hakkınızda ne bildiğini görün: profil sayfası oturumunuzla ona sorar.',
  },

  profile: {
    heading: 'Profiliniz',
    intro: 'Bu sayfa oturumunuzla kim olduğunuzu sorduğunda sitenin API’sinin verdiği yanıt.',
    loading: 'API’ye soruluyor…',
    sub: 'Kullanıcı ID’si',
    username: 'Kullanıcı adı',
    groups: 'Gruplar',
    noGroups: 'Yok',
    tokenExpiresAt: 'Oturumunuz şu zamana kadar geçerli',
    servedAt: 'Yanıt zamanı',
    refused: 'API oturumunuzu kabul etmedi. Lütfen oturumu kapatıp tekrar açın.',
    failed: (status: number) => `API yanıt veremedi (hata ${status}). Lütfen biraz sonra tekrar deneyin.`,
    unreachable: 'API’ye ulaşamadık. Bağlantınızı kontrol edip tekrar deneyin.',
  },

  account: {
    heading: 'Hesap ve güvenlik',
    mfaHeading: 'İki adımlı doğrulama',
    mfaIntro: 'Oturum açarken ikinci bir adım, şifreniz sızsa bile hesabınızı güvende tutar.',
    loading: 'Ayarlarınız yükleniyor…',
    on: 'Açık',
    off: 'Kapalı',
    preferred: 'Önce kullanılır',
    setUpTotp: 'Kimlik doğrulama uygulaması ayarla',
    replaceTotp: 'Başka bir kimlik doğrulama uygulamasına taşı',
    verifiedNotOn: 'Henüz açık değil',
    turnOnTotp: 'Kimlik doğrulama uygulamasını aç',
    smsByPhone: 'Bu sitenin gerektirdiği şekilde telefon numaranıza gönderilir; burada kapatılamaz.',
    requiredOnly: 'Bu site ikinci bir adım gerektirdiğinden tek adımınız kapatılamaz.',
    turnOff: (factor: string) => `${factor} yöntemini kapat`,
    prefer: (factor: string) => `Önce ${factor} yöntemini kullan`,
    passwordHeading: 'Şifre',
    changePassword: 'Şifreyi değiştir',
  },

  changePassword: {
    heading: 'Şifrenizi değiştirin',
    submit: 'Şifreyi değiştir',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Bu adımı tamamlamak için kalan süre: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired:
      'Bu işlem çok uzun sürdüğü için güvenliğiniz amacıyla oturum açma iptal edildi. Lütfen tekrar oturum açın.',
    sessionUsed:
      'Bu oturum açma adımı zaten kullanılmıştı (belki bağlantı kopmadan hemen önce), bu yüzden tekrar gönderilemez. Lütfen tekrar oturum açın.',
    codeResent: 'Yeni bir kod gönderdik. Daha önce gönderilen kodlar artık çalışmaz.',
    accountConfirmed: 'Hesabınız onaylandı. Lütfen oturum açın.',
    alreadyConfirmed: 'Bu hesap zaten onaylanmış. Lütfen oturum açın.',
    confirmBeforeSignIn: 'Hesabınız henüz onaylanmadı. Size yeni bir kod gönderdik.',
    resetCodeSent: 'Bu e-posta adresini kullanan bir hesap varsa kod yolda.',
    passwordChanged: 'Şifreniz değiştirildi.',
    totpEnabled: 'Kimlik doğrulama uygulamanız ayarlandı. Bir sonraki oturum açışınızda bunu kullanacaksınız.',
    mfaUpdated: 'İki adımlı doğrulama ayarlarınız kaydedildi.',
    sessionEnded: 'Oturumunuz sona erdi. Lütfen tekrar oturum açın.',
    sessionRevoked:
      'Başka bir cihazdan veya sitenin yöneticisi tarafından her yerde oturumunuz kapatıldı. Lütfen tekrar oturum açın.',
    sessionNotRenewed:
      'Oturumunuzu yenileyemediğimiz için oturumunuz kapatıldı. Lütfen tekrar oturum açın; bu durum tekrarlanırsa sitenin destek ekibine bildirin.',
    signedOut: 'Oturumunuz kapatıldı.',
    signedOutEverywhere: 'Tüm cihazlarınızda oturumunuz kapatıldı.',
    signedOutElsewhere: 'Bu sitenin başka bir sekmesinde oturumu kapattınız.',
    passkeyAdded: 'Geçiş anahtarınız eklendi. Bir dahaki sefere onunla oturum açabilirsiniz.',
    passkeyDeleted: 'Geçiş anahtarı silindi.',
  },

  passwordRules: {
    length: (min: number) => `En az ${min} karakter`,
    uppercase: () => 'Bir büyük harf',
    lowercase: () => 'Bir küçük harf',
    number: () => 'Bir rakam',
    symbol: () => '! @ # veya ? gibi bir sembol',
    spaces: () => 'Başında veya sonunda boşluk olmaması',
  },

  problems: {
    required: 'Lütfen bu alanı doldurun.',
    emailFormat: 'name@example.com gibi bir e-posta adresi girin.',
    emailTooLong: 'E-posta adresi en fazla 128 karakter olabilir.',
    phoneFormat: 'Numarayı + ve ülke koduyla girin, ör. +44 7700 900123.',
    usernameFormat: 'Kullanıcı adı boşluk içeremez.',
    usernameTooLong: 'Kullanıcı adı en fazla 128 karakter olabilir.',
    usernameLooksLikeEmail: 'E-posta adresi olmayan bir kullanıcı adı seçin: e-posta adresiniz aşağıda soruluyor.',
    usernameLooksLikePhone: 'Telefon numarası olmayan bir kullanıcı adı seçin: numaranız aşağıda soruluyor.',
    birthdateFormat: '1990-05-17 gibi bir tarih girin (yıl, ay, gün).',
    attributeTooLong: 'Bu alan en fazla 2048 karakter olabilir.',
    weakPassword: 'Bu şifre aşağıdaki kuralları karşılamıyor.',
    passwordTooLong: 'Şifre en fazla 256 karakter olabilir.',
    codeFormat: 'Kodun 6 hanesini girin.',
    wrongCredentials: 'E-posta veya şifre yanlış. İkisini de kontrol edip tekrar deneyin.',
    userNotFound:
      'Bu e-posta adresine ait bir hesap bulamadık. Yazım hatası olup olmadığını kontrol edin veya bir hesap oluşturun.',
    wrongCurrentPassword: 'Mevcut şifreniz yanlış.',
    userNotConfirmed: 'Hesabınız henüz onaylanmadı.',
    usernameExists: 'Bu e-posta adresine ait bir hesap zaten var. Bunun yerine oturum açmak ister misiniz?',
    invalidPassword: 'Bu şifre kuralları karşılamıyor.',
    invalidEmail: 'name@example.com gibi bir e-posta adresi girin.',
    codeMismatch: 'Bu kod doğru değil. Kontrol edip tekrar deneyin.',
    expiredCode: 'Bu kodun süresi doldu. Yeni bir kod isteyin.',
    totpCodeReused: 'Bu kod zaten kullanıldı. Uygulamanın yeni bir kod göstermesini bekleyin.',
    alreadyConfirmed: 'Bu hesap zaten onaylanmış.',
    userDisabled: 'Bu hesap devre dışı bırakılmış. Sitenin destek ekibiyle iletişime geçin.',
    passwordResetRequired: 'Oturum açabilmek için önce şifrenizi sıfırlamanız gerekiyor.',
    cannotResetPassword: 'Bu hesabın şifresi burada sıfırlanamaz.',
    mfaNotSetUp: 'Önce kimlik doğrulama uygulamasının kurulumunu tamamlayın.',
    sessionExpired: 'Bu işlem çok uzun sürdü. Lütfen tekrar oturum açın.',
    signedOut: 'Oturumunuz kapatıldı. Lütfen tekrar oturum açın.',
    passwordAttemptsExceeded: 'Çok fazla başarısız deneme yapıldı. Birkaç dakika bekleyip tekrar deneyin.',
    limitExceeded: 'Şu an için çok fazla deneme yapıldı. Bir süre (en fazla bir saat) bekleyip tekrar deneyin.',
    tooManyRequests: 'Hizmet şu anda yoğun. Birkaç saniye bekleyip tekrar deneyin.',
    tooManyFailedAttempts: 'Çok fazla yanlış kod girildi. Bir süre bekleyip yeni bir kod isteyin.',
    network: 'Oturum açma hizmetine ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin; yazdıklarınız korundu.',
    serviceError: 'Oturum açma hizmetinde bir sorun oluştu. Birazdan tekrar deneyin.',
    clientHasSecret:
      'Bu site yanlış yapılandırılmış: Cognito uygulama istemcisinde bir istemci gizli anahtarı var ve tarayıcı uygulamaları bunu kullanamaz. Site işletmecisi, gizli anahtarı olmayan bir uygulama istemcisi oluşturmalı ve VITE_COGNITO_CLIENT_ID değerini bu istemcinin kimliği olarak ayarlamalıdır.',
    userPasswordAuthDisabled:
      'Bu site yanlış yapılandırılmış: Cognito uygulama istemcisi şifreyle oturum açmaya izin vermiyor. Site işletmecisi, uygulama istemcisinin kimlik doğrulama akışlarında ALLOW_USER_PASSWORD_AUTH seçeneğini açmalıdır.',
    unknownClient:
      'Bu site yanlış yapılandırılmış: Cognito sitenin uygulama istemcisini tanımıyor. Site işletmecisi VITE_COGNITO_CLIENT_ID değerini ve VITE_COGNITO_USER_POOL_ID içindeki bölgeyi kontrol etmelidir.',
    softwareTokenMfaNotEnabled:
      'Bu site yanlış yapılandırılmış: kullanıcı havuzunda kimlik doğrulama uygulamaları açık değil. Site işletmecisi, kullanıcı havuzunun oturum açma ayarlarında TOTP (yazılım belirteci) MFA özelliğini etkinleştirmelidir.',
    unsupportedChallenge:
      'Hesabınız, bu sayfanın desteklemediği bir oturum açma adımı gerektiriyor. Sitenin destek ekibiyle iletişime geçin.',
    blockedBySecurity:
      'Hesabınızın güvenliği için bu istek engellendi. Şimdi tekrar denemek işe yaramaz: şifrenizi sıfırlayın veya sitenin destek ekibiyle iletişime geçin.',
    temporaryPasswordExpired:
      'Geçici şifrenizin süresi doldu. Sitenin yöneticisinden size yeni bir tane göndermesini isteyin.',
    compromisedPassword:
      'Bu şifre başka bir yerdeki bir veri ihlalinde ortaya çıktığı için burada kullanılamaz. Farklı bir şifre seçin.',
    passwordReused: 'Bu şifreyi daha önce kullandınız. Yakın zamanda kullanmadığınız bir şifre seçin.',
    lambdaRefused:
      'Sitenin kendi denetimleri bunu kabul etmedi. Bunun bir hata olduğunu düşünüyorsanız sitenin destek ekibiyle iletişime geçin.',
    lambdaFailed:
      'Sitenin kendi denetimleri tamamlanamadı. Birazdan tekrar deneyin; sorun devam ederse sitenin destek ekibiyle iletişime geçin.',
    sessionRevoked: 'Her yerde oturumunuz kapatıldı. Lütfen tekrar oturum açın.',
    refreshTokenInvalid: 'Oturumunuz yenilenemiyor. Lütfen tekrar oturum açın.',
    autoVerifyOff:
      'Bu site yanlış yapılandırılmış: kullanıcı havuzu onay kodu göndermiyor. Site işletmecisi, kullanıcı havuzunda e-posta doğrulamasını (otomatik doğrulanan özellik: email) açmalıdır.',
    emailNotUsername:
      'Bu site yanlış yapılandırılmış: kullanıcı havuzu, bu sayfanın sorduğu bilgiyi kullanıcı adı olarak kabul etmiyor (örneğin orada yalnızca bir takma ad olan bir e-posta adresi ya da kullanıcı adlarının e-posta adresi olduğu yerde bir telefon numarası). Site işletmecisi VITE_COGNITO_SIGN_IN_WITH ayarını kullanıcı havuzunun oturum açmada kabul ettiği bilgiye göre belirlemelidir.',
    signUpAttributesRequired:
      'Bu site yanlış yapılandırılmış: kullanıcı havuzu, kayıt sırasında bu sayfanın sormadığı bilgileri zorunlu tutuyor. Site işletmecisi bunları VITE_COGNITO_SIGN_UP_ATTRIBUTES içinde listelemeli ya da kullanıcı havuzunda isteğe bağlı yapmalıdır.',
    poolCannotDeliver:
      'Bu site yanlış yapılandırılmış: kullanıcı havuzunun e-posta veya kısa mesaj gönderme izni yok. Site işletmecisi havuzun e-posta (SES) veya SMS (SNS rolü) ayarlarını düzeltmelidir.',
    poolMisconfigured:
      'Bu site yanlış yapılandırılmış: Cognito, kullanıcı havuzunun yapılandırmasını geçersiz buluyor. Site işletmecisi kullanıcı havuzunun ayarlarını kontrol etmelidir.',
    smsSetupNeedsPhone:
      'Hesabınızda telefon numarası yok ve bu site kodları yalnızca kısa mesajla gönderiyor. Site işletmecisinden numaranızı eklemesini ya da kimlik doğrulama uygulamalarını veya e-posta kodlarını açmasını isteyin.',
    invalidParameter: 'İstekteki bir bilgi kabul edilmedi. Yazdıklarınızı kontrol edip tekrar deneyin.',
    passkeyCancelled:
      'Geçiş anahtarı istemi kapatıldı veya bu cihazda bu site için bir geçiş anahtarı yok. Tekrar deneyin ya da başka bir yolla oturum açın.',
    passkeyExists: 'Bu cihazda hesabınız için zaten bir geçiş anahtarı var.',
    passkeyWrongDomain:
      'Bu sayfada geçiş anahtarları kullanılamıyor. Site işletmecisi için: kullanıcı havuzunun geçiş anahtarı bağlı taraf kimliği (relying party id), bu sayfanın alan adı veya onun üst alan adlarından biri olmalıdır.',
    passkeyUnsupported:
      'Bu tarayıcı geçiş anahtarlarını kullanamıyor. Başka bir yolla oturum açın ya da geçiş anahtarlarını destekleyen bir tarayıcı kullanın.',
    passkeyRefused: 'Bu geçiş anahtarı kabul edilmedi. Tekrar deneyin ya da başka bir geçiş anahtarı kullanın.',
    passkeysOff:
      'Bu site yanlış yapılandırılmış: kullanıcı havuzunda geçiş anahtarları açık değil. Site işletmecisi, geçiş anahtarına ilk faktör olarak izin vermeli ve havuzun geçiş anahtarı bağlı taraf kimliğini (relying party id) ayarlamalıdır.',
    featureNotInPlan:
      'Bu site yanlış yapılandırılmış: kullanıcı havuzunun özellik planı bu oturum açma yolunu içermiyor. Site işletmecisi, kullanıcı havuzunu Essentials veya Plus planına geçirmelidir.',
    userAuthDisabled:
      'Bu site yanlış yapılandırılmış: Cognito uygulama istemcisi seçime dayalı oturum açmaya izin vermiyor. Site işletmecisi, uygulama istemcisinin kimlik doğrulama akışlarında ALLOW_USER_AUTH seçeneğini açmalıdır.',
    signUpSessionExpired:
      'Oturumunuzu hemen açmak için çok uzun sürdü. Hesabınızı onaylamak için kodu tekrar girin; ardından nasıl oturum açacağınızı seçeceksiniz.',
    unknown: 'Bir sorun oluştu. Tekrar deneyin.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'Oturum açma bilgileri veya şifre yanlış. İkisini de kontrol edip tekrar deneyin.',
    userNotFound: 'Bu bilgilerle bir hesap bulamadık. Yazım hatası olup olmadığını kontrol edin veya bir hesap oluşturun.',
    usernameExists: 'Bu bilgilerle bir hesap zaten var. Bunun yerine oturum açmak ister misiniz?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'Geçiş anahtarı penceresi kapatıldı veya süresi doldu, bu yüzden geçiş anahtarı eklenmedi. Yeniden deneyin ya da “Şimdi değil”i seçin.',
      passkeyExists:
        'Bu cihazda hesabınız için zaten bir geçiş anahtarı var, bu yüzden yenisi eklenmedi. Devam etmek için “Şimdi değil”i seçin ya da başka bir cihaz veya güvenlik anahtarıyla deneyin.',
      passkeyWrongDomain:
        'Bu sayfada geçiş anahtarları kullanılamıyor. Site işletmecisi için: kullanıcı havuzunun geçiş anahtarı bağlı taraf kimliği (relying party id), bu sayfanın alan adı veya onun üst alan adlarından biri olmalıdır. Devam etmek için “Şimdi değil”i seçin.',
      passkeyUnsupported:
        'Bu tarayıcı geçiş anahtarı oluşturamıyor, bu yüzden hiçbiri eklenmedi. Devam etmek için “Şimdi değil”i seçin; daha sonra destekleyen bir tarayıcıda hesabınızdan ekleyebilirsiniz.',
      passkeyRefused:
        'Oturum açma hizmeti yeni geçiş anahtarını kabul etmedi, bu yüzden eklenmedi. Yeniden deneyin ya da “Şimdi değil”i seçin.',
      passkeysOff:
        'Bu site yanlış yapılandırılmış: kullanıcı havuzunda geçiş anahtarları açık değil. Site işletmecisi, geçiş anahtarına ilk faktör olarak izin vermeli ve havuzun geçiş anahtarı bağlı taraf kimliğini (relying party id) ayarlamalıdır. Devam etmek için “Şimdi değil”i seçin.',
      featureNotInPlan:
        'Bu site yanlış yapılandırılmış: kullanıcı havuzunun özellik planı bu oturum açma yolunu içermiyor. Site işletmecisi, kullanıcı havuzunu Essentials veya Plus planına geçirmelidir. Devam etmek için “Şimdi değil”i seçin.',
      network:
        'Oturum açma hizmetine ulaşılamadı, bu yüzden geçiş anahtarı eklenmedi. Bağlantınızı kontrol edip yeniden deneyin ya da “Şimdi değil”i seçin.',
      serviceError:
        'Oturum açma hizmetinde bir sorun oluştu, bu yüzden geçiş anahtarı eklenmedi. Biraz sonra yeniden deneyin ya da “Şimdi değil”i seçin.',
      invalidParameter:
        'Oturum açma hizmeti isteği kabul etmedi, bu yüzden geçiş anahtarı eklenmedi. Yeniden deneyin ya da “Şimdi değil”i seçin.',
      unknown: 'Bir şeyler ters gitti, bu yüzden geçiş anahtarı eklenmedi. Yeniden deneyin ya da “Şimdi değil”i seçin.',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `Bu site bunu kabul etmedi: ${reason}`,
    contactSupport: (contact: string) => `Destek: ${contact}`,
  },

  selectChallenge: {
    heading: 'Nasıl oturum açacağınızı seçin',
    as: (email: string) => `${email} olarak oturum açılıyor.`,
    options: {
      WEB_AUTHN: 'Geçiş anahtarı kullan',
      EMAIL_OTP: 'Bana e-postayla kod gönder',
      SMS_OTP: 'Bana kısa mesajla kod gönder',
      PASSWORD: 'Şifrenizle oturum açın',
    },
    none: 'Bu sayfa, hesabınızın sahip olduğu hiçbir oturum açma yolunu sunmuyor. Sitenin destek ekibiyle iletişime geçin.',
  },
  passkeySignIn: {
    heading: 'Geçiş anahtarınızla oturum açın',
    waiting: 'Geçiş anahtarınızı kullanmak için tarayıcınızın yönergelerini izleyin.',
    retry: 'Geçiş anahtarını tekrar dene',
    otherWay: 'Başka bir yolla oturum açın',
  },
  passkeyOffer: {
    heading: 'Bir dahaki sefere geçiş anahtarıyla daha hızlı oturum açın',
    intro: 'Şifreniz yerine parmak izinizi, yüzünüzü veya ekran kilidinizi kullanın. Geçiş anahtarını istediğiniz zaman hesabınızdan kaldırabilirsiniz.',
    notNow: 'Şimdi değil',
    checking: 'Oturumunuz açılıyor…',
  },
  passkeys: {
    heading: 'Geçiş anahtarları',
    intro: 'Geçiş anahtarı, şifre yerine parmak iziniz, yüzünüz veya ekran kilidinizle oturum açmanızı sağlar.',
    manage: 'Geçiş anahtarlarını yönet',
    loading: 'Geçiş anahtarlarınız yükleniyor…',
    none: 'Henüz geçiş anahtarınız yok.',
    add: 'Geçiş anahtarı ekle',
    creating: 'Geçiş anahtarını oluşturmak için tarayıcınızın yönergelerini izleyin.',
    unnamed: 'Geçiş anahtarı',
    added: (date: string) => `Eklenme: ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'Bir cihazın ekran kilidiyle' : attachment === 'cross-platform' ? 'Güvenlik anahtarı veya telefon' : 'Kimlik doğrulayıcı',
    delete: (name: string) => `${name} öğesini sil`,
    confirmDelete: (name: string) => `“${name}” silinsin mi? Artık onunla oturum açamayacaksınız.`,
    confirm: 'Geçiş anahtarını sil',
    cancel: 'Silme',
  },

  config: {
    heading: 'Bu uygulama doğru yapılandırılmamış',
    intro: 'Şu derleme zamanı değişkenlerini ayarlayın (örneğin .env.local içinde) ve yeniden derleyin:',
    problems: {
      missingPoolId: () =>
        'VITE_COGNITO_USER_POOL_ID eksik: eu-west-1_AbCdEf123 gibi kullanıcı havuzu kimliğinizi girin.',
      missingClientId: () =>
        'VITE_COGNITO_CLIENT_ID eksik: gizli anahtarı olmayan bir uygulama istemcisinin kimliğini girin.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID “${'value' in p ? p.value : ''}” bir kullanıcı havuzu kimliği değil: kimlik eu-west-1_AbCdEf123 biçimindedir (bölge, alt çizgi, kimlik).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID “${'value' in p ? p.value : ''}” bir uygulama istemcisi kimliği değil: Cognito konsolunda uygulama istemcisinin sayfasından kopyalayın.`,
      badRegion: (p) => `VITE_COGNITO_REGION “${'value' in p ? p.value : ''}”, eu-west-1 gibi bir bölge değil.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION değeri ${p.region}, ancak kullanıcı havuzu ${p.poolRegion} bölgesinde: VITE_COGNITO_REGION değişkenini kaldırın veya ikisini eşleştirin.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT “${'value' in p ? p.value : ''}”, http://localhost:9229/ gibi bir http(s) URL’si değil.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES “${'value' in p ? p.value : ''}”, uygulama istemcisinin kimlik doğrulama akışı oturum süresiyle aynı olacak şekilde 3 ile 15 arasında tam sayı (dakika) olmalıdır.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY “${'value' in p ? p.value : ''}” bir şifre politikası değil: kullanıcı havuzunun kurallarını virgülle ayırarak yazın; min=<6 ile 99 arası> ve upper, lower, number, symbol değerlerinden istedikleriniz, ör. min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED “${'value' in p ? p.value : ''}”, true (kullanıcı havuzu MFA gerektiriyor) veya false olmalıdır.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}”, kullanıcıların neyle oturum açtığını virgülle ayrılmış ve her biri bir kez olacak şekilde listelemelidir: email, phone, username, preferred_username (ör. e-posta adresi takma ad olan kullanıcı adları için username,email).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}”, özellikleri virgülle ayrılmış ve her biri bir kez olacak şekilde listelemelidir: standart olanlar adıyla (name, given_name, birthdate, …), özel olanlar bir etiketle (custom:team=Team); isteğe bağlı olan için adın sonuna ? ekleyin.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}”, username olmadan preferred_username içeriyor: tercih edilen kullanıcı adı, kullanıcı adlı bir havuzun takma adıdır (--alias-attributes preferred_username), bu yüzden username de ekleyin, ör. username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}”, VITE_COGNITO_SIGN_IN_WITH'in takma ad yaptığı preferred_username'i içeriyor: Cognito takma ad olan tercih edilen kullanıcı adını kayıtta değil, yalnızca hesap onaylandıktan sonra kabul eder. preferred_username'i VITE_COGNITO_SIGN_UP_ATTRIBUTES'tan çıkarın.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY “${'value' in p ? p.value : ''}”, true (kullanıcıları yalnızca yöneticiler oluşturur) veya false olmalıdır.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS “${'value' in p ? p.value : ''}” bir ilk faktör listesi değil: password, passkey, email, sms değerlerinden istediklerinizi virgülle ayırarak ve her birini bir kez yazın, ör. password,passkey,email.`,
    },
  },
};
