import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: 'Diagnostyka puli użytkowników',
  intro: 'Ta strona sprawdza, jak skonfigurowane są pula użytkowników Cognito i klient aplikacji tej witryny, na podstawie odpowiedzi, jakie Cognito daje przeglądarce.',
  harmless:
    'Wysyła dwa żądania, które Cognito odrzuca: logowanie z nazwą użytkownika, która nie może istnieć, oraz odświeżenie tokenu czymś, co nie jest tokenem. Nie powstaje żadne konto, nic nie jest do nikogo wysyłane i nie jest używany żaden interfejs API administratora.',
  running: 'Pytanie Cognito…',
  runAgain: 'Sprawdź ponownie',
  language: 'Język',
  status: { pass: 'W porządku', problem: 'Problem', unknown: 'Nie wiadomo' },
  findings: {
    endpoint: {
      title: 'Punkt końcowy Cognito jest osiągalny',
      answered: (p) => `Cognito odpowiedziało z ${p.endpoint}, a przeglądarka pozwoliła stronie odczytać odpowiedź (CORS).`,
      notCognito: (p) => `Pod adresem ${p.endpoint} odpowiedziało coś, co nie jest Cognito: serwer proxy, portal logowania sieci albo błędny VITE_COGNITO_ENDPOINT.`,
      noAnswer: (p) =>
        `Brak odpowiedzi z ${p.endpoint}: ten komputer jest offline, host jest błędny albo punkt końcowy nie zezwala na to źródło (CORS). Samo Cognito zezwala na każde źródło; emulator może nie zezwalać.`,
      blockedByCsp: (p) => `Przeglądarka nie wysłała żądań: Content-Security-Policy tej strony nie zezwala na ${p.endpoint} (zobacz niżej).`,
    },
    csp: {
      title: 'Content-Security-Policy zezwala na punkt końcowy',
      allows: (p) => `connect-src zezwala na ${p.endpoint}.`,
      blocks: (p) => `connect-src (lub default-src) nie zezwala na ${p.endpoint}: każde logowanie się nie powiedzie. Wysyłaj ten nagłówek:`,
      violated: (p) => `Przeglądarka zablokowała żądanie do ${p.endpoint} zgodnie z zasadami tej strony: każde logowanie się nie powiedzie. Wysyłaj ten nagłówek:`,
      none: () => 'Strona jest serwowana bez Content-Security-Policy. Działa, ale bez ochrony, jaką ta daje przed wstrzykniętymi skryptami. Wysyłaj ten nagłówek:',
      unread: () => 'Strona nie mogła odczytać zasad, z którymi jest serwowana. Sprawdź, czy wysyła ten nagłówek:',
    },
    client: {
      title: 'Klient aplikacji istnieje',
      found: (p) => `Cognito zna klienta aplikacji ${p.clientId} w ${p.region}.`,
      notFound: (p) =>
        `Cognito odpowiedziało, że klient aplikacji ${p.clientId} nie istnieje w ${p.region}: identyfikator klienta lub region puli jest błędny. Znajdź klienta albo utwórz nowego, a potem ustaw VITE_COGNITO_CLIENT_ID i zbuduj ponownie:`,
      unknown: () => 'Odpowiedzi Cognito tego nie powiedziały.',
    },
    pool: {
      title: 'Klient aplikacji należy do puli użytkowników',
      notProbed: (p) =>
        `Identyfikator puli ${p.userPoolId} wskazuje region (${p.region}). Przeglądarka nie może sprawdzić, czy klient należy do tej puli: żądania logowania wskazują tylko klienta. Sprawdź to poleceniem:`,
    },
    secret: {
      title: 'Klient aplikacji nie ma klucza tajnego',
      none: () => 'Klient przyjął logowanie bez skrótu klucza tajnego.',
      hasSecret: (p) =>
        `Klient aplikacji ${p.clientId} ma klucz tajny klienta, którego aplikacja w przeglądarce nie jest w stanie chronić. Klucza tajnego nie da się usunąć z klienta: utwórz klienta bez niego, ustaw VITE_COGNITO_CLIENT_ID na wyświetlony identyfikator i zbuduj ponownie:`,
      unknown: () => 'Odpowiedzi Cognito tego nie powiedziały.',
    },
    passwordAuth: {
      title: 'Logowanie hasłem dozwolone (ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => 'Klient zezwala na USER_PASSWORD_AUTH.',
      off: () => 'Klient nie zezwala na USER_PASSWORD_AUTH: nikt nie może się zalogować. Włącz to:',
      behindSecret: () => 'Cognito zatrzymało się na kluczu tajnym klienta, zanim to powiedziało.',
      unknown: () => 'Odpowiedzi Cognito tego nie powiedziały.',
    },
    refresh: {
      title: 'Odświeżanie tokenów dozwolone (ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => 'Klient zezwala na REFRESH_TOKEN_AUTH, dzięki czemu ta strona utrzymuje zalogowanie.',
      off: () =>
        'Klient odrzuca REFRESH_TOKEN_AUTH (jest wyłączone albo włączona jest rotacja tokenów odświeżania, której ta strona nie używa): użytkownicy są wylogowywani, gdy ich tokeny wygasną, domyślnie po godzinie. Włącz to:',
      behindSecret: () => 'Cognito zatrzymało się na kluczu tajnym klienta, zanim to powiedziało.',
      unknown: () => 'Odpowiedzi Cognito tego nie powiedziały.',
    },
    userExistence: {
      title: 'Ochrona przed ujawnianiem użytkowników (PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: nieznany adres e-mail dostaje „Incorrect username or password.” (NotAuthorizedException), tak jak błędne hasło, a przy resetowaniu pada informacja, że kod jest w drodze. Nikt nie może się z tej strony dowiedzieć, kto ma konto.',
      enabledByTrigger: () =>
        'ENABLED: Cognito uruchomiło wyzwalacz przed uwierzytelnieniem dla użytkownika, który nie istnieje, co robi tylko przy włączonej ochronie.',
      legacy: () =>
        'LEGACY: Cognito odpowiada na nieznany adres e-mail wyjątkiem UserNotFoundException, więc każdy może sprawdzić, które adresy mają konta. Ta strona przy logowaniu nadal mówi o błędnym adresie e-mail lub haśle, ale jej ekrany resetowania i potwierdzania mówią „Nie znaleźliśmy konta z tym adresem e-mail.” Aby to ukryć:',
      unknown: () => 'Odpowiedzi Cognito tego nie powiedziały.',
    },
    trigger: {
      title: 'Wyzwalacze Lambda',
      refused: () =>
        'Wyzwalacz Lambda odrzucił logowanie nieistniejącego użytkownika albo zakończył się błędem (jego odpowiedź jest niżej). Przy PreventUserExistenceErrors ustawionym na ENABLED wyzwalacz przed uwierzytelnieniem działa także dla nieznanych użytkowników, z userNotFound ustawionym na true; wyzwalacz, który zwraca im zdarzenie bez zmian, pozwala Cognito odpowiedzieć jak zwykle „Incorrect username or password.”. Poprawka należy do kodu wyzwalacza.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client przywraca wartość domyślną każdego ustawienia, którego nie dostanie (czasy ważności tokenów, atrybuty, ustawienia OAuth i inne). Najpierw odczytaj bieżące ustawienia klienta poleceniem ${describe} i dodaj te, na których polegasz.`,
    newClient: 'Nowy klient otrzymuje ustawienia potrzebne tej stronie.',
    check: 'Pokazuje ustawienia klienta; niczego nie zmienia.',
    header: 'Wysyłaj go z hostingu (README, „Content-Security-Policy”), z punktem końcowym puli w connect-src.',
  },
  copy: 'Kopiuj',
  copied: 'Skopiowano',
  copyFailed: 'Nie udało się skopiować: zaznacz tekst',
  answers: {
    heading: 'Co odpowiedziało Cognito',
    signIn: 'Logowanie użytkownika, który nie może istnieć (InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: 'Odświeżenie czymś, co nie jest tokenem (InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: 'Przyjęto',
    noAnswer: 'Brak odpowiedzi',
    notCognito: (status) => `HTTP ${status}, nie JSON Cognito`,
  },
};
