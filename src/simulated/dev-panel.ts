/** What the dev panel (DevInbox.svelte) needs from the simulated pool. */

import type { DemoUser } from './demo-users';
import type { Inbox } from './inbox';
import type { ScenarioName } from './scenarios';

export interface DevInboxProps {
  inbox: Inbox;
  /** The active scenario. */
  scenario: ScenarioName;
  /** Every scenario, for the switch links. */
  scenarios: readonly ScenarioName[];
  demoUsers: readonly DemoUser[];
  /** The pool's clock (Unix ms) for the current TOTP codes; default Date.now. */
  now?: () => number;
  /** The app's language, read reactively (e.g. `() => i18n.lang`); English when the panel lacks it. */
  lang?: () => string;
}
