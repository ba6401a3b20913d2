import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'Kullanıcı havuzu tanılama',
  intro: 'Bu sayfa, Cognito’nun bir tarayıcıya verdiği yanıtlardan yola çıkarak bu sitenin Cognito kullanıcı havuzunun ve uygulama istemcisinin nasıl ayarlandığını denetler.',
  harmless:
    'Cognito’nun reddettiği iki istek gönderir: var olamayacak bir kullanıcı adıyla oturum açma ve token olmayan bir şeyle token yenileme. Hesap oluşturulmaz, kimseye bir şey gönderilmez ve yönetici API’si kullanılmaz.',
  running: 'Cognito’ya soruluyor…',
  runAgain: 'Yeniden denetle',
  language: 'Dil',
  status: { pass: 'Sorun yok', problem: 'Sorun var', unknown: 'Anlaşılamıyor' },
  findings: {
    endpoint: {
      title: 'Cognito uç noktasına erişilebiliyor',
      answered: (p) => `Cognito ${p.endpoint} adresinden yanıt verdi ve tarayıcı, yanıtı sayfanın okumasına izin verdi (CORS).`,
      notCognito: (p) => `${p.endpoint} adresinde Cognito olmayan bir şey yanıt verdi: bir proxy, bir ağ giriş portalı veya yanlış bir VITE_COGNITO_ENDPOINT.`,
      noAnswer: (p) =>
        `${p.endpoint} adresinden yanıt yok: bu bilgisayar çevrimdışı, ana bilgisayar yanlış veya uç nokta bu kaynağa izin vermiyor (CORS). Cognito’nun kendisi her kaynağa izin verir; bir öykünücü vermeyebilir.`,
      blockedByCsp: (p) => `Tarayıcı istekleri göndermedi: bu sayfanın Content-Security-Policy’si ${p.endpoint} adresine izin vermiyor (aşağıya bakın).`,
    },
    csp: {
      title: 'Content-Security-Policy uç noktaya izin veriyor',
      allows: (p) => `connect-src, ${p.endpoint} adresine izin veriyor.`,
      blocks: (p) => `connect-src (veya default-src) ${p.endpoint} adresine izin vermiyor: her oturum açma başarısız olur. Şu üst bilgiyi gönderin:`,
      violated: (p) => `Tarayıcı, bu sayfanın ilkesi nedeniyle ${p.endpoint} adresine giden bir isteği engelledi: her oturum açma başarısız olur. Şu üst bilgiyi gönderin:`,
      none: () => 'Sayfa Content-Security-Policy olmadan sunuluyor. Çalışır, ancak eklenmiş betiklere karşı sağladığı koruma olmadan. Şu üst bilgiyi gönderin:',
      unread: () => 'Sayfa, kendisiyle sunulan ilkeyi okuyamadı. Şu üst bilginin gönderildiğini denetleyin:',
    },
    client: {
      title: 'Uygulama istemcisi var',
      found: (p) => `Cognito, ${p.region} bölgesindeki ${p.clientId} uygulama istemcisini tanıyor.`,
      notFound: (p) =>
        `Cognito, ${p.clientId} uygulama istemcisinin ${p.region} bölgesinde bulunmadığını yanıtladı: istemci kimliği veya havuzun bölgesi yanlış. İstemciyi bulun ya da bir tane oluşturun, ardından VITE_COGNITO_CLIENT_ID değerini ayarlayıp yeniden derleyin:`,
      unknown: () => 'Cognito’nun yanıtları bunu söylemedi.',
    },
    pool: {
      title: 'Uygulama istemcisi kullanıcı havuzuna ait',
      notProbed: (p) =>
        `${p.userPoolId} havuz kimliği bölgeyi (${p.region}) verir. Tarayıcı, istemcinin bu havuza ait olup olmadığını denetleyemez: oturum açma istekleri yalnızca istemciyi belirtir. Şununla denetleyin:`,
    },
    secret: {
      title: 'Uygulama istemcisinin gizli anahtarı yok',
      none: () => 'İstemci, gizli anahtar karması olmadan bir oturum açma isteğini kabul etti.',
      hasSecret: (p) =>
        `${p.clientId} uygulama istemcisinin bir istemci gizli anahtarı var ve tarayıcı uygulaması bunu gizli tutamaz. Gizli anahtar bir istemciden kaldırılamaz: gizli anahtarı olmayan bir istemci oluşturun, VITE_COGNITO_CLIENT_ID değerini yazdırdığı kimliğe ayarlayın ve yeniden derleyin:`,
      unknown: () => 'Cognito’nun yanıtları bunu söylemedi.',
    },
    passwordAuth: {
      title: 'Şifreyle oturum açmaya izin var (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'İstemci USER_PASSWORD_AUTH akışına izin veriyor.',
      off: () => 'İstemci USER_PASSWORD_AUTH akışına izin vermiyor: kimse oturum açamaz. Açın:',
      behindSecret: () => 'Cognito bunu söylemeden önce istemci gizli anahtarında durdu.',
      unknown: () => 'Cognito’nun yanıtları bunu söylemedi.',
    },
    refresh: {
      title: 'Token yenilemeye izin var (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'İstemci, bu sayfanın kullanıcıların oturumunu açık tutmak için kullandığı REFRESH_TOKEN_AUTH akışına izin veriyor.',
      off: () =>
        'İstemci REFRESH_TOKEN_AUTH akışını reddediyor (kapalı ya da bu sayfanın kullanmadığı yenileme tokenı rotasyonu açık): tokenlarının süresi dolunca, varsayılan olarak bir saat sonra, kullanıcıların oturumu kapanır. Açın:',
      behindSecret: () => 'Cognito bunu söylemeden önce istemci gizli anahtarında durdu.',
      unknown: () => 'Cognito’nun yanıtları bunu söylemedi.',
    },
    userExistence: {
      title: 'Kullanıcı varlığını gizleme koruması (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: bilinmeyen bir e-posta adresi, yanlış bir şifre gibi “Incorrect username or password.” (NotAuthorizedException) yanıtını alır ve sıfırlamada kodun yolda olduğu söylenir. Bu sayfadan kimin hesabı olduğunu kimse öğrenemez.',
      enabledByTrigger: () =>
        'ENABLED: Cognito, var olmayan bir kullanıcı için kimlik doğrulama öncesi tetikleyicisini çalıştırdı; bunu yalnızca bu koruma açıkken yapar.',
      legacy: () =>
        'LEGACY: Cognito bilinmeyen bir e-posta adresine UserNotFoundException ile yanıt verir, bu yüzden herkes hangi e-posta adreslerinin hesabı olduğunu öğrenebilir. Bu sayfa oturum açmada yine yanlış e-posta veya şifre gösterir, ancak sıfırlama ve onay ekranları “Bu e-posta adresine ait bir hesap bulamadık.” der. Gizlemek için:',
      unknown: () => 'Cognito’nun yanıtları bunu söylemedi.',
    },
    trigger: {
      title: 'Lambda tetikleyicileri',
      refused: () =>
        'Bir Lambda tetikleyicisi, var olmayan bir kullanıcının oturum açmasını reddetti veya başarısız oldu (yanıtı aşağıda). PreventUserExistenceErrors ENABLED olduğunda kimlik doğrulama öncesi tetikleyicisi bilinmeyen kullanıcılar için de userNotFound true olarak çalışır; bu kullanıcılar için olayı değiştirmeden döndüren bir tetikleyici, Cognito’nun her zamanki gibi “Incorrect username or password.” yanıtını vermesini sağlar. Düzeltme tetikleyicinin kodundadır.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client, kendisine verilmeyen her ayarı varsayılan değerine döndürür (token ömürleri, öznitelikler, OAuth ayarları ve daha fazlası). Önce istemcinin geçerli ayarlarını ${describe} ile okuyun ve güvendiğiniz ayarları ekleyin.`,
    newClient: 'Yeni istemci, bu sayfanın ihtiyaç duyduğu ayarları alır.',
    check: 'İstemcinin ayarlarını gösterir; hiçbir şeyi değiştirmez.',
    header: 'Bunu barındırma hizmetinden gönderin (README, “Content-Security-Policy”), connect-src içinde havuzun uç noktasıyla.',
  },
  copy: 'Kopyala',
  copied: 'Kopyalandı',
  copyFailed: 'Kopyalanamadı: metni seçin',
  answers: {
    heading: 'Cognito’nun yanıtı',
    signIn: 'Var olamayacak bir kullanıcının oturum açması (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Token olmayan bir şeyle yenileme (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Kabul edildi',
    noAnswer: 'Yanıt yok',
    notCognito: (status) => `HTTP ${status}, Cognito’nun JSON’u değil`,
  },
};
