import { expect } from '@esm-bundle/chai';
import { createPulseWorker, type PulseWorker } from '../../src/worker/index.js';
import { channelShares, roundShares } from '../../src/core/shares.js';
import { PulseDataError } from '../../src/core/errors.js';
import { channelSeed } from '../fixtures/channel-pie.js';

describe('crm-pulse/worker', () => {
  let pulse: PulseWorker;
  before(() => {
    pulse = createPulseWorker({ url: new URL('../../src/worker/pulse-worker.ts', import.meta.url) });
  });
  after(() => pulse.terminate());

  it('channelShares(input) in the worker equals the same call on the main thread', async () => {
    const input = { gains: channelSeed.gains, losses: channelSeed.losses ?? [] };
    expect(await pulse.channelShares(input)).to.deep.equal(channelShares(input));
  });

  it('roundShares(values) moves a transferred buffer instead of copying it', async () => {
    const values = new Float64Array([1, 1, 1]);
    const result = await pulse.call('roundShares', [Array.from(values)], [values.buffer]);
    expect(result).to.deep.equal(roundShares([1, 1, 1]));
    expect(values.byteLength).to.equal(0);
  });

  it('rejects bad input with a PulseDataError carrying every issue', async () => {
    try {
      await pulse.channelShares({
        gains: [
          { key: 'a', value: 'abc' },
          { key: 'b', value: -1 },
        ],
      });
      expect.fail('should have rejected');
    } catch (error) {
      expect(error).to.be.instanceOf(PulseDataError);
      expect((error as PulseDataError).issues.map((i) => i.path)).to.deep.equal([
        'gains[0].value',
        'gains[1].value',
      ]);
    }
  });

  it('answers concurrent calls each with its own result', async () => {
    const results = await Promise.all([1, 2, 3].map((n) => pulse.roundShares(Array(n).fill(1))));
    expect(results.map((r) => r.reduce((a, b) => a + b, 0))).to.deep.equal([100, 100, 100]);
  });
});
