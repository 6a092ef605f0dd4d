import { describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT, tandai, workspace } from './test-support';

describe.concurrent('tandai', { timeout: SPAWN_TIMEOUT }, () => {
  it('lists its commands for --help and exits 0', async () => {
    const run = await tandai(['--help'], await workspace());
    expect(run.code).toBe(0);
    for (const command of ['convert', 'validate', 'stats', 'agree'])
      expect(run.stdout).toContain(`  ${command} `);
  });

  it('shows a command’s options for "<command> --help"', async () => {
    const dir = await workspace();
    const viaFlag = await tandai(['convert', '--help'], dir);
    expect(viaFlag).toMatchObject({ code: 0, stdout: expect.stringContaining('--to <format>') });
  });

  it('exits 2 for an unknown command', async () => {
    const unknown = await tandai(['frobnicate'], await workspace());
    expect(unknown).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
  });
});
