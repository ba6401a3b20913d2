import type { DoctorWords } from './en';

export const words: DoctorWords = {
  title: '사용자 풀 진단',
  intro: '이 페이지는 Cognito가 브라우저에 보내는 응답을 바탕으로 이 사이트의 Cognito 사용자 풀과 앱 클라이언트가 어떻게 설정되어 있는지 확인합니다.',
  harmless:
    'Cognito가 거부하는 요청 두 개를 보냅니다. 존재할 수 없는 사용자 이름으로 하는 로그인과, 토큰이 아닌 값으로 하는 토큰 새로 고침입니다. 계정은 만들어지지 않고, 누구에게도 아무것도 보내지 않으며, 관리자 API도 사용하지 않습니다.',
  running: 'Cognito에 확인하는 중…',
  runAgain: '다시 확인',
  language: '언어',
  status: { pass: '정상', problem: '문제 있음', unknown: '판단 불가' },
  findings: {
    endpoint: {
      title: 'Cognito 엔드포인트에 연결 가능',
      answered: (p) => `Cognito가 ${p.endpoint}에서 응답했고, 브라우저가 이 페이지에서 응답을 읽도록 허용했습니다(CORS).`,
      notCognito: (p) => `${p.endpoint}에서 Cognito가 아닌 무언가가 응답했습니다. 프록시, 종속 포털 또는 잘못된 VITE_COGNITO_ENDPOINT입니다.`,
      noAnswer: (p) =>
        `${p.endpoint}에서 응답이 없습니다. 이 컴퓨터가 오프라인이거나, 호스트가 잘못되었거나, 엔드포인트가 이 오리진을 허용하지 않습니다(CORS). Cognito 자체는 모든 오리진을 허용하지만 에뮬레이터는 그렇지 않을 수 있습니다.`,
      blockedByCsp: (p) => `브라우저가 요청을 보내지 않았습니다. 이 페이지의 Content-Security-Policy가 ${p.endpoint}을(를) 허용하지 않습니다(아래 참조).`,
    },
    csp: {
      title: 'Content-Security-Policy가 엔드포인트를 허용함',
      allows: (p) => `connect-src가 ${p.endpoint}을(를) 허용합니다.`,
      blocks: (p) => `connect-src(또는 default-src)가 ${p.endpoint}을(를) 허용하지 않아 모든 로그인이 실패합니다. 다음 헤더를 보내세요.`,
      violated: (p) => `이 페이지의 정책에 따라 브라우저가 ${p.endpoint}(으)로 가는 요청을 차단했습니다. 모든 로그인이 실패합니다. 다음 헤더를 보내세요.`,
      none: () => '이 페이지는 Content-Security-Policy 없이 제공되고 있습니다. 작동은 하지만 삽입된 스크립트에 대한 보호가 없습니다. 다음 헤더를 보내세요.',
      unread: () => '이 페이지가 함께 제공되는 정책을 읽지 못했습니다. 다음 헤더를 보내는지 확인하세요.',
    },
    client: {
      title: '앱 클라이언트가 존재함',
      found: (p) => `Cognito가 ${p.region}의 앱 클라이언트 ${p.clientId}을(를) 알고 있습니다.`,
      notFound: (p) =>
        `Cognito가 ${p.region}에 앱 클라이언트 ${p.clientId}이(가) 없다고 응답했습니다. 클라이언트 ID나 사용자 풀의 리전이 잘못되었습니다. 클라이언트를 찾거나 새로 만든 다음 VITE_COGNITO_CLIENT_ID를 설정하고 다시 빌드하세요.`,
      unknown: () => 'Cognito의 응답으로는 알 수 없었습니다.',
    },
    pool: {
      title: '앱 클라이언트가 사용자 풀에 속함',
      notProbed: (p) =>
        `사용자 풀 ID ${p.userPoolId}에서 리전(${p.region})을 알 수 있습니다. 로그인 요청에는 클라이언트만 지정되므로, 클라이언트가 이 사용자 풀에 속하는지는 브라우저에서 확인할 수 없습니다. 다음 명령으로 확인하세요.`,
    },
    secret: {
      title: '앱 클라이언트에 보안 암호가 없음',
      none: () => '클라이언트가 보안 암호 해시 없이 로그인을 받아들였습니다.',
      hasSecret: (p) =>
        `앱 클라이언트 ${p.clientId}에 클라이언트 보안 암호가 있지만, 브라우저 앱은 보안 암호를 지킬 수 없습니다. 클라이언트에서 보안 암호를 제거할 수는 없으므로, 보안 암호가 없는 클라이언트를 만들고 출력된 ID로 VITE_COGNITO_CLIENT_ID를 설정한 다음 다시 빌드하세요.`,
      unknown: () => 'Cognito의 응답으로는 알 수 없었습니다.',
    },
    passwordAuth: {
      title: '비밀번호 로그인 허용(ALLOW_USER_PASSWORD_AUTH)',
      allowed: () => '클라이언트가 USER_PASSWORD_AUTH를 허용합니다.',
      off: () => '클라이언트가 USER_PASSWORD_AUTH를 허용하지 않아 아무도 로그인할 수 없습니다. 켜세요.',
      behindSecret: () => 'Cognito가 클라이언트 보안 암호 단계에서 멈추어 알 수 없었습니다.',
      unknown: () => 'Cognito의 응답으로는 알 수 없었습니다.',
    },
    refresh: {
      title: '토큰 새로 고침 허용(ALLOW_REFRESH_TOKEN_AUTH)',
      allowed: () => '클라이언트가 REFRESH_TOKEN_AUTH를 허용합니다. 이 페이지는 이것으로 로그인 상태를 유지합니다.',
      off: () =>
        '클라이언트가 REFRESH_TOKEN_AUTH를 거부합니다(꺼져 있거나, 이 페이지가 사용하지 않는 새로 고침 토큰 교체가 켜져 있음). 토큰이 만료되면(기본값은 1시간 후) 로그아웃됩니다. 켜세요.',
      behindSecret: () => 'Cognito가 클라이언트 보안 암호 단계에서 멈추어 알 수 없었습니다.',
      unknown: () => 'Cognito의 응답으로는 알 수 없었습니다.',
    },
    userExistence: {
      title: '사용자 존재 보호(PreventUserExistenceErrors)',
      enabled: () =>
        'ENABLED: 등록되지 않은 이메일에는 잘못된 비밀번호와 같은 “Incorrect username or password.”(NotAuthorizedException)가 반환되고, 비밀번호 재설정에서는 코드를 보냈다고 표시됩니다. 이 페이지로는 누가 계정을 가지고 있는지 알 수 없습니다.',
      enabledByTrigger: () => 'ENABLED: Cognito가 존재하지 않는 사용자에 대해 사전 인증 트리거를 실행했습니다. 이는 이 보호가 켜져 있을 때만 일어납니다.',
      legacy: () =>
        'LEGACY: Cognito가 등록되지 않은 이메일에 UserNotFoundException을 반환하므로, 누구나 어떤 이메일에 계정이 있는지 알아낼 수 있습니다. 이 페이지는 로그인할 때는 여전히 이메일 또는 비밀번호가 잘못되었다고 표시하지만, 재설정 및 확인 화면에서는 “이 이메일로 된 계정을 찾을 수 없습니다.”라고 표시합니다. 숨기려면:',
      unknown: () => 'Cognito의 응답으로는 알 수 없었습니다.',
    },
    trigger: {
      title: 'Lambda 트리거',
      refused: () =>
        'Lambda 트리거가 존재하지 않는 사용자의 로그인을 거부했거나 실패했습니다(응답은 아래에 있음). PreventUserExistenceErrors가 ENABLED이면 사전 인증 트리거는 등록되지 않은 사용자에 대해서도 userNotFound를 true로 하여 실행됩니다. 이때 트리거가 이벤트를 그대로 반환하면 Cognito는 평소처럼 “Incorrect username or password.”라고 응답합니다. 고쳐야 할 것은 트리거의 코드입니다.',
    },
  },
  fixes: {
    resetsDefaults: (describe) =>
      `update-user-pool-client는 지정하지 않은 모든 설정을 기본값으로 되돌립니다(토큰 유효 기간, 속성, OAuth 설정 등). 먼저 ${describe}(으)로 클라이언트의 현재 설정을 확인하고, 필요한 설정을 추가하세요.`,
    newClient: '새 클라이언트에는 이 페이지에 필요한 설정이 들어갑니다.',
    check: '클라이언트의 설정을 보여 줄 뿐 아무것도 바꾸지 않습니다.',
    header: '호스팅에서 보내세요(README의 “Content-Security-Policy”). connect-src에는 사용자 풀의 엔드포인트를 넣습니다.',
  },
  copy: '복사',
  copied: '복사됨',
  copyFailed: '복사하지 못했습니다. 텍스트를 선택하세요',
  answers: {
    heading: 'Cognito의 응답',
    signIn: '존재할 수 없는 사용자의 로그인(InitiateAuth, USER_PASSWORD_AUTH)',
    refresh: '토큰이 아닌 값으로 새로 고침(InitiateAuth, REFRESH_TOKEN_AUTH)',
    accepted: '수락됨',
    noAnswer: '응답 없음',
    notCognito: (status) => `HTTP ${status}, Cognito의 JSON이 아님`,
  },
};
