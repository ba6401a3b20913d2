/**
 * 한국어. Same keys and function parameters as the English reference (./en.ts).
 * The configuration messages are for the site's operator: variable and setting names stay exact.
 */
import type { Dictionary } from './en';

export const ko: Dictionary = {
  lang: 'ko',
  languageName: '한국어',
  languagePicker: '언어',
  appName: '로그인',
  simulatedBanner:
    '시뮬레이션 사용자 풀: 어떤 데이터도 이 브라우저 밖으로 나가지 않으며, 코드는 개발용 받은편지함에 표시됩니다.',
  busy: '잠시 기다려 주세요…',
  retry: '다시 시도',
  back: '로그인으로 돌아가기',
  backToAccount: '내 계정으로 돌아가기',
  backToHome: '뒤로',
  offline: '로그인 서비스에 연결할 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요. 입력한 내용은 그대로 유지됩니다.',

  fields: {
    email: '이메일',
    password: '비밀번호',
    newPassword: '새 비밀번호',
    code: '인증 코드',
    codeHint: '6자리 숫자',
    currentPassword: '현재 비밀번호',
    showPassword: '비밀번호 표시',
    hidePassword: '비밀번호 숨기기',
    identifier: {
      email: '이메일',
      phone: '전화번호',
      username: '사용자 이름',
      emailOrPhone: '이메일 또는 전화번호',
      usernameOrEmail: '사용자 이름 또는 이메일',
      usernameOrPhone: '사용자 이름 또는 전화번호',
      usernameEmailOrPhone: '사용자 이름, 이메일 또는 전화번호',
      usernameOrPreferred: '사용자 이름 또는 선호하는 사용자 이름',
      usernamePreferredOrEmail: '사용자 이름, 선호하는 사용자 이름 또는 이메일',
      usernamePreferredOrPhone: '사용자 이름, 선호하는 사용자 이름 또는 전화번호',
      usernamePreferredEmailOrPhone: '사용자 이름, 선호하는 사용자 이름, 이메일 또는 전화번호',
    },
    phoneHint: '+와 국가 번호로 시작하세요. 예: +44 7700 900123',
  },

  signIn: {
    heading: '로그인',
    submit: '로그인',
    noAccount: '처음이신가요?',
    toSignUp: '계정 만들기',
    forgot: '비밀번호를 잊으셨나요?',
    continue: '계속',
    withPasskey: '패스키로 로그인',
  },

  code: {
    resend: '새 코드 보내기',
    resendIn: (seconds: number) => `${seconds}초 후에 새 코드를 요청할 수 있습니다`,
  },

  signUp: {
    heading: '계정 만들기',
    submit: '계정 만들기',
    haveAccount: '이미 계정이 있으신가요?',
    toSignIn: '로그인',
    rulesHeading: '비밀번호 조건',
    optional: (label: string) => `${label} (선택)`,
  },

  attributes: {
    name: '이름(전체)',
    given_name: '이름',
    family_name: '성',
    middle_name: '중간 이름',
    nickname: '닉네임',
    preferred_username: '선호하는 사용자 이름',
    profile: '프로필 페이지(URL)',
    picture: '사진(URL)',
    website: '웹사이트',
    gender: '성별',
    birthdate: '생년월일',
    zoneinfo: '시간대(예: Asia/Seoul)',
    locale: '언어(예: ko-KR, en-GB)',
    address: '주소',
    email: '이메일',
    phone_number: '전화번호',
  },

  confirmSignUp: {
    heading: '이메일 확인',
    headingPhone: '전화번호 확인',
    sentTo: (destination: string) =>
      `${destination}(으)로 6자리 코드를 보냈습니다. 코드를 입력하여 계정을 확인하세요.`,
    sentSomewhere: '이메일로 6자리 코드를 보냈습니다. 코드를 입력하여 계정을 확인하세요.',
    sentByText: (destination: string) =>
      `${destination}(으)로 6자리 코드를 문자 메시지로 보냈습니다. 코드를 입력해 계정을 확인하세요.`,
    submit: '확인',
  },

  forgotPassword: {
    heading: '비밀번호 재설정',
    intro: '계정의 이메일 주소를 입력하세요. 새 비밀번호를 설정할 수 있는 코드를 보내 드립니다.',
    introAny: '로그인할 때 사용하는 정보를 입력하시면 새 비밀번호를 설정할 수 있는 코드를 보내 드립니다.',
    submit: '코드 보내기',
  },

  resetPassword: {
    heading: '새 비밀번호 설정',
    sentTo: (destination: string) => `${destination}(으)로 6자리 코드를 보냈습니다. 코드와 새 비밀번호를 입력하세요.`,
    sentSomewhere: '6자리 코드를 보냈습니다. 코드와 새 비밀번호를 입력하세요.',
    sentByText: (destination: string) =>
      `${destination}(으)로 6자리 코드를 문자 메시지로 보냈습니다. 코드와 새 비밀번호를 입력하세요.`,
    ifEmailed: '입력한 정보와 일치하는 계정이 있다면 그 계정의 이메일로 코드가 전송되고 있습니다.',
    ifTexted: '입력한 정보와 일치하는 계정이 있다면 그 계정의 전화번호로 문자 메시지 코드가 전송되고 있습니다.',
    ifSent: '입력한 정보와 일치하는 계정이 있다면 코드가 전송되고 있습니다.',
    submit: '비밀번호 재설정 후 로그인',
  },

  newPassword: {
    heading: '비밀번호 설정',
    intro: '계정이 임시 비밀번호로 만들어졌습니다. 계속하려면 직접 사용할 비밀번호를 설정하세요.',
    attributesHeading: '다음 정보도 필요합니다',
    submit: '저장하고 계속',
  },

  totpSetup: {
    heading: '인증 앱 설정',
    intro:
      '이 계정은 로그인할 때 추가 인증 단계가 필요합니다. Google Authenticator, Microsoft Authenticator, 1Password, Authy 등의 인증 앱에 계정을 추가하세요.',
    scan: '앱으로 이 QR 코드를 스캔하세요.',
    qrAlt: (account: string) => `${account}을(를) 인증 앱에 추가하는 QR 코드`,
    manual: '스캔할 수 없나요? 대신 다음 설정 키를 앱에 입력하세요:',
    secretLabel: '설정 키',
    copy: '키 복사',
    copied: '복사됨',
    copyFailed: '키를 선택해 직접 복사하세요',
    openInApp: '이 기기의 인증 앱에서 열기',
    enterCode: '그런 다음 앱에 표시되는 6자리 코드를 입력하세요.',
    deviceName: '이 인증 앱의 이름(선택 사항)',
    deviceNamePlaceholder: '내 휴대전화',
    submit: '확인하고 완료',
    preparing: '설정 키를 준비하는 중…',
    verified: '인증 앱이 확인되었습니다. 로그인의 마지막 단계만 남았습니다.',
    enabling: '코드가 확인되었습니다. 사용 설정하는 중…',
    notTurnedOn:
      '코드는 확인되었지만 계정에서 인증 앱이 아직 사용 설정되지 않았습니다. 다시 시도하세요. 새 코드는 필요하지 않습니다.',
  },

  mfaSetupChoice: {
    heading: '추가 인증 단계 설정',
    intro: '이 계정은 로그인할 때 추가 인증 단계가 필요합니다. 하나를 선택하세요.',
    emailOnly: '이 계정은 로그인할 때 추가 인증 단계가 필요합니다. 이메일로 보내 드리는 코드를 사용합니다.',
    emailTo: (email: string) => `코드는 ${email}(으)로 전송됩니다.`,
    sending: '코드를 보내는 중…',
  },

  totpChallenge: {
    heading: '인증 앱 코드 입력',
    intro: '인증 앱을 열고 이 계정의 6자리 코드를 입력하세요.',
    device: (name: string) => `인증 앱: ${name}`,
    submit: '확인',
  },

  emailChallenge: {
    heading: '이메일로 받은 코드 입력',
    sentTo: (destination: string) => `${destination}(으)로 6자리 코드를 보냈습니다.`,
    sentSomewhere: '이메일로 6자리 코드를 보냈습니다.',
    submit: '확인',
  },

  smsChallenge: {
    heading: '문자 메시지로 받은 코드 입력',
    sentTo: (destination: string) => `${destination}(으)로 6자리 코드를 보냈습니다.`,
    sentSomewhere: '휴대전화로 6자리 코드를 보냈습니다.',
    submit: '확인',
  },

  selectMfaType: {
    heading: '본인 확인 방법 선택',
    intro: '이 계정에는 추가 인증 단계가 두 가지 이상 있습니다. 이번 로그인에 사용할 방법을 선택하세요.',
    options: {
      SOFTWARE_TOKEN_MFA: '인증 앱',
      SMS_MFA: '문자 메시지(SMS)',
      EMAIL_OTP: '이메일',
    },
  },

  signedIn: {
    heading: '로그인되었습니다',
    as: (email: string) => `${email}(으)로 로그인됨`,
    account: '계정 및 보안',
    signOut: '로그아웃',
    signOutEverywhere: '모든 기기에서 로그아웃',
    reconnecting:
      '다시 연결하는 중… 지금은 세션을 갱신하기 위해 로그인 서비스에 연결할 수 없습니다. 로그인 상태는 유지되며, 계속 연결을 시도합니다.',
    nav: '내 계정',
    home: '홈',
    profile: '프로필',
    profileIntro: '사이트의 API가 나에 대해 무엇을 알고 있는지 확인하세요. 프로필 페이지가 내 로그인 정보로 API에 물어봅니다.',
  },

  profile: {
    heading: '내 프로필',
    intro: '이 페이지가 내 로그인 정보로 내가 누구인지 물었을 때 사이트의 API가 답한 내용입니다.',
    loading: 'API에 물어보는 중…',
    sub: '사용자 ID',
    username: '사용자 이름',
    groups: '그룹',
    noGroups: '없음',
    tokenExpiresAt: '로그인 유효 기한',
    servedAt: '응답 시각',
    refused: 'API가 로그인을 받아들이지 않았습니다. 로그아웃한 뒤 다시 로그인하세요.',
    failed: (status: number) => `API가 응답하지 못했습니다(오류 ${status}). 잠시 후 다시 시도하세요.`,
    unreachable: 'API에 연결할 수 없습니다. 연결 상태를 확인하고 다시 시도하세요.',
  },

  account: {
    heading: '계정 및 보안',
    mfaHeading: '2단계 인증',
    mfaIntro: '로그인할 때 추가 인증 단계를 거치면 비밀번호가 유출되더라도 계정을 안전하게 지킬 수 있습니다.',
    loading: '설정을 불러오는 중…',
    on: '사용',
    off: '사용 안함',
    preferred: '우선 사용',
    setUpTotp: '인증 앱 설정',
    replaceTotp: '다른 인증 앱으로 변경',
    verifiedNotOn: '아직 사용 안함',
    turnOnTotp: '인증 앱 사용 설정',
    smsByPhone: '이 사이트의 요구에 따라 코드가 전화번호로 전송되며, 여기서는 끌 수 없습니다.',
    requiredOnly: '이 사이트는 추가 인증 단계가 필수이므로 유일한 인증 방법은 끌 수 없습니다.',
    turnOff: (factor: string) => `${factor} 사용 중지`,
    prefer: (factor: string) => `${factor} 우선 사용`,
    passwordHeading: '비밀번호',
    changePassword: '비밀번호 변경',
  },

  changePassword: {
    heading: '비밀번호 변경',
    submit: '비밀번호 변경',
  },

  session: {
    timeLeft: (minutes: number, seconds: number) =>
      `이 단계를 완료하기까지 남은 시간: ${minutes}:${String(seconds).padStart(2, '0')}`,
  },

  notices: {
    sessionExpired: '시간이 너무 오래 걸려 보안을 위해 로그인이 취소되었습니다. 다시 로그인하세요.',
    sessionUsed:
      '이 로그인 단계는 이미 사용되었으므로(연결이 끊기기 직전에 처리되었을 수 있습니다) 다시 보낼 수 없습니다. 다시 로그인하세요.',
    codeResent: '새 코드를 보냈습니다. 이전에 보낸 코드는 더 이상 사용할 수 없습니다.',
    accountConfirmed: '계정이 확인되었습니다. 로그인하세요.',
    alreadyConfirmed: '이미 확인된 계정입니다. 로그인하세요.',
    confirmBeforeSignIn: '계정이 아직 확인되지 않았습니다. 새 코드를 보냈습니다.',
    resetCodeSent: '이 이메일을 사용하는 계정이 있다면 코드가 전송되고 있습니다.',
    passwordChanged: '비밀번호가 변경되었습니다.',
    totpEnabled: '인증 앱이 설정되었습니다. 다음 로그인부터 사용하게 됩니다.',
    mfaUpdated: '2단계 인증 설정이 저장되었습니다.',
    sessionEnded: '세션이 종료되었습니다. 다시 로그인하세요.',
    sessionRevoked: '다른 기기에서 또는 사이트 관리자에 의해 모든 기기에서 로그아웃되었습니다. 다시 로그인하세요.',
    sessionNotRenewed:
      '세션을 갱신할 수 없어 로그아웃되었습니다. 다시 로그인하세요. 이 문제가 계속되면 사이트 고객지원팀에 알려 주세요.',
    signedOut: '로그아웃되었습니다.',
    signedOutEverywhere: '모든 기기에서 로그아웃되었습니다.',
    signedOutElsewhere: '이 사이트의 다른 탭에서 로그아웃했습니다.',
    passkeyAdded: '패스키가 추가되었습니다. 다음부터 패스키로 로그인할 수 있습니다.',
    passkeyDeleted: '패스키가 삭제되었습니다.',
  },

  passwordRules: {
    length: (min: number) => `${min}자 이상`,
    uppercase: () => '영문 대문자 포함',
    lowercase: () => '영문 소문자 포함',
    number: () => '숫자 포함',
    symbol: () => '! @ # 또는 ? 같은 기호 포함',
    spaces: () => '앞뒤에 공백 없음',
  },

  problems: {
    required: '이 항목을 입력하세요.',
    emailFormat: 'name@example.com 형식의 이메일 주소를 입력하세요.',
    emailTooLong: '이메일 주소는 최대 128자까지 입력할 수 있습니다.',
    phoneFormat: '+와 국가 번호를 포함해 번호를 입력하세요. 예: +44 7700 900123',
    usernameFormat: '사용자 이름에는 공백을 넣을 수 없습니다.',
    usernameTooLong: '사용자 이름은 최대 128자까지 입력할 수 있습니다.',
    usernameLooksLikeEmail: '이메일 주소가 아닌 사용자 이름을 선택하세요. 이메일은 아래에서 따로 입력합니다.',
    usernameLooksLikePhone: '전화번호가 아닌 사용자 이름을 선택하세요. 전화번호는 아래에서 따로 입력합니다.',
    birthdateFormat: '1990-05-17처럼 날짜를 입력하세요(연-월-일).',
    attributeTooLong: '최대 2048자까지 입력할 수 있습니다.',
    weakPassword: '이 비밀번호는 아래 조건을 충족하지 않습니다.',
    passwordTooLong: '비밀번호는 최대 256자까지 입력할 수 있습니다.',
    codeFormat: '6자리 코드를 입력하세요.',
    wrongCredentials: '이메일 또는 비밀번호가 올바르지 않습니다. 둘 다 확인한 후 다시 시도하세요.',
    userNotFound: '이 이메일로 된 계정을 찾을 수 없습니다. 오타가 없는지 확인하거나 계정을 만드세요.',
    wrongCurrentPassword: '현재 비밀번호가 올바르지 않습니다.',
    userNotConfirmed: '계정이 아직 확인되지 않았습니다.',
    usernameExists: '이 이메일로 된 계정이 이미 있습니다. 대신 로그인하시겠습니까?',
    invalidPassword: '이 비밀번호는 조건을 충족하지 않습니다.',
    invalidEmail: 'name@example.com 형식의 이메일 주소를 입력하세요.',
    codeMismatch: '코드가 올바르지 않습니다. 확인한 후 다시 시도하세요.',
    expiredCode: '코드가 만료되었습니다. 새 코드를 요청하세요.',
    totpCodeReused: '이미 사용된 코드입니다. 앱에 새 코드가 표시될 때까지 기다리세요.',
    alreadyConfirmed: '이미 확인된 계정입니다.',
    userDisabled: '사용 중지된 계정입니다. 사이트 고객지원팀에 문의하세요.',
    passwordResetRequired: '로그인하려면 먼저 비밀번호를 재설정해야 합니다.',
    cannotResetPassword: '이 계정의 비밀번호는 여기에서 재설정할 수 없습니다.',
    mfaNotSetUp: '먼저 인증 앱 설정을 완료하세요.',
    sessionExpired: '시간이 너무 오래 걸렸습니다. 다시 로그인하세요.',
    signedOut: '로그아웃되었습니다. 다시 로그인하세요.',
    passwordAttemptsExceeded: '실패한 시도가 너무 많습니다. 몇 분 기다린 후 다시 시도하세요.',
    limitExceeded: '지금은 시도 횟수가 너무 많습니다. 잠시(최대 1시간) 기다린 후 다시 시도하세요.',
    tooManyRequests: '서비스가 혼잡합니다. 몇 초 기다린 후 다시 시도하세요.',
    tooManyFailedAttempts: '잘못된 코드를 너무 많이 입력했습니다. 잠시 기다린 후 새 코드를 요청하세요.',
    network: '로그인 서비스에 연결할 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요. 입력한 내용은 그대로 유지됩니다.',
    serviceError: '로그인 서비스에 문제가 발생했습니다. 잠시 후 다시 시도하세요.',
    clientHasSecret:
      '이 사이트의 설정이 잘못되었습니다. 사이트의 Cognito 앱 클라이언트에 클라이언트 보안 암호가 있는데, 브라우저 앱은 이를 사용할 수 없습니다. 사이트 운영자가 보안 암호 없는 앱 클라이언트를 만들고 VITE_COGNITO_CLIENT_ID를 해당 ID로 설정해야 합니다.',
    userPasswordAuthDisabled:
      '이 사이트의 설정이 잘못되었습니다. 사이트의 Cognito 앱 클라이언트가 비밀번호 로그인을 허용하지 않습니다. 사이트 운영자가 앱 클라이언트의 인증 흐름에서 ALLOW_USER_PASSWORD_AUTH를 켜야 합니다.',
    unknownClient:
      '이 사이트의 설정이 잘못되었습니다. Cognito가 사이트의 앱 클라이언트를 인식하지 못합니다. 사이트 운영자가 VITE_COGNITO_CLIENT_ID와 VITE_COGNITO_USER_POOL_ID의 리전을 확인해야 합니다.',
    softwareTokenMfaNotEnabled:
      '이 사이트의 설정이 잘못되었습니다. 사이트의 사용자 풀에서 인증 앱이 사용 설정되어 있지 않습니다. 사이트 운영자가 사용자 풀의 로그인 설정에서 TOTP(소프트웨어 토큰) MFA를 활성화해야 합니다.',
    unsupportedChallenge: '이 계정에는 이 페이지에서 지원하지 않는 로그인 단계가 필요합니다. 사이트 고객지원팀에 문의하세요.',
    blockedBySecurity:
      '계정 보호를 위해 이 요청이 차단되었습니다. 지금 다시 시도해도 해결되지 않습니다. 비밀번호를 재설정하거나 사이트 고객지원팀에 문의하세요.',
    temporaryPasswordExpired: '임시 비밀번호가 만료되었습니다. 사이트 관리자에게 새 임시 비밀번호를 보내 달라고 요청하세요.',
    compromisedPassword:
      '이 비밀번호는 다른 곳의 데이터 유출에서 발견되었으므로 여기에서 사용할 수 없습니다. 다른 비밀번호를 선택하세요.',
    passwordReused: '이전에 사용한 비밀번호입니다. 최근에 사용하지 않은 비밀번호를 선택하세요.',
    lambdaRefused:
      '이 사이트의 자체 확인 과정에서 요청이 승인되지 않았습니다. 잘못된 것 같다면 사이트 고객지원팀에 문의하세요.',
    lambdaFailed:
      '이 사이트의 자체 확인 과정을 완료하지 못했습니다. 잠시 후 다시 시도하세요. 이 문제가 계속되면 사이트 고객지원팀에 문의하세요.',
    sessionRevoked: '모든 기기에서 로그아웃되었습니다. 다시 로그인하세요.',
    refreshTokenInvalid: '세션을 갱신할 수 없습니다. 다시 로그인하세요.',
    autoVerifyOff:
      '이 사이트의 설정이 잘못되었습니다. 사이트의 사용자 풀이 확인 코드를 보내지 않습니다. 사이트 운영자가 사용자 풀에서 이메일 확인(자동 확인 속성: email)을 켜야 합니다.',
    emailNotUsername:
      '이 사이트의 설정이 잘못되었습니다. 사이트의 사용자 풀이 이 페이지에서 묻는 정보를 사용자 이름으로 받지 않습니다(예: 사용자 풀에서 별칭일 뿐인 이메일, 또는 사용자 이름이 이메일인 곳의 전화번호). 사이트 운영자가 VITE_COGNITO_SIGN_IN_WITH를 사용자 풀의 로그인 방식에 맞게 설정해야 합니다.',
    signUpAttributesRequired:
      '이 사이트의 설정이 잘못되었습니다. 사이트의 사용자 풀이 가입할 때 이 페이지에서 묻지 않는 정보를 필수로 요구합니다. 사이트 운영자가 해당 속성을 VITE_COGNITO_SIGN_UP_ATTRIBUTES에 나열하거나 사용자 풀에서 선택 항목으로 바꿔야 합니다.',
    poolCannotDeliver:
      '이 사이트의 설정이 잘못되었습니다. 사이트의 사용자 풀에 이메일이나 문자 메시지를 보낼 권한이 없습니다. 사이트 운영자가 풀의 이메일(SES) 또는 SMS(SNS 역할) 설정을 수정해야 합니다.',
    poolMisconfigured:
      '이 사이트의 설정이 잘못되었습니다. Cognito가 사이트의 사용자 풀 구성을 유효하지 않다고 판단했습니다. 사이트 운영자가 사용자 풀 설정을 확인해야 합니다.',
    smsSetupNeedsPhone:
      '계정에 전화번호가 없는데, 이 사이트는 문자 메시지로만 코드를 보냅니다. 사이트 운영자에게 전화번호를 추가하거나 인증 앱 또는 이메일 코드를 사용 설정해 달라고 요청하세요.',
    invalidParameter: '요청의 일부가 승인되지 않았습니다. 입력한 내용을 확인한 후 다시 시도하세요.',
    passkeyCancelled:
      '패스키 창이 닫혔거나 이 기기에 이 사이트의 패스키가 없습니다. 다시 시도하거나 다른 방법으로 로그인하세요.',
    passkeyExists: '이 기기에는 이미 계정의 패스키가 있습니다.',
    passkeyWrongDomain:
      '이 페이지에서는 패스키를 사용할 수 없습니다. 사이트 운영자 참고: 사용자 풀의 패스키 신뢰 당사자 ID(relying party id)는 이 페이지의 도메인이거나 그 상위 도메인이어야 합니다.',
    passkeyUnsupported:
      '이 브라우저에서는 패스키를 사용할 수 없습니다. 다른 방법으로 로그인하거나 패스키를 지원하는 브라우저를 사용하세요.',
    passkeyRefused: '해당 패스키가 승인되지 않았습니다. 다시 시도하거나 다른 패스키를 사용하세요.',
    passkeysOff:
      '이 사이트의 설정이 잘못되었습니다. 사이트의 사용자 풀에서 패스키가 켜져 있지 않습니다. 사이트 운영자가 패스키를 첫 번째 인증 요소로 허용하고 사용자 풀의 패스키 신뢰 당사자 ID(relying party id)를 설정해야 합니다.',
    featureNotInPlan:
      '이 사이트의 설정이 잘못되었습니다. 사이트 사용자 풀의 기능 플랜에 이 로그인 방법이 포함되어 있지 않습니다. 사이트 운영자가 사용자 풀을 Essentials 또는 Plus 플랜으로 변경해야 합니다.',
    userAuthDisabled:
      '이 사이트의 설정이 잘못되었습니다. 사이트의 Cognito 앱 클라이언트가 선택 기반 로그인을 허용하지 않습니다. 사이트 운영자가 앱 클라이언트의 인증 흐름에서 ALLOW_USER_AUTH를 켜야 합니다.',
    signUpSessionExpired:
      '시간이 너무 오래 걸려 바로 로그인할 수 없었습니다. 코드를 다시 입력해 계정을 확인하세요. 그런 다음 로그인 방법을 선택하게 됩니다.',
    unknown: '문제가 발생했습니다. 다시 시도하세요.',
  },

  problemsNotByEmail: {
    wrongCredentials: '로그인 정보 또는 비밀번호가 올바르지 않습니다. 둘 다 확인한 뒤 다시 시도하세요.',
    userNotFound: '이 정보로 된 계정을 찾을 수 없습니다. 오타가 없는지 확인하거나 계정을 만드세요.',
    usernameExists: '이 정보로 된 계정이 이미 있습니다. 대신 로그인하시겠습니까?',
  },
  problemsOnScreen: {
    passkeyOffer: {
      passkeyCancelled: '패스키 창이 닫혔거나 시간이 초과되어 패스키가 추가되지 않았습니다. 다시 시도하거나 ‘나중에’를 선택하세요.',
      passkeyExists: '이 기기에 이미 계정의 패스키가 있어 새 패스키가 추가되지 않았습니다. 계속하려면 ‘나중에’를 선택하거나, 다른 기기나 보안 키로 시도하세요.',
      passkeyWrongDomain:
        '이 페이지에서는 패스키를 사용할 수 없습니다. 사이트 운영자 참고: 사용자 풀의 패스키 신뢰 당사자 ID(relying party id)는 이 페이지의 도메인이거나 그 상위 도메인이어야 합니다. 계속하려면 ‘나중에’를 선택하세요.',
      passkeyUnsupported: '이 브라우저는 패스키를 만들 수 없어 패스키가 추가되지 않았습니다. 계속하려면 ‘나중에’를 선택하세요. 나중에 패스키를 지원하는 브라우저에서 계정 페이지를 통해 추가할 수 있습니다.',
      passkeyRefused: '로그인 서비스가 새 패스키를 받아들이지 않아 추가되지 않았습니다. 다시 시도하거나 ‘나중에’를 선택하세요.',
      passkeysOff:
        '이 사이트의 설정이 잘못되었습니다. 사이트의 사용자 풀에서 패스키가 켜져 있지 않습니다. 사이트 운영자가 패스키를 첫 번째 인증 요소로 허용하고 사용자 풀의 패스키 신뢰 당사자 ID(relying party id)를 설정해야 합니다. 계속하려면 ‘나중에’를 선택하세요.',
      featureNotInPlan:
        '이 사이트의 설정이 잘못되었습니다. 사이트 사용자 풀의 기능 플랜에 이 로그인 방법이 포함되어 있지 않습니다. 사이트 운영자가 사용자 풀을 Essentials 또는 Plus 플랜으로 변경해야 합니다. 계속하려면 ‘나중에’를 선택하세요.',
      network: '로그인 서비스에 연결할 수 없어 패스키가 추가되지 않았습니다. 연결을 확인하고 다시 시도하거나 ‘나중에’를 선택하세요.',
      serviceError: '로그인 서비스에 문제가 생겨 패스키가 추가되지 않았습니다. 잠시 후 다시 시도하거나 ‘나중에’를 선택하세요.',
      invalidParameter: '로그인 서비스가 요청을 받아들이지 않아 패스키가 추가되지 않았습니다. 다시 시도하거나 ‘나중에’를 선택하세요.',
      unknown: '문제가 발생해 패스키가 추가되지 않았습니다. 다시 시도하거나 ‘나중에’를 선택하세요.',
    },
  },

  problemDetails: {
    lambdaRefused: (reason: string) => `이 사이트에서 승인되지 않았습니다: ${reason}`,
    contactSupport: (contact: string) => `고객 지원: ${contact}`,
  },

  selectChallenge: {
    heading: '로그인 방법 선택',
    as: (email: string) => `${email}(으)로 로그인합니다.`,
    options: {
      WEB_AUTHN: '패스키 사용',
      EMAIL_OTP: '이메일로 코드 받기',
      SMS_OTP: '문자 메시지로 코드 받기',
      PASSWORD: '비밀번호로 로그인',
    },
    none: '이 페이지에는 계정에서 사용할 수 있는 로그인 방법이 없습니다. 사이트 고객지원팀에 문의하세요.',
  },
  passkeySignIn: {
    heading: '패스키로 로그인',
    waiting: '브라우저의 안내에 따라 패스키를 사용하세요.',
    retry: '패스키 다시 시도',
    otherWay: '다른 방법으로 로그인',
  },
  passkeyOffer: {
    heading: '다음에는 패스키로 더 빠르게 로그인하세요',
    intro: '비밀번호 대신 지문, 얼굴 또는 화면 잠금을 사용하세요. 패스키는 계정에서 언제든지 삭제할 수 있습니다.',
    notNow: '나중에',
    checking: '로그인하는 중…',
  },
  passkeys: {
    heading: '패스키',
    intro: '패스키가 있으면 비밀번호 대신 지문, 얼굴 또는 화면 잠금으로 로그인할 수 있습니다.',
    manage: '패스키 관리',
    loading: '패스키를 불러오는 중…',
    none: '아직 패스키가 없습니다.',
    add: '패스키 추가',
    creating: '브라우저의 안내에 따라 패스키를 만드세요.',
    unnamed: '패스키',
    added: (date: string) => `${date}에 추가됨`,
    attachment: (attachment: string | undefined) =>
      attachment === 'platform' ? '기기의 화면 잠금' : attachment === 'cross-platform' ? '보안 키 또는 휴대전화' : '인증기',
    delete: (name: string) => `${name} 삭제`,
    confirmDelete: (name: string) => `“${name}”을(를) 삭제할까요? 삭제하면 더 이상 이 패스키로 로그인할 수 없습니다.`,
    confirm: '패스키 삭제',
    cancel: '유지',
  },

  config: {
    heading: '이 앱이 올바르게 구성되지 않았습니다',
    intro: '다음 빌드 시점 변수를 설정한 후(예: .env.local에서) 다시 빌드하세요:',
    problems: {
      missingPoolId: () =>
        'VITE_COGNITO_USER_POOL_ID가 없습니다. eu-west-1_AbCdEf123 같은 사용자 풀 ID로 설정하세요.',
      missingClientId: () => 'VITE_COGNITO_CLIENT_ID가 없습니다. 보안 암호가 없는 앱 클라이언트의 ID로 설정하세요.',
      badPoolId: (p) =>
        `VITE_COGNITO_USER_POOL_ID “${'value' in p ? p.value : ''}”은(는) 사용자 풀 ID가 아닙니다. 사용자 풀 ID는 eu-west-1_AbCdEf123(리전, 밑줄, ID) 형식입니다.`,
      badClientId: (p) =>
        `VITE_COGNITO_CLIENT_ID “${'value' in p ? p.value : ''}”은(는) 앱 클라이언트 ID가 아닙니다. Cognito 콘솔의 앱 클라이언트 페이지에서 복사하세요.`,
      badRegion: (p) => `VITE_COGNITO_REGION “${'value' in p ? p.value : ''}”은(는) eu-west-1 같은 리전이 아닙니다.`,
      regionMismatch: (p) =>
        'region' in p
          ? `VITE_COGNITO_REGION은 ${p.region}인데 사용자 풀은 ${p.poolRegion}에 있습니다. VITE_COGNITO_REGION을 삭제하거나 둘을 일치시키세요.`
          : '',
      badEndpoint: (p) =>
        `VITE_COGNITO_ENDPOINT “${'value' in p ? p.value : ''}”은(는) http://localhost:9229/ 같은 http(s) URL이 아닙니다.`,
      badSessionMinutes: (p) =>
        `VITE_COGNITO_SESSION_MINUTES “${'value' in p ? p.value : ''}”은(는) 앱 클라이언트의 인증 흐름 세션 기간과 같이 3~15 사이의 정수(분)여야 합니다.`,
      badPasswordPolicy: (p) =>
        `VITE_PASSWORD_POLICY “${'value' in p ? p.value : ''}”은(는) 비밀번호 정책이 아닙니다. 사용자 풀의 규칙을 쉼표로 구분해 나열하세요. min=<6~99>와 upper, lower, number, symbol 중 필요한 항목을 씁니다(예: min=12,upper,lower,number,symbol).`,
      badMfaRequired: (p) =>
        `VITE_COGNITO_MFA_REQUIRED “${'value' in p ? p.value : ''}”은(는) true(사용자 풀에서 MFA 필수) 또는 false여야 합니다.`,
      badSignInWith: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}”에는 로그인 수단을 쉼표로 구분해 각각 한 번씩 나열해야 합니다: email, phone, username, preferred_username(예: 이메일을 별칭으로 쓰는 사용자 이름이면 username,email).`,
      badSignUpAttributes: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}”에는 속성을 쉼표로 구분해 각각 한 번씩 나열해야 합니다. 표준 속성은 이름으로(name, given_name, birthdate, …), 사용자 지정 속성은 레이블과 함께(custom:team=Team) 쓰고, 선택 항목은 이름 뒤에 ?를 붙입니다.`,
      preferredUsernameWithoutUsername: (p) =>
        `VITE_COGNITO_SIGN_IN_WITH “${'value' in p ? p.value : ''}”에 username 없이 preferred_username이 있습니다. 선호하는 사용자 이름은 사용자 이름 풀의 별칭이므로(--alias-attributes preferred_username) username도 넣으세요(예: username,preferred_username).`,
      preferredUsernameAtSignUp: (p) =>
        `VITE_COGNITO_SIGN_UP_ATTRIBUTES “${'value' in p ? p.value : ''}”에 preferred_username이 있는데, VITE_COGNITO_SIGN_IN_WITH에서는 별칭입니다. Cognito는 별칭인 선호하는 사용자 이름을 계정 확인 후에만 받고 가입할 때는 받지 않습니다. VITE_COGNITO_SIGN_UP_ATTRIBUTES에서 preferred_username을 빼세요.`,
      badAdminCreateUserOnly: (p) =>
        `VITE_COGNITO_ADMIN_CREATE_USER_ONLY “${'value' in p ? p.value : ''}”은(는) true(관리자만 사용자를 생성) 또는 false여야 합니다.`,
      badFirstFactors: (p) =>
        `VITE_COGNITO_FIRST_FACTORS “${'value' in p ? p.value : ''}”은(는) 첫 번째 인증 요소 목록이 아닙니다. password, passkey, email, sms 중 원하는 것을 쉼표로 구분해 각각 한 번씩 적으세요(예: password,passkey,email).`,
    },
  },
};
