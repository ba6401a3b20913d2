/**
 * The doctor against the simulated pool's scenarios that imitate misconfigured clients: the
 * probes through the real SDK, the findings from their answers. The demo's `/?doctor&scenario=…`
 * shows the same.
 */
import { describe, expect, it } from 'vitest';
import { probePool } from '../../src/cognito/probe';
import { diagnose, type Finding } from '../../src/doctor/findings';
import { endpointOf } from '../../src/config';
import { scenarios } from '../../src/simulated/scenarios';
import { SIMULATED_POOL } from '../../src/simulated/pool-ids';
import { createSimulatedServer } from '../../src/simulated/node';

async function doctorOn(scenario: keyof typeof scenarios): Promise<Record<string, Pick<Finding, 'status' | 'reading'>>> {
  const { server } = createSimulatedServer(scenarios[scenario]);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const answers = await probePool(SIMULATED_POOL);
    const pool = { ...SIMULATED_POOL, endpoint: endpointOf(SIMULATED_POOL) };
    const findings = diagnose({ pool, answers, page: { policies: [], violated: false, origin: 'https://sign-in.example' } });
    return Object.fromEntries(findings.map(({ id, status, reading }) => [id, { status, reading }]));
  } finally {
    server.close();
  }
}

describe('the doctor on the simulated pool', () => {
  it('finds the default client as this page needs it', async () => {
    const found = await doctorOn('default');
    expect(found).toMatchObject({
      endpoint: { status: 'pass' },
      client: { status: 'pass' },
      secret: { status: 'pass' },
      passwordAuth: { status: 'pass' },
      refresh: { status: 'pass' },
      userExistence: { status: 'pass', reading: 'enabled' },
    });
  });

  it('finds the client secret (client-secret)', async () => {
    expect(await doctorOn('client-secret')).toMatchObject({
      secret: { status: 'problem', reading: 'hasSecret' },
      // Which Cognito checks first, the secret or the flow, is not documented: the doctor does not guess.
      passwordAuth: { status: 'unknown', reading: 'behindSecret' },
      refresh: { status: 'unknown', reading: 'behindSecret' },
    });
  });

  it('finds password sign-in off (no-user-password-auth)', async () => {
    expect(await doctorOn('no-user-password-auth')).toMatchObject({
      passwordAuth: { status: 'problem', reading: 'off' },
      refresh: { status: 'pass' },
      secret: { status: 'unknown' },
      userExistence: { status: 'unknown' },
    });
  });

  it('finds user-existence protection off (legacy-user-existence)', async () => {
    expect(await doctorOn('legacy-user-existence')).toMatchObject({ userExistence: { status: 'problem', reading: 'legacy' } });
  });
});
