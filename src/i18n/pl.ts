/**
 * Polski. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

const plural = new Intl.PluralRules('pl');
/** A number with its noun in the form Polish gives it: 1 znak, 2 znaki, 5 znaków. */
const counted = (n: number, one: string, few: string, many: string) =>
  `${n} ${{ one, few }[plural.select(n) as 'one' | 'few'] ?? many}`;

export const pl: Dictionary = {
  lang: 'pl',
  languageName: 'Polski',
  languagePicker: 'Język',
  appName: 'Logowanie',
  simulatedBanner:
    'Symulowana pula użytkowników: nic nie opuszcza tej przeglądarki, a kody pojawiają się w skrzynce deweloperskiej.',
  busy: 'Proszę czekać…',
  retry: 'Spróbuj ponownie',
  back: 'Wróć do logowania',
  backToAccount: 'Wróć do konta',
  backToHome: 'Wstecz',
  offline:
    'Nie udało się połączyć z usługą logowania. Sprawdź połączenie i spróbuj ponownie – wpisane dane zostały zachowane.',

  fields: {
    email: 'Adres e-mail',
    password: 'Hasło',
    newPassword: 'Nowe hasło',
    code: 'Kod weryfikacyjny',
    codeHint: '6 cyfr',
    currentPassword: 'Bieżące hasło',
    showPassword: 'Pokaż hasło',
    hidePassword: 'Ukryj hasło',
    identifier: {
      email: 'Adres e-mail',
      phone: 'Numer telefonu',
      username: 'Nazwa użytkownika',
      emailOrPhone: 'Adres e-mail lub numer telefonu',
      usernameOrEmail: 'Nazwa użytkownika lub adres e-mail',
      usernameOrPhone: 'Nazwa użytkownika lub numer telefonu',
      usernameEmailOrPhone: 'Nazwa użytkownika, adres e-mail lub numer telefonu',
      usernameOrPreferred: 'Nazwa użytkownika lub preferowana nazwa użytkownika',
      usernamePreferredOrEmail: 'Nazwa użytkownika, preferowana nazwa użytkownika lub adres e-mail',
      usernamePreferredOrPhone: 'Nazwa użytkownika, preferowana nazwa użytkownika lub numer telefonu',
      usernamePreferredEmailOrPhone: 'Nazwa użytkownika, preferowana nazwa użytkownika, adres e-mail lub numer telefonu',
    },
    phoneHint: 'Zacznij od + i numeru kierunkowego kraju, np. +44 7700 900123',
  },

  signIn: {
    heading: 'Zaloguj się',
    submit: 'Zaloguj się',
    noAccount: 'Nie masz konta?',
    toSignUp: 'Utwórz konto',
    forgot: 'Nie pamiętasz hasła?',
    continue: 'Dalej',
    withPasskey: 'Zaloguj się kluczem dostępu',
  },

  code: {
    resend: 'Wyślij nowy kod',
    resendIn: (seconds: number) =>
      `O nowy kod możesz poprosić za ${counted(seconds, 'sekundę', 'sekundy', 'sekund')}`,
  },

  signUp: {
    heading: 'Utwórz konto',
    submit: 'Utwórz konto',
    haveAccount: 'Masz już konto?',
    toSignIn: 'Zaloguj się',
    rulesHeading: 'Wymagania dotyczące hasła',
    optional: (label: string) => `${label} (opcjonalnie)`,
  },

  attributes: {
    name: 'Imię i nazwisko',
    given_name: 'Imię',
    family_name: 'Nazwisko',
    middle_name: 'Drugie imię',
    nickname: 'Pseudonim',
    preferred_username: 'Preferowana nazwa użytkownika',
    profile: 'Strona profilu (URL)',
    picture: 'Zdjęcie (URL)',
    website: 'Strona internetowa',
    gender: 'Płeć',
    birthdate: 'Data urodzenia',
    zoneinfo: 'Strefa czasowa (np. Europe/Paris)',
    locale: 'Język (np. pl-PL, en-GB)',
    address: 'Adres',
    email: 'Adres e-mail',
    phone_number: 'Numer telefonu',
  },

  confirmSignUp: {
    heading: 'Potwierdź adres e-mail',
    headingPhone: 'Potwierdź numer telefonu',
    sentTo: (destination: string) =>
      `Wysłaliśmy 6-cyfrowy kod na adres ${destination}. Wpisz go, aby potwierdzić konto.`,
    sentSomewhere: 'Wysłaliśmy 6-cyfrowy kod na Twój adres e-mail. Wpisz go, aby potwierdzić konto.',
    sentByText: (destination: string) =>
      `Wysłaliśmy SMS-em 6-cyfrowy kod na numer ${destination}. Wpisz go, aby potwierdzić konto.`,
    submit: 'Potwierdź',
  },

  forgotPassword: {
    heading: 'Zresetuj hasło',
    intro: 'Podaj adres e-mail swojego konta, a wyślemy Ci kod, dzięki któremu ustawisz nowe hasło.',
    introAny: 'Podaj dane, którymi się logujesz, a wyślemy Ci kod, dzięki któremu ustawisz nowe hasło.',
    submit: 'Wyślij kod',
  },

  resetPassword: {
    heading: 'Ustaw nowe hasło',
    sentTo: (destination: string) =>
      `Wysłaliśmy 6-cyfrowy kod na ${destination}. Wpisz go razem z nowym hasłem.`,
    sentSomewhere: 'Wysłaliśmy Ci 6-cyfrowy kod. Wpisz go razem z nowym hasłem.',
    sentByText: (destination: string) =>
      `Wysłaliśmy SMS-em 6-cyfrowy kod na numer ${destination}. Wpisz go razem z nowym hasłem.`,
    ifEmailed: 'Jeśli wpisane dane pasują do jakiegoś konta, kod jest już w drodze na jego adres e-mail.',
    ifTexted: 'Jeśli wpisane dane pasują do jakiegoś konta, kod jest już w drodze SMS-em na jego numer telefonu.',
    ifSent: 'Jeśli wpisane dane pasują do jakiegoś konta, kod jest już w drodze.',
    submit: 'Zresetuj hasło i zaloguj się',
  },

  newPassword: {
    heading: 'Ustaw hasło',
    intro: 'Twoje konto zostało utworzone z hasłem tymczasowym. Aby kontynuować, ustaw własne hasło.',
    attributesHeading: 'Potrzebujemy też tych danych',
    submit: 'Zapisz i kontynuuj',
  },

  totpSetup: {
    heading: 'Skonfiguruj aplikację uwierzytelniającą',
    intro:
      'Twoje konto wymaga drugiego kroku przy logowaniu. Dodaj je do aplikacji uwierzytelniającej, takiej jak Google Authenticator, Microsoft Authenticator, 1Password lub Authy.',
    scan: 'Zeskanuj ten kod QR w aplikacji.',
    qrAlt: (account: string) => `Kod QR, który dodaje ${account} do aplikacji uwierzytelniającej`,
    manual: 'Nie możesz zeskanować kodu? Zamiast tego wpisz w aplikacji ten klucz konfiguracyjny:',
    secretLabel: 'Klucz konfiguracyjny',
    copy: 'Kopiuj klucz',
    copied: 'Skopiowano',
    copyFailed: 'Zaznacz klucz i skopiuj go ręcznie',
    openInApp: 'Otwórz w aplikacji uwierzytelniającej na tym urządzeniu',
    enterCode: 'Następnie wpisz 6-cyfrowy kod wyświetlany w aplikacji.',
    deviceName: 'Nazwa tej aplikacji uwierzytelniającej (opcjonalnie)',
    deviceNamePlaceholder: 'Mój telefon',
    submit: 'Zweryfikuj i zakończ',
    preparing: 'Przygotowujemy klucz konfiguracyjny…',
    verified: 'Aplikacja uwierzytelniająca została zweryfikowana. Pozostał tylko ostatni krok logowania.',
    enabling: 'Kod został przyjęty. Trwa włączanie…',
    notTurnedOn:
      'Kod został przyjęty, ale aplikacja uwierzytelniająca nie jest jeszcze włączona na Twoim koncie. Spróbuj ponownie – nowy kod nie jest potrzebny.',
  },

  mfaSetupChoice: {
    heading: 'Dodaj drugi krok',
    intro: 'Twoje konto wymaga drugiego kroku przy logowaniu. Wybierz jeden.',
    emailOnly: 'Twoje konto wymaga drugiego kroku przy logowaniu: kodu, który wyślemy Ci e-mailem.',
    emailTo: (email: string) => `Kody będą wysyłane na adres ${email}.`,
    sending: 'Wysyłamy kod…',
  },

  totpChallenge: {
    heading: 'Wpisz kod z aplikacji uwierzytelniającej',
    intro: 'Otwórz aplikację uwierzytelniającą i wpisz 6-cyfrowy kod dla tego konta.',
    device: (name: string) => `Aplikacja uwierzytelniająca: ${name}`,
    submit: 'Zweryfikuj',
  },

  emailChallenge: {
    heading: 'Wpisz kod wysłany e-mailem',
    sentTo: (destination: string) => `Wysłaliśmy 6-cyfrowy kod na adres ${destination}.`,
    sentSomewhere: 'Wysłaliśmy 6-cyfrowy kod na Twój adres e-mail.',
    submit: 'Zweryfikuj',
  },

  smsChallenge: {
    heading: 'Wpisz kod wysłany SMS-em',
    sentTo: (destination: string) => `Wysłaliśmy 6-cyfrowy kod na numer ${destination}.`,
    sentSomewhere: 'Wysłaliśmy 6-cyfrowy kod na Twój telefon.',
    submit: 'Zweryfikuj',
  },

  selectMfaType: {
    heading: 'Wybierz sposób potwierdzenia tożsamości',
    intro: 'Na Twoim koncie jest więcej niż jeden drugi krok. Wybierz jeden na potrzeby tego logowania.',
    options: {
      SOFTWARE_TOKEN_MFA: 'Aplikacja uwierzytelniająca',
      SMS_MFA: 'Wiadomość tekstowa (SMS)',
      EMAIL_OTP: 'E-mail',
    },
  },

  signedIn: {
    heading: 'Zalogowano',
    as: (email: string) => `Zalogowano jako ${email}`,
    account: 'Konto i bezpieczeństwo',
    signOut: 'Wyloguj się',
    signOutEverywhere: 'Wyloguj się na wszystkich urządzeniach',
    reconnecting:
      'Ponowne łączenie… Nie możemy teraz połączyć się z usługą logowania, aby odnowić Twoją sesję. Sesja pozostaje aktywna, a my próbujemy dalej.',
    nav: 'Twoje konto',
    home: 'Strona główna',
    profile: 'Profil',
    profileIntro: 'Zobacz, co API witryny wie o Tobie: strona profilu pyta je o to, korzystając z Twojego logowania.',
  },

  profile: {
    heading: 'Twój profil',
    intro: 'Co odpowiedziało API witryny, gdy ta strona zapytała, kim jesteś, korzystając z Twojego logowania.',
    loading: 'Pytamy API…',
    sub: 'ID użytkownika',
    username: 'Nazwa użytkownika',
    groups: 'Grupy',
    noGroups: 'Brak',
    tokenExpiresAt: 'Twoje logowanie jest ważne do',
    servedAt: 'Odpowiedź z',
    refused: 'API nie zaakceptowało Twojego logowania. Wyloguj się i zaloguj ponownie.',
    failed: (status: number) => `API nie mogło odpowiedzieć (błąd ${status}). Spróbuj ponownie za chwilę.`,
    unreachable: 'Nie udało się połączyć z API. Sprawdź połączenie i spróbuj ponownie.',
  },

  account: {
    heading: 'Konto i bezpieczeństwo',
    mfaHeading: 'Weryfikacja dwuetapowa',
    mfaIntro: 'Drugi krok przy logowaniu chroni Twoje konto, nawet jeśli Twoje hasło wycieknie.',
    loading: 'Wczytujemy ustawienia…',
    on: 'Włączone',
    off: 'Wyłączone',
    preferred: 'Używane w pierwszej kolejności',
    setUpTotp: 'Skonfiguruj aplikację uwierzytelniającą',
    replaceTotp: 'Przenieś do innej aplikacji uwierzytelniającej',
    verifiedNotOn: 'Jeszcze niewłączone',
    turnOnTotp: 'Włącz aplikację uwierzytelniającą',
    smsByPhone: 'Kody są wysyłane na Twój numer telefonu, bo wymaga tego ta witryna; nie można ich tu wyłączyć.',
    requiredOnly: 'Ta witryna wymaga drugiego kroku, więc jedynego, który masz, nie można wyłączyć.',
    turnOff: (factor: string) => `Wyłącz: ${factor}`,
    prefer: (factor: string) => `Używaj w pierwszej kolejności: ${factor}`,
    passwordHeading: 'Hasło',
    changePassword: 'Zmień hasło',
  },

  changePassword: {
    heading: 'Zmień hasło',
    submit: 'Zmień hasło',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `Czas na dokończenie tego kroku: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired:
      'Trwało to zbyt długo, więc ze względów bezpieczeństwa logowanie zostało anulowane. Zaloguj się ponownie.',
    sessionUsed:
      'Ten krok logowania został już użyty (być może tuż przed zerwaniem połączenia), więc nie można go wysłać ponownie. Zaloguj się ponownie.',
    codeResent: 'Wysłaliśmy nowy kod. Kody wysłane wcześniej już nie działają.',
    accountConfirmed: 'Konto zostało potwierdzone. Zaloguj się.',
    alreadyConfirmed: 'To konto jest już potwierdzone. Zaloguj się.',
    confirmBeforeSignIn: 'Twoje konto nie zostało jeszcze potwierdzone. Wysłaliśmy Ci nowy kod.',
    resetCodeSent: 'Jeśli ten adres e-mail należy do jakiegoś konta, kod jest już w drodze.',
    passwordChanged: 'Hasło zostało zmienione.',
    totpEnabled: 'Aplikacja uwierzytelniająca jest skonfigurowana. Użyjesz jej przy następnym logowaniu.',
    mfaUpdated: 'Ustawienia weryfikacji dwuetapowej zostały zapisane.',
    sessionEnded: 'Twoja sesja się zakończyła. Zaloguj się ponownie.',
    sessionRevoked:
      'Nastąpiło wylogowanie na wszystkich urządzeniach – z innego urządzenia lub przez administratora witryny. Zaloguj się ponownie.',
    sessionNotRenewed:
      'Nie udało się odnowić sesji, więc nastąpiło wylogowanie. Zaloguj się ponownie. Jeśli to się powtarza, zgłoś to pomocy technicznej witryny.',
    signedOut: 'Wylogowano.',
    signedOutEverywhere: 'Wylogowano na wszystkich Twoich urządzeniach.',
    signedOutElsewhere: 'Nastąpiło wylogowanie w innej karcie tej witryny.',
    passkeyAdded: 'Klucz dostępu został dodany. Następnym razem możesz się nim zalogować.',
    passkeyDeleted: 'Klucz dostępu został usunięty.',
  },

  passwordRules: {
    length: (min: number) => `Co najmniej ${counted(min, 'znak', 'znaki', 'znaków')}`,
    uppercase: () => 'Wielka litera',
    lowercase: () => 'Mała litera',
    number: () => 'Cyfra',
    symbol: () => 'Symbol, np. ! @ # lub ?',
    spaces: () => 'Bez spacji na początku i na końcu',
  },

  problems: {
    required: 'Wypełnij to pole.',
    emailFormat: 'Wpisz adres e-mail, np. name@example.com.',
    emailTooLong: 'Adres e-mail może mieć maksymalnie 128 znaków.',
    phoneFormat: 'Wpisz numer z + i numerem kierunkowym kraju, np. +44 7700 900123.',
    usernameFormat: 'Nazwa użytkownika nie może zawierać spacji.',
    usernameTooLong: 'Nazwa użytkownika może mieć maksymalnie 128 znaków.',
    usernameLooksLikeEmail:
      'Wybierz nazwę użytkownika, która nie jest adresem e-mail: o adres e-mail prosimy niżej.',
    usernameLooksLikePhone:
      'Wybierz nazwę użytkownika, która nie jest numerem telefonu: o numer prosimy niżej.',
    birthdateFormat: 'Wpisz datę w formacie 1990-05-17 (rok, miesiąc, dzień).',
    attributeTooLong: 'To pole może mieć maksymalnie 2048 znaków.',
    weakPassword: 'To hasło nie spełnia poniższych wymagań.',
    passwordTooLong: 'Hasło może mieć maksymalnie 256 znaków.',
    codeFormat: 'Wpisz 6 cyfr kodu.',
    wrongCredentials: 'Nieprawidłowy adres e-mail lub hasło. Sprawdź oba i spróbuj ponownie.',
    userNotFound:
      'Nie znaleźliśmy konta z tym adresem e-mail. Sprawdź, czy nie ma w nim literówek, lub utwórz konto.',
    wrongCurrentPassword: 'Bieżące hasło jest nieprawidłowe.',
    userNotConfirmed: 'Twoje konto nie zostało jeszcze potwierdzone.',
    usernameExists: 'Konto z tym adresem e-mail już istnieje. Może chcesz się zalogować?',
    invalidPassword: 'To hasło nie spełnia wymagań.',
    invalidEmail: 'Wpisz adres e-mail, np. name@example.com.',
    codeMismatch: 'Ten kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie.',
    expiredCode: 'Ten kod wygasł. Poproś o nowy.',
    totpCodeReused: 'Ten kod został już użyty. Poczekaj, aż aplikacja pokaże nowy.',
    alreadyConfirmed: 'To konto jest już potwierdzone.',
    userDisabled: 'To konto jest wyłączone. Skontaktuj się z pomocą techniczną witryny.',
    passwordResetRequired: 'Zanim się zalogujesz, musisz zresetować hasło.',
    cannotResetPassword: 'Hasła do tego konta nie można tutaj zresetować.',
    mfaNotSetUp: 'Najpierw dokończ konfigurowanie aplikacji uwierzytelniającej.',
    sessionExpired: 'Trwało to zbyt długo. Zaloguj się ponownie.',
    signedOut: 'Nastąpiło wylogowanie. Zaloguj się ponownie.',
    passwordAttemptsExceeded: 'Zbyt wiele nieudanych prób. Odczekaj kilka minut i spróbuj ponownie.',
    limitExceeded: 'Na razie zbyt wiele prób. Odczekaj jakiś czas (do godziny) i spróbuj ponownie.',
    tooManyRequests: 'Usługa jest przeciążona. Odczekaj kilka sekund i spróbuj ponownie.',
    tooManyFailedAttempts: 'Zbyt wiele błędnych kodów. Odczekaj jakiś czas, a potem poproś o nowy kod.',
    network:
      'Nie udało się połączyć z usługą logowania. Sprawdź połączenie i spróbuj ponownie – wpisane dane zostały zachowane.',
    serviceError: 'W usłudze logowania wystąpił problem. Spróbuj ponownie za chwilę.',
    clientHasSecret:
      'Ta witryna jest nieprawidłowo skonfigurowana: jej klient aplikacji Cognito ma klucz tajny klienta, którego aplikacja w przeglądarce nie może używać. Operator witryny musi utworzyć klienta aplikacji bez klucza tajnego i ustawić jego identyfikator w VITE_COGNITO_CLIENT_ID.',
    userPasswordAuthDisabled:
      'Ta witryna jest nieprawidłowo skonfigurowana: jej klient aplikacji Cognito nie zezwala na logowanie hasłem. Operator witryny musi włączyć ALLOW_USER_PASSWORD_AUTH w przepływach uwierzytelniania klienta aplikacji.',
    unknownClient:
      'Ta witryna jest nieprawidłowo skonfigurowana: Cognito nie zna jej klienta aplikacji. Operator witryny musi sprawdzić VITE_COGNITO_CLIENT_ID oraz region w VITE_COGNITO_USER_POOL_ID.',
    softwareTokenMfaNotEnabled:
      'Ta witryna jest nieprawidłowo skonfigurowana: w jej puli użytkowników nie włączono aplikacji uwierzytelniających. Operator witryny musi włączyć MFA typu TOTP (token programowy) w ustawieniach logowania puli użytkowników.',
    unsupportedChallenge:
      'Twoje konto wymaga kroku logowania, którego ta strona nie obsługuje. Skontaktuj się z pomocą techniczną witryny.',
    blockedBySecurity:
      'Ze względu na bezpieczeństwo Twojego konta to żądanie zostało zablokowane. Ponowna próba teraz nic nie da: zresetuj hasło lub skontaktuj się z pomocą techniczną witryny.',
    temporaryPasswordExpired: 'Twoje hasło tymczasowe wygasło. Poproś administratora witryny o przesłanie nowego.',
    compromisedPassword:
      'To hasło pojawiło się w wycieku danych w innym serwisie, więc nie można go tu użyć. Wybierz inne.',
    passwordReused: 'To hasło było już używane na tym koncie. Wybierz takie, które nie było ostatnio używane.',
    lambdaRefused:
      'Własne kontrole tej witryny tego nie zaakceptowały. Jeśli uważasz, że to pomyłka, skontaktuj się z pomocą techniczną witryny.',
    lambdaFailed:
      'Własne kontrole tej witryny nie mogły się zakończyć. Spróbuj ponownie za chwilę. Jeśli to się powtarza, skontaktuj się z pomocą techniczną witryny.',
    sessionRevoked: 'Nastąpiło wylogowanie na wszystkich urządzeniach. Zaloguj się ponownie.',
    refreshTokenInvalid: 'Nie można odnowić Twojej sesji. Zaloguj się ponownie.',
    autoVerifyOff:
      'Ta witryna jest nieprawidłowo skonfigurowana: jej pula użytkowników nie wysyła kodów potwierdzających. Operator witryny musi włączyć w puli użytkowników weryfikację adresu e-mail (atrybut weryfikowany automatycznie: email).',
    emailNotUsername:
      'Ta witryna jest nieprawidłowo skonfigurowana: jej pula użytkowników nie przyjmuje jako nazwy użytkownika tego, o co prosi ta strona (na przykład adresu e-mail, który jest tam tylko aliasem, lub numeru telefonu, gdy nazwami użytkowników są adresy e-mail). Operator witryny musi ustawić VITE_COGNITO_SIGN_IN_WITH na to, czym pula użytkowników pozwala się logować.',
    signUpAttributesRequired:
      'Ta witryna jest nieprawidłowo skonfigurowana: jej pula użytkowników wymaga przy rejestracji danych, o które ta strona nie prosi. Operator witryny musi je wymienić w VITE_COGNITO_SIGN_UP_ATTRIBUTES albo ustawić je w puli użytkowników jako opcjonalne.',
    poolCannotDeliver:
      'Ta witryna jest nieprawidłowo skonfigurowana: jej pula użytkowników nie ma uprawnień do wysyłania e-maili ani SMS-ów. Operator witryny musi poprawić w puli ustawienia e-maili (SES) lub SMS-ów (rola SNS).',
    poolMisconfigured:
      'Ta witryna jest nieprawidłowo skonfigurowana: według Cognito konfiguracja jej puli użytkowników jest nieprawidłowa. Operator witryny musi sprawdzić ustawienia puli użytkowników.',
    smsSetupNeedsPhone:
      'Twoje konto nie ma numeru telefonu, a ta witryna wysyła kody tylko SMS-em. Poproś operatora witryny o dodanie Twojego numeru albo o włączenie aplikacji uwierzytelniających lub kodów wysyłanych e-mailem.',
    invalidParameter: 'Część żądania nie została zaakceptowana. Sprawdź wpisane dane i spróbuj ponownie.',
    passkeyCancelled:
      'Okno klucza dostępu zostało zamknięte albo to urządzenie nie ma klucza dostępu do tej witryny. Spróbuj ponownie lub zaloguj się w inny sposób.',
    passkeyExists: 'To urządzenie ma już klucz dostępu do Twojego konta.',
    passkeyWrongDomain:
      'Na tej stronie nie można używać kluczy dostępu. Dla operatora witryny: identyfikator strony ufającej (relying party) kluczy dostępu puli użytkowników musi być domeną tej strony lub jej domeną nadrzędną.',
    passkeyUnsupported:
      'Ta przeglądarka nie obsługuje kluczy dostępu. Zaloguj się w inny sposób lub użyj przeglądarki, która je obsługuje.',
    passkeyRefused: 'Ten klucz dostępu nie został zaakceptowany. Spróbuj ponownie lub użyj innego klucza dostępu.',
    passkeysOff:
      'Ta witryna jest nieprawidłowo skonfigurowana: klucze dostępu nie są włączone w jej puli użytkowników. Operator witryny musi zezwolić na klucz dostępu jako pierwszy czynnik i ustawić identyfikator strony ufającej (relying party) kluczy dostępu puli.',
    featureNotInPlan:
      'Ta witryna jest nieprawidłowo skonfigurowana: plan funkcji jej puli użytkowników nie obejmuje tego sposobu logowania. Operator witryny musi przenieść pulę użytkowników na plan Essentials lub Plus.',
    userAuthDisabled:
      'Ta witryna jest nieprawidłowo skonfigurowana: jej klient aplikacji Cognito nie zezwala na logowanie z wyborem metody. Operator witryny musi włączyć ALLOW_USER_AUTH w przepływach uwierzytelniania klienta aplikacji.',
    signUpSessionExpired:
      'Trwało to zbyt długo, by zalogować Cię od razu. Wpisz kod ponownie, aby potwierdzić konto; potem wybierzesz sposób logowania.',
    unknown: 'Coś poszło nie tak. Spróbuj ponownie.',
  },

  problemsNotByEmail: {
    wrongCredentials: 'Dane logowania lub hasło są nieprawidłowe. Sprawdź jedno i drugie i spróbuj ponownie.',
    userNotFound: 'Nie znaleźliśmy konta z tymi danymi. Sprawdź, czy nie ma w nich literówek, lub utwórz konto.',
    usernameExists: 'Konto z tymi danymi już istnieje. Może chcesz się zalogować?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled:
        'Okno klucza dostępu zostało zamknięte lub czas minął, więc nie dodano klucza. Spróbuj ponownie albo wybierz „Nie teraz”.',
      passkeyExists:
        'To urządzenie ma już klucz dostępu do Twojego konta, więc nie dodano nowego. Wybierz „Nie teraz”, aby przejść dalej, albo spróbuj z innym urządzeniem lub kluczem bezpieczeństwa.',
      passkeyWrongDomain:
        'Na tej stronie nie można używać kluczy dostępu. Dla operatora witryny: identyfikator strony ufającej (relying party) kluczy dostępu puli użytkowników musi być domeną tej strony lub jej domeną nadrzędną. Wybierz „Nie teraz”, aby przejść dalej.',
      passkeyUnsupported:
        'Ta przeglądarka nie może tworzyć kluczy dostępu, więc żadnego nie dodano. Wybierz „Nie teraz”, aby przejść dalej; klucz możesz dodać później na swoim koncie w przeglądarce, która je obsługuje.',
      passkeyRefused:
        'Usługa logowania nie przyjęła nowego klucza dostępu, więc nie został dodany. Spróbuj ponownie albo wybierz „Nie teraz”.',
      passkeysOff:
        'Ta witryna jest nieprawidłowo skonfigurowana: klucze dostępu nie są włączone w jej puli użytkowników. Operator witryny musi zezwolić na klucz dostępu jako pierwszy czynnik i ustawić identyfikator strony ufającej (relying party) kluczy dostępu puli. Wybierz „Nie teraz”, aby przejść dalej.',
      featureNotInPlan:
        'Ta witryna jest nieprawidłowo skonfigurowana: plan funkcji jej puli użytkowników nie obejmuje tego sposobu logowania. Operator witryny musi przenieść pulę użytkowników na plan Essentials lub Plus. Wybierz „Nie teraz”, aby przejść dalej.',
      network:
        'Nie udało się połączyć z usługą logowania, więc nie dodano klucza dostępu. Sprawdź połączenie i spróbuj ponownie albo wybierz „Nie teraz”.',
      serviceError:
        'W usłudze logowania wystąpił problem, więc nie dodano klucza dostępu. Spróbuj ponownie za chwilę albo wybierz „Nie teraz”.',
      invalidParameter:
        'Usługa logowania nie przyjęła żądania, więc nie dodano klucza dostępu. Spróbuj ponownie albo wybierz „Nie teraz”.',
      unknown: 'Coś poszło nie tak, więc nie dodano klucza dostępu. Spróbuj ponownie albo wybierz „Nie teraz”.',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `Ta witryna tego nie zaakceptowała: ${reason}`,
    contactSupport: (contact: string) => `Pomoc techniczna: ${contact}`,
  },

  selectChallenge: {
    heading: 'Wybierz sposób logowania',
    as: (email: string) => `Logujesz się jako ${email}.`,
    options: {
      WEB_AUTHN: 'Użyj klucza dostępu',
      EMAIL_OTP: 'Wyślij mi kod e-mailem',
      SMS_OTP: 'Wyślij mi kod SMS-em',
      PASSWORD: 'Zaloguj się hasłem',
    },
    none: 'Ta strona nie oferuje żadnego sposobu logowania, który ma Twoje konto. Skontaktuj się z pomocą techniczną witryny.',
  },
  passkeySignIn: {
    heading: 'Zaloguj się kluczem dostępu',
    waiting: 'Postępuj zgodnie z instrukcjami przeglądarki, aby użyć klucza dostępu.',
    retry: 'Spróbuj ponownie kluczem dostępu',
    otherWay: 'Zaloguj się w inny sposób',
  },
  passkeyOffer: {
    heading: 'Następnym razem zaloguj się szybciej kluczem dostępu',
    intro: 'Używaj odcisku palca, skanu twarzy lub blokady ekranu zamiast hasła. Klucz dostępu możesz w każdej chwili usunąć na swoim koncie.',
    notNow: 'Nie teraz',
    checking: 'Trwa logowanie…',
  },
  passkeys: {
    heading: 'Klucze dostępu',
    intro: 'Klucz dostępu pozwala logować się odciskiem palca, skanem twarzy lub blokadą ekranu zamiast hasłem.',
    manage: 'Zarządzaj kluczami dostępu',
    loading: 'Wczytywanie Twoich kluczy dostępu…',
    none: 'Nie masz jeszcze kluczy dostępu.',
    add: 'Dodaj klucz dostępu',
    creating: 'Postępuj zgodnie z instrukcjami przeglądarki, aby utworzyć klucz dostępu.',
    unnamed: 'Klucz dostępu',
    added: (date: string) => `Dodano ${date}`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? 'Blokada ekranu urządzenia' : attachment === 'cross-platform' ? 'Klucz bezpieczeństwa lub telefon' : 'Uwierzytelniacz',
    delete: (name: string) => `Usuń ${name}`,
    confirmDelete: (name: string) => `Usunąć „${name}”? Nie będzie można się już nim zalogować.`,
    confirm: 'Usuń klucz dostępu',
    cancel: 'Zachowaj',
  },

  config: {
    heading: 'Ta aplikacja nie jest poprawnie skonfigurowana',
    intro: 'Ustaw te zmienne czasu budowania (na przykład w .env.local) i zbuduj aplikację ponownie:',
    problems: {
      missingPoolId: () =>
        'Brak zmiennej VITE_COGNITO_USER_POOL_ID: ustaw w niej identyfikator swojej puli użytkowników, np. eu-west-1_AbCdEf123.',
      missingClientId: () =>
        'Brak zmiennej VITE_COGNITO_CLIENT_ID: ustaw w niej identyfikator klienta aplikacji bez klucza tajnego.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID „${'value' in p ? p.value : ''}” nie jest identyfikatorem puli użytkowników: ma on postać eu-west-1_AbCdEf123 (region, podkreślenie, identyfikator).`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID „${'value' in p ? p.value : ''}” nie jest identyfikatorem klienta aplikacji: skopiuj go ze strony klienta aplikacji w konsoli Cognito.`,
      badRegion: (p) =>
        `VITE_COGNITO_REGION „${'value' in p ? p.value : ''}” nie jest regionem, takim jak eu-west-1.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION ma wartość ${p.region}, ale pula użytkowników jest w regionie ${p.poolRegion}: usuń VITE_COGNITO_REGION albo ustaw w obu ten sam region.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT „${'value' in p ? p.value : ''}” nie jest adresem URL http(s), takim jak http://localhost:9229/.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES „${'value' in p ? p.value : ''}” musi być liczbą całkowitą minut od 3 do 15, równą czasowi trwania sesji przepływu uwierzytelniania klienta aplikacji.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY „${'value' in p ? p.value : ''}” nie jest zasadami haseł: wymień reguły puli użytkowników rozdzielone przecinkami – min=<6 do 99> oraz dowolne z upper, lower, number, symbol, np. min=12,upper,lower,number,symbol.`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED „${'value' in p ? p.value : ''}” musi mieć wartość true (pula użytkowników wymaga MFA) lub false.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH „${'value' in p ? p.value : ''}” musi wymieniać, czym użytkownicy się logują, oddzielone przecinkami, każde raz: email, phone, username, preferred_username (np. username,email dla nazw użytkownika z adresem e-mail jako aliasem).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES „${'value' in p ? p.value : ''}” musi wymieniać atrybuty oddzielone przecinkami, każdy raz: standardowe po nazwie (name, given_name, birthdate, …), niestandardowe z etykietą (custom:team=Team); dodaj ? po nazwie dla opcjonalnego.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH „${'value' in p ? p.value : ''}” wymienia preferred_username bez username: preferowana nazwa użytkownika to alias w puli z nazwami użytkowników (--alias-attributes preferred_username), więc wymień też username, np. username,preferred_username.`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES „${'value' in p ? p.value : ''}” wymienia preferred_username, który VITE_COGNITO_SIGN_IN_WITH czyni aliasem: Cognito przyjmuje preferowaną nazwę użytkownika jako alias dopiero po potwierdzeniu konta, nie przy rejestracji. Usuń preferred_username z VITE_COGNITO_SIGN_UP_ATTRIBUTES.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY „${'value' in p ? p.value : ''}” musi mieć wartość true (tylko administratorzy tworzą użytkowników) lub false.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS „${'value' in p ? p.value : ''}” nie jest listą pierwszych czynników: podaj dowolne z password, passkey, email, sms, rozdzielone przecinkami, każde raz, np. password,passkey,email.`,
    },
  },
};
